//! Writing a file so that a crash, a kill or a full disk leaves the old version or the new
//! one, never a torn mix.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::error::SaveError;

/// Writes `bytes` to `path` atomically and keeps the previous version as `NAME.bak`.
///
/// The bytes go to a temporary file in the same folder, which is flushed and synced, then
/// renamed over the target; the folder is synced so the rename itself is durable. The previous
/// version is linked (or copied) to the backup first, so at every instant `path` holds a whole
/// file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`write_atomically`] with the writing of the bytes into the temporary file done by
/// `write`: fault-injection tests pass one that fails half-way, as a full disk would.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    if path.is_dir() {
        return Err(SaveError::IsFolder {
            path: path.to_owned(),
        });
    }
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project.ron".to_owned());
    let temporary = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));

    let result = write_and_sync(&temporary, bytes, write)
        .and_then(|()| keep_backup(path, &folder, &file_name))
        .and_then(|()| fs::rename(&temporary, path))
        .and_then(|()| sync_folder(&folder));
    if result.is_err() {
        // Leave no debris behind; the target was not touched.
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(write_error)
}

fn write_and_sync(
    temporary: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(temporary)?;
    write(&mut file, bytes)?;
    file.flush()?;
    file.sync_all()
}

/// Keeps the current file as `NAME.bak`: a hard link when the file system allows it (instant,
/// no extra space), a copy otherwise. The backup is replaced atomically too.
fn keep_backup(path: &Path, folder: &Path, file_name: &str) -> std::io::Result<()> {
    if !path.is_file() {
        return Ok(());
    }
    let backup = folder.join(format!("{file_name}.bak"));
    let staging = folder.join(format!(".{file_name}.bak.{}.tmp", std::process::id()));
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
    }
    fs::rename(&staging, &backup)
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = (folder, File::open);
        Ok(())
    }
}
