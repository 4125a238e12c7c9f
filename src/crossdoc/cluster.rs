//! The merge rules, applied in this order:
//!
//! 1. **Forms.** Each entity mention becomes a form: its label and its text, trimmed of
//!    punctuation and an English possessive (`Biden's`). Forms are keyed with [`normalize`](super::normalize):
//!    folded tokens, German adjective endings of multi-word non-person names folded
//!    (`Vereinigten Arabischen Emiraten`), phonetic key per token.
//! 2. **Genitive `-s`** (and `-es`). A final `s` is removed from the last token only when that is
//!    safe: the whole name is not itself in the alias table (`Paris`, `Texas` are never touched),
//!    and the stem is in the alias table (`Chinas` → `China`), or the stem occurs as a name of
//!    the same label in some document (`Putins` beside `Putin`; for persons also as the last
//!    token of a full name), or the stem ends in `-land`, `-reich`, `-ien`, `-yj`, `-ij`, `-stan`
//!    or `-burg` (`Russlands`, `Selenskyjs`). `-es` is removed only when the stem is seen or
//!    in the alias table (`Weißen Hauses`).
//! 3. **Names.** Forms with the same label and the same joined key (tokens concatenated, so
//!    `Da Nang` = `Danang`) are one name. Names are then merged (union–find), always within one
//!    label:
//!    - same row of the alias table;
//!    - persons only: every token pairs up (same number of tokens, or the shorter one's tokens
//!      appear in order in the longer one with the same first and last token: `Wladimir Putin`
//!      / `Wladimir Wladimirowitsch Putin`), where two tokens pair up when their keys are equal or
//!      they are fuzzy variants: same skeleton (≥ 3 consonants), same first letter, both keys at
//!      least 6 letters, edit distance ≤ 2 and ≤ a third of the shorter key (`Wolodymyr` /
//!      `Wladimir`). Candidates are only compared within a block of names that share the
//!      skeleton and first letter of their first and last tokens;
//!    - acronyms (not persons): an acronym (`VAE`) joins the name it stands beside in
//!      parentheses in some document (`Vereinigte Arabische Emirate (VAE)` or `VAE (Vereinigte
//!      Arabische Emirate)`); without such a pair, the one name whose initials spell it
//!      (`Bundesamt für Verfassungsschutz` → `BfV`, with or without function words). An acronym
//!      that fits several names joins none.
//! 4. **Partial person names, per document.** A person name with one token (`Selenskyj`), or one
//!    whose tokens end some longer person name in the same document (`von der Leyen`), joins the
//!    cluster of the one full name of that document that it fits (its last tokens, or for a
//!    one-token Chinese or Korean surname the first token: `Xi` / `Xi Jinping`). When two or more
//!    full names of that document fit (`Biden` beside `Joe Biden` and `Hunter Biden`), or none
//!    does, the mention stays out of every full-name cluster; such unresolved mentions of one name
//!    form their own cluster across documents.
//!
//! Everything is keyed with hash maps, so the work grows with the number of mentions, not with
//! the number of pairs; the only quadratic step is inside a fuzzy block of person names that
//! share skeletons (skipped above 256 names, where only exact keys merge).

use std::collections::{HashMap, HashSet};

use super::aliases::ALIASES;
use super::normalize::{
    acronym_key, edit_distance, fold_adjective, initials, is_acronym, phonetic, skeleton, tokens,
};
use super::{DocInput, EntityCluster, Mention};
use crate::annotation::Kind;

/// The labels that take part, in index order.
const LABELS: [&str; 4] = ["PER", "LOC", "ORG", "OTH"];
const PER: u8 = 0;

/// Stem endings after which a final `s` is a genitive (see the module docs).
const SAFE_GENITIVE_STEMS: &[&str] = &["land", "reich", "ien", "yj", "ij", "stan", "burg"];

