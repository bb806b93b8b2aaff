//! `carnet merge3` and `carnet merge-driver`: three copies of a project in, one merged
//! project out — never conflict markers; what needs a person is recorded in the project.

use std::path::Path;

use crate::import::CopyMerge;
use crate::model::{Network, conflict_line};
use crate::store;
use crate::tr;

/// How a merge command ended, and what it says.
#[derive(Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    /// Merged, nothing to review (exit 0).
    Clean(String),
    /// Merged, with conflicts recorded in the project for review (exit 1).
    Conflicts(String),
    /// Nothing written (exit 2): a copy unreadable, the result unwritable.
    Failed(String),
}

impl MergeOutcome {
    /// The exit code git and scripts expect.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Clean(_) => 0,
            Self::Conflicts(_) => 1,
            Self::Failed(_) => 2,
        }
    }
}

/// The copies merged, with a revision of its own.
fn merged(
    base: Option<&Network>,
    mine: &Network,
    theirs: &Network,
    from: &str,
    today: chrono::NaiveDate,
) -> Result<CopyMerge, String> {
    let mut merge =
        CopyMerge::new(base, mine, theirs, from, today).map_err(|error| error.to_string())?;
    store::versions::start_revision(&mut merge.network);
    Ok(merge)
}

fn read(path: &Path) -> Result<Network, String> {
    store::load(path).map_err(|error| error.to_string())
}

fn outcome(merged: &CopyMerge, written: &str) -> MergeOutcome {
    let mut lines = vec![written.to_owned()];
    lines.extend(merged.report.iter().map(|line| format!("  {line}")));
    if merged.conflicts.is_empty() {
        if merged.report.is_empty() {
            lines.push(format!("  {}", tr!("merge3-nothing-new")));
        }
        return MergeOutcome::Clean(lines.join("\n"));
    }
    lines.push(tr!(
        "merge3-conflicts-to-review",
        count = merged.conflicts.len()
    ));
    for conflict in &merged.conflicts {
        lines.push(format!("  {}", conflict_line(&merged.network, conflict)));
    }
    MergeOutcome::Conflicts(lines.join("\n"))
}

/// Runs `carnet merge3 BASE MINE THEIRS --out OUT`.
pub fn merge_three_files(base: &Path, mine: &Path, theirs: &Path, out: &Path) -> MergeOutcome {
    let copies = read(base).and_then(|base| Ok((base, read(mine)?, read(theirs)?)));
    let (base, mine_network, theirs_network) = match copies {
        Ok(copies) => copies,
        Err(message) => return MergeOutcome::Failed(message),
    };
    let from = theirs.display().to_string();
    let today = chrono::Local::now().date_naive();
    let merged = match merged(Some(&base), &mine_network, &theirs_network, &from, today) {
        Ok(merged) => merged,
        Err(message) => return MergeOutcome::Failed(message),
    };
    if let Err(error) = store::save(&merged.network, out) {
        return MergeOutcome::Failed(error.to_string());
    }
    outcome(
        &merged,
        &tr!("merge3-wrote", path = out.display().to_string()),
    )
}

/// Runs `carnet merge-driver %O %A %B %P`: the merged project replaces %A (no `.bak`: %A is
/// git's temporary file). An empty %O means the two branches added the file each on its own.
pub fn merge_driver(base: &Path, current: &Path, other: &Path, name: Option<&str>) -> MergeOutcome {
    let base_network = match std::fs::metadata(base) {
        Ok(meta) if meta.len() == 0 => None,
        _ => match read(base) {
            Ok(network) => Some(network),
            Err(message) => return MergeOutcome::Failed(message),
        },
    };
    let (mine, theirs) = match read(current).and_then(|mine| Ok((mine, read(other)?))) {
        Ok(copies) => copies,
        Err(message) => return MergeOutcome::Failed(message),
    };
    let shown = name.map_or_else(|| current.display().to_string(), str::to_owned);
    let from = tr!("merge3-from-git", path = shown.as_str());
    let today = chrono::Local::now().date_naive();
    let merged = match merged(base_network.as_ref(), &mine, &theirs, &from, today) {
        Ok(merged) => merged,
        Err(message) => return MergeOutcome::Failed(message),
    };
    let text = match store::to_ron_string(&merged.network) {
        Ok(text) => text,
        Err(error) => return MergeOutcome::Failed(error.to_string()),
    };
    if let Err(error) = store::write_export(current, text.as_bytes()) {
        return MergeOutcome::Failed(error.to_string());
    }
    outcome(&merged, &tr!("merge3-merged", path = shown.as_str()))
}
