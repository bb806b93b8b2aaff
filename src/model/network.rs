//! The whole network of one project, and the rules that keep it consistent.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::conflict::MergeConflict;
use super::contact::{Contact, Origin};
use super::debrief::CalendarMeeting;
use super::edit::{Edit, ModelError, people_of_introduction};
use super::encounter::Encounter;
use super::ids::{ContactId, EncounterId, IntroductionId, Person, RelationId};
use super::introduction::Introduction;
use super::lens::Lens;
use super::project::{GoalVersion, Me, Project, Settings};
use super::relation::Relation;
use super::renumber::{self, Renumbering};
use super::set_aside::SetAside;
use super::sync::SyncAccount;
use super::watch::{OwnPost, WatchedTarget, no_posts};

/// A project's network: the owner, contacts, encounters, introductions and relations.
///
/// Fields that hold records are private: every change goes through [`Network::apply`], which
/// keeps references valid and returns the edit that undoes it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Network {
    /// The project's name.
    pub name: String,
    /// What this network is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// How the owner says it in a few sentences, to people met.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pitch: String,
    /// Since when the goal reads so (`None`: since the project began).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_since: Option<NaiveDate>,
    /// The goal's earlier versions, oldest first: who heard which one matters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_goals: Vec<GoalVersion>,
    /// The owner, at the center of the map.
    #[serde(default)]
    pub me: Me,
    /// The owner's rules.
    #[serde(default)]
    pub settings: Settings,
    /// Named ways of looking at the map, in the order the owner made them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lenses: Vec<Lens>,
    /// Agenda lines the owner snoozed or found no longer relevant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
    /// Meetings read from the owner's calendar, to debrief (or dismissed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar: Vec<CalendarMeeting>,
    /// The project's account on the owner's CardDAV/CalDAV server, and what its last sync
    /// left (shared, so that copies of the project's description cost nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync: Option<Arc<SyncAccount>>,
    /// What merges of two copies of the project left for the owner to decide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<MergeConflict>,
    /// The organizations and tags the goal aims at, watched for single points of failure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<WatchedTarget>,
    /// The owner's own posts and comments online, oldest first (shared: thousands of them
    /// cost nothing to copy with the project's description).
    #[serde(default, skip_serializing_if = "no_posts")]
    pub posts: Arc<Vec<OwnPost>>,
    /// The revisions this project went through, newest first: each save adds one (random),
    /// so that two copies tell their last common version (see `store::versions`). Not part of
    /// the document's history: undo never changes it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<u64>,
    /// The next id to hand out; ids are never reused.
    next_id: u64,
    #[serde(default, with = "as_list")]
    contacts: BTreeMap<ContactId, Arc<Contact>>,
    #[serde(default, with = "as_list")]
    encounters: BTreeMap<EncounterId, Arc<Encounter>>,
    #[serde(default, with = "as_list")]
    introductions: BTreeMap<IntroductionId, Arc<Introduction>>,
    #[serde(default, with = "as_list")]
    relations: BTreeMap<RelationId, Arc<Relation>>,
    /// Which encounters each contact took part in: derived from `encounters`, never saved,
    /// rebuilt by `validate` after reading and kept up to date by `apply`.
    #[serde(skip)]
    encounters_by_contact: BTreeMap<ContactId, BTreeSet<EncounterId>>,
}

/// Two networks are equal when they hold the same project: the revisions they went through
/// (`lineage`) and the derived index are not what they hold.
impl PartialEq for Network {
    fn eq(&self, other: &Self) -> bool {
        self.project() == other.project()
            && self.next_id == other.next_id
            && self.contacts == other.contacts
            && self.encounters == other.encounters
            && self.introductions == other.introductions
            && self.relations == other.relations
    }
}

impl Default for Network {
    fn default() -> Self {
        Self::new(crate::text::i18n::tr("project-untitled"))
    }
}

