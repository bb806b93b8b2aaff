//! Typed errors of the file layer. Each message says what went wrong first and names the
//! file last, so a person reads the problem before the path.

use std::path::PathBuf;

/// Why a project file could not be opened. The open network is never touched on error.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("Could not read the file ({source}) — {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The path names a folder.
    #[error("This is a folder, not a project file — {}", path.display())]
    IsFolder {
        /// The folder.
        path: PathBuf,
    },
    /// Nothing in the file.
    #[error("The file is empty — {}", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// Larger than any real project.
    #[error("The file is too large to be a Carnet project ({size} bytes; the limit is {limit}) — {}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The largest size Carnet reads.
        limit: u64,
    },
    /// Not UTF-8 text.
    #[error("{what}: Carnet projects are UTF-8 text — {}", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// What the bytes look like instead.
        what: &'static str,
    },
    /// Not valid RON, or not the shape of a project.
    #[error("Not a readable Carnet project: {message} (line {line}, column {column}) — {}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// What the parser expected.
        message: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
    /// Written by a newer Carnet.
    #[error("This project was saved by a newer Carnet (format version {found}; this one reads up to {supported}). Update Carnet to open it — {}", path.display())]
    FutureVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// Well-formed, but the records contradict each other.
    #[error("The project is inconsistent: {source} — {}", path.display())]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// The broken rule.
        source: crate::model::ModelError,
    },
}

/// Why a project could not be saved. The file on disk is unchanged on error.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The target is a folder.
    #[error("Could not save: this is a folder — {}", path.display())]
    IsFolder {
        /// The target.
        path: PathBuf,
    },
    /// Writing failed (read-only folder, disk full, …).
    #[error("Could not save ({source}); the file on disk is unchanged — {}", path.display())]
    Write {
        /// The target.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The network could not be turned into text (a bug: it should never happen).
    #[error("Could not write the project as text: {message} — {}", path.display())]
    Serialize {
        /// The target.
        path: PathBuf,
        /// What the serializer said.
        message: String,
    },
}
