//! Three-way merge of two copies of a project that parted from a common version (the base):
//! record by record, field by field, free text line by line, so that no edit of either copy
//! is lost. What cannot be decided alone is kept as this copy has it and listed as a
//! [`MergeConflict`] for the owner to review.
//!
//! The rules, also written in ARCHITECTURE.md and the README:
//! - a record added on one side is added; deleted on one side and unchanged on the other, it is
//!   deleted; deleted on one side and changed on the other, it is kept and listed;
//! - a record changed on both sides merges field by field (nested fields too); lists merge as
//!   lines (an element is a line), else as sets; text merges line by line where the changes do
//!   not overlap;
//! - a field changed differently on both sides keeps this copy's ("mine") value and records
//!   the other one;
//! - records made on both sides since the base share ids (one counter per copy): when they
//!   differ, the other copy's moves to a fresh id — this copy's records keep theirs, so an
//!   open window's selection, the phone's cards and undo keep pointing where they did;
//! - merging is deterministic, and merging a side with itself or with the base gives that side.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::conflict::{ConflictKind, MergeConflict, RecordKey, with_conflicts};
use super::edit::ModelError;
use super::ids::{ContactId, EncounterId, IntroductionId, RelationId};
use super::network::{Network, NetworkParts};
use super::project::Project;
use super::renumber::Renumbering;

/// How many revisions a project remembers (`Network::lineage`).
pub const LINEAGE_KEPT: usize = 64;

/// The merged project and what the merge did.
#[derive(Clone, Debug)]
pub struct ThreeWayMerge {
    /// The merged network: valid, with the new conflicts recorded in it.
    pub network: Network,
    /// The conflicts this merge found (also in `network.conflicts`).
    pub conflicts: Vec<MergeConflict>,
}

/// The three copies: the common version and the two that parted from it.
#[derive(Clone, Copy, Debug)]
pub struct ThreeCopies<'a> {
    /// The last version both copies had.
    pub base: &'a Network,
    /// This copy: the one open, or git's current branch. Its values win conflicts.
    pub mine: &'a Network,
    /// The other copy.
    pub theirs: &'a Network,
}

/// Merges the three copies. `from` names the other copy in the conflicts' lines; `day` dates
/// them. Fails only if a copy is itself invalid.
pub fn merge_three(
    copies: ThreeCopies<'_>,
    from: &str,
    day: NaiveDate,
) -> Result<ThreeWayMerge, ModelError> {
    let ThreeCopies { base, mine, theirs } = copies;
    let theirs_map = collisions(base, mine, theirs);
    let renumbered;
    let theirs = if theirs_map.is_empty() {
        theirs
    } else {
        renumbered = theirs.renumbered(&theirs_map)?;
        &renumbered
    };
    let mut merger = Merger {
        from: from.to_owned(),
        day,
        conflicts: Vec::new(),
    };
    let base_parts = base.parts();
    let mine_parts = mine.parts();
    let theirs_parts = theirs.parts();

    let project = merger.merge_project(
        &base_parts.project,
        &mine_parts.project,
        &theirs_parts.project,
    );
    let mut records = MergedRecords {
        contacts: merger.merge_records(
            &base_parts.contacts,
            &mine_parts.contacts,
            &theirs_parts.contacts,
            |c| c.id.0,
            |id| RecordKey::Contact(ContactId(id)),
        ),
        encounters: merger.merge_records(
            &base_parts.encounters,
            &mine_parts.encounters,
            &theirs_parts.encounters,
            |e| e.id.0,
            |id| RecordKey::Encounter(EncounterId(id)),
        ),
        introductions: merger.merge_records(
            &base_parts.introductions,
            &mine_parts.introductions,
            &theirs_parts.introductions,
            |i| i.id.0,
            |id| RecordKey::Introduction(IntroductionId(id)),
        ),
        relations: merger.merge_records(
            &base_parts.relations,
            &mine_parts.relations,
            &theirs_parts.relations,
            |r| r.id.0,
            |id| RecordKey::Relation(RelationId(id)),
        ),
    };
    let sides = [&mine_parts, &theirs_parts];

    let next_id = mine.next_id().max(theirs.next_id()).max(base.next_id());
    let mut project = project;
    let found = std::mem::take(&mut merger.conflicts);
    project.conflicts = with_conflicts(&dedup_conflicts(&project.conflicts), &found);
    let mut conflicts = found;
    // A record the rules of the network refuse as merged (two fields merged into something
    // neither copy had, e.g. someone introduced to themselves) is taken whole from this copy.
    let mut network = loop {
        merger.keep_what_is_named(&mut records, &sides);
        for conflict in std::mem::take(&mut merger.conflicts) {
            project.conflicts = with_conflicts(&project.conflicts, std::slice::from_ref(&conflict));
            conflicts.retain(|c| c.record != conflict.record);
            conflicts.push(conflict);
        }
        let parts = NetworkParts {
            project: project.clone(),
            next_id,
            contacts: records.contacts.values().cloned().collect(),
            encounters: records.encounters.values().cloned().collect(),
            introductions: records.introductions.values().cloned().collect(),
            relations: records.relations.values().cloned().collect(),
        };
        match Network::from_parts(parts) {
            Ok(network) => break network,
            Err(error) => {
                let Some(conflict) = records.take_whole(&error, &sides, &merger) else {
                    return Err(error);
                };
                project.conflicts.retain(|c| c.record != conflict.record);
                project.conflicts.push(conflict.clone());
                conflicts.retain(|c| c.record != conflict.record);
                conflicts.push(conflict);
            }
        }
    };
    network.lineage = merged_lineage(&mine.lineage, &theirs.lineage);
    Ok(ThreeWayMerge { network, conflicts })
}

