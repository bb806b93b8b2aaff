//! Writing a file so that a crash, a kill or a full disk leaves the old version or the new
//! one, never a torn mix — and so that the write keeps what the file was: its permissions and
//! group, and the link that points to it.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::SaveError;

/// How many symbolic links a save follows to reach the real file (the kernel's own limit).
const MAX_LINKS: usize = 40;

/// A temporary file of this folder's saves older than this was left by a save that was
/// killed: the next save removes it. (A save in progress lasts seconds.)
const LEFTOVER_AFTER: Duration = Duration::from_secs(60 * 60);

/// Whether a write keeps the previous version as `NAME.bak`: projects do, exports do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Backup {
    Keep,
    None,
}

/// Writes `bytes` to `path` atomically and keeps the previous version as `NAME.bak`.
///
/// The bytes go to a temporary file in the same folder, created exclusively under an
/// unpredictable name, which is flushed and synced, then renamed over the target; the folder
/// is synced so the rename itself is durable. The previous version is linked (or copied) to
/// the backup first, so at every instant `path` holds a whole file.
///
/// A `path` that is a symbolic link is written through: the link's target receives the new
/// version (the temporary file sits beside the target) and the link stays a link. The new
/// version keeps the old one's permissions and group; a new file is readable by its owner
/// only. A file without write permission is refused, not overwritten.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_file(path, bytes, Backup::Keep, |file, bytes| {
        file.write_all(bytes)
    })
}

/// [`write_atomically`] with the writing of the bytes into the temporary file done by
/// `write`: fault-injection tests pass one that fails half-way, as a full disk would.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    write_file(path, bytes, Backup::Keep, write)
}

/// Writes an export (a vCard, a CSV, an image, a PDF): atomically, like a project, but with
/// no `.bak` beside it — an export is made again from the project, not kept in versions.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_file(path, bytes, Backup::None, |file, bytes| {
        file.write_all(bytes)
    })
}

fn write_file(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let target = real_file(path).map_err(write_error)?;
    if target.is_dir() {
        return Err(SaveError::IsFolder {
            path: path.to_owned(),
        });
    }
    let existing = fs::metadata(&target).ok();
    if existing
        .as_ref()
        .is_some_and(|meta| meta.permissions().readonly())
    {
        return Err(SaveError::ReadOnly {
            path: path.to_owned(),
        });
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project.ron".to_owned());
    remove_leftovers(&folder, &file_name);

    // Created with O_EXCL under a random name (never through a link planted in a shared
    // folder), readable by the owner only until it takes the old file's permissions.
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .rand_bytes(8)
        .tempfile_in(&folder)
        .map_err(write_error)?;
    let result = write(temporary.as_file_mut(), bytes)
        .and_then(|()| temporary.as_file_mut().flush())
        .and_then(|()| keep_permissions(temporary.as_file(), existing.as_ref()))
        .and_then(|()| temporary.as_file().sync_all())
        .and_then(|()| match backup {
            Backup::Keep => keep_backup(&target, &folder, &file_name),
            Backup::None => Ok(()),
        });
    if let Err(error) = result {
        // Dropping the temporary file removes it: no debris, the target was not touched.
        return Err(write_error(error));
    }
    temporary
        .persist(&target)
        .map_err(|error| write_error(error.error))?;
    sync_folder(&folder).map_err(write_error)
}

/// The file a path names once every symbolic link is followed: a project kept in a synced
/// folder through a link is saved into the synced folder. A link to a file that does not
/// exist yet names that file.
pub fn real_file(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if to.is_relative() => parent.join(to),
                    _ => to,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links in a row"
    )))
}

/// Gives the new version the old one's permissions and group (a shared project stays shared,
/// a private one private). A new file keeps the temporary file's owner-only permissions.
fn keep_permissions(file: &File, existing: Option<&fs::Metadata>) -> std::io::Result<()> {
    let Some(meta) = existing else {
        return Ok(());
    };
    file.set_permissions(meta.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // Only the group: giving a file away to another owner takes privileges, and a
        // failure here (a group the user is not in) leaves the user's own group.
        let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
    }
    Ok(())
}

/// Keeps the current file as `NAME.bak`: a hard link when the file system allows it (instant,
/// no extra space), a copy otherwise. The backup is staged under a random name, created
/// exclusively, then renamed into place, so a planted link is replaced, never followed.
fn keep_backup(target: &Path, folder: &Path, file_name: &str) -> std::io::Result<()> {
    if !target.is_file() {
        return Ok(());
    }
    let backup = folder.join(format!("{file_name}.bak"));
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{file_name}.bak."))
        .suffix(".tmp")
        .rand_bytes(8)
        .make_in(folder, |staging| {
            fs::hard_link(target, staging).or_else(|_| copy_exclusively(target, staging))
        })?;
    let staged = staging.path().to_owned();
    // The staged backup is kept (not removed when `staging` goes): it is renamed into place.
    let _kept = staging.into_temp_path().keep();
    fs::rename(&staged, &backup).inspect_err(|_| {
        let _ = fs::remove_file(&staged);
    })
}

/// Copies `from` to a new file `to`, failing if anything (a link included) is there already.
fn copy_exclusively(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = File::open(from)?;
    let mut copy = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(to)?;
    std::io::copy(&mut source, &mut copy)?;
    copy.set_permissions(source.metadata()?.permissions())
}

/// Removes the temporary files of this file's saves that a killed save left behind (older
/// than [`LEFTOVER_AFTER`]): they are Carnet's own, named `.NAME.….tmp`.
fn remove_leftovers(folder: &Path, file_name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{file_name}.");
    let old_enough = |meta: &fs::Metadata| {
        meta.modified()
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok())
            .is_some_and(|age| age > LEFTOVER_AFTER)
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix)
            && name.ends_with(".tmp")
            && entry
                .metadata()
                .is_ok_and(|meta| meta.is_file() && old_enough(&meta))
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Windows opens no folder as a file to flush it; NTFS journals the rename itself.
        let _ = folder;
        Ok(())
    }
}
