//! What can go wrong in the app's own work (files, saves, commands refused), as one typed
//! error, and the one place that reports it: the status bar (and the log).

use std::path::PathBuf;

use super::App;
use crate::files::FileError;
use crate::session::CommandError;
use crate::store::{LoadError, SaveError};
use crate::ui::map::MapImageError;
use crate::ui::status_bar::Status;

/// Why something the user asked for did not happen. The message says what was kept.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A project file did not open; the open project stays.
    #[error(transparent)]
    Open(LoadError),
    /// A save failed; the file on disk is as it was and the changes stay unsaved.
    #[error(transparent)]
    Save(SaveError),
    /// The thread that writes a save could not start.
    #[error("Could not start saving: {0}")]
    SaveThread(std::io::Error),
    /// Saving a project open read-only.
    #[error(
        "This project is open read-only (another Carnet window has it open): Save as… writes a \
         copy of your own."
    )]
    SaveReadOnly,
    /// Changing a project open read-only.
    #[error(
        "Read-only: this project is open in another Carnet window. Save as… to keep a copy you \
         can change."
    )]
    EditReadOnly,
    /// The session refused a command.
    #[error(transparent)]
    Command(#[from] CommandError),
    /// A file to import could not be read.
    #[error("Nothing imported: {0}")]
    Import(FileError),
    /// A calendar could not be read.
    #[error("Nothing read: {0}")]
    Calendar(FileError),
    /// A project to merge could not be read, or is this one.
    #[error("Nothing merged: {0}")]
    Merge(FileError),
    /// An export could not be written.
    #[error("Nothing exported: {0}")]
    Export(FileError),
    /// A PDF could not be written.
    #[error("PDF not saved: {0}")]
    Pdf(FileError),
    /// Nothing to print with.
    #[error(
        "No print command on this system (lp or lpr): Save as PDF… and print it from a PDF \
         viewer."
    )]
    NoPrinter,
    /// The print command failed or refused.
    #[error("Not printed: {0}")]
    Print(String),
    /// The map image could not be written.
    #[error("Map not exported: {0}")]
    MapExport(MapImageError),
    /// The other program's version of the file does not load; mine stays.
    #[error("Kept your version: {0}")]
    Reload(LoadError),
    /// Something other than a project was dropped on the window.
    #[error("Only Carnet projects (.ron files) can be opened by dropping them — {}", .0.display())]
    DroppedNotProject(PathBuf),
    /// `--select NAME` found no single contact.
    #[error("{0}")]
    NoSuchContact(String),
    /// The recovery copy could not be written.
    #[error("{0}")]
    Recovery(String),
}

impl App {
    /// Reports an error: the status bar shows it and the log keeps it. The one place errors
    /// of the app's own work end up.
    pub(super) fn report(&mut self, error: AppError) {
        log::warn!("{error}");
        self.status = Status::error(error.to_string());
    }
}
