//! Another copy of the open project brought in: three ways when the copies' common version
//! is known (`model::merge_three`), else two ways, as another project is merged
//! ([`super::ProjectMerge`]: people matched, records added, nothing removed).

use chrono::NaiveDate;

use crate::model::{
    MergeConflict, MergeSummary, ModelError, Network, ThreeCopies, merge_three, merged_lineage,
};

/// A merge of two copies, and what it changes in this one.
#[derive(Clone, Debug)]
pub struct CopyMerge {
    /// The merged project.
    pub network: Network,
    /// The conflicts it found (also in `network.conflicts`).
    pub conflicts: Vec<MergeConflict>,
    /// What it changes in this copy, in lines; the first says so when it was two-way.
    pub report: Vec<String>,
    /// Whether no common version was known (two-way).
    pub two_way: bool,
    /// What it changes in this copy, counted once.
    summary: MergeSummary,
}

impl CopyMerge {
    /// Merges `theirs` into `mine` from `base`, or two ways without one. `from` names the
    /// other copy in the conflicts; `day` dates them.
    pub fn new(
        base: Option<&Network>,
        mine: &Network,
        theirs: &Network,
        from: &str,
        day: NaiveDate,
    ) -> Result<Self, ModelError> {
        let mut report = Vec::new();
        let (network, conflicts) = match base {
            Some(base) => {
                let merge = merge_three(ThreeCopies { base, mine, theirs }, from, day)?;
                (merge.network, merge.conflicts)
            }
            None => {
                report.push(crate::tr!("merge3-no-base"));
                let mut network = mine.clone();
                let merge = super::ProjectMerge::new(&network, theirs);
                if let Some(edit) = merge.into_edit(&mut network) {
                    network.apply(edit)?;
                }
                network.lineage = merged_lineage(&mine.lineage, &theirs.lineage);
                (network, Vec::new())
            }
        };
        let summary = MergeSummary::between(mine, &network);
        report.extend(summary.lines());
        Ok(Self {
            network,
            conflicts,
            report,
            two_way: base.is_none(),
            summary,
        })
    }

    /// Whether the merge changes nothing in this copy.
    pub fn changes_nothing(&self, mine: &Network) -> bool {
        self.summary.is_empty() && mine.project() == self.network.project()
    }
}
