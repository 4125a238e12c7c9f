//! The temporal grammar: hand-written rules that match over the shared tokens (each classified
//! once by [`super::lexicon`]) and say what they found as a [`Raw`] expression with its extent.
//!
//! At every token all rules are tried and the longest match wins; matching then continues after
//! it. The rules only read a few tokens around the current one, so the pass is linear in the
//! text. This module does not resolve anything against the anchor (see [`super::normalize`]).

use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

use super::lexicon::{Cue, Func, Holiday, Lex, Lexicon, Part, Unit};
use super::normalize::{Raw, Tense};

/// One recognised expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    /// Byte extent.
    pub span: Span,
    /// What it is.
    pub raw: Raw,
    /// A tense the local context imposes ("seit Sonntag" is past).
    pub tense: Option<Tense>,
}

/// The token after a match and the hits it produced.
type Match = (usize, Vec<Hit>);

/// A grammar rule: tries to match at a token index.
type Rule<'a> = fn(&Matcher<'a>, usize) -> Option<Match>;

/// The tokens of one sentence and their classes.
pub(crate) struct Matcher<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub lex: &'a [Lex],
    /// First token of the sentence.
    pub start: usize,
    /// One past the last token of the sentence.
    pub end: usize,
}

/// Words before a number that make it anything but a date (lower case, sorted).
#[rustfmt::skip]
const NOT_DATE_AFTER: &[&str] = &[
    "+", "abs", "absatz", "aktenzeichen", "art", "artikel", "ausgabe", "az", "band", "bus", "fax",
    "flug", "gleis", "handy", "hausnummer", "heft", "isbn", "kapitel", "kennziffer", "linie",
    "minute", "mobil", "modell", "no", "nr", "number", "nummer", "page", "paragraf", "paragrafen",
    "paragraph", "platz", "plz", "postfach", "randnummer", "rang", "raum", "release", "rn", "runde",
    "rz", "s", "seite", "seiten", "spieltag", "startnummer", "tel", "telefon", "typ", "update", "v",
    "version", "ziffer", "zimmer", "§", "§§",
];

/// Tokens before a number that make it anything but a date.
fn blocks_number_before(w: &str) -> bool {
    let w = w.to_lowercase();
    NOT_DATE_AFTER
        .binary_search(&w.trim_end_matches('.'))
        .is_ok()
}

/// Words after a number that make it a count, not a year (lower case, sorted).
#[rustfmt::skip]
const COUNTED: &[&str] = &[
    "$", "%", "*", "+", "abgeordnete", "arten", "autos", "beschäftigte", "besucher",
    "besucherinnen", "cent", "chf", "ct", "delegierte", "dm", "dollar", "einwohner", "eur", "euro",
    "euros", "exemplare", "fahrzeuge", "fans", "flüchtlinge", "franken", "frauen", "fälle",
    "geflüchtete", "grad", "gramm", "gulden", "gw", "hektar", "häuser", "infizierte", "jobs", "kg",
    "kilo", "kilometer", "kinder", "km", "kw", "kwh", "leute", "lire", "liter", "m", "mal", "mark",
    "menschen", "meter", "milliarden", "millionen", "mio", "mitarbeitende", "mitarbeiter",
    "mitglieder", "mrd", "mw", "männer", "neuinfektionen", "patienten", "personen", "pfund",
    "prozent", "ps", "punkte", "quadratmeter", "reichsmark", "rubel", "schüler", "seiten", "sitze",
    "soldaten", "stellen", "stimmen", "studenten", "stück", "taler", "tausend", "teilnehmer",
    "tiere", "tonnen", "tore", "tote", "toten", "unterschriften", "verletzte", "wohnungen", "x",
    "yen", "zuschauer", "°", "×", "€",
];

/// Tokens after a number that make it a count, not a year.
fn blocks_year_after(w: &str) -> bool {
    let w = w.to_lowercase();
    COUNTED.binary_search(&w.trim_end_matches('.')).is_ok()
}

fn is_year(v: u32) -> bool {
    (1000..=2199).contains(&v)
}

/// Splits `s` into all-digit groups separated by `sep`; `None` when any group is empty or not
/// made of digits.
fn digit_groups(s: &str, sep: char) -> Option<Vec<&str>> {
    let groups: Vec<&str> = s.split(sep).collect();
    groups
        .iter()
        .all(|g| !g.is_empty() && g.len() <= 4 && g.bytes().all(|b| b.is_ascii_digit()))
        .then_some(groups)
}

/// A day from parsed numbers (already validated).
fn ymd(y: Option<i32>, m: u32, d: u32) -> Raw {
    Raw::Ymd {
        y,
        m: m as u8,
        d: d as u8,
    }
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

fn valid_md(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && u32::from(crate::document::days_in_month(2000, m as u8)) >= d
}

fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && u32::from(crate::document::days_in_month(y, m as u8)) >= d
}

