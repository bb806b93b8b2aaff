//! What the UI asks for. Panels push actions; the app applies them once, at the end of the
//! frame, in one place (`App::apply_action`).

use std::path::PathBuf;

use crate::model::{
    Contact, ContactId, EncounterDraft, EncounterId, IntroStatus, IntroductionId, Position, Project,
};
use crate::ui::CentralView;
use crate::ui::theme::ThemeChoice;

/// A request from the UI.
#[derive(Clone, Debug)]
pub enum Action {
    /// Start a new, empty project (asks about unsaved changes first).
    New,
    /// Choose a project file to open (asks about unsaved changes first).
    Open,
    /// Open this project file (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Save to the project's file, or ask where if it has none.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close Carnet (asks about unsaved changes first).
    Quit,
    /// Revert the latest change.
    Undo,
    /// Re-apply the latest undone change.
    Redo,
    /// Show this contact in the editor (or none).
    Select(Option<ContactId>),
    /// Show on the map only this person and those within a step of them (or, with `None`,
    /// the whole map again).
    FocusMap(Option<ContactId>),
    /// Add a contact to the selection, or take it out (Ctrl+click).
    ToggleSelected(ContactId),
    /// Show the card that merges `absorbed` into `kept`, the same person recorded twice.
    AskMergeContacts {
        /// The contact kept (its id stays).
        kept: ContactId,
        /// The contact merged into it and removed.
        absorbed: ContactId,
    },
    /// Merge two contacts: `merged` (with the id of the one kept) replaces it, and what
    /// referred to `absorbed` follows; one undo step.
    MergeContacts {
        /// The contact as it will be.
        merged: Box<Contact>,
        /// The contact merged into it and removed.
        absorbed: ContactId,
    },
    /// Add a contact and select it.
    AddContact,
    /// Replace a contact; `field` names what changed, for the undo label and merging.
    UpdateContact {
        /// The contact as it should be.
        contact: Box<Contact>,
        /// The field that changed ("name", "notes"…).
        field: &'static str,
    },
    /// Delete a contact and what goes with it (the user already confirmed).
    DeleteContact(ContactId),
    /// Ask the user to confirm deleting a contact.
    AskDeleteContact(ContactId),
    /// Pin a contact where it was dropped on the map, or unpin it (`None`).
    PinContact {
        /// The contact.
        id: ContactId,
        /// Where, in map units.
        position: Option<Position>,
    },
    /// Replace the project's name, goal, owner or settings.
    UpdateProject {
        /// The project as it should be.
        project: Box<Project>,
        /// The field that changed.
        field: &'static str,
    },
    /// Open the debrief form for a new encounter with these people.
    LogEncounter {
        /// Who was met (the form can add more).
        with: Vec<ContactId>,
        /// Which form: an encounter, an event, a planned meeting.
        form: FormKind,
    },
    /// Open the form on an existing encounter.
    EditEncounter(EncounterId),
    /// Record what the form holds (a new encounter, or changes to one).
    SaveEncounter(Box<EncounterDraft>),
    /// Delete an encounter (undoable).
    DeleteEncounter(EncounterId),
    /// Mark a follow-up done or not done.
    SetFollowUpDone {
        /// The encounter where it was promised.
        encounter: EncounterId,
        /// Its place in the encounter's follow-ups.
        index: usize,
        /// Done or not.
        done: bool,
    },
    /// Choose where to write every contact in this format, and write them.
    Export(crate::export::Format),
    /// Choose where to write the map as an image (PNG or SVG), as the map shows it now.
    ExportMap,
    /// Save a lens (the map's filters and focus, named) in the project, replacing the one of
    /// the same name.
    SaveLens(crate::model::Lens),
    /// Remove the lens of this name from the project.
    DeleteLens(String),
    /// Choose a file of this format and preview importing it.
    Import(crate::import::Format),
    /// Choose another project file and preview merging it into this one.
    MergeProject,
    /// Apply the import previewed (one undo step).
    ApplyImport,
    /// Show the card that proposes introducing `a` to `b`, with the trust gate's verdict.
    ProposeIntroduction {
        /// The first person.
        a: ContactId,
        /// The second person.
        b: ContactId,
    },
    /// Plan the introduction of `a` to `b` by me. Refused when the trust gate fails, unless
    /// the owner wrote why they go ahead anyway.
    PlanIntroduction {
        /// The first person.
        a: ContactId,
        /// The second person.
        b: ContactId,
        /// Why the owner proceeds although the gate failed.
        override_reason: Option<String>,
    },
    /// Plan the introductions along a warm path: each (introducer, person) pair becomes
    /// "introducer introduces me to person", planned today; one undo step.
    PlanPath(Vec<(ContactId, ContactId)>),
    /// Light up these contacts on the map and show it (an empty list clears the light).
    ShowOnMap(Vec<ContactId>),
    /// Start an introduction from a contact: the Introductions tab with their name filled in.
    StartIntroduction(ContactId),
    /// Ask "who can introduce me to this contact?" in the Introductions tab.
    FindWarmPaths(ContactId),
    /// Move an introduction to a new status, dated today.
    SetIntroductionStatus {
        /// The introduction.
        id: IntroductionId,
        /// The status reached.
        status: IntroStatus,
    },
    /// Write an introduction's notes (how it was made) or its outcome.
    SetIntroductionText {
        /// The introduction.
        id: IntroductionId,
        /// Which text.
        field: IntroText,
        /// The new text.
        text: String,
    },
    /// Show this view in the central panel.
    ShowView(CentralView),
    /// Show the preparation sheet for a contact or a planned meeting.
    Prepare(PrepTarget),
    /// Change the colour theme.
    SetTheme(ThemeChoice),
    /// Forget the recent files.
    ClearRecentFiles,
}

/// The free texts of an introduction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntroText {
    /// Why they fit, how it was made (email, lunch…).
    Notes,
    /// What came of it.
    Outcome,
}

impl IntroText {
    /// The field's name, lower case.
    pub fn label(self) -> &'static str {
        match self {
            Self::Notes => "notes",
            Self::Outcome => "outcome",
        }
    }
}

/// Which debrief form to open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FormKind {
    /// An encounter that took place today (the date can be changed).
    #[default]
    Encounter,
    /// An event where several people were met at once.
    Event,
    /// A meeting ahead: the date starts a week from today.
    Planned,
}

/// What a preparation sheet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrepTarget {
    /// Meeting one contact.
    Contact(ContactId),
    /// A planned meeting, with each of its participants.
    Meeting(EncounterId),
}
