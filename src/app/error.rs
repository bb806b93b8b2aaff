//! What can go wrong in the app's own work (files, saves, commands refused), as one typed
//! error, and the one place that reports it: the status bar (and the log).

use std::path::PathBuf;

use super::App;
use crate::session::CommandError;
use crate::store::exchange::FileError;
use crate::store::{LoadError, SaveError};
use crate::ui::map::MapImageError;
use crate::ui::status_bar::Status;

/// Why something the user asked for did not happen. The message (in the interface's
/// language, from the catalogue) says what was kept.
#[derive(Debug)]
pub enum AppError {
    /// A project file did not open; the open project stays.
    Open(LoadError),
    /// A save failed; the file on disk is as it was and the changes stay unsaved.
    Save(SaveError),
    /// The thread that writes a save could not start.
    SaveThread(std::io::Error),
    /// Saving a project open read-only.
    SaveReadOnly,
    /// Changing a project open read-only.
    EditReadOnly,
    /// The session refused a command.
    Command(CommandError),
    /// A file to import could not be read.
    Import(FileError),
    /// A calendar could not be read.
    Calendar(FileError),
    /// A project to merge could not be read, or is this one.
    Merge(FileError),
    /// An export could not be written.
    Export(FileError),
    /// A PDF could not be written.
    Pdf(FileError),
    /// Nothing to print with.
    NoPrinter,
    /// The print command failed or refused.
    Print(String),
    /// The map image could not be written.
    MapExport(MapImageError),
    /// The other program's version of the file does not load; mine stays.
    Reload(LoadError),
    /// Something other than a project was dropped on the window.
    DroppedNotProject(PathBuf),
    /// `--select NAME` found no single contact.
    NoSuchContact(String),
    /// The recovery copy could not be written.
    Recovery(String),
}

impl From<CommandError> for AppError {
    fn from(error: CommandError) -> Self {
        Self::Command(error)
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Open(error) => error.to_string(),
            Self::Save(error) => error.to_string(),
            Self::SaveThread(error) => tr!("error-save-thread", error = error.to_string()),
            Self::SaveReadOnly => tr!("error-save-read-only"),
            Self::EditReadOnly => tr!("error-edit-read-only"),
            Self::Command(error) => error.to_string(),
            Self::Import(error) => tr!("error-import", error = error.to_string()),
            Self::Calendar(error) => tr!("error-calendar", error = error.to_string()),
            Self::Merge(error) => tr!("error-merge", error = error.to_string()),
            Self::Export(error) => tr!("error-export", error = error.to_string()),
            Self::Pdf(error) => tr!("error-pdf", error = error.to_string()),
            Self::NoPrinter => tr!("error-no-printer"),
            Self::Print(error) => tr!("error-print", error = error.as_str()),
            Self::MapExport(error) => tr!("error-map", error = error.to_string()),
            Self::Reload(error) => tr!("error-reload", error = error.to_string()),
            Self::DroppedNotProject(path) => {
                tr!("error-dropped", path = path.display().to_string())
            }
            Self::NoSuchContact(text) | Self::Recovery(text) => text.clone(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for AppError {}

impl App {
    /// Reports an error: the status bar shows it and the log keeps it. The one place errors
    /// of the app's own work end up.
    pub(super) fn report(&mut self, error: AppError) {
        log::warn!("{error}");
        self.status = Status::error(error.to_string());
    }
}
