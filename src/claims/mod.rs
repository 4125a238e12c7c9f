//! Claims: who says what. Finds five kinds of claim in German news, each with its content span,
//! cue, speaker and certainty:
//!
//! - `direct`: words in paired quotation marks of any style („…“ “…” »…« «…» "…" ‚…‘), also
//!   across sentences and interrupted by the attribution („…“, sagte er, „…“ gives two claims).
//!   Quoted terms and titles (der sogenannte „Vertrag“, a film title inside a sentence without a
//!   reporting verb) are left out. Certainty `asserted`.
//! - `indirect`: reported speech after a reporting verb (`Sie betonte, dass …`, `Er sagte, die Lage
//!   sei ernst`, `Die Lage sei ernst, sagte er`, `…, so der Minister`) and sentences in
//!   Konjunktiv I that continue a report (`Der Zug sei eingetroffen.`). Certainty `asserted`.
//! - `according_to`: `laut X`, `X zufolge`, `nach Angaben von X`, `gemäß X`, `unter Berufung auf X`,
//!   `wie X berichtete`, `X berichtete, dass …`, `heißt es`, `Berichten zufolge`. Certainty
//!   `reported`.
//! - `hearsay`: `soll … haben/sein`, `angeblich`, `mutmaßlich`, `vermeintlich`. Certainty `hearsay`.
//! - `hedged`: `könnte`, `möglicherweise`, `(sehr) wahrscheinlich`, `vermutlich`, `es wird
//!   befürchtet, dass …`, verbs of belief (`befürchten`, `erwarten`), and claims of unnamed groups
//!   (`Experten weisen darauf hin, dass …`). Certainty `hedged`.
//!
//! The cue is the reporting verb (with its separable particle: `teilte … mit` gives cue
//! `teilte mit`, `cue_at` on `teilte`), preposition or marker. The speaker is the verb's subject,
//! the object of `laut`/`zufolge`, the name in an apposition, or the full name a pronoun, surname or
//! title refers back to ([`speaker`]). Questions and the writer's own plain statements give no
//! claim.
//!
//! Everything is rules over the shared tokens: no model, no regular expressions. The verb lexicon
//! is [`lexicon`], the mood test [`konjunktiv`].

mod clause;
pub mod konjunktiv;
pub mod lexicon;
mod quotes;
pub mod speaker;

pub use quotes::{find_quotations, Quotation};

use std::borrow::Cow;

use crate::annotation::{Annotation, Extent, Kind};
use crate::span::Span;
use crate::tokenize::{Sentence, Token, TokenKind, Tokenized};

use konjunktiv::{Mood, MoodTable};
use lexicon::{FormKind, Lexicon, VerbClass};
use speaker::{lower, Names, Speaker, SpeakerReader};

/// Finds claims in a tokenized text. Build it once (it holds the verb lexicon) and reuse it.
#[derive(Debug, Clone)]
pub struct ClaimDetector {
    lexicon: Lexicon,
    moods: MoodTable,
}

impl Default for ClaimDetector {
    fn default() -> Self {
        ClaimDetector::new()
    }
}

/// Longest clause the rules look at, in tokens. Real clauses are far shorter; the cap keeps every
/// rule linear on text without punctuation (a pasted word list, a minified page).
const MAX_CLAUSE: usize = 120;

/// Auxiliary and modal verbs that carry a participle or infinitive cue (`hat gesagt`).
const AUX: &[&str] = &[
    "hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "sind", "waren",
    "sei", "wird", "wurde", "werden", "wurden", "werde", "will", "wollte", "wollten", "wollen",
    "kann", "konnte", "können", "konnten", "muss", "musste", "müssen", "mussten", "soll", "sollte",
    "sollen", "sollten", "möchte", "dürfte", "könnte", "würde", "würden",
];

/// Words that open a subordinate clause (the verb in it is not a main-clause cue).
const SUBORDINATORS: &[&str] = &[
    "dass", "daß", "weil", "ob", "nachdem", "obwohl", "wenn", "als", "da", "damit", "während",
    "bevor", "der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher",
    "welches", "was", "wo", "sodass", "indem", "falls", "seit", "seitdem", "bis", "um", "ohne",
    "worauf", "wobei", "womit", "wonach", "weshalb", "warum",
];

/// Words that open the content clause of an indirect question or exclamation.
const QUESTION_WORDS: &[&str] = &[
    "ob",
    "wie",
    "warum",
    "weshalb",
    "wieso",
    "wann",
    "wo",
    "wer",
    "was",
    "welche",
    "welcher",
    "welches",
    "wohin",
    "woher",
    "inwiefern",
];

const PREPOSITIONS: &[&str] = &[
    "am",
    "im",
    "in",
    "an",
    "auf",
    "aus",
    "bei",
    "beim",
    "mit",
    "nach",
    "vor",
    "vom",
    "von",
    "zu",
    "zum",
    "zur",
    "über",
    "unter",
    "gegenüber",
    "während",
    "seit",
    "bis",
    "für",
    "gegen",
    "um",
    "durch",
    "ohne",
    "hinter",
    "neben",
    "zwischen",
    "trotz",
    "wegen",
    "angesichts",
    "ins",
    "ans",
];

/// Hedging adverbs and verbs (lower case), each a `hedged` cue.
const HEDGES: &[&str] = &[
    "könnte",
    "könnten",
    "möglicherweise",
    "wahrscheinlich",
    "vermutlich",
    "womöglich",
    "eventuell",
    "voraussichtlich",
    "offenbar",
    "anscheinend",
    "dürfte",
    "dürften",
    "vielleicht",
    "mutmaßen",
    "scheint",
    "scheinen",
    "schien",
    "schienen",
    "wohlmöglich",
    "unter",
];

/// The hedging adverbs among [`HEDGES`]: a sentence opening with one is hedged even when it
/// continues reported speech.
const HEDGE_ADVERBS: &[&str] = &[
    "möglicherweise",
    "wahrscheinlich",
    "vermutlich",
    "womöglich",
    "wohlmöglich",
    "eventuell",
    "voraussichtlich",
    "offenbar",
    "anscheinend",
    "vielleicht",
];

/// Intensifiers kept with a hedge (`sehr wahrscheinlich`).
const HEDGE_INTENSIFIERS: &[&str] = &[
    "sehr", "höchst", "eher", "durchaus", "recht", "ziemlich", "wenig", "relativ",
];

/// Predicates of `Es ist … , dass` that hedge the clause.
const HEDGE_PREDICATES: &[&str] = &[
    "möglich",
    "denkbar",
    "ausgeschlossen",
    "wahrscheinlich",
    "unklar",
    "fraglich",
    "vorstellbar",
    "unwahrscheinlich",
];

/// True for a joined zu-infinitive of a separable verb (`auszuweiten`, `anzugreifen`).
fn is_zu_infinitive(word: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor", "weg",
        "zu", "zurück", "weiter", "durch", "um", "los", "dar", "frei", "bekannt", "statt", "teil",
    ];
    word.ends_with('n')
        && PARTICLES.iter().any(|p| {
            word.strip_prefix(p)
                .and_then(|rest| rest.strip_prefix("zu"))
                .is_some_and(|verb| {
                    verb.chars().count() >= 4
                        && (verb.ends_with("en") || verb.ends_with("ern") || verb.ends_with("eln"))
                })
        })
}

/// A claim under construction.
#[derive(Debug, Clone)]
struct Claim {
    label: &'static str,
    content: Span,
    cue: Option<(String, Span)>,
    speaker: Option<Speaker>,
    sentence: usize,
    /// False for a claim whose quoted words stay separate direct claims (`bezeichnete X als „…“`).
    absorbs_quotes: bool,
}

fn certainty(label: &str) -> &'static str {
    match label {
        "according_to" => "reported",
        "hearsay" => "hearsay",
        "hedged" => "hedged",
        _ => "asserted",
    }
}

/// One reading of a token as a reporting verb.
#[derive(Debug, Clone, Copy)]
struct VerbCue {
    class: VerbClass,
    kind: FormKind,
    particle: Option<usize>,
    at: usize,
}

impl ClaimDetector {
    /// A detector with the built-in lexicon and rules.
    pub fn new() -> Self {
        let lexicon = Lexicon::new();
        let moods = MoodTable::new(&lexicon);
        ClaimDetector { lexicon, moods }
    }

