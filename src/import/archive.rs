//! LinkedIn's data archive (the `.zip` of "Get a copy of your data"): its `Connections.csv`
//! and the other files Carnet reads, in memory. Nothing is ever extracted to disk; still, an
//! archive that names a path outside itself, or that would inflate beyond what a real export
//! holds, is refused whole.

use crate::tr;
use std::io::{Cursor, Read as _};

use super::ImportError;
use super::online::ArchiveFile;

/// The most one file of the archive may inflate to: a 30,000-connection export is a few MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most files an archive may hold.
pub const MAX_FILES: usize = 10_000;

/// Whether the bytes are a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The files of the archive that Carnet reads (in any folder, any case), Connections.csv
/// first; refused whole when it has no Connections.csv or looks hostile.
pub fn linkedin_files(bytes: &[u8]) -> Result<Vec<(ArchiveFile, Vec<u8>)>, ImportError> {
    let refuse = |why: String| ImportError::Archive(why);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| refuse(tr!("archive-not-zip", error = error.to_string())))?;
    if archive.len() > MAX_FILES {
        return Err(refuse(tr!("archive-too-many-files", count = archive.len())));
    }
    let mut wanted: Vec<(ArchiveFile, usize, String)> = Vec::new();
    for index in 0..archive.len() {
        let file = archive.by_index(index).map_err(|error| {
            refuse(tr!(
                "archive-file-damaged",
                number = index + 1,
                error = error.to_string()
            ))
        })?;
        let name = file
            .name()
            .map_err(|error| {
                refuse(tr!(
                    "archive-file-unnamed",
                    number = index + 1,
                    error = error.to_string()
                ))
            })?
            .into_owned();
        // The zip crate's own check lets a leading "/" through (it strips it): an absolute
        // path, Unix or Windows, is refused here as the README says.
        let absolute = name.starts_with(['/', '\\'])
            || name.as_bytes().get(1) == Some(&b':')
                && name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
        if absolute || file.enclosed_name().is_none() {
            return Err(refuse(tr!("archive-path-outside", name = name.as_str())));
        }
        if file.size() > MAX_FILE_BYTES {
            return Err(refuse(tr!(
                "archive-inflates-to",
                name = name.as_str(),
                megabytes = file.size() / (1024 * 1024)
            )));
        }
        if let Some(kind) = ArchiveFile::named(&name)
            && !file.is_dir()
            && !wanted.iter().any(|(k, _, _)| *k == kind)
        {
            wanted.push((kind, index, name));
        }
    }
    if !wanted
        .iter()
        .any(|(k, _, _)| *k == ArchiveFile::Connections)
    {
        return Err(refuse(tr!("archive-no-connections")));
    }
    wanted.sort_by_key(|(kind, _, _)| ArchiveFile::ALL.iter().position(|k| k == kind));
    let mut files = Vec::with_capacity(wanted.len());
    for (kind, index, name) in wanted {
        let file = archive.by_index(index).map_err(|error| {
            refuse(tr!(
                "archive-named-damaged",
                name = name.as_str(),
                error = error.to_string()
            ))
        })?;
        let mut content = Vec::new();
        // Read one byte past the limit: a size the header understates is caught here.
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut content)
            .map_err(|error| {
                refuse(tr!(
                    "archive-named-damaged",
                    name = name.as_str(),
                    error = error.to_string()
                ))
            })?;
        if content.len() as u64 > MAX_FILE_BYTES {
            return Err(refuse(tr!("archive-inflates", name = name.as_str())));
        }
        files.push((kind, content));
    }
    Ok(files)
}
