//! Merging: two contacts found to be the same person, and another project brought into the
//! open one. Fields combine with the owner's choice, records follow, nothing is duplicated,
//! and one undo takes it all back.

use crate::common;

use carnet::app::file_dialogs::{DialogAnswer, DialogKind, ScriptedDialogs};
use carnet::import::ProjectMerge;
use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, IntroStatus, IntroStep, Introduction,
    MergeField, Network, Origin, Person, Pick, Relation, RelationKind, TrustLevel, conflicts,
    default_choices, merged_contact,
};
use common::{app_with_dialogs, day, id_of, saved_network};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

fn put(network: &mut Network, contact: Contact) -> ContactId {
    let id = contact.id;
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    id
}

/// A new contact with just a name.
fn person(network: &mut Network, name: &str) -> ContactId {
    let contact = Contact::new(network.allocate_contact_id(), name);
    put(network, contact)
}

fn meet(network: &mut Network, date: &str, kind: EncounterKind, people: Vec<ContactId>) {
    let id = network.allocate_encounter_id();
    let mut encounter = Encounter::new(id, day(date), kind, people);
    encounter.trust = Some(TrustLevel::High);
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
}

fn introduce(network: &mut Network, introducer: Person, a: Person, b: Person) {
    let id = network.allocate_introduction_id();
    network
        .apply(Edit::PutIntroduction(Box::new(Introduction {
            id,
            introducer,
            a,
            b,
            steps: vec![IntroStep {
                status: IntroStatus::Planned,
                date: day("2026-10-01"),
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: None,
            thanked: None,
        })))
        .unwrap();
}

fn relate(network: &mut Network, a: ContactId, b: ContactId, kind: RelationKind) {
    let id = network.allocate_relation_id();
    network
        .apply(Edit::PutRelation(Box::new(Relation {
            id,
            a,
            b,
            kind,
            notes: String::new(),
        })))
        .unwrap();
}

/// Alice recorded twice: once by hand, once from LinkedIn with another spelling, each with
/// their own encounters, introductions and relations.
fn alice_twice() -> Network {
    let mut network = Network::new("Twice");
    let mut alice = Contact::new(network.allocate_contact_id(), "Alice Martin");
    alice.organization = "Acme".into();
    alice.emails = vec!["alice@acme.example".into()];
    alice.tags = vec!["fintech".into()];
    alice.notes = "Met at VivaTech".into();
    let alice = put(&mut network, alice);
    let mut twin = Contact::new(network.allocate_contact_id(), "Alice Martín");
    twin.organization = "Acme SAS".into();
    twin.emails = vec!["alice.martin@gmail.com".into(), "ALICE@acme.example".into()];
    twin.phones = vec!["+33 6 12 34 56 78".into()];
    twin.tags = vec!["Fintech".into(), "payments".into()];
    twin.notes = "Wants to move to Lyon".into();
    twin.origin = Origin::LinkedIn(Some(day("2025-03-01")));
    let twin = put(&mut network, twin);
    let bob = person(&mut network, "Bob Dupont");
    let carol = person(&mut network, "Carol Lefèvre");
    let mut dan = Contact::new(network.allocate_contact_id(), "Dan Roy");
    dan.origin = Origin::IntroducedBy(Some(twin));
    let _dan = put(&mut network, dan);
    meet(
        &mut network,
        "2026-10-01",
        EncounterKind::Coffee,
        vec![alice, bob],
    );
    meet(&mut network, "2026-09-01", EncounterKind::Meal, vec![twin]);
    // One event where both records were ticked: after the merge, she is listed once.
    meet(
        &mut network,
        "2026-06-12",
        EncounterKind::Event,
        vec![alice, twin, carol],
    );
    introduce(
        &mut network,
        Person::Me,
        Person::Contact(twin),
        Person::Contact(bob),
    );
    // Introducing her to herself: dropped by the merge.
    introduce(
        &mut network,
        Person::Me,
        Person::Contact(alice),
        Person::Contact(twin),
    );
    relate(&mut network, alice, carol, RelationKind::Colleagues);
    relate(&mut network, twin, carol, RelationKind::Colleagues);
    relate(&mut network, twin, bob, RelationKind::Friends);
    relate(&mut network, alice, twin, RelationKind::Knows);
    network
}

#[test]
fn merging_two_contacts_combines_fields_and_moves_their_records() {
    let mut network = alice_twice();
    let before = network.clone();
    let alice = network.contact_named("Alice Martin").unwrap().clone();
    let twin = network.contact_named("Alice Martín").unwrap().clone();

    // Only real disagreements are asked: the origin by hand gives way to LinkedIn's date.
    assert_eq!(
        conflicts(&alice, &twin),
        [
            MergeField::Name,
            MergeField::Organization,
            MergeField::Notes
        ]
    );
    let mut choices = default_choices(&alice, &twin);
    assert_eq!(choices.get(&MergeField::Notes), Some(&Pick::Both));
    choices.insert(MergeField::Organization, Pick::Second);
    let merged = merged_contact(&alice, &twin, &choices);
    assert_eq!(merged.id, alice.id);
    assert_eq!(merged.name, "Alice Martin");
    assert_eq!(merged.organization, "Acme SAS");
    assert_eq!(
        merged.emails,
        ["alice@acme.example", "alice.martin@gmail.com"]
    );
    assert_eq!(merged.phones, ["+33 6 12 34 56 78"]);
    assert_eq!(merged.tags, ["fintech", "payments"]);
    assert_eq!(merged.notes, "Met at VivaTech\n\nWants to move to Lyon");
    assert_eq!(merged.origin, Origin::LinkedIn(Some(day("2025-03-01"))));

    let merge = network.merge_of_contacts(merged, twin.id).unwrap();
    assert_eq!(
        (
            merge.encounters_moved,
            merge.introductions_moved,
            merge.introductions_dropped,
            merge.relations_moved,
            merge.relations_dropped,
            merge.origins_moved
        ),
        (2, 1, 1, 1, 2, 1)
    );
    assert_eq!(
        merge.summary().unwrap(),
        "Moving to the merged contact: 2 encounters, 1 introduction, 1 relation, 1 contact \
         they introduced. Dropped: 3 links between the two records or already recorded."
    );
    let undo = network.apply(merge.edit).unwrap();

    assert!(network.contact(twin.id).is_none());
    assert_eq!(network.contacts().len(), before.contacts().len() - 1);
    assert_eq!(network.encounters_with(alice.id).count(), 3);
    let event = network
        .encounters()
        .find(|e| e.kind == EncounterKind::Event)
        .unwrap();
    assert_eq!(event.participants.len(), 2, "listed once: {event:?}");
    let intro = network.introductions().next().unwrap();
    assert_eq!(intro.a, Person::Contact(alice.id));
    assert_eq!(network.introductions().len(), 1);
    assert_eq!(network.relations().len(), 2);
    assert!(network.relations().all(|r| r.a != r.b));
    let dan = network.contact_named("Dan Roy").unwrap();
    assert_eq!(dan.origin, Origin::IntroducedBy(Some(alice.id)));

    // One undo gives both records back, exactly.
    network.apply(undo).unwrap();
    assert_eq!(network, before);
}

#[test]
fn picking_the_second_record_and_refusing_nonsense() {
    let network = alice_twice();
    let alice = network.contact_named("Alice Martin").unwrap().clone();
    let twin = network.contact_named("Alice Martín").unwrap().clone();
    let choices = [
        (MergeField::Name, Pick::Second),
        (MergeField::Notes, Pick::First),
    ]
    .into_iter()
    .collect();
    let merged = merged_contact(&alice, &twin, &choices);
    assert_eq!(merged.name, "Alice Martín");
    assert_eq!(merged.notes, "Met at VivaTech");
    assert!(network.merge_of_contacts(merged.clone(), alice.id).is_err());
    assert!(network.merge_of_contacts(merged, ContactId(999)).is_err());
}

fn twice_in_a_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &alice_twice());
    (dir, path)
}

