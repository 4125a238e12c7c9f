//! Word lists of the quantity extractor: modifiers, scale words, vague amounts, units and
//! currencies (with their canonical lemma), and the cue words that mark a number as a date, a
//! time of day or a label ("Paragraf 5"). Hand-written for German and English news; matching is
//! on tokens, case-insensitive unless a list says otherwise.

use super::numbers::Decimal;
use super::Modifier;

/// Modifier phrases before a number, lower case, one entry per token. Longer phrases come first so
/// that "nicht mehr als" wins over "mehr als".
pub const MODIFIERS: &[(&[&str], Modifier)] = &[
    (&["deutlich", "mehr", "als"], Modifier::MoreThan),
    (&["deutlich", "weniger", "als"], Modifier::LessThan),
    (&["nicht", "mehr", "als"], Modifier::UpTo),
    (&["nicht", "weniger", "als"], Modifier::AtLeast),
    (&["in", "excess", "of"], Modifier::MoreThan),
    (&["as", "many", "as"], Modifier::UpTo),
    (&["no", "more", "than"], Modifier::UpTo),
    (&["no", "fewer", "than"], Modifier::AtLeast),
    (&["no", "less", "than"], Modifier::AtLeast),
    (&["mehr", "als"], Modifier::MoreThan),
    (&["mehr", "denn"], Modifier::MoreThan),
    (&["weit", "über"], Modifier::MoreThan),
    (&["deutlich", "über"], Modifier::MoreThan),
    (&["knapp", "über"], Modifier::MoreThan),
    (&["weniger", "als"], Modifier::LessThan),
    (&["knapp", "unter"], Modifier::LessThan),
    (&["weit", "unter"], Modifier::LessThan),
    (&["deutlich", "unter"], Modifier::LessThan),
    (&["bis", "zu"], Modifier::UpTo),
    (&["in", "etwa"], Modifier::Approx),
    (&["um", "die"], Modifier::Approx),
    (&["an", "die"], Modifier::Approx),
    (&["more", "than"], Modifier::MoreThan),
    (&["upwards", "of"], Modifier::MoreThan),
    (&["less", "than"], Modifier::LessThan),
    (&["fewer", "than"], Modifier::LessThan),
    (&["just", "under"], Modifier::LessThan),
    (&["just", "over"], Modifier::MoreThan),
    (&["an", "estimated"], Modifier::Approx),
    (&["close", "to"], Modifier::Approx),
    (&["up", "to"], Modifier::UpTo),
    (&["at", "most"], Modifier::UpTo),
    (&["at", "least"], Modifier::AtLeast),
    (&["über"], Modifier::MoreThan),
    (&["gut"], Modifier::MoreThan),
    (&["unter"], Modifier::LessThan),
    (&["knapp"], Modifier::LessThan),
    (&["fast"], Modifier::LessThan),
    (&["beinahe"], Modifier::LessThan),
    (&["nahezu"], Modifier::LessThan),
    (&["annähernd"], Modifier::LessThan),
    (&["kaum"], Modifier::LessThan),
    (&["etwa"], Modifier::Approx),
    (&["rund"], Modifier::Approx),
    (&["ca."], Modifier::Approx),
    (&["ca"], Modifier::Approx),
    (&["circa"], Modifier::Approx),
    (&["zirka"], Modifier::Approx),
    (&["ungefähr"], Modifier::Approx),
    (&["schätzungsweise"], Modifier::Approx),
    (&["geschätzt"], Modifier::Approx),
    (&["geschätzte"], Modifier::Approx),
    (&["geschätzten"], Modifier::Approx),
    (&["maximal"], Modifier::UpTo),
    (&["höchstens"], Modifier::UpTo),
    (&["max."], Modifier::UpTo),
    (&["allenfalls"], Modifier::UpTo),
    (&["mindestens"], Modifier::AtLeast),
    (&["wenigstens"], Modifier::AtLeast),
    (&["mind."], Modifier::AtLeast),
    (&["zumindest"], Modifier::AtLeast),
    (&["ab"], Modifier::AtLeast),
    (&["exakt"], Modifier::Exact),
    (&["genau"], Modifier::Exact),
    (&["over"], Modifier::MoreThan),
    (&["above"], Modifier::MoreThan),
    (&["under"], Modifier::LessThan),
    (&["below"], Modifier::LessThan),
    (&["almost"], Modifier::LessThan),
    (&["nearly"], Modifier::LessThan),
    (&["about"], Modifier::Approx),
    (&["around"], Modifier::Approx),
    (&["roughly"], Modifier::Approx),
    (&["approximately"], Modifier::Approx),
    (&["some"], Modifier::Approx),
    (&["exactly"], Modifier::Exact),
];

