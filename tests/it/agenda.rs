//! The agenda queries, warmth, the preparation sheet and `carnet prep`, on fixed dates.

use crate::common;

use carnet::analysis::{Agenda, PrepSheet, facts_for};
use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterDraft, EncounterKind, FollowUp, Network, Origin,
    Promiser, TrustLevel,
};
use chrono::NaiveDate;
use common::day;

fn today() -> NaiveDate {
    day("2026-06-01")
}

fn add_contact(network: &mut Network, name: &str, change: impl FnOnce(&mut Contact)) -> ContactId {
    let id = network.allocate_contact_id();
    let mut contact = Contact::new(id, name);
    change(&mut contact);
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    id
}

fn meet(
    network: &mut Network,
    date: &str,
    kind: EncounterKind,
    who: &[ContactId],
    trust: Option<TrustLevel>,
    follow_ups: Vec<FollowUp>,
) {
    let id = network.allocate_encounter_id();
    let mut encounter = Encounter::new(id, day(date), kind, who.to_vec());
    encounter.trust = trust;
    encounter.follow_ups = follow_ups;
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
}

fn promise(by: Promiser, what: &str, due: Option<&str>, done: bool) -> FollowUp {
    FollowUp {
        by,
        what: what.to_owned(),
        due: due.map(day),
        done,
    }
}

#[test]
fn planned_meetings_are_those_ahead_soonest_first() {
    let mut network = Network::new("t");
    let a = add_contact(&mut network, "A", |_| {});
    meet(
        &mut network,
        "2026-06-20",
        EncounterKind::Meal,
        &[a],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-06-02",
        EncounterKind::Coffee,
        &[a],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-06-01",
        EncounterKind::Coffee,
        &[a],
        None,
        vec![],
    );
    let agenda = Agenda::of(&network, today());
    let dates: Vec<NaiveDate> = agenda.planned.iter().map(|p| p.date).collect();
    assert_eq!(dates, vec![day("2026-06-02"), day("2026-06-20")]);
}

#[test]
fn follow_ups_due_within_a_week_or_overdue_and_not_done() {
    let mut network = Network::new("t");
    let a = add_contact(&mut network, "A", |_| {});
    meet(
        &mut network,
        "2026-05-01",
        EncounterKind::Coffee,
        &[a],
        None,
        vec![
            promise(Promiser::Me, "overdue", Some("2026-05-20"), false),
            promise(Promiser::Them, "in three days", Some("2026-06-04"), false),
            promise(Promiser::Me, "in ten days", Some("2026-06-11"), false),
            promise(Promiser::Me, "done already", Some("2026-05-10"), true),
            promise(Promiser::Me, "no due date", None, false),
        ],
    );
    let agenda = Agenda::of(&network, today());
    let listed: Vec<(&str, bool)> = agenda
        .follow_ups
        .iter()
        .map(|f| (f.what.as_str(), f.is_overdue(today())))
        .collect();
    assert_eq!(listed, vec![("overdue", true), ("in three days", false)]);
    assert_eq!(agenda.overdue_count(today()), 1);
}

#[test]
fn keep_in_touch_counts_from_the_last_real_encounter_only() {
    let mut network = Network::new("t");
    let cadence = |c: &mut Contact| c.keep_in_touch_days = Some(30);
    let late = add_contact(&mut network, "Late", cadence);
    let recent = add_contact(&mut network, "Recent", cadence);
    let never = add_contact(&mut network, "Never", cadence);
    let planned = add_contact(&mut network, "Planned", cadence);
    let called = add_contact(&mut network, "Called", cadence);
    let no_cadence = add_contact(&mut network, "No cadence", |_| {});
    meet(
        &mut network,
        "2026-04-22",
        EncounterKind::Coffee,
        &[late],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-05-20",
        EncounterKind::Coffee,
        &[recent],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-01-01",
        EncounterKind::Coffee,
        &[planned],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-06-10",
        EncounterKind::Coffee,
        &[planned],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-01-01",
        EncounterKind::Coffee,
        &[called],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-05-25",
        EncounterKind::Call,
        &[called],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2025-01-01",
        EncounterKind::Coffee,
        &[no_cadence],
        None,
        vec![],
    );

    // Editing a contact does not reset the clock: only encounters do.
    let mut edited = network.contact(late).unwrap().clone();
    edited.notes = "Edited today".to_owned();
    network.apply(Edit::PutContact(Box::new(edited))).unwrap();

    let agenda = Agenda::of(&network, today());
    let listed: Vec<(ContactId, Option<i64>)> = agenda
        .keep_in_touch
        .iter()
        .map(|k| (k.contact, k.days_overdue))
        .collect();
    // Never in touch first, then Late: 40 days since 2026-04-22, 10 past the cadence.
    assert_eq!(listed, vec![(never, None), (late, Some(10))]);
    assert!(
        !listed
            .iter()
            .any(|(id, _)| [recent, planned, called].contains(id))
    );
}

