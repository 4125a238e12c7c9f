//! The entity tagger's model: a sparse, quantized linear model over hashed features plus a tag
//! transition matrix, and its binary file format.
//!
//! File layout: the magic `RNZ-NER\0`, a little-endian `u16` format version
//! ([`FORMAT_VERSION`]), a `u32` feature-set version
//! ([`FEATURE_VERSION`](super::features::FEATURE_VERSION)), the tag labels, the `(L+1)×L`
//! transition weights (zigzag LEB128 varints; last row: sentence start), then four tables, each a sorted key column followed by value
//! columns: the features (ids; the set of tags with a weight, as a bit mask; the weights in tag
//! order), the word clusters (word key; cluster bits and bit length), the gazetteer (sequence
//! key; type bits) and the word lexicon (word key; cluster path and flags).
//!
//! The columns are entropy coded, because the file is mostly hash keys and small symbols that
//! gzip alone codes poorly: a key column is the number of keys, a Rice parameter `k` and a bit
//! stream of the gaps between consecutive keys, each as a unary quotient (`1`s ended by a `0`)
//! and `k` remainder bits; a value column is a canonical Huffman code (number of symbols, longest
//! code length, number of codes of each length, then the symbols ordered by code length and value,
//! as varint gaps within each length) and a bit stream of the codes, most significant bit first.
//! Bit streams are prefixed by their length in bytes and fill bytes from the least significant
//! bit. Reading checks every length and never panics; a file of another version is refused.
//! This module does not train; the trainer builds a [`ModelData`] and calls [`ModelData::to_bytes`].

use crate::error::{Error, Result};
use crate::ner::features::{Lexicon, FEATURE_VERSION};
use crate::ner::Scores;

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"RNZ-NER\0";
/// Version of the file layout.
pub const FORMAT_VERSION: u16 = 4;

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
    /// Features sorted by id (never 0), each with its non-zero `(tag, weight)` pairs, tags
    /// distinct.
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
        self.sections().into_iter().flat_map(|(_, b)| b).collect()
    }

    /// The serialized model cut into its named sections, in file order (their concatenation is
    /// [`ModelData::to_bytes`]); for size reports.
    pub fn sections(&self) -> Vec<(&'static str, Vec<u8>)> {
        let mut sections = Vec::new();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        put_varint(&mut out, self.labels.len() as u64);
        for l in &self.labels {
            put_varint(&mut out, l.len() as u64);
            out.extend_from_slice(l.as_bytes());
        }
        sections.push(("header", std::mem::take(&mut out)));
        for &t in &self.trans {
            put_varint(&mut out, zigzag(i64::from(t)));
        }
        sections.push(("transitions", std::mem::take(&mut out)));
        let ids: Vec<u32> = self.features.iter().map(|f| f.0).collect();
        put_keys(&mut out, &ids);
        sections.push(("feature ids", std::mem::take(&mut out)));
        let mut sorted: Vec<Vec<(u8, i32)>> = Vec::with_capacity(self.features.len());
        let masks: Vec<u64> = self
            .features
            .iter()
            .map(|(_, ws)| {
                let mut ws = ws.clone();
                ws.sort_unstable_by_key(|w| w.0);
                let mask = ws.iter().fold(0u64, |m, &(t, _)| m | 1u64 << (t & 63));
                sorted.push(ws);
                mask
            })
            .collect();
        put_coded(&mut out, &masks);
        sections.push(("feature tag sets", std::mem::take(&mut out)));
        let weights: Vec<u64> = sorted
            .iter()
            .flatten()
            .map(|&(_, w)| zigzag(i64::from(w)))
            .collect();
        put_coded(&mut out, &weights);
        sections.push(("feature weights", std::mem::take(&mut out)));
        let keys: Vec<u32> = self.clusters.iter().map(|c| c.0).collect();
        put_keys(&mut out, &keys);
        sections.push(("cluster keys", std::mem::take(&mut out)));
        let values: Vec<u64> = self
            .clusters
            .iter()
            .map(|&(_, bits, len)| u64::from(bits) << 8 | u64::from(len))
            .collect();
        put_coded(&mut out, &values);
        sections.push(("cluster paths", std::mem::take(&mut out)));
        let keys: Vec<u32> = self.gazetteer.iter().map(|g| g.0).collect();
        put_keys(&mut out, &keys);
        sections.push(("gazetteer keys", std::mem::take(&mut out)));
        let values: Vec<u64> = self.gazetteer.iter().map(|g| u64::from(g.1)).collect();
        put_coded(&mut out, &values);
        sections.push(("gazetteer values", std::mem::take(&mut out)));
        let keys: Vec<u32> = self.words.iter().map(|w| w.0).collect();
        put_keys(&mut out, &keys);
        sections.push(("word lexicon keys", std::mem::take(&mut out)));
        let values: Vec<u64> = self.words.iter().map(|w| u64::from(w.1)).collect();
        put_coded(&mut out, &values);
        sections.push(("word lexicon values", out));
        sections
    }
}

