//! One open project: its network, where it lives on disk, its history, what is selected and
//! whether it has unsaved changes, and the commands that change it (`command.rs`). Free of UI.

mod command;
pub mod history;

use std::path::{Path, PathBuf};

use crate::model::{
    ContactId, Edit, EncounterDraft, EncounterId, IntroductionId, ModelError, Network,
};
use crate::session::history::{History, MergeKey};
use crate::store::{self, LoadError, SaveError};

pub use command::{Command, CommandError, Effects, Field, IntroText, Outcome};

/// What derived views (the agenda, sheets, list facts, the map's scene) are cached on: which
/// project was opened (the app's file generation), how many changes it has seen, and which day
/// it is (facts such as "overdue" depend on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NetworkVersion {
    /// Counts the projects opened in this window.
    pub generation: u64,
    /// Counts the changes to the open project (undo and redo included).
    pub changes: u64,
    /// The day the views are computed for.
    pub today: chrono::NaiveDate,
    /// The interface's language: every view in words is made again when it changes.
    pub language: crate::text::i18n::Language,
}

/// A change to apply: the edit, its label in the Edit menu, and how it merges with the
/// previous change.
#[derive(Clone, Debug)]
pub struct Change {
    /// What changes.
    pub edit: Edit,
    /// "Edit name", "Delete Alice Martin"…, in each language.
    pub label: crate::text::i18n::Words,
    /// Changes with the same key in one burst are one undo step.
    pub merge_key: Option<MergeKey>,
}

impl Change {
    /// A change that is its own undo step.
    pub fn new(label: impl Into<crate::text::i18n::Words>, edit: Edit) -> Self {
        Self {
            edit,
            label: label.into(),
            merge_key: None,
        }
    }

    /// A change that merges with the previous one of the same key.
    pub fn merging(
        label: impl Into<crate::text::i18n::Words>,
        edit: Edit,
        key: impl Into<String>,
    ) -> Self {
        Self {
            edit,
            label: label.into(),
            merge_key: Some(MergeKey(key.into())),
        }
    }
}

/// An open project.
#[derive(Debug)]
pub struct Session {
    network: Network,
    path: Option<PathBuf>,
    history: History,
    saved_revision: u64,
    changes: u64,
    /// The contact the latest change rewrote, when that was all it did.
    only_contact_changed: Option<ContactId>,
    /// The contact shown in the editor and highlighted in the list.
    pub selection: Option<ContactId>,
    /// Contacts added to the selection with Ctrl+click, in the order picked (never the
    /// `selection` itself); with them the editor offers what applies to several people.
    pub also_selected: Vec<ContactId>,
}

impl Default for Session {
    fn default() -> Self {
        Self::untitled()
    }
}

impl Session {
    /// A new, empty project that has no file yet.
    pub fn untitled() -> Self {
        Self::with_network(Network::default(), None)
    }

    /// A project for this network, read from `path` (or not saved yet).
    pub fn with_network(network: Network, path: Option<PathBuf>) -> Self {
        Self {
            network,
            path,
            history: History::default(),
            saved_revision: 0,
            changes: 0,
            only_contact_changed: None,
            selection: None,
            also_selected: Vec::new(),
        }
    }

    /// A project restored from a recovery copy: the network as it was when the copy was
    /// written, for the file it came from; unsaved until the owner saves.
    pub fn recovered(network: Network, path: Option<PathBuf>) -> Self {
        let mut session = Self::with_network(network, path);
        // No history leads back to what is on disk.
        session.saved_revision = u64::MAX;
        session
    }