/// What deleting a contact takes with it, and the edit that does it.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactRemoval {
    /// Encounters removed because the contact was their only participant.
    pub encounters_removed: usize,
    /// Encounters kept for their other participants, without this contact.
    pub encounters_updated: usize,
    /// Introductions removed because the contact took part in them.
    pub introductions_removed: usize,
    /// Relations removed.
    pub relations_removed: usize,
    /// Contacts recorded as introduced by this one, which lose that link.
    pub origins_cleared: usize,
    /// The edit that removes the contact and all of the above.
    pub edit: Edit,
}

/// A network taken apart: its description, its counter and its records (`Network::parts`).
#[derive(Clone, Debug, Default)]
pub struct NetworkParts {
    /// Name, goal, owner, settings, lenses…
    pub project: Project,
    /// The next id to hand out.
    pub next_id: u64,
    /// The contacts.
    pub contacts: Vec<Contact>,
    /// The encounters.
    pub encounters: Vec<Encounter>,
    /// The introductions.
    pub introductions: Vec<Introduction>,
    /// The relations.
    pub relations: Vec<Relation>,
}

impl ContactRemoval {
    /// A sentence saying what goes with the contact, or `None` when nothing does.
    pub fn consequences(&self) -> Option<String> {
        let parts: Vec<String> = [
            ("count-encounters", self.encounters_removed),
            ("count-introductions", self.introductions_removed),
            ("count-relations", self.relations_removed),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| crate::tr!(id, count = n))
        .collect();
        let deletes = (!parts.is_empty())
            .then(|| crate::tr!("removal-also-deletes", what = parts.join(", ")));
        let shared = (self.encounters_updated > 0)
            .then(|| crate::tr!("removal-shared", count = self.encounters_updated));
        match (deletes, shared) {
            (Some(deletes), Some(shared)) => Some(crate::tr!(
                "two-sentences",
                first = deletes,
                second = shared
            )),
            (deletes, shared) => deletes.or(shared),
        }
    }
}

