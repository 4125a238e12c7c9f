//! Feature extraction for the entity tagger: turns the tokens of one sentence into hashed
//! feature ids (32-bit), one list per token.
//!
//! Tokens are first brought into GermEval form ([`normalize`]): soft hyphens and zero-width
//! characters are dropped, every quotation mark becomes `"` and typographic apostrophes become
//! `'`. Features are the word and its lowercase form, prefixes and suffixes, the word shape, the
//! neighbouring words and shapes (two to each side), character 4-grams of longer words, parts of
//! hyphenated compounds, the distributional word cluster of each word and its neighbours,
//! matches in a gazetteer of names, and facts from a word lexicon built from registry packages
//! (common-noun, lowercase-only, verb and place flags and a Brown cluster; see [`Lexicon`]). The same code runs at training and
//! at tagging time, so the ids agree. This module does not score or decode anything.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::tokenize::is_quote_char;

/// Version of the feature set; stored in the model file and checked on load. Bump it whenever
/// any feature changes.
pub const FEATURE_VERSION: u32 = 5;

/// Brings a token into the form GermEval uses: no soft hyphens or zero-width characters, every
/// quotation mark written as `"` when it stands alone, `’` inside a word written as `'`.
pub fn normalize(token: &str) -> String {
    let keep = |c: &char| {
        !matches!(
            c,
            '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}'
        )
    };
    let mut chars = token.chars().filter(keep);
    let first = chars.next();
    let single = chars.next().is_none();
    let mut out = String::with_capacity(token.len());
    if let Some(c) = first {
        if single && is_quote_char(c) && c != '\'' && c != '’' && c != '‘' {
            out.push('"');
            return out;
        }
        out.push(c);
    }
    for c in token.chars().filter(keep).skip(1) {
        out.push(if c == '’' { '\'' } else { c });
    }
    out
}

/// The lowercase key form of a token: [`normalize`]d, lowercased, ASCII digits written as `0`.
pub fn lowercase_form(token: &str) -> String {
    lower_of(&normalize(token))
}

/// Longest name (in tokens) the gazetteer holds.
pub const GAZETTEER_MAX_LEN: usize = 6;
/// Gazetteer flag: the name occurs more often as ordinary words than as a name.
pub const GAZETTEER_AMBIGUOUS: u16 = 1 << 15;

/// What the features know beyond the sentence: word clusters learned from raw text and a
/// gazetteer of names, both from the GermEval train split only, and a word lexicon from registry
/// packages (spaCy's German lemma table, word frequencies and Brown clusters; GeoNames places).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// `word_key(lowercase word)` → (cluster path, number of meaningful bits). The path is a bit
    /// string, most significant bits first, so prefixes are coarser clusters.
    pub clusters: KeyMap<(u32, u8)>,
    /// `seq_key(lowercase words)` of a name → bit `k` set when it was tagged with chunk type `k`
    /// (the order of [`LABELS`](super::model::LABELS): `(index of B-type − 1) / 2`), plus
    /// [`GAZETTEER_AMBIGUOUS`].
    pub gazetteer: KeyMap<u16>,
    /// `lex_key(normalized word, case kept)` → word facts from registry lexicons: the low byte
    /// holds the `LEX_*` flags, the bits above it a distributional (Brown) cluster path.
    pub words: KeyMap<u32>,
}

