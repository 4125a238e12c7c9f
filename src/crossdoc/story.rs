//! A story: several documents about one event, put side by side — their entity clusters, the
//! statements they share (or disagree on), and one timeline of all their resolved dates. The CLI's `compare` and the page's story view both print
//! a [`Story`].
//!
//! It does not annotate (callers pass each document's [`Annotations`]) and does not find outlets.

use serde::Serialize;

use super::statements::{group_statements, StatementGroup};
use super::{cluster_entities_with, ClusterOptions, DocInput, EntityCluster};
use crate::annotation::Kind;

/// Everything a story view shows.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    /// The documents, in input order.
    pub documents: Vec<StoryDocument>,
    /// Entity clusters across the documents, most widely shared first.
    pub entities: Vec<EntityCluster>,
    /// Quantified statements grouped across documents, most widely carried first.
    pub statements: Vec<StatementGroup>,
    /// Every resolved date of every document, in time order.
    pub timeline: Vec<TimelinePoint>,
}

/// One document of a story.
#[derive(Debug, Clone, Serialize)]
pub struct StoryDocument {
    /// The id the caller gave (a file name on the command line).
    pub id: String,
    /// The first non-empty line of the text (a headline, usually).
    pub title: Option<String>,
    /// The outlet or agency named in the text itself (see [`source_in_text`]), if any.
    pub source: Option<String>,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), where known.
    pub date: Option<String>,
    /// Where that date came from (`user`, `dateline`, …).
    pub date_source: Option<String>,
}

/// One date of one document on the shared timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelinePoint {
    /// The document id.
    pub doc: String,
    /// The expression as written.
    pub text: String,
    /// Its TIMEX3 value; only values with a known year (`2024…`) are placed on the timeline.
    pub value: String,
    /// The TIMEX3 type (`DATE`, `TIME`).
    pub label: String,
    /// Start in UTF-16 code units.
    pub start: usize,
    /// End in UTF-16 code units (exclusive).
    pub end: usize,
}

/// News agencies whose mark opens ("Berlin (dpa) –") or closes ("– dpa") an article.
const AGENCIES: &[&str] = &[
    "dpa",
    "AFP",
    "AP",
    "Reuters",
    "epd",
    "KNA",
    "dts",
    "APA",
    "SDA",
    "Keystone-SDA",
    "ANP",
    "Belga",
    "ddp",
    "sid",
    "rtr",
    "dpa-AFX",
];

/// The source a text names itself: an agency mark in its first lines ("Jüterbog (dpa) –") or at
/// its end ("– dpa", "dpa/lno"), or a site in a "Besuchen Sie uns auf: example.at" line.
pub fn source_in_text(text: &str) -> Option<String> {
    let head: String = text.chars().take(400).collect();
    for a in AGENCIES {
        if head.contains(&format!("({a})")) || head.contains(&format!("({a}/")) {
            return Some((*a).to_string());
        }
    }
    let last = text.lines().map(str::trim).rfind(|l| !l.is_empty())?;
    let tail = last
        .trim_start_matches(['–', '-', '—', '(', ' '])
        .trim_end_matches(['.', ')', ' ']);
    let first_word = tail.split(['/', ' ', ',']).next().unwrap_or("");
    if tail.len() <= 40 && AGENCIES.contains(&first_word) {
        return Some(first_word.to_string());
    }
    for line in text.lines().rev().take(12) {
        if let Some(i) = line.find("Besuchen Sie uns auf") {
            let site = line[i..]
                .split_whitespace()
                .skip(4)
                .find(|w| w.contains('.'))
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-'));
            if let Some(site) = site.filter(|s| !s.is_empty()) {
                return Some(site.to_string());
            }
        }
    }
    None
}

