//! Entity clusters across documents: which names in several articles about one story denote the
//! same person, place, organisation or other thing.
//!
//! [`cluster_entities`] takes the entity annotations of each document and returns one
//! [`EntityCluster`] per entity, with every mention, whatever the spelling: transliterations
//! (`Wolodymyr Selenskyj` / `Volodymyr Zelensky`), diacritics (`Erdoğan` / `Erdogan`), German
//! exonyms and aliases (`Peking` / `Beijing`, `USA` / `Vereinigte Staaten`, from the curated table
//! in `aliases.rs`), the genitive `-s` (`Selenskyjs`, `Chinas`), a surname alone when exactly one
//! full name in its document fits it, and acronyms beside their expansion (`Vereinigte Arabische
//! Emirate (VAE)`). The rules and the name key are described in `docs/crossdoc.md` and in
//! [`normalize`] and [`cluster`].
//!
//! What it does not do: it does not find entities (that is [`crate::ner`]'s job; only mentions
//! labelled exactly `PER`, `LOC`, `ORG` or `OTH` take part, not the `deriv`/`part` forms such as
//! "deutschen" or "EU-Gipfel"); it never merges names of different labels; it does no
//! coreference of pronouns or descriptions ("der Präsident"); it links nothing to a knowledge base.
//! Candidates are only compared within blocks that share a key, so the cost grows about linearly
//! with the number of mentions.
//!
//! ```
//! use randnotiz::{cluster_entities, Annotation, Annotations, Kind, Lang, Span};
//!
//! // Annotations as the annotator would give them (here written by hand).
//! let marked = |text: &str, names: &[(&str, &str)]| {
//!     let spans = names
//!         .iter()
//!         .filter_map(|(n, l)| text.find(n).map(|i| (i, n.len(), *l)))
//!         .map(|(i, len, l)| Annotation::new(Kind::Entity, l, Span::new(i, i + len)))
//!         .collect();
//!     Annotations::new(text, Lang::De, None, spans)
//! };
//! let a = "Präsident Wolodymyr Selenskyj traf in Kiew ein.";
//! let b = "😀 Volodymyr Zelensky arrived in Kyiv.";
//! let (aa, bb) = (
//!     marked(a, &[("Wolodymyr Selenskyj", "PER"), ("Kiew", "LOC")]),
//!     marked(b, &[("Volodymyr Zelensky", "PER"), ("Kyiv", "LOC")]),
//! );
//! let clusters = cluster_entities(&[("a", a, &aa), ("b", b, &bb)]);
//! let person = &clusters[0];
//! assert_eq!(person.name, "Wolodymyr Selenskyj");
//! assert_eq!(person.mentions.len(), 2);
//! let kyiv = clusters.iter().find(|c| c.label == "LOC").unwrap();
//! assert_eq!(kyiv.variants, ["Kiew", "Kyiv"]);
//! // Offsets are UTF-16 code units: the emoji counts two.
//! assert_eq!(kyiv.mentions[1].start, 33);
//! ```

mod aliases;
pub mod claim_groups;
pub mod cluster;
mod fold_table;
pub mod normalize;
pub mod statements;
pub mod story;

use serde::Serialize;

use crate::annotation::Annotations;

pub use cluster::{cluster_entities, cluster_entities_with, ClusterOptions};
pub use story::{build_story, Story, StoryDocument, TimelinePoint};

/// One entity across all documents: its canonical name and every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityCluster {
    /// The canonical name: the longest full form among the mentions, preferring uninflected
    /// forms (a genitive `-s` is removed when only inflected forms occur).
    pub name: String,
    /// The entity label shared by all mentions: `PER`, `LOC`, `ORG` or `OTH`.
    pub label: String,
    /// Every distinct spelling as written, most frequent first (ties: first seen first).
    pub variants: Vec<String>,
    /// Every mention, ordered by document (input order) and position.
    pub mentions: Vec<Mention>,
}

/// One occurrence of an entity in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The document id as given to [`cluster_entities`].
    pub doc: String,
    /// The text of the mention as written.
    pub text: String,
    /// Start in UTF-16 code units (a JavaScript string index), as `start_utf16` of the annotation.
    pub start: usize,
    /// End in UTF-16 code units (exclusive), as `end_utf16` of the annotation.
    pub end: usize,
    /// Index of the annotation in that document's [`Annotations::spans`].
    pub span_index: usize,
}

/// One input document: its id, its text and its annotations (as returned by
/// [`crate::Annotator::annotate`] for that text).
pub type DocInput<'a> = (&'a str, &'a str, &'a Annotations);
