//! The golden temporal cases (`tests/timex/cases.tsv`) and a no-panic property test.

mod common;

use randnotiz::timex::{Anchor, DateTagger};
use randnotiz::tokenize::tokenize;
use randnotiz::Date;

const CASES: &str = include_str!("timex/cases.tsv");

#[test]
fn golden_cases() {
    let (n, failures) = common::run_cases(CASES);
    assert!(n >= 200, "only {n} cases");
    println!("{} of {n} temporal cases pass", n - failures.len());
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A small deterministic generator (xorshift), so the test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[test]
fn any_input_annotates_without_panic_and_spans_are_in_bounds() {
    const PIECES: &[&str] = &[
        "am",
        "6.",
        "6.11.",
        "6.11.2024",
        "31.02.2024",
        "November",
        "Nov.",
        "2024",
        "99999",
        "0",
        "Uhr",
        "14.30",
        "24:00",
        "25:61",
        "vor",
        "in",
        "drei",
        "Tagen",
        "Jahr",
        "Jahre",
        "jeden",
        "Montag",
        "Sonntagabend",
        "zweimal",
        "im",
        "Mitte",
        "Ende",
        "des",
        "vergangenen",
        "kommenden",
        "1990er",
        "20.",
        "Jahrhundert",
        "Quartal",
        "KW",
        "53",
        "Q4",
        "gestern",
        "Morgen",
        "morgen",
        "früh",
        "seit",
        "Monaten",
        "halbes",
        "ein",
        "alle",
        "😀",
        "„",
        "“",
        "–",
        "-",
        ",",
        ".",
        "\n",
        "Ä",
        "e\u{301}",
        "\u{AD}",
        "2019-2021",
        "0000-00-00",
        "9999-12-31",
        "ago",
        "on",
        "der",
        "Nacht",
        "zum",
        "Berlin",
        "Stand",
        ":",
        "Veröffentlicht",
        "wurde",
        "wird",
        "hat",
        "gewählt",
    ];
    let tagger = DateTagger::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let anchors = [
        None,
        Some(Anchor::user(Date {
            year: 2024,
            month: 11,
            day: 6,
        })),
        Some(Anchor::user(Date {
            year: 1,
            month: 1,
            day: 1,
        })),
    ];
    for round in 0..3000 {
        let n = (rng.next() % 25) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(PIECES));
            if !rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let tokens = tokenize(&text);
        let found = tagger.find_anchor(&text, &tokens);
        let anchor = anchors[round % 3].or(found);
        for a in tagger.annotate(&text, &tokens, anchor.as_ref()) {
            let s = a.span();
            assert!(s.start < s.end && s.end <= text.len(), "{text:?}: {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{text:?}"
            );
            assert!(
                a.attrs.value.as_deref().is_some_and(|v| !v.is_empty()),
                "{text:?}"
            );
        }
    }
}
