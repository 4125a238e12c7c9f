//! Anchored resolution: turns what the grammar recognised ([`Raw`]) into a TIMEX3 type and value,
//! using the anchor date and the tense of the sentence, plus the little calendar arithmetic this
//! needs (days from the civil date, weekdays, ISO weeks, month steps).
//!
//! Without an anchor every relative expression becomes underspecified (`XXXX-11-06`, `XXXX-06`,
//! `XXXX-WXX-7`), never a guess. This module does not look at the text.

use crate::document::Date;

use super::lexicon::{Part, Ref, Season, Unit};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Type {
    Date,
    Time,
    Duration,
    Set,
}

impl Type {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Type::Date => "DATE",
            Type::Time => "TIME",
            Type::Duration => "DURATION",
            Type::Set => "SET",
        }
    }
}

/// The tense of a sentence, as far as the cues tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
}

/// What the grammar recognised, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Raw {
    /// A day, with or without year.
    Ymd {
        y: Option<i32>,
        m: u8,
        d: u8,
    },
    /// A month, with or without year.
    Ym {
        y: Option<i32>,
        m: u8,
    },
    /// A year.
    Y(i32),
    /// A decade by its first year (1990).
    Decade(i32),
    /// A century by its number (20 for "20. Jahrhundert").
    Century(i32),
    /// A quarter (1–4), half year (1–2), ISO week or season of a year (or of the anchor's year).
    Quarter {
        y: Option<i32>,
        q: u8,
    },
    Half {
        y: Option<i32>,
        h: u8,
    },
    Week {
        y: Option<i32>,
        w: u8,
    },
    Season {
        y: Option<i32>,
        s: Season,
        dir: i8,
    },
    /// heute/gestern/morgen, with part of day.
    RelDay {
        off: i32,
        part: Option<Part>,
    },
    /// A weekday; `dir` -1 last, +1 next, 0 from the tense.
    Weekday {
        wd: u8,
        dir: i8,
        part: Option<Part>,
    },
    /// A day relative to Easter Sunday (Karfreitag: -2), of a year or of the anchor's year.
    Easter {
        y: Option<i32>,
        off: i16,
    },
    /// Weekday `wd` of the week `off` weeks from the anchor's ("Dienstag vergangener Woche").
    WeekdayOfWeek {
        wd: u8,
        off: i8,
    },
    /// A part of a given day, `shift` days after it ("Nacht zum 6. November": -1).
    WithPart {
        part: Part,
        shift: i8,
        inner: Box<Raw>,
    },
    /// A date without year in a year relative to the anchor ("im März vergangenen Jahres":
    /// `Some(-1)`), or in the year of the date mentioned before ("im Mai desselben Jahres": `None`).
    InYear {
        off: Option<i32>,
        inner: Box<Raw>,
    },
    /// A month without year, direction given: "vergangenen Juni".
    MonthDir {
        m: u8,
        dir: i8,
    },
    /// `off` units from the anchor: "vergangene Woche" (Week, -1), "vor drei Tagen" (Day, -3).
    Rel {
        unit: Unit,
        off: i32,
    },
    /// `off` units after the date mentioned last ("drei Tage später", "am Vortag"); without one,
    /// after the anchor when `anchor_fallback`, else underspecified.
    After {
        unit: Unit,
        off: i32,
        anchor_fallback: bool,
    },
    /// The weekend; `dir` as for weekdays.
    Weekend {
        dir: i8,
    },
    /// A clock time on the date of the sentence (or the anchor).
    Time {
        h: u8,
        m: u8,
    },
    /// A part of the day on the date of the sentence (or the anchor).
    PartOfDay(Part),
    /// The night before weekday `wd` ("in der Nacht zum Sonntag").
    NightBefore {
        wd: u8,
        dir: i8,
    },
    /// A duration: amount (`"3"`, `"1.5"`, `"X"`) and unit.
    Dur {
        amount: String,
        unit: Unit,
    },
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    Ref(Ref),
    /// A SET value, already formatted.
    Set(String),
}

// ----- calendar arithmetic -----

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date {
        year: y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        month: m,
        day: d,
    }
}

