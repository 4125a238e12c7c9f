//! The [`Annotator`]: runs every stage over a [`Document`] and collects [`Annotations`].
//!
//! It owns the stages (built once, reused for every document) and the input limits. It does not
//! render anything; the page and the CLI call it.

use crate::annotation::Annotations;
use crate::claims::ClaimDetector;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::tokenize;

/// Largest text accepted in one call, in bytes (32 MiB).
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

/// Runs the whole pipeline. Build it once and reuse it.
#[derive(Debug, Clone, Default)]
pub struct Annotator {
    claims: ClaimDetector,
}

impl Annotator {
    /// An annotator with every built-in stage.
    pub fn new() -> Self {
        Annotator::default()
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
        let spans = self.claims.annotate(text, &tokens, &[]);
        Ok(Annotations::new(text, doc.lang, doc.article_date, spans))
    }
}
