//! Word clusters from raw text (the GermEval train text only): every frequent word is described
//! by the words seen next to it (left and right neighbours among the most frequent words), and
//! the words are split in two again and again by spherical 2-means. The path of splits is the
//! word's cluster as a bit string: prefixes are coarser clusters, as with Brown clusters.

use std::collections::HashMap;

use randnotiz::ner::conll::ConllSentence;
use randnotiz::ner::features::{lowercase_form, word_key};

/// Words seen at least this often get a cluster.
const MIN_FREQ: u32 = 2;
/// Context words: the most frequent words of the text.
const CONTEXT: usize = 400;

type Sparse = Vec<(u32, f32)>;

fn dot(a: &Sparse, c: &[f32]) -> f32 {
    a.iter().map(|&(i, v)| v * c[i as usize]).sum()
}

fn normalize(c: &mut [f32]) {
    let n = c.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        c.iter_mut().for_each(|x| *x /= n);
    }
}

/// Learns clusters of depth `depth` (≤ 32): (word key, bits, length) sorted by key.
pub fn learn(train: &[ConllSentence], depth: usize) -> Vec<(u32, u32, u8)> {
    let depth = depth.min(32);
    let sents: Vec<Vec<String>> = train
        .iter()
        .map(|s| s.rows.iter().map(|r| lowercase_form(&r.token)).collect())
        .collect();
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for s in &sents {
        for w in s {
            *freq.entry(w.as_str()).or_insert(0) += 1;
        }
    }
    let mut by_freq: Vec<(&str, u32)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
    by_freq.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let ctx: HashMap<&str, u32> = by_freq
        .iter()
        .take(CONTEXT)
        .enumerate()
        .map(|(i, (w, _))| (*w, i as u32))
        .collect();
    let dim = 4 * CONTEXT + 4;
    let vocab: Vec<&str> = by_freq
        .iter()
        .filter(|x| x.1 >= MIN_FREQ)
        .map(|x| x.0)
        .collect();
    let vid: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    let c = CONTEXT as u32;
    for s in &sents {
        for (i, w) in s.iter().enumerate() {
            let Some(&v) = vid.get(w.as_str()) else {
                continue;
            };
            let at = |j: isize| -> u32 {
                if j < 0 || j as usize >= s.len() {
                    c // boundary
                } else {
                    ctx.get(s[j as usize].as_str()).copied().unwrap_or(c)
                }
            };
            let i = i as isize;
            let m = &mut counts[v];
            *m.entry(at(i - 1)).or_insert(0.0) += 1.0;
            *m.entry(c + 1 + at(i + 1)).or_insert(0.0) += 1.0;
            *m.entry(2 * (c + 1) + at(i - 2)).or_insert(0.0) += 0.5;
            *m.entry(3 * (c + 1) + at(i + 2)).or_insert(0.0) += 0.5;
        }
    }
    let vecs: Vec<Sparse> = counts
        .into_iter()
        .map(|m| {
            let mut v: Sparse = m.into_iter().map(|(k, x)| (k, (1.0 + x).ln())).collect();
            v.sort_unstable_by_key(|x| x.0);
            let n = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-9);
            v.iter_mut().for_each(|x| x.1 /= n);
            v
        })
        .collect();
    let mut bits = vec![0u32; vocab.len()];
    let mut lens = vec![0u8; vocab.len()];
    // Items are in frequency order, which seeds the splits deterministically.
    let mut stack: Vec<(Vec<usize>, usize)> = vec![((0..vocab.len()).collect(), 0)];
    while let Some((items, d)) = stack.pop() {
        if d >= depth || items.len() < 2 {
            continue;
        }
        let mut ca = vec![0f32; dim];
        for &(i, v) in &vecs[items[0]] {
            ca[i as usize] = v;
        }
        // Second seed: the item least similar to the first (among the first 200).
        let far = items
            .iter()
            .take(200)
            .copied()
            .min_by(|&a, &b| dot(&vecs[a], &ca).total_cmp(&dot(&vecs[b], &ca)))
            .unwrap_or(items[1]);
        let mut cb = vec![0f32; dim];
        for &(i, v) in &vecs[far] {
            cb[i as usize] = v;
        }
        let mut side = vec![false; items.len()];
        for _ in 0..6 {
            for (k, &it) in items.iter().enumerate() {
                side[k] = dot(&vecs[it], &cb) > dot(&vecs[it], &ca);
            }
            ca.iter_mut().for_each(|x| *x = 0.0);
            cb.iter_mut().for_each(|x| *x = 0.0);
            for (k, &it) in items.iter().enumerate() {
                let c = if side[k] { &mut cb } else { &mut ca };
                for &(i, v) in &vecs[it] {
                    c[i as usize] += v;
                }
            }
            normalize(&mut ca);
            normalize(&mut cb);
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for (k, &it) in items.iter().enumerate() {
            if side[k] {
                bits[it] |= 1 << (31 - d);
                b.push(it);
            } else {
                a.push(it);
            }
            lens[it] = (d + 1) as u8;
        }
        if a.is_empty() || b.is_empty() {
            continue;
        }
        stack.push((a, d + 1));
        stack.push((b, d + 1));
    }
    let mut out: Vec<(u32, u32, u8)> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (word_key(w), bits[i], lens[i]))
        .collect();
    out.sort_unstable();
    out.dedup_by_key(|x| x.0);
    out
}
