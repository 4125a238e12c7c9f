//! The tag scores of every token of a text, with the work shared between repeated tokens.
//!
//! The features of a token ([`features`](super::features)) fall into three groups by what they
//! depend on: the token alone (word, affixes, shape, clusters, lexicon entry), one neighbour
//! alone (the word one or two to the left or right, its last letters and clusters), and several
//! tokens together (bigrams, shape trigrams, lexicon flags of pairs, gazetteer matches). The
//! scores of the first two groups are summed once per distinct token of a text and kept with
//! the token's type; only the third group is looked up at every position. Integer sums do not
//! depend on their order, so every token gets exactly the scores of all its features of
//! [`Extractor::extract`](super::features::Extractor::extract) summed one by one (tests check
//! both the features and the scores).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{
    gazetteer_feats, gazetteer_matches, local_features, next2_features, next_features,
    pair_features, prev2_features, prev_features, Tok, Window,
};
use super::model::Model;
use super::{Scores, N_LABELS};

/// Most distinct tokens a [`TextScorer`] keeps; beyond that it starts afresh (before a sentence),
/// which bounds its memory (about 600 bytes a token) on huge texts. The scores do not depend on
/// it.
const MAX_TYPES: usize = 1 << 15;

/// What is kept of one distinct token: its analysis and the scores of its features that do not
/// depend on where it stands.
#[derive(Debug)]
struct TypeScores {
    tok: Tok,
    /// The token's own features.
    local: Scores,
    /// The features it gives the token after it ([`prev_features`]).
    as_prev: Scores,
    /// The features it gives the token before it ([`next_features`]).
    as_next: Scores,
    /// The feature it gives the token two after it ([`prev2_features`]).
    as_prev2: Scores,
    /// The feature it gives the token two before it ([`next2_features`]).
    as_next2: Scores,
}

/// The scores sentence edges give the tokens next to them (computed once per tagger).
#[derive(Debug, Clone)]
pub(crate) struct EdgeScores {
    /// For the first token: its predecessor is the sentence start.
    no_prev: Scores,
    /// For the last token.
    no_next: Scores,
    /// For the first two tokens.
    no_prev2: Scores,
    /// For the last two tokens.
    no_next2: Scores,
}

impl EdgeScores {
    /// The edge scores of `model`.
    pub(crate) fn new(model: &Model) -> EdgeScores {
        let lexicon = &model.lexicon;
        let mut feats = Vec::new();
        let mut no_prev = [0; N_LABELS];
        prev_features(None, lexicon, &mut feats);
        model.add_features(&feats, &mut no_prev);
        feats.clear();
        let mut no_next = [0; N_LABELS];
        next_features(None, lexicon, &mut feats);
        model.add_features(&feats, &mut no_next);
        feats.clear();
        let mut no_prev2 = [0; N_LABELS];
        prev2_features(None, &mut feats);
        model.add_features(&feats, &mut no_prev2);
        feats.clear();
        let mut no_next2 = [0; N_LABELS];
        next2_features(None, &mut feats);
        model.add_features(&feats, &mut no_next2);
        EdgeScores {
            no_prev,
            no_next,
            no_prev2,
            no_next2,
        }
    }
}

/// Scores the sentences of one text, keeping the scores of each distinct token (by its text)
/// for the following sentences. Create one per text (it borrows the tokens).
#[derive(Debug, Default)]
pub(crate) struct TextScorer<'t> {
    /// Token text → index into `types`.
    ids: HashMap<&'t str, u32, BuildHasherDefault<StrHasher>>,
    types: Vec<TypeScores>,
    /// Type of each token of the current sentence.
    sent: Vec<u32>,
    /// Scratch list of feature ids.
    feats: Vec<u32>,
}

impl<'t> TextScorer<'t> {
    /// A scorer with nothing cached.
    pub(crate) fn new() -> Self {
        TextScorer::default()
    }