fn days(d: Date) -> i64 {
    days_from_civil(d.year, d.month, d.day)
}

/// ISO weekday, 1 = Monday … 7 = Sunday.
pub(crate) fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday (4)
    ((days(d) + 3).rem_euclid(7) + 1) as u8
}

/// `d` plus `n` days.
pub(crate) fn add_days(d: Date, n: i64) -> Date {
    civil_from_days(days(d) + n)
}

/// Easter Sunday of year `y` (Gregorian computus, the "anonymous" algorithm).
pub(crate) fn easter(y: i32) -> Date {
    let y64 = i64::from(y);
    let a = y64.rem_euclid(19);
    let b = y64.div_euclid(100);
    let c = y64.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c.div_euclid(4), c.rem_euclid(4));
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    Date {
        year: y,
        month: n.div_euclid(31) as u8,
        day: (n.rem_euclid(31) + 1) as u8,
    }
}

/// ISO 8601 week-numbering year and week of `d`.
pub(crate) fn iso_week(d: Date) -> (i32, u8) {
    // The week belongs to the year of its Thursday.
    let thursday = add_days(d, 4 - i64::from(weekday(d)));
    let jan1 = days_from_civil(thursday.year, 1, 1);
    let week = (days(thursday) - jan1) / 7 + 1;
    (thursday.year, week as u8)
}

#[cfg(test)]
/// Monday of ISO week `w` of ISO year `y` (`None` for a week the year does not have).
pub(crate) fn iso_week_monday(y: i32, w: u8) -> Option<Date> {
    if w == 0 || w > 53 {
        return None;
    }
    let jan4 = Date {
        year: y,
        month: 1,
        day: 4,
    };
    let monday1 = add_days(jan4, 1 - i64::from(weekday(jan4)));
    let monday = add_days(monday1, 7 * (i64::from(w) - 1));
    (iso_week(monday) == (y, w)).then_some(monday)
}

/// Year and month `n` months after (`y`, `m`).
pub(crate) fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
    (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u8,
    )
}

#[cfg(test)]
/// The last day of the month, as a date.
pub(crate) fn month_end(y: i32, m: u8) -> Date {
    Date {
        year: y,
        month: m,
        day: crate::document::days_in_month(y, m),
    }
}

// ----- resolution -----

/// What resolution may use besides the expression itself.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    /// The article date.
    pub anchor: Option<Date>,
    /// The sentence's tense.
    pub tense: Tense,
    /// The last day-precise date resolved earlier in the same sentence (for clock times).
    pub last_day: Option<Date>,
    /// The last date resolved earlier in the document (for "drei Tage später").
    pub reference: Option<Reference>,
}

/// A date mentioned in the text, at its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reference {
    Day(Date),
    Month(i32, u8),
    Year(i32),
}

impl Reference {
    /// The reference a resolved DATE value gives: `2024-11-06`, `2024-11` or `2024`; `None` for
    /// weeks, seasons, underspecified and reference values.
    pub(crate) fn of(value: &str) -> Option<Reference> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let mut parts = value.split('-');
        let y = parts
            .next()
            .filter(|y| y.len() == 4 && digits(y))?
            .parse()
            .ok()?;
        let Some(m) = parts.next() else {
            return Some(Reference::Year(y));
        };
        let m: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        let Some(d) = parts.next() else {
            return Some(Reference::Month(y, m));
        };
        let d: u8 = d.parse().ok()?;
        Some(Reference::Day(Date::new(y, m, d)?))
    }
}

fn ymd(d: Date) -> String {
    d.to_string()
}

fn year_str(y: i32) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y}")
    }
}

/// Picks the year of a (month, day) without year: past → the last one on or before the anchor,
/// future → the next one on or after it, present → the one nearest the anchor (a present-tense
/// "am 1. Januar tritt … in Kraft" written in November means the coming January).
fn year_for(anchor: Date, m: u8, d: u8, tense: Tense) -> i32 {
    let (am, ad) = (anchor.month, anchor.day);
    match tense {
        Tense::Past if (m, d) > (am, ad) => anchor.year.saturating_sub(1),
        Tense::Future if (m, d) < (am, ad) => anchor.year.saturating_add(1),
        Tense::Present => nearest_year(anchor, m, d),
        _ => anchor.year,
    }
}

