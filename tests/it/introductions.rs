//! Introductions as a user makes them: drag one contact onto another on the map, read the
//! trust gate's verdict, plan it (or say why not), and move it along its pipeline.

use crate::common;

use std::path::PathBuf;

use carnet::App;
use carnet::analysis::{GateFailure, gate};
use carnet::model::{
    ContactId, Edit, Encounter, EncounterKind, IntroStatus, Network, Person, TrustLevel,
};
use chrono::NaiveDate;
use common::{centre_of, day, drag, id_of, saved_network};
use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The day the app believes it is. In `small_network`, Alice and Bob were met in person on
/// 2026-01-10 with high trust; Carol was never met.
fn today() -> NaiveDate {
    day("2026-03-01")
}

fn harness_for(file: PathBuf) -> Harness<'static, App> {
    common::app_as_of(file, today())
}

/// In the Introductions tab: asks "Who can introduce me to" `kind` ("a person", "anyone at",
/// "anyone tagged") `text` (nothing typed when empty), and clicks Find paths.
fn ask_warm_paths(harness: &mut Harness<'static, App>, kind: &str, text: &str) {
    harness.get_by_label("Introductions").click();
    harness.run();
    if kind != "a person" {
        harness.get_by_label("Looking for").click();
        harness.run();
        harness.get_by_label(kind).click();
        harness.run();
    }
    if !text.is_empty() {
        harness.get_by_label("Whom to reach").click();
        harness.run();
        harness.get_by_label("Whom to reach").type_text(text);
        harness.run();
    }
    harness.get_by_label("Find paths").click();
    harness.run();
}

fn introductions_between(network: &Network, a: ContactId, b: ContactId) -> usize {
    network
        .introductions()
        .filter(|i| {
            i.introducer == Person::Me && i.a == Person::Contact(a) && i.b == Person::Contact(b)
        })
        .count()
}

#[test]
fn dropping_a_contact_on_another_plans_an_introduction_when_trust_allows() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path.clone());
    let network = harness.state().session().network();
    let (alice, bob) = (id_of(network, "Alice Martin"), id_of(network, "Bob Dupont"));
    let before = harness.state().map().position_of(alice).unwrap();

    let (from, to) = (
        centre_of(&harness, "Alice Martin"),
        centre_of(&harness, "Bob Dupont"),
    );
    drag(&mut harness, from, to);

    // The card says why and how, and that the gate passes; nothing exists yet.
    harness.get_by_label_contains("Introduce Alice Martin to Bob Dupont?");
    harness.get_by_label_contains("The trust gate passes");
    harness.get_by_label_contains("Alice Martin, Acme: met in person 1 time, last on 10 Jan 2026");
    assert_eq!(
        introductions_between(harness.state().session().network(), alice, bob),
        0
    );
    harness.get_by_label("Plan introduction").click();
    harness.run();

    let network = harness.state().session().network();
    assert_eq!(introductions_between(network, alice, bob), 1);
    let intro = network
        .introductions()
        .find(|i| i.a == Person::Contact(alice) && i.b == Person::Contact(bob))
        .unwrap();
    assert_eq!(intro.status(), IntroStatus::Planned);
    assert_eq!(intro.created(), Some(today()));
    assert_eq!(intro.gate_override, None);
    // Dropping on someone does not move or pin the dragged contact.
    assert_eq!(network.contact(alice).unwrap().pinned, None);
    let after = harness.state().map().position_of(alice).unwrap();
    assert!(
        (after[0] - before[0]).hypot(after[1] - before[1]) < 40.0,
        "Alice went back near where she was: {before:?} -> {after:?}"
    );

    // The Introductions tab lists it; it is saved in the file.
    harness.get_by_label("Introductions").click();
    harness.run();
    harness.get_by_label("I introduce Alice Martin to Bob Dupont");
    // Planned today says so, not "(0 days)" (issue 32, item 16).
    harness.get_by_label("planned today");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    let saved = carnet::store::load(&path).unwrap();
    assert_eq!(introductions_between(&saved, alice, bob), 1);
}

#[test]
fn a_failing_gate_says_what_is_missing_and_creates_nothing_without_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    let network = harness.state().session().network();
    let (bob, carol) = (
        id_of(network, "Bob Dupont"),
        id_of(network, "Carol Lefèvre"),
    );
    let count = network.introductions().count();

    let (from, to) = (
        centre_of(&harness, "Bob Dupont"),
        centre_of(&harness, "Carol Lefèvre"),
    );
    drag(&mut harness, from, to);
    harness.get_by_label("You have never met Carol Lefèvre in person.");
    harness.get_by_label("Plan meeting with Carol Lefèvre");
    assert!(harness.query_by_label("Plan introduction").is_none());
    // "Proceed anyway" needs a reason: clicking it without one does nothing.
    harness.get_by_label("Proceed anyway").click();
    harness.run();
    assert_eq!(
        harness.state().session().network().introductions().count(),
        count
    );

    harness.get_by_label("Reason to proceed").click();
    harness.run();
    harness
        .get_by_label("Reason to proceed")
        .type_text("Bob asked me for a payments expert");
    harness.run();
    harness.get_by_label("Proceed anyway").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.introductions().count(), count + 1);
    let intro = network
        .introductions()
        .find(|i| i.a == Person::Contact(bob) && i.b == Person::Contact(carol))
        .unwrap();
    assert_eq!(
        intro.gate_override.as_deref(),
        Some("Bob asked me for a payments expert")
    );
}

