//! LinkedIn's data archive (the `.zip` of "Get a copy of your data"): its `Connections.csv`
//! and the other files Carnet reads, in memory. Nothing is ever extracted to disk; still, an
//! archive that names a path outside itself, or that would inflate beyond what a real export
//! holds, is refused whole.

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
        .map_err(|error| refuse(format!("it cannot be read as a zip archive ({error})")))?;
    if archive.len() > MAX_FILES {
        return Err(refuse(format!(
            "it holds {} files, more than a LinkedIn export",
            archive.len()
        )));
    }
    let mut wanted: Vec<(ArchiveFile, usize, String)> = Vec::new();
    for index in 0..archive.len() {
        let file = archive
            .by_index(index)
            .map_err(|error| refuse(format!("file {} is damaged ({error})", index + 1)))?;
        let name = file
            .name()
            .map_err(|error| refuse(format!("file {} has no readable name ({error})", index + 1)))?
            .into_owned();
        if file.enclosed_name().is_none() {
            return Err(refuse(format!(
                "it names a path outside itself ({name}), as a malicious archive would"
            )));
        }
        if file.size() > MAX_FILE_BYTES {
            return Err(refuse(format!(
                "{name} would inflate to {} MB, more than a LinkedIn export holds",
                file.size() / (1024 * 1024)
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
        return Err(refuse(
            "it has no Connections.csv: is it LinkedIn's data archive?".to_owned(),
        ));
    }
    wanted.sort_by_key(|(kind, _, _)| ArchiveFile::ALL.iter().position(|k| k == kind));
    let mut files = Vec::with_capacity(wanted.len());
    for (kind, index, name) in wanted {
        let file = archive
            .by_index(index)
            .map_err(|error| refuse(format!("{name} is damaged ({error})")))?;
        let mut content = Vec::new();
        // Read one byte past the limit: a size the header understates is caught here.
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut content)
            .map_err(|error| refuse(format!("{name} is damaged ({error})")))?;
        if content.len() as u64 > MAX_FILE_BYTES {
            return Err(refuse(format!(
                "{name} inflates beyond what a LinkedIn export holds"
            )));
        }
        files.push((kind, content));
    }
    Ok(files)
}
