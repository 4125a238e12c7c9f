//! Quantities: a number with what it counts and how it is qualified.
//!
//! [`QuantityExtractor`] finds amounts in German (and English) news text and returns each as a
//! [`Quantity`]: an exact value (`value`, plus `value_high` for ranges), the unit or counted noun
//! as written and as a lemma, and a [`Modifier`] from a closed set. It reads
//!
//! - digits with German or English separators (`2.000`, `0,2`, `1.234,56`, `2,000`, `10 000`),
//!   number words (`zwölf`, `zweihundert`, `zweieinhalb`, `eine Million`, `twelve`), scale words
//!   (`Tausend`, `Millionen`, `Mio.`, `Milliarden`, `Mrd.`, `billion`) and vague plurals
//!   (`Hunderte`, `Tausende`, `Dutzende`, `Millionen Menschen`);
//! - modifiers before the number (`über`, `mehr als`, `etwa`, `rund`, `knapp`, `bis zu`, `fast`,
//!   `mindestens`, `gut`, `more than`, …) and ranges (`zwischen 5.000 und 7.000`, `5.000 bis
//!   7.000`, `5000–7000`, `5.000-7.000`);
//! - money (`2 Milliarden Euro`, `500 Mio. Dollar`, `€ 5`, `5 €`, `$5`), percentages
//!   (`10 Prozent`, `10 %`, `10%`), units (`km`, `Tonnen`, `Grad`, `km/h`, `°C`, …) and the
//!   counted noun (`2.000 Feuerwehrleute`, `300 freiwillige Helfer`).
//!
//! It does **not** take dates (`6.11.2024`, `am 6. November`, `im Jahr 2024`, a bare year),
//! ordinals (`11. Treffen`), times of day (`14.30 Uhr`, `14:30`), scores (`1:0`), phone numbers,
//! labels (`Paragraf 5`, `Artikel 3`, `Seite 12`) or version numbers. These checks are its own and
//! conservative; the pipeline drops quantities that overlap date spans of the date tagger. It does
//! not compute fractions (`zwei Drittel` is 2 `Drittel`; `die Hälfte` is nothing), multiplicatives (`dreimal`), numbers glued
//! to words (`20-jährige`, `3-mal`), or amounts that span sentences. See `docs/quantities.md`.
//!
//! ```
//! use randnotiz::quantity::{Modifier, QuantityExtractor};
//! use randnotiz::tokenize::tokenize;
//!
//! let text = "Nach Angaben der Behörden sind über 2.000 Feuerwehrleute im Einsatz.";
//! let q = &QuantityExtractor::new().extract(text, &tokenize(text))[0];
//! assert_eq!(q.span.slice(text), "über 2.000 Feuerwehrleute");
//! assert_eq!((q.value, q.modifier), (2000.0, Modifier::MoreThan));
//! assert_eq!(q.unit_lemma.as_deref(), Some("Feuerwehrleute"));
//! ```

mod lemma;
mod lexicon;
mod numbers;

use std::cell::Cell;

use serde::{Deserialize, Serialize};

use crate::annotation::{Annotation, Kind};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind, Tokenized};

pub use lemma::noun_lemma;
pub use numbers::{format_value, parse_digits, parse_english_word, parse_german_word, Decimal};

use lexicon::UnitClass;

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// No qualifier ("2.000 Feuerwehrleute", "genau 12").
    Exact,
    /// Roughly ("etwa", "rund", "ca.", "ungefähr", "um die", "about").
    Approx,
    /// Above the value ("über", "mehr als", "gut", "more than").
    MoreThan,
    /// Below, usually just below, the value ("weniger als", "unter", "knapp", "fast",
    /// "beinahe", "nahezu", "almost").
    LessThan,
    /// The value is a maximum ("bis zu", "höchstens", "maximal", "up to").
    UpTo,
    /// The value is a minimum ("mindestens", "wenigstens", "ab", "at least"), also vague
    /// plurals ("Tausende": at least 1000).
    AtLeast,
    /// From `value` to `value_high` ("zwischen 5.000 und 7.000", "5.000 bis 7.000").
    Range,
}

impl Modifier {
    /// The serde name: `exact`, `approx`, `more_than`, `less_than`, `up_to`, `at_least`, `range`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Exact => "exact",
            Modifier::Approx => "approx",
            Modifier::MoreThan => "more_than",
            Modifier::LessThan => "less_than",
            Modifier::UpTo => "up_to",
            Modifier::AtLeast => "at_least",
            Modifier::Range => "range",
        }
    }
}

/// The annotation label of a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum QuantityLabel {
    /// A count or a measurement.
    Quantity,
    /// An amount of money (the unit is a currency).
    Money,
    /// A percentage, per mille or percentage points.
    Percent,
}

impl QuantityLabel {
    /// `QUANTITY`, `MONEY` or `PERCENT`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityLabel::Quantity => "QUANTITY",
            QuantityLabel::Money => "MONEY",
            QuantityLabel::Percent => "PERCENT",
        }
    }
}

