//! Typed errors of the file layer. Each message says what went wrong first and names the
//! file last, so a person reads the problem before the path.

use std::path::PathBuf;

/// Why a project file could not be opened. The open network is never touched on error.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The path names a folder.
    IsFolder {
        /// The folder.
        path: PathBuf,
    },
    /// Nothing in the file.
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// Larger than any real project.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The largest size Carnet reads.
        limit: u64,
    },
    /// Not UTF-8 text.
    NotText {
        /// The file.
        path: PathBuf,
        /// What the bytes look like instead: a message of the catalogue.
        what: &'static str,
    },
    /// Not valid RON, or not the shape of a project.
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
    FutureVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// Well-formed, but the records contradict each other.
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// The broken rule.
        source: crate::model::ModelError,
    },
}

/// Why a project could not be saved. The file on disk is unchanged on error.
#[derive(Debug)]
pub enum SaveError {
    /// The target is a folder.
    IsFolder {
        /// The target.
        path: PathBuf,
    },
    /// Writing failed (read-only folder, disk full, …).
    Write {
        /// The target.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file has no write permission: it is not overwritten (a project made read-only on
    /// purpose stays as it is).
    ReadOnly {
        /// The target.
        path: PathBuf,
    },
    /// The project would be larger than Carnet opens: nothing is written.
    TooLarge {
        /// The target.
        path: PathBuf,
        /// The size it would have, in bytes.
        size: u64,
        /// The largest project Carnet opens, in bytes.
        limit: u64,
    },
    /// The network could not be turned into text (a bug: it should never happen).
    Serialize {
        /// The target.
        path: PathBuf,
        /// What the serializer said.
        message: String,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Read { path, source } => tr!(
                "load-read",
                error = source.to_string(),
                path = path.display().to_string()
            ),
            Self::IsFolder { path } => tr!("load-folder", path = path.display().to_string()),
            Self::Empty { path } => tr!("load-empty", path = path.display().to_string()),
            Self::TooLarge { path, size, limit } => tr!(
                "load-too-large",
                size = size.to_string(),
                limit = limit.to_string(),
                path = path.display().to_string()
            ),
            Self::NotText { path, what } => tr!(
                "load-not-text",
                what = tr!(what),
                path = path.display().to_string()
            ),
            Self::Syntax {
                path,
                message,
                line,
                column,
            } => tr!(
                "load-syntax",
                message = message.as_str(),
                line = *line,
                column = *column,
                path = path.display().to_string()
            ),
            Self::FutureVersion {
                path,
                found,
                supported,
            } => tr!(
                "load-future",
                found = found.to_string(),
                supported = supported.to_string(),
                path = path.display().to_string()
            ),
            Self::Inconsistent { path, source } => tr!(
                "load-inconsistent",
                error = source.to_string(),
                path = path.display().to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } => Some(source),
            Self::Inconsistent { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::IsFolder { path } => tr!("save-folder", path = path.display().to_string()),
            Self::Write { path, source } => tr!(
                "save-write",
                error = source.to_string(),
                path = path.display().to_string()
            ),
            Self::ReadOnly { path } => tr!("save-read-only", path = path.display().to_string()),
            Self::TooLarge { path, size, limit } => tr!(
                "save-too-large",
                size = size.to_string(),
                limit = limit.to_string(),
                path = path.display().to_string()
            ),
            Self::Serialize { path, message } => tr!(
                "save-serialize",
                message = message.as_str(),
                path = path.display().to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}
