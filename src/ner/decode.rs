//! Viterbi decoding over BIO tags with hard constraints: `I-X` only after `B-X` or `I-X`, never
//! at the start of a sentence, so every output is a valid chunk sequence.
//!
//! Generic over the score type so that training (floating point) and tagging (quantized integer
//! weights, summed in `i64`) share one implementation. It does not compute features or scores.

use crate::ner::model::{allowed, LABELS};

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
    /// Constraints for the `n_labels` tags of [`LABELS`].
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

/// Number of tags [`IntDecoder`] decodes: those of [`LABELS`].
const N: usize = LABELS.len();

/// Viterbi for the tagger's integer scores over the tags of [`LABELS`]: the same result as
/// [`viterbi`] with `i64` scores, with much less work.
///
/// * The forward pass keeps only the best score of every tag at every token, no back pointers.
/// * A tag that may follow any tag (`O`, `B-X`) would compare all 25 predecessors. Most cannot
///   win: with `M` the best previous score, reached by tag `q`, a predecessor `p` scores at most
///   `δ[p] + tmax[t]` (`tmax[t]` the best transition into `t`), while `q` scores `M + T[q][t]`.
///   So only the predecessors with `δ[p] ≥ M − reach[q]` are compared, where `reach[q]` is the
///   largest `tmax[t] − T[q][t]` over those tags: every other one is strictly worse than `q`.
///   Mostly `q` alone remains, and then every such tag simply follows `q`.
/// * The back pass finds the predecessor of each tag on the best path as [`viterbi`] records it:
///   the first allowed one, in tag order, whose score equals the best (tag 0 if no path beats the
///   "impossible" score), so ties are broken the same way.
#[derive(Debug, Clone)]
pub struct IntDecoder {
    /// For each tag, its allowed predecessors with the transition score, in tag order.
    prev: Vec<Vec<(usize, i64)>>,
    /// Whether any tag may precede the tag (`O`, `B-X`).
    open: [bool; N],
    /// The other tags (`I-X`) that have two allowed predecessors (all of them with BIO tags):
    /// (tag, first predecessor, its transition score, second predecessor, its score).
    closed2: Vec<(usize, usize, i64, usize, i64)>,
    /// The other tags with other numbers of predecessors, each with its predecessors and their
    /// transition scores.
    closed_other: Vec<(usize, Vec<(usize, i64)>)>,
    /// `from[q][t]`: the transition score from `q` to `t` for open tags `t`, far below any
    /// path score for the others (so that `NEG` wins over it).
    from: [[i64; N]; N],
    /// `into[t][p]`: the transition score from `p` to `t`.
    into: [[i64; N]; N],
    /// For each tag `q`: the largest `tmax[t] − T[q][t]` over the open tags `t`.
    reach: [i64; N],
    /// For each tag, the score of starting a sentence with it (`NEG`: not allowed).
    start: [i64; N],
}

