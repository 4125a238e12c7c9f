//! Errors of the core. One enum for the crate; the browser layer turns it into a JS `Error`.
//!
//! This module does not log or recover; callers decide what to show.

use thiserror::Error;

/// Everything that can go wrong in Randnotiz's core.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// A date string was not a valid `YYYY-MM-DD` calendar date.
    #[error("not a valid date (expected YYYY-MM-DD): {0:?}")]
    InvalidDate(String),
    /// A language code other than `de` or `en`.
    #[error("unsupported language {0:?} (expected \"de\" or \"en\")")]
    UnsupportedLanguage(String),
    /// A model file could not be read: wrong magic, version or a truncated body.
    #[error("model file is invalid: {0}")]
    InvalidModel(String),
    /// A benchmark stage name that does not exist.
    #[error("unknown stage {0:?}")]
    UnknownStage(String),
    /// The input is larger than the annotator accepts in one call.
    #[error("text is too long: {len} bytes (limit {limit} bytes)")]
    TextTooLong {
        /// Length of the text that was given, in bytes.
        len: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

/// Result with the crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
