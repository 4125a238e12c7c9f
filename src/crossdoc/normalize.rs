//! Name keys: how a name as written becomes the strings that clustering compares.
//!
//! Three steps, each a pure function of the text:
//!
//! 1. [`fold`]: diacritics off and lowercase (`Erdoğan` → `erdogan`, `Đà Nẵng` → `da nang`,
//!    `Größe` → `grosse`), using the generated table in `fold_table.rs`; combining marks are
//!    dropped; letters of other scripts are kept (lowercased) so they still key as themselves.
//! 2. [`tokens`]: split on white space, hyphens and apostrophes (so `Ri Son-gwon` and
//!    `Ri Son Gwon` give the same tokens); everything but letters and digits is dropped (`U.S.` →
//!    `us`).
//! 3. [`phonetic`]: folds German and English transliterations of the same sound into one letter
//!    (see the table on that function), then collapses doubled letters.
//!
//! [`skeleton`] (the key without vowels) is the blocking key for fuzzy comparison of person
//! names. This module knows nothing of documents or clusters.

use super::fold_table::FOLD;

/// Lowercase ASCII (or lowercase letter of another script) for one character, written to `out`.
/// Returns false for characters that are not letters or digits (they are dropped).
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    // Combining diacritical marks (decomposed input): dropped without a trace.
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return true;
    }
    if let Ok(i) = FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
        if let Some((_, s)) = FOLD.get(i) {
            out.push_str(s);
            return true;
        }
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
        return true;
    }
    false
}

/// `text` without diacritics, in lowercase; characters that are neither letters nor digits are
/// kept as they are (so token boundaries survive). Never fails.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !fold_char(c, &mut out) {
            out.push(c);
        }
    }
    out
}

/// True for the characters that separate name tokens: white space, hyphens and dashes,
/// apostrophes, slashes.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '‐' | '‑' | '‒' | '–' | '—' | '\'' | '’' | '‘' | 'ʼ' | '`' | '/' | '_'
        )
}

