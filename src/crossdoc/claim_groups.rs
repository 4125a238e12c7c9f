//! Recurring claims across documents: the same claim (who says what) carried by several
//! articles, however each one words and attributes it.
//!
//! A candidate is every claim annotation (direct, indirect, according_to, hearsay, hedged) whose
//! content holds no counted quantity (those are grouped by their number in [`super::statements`]).
//! Its content is reduced to *terms*: the entity clusters it mentions, and the Snowball stems of
//! its other words minus German function words, split into
//!
//! - *predicate* stems: lowercase words. German capitalises every noun, so what is left in lower
//!   case is mostly verbs, adjectives and adverbs; the stem stands in for the main verb's lemma
//!   ("verschärfe" and "verschärft" give `verscharf`);
//! - *noun* stems: capitalised words that are not entity mentions.
//!
//! Two candidates make the same claim when all of these hold:
//!
//! - their speakers agree: when both speakers are clustered entities, it is the same cluster, or
//!   one of the two names is a single word that sounds like the other's last word ("Selenskyj"
//!   in one article, "Wolodymyr Selenskyj" in another: the clusters keep a lone surname apart
//!   when its own document has no full name); an unnamed or unclustered speaker fits any;
//! - their content entities agree: when both mention entities, they share a cluster;
//! - both are negated or neither is ("nicht", "kein", "nie", …): "werde zurücktreten" and "werde
//!   nicht zurücktreten" stay apart;
//! - they share a predicate stem, when both have one (the main verb, or an adjective with the
//!   copula: "sei bereit"); "Steuern senken" and "Steuern erhöhen" stay apart;
//! - their terms overlap: the weighted Dice coefficient, each term weighted by its inverse
//!   frequency among all candidates, is at least [`MIN_OVERLAP`] (with no predicate on one side,
//!   [`MIN_OVERLAP_NOMINAL`]).
//!
//! Agreeing candidates are joined transitively. Pairs are proposed only through an inverted index
//! of terms, and a term that more than [`MAX_POSTING`] candidates share proposes no pairs (it still
//! counts in the overlap), so the cost grows about linearly with the number of claims.
//!
//! What it does not do: it does not paraphrase ("trat zurück" and "hat seinen Rücktritt erklärt"
//! are different claims: irregular verb forms and separable particles give different stems), it
//! resolves no pronouns in the content ("sein Land" is not "die Ukraine"), it does not group plain
//! statements of the writer that no claim covers, and it does not mark contradictions (a negated
//! and an affirmed claim are simply two groups).

use std::collections::{BTreeSet, HashMap};

use rust_stemmers::{Algorithm, Stemmer};

use crate::annotation::{Annotation, Annotations, Kind};
use crate::tokenize::{self, TokenKind};

use super::normalize;
use super::statements::{attribution_of, StatementMember};
use super::EntityCluster;

/// Minimum weighted Dice overlap of two claims' terms when both have a predicate.
pub const MIN_OVERLAP: f64 = 0.4;
/// Minimum overlap when one side has no predicate stem ("Ja, aber mit Augenmaß").
pub const MIN_OVERLAP_NOMINAL: f64 = 0.6;
/// A term shared by more candidates than this proposes no pairs.
pub const MAX_POSTING: usize = 64;
/// Claims with fewer terms than this are too short to compare ("Ja.", „Nein“).
const MIN_TERMS: usize = 2;
/// At most this many characters of the content go into a group's summary.
const SUMMARY_CHARS: usize = 90;

/// One claim before grouping.
pub(super) struct ClaimCandidate {
    pub doc: usize,
    pub member: StatementMember,
    /// The speaker's entity cluster, when the speaker is a clustered mention.
    speaker: Option<usize>,
    /// The phonetic key of the last word of that cluster's name, and whether the name is that one
    /// word.
    speaker_surname: Option<(String, bool)>,
    /// The canonical name of that cluster, else the speaker as written.
    speaker_name: Option<String>,
    entities: BTreeSet<usize>,
    predicates: BTreeSet<String>,
    nouns: BTreeSet<String>,
    negated: bool,
}

