//! Golden test of the entity tagger on German news paragraphs written for this test (not from
//! GermEval): the main persons, places and organisations must be found with their exact text and
//! type, and titles before names must stay outside `PER`.

use randnotiz::ner::EntityTagger;
use randnotiz::tokenize::tokenize;

const TEXT: &str = "\
Bundeskanzler Olaf Scholz hat am Montag in Berlin den ukrainischen Präsidenten Wolodymyr Selenskyj empfangen. \
Das berichtete die Deutsche Presse-Agentur (dpa). \
Außenministerin Annalena Baerbock reiste anschließend nach Kiew. \
Nach Angaben der Nachrichtenagentur AFP traf sie dort auch Vertreter der Vereinten Nationen. \
Der südkoreanische Präsident Lee Jae-myung und der saudische Kronprinz Mohammed bin Salman sprachen in Riad über Energie, wie die „Süddeutsche Zeitung“ meldete. \
Die Europäische Union will ihre Hilfe für die Ukraine ausweiten, sagte EU-Kommissionspräsidentin Ursula von der Leyen in Brüssel. 😀";

fn entities() -> Vec<(String, String)> {
    let tagger = EntityTagger::embedded().expect("embedded model loads");
    let tok = tokenize(TEXT);
    tagger
        .annotate(TEXT, &tok)
        .into_iter()
        .map(|a| (TEXT[a.span().start..a.span().end].to_string(), a.label))
        .collect()
}

#[test]
fn news_entities() {
    let found = entities();
    println!("{found:#?}");
    let expect = [
        ("Olaf Scholz", "PER"),
        ("Berlin", "LOC"),
        ("Wolodymyr Selenskyj", "PER"),
        ("Annalena Baerbock", "PER"),
        ("Kiew", "LOC"),
        ("Lee Jae-myung", "PER"),
        ("Mohammed bin Salman", "PER"),
        ("Ukraine", "LOC"),
        ("Brüssel", "LOC"),
        ("Ursula von der Leyen", "PER"),
        ("ukrainischen", "LOCderiv"),
        ("dpa", "ORG"),
        ("AFP", "ORG"),
        ("Vereinten Nationen", "ORG"),
        ("Süddeutsche Zeitung", "ORG"),
        ("Europäische Union", "ORG"),
    ];
    let mut missing = Vec::new();
    for (text, label) in expect {
        if !found.iter().any(|(t, l)| t == text && l == label) {
            missing.push((text, label));
        }
    }
    assert!(missing.is_empty(), "missing {missing:?}; found {found:?}");
}

#[test]
fn titles_are_not_part_of_names() {
    for (text, label) in entities() {
        if label == "PER" {
            for title in ["Bundeskanzler", "Außenministerin", "Präsident", "Kronprinz"] {
                assert!(
                    !text.contains(title),
                    "{text:?} includes the title {title:?}"
                );
            }
        }
    }
}

#[test]
fn any_text_annotates_without_panic_and_spans_are_in_bounds() {
    let tagger = EntityTagger::embedded().expect("embedded model loads");
    let palette: Vec<&str> = vec![
        "Olaf",
        "Scholz",
        "Berlin",
        " ",
        " ",
        "\n",
        ".",
        ",",
        "„",
        "“",
        "»",
        "\"",
        "'",
        "’",
        "-",
        "–",
        "\u{AD}",
        "\u{301}",
        "e\u{301}",
        "😀",
        "👩‍👩‍👧",
        "🇩🇪",
        "日本",
        "٣",
        "Ω",
        "Dr.",
        "6.",
        "EU-",
        "\u{200B}",
        "\u{FEFF}",
        "ß",
        "Ü",
        "10.000",
        "(",
        ")",
        "bin",
        "Salman",
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for round in 0..300 {
        let mut text = String::new();
        let len = (round * 7) % 120;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(palette[(state % palette.len() as u64) as usize]);
        }
        let tok = tokenize(&text);
        for a in tagger.annotate(&text, &tok) {
            let (s, e) = (a.span().start, a.span().end);
            assert!(
                s < e && text.get(s..e).is_some(),
                "bad span {s}..{e} in {text:?}"
            );
        }
    }
    // One very long sentence without any punctuation.
    let long = "Olaf Scholz 😀 e\u{301} ".repeat(3_000);
    let tok = tokenize(&long);
    assert!(!tagger.annotate(&long, &tok).is_empty());
}
