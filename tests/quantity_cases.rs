//! Table-driven tests of the quantity extractor: every row of `tests/quantity/cases.tsv` (see the
//! header of that file for the columns). All failures are collected and reported together.

use randnotiz::quantity::{format_value, Quantity, QuantityExtractor};
use randnotiz::tokenize::tokenize;

const CASES: &str = include_str!("quantity/cases.tsv");

fn opt(s: &str) -> Option<&str> {
    (s != "-").then_some(s)
}

fn describe(text: &str, q: &Quantity) -> String {
    format!(
        "{:?} value={} high={:?} unit={:?} lemma={:?} {:?} {:?}",
        q.span.slice(text),
        format_value(q.value),
        q.value_high.map(format_value),
        q.unit,
        q.unit_lemma,
        q.modifier,
        q.label
    )
}

fn check(ex: &QuantityExtractor, cols: &[&str]) -> Result<(), String> {
    let text = cols[0];
    let found = ex.extract(text, &tokenize(text));
    let all = || {
        found
            .iter()
            .map(|q| describe(text, q))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if cols.len() == 2 && cols[1] == "-" {
        return if found.is_empty() {
            Ok(())
        } else {
            Err(format!("expected no quantity, found {}", all()))
        };
    }
    if cols.len() != 8 {
        return Err(format!("row has {} columns, expected 8 (or 2)", cols.len()));
    }
    let Some(q) = found.iter().find(|q| q.span.slice(text) == cols[1]) else {
        return Err(format!("no quantity {:?}; found {}", cols[1], all()));
    };
    let got = [
        format_value(q.value),
        q.value_high.map_or("-".into(), format_value),
        q.unit.clone().unwrap_or_else(|| "-".into()),
        q.unit_lemma.clone().unwrap_or_else(|| "-".into()),
        serde_json::to_value(q.modifier)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
        q.label.as_str().to_string(),
    ];
    let want = &cols[2..8];
    let names = [
        "value",
        "value_high",
        "unit",
        "unit_lemma",
        "modifier",
        "label",
    ];
    let diffs: Vec<String> = names
        .iter()
        .zip(got.iter().zip(want))
        .filter(|(_, (g, w))| g.as_str() != **w)
        .map(|(n, (g, w))| format!("{n}: got {g:?}, want {w:?}"))
        .collect();
    // the span must be exactly the text, also in a text with multi-byte characters
    assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join(", "))
    }
}

#[test]
fn quantity_cases() {
    let ex = QuantityExtractor::new();
    let mut failures = Vec::new();
    let (mut positives, mut negatives) = (0, 0);
    for (line_no, line) in CASES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 2 && opt(cols[1]).is_none() {
            negatives += 1;
        } else {
            positives += 1;
        }
        if let Err(e) = check(&ex, &cols) {
            failures.push(format!("line {}: {}\n    {e}", line_no + 1, cols[0]));
        }
    }
    assert!(
        positives + negatives >= 120,
        "only {} cases",
        positives + negatives
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases fail ({positives} positive, {negatives} negative):\n{}",
        failures.len(),
        positives + negatives,
        failures.join("\n")
    );
}

#[test]
fn annotations_carry_the_attributes() {
    let text = "Zwischen 5.000 und 7.000 Menschen demonstrierten.";
    let a = QuantityExtractor::new().annotate(text, &tokenize(text));
    assert_eq!(a.len(), 1);
    let attrs = &a[0].attrs;
    assert_eq!(a[0].label, "QUANTITY");
    assert_eq!(attrs.value.as_deref(), Some("5000"));
    assert_eq!(attrs.value_high.as_deref(), Some("7000"));
    assert_eq!(attrs.unit.as_deref(), Some("Menschen"));
    assert_eq!(attrs.unit_lemma.as_deref(), Some("Menschen"));
    assert_eq!(attrs.modifier.as_deref(), Some("range"));
}

#[test]
fn pipeline_marks_quantities_with_offsets() {
    let doc = randnotiz::Document::new("🚒 Über 2.000 Feuerwehrleute löschen.");
    let ann = randnotiz::Annotator::new()
        .expect("embedded model loads")
        .annotate(&doc)
        .expect("annotates");
    let q = ann
        .spans
        .iter()
        .find(|s| s.kind == randnotiz::Kind::Quantity)
        .expect("a quantity");
    assert_eq!(q.text, "Über 2.000 Feuerwehrleute");
    assert_eq!(q.at.start_char, 2);
    assert_eq!(q.at.start_utf16, 3);
    let json = serde_json::to_value(q).expect("serializes");
    assert_eq!(json["attrs"]["value"], "2000");
    assert_eq!(json["attrs"]["modifier"], "more_than");
}
