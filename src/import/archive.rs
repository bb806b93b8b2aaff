//! LinkedIn's data archive (the `.zip` of "Get a copy of your data"): its `Connections.csv`,
//! read in memory. Nothing is ever extracted to disk; still, an archive that names a path
//! outside itself, or that would inflate beyond what a real export holds, is refused whole.

use std::io::{Cursor, Read as _};

use super::ImportError;

/// The most one file of the archive may inflate to: a 30,000-connection export is a few MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most files an archive may hold.
pub const MAX_FILES: usize = 10_000;

/// Whether the bytes are a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The bytes of the archive's `Connections.csv` (in any folder, any case).
pub fn connections_csv(bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    let refuse = |why: String| ImportError::Archive(why);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| refuse(format!("it cannot be read as a zip archive ({error})")))?;
    if archive.len() > MAX_FILES {
        return Err(refuse(format!(
            "it holds {} files, more than a LinkedIn export",
            archive.len()
        )));
    }
    let mut found = None;
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
        let base = name.rsplit(['/', '\\']).next().unwrap_or(&name);
        if !file.is_dir() && base.eq_ignore_ascii_case("Connections.csv") && found.is_none() {
            found = Some(index);
        }
    }
    let Some(index) = found else {
        return Err(refuse(
            "it has no Connections.csv: is it LinkedIn's data archive?".to_owned(),
        ));
    };
    let file = archive
        .by_index(index)
        .map_err(|error| refuse(format!("Connections.csv is damaged ({error})")))?;
    let mut csv = Vec::new();
    // Read one byte past the limit: a size the header understates is caught here.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut csv)
        .map_err(|error| refuse(format!("Connections.csv is damaged ({error})")))?;
    if csv.len() as u64 > MAX_FILE_BYTES {
        return Err(refuse(
            "Connections.csv inflates beyond what a LinkedIn export holds".to_owned(),
        ));
    }
    Ok(csv)
}