/// Builds the story of `docs` (entity clusters with `options`, and the shared timeline).
pub fn build_story(docs: &[DocInput<'_>], options: ClusterOptions) -> Story {
    let documents = docs
        .iter()
        .map(|(id, text, ann)| StoryDocument {
            id: (*id).to_string(),
            title: text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(200).collect()),
            source: source_in_text(text),
            date: ann.anchor.as_ref().map(|a| a.date.to_string()),
            date_source: ann.anchor.as_ref().map(|a| a.source.name().to_string()),
        })
        .collect();
    let mut timeline: Vec<TimelinePoint> = docs
        .iter()
        .flat_map(|(id, _, ann)| {
            ann.spans
                .iter()
                .filter(|s| s.kind == Kind::Date && (s.label == "DATE" || s.label == "TIME"))
                .filter_map(move |s| {
                    let value = s.attrs.value.as_deref()?;
                    let year_known =
                        value.len() >= 4 && value.as_bytes()[..4].iter().all(u8::is_ascii_digit);
                    year_known.then(|| TimelinePoint {
                        doc: (*id).to_string(),
                        text: s.text.clone(),
                        value: value.to_string(),
                        label: s.label.clone(),
                        start: s.at.start_utf16,
                        end: s.at.end_utf16,
                    })
                })
        })
        .collect();
    timeline.sort_by(|a, b| {
        a.value
            .cmp(&b.value)
            .then(a.doc.cmp(&b.doc))
            .then(a.start.cmp(&b.start))
    });
    let entities = cluster_entities_with(docs, options);
    Story {
        documents,
        statements: group_statements(docs, &entities),
        entities,
        timeline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Annotator, Date, Document};

    #[test]
    fn sources_named_in_the_text() {
        assert_eq!(
            source_in_text("Jüterbog (dpa) – Beim Brand …").as_deref(),
            Some("dpa")
        );
        assert_eq!(
            source_in_text("Paris (AFP/Reuters) – …").as_deref(),
            Some("AFP")
        );
        assert_eq!(source_in_text("Der Text.\n\n– dpa").as_deref(), Some("dpa"));
        assert_eq!(source_in_text("Der Text.\ndpa/lno").as_deref(), Some("dpa"));
        assert_eq!(
            source_in_text("Text.\nBesuchen Sie uns auf: www.example.at!").as_deref(),
            Some("www.example.at")
        );
        assert_eq!(source_in_text("Kein Hinweis hier. Die AP-Meldung …"), None);
        assert_eq!(source_in_text(""), None);
    }

    #[test]
    fn story_of_two_articles_shares_names_and_one_timeline() {
        let annotator = Annotator::new().expect("models load");
        let a = "Berlin, 6. November 2024 – Olaf Scholz traf gestern Emmanuel Macron in Paris.";
        let b = "Scholz und Macron sprachen am Dienstag in Paris über die Ukraine. 😀";
        let aa = annotator.annotate(&Document::new(a)).expect("annotates");
        let date = Date::new(2024, 11, 7).expect("valid");
        let bb = annotator
            .annotate(&Document::new(b).with_date(date))
            .expect("annotates");
        let story = build_story(&[("a", a, &aa), ("b", b, &bb)], ClusterOptions::default());
        assert_eq!(story.documents[0].date.as_deref(), Some("2024-11-06"));
        assert_eq!(story.documents[0].date_source.as_deref(), Some("dateline"));
        assert_eq!(story.documents[1].date_source.as_deref(), Some("user"));
        let paris = story
            .entities
            .iter()
            .find(|c| c.name == "Paris")
            .expect("Paris is a cluster");
        assert_eq!(paris.mentions.len(), 2);
        let values: Vec<(&str, &str)> = story
            .timeline
            .iter()
            .map(|p| (p.doc.as_str(), p.value.as_str()))
            .collect();
        assert_eq!(
            values,
            [
                ("a", "2024-11-05"),
                ("b", "2024-11-05"),
                ("a", "2024-11-06")
            ]
        );
        // Offsets are UTF-16: they slice the JavaScript string.
        let utf16: Vec<u16> = b.encode_utf16().collect();
        let p = story
            .timeline
            .iter()
            .find(|p| p.doc == "b")
            .expect("b has a date");
        assert_eq!(String::from_utf16_lossy(&utf16[p.start..p.end]), p.text);
    }
}
