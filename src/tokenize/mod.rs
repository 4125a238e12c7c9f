//! Tokens and sentences of German and English news text, with byte offsets.
//!
//! The tokenizer is a single left-to-right scan that knows what news text contains: abbreviations
//! (`z. B.`, `Dr.`, `u. a.`), ordinals (`am 6. November`), numbers (`10.000`, `6,5`, `14.30`),
//! hyphenated names (`Max-Planck-Institut`, `Lee Jae-myung`), every quote style (`„…“ “…” »…«
//! "…" ‚…‘`), dashes, URLs, e-mail addresses, emoji sequences and combining marks. The sentence
//! splitter works on its tokens. Every later stage (NER, dates, claims) shares this output.
//!
//! It does not normalize, lowercase or lemmatize, and it does not decide what a quote *means*
//! (opening or closing is the claim detector's job): it only says that a token is a quote mark.

mod abbrev;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What a token is, as far as the tokenizer can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters (and digits mixed with letters): `Haus`, `EU-Kommissarin`, `COVID-19`, `1990er`.
    Word,
    /// Digits with optional `.`/`,`/`:` groups: `10.000`, `6,5`, `14.30`, `6.11.2024`.
    Number,
    /// A number followed by its period: `6.` in "am 6. November".
    Ordinal,
    /// A known abbreviation or initial including its period(s): `Dr.`, `z.`, `z.B.`, `J.`.
    Abbreviation,
    /// A quotation mark of any style.
    Quote,
    /// A dash or a free-standing hyphen.
    Dash,
    /// A URL or e-mail address.
    Url,
    /// Sentence and clause punctuation, brackets: `. , ; : ! ? … ( ) [ ]`.
    Punct,
    /// Anything else: currency signs, `%`, `&`, emoji (with modifiers), other symbols.
    Symbol,
}

/// One token: its byte span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span into the text.
    pub span: Span,
    /// Kind of token.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// One sentence: its byte span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span from the first token's start to the last token's end.
    pub span: Span,
    /// Indexes into the token list.
    pub tokens: Range<usize>,
}

/// Tokens and sentences of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokenized {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// All sentences in text order; together they cover every token exactly once.
    pub sentences: Vec<Sentence>,
}

/// Splits `text` into tokens and sentences.
pub fn tokenize(text: &str) -> Tokenized {
    let tokens = tokens(text);
    let sentences = sentences(text, &tokens);
    Tokenized { tokens, sentences }
}

/// Quotation marks of every style the tokenizer recognises.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '„'
            | '“'
            | '”'
            | '»'
            | '«'
            | '‚'
            | '‘'
            | '’'
            | '‹'
            | '›'
            | '\''
            | '‟'
            | '❝'
            | '❞'
            | '＂'
    )
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '–' | '—' | '‒' | '―' | '−')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Combining marks and other characters that extend the preceding letter.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F | 0x00AD | 0x200C)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn is_emoji_extender(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn starts_with_ci(text: &str, i: usize, prefix: &str) -> bool {
    text.get(i..i + prefix.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
}

/// Splits `text` into tokens (no sentences). Whitespace is dropped; nothing else is.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}' {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = scan_token(text, i, c);
        debug_assert!(end > i);
        out.push(Token {
            span: Span::new(i, end),
            kind,
        });
        i = end;
    }
    out
}

fn scan_token(text: &str, i: usize, c: char) -> (usize, TokenKind) {
    if let Some(end) = scan_url(text, i) {
        return (end, TokenKind::Url);
    }
    if is_word_char(c) {
        return scan_word(text, i);
    }
    let next = i + c.len_utf8();
    if c == '.' && text[next..].starts_with("..") {
        return (next + 2, TokenKind::Punct);
    }
    if is_quote_char(c) {
        // A genitive apostrophe ("Jonas’ Buch") is a quote token too; the claim detector only
        // pairs quote marks that open and close.
        return (next, TokenKind::Quote);
    }
    if is_dash_char(c) || is_hyphen(c) {
        // "--" as a dash
        let mut end = next;
        while let Some(d) = char_at(text, end).filter(|&d| is_hyphen(d) || is_dash_char(d)) {
            end += d.len_utf8();
        }
        return (end, TokenKind::Dash);
    }
    if matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' | '(' | ')' | '[' | ']' | '{' | '}' | '¿' | '¡'
    ) {
        return (next, TokenKind::Punct);
    }
    // Symbols and emoji, with their modifier sequences.
    let mut end = next;
    if is_regional_indicator(c) {
        if let Some(d) = char_at(text, end).filter(|&d| is_regional_indicator(d)) {
            end += d.len_utf8();
        }
        return (end, TokenKind::Symbol);
    }
    loop {
        match char_at(text, end) {
            Some(d) if is_emoji_extender(d) || is_mark(d) => end += d.len_utf8(),
            Some('\u{200D}') => {
                end += '\u{200D}'.len_utf8();
                if let Some(d) = char_at(text, end).filter(|d| !d.is_whitespace()) {
                    end += d.len_utf8();
                }
            }
            _ => break,
        }
    }
    (end, TokenKind::Symbol)
}

