//! `eval_claims`: measures the claim detector on the SpkAtt-2023 training corpus (native only; not
//! shipped, writes nothing).
//!
//! ```text
//! cargo run --release --bin eval_claims [-- DIR]     (default ../shared/data/spkatt2023/train)
//! ```
//!
//! For each JSON file it joins the tokens to plain text (sentences on their own lines, except after
//! an opening quote; no space before `, . : ; ! ? ) “`, none
//! after `( „`; straight `"` alternate between opening and closing), runs the detector, maps each
//! claim's content and speaker spans back to token ids and compares them with the top-level gold
//! annotations (`IsNested` false).
//!
//! Matching: system claims and gold annotations are paired one-to-one, greedily by the number of
//! shared message tokens (at least one). Kind mapping (the corpus annotates `laut`/`zufolge` as
//! Indirect, so `according_to` joins `indirect`):
//! - `direct` ↔ `Direct`
//! - `indirect`, `according_to` ↔ `Indirect`, `IndirectFreeIndirect`, `FreeIndirect`
//! - `hearsay`, `hedged` ↔ `Reported` (the corpus has no hedge category; a weak proxy)
//!
//! Printed: per mapped kind precision/recall/F1 of claims (matching within the kind), the same for
//! all claims regardless of kind, per gold form the recall, per system label the precision, and for
//! matched pairs the message-token and speaker-token overlap (precision, recall, F1 over tokens)
//! and how often the speaker span overlaps the gold source at all.
//! `EVAL_SHOW=miss|missctx|fp|fpctx|speaker` also prints the unmatched or mis-attributed items
//! (for developing rules on the console; nothing is written to disk).
//! Exits with status 2 and one line on stderr when the data is missing.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use randnotiz::claims::ClaimDetector;
use randnotiz::span::Span;
use randnotiz::tokenize::tokenize;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    #[serde(rename = "Sentences")]
    sentences: Vec<SentenceJson>,
    #[serde(rename = "Annotations")]
    annotations: Vec<AnnotationJson>,
}

#[derive(Deserialize)]
struct SentenceJson {
    #[serde(rename = "SentenceId")]
    id: usize,
    #[serde(rename = "Tokens")]
    tokens: Vec<String>,
}

#[derive(Deserialize)]
struct AnnotationJson {
    #[serde(rename = "Message", default)]
    message: Vec<String>,
    #[serde(rename = "Source", default)]
    source: Vec<String>,
    #[serde(rename = "Form", default)]
    form: String,
    #[serde(rename = "IsNested", default)]
    nested: bool,
}

/// A token id `sentence:token` packed into one number.
type Tid = (usize, usize);

