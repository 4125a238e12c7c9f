//! Claims: who says what. So far this finds **direct speech**, the words inside paired quotation
//! marks of any style („…“ “…” »…« «…» "…" ‚…‘), also across sentences and when the attribution
//! interrupts the quote („…“, sagte er, „…“ gives two claims).
//!
//! It does not yet find indirect speech, "laut X", hearsay or hedges, nor the speaker; and it
//! leaves out quoted terms and titles of one or two words (der sogenannte „Vertrag“).

mod quotes;

pub use quotes::{find_quotations, Quotation};

use crate::annotation::{Annotation, Kind};
use crate::tokenize::Tokenized;

/// Finds claims in a tokenized text.
#[derive(Debug, Clone, Default)]
pub struct ClaimDetector {
    _private: (),
}

impl ClaimDetector {
    /// A detector with the built-in rules.
    pub fn new() -> Self {
        ClaimDetector::default()
    }

    /// Claims in `text` (already tokenized as `tokens`), as annotations of kind [`Kind::Claim`].
    pub fn annotate(&self, text: &str, tokens: &Tokenized) -> Vec<Annotation> {
        find_quotations(text, &tokens.tokens)
            .into_iter()
            .filter(|q| q.is_speech(text, &tokens.tokens))
            .map(|q| {
                let mut a = Annotation::new(Kind::Claim, "direct", q.content);
                a.attrs.certainty = Some("asserted".to_string());
                a
            })
            .collect()
    }
}
