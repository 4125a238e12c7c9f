//! Multi-document cases for [`randnotiz::crossdoc::statements::group_statements`]: short German
//! articles run through the real `Annotator` and `cluster_entities` (see `statement_support`), then grouped into
//! recurring statements. Each case checks documents, member counts, attribution and
//! disagreement.

mod statement_support;

use randnotiz::crossdoc::statements::{group_statements, StatementGroup};
use randnotiz::Annotations;

fn run(docs: &[(&str, &str)]) -> Vec<StatementGroup> {
    statement_support::group(docs)
}

/// The one group whose summary ends with `noun` and contains `number` (panics with the list of
/// summaries otherwise).
fn group<'g>(groups: &'g [StatementGroup], number: &str, noun: &str) -> &'g StatementGroup {
    let found: Vec<&StatementGroup> = groups
        .iter()
        .filter(|g| g.summary.ends_with(noun) && g.summary.contains(number))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one group for {number} {noun}, got {:#?}",
        groups.iter().map(|g| &g.summary).collect::<Vec<_>>()
    );
    found[0]
}

fn attributions(g: &StatementGroup) -> Vec<(&str, &str)> {
    g.members
        .iter()
        .map(|m| (m.doc.as_str(), m.attribution.as_str()))
        .collect()
}

const FIRE_A: &str = "Mehr als 2.000 Feuerwehrleute bekämpfen die Brände in Kalifornien. \
                      Rund 300 Löschfahrzeuge sind unterwegs.";
const FIRE_B: &str = "Nach Angaben der Behörden sind über 2.000 Feuerwehrleute in Kalifornien im \
                      Einsatz. Auch rund 300 Löschfahrzeuge wurden geschickt.";
const FIRE_C: &str = "Der Einsatz von mehr als 2.000 Feuerwehrleuten dauert an. Die Ursache ist \
                      noch unklar.";
const FIRE_D: &str = "In Kalifornien kämpfen 2.500 Feuerwehrleute gegen die Flammen.";

#[test]
fn three_documents_repeat_one_statement_with_their_attributions() {
    let groups = run(&[("a", FIRE_A), ("b", FIRE_B), ("c", FIRE_C)]);
    let g = group(&groups, "2.000", "Feuerwehrleute");
    assert_eq!(g.summary, "mehr als 2.000 Feuerwehrleute");
    assert_eq!(g.documents, ["a", "b", "c"]);
    assert_eq!(g.members.len(), 3);
    assert!(!g.single_source);
    assert_eq!(g.disagreement, None);
    assert_eq!(
        attributions(g),
        [("a", "stated"), ("b", "named_source"), ("c", "stated")]
    );
    assert_eq!(g.members[1].kind, "according_to");
    assert_eq!(g.members[1].speaker.as_deref(), Some("Behörden"));
    assert_eq!(g.members[2].kind, "stated");
    assert!(g.members[2]
        .text
        .starts_with("Der Einsatz von mehr als 2.000"));
    // The fire-engine statement is a group of its own.
    let trucks = group(&groups, "300", "Löschfahrzeuge");
    assert_eq!(trucks.summary, "rund 300 Löschfahrzeuge");
    assert_eq!(trucks.documents, ["a", "b"]);
    // Most documents first.
    assert_eq!(groups[0].documents.len(), 3);
}

#[test]
fn a_fourth_document_with_another_number_disagrees() {
    let groups = run(&[("a", FIRE_A), ("b", FIRE_B), ("c", FIRE_C), ("d", FIRE_D)]);
    let g = group(&groups, "2.000", "Feuerwehrleute");
    assert_eq!(g.documents, ["a", "b", "c", "d"]);
    assert_eq!(g.members.len(), 4);
    assert_eq!(
        g.disagreement.as_deref(),
        Some("2.000 vs 2.500 Feuerwehrleute")
    );
    assert_eq!(g.summary, "mehr als 2.000 Feuerwehrleute");
    assert_eq!(
        g.members[3].quantity.as_ref().map(|q| q.value),
        Some(2500.0)
    );
}

