//! Property tests of the cross-document clustering: any UTF-8 texts with any entity spans (on
//! character boundaries, any labels) cluster without panic, and every entity mention lands in
//! exactly one cluster at offsets that give back its text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use randnotiz::crossdoc::normalize::{phonetic, tokens};
use randnotiz::{cluster_entities, Annotation, Annotations, Kind, Lang, Span};

/// Pieces of names and of the text around them, so random strings hit the tricky paths.
const PIECES: &[&str] = &[
    " ",
    "-",
    "(",
    ")",
    "'s",
    "’",
    "s",
    "es",
    "en",
    "Selenskyj",
    "Kiew",
    "VAE",
    "USA",
    "Ri",
    "Son",
    "Đà",
    "Nẵng",
    "Erdoğan",
    "Biden",
    "Joe",
    "Xi",
    "ß",
    "😀",
    "\u{301}",
    "Зеленский",
    "Chinas",
    "Vereinigte",
    "Staaten",
    "Bundesamt",
    "für",
    "BfV",
    ".",
    "„",
    "“",
    "\n",
    "tsch",
    "yj",
    "ij",
];
const LABELS: &[&str] = &["PER", "LOC", "ORG", "OTH", "LOCderiv", "ORGpart", "per", ""];

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

/// A document: text and spans given as fractions of its char boundaries.
fn doc_strategy() -> impl Strategy<Value = (String, Vec<(f64, f64, usize, bool)>)> {
    (
        text_strategy(),
        prop::collection::vec(
            (0.0..1.0f64, 0.0..1.0f64, 0..LABELS.len(), any::<bool>()),
            0..12,
        ),
    )
}

fn build(text: &str, spans: &[(f64, f64, usize, bool)]) -> Annotations {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let at = |f: f64| bounds[((f * bounds.len() as f64) as usize).min(bounds.len() - 1)];
    let anns = spans
        .iter()
        .map(|&(a, b, l, entity)| {
            let (s, e) = (at(a.min(b)), at(a.max(b)));
            let kind = if entity { Kind::Entity } else { Kind::Claim };
            Annotation::new(kind, LABELS[l], Span::new(s, e))
        })
        .collect();
    Annotations::new(text, Lang::De, None, anns)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_documents_cluster_without_panic(docs in prop::collection::vec(doc_strategy(), 0..4)) {
        let anns: Vec<Annotations> = docs.iter().map(|(t, s)| build(t, s)).collect();
        let ids: Vec<String> = (0..docs.len()).map(|i| format!("d{i}")).collect();
        let input: Vec<(&str, &str, &Annotations)> = ids
            .iter()
            .zip(&docs)
            .zip(&anns)
            .map(|((i, (t, _)), a)| (i.as_str(), t.as_str(), a))
            .collect();
        let clusters = cluster_entities(&input);
        let mut seen = std::collections::HashSet::new();
        for c in &clusters {
            prop_assert!(!c.mentions.is_empty());
            prop_assert!(["PER", "LOC", "ORG", "OTH"].contains(&c.label.as_str()));
            for m in &c.mentions {
                let k: usize = m.doc[1..].parse().unwrap();
                prop_assert!(seen.insert((k, m.span_index)), "mention in two clusters");
                let utf16: Vec<u16> = docs[k].0.encode_utf16().collect();
                prop_assert!(m.start <= m.end && m.end <= utf16.len());
                prop_assert_eq!(String::from_utf16_lossy(&utf16[m.start..m.end]), m.text.clone());
                let a = &anns[k].spans[m.span_index];
                prop_assert_eq!(a.kind, Kind::Entity);
            }
        }
    }

    #[test]
    fn keys_never_panic(s in any::<String>()) {
        for t in tokens(&s) {
            let _ = phonetic(&t);
        }
    }
}

/// Thousands of people sharing a surname in one document (and a bare surname among them): the
/// surname is ambiguous, and the work stays within blocks.
#[test]
fn many_people_with_one_surname_stay_apart_and_fast() {
    let first: Vec<String> = (0..3000)
        .map(|i| {
            // Distinct first names without digits: base-26 letters.
            let mut n = i;
            let mut s = String::from("V");
            for _ in 0..3 {
                s.push(char::from(b'a' + (n % 26) as u8));
                n /= 26;
            }
            s
        })
        .collect();
    let mut text = String::new();
    let mut spans = Vec::new();
    for f in &first {
        let start = text.len();
        text.push_str(f);
        text.push_str(" Müller");
        spans.push(Annotation::new(
            Kind::Entity,
            "PER",
            Span::new(start, text.len()),
        ));
        text.push_str(", ");
    }
    let start = text.len();
    text.push_str("Müller");
    spans.push(Annotation::new(
        Kind::Entity,
        "PER",
        Span::new(start, text.len()),
    ));
    let ann = Annotations::new(&text, Lang::De, None, spans);
    let t = std::time::Instant::now();
    let clusters = cluster_entities(&[("d", text.as_str(), &ann)]);
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
    let bare: Vec<_> = clusters
        .iter()
        .filter(|c| c.mentions.iter().any(|m| m.text == "Müller"))
        .collect();
    assert_eq!(bare.len(), 1);
    assert_eq!(bare[0].mentions.len(), 1);
}