/// Longest Huffman code the format allows.
const MAX_CODE_LEN: usize = 30;

/// Writes bits into bytes, least significant bit first.
#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitWriter {
    /// Appends the low `bits` (at most 32) bits of `v`.
    fn put(&mut self, v: u64, bits: u32) {
        debug_assert!(bits <= 32);
        let v = if bits >= 64 {
            v
        } else {
            v & ((1u64 << bits) - 1)
        };
        self.acc |= v << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// Total bits of the Rice code with parameter `k` for `gaps`.
fn rice_bits(gaps: &[u64], k: u32) -> u64 {
    gaps.iter().map(|&g| (g >> k) + 1 + u64::from(k)).sum()
}

/// A key column: the number of keys, the Rice parameter, and the Rice-coded gaps (keys must be
/// sorted; the first gap is from 0).
fn put_keys(out: &mut Vec<u8>, keys: &[u32]) {
    let mut prev = 0u32;
    let gaps: Vec<u64> = keys
        .iter()
        .map(|&k| {
            let g = k.wrapping_sub(prev);
            prev = k;
            u64::from(g)
        })
        .collect();
    let k = (0..32u32)
        .min_by_key(|&k| (rice_bits(&gaps, k), k))
        .unwrap_or(0);
    put_varint(out, keys.len() as u64);
    out.push(k as u8);
    let mut w = BitWriter::default();
    for &g in &gaps {
        let mut q = g >> k;
        while q >= 32 {
            w.put(u64::from(u32::MAX), 32);
            q -= 32;
        }
        w.put((1u64 << q) - 1, q as u32);
        w.put(0, 1);
        w.put(g, k);
    }
    let bytes = w.finish();
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(&bytes);
}

/// Huffman code lengths for symbol frequencies `freqs` (all at least 1), none longer than
/// [`MAX_CODE_LEN`]; deterministic (ties broken by symbol index).
fn code_lengths(freqs: &[u64]) -> Vec<u8> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let n = freqs.len();
    if n == 1 {
        return vec![1];
    }
    let mut f: Vec<u64> = freqs.to_vec();
    loop {
        let mut heap: BinaryHeap<Reverse<(u64, usize)>> = f
            .iter()
            .enumerate()
            .map(|(i, &x)| Reverse((x, i)))
            .collect();
        let mut parent = vec![usize::MAX; 2 * n];
        let mut next = n;
        while heap.len() > 1 {
            let (Some(Reverse((fa, a))), Some(Reverse((fb, b)))) = (heap.pop(), heap.pop()) else {
                break;
            };
            parent[a] = next;
            parent[b] = next;
            heap.push(Reverse((fa + fb, next)));
            next += 1;
        }
        let mut depth = vec![0u8; next];
        for i in (0..next.saturating_sub(1)).rev() {
            depth[i] = depth[parent[i]].saturating_add(1);
        }
        let lens = depth[..n].to_vec();
        if lens.iter().all(|&l| usize::from(l) <= MAX_CODE_LEN) {
            return lens;
        }
        // Too deep: flatten the frequencies and build again.
        f.iter_mut().for_each(|x| *x = (*x >> 1) | 1);
    }
}

