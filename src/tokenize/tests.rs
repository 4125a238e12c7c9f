//! Unit tests of the tokenizer and sentence splitter, one group per form the issue lists.

use super::*;

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokens(text)
        .iter()
        .map(|t| (t.text(text), t.kind))
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    tokens(text).iter().map(|t| t.text(text)).collect()
}

fn sents(text: &str) -> Vec<&str> {
    let t = tokenize(text);
    t.sentences.iter().map(|s| s.span.slice(text)).collect()
}

use TokenKind::*;

#[test]
fn abbreviations_keep_their_period() {
    assert_eq!(words("z. B. Dr. Müller"), ["z.", "B.", "Dr.", "Müller"]);
    assert_eq!(
        toks("u. a. in St. Gallen")[..2],
        [("u.", Abbreviation), ("a.", Abbreviation)]
    );
    assert_eq!(toks("St. Gallen")[0], ("St.", Abbreviation));
    assert_eq!(toks("z.B. heute")[0], ("z.B.", Abbreviation));
    assert_eq!(toks("die U.S. Army")[1], ("U.S.", Abbreviation));
    assert_eq!(
        toks("Prof. Dr. Jutta Allmendinger")[..2],
        [("Prof.", Abbreviation), ("Dr.", Abbreviation)]
    );
    assert_eq!(toks("5 Mio. Euro")[1], ("Mio.", Abbreviation));
    assert_eq!(
        toks("J. R. R. Tolkien")[..3],
        [
            ("J.", Abbreviation),
            ("R.", Abbreviation),
            ("R.", Abbreviation)
        ]
    );
}

#[test]
fn abbreviations_do_not_split_sentences() {
    assert_eq!(
        sents("Das gilt z. B. für Dr. Müller. Er kam."),
        ["Das gilt z. B. für Dr. Müller.", "Er kam."]
    );
    assert_eq!(
        sents("Sie wohnt in St. Gallen und u. a. in Bern."),
        ["Sie wohnt in St. Gallen und u. a. in Bern."]
    );
    assert_eq!(
        sents("Äpfel, Birnen usw. Dann kam er."),
        ["Äpfel, Birnen usw.", "Dann kam er."]
    );
}

#[test]
fn ordinals() {
    assert_eq!(
        toks("am 6. November"),
        [("am", Word), ("6.", Ordinal), ("November", Word)]
    );
    assert_eq!(toks("3. Spieltag")[0], ("3.", Ordinal));
    assert_eq!(toks("im 20. Jahrhundert")[1], ("20.", Ordinal));
    assert_eq!(toks("am 6.11. in Berlin")[1], ("6.11.", Ordinal));
    assert_eq!(
        sents("Am 6. November wählte Amerika. Das 3. Spiel folgte."),
        ["Am 6. November wählte Amerika.", "Das 3. Spiel folgte."]
    );
    // A year or a large number before the period ends the sentence.
    assert_eq!(
        sents("Er kam 2024. Dann ging er."),
        ["Er kam 2024.", "Dann ging er."]
    );
    assert_eq!(
        toks("Es waren 5.000.")[2..],
        [("5.000", Number), (".", Punct)]
    );
    assert_eq!(toks("Er wurde 85.")[2..], [("85", Number), (".", Punct)]);
}

#[test]
fn numbers() {
    assert_eq!(toks("10.000 Menschen")[0], ("10.000", Number));
    assert_eq!(toks("6,5 Prozent")[0], ("6,5", Number));
    assert_eq!(
        toks("um 14.30 Uhr"),
        [("um", Word), ("14.30", Number), ("Uhr", Word)]
    );
    assert_eq!(toks("um 14:30 Uhr")[1], ("14:30", Number));
    assert_eq!(toks("am 6.11.2024 in")[1], ("6.11.2024", Number));
    assert_eq!(toks("1.000.000 Euro")[0], ("1.000.000", Number));
    assert_eq!(
        words("Preis: 5, 6 oder 7"),
        ["Preis", ":", "5", ",", "6", "oder", "7"]
    );
    assert_eq!(toks("50% mehr")[..2], [("50", Number), ("%", Symbol)]);
    assert_eq!(toks("die 1990er Jahre")[1], ("1990er", Word));
}

#[test]
fn hyphenated_names() {
    assert_eq!(words("Max-Planck-Institut"), ["Max-Planck-Institut"]);
    assert_eq!(words("Lee Jae-myung sagte"), ["Lee", "Jae-myung", "sagte"]);
    assert_eq!(words("die EU-Kommissarin"), ["die", "EU-Kommissarin"]);
    assert_eq!(words("COVID-19-Pandemie"), ["COVID-19-Pandemie"]);
    assert_eq!(words("Ein- und Ausreise"), ["Ein-", "und", "Ausreise"]);
    assert_eq!(words("Nord-Süd-Gefälle."), ["Nord-Süd-Gefälle", "."]);
}