impl ClaimCandidate {
    /// All terms: entity clusters (as `#index`), predicates and nouns (prefixed to keep them
    /// apart).
    fn terms(&self) -> impl Iterator<Item = String> + '_ {
        self.entities
            .iter()
            .map(|c| format!("#{c}"))
            .chain(self.predicates.iter().map(|p| format!("v:{p}")))
            .chain(self.nouns.iter().map(|n| format!("n:{n}")))
    }
}

/// German function words (lower case, sorted): articles, pronouns, prepositions, conjunctions,
/// particles, common adverbs, and the forms of the auxiliaries and modal verbs. They carry no
/// claim of their own.
const FUNCTION_WORDS: &[&str] = &[
    "aber",
    "alle",
    "allem",
    "allen",
    "aller",
    "alles",
    "als",
    "also",
    "am",
    "an",
    "ans",
    "auch",
    "auf",
    "aufs",
    "aus",
    "außer",
    "außerdem",
    "bei",
    "beim",
    "bereits",
    "bin",
    "bis",
    "bisher",
    "bist",
    "bleibt",
    "da",
    "dabei",
    "dadurch",
    "dafür",
    "dagegen",
    "daher",
    "damit",
    "dann",
    "daran",
    "darauf",
    "darf",
    "darum",
    "das",
    "dass",
    "dein",
    "dem",
    "den",
    "denen",
    "denn",
    "der",
    "deren",
    "des",
    "deshalb",
    "dessen",
    "die",
    "dies",
    "diese",
    "diesem",
    "diesen",
    "dieser",
    "dieses",
    "doch",
    "dort",
    "du",
    "durch",
    "dürfe",
    "dürfen",
    "dürfte",
    "dürften",
    "eben",
    "ebenfalls",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "er",
    "es",
    "etwa",
    "etwas",
    "euch",
    "euer",
    "für",
    "fürs",
    "ganz",
    "gar",
    "gegen",
    "gewesen",
    "geworden",
    "hab",
    "habe",
    "haben",
    "hast",
    "hat",
    "hatte",
    "hatten",
    "her",
    "hier",
    "hin",
    "hätte",
    "hätten",
    "ich",
    "ihm",
    "ihn",
    "ihnen",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "ihres",
    "im",
    "immer",
    "in",
    "ins",
    "ist",
    "ja",
    "je",
    "jedoch",
    "jetzt",
    "kann",
    "kannst",
    "könne",
    "können",
    "könnte",
    "könnten",
    "man",
    "mehr",
    "mich",
    "mir",
    "mit",
    "muss",
    "musste",
    "möchte",
    "möge",
    "mögen",
    "müsse",
    "müssen",
    "müsste",
    "müssten",
    "nach",
    "nein",
    "noch",
    "nun",
    "nur",
    "ob",
    "oder",
    "ohne",
    "schon",
    "sehr",
    "sei",
    "seien",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "seines",
    "seit",
    "sich",
    "sie",
    "sind",
    "so",
    "soll",
    "solle",
    "sollen",
    "sollte",
    "sollten",
    "sowie",
    "um",
    "und",
    "uns",
    "unser",
    "unsere",
    "unserem",
    "unseren",
    "unserer",
    "unter",
    "viel",
    "viele",
    "vom",
    "von",
    "vor",
    "wann",
    "war",
    "waren",
    "warum",
    "was",
    "weil",
    "weiter",
    "wenn",
    "wer",
    "werde",
    "werden",
    "wie",
    "wieder",
    "will",
    "wir",
    "wird",
    "wo",
    "wolle",
    "wollen",
    "wollte",
    "worden",
    "wurde",
    "wurden",
    "wäre",
    "wären",
    "würde",
    "würden",
    "zu",
    "zum",
    "zur",
    "zwar",
    "über",
];

