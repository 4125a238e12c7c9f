//! Konjunktiv I (and II) from the verb's form alone: the mood German uses for reported speech
//! ("Die Regierung *habe* das Recht", "Er *sei* eingetroffen").
//!
//! The heuristic, for one lower-case word:
//! - **Unambiguous Konjunktiv I**: `sei` and its other persons (`seien`, `seiest`, `seiet`) and the
//!   3rd singular of the modal and preterite-present verbs (`könne`, `müsse`, `dürfe`, `wolle`,
//!   `solle`, `möge`, `wisse`), whose indicative is different in every person (`kann`, `muss`…).
//! - **Konjunktiv I or 1st-singular indicative** ([`Mood::KonjunktivIOrFirst`]): stem + `-e` of
//!   any other verb (`habe`, `werde`, `gebe`, `stehe`, `liege`, `gehe`, `komme`, `funktioniere`).
//!   The 3rd singular indicative ends in `-t` (`gibt`, `steht`), so the `-e` form outside quotes,
//!   without `ich` next to it, is read as Konjunktiv I by the caller. A word counts as a verb when
//!   `stem + en` (or `stem + n` for `-ern`/`-eln` verbs, also without the stem's `e`: `handle`,
//!   `wandle`) is in the verb list below or in the
//!   reporting lexicon, or it ends in `-iere`; determiners and particles that look the same
//!   (`meine`, `eine`, `bitte`, `danke`) are excluded.
//! - The plural Konjunktiv I (`haben`, `geben`) equals the indicative and is not recognised, except
//!   `seien`. Reported speech uses Konjunktiv II for it: **Konjunktiv II** ([`Mood::KonjunktivII`]):
//!   `wäre`, `hätte`, `würde`, `könnte`, `müsste`, `dürfte`, `gäbe`, `käme` … (not `sollte`, `wollte`,
//!   which equal the preterite).
//!
//! Verbs outside the list are read from their position instead (a finite `-e` form after a
//! third-person subject, in the private `clause` module).
//!
//! The verb list is own work (common German verbs, written by hand).

use std::collections::HashSet;

use super::lexicon::Lexicon;

/// The mood a word form shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    /// Only Konjunktiv I (`sei`, `könne`).
    KonjunktivI,
    /// Konjunktiv I 3rd singular, or 1st singular indicative (`habe`, `gebe`).
    KonjunktivIOrFirst,
    /// Konjunktiv II (`wäre`, `hätte`, `könnte`).
    KonjunktivII,
}

const UNAMBIGUOUS_K1: &[&str] = &[
    "sei", "seiest", "seist", "seien", "seiet", "könne", "müsse", "dürfe", "wolle", "solle",
    "möge", "wisse", "habest", "werdest", "könnest", "müssest", "sollest", "wollest",
];

const K2: &[&str] = &[
    "wäre",
    "wären",
    "hätte",
    "hätten",
    "würde",
    "würden",
    "könnte",
    "könnten",
    "müsste",
    "müssten",
    "müßte",
    "müßten",
    "dürfte",
    "dürften",
    "möchte",
    "möchten",
    "gäbe",
    "gäben",
    "käme",
    "kämen",
    "ginge",
    "gingen",
    "stünde",
    "stünden",
    "stände",
    "läge",
    "lägen",
    "ließe",
    "ließen",
    "bräuchte",
    "bräuchten",
    "wüsste",
    "wüssten",
    "hielte",
    "fände",
    "nähme",
    "bliebe",
    "blieben",
    "sähe",
];

/// Words ending in `-e` that are not verb forms although `word + n` or `stem + en` is a verb.
/// Only lower-case words are looked up, so nouns whose lower-case form is a verb form (`Stelle` /
/// `stelle`, `Frage` / `frage`) are not listed; determiners, adverbs and adjectives are.
const NOT_VERBS: &[&str] = &[
    "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "bitte", "danke",
    "schade", "weise", "heute", "gerne", "ende", "alle", "reine", "leise", "lage", "spitze",
    "nähe", "weite", "breite", "höhe", "liebe", "hilfe", "gilde", "ehe", "menge", "habe",
];

