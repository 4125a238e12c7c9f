//! Shared test helpers: the runner of the golden temporal cases (`tests/timex/cases.tsv`), kept
//! free of test-framework code so that the browser tests can call it too.

#![allow(dead_code)]

use randnotiz::timex::{Anchor, DateTagger};
use randnotiz::tokenize::tokenize;
use randnotiz::Date;

/// One golden case.
#[derive(Debug, Clone)]
pub struct Case {
    /// Line in the file (1-based).
    pub line: usize,
    /// The user-set anchor, if any.
    pub anchor: Option<Date>,
    /// The text (`\n` in the file is a line break).
    pub text: String,
    /// Expected items: `extent|TYPE|value`, or `@anchor|source|date`.
    pub expected: Vec<String>,
}

/// Parses the case file; panics with the line number on a malformed line (it is test data).
pub fn parse_cases(tsv: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for (k, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "line {}: expected 3 tab-separated columns",
            k + 1
        );
        let anchor = match cols[0] {
            "-" => None,
            d => Some(
                d.parse()
                    .unwrap_or_else(|_| panic!("line {}: bad anchor {d}", k + 1)),
            ),
        };
        let expected = match cols[2].trim() {
            "-" => Vec::new(),
            e => e.split(" ; ").map(|s| s.trim().to_string()).collect(),
        };
        out.push(Case {
            line: k + 1,
            anchor,
            text: cols[1].replace("\\n", "\n"),
            expected,
        });
    }
    out
}

/// What the tagger returns for `case`, in the format of the expected column.
pub fn actual(tagger: &DateTagger, case: &Case) -> Vec<String> {
    let tokens = tokenize(&case.text);
    let mut out = Vec::new();
    let anchor = match case.anchor {
        Some(d) => Some(Anchor::user(d)),
        None => {
            let found = tagger.find_anchor(&case.text, &tokens);
            if let Some(a) = &found {
                let source = serde_json::to_value(a.source).expect("source serializes");
                out.push(format!(
                    "@anchor|{}|{}",
                    source.as_str().unwrap_or("?"),
                    a.date
                ));
            }
            found
        }
    };
    for a in tagger.annotate(&case.text, &tokens, anchor.as_ref()) {
        let extent = a.span().slice(&case.text);
        out.push(format!(
            "{extent}|{}|{}",
            a.label,
            a.attrs.value.as_deref().unwrap_or("")
        ));
    }
    out
}

/// Runs every case in `tsv`; returns the number of cases and a message per failing case.
pub fn run_cases(tsv: &str) -> (usize, Vec<String>) {
    let tagger = DateTagger::new();
    let cases = parse_cases(tsv);
    let mut failures = Vec::new();
    for case in &cases {
        let got = actual(&tagger, case);
        if got != case.expected {
            failures.push(format!(
                "line {}: {:?}\n    expected: {}\n    got:      {}",
                case.line,
                case.text,
                case.expected.join(" ; "),
                got.join(" ; ")
            ));
        }
    }
    (cases.len(), failures)
}
