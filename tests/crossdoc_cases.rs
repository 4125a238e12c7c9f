//! Runs the multi-document cases of `tests/crossdoc/cases.json` through
//! [`randnotiz::cluster_entities`].
//!
//! The entity mentions come from the case file, not from the tagger: each article marks them as
//! `[[Olaf Scholz|PER]]`; the runner strips the markup and builds [`Annotations`] from the spans,
//! so the cases test the clustering alone, whatever mistakes the model makes.
//!
//! A case lists groups of references that must be `together` (all their mentions in one cluster)
//! or `apart` (no cluster holds mentions of two of them), and optionally expected canonical
//! `names`. A reference is a surface form as written (`"Biden"`), or `"N:surface"` for its
//! mentions in article N only (counted from 1). Every failing check of every case is reported.

use std::collections::BTreeSet;

use randnotiz::{cluster_entities, Annotation, Annotations, EntityCluster, Kind, Lang, Span};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[allow(dead_code)]
    rule: String,
    docs: Vec<String>,
    #[serde(default)]
    together: Vec<Vec<String>>,
    #[serde(default)]
    apart: Vec<Vec<String>>,
    #[serde(default)]
    names: std::collections::BTreeMap<String, String>,
}

/// Strips `[[surface|LABEL]]` markup: the plain text and the entity annotations in it.
fn parse(marked: &str) -> Result<(String, Vec<Annotation>), String> {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("]]")
            .ok_or_else(|| format!("unclosed [[ in {marked:?}"))?;
        let inner = &after[..close];
        let (surface, label) = inner
            .rsplit_once('|')
            .ok_or_else(|| format!("no |LABEL in [[{inner}]]"))?;
        let start = text.len();
        text.push_str(surface);
        spans.push(Annotation::new(
            Kind::Entity,
            label,
            Span::new(start, text.len()),
        ));
        rest = &after[close + 2..];
    }
    text.push_str(rest);
    Ok((text, spans))
}

/// Indices of the clusters holding mentions that `reference` names (see the module docs).
fn clusters_of(
    clusters: &[EntityCluster],
    ids: &[String],
    reference: &str,
) -> Result<BTreeSet<usize>, String> {
    let (doc, surface) = match reference.split_once(':') {
        Some((n, s)) if n.chars().all(|c| c.is_ascii_digit()) => {
            let n: usize = n
                .parse()
                .map_err(|_| format!("bad reference {reference}"))?;
            let id = ids
                .get(n.wrapping_sub(1))
                .ok_or_else(|| format!("no article {n} in {reference}"))?;
            (Some(id.as_str()), s)
        }
        _ => (None, reference),
    };
    let found: BTreeSet<usize> = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.mentions
                .iter()
                .any(|m| m.text == surface && doc.is_none_or(|d| d == m.doc))
        })
        .map(|(i, _)| i)
        .collect();
    if found.is_empty() {
        return Err(format!("reference {reference:?} matches no mention"));
    }
    Ok(found)
}

fn describe(clusters: &[EntityCluster]) -> String {
    clusters
        .iter()
        .map(|c| {
            let ms: Vec<String> = c
                .mentions
                .iter()
                .map(|m| format!("{}:{}", m.doc, m.text))
                .collect();
            format!("  {} [{}] = {}", c.name, c.label, ms.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run_case(case: &Case) -> Result<(), String> {
    let mut texts = Vec::new();
    let mut anns = Vec::new();
    let ids: Vec<String> = (1..=case.docs.len()).map(|i| format!("doc{i}")).collect();
    let mut n_entities = 0;
    for d in &case.docs {
        let (text, spans) = parse(d)?;
        n_entities += spans.len();
        anns.push(Annotations::new(&text, Lang::De, None, spans));
        texts.push(text);
    }
    let input: Vec<(&str, &str, &Annotations)> = ids
        .iter()
        .zip(&texts)
        .zip(&anns)
        .map(|((i, t), a)| (i.as_str(), t.as_str(), a))
        .collect();
    let clusters = cluster_entities(&input);
    let mut errors = Vec::new();

    // Every mention exactly once, at offsets that give back its text.
    let total: usize = clusters.iter().map(|c| c.mentions.len()).sum();
    if total != n_entities {
        errors.push(format!("{total} mentions in clusters, {n_entities} marked"));
    }
    for c in &clusters {
        for m in &c.mentions {
            let k = ids.iter().position(|i| *i == m.doc).unwrap_or(0);
            let utf16: Vec<u16> = texts[k].encode_utf16().collect();
            let got = utf16
                .get(m.start..m.end)
                .map(String::from_utf16_lossy)
                .unwrap_or_default();
            if got != m.text {
                errors.push(format!("offsets of {:?} give {got:?}", m.text));
            }
            if anns[k].spans.get(m.span_index).map(|a| a.text.as_str()) != Some(m.text.as_str()) {
                errors.push(format!("span_index of {:?} is wrong", m.text));
            }
        }
    }
    for group in &case.together {
        let mut all = BTreeSet::new();
        for r in group {
            all.extend(clusters_of(&clusters, &ids, r)?);
        }
        if all.len() != 1 {
            errors.push(format!("not together: {group:?}"));
        }
    }
    for group in &case.apart {
        let sets: Vec<BTreeSet<usize>> = group
            .iter()
            .map(|r| clusters_of(&clusters, &ids, r))
            .collect::<Result<_, _>>()?;
        for i in 0..sets.len() {
            for j in i + 1..sets.len() {
                if !sets[i].is_disjoint(&sets[j]) {
                    errors.push(format!("not apart: {:?} / {:?}", group[i], group[j]));
                }
            }
        }
    }
    for (r, want) in &case.names {
        for c in clusters_of(&clusters, &ids, r)? {
            if clusters[c].name != *want {
                errors.push(format!(
                    "name of {r:?}: {:?}, want {want:?}",
                    clusters[c].name
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\nclusters:\n{}",
            errors.join("\n"),
            describe(&clusters)
        ))
    }
}

#[test]
fn crossdoc_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/crossdoc/cases.json");
    let raw = std::fs::read_to_string(path).expect("tests/crossdoc/cases.json is readable");
    let file: File = serde_json::from_str(&raw).expect("cases.json is valid");
    assert!(file.cases.len() >= 30, "only {} cases", file.cases.len());
    let mut failures = Vec::new();
    for case in &file.cases {
        assert!(
            (2..=4).contains(&case.docs.len()),
            "{}: two to four articles",
            case.name
        );
        if let Err(e) = run_case(case) {
            failures.push(format!("case {}: {e}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        file.cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn markup_is_parsed() {
    let (text, spans) = parse("„[[Größe|OTH]]“ 😀 [[Ri Son-gwon|PER]].").unwrap();
    assert_eq!(text, "„Größe“ 😀 Ri Son-gwon.");
    assert_eq!(spans[0].span().slice(&text), "Größe");
    assert_eq!(spans[1].span().slice(&text), "Ri Son-gwon");
    assert_eq!(spans[1].label, "PER");
}
