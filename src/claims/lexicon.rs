//! The reporting lexicon: German verbs and nouns that introduce what somebody says, reports,
//! believes or fears, with every inflected form the detector looks up.
//!
//! **Source: own work** for Randnotiz (written by hand from general knowledge of German grammar;
//! no list was copied from a corpus, dictionary or package), under the crate's licence
//! (MIT OR Apache-2.0). The SpkAtt-2023 corpus was *not* used to build it.
//!
//! Each verb is one line of [`VERBS`]: a class letter, the infinitive (a separable particle is
//! written before `|`: `mit|teilen`), and for strong and mixed verbs the explicit forms
//! `3rd-sg-present;3rd-sg-preterite;participle;Konjunktiv-II` (without the separable particle).
//! Weak verbs get their forms by rule ([`weak_forms`]): present `-e -t -en`, preterite `-te -ten`,
//! participle `ge-…-t` (no `ge-` after an inseparable prefix or for `-ieren` verbs), with the
//! linking `e` after `d`/`t` and after consonant + `m`/`n` (`rechnet`, `öffnete`). Separable verbs
//! get the bare finite forms (main clause, particle later: `teilte … mit`) and the joined forms
//! (subordinate clause and participle: `mitteilte`, `mitgeteilt`).
//!
//! The lexicon does not decide whether a form is a cue in context; `super` does.

use std::collections::HashMap;

/// What a reporting verb does to the claim it introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// Saying, stating, demanding (`sagen`, `betonen`, `fordern`): direct or indirect speech.
    Speech,
    /// Reporting news (`berichten`, `melden`): an `according_to` claim.
    Report,
    /// Believing, fearing, expecting (`befürchten`, `vermuten`): a hedged claim.
    Belief,
    /// Naming something as something (`bezeichnen … als`): speech with an `als` complement.
    Naming,
}

/// Grammatical role of one inflected form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// A finite form (present, preterite, Konjunktiv).
    Finite,
    /// The past participle (needs an auxiliary: `hat gesagt`, `wurde mitgeteilt`).
    Participle,
    /// The infinitive (needs a modal: `will sagen`).
    Infinitive,
}

/// One reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// Infinitive without particle separator (`mitteilen`).
    pub lemma: &'static str,
    /// Separable particle (`mit`), or `""`.
    pub particle: &'static str,
    /// What the verb reports.
    pub class: VerbClass,
}

/// What a word form means in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// Index into [`Lexicon::verbs`].
    pub verb: u16,
    /// Role of the form.
    pub kind: FormKind,
    /// True for a bare separable form (`teilte`) that needs its particle later in the clause.
    pub needs_particle: bool,
}