/// Common German verbs (infinitives), own list; together with the reporting lexicon they decide
/// whether a word in `-e` is a verb form.
const VERBS: &[&str] = &[
    "haben",
    "werden",
    "geben",
    "stehen",
    "liegen",
    "gehen",
    "kommen",
    "lassen",
    "bleiben",
    "halten",
    "sehen",
    "tragen",
    "nehmen",
    "finden",
    "machen",
    "brauchen",
    "fehlen",
    "planen",
    "gelten",
    "handeln",
    "bestehen",
    "entstehen",
    "verstehen",
    "arbeiten",
    "leben",
    "wohnen",
    "spielen",
    "zeigen",
    "führen",
    "bringen",
    "kennen",
    "helfen",
    "laufen",
    "fahren",
    "fallen",
    "steigen",
    "sinken",
    "wachsen",
    "treffen",
    "treten",
    "sitzen",
    "setzen",
    "stellen",
    "legen",
    "erhalten",
    "bekommen",
    "verlieren",
    "gewinnen",
    "beginnen",
    "enden",
    "dauern",
    "reichen",
    "folgen",
    "gehören",
    "passen",
    "scheinen",
    "wirken",
    "drohen",
    "suchen",
    "kaufen",
    "verkaufen",
    "zahlen",
    "bezahlen",
    "kosten",
    "sparen",
    "investieren",
    "bauen",
    "öffnen",
    "schließen",
    "stimmen",
    "wählen",
    "regieren",
    "entscheiden",
    "beschließen",
    "verhandeln",
    "einigen",
    "ändern",
    "verändern",
    "verbessern",
    "verschlechtern",
    "erreichen",
    "schaffen",
    "versuchen",
    "tun",
    "hoffen",
    "liefern",
    "fliegen",
    "reisen",
    "kämpfen",
    "sterben",
    "töten",
    "verletzen",
    "retten",
    "schützen",
    "sichern",
    "prüfen",
    "untersuchen",
    "ermitteln",
    "verhaften",
    "festnehmen",
    "gestehen",
    "leiden",
    "helfen",
    "unterstützen",
    "stärken",
    "schwächen",
    "senken",
    "erhöhen",
    "steigern",
    "ermöglichen",
    "verhindern",
    "vermeiden",
    "verbieten",
    "erlauben",
    "dürfen",
    "brauchen",
    "benötigen",
    "besitzen",
    "gehören",
    "existieren",
    "funktionieren",
    "reagieren",
    "akzeptieren",
    "respektieren",
    "garantieren",
    "bleiben",
    "wissen",
    "glauben",
    "meinen",
    "denken",
    "fühlen",
    "merken",
    "lernen",
    "lehren",
    "studieren",
    "schreiben",
    "lesen",
    "hören",
    "sprechen",
    "antworten",
    "rufen",
    "warten",
    "bitten",
    "danken",
    "treffen",
    "verlassen",
    "erwarten",
    "betreffen",
    "beteiligen",
    "teilnehmen",
    "stattfinden",
    "aufhören",
    "anfangen",
    "bedeuten",
    "betragen",
    "belaufen",
    "liegen",
    "umfassen",
    "enthalten",
    "bieten",
    "anbieten",
    "stoppen",
    "blockieren",
    "zerstören",
    "angreifen",
    "greifen",
    "fliehen",
    "landen",
    "starten",
    "melden",
    "kehren",
    "zurückkehren",
    "bestätigen",
    "sagen",
    "tragen",
    "ziehen",
    "schieben",
    "drücken",
    "wollen",
    "sollen",
    "können",
    "müssen",
    "mögen",
    "sein",
    "planen",
    "beabsichtigen",
    "prüfen",
    "bemühen",
    "gelingen",
    "misslingen",
    "scheitern",
    "gefährden",
    "bedrohen",
    "verfolgen",
    "verteidigen",
    "vertreten",
    "verantworten",
    "bereuen",
    "bedauern",
    "fürchten",
    "zögern",
    "weigern",
    "verzichten",
    "trauen",
    "vertrauen",
    "zweifeln",
    "mangeln",
    "herrschen",
    "regnen",
    "schmelzen",
    "brennen",
    "fließen",
    "wirken",
    "zählen",
    "rechnen",
    "schulden",
    "lohnen",
    "eignen",
    "ergeben",
    "entwickeln",
    "wandeln",
    "sammeln",
    "fördern",
    "sinken",
    "steigen",
    "drehen",
    "bewegen",
    "richten",
    "stützen",
    "halten",
    "stoßen",
    "schlagen",
    "schießen",
    "fahren",
    "fehlen",
    "sorgen",
    "hängen",
    "stammen",
    "kommen",
    "gehen",
    "laufen",
    "rennen",
    "ruhen",
    "schlafen",
    "essen",
    "trinken",
    "kochen",
    "wachen",
    "warnen",
    "reisen",
    "passieren",
    "geschehen",
    "gelingen",
    "klappen",
    "taugen",
    "nützen",
    "nutzen",
    "schaden",
    "betreiben",
    "treiben",
    "leiten",
    "lenken",
    "steuern",
    "bedienen",
    "verdienen",
    "erleben",
    "überleben",
    "sterben",
    "heilen",
    "pflegen",
    "behandeln",
    "impfen",
    "testen",
    "messen",
    "wiegen",
    "schätzen",
    "gewähren",
    "leisten",
    "erfüllen",
    "erfahren",
    "erkennen",
    "anerkennen",
    "beweisen",
    "belegen",
    "zeugen",
    "stimmen",
    "protestieren",
    "demonstrieren",
    "streiken",
    "verhandeln",
    "verlangen",
    "wünschen",
    "freuen",
    "ärgern",
    "sehnen",
    "eilen",
    "drängen",
    "zwingen",
    "verpflichten",
    "binden",
    "verbinden",
    "trennen",
    "teilen",
    "verteilen",
    "sprengen",
    "explodieren",
    "stürzen",
    "brechen",
    "reißen",
    "retten",
    "bergen",
    "suchen",
    "entdecken",
    "finden",
    "erfinden",
    "forschen",
    "prüfen",
    "kontrollieren",
    "überwachen",
    "befinden",
    "aufhalten",
    "vorbereiten",
    "bereiten",
    "sparen",
    "wachsen",
    "schrumpfen",
    "fallen",
    "gewinnen",
    "siegen",
    "verlieren",
    "unterliegen",
    "spielen",
    "trainieren",
];

