//! The network of a project: contacts, encounters, introductions and relations, and the rules
//! that keep them consistent. Free of UI and of file formats.

mod conflict;
mod contact;
mod debrief;
mod edit;
mod encounter;
mod ids;
mod introduction;
mod lens;
mod merge;
mod network;
mod online;
mod project;
mod relation;
mod renumber;
mod set_aside;
mod sync;
mod three_way;
mod watch;
mod words;

pub use conflict::{ConflictKind, MergeConflict, RecordKey, with_conflicts};
pub use contact::{Contact, Job, Origin, PastJob, Position};
pub use debrief::CalendarMeeting;
pub use edit::{Edit, ModelError};
pub use encounter::{
    Ask, AskKind, AskWay, Encounter, EncounterDraft, EncounterKind, FollowUp, Promiser, Referral,
    TrustLevel, parse_referrals,
};
pub use ids::{ContactId, EncounterId, IntroductionId, Person, RelationId};
pub use introduction::{IntroStatus, IntroStep, Introduction};
pub use lens::{Focus, Lens, MapFilter, Presence, same_name, with_lens, without_lens};
pub use merge::{
    ContactMerge, MergeChoices, MergeField, Pick, conflicts, default_choices, merged_contact,
    taken_from_second,
};
pub use network::{ContactRemoval, Network, NetworkParts};
pub use online::{Invitation, OnlineLine, OnlineTies, Vouch, VouchKind};
pub use project::{GoalVersion, Me, Project, Reminders, Settings};
pub use relation::{Relation, RelationKind};
pub use renumber::Renumbering;
pub use set_aside::{AgendaItem, SetAside, with_set_aside};
pub use sync::{ShareScope, SyncAccount, SyncState, SyncedCard, SyncedEvent};
pub use three_way::{
    LINEAGE_KEPT, MergeSummary, RecordCounts, ThreeCopies, ThreeWayMerge, conflict_line,
    merge_three, merged_lineage, record_label, settle_conflict, shown_value,
};
pub use watch::{OwnPost, PostKind, WatchedTarget};
pub use words::{bare_link, bare_profile_link};