/// Words that negate a claim (lower case, sorted).
const NEGATIONS: &[&str] = &[
    "kein",
    "keine",
    "keinem",
    "keinen",
    "keiner",
    "keines",
    "keinesfalls",
    "nicht",
    "nichts",
    "nie",
    "niemals",
    "niemand",
    "weder",
];

/// Speaker texts that name no source (lower case); such a speaker fits any other.
const UNNAMED: &[&str] = &[
    "berichten",
    "medienberichten",
    "angaben",
    "informationen",
    "kreisen",
    "quellen",
    "man",
];

fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.binary_search(&lower).is_ok()
}

fn is_negation(lower: &str) -> bool {
    NEGATIONS.binary_search(&lower).is_ok()
}

/// One document as the claim grouping reads it.
pub(super) struct ClaimDoc<'a> {
    /// Position of the document in the input.
    pub index: usize,
    pub id: &'a str,
    pub text: &'a str,
    pub ann: &'a Annotations,
    /// The document's clustered entity mentions: (UTF-16 start, end, cluster index).
    pub mentions: &'a [(usize, usize, usize)],
    /// UTF-16 extents of the counted quantities that [`super::statements`] groups.
    pub quantities: &'a [(usize, usize)],
}

/// The claims of one document as candidates, appended to `out`.
pub(super) fn collect(
    doc: &ClaimDoc<'_>,
    clusters: &[EntityCluster],
    stemmer: &Stemmer,
    out: &mut Vec<ClaimCandidate>,
) {
    let tokens = tokenize::tokens(doc.text);
    for claim in doc.ann.spans.iter().filter(|a| a.kind == Kind::Claim) {
        let (cs, ce) = (claim.at.start_utf16, claim.at.end_utf16);
        if doc.quantities.iter().any(|&(qs, qe)| cs <= qs && qe <= ce) {
            continue;
        }
        if let Some(c) = candidate(doc, claim, &tokens, clusters, stemmer) {
            out.push(c);
        }
    }
}

