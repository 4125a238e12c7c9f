//! Word lists of the temporal tagger: months, weekdays, number words, units, seasons, parts of the
//! day, relative and reference words, German first and the cheap English equivalents.
//!
//! Every token is classified once into a [`Lex`] (a small `Copy` value) by matching its lowercased
//! text; the grammar then only looks at these values. Nothing here looks at neighbouring tokens.

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
        "zwanzigst" => 20,
        "einundzwanzigst" => 21,
        _ => return None,
    };
    // "acht" alone is the number eight, not an ordinal
    (w != "acht").then_some(v)
}

/// Month names and abbreviations, German and English.
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "januar" | "jänner" | "jan" | "january" => 1,
        "februar" | "feber" | "feb" | "febr" | "february" => 2,
        "märz" | "maerz" | "mär" | "mrz" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juni" | "jun" | "june" => 6,
        "juli" | "jul" | "july" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" | "october" | "oct" => 10,
        "november" | "nov" => 11,
        "dezember" | "dez" | "december" | "dec" => 12,
        _ => return None,
    })
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

/// Unit nouns, with whether the form is plural.
fn unit(w: &str) -> Option<(Unit, bool)> {
    use Unit::*;
    Some(match w {
        "sekunde" | "second" => (Second, false),
        "sekunden" | "seconds" => (Second, true),
        "minute" => (Minute, false),
        "minuten" | "minutes" => (Minute, true),
        "stunde" | "hour" => (Hour, false),
        "stunden" | "hours" => (Hour, true),
        "tag" | "tages" | "day" => (Day, false),
        "tage" | "tagen" | "days" => (Day, true),
        "wochenende" | "wochenendes" | "weekend" => (Weekend, false),
        "woche" | "week" => (Week, false),
        "wochen" | "weeks" => (Week, true),
        "monat" | "monats" | "month" => (Month, false),
        "monate" | "monaten" | "months" => (Month, true),
        "quartal" | "quartals" | "quarter" => (Quarter, false),
        "quartale" | "quartalen" | "quarters" => (Quarter, true),
        "halbjahr" | "halbjahres" | "halbjahrs" => (HalfYear, false),
        "halbjahre" | "halbjahren" => (HalfYear, true),
        "jahr" | "jahres" | "jahrs" | "year" => (Year, false),
        "jahre" | "jahren" | "years" => (Year, true),
        "jahrzehnt" | "jahrzehnts" | "jahrzehntes" | "decade" => (Decade, false),
        "jahrzehnte" | "jahrzehnten" | "decades" => (Decade, true),
        "jahrhundert" | "jahrhunderts" | "century" => (Century, false),
        "jahrhunderte" | "jahrhunderten" | "centuries" => (Century, true),
        _ => return None,
    })
}

