//! What comes out of the pipeline: [`Annotations`], a list of [`Annotation`]s.
//!
//! Extractors fill in byte [`Span`]s; [`Annotations::resolve_offsets`] then adds the UTF-16 and
//! code-point offsets that JavaScript and exports need, and the covered text. These are plain serde
//! types: the page receives them as JS objects, the CLI prints them as JSON, with the same field
//! names. This module does not find anything in the text.

use serde::{Deserialize, Serialize};

use crate::document::{Date, Lang};
use crate::span::{OffsetConverter, Span};
use crate::timex::Anchor;

/// Version of the JSON schema of [`Annotations`]; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// What sort of thing an annotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A name: person, place, organisation, other.
    Entity,
    /// A temporal expression (DATE, TIME, DURATION, SET).
    Date,
    /// Something somebody says, reports, or that is hedged.
    Claim,
    /// A number with what it counts.
    Quantity,
}

/// Where an annotation (or one of its parts) sits in the text, in the units consumers need.
///
/// `start_utf16`/`end_utf16` index a JavaScript string; `start_char`/`end_char` count Unicode
/// code points (Python). Both are half-open. The byte span is kept for Rust callers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Extent {
    /// Byte offsets into the UTF-8 text (not serialized).
    #[serde(skip)]
    pub span: Span,
    /// Start in UTF-16 code units.
    pub start_utf16: usize,
    /// End in UTF-16 code units (exclusive).
    pub end_utf16: usize,
    /// Start in code points.
    pub start_char: usize,
    /// End in code points (exclusive).
    pub end_char: usize,
}

impl Extent {
    /// An extent for byte span `span`; the other offsets are filled in by
    /// [`Annotations::resolve_offsets`].
    pub fn from_span(span: Span) -> Self {
        Extent {
            span,
            ..Extent::default()
        }
    }

    fn resolve(&mut self, conv: &OffsetConverter<'_>) {
        let (s, e) = (conv.position(self.span.start), conv.position(self.span.end));
        self.start_utf16 = s.utf16;
        self.end_utf16 = e.utf16;
        self.start_char = s.char;
        self.end_char = e.char;
    }
}

/// Kind-specific details of an annotation. Every field is optional and omitted from JSON when empty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attrs {
    /// Normalized value: a TIMEX3 value for dates (`2024-11-06`), a number for quantities.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
    /// Who makes a claim, as written (resolved to the full name where possible).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<String>,
    /// Where the speaker is mentioned.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_at: Option<Extent>,
    /// The reporting verb, preposition or marker that introduces a claim.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cue: Option<String>,
    /// Where the cue is.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cue_at: Option<Extent>,
    /// How firmly a claim is made: `asserted`, `reported`, `hearsay`, `hedged`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub certainty: Option<String>,
    /// Upper end of a quantity range, as a plain decimal string (`7000`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value_high: Option<String>,
    /// The unit or counted noun of a quantity as written (`Feuerwehrleuten`, `%`, `Euro`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit: Option<String>,
    /// Lemma of the unit or noun (`Feuerwehrleute`, `Prozent`, `Kilometer`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit_lemma: Option<String>,
    /// How a quantity is qualified: `exact`, `approx`, `more_than`, `less_than`, `up_to`,
    /// `at_least`, `range`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// Model confidence in 0..=1, where the extractor has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub confidence: Option<f32>,
}

impl Attrs {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == Attrs::default()
    }
}

/// One marked span of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// What it is.
    pub kind: Kind,
    /// Finer label: `PER`, `LOC`, `ORG`, `OTH` (with `deriv`/`part` variants) for entities; `DATE`,
    /// `TIME`, `DURATION`, `SET` for dates; `direct`, `indirect`, `according_to`, `hearsay`,
    /// `hedged` for claims; `QUANTITY`, `MONEY`, `PERCENT` for quantities.
    pub label: String,
    /// Where it is.
    #[serde(flatten)]
    pub at: Extent,
    /// The covered text (filled in by [`Annotations::resolve_offsets`]).
    #[serde(default)]
    pub text: String,
    /// Kind-specific details.
    #[serde(skip_serializing_if = "Attrs::is_empty", default)]
    pub attrs: Attrs,
}