/// Words before a vague amount or a bare scale word that keep it vague ("mehrere Tausend",
/// "einige Hundert", "ein paar Millionen", "several thousand").
pub const VAGUE_DETERMINERS: &[&[&str]] = &[
    &["ein", "paar"],
    &["mehrere"],
    &["einige"],
    &["etliche"],
    &["viele"],
    &["several"],
    &["many"],
];

/// A scale word after a number: the power of ten it multiplies by. Case matters: German
/// `Billion(en)` is 10^12, English `billion` 10^9.
pub fn scale_exp(tok: &str, english: bool) -> Option<i32> {
    Some(match tok {
        "Hundert" | "hundert" | "hundred" => 2,
        "Tausend" | "tausend" | "Tsd." | "Tsd" | "thousand" => 3,
        "Million" | "Millionen" | "Mio." | "Mio" | "million" | "mn" | "Mln." => 6,
        "Milliarde" | "Milliarden" | "Mrd." | "Mrd" | "billion" | "bn" => 9,
        "Billion" | "Billionen" | "Bio." if !english => 12,
        "Billion" if english => 9,
        "trillion" => 12,
        _ => return None,
    })
}

/// Vague plural amounts standing for a number: "Tausende" (10^3), "Hunderte", "Dutzende",
/// "Millionen" without a number before it. The value is the order of magnitude named, read as a
/// lower bound.
pub fn vague_amount(tok: &str) -> Option<Decimal> {
    let e = match tok {
        "Dutzende" | "dutzende" | "Dutzenden" | "dutzenden" | "dozens" | "Dozens" => {
            return Some(Decimal::int(12))
        }
        "Hunderte" | "hunderte" | "Hunderten" | "hunderten" | "hundreds" | "Hundreds" => 2,
        "Tausende" | "tausende" | "Tausenden" | "tausenden" | "Abertausende" | "abertausende"
        | "thousands" | "Thousands" => 3,
        "Zehntausende" | "zehntausende" | "Zehntausenden" | "zehntausenden" => 4,
        "Hunderttausende" | "hunderttausende" | "Hunderttausenden" | "hunderttausenden" => 5,
        "Millionen" | "millions" | "Millions" => 6,
        "Milliarden" | "billions" | "Billions" => 9,
        _ => return None,
    };
    Some(Decimal::int(1).times_pow10(e))
}

/// What a unit measures; decides the annotation label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    /// A currency (label `MONEY`).
    Money,
    /// Percent, per mille, percentage points (label `PERCENT`).
    Percent,
    /// A physical unit (label `QUANTITY`).
    Measure,
}

/// One unit: its tokens as written (exact case), its lemma and class.
pub type UnitEntry = (&'static [&'static str], &'static str, UnitClass);

use UnitClass::{Measure, Money, Percent};