/// A value column: a canonical Huffman code over the distinct values, then the values coded.
fn put_coded(out: &mut Vec<u8>, values: &[u64]) {
    let mut freq: std::collections::BTreeMap<u64, u64> = std::collections::BTreeMap::new();
    for &v in values {
        *freq.entry(v).or_insert(0) += 1;
    }
    let symbols: Vec<u64> = freq.keys().copied().collect();
    let lens = code_lengths(&freq.values().copied().collect::<Vec<_>>());
    let mut order: Vec<usize> = (0..symbols.len()).collect();
    order.sort_unstable_by_key(|&i| (lens[i], symbols[i]));
    put_varint(out, symbols.len() as u64);
    let max_len = lens.iter().copied().max().unwrap_or(0);
    if !symbols.is_empty() {
        out.push(max_len);
        for l in 1..=max_len {
            put_varint(out, lens.iter().filter(|&&x| x == l).count() as u64);
        }
    }
    let mut codes: std::collections::HashMap<u64, (u32, u8)> = std::collections::HashMap::new();
    let (mut code, mut len, mut prev) = (0u32, 0u8, 0u64);
    for &i in &order {
        while len < lens[i] {
            code <<= 1;
            len += 1;
            prev = 0;
        }
        put_varint(out, symbols[i] - prev);
        prev = symbols[i];
        codes.insert(symbols[i], (code, len));
        code += 1;
    }
    let mut w = BitWriter::default();
    for v in values {
        if let Some(&(c, l)) = codes.get(v) {
            for b in (0..l).rev() {
                w.put(u64::from(c >> b & 1), 1);
            }
        }
    }
    let bytes = w.finish();
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(&bytes);
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
    /// A bit stream: its length in bytes, then the bytes.
    fn bit_block(&mut self) -> Result<BitReader<'_>> {
        let len = self.count(self.bytes.len())?;
        Ok(BitReader {
            bytes: self.take(len)?,
            pos: 0,
        })
    }

    /// A key column written by `put_keys`; at most `max` keys.
    fn keys(&mut self, max: usize) -> Result<Vec<u32>> {
        let n = self.count(max)?;
        let k = u32::from(self.byte()?);
        if k >= 32 {
            return Err(bad("Rice parameter out of range"));
        }
        let mut bits = self.bit_block()?;
        // Every key takes at least one bit.
        if n > bits.bytes.len() * 8 {
            return Err(bad("too many keys"));
        }
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u64;
        for _ in 0..n {
            let mut q = 0u64;
            while bits.bit()? == 1 {
                q += 1;
            }
            let gap = q
                .checked_shl(k)
                .filter(|g| g >> k == q)
                .ok_or_else(|| bad("key gap out of range"))?
                | bits.bits(k)?;
            prev += gap;
            keys.push(u32::try_from(prev).map_err(|_| bad("key out of range"))?);
        }
        Ok(keys)
    }

    /// A value column written by `put_coded` holding `n` values.
    fn coded(&mut self, n: usize) -> Result<Vec<u64>> {
        let n_symbols = self.count(self.bytes.len())?;
        let mut counts = [0usize; MAX_CODE_LEN + 1];
        let mut max_len = 0;
        if n_symbols > 0 {
            max_len = usize::from(self.byte()?);
            if max_len == 0 || max_len > MAX_CODE_LEN {
                return Err(bad("code length out of range"));
            }
            let mut total = 0usize;
            for c in counts.iter_mut().take(max_len + 1).skip(1) {
                *c = self.count(n_symbols)?;
                total += *c;
            }
            if total != n_symbols {
                return Err(bad("inconsistent code table"));
            }
        }
        let mut symbols = Vec::with_capacity(n_symbols);
        for &c in counts.iter().take(max_len + 1) {
            let mut prev = 0u64;
            for _ in 0..c {
                prev = prev
                    .checked_add(self.varint()?)
                    .ok_or_else(|| bad("symbol out of range"))?;
                symbols.push(prev);
            }
        }
        let mut bits = self.bit_block()?;
        // Every code takes at least one bit.
        if n > bits.bytes.len() * 8 || (n > 0 && n_symbols == 0) {
            return Err(bad("too many coded values"));
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            // Canonical decoding (as in zlib's puff): `first` is the first code of each length.
            let (mut code, mut first, mut index) = (0u64, 0u64, 0usize);
            let mut found = None;
            for &count in counts.iter().take(max_len + 1).skip(1) {
                code |= bits.bit()?;
                let count = count as u64;
                let d = code.checked_sub(first).unwrap_or(u64::MAX);
                if d < count {
                    found = symbols.get(index + d as usize).copied();
                    break;
                }
                index += count as usize;
                first = (first + count) << 1;
                code <<= 1;
            }
            out.push(found.ok_or_else(|| bad("invalid code"))?);
        }
        Ok(out)
    }
}

