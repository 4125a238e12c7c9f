//! German named entities: a statistical tagger trained on GermEval 2014.
//!
//! [`EntityTagger`] marks persons, places, organisations and other names (`PER`, `LOC`, `ORG`,
//! `OTH`) and their derived (`LOCderiv`: "deutschen") and partial (`ORGpart`: "EU-Gipfel") forms,
//! GermEval's twelve outer-level chunk types. The model is a linear model (the mean of averaged
//! structured perceptrons) over hashed word, affix, character 4-gram, shape, neighbour,
//! word-cluster and gazetteer features ([`features`]), pruned and quantized to integers
//! ([`model`]), decoded with BIO-constrained Viterbi ([`decode`]); person chunks separated only by
//! name particles ("Mohammed bin Salman") are then joined. The trained model is embedded in the
//! crate (`models/ner-de.bin`, written by `src/bin/train_ner.rs`, see `models/README.md`);
//! [`conll`] reads GermEval files and scores them.
//!
//! Tagging shares work between repeated tokens: the scores of a token's features are summed
//! once per distinct token, pair of neighbouring tokens and shape trigram of a text and reused
//! (the caches of the internal module `scorer`; the scores, and so the tags, are exactly those
//! of summing every feature at every position), and [`decode::IntDecoder`] skips predecessors
//! that cannot win.
//!
//! Real text is tagged with the crate's own tokens, brought into GermEval form by
//! [`features::normalize`] (all quotation marks as `"`, soft hyphens dropped); hyphenated
//! compounds stay one token, as in GermEval ("EU-Kommissarin" is `ORGpart`). Titles and functions
//! ("Bundeskanzler", "Präsident") are, as in GermEval, not part of a `PER` chunk.
//!
//! What it does not do: nested (inner-level) entities, entity linking, coreference ("die
//! Kanzlerin" is not a `PER`), a second pass over the document (each sentence is tagged on its
//! own), or probabilities: a perceptron has no calibrated confidence, so annotations carry none.

pub mod conll;
pub mod decode;
pub mod features;
pub mod model;
mod scorer;

use crate::annotation::{Annotation, Kind};
use crate::error::Result;
use crate::span::Span;
use crate::tokenize::Tokenized;

use decode::{Constraints, IntDecoder};
use model::{Model, LABELS};
use scorer::{EdgeScores, TextScorer};

/// Per-tag scores of one token.
type Scores = [i32; N_LABELS];
/// Number of tags.
const N_LABELS: usize = LABELS.len();

/// The model trained by `train-ner`, embedded at build time.
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/ner-de.bin");

/// The German entity tagger. Build it once (loading takes some 20–30 ms natively) and reuse it;
/// it is immutable and can be shared between threads.
#[derive(Debug, Clone)]
pub struct EntityTagger {
    model: Model,
    decoder: IntDecoder,
    edges: EdgeScores,
}

/// Reusable buffers for tagging the sentences of one text.
#[derive(Debug, Default)]
struct Buffers {
    emit: Vec<Scores>,
    delta: Vec<[i64; N_LABELS]>,
}

impl EntityTagger {
    /// The tagger with the model embedded in the crate. Fails only if that model is corrupt
    /// ([`Error::InvalidModel`](crate::Error::InvalidModel)), which the crate's tests rule out.
    pub fn embedded() -> Result<EntityTagger> {
        EntityTagger::from_bytes(EMBEDDED_MODEL)
    }

    /// A tagger with the model in `bytes` (a file written by `train-ner`). Fails with
    /// [`Error::InvalidModel`](crate::Error::InvalidModel) when the bytes are not such a model or
    /// were written for another format or feature version.
    pub fn from_bytes(bytes: &[u8]) -> Result<EntityTagger> {
        let model = Model::from_bytes(bytes)?;
        let constraints = Constraints::new(model.n_labels());
        let decoder = IntDecoder::new(&model.trans, &constraints);
        let edges = EdgeScores::new(&model);
        Ok(EntityTagger {
            model,
            decoder,
            edges,
        })
    }