/// Units after a number, longest first where one is a prefix of another. Case-sensitive: `m` is
/// metres, `M` is nothing.
pub const UNITS: &[UnitEntry] = &[
    (&["km", "/", "h"], "Kilometer pro Stunde", Measure),
    (&["°", "C"], "Grad Celsius", Measure),
    (&["°", "F"], "Grad Fahrenheit", Measure),
    (&["Grad", "Celsius"], "Grad Celsius", Measure),
    (&["per", "cent"], "Prozent", Percent),
    (&["percentage", "points"], "Prozentpunkt", Percent),
    (&["%"], "Prozent", Percent),
    (&["Prozent"], "Prozent", Percent),
    (&["prozent"], "Prozent", Percent),
    (&["percent"], "Prozent", Percent),
    (&["Prozentpunkte"], "Prozentpunkt", Percent),
    (&["Prozentpunkten"], "Prozentpunkt", Percent),
    (&["Prozentpunkt"], "Prozentpunkt", Percent),
    (&["Promille"], "Promille", Percent),
    (&["‰"], "Promille", Percent),
    (&["Euro"], "Euro", Money),
    (&["EUR"], "Euro", Money),
    (&["€"], "Euro", Money),
    (&["euros"], "Euro", Money),
    (&["euro"], "Euro", Money),
    (&["Cent"], "Cent", Money),
    (&["US-Dollar"], "US-Dollar", Money),
    (&["Dollar"], "Dollar", Money),
    (&["USD"], "US-Dollar", Money),
    (&["$"], "Dollar", Money),
    (&["dollars"], "Dollar", Money),
    (&["dollar"], "Dollar", Money),
    (&["Pfund"], "Pfund", Money),
    (&["GBP"], "Pfund", Money),
    (&["£"], "Pfund", Money),
    (&["pounds"], "Pfund", Money),
    (&["Franken"], "Franken", Money),
    (&["CHF"], "Franken", Money),
    (&["Yen"], "Yen", Money),
    (&["¥"], "Yen", Money),
    (&["Yuan"], "Yuan", Money),
    (&["Renminbi"], "Yuan", Money),
    (&["Rubel"], "Rubel", Money),
    (&["₽"], "Rubel", Money),
    (&["Rupien"], "Rupie", Money),
    (&["Kronen"], "Krone", Money),
    (&["Złoty"], "Złoty", Money),
    (&["Zloty"], "Złoty", Money),
    (&["Lira"], "Lira", Money),
    (&["Hrywnja"], "Hrywnja", Money),
    (&["Griwna"], "Hrywnja", Money),
    (&["₴"], "Hrywnja", Money),
    (&["Won"], "Won", Money),
    (&["Bitcoin"], "Bitcoin", Money),
    (&["km²"], "Quadratkilometer", Measure),
    (&["qkm"], "Quadratkilometer", Measure),
    (&["Quadratkilometer"], "Quadratkilometer", Measure),
    (&["Quadratkilometern"], "Quadratkilometer", Measure),
    (&["m²"], "Quadratmeter", Measure),
    (&["qm"], "Quadratmeter", Measure),
    (&["Quadratmeter"], "Quadratmeter", Measure),
    (&["Quadratmetern"], "Quadratmeter", Measure),
    (&["m³"], "Kubikmeter", Measure),
    (&["Kubikmeter"], "Kubikmeter", Measure),
    (&["Kubikmetern"], "Kubikmeter", Measure),
    (&["km"], "Kilometer", Measure),
    (&["Kilometer"], "Kilometer", Measure),
    (&["Kilometern"], "Kilometer", Measure),
    (&["Stundenkilometer"], "Kilometer pro Stunde", Measure),
    (&["Stundenkilometern"], "Kilometer pro Stunde", Measure),
    (&["kilometres"], "Kilometer", Measure),
    (&["kilometers"], "Kilometer", Measure),
    (&["mph"], "Meilen pro Stunde", Measure),
    (&["m"], "Meter", Measure),
    (&["Meter"], "Meter", Measure),
    (&["Metern"], "Meter", Measure),
    (&["metres"], "Meter", Measure),
    (&["meters"], "Meter", Measure),
    (&["cm"], "Zentimeter", Measure),
    (&["Zentimeter"], "Zentimeter", Measure),
    (&["Zentimetern"], "Zentimeter", Measure),
    (&["mm"], "Millimeter", Measure),
    (&["Millimeter"], "Millimeter", Measure),
    (&["Millimetern"], "Millimeter", Measure),
    (&["ha"], "Hektar", Measure),
    (&["Hektar"], "Hektar", Measure),
    (&["kg"], "Kilogramm", Measure),
    (&["Kilogramm"], "Kilogramm", Measure),
    (&["Kilo"], "Kilogramm", Measure),
    (&["g"], "Gramm", Measure),
    (&["Gramm"], "Gramm", Measure),
    (&["t"], "Tonne", Measure),
    (&["Tonnen"], "Tonne", Measure),
    (&["Tonne"], "Tonne", Measure),
    (&["tonnes"], "Tonne", Measure),
    (&["tons"], "Tonne", Measure),
    (&["l"], "Liter", Measure),
    (&["Liter"], "Liter", Measure),
    (&["Litern"], "Liter", Measure),
    (&["ml"], "Milliliter", Measure),
    (&["hl"], "Hektoliter", Measure),
    (&["Grad"], "Grad", Measure),
    (&["degrees"], "Grad", Measure),
    (&["°"], "Grad", Measure),
    (&["MW"], "Megawatt", Measure),
    (&["Megawatt"], "Megawatt", Measure),
    (&["GW"], "Gigawatt", Measure),
    (&["Gigawatt"], "Gigawatt", Measure),
    (&["kW"], "Kilowatt", Measure),
    (&["Kilowatt"], "Kilowatt", Measure),
    (&["kWh"], "Kilowattstunde", Measure),
    (&["Kilowattstunden"], "Kilowattstunde", Measure),
    (&["MWh"], "Megawattstunde", Measure),
    (&["GWh"], "Gigawattstunde", Measure),
    (&["TWh"], "Terawattstunde", Measure),
    (&["Terawattstunden"], "Terawattstunde", Measure),
    (&["Watt"], "Watt", Measure),
    (&["Meilen"], "Meile", Measure),
    (&["Meile"], "Meile", Measure),
    (&["miles"], "Meile", Measure),
    (&["Seemeilen"], "Seemeile", Measure),
    (&["Knoten"], "Knoten", Measure),
    (&["Fuß"], "Fuß", Measure),
    (&["feet"], "Fuß", Measure),
    (&["Zoll"], "Zoll", Measure),
    (&["Barrel"], "Barrel", Measure),
    (&["PS"], "PS", Measure),
];

