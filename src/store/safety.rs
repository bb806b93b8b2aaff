//! Keeping the open project safe, app side: the project's lock (a second Carnet is told and
//! offered read-only), its recovery copy (written on a thread after a few idle seconds while
//! there are unsaved changes), and noticing when another program changed the file. No egui:
//! the app passes the clock and a waker, and draws the questions.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crate::model::Network;
use crate::store::{
    self, DiskWatch, Fingerprint, LockError, ProjectKey, ProjectLock, RecoveryCopy,
};

/// How long after the last change the recovery copy is written: long enough not to write
/// during a burst of typing, short enough to lose at most a few seconds of work.
pub const RECOVERY_AFTER: Duration = Duration::from_secs(3);

/// Wakes the UI from another thread.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// What opening a project found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Nobody else has it open.
    Alone,
    /// Another Carnet holds it open.
    OpenElsewhere,
}

/// The guards around the open project.
pub struct Safety {
    data_dir: Option<PathBuf>,
    waker: Waker,
    key: ProjectKey,
    lock: Option<ProjectLock>,
    watch: Option<DiskWatch>,
    /// The file as this Carnet last read or wrote it.
    known: Option<Fingerprint>,
    /// Another Carnet has this project open and the owner chose to only look.
    pub read_only: bool,
    /// The change count a recovery copy was written (or is being written) for.
    recovered_change: Option<u64>,
    /// The change count last seen, and when (UI clock, seconds).
    last_change: (u64, f64),
    recovery_job: Option<Receiver<Result<(), String>>>,
    recovery_exists: bool,
    recovery_after: Duration,
}

impl std::fmt::Debug for Safety {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Safety")
            .field("data_dir", &self.data_dir)
            .field("key", &self.key)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

impl Safety {
    /// No data folder yet (tests that do not need one): nothing is locked or recovered, but
    /// outside changes are still noticed.
    pub fn new(waker: Waker) -> Self {
        Self {
            data_dir: None,
            waker,
            key: ProjectKey::untitled(),
            lock: None,
            watch: None,
            known: None,
            read_only: false,
            recovered_change: None,
            last_change: (0, 0.0),
            recovery_job: None,
            recovery_exists: false,
            recovery_after: RECOVERY_AFTER,
        }
    }

    /// Uses this data folder for locks and recovery copies.
    pub fn set_data_dir(&mut self, dir: PathBuf) {
        self.data_dir = Some(dir);
    }

    /// Writes recovery copies this long after the last change (tests use zero).
    pub fn set_recovery_after(&mut self, after: Duration) {
        self.recovery_after = after;
    }

    /// The data folder, when there is one.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// A project was opened (or created, `None`): the previous one's recovery copy goes (its
    /// changes were saved or discarded), its lock and watch are released, and this one's are
    /// taken.
    pub fn opened(&mut self, path: Option<&Path>) -> Opened {
        self.forget_recovery();
        self.lock = None;
        self.watch = None;
        self.read_only = false;
        self.recovered_change = None;
        self.key = path.map_or_else(ProjectKey::untitled, ProjectKey::for_file);
        self.known = path.and_then(Fingerprint::of);
        if let Some(path) = path {
            let waker = Arc::clone(&self.waker);
            self.watch = DiskWatch::start(path, move || waker());
        }
        let Some(dir) = &self.data_dir else {
            return Opened::Alone;
        };
        match ProjectLock::acquire(dir, &self.key) {
            Ok(lock) => {
                self.lock = Some(lock);
                Opened::Alone
            }
            Err(LockError::Held(_)) => Opened::OpenElsewhere,
            Err(LockError::Unavailable(why)) => {
                log::warn!("No lock for this project: {why}");
                Opened::Alone
            }
        }
    }

    /// The project was written to `path` (a save, or a save as that moved it): the file is
    /// as we wrote it, and the recovery copy is no longer needed.
    pub fn saved(&mut self, path: &Path) {
        let moved = self.key.path.as_deref() != dunce::canonicalize(path).ok().as_deref();
        self.forget_recovery();
        if moved && self.opened(Some(path)) == Opened::OpenElsewhere {
            log::warn!("{} is also open in another Carnet", path.display());
        }
        self.known = Fingerprint::of(path);
    }