/// The year in which (`m`, `d`) lies nearest to `anchor` (the anchor's year on a tie).
fn nearest_year(anchor: Date, m: u8, d: u8) -> i32 {
    let a = days(anchor);
    [
        anchor.year,
        anchor.year.saturating_add(1),
        anchor.year.saturating_sub(1),
    ]
    .into_iter()
    .filter(|&y| Date::new(y, m, d).is_some())
    .min_by_key(|&y| (days_from_civil(y, m, d) - a).abs())
    .unwrap_or(anchor.year)
}

/// The weekday `wd` nearest to `anchor` in direction `dir` (-1 before, +1 after, or from tense).
/// "Past" includes the anchor day itself; "next"/"last" modifiers exclude it.
fn weekday_date(anchor: Date, wd: u8, dir: i8, tense: Tense) -> Date {
    let a = i64::from(weekday(anchor));
    let w = i64::from(wd);
    let back = (a - w).rem_euclid(7); // days back to the most recent wd (0 = today)
    let fwd = (w - a).rem_euclid(7); // days forward to the next wd (0 = today)
    match (dir, tense) {
        (-1, _) => add_days(anchor, -(if back == 0 { 7 } else { back })),
        (1, _) => add_days(anchor, if fwd == 0 { 7 } else { fwd }),
        (_, Tense::Past) => add_days(anchor, -back),
        _ => add_days(anchor, fwd),
    }
}

fn week_str(d: Date) -> String {
    let (y, w) = iso_week(d);
    format!("{}-W{w:02}", year_str(y))
}

