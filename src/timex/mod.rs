//! Temporal expressions: finds dates, times, durations and frequencies in German (and, where
//! cheap, English) news text and normalizes each to a TIMEX3 type and value, resolved against the
//! article's date.
//!
//! * `lexicon` classifies every token once (month, weekday, number word, unit, …),
//! * `grammar` matches hand-written rules over those classes (longest match wins),
//! * `normalize` resolves relative expressions against the anchor and the sentence's tense,
//! * `anchor` finds the article date in the text when the user did not set one.
//!
//! Extents follow HeidelTime's convention for German: prepositions and articles stay outside
//! ("am **6. November 2024**", "im **Vorjahr**", "um **14.30 Uhr**"), except where the word
//! changes the value ("**vor drei Tagen**", "**in zwei Wochen**", "**Ende des Jahres**").
//! See `docs/timex.md` for the forms and the value format.
//!
//! ```
//! use randnotiz::timex::{AnchorSource, DateTagger};
//! use randnotiz::tokenize::tokenize;
//!
//! let text = "Berlin, 6. November 2024 – Am Sonntag wurde gewählt. In zwei Wochen tagt der Landtag.";
//! let tokens = tokenize(text);
//! let tagger = DateTagger::new();
//! let anchor = tagger.find_anchor(text, &tokens).expect("a dateline");
//! assert_eq!(anchor.source, AnchorSource::Dateline);
//! let found = tagger.annotate(text, &tokens, Some(&anchor));
//! let values: Vec<(&str, &str)> = found
//!     .iter()
//!     .map(|a| (a.span().slice(text), a.attrs.value.as_deref().unwrap_or("")))
//!     .collect();
//! assert_eq!(
//!     values,
//!     [("6. November 2024", "2024-11-06"), ("Sonntag", "2024-11-03"), ("In zwei Wochen", "2024-W47")]
//! );
//! ```
//!
//! "drei Tage später" and "am Vortag" count from the date mentioned last in the document; there is
//! no event model beyond that. It does not produce TIMEX3 `mod`/`freq`/`quant` attributes, time
//! zones, or read HTML metadata.

mod anchor;
mod grammar;
mod lexicon;
mod normalize;

use serde::{Deserialize, Serialize};

use crate::annotation::{Annotation, Kind};
use crate::document::Date;
use crate::span::Span;
use crate::tokenize::Tokenized;

use grammar::Matcher;
use normalize::{Context, Tense, Type};

/// Where the anchor date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorSource {
    /// Set by the user (the page's date field, the CLI's `--date`).
    User,
    /// A dateline at the start of the article: "Berlin, 6. November 2024 –".
    Dateline,
    /// A publication note: "Veröffentlicht am 6.11.2024", "Published November 6, 2024".
    Published,
    /// An update note: "Stand: 06.11.2024", "Aktualisiert am …".
    Updated,
    /// A date standing at the start of one of the first lines (a web page's header).
    Header,
}

impl AnchorSource {
    /// The name used in the JSON output: `user`, `dateline`, `published`, `updated`, `header`.
    pub fn name(self) -> &'static str {
        match self {
            AnchorSource::User => "user",
            AnchorSource::Dateline => "dateline",
            AnchorSource::Published => "published",
            AnchorSource::Updated => "updated",
            AnchorSource::Header => "header",
        }
    }
}

/// The date relative expressions are resolved against, and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The anchor date.
    pub date: Date,
    /// Where it came from.
    pub source: AnchorSource,
    /// Where it stands in the text (byte span); `None` for a user-set date.
    #[serde(default)]
    pub span: Option<Span>,
}

impl Anchor {
    /// An anchor the user set.
    pub fn user(date: Date) -> Self {
        Anchor {
            date,
            source: AnchorSource::User,
            span: None,
        }
    }
}

/// The temporal tagger. Holds only its (built-in) word tables; build once, reuse.
#[derive(Debug, Clone, Default)]
pub struct DateTagger {
    lexicon: lexicon::Lexicon,
}

impl DateTagger {
    /// A tagger with the built-in German and English rules (builds its word tables; takes
    /// microseconds).
    pub fn new() -> Self {
        DateTagger::default()
    }

    /// Looks for the article date in the first lines of `text`: a publication note, a dateline,
    /// an update note ("Stand: …") or a date heading a line, in that order of preference.
    /// Returns `None` when there is none; never guesses from dates further down.
    pub fn find_anchor(&self, text: &str, tokenized: &Tokenized) -> Option<Anchor> {
        anchor::find(&self.lexicon, text, &tokenized.tokens)
    }

    /// Every temporal expression in `text` (tokenized as `tokenized`), as annotations of kind
    /// [`Kind::Date`] with label `DATE`, `TIME`, `DURATION` or `SET` and the TIMEX3 value in
    /// `attrs.value`. Relative expressions are resolved against `anchor`; without one they get
    /// underspecified values (`XXXX-11-06`). Never fails; returns an empty list for text without
    /// temporal expressions.
    pub fn annotate(
        &self,
        text: &str,
        tokenized: &Tokenized,
        anchor: Option<&Anchor>,
    ) -> Vec<Annotation> {
        let toks = &tokenized.tokens;
        let (lex, cues) = grammar::classify_all(&self.lexicon, text, toks);
        let anchor = anchor.map(|a| a.date);
        let mut out = Vec::new();
        let mut reference = None;
        for s in &tokenized.sentences {
            let (start, end) = (s.tokens.start.min(toks.len()), s.tokens.end.min(toks.len()));
            let m = Matcher {
                text,
                toks,
                lex: &lex,
                start,
                end,
            };
            let tenses = grammar::Tenses::new(&cues, start, end);
            let mut last_day = None;
            let mut i = start;
            while i < end {
                let Some((j, hits)) = m.at(i) else {
                    i += 1;
                    continue;
                };
                for h in hits {
                    let tense = match h.tense {
                        Some(t) => t,
                        None if m.after_seit(i) => Tense::Past,
                        None => match tenses.at(i) {
                            Tense::Present if m.after_forward_prep(i) => Tense::Future,
                            t => t,
                        },
                    };
                    let cx = Context {
                        anchor,
                        tense,
                        last_day,
                        reference,
                    };
                    let (ty, value) = normalize::resolve(&h.raw, &cx);
                    if ty == Type::Date {
                        if let Some(d) = normalize::day_of_value(&value) {
                            last_day = Some(d);
                        }
                        reference = normalize::Reference::of(&value).or(reference);
                    }
                    let mut a = Annotation::new(Kind::Date, ty.label(), h.span);
                    a.attrs.value = Some(value);
                    out.push(a);
                }
                i = j.max(i + 1);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::AnchorSource;

    #[test]
    fn anchor_source_names_are_the_serialized_names() {
        for s in [
            AnchorSource::User,
            AnchorSource::Dateline,
            AnchorSource::Published,
            AnchorSource::Updated,
            AnchorSource::Header,
        ] {
            assert_eq!(serde_json::to_value(s).ok(), Some(s.name().into()));
        }
    }
}