/// Both copies' revisions, this copy's first, each once.
pub fn merged_lineage(mine: &[u64], theirs: &[u64]) -> Vec<u64> {
    let mut seen = BTreeSet::new();
    mine.iter()
        .chain(theirs)
        .copied()
        .filter(|revision| seen.insert(*revision))
        .take(LINEAGE_KEPT)
        .collect()
}

fn dedup_conflicts(conflicts: &[MergeConflict]) -> Vec<MergeConflict> {
    let mut out: Vec<MergeConflict> = Vec::new();
    for conflict in conflicts {
        if let Some(slot) = out.iter_mut().find(|c| c.same_place(conflict)) {
            *slot = conflict.clone();
        } else {
            out.push(conflict.clone());
        }
    }
    out
}

/// The records of a network with ids from `first` on, with their kind, as JSON, by id.
fn records_as_json(network: &Network, first: u64) -> BTreeMap<u64, String> {
    let mut out = BTreeMap::new();
    let text = |kind: &str, value: serde_json::Result<String>| {
        format!("{kind}:{}", value.unwrap_or_default())
    };
    for c in network.contacts().filter(|c| c.id.0 >= first) {
        out.insert(c.id.0, text("c", serde_json::to_string(c)));
    }
    for e in network.encounters().filter(|e| e.id.0 >= first) {
        out.insert(e.id.0, text("e", serde_json::to_string(e)));
    }
    for i in network.introductions().filter(|i| i.id.0 >= first) {
        out.insert(i.id.0, text("i", serde_json::to_string(i)));
    }
    for r in network.relations().filter(|r| r.id.0 >= first) {
        out.insert(r.id.0, text("r", serde_json::to_string(r)));
    }
    out
}

/// The ids the other copy must give up: both made a record under one id since the base, and
/// the records differ. This copy keeps its ids.
fn collisions(base: &Network, mine: &Network, theirs: &Network) -> Renumbering {
    let new_since = |network: &Network| records_as_json(network, base.next_id());
    let mine_new = new_since(mine);
    let theirs_new = new_since(theirs);
    let mut next = mine.next_id().max(theirs.next_id());
    let mut theirs_map = Renumbering::new();
    for (id, mine_record) in &mine_new {
        let Some(theirs_record) = theirs_new.get(id) else {
            continue;
        };
        if mine_record == theirs_record {
            continue;
        }
        theirs_map.insert(*id, next);
        next += 1;
    }
    theirs_map
}

