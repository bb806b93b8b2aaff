//! Every document command, carried out on a bare session — no window, no egui: what it
//! changes, what it says, that it is one undo step, and what it refuses.

use crate::common;

use carnet::import::{Format, ImportPlan, ProjectMerge};
use carnet::model::{
    Contact, ContactId, Encounter, EncounterDraft, EncounterKind, FollowUp, IntroStatus,
    IntroductionId, Lens, Network, Person, Position, Promiser,
};
use carnet::session::{Command, CommandError, IntroText, Outcome, Session};
use chrono::NaiveDate;
use common::{day, id_of};

fn today() -> NaiveDate {
    day("2026-03-01")
}

/// The small network (Alice and Bob met in person with high trust; Carol never met), open
/// in a session.
fn session() -> Session {
    Session::with_network(common::small_network(), None)
}

fn run(session: &mut Session, command: Command) -> Outcome {
    session.execute(command, today(), 0.0).unwrap()
}

fn said(outcome: &Outcome) -> &str {
    outcome.message.as_deref().unwrap_or("")
}

/// What a user sees of a network: the project and every record (ids are never reused, so
/// the id counter is not part of it).
fn records(network: &Network) -> impl PartialEq + std::fmt::Debug {
    (
        network.project(),
        network.contacts().cloned().collect::<Vec<_>>(),
        network.encounters().cloned().collect::<Vec<_>>(),
        network.introductions().cloned().collect::<Vec<_>>(),
        network.relations().cloned().collect::<Vec<_>>(),
    )
}

/// Undoes the latest step and checks the network is back to `before`.
fn undo_restores(session: &mut Session, before: &Network) {
    let undone = run(session, Command::Undo);
    assert!(said(&undone).starts_with("Undid"), "{undone:?}");
    assert_eq!(
        records(session.network()),
        records(before),
        "one undo step takes it all back"
    );
}

fn contact(session: &Session, name: &str) -> ContactId {
    id_of(session.network(), name)
}

fn only_introduction(session: &Session, a: ContactId, b: ContactId) -> IntroductionId {
    let found: Vec<_> = session
        .network()
        .introductions()
        .filter(|i| i.a == Person::Contact(a) && i.b == Person::Contact(b))
        .collect();
    assert_eq!(found.len(), 1, "one introduction of {a} to {b}");
    found[0].id
}

#[test]
fn undo_and_redo_say_what_moved_and_nothing_when_there_is_nothing() {
    let mut session = session();
    assert_eq!(said(&run(&mut session, Command::Undo)), "Nothing to undo");
    assert!(!run(&mut session, Command::Undo).changed);
    run(&mut session, Command::AddContact);
    let undone = run(&mut session, Command::Undo);
    assert_eq!(said(&undone), "Undid add contact");
    let redone = run(&mut session, Command::Redo);
    assert_eq!(said(&redone), "Redid add contact");
    assert!(session.network().contact_named("New contact").is_some());
    assert_eq!(said(&run(&mut session, Command::Redo)), "Nothing to redo");
}

#[test]
fn adding_a_contact_selects_it_ready_to_be_named() {
    let mut session = session();
    let before = session.network().clone();
    let outcome = run(&mut session, Command::AddContact);
    assert_eq!(said(&outcome), "Added a contact: type their name");
    let added = contact(&session, "New contact");
    assert_eq!(session.selection, Some(added));
    assert!(session.is_dirty());
    undo_restores(&mut session, &before);
}

#[test]
fn typing_in_a_field_is_one_step_per_burst_and_says_nothing() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    for (time, notes) in [(0.0, "M"), (0.2, "Me"), (0.4, "Met at Flore")] {
        let mut changed = session.network().contact(alice).unwrap().clone();
        changed.notes = notes.to_owned();
        let outcome = session
            .execute(
                Command::UpdateContact {
                    contact: Box::new(changed),
                    field: carnet::session::Field::Notes,
                },
                today(),
                time,
            )
            .unwrap();
        assert_eq!(outcome.message, None);
        assert!(outcome.changed);
    }
    assert_eq!(
        session.network().contact(alice).unwrap().notes,
        "Met at Flore"
    );
    assert_eq!(session.history().undo_label(), Some("edit notes"));
    undo_restores(&mut session, &before);
}

#[test]
fn deleting_a_contact_says_what_went_with_them() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    session.select(Some(alice));
    let outcome = run(&mut session, Command::DeleteContact(alice));
    assert!(
        said(&outcome).starts_with("Deleted Alice Martin."),
        "{outcome:?}"
    );
    assert!(session.network().contact(alice).is_none());
    assert_eq!(
        session.selection, None,
        "the deleted contact is no longer selected"
    );
    undo_restores(&mut session, &before);
    assert_eq!(
        session.execute(Command::DeleteContact(ContactId(999)), today(), 0.0),
        Err(CommandError::Gone("gone-contact"))
    );
}