#[test]
fn in_the_app_ctrl_click_two_contacts_then_merge_with_a_choice_and_undo() {
    let (_dir, path) = twice_in_a_file();
    let mut harness = app_with_dialogs(path, ScriptedDialogs::default(), day("2026-11-28"));
    let before = harness.state().session().network().clone();
    harness
        .get_by_role_and_label(Role::Label, "Bob Dupont")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Label, "Alice Martin")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness
        .get_by_role_and_label(Role::Label, "Alice Martín")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("3 contacts selected");
    assert_eq!(harness.state().session().selected_contacts().len(), 3);
    // Merging needs exactly two: Ctrl+click Bob again to take him out.
    harness
        .get_by_role_and_label(Role::Label, "Bob Dupont")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("2 contacts selected");
    harness.get_by_label("Merge…").click();
    harness.run();
    harness.get_by_label("Merge two contacts");
    harness.get_by_label_contains("Moving to the merged contact: 2 encounters");
    harness
        .get_by_role_and_label(Role::RadioButton, "Acme SAS")
        .click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();

    let app = harness.state();
    let network = app.session().network();
    assert_eq!(network.contacts().len(), before.contacts().len() - 1);
    let alice = network.contact_named("Alice Martin").unwrap();
    assert_eq!(alice.organization, "Acme SAS");
    assert_eq!(alice.emails.len(), 2);
    assert_eq!(network.encounters_with(alice.id).count(), 3);
    assert_eq!(app.session().selected_contacts(), [alice.id]);
    assert!(
        app.status()
            .message
            .starts_with("Merged Alice Martín into Alice Martin."),
        "{:?}",
        app.status()
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().network(), &before);
}

