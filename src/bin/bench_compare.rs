//! Benchmark of `compare`: the whole pipeline, the entity clustering and the statement grouping
//! (quantities and claims) on 10, 100 and 1,000 generated German articles of about 3 KB each, to
//! show that the cost grows about linearly.
//!
//! `cargo run --release --bin bench-compare [SIZES...]` (default `10 100 1000`; best of three runs). The articles are
//! built from sentence templates with names drawn from pools by a fixed pseudo-random sequence,
//! so every run sees the same text; every fifth article or so shares a story (and so its people
//! and places) with others, as several outlets reporting one event would.

use std::time::Instant;

use randnotiz::crossdoc::cluster_entities;
use randnotiz::crossdoc::statements::{group_statements, Basis};
use randnotiz::{Annotations, Annotator, Document};

const FIRST: &[&str] = &[
    "Olaf",
    "Annalena",
    "Friedrich",
    "Markus",
    "Christian",
    "Robert",
    "Nancy",
    "Boris",
    "Karl",
    "Ursula",
    "Emmanuel",
    "Giorgia",
    "Pedro",
    "Donald",
    "Kamala",
    "Wladimir",
    "Sergej",
    "Wolodymyr",
    "Dmytro",
    "Andrzej",
    "Viktor",
    "Recep",
    "Keir",
    "Mette",
    "Ulf",
    "Petra",
    "Sahra",
    "Lars",
    "Hubertus",
    "Svenja",
    "Cem",
    "Lisa",
    "Jens",
    "Anna",
    "Thomas",
    "Katharina",
    "Julia",
    "Michael",
    "Stefan",
    "Tobias",
];
const LAST: &[&str] = &[
    "Scholz",
    "Baerbock",
    "Merz",
    "Söder",
    "Lindner",
    "Habeck",
    "Faeser",
    "Pistorius",
    "Lauterbach",
    "von der Leyen",
    "Macron",
    "Meloni",
    "Sánchez",
    "Trump",
    "Harris",
    "Putin",
    "Lawrow",
    "Selenskyj",
    "Kuleba",
    "Duda",
    "Orbán",
    "Erdoğan",
    "Starmer",
    "Frederiksen",
    "Kristersson",
    "Kramp",
    "Wagenknecht",
    "Klingbeil",
    "Heil",
    "Schulze",
    "Özdemir",
    "Paus",
    "Spahn",
    "Weber",
    "Hofmann",
    "Krüger",
    "Wolff",
    "Brandt",
    "Schreiber",
    "Neumann",
    "Zimmermann",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Lehmann",
    "Köhler",
    "Maier",
    "Jung",
    "Hahn",
    "Schubert",
    "Vogel",
    "Friedrich",
    "Keller",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Roth",
    "Beck",
];
const PLACES: &[&str] = &[
    "Berlin",
    "München",
    "Hamburg",
    "Köln",
    "Frankfurt",
    "Stuttgart",
    "Dresden",
    "Leipzig",
    "Hannover",
    "Bremen",
    "Kiew",
    "Charkiw",
    "Moskau",
    "Peking",
    "Washington",
    "Paris",
    "Brüssel",
    "Warschau",
    "Wien",
    "Prag",
    "Ankara",
    "London",
    "Rom",
    "Madrid",
    "Sachsen",
    "Bayern",
    "Polen",
    "Frankreich",
    "China",
    "Russland",
    "Ukraine",
    "Türkei",
    "Italien",
    "Spanien",
    "Großbritannien",
];
const ORGS: &[&str] = &[
    "Bundeswehr",
    "Nato",
    "Europäische Union",
    "Vereinte Nationen",
    "Deutsche Bahn",
    "Siemens",
    "Volkswagen",
    "Bundesregierung",
    "Bundestag",
    "SPD",
    "CDU",
    "Grünen",
    "FDP",
    "Weltbank",
    "Internationaler Währungsfonds",
    "Rotes Kreuz",
    "Technisches Hilfswerk",
    "Bundesamt für Migration und Flüchtlinge",
];

/// Sentence templates: `{P}` a full name, `{S}` that person's surname, `{G}` the genitive of the
/// surname, `{Q}` a second person, `{L}`/`{M}` places, `{O}` an organisation.
const SENTENCES: &[&str] = &[
    "{P} hat am Montag in {L} neue Maßnahmen angekündigt.",
    "„Wir werden nicht zulassen, dass die Lage weiter eskaliert“, sagte {S} vor Journalisten.",
    "Nach Angaben von {O} sind mehr als 2.000 Einsatzkräfte in {M} im Einsatz.",
    "{Q} widersprach: Die Pläne seien nicht finanziert, erklärte {Q} in {L}.",
    "{G} Sprecher bestätigte am Abend, dass die Gespräche in {M} fortgesetzt werden.",
    "Die Opposition warf {S} vor, die Bürger zu spät informiert zu haben.",
    "Auch {O} äußerte sich besorgt über die Entwicklung in {L}.",
    "Beobachter in {M} rechnen damit, dass die Verhandlungen noch Wochen dauern.",
    "Wie aus Regierungskreisen verlautete, soll {P} bereits am Freitag nach {M} reisen.",
    "{Q} kündigte an, das Thema im Bundestag zur Sprache zu bringen.",
    "Laut einer Umfrage unterstützen rund 54 Prozent der Befragten den Kurs von {S}.",
    "Der Einsatz kostet nach Schätzungen von {O} etwa 300 Millionen Euro.",
];