    /// The file was read again from disk (the owner took the other program's version).
    pub fn reloaded(&mut self, path: &Path) {
        self.forget_recovery();
        self.known = Fingerprint::of(path);
    }

    /// Whether the file at `path` is no longer the version this Carnet read or wrote.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        self.known.is_some() && Fingerprint::of(path) != self.known
    }

    /// Whether the system reported a change to the file that is not ours; call each frame.
    pub fn poll_outside_change(&mut self, path: Option<&Path>) -> bool {
        let touched = self.watch.as_ref().is_some_and(DiskWatch::take_changed);
        touched && path.is_some_and(|p| self.changed_on_disk(p))
    }

    /// Whether the system reported a sync tool's conflict copy of the project beside it.
    pub fn poll_copy_appeared(&mut self) -> bool {
        self.watch
            .as_ref()
            .is_some_and(crate::store::DiskWatch::take_copy_appeared)
    }

    /// Removes the recovery copy: its changes were saved or discarded.
    pub fn forget_recovery(&mut self) {
        // A copy being written now would land after the removal: let it land first.
        self.finish_recovery();
        if let Some(dir) = &self.data_dir
            && std::mem::take(&mut self.recovery_exists)
        {
            self.key.discard_recovery(dir);
        }
        self.recovered_change = None;
    }

    /// Writes the recovery copy when there are unsaved changes and nothing changed for a
    /// moment. Returns when to call again (a timer, so an idle Carnet sleeps) and an error to
    /// show, if writing failed.
    pub fn tick_recovery(
        &mut self,
        network: &Network,
        dirty: bool,
        change_count: u64,
        now: f64,
    ) -> (Option<Duration>, Option<String>) {
        let mut error = None;
        if let Some(job) = &self.recovery_job
            && let Ok(result) = job.try_recv()
        {
            self.recovery_job = None;
            if let Err(why) = result {
                error = Some(crate::tr!("recovery-not-written", why = why.to_string()));
            }
        }
        let Some(dir) = self.data_dir.clone() else {
            return (None, error);
        };
        if self.last_change.0 != change_count {
            self.last_change = (change_count, now);
        }
        if !dirty {
            if self.recovery_exists {
                self.forget_recovery();
            }
            return (None, error);
        }
        if self.recovered_change == Some(change_count) || self.recovery_job.is_some() {
            return (None, error);
        }
        let idle = Duration::from_secs_f64((now - self.last_change.1).max(0.0));
        if idle < self.recovery_after {
            return (Some(self.recovery_after - idle), error);
        }
        self.recovered_change = Some(change_count);
        self.recovery_exists = true;
        let (sender, receiver) = channel();
        self.recovery_job = Some(receiver);
        let (network, key, waker) = (network.clone(), self.key.clone(), Arc::clone(&self.waker));
        let spawned = std::thread::Builder::new()
            .name("recovery-copy".to_owned())
            .spawn(move || {
                let written =
                    store::write_recovery(&dir, &key, &network).map_err(|e| e.to_string());
                let _ = sender.send(written);
                waker();
            });
        if let Err(why) = spawned {
            self.recovery_job = None;
            error = Some(crate::tr!("recovery-not-written", why = why.to_string()));
        }
        (None, error)
    }

    /// Waits for a recovery copy being written (tests, and before quitting).
    pub fn finish_recovery(&mut self) {
        if let Some(job) = self.recovery_job.take() {
            let _ = job.recv_timeout(Duration::from_secs(10));
        }
    }

    /// Recovery copies left by a Carnet that ended with unsaved changes.
    pub fn orphaned_recoveries(&self) -> Vec<RecoveryCopy> {
        self.data_dir
            .as_deref()
            // The copy of the project just opened is ours only if we hold its lock: otherwise
            // the Carnet that holds it is running and writes it.
            .map(|dir| store::orphaned_recoveries(dir, self.lock.as_ref().map(|_| &self.key)))
            .unwrap_or_default()
    }
}
