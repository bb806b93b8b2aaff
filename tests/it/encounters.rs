//! Encounters in the real app: log one from the keyboard, log an event with several people,
//! trust that only meeting in person raises, follow-ups in the Agenda, preparation sheets, and
//! undo of every step.

use crate::common;

use std::path::PathBuf;

use carnet::App;
use carnet::analysis::facts_for;
use carnet::model::{Edit, EncounterKind, FollowUp, Network, Promiser, TrustLevel};
use carnet::ui::map::MapScene;
use carnet::ui::theme::MapEdgeKind;
use chrono::NaiveDate;
use common::{day, id_of, saved_network};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The day the app believes it is, so that "overdue" never depends on the calendar.
fn today() -> NaiveDate {
    day("2026-03-01")
}

fn harness_for(file: PathBuf) -> Harness<'static, App> {
    common::app_as_of(file, today())
}

fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn ctrl(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    harness.run();
    // Ctrl+S writes on a thread: wait for it.
    harness.state_mut().finish_save();
    harness.run();
}

fn type_text(harness: &mut Harness<'_, App>, text: &str) {
    harness.get_by(|node| node.is_focused()).type_text(text);
    harness.run();
}

fn select_in_list(harness: &mut Harness<'_, App>, name: &str) {
    harness.get_by_role_and_label(Role::Label, name).click();
    harness.run();
}

#[test]
fn an_encounter_is_logged_from_the_keyboard_alone_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path.clone());

    // Ctrl+E with nobody selected: the keyboard starts in "Add person".
    ctrl(&mut harness, Key::E);
    assert!(harness.state().is_logging_encounter());
    type_text(&mut harness, "carol");
    press(&mut harness, Key::Enter);
    // Tab to the notes, write them, Tab past "Names they gave me", then through "not
    // recorded, none, low, medium" to "high".
    press(&mut harness, Key::Tab);
    type_text(&mut harness, "Coffee at her office; she knows the CTO.");
    for _ in 0..6 {
        press(&mut harness, Key::Tab);
    }
    press(&mut harness, Key::Space);
    ctrl(&mut harness, Key::Enter);

    let app = harness.state();
    assert!(!app.is_logging_encounter(), "Ctrl+Enter saves and closes");
    let network = app.session().network();
    let carol = id_of(network, "Carol Lefèvre");
    let logged: Vec<_> = network.encounters_with(carol).collect();
    assert_eq!(logged.len(), 1);
    let encounter = logged[0];
    assert_eq!(encounter.date, today());
    assert_eq!(encounter.kind, EncounterKind::Coffee);
    assert_eq!(encounter.trust, Some(TrustLevel::High));
    assert_eq!(encounter.notes, "Coffee at her office; she knows the CTO.");
    assert_eq!(facts_for(network, carol, today()).trust, TrustLevel::High);

    // The timeline of the selected contact shows it.
    select_in_list(&mut harness, "Carol Lefèvre");
    harness.get_by_label("Coffee at her office; she knows the CTO.");

    ctrl(&mut harness, Key::S);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("Coffee at her office; she knows the CTO."));
    let reloaded = carnet::store::load(&path).unwrap();
    assert_eq!(reloaded.encounters().len(), 2);
}

#[test]
fn escape_cancels_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    select_in_list(&mut harness, "Alice Martin");
    ctrl(&mut harness, Key::E);
    type_text(&mut harness, "Never mind");
    press(&mut harness, Key::Escape);
    let app = harness.state();
    assert!(!app.is_logging_encounter());
    assert_eq!(app.session().network().encounters().len(), 1);
    assert!(!app.session().is_dirty());
    // The user knows they cancelled: no "Nothing logged" (issue 32, item 16).
    assert!(
        !app.status().message.contains("Nothing logged"),
        "{}",
        app.status().message
    );
}

#[test]
fn an_event_gives_every_participant_the_encounter_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Log event").click();
    harness.run();
    type_text(&mut harness, "ali");
    press(&mut harness, Key::Enter);
    type_text(&mut harness, "bob");
    press(&mut harness, Key::Enter);
    // Someone met there who is not a contact yet.
    type_text(&mut harness, "Nina Petit");
    press(&mut harness, Key::Enter);
    harness.get_by_label("Event name").click();
    harness.run();
    type_text(&mut harness, "Fintech meetup");
    ctrl(&mut harness, Key::Enter);

    let app = harness.state();
    assert!(!app.is_logging_encounter());
    let network = app.session().network();
    let nina = id_of(network, "Nina Petit");
    let event = network
        .encounters()
        .find(|e| e.title == "Fintech meetup")
        .expect("the event is recorded");
    assert_eq!(event.kind, EncounterKind::Event);
    for name in ["Alice Martin", "Bob Dupont", "Nina Petit"] {
        let id = id_of(network, name);
        assert!(
            network.encounters_with(id).any(|e| e.id == event.id),
            "{name} has the event"
        );
    }
    // The map links the people met together.
    let scene = MapScene::new(network, today());
    let alice_node = scene.node_of[&id_of(network, "Alice Martin")];
    let nina_node = scene.node_of[&nina];
    assert!(
        scene
            .edges
            .iter()
            .any(|e| e.kind == MapEdgeKind::MetTogether
                && (e.from, e.to) == (alice_node.min(nina_node), alice_node.max(nina_node)))
    );

    // One undo takes back the event and the new contact together.
    ctrl(&mut harness, Key::Z);
    let network = harness.state().session().network();
    assert!(network.contact_named("Nina Petit").is_none());
    assert!(network.encounters().all(|e| e.title != "Fintech meetup"));
    assert_eq!(network.encounters().len(), 1);
}

