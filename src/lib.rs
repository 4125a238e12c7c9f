//! # Randnotiz
//!
//! Marks the entities, dates and claims in German (and English) news articles. The core is plain
//! Rust: it builds natively and for `wasm32`, knows nothing of the browser and never panics on any
//! UTF-8 input. The pipeline mirrors the module layout:
//!
//! text → [`tokenize`] → extractors ([`ner`], [`claims`]) → [`annotation::Annotations`] → page (`web`, wasm only)
//!
//! Across documents, [`crossdoc::cluster_entities`] groups the entity mentions of several articles
//! into one cluster per entity.
//!
//! ```
//! use randnotiz::{Annotator, Document, Kind};
//!
//! let doc = Document::new("„Wir schaffen das“, sagte die Kanzlerin.");
//! let annotator = Annotator::new()?; // loads the embedded models: build once, reuse
//! let annotations = annotator.annotate(&doc)?;
//! let quote = &annotations.spans[0];
//! assert_eq!(quote.kind, Kind::Claim);
//! assert_eq!(quote.text, "Wir schaffen das");
//! # Ok::<(), randnotiz::Error>(())
//! ```
#![warn(missing_docs)]

pub mod annotate;
pub mod annotation;
pub mod bench;
pub mod claims;
pub mod crossdoc;
pub mod document;
pub mod error;
pub mod ner;
pub mod quantity;
pub mod span;
pub mod timex;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use annotate::Annotator;
pub use annotation::{Annotation, Annotations, Attrs, Extent, Kind, SCHEMA_VERSION};
pub use crossdoc::{cluster_entities, EntityCluster, Mention};
pub use document::{Date, Document, Lang};
pub use error::{Error, Result};
pub use span::Span;
