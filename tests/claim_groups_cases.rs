//! Multi-document cases for recurring claims (statement groups with `basis` claim): short German
//! articles run through the real [`Annotator`] and [`cluster_entities`], then grouped by
//! [`group_statements`]. Each case checks which claims join, which stay apart, and how each
//! document attributes the claim.

mod statement_support;

use randnotiz::crossdoc::statements::{Basis, StatementGroup};

/// The claim groups of the articles (id, text), in the order `group_statements` gives them.
fn claim_groups(docs: &[(&str, &str)]) -> Vec<StatementGroup> {
    statement_support::group(docs)
        .into_iter()
        .filter(|g| g.basis == Basis::Claim)
        .collect()
}

/// The groups with a member whose text contains `needle`.
fn groups_with<'g>(groups: &'g [StatementGroup], needle: &str) -> Vec<&'g StatementGroup> {
    groups
        .iter()
        .filter(|g| g.members.iter().any(|m| m.text.contains(needle)))
        .collect()
}

/// Asserts that the claims of `docs` containing `needle` form two single-source groups.
fn assert_apart(docs: &[(&str, &str)], needle: &str) {
    let g = claim_groups(docs);
    let found = groups_with(&g, needle);
    assert_eq!(found.len(), 2, "{:#?}", summaries(&g));
    assert!(
        found.iter().all(|g| g.single_source),
        "{:#?}",
        summaries(&g)
    );
}

/// The one group with a member whose text contains `needle` (panics with the summaries otherwise).
fn group_with<'g>(groups: &'g [StatementGroup], needle: &str) -> &'g StatementGroup {
    let found = groups_with(groups, needle);
    assert_eq!(
        found.len(),
        1,
        "expected one claim group with {needle:?}, got {:#?}",
        summaries(groups)
    );
    found[0]
}

fn summaries(groups: &[StatementGroup]) -> Vec<(&str, &[String])> {
    groups
        .iter()
        .map(|g| (g.summary.as_str(), g.documents.as_slice()))
        .collect()
}

/// (doc, kind, attribution) of every member.
fn members(g: &StatementGroup) -> Vec<(&str, &str, &str)> {
    g.members
        .iter()
        .map(|m| (m.doc.as_str(), m.kind.as_str(), m.attribution.as_str()))
        .collect()
}

#[test]
fn same_indirect_claim_with_full_name_and_surname_alone() {
    let g = claim_groups(&[
        (
            "a",
            "Der ukrainische Präsident Wolodymyr Selenskyj sagte am Montag, die Ukraine werde \
             niemals aufgeben.",
        ),
        (
            "b",
            "Selenskyj erklärte in seiner Videobotschaft, die Ukraine werde niemals aufgeben und \
             weiter kämpfen.",
        ),
    ]);
    let group = group_with(&g, "werde niemals aufgeben und");
    assert_eq!(group.documents, ["a", "b"]);
    assert!(!group.single_source);
    assert!(
        group.summary.starts_with("Wolodymyr Selenskyj: „"),
        "{}",
        group.summary
    );
    assert_eq!(
        members(group),
        [
            ("a", "indirect", "named_source"),
            ("b", "indirect", "named_source")
        ]
    );
}

#[test]
fn transliterated_speaker_names_agree() {
    let g = claim_groups(&[
        (
            "a",
            "Wolodymyr Selenskyj sagte, die Ukraine brauche dringend mehr Flugabwehr.",
        ),
        (
            "b",
            "Präsident Selenski betonte, die Ukraine brauche dringend mehr Flugabwehr.",
        ),
    ]);
    assert_eq!(group_with(&g, "Flugabwehr").documents, ["a", "b"]);
}