/// Currency signs and codes written before the number ("€ 5", "$5", "US$ 5", "CHF 20").
pub const CURRENCY_PREFIXES: &[UnitEntry] = &[
    (&["US", "$"], "US-Dollar", Money),
    (&["€"], "Euro", Money),
    (&["EUR"], "Euro", Money),
    (&["$"], "Dollar", Money),
    (&["USD"], "US-Dollar", Money),
    (&["£"], "Pfund", Money),
    (&["GBP"], "Pfund", Money),
    (&["CHF"], "Franken", Money),
    (&["¥"], "Yen", Money),
];

/// Months (and their abbreviations), German and English: a number next to one is a date.
pub fn is_month(tok: &str) -> bool {
    matches!(
        tok,
        "Januar"
            | "Jänner"
            | "Februar"
            | "März"
            | "April"
            | "Mai"
            | "Juni"
            | "Juli"
            | "August"
            | "September"
            | "Oktober"
            | "November"
            | "Dezember"
            | "Jan."
            | "Feb."
            | "Mär."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Okt."
            | "Nov."
            | "Dez."
            | "January"
            | "February"
            | "March"
            | "May"
            | "June"
            | "July"
            | "October"
            | "December"
            | "Oct."
            | "Dec."
    )
}

/// Words after a number that make it a time of day ("14 Uhr", "3 pm").
pub fn is_time_word(tok: &str, english: bool) -> bool {
    matches!(tok, "Uhr" | "h" | "o'clock")
        || english && matches!(tok, "am" | "pm" | "a.m." | "p.m." | "AM" | "PM")
}