/// A map keyed by 32-bit hash keys (already well mixed), with a cheap hasher in place of SipHash
/// (the lexicon is looked up several times per token).
pub type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// The hasher of [`KeyMap`]: one multiplication spreads the key over all 64 bits.
#[derive(Debug, Clone, Copy, Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    #[inline]
    fn write_u32(&mut self, k: u32) {
        self.0 = (self.0 ^ u64::from(k)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Word lexicon flag: the form is in the German lemma lexicon (as inflected form or lemma).
pub const LEX_KNOWN: u32 = 1;
/// Word lexicon flag: the form's lemma is capitalised (a common-noun form).
pub const LEX_NOUN: u32 = 2;
/// Word lexicon flag: the capitalised form is unknown but its lowercase form is known.
pub const LEX_LOWER_ONLY: u32 = 4;
/// Word lexicon flag: the form's lemma looks like a verb infinitive.
pub const LEX_VERB: u32 = 8;
/// Word lexicon flag: a city name (GeoNames).
pub const LEX_CITY: u32 = 16;
/// Word lexicon flag: a country name (GeoNames).
pub const LEX_COUNTRY: u32 = 32;
/// Word lexicon flag: the form differs from its lemma (inflected).
pub const LEX_INFLECTED: u32 = 64;

/// Key of a word (normalized, case kept) in [`Lexicon::words`].
/// Only 26 bits (the lexicon compresses better; about one unknown word in 300 matches an entry by
/// chance).
pub fn lex_key(norm: &str) -> u32 {
    let mut h = FeatureHasher::new(253);
    h.add(norm.as_bytes());
    h.finish() & 0x03ff_ffff
}

/// Key of a single word in the gazetteer's second part: the words that occur inside names.
pub fn name_word_key(lower: &str) -> u32 {
    let mut h = FeatureHasher::new(252);
    h.add(lower.as_bytes());
    h.finish()
}

/// Incremental key of a token sequence for the gazetteer: feed lowercase forms one by one.
pub fn seq_hasher() -> FeatureHasher {
    FeatureHasher::new(251)
}

/// Hash key of a (lowercased, normalized) word in the [`Lexicon`].
pub fn word_key(lower: &str) -> u32 {
    let mut h = FeatureHasher::new(250);
    h.add(lower.as_bytes());
    h.finish()
}

/// A small, fast, platform-independent hasher (FNV-1a 64 with a final mix, folded to 32 bits).
#[derive(Debug, Clone, Copy)]
pub struct FeatureHasher(u64);

impl FeatureHasher {
    /// A hasher for feature template `template`.
    #[inline]
    pub fn new(template: u8) -> Self {
        let mut h = FeatureHasher(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }
    #[inline]
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
    /// Adds bytes, then a separator.
    #[inline]
    pub fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
        self.byte(0xff);
    }
    /// The 32-bit feature id (never 0, which marks an empty slot in the model's table).
    #[inline]
    pub fn finish(self) -> u32 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        let v = (x ^ (x >> 32)) as u32;
        if v == 0 {
            1
        } else {
            v
        }
    }
}

/// What the extractor knows about one token.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tok {
    /// The [`normalize`]d token.
    norm: String,
    /// Its lowercase key form ([`lowercase_form`]).
    pub(crate) lower: String,
    shape: String,
    /// Whether the normalized token starts with an uppercase letter.
    cap: bool,
    cluster: Option<(u32, u8)>,
    name_word: u16,
    /// Entry in [`Lexicon::words`] (0: none).
    lex: u32,
}

impl Tok {
    /// The word shape ("Xx", "dd.dd", "XX-Xxx").
    pub(crate) fn shape(&self) -> &str {
        &self.shape
    }

    /// Analyses one token: its normal, lowercase and shape forms and what `lexicon` knows of it.
    pub(crate) fn new(token: &str, lexicon: &Lexicon) -> Tok {
        let norm = normalize(token);
        let lower = lower_of(&norm);
        let shape = shape_of(&norm);
        let cluster = if lexicon.clusters.is_empty() {
            None
        } else {
            lexicon.clusters.get(&word_key(&lower)).copied()
        };
        let name_word = if lexicon.gazetteer.is_empty() {
            0
        } else {
            lexicon
                .gazetteer
                .get(&name_word_key(&lower))
                .copied()
                .unwrap_or(0)
        };
        let lex = if lexicon.words.is_empty() {
            0
        } else {
            lexicon.words.get(&lex_key(&norm)).copied().unwrap_or(0)
        };
        let cap = norm.chars().next().is_some_and(char::is_uppercase);
        Tok {
            norm,
            lower,
            shape,
            cap,
            cluster,
            name_word,
            lex,
        }
    }
}

const BOS: &str = "<S>";
const EOS: &str = "</S>";

fn shape_of(norm: &str) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    let mut run = 0;
    for c in norm.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        last = k;
        s.push(k);
    }
    s
}

