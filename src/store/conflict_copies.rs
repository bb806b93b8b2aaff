//! The copies sync tools leave beside a file both computers changed: each tool keeps one
//! version under the name and the other under a name of its own. Carnet finds those of the
//! open project, to offer merging them.
//!
//! The names, from each tool's own code and documentation:
//! - Syncthing: `NAME.sync-conflict-20261207-142501-ABCDEFG.ron` (date, time, the first 7
//!   characters of the other device's id);
//! - Dropbox: `NAME (Ana's conflicted copy 2026-12-07).ron`, `NAME (conflicted copy
//!   2026-12-07).ron`, in French `NAME (copie en conflit de Ana 2026-12-07).ron`;
//! - Nextcloud and ownCloud: `NAME (conflicted copy 2026-12-07 142501).ron`, with the user
//!   before the date when it knows them, and `NAME_conflict-20261207-142501.ron` before 2.5;
//! - OneDrive: `NAME-COMPUTER.ron`, the other computer's name. That shape is also a plain
//!   name, so such a file is offered only if it is a copy of this project (its revisions
//!   meet this one's).

use std::path::{Path, PathBuf};

/// The tool that made a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncTool {
    /// Syncthing.
    Syncthing,
    /// Dropbox.
    Dropbox,
    /// Nextcloud's or ownCloud's desktop client.
    Nextcloud,
    /// Microsoft OneDrive.
    OneDrive,
}

impl SyncTool {
    /// The tool's name, as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Syncthing => "Syncthing",
            Self::Dropbox => "Dropbox",
            Self::Nextcloud => "Nextcloud",
            Self::OneDrive => "OneDrive",
        }
    }
}

/// A conflict copy of a project file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictCopy {
    /// The copy.
    pub path: PathBuf,
    /// The tool that made it.
    pub tool: SyncTool,
    /// The other device or user, where the name says it.
    pub device: Option<String>,
    /// Whether only the copy's content can tell it is one (OneDrive's plain-looking names).
    pub needs_kinship: bool,
}

/// What a name says when it is a conflict copy of `project` (a file name such as
/// `Job search.ron`): the tool, the device, whether the content must confirm it.
pub fn conflict_name(project: &str, candidate: &str) -> Option<(SyncTool, Option<String>, bool)> {
    let (stem, extension) = match project.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (project, String::new()),
    };
    let middle = candidate
        .strip_prefix(stem)?
        .strip_suffix(extension.as_str())?;
    if middle.is_empty() {
        return None;
    }
    if let Some(tag) = middle.strip_prefix(".sync-conflict-") {
        let parts: Vec<&str> = tag.split('-').collect();
        if let [date, time, device] = parts.as_slice()
            && digits(date, 8)
            && digits(time, 6)
            && !device.is_empty()
            && device.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Some((SyncTool::Syncthing, Some((*device).to_owned()), false));
        }
        return None;
    }
    if let Some(tag) = middle.strip_prefix("_conflict-") {
        let parts: Vec<&str> = tag.split('-').collect();
        if let [date, time] = parts.as_slice()
            && digits(date, 8)
            && digits(time, 6)
        {
            return Some((SyncTool::Nextcloud, None, false));
        }
        return None;
    }
    if let Some(inside) = middle
        .strip_prefix(" (")
        .and_then(|rest| rest.split_once(')'))
        .filter(|(_, after)| after.is_empty() || numbered(after))
        .map(|(inside, _)| inside)
    {
        return in_parentheses(inside);
    }
    let device = middle.strip_prefix('-')?;
    (!device.is_empty()
        && device
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then(|| (SyncTool::OneDrive, Some(device.to_owned()), true))
}

fn in_parentheses(inside: &str) -> Option<(SyncTool, Option<String>, bool)> {
    const FRENCH: &str = "copie en conflit";
    if let Some(rest) = inside.strip_prefix("conflicted copy ") {
        // Nextcloud: "[USER ]YYYY-MM-DD HHMMSS"; Dropbox: "YYYY-MM-DD".
        let words: Vec<&str> = rest.split(' ').collect();
        return match words.as_slice() {
            [.., date, time] if is_date(date) && digits(time, 6) => {
                let user = words[..words.len() - 2].join(" ");
                Some((
                    SyncTool::Nextcloud,
                    (!user.is_empty()).then_some(user),
                    false,
                ))
            }
            [date] if is_date(date) => Some((SyncTool::Dropbox, None, false)),
            _ => None,
        };
    }
    if let Some((who, _)) = inside.split_once("'s conflicted copy") {
        return Some((SyncTool::Dropbox, Some(who.to_owned()), false));
    }
    if let Some(rest) = inside.strip_prefix(FRENCH) {
        let who = rest.trim().strip_prefix("de ").unwrap_or(rest.trim());
        let who = who
            .rsplit_once(' ')
            .filter(|(_, d)| is_date(d))
            .map_or(who, |(w, _)| w);
        return Some((
            SyncTool::Dropbox,
            (!who.is_empty()).then(|| who.to_owned()),
            false,
        ));
    }
    None
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.chars().all(|c| c.is_ascii_digit())
}

fn is_date(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// " (2)": a second copy of the same kind.
fn numbered(text: &str) -> bool {
    text.strip_prefix(" (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The conflict copies beside the project file `project`, oldest name first.
pub fn conflict_copies(project: &Path) -> Vec<ConflictCopy> {
    let Some(name) = project.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let folder = match project.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut copies: Vec<ConflictCopy> = entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| {
            let candidate = entry.file_name().into_string().ok()?;
            let (tool, device, needs_kinship) = conflict_name(name, &candidate)?;
            Some(ConflictCopy {
                path: entry.path(),
                tool,
                device,
                needs_kinship,
            })
        })
        .collect();
    copies.sort_by(|a, b| a.path.cmp(&b.path));
    copies
}

/// Whether a file name is a conflict copy of the project file named `project` (for the
/// watcher, before reading anything).
pub fn is_conflict_copy_name(project: &str, candidate: &str) -> bool {
    conflict_name(project, candidate).is_some()
}