#[test]
fn direct_quote_and_its_indirect_rendering_are_one_claim() {
    let g = claim_groups(&[
        (
            "a",
            "„Wir werden die Brände unter Kontrolle bringen“, sagte Gouverneur Gavin Newsom.",
        ),
        (
            "b",
            "Newsom sagte, man werde die Brände bald unter Kontrolle bringen.",
        ),
    ]);
    let group = group_with(&g, "Kontrolle");
    assert_eq!(
        members(group),
        [
            ("a", "direct", "named_source"),
            ("b", "indirect", "named_source")
        ]
    );
    assert_eq!(group.members[1].speaker.as_deref(), Some("Newsom"));
}

#[test]
fn named_source_and_hearsay_are_one_claim_with_two_attributions() {
    let g = claim_groups(&[
        (
            "a",
            "Laut Polizei wurde der Verdächtige am Abend in Berlin festgenommen.",
        ),
        (
            "b",
            "Der Verdächtige soll in Berlin festgenommen worden sein.",
        ),
    ]);
    let group = group_with(&g, "festgenommen");
    assert_eq!(
        members(group),
        [
            ("a", "according_to", "named_source"),
            ("b", "hearsay", "hearsay")
        ]
    );
}

#[test]
fn unnamed_and_named_source_share_a_claim() {
    let g = claim_groups(&[
        (
            "a",
            "Berichten zufolge hat die Regierung den Notstand für die Region Bayern ausgerufen.",
        ),
        (
            "b",
            "Laut Innenministerium hat die Regierung den Notstand für Bayern ausgerufen.",
        ),
    ]);
    let group = group_with(&g, "Notstand");
    assert_eq!(
        members(group),
        [
            ("a", "according_to", "unnamed_source"),
            ("b", "according_to", "named_source")
        ]
    );
}

#[test]
fn three_outlets_carry_one_claim() {
    let g = claim_groups(&[
        (
            "a",
            "Bundeskanzler Olaf Scholz sagte, Deutschland werde die Ukraine weiter unterstützen.",
        ),
        (
            "b",
            "Scholz betonte, Deutschland werde die Ukraine auch künftig unterstützen.",
        ),
        (
            "c",
            "Olaf Scholz versicherte, dass Deutschland die Ukraine weiter unterstützt.",
        ),
    ]);
    let group = group_with(&g, "unterstütz");
    assert_eq!(group.documents, ["a", "b", "c"]);
    assert_eq!(group.members.len(), 3);
}

#[test]
fn different_speakers_with_the_same_words_stay_apart() {
    assert_apart(
        &[
            ("a", "Selenskyj sagte, die Ukraine werde niemals aufgeben."),
            (
                "b",
                "US-Präsident Joe Biden sagte, die Ukraine werde niemals aufgeben.",
            ),
        ],
        "aufgeben",
    );
}

#[test]
fn two_people_sharing_a_family_name_stay_apart() {
    assert_apart(
        &[
            (
                "a",
                "Joe Biden sagte, die Ermittlungen seien politisch motiviert.",
            ),
            (
                "b",
                "Hunter Biden sagte, die Ermittlungen seien politisch motiviert.",
            ),
        ],
        "motiviert",
    );
}

#[test]
fn a_negated_claim_is_not_the_affirmed_one() {
    assert_apart(
        &[
            (
                "a",
                "Der Minister sagte, er werde wegen der Affäre nicht zurücktreten.",
            ),
            (
                "b",
                "Der Minister sagte, er werde wegen der Affäre zurücktreten.",
            ),
        ],
        "zurücktreten",
    );
}

#[test]
fn different_main_verbs_stay_apart() {
    assert_apart(
        &[
            (
                "a",
                "Finanzminister Christian Lindner kündigte an, die Regierung werde die Steuern \
                 senken.",
            ),
            (
                "b",
                "Lindner sagte, die Regierung werde die Steuern erhöhen.",
            ),
        ],
        "die Steuern",
    );
}

