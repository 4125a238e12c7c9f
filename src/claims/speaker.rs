//! Who is speaking: noun phrases around a cue, titles and appositions, and references back to a
//! full name (`Sie` → `Annalena Baerbock`, `Baerbock` → `Annalena Baerbock`, `die Kanzlerin` →
//! the last person introduced as `Bundeskanzlerin …`).
//!
//! Without entity spans it works from capitalisation and small hand-written word lists (titles and
//! functions, organisation words, unnamed groups, pronouns, given names; all own work). When the
//! caller passes entity annotations (`PER`, `ORG`, …) they take precedence for the speaker span.

use crate::annotation::{Annotation, Kind};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// Lower-case words (and word endings) that name a function or title: `Bundeskanzlerin`,
/// `Regierungssprecher`, `EU-Kommissionschefin` all end in one of these.
const FUNCTIONS: &[&str] = &[
    "kanzler",
    "kanzlerin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "vorsitzende",
    "vorsitzender",
    "vorsitzenden",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "sekretär",
    "sekretärin",
    "experte",
    "expertin",
    "abgeordnete",
    "abgeordneter",
    "politiker",
    "politikerin",
    "bürgermeister",
    "bürgermeisterin",
    "trainer",
    "trainerin",
    "anwalt",
    "anwältin",
    "kommissar",
    "kommissarin",
    "botschafter",
    "botschafterin",
    "general",
    "könig",
    "königin",
    "papst",
    "bischof",
    "kardinal",
    "richter",
    "richterin",
    "staatsanwalt",
    "staatsanwältin",
    "ermittler",
    "ermittlerin",
    "aktivist",
    "aktivistin",
    "autor",
    "autorin",
    "forscher",
    "forscherin",
    "wissenschaftler",
    "wissenschaftlerin",
    "ökonom",
    "ökonomin",
    "analyst",
    "analystin",
    "journalist",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "reporter",
    "reporterin",
    "kandidat",
    "kandidatin",
    "gouverneur",
    "gouverneurin",
    "premier",
    "premierministerin",
    "senator",
    "senatorin",
    "manager",
    "managerin",
    "gründer",
    "gründerin",
    "professor",
    "professorin",
    "arzt",
    "ärztin",
    "virologe",
    "virologin",
    "frau",
    "herr",
    "dr.",
    "prof.",
    "kommandeur",
    "oberst",
    "sprecher",
    "beauftragte",
    "beauftragter",
    "pressesprecher",
    "vize",
    "staatschef",
    "regierungschef",
    "diplomat",
    "diplomatin",
    "gewerkschafter",
    "funktionär",
    "funktionärin",
    "ministerpräsident",
    "ministerpräsidentin",
    "landrat",
    "landrätin",
    "polizeisprecher",
    "chefredakteur",
    "chefredakteurin",
    "vorstand",
    "vorständin",
    "sänger",
    "sängerin",
    "schauspieler",
    "schauspielerin",
    "zeuge",
    "zeugin",
    "augenzeuge",
    "augenzeugin",
    "bundestrainer",
    "kapitän",
    "kapitänin",
    "moderator",
    "rat",
    "rätin",
    "moderatorin",
];

/// Words that head an organisation or outlet noun phrase before its name
/// (`Nachrichtenagentur dpa`, `Zeitung „Bild“`).
const ORG_WORDS: &[&str] = &[
    "agentur",
    "zeitung",
    "zeitschrift",
    "magazin",
    "sender",
    "blatt",
    "portal",
    "partei",
    "unternehmen",
    "konzern",
    "organisation",
    "behörde",
    "gewerkschaft",
    "verband",
    "institut",
    "gruppe",
    "website",
    "webseite",
    "fernsehsender",
    "rundfunk",
    "tageszeitung",
    "wochenzeitung",
    "nachrichtenseite",
    "onlineausgabe",
    "sendung",
    "netzwerk",
    "bewegung",
    "miliz",
    "stiftung",
];