#[test]
fn online_only_contacts_introduced_by_someone_trusted_are_worth_meeting() {
    let mut network = Network::new("t");
    let trusted = add_contact(&mut network, "Trusted", |_| {});
    let barely = add_contact(&mut network, "Barely known", |_| {});
    meet(
        &mut network,
        "2026-05-01",
        EncounterKind::Meal,
        &[trusted],
        Some(TrustLevel::High),
        vec![],
    );
    meet(
        &mut network,
        "2026-05-01",
        EncounterKind::Coffee,
        &[barely],
        Some(TrustLevel::Low),
        vec![],
    );
    let vouched = add_contact(&mut network, "Vouched", |c| {
        c.origin = Origin::IntroducedBy(Some(trusted));
    });
    let weakly = add_contact(&mut network, "Weakly vouched", |c| {
        c.origin = Origin::IntroducedBy(Some(barely));
    });
    let already_met = add_contact(&mut network, "Already met", |c| {
        c.origin = Origin::IntroducedBy(Some(trusted));
    });
    meet(
        &mut network,
        "2026-05-05",
        EncounterKind::Coffee,
        &[already_met],
        None,
        vec![],
    );
    let agenda = Agenda::of(&network, today());
    let worth: Vec<ContactId> = agenda.worth_meeting.iter().map(|w| w.contact).collect();
    assert_eq!(worth, vec![vouched]);
    assert_eq!(agenda.worth_meeting[0].vouched_by, trusted);
    assert!(!worth.contains(&weakly));
}

#[test]
fn warmth_fades_with_time_and_in_person_counts_most() {
    let mut network = Network::new("t");
    let today_met = add_contact(&mut network, "Today", |_| {});
    let half_year = add_contact(&mut network, "Half a year", |_| {});
    let called = add_contact(&mut network, "Called today", |_| {});
    let never = add_contact(&mut network, "Never", |_| {});
    meet(
        &mut network,
        "2026-06-01",
        EncounterKind::Coffee,
        &[today_met],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2025-12-03",
        EncounterKind::Coffee,
        &[half_year],
        None,
        vec![],
    );
    meet(
        &mut network,
        "2026-06-01",
        EncounterKind::Video,
        &[called],
        None,
        vec![],
    );
    let warmth = |id| facts_for(&network, id, today()).warmth(today());
    assert!((warmth(today_met) - 1.0).abs() < 1e-6);
    assert!(
        (warmth(half_year) - 0.5).abs() < 0.01,
        "{}",
        warmth(half_year)
    );
    assert!((warmth(called) - 0.5).abs() < 1e-6);
    assert_eq!(warmth(never), 0.0);
}