#[test]
fn inflected_verb_forms_join() {
    let g = claim_groups(&[
        (
            "a",
            "Der Gouverneur sagte, die Lage in Kalifornien habe sich stündlich verschärft.",
        ),
        (
            "b",
            "Der Gouverneur erklärte, dass sich die Lage in Kalifornien stündlich verschärfe.",
        ),
    ]);
    assert_eq!(group_with(&g, "verschärf").documents, ["a", "b"]);
}

#[test]
fn different_places_in_the_content_stay_apart() {
    assert_apart(
        &[
            (
                "a",
                "Ein Armeesprecher sagte, die Truppen hätten Charkiw zurückerobert.",
            ),
            (
                "b",
                "Ein Armeesprecher sagte, die Truppen hätten Cherson zurückerobert.",
            ),
        ],
        "zurückerobert",
    );
}

#[test]
fn a_claim_with_a_counted_quantity_is_left_to_the_quantity_groups() {
    let docs = [
        (
            "a",
            "Die Feuerwehr teilte mit, mehr als 2.000 Feuerwehrleute seien im Einsatz.",
        ),
        (
            "b",
            "Laut Feuerwehr sind über 2.000 Feuerwehrleute im Einsatz.",
        ),
    ];
    let claims = claim_groups(&docs);
    assert!(
        claims
            .iter()
            .all(|g| g.members.iter().all(|m| !m.text.contains("2.000"))),
        "{:#?}",
        summaries(&claims)
    );
    let all = statement_support::group(&docs);
    let quantity = all
        .iter()
        .find(|g| g.basis == Basis::Quantity && g.summary.contains("2.000"))
        .expect("a quantity group");
    assert_eq!(quantity.documents, ["a", "b"]);
}

#[test]
fn a_claim_only_one_outlet_carries_is_marked_single_source() {
    let g = claim_groups(&[
        (
            "a",
            "Newsom sagte, man werde die Brände unter Kontrolle bringen. Ein Sprecher der \
             Feuerwehr erklärte, die Ursache sei noch unklar.",
        ),
        (
            "b",
            "Gouverneur Gavin Newsom sagte, man werde die Brände unter Kontrolle bringen.",
        ),
    ]);
    let shared = group_with(&g, "Kontrolle");
    let single = group_with(&g, "Ursache");
    assert_eq!(shared.documents, ["a", "b"]);
    assert!(single.single_source);
    assert_eq!(single.documents, ["a"]);
    // Groups carried by more documents come first.
    let pos = |x: &StatementGroup| g.iter().position(|y| std::ptr::eq(x, y));
    assert!(pos(shared) < pos(single));
}

#[test]
fn too_short_claims_form_no_group() {
    let g = claim_groups(&[("a", "„Ja“, sagte Newsom."), ("b", "„Nein“, sagte Newsom.")]);
    assert!(g.is_empty(), "{:#?}", summaries(&g));
}

#[test]
fn claim_groups_serialize_with_basis_claim_and_no_quantity() {
    let g = claim_groups(&[
        (
            "a",
            "Scholz sagte, Deutschland werde die Ukraine unterstützen.",
        ),
        (
            "b",
            "Olaf Scholz sagte, Deutschland werde die Ukraine unterstützen.",
        ),
    ]);
    let json = serde_json::to_value(&g).expect("serializes");
    assert_eq!(json[0]["basis"], "claim");
    assert!(json[0]["members"][0]["quantity"].is_null());
    assert_eq!(json[0]["documents"], serde_json::json!(["a", "b"]));
}

#[test]
fn offsets_are_utf16_code_units() {
    let a = "😀 Scholz sagte, Deutschland werde die Ukraine unterstützen.";
    let g = claim_groups(&[
        ("a", a),
        (
            "b",
            "Olaf Scholz sagte, Deutschland werde die Ukraine unterstützen.",
        ),
    ]);
    let m = &group_with(&g, "unterstützen").members[0];
    let utf16: Vec<u16> = a.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&utf16[m.start..m.end]), m.text);
}
