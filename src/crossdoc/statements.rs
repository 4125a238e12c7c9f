//! Recurring statements across documents: quantified sentences and claims that say the same
//! thing in several articles about one story, with how each article attributes them and where the
//! numbers differ.
//!
//! [`group_statements`] takes the annotated documents and their [`EntityCluster`]s and returns one
//! [`StatementGroup`] per statement. A *statement* here is a sentence that carries a quantity with
//! a counted noun or unit ("mehr als 2.000 Feuerwehrleute"); a sentence with two quantities gives
//! two statements. Two statements are the same when
//!
//! - their counted nouns match after a light normalisation (case, a dative `-n`:
//!   "Feuerwehrleuten" = "Feuerwehrleute"),
//! - their values are compatible: equal values whose modifiers do not point in opposite
//!   directions ("mehr als 2.000" ~ "über 2.000" ~ "rund 2.000" ~ "2.000", but not "weniger als
//!   2.000"), or a range that contains the other value, or two overlapping ranges,
//! - and, when both sentences mention entities, they share at least one entity cluster (the
//!   entity mentions are read from the clusters, so an entity counts only if it is clustered; a
//!   mention inside the quantity, such as "Euro", or the speaker of the claim that covers the
//!   quantity does not count: the speaker is the attribution, not what is said).
//!
//! Groups with the same noun and compatible entities but different numbers, carried by disjoint
//! sets of documents, are merged into one group whose `disagreement` reads "2.000 vs 2.500
//! Feuerwehrleute". For percentages, money and units of measurement ("2,5 Prozent" against "0,2
//! Prozent") a disagreement needs a shared entity cluster, since the unit alone says little. Each member's attribution comes from the claim annotation that covers its
//! quantity: a named speaker gives `named_source`, an unnamed one ("Berichten zufolge") gives
//! `unnamed_source`, hedged and hearsay claims give `hedged` and `hearsay`, no claim gives
//! `stated`. Groups that only one document carries are kept and marked `single_source`.
//!
//! Candidates are only compared within blocks keyed by the normalised noun, never all pairs.
//!
//! Claims whose content holds no counted quantity ("Selenskyj sagte, die Ukraine werde nicht
//! aufgeben") are grouped by [`super::claim_groups`]: by speaker cluster, content entity clusters,
//! negation and the stems of their words (the main verb's stem among them); those groups have
//! [`Basis::Claim`].
//!
//! What it does not do: for quantities it does not compare main verbs or use string
//! similarity, so "2.000 Feuerwehrleute bekämpfen die Brände" and "2.000
//! Feuerwehrleute wurden abgezogen" are one statement when they share their entities; it does not
//! resolve descriptions ("die Einsatzkräfte") to a counted noun; it does not convert units ("2
//! Millionen Euro" and "2.000.000 Euro" match because the values are equal, "5 km" and "5.000 m"
//! do not); it uses no lemmatiser beyond the quantity extractor's lemma and the `-n` rule above.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::annotation::{Annotation, Annotations, Kind};
use crate::span::OffsetConverter;
use crate::tokenize;

use super::{claim_groups, EntityCluster};

/// What a statement group is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// A quantity with its counted noun ("mehr als 2.000 Feuerwehrleute").
    Quantity,
    /// A claim without a counted quantity: speaker, content entities and words
    /// ([`super::claim_groups`]).
    Claim,
}

/// One statement that one or more documents carry.
#[derive(Debug, Clone, Serialize)]
pub struct StatementGroup {
    /// Whether the group is held together by a quantity or by a claim's content.
    pub basis: Basis,
    /// A short German phrase for the statement: "mehr als 2.000 Feuerwehrleute" (the most
    /// frequent value and modifier among the members) for a quantity, "Speaker: „content“" (the
    /// shortest member's content) for a claim.
    pub summary: String,
    /// The ids of the documents that carry it, in input order.
    pub documents: Vec<String>,
    /// Every sentence (quantity) or claim content (claim) that makes the statement, ordered by
    /// document (input order) and position.
    pub members: Vec<StatementMember>,
    /// True when only one document carries it.
    pub single_source: bool,
    /// When documents give different numbers for the same noun and entities: the values, such
    /// as "2.000 vs 2.500 Feuerwehrleute".
    pub disagreement: Option<String>,
}

