//! The golden temporal cases in a real browser (`wasm-pack test --headless --chrome --test
//! timex_browser`), with the same runner as natively, and the tagger's throughput there.
#![cfg(target_arch = "wasm32")]

mod common;

use randnotiz::timex::{Anchor, DateTagger};
use randnotiz::tokenize::tokenize;
use randnotiz::Date;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CASES: &str = include_str!("timex/cases.tsv");

#[wasm_bindgen_test]
fn golden_cases_pass_in_the_browser() {
    let (n, failures) = common::run_cases(CASES);
    assert!(n >= 200, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test]
fn throughput_in_the_browser() {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    let sentences: Vec<&str> = CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    let mut text = String::new();
    while text.len() < 300_000 {
        for s in &sentences {
            text.push_str(s);
            text.push_str(" Die Regierung wies die Vorwürfe zurück. ");
        }
    }
    let tokens = tokenize(&text);
    let tagger = DateTagger::new();
    let anchor = Anchor::user(Date {
        year: 2024,
        month: 11,
        day: 6,
    });
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t0 = performance.now();
        let found = tagger.annotate(&text, &tokens, Some(&anchor));
        best = best.min(performance.now() - t0);
        assert!(!found.is_empty());
    }
    let mbps = text.len() as f64 / 1e6 / (best / 1e3);
    console_log!(
        "timex in the browser: {mbps:.1} MB/s ({} bytes)",
        text.len()
    );
}
