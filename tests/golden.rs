//! Golden-file tests of the `randnotiz annotate` CLI on German articles written for this project
//! (`tests/golden/articles/*.txt`). Each run's JSON must equal `tests/golden/expected/NAME.json`;
//! after a deliberate change, regenerate with `UPDATE_GOLDEN=1 cargo test --test golden` and review
//! the diff. Independent of the snapshots, every span's offsets are checked against the text in
//! both units, and a few hand-checked facts about the articles are asserted.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const ARTICLE_DATE: &str = "2024-11-06";

fn articles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden/articles exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "expected at least three golden articles");
    files
}

fn run_cli(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_randnotiz"))
        .args(args)
        .output()
        .expect("the randnotiz binary runs");
    (
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        out.status.code().unwrap_or(-1),
    )
}

fn annotate(file: &Path) -> Value {
    let path = file.to_str().expect("UTF-8 path");
    let (stdout, stderr, code) =
        run_cli(&["annotate", "--date", ARTICLE_DATE, "--lang", "de", path]);
    assert_eq!(code, 0, "stderr: {stderr}");
    let mut v: Value = serde_json::from_str(stdout.trim()).expect("one JSON object");
    // The file name as given depends on the checkout's location; keep only the base name.
    v["file"] = Value::String(file.file_name().unwrap().to_string_lossy().into_owned());
    v
}

fn spans(v: &Value) -> &Vec<Value> {
    v["spans"].as_array().expect("spans is an array")
}

fn check_offsets(text: &str, v: &Value) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(v["length_utf16"], utf16.len());
    assert_eq!(v["length_char"], chars.len());
    for s in spans(v) {
        let n = |k: &str| s[k].as_u64().expect("offset is a number") as usize;
        let by_utf16 = String::from_utf16(&utf16[n("start_utf16")..n("end_utf16")])
            .expect("span on UTF-16 boundaries");
        let by_char: String = chars[n("start_char")..n("end_char")].iter().collect();
        assert_eq!(
            by_utf16,
            s["text"].as_str().unwrap(),
            "utf16 offsets of {s}"
        );
        assert_eq!(by_char, s["text"].as_str().unwrap(), "char offsets of {s}");
    }
}

#[test]
fn cli_output_matches_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for file in articles() {
        let text = std::fs::read_to_string(&file).unwrap();
        let got = annotate(&file);
        check_offsets(&text, &got);
        let expected_path = file
            .parent()
            .unwrap()
            .with_file_name("expected")
            .join(file.file_stem().unwrap())
            .with_extension("json");
        let pretty = serde_json::to_string_pretty(&got).unwrap() + "\n";
        if update {
            std::fs::write(&expected_path, &pretty).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "missing {}; run UPDATE_GOLDEN=1 cargo test --test golden",
                expected_path.display()
            )
        });
        assert_eq!(
            pretty,
            expected,
            "{} differs from its golden file",
            file.display()
        );
    }
}

fn texts_of<'a>(v: &'a Value, kind: &str, label: &str) -> Vec<&'a str> {
    spans(v)
        .iter()
        .filter(|s| s["kind"] == kind && s["label"] == label)
        .map(|s| s["text"].as_str().unwrap())
        .collect()
}

#[test]
fn hand_checked_direct_quotes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/articles");
    let v = annotate(&dir.join("klimagipfel.txt"));
    let direct = texts_of(&v, "claim", "direct");
    assert!(
        direct.contains(&"Wir dürfen keine Zeit mehr verlieren"),
        "{direct:?}"
    );
    assert!(direct
        .contains(&"Europa hat geliefert. Jetzt müssen die anderen großen Emittenten nachziehen"));
    assert!(
        !direct.contains(&"Klimapakt"),
        "a quoted term is not a claim"
    );

    // "…, betonte er." refers back to the last male person named before it.
    let indirect = spans(&v)
        .iter()
        .find(|s| s["text"] == "Die Bundesregierung werde ihre Zusagen einhalten")
        .expect("the indirect claim is found");
    assert_eq!(indirect["label"], "indirect");
    assert_eq!(indirect["attrs"]["speaker"], "Olaf Scholz");
    assert_eq!(indirect["attrs"]["cue"], "betonte");
    // "Von der Leyen" and "sie" both refer back to the full name.
    for content in [
        "die Europäische Union stehe zu ihren Zielen",
        "Europa hat geliefert. Jetzt müssen die anderen großen Emittenten nachziehen",
    ] {
        let claim = spans(&v)
            .iter()
            .find(|s| s["text"] == content)
            .expect("claim found");
        assert_eq!(
            claim["attrs"]["speaker"], "Ursula von der Leyen",
            "{content}"
        );
    }

    let v = annotate(&dir.join("hochwasser.txt"));
    let direct = texts_of(&v, "claim", "direct");
    assert!(
        direct.contains(&"Die Lage ist ernst, aber unter Kontrolle"),
        "guillemets: {direct:?}"
    );
    assert!(
        direct.contains(&"Wir haben so etwas seit 2002 nicht erlebt"),
        "straight quotes: {direct:?}"
    );
}

#[test]
fn several_files_give_one_object_each_and_bad_files_are_reported() {
    let dir = std::env::temp_dir().join(format!("randnotiz-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("gut.txt");
    let bad = dir.join("kaputt.txt");
    std::fs::write(&good, "„Das ist ein Test mit Umlauten“, sagte sie.").unwrap();
    std::fs::write(&bad, b"\xff\xfe\x00binary\x80").unwrap();
    let (stdout, stderr, code) = run_cli(&[
        "annotate",
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "a bad file makes the exit code 1");
    assert!(
        stderr.contains("kaputt.txt") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "the good file is annotated twice, nothing is lost"
    );
    assert!(lines[0]["file"].as_str().unwrap().ends_with("gut.txt"));
    assert_eq!(
        lines[0]["spans"][0]["text"],
        "Das ist ein Test mit Umlauten"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_arguments_give_a_clear_message() {
    let (_, stderr, code) = run_cli(&["annotate", "--date", "2024-02-30", "x.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a valid date"), "{stderr}");
    let (_, stderr, code) = run_cli(&["annotate", "--lang", "fr", "x.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unsupported language"), "{stderr}");
    let (_, stderr, code) = run_cli(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("usage:"), "{stderr}");
}