    /// Writes the scores of every tag at every token of the sentence `tokens` into `emit`
    /// (`emit[i * N_LABELS + t]`, replacing its contents).
    pub(crate) fn score(
        &mut self,
        model: &Model,
        edges: &EdgeScores,
        tokens: &[&'t str],
        emit: &mut Vec<i32>,
    ) {
        let n = tokens.len();
        emit.clear();
        if self.types.len() >= MAX_TYPES {
            self.ids.clear();
            self.types.clear();
        }
        self.sent.clear();
        for &token in tokens {
            let id = match self.ids.get(token) {
                Some(&id) => id,
                None => {
                    let id = self.types.len() as u32;
                    let t = self.type_scores(model, token);
                    self.types.push(t);
                    self.ids.insert(token, id);
                    id
                }
            };
            self.sent.push(id);
        }
        let types = &self.types;
        let at = |i: usize| self.sent.get(i).map(|&id| &types[id as usize]);
        let lexicon = &model.lexicon;
        for i in 0..n {
            let Some(cur) = at(i) else { break };
            let prev = i.checked_sub(1).and_then(at);
            let prev2 = i.checked_sub(2).and_then(at);
            let (next, next2) = (at(i + 1), at(i + 2));
            let mut s = cur.local;
            add(&mut s, prev.map_or(&edges.no_prev, |t| &t.as_prev));
            add(&mut s, next.map_or(&edges.no_next, |t| &t.as_next));
            add(&mut s, prev2.map_or(&edges.no_prev2, |t| &t.as_prev2));
            add(&mut s, next2.map_or(&edges.no_next2, |t| &t.as_next2));
            let w = Window {
                prev2: prev2.map(|t| &t.tok),
                prev: prev.map(|t| &t.tok),
                cur: &cur.tok,
                next: next.map(|t| &t.tok),
                next2: next2.map(|t| &t.tok),
            };
            self.feats.clear();
            pair_features(&w, lexicon, &mut self.feats);
            model.add_features(&self.feats, &mut s);
            emit.extend_from_slice(&s);
        }
        if !lexicon.gazetteer.is_empty() {
            let feats = &mut self.feats;
            gazetteer_matches(
                n,
                |i| at(i).map_or("", |t| t.tok.lower.as_str()),
                |k| lexicon.gazetteer.get(&k).copied(),
                |j, code| {
                    feats.clear();
                    gazetteer_feats(code, feats);
                    if let Some(row) = emit.get_mut(j * N_LABELS..(j + 1) * N_LABELS) {
                        model.add_features(feats, row);
                    }
                },
            );
        }
    }

    /// Analyses a token not seen before and sums the scores of its position-independent features.
    fn type_scores(&mut self, model: &Model, token: &str) -> TypeScores {
        let lexicon = &model.lexicon;
        let tok = Tok::new(token, lexicon);
        let feats = &mut self.feats;
        let mut sum = |f: &dyn Fn(&mut Vec<u32>)| {
            feats.clear();
            f(feats);
            let mut s = [0; N_LABELS];
            model.add_features(feats, &mut s);
            s
        };
        TypeScores {
            local: sum(&|o| local_features(&tok, lexicon, o)),
            as_prev: sum(&|o| prev_features(Some(&tok), lexicon, o)),
            as_next: sum(&|o| next_features(Some(&tok), lexicon, o)),
            as_prev2: sum(&|o| prev2_features(Some(&tok), o)),
            as_next2: sum(&|o| next2_features(Some(&tok), o)),
            tok,
        }
    }
}

/// Adds `b` to `a`, tag by tag.
#[inline]
fn add(a: &mut Scores, b: &Scores) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// The hasher of token texts in [`TextScorer`]: eight bytes at a time (FxHash's step), with a
/// final folded multiplication so that the low bits, which pick the bucket, depend on every byte.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StrHasher(u64);

impl StrHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(Self::K);
    }
}

impl Hasher for StrHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.mix(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(b) ^ (rest.len() as u64) << 59);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    #[inline]
    fn finish(&self) -> u64 {
        let m = u128::from(self.0) * u128::from(Self::K);
        (m >> 64) as u64 ^ m as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::Extractor;

    /// The cached scores equal the sums over all features of `Extractor::extract`, whatever the
    /// scorer has seen before (the same scorer serves every sentence here).
    #[test]
    fn scores_equal_the_sum_of_all_features() {
        let model = Model::from_bytes(include_bytes!("../../models/ner-de.bin"))
            .expect("embedded model is valid");
        let edges = EdgeScores::new(&model);
        let mut text: String = [
            include_str!("../../tests/golden/articles/klimagipfel.txt"),
            include_str!("../../tests/golden/articles/hochwasser.txt"),
            include_str!("../../tests/golden/articles/interview.txt"),
        ]
        .concat();
        text.push_str(" „Olaf Scholz“ traf Mohammed bin Salman in Frankfurt am Main. 😀 e\u{301} ");
        text.push_str("Bundes\u{AD}tag EU-Kommissarin -- 1990er ΣΟΦΙΑ Ü-Ei Deutsche Bahn AG");
        let tokenized = crate::tokenize::tokenize(&text);
        let words: Vec<&str> = tokenized
            .tokens
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        let mut sentences: Vec<Vec<&str>> = vec![vec![], vec!["Berlin"], vec!["", "\u{AD}"]];
        sentences.extend(words.chunks(7).map(<[&str]>::to_vec));
        sentences.extend(words.chunks(1).map(<[&str]>::to_vec));
        sentences.push(words.clone());
        let mut scorer = TextScorer::new();
        let mut ex = Extractor::new();
        let mut emit = Vec::new();
        for s in &sentences {
            scorer.score(&model, &edges, s, &mut emit);
            ex.extract(s, &model.lexicon);
            assert_eq!(emit.len(), s.len() * N_LABELS);
            for i in 0..s.len() {
                let mut want = [0; N_LABELS];
                model.add_features(&ex.feats[ex.offsets[i]..ex.offsets[i + 1]], &mut want);
                assert_eq!(
                    emit[i * N_LABELS..(i + 1) * N_LABELS],
                    want,
                    "token {i} of {s:?}"
                );
            }
        }
    }
}
