//! Project files on disk: the versioned RON format, atomic saves, and their typed errors.

mod atomic;
pub mod conflict_copies;
mod error;
pub mod exchange;
mod guard;
mod ron_file;
pub mod safety;
pub mod versions;
mod watch;

pub use atomic::{real_file, write_atomically, write_atomically_with, write_export};
pub use error::{LoadError, SaveError};
pub use guard::{
    DATA_DIR_VARIABLE, Fingerprint, Holder, LockError, PORTABLE_DATA_FOLDER, ProjectKey,
    ProjectLock, RECOVERY_KEPT_DAYS, RecoveryCopy, data_dir, orphaned_recoveries,
    portable_data_dir, write_recovery,
};
pub use ron_file::{
    FORMAT_VERSION, MAX_FILE_BYTES, declared_version, load, parse, save, to_ron_string,
};
pub use watch::DiskWatch;
