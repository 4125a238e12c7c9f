//! End to end: the real annotator (embedded entity model) on two short articles, then
//! [`randnotiz::cluster_entities`]; and the `randnotiz compare` command on the same articles.
#![cfg(not(target_arch = "wasm32"))]

use randnotiz::{cluster_entities, Annotations, Annotator, Document};
use serde_json::Value;

const A: &str =
    "Selenskyj bittet um Hilfe\n\nDer ukrainische Präsident Wolodymyr Selenskyj hat in \
Kiew um weitere Hilfe gebeten. Selenskyj sagte, die Lage sei ernst. Bundeskanzler Olaf Scholz \
sagte Unterstützung zu.\n";
const B: &str = "Scholz sagt Hilfe zu\nBundeskanzler Olaf Scholz hat dem ukrainischen Präsidenten \
Wolodymyr Selenskyj weitere Hilfe zugesagt. Scholz telefonierte am Montag mit Selenskyj.\n";

#[test]
fn annotator_and_clustering_merge_one_person_across_articles() {
    let annotator = Annotator::new().expect("embedded model loads");
    let anns: Vec<Annotations> = [A, B]
        .iter()
        .map(|t| annotator.annotate(&Document::new(*t)).expect("annotates"))
        .collect();
    let clusters = cluster_entities(&[("a", A, &anns[0]), ("b", B, &anns[1])]);
    let scholz = clusters
        .iter()
        .find(|c| c.name == "Olaf Scholz")
        .expect("a cluster named Olaf Scholz");
    assert_eq!(scholz.label, "PER");
    let docs: Vec<&str> = scholz.mentions.iter().map(|m| m.doc.as_str()).collect();
    assert!(docs.contains(&"a") && docs.contains(&"b"), "{scholz:?}");
    assert!(scholz.variants.iter().any(|v| v == "Scholz"), "{scholz:?}");
    for c in &clusters {
        for m in &c.mentions {
            let text = if m.doc == "a" { A } else { B };
            let utf16: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(String::from_utf16_lossy(&utf16[m.start..m.end]), m.text);
        }
    }
}

#[test]
fn compare_command_prints_documents_and_entities() {
    let dir = std::env::temp_dir().join(format!("randnotiz-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, A).expect("write a");
    std::fs::write(&b, B).expect("write b");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_randnotiz"))
        .arg("compare")
        .arg(&a)
        .arg(&b)
        .output()
        .expect("the randnotiz binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], a.to_str().expect("UTF-8 path"));
    assert_eq!(docs[0]["title"], "Selenskyj bittet um Hilfe");
    assert_eq!(docs[1]["title"], "Scholz sagt Hilfe zu");
    // No agency mark in the text: the source is the file name without its extension.
    assert_eq!(docs[0]["source"], "a");
    assert!(docs[0]["date"].is_null());
    assert!(v["statements"].is_array() && v["timeline"].is_array());
    let entities = v["entities"].as_array().expect("entities");
    let scholz = entities
        .iter()
        .find(|e| e["name"] == "Olaf Scholz")
        .expect("Olaf Scholz");
    assert_eq!(scholz["type"], "PER");
    let m = &scholz["mentions"][0];
    assert!(m["doc"].is_string() && m["start"].is_u64() && m["end"].is_u64());
    assert!(m.get("span_index").is_none());
}

#[test]
fn compare_command_reports_a_missing_file_and_goes_on() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_randnotiz"))
        .args(["compare", "/nonexistent/randnotiz-x.txt", "-"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the randnotiz binary runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("randnotiz-x.txt"));
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(1));
}