/// Reporting verbs: `class:infinitive[:pres3;pret3;participle;konj2]`. Classes: `S` speech,
/// `R` report, `B` belief, `N` naming. Own work.
pub const VERBS: &[&str] = &[
    // saying and stating
    "S:sagen",
    "S:erklären",
    "S:betonen",
    "S:warnen",
    "S:bestätigen",
    "S:fordern",
    "S:kritisieren",
    "S:versichern",
    "S:dementieren",
    "S:behaupten",
    "S:äußern",
    "S:erläutern",
    "S:ergänzen",
    "S:erwähnen",
    "S:klar|stellen",
    "S:unterstreichen:unterstreicht;unterstrich;unterstrichen;unterstriche",
    "S:bekräftigen",
    "S:beteuern",
    "S:bemerken",
    "S:mit|teilen",
    "S:an|kündigen",
    "S:antworten",
    "S:entgegnen",
    "S:erwidern",
    "S:argumentieren",
    "S:appellieren",
    "S:mahnen",
    "S:an|mahnen",
    "S:ermahnen",
    "S:monieren",
    "S:beklagen",
    "S:klagen",
    "S:bedauern",
    "S:begrüßen",
    "S:loben",
    "S:bemängeln",
    "S:rügen",
    "S:verurteilen",
    "S:protestieren",
    "S:drohen",
    "S:an|drohen",
    "S:fragen",
    "S:nach|fragen",
    "S:präzisieren",
    "S:kommentieren",
    "S:aus|führen",
    "S:dar|legen",
    "S:zu|geben:gibt;gab;gegeben;gäbe",
    "S:ein|räumen",
    "S:ein|gestehen:gesteht;gestand;gestanden;gestände",
    "S:gestehen:gesteht;gestand;gestanden;gestände",
    "S:leugnen",
    "S:bestreiten:bestreitet;bestritt;bestritten;bestritte",
    "S:ab|streiten:streitet;stritt;gestritten;stritte",
    "S:zurück|weisen:weist;wies;gewiesen;wiese",
    "S:verneinen",
    "S:bejahen",
    "S:widersprechen:widerspricht;widersprach;widersprochen;widerspräche",
    "S:verkünden",
    "S:bekunden",
    "S:schildern",
    "S:beschreiben:beschreibt;beschrieb;beschrieben;beschriebe",
    "S:dar|stellen",
    "S:fest|stellen",
    "S:hervor|heben:hebt;hob;gehoben;höbe",
    "S:hin|weisen:weist;wies;gewiesen;wiese",
    "S:verweisen:verweist;verwies;verwiesen;verwiese",
    "S:an|merken",
    "S:hinzu|fügen",
    "S:zu|sichern",
    "S:versprechen:verspricht;versprach;versprochen;verspräche",
    "S:zu|sagen",
    "S:vor|schlagen:schlägt;schlug;geschlagen;schlüge",
    "S:empfehlen:empfiehlt;empfahl;empfohlen;empföhle",
    "S:raten:rät;riet;geraten;riete",
    "S:an|regen",
    "S:verlangen",
    "S:beantragen",
    "S:auf|fordern",
    "S:auf|rufen:ruft;rief;gerufen;riefe",
    "S:rufen:ruft;rief;gerufen;riefe",
    "S:vor|werfen:wirft;warf;geworfen;würfe",
    "S:beschuldigen",
    "S:bezichtigen",
    "S:an|klagen",
    "S:unterstellen",
    "S:prophezeien",
    "S:vorher|sagen",
    "S:voraus|sagen",
    "S:prognostizieren",
    "S:spekulieren",
    "S:meinen",
    "S:schreiben:schreibt;schrieb;geschrieben;schriebe",
    "S:notieren",
    "S:fest|halten:hält;hielt;gehalten;hielte",
    "S:bilanzieren",
    "S:resümieren",
    "S:folgern",
    "S:urteilen",
    "S:bewerten",
    "S:ein|schätzen",
    "S:beurteilen",
    "S:sprechen:spricht;sprach;gesprochen;spräche",
    "S:reden",
    "S:erzählen",
    "S:verraten:verrät;verriet;verraten;verriete",
    "S:enthüllen",
    "S:offenbaren",
    "S:preis|geben:gibt;gab;gegeben;gäbe",
    "S:beharren",
    "S:insistieren",
    "S:bestehen:besteht;bestand;bestanden;bestünde",
    "S:pochen",
    "S:kontern",
    "S:ein|wenden:wendet;wandte;gewandt;wendete",
    "S:entgegen|halten:hält;hielt;gehalten;hielte",
    "S:widerrufen:widerruft;widerrief;widerrufen;widerriefe",
    "S:korrigieren",
    "S:relativieren",
    "S:zu|gestehen:gesteht;gestand;gestanden;gestände",
    "S:verdeutlichen",
    "S:signalisieren",
    "S:an|deuten",
    "S:aus|richten",
    "S:übermitteln",
    "S:wiederholen",
    "S:beschwören:beschwört;beschwor;beschworen;beschwöre",
    "S:schwören:schwört;schwor;geschworen;schwüre",
    "S:garantieren",
    "S:konstatieren",
    "S:attestieren",
    "S:vor|rechnen",
    "S:an|geben:gibt;gab;gegeben;gäbe",
    "S:aus|sagen",
    "S:bezeugen",
    "S:zitieren",
    "S:verlautbaren",
    "S:ab|lehnen",
    "S:an|kreiden",
    "S:bezweifeln",
    "S:klar|machen",
    "S:deutlich|machen",
    "S:unterstreichen:unterstreicht;unterstrich;unterstrichen;unterstriche",
    "S:beanstanden",
    "S:beruhigen",
    "S:beschwichtigen",
    "S:verteidigen",
    "S:rechtfertigen",
    "S:begründen",
    "S:ein|fordern",
    "S:fordern",
    "S:bitten:bittet;bat;gebeten;bäte",
    "S:ersuchen",
    "S:an|ordnen",
    "S:twittern",
    "S:posten",
    "S:bekannt|geben:gibt;gab;gegeben;gäbe",
    "S:bekannt|machen",
    "S:ein|wenden:wendet;wendete;gewendet;wendete",
    "S:zusammen|fassen",
    "S:resümieren",
    "S:hinterfragen",
    "S:beantworten",
    "S:zu|stimmen",
    "S:ein|gestehen:gesteht;gestand;gestanden;gestände",
    "S:verkünden",
    // reporting news
    "R:berichten",
    "R:erfahren:erfährt;erfuhr;erfahren;erführe",
    "S:erinnern",
    "S:daran|erinnern",
    "R:melden",
    "R:vermelden",
    "R:informieren",
    "R:unterrichten",
    "R:verbreiten",
    "R:veröffentlichen",
    // believing, fearing, expecting
    "B:vermuten",
    "B:befürchten",
    "B:fürchten",
    "B:glauben",
    "B:denken:denkt;dachte;gedacht;dächte",
    "B:an|nehmen:nimmt;nahm;genommen;nähme",
    "B:schätzen",
    "B:erwarten",
    "B:hoffen",
    "B:zweifeln",
    "B:aus|gehen:geht;ging;gegangen;ginge",
    "B:mutmaßen",
    "B:ahnen",
    "B:spekulieren",
    "B:damit|rechnen",
    "B:bangen",
    // naming as
    "N:bezeichnen",
    "N:nennen:nennt;nannte;genannt;nennte",
    "N:werten",
    "N:ein|stufen",
];