fn lower_of(norm: &str) -> String {
    let mut out = String::with_capacity(norm.len());
    for c in norm.chars() {
        if c.is_ascii() {
            out.push(if c.is_ascii_digit() {
                '0'
            } else {
                c.to_ascii_lowercase()
            });
        } else {
            out.extend(
                c.to_lowercase()
                    .map(|c| if c.is_ascii_digit() { '0' } else { c }),
            );
        }
    }
    out
}

/// Reusable feature extractor (keeps its buffers between sentences).
#[derive(Debug, Default)]
pub struct Extractor {
    toks: Vec<Tok>,
    /// Feature ids of all tokens of the last sentence, concatenated.
    pub feats: Vec<u32>,
    /// `feats[offsets[i]..offsets[i + 1]]` are the features of token `i`.
    pub offsets: Vec<usize>,
    /// Gazetteer matches: (token, code) sorted by token.
    gaz: Vec<(usize, u32)>,
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let (end, _) = it.nth(n)?;
    Some(&s[..end])
}

/// The last `n` characters of `s` if it has more than `n` (`None` otherwise, and for `n = 0`).
fn suffix(s: &str, n: usize) -> Option<&str> {
    let mut from_end = s.char_indices().rev();
    let (start, _) = from_end.nth(n.checked_sub(1)?)?;
    from_end.next()?;
    Some(&s[start..])
}

impl Extractor {
    /// A new extractor.
    pub fn new() -> Self {
        Extractor::default()
    }

    /// Extracts the features of every token of one sentence into [`Extractor::feats`] and
    /// [`Extractor::offsets`].
    pub fn extract(&mut self, tokens: &[&str], lexicon: &Lexicon) {
        self.prepare(tokens, lexicon);
        self.feats.clear();
        self.offsets.clear();
        let n = self.toks.len();
        let mut g = 0;
        for i in 0..n {
            self.offsets.push(self.feats.len());
            token_features(&self.toks, i, &mut self.feats, ALL);
            if !lexicon.gazetteer.is_empty() {
                name_word_feats(self.toks[i].name_word, &mut self.feats);
            }
            if !lexicon.words.is_empty() {
                lex_feats(&self.toks, i, &mut self.feats, ALL);
            }
            while g < self.gaz.len() && self.gaz[g].0 < i {
                g += 1;
            }
            while g < self.gaz.len() && self.gaz[g].0 == i {
                gazetteer_feats(self.gaz[g].1, &mut self.feats);
                g += 1;
            }
        }
        self.offsets.push(self.feats.len());
        debug_assert_eq!(self.offsets.len(), n + 1);
    }

    /// The features of token `i` (of the last [`Extractor::prepare`]d sentence) that depend on
    /// the token alone, appended to `out`. With [`Extractor::context_features`] they make up
    /// exactly the features [`Extractor::extract`] gives the token.
    pub fn local_features(&self, i: usize, lexicon: &Lexicon, out: &mut Vec<u32>) {
        if let Some(t) = self.toks.get(i) {
            local_features(t, lexicon, out);
        }
    }

    /// The features of token `i` that depend on its neighbours or its position, appended to
    /// `out`.
    pub fn context_features(&self, i: usize, lexicon: &Lexicon, out: &mut Vec<u32>) {
        if i < self.toks.len() {
            token_features(&self.toks, i, out, CONTEXT);
            if !lexicon.words.is_empty() {
                lex_feats(&self.toks, i, out, CONTEXT);
            }
            let from = self.gaz.partition_point(|g| g.0 < i);
            for g in self.gaz[from..].iter().take_while(|g| g.0 == i) {
                gazetteer_feats(g.1, out);
            }
        }
    }

    /// Analyses the tokens of one sentence (normal forms, clusters, gazetteer matches) for
    /// [`Extractor::local_features`] and [`Extractor::context_features`].
    pub fn prepare(&mut self, tokens: &[&str], lexicon: &Lexicon) {
        self.toks.clear();
        self.toks
            .extend(tokens.iter().map(|t| Tok::new(t, lexicon)));
        self.gaz.clear();
        let toks = &self.toks;
        let gaz = &mut self.gaz;
        gazetteer_matches(
            toks.len(),
            |i| toks[i].lower.as_str(),
            |k| lexicon.gazetteer.get(&k).copied(),
            |j, code| gaz.push((j, code)),
        );
        self.gaz.sort_unstable();
    }
}

