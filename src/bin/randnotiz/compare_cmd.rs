//! `randnotiz compare`: several articles about one story, compared.
//!
//! ```text
//! randnotiz compare [--lang de|en] [--pretty] [--surnames-across-documents] FILE...   (FILE may be -)
//! ```
//! `--surnames-across-documents` lets a surname alone join the one full name of all files that fits
//! it when its own file has none (see `ClusterOptions`).
//! Annotates every file and prints one JSON object:
//!
//! ```json
//! {"documents": [{"id": "a.txt", "title": "First non-empty line", "source": null, "date": null}],
//!  "entities": [{"name": "Wolodymyr Selenskyj", "type": "PER",
//!                "variants": ["Selenskyj", "Wolodymyr Selenskyj"],
//!                "mentions": [{"doc": "a.txt", "text": "Selenskyj", "start": 10, "end": 19}]}],
//!  "statements": [{"summary": "mehr als 2.000 Feuerwehrleute", "documents": ["a.txt", "b.txt"],
//!                  "members": [{"doc": "a.txt", "text": "…", "start": 0, "end": 52, "kind": "stated",
//!                               "speaker": null, "attribution": "stated",
//!                               "quantity": {"value": 2000.0, "modifier": "more_than",
//!                                            "unit_lemma": "Feuerwehrleute"}}],
//!                  "single_source": false, "disagreement": null}],
//!  "timeline": [{"doc": "a.txt", "text": "gestern", "value": "2024-11-05", "label": "DATE",
//!                "start": 40, "end": 47}]}
//! ```
//! `start`/`end` are UTF-16 offsets into the file's text. A file that cannot be read, is not
//! UTF-8 or is too long gets a message on stderr and is left out; the others are still compared
//! and the exit code is 1.

use std::io::{self, Write};

use randnotiz::crossdoc::statements::StatementGroup;
use randnotiz::crossdoc::{build_story, ClusterOptions, TimelinePoint};
use randnotiz::{Annotations, Annotator, Document, Lang};
use serde::Serialize;

use crate::{read_text, CliError};

#[derive(Serialize)]
struct Output {
    documents: Vec<DocumentOut>,
    entities: Vec<EntityOut>,
    /// Quantified statements grouped across documents, with each document's attribution.
    statements: Vec<StatementGroup>,
    /// Every resolved date of every document, in time order.
    timeline: Vec<TimelinePoint>,
}

#[derive(Serialize)]
struct DocumentOut {
    id: String,
    title: Option<String>,
    /// The outlet: an agency mark or site named in the text, else the file name without folder and
    /// extension.
    source: Option<String>,
    /// The date its relative expressions were resolved against (found in the text), or null.
    date: Option<String>,
}

#[derive(Serialize)]
struct EntityOut {
    name: String,
    #[serde(rename = "type")]
    label: String,
    variants: Vec<String>,
    mentions: Vec<MentionOut>,
}

#[derive(Serialize)]
struct MentionOut {
    doc: String,
    text: String,
    start: usize,
    end: usize,
}

/// `compare [--lang de|en] [--pretty] FILE...`; returns false when a file had to be left out.
pub fn compare(args: &[String]) -> Result<bool, CliError> {
    let mut lang = Lang::De;
    let mut pretty = false;
    let mut options = ClusterOptions::default();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => {
                lang = it
                    .next()
                    .ok_or_else(|| CliError::Usage("--lang needs a value".into()))?
                    .parse()?
            }
            "--pretty" => pretty = true,
            "--surnames-across-documents" => options.surname_across_documents = true,
            "-h" | "--help" => return Err(CliError::Usage(String::new())),
            s if s.starts_with("--") => return Err(CliError::Usage(format!("unknown option {s}"))),
            f => files.push(f.to_string()),
        }
    }
    if files.is_empty() {
        return Err(CliError::Usage("compare needs at least one FILE".into()));
    }
    let annotator = Annotator::new()?;
    let mut all_ok = true;
    let mut docs: Vec<(&str, String, Annotations)> = Vec::new();
    for file in &files {
        let result = read_text(file).and_then(|text| {
            let doc = Document::new(text.clone()).with_lang(lang);
            Ok((text, annotator.annotate(&doc)?))
        });
        match result {
            Ok((text, ann)) => docs.push((file, text, ann)),
            Err(e) => {
                eprintln!("randnotiz: {e}");
                all_ok = false;
            }
        }
    }
    let input: Vec<(&str, &str, &Annotations)> = docs
        .iter()
        .map(|(id, text, ann)| (*id, text.as_str(), ann))
        .collect();
    let story = build_story(&input, options);
    let out = Output {
        documents: story
            .documents
            .into_iter()
            .map(|d| DocumentOut {
                // The outlet named in the text, else the file name.
                source: Some(d.source.unwrap_or_else(|| file_stem(&d.id))),
                id: d.id,
                title: d.title,
                date: d.date,
            })
            .collect(),
        entities: story
            .entities
            .into_iter()
            .map(|c| EntityOut {
                name: c.name,
                label: c.label,
                variants: c.variants,
                mentions: c
                    .mentions
                    .into_iter()
                    .map(|m| MentionOut {
                        doc: m.doc,
                        text: m.text,
                        start: m.start,
                        end: m.end,
                    })
                    .collect(),
            })
            .collect(),
        statements: story.statements,
        timeline: story.timeline,
    };
    let json = if pretty {
        serde_json::to_string_pretty(&out)
    } else {
        serde_json::to_string(&out)
    }
    .map_err(|e| CliError::Write(io::Error::other(e)))?;
    let stdout = io::stdout();
    let mut w = stdout.lock();
    writeln!(w, "{json}")?;
    w.flush()?;
    Ok(all_ok)
}

/// `dir/name.txt` → `name`.
fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}
