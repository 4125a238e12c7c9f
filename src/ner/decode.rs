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

/// Viterbi for the tagger's integer scores: the same result as [`viterbi`] with `i64` scores,
/// with much less work.
///
/// * The forward pass keeps only the best score of every tag at every token, no back pointers.
/// * A tag that may follow any tag (`O`, `B-X`) would compare all `L` predecessors. Most cannot
///   win: with `M` the best previous score, reached by tag `q`, a predecessor `p` scores at most
///   `δ[p] + tmax[t]` (`tmax[t]` the best transition into `t`), while `q` scores `M + T[q][t]`.
///   So only the predecessors with `δ[p] ≥ M − reach[q]` are compared, where `reach[q]` is the
///   largest `tmax[t] − T[q][t]` over those tags: every other one is strictly worse than `q`.
///   Usually one to three tags remain instead of 25.
/// * The back pass finds the predecessor of each tag on the best path as [`viterbi`] records it:
///   the first allowed one, in tag order, whose score equals the best (tag 0 if no path beats the
///   "impossible" score), so ties are broken the same way.
#[derive(Debug, Clone)]
pub struct IntDecoder {
    l: usize,
    /// For each tag, its allowed predecessors with the transition score.
    prev: Vec<Vec<(usize, i64)>>,
    /// The tags every tag may precede.
    open: Vec<usize>,
    /// The other tags.
    closed: Vec<usize>,
    /// For each tag in `open`, the transition scores from every tag (`l` each, row-major).
    open_trans: Vec<i64>,
    /// For each tag `q`: the largest `tmax[t] − T[q][t]` over the tags `t` in `open`.
    reach: Vec<i64>,
    /// For each tag, the score of starting a sentence with it (`None`: not allowed).
    start: Vec<Option<i64>>,
}