#[test]
fn a_statement_only_one_document_carries_is_single_source() {
    let groups = run(&[
        ("a", FIRE_A),
        (
            "b",
            "Über 2.000 Feuerwehrleute sind im Einsatz. Drei Hubschrauber kreisen über dem Tal.",
        ),
    ]);
    let g = group(&groups, "2.000", "Feuerwehrleute");
    assert_eq!(g.documents, ["a", "b"]);
    assert!(!g.single_source);
    let trucks = group(&groups, "300", "Löschfahrzeuge");
    assert!(trucks.single_source);
    assert_eq!(trucks.documents, ["a"]);
    assert_eq!(trucks.disagreement, None);
    let helis = group(&groups, "3", "Hubschrauber");
    assert!(helis.single_source);
    assert_eq!(helis.documents, ["b"]);
}

#[test]
fn unnamed_sources_and_named_sources_are_told_apart() {
    let groups = run(&[
        ("a", "Berichten zufolge kamen 50 Menschen ums Leben."),
        ("b", "Laut Polizei wurden 50 Menschen getötet."),
        ("c", "Medienberichten zufolge starben 50 Menschen."),
        ("d", "Es heißt, 50 Menschen seien gestorben."),
    ]);
    let g = group(&groups, "50", "Menschen");
    assert_eq!(g.documents, ["a", "b", "c", "d"]);
    assert_eq!(
        attributions(g),
        [
            ("a", "unnamed_source"),
            ("b", "named_source"),
            ("c", "unnamed_source"),
            ("d", "unnamed_source")
        ]
    );
    assert_eq!(g.members[1].speaker.as_deref(), Some("Polizei"));
}

#[test]
fn hedged_and_hearsay_statements_keep_their_attribution() {
    let groups = run(&[
        ("a", "Möglicherweise sind 12 Häuser zerstört."),
        ("b", "Angeblich sollen 12 Häuser abgebrannt sein."),
        ("c", "Im Dorf wurden 12 Häuser zerstört."),
    ]);
    let g = group(&groups, "12", "Häuser");
    assert_eq!(g.documents, ["a", "b", "c"]);
    assert_eq!(
        attributions(g),
        [("a", "hedged"), ("b", "hearsay"), ("c", "stated")]
    );
    assert_eq!(g.members[0].kind, "hedged");
    assert_eq!(g.members[1].kind, "hearsay");
}

#[test]
fn a_named_speaker_in_indirect_speech_is_a_named_source() {
    let groups = run(&[
        (
            "a",
            "Gouverneur Gavin Newsom sagte, es seien etwa 3 Millionen Euro Schaden entstanden.",
        ),
        ("b", "Der Schaden beträgt rund 3 Millionen Euro."),
    ]);
    let g = group(&groups, "3 Millionen", "Euro");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(attributions(g), [("a", "named_source"), ("b", "stated")]);
    assert_eq!(g.members[0].speaker.as_deref(), Some("Gavin Newsom"));
    assert_eq!(g.summary, "rund 3 Millionen Euro");
}

#[test]
fn a_range_containing_the_value_agrees() {
    let groups = run(&[
        (
            "a",
            "Zwischen 5.000 und 7.000 Menschen demonstrierten am Samstag.",
        ),
        ("b", "Rund 6.000 Menschen demonstrierten am Samstag."),
    ]);
    let g = group(&groups, "", "Menschen");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(g.disagreement, None);
    assert_eq!(
        g.members[0].quantity.as_ref().map(|q| q.modifier.as_str()),
        Some("range")
    );
}

#[test]
fn a_range_that_excludes_the_value_disagrees() {
    let groups = run(&[
        (
            "a",
            "Zwischen 5.000 und 7.000 Menschen demonstrierten am Samstag.",
        ),
        ("b", "Etwa 10.000 Menschen demonstrierten am Samstag."),
    ]);
    let g = group(&groups, "", "Menschen");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(
        g.disagreement.as_deref(),
        Some("5.000 bis 7.000 vs 10.000 Menschen")
    );
}

#[test]
fn opposite_modifiers_with_the_same_number_disagree() {
    let groups = run(&[
        ("a", "Mehr als 100 Verletzte wurden gezählt."),
        ("b", "Weniger als 100 Verletzte wurden gezählt."),
    ]);
    let g = group(&groups, "100", "Verletzte");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(
        g.disagreement.as_deref(),
        Some("mehr als 100 vs weniger als 100 Verletzte")
    );
}

