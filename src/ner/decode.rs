//! Viterbi decoding over BIO tags with hard constraints: `I-X` only after `B-X` or `I-X`, never
//! at the start of a sentence, so every output is a valid chunk sequence.
//!
//! Generic over the score type so that training (floating point) and tagging (quantized integer
//! weights, summed in `i64`) share one implementation. It does not compute features or scores.

use crate::ner::model::allowed;

/// A score that Viterbi can add and compare.
pub trait Score: Copy + PartialOrd + std::ops::Add<Output = Self> {
    /// A value lower than any real path score.
    const NEG: Self;
    /// Zero.
    const ZERO: Self;
}

impl Score for i64 {
    const NEG: Self = i64::MIN / 4;
    const ZERO: Self = 0;
}

impl Score for f64 {
    const NEG: Self = -1e300;
    const ZERO: Self = 0.0;
}

/// For each tag, the tags that may precede it (precomputed BIO constraints).
#[derive(Debug, Clone)]
pub struct Constraints {
    prev: Vec<Vec<usize>>,
    start: Vec<bool>,
}

impl Constraints {
    /// Constraints for the `n_labels` tags of [`LABELS`](super::model::LABELS).
    pub fn new(n_labels: usize) -> Self {
        let prev = (0..n_labels)
            .map(|t| (0..n_labels).filter(|&p| allowed(Some(p), t)).collect())
            .collect();
        let start = (0..n_labels).map(|t| allowed(None, t)).collect();
        Constraints { prev, start }
    }
}

/// Best tag sequence for `n` tokens. `emit[i * l + t]` is the score of tag `t` at token `i`;
/// `trans[p * l + t]` the score of `t` after `p`, `trans[l * l + t]` the score of `t` first.
/// Writes `n` tag indexes into `out`. Reuses `back` as scratch space. Never panics for
/// consistent sizes; returns all-`O` (0) if the sizes do not match.
pub fn viterbi<S: Score>(
    emit: &[S],
    n: usize,
    l: usize,
    trans: &[S],
    c: &Constraints,
    back: &mut Vec<u8>,
    out: &mut Vec<usize>,
) {
    out.clear();
    if n == 0 {
        return;
    }
    if l == 0 || emit.len() < n * l || trans.len() < (l + 1) * l || c.prev.len() < l || l > 256 {
        out.resize(n, 0);
        return;
    }
    back.clear();
    back.resize(n * l, 0);
    let mut cur: Vec<S> = (0..l)
        .map(|t| {
            if c.start[t] {
                emit[t] + trans[l * l + t]
            } else {
                S::NEG
            }
        })
        .collect();
    let mut next = vec![S::NEG; l];
    for i in 1..n {
        for t in 0..l {
            let mut best = S::NEG;
            let mut arg = 0usize;
            for &p in &c.prev[t] {
                let s = cur[p] + trans[p * l + t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            next[t] = best + emit[i * l + t];
            back[i * l + t] = arg as u8;
        }
        std::mem::swap(&mut cur, &mut next);
    }
    let mut best = 0;
    for t in 1..l {
        if cur[t] > cur[best] {
            best = t;
        }
    }
    out.resize(n, 0);
    out[n - 1] = best;
    for i in (1..n).rev() {
        best = usize::from(back[i * l + best]);
        out[i - 1] = best;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::{label_index, LABELS};

    #[test]
    fn constraints_repair_a_lone_i_tag() {
        let l = LABELS.len();
        let c = Constraints::new(l);
        let trans = vec![0i64; (l + 1) * l];
        // Token 0 prefers I-PER (not allowed first), B-PER second best.
        let mut emit = vec![0i64; 2 * l];
        emit[label_index("I-PER")] = 10;
        emit[label_index("B-PER")] = 5;
        emit[l + label_index("I-PER")] = 10;
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&emit, 2, l, &trans, &c, &mut back, &mut out);
        assert_eq!(out, vec![label_index("B-PER"), label_index("I-PER")]);
        viterbi(&emit, 0, l, &trans, &c, &mut back, &mut out);
        assert!(out.is_empty());
        viterbi(&emit[..3], 2, l, &trans, &c, &mut back, &mut out);
        assert_eq!(out, vec![0, 0]);
    }
}