#[test]
fn quote_styles() {
    for (text, open, close) in [
        ("„Wir schaffen das“", "„", "“"),
        ("“We can”", "“", "”"),
        ("»Nein«", "»", "«"),
        ("\"Ja\"", "\"", "\""),
        ("‚Nein‘", "‚", "‘"),
        ("«Oui»", "«", "»"),
    ] {
        let t = toks(text);
        assert_eq!(t.first(), Some(&(open, Quote)), "{text}");
        assert_eq!(t.last(), Some(&(close, Quote)), "{text}");
        assert!(
            t[1..t.len() - 1].iter().all(|(_, k)| *k == Word),
            "{text}: {t:?}"
        );
    }
    assert_eq!(words("geht's O'Neill"), ["geht's", "O'Neill"]);
}

#[test]
fn quotes_close_sentences() {
    assert_eq!(
        sents("Er sagte: „Wir kommen.“ Dann ging er."),
        ["Er sagte: „Wir kommen.“", "Dann ging er."]
    );
    assert_eq!(sents("„Komm her!“, rief sie."), ["„Komm her!“, rief sie."]);
}

#[test]
fn dashes() {
    assert_eq!(
        toks("Berlin – Die Regierung"),
        [
            ("Berlin", Word),
            ("–", Dash),
            ("Die", Word),
            ("Regierung", Word)
        ]
    );
    assert_eq!(toks("Berlin - Die")[1], ("-", Dash));
    assert_eq!(toks("Paris — London")[1], ("—", Dash));
    assert_eq!(toks("a -- b")[1], ("--", Dash));
}

#[test]
fn urls_and_markdown_links() {
    assert_eq!(
        toks("Siehe https://example.org/a?b=1.")[1],
        ("https://example.org/a?b=1", Url)
    );
    assert_eq!(toks("(www.tagesschau.de)")[1], ("www.tagesschau.de", Url));
    assert_eq!(
        words("[Bericht](https://example.org/x_(y)) lesen"),
        [
            "[",
            "Bericht",
            "]",
            "(",
            "https://example.org/x_(y)",
            ")",
            "lesen"
        ]
    );
    assert_eq!(
        toks("an presse@example.de schreiben")[1],
        ("presse@example.de", Url)
    );
    assert_eq!(
        sents("Mehr unter www.example.org. Danke."),
        ["Mehr unter www.example.org.", "Danke."]
    );
}

#[test]
fn emoji_and_combining_marks() {
    assert_eq!(words("Super 👍🏽 Tag"), ["Super", "👍🏽", "Tag"]);
    assert_eq!(words("Familie 👨‍👩‍👧 da"), ["Familie", "👨‍👩‍👧", "da"]);
    assert_eq!(words("Flagge 🇩🇪🇫🇷"), ["Flagge", "🇩🇪", "🇫🇷"]);
    assert_eq!(words("e\u{301}tat Wŏnsan"), ["e\u{301}tat", "Wŏnsan"]);
    assert_eq!(words("Soft\u{AD}hyphen"), ["Soft\u{AD}hyphen"]);
}

#[test]
fn line_breaks() {
    assert_eq!(
        sents("Überschrift\nDer Text beginnt hier."),
        ["Überschrift", "Der Text beginnt hier."]
    );
    assert_eq!(
        sents("ein umbrochener\nSatz geht weiter"),
        ["ein umbrochener", "Satz geht weiter"]
    );
    assert_eq!(
        sents("ein umbrochener\nsatz geht weiter"),
        ["ein umbrochener\nsatz geht weiter"]
    );
    assert_eq!(
        sents("Absatz eins\n\nabsatz zwei"),
        ["Absatz eins", "absatz zwei"]
    );
}

#[test]
fn english_sentences() {
    assert_eq!(
        sents("Mr. Smith went to Washington. He said no."),
        ["Mr. Smith went to Washington.", "He said no."]
    );
}

#[test]
fn spans_are_exact_and_cover_all_tokens() {
    let text = "„Größe“ zählt 😀 – e\u{301}tat, sagte Dr. Öz am 6. Nov. 2024.\n\nNeu!";
    let t = tokenize(text);
    let mut prev_end = 0;
    for tok in &t.tokens {
        assert!(tok.span.start >= prev_end && tok.span.end > tok.span.start);
        assert!(text.is_char_boundary(tok.span.start) && text.is_char_boundary(tok.span.end));
        assert!(!tok.text(text).trim().is_empty());
        prev_end = tok.span.end;
    }
    let covered: usize = t.sentences.iter().map(|s| s.tokens.len()).sum();
    assert_eq!(covered, t.tokens.len());
    assert_eq!(t.sentences.len(), 2);
    // Nothing but whitespace is dropped.
    let joined: String = t.tokens.iter().map(|x| x.text(text)).collect();
    let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(joined, expected);
}

#[test]
fn empty_and_whitespace() {
    assert!(tokenize("").tokens.is_empty());
    assert!(tokenize(" \n\t ").sentences.is_empty());
}