/// Finds the names of the gazetteer in a sentence of `n` tokens whose lowercase forms `lower`
/// gives: looks every sequence of up to [`GAZETTEER_MAX_LEN`] tokens up with `get` and calls
/// `found(token, code)` for every token inside a match (the code holds the entry's type bits
/// and flags, the token's position in the name and the name's length, see
/// [`gazetteer_feats`]). Matches come in order of their first token, then length.
pub(crate) fn gazetteer_matches<'a>(
    n: usize,
    lower: impl Fn(usize) -> &'a str,
    get: impl Fn(u32) -> Option<u16>,
    mut found: impl FnMut(usize, u32),
) {
    for i in 0..n {
        let mut h = seq_hasher();
        for len in 1..=GAZETTEER_MAX_LEN.min(n - i) {
            h.add(lower(i + len - 1).as_bytes());
            if let Some(v) = get(h.finish()) {
                gazetteer_match(i, len, v, &mut found);
            }
        }
    }
}

/// Calls `found(token, code)` for every token of a match of the gazetteer entry with value `v`
/// over the `len` tokens from `start` (see [`gazetteer_matches`]).
#[inline]
pub(crate) fn gazetteer_match(
    start: usize,
    len: usize,
    v: u16,
    found: &mut impl FnMut(usize, u32),
) {
    for j in start..start + len {
        let pos = u32::from(j == start) | u32::from(j + 1 == start + len) << 1;
        let code = u32::from(v) | pos << 16 | (len.min(3) as u32) << 18;
        found(j, code);
    }
}

#[inline]
fn f1(out: &mut Vec<u32>, t: u8, a: &str) {
    let mut h = FeatureHasher::new(t);
    h.add(a.as_bytes());
    out.push(h.finish());
}

#[inline]
fn f2(out: &mut Vec<u32>, t: u8, a: &str, b: &str) {
    let mut h = FeatureHasher::new(t);
    h.add(a.as_bytes());
    h.add(b.as_bytes());
    out.push(h.finish());
}

#[inline]
fn f3(out: &mut Vec<u32>, t: u8, a: &str, b: &str, c: &str) {
    let mut h = FeatureHasher::new(t);
    h.add(a.as_bytes());
    h.add(b.as_bytes());
    h.add(c.as_bytes());
    out.push(h.finish());
}

fn cluster_feats(out: &mut Vec<u32>, t: u8, c: Option<(u32, u8)>) {
    let (bits, len) = c.unwrap_or((0, 0));
    for (k, p) in [4u8, 8, 12, 20].into_iter().enumerate() {
        let p = p.min(len);
        let v = if len == 0 {
            u32::MAX
        } else if p >= 32 {
            bits
        } else {
            bits >> (32 - u32::from(p))
        };
        let mut h = FeatureHasher::new(t + k as u8);
        h.add(&v.to_le_bytes());
        h.add(&[p]);
        out.push(h.finish());
    }
}

/// The features of one gazetteer match `code` (see [`gazetteer_matches`]), appended to `out`.
pub(crate) fn gazetteer_feats(code: u32, out: &mut Vec<u32>) {
    let types = code & 0x0fff;
    let rest = code >> 15; // ambiguous flag, position, length
    for k in 0..12u32 {
        if types & (1 << k) != 0 {
            let mut h = FeatureHasher::new(60);
            h.add(&[k as u8, (rest & 1) as u8, ((rest >> 1) & 3) as u8]);
            out.push(h.finish());
            let mut h = FeatureHasher::new(61);
            h.add(&(k | rest << 4).to_le_bytes());
            out.push(h.finish());
        }
    }
    if types.count_ones() > 1 {
        let mut h = FeatureHasher::new(62);
        h.add(&code.to_le_bytes());
        out.push(h.finish());
    }
}

fn name_word_feats(code: u16, out: &mut Vec<u32>) {
    let mut h = FeatureHasher::new(63);
    h.add(&code.to_le_bytes());
    out.push(h.finish());
    let rest = (code >> 12) as u8;
    for k in 0..12u8 {
        if code & (1 << k) != 0 {
            let mut h = FeatureHasher::new(64);
            h.add(&[k, rest]);
            out.push(h.finish());
        }
    }
}

