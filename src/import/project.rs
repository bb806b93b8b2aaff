//! Merging another Carnet project into the open one: its contacts matched like an import
//! (LinkedIn profile, email, then name and organization), their encounters, introductions
//! and relations brought along with their people mapped, and nothing recorded twice.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{ImportPlan, Incoming, Parsed, Slot};
use crate::model::{
    ContactId, Edit, Encounter, EncounterKind, Introduction, Network, Origin, Person, Relation,
    RelationKind,
};

/// A person of the other project, once matched: me, a contact here, or a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Who {
    Me,
    Contact(Slot),
}

/// The same encounter, whichever project it comes from: its day, its kind and who was met.
/// What makes two encounters the same one: the day, the kind, the people and everything
/// written about it (a hash of the time, title, place, notes, trust, promises and favours).
/// Only a true duplicate is skipped: a second dinner the same day with other notes is kept.
type EncounterKey = (NaiveDate, EncounterKind, Vec<Slot>, u64);
/// The same introduction: who introduces, and the two people (in order).
type IntroductionKey = (Who, Who, Who);
/// The same relation: the two people (in order) and the kind.
type RelationKey = (Slot, Slot, RelationKind);

/// What merging a project would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectMerge {
    /// The contacts: new ones and those already here (with the empty fields it fills).
    pub contacts: ImportPlan,
    /// Encounters to add, their participants as matched.
    encounters: Vec<(Encounter, Vec<Slot>)>,
    /// Introductions to add.
    introductions: Vec<(Introduction, [Who; 3])>,
    /// Relations to add.
    relations: Vec<(Relation, [Slot; 2])>,
    /// Records of the other project already here (or that would link a person to themselves
    /// once matched).
    pub already_here: usize,
    /// New contacts' "introduced by", as a slot of the other project's introducer.
    introduced_by: Vec<(usize, Slot)>,
}

impl Slot {
    fn key(self) -> (u8, u64) {
        match self {
            Self::Existing(id) => (0, id.0),
            Self::Added(i) => (1, i as u64),
        }
    }
}

impl PartialOrd for Slot {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Slot {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::hash::Hash for Slot {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

fn ordered<T: Ord>(a: T, b: T) -> (T, T) {
    if a <= b { (a, b) } else { (b, a) }
}

fn encounter_key(encounter: &Encounter, mut people: Vec<Slot>) -> EncounterKey {
    people.sort();
    people.dedup();
    (
        encounter.date,
        encounter.kind,
        people,
        content_hash(encounter),
    )
}

/// A hash of what an encounter says, apart from its id, day, kind and people.
fn content_hash(encounter: &Encounter) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    encounter.time.hash(&mut hasher);
    encounter.title.trim().hash(&mut hasher);
    encounter.place.trim().hash(&mut hasher);
    encounter.notes.trim().hash(&mut hasher);
    format!("{:?}", encounter.trust).hash(&mut hasher);
    format!("{:?}", encounter.follow_ups).hash(&mut hasher);
    format!("{:?}", encounter.asks).hash(&mut hasher);
    encounter.told_goal.hash(&mut hasher);
    hasher.finish()
}

fn introduction_key(introducer: Who, a: Who, b: Who) -> IntroductionKey {
    let (a, b) = ordered(a, b);
    (introducer, a, b)
}

impl ProjectMerge {
    /// Matches `other`'s contacts against `network` and lists what `other` would bring.
    pub fn new(network: &Network, other: &Network) -> Self {
        let parsed = Parsed {
            incoming: other
                .contacts()
                .map(|contact| Incoming {
                    contact: contact.clone(),
                    line: 0,
                })
                .collect(),
            skipped: Vec::new(),
            ..Parsed::default()
        };
        let (contacts, slots) = ImportPlan::matching(network, parsed, false);
        let slot_of: std::collections::HashMap<ContactId, Slot> = other
            .contacts()
            .map(|c| c.id)
            .zip(slots.iter().copied())
            .collect();
        let who = |person: Person| match person {
            Person::Me => Some(Who::Me),
            Person::Contact(id) => slot_of.get(&id).map(|s| Who::Contact(*s)),
        };
        let mut merge = Self::default();

        // New contacts keep who introduced them, once that person is matched too.
        for (contact, slot) in other.contacts().zip(&slots) {
            if let (Slot::Added(i), Origin::IntroducedBy(Some(by))) = (slot, &contact.origin)
                && let Some(by) = slot_of.get(by)
                && *by != *slot
            {
                merge.introduced_by.push((*i, *by));
            }
        }

        let mut encounters_here: HashSet<EncounterKey> = network
            .encounters()
            .map(|e| {
                let people = e.participants.iter().map(|c| Slot::Existing(*c)).collect();
                encounter_key(e, people)
            })
            .collect();
        for encounter in other.encounters() {
            let mut people: Vec<Slot> = encounter
                .participants
                .iter()
                .filter_map(|c| slot_of.get(c).copied())
                .collect();
            let mut seen = HashSet::new();
            people.retain(|s| seen.insert(*s));
            if people.is_empty()
                || !encounters_here.insert(encounter_key(encounter, people.clone()))
            {
                merge.already_here += 1;
                continue;
            }
            merge.encounters.push((encounter.clone(), people));
        }

        let contact_who = |c: ContactId| Who::Contact(Slot::Existing(c));
        let mut introductions_here: HashSet<IntroductionKey> = network
            .introductions()
            .map(|i| {
                let here = |p: Person| p.contact().map_or(Who::Me, contact_who);
                introduction_key(here(i.introducer), here(i.a), here(i.b))
            })
            .collect();
        for intro in other.introductions() {
            let (Some(introducer), Some(a), Some(b)) =
                (who(intro.introducer), who(intro.a), who(intro.b))
            else {
                continue;
            };
            let distinct = introducer != a && introducer != b && a != b;
            if !distinct || !introductions_here.insert(introduction_key(introducer, a, b)) {
                merge.already_here += 1;
                continue;
            }
            merge
                .introductions
                .push((intro.clone(), [introducer, a, b]));
        }

        let mut relations_here: HashSet<RelationKey> = network
            .relations()
            .map(|r| {
                let (a, b) = ordered(Slot::Existing(r.a), Slot::Existing(r.b));
                (a, b, r.kind)
            })
            .collect();
        for relation in other.relations() {
            let (Some(a), Some(b)) = (slot_of.get(&relation.a), slot_of.get(&relation.b)) else {
                continue;
            };
            let (first, second) = ordered(*a, *b);
            if a == b || !relations_here.insert((first, second, relation.kind)) {
                merge.already_here += 1;
                continue;
            }
            merge.relations.push((relation.clone(), [*a, *b]));
        }
        merge.contacts = contacts;
        merge
    }