#[test]
fn pinning_and_unpinning_a_contact() {
    let mut session = session();
    let before = session.network().clone();
    let bob = contact(&session, "Bob Dupont");
    let at = Some(Position { x: 120.0, y: -40.0 });
    run(
        &mut session,
        Command::PinContact {
            id: bob,
            position: at,
        },
    );
    assert_eq!(session.network().contact(bob).unwrap().pinned, at);
    assert_eq!(session.history().undo_label(), Some("pin on the map"));
    run(
        &mut session,
        Command::PinContact {
            id: bob,
            position: None,
        },
    );
    assert_eq!(session.network().contact(bob).unwrap().pinned, None);
    assert_eq!(session.history().undo_label(), Some("unpin"));
    run(&mut session, Command::Undo);
    undo_restores(&mut session, &before);
}

#[test]
fn merging_two_contacts_keeps_one_and_selects_it() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    let carol = contact(&session, "Carol Lefèvre");
    let mut merged = session.network().contact(alice).unwrap().clone();
    merged.notes = "Also known as Carol".to_owned();
    let outcome = run(
        &mut session,
        Command::MergeContacts {
            merged: Box::new(merged),
            absorbed: carol,
        },
    );
    assert!(
        said(&outcome).starts_with("Merged Carol Lefèvre into Alice Martin."),
        "{outcome:?}"
    );
    assert!(session.network().contact(carol).is_none());
    assert_eq!(session.selection, Some(alice));
    undo_restores(&mut session, &before);

    let ghost = Contact::new(ContactId(999), "Nobody");
    let refused = session.execute(
        Command::MergeContacts {
            merged: Box::new(ghost),
            absorbed: carol,
        },
        today(),
        0.0,
    );
    assert!(
        matches!(refused, Err(CommandError::NotMerged(_))),
        "{refused:?}"
    );
    assert_eq!(
        session.network(),
        &before,
        "a refused merge changes nothing"
    );
}

#[test]
fn editing_the_project_and_its_lenses() {
    let mut session = session();
    let before = session.network().clone();
    let mut project = session.network().project();
    project.goal = "Join a fintech in Lyon".to_owned();
    run(
        &mut session,
        Command::UpdateProject {
            project: Box::new(project),
            field: carnet::session::Field::Goal,
        },
    );
    assert_eq!(session.network().goal, "Join a fintech in Lyon");

    let lens = Lens {
        name: "  Acme push ".to_owned(),
        filter: Default::default(),
        focus: None,
    };
    run(&mut session, Command::SaveLens(lens));
    assert_eq!(session.history().undo_label(), Some("save lens Acme push"));
    assert_eq!(session.network().lenses.len(), 1);
    run(&mut session, Command::DeleteLens("acme push".to_owned()));
    assert!(
        session.network().lenses.is_empty(),
        "names match ignoring case"
    );
    run(&mut session, Command::Undo);
    run(&mut session, Command::Undo);
    undo_restores(&mut session, &before);
}

fn coffee_with(people: Vec<ContactId>, date: NaiveDate) -> Encounter {
    let mut encounter = Encounter::new(Default::default(), date, EncounterKind::Coffee, people);
    encounter.follow_ups = vec![FollowUp {
        by: Promiser::Me,
        what: "Send the deck".to_owned(),
        due: None,
        done: false,
    }];
    encounter
}

#[test]
fn logging_an_encounter_adds_the_new_people_in_the_same_step() {
    let mut session = session();
    let before = session.network().clone();
    let bob = contact(&session, "Bob Dupont");
    let draft = EncounterDraft {
        editing: None,
        encounter: coffee_with(vec![bob], day("2026-02-27")),
        new_people: vec!["Dana Kim".to_owned()],
        referrals: Vec::new(),
    };
    let outcome = run(&mut session, Command::SaveEncounter(Box::new(draft)));
    assert_eq!(said(&outcome), "Encounter logged. Added 1 new contact.");
    let dana = contact(&session, "Dana Kim");
    assert!(
        session
            .network()
            .encounters()
            .any(|e| e.participants.contains(&dana) && e.participants.contains(&bob))
    );
    undo_restores(&mut session, &before);

    let planned = EncounterDraft {
        editing: None,
        encounter: coffee_with(vec![bob], day("2026-03-09")),
        new_people: Vec::new(),
        referrals: Vec::new(),
    };
    let outcome = run(&mut session, Command::SaveEncounter(Box::new(planned)));
    assert_eq!(said(&outcome), "Meeting planned: it is in the Agenda.");
    assert_eq!(session.history().undo_label(), Some("plan meeting"));
}

