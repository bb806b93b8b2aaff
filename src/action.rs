//! What the UI asks for. Panels push actions; the app applies them once, at the end of the
//! frame, in one place (`App::apply_action`).

use std::path::PathBuf;

use crate::model::{Contact, ContactId, Position, Project};
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
    /// Change the colour theme.
    SetTheme(ThemeChoice),
    /// Forget the recent files.
    ClearRecentFiles,
}