/// Resolves `raw` to a TIMEX3 type and value.
pub(crate) fn resolve(raw: &Raw, cx: &Context) -> (Type, String) {
    use Type::*;
    let a = cx.anchor;
    match *raw {
        Raw::Ymd { y, m, d } => {
            let y = y.or_else(|| a.map(|a| year_for(a, m, d, cx.tense)));
            (
                Date,
                match y {
                    Some(y) => format!("{}-{m:02}-{d:02}", year_str(y)),
                    None => format!("XXXX-{m:02}-{d:02}"),
                },
            )
        }
        Raw::Ym { y, m } => {
            let y = y.or_else(|| {
                a.map(|a| match cx.tense {
                    Tense::Past if m > a.month => a.year.saturating_sub(1),
                    Tense::Future if m < a.month => a.year.saturating_add(1),
                    Tense::Present => nearest_year(a, m, 15),
                    _ => a.year,
                })
            });
            (
                Date,
                match y {
                    Some(y) => format!("{}-{m:02}", year_str(y)),
                    None => format!("XXXX-{m:02}"),
                },
            )
        }
        Raw::WithPart {
            part,
            shift,
            ref inner,
        } => {
            let (_, day) = resolve(inner, cx);
            let day = match (shift, day_of_value(&day)) {
                (0, _) => day,
                (_, Some(d)) => ymd(add_days(d, i64::from(shift))),
                (_, None) => "XXXX-XX-XX".to_string(),
            };
            (Time, format!("{day}T{}", part.code()))
        }
        Raw::InYear { off, ref inner } => {
            let year = match (off, cx.reference) {
                (Some(off), _) => a.map(|a| a.year.saturating_add(off)),
                (None, Some(Reference::Day(d))) => Some(d.year),
                (None, Some(Reference::Month(y, _) | Reference::Year(y))) => Some(y),
                (None, None) => None,
            };
            let Some(year) = year else {
                return resolve(inner, cx);
            };
            let y = Some(year);
            let with_year = match **inner {
                Raw::Ymd { m, d, .. } => Raw::Ymd { y, m, d },
                Raw::Ym { m, .. } => Raw::Ym { y, m },
                Raw::Season { s, .. } => Raw::Season { y, s, dir: 0 },
                Raw::Quarter { q, .. } => Raw::Quarter { y, q },
                Raw::Half { h, .. } => Raw::Half { y, h },
                Raw::Easter { off, .. } => Raw::Easter { y, off },
                ref other => other.clone(),
            };
            resolve(&with_year, cx)
        }
        Raw::Easter { y, off } => {
            let on = |y: i32| add_days(easter(y), i64::from(off));
            let day = match (y, a) {
                (Some(y), _) => Some(on(y)),
                (None, Some(a)) => {
                    let d = on(a.year);
                    Some(match cx.tense {
                        Tense::Past if d > a => on(a.year.saturating_sub(1)),
                        Tense::Future if d < a => on(a.year.saturating_add(1)),
                        Tense::Present => {
                            let near = |y: i32| (days(on(y)) - days(a)).abs();
                            let y = [a.year, a.year.saturating_add(1), a.year.saturating_sub(1)]
                                .into_iter()
                                .min_by_key(|&y| near(y));
                            on(y.unwrap_or(a.year))
                        }
                        _ => d,
                    })
                }
                (None, None) => None,
            };
            (Date, day.map_or("XXXX-XX-XX".to_string(), ymd))
        }
        Raw::WeekdayOfWeek { wd, off } => (
            Date,
            match a {
                Some(a) => {
                    let monday = add_days(a, 1 - i64::from(weekday(a)));
                    ymd(add_days(monday, 7 * i64::from(off) + i64::from(wd) - 1))
                }
                None => format!("XXXX-WXX-{wd}"),
            },
        ),
        Raw::MonthDir { m, dir } => (
            Date,
            match a {
                Some(a) => {
                    let y = match dir {
                        d if d < 0 && m >= a.month => a.year.saturating_sub(1),
                        d if d > 0 && m <= a.month => a.year.saturating_add(1),
                        _ => a.year,
                    };
                    format!("{}-{m:02}", year_str(y))
                }
                None => format!("XXXX-{m:02}"),
            },
        ),
        Raw::Y(y) => (Date, year_str(y)),
        Raw::Decade(y) => (Date, format!("{:03}", y.div_euclid(10))),
        Raw::Century(c) => (Date, format!("{:02}", c - 1)),
        Raw::Quarter { y, q } => {
            let y = y.or(a.map(|a| a.year));
            (
                Date,
                y.map_or(format!("XXXX-Q{q}"), |y| format!("{}-Q{q}", year_str(y))),
            )
        }
        Raw::Half { y, h } => {
            let y = y.or(a.map(|a| a.year));
            (
                Date,
                y.map_or(format!("XXXX-H{h}"), |y| format!("{}-H{h}", year_str(y))),
            )
        }
        Raw::Week { y, w } => {
            let y = y.or(a.map(|a| iso_week(a).0));
            (
                Date,
                y.map_or(format!("XXXX-W{w:02}"), |y| {
                    format!("{}-W{w:02}", year_str(y))
                }),
            )
        }
        Raw::Season { y, s, dir } => {
            let y = y.or_else(|| {
                a.map(|a| {
                    // Season instance Y runs from month index Y*12+fm-1 for three months.
                    let fm = i64::from(s.first_month()) - 1;
                    let now = i64::from(a.year) * 12 + i64::from(a.month) - 1;
                    let last_started = (now - fm).div_euclid(12);
                    let y = match (dir, cx.tense) {
                        (-1, _) => (now - fm - 3).div_euclid(12),
                        (1, _) => last_started + 1,
                        (_, Tense::Past) => last_started,
                        (_, Tense::Future) => (now - fm - 2 + 11).div_euclid(12),
                        _ if now <= last_started * 12 + fm + 2 => last_started,
                        _ => i64::from(a.year),
                    };
                    y as i32
                })
            });
            (
                Date,
                y.map_or(format!("XXXX-{}", s.code()), |y| {
                    format!("{}-{}", year_str(y), s.code())
                }),
            )
        }
        Raw::RelDay { off, part } => {
            let day = a.map(|a| ymd(add_days(a, i64::from(off))));
            let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
            match part {
                Some(p) => (Time, format!("{day}T{}", p.code())),
                None => (Date, day),
            }
        }
        Raw::Weekday { wd, dir, part } => {
            let day = a.map_or(format!("XXXX-WXX-{wd}"), |a| {
                ymd(weekday_date(a, wd, dir, cx.tense))
            });
            match part {
                Some(p) => (Time, format!("{day}T{}", p.code())),
                None => (Date, day),
            }
        }
        Raw::NightBefore { wd, dir } => {
            let day = a.map_or("XXXX-XX-XX".to_string(), |a| {
                ymd(add_days(weekday_date(a, wd, dir, cx.tense), -1))
            });
            (Time, format!("{day}TNI"))
        }
        Raw::Weekend { dir } => (
            Date,
            match a {
                Some(a) => {
                    let wd = weekday(a);
                    // the weekend of the anchor's week, or the one before / after
                    let this = add_days(a, 6 - i64::from(wd).min(6));
                    let off = match (dir, cx.tense) {
                        (-1, _) => -1,
                        (1, _) => 1,
                        (_, Tense::Past) if wd < 6 => -1,
                        _ => 0,
                    };
                    format!("{}-WE", week_str(add_days(this, 7 * off)))
                }
                None => "XXXX-WXX-WE".to_string(),
            },
        ),
        Raw::Rel { unit, off } => {
            let Some(a) = a else {
                return (
                    Date,
                    match unit {
                        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
                            "XXXX-XX-XX".to_string()
                        }
                        Unit::Week | Unit::Weekend => "XXXX-WXX".to_string(),
                        Unit::Month => "XXXX-XX".to_string(),
                        Unit::Quarter => "XXXX-QX".to_string(),
                        Unit::HalfYear => "XXXX-HX".to_string(),
                        Unit::Year => "XXXX".to_string(),
                        Unit::Decade => "XXX".to_string(),
                        Unit::Century => "XX".to_string(),
                    },
                );
            };
            let off64 = i64::from(off);
            (
                Date,
                match unit {
                    Unit::Second | Unit::Minute | Unit::Hour => ymd(a),
                    Unit::Day => ymd(add_days(a, off64)),
                    Unit::Week => week_str(add_days(a, 7 * off64)),
                    Unit::Weekend => format!("{}-WE", week_str(add_days(a, 7 * off64))),
                    Unit::Month => {
                        let (y, m) = add_months(a.year, a.month, off);
                        format!("{}-{m:02}", year_str(y))
                    }
                    Unit::Quarter => {
                        let (y, m) = add_months(a.year, a.month, off.saturating_mul(3));
                        format!("{}-Q{}", year_str(y), (m - 1) / 3 + 1)
                    }
                    Unit::HalfYear => {
                        let (y, m) = add_months(a.year, a.month, off.saturating_mul(6));
                        format!("{}-H{}", year_str(y), (m - 1) / 6 + 1)
                    }
                    Unit::Year => year_str(a.year.saturating_add(off)),
                    Unit::Decade => format!("{:03}", (a.year.div_euclid(10)).saturating_add(off)),
                    Unit::Century => format!("{:02}", (a.year.div_euclid(100)).saturating_add(off)),
                },
            )
        }
        Raw::After {
            unit,
            off,
            anchor_fallback,
        } => {
            let r = cx
                .reference
                .or_else(|| a.filter(|_| anchor_fallback).map(Reference::Day));
            let (off64, ym) = (i64::from(off), |y: i32, m: u8| {
                format!("{}-{m:02}", year_str(y))
            });
            let v = match (r, unit) {
                (Some(Reference::Day(d)), Unit::Day) => Some(ymd(add_days(d, off64))),
                (Some(Reference::Day(d)), Unit::Week) => Some(week_str(add_days(d, 7 * off64))),
                (
                    Some(
                        Reference::Day(crate::document::Date { year, month, .. })
                        | Reference::Month(year, month),
                    ),
                    Unit::Month,
                ) => {
                    let (y, m) = add_months(year, month, off);
                    Some(ym(y, m))
                }
                (
                    Some(
                        Reference::Day(crate::document::Date { year, .. })
                        | Reference::Month(year, _)
                        | Reference::Year(year),
                    ),
                    Unit::Year,
                ) => Some(year_str(year.saturating_add(off))),
                _ => None,
            };
            let v = v.unwrap_or_else(|| match unit {
                Unit::Day => "XXXX-XX-XX".to_string(),
                Unit::Week => "XXXX-WXX".to_string(),
                Unit::Month => "XXXX-XX".to_string(),
                _ => "XXXX".to_string(),
            });
            (Date, v)
        }
        Raw::Time { h, m } => {
            let day = cx.last_day.or(a).map_or("XXXX-XX-XX".to_string(), ymd);
            (Time, format!("{day}T{h:02}:{m:02}"))
        }
        Raw::PartOfDay(p) => {
            let day = cx.last_day.or(a).map_or("XXXX-XX-XX".to_string(), ymd);
            (Time, format!("{day}T{}", p.code()))
        }
        Raw::Dur { ref amount, unit } => (Duration, unit.duration(amount)),
        Raw::Ref(r) => (Date, r.value().to_string()),
        Raw::Set(ref v) => (Set, v.clone()),
    }
}

