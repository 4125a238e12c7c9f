//! Benchmark support: runs one pipeline stage over a text, so the native benchmark
//! (`cargo run --release --bin bench`) and the browser benchmark (`scripts/bench.mjs`) time the
//! same work. The core has no clock on wasm, so [`timing`] is for the native benchmark binaries in
//! `src/bin/bench*.rs` only.

use std::str::FromStr;

use crate::annotate::Annotator;
use crate::claims::ClaimDetector;
use crate::document::Document;
use crate::error::Error;
use crate::ner::EntityTagger;
use crate::quantity::QuantityExtractor;
use crate::timex::DateTagger;
use crate::tokenize;

/// One stage of the pipeline that can be timed alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Tokens and sentences.
    Tokenize,
    /// The entity tagger (on tokens computed beforehand).
    Entities,
    /// The date tagger with anchor search (on tokens computed beforehand).
    Dates,
    /// The quantity extractor (on tokens computed beforehand).
    Quantities,
    /// The claim detector (on tokens computed beforehand).
    Claims,
    /// The whole pipeline, from text to annotations with offsets.
    Pipeline,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 6] = [
        Stage::Tokenize,
        Stage::Entities,
        Stage::Dates,
        Stage::Quantities,
        Stage::Claims,
        Stage::Pipeline,
    ];

    /// The stage's name as used on the command line and in JS.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Tokenize => "tokenize",
            Stage::Entities => "entities",
            Stage::Dates => "dates",
            Stage::Quantities => "quantities",
            Stage::Claims => "claims",
            Stage::Pipeline => "pipeline",
        }
    }
}

impl FromStr for Stage {
    type Err = Error;
    /// Parses a stage name; fails with [`Error::UnknownStage`].
    fn from_str(s: &str) -> Result<Self, Error> {
        Stage::ALL
            .into_iter()
            .find(|st| st.name() == s)
            .ok_or_else(|| Error::UnknownStage(s.to_string()))
    }
}

/// Holds the stages and one prepared document, so a timed run does only the stage's work.
#[derive(Debug)]
pub struct Bench {
    annotator: Annotator,
    entities: EntityTagger,
    dates: DateTagger,
    quantities: QuantityExtractor,
    claims: ClaimDetector,
    doc: Document,
    tokens: tokenize::Tokenized,
}

impl Bench {
    /// Prepares `text` (tokenized once for the stages that start from tokens). Fails like
    /// [`Annotator::new`].
    pub fn new(text: &str) -> Result<Self, Error> {
        Ok(Bench {
            annotator: Annotator::new()?,
            entities: EntityTagger::embedded()?,
            dates: DateTagger::new(),
            quantities: QuantityExtractor::new(),
            claims: ClaimDetector::new(),
            doc: Document::new(text),
            tokens: tokenize::tokenize(text),
        })
    }

    /// Size of the text in bytes (UTF-8).
    pub fn bytes(&self) -> usize {
        self.doc.text.len()
    }

    /// Runs `stage` once; returns how many items it produced (tokens or annotations), so the work
    /// cannot be optimized away and runs can be compared.
    pub fn run(&self, stage: Stage) -> usize {
        let text = self.doc.text.as_str();
        match stage {
            Stage::Tokenize => tokenize::tokenize(text).tokens.len(),
            Stage::Entities => self.entities.annotate(text, &self.tokens).len(),
            Stage::Dates => {
                let anchor = self.dates.find_anchor(text, &self.tokens);
                self.dates
                    .annotate(text, &self.tokens, anchor.as_ref())
                    .len()
            }
            Stage::Quantities => self.quantities.annotate(text, &self.tokens).len(),
            Stage::Claims => self.claims.annotate(text, &self.tokens, &[]).len(),
            Stage::Pipeline => self
                .annotator
                .annotate(&self.doc)
                .map_or(0, |a| a.spans.len()),
        }
    }
}

/// A news-like German text of at least `min_bytes`, made by repeating the project's golden articles.
pub fn sample_text(min_bytes: usize) -> String {
    const ARTICLES: [&str; 3] = [
        include_str!("../tests/golden/articles/klimagipfel.txt"),
        include_str!("../tests/golden/articles/hochwasser.txt"),
        include_str!("../tests/golden/articles/interview.txt"),
    ];
    let mut text = String::with_capacity(min_bytes + 4096);
    while text.len() < min_bytes {
        for a in ARTICLES {
            text.push_str(a);
            text.push('\n');
        }
    }
    text
}

/// A repeatable pseudo-random mix of `sentences` (xorshift from a fixed seed), at least
/// `min_bytes` long, with a paragraph break after about every seventh sentence: benchmark text
/// that looks like news without coming from any corpus.
pub fn sentence_mix(sentences: &[&str], min_bytes: usize) -> String {
    let mut out = String::with_capacity(min_bytes + 256);
    if sentences.is_empty() {
        return out;
    }
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    while out.len() < min_bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(sentences[(x % sentences.len() as u64) as usize]);
        out.push_str(if x.is_multiple_of(7) { "\n\n" } else { " " });
    }
    out
}

/// Timing for the native benchmark binaries. It reads std's clock, which `wasm32-unknown-unknown`
/// does not have: never call it in the browser (`scripts/bench.mjs` times with
/// `performance.now()` around [`Bench::run`] instead).
pub mod timing {
    use std::time::{Duration, Instant};

    /// One measurement: the fastest run and how many runs were made.
    #[derive(Debug, Clone, Copy)]
    pub struct Timed {
        /// The fastest run: on a shared machine the least disturbed one.
        pub best: Duration,
        /// Number of runs.
        pub runs: u32,
    }

    impl Timed {
        /// Throughput in MB/s (10^6 bytes) for `bytes` processed per run, from the fastest run.
        pub fn mb_per_s(&self, bytes: usize) -> f64 {
            bytes as f64 / 1e6 / self.best.as_secs_f64().max(1e-12)
        }

        /// The fastest run in milliseconds.
        pub fn ms(&self) -> f64 {
            self.best.as_secs_f64() * 1e3
        }
    }

    /// Runs `f` at least three times and for at least `min`, and returns the fastest run.
    pub fn fastest<R>(min: Duration, mut f: impl FnMut() -> R) -> Timed {
        let mut best = Duration::MAX;
        let mut runs = 0u32;
        let start = Instant::now();
        while runs < 3 || start.elapsed() < min {
            let t = Instant::now();
            std::hint::black_box(f());
            best = best.min(t.elapsed());
            runs += 1;
        }
        Timed { best, runs }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_parse_and_produce_items() {
        let bench = Bench::new(&sample_text(10_000)).expect("embedded models load");
        assert!(bench.bytes() >= 10_000);
        for stage in Stage::ALL {
            assert_eq!(stage.name().parse::<Stage>(), Ok(stage));
            assert!(bench.run(stage) > 0, "{stage:?} found nothing");
        }
        assert!("nonsense".parse::<Stage>().is_err());
    }

    #[test]
    fn sentence_mix_is_repeatable_and_long_enough() {
        let a = sentence_mix(&["Eins.", "Zwei drei."], 1000);
        assert!(a.len() >= 1000);
        assert_eq!(a, sentence_mix(&["Eins.", "Zwei drei."], 1000));
        assert!(a.contains("Eins.") && a.contains("Zwei drei."));
        assert!(sentence_mix(&[], 100).is_empty());
    }
}
