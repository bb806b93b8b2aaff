//! The rules that keep a network consistent, and undo through inverse edits.

use crate::common;

use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, IntroStatus, IntroStep, Introduction,
    ModelError, Network, Origin, Person,
};
use common::{day, small_network};

#[test]
fn ids_are_never_reused() {
    let mut network = small_network();
    let last = network.contacts().map(|c| c.id).max().unwrap();
    let removal = network.removal_of_contact(last).unwrap();
    network.apply(removal.edit).unwrap();
    let fresh = network.allocate_contact_id();
    assert!(fresh > last, "a deleted contact's id must not come back");
}

#[test]
fn a_reference_to_a_missing_contact_is_refused() {
    let mut network = small_network();
    let before = network.clone();
    let id = network.allocate_encounter_id();
    let error = network
        .apply(Edit::PutEncounter(Box::new(Encounter {
            id,
            date: day("2026-03-01"),
            time: None,
            title: String::new(),
            place: String::new(),
            kind: EncounterKind::Call,
            participants: vec![ContactId(999)],
            notes: String::new(),
            aims: String::new(),
            trust: None,
            follow_ups: Vec::new(),
            asks: Vec::new(),
            told_goal: false,
        })))
        .unwrap_err();
    assert_eq!(error, ModelError::MissingContact(ContactId(999)));
    assert_eq!(network.encounters().len(), before.encounters().len());
}

#[test]
fn nobody_is_introduced_to_themselves() {
    let mut network = small_network();
    let alice = network.contact_named("Alice Martin").unwrap().id;
    let id = network.allocate_introduction_id();
    let intro = Introduction {
        id,
        introducer: Person::Me,
        a: Person::Contact(alice),
        b: Person::Contact(alice),
        steps: vec![IntroStep {
            status: IntroStatus::Planned,
            date: day("2026-01-01"),
        }],
        notes: String::new(),
        outcome: String::new(),
        gate_override: None,
        thanked: None,
    };
    assert_eq!(
        network.apply(Edit::PutIntroduction(Box::new(intro.clone()))),
        Err(ModelError::SelfIntroduction(id))
    );
    let by_alice = Introduction {
        introducer: Person::Contact(alice),
        b: Person::Me,
        ..intro
    };
    assert_eq!(
        network.apply(Edit::PutIntroduction(Box::new(by_alice))),
        Err(ModelError::SelfIntroduction(id))
    );
}

#[test]
fn a_contact_still_referred_to_cannot_be_removed_alone() {
    let mut network = small_network();
    let alice = network.contact_named("Alice Martin").unwrap().id;
    assert_eq!(
        network.apply(Edit::RemoveContact(alice)),
        Err(ModelError::StillReferenced(alice))
    );
}

#[test]
fn deleting_a_contact_says_what_goes_with_it_and_undoes_whole() {
    let mut network = small_network();
    let alice = network.contact_named("Alice Martin").unwrap().id;
    let bob = network.contact_named("Bob Dupont").unwrap().id;
    // Carol was introduced by Alice.
    let mut carol = network.contact_named("Carol Lefèvre").unwrap().clone();
    carol.origin = Origin::IntroducedBy(Some(alice));
    network
        .apply(Edit::PutContact(Box::new(carol.clone())))
        .unwrap();
    let before = network.clone();

    let removal = network.removal_of_contact(alice).unwrap();
    assert_eq!(removal.encounters_removed, 0);
    assert_eq!(
        removal.encounters_updated, 1,
        "the coffee with Bob stays, without Alice"
    );
    assert_eq!(removal.introductions_removed, 1);
    assert_eq!(removal.relations_removed, 1);
    assert_eq!(removal.origins_cleared, 1);
    let text = removal.consequences().unwrap();
    assert!(text.contains("1 introduction"), "{text}");
    assert!(text.contains("1 relation"), "{text}");
    assert!(text.contains("shared encounter"), "{text}");

    let undo = network.apply(removal.edit).unwrap();
    assert!(network.contact(alice).is_none());
    let coffee = network.encounters().next().unwrap();
    assert_eq!(coffee.participants, vec![bob]);
    assert_eq!(
        network.contact(carol.id).unwrap().origin,
        Origin::IntroducedBy(None)
    );

    network.apply(undo).unwrap();
    assert_eq!(
        network, before,
        "undo restores everything the deletion took"
    );
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut network = small_network();
    let before = network.clone();
    let id = network.allocate_contact_id();
    let batch = Edit::Batch(vec![
        Edit::PutContact(Box::new(Contact::new(id, "Dan"))),
        Edit::RemoveContact(ContactId(4242)),
    ]);
    assert!(network.apply(batch).is_err());
    assert!(network.contact(id).is_none());
    assert_eq!(network.contacts().len(), before.contacts().len());
}

#[test]
fn an_id_the_network_never_handed_out_is_refused() {
    let mut network = Network::new("x");
    assert_eq!(
        network.apply(Edit::PutContact(Box::new(Contact::new(
            ContactId(77),
            "Eve"
        )))),
        Err(ModelError::UnallocatedId(77))
    );
}

#[test]
fn a_contact_is_not_introduced_by_themselves() {
    let mut network = small_network();
    let mut alice = network.contact_named("Alice Martin").unwrap().clone();
    alice.origin = Origin::IntroducedBy(Some(alice.id));
    assert_eq!(
        network.apply(Edit::PutContact(Box::new(alice.clone()))),
        Err(ModelError::SelfIntroducedContact(alice.id))
    );
}

#[test]
fn the_encounters_of_a_contact_stay_right_through_edits_undo_and_reload() {
    use carnet::model::{Encounter, EncounterKind};
    let mut network = common::small_network();
    let ids: Vec<_> = network.contacts().map(|c| c.id).collect();
    let brute = |network: &carnet::model::Network, contact| {
        network
            .encounters()
            .filter(|e| e.involves(contact))
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    let check = |network: &carnet::model::Network| {
        for id in &ids {
            let indexed: Vec<_> = network.encounters_with(*id).map(|e| e.id).collect();
            assert_eq!(indexed, brute(network, *id), "contact {id}");
        }
    };
    let mut undos = Vec::new();
    let first = network.allocate_encounter_id();
    let mut encounter = Encounter::new(
        first,
        common::day("2026-02-01"),
        EncounterKind::Event,
        vec![ids[0], ids[2]],
    );
    undos.push(
        network
            .apply(Edit::PutEncounter(Box::new(encounter.clone())))
            .unwrap(),
    );
    check(&network);
    // Replacing changes the participants: the one who left no longer has it.
    encounter.participants = vec![ids[1]];
    undos.push(
        network
            .apply(Edit::PutEncounter(Box::new(encounter)))
            .unwrap(),
    );
    check(&network);
    assert_eq!(network.encounters_with(ids[2]).count(), 0);
    undos.push(network.apply(Edit::RemoveEncounter(first)).unwrap());
    check(&network);
    while let Some(undo) = undos.pop() {
        network.apply(undo).unwrap();
        check(&network);
    }
    let text = carnet::store::to_ron_string(&network).unwrap();
    let reloaded = carnet::store::parse(text.as_bytes(), std::path::Path::new("t.ron")).unwrap();
    check(&reloaded);
    assert_eq!(reloaded, network);
}
