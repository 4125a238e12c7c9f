//! The curated alias table: names of one place or organisation that share no spelling a key could
//! find (`USA` / `Vereinigte Staaten` / `United States`, `Peking` / `Beijing`, `Weißrussland` /
//! `Belarus`).
//!
//! Source: own work for Randnotiz, written by hand from general knowledge of German and English
//! usage (no list was copied); it may be used under the crate's licence (MIT OR Apache-2.0).
//! Each row is one entity: its usual type and every name it goes by in German and English news,
//! German first. Spellings that the phonetic key already unites (`Kyjiw` / `Kyiv`, `Katar` /
//! `Qatar`) need not be listed, but listing them does no harm. Ambiguous names are left out on
//! purpose: `Amerika` (continent or country), `Georgia` (country or US state), `Kongo` (two
//! states), `Jordan` (country, river or person), `England` (not the United Kingdom).
//!
//! The table is matched on the whole name key (see [`super::normalize`]), so inflected forms
//! (`Vereinigten Staaten`, `Chinas`) find their row too. This module only lists names; merging is
//! done in [`super::cluster`].

/// One row: the type the entity usually has (for documentation; matching ignores it) and its
/// names.
pub(crate) type Row = (&'static str, &'static [&'static str]);

/// Every row of the table.
pub(crate) static ALIASES: &[Row] = &[
    // Countries and unions of states.
    (
        "LOC",
        &[
            "USA",
            "US",
            "Vereinigte Staaten",
            "Vereinigte Staaten von Amerika",
            "United States",
            "United States of America",
        ],
    ),
    (
        "LOC",
        &[
            "Großbritannien",
            "Vereinigtes Königreich",
            "United Kingdom",
            "UK",
            "Great Britain",
            "Britannien",
        ],
    ),
    ("LOC", &["Weißrussland", "Belarus", "Belarussland"]),
    (
        "LOC",
        &[
            "Russland",
            "Russia",
            "Russische Föderation",
            "Russian Federation",
        ],
    ),
    (
        "LOC",
        &[
            "China",
            "Volksrepublik China",
            "VR China",
            "People's Republic of China",
        ],
    ),
    (
        "LOC",
        &[
            "Nordkorea",
            "North Korea",
            "Demokratische Volksrepublik Korea",
            "DVRK",
        ],
    ),
    ("LOC", &["Südkorea", "South Korea", "Republik Korea"]),
    ("LOC", &["Niederlande", "Holland", "Netherlands"]),
    ("LOC", &["Schweiz", "Switzerland", "Eidgenossenschaft"]),
    ("LOC", &["Österreich", "Austria"]),
    (
        "LOC",
        &[
            "Deutschland",
            "Germany",
            "Bundesrepublik Deutschland",
            "BRD",
        ],
    ),
    ("LOC", &["Frankreich", "France"]),
    ("LOC", &["Italien", "Italy", "Italia"]),
    ("LOC", &["Spanien", "Spain", "España"]),
    ("LOC", &["Polen", "Poland", "Polska"]),
    (
        "LOC",
        &[
            "Tschechien",
            "Tschechische Republik",
            "Czech Republic",
            "Czechia",
        ],
    ),
    ("LOC", &["Griechenland", "Greece", "Hellas"]),
    ("LOC", &["Türkei", "Turkey", "Türkiye"]),
    ("LOC", &["Ägypten", "Egypt"]),
    ("LOC", &["Syrien", "Syria"]),
    ("LOC", &["Libanon", "Lebanon"]),
    ("LOC", &["Saudi-Arabien", "Saudi Arabia"]),
    (
        "LOC",
        &[
            "Vereinigte Arabische Emirate",
            "United Arab Emirates",
            "VAE",
            "UAE",
        ],
    ),
    ("LOC", &["Elfenbeinküste", "Côte d'Ivoire", "Ivory Coast"]),
    ("LOC", &["Myanmar", "Birma", "Burma"]),
    ("LOC", &["Ungarn", "Hungary"]),
    ("LOC", &["Indien", "India"]),
    ("LOC", &["Mexiko", "Mexico"]),
    ("LOC", &["Schweden", "Sweden"]),
    ("LOC", &["Norwegen", "Norway"]),
    ("LOC", &["Dänemark", "Denmark"]),
    ("LOC", &["Finnland", "Finland"]),
    ("LOC", &["Belgien", "Belgium"]),
    ("LOC", &["Rumänien", "Romania"]),
    ("LOC", &["Kroatien", "Croatia"]),
    ("LOC", &["Serbien", "Serbia"]),
    ("LOC", &["Armenien", "Armenia"]),
    ("LOC", &["Aserbaidschan", "Azerbaijan"]),
    ("LOC", &["Kasachstan", "Kazakhstan"]),
    ("LOC", &["Usbekistan", "Uzbekistan"]),
    ("LOC", &["Kirgistan", "Kirgisistan", "Kyrgyzstan"]),
    (
        "LOC",
        &["Moldau", "Moldawien", "Republik Moldau", "Moldova"],
    ),
    ("LOC", &["Südafrika", "South Africa"]),
    ("LOC", &["Äthiopien", "Ethiopia"]),
    ("LOC", &["Marokko", "Morocco"]),
    ("LOC", &["Algerien", "Algeria"]),
    ("LOC", &["Tunesien", "Tunisia"]),
    ("LOC", &["Brasilien", "Brazil", "Brasil"]),
    ("LOC", &["Argentinien", "Argentina"]),
    ("LOC", &["Kolumbien", "Colombia"]),
    ("LOC", &["Neuseeland", "New Zealand"]),
    ("LOC", &["Australien", "Australia"]),
    ("LOC", &["Irland", "Ireland", "Eire"]),
    ("LOC", &["Island", "Iceland"]),
    ("LOC", &["Litauen", "Lithuania"]),
    ("LOC", &["Lettland", "Latvia"]),
    ("LOC", &["Estland", "Estonia"]),
    ("LOC", &["Nordmazedonien", "North Macedonia", "Mazedonien"]),
    ("LOC", &["Osttimor", "Timor-Leste", "East Timor"]),
    (
        "LOC",
        &[
            "Vatikan",
            "Vatikanstadt",
            "Vatican",
            "Heiliger Stuhl",
            "Holy See",
        ],
    ),
    ("LOC", &["Westjordanland", "West Bank", "Westbank"]),
    ("LOC", &["Gazastreifen", "Gaza Strip"]),
    // Cities.
    ("LOC", &["Kiew", "Kyjiw", "Kyiv", "Kiev"]),
    ("LOC", &["Charkiw", "Kharkiv", "Charkow", "Kharkov"]),
    ("LOC", &["Odessa", "Odesa"]),
    ("LOC", &["Lwiw", "Lviv", "Lemberg", "Lwow"]),
    ("LOC", &["Moskau", "Moscow", "Moskwa", "Moskva"]),
    (
        "LOC",
        &["Sankt Petersburg", "St. Petersburg", "Saint Petersburg"],
    ),
    ("LOC", &["Peking", "Beijing"]),
    ("LOC", &["Wien", "Vienna"]),
    ("LOC", &["Rom", "Rome"]),
    ("LOC", &["Mailand", "Milan", "Milano"]),
    ("LOC", &["Neapel", "Naples", "Napoli"]),
    ("LOC", &["Venedig", "Venice", "Venezia"]),
    ("LOC", &["Florenz", "Florence", "Firenze"]),
    ("LOC", &["Genf", "Geneva", "Genève"]),
    ("LOC", &["Brüssel", "Brussels", "Bruxelles"]),
    ("LOC", &["Den Haag", "The Hague"]),
    ("LOC", &["Warschau", "Warsaw", "Warszawa"]),
    ("LOC", &["Krakau", "Kraków"]),
    ("LOC", &["Danzig", "Gdańsk"]),
    ("LOC", &["Breslau", "Wrocław"]),
    ("LOC", &["Prag", "Prague", "Praha"]),
    ("LOC", &["Pressburg", "Bratislava"]),
    ("LOC", &["Belgrad", "Belgrade", "Beograd"]),
    ("LOC", &["Bukarest", "Bucharest", "București"]),
    ("LOC", &["Athen", "Athens"]),
    ("LOC", &["Kopenhagen", "Copenhagen", "København"]),
    ("LOC", &["Lissabon", "Lisbon", "Lisboa"]),
    ("LOC", &["Köln", "Cologne"]),
    ("LOC", &["München", "Munich"]),
    ("LOC", &["Nürnberg", "Nuremberg"]),
    ("LOC", &["Teheran", "Tehran"]),
    ("LOC", &["Neu-Delhi", "New Delhi"]),
    ("LOC", &["Pjöngjang", "Pyongyang"]),
    ("LOC", &["Mexiko-Stadt", "Mexico City"]),
    ("LOC", &["Kapstadt", "Cape Town"]),
    ("LOC", &["Antwerpen", "Antwerp"]),
    ("LOC", &["Straßburg", "Strasbourg"]),
    ("LOC", &["Ho-Chi-Minh-Stadt", "Ho Chi Minh City", "Saigon"]),
    // Organisations.
    (
        "ORG",
        &[
            "Nato",
            "Nordatlantikpakt",
            "North Atlantic Treaty Organization",
            "Atlantische Allianz",
        ],
    ),
    ("ORG", &["Vereinte Nationen", "United Nations", "UN", "UNO"]),
    ("ORG", &["Europäische Union", "European Union", "EU"]),
    (
        "ORG",
        &[
            "Weltgesundheitsorganisation",
            "World Health Organization",
            "WHO",
        ],
    ),
    (
        "ORG",
        &[
            "Internationaler Währungsfonds",
            "International Monetary Fund",
            "IWF",
            "IMF",
        ],
    ),
    (
        "ORG",
        &[
            "Europäische Zentralbank",
            "European Central Bank",
            "EZB",
            "ECB",
        ],
    ),
    ("ORG", &["Federal Reserve", "Fed", "US-Notenbank"]),
    (
        "ORG",
        &[
            "Internationale Atomenergiebehörde",
            "International Atomic Energy Agency",
            "IAEA",
            "IAEO",
        ],
    ),
    (
        "ORG",
        &[
            "Internationaler Strafgerichtshof",
            "International Criminal Court",
            "IStGH",
            "ICC",
        ],
    ),
    (
        "ORG",
        &[
            "Organisation für Sicherheit und Zusammenarbeit in Europa",
            "Organization for Security and Co-operation in Europe",
            "OSZE",
            "OSCE",
        ],
    ),
    ("ORG", &["Weltbank", "World Bank"]),
    (
        "ORG",
        &["Welthandelsorganisation", "World Trade Organization", "WTO"],
    ),
    ("ORG", &["Kreml", "Kremlin"]),
    ("ORG", &["Weißes Haus", "White House"]),
    (
        "ORG",
        &["Ärzte ohne Grenzen", "Médecins Sans Frontières", "MSF"],
    ),
    ("ORG", &["Amnesty International", "Amnesty"]),
    (
        "ORG",
        &[
            "UN-Flüchtlingshilfswerk",
            "UNHCR",
            "UN-Flüchtlingskommissariat",
        ],
    ),
    ("ORG", &["Unicef", "UN-Kinderhilfswerk"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_size_and_types() {
        // 60–200 entries (one entry = one entity with all its names).
        assert!(
            (60..=200).contains(&ALIASES.len()),
            "{} rows",
            ALIASES.len()
        );
        for (ty, names) in ALIASES {
            assert!(["PER", "LOC", "ORG", "OTH"].contains(ty));
            assert!(names.len() >= 2, "{names:?}");
        }
    }
}
