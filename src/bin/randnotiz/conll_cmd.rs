//! `randnotiz tag-conll` and `randnotiz eval-conll`: evaluation of the entity tagger that anyone
//! can check with their own scorer.
//!
//! ```text
//! randnotiz tag-conll IN.tsv > OUT.tsv     same rows, one extra column: the predicted outer tag
//! randnotiz eval-conll OUT.tsv             P/R/F1 overall and per class (outer level, strict)
//! ```
//! `eval-conll` compares the third column (gold outer tag) with the last column of every row of
//! five or more columns, using conlleval's chunk rules.

use std::io::{self, Write};

use randnotiz::ner::{conll, EntityTagger};

use crate::{read_text, CliError};

/// `tag-conll IN.tsv`: writes IN.tsv with a predicted outer tag appended to every token row.
pub fn tag_conll(args: &[String]) -> Result<bool, CliError> {
    let [file] = args else {
        return Err(CliError::Usage("tag-conll needs exactly one FILE".into()));
    };
    let text = read_text(file)?;
    let tagger = EntityTagger::embedded()?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for s in conll::read(&text) {
        for c in &s.comments {
            writeln!(out, "{c}")?;
        }
        if s.rows.is_empty() {
            continue;
        }
        let tags = tagger.tag_tokens(&s.tokens());
        for (row, tag) in s.rows.iter().zip(&tags) {
            writeln!(out, "{}\t{tag}", row.line)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(true)
}

/// `eval-conll OUT.tsv`: prints the conlleval-style report of a file written by `tag-conll`.
pub fn eval_conll(args: &[String]) -> Result<bool, CliError> {
    let [file] = args else {
        return Err(CliError::Usage("eval-conll needs exactly one FILE".into()));
    };
    let text = read_text(file)?;
    let scores = conll::score_tagged(&conll::read(&text));
    print!("{}", scores.report());
    Ok(true)
}