/// The verbs that [`MoodTable::mood`] knows: [`VERBS`] plus every reporting verb and its base.
#[derive(Debug, Clone, Default)]
pub struct MoodTable {
    infinitives: HashSet<String>,
}

impl MoodTable {
    /// Builds the table from the built-in list and `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut infinitives: HashSet<String> = VERBS.iter().map(|v| v.to_string()).collect();
        for v in &lexicon.verbs {
            infinitives.insert(v.lemma.to_string());
            if let Some(base) = v.lemma.strip_prefix(v.particle) {
                infinitives.insert(base.to_string());
            }
        }
        MoodTable { infinitives }
    }

    /// The subjunctive reading of `word` (already lower-case), or `None` for an indicative or a
    /// non-verb. See the module documentation for the heuristic.
    pub fn mood(&self, word: &str) -> Option<Mood> {
        if UNAMBIGUOUS_K1.contains(&word) {
            return Some(Mood::KonjunktivI);
        }
        if K2.contains(&word) {
            return Some(Mood::KonjunktivII);
        }
        if word == "habe" || word == "werde" {
            return Some(Mood::KonjunktivIOrFirst);
        }
        let stem = word.strip_suffix('e')?;
        if stem.chars().count() < 2 || NOT_VERBS.contains(&word) {
            return None;
        }
        if !word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()) {
            return None;
        }
        if word.ends_with("iere") && word.len() > 6 {
            return Some(Mood::KonjunktivIOrFirst);
        }
        let en = format!("{stem}en");
        // `-eln`/`-ern` verbs: `ändere` (ändern), and without the stem's `e`: `handle` (handeln)
        let dropped_e = (stem.ends_with('l') || stem.ends_with('r'))
            && stem
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ä' | 'ö' | 'ü'))
            && {
                let (base, last) = stem.split_at(stem.len() - 1);
                self.infinitives.contains(&format!("{base}e{last}n"))
            };
        // `tue` (tun)
        let vowel_stem = stem.ends_with(['a', 'e', 'i', 'o', 'u'])
            && self.infinitives.contains(&format!("{stem}n"));
        let is_verb = self.infinitives.contains(&en)
            || dropped_e
            || vowel_stem
            || ((stem.ends_with("er") || stem.ends_with("el"))
                && self.infinitives.contains(&format!("{stem}n")));
        is_verb.then_some(Mood::KonjunktivIOrFirst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(w: &str) -> Option<Mood> {
        MoodTable::new(&Lexicon::new()).mood(w)
    }

    #[test]
    fn unambiguous_konjunktiv_i() {
        for w in [
            "sei", "seien", "könne", "müsse", "wolle", "solle", "dürfe", "möge",
        ] {
            assert_eq!(m(w), Some(Mood::KonjunktivI), "{w}");
        }
    }

    #[test]
    fn third_singular_e_forms_are_konjunktiv_i_or_first_person() {
        for w in [
            "habe",
            "werde",
            "gebe",
            "stehe",
            "liege",
            "gehe",
            "komme",
            "funktioniere",
            "betone",
            "äußere",
            "bestehe",
            "fehle",
            "handle",
            "tue",
            "stelle",
            "folge",
            "sorge",
            "ändere",
            "wandle",
        ] {
            assert_eq!(m(w), Some(Mood::KonjunktivIOrFirst), "{w}");
        }
    }

    #[test]
    fn indicative_forms_are_not_subjunctive() {
        for w in [
            "ist", "hat", "wird", "kann", "gibt", "steht", "liegt", "geht", "kommt", "sind",
            "haben", "geben", "sagte", "sollte", "wollte",
        ] {
            assert_eq!(m(w), None, "{w}");
        }
    }

    #[test]
    fn konjunktiv_ii() {
        for w in ["wäre", "hätte", "würden", "könnte", "gäbe", "käme"] {
            assert_eq!(m(w), Some(Mood::KonjunktivII), "{w}");
        }
    }

    #[test]
    fn look_alikes_are_not_verbs() {
        for w in [
            "eine", "meine", "keine", "bitte", "heute", "große", "neue", "gerade", "ohne", "Lage",
            "e", "",
        ] {
            assert_eq!(m(w), None, "{w}");
        }
    }
}
