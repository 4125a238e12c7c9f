//! A gazetteer of names from the GermEval train split: every chunk of up to six tokens becomes
//! an entry with the types it was tagged with, flagged as ambiguous when the same words occur
//! more often outside a chunk than as one. For the train sentences themselves the trainer uses
//! gazetteers built from the other folds only (jackknifing), so the model does not learn to trust
//! an entry more than it deserves on unseen text.

use std::collections::HashMap;

use randnotiz::ner::conll::{chunks, ConllSentence};
use randnotiz::ner::features::{
    lowercase_form, name_word_key, seq_hasher, GAZETTEER_AMBIGUOUS, GAZETTEER_MAX_LEN,
};
use randnotiz::ner::model::label_index;

fn key(words: &[String]) -> u32 {
    let mut h = seq_hasher();
    for w in words {
        h.add(w.as_bytes());
    }
    h.finish()
}

/// Builds the gazetteer of `sentences`: (key, type bits | flags) sorted by key.
pub fn build(sentences: &[&ConllSentence]) -> Vec<(u32, u16)> {
    let mut types: HashMap<u32, u16> = HashMap::new();
    let mut as_name: HashMap<u32, u32> = HashMap::new();
    let lowers: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.rows.iter().map(|r| lowercase_form(&r.token)).collect())
        .collect();
    for (s, low) in sentences.iter().zip(&lowers) {
        for (a, b, ty) in chunks(&s.gold()) {
            if b - a > GAZETTEER_MAX_LEN {
                continue;
            }
            let k = key(&low[a..b]);
            let t = (label_index(&format!("B-{ty}")).saturating_sub(1) / 2) as u16;
            *types.entry(k).or_insert(0) |= 1 << t.min(11);
            *as_name.entry(k).or_insert(0) += 1;
        }
    }
    // Words inside names: types, first/later position, and how often the word is in a name.
    let mut words: HashMap<u32, u16> = HashMap::new();
    let mut word_named: HashMap<u32, u32> = HashMap::new();
    for (s, low) in sentences.iter().zip(&lowers) {
        for (a, b, ty) in chunks(&s.gold()) {
            let t = (label_index(&format!("B-{ty}")).saturating_sub(1) / 2) as u16;
            for (j, w) in low.iter().enumerate().take(b).skip(a) {
                let k = name_word_key(w);
                let pos = if j == a { 1 << 12 } else { 1 << 13 };
                *words.entry(k).or_insert(0) |= 1 << t.min(11) | pos;
                *word_named.entry(k).or_insert(0) += 1;
            }
        }
    }
    let mut word_total: HashMap<u32, u32> = HashMap::new();
    for low in &lowers {
        for w in low {
            let k = name_word_key(w);
            if words.contains_key(&k) {
                *word_total.entry(k).or_insert(0) += 1;
            }
        }
    }
    let mut total: HashMap<u32, u32> = HashMap::new();
    for low in &lowers {
        for i in 0..low.len() {
            let mut h = seq_hasher();
            for w in low.iter().skip(i).take(GAZETTEER_MAX_LEN) {
                h.add(w.as_bytes());
                let k = h.finish();
                if types.contains_key(&k) {
                    *total.entry(k).or_insert(0) += 1;
                }
            }
        }
    }
    let mut out: Vec<(u32, u16)> = types
        .into_iter()
        .map(|(k, t)| {
            let named = as_name.get(&k).copied().unwrap_or(0);
            let all = total.get(&k).copied().unwrap_or(named);
            let flag = if named * 2 < all {
                GAZETTEER_AMBIGUOUS
            } else {
                0
            };
            (k, t | flag)
        })
        .collect();
    out.extend(words.into_iter().map(|(k, t)| {
        let named = word_named.get(&k).copied().unwrap_or(0);
        let all = word_total.get(&k).copied().unwrap_or(named);
        let flag = if named * 2 < all {
            GAZETTEER_AMBIGUOUS
        } else {
            0
        };
        (k, t | flag)
    }));
    out.sort_unstable();
    out.dedup_by_key(|x| x.0);
    out
}