/// Reporting nouns, in the form they take after `nach`, before `zufolge` and in compounds
/// (`Polizeiangaben`). Own work.
pub const NOUNS: &[&str] = &[
    "Angaben",
    "Angabe",
    "Aussage",
    "Aussagen",
    "Mitteilung",
    "Mitteilungen",
    "Erklärung",
    "Erklärungen",
    "Bericht",
    "Berichten",
    "Berichte",
    "Berichts",
    "Meldung",
    "Meldungen",
    "Informationen",
    "Information",
    "Worten",
    "Ansicht",
    "Meinung",
    "Einschätzung",
    "Einschätzungen",
    "Schätzung",
    "Schätzungen",
    "Darstellung",
    "Auskunft",
    "Auskünften",
    "Auffassung",
    "Überzeugung",
    "Stellungnahme",
    "Studie",
    "Umfrage",
    "Gutachten",
    "Untersuchung",
    "Untersuchungen",
    "Prognose",
    "Prognosen",
    "Erkenntnissen",
    "Erkenntnis",
    "Quellen",
    "Kreisen",
    "Recherchen",
    "Interview",
    "Zeugenaussagen",
    "Vermutungen",
    "Befürchtungen",
    "Gerüchten",
    "Spekulationen",
    "Berechnungen",
    "Daten",
    "Zahlen",
    "Statistik",
    "Ermittlungen",
    "Vernehmen",
    "Analyse",
    "Analysen",
    "Mitteilungsblatt",
    "Pressemitteilung",
    "Auswertung",
];

