//! The tag scores of every token of a text, with the work shared between repeated tokens and
//! repeated pairs of tokens.
//!
//! The features of a token ([`features`](super::features)) fall into groups by what they depend
//! on: the token alone (word, affixes, shape, clusters, lexicon entry), one neighbour alone (the
//! word one or two to the left or right, its last letters and clusters), two neighbouring tokens
//! (word bigrams, a word with a neighbour's shape, the lexicon flags of both, shape and word pairs
//! two to one side), the shapes of three tokens, and gazetteer matches. [`TextScorer`] sums
//! them once per distinct token ([`TypeScores`]), per distinct pair of neighbouring tokens
//! ([`PairScores`], from its second occurrence on) and per distinct shape trigram, and keeps the
//! sums for the rest of the text; a token then adds its own sums, those of the four pairs around
//! it and of its shape trigram, and looks up only its gazetteer features. Integer sums do not
//! depend on their order, so every token gets exactly the scores of all its features of
//! [`Extractor::extract`](super::features::Extractor::extract) summed one by one: the tests check
//! the split features against `extract` and the scores against the one-by-one sums.
//!
//! The caches are bounded (see [`MAX_TYPES`], [`MAX_PAIRS`]): a text with more distinct tokens
//! starts afresh, which changes the speed, never the scores.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{
    after_pair_features, before_pair_features, gazetteer_feats, gazetteer_match, local_features,
    next2_features, next_features, prev2_features, prev_features, seq_hasher,
    shape_trigram_feature, with_next_features, with_prev_features, FeatureHasher, Tok,
    GAZETTEER_MAX_LEN,
};
use super::model::Model;
use super::{Scores, N_LABELS};

/// Most distinct tokens a [`TextScorer`] keeps; beyond that it starts afresh (before a
/// sentence), which bounds its memory (about 600 bytes a token) on huge texts. The scores do not
/// depend on it.
const MAX_TYPES: usize = 1 << 15;
/// Most distinct pairs of neighbouring tokens a [`TextScorer`] keeps the scores of (400 bytes
/// each), in the same way.
const MAX_PAIRS: usize = 1 << 15;
/// Most distinct pairs a [`TextScorer`] remembers having seen (16 bytes each).
const MAX_PAIRS_SEEN: usize = 1 << 17;
/// Most shape trigrams a [`TextScorer`] keeps the scores of (about 130 bytes each).
const MAX_TRIGRAMS: usize = 1 << 14;
/// The value of a pair in [`TextScorer::pair_ids`] that was seen once (scores not kept).
const SEEN_ONCE: u32 = u32::MAX;
/// Marks an index into [`TextScorer::fresh`] in [`TextScorer::gaps`].
const FRESH: u32 = 1 << 31;
/// The type id standing for "before the sentence" in a pair.
const START: u32 = u32::MAX;
/// The type id standing for "after the sentence" in a pair.
const END: u32 = u32::MAX - 1;

