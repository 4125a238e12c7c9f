//! Pairs quotation marks into quotations.
//!
//! German news opens with „ and closes with “ (or » … «, ‚ … ‘); English and Swiss texts use
//! “ … ”, « … », "…". A mark opens when it sits before a word (after space, start or an opening
//! bracket) and closes when it sits after one. A quotation must close within its paragraph.

use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// A pair of quotation marks and what they enclose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening to the closing mark, inclusive.
    pub outer: Span,
    /// The words between the marks.
    pub content: Span,
    /// Index of the opening mark's token.
    pub open_token: usize,
    /// Index of the closing mark's token.
    pub close_token: usize,
}

impl Quotation {
    /// True when the quotation looks like somebody's words rather than a term or title: at least
    /// three word tokens, or a sentence inside that ends in `. ! ? …`.
    pub fn is_speech(&self, text: &str, tokens: &[Token]) -> bool {
        let inner = &tokens[self.open_token + 1..self.close_token];
        let words = inner
            .iter()
            .filter(|t| {
                matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation
                )
            })
            .count();
        let ends_like_sentence = inner
            .last()
            .is_some_and(|t| matches!(t.text(text), "." | "!" | "?" | "…" | "..."));
        words >= 3 || (words >= 2 && ends_like_sentence)
    }
}

/// Which marks close a quotation opened by `open`.
fn closers(open: &str) -> &'static [&'static str] {
    match open {
        "„" => &["“", "”", "\""],
        "“" => &["”", "“"],
        "»" => &["«"],
        "«" => &["»"],
        "‚" => &["‘", "’"],
        "‘" => &["’"],
        "‹" => &["›"],
        "›" => &["‹"],
        "\"" | "＂" => &["\"", "＂"],
        _ => &[],
    }
}

fn glued_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i - 1].span.end == tokens[i].span.start
        && !matches!(tokens[i - 1].text(text), "(" | "[" | "–" | "—")
}

fn glued_after(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.span.start == tokens[i].span.end)
}

/// All quotations in `text`, outermost only, in text order.
pub fn find_quotations(text: &str, tokens: &[Token]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let mark = t.text(text);
        let opens = t.kind == TokenKind::Quote
            && !closers(mark).is_empty()
            && glued_after(tokens, i)
            && !glued_before(text, tokens, i);
        if !opens {
            i += 1;
            continue;
        }
        let close = closers(mark);
        let mut found = None;
        let mut j = i + 1;
        while j < tokens.len() {
            let gap = &text[tokens[j - 1].span.end..tokens[j].span.start];
            if gap.contains("\n\n") || tokens[j].span.start - t.span.end > 5000 {
                break; // a quotation closes within its paragraph
            }
            let u = &tokens[j];
            if u.kind == TokenKind::Quote
                && close.contains(&u.text(text))
                && glued_before(text, tokens, j)
            {
                found = Some(j);
                break;
            }
            j += 1;
        }
        match found {
            Some(j) if j > i + 1 => {
                out.push(Quotation {
                    outer: Span::new(t.span.start, tokens[j].span.end),
                    content: Span::new(tokens[i + 1].span.start, tokens[j - 1].span.end),
                    open_token: i,
                    close_token: j,
                });
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokens;

    fn quoted(text: &str) -> Vec<&str> {
        let t = tokens(text);
        find_quotations(text, &t)
            .iter()
            .map(|q| q.content.slice(text))
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(
            quoted("Sie sagte: „Wir schaffen das.“"),
            ["Wir schaffen das."]
        );
        assert_eq!(quoted("He said “we will” today"), ["we will"]);
        assert_eq!(quoted("»Nie wieder«, rief er"), ["Nie wieder"]);
        assert_eq!(quoted("«Jamais», dit-il"), ["Jamais"]);
        assert_eq!(quoted("Er sagte \"Ja, gern\" und ging"), ["Ja, gern"]);
        assert_eq!(quoted("‚Nein‘ hieß es"), ["Nein"]);
    }

    #[test]
    fn interrupted_quote_gives_two() {
        assert_eq!(
            quoted("„Das ist falsch“, sagte sie, „und das wissen alle.“"),
            ["Das ist falsch", "und das wissen alle."]
        );
    }

    #[test]
    fn spans_sentences_but_not_paragraphs() {
        assert_eq!(
            quoted("„Wir gehen. Wir kommen nie zurück.“ Ende"),
            ["Wir gehen. Wir kommen nie zurück."]
        );
        assert!(quoted("„Offen\n\nZu“").is_empty());
    }

    #[test]
    fn unbalanced_marks_find_nothing() {
        assert!(quoted("„Nur offen").is_empty());
        assert!(quoted("Nur zu“").is_empty());
        assert!(quoted("Jonas’ Buch").is_empty());
    }
}
