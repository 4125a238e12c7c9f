//! The browser layer: wasm-bindgen bindings over the core, nothing else.
//!
//! It converts types (strings in, plain JS objects out through serde-wasm-bindgen) and errors (the
//! core's [`crate::Error`] becomes a JS `Error` with its message). It does no annotation of its own
//! and never touches the DOM: rendering is the page's job (`www/app.js`). No panic crosses into JS:
//! the core does not panic, and the release build aborts rather than unwinds.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Annotator, Date, Document, Lang};

/// The annotator as JavaScript sees it: `new Randnotiz()`, then `annotate(text, lang, date)`.
#[wasm_bindgen]
pub struct Randnotiz {
    annotator: Annotator,
}

#[wasm_bindgen]
impl Randnotiz {
    /// Builds the pipeline and loads the models (once per page or worker). Throws if an
    /// embedded model cannot be read.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Randnotiz, JsError> {
        Ok(Randnotiz {
            annotator: Annotator::new()?,
        })
    }

    /// Annotates `text`. `lang` is `"de"` or `"en"`; `article_date` is `YYYY-MM-DD` or
    /// empty/undefined. Returns the `Annotations` object (offsets in UTF-16 code units and code
    /// points); throws an `Error` with a readable message for a bad language, date or a text above
    /// the size limit.
    pub fn annotate(
        &self,
        text: &str,
        lang: &str,
        article_date: Option<String>,
    ) -> Result<JsValue, JsError> {
        let lang: Lang = lang.parse()?;
        let date = match article_date.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(s.parse::<Date>()?),
        };
        let mut doc = Document::new(text).with_lang(lang);
        doc.article_date = date;
        let annotations = self.annotator.annotate(&doc)?;
        to_js(&annotations)
    }
}

/// One token as JavaScript sees it (for exports such as CoNLL).
#[derive(Serialize)]
struct TokenOut {
    start_utf16: usize,
    end_utf16: usize,
    sentence: usize,
}

#[wasm_bindgen]
impl Randnotiz {
    /// The tokens of `text` as `[{start_utf16, end_utf16, sentence}]` (sentence = its index),
    /// from the same tokenizer the extractors use.
    pub fn tokens(&self, text: &str) -> Result<JsValue, JsError> {
        let tokenized = crate::tokenize::tokenize(text);
        let conv = crate::span::OffsetConverter::new(text);
        let mut out = Vec::with_capacity(tokenized.tokens.len());
        for (sentence, s) in tokenized.sentences.iter().enumerate() {
            for t in &tokenized.tokens[s.tokens.clone()] {
                out.push(TokenOut {
                    start_utf16: conv.position(t.span.start).utf16,
                    end_utf16: conv.position(t.span.end).utf16,
                    sentence,
                });
            }
        }
        to_js(&out)
    }
}

/// One document handed to [`Randnotiz::compare`].
#[derive(serde::Deserialize)]
struct CompareInput {
    id: String,
    text: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

#[wasm_bindgen]
impl Randnotiz {
    /// The story of several documents `[{id, text, lang, date}]`: each is annotated, then their
    /// entity clusters and shared timeline are built (offsets in UTF-16). Returns
    /// `{documents, entities, timeline}`; throws on a bad language or date.
    pub fn compare(&self, docs: JsValue) -> Result<JsValue, JsError> {
        let inputs: Vec<CompareInput> = serde_wasm_bindgen::from_value(docs).map_err(|e| {
            JsError::new(&format!("compare expects [{{id, text, lang, date}}]: {e}"))
        })?;
        let mut annotated = Vec::with_capacity(inputs.len());
        for d in &inputs {
            let mut doc = Document::new(d.text.as_str());
            if let Some(lang) = d.lang.as_deref().filter(|l| !l.is_empty()) {
                doc.lang = lang.parse()?;
            }
            if let Some(date) = d.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                doc.article_date = Some(date.parse::<Date>()?);
            }
            annotated.push(self.annotator.annotate(&doc)?);
        }
        let input: Vec<(&str, &str, &crate::Annotations)> = inputs
            .iter()
            .zip(&annotated)
            .map(|(d, a)| (d.id.as_str(), d.text.as_str(), a))
            .collect();
        to_js(&crate::crossdoc::build_story(&input, Default::default()))
    }
}

/// The crate version and the annotations schema version, e.g. `"0.1.0 (schema 1)"`.
#[wasm_bindgen]
pub fn version() -> String {
    format!(
        "{} (schema {})",
        env!("CARGO_PKG_VERSION"),
        crate::SCHEMA_VERSION
    )
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot convert annotations for JavaScript: {e}")))
}

/// One benchmark result as JavaScript sees it.
#[derive(Serialize)]
struct BenchResult {
    stage: &'static str,
    bytes: usize,
    runs: u32,
    ms_per_run: f64,
    mb_per_s: f64,
    items: usize,
}

/// Times pipeline stage `stage` (`tokenize`, `claims`, `pipeline`, …) on `text` for at least
/// `min_ms` milliseconds (and 3 runs) with the page's clock; returns
/// `{stage, bytes, runs, ms_per_run, mb_per_s, items}`. Used by `scripts/bench.mjs`.
#[wasm_bindgen]
pub fn bench_stage(stage: &str, text: &str, min_ms: f64) -> Result<JsValue, JsError> {
    let stage: crate::bench::Stage = stage.parse()?;
    let performance = gloo::utils::window()
        .performance()
        .ok_or_else(|| JsError::new("no performance clock in this context"))?;
    let bench = crate::bench::Bench::new(text)?;
    let start = performance.now();
    let mut runs = 0u32;
    let mut items = 0;
    while runs < 3 || performance.now() - start < min_ms {
        items = bench.run(stage);
        runs += 1;
    }
    let ms_per_run = (performance.now() - start) / f64::from(runs);
    to_js(&BenchResult {
        stage: stage.name(),
        bytes: bench.bytes(),
        runs,
        ms_per_run,
        mb_per_s: bench.bytes() as f64 / 1e6 / (ms_per_run / 1e3),
        items,
    })
}

/// The stage names [`bench_stage`] accepts.
#[wasm_bindgen]
pub fn bench_stages() -> Vec<String> {
    crate::bench::Stage::ALL
        .iter()
        .map(|s| s.name().to_string())
        .collect()
}