/// Words before a four-digit number that make it a year even when a noun follows ("im Jahr 2024",
/// "Ende 2023", "Sommer 2022"). Compared in lower case. Weaker cues ("seit", "bis", "in") need no
/// list: a year-like number without a unit is never taken, and with a noun after it it is a count
/// ("seit 2000 Jahren", "in 2000 Haushalten").
pub fn is_year_cue(lower: &str) -> bool {
    matches!(
        lower,
        "jahr"
            | "jahre"
            | "jahres"
            | "jahrgang"
            | "anfang"
            | "ende"
            | "mitte"
            | "frühjahr"
            | "frühling"
            | "sommer"
            | "herbst"
            | "winter"
            | "saison"
            | "wahl"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
    )
}

/// Words before a number that make it a label, not an amount: "Paragraf 5", "Artikel 3",
/// "§ 218", "Nr. 5", "Seite 12", "Version 2", "Tel. 030 …". Exact case.
pub fn is_label_word(tok: &str) -> bool {
    matches!(
        tok,
        "Paragraf"
            | "Paragraph"
            | "Paragrafen"
            | "Paragraphen"
            | "§"
            | "§§"
            | "Artikel"
            | "Art."
            | "Absatz"
            | "Abs."
            | "Nr."
            | "Nummer"
            | "Kapitel"
            | "Seite"
            | "S."
            | "Band"
            | "Bd."
            | "Version"
            | "Ziffer"
            | "Tel."
            | "Tel"
            | "Telefon"
            | "Fax"
            | "Hotline"
            | "Rufnummer"
            | "Telefonnummer"
            | "Zimmer"
            | "Raum"
            | "Gleis"
            | "Linie"
            | "Gruppe"
            | "Folge"
            | "Staffel"
            | "Teil"
            | "Stufe"
            | "Kategorie"
            | "Platz"
            | "Rang"
            | "Tabelle"
            | "Abb."
            | "Anlage"
            | "Article"
            | "Section"
            | "Chapter"
            | "No."
            | "page"
            | "p."
            | "version"
            | "#"
    )
}

/// Words that typically open a sentence (capitalized): after "auf 20." they show that the period
/// ends the sentence and "20." is no ordinal.
pub fn is_sentence_starter(tok: &str) -> bool {
    matches!(
        tok,
        "Der"
            | "Die"
            | "Das"
            | "Den"
            | "Dem"
            | "Ein"
            | "Eine"
            | "Er"
            | "Sie"
            | "Es"
            | "Wir"
            | "Ich"
            | "Man"
            | "Auch"
            | "Doch"
            | "Aber"
            | "Dabei"
            | "Damit"
            | "Dann"
            | "Danach"
            | "Zudem"
            | "Außerdem"
            | "Nach"
            | "Im"
            | "Bei"
            | "Mit"
            | "Laut"
            | "Wie"
            | "Seit"
            | "Dies"
            | "Diese"
            | "Dieser"
            | "Dieses"
            | "Zuvor"
            | "Zuletzt"
            | "Insgesamt"
            | "Allerdings"
            | "Trotzdem"
            | "Deshalb"
            | "Daher"
            | "So"
            | "Nun"
            | "Jetzt"
            | "Heute"
            | "Gestern"
            | "Bislang"
            | "Bisher"
            | "The"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "But"
    )
}

/// Articles, possessives and prepositions fused with an article: before "6." they make it an
/// ordinal ("am 6.", "der 20.", "zum 3.").
pub fn is_determiner(tok: &str) -> bool {
    matches!(
        tok,
        "am" | "im"
            | "vom"
            | "zum"
            | "zur"
            | "beim"
            | "ins"
            | "ans"
            | "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "ein"
            | "eine"
            | "einer"
            | "einem"
            | "einen"
            | "eines"
            | "sein"
            | "seine"
            | "seinem"
            | "seinen"
            | "seiner"
            | "ihr"
            | "ihre"
            | "ihrem"
            | "ihren"
            | "ihrer"
            | "dieser"
            | "diesem"
            | "diesen"
            | "jeder"
            | "jedem"
            | "jeden"
            | "the"
            | "bis"
            | "ab"
            | "seit"
    )
}
