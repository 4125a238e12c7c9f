//! The [`Annotator`]: runs every stage over a [`Document`] and collects [`Annotations`].
//!
//! It owns the stages (built once, reused for every document; the entity model is shared between
//! clones) and the input limits. It does not render anything; the page and the CLI call it.

use std::sync::Arc;

use crate::annotation::{Annotation, Annotations};
use crate::claims::ClaimDetector;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::ner::EntityTagger;
use crate::quantity::QuantityExtractor;
use crate::span::Span;
use crate::timex::{Anchor, DateTagger};
use crate::tokenize;

/// Largest text accepted in one call, in bytes (32 MiB).
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

/// Runs the whole pipeline. Build it once and reuse it.
#[derive(Debug, Clone)]
pub struct Annotator {
    entities: Arc<EntityTagger>,
    claims: ClaimDetector,
    dates: DateTagger,
    quantities: QuantityExtractor,
}

impl Annotator {
    /// An annotator with every built-in stage and the embedded entity model. Fails only with
    /// [`Error::InvalidModel`] if the embedded model cannot be read (the crate's tests rule it out).
    pub fn new() -> Result<Self> {
        Ok(Annotator {
            entities: Arc::new(EntityTagger::embedded()?),
            claims: ClaimDetector::new(),
            dates: DateTagger::new(),
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
        // The claim detector uses the entities to find and name speakers.
        let claims = self.claims.annotate(text, &tokens, &spans);
        spans.extend(claims);
        let anchor = doc
            .article_date
            .map(Anchor::user)
            .or_else(|| self.dates.find_anchor(text, &tokens));
        let dates = self.dates.annotate(text, &tokens, anchor.as_ref());
        // A number that is part of a date or duration ("vor 30 Jahren") is not a quantity.
        spans.extend(without_overlaps(
            self.quantities.annotate(text, &tokens),
            &dates,
        ));
        spans.extend(dates);
        let mut out = Annotations::new(text, doc.lang, doc.article_date, spans);
        out.anchor = anchor;
        Ok(out)
    }
}

/// The annotations of `items` that overlap none of `blockers`, in one sweep over both sorted by
/// start (linear, so long texts stay fast).
fn without_overlaps(mut items: Vec<Annotation>, blockers: &[Annotation]) -> Vec<Annotation> {
    let mut blocked: Vec<Span> = blockers.iter().map(Annotation::span).collect();
    blocked.sort_unstable();
    items.sort_by_key(|a| a.span().start);
    let mut b = 0;
    // The furthest end among blockers that start before the current item ends.
    let mut reach_end = 0;
    let mut reach_start = usize::MAX;
    items.retain(|a| {
        let s = a.span();
        while b < blocked.len() && blocked[b].start < s.end {
            if blocked[b].end > reach_end {
                reach_end = blocked[b].end;
                reach_start = blocked[b].start;
            }
            b += 1;
        }
        !(reach_end > s.start && reach_start < s.end)
    });
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Kind;

    fn ann(start: usize, end: usize) -> Annotation {
        Annotation::new(Kind::Quantity, "QUANTITY", Span::new(start, end))
    }

    #[test]
    fn overlapping_items_are_dropped_others_kept() {
        let items = vec![ann(0, 3), ann(5, 8), ann(10, 12), ann(20, 25), ann(30, 31)];
        let blockers = vec![ann(7, 11), ann(0, 1), ann(24, 40)];
        let kept: Vec<Span> = without_overlaps(items, &blockers)
            .iter()
            .map(Annotation::span)
            .collect();
        assert_eq!(kept, []);
        let items = vec![ann(2, 4), ann(5, 6), ann(13, 15), ann(41, 50)];
        let blockers = vec![ann(0, 2), ann(6, 13), ann(15, 41)];
        let kept: Vec<Span> = without_overlaps(items, &blockers)
            .iter()
            .map(Annotation::span)
            .collect();
        assert_eq!(
            kept,
            [
                Span::new(2, 4),
                Span::new(5, 6),
                Span::new(13, 15),
                Span::new(41, 50)
            ]
        );
    }
}