#[test]
fn the_remedy_plans_a_meeting_with_the_person_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    let count = harness.state().session().network().introductions().count();
    let (from, to) = (
        centre_of(&harness, "Bob Dupont"),
        centre_of(&harness, "Carol Lefèvre"),
    );
    drag(&mut harness, from, to);
    harness
        .get_by_label("Plan meeting with Carol Lefèvre")
        .click();
    harness.run();
    assert!(
        harness.state().is_logging_encounter(),
        "the planned-meeting form is open"
    );
    assert_eq!(
        harness.state().session().network().introductions().count(),
        count
    );
}

#[test]
fn moving_a_contact_onto_empty_space_creates_no_introduction() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    let network = harness.state().session().network();
    let alice = id_of(network, "Alice Martin");
    let count = network.introductions().count();
    let canvas = harness.state().map().canvas();
    let from = centre_of(&harness, "Alice Martin");
    // A corner of the map, far from everyone.
    let to = canvas.min + Vec2::new(30.0, 30.0);
    drag(&mut harness, from, to);
    assert!(harness.query_by_label_contains("Introduce Alice").is_none());
    let network = harness.state().session().network();
    assert_eq!(network.introductions().count(), count);
    assert!(
        network.contact(alice).unwrap().pinned.is_some(),
        "moved and pinned"
    );
}

#[test]
fn an_introduction_moves_along_its_pipeline_and_each_step_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    harness.get_by_label("Introductions").click();
    harness.run();
    // small_network has "I introduce Alice Martin to Carol Lefèvre", planned.
    harness.get_by_label("I introduce Alice Martin to Carol Lefèvre");
    let status = |harness: &Harness<'_, App>| {
        harness
            .state()
            .session()
            .network()
            .introductions()
            .next()
            .unwrap()
            .status()
    };
    for (button, reached) in [
        ("Asked them", IntroStatus::Asked),
        ("Both agreed", IntroStatus::Accepted),
        ("Introduced", IntroStatus::Made),
        ("They met", IntroStatus::Met),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        assert_eq!(status(&harness), reached);
    }
    let intro = harness
        .state()
        .session()
        .network()
        .introductions()
        .next()
        .unwrap();
    assert_eq!(intro.steps.len(), 5);
    assert!(intro.steps.iter().skip(1).all(|s| s.date == today()));
    let outcome_field = "Outcome of: I introduce Alice Martin to Carol Lefèvre";
    harness.get_by_label(outcome_field).click();
    harness.run();
    harness
        .get_by_label(outcome_field)
        .type_text("Carol hired Alice");
    harness.run();
    let outcome = |harness: &Harness<'_, App>| {
        harness
            .state()
            .session()
            .network()
            .introductions()
            .next()
            .unwrap()
            .outcome
            .clone()
    };
    assert_eq!(outcome(&harness), "Carol hired Alice");

    // Undo takes back the outcome (typing is one step), then "they met".
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(outcome(&harness), "");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(status(&harness), IntroStatus::Made);
}

#[test]
fn the_gate_names_each_reason_it_fails() {
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let bob = id_of(&network, "Bob Dupont");
    let carol = id_of(&network, "Carol Lefèvre");
    assert!(gate(&network, alice, bob, today()).is_empty());

    // Never met in person: a call does not count.
    let call = network.allocate_encounter_id();
    let mut encounter = Encounter::new(call, day("2026-02-20"), EncounterKind::Call, vec![carol]);
    encounter.trust = Some(TrustLevel::Full);
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
    let failures = gate(&network, alice, carol, today());
    assert!(matches!(
        failures.as_slice(),
        [GateFailure::NeverMetInPerson { contact, .. }] if *contact == carol
    ));

    // Met, but trust too low.
    let coffee = network.allocate_encounter_id();
    let mut encounter = Encounter::new(
        coffee,
        day("2026-02-21"),
        EncounterKind::Coffee,
        vec![carol],
    );
    encounter.trust = Some(TrustLevel::Low);
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
    let failures = gate(&network, carol, alice, today());
    assert_eq!(
        failures.first().map(GateFailure::describe).as_deref(),
        Some("Your trust in Carol Lefèvre is low; this project asks for at least medium.")
    );

    // Trusted, but too long ago: two years later, both Alice and Bob fail on recency.
    let later = day("2028-03-01");
    let failures = gate(&network, alice, bob, later);
    assert_eq!(failures.len(), 2);
    assert!(
        failures
            .iter()
            .all(|f| matches!(f, GateFailure::NotSeenRecently { months: 18, .. }))
    );
}

