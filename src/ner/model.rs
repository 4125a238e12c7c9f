//! The entity tagger's model: a sparse, quantized linear model over hashed features plus a tag
//! transition matrix, and its binary file format.
//!
//! File layout (all integers little-endian or LEB128 varints, signed ones zigzag-encoded):
//! the magic `RNZ-NER\0`, a `u16` format version ([`FORMAT_VERSION`]), a `u32` feature-set
//! version ([`FEATURE_VERSION`](super::features::FEATURE_VERSION)), the tag labels, the
//! `(L+1)×L` transition weights (last row: sentence start), then the features column by column
//! (sorted ids as deltas, number of non-zero tags each, the tags, the weights) and the word
//! clusters (sorted keys as deltas, cluster bits, bit lengths) and the gazetteer (sorted keys as
//! deltas, type bits) and the word lexicon (sorted keys as deltas, cluster paths, flag bytes). Columns make the file compress
//! well. Reading checks every length and never panics; a file of another version is refused.
//! This module does not train; the trainer builds a [`ModelData`] and calls [`ModelData::to_bytes`].

use crate::error::{Error, Result};
use crate::ner::features::{Lexicon, FEATURE_VERSION};
use crate::ner::Scores;

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"RNZ-NER\0";
/// Version of the file layout.
pub const FORMAT_VERSION: u16 = 3;

/// The 25 outer-level GermEval tags in model order: `O`, then `B-`/`I-` for each of the twelve
/// chunk types.
pub const LABELS: [&str; 25] = [
    "O",
    "B-PER",
    "I-PER",
    "B-PERderiv",
    "I-PERderiv",
    "B-PERpart",
    "I-PERpart",
    "B-LOC",
    "I-LOC",
    "B-LOCderiv",
    "I-LOCderiv",
    "B-LOCpart",
    "I-LOCpart",
    "B-ORG",
    "I-ORG",
    "B-ORGderiv",
    "I-ORGderiv",
    "B-ORGpart",
    "I-ORGpart",
    "B-OTH",
    "I-OTH",
    "B-OTHderiv",
    "I-OTHderiv",
    "B-OTHpart",
    "I-OTHpart",
];

/// Index of `tag` in [`LABELS`]; unknown tags count as `O`.
pub fn label_index(tag: &str) -> usize {
    LABELS.iter().position(|&l| l == tag).unwrap_or(0)
}

/// Whether tag `to` may follow tag `from` (`None`: sentence start) in a valid BIO sequence.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    let t = LABELS[to];
    match t.strip_prefix("I-") {
        None => true,
        Some(ty) => match from {
            None => false,
            Some(f) => LABELS[f].get(2..) == Some(ty),
        },
    }
}

/// The contents of a model before serialization (what the trainer produces).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelData {
    /// Tag labels (normally [`LABELS`]).
    pub labels: Vec<String>,
    /// `(L+1)×L` transition weights, row = previous tag (row `L`: sentence start).
    pub trans: Vec<i32>,
    /// Features sorted by id, each with its non-zero `(tag, weight)` pairs.
    pub features: Vec<(u32, Vec<(u8, i32)>)>,
    /// Word clusters sorted by key: (word key, cluster bits, bit length).
    pub clusters: Vec<(u32, u32, u8)>,
    /// Gazetteer sorted by key: (sequence key, type bits and flags).
    pub gazetteer: Vec<(u32, u16)>,
    /// Word lexicon sorted by key: (word key, flags and cluster).
    pub words: Vec<(u32, u32)>,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