#[test]
fn different_entities_keep_statements_apart() {
    let groups = run(&[
        ("a", "In Bayern wurden 40 Schulen geschlossen."),
        ("b", "In Sachsen wurden 40 Schulen geschlossen."),
    ]);
    let schools: Vec<&StatementGroup> = groups
        .iter()
        .filter(|g| g.summary == "40 Schulen")
        .collect();
    assert_eq!(schools.len(), 2, "{groups:#?}");
    assert!(schools.iter().all(|g| g.single_source));
    assert!(schools.iter().all(|g| g.disagreement.is_none()));
}

#[test]
fn a_shared_entity_cluster_joins_spelling_variants() {
    let groups = run(&[
        ("a", "In Kiew wurden 200 Häuser beschädigt."),
        (
            "b",
            "In Kyjiw wurden nach Angaben der Stadt 200 Häuser beschädigt.",
        ),
        ("c", "Rund 200 Häuser in Kyiv sind beschädigt."),
    ]);
    let g = group(&groups, "200", "Häuser");
    assert_eq!(g.documents, ["a", "b", "c"]);
    assert_eq!(g.disagreement, None);
}

#[test]
fn two_numbers_in_one_document_are_two_statements_not_a_disagreement() {
    let groups = run(&[
        (
            "a",
            "Rund 2.000 Soldaten sind an der Grenze stationiert. Weitere 500 Soldaten sollen folgen.",
        ),
        ("b", "An der Grenze stehen etwa 2.000 Soldaten."),
    ]);
    let g = group(&groups, "2.000", "Soldaten");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(g.disagreement, None);
    let later = group(&groups, "500", "Soldaten");
    assert!(later.single_source);
    assert_eq!(later.disagreement, None);
}

#[test]
fn the_dative_plural_matches_the_nominative() {
    let groups = run(&[
        ("a", "Der Bus war mit 40 Kindern unterwegs."),
        ("b", "40 Kinder saßen im Bus."),
    ]);
    let g = group(&groups, "40", "");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(g.members.len(), 2);
}

#[test]
fn percentages_and_money_group_by_value() {
    let groups = run(&[
        (
            "a",
            "Die Inflation lag im Mai bei 2,5 Prozent. Der Schaden beträgt 2 Millionen Euro.",
        ),
        (
            "b",
            "Im Mai stiegen die Preise um 2,5 Prozent. Versichert sind 2.000.000 Euro.",
        ),
        ("c", "Die Arbeitslosigkeit sank um 0,2 Prozent."),
    ]);
    let pct = group(&groups, "2,5", "Prozent");
    assert_eq!(pct.documents, ["a", "b"]);
    let money = group(&groups, "2 Millionen", "Euro");
    assert_eq!(money.documents, ["a", "b"]);
    let small = group(&groups, "0,2", "Prozent");
    assert!(small.single_source);
}

#[test]
fn offsets_are_utf16_and_empty_input_gives_nothing() {
    assert!(run(&[]).is_empty());
    assert!(run(&[("a", ""), ("b", "Kein Satz mit Zahl.")]).is_empty());
    let text = "😀 Hallo. Über 2.000 Feuerwehrleute sind im Einsatz.";
    let groups = run(&[("a", text), ("b", "Mehr als 2.000 Feuerwehrleute.")]);
    let g = group(&groups, "2.000", "Feuerwehrleute");
    let m = &g.members[0];
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let slice = String::from_utf16(&utf16[m.start..m.end]).expect("valid slice");
    assert_eq!(slice, m.text);
    assert!(m.text.starts_with("Über 2.000"));
}

#[test]
fn percentages_about_one_entity_disagree() {
    let groups = run(&[
        (
            "a",
            "In Frankreich lag die Inflation im Mai bei 2,5 Prozent.",
        ),
        ("b", "Die Inflation in Frankreich stieg auf 2,8 Prozent."),
        ("c", "In Italien lag die Inflation bei 1,9 Prozent."),
    ]);
    let g = group(&groups, "2,5", "Prozent");
    assert_eq!(g.documents, ["a", "b"]);
    assert_eq!(g.disagreement.as_deref(), Some("2,5 vs 2,8 Prozent"));
    let italy = group(&groups, "1,9", "Prozent");
    assert!(italy.single_source);
}

