//! Property and stress tests: any UTF-8 input annotates without panic, and every span lies inside
//! the text, on character boundaries, with offsets that agree with its covered text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use randnotiz::{Annotations, Annotator, Document};

fn check(text: &str, a: &Annotations) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(a.length_utf16, utf16.len());
    assert_eq!(a.length_char, text.chars().count());
    for s in &a.spans {
        let span = s.span();
        assert!(span.start <= span.end && span.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(s.text, &text[span.start..span.end]);
        assert!(s.at.start_utf16 <= s.at.end_utf16 && s.at.end_utf16 <= utf16.len());
        assert_eq!(
            String::from_utf16_lossy(&utf16[s.at.start_utf16..s.at.end_utf16]),
            s.text
        );
    }
}

fn annotator() -> &'static Annotator {
    static ANNOTATOR: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    ANNOTATOR.get_or_init(|| Annotator::new().expect("embedded models load"))
}

fn annotate(text: &str) -> Annotations {
    let a = annotator()
        .annotate(&Document::new(text))
        .expect("annotates");
    check(text, &a);
    a
}

/// Pieces that news text (and broken text) is made of, so random strings hit the tricky paths.
const PIECES: &[&str] = &[
    "„",
    "“",
    "”",
    "»",
    "«",
    "\"",
    "‚",
    "‘",
    "’",
    "'",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "!",
    "?",
    "…",
    "-",
    "–",
    "6.",
    "10.000",
    "6,5",
    "14.30",
    "2024",
    "Uhr",
    "am",
    "November",
    "sagte",
    "Scholz",
    "z. B.",
    "Dr.",
    "u.",
    "https://example.org/a_(b)",
    "a@b.de",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "🇩🇪",
    "e\u{301}",
    "\u{AD}",
    "\u{200D}",
    "ß",
    "Größe",
    "(",
    ")",
    "[",
    "]",
    "<script>",
    "&amp;",
    "\u{FEFF}",
    "\t",
    "\r\n",
    "Ein-",
    "EU-",
    "\u{0}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_annotates_in_bounds(text in any::<String>()) {
        annotate(&text);
    }

    #[test]
    fn any_mix_of_news_pieces_annotates_in_bounds(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..60)) {
        annotate(&parts.concat());
    }
}

#[test]
fn ten_megabytes_of_text_annotate() {
    let text = randnotiz::bench::sample_text(10 * 1024 * 1024);
    let a = annotate(&text);
    assert!(a.spans.len() > 1000);
}

#[test]
fn pathological_inputs() {
    for text in [
        "„".repeat(10_000),
        "„a b c".repeat(5_000),
        "1.".repeat(10_000),
        "1.1".repeat(10_000),
        "a-".repeat(10_000),
        "www.".repeat(2_000),
        ".".repeat(50_000),
        "\u{301}".repeat(1000),
        "😀\u{200D}".repeat(1000),
        "\n".repeat(10_000),
        "ab.".repeat(300_000), // a long run of e-mail characters must stay linear
        "a\u{2010}".repeat(1000),
        "\u{2010}\u{2011}–".repeat(1000),
    ] {
        annotate(&text);
    }
}

#[test]
fn too_long_text_is_an_error_not_a_panic() {
    let text = "a".repeat(randnotiz::annotate::MAX_TEXT_BYTES + 1);
    let err = annotator().annotate(&Document::new(text)).unwrap_err();
    assert!(matches!(err, randnotiz::Error::TextTooLong { .. }));
    assert!(err.to_string().contains("too long"));
}
