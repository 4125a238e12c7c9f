//! GermEval 2014 / CoNLL files: a reader and the conlleval-style chunk scorer.
//!
//! The reader accepts files with and without `#` comment lines (the GermEval train file has
//! none, dev and test have one before every sentence) and keeps every line as it was, so that a
//! tagged copy can be written with one extra column. The scorer implements the official
//! outer-level strict metric: a chunk is correct when its start, end and type all match, and a
//! chunk may start with `I-` (conlleval semantics). This module knows nothing about the model.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One token line of a GermEval file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The whole line as read (without the line break).
    pub line: String,
    /// The token (second column).
    pub token: String,
    /// The gold outer tag (third column), `O` when the line has none.
    pub outer: String,
    /// The last column of a line with five or more columns (the predicted tag in a file written
    /// by `tag-conll`), else `O`.
    pub last: String,
}

/// One sentence: the comment lines before it and its token rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllSentence {
    /// `#` lines that came before the sentence, as read.
    pub comments: Vec<String>,
    /// The token rows.
    pub rows: Vec<Row>,
}

impl ConllSentence {
    /// The tokens of the sentence.
    pub fn tokens(&self) -> Vec<&str> {
        self.rows.iter().map(|r| r.token.as_str()).collect()
    }

    /// The gold outer tags.
    pub fn gold(&self) -> Vec<&str> {
        self.rows.iter().map(|r| r.outer.as_str()).collect()
    }
}

/// Reads a GermEval-format TSV (index, token, outer tag, inner tag, ... ; blank line between
/// sentences; optional `#` lines). Lines with fewer than two columns are ignored. Never fails.
pub fn read(text: &str) -> Vec<ConllSentence> {
    let mut out = Vec::new();
    let mut cur = ConllSentence::default();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !cur.rows.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            if !cur.rows.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            continue;
        }
        let outer = cols.get(2).copied().unwrap_or("O");
        // Only a fifth (or later) column is a prediction; plain GermEval rows have four.
        let last = if cols.len() >= 5 {
            cols[cols.len() - 1]
        } else {
            "O"
        };
        cur.rows.push(Row {
            line: line.to_string(),
            token: cols[1].to_string(),
            outer: if outer.is_empty() {
                "O".into()
            } else {
                outer.to_string()
            },
            last: last.to_string(),
        });
    }
    if !cur.rows.is_empty() || !cur.comments.is_empty() {
        out.push(cur);
    }
    out
}

/// A chunk: first token, one past the last token, type (`PER`, `LOCderiv`, ...).
pub type Chunk = (usize, usize, String);

fn split_tag(tag: &str) -> (char, &str) {
    if tag == "O" || tag.is_empty() {
        return ('O', "");
    }
    match tag.split_once('-') {
        Some((p, t)) if p == "B" || p == "I" || p == "E" || p == "S" => {
            (p.chars().next().unwrap_or('O'), t)
        }
        _ => ('I', tag),
    }
}

/// The chunks of one sentence's tags with conlleval's rules: a chunk starts at `B-`, at `I-`
/// after `O` or after a different type; it ends before `B-`, `O` or a change of type.
pub fn chunks(tags: &[&str]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut prev = ('O', "");
    for (i, tag) in tags.iter().enumerate() {
        let (p, t) = split_tag(tag);
        let ends = match prev.0 {
            'O' => false,
            _ => p == 'B' || p == 'S' || p == 'O' || prev.0 == 'E' || prev.0 == 'S' || t != prev.1,
        };
        if ends {
            if let Some((s, ty)) = open.take() {
                out.push((s, i, ty.to_string()));
            }
        }
        let starts = match p {
            'O' => false,
            'B' | 'S' => true,
            _ => prev.0 == 'O' || prev.0 == 'E' || prev.0 == 'S' || t != prev.1,
        };
        if starts {
            open = Some((i, t));
        }
        prev = (p, t);
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty.to_string()));
    }
    out
}

/// Counts for one class (or all): correct chunks, gold chunks, predicted chunks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted chunks that match a gold chunk exactly (start, end, type).
    pub correct: usize,
    /// Gold chunks.
    pub gold: usize,
    /// Predicted chunks.
    pub predicted: usize,
}

impl Counts {
    /// Precision in percent (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        pct(self.correct, self.predicted)
    }
    /// Recall in percent (0 when there is no gold chunk).
    pub fn recall(&self) -> f64 {
        pct(self.correct, self.gold)
    }
    /// F1 in percent (0 when precision and recall are both 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Chunk scores over a corpus: overall and per class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    /// All classes together.
    pub total: Counts,
    /// Per chunk type.
    pub per_class: BTreeMap<String, Counts>,
    /// Tokens seen.
    pub tokens: usize,
    /// Tokens whose predicted tag equals the gold tag.
    pub tokens_correct: usize,
}

