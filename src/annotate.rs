//! The [`Annotator`]: runs every stage over a [`Document`] and collects [`Annotations`].
//!
//! It owns the stages (built once, reused for every document; the entity model is shared between
//! clones) and the input limits. It does not render anything; the page and the CLI call it.

use std::sync::Arc;

use crate::annotation::Annotations;
use crate::claims::ClaimDetector;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::ner::EntityTagger;
use crate::quantity::QuantityExtractor;
use crate::tokenize;

/// Largest text accepted in one call, in bytes (32 MiB).
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

/// Runs the whole pipeline. Build it once and reuse it.
#[derive(Debug, Clone)]
pub struct Annotator {
    entities: Arc<EntityTagger>,
    claims: ClaimDetector,
    quantities: QuantityExtractor,
}

impl Annotator {
    /// An annotator with every built-in stage and the embedded entity model. Fails only with
    /// [`Error::InvalidModel`] if the embedded model cannot be read (the crate's tests rule it out).
    pub fn new() -> Result<Self> {
        Ok(Annotator {
            entities: Arc::new(EntityTagger::embedded()?),
            claims: ClaimDetector::new(),
            quantities: QuantityExtractor::new(),
        })
    }

    /// Annotates one document. Fails only with [`Error::TextTooLong`] when the text is larger than
    /// [`MAX_TEXT_BYTES`]; any other UTF-8 input gives (possibly empty) annotations.
    pub fn annotate(&self, doc: &Document) -> Result<Annotations> {
        let text = doc.text.as_str();
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::TextTooLong {
                len: text.len(),
                limit: MAX_TEXT_BYTES,
            });
        }
        let tokens = tokenize::tokenize(text);
        let mut spans = self.entities.annotate(text, &tokens);
        spans.extend(self.claims.annotate(text, &tokens));
        spans.extend(self.quantities.annotate(text, &tokens));
        Ok(Annotations::new(text, doc.lang, doc.article_date, spans))
    }
}