/// Nouns that introduce a title or name in quotes (`Film „…“`, `Motto „…“`), by ending.
const TITLE_WORDS: &[&str] = &[
    "film",
    "buch",
    "roman",
    "album",
    "lied",
    "song",
    "titel",
    "motto",
    "überschrift",
    "enzyklika",
    "werk",
    "oper",
    "serie",
    "ausstellung",
    "operation",
    "aktion",
    "kampagne",
    "programm",
    "projekt",
    "gesetz",
    "modell",
    "modelle",
    "restaurant",
    "hotel",
    "fraktion",
    "site",
    "seite",
    "slogan",
    "schlagzeile",
    "stück",
    "theaterstück",
    "festival",
    "plan",
    "initiative",
    "bündnis",
    "marke",
    "produkt",
    "schiff",
    "mission",
    "quartier",
    "name",
    "namen",
    "begriff",
    "wort",
    "stichwort",
    "kolumne",
    "rubrik",
    "artikel",
    "beitrag",
    "band",
    "gruppe",
    "verein",
    "club",
    "klub",
];

/// True when `word` is a noun that names a title in quotes after it (`Film`, `Motto`, `Roman`).
pub fn is_title_word(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let w = lower(word);
    TITLE_WORDS.iter().any(|t| w.ends_with(t))
}

/// Unnamed groups whose claims are vague ("Experten warnen …"): the claim is `hedged`.
pub const VAGUE_GROUPS: &[&str] = &[
    "Experten",
    "Expertinnen",
    "Beobachter",
    "Beobachtern",
    "Fachleute",
    "Analysten",
    "Kritiker",
    "Wissenschaftler",
    "Forscher",
    "Insider",
    "Kreise",
    "Ökonomen",
    "Diplomaten",
    "Stimmen",
    "Gegner",
    "Befürworter",
    "Kenner",
    "Branchenkenner",
    "Marktbeobachter",
    "Medien",
    "Quellen",
    "Sicherheitskreise",
    "Regierungskreise",
    "Insidern",
    "Kreisen",
    "Sicherheitskreisen",
    "Regierungskreisen",
    "Experte",
];

/// Lower-case outlet names that are written in lower case (`dpa`).
const LOWER_OUTLETS: &[&str] = &[
    "dpa", "afp", "ap", "epd", "kna", "apa", "sda", "ddp", "rtr", "taz", "sid",
];

/// Given names (own list) that mark a capitalised pair as a person's name without a title.
/// `f`/`m` after the colon is the usual gender, used only to pick a pronoun's antecedent.
const GIVEN_NAMES: &[&str] = &[
    "Angela:f",
    "Annalena:f",
    "Olaf:m",
    "Friedrich:m",
    "Robert:m",
    "Christian:m",
    "Karl:m",
    "Ursula:f",
    "Emmanuel:m",
    "Joe:m",
    "Donald:m",
    "Wladimir:m",
    "Wolodymyr:m",
    "Boris:m",
    "Nancy:f",
    "Markus:m",
    "Hubertus:m",
    "Svenja:f",
    "Christine:f",
    "Lars:m",
    "Saskia:f",
    "Ricarda:f",
    "Omid:m",
    "Alice:f",
    "Sahra:f",
    "Frank-Walter:m",
    "Gerhard:m",
    "Helmut:m",
    "Joschka:m",
    "Horst:m",
    "Wolfgang:m",
    "Peter:m",
    "Thomas:m",
    "Michael:m",
    "Andreas:m",
    "Stefan:m",
    "Steffen:m",
    "Klaus:m",
    "Jürgen:m",
    "Hans:m",
    "Martin:m",
    "Frank:m",
    "Jens:m",
    "Matthias:m",
    "Sebastian:m",
    "Alexander:m",
    "Daniel:m",
    "Tobias:m",
    "Jan:m",
    "Paul:m",
    "Anna:f",
    "Maria:f",
    "Julia:f",
    "Katharina:f",
    "Sabine:f",
    "Claudia:f",
    "Petra:f",
    "Monika:f",
    "Andrea:f",
    "Susanne:f",
    "Birgit:f",
    "Karin:f",
    "Ulrike:f",
    "Manuela:f",
    "Franziska:f",
    "Kristina:f",
    "Lisa:f",
    "Sarah:f",
    "Laura:f",
    "Lena:f",
    "Nina:f",
    "Eva:f",
    "Katja:f",
    "Heike:f",
    "Barbara:f",
    "Elisabeth:f",
    "Margarete:f",
    "Hillary:f",
    "Kamala:f",
    "Theresa:f",
    "Giorgia:f",
    "Marine:f",
    "Jacinda:f",
    "Recep:m",
    "Xi:m",
    "Benjamin:m",
    "Jens-Uwe:m",
    "George:m",
    "Barack:m",
    "Tony:m",
    "Gordon:m",
    "Nicolas:m",
    "Jacques:m",
    "François:m",
    "Silvio:m",
    "Mario:m",
    "Pedro:m",
    "Mark:m",
    "Jean-Claude:m",
    "Antonio:m",
    "Kofi:m",
    "Ban:m",
    "Tedros:m",
    "Christopher:m",
    "John:m",
    "James:m",
    "William:m",
    "David:m",
    "Richard:m",
    "Jean:m",
    "Pierre:m",
    "Carlos:m",
    "José:m",
    "Ahmed:m",
    "Mohammed:m",
    "Ali:m",
    "Hassan:m",
    "Ivan:m",
    "Sergej:m",
    "Dmitri:m",
    "Alexej:m",
    "Olga:f",
    "Natalia:f",
    "Elena:f",
    "Sophie:f",
    "Marie:f",
    "Emma:f",
    "Mia:f",
    "Hannah:f",
    "Leonie:f",
    "Johanna:f",
    "Charlotte:f",
    "Greta:f",
    "Luisa:f",
    "Jana:f",
    "Carla:f",
    "Marco:m",
    "Felix:m",
    "Lukas:m",
    "Jonas:m",
    "Max:m",
    "Florian:m",
    "Philipp:m",
    "Simon:m",
    "Uwe:m",
    "Dieter:m",
    "Günter:m",
    "Werner:m",
    "Heinz:m",
    "Rainer:m",
    "Ralf:m",
    "Bernd:m",
    "Norbert:m",
    "Armin:m",
    "Cem:m",
    "Kevin:m",
    "Hendrik:m",
    "Volker:m",
    "Marcel:m",
    "Johannes:m",
    "Ludwig:m",
    "Walter:m",
    "Edmund:m",
    "Heiko:m",
    "Carsten:m",
    "Neil:m",
    "Nelson:m",
    "Kim:x",
    "Shinzo:m",
    "Narendra:m",
    "Luiz:m",
    "Javier:m",
    "Viktor:m",
    "Alexis:m",
    "Mette:f",
    "Sanna:f",
    "Magdalena:f",
    "Roberta:f",
    "Kaja:f",
];