/// `http://…`, `https://…`, `www.…` or `name@host.tld`.
fn scan_url(text: &str, i: usize) -> Option<usize> {
    let stop =
        |c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '„' | '“' | '”' | '»' | '«');
    let run_end = |from: usize| {
        text[from..]
            .char_indices()
            .find(|&(_, c)| stop(c))
            .map_or(text.len(), |(k, _)| from + k)
    };
    let is_url = starts_with_ci(text, i, "http://")
        || starts_with_ci(text, i, "https://")
        || starts_with_ci(text, i, "www.");
    let end = if is_url {
        run_end(i)
    } else {
        // e-mail: only when the run of mail-address characters has an @ and a dot after it
        let c = char_at(text, i)?;
        if !c.is_alphanumeric() {
            return None;
        }
        let end = text[i..]
            .char_indices()
            .find(|&(k, c)| {
                // Addresses are at most 254 bytes; the bound keeps long runs linear.
                k > 254 || !(c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '@'))
            })
            .map_or(text.len(), |(k, _)| i + k);
        let run = &text[i..end];
        let at = run.find('@')?;
        if at == 0
            || !run[at + 1..].trim_end_matches('.').contains('.')
            || run[at + 1..].contains('@')
        {
            return None;
        }
        end
    };
    // Trim trailing punctuation, and closing brackets that are not balanced inside the URL.
    let mut end = end;
    loop {
        let s = &text[i..end];
        let Some(last) = s.chars().next_back() else {
            break;
        };
        let unbalanced = |open: char, close: char| {
            last == close && s.matches(open).count() < s.matches(close).count()
        };
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | '‘' | '*' | '_'
        ) || unbalanced('(', ')')
            || unbalanced('[', ']')
        {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    let min = if is_url { "www.".len() + 1 } else { 3 };
    (end > i + min).then_some(end)
}

fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let mut i = start;
    let mut has_alpha = false;
    let mut has_sep = false;
    loop {
        // a run of word characters
        while let Some(c) = char_at(text, i).filter(|&c| is_word_char(c)) {
            has_alpha |= c.is_alphabetic();
            i += c.len_utf8();
        }
        let Some(c) = char_at(text, i) else { break };
        let after = char_at(text, i + c.len_utf8());
        let prev_c = text[..i].chars().next_back();
        let digit_both =
            prev_c.is_some_and(|p| p.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
        if is_hyphen(c) && after.is_some_and(is_word_char) {
            // Max-Planck-Institut, Lee Jae-myung, COVID-19
            i += c.len_utf8();
            has_alpha = true;
            continue;
        }
        if matches!(c, '\'' | '’') && after.is_some_and(|a| a.is_alphabetic()) && has_alpha {
            // geht's, O'Neill
            i += c.len_utf8();
            continue;
        }
        if matches!(c, '.' | ',' | ':') && digit_both && !has_alpha {
            // 10.000, 6,5, 14.30, 6.11.2024, 14:30
            i += 1;
            has_sep = true;
            continue;
        }
        break;
    }
    let word = &text[start..i];
    // A trailing hyphen before "und"/"oder"/","/"bis": "Ein- und Ausreise".
    if let Some(h) = char_at(text, i).filter(|&h| has_alpha && is_hyphen(h)) {
        let after = i + h.len_utf8();
        let rest = text[after..].trim_start();
        if ["und ", "oder ", "bzw. ", "sowie ", "bis ", ", "]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            return (after, TokenKind::Word);
        }
    }
    if char_at(text, i) == Some('.') {
        if let Some(end) = abbreviation_end(text, i, word, has_alpha) {
            return (end, TokenKind::Abbreviation);
        }
        if !has_alpha && is_ordinal(text, i, word, has_sep) {
            return (i + 1, TokenKind::Ordinal);
        }
    }
    let kind = if has_alpha {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    (i, kind)
}

