//! `bench_quantity`: native throughput of the quantity extractor.
//!
//! ```text
//! cargo run --release --bin bench_quantity -- [KILOBYTES]   (default 400)
//! ```
//! Generates about KILOBYTES of German news-like text (a fixed pseudo-random mix of sentences with
//! and without amounts, dates, times and labels), then times the extractor on the pre-tokenized
//! text and tokenizer plus extractor together (fastest of repeated runs), and prints MB/s and the
//! number of quantities.

use std::time::Duration;

use randnotiz::bench::sentence_mix;
use randnotiz::bench::timing::fastest;
use randnotiz::quantity::QuantityExtractor;
use randnotiz::tokenize::tokenize;

const SENTENCES: &[&str] = &[
    "Über 2.000 Feuerwehrleute bekämpfen seit Tagen die Brände im Süden des Landes.",
    "Nach Angaben der Behörden wurden rund 300 Löschfahrzeuge und bis zu 40 Hubschrauber eingesetzt.",
    "Die Regierung stellte 2 Milliarden Euro für den Wiederaufbau bereit, die Opposition forderte 3,5 Mrd. Euro.",
    "Die Inflation lag im Oktober bei 2,4 Prozent, nach 0,2 Prozent Wachstum im Vorquartal.",
    "Am 6. November 2024 trafen sich die Minister um 14.30 Uhr in Berlin zum 11. Treffen.",
    "Zwischen 5.000 und 7.000 Menschen demonstrierten am Samstag gegen die Reform.",
    "Tausende Menschen mussten ihre Häuser verlassen, mindestens 17 Menschen starben.",
    "„Wir haben alles getan, was möglich war“, sagte die Bürgermeisterin am Abend.",
    "Der Stau auf der A 7 war zeitweise 12 km lang, die Temperaturen stiegen auf 35 °C.",
    "Laut Paragraf 5 des Gesetzes müssen Betreiber innerhalb von drei Tagen reagieren.",
    "Die Firma zahlt 500 Mio. Dollar Strafe und streicht knapp 1.200 Stellen.",
    "Das Spiel endete 1:0, vor 45.000 Zuschauern im ausverkauften Stadion.",
    "Die Kommission will die Emissionen bis 2030 um mindestens 55 Prozent senken.",
    "Der Pegel erreichte am Morgen eine Marke von 6,5 Metern, so hoch wie seit 2002 nicht.",
    "Experten rechnen mit Kosten von zwei bis drei Millionen Euro pro Jahr.",
    "Die Ministerin besuchte die Region und sprach mit Helfern und Betroffenen.",
    "Mehr als 60 Prozent der Befragten halten die Maßnahmen für richtig.",
    "Das Unternehmen mit Sitz in München beschäftigt weltweit etwa 12.000 Mitarbeiter.",
];

fn main() {
    let kb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    let text = sentence_mix(SENTENCES, kb * 1024);
    let ex = QuantityExtractor::new();
    let tokens = tokenize(&text);
    let n = ex.extract(&text, &tokens).len();
    let min = Duration::from_secs(1);
    let extract = fastest(min, || ex.extract(&text, &tokens));
    let both = fastest(min, || ex.annotate(&text, &tokenize(&text)));
    println!(
        "text: {:.0} KB, {} tokens, {} quantities",
        text.len() as f64 / 1024.0,
        tokens.tokens.len(),
        n
    );
    println!(
        "extract (pre-tokenized): {:.1} MB/s ({:.2} ms per run)",
        extract.mb_per_s(text.len()),
        extract.ms()
    );
    println!(
        "tokenize + annotate:     {:.1} MB/s ({:.2} ms per run)",
        both.mb_per_s(text.len()),
        both.ms()
    );
}
