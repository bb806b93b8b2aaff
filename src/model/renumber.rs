//! Records given new ids: two copies of a project hand out ids from the same counter, so the
//! records each made since they parted may share ids; a merge moves one side's to fresh ids
//! first. Every place a record names another by id is rewritten here, and only here.

use std::collections::BTreeMap;

use super::conflict::{MergeConflict, RecordKey};
use super::contact::{Contact, Origin};
use super::encounter::Encounter;
use super::ids::{ContactId, EncounterId, IntroductionId, Person, RelationId};
use super::introduction::Introduction;
use super::project::Project;
use super::relation::Relation;
use super::set_aside::AgendaItem;

/// Old id → new id; ids not in it stay.
pub type Renumbering = BTreeMap<u64, u64>;

fn new_id(map: &Renumbering, id: u64) -> u64 {
    map.get(&id).copied().unwrap_or(id)
}

fn contact_id(map: &Renumbering, id: ContactId) -> ContactId {
    ContactId(new_id(map, id.0))
}

fn person(map: &Renumbering, person: Person) -> Person {
    match person {
        Person::Me => Person::Me,
        Person::Contact(id) => Person::Contact(contact_id(map, id)),
    }
}

/// A contact with its id and its introducer's renumbered.
pub fn contact(map: &Renumbering, contact: &Contact) -> Contact {
    let mut out = contact.clone();
    out.id = contact_id(map, contact.id);
    if let Origin::IntroducedBy(Some(by)) = contact.origin {
        out.origin = Origin::IntroducedBy(Some(contact_id(map, by)));
    }
    out
}

/// An encounter with its id and participants renumbered.
pub fn encounter(map: &Renumbering, encounter: &Encounter) -> Encounter {
    let mut out = encounter.clone();
    out.id = EncounterId(new_id(map, encounter.id.0));
    for participant in &mut out.participants {
        *participant = contact_id(map, *participant);
    }
    out
}

/// An introduction with its id and the three people renumbered.
pub fn introduction(map: &Renumbering, introduction: &Introduction) -> Introduction {
    let mut out = introduction.clone();
    out.id = IntroductionId(new_id(map, introduction.id.0));
    out.introducer = person(map, introduction.introducer);
    out.a = person(map, introduction.a);
    out.b = person(map, introduction.b);
    out
}

/// A relation with its id and both ends renumbered.
pub fn relation(map: &Renumbering, relation: &Relation) -> Relation {
    let mut out = relation.clone();
    out.id = RelationId(new_id(map, relation.id.0));
    out.a = contact_id(map, relation.a);
    out.b = contact_id(map, relation.b);
    out
}

/// A record key renumbered.
pub fn record_key(map: &Renumbering, key: RecordKey) -> RecordKey {
    match key {
        RecordKey::Project => RecordKey::Project,
        RecordKey::Contact(id) => RecordKey::Contact(contact_id(map, id)),
        RecordKey::Encounter(id) => RecordKey::Encounter(EncounterId(new_id(map, id.0))),
        RecordKey::Introduction(id) => RecordKey::Introduction(IntroductionId(new_id(map, id.0))),
        RecordKey::Relation(id) => RecordKey::Relation(RelationId(new_id(map, id.0))),
    }
}

fn agenda_item(map: &Renumbering, item: &AgendaItem) -> AgendaItem {
    match item {
        AgendaItem::FollowUp { encounter, what } => AgendaItem::FollowUp {
            encounter: EncounterId(new_id(map, encounter.0)),
            what: what.clone(),
        },
        AgendaItem::SeeAgain(id) => AgendaItem::SeeAgain(contact_id(map, *id)),
        AgendaItem::WorthMeeting(id) => AgendaItem::WorthMeeting(contact_id(map, *id)),
        AgendaItem::Introduction(id) => AgendaItem::Introduction(IntroductionId(new_id(map, id.0))),
        AgendaItem::Watch(id) => AgendaItem::Watch(contact_id(map, *id)),
        AgendaItem::Thanks(id) => AgendaItem::Thanks(IntroductionId(new_id(map, id.0))),
    }
}

/// The project's description with every id it names renumbered: lenses' focus, lines set
/// aside, meetings from the calendar, the phone's cards, conflicts.
pub fn project(map: &Renumbering, project: &Project) -> Project {
    let mut out = project.clone();
    for lens in &mut out.lenses {
        if let Some(focus) = &mut lens.focus {
            focus.contact = contact_id(map, focus.contact);
        }
    }
    for line in &mut out.set_aside {
        line.item = agenda_item(map, &line.item);
    }
    for meeting in &mut out.calendar {
        for person in &mut meeting.people {
            *person = contact_id(map, *person);
        }
    }
    if let Some(account) = &project.sync {
        let mut account = (**account).clone();
        for card in account.state.cards.values_mut() {
            card.contact = contact_id(map, card.contact);
        }
        out.sync = Some(std::sync::Arc::new(account));
    }
    out.conflicts = project
        .conflicts
        .iter()
        .map(|conflict| MergeConflict {
            record: record_key(map, conflict.record),
            ..conflict.clone()
        })
        .collect();
    out
}
