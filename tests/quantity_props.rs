//! Property tests of the quantity extractor: any UTF-8 input, and random sequences of the pieces
//! amounts are made of, give quantities without panic, inside the text, on character boundaries,
//! in order and not overlapping, with finite values and `value_high > value` for ranges.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use randnotiz::quantity::{Modifier, QuantityExtractor};
use randnotiz::tokenize::tokenize;

fn check(text: &str) {
    let qs = QuantityExtractor::new().extract(text, &tokenize(text));
    let mut last_end = 0;
    for q in &qs {
        assert!(
            q.span.start < q.span.end && q.span.end <= text.len(),
            "{q:?}"
        );
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= last_end, "overlap or disorder: {qs:?}");
        last_end = q.span.end;
        assert!(q.value.is_finite(), "{q:?}");
        assert_eq!(q.unit.is_some(), q.unit_lemma.is_some());
        match q.value_high {
            Some(h) => {
                assert!(h.is_finite() && h > q.value, "{q:?}");
                assert_eq!(q.modifier, Modifier::Range);
            }
            None => assert_ne!(q.modifier, Modifier::Range),
        }
    }
    let _ = QuantityExtractor::new().annotate(text, &tokenize(text));
}

/// Long repetitive inputs finish quickly (no quadratic rescans of digit groups, ranges or
/// modifiers).
#[test]
fn long_repetitive_inputs() {
    for unit in [
        "100 ",
        "1-",
        "1.",
        "1,",
        "über ",
        "mehr als ",
        "bis ",
        "Tausende ",
        "5.000-7.",
        "€",
        "zwischen 1 und ",
        "- ",
        "drei ",
        "1 Mio. ",
    ] {
        let text = unit.repeat(100_000 / unit.len());
        let t = std::time::Instant::now();
        check(&text);
        assert!(
            t.elapsed().as_secs() < 20,
            "{unit:?} took {:?}",
            t.elapsed()
        );
    }
}

const PIECES: &[&str] = &[
    "2.000",
    "0,2",
    "1.234,56",
    "2,000",
    "10",
    "000",
    "5000",
    "–",
    "-",
    "bis",
    "zwischen",
    "und",
    "über",
    "mehr",
    "als",
    "rund",
    "knapp",
    "bis zu",
    "Tausende",
    "Hunderte",
    "drei",
    "eine",
    "Million",
    "Millionen",
    "Mio.",
    "Mrd.",
    "Milliarden",
    "Euro",
    "€",
    "$",
    "US",
    "%",
    "Prozent",
    "km",
    "/",
    "h",
    "°",
    "C",
    "m²",
    "Feuerwehrleute",
    "Menschen",
    "von",
    "Uhr",
    "November",
    "6.",
    "2024",
    "im",
    "Jahr",
    "14.30",
    "1:0",
    "Paragraf",
    "+49",
    "030",
    ".",
    ",",
    " ",
    "  ",
    "\u{202f}",
    "\n",
    "🚒",
    "„",
    "“",
    "Größe",
    "zweieinhalb",
    "twenty-one",
    "more",
    "than",
    "people",
    "gut",
    "9999999999999999999",
    "0",
    "00",
    "5.000-7",
    "7.000-5.000",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn amount_shaped_text(parts in prop::collection::vec(prop::sample::select(PIECES), 0..24),
                          seps in prop::collection::vec(prop::sample::select(&["", " ", " "][..]), 24)) {
        let mut s = String::new();
        for (p, sep) in parts.iter().zip(seps.iter()) {
            s.push_str(p);
            s.push_str(sep);
        }
        check(&s);
    }
}
