//! Sanity check of the embedded entity model on the GermEval 2014 dev split: its outer-level
//! strict F1 must stay within three points of the figure in `models/README.md`.
//!
//! Needs `../shared/data/germeval2014/NER-de-dev.tsv` beside the crate. Without it the test says
//! so on one line and passes, except under CI (`CI=true`), where a missing file is a failure.

use randnotiz::ner::{conll, EntityTagger};

/// Dev F1 of the embedded model (see models/README.md) minus three points.
const DEV_F1_FLOOR: f64 = 74.1;

#[test]
fn embedded_model_scores_on_dev() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/germeval2014/NER-de-dev.tsv"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("ner_dev: GermEval dev data not found at {path}; NER sanity test not run");
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("GermEval dev data missing at {path} (required when CI=true)");
        }
        return;
    };
    let tagger = EntityTagger::embedded().expect("embedded model loads");
    let mut scores = conll::Scores::default();
    for s in conll::read(&text) {
        let pred = tagger.tag_tokens(&s.tokens());
        let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
        scores.add(&s.gold(), &pred);
    }
    println!("{}", scores.report());
    assert_eq!(scores.total.gold, 2674, "dev file has changed");
    assert!(
        scores.total.f1() >= DEV_F1_FLOOR,
        "dev F1 {:.2} is below the floor {DEV_F1_FLOOR}",
        scores.total.f1()
    );
}