/// Chinese and Korean family names that come first: alone, they fit a full name by its first
/// token (folded spelling).
const SURNAME_FIRST: &[&str] = &[
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "hu", "mao",
    "deng", "wen", "kim", "park", "pak", "lee", "ri", "yi", "choe", "choi", "moon", "mun", "yoon",
    "han", "ma", "he", "guo", "lin", "sun", "zhu", "gao", "song", "tang", "peng", "jiang", "hu",
];

/// Largest fuzzy block compared pair by pair.
const MAX_BLOCK: usize = 256;

/// One token of a name: its phonetic key, skeleton and the first letter of the key.
#[derive(Debug, Clone)]
struct Tok {
    folded: String,
    key: String,
    skel: String,
    first: Option<char>,
}

impl Tok {
    fn new(folded: &str, key: String) -> Tok {
        Tok {
            folded: folded.to_string(),
            skel: skeleton(&key),
            first: key.chars().next(),
            key,
        }
    }

    /// The block key: skeleton and first letter.
    fn block(&self) -> (String, Option<char>) {
        (self.skel.clone(), self.first)
    }
}

/// Equal keys, or fuzzy transliteration variants (see the module docs).
fn tok_match(a: &Tok, b: &Tok) -> bool {
    if a.key == b.key {
        return true;
    }
    if a.skel != b.skel || a.skel.chars().count() < 3 || a.first != b.first {
        return false;
    }
    let min_len = a.key.chars().count().min(b.key.chars().count());
    if min_len < 6 {
        return false;
    }
    let d = edit_distance(&a.key, &b.key);
    d <= 2 && d * 3 <= min_len
}

/// Two person names with at least as many tokens each pair up (see the module docs).
fn person_match(a: &[Tok], b: &[Tok]) -> bool {
    if a.len() == b.len() {
        return a.iter().zip(b).all(|(x, y)| tok_match(x, y));
    }
    if a.len() < 2 || b.len() < 2 {
        return false;
    }
    let (s, l) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let (Some(sf), Some(lf), Some(sl), Some(ll)) = (s.first(), l.first(), s.last(), l.last())
    else {
        return false;
    };
    if !tok_match(sf, lf) || !tok_match(sl, ll) {
        return false;
    }
    let mut it = l.iter();
    s.iter().all(|t| it.any(|u| tok_match(t, u)))
}

/// `part` fits the longer person name `full`: its tokens end `full`, or it is a one-token
/// surname-first family name equal to `full`'s first token.
fn fits(part: &[Tok], full: &[Tok]) -> bool {
    if part.len() >= full.len() || part.is_empty() {
        return false;
    }
    let tail = &full[full.len() - part.len()..];
    if part.iter().zip(tail).all(|(x, y)| tok_match(x, y)) {
        return true;
    }
    part.len() == 1
        && SURNAME_FIRST.contains(&part[0].folded.as_str())
        && full.first().is_some_and(|f| f.key == part[0].key)
}

/// Folded tokens → token keys: adjective endings folded for multi-word non-person names.
fn key_tokens(label: u8, folded: &[String]) -> Vec<Tok> {
    let n = folded.len();
    folded
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let keyed: &str = if label == PER || n < 2 {
                t
            } else if i + 1 < n {
                fold_adjective(t)
            } else if t.len() > 4 && t.ends_with("en") {
                &t[..t.len() - 1]
            } else {
                t
            };
            Tok::new(t, phonetic(keyed))
        })
        .collect()
}

fn joined(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.key.as_str()).collect()
}

/// The key the alias table is matched on: the non-person key of the whole name.
fn alias_key(folded: &[String]) -> String {
    joined(&key_tokens(1, folded))
}

/// Union–find with the smaller index as root (so results do not depend on the order of unions).
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            let up = self.0[self.0[x]];
            self.0[x] = up;
            x = up;
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// A distinct (label, cleaned text) pair.
struct Form {
    label: u8,
    clean: String,
    folded: Vec<String>,
    /// Bytes removed from the end of `clean` as a genitive (0, 1 or 2).
    genitive: usize,
    acronym: bool,
    name: usize,
}