    /// The size of the embedded model file in bytes.
    pub fn embedded_size() -> usize {
        EMBEDDED_MODEL.len()
    }

    /// Tags one sentence: one index into [`LABELS`] per token.
    pub fn tag_indices(&self, tokens: &[&str]) -> Vec<usize> {
        self.tag_with(&mut TextScorer::new(), tokens, &mut Buffers::default())
    }

    /// Tags one sentence. `scorer` keeps the scores of the features that do not depend on a
    /// token's position, by token, across the sentences of one text (the result does not depend
    /// on what it holds).
    fn tag_with<'t>(
        &self,
        scorer: &mut TextScorer<'t>,
        tokens: &[&'t str],
        buf: &mut Buffers,
    ) -> Vec<usize> {
        let mut out = Vec::with_capacity(tokens.len());
        if tokens.is_empty() {
            return out;
        }
        scorer.score(&self.model, &self.edges, tokens, &mut buf.emit);
        self.decoder.decode(&buf.emit, &mut buf.delta, &mut out);
        join_name_particles(tokens, &mut out);
        out
    }

    /// Tags one sentence: one outer BIO tag per token (`"B-PER"`, `"I-LOCderiv"`, `"O"`).
    /// Any tokens are accepted (empty strings, emoji, very long sentences); the output always has
    /// `tokens.len()` tags and forms valid chunks (`I-X` only after `B-X` or `I-X`).
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<String> {
        self.tag_indices(tokens)
            .into_iter()
            .map(|t| LABELS.get(t).copied().unwrap_or("O").to_string())
            .collect()
    }

    /// Finds the entities of `text`, sentence by sentence, using its tokens. Returns annotations
    /// of kind [`Kind::Entity`] labelled `PER`, `LOC`, `ORG`, `OTH`, `PERderiv`, `LOCpart`, ...,
    /// spanning from the first to the last token of each chunk, in text order. Token spans that
    /// lie outside `text` are ignored.
    pub fn annotate(&self, text: &str, tokenized: &Tokenized) -> Vec<Annotation> {
        let mut out = Vec::new();
        let mut scorer = TextScorer::new();
        let mut buf = Buffers::default();
        for sentence in &tokenized.sentences {
            let Some(toks) = tokenized.tokens.get(sentence.tokens.clone()) else {
                continue;
            };
            let words: Vec<&str> = toks
                .iter()
                .map(|t| text.get(t.span.start..t.span.end).unwrap_or(""))
                .collect();
            let tags = self.tag_with(&mut scorer, &words, &mut buf);
            let names: Vec<&str> = tags
                .iter()
                .map(|&t| LABELS.get(t).copied().unwrap_or("O"))
                .collect();
            for (start, end, ty) in conll::chunks(&names) {
                let (Some(a), Some(b)) = (toks.get(start), toks.get(end.wrapping_sub(1))) else {
                    continue;
                };
                let span = Span::new(a.span.start, b.span.end);
                if text.get(span.start..span.end).is_none() {
                    continue;
                }
                out.push(Annotation::new(Kind::Entity, ty, span));
            }
        }
        out
    }
}

/// Lowercase particles inside personal names ("Mohammed bin Salman", "Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ter", "van", "von", "zu",
];

/// Joins two person chunks separated only by name particles into one: GermEval has too few
/// Arabic names for the model to learn that "bin" in "Mohammed bin Salman" is part of the name.
fn join_name_particles(tokens: &[&str], tags: &mut [usize]) {
    let (b_per, i_per) = (model::label_index("B-PER"), model::label_index("I-PER"));
    let mut i = 1;
    while i < tags.len() {
        let prev_is_per = tags[i - 1] == b_per || tags[i - 1] == i_per;
        if prev_is_per && tags[i] == 0 {
            let mut j = i;
            while j < tags.len()
                && j - i < 3
                && tags[j] == 0
                && tokens.get(j).is_some_and(|t| NAME_PARTICLES.contains(t))
            {
                j += 1;
            }
            if j > i && j < tags.len() && tags[j] == b_per {
                for t in &mut tags[i..=j] {
                    *t = i_per;
                }
                i = j;
            }
        }
        i += 1;
    }
}