#[test]
fn follow_ups_are_marked_done_and_encounters_deleted() {
    let mut session = session();
    let bob = contact(&session, "Bob Dupont");
    let draft = EncounterDraft {
        editing: None,
        encounter: coffee_with(vec![bob], day("2026-02-27")),
        new_people: Vec::new(),
        referrals: Vec::new(),
    };
    run(&mut session, Command::SaveEncounter(Box::new(draft)));
    let logged = session.network().clone();
    let id = session
        .network()
        .encounters()
        .find(|e| e.date == day("2026-02-27"))
        .unwrap()
        .id;

    let outcome = run(
        &mut session,
        Command::SetFollowUpDone {
            encounter: id,
            index: 0,
            done: true,
        },
    );
    assert_eq!(said(&outcome), "Done: \"Send the deck\"");
    assert!(session.network().encounter(id).unwrap().follow_ups[0].done);
    undo_restores(&mut session, &logged);
    assert_eq!(
        session.execute(
            Command::SetFollowUpDone {
                encounter: id,
                index: 5,
                done: true
            },
            today(),
            0.0
        ),
        Err(CommandError::Gone("gone-follow-up"))
    );

    let outcome = run(&mut session, Command::DeleteEncounter(id));
    assert_eq!(
        said(&outcome),
        "Deleted the encounter of 27 Feb 2026 (Ctrl+Z brings it back)"
    );
    assert!(session.network().encounter(id).is_none());
    undo_restores(&mut session, &logged);
}

#[test]
fn an_introduction_is_planned_only_through_the_trust_gate_or_with_a_reason() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    let bob = contact(&session, "Bob Dupont");
    let carol = contact(&session, "Carol Lefèvre");

    let outcome = run(
        &mut session,
        Command::PlanIntroduction {
            a: alice,
            b: bob,
            override_reason: None,
        },
    );
    assert_eq!(
        said(&outcome),
        "Planned: introduce Alice Martin to Bob Dupont. It is in the Introductions tab."
    );
    let planned = only_introduction(&session, alice, bob);
    let intro = session.network().introduction(planned).unwrap();
    assert_eq!(intro.introducer, Person::Me);
    assert_eq!(intro.status(), IntroStatus::Planned);
    assert_eq!(intro.steps[0].date, today());
    undo_restores(&mut session, &before);

    // Carol was never met in person: refused, and it says why.
    let refused = session.execute(
        Command::PlanIntroduction {
            a: bob,
            b: carol,
            override_reason: Some("   ".to_owned()),
        },
        today(),
        0.0,
    );
    let Err(CommandError::GateFailed(reasons)) = &refused else {
        panic!("the gate should fail: {refused:?}");
    };
    assert!(
        reasons.iter().any(|r| r.contains("Carol Lefèvre")),
        "{reasons:?}"
    );
    assert!(
        refused
            .unwrap_err()
            .to_string()
            .starts_with("Not planned: ")
    );
    assert_eq!(records(session.network()), records(&before));

    // With a reason written, it goes ahead and the reason is kept.
    run(
        &mut session,
        Command::PlanIntroduction {
            a: bob,
            b: carol,
            override_reason: Some("Carol asked me directly".to_owned()),
        },
    );
    let overridden = only_introduction(&session, bob, carol);
    assert_eq!(
        session
            .network()
            .introduction(overridden)
            .unwrap()
            .gate_override
            .as_deref(),
        Some("Carol asked me directly")
    );
}

#[test]
fn a_warm_path_becomes_planned_introductions_in_one_step() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    let carol = contact(&session, "Carol Lefèvre");
    let bob = contact(&session, "Bob Dupont");
    let outcome = run(
        &mut session,
        Command::PlanPath(vec![(alice, carol), (carol, bob)]),
    );
    assert_eq!(
        said(&outcome),
        "Planned 2 introductions along the path: ask each introducer in turn."
    );
    let by_alice = session
        .network()
        .introductions()
        .find(|i| i.introducer == Person::Contact(alice) && i.b == Person::Contact(carol))
        .unwrap();
    assert_eq!(by_alice.a, Person::Me);
    assert_eq!(by_alice.notes, "From a warm path");
    undo_restores(&mut session, &before);
    let nothing = run(&mut session, Command::PlanPath(Vec::new()));
    assert!(!nothing.changed);
}

