//! Word lists of the temporal tagger: months, weekdays, number words, units, seasons, parts of the
//! day, relative and reference words, German first and the cheap English equivalents.
//!
//! Every token is classified once into a [`Lex`] (a small `Copy` value) and a tense [`Cue`]: its
//! lower-cased text is looked up in the word tables ([`WORDS`], [`CUE_WORDS`], held as hash maps by
//! [`Lexicon`]), and words not listed go through a few cheap form tests (compounds such as
//! "Sonntagabend", "einundzwanzig", "zweitägige", "1990er"). The grammar then only looks at these
//! values. Nothing here looks at neighbouring tokens.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::tokenize::TokenKind;

/// Part of the day, with its TIMEX3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// Morning (`MO`).
    Morning,
    /// Midday (`MI`).
    Midday,
    /// Afternoon (`AF`).
    Afternoon,
    /// Evening (`EV`).
    Evening,
    /// Night (`NI`).
    Night,
}

impl Part {
    /// The TIMEX3 code (`MO`, `MI`, `AF`, `EV`, `NI`).
    pub(crate) fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Midday => "MI",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
        }
    }
}

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Weekend (only as a calendar point, never as a duration).
    Weekend,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter.
    Quarter,
    /// Half year.
    HalfYear,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

impl Unit {
    /// A TIMEX3 duration of `amount` (a number or `X`) of this unit: `P3D`, `PT5H`, `PXY`.
    pub(crate) fn duration(self, amount: &str) -> String {
        // quarters and half years are written in months (P3M, P6M)
        let months = match self {
            Unit::Quarter => 3.0,
            Unit::HalfYear => 6.0,
            _ => 0.0,
        };
        if months > 0.0 {
            return match amount.parse::<f64>() {
                Ok(n) => format!("P{}M", n * months),
                Err(_) => "PXM".to_string(),
            };
        }
        let (t, code) = match self {
            Unit::Second => ("T", "S"),
            Unit::Minute => ("T", "M"),
            Unit::Hour => ("T", "H"),
            Unit::Day => ("", "D"),
            Unit::Weekend => ("", "WE"),
            Unit::Week => ("", "W"),
            Unit::Month => ("", "M"),
            Unit::Quarter => ("", "Q"),
            Unit::HalfYear => ("", "H"),
            Unit::Year => ("", "Y"),
            Unit::Decade => ("", "DE"),
            Unit::Century => ("", "CE"),
        };
        format!("P{t}{amount}{code}")
    }
}

/// A season, with its TIMEX3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    /// Spring (`SP`).
    Spring,
    /// Summer (`SU`).
    Summer,
    /// Autumn (`FA`).
    Autumn,
    /// Winter (`WI`).
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month the season starts in (meteorological seasons).
    pub(crate) fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// A reference to past, present or future without a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ref {
    /// `PAST_REF`.
    Past,
    /// `PRESENT_REF`.
    Present,
    /// `FUTURE_REF`.
    Future,
}

impl Ref {
    /// The TIMEX3 value.
    pub(crate) fn value(self) -> &'static str {
        match self {
            Ref::Past => "PAST_REF",
            Ref::Present => "PRESENT_REF",
            Ref::Future => "FUTURE_REF",
        }
    }
}

/// A word that places a date inside a period: "Anfang", "Mitte", "Ende".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// Anfang, Beginn, early.
    Start,
    /// Mitte, mid.
    Mid,
    /// Ende, late.
    End,
}

/// Prepositions and other function words the grammar needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    /// am, an, on.
    Am,
    /// im, in, in der.
    In,
    /// um, at.
    Um,
    /// gegen, around.
    Gegen,
    /// seit, since.
    Seit,
    /// vor, ago (English "ago" follows, see [`Func::Ago`]).
    Vor,
    /// ab, bis, von, nach, für, über, zwischen, während, zum, zur, vom, auf: other prepositions.
    OtherPrep,
    /// der, die, das, den, dem, des, the.
    Article,
    /// und, and.
    Und,
    /// jede, jeden, jedes, jeder, every, each.
    Every,
    /// alle (alle zwei Wochen).
    All,
    /// pro, je, per, a.
    Per,
    /// ago (English).
    Ago,
    /// Uhr, o'clock.
    Uhr,
    /// Kalenderwoche, KW.
    CalWeek,
    /// halbe, halben, halbes, half.
    Half,
    /// lang (drei Tage lang).
    Lang,
    /// kurzem (vor kurzem).
    Kurzem,
    /// Zukunft.
    Zukunft,
    /// Vergangenheit.
    Vergangenheit,
    /// für (Jahr für Jahr).
    Fuer,
    /// später, danach, darauf, later: after the date mentioned before.
    Later,
    /// zuvor, davor, früher, earlier: before the date mentioned before.
    Earlier,
}

/// What a single token means to the temporal grammar.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) enum Lex {
    /// Nothing temporal.
    #[default]
    Other,
    /// A number of digits only: `2024`, `14`, `06`.
    Int(u32),
    /// A number word: `drei`, `zwölf`, `einundzwanzig`, `ein`.
    NumWord(u32),
    /// `n` and a half: `anderthalb` (1), `zweieinhalb` (2).
    HalfNum(u32),
    /// An ordinal written as a number: `6.`.
    Ordinal(u32),
    /// An ordinal word: `ersten`, `dritte`.
    OrdWord(u32),
    /// A month name or abbreviation (1–12).
    Month(u8),
    /// A weekday (1 = Monday … 7 = Sunday), possibly with a part of day (`Sonntagabend`).
    Weekday(u8, Option<Part>),
    /// Habitual weekday: `montags` (1–7).
    Weekdays(u8),
    /// Part of the day as a noun: `Abend`, `Nachmittag` (the noun `Morgen` is [`Lex::Morgen`]).
    Part(Part),
    /// Habitual part of day: `abends`, `morgens`.
    Parts(Part),
    /// `Mitternacht`.
    Midnight,
    /// `heute` (0), `gestern` (-1), `vorgestern` (-2), `übermorgen` (2), `today`, …
    RelDay(i8),
    /// `heutigen` (0), `gestrigen` (-1), `morgigen` (1): a relative day as an adjective.
    DayAdj(i8),
    /// `morgen` / `Morgen`: tomorrow or morning, decided by the grammar.
    Morgen,
    /// `früh`.
    Frueh,
    /// A unit noun; `true` when plural (`Tage`, `Jahren`).
    Unit(Unit, bool),
    /// A season.
    Season(Season),
    /// A reference word: `bisher`, `derzeit`, `künftig`.
    Ref(Ref),
    /// A frequency adverb or adjective: `täglich` (Day), `jährlich` (Year).
    SetWord(Unit),
    /// An open-ended duration adverb: `jahrelang` (Year).
    DurX(Unit),
    /// A relative modifier: `vergangenen` (-1), `kommenden` (+1), `diesem` (0).
    Modifier(i8),
    /// A vague amount: `mehrere`, `einige`, `wenige`, `viele`.
    Vague,
    /// Anfang / Mitte / Ende.
    Pos(Pos),
    /// A relative noun: `Vorjahr` (Year, -1), `Vormonat`, `Vorwoche`, `Vortag`.
    RelNoun(Unit, i8),
    /// A decade: start year (1990 for `1990er`, `Neunziger`), and whether the word already says
    /// "Jahre" (`Neunzigerjahre`, `1990er-Jahren`).
    Decade(i32, bool),
    /// `zweimal`, `einmal`, `twice`: how often.
    Times(u32),
    /// A duration adjective: `zweitägige` (2 days); amount 0 means unknown (`mehrtägige`).
    DurAdj(u32, Unit),
    /// A quarter written `Q2`.
    QuarterCode(u8),
    /// A holiday: a fixed day or a day relative to Easter Sunday.
    Holiday(Holiday),
    /// `frühen` / `späten` before a part of the day ("am frühen Morgen").
    EarlyLate,
    /// A function word.
    Func(Func),
}

/// A holiday's date rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// The same day every year (month, day).
    Fixed(u8, u8),
    /// Days after Easter Sunday (negative: before).
    Easter(i16),
}

/// Tense cues the sentence-level tense detector counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Cue {
    /// No cue.
    #[default]
    None,
    /// A past-tense form: `war`, `wurde`, `sagte`, `hatte`.
    Past,
    /// A future cue: `wird`, `werden`, `soll`, `will`.
    Future,
    /// A perfect auxiliary: `hat`, `haben`, `ist`, `sind`.
    Aux,
    /// A past participle (guessed): `gewählt`, `angekündigt`, `informiert`.
    Participle,
    /// A lower-case word ending in `-te`/`-ten` (maybe a weak preterite: `brannte`); counts only
    /// when the sentence has no other cue.
    WeakPast,
}

