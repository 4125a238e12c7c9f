//! Shared by the statement test suites: runs short articles through the real annotator, the
//! entity clustering and the statement grouping.

#![allow(dead_code)]

use std::sync::OnceLock;

use randnotiz::crossdoc::statements::{group_statements, StatementGroup};
use randnotiz::{cluster_entities, Annotations, Annotator, Document};

/// One annotator for the whole test binary (the model loads once).
pub fn annotator() -> &'static Annotator {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(|| Annotator::new().expect("embedded model loads"))
}

/// Annotates every article (id, text), clusters the entities and groups the statements.
pub fn group(docs: &[(&str, &str)]) -> Vec<StatementGroup> {
    let anns: Vec<Annotations> = docs
        .iter()
        .map(|(_, t)| annotator().annotate(&Document::new(*t)).expect("annotates"))
        .collect();
    let input: Vec<(&str, &str, &Annotations)> = docs
        .iter()
        .zip(&anns)
        .map(|((id, t), a)| (*id, *t, a))
        .collect();
    let clusters = cluster_entities(&input);
    group_statements(&input, &clusters)
}