    /// Opens a project file.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let network = store::load(path)?;
        Ok(Self::with_network(network, Some(absolute(path))))
    }

    /// The network.
    pub fn network(&self) -> &Network {
        &self.network
    }

    /// The file the project lives in, if it was saved or opened.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes not written to the file.
    pub fn is_dirty(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// The version of the network that derived views are cached on, for the project opened
    /// as the app's `generation`, on `today`.
    pub fn version(&self, generation: u64, today: chrono::NaiveDate) -> NetworkVersion {
        NetworkVersion {
            generation,
            changes: self.change_count(),
            today,
            language: crate::text::i18n::language(),
        }
    }

    /// A counter that moves with every change, undo and redo: caches of derived data compare it.
    pub fn change_count(&self) -> u64 {
        self.changes
    }

    /// The contact the latest change rewrote, if rewriting one existing contact is all it
    /// did (typing in the editor, undoing that): caches of per-contact data can update that
    /// contact alone. `None` after any other change.
    pub fn only_contact_changed(&self) -> Option<ContactId> {
        self.only_contact_changed
    }

    /// The undo and redo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// A fresh contact id.
    pub fn allocate_contact_id(&mut self) -> ContactId {
        self.network.allocate_contact_id()
    }

    /// Moves the id counter past `next` (records of another copy come in; not undoable, as
    /// ids are never reused).
    pub fn reserve_ids_below(&mut self, next: u64) {
        self.network.reserve_ids_below(next);
    }

    /// The project's revisions, as a merge joined them (not part of the history).
    pub fn set_lineage(&mut self, lineage: Vec<u64>) {
        self.network.lineage = lineage;
    }

    /// Gives a project read from a file written before revisions its first one.
    pub fn ensure_lineage(&mut self) {
        store::versions::ensure_lineage(&mut self.network);
    }

    /// A fresh introduction id.
    pub fn allocate_introduction_id(&mut self) -> IntroductionId {
        self.network.allocate_introduction_id()
    }

    /// The edit that records a debrief form's draft, with fresh ids for a new encounter and
    /// each new person (allocating ids changes no record).
    pub fn edit_for_draft(&mut self, draft: EncounterDraft) -> (EncounterId, Edit) {
        draft.into_edit(&mut self.network)
    }

    /// The edit that merges another project, with fresh ids for everything it brings.
    pub fn edit_for_project_merge(&mut self, merge: crate::import::ProjectMerge) -> Option<Edit> {
        merge.into_edit(&mut self.network)
    }

    /// Applies a change and records it for undo. `time` is the UI clock in seconds, used to
    /// group a burst of typing into one step.
    pub fn apply(&mut self, change: Change, time: f64) -> Result<(), ModelError> {
        if change.edit.is_empty() {
            return Ok(());
        }
        let only_contact = self.only_contact_in(&change.edit);
        let undo = self.network.apply(change.edit.clone())?;
        self.history
            .record(change.label, change.edit, undo, change.merge_key, time);
        self.after_change(only_contact);
        Ok(())
    }

    /// Ends the current burst of typing.
    pub fn seal_history(&mut self) {
        self.history.seal();
    }

    /// Reverts the latest step; returns its label.
    pub fn undo(&mut self) -> Option<String> {
        let (label, edit) = self.history.take_undo()?;
        let only_contact = self.only_contact_in(&edit);
        // An undo edit is the inverse of an applied edit, so it applies; if it ever did not,
        // the history is left as it was rather than lying.
        self.network.apply(edit).ok()?;
        self.history.undone();
        self.after_change(only_contact);
        Some(label)
    }

    /// Re-applies the latest undone step; returns its label.
    pub fn redo(&mut self) -> Option<String> {
        let (label, edit) = self.history.take_redo()?;
        let only_contact = self.only_contact_in(&edit);
        self.network.apply(edit).ok()?;
        self.history.redone();
        self.after_change(only_contact);
        Some(label)
    }

    /// The contact `edit` rewrites, if rewriting one contact already here is all it does.
    fn only_contact_in(&self, edit: &Edit) -> Option<ContactId> {
        match edit {
            Edit::PutContact(contact) if self.network.contact(contact.id).is_some() => {
                Some(contact.id)
            }
            Edit::Batch(edits) if edits.len() == 1 => {
                edits.first().and_then(|e| self.only_contact_in(e))
            }
            _ => None,
        }
    }

    fn after_change(&mut self, only_contact: Option<ContactId>) {
        self.changes += 1;
        self.only_contact_changed = only_contact;
        let network = &self.network;
        self.also_selected
            .retain(|id| network.contact(*id).is_some());
        if let Some(id) = self.selection
            && network.contact(id).is_none()
        {
            self.selection = None;
        }
        if self.selection.is_none() && !self.also_selected.is_empty() {
            self.selection = Some(self.also_selected.remove(0));
        }
    }

    /// Every selected contact: the one in the editor first, then those added with Ctrl+click.
    pub fn selected_contacts(&self) -> Vec<ContactId> {
        self.selection
            .into_iter()
            .chain(self.also_selected.iter().copied())
            .collect()
    }

    /// Selects one contact (or none), dropping the others from the selection.
    pub fn select(&mut self, id: Option<ContactId>) {
        self.selection = id;
        self.also_selected.clear();
    }

    /// Adds a contact to the selection, or takes it out if it is in (Ctrl+click).
    pub fn toggle_selected(&mut self, id: ContactId) {
        if self.selection == Some(id) {
            self.selection = (!self.also_selected.is_empty()).then(|| self.also_selected.remove(0));
        } else if let Some(at) = self.also_selected.iter().position(|c| *c == id) {
            self.also_selected.remove(at);
        } else if self.selection.is_none() {
            self.selection = Some(id);
        } else {
            self.also_selected.push(id);
        }
    }

    /// What to write to save the project: a copy of the network as it is now, the file
    /// (`path`, or the project's own file; `None` when it has none), and the revision it
    /// shows. Writing happens elsewhere (a thread); [`Session::saved`] records the outcome.
    pub fn begin_save(&mut self, path: Option<&Path>) -> Option<SaveTicket> {
        let path = path.map(absolute).or_else(|| self.path.clone())?;
        // A burst of typing ends here, so the revision saved is a step undo can return to.
        self.history.seal();
        // Each save is a revision of its own, so that two copies tell their common version.
        store::versions::start_revision(&mut self.network);
        Some(SaveTicket {
            network: self.network.snapshot(),
            path,
            revision: self.history.revision(),
        })
    }

    /// A save's bytes are on disk: `path` is now the project's file, and the project is
    /// clean if it still shows the revision that was written (changes made while the save ran
    /// stay unsaved).
    pub fn saved(&mut self, path: &Path, revision: u64) {
        self.path = Some(path.to_owned());
        self.saved_revision = revision;
    }
}