impl ModelData {
    /// Serializes the model in the layout described in the module docs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        put_varint(&mut out, self.labels.len() as u64);
        for l in &self.labels {
            put_varint(&mut out, l.len() as u64);
            out.extend_from_slice(l.as_bytes());
        }
        for &t in &self.trans {
            put_varint(&mut out, zigzag(i64::from(t)));
        }
        put_varint(&mut out, self.features.len() as u64);
        let mut prev = 0u32;
        for (id, _) in &self.features {
            put_varint(&mut out, u64::from(id.wrapping_sub(prev)));
            prev = *id;
        }
        for (_, ws) in &self.features {
            put_varint(&mut out, ws.len() as u64);
        }
        for (_, ws) in &self.features {
            for &(t, _) in ws {
                out.push(t);
            }
        }
        for (_, ws) in &self.features {
            for &(_, w) in ws {
                put_varint(&mut out, zigzag(i64::from(w)));
            }
        }
        put_varint(&mut out, self.clusters.len() as u64);
        let mut prev = 0u32;
        for &(k, _, _) in &self.clusters {
            put_varint(&mut out, u64::from(k.wrapping_sub(prev)));
            prev = k;
        }
        for &(_, bits, _) in &self.clusters {
            put_varint(&mut out, u64::from(bits));
        }
        for &(_, _, len) in &self.clusters {
            out.push(len);
        }
        put_varint(&mut out, self.gazetteer.len() as u64);
        let mut prev = 0u32;
        for &(k, _) in &self.gazetteer {
            put_varint(&mut out, u64::from(k.wrapping_sub(prev)));
            prev = k;
        }
        for &(_, v) in &self.gazetteer {
            put_varint(&mut out, u64::from(v));
        }
        put_varint(&mut out, self.words.len() as u64);
        let mut prev = 0u32;
        for &(k, _) in &self.words {
            put_varint(&mut out, u64::from(k.wrapping_sub(prev)));
            prev = k;
        }
        for &(_, v) in &self.words {
            put_varint(&mut out, u64::from(v >> 8));
        }
        for &(_, v) in &self.words {
            out.push(v as u8);
        }
        out
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn bad(msg: &str) -> Error {
    Error::InvalidModel(msg.to_string())
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or_else(|| bad("length overflow"))?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| bad("truncated"))?;
        self.pos = end;
        Ok(s)
    }
    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("varint too long"))
    }
    fn count(&mut self, max: usize) -> Result<usize> {
        let v = self.varint()?;
        usize::try_from(v)
            .ok()
            .filter(|&n| n <= max)
            .ok_or_else(|| bad("implausible count"))
    }
    fn int(&mut self) -> Result<i32> {
        i32::try_from(unzigzag(self.varint()?)).map_err(|_| bad("weight out of range"))
    }
    fn u32(&mut self) -> Result<u32> {
        u32::try_from(self.varint()?).map_err(|_| bad("value out of range"))
    }
}

/// Weights kept inside a table slot.
const INLINE: usize = 12;
/// Largest weight magnitude the in-memory layout holds (11-bit two's complement).
pub const MAX_WEIGHT: i32 = 1023;

/// One feature in the lookup table: its id (0: empty slot), where its overflow entries are
/// (`start << 6 | count`), and up to [`INLINE`] entries `tag << 11 | weight` (weight as an 11-bit
/// two's complement number, never 0, so 0 marks an unused entry).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    id: u32,
    ext: u32,
    e: [u16; INLINE],
}

/// Adds weight entries (see [`Slot`]) to `scores`, leaving out tags beyond it. An unused entry
/// (0) adds 0 to tag 0.
#[inline(always)]
fn add_entries(scores: &mut [i32], entries: &[u16]) {
    for &e in entries {
        if let Some(s) = scores.get_mut(usize::from(e >> 11)) {
            *s += i32::from(((e << 5) as i16) >> 5);
        }
    }
}

/// How many feature ids [`Model::add_features`] looks up together.
const BATCH: usize = 16;

/// A loaded model, ready to score tokens.
#[derive(Debug, Clone)]
pub struct Model {
    labels: Vec<String>,
    /// `(L+1)×L` transition weights.
    pub(crate) trans: Vec<i32>,
    /// Open-addressing table, one 32-byte [`Slot`] (half a cache line) per feature.
    table: Vec<Slot>,
    /// Overflow entries of features with more than [`INLINE`] non-zero weights.
    entries: Vec<u16>,
    n_features: usize,
    /// Word clusters, gazetteer and word lexicon used by the features.
    pub(crate) lexicon: Lexicon,
    /// Which keys may be in the gazetteer.
    gazetteer_filter: KeyFilter,
}

/// A set of 32-bit keys, one bit per key (about 16 bits per key): answers "certainly not in the
/// set" for most other keys with one memory read, so that a hash map needs to be asked only for
/// the rest.
#[derive(Debug, Clone, Default)]
struct KeyFilter {
    bits: Vec<u64>,
}

impl KeyFilter {
    /// The filter of `keys`.
    fn new(keys: &[u32]) -> Self {
        let words = (keys.len() / 4).max(1).next_power_of_two();
        let mut bits = vec![0u64; words];
        let mask = words * 64 - 1;
        for &k in keys {
            let b = k as usize & mask;
            bits[b / 64] |= 1 << (b % 64);
        }
        KeyFilter { bits }
    }

    /// Whether `key` may be in the set (always true for a key of it).
    #[inline]
    fn may_contain(&self, key: u32) -> bool {
        let Some(mask) = (self.bits.len() * 64).checked_sub(1) else {
            return false;
        };
        let b = key as usize & mask;
        self.bits
            .get(b / 64)
            .is_some_and(|w| w >> (b % 64) & 1 != 0)
    }
}