/// Determiners and quantifiers dropped from the front of a speaker's name.
const DETERMINERS: &[&str] = &[
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "sein",
    "seine",
    "seiner",
    "seinem",
    "ihr",
    "ihre",
    "ihrer",
    "ihrem",
    "viele",
    "einige",
    "manche",
    "dieser",
    "diese",
    "dieses",
    "diesem",
    "diesen",
    "zahlreiche",
    "mehrere",
    "beide",
    "alle",
    "andere",
    "unser",
    "unsere",
];

/// True for a determiner or possessive (lower case) that may open a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word) || matches!(word, "seiner" | "ihrer" | "unserer")
}

/// Name particles inside a person's name (`Ursula von der Leyen`, `Vincent van Gogh`).
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "de", "da", "di", "zu", "den", "ten", "la", "le", "al", "bin", "el",
    "dos", "del",
];

/// Lower-case words that never belong to a speaker noun phrase (prepositions, adverbs).
const NP_STOP: &[&str] = &[
    "am",
    "im",
    "in",
    "an",
    "auf",
    "aus",
    "bei",
    "mit",
    "nach",
    "vor",
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
    "laut",
    "auch",
    "zudem",
    "außerdem",
    "dazu",
    "jedoch",
    "aber",
    "nun",
    "jetzt",
    "bereits",
    "schon",
    "noch",
    "heute",
    "gestern",
    "morgen",
    "damals",
    "zuvor",
    "später",
    "erneut",
    "ebenfalls",
    "allerdings",
    "nicht",
    "nur",
    "und",
    "oder",
    "sowie",
    "dass",
    "daß",
    "ob",
    "es",
    "sich",
    "so",
    "als",
    "wie",
    "dabei",
    "danach",
    "inzwischen",
    "gleichzeitig",
    "deshalb",
    "trotzdem",
    "bislang",
    "zunächst",
    "schließlich",
    "ebenso",
    "daraufhin",
    "dennoch",
    "indes",
    "demnach",
    "hierzu",
    "darüber",
    "zuletzt",
    "kürzlich",
    "jüngst",
    "vorher",
    "anschließend",
    "weiter",
    "weiterhin",
    "ferner",
    "überdies",
    "insbesondere",
    "vom",
    "beim",
    "ins",
    "dann",
    "hier",
    "dort",
    "da",
    "wann",
    "warum",
    "was",
    "wer",
    "wo",
    "gemäß",
    "unterdessen",
    "immerhin",
    "zwar",
    "doch",
    "denn",
    "also",
];