/// One amount found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Bytes covered: modifier, number(s), scale word and unit or noun ("über 2.000
    /// Feuerwehrleute").
    pub span: Span,
    /// The value with scale words applied, negative after a minus sign (`-5 Grad`, `minus 5
    /// Grad`) (`2 Milliarden` → 2e9); the lower end of a range; the
    /// order of magnitude for vague plurals (`Tausende` → 1000).
    pub value: f64,
    /// The upper end of a range, else `None`.
    pub value_high: Option<f64>,
    /// The unit or counted noun as written (`Feuerwehrleuten`, `Dollar`, `%`, `km`); the scale word (`Mio.`) is not part of it.
    pub unit: Option<String>,
    /// Its lemma: a canonical name for units and currencies (`%` → `Prozent`, `km` → `Kilometer`,
    /// `€` → `Euro`), the nominative plural for German nouns (`Feuerwehrleuten` →
    /// `Feuerwehrleute`), the singular for English nouns. `None` exactly when `unit` is.
    pub unit_lemma: Option<String>,
    /// How the value is qualified.
    pub modifier: Modifier,
    /// `QUANTITY`, `MONEY` or `PERCENT`.
    pub label: QuantityLabel,
}

/// Finds quantities in tokenized text. Holds no state; build once, reuse.
#[derive(Debug, Clone, Default)]
pub struct QuantityExtractor {
    _private: (),
}

impl QuantityExtractor {
    /// An extractor with the built-in word lists.
    pub fn new() -> Self {
        QuantityExtractor::default()
    }

    /// Every quantity in `text` (tokenized as `tokenized`), in text order, not overlapping. Never
    /// fails or panics; tokens out of bounds of `text` are ignored.
    pub fn extract(&self, text: &str, tokenized: &Tokenized) -> Vec<Quantity> {
        let toks = &tokenized.tokens;
        let mut out = Vec::new();
        let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(tokenized.sentences.len());
        for s in &tokenized.sentences {
            let (a, b) = (s.tokens.start.min(toks.len()), s.tokens.end.min(toks.len()));
            match ranges.last_mut() {
                // "5.000-7.000" is split by the sentence splitter after "5.000-7."
                Some(last) if last.1 == a && splits_number(text, toks, a) => last.1 = b,
                _ => ranges.push((a, b)),
            }
        }
        if ranges.is_empty() && !toks.is_empty() {
            ranges.push((0, toks.len()));
        }
        let mut floor = 0;
        for (lo, hi) in ranges {
            let lo = lo.max(floor);
            if lo >= hi {
                continue;
            }
            let scan = Scan {
                text,
                toks,
                lo,
                hi,
                english: Cell::new(None),
            };
            let mut k = lo;
            let mut sent_floor = lo;
            while k < hi {
                match scan.quantity_at(k, sent_floor) {
                    Some((q, end)) => {
                        out.push(q);
                        sent_floor = end;
                        k = end;
                    }
                    None => k += 1,
                }
            }
            floor = hi;
        }
        out
    }

    /// The quantities of [`extract`](Self::extract) as annotations of kind [`Kind::Quantity`],
    /// labelled `QUANTITY`, `MONEY` or `PERCENT`, with `attrs.value` (plain decimal string:
    /// `2000`, `0.2`, `2000000000`), `value_high`, `unit`, `unit_lemma` and `modifier`.
    pub fn annotate(&self, text: &str, tokenized: &Tokenized) -> Vec<Annotation> {
        self.extract(text, tokenized)
            .into_iter()
            .map(|q| {
                let mut a = Annotation::new(Kind::Quantity, q.label.as_str(), q.span);
                a.attrs.value = Some(format_value(q.value));
                a.attrs.value_high = q.value_high.map(format_value);
                a.attrs.unit = q.unit;
                a.attrs.unit_lemma = q.unit_lemma;
                a.attrs.modifier = Some(q.modifier.as_str().to_string());
                a
            })
            .collect()
    }
}

/// True when the sentence boundary before token `a` falls inside a number: the previous token is
/// a period glued to digits on both sides.
fn splits_number(text: &str, toks: &[Token], a: usize) -> bool {
    let (Some(dot), Some(prev), Some(next)) = (
        a.checked_sub(1).and_then(|i| toks.get(i)),
        a.checked_sub(2).and_then(|i| toks.get(i)),
        toks.get(a),
    ) else {
        return false;
    };
    dot.text(text) == "."
        && prev.span.end == dot.span.start
        && dot.span.end == next.span.start
        && prev.text(text).ends_with(|c: char| c.is_ascii_digit())
        && next.text(text).starts_with(|c: char| c.is_ascii_digit())
}

/// What starts a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CoreKind {
    /// Digits (`2.000`, `0,2`, `5000-7000`).
    Digits,
    /// A number word (`zwölf`, `tausend`).
    Word,
    /// An article meaning one; only valid before a scale word (`eine Million`).
    Article,
    /// A vague plural (`Tausende`).
    Vague,
}

