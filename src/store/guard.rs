//! What keeps a project safe while it is open: a lock that tells a second Carnet the file is
//! already open, recovery copies written while there are unsaved changes, and the file's
//! fingerprint, to notice when another program changed it. Everything lives in Carnet's own
//! data folder, never next to the user's file.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::error::SaveError;
use super::ron_file::{load, to_ron_string};
use crate::model::Network;

/// A stable name for a project in the data folder: FNV-1a of its absolute path (the same in
/// every build, unlike `DefaultHasher`), or of "untitled" and a unique tag.
fn key_of(text: &str) -> String {
    format!("{:016x}", crate::text::stable_hash(text))
}

/// Creates one of Carnet's own folders (and any missing above it) readable by the user only:
/// locks and recovery copies name and hold the user's projects.
pub(super) fn private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
}

/// Which project a lock or a recovery copy belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectKey {
    key: String,
    /// The project file, when the project has one.
    pub path: Option<PathBuf>,
}

impl ProjectKey {
    /// The key of a project file.
    pub fn for_file(path: &Path) -> Self {
        // A file not written yet has no canonical path: its absolute one names it alike for
        // every writer started from anywhere.
        // Without Windows' `\\?\` prefix: the path is also shown to the user.
        let absolute = dunce::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .unwrap_or_else(|_| path.to_owned());
        Self {
            key: key_of(&absolute.to_string_lossy()),
            path: Some(absolute),
        }
    }

    /// The key as a file name.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// A key of its own for a project not saved yet (this process, this moment).
    pub fn untitled() -> Self {
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Self {
            key: key_of(&format!("untitled:{}:{nanos}", std::process::id())),
            path: None,
        }
    }
}

/// An exclusive lock on a project, held while it is open; the system releases it when the
/// process ends, even by a crash or a kill, so a lock is never stale.
#[derive(Debug)]
pub struct ProjectLock {
    _file: File,
}

/// Why a lock was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum LockError {
    /// Another Carnet holds it: a window (which keeps it while the project is open) or a
    /// command (which keeps it for the time of its change).
    Held(Holder),
    /// The data folder could not be used (the project opens unguarded).
    Unavailable(String),
}

/// Who holds a project's lock: every writer — the window, `carnet import`, `carnet merge` —
/// takes the same one, and writes here which it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Window,
    Command,
}

impl Holder {
    fn word(self) -> &'static str {
        match self {
            Self::Window => "window",
            Self::Command => "command",
        }
    }
}

/// The environment variable that names Carnet's data folder instead of the system's (tests,
/// a portable install); the window and the command line both honour it.
pub const DATA_DIR_VARIABLE: &str = "CARNET_DATA_DIR";

/// Carnet's data folder — locks, recovery copies: `CARNET_DATA_DIR` when set, else a
/// portable copy's own folder ([`portable_data_dir`]), else the system's (which only the
/// window's toolkit knows: `system`).
pub fn data_dir(system: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_VARIABLE)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(portable_data_dir)
        .or_else(system)
}

/// The folder a portable copy keeps its data in (settings, locks, recovery copies):
/// `carnet-data` beside the program, when it exists — the Windows `.zip` ships one, so a copy
/// on a USB stick leaves nothing on the computers it runs on. Deleting the folder makes the
/// copy use the system's folders again.
pub fn portable_data_dir() -> Option<PathBuf> {
    let program = std::env::current_exe().ok()?;
    let folder = program.parent()?.join(PORTABLE_DATA_FOLDER);
    folder.is_dir().then_some(folder)
}

/// The name of a portable copy's data folder, beside the program.
pub const PORTABLE_DATA_FOLDER: &str = "carnet-data";

impl ProjectLock {
    /// Takes the lock of `key` in `data_dir` for a window, without waiting.
    pub fn acquire(data_dir: &Path, key: &ProjectKey) -> Result<Self, LockError> {
        Self::take(data_dir, key, Holder::Window)
    }

    /// Takes the lock of `key` for a command, waiting up to `patience` for another command
    /// to finish its change; a window keeps the lock while it has the project open, so a
    /// window's lock is not waited for.
    pub fn acquire_for_command(
        data_dir: &Path,
        key: &ProjectKey,
        patience: std::time::Duration,
    ) -> Result<Self, LockError> {
        let started = std::time::Instant::now();
        loop {
            match Self::take(data_dir, key, Holder::Command) {
                Err(LockError::Held(Holder::Command)) if started.elapsed() < patience => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                outcome => return outcome,
            }
        }
    }

    fn take(data_dir: &Path, key: &ProjectKey, holder: Holder) -> Result<Self, LockError> {
        use std::io::Write as _;
        let folder = data_dir.join("locks");
        private_folder(&folder).map_err(|e| LockError::Unavailable(e.to_string()))?;
        let path = folder.join(format!("{}.lock", key.key));
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&path)
            .map_err(|e| LockError::Unavailable(e.to_string()))?;
        match file.try_lock() {
            Ok(()) => {
                // Who holds it, for the writer that finds it taken.
                let said = format!("{} {}\n", holder.word(), std::process::id());
                let _ = file
                    .set_len(0)
                    .and_then(|()| file.write_all(said.as_bytes()));
                // Windows' lock keeps every other process from reading the locked file's
                // bytes: there, the writer that finds it taken reads this copy beside it.
                let _ = write_private(&holder_note(&path), &said);
                Ok(Self { _file: file })
            }
            Err(fs::TryLockError::WouldBlock) => {
                // A holder that has not written its name yet (it just took the lock) is a
                // command: a window's lock is waited for only once it says so.
                let said = fs::read_to_string(&path)
                    .or_else(|_| fs::read_to_string(holder_note(&path)))
                    .unwrap_or_default();
                let other = if said.starts_with(Holder::Window.word()) {
                    Holder::Window
                } else {
                    Holder::Command
                };
                Err(LockError::Held(other))
            }
            Err(fs::TryLockError::Error(e)) => Err(LockError::Unavailable(e.to_string())),
        }
    }
}