#[test]
fn a_video_call_never_lifts_trust_above_low_and_a_coffee_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    select_in_list(&mut harness, "Carol Lefèvre");
    harness.get_by_label("Online only");

    ctrl(&mut harness, Key::E);
    harness.get_by_label("Video call").click();
    harness.run();
    harness.get_by_label("high").click();
    harness.run();
    ctrl(&mut harness, Key::Enter);
    {
        let network = harness.state().session().network();
        let carol = id_of(network, "Carol Lefèvre");
        let facts = facts_for(network, carol, today());
        assert_eq!(facts.trust, TrustLevel::Low);
        assert!(!facts.met_in_person());
    }
    harness.get_by_label("Trust: low");
    harness.get_by_label("Online only");

    ctrl(&mut harness, Key::E);
    harness.get_by_label("high").click();
    harness.run();
    ctrl(&mut harness, Key::Enter);
    let network = harness.state().session().network();
    let carol = id_of(network, "Carol Lefèvre");
    let facts = facts_for(network, carol, today());
    assert_eq!(facts.trust, TrustLevel::High);
    assert!(facts.met_in_person());
    harness.get_by_label("Trust: high");
    harness.get_by_label("Met in person");
}

fn network_with_overdue_promise() -> Network {
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let mut encounter = network
        .encounters()
        .find(|e| e.involves(alice))
        .unwrap()
        .clone();
    encounter.follow_ups.push(FollowUp {
        by: Promiser::Me,
        what: "Send the deck".to_owned(),
        due: Some(day("2026-02-20")),
        done: false,
    });
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
    network
}

#[test]
fn an_overdue_follow_up_is_in_the_agenda_until_marked_done() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network_with_overdue_promise());
    let mut harness = harness_for(path);

    // Two lines overdue: the promise, and small_network's introduction planned on 2026-02-01
    // and never asked since.
    harness.get_by_label("Agenda (2)").click();
    harness.run();
    harness.get_by_label("Overdue since Fri 20 Feb 2026");
    harness.get_by_label("I introduce Alice Martin to Carol Lefèvre");
    harness.get_by_label("I promised Alice Martin, Bob Dupont: Send the deck");

    harness.get_by_label("Done: Send the deck").click();
    harness.run();
    assert!(harness.query_by_label("Done: Send the deck").is_none());
    assert!(
        harness
            .query_by_label("I promised Alice Martin, Bob Dupont: Send the deck")
            .is_none()
    );
    assert!(harness.query_by_label("Agenda (2)").is_none());
    harness.get_by_label("Agenda (1)");
    let network = harness.state().session().network();
    assert!(
        network
            .encounters()
            .all(|e| e.follow_ups.iter().all(|f| f.done))
    );

    ctrl(&mut harness, Key::Z);
    harness.get_by_label("Done: Send the deck");
    harness.get_by_label("Agenda (2)");
}

#[test]
fn timeline_entries_are_edited_and_deleted_and_undo_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = harness_for(path);
    select_in_list(&mut harness, "Alice Martin");

    harness.get_by_label("Edit encounter of 2026-01-10").click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    harness.get_by_label("Meal").click();
    harness.run();
    ctrl(&mut harness, Key::Enter);
    let network = harness.state().session().network();
    assert_eq!(network.encounters().len(), 1, "editing adds nothing");
    assert!(network.encounters().all(|e| e.kind == EncounterKind::Meal));

    harness
        .get_by_label("Delete encounter of 2026-01-10")
        .click();
    harness.run();
    assert_eq!(harness.state().session().network().encounters().len(), 0);

    ctrl(&mut harness, Key::Z);
    let network = harness.state().session().network();
    assert_eq!(network.encounters().len(), 1);
    assert!(network.encounters().all(|e| e.kind == EncounterKind::Meal));
    ctrl(&mut harness, Key::Z);
    let network = harness.state().session().network();
    assert!(
        network
            .encounters()
            .all(|e| e.kind == EncounterKind::Coffee)
    );
    assert!(!harness.state().session().is_dirty());
}