/// Hand-built annotations (no model): `n` documents, each one sentence with one quantity.
fn synthetic(n: usize) -> (Vec<String>, Vec<String>, Vec<Annotations>) {
    use randnotiz::{Annotation, Kind, Lang, Span};
    let mut ids = Vec::new();
    let mut texts = Vec::new();
    let mut anns = Vec::new();
    for i in 0..n {
        // Every tenth document gives another number; the rest agree.
        let (value, shown) = if i % 10 == 9 {
            (2000 + i, format!("{}", 2000 + i))
        } else {
            (2000, "2000".to_string())
        };
        let text = format!("Es sind {shown} Feuerwehrleute im Einsatz. Dazu {i} Prozent.");
        let q = text.find(&shown).unwrap_or(0);
        let mut a = Annotation::new(
            Kind::Quantity,
            "QUANTITY",
            Span::new(q, q + shown.len() + " Feuerwehrleute".len()),
        );
        a.attrs.value = Some(value.to_string());
        a.attrs.modifier = Some("exact".into());
        a.attrs.unit_lemma = Some("Feuerwehrleute".into());
        let p = text.rfind(" Prozent").unwrap_or(0);
        let start = p - i.to_string().len();
        let mut b = Annotation::new(Kind::Quantity, "PERCENT", Span::new(start, p + 8));
        b.attrs.value = Some(i.to_string());
        b.attrs.unit_lemma = Some("Prozent".into());
        anns.push(Annotations::new(&text, Lang::De, None, vec![a, b]));
        ids.push(format!("d{i}"));
        texts.push(text);
    }
    (ids, texts, anns)
}

#[test]
fn many_documents_group_in_blocks_without_all_pairs() {
    let (ids, texts, anns) = synthetic(3000);
    let input: Vec<(&str, &str, &Annotations)> = ids
        .iter()
        .zip(&texts)
        .zip(&anns)
        .map(|((i, t), a)| (i.as_str(), t.as_str(), a))
        .collect();
    let started = std::time::Instant::now();
    let groups = group_statements(&input, &[]);
    let took = started.elapsed();
    assert!(took.as_secs() < 20, "took {took:?}");
    let main = &groups[0];
    assert_eq!(main.summary, "2.000 Feuerwehrleute");
    // 2,700 agreeing documents and the 300 others, each with a number of its own, merged as
    // disagreements.
    assert_eq!(main.documents.len(), 3000);
    assert!(main.disagreement.as_deref().is_some_and(
        |d| d.starts_with("2.000 vs 2.009 vs") && d.ends_with(" vs 296 weitere Feuerwehrleute")
    ));
    // Percentages without a shared entity never disagree: one single-source group each.
    let percent = groups.iter().filter(|g| g.summary.ends_with("Prozent"));
    assert_eq!(percent.clone().count(), 3000);
    assert!(percent
        .clone()
        .all(|g| g.single_source && g.disagreement.is_none()));
}

#[test]
fn different_speakers_of_one_statement_are_its_sources_not_its_content() {
    let groups = run(&[
        (
            "a",
            "Gouverneur Gavin Newsom sagte, in Kalifornien seien 400 Häuser zerstört worden.",
        ),
        (
            "b",
            "Joe Biden sagte, in Kalifornien seien 400 Häuser zerstört worden.",
        ),
        ("c", "In Oregon wurden 400 Häuser zerstört."),
    ]);
    let houses: Vec<&StatementGroup> = groups
        .iter()
        .filter(|g| g.summary == "400 Häuser")
        .collect();
    assert_eq!(houses.len(), 2, "{groups:#?}");
    let both = houses[0];
    assert_eq!(both.documents, ["a", "b"]);
    assert_eq!(
        attributions(both),
        [("a", "named_source"), ("b", "named_source")]
    );
    let speakers: Vec<Option<&str>> = both.members.iter().map(|m| m.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Gavin Newsom"), Some("Joe Biden")]);
    assert_eq!(houses[1].documents, ["c"]);
    assert!(houses[1].single_source);
    assert_eq!(houses[1].disagreement, None);
}