/// What is kept of one distinct token: its analysis and the scores of its features that do not
/// depend on where it stands.
#[derive(Debug)]
struct TypeScores {
    tok: Tok,
    /// The gazetteer's sequence hash after this token ([`seq_hasher`]).
    seq: FeatureHasher,
    /// The gazetteer entry of the token alone.
    gaz: Option<u16>,
    /// The index of the token's shape in [`TextScorer::shape_ids`].
    shape: u32,
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

/// The scores one pair of neighbouring tokens `a b` (or the sentence start and a first token,
/// or a last token and the sentence end) gives the tokens around it: everything that depends
/// on `a`, on `b` or on both, except what `a` or `b` give themselves.
#[derive(Debug)]
struct PairScores {
    /// The gazetteer's sequence hash after `a b` (unused with [`START`] or [`END`]).
    seq: FeatureHasher,
    /// The gazetteer entry of `a b`.
    gaz: Option<u16>,
    /// To `a`: [`with_next_features`] of `a` and `b`, and `b`'s [`next_features`].
    to_a: Scores,
    /// To `b`: [`with_prev_features`], and `a`'s [`prev_features`].
    to_b: Scores,
    /// To the token after `b`: [`before_pair_features`] of `a b`, and `a`'s
    /// [`prev2_features`].
    to_after: Scores,
    /// To the token before `a`: [`after_pair_features`] of `a b`, and `b`'s
    /// [`next2_features`].
    to_before: Scores,
}

/// The scores sentence edges give the tokens next to them (computed once per tagger).
#[derive(Debug, Clone)]
pub(crate) struct EdgeScores {
    /// The features of the start in the roles of [`TypeScores`]: for first tokens.
    no_prev: Scores,
    /// For the last token.
    no_next: Scores,
    /// For the first two tokens.
    no_prev2: Scores,
    /// For the last two tokens.
    no_next2: Scores,
    /// What the first token gets from the two (missing) tokens before it.
    first: Scores,
    /// What the last token gets from the two (missing) tokens after it.
    last: Scores,
}

impl EdgeScores {
    /// The edge scores of `model`.
    pub(crate) fn new(model: &Model) -> EdgeScores {
        let lexicon = &model.lexicon;
        let mut feats = Vec::new();
        let mut sum = |f: &dyn Fn(&mut Vec<u32>)| {
            feats.clear();
            f(&mut feats);
            let mut s = [0; N_LABELS];
            model.add_features(&feats, &mut s);
            s
        };
        let no_prev2 = sum(&|o| prev2_features(None, o));
        let no_next2 = sum(&|o| next2_features(None, o));
        let mut first = sum(&|o| before_pair_features(None, None, o));
        add(&mut first, &no_prev2);
        let mut last = sum(&|o| after_pair_features(None, None, o));
        add(&mut last, &no_next2);
        EdgeScores {
            no_prev: sum(&|o| prev_features(None, lexicon, o)),
            no_next: sum(&|o| next_features(None, lexicon, o)),
            no_prev2,
            no_next2,
            first,
            last,
        }
    }
}

/// A hash map with the cheap [`FastHasher`].
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Scores the sentences of one text, keeping the scores of each distinct token (by its text)
/// and of each distinct pair of neighbouring tokens for the following sentences. Create one per
/// text (it borrows the tokens).
#[derive(Debug, Default)]
pub(crate) struct TextScorer<'t> {
    /// Token text → index into `types`.
    ids: FastMap<&'t str, u32>,
    types: Vec<TypeScores>,
    /// Pair of type ids (or [`START`], [`END`]) → index into `pairs`, or [`SEEN_ONCE`]: the
    /// scores of a pair are kept from its second occurrence on (most pairs occur once).
    pair_ids: FastMap<(u32, u32), u32>,
    pairs: Vec<PairScores>,
    /// The scores of the pairs of the current sentence seen for the first time.
    fresh: Vec<PairScores>,
    /// Word shape → index (few distinct ones: shape trigrams repeat even in new text).
    shape_ids: FastMap<String, u32>,
    /// Scores of the shape trigram feature by the shape indexes of the token before (or
    /// [`START`]), the token and the token after (or [`END`]).
    trigrams: FastMap<(u32, u32, u32), Scores>,
    /// Type of each token of the current sentence.
    sent: Vec<u32>,
    /// The pair before each token of the current sentence, and the last one: an index into
    /// `pairs`, or into `fresh` plus [`FRESH`].
    gaps: Vec<u32>,
    /// Features to look up.
    batch: Batch,
    /// Gazetteer sequence hashes, one per start token.
    seqs: Vec<FeatureHasher>,
}

impl<'t> TextScorer<'t> {
    /// A scorer with nothing cached.
    pub(crate) fn new() -> Self {
        TextScorer::default()
    }