/// `word` (text[start..dot]) is followed by a period at `dot`: is it an abbreviation, and where
/// does it end? Handles multi-dot forms written without spaces: `z.B.`, `u.a.`, `U.S.`, `e.V.`.
fn abbreviation_end(text: &str, dot: usize, word: &str, has_alpha: bool) -> Option<usize> {
    if !has_alpha {
        return None;
    }
    // Multi-dot chains of short letter groups: z.B. / d.h. / U.S.A.
    let mut end = dot + 1;
    let mut groups = 1;
    if word.chars().count() <= 2 {
        loop {
            let rest = &text[end..];
            let g: usize = rest
                .char_indices()
                .take_while(|&(_, c)| c.is_alphabetic())
                .map(|(k, c)| k + c.len_utf8())
                .last()
                .unwrap_or(0);
            if g > 0 && rest[..g].chars().count() <= 2 && rest[g..].starts_with('.') {
                end += g + 1;
                groups += 1;
            } else {
                break;
            }
        }
    }
    if groups > 1 {
        return Some(end);
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let single = chars.next().is_none();
    if single && first.is_alphabetic() {
        return Some(dot + 1); // initials (J. R. R. Tolkien) and z. B., u. a., d. h.
    }
    abbrev::is_abbreviation(word).then_some(dot + 1)
}

/// A number followed by a period: ordinal ("am 6. November", "3. Spieltag", "im 20. Jahrhundert",
/// "am 6.11. in Berlin") unless the period ends the text or a paragraph, or the number is long.
fn is_ordinal(text: &str, dot: usize, number: &str, has_sep: bool) -> bool {
    let last_group = number.rsplit(['.', ',', ':']).next().unwrap_or(number);
    if number.contains([',', ':']) || last_group.len() > 2 && (has_sep || last_group.len() > 3) {
        return false;
    }
    let rest = &text[dot + 1..];
    let ws: usize = rest
        .char_indices()
        .take_while(|&(_, c)| c.is_whitespace() && c != '\n')
        .map(|(k, c)| k + c.len_utf8())
        .last()
        .unwrap_or(0);
    if ws == 0 {
        return false; // "5.Platz" is rare; "Ende 12.)" etc.
    }
    match rest[ws..].chars().next() {
        Some(c) => c.is_alphanumeric() || matches!(c, '(' | '-' | '–'),
        None => false,
    }
}

fn is_sentence_final(tok: &Token, text: &str) -> bool {
    tok.kind == TokenKind::Punct && matches!(tok.text(text), "." | "!" | "?" | "…" | "...")
}

fn starts_sentence(tok: &Token, text: &str) -> bool {
    let Some(c) = tok.text(text).chars().next() else {
        return false;
    };
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            tok.kind,
            TokenKind::Quote | TokenKind::Dash | TokenKind::Url | TokenKind::Symbol
        )
        || matches!(c, '(' | '[' | '¿' | '¡')
}

/// Splits a token list into sentences. Boundaries: after `. ! ? …` (with the closing quotes and
/// brackets that follow them) when the next token can start a sentence; at blank lines; at a
/// single line break unless the next line starts in lower case (a wrapped line).
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let mut boundary = false;
        let tok = &tokens[i];
        let closes = is_sentence_final(tok, text)
            || (tok.kind == TokenKind::Abbreviation && abbrev::may_end_sentence(tok.text(text)));
        if closes {
            // absorb closing quotes/brackets and further final punctuation glued to it
            while let Some(n) = tokens.get(last + 1) {
                let glued = n.span.start == tokens[last].span.end;
                let closing = matches!(n.kind, TokenKind::Quote)
                    || matches!(n.text(text), ")" | "]")
                    || is_sentence_final(n, text);
                if glued && closing {
                    last += 1;
                } else {
                    break;
                }
            }
            boundary = match tokens.get(last + 1) {
                None => true,
                Some(n) => {
                    starts_sentence(n, text)
                        && (tok.kind != TokenKind::Abbreviation
                            || n.text(text).starts_with(char::is_uppercase))
                }
            };
        }
        if !boundary {
            if let Some(n) = tokens.get(last + 1) {
                let gap = &text[tokens[last].span.end..n.span.start];
                let newlines = gap.matches('\n').count();
                let next_lower = n.text(text).starts_with(char::is_lowercase);
                boundary = newlines >= 2 || (newlines == 1 && !next_lower);
            } else {
                boundary = true;
            }
        }
        if boundary {
            out.push(Sentence {
                span: Span::new(tokens[first].span.start, tokens[last].span.end),
                tokens: first..last + 1,
            });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}

#[cfg(test)]
mod tests;
