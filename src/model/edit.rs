//! Edits: the only way a network changes. Each applied edit returns its inverse, which is what
//! undo and redo are made of.

use super::contact::Contact;
use super::encounter::Encounter;
use super::ids::{ContactId, EncounterId, IntroductionId, Person, RelationId};
use super::introduction::Introduction;
use super::network::Project;
use super::relation::Relation;

/// One change to a network. Applying it returns the edit that undoes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the project's name, goal, owner and settings.
    SetProject(Box<Project>),
    /// Insert a contact or replace the one with the same id.
    PutContact(Box<Contact>),
    /// Remove a contact nothing refers to any more.
    RemoveContact(ContactId),
    /// Insert an encounter or replace the one with the same id.
    PutEncounter(Box<Encounter>),
    /// Remove an encounter.
    RemoveEncounter(EncounterId),
    /// Insert an introduction or replace the one with the same id.
    PutIntroduction(Box<Introduction>),
    /// Remove an introduction.
    RemoveIntroduction(IntroductionId),
    /// Insert a relation or replace the one with the same id.
    PutRelation(Box<Relation>),
    /// Remove a relation.
    RemoveRelation(RelationId),
    /// Several edits applied in order, all or nothing.
    Batch(Vec<Edit>),
}

/// Why an edit was refused. The network is unchanged when an edit fails.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// A reference to a contact that is not in the network.
    #[error("There is no contact with id {0}")]
    MissingContact(ContactId),
    /// A reference to an encounter that is not in the network.
    #[error("There is no encounter with id {0}")]
    MissingEncounter(EncounterId),
    /// A reference to an introduction that is not in the network.
    #[error("There is no introduction with id {0}")]
    MissingIntroduction(IntroductionId),
    /// A reference to a relation that is not in the network.
    #[error("There is no relation with id {0}")]
    MissingRelation(RelationId),
    /// An id that the network never handed out.
    #[error("Id {0} was never allocated by this network")]
    UnallocatedId(u64),
    /// An encounter without anyone met.
    #[error("Encounter {0} has no participants")]
    NoParticipants(EncounterId),
    /// The same contact twice in one encounter.
    #[error("Encounter {0} lists a participant twice")]
    DuplicateParticipant(EncounterId),
    /// An introduction of someone to themselves, or by one of the two introduced.
    #[error("Introduction {0} must involve three different people")]
    SelfIntroduction(IntroductionId),
    /// An introduction with no dated step.
    #[error("Introduction {0} has no status history")]
    NoSteps(IntroductionId),
    /// A relation of a contact with themselves.
    #[error("Relation {0} links a contact to themselves")]
    SelfRelation(RelationId),
    /// A contact recorded as introduced by themselves.
    #[error("Contact {0} cannot be introduced by themselves")]
    SelfIntroducedContact(ContactId),
    /// A contact that something still refers to.
    #[error("Contact {0} is still referred to by other records")]
    StillReferenced(ContactId),
    /// A contact merged with itself.
    #[error("Contact {0} cannot be merged with itself")]
    SelfMerge(ContactId),
    /// Two records of one kind with the same id in a file.
    #[error("Id {0} is used twice")]
    DuplicateId(u64),
}

impl Edit {
    /// Whether applying this edit would change nothing (an empty batch).
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Batch(edits) if edits.iter().all(Self::is_empty))
    }
}

/// Every person an edit makes a record point to, to check that they exist.
pub(super) fn people_of_introduction(intro: &Introduction) -> [Person; 3] {
    [intro.introducer, intro.a, intro.b]
}