/// Writes `text` to `path`, a file only its user reads (like the lock beside it).
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = OpenOptions::new();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

/// The note beside a lock file that says who holds it (`KEY.lock.holder`).
fn holder_note(lock: &Path) -> PathBuf {
    let mut name = lock.as_os_str().to_owned();
    name.push(".holder");
    PathBuf::from(name)
}

/// What a recovery copy says about itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct RecoveryMeta {
    /// The project file it is a copy of, if the project had one.
    original: Option<PathBuf>,
    /// When it was written (local time, RFC 3339).
    written_at: String,
}

/// A recovery copy found in the data folder.
#[derive(Clone, Debug)]
pub struct RecoveryCopy {
    key: String,
    /// The project file it is a copy of (`None`: a project never saved).
    pub original: Option<PathBuf>,
    /// When it was written.
    pub written_at: chrono::DateTime<chrono::FixedOffset>,
    /// The network as it was when written.
    pub network: Network,
}

fn recovery_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery")
}

/// Writes the recovery copy of the project `key`: the network in the project format, then a
/// note saying which file it belongs to and when; both atomically. Never touches the
/// project's own file.
pub fn write_recovery(
    data_dir: &Path,
    key: &ProjectKey,
    network: &Network,
) -> Result<(), SaveError> {
    let folder = recovery_folder(data_dir);
    let project = folder.join(format!("{}.ron", key.key));
    private_folder(&folder).map_err(|source| SaveError::Write {
        path: folder.clone(),
        source,
    })?;
    let text = to_ron_string(network).map_err(|error| SaveError::Serialize {
        path: project.clone(),
        message: error.to_string(),
    })?;
    write_atomically(&project, text.as_bytes())?;
    let meta = RecoveryMeta {
        original: key.path.clone(),
        written_at: chrono::Local::now().to_rfc3339(),
    };
    let meta_path = folder.join(format!("{}.meta", key.key));
    let meta_text = ron::to_string(&meta).map_err(|error| SaveError::Serialize {
        path: meta_path.clone(),
        message: error.to_string(),
    })?;
    write_atomically(&meta_path, meta_text.as_bytes())
}

/// Removes the recovery copy of `key` (saved, discarded or restored).
pub fn discard_recovery(data_dir: &Path, key: &str) {
    let folder = recovery_folder(data_dir);
    for name in [
        format!("{key}.ron"),
        format!("{key}.meta"),
        format!("{key}.ron.bak"),
        format!("{key}.meta.bak"),
    ] {
        let _ = fs::remove_file(folder.join(name));
    }
}

impl ProjectKey {
    /// Removes this project's recovery copy.
    pub fn discard_recovery(&self, data_dir: &Path) {
        discard_recovery(data_dir, &self.key);
    }
}

impl RecoveryCopy {
    /// Removes this copy from the data folder.
    pub fn discard(&self, data_dir: &Path) {
        discard_recovery(data_dir, &self.key);
    }
}

/// How long a recovery copy nobody restored or discarded is kept, in days.
pub const RECOVERY_KEPT_DAYS: i64 = 30;

/// The recovery copies left by a Carnet that ended without saving: those whose project
/// nobody holds the lock of (a running Carnet keeps its own), plus the one of `own`, the
/// project this Carnet just opened and locked. Unreadable copies are skipped.
pub fn orphaned_recoveries(data_dir: &Path, own: Option<&ProjectKey>) -> Vec<RecoveryCopy> {
    let Ok(entries) = fs::read_dir(recovery_folder(data_dir)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("meta") {
            continue;
        }
        let Some(key) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        let mine = own.is_some_and(|own| own.key == key);
        // Someone holds the lock: a Carnet that is running writes that copy.
        let lock = ProjectLock::acquire(
            data_dir,
            &ProjectKey {
                key: key.clone(),
                path: None,
            },
        );
        if !mine && lock.is_err() {
            continue;
        }
        let Some(meta) = fs::read_to_string(&path)
            .ok()
            .and_then(|text| ron::from_str::<RecoveryMeta>(&text).ok())
        else {
            continue;
        };
        let Ok(written_at) = chrono::DateTime::parse_from_rfc3339(&meta.written_at) else {
            continue;
        };
        // Offered at every start since, and left for later each time: after this long the
        // copy goes, rather than stay in the data folder for ever.
        let age = chrono::Local::now().fixed_offset() - written_at;
        if !mine && age > chrono::Duration::days(RECOVERY_KEPT_DAYS) {
            discard_recovery(data_dir, &key);
            continue;
        }
        let Ok(network) = load(&path.with_extension("ron")) else {
            continue;
        };
        found.push(RecoveryCopy {
            key,
            original: meta.original,
            written_at,
            network,
        });
    }
    found.sort_by_key(|copy| std::cmp::Reverse(copy.written_at));
    found
}

/// What identifies a version of a file on disk: its size and modification time. A save by
/// anyone changes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
}

impl Fingerprint {
    /// The fingerprint of the file at `path`, or `None` when there is no file.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}