    /// The reporting-verb lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Claims in `text` (already tokenized as `tokenized`), as annotations of kind [`Kind::Claim`]
    /// with label `direct`, `indirect`, `according_to`, `hearsay` or `hedged`, in text order.
    ///
    /// `entities` are entity annotations from an earlier stage (kind [`Kind::Entity`], label
    /// `PER`, `ORG`, …); they may be empty, and when given they fix the speaker spans. Never
    /// panics; offsets other than byte spans are filled in later by
    /// [`crate::annotation::Annotations::resolve_offsets`].
    pub fn annotate(
        &self,
        text: &str,
        tokenized: &Tokenized,
        entities: &[Annotation],
    ) -> Vec<Annotation> {
        let toks = tokenized.tokens.as_slice();
        if toks.is_empty() {
            return Vec::new();
        }
        // Entities sorted by start, so speaker lookups can binary-search them.
        let mut sorted: Vec<Annotation> = entities
            .iter()
            .filter(|e| e.kind == Kind::Entity)
            .cloned()
            .collect();
        sorted.sort_by_key(|e| e.span().start);
        let entities = sorted.as_slice();
        let names = Names::collect(text, toks, entities);
        let mut run = Run {
            det: self,
            text,
            toks,
            sents: &tokenized.sentences,
            reader: SpeakerReader {
                text,
                tokens: toks,
                entities,
                names: &names,
            },
            low: toks.iter().map(|t| lower(t.text(text))).collect(),
            sent_of: vec![0; toks.len()],
            quote_of: vec![None; toks.len()],
            used: vec![false; toks.len()],
            claims: Vec::new(),
            by_sentence: vec![Vec::new(); tokenized.sentences.len()],
        };
        run.run();
        let mut claims = run.claims;
        // quoted words inside someone's reported speech belong to that claim (mixed quotation)
        let reported: Vec<Span> = claims
            .iter()
            .filter(|c| c.absorbs_quotes && (c.label == "indirect" || c.label == "according_to"))
            .map(|c| c.content)
            .collect();
        claims.retain(|c| {
            c.label != "direct"
                || !reported
                    .iter()
                    .any(|r| r.contains(c.content) && *r != c.content)
        });
        claims.sort_by_key(|c| (c.content.start, std::cmp::Reverse(c.content.end)));
        claims.dedup_by(|b, a| a.content == b.content);
        claims.into_iter().map(|c| c.into_annotation()).collect()
    }
}

impl Claim {
    fn into_annotation(self) -> Annotation {
        let mut a = Annotation::new(Kind::Claim, self.label, self.content);
        a.attrs.certainty = Some(certainty(self.label).to_string());
        if let Some((cue, at)) = self.cue {
            a.attrs.cue = Some(cue);
            a.attrs.cue_at = Some(Extent::from_span(at));
        }
        // an impersonal "man"/"es" names nobody
        let named = |sp: &Speaker| {
            !(sp.unresolved && matches!(sp.name.as_str(), "man" | "Man" | "es" | "Es"))
        };
        if let Some(sp) = self.speaker.filter(named) {
            a.attrs.speaker = Some(sp.name);
            a.attrs.speaker_at = Some(Extent::from_span(sp.at));
        }
        a
    }
}

struct Run<'a> {
    det: &'a ClaimDetector,
    text: &'a str,
    toks: &'a [Token],
    sents: &'a [Sentence],
    reader: SpeakerReader<'a>,
    low: Vec<Cow<'a, str>>,
    sent_of: Vec<usize>,
    /// Index of the speech quotation that covers a token (marks included).
    quote_of: Vec<Option<usize>>,
    /// Tokens already used as an attribution.
    used: Vec<bool>,
    claims: Vec<Claim>,
    /// Claim indexes per sentence.
    by_sentence: Vec<Vec<usize>>,
}