/// Features from the registry word lexicon: flags of the token (with its capitalisation) and of
/// its neighbours, and the token's Brown cluster at several depths.
fn lex_feats(toks: &[Tok], i: usize, out: &mut Vec<u32>, part: u8) {
    let t = &toks[i];
    let cap = u32::from(t.cap);
    let flags = t.lex & 0xff;
    if part & LOCAL != 0 {
        let mut h = FeatureHasher::new(70);
        h.add(&(flags | cap << 8).to_le_bytes());
        out.push(h.finish());
        let c = t.lex >> 8;
        if c != 0 {
            let len = 32 - c.leading_zeros();
            for (k, p) in [4u32, 7, 10, 32].into_iter().enumerate() {
                let v = if p >= len { c } else { c >> (len - p) };
                let mut h = FeatureHasher::new(71 + k as u8);
                h.add(&v.to_le_bytes());
                out.push(h.finish());
            }
        }
    }
    if part & CONTEXT != 0 {
        let at = |j: usize| toks.get(j).map_or(0xffff, |t| t.lex);
        let prev = if i > 0 { at(i - 1) } else { 0xffff };
        let next = at(i + 1);
        lex_pair_feat(out, 76, prev, t);
        lex_pair_feat(out, 77, next, t);
        for (t, x) in [(78u8, prev), (79, next)] {
            neighbour_lex_cluster(out, t, x);
        }
    }
}

/// The 7-bit Brown cluster of a neighbour's word lexicon entry `x` (`0xffff` beyond the
/// sentence) as feature template `t`.
fn neighbour_lex_cluster(out: &mut Vec<u32>, t: u8, x: u32) {
    let c = x >> 8;
    let len = 32 - c.leading_zeros();
    let v = if len > 7 { c >> (len - 7) } else { c };
    let mut h = FeatureHasher::new(t);
    h.add(&v.to_le_bytes());
    out.push(h.finish());
}

/// Which features [`token_features`] emits: those of the token alone, those of its context.
const LOCAL: u8 = 1;
const CONTEXT: u8 = 2;
const ALL: u8 = LOCAL | CONTEXT;

fn token_features(toks: &[Tok], i: usize, out: &mut Vec<u32>, part: u8) {
    let (local, context) = (part & LOCAL != 0, part & CONTEXT != 0);
    let t = &toks[i];
    let get = |j: isize| -> (&str, &str, &str) {
        if j < 0 {
            (BOS, BOS, BOS)
        } else {
            match toks.get(j as usize) {
                Some(t) => (t.norm.as_str(), t.lower.as_str(), t.shape.as_str()),
                None => (EOS, EOS, EOS),
            }
        }
    };
    let i = i as isize;
    let (pn, pl, ps) = get(i - 1);
    let (nn, nl, ns) = get(i + 1);
    let (_, pl2, ps2) = get(i - 2);
    let (_, nl2, ns2) = get(i + 2);
    let (w, l, s) = (t.norm.as_str(), t.lower.as_str(), t.shape.as_str());

    if local {
        out.push(FeatureHasher::new(0).finish()); // bias
        f1(out, 1, w);
        f1(out, 2, l);
        for k in 1..=4 {
            if let Some(p) = prefix(l, k) {
                f1(out, 2 + k as u8, p);
            }
        }
        for k in 1..=5 {
            if let Some(x) = suffix(l, k) {
                f1(out, 6 + k as u8, x);
            }
        }
        f1(out, 12, s);
    }
    if context {
        f1(out, 13, pn);
        f1(out, 14, nn);
        f1(out, 15, pl2);
        f1(out, 16, nl2);
        f2(out, 17, pl, l);
        f2(out, 18, l, nl);
        f3(out, 19, ps, s, ns);
        f1(out, 20, suffix(pl, 3).unwrap_or(pl));
        f1(out, 21, suffix(nl, 3).unwrap_or(nl));
    }
    if local {
        if let Some((a, b)) = l.split_once('-') {
            if !a.is_empty() {
                f1(out, 22, a);
            }
            let last = b.rsplit('-').next().unwrap_or(b);
            if !last.is_empty() {
                f1(out, 23, last);
                f1(out, 24, suffix(last, 3).unwrap_or(last));
            }
        }
    }
    if context {
        if i == 0 {
            f1(out, 25, s);
        }
        f2(out, 26, pl, s);
        f2(out, 27, s, nl);
        f2(out, 28, ps2, ps);
        f2(out, 29, ns, ns2);
        f2(out, 30, pl2, pl);
        f2(out, 31, nl, nl2);
    }
    if local {
        // Character 4-grams inside the word (subword evidence for unseen names and compounds):
        // windows of four characters as byte ranges of `l`, for words of more than five.
        let n_chars = l.chars().count();
        if n_chars > 5 {
            let mut starts = l.char_indices().map(|(b, _)| b);
            let mut ends = l.char_indices().map(|(b, _)| b).skip(4).chain([l.len()]);
            for _ in 0..=n_chars - 4 {
                if let (Some(a), Some(b)) = (starts.next(), ends.next()) {
                    f1(out, 33, &l[a..b]);
                }
            }
        }
        const LENGTHS: [&str; 13] = [
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ];
        let len = t.norm.chars().count().min(12);
        f1(out, 32, LENGTHS[len]);
        cluster_feats(out, 40, t.cluster);
    }
    if context {
        let pc = if i > 0 {
            toks[(i - 1) as usize].cluster
        } else {
            None
        };
        let nc = toks.get((i + 1) as usize).and_then(|t| t.cluster);
        cluster_feats(out, 44, pc);
        cluster_feats(out, 48, nc);
    }
}