/// The folded tokens of a name: split on separators, each token folded, stripped of anything
/// but letters and digits; empty tokens are dropped. `"Ri Son-gwon"` → `["ri", "son", "gwon"]`.
pub fn tokens(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in name.chars() {
        if is_separator(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            fold_char(c, &mut cur);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Multi-letter spellings and what they become in the key, longest first at each position.
/// Uppercase `C` stands for the sound written `tsch` in German and `ch` in English (and for the
/// `ch`/`kh` of Russian х, which both languages also write `ch`/`kh`); uppercase `S` for German
/// `sch`, English `sh` and `zh`.
const RULES: &[(&str, &str)] = &[
    ("tsch", "C"),
    ("sch", "S"),
    ("tch", "C"),
    ("ch", "C"),
    ("kh", "C"),
    ("sh", "S"),
    ("zh", "S"),
    ("ph", "f"),
    ("th", "t"),
    ("gh", "g"),
    ("dh", "d"),
    ("rh", "r"),
    ("ck", "k"),
    ("qu", "kv"),
    ("tz", "s"),
    ("ts", "s"),
    ("ie", "i"),
    ("ou", "u"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "si"),
];

/// The phonetic key of one folded token (see [`tokens`]).
///
/// German and English spellings of one transliterated name get the same key:
///
/// | written                          | key  | example                                   |
/// |----------------------------------|------|-------------------------------------------|
/// | `tsch`, `tch`, `ch`, `kh`        | `C`  | Tschernihiw / Chernihiv, Charkiw / Kharkiv |
/// | `sch`, `sh`, `zh`                | `S`  | Schoigu / Shoigu, Prigoschin / Prigozhin   |
/// | `w`                              | `v`  | Wolodymyr / Volodymyr, Lawrow / Lavrov     |
/// | `j`, `y`, `ie`                   | `i`  | Selenskyj / Selenski, Kyjiw / Kyiv / Kiew  |
/// | `z`, `tz`, `ts`, `c` before e/i/y | `s` | Zelensky / Selenski, Jelzin / Yeltsin      |
/// | `c`, `ck`, `q`                   | `k`  | Kuba / Cuba, Irak / Iraq                   |
/// | `qu`                             | `kv` |                                            |
/// | `x`                              | `ks` | Alexander / Aleksandr                      |
/// | `ph`, `th`, `gh`, `dh`, `rh`     | `f`, `t`, `g`, `d`, `r` |                         |
/// | `ae`, `oe`, `ue`, `ou`           | `a`, `o`, `u`, `u` | Mueller / Müller          |
///
/// then runs of one letter become one (`kiiiv` → `kiv`, so final `-ij`, `-yj`, `-y`, `-i` all
/// end in `i`). The key is meant for equality and edit distance, never for display.
pub fn phonetic(token: &str) -> String {
    let b = token.as_bytes();
    let mut raw = String::with_capacity(token.len());
    let mut i = 0;
    'outer: while i < b.len() {
        for (from, to) in RULES {
            if b[i..].starts_with(from.as_bytes()) {
                raw.push_str(to);
                i += from.len();
                continue 'outer;
            }
        }
        // Not ASCII: copy the whole character.
        if !b[i].is_ascii() {
            let rest = token.get(i..).unwrap_or("");
            if let Some(c) = rest.chars().next() {
                raw.push(c);
                i += c.len_utf8();
            } else {
                i += 1;
            }
            continue;
        }
        match b[i] {
            b'w' => raw.push('v'),
            b'j' | b'y' => raw.push('i'),
            b'z' => raw.push('s'),
            b'c' | b'q' => raw.push('k'),
            b'x' => raw.push_str("ks"),
            other => raw.push(char::from(other)),
        }
        i += 1;
    }
    let mut out = String::with_capacity(raw.len());
    let mut last = None;
    for c in raw.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// A phonetic key without its vowels: the blocking key for fuzzy comparison
/// (`volodimir` and `vladimir` both give `vldmr`).
pub fn skeleton(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .collect()
}

/// Edit distance (insertions, deletions, substitutions) between two keys, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// German adjective endings folded to `-e` on the non-final tokens of a multi-word name that is not
/// a person (`Vereinigten Arabischen Emiraten` and `Vereinigte Arabische Emirate` get one key); the
/// final token loses a dative plural `-en` → `-e` the same way. Returns the token unchanged
/// otherwise.
pub fn fold_adjective(token: &str) -> &str {
    for ending in ["en", "em", "er", "es"] {
        if token.len() > ending.len() + 2 && token.ends_with(ending) {
            return &token[..token.len() - ending.len() + 1];
        }
    }
    token
}

/// True when `surface` looks like an acronym: one token of 2–8 letters or digits, at least two
/// uppercase letters, starting with an uppercase letter, no two lowercase letters in a row
/// (`VAE`, `EU`, `BfV`, `IStGH`; not `Nato`, which is keyed as a word).
pub fn is_acronym(surface: &str) -> bool {
    let s = surface.trim();
    let letters: Vec<char> = s.chars().filter(|c| *c != '.').collect();
    if letters.len() < 2 || letters.len() > 8 {
        return false;
    }
    if !letters.iter().all(|c| c.is_alphanumeric()) {
        return false;
    }
    if !letters.first().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    if letters.iter().filter(|c| c.is_uppercase()).count() < 2 {
        return false;
    }
    !letters
        .windows(2)
        .any(|w| w[0].is_lowercase() && w[1].is_lowercase())
}

/// The acronym key: folded letters and digits of an acronym, lowercase (`V.A.E.` → `vae`).
pub fn acronym_key(surface: &str) -> String {
    tokens(surface).concat()
}

/// Words left out of the initials of an expansion in the second reading
/// (`Organisation für Sicherheit und Zusammenarbeit in Europa` → `OSZE`).
const FUNCTION_WORDS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "fur", "und", "von", "vom", "zur", "zum", "in", "im",
    "am", "an", "auf", "fuer", "of", "the", "and", "for", "de", "la", "du", "et",
];

/// The initials of an expansion, in two readings: every token, and only the tokens that are not
/// function words. Tokens are folded (see [`tokens`]). Empty when there are fewer than two tokens.
pub fn initials(tokens: &[String]) -> Vec<String> {
    if tokens.len() < 2 {
        return Vec::new();
    }
    let all: String = tokens.iter().filter_map(|t| t.chars().next()).collect();
    let content: String = tokens
        .iter()
        .filter(|t| !FUNCTION_WORDS.contains(&t.as_str()))
        .filter_map(|t| t.chars().next())
        .collect();
    if content == all || content.chars().count() < 2 {
        vec![all]
    } else {
        vec![all, content]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Vec<String> {
        tokens(name).iter().map(|t| phonetic(t)).collect()
    }

    #[test]
    fn diacritics_fold() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Größe"), "grosse");
        assert_eq!(fold("Wałęsa"), "walesa");
        assert_eq!(fold("İstanbul"), "istanbul");
        // Decomposed input (e + combining acute).
        assert_eq!(fold("Beyonce\u{301}"), "beyonce");
        // Other scripts stay themselves.
        assert_eq!(fold("Зеленский"), "зеленский");
    }

    #[test]
    fn tokens_unify_hyphen_and_space() {
        assert_eq!(tokens("Ri Son-gwon"), tokens("Ri Son Gwon"));
        assert_eq!(tokens("U.S."), vec!["us"]);
        assert!(tokens("  --  ").is_empty());
    }

    #[test]
    fn transliterations_share_a_key() {
        assert_eq!(key("Schoigu"), key("Shoigu"));
        assert_eq!(key("Selenskyj"), key("Selenski"));
        assert_eq!(key("Selenskyj"), key("Zelensky"));
        assert_eq!(key("Zelenskyy"), key("Selenski"));
        assert_eq!(key("Kyjiw"), key("Kyiv"));
        assert_eq!(key("Kiew"), key("Kyiv"));
        assert_eq!(key("Charkiw"), key("Kharkiv"));
        assert_eq!(key("Tschernihiw"), key("Chernihiv"));
        assert_eq!(key("Jelzin"), key("Yeltsin"));
        assert_eq!(key("Lawrow"), key("Lavrov"));
        assert_eq!(key("Erdoğan"), key("Erdogan"));
        assert_eq!(key("Đà Nẵng"), key("Da Nang"));
        assert_eq!(key("Saporischschja"), key("Zaporizhzhia"));
        assert_eq!(key("Donezk"), key("Donetsk"));
        assert_eq!(key("Dmitrij"), key("Dmitry"));
        assert_eq!(key("Irak"), key("Iraq"));
        // Different names stay different.
        assert_ne!(key("Sudan"), key("Südsudan"));
        assert_ne!(key("Jinping"), key("Mingze"));
        assert_eq!(
            skeleton(&phonetic("wolodymyr")),
            skeleton(&phonetic("wladimir"))
        );
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("volodimir", "vladimir"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("VAE"));
        assert!(is_acronym("BfV"));
        assert!(is_acronym("IStGH"));
        assert!(!is_acronym("Nato"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("Vereinigte Arabische Emirate"));
        assert_eq!(acronym_key("V.A.E."), "vae");
        let t = tokens("Bundesamt für Verfassungsschutz");
        assert!(initials(&t).contains(&"bfv".to_string()));
        let t = tokens("Organisation für Sicherheit und Zusammenarbeit in Europa");
        assert!(initials(&t).contains(&"osze".to_string()));
    }

    #[test]
    fn adjectives_fold() {
        assert_eq!(fold_adjective("vereinigten"), "vereinigte");
        assert_eq!(fold_adjective("arabischen"), "arabische");
        assert_eq!(fold_adjective("europaischer"), "europaische");
        assert_eq!(fold_adjective("eu"), "eu");
    }
}
