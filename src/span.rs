//! Spans and offset conversion.
//!
//! Inside the core every span is a pair of **byte** offsets into the document's UTF-8 text, so slicing
//! is free. JavaScript indexes strings in UTF-16 code units and Python in code points, so at the
//! boundary ([`crate::annotation`]) byte offsets are converted with [`OffsetConverter`]. This module
//! does not know what a span means.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a UTF-8 text. Both ends lie on `char` boundaries.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text`, or `""` when the span is out of bounds or not on char
    /// boundaries (never panics).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies completely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A position in the text in the two units the boundary needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// Offset in UTF-16 code units (JavaScript string index).
    pub utf16: usize,
    /// Offset in Unicode scalar values (code points; Python string index).
    pub char: usize,
}

/// Converts byte offsets of one text into UTF-16 and code-point offsets.
///
/// Keeps a checkpoint every 256 bytes, so memory is about 1/16 of the text and one lookup walks at
/// most 256 bytes.
#[derive(Debug, Clone)]
pub struct OffsetConverter<'t> {
    text: &'t str,
    checkpoints: Vec<Position>,
    end: Position,
}

const STRIDE: usize = 256;

impl<'t> OffsetConverter<'t> {
    /// Builds the checkpoints for `text` in one pass.
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut pos = Position::default();
        let mut next = 0;
        for (i, c) in text.char_indices() {
            while i >= next {
                // Checkpoint k holds the position of the first char at or after byte k*STRIDE,
                // together with that char's byte offset implied by walking from it.
                checkpoints.push(pos);
                next += STRIDE;
            }
            pos.utf16 += c.len_utf16();
            pos.char += 1;
        }
        OffsetConverter {
            text,
            checkpoints,
            end: pos,
        }
    }

    /// The position of byte offset `byte`. Offsets past the end map to the end; an offset inside a
    /// multi-byte character maps to that character's start.
    pub fn position(&self, byte: usize) -> Position {
        let byte = byte.min(self.text.len());
        let k = byte / STRIDE;
        let Some(&cp) = self.checkpoints.get(k) else {
            // Only reachable for byte == len on a stride boundary, or an empty text.
            return self.end;
        };
        // Byte offset of the char that checkpoint k describes: first char boundary >= k*STRIDE.
        let mut from = k * STRIDE;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut pos = cp;
        if from >= byte {
            return pos;
        }
        for c in self.text[from..].chars() {
            if from >= byte {
                break;
            }
            from += c.len_utf8();
            if from > byte {
                break; // `byte` was inside this char: report its start
            }
            pos.utf16 += c.len_utf16();
            pos.char += 1;
        }
        pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> Position {
        let s = &text[..byte];
        Position {
            utf16: s.encode_utf16().count(),
            char: s.chars().count(),
        }
    }

    #[test]
    fn converts_every_boundary_of_mixed_text() {
        let unit = "Größe „Zitat“ 😀 e\u{301}tat – Ende. ";
        let text = unit.repeat(40); // crosses many checkpoints
        let conv = OffsetConverter::new(&text);
        for (i, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(conv.position(i), naive(&text, i), "at byte {i}");
        }
    }

    #[test]
    fn emoji_counts_two_utf16_units_one_char() {
        let text = "a😀b";
        let conv = OffsetConverter::new(text);
        assert_eq!(conv.position(5), Position { utf16: 3, char: 2 });
    }

    #[test]
    fn empty_text_and_out_of_range() {
        let conv = OffsetConverter::new("");
        assert_eq!(conv.position(0), Position::default());
        assert_eq!(conv.position(10), Position::default());
    }

    #[test]
    fn slice_never_panics() {
        let text = "Über";
        assert_eq!(Span::new(0, 1).slice(text), "");
        assert_eq!(Span::new(0, 2).slice(text), "Ü");
        assert_eq!(Span::new(3, 99).slice(text), "");
    }
}