/// One sentence of one document that makes a statement (for a claim group: the claim's content).
#[derive(Debug, Clone, Serialize)]
pub struct StatementMember {
    /// The document id as given to [`group_statements`].
    pub doc: String,
    /// The sentence as written.
    pub text: String,
    /// Start of the sentence in UTF-16 code units.
    pub start: usize,
    /// End of the sentence in UTF-16 code units (exclusive).
    pub end: usize,
    /// The label of the claim that covers the quantity (`direct`, `indirect`, `according_to`,
    /// `hearsay`, `hedged`), or `stated` when no claim covers it.
    pub kind: String,
    /// The claim's speaker, if any.
    pub speaker: Option<String>,
    /// How the document attributes the statement: `stated`, `named_source`, `unnamed_source`,
    /// `hedged` or `hearsay`.
    pub attribution: String,
    /// The quantity the statement is grouped by (`None` in claim groups).
    pub quantity: Option<QuantityRef>,
}

/// The quantity of a statement.
#[derive(Debug, Clone, Serialize)]
pub struct QuantityRef {
    /// The value (the lower end for a range).
    pub value: f64,
    /// `exact`, `approx`, `more_than`, `less_than`, `up_to`, `at_least` or `range`.
    pub modifier: String,
    /// The lemma of the counted noun or unit, as the quantity extractor gives it.
    pub unit_lemma: Option<String>,
}

/// Speakers of an `according_to` claim that name no source ("Berichten zufolge").
const UNNAMED_SPEAKERS: &[&str] = &[
    "berichten",
    "bericht",
    "berichte",
    "medienberichten",
    "medienbericht",
    "medienberichte",
    "medien",
    "informationen",
    "angaben",
    "kreisen",
    "quellen",
    "insidern",
    "beobachtern",
    "schätzungen",
    "unbestätigten",
    "man",
];

/// One quantified sentence before grouping.
struct Candidate {
    doc: usize,
    /// The quantity's own extent in UTF-16 code units.
    at: (usize, usize),
    member: StatementMember,
    value: f64,
    high: Option<f64>,
    modifier: String,
    unit_lemma: String,
    entities: BTreeSet<usize>,
    /// A percentage, an amount of money or a unit of measurement: these say little on their own,
    /// so a disagreement needs a shared entity.
    generic: bool,
}

