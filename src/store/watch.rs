//! Noticing when another program (a sync client, `git pull`, another Carnet) changes the open
//! project file. The system tells us (inotify and its peers), so an idle Carnet stays idle.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// Watches one file. Saves replace a file by renaming a new one over it, so the folder is
/// watched and events are filtered by name.
pub struct DiskWatch {
    _watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
    copy_appeared: Arc<AtomicBool>,
    path: PathBuf,
}

impl std::fmt::Debug for DiskWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskWatch")
            .field("path", &self.path)
            .finish()
    }
}

impl DiskWatch {
    /// Starts watching `path`; `wake` runs (on the watcher's thread) after each event about
    /// it. `None` when the system cannot watch it (the app still checks before saving).
    pub fn start(path: &Path, wake: impl Fn() + Send + 'static) -> Option<Self> {
        let name = path.file_name()?.to_owned();
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let copy_appeared = Arc::new(AtomicBool::new(false));
        let copy_flag = Arc::clone(&copy_appeared);
        let project_name = name.to_string_lossy().into_owned();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else {
                    return;
                };
                if matches!(event.kind, EventKind::Access(_)) {
                    return;
                }
                if event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()))
                {
                    flag.store(true, Ordering::Release);
                    wake();
                }
                // A sync tool's conflict copy of the project appeared beside it.
                if !matches!(event.kind, EventKind::Remove(_))
                    && event.paths.iter().any(|p| {
                        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                            super::conflict_copies::is_conflict_copy_name(&project_name, n)
                        })
                    })
                {
                    copy_flag.store(true, Ordering::Release);
                    wake();
                }
            })
            .map_err(|error| log::warn!("Cannot watch {}: {error}", path.display()))
            .ok()?;
        watcher
            .watch(&folder, RecursiveMode::NonRecursive)
            .map_err(|error| log::warn!("Cannot watch {}: {error}", folder.display()))
            .ok()?;
        Some(Self {
            _watcher: watcher,
            changed,
            copy_appeared,
            path: path.to_owned(),
        })
    }

    /// Whether a conflict copy of the file appeared (or changed) since the last call.
    pub fn take_copy_appeared(&self) -> bool {
        self.copy_appeared.swap(false, Ordering::AcqRel)
    }

    /// Whether the file was touched since the last call.
    pub fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}