/// Personal pronouns that can be a speaker.
pub const PRONOUNS: &[&str] = &[
    "er", "sie", "Er", "Sie", "es", "Es", "man", "Man", "wir", "Wir", "ich", "Ich",
];

/// A gender guess for choosing a pronoun's antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Female.
    F,
    /// Male.
    M,
}

/// Lower-case `word`; cheap when it is already lower case.
pub fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// True when `word` names a function or title (`Bundeskanzlerin`, `Sprecher`), returning its
/// gender guess.
pub fn function_noun(word: &str) -> Option<Option<Gender>> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let w = lower(word);
    let hit = FUNCTIONS
        .iter()
        .filter(|f| w.ends_with(*f))
        .max_by_key(|f| f.len())?;
    let g = if *hit == "frau"
        || hit.ends_with("in") && !matches!(*hit, "kardinal" | "ökonomin")
        || hit.ends_with("ärztin")
    {
        Some(Gender::F)
    } else if *hit == "herr" || !hit.ends_with("in") {
        Some(Gender::M)
    } else {
        Some(Gender::F)
    };
    Some(g)
}

fn org_word(word: &str) -> bool {
    let w = lower(word);
    let w = w.trim_end_matches('s');
    ORG_WORDS.iter().any(|o| w.ends_with(o))
}

/// True when `word` heads an organisation or outlet phrase (`Zeitung`, `Nachrichtenagentur`).
pub fn is_org_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && org_word(word)
}

fn given_name(word: &str) -> Option<Option<Gender>> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, Option<Gender>>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        GIVEN_NAMES
            .iter()
            .filter_map(|g| {
                let (name, gender) = g.split_once(':')?;
                let gender = match gender {
                    "f" => Some(Gender::F),
                    "m" => Some(Gender::M),
                    _ => None,
                };
                Some((name, gender))
            })
            .collect()
    });
    table.get(word).copied()
}

/// True for a capitalised word token (a name or a noun).
pub fn is_cap(tok: &Token, text: &str) -> bool {
    matches!(tok.kind, TokenKind::Word | TokenKind::Abbreviation)
        && tok.text(text).starts_with(char::is_uppercase)
}

/// A speaker noun phrase found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The name to show (the full name when a reference was resolved).
    pub name: String,
    /// Where the speaker is mentioned.
    pub at: Span,
    /// Index of the phrase's first token (its determiner, if any).
    pub first: usize,
    /// Index of the phrase's last token.
    pub last: usize,
    /// True for a pronoun that could not be resolved (no name to show).
    pub unresolved: bool,
    /// True for an unnamed group (`Experten`).
    pub vague: bool,
}

/// A full person name seen in the text.
#[derive(Debug, Clone)]
struct Person {
    at: usize,
    end: usize,
    name: String,
    surname: String,
    title: String,
    gender: Option<Gender>,
}

/// Person names in text order, for resolving pronouns, surnames and titles.
#[derive(Debug, Default)]
pub struct Names {
    people: Vec<Person>,
    /// Indexes into `people` (text order) of full names, by surname.
    by_surname: std::collections::HashMap<String, Vec<usize>>,
}

fn word_kind(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
}