#[derive(Debug, Clone, Copy)]
struct Core {
    value: Decimal,
    high: Option<Decimal>,
    /// Token index after the core.
    end: usize,
    kind: CoreKind,
    /// Four digits without separators in 1000..=2100: might be a year.
    year_like: bool,
    /// The token is a number plus a sentence-final period that the tokenizer read as an ordinal
    /// ("auf 20. Die Polizei …"); the period is not part of the quantity.
    dot: bool,
}

/// A unit match: tokens `start..end`, lemma, class (`None` for a counted noun).
#[derive(Debug, Clone)]
struct UnitMatch {
    start: usize,
    end: usize,
    lemma: String,
    class: Option<UnitClass>,
    /// The last token is the unit plus a sentence-final period that the tokenizer took for an
    /// abbreviation ("300 m." → `m.`); the period is not part of the unit.
    trim: bool,
}

/// Scans one sentence (tokens `lo..hi`).
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    lo: usize,
    hi: usize,
    /// Whether the sentence reads as English; computed on first need.
    english: Cell<Option<bool>>,
}

/// Spaces that may separate digit groups ("10 000").
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// `tok` equals the lower-case `word` ignoring case. (Letters whose lower case has another UTF-8
/// length, such as `ẞ`, do not match: none occurs in the word lists.)
fn eq_lower(tok: &str, word: &str) -> bool {
    if tok.len() != word.len() {
        return false;
    }
    if tok.is_ascii() {
        return tok.eq_ignore_ascii_case(word);
    }
    tok.chars().flat_map(char::to_lowercase).eq(word.chars())
}