/// A decade word: `1990er`, `90er`, `1990ern`, `1990er-jahre`, `neunziger`, `neunzigerjahren`.
fn decade(w: &str) -> Option<(i32, bool)> {
    let (head, jahre) = match w.find("er") {
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
pub(crate) fn classify(text: &str, kind: TokenKind, buf: &mut String) -> (Lex, Cue) {
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
    let lex = lookup(w, text);
    let mut cue = cue(w);
    if cue == Cue::WeakPast && !text.starts_with(char::is_lowercase) {
        cue = Cue::None; // nouns: "Weihnachten", "Rente"
    }
    (lex, cue)
}

fn lookup(w: &str, original: &str) -> Lex {
    use Lex::*;
    let f = Lex::Func;
    let lex = match w {
        "am" | "an" | "on" => f(self::Func::Am),
        "im" | "in" => f(self::Func::In),
        "um" | "at" => f(self::Func::Um),
        "gegen" | "around" => f(self::Func::Gegen),
        "seit" | "seitdem" | "since" => f(self::Func::Seit),
        "vor" => f(self::Func::Vor),
        "ago" => f(self::Func::Ago),
        "ab" | "bis" | "von" | "nach" | "über" | "zwischen" | "während" | "zum" | "zur" | "vom"
        | "auf" | "innerhalb" | "binnen" | "from" | "until" | "till" | "by" | "during"
        | "after" | "before" | "for" | "within" | "between" | "of" => f(self::Func::OtherPrep),
        "für" => f(self::Func::Fuer),
        "der" | "die" | "das" | "den" | "dem" | "des" | "the" => f(self::Func::Article),
        "und" | "and" => f(self::Func::Und),
        "jede" | "jeden" | "jedes" | "jeder" | "jedem" | "every" | "each" => f(self::Func::Every),
        "alle" | "allen" => f(self::Func::All),
        "pro" | "je" | "per" => f(self::Func::Per),
        "uhr" | "o'clock" => f(self::Func::Uhr),
        "kalenderwoche" | "kw" => f(self::Func::CalWeek),
        "halbe" | "halben" | "halbes" | "halber" | "half" => f(self::Func::Half),
        "lang" | "long" => f(self::Func::Lang),
        "kurzem" => f(self::Func::Kurzem),
        "zukunft" | "future" => f(self::Func::Zukunft),
        "vergangenheit" | "past" => f(self::Func::Vergangenheit),

        "heute" | "today" => RelDay(0),
        "gestern" | "yesterday" => RelDay(-1),
        "vorgestern" => RelDay(-2),
        "übermorgen" => RelDay(2),
        "tomorrow" => RelDay(1),
        "morgen" => Morgen,
        "früh" => Frueh,
        "mitternacht" | "midnight" => Midnight,
        "tonight" => Part(self::Part::Night),

        "bisher" | "bislang" | "damals" | "einst" | "kürzlich" | "jüngst" | "unlängst"
        | "neulich" | "previously" | "recently" | "formerly" => Ref(self::Ref::Past),
        "derzeit" | "zurzeit" | "gegenwärtig" | "momentan" | "heutzutage" | "jetzt"
        | "nowadays" | "now" | "currently" => Ref(self::Ref::Present),
        "künftig" | "zukünftig" | "demnächst" | "soon" => Ref(self::Ref::Future),

        "täglich" | "tägliche" | "täglichen" | "täglicher" | "tägliches" | "daily"
        | "alltäglich" => SetWord(self::Unit::Day),
        "wöchentlich" | "wöchentliche" | "wöchentlichen" | "wöchentlicher" | "wöchentliches"
        | "weekly" => SetWord(self::Unit::Week),
        "monatlich" | "monatliche" | "monatlichen" | "monatlicher" | "monatliches" | "monthly" => {
            SetWord(self::Unit::Month)
        }
        "jährlich" | "jährliche" | "jährlichen" | "jährlicher" | "jährliches" | "alljährlich"
        | "yearly" | "annually" | "annual" => SetWord(self::Unit::Year),
        "stündlich" | "stündliche" | "stündlichen" | "hourly" => SetWord(self::Unit::Hour),
        "quartalsweise" | "vierteljährlich" | "quarterly" => SetWord(self::Unit::Quarter),

        "jahrelang" | "jahrelangen" | "jahrelange" | "jahrelanger" => DurX(self::Unit::Year),
        "monatelang" | "monatelangen" | "monatelange" | "monatelanger" => DurX(self::Unit::Month),
        "wochenlang" | "wochenlangen" | "wochenlange" | "wochenlanger" => DurX(self::Unit::Week),
        "tagelang" | "tagelangen" | "tagelange" | "tagelanger" => DurX(self::Unit::Day),
        "stundenlang" | "stundenlangen" | "stundenlange" | "stundenlanger" => {
            DurX(self::Unit::Hour)
        }
        "jahrzehntelang" | "jahrzehntelangen" | "jahrzehntelange" | "jahrzehntelanger" => {
            DurX(self::Unit::Decade)
        }

        "vergangene" | "vergangenen" | "vergangener" | "vergangenes" | "letzte" | "letzten"
        | "letzter" | "letztes" | "vorigen" | "vorige" | "voriger" | "voriges" | "vorherigen"
        | "last" => Modifier(-1),
        "kommende" | "kommenden" | "kommender" | "kommendes" | "nächste" | "nächsten"
        | "nächster" | "nächstes" | "folgenden" | "next" | "coming" => Modifier(1),
        "dieser" | "diese" | "diesen" | "diesem" | "dieses" | "laufenden" | "laufende"
        | "laufendes" | "this" => Modifier(0),
        "mehrere" | "mehreren" | "einige" | "einigen" | "wenige" | "wenigen" | "viele"
        | "vielen" | "etliche" | "etlichen" | "zahlreichen" | "zahlreiche" | "several" | "few"
        | "many" => Vague,
        "anfang" | "beginn" | "early" => Pos(self::Pos::Start),
        "mitte" | "mid" => Pos(self::Pos::Mid),
        "ende" | "late" => Pos(self::Pos::End),

        "vorjahr" | "vorjahres" | "vorjahrs" => RelNoun(self::Unit::Year, -1),
        "vormonat" | "vormonats" => RelNoun(self::Unit::Month, -1),
        "vorwoche" => RelNoun(self::Unit::Week, -1),
        "vortag" | "vortages" | "vortags" => RelNoun(self::Unit::Day, -1),
        "folgejahr" | "folgejahres" => RelNoun(self::Unit::Year, 1),

        "frühling" | "frühlings" | "frühjahr" | "frühjahrs" | "spring" => {
            Season(self::Season::Spring)
        }
        "sommer" | "sommers" | "summer" => Season(self::Season::Summer),
        "herbst" | "herbstes" | "herbsts" | "autumn" => Season(self::Season::Autumn),
        "winter" | "winters" => Season(self::Season::Winter),

        "einmal" | "once" => Times(1),
        "zweimal" | "twice" => Times(2),
        "dreimal" | "thrice" => Times(3),
        "viermal" => Times(4),
        "fünfmal" => Times(5),
        "zehnmal" => Times(10),
        "anderthalb" | "eineinhalb" => HalfNum(1),
        "zweieinhalb" => HalfNum(2),
        "dreieinhalb" => HalfNum(3),
        "viereinhalb" => HalfNum(4),
        "fünfeinhalb" => HalfNum(5),
        "weihnachten" | "christmas" | "weihnachtstag" => Holiday(self::Holiday::Fixed(12, 25)),
        "heiligabend" => Holiday(self::Holiday::Fixed(12, 24)),
        "silvester" | "silvesterabend" => Holiday(self::Holiday::Fixed(12, 31)),
        "neujahr" | "neujahrstag" => Holiday(self::Holiday::Fixed(1, 1)),
        "valentinstag" => Holiday(self::Holiday::Fixed(2, 14)),
        "halloween" | "reformationstag" => Holiday(self::Holiday::Fixed(10, 31)),
        "allerheiligen" => Holiday(self::Holiday::Fixed(11, 1)),
        "ostern" | "ostersonntag" | "easter" => Holiday(self::Holiday::Easter(0)),
        "ostermontag" => Holiday(self::Holiday::Easter(1)),
        "karfreitag" => Holiday(self::Holiday::Easter(-2)),
        "gründonnerstag" => Holiday(self::Holiday::Easter(-3)),
        "rosenmontag" => Holiday(self::Holiday::Easter(-48)),
        "aschermittwoch" => Holiday(self::Holiday::Easter(-46)),
        "himmelfahrt" => Holiday(self::Holiday::Easter(39)),
        "pfingsten" | "pfingstsonntag" => Holiday(self::Holiday::Easter(49)),
        "pfingstmontag" => Holiday(self::Holiday::Easter(50)),
        "fronleichnam" => Holiday(self::Holiday::Easter(60)),
        "frühen" | "späten" => EarlyLate,
        "jahresende" | "jahresanfang" | "jahresbeginn" | "jahresmitte" | "diesjährige"
        | "diesjährigen" | "diesjähriger" | "diesjähriges" | "heuer" => {
            RelNoun(self::Unit::Year, 0)
        }
        "vorjährige" | "vorjährigen" | "vorjähriger" | "vorjähriges" | "letztjährige"
        | "letztjährigen" | "letztjähriger" | "letztjähriges" => RelNoun(self::Unit::Year, -1),
        "monatsende" | "monatsanfang" | "monatsbeginn" | "monatsmitte" => {
            RelNoun(self::Unit::Month, 0)
        }
        "wochenmitte" => RelNoun(self::Unit::Week, 0),
        "halbjährlich" | "halbjährliche" | "halbjährlichen" => SetWord(self::Unit::HalfYear),
        "q1" => QuarterCode(1),
        "q2" => QuarterCode(2),
        "q3" => QuarterCode(3),
        "q4" => QuarterCode(4),
        "morgens" | "vormittags" | "mornings" => Parts(self::Part::Morning),
        "mittags" => Parts(self::Part::Midday),
        "nachmittags" => Parts(self::Part::Afternoon),
        "abends" | "evenings" => Parts(self::Part::Evening),
        "nachts" | "nights" => Parts(self::Part::Night),
        _ => Other,
    };
    if lex != Other {
        return lex;
    }
    if let Some(m) = month(w) {
        // "Mar", "Dec" etc. only as English capitalised abbreviations; "mar" lower is no month
        return Month(m);
    }
    if let Some(d) = weekday(w) {
        return Weekday(d, None);
    }
    if let Some(p) = part(w) {
        return Part(p);
    }
    if let Some((u, pl)) = unit(w) {
        return Unit(u, pl);
    }
    if let Some(n) = number_word(w) {
        return NumWord(n);
    }
    if let Some(n) = ordinal_word(w) {
        return OrdWord(n);
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
    let has_day = w.contains("tag") || w.contains("woch") || w.contains("abend");
    if !has_day && !w.contains("ig") && !w.contains("er") {
        return Other; // the common case: an ordinary word
    }
    if has_day {
        if let Some((d, p)) = weekday_compound(w) {
            return Weekday(d, Some(p));
        }
    }
    let first = w.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_digit() || w.contains("ziger") {
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

fn cue(w: &str) -> Cue {
    match w {
        "war" | "waren" | "warst" | "wart" | "wurde" | "wurden" | "wurdest" | "hatte"
        | "hatten" | "hattest" | "sagte" | "sagten" | "erklärte" | "erklärten" | "teilte"
        | "teilten" | "kam" | "kamen" | "ging" | "gingen" | "gab" | "gaben" | "fand" | "fanden"
        | "starb" | "starben" | "kündigte" | "berichtete" | "berichteten" | "meldete"
        | "meldeten" | "stand" | "standen" | "begann" | "begannen" | "fiel" | "fielen"
        | "stieg" | "stiegen" | "lag" | "lagen" | "traf" | "trafen" | "nahm" | "nahmen"
        | "wählte" | "wählten" | "gewann" | "gewannen" | "verlor" | "verloren" | "forderte"
        | "forderten" | "sprach" | "sprachen" | "ereignete" | "musste" | "mussten" | "konnte"
        | "konnten" | "wollte" | "wollten" | "sollte" | "sollten" | "durfte" | "machte"
        | "machten" | "trat" | "traten" | "blieb" | "blieben" | "zog" | "zogen" | "legte"
        | "legten" | "stellte" | "stellten" | "eröffnete" | "unterzeichnete" | "stimmte"
        | "stimmten" | "entschied" | "beschloss" | "beschlossen" | "kritisierte" | "betonte"
        | "was" | "were" | "had" | "did" | "said" | "went" | "came" | "met" | "made" | "took"
        | "gave" | "told" | "began" | "fell" | "rose" | "won" | "lost" | "held" | "left"
        | "saw" => Cue::Past,
        "wird" | "werden" | "werde" | "wirst" | "werdet" | "soll" | "sollen" | "will"
        | "wollen" | "plant" | "planen" | "geplant" | "beabsichtigt" | "voraussichtlich"
        | "shall" | "going" => Cue::Future,
        "hat" | "haben" | "habe" | "hast" | "habt" | "ist" | "sind" | "bin" | "seid" | "has"
        | "have" => Cue::Aux,
        _ => {
            let n = w.len();
            let participle =
                (w.starts_with("ge") && n >= 6 && (w.ends_with('t') || w.ends_with("en")))
                    || (n >= 7 && w.ends_with("iert"))
                    || (n >= 8 && w.contains("ge") && w.ends_with('t') && !w.starts_with("ge"))
                    || (n >= 9 && w.ends_with("ierte") || n >= 10 && w.ends_with("ierten"));
            if (n >= 9 && w.ends_with("ierte")) || (n >= 10 && w.ends_with("ierten")) {
                return Cue::Past;
            }
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(w: &str) -> Lex {
        classify(w, TokenKind::Word, &mut String::new()).0
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
        assert_eq!(lex("zweitägige"), Lex::DurAdj(2, Unit::Day));
        assert_eq!(lex("20-jährigen"), Lex::DurAdj(20, Unit::Year));
        assert_eq!(lex("45-Jährige"), Lex::Other);
        assert_eq!(lex("ersten"), Lex::OrdWord(1));
        assert_eq!(lex("acht"), Lex::NumWord(8));
        assert_eq!(lex("Spieltag"), Lex::Other);
    }
}
