//! `bench_timex`: throughput of the temporal tagger alone, natively.
//!
//! ```text
//! cargo run --release --bin bench_timex [KB]     (default 500 KB of text)
//! ```
//! The text is news-like German built from the golden test sentences (`tests/timex/cases.tsv`)
//! mixed with date-free filler sentences, repeated to the requested size. It prints MB/s for
//! tokenizing, for tagging a tokenized text (the tagger alone) and for both together, each from
//! the fastest of repeated runs.

use std::time::Duration;

use randnotiz::bench::timing::fastest;
use randnotiz::timex::{Anchor, DateTagger};
use randnotiz::tokenize::tokenize;
use randnotiz::Date;

const CASES: &str = include_str!("../../tests/timex/cases.tsv");

const FILLER: &[&str] = &[
    "Die Regierung wies die Vorwürfe der Opposition entschieden zurück.",
    "Nach Angaben der Polizei wurden mehrere Personen leicht verletzt.",
    "„Wir werden das genau prüfen“, sagte ein Sprecher des Ministeriums.",
    "Kritiker bemängeln seit langem die fehlende Transparenz des Verfahrens.",
    "Der Verband fordert mehr Geld für Schulen, Kitas und Krankenhäuser.",
    "Die Gewerkschaft kündigte weitere Warnstreiks im öffentlichen Dienst an.",
    "Experten rechnen mit steigenden Preisen für Energie und Lebensmittel.",
    "Das Unternehmen beschäftigt weltweit rund 12.000 Mitarbeiterinnen und Mitarbeiter.",
];

fn corpus(bytes: usize) -> String {
    let sentences: Vec<String> = CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').nth(1))
        .map(|t| t.replace("\\n", "\n"))
        .collect();
    let mut out = String::with_capacity(bytes + 1024);
    let mut k = 0;
    while out.len() < bytes {
        out.push_str(&sentences[k % sentences.len()]);
        out.push(' ');
        // about two date-free sentences per sentence with a date, as in news text
        out.push_str(FILLER[k % FILLER.len()]);
        out.push(' ');
        out.push_str(FILLER[(k * 3 + 1) % FILLER.len()]);
        out.push_str(if k % 5 == 4 { "\n\n" } else { " " });
        k += 1;
    }
    out
}

fn main() {
    let kb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(500);
    let text = corpus(kb * 1024);
    let tagger = DateTagger::new();
    let anchor = Anchor::user(Date {
        year: 2024,
        month: 11,
        day: 6,
    });
    let tokens = tokenize(&text);
    let found = tagger.annotate(&text, &tokens, Some(&anchor)).len();
    let min = Duration::from_secs(2);

    let t_tok = fastest(min, || tokenize(&text));
    let t_tag = fastest(min, || tagger.annotate(&text, &tokens, Some(&anchor)));
    let t_both = fastest(min, || {
        let t = tokenize(&text);
        let a = tagger.find_anchor(&text, &t);
        tagger.annotate(&text, &t, a.as_ref().or(Some(&anchor)))
    });
    println!(
        "text: {} bytes, {} tokens, {found} temporal expressions",
        text.len(),
        tokens.tokens.len()
    );
    println!(
        "tokenize:            {:8.1} MB/s",
        t_tok.mb_per_s(text.len())
    );
    println!(
        "timex (tagger only): {:8.1} MB/s",
        t_tag.mb_per_s(text.len())
    );
    println!(
        "tokenize + timex:    {:8.1} MB/s",
        t_both.mb_per_s(text.len())
    );
}