/// The built lexicon: every inflected form of [`VERBS`] in a hash map.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// The verbs, indexed by [`Form::verb`].
    pub verbs: Vec<Verb>,
    forms: HashMap<String, Vec<Form>>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

fn inseparable(base: &str) -> bool {
    [
        "be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "wider", "hinter", "unter", "über",
    ]
    .iter()
    .any(|p| base.starts_with(p) && base.len() > p.len() + 3)
        || base.ends_with("ieren")
        || base.ends_with("eien")
}

/// True when a weak stem needs a linking `e` before `t`/`st` (`rechnet`, `öffnete`, `redet`).
fn needs_linking_e(stem: &str) -> bool {
    let cs: Vec<char> = stem.chars().rev().take(3).collect();
    match cs.as_slice() {
        [last, ..] if *last == 't' || *last == 'd' => true,
        [last, 'h', 'c', ..] if *last == 'm' || *last == 'n' => true, // zeichnet, rechnet
        [last, prev, ..] if (*last == 'm' || *last == 'n') => !matches!(
            prev,
            'l' | 'r' | 'h' | 'm' | 'n' | 'a' | 'e' | 'i' | 'o' | 'u' | 'ä' | 'ö' | 'ü'
        ),
        _ => false,
    }
}

/// The forms of a weak verb `base` (no particle), with the kind of each form. Verbs in `-ern`,
/// `-eln` keep their `e` (`äußere`, `äußert`).
pub fn weak_forms(base: &str) -> Vec<(String, FormKind)> {
    let stem = if base.ends_with("ern") || base.ends_with("eln") {
        &base[..base.len() - 1]
    } else {
        base.strip_suffix("en").unwrap_or(base)
    };
    let t = if needs_linking_e(stem) { "et" } else { "t" };
    let te = if needs_linking_e(stem) { "ete" } else { "te" };
    let part = if inseparable(base) {
        format!("{stem}{t}")
    } else {
        format!("ge{stem}{t}")
    };
    let plural = if stem.ends_with('e') || base.ends_with("ern") || base.ends_with("eln") {
        base.to_string()
    } else {
        format!("{stem}en")
    };
    vec![
        (format!("{stem}e"), FormKind::Finite),
        (format!("{stem}{t}"), FormKind::Finite),
        (plural, FormKind::Finite),
        (format!("{stem}{te}"), FormKind::Finite),
        (format!("{stem}{te}n"), FormKind::Finite),
        (part, FormKind::Participle),
        (base.to_string(), FormKind::Infinitive),
    ]
}

/// The forms of a strong or mixed verb from its explicit principal parts.
fn strong_forms(base: &str, parts: &str) -> Vec<(String, FormKind)> {
    let p: Vec<&str> = parts.split(';').collect();
    let (pres3, pret, part, k2) = match p.as_slice() {
        [a, b, c, d] => (*a, *b, *c, *d),
        _ => return weak_forms(base),
    };
    let stem = base.strip_suffix("en").unwrap_or(base);
    let pl = |s: &str| {
        if s.ends_with('e') {
            format!("{s}n")
        } else {
            format!("{s}en")
        }
    };
    vec![
        (format!("{stem}e"), FormKind::Finite),
        (pres3.to_string(), FormKind::Finite),
        (base.to_string(), FormKind::Finite),
        (pret.to_string(), FormKind::Finite),
        (pl(pret), FormKind::Finite),
        (k2.to_string(), FormKind::Finite),
        (pl(k2), FormKind::Finite),
        (part.to_string(), FormKind::Participle),
        (base.to_string(), FormKind::Infinitive),
    ]
}

