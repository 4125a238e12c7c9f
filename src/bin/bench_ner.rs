//! `bench-ner`: native throughput of the entity tagger and the model's load time.
//!
//! ```text
//! cargo run --release --bin bench-ner -- [FILE.tsv]   (default ../shared/data/germeval2014/NER-de-dev.tsv)
//! ```
//! Loads the embedded model repeatedly and prints the mean load time; tags every sentence of a
//! GermEval file several times and prints MB/s (of the sentences' text, tokens joined by single
//! spaces) and tokens/s; then annotates the same text as one document, as the page does
//! (tokenizer included).

use std::time::Instant;

use randnotiz::ner::{conll, EntityTagger};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/germeval2014/NER-de-dev.tsv".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench-ner: cannot read {path}: {e}");
            std::process::exit(2)
        }
    };
    let t = Instant::now();
    let loads = 20;
    for _ in 0..loads {
        if let Err(e) = EntityTagger::embedded() {
            eprintln!("bench-ner: embedded model: {e}");
            std::process::exit(1)
        }
    }
    let load_ms = t.elapsed().as_secs_f64() * 1000.0 / f64::from(loads);
    let tagger = match EntityTagger::embedded() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench-ner: embedded model: {e}");
            std::process::exit(1)
        }
    };
    let sentences = conll::read(&text);
    let toks: Vec<Vec<&str>> = sentences.iter().map(|s| s.tokens()).collect();
    let bytes: usize = toks
        .iter()
        .map(|s| s.iter().map(|t| t.len() + 1).sum::<usize>())
        .sum();
    let ntok: usize = toks.iter().map(Vec::len).sum();
    // The machine is shared: report the best round (least disturbed) and the mean.
    let rounds = 10;
    let mut best = f64::MAX;
    let mut total = 0.0;
    let mut entities = 0usize;
    for _ in 0..rounds {
        let t = Instant::now();
        for s in &toks {
            entities += tagger
                .tag_tokens(s)
                .iter()
                .filter(|t| t.starts_with("B-"))
                .count();
        }
        let secs = t.elapsed().as_secs_f64();
        best = best.min(secs);
        total += secs;
    }
    let mean = total / rounds as f64;
    // The page's path: the whole dev text as one document, tokenized by the crate and annotated.
    let doc: String = toks
        .iter()
        .map(|s| s.join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let mut doc_best = f64::MAX;
    let mut doc_entities = 0;
    for _ in 0..rounds {
        let t = Instant::now();
        let tokenized = randnotiz::tokenize::tokenize(&doc);
        doc_entities = tagger.annotate(&doc, &tokenized).len();
        doc_best = doc_best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "model: {} bytes, load {load_ms:.2} ms (mean of {loads})",
        EntityTagger::embedded_size()
    );
    println!(
        "tagged {} sentences, {ntok} tokens, {bytes} bytes, {rounds} rounds ({} chunks)",
        sentences.len(),
        entities / rounds
    );
    println!(
        "best round: {:.2} MB/s, {:.0} tokens/s; mean: {:.2} MB/s, {:.0} tokens/s",
        bytes as f64 / best / 1e6,
        ntok as f64 / best,
        bytes as f64 / mean / 1e6,
        ntok as f64 / mean
    );
    println!(
        "annotate (tokenize + tag) the dev text as one document of {} bytes: best round {:.2} MB/s ({doc_entities} entities)",
        doc.len(),
        doc.len() as f64 / doc_best / 1e6
    );
}