struct MergedRecords {
    contacts: BTreeMap<u64, super::contact::Contact>,
    encounters: BTreeMap<u64, super::encounter::Encounter>,
    introductions: BTreeMap<u64, super::introduction::Introduction>,
    relations: BTreeMap<u64, super::relation::Relation>,
}

impl MergedRecords {
    /// After a refusal naming one record: that record as this copy has it (or the other, if
    /// this copy deleted it), with a conflict for the whole record.
    fn take_whole(
        &mut self,
        error: &ModelError,
        sides: &[&NetworkParts; 2],
        merger: &Merger,
    ) -> Option<MergeConflict> {
        let record = match error {
            // Each copy took someone else out: everyone either copy still has stays, so the
            // result does not depend on which copy is this one.
            ModelError::NoParticipants(id) | ModelError::DuplicateParticipant(id) => {
                let current = self.encounters.get_mut(&id.0)?;
                let mut people: Vec<ContactId> = Vec::new();
                for person in &current.participants {
                    if !people.contains(person) {
                        people.push(*person);
                    }
                }
                let mut others: Vec<ContactId> = sides
                    .iter()
                    .filter_map(|side| side.encounters.iter().find(|e| e.id == *id))
                    .flat_map(|e| e.participants.iter().copied())
                    .filter(|person| !people.contains(person))
                    .collect();
                if people.is_empty() {
                    others.sort_unstable();
                    others.dedup();
                    people = others;
                }
                if people == current.participants || people.is_empty() {
                    return None;
                }
                current.participants = people;
                let kept = to_json(&current.participants);
                return Some(MergeConflict {
                    record: RecordKey::Encounter(*id),
                    field: "participants".to_owned(),
                    kind: ConflictKind::BothChanged,
                    kept: Some(kept.to_string()),
                    other: None,
                    from: merger.from.clone(),
                    day: merger.day,
                });
            }
            ModelError::SelfIntroduction(id) | ModelError::NoSteps(id) => {
                let whole = sides
                    .iter()
                    .find_map(|side| side.introductions.iter().find(|i| i.id == *id))?
                    .clone();
                if self.introductions.get(&id.0) == Some(&whole) {
                    return None;
                }
                self.introductions.insert(id.0, whole);
                RecordKey::Introduction(*id)
            }
            ModelError::SelfRelation(id) => {
                let whole = sides
                    .iter()
                    .find_map(|side| side.relations.iter().find(|r| r.id == *id))?
                    .clone();
                if self.relations.get(&id.0) == Some(&whole) {
                    return None;
                }
                self.relations.insert(id.0, whole);
                RecordKey::Relation(*id)
            }
            ModelError::SelfIntroducedContact(id) => {
                let whole = sides
                    .iter()
                    .find_map(|side| side.contacts.iter().find(|c| c.id == *id))?
                    .clone();
                if self.contacts.get(&id.0) == Some(&whole) {
                    return None;
                }
                self.contacts.insert(id.0, whole);
                RecordKey::Contact(*id)
            }
            _ => return None,
        };
        Some(MergeConflict {
            record,
            field: String::new(),
            kind: ConflictKind::BothChanged,
            kept: None,
            other: None,
            from: merger.from.clone(),
            day: merger.day,
        })
    }
}

struct Merger {
    from: String,
    day: NaiveDate,
    conflicts: Vec<MergeConflict>,
}

impl Merger {
    fn conflict(
        &mut self,
        record: RecordKey,
        field: &str,
        kind: ConflictKind,
        kept: Option<&Value>,
        other: Option<&Value>,
    ) {
        self.conflicts.push(MergeConflict {
            record,
            field: field.to_owned(),
            kind,
            kept: kept.map(Value::to_string),
            other: other.map(Value::to_string),
            from: self.from.clone(),
            day: self.day,
        });
    }