impl Names {
    /// Collects the person names in `tokens`: a title followed by capitalised words
    /// (`Bundeskanzler Olaf Scholz`), a known given name followed by capitalised words, or a `PER`
    /// entity of two words or more.
    pub fn collect(text: &str, tokens: &[Token], entities: &[Annotation]) -> Names {
        let mut people = Vec::new();
        for e in entities {
            if e.kind == Kind::Entity && e.label.starts_with("PER") {
                let name = e.span().slice(text).to_string();
                // "Von der Leyen" is a surname with particles, not a full name to refer back to.
                let particle_first = name
                    .split(' ')
                    .next()
                    .is_some_and(|w| NAME_PARTICLES.contains(&lower(w).as_ref()));
                if name.contains(' ') && !particle_first {
                    let surname = name.rsplit(' ').next().unwrap_or("").to_string();
                    // The first name tells the gender for pronouns ("Ursula …" → sie).
                    let gender = name.split(' ').next().and_then(given_name).flatten();
                    people.push(Person {
                        at: e.span().start,
                        end: e.span().end,
                        name,
                        surname,
                        title: String::new(),
                        gender,
                    });
                }
            }
        }
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let w = t.text(text);
            if !is_cap(t, text) {
                i += 1;
                continue;
            }
            let title = function_noun(w);
            let given = if title.is_none() { given_name(w) } else { None };
            if title.is_none() && given.is_none() {
                i += 1;
                continue;
            }
            let start = if title.is_some() { i + 1 } else { i };
            let end = name_run(text, tokens, start);
            let needed = if title.is_some() { 1 } else { 2 };
            let words = (start..end).filter(|&k| is_cap(&tokens[k], text)).count();
            if end > start && words >= needed && function_noun(tokens[start].text(text)).is_none() {
                let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
                let name = span.slice(text).to_string();
                let surname = tokens[end - 1].text(text).to_string();
                let gender = title
                    .flatten()
                    .or(given.flatten())
                    .or_else(|| given_name(tokens[start].text(text)).flatten());
                people.push(Person {
                    at: span.start,
                    end: span.end,
                    name,
                    surname,
                    title: if title.is_some() {
                        lower(w).into_owned()
                    } else {
                        String::new()
                    },
                    gender,
                });
                i = end;
            } else {
                i += 1;
            }
        }
        people.sort_by_key(|p| p.at);
        let mut by_surname: std::collections::HashMap<String, Vec<usize>> =
            std::collections::HashMap::new();
        for (n, p) in people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.name.contains(' '))
        {
            by_surname.entry(p.surname.clone()).or_default().push(n);
        }
        Names { people, by_surname }
    }

    /// The last full person name inside `span`, as a speaker.
    pub fn last_in(&self, span: Span) -> Option<Speaker> {
        let p = self
            .before(span.end)
            .iter()
            .rev()
            .find(|p| p.at >= span.start && p.name.contains(' '))?;
        Some(Speaker {
            name: p.name.clone(),
            at: Span::new(p.at, p.end),
            first: 0,
            last: 0,
            unresolved: false,
            vague: false,
        })
    }

    /// The people mentioned before `pos`, at most the last 64 (references reach back only so far,
    /// and this keeps every lookup short on long texts).
    fn before(&self, pos: usize) -> &[Person] {
        let end = self.people.partition_point(|p| p.at < pos);
        &self.people[end.saturating_sub(64)..end]
    }

    /// The last full name before byte `pos` compatible with `gender`.
    pub fn pronoun(&self, pos: usize, gender: Option<Gender>) -> Option<&str> {
        self.before(pos)
            .iter()
            .rev()
            .filter(|p| p.name.contains(' '))
            .find(|p| gender.is_none() || p.gender.is_none() || p.gender == gender)
            .map(|p| p.name.as_str())
    }

    /// The last full name compatible with `gender` mentioned at most `within` bytes before `pos`.
    pub fn recent(&self, pos: usize, gender: Option<Gender>, within: usize) -> Option<&str> {
        self.before(pos)
            .iter()
            .rev()
            .take_while(|p| p.at + within >= pos)
            .filter(|p| p.name.contains(' '))
            .find(|p| gender.is_none() || p.gender.is_none() || p.gender == gender)
            .map(|p| p.name.as_str())
    }

    /// The full name whose surname is `word`, mentioned before `pos`.
    pub fn surname(&self, word: &str, pos: usize) -> Option<&str> {
        let list = self.by_surname.get(word)?;
        list.iter()
            .rev()
            .filter_map(|&n| self.people.get(n))
            .find(|p| p.at < pos)
            .map(|p| p.name.as_str())
    }

    /// The last person introduced with a title ending in `function` (lower case).
    pub fn title(&self, function: &str, pos: usize) -> Option<&str> {
        self.before(pos)
            .iter()
            .rev()
            .filter(|p| !p.title.is_empty())
            .find(|p| p.title.ends_with(function))
            .map(|p| p.name.as_str())
    }
}