// The context features again, split by the tokens they depend on, for the tagger's cache
// (`super::scorer`): those that depend on one neighbour alone are scored once per distinct
// token and reused wherever it stands. Together with `Extractor::local_features` and the
// gazetteer features they are exactly the features of `Extractor::extract` (the order differs;
// the test `split_features_equal_extract` checks the multisets). Any change to
// `token_features` or `lex_feats` must be made here too.

/// The context features of a token that depend only on the token before it (`None`: the
/// token starts the sentence): the previous word, its last three letters, its cluster and its
/// lexicon cluster.
pub(crate) fn prev_features(prev: Option<&Tok>, lexicon: &Lexicon, out: &mut Vec<u32>) {
    let (pn, pl) = prev.map_or((BOS, BOS), |t| (t.norm.as_str(), t.lower.as_str()));
    f1(out, 13, pn);
    f1(out, 20, suffix(pl, 3).unwrap_or(pl));
    cluster_feats(out, 44, prev.and_then(|t| t.cluster));
    if !lexicon.words.is_empty() {
        neighbour_lex_cluster(out, 78, prev.map_or(0xffff, |t| t.lex));
    }
}

/// The context features of a token that depend only on the token after it (`None`: the token
/// ends the sentence); the mirror image of [`prev_features`].
pub(crate) fn next_features(next: Option<&Tok>, lexicon: &Lexicon, out: &mut Vec<u32>) {
    let (nn, nl) = next.map_or((EOS, EOS), |t| (t.norm.as_str(), t.lower.as_str()));
    f1(out, 14, nn);
    f1(out, 21, suffix(nl, 3).unwrap_or(nl));
    cluster_feats(out, 48, next.and_then(|t| t.cluster));
    if !lexicon.words.is_empty() {
        neighbour_lex_cluster(out, 79, next.map_or(0xffff, |t| t.lex));
    }
}

/// The context feature of a token that depends only on the token two before it (`None`: there
/// is none).
pub(crate) fn prev2_features(prev2: Option<&Tok>, out: &mut Vec<u32>) {
    f1(out, 15, prev2.map_or(BOS, |t| t.lower.as_str()));
}

/// The context feature of a token that depends only on the token two after it (`None`: there
/// is none).
pub(crate) fn next2_features(next2: Option<&Tok>, out: &mut Vec<u32>) {
    f1(out, 16, next2.map_or(EOS, |t| t.lower.as_str()));
}

/// The context features of `cur` that depend on it together with the token before it
/// (`None`: `cur` starts the sentence): the word bigram, the previous word with the shape, the
/// lexicon flags of both, and the shape of a first token.
pub(crate) fn with_prev_features(
    prev: Option<&Tok>,
    cur: &Tok,
    lexicon: &Lexicon,
    out: &mut Vec<u32>,
) {
    let pl = prev.map_or(BOS, |t| t.lower.as_str());
    f2(out, 17, pl, &cur.lower);
    if prev.is_none() {
        f1(out, 25, &cur.shape);
    }
    f2(out, 26, pl, &cur.shape);
    if !lexicon.words.is_empty() {
        lex_pair_feat(out, 76, prev.map_or(0xffff, |t| t.lex), cur);
    }
}