#[test]
fn the_preparation_sheet_says_how_we_met_what_is_owed_and_whom_we_both_know() {
    let mut network = common::small_network();
    let alice = network.contact_named("Alice Martin").unwrap().id;
    let bob = network.contact_named("Bob Dupont").unwrap().id;
    let mut bob_contact = network.contact(bob).unwrap().clone();
    bob_contact.origin = Origin::IntroducedBy(Some(alice));
    network
        .apply(Edit::PutContact(Box::new(bob_contact)))
        .unwrap();
    meet(
        &mut network,
        "2026-04-01",
        EncounterKind::Meeting,
        &[bob],
        Some(TrustLevel::Medium),
        vec![
            promise(Promiser::Me, "Send my CV", Some("2026-04-10"), false),
            promise(Promiser::Them, "Ask their manager", None, false),
            promise(Promiser::Them, "Kept already", None, true),
        ],
    );
    meet(
        &mut network,
        "2026-07-01",
        EncounterKind::Meal,
        &[bob],
        None,
        vec![],
    );

    let sheet = PrepSheet::for_contact(&network, bob, today()).unwrap();
    assert!(
        sheet.how_we_met.starts_with("Introduced by Alice Martin"),
        "{}",
        sheet.how_we_met
    );
    assert_eq!(sheet.recent.len(), 2);
    assert!(sheet.recent[0].heading.starts_with("1 Apr 2026 · Meeting"));
    assert!(
        sheet
            .next
            .as_ref()
            .unwrap()
            .heading
            .starts_with("1 Jul 2026 · Meal")
    );
    assert_eq!(sheet.my_promises.len(), 1);
    assert_eq!(sheet.their_promises.len(), 1);
    let alice_mutual = sheet.mutual.iter().find(|m| m.contact == alice).unwrap();
    assert_eq!(alice_mutual.link, "introduced us");
    assert_eq!(alice_mutual.trust, TrustLevel::High);

    let markdown = sheet.to_markdown(1);
    for expected in [
        "# Preparing to meet Bob Dupont",
        "**Project goal:** Find a job",
        "- How we met: Introduced by Alice Martin",
        "- I promised: Send my CV (on 1 Apr 2026, due 10 Apr 2026)",
        "- They promised: Ask their manager (on 1 Apr 2026)",
        "- Alice Martin (introduced us; my trust high)",
        "- Next meeting: 1 Jul 2026 · Meal (planned)",
    ] {
        assert!(
            markdown.contains(expected),
            "missing {expected:?} in\n{markdown}"
        );
    }
    assert!(!markdown.contains("Kept already"));
}

#[test]
fn carnet_prep_finds_the_contact_by_part_of_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    carnet::store::save(&common::small_network(), &path).unwrap();
    let markdown = carnet::cli::prep(&path, "carol lefevre", None, None).unwrap();
    assert!(
        markdown.starts_with("# Preparing to meet Carol Lefèvre"),
        "{markdown}"
    );
    assert!(markdown.contains("Online only: never met in person"));
    assert!(carnet::cli::prep(&path, "alice", None, None).is_ok());
    let none = carnet::cli::prep(&path, "Zed", None, None).unwrap_err();
    assert!(none.contains("No contact is named \"Zed\""), "{none}");
    let ambiguous = carnet::cli::prep(&path, "o", None, None).unwrap_err();
    assert!(ambiguous.contains("could be 2 contacts"), "{ambiguous}");
}

#[test]
fn a_draft_with_new_people_adds_them_with_the_encounter_in_one_edit() {
    let mut network = common::small_network();
    let alice = network.contact_named("Alice Martin").unwrap().id;
    let contacts_before = network.contacts().len();
    let draft = EncounterDraft {
        editing: None,
        encounter: Encounter::new(
            Default::default(),
            day("2026-05-01"),
            EncounterKind::Event,
            vec![alice],
        ),
        new_people: vec!["Nina Petit".to_owned(), " Omar Said ".to_owned()],
        referrals: Vec::new(),
    };
    let (id, edit) = draft.into_edit(&mut network);
    let undo = network.apply(edit).unwrap();
    let encounter = network.encounter(id).unwrap();
    assert_eq!(encounter.participants.len(), 3);
    assert!(network.contact_named("Omar Said").is_some());
    network.apply(undo).unwrap();
    assert_eq!(network.contacts().len(), contacts_before);
    assert!(network.encounter(id).is_none());
}

/// Issue 32, item 16: "Time to see again" starts with the people most worth seeing now —
/// a trusted friend just past their cadence — not with a tie let go since 2020.
#[test]
fn time_to_see_again_starts_with_who_is_most_worth_seeing_now() {
    let mut network = Network::new("t");
    let cadence = |c: &mut Contact| c.keep_in_touch_days = Some(30);
    let long_gone = add_contact(&mut network, "Since 2020", cadence);
    let trusted = add_contact(&mut network, "Trusted friend", cadence);
    let medium = add_contact(&mut network, "Met last winter", cadence);
    meet(
        &mut network,
        "2020-03-01",
        EncounterKind::Coffee,
        &[long_gone],
        Some(TrustLevel::Low),
        vec![],
    );
    meet(
        &mut network,
        "2026-04-20",
        EncounterKind::Meal,
        &[trusted],
        Some(TrustLevel::Full),
        vec![],
    );
    meet(
        &mut network,
        "2026-01-10",
        EncounterKind::Coffee,
        &[medium],
        Some(TrustLevel::Medium),
        vec![],
    );
    let order: Vec<ContactId> = Agenda::of(&network, today())
        .keep_in_touch
        .iter()
        .map(|k| k.contact)
        .collect();
    assert_eq!(order, vec![trusted, medium, long_gone]);
}
