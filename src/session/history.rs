//! Undo and redo as a history of edits. Each step keeps the edit that undoes it and the edit
//! that redoes it; a burst of changes to one field merges into one step.

use crate::model::Edit;
use crate::text::i18n::Words;

/// Two consecutive changes with the same key, close in time, are one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeKey(pub String);

/// How long a pause ends a burst of typing, in seconds.
const MERGE_WINDOW_S: f64 = 2.0;

/// The most undo steps kept. A step holds two edits, usually small, but an import or a project
/// merge holds every record it added (20,000 contacts for a large import): a long session of
/// such steps would grow without bound. The oldest steps go first.
pub const MAX_UNDO_STEPS: usize = 1_000;

#[derive(Clone, Debug)]
struct Step {
    label: Words,
    undo: Edit,
    redo: Edit,
    revision: u64,
    merge_key: Option<MergeKey>,
    time: f64,
}

/// The undo and redo stacks of one open project. Never saved to disk.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    last_revision: u64,
    /// The revision of the state before the oldest step kept (0: the state opened).
    floor_revision: u64,
}

impl History {
    /// Records an applied edit: `redo` is what was applied, `undo` what reverts it.
    pub fn record(
        &mut self,
        label: impl Into<Words>,
        redo: Edit,
        undo: Edit,
        merge_key: Option<MergeKey>,
        time: f64,
    ) {
        self.redo.clear();
        self.last_revision += 1;
        let revision = self.last_revision;
        if let (Some(key), Some(top)) = (&merge_key, self.undo.last_mut())
            && top.merge_key.as_ref() == Some(key)
            && time - top.time <= MERGE_WINDOW_S
        {
            // Same field, same burst: keep the oldest undo, take the newest redo.
            top.redo = redo;
            top.revision = revision;
            top.time = time;
            return;
        }
        self.undo.push(Step {
            label: label.into(),
            undo,
            redo,
            revision,
            merge_key,
            time,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            let dropped = self.undo.remove(0);
            // Undoing every step kept now leads to the state after the dropped one.
            self.floor_revision = dropped.revision;
        }
    }

    /// Ends the current burst, so that the next change starts a new step.
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge_key = None;
        }
    }

    /// A number that names the document's current state: it changes with every edit, and
    /// returns to an earlier value when undo returns to that state.
    pub fn revision(&self) -> u64 {
        self.undo
            .last()
            .map_or(self.floor_revision, |step| step.revision)
    }

    /// The label of the step undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.now())
    }

    /// The label of the step redo would apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.now())
    }

    /// Takes the step to undo; hand back its replay edit with [`History::undone`].
    pub(crate) fn take_undo(&mut self) -> Option<(String, Edit)> {
        let step = self.undo.last()?;
        Some((step.label.now().to_owned(), step.undo.clone()))
    }

    /// Moves the top step to the redo stack once its undo edit was applied.
    pub(crate) fn undone(&mut self) {
        if let Some(mut step) = self.undo.pop() {
            step.merge_key = None;
            self.redo.push(step);
        }
    }

    /// Takes the step to redo.
    pub(crate) fn take_redo(&mut self) -> Option<(String, Edit)> {
        let step = self.redo.last()?;
        Some((step.label.now().to_owned(), step.redo.clone()))
    }

    /// Moves the top redo step back to the undo stack once its edit was applied.
    pub(crate) fn redone(&mut self) {
        if let Some(step) = self.redo.pop() {
            self.undo.push(step);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::Network;

    fn rename(name: &str) -> Edit {
        let mut project = Network::new("x").project();
        project.name = name.to_owned();
        Edit::SetProject(Box::new(project))
    }

    #[test]
    fn the_history_keeps_the_latest_steps_and_never_claims_the_opened_state() {
        let mut history = History::default();
        for i in 0..MAX_UNDO_STEPS + 5 {
            history.record(
                format!("step {i}"),
                rename("b"),
                rename("a"),
                None,
                i as f64 * 10.0,
            );
        }
        let mut undone = 0;
        while history.take_undo().is_some() {
            history.undone();
            undone += 1;
        }
        assert_eq!(undone, MAX_UNDO_STEPS);
        // Back as far as undo goes, the document is not as it was opened (revision 0): the
        // five oldest steps are still applied, so a project saved when opened stays dirty.
        assert_eq!(history.revision(), 5);
    }
}
