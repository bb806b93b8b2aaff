//! What a merge of two copies of a project could not decide alone: one line per field both
//! copies changed differently, or per record one copy deleted and the other changed. Saved
//! with the project, so that a merge made by git's driver or the command line is reviewed in
//! the window later.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ContactId, EncounterId, IntroductionId, RelationId};

/// The record a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RecordKey {
    /// The project's own description: name, goal, owner, settings, lenses…
    Project,
    /// A contact.
    Contact(ContactId),
    /// An encounter.
    Encounter(EncounterId),
    /// An introduction.
    Introduction(IntroductionId),
    /// A relation between two contacts.
    Relation(RelationId),
}

/// What the two copies did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictKind {
    /// Both copies changed the field, each its own way: the value kept is this copy's.
    BothChanged,
    /// One copy deleted the record, the other changed it: the record was kept, changed.
    DeletedAndChanged,
}

/// One conflict of a merge, waiting for the owner's choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeConflict {
    /// The record.
    pub record: RecordKey,
    /// The field, as a path of the record's saved names (`notes`, `job.organization`); empty
    /// for the whole record.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// What happened.
    pub kind: ConflictKind,
    /// The value kept, as JSON (`None`: the field was absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<String>,
    /// The other copy's value, as JSON (`None`: absent there, or the record deleted there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// Which copy the other value came from, in words ("Syncthing copy from LAPTOP").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// The day of the merge.
    pub day: NaiveDate,
}

impl MergeConflict {
    /// Whether two conflicts are about the same field of the same record (a later merge
    /// replaces the earlier line instead of adding a second one).
    pub fn same_place(&self, other: &Self) -> bool {
        self.record == other.record && self.field == other.field
    }
}

/// The conflicts with `added` recorded: each replaces one already there about the same field.
pub fn with_conflicts(conflicts: &[MergeConflict], added: &[MergeConflict]) -> Vec<MergeConflict> {
    let mut out: Vec<MergeConflict> = conflicts
        .iter()
        .filter(|old| !added.iter().any(|new| new.same_place(old)))
        .cloned()
        .collect();
    out.extend(added.iter().cloned());
    out
}