#[test]
fn the_editor_points_out_a_likely_duplicate_and_merges_it() {
    let (_dir, path) = twice_in_a_file();
    let mut harness = app_with_dialogs(path, ScriptedDialogs::default(), day("2026-11-28"));
    harness.state_mut().select_by_name("Alice Martin");
    harness.run();
    harness.get_by_label("Maybe the same person as Alice Martín (same email)");
    harness.get_by_label("Merge…").click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    let network = harness.state().session().network();
    assert!(network.contact_named("Alice Martín").is_none());
    let alice = network.contact_named("Alice Martin").unwrap();
    // The first record's values are offered first; both notes are kept.
    assert_eq!(alice.organization, "Acme");
    assert!(alice.notes.contains("Lyon") && alice.notes.contains("VivaTech"));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Maybe the same person")
            .is_none()
    );
}

/// My project, with Bob reachable by email, and another project that shares Alice and Bob
/// and brings Dana and Erin.
fn two_projects() -> (Network, Network) {
    let mut mine = common::small_network();
    let bob_id = id_of(&mine, "Bob Dupont");
    let mut bob = mine.contact(bob_id).unwrap().clone();
    bob.emails = vec!["bob@dupont.example".into()];
    put(&mut mine, bob);

    let mut other = Network::new("Side project");
    let mut alice = Contact::new(other.allocate_contact_id(), "Alice M.");
    alice.emails = vec!["Alice@Acme.example".into()];
    alice.phones = vec!["+33 1 23 45 67 89".into()];
    let alice = put(&mut other, alice);
    let mut bob = Contact::new(other.allocate_contact_id(), "Bob Dupont");
    bob.emails = vec!["bob@dupont.example".into()];
    let bob = put(&mut other, bob);
    let mut dana = Contact::new(other.allocate_contact_id(), "Dana Smith");
    dana.organization = "Qonto".into();
    dana.origin = Origin::IntroducedBy(Some(alice));
    let dana = put(&mut other, dana);
    let erin = person(&mut other, "Erin Blake");
    // The same coffee as in my project (same day, kind, people, place, notes and trust, as
    // a copy of the project would have it): not copied twice.
    let id = other.allocate_encounter_id();
    let mut coffee = mine.encounters().next().unwrap().clone();
    coffee.id = id;
    coffee.participants = vec![alice, bob];
    other.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
    meet(
        &mut other,
        "2026-03-01",
        EncounterKind::Meal,
        vec![alice, dana],
    );
    introduce(
        &mut other,
        Person::Me,
        Person::Contact(dana),
        Person::Contact(erin),
    );
    relate(&mut other, alice, dana, RelationKind::Colleagues);
    (mine, other)
}

/// Two encounters of one day with the same people are two encounters when what they say
/// differs (issue 30: a second dinner the same day vanished in a merge).
#[test]
fn merging_keeps_a_second_encounter_of_the_same_day_and_people() {
    let mine = common::small_network();
    let mut other = mine.clone();
    let coffee = other.encounters().next().unwrap().clone();
    let mut dinner = coffee.clone();
    dinner.id = other.allocate_encounter_id();
    dinner.notes = "Dinner after the meetup: they offered to introduce me to Qonto.".into();
    other.apply(Edit::PutEncounter(Box::new(dinner))).unwrap();
    let merge = ProjectMerge::new(&mine, &other);
    assert_eq!(merge.encounters_added(), 1, "{}", merge.summary());
    assert_eq!(
        merge.already_here, 3,
        "the coffee, the introduction, the relation"
    );

    // A whole generated project into an empty file: every encounter arrives.
    let big = carnet::cli::generate::generate(2_000, 7, day("2026-11-28")).unwrap();
    let mut empty = Network::new("Empty");
    let edit = ProjectMerge::new(&empty, &big)
        .into_edit(&mut empty)
        .unwrap();
    empty.apply(edit).unwrap();
    assert_eq!(empty.encounters().len(), big.encounters().len());
}