impl Scores {
    /// Adds one sentence. `gold` and `predicted` must have the same length; extra tags of the
    /// longer one are ignored.
    pub fn add(&mut self, gold: &[&str], predicted: &[&str]) {
        let n = gold.len().min(predicted.len());
        let (gold, predicted) = (&gold[..n], &predicted[..n]);
        self.tokens += n;
        self.tokens_correct += gold.iter().zip(predicted).filter(|(g, p)| g == p).count();
        let g = chunks(gold);
        let p = chunks(predicted);
        for c in &g {
            self.total.gold += 1;
            self.per_class.entry(c.2.clone()).or_default().gold += 1;
        }
        for c in &p {
            self.total.predicted += 1;
            let e = self.per_class.entry(c.2.clone()).or_default();
            e.predicted += 1;
            if g.contains(c) {
                e.correct += 1;
                self.total.correct += 1;
            }
        }
    }

    /// A conlleval-like report: one line overall, one per class.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let acc = pct(self.tokens_correct, self.tokens);
        let _ = writeln!(
            s,
            "processed {} tokens with {} gold chunks; found: {} chunks; correct: {}.",
            self.tokens, self.total.gold, self.total.predicted, self.total.correct
        );
        let _ = writeln!(
            s,
            "{:>10}  accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            "overall",
            acc,
            self.total.precision(),
            self.total.recall(),
            self.total.f1()
        );
        for (class, c) in &self.per_class {
            let _ = writeln!(
                s,
                "{:>10}  precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  gold {} found {}",
                class,
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted
            );
        }
        s
    }
}

/// Scores a file written by `tag-conll`: gold outer tag in the third column, prediction in the
/// last column.
pub fn score_tagged(sentences: &[ConllSentence]) -> Scores {
    let mut scores = Scores::default();
    for s in sentences {
        let gold = s.gold();
        let pred: Vec<&str> = s.rows.iter().map(|r| r.last.as_str()).collect();
        scores.add(&gold, &pred);
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_follow_conlleval() {
        let tags = [
            "B-PER",
            "I-PER",
            "O",
            "I-LOC",
            "I-LOC",
            "B-LOC",
            "I-ORG",
            "B-OTHpart",
        ];
        assert_eq!(
            chunks(&tags),
            vec![
                (0, 2, "PER".to_string()),
                (3, 5, "LOC".to_string()),
                (5, 6, "LOC".to_string()),
                (6, 7, "ORG".to_string()),
                (7, 8, "OTHpart".to_string()),
            ]
        );
        assert!(chunks(&[]).is_empty());
        assert!(chunks(&["O", "O"]).is_empty());
    }

    #[test]
    fn strict_scores_count_exact_chunks_only() {
        let mut s = Scores::default();
        // Gold: PER(0..2), LOC(3..4). Predicted: PER(0..1) wrong boundary, LOC(3..4) right.
        s.add(
            &["B-PER", "I-PER", "O", "B-LOC"],
            &["B-PER", "O", "O", "B-LOC"],
        );
        assert_eq!(
            s.total,
            Counts {
                correct: 1,
                gold: 2,
                predicted: 2
            }
        );
        assert_eq!(
            s.per_class["PER"],
            Counts {
                correct: 0,
                gold: 1,
                predicted: 1
            }
        );
        assert!((s.total.f1() - 50.0).abs() < 1e-9);
        assert_eq!(s.tokens_correct, 3);
    }

    #[test]
    fn chunk_starting_with_i_matches_b() {
        let mut s = Scores::default();
        s.add(&["O", "B-ORG", "I-ORG", "O"], &["O", "I-ORG", "I-ORG", "O"]);
        assert_eq!(s.total.correct, 1);
        assert!((s.total.f1() - 100.0).abs() < 1e-9);
        // A type change inside a run of I- tags splits the chunk.
        let mut s = Scores::default();
        s.add(&["B-ORG", "I-ORG"], &["I-ORG", "I-LOC"]);
        assert_eq!(
            s.total,
            Counts {
                correct: 0,
                gold: 1,
                predicted: 2
            }
        );
        assert_eq!(s.total.precision(), 0.0);
    }

    #[test]
    fn reader_accepts_comments_soft_hyphens_and_missing_columns() {
        let text = "#\thttp://x\t[2010]\n1\tA\u{AD}b\tB-PER\tO\n2\tc\tO\tO\n\n1\tX\tB-LOC\tO\tI-LOC\n3\tbad\n\n";
        let s = read(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].comments.len(), 1);
        assert_eq!(s[0].tokens(), vec!["A\u{AD}b", "c"]);
        assert_eq!(s[1].gold(), vec!["B-LOC", "O"]);
        assert_eq!(s[1].rows[0].last, "I-LOC");
        let scores = score_tagged(&s);
        assert_eq!(scores.total.gold, 2);
        assert_eq!(scores.total.correct, 1);
        assert!(read("").is_empty());
    }
}
