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
        Some(Anchor::user(Date {
            year: i32::MAX,
            month: 12,
            day: 31,
        })),
        Some(Anchor::user(Date {
            year: i32::MIN,
            month: 1,
            day: 1,
        })),
        // the fields are public, so an anchor may even be an impossible date
        Some(Anchor::user(Date {
            year: 2024,
            month: 0,
            day: 0,
        })),
        Some(Anchor::user(Date {
            year: 2024,
            month: 13,
            day: 99,
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
        let anchor = anchors[round % anchors.len()].or(found);
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

#[test]
fn annotator_resolves_against_the_found_or_user_anchor() {
    use randnotiz::timex::AnchorSource;
    use randnotiz::{Annotator, Document, Kind};

    let text =
        "Berlin, 6. November 2024 – Die Größe 😀 zählt: Gestern kam er, am Sonntag wurde gewählt.";
    let out = Annotator::new()
        .expect("embedded models load")
        .annotate(&Document::new(text))
        .expect("annotates");
    let anchor = out.anchor.expect("dateline found");
    assert_eq!(anchor.source, AnchorSource::Dateline);
    assert_eq!(anchor.date.to_string(), "2024-11-06");
    let dates: Vec<(&str, &str, &str)> = out
        .spans
        .iter()
        .filter(|a| a.kind == Kind::Date)
        .map(|a| {
            (
                a.text.as_str(),
                a.label.as_str(),
                a.attrs.value.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("6. November 2024", "DATE", "2024-11-06"),
            ("Gestern", "DATE", "2024-11-05"),
            ("Sonntag", "DATE", "2024-11-03"),
        ]
    );
    // UTF-16 offsets point at the same text in a JavaScript string
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for a in out.spans.iter().filter(|a| a.kind == Kind::Date) {
        assert_eq!(
            String::from_utf16_lossy(&utf16[a.at.start_utf16..a.at.end_utf16]),
            a.text
        );
    }
    let json = serde_json::to_value(&out).expect("serializes");
    assert_eq!(json["anchor"]["source"], "dateline");
    assert_eq!(json["anchor"]["date"], "2024-11-06");

    // A user-set date wins over the dateline.
    let doc = Document::new(text).with_date(Date {
        year: 2024,
        month: 11,
        day: 20,
    });
    let out = Annotator::new()
        .expect("embedded models load")
        .annotate(&doc)
        .expect("annotates");
    assert_eq!(out.anchor.map(|a| a.source), Some(AnchorSource::User));
    let gestern = out
        .spans
        .iter()
        .find(|a| a.text == "Gestern")
        .expect("Gestern");
    assert_eq!(gestern.attrs.value.as_deref(), Some("2024-11-19"));
}

#[test]
fn random_characters_annotate_without_panic() {
    const CHARS: &[char] = &[
        '0', '1', '2', '3', '9', '.', ':', ',', '-', '–', '/', ' ', ' ', '\n', 'a', 'J', 'ä', 'Ü',
        'ß', 'e', '\u{301}', '😀', '„', '“', 'T', 'h', 'r', 'U', '§', '\u{AD}', '\u{200B}',
    ];
    let tagger = DateTagger::new();
    let anchor = Anchor::user(Date {
        year: 2024,
        month: 2,
        day: 29,
    });
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..5000 {
        let n = (rng.next() % 40) as usize;
        let text: String = (0..n)
            .map(|_| CHARS[(rng.next() % CHARS.len() as u64) as usize])
            .collect();
        let tokens = tokenize(&text);
        let _ = tagger.find_anchor(&text, &tokens);
        for a in tagger.annotate(&text, &tokens, Some(&anchor)) {
            let s = a.span();
            assert!(s.start < s.end && s.end <= text.len(), "{text:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{text:?}"
            );
        }
    }
}
