//! `randnotiz`: the command-line face of the same core the page uses.
//!
//! ```text
//! randnotiz annotate [--date YYYY-MM-DD] [--lang de|en] [--pretty] FILE...   (FILE may be -)
//! randnotiz tag-conll IN.tsv > OUT.tsv
//! randnotiz eval-conll OUT.tsv
//! ```
//! `annotate` prints one JSON object per file and line: `{"file": NAME, ...Annotations}`, the
//! exact structure the page receives. A file that cannot be read or is not UTF-8 gets a message
//! on stderr naming it; the other files are still annotated and the exit code is 1.

mod compare_cmd;
mod conll_cmd;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use randnotiz::{Annotations, Annotator, Date, Document, Lang};
use serde::Serialize;

const USAGE: &str =
    "usage: randnotiz annotate [--date YYYY-MM-DD] [--lang de|en] [--pretty] FILE...
  Prints the annotations of each FILE (- reads standard input) as one JSON object per line.
       randnotiz tag-conll IN.tsv > OUT.tsv
  Appends the predicted outer entity tag to every token row of a GermEval file.
       randnotiz eval-conll OUT.tsv
  Prints outer-level strict chunk precision, recall and F1 (overall, per class).";

/// What can go wrong on the command line.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error(transparent)]
    Core(#[from] randnotiz::Error),
    #[error("{file}: cannot read: {source}")]
    Read { file: String, source: io::Error },
    #[error("{file}: not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8 first")]
    NotUtf8 { file: String, offset: usize },
    #[error("cannot write output: {0}")]
    Write(#[from] io::Error),
}

#[derive(Serialize)]
struct FileAnnotations<'a> {
    file: &'a str,
    #[serde(flatten)]
    annotations: &'a Annotations,
}

struct AnnotateArgs {
    lang: Lang,
    date: Option<Date>,
    pretty: bool,
    files: Vec<String>,
}

fn parse_annotate(args: &[String]) -> Result<AnnotateArgs, CliError> {
    let mut out = AnnotateArgs {
        lang: Lang::De,
        date: None,
        pretty: false,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("{name} needs a value")))
        };
        match a.as_str() {
            "--lang" => out.lang = value("--lang")?.parse()?,
            "--date" => out.date = Some(value("--date")?.parse()?),
            "--pretty" => out.pretty = true,
            "-h" | "--help" => return Err(CliError::Usage(String::new())),
            s if s.starts_with("--") => return Err(CliError::Usage(format!("unknown option {s}"))),
            f => out.files.push(f.to_string()),
        }
    }
    if out.files.is_empty() {
        return Err(CliError::Usage("no input file".into()));
    }
    Ok(out)
}

fn read_text(file: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let res = if file == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|source| CliError::Read {
        file: file.to_string(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| CliError::NotUtf8 {
        file: file.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn annotate(args: &[String]) -> Result<bool, CliError> {
    let args = parse_annotate(args)?;
    let annotator = Annotator::new()?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for file in &args.files {
        let result = read_text(file).and_then(|text| {
            let mut doc = Document::new(text).with_lang(args.lang);
            doc.article_date = args.date;
            Ok(annotator.annotate(&doc)?)
        });
        match result {
            Ok(annotations) => {
                let record = FileAnnotations {
                    file,
                    annotations: &annotations,
                };
                let json = if args.pretty {
                    serde_json::to_string_pretty(&record)
                } else {
                    serde_json::to_string(&record)
                };
                let json = json.map_err(|e| CliError::Write(io::Error::other(e)))?;
                writeln!(out, "{json}")?;
            }
            Err(e) => {
                out.flush()?;
                eprintln!("randnotiz: {e}");
                all_ok = false;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn run() -> Result<bool, CliError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("annotate") => annotate(&args[1..]),
        Some("compare") => compare_cmd::compare(&args[1..]),
        Some("tag-conll") => conll_cmd::tag_conll(&args[1..]),
        Some("eval-conll") => conll_cmd::eval_conll(&args[1..]),
        Some("-h" | "--help") | None => Err(CliError::Usage(String::new())),
        Some(other) => Err(CliError::Usage(format!("unknown command {other:?}"))),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("randnotiz: {e}");
            ExitCode::from(2)
        }
    }
}