/// End (exclusive) of a run of capitalised name words from `start`, with name particles between
/// them (`Ursula von der Leyen`).
fn name_run(text: &str, tokens: &[Token], start: usize) -> usize {
    let mut k = start;
    let mut end = start;
    while k < tokens.len() {
        let t = &tokens[k];
        if is_cap(t, text) && t.kind == TokenKind::Word {
            let adjective_before = k > start && {
                let prev = tokens[k - 1].text(text);
                ["e", "er", "en", "es"].iter().any(|e| prev.ends_with(e))
                    && function_noun(prev).is_none()
            };
            if k > start && org_word(t.text(text)) && !adjective_before {
                break;
            }
            k += 1;
            end = k;
        } else if k > start
            && word_kind(t)
            && NAME_PARTICLES.contains(&t.text(text))
            && (!matches!(t.text(text), "der" | "den")
                || matches!(tokens[k - 1].text(text), "von" | "van" | "de" | "vom"))
        {
            k += 1;
        } else {
            break;
        }
        if k > start
            && tokens[k - 1].span.end != tokens.get(k).map_or(0, |n| n.span.start)
            && k < tokens.len()
        {
            // names are separated by single spaces; a line break or punctuation ends them
            let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
            if gap.contains('\n') {
                break;
            }
        }
    }
    end
}

/// The entity inside `span`, persons first. `entities` are sorted by start (as
/// [`crate::claims::ClaimDetector::annotate`] passes them), so only those starting inside `span`
/// are looked at.
fn entity_in(entities: &[Annotation], span: Span) -> Option<&Annotation> {
    let mut best: Option<&Annotation> = None;
    let first = entities.partition_point(|e| e.span().start < span.start);
    for e in entities[first..]
        .iter()
        .take_while(|e| e.span().start < span.end)
        .filter(|e| e.kind == Kind::Entity && e.span().overlaps(span) && span.contains(e.span()))
    {
        let per = e.label.starts_with("PER");
        if best.is_none_or(|b| per && !b.label.starts_with("PER")) {
            best = Some(e);
        }
    }
    best
}

/// Context for reading speaker phrases in one text.
pub struct SpeakerReader<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Entity spans from an earlier stage (may be empty), sorted by start.
    pub entities: &'a [Annotation],
    /// Person names for references.
    pub names: &'a Names,
}

