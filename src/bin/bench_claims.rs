//! `bench_claims`: throughput of the claim detector alone, natively, on a few hundred KB of
//! generated German news text (own template sentences; nothing from a corpus).
//!
//! ```text
//! cargo run --release --bin bench_claims [-- KB]      (default 400 KB)
//! ```
//!
//! Prints MB/s for the detector on pre-tokenized text, and for tokenizer plus detector (fastest of
//! repeated passes, since the machine may be shared), and the slowest of a set of unpunctuated
//! inputs that repeat one cue (a guard against rules that go quadratic).

use std::time::{Duration, Instant};

use randnotiz::bench::timing::fastest;
use randnotiz::claims::ClaimDetector;
use randnotiz::tokenize::tokenize;

const SUBJECTS: &[&str] = &[
    "Bundeskanzler Olaf Scholz",
    "Die Polizei",
    "Ein Sprecher des Ministeriums",
    "Außenministerin Annalena Baerbock",
    "Der Vorstand",
    "Die Gewerkschaft",
    "Experten",
    "Die Nachrichtenagentur dpa",
    "Er",
    "Sie",
];
const VERBS: &[&str] = &[
    "sagte",
    "erklärte",
    "betonte",
    "warnte",
    "teilte mit",
    "räumte ein",
    "berichtete",
    "kündigte an",
];
const CONTENTS: &[&str] = &[
    "die Lage sei ernst",
    "man werde die Vorwürfe prüfen",
    "die Preise könnten weiter steigen",
    "es gebe keine Hinweise auf eine Gefahr",
    "die Reform komme noch in diesem Jahr",
    "der Zug sei pünktlich eingetroffen",
];
const FILLERS: &[&str] = &[
    "Die Inflation lag im Oktober bei 2,4 Prozent.",
    "Der Bundestag beschloss am Donnerstag das Gesetz.",
    "Laut Polizei wurden drei Menschen verletzt.",
    "Der mutmaßliche Täter wurde in Berlin festgenommen.",
    "Der Streik könnte Wochen dauern.",
    "„Wir schaffen das“, sagte die Kanzlerin.",
    "Nach Angaben der Feuerwehr ist das Feuer gelöscht.",
    "Die Ausstellung „Kunst der Gegenwart“ öffnet am Samstag. 😀",
    "Warum hat die Regierung so lange gewartet?",
];

fn generate(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut n: usize = 0;
    while text.len() < bytes {
        let s = SUBJECTS[n % SUBJECTS.len()];
        let v = VERBS[(n / 3) % VERBS.len()];
        let c = CONTENTS[(n / 7) % CONTENTS.len()];
        match v.split_once(' ') {
            Some((verb, particle)) => text.push_str(&format!("{s} {verb} {particle}, dass {c}. ")),
            None => text.push_str(&format!("{s} {v}, {c}. ")),
        }
        text.push_str(FILLERS[n % FILLERS.len()]);
        text.push(if n % 5 == 4 { '\n' } else { ' ' });
        n += 1;
    }
    text
}

fn main() {
    let kb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    let text = generate(kb * 1024);
    let det = ClaimDetector::new();
    let tokenized = tokenize(&text);
    let mb = text.len() as f64 / 1e6;
    let found = det.annotate(&text, &tokenized, &[]).len();
    let min = Duration::from_secs(1);
    let detect = fastest(min, || det.annotate(&text, &tokenized, &[]));
    let both = fastest(min, || det.annotate(&text, &tokenize(&text), &[]));
    let t = Instant::now();
    let built = ClaimDetector::new();
    let build = t.elapsed().as_secs_f64();
    std::hint::black_box(built);
    println!(
        "text: {:.2} MB generated German, {} tokens, {found} claims",
        mb,
        tokenized.tokens.len()
    );
    println!(
        "claim detector alone:     {:.1} MB/s ({:.1} ms per pass)",
        detect.mb_per_s(text.len()),
        detect.ms()
    );
    println!(
        "tokenizer + detector:     {:.1} MB/s ({:.1} ms per pass)",
        both.mb_per_s(text.len()),
        both.ms()
    );
    println!(
        "detector construction:    {:.2} ms (lexicon of inflected forms)",
        build * 1e3
    );
    // Text without sentence punctuation must stay linear: 200 KB of one repeated cue.
    let mut worst = (0.0f64, "");
    for unit in PATHOLOGICAL {
        let text = unit.repeat(200_000 / unit.len());
        let tk = tokenize(&text);
        let t = Instant::now();
        std::hint::black_box(det.annotate(&text, &tk, &[]));
        let secs = t.elapsed().as_secs_f64();
        if secs > worst.0 {
            worst = (secs, unit);
        }
    }
    println!(
        "worst of {} unpunctuated 200 KB inputs: {:.0} ms ({:?} repeated)",
        PATHOLOGICAL.len(),
        worst.0 * 1e3,
        worst.1
    );
}

/// Cues repeated without sentence punctuation: each once made a rule quadratic.
const PATHOLOGICAL: &[&str] = &[
    "laut Polizei ",
    "sagte er ",
    "soll ",
    "zufolge ",
    "Es heißt ",
    "nach Angaben der Polizei ",
    "wie die Polizei mitteilte ",
    "Der Leiter, Hans Meier, sagte ",
    "bezeichnete ihn als „a“ ",
    "„a“ ",
    "Olaf Scholz ",
    "Experten warnen ",
    "Seiner Meinung nach ",
];
