//! Property-style tests of the claim detector: any UTF-8 input annotates without panic, every span
//! lies in bounds on character boundaries, the offsets the page uses cover the same text, and
//! entity spans passed in take over the speaker.

use randnotiz::annotation::{Annotation, Annotations, Kind};
use randnotiz::claims::ClaimDetector;
use randnotiz::span::Span;
use randnotiz::tokenize::tokenize;
use randnotiz::Lang;

/// Pieces that exercise the rules: cues, quotes of every style, multi-byte text, punctuation.
const PIECES: &[&str] = &[
    "„",
    "“",
    "”",
    "»",
    "«",
    "‚",
    "‘",
    "\"",
    "'",
    ",",
    ".",
    ":",
    "?",
    "!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "sagte",
    "so",
    "laut",
    "zufolge",
    "nach",
    "Angaben",
    "der",
    "die",
    "Polizei",
    "Scholz",
    "sei",
    "habe",
    "soll",
    "haben",
    "könnte",
    "wie",
    "berichtete",
    "teilte",
    "mit",
    "dass",
    "Es",
    "heißt",
    "es",
    "wird",
    "befürchtet",
    "Experten",
    "Sie",
    "er",
    "Größe",
    "😀",
    "e\u{301}",
    "–",
    "(",
    ")",
    "Bundeskanzler",
    "Olaf",
    "von",
    "unter",
    "Berufung",
    "auf",
    "mutmaßliche",
    "Dem",
    "Vernehmen",
    "Seiner",
    "Meinung",
    "Demnach",
    "als",
    "bezeichnete",
    "und",
    "zu",
    "erhöhen",
    "wurde",
    "ß",
    "ÄÖÜ",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn check(text: &str, det: &ClaimDetector) {
    let tokens = tokenize(text);
    let claims = det.annotate(text, &tokens, &[]);
    for a in &claims {
        let spans = [
            Some(a.span()),
            a.attrs.cue_at.map(|x| x.span),
            a.attrs.speaker_at.map(|x| x.span),
        ];
        for s in spans.into_iter().flatten() {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{text:?}: {s:?} out of bounds"
            );
            assert!(
                text.get(s.start..s.end).is_some(),
                "{text:?}: {s:?} not on char boundaries"
            );
        }
        assert!(!a.span().is_empty(), "{text:?}: empty claim");
    }
    let out = Annotations::new(text, Lang::De, None, claims);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for a in &out.spans {
        let back = String::from_utf16(&utf16[a.at.start_utf16..a.at.end_utf16]).unwrap_or_default();
        assert_eq!(back, a.text, "{text:?}");
    }
}

#[test]
fn any_input_annotates_without_panic_and_spans_are_in_bounds() {
    let det = ClaimDetector::new();
    let mut rng = Lcg(0x5eed);
    for _ in 0..3000 {
        let n = rng.next() % 40;
        let text: String = (0..n)
            .map(|_| PIECES[rng.next() % PIECES.len()])
            .collect::<Vec<_>>()
            .join(if rng.next().is_multiple_of(3) {
                ""
            } else {
                " "
            });
        check(&text, &det);
    }
    // every pair of pieces at the very start and the very end of a text
    for a in PIECES {
        for b in PIECES {
            check(&format!("{a} {b} sagte, er sei da"), &det);
            check(&format!("„Es ist so“, sagte {a}{b}"), &det);
        }
    }
    // raw random code points too
    for _ in 0..500 {
        let n = rng.next() % 60;
        let text: String = (0..n)
            .filter_map(|_| char::from_u32((rng.next() % 0x3000) as u32))
            .collect();
        check(&text, &det);
    }
}

#[test]
fn offsets_with_umlauts_quotes_and_emoji() {
    let det = ClaimDetector::new();
    let text = "😀 Außenministerin Annalena Baerbock erklärte: „Größe zählt – für Europa.“";
    let tokens = tokenize(text);
    let out = Annotations::new(text, Lang::De, None, det.annotate(text, &tokens, &[]));
    let claim = &out.spans[0];
    assert_eq!(claim.text, "Größe zählt – für Europa.");
    let chars: String = text
        .chars()
        .skip(claim.at.start_char)
        .take(claim.at.end_char - claim.at.start_char)
        .collect();
    assert_eq!(chars, "Größe zählt – für Europa.");
    let sp = claim.attrs.speaker_at.as_ref().map(|x| x.span.slice(text));
    assert_eq!(sp, Some("Annalena Baerbock"));
    assert_eq!(
        claim.attrs.cue_at.as_ref().map(|x| x.span.slice(text)),
        Some("erklärte")
    );
}

#[test]
fn entity_spans_take_over_the_speaker() {
    let det = ClaimDetector::new();
    let text = "Die Chefin der Firma Acme Solar sagte, die Zahlen seien gut.";
    let start = text.find("Acme").unwrap_or(0);
    let org = Annotation::new(
        Kind::Entity,
        "ORG",
        Span::new(start, start + "Acme Solar".len()),
    );
    let tokens = tokenize(text);
    let with = det.annotate(text, &tokens, &[org]);
    assert_eq!(with[0].attrs.speaker.as_deref(), Some("Acme Solar"));
    let without = det.annotate(text, &tokens, &[]);
    assert_eq!(
        without[0].attrs.speaker.as_deref(),
        Some("Chefin der Firma Acme Solar")
    );
    // a PER entity is an antecedent for a later pronoun
    let text = "Kim Lee kam an. Sie sagte, alles sei gut.";
    let per = Annotation::new(Kind::Entity, "PER", Span::new(0, "Kim Lee".len()));
    let tokens = tokenize(text);
    let c = det.annotate(text, &tokens, &[per]);
    assert_eq!(c[0].attrs.speaker.as_deref(), Some("Kim Lee"));
}