impl Lexicon {
    /// Builds the form table from [`VERBS`] (a few thousand entries, well under a millisecond).
    pub fn new() -> Self {
        let mut verbs = Vec::new();
        let mut forms: HashMap<String, Vec<Form>> = HashMap::new();
        for line in VERBS {
            let mut fields = line.splitn(3, ':');
            let class = match fields.next() {
                Some("R") => VerbClass::Report,
                Some("B") => VerbClass::Belief,
                Some("N") => VerbClass::Naming,
                _ => VerbClass::Speech,
            };
            let inf = fields.next().unwrap_or("");
            let parts = fields.next();
            let (particle, base) = inf.split_once('|').unwrap_or(("", inf));
            let lemma: &'static str = leak_join(particle, base, inf);
            if verbs.iter().any(|v: &Verb| v.lemma == lemma) {
                continue; // a duplicate line
            }
            let idx = verbs.len() as u16;
            verbs.push(Verb {
                lemma,
                particle,
                class,
            });
            let generated = match parts {
                Some(p) => strong_forms(base, p),
                None => weak_forms(base),
            };
            for (form, kind) in generated {
                let mut add = |word: String, kind: FormKind, needs_particle: bool| {
                    let entry = forms.entry(word).or_default();
                    let f = Form {
                        verb: idx,
                        kind,
                        needs_particle,
                    };
                    if !entry.contains(&f) {
                        entry.push(f);
                    }
                };
                if particle.is_empty() {
                    add(form, kind, false);
                } else {
                    if kind == FormKind::Finite {
                        add(form.clone(), kind, true);
                    }
                    add(format!("{particle}{form}"), kind, false);
                    if kind == FormKind::Infinitive {
                        add(format!("{particle}zu{form}"), kind, false);
                    }
                }
            }
        }
        Lexicon { verbs, forms }
    }