/// The context features of `cur` that depend on it together with the token after it (`None`:
/// `cur` ends the sentence); the mirror image of [`with_prev_features`] (without a shape of a
/// last token: there is none).
pub(crate) fn with_next_features(
    cur: &Tok,
    next: Option<&Tok>,
    lexicon: &Lexicon,
    out: &mut Vec<u32>,
) {
    let nl = next.map_or(EOS, |t| t.lower.as_str());
    f2(out, 18, &cur.lower, nl);
    f2(out, 27, &cur.shape, nl);
    if !lexicon.words.is_empty() {
        lex_pair_feat(out, 77, next.map_or(0xffff, |t| t.lex), cur);
    }
}

/// The context features a token gets from the two tokens before it, `a` then `b` (`None`:
/// beyond the sentence start): their shapes and their words as pairs.
pub(crate) fn before_pair_features(a: Option<&Tok>, b: Option<&Tok>, out: &mut Vec<u32>) {
    let (pl2, ps2) = lower_shape(a, BOS);
    let (pl, ps) = lower_shape(b, BOS);
    f2(out, 28, ps2, ps);
    f2(out, 30, pl2, pl);
}

/// The context features a token gets from the two tokens after it, `a` then `b` (`None`: beyond
/// the sentence end); the mirror image of [`before_pair_features`].
pub(crate) fn after_pair_features(a: Option<&Tok>, b: Option<&Tok>, out: &mut Vec<u32>) {
    let (nl, ns) = lower_shape(a, EOS);
    let (nl2, ns2) = lower_shape(b, EOS);
    f2(out, 29, ns, ns2);
    f2(out, 31, nl, nl2);
}

/// The context feature of `cur` from the shapes of it and both its neighbours (`None`: beyond
/// the sentence).
pub(crate) fn shape_trigram_feature(
    prev: Option<&Tok>,
    cur: &Tok,
    next: Option<&Tok>,
    out: &mut Vec<u32>,
) {
    let ps = prev.map_or(BOS, |t| t.shape.as_str());
    let ns = next.map_or(EOS, |t| t.shape.as_str());
    f3(out, 19, ps, &cur.shape, ns);
}

/// The lexicon flags of a neighbour's entry `x` (`0xffff` beyond the sentence) with the
/// capitalisation and flags of `cur`, as feature template `t`.
fn lex_pair_feat(out: &mut Vec<u32>, t: u8, x: u32, cur: &Tok) {
    let cap = u32::from(cur.cap);
    let flags = cur.lex & 0xff;
    let mut h = FeatureHasher::new(t);
    h.add(&((x & 0xff) | cap << 8 | flags << 16).to_le_bytes());
    out.push(h.finish());
}

/// The lowercase form and shape of `t`, or `edge` twice beyond the sentence.
fn lower_shape<'a>(t: Option<&'a Tok>, edge: &'static str) -> (&'a str, &'a str) {
    t.map_or((edge, edge), |t| (t.lower.as_str(), t.shape.as_str()))
}