impl SpeakerReader<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Reads a speaker noun phrase starting at token `i` and not reaching token `limit`:
    /// a pronoun, or `[determiner] [adjectives] capitalised words [genitive]`, or an outlet.
    pub fn read(&self, i: usize, limit: usize) -> Option<Speaker> {
        let limit = limit.min(self.tokens.len());
        if i >= limit {
            return None;
        }
        let w = self.word(i);
        if PRONOUNS.contains(&w) {
            let t = &self.tokens[i];
            let gender = match w {
                "er" | "Er" => Some(Gender::M),
                "sie" | "Sie" => Some(Gender::F),
                _ => None,
            };
            let name = if matches!(w, "er" | "Er" | "sie" | "Sie") {
                self.names.pronoun(t.span.start, gender)
            } else {
                None
            };
            return Some(Speaker {
                name: name.unwrap_or(w).to_string(),
                at: t.span,
                first: i,
                last: i,
                unresolved: name.is_none(),
                vague: false,
            });
        }
        if NP_STOP.contains(&lower(w).as_ref()) {
            return None;
        }
        let mut k = i;
        while k < limit
            && DETERMINERS.contains(&lower(self.word(k)).as_ref())
            && word_kind(&self.tokens[k])
        {
            k += 1;
        }
        let body = k;
        // adjectives: lower-case words before a capitalised one
        while k < limit && self.is_adjective(k) {
            k += 1;
        }
        if k >= limit {
            return None;
        }
        let head_start = k;
        if self.tokens[k].kind == TokenKind::Quote {
            // a name in quotes: die „New York Times“
            let close =
                (k + 2..(k + 7).min(limit)).find(|&j| self.tokens[j].kind == TokenKind::Quote)?;
            let at = Span::new(
                self.tokens[k + 1].span.start,
                self.tokens[close - 1].span.end,
            );
            return Some(Speaker {
                name: at.slice(self.text).to_string(),
                at,
                first: i,
                last: close,
                unresolved: false,
                vague: false,
            });
        }
        if LOWER_OUTLETS.contains(&self.word(k)) {
            k += 1;
        } else {
            if !is_cap(&self.tokens[k], self.text) {
                return None;
            }
            let end = name_run(self.text, self.tokens, k).min(limit);
            if end == k {
                return None;
            }
            k = end;
            // a short title in quotes after an outlet word: Zeitung „Bild“
            if k + 2 < limit
                && self.tokens[k].kind == TokenKind::Quote
                && org_word(self.word(k - 1))
            {
                if let Some(close) =
                    (k + 2..(k + 7).min(limit)).find(|&j| self.tokens[j].kind == TokenKind::Quote)
                {
                    let at = Span::new(
                        self.tokens[k + 1].span.start,
                        self.tokens[close - 1].span.end,
                    );
                    return Some(Speaker {
                        name: at.slice(self.text).to_string(),
                        at,
                        first: i,
                        last: close,
                        unresolved: false,
                        vague: false,
                    });
                }
            } else if k < limit && LOWER_OUTLETS.contains(&self.word(k)) {
                k += 1;
            }
            // genitive attribute: Sprecher des Ministeriums, Chef der Bahn
            let w = self.word(k);
            let head_is_noun = k == head_start + 1
                || function_noun(self.word(k - 1)).is_some()
                || org_word(self.word(k - 1));
            if k + 2 < limit
                && matches!(w, "des" | "der" | "eines" | "einer")
                && self.tokens[k + 1].kind == TokenKind::Quote
                && head_is_noun
            {
                if let Some(close) =
                    (k + 3..(k + 8).min(limit)).find(|&j| self.tokens[j].kind == TokenKind::Quote)
                {
                    k = close + 1;
                }
            } else if k + 1 < limit
                && matches!(w, "des" | "der" | "eines" | "einer")
                && head_is_noun
            {
                let mut g = k + 1;
                while g < limit && self.is_adjective(g) {
                    g += 1;
                }
                if g < limit && is_cap(&self.tokens[g], self.text) {
                    let end = name_run(self.text, self.tokens, g).min(limit);
                    if end > g {
                        k = end;
                    }
                }
            }
        }
        // coordination: "Die Regierungen von Deutschland und Frankreich", "Merkel und Macron"
        if k + 1 < limit
            && matches!(self.word(k), "und" | "sowie")
            && !matches!(self.word(k + 1), "und" | "sowie")
        {
            if let Some(more) = self
                .read(k + 1, limit)
                .filter(|m| !m.unresolved && m.last < limit)
            {
                if self.tokens[k + 1].kind == TokenKind::Word
                    && (is_cap(&self.tokens[k + 1], self.text)
                        || DETERMINERS.contains(&self.word(k + 1)))
                {
                    let at = Span::new(self.tokens[body.min(k - 1)].span.start, more.at.end);
                    return Some(Speaker {
                        name: at.slice(self.text).to_string(),
                        at,
                        first: i,
                        last: more.last,
                        unresolved: false,
                        vague: false,
                    });
                }
            }
        }
        let last = k - 1;
        let full = Span::new(self.tokens[i].span.start, self.tokens[last].span.end);
        if let Some(e) = entity_in(self.entities, full) {
            let at = e.span();
            let raw = at.slice(self.text);
            let name = self.resolve_name(raw, at.start).unwrap_or(raw).to_string();
            return Some(Speaker {
                name,
                at,
                first: i,
                last,
                unresolved: false,
                vague: false,
            });
        }
        // apposition: function word(s) followed by a name
        let appo = (head_start..last).rev().find(|&n| {
            (function_noun(self.word(n)).is_some() || org_word(self.word(n)))
                && is_name_start(self.word(n + 1))
                && function_noun(self.word(n + 1)).is_none()
        });
        let n = appo.map_or(head_start, |a| a + 1);
        let (from, to) = if appo.is_some() {
            (n, last)
        } else {
            (body, last)
        };
        let at = Span::new(self.tokens[from].span.start, self.tokens[to].span.end);
        let raw = at.slice(self.text);
        let single = from == to;
        let definite = body > i && matches!(self.word(i), "der" | "die" | "Der" | "Die");
        let name = if single
            || n == head_start && function_noun(self.word(from)).is_some() && from + 1 > to
        {
            let resolved = self.resolve_name(raw, at.start).or_else(|| {
                // "der Minister", "der SPD-Politiker": the person the text is about, if recent
                let g = function_noun(raw).flatten();
                (definite && function_noun(raw).is_some() && !VAGUE_GROUPS.contains(&raw))
                    .then(|| self.names.recent(at.start, g, 600))
                    .flatten()
            });
            resolved.unwrap_or(raw).to_string()
        } else {
            raw.to_string()
        };
        let vague = single && VAGUE_GROUPS.contains(&raw);
        Some(Speaker {
            name,
            at,
            first: i,
            last,
            unresolved: false,
            vague,
        })
    }

    /// A single word that may refer back: a surname or a bare title (`Kanzlerin`).
    fn resolve_name(&self, raw: &str, pos: usize) -> Option<&str> {
        if raw.contains(' ') {
            // "Von der Leyen" after "Ursula von der Leyen": a surname with its particles.
            let first = raw.split(' ').next().unwrap_or("");
            if !NAME_PARTICLES.contains(&lower(first).as_ref()) {
                return None;
            }
            let last = raw.rsplit(' ').next().unwrap_or("");
            let full = self.names.surname(last, pos)?;
            let ends_with_raw = full.len() > raw.len()
                && full.is_char_boundary(full.len() - raw.len())
                && full[full.len() - raw.len()..].eq_ignore_ascii_case(raw);
            return ends_with_raw.then_some(full);
        }
        if let Some(full) = self.names.surname(raw, pos) {
            return Some(full);
        }
        if function_noun(raw).is_some() {
            return self.names.title(&lower(raw), pos);
        }
        None
    }

    fn is_adjective(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let w = t.text(self.text);
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && !NP_STOP.contains(&w)
            && ["e", "en", "er", "es", "em"].iter().any(|s| w.ends_with(s))
            && self.tokens.get(k + 1).is_some_and(|n| {
                is_cap(n, self.text)
                    || (n.kind == TokenKind::Word
                        && n.text(self.text).starts_with(char::is_lowercase)
                        && k + 2 < self.tokens.len()
                        && is_cap(&self.tokens[k + 2], self.text))
            })
    }

    /// Reads a speaker noun phrase that ends right before token `end` (exclusive), starting no
    /// earlier than `from`: used for `X zufolge` and `X sagte`.
    pub fn read_ending_at(&self, from: usize, end: usize) -> Option<Speaker> {
        // a speaker phrase is short: look back at most 16 tokens
        (from.max(end.saturating_sub(16))..end)
            .find_map(|s| self.read(s, end).filter(|sp| sp.last + 1 == end))
    }
}