    /// Writes the scores of every tag at every token of the sentence `tokens` into `emit`
    /// (replacing its contents).
    pub(crate) fn score(
        &mut self,
        model: &Model,
        edges: &EdgeScores,
        tokens: &[&'t str],
        emit: &mut Vec<Scores>,
    ) {
        let n = tokens.len();
        emit.clear();
        if self.types.len() >= MAX_TYPES {
            self.ids.clear();
            self.types.clear();
            self.pair_ids.clear();
            self.pairs.clear();
            self.shape_ids.clear();
            self.trigrams.clear();
        }
        if self.trigrams.len() >= MAX_TRIGRAMS {
            self.trigrams.clear();
        }
        if self.pairs.len() >= MAX_PAIRS || self.pair_ids.len() >= MAX_PAIRS_SEEN {
            self.pair_ids.clear();
            self.pairs.clear();
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
        self.gaps.clear();
        self.fresh.clear();
        for g in 0..=n {
            let a = g.checked_sub(1).map_or(START, |i| self.sent[i]);
            let b = self.sent.get(g).copied().unwrap_or(END);
            let gap = match self.pair_ids.get(&(a, b)).copied() {
                Some(SEEN_ONCE) => {
                    let id = self.pairs.len() as u32;
                    let p = self.pair_scores(model, edges, a, b);
                    self.pairs.push(p);
                    self.pair_ids.insert((a, b), id);
                    id
                }
                Some(id) => id,
                None => {
                    let p = self.pair_scores(model, edges, a, b);
                    self.fresh.push(p);
                    self.pair_ids.insert((a, b), SEEN_ONCE);
                    FRESH | (self.fresh.len() - 1) as u32
                }
            };
            self.gaps.push(gap);
        }
        let (types, pairs, fresh, gaps) = (&self.types, &self.pairs, &self.fresh, &self.gaps);
        let at = |i: usize| self.sent.get(i).map(|&id| &types[id as usize]);
        let pair = |g: usize| {
            gaps.get(g).and_then(|&id| match id & FRESH {
                0 => pairs.get(id as usize),
                _ => fresh.get((id & !FRESH) as usize),
            })
        };
        let (batch, trigrams) = (&mut self.batch, &mut self.trigrams);
        batch.clear();
        for i in 0..n {
            let (Some(cur), Some(before), Some(after)) = (at(i), pair(i), pair(i + 1)) else {
                break;
            };
            let mut s = cur.local;
            add(&mut s, &before.to_b);
            add(&mut s, &after.to_a);
            let two_before = i.checked_sub(1).and_then(pair);
            add(&mut s, two_before.map_or(&edges.first, |p| &p.to_after));
            add(&mut s, pair(i + 2).map_or(&edges.last, |p| &p.to_before));
            let (prev, next) = (i.checked_sub(1).and_then(at), at(i + 1));
            let key = (
                prev.map_or(START, |t| t.shape),
                cur.shape,
                next.map_or(END, |t| t.shape),
            );
            let tri = trigrams.entry(key).or_insert_with(|| {
                batch.clear();
                batch.part(0, |o| {
                    shape_trigram_feature(prev.map(|t| &t.tok), &cur.tok, next.map(|t| &t.tok), o)
                });
                let mut tri = [[0; N_LABELS]];
                batch.add_to(model, &mut tri);
                tri[0]
            });
            add(&mut s, tri);
            emit.push(s);
        }
        batch.clear();
        // Gazetteer names: those of one and two tokens are known from the type and pair caches;
        // longer ones extend the pair's sequence hash, one length at a time over all starts
        // (independent hash chains the processor can overlap). Same matches as
        // `gazetteer_matches`, in another order.
        let mut found = |j: usize, code: u32| batch.part(j, |o| gazetteer_feats(code, o));
        let seqs = &mut self.seqs;
        seqs.clear();
        for i in 0..n {
            if let Some(v) = at(i).and_then(|t| t.gaz) {
                gazetteer_match(i, 1, v, &mut found);
            }
            if let Some(p) = pair(i + 1).filter(|_| i + 1 < n) {
                if let Some(v) = p.gaz {
                    gazetteer_match(i, 2, v, &mut found);
                }
                seqs.push(p.seq);
            }
        }
        for len in 3..=GAZETTEER_MAX_LEN.min(n) {
            for (i, h) in seqs.iter_mut().enumerate().take(n + 1 - len) {
                h.add(
                    at(i + len - 1)
                        .map_or("", |t| t.tok.lower.as_str())
                        .as_bytes(),
                );
                if let Some(v) = model.gazetteer_get(h.finish()) {
                    gazetteer_match(i, len, v, &mut found);
                }
            }
        }
        batch.add_to(model, emit);
    }

    /// Analyses a token not seen before and sums the scores of its position-independent features.
    fn type_scores(&mut self, model: &Model, token: &str) -> TypeScores {
        let lexicon = &model.lexicon;
        let tok = Tok::new(token, lexicon);
        let next_shape = self.shape_ids.len() as u32;
        let shape = match self.shape_ids.get(tok.shape()) {
            Some(&id) => id,
            None => {
                self.shape_ids.insert(tok.shape().to_string(), next_shape);
                next_shape
            }
        };
        let b = &mut self.batch;
        b.clear();
        b.part(0, |o| local_features(&tok, lexicon, o));
        b.part(1, |o| prev_features(Some(&tok), lexicon, o));
        b.part(2, |o| next_features(Some(&tok), lexicon, o));
        b.part(3, |o| prev2_features(Some(&tok), o));
        b.part(4, |o| next2_features(Some(&tok), o));
        let mut s = [[0; N_LABELS]; 5];
        b.add_to(model, &mut s);
        let [local, as_prev, as_next, as_prev2, as_next2] = s;
        let mut seq = seq_hasher();
        seq.add(tok.lower.as_bytes());
        TypeScores {
            gaz: model.gazetteer_get(seq.finish()),
            seq,
            tok,
            shape,
            local,
            as_prev,
            as_next,
            as_prev2,
            as_next2,
        }
    }

    /// Sums the scores pair `a b` gives its surroundings (type ids, or [`START`] and [`END`]).
    /// Of a pair with [`START`] only `to_b` and `to_after` are used, of one with [`END`] only
    /// `to_a` and `to_before`; the others stay 0.
    fn pair_scores(&mut self, model: &Model, edges: &EdgeScores, a: u32, b: u32) -> PairScores {
        let lexicon = &model.lexicon;
        let (ta, tb) = (self.types.get(a as usize), self.types.get(b as usize));
        let (ka, kb) = (ta.map(|t| &t.tok), tb.map(|t| &t.tok));
        let batch = &mut self.batch;
        batch.clear();
        // Parts: 0 to_a, 1 to_b, 2 to_after, 3 to_before.
        let mut s = [[0; N_LABELS]; 4];
        if let Some(x) = ka {
            batch.part(0, |o| with_next_features(x, kb, lexicon, o));
            batch.part(3, |o| after_pair_features(ka, kb, o));
            s[0] = *tb.map_or(&edges.no_next, |t| &t.as_next);
            s[3] = *tb.map_or(&edges.no_next2, |t| &t.as_next2);
        }
        if let Some(y) = kb {
            batch.part(1, |o| with_prev_features(ka, y, lexicon, o));
            batch.part(2, |o| before_pair_features(ka, kb, o));
            s[1] = *ta.map_or(&edges.no_prev, |t| &t.as_prev);
            s[2] = *ta.map_or(&edges.no_prev2, |t| &t.as_prev2);
        }
        batch.add_to(model, &mut s);
        let [to_a, to_b, to_after, to_before] = s;
        let (mut seq, mut gaz) = (seq_hasher(), None);
        if let (Some(x), Some(y)) = (ta, kb) {
            seq = x.seq;
            seq.add(y.lower.as_bytes());
            gaz = model.gazetteer_get(seq.finish());
        }
        PairScores {
            seq,
            gaz,
            to_a,
            to_b,
            to_after,
            to_before,
        }
    }
}

/// Feature ids to look up together, each with the index of the scores it is added to.
#[derive(Debug, Default)]
struct Batch {
    ids: Vec<u32>,
    dest: Vec<u32>,
}

impl Batch {
    fn clear(&mut self) {
        self.ids.clear();
        self.dest.clear();
    }

    /// Appends the features `f` writes, to be added to scores number `k`.
    #[inline]
    fn part(&mut self, k: usize, f: impl FnOnce(&mut Vec<u32>)) {
        f(&mut self.ids);
        self.dest.resize(self.ids.len(), k as u32);
    }

    /// Adds the weights of every feature to its scores in `outs` (see [`Model::add_features_to`]).
    fn add_to(&self, model: &Model, outs: &mut [Scores]) {
        model.add_features_to(&self.ids, &self.dest, outs);
    }
}

/// Adds `b` to `a`, tag by tag.
#[inline]
fn add(a: &mut Scores, b: &Scores) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// The hasher of [`TextScorer`]'s maps (token texts, pairs of type ids): eight bytes at a time
/// with one multiplication each, finished by a rotation that brings the well-mixed high bits
/// down to the low ones, which pick the bucket (as rustc's FxHasher does; no 128-bit
/// arithmetic, which wasm lacks).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(Self::K);
    }
}

