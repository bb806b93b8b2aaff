//! Edits: the only way a network changes. Each applied edit returns its inverse, which is what
//! undo and redo are made of.

use super::contact::Contact;
use super::encounter::Encounter;
use super::ids::{ContactId, EncounterId, IntroductionId, Person, RelationId};
use super::introduction::Introduction;
use super::project::Project;
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
    /// Replace the owner's own posts and comments online (an import adds to them).
    SetPosts(std::sync::Arc<Vec<super::watch::OwnPost>>),
    /// Several edits applied in order, all or nothing.
    Batch(Vec<Edit>),
}

/// Why an edit was refused. The network is unchanged when an edit fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// A reference to a contact that is not in the network.
    MissingContact(ContactId),
    /// A reference to an encounter that is not in the network.
    MissingEncounter(EncounterId),
    /// A reference to an introduction that is not in the network.
    MissingIntroduction(IntroductionId),
    /// A reference to a relation that is not in the network.
    MissingRelation(RelationId),
    /// An id that the network never handed out.
    UnallocatedId(u64),
    /// An encounter without anyone met.
    NoParticipants(EncounterId),
    /// The same contact twice in one encounter.
    DuplicateParticipant(EncounterId),
    /// An introduction of someone to themselves, or by one of the two introduced.
    SelfIntroduction(IntroductionId),
    /// An introduction with no dated step.
    NoSteps(IntroductionId),
    /// A relation of a contact with themselves.
    SelfRelation(RelationId),
    /// A contact recorded as introduced by themselves.
    SelfIntroducedContact(ContactId),
    /// A contact that something still refers to.
    StillReferenced(ContactId),
    /// A contact merged with itself.
    SelfMerge(ContactId),
    /// Two records of one kind with the same id in a file.
    DuplicateId(u64),
    /// A merge's conflict that is no longer listed (settled meanwhile, or its record gone).
    MissingConflict,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::MissingContact(id) => tr!("model-missing-contact", id = id.to_string()),
            Self::MissingEncounter(id) => tr!("model-missing-encounter", id = id.to_string()),
            Self::MissingIntroduction(id) => {
                tr!("model-missing-introduction", id = id.to_string())
            }
            Self::MissingRelation(id) => tr!("model-missing-relation", id = id.to_string()),
            Self::UnallocatedId(id) => tr!("model-unallocated", id = id.to_string()),
            Self::NoParticipants(id) => tr!("model-no-participants", id = id.to_string()),
            Self::DuplicateParticipant(id) => {
                tr!("model-duplicate-participant", id = id.to_string())
            }
            Self::SelfIntroduction(id) => tr!("model-self-introduction", id = id.to_string()),
            Self::NoSteps(id) => tr!("model-no-steps", id = id.to_string()),
            Self::SelfRelation(id) => tr!("model-self-relation", id = id.to_string()),
            Self::SelfIntroducedContact(id) => {
                tr!("model-self-introduced", id = id.to_string())
            }
            Self::StillReferenced(id) => tr!("model-still-referenced", id = id.to_string()),
            Self::SelfMerge(id) => tr!("model-self-merge", id = id.to_string()),
            Self::DuplicateId(id) => tr!("model-duplicate-id", id = id.to_string()),
            Self::MissingConflict => tr!("model-missing-conflict"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ModelError {}

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