/// Two-digit years: 00–69 → 20xx, 70–99 → 19xx.
fn expand_year(yy: u32) -> i32 {
    if yy < 70 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

/// An amount before a unit: digits, number words, "anderthalb", "1,5"; `X` for vague words.
fn amount(lex: Lex, text: &str) -> Option<String> {
    match lex {
        Lex::Int(v) if v > 0 => Some(v.to_string()),
        Lex::NumWord(v) => Some(v.to_string()),
        Lex::HalfNum(v) => Some(format!("{v}.5")),
        Lex::Vague => Some("X".to_string()),
        Lex::Other => {
            // "1,5" (decimal comma) or "10.000" (thousands)
            if let Some([int, frac]) = digit_groups(text, ',').as_deref() {
                let frac = frac.trim_end_matches('0');
                return Some(if frac.is_empty() {
                    int.to_string()
                } else {
                    format!("{int}.{frac}")
                });
            }
            let groups = digit_groups(text, '.')?;
            let thousands = groups.len() >= 2
                && groups[1..].iter().all(|g| g.len() == 3)
                && groups[0].len() <= 3;
            thousands.then(|| groups.concat().trim_start_matches('0').to_string())
        }
        _ => None,
    }
}

impl<'a> Matcher<'a> {
    fn lx(&self, i: usize) -> Lex {
        if i >= self.start && i < self.end {
            self.lex[i]
        } else {
            Lex::Other
        }
    }

    fn t(&self, i: usize) -> &'a str {
        if i < self.end {
            self.toks[i].text(self.text)
        } else {
            ""
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        (i < self.end).then(|| self.toks[i].kind)
    }

    fn prev(&self, i: usize) -> Option<usize> {
        (i > self.start).then(|| i - 1)
    }

    fn prev_lex(&self, i: usize) -> Lex {
        self.prev(i).map_or(Lex::Other, |p| self.lex[p])
    }

    fn prev_text(&self, i: usize) -> &'a str {
        self.prev(i).map_or("", |p| self.t(p))
    }

    fn is_func(&self, i: usize, f: Func) -> bool {
        self.lx(i) == Lex::Func(f)
    }

    fn span(&self, i: usize, j: usize) -> Span {
        Span::new(self.toks[i].span.start, self.toks[j - 1].span.end)
    }

    fn hit(&self, i: usize, j: usize, raw: Raw) -> Option<Match> {
        Some((
            j,
            vec![Hit {
                span: self.span(i, j),
                raw,
                tense: None,
            }],
        ))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.t(i).starts_with(char::is_uppercase)
    }

    /// A 4-digit year token at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.lx(i) {
            Lex::Int(v) if is_year(v) && self.t(i).len() == 4 => Some(v as i32),
            _ => None,
        }
    }

    /// All hits starting at token `i`, the longest match; `None` when nothing starts here.
    pub(crate) fn at(&self, i: usize) -> Option<Match> {
        // Only numbers can start a match without a temporal word.
        if self.lx(i) == Lex::Other
            && !self.t(i).starts_with(|c: char| c.is_ascii_digit())
            && self.t(i) != "Christi"
            && self.short_weekday(i).is_none()
        {
            return None;
        }
        let rules: [Rule<'a>; 15] = [
            Self::holiday,
            Self::numeric_date,
            Self::day_month,
            Self::day_range,
            Self::month,
            Self::year,
            Self::decade_century,
            Self::quarter_week,
            Self::season,
            Self::relative_day,
            Self::weekday,
            Self::relative,
            Self::duration,
            Self::time,
            Self::set,
        ];
        let mut best: Option<Match> = None;
        for rule in rules {
            if let Some((end, hits)) = rule(self, i) {
                if best.as_ref().is_none_or(|(e, _)| end > *e) {
                    best = Some((end, hits));
                }
            }
        }
        let (end, mut hits) = best.or_else(|| self.reference(i))?;
        // "im März vergangenen Jahres", "am 6. Mai des Vorjahres", "im Sommer dieses Jahres"
        if let [hit] = hits.as_mut_slice() {
            if raw_without_year(&hit.raw) {
                if let Some((after, off)) = self.relative_year(end) {
                    let inner = Box::new(hit.raw.clone());
                    hit.raw = Raw::InYear { off, inner };
                    hit.span = hit.span.cover(self.span(end, after));
                    return Some((after, hits));
                }
            }
        }
        Some((end, hits))
    }

    /// True when the expression starting at token `i` follows "seit" (optionally with an article:
    /// "seit dem 1. Januar"), which makes it past whatever the verb says.
    pub(crate) fn after_seit(&self, i: usize) -> bool {
        let Some(p) = self.prev(i) else { return false };
        let p = if self.is_func(p, Func::Article) {
            match self.prev(p) {
                Some(q) => q,
                None => return false,
            }
        } else {
            p
        };
        self.is_func(p, Func::Seit)
    }

    /// The index after an abbreviated weekday followed by a comma: "Mi., 06.11.2024" (the
    /// tokenizer gives "Mi" "." or "Di."); `None` otherwise.
    fn short_weekday(&self, j: usize) -> Option<usize> {
        let names = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
        let t = self.t(j);
        let after = if names.contains(&t) && self.t(j + 1) == "." {
            j + 2
        } else if t.strip_suffix('.').is_some_and(|n| names.contains(&n)) {
            j + 1
        } else {
            return None;
        };
        (self.t(after) == ",").then_some(after)
    }

    /// The index after approximating words before an amount: "vor rund 30 Jahren", "in knapp
    /// zwei Wochen", "vor mehr als zehn Jahren" (the value is the same; TIMEX3 `mod` is not given).
    fn skip_approx(&self, j: usize) -> usize {
        match (self.t(j), self.t(j + 1)) {
            ("mehr" | "weniger" | "gut", "als") => j + 2,
            (
                "rund" | "etwa" | "knapp" | "gut" | "fast" | "ungefähr" | "circa" | "ca." | "zirka"
                | "über" | "genau" | "exakt" | "nur" | "bereits" | "schon" | "erst" | "nahezu"
                | "beinahe",
                _,
            ) => j + 1,
            _ => j,
        }
    }

    /// True when token `i` follows "in" and an article ("in der Nacht", "in den frühen …").
    fn after_in_article(&self, i: usize) -> bool {
        matches!((i.checked_sub(2), self.prev_lex(i)), (Some(k), Lex::Func(Func::Article)) if k >= self.start && self.is_func(k, Func::In))
    }

    /// True when the expression starting at token `i` follows "zum", "ab" or "bis" (optionally
    /// with an article: "ab dem 1. Juli"), which points forward in a present-tense clause.
    pub(crate) fn after_forward_prep(&self, i: usize) -> bool {
        let Some(p) = self.prev(i) else { return false };
        let p = match self.prev(p) {
            Some(q) if self.is_func(p, Func::Article) => q,
            _ => p,
        };
        matches!(self.t(p), "zum" | "ab" | "bis" | "Ab" | "Bis" | "Zum")
    }

    /// A year relative to the anchor after a date: `vergangenen Jahres`, `des Vorjahres`,
    /// `dieses Jahres`; the index after it and the offset in years (`None` for "desselben
    /// Jahres": the year of the date mentioned before).
    fn relative_year(&self, k: usize) -> Option<(usize, Option<i32>)> {
        let k = if self.is_func(k, Func::Article) {
            k + 1
        } else {
            k
        };
        match (self.lx(k), self.lx(k + 1)) {
            (Lex::Modifier(o), Lex::Unit(Unit::Year, false)) => Some((k + 2, Some(i32::from(o)))),
            (Lex::RelNoun(Unit::Year, o), _) if self.t(k).to_lowercase().starts_with("vorjahr") => {
                Some((k + 1, Some(i32::from(o))))
            }
            // "im Mai desselben Jahres": the year of the date mentioned before
            (_, Lex::Unit(Unit::Year, false))
                if matches!(self.t(k), "desselben" | "selben" | "gleichen") =>
            {
                Some((k + 2, None))
            }
            _ => None,
        }
    }

    // ----- dates -----

    /// `6.11.2024`, `06.11.24`, `6.11.` (ordinal token), `2024-11-06`, year ranges `2019-2021`.
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let t = self.t(i);
        if !t.starts_with(|c: char| c.is_ascii_digit()) || blocks_number_before(self.prev_text(i)) {
            return None;
        }
        match self.kind(i)? {
            TokenKind::Number => {
                let g = digit_groups(t, '.')?;
                if g.len() != 3
                    || g[0].len() > 2
                    || g[1].len() > 2
                    || !(g[2].len() == 2 || g[2].len() == 4)
                {
                    return None;
                }
                let (d, m, y) = (num(g[0])?, num(g[1])?, num(g[2])?);
                let y = if g[2].len() == 2 {
                    expand_year(y)
                } else {
                    y as i32
                };
                if !valid_ymd(y, m, d) {
                    return None;
                }
                self.hit(i, i + 1, ymd(Some(y), m, d))
            }
            TokenKind::Ordinal => {
                // "6. 11. 2024": day and month as two ordinals, only with a year
                if let (Lex::Ordinal(d), Lex::Ordinal(m), Some(y)) =
                    (self.lx(i), self.lx(i + 1), self.year_at(i + 2))
                {
                    if t.len() <= 3 && self.t(i + 1).len() <= 3 && valid_ymd(y, m, d) {
                        return self.hit(i, i + 3, ymd(Some(y), m, d));
                    }
                }
                let g = digit_groups(t.strip_suffix('.')?, '.')?;
                if g.len() != 2 || g[0].len() > 2 || g[1].len() > 2 {
                    return None;
                }
                let (d, m) = (num(g[0])?, num(g[1])?);
                if !valid_md(m, d) {
                    return None;
                }
                // "6.11. 2024"
                if let Some(y) = self.year_at(i + 1) {
                    if valid_ymd(y, m, d) {
                        return self.hit(i, i + 2, ymd(Some(y), m, d));
                    }
                }
                self.hit(i, i + 1, ymd(None, m, d))
            }
            TokenKind::Word => {
                // ISO timestamps "2024-11-06T10:00:00+01:00": the date part
                if t.len() > 10 && t.as_bytes()[10] == b'T' && t.is_char_boundary(10) {
                    let g = digit_groups(&t[..10], '-')?;
                    if let [y, m, d] = g.as_slice() {
                        let (y, m, d) = (num(y)? as i32, num(m)?, num(d)?);
                        if g[0].len() == 4 && valid_ymd(y, m, d) {
                            let start = self.toks[i].span.start;
                            let span = Span::new(start, start + 10);
                            return Some((
                                i + 1,
                                vec![Hit {
                                    span,
                                    raw: ymd(Some(y), m, d),
                                    tense: None,
                                }],
                            ));
                        }
                    }
                    return None;
                }
                let g = digit_groups(t, '-')?;
                if g.len() == 3 && g[0].len() == 4 && g[1].len() == 2 && g[2].len() == 2 {
                    let (y, m, d) = (num(g[0])? as i32, num(g[1])?, num(g[2])?);
                    if !valid_ymd(y, m, d) {
                        return None;
                    }
                    return self.hit(i, i + 1, ymd(Some(y), m, d));
                }
                if g.len() == 2 && g[0].len() == 4 && (g[1].len() == 4 || g[1].len() == 2) {
                    // 2019-2021, 2019-21
                    let y1 = num(g[0])?;
                    let y2 = if g[1].len() == 2 {
                        y1 / 100 * 100 + num(g[1])?
                    } else {
                        num(g[1])?
                    };
                    if !is_year(y1) || !is_year(y2) || y2 <= y1 {
                        return None;
                    }
                    let s = self.toks[i].span;
                    let first = Span::new(s.start, s.start + 4);
                    let second = Span::new(s.end - g[1].len(), s.end);
                    let second_raw = Raw::Y(y2 as i32);
                    return Some((
                        i + 1,
                        vec![
                            Hit {
                                span: first,
                                raw: Raw::Y(y1 as i32),
                                tense: None,
                            },
                            Hit {
                                span: second,
                                raw: second_raw,
                                tense: None,
                            },
                        ],
                    ));
                }
                None
            }
            _ => None,
        }
    }

    /// The day number at `i` ("6." ordinal, or "6" before a month), with the next token index.
    fn day_at(&self, i: usize) -> Option<u8> {
        match self.lx(i) {
            Lex::Ordinal(d) | Lex::OrdWord(d) if (1..=31).contains(&d) => Some(d as u8),
            Lex::Int(d) if (1..=31).contains(&d) && self.t(i).len() <= 2 => Some(d as u8),
            _ => None,
        }
    }

    fn month_at(&self, i: usize) -> Option<u8> {
        match self.lx(i) {
            Lex::Month(m) => Some(m),
            _ => None,
        }
    }

    /// A month token that is an abbreviation (`Nov.`, `Jan`): only a month next to a day or year.
    fn month_is_abbrev(&self, i: usize) -> bool {
        let t = self.t(i);
        t.ends_with('.')
            || t.chars().count() <= 4
                && !matches!(
                    t.to_lowercase().as_str(),
                    "mai" | "juni" | "juli" | "märz" | "may" | "june" | "july"
                )
    }

    /// `[Montag, [den]] 6. November [2024]`, `November 6, 2024`, `6 November 2024`.
    fn day_month(&self, i: usize) -> Option<Match> {
        let mut j = i;
        // optional weekday prefix, also abbreviated: "Mi., 06.11.2024"
        let after_weekday = match self.lx(i) {
            Lex::Weekday(_, None) => Some(i + 1),
            _ => self.short_weekday(i),
        };
        if let Some(k) = after_weekday {
            j = k;
            if self.t(j) == "," {
                j += 1;
            }
            if self.is_func(j, Func::Article) {
                j += 1;
            }
            if self.day_at(j).is_none()
                && self.kind(j) != Some(TokenKind::Number)
                && self.kind(j) != Some(TokenKind::Ordinal)
            {
                return None;
            }
            if self.day_at(j).is_none() {
                // Montag, 6.11.2024
                let (end, hits) = self.numeric_date(j)?;
                let h = hits.into_iter().next()?;
                if !matches!(h.raw, Raw::Ymd { .. }) {
                    return None;
                }
                return self.hit(i, end, h.raw);
            }
        }
        if let Some(d) = self.day_at(j) {
            let m = self.month_at(j + 1)?;
            if !valid_md(u32::from(m), u32::from(d)) {
                return None;
            }
            if matches!(self.lx(j), Lex::Int(_))
                && self.year_at(j + 2).is_none()
                && self.month_is_abbrev(j + 1)
            {
                return None;
            }
            if let Some(y) = self.year_at(j + 2) {
                if valid_ymd(y, u32::from(m), u32::from(d)) {
                    return self.hit(i, j + 3, Raw::Ymd { y: Some(y), m, d });
                }
            }
            return self.hit(i, j + 2, Raw::Ymd { y: None, m, d });
        }
        // English: November 6[, 2024]
        let m = self.month_at(j)?;
        let Lex::Int(d) = self.lx(j + 1) else {
            return None;
        };
        if self.t(j + 1).len() > 2 || !valid_md(u32::from(m), d) {
            return None;
        }
        let d = d as u8;
        let mut k = j + 2;
        if self.t(k) == "," {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return self.hit(i, k + 1, Raw::Ymd { y: Some(y), m, d });
        }
        // without a year only after "on"/"by"/…: "im November 6 Tage" is no date
        let english = matches!(
            self.prev_text(j),
            "on" | "On" | "by" | "until" | "since" | "from"
        );
        if self.month_is_abbrev(j) || !english {
            return None;
        }
        self.hit(i, j + 2, Raw::Ymd { y: None, m, d })
    }

    /// `6. bis 8. November [2024]`, `6. und 7. Mai`: two dates.
    fn day_range(&self, i: usize) -> Option<Match> {
        // ("6.-8. November" does not get here: the sentence splitter cuts after "6.")
        let Lex::Ordinal(d1) = self.lx(i) else {
            return None;
        };
        let first_end = i + 1;
        let mut k = first_end;
        if !matches!(self.t(k), "bis" | "und" | "-" | "–" | "oder" | "/") {
            return None;
        }
        k += 1;
        if matches!(self.t(k), "zum" | "einschließlich") {
            k += 1; // "vom 6. bis zum 8. November"
        }
        let (end, mut hits) = self.day_month(k)?;
        let first = hits.first()?.clone();
        let Raw::Ymd { y, m, d: d2 } = first.raw else {
            return None;
        };
        if d1 == 0 || d1 > 31 || d1 as u8 >= d2 || !valid_md(u32::from(m), d1) {
            return None;
        }
        let raw = Raw::Ymd { y, m, d: d1 as u8 };
        hits.insert(
            0,
            Hit {
                span: self.span(i, first_end),
                raw,
                tense: None,
            },
        );
        Some((end, hits))
    }

    /// A position word with an optional article: `Anfang`, `Ende des`, `Mitte der`; the index after.
    fn pos_prefix(&self, i: usize) -> Option<usize> {
        if let Lex::Pos(_) = self.lx(i) {
            let j = if self.is_func(i + 1, Func::Article) {
                i + 2
            } else {
                i + 1
            };
            return Some(j);
        }
        None
    }

    /// `[Anfang|Mitte|Ende] November [2024]`, `im Juni`, `vergangenen Juni`.
    fn month(&self, i: usize) -> Option<Match> {
        let (j, has_pos) = match self.pos_prefix(i) {
            Some(j) => (j, true),
            None => (i, false),
        };
        let (j, dir) = match self.lx(j) {
            Lex::Modifier(d) => (j + 1, Some(d)),
            _ => (j, None),
        };
        let m = self.month_at(j)?;
        if let Some(y) = self.year_at(j + 1) {
            if dir.is_none() {
                return self.hit(i, j + 2, Raw::Ym { y: Some(y), m });
            }
        }
        if self.month_is_abbrev(j) {
            return None;
        }
        if let Some(d) = dir.filter(|&d| d != 0) {
            return self.hit(i, j + 1, Raw::MonthDir { m, dir: d });
        }
        if !self.capitalized(j) {
            return None;
        }
        // A bare month name: "August" and "Mai" are also names, so they need a preposition.
        let context = has_pos
            || dir.is_some()
            || matches!(
                self.prev_lex(j),
                Lex::Func(Func::In | Func::Seit | Func::OtherPrep | Func::Am)
                    | Lex::Func(Func::Article)
            );
        if !context && matches!(m, 5 | 8) {
            return None;
        }
        if !context
            && self
                .prev(j)
                .is_some_and(|p| self.kind(p) == Some(TokenKind::Word) && self.capitalized(p))
        {
            // "Papst Juni", "Herr August": a name
            return None;
        }
        let mut h = self.hit(i, j + 1, Raw::Ym { y: None, m })?;
        if self.is_func(self.prev(i).unwrap_or(usize::MAX), Func::Seit) {
            h.1[0].tense = Some(Tense::Past);
        }
        Some(h)
    }

    /// `2024`, `Jahr 2024`, `Anfang 2020`, `Sommer 2023` is [`Self::season`].
    fn year(&self, i: usize) -> Option<Match> {
        if let Some(j) = self.pos_prefix(i) {
            let j = if let Lex::Unit(Unit::Year, false) = self.lx(j) {
                j + 1
            } else {
                j
            };
            let y = self.year_at(j)?;
            return self.hit(i, j + 1, Raw::Y(y));
        }
        if let Lex::Unit(Unit::Year, false) = self.lx(i) {
            // "im Jahr 2020", also early years: "im Jahr 827"
            let y = self.year_at(i + 1).or(match self.lx(i + 1) {
                Lex::Int(v) if (1..1000).contains(&v) => Some(v as i32),
                _ => None,
            })?;
            return self.hit(i, i + 2, Raw::Y(y));
        }
        let y = self.year_at(i)?;
        if blocks_number_before(self.prev_text(i)) || blocks_year_after(self.t(i + 1)) {
            return None;
        }
        // phone numbers and number groups: digits on either side
        if matches!(self.prev_lex(i), Lex::Int(_)) || matches!(self.lx(i + 1), Lex::Int(_)) {
            return None;
        }
        if self.kind(i + 1) == Some(TokenKind::Number)
            || self
                .prev(i)
                .is_some_and(|p| self.kind(p) == Some(TokenKind::Number))
        {
            return None;
        }
        let context = matches!(
            self.prev_lex(i),
            Lex::Func(_) | Lex::Month(_) | Lex::Season(_) | Lex::Pos(_) | Lex::Unit(..)
        ) || matches!(self.prev_text(i), "–" | "-" | "/" | "(" | ",");
        if !context && !(1900..=2099).contains(&y) {
            return None;
        }
        self.hit(i, i + 1, Raw::Y(y))
    }

    /// `1990er Jahre`, `Neunzigerjahre`, `20. Jahrhundert`, `Anfang der 1990er Jahre`.
    fn decade_century(&self, i: usize) -> Option<Match> {
        let j = self.pos_prefix(i).unwrap_or(i);
        match self.lx(j) {
            Lex::Decade(y, jahre) => {
                let end = if !jahre && matches!(self.lx(j + 1), Lex::Unit(Unit::Year, true)) {
                    j + 2
                } else {
                    j + 1
                };
                self.hit(i, end, Raw::Decade(y))
            }
            Lex::Ordinal(n) | Lex::OrdWord(n) if (1..=30).contains(&n) => {
                if self.lx(j + 1) != Lex::Unit(Unit::Century, false) {
                    return None;
                }
                self.hit(i, j + 2, Raw::Century(n as i32))
            }
            _ => None,
        }
    }

    /// An explicit year after a quarter or week: `2024`, `des Jahres 2024`; the index after it.
    fn trailing_year(&self, j: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_at(j) {
            return Some((j + 1, y));
        }
        if self.is_func(j, Func::Article) && self.lx(j + 1) == Lex::Unit(Unit::Year, false) {
            let y = self.year_at(j + 2)?;
            return Some((j + 3, y));
        }
        None
    }

    /// `zweiten Quartal [2024]`, `Q2 2024`, `ersten Halbjahr`, `45. Kalenderwoche`, `KW 45`.
    fn quarter_week(&self, i: usize) -> Option<Match> {
        let j = self.pos_prefix(i).unwrap_or(i);
        let (n, unit_at) = match self.lx(j) {
            Lex::Ordinal(n) | Lex::OrdWord(n) => (n, j + 1),
            Lex::QuarterCode(q) => {
                let (end, y) = self
                    .trailing_year(j + 1)
                    .map_or((j + 1, None), |(e, y)| (e, Some(y)));
                return self.hit(i, end, Raw::Quarter { y, q });
            }
            Lex::Func(Func::CalWeek) => {
                let Lex::Int(w) = self.lx(j + 1) else {
                    return None;
                };
                if !(1..=53).contains(&w) {
                    return None;
                }
                let (end, y) = self
                    .trailing_year(j + 2)
                    .map_or((j + 2, None), |(e, y)| (e, Some(y)));
                return self.hit(i, end, Raw::Week { y, w: w as u8 });
            }
            _ => return None,
        };
        let raw_for = |y: Option<i32>| match self.lx(unit_at) {
            Lex::Unit(Unit::Quarter, false) if (1..=4).contains(&n) => {
                Some(Raw::Quarter { y, q: n as u8 })
            }
            Lex::Unit(Unit::HalfYear, false) if (1..=2).contains(&n) => {
                Some(Raw::Half { y, h: n as u8 })
            }
            Lex::Func(Func::CalWeek) if (1..=53).contains(&n) => Some(Raw::Week { y, w: n as u8 }),
            Lex::Unit(Unit::Week, false)
                if (1..=53).contains(&n) && matches!(self.lx(j), Lex::Ordinal(_)) =>
            {
                Some(Raw::Week { y, w: n as u8 })
            }
            _ => None,
        };
        raw_for(None)?; // not a quarter, half year or week
        match self.trailing_year(unit_at + 1) {
            Some((end, y)) => self.hit(i, end, raw_for(Some(y))?),
            None => self.hit(i, unit_at + 1, raw_for(None)?),
        }
    }

    /// `im Sommer [2023]`, `vergangenen Herbst`, `Frühjahr 2024`.
    fn season(&self, i: usize) -> Option<Match> {
        let j = self.pos_prefix(i).unwrap_or(i);
        let (j, dir) = match self.lx(j) {
            Lex::Modifier(d) => (j + 1, d),
            _ => (j, 0),
        };
        let Lex::Season(s) = self.lx(j) else {
            return None;
        };
        if let Some(y) = self.year_at(j + 1) {
            return self.hit(
                i,
                j + 2,
                Raw::Season {
                    y: Some(y),
                    s,
                    dir: 0,
                },
            );
        }
        self.hit(i, j + 1, Raw::Season { y: None, s, dir })
    }

    /// `Weihnachten [2023]`, `Ostern`, `Pfingstmontag`, `Christi Himmelfahrt`,
    /// `Tag der Deutschen Einheit`, `Tag der Arbeit`.
    fn holiday(&self, i: usize) -> Option<Match> {
        let (h, end) = match self.lx(i) {
            Lex::Holiday(h) => (h, i + 1),
            _ if self.t(i) == "Christi" => match self.lx(i + 1) {
                Lex::Holiday(h) => (h, i + 2),
                _ => return None,
            },
            Lex::Unit(Unit::Day, false) if self.t(i) == "Tag" && self.t(i + 1) == "der" => {
                match (self.t(i + 2), self.t(i + 3)) {
                    ("Deutschen", "Einheit") => (Holiday::Fixed(10, 3), i + 4),
                    ("Arbeit", _) => (Holiday::Fixed(5, 1), i + 3),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let (y, end) = match self.year_at(end) {
            Some(y) => (Some(y), end + 1),
            None => (None, end),
        };
        let raw = match h {
            Holiday::Fixed(m, d) => Raw::Ymd { y, m, d },
            Holiday::Easter(off) => Raw::Easter { y, off },
        };
        self.hit(i, end, raw)
    }

    // ----- days and times of day -----

    /// A part of day after a day word: `Abend`, `Morgen` (noun), `früh`.
    fn part_after(&self, j: usize) -> Option<Part> {
        match self.lx(j) {
            Lex::Part(p) => Some(p),
            Lex::Frueh => Some(Part::Morning),
            Lex::Morgen if self.capitalized(j) => Some(Part::Morning),
            _ => None,
        }
    }

    /// `heute`, `gestern Abend`, `morgen früh`, `heute Morgen`, `vorgestern`.
    fn relative_day(&self, i: usize) -> Option<Match> {
        let off = match self.lx(i) {
            Lex::RelDay(o) => i32::from(o),
            Lex::Modifier(0) => {
                // "this morning", "diesen Abend"
                let p = self.part_after(i + 1).or(match self.lx(i + 1) {
                    Lex::Morgen => Some(Part::Morning),
                    _ => None,
                })?;
                return self.hit(
                    i,
                    i + 2,
                    Raw::RelDay {
                        off: 0,
                        part: Some(p),
                    },
                );
            }
            Lex::Morgen => {
                // the noun "Morgen" (morning) unless it starts the sentence
                if self.capitalized(i) && i != self.start {
                    return None;
                }
                1
            }
            _ => return None,
        };
        if let Some(p) = self.part_after(i + 1) {
            return self.hit(i, i + 2, Raw::RelDay { off, part: Some(p) });
        }
        self.hit(i, i + 1, Raw::RelDay { off, part: None })
    }

    /// `Sonntag`, `Sonntagabend`, `vergangenen Freitag`, `kommenden Montag früh`.
    fn weekday(&self, i: usize) -> Option<Match> {
        let (j, dir) = match self.lx(i) {
            Lex::Modifier(d) => (i + 1, d),
            Lex::DayAdj(off) => {
                // "am gestrigen Dienstag", "die morgige Wahl": the day, whatever its name;
                // "im heutigen Polen" is the present, not today
                let day_follows = matches!(
                    self.lx(i + 1),
                    Lex::Weekday(_, None) | Lex::Unit(Unit::Day, false)
                );
                if off == 0 && !day_follows {
                    return self.hit(i, i + 1, Raw::Ref(super::lexicon::Ref::Present));
                }
                let end = if day_follows { i + 2 } else { i + 1 };
                return self.hit(
                    i,
                    end,
                    Raw::RelDay {
                        off: i32::from(off),
                        part: None,
                    },
                );
            }
            _ => (i, 0),
        };
        let Lex::Weekday(wd, part) = self.lx(j) else {
            return None;
        };
        // newspaper names: "Welt am Sonntag", "Bild am Sonntag"
        if wd == 7
            && self.is_func(j.wrapping_sub(1), Func::Am)
            && matches!(self.t(j.wrapping_sub(2)), "Welt" | "Bild" | "WELT" | "BILD")
        {
            return None;
        }
        let (end, part) = match part {
            Some(p) => (j + 1, Some(p)),
            None => match self.part_after(j + 1) {
                Some(p) => (j + 2, Some(p)),
                None => (j + 1, None),
            },
        };
        // "Dienstag vergangener Woche", "Freitag dieser Woche"
        if part.is_none() && dir == 0 {
            if let (Lex::Modifier(off), Lex::Unit(Unit::Week, false)) =
                (self.lx(end), self.lx(end + 1))
            {
                return self.hit(i, end + 2, Raw::WeekdayOfWeek { wd, off });
            }
        }
        let mut h = self.hit(i, end, Raw::Weekday { wd, dir, part })?;
        if self.prev(i).is_some_and(|p| self.is_func(p, Func::Seit)) {
            h.1[0].tense = Some(Tense::Past);
        }
        Some(h)
    }

    /// Clock times and parts of a day: `14.30 Uhr`, `14 Uhr`, `um 9:15`, `Mitternacht`,
    /// `am Abend`, `in der Nacht zum Sonntag`.
    fn time(&self, i: usize) -> Option<Match> {
        match self.lx(i) {
            Lex::Midnight => return self.hit(i, i + 1, Raw::Time { h: 24, m: 0 }),
            Lex::EarlyLate
                if matches!(self.prev_lex(i), Lex::Func(Func::Am)) || self.after_in_article(i) =>
            {
                let p = match self.lx(i + 1) {
                    Lex::Part(p) => p,
                    Lex::Morgen => Part::Morning,
                    _ => return None,
                };
                return self.hit(i, i + 2, Raw::PartOfDay(p));
            }
            Lex::Part(_) | Lex::Morgen
                if self.capitalized(i) || matches!(self.lx(i), Lex::Part(_)) =>
            {
                let p = if let Lex::Part(p) = self.lx(i) {
                    p
                } else {
                    Part::Morning
                };
                let prev = self.prev_lex(i);
                let ok = matches!(prev, Lex::Func(Func::Am | Func::Gegen | Func::Um))
                    || self.after_in_article(i);
                if !ok {
                    return None;
                }
                // "in der Nacht zum Sonntag"
                if p == Part::Night && matches!(self.t(i + 1), "zum" | "auf" | "zu") {
                    if let Lex::Weekday(wd, None) = self.lx(i + 2) {
                        return self.hit(i, i + 3, Raw::NightBefore { wd, dir: 0 });
                    }
                }
                // "am Morgen des 28. Oktober 1922", "in der Nacht zum 6. November"
                let shift = match self.t(i + 1) {
                    "des" | "vom" => Some(0),
                    "zum" | "auf" if p == Part::Night => Some(-1),
                    _ => None,
                };
                if let Some(shift) = shift {
                    let k = if self.t(i + 2) == "den" { i + 3 } else { i + 2 };
                    if let Some((end, hits)) = self.day_month(k).or_else(|| self.numeric_date(k)) {
                        if let [Hit {
                            raw: raw @ Raw::Ymd { .. },
                            ..
                        }] = hits.as_slice()
                        {
                            let inner = Box::new(raw.clone());
                            return self.hit(
                                i,
                                end,
                                Raw::WithPart {
                                    part: p,
                                    shift,
                                    inner,
                                },
                            );
                        }
                    }
                }
                return self.hit(i, i + 1, Raw::PartOfDay(p));
            }
            _ => {}
        }
        let t = self.t(i);
        let (h, m) = match self.kind(i)? {
            TokenKind::Number => {
                let sep = if t.contains(':') { ':' } else { '.' };
                let g = digit_groups(t, sep)?;
                match g.as_slice() {
                    [h] if h.len() <= 2 => (num(h)?, 0),
                    [h, m] if h.len() <= 2 && m.len() == 2 => (num(h)?, num(m)?),
                    _ => return None,
                }
            }
            // "um acht Uhr", "null Uhr"
            TokenKind::Word => match self.lx(i) {
                Lex::NumWord(n)
                    if self.is_func(i + 1, Func::Uhr) && !self.t(i).starts_with("ein") =>
                {
                    (n, 0)
                }
                _ => return None,
            },
            _ => return None,
        };
        if h > 24 || m > 59 || (h == 24 && m > 0) {
            return None;
        }
        let uhr = self.is_func(i + 1, Func::Uhr);
        // "zwischen 9 und 17 Uhr", "von 8 bis 12 Uhr": the first number shares the "Uhr"
        if !uhr && matches!(self.t(i + 1), "bis" | "und" | "-" | "–") && h <= 24 && m <= 59 {
            if let Some((end, mut hits)) = self.time(i + 2) {
                if self.is_func(i + 3, Func::Uhr) || self.is_func(end - 1, Func::Uhr) {
                    let first = Hit {
                        span: self.span(i, i + 1),
                        raw: Raw::Time {
                            h: h as u8,
                            m: m as u8,
                        },
                        tense: None,
                    };
                    hits.insert(0, first);
                    return Some((end, hits));
                }
            }
        }
        let cue_before = matches!(self.prev_lex(i), Lex::Func(Func::Um | Func::Gegen));
        if !(uhr || cue_before && t.contains(':')) {
            return None;
        }
        let mut end = if uhr { i + 2 } else { i + 1 };
        let mut h = h as u8;
        match self.lx(end) {
            Lex::Parts(p) | Lex::Part(p) if self.kind(end) == Some(TokenKind::Word) => {
                if matches!(p, Part::Afternoon | Part::Evening) && h < 12
                    || p == Part::Night && (6..12).contains(&h)
                {
                    h += 12;
                }
                end += 1;
            }
            _ => {}
        }
        self.hit(i, end, Raw::Time { h, m: m as u8 })
    }

    // ----- relative expressions and durations -----

    /// An amount at `j`, with a singular/plural check against the unit at `j + 1`.
    fn amount_unit(&self, j: usize) -> Option<(String, Unit, usize)> {
        // "ein halbes Jahr", "einem halben Jahr"
        if matches!(self.lx(j), Lex::NumWord(1)) && self.is_func(j + 1, Func::Half) {
            if let Lex::Unit(u, false) = self.lx(j + 2) {
                let (a, unit) = half_of(u)?;
                return Some((a.to_string(), unit, j + 3));
            }
        }
        let a = amount(self.lx(j), self.t(j))?;
        // "2-3,5 Sekunden" split by the tokenizer: a number glued to "," or "." is a fragment
        if j > self.start
            && matches!(self.t(j - 1), "," | ".")
            && self.toks[j - 1].span.end == self.toks[j].span.start
        {
            return None;
        }
        let Lex::Unit(u, plural) = self.lx(j + 1) else {
            return None;
        };
        if u == Unit::Weekend {
            return None;
        }
        // "ein Jahr", "drei Jahre", "1,5 Jahre"; not "drei Jahr" nor "ein Jahre"
        if (a == "1") == plural {
            return None;
        }
        // "eines Tages" is "one day" (some day); "binnen eines Jahres" is a year
        if self.t(j).eq_ignore_ascii_case("eines") && u == Unit::Day {
            return None;
        }
        Some((a, u, j + 2))
    }

    /// `vergangene Woche`, `im Vorjahr`, `vor drei Tagen`, `in zwei Wochen`, `Ende des Jahres`,
    /// `Ende vergangenen Jahres`, `am Wochenende`, `vor Jahren`, `three days ago`.
    fn relative(&self, i: usize) -> Option<Match> {
        match self.lx(i) {
            // "am Vortag", "am Folgetag": relative to the date mentioned before, else the anchor
            Lex::RelNoun(Unit::Day, off) => {
                let raw = Raw::After {
                    unit: Unit::Day,
                    off: i32::from(off),
                    anchor_fallback: true,
                };
                return self.hit(i, i + 1, raw);
            }
            Lex::RelNoun(unit, off) => {
                return self.hit(
                    i,
                    i + 1,
                    Raw::Rel {
                        unit,
                        off: i32::from(off),
                    },
                )
            }
            Lex::Func(Func::Vor) => {
                if self.lx(i + 1) == Lex::Func(Func::Kurzem) {
                    return self.hit(i, i + 2, Raw::Ref(super::lexicon::Ref::Past));
                }
                if let Lex::Unit(_, true) = self.lx(i + 1) {
                    return self.hit(i, i + 2, Raw::Ref(super::lexicon::Ref::Past));
                }
                let (a, unit, end) = self.amount_unit(self.skip_approx(i + 1))?;
                if a == "X" {
                    return self.hit(i, end, Raw::Ref(super::lexicon::Ref::Past));
                }
                let n: i32 = a.parse().ok()?;
                return self.hit(i, end, Raw::Rel { unit, off: -n });
            }
            Lex::Func(Func::In) => {
                if self.lx(i + 1) == Lex::Func(Func::Zukunft) {
                    return self.hit(i + 1, i + 2, Raw::Ref(super::lexicon::Ref::Future));
                }
                if self.lx(i + 1) == Lex::Func(Func::Article)
                    && self.lx(i + 2) == Lex::Func(Func::Vergangenheit)
                {
                    return self.hit(i + 2, i + 3, Raw::Ref(super::lexicon::Ref::Past));
                }
                let (a, unit, end) = self.amount_unit(self.skip_approx(i + 1))?;
                let n: i32 = a.parse().ok()?;
                // "in 24 Stunden" is as often a duration as a point; days and up are dates
                if n > 1000 || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                return self.hit(i, end, Raw::Rel { unit, off: n });
            }
            _ => {}
        }
        // "drei Tage später", "zwei Jahre zuvor", "a week later": from the date mentioned before
        if let Some((a, unit, end)) = self.amount_unit(i) {
            let sign = match self.lx(end) {
                Lex::Func(Func::Later) => 1,
                Lex::Func(Func::Earlier) => -1,
                _ => 0,
            };
            let whole = matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
            if let (true, Ok(n)) = (sign != 0 && whole, a.parse::<i32>()) {
                let raw = Raw::After {
                    unit,
                    off: sign * n,
                    anchor_fallback: false,
                };
                return self.hit(i, end + 1, raw);
            }
        }
        // English "three days ago"
        if let Some((a, unit, end)) = self.amount_unit(i) {
            if self.is_func(end, Func::Ago) {
                return match a.parse::<i32>() {
                    Ok(n) => self.hit(i, end + 1, Raw::Rel { unit, off: -n }),
                    Err(_) => self.hit(i, end + 1, Raw::Ref(super::lexicon::Ref::Past)),
                };
            }
        }
        // [Anfang|Mitte|Ende [des|der]] [vergangenen|kommenden|dieses] Woche/Monat/Jahr/Wochenende
        let pos = self.pos_prefix(i);
        let j = pos.unwrap_or(i);
        let (k, off) = match self.lx(j) {
            Lex::Modifier(o) => (j + 1, Some(i32::from(o))),
            _ => (j, None),
        };
        let Lex::Unit(unit, plural) = self.lx(k) else {
            return None;
        };
        if plural {
            // "in diesen Tagen", "dieser Tage": the present
            if off == Some(0) && pos.is_none() && unit == Unit::Day {
                return self.hit(i, k + 1, Raw::Ref(super::lexicon::Ref::Present));
            }
            return None;
        }
        if unit == Unit::Weekend {
            let dir = off.unwrap_or(0) as i8;
            if off.is_none()
                && pos.is_none()
                && !matches!(
                    self.prev_lex(k),
                    Lex::Func(Func::Am | Func::OtherPrep | Func::Article)
                )
            {
                return None;
            }
            return self.hit(i, k + 1, Raw::Weekend { dir });
        }
        let off = match off {
            Some(o) => o,
            // "Ende des Jahres": the current one
            None if pos.is_some() && self.is_func(j.wrapping_sub(1), Func::Article) => 0,
            None => return None,
        };
        if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        if unit == Unit::Day && off != 0 {
            return None;
        }
        if unit == Unit::Day && pos.is_none() {
            // "an diesem Tag": the day just mentioned, else the anchor
            let raw = Raw::After {
                unit,
                off: 0,
                anchor_fallback: true,
            };
            return self.hit(i, k + 1, raw);
        }
        // "vergangenen Jahres 2023": the year wins
        if let Some(y) = self.year_at(k + 1).filter(|_| unit == Unit::Year) {
            return self.hit(i, k + 2, Raw::Y(y));
        }
        self.hit(i, k + 1, Raw::Rel { unit, off })
    }

    /// `drei Tage`, `24 Stunden`, `anderthalb Jahre`, `mehrere Wochen`, `seit Monaten`,
    /// `jahrelang`, `zweitägige`, `die vergangenen drei Jahre`, `in den kommenden Tagen`.
    fn duration(&self, i: usize) -> Option<Match> {
        match self.lx(i) {
            Lex::DurX(u) => {
                return self.hit(
                    i,
                    i + 1,
                    Raw::Dur {
                        amount: "X".into(),
                        unit: u,
                    },
                )
            }
            // "im Dreißigjährigen Krieg": a capitalised adjective inside a sentence is a name
            Lex::DurAdj(..) if i > self.start && self.capitalized(i) => return None,
            Lex::DurAdj(n, u) => {
                let amount = if n == 0 {
                    "X".to_string()
                } else {
                    n.to_string()
                };
                return self.hit(i, i + 1, Raw::Dur { amount, unit: u });
            }
            Lex::Unit(u, true) if u != Unit::Weekend => {
                // "seit Monaten", "für Jahre", "nach Wochen"
                if matches!(
                    self.prev_lex(i),
                    Lex::Func(Func::Seit | Func::Fuer | Func::OtherPrep)
                ) {
                    return self.hit(
                        i,
                        i + 1,
                        Raw::Dur {
                            amount: "X".into(),
                            unit: u,
                        },
                    );
                }
            }
            _ => {}
        }
        let (j, modifier) = match self.lx(i) {
            Lex::Modifier(o) if o != 0 => (i + 1, true),
            _ => (i, false),
        };
        if modifier {
            if let Lex::Unit(u, true) = self.lx(j) {
                if u != Unit::Weekend {
                    return self.hit(
                        i,
                        j + 1,
                        Raw::Dur {
                            amount: "X".into(),
                            unit: u,
                        },
                    );
                }
            }
        }
        let (a, unit, end) = self.amount_unit(j)?;
        if self.is_func(end, Func::Ago) {
            return None;
        }
        self.hit(i, end, Raw::Dur { amount: a, unit })
    }

    // ----- sets and references -----

    /// `jeden Montag`, `jede Woche`, `täglich`, `montags`, `zweimal im Jahr`, `alle zwei Wochen`,
    /// `Jahr für Jahr`.
    fn set(&self, i: usize) -> Option<Match> {
        match self.lx(i) {
            // "jedes zweite Jahr", "jeden dritten Tag"
            Lex::Func(Func::Every) if matches!(self.lx(i + 1), Lex::OrdWord(2..=12)) => {
                let Lex::OrdWord(n) = self.lx(i + 1) else {
                    return None;
                };
                match self.lx(i + 2) {
                    Lex::Unit(u, false) if u != Unit::Weekend => {
                        self.hit(i, i + 3, Raw::Set(u.duration(&n.to_string())))
                    }
                    _ => None,
                }
            }
            Lex::Func(Func::Every) => match self.lx(i + 1) {
                Lex::Weekday(wd, part) => {
                    let v = match part {
                        Some(p) => format!("XXXX-WXX-{wd}T{}", p.code()),
                        None => format!("XXXX-WXX-{wd}"),
                    };
                    self.hit(i, i + 2, Raw::Set(v))
                }
                Lex::Unit(u, false) if u != Unit::Weekend => {
                    self.hit(i, i + 2, Raw::Set(u.duration("1")))
                }
                Lex::Unit(Unit::Weekend, false) => {
                    self.hit(i, i + 2, Raw::Set("XXXX-WXX-WE".into()))
                }
                Lex::Part(p) => self.hit(i, i + 2, Raw::Set(format!("XXXX-XX-XXT{}", p.code()))),
                Lex::Morgen => self.hit(i, i + 2, Raw::Set("XXXX-XX-XXTMO".into())),
                Lex::Month(m) if !self.month_is_abbrev(i + 1) => {
                    self.hit(i, i + 2, Raw::Set(format!("XXXX-{m:02}")))
                }
                _ => None,
            },
            Lex::Func(Func::All) => {
                let (a, u, end) = self.amount_unit(i + 1)?;
                if a == "X" || u == Unit::Weekend {
                    return None;
                }
                self.hit(i, end, Raw::Set(u.duration(&a)))
            }
            Lex::SetWord(u) => self.hit(i, i + 1, Raw::Set(u.duration("1"))),
            Lex::Weekdays(wd) => self.hit(i, i + 1, Raw::Set(format!("XXXX-WXX-{wd}"))),
            Lex::Parts(p) if i == self.start || !self.capitalized(i) => {
                self.hit(i, i + 1, Raw::Set(format!("XXXX-XX-XXT{}", p.code())))
            }
            Lex::Times(_) => {
                if let Lex::SetWord(u) = self.lx(i + 1) {
                    return self.hit(i, i + 2, Raw::Set(u.duration("1")));
                }
                let mut j = i + 1;
                if !matches!(
                    self.lx(j),
                    Lex::Func(Func::In | Func::Am | Func::Per | Func::OtherPrep)
                ) {
                    return None;
                }
                j += 1;
                if self.is_func(j, Func::Article) {
                    j += 1;
                }
                match self.lx(j) {
                    Lex::Unit(u, false) if u != Unit::Weekend => {
                        self.hit(i, j + 1, Raw::Set(u.duration("1")))
                    }
                    _ => None,
                }
            }
            Lex::Unit(u, false) if u != Unit::Weekend => {
                // "Jahr für Jahr", "Tag für Tag"
                if self.is_func(i + 1, Func::Fuer) && self.lx(i + 2) == Lex::Unit(u, false) {
                    return self.hit(i, i + 3, Raw::Set(u.duration("1")));
                }
                None
            }
            _ => None,
        }
    }

    /// `bisher`, `derzeit`, `künftig`, `jetzt` and friends.
    fn reference(&self, i: usize) -> Option<Match> {
        match self.lx(i) {
            Lex::Ref(r) => self.hit(i, i + 1, Raw::Ref(r)),
            _ => None,
        }
    }

    /// A full date (with year) at `i`, for anchor detection: `6. November 2024`, `06.11.2024`,
    /// `2024-11-06`, `Mittwoch, 6. November 2024`, `November 6, 2024`. Returns the token after it.
    pub(crate) fn full_date(&self, i: usize) -> Option<(usize, crate::document::Date)> {
        let (end, hits) = self.day_month(i).or_else(|| self.numeric_date(i))?;
        match hits.as_slice() {
            [Hit {
                raw: Raw::Ymd { y: Some(y), m, d },
                ..
            }] => Some((end, crate::document::Date::new(*y, *m, *d)?)),
            _ => None,
        }
    }
}

/// True for a date that names no year and can take one ("6. Mai", "März", "Sommer").
fn raw_without_year(raw: &Raw) -> bool {
    matches!(
        raw,
        Raw::Ymd { y: None, .. }
            | Raw::Ym { y: None, .. }
            | Raw::Season {
                y: None,
                dir: 0,
                ..
            }
            | Raw::Quarter { y: None, .. }
            | Raw::Half { y: None, .. }
            | Raw::Easter { y: None, .. }
    )
}

/// Half a unit as an amount of a smaller unit: half a year is six months, half a day twelve hours.
fn half_of(u: Unit) -> Option<(&'static str, Unit)> {
    Some(match u {
        Unit::Year => ("6", Unit::Month),
        Unit::Day => ("12", Unit::Hour),
        Unit::Hour => ("30", Unit::Minute),
        Unit::Month => ("0.5", Unit::Month),
        Unit::Week => ("0.5", Unit::Week),
        _ => return None,
    })
}

/// The tense cues of one sentence, indexed so that the tense at any token is found in
/// logarithmic time (a sentence may be huge: text without punctuation is one sentence).
pub(crate) struct Tenses {
    /// Positions of the strong cues, ascending, with the tense each signals.
    strong: Vec<(usize, Tense)>,
    /// The tense when there is no strong cue: past when a weak cue ("brannte") occurs.
    default: Tense,
}

impl Tenses {
    /// Collects the cues of the sentence `start..end`. A perfect auxiliary counts as past only
    /// when the sentence has a participle; lower-case "-te" words count only when nothing else
    /// does, and not at the sentence start.
    pub(crate) fn new(cues: &[Cue], start: usize, end: usize) -> Self {
        let sentence = cues.get(start..end).unwrap_or(&[]);
        let has_participle = sentence.contains(&Cue::Participle);
        let strong = sentence
            .iter()
            .enumerate()
            .filter_map(|(k, c)| {
                let t = match c {
                    Cue::Past => Tense::Past,
                    Cue::Future => Tense::Future,
                    Cue::Aux if has_participle => Tense::Past,
                    _ => return None,
                };
                Some((start + k, t))
            })
            .collect();
        let weak = sentence.iter().skip(1).any(|&c| c == Cue::WeakPast);
        Tenses {
            strong,
            default: if weak { Tense::Past } else { Tense::Present },
        }
    }

    /// The tense at token `at`: that of the nearest strong cue (the earlier one on a tie), else
    /// the default.
    pub(crate) fn at(&self, at: usize) -> Tense {
        let k = self.strong.partition_point(|&(p, _)| p < at);
        let before = k.checked_sub(1).and_then(|k| self.strong.get(k));
        let after = self.strong.get(k);
        match (before, after) {
            (Some(&(p, t)), Some(&(q, u))) => {
                if at - p <= q - at {
                    t
                } else {
                    u
                }
            }
            (Some(&(_, t)), None) | (None, Some(&(_, t))) => t,
            (None, None) => self.default,
        }
    }
}

/// The tokens' classes, for the whole text.
pub(crate) fn classify_all(lexicon: &Lexicon, text: &str, toks: &[Token]) -> (Vec<Lex>, Vec<Cue>) {
    let mut buf = String::with_capacity(32);
    let mut lex = Vec::with_capacity(toks.len());
    let mut cues = Vec::with_capacity(toks.len());
    for t in toks {
        let (l, c) = super::lexicon::classify(lexicon, t.text(text), t.kind, &mut buf);
        lex.push(l);
        cues.push(c);
    }
    (lex, cues)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tables_are_sorted_for_binary_search() {
        for table in [NOT_DATE_AFTER, COUNTED] {
            let mut sorted = table.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, table);
        }
    }

    #[test]
    fn nearest_cue_decides_the_tense() {
        use Cue::*;
        let cues = [None, Past, None, None, None, Future, None, WeakPast];
        let t = Tenses::new(&cues, 0, cues.len());
        assert_eq!(t.at(0), Tense::Past);
        assert_eq!(t.at(3), Tense::Past); // tie: the earlier cue
        assert_eq!(t.at(4), Tense::Future);
        assert_eq!(t.at(7), Tense::Future);
        let t = Tenses::new(&[Aux, None, Participle], 0, 3);
        assert_eq!(t.at(1), Tense::Past);
        let t = Tenses::new(&[Aux, None], 0, 2);
        assert_eq!(t.at(1), Tense::Present);
        let t = Tenses::new(&[WeakPast, None], 0, 2);
        assert_eq!(t.at(1), Tense::Present);
        let t = Tenses::new(&[None, WeakPast], 0, 2);
        assert_eq!(t.at(0), Tense::Past);
    }

    #[test]
    fn two_digit_years_and_amounts() {
        assert_eq!(expand_year(24), 2024);
        assert_eq!(expand_year(98), 1998);
        assert_eq!(amount(Lex::Other, "1,5").as_deref(), Some("1.5"));
        assert_eq!(amount(Lex::Other, "10.000").as_deref(), Some("10000"));
        assert_eq!(amount(Lex::Other, "6.11.2024"), None);
        assert_eq!(amount(Lex::NumWord(3), "drei").as_deref(), Some("3"));
    }
}