impl IntDecoder {
    /// A decoder with transition scores `trans` (as for [`viterbi`] with the tags of
    /// [`LABELS`]: `trans[p * 25 + t]`, row 25 the sentence start) and constraints `c` (made for
    /// those tags). Missing scores count as 0, missing constraints as "not allowed".
    pub fn new(trans: &[i32], c: &Constraints) -> Self {
        let tr = |p: usize, t: usize| i64::from(trans.get(p * N + t).copied().unwrap_or(0));
        let prev: Vec<Vec<(usize, i64)>> = (0..N)
            .map(|t| {
                c.prev
                    .get(t)
                    .map(|ps| {
                        ps.iter()
                            .filter(|&&p| p < N)
                            .map(|&p| (p, tr(p, t)))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let open: [bool; N] = std::array::from_fn(|t| prev[t].len() == N);
        let closed = (0..N).filter(|&t| !open[t]);
        let closed2 = closed
            .clone()
            .filter_map(|t| match prev[t][..] {
                [(p1, w1), (p2, w2)] => Some((t, p1, w1, p2, w2)),
                _ => None,
            })
            .collect();
        let closed_other = closed
            .filter(|&t| prev[t].len() != 2)
            .map(|t| (t, prev[t].clone()))
            .collect();
        let from = std::array::from_fn(|q| {
            std::array::from_fn(|t| if open[t] { tr(q, t) } else { i64::MIN / 2 })
        });
        let into = std::array::from_fn(|t| std::array::from_fn(|p| tr(p, t)));
        let tmax: [i64; N] = std::array::from_fn(|t| (0..N).map(|p| tr(p, t)).max().unwrap_or(0));
        let reach = std::array::from_fn(|q| {
            (0..N)
                .filter(|&t| open[t])
                .map(|t| tmax[t] - tr(q, t))
                .max()
                .unwrap_or(0)
        });
        let start = std::array::from_fn(|t| {
            if c.start.get(t).copied().unwrap_or(false) {
                tr(N, t)
            } else {
                i64::NEG
            }
        });
        IntDecoder {
            prev,
            open,
            closed2,
            closed_other,
            from,
            into,
            reach,
            start,
        }
    }

    /// Best tag sequence for the tokens with scores `emit` (one row per token); writes one tag
    /// index per token into `out`, using `delta` as scratch space.
    pub fn decode(&self, emit: &[[i32; N]], delta: &mut Vec<[i64; N]>, out: &mut Vec<usize>) {
        out.clear();
        delta.clear();
        let Some((first, rest)) = emit.split_first() else {
            return;
        };
        delta.push(std::array::from_fn(|t| {
            if self.start[t] > i64::NEG {
                i64::from(first[t]) + self.start[t]
            } else {
                i64::NEG
            }
        }));
        for (i, row) in rest.iter().enumerate() {
            delta.push([i64::NEG; N]);
            let (done, new) = delta.split_at_mut(i + 1);
            if let (Some(last), Some(cur)) = (done.last(), new.first_mut()) {
                self.step(last, row, cur);
            }
        }
        let last = &delta[emit.len() - 1];
        let mut best = 0;
        for t in 1..N {
            if last[t] > last[best] {
                best = t;
            }
        }
        out.resize(emit.len(), 0);
        for i in (0..emit.len()).rev() {
            out[i] = best;
            if i == 0 {
                break;
            }
            let target = delta[i][best] - i64::from(emit[i][best]);
            let before = &delta[i - 1];
            best = if target > i64::NEG {
                self.prev[best]
                    .iter()
                    .find(|&&(p, w)| before[p] + w == target)
                    .map_or(0, |&(p, _)| p)
            } else {
                0
            };
        }
    }

    /// The best score of reaching each tag at a token with emission scores `row`, from the
    /// scores `last` of the token before, written into `cur`. A tag without any allowed
    /// predecessor gets `NEG` plus its emission score, as in [`viterbi`].
    #[inline]
    fn step(&self, last: &[i64; N], row: &[i32; N], cur: &mut [i64; N]) {
        let top = last.iter().fold(i64::MIN, |m, &x| m.max(x));
        let q = last.iter().position(|&x| x == top).unwrap_or(0);
        let floor = top - self.reach[q];
        if last.iter().filter(|&&x| x >= floor).count() == 1 {
            // Only `q` can win for the open tags (the others get `NEG` here).
            for ((c, &w), &e) in cur.iter_mut().zip(&self.from[q]).zip(row) {
                *c = (top + w).max(i64::NEG) + i64::from(e);
            }
        } else {
            for (((c, &open), into), &e) in cur.iter_mut().zip(&self.open).zip(&self.into).zip(row)
            {
                let mut best = i64::NEG;
                if open {
                    for (&x, &w) in last.iter().zip(into) {
                        if x >= floor {
                            best = best.max(x + w);
                        }
                    }
                }
                *c = best + i64::from(e);
            }
        }
        for &(t, p1, w1, p2, w2) in &self.closed2 {
            cur[t] = (last[p1] + w1).max(last[p2] + w2).max(i64::NEG) + i64::from(row[t]);
        }
        for (t, ps) in &self.closed_other {
            let best = ps.iter().fold(i64::NEG, |b, &(p, w)| b.max(last[p] + w));
            cur[*t] = best + i64::from(row[*t]);
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

    /// Decodes `emit32` with `viterbi` and with `IntDecoder` and asserts the same tags.
    fn both_decoders_agree(trans32: &[i32], c: &Constraints, emit32: &[[i32; N]], what: &str) {
        let trans: Vec<i64> = trans32.iter().map(|&t| i64::from(t)).collect();
        let emit: Vec<i64> = emit32
            .as_flattened()
            .iter()
            .map(|&e| i64::from(e))
            .collect();
        let (mut back, mut out, mut delta, mut fast) = (vec![], vec![], vec![], vec![]);
        viterbi(&emit, emit32.len(), N, &trans, c, &mut back, &mut out);
        IntDecoder::new(trans32, c).decode(emit32, &mut delta, &mut fast);
        assert_eq!(fast, out, "{what}");
    }

    /// `IntDecoder` finds the same sequences as `viterbi`, ties included (small random scores
    /// make many).
    #[test]
    fn int_decoder_equals_viterbi() {
        let c = Constraints::new(N);
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
            let trans32: Vec<i32> = (0..(N + 1) * N).map(|_| rand(trange)).collect();
            let n = (round * 7) % 40;
            let emit32: Vec<[i32; N]> = (0..n)
                .map(|_| std::array::from_fn(|_| rand(range)))
                .collect();
            both_decoders_agree(&trans32, &c, &emit32, &format!("round {round}"));
        }
        // Random constraint sets: tags with no, one, two, several or all predecessors.
        for round in 0..500 {
            let mut prev = Vec::new();
            for t in 0..N {
                let k = [0, 1, 2, 3, N, N, 2][(round + t) % 7];
                let keep = rand(1000).unsigned_abs() as usize;
                let ps: Vec<usize> = (0..N)
                    .filter(|&p| k == N || (p * 7 + t + keep) % N < k)
                    .collect();
                prev.push(ps);
            }
            let start = (0..N).map(|t| (t + round) % 3 != 0).collect();
            let c = Constraints { prev, start };
            let trans32: Vec<i32> = (0..(N + 1) * N).map(|_| rand(50)).collect();
            let n = round % 30;
            let emit32: Vec<[i32; N]> = (0..n).map(|_| std::array::from_fn(|_| rand(20))).collect();
            both_decoders_agree(&trans32, &c, &emit32, &format!("constraints round {round}"));
        }
        let d = IntDecoder::new(&[], &Constraints::new(3));
        d.decode(&[[1; N]; 4], &mut delta, &mut fast);
        viterbi(
            &[1; 4 * N],
            4,
            N,
            &[0; (N + 1) * N],
            &Constraints::new(3),
            &mut back,
            &mut out,
        );
        assert_eq!(fast, out);
        d.decode(&[], &mut delta, &mut out);
        assert!(out.is_empty());
    }
}