#[test]
fn merging_a_project_matches_people_brings_records_and_never_duplicates() {
    let (mut mine, other) = two_projects();
    let before = mine.clone();
    let merge = ProjectMerge::new(&mine, &other);
    assert_eq!(merge.contacts.added.len(), 2);
    assert_eq!(merge.contacts.matched.len(), 2);
    assert_eq!(
        merge.contacts.updated().count(),
        1,
        "Alice's phone is filled"
    );
    assert_eq!(
        (
            merge.encounters_added(),
            merge.introductions_added(),
            merge.relations_added(),
            merge.already_here
        ),
        (1, 1, 1, 1)
    );
    let edit = merge.into_edit(&mut mine).unwrap();
    mine.apply(edit).unwrap();

    assert_eq!(mine.contacts().len(), before.contacts().len() + 2);
    let alice = mine.contact_named("Alice Martin").unwrap();
    assert_eq!(alice.phones, ["+33 1 23 45 67 89"]);
    assert_eq!(alice.name, "Alice Martin", "what I wrote stays");
    let dana = mine.contact_named("Dana Smith").unwrap();
    assert_eq!(dana.origin, Origin::IntroducedBy(Some(alice.id)));
    let lunch = mine
        .encounters()
        .find(|e| e.kind == EncounterKind::Meal)
        .unwrap();
    assert_eq!(lunch.participants, [alice.id, dana.id]);
    assert_eq!(mine.encounters().len(), before.encounters().len() + 1);
    assert_eq!(mine.introductions().len(), before.introductions().len() + 1);
    assert_eq!(mine.relations().len(), before.relations().len() + 1);

    // Merging the same project again brings nothing.
    let again = ProjectMerge::new(&mine, &other);
    assert!(again.changes_nothing(), "{}", again.summary());
    assert!(again.into_edit(&mut mine.clone()).is_none());

    // Into an empty project, everything comes across.
    let mut empty = Network::new("Empty");
    let edit = ProjectMerge::new(&empty, &other)
        .into_edit(&mut empty)
        .unwrap();
    empty.apply(edit).unwrap();
    assert_eq!(empty.contacts().len(), other.contacts().len());
    assert_eq!(empty.encounters().len(), other.encounters().len());
    assert_eq!(empty.introductions().len(), other.introductions().len());
    assert_eq!(empty.relations().len(), other.relations().len());
}

#[test]
fn the_command_line_merges_a_project_and_refuses_broken_ones() {
    let (mine, other) = two_projects();
    let dir = tempfile::tempdir().unwrap();
    let into = saved_network(dir.path(), &mine);
    let src = dir.path().join("side.ron");
    carnet::store::save(&other, &src).unwrap();
    let run = |src: &std::path::Path| {
        common::carnet()
            .arg("merge")
            .arg(src)
            .arg("--into")
            .arg(&into)
            .output()
            .unwrap()
    };
    let first = run(&src);
    assert!(first.status.success(), "{first:?}");
    let text = String::from_utf8_lossy(&first.stdout);
    assert!(
        text.starts_with("2 new contacts, 2 already here (1 with empty fields filled)"),
        "{text}"
    );
    assert!(text.contains("Saved"), "{text}");
    let merged = carnet::store::load(&into).unwrap();
    assert_eq!(merged.contacts().len(), mine.contacts().len() + 2);

    let second = run(&src);
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stdout).contains("Nothing to change"));

    // A broken file and the project itself: exit 1 with the reason, the project untouched.
    let before = std::fs::read(&into).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(format_version: 1, network: (name: \"x\", contacts: [(",
    )
    .unwrap();
    let refused = run(&broken);
    assert_eq!(refused.status.code(), Some(1));
    assert!(!refused.stderr.is_empty());
    let itself = run(&into);
    assert_eq!(itself.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&itself.stderr).contains("cannot be merged into itself"));
    assert_eq!(std::fs::read(&into).unwrap(), before);
}

#[test]
fn in_the_app_file_merge_project_previews_then_applies_as_one_undo_step() {
    let (mine, other) = two_projects();
    let dir = tempfile::tempdir().unwrap();
    let into = saved_network(dir.path(), &mine);
    let src = dir.path().join("side.ron");
    carnet::store::save(&other, &src).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "not a project").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(broken));
    dialogs.answer(DialogAnswer::Picked(src));
    let mut harness = app_with_dialogs(into, dialogs.clone(), day("2026-11-28"));
    let before = harness.state().session().network().clone();
    let merge_project = |harness: &mut egui_kittest::Harness<'_, carnet::App>| {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Merge project…").click();
        harness.run();
        harness.run();
    };

    merge_project(&mut harness);
    assert!(harness.state().status().is_error);
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Nothing merged"),
        "{:?}",
        harness.state().status()
    );
    assert_eq!(harness.state().session().network(), &before);

    merge_project(&mut harness);
    assert_eq!(
        dialogs.shown(),
        [DialogKind::MergeProject, DialogKind::MergeProject]
    );
    harness.get_by_label("Merge Side project (side.ron)");
    harness.get_by_label("2 new contacts, 2 already here (1 with empty fields to fill).");
    harness.get_by_label(
        "Brings 1 encounter, 1 introduction and 1 relation; 1 record already here is not copied.",
    );
    assert_eq!(harness.state().session().network(), &before);
    harness.get_by_label("Merge").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.contacts().len(), before.contacts().len() + 2);
    assert!(network.contact_named("Erin Blake").is_some());
    assert!(harness.state().session().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .network()
            .contacts()
            .eq(before.contacts())
    );
    assert!(!harness.state().session().is_dirty());
}
