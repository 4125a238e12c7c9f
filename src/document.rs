//! What goes into the pipeline: a [`Document`] (text, language, article date).
//!
//! This module only describes input; it does not find the article date in the text (that is the
//! temporal tagger's job) nor decode bytes (the page and the CLI hand over valid UTF-8).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Language of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German (the first-class language).
    #[default]
    De,
    /// English.
    En,
}

impl FromStr for Lang {
    type Err = Error;
    /// Parses `de` or `en` (any case, surrounding space ignored).
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "de" | "deu" | "ger" | "german" | "deutsch" => Ok(Lang::De),
            "en" | "eng" | "english" | "englisch" => Ok(Lang::En),
            _ => Err(Error::UnsupportedLanguage(s.to_string())),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::De => "de",
            Lang::En => "en",
        })
    }
}

/// A proleptic Gregorian calendar date (no time zone), as used for article dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31 (valid for the month).
    pub day: u8,
}

impl Date {
    /// A checked date; `None` when the day does not exist (30 February, month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days of `month` (1–12) in `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = Error;
    /// Parses `YYYY-MM-DD`; fails with [`Error::InvalidDate`] otherwise.
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::InvalidDate(s.to_string());
        let t = s.trim();
        let mut parts = t.splitn(3, '-');
        let (y, m, d) = (parts.next(), parts.next(), parts.next());
        let (Some(y), Some(m), Some(d)) = (y, m, d) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        Date::new(year, month, day).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One article to annotate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The article's plain text (UTF-8).
    pub text: String,
    /// Its language.
    pub lang: Lang,
    /// The publication date, if the user set it; relative dates are resolved against it.
    pub article_date: Option<Date>,
}

impl Document {
    /// A German document without article date.
    pub fn new(text: impl Into<String>) -> Self {
        Document {
            text: text.into(),
            ..Document::default()
        }
    }

    /// The same document with language `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The same document with article date `date`.
    pub fn with_date(mut self, date: Date) -> Self {
        self.article_date = Some(date);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_dates_and_rejects_others() {
        assert_eq!(
            "2024-11-06".parse::<Date>(),
            Ok(Date {
                year: 2024,
                month: 11,
                day: 6
            })
        );
        assert_eq!("2024-02-29".parse::<Date>().map(|d| d.day), Ok(29));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "24-11-06",
            "2024-11-6",
            "heute",
            "",
            "2024-1a-01",
        ] {
            assert!(
                matches!(bad.parse::<Date>(), Err(Error::InvalidDate(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn lang_round_trip() {
        assert_eq!("DE".parse::<Lang>(), Ok(Lang::De));
        assert_eq!(" en ".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(Lang::En.to_string(), "en");
    }
}