/// A distinct (label, key) pair after the genitive is removed.
struct Name {
    label: u8,
    toks: Vec<Tok>,
    folded: Vec<String>,
    acronym: Option<String>,
}

struct RawMention {
    doc: usize,
    span_index: usize,
    form: usize,
    text: String,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

/// Trims what is not part of a name: surrounding punctuation and quotes, an English possessive.
fn clean_surface(s: &str) -> &str {
    let s = s.trim_matches(|c: char| !c.is_alphanumeric());
    for poss in ["'s", "’s"] {
        if let Some(stem) = s.strip_suffix(poss) {
            return stem.trim_end_matches(|c: char| !c.is_alphanumeric());
        }
    }
    s
}

/// Clusters the entity mentions of `docs` (id, text, annotations of that text) across documents.
///
/// Returns one cluster per entity, largest first (by number of documents, then of mentions); every
/// entity mention labelled `PER`, `LOC`, `ORG` or `OTH` is in exactly one cluster. Mention offsets
/// are UTF-16 code units, copied from the annotations. Never fails and never panics: annotations
/// that do not fit the text only lose their parenthesis-based acronym pairing.
pub fn cluster_entities(docs: &[DocInput<'_>]) -> Vec<EntityCluster> {
    cluster_entities_with(docs, ClusterOptions::default())
}

/// Options for [`cluster_entities_with`]; the default is what [`cluster_entities`] does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterOptions {
    /// When a surname alone has no fitting full name in its own document, let it join the one
    /// full person name of all documents that fits it (when several fit, it stays alone). Off by
    /// default: the rule of issue 9 looks only at the mention's own document.
    pub surname_across_documents: bool,
}

/// [`cluster_entities`] with options.
pub fn cluster_entities_with(docs: &[DocInput<'_>], options: ClusterOptions) -> Vec<EntityCluster> {
    // 1. Mentions and forms.
    let mut forms: Vec<Form> = Vec::new();
    let mut form_ids: HashMap<(u8, String), usize> = HashMap::new();
    let mut mentions: Vec<RawMention> = Vec::new();
    for (d, (_, text, ann)) in docs.iter().enumerate() {
        for (i, a) in ann.spans.iter().enumerate() {
            if a.kind != Kind::Entity {
                continue;
            }
            let Some(label) = LABELS.iter().position(|l| *l == a.label) else {
                continue;
            };
            let label = label as u8;
            let written = if a.text.is_empty() {
                a.at.span.slice(text)
            } else {
                a.text.as_str()
            };
            let clean = clean_surface(written);
            let form = match form_ids.get(&(label, clean.to_string())) {
                Some(&f) => f,
                None => {
                    let folded = tokens(clean);
                    if folded.is_empty() {
                        continue;
                    }
                    forms.push(Form {
                        label,
                        clean: clean.to_string(),
                        folded,
                        genitive: 0,
                        acronym: is_acronym(clean),
                        name: 0,
                    });
                    form_ids.insert((label, clean.to_string()), forms.len() - 1);
                    forms.len() - 1
                }
            };
            mentions.push(RawMention {
                doc: d,
                span_index: i,
                form,
                text: written.to_string(),
                start: a.at.start_utf16,
                end: a.at.end_utf16,
                byte_start: a.at.span.start,
                byte_end: a.at.span.end,
            });
        }
    }

    // 2. Genitive.
    let mut alias_of: HashMap<String, usize> = HashMap::new();
    for (row, (_, names)) in ALIASES.iter().enumerate() {
        for n in names.iter() {
            alias_of.entry(alias_key(&tokens(n))).or_insert(row);
        }
    }
    let mut seen: HashSet<(u8, String)> = HashSet::new();
    let mut person_last: HashSet<String> = HashSet::new();
    for f in &forms {
        let toks = key_tokens(f.label, &f.folded);
        if f.label == PER {
            if let Some(t) = toks.last() {
                person_last.insert(t.key.clone());
            }
        }
        seen.insert((f.label, joined(&toks)));
    }
    for f in &mut forms {
        f.genitive = genitive_len(f, &alias_of, &seen, &person_last);
        if f.genitive > 0 {
            if let Some(last) = f.folded.last_mut() {
                last.truncate(last.len().saturating_sub(f.genitive));
            }
        }
    }

    // 3. Names.
    let mut names: Vec<Name> = Vec::new();
    let mut name_ids: HashMap<(u8, String), usize> = HashMap::new();
    for f in &mut forms {
        let toks = key_tokens(f.label, &f.folded);
        let key = joined(&toks);
        let id = *name_ids.entry((f.label, key)).or_insert_with(|| {
            names.push(Name {
                label: f.label,
                toks: Vec::new(),
                folded: Vec::new(),
                acronym: None,
            });
            names.len() - 1
        });
        let n = &mut names[id];
        if toks.len() > n.toks.len() {
            n.toks = toks;
            n.folded = f.folded.clone();
        }
        if f.acronym && f.label != PER && n.acronym.is_none() {
            n.acronym = Some(f.folded.concat());
        }
        f.name = id;
    }
    let mut uf = UnionFind::new(names.len());

    // 3a. Alias table.
    let mut by_alias: HashMap<(u8, usize), usize> = HashMap::new();
    for (id, n) in names.iter().enumerate() {
        if let Some(&row) = alias_of.get(&alias_key(&n.folded)) {
            let first = *by_alias.entry((n.label, row)).or_insert(id);
            uf.union(first, id);
        }
    }

    // 3b. Person names: fuzzy tokens within blocks.
    type Block = (bool, (String, Option<char>), (String, Option<char>));
    let mut blocks: HashMap<Block, Vec<usize>> = HashMap::new();
    for (id, n) in names.iter().enumerate() {
        if n.label != PER {
            continue;
        }
        let (Some(first), Some(last)) = (n.toks.first(), n.toks.last()) else {
            continue;
        };
        let key = if n.toks.len() == 1 {
            (false, (String::new(), None), last.block())
        } else {
            (true, first.block(), last.block())
        };
        blocks.entry(key).or_default().push(id);
    }
    let mut block_list: Vec<Vec<usize>> = blocks.into_values().collect();
    block_list.sort();
    for block in &block_list {
        if block.len() < 2 || block.len() > MAX_BLOCK {
            continue;
        }
        for (i, &a) in block.iter().enumerate() {
            for &b in &block[i + 1..] {
                if person_match(&names[a].toks, &names[b].toks) {
                    uf.union(a, b);
                }
            }
        }
    }

    // 3c. Acronyms: pairs written in the text first, initials otherwise.
    let mut paired: HashMap<(u8, String), Vec<usize>> = HashMap::new();
    collect_pairs(docs, &mentions, &forms, &names, &mut paired);
    let mut by_initials: HashMap<(u8, String), Vec<usize>> = HashMap::new();
    for (id, n) in names.iter().enumerate() {
        if n.label == PER || n.acronym.is_some() {
            continue;
        }
        for ini in initials(&n.folded) {
            by_initials.entry((n.label, ini)).or_default().push(id);
        }
    }
    for (id, n) in names.iter().enumerate() {
        let Some(acr) = n.acronym.clone() else {
            continue;
        };
        let key = (n.label, acr);
        let own = uf.find(id);
        let pick = |cands: Option<&Vec<usize>>, uf: &mut UnionFind| -> Option<Vec<usize>> {
            let mut roots: Vec<usize> = cands?.iter().map(|&c| uf.find(c)).collect();
            roots.sort_unstable();
            roots.dedup();
            roots.retain(|&r| r != own);
            Some(roots)
        };
        let roots = match pick(paired.get(&key), &mut uf) {
            Some(r) if !r.is_empty() => r,
            _ => pick(by_initials.get(&key), &mut uf).unwrap_or_default(),
        };
        if let [only] = roots[..] {
            uf.union(id, only);
        }
    }

    // 4. Partial person names, per document.
    let roots: Vec<usize> = (0..names.len()).map(|i| uf.find(i)).collect();
    let mut per_doc: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    for m in &mentions {
        per_doc[m.doc].push(forms[m.form].name);
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    enum ClusterId {
        Root(usize),
        Unresolved(usize),
    }
    let mut node_cluster: HashMap<(usize, usize), ClusterId> = HashMap::new();
    let corpus = options
        .surname_across_documents
        .then(|| FullNames::new(&names, 0..names.len()));
    for (d, doc_names) in per_doc.iter_mut().enumerate() {
        doc_names.sort_unstable();
        doc_names.dedup();
        let in_doc = FullNames::new(&names, doc_names.iter().copied());
        for &n in doc_names.iter() {
            let id = if names[n].label != PER {
                ClusterId::Root(roots[n])
            } else {
                let part = &names[n].toks;
                let fit: Vec<usize> = in_doc
                    .candidates(part)
                    .into_iter()
                    .filter(|&f| fits(part, &names[f].toks))
                    .collect();
                if part.len() > 1 && fit.is_empty() {
                    ClusterId::Root(roots[n])
                } else if fit.is_empty() {
                    let across = corpus
                        .as_ref()
                        .and_then(|c| c.resolve(part, &names, &roots));
                    match across {
                        Some(r) => ClusterId::Root(r),
                        None => ClusterId::Unresolved(roots[n]),
                    }
                } else {
                    match single_root(part, &fit, &names, &roots) {
                        Some(r) => ClusterId::Root(r),
                        None => ClusterId::Unresolved(roots[n]),
                    }
                }
            };
            node_cluster.insert((d, n), id);
        }
    }

    // 5. Clusters.
    let mut index: HashMap<ClusterId, usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        let name = forms[m.form].name;
        let id = node_cluster
            .get(&(m.doc, name))
            .copied()
            .unwrap_or(ClusterId::Root(roots[name]));
        let c = *index.entry(id).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[c].push(mi);
    }
    let mut out: Vec<(usize, usize, (usize, usize), EntityCluster)> = members
        .into_iter()
        .map(|mut ms| {
            ms.sort_by_key(|&i| (mentions[i].doc, mentions[i].byte_start, i));
            let n_docs = {
                let mut ds: Vec<usize> = ms.iter().map(|&i| mentions[i].doc).collect();
                ds.dedup();
                ds.len()
            };
            let first = ms
                .first()
                .map(|&i| (mentions[i].doc, mentions[i].byte_start))
                .unwrap_or_default();
            (
                n_docs,
                ms.len(),
                first,
                build_cluster(docs, &mentions, &forms, &ms),
            )
        })
        .collect();
    out.sort_by(|a, b| {
        (std::cmp::Reverse(a.0), std::cmp::Reverse(a.1), a.2).cmp(&(
            std::cmp::Reverse(b.0),
            std::cmp::Reverse(b.1),
            b.2,
        ))
    });
    out.into_iter().map(|(_, _, _, c)| c).collect()
}

/// The one cluster root among the person names `fit` that `part` fits, counting only the longest
/// fitting names (`Leyen` fits `von der Leyen` and `Ursula von der Leyen`: one person); `None`
/// when there are none or several.
fn single_root(part: &[Tok], fit: &[usize], names: &[Name], roots: &[usize]) -> Option<usize> {
    let fit: Vec<usize> = fit
        .iter()
        .copied()
        .filter(|&f| fits(part, &names[f].toks))
        .collect();
    let mut all_roots: Vec<usize> = fit.iter().map(|&f| roots[f]).collect();
    all_roots.sort_unstable();
    all_roots.dedup();
    match all_roots[..] {
        [] => return None,
        [only] => return Some(only),
        // Many different people fit: ambiguous, whatever their lengths.
        _ if all_roots.len() > MAX_BLOCK => return None,
        _ => {}
    }
    let mut fit_roots: Vec<usize> = fit
        .iter()
        .copied()
        .filter(|&f| {
            !fit.iter()
                .any(|&g| g != f && fits(&names[f].toks, &names[g].toks))
        })
        .map(|f| roots[f])
        .collect();
    fit_roots.sort_unstable();
    fit_roots.dedup();
    match fit_roots[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// Full person names (of one document or of all), indexed by the block of their last token and
/// by their first token's key (for surname-first family names), so a partial name is only compared
/// with the names it might fit.
struct FullNames {
    by_last: HashMap<(String, Option<char>), Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
}

impl FullNames {
    /// The index of the full person names among `ids`.
    fn new(names: &[Name], ids: impl Iterator<Item = usize>) -> Self {
        let mut out = FullNames {
            by_last: HashMap::new(),
            by_first: HashMap::new(),
        };
        for id in ids {
            let Some(n) = names.get(id) else {
                continue;
            };
            if n.label != PER || n.toks.len() < 2 {
                continue;
            }
            if let (Some(first), Some(last)) = (n.toks.first(), n.toks.last()) {
                out.by_last.entry(last.block()).or_default().push(id);
                out.by_first.entry(first.key.clone()).or_default().push(id);
            }
        }
        out
    }

    /// The full names that `part` might fit: same block of the last token, or (for one token)
    /// the same key as the first token. Sorted, without duplicates.
    fn candidates(&self, part: &[Tok]) -> Vec<usize> {
        let Some(last) = part.last() else {
            return Vec::new();
        };
        let mut cands: Vec<usize> = self.by_last.get(&last.block()).cloned().unwrap_or_default();
        if part.len() == 1 {
            cands.extend(self.by_first.get(&last.key).into_iter().flatten().copied());
        }
        cands.sort_unstable();
        cands.dedup();
        cands
    }

    /// The one cluster root of the indexed full names that `part` fits.
    fn resolve(&self, part: &[Tok], names: &[Name], roots: &[usize]) -> Option<usize> {
        single_root(part, &self.candidates(part), names, roots)
    }
}

/// How many bytes of a genitive ending to remove from `f` (see the module docs).
fn genitive_len(
    f: &Form,
    alias_of: &HashMap<String, usize>,
    seen: &HashSet<(u8, String)>,
    person_last: &HashSet<String>,
) -> usize {
    let Some(last) = f.folded.last() else {
        return 0;
    };
    if last.chars().count() < 4 || !last.ends_with('s') || last.ends_with("ss") {
        return 0;
    }
    // Only when the written form ends in a lowercase s (not `USA` + `S`).
    if !f.clean.ends_with('s') || alias_of.contains_key(&alias_key(&f.folded)) {
        return 0;
    }
    let known = |cut: usize| {
        let mut stem = f.folded.clone();
        if let Some(l) = stem.last_mut() {
            l.truncate(l.len() - cut);
        }
        let toks = key_tokens(f.label, &stem);
        alias_of.contains_key(&alias_key(&stem))
            || seen.contains(&(f.label, joined(&toks)))
            || (f.label == PER && toks.last().is_some_and(|t| person_last.contains(&t.key)))
    };
    let stem = &last[..last.len() - 1];
    if known(1) || SAFE_GENITIVE_STEMS.iter().any(|e| stem.ends_with(e)) {
        return 1;
    }
    if last.ends_with("es") && last.len() > 4 && known(2) {
        return 2;
    }
    0
}

/// Pairs written as `Expansion (ACR)` or `ACR (Expansion)`: (label, acronym key) → expansion
/// names.
fn collect_pairs(
    docs: &[DocInput<'_>],
    mentions: &[RawMention],
    forms: &[Form],
    names: &[Name],
    paired: &mut HashMap<(u8, String), Vec<usize>>,
) {
    for (k, m) in mentions.iter().enumerate() {
        let Some((_, text, _)) = docs.get(m.doc) else {
            continue;
        };
        let form = &forms[m.form];
        if form.label == PER {
            continue;
        }
        let Some(after) = text.get(m.byte_end..) else {
            continue;
        };
        let rest = after.trim_start_matches([' ', '\u{a0}']);
        let Some(inner) = rest.strip_prefix('(') else {
            continue;
        };
        let inner_start = m.byte_end + (after.len() - inner.len());
        let Some(close) = inner.find(')') else {
            continue;
        };
        let inside = inner[..close].trim();
        if !form.acronym && names[form.name].folded.len() >= 2 {
            // Expansion (ACR)
            if close <= 16 && is_acronym(inside) {
                paired
                    .entry((form.label, acronym_key(inside)))
                    .or_default()
                    .push(form.name);
            }
        } else if form.acronym {
            // ACR (Expansion): the next mention must sit inside the parentheses.
            let Some(next) = mentions.get(k + 1) else {
                continue;
            };
            let next_form = &forms[next.form];
            if next.doc == m.doc
                && next.byte_start >= inner_start
                && next.byte_end <= inner_start + close
                && next_form.label == form.label
                && names[next_form.name].folded.len() >= 2
            {
                paired
                    .entry((form.label, form.folded.concat()))
                    .or_default()
                    .push(next_form.name);
            }
        }
    }
}

/// Builds the public cluster from its mentions (sorted).
fn build_cluster(
    docs: &[DocInput<'_>],
    mentions: &[RawMention],
    forms: &[Form],
    ms: &[usize],
) -> EntityCluster {
    // Variants with their counts, in order of first appearance.
    let mut variants: Vec<(String, usize)> = Vec::new();
    // Canonical name candidates: (uninflected, length, count, Reverse(first seen)) per form.
    let mut by_form: Vec<(usize, usize)> = Vec::new();
    for &i in ms {
        let m = &mentions[i];
        match variants.iter_mut().find(|(v, _)| *v == m.text) {
            Some((_, c)) => *c += 1,
            None => variants.push((m.text.clone(), 1)),
        }
        match by_form.iter_mut().find(|(f, _)| *f == m.form) {
            Some((_, c)) => *c += 1,
            None => by_form.push((m.form, 1)),
        }
    }
    let best = by_form
        .iter()
        .enumerate()
        .max_by_key(|(pos, (f, count))| {
            let f = &forms[*f];
            (
                f.genitive == 0,
                f.clean.chars().count(),
                *count,
                std::cmp::Reverse(*pos),
            )
        })
        .map(|(_, (f, _))| &forms[*f]);
    let name = match best {
        Some(f) => {
            let end = f.clean.len().saturating_sub(f.genitive);
            f.clean.get(..end).unwrap_or(&f.clean).to_string()
        }
        None => String::new(),
    };
    let label = best.map_or("OTH", |f| LABELS[usize::from(f.label)]);
    let mut order: Vec<usize> = (0..variants.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(variants[i].1), i));
    EntityCluster {
        name,
        label: label.to_string(),
        variants: order.into_iter().map(|i| variants[i].0.clone()).collect(),
        mentions: ms
            .iter()
            .map(|&i| {
                let m = &mentions[i];
                Mention {
                    doc: docs.get(m.doc).map_or("", |d| d.0).to_string(),
                    text: m.text.clone(),
                    start: m.start,
                    end: m.end,
                    span_index: m.span_index,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Annotation, Annotations};
    use crate::document::Lang;
    use crate::span::Span;

    /// Annotations for `text` with one entity per `(surface, label)`, at every occurrence.
    fn annotate(text: &str, ents: &[(&str, &str)]) -> Annotations {
        let mut spans = Vec::new();
        for (s, l) in ents {
            for (i, _) in text.match_indices(s) {
                spans.push(Annotation::new(Kind::Entity, *l, Span::new(i, i + s.len())));
            }
        }
        Annotations::new(text, Lang::De, None, spans)
    }

    fn cluster_of<'c>(cs: &'c [EntityCluster], text: &str) -> Vec<&'c EntityCluster> {
        cs.iter()
            .filter(|c| c.mentions.iter().any(|m| m.text == text))
            .collect()
    }

    #[test]
    fn alias_rows_do_not_collide() {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (row, (_, names)) in ALIASES.iter().enumerate() {
            for n in names.iter() {
                let k = alias_key(&tokens(n));
                if let Some(&other) = seen.get(&k) {
                    assert_eq!(other, row, "{n} collides with row {other}");
                }
                seen.insert(k, row);
            }
        }
    }

    #[test]
    fn transliteration_and_genitive() {
        let a = "Wolodymyr Selenskyj reiste ab. Selenskyjs Plan wurde gelobt.";
        let b = "Volodymyr Zelensky spoke. Zelensky left.";
        let aa = annotate(a, &[("Wolodymyr Selenskyj", "PER"), ("Selenskyjs", "PER")]);
        let bb = annotate(b, &[("Volodymyr Zelensky", "PER")]);
        let cs = cluster_entities(&[("a", a, &aa), ("b", b, &bb)]);
        let c = cluster_of(&cs, "Selenskyjs");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].mentions.len(), 3);
        assert_eq!(c[0].name, "Wolodymyr Selenskyj");
        assert_eq!(c[0].label, "PER");
    }

    #[test]
    fn non_entity_and_derived_labels_are_ignored() {
        let t = "Die deutschen Behörden in Berlin.";
        let mut ann = annotate(t, &[("deutschen", "LOCderiv"), ("Berlin", "LOC")]);
        ann.spans
            .push(Annotation::new(Kind::Claim, "direct", Span::new(0, 3)));
        ann.resolve_offsets(t);
        let cs = cluster_entities(&[("x", t, &ann)]);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].name, "Berlin");
        assert_eq!(cs[0].mentions[0].start, 26);
    }

    #[test]
    fn surname_across_documents_is_an_option() {
        let a = "Wladimir Putin drohte. Joe Biden und Hunter Biden schwiegen.";
        let b = "Putin sprach lange. Biden nicht.";
        let aa = annotate(
            a,
            &[
                ("Wladimir Putin", "PER"),
                ("Joe Biden", "PER"),
                ("Hunter Biden", "PER"),
            ],
        );
        let bb = annotate(b, &[("Putin", "PER"), ("Biden", "PER")]);
        let docs = [("a", a, &aa), ("b", b, &bb)];
        let strict = cluster_entities(&docs);
        assert_eq!(cluster_of(&strict, "Putin")[0].mentions.len(), 1);
        let across = cluster_entities_with(
            &docs,
            ClusterOptions {
                surname_across_documents: true,
            },
        );
        let putin = cluster_of(&across, "Putin");
        assert_eq!(putin.len(), 1);
        assert_eq!(putin[0].name, "Wladimir Putin");
        assert_eq!(putin[0].mentions.len(), 2);
        // Two full names fit `Biden`: it stays alone.
        assert_eq!(cluster_of(&across, "Biden")[0].mentions.len(), 1);
    }

    #[test]
    fn out_of_bounds_spans_do_not_panic() {
        let t = "Kurz.";
        let ann = Annotations {
            version: 1,
            lang: Lang::De,
            article_date: None,
            anchor: None,
            length_utf16: 5,
            length_char: 5,
            spans: vec![Annotation::new(Kind::Entity, "PER", Span::new(3, 99))],
        };
        let cs = cluster_entities(&[("x", t, &ann)]);
        assert!(cs.is_empty());
        assert!(cluster_entities(&[]).is_empty());
    }
}