    fn merge_project(&mut self, base: &Project, mine: &Project, theirs: &Project) -> Project {
        let mut mine = mine.clone();
        let mut theirs = theirs.clone();
        // The sync's state is what the server said last: the later sync's, whole.
        if mine.sync != theirs.sync && mine.sync != base.sync && theirs.sync != base.sync {
            let last = |p: &Project| p.sync.as_ref().and_then(|s| s.state.last_sync);
            if last(&theirs) > last(&mine) {
                mine.sync = theirs.sync.clone();
            } else {
                theirs.sync = mine.sync.clone();
            }
        }
        let (b, m, t) = (to_json(base), to_json(&mine), to_json(&theirs));
        let merged = self.merge_value(RecordKey::Project, "", Some(&b), Some(&m), Some(&t));
        match merged.and_then(|value| serde_json::from_value::<Project>(value).ok()) {
            Some(project) => project,
            None => {
                self.conflicts.retain(|c| c.record != RecordKey::Project);
                self.conflict(
                    RecordKey::Project,
                    "",
                    ConflictKind::BothChanged,
                    Some(&m),
                    Some(&t),
                );
                mine
            }
        }
    }

    fn merge_records<R: Serialize + DeserializeOwned + Clone + PartialEq>(
        &mut self,
        base: &[R],
        mine: &[R],
        theirs: &[R],
        id_of: impl Fn(&R) -> u64,
        key: impl Fn(u64) -> RecordKey,
    ) -> BTreeMap<u64, R> {
        let index = |records: &[R]| -> BTreeMap<u64, R> {
            records.iter().map(|r| (id_of(r), r.clone())).collect()
        };
        let (base, mine, theirs) = (index(base), index(mine), index(theirs));
        let ids: BTreeSet<u64> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .copied()
            .collect();
        let mut out = BTreeMap::new();
        for id in ids {
            let (b, m, t) = (base.get(&id), mine.get(&id), theirs.get(&id));
            let merged = match (b, m, t) {
                (_, Some(m), Some(t)) if m == t => Some(m.clone()),
                (Some(b), Some(m), Some(t)) if b == m => Some(t.clone()),
                (Some(b), Some(m), Some(t)) if b == t => Some(m.clone()),
                (_, Some(m), Some(t)) => {
                    let (bj, mj, tj) = (b.map(to_json), to_json(m), to_json(t));
                    let merged = self.merge_value(key(id), "", bj.as_ref(), Some(&mj), Some(&tj));
                    match merged.and_then(|value| serde_json::from_value::<R>(value).ok()) {
                        Some(record) => Some(record),
                        None => {
                            self.conflicts.retain(|c| c.record != key(id));
                            let (kept, other) = (Some(&mj), Some(&tj));
                            self.conflict(key(id), "", ConflictKind::BothChanged, kept, other);
                            Some(m.clone())
                        }
                    }
                }
                // Deleted on one side: gone if the other did not change it, else kept.
                (Some(b), None, Some(t)) | (Some(b), Some(t), None) => {
                    if t == b {
                        None
                    } else {
                        self.conflict(key(id), "", ConflictKind::DeletedAndChanged, None, None);
                        Some(t.clone())
                    }
                }
                (_, None, None) => None,
                (None, Some(only), None) | (None, None, Some(only)) => Some(only.clone()),
            };
            if let Some(record) = merged {
                out.insert(id, record);
            }
        }
        out
    }