#[test]
fn an_introduction_moves_along_its_pipeline_and_keeps_its_texts() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    let carol = contact(&session, "Carol Lefèvre");
    let id = only_introduction(&session, alice, carol);

    let outcome = run(
        &mut session,
        Command::SetIntroductionStatus {
            id,
            status: IntroStatus::Asked,
        },
    );
    assert!(said(&outcome).starts_with("Introduction: "), "{outcome:?}");
    let intro = session.network().introduction(id).unwrap();
    assert_eq!(intro.status(), IntroStatus::Asked);
    assert_eq!(intro.steps.last().unwrap().date, today());
    let again = run(
        &mut session,
        Command::SetIntroductionStatus {
            id,
            status: IntroStatus::Asked,
        },
    );
    assert!(!again.changed, "the status it already has adds no step");
    undo_restores(&mut session, &before);

    for (time, text) in [(0.0, "Lunch"), (0.3, "Lunch at Flore")] {
        session
            .execute(
                Command::SetIntroductionText {
                    id,
                    field: IntroText::Outcome,
                    text: text.to_owned(),
                },
                today(),
                time,
            )
            .unwrap();
    }
    assert_eq!(
        session.network().introduction(id).unwrap().outcome,
        "Lunch at Flore"
    );
    assert_eq!(
        session.history().undo_label(),
        Some("edit the introduction's outcome")
    );
    undo_restores(&mut session, &before);
}

const VCARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nORG:Alan\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alice Martin\r\nORG:Acme\r\nTITLE:CFO\r\nEND:VCARD\r\n";

#[test]
fn an_import_is_one_step_and_a_second_one_brings_nothing() {
    let mut session = session();
    let before = session.network().clone();
    let plan = || {
        let parsed = Format::VCard.parse(VCARDS.as_bytes()).unwrap();
        ImportPlan::new(session.network(), parsed)
    };
    let first = plan();
    let outcome = run(
        &mut session,
        Command::Import {
            source: "phone.vcf".to_owned(),
            plan: Box::new(first),
        },
    );
    assert_eq!(
        said(&outcome),
        "Imported 1 new contact, filled empty fields of 1 (Ctrl+Z takes it all back)"
    );
    assert_eq!(
        session
            .network()
            .contact(contact(&session, "Alice Martin"))
            .unwrap()
            .role,
        "CFO"
    );
    assert_eq!(
        session.history().undo_label(),
        Some("import from phone.vcf")
    );
    let again = {
        let parsed = Format::VCard.parse(VCARDS.as_bytes()).unwrap();
        ImportPlan::new(session.network(), parsed)
    };
    let nothing = run(
        &mut session,
        Command::Import {
            source: "phone.vcf".to_owned(),
            plan: Box::new(again),
        },
    );
    assert_eq!(
        said(&nothing),
        "Nothing to import: everyone is already here"
    );
    assert!(!nothing.changed);
    undo_restores(&mut session, &before);
}

#[test]
fn merging_another_project_is_one_step() {
    let mut session = session();
    let before = session.network().clone();
    let mut other = Network::new("Lyon trip");
    let dana = other.allocate_contact_id();
    other
        .apply(carnet::model::Edit::PutContact(Box::new(Contact::new(
            dana, "Dana Kim",
        ))))
        .unwrap();
    let merge = ProjectMerge::new(session.network(), &other);
    let outcome = run(
        &mut session,
        Command::MergeProject {
            source: "Lyon trip (lyon.ron)".to_owned(),
            merge: Box::new(merge),
        },
    );
    assert_eq!(
        said(&outcome),
        "Merged Lyon trip (lyon.ron): 1 new contact, 0 encounters, 0 introductions and 0 \
         relations (Ctrl+Z takes it all back)"
    );
    assert!(session.network().contact_named("Dana Kim").is_some());
    undo_restores(&mut session, &before);
}

#[test]
fn an_introduction_already_under_way_is_not_planned_twice() {
    let mut session = session();
    let before = session.network().clone();
    let alice = contact(&session, "Alice Martin");
    let carol = contact(&session, "Carol Lefèvre");
    let open = only_introduction(&session, alice, carol);
    // In either order, and even with a reason to pass the gate.
    let refused = session.execute(
        Command::PlanIntroduction {
            a: carol,
            b: alice,
            override_reason: Some("They asked".to_owned()),
        },
        today(),
        0.0,
    );
    let Err(error @ CommandError::AlreadyUnderWay { id, .. }) = &refused else {
        panic!("refused as a duplicate: {refused:?}");
    };
    assert_eq!(*id, open);
    assert_eq!(
        error.to_string(),
        "Not planned: the introduction of Alice Martin to Carol Lefèvre is already under way \
         (planned since 1 Feb 2026). It is in the Introductions tab."
    );
    assert_eq!(records(session.network()), records(&before));

    // Once it has ended, a new one can be planned.
    run(
        &mut session,
        Command::SetIntroductionStatus {
            id: open,
            status: IntroStatus::Dropped,
        },
    );
    run(
        &mut session,
        Command::PlanIntroduction {
            a: carol,
            b: alice,
            override_reason: Some("They asked again".to_owned()),
        },
    );
    assert_eq!(session.network().introductions().len(), 2);
}