#[test]
fn warm_paths_are_asked_by_name_and_a_path_becomes_planned_introductions() {
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    // Dora works with Alice; Alice passes the gate (met 2026-01-10, high trust).
    let dora = network.allocate_contact_id();
    network
        .apply(Edit::PutContact(Box::new(carnet::model::Contact::new(
            dora,
            "Dora Durand",
        ))))
        .unwrap();
    let relation = network.allocate_relation_id();
    network
        .apply(Edit::PutRelation(Box::new(carnet::model::Relation {
            id: relation,
            a: alice,
            b: dora,
            kind: carnet::model::RelationKind::Colleagues,
            notes: String::new(),
        })))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network);
    let mut harness = harness_for(path);
    ask_warm_paths(&mut harness, "a person", "dora");
    harness.get_by_label_contains("1. You > Alice Martin > Dora Durand");
    harness.get_by_label_contains("Alice Martin can introduce you to Dora Durand: colleagues");
    let before = harness.state().session().network().introductions().count();
    harness.get_by_label("Plan path 1 introductions").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.introductions().count(), before + 1);
    assert!(network.introductions().any(|i| {
        i.introducer == Person::Contact(alice)
            && i.a == Person::Me
            && i.b == Person::Contact(dora)
            && i.status() == IntroStatus::Planned
    }));
    // A new question replaces the answer: Carol, Alice's colleague in small_network.
    harness.get_by_label("Whom to reach").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Whom to reach").type_text("carol");
    harness.run();
    harness.get_by_label("Find paths").click();
    harness.run();
    harness.get_by_label_contains("1. You > Alice Martin > Carol");
    assert!(harness.query_by_label_contains("> Dora Durand").is_none());
    // The planned introduction reads as a sentence.
    harness.get_by_label("Alice Martin introduces me to Dora Durand");
}

/// Issue 32, items 1–3 in the window, on the demo as of 7 December 2026: "anyone at Withings"
/// reads "You already know … at Withings" for the people met, never "Sarah O'Neill > Mathilde
/// Rousseau", with no strength for them; a person with no path names the trusted people at
/// their organization.
#[test]
fn warm_paths_to_withings_on_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let demo = carnet::store::load(&common::demo_path()).unwrap();
    let path = saved_network(dir.path(), &demo);
    let mut harness = common::app_as_of(path, common::day("2026-12-07"));
    ask_warm_paths(&mut harness, "anyone at", "Withings");
    harness.get_by_label_contains("You already know Mathilde Rousseau at Withings");
    assert!(
        harness
            .query_by_label_contains("> Mathilde Rousseau")
            .is_none()
    );
    assert!(
        harness
            .query_by_label_contains("You > Mathilde Rousseau   (strength")
            .is_none()
    );
}

/// Issue 32, item 4: with a meeting already planned with the person the gate stops, the card
/// says when and waits for the debrief instead of offering a second meeting; and a planned
/// meeting's form never opens on a weekend day.
#[test]
fn the_gate_remedy_knows_a_meeting_already_planned() {
    let mut network = common::small_network();
    let carol = id_of(&network, "Carol Lefèvre");
    let id = network.allocate_encounter_id();
    let meal = Encounter::new(id, day("2026-03-04"), EncounterKind::Meal, vec![carol]);
    network.apply(Edit::PutEncounter(Box::new(meal))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network);
    let mut harness = harness_for(path);
    let (from, to) = (
        centre_of(&harness, "Bob Dupont"),
        centre_of(&harness, "Carol Lefèvre"),
    );
    drag(&mut harness, from, to);
    harness.get_by_label(
        "You see Carol Lefèvre on Wed 4 Mar 2026: this card comes back after the debrief.",
    );
    assert!(
        harness
            .query_by_label("Plan meeting with Carol Lefèvre")
            .is_none(),
        "no second meeting offered"
    );
    harness.get_by_label("Come back after the debrief").click();
    harness.run();
    assert!(!harness.state().is_logging_encounter());

    // 1 March 2026 is a Sunday: a week later is a Sunday too, so the form says Monday.
    let form = carnet::ui::encounter_form::EncounterForm::new_planned(
        harness.state().session().network(),
        vec![carol],
        today(),
    );
    assert_eq!(form.date_text(), "Mon 9 Mar 2026");
}

/// Asking with nothing typed answers nothing, rather than "No warm path".
#[test]
fn find_paths_with_nothing_typed_says_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    ask_warm_paths(&mut harness, "anyone at", "");
    assert!(harness.query_by_label_contains("No warm path").is_none());
}