    /// Merges one value. `None` for a side: absent there. Returns `None` when the merged
    /// value is absent.
    fn merge_value(
        &mut self,
        record: RecordKey,
        path: &str,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == theirs || base == theirs {
            return mine.cloned();
        }
        if base == mine {
            return theirs.cloned();
        }
        match (base, mine, theirs) {
            (base, Some(Value::Object(m)), Some(Value::Object(t)))
                if base.is_none_or(Value::is_object) =>
            {
                let empty = Map::new();
                let b = base.and_then(Value::as_object).unwrap_or(&empty);
                let keys: BTreeSet<&String> = b.keys().chain(m.keys()).chain(t.keys()).collect();
                let mut out = Map::new();
                for key in keys {
                    let field = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    if let Some(value) =
                        self.merge_value(record, &field, b.get(key), m.get(key), t.get(key))
                    {
                        out.insert(key.clone(), value);
                    }
                }
                Some(Value::Object(out))
            }
            (base, Some(Value::Array(m)), Some(Value::Array(t)))
                if base.is_none_or(Value::is_array) =>
            {
                let empty = Vec::new();
                let b = base.and_then(Value::as_array).unwrap_or(&empty);
                match merge_lists(b, m, t) {
                    Some(list) => Some(Value::Array(list)),
                    None => {
                        self.conflict(record, path, ConflictKind::BothChanged, mine, theirs);
                        mine.cloned()
                    }
                }
            }
            // Text: an absent base is empty text (empty fields are not saved).
            (base, Some(Value::String(m)), Some(Value::String(t)))
                if base.is_none_or(Value::is_string)
                    && [base.and_then(Value::as_str).unwrap_or(""), m, t]
                        .iter()
                        .any(|s| s.contains('\n')) =>
            {
                let b = base.and_then(Value::as_str).unwrap_or("");
                match diffy::merge(b, m, t).or_else(|_| both_appended(b, m, t).ok_or(())) {
                    Ok(text) => Some(Value::String(text)),
                    Err(()) => {
                        self.conflict(record, path, ConflictKind::BothChanged, mine, theirs);
                        mine.cloned()
                    }
                }
            }
            _ => {
                self.conflict(record, path, ConflictKind::BothChanged, mine, theirs);
                mine.cloned()
            }
        }
    }

    /// Records that stay because a merged record names them: a contact one copy deleted and
    /// the other met again (an encounter added with them), an introducer… Kept, and listed.
    fn keep_what_is_named(&mut self, records: &mut MergedRecords, sides: &[&NetworkParts; 2]) {
        loop {
            let mut named: BTreeSet<u64> = BTreeSet::new();
            for contact in records.contacts.values() {
                if let super::contact::Origin::IntroducedBy(Some(by)) = contact.origin {
                    named.insert(by.0);
                }
            }
            for encounter in records.encounters.values() {
                named.extend(encounter.participants.iter().map(|c| c.0));
            }
            for intro in records.introductions.values() {
                named.extend(
                    [intro.introducer, intro.a, intro.b]
                        .into_iter()
                        .filter_map(|p| p.contact().map(|c| c.0)),
                );
            }
            for relation in records.relations.values() {
                named.extend([relation.a.0, relation.b.0]);
            }
            let missing: Vec<u64> = named
                .into_iter()
                .filter(|id| !records.contacts.contains_key(id))
                .collect();
            let mut kept_any = false;
            for id in missing {
                let Some(contact) = sides
                    .iter()
                    .find_map(|side| side.contacts.iter().find(|c| c.id.0 == id))
                else {
                    continue;
                };
                records.contacts.insert(id, contact.clone());
                self.conflicts
                    .retain(|c| c.record != RecordKey::Contact(ContactId(id)));
                self.conflict(
                    RecordKey::Contact(ContactId(id)),
                    "",
                    ConflictKind::DeletedAndChanged,
                    None,
                    None,
                );
                kept_any = true;
            }
            if !kept_any {
                break;
            }
        }
    }
}