    /// Encounters the merge adds.
    pub fn encounters_added(&self) -> usize {
        self.encounters.len()
    }

    /// Introductions the merge adds.
    pub fn introductions_added(&self) -> usize {
        self.introductions.len()
    }

    /// Relations the merge adds.
    pub fn relations_added(&self) -> usize {
        self.relations.len()
    }

    /// Whether applying would change nothing.
    pub fn changes_nothing(&self) -> bool {
        self.contacts.changes_nothing()
            && self.encounters.is_empty()
            && self.introductions.is_empty()
            && self.relations.is_empty()
    }

    /// One line: what comes, and what was already here.
    pub fn summary(&self) -> String {
        let contacts = &self.contacts;
        crate::tr!(
            "project-merge-summary",
            contacts = contacts.added.len(),
            matched = contacts.matched.len(),
            updated = contacts.updated().count(),
            encounters = self.encounters.len(),
            introductions = self.introductions.len(),
            relations = self.relations.len(),
            already = self.already_here
        )
    }

    /// The report printed by the command line: the summary, then who is matched and filled.
    pub fn report(&self) -> String {
        let mut text = self.summary();
        for matched in self.contacts.updated() {
            text.push_str("\n  ");
            text.push_str(&crate::tr!(
                "report-matched",
                name = matched.contact.name.as_str(),
                by = matched.by.label(),
                fields = super::filled_fields(&matched.filled)
            ));
        }
        text
    }

    /// The edit that brings everything in, with fresh ids from `network` (allocating ids
    /// changes no record); `None` when it changes nothing.
    pub fn into_edit(self, network: &mut Network) -> Option<Edit> {
        if self.changes_nothing() {
            return None;
        }
        let new_ids: Vec<ContactId> = self
            .contacts
            .added
            .iter()
            .map(|_| network.allocate_contact_id())
            .collect();
        let id_of = |slot: Slot| match slot {
            Slot::Existing(id) => id,
            Slot::Added(i) => new_ids.get(i).copied().unwrap_or_default(),
        };
        let person_of = |who: Who| match who {
            Who::Me => Person::Me,
            Who::Contact(slot) => Person::Contact(id_of(slot)),
        };
        let mut edits = Vec::new();
        // New contacts first, without "introduced by" (their introducer may come later in
        // the list), then the links once everyone is in.
        let mut linked = Vec::new();
        for (i, mut contact) in self.contacts.added.into_iter().enumerate() {
            contact.id = id_of(Slot::Added(i));
            if let Origin::IntroducedBy(Some(_)) = contact.origin {
                contact.origin = Origin::IntroducedBy(None);
                if let Some((_, by)) = self.introduced_by.iter().find(|(j, _)| *j == i) {
                    let mut with_link = contact.clone();
                    with_link.origin = Origin::IntroducedBy(Some(id_of(*by)));
                    linked.push(Edit::PutContact(Box::new(with_link)));
                }
            }
            edits.push(Edit::PutContact(Box::new(contact)));
        }
        edits.extend(linked);
        for matched in self.contacts.matched {
            if !matched.filled.is_empty() {
                edits.push(Edit::PutContact(Box::new(matched.contact)));
            }
        }
        for (mut encounter, people) in self.encounters {
            encounter.id = network.allocate_encounter_id();
            encounter.participants = people.into_iter().map(id_of).collect();
            edits.push(Edit::PutEncounter(Box::new(encounter)));
        }
        for (mut intro, [introducer, a, b]) in self.introductions {
            intro.id = network.allocate_introduction_id();
            intro.introducer = person_of(introducer);
            intro.a = person_of(a);
            intro.b = person_of(b);
            edits.push(Edit::PutIntroduction(Box::new(intro)));
        }
        for (mut relation, [a, b]) in self.relations {
            relation.id = network.allocate_relation_id();
            relation.a = id_of(a);
            relation.b = id_of(b);
            edits.push(Edit::PutRelation(Box::new(relation)));
        }
        Some(Edit::Batch(edits))
    }
}