fn parse_id(s: &str) -> Option<Tid> {
    let (a, b) = s.split_once(':')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

/// Joins tokens into text, returning the text and each token's byte span.
fn join(file: &File) -> (String, Vec<(Tid, Span)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut straight_open = false;
    let mut no_space_next = true;
    for s in &file.sentences {
        for (k, t) in s.tokens.iter().enumerate() {
            let tok = t.as_str();
            let mut glue_left = matches!(
                tok,
                "," | "." | ":" | ";" | "!" | "?" | ")" | "“" | "”" | "«" | "‘"
            );
            let mut glue_right = matches!(tok, "(" | "„" | "»" | "‚");
            if tok == "\"" {
                if straight_open {
                    glue_left = true;
                } else {
                    glue_right = true;
                }
                straight_open = !straight_open;
            }
            if !text.is_empty() && !glue_left && !no_space_next {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(tok);
            spans.push(((s.id, k), Span::new(start, text.len())));
            no_space_next = glue_right;
        }
        // sentences are joined by a line break, except after an opening quote (the corpus sometimes
        // ends a sentence with the „ that opens the next one)
        if !no_space_next && !text.ends_with('\n') {
            text.push('\n');
        }
    }
    (text, spans)
}

fn tokens_in(spans: &[(Tid, Span)], span: Span) -> HashSet<Tid> {
    spans
        .iter()
        .filter(|(_, s)| s.overlaps(span))
        .map(|(id, _)| *id)
        .collect()
}

fn family(label: &str) -> &'static str {
    match label {
        "direct" | "Direct" => "direct",
        "indirect" | "according_to" | "Indirect" | "IndirectFreeIndirect" | "FreeIndirect" => {
            "indirect"
        }
        _ => "reported",
    }
}

struct Item {
    label: String,
    message: HashSet<Tid>,
    source: HashSet<Tid>,
}

#[derive(Default)]
struct Counts {
    sys: usize,
    gold: usize,
    matched: usize,
}

impl Counts {
    fn prf(&self) -> (f64, f64, f64) {
        prf(self.matched, self.sys, self.matched, self.gold)
    }
}

fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> (f64, f64, f64) {
    let p = if n_p == 0 {
        0.0
    } else {
        tp_p as f64 / n_p as f64
    };
    let r = if n_r == 0 {
        0.0
    } else {
        tp_r as f64 / n_r as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Greedy one-to-one matching by shared message tokens; returns (system index, gold index) pairs.
fn match_items(sys: &[&Item], gold: &[&Item]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, s) in sys.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let o = s.message.intersection(&g.message).count();
            if o > 0 {
                cands.push((o, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut us, mut ug) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if !us.contains(&i) && !ug.contains(&j) {
            us.insert(i);
            ug.insert(j);
            out.push((i, j));
        }
    }
    out
}

/// The items whose index is not in `matched`, in order.
fn unmatched<'a>(items: &'a [Item], matched: &HashSet<usize>) -> Vec<&'a Item> {
    (0..items.len())
        .filter(|k| !matched.contains(k))
        .map(|k| &items[k])
        .collect()
}

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/spkatt2023/train")
        });
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(_) => Vec::new(),
    };
    if files.is_empty() {
        eprintln!("eval_claims: no SpkAtt-2023 JSON files in {} (the corpus is not shipped; see docs/claims.md)", dir.display());
        return ExitCode::from(2);
    }
    files.sort();
    let det = ClaimDetector::new();
    let mut by_family: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut all = Counts::default();
    let mut gold_form: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut sys_label: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut msg_tp, mut msg_sys, mut msg_gold) = (0, 0, 0);
    let (mut src_tp, mut src_sys, mut src_gold) = (0, 0, 0);
    // matched claims whose gold annotation names a source: how often our speaker overlaps it
    let (mut with_src, mut src_hit, mut src_none) = (0, 0, 0);
    let mut bytes = 0usize;
    let started = std::time::Instant::now();
    for path in &files {
        let Ok(raw) = std::fs::read_to_string(path) else {
            eprintln!("eval_claims: cannot read {}", path.display());
            continue;
        };
        let file: File = match serde_json::from_str(&raw) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("eval_claims: {}: {e}", path.display());
                continue;
            }
        };
        let (text, spans) = join(&file);
        bytes += text.len();
        let tokenized = tokenize(&text);
        let claims = det.annotate(&text, &tokenized, &[]);
        let sys: Vec<Item> = claims
            .iter()
            .map(|c| Item {
                label: c.label.clone(),
                message: tokens_in(&spans, c.span()),
                source: c
                    .attrs
                    .speaker_at
                    .map(|x| tokens_in(&spans, x.span))
                    .unwrap_or_default(),
            })
            .collect();
        let gold: Vec<Item> = file
            .annotations
            .iter()
            .filter(|a| !a.nested && !a.message.is_empty())
            .map(|a| Item {
                label: a.form.clone(),
                message: a.message.iter().filter_map(|x| parse_id(x)).collect(),
                source: a.source.iter().filter_map(|x| parse_id(x)).collect(),
            })
            .collect();
        // all kinds together
        let s_all: Vec<&Item> = sys.iter().collect();
        let g_all: Vec<&Item> = gold.iter().collect();
        let pairs = match_items(&s_all, &g_all);
        all.sys += sys.len();
        all.gold += gold.len();
        all.matched += pairs.len();
        let matched_s: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
        let matched_g: HashSet<usize> = pairs.iter().map(|p| p.1).collect();
        for (i, s) in sys.iter().enumerate() {
            let e = sys_label.entry(s.label.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(matched_s.contains(&i));
        }
        for (j, g) in gold.iter().enumerate() {
            let e = gold_form.entry(g.label.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(matched_g.contains(&j));
        }
        let show = std::env::var("EVAL_SHOW").unwrap_or_default();
        let words = |set: &HashSet<Tid>| {
            let mut v: Vec<&Tid> = set.iter().collect();
            v.sort();
            v.iter()
                .filter_map(|(a, b)| {
                    file.sentences
                        .iter()
                        .find(|s| s.id == *a)
                        .and_then(|s| s.tokens.get(*b))
                })
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let sentence_of = |set: &HashSet<Tid>| {
            let first = set.iter().min().map_or(0, |t| t.0);
            file.sentences
                .iter()
                .find(|s| s.id == first)
                .map(|s| s.tokens.join(" "))
                .unwrap_or_default()
        };
        // Console listings of what was missed or wrongly found (nothing is written to disk).
        match show.as_str() {
            "missctx" => {
                for g in unmatched(&gold, &matched_g) {
                    println!("MISS {} | {}", g.label, sentence_of(&g.message));
                }
            }
            "miss" => {
                for g in unmatched(&gold, &matched_g) {
                    let (m, src) = (words(&g.message), words(&g.source));
                    println!("MISS {} | {m} | SRC {src}", g.label);
                }
            }
            "fpctx" | "fp" => {
                for s in unmatched(&sys, &matched_s) {
                    let (m, src) = (words(&s.message), words(&s.source));
                    if show == "fpctx" {
                        let sent = sentence_of(&s.message);
                        println!("FP {} | {m} | SRC {src} | SENT {sent}", s.label);
                    } else {
                        println!("FP {} | {m} | SRC {src}", s.label);
                    }
                }
            }
            _ => {}
        }
        for &(i, j) in &pairs {
            let (s, g) = (&sys[i], &gold[j]);
            if show == "speaker"
                && s.source.intersection(&g.source).count() == 0
                && !g.source.is_empty()
            {
                println!(
                    "SPK {}/{} | {} | SYS {} | GOLD {}",
                    s.label,
                    g.label,
                    words(&g.message),
                    words(&s.source),
                    words(&g.source)
                );
            }
            msg_tp += s.message.intersection(&g.message).count();
            msg_sys += s.message.len();
            msg_gold += g.message.len();
            if !g.source.is_empty() {
                with_src += 1;
                if s.source.is_empty() {
                    src_none += 1;
                } else if s.source.intersection(&g.source).next().is_some() {
                    src_hit += 1;
                }
            }
            if !g.source.is_empty() || !s.source.is_empty() {
                src_tp += s.source.intersection(&g.source).count();
                src_sys += s.source.len();
                src_gold += g.source.len();
            }
        }
        // within each kind family
        for fam in ["direct", "indirect", "reported"] {
            let s: Vec<&Item> = sys.iter().filter(|x| family(&x.label) == fam).collect();
            let g: Vec<&Item> = gold.iter().filter(|x| family(&x.label) == fam).collect();
            let c = by_family.entry(fam).or_default();
            c.sys += s.len();
            c.gold += g.len();
            c.matched += match_items(&s, &g).len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "SpkAtt-2023 train: {} files, {:.1} MB of joined text, {:.2} s (debug builds are slower)",
        files.len(),
        bytes as f64 / 1e6,
        secs
    );
    println!("claims (one-to-one match on message-token overlap), within each kind:");
    println!(
        "  {:<34} {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}",
        "kind", "sys", "gold", "match", "P", "R", "F1"
    );
    let names = [
        ("direct", "direct ~ Direct"),
        ("indirect", "indirect+according_to ~ Indirect*"),
        ("reported", "hearsay+hedged ~ Reported"),
    ];
    for (fam, name) in names {
        if let Some(c) = by_family.get(fam) {
            let (p, r, f) = c.prf();
            println!(
                "  {name:<34} {:>5} {:>5} {:>5}   {p:>5.3} {r:>5.3} {f:>5.3}",
                c.sys, c.gold, c.matched
            );
        }
    }
    let (p, r, f) = all.prf();
    println!(
        "  {:<34} {:>5} {:>5} {:>5}   {p:>5.3} {r:>5.3} {f:>5.3}",
        "any kind", all.sys, all.gold, all.matched
    );
    println!("recall per gold form (any system kind):");
    for (form, (n, m)) in &gold_form {
        println!(
            "  {form:<22} {m:>5}/{n:<5} {:.3}",
            *m as f64 / (*n).max(1) as f64
        );
    }
    println!("precision per system label (against any gold form):");
    for (label, (n, m)) in &sys_label {
        println!(
            "  {label:<22} {m:>5}/{n:<5} {:.3}",
            *m as f64 / (*n).max(1) as f64
        );
    }
    let (p, r, f) = prf(msg_tp, msg_sys, msg_tp, msg_gold);
    println!("message tokens of matched claims:  P {p:.3}  R {r:.3}  F1 {f:.3}");
    let (p, r, f) = prf(src_tp, src_sys, src_tp, src_gold);
    println!("speaker tokens of matched claims:  P {p:.3}  R {r:.3}  F1 {f:.3}");
    println!(
        "matched claims with a gold source: {with_src}; our speaker overlaps it in {src_hit} ({:.3}), is missing in {src_none}, elsewhere in {}",
        src_hit as f64 / with_src.max(1) as f64,
        with_src - src_hit - src_none
    );
    ExitCode::SUCCESS
}