impl Model {
    /// Reads a model file. Fails with [`Error::InvalidModel`] on a wrong magic, another format or
    /// feature version, a truncated or inconsistent body, or trailing bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(bad("not a Randnotiz NER model (wrong magic)"));
        }
        let v = r.take(2)?;
        let version = u16::from_le_bytes([v[0], v[1]]);
        if version != FORMAT_VERSION {
            return Err(Error::InvalidModel(format!(
                "format version {version}, this build reads {FORMAT_VERSION}"
            )));
        }
        let f = r.take(4)?;
        let fv = u32::from_le_bytes([f[0], f[1], f[2], f[3]]);
        if fv != FEATURE_VERSION {
            return Err(Error::InvalidModel(format!(
                "feature version {fv}, this build computes {FEATURE_VERSION}"
            )));
        }
        let n_labels = r.count(255)?;
        if n_labels == 0 {
            return Err(bad("no labels"));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = r.count(64)?;
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| bad("label not UTF-8"))?;
            labels.push(s.to_string());
        }
        if labels.iter().zip(LABELS.iter()).any(|(a, b)| a != b) || labels.len() != LABELS.len() {
            return Err(bad("unexpected tag set"));
        }
        let mut trans = Vec::with_capacity((n_labels + 1) * n_labels);
        for _ in 0..(n_labels + 1) * n_labels {
            trans.push(r.int()?);
        }
        let remaining = bytes.len();
        let n = r.count(remaining)?;
        let mut ids = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.wrapping_add(r.u32()?);
            ids.push(prev);
        }
        let mut offsets = Vec::with_capacity(n + 1);
        let mut total = 0usize;
        offsets.push(0u32);
        for _ in 0..n {
            total += r.count(n_labels)?;
            offsets.push(u32::try_from(total).map_err(|_| bad("too many weights"))?);
        }
        let tags = r.take(total)?.to_vec();
        if tags.iter().any(|&t| usize::from(t) >= n_labels) {
            return Err(bad("tag index out of range"));
        }
        let mut weights = Vec::with_capacity(total);
        for _ in 0..total {
            weights.push(r.int()?);
        }
        let nc = r.count(remaining)?;
        let mut keys = Vec::with_capacity(nc);
        let mut prev = 0u32;
        for _ in 0..nc {
            prev = prev.wrapping_add(r.u32()?);
            keys.push(prev);
        }
        let mut bits = Vec::with_capacity(nc);
        for _ in 0..nc {
            bits.push(r.u32()?);
        }
        let lens = r.take(nc)?;
        let mut lexicon = Lexicon::default();
        lexicon.clusters.reserve(nc);
        for ((k, b), &l) in keys.into_iter().zip(bits).zip(lens) {
            lexicon.clusters.insert(k, (b, l.min(32)));
        }
        let ng = r.count(remaining)?;
        let mut keys = Vec::with_capacity(ng);
        let mut prev = 0u32;
        for _ in 0..ng {
            prev = prev.wrapping_add(r.u32()?);
            keys.push(prev);
        }
        lexicon.gazetteer.reserve(ng);
        let gazetteer_filter = KeyFilter::new(&keys);
        for k in keys {
            let v = u16::try_from(r.varint()?).map_err(|_| bad("gazetteer value out of range"))?;
            lexicon.gazetteer.insert(k, v);
        }
        let nw = r.count(remaining)?;
        let mut keys = Vec::with_capacity(nw);
        let mut prev = 0u32;
        for _ in 0..nw {
            prev = prev.wrapping_add(r.u32()?);
            keys.push(prev);
        }
        let mut high = Vec::with_capacity(nw);
        for _ in 0..nw {
            let h = r.u32()?;
            if h > 0xff_ffff {
                return Err(bad("word lexicon value out of range"));
            }
            high.push(h);
        }
        let low = r.take(nw)?;
        lexicon.words.reserve(nw);
        for ((k, h), &l) in keys.into_iter().zip(high).zip(low) {
            lexicon.words.insert(k, h << 8 | u32::from(l));
        }
        if r.pos != bytes.len() {
            return Err(bad("trailing bytes"));
        }
        // Open-addressing table: feature id → entries, load factor ≤ 3/4.
        if total >= 1 << 26 {
            return Err(bad("too many weights"));
        }
        if n_labels > 32 {
            return Err(bad("too many labels"));
        }
        let mut packed = Vec::with_capacity(total);
        for (&t, &w) in tags.iter().zip(&weights) {
            if !(-MAX_WEIGHT..=MAX_WEIGHT).contains(&w) || w == 0 {
                return Err(bad("weight out of range"));
            }
            packed.push(u16::from(t) << 11 | (w as u16 & 0x7ff));
        }
        let mut entries = Vec::new();
        let cap = (n + n / 3).max(16).next_power_of_two();
        let mut table = vec![Slot::default(); cap];
        let mask = cap - 1;
        for (i, &id) in ids.iter().enumerate() {
            if id == 0 {
                return Err(bad("feature id 0"));
            }
            let mut h = id as usize & mask;
            while table[h].id != 0 {
                if table[h].id == id {
                    return Err(bad("duplicate feature id"));
                }
                h = (h + 1) & mask;
            }
            let own = &packed[offsets[i] as usize..offsets[i + 1] as usize];
            let inline = own.len().min(INLINE);
            let rest = &own[inline..];
            let mut slot = Slot {
                id,
                ext: (entries.len() as u32) << 6 | rest.len() as u32,
                e: [0; INLINE],
            };
            slot.e[..inline].copy_from_slice(&own[..inline]);
            entries.extend_from_slice(rest);
            table[h] = slot;
        }
        Ok(Model {
            labels,
            trans,
            table,
            entries,
            n_features: n,
            lexicon,
            gazetteer_filter,
        })
    }

    /// The gazetteer's value of `key` (see [`Lexicon::gazetteer`]), as
    /// `self.lexicon.gazetteer.get(&key)` but faster for the many keys that are not in it.
    #[inline]
    pub(crate) fn gazetteer_get(&self, key: u32) -> Option<u16> {
        if self.gazetteer_filter.may_contain(key) {
            self.lexicon.gazetteer.get(&key).copied()
        } else {
            None
        }
    }

    /// Number of tags.
    pub fn n_labels(&self) -> usize {
        self.labels.len()
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Adds the weights of every feature in `ids` to `scores` (one entry per tag; tags beyond
    /// `scores` are left out).
    pub(crate) fn add_features(&self, ids: &[u32], scores: &mut [i32]) {
        self.lookup(ids, |_, es| add_entries(scores, es));
    }

    /// Adds the weights of every feature `ids[k]` to the scores `outs[dest[k]]` (features
    /// without a destination are left out).
    pub(crate) fn add_features_to(&self, ids: &[u32], dest: &[u32], outs: &mut [Scores]) {
        self.lookup(ids, |k, es| {
            if let Some(out) = dest.get(k).and_then(|&d| outs.get_mut(d as usize)) {
                add_entries(out, es);
            }
        });
    }

    /// Calls `add(k, entries)` with the weight entries (`tag << 11 | weight`, unused ones 0) of
    /// every feature `ids[k]` in the model, once or twice. The first table slot of up to
    /// [`BATCH`] ids is read before any is used, so that their cache misses overlap instead of
    /// waiting for each other.
    #[inline(always)]
    fn lookup(&self, ids: &[u32], mut add: impl FnMut(usize, &[u16])) {
        let mask = self.table.len() - 1;
        for (c, chunk) in ids.chunks(BATCH).enumerate() {
            let mut first = [0u32; BATCH];
            for (f, &id) in first.iter_mut().zip(chunk) {
                *f = self.table[id as usize & mask].id;
            }
            'ids: for (j, (&f, &id)) in first.iter().zip(chunk).enumerate() {
                let k = c * BATCH + j;
                let mut h = id as usize & mask;
                let mut found = f;
                while found != id {
                    if found == 0 {
                        continue 'ids;
                    }
                    h = (h + 1) & mask;
                    found = self.table[h].id;
                }
                let slot = &self.table[h];
                add(k, &slot.e);
                let (a, len) = ((slot.ext >> 6) as usize, (slot.ext & 63) as usize);
                if len > 0 {
                    if let Some(rest) = self.entries.get(a..a + len) {
                        add(k, rest);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> ModelData {
        let l = LABELS.len();
        ModelData {
            labels: LABELS.iter().map(|s| s.to_string()).collect(),
            trans: (0..(l + 1) * l).map(|i| i as i32 - 300).collect(),
            features: vec![(5, vec![(0, 3), (7, -2)]), (1000, vec![(24, 700)])],
            clusters: vec![(9, 0b1011 << 28, 4)],
            gazetteer: vec![(3, 0x8001), (70000, 4)],
            words: vec![(11, 0x0012_3403), (90000, 1)],
        }
    }

    #[test]
    fn roundtrip() {
        let bytes = tiny().to_bytes();
        let m = Model::from_bytes(&bytes).expect("valid model");
        assert_eq!(m.n_features(), 2);
        let mut s = vec![0; LABELS.len()];
        m.add_features(&[5, 1000, 77], &mut s);
        assert_eq!((s[0], s[7], s[24]), (3, -2, 700));
        assert_eq!(m.trans[0], -300);
        assert_eq!(m.lexicon.clusters.get(&9), Some(&(0b1011 << 28, 4)));
        assert_eq!(m.lexicon.gazetteer.get(&70000), Some(&4));
        assert_eq!(m.lexicon.words.get(&11), Some(&0x0012_3403));
    }

    /// The straightforward lookup `add_features` must equal: probe until the id or an empty
    /// slot, add every used entry.
    fn add_feature_reference(m: &Model, id: u32, scores: &mut [i32]) {
        let mask = m.table.len() - 1;
        let mut h = id as usize & mask;
        let slot = loop {
            let slot = &m.table[h];
            if slot.id == 0 {
                return;
            }
            if slot.id == id {
                break slot;
            }
            h = (h + 1) & mask;
        };
        let (a, len) = ((slot.ext >> 6) as usize, (slot.ext & 63) as usize);
        for &e in slot.e.iter().chain(&m.entries[a..a + len]) {
            if e != 0 {
                let w = i32::from(((e << 5) as i16) >> 5);
                if let Some(s) = scores.get_mut(usize::from(e >> 11)) {
                    *s += w;
                }
            }
        }
    }

    #[test]
    fn batched_lookup_equals_one_by_one() {
        let m = Model::from_bytes(include_bytes!("../../models/ner-de.bin")).expect("valid");
        // Every stored id, ids that are not stored, in runs of every length up to 40.
        let mut ids: Vec<u32> = m.table.iter().map(|s| s.id).filter(|&id| id != 0).collect();
        let stored = ids.len();
        ids.extend((0..stored as u32).map(|i| i.wrapping_mul(0x9e37_79b9) | 1));
        ids.sort_unstable_by_key(|&id| id.wrapping_mul(0x2545_f491));
        let mut at = 0;
        for len in (0..=40).cycle() {
            if at >= ids.len() {
                break;
            }
            let run = &ids[at..(at + len).min(ids.len())];
            at += len;
            for width in [LABELS.len(), 3] {
                let (mut a, mut b) = (vec![7; width], vec![7; width]);
                m.add_features(run, &mut a);
                for &id in run {
                    add_feature_reference(&m, id, &mut b);
                }
                assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn gazetteer_filter_keeps_every_key() {
        let m = Model::from_bytes(include_bytes!("../../models/ner-de.bin")).expect("valid");
        assert!(!m.lexicon.gazetteer.is_empty());
        for (&k, &v) in &m.lexicon.gazetteer {
            assert_eq!(m.gazetteer_get(k), Some(v));
        }
        let (mut passed, mut absent) = (0, 0);
        for i in 0..200_000u32 {
            let k = i.wrapping_mul(0x9e37_79b9) ^ 0x5bd1_e995;
            assert_eq!(m.gazetteer_get(k), m.lexicon.gazetteer.get(&k).copied());
            if !m.lexicon.gazetteer.contains_key(&k) {
                absent += 1;
                passed += usize::from(m.gazetteer_filter.may_contain(k));
            }
        }
        assert!(
            passed * 10 < absent,
            "{passed} of {absent} absent keys pass"
        );
        assert!(!KeyFilter::default().may_contain(7));
    }

    #[test]
    fn rejects_bad_files_without_panicking() {
        let bytes = tiny().to_bytes();
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"RNZ-NER\0\x09\x00").is_err());
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Model::from_bytes(&extra).is_err());
        let mut flipped = bytes;
        for i in 0..flipped.len() {
            flipped[i] ^= 0x5a;
            let _ = Model::from_bytes(&flipped);
            flipped[i] ^= 0x5a;
        }
    }

    #[test]
    fn bio_constraints() {
        assert!(allowed(None, label_index("B-PER")));
        assert!(!allowed(None, label_index("I-PER")));
        assert!(allowed(Some(label_index("B-PER")), label_index("I-PER")));
        assert!(!allowed(Some(label_index("B-LOC")), label_index("I-PER")));
        assert!(allowed(
            Some(label_index("I-OTHpart")),
            label_index("I-OTHpart")
        ));
        assert!(!allowed(
            Some(label_index("I-OTH")),
            label_index("I-OTHpart")
        ));
    }
}
