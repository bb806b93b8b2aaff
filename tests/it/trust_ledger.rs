//! Trust comes from meeting in person; remote contact never lifts it above low.

use crate::common;

use carnet::analysis::{Summary, facts_by_contact, facts_for};
use carnet::model::{Contact, ContactId, Edit, Encounter, EncounterKind, Network, TrustLevel};
use common::day;

fn network_with(encounters: &[(&str, EncounterKind, Option<TrustLevel>)]) -> (Network, ContactId) {
    let mut network = Network::new("t");
    let id = network.allocate_contact_id();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(id, "Zoé"))))
        .unwrap();
    for (date, kind, trust) in encounters {
        let eid = network.allocate_encounter_id();
        network
            .apply(Edit::PutEncounter(Box::new(Encounter {
                id: eid,
                date: day(date),
                time: None,
                title: String::new(),
                place: String::new(),
                kind: *kind,
                participants: vec![id],
                notes: String::new(),
                aims: String::new(),
                trust: *trust,
                follow_ups: Vec::new(),
                asks: Vec::new(),
                told_goal: false,
            })))
            .unwrap();
    }
    (network, id)
}

#[test]
fn trust_is_that_of_the_latest_in_person_encounter() {
    let (network, id) = network_with(&[
        ("2025-01-01", EncounterKind::Coffee, Some(TrustLevel::High)),
        ("2025-06-01", EncounterKind::Meal, Some(TrustLevel::Medium)),
        ("2025-09-01", EncounterKind::Video, Some(TrustLevel::Full)),
    ]);
    let facts = facts_for(&network, id, day("2026-01-01"));
    assert_eq!(facts.trust, TrustLevel::Medium);
    assert!(facts.met_in_person());
    assert_eq!(facts.in_person_count, 2);
    assert_eq!(facts.last_in_person, Some(day("2025-06-01")));
    assert_eq!(facts.last_encounter, Some(day("2025-09-01")));
}

#[test]
fn remote_encounters_never_lift_trust_above_low() {
    let (network, id) = network_with(&[
        ("2025-01-01", EncounterKind::Call, Some(TrustLevel::Full)),
        ("2025-02-01", EncounterKind::Message, Some(TrustLevel::High)),
    ]);
    let facts = facts_for(&network, id, day("2026-01-01"));
    assert_eq!(facts.trust, TrustLevel::Low);
    assert!(
        !facts.met_in_person(),
        "calls do not make someone met in person"
    );
}

#[test]
fn a_planned_meeting_counts_only_once_it_happened() {
    let (network, id) =
        network_with(&[("2026-03-01", EncounterKind::Coffee, Some(TrustLevel::High))]);
    let before = facts_for(&network, id, day("2026-02-01"));
    assert!(!before.met_in_person());
    assert_eq!(before.trust, TrustLevel::None);
    assert_eq!(before.next_planned, Some(day("2026-03-01")));
    let after = facts_for(&network, id, day("2026-03-02"));
    assert!(after.met_in_person());
    assert_eq!(after.trust, TrustLevel::High);
}

#[test]
fn the_one_pass_facts_agree_with_the_per_contact_facts() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let today = day("2026-11-27");
    let all = facts_by_contact(&network, today);
    for contact in network.contacts() {
        let one = facts_for(&network, contact.id, today);
        assert_eq!(
            all.get(&contact.id).copied().unwrap_or_default(),
            one,
            "{}",
            contact.name
        );
    }
    let summary = Summary::of(&network, today);
    assert!(summary.met_in_person > 0 && summary.met_in_person < summary.contacts);
}