impl Hasher for FastHasher {
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
    fn write_u32(&mut self, v: u32) {
        self.mix(u64::from(v));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
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
        let text = crate::ner::odd_test_text();
        let tokenized = crate::tokenize::tokenize(&text);
        let words: Vec<&str> = tokenized
            .tokens
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        let sentences = crate::ner::test_sentences(&words, 7, 1);
        // The text has gazetteer names of one, two and more tokens.
        let mut lengths = [0; 4];
        let toks: Vec<Tok> = words.iter().map(|w| Tok::new(w, &model.lexicon)).collect();
        crate::ner::features::gazetteer_matches(
            toks.len(),
            |i| toks[i].lower.as_str(),
            |k| model.gazetteer_get(k),
            |_, code| lengths[(code >> 18) as usize & 3] += 1,
        );
        assert!(lengths[1..].iter().all(|&c| c > 0), "{lengths:?}");
        let mut scorer = TextScorer::new();
        let mut ex = Extractor::new();
        let mut emit = Vec::new();
        for s in &sentences {
            scorer.score(&model, &edges, s, &mut emit);
            ex.extract(s, &model.lexicon);
            assert_eq!(emit.len(), s.len());
            for (i, got) in emit.iter().enumerate() {
                let mut want = [0; N_LABELS];
                model.add_features(&ex.feats[ex.offsets[i]..ex.offsets[i + 1]], &mut want);
                assert_eq!(got, &want, "token {i} of {s:?}");
            }
        }
    }
}