impl Annotation {
    /// A new annotation over byte span `span`, without attributes.
    pub fn new(kind: Kind, label: impl Into<String>, span: Span) -> Self {
        Annotation {
            kind,
            label: label.into(),
            at: Extent::from_span(span),
            text: String::new(),
            attrs: Attrs::default(),
        }
    }

    /// The byte span.
    pub fn span(&self) -> Span {
        self.at.span
    }
}

/// Everything found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub version: u32,
    /// Language the text was annotated as.
    pub lang: Lang,
    /// The article date that relative dates were resolved against, if any.
    pub article_date: Option<Date>,
    /// The anchor date the temporal tagger used, and where it came from (user or text).
    #[serde(default)]
    pub anchor: Option<Anchor>,
    /// Length of the text in UTF-16 code units.
    pub length_utf16: usize,
    /// Length of the text in code points.
    pub length_char: usize,
    /// The annotations, sorted by start, longer spans first at equal starts.
    pub spans: Vec<Annotation>,
}

impl Annotations {
    /// Wraps `spans` found in `text`: sorts them and fills in offsets and covered text.
    pub fn new(text: &str, lang: Lang, article_date: Option<Date>, spans: Vec<Annotation>) -> Self {
        let mut out = Annotations {
            version: SCHEMA_VERSION,
            lang,
            article_date,
            anchor: None,
            length_utf16: 0,
            length_char: 0,
            spans,
        };
        out.resolve_offsets(text);
        out
    }

    /// Sorts the spans and computes UTF-16/code-point offsets and covered text from byte spans.
    pub fn resolve_offsets(&mut self, text: &str) {
        self.spans.sort_by(|a, b| {
            (a.at.span.start, std::cmp::Reverse(a.at.span.end), a.kind).cmp(&(
                b.at.span.start,
                std::cmp::Reverse(b.at.span.end),
                b.kind,
            ))
        });
        let conv = OffsetConverter::new(text);
        let end = conv.position(text.len());
        self.length_utf16 = end.utf16;
        self.length_char = end.char;
        for a in &mut self.spans {
            a.at.resolve(&conv);
            a.text = a.at.span.slice(text).to_string();
            if let Some(x) = a.attrs.speaker_at.as_mut() {
                x.resolve(&conv);
            }
            if let Some(x) = a.attrs.cue_at.as_mut() {
                x.resolve(&conv);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_text_follow_byte_spans() {
        let text = "😀 „Größe“ zählt";
        let start = text.find('G').unwrap();
        let end = start + "Größe".len();
        let a = Annotations::new(
            text,
            Lang::De,
            None,
            vec![Annotation::new(
                Kind::Claim,
                "direct",
                Span::new(start, end),
            )],
        );
        let s = &a.spans[0];
        assert_eq!(s.text, "Größe");
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&utf16[s.at.start_utf16..s.at.end_utf16]).unwrap(),
            "Größe"
        );
        let chars: String = text
            .chars()
            .skip(s.at.start_char)
            .take(s.at.end_char - s.at.start_char)
            .collect();
        assert_eq!(chars, "Größe");
        assert_eq!(a.length_utf16, utf16.len());
    }

    #[test]
    fn json_shape_is_flat_and_omits_empty_attrs() {
        let a = Annotations::new(
            "Hallo",
            Lang::De,
            None,
            vec![Annotation::new(Kind::Entity, "PER", Span::new(0, 5))],
        );
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["version"], SCHEMA_VERSION);
        assert_eq!(v["spans"][0]["kind"], "entity");
        assert_eq!(v["spans"][0]["end_utf16"], 5);
        assert!(v["spans"][0].get("attrs").is_none());
        assert!(v["spans"][0].get("span").is_none());
    }
}