/// A small deterministic pseudo-random sequence (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

struct Story {
    person: (String, String),
    other: String,
    places: [String; 2],
    org: String,
}

fn story(rng: &mut Rng) -> Story {
    let (f, l) = (rng.pick(FIRST), rng.pick(LAST));
    Story {
        person: (format!("{f} {l}"), l.to_string()),
        other: format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
        places: [rng.pick(PLACES).to_string(), rng.pick(PLACES).to_string()],
        org: rng.pick(ORGS).to_string(),
    }
}

fn genitive(surname: &str) -> String {
    if surname.ends_with(['s', 'z', 'x', 'ß']) {
        format!("{surname}’")
    } else {
        format!("{surname}s")
    }
}

/// About 3 KB of German news text about `s`.
fn article(s: &Story, rng: &mut Rng) -> String {
    let mut text = format!("{} in {}: Neue Entwicklungen\n\n", s.person.1, s.places[0]);
    while text.len() < 3000 {
        let t = rng.pick(SENTENCES);
        let sentence = t
            .replace("{P}", &s.person.0)
            .replace("{S}", &s.person.1)
            .replace("{G}", &genitive(&s.person.1))
            .replace("{Q}", &s.other)
            .replace("{L}", &s.places[0])
            .replace("{M}", &s.places[1])
            .replace("{O}", &s.org);
        text.push_str(&sentence);
        text.push(if rng.next().is_multiple_of(4) {
            '\n'
        } else {
            ' '
        });
    }
    text
}

fn articles(n: usize) -> Vec<String> {
    let mut rng = Rng(0x5EED);
    let stories: Vec<Story> = (0..n.div_ceil(5).max(1)).map(|_| story(&mut rng)).collect();
    (0..n)
        .map(|_| {
            let s = &stories[(rng.next() % stories.len() as u64) as usize];
            article(s, &mut rng)
        })
        .collect()
}

fn main() {
    let sizes: Vec<usize> = {
        let args: Vec<usize> = std::env::args()
            .skip(1)
            .filter_map(|a| a.parse().ok())
            .collect();
        if args.is_empty() {
            vec![10, 100, 1000]
        } else {
            args
        }
    };
    let annotator = match Annotator::new() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench-compare: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "compare benchmark: pipeline + entity clustering + statement grouping on generated ~3 KB \
         German articles"
    );
    println!(
        "{:>6} {:>9} {:>12} {:>11} {:>11} {:>14} {:>13} {:>9} {:>9} {:>11} {:>12}",
        "docs",
        "KB",
        "total ms",
        "ms/article",
        "cluster ms",
        "cluster µs/art",
        "statements ms",
        "mentions",
        "clusters",
        "qty groups",
        "claim groups"
    );
    for &n in &sizes {
        let texts = articles(n);
        let kb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e3;
        let ids: Vec<String> = (0..n).map(|i| format!("article-{i:04}.txt")).collect();
        // Best of three runs, so other jobs on the machine disturb the figures less.
        let (mut secs, mut cluster_secs, mut statement_secs) =
            (f64::INFINITY, f64::INFINITY, f64::INFINITY);
        let mut clusters = Vec::new();
        let mut groups = Vec::new();
        for _ in 0..3 {
            let start = Instant::now();
            let anns: Vec<Annotations> = match texts
                .iter()
                .map(|t| annotator.annotate(&Document::new(t.as_str())))
                .collect()
            {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("bench-compare: {e}");
                    std::process::exit(1);
                }
            };
            let input: Vec<(&str, &str, &Annotations)> = ids
                .iter()
                .zip(&texts)
                .zip(&anns)
                .map(|((i, t), a)| (i.as_str(), t.as_str(), a))
                .collect();
            let cluster_start = Instant::now();
            clusters = cluster_entities(&input);
            cluster_secs = cluster_secs.min(cluster_start.elapsed().as_secs_f64());
            let statement_start = Instant::now();
            groups = group_statements(&input, &clusters);
            statement_secs = statement_secs.min(statement_start.elapsed().as_secs_f64());
            secs = secs.min(start.elapsed().as_secs_f64());
        }
        let mentions: usize = clusters.iter().map(|c| c.mentions.len()).sum();
        let shared = |basis: Basis| {
            groups
                .iter()
                .filter(|g| g.basis == basis && !g.single_source)
                .count()
        };
        println!(
            "{:>6} {:>9.0} {:>12.1} {:>11.2} {:>11.1} {:>14.1} {:>13.1} {:>9} {:>9} {:>11} {:>12}",
            n,
            kb,
            secs * 1e3,
            secs * 1e3 / n as f64,
            cluster_secs * 1e3,
            cluster_secs * 1e6 / n as f64,
            statement_secs * 1e3,
            mentions,
            clusters.len(),
            shared(Basis::Quantity),
            shared(Basis::Claim)
        );
    }
}
