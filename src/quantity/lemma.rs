//! A small rule-based lemmatizer for the noun a number counts.
//!
//! After a number a German noun is nearly always plural, in the nominative/accusative
//! ("2.000 Feuerwehrleute") or the dative ("mit 2.000 Feuerwehrleuten"). The lemma given here is
//! the **nominative plural as written** (not the singular): the dative `-n` is stripped where the
//! nominative is known to lack it, so both forms above give `Feuerwehrleute`. The heuristic:
//!
//! 1. a handful of irregular forms are looked up (`Leuten` → `Leute`, `Kindern` → `Kinder`);
//! 2. `-ern` loses its `n` (`Einwohnern` → `Einwohner`, `Häusern` → `Häuser`) unless the word ends
//!    in one of the feminine nouns whose plural itself ends in `-ern` (`Schwestern`, `Mauern`,
//!    `Steuern`, `Nummern`, …);
//! 3. `-en` loses its `n` only when the word ends (as a compound's head) in a noun whose plural
//!    ends in `-e` (`…leute`, `…jahre`, `…tage`, `…kräfte`, `…fahrzeuge`, `…tote`, …), so
//!    `Einsatzkräften` → `Einsatzkräfte` but `Menschen`, `Frauen`, `Stunden`, `Soldaten` stay;
//! 4. everything else stays as written.
//!
//! English nouns (lower case) are singularized with the usual `-ies`/`-es`/`-s` rules and a few
//! irregulars (`people`, `men`, `children` stay or map to their singular).

/// Heads of compounds whose nominative plural ends in `-e`, so that their dative adds `-n`.
/// Lower case, without the dative `n`.
const E_PLURAL_HEADS: &[&str] = &[
    "leute",
    "jahre",
    "tage",
    "monate",
    "kräfte",
    "fahrzeuge",
    "flugzeuge",
    "schiffe",
    "boote",
    "züge",
    "busse",
    "tiere",
    "hunde",
    "pferde",
    "schafe",
    "rinder",
    "schweine",
    "fälle",
    "städte",
    "orte",
    "gebäude",
    "geschäfte",
    "betriebe",
    "punkte",
    "tore",
    "spiele",
    "verträge",
    "anträge",
    "briefe",
    "haushalte",
    "versuche",
    "schritte",
    "werke",
    "kreise",
    "bezirke",
    "projekte",
    "produkte",
    "berichte",
    "gespräche",
    "spieltage",
    "wettkämpfe",
    "einsätze",
    "stücke",
    "plätze",
    "sitze",
    "räume",
    "bäume",
    "brände",
    "gäste",
    "ärzte",
    "freunde",
    "söhne",
    "schüsse",
    "angriffe",
    "tote",
    "verletzte",
    "angestellte",
    "beschäftigte",
    "befragte",
    "betroffene",
    "obdachlose",
    "arbeitslose",
    "abgeordnete",
    "gefangene",
    "geflüchtete",
    "erwachsene",
    "jugendliche",
    "verwandte",
    "vermisste",
    "infizierte",
    "festgenommene",
    "evakuierte",
];

/// Feminine nouns whose plural itself ends in `-ern`: the `n` stays.
const ERN_PLURALS: &[&str] = &[
    "schwestern",
    "mauern",
    "steuern",
    "feiern",
    "bauern",
    "nummern",
    "kammern",
    "federn",
    "adern",
    "klammern",
    "ziffern",
    "leitern",
    "vettern",
    "trauern",
    "dauern",
];

/// Irregular forms (as written → lemma).
const IRREGULAR: &[(&str, &str)] = &[
    ("Leuten", "Leute"),
    ("Kindern", "Kinder"),
    ("Männern", "Männer"),
    ("Frauen", "Frauen"),
    ("Menschen", "Menschen"),
    ("people", "people"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("police", "police"),
    ("feet", "foot"),
    ("euros", "euro"),
];

/// The lemma of the noun `word` counted by a number: the nominative plural for German (see the
/// module docs), the singular for English (`english == true`). Never fails; unknown forms are
/// returned as written.
pub fn noun_lemma(word: &str, english: bool) -> String {
    if let Some((_, l)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return (*l).to_string();
    }
    if english {
        return english_singular(word);
    }
    let lower = word.to_lowercase();
    if lower.ends_with("ern") && lower.chars().count() > 4 {
        if ERN_PLURALS.iter().any(|p| lower.ends_with(p)) {
            return word.to_string();
        }
        return strip_last(word);
    }
    if lower.ends_with("en") && E_PLURAL_HEADS.iter().any(|h| ends_with_head(&lower, h)) {
        return strip_last(word);
    }
    word.to_string()
}

/// `lower` is `head` + "n" at the end (a compound whose head is `head`, in the dative).
fn ends_with_head(lower: &str, head: &str) -> bool {
    lower
        .strip_suffix('n')
        .is_some_and(|stem| stem.ends_with(head))
}

fn strip_last(word: &str) -> String {
    let mut s = word.to_string();
    s.pop();
    s
}

fn english_singular(word: &str) -> String {
    let w = word;
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{stem}y");
    }
    for suf in ["ches", "shes", "sses", "xes", "zes"] {
        if let Some(stem) = w.strip_suffix(suf) {
            return format!("{stem}{}", &suf[..suf.len() - 2]);
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.len() <= 3 {
        return w.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

#[cfg(test)]
mod tests {
    use super::noun_lemma;

    #[test]
    fn german_dative_plural_is_stripped_where_safe() {
        let de = |w: &str| noun_lemma(w, false);
        assert_eq!(de("Feuerwehrleuten"), "Feuerwehrleute");
        assert_eq!(de("Feuerwehrleute"), "Feuerwehrleute");
        assert_eq!(de("Einsatzkräften"), "Einsatzkräfte");
        assert_eq!(de("Jahren"), "Jahre");
        assert_eq!(de("Einwohnern"), "Einwohner");
        assert_eq!(de("Häusern"), "Häuser");
        assert_eq!(de("Kindern"), "Kinder");
        assert_eq!(de("Toten"), "Tote");
        assert_eq!(de("Befragten"), "Befragte");
        assert_eq!(de("Haushalten"), "Haushalte");
        assert_eq!(de("Menschen"), "Menschen");
        assert_eq!(de("Frauen"), "Frauen");
        assert_eq!(de("Stunden"), "Stunden");
        assert_eq!(de("Soldaten"), "Soldaten");
        assert_eq!(de("Schwestern"), "Schwestern");
        assert_eq!(de("Steuern"), "Steuern");
        assert_eq!(de("Löschfahrzeuge"), "Löschfahrzeuge");
        assert_eq!(de("Löschfahrzeugen"), "Löschfahrzeuge");
        assert_eq!(de("Euro"), "Euro");
    }

    #[test]
    fn english_singular() {
        let en = |w: &str| noun_lemma(w, true);
        assert_eq!(en("firefighters"), "firefighter");
        assert_eq!(en("casualties"), "casualty");
        assert_eq!(en("churches"), "church");
        assert_eq!(en("people"), "people");
        assert_eq!(en("children"), "child");
        assert_eq!(en("bus"), "bus");
    }
}