/// The features of a token that depend on it alone (see [`Extractor::local_features`]).
pub(crate) fn local_features(t: &Tok, lexicon: &Lexicon, out: &mut Vec<u32>) {
    let one = std::slice::from_ref(t);
    token_features(one, 0, out, LOCAL);
    if !lexicon.gazetteer.is_empty() {
        name_word_feats(t.name_word, out);
    }
    if !lexicon.words.is_empty() {
        lex_feats(one, 0, out, LOCAL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_maps_quotes_and_soft_hyphens() {
        assert_eq!(normalize("„"), "\"");
        assert_eq!(normalize("»"), "\"");
        assert_eq!(normalize("Bundes\u{AD}tag"), "Bundestag");
        assert_eq!(normalize("Merkel’s"), "Merkel's");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("\u{AD}"), "");
    }

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape_of("EU-Kommissarin"), "XX-Xxx");
        assert_eq!(shape_of("1990er"), "ddxx");
        assert_eq!(prefix("über", 2), Some("üb"));
        assert_eq!(suffix("über", 2), Some("er"));
        assert_eq!(suffix("ab", 2), None);
    }

    /// The split feature functions give every token exactly the features of `extract`.
    #[test]
    fn split_features_equal_extract() {
        let model = crate::ner::model::Model::from_bytes(include_bytes!("../../models/ner-de.bin"))
            .expect("embedded model is valid");
        let lexicon = &model.lexicon;
        let text = crate::ner::odd_test_text();
        let tokenized = crate::tokenize::tokenize(&text);
        let words: Vec<&str> = tokenized
            .tokens
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        let sentences = crate::ner::test_sentences(&words, 13, 2);
        let mut ex = Extractor::new();
        let mut out = Vec::new();
        for s in &sentences {
            ex.extract(s, lexicon);
            let toks: Vec<Tok> = s.iter().map(|t| Tok::new(t, lexicon)).collect();
            let mut gaz = vec![Vec::new(); s.len()];
            gazetteer_matches(
                toks.len(),
                |i| toks[i].lower.as_str(),
                |k| lexicon.gazetteer.get(&k).copied(),
                |j, code| gaz[j].push(code),
            );
            for (i, cur) in toks.iter().enumerate() {
                out.clear();
                local_features(cur, lexicon, &mut out);
                let at = |j: Option<usize>| j.and_then(|j| toks.get(j));
                let (prev2, prev) = (at(i.checked_sub(2)), at(i.checked_sub(1)));
                let (next, next2) = (at(Some(i + 1)), at(Some(i + 2)));
                prev_features(prev, lexicon, &mut out);
                next_features(next, lexicon, &mut out);
                prev2_features(prev2, &mut out);
                next2_features(next2, &mut out);
                with_prev_features(prev, cur, lexicon, &mut out);
                with_next_features(cur, next, lexicon, &mut out);
                before_pair_features(prev2, prev, &mut out);
                after_pair_features(next, next2, &mut out);
                shape_trigram_feature(prev, cur, next, &mut out);
                for &code in &gaz[i] {
                    gazetteer_feats(code, &mut out);
                }
                let mut want = ex.feats[ex.offsets[i]..ex.offsets[i + 1]].to_vec();
                want.sort_unstable();
                out.sort_unstable();
                assert_eq!(out, want, "token {i} of {s:?}");
            }
        }
    }

    /// `suffix` and `lower_of` as first written (the features must not change).
    #[test]
    fn suffix_and_lowercase_as_before() {
        fn suffix_before(s: &str, n: usize) -> Option<&str> {
            let count = s.chars().count();
            if count <= n {
                return None;
            }
            let (start, _) = s.char_indices().nth(count - n)?;
            Some(&s[start..])
        }
        fn lower_before(norm: &str) -> String {
            norm.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c.is_ascii_digit() { '0' } else { c })
                .collect()
        }
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "Über",
            "straße",
            "STRASSE",
            "İstanbul",
            "ΣΟΦΙΑΣ",
            "1990er",
            "e\u{301}",
            "😀x",
            "👩‍👩‍👧",
            "Ǆemal",
            "٣٤",
            "x²",
            "Ⅻ",
            "ﬁsch",
            "K9-Staffel",
        ];
        for w in words {
            assert_eq!(lower_of(w), lower_before(w), "{w}");
            for n in 0..8 {
                assert_eq!(suffix(w, n), suffix_before(w, n), "{w} {n}");
            }
        }
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let w = format!("{c}A{c}");
            assert_eq!(lower_of(&w), lower_before(&w), "{w}");
        }
    }

    #[test]
    fn every_token_gets_features_even_odd_ones() {
        let mut x = Extractor::new();
        let toks = ["", "😀", "e\u{301}", "Scholz", "\u{AD}"];
        x.extract(&toks, &Lexicon::default());
        assert_eq!(x.offsets.len(), toks.len() + 1);
        assert!(x.feats.iter().all(|&f| f != 0));
        x.extract(&[], &Lexicon::default());
        assert_eq!(x.offsets, vec![0]);
    }
}
