//! Finds the article date in the text: a publication note ("Veröffentlicht am 6. November
//! 2024"), a dateline ("Berlin, 6. November 2024 –"), an update note ("Stand: 06.11.2024") or a
//! date heading one of the first lines.
//!
//! Only the first lines are searched (see [`MAX_LINES`], [`MAX_BYTES`]); a date further down is a
//! date the article talks about, not the day it was written, so it is never used as the anchor.
//! HTML metadata is not read here (the text has no markup by the time it arrives).

use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

use super::grammar::{classify_all, Matcher};
use super::lexicon::Lexicon;
use super::{Anchor, AnchorSource};

/// How many lines from the top are searched.
pub const MAX_LINES: usize = 8;
/// How many bytes from the top are searched at most.
pub const MAX_BYTES: usize = 1500;

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// The anchor found in the head of `text`, if any.
pub(crate) fn find(lexicon: &Lexicon, text: &str, toks: &[Token]) -> Option<Anchor> {
    // the head: first MAX_LINES non-empty lines, at most MAX_BYTES
    let mut limit = text.len().min(MAX_BYTES);
    let mut lines = 0;
    let mut seen_text = false;
    for (k, c) in text.char_indices() {
        if k >= limit {
            break;
        }
        if c == '\n' {
            if seen_text {
                lines += 1;
            }
            seen_text = false;
            if lines >= MAX_LINES {
                limit = k;
                break;
            }
        } else if !c.is_whitespace() {
            seen_text = true;
        }
    }
    let n = toks.iter().take_while(|t| t.span.end <= limit).count();
    if n == 0 {
        return None;
    }
    let head = &toks[..n];
    let (lex, _) = classify_all(lexicon, text, head);
    let m = Matcher {
        text,
        toks: head,
        lex: &lex,
        start: 0,
        end: n,
    };
    let line_start =
        |i: usize| i == 0 || text[head[i - 1].span.end..head[i].span.start].contains('\n');
    let mut best: Option<(u8, Anchor)> = None;
    let mut consider = |rank: u8, anchor: Anchor| {
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((rank, anchor));
        }
    };
    let mut next = 0;
    for i in 0..n {
        if i < next {
            continue; // inside the previous date ("Mittwoch, 6. November 2024")
        }
        let Some((end, date)) = m.full_date(i) else {
            continue;
        };
        next = end;
        let span = Some(Span::new(head[i].span.start, head[end - 1].span.end));
        // cue words before the date, within the same line: skip "am", "on", ":", ","
        let mut k = i;
        while k > 0
            && matches!(
                lower(head[k - 1].text(text)).as_str(),
                "am" | "on" | ":" | "," | "vom" | "um" | "-" | "–" | "\"" | "=" | "'"
            )
        {
            if line_start(k) {
                break;
            }
            k -= 1;
        }
        let cue = if k > 0 && (k < i || !line_start(k)) {
            lower(head[k - 1].text(text))
        } else {
            String::new()
        };
        let rank_source = match cue.as_str() {
            "veröffentlicht"
            | "published"
            | "erschienen"
            | "publiziert"
            | "erstellt"
            | "posted"
            | "datepublished"
            | "article:published_time"
            | "pubdate" => Some((0, AnchorSource::Published)),
            "stand"
            | "aktualisiert"
            | "updated"
            | "geändert"
            | "update"
            | "zuletzt"
            | "datemodified"
            | "article:modified_time" => Some((2, AnchorSource::Updated)),
            _ => None,
        };
        if let Some((rank, source)) = rank_source {
            consider(rank, Anchor { date, source, span });
            continue;
        }
        // Dateline: "Berlin, 6. November 2024 –" / "BERLIN (dpa), 6. November 2024:"
        let mut p = i;
        if p > 0 && head[p - 1].text(text) == "," {
            p -= 1;
            let mut words = 0;
            while p > 0 && !line_start(p) {
                let t = &head[p - 1];
                // "BERLIN (dpa)": agency names in brackets may be lower case
                let in_brackets =
                    p >= 2 && head[p - 2].text(text) == "(" || head[p].text(text) == ")";
                let ok = matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                    && (t.text(text).starts_with(char::is_uppercase)
                        || in_brackets
                        || t.text(text).starts_with("dpa"))
                    || matches!(t.text(text), "(" | ")" | "/");
                if !ok {
                    break;
                }
                words += usize::from(t.kind == TokenKind::Word);
                p -= 1;
            }
            let after = head.get(end).map(|t| t.text(text));
            let after_ok = after.is_none_or(|a| matches!(a, "–" | "-" | "—" | "(" | ":" | "|"))
                || head
                    .get(end)
                    .is_some_and(|t| text[head[end - 1].span.end..t.span.start].contains('\n'));
            if line_start(p) && (1..=4).contains(&words) && after_ok {
                consider(
                    1,
                    Anchor {
                        date,
                        source: AnchorSource::Dateline,
                        span,
                    },
                );
                continue;
            }
        }
        // A date heading a line, followed on that line by nothing but a clock time: not a headline
        // such as "9. November 1989: Die Mauer fällt".
        let rest_is_time = head[end..]
            .iter()
            .enumerate()
            .take_while(|&(k, _)| !line_start(end + k))
            .all(|(_, t)| {
                matches!(t.kind, TokenKind::Number | TokenKind::Dash)
                    || matches!(
                        t.text(text),
                        "Uhr" | "|" | "," | "/" | "·" | "•" | "(" | ")"
                    )
            });
        if line_start(i) && rest_is_time {
            consider(
                3,
                Anchor {
                    date,
                    source: AnchorSource::Header,
                    span,
                },
            );
        }
    }
    best.map(|(_, a)| a)
}