#[test]
fn a_planned_meeting_shows_in_the_agenda_and_has_a_preparation_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network_with_overdue_promise());
    let mut harness = harness_for(path);
    select_in_list(&mut harness, "Alice Martin");
    harness.get_by_label("Plan meeting…").click();
    harness.run();
    ctrl(&mut harness, Key::Enter);
    let network = harness.state().session().network();
    let planned: Vec<_> = network
        .encounters()
        .filter(|e| e.is_planned(today()))
        .collect();
    assert_eq!(planned.len(), 1);
    // A week from Sunday 1 March is a Sunday: the form says Monday (issue 32, item 4).
    assert_eq!(planned[0].date, day("2026-03-09"));

    // The overdue promise and the waiting introduction.
    harness.get_by_label("Agenda (2)").click();
    harness.run();
    harness.get_by_label_contains("Coffee with Alice Martin");
    harness.get_by_label("See the introduction: I introduce Alice Martin to Carol Lefèvre");
    harness
        .get_by_label("Prepare the meeting of 2026-03-09 with Alice Martin")
        .click();
    harness.run();
    let markdown = harness.state().prep_markdown().unwrap().to_owned();
    assert!(
        markdown.contains("## Preparing to meet Alice Martin"),
        "{markdown}"
    );
    assert!(markdown.contains("I promised: Send the deck"), "{markdown}");
    assert!(
        markdown.contains("Project goal:** Find a job"),
        "{markdown}"
    );
    harness.get_by_label("Preparing to meet Alice Martin");
}

/// Issue 32, item 13: a meeting ahead asks what I want from it; the Prepare tab shows it
/// once, and *Write it…* opens the meeting's form when it was left empty.
#[test]
fn a_planned_meeting_keeps_what_i_want_from_it_for_the_preparation_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network_with_overdue_promise());
    let mut harness = harness_for(path);
    select_in_list(&mut harness, "Alice Martin");
    harness.get_by_label("Plan meeting…").click();
    harness.run();
    // The date field has the keyboard at first: click into the field, then type.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "What I want from it")
        .click();
    harness.run();
    type_text(&mut harness, "Who hires in Lyon?");
    ctrl(&mut harness, Key::Enter);
    let network = harness.state().session().network();
    let planned = network
        .encounters()
        .find(|e| e.is_planned(today()))
        .expect("the meeting is planned");
    assert_eq!(planned.aims, "Who hires in Lyon?");
    // A debrief (today) asks nothing of the kind.
    ctrl(&mut harness, Key::E);
    assert!(
        harness
            .query_all_by_label("What I want from it")
            .next()
            .is_none()
    );
    press(&mut harness, Key::Escape);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness
        .get_by_label("Prepare the meeting of 2026-03-09 with Alice Martin")
        .click();
    harness.run();
    harness.get_by_label("What I want from this meeting");
    harness.get_by_label("Who hires in Lyon?");
    let markdown = harness.state().prep_markdown().unwrap().to_owned();
    assert_eq!(
        markdown.matches("Who hires in Lyon?").count(),
        1,
        "{markdown}"
    );
    harness.get_by_label("Write it…").click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    assert_eq!(
        harness
            .get_by_role_and_label(Role::MultilineTextInput, "What I want from it")
            .value()
            .as_deref(),
        Some("Who hires in Lyon?")
    );
}

/// Issue 32, item 16: Up and Down choose among the people suggested, and the chip of a
/// namesake says which one it is.
#[test]
fn up_and_down_choose_among_suggestions_and_namesakes_show_their_organization() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = common::small_network();
    for organization in ["Doctolib", "Alan"] {
        let id = network.allocate_contact_id();
        let mut claire = carnet::model::Contact::new(id, "Claire Moreau");
        claire.organization = organization.to_owned();
        network.apply(Edit::PutContact(Box::new(claire))).unwrap();
    }
    let path = saved_network(dir.path(), &network);
    let mut harness = harness_for(path);
    ctrl(&mut harness, Key::E);
    type_text(&mut harness, "claire");
    // The suggestions, in the order they are offered (left to right).
    let mut offered: Vec<(f32, &str)> = ["Alan", "Doctolib"]
        .into_iter()
        .map(|organization| {
            let label = format!("Claire Moreau ({organization})");
            (harness.get_by_label(&label).rect().left(), organization)
        })
        .collect();
    offered.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Down twice reaches "new contact", Up comes back to the second suggestion.
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::Enter);
    // Its chip names the organization: the person is a namesake.
    let second = offered[1].1;
    harness.get_by_label(&format!("Remove Claire Moreau ({second})"));
    assert!(
        harness
            .query_by_label(&format!("Remove Claire Moreau ({})", offered[0].1))
            .is_none()
    );
    assert!(harness.query_by_label_contains("(new)").is_none());
    // The field is empty again, ready for the next name.
    harness.get_by(|node| node.is_focused());
}