/// Text for the tagger's unit tests: the golden articles plus odd tokens (quotes, a name
/// particle, emoji, combining marks, soft hyphens, Greek capitals).
#[cfg(test)]
pub(crate) fn odd_test_text() -> String {
    let mut text: String = [
        include_str!("../../tests/golden/articles/klimagipfel.txt"),
        include_str!("../../tests/golden/articles/hochwasser.txt"),
        include_str!("../../tests/golden/articles/interview.txt"),
    ]
    .concat();
    text.push_str(" „Olaf Scholz“ traf Mohammed bin Salman in Frankfurt am Main. 😀 e\u{301} ");
    text.push_str("Bundes\u{AD}tag EU-Kommissarin -- 1990er ΣΟΦΙΑ Ü-Ei Deutsche Bahn AG");
    text
}

/// Test sentences from `words`: edge cases (empty, one word, empty and soft-hyphen tokens), the
/// words in chunks of `chunk` and of `small`, and all words as one sentence.
#[cfg(test)]
pub(crate) fn test_sentences<'a>(
    words: &[&'a str],
    chunk: usize,
    small: usize,
) -> Vec<Vec<&'a str>> {
    let mut sentences: Vec<Vec<&str>> = vec![vec![], vec!["Berlin"], vec!["", "\u{AD}"]];
    sentences.extend(words.chunks(chunk).map(<[&str]>::to_vec));
    sentences.extend(words.chunks(small).map(<[&str]>::to_vec));
    sentences.push(words.to_vec());
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads_and_tags_anything() {
        let t = EntityTagger::embedded().expect("embedded model is valid");
        assert!(t.tag_tokens(&[]).is_empty());
        let odd = ["", "😀", "e\u{301}", "\u{AD}", "„", "Scholz", "👩‍👩‍👧"];
        let tags = t.tag_tokens(&odd);
        assert_eq!(tags.len(), odd.len());
        let long: Vec<&str> = ["Olaf", "Scholz", "besucht", "Berlin", "."]
            .iter()
            .cycle()
            .take(10_000)
            .copied()
            .collect();
        let tags = t.tag_tokens(&long);
        assert_eq!(tags.len(), long.len());
        for w in tags.windows(2) {
            if let Some(ty) = w[1].strip_prefix("I-") {
                assert_eq!(&w[0][2..], ty, "invalid BIO sequence {w:?}");
            }
        }
    }

    #[test]
    fn name_particles_join_person_chunks() {
        let (b, i) = (model::label_index("B-PER"), model::label_index("I-PER"));
        let toks = ["Mohammed", "bin", "Salman", "und", "ich", "bin", "Max"];
        let mut tags = vec![b, 0, b, 0, 0, 0, b];
        join_name_particles(&toks, &mut tags);
        assert_eq!(tags, vec![b, i, i, 0, 0, 0, b]);
        let mut tags = vec![b, 0, 0];
        join_name_particles(&toks[..3], &mut tags);
        assert_eq!(tags, vec![b, 0, 0]);
    }

    #[test]
    fn annotate_spans_are_in_bounds() {
        let t = EntityTagger::embedded().expect("embedded model is valid");
        let text =
            "😀 Bundeskanzler Olaf Scholz traf in Kiew Wolodymyr Selenskyj. „Gut“, sagte er.";
        let tok = crate::tokenize::tokenize(text);
        let anns = t.annotate(text, &tok);
        for a in &anns {
            assert!(text.get(a.span().start..a.span().end).is_some());
            assert_eq!(a.kind, Kind::Entity);
        }
        assert!(t.annotate("", &crate::tokenize::tokenize("")).is_empty());
    }
}