/// A number word (German or English) as a value: `drei` → 3, `einundzwanzig` → 21.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    let v = match w {
        "null" => 0,
        "ein" | "eins" | "eine" | "einen" | "einem" | "einer" | "eines" | "one" | "a" | "an" => 1,
        "zwei" | "two" => 2,
        "drei" | "three" => 3,
        "vier" | "four" => 4,
        "fünf" | "five" => 5,
        "sechs" | "six" => 6,
        "sieben" | "seven" => 7,
        "acht" | "eight" => 8,
        "neun" | "nine" => 9,
        "zehn" | "ten" => 10,
        "elf" | "eleven" => 11,
        "zwölf" | "twelve" => 12,
        "dreizehn" | "thirteen" => 13,
        "vierzehn" | "fourteen" => 14,
        "fünfzehn" | "fifteen" => 15,
        "sechzehn" | "sixteen" => 16,
        "siebzehn" | "seventeen" => 17,
        "achtzehn" | "eighteen" => 18,
        "neunzehn" | "nineteen" => 19,
        "zwanzig" | "twenty" => 20,
        "dreißig" | "dreissig" | "thirty" => 30,
        "vierzig" | "forty" => 40,
        "fünfzig" | "fifty" => 50,
        "sechzig" | "sixty" => 60,
        "siebzig" | "seventy" => 70,
        "achtzig" | "eighty" => 80,
        "neunzig" | "ninety" => 90,
        "hundert" | "einhundert" | "hundred" => 100,
        "tausend" | "eintausend" | "thousand" => 1000,
        "dutzend" | "dozen" => 12,
        _ => {
            // einundzwanzig, dreiundvierzig
            let (unit, tens) = w.split_once("und")?;
            let u = match unit {
                "ein" => 1,
                "zwei" | "drei" | "vier" | "fünf" | "sechs" | "sieben" | "acht" | "neun" => {
                    number_word(unit)?
                }
                _ => return None,
            };
            let t = number_word(tens)?;
            if !(20..=90).contains(&t) || t % 10 != 0 {
                return None;
            }
            t + u
        }
    };
    Some(v)
}

/// The number an ordinal word stands for: `ersten` → 1, `dritte` → 3, `third` → 3.
fn ordinal_word(w: &str) -> Option<u32> {
    let stem = ["en", "er", "es", "em", "e"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    let v = match stem {
        "erst" | "first" => 1,
        "zweit" | "second" => 2,
        "dritt" | "third" => 3,
        "viert" | "fourth" => 4,
        "fünft" | "fifth" => 5,
        "sechst" | "sixth" => 6,
        "siebt" | "siebent" | "seventh" => 7,
        "acht" | "eighth" => 8,
        "neunt" | "ninth" => 9,
        "zehnt" | "tenth" => 10,
        "elft" => 11,
        "zwölft" => 12,
        "dreizehnt" => 13,
        "vierzehnt" => 14,
        "fünfzehnt" => 15,
        "zwanzigst" => 20,
        "einundzwanzigst" => 21,
        "dreißigst" => 30,
        "einunddreißigst" => 31,
        _ => return None,
    };
    // "acht" alone is the number eight, not an ordinal
    (w != "acht").then_some(v)
}

/// Weekday names (1 = Monday).
fn weekday(w: &str) -> Option<u8> {
    Some(match w {
        "montag" | "monday" => 1,
        "dienstag" | "tuesday" => 2,
        "mittwoch" | "wednesday" => 3,
        "donnerstag" | "thursday" => 4,
        "freitag" | "friday" => 5,
        "samstag" | "sonnabend" | "saturday" => 6,
        "sonntag" | "sunday" => 7,
        _ => return None,
    })
}

/// Part-of-day nouns (the noun "Morgen" is handled apart because it also means "tomorrow").
fn part(w: &str) -> Option<Part> {
    Some(match w {
        "morgen" | "früh" | "frühe" | "morning" => Part::Morning,
        "vormittag" => Part::Morning,
        "mittag" | "noon" | "midday" => Part::Midday,
        "nachmittag" | "afternoon" => Part::Afternoon,
        "abend" | "evening" => Part::Evening,
        "nacht" | "night" => Part::Night,
        _ => return None,
    })
}

/// A weekday compound: `sonntagabend`, `montagmorgen`, `sonntag-abend`.
fn weekday_compound(w: &str) -> Option<(u8, Part)> {
    for suffix in [
        "vormittag",
        "nachmittag",
        "morgen",
        "mittag",
        "abend",
        "nacht",
    ] {
        if let Some(head) = w.strip_suffix(suffix) {
            let head = head.strip_suffix('-').unwrap_or(head);
            if let Some(d) = weekday(head) {
                return Some((d, part(suffix)?));
            }
        }
    }
    None
}

/// A decade word: `1990er`, `90er`, `1990ern`, `1990er-jahre`, `neunziger`, `neunzigerjahren`.
fn decade(w: &str) -> Option<(i32, bool)> {
    let (head, jahre) = match w.rfind("er") {
        Some(k) => {
            let rest = &w[k + 2..];
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            match rest {
                "" | "n" => (&w[..k], false),
                "jahre" | "jahren" | "jahrs" | "jahres" => (&w[..k], true),
                _ => return None,
            }
        }
        None => return None,
    };
    if !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()) {
        let n: i32 = head.parse().ok()?;
        return match head.len() {
            4 if n % 10 == 0 && (1000..=2100).contains(&n) => Some((n, jahre)),
            2 if n % 10 == 0 => Some((if n >= 20 { 1900 + n } else { 2000 + n }, jahre)),
            _ => None,
        };
    }
    let tens = match head {
        "zwanzig" => 20,
        "dreißig" | "dreissig" => 30,
        "vierzig" => 40,
        "fünfzig" => 50,
        "sechzig" => 60,
        "siebzig" => 70,
        "achtzig" => 80,
        "neunzig" => 90,
        _ => return None,
    };
    Some((1900 + tens, jahre))
}

/// A duration adjective: `zweitägige`, `20-jährigen`, `dreiwöchiger`, `mehrtägige` (amount 0).
fn duration_adjective(w: &str) -> Option<(u32, Unit)> {
    const STEMS: &[(&str, Unit)] = &[
        ("tägig", Unit::Day),
        ("wöchig", Unit::Week),
        ("monatig", Unit::Month),
        ("jährig", Unit::Year),
        ("stündig", Unit::Hour),
        ("minütig", Unit::Minute),
    ];
    for &(stem, unit) in STEMS {
        let Some(k) = w.find(stem) else { continue };
        let rest = &w[k + stem.len()..];
        if !matches!(rest, "" | "e" | "en" | "er" | "es" | "em") {
            return None;
        }
        let head = w[..k].strip_suffix('-').unwrap_or(&w[..k]);
        let n = if !head.is_empty() && head.len() <= 4 && head.bytes().all(|b| b.is_ascii_digit()) {
            head.parse().ok()?
        } else if head == "mehr" {
            0
        } else {
            number_word(head).filter(|&n| n > 0)?
        };
        return Some((n, unit));
    }
    None
}

/// Classifies one token. `buf` is scratch space reused across calls.
pub(crate) fn classify(
    lexicon: &Lexicon,
    text: &str,
    kind: TokenKind,
    buf: &mut String,
) -> (Lex, Cue) {
    match kind {
        TokenKind::Number => {
            if text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(v) = text.parse() {
                    return (Lex::Int(v), Cue::None);
                }
            }
            return (Lex::Other, Cue::None);
        }
        TokenKind::Ordinal => {
            let digits = text.strip_suffix('.').unwrap_or(text);
            if digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(v) = digits.parse() {
                    return (Lex::Ordinal(v), Cue::None);
                }
            }
            return (Lex::Other, Cue::None);
        }
        TokenKind::Word | TokenKind::Abbreviation => {}
        _ => return (Lex::Other, Cue::None),
    }
    if text.len() > 40 {
        return (Lex::Other, Cue::None);
    }
    buf.clear();
    if text.is_ascii() {
        buf.push_str(text);
        buf.make_ascii_lowercase();
    } else {
        for c in text.chars() {
            if c == '\u{AD}' {
                continue; // soft hyphen
            }
            buf.extend(c.to_lowercase());
        }
    }
    let w = buf.strip_suffix('.').unwrap_or(buf);
    let lex = lexicon
        .words
        .get(w)
        .copied()
        .unwrap_or_else(|| derived(w, text));
    let mut cue = lexicon.cues.get(w).copied().unwrap_or_else(|| cue_guess(w));
    if cue == Cue::WeakPast && !text.starts_with(char::is_lowercase) {
        cue = Cue::None; // nouns: "Weihnachten", "Rente"
    }
    (lex, cue)
}