/// The day a resolved DATE value names, if it names exactly one (`2024-11-06`).
pub(crate) fn day_of_value(v: &str) -> Option<Date> {
    let v = v.get(..10)?;
    v.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("test date")
    }

    #[test]
    fn civil_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in (-800_000..800_000).step_by(997) {
            let c = civil_from_days(z);
            assert_eq!(days_from_civil(c.year, c.month, c.day), z);
            assert!(Date::new(c.year, c.month, c.day).is_some());
        }
    }

    #[test]
    fn leap_years_and_month_ends() {
        assert_eq!(add_days(d("2024-02-28"), 1), d("2024-02-29"));
        assert_eq!(add_days(d("2023-02-28"), 1), d("2023-03-01"));
        assert_eq!(add_days(d("1900-02-28"), 1), d("1900-03-01"));
        assert_eq!(add_days(d("2000-02-28"), 1), d("2000-02-29"));
        assert_eq!(add_days(d("2024-12-31"), 1), d("2025-01-01"));
        assert_eq!(add_days(d("2024-03-01"), -1), d("2024-02-29"));
        assert_eq!(month_end(2024, 2), d("2024-02-29"));
        assert_eq!(month_end(2100, 2), d("2100-02-28"));
        assert_eq!(month_end(2024, 4), d("2024-04-30"));
        assert_eq!(add_months(2024, 11, 2), (2025, 1));
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 1, -25), (2021, 12));
    }

    #[test]
    fn easter_sundays() {
        for (y, e) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
            (2000, "2000-04-23"),
            (1818, "1818-03-22"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter(y), d(e), "{y}");
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(d("2024-11-06")), 3); // Wednesday
        assert_eq!(weekday(d("1970-01-01")), 4);
        assert_eq!(weekday(d("2000-01-01")), 6);
        assert_eq!(weekday(d("2024-11-10")), 7);
        assert_eq!(weekday(d("1969-12-29")), 1);
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        assert_eq!(iso_week(d("2024-11-06")), (2024, 45));
        assert_eq!(iso_week(d("2024-12-30")), (2025, 1));
        assert_eq!(iso_week(d("2021-01-03")), (2020, 53));
        assert_eq!(iso_week(d("2021-01-04")), (2021, 1));
        assert_eq!(iso_week(d("2026-01-01")), (2026, 1));
        assert_eq!(iso_week(d("2027-01-01")), (2026, 53));
        assert_eq!(iso_week(d("2008-12-29")), (2009, 1));
        assert_eq!(iso_week_monday(2020, 53), Some(d("2020-12-28")));
        assert_eq!(iso_week_monday(2021, 53), None);
        assert_eq!(iso_week_monday(2025, 1), Some(d("2024-12-30")));
    }

    #[test]
    fn weekday_resolution_follows_tense() {
        let a = d("2024-11-06"); // Wednesday
        assert_eq!(weekday_date(a, 7, 0, Tense::Past), d("2024-11-03"));
        assert_eq!(weekday_date(a, 7, 0, Tense::Future), d("2024-11-10"));
        assert_eq!(weekday_date(a, 3, 0, Tense::Past), a);
        assert_eq!(weekday_date(a, 3, -1, Tense::Present), d("2024-10-30"));
        assert_eq!(weekday_date(a, 3, 1, Tense::Present), d("2024-11-13"));
    }
}
