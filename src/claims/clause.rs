//! The shape of a German main clause, read from tokens alone: a subject in the prefield and the
//! finite verb in second position (V2: "die Lage in Kalifornien *verschärfe* sich", "man *erwäge*
//! Schritte").
//!
//! Used where the verb list of [`super::konjunktiv`] decides nothing: a finite verb in `-e` after
//! a third-person subject is Konjunktiv I even when the verb is not in the list (`verschärfe`,
//! `erwäge`), since the 3rd singular indicative ends in `-t`, the plural in `-en` and the weak
//! preterite in `-te`. This holds for the clause after a reporting verb and a comma (`Er sagte,
//! …`) and for a sentence that continues reported speech (`Die Lage entspanne sich.`, also after a
//! sentence adverb with the subject following: `Zudem verschärfe sich die Lage.`).
//!
//! After a reporting verb and a comma, a clause of this shape is reported speech in the indicative
//! as well ("Er sagte, die Lage *ist* ernst", "…, die Feuer *breiten* sich aus"): the finite verb
//! has an indicative shape (`-t`, `-en`, `-te`, or an irregular form from a list: `ist`, `hat`,
//! `gab`). The caller's guards still apply (no object before the comma, no subordinator after it).
//!
//! The prefield subject is a nominative pronoun (`er`, `man`, `das`), or a noun phrase: an
//! optional quantifier (`rund`, `mehr als`), a determiner that can be nominative (`der`, `die`,
//! `ein`, `keine`, not `den`/`dem`/`des`), adjectives or numbers, one or more capitalised words,
//! then up to three attachments (a genitive `der Stadt`, a prepositional phrase `in Kalifornien`,
//! a bracket `(SPD)`). The word lists are own work.

use super::Run;
use crate::tokenize::TokenKind;

/// Pronouns that can be a subject in the prefield (nominative).
const SUBJECT_PRONOUNS: &[&str] = &[
    "er", "sie", "es", "man", "wir", "ihr", "ich", "du", "dies", "das", "dieser", "diese",
    "dieses", "jeder", "jede", "jedes", "alle", "beide", "viele", "einige", "manche", "mehrere",
    "niemand", "jemand", "keiner", "nichts", "alles", "vieles", "einiges", "beides", "wenige",
];

/// Determiners that can open a subject noun phrase. `den`, `dem`, `des`, `einen`, `einem` cannot
/// (accusative, dative, genitive only).
const SUBJECT_DETERMINERS: &[&str] = &[
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "kein",
    "keine",
    "dieser",
    "diese",
    "dieses",
    "jener",
    "jene",
    "jenes",
    "jeder",
    "jede",
    "jedes",
    "alle",
    "viele",
    "mehrere",
    "einige",
    "beide",
    "manche",
    "zahlreiche",
    "wenige",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "unser",
    "unsere",
    "euer",
    "eure",
    "mein",
    "meine",
    "dein",
    "deine",
    "solche",
];

/// Adverbs that open a sentence before its finite verb (`Zudem verschärfe sich die Lage`).
const SENTENCE_ADVERBS: &[&str] = &[
    "zudem",
    "außerdem",
    "deshalb",
    "daher",
    "deswegen",
    "darum",
    "nun",
    "jetzt",
    "jedoch",
    "allerdings",
    "inzwischen",
    "mittlerweile",
    "trotzdem",
    "dennoch",
    "damit",
    "dadurch",
    "derzeit",
    "bislang",
    "bisher",
    "zuvor",
    "dann",
    "danach",
    "auch",
    "zwar",
    "somit",
    "folglich",
    "insgesamt",
    "gleichzeitig",
    "zunächst",
    "künftig",
    "hier",
    "dort",
    "so",
];

/// Numbers written as words, capitalised at the start of a sentence (`Vier weitere Konzerte`).
const NUMBER_WORDS: &[&str] = &[
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "hundert", "tausend", "hunderte", "tausende", "dutzende", "zig",
];

/// Quantifying adverbs before a subject's number (`rund 200 Häuser`).
const QUANTIFIERS: &[&str] = &[
    "rund",
    "etwa",
    "fast",
    "knapp",
    "mindestens",
    "höchstens",
    "ungefähr",
    "circa",
    "ca.",
    "insgesamt",
    "über",
];

/// Determiners inside an attachment (`in den betroffenen Gebieten`, `der Stadt`).
const ATTACH_DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "seiner", "seines", "seinem", "seinen", "ihrer", "ihres", "ihrem", "ihren", "dieser", "dieses",
    "diesem", "diesen", "aller", "vieler",
];

