//! Numbers as written in news text: digits with German (`10.000`, `6,5`, `1.234,56`) or English
//! (`2,000`, `3.5`) separators, and number words (`zwölf`, `zweihundertdreißig`, `zweieinhalb`,
//! `twenty-one`). Values are exact decimals ([`Decimal`]), so `2,3 Milliarden` is exactly
//! 2 300 000 000 and prints without rounding noise.
//!
//! This module knows nothing about context: whether `2024` is a year or `14.30` a time is decided
//! by the caller.

/// Exact powers of ten that an `f64` represents without rounding.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A non-negative decimal number `mantissa × 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits as an integer.
    pub mantissa: u64,
    /// Power of ten to multiply with (negative for decimal places).
    pub exp: i32,
}

impl Decimal {
    /// The integer `n`.
    pub const fn int(n: u64) -> Self {
        Decimal {
            mantissa: n,
            exp: 0,
        }
    }

    /// This number times `10^e`.
    pub fn times_pow10(self, e: i32) -> Self {
        Decimal {
            mantissa: self.mantissa,
            exp: self.exp.saturating_add(e),
        }
        .normalized()
    }

    /// Moves trailing zeros of the mantissa into the exponent (`650e-2` → `65e-1`).
    fn normalized(mut self) -> Self {
        while self.mantissa != 0 && self.mantissa.is_multiple_of(10) && self.exp < 0 {
            self.mantissa /= 10;
            self.exp += 1;
        }
        if self.mantissa == 0 {
            self.exp = 0;
        }
        self
    }

    /// The sum, or `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let e = self.exp.min(other.exp);
        let a = widen(self.mantissa, self.exp - e)?;
        let b = widen(other.mantissa, other.exp - e)?;
        Some(
            Decimal {
                mantissa: a.checked_add(b)?,
                exp: e,
            }
            .normalized(),
        )
    }

    /// The product with an integer, or `None` on overflow.
    pub fn checked_mul_int(self, n: u64) -> Option<Decimal> {
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(n)?,
                exp: self.exp,
            }
            .normalized(),
        )
    }

    /// The nearest `f64` (exact for every value news text writes: up to 15 significant digits).
    pub fn to_f64(self) -> f64 {
        let m = self.mantissa as f64;
        let e = self.exp.unsigned_abs() as usize;
        match POW10.get(e) {
            Some(&p) if self.exp >= 0 => m * p,
            Some(&p) => m / p,
            None if self.exp >= 0 => m * 10f64.powi(self.exp),
            None => m / 10f64.powi(-self.exp),
        }
    }
}

fn widen(m: u64, by: i32) -> Option<u64> {
    let mut m = m;
    for _ in 0..by {
        m = m.checked_mul(10)?;
    }
    Some(m)
}

/// Formats a value as a plain decimal string: no exponent, no trailing `.0`
/// (`2000`, `0.2`, `2000000000`). Non-finite values give `"0"`.
pub fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    // Rust's `Display` for f64 prints the shortest round-tripping decimal without an exponent.
    let s = format!("{v}");
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// Appends the digits of `group` to `m`; `None` on a non-digit or overflow.
fn push_digits(m: u64, group: &str) -> Option<u64> {
    let mut m = m;
    for b in group.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    Some(m)
}

/// Integer part given as groups: the first 1–3 digits, every later one exactly 3.
fn grouped(groups: &[&str]) -> Option<u64> {
    let (first, rest) = groups.split_first()?;
    if first.is_empty() || first.len() > 3 || rest.iter().any(|g| g.len() != 3) {
        return None;
    }
    groups.iter().try_fold(0u64, |m, g| push_digits(m, g))
}

fn with_fraction(int: u64, frac: &str) -> Option<Decimal> {
    if frac.is_empty() || frac.len() > 12 {
        return None;
    }
    let m = push_digits(int, frac)?;
    Some(
        Decimal {
            mantissa: m,
            exp: -(frac.len() as i32),
        }
        .normalized(),
    )
}

