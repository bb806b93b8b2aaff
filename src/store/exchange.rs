//! The file operations the command line and the app share: read a file to import, read a
//! project to merge (never the project's own file), and write an export. Each fails with a
//! [`FileError`] that names the file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::export;
use crate::import::{self, ArchiveFile, ImportError, Parsed};
use crate::model::Network;
use crate::store::{self, LoadError};

/// Why a file could not be read or written.
#[derive(Debug)]
pub enum FileError {
    /// The file could not be read at all.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file was read, but it is not in the format asked for.
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        error: ImportError,
    },
    /// A calendar file that cannot be read.
    Calendar {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        error: crate::calendar::read::CalendarError,
    },
    /// A project file that does not load.
    Load(LoadError),
    /// A project cannot be merged into itself.
    SameFile(PathBuf),
    /// The disk refused the export; the file on disk is as it was (the save's own message
    /// names the file).
    Save(store::SaveError),
    /// The export could not be made (its text or its PDF); nothing was written.
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

/// Reads a file to import in `format`. For LinkedIn, a folder (the archive unpacked, as some
/// systems do on download) or a `Connections.csv` inside one is read with the archive's other
/// files beside it: messages, invitations, recommendations and endorsements.
pub fn read_import(format: import::Format, path: &Path) -> Result<Parsed, FileError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| FileError::Read {
            path: path.to_owned(),
            source,
        })
    };
    let parse_error = |error| FileError::Parse {
        path: path.to_owned(),
        error,
    };
    if format == import::Format::LinkedIn {
        let folder = if path.is_dir() {
            Some(path)
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(ArchiveFile::named)
            == Some(ArchiveFile::Connections)
        {
            path.parent()
        } else {
            None
        };
        if let Some(folder) = folder {
            let files = archive_files_in(folder).map_err(|source| FileError::Read {
                path: folder.to_owned(),
                source,
            })?;
            if !files.iter().any(|(f, _)| *f == ArchiveFile::Connections) {
                return Err(parse_error(ImportError::Archive(crate::tr!(
                    "archive-folder-no-connections"
                ))));
            }
            let mut loaded = Vec::with_capacity(files.len());
            for (file, at) in files {
                loaded.push((file, read(&at)?));
            }
            return import::parse_linkedin_files(loaded).map_err(parse_error);
        }
    }
    // A loose file is looked at before it is read: a 1,000,000-row CSV took 2 GB and 20 s.
    // (A zip's files are held to their own limit as they inflate.)
    let size = std::fs::metadata(path).map_or(0, |meta| meta.len());
    if size > import::MAX_IMPORT_FILE_BYTES && !starts_like_a_zip(path) {
        return Err(parse_error(ImportError::TooLarge {
            size,
            limit: import::MAX_IMPORT_FILE_BYTES,
        }));
    }
    format.parse(&read(path)?).map_err(parse_error)
}

/// The files of LinkedIn's archive in a folder (any case), Connections.csv first.
fn archive_files_in(folder: &Path) -> std::io::Result<Vec<(ArchiveFile, PathBuf)>> {
    let mut found: Vec<(ArchiveFile, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name();
        if let Some(file) = name.to_str().and_then(ArchiveFile::named)
            && entry.path().is_file()
            && !found.iter().any(|(f, _)| *f == file)
        {
            found.push((file, entry.path()));
        }
    }
    found.sort_by_key(|(file, _)| ArchiveFile::ALL.iter().position(|f| f == file));
    Ok(found)
}

/// Reads the events of a calendar file (.ics).
pub fn read_calendar(path: &Path) -> Result<crate::calendar::read::Calendar, FileError> {
    let bytes = std::fs::read(path).map_err(|source| FileError::Read {
        path: path.to_owned(),
        source,
    })?;
    crate::calendar::read::parse(&bytes).map_err(|error| FileError::Calendar {
        path: path.to_owned(),
        error,
    })
}

/// Reads another project to merge into the one at `own` (if it has a file): refused when it
/// is that same file.
pub fn read_project_to_merge(own: Option<&Path>, path: &Path) -> Result<Network, FileError> {
    if own.is_some_and(|own| same_file(own, path)) {
        return Err(FileError::SameFile(path.to_owned()));
    }
    Ok(store::load(path)?)
}

/// Writes `network` to `path` in `format`, atomically; returns what the file holds, in words
/// ("840 contacts", "5 events: …").
pub fn export_network(
    format: export::Format,
    network: &Network,
    today: NaiveDate,
    path: &Path,
) -> Result<String, FileError> {
    let fail = |message: String| FileError::Write {
        path: path.to_owned(),
        message,
    };
    let written = format.write(network, today).map_err(fail)?;
    store::write_export(path, written.text.as_bytes()).map_err(FileError::Save)?;
    Ok(written.holds)
}

/// Writes `document` as PDF on `paper` to `path`, atomically; returns what it holds, in
/// words ("the preparation sheet for Inès Haddad").
pub fn write_pdf(
    network: &Network,
    document: crate::export::pdf::PdfDocument,
    today: NaiveDate,
    paper: crate::export::pdf::Paper,
    path: &Path,
) -> Result<String, FileError> {
    let fail = |message: String| FileError::Write {
        path: path.to_owned(),
        message,
    };
    let bytes = crate::export::pdf::render(network, document, today, paper)
        .map_err(|error| fail(error.to_string()))?;
    store::write_export(path, &bytes).map_err(FileError::Save)?;
    Ok(document.describe(network))
}

/// Whether a file begins as a zip archive does (LinkedIn's archive, whatever its name).
fn starts_like_a_zip(path: &Path) -> bool {
    use std::io::Read as _;
    let mut start = [0_u8; 4];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut start))
        .is_ok_and(|()| import::archive::is_zip(&start))
}

/// Whether two paths name the same file (as far as the file system says).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (dunce::canonicalize(a), dunce::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Adds `.ron` to a path typed without it.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".ron");
        PathBuf::from(name)
    }
}

/// The last part of a path, for messages.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Read { path, source } => tr!(
                "file-read",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            Self::Parse { path, error } => tr!(
                "file-problem",
                problem = error.to_string(),
                path = path.display().to_string()
            ),
            Self::Calendar { path, error } => tr!(
                "file-problem",
                problem = error.to_string(),
                path = path.display().to_string()
            ),
            Self::Load(error) => error.to_string(),
            Self::Save(error) => error.to_string(),
            Self::SameFile(path) => tr!("file-same", path = path.display().to_string()),
            Self::Write { path, message } => tr!(
                "file-problem",
                problem = message.as_str(),
                path = path.display().to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } => Some(source),
            Self::Load(error) => Some(error),
            _ => None,
        }
    }
}

impl From<LoadError> for FileError {
    fn from(error: LoadError) -> Self {
        Self::Load(error)
    }
}