/// One claim as a candidate, or `None` when its content has too few terms.
fn candidate(
    doc: &ClaimDoc<'_>,
    claim: &Annotation,
    tokens: &[tokenize::Token],
    clusters: &[EntityCluster],
    stemmer: &Stemmer,
) -> Option<ClaimCandidate> {
    let (text, doc_mentions) = (doc.text, doc.mentions);
    let span = claim.at.span;
    let content = text.get(span.start..span.end)?;
    let (cs, ce) = (claim.at.start_utf16, claim.at.end_utf16);
    let speaker_at = claim
        .attrs
        .speaker_at
        .as_ref()
        .map(|x| (x.start_utf16, x.end_utf16));
    // The speaker's cluster: a clustered mention overlapping the speaker's extent.
    let speaker = speaker_at.and_then(|(xs, xe)| {
        doc_mentions
            .iter()
            .find(|&&(s, e, _)| s < xe && xs < e)
            .map(|&(_, _, c)| c)
    });
    let inside: Vec<(usize, usize, usize)> = doc_mentions
        .iter()
        .filter(|&&(s, e, _)| s >= cs && e <= ce)
        .filter(|&&(s, e, _)| speaker_at.is_none_or(|(xs, xe)| e <= xs || s >= xe))
        .copied()
        .collect();
    let entities: BTreeSet<usize> = inside.iter().map(|&(_, _, c)| c).collect();

    // Words of the content outside entity mentions. Token offsets are bytes; the mentions are
    // UTF-16, so the content's own UTF-16 start is walked along.
    let mut predicates = BTreeSet::new();
    let mut nouns = BTreeSet::new();
    let mut negated = false;
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let mut utf16 = cs;
    let mut at = span.start;
    for t in tokens[first..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
    {
        utf16 += text.get(at..t.span.start).map_or(0, utf16_len);
        let word = t.text(text);
        let (ws, we) = (utf16, utf16 + utf16_len(word));
        utf16 = we;
        at = t.span.end;
        if t.kind != TokenKind::Word || inside.iter().any(|&(s, e, _)| s < we && ws < e) {
            continue;
        }
        if speaker_at.is_some_and(|(xs, xe)| xs < we && ws < xe) {
            continue;
        }
        let lower = word.to_lowercase();
        if is_negation(&lower) {
            negated = true;
            continue;
        }
        if is_function_word(&lower) || lower.chars().count() < 3 {
            continue;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            nouns.insert(stemmer.stem(&lower).into_owned());
        } else {
            predicates.insert(predicate_stem(stemmer, &lower));
        }
    }
    if entities.len() + predicates.len() + nouns.len() < MIN_TERMS {
        return None;
    }
    let speaker_name = match speaker {
        Some(c) => clusters.get(c).map(|c| c.name.clone()),
        None => claim.attrs.speaker.clone(),
    };
    let speaker_surname = speaker.and_then(|c| clusters.get(c)).and_then(|c| {
        let words = normalize::tokens(&c.name);
        let last = words.last()?;
        Some((normalize::phonetic(last), words.len() == 1))
    });
    let (kind, speaker_text, attribution) = attribution_of(Some(claim));
    Some(ClaimCandidate {
        doc: doc.index,
        member: StatementMember {
            doc: doc.id.to_string(),
            text: content.to_string(),
            start: cs,
            end: ce,
            kind,
            speaker: speaker_text,
            attribution,
            quantity: None,
        },
        speaker,
        speaker_surname,
        speaker_name,
        entities,
        predicates,
        nouns,
        negated,
    })
}

/// The stem of a lowercase word. Snowball keeps the `-t` of the third person and of participles
/// ("verschärft" → `verscharft`, "verschärfe" → `verscharf`), so a final `t` after at least three
/// letters is dropped as well; the same word always gives the same stem.
fn predicate_stem(stemmer: &Stemmer, lower: &str) -> String {
    let mut stem = stemmer.stem(lower).into_owned();
    if stem.len() > 3 && stem.ends_with('t') {
        stem.pop();
    }
    stem
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The German Snowball stemmer the candidates are built with.
pub(super) fn german_stemmer() -> Stemmer {
    Stemmer::create(Algorithm::German)
}

/// Groups the candidates: lists of candidate indexes, each list one claim.
pub(super) fn group(cands: &[ClaimCandidate]) -> Vec<Vec<usize>> {
    // Term ids and their document frequency among the candidates.
    let mut ids: HashMap<String, usize> = HashMap::new();
    let terms: Vec<Vec<usize>> = cands
        .iter()
        .map(|c| {
            let mut t: Vec<usize> = c
                .terms()
                .map(|term| {
                    let n = ids.len();
                    *ids.entry(term).or_insert(n)
                })
                .collect();
            t.sort_unstable();
            t.dedup();
            t
        })
        .collect();
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (i, t) in terms.iter().enumerate() {
        for &k in t {
            postings[k].push(i);
        }
    }
    let n = cands.len() as f64;
    let weight: Vec<f64> = postings
        .iter()
        .map(|p| (1.0 + n / p.len().max(1) as f64).ln())
        .collect();

    let mut parent: Vec<usize> = (0..cands.len()).collect();
    let mut seen = vec![usize::MAX; cands.len()];
    for (i, ti) in terms.iter().enumerate() {
        for &k in ti {
            if postings[k].len() > MAX_POSTING {
                continue;
            }
            for &j in &postings[k] {
                if j <= i || seen[j] == i {
                    continue;
                }
                seen[j] = i;
                if same_claim(&cands[i], &cands[j], ti, &terms[j], &weight) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[rj.max(ri)] = ri.min(rj);
                    }
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for i in 0..cands.len() {
        let r = find(&mut parent, i);
        let k = *index.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[k].push(i);
    }
    groups
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Whether two candidates make the same claim (the rules in the module documentation).
fn same_claim(
    a: &ClaimCandidate,
    b: &ClaimCandidate,
    ta: &[usize],
    tb: &[usize],
    weight: &[f64],
) -> bool {
    if !speakers_agree(a, b) {
        return false;
    }
    if !a.entities.is_empty() && !b.entities.is_empty() && a.entities.is_disjoint(&b.entities) {
        return false;
    }
    if a.negated != b.negated {
        return false;
    }
    let both_predicates = !a.predicates.is_empty() && !b.predicates.is_empty();
    if both_predicates && a.predicates.is_disjoint(&b.predicates) {
        return false;
    }
    let total: f64 = ta.iter().chain(tb).map(|&k| weight[k]).sum();
    let shared: f64 = ta
        .iter()
        .filter(|k| tb.binary_search(k).is_ok())
        .map(|&k| weight[k])
        .sum();
    let overlap = if total > 0.0 {
        2.0 * shared / total
    } else {
        0.0
    };
    let needed = if both_predicates {
        MIN_OVERLAP
    } else {
        MIN_OVERLAP_NOMINAL
    };
    overlap >= needed
}

/// Same speaker cluster, or a one-word name that sounds like the other's last word, or a speaker
/// that is not a clustered name on either side.
fn speakers_agree(a: &ClaimCandidate, b: &ClaimCandidate) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) if x != y => match (&a.speaker_surname, &b.speaker_surname) {
            (Some((ka, single_a)), Some((kb, single_b))) => (*single_a || *single_b) && ka == kb,
            _ => false,
        },
        _ => true,
    }
}

/// "Wolodymyr Selenskyj: „Die Ukraine werde nicht aufgeben“": the speaker named by most members
/// (names with the same surname count as one, shown in their longest form; ties: the first), and
/// the shortest member's content.
pub(super) fn summary(idx: &[usize], cands: &[ClaimCandidate]) -> String {
    // (surname key, name as shown) of every member with a named speaker.
    let named: Vec<(String, &str)> = idx
        .iter()
        .filter_map(|&i| {
            let c = &cands[i];
            let name = c.speaker_name.as_deref()?;
            if UNNAMED.contains(&name.trim().to_lowercase().as_str()) {
                return None;
            }
            let key = c
                .speaker_surname
                .as_ref()
                .map_or_else(|| name.to_lowercase(), |(k, _)| k.clone());
            Some((key, name))
        })
        .collect();
    // Per surname key: (number of members, first position, longest name).
    let mut tally: HashMap<&str, (usize, usize, &str)> = HashMap::new();
    for (pos, (key, name)) in named.iter().enumerate() {
        let e = tally.entry(key.as_str()).or_insert((0, pos, name));
        e.0 += 1;
        if name.chars().count() > e.2.chars().count() {
            e.2 = name;
        }
    }
    let speaker = tally
        .values()
        .max_by_key(|(count, first, _)| (*count, std::cmp::Reverse(*first)))
        .map(|(_, _, name)| *name);
    let content = idx
        .iter()
        .map(|&i| cands[i].member.text.trim())
        .min_by_key(|t| t.chars().count())
        .unwrap_or_default();
    let content = content.trim_matches(|c: char| tokenize::is_quote_char(c) || c.is_whitespace());
    let mut short: String = content.chars().take(SUMMARY_CHARS).collect();
    if content.chars().count() > SUMMARY_CHARS {
        short = short.trim_end().to_string();
        short.push('…');
    }
    match speaker {
        Some(s) => format!("{s}: „{short}“"),
        None => format!("„{short}“"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [FUNCTION_WORDS, NEGATIONS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }

    #[test]
    fn stems_join_inflected_verb_forms() {
        let s = german_stemmer();
        let stem = |w| predicate_stem(&s, w);
        assert_eq!(stem("verschärfe"), stem("verschärft"));
        assert_eq!(stem("senken"), stem("senkt"));
        assert_eq!(stem("aufgeben"), stem("aufgebe"));
        assert_eq!(stem("unterstützen"), stem("unterstützt"));
        assert_ne!(stem("senken"), stem("erhöhen"));
    }
}