fn is_name_start(word: &str) -> bool {
    word.starts_with(char::is_uppercase) || LOWER_OUTLETS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokens;

    fn read(text: &str, at: usize) -> Option<(String, String)> {
        let t = tokens(text);
        let names = Names::collect(text, &t, &[]);
        let r = SpeakerReader {
            text,
            tokens: &t,
            entities: &[],
            names: &names,
        };
        r.read(at, t.len())
            .map(|s| (s.name, s.at.slice(text).to_string()))
    }

    #[test]
    fn apposition_gives_the_name() {
        let (name, at) =
            read("EU-Kommissionschefin Ursula von der Leyen sagte", 0).unwrap_or_default();
        assert_eq!(
            (name.as_str(), at.as_str()),
            ("Ursula von der Leyen", "Ursula von der Leyen")
        );
        let (name, _) = read("die Nachrichtenagentur dpa meldete", 0).unwrap_or_default();
        assert_eq!(name, "dpa");
        let (name, _) = read("ein Sprecher des Innenministeriums sagte", 0).unwrap_or_default();
        assert_eq!(name, "Sprecher des Innenministeriums");
    }

    #[test]
    fn pronoun_and_surname_refer_back() {
        let text = "Außenministerin Annalena Baerbock reiste ab. Sie sagte nichts. Baerbock ging.";
        let t = tokens(text);
        let sie = t.iter().position(|x| x.text(text) == "Sie").unwrap_or(0);
        assert_eq!(
            read(text, sie).map(|x| x.0).as_deref(),
            Some("Annalena Baerbock")
        );
        let b = t
            .iter()
            .rposition(|x| x.text(text) == "Baerbock")
            .unwrap_or(0);
        assert_eq!(
            read(text, b).map(|x| x.0).as_deref(),
            Some("Annalena Baerbock")
        );
    }
}