/// Parses a digit string with separators.
///
/// German (`english == false`): `.` groups thousands (`10.000`, every group after the first has
/// three digits), `,` is the decimal mark (`6,5`, `1.234,56`); `2,000,000` (several comma groups
/// of three) is read as English thousands. English: `,` groups thousands, `.` is the decimal mark;
/// a single `,` followed by anything but three digits is a German decimal comma.
///
/// Returns `None` for anything else: dates (`6.11.2024`), times (`14.30`, `14:30`), versions
/// (`1.2.3`), integers with a leading zero (`030`, phone prefixes), or more than 18 digits.
pub fn parse_digits(s: &str, english: bool) -> Option<Decimal> {
    let b = s.as_bytes();
    let (first, last) = (*b.first()?, *b.last()?);
    if !first.is_ascii_digit() || !last.is_ascii_digit() || s.contains(':') {
        return None;
    }
    if s.bytes().filter(u8::is_ascii_digit).count() > 18 {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let leading_zero = |int_part: &str| int_part.len() > 1 && int_part.starts_with('0');
    let out = match (dots, commas) {
        (0, 0) => {
            if leading_zero(s) {
                return None;
            }
            Some(Decimal::int(push_digits(0, s)?))
        }
        (_, 0) => {
            let groups: Vec<&str> = s.split('.').collect();
            if english {
                if dots != 1 {
                    return None;
                }
                let int = push_digits(0, groups[0])?;
                if leading_zero(groups[0]) {
                    return None;
                }
                with_fraction(int, groups[1])
            } else {
                Some(Decimal::int(grouped(&groups)?))
            }
        }
        (0, 1) => {
            let (int_s, frac) = s.split_once(',')?;
            if leading_zero(int_s) {
                return None;
            }
            if english && frac.len() == 3 && int_s.len() <= 3 && int_s != "0" {
                Some(Decimal::int(grouped(&[int_s, frac])?))
            } else {
                with_fraction(push_digits(0, int_s)?, frac)
            }
        }
        (0, _) => {
            let groups: Vec<&str> = s.split(',').collect();
            Some(Decimal::int(grouped(&groups)?))
        }
        _ => {
            // both marks: the last one is the decimal mark
            let (dec_mark, group_mark) = match (s.rfind('.'), s.rfind(',')) {
                (Some(d), Some(c)) if c > d => (',', '.'),
                _ => ('.', ','),
            };
            let (int_s, frac) = s.rsplit_once(dec_mark)?;
            if int_s.contains(dec_mark) {
                return None;
            }
            let groups: Vec<&str> = int_s.split(group_mark).collect();
            with_fraction(grouped(&groups)?, frac)
        }
    };
    out.map(Decimal::normalized)
}

const UNITS: [(&str, u64); 10] = [
    ("null", 0),
    ("ein", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
];

const TEENS: [(&str, u64); 13] = [
    ("eins", 1),
    ("zehn", 10),
    ("elf", 11),
    ("zwölf", 12),
    ("dreizehn", 13),
    ("vierzehn", 14),
    ("fünfzehn", 15),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("achtzehn", 18),
    ("neunzehn", 19),
    ("zwo", 2),
    ("sieb", 7), // only inside "siebzehn"/"siebzig" compounds; never alone (see below)
];

const TENS: [(&str, u64); 9] = [
    ("zwanzig", 20),
    ("dreißig", 30),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("sechzig", 60),
    ("siebzig", 70),
    ("achtzig", 80),
    ("neunzig", 90),
];

fn lookup(table: &[(&str, u64)], s: &str) -> Option<u64> {
    table.iter().find(|(w, _)| *w == s).map(|&(_, v)| v)
}

/// 1–99 written as one word: `drei`, `zwölf`, `zwanzig`, `einundzwanzig`.
fn below_hundred(s: &str) -> Option<u64> {
    if s == "sieb" {
        return None;
    }
    if let Some(v) = lookup(&UNITS, s).filter(|&v| v > 0) {
        return Some(v);
    }
    if let Some(v) = lookup(&TEENS, s) {
        return Some(v);
    }
    if let Some(v) = lookup(&TENS, s) {
        return Some(v);
    }
    let (u, t) = s.split_once("und")?;
    let u = lookup(&UNITS, u).filter(|&v| v > 0)?;
    Some(u + lookup(&TENS, t)?)
}

/// 1–999: `hundert`, `einhundert`, `zweihundertdreißig`.
fn below_thousand(s: &str) -> Option<u64> {
    match s.split_once("hundert") {
        Some((h, rest)) => {
            let h = if h.is_empty() {
                1
            } else {
                lookup(&UNITS, h).filter(|&v| v > 0)?
            };
            let r = if rest.is_empty() {
                0
            } else {
                below_hundred(rest.strip_prefix("und").unwrap_or(rest))?
            };
            Some(h * 100 + r)
        }
        None => below_hundred(s),
    }
}

/// A German cardinal written as one word, lower case, up to 999 999: `zwölf`, `zweihundert`,
/// `dreitausendfünfhundert`, `hunderttausend`, `null`. Also halves: `zweieinhalb` (2.5),
/// `eineinhalb`/`anderthalb` (1.5). The bare article forms `ein`, `eine`, … are not accepted here
/// (see [`ARTICLES`]).
pub fn parse_german_word(s: &str) -> Option<Decimal> {
    if s == "null" {
        return Some(Decimal::int(0));
    }
    if s == "anderthalb" {
        return Some(Decimal {
            mantissa: 15,
            exp: -1,
        });
    }
    if let Some(whole) = s.strip_suffix("einhalb") {
        let w = parse_german_word(whole).or_else(|| (whole == "ein").then_some(Decimal::int(1)))?;
        return w.checked_add(Decimal {
            mantissa: 5,
            exp: -1,
        });
    }
    if s == "ein" || s.len() > 80 {
        return None;
    }
    let v = match s.split_once("tausend") {
        Some((t, rest)) => {
            let t = if t.is_empty() || t == "ein" {
                1
            } else {
                below_thousand(t)?
            };
            let r = if rest.is_empty() {
                0
            } else {
                below_thousand(rest.strip_prefix("und").unwrap_or(rest))?
            };
            t * 1000 + r
        }
        None => below_thousand(s)?,
    };
    Some(Decimal::int(v))
}

/// Forms of the German and English indefinite article that mean "one" before a scale word
/// ("eine Million", "einer Milliarde", "a million"), lower case.
pub const ARTICLES: &[&str] = &["ein", "eine", "einer", "einem", "einen", "eines", "a"];

const EN_SMALL: [(&str, u64); 20] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const EN_TENS: [(&str, u64); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// An English cardinal 0–99 written as one token, lower case: `twelve`, `forty`, `twenty-one`.
pub fn parse_english_word(s: &str) -> Option<Decimal> {
    if let Some(v) = lookup(&EN_SMALL, s).or_else(|| lookup(&EN_TENS, s)) {
        return Some(Decimal::int(v));
    }
    let (t, u) = s.split_once('-')?;
    let t = lookup(&EN_TENS, t)?;
    let u = lookup(&EN_SMALL, u).filter(|&v| (1..10).contains(&v))?;
    Some(Decimal::int(t + u))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de(s: &str) -> Option<f64> {
        parse_german_word(s).map(Decimal::to_f64)
    }

    #[test]
    fn german_number_words() {
        assert_eq!(de("zwölf"), Some(12.0));
        assert_eq!(de("drei"), Some(3.0));
        assert_eq!(de("zwanzig"), Some(20.0));
        assert_eq!(de("einundzwanzig"), Some(21.0));
        assert_eq!(de("siebenundneunzig"), Some(97.0));
        assert_eq!(de("hundert"), Some(100.0));
        assert_eq!(de("einhundert"), Some(100.0));
        assert_eq!(de("zweihundert"), Some(200.0));
        assert_eq!(de("zweihundertdreißig"), Some(230.0));
        assert_eq!(de("dreihundertfünfundsechzig"), Some(365.0));
        assert_eq!(de("tausend"), Some(1000.0));
        assert_eq!(de("eintausend"), Some(1000.0));
        assert_eq!(de("dreitausendfünfhundert"), Some(3500.0));
        assert_eq!(de("zehntausend"), Some(10000.0));
        assert_eq!(de("hunderttausend"), Some(100000.0));
        assert_eq!(
            de("neunhundertneunundneunzigtausendneunhundertneunundneunzig"),
            Some(999999.0)
        );
        assert_eq!(de("zweitausendvierundzwanzig"), Some(2024.0));
        assert_eq!(de("null"), Some(0.0));
        assert_eq!(de("zweieinhalb"), Some(2.5));
        assert_eq!(de("eineinhalb"), Some(1.5));
        assert_eq!(de("anderthalb"), Some(1.5));
        assert_eq!(de("siebzehn"), Some(17.0));
        assert_eq!(de("siebzig"), Some(70.0));
    }

    #[test]
    fn german_non_number_words() {
        for w in [
            "ein",
            "sieb",
            "und",
            "einund",
            "hundertprozentig",
            "dreimal",
            "elfte",
            "zweite",
            "achtung",
            "",
            "tausende",
            "hunderte",
            "zwanzigund",
            "undzwanzig",
            "nullund",
            "nullundzwanzig",
            "hunderthundert",
        ] {
            assert_eq!(de(w), None, "{w}");
        }
    }

    #[test]
    fn english_number_words() {
        let en = |s: &str| parse_english_word(s).map(Decimal::to_f64);
        assert_eq!(en("twelve"), Some(12.0));
        assert_eq!(en("twenty-one"), Some(21.0));
        assert_eq!(en("ninety"), Some(90.0));
        assert_eq!(en("twenty-ten"), None);
        assert_eq!(en("one-two"), None);
    }

    #[test]
    fn digits_german_and_english() {
        let de = |s: &str| parse_digits(s, false).map(Decimal::to_f64);
        let en = |s: &str| parse_digits(s, true).map(Decimal::to_f64);
        assert_eq!(de("10.000"), Some(10000.0));
        assert_eq!(de("6,5"), Some(6.5));
        assert_eq!(de("0,2"), Some(0.2));
        assert_eq!(de("1.234,56"), Some(1234.56));
        assert_eq!(de("2,000,000"), Some(2_000_000.0));
        assert_eq!(de("2000"), Some(2000.0));
        assert_eq!(de("0"), Some(0.0));
        for bad in [
            "14.30",
            "6.11.2024",
            "1.2.3",
            "030",
            "1:0",
            "10.00",
            "1.0000",
            ".5",
            "5.",
            "1,2,3",
            "12345678901234567890",
        ] {
            assert_eq!(de(bad), None, "{bad}");
        }
        assert_eq!(en("2,000"), Some(2000.0));
        assert_eq!(en("3.5"), Some(3.5));
        assert_eq!(en("1,234.5"), Some(1234.5));
        assert_eq!(en("0,125"), Some(0.125));
        assert_eq!(en("6,5"), Some(6.5));
        assert_eq!(en("1.2.3"), None);
    }

    #[test]
    fn exact_scaling_and_format() {
        let d = parse_digits("2,3", false).unwrap().times_pow10(9);
        assert_eq!(format_value(d.to_f64()), "2300000000");
        let d = parse_digits("0,2", false).unwrap();
        assert_eq!(format_value(d.to_f64()), "0.2");
        let d = parse_digits("1,2", false).unwrap().times_pow10(6);
        assert_eq!(format_value(d.to_f64()), "1200000");
        assert_eq!(format_value(2000.0), "2000");
        assert_eq!(format_value(f64::NAN), "0");
        assert_eq!(format_value(-0.0), "0");
    }
}