/// Prepositions that attach a phrase to a subject noun (`die Lage in Kalifornien`).
const ATTACH_PREPOSITIONS: &[&str] = &[
    "in", "im", "aus", "von", "vom", "bei", "beim", "für", "mit", "an", "am", "auf", "zwischen",
    "gegen", "über", "um", "nahe", "ohne", "unter", "vor", "nach", "zur", "zum",
];

/// Lower-case words that stand after a noun phrase but are no finite verb: adverbs,
/// conjunctions, prepositions, pronouns, determiners (checked before the shape of the word).
const NOT_FINITE: &[&str] = &[
    // adverbs and particles
    "nicht",
    "jetzt",
    "selbst",
    "zuletzt",
    "erst",
    "meist",
    "längst",
    "sonst",
    "nun",
    "vorn",
    "mitten",
    "schon",
    "gestern",
    "morgen",
    "oben",
    "unten",
    "hinten",
    "außen",
    "innen",
    "heute",
    "gerne",
    "gern",
    "lange",
    "alleine",
    "allein",
    "gerade",
    "beinahe",
    "nahe",
    "bitte",
    "danke",
    "ebenfalls",
    "eben",
    "ebenso",
    "jedoch",
    "aber",
    "allerdings",
    "indes",
    "dagegen",
    "hingegen",
    "dort",
    "hier",
    "derzeit",
    "zunächst",
    "insgesamt",
    "bereits",
    "immer",
    "wieder",
    "weiter",
    "weiterhin",
    "damals",
    "dann",
    "denn",
    "wenn",
    "wann",
    "dabei",
    "danach",
    "davon",
    "daran",
    "darin",
    "daneben",
    "zudem",
    "außerdem",
    "zufolge",
    "gemäß",
    "laut",
    "gegenüber",
    "entgegen",
    "binnen",
    "seit",
    "seitdem",
    "trotz",
    "samt",
    "nebst",
    "wegen",
    "neben",
    "zwischen",
    "gegen",
    "mit",
    "ohne",
    "wie",
    "sowie",
    "und",
    "oder",
    "sondern",
    "doch",
    "als",
    "weder",
    "noch",
    "sowohl",
    "auch",
    "nur",
    "vor",
    "allem",
    "etwa",
    "rund",
    "fast",
    "eher",
    "bald",
    "zwar",
    "ja",
    "nein",
    "mehr",
    "weniger",
    "unten",
    "miteinander",
    "untereinander",
    "gemeinsam",
    "zusammen",
    "einzeln",
    "insbesondere",
    "vermutlich",
    "offenbar",
    "wahrscheinlich",
    "möglicherweise",
    "angeblich",
    "womöglich",
    "vielleicht",
    "anscheinend",
    "eigentlich",
    "tatsächlich",
    "natürlich",
    "schließlich",
    "endlich",
    "ebenfalls",
    // pronouns and determiners
    "die",
    "der",
    "das",
    "den",
    "dem",
    "des",
    "sie",
    "sich",
    "ihn",
    "ihm",
    "ihnen",
    "uns",
    "euch",
    "mich",
    "dich",
    "man",
    "wir",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "keine",
    "keinen",
    "seine",
    "seinen",
    "ihre",
    "ihren",
    "unsere",
    "alle",
    "allen",
    "beide",
    "beiden",
    "diese",
    "diesen",
    "jene",
    "jede",
    "jeden",
    "viele",
    "vielen",
    "einige",
    "einigen",
    "manche",
    "solche",
    "welche",
    "andere",
    "anderen",
    "wenige",
    "wenigen",
    "selten",
    "dass",
    "daß",
    "ob",
    "wo",
    "weil",
    "obwohl",
    "nachdem",
];

/// Finite verbs of irregular shape (no `-t`/`-en`/`-te` ending) that stand in second position.
const IRREGULAR_FINITE: &[&str] = &[
    "ist", "sind", "war", "waren", "hat", "kann", "muss", "muß", "will", "soll", "darf", "mag",
    "weiß", "gab", "kam", "ging", "lag", "stand", "sah", "blieb", "fiel", "stieg", "sank", "nahm",
    "traf", "trat", "lief", "fuhr", "flog", "zog", "bot", "rief", "schrieb", "hielt", "ließ",
    "fand", "sprach", "saß", "wuchs", "brach", "schlug", "starb", "galt", "trug", "verlor",
    "gewann", "begann", "bestand", "entstand", "erhielt", "verließ", "wies", "bat", "tut", "tat",
    "wird", "sei", "seien",
];

