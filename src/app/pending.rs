//! What the app is waiting on: an intent held back by the question about unsaved changes,
//! and why a file dialog is open. Plain types, so that every part of the app can name them.

use std::path::PathBuf;

use crate::export;
use crate::import;
use crate::ui::action::Action;

/// Something the user wants that may have to wait for unsaved changes to be dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Start a new project.
    New,
    /// Choose a project to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the demo project.
    OpenDemo,
    /// Close Carnet.
    Quit,
}

impl Intent {
    /// What the user is doing, for the question about unsaved changes: `new`, `open` or
    /// `quit` (the catalogue's `unsaved-question` words it).
    pub(super) fn doing(&self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Open | Self::OpenPath(_) | Self::OpenDemo => "open",
            Self::Quit => "quit",
        }
    }

    /// The action that asks for it again (once a save is on disk).
    pub(super) fn into_action(self) -> Action {
        match self {
            Self::New => Action::New,
            Self::Open => Action::Open,
            Self::OpenPath(path) => Action::OpenPath(path),
            Self::OpenDemo => Action::OpenDemo,
            Self::Quit => Action::Quit,
        }
    }
}

/// Why a file dialog (or the typed path that stands in for it) is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs { then: Option<Intent> },
    Import(import::Format),
    ReadCalendar,
    MergeProject,
    Export(export::Format),
    ExportMap,
    SavePdf(crate::export::pdf::PdfDocument),
}