/// Both copies only added text at the end (a line about a meeting on each computer): both
/// additions, in an order that does not depend on which copy is this one.
fn both_appended(base: &str, mine: &str, theirs: &str) -> Option<String> {
    let mut added = [mine.strip_prefix(base)?, theirs.strip_prefix(base)?];
    added.sort_unstable();
    let mut text = base.to_owned();
    for addition in added {
        if !text.is_empty() && !text.ends_with('\n') && !addition.starts_with('\n') {
            text.push('\n');
        }
        text.push_str(addition);
    }
    Some(text)
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Merges three versions of a list: as lines (each element one line), which keeps the order
/// and sees an element changed on both sides; where that conflicts, as sets — what each side
/// removed goes, what each added comes (after what both kept), unless both sides replaced
/// the same element (then `None`: a conflict).
fn merge_lists(base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
    let lines =
        |list: &[Value]| -> String { list.iter().map(|v| format!("{v}\n")).collect::<String>() };
    if let Ok(text) = diffy::merge(&lines(base), &lines(mine), &lines(theirs)) {
        let parsed: Result<Vec<Value>, _> = text.lines().map(serde_json::from_str).collect();
        if let Ok(list) = parsed {
            return Some(dedup_unless_repeated(list, [base, mine, theirs]));
        }
    }
    let removed_by =
        |side: &[Value]| -> Vec<&Value> { base.iter().filter(|v| !side.contains(v)).collect() };
    let added_by = |side: &[Value]| -> Vec<Value> {
        side.iter().filter(|v| !base.contains(v)).cloned().collect()
    };
    let (mine_removed, theirs_removed) = (removed_by(mine), removed_by(theirs));
    let (mine_added, theirs_added) = (added_by(mine), added_by(theirs));
    let both_replaced = mine_removed.iter().any(|v| theirs_removed.contains(v))
        && !mine_added.is_empty()
        && !theirs_added.is_empty();
    if both_replaced {
        return None;
    }
    // Symmetric: what both kept, in the base's order, then what either added, in one order
    // that does not depend on which copy is this one.
    let mut out: Vec<Value> = base
        .iter()
        .filter(|v| !mine_removed.contains(v) && !theirs_removed.contains(v))
        .cloned()
        .collect();
    let mut added: Vec<Value> = mine_added.into_iter().chain(theirs_added).collect();
    added.sort_by_cached_key(Value::to_string);
    out.extend(added);
    Some(dedup_unless_repeated(out, [base, mine, theirs]))
}

/// The list with repeats dropped (both sides added the same element), unless a copy already
/// held one element twice on purpose.
fn dedup_unless_repeated(list: Vec<Value>, copies: [&[Value]; 3]) -> Vec<Value> {
    let repeats = |l: &[Value]| l.iter().enumerate().any(|(i, v)| l[..i].contains(v));
    if copies.iter().any(|copy| repeats(copy)) {
        return list;
    }
    dedup(list)
}

fn dedup(list: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::with_capacity(list.len());
    for value in list {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// Counts of one kind of record between two versions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    /// Records only in the newer version.
    pub added: usize,
    /// Records in both, different.
    pub changed: usize,
    /// Records only in the older version.
    pub removed: usize,
}

impl RecordCounts {
    fn of<'a, R: PartialEq + 'a>(
        before: impl Iterator<Item = (u64, &'a R)>,
        after: impl Iterator<Item = (u64, &'a R)>,
    ) -> Self {
        let before: BTreeMap<u64, &R> = before.collect();
        let after: BTreeMap<u64, &R> = after.collect();
        Self {
            added: after.keys().filter(|id| !before.contains_key(id)).count(),
            changed: after
                .iter()
                .filter(|(id, r)| before.get(id).is_some_and(|old| old != *r))
                .count(),
            removed: before.keys().filter(|id| !after.contains_key(id)).count(),
        }
    }

    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// What a merge changes in this copy: per kind of record, and the fields of the people it
/// changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Contacts.
    pub contacts: RecordCounts,
    /// Encounters.
    pub encounters: RecordCounts,
    /// Introductions.
    pub introductions: RecordCounts,
    /// Relations.
    pub relations: RecordCounts,
    /// The project's own fields that change (goal, lenses…), by saved name.
    pub project_fields: Vec<String>,
    /// Each contact changed, by name, with the fields that change.
    pub changed_people: Vec<(String, Vec<String>)>,
}

impl MergeSummary {
    /// What turning `before` into `after` changes.
    pub fn between(before: &Network, after: &Network) -> Self {
        let changed_fields = |old: &Value, new: &Value| -> Vec<String> {
            let (Some(old), Some(new)) = (old.as_object(), new.as_object()) else {
                return Vec::new();
            };
            old.keys()
                .chain(new.keys())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .filter(|key| old.get(*key) != new.get(*key) && key.as_str() != "conflicts")
                .map(|key| field_label(key))
                .collect()
        };
        let changed_people = after
            .contacts()
            .filter_map(|contact| {
                let old = before.contact(contact.id)?;
                (old != contact).then(|| {
                    (
                        contact.name.clone(),
                        changed_fields(&to_json(old), &to_json(contact)),
                    )
                })
            })
            .collect();
        Self {
            contacts: RecordCounts::of(
                before.contacts().map(|c| (c.id.0, c)),
                after.contacts().map(|c| (c.id.0, c)),
            ),
            encounters: RecordCounts::of(
                before.encounters().map(|e| (e.id.0, e)),
                after.encounters().map(|e| (e.id.0, e)),
            ),
            introductions: RecordCounts::of(
                before.introductions().map(|i| (i.id.0, i)),
                after.introductions().map(|i| (i.id.0, i)),
            ),
            relations: RecordCounts::of(
                before.relations().map(|r| (r.id.0, r)),
                after.relations().map(|r| (r.id.0, r)),
            ),
            project_fields: changed_fields(&to_json(&before.project()), &to_json(&after.project())),
            changed_people,
        }
    }

    /// Whether the merge changes nothing here.
    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty()
            && self.encounters.is_empty()
            && self.introductions.is_empty()
            && self.relations.is_empty()
            && self.project_fields.is_empty()
    }

    /// The summary in a few lines: one per kind that changes, then each person changed.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (kind, counts) in [
            ("merge3-kind-contacts", self.contacts),
            ("merge3-kind-encounters", self.encounters),
            ("merge3-kind-introductions", self.introductions),
            ("merge3-kind-relations", self.relations),
        ] {
            if !counts.is_empty() {
                lines.push(crate::tr!(
                    "merge3-counts",
                    kind = crate::text::i18n::tr(kind),
                    added = counts.added,
                    changed = counts.changed,
                    removed = counts.removed
                ));
            }
        }
        if !self.project_fields.is_empty() {
            lines.push(crate::tr!(
                "merge3-project-fields",
                fields = self.project_fields.join(", ")
            ));
        }
        for (name, fields) in &self.changed_people {
            lines.push(crate::tr!(
                "merge3-person-fields",
                name = name.as_str(),
                fields = fields.join(", ")
            ));
        }
        lines
    }
}

/// The record a conflict is about, in words: the person's name, the encounter's day and
/// people, the introduction's pair…
pub fn record_label(network: &Network, record: RecordKey) -> String {
    use super::ids::Person;
    match record {
        RecordKey::Project => crate::text::i18n::tr("merge3-record-project"),
        RecordKey::Contact(id) => network
            .contact(id)
            .map_or_else(|| crate::tr!("merge3-record-gone"), |c| c.name.clone()),
        RecordKey::Encounter(id) => network.encounter(id).map_or_else(
            || crate::tr!("merge3-record-gone"),
            |e| {
                let people: Vec<String> = e
                    .participants
                    .iter()
                    .map(|p| network.person_name(Person::Contact(*p)).into_owned())
                    .collect();
                crate::tr!(
                    "merge3-record-encounter",
                    date = e.date.to_string(),
                    people = people.join(", ")
                )
            },
        ),
        RecordKey::Introduction(id) => network.introduction(id).map_or_else(
            || crate::tr!("merge3-record-gone"),
            |i| {
                crate::tr!(
                    "merge3-record-introduction",
                    a = network.person_name(i.a).into_owned(),
                    b = network.person_name(i.b).into_owned()
                )
            },
        ),
        RecordKey::Relation(_) => crate::text::i18n::tr("merge3-record-relation"),
    }
}

/// A value saved as JSON, as a person reads it: text as it is, nothing as "(empty)".
pub fn shown_value(json: Option<&str>) -> String {
    let Some(json) = json else {
        return crate::text::i18n::tr("merge3-empty");
    };
    match serde_json::from_str::<Value>(json) {
        Ok(Value::String(text)) if text.is_empty() => crate::text::i18n::tr("merge3-empty"),
        Ok(Value::String(text)) => text,
        Ok(Value::Null) => crate::text::i18n::tr("merge3-empty"),
        Ok(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        _ => json.to_owned(),
    }
}

/// A field's path in words: each saved name as the catalogue says it (`merge3-field-notes`
/// → "notes"), else the name with spaces.
pub fn field_label(path: &str) -> String {
    path.split('.')
        .map(|key| {
            let id = format!("merge3-field-{}", key.replace('_', "-"));
            if crate::text::i18n::has_message(&id) {
                crate::text::i18n::tr(&id)
            } else {
                key.replace('_', " ")
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// One conflict in a line: what, which field, both values.
pub fn conflict_line(network: &Network, conflict: &MergeConflict) -> String {
    let record = record_label(network, conflict.record);
    match conflict.kind {
        ConflictKind::DeletedAndChanged => crate::tr!("merge3-conflict-deleted", record = record),
        ConflictKind::BothChanged if conflict.field.is_empty() => {
            crate::tr!("merge3-conflict-record", record = record)
        }
        ConflictKind::BothChanged => crate::tr!(
            "merge3-conflict-field",
            record = record,
            field = field_label(&conflict.field),
            kept = shown_value(conflict.kept.as_deref()),
            other = shown_value(conflict.other.as_deref())
        ),
    }
}

/// The edit that settles a conflict: the other copy's value taken (`take_other`), or the
/// value kept as it is; either way the conflict leaves the list. For a record one copy
/// deleted, taking the other side deletes it. `None` when the record is gone.
pub fn settle_conflict(
    network: &Network,
    conflict: &MergeConflict,
    take_other: bool,
) -> Option<super::edit::Edit> {
    use super::edit::Edit;
    let mut project = network.project();
    let before = project.conflicts.len();
    project.conflicts.retain(|c| c != conflict);
    if project.conflicts.len() == before {
        return None;
    }
    if !take_other {
        return Some(Edit::SetProject(Box::new(project)));
    }
    let deleting = conflict.kind == ConflictKind::DeletedAndChanged;
    let other: Option<Value> = match &conflict.other {
        Some(json) => Some(serde_json::from_str(json).ok()?),
        None => None,
    };
    let with_other = |record: Value| -> Option<Value> {
        if conflict.field.is_empty() {
            return other.clone();
        }
        let mut record = record;
        set_path(&mut record, &conflict.field, other.clone())?;
        Some(record)
    };
    let change = match conflict.record {
        RecordKey::Project => {
            let mut changed: Project =
                serde_json::from_value(with_other(to_json(&project))?).ok()?;
            changed.conflicts = project.conflicts;
            return Some(Edit::SetProject(Box::new(changed)));
        }
        RecordKey::Contact(id) => {
            let contact = network.contact(id)?;
            if deleting {
                network.removal_of_contact(id)?.edit
            } else {
                Edit::PutContact(Box::new(
                    serde_json::from_value(with_other(to_json(contact))?).ok()?,
                ))
            }
        }
        RecordKey::Encounter(id) => {
            let encounter = network.encounter(id)?;
            if deleting {
                Edit::RemoveEncounter(id)
            } else {
                Edit::PutEncounter(Box::new(
                    serde_json::from_value(with_other(to_json(encounter))?).ok()?,
                ))
            }
        }
        RecordKey::Introduction(id) => {
            let introduction = network.introduction(id)?;
            if deleting {
                Edit::RemoveIntroduction(id)
            } else {
                Edit::PutIntroduction(Box::new(
                    serde_json::from_value(with_other(to_json(introduction))?).ok()?,
                ))
            }
        }
        RecordKey::Relation(id) => {
            let relation = network.relations().find(|r| r.id == id)?;
            if deleting {
                Edit::RemoveRelation(id)
            } else {
                Edit::PutRelation(Box::new(
                    serde_json::from_value(with_other(to_json(relation))?).ok()?,
                ))
            }
        }
    };
    Some(Edit::Batch(vec![
        change,
        Edit::SetProject(Box::new(project)),
    ]))
}

/// Sets the field at `path` (names joined by dots) to `value`, or removes it (`None`).
fn set_path(record: &mut Value, path: &str, value: Option<Value>) -> Option<()> {
    let (parents, last) = match path.rsplit_once('.') {
        Some((parents, last)) => (Some(parents), last),
        None => (None, path),
    };
    let mut here = record;
    for key in parents.into_iter().flat_map(|p| p.split('.')) {
        let object = here.as_object_mut()?;
        here = object
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    let object = here.as_object_mut()?;
    match value {
        Some(value) => object.insert(last.to_owned(), value),
        None => object.remove(last),
    };
    Some(())
}