/// A cheap filter before lower-casing and parsing a word: true when it ends like one of the number
/// words [`parse_german_word`] and [`parse_english_word`] accept.
fn may_be_number_word(s: &str) -> bool {
    // Case-sensitive on purpose: number words are lower case or capitalized, so their endings are
    // lower case (an all-caps "DREI" is missed). The last two bytes pick the few endings to try.
    let b = s.as_bytes();
    let Some(last2) = b.len().checked_sub(2).map(|n| &b[n..]) else {
        return false;
    };
    let candidates: &[&str] = match last2 {
        b"ll" => &["null"],
        b"ns" => &["eins"],
        b"ei" => &["zwei", "drei"],
        b"wo" => &["zwo", "two"],
        b"er" => &["vier"],
        b"nf" => &["fünf"],
        b"hs" => &["sechs"],
        b"en" => &["sieben", "seven", "ten", "teen"],
        b"ht" => &["acht", "eight"],
        b"un" => &["neun"],
        b"hn" => &["zehn"],
        b"lf" => &["elf", "zwölf"],
        b"ig" => &["zig", "ßig", "ssig"],
        b"rt" => &["hundert"],
        b"nd" => &["tausend"],
        b"lb" => &["halb"],
        b"ro" => &["zero"],
        b"ne" => &["one", "nine"],
        b"ee" => &["three"],
        b"ve" => &["five", "twelve"],
        b"ix" => &["six"],
        b"ur" => &["four"],
        b"ty" => &["ty"],
        _ => &[],
    };
    candidates
        .iter()
        .any(|e| s.ends_with(e) || s.len() == e.len() && eq_lower(s, e))
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Frequent English function words, never the noun a number counts.
const EN_STOP: &[&str] = &[
    "the", "of", "and", "to", "is", "are", "were", "has", "have", "had", "than", "with", "for",
    "that", "this", "said", "on", "at", "by", "it", "which", "would", "be", "been", "their",
    "they", "from", "or", "more", "less", "as", "but", "not", "who", "after", "over", "into",
    "percent", "a", "per", "in", "an",
];

/// +1 for a frequent English function word, -1 for a German one, 0 otherwise (also for words both
/// languages have: "an", "in", "so", "was", "will"). Decides whether a sentence reads as English.
fn language_vote(w: &str) -> i32 {
    if w == "für" || w == "über" || w == "Für" || w == "Über" {
        return -1;
    }
    let mut buf = [0u8; 8];
    let n = w.len();
    if n > buf.len() || !w.is_ascii() {
        return 0;
    }
    for (d, b) in buf.iter_mut().zip(w.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    match &buf[..n] {
        b"the" | b"of" | b"and" | b"to" | b"is" | b"are" | b"were" | b"has" | b"have" | b"had"
        | b"than" | b"with" | b"for" | b"that" | b"this" | b"said" | b"on" | b"at" | b"by"
        | b"it" | b"which" | b"would" | b"be" | b"been" | b"their" | b"they" | b"from" | b"or"
        | b"more" | b"less" | b"as" | b"but" | b"not" | b"who" | b"after" | b"over" | b"into" => 1,
        b"der" | b"die" | b"das" | b"und" | b"ist" | b"sind" | b"war" | b"waren" | b"hat"
        | b"haben" | b"mit" | b"dass" | b"den" | b"dem" | b"des" | b"ein" | b"eine" | b"von"
        | b"zu" | b"im" | b"auf" | b"sich" | b"nicht" | b"als" | b"wurde" | b"wurden" | b"mehr"
        | b"bei" | b"nach" | b"wie" | b"auch" | b"es" | b"sie" | b"er" | b"um" => -1,
        _ => 0,
    }
}

/// Lower-case adjective endings (after the inflection is removed) that may stand between a number
/// and its noun ("2.000 freiwillige Helfer").
const ADJ_STEMS: &[&str] = &[
    "isch",
    "lich",
    "ig",
    "bar",
    "sam",
    "los",
    "voll",
    "haft",
    "iv",
    "al",
    "ell",
    "weiter",
    "neu",
    "ander",
    "jung",
    "alt",
    "klein",
    "groß",
    "verletzt",
    "getötet",
    "vermisst",
    "evakuiert",
    "festgenommen",
    "registriert",
    "bestätigt",
    "infiziert",
    "gemeldet",
    "beschäftigt",
    "bewaffnet",
    "privat",
    "zivil",
    "tot",
    "frei",
    "fest",
    "arm",
    "reich",
    "schwer",
    "leicht",
];

fn is_adjective(word: &str) -> bool {
    if !starts_lower(word) {
        return false;
    }
    let stem = ["en", "er", "es", "em", "e"]
        .iter()
        .find_map(|e| word.strip_suffix(e));
    let Some(stem) = stem else { return false };
    ADJ_STEMS.iter().any(|s| stem.ends_with(s)) || is_participle(stem)
}

/// Separable verb particles before the `ge` of a past participle ("abgeschossen").
const PARTICLES: &[&str] = &[
    "ab", "an", "auf", "aus", "ein", "fest", "frei", "mit", "nach", "um", "vor", "weg", "zu",
    "zurück",
];

/// Whether `stem` (an attributive adjective without its ending) looks like a past participle:
/// `-iert` ("evakuiert"), `ge…t` / `ge…en` after an optional particle ("getötet",
/// "abgeschossen", "ausgebrannt"), or an inseparable prefix with `-t` ("zerstört", "beschädigt",
/// "verletzt").
fn is_participle(stem: &str) -> bool {
    if stem.chars().count() < 5 {
        return false;
    }
    if stem.ends_with("iert") {
        return true;
    }
    let ge_form = |rest: &str| {
        rest.strip_prefix("ge")
            .is_some_and(|r| r.chars().count() >= 3 && (r.ends_with('t') || r.ends_with("en")))
    };
    if ge_form(stem)
        || PARTICLES
            .iter()
            .any(|p| stem.strip_prefix(p).is_some_and(ge_form))
    {
        return true;
    }
    ["be", "ver", "zer", "ent", "er"].iter().any(|p| {
        stem.strip_prefix(p)
            .is_some_and(|r| r.chars().count() >= 3 && r.ends_with('t'))
    })
}

impl<'a> Scan<'a> {
    /// Text of token `k`, `""` outside the sentence.
    fn t(&self, k: usize) -> &'a str {
        if k < self.lo || k >= self.hi {
            return "";
        }
        self.toks.get(k).map_or("", |t| t.text(self.text))
    }

    /// Text of token `k`, also beyond the sentence (whose splitter may cut after "2." or "Art.").
    fn t_any(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.text(self.text))
    }

    fn kind(&self, k: usize) -> Option<TokenKind> {
        if k < self.lo || k >= self.hi {
            return None;
        }
        self.toks.get(k).map(|t| t.kind)
    }

    /// Token `a` ends where token `b` starts.
    fn glued(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        }
    }

    fn english(&self) -> bool {
        if let Some(e) = self.english.get() {
            return e;
        }
        let votes: i32 = (self.lo..self.hi)
            .filter(|&k| self.kind(k) == Some(TokenKind::Word))
            .map(|k| language_vote(self.t(k)))
            .sum();
        let e = votes > 0;
        self.english.set(Some(e));
        e
    }

    /// The phrase (lower case, one entry per token) ends just before token `end`, starting at or
    /// after `floor`.
    fn phrase_before(&self, end: usize, floor: usize, phrase: &[&str]) -> bool {
        let n = phrase.len();
        end >= floor + n
            && end >= self.lo + n
            && phrase
                .iter()
                .enumerate()
                .all(|(i, w)| eq_lower(self.t(end - n + i), w))
    }

    /// A number at token `k`: digits, a digit range glued with a hyphen, a number word, an
    /// article before a scale word, or a vague plural.
    fn core_at(&self, k: usize) -> Option<Core> {
        let s = self.t(k);
        match self.kind(k)? {
            TokenKind::Number => self.digits_at(k),
            TokenKind::Ordinal => self.sentence_final_ordinal(k),
            TokenKind::Word if s.starts_with(|c: char| c.is_ascii_digit()) => {
                self.glued_range_at(k).or_else(|| self.glued_scale_at(k))
            }
            TokenKind::Word => {
                if let Some(v) = lexicon::vague_amount(s) {
                    return Some(Core {
                        value: v,
                        high: None,
                        end: k + 1,
                        kind: CoreKind::Vague,
                        year_like: false,
                        dot: false,
                    });
                }
                let (value, kind) =
                    if s.len() <= 6 && numbers::ARTICLES.iter().any(|a| eq_lower(s, a)) {
                        (Decimal::int(1), CoreKind::Article)
                    } else if s.len() <= 80 && may_be_number_word(s) {
                        let lower = s.to_lowercase();
                        let v = parse_german_word(&lower).or_else(|| parse_english_word(&lower))?;
                        (v, CoreKind::Word)
                    } else {
                        return None;
                    };
                Some(Core {
                    value,
                    high: None,
                    end: k + 1,
                    kind,
                    year_like: false,
                    dot: false,
                })
            }
            _ => None,
        }
    }

    fn digits_at(&self, k: usize) -> Option<Core> {
        let s = self.t(k);
        let mut end = k + 1;
        let plain = s.bytes().all(|b| b.is_ascii_digit());
        let value = if plain && s.len() <= 3 && self.kind(end) == Some(TokenKind::Number) {
            // digit groups separated by spaces: "10 000", "1 500 000"
            let mut joined = s.to_string();
            while self.kind(end) == Some(TokenKind::Number) {
                let g = self.t(end);
                let gap = self
                    .toks
                    .get(end - 1)
                    .zip(self.toks.get(end))
                    .and_then(|(a, b)| self.text.get(a.span.end..b.span.start))
                    .unwrap_or("");
                if g.len() == 3
                    && joined.len() <= 15
                    && g.bytes().all(|b| b.is_ascii_digit())
                    && !gap.is_empty()
                    && gap.chars().all(is_group_space)
                {
                    joined.push_str(g);
                    end += 1;
                } else {
                    break;
                }
            }
            parse_digits(&joined, self.english())?
        } else {
            parse_digits(s, self.english()).or_else(|| {
                // "3.2%", "2.5 million" in a sentence without a clear language
                let english_next = matches!(
                    self.t(end),
                    "%" | "percent" | "million" | "billion" | "trillion" | "bn"
                );
                let short_fraction = s
                    .split_once('.')
                    .is_some_and(|(_, f)| (1..=2).contains(&f.len()));
                (english_next && short_fraction)
                    .then(|| parse_digits(s, true))
                    .flatten()
            })?
        };
        let year_like = end == k + 1
            && plain
            && s.len() == 4
            && (1000..=2100).contains(&value.mantissa)
            && value.exp == 0;
        Some(Core {
            value,
            high: None,
            end,
            kind: CoreKind::Digits,
            year_like,
            dot: false,
        })
    }

    /// An "ordinal" that is really a number ending a sentence: "Die Zahl stieg auf 20. Die Polizei
    /// …". Only when the next token typically starts a sentence and the previous one is not an
    /// article or a preposition fused with one ("am 6.", "der 20.").
    fn sentence_final_ordinal(&self, k: usize) -> Option<Core> {
        let digits = self.t(k).strip_suffix('.')?;
        if !digits.bytes().all(|b| b.is_ascii_digit())
            || !lexicon::is_sentence_starter(self.t(k + 1))
            || k == self.lo
            || !starts_lower(self.t(k - 1))
            || lexicon::is_determiner(self.t(k - 1))
        {
            return None;
        }
        let value = parse_digits(digits, false)?;
        Some(Core {
            value,
            high: None,
            end: k + 1,
            kind: CoreKind::Digits,
            year_like: digits.len() == 4 && (1000..=2100).contains(&value.mantissa),
            dot: true,
        })
    }

    /// The tokens before `k`, across the sentence start, are a label word whose period the
    /// sentence splitter took for a full stop: "Art. 20", "Abs. 2", "S. 12".
    fn label_across_sentence(&self, k: usize) -> bool {
        let text = |i: Option<usize>| {
            i.and_then(|i| self.toks.get(i))
                .map_or("", |t| t.text(self.text))
        };
        let (p1, p2) = (k.checked_sub(1), k.checked_sub(2));
        if text(p1) == "." && p2.zip(p1).is_some_and(|(a, b)| self.glued(a, b)) {
            let w = text(p2);
            return matches!(
                w,
                "Art" | "Abs" | "Nr" | "S" | "Kap" | "Bd" | "Tel" | "Ziff"
            );
        }
        k == self.lo && lexicon::is_label_word(text(p1))
    }

    /// "3bn", "5mn": a number with a glued English scale suffix.
    fn glued_scale_at(&self, k: usize) -> Option<Core> {
        let s = self.t(k);
        let (digits, e) = if let Some(d) = s.strip_suffix("bn") {
            (d, 9)
        } else {
            (s.strip_suffix("mn")?, 6)
        };
        let value = parse_digits(digits, true)?.times_pow10(e);
        Some(Core {
            value,
            high: None,
            end: k + 1,
            kind: CoreKind::Digits,
            year_like: false,
            dot: false,
        })
    }

    /// "5000-7000" or "5.000-7.000" (which the tokenizer splits oddly): a range glued with a hyphen.
    fn glued_range_at(&self, k: usize) -> Option<Core> {
        let start = self.toks.get(k)?.span.start;
        let rest = self.text.get(start..)?;
        let num_len = |s: &str| {
            s.char_indices()
                .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map_or(s.len(), |(i, _)| i)
        };
        let a = num_len(rest);
        let after_a = rest.get(a..)?;
        let hyphen = after_a
            .chars()
            .next()
            .filter(|&c| c == '-' || c == '\u{2011}')?;
        let b_start = a + hyphen.len_utf8();
        let b = num_len(rest.get(b_start..)?);
        let end_byte = start + b_start + b;
        // the second number must end at a token end, and not be glued to letters
        let mut j = k;
        while j < self.hi && self.toks.get(j)?.span.end < end_byte {
            j += 1;
        }
        if j >= self.hi || self.toks.get(j)?.span.end != end_byte {
            return None;
        }
        let english = self.english();
        let low = parse_digits(rest.get(..a)?, english)?;
        let high = parse_digits(rest.get(b_start..b_start + b)?, english)?;
        let year =
            |d: Decimal, s: &str| s.len() == 4 && d.exp == 0 && (1000..=2100).contains(&d.mantissa);
        Some(Core {
            value: low,
            high: Some(high),
            end: j + 1,
            kind: CoreKind::Digits,
            year_like: year(low, rest.get(..a)?) || year(high, rest.get(b_start..b_start + b)?),
            dot: false,
        })
    }

    /// A unit from `table` at token `j`: how many tokens and the entry.
    fn table_at(
        &self,
        j: usize,
        table: &'static [lexicon::UnitEntry],
    ) -> Option<(usize, &'static lexicon::UnitEntry, bool)> {
        let first = self.t(j).as_bytes().first().copied();
        table.iter().find_map(|e| {
            if e.0[0].as_bytes().first().copied() != first {
                return None;
            }
            let n = e.0.len();
            if j + n > self.hi
                || !e.0[..n - 1]
                    .iter()
                    .enumerate()
                    .all(|(i, w)| self.t(j + i) == *w)
            {
                return None;
            }
            let (last, w) = (j + n - 1, e.0[n - 1]);
            let t = self.t(last);
            if t == w {
                Some((n, e, false))
            } else {
                let trimmed = self.kind(last) == Some(TokenKind::Abbreviation)
                    && t.strip_suffix('.') == Some(w)
                    && last + 1 == self.hi;
                trimmed.then_some((n, e, true))
            }
        })
    }

    /// A unit or counted noun starting at token `j`.
    fn unit_at(&self, j: usize, allow_von: bool) -> Option<UnitMatch> {
        if let Some((n, e, trim)) = self.table_at(j, lexicon::UNITS) {
            return Some(UnitMatch {
                start: j,
                end: j + n,
                lemma: e.1.to_string(),
                class: Some(e.2),
                trim,
            });
        }
        let english = self.english();
        let mut m = j;
        if allow_von && matches!(self.t(m), "von" | "of") {
            m += 1;
        }
        let is_noun = |k: usize| -> bool {
            let w = self.t(k);
            self.kind(k) == Some(TokenKind::Word)
                && w.chars().count() >= 2
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !lexicon::is_month(w)
                && !lexicon::is_time_word(w, english)
                && lexicon::scale_exp(w, english).is_none()
                && if english {
                    starts_lower(w) && !EN_STOP.contains(&w)
                } else {
                    starts_upper(w)
                }
        };
        if !english && is_adjective(self.t(m)) && is_noun(m + 1) {
            let noun = m + 1;
            return Some(UnitMatch {
                start: noun,
                end: noun + 1,
                lemma: noun_lemma(self.t(noun), false),
                class: None,
                trim: false,
            });
        }
        if is_noun(m) {
            return Some(UnitMatch {
                start: m,
                end: m + 1,
                lemma: noun_lemma(self.t(m), english),
                class: None,
                trim: false,
            });
        }
        None
    }

    /// A quantity whose number starts at token `k`, using no token before `floor`; with the token
    /// index after it.
    fn quantity_at(&self, k: usize, floor: usize) -> Option<(Quantity, usize)> {
        let core = self.core_at(k)?;
        let english_now = || self.english();
        let mut low = core.value;
        let mut high = core.high;
        let mut j = core.end;
        let mut has_scale = false;
        let mut high_year_like = false;
        if core.dot {
            // nothing after a sentence-final number belongs to it
        } else if let Some(e) = lexicon::scale_exp(self.t(j), english_now()) {
            low = low.times_pow10(e);
            high = high.map(|h| h.times_pow10(e));
            j += 1;
            has_scale = true;
            // "two hundred thousand", "hundert Millionen": a larger scale word multiplies again
            let mut last = e;
            while let Some(e2) = lexicon::scale_exp(self.t(j), english_now()).filter(|&x| x > last)
            {
                low = low.times_pow10(e2);
                high = high.map(|h| h.times_pow10(e2));
                j += 1;
                last = e2;
            }
        } else if core.kind == CoreKind::Article {
            return None;
        }

        // a currency sign or code before the number
        let mut start = k;
        let mut unit: Option<UnitMatch> = None;
        for n in [2usize, 1] {
            if k >= floor + n && k >= self.lo + n {
                if let Some((m, e, false)) = self.table_at(k - n, lexicon::CURRENCY_PREFIXES) {
                    if m == n {
                        start = k - n;
                        unit = Some(UnitMatch {
                            start,
                            end: k,
                            lemma: e.1.to_string(),
                            class: Some(e.2),
                            trim: false,
                        });
                        break;
                    }
                }
            }
        }

        // a minus sign: "-5 Grad", "minus 5 Grad" (not for ranges, checked below)
        let mut negative = false;
        if start == k
            && core.kind == CoreKind::Digits
            && core.high.is_none()
            && k > self.lo.max(floor)
        {
            let p = k - 1;
            let sign = self.t(p);
            let glued_sign = matches!(sign, "-" | "−" | "–")
                && self.glued(p, k)
                && (p == self.lo || !self.glued(p - 1, p));
            if glued_sign || eq_lower(sign, "minus") {
                negative = true;
                start = p;
            }
        }

        // ranges: "zwischen X und Y", "X bis Y", "X–Y"
        let between = ["zwischen", "between"]
            .iter()
            .any(|w| self.phrase_before(start, floor, &[w]));
        let from = ["von", "from"]
            .iter()
            .any(|w| self.phrase_before(start, floor, &[w]));
        if high.is_none() && core.kind != CoreKind::Vague && !core.dot {
            let conn = self.t(j);
            let is_conn = self.kind(j) == Some(TokenKind::Dash)
                || matches!(conn, "bis" | "to")
                || between && matches!(conn, "und" | "and");
            if is_conn {
                if let Some(c2) = self
                    .core_at(j + 1)
                    .filter(|c| matches!(c.kind, CoreKind::Digits | CoreKind::Word))
                    .filter(|c| c.high.is_none())
                {
                    let mut h = c2.value;
                    let mut j2 = c2.end;
                    let mut ok = true;
                    if let Some(e) = lexicon::scale_exp(self.t(j2), english_now()) {
                        h = h.times_pow10(e);
                        j2 += 1;
                        if !has_scale {
                            low = low.times_pow10(e);
                            has_scale = true;
                        }
                    } else if c2.kind == CoreKind::Word && core.kind == CoreKind::Digits {
                        ok = false;
                    }
                    if ok && h.to_f64() > low.to_f64() {
                        high = Some(h);
                        j = j2;
                        high_year_like = c2.year_like;
                    }
                }
            }
        }
        if let Some(h) = high {
            if negative || h.to_f64() <= low.to_f64() {
                return None; // "3-2", "2-2": a score, not a range
            }
        }

        // what follows: unit, currency, noun; or a time/date word that rules the number out
        let next = self.t(j);
        if lexicon::is_time_word(next, english_now())
            || lexicon::is_month(next)
            || matches!(next, "v.Chr." | "n.Chr.")
            || matches!(next, "v." | "n.") && self.t(j + 1) == "Chr."
        {
            return None; // "14 Uhr", "6 November", "456 v. Chr."
        }
        if unit.is_none() && !core.dot {
            let allow_von = core.kind == CoreKind::Vague || has_scale;
            if let Some(u) = self.unit_at(j, allow_von) {
                j = u.end;
                unit = Some(u);
            }
        }

        // modifiers and vague determiners before the number
        let range_word = high.is_some() && (between || from);
        let mut first = if range_word { start - 1 } else { start };
        let mut modifier = None;
        for (phrase, m) in lexicon::MODIFIERS {
            // "gut" means "more than" only before a precise number ("gut 300", not "gut Tausende")
            if phrase == &["gut"] && core.kind == CoreKind::Vague {
                continue;
            }
            if self.phrase_before(first, floor, phrase) {
                modifier = Some(*m);
                first -= phrase.len();
                break;
            }
        }
        let vague_word = core.kind == CoreKind::Vague
            || core.kind == CoreKind::Word
                && matches!(self.t(k), "Hundert" | "hundert" | "Tausend" | "tausend");
        let mut determiner = false;
        if modifier.is_none() && vague_word {
            for d in lexicon::VAGUE_DETERMINERS {
                if self.phrase_before(first, floor, d) {
                    first -= d.len();
                    determiner = true;
                    break;
                }
            }
        }

        // what rules the number out
        let prev = first.checked_sub(1).filter(|&p| p >= self.lo);
        let prev_t = prev.map_or("", |p| self.t(p));
        let before_number = k.checked_sub(1).filter(|&p| p >= self.lo);
        let before_t = before_number.map_or("", |p| self.t(p));
        if core.kind == CoreKind::Digits {
            if lexicon::is_label_word(before_t)
                || lexicon::is_label_word(prev_t)
                || self.label_across_sentence(k)
            {
                return None;
            }
            // phone numbers, fractions, "24/7", "+49 30 …"
            if before_number.is_some_and(|p| {
                self.glued(p, k) && !negative && matches!(self.t(p), "/" | "+" | "." | "," | "-")
                    || self.kind(p) == Some(TokenKind::Number)
            }) || self.glued(core.end - 1, core.end) && matches!(self.t(core.end), "/" | ":")
                || self.kind(core.end) == Some(TokenKind::Number)
            {
                return None;
            }
            if lexicon::is_month(before_t) || lexicon::is_month(prev_t) {
                return None;
            }
            // "S. 234–241" (the second half of a range ruled out above), "'43" (an elided year)
            if before_number.is_some_and(|p| {
                self.kind(p) == Some(TokenKind::Dash)
                    && p > self.lo
                    && self.kind(p - 1) == Some(TokenKind::Number)
                    || self.kind(p) == Some(TokenKind::Quote) && self.glued(p, k)
            }) {
                return None;
            }
            // "(30.)": a minute or rank; "2./3. Jahrhundert"
            if unit.is_none()
                && self.t(j) == "."
                && self.glued(j - 1, j)
                && matches!(self.t_any(j + 1), ")" | "/")
            {
                return None;
            }
            if (core.year_like || high_year_like)
                && (unit.is_none() || lexicon::is_year_cue(&prev_t.to_lowercase()))
            {
                return None;
            }
            if unit.is_none()
                && modifier.is_none()
                && !has_scale
                && high.is_none()
                && prev.is_some_and(|p| p > self.lo && self.kind(p) == Some(TokenKind::Word))
                && starts_upper(prev_t)
            {
                return None; // "Windows 10", "Gruppe 3", "Hauptstraße 5"
            }
            if unit.is_none()
                && !has_scale
                && high.is_none()
                && matches!(prev_t, "um" | "gegen" | "bis" | "ab" | "at" | "by")
                && low.exp == 0
                && low.mantissa <= 24
            {
                return None; // "gegen 9", "um 20": a time of day
            }
            if unit.is_none()
                && modifier.is_none()
                && !has_scale
                && matches!((before_t, self.t(j)), ("(", ")") | ("[", "]"))
            {
                return None; // "Max Muster (42)": an age or a reference
            }
        }
        if core.kind == CoreKind::Word
            && unit.is_none()
            && modifier.is_none()
            && !has_scale
            && high.is_none()
        {
            return None; // a bare number word ("um zwölf", "zwei von ihnen")
        }

        let modifier = if high.is_some() {
            Modifier::Range
        } else if let Some(m) = modifier {
            m
        } else if determiner || core.kind == CoreKind::Vague {
            Modifier::AtLeast
        } else {
            Modifier::Exact
        };
        let label = match unit.as_ref().and_then(|u| u.class) {
            Some(UnitClass::Money) => QuantityLabel::Money,
            Some(UnitClass::Percent) => QuantityLabel::Percent,
            _ => QuantityLabel::Quantity,
        };
        let trim = unit.as_ref().is_some_and(|u| u.trim && u.end == j) || core.dot && j == core.end;
        let span_of = |a: usize, b: usize| -> Option<Span> {
            let s = self.toks.get(a)?.span.start;
            let e = self.toks.get(b.checked_sub(1)?)?.span.end - usize::from(trim && b == j);
            Some(Span::new(s, e))
        };
        let span = span_of(first, j)?;
        let (unit_text, unit_lemma) = match unit {
            Some(u) => (
                Some(span_of(u.start, u.end)?.slice(self.text).to_string()),
                Some(u.lemma),
            ),
            None => (None, None),
        };
        Some((
            Quantity {
                span,
                value: if negative {
                    -low.to_f64()
                } else {
                    low.to_f64()
                },
                value_high: high.map(Decimal::to_f64),
                unit: unit_text,
                unit_lemma,
                modifier,
                label,
            },
            j,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn one(text: &str) -> Quantity {
        let qs = QuantityExtractor::new().extract(text, &tokenize(text));
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        qs.into_iter().next().expect("one quantity")
    }

    #[test]
    fn feuerwehrleute() {
        let text = "Über 2.000 Feuerwehrleute sind im Einsatz.";
        let q = one(text);
        assert_eq!(q.span.slice(text), "Über 2.000 Feuerwehrleute");
        assert_eq!(q.value, 2000.0);
        assert_eq!(q.modifier, Modifier::MoreThan);
        assert_eq!(q.unit.as_deref(), Some("Feuerwehrleute"));
    }

    #[test]
    fn annotation_attrs() {
        let text = "Das kostet 2 Milliarden Euro.";
        let a = QuantityExtractor::new().annotate(text, &tokenize(text));
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].label, "MONEY");
        assert_eq!(a[0].attrs.value.as_deref(), Some("2000000000"));
        assert_eq!(a[0].attrs.unit_lemma.as_deref(), Some("Euro"));
        assert_eq!(a[0].attrs.modifier.as_deref(), Some("exact"));
        let json = serde_json::to_value(QuantityExtractor::new().extract(text, &tokenize(text)))
            .expect("serializes");
        assert_eq!(json[0]["modifier"], "exact");
        assert_eq!(json[0]["label"], "MONEY");
    }
}