impl IntDecoder {
    /// A decoder for `l` tags with transition scores `trans` (as for [`viterbi`]: `trans[p * l
    /// + t]`, row `l` the sentence start) and constraints `c`. Missing scores count as 0.
    pub fn new(l: usize, trans: &[i32], c: &Constraints) -> Self {
        let tr = |p: usize, t: usize| i64::from(trans.get(p * l + t).copied().unwrap_or(0));
        let prev: Vec<Vec<(usize, i64)>> = (0..l)
            .map(|t| {
                c.prev
                    .get(t)
                    .map(|ps| ps.iter().map(|&p| (p, tr(p, t))).collect())
                    .unwrap_or_default()
            })
            .collect();
        let (open, closed): (Vec<usize>, Vec<usize>) = (0..l).partition(|&t| prev[t].len() == l);
        let open_trans = open
            .iter()
            .flat_map(|&t| (0..l).map(move |p| tr(p, t)))
            .collect();
        let tmax: Vec<i64> = open
            .iter()
            .map(|&t| (0..l).map(|p| tr(p, t)).max().unwrap_or(0))
            .collect();
        let reach = (0..l)
            .map(|q| {
                open.iter()
                    .zip(&tmax)
                    .map(|(&t, &m)| m - tr(q, t))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let start = (0..l)
            .map(|t| c.start.get(t).copied().unwrap_or(false).then(|| tr(l, t)))
            .collect();
        IntDecoder {
            l,
            prev,
            open,
            closed,
            open_trans,
            reach,
            start,
        }
    }

    /// Best tag sequence for `n` tokens with scores `emit[i * l + t]`; writes `n` tag indexes
    /// into `out`, using `delta` as scratch space. Returns all-`O` (0) if `emit` is too short.
    pub fn decode(&self, emit: &[i32], n: usize, delta: &mut Vec<i64>, out: &mut Vec<usize>) {
        let l = self.l;
        out.clear();
        if n == 0 {
            return;
        }
        if l == 0 || emit.len() < n * l {
            out.resize(n, 0);
            return;
        }
        delta.clear();
        delta.resize(n * l, i64::NEG);
        for ((d, s), &e) in delta.iter_mut().zip(&self.start).zip(emit) {
            if let Some(s) = s {
                *d = i64::from(e) + s;
            }
        }
        let mut cands: Vec<(usize, i64)> = Vec::with_capacity(l);
        for i in 1..n {
            let (done, rest) = delta.split_at_mut(i * l);
            let last = &done[(i - 1) * l..];
            let cur = &mut rest[..l];
            let row = &emit[i * l..(i + 1) * l];
            // Tags with few predecessors (I-X): compare them all.
            for &t in &self.closed {
                let mut best = i64::NEG;
                for &(p, w) in &self.prev[t] {
                    if let Some(&x) = last.get(p) {
                        best = best.max(x + w);
                    }
                }
                cur[t] = best + i64::from(row[t]);
            }
            // Tags any tag may precede: only the predecessors that can beat the best one.
            let mut q = 0;
            for (p, &x) in last.iter().enumerate() {
                if x > last[q] {
                    q = p;
                }
            }
            let floor = last[q] - self.reach[q];
            cands.clear();
            cands.extend(
                last.iter()
                    .enumerate()
                    .filter(|&(_, &x)| x >= floor)
                    .map(|(p, &x)| (p, x)),
            );
            for (&t, tr) in self.open.iter().zip(self.open_trans.chunks_exact(l)) {
                let mut best = i64::NEG;
                for &(p, x) in &cands {
                    best = best.max(x + tr[p]);
                }
                cur[t] = best + i64::from(row[t]);
            }
        }
        let last = &delta[(n - 1) * l..n * l];
        let mut best = 0;
        for t in 1..l {
            if last[t] > last[best] {
                best = t;
            }
        }
        out.resize(n, 0);
        out[n - 1] = best;
        for i in (1..n).rev() {
            let target = delta[i * l + best] - i64::from(emit[i * l + best]);
            let before = &delta[(i - 1) * l..i * l];
            best = if target > i64::NEG {
                self.prev[best]
                    .iter()
                    .find(|&&(p, w)| before.get(p).is_some_and(|&x| x + w == target))
                    .map_or(0, |&(p, _)| p)
            } else {
                0
            };
            out[i - 1] = best;
        }
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

    /// `IntDecoder` finds the same sequences as `viterbi`, ties included (small random scores
    /// make many).
    #[test]
    fn int_decoder_equals_viterbi() {
        let l = LABELS.len();
        let c = Constraints::new(l);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = |range: i32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (2 * range as u64 + 1)) as i32 - range
        };
        let (mut back, mut out, mut delta, mut fast) = (vec![], vec![], vec![], vec![]);
        for round in 0..2000 {
            let range = [1, 3, 50, 100_000][round % 4];
            let trange = [1, 3, 50, 100_000, 10][round % 5];
            let trans32: Vec<i32> = (0..(l + 1) * l).map(|_| rand(trange)).collect();
            let trans: Vec<i64> = trans32.iter().map(|&t| i64::from(t)).collect();
            let d = IntDecoder::new(l, &trans32, &c);
            let n = (round * 7) % 40;
            let emit32: Vec<i32> = (0..n * l).map(|_| rand(range)).collect();
            let emit: Vec<i64> = emit32.iter().map(|&e| i64::from(e)).collect();
            viterbi(&emit, n, l, &trans, &c, &mut back, &mut out);
            d.decode(&emit32, n, &mut delta, &mut fast);
            assert_eq!(fast, out, "round {round}");
        }
        d_short();
    }

    fn d_short() {
        let l = LABELS.len();
        let d = IntDecoder::new(l, &[], &Constraints::new(l));
        let (mut delta, mut out) = (vec![], vec![]);
        d.decode(&[1, 2, 3], 2, &mut delta, &mut out);
        assert_eq!(out, vec![0, 0]);
        d.decode(&[], 0, &mut delta, &mut out);
        assert!(out.is_empty());
    }
}