/// Reads bits from bytes, least significant bit first.
struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Result<u64> {
        let b = self
            .bytes
            .get(self.pos >> 3)
            .ok_or_else(|| bad("truncated bit stream"))?;
        let v = u64::from(b >> (self.pos & 7) & 1);
        self.pos += 1;
        Ok(v)
    }

    /// The next `n` (at most 32) bits as a number, least significant first.
    fn bits(&mut self, n: u32) -> Result<u64> {
        let mut v = 0u64;
        let mut got = 0;
        while got < n {
            let b = self
                .bytes
                .get(self.pos >> 3)
                .ok_or_else(|| bad("truncated bit stream"))?;
            let off = (self.pos & 7) as u32;
            let take = (8 - off).min(n - got);
            v |= (u64::from(b >> off) & ((1 << take) - 1)) << got;
            got += take;
            self.pos += take as usize;
        }
        Ok(v)
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
        let ids = r.keys(remaining)?;
        let n = ids.len();
        let masks = r.coded(n)?;
        let mut offsets = Vec::with_capacity(n + 1);
        let mut tags = Vec::new();
        offsets.push(0u32);
        for &m in &masks {
            if m >> n_labels != 0 {
                return Err(bad("tag index out of range"));
            }
            tags.extend((0..n_labels as u8).filter(|&t| m >> t & 1 == 1));
            offsets.push(u32::try_from(tags.len()).map_err(|_| bad("too many weights"))?);
        }
        let total = tags.len();
        let weights = r
            .coded(total)?
            .into_iter()
            .map(|w| i32::try_from(unzigzag(w)).map_err(|_| bad("weight out of range")))
            .collect::<Result<Vec<i32>>>()?;
        let keys = r.keys(remaining)?;
        let values = r.coded(keys.len())?;
        let mut lexicon = Lexicon::default();
        lexicon.clusters.reserve(keys.len());
        for (k, v) in keys.into_iter().zip(values) {
            let bits = u32::try_from(v >> 8).map_err(|_| bad("cluster out of range"))?;
            lexicon.clusters.insert(k, (bits, (v as u8).min(32)));
        }
        let keys = r.keys(remaining)?;
        let values = r.coded(keys.len())?;
        lexicon.gazetteer.reserve(keys.len());
        let gazetteer_filter = KeyFilter::new(&keys);
        for (k, v) in keys.into_iter().zip(values) {
            let v = u16::try_from(v).map_err(|_| bad("gazetteer value out of range"))?;
            lexicon.gazetteer.insert(k, v);
        }
        let keys = r.keys(remaining)?;
        let values = r.coded(keys.len())?;
        lexicon.words.reserve(keys.len());
        for (k, v) in keys.into_iter().zip(values) {
            let v = u32::try_from(v).map_err(|_| bad("word lexicon value out of range"))?;
            lexicon.words.insert(k, v);
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
        m.add_features(&[5], &mut s);
        m.add_features(&[1000], &mut s);
        m.add_features(&[77], &mut s);
        assert_eq!((s[0], s[7], s[24]), (3, -2, 700));
        assert_eq!(m.trans[0], -300);
        assert_eq!(m.lexicon.clusters.get(&9), Some(&(0b1011 << 28, 4)));
        assert_eq!(m.lexicon.gazetteer.get(&70000), Some(&4));
        assert_eq!(m.lexicon.words.get(&11), Some(&0x0012_3403));
    }

    /// A bigger model (deterministic pseudo-random contents) survives the round trip exactly.
    #[test]
    fn roundtrip_many_symbols() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let l = LABELS.len();
        let mut features: Vec<(u32, Vec<(u8, i32)>)> = Vec::new();
        let mut id = 0u32;
        for i in 0..3000 {
            id += 1 + (next() % 200_000) as u32;
            let mut ws: Vec<(u8, i32)> = Vec::new();
            for t in 0..l as u8 {
                let r = next();
                let w = (r >> 8) % 2047;
                if (r % 5 == 0 || i % 7 == 0) && w != 1023 {
                    ws.push((t, w as i32 - 1023));
                }
            }
            if !ws.is_empty() {
                features.push((id, ws));
            }
        }
        let mut key = 0u32;
        let mut keys = move |gap: u64, next: &mut dyn FnMut() -> u64| {
            key += 1 + (next() % gap) as u32;
            key
        };
        let clusters: Vec<(u32, u32, u8)> = (0..500)
            .map(|i| {
                (
                    keys(1 << 20, &mut next),
                    (next() as u32) << 8,
                    (i % 17) as u8,
                )
            })
            .collect();
        let data = ModelData {
            labels: LABELS.iter().map(|s| s.to_string()).collect(),
            trans: (0..(l + 1) * l)
                .map(|i| (i as i32 * 37) % 901 - 450)
                .collect(),
            features,
            clusters,
            gazetteer: (0..400)
                .map(|i| (i * 10_000_000 + 7, (i % 3) as u16 * 0x7fff))
                .collect(),
            // One symbol only: a code of one bit.
            words: (0..300).map(|i| (i * 3, 0x00ab_cd42)).collect(),
        };
        let m = Model::from_bytes(&data.to_bytes()).expect("valid model");
        assert_eq!(m.n_features(), data.features.len());
        assert_eq!(m.trans, data.trans);
        for (id, ws) in &data.features {
            let mut s = vec![0; l];
            m.add_features(&[*id], &mut s);
            let mut want = vec![0; l];
            for &(t, w) in ws {
                want[usize::from(t)] = w;
            }
            assert_eq!(s, want, "feature {id}");
        }
        for &(k, b, len) in &data.clusters {
            assert_eq!(m.lexicon.clusters.get(&k), Some(&(b, len)));
        }
        for &(k, v) in &data.gazetteer {
            assert_eq!(m.lexicon.gazetteer.get(&k), Some(&v));
        }
        for &(k, v) in &data.words {
            assert_eq!(m.lexicon.words.get(&k), Some(&v));
        }
    }

    #[test]
    fn empty_tables_and_skewed_codes() {
        let mut data = tiny();
        data.clusters.clear();
        data.gazetteer.clear();
        data.words.clear();
        // Fibonacci frequencies make the deepest Huffman trees; codes stay within the limit.
        let mut fib = (1u64, 1u64);
        let mut values = Vec::new();
        for sym in 0..45u64 {
            for _ in 0..fib.0.min(5_000) {
                values.push(sym);
            }
            fib = (fib.1, fib.0 + fib.1);
        }
        let freqs: Vec<u64> = {
            let mut f = (1u64, 1u64);
            (0..45)
                .map(|_| {
                    let v = f.0;
                    f = (f.1, f.0 + f.1);
                    v
                })
                .collect()
        };
        assert!(code_lengths(&freqs)
            .iter()
            .all(|&l| (1..=MAX_CODE_LEN).contains(&usize::from(l))));
        let mut col = Vec::new();
        put_coded(&mut col, &values);
        let mut r = Reader {
            bytes: &col,
            pos: 0,
        };
        assert_eq!(r.coded(values.len()).expect("decodes"), values);
        assert_eq!(r.pos, col.len());
        let m = Model::from_bytes(&data.to_bytes()).expect("valid model");
        assert!(m.lexicon.words.is_empty() && m.lexicon.clusters.is_empty());
    }

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