/// Every word with a fixed meaning, lower case. Kept sorted by bytes (a test checks it), so a
/// duplicate stands out; the tagger loads it into a hash map ([`Lexicon`]).
#[rustfmt::skip]
const WORDS: &[(&str, Lex)] = &[
    ("a", Lex::NumWord(1)),
    ("ab", Lex::Func(Func::OtherPrep)),
    ("abend", Lex::Part(Part::Evening)),
    ("abends", Lex::Parts(Part::Evening)),
    ("abendstunden", Lex::Part(Part::Evening)),
    ("acht", Lex::NumWord(8)),
    ("achtzehn", Lex::NumWord(18)),
    ("achtzig", Lex::NumWord(80)),
    ("after", Lex::Func(Func::OtherPrep)),
    ("afternoon", Lex::Part(Part::Afternoon)),
    ("ago", Lex::Func(Func::Ago)),
    ("alle", Lex::Func(Func::All)),
    ("allen", Lex::Func(Func::All)),
    ("allerheiligen", Lex::Holiday(Holiday::Fixed(11, 1))),
    ("alljährlich", Lex::SetWord(Unit::Year)),
    ("alltäglich", Lex::SetWord(Unit::Day)),
    ("am", Lex::Func(Func::Am)),
    ("an", Lex::Func(Func::Am)),
    ("and", Lex::Func(Func::Und)),
    ("anderthalb", Lex::HalfNum(1)),
    ("anfang", Lex::Pos(Pos::Start)),
    ("annual", Lex::SetWord(Unit::Year)),
    ("annually", Lex::SetWord(Unit::Year)),
    ("apr", Lex::Month(4)),
    ("april", Lex::Month(4)),
    ("around", Lex::Func(Func::Gegen)),
    ("aschermittwoch", Lex::Holiday(Holiday::Easter(-46))),
    ("at", Lex::Func(Func::Um)),
    ("auf", Lex::Func(Func::OtherPrep)),
    ("aug", Lex::Month(8)),
    ("august", Lex::Month(8)),
    ("autumn", Lex::Season(Season::Autumn)),
    ("bald", Lex::Ref(Ref::Future)),
    ("before", Lex::Func(Func::OtherPrep)),
    ("beginn", Lex::Pos(Pos::Start)),
    ("between", Lex::Func(Func::OtherPrep)),
    ("binnen", Lex::Func(Func::OtherPrep)),
    ("bis", Lex::Func(Func::OtherPrep)),
    ("bisher", Lex::Ref(Ref::Past)),
    ("bislang", Lex::Ref(Ref::Past)),
    ("by", Lex::Func(Func::OtherPrep)),
    ("centuries", Lex::Unit(Unit::Century, true)),
    ("century", Lex::Unit(Unit::Century, false)),
    ("christmas", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("coming", Lex::Modifier(1)),
    ("currently", Lex::Ref(Ref::Present)),
    ("daily", Lex::SetWord(Unit::Day)),
    ("damals", Lex::Ref(Ref::Past)),
    ("danach", Lex::Func(Func::Later)),
    ("darauf", Lex::Func(Func::Later)),
    ("das", Lex::Func(Func::Article)),
    ("davor", Lex::Func(Func::Earlier)),
    ("day", Lex::Unit(Unit::Day, false)),
    ("days", Lex::Unit(Unit::Day, true)),
    ("dec", Lex::Month(12)),
    ("decade", Lex::Unit(Unit::Decade, false)),
    ("decades", Lex::Unit(Unit::Decade, true)),
    ("december", Lex::Month(12)),
    ("dem", Lex::Func(Func::Article)),
    ("demnächst", Lex::Ref(Ref::Future)),
    ("den", Lex::Func(Func::Article)),
    ("der", Lex::Func(Func::Article)),
    ("derzeit", Lex::Ref(Ref::Present)),
    ("des", Lex::Func(Func::Article)),
    ("dez", Lex::Month(12)),
    ("dezember", Lex::Month(12)),
    ("die", Lex::Func(Func::Article)),
    ("dienstag", Lex::Weekday(2, None)),
    ("diese", Lex::Modifier(0)),
    ("diesem", Lex::Modifier(0)),
    ("diesen", Lex::Modifier(0)),
    ("dieser", Lex::Modifier(0)),
    ("dieses", Lex::Modifier(0)),
    ("diesjährige", Lex::RelNoun(Unit::Year, 0)),
    ("diesjährigen", Lex::RelNoun(Unit::Year, 0)),
    ("diesjähriger", Lex::RelNoun(Unit::Year, 0)),
    ("diesjähriges", Lex::RelNoun(Unit::Year, 0)),
    ("donnerstag", Lex::Weekday(4, None)),
    ("dozen", Lex::NumWord(12)),
    ("drei", Lex::NumWord(3)),
    ("dreieinhalb", Lex::HalfNum(3)),
    ("dreimal", Lex::Times(3)),
    ("dreissig", Lex::NumWord(30)),
    ("dreizehn", Lex::NumWord(13)),
    ("dreißig", Lex::NumWord(30)),
    ("during", Lex::Func(Func::OtherPrep)),
    ("dutzend", Lex::NumWord(12)),
    ("each", Lex::Func(Func::Every)),
    ("earlier", Lex::Func(Func::Earlier)),
    ("early", Lex::Pos(Pos::Start)),
    ("easter", Lex::Holiday(Holiday::Easter(0))),
    ("eight", Lex::NumWord(8)),
    ("eighteen", Lex::NumWord(18)),
    ("eighty", Lex::NumWord(80)),
    ("ein", Lex::NumWord(1)),
    ("eine", Lex::NumWord(1)),
    ("eineinhalb", Lex::HalfNum(1)),
    ("einem", Lex::NumWord(1)),
    ("einen", Lex::NumWord(1)),
    ("einer", Lex::NumWord(1)),
    ("eines", Lex::NumWord(1)),
    ("einhundert", Lex::NumWord(100)),
    ("einige", Lex::Vague),
    ("einigen", Lex::Vague),
    ("einmal", Lex::Times(1)),
    ("eins", Lex::NumWord(1)),
    ("einst", Lex::Ref(Ref::Past)),
    ("eintausend", Lex::NumWord(1000)),
    ("eleven", Lex::NumWord(11)),
    ("elf", Lex::NumWord(11)),
    ("ende", Lex::Pos(Pos::End)),
    ("etliche", Lex::Vague),
    ("etlichen", Lex::Vague),
    ("evening", Lex::Part(Part::Evening)),
    ("evenings", Lex::Parts(Part::Evening)),
    ("every", Lex::Func(Func::Every)),
    ("feb", Lex::Month(2)),
    ("feber", Lex::Month(2)),
    ("febr", Lex::Month(2)),
    ("februar", Lex::Month(2)),
    ("february", Lex::Month(2)),
    ("few", Lex::Vague),
    ("fifteen", Lex::NumWord(15)),
    ("fifty", Lex::NumWord(50)),
    ("five", Lex::NumWord(5)),
    ("folgejahr", Lex::RelNoun(Unit::Year, 1)),
    ("folgejahres", Lex::RelNoun(Unit::Year, 1)),
    ("folgenden", Lex::Modifier(1)),
    ("folgetag", Lex::RelNoun(Unit::Day, 1)),
    ("folgetages", Lex::RelNoun(Unit::Day, 1)),
    ("for", Lex::Func(Func::OtherPrep)),
    ("formerly", Lex::Ref(Ref::Past)),
    ("forty", Lex::NumWord(40)),
    ("four", Lex::NumWord(4)),
    ("fourteen", Lex::NumWord(14)),
    ("freitag", Lex::Weekday(5, None)),
    ("friday", Lex::Weekday(5, None)),
    ("from", Lex::Func(Func::OtherPrep)),
    ("fronleichnam", Lex::Holiday(Holiday::Easter(60))),
    ("früh", Lex::Frueh),
    ("frühe", Lex::Part(Part::Morning)),
    ("frühen", Lex::EarlyLate),
    ("früher", Lex::Func(Func::Earlier)),
    ("frühherbst", Lex::Season(Season::Autumn)),
    ("frühjahr", Lex::Season(Season::Spring)),
    ("frühjahrs", Lex::Season(Season::Spring)),
    ("frühling", Lex::Season(Season::Spring)),
    ("frühlings", Lex::Season(Season::Spring)),
    ("frühsommer", Lex::Season(Season::Summer)),
    ("future", Lex::Func(Func::Zukunft)),
    ("fünf", Lex::NumWord(5)),
    ("fünfeinhalb", Lex::HalfNum(5)),
    ("fünfmal", Lex::Times(5)),
    ("fünfzehn", Lex::NumWord(15)),
    ("fünfzig", Lex::NumWord(50)),
    ("für", Lex::Func(Func::Fuer)),
    ("gegen", Lex::Func(Func::Gegen)),
    ("gegenwärtig", Lex::Ref(Ref::Present)),
    ("gestern", Lex::RelDay(-1)),
    ("gestrige", Lex::DayAdj(-1)),
    ("gestrigem", Lex::DayAdj(-1)),
    ("gestrigen", Lex::DayAdj(-1)),
    ("gestriger", Lex::DayAdj(-1)),
    ("gestriges", Lex::DayAdj(-1)),
    ("gründonnerstag", Lex::Holiday(Holiday::Easter(-3))),
    ("halbe", Lex::Func(Func::Half)),
    ("halben", Lex::Func(Func::Half)),
    ("halber", Lex::Func(Func::Half)),
    ("halbes", Lex::Func(Func::Half)),
    ("halbjahr", Lex::Unit(Unit::HalfYear, false)),
    ("halbjahre", Lex::Unit(Unit::HalfYear, true)),
    ("halbjahren", Lex::Unit(Unit::HalfYear, true)),
    ("halbjahres", Lex::Unit(Unit::HalfYear, false)),
    ("halbjahrs", Lex::Unit(Unit::HalfYear, false)),
    ("halbjährlich", Lex::SetWord(Unit::HalfYear)),
    ("halbjährliche", Lex::SetWord(Unit::HalfYear)),
    ("halbjährlichen", Lex::SetWord(Unit::HalfYear)),
    ("half", Lex::Func(Func::Half)),
    ("halloween", Lex::Holiday(Holiday::Fixed(10, 31))),
    ("heiligabend", Lex::Holiday(Holiday::Fixed(12, 24))),
    ("herbst", Lex::Season(Season::Autumn)),
    ("herbstes", Lex::Season(Season::Autumn)),
    ("herbsts", Lex::Season(Season::Autumn)),
    ("heuer", Lex::RelNoun(Unit::Year, 0)),
    ("heute", Lex::RelDay(0)),
    ("heutige", Lex::DayAdj(0)),
    ("heutigem", Lex::DayAdj(0)),
    ("heutigen", Lex::DayAdj(0)),
    ("heutiger", Lex::DayAdj(0)),
    ("heutiges", Lex::DayAdj(0)),
    ("heutzutage", Lex::Ref(Ref::Present)),
    ("himmelfahrt", Lex::Holiday(Holiday::Easter(39))),
    ("hochsommer", Lex::Season(Season::Summer)),
    ("hour", Lex::Unit(Unit::Hour, false)),
    ("hourly", Lex::SetWord(Unit::Hour)),
    ("hours", Lex::Unit(Unit::Hour, true)),
    ("hundert", Lex::NumWord(100)),
    ("hundred", Lex::NumWord(100)),
    ("im", Lex::Func(Func::In)),
    ("in", Lex::Func(Func::In)),
    ("innerhalb", Lex::Func(Func::OtherPrep)),
    ("jahr", Lex::Unit(Unit::Year, false)),
    ("jahre", Lex::Unit(Unit::Year, true)),
    ("jahrelang", Lex::DurX(Unit::Year)),
    ("jahrelange", Lex::DurX(Unit::Year)),
    ("jahrelangen", Lex::DurX(Unit::Year)),
    ("jahrelanger", Lex::DurX(Unit::Year)),
    ("jahren", Lex::Unit(Unit::Year, true)),
    ("jahres", Lex::Unit(Unit::Year, false)),
    ("jahresanfang", Lex::RelNoun(Unit::Year, 0)),
    ("jahresbeginn", Lex::RelNoun(Unit::Year, 0)),
    ("jahresende", Lex::RelNoun(Unit::Year, 0)),
    ("jahreshälfte", Lex::Unit(Unit::HalfYear, false)),
    ("jahreshälften", Lex::Unit(Unit::HalfYear, true)),
    ("jahresmitte", Lex::RelNoun(Unit::Year, 0)),
    ("jahrhundert", Lex::Unit(Unit::Century, false)),
    ("jahrhunderte", Lex::Unit(Unit::Century, true)),
    ("jahrhunderten", Lex::Unit(Unit::Century, true)),
    ("jahrhunderts", Lex::Unit(Unit::Century, false)),
    ("jahrs", Lex::Unit(Unit::Year, false)),
    ("jahrzehnt", Lex::Unit(Unit::Decade, false)),
    ("jahrzehnte", Lex::Unit(Unit::Decade, true)),
    ("jahrzehntelang", Lex::DurX(Unit::Decade)),
    ("jahrzehntelange", Lex::DurX(Unit::Decade)),
    ("jahrzehntelangen", Lex::DurX(Unit::Decade)),
    ("jahrzehntelanger", Lex::DurX(Unit::Decade)),
    ("jahrzehnten", Lex::Unit(Unit::Decade, true)),
    ("jahrzehntes", Lex::Unit(Unit::Decade, false)),
    ("jahrzehnts", Lex::Unit(Unit::Decade, false)),
    ("jan", Lex::Month(1)),
    ("januar", Lex::Month(1)),
    ("january", Lex::Month(1)),
    ("je", Lex::Func(Func::Per)),
    ("jede", Lex::Func(Func::Every)),
    ("jedem", Lex::Func(Func::Every)),
    ("jeden", Lex::Func(Func::Every)),
    ("jeder", Lex::Func(Func::Every)),
    ("jedes", Lex::Func(Func::Every)),
    ("jetzt", Lex::Ref(Ref::Present)),
    ("jul", Lex::Month(7)),
    ("juli", Lex::Month(7)),
    ("july", Lex::Month(7)),
    ("jun", Lex::Month(6)),
    ("june", Lex::Month(6)),
    ("juni", Lex::Month(6)),
    ("jährlich", Lex::SetWord(Unit::Year)),
    ("jährliche", Lex::SetWord(Unit::Year)),
    ("jährlichen", Lex::SetWord(Unit::Year)),
    ("jährlicher", Lex::SetWord(Unit::Year)),
    ("jährliches", Lex::SetWord(Unit::Year)),
    ("jänner", Lex::Month(1)),
    ("jüngst", Lex::Ref(Ref::Past)),
    ("kalenderwoche", Lex::Func(Func::CalWeek)),
    ("karfreitag", Lex::Holiday(Holiday::Easter(-2))),
    ("kommende", Lex::Modifier(1)),
    ("kommenden", Lex::Modifier(1)),
    ("kommender", Lex::Modifier(1)),
    ("kommendes", Lex::Modifier(1)),
    ("kurzem", Lex::Func(Func::Kurzem)),
    ("kw", Lex::Func(Func::CalWeek)),
    ("künftig", Lex::Ref(Ref::Future)),
    ("kürzlich", Lex::Ref(Ref::Past)),
    ("lang", Lex::Func(Func::Lang)),
    ("last", Lex::Modifier(-1)),
    ("late", Lex::Pos(Pos::End)),
    ("later", Lex::Func(Func::Later)),
    ("laufe", Lex::Pos(Pos::Mid)),
    ("laufende", Lex::Modifier(0)),
    ("laufenden", Lex::Modifier(0)),
    ("laufendes", Lex::Modifier(0)),
    ("letzte", Lex::Modifier(-1)),
    ("letzten", Lex::Modifier(-1)),
    ("letzter", Lex::Modifier(-1)),
    ("letztes", Lex::Modifier(-1)),
    ("letztjährige", Lex::RelNoun(Unit::Year, -1)),
    ("letztjährigen", Lex::RelNoun(Unit::Year, -1)),
    ("letztjähriger", Lex::RelNoun(Unit::Year, -1)),
    ("letztjähriges", Lex::RelNoun(Unit::Year, -1)),
    ("long", Lex::Func(Func::Lang)),
    ("maerz", Lex::Month(3)),
    ("mai", Lex::Month(5)),
    ("many", Lex::Vague),
    ("mar", Lex::Month(3)),
    ("march", Lex::Month(3)),
    ("may", Lex::Month(5)),
    ("mehrere", Lex::Vague),
    ("mehreren", Lex::Vague),
    ("mid", Lex::Pos(Pos::Mid)),
    ("midday", Lex::Part(Part::Midday)),
    ("midnight", Lex::Midnight),
    ("minute", Lex::Unit(Unit::Minute, false)),
    ("minuten", Lex::Unit(Unit::Minute, true)),
    ("minutes", Lex::Unit(Unit::Minute, true)),
    ("mittag", Lex::Part(Part::Midday)),
    ("mittags", Lex::Parts(Part::Midday)),
    ("mittagsstunden", Lex::Part(Part::Midday)),
    ("mitte", Lex::Pos(Pos::Mid)),
    ("mitternacht", Lex::Midnight),
    ("mittwoch", Lex::Weekday(3, None)),
    ("momentan", Lex::Ref(Ref::Present)),
    ("monat", Lex::Unit(Unit::Month, false)),
    ("monate", Lex::Unit(Unit::Month, true)),
    ("monatelang", Lex::DurX(Unit::Month)),
    ("monatelange", Lex::DurX(Unit::Month)),
    ("monatelangen", Lex::DurX(Unit::Month)),
    ("monatelanger", Lex::DurX(Unit::Month)),
    ("monaten", Lex::Unit(Unit::Month, true)),
    ("monatlich", Lex::SetWord(Unit::Month)),
    ("monatliche", Lex::SetWord(Unit::Month)),
    ("monatlichen", Lex::SetWord(Unit::Month)),
    ("monatlicher", Lex::SetWord(Unit::Month)),
    ("monatliches", Lex::SetWord(Unit::Month)),
    ("monats", Lex::Unit(Unit::Month, false)),
    ("monatsanfang", Lex::RelNoun(Unit::Month, 0)),
    ("monatsbeginn", Lex::RelNoun(Unit::Month, 0)),
    ("monatsende", Lex::RelNoun(Unit::Month, 0)),
    ("monatsmitte", Lex::RelNoun(Unit::Month, 0)),
    ("monday", Lex::Weekday(1, None)),
    ("montag", Lex::Weekday(1, None)),
    ("month", Lex::Unit(Unit::Month, false)),
    ("monthly", Lex::SetWord(Unit::Month)),
    ("months", Lex::Unit(Unit::Month, true)),
    ("morgen", Lex::Morgen),
    ("morgens", Lex::Parts(Part::Morning)),
    ("morgenstunden", Lex::Part(Part::Morning)),
    ("morgige", Lex::DayAdj(1)),
    ("morgigem", Lex::DayAdj(1)),
    ("morgigen", Lex::DayAdj(1)),
    ("morgiger", Lex::DayAdj(1)),
    ("morgiges", Lex::DayAdj(1)),
    ("morning", Lex::Part(Part::Morning)),
    ("mornings", Lex::Parts(Part::Morning)),
    ("mrz", Lex::Month(3)),
    ("mär", Lex::Month(3)),
    ("märz", Lex::Month(3)),
    ("nach", Lex::Func(Func::OtherPrep)),
    ("nachmittag", Lex::Part(Part::Afternoon)),
    ("nachmittags", Lex::Parts(Part::Afternoon)),
    ("nachmittagsstunden", Lex::Part(Part::Afternoon)),
    ("nacht", Lex::Part(Part::Night)),
    ("nachts", Lex::Parts(Part::Night)),
    ("nachtstunden", Lex::Part(Part::Night)),
    ("neujahr", Lex::Holiday(Holiday::Fixed(1, 1))),
    ("neujahrstag", Lex::Holiday(Holiday::Fixed(1, 1))),
    ("neulich", Lex::Ref(Ref::Past)),
    ("neun", Lex::NumWord(9)),
    ("neunzehn", Lex::NumWord(19)),
    ("neunzig", Lex::NumWord(90)),
    ("next", Lex::Modifier(1)),
    ("night", Lex::Part(Part::Night)),
    ("nights", Lex::Parts(Part::Night)),
    ("nine", Lex::NumWord(9)),
    ("nineteen", Lex::NumWord(19)),
    ("ninety", Lex::NumWord(90)),
    ("noon", Lex::Part(Part::Midday)),
    ("nov", Lex::Month(11)),
    ("november", Lex::Month(11)),
    ("now", Lex::Ref(Ref::Present)),
    ("nowadays", Lex::Ref(Ref::Present)),
    ("null", Lex::NumWord(0)),
    ("nächste", Lex::Modifier(1)),
    ("nächsten", Lex::Modifier(1)),
    ("nächster", Lex::Modifier(1)),
    ("nächstes", Lex::Modifier(1)),
    ("o'clock", Lex::Func(Func::Uhr)),
    ("oct", Lex::Month(10)),
    ("october", Lex::Month(10)),
    ("of", Lex::Func(Func::OtherPrep)),
    ("okt", Lex::Month(10)),
    ("oktober", Lex::Month(10)),
    ("on", Lex::Func(Func::Am)),
    ("once", Lex::Times(1)),
    ("one", Lex::NumWord(1)),
    ("ostermontag", Lex::Holiday(Holiday::Easter(1))),
    ("ostern", Lex::Holiday(Holiday::Easter(0))),
    ("ostersonntag", Lex::Holiday(Holiday::Easter(0))),
    ("past", Lex::Func(Func::Vergangenheit)),
    ("per", Lex::Func(Func::Per)),
    ("pfingsten", Lex::Holiday(Holiday::Easter(49))),
    ("pfingstmontag", Lex::Holiday(Holiday::Easter(50))),
    ("pfingstsonntag", Lex::Holiday(Holiday::Easter(49))),
    ("previously", Lex::Ref(Ref::Past)),
    ("pro", Lex::Func(Func::Per)),
    ("q1", Lex::QuarterCode(1)),
    ("q2", Lex::QuarterCode(2)),
    ("q3", Lex::QuarterCode(3)),
    ("q4", Lex::QuarterCode(4)),
    ("quartal", Lex::Unit(Unit::Quarter, false)),
    ("quartale", Lex::Unit(Unit::Quarter, true)),
    ("quartalen", Lex::Unit(Unit::Quarter, true)),
    ("quartals", Lex::Unit(Unit::Quarter, false)),
    ("quartalsweise", Lex::SetWord(Unit::Quarter)),
    ("quarter", Lex::Unit(Unit::Quarter, false)),
    ("quarterly", Lex::SetWord(Unit::Quarter)),
    ("quarters", Lex::Unit(Unit::Quarter, true)),
    ("recently", Lex::Ref(Ref::Past)),
    ("reformationstag", Lex::Holiday(Holiday::Fixed(10, 31))),
    ("rosenmontag", Lex::Holiday(Holiday::Easter(-48))),
    ("samstag", Lex::Weekday(6, None)),
    ("saturday", Lex::Weekday(6, None)),
    ("sechs", Lex::NumWord(6)),
    ("sechzehn", Lex::NumWord(16)),
    ("sechzig", Lex::NumWord(60)),
    ("second", Lex::Unit(Unit::Second, false)),
    ("seconds", Lex::Unit(Unit::Second, true)),
    ("seit", Lex::Func(Func::Seit)),
    ("seitdem", Lex::Func(Func::Seit)),
    ("seither", Lex::Ref(Ref::Past)),
    ("sekunde", Lex::Unit(Unit::Second, false)),
    ("sekunden", Lex::Unit(Unit::Second, true)),
    ("sep", Lex::Month(9)),
    ("sept", Lex::Month(9)),
    ("september", Lex::Month(9)),
    ("seven", Lex::NumWord(7)),
    ("seventeen", Lex::NumWord(17)),
    ("seventy", Lex::NumWord(70)),
    ("several", Lex::Vague),
    ("sieben", Lex::NumWord(7)),
    ("siebzehn", Lex::NumWord(17)),
    ("siebzig", Lex::NumWord(70)),
    ("silvester", Lex::Holiday(Holiday::Fixed(12, 31))),
    ("silvesterabend", Lex::Holiday(Holiday::Fixed(12, 31))),
    ("since", Lex::Func(Func::Seit)),
    ("six", Lex::NumWord(6)),
    ("sixteen", Lex::NumWord(16)),
    ("sixty", Lex::NumWord(60)),
    ("sommer", Lex::Season(Season::Summer)),
    ("sommers", Lex::Season(Season::Summer)),
    ("sonnabend", Lex::Weekday(6, None)),
    ("sonntag", Lex::Weekday(7, None)),
    ("soon", Lex::Ref(Ref::Future)),
    ("spring", Lex::Season(Season::Spring)),
    ("späten", Lex::EarlyLate),
    ("später", Lex::Func(Func::Later)),
    ("spätherbst", Lex::Season(Season::Autumn)),
    ("spätsommer", Lex::Season(Season::Summer)),
    ("spätwinter", Lex::Season(Season::Winter)),
    ("stunde", Lex::Unit(Unit::Hour, false)),
    ("stunden", Lex::Unit(Unit::Hour, true)),
    ("stundenlang", Lex::DurX(Unit::Hour)),
    ("stundenlange", Lex::DurX(Unit::Hour)),
    ("stundenlangen", Lex::DurX(Unit::Hour)),
    ("stundenlanger", Lex::DurX(Unit::Hour)),
    ("stündlich", Lex::SetWord(Unit::Hour)),
    ("stündliche", Lex::SetWord(Unit::Hour)),
    ("stündlichen", Lex::SetWord(Unit::Hour)),
    ("summer", Lex::Season(Season::Summer)),
    ("sunday", Lex::Weekday(7, None)),
    ("tag", Lex::Unit(Unit::Day, false)),
    ("tage", Lex::Unit(Unit::Day, true)),
    ("tagelang", Lex::DurX(Unit::Day)),
    ("tagelange", Lex::DurX(Unit::Day)),
    ("tagelangen", Lex::DurX(Unit::Day)),
    ("tagelanger", Lex::DurX(Unit::Day)),
    ("tagen", Lex::Unit(Unit::Day, true)),
    ("tages", Lex::Unit(Unit::Day, false)),
    ("tausend", Lex::NumWord(1000)),
    ("ten", Lex::NumWord(10)),
    ("the", Lex::Func(Func::Article)),
    ("thirteen", Lex::NumWord(13)),
    ("thirty", Lex::NumWord(30)),
    ("this", Lex::Modifier(0)),
    ("thousand", Lex::NumWord(1000)),
    ("three", Lex::NumWord(3)),
    ("thrice", Lex::Times(3)),
    ("thursday", Lex::Weekday(4, None)),
    ("till", Lex::Func(Func::OtherPrep)),
    ("today", Lex::RelDay(0)),
    ("tomorrow", Lex::RelDay(1)),
    ("tonight", Lex::Part(Part::Night)),
    ("tuesday", Lex::Weekday(2, None)),
    ("twelve", Lex::NumWord(12)),
    ("twenty", Lex::NumWord(20)),
    ("twice", Lex::Times(2)),
    ("two", Lex::NumWord(2)),
    ("täglich", Lex::SetWord(Unit::Day)),
    ("tägliche", Lex::SetWord(Unit::Day)),
    ("täglichen", Lex::SetWord(Unit::Day)),
    ("täglicher", Lex::SetWord(Unit::Day)),
    ("tägliches", Lex::SetWord(Unit::Day)),
    ("uhr", Lex::Func(Func::Uhr)),
    ("um", Lex::Func(Func::Um)),
    ("und", Lex::Func(Func::Und)),
    ("unlängst", Lex::Ref(Ref::Past)),
    ("until", Lex::Func(Func::OtherPrep)),
    ("valentinstag", Lex::Holiday(Holiday::Fixed(2, 14))),
    ("vergangene", Lex::Modifier(-1)),
    ("vergangenen", Lex::Modifier(-1)),
    ("vergangener", Lex::Modifier(-1)),
    ("vergangenes", Lex::Modifier(-1)),
    ("vergangenheit", Lex::Func(Func::Vergangenheit)),
    ("viele", Lex::Vague),
    ("vielen", Lex::Vague),
    ("vier", Lex::NumWord(4)),
    ("viereinhalb", Lex::HalfNum(4)),
    ("viermal", Lex::Times(4)),
    ("vierteljährlich", Lex::SetWord(Unit::Quarter)),
    ("vierzehn", Lex::NumWord(14)),
    ("vierzig", Lex::NumWord(40)),
    ("vom", Lex::Func(Func::OtherPrep)),
    ("von", Lex::Func(Func::OtherPrep)),
    ("vor", Lex::Func(Func::Vor)),
    ("vorgestern", Lex::RelDay(-2)),
    ("vorgestrige", Lex::DayAdj(-2)),
    ("vorgestrigem", Lex::DayAdj(-2)),
    ("vorgestrigen", Lex::DayAdj(-2)),
    ("vorgestriger", Lex::DayAdj(-2)),
    ("vorgestriges", Lex::DayAdj(-2)),
    ("vorherigen", Lex::Modifier(-1)),
    ("vorhin", Lex::Ref(Ref::Past)),
    ("vorige", Lex::Modifier(-1)),
    ("vorigen", Lex::Modifier(-1)),
    ("voriger", Lex::Modifier(-1)),
    ("voriges", Lex::Modifier(-1)),
    ("vorjahr", Lex::RelNoun(Unit::Year, -1)),
    ("vorjahres", Lex::RelNoun(Unit::Year, -1)),
    ("vorjahrs", Lex::RelNoun(Unit::Year, -1)),
    ("vorjährige", Lex::RelNoun(Unit::Year, -1)),
    ("vorjährigen", Lex::RelNoun(Unit::Year, -1)),
    ("vorjähriger", Lex::RelNoun(Unit::Year, -1)),
    ("vorjähriges", Lex::RelNoun(Unit::Year, -1)),
    ("vormittag", Lex::Part(Part::Morning)),
    ("vormittags", Lex::Parts(Part::Morning)),
    ("vormittagsstunden", Lex::Part(Part::Morning)),
    ("vormonat", Lex::RelNoun(Unit::Month, -1)),
    ("vormonats", Lex::RelNoun(Unit::Month, -1)),
    ("vortag", Lex::RelNoun(Unit::Day, -1)),
    ("vortages", Lex::RelNoun(Unit::Day, -1)),
    ("vortags", Lex::RelNoun(Unit::Day, -1)),
    ("vorwoche", Lex::RelNoun(Unit::Week, -1)),
    ("wednesday", Lex::Weekday(3, None)),
    ("week", Lex::Unit(Unit::Week, false)),
    ("weekend", Lex::Unit(Unit::Weekend, false)),
    ("weekly", Lex::SetWord(Unit::Week)),
    ("weeks", Lex::Unit(Unit::Week, true)),
    ("weihnachten", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("weihnachtstag", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("wenige", Lex::Vague),
    ("wenigen", Lex::Vague),
    ("winter", Lex::Season(Season::Winter)),
    ("winters", Lex::Season(Season::Winter)),
    ("within", Lex::Func(Func::OtherPrep)),
    ("woche", Lex::Unit(Unit::Week, false)),
    ("wochen", Lex::Unit(Unit::Week, true)),
    ("wochenanfang", Lex::RelNoun(Unit::Week, 0)),
    ("wochenbeginn", Lex::RelNoun(Unit::Week, 0)),
    ("wochenende", Lex::Unit(Unit::Weekend, false)),
    ("wochenendes", Lex::Unit(Unit::Weekend, false)),
    ("wochenlang", Lex::DurX(Unit::Week)),
    ("wochenlange", Lex::DurX(Unit::Week)),
    ("wochenlangen", Lex::DurX(Unit::Week)),
    ("wochenlanger", Lex::DurX(Unit::Week)),
    ("wochenmitte", Lex::RelNoun(Unit::Week, 0)),
    ("während", Lex::Func(Func::OtherPrep)),
    ("wöchentlich", Lex::SetWord(Unit::Week)),
    ("wöchentliche", Lex::SetWord(Unit::Week)),
    ("wöchentlichen", Lex::SetWord(Unit::Week)),
    ("wöchentlicher", Lex::SetWord(Unit::Week)),
    ("wöchentliches", Lex::SetWord(Unit::Week)),
    ("year", Lex::Unit(Unit::Year, false)),
    ("yearly", Lex::SetWord(Unit::Year)),
    ("years", Lex::Unit(Unit::Year, true)),
    ("yesterday", Lex::RelDay(-1)),
    ("zahlreiche", Lex::Vague),
    ("zahlreichen", Lex::Vague),
    ("zehn", Lex::NumWord(10)),
    ("zehnmal", Lex::Times(10)),
    ("zukunft", Lex::Func(Func::Zukunft)),
    ("zukünftig", Lex::Ref(Ref::Future)),
    ("zum", Lex::Func(Func::OtherPrep)),
    ("zur", Lex::Func(Func::OtherPrep)),
    ("zurzeit", Lex::Ref(Ref::Present)),
    ("zuvor", Lex::Func(Func::Earlier)),
    ("zwanzig", Lex::NumWord(20)),
    ("zwei", Lex::NumWord(2)),
    ("zweieinhalb", Lex::HalfNum(2)),
    ("zweimal", Lex::Times(2)),
    ("zwischen", Lex::Func(Func::OtherPrep)),
    ("zwölf", Lex::NumWord(12)),
    ("über", Lex::Func(Func::OtherPrep)),
    ("übermorgen", Lex::RelDay(2)),
];

/// Verb forms that are tense cues, lower case, sorted by bytes like [`WORDS`].
#[rustfmt::skip]
const CUE_WORDS: &[(&str, Cue)] = &[
    ("bat", Cue::Past),
    ("baten", Cue::Past),
    ("beabsichtigt", Cue::Future),
    ("befahl", Cue::Past),
    ("befand", Cue::Past),
    ("befanden", Cue::Past),
    ("began", Cue::Past),
    ("begann", Cue::Past),
    ("begannen", Cue::Past),
    ("beginnt", Cue::Future),
    ("bekam", Cue::Past),
    ("bekamen", Cue::Past),
    ("berichtete", Cue::Past),
    ("berichteten", Cue::Past),
    ("beschloss", Cue::Past),
    ("beschlossen", Cue::Past),
    ("betonte", Cue::Past),
    ("betrug", Cue::Past),
    ("betrugen", Cue::Past),
    ("bezog", Cue::Past),
    ("bezogen", Cue::Past),
    ("bin", Cue::Aux),
    ("blieb", Cue::Past),
    ("blieben", Cue::Past),
    ("bot", Cue::Past),
    ("boten", Cue::Past),
    ("brach", Cue::Past),
    ("brachen", Cue::Past),
    ("brannte", Cue::Past),
    ("built", Cue::Past),
    ("came", Cue::Past),
    ("could", Cue::Future),
    ("dachte", Cue::Past),
    ("did", Cue::Past),
    ("durfte", Cue::Past),
    ("dürfte", Cue::Future),
    ("dürften", Cue::Future),
    ("empfing", Cue::Past),
    ("empfingen", Cue::Past),
    ("entkam", Cue::Past),
    ("entkamen", Cue::Past),
    ("entschied", Cue::Past),
    ("entstand", Cue::Past),
    ("entstanden", Cue::Past),
    ("ereignete", Cue::Past),
    ("ergab", Cue::Past),
    ("ergaben", Cue::Past),
    ("erhielt", Cue::Past),
    ("erhielten", Cue::Past),
    ("erklärte", Cue::Past),
    ("erklärten", Cue::Past),
    ("erschien", Cue::Past),
    ("erschienen", Cue::Past),
    ("eröffnete", Cue::Past),
    ("fand", Cue::Past),
    ("fanden", Cue::Past),
    ("fell", Cue::Past),
    ("fiel", Cue::Past),
    ("fielen", Cue::Past),
    ("fing", Cue::Past),
    ("fingen", Cue::Past),
    ("flog", Cue::Past),
    ("flogen", Cue::Past),
    ("floh", Cue::Past),
    ("flohen", Cue::Past),
    ("forderte", Cue::Past),
    ("forderten", Cue::Past),
    ("fought", Cue::Past),
    ("fuhr", Cue::Past),
    ("fuhren", Cue::Past),
    ("gab", Cue::Past),
    ("gaben", Cue::Past),
    ("gave", Cue::Past),
    ("gelang", Cue::Past),
    ("gelangen", Cue::Past),
    ("geplant", Cue::Future),
    ("geschah", Cue::Past),
    ("geschahen", Cue::Past),
    ("gewann", Cue::Past),
    ("gewannen", Cue::Past),
    ("ging", Cue::Past),
    ("gingen", Cue::Past),
    ("going", Cue::Future),
    ("grew", Cue::Past),
    ("griff", Cue::Past),
    ("griffen", Cue::Past),
    ("habe", Cue::Aux),
    ("haben", Cue::Aux),
    ("habt", Cue::Aux),
    ("had", Cue::Past),
    ("half", Cue::Past),
    ("halfen", Cue::Past),
    ("has", Cue::Aux),
    ("hast", Cue::Aux),
    ("hat", Cue::Aux),
    ("hatte", Cue::Past),
    ("hatten", Cue::Past),
    ("hattest", Cue::Past),
    ("have", Cue::Aux),
    ("held", Cue::Past),
    ("hielt", Cue::Past),
    ("hielten", Cue::Past),
    ("ist", Cue::Aux),
    ("kam", Cue::Past),
    ("kamen", Cue::Past),
    ("kannte", Cue::Past),
    ("konnte", Cue::Past),
    ("konnten", Cue::Past),
    ("kritisierte", Cue::Past),
    ("könnte", Cue::Future),
    ("könnten", Cue::Future),
    ("kündigte", Cue::Past),
    ("lag", Cue::Past),
    ("lagen", Cue::Past),
    ("left", Cue::Past),
    ("legte", Cue::Past),
    ("legten", Cue::Past),
    ("lief", Cue::Past),
    ("liefen", Cue::Past),
    ("ließ", Cue::Past),
    ("ließen", Cue::Past),
    ("litt", Cue::Past),
    ("litten", Cue::Past),
    ("lost", Cue::Past),
    ("lud", Cue::Past),
    ("luden", Cue::Past),
    ("machte", Cue::Past),
    ("machten", Cue::Past),
    ("made", Cue::Past),
    ("maß", Cue::Past),
    ("meldete", Cue::Past),
    ("meldeten", Cue::Past),
    ("met", Cue::Past),
    ("mied", Cue::Past),
    ("might", Cue::Future),
    ("musste", Cue::Past),
    ("mussten", Cue::Past),
    ("möchte", Cue::Future),
    ("möchten", Cue::Future),
    ("müsste", Cue::Future),
    ("müssten", Cue::Future),
    ("nahm", Cue::Past),
    ("nahmen", Cue::Past),
    ("nannte", Cue::Past),
    ("paid", Cue::Past),
    ("planen", Cue::Future),
    ("plant", Cue::Future),
    ("ran", Cue::Past),
    ("rang", Cue::Past),
    ("rannte", Cue::Past),
    ("rief", Cue::Past),
    ("riefen", Cue::Past),
    ("rose", Cue::Past),
    ("sagte", Cue::Past),
    ("sagten", Cue::Past),
    ("sah", Cue::Past),
    ("sahen", Cue::Past),
    ("said", Cue::Past),
    ("sandte", Cue::Past),
    ("sank", Cue::Past),
    ("sanken", Cue::Past),
    ("saw", Cue::Past),
    ("saß", Cue::Past),
    ("saßen", Cue::Past),
    ("schien", Cue::Past),
    ("schienen", Cue::Past),
    ("schloss", Cue::Past),
    ("schlossen", Cue::Past),
    ("schlug", Cue::Past),
    ("schlugen", Cue::Past),
    ("schrieb", Cue::Past),
    ("schrieben", Cue::Past),
    ("schwieg", Cue::Past),
    ("schwiegen", Cue::Past),
    ("sei", Cue::Aux),
    ("seid", Cue::Aux),
    ("seien", Cue::Aux),
    ("seiest", Cue::Aux),
    ("sent", Cue::Past),
    ("shall", Cue::Future),
    ("shot", Cue::Past),
    ("sind", Cue::Aux),
    ("soll", Cue::Future),
    ("sollen", Cue::Future),
    ("sollte", Cue::Past),
    ("sollten", Cue::Past),
    ("spent", Cue::Past),
    ("sprach", Cue::Past),
    ("sprachen", Cue::Past),
    ("sprang", Cue::Past),
    ("stahl", Cue::Past),
    ("stand", Cue::Past),
    ("standen", Cue::Past),
    ("starb", Cue::Past),
    ("starben", Cue::Past),
    ("startet", Cue::Future),
    ("stellte", Cue::Past),
    ("stellten", Cue::Past),
    ("stieg", Cue::Past),
    ("stiegen", Cue::Past),
    ("stieß", Cue::Past),
    ("stimmte", Cue::Past),
    ("stimmten", Cue::Past),
    ("tat", Cue::Past),
    ("taten", Cue::Past),
    ("teilte", Cue::Past),
    ("teilten", Cue::Past),
    ("told", Cue::Past),
    ("took", Cue::Past),
    ("traf", Cue::Past),
    ("trafen", Cue::Past),
    ("trat", Cue::Past),
    ("traten", Cue::Past),
    ("trieb", Cue::Past),
    ("trieben", Cue::Past),
    ("trug", Cue::Past),
    ("trugen", Cue::Past),
    ("unterlag", Cue::Past),
    ("unterlagen", Cue::Past),
    ("unterzeichnete", Cue::Past),
    ("verbot", Cue::Past),
    ("vergab", Cue::Past),
    ("verlief", Cue::Past),
    ("verliefen", Cue::Past),
    ("verließ", Cue::Past),
    ("verließen", Cue::Past),
    ("verlor", Cue::Past),
    ("verloren", Cue::Past),
    ("verschwand", Cue::Past),
    ("voraussichtlich", Cue::Future),
    ("wandte", Cue::Past),
    ("war", Cue::Past),
    ("waren", Cue::Past),
    ("warf", Cue::Past),
    ("warfen", Cue::Past),
    ("warst", Cue::Past),
    ("wart", Cue::Past),
    ("was", Cue::Past),
    ("went", Cue::Past),
    ("werde", Cue::Future),
    ("werden", Cue::Future),
    ("werdet", Cue::Future),
    ("were", Cue::Past),
    ("wies", Cue::Past),
    ("wiesen", Cue::Past),
    ("will", Cue::Future),
    ("wird", Cue::Future),
    ("wirst", Cue::Future),
    ("wollen", Cue::Future),
    ("wollte", Cue::Past),
    ("wollten", Cue::Past),
    ("won", Cue::Past),
    ("worden", Cue::Past),
    ("would", Cue::Future),
    ("wuchs", Cue::Past),
    ("wuchsen", Cue::Past),
    ("wurde", Cue::Past),
    ("wurden", Cue::Past),
    ("wurdest", Cue::Past),
    ("wusste", Cue::Past),
    ("wussten", Cue::Past),
    ("wählte", Cue::Past),
    ("wählten", Cue::Past),
    ("würde", Cue::Future),
    ("würden", Cue::Future),
    ("zerbrach", Cue::Past),
    ("zog", Cue::Past),
    ("zogen", Cue::Past),
    ("überfiel", Cue::Past),
];

/// FNV-1a: a fast hash for the short keys of the word tables (no HashDoS concern: the keys are
/// built in, and lookups only read).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// The word tables as hash maps, built once per tagger.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    words: FnvMap<Lex>,
    cues: FnvMap<Cue>,
}

impl Lexicon {
    /// Builds the maps from [`WORDS`] and [`CUE_WORDS`].
    pub(crate) fn new() -> Self {
        Lexicon {
            words: WORDS.iter().copied().collect(),
            cues: CUE_WORDS.iter().copied().collect(),
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

/// True when `pat` occurs in `w` (a plain byte scan: cheaper than `str::contains` for the short
/// words and patterns here).
fn has(w: &str, pat: &str) -> bool {
    let (w, p) = (w.as_bytes(), pat.as_bytes());
    w.len() >= p.len() && w.windows(p.len()).any(|x| x == p)
}

/// The meaning of a lower-cased word that is not in [`WORDS`]: a derived form (compound number
/// words, ordinals, "montags", "Sonntagabend", decades, duration adjectives), else `Other`.
fn derived(w: &str, original: &str) -> Lex {
    use Lex::*;
    if has(w, "und") {
        if let Some(n) = number_word(w) {
            return NumWord(n);
        }
    }
    if let Some(n) = ordinal_word(w) {
        return OrdWord(n);
    }
    if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        // English "1990s", "20th"
        if let Some(y) = w.strip_suffix('s').and_then(|h| h.parse::<i32>().ok()) {
            if w.len() == 5 && y % 10 == 0 && (1000..=2100).contains(&y) {
                return Decade(y, true);
            }
        }
        for suffix in ["st", "nd", "rd", "th"] {
            if let Some(n) = w.strip_suffix(suffix).and_then(|h| h.parse::<u32>().ok()) {
                return OrdWord(n);
            }
        }
    }
    if let Some(d) = w.strip_suffix('s').and_then(weekday) {
        return Weekdays(d);
    }
    if let Some(stripped) = w
        .strip_suffix("s")
        .filter(|s| s.ends_with("abend") || s.ends_with("morgen"))
    {
        if let Some((d, _)) = weekday_compound(stripped) {
            return Weekdays(d);
        }
    }
    let has_day = has(w, "tag") || has(w, "woch") || has(w, "abend");
    if !has_day && !has(w, "ig") && !has(w, "er") {
        return Other; // the common case: an ordinary word
    }
    if has_day {
        if let Some((d, p)) = weekday_compound(w) {
            return Weekday(d, Some(p));
        }
    }
    let first = w.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_digit() || has(w, "ziger") {
        if let Some((y, j)) = decade(w) {
            return Decade(y, j);
        }
    }
    let adjective_ending = ["ig", "ige", "igen", "iger", "iges", "igem"]
        .iter()
        .any(|e| w.ends_with(e));
    if !adjective_ending {
        return Other;
    }
    if let Some((n, u)) = duration_adjective(w) {
        // "der 45-Jährige" is a person, not a duration
        let noun = original.contains("Jährig")
            || original.contains("Tägig")
            || original.contains("Wöchig");
        if !noun {
            return DurAdj(n, u);
        }
    }
    Other
}

/// A tense cue guessed from the word's form: participles (`gewählt`, `informiert`), preterites in
/// `-ierte`, weak preterites (`-te`, English `-ed`).
fn cue_guess(w: &str) -> Cue {
    let n = w.len();
    if (n >= 9 && w.ends_with("ierte")) || (n >= 10 && w.ends_with("ierten")) {
        return Cue::Past;
    }
    let participle = (w.starts_with("ge") && n >= 6 && (w.ends_with('t') || w.ends_with("en")))
        || (n >= 7 && w.ends_with("iert"))
        || (n >= 8 && has(w, "ge") && w.ends_with('t') && !w.starts_with("ge"));
    if participle
        && !matches!(
            w,
            "gegen" | "gestern" | "gemeinsam" | "genau" | "gerade" | "gesamt"
        )
    {
        Cue::Participle
    } else if n >= 5
        && (w.ends_with("te") || w.ends_with("ten") || w.ends_with("ed") && w.is_ascii())
        && !w.ends_with("ste")
        && !w.ends_with("sten")
    {
        Cue::WeakPast
    } else {
        Cue::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(w: &str) -> Lex {
        classify(&Lexicon::new(), w, TokenKind::Word, &mut String::new()).0
    }

    #[test]
    fn tables_are_sorted_and_agree_with_the_functions() {
        for pair in WORDS.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{} {}",
                pair[0].0,
                pair[1].0
            );
        }
        for pair in CUE_WORDS.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{} {}",
                pair[0].0,
                pair[1].0
            );
        }
        for (w, lex) in WORDS {
            match *lex {
                Lex::NumWord(n) => assert_eq!(number_word(w), Some(n), "{w}"),
                Lex::Weekday(d, None) => assert_eq!(weekday(w), Some(d), "{w}"),
                _ => {}
            }
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("drei"), Some(3));
        assert_eq!(number_word("zwölf"), Some(12));
        assert_eq!(number_word("zwanzig"), Some(20));
        assert_eq!(number_word("einundzwanzig"), Some(21));
        assert_eq!(number_word("dreiundvierzig"), Some(43));
        assert_eq!(number_word("undzwanzig"), None);
        assert_eq!(number_word("hund"), None);
    }

    #[test]
    fn words() {
        assert_eq!(lex("Sonntagabend"), Lex::Weekday(7, Some(Part::Evening)));
        assert_eq!(lex("montags"), Lex::Weekdays(1));
        assert_eq!(lex("Nov."), Lex::Month(11));
        assert_eq!(lex("1990er"), Lex::Decade(1990, false));
        assert_eq!(lex("1990er-Jahren"), Lex::Decade(1990, true));
        assert_eq!(lex("Neunzigerjahre"), Lex::Decade(1990, true));
        assert_eq!(lex("90er"), Lex::Decade(1990, false));
        assert_eq!(lex("Vierzigerjahre"), Lex::Decade(1940, true));
        assert_eq!(lex("Zwanzigern"), Lex::Decade(1920, false));
        assert_eq!(lex("zweitägige"), Lex::DurAdj(2, Unit::Day));
        assert_eq!(lex("20-jährigen"), Lex::DurAdj(20, Unit::Year));
        assert_eq!(lex("45-Jährige"), Lex::Other);
        assert_eq!(lex("ersten"), Lex::OrdWord(1));
        assert_eq!(lex("acht"), Lex::NumWord(8));
        assert_eq!(lex("Spieltag"), Lex::Other);
    }
}