/// Groups the quantified statements of `docs` (id, text, annotations of that text) into
/// recurring statements; `clusters` are the entity clusters of the same documents (as
/// [`super::cluster_entities`] returns them), used to require a shared entity.
///
/// Groups are ordered by the number of documents that carry them (most first), then by where
/// they first occur. Never panics; quantities without a value or a counted noun are skipped.
pub fn group_statements(
    docs: &[(&str, &str, &Annotations)],
    clusters: &[EntityCluster],
) -> Vec<StatementGroup> {
    // Entity mentions per document id: (start, end, cluster index).
    let mut mentions: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        for m in &c.mentions {
            mentions
                .entry(m.doc.as_str())
                .or_default()
                .push((m.start, m.end, ci));
        }
    }

    let mut candidates = Vec::new();
    for (di, (id, text, ann)) in docs.iter().enumerate() {
        let empty = Vec::new();
        let doc_mentions = mentions.get(id).unwrap_or(&empty);
        collect_candidates(di, id, text, ann, doc_mentions, &mut candidates);
    }

    // Blocks keyed by the normalised noun.
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        blocks.entry(noun_key(&c.unit_lemma)).or_default().push(i);
    }

    let mut groups: Vec<(Vec<usize>, Option<String>)> = Vec::new();
    let mut keys: Vec<&String> = blocks.keys().collect();
    keys.sort();
    for key in keys {
        let Some(block) = blocks.get(key) else {
            continue;
        };
        groups.extend(group_block(block, &candidates));
    }

    let mut out: Vec<(usize, usize, StatementGroup)> = groups
        .into_iter()
        .filter_map(|(mut idx, disagreement)| {
            idx.sort_by_key(|&i| (candidates[i].doc, candidates[i].member.start));
            let first = *idx.first()?;
            let mut documents: Vec<(usize, String)> = idx
                .iter()
                .map(|&i| (candidates[i].doc, candidates[i].member.doc.clone()))
                .collect();
            documents.dedup();
            let documents: Vec<String> = documents.into_iter().map(|(_, d)| d).collect();
            let summary = summary_of(&idx, &candidates);
            let members: Vec<StatementMember> =
                idx.iter().map(|&i| candidates[i].member.clone()).collect();
            Some((
                candidates[first].doc,
                candidates[first].member.start,
                StatementGroup {
                    basis: Basis::Quantity,
                    summary,
                    single_source: documents.len() <= 1,
                    documents,
                    members,
                    disagreement,
                },
            ))
        })
        .collect();
    out.extend(claim_statement_groups(
        docs,
        clusters,
        &mentions,
        &candidates,
    ));
    out.sort_by(|a, b| {
        b.2.documents
            .len()
            .cmp(&a.2.documents.len())
            .then(a.0.cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    out.into_iter().map(|(_, _, g)| g).collect()
}

/// The claim groups of `docs` as (first document, first start, group); `quantified` are the
/// quantity candidates, whose claims are left to the quantity groups.
fn claim_statement_groups(
    docs: &[(&str, &str, &Annotations)],
    clusters: &[EntityCluster],
    mentions: &HashMap<&str, Vec<(usize, usize, usize)>>,
    quantified: &[Candidate],
) -> Vec<(usize, usize, StatementGroup)> {
    let stemmer = claim_groups::german_stemmer();
    let mut cands = Vec::new();
    for (di, (id, text, ann)) in docs.iter().enumerate() {
        let quantities: Vec<(usize, usize)> = quantified
            .iter()
            .filter(|c| c.doc == di)
            .map(|c| c.at)
            .collect();
        let doc_mentions = mentions.get(id).map_or(&[][..], Vec::as_slice);
        let doc = claim_groups::ClaimDoc {
            index: di,
            id,
            text,
            ann,
            mentions: doc_mentions,
            quantities: &quantities,
        };
        claim_groups::collect(&doc, clusters, &stemmer, &mut cands);
    }
    claim_groups::group(&cands)
        .into_iter()
        .filter_map(|mut idx| {
            idx.sort_by_key(|&i| (cands[i].doc, cands[i].member.start));
            let first = *idx.first()?;
            let mut documents: Vec<(usize, String)> = idx
                .iter()
                .map(|&i| (cands[i].doc, cands[i].member.doc.clone()))
                .collect();
            documents.dedup();
            let documents: Vec<String> = documents.into_iter().map(|(_, d)| d).collect();
            Some((
                cands[first].doc,
                cands[first].member.start,
                StatementGroup {
                    basis: Basis::Claim,
                    summary: claim_groups::summary(&idx, &cands),
                    single_source: documents.len() <= 1,
                    documents,
                    members: idx.iter().map(|&i| cands[i].member.clone()).collect(),
                    disagreement: None,
                },
            ))
        })
        .collect()
}

/// The quantified sentences of one document.
fn collect_candidates(
    di: usize,
    id: &str,
    text: &str,
    ann: &Annotations,
    doc_mentions: &[(usize, usize, usize)],
    out: &mut Vec<Candidate>,
) {
    let tokenized = tokenize::tokenize(text);
    let conv = OffsetConverter::new(text);
    // Sentences as (utf16 start, utf16 end, byte span).
    let sentences: Vec<(usize, usize, crate::span::Span)> = tokenized
        .sentences
        .iter()
        .map(|s| {
            (
                conv.position(s.span.start).utf16,
                conv.position(s.span.end).utf16,
                s.span,
            )
        })
        .collect();
    let claims: Vec<&Annotation> = ann.spans.iter().filter(|a| a.kind == Kind::Claim).collect();
    for q in ann.spans.iter().filter(|a| a.kind == Kind::Quantity) {
        let Some(value) = q.attrs.value.as_deref().and_then(parse_value) else {
            continue;
        };
        let Some(lemma) = q
            .attrs
            .unit_lemma
            .as_deref()
            .or(q.attrs.unit.as_deref())
            .filter(|l| !l.trim().is_empty())
        else {
            continue;
        };
        let (qs, qe) = (q.at.start_utf16, q.at.end_utf16);
        // The sentence holding the quantity's start (sentences are in text order).
        let idx = sentences.partition_point(|s| s.1 <= qs);
        let Some(&(ss, se, span)) = sentences.get(idx).filter(|s| s.0 <= qs) else {
            continue;
        };
        let sentence_text = text.get(span.start..span.end).unwrap_or_default();
        let claim = claims
            .iter()
            .filter(|c| c.at.start_utf16 <= qs && qe <= c.at.end_utf16)
            .min_by_key(|c| c.at.end_utf16 - c.at.start_utf16);
        let (kind, speaker, attribution) = attribution_of(claim.copied());
        // The speaker is the attribution, not the content: "Newsom sagte, 3 Millionen Euro" and
        // "Biden sagte, 3 Millionen Euro" make one statement with two named sources.
        let speaker_at = claim
            .and_then(|c| c.attrs.speaker_at.as_ref())
            .map(|x| (x.start_utf16, x.end_utf16));
        let entities: BTreeSet<usize> = doc_mentions
            .iter()
            .filter(|&&(s, e, _)| s >= ss && e <= se && (e <= qs || s >= qe))
            .filter(|&&(s, e, _)| speaker_at.is_none_or(|(xs, xe)| e <= xs || s >= xe))
            .map(|&(_, _, c)| c)
            .collect();
        let modifier = q
            .attrs
            .modifier
            .clone()
            .unwrap_or_else(|| "exact".to_string());
        let high = q.attrs.value_high.as_deref().and_then(parse_value);
        out.push(Candidate {
            doc: di,
            at: (qs, qe),
            member: StatementMember {
                doc: id.to_string(),
                text: sentence_text.to_string(),
                start: ss,
                end: se,
                kind,
                speaker,
                attribution,
                quantity: Some(QuantityRef {
                    value,
                    modifier: modifier.clone(),
                    unit_lemma: q.attrs.unit_lemma.clone(),
                }),
            },
            value,
            high,
            modifier,
            unit_lemma: lemma.to_string(),
            entities,
            generic: q.label == "PERCENT" || q.label == "MONEY" || is_unit(lemma),
        });
    }
}

/// Claim label, speaker and attribution of a statement covered by `claim`.
pub(super) fn attribution_of(claim: Option<&Annotation>) -> (String, Option<String>, String) {
    let Some(c) = claim else {
        return ("stated".into(), None, "stated".into());
    };
    let certainty = c.attrs.certainty.as_deref().unwrap_or_default();
    let speaker = c.attrs.speaker.clone();
    let attribution = if c.label == "hedged" || certainty == "hedged" {
        "hedged"
    } else if c.label == "hearsay" || certainty == "hearsay" {
        "hearsay"
    } else {
        match speaker.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() && !UNNAMED_SPEAKERS.contains(&s.to_lowercase().as_str()) => {
                "named_source"
            }
            _ => "unnamed_source",
        }
    };
    (c.label.clone(), speaker, attribution.to_string())
}

/// Units of measurement (lower case), for which a differing number alone is no disagreement.
const UNITS: &[&str] = &[
    "%",
    "prozent",
    "prozentpunkte",
    "euro",
    "dollar",
    "franken",
    "pfund",
    "meter",
    "kilometer",
    "km",
    "m",
    "zentimeter",
    "cm",
    "millimeter",
    "mm",
    "hektar",
    "quadratkilometer",
    "km²",
    "tonnen",
    "kilogramm",
    "kg",
    "gramm",
    "liter",
    "grad",
    "stunden",
    "minuten",
    "sekunden",
    "tage",
    "wochen",
    "monate",
    "jahre",
    "kilowattstunden",
    "megawatt",
    "gigawatt",
];

fn is_unit(lemma: &str) -> bool {
    UNITS.contains(&lemma.trim().to_lowercase().as_str())
}

/// Parses a plain decimal string; rejects non-finite values.
fn parse_value(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The block key of a counted noun: lower case, a dative plural `-n` after `e` removed
/// ("Feuerwehrleuten" → "feuerwehrleute", "Kindern" → "kinder").
pub fn noun_key(lemma: &str) -> String {
    let lower = lemma.trim().to_lowercase();
    if lower.chars().count() > 3 && (lower.ends_with("en") || lower.ends_with("ern")) {
        let mut s = lower;
        s.pop();
        return s;
    }
    lower
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `1` for "more than / at least", `-1` for "less than / up to", `0` otherwise.
fn direction(modifier: &str) -> i8 {
    match modifier {
        "more_than" | "at_least" => 1,
        "less_than" | "up_to" => -1,
        _ => 0,
    }
}

/// The interval a quantity stands for, when it is a range.
fn range_of(c: &Candidate) -> Option<(f64, f64)> {
    match (c.modifier.as_str(), c.high) {
        ("range", Some(h)) => Some((c.value.min(h), c.value.max(h))),
        _ => None,
    }
}

/// Whether two quantities can state the same number.
fn values_compatible(a: &Candidate, b: &Candidate) -> bool {
    match (range_of(a), range_of(b)) {
        (Some((l1, h1)), Some((l2, h2))) => l1 <= h2 && l2 <= h1,
        (Some((l, h)), None) => l <= b.value && b.value <= h,
        (None, Some((l, h))) => l <= a.value && a.value <= h,
        (None, None) => {
            same(a.value, b.value) && direction(&a.modifier) * direction(&b.modifier) >= 0
        }
    }
}

fn entities_compatible(a: &BTreeSet<usize>, b: &BTreeSet<usize>) -> bool {
    a.is_empty() || b.is_empty() || a.intersection(b).next().is_some()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups one block of candidates (same noun): first by agreeing values, then merges agreeing
/// groups with different numbers into a disagreement when they share entities and no document
/// carries both.
fn group_block(block: &[usize], cands: &[Candidate]) -> Vec<(Vec<usize>, Option<String>)> {
    let n = block.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let join = |parent: &mut Vec<usize>, i: usize, j: usize| {
        let (a, b) = (&cands[block[i]], &cands[block[j]]);
        if values_compatible(a, b) && entities_compatible(&a.entities, &b.entities) {
            let (ri, rj) = (find(parent, i), find(parent, j));
            if ri != rj {
                parent[rj] = ri;
            }
        }
    };
    // Agreement. Single values are only compared within sub-blocks of equal value; a range is
    // compared with the single values it contains (found by binary search) and with other ranges.
    let mut by_value: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut ranges: Vec<(usize, f64, f64)> = Vec::new();
    for (i, &c) in block.iter().enumerate() {
        match range_of(&cands[c]) {
            Some((l, h)) => ranges.push((i, l, h)),
            None => by_value
                .entry(cands[c].value.to_bits())
                .or_default()
                .push(i),
        }
    }
    let mut sub_blocks: Vec<&Vec<usize>> = by_value.values().collect();
    sub_blocks.sort();
    for sub in &sub_blocks {
        // Within one value, candidates with the same direction and the same entities agree with
        // each other and with the same others: join them at once, then compare one
        // representative per distinct signature (few, even when hundreds of articles repeat a
        // number).
        let mut by_signature: HashMap<(i8, &BTreeSet<usize>), Vec<usize>> = HashMap::new();
        for &i in sub.iter() {
            let c = &cands[block[i]];
            by_signature
                .entry((direction(&c.modifier), &c.entities))
                .or_default()
                .push(i);
        }
        let mut reps: Vec<usize> = Vec::with_capacity(by_signature.len());
        for members in by_signature.values() {
            for &j in &members[1..] {
                join(&mut parent, members[0], j);
            }
            reps.push(members[0]);
        }
        reps.sort_unstable();
        for (k, &i) in reps.iter().enumerate() {
            for &j in &reps[k + 1..] {
                join(&mut parent, i, j);
            }
        }
    }
    let mut singles: Vec<(f64, usize)> = sub_blocks
        .iter()
        .flat_map(|sub| sub.iter().map(|&i| (cands[block[i]].value, i)))
        .collect();
    singles.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    for (k, &(i, l, h)) in ranges.iter().enumerate() {
        let from = singles.partition_point(|s| s.0 < l);
        for &(v, j) in &singles[from..] {
            if v > h {
                break;
            }
            join(&mut parent, i, j);
        }
        for &(j, _, _) in &ranges[k + 1..] {
            join(&mut parent, i, j);
        }
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut root_index: HashMap<usize, usize> = HashMap::new();
    for (i, &cand) in block.iter().enumerate() {
        let r = find(&mut parent, i);
        let k = *root_index.entry(r).or_insert_with(|| {
            parts.push(Part::default());
            parts.len() - 1
        });
        if let Some(p) = parts.get_mut(k) {
            let c = &cands[cand];
            p.members.push(cand);
            p.docs.insert(c.doc);
            p.entities.extend(c.entities.iter().copied());
            p.generic |= c.generic;
        }
    }
    // Disagreement. Larger (more documents) agreeing parts first; they absorb disagreeing ones.
    parts.sort_by_key(|p| std::cmp::Reverse(p.docs.len()));
    let mut used = vec![false; parts.len()];
    let mut out = Vec::new();
    for i in 0..parts.len() {
        if used[i] {
            continue;
        }
        used[i] = true;
        let mut taken: Vec<&Vec<usize>> = vec![&parts[i].members];
        let mut docs = parts[i].docs.clone();
        let mut ents = parts[i].entities.clone();
        let mut generic = parts[i].generic;
        for j in (i + 1)..parts.len() {
            if used[j] {
                continue;
            }
            let other = &parts[j];
            let entities_fit = if generic || other.generic {
                ents.intersection(&other.entities).next().is_some()
            } else {
                entities_compatible(&ents, &other.entities)
            };
            if entities_fit && docs.is_disjoint(&other.docs) {
                used[j] = true;
                docs.extend(other.docs.iter().copied());
                ents.extend(other.entities.iter().copied());
                generic |= other.generic;
                taken.push(&other.members);
            }
        }
        let disagreement = (taken.len() > 1).then(|| disagreement_of(&taken, cands));
        let members: Vec<usize> = taken.iter().flat_map(|p| p.iter().copied()).collect();
        out.push((members, disagreement));
    }
    out
}

/// One set of agreeing candidates within a block.
#[derive(Default)]
struct Part {
    members: Vec<usize>,
    docs: BTreeSet<usize>,
    entities: BTreeSet<usize>,
    generic: bool,
}

/// At most this many numbers are listed in a disagreement; the rest are counted.
const MAX_SHOWN: usize = 5;

/// "2.000 vs 2.500 Feuerwehrleute": the representative number of each agreeing part, in order of
/// first occurrence; with modifiers when the numbers alone are equal; after [`MAX_SHOWN`] numbers,
/// "vs 3 weitere".
fn disagreement_of(parts: &[&Vec<usize>], cands: &[Candidate]) -> String {
    let mut reps: Vec<(usize, usize, usize)> = parts
        .iter()
        .filter_map(|p| {
            let rep = representative(p, cands)?;
            let first = p
                .iter()
                .map(|&i| (cands[i].doc, cands[i].member.start))
                .min()?;
            Some((first.0, first.1, rep))
        })
        .collect();
    reps.sort();
    let numbers: Vec<String> = reps.iter().map(|r| number_of(&cands[r.2])).collect();
    let distinct: BTreeSet<&String> = numbers.iter().collect();
    let shown: Vec<String> = if distinct.len() == numbers.len() {
        numbers
    } else {
        reps.iter()
            .map(|r| phrase_of(&cands[r.2]).trim().to_string())
            .collect()
    };
    let noun = reps
        .first()
        .map(|r| cands[r.2].unit_lemma.clone())
        .unwrap_or_default();
    let more = shown.len().saturating_sub(MAX_SHOWN);
    let mut text = shown
        .into_iter()
        .take(MAX_SHOWN)
        .collect::<Vec<_>>()
        .join(" vs ");
    if more > 0 {
        text.push_str(&format!(" vs {more} weitere"));
    }
    format!("{text} {noun}")
}

/// The member whose value and modifier occur most often (ties: first).
fn representative(idx: &[usize], cands: &[Candidate]) -> Option<usize> {
    let mut counts: HashMap<(u64, &str), usize> = HashMap::new();
    for &i in idx {
        *counts
            .entry((cands[i].value.to_bits(), cands[i].modifier.as_str()))
            .or_default() += 1;
    }
    let mut best: Option<(usize, usize)> = None;
    for &i in idx {
        let count = counts
            .get(&(cands[i].value.to_bits(), cands[i].modifier.as_str()))
            .copied()
            .unwrap_or(0);
        if best.is_none_or(|(_, c)| count > c) {
            best = Some((i, count));
        }
    }
    best.map(|(i, _)| i)
}

fn summary_of(idx: &[usize], cands: &[Candidate]) -> String {
    match representative(idx, cands) {
        Some(i) => format!("{}{}", phrase_of(&cands[i]), cands[i].unit_lemma),
        None => String::new(),
    }
}

/// The number of a quantity written the German way: "2.000", "1,5 Millionen", "1.500 bis 2.500".
fn number_of(c: &Candidate) -> String {
    match range_of(c) {
        Some((l, h)) => format!("{} bis {}", german_number(l), german_number(h)),
        None => german_number(c.value),
    }
}

/// The modifier and number, with a trailing space: "mehr als 2.000 ", "zwischen 5 und 7 ".
fn phrase_of(c: &Candidate) -> String {
    if let Some((l, h)) = range_of(c) {
        return format!("zwischen {} und {} ", german_number(l), german_number(h));
    }
    let prefix = match c.modifier.as_str() {
        "approx" => "rund ",
        "more_than" => "mehr als ",
        "less_than" => "weniger als ",
        "up_to" => "bis zu ",
        "at_least" => "mindestens ",
        _ => "",
    };
    format!("{prefix}{} ", german_number(c.value))
}

/// A number the German way: thousands with `.`, decimals with `,`; millions and billions as
/// words ("3 Millionen", "1,5 Milliarden").
pub fn german_number(v: f64) -> String {
    let a = v.abs();
    for (scale, one, many) in [
        (1e9, "Milliarde", "Milliarden"),
        (1e6, "Million", "Millionen"),
    ] {
        if a >= scale {
            let x = v / scale;
            let word = if same(x, 1.0) { one } else { many };
            return format!("{} {word}", plain_german(x));
        }
    }
    plain_german(v)
}

fn plain_german(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let s = format!("{:.2}", rounded.abs());
    let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    let digits: Vec<char> = int.chars().collect();
    for (k, ch) in digits.iter().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(*ch);
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&grouped);
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_the_german_way() {
        assert_eq!(german_number(2000.0), "2.000");
        assert_eq!(german_number(300.0), "300");
        assert_eq!(german_number(0.2), "0,2");
        assert_eq!(german_number(1_500_000.0), "1,5 Millionen");
        assert_eq!(german_number(1e9), "1 Milliarde");
        assert_eq!(german_number(1234567.0), "1,23 Millionen");
    }

    #[test]
    fn noun_keys_drop_case_and_dative_n() {
        assert_eq!(noun_key("Feuerwehrleuten"), noun_key("Feuerwehrleute"));
        assert_eq!(noun_key("Kindern"), noun_key("Kinder"));
        assert_eq!(noun_key("Euro"), "euro");
        assert_ne!(noun_key("Hektar"), noun_key("Häuser"));
    }
}