impl Network {
    /// An empty network with this project name.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            goal: String::new(),
            pitch: String::new(),
            goal_since: None,
            earlier_goals: Vec::new(),
            me: Me::default(),
            settings: Settings::default(),
            lenses: Vec::new(),
            set_aside: Vec::new(),
            calendar: Vec::new(),
            sync: None,
            conflicts: Vec::new(),
            targets: Vec::new(),
            posts: Arc::default(),
            lineage: Vec::new(),
            next_id: 1,
            contacts: BTreeMap::new(),
            encounters: BTreeMap::new(),
            introductions: BTreeMap::new(),
            relations: BTreeMap::new(),
            encounters_by_contact: BTreeMap::new(),
        }
    }

    // ---- Reading ------------------------------------------------------------------------

    /// A copy of the records without the derived index, to write to a file: cheap, since
    /// records are shared (`Arc`) until either copy changes one. It is not meant to be edited
    /// (its index is empty); saving is all it is for.
    pub fn snapshot(&self) -> Self {
        Self {
            name: self.name.clone(),
            goal: self.goal.clone(),
            pitch: self.pitch.clone(),
            goal_since: self.goal_since,
            earlier_goals: self.earlier_goals.clone(),
            me: self.me.clone(),
            settings: self.settings.clone(),
            lenses: self.lenses.clone(),
            set_aside: self.set_aside.clone(),
            calendar: self.calendar.clone(),
            sync: self.sync.clone(),
            conflicts: self.conflicts.clone(),
            targets: self.targets.clone(),
            posts: self.posts.clone(),
            lineage: self.lineage.clone(),
            next_id: self.next_id,
            contacts: self.contacts.clone(),
            encounters: self.encounters.clone(),
            introductions: self.introductions.clone(),
            relations: self.relations.clone(),
            encounters_by_contact: BTreeMap::new(),
        }
    }

    /// The project's name, goal, owner and settings.
    pub fn project(&self) -> Project {
        Project {
            name: self.name.clone(),
            goal: self.goal.clone(),
            pitch: self.pitch.clone(),
            goal_since: self.goal_since,
            earlier_goals: self.earlier_goals.clone(),
            me: self.me.clone(),
            settings: self.settings.clone(),
            lenses: self.lenses.clone(),
            set_aside: self.set_aside.clone(),
            calendar: self.calendar.clone(),
            sync: self.sync.clone(),
            conflicts: self.conflicts.clone(),
            targets: self.targets.clone(),
            posts: self.posts.clone(),
        }
    }

    /// All contacts, by id.
    pub fn contacts(&self) -> impl ExactSizeIterator<Item = &Contact> + Clone {
        self.contacts.values().map(Arc::as_ref)
    }

    /// One contact.
    pub fn contact(&self, id: ContactId) -> Option<&Contact> {
        self.contacts.get(&id).map(Arc::as_ref)
    }

    /// All encounters, by id.
    pub fn encounters(&self) -> impl ExactSizeIterator<Item = &Encounter> + Clone {
        self.encounters.values().map(Arc::as_ref)
    }

    /// One encounter.
    pub fn encounter(&self, id: EncounterId) -> Option<&Encounter> {
        self.encounters.get(&id).map(Arc::as_ref)
    }

    /// The encounters this contact took part in, by id. Reads an index: the cost is that of
    /// the contact's own encounters, not of the whole network.
    pub fn encounters_with(&self, contact: ContactId) -> impl Iterator<Item = &Encounter> {
        self.encounters_by_contact
            .get(&contact)
            .into_iter()
            .flatten()
            .filter_map(|id| self.encounters.get(id).map(Arc::as_ref))
    }

    fn index_encounter(&mut self, encounter: &Encounter) {
        for participant in &encounter.participants {
            self.encounters_by_contact
                .entry(*participant)
                .or_default()
                .insert(encounter.id);
        }
    }

    fn unindex_encounter(&mut self, encounter: &Encounter) {
        for participant in &encounter.participants {
            if let Some(ids) = self.encounters_by_contact.get_mut(participant) {
                ids.remove(&encounter.id);
                if ids.is_empty() {
                    self.encounters_by_contact.remove(participant);
                }
            }
        }
    }

    /// All introductions, by id.
    pub fn introductions(&self) -> impl ExactSizeIterator<Item = &Introduction> + Clone {
        self.introductions.values().map(Arc::as_ref)
    }

    /// One introduction.
    pub fn introduction(&self, id: IntroductionId) -> Option<&Introduction> {
        self.introductions.get(&id).map(Arc::as_ref)
    }

    /// An introduction of `a` and `b` to each other (in either order, by anyone) that is
    /// still under way: planning it again would make two of the same.
    pub fn open_introduction_of(&self, a: Person, b: Person) -> Option<&Introduction> {
        self.introductions().find(|intro| {
            !intro.status().is_closed()
                && ((intro.a == a && intro.b == b) || (intro.a == b && intro.b == a))
        })
    }

    /// All relations between contacts, by id.
    pub fn relations(&self) -> impl ExactSizeIterator<Item = &Relation> + Clone {
        self.relations.values().map(Arc::as_ref)
    }

    /// The display name of a person: the owner's "Me" (or "Moi") until they give their name,
    /// and a word for a contact deleted since.
    pub fn person_name(&self, person: Person) -> Cow<'_, str> {
        match person {
            Person::Me => self.me.shown_name(),
            Person::Contact(id) => self.contact(id).map_or_else(
                || Cow::Owned(crate::text::i18n::tr("person-deleted")),
                |contact| Cow::Borrowed(contact.name.as_str()),
            ),
        }
    }

    /// The contact with this exact name, if any (the first by id).
    pub fn contact_named(&self, name: &str) -> Option<&Contact> {
        self.contacts
            .values()
            .map(Arc::as_ref)
            .find(|c| c.name == name)
    }

    // ---- Ids ----------------------------------------------------------------------------

    fn allocate(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// A fresh contact id, never used before in this network.
    pub fn allocate_contact_id(&mut self) -> ContactId {
        ContactId(self.allocate())
    }

    /// A fresh encounter id.
    pub fn allocate_encounter_id(&mut self) -> EncounterId {
        EncounterId(self.allocate())
    }

    /// A fresh introduction id.
    pub fn allocate_introduction_id(&mut self) -> IntroductionId {
        IntroductionId(self.allocate())
    }

    /// A fresh relation id.
    pub fn allocate_relation_id(&mut self) -> RelationId {
        RelationId(self.allocate())
    }

    /// The next id the network will hand out: every id in use is below it.
    pub fn next_id(&self) -> u64 {
        self.next_id
    }

    /// Moves the id counter to at least `next`, so that records made elsewhere with ids up
    /// to it (another copy of the project) can come in. Ids are never reused, so this is not
    /// part of any undo.
    pub fn reserve_ids_below(&mut self, next: u64) {
        self.next_id = self.next_id.max(next);
    }

    /// A network made of these parts, checked as a file is after reading.
    pub fn from_parts(parts: NetworkParts) -> Result<Self, ModelError> {
        let NetworkParts {
            project,
            next_id,
            contacts,
            encounters,
            introductions,
            relations,
        } = parts;
        let mut network = Self::new(String::new());
        network.set_project(project);
        network.next_id = next_id;
        for (id, duplicate) in [
            contacts.iter().map(|c| c.id.0).collect::<Vec<_>>(),
            encounters.iter().map(|e| e.id.0).collect(),
            introductions.iter().map(|i| i.id.0).collect(),
            relations.iter().map(|r| r.id.0).collect(),
        ]
        .into_iter()
        .flatten()
        .scan(BTreeSet::new(), |seen, id| Some((id, !seen.insert(id))))
        {
            if duplicate {
                return Err(ModelError::DuplicateId(id));
            }
        }
        network.contacts = contacts.into_iter().map(|c| (c.id, Arc::new(c))).collect();
        network.encounters = encounters
            .into_iter()
            .map(|e| (e.id, Arc::new(e)))
            .collect();
        network.introductions = introductions
            .into_iter()
            .map(|i| (i.id, Arc::new(i)))
            .collect();
        network.relations = relations.into_iter().map(|r| (r.id, Arc::new(r))).collect();
        network.validate()?;
        Ok(network)
    }

    /// The network's parts, to rebuild it changed (`from_parts`).
    pub fn parts(&self) -> NetworkParts {
        NetworkParts {
            project: self.project(),
            next_id: self.next_id,
            contacts: self.contacts().cloned().collect(),
            encounters: self.encounters().cloned().collect(),
            introductions: self.introductions().cloned().collect(),
            relations: self.relations().cloned().collect(),
        }
    }

    /// The same network with ids moved as `map` says, every reference with them; the
    /// counter moves past the new ids. The map must not send two ids to one.
    pub fn renumbered(&self, map: &Renumbering) -> Result<Self, ModelError> {
        let next_id = map.values().map(|id| id + 1).fold(self.next_id, u64::max);
        let mut network = Self::from_parts(NetworkParts {
            project: renumber::project(map, &self.project()),
            next_id,
            contacts: self.contacts().map(|c| renumber::contact(map, c)).collect(),
            encounters: self
                .encounters()
                .map(|e| renumber::encounter(map, e))
                .collect(),
            introductions: self
                .introductions()
                .map(|i| renumber::introduction(map, i))
                .collect(),
            relations: self
                .relations()
                .map(|r| renumber::relation(map, r))
                .collect(),
        })?;
        network.lineage = self.lineage.clone();
        Ok(network)
    }

    /// The one edit that turns this network into `target` (same ids meaning the same
    /// records): records put where they differ, removed where `target` has none, the
    /// project's description set if it changed. The counter must already be past every id
    /// of `target` (`reserve_ids_below`). Applies without a refusal when `target` is valid:
    /// contacts come in before what names them, and go after.
    pub fn edit_towards(&self, target: &Network) -> Edit {
        let mut edits = Vec::new();
        let changed_contacts: Vec<&Contact> = target
            .contacts()
            .filter(|c| self.contact(c.id) != Some(*c))
            .collect();
        // A new contact introduced by another new one: first without the link, then with it.
        for contact in &changed_contacts {
            if let Origin::IntroducedBy(Some(by)) = contact.origin
                && self.contact(by).is_none()
                && self.contact(contact.id).is_none()
            {
                let mut first = (*contact).clone();
                first.origin = Origin::IntroducedBy(None);
                edits.push(Edit::PutContact(Box::new(first)));
            }
        }
        for contact in &changed_contacts {
            edits.push(Edit::PutContact(Box::new((*contact).clone())));
        }
        edits.extend(
            target
                .encounters()
                .filter(|e| self.encounter(e.id) != Some(*e))
                .map(|e| Edit::PutEncounter(Box::new(e.clone()))),
        );
        edits.extend(
            target
                .introductions()
                .filter(|i| self.introduction(i.id) != Some(*i))
                .map(|i| Edit::PutIntroduction(Box::new(i.clone()))),
        );
        edits.extend(
            target
                .relations()
                .filter(|r| self.relations.get(&r.id).map(Arc::as_ref) != Some(*r))
                .map(|r| Edit::PutRelation(Box::new(r.clone()))),
        );
        edits.extend(
            self.relations
                .keys()
                .filter(|id| !target.relations.contains_key(id))
                .map(|id| Edit::RemoveRelation(*id)),
        );
        edits.extend(
            self.introductions
                .keys()
                .filter(|id| !target.introductions.contains_key(id))
                .map(|id| Edit::RemoveIntroduction(*id)),
        );
        edits.extend(
            self.encounters
                .keys()
                .filter(|id| !target.encounters.contains_key(id))
                .map(|id| Edit::RemoveEncounter(*id)),
        );
        // Contacts that leave: first every link between them cut, then each removed.
        let leaving: Vec<&Contact> = self
            .contacts()
            .filter(|c| !target.contacts.contains_key(&c.id))
            .collect();
        for contact in &leaving {
            if let Origin::IntroducedBy(Some(by)) = contact.origin
                && leaving.iter().any(|other| other.id == by)
            {
                let mut cut = (*contact).clone();
                cut.origin = Origin::IntroducedBy(None);
                edits.push(Edit::PutContact(Box::new(cut)));
            }
        }
        edits.extend(leaving.iter().map(|c| Edit::RemoveContact(c.id)));
        let project = target.project();
        if project != self.project() {
            edits.push(Edit::SetProject(Box::new(project)));
        }
        Edit::Batch(edits)
    }

    fn check_allocated(&self, id: u64) -> Result<(), ModelError> {
        if id < self.next_id {
            Ok(())
        } else {
            Err(ModelError::UnallocatedId(id))
        }
    }

    // ---- Rules --------------------------------------------------------------------------

    fn check_contact_exists(&self, id: ContactId) -> Result<(), ModelError> {
        if self.contacts.contains_key(&id) {
            Ok(())
        } else {
            Err(ModelError::MissingContact(id))
        }
    }

    fn check_person_exists(&self, person: Person) -> Result<(), ModelError> {
        person
            .contact()
            .map_or(Ok(()), |id| self.check_contact_exists(id))
    }

    fn check_contact(&self, contact: &Contact) -> Result<(), ModelError> {
        if let Origin::IntroducedBy(Some(by)) = contact.origin {
            if by == contact.id {
                return Err(ModelError::SelfIntroducedContact(contact.id));
            }
            self.check_contact_exists(by)?;
        }
        Ok(())
    }

    fn check_encounter(&self, encounter: &Encounter) -> Result<(), ModelError> {
        if encounter.participants.is_empty() {
            return Err(ModelError::NoParticipants(encounter.id));
        }
        for (i, participant) in encounter.participants.iter().enumerate() {
            self.check_contact_exists(*participant)?;
            if encounter.participants[..i].contains(participant) {
                return Err(ModelError::DuplicateParticipant(encounter.id));
            }
        }
        Ok(())
    }

    fn check_introduction(&self, intro: &Introduction) -> Result<(), ModelError> {
        let [introducer, a, b] = people_of_introduction(intro);
        for person in [introducer, a, b] {
            self.check_person_exists(person)?;
        }
        if a == b || introducer == a || introducer == b {
            return Err(ModelError::SelfIntroduction(intro.id));
        }
        if intro.steps.is_empty() {
            return Err(ModelError::NoSteps(intro.id));
        }
        Ok(())
    }

    fn check_relation(&self, relation: &Relation) -> Result<(), ModelError> {
        self.check_contact_exists(relation.a)?;
        self.check_contact_exists(relation.b)?;
        if relation.a == relation.b {
            return Err(ModelError::SelfRelation(relation.id));
        }
        Ok(())
    }

    fn is_referenced(&self, id: ContactId) -> bool {
        self.encounters_by_contact.contains_key(&id)
            || self.introductions.values().any(|i| i.involves_contact(id))
            || self.relations.values().any(|r| r.involves(id))
            || self
                .contacts
                .values()
                .any(|c| c.origin == Origin::IntroducedBy(Some(id)))
    }

    /// Checks every rule over the whole network, as after reading a file, and moves the id
    /// counter past every id in use so that no id is ever handed out twice.
    pub fn validate(&mut self) -> Result<(), ModelError> {
        let max_id = self
            .contacts
            .keys()
            .map(|id| id.0)
            .chain(self.encounters.keys().map(|id| id.0))
            .chain(self.introductions.keys().map(|id| id.0))
            .chain(self.relations.keys().map(|id| id.0))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(max_id + 1);
        for contact in self.contacts.values() {
            self.check_contact(contact)?;
        }
        for encounter in self.encounters.values() {
            self.check_encounter(encounter)?;
        }
        let mut index: BTreeMap<ContactId, BTreeSet<EncounterId>> = BTreeMap::new();
        for encounter in self.encounters.values() {
            for participant in &encounter.participants {
                index.entry(*participant).or_default().insert(encounter.id);
            }
        }
        self.encounters_by_contact = index;
        for intro in self.introductions.values() {
            self.check_introduction(intro)?;
        }
        for relation in self.relations.values() {
            self.check_relation(relation)?;
        }
        Ok(())
    }

    // ---- Changing -----------------------------------------------------------------------

    /// Applies an edit and returns the edit that undoes it. On error nothing changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, ModelError> {
        match edit {
            Edit::SetProject(project) => Ok(Edit::SetProject(Box::new(self.set_project(*project)))),
            Edit::PutContact(contact) => {
                self.check_allocated(contact.id.0)?;
                self.check_contact(&contact)?;
                let id = contact.id;
                Ok(match self.contacts.insert(id, Arc::new(*contact)) {
                    Some(old) => Edit::PutContact(Box::new(Arc::unwrap_or_clone(old))),
                    None => Edit::RemoveContact(id),
                })
            }
            Edit::RemoveContact(id) => {
                if self.is_referenced(id) {
                    return Err(ModelError::StillReferenced(id));
                }
                let old = self
                    .contacts
                    .remove(&id)
                    .ok_or(ModelError::MissingContact(id))?;
                Ok(Edit::PutContact(Box::new(Arc::unwrap_or_clone(old))))
            }
            Edit::PutEncounter(encounter) => {
                self.check_allocated(encounter.id.0)?;
                self.check_encounter(&encounter)?;
                let id = encounter.id;
                let old = self.encounters.remove(&id);
                if let Some(old) = &old {
                    self.unindex_encounter(old);
                }
                self.index_encounter(&encounter);
                self.encounters.insert(id, Arc::new(*encounter));
                Ok(match old {
                    Some(old) => Edit::PutEncounter(Box::new(Arc::unwrap_or_clone(old))),
                    None => Edit::RemoveEncounter(id),
                })
            }
            Edit::RemoveEncounter(id) => {
                let old = self
                    .encounters
                    .remove(&id)
                    .ok_or(ModelError::MissingEncounter(id))?;
                self.unindex_encounter(&old);
                Ok(Edit::PutEncounter(Box::new(Arc::unwrap_or_clone(old))))
            }
            Edit::PutIntroduction(intro) => {
                self.check_allocated(intro.id.0)?;
                self.check_introduction(&intro)?;
                let id = intro.id;
                Ok(match self.introductions.insert(id, Arc::new(*intro)) {
                    Some(old) => Edit::PutIntroduction(Box::new(Arc::unwrap_or_clone(old))),
                    None => Edit::RemoveIntroduction(id),
                })
            }
            Edit::RemoveIntroduction(id) => {
                let old = self
                    .introductions
                    .remove(&id)
                    .ok_or(ModelError::MissingIntroduction(id))?;
                Ok(Edit::PutIntroduction(Box::new(Arc::unwrap_or_clone(old))))
            }
            Edit::PutRelation(relation) => {
                self.check_allocated(relation.id.0)?;
                self.check_relation(&relation)?;
                let id = relation.id;
                Ok(match self.relations.insert(id, Arc::new(*relation)) {
                    Some(old) => Edit::PutRelation(Box::new(Arc::unwrap_or_clone(old))),
                    None => Edit::RemoveRelation(id),
                })
            }
            Edit::RemoveRelation(id) => {
                let old = self
                    .relations
                    .remove(&id)
                    .ok_or(ModelError::MissingRelation(id))?;
                Ok(Edit::PutRelation(Box::new(Arc::unwrap_or_clone(old))))
            }
            Edit::SetPosts(posts) => Ok(Edit::SetPosts(std::mem::replace(&mut self.posts, posts))),
            Edit::Batch(edits) => self.apply_all(edits),
        }
    }

    /// The owner's posts with `new` ones added (a post read twice is kept once), oldest
    /// first; `None` when none is new.
    pub fn posts_with(&self, new: &[OwnPost]) -> Option<Arc<Vec<OwnPost>>> {
        let mut posts: Vec<OwnPost> = self.posts.as_ref().clone();
        let before = posts.len();
        let mut by_day: std::collections::HashMap<NaiveDate, Vec<usize>> =
            std::collections::HashMap::new();
        for (i, post) in posts.iter().enumerate() {
            by_day.entry(post.date).or_default().push(i);
        }
        for post in new {
            let same_day = by_day.entry(post.date).or_default();
            if same_day
                .iter()
                .any(|i| posts.get(*i).is_some_and(|old| old.same_post(post)))
            {
                continue;
            }
            same_day.push(posts.len());
            posts.push(post.clone());
        }
        if posts.len() == before {
            return None;
        }
        posts.sort_by_key(|post| post.date);
        Some(Arc::new(posts))
    }

    /// Sets what the project says about itself; returns what it said before.
    fn set_project(&mut self, project: Project) -> Project {
        let previous = self.project();
        let Project {
            name,
            goal,
            pitch,
            goal_since,
            earlier_goals,
            me,
            settings,
            lenses,
            set_aside,
            calendar,
            sync,
            conflicts,
            targets,
            posts,
        } = project;
        self.name = name;
        self.goal = goal;
        self.pitch = pitch;
        self.goal_since = goal_since;
        self.earlier_goals = earlier_goals;
        self.me = me;
        self.settings = settings;
        self.lenses = lenses;
        self.set_aside = set_aside;
        self.calendar = calendar;
        self.sync = sync;
        self.conflicts = conflicts;
        self.targets = targets;
        self.posts = posts;
        previous
    }

    /// Applies a batch, all or nothing: on the first refusal, what was applied is rolled
    /// back, newest first (inverses of applied edits always apply).
    fn apply_all(&mut self, edits: Vec<Edit>) -> Result<Edit, ModelError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    for inverse in inverses.into_iter().rev() {
                        let _ = self.apply(inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    /// The edit that deletes a contact with everything that would otherwise point to a missing
    /// person, and a count of what goes with it. `None` when there is no such contact.
    pub fn removal_of_contact(&self, id: ContactId) -> Option<ContactRemoval> {
        self.contacts.get(&id)?;
        let mut edits = Vec::new();
        let (mut encounters_removed, mut encounters_updated) = (0, 0);
        for encounter in self.encounters_with(id) {
            if encounter.participants.len() == 1 {
                encounters_removed += 1;
                edits.push(Edit::RemoveEncounter(encounter.id));
            } else {
                encounters_updated += 1;
                let mut kept = encounter.clone();
                kept.participants.retain(|p| *p != id);
                edits.push(Edit::PutEncounter(Box::new(kept)));
            }
        }
        let introductions: Vec<_> = self
            .introductions
            .values()
            .filter(|i| i.involves_contact(id))
            .map(|i| Edit::RemoveIntroduction(i.id))
            .collect();
        let relations: Vec<_> = self
            .relations
            .values()
            .filter(|r| r.involves(id))
            .map(|r| Edit::RemoveRelation(r.id))
            .collect();
        let origins: Vec<_> = self
            .contacts
            .values()
            .filter(|c| c.origin == Origin::IntroducedBy(Some(id)))
            .map(|c| {
                let mut kept = Contact::clone(c);
                kept.origin = Origin::IntroducedBy(None);
                Edit::PutContact(Box::new(kept))
            })
            .collect();
        let removal = ContactRemoval {
            encounters_removed,
            encounters_updated,
            introductions_removed: introductions.len(),
            relations_removed: relations.len(),
            origins_cleared: origins.len(),
            edit: Edit::Batch(Vec::new()),
        };
        edits.extend(introductions);
        edits.extend(relations);
        edits.extend(origins);
        edits.push(Edit::RemoveContact(id));
        Some(ContactRemoval {
            edit: Edit::Batch(edits),
            ..removal
        })
    }
}

/// Serializes a map of records keyed by their id as a plain list, which reads and diffs better
/// than a map in a project file. Reading refuses a list where two records share an id.
mod as_list {
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::super::{
        Contact, ContactId, Encounter, EncounterId, Introduction, IntroductionId, Relation,
        RelationId,
    };

    /// A record that carries its own id.
    pub trait Keyed {
        /// The id type.
        type Key: Ord + Copy + std::fmt::Display;
        /// The record's id.
        fn key(&self) -> Self::Key;
    }

    impl Keyed for Contact {
        type Key = ContactId;
        fn key(&self) -> ContactId {
            self.id
        }
    }

    impl Keyed for Encounter {
        type Key = EncounterId;
        fn key(&self) -> EncounterId {
            self.id
        }
    }

    impl Keyed for Introduction {
        type Key = IntroductionId;
        fn key(&self) -> IntroductionId {
            self.id
        }
    }

    impl Keyed for Relation {
        type Key = RelationId;
        fn key(&self) -> RelationId {
            self.id
        }
    }

    pub fn serialize<S: Serializer, K, V: Serialize>(
        map: &BTreeMap<K, Arc<V>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(map.values().map(Arc::as_ref))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, V: Keyed + Deserialize<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<V::Key, Arc<V>>, D::Error> {
        let list = Vec::<V>::deserialize(deserializer)?;
        let mut map = BTreeMap::new();
        for record in list {
            let key = record.key();
            if map.insert(key, Arc::new(record)).is_some() {
                return Err(D::Error::custom(crate::tr!(
                    "load-id-twice",
                    id = key.to_string()
                )));
            }
        }
        Ok(map)
    }
}