    /// The readings of `word` (lower-case) as a reporting verb form; empty when it is none.
    pub fn forms(&self, word: &str) -> &[Form] {
        self.forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// The verb of a form.
    pub fn verb(&self, form: &Form) -> Option<&Verb> {
        self.verbs.get(usize::from(form.verb))
    }

    /// Number of distinct lemmas.
    pub fn len(&self) -> usize {
        self.verbs.len()
    }

    /// True when the lexicon holds no verb (never, with the built-in lists).
    pub fn is_empty(&self) -> bool {
        self.verbs.is_empty()
    }

    /// Number of distinct word forms.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }
}

/// The lemma of `particle|base` as a `'static` string: the line's own text when there is no
/// particle, else one of the joined lemmas below (all separable verbs of [`VERBS`]).
fn leak_join(particle: &'static str, base: &'static str, inf: &'static str) -> &'static str {
    if particle.is_empty() {
        return inf;
    }
    // The joined spelling is looked up in a static table so nothing is allocated per lexicon.
    SEPARABLE
        .iter()
        .find(|s| {
            s.len() == particle.len() + base.len() && s.starts_with(particle) && s.ends_with(base)
        })
        .copied()
        .unwrap_or(base)
}

/// The joined spellings of the separable verbs in [`VERBS`].
const SEPARABLE: &[&str] = &[
    "klarstellen",
    "mitteilen",
    "ankündigen",
    "anmahnen",
    "androhen",
    "nachfragen",
    "ausführen",
    "darlegen",
    "zugeben",
    "einräumen",
    "eingestehen",
    "abstreiten",
    "zurückweisen",
    "darstellen",
    "feststellen",
    "hervorheben",
    "hinweisen",
    "anmerken",
    "hinzufügen",
    "zusichern",
    "zusagen",
    "vorschlagen",
    "anregen",
    "auffordern",
    "aufrufen",
    "vorwerfen",
    "anklagen",
    "vorhersagen",
    "voraussagen",
    "festhalten",
    "einschätzen",
    "preisgeben",
    "einwenden",
    "entgegenhalten",
    "zugestehen",
    "andeuten",
    "ausrichten",
    "vorrechnen",
    "angeben",
    "aussagen",
    "ablehnen",
    "ankreiden",
    "klarmachen",
    "deutlichmachen",
    "einfordern",
    "bekanntgeben",
    "bekanntmachen",
    "zusammenfassen",
    "daranerinnern",
    "zustimmen",
    "anordnen",
    "annehmen",
    "ausgehen",
    "damitrechnen",
    "einstufen",
];

/// True when `word` is a reporting noun, or a compound ending in one (`Polizeiangaben`); returns
/// the byte length of the compound's first part (0 for a plain noun).
pub fn reporting_noun(word: &str) -> Option<usize> {
    for n in NOUNS {
        if word == *n {
            return Some(0);
        }
        if word.len() > n.len() + 2 {
            let lower_tail = n.to_lowercase();
            if word.ends_with(&lower_tail) && word.starts_with(char::is_uppercase) {
                let cut = word.len() - lower_tail.len();
                let head = word[..cut].trim_end_matches('-');
                return Some(head.len());
            }
            if word.ends_with(n) && word.as_bytes().get(word.len() - n.len() - 1) == Some(&b'-') {
                return Some(word.len() - n.len() - 1);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_at_least_150_lemmas() {
        let lex = Lexicon::new();
        assert!(lex.len() >= 150, "only {} lemmas", lex.len());
        assert!(lex.form_count() > 1000);
    }

    #[test]
    fn every_separable_verb_has_a_joined_lemma() {
        for line in VERBS {
            let inf = line.split(':').nth(1).unwrap_or("");
            if let Some((p, b)) = inf.split_once('|') {
                assert!(SEPARABLE.contains(&format!("{p}{b}").as_str()), "{inf}");
            }
        }
    }

    #[test]
    fn weak_verb_forms() {
        let f: Vec<String> = weak_forms("sagen").into_iter().map(|x| x.0).collect();
        assert_eq!(
            f,
            ["sage", "sagt", "sagen", "sagte", "sagten", "gesagt", "sagen"]
        );
        let f: Vec<String> = weak_forms("warnen").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"warnte".to_string()) && f.contains(&"gewarnt".to_string()));
        let f: Vec<String> = weak_forms("antworten").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"antwortete".to_string()) && f.contains(&"geantwortet".to_string()));
        let f: Vec<String> = weak_forms("äußern").into_iter().map(|x| x.0).collect();
        assert!(
            f.contains(&"äußerte".to_string())
                && f.contains(&"geäußert".to_string())
                && f.contains(&"äußere".to_string())
        );
        let f: Vec<String> = weak_forms("kritisieren").into_iter().map(|x| x.0).collect();
        assert!(weak_forms("bezeichnen")
            .iter()
            .any(|x| x.0 == "bezeichnete"));
        assert!(f.contains(&"kritisiert".to_string()) && !f.contains(&"gekritisiert".to_string()));
        let f: Vec<String> = weak_forms("erklären").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"erklärt".to_string()) && !f.contains(&"geerklärt".to_string()));
    }

    #[test]
    fn separable_and_strong_lookup() {
        let lex = Lexicon::new();
        let teilte = lex.forms("teilte");
        assert!(teilte
            .iter()
            .any(|f| f.needs_particle && lex.verb(f).is_some_and(|v| v.lemma == "mitteilen")));
        assert!(lex
            .forms("mitgeteilt")
            .iter()
            .any(|f| f.kind == FormKind::Participle));
        assert!(lex
            .forms("wies")
            .iter()
            .any(|f| lex.verb(f).is_some_and(|v| v.lemma == "hinweisen")));
        assert!(lex
            .forms("räumte")
            .iter()
            .any(|f| lex.verb(f).is_some_and(|v| v.lemma == "einräumen")));
        assert!(!lex.forms("sprach").is_empty());
        assert!(lex.forms("haus").is_empty());
    }

    #[test]
    fn nouns_and_compounds() {
        assert_eq!(reporting_noun("Angaben"), Some(0));
        assert_eq!(reporting_noun("Polizeiangaben"), Some("Polizei".len()));
        assert_eq!(reporting_noun("Medienberichten"), Some("Medien".len()));
        assert_eq!(reporting_noun("Haus"), None);
    }
}