/// The reading of a clause as subject + finite verb.
#[derive(Debug, Clone, Copy)]
pub(super) struct V2 {
    /// Index of the word in second position (the finite verb, if the reading is right).
    pub verb: usize,
    /// True when the subject is `ich` or `wir` (a `-e` form is then indicative).
    pub first_person: bool,
    /// True when the subject is a pronoun or opens with a determiner (not a bare capitalised
    /// word, which at the start of a sentence may be an adverb).
    pub determined: bool,
}

impl Run<'_> {
    fn lower_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && self.w(i).starts_with(char::is_lowercase)
    }

    fn cap_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation))
            && self.w(i).starts_with(char::is_uppercase)
    }

    fn number(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Ordinal))
    }

    /// A lower-case attributive adjective (or participle) before a noun: `neue`, `betroffenen`.
    fn adjective(&self, i: usize) -> bool {
        let w = self.lw(i);
        self.lower_word(i)
            && !NOT_FINITE.contains(&w)
            && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
    }

    /// Adjectives, numbers and capitalised words from `i`: the rest of a noun phrase after its
    /// determiner. Returns the index after the phrase when it has a capitalised head.
    fn noun_body(&self, mut i: usize, end: usize) -> Option<usize> {
        loop {
            while i < end && (self.adjective(i) || self.number(i)) {
                i += 1;
            }
            let head = i;
            while i < end && i < head + 4 && self.cap_word(i) {
                i += 1;
            }
            if i == head {
                return None;
            }
            // a unit after a number: "4,3 Zoll große Bildschirme"
            let unit = i == head + 1 && head > 0 && self.number(head - 1);
            if !(unit && self.adjective(i)) {
                return Some(i);
            }
        }
    }

    /// A genitive, prepositional phrase or bracket attached to a noun at `i`.
    fn noun_attachment(&self, i: usize, end: usize) -> Option<usize> {
        if self.w(i) == "(" {
            let close = (i + 1..end.min(i + 8)).find(|&k| self.w(k) == ")")?;
            return Some(close + 1);
        }
        let lw = self.lw(i);
        let det = ATTACH_DETERMINERS.contains(&lw);
        if !(det || ATTACH_PREPOSITIONS.contains(&lw)) || !self.lower_word(i) {
            return None;
        }
        let mut k = i + 1;
        if !det && k < end && ATTACH_DETERMINERS.contains(&self.lw(k)) {
            k += 1;
        }
        self.noun_body(k, end)
    }

    /// Reads tokens `first..end` (one clause) as subject + finite verb; `None` when the clause
    /// does not open with a subject followed by a lower-case word.
    pub(super) fn v2(&self, first: usize, end: usize) -> Option<V2> {
        if first >= end || !self.is_word(first) {
            return None;
        }
        let w0 = self.lw(first);
        let mut i = first;
        // `er`, `man` are always pronouns; `das`, `diese`, `alle` only without a noun after them
        let personal = matches!(
            w0,
            "er" | "sie" | "es" | "man" | "wir" | "ich" | "du" | "niemand" | "jemand" | "nichts"
        );
        let pronoun = personal
            || SUBJECT_PRONOUNS.contains(&w0)
                && !(self.adjective(first + 1)
                    || self.number(first + 1)
                    || self.cap_word(first + 1));
        let mut determined = pronoun;
        if pronoun {
            i += 1;
        } else {
            if QUANTIFIERS.contains(&w0) {
                i += 1;
            } else if matches!(w0, "mehr" | "weniger") && self.is(first + 1, "als")
                || w0 == "bis" && self.is(first + 1, "zu")
            {
                i += 2;
            }
            let wi = self.lw(i);
            if SUBJECT_DETERMINERS.contains(&wi) && self.is_word(i) {
                determined = true;
                i += 1;
            } else if i == first
                && (NOT_FINITE.contains(&wi)
                    || ATTACH_DETERMINERS.contains(&wi)
                    || ATTACH_PREPOSITIONS.contains(&wi)
                    || super::PREPOSITIONS.contains(&wi)
                    || super::SUBORDINATORS.contains(&wi))
            {
                // "Ohne …", "Als …", "Des …": a capitalised function word opens no subject
                return None;
            } else if i == first && self.cap_word(i) {
                // sentence start: "Weitere deutsche Partner", "Vier weitere Konzerte"
                let adjective_like = ["e", "en", "er", "es", "em"]
                    .iter()
                    .any(|e| wi.ends_with(e))
                    && (self.adjective(i + 1) || self.cap_word(i + 1) || self.number(i + 1));
                if adjective_like || NUMBER_WORDS.contains(&wi) {
                    i += 1;
                }
            }
            i = self.noun_body(i, end)?;
            for _ in 0..3 {
                match self.noun_attachment(i, end) {
                    Some(k) => i = k,
                    None => break,
                }
            }
        }
        if i >= end || !self.lower_word(i) || NOT_FINITE.contains(&self.lw(i)) {
            return None;
        }
        Some(V2 {
            verb: i,
            first_person: matches!(w0, "ich" | "wir"),
            determined,
        })
    }

    /// True when the clause `first..end` is subject + a finite verb in `-e` that the mood table
    /// does not know (it decides the words it knows, `wäre` among them) and that can only be
    /// Konjunktiv I: third person (no `ich` next to it), not a weak preterite (`-te`), not
    /// `wurde`, not a participle used as an adjective (`verbindende`). After a bare capitalised
    /// word (a sentence-initial adverb is capitalised too: "Plötzlich auftretende Kosten") the
    /// word must not stand before a noun.
    pub(super) fn v2_konjunktiv(&self, first: usize, end: usize) -> bool {
        let Some(v) = self.v2(first, end) else {
            return false;
        };
        let i = v.verb;
        let attributive = self.cap_word(i + 1)
            || self.adjective(i + 1)
            || self.number(i + 1)
            || self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Quote);
        !v.first_person && (v.determined || !attributive) && self.unknown_konjunktiv_shape(i)
    }

    /// A sentence adverb, then a finite verb in `-e` the mood table does not know, then the subject
    /// (`Zudem verschärfe sich die Lage`, `Deshalb prüfe man …`): the verb's index.
    pub(super) fn adverb_konjunktiv(&self, first: usize, end: usize) -> Option<usize> {
        let i = first + 1;
        let subject_next = matches!(
            self.lw(i + 1),
            "sich"
                | "man"
                | "es"
                | "er"
                | "sie"
                | "der"
                | "die"
                | "das"
                | "ein"
                | "eine"
                | "kein"
                | "keine"
                | "dies"
                | "diese"
                | "dieser"
                | "dieses"
                | "jeder"
                | "jede"
        );
        (i + 1 < end
            && SENTENCE_ADVERBS.contains(&self.lw(first))
            && subject_next
            && self.unknown_konjunktiv_shape(i))
        .then_some(i)
    }

    /// Word `i` is a lower-case finite form in `-e` the mood table does not know that can only be
    /// Konjunktiv I: no `ich` next to it, not a weak preterite (`-te`), not `wurde`, not a
    /// participle used as an adjective (`verbindende`).
    fn unknown_konjunktiv_shape(&self, i: usize) -> bool {
        let w = self.lw(i);
        let ich = (i.saturating_sub(3)..(i + 4).min(self.toks.len())).any(|k| self.is(k, "ich"));
        self.lower_word(i)
            && !ich
            && self.quote_of[i].is_none()
            && w.chars().count() >= 4
            && w.ends_with('e')
            && !w.ends_with("te")
            && !w.ends_with("nde")
            && !NOT_FINITE.contains(&w)
            && self.det.moods.mood(w).is_none()
            && w != "wurde"
            && w.chars().all(char::is_alphabetic)
    }

    /// True when the clause `first..end` is subject + a finite verb of indicative shape:
    /// `-t` (`ist` and other irregular forms from a list), `-en`/`-ern`/`-eln`, `-te(n)`, or a
    /// Konjunktiv form. "Er sagte, die Lage ist ernst", "…, die Feuer breiten sich aus".
    pub(super) fn v2_indicative(&self, first: usize, end: usize) -> bool {
        let Some(v) = self.v2(first, end) else {
            return false;
        };
        let i = v.verb;
        let w = self.lw(i);
        let shaped = w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && (w.ends_with('t') || w.ends_with('n') || w.ends_with("te"));
        self.quote_of[i].is_none()
            && (IRREGULAR_FINITE.contains(&w) || shaped || self.det.moods.mood(w).is_some())
    }
}