impl<'a> Run<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn lw(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |c| c.as_ref())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.lw(i) == word
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation))
    }

    fn is_final(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.w(i), "." | "!" | "?" | "…" | "...")
    }

    /// Span from token `a` to token `b` (exclusive), trimmed of punctuation, quote marks and
    /// dashes at both ends; `None` when nothing is left.
    fn span(&self, a: usize, b: usize) -> Option<Span> {
        let trim = |i: usize| {
            let t = &self.toks[i];
            matches!(t.kind, TokenKind::Punct | TokenKind::Dash) && !matches!(self.w(i), ")" | "]")
                || t.kind == TokenKind::Quote && self.quote_of[i].is_none()
        };
        let (mut a, mut b) = (a, b.min(self.toks.len()));
        while a < b && trim(a) {
            a += 1;
        }
        while b > a && trim(b - 1) {
            b -= 1;
        }
        (a < b && (a..b).any(|i| self.is_word(i)))
            .then(|| Span::new(self.toks[a].span.start, self.toks[b - 1].span.end))
    }

    fn push(
        &mut self,
        label: &'static str,
        content: Option<Span>,
        cue: Option<(String, Span)>,
        speaker: Option<Speaker>,
        sentence: usize,
    ) -> bool {
        let Some(content) = content else { return false };
        self.add(Claim {
            label,
            content,
            cue,
            speaker,
            sentence,
            absorbs_quotes: true,
        });
        true
    }

    fn add(&mut self, mut claim: Claim) {
        if let Some(sp) = claim.speaker.as_mut().filter(|sp| sp.unresolved) {
            // a pronoun without a full name before it: the last claim's speaker, if it is a name
            let prev = self
                .recent_speaker(claim.sentence + 1, 3)
                .filter(|p| !p.unresolved && !speaker::PRONOUNS.contains(&p.name.as_str()));
            if let Some(p) = prev.filter(|p| p.at.start < sp.at.start) {
                sp.name = p.name;
                sp.unresolved = false;
            }
        }
        if let Some(v) = self.by_sentence.get_mut(claim.sentence) {
            v.push(self.claims.len());
        }
        self.claims.push(claim);
    }

    /// True when sentence `s` already has a claim other than direct speech.
    fn has_reported(&self, s: usize) -> bool {
        self.by_sentence
            .get(s)
            .is_some_and(|v| v.iter().any(|&c| self.claims[c].label != "direct"))
    }

    /// The speaker of the latest claim in the `back` sentences before `s`.
    fn recent_speaker(&self, s: usize, back: usize) -> Option<Speaker> {
        (s.saturating_sub(back)..s).rev().find_map(|t| {
            self.by_sentence
                .get(t)?
                .iter()
                .rev()
                .find_map(|&c| self.claims[c].speaker.clone())
        })
    }

    fn run(&mut self) {
        for (s, sent) in self.sents.iter().enumerate() {
            for i in sent.tokens.clone() {
                if let Some(x) = self.sent_of.get_mut(i) {
                    *x = s;
                }
            }
        }
        let quotes: Vec<Quotation> = find_quotations(self.text, self.toks)
            .into_iter()
            .filter(|q| {
                let before = q.open_token.checked_sub(1).map_or("", |b| self.lw(b));
                let named = matches!(
                    before,
                    "der"
                        | "die"
                        | "das"
                        | "des"
                        | "dem"
                        | "den"
                        | "sogenannte"
                        | "sogenannten"
                        | "so"
                        | "genannte"
                        | "genannten"
                        | "titel"
                ) || q.open_token > 0
                    && (speaker::is_org_word(self.w(q.open_token - 1))
                        || speaker::is_title_word(self.w(q.open_token - 1)));
                !named
            })
            .collect();
        // Speech-like quotes are marked now; short quotes (terms, single words) only when an
        // attribution in their own clause makes them somebody's words (`nannte es eine „Ente“`).
        let speech: Vec<bool> = quotes
            .iter()
            .map(|q| {
                let attributed =
                    self.w(q.close_token + 1) == "," && self.verb_at(q.close_token + 2).is_some();
                q.is_speech(self.text, self.toks) || attributed
            })
            .collect();
        for (n, q) in quotes.iter().enumerate().filter(|(n, _)| speech[*n]) {
            for i in q.open_token..=q.close_token.min(self.toks.len() - 1) {
                self.quote_of[i] = Some(n);
            }
        }
        self.direct(&quotes, &speech);
        for s in 0..self.sents.len() {
            let r = self.sents[s].tokens.clone();
            if self.is_question(r.clone()) {
                continue;
            }
            self.verbs(s);
            self.according_to(s);
        }
        for s in 0..self.sents.len() {
            let r = self.sents[s].tokens.clone();
            if self.is_question(r.clone()) || self.has_reported(s) {
                continue;
            }
            if !self.free_indirect(s) {
                self.markers(s);
            }
        }
    }

    fn is_question(&self, r: std::ops::Range<usize>) -> bool {
        r.rev()
            .find(|&i| !matches!(self.toks[i].kind, TokenKind::Quote) || self.quote_of[i].is_some())
            .is_some_and(|i| self.w(i) == "?" && self.quote_of[i].is_none())
    }

    /// End (exclusive) of the clause that token `i` is in: the next `, ; :`, quote or sentence end.
    fn clause_end(&self, i: usize) -> usize {
        let Some(&sent) = self.sent_of.get(i) else {
            return self.toks.len();
        };
        let end = self
            .sents
            .get(sent)
            .map_or(self.toks.len(), |s| s.tokens.end)
            .min(i + 1 + MAX_CLAUSE);
        (i + 1..end)
            .find(|&k| {
                matches!(self.w(k), "," | ";" | ":")
                    || self.is_final(k)
                    || self.quote_of[k].is_some() && self.quote_of[i].is_none()
                    || self.toks[k].kind == TokenKind::Dash
            })
            .unwrap_or(end)
    }

    /// Start of the clause that token `i` is in (after the previous `, ; :` or quote).
    fn clause_start(&self, i: usize) -> usize {
        let i = i.min(self.toks.len());
        let start = self
            .sents
            .get(self.sent_of.get(i).copied().unwrap_or(usize::MAX))
            .map_or(0, |s| s.tokens.start)
            .max(i.saturating_sub(MAX_CLAUSE));
        let cs = (start..i)
            .rev()
            .find(|&k| {
                matches!(self.w(k), "," | ";" | ":")
                    || self.quote_of[k].is_some()
                    || self.toks[k].kind == TokenKind::Dash
            })
            .map_or(start, |k| k + 1);
        // emoji and other symbols before the first word do not belong to the clause
        let mut cs = cs;
        while cs < i && matches!(self.toks[cs].kind, TokenKind::Symbol | TokenKind::Url) {
            cs += 1;
        }
        cs
    }

    /// The reading of token `i` as a reporting verb, if any (a separable verb needs its particle
    /// at the end of the clause).
    fn verb_at(&self, i: usize) -> Option<VerbCue> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Word
            || !self.w(i).starts_with(char::is_lowercase)
            || self.quote_of[i].is_some()
        {
            return None;
        }
        let forms = self.det.lexicon.forms(self.lw(i));
        if forms.is_empty() {
            return None;
        }
        let end = self.clause_end(i);
        let mut plain = None;
        for f in forms {
            let Some(v) = self.det.lexicon.verb(f) else {
                continue;
            };
            if f.needs_particle {
                let found = (i + 1..end).find(|&k| {
                    self.lw(k) == v.particle
                        && (k + 1 >= end
                            || matches!(
                                self.toks.get(k + 1).map(|t| t.kind),
                                Some(TokenKind::Punct | TokenKind::Quote | TokenKind::Dash)
                            )
                            || self.is(k + 1, "dass"))
                });
                if let Some(k) = found {
                    return Some(VerbCue {
                        class: v.class,
                        kind: f.kind,
                        particle: Some(k),
                        at: i,
                    });
                }
            } else if plain.is_none() || f.kind == FormKind::Participle && self.aux_before(i) {
                plain = Some(VerbCue {
                    class: v.class,
                    kind: f.kind,
                    particle: None,
                    at: i,
                });
            }
        }
        plain
    }

    /// True when an auxiliary stands earlier in the clause of token `i`.
    fn aux_before(&self, i: usize) -> bool {
        (self.clause_start(i)..i).any(|a| AUX.contains(&self.lw(a)))
    }

    /// A `sie` with a plural verb (`sagten`, `erklären`) is not the singular person a pronoun
    /// lookup found: keep the pronoun as written.
    fn plural_sie(&self, sp: Option<Speaker>, verb: usize) -> Option<Speaker> {
        sp.map(|mut sp| {
            let pronoun = sp.at.slice(self.text);
            if matches!(pronoun, "sie" | "Sie") && self.lw(verb).ends_with("en") {
                sp.name = pronoun.to_string();
                sp.unresolved = true;
            }
            sp
        })
    }

    fn cue_of(&self, v: &VerbCue) -> (String, Span) {
        let at = self.toks[v.at].span;
        match v.particle {
            Some(p) => (format!("{} {}", self.w(v.at), self.w(p)), at),
            None => (self.w(v.at).to_string(), at),
        }
    }

    fn label_for(class: VerbClass, vague: bool, impersonal: bool) -> &'static str {
        match class {
            VerbClass::Belief => "hedged",
            _ if vague => "hedged",
            VerbClass::Report => "according_to",
            _ if impersonal => "according_to",
            _ => "indirect",
        }
    }

    // ---------------------------------------------------------------- direct speech

    fn direct(&mut self, quotes: &[Quotation], speech: &[bool]) {
        let mut prev_close: Option<usize> = None;
        for (n, q) in quotes.iter().enumerate() {
            if !speech.get(n).copied().unwrap_or(false) {
                self.short_quote(n, q);
                continue;
            }
            let s_open = self.sent_of[q.open_token];
            let s_close = self.sent_of[q.close_token.min(self.toks.len() - 1)];
            let sent_start = self.sents[s_open].tokens.start;
            let sent_end = self.sents[s_close].tokens.end;
            let mut attr = self.after_quote(q.close_token + 1, sent_end);
            if attr.is_none() {
                let from = prev_close
                    .filter(|&c| c >= sent_start)
                    .map_or(sent_start, |c| c + 1);
                attr = self.before_quote(from, q.open_token);
            }
            if attr.is_none() && q.open_token == sent_start && s_open > 0 {
                // "X sagte:" ending the previous sentence, the quote opening this one
                let prev = self.sents[s_open - 1].tokens.clone();
                if prev.end == sent_start && prev.end > prev.start && self.w(prev.end - 1) == ":" {
                    attr = self.before_quote(prev.start, q.open_token);
                }
            }
            if attr.is_none() {
                attr = self.next_sentence(q.close_token, s_close);
            }
            prev_close = Some(q.close_token);
            let standalone = !(sent_start..q.open_token)
                .any(|i| self.is_word(i) && self.quote_of[i].is_none())
                || q.open_token > 0 && self.w(q.open_token - 1) == ":";
            let standalone = standalone
                && !(q.close_token + 1..sent_end)
                    .any(|i| self.is_word(i) && self.quote_of[i].is_none());
            let (cue, speaker) = match attr {
                Some((cue, speaker)) => (Some(cue).filter(|c| !c.0.is_empty()), speaker),
                None if standalone => {
                    // a quote on its own continues the last speaker of the previous sentences
                    let recent = self.recent_speaker(s_open + 1, 3);
                    let prev = s_open
                        .checked_sub(1)
                        .and_then(|p| self.sents.get(p))
                        .map(|p| p.span);
                    let named = prev.and_then(|p| self.reader.names.last_in(p));
                    (None, recent.or(named))
                }
                None => continue, // a quoted term or title inside the writer's sentence
            };
            self.add(Claim {
                label: "direct",
                content: q.content,
                cue,
                speaker,
                sentence: s_close,
                absorbs_quotes: false,
            });
        }
    }

    /// A short quote (a term, a few words) is direct speech only when a reporting verb with a
    /// subject governs it in its own clause: `nannte den Bericht eine „Zeitungsente“`,
    /// `Von einer „Indiskretion“ sprach Ströbele`.
    fn short_quote(&mut self, n: usize, q: &Quotation) {
        let s = self.sent_of[q.open_token];
        let r = self.sents[s].tokens.clone();
        let cs = self.clause_start(q.open_token);
        let ce = self.clause_end(q.close_token);
        // the verb after the quote: "… „…“ sprach X"
        let after = (q.close_token + 1..ce.min(r.end))
            .find_map(|k| self.verb_at(k))
            .and_then(|v| {
                let sp = self
                    .reader
                    .read(v.at + 1, ce)
                    .filter(|_| v.at == q.close_token + 1)
                    .or_else(|| {
                        self.reader
                            .read(cs, q.open_token)
                            .filter(|sp| sp.first == cs)
                    });
                Some((v, sp?))
            });
        // the verb before it: "X nannte den Bericht eine „…“"
        let before = || {
            let k = (cs..q.open_token)
                .rev()
                .find(|&k| self.verb_at(k).is_some())?;
            let v = self.verb_at(k)?;
            let sp = self
                .reader
                .read(cs, k)
                .filter(|sp| sp.first == cs && sp.last + 1 == k)
                .or_else(|| {
                    self.reader
                        .read(k + 1, q.open_token)
                        .filter(|sp| sp.first == k + 1)
                })?;
            Some((v, sp))
        };
        let Some((v, sp)) = after.or_else(before) else {
            return;
        };
        if matches!(v.class, VerbClass::Belief) {
            return;
        }
        for i in q.open_token..=q.close_token.min(self.toks.len() - 1) {
            self.quote_of[i] = Some(n);
        }
        let cue = self.cue_of(&v);
        self.add(Claim {
            label: "direct",
            content: q.content,
            cue: Some(cue),
            speaker: Some(sp),
            sentence: s,
            absorbs_quotes: false,
        });
    }

    /// `„…“, sagte X` / `„…“, so X` / `„…“, berichtete die Nachrichtenagentur dpa`.
    fn after_quote(
        &mut self,
        from: usize,
        end: usize,
    ) -> Option<((String, Span), Option<Speaker>)> {
        let mut j = from;
        if self.w(j) == "," {
            j += 1;
        }
        if j >= end || self.quote_of[j].is_some() {
            return None;
        }
        if self.is(j, "so") {
            let sp = self.reader.read(j + 1, end)?;
            self.used[j] = true;
            return Some(((self.w(j).to_string(), self.toks[j].span), Some(sp)));
        }
        if let Some(h) = self.heisst_es(j) {
            return Some(h);
        }
        // „…“, zeigte sich X zufrieden
        if matches!(
            self.lw(j),
            "zeigte" | "zeigten" | "zeigt" | "zeigen" | "gab" | "gibt"
        ) && self.is(j + 1, "sich")
        {
            let sp = self.reader.read(j + 2, end)?;
            self.used[j] = true;
            let cue_at = Span::new(self.toks[j].span.start, self.toks[j + 1].span.end);
            return Some(((cue_at.slice(self.text).to_string(), cue_at), Some(sp)));
        }
        let (v, subj_from) = if AUX.contains(&self.lw(j)) {
            // „…“, hatte er gesagt
            let ce = self.clause_end(j);
            let k = (j + 1..ce)
                .find(|&k| self.verb_at(k).is_some_and(|v| v.kind != FormKind::Finite))?;
            (self.verb_at(k)?, j + 1)
        } else {
            (self.verb_at(j)?, j + 1)
        };
        let ce = self.clause_end(v.at.max(subj_from));
        let speaker = self
            .reader
            .read(subj_from, ce.max(subj_from + 1))
            .filter(|s| s.last < ce.max(v.at + 1) || s.last > v.at);
        let speaker = self.plural_sie(speaker, v.at);
        self.used[v.at] = true;
        Some((self.cue_of(&v), speaker))
    }

    /// `Es heißt`, `heißt es`, `hieß es` at `j` (no speaker).
    fn heisst_es(&mut self, j: usize) -> Option<((String, Span), Option<Speaker>)> {
        if matches!(self.lw(j), "heißt" | "hieß" | "hieße" | "heiße") && self.is(j + 1, "es") {
            self.used[j] = true;
            let cue = format!("{} {}", self.w(j), self.w(j + 1));
            return Some((
                (
                    cue,
                    Span::new(self.toks[j].span.start, self.toks[j + 1].span.end),
                ),
                None,
            ));
        }
        if matches!(self.lw(j), "heißt" | "hieß")
            && j > 0
            && self.is(j - 1, "es")
            && self.quote_of[j - 1].is_none()
        {
            self.used[j] = true;
            let cue = format!("{} {}", self.w(j - 1), self.w(j));
            return Some((
                (
                    cue,
                    Span::new(self.toks[j - 1].span.start, self.toks[j].span.end),
                ),
                None,
            ));
        }
        None
    }

    /// `X sagte: „…“` / `Dazu sagte X: „…“` in tokens `from..open`.
    fn before_quote(
        &mut self,
        from: usize,
        open: usize,
    ) -> Option<((String, Span), Option<Speaker>)> {
        if from >= open {
            return None;
        }
        if open >= 2 && self.w(open - 1) == ":" && self.verb_at(open - 2).is_none() {
            // "Baerbock: „…“": a speaker and a colon, no verb
            if let Some(sp) = self
                .reader
                .read(from, open - 1)
                .filter(|sp| sp.first == from && sp.last + 2 == open)
            {
                return Some(((String::new(), Span::new(0, 0)), Some(sp)));
            }
        }
        let k = (from..open).rev().find(|&k| self.verb_at(k).is_some())?;
        let v = self.verb_at(k)?;
        let vpos = if v.kind == FormKind::Finite {
            k
        } else {
            (from..k).rev().find(|&a| AUX.contains(&self.lw(a)))?
        };
        let cs = self.clause_start(vpos).max(from);
        let speaker = self
            .reader
            .read(cs, vpos)
            .filter(|s| s.last + 1 == vpos)
            .or_else(|| {
                // "äußerte sich der Außenbeauftragte zuversichtlich:"
                let a = if self.is(vpos + 1, "sich") {
                    vpos + 2
                } else {
                    vpos + 1
                };
                self.reader.read(a, open).filter(|s| s.last < open)
            });
        self.used[k] = true;
        Some((self.cue_of(&v), speaker))
    }

    /// `„…“ Das sagte X.` in the sentence after the quote.
    fn next_sentence(
        &mut self,
        close: usize,
        s_close: usize,
    ) -> Option<((String, Span), Option<Speaker>)> {
        let sent_end = self.sents[s_close].tokens.end;
        if (close + 1..sent_end).any(|i| self.is_word(i)) {
            return None;
        }
        let next = self.sents.get(s_close + 1)?.tokens.clone();
        let a = next.start;
        if !matches!(self.lw(a), "das" | "dies" | "so") {
            return None;
        }
        let v = self.verb_at(a + 1)?;
        let speaker = self.reader.read(a + 2, next.end);
        self.used[a + 1] = true;
        Some((self.cue_of(&v), speaker))
    }

    // ---------------------------------------------------------------- reporting verbs

    fn verbs(&mut self, s: usize) {
        let r = self.sents[s].tokens.clone();
        let mut k = r.start;
        while k < r.end {
            if self.used[k] || self.quote_of[k].is_some() {
                k += 1;
                continue;
            }
            let cue = if let Some(h) = self.heisst_es(k) {
                self.heisst_claim(s, k, h.0);
                k += 2;
                continue;
            } else if self.is(k, "so")
                && k > r.start
                && self.w(k - 1) == ","
                && self.quote_of[k - 1].is_none()
            {
                self.so_claim(s, k);
                k += 1;
                continue;
            } else {
                self.verb_at(k)
            };
            if let Some(v) = cue {
                self.verb_claim(s, v);
            }
            k += 1;
        }
    }

    /// A reporting verb at the end of a subordinate or relative clause with a `dass` clause after
    /// it: "…, nachdem der Minister erklärt hatte, dass …", "…, die betonte, dass …" (the relative
    /// pronoun's antecedent speaks).
    fn subordinate_claim(&mut self, s: usize, v: VerbCue, cs: usize) {
        let r = self.sents[s].tokens.clone();
        let k = v.at;
        let tail = (k + 1..r.end).find(|&i| {
            !matches!(
                self.lw(i),
                "hat"
                    | "hatte"
                    | "habe"
                    | "hätte"
                    | "haben"
                    | "hatten"
                    | "worden"
                    | "ist"
                    | "war"
                    | "sei"
            )
        });
        let Some(j) = tail.filter(|&j| self.w(j) == ",") else {
            return;
        };
        if !matches!(self.lw(j + 1), "dass" | "daß") || v.class == VerbClass::Naming {
            return;
        }
        let relative = matches!(self.lw(cs), "der" | "die" | "das" | "welche" | "welcher");
        let speaker = if relative {
            let ante_end = cs.checked_sub(1).filter(|&c| self.w(c) == ",");
            ante_end.and_then(|e| {
                self.reader
                    .read_ending_at(self.clause_start(e.saturating_sub(1)), e)
            })
        } else if matches!(
            self.lw(cs),
            "nachdem" | "weil" | "als" | "da" | "obwohl" | "während" | "wenn"
        ) {
            self.reader.read(cs + 1, k).filter(|sp| sp.first == cs + 1)
        } else {
            return;
        };
        let Some(speaker) = speaker else { return };
        let label = Self::label_for(v.class, speaker.vague, false);
        self.used[k] = true;
        let end = self.content_end(j + 2, r.end);
        let content = self.span(j + 2, end);
        let cue = self.cue_of(&v);
        self.push(label, content, Some(cue), Some(speaker), s);
    }

    /// `…, so der Minister.`
    fn so_claim(&mut self, s: usize, k: usize) {
        let r = self.sents[s].tokens.clone();
        let Some(sp) = self.reader.read(k + 1, r.end) else {
            return;
        };
        if !(sp.last + 1 >= r.end || self.is_final(sp.last + 1) || self.w(sp.last + 1) == ",") {
            return;
        }
        if (r.start..k - 1)
            .rev()
            .find(|&i| self.toks[i].kind != TokenKind::Punct)
            .is_some_and(|i| self.quote_of[i].is_some())
        {
            return; // a direct quote, handled there
        }
        let content = self.span(r.start, k - 1);
        self.used[k] = true;
        self.push(
            "indirect",
            content,
            Some((self.w(k).to_string(), self.toks[k].span)),
            Some(sp),
            s,
        );
    }

    /// `Es heißt, …` / `In dem Bericht heißt es, …` / `…, hieß es.`
    fn heisst_claim(&mut self, s: usize, k: usize, cue: (String, Span)) {
        let r = self.sents[s].tokens.clone();
        let cs = self.clause_start(k);
        // a source in the prefield or after the cue: "In einer Mitteilung der Polizei heißt es"
        let speaker = (cs..self.clause_end(k + 1).max(k + 1))
            .filter(|&i| matches!(self.lw(i), "in" | "aus") && i != k + 1)
            .find_map(|i| self.source(i + 1, self.clause_end(i)));
        let content = if cs > r.start && self.w(cs - 1) == "," {
            self.span(r.start, cs - 1)
        } else {
            let ce = self.clause_end(k);
            if matches!(self.w(ce), "," | ":") {
                self.span(ce + 1, r.end)
            } else {
                None
            }
        };
        self.push("according_to", content, Some(cue), speaker, s);
    }

    fn verb_claim(&mut self, s: usize, v: VerbCue) {
        let r = self.sents[s].tokens.clone();
        let k = v.at;
        let cs = self.clause_start(k);
        let ce_end = self.clause_end(v.particle.unwrap_or(k));
        let first = self.lw(cs).to_string();
        // wie X berichtete, …
        if first == "wie" && cs < k {
            // "wie (schon) die WHO sagte"
            let sp = (cs + 1..k.min(cs + 4))
                .find_map(|a| self.reader.read(a, k).filter(|sp| sp.last < k));
            if sp.is_none() {
                return;
            }
            let content = if cs > r.start && self.w(cs - 1) == "," {
                self.span(r.start, cs - 1)
            } else if self.w(ce_end) == "," {
                self.span(ce_end + 1, r.end)
            } else {
                None
            };
            self.used[k] = true;
            let cue = self.cue_of(&v);
            self.push("according_to", content, Some(cue), sp, s);
            return;
        }
        let relative = matches!(
            first.as_str(),
            "der" | "die" | "das" | "den" | "dem" | "was"
        );
        if cs < k && SUBORDINATORS.contains(&first.as_str()) && !(relative && cs == r.start) {
            self.subordinate_claim(s, v, cs);
            return;
        }
        let vpos = if v.kind == FormKind::Finite {
            k
        } else {
            match (cs..k).rev().find(|&a| AUX.contains(&self.lw(a))) {
                Some(a) => a,
                None => return,
            }
        };
        let passive = v.kind == FormKind::Participle
            && matches!(self.lw(vpos), "wird" | "wurde" | "werden" | "wurden");
        // apposition between commas before the verb: "Der Leiter der WHO, Klaus Stöhr, sagte, …"
        let mut appositive = None;
        let subject_after = self
            .reader
            .read(vpos + 1, ce_end.max(vpos + 2))
            .is_some_and(|_| !PREPOSITIONS.contains(&self.lw(vpos + 1)));
        if vpos == cs && cs >= r.start + 2 && self.w(cs - 1) == "," && !subject_after {
            let p = self.clause_start(cs - 2);
            let name = self
                .reader
                .read(p, cs - 1)
                .filter(|sp| sp.first == p && sp.last + 2 == cs);
            let head = (p >= r.start + 2 && self.w(p - 1) == ",")
                .then(|| self.reader.read(r.start, p - 1))
                .flatten()
                .filter(|h| h.first == r.start && h.last + 2 == p);
            if p == r.start {
                appositive = name;
            } else if let Some(h) = head {
                // "Christel Happach-Kasan, die Sprecherin der Fraktion, kritisierte": the name first
                let head_is_name = h.name.contains(' ')
                    && speaker::function_noun(self.w(self.token_at(h.at.start))).is_none();
                appositive = if head_is_name { Some(h) } else { name };
            }
        }
        // V1 after a comma: "Die Lage sei ernst, sagte er."
        if appositive.is_none() && vpos == cs && cs > r.start && self.w(cs - 1) == "," {
            let limit = if v.kind == FormKind::Finite {
                ce_end
            } else {
                k
            };
            // "…, teilte später der Direktor mit": up to two adverbs before the subject
            let Some(sp) = (vpos + 1..(vpos + 4).min(limit.max(vpos + 2)))
                .take_while(|&a| {
                    a == vpos + 1
                        || (a - 1 > vpos
                            && self.is_word(a - 1)
                            && self.w(a - 1).starts_with(char::is_lowercase)
                            && !PREPOSITIONS.contains(&self.lw(a - 1))
                            && !speaker::is_determiner(self.lw(a - 1)))
                })
                .find_map(|a| self.reader.read(a, limit.max(vpos + 2)))
            else {
                return;
            };
            let before = (r.start..cs - 1)
                .rev()
                .find(|&i| self.toks[i].kind != TokenKind::Punct);
            if before.is_some_and(|i| self.quote_of[i].is_some()) {
                return; // „…“, sagte er: direct speech
            }
            // "Auf die Frage, ob …, antwortet sie knapp: Ja, aber …": a colon after the verb's
            // clause introduces what is said; the clause before the comma is the frame
            if v.kind == FormKind::Finite && self.w(ce_end) == ":" {
                let first = ce_end + 1;
                if first >= r.end {
                    if let Some((content, t)) = self.after_colon(s) {
                        let label = Self::label_for(v.class, sp.vague, false);
                        self.used[k] = true;
                        let cue = self.cue_of(&v);
                        self.push(label, Some(content), Some(cue), Some(sp), t);
                    }
                } else if self.quote_of[first].is_none() {
                    let label = Self::label_for(v.class, sp.vague, false);
                    let end = self.content_end(first, r.end);
                    let content = self.span(first, end);
                    self.used[k] = true;
                    let cue = self.cue_of(&v);
                    self.push(label, content, Some(cue), Some(sp), s);
                }
                return;
            }
            // the clause before the comma must be a main clause, not "…, der … ist," or "Wenn …,"
            let prev_cs = self.clause_start(cs - 1);
            let relative = |i: usize| {
                matches!(
                    self.lw(i),
                    "der"
                        | "die"
                        | "das"
                        | "den"
                        | "dem"
                        | "welche"
                        | "welcher"
                        | "welches"
                        | "deren"
                        | "dessen"
                )
            };
            let opens_subordinate = SUBORDINATORS.contains(&self.lw(r.start))
                && !relative(r.start)
                && self.lw(r.start) != "was";
            let np_then_relative = prev_cs > r.start && relative(prev_cs) && prev_cs - r.start <= 8;
            if opens_subordinate || np_then_relative {
                return;
            }
            let label = Self::label_for(v.class, sp.vague, false);
            let content = self.span(r.start, cs - 1);
            self.used[k] = true;
            let cue = self.cue_of(&v);
            self.push(label, content, Some(cue), Some(sp), s);
            return;
        }
        if cs == vpos && appositive.is_none() {
            return;
        }
        // V2: subject in the prefield or right after the finite verb
        let impersonal = self.is(cs, "es") && vpos == cs + 1;
        let mut speaker = None;
        if appositive.is_some() {
            speaker = appositive;
        } else if passive {
            // "… wurde von X als … bezeichnet": the agent speaks
            speaker = (vpos + 1..k)
                .find(|&i| matches!(self.lw(i), "von" | "vom"))
                .and_then(|i| {
                    self.reader
                        .read(if self.is(i, "vom") { i } else { i + 1 }, k)
                });
            if v.class == VerbClass::Naming && speaker.is_some() {
                self.used[k] = true;
                let content = self.span(cs, ce_end);
                let cue = self.cue_of(&v);
                self.push("indirect", content, Some(cue), speaker, s);
                return;
            }
        } else if !impersonal {
            speaker = self
                .reader
                .read(cs, vpos)
                .filter(|sp| sp.last + 1 == vpos || self.attachment(sp.last + 1, vpos));
            if speaker.is_none() {
                speaker = self
                    .reader
                    .read(vpos + 1, ce_end)
                    .filter(|_| !PREPOSITIONS.contains(&self.lw(vpos + 1)));
            }
        }
        if speaker.is_none() && !impersonal && !passive {
            return;
        }
        let speaker = self.plural_sie(speaker, vpos);
        let subj_range = speaker.as_ref().map(|sp| (sp.first, sp.last));
        let vague = speaker.as_ref().is_some_and(|sp| sp.vague);
        let label = Self::label_for(v.class, vague, impersonal || passive && speaker.is_none());
        let cue = self.cue_of(&v);
        // Naming: "bezeichnete die Pläne als unausgegoren"
        if v.class == VerbClass::Naming {
            // the clause may hold a quoted label: "bezeichnete X als „…“"
            let end = (vpos + 1..r.end)
                .find(|&i| {
                    matches!(self.w(i), "," | ";" | ":") && self.quote_of[i].is_none()
                        || self.is_final(i) && self.quote_of[i].is_none()
                })
                .unwrap_or(r.end);
            if let Some(als) = (vpos + 1..end).find(|&i| self.is(i, "als")) {
                let from = subj_range
                    .filter(|&(a, _)| a > vpos)
                    .map_or(vpos + 1, |(_, b)| b + 1);
                let last_verb = (als + 1..end).rev().find(|&i| self.is_word(i));
                let to = match last_verb {
                    Some(lv) if lv == k || Some(lv) == v.particle => lv,
                    _ => end,
                };
                let from = if from == k { k + 1 } else { from };
                if from < als {
                    self.used[k] = true;
                    let content = self.span(from, to.max(als + 1));
                    if self.push("indirect", content, Some(cue), speaker, s) {
                        if let Some(c) = self.claims.last_mut() {
                            c.absorbs_quotes = false;
                        }
                    }
                }
            }
            return;
        }
        let mut j = ce_end;
        if j >= r.end || !matches!(self.w(j), "," | ":") {
            return;
        }
        if self.w(j) == "," && !matches!(self.lw(j + 1), "dass" | "daß") {
            let j2 = self.clause_end(j + 1);
            let appo = self
                .reader
                .read(j + 1, j2)
                .is_some_and(|a| a.first == j + 1 && a.last + 1 == j2);
            if appo && self.w(j2) == "," && matches!(self.lw(j2 + 1), "dass" | "daß") {
                j = j2;
            }
        }
        let first = j + 1;
        if first >= r.end && self.w(j) == ":" {
            // "Sie antwortete knapp:" ending its sentence: the next sentence is what she said
            // (a finite verb of speech or belief with its subject; not "wurden bekanntgegeben:",
            // "Umfragen veröffentlichten:", which announce a list or a report)
            // (not the idiom "meinte es gut mit den Läufern:")
            let speaks = v.kind == FormKind::Finite
                && matches!(v.class, VerbClass::Speech | VerbClass::Belief)
                && speaker.is_some()
                && !(vpos + 1..j).any(|i| {
                    self.is(i, "es") && !subj_range.is_some_and(|(a, b)| (a..=b).contains(&i))
                });
            if let Some((content, t)) = self.after_colon(s).filter(|_| speaks) {
                self.used[k] = true;
                self.push(label, Some(content), Some(cue), speaker, t);
            }
            return;
        }
        if first >= r.end || self.quote_of[first].is_some() {
            return;
        }
        let fw = self.lw(first).to_string();
        let content_from = if fw == "dass" || fw == "daß" {
            first + 1
        } else if fw == "ob" || self.w(j) == ":" {
            first
        } else if QUESTION_WORDS.contains(&fw.as_str()) {
            // "kritisierte die Art und Weise, wie …" is an object with a clause, not content
            if self.has_object(vpos, j, subj_range, v.particle) {
                return;
            }
            first
        } else {
            let ce2 = self.clause_end(first);
            let last_word = (first..ce2).rev().find(|&i| self.is_word(i));
            let zu_inf = last_word.is_some_and(|l| is_zu_infinitive(self.lw(l)))
                || last_word.is_some_and(|l| {
                    l > first
                        // "zu handeln", not "zu spät"
                        && (self.is(l - 1, "zu") && self.lw(l).ends_with('n')
                            || self.is(l, "zu")
                            || self.lw(l).contains("zu")
                                && self.lw(l).ends_with("en")
                                && self
                                    .det
                                    .lexicon
                                    .forms(self.lw(l))
                                    .iter()
                                    .any(|f| f.kind == FormKind::Infinitive))
                });
            // "forderte die Regierung auf, … zu …": an object is fine before a zu-infinitive
            if !zu_inf && self.has_object(vpos, j, subj_range, v.particle) {
                return;
            }
            if SUBORDINATORS.contains(&fw.as_str())
                && !(matches!(fw.as_str(), "der" | "die" | "das" | "den" | "dem")
                    && self.toks.get(first + 1).is_some_and(|t| {
                        speaker::is_cap(t, self.text) || self.reader_adjective(first + 1)
                    }))
            {
                return;
            }
            let modal = (first..ce2).any(|i| {
                matches!(
                    self.lw(i),
                    "soll" | "sollen" | "sollten" | "werden" | "wird"
                )
            });
            let konj = zu_inf
                || modal
                || (first..ce2).any(|i| self.konjunktiv(i, r.clone()).is_some())
                || self.v2_konjunktiv(first, ce2)
                || !(passive && speaker.is_none()) && self.v2_indicative(first, ce2);
            if !konj {
                return;
            }
            first
        };
        self.used[k] = true;
        let end = self.content_end(content_from, r.end);
        let content = self.span(content_from, end);
        self.push(label, content, Some(cue), speaker, s);
    }

    /// The content of sentence `s + 1` when sentence `s` ends with a colon after a reporting verb
    /// ("Sie antwortete knapp:" + "Ja, aber mit Augenmaß."): the whole next sentence, unless it
    /// opens with a quotation (direct speech, found there), is a question or has a claim already.
    fn after_colon(&self, s: usize) -> Option<(Span, usize)> {
        let t = s + 1;
        let next = self.sents.get(t)?.tokens.clone();
        if self.quote_of[next.start].is_some()
            || self.toks[next.start].kind == TokenKind::Quote
            || self.is_question(next.clone())
            || self.by_sentence.get(t).is_some_and(|v| !v.is_empty())
        {
            return None;
        }
        Some((self.span(next.start, next.end)?, t))
    }

    /// True when tokens `a..b` are a short prepositional or bracketed attachment to a subject
    /// ("Ein Regierungssprecher in Berlin", "Matthias Berninger (Grüne)").
    fn attachment(&self, a: usize, b: usize) -> bool {
        if a >= b || b - a > 6 {
            return false;
        }
        let opens = matches!(
            self.lw(a),
            "in" | "aus" | "von" | "vom" | "im" | "bei" | "beim" | "(" | "der" | "des"
        );
        opens
            && (a + 1..b).all(|i| {
                !matches!(self.w(i), "," | ":" | ";")
                    && (self.w(i).starts_with(|c: char| !c.is_lowercase())
                        || matches!(
                            self.lw(i),
                            "der" | "des" | "dem" | "den" | "in" | "für" | "von" | "und"
                        ))
            })
    }

    /// Where reported content from `a` ends: at `, und`/`, aber` followed by a lower-case word that
    /// is no article or pronoun (a second verb of the main clause: "…, und verließ den Saal").
    fn content_end(&self, a: usize, end: usize) -> usize {
        (a..end)
            .find(|&k| {
                self.w(k) == ","
                    && matches!(self.lw(k + 1), "und" | "aber" | "sondern" | "doch")
                    && self
                        .toks
                        .get(k + 2)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                    && self.w(k + 2).starts_with(char::is_lowercase)
                    && !matches!(
                        self.lw(k + 2),
                        "der"
                            | "die"
                            | "das"
                            | "den"
                            | "dem"
                            | "des"
                            | "ein"
                            | "eine"
                            | "einen"
                            | "er"
                            | "sie"
                            | "es"
                            | "man"
                            | "wir"
                            | "dass"
                            | "ob"
                            | "auch"
                            | "zwar"
                            | "nicht"
                            | "so"
                            | "dann"
                            | "damit"
                            | "zudem"
                    )
                    && !PREPOSITIONS.contains(&self.lw(k + 2))
                    && self.det.moods.mood(self.lw(k + 2)).is_none()
            })
            .unwrap_or(end)
    }

    fn reader_adjective(&self, i: usize) -> bool {
        let w = self.w(i);
        w.starts_with(char::is_lowercase)
            && ["e", "en", "er", "es"].iter().any(|e| w.ends_with(e))
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| speaker::is_cap(t, self.text))
    }

    fn token_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < byte)
    }

    /// True when an accusative-looking noun phrase stands between the verb and the comma (so the
    /// clause after the comma is not the verb's content: "Er kritisierte die Pläne, die …").
    fn has_object(
        &self,
        vpos: usize,
        comma: usize,
        subj: Option<(usize, usize)>,
        particle: Option<usize>,
    ) -> bool {
        let mut in_pp = false;
        for i in vpos + 1..comma {
            if subj.is_some_and(|(a, b)| (a..=b).contains(&i)) || Some(i) == particle {
                continue;
            }
            let lw = self.lw(i);
            if matches!(self.toks[i].kind, TokenKind::Quote | TokenKind::Punct) {
                continue;
            }
            let dative_org = matches!(lw, "der" | "dem")
                && self.toks.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Quote
                        || [
                            "zeitung",
                            "agentur",
                            "sender",
                            "magazin",
                            "blatt",
                            "fernsehen",
                            "rundfunk",
                        ]
                        .iter()
                        .any(|o| self.lw(i + 1).ends_with(o))
                });
            if PREPOSITIONS.contains(&lw)
                || matches!(lw, "dem" | "einem" | "mir" | "ihm" | "uns" | "ihnen")
                || dative_org
            {
                in_pp = true;
                continue;
            }
            let det_or_noun = matches!(
                lw,
                "der"
                    | "die"
                    | "das"
                    | "den"
                    | "dem"
                    | "ein"
                    | "eine"
                    | "einen"
                    | "einem"
                    | "seine"
                    | "ihre"
                    | "seinen"
                    | "ihren"
            ) || speaker::is_cap(&self.toks[i], self.text);
            if det_or_noun && !in_pp {
                return true;
            }
            if !det_or_noun && !self.reader_adjective(i) {
                in_pp = false;
            }
        }
        false
    }

    /// The Konjunktiv reading of token `i` in sentence `r` (outside quotes; `habe`/`werde`-type
    /// forms only without `ich` around).
    fn konjunktiv(&self, i: usize, r: std::ops::Range<usize>) -> Option<Mood> {
        if self.quote_of[i].is_some()
            || !self.is_word(i)
            || !self.w(i).starts_with(char::is_lowercase)
        {
            return None;
        }
        let m = self.det.moods.mood(self.lw(i))?;
        if m == Mood::KonjunktivIOrFirst {
            let near = i.saturating_sub(3).max(r.start)..(i + 3).min(r.end);
            if near.clone().any(|k| self.is(k, "ich")) {
                return None;
            }
        }
        Some(m)
    }

    // ---------------------------------------------------------------- laut, zufolge, nach Angaben

    /// A source noun phrase at `i`: `einem Bericht der Zeitung` gives `Zeitung`.
    fn source(&self, i: usize, limit: usize) -> Option<Speaker> {
        let sp = self.reader.read(i, limit)?;
        let head = self.token_at(sp.at.start);
        // a reporting noun with a genitive or von: the source is the genitive
        let noun = (i..=sp.last).find(|&n| lexicon::reporting_noun(self.w(n)).is_some());
        if let Some(n) = noun {
            if matches!(self.lw(n + 1), "der" | "des" | "von" | "vom") && n <= sp.last {
                let from = if self.lw(n + 1) == "von" {
                    n + 2
                } else {
                    n + 1
                };
                if let Some(g) = self.reader.read(from, limit) {
                    return Some(g);
                }
            }
            if let Some(cut) = lexicon::reporting_noun(self.w(n)).filter(|&c| c > 0) {
                let t = self.toks[n].span;
                let at = Span::new(t.start, t.start + cut);
                return Some(Speaker {
                    name: at.slice(self.text).to_string(),
                    at,
                    first: sp.first,
                    last: sp.last,
                    unresolved: false,
                    vague: false,
                });
            }
        }
        let _ = head;
        Some(sp)
    }

    fn according_to(&mut self, s: usize) {
        let r = self.sents[s].tokens.clone();
        if self.has_reported(s) {
            return;
        }
        for i in r.clone() {
            if self.quote_of[i].is_some() || self.used[i] {
                continue;
            }
            let lw = self.lw(i).to_string();
            match lw.as_str() {
                "laut" | "gemäß" => {
                    let next_ok = self
                        .toks
                        .get(i + 1)
                        .is_some_and(|t| speaker::is_cap(t, self.text))
                        || matches!(
                            self.lw(i + 1),
                            "der" | "dem" | "einem" | "einer" | "den" | "dpa" | "afp" | "ap"
                        )
                        || self.is_word(i + 1)
                            && self.w(i + 1).starts_with(char::is_lowercase)
                            && ["em", "er", "en"]
                                .iter()
                                .any(|e| self.lw(i + 1).ends_with(e))
                            && !matches!(
                                self.lw(i + 1),
                                "aber" | "oder" | "immer" | "wieder" | "schon" | "sehr"
                            )
                            && self.toks.get(i + 2).is_some_and(|t| {
                                speaker::is_cap(t, self.text)
                                    || self.is_word(i + 2)
                                        && self.w(i + 2).starts_with(char::is_lowercase)
                            });
                    if !next_ok {
                        continue;
                    }
                    let ce = self.clause_end(i);
                    let Some(sp) = self.source(i + 1, ce) else {
                        continue;
                    };
                    let phrase_end = sp.last.max(self.token_at(sp.at.end).saturating_sub(1));
                    self.used[i] = true;
                    let content = self.around(r.clone(), i, phrase_end);
                    self.push(
                        "according_to",
                        content,
                        Some((self.w(i).to_string(), self.toks[i].span)),
                        Some(sp),
                        s,
                    );
                }
                "zufolge" => {
                    let cs = self.clause_start(i);
                    let Some(sp) = self.reader.read_ending_at(cs, i) else {
                        continue;
                    };
                    let from = self.token_at(sp.at.start).min(i);
                    let start = (cs..i).find(|&x| x <= from).unwrap_or(cs);
                    let sp = self.source(start, i).unwrap_or(sp);
                    self.used[i] = true;
                    let content = self.around(r.clone(), start, i);
                    self.push(
                        "according_to",
                        content,
                        Some((self.w(i).to_string(), self.toks[i].span)),
                        Some(sp),
                        s,
                    );
                }
                "nach" if i > r.start && lexicon::reporting_noun(self.w(i - 1)) == Some(0) => {
                    // "Seiner Meinung nach", "Dem Vernehmen nach"
                    let n = i - 1;
                    let a = if n > r.start && speaker::is_determiner(self.lw(n - 1)) {
                        n - 1
                    } else {
                        n
                    };
                    let gender = match self.lw(a) {
                        "seiner" => Some(speaker::Gender::M),
                        "ihrer" => Some(speaker::Gender::F),
                        _ => None,
                    };
                    let sp = gender.and_then(|g| {
                        let name = self
                            .reader
                            .names
                            .pronoun(self.toks[a].span.start, Some(g))?;
                        Some(Speaker {
                            name: name.to_string(),
                            at: self.toks[a].span,
                            first: a,
                            last: a,
                            unresolved: false,
                            vague: false,
                        })
                    });
                    self.used[i] = true;
                    let cue_at = Span::new(self.toks[a].span.start, self.toks[i].span.end);
                    let cue = cue_at.slice(self.text).to_string();
                    let content = self.around(r.clone(), a, i);
                    self.push("according_to", content, Some((cue, cue_at)), sp, s);
                }
                "nach" => {
                    let mut n = i + 1;
                    while n < r.end
                        && self.w(n).starts_with(char::is_lowercase)
                        && self.is_word(n)
                        && n < i + 4
                    {
                        n += 1;
                    }
                    let Some(cut) = lexicon::reporting_noun(self.w(n)) else {
                        continue;
                    };
                    let ce = self.clause_end(n);
                    let (sp, end) = if cut > 0 {
                        let t = self.toks[n].span;
                        let at = Span::new(t.start, t.start + cut);
                        let sp = Speaker {
                            name: at.slice(self.text).to_string(),
                            at,
                            first: i,
                            last: n,
                            unresolved: false,
                            vague: false,
                        };
                        (Some(sp), n)
                    } else if matches!(
                        self.lw(n + 1),
                        "der" | "des" | "von" | "vom" | "eines" | "einer" | "aus"
                    ) {
                        let from = if matches!(self.lw(n + 1), "von" | "aus") {
                            n + 2
                        } else {
                            n + 1
                        };
                        match self.reader.read(from, ce) {
                            Some(sp) => {
                                let e = sp.last;
                                (Some(sp), e)
                            }
                            None => (None, n),
                        }
                    } else if self
                        .toks
                        .get(n + 1)
                        .is_some_and(|t| speaker::is_cap(t, self.text))
                    {
                        // "nach Auffassung Österreichs"
                        match self.reader.read(n + 1, ce) {
                            Some(sp) => {
                                let e = sp.last;
                                (Some(sp), e)
                            }
                            None => (None, n),
                        }
                    } else {
                        (None, n)
                    };
                    // "nach eigenen Angaben": the sentence's subject is the source
                    let sp = if sp.is_none()
                        && matches!(self.lw(i + 1), "eigenen" | "eigener" | "eigenem")
                    {
                        if i > r.start {
                            self.reader.read(r.start, i).filter(|x| x.first == r.start)
                        } else {
                            // "Nach eigenen Angaben verkaufte der Konzern …": subject after the verb
                            self.reader.read(n + 2, ce).filter(|x| x.first == n + 2)
                        }
                    } else {
                        sp
                    };
                    self.used[i] = true;
                    let cue_at = Span::new(self.toks[i].span.start, self.toks[n].span.end);
                    let cue = cue_at.slice(self.text).to_string();
                    let content = self.around(r.clone(), i, end);
                    self.push("according_to", content, Some((cue, cue_at)), sp, s);
                }
                "demnach" if i == r.start => {
                    let sp = self.recent_speaker(s, 3);
                    self.used[i] = true;
                    let content = self.span(i + 1, r.end);
                    self.push(
                        "according_to",
                        content,
                        Some((self.w(i).to_string(), self.toks[i].span)),
                        sp,
                        s,
                    );
                }
                "unter" if self.is(i + 1, "berufung") && self.is(i + 2, "auf") => {
                    let ce = self.clause_end(i);
                    let Some(sp) = self.source(i + 3, ce) else {
                        continue;
                    };
                    let cue_at = Span::new(self.toks[i].span.start, self.toks[i + 2].span.end);
                    self.used[i] = true;
                    let content = self.around(r.clone(), i, sp.last);
                    self.push(
                        "according_to",
                        content,
                        Some((cue_at.slice(self.text).to_string(), cue_at)),
                        Some(sp),
                        s,
                    );
                }
                _ => {}
            }
        }
    }

    /// The content of a sentence `r` around a source phrase `a..=b`: what follows it when it opens
    /// the sentence, what precedes it when it closes the sentence, else the whole sentence.
    fn around(&self, r: std::ops::Range<usize>, a: usize, b: usize) -> Option<Span> {
        let lead = !(r.start..a)
            .any(|i| self.is_word(i) && !matches!(self.lw(i), "und" | "aber" | "doch"));
        let tail = (b + 1..r.end).all(|i| !self.is_word(i));
        if lead {
            self.span(b + 1, r.end)
        } else if tail {
            self.span(r.start, a)
        } else {
            self.span(r.start, r.end)
        }
    }

    // ---------------------------------------------------------------- Konjunktiv I, hearsay, hedges

    /// A sentence in Konjunktiv I without a cue continues reported speech.
    fn free_indirect(&mut self, s: usize) -> bool {
        let r = self.sents[s].tokens.clone();
        if r.clone()
            .filter(|&i| self.is_word(i))
            .all(|i| self.quote_of[i].is_some())
        {
            return false;
        }
        // Konjunktiv II continues reported speech only right after another reported claim
        let after_report = s > 0 && self.has_reported(s - 1);
        // a verb in -e the list does not know, after a third-person subject ("Die Lage verschärfe
        // sich.") or a sentence adverb ("Zudem verschärfe sich die Lage.")
        let first_end = self.clause_end(r.start);
        let v2_k1 = if self.v2_konjunktiv(r.start, first_end) {
            self.v2(r.start, first_end).map(|v| v.verb)
        } else {
            self.adverb_konjunktiv(r.start, first_end)
        };
        // a sentence with an attributed quote has its report already: a Konjunktiv inside a
        // subordinate clause of its frame ("Auf die Frage, ob … müsse, antwortet sie: „…“") is no
        // reported main clause
        let quoted_with_cue = self.by_sentence.get(s).is_some_and(|v| {
            v.iter()
                .any(|&c| self.claims[c].label == "direct" && self.claims[c].cue.is_some())
        });
        let subordinate = |i: usize| {
            let cs = self.clause_start(i);
            quoted_with_cue && cs > r.start && SUBORDINATORS.contains(&self.lw(cs))
        };
        let Some(k) = r.clone().find(|&i| {
            Some(i) == v2_k1
                || !subordinate(i)
                    && match self.konjunktiv(i, r.clone()) {
                        Some(Mood::KonjunktivI | Mood::KonjunktivIOrFirst) => true,
                        Some(Mood::KonjunktivII) => {
                            after_report
                                && !matches!(
                                    self.lw(i),
                                    "könnte"
                                        | "könnten"
                                        | "dürfte"
                                        | "dürften"
                                        | "möchte"
                                        | "möchten"
                                )
                        }
                        None => false,
                    }
        }) else {
            return false;
        };
        let speaker = self.recent_speaker(s, 3);
        let content = self.span(r.start, r.end);
        // "Möglicherweise werde man nachbessern müssen": a sentence that opens with a hedging
        // adverb is hedged; the Konjunktiv still names whose view it is
        let a = if HEDGE_INTENSIFIERS.contains(&self.lw(r.start)) {
            r.start + 1
        } else {
            r.start
        };
        if a < k && HEDGE_ADVERBS.contains(&self.lw(a)) && self.quote_of[a].is_none() {
            let cue_at = Span::new(self.toks[r.start].span.start, self.toks[a].span.end);
            return self.push(
                "hedged",
                content,
                Some((cue_at.slice(self.text).to_string(), cue_at)),
                speaker,
                s,
            );
        }
        self.push(
            "indirect",
            content,
            Some((self.w(k).to_string(), self.toks[k].span)),
            speaker,
            s,
        )
    }

    /// Hearsay and hedge markers.
    fn markers(&mut self, s: usize) {
        let r = self.sents[s].tokens.clone();
        for i in r.clone() {
            if self.quote_of[i].is_some() || !self.is_word(i) {
                continue;
            }
            let lw = self.lw(i);
            // hearsay
            if lw.starts_with("angeblich")
                || lw.starts_with("mutmaßlich")
                || lw.starts_with("vermeintlich")
            {
                let content = self.span(r.start, r.end);
                self.push(
                    "hearsay",
                    content,
                    Some((self.w(i).to_string(), self.toks[i].span)),
                    None,
                    s,
                );
                return;
            }
            if matches!(lw, "soll" | "sollen") {
                let ce = self.clause_end(i);
                let last = (i + 1..ce).rev().find(|&x| self.is_word(x));
                if last.is_some_and(|x| matches!(self.lw(x), "haben" | "sein"))
                    && last != Some(i + 1)
                {
                    let content = self.span(r.start, r.end);
                    self.push(
                        "hearsay",
                        content,
                        Some((self.w(i).to_string(), self.toks[i].span)),
                        None,
                        s,
                    );
                    return;
                }
            }
            // hedges
            let hedge = HEDGES.contains(&lw)
                && (lw != "unter" || self.is(i + 1, "umständen"))
                && (!lw.starts_with("sch")
                    || (i + 1..self.clause_end(i)).any(|z| self.is(z, "zu")));
            let es_ist =
                HEDGE_PREDICATES.contains(&lw) && self.w(i + 1) == "," && self.is(i + 2, "dass");
            if es_ist {
                let a = if i > r.start && self.is(i - 1, "nicht") {
                    i - 1
                } else {
                    i
                };
                let cue_at = Span::new(self.toks[a].span.start, self.toks[i].span.end);
                let content = self.span(i + 3, r.end);
                self.push(
                    "hedged",
                    content,
                    Some((cue_at.slice(self.text).to_string(), cue_at)),
                    None,
                    s,
                );
                return;
            }
            if hedge {
                let a = if i > r.start && HEDGE_INTENSIFIERS.contains(&self.lw(i - 1)) {
                    i - 1
                } else {
                    i
                };
                let b = if lw == "unter" { i + 1 } else { i };
                let cue_at = Span::new(self.toks[a].span.start, self.toks[b].span.end);
                let content = self.span(r.start, r.end);
                self.push(
                    "hedged",
                    content,
                    Some((cue_at.slice(self.text).to_string(), cue_at)),
                    None,
                    s,
                );
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn claims(text: &str) -> Vec<(String, String, String, String)> {
        let t = tokenize(text);
        ClaimDetector::new()
            .annotate(text, &t, &[])
            .into_iter()
            .map(|a| {
                (
                    a.label.clone(),
                    a.span().slice(text).to_string(),
                    a.attrs.cue.clone().unwrap_or_default(),
                    a.attrs.speaker.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn direct_with_speaker_after() {
        let c = claims("„Wir schaffen das“, sagte Bundeskanzlerin Angela Merkel.");
        assert_eq!(
            c,
            [(
                "direct".into(),
                "Wir schaffen das".into(),
                "sagte".into(),
                "Angela Merkel".into()
            )]
        );
    }

    #[test]
    fn indirect_with_dass() {
        let c = claims("Sie betonte, dass die Regierung das Recht habe, so zu handeln.");
        assert_eq!(c[0].0, "indirect");
        assert_eq!(c[0].1, "die Regierung das Recht habe, so zu handeln");
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "„",
            "“",
            ", sagte",
            "laut",
            "zufolge",
            "nach Angaben",
            "soll",
            "😀 „a b c“, so",
            "Es heißt",
            "wie sagte",
        ] {
            let _ = claims(text);
        }
    }
}