/// A save to carry out: the network to write, where, and the revision it is.
#[derive(Debug)]
pub struct SaveTicket {
    /// A copy of the network when the save began.
    pub network: Network,
    /// The file to write.
    pub path: PathBuf,
    /// The history revision the copy shows.
    pub revision: u64,
}

impl SaveTicket {
    /// Writes the network (atomically, keeping a `.bak`).
    pub fn write(&self) -> Result<(), SaveError> {
        store::save(&self.network, &self.path)
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Contact;

    #[test]
    fn only_a_rewrite_of_one_existing_contact_counts_as_changing_that_contact_alone() {
        let mut session = Session::untitled();
        let id = session.allocate_contact_id();
        let put = |name: &str| Edit::PutContact(Box::new(Contact::new(id, name)));
        session.apply(Change::new("add", put("Ada")), 0.0).ok();
        assert_eq!(session.only_contact_changed(), None, "a new contact");
        session
            .apply(Change::new("rename", put("Ada L.")), 1.0)
            .ok();
        assert_eq!(session.only_contact_changed(), Some(id));
        session.undo();
        assert_eq!(session.only_contact_changed(), Some(id), "undoing a rename");
        session
            .apply(Change::new("remove", Edit::RemoveContact(id)), 2.0)
            .ok();
        assert_eq!(session.only_contact_changed(), None);
    }
}
