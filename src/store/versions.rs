//! The versions of projects this computer opened or saved, kept in Carnet's data folder so
//! that when two copies of a project meet (a sync folder's conflict copy), their last common
//! version is at hand for a three-way merge.
//!
//! Each save gives the project a new revision (`Network::lineage`, newest first); a file
//! from before revisions gets one from its content when opened, the same on every computer. A
//! version is kept as `versions/KEY/REVISION.ron` (KEY: the project file's path), readable by
//! the user only, the newest `VERSIONS_KEPT` per project.

use std::hash::{BuildHasher as _, Hasher as _};
use std::path::{Path, PathBuf};

use super::atomic::write_atomically;
use super::error::SaveError;
use super::guard::{ProjectKey, private_folder};
use super::ron_file::{load, to_ron_string};
use crate::model::{LINEAGE_KEPT, Network};

/// How many versions of one project are kept.
pub const VERSIONS_KEPT: usize = 12;

/// A revision no other save ever had: random (the system's seed) mixed with the time.
pub fn fresh_revision() -> u64 {
    let mut hasher = std::hash::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.finish()
}

/// Starts the revision a save writes: `network.lineage` gains it, newest first.
pub fn start_revision(network: &mut Network) {
    network.lineage.insert(0, fresh_revision());
    network.lineage.truncate(LINEAGE_KEPT);
}

/// Gives a project read from a file written before revisions its first one: a digest of what
/// it holds, so that two computers that read the same file call it alike.
pub fn ensure_lineage(network: &mut Network) {
    if network.lineage.is_empty()
        && let Ok(text) = to_ron_string(network)
    {
        network.lineage.push(crate::text::stable_hash(&text));
    }
}

fn versions_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("versions")
}

fn file_name(revision: u64) -> String {
    format!("{revision:016x}.ron")
}

/// Keeps `network` (as opened or just saved from `path`) under its newest revision. Old
/// versions of the same project beyond `VERSIONS_KEPT` go.
pub fn remember_version(data_dir: &Path, path: &Path, network: &Network) -> Result<(), SaveError> {
    let Some(&revision) = network.lineage.first() else {
        return Ok(());
    };
    let folder = versions_folder(data_dir).join(ProjectKey::for_file(path).key());
    let file = folder.join(file_name(revision));
    if file.exists() {
        return Ok(());
    }
    private_folder(&folder).map_err(|source| SaveError::Write {
        path: folder.clone(),
        source,
    })?;
    let text = to_ron_string(network).map_err(|error| SaveError::Serialize {
        path: file.clone(),
        message: error.to_string(),
    })?;
    write_atomically(&file, text.as_bytes())?;
    forget_old_versions(&folder);
    Ok(())
}

fn forget_old_versions(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort_by_key(|file| std::cmp::Reverse(file.0));
    for (_, old) in files.into_iter().skip(VERSIONS_KEPT) {
        let _ = std::fs::remove_file(old);
    }
}

/// The version kept under `revision`, whichever project file it was kept for.
pub fn find_version(data_dir: &Path, revision: u64) -> Option<Network> {
    let name = file_name(revision);
    std::fs::read_dir(versions_folder(data_dir))
        .ok()?
        .flatten()
        .map(|project| project.path().join(&name))
        .find(|file| file.is_file())
        .and_then(|file| load(&file).ok())
}

/// How two copies of a project stand to each other.
#[derive(Clone, Debug)]
pub enum Kinship {
    /// The other copy is an older version of this one: nothing in it is new.
    TheirsIsOlder,
    /// Both changed since a common version, kept here (or this copy, as last saved, is an
    /// older version of the other: then the common version is this one's last save).
    Parted {
        /// The common version.
        base: Box<Network>,
    },
    /// No common version is known: only a two-way merge is possible.
    Unrelated,
}

/// How `theirs` stands to `mine`, looking for their last common version in the data folder.
/// `mine_is_saved`: `mine` holds no change since its last revision (then, when it is an
/// older version of `theirs`, it is the common version itself).
pub fn kinship(
    data_dir: Option<&Path>,
    mine: &Network,
    theirs: &Network,
    mine_is_saved: bool,
) -> Kinship {
    if let Some(head) = theirs.lineage.first()
        && mine.lineage.contains(head)
    {
        return Kinship::TheirsIsOlder;
    }
    if mine_is_saved
        && let Some(head) = mine.lineage.first()
        && theirs.lineage.contains(head)
    {
        return Kinship::Parted {
            base: Box::new(mine.snapshot()),
        };
    }
    let Some(data_dir) = data_dir else {
        return Kinship::Unrelated;
    };
    mine.lineage
        .iter()
        .filter(|revision| theirs.lineage.contains(revision))
        .find_map(|revision| find_version(data_dir, *revision))
        .map_or(Kinship::Unrelated, |base| Kinship::Parted {
            base: Box::new(base),
        })
}
