//! Who knows my goal: your network must know what you are looking for. An encounter records
//! "told them my goal"; the goal has dated versions; a trusted contact who heard the current
//! one is an ambassador, one who heard an older one needs telling again.

use chrono::NaiveDate;

use super::trust::facts_for;
use crate::model::{ContactId, Network};

/// What a contact knows of the project's goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalKnown {
    /// Never told.
    Never,
    /// Told an older version, last on that day.
    Older(NaiveDate),
    /// Told the current version, last on that day.
    Current(NaiveDate),
}

/// What `contact` knows of the goal, from the encounters that told it (planned ones aside).
pub fn goal_known(network: &Network, contact: ContactId, today: NaiveDate) -> GoalKnown {
    let told = network
        .encounters_with(contact)
        .filter(|e| e.told_goal && e.date <= today)
        .map(|e| e.date)
        .max();
    match told {
        None => GoalKnown::Never,
        Some(day) if network.goal_since.is_none_or(|since| day >= since) => GoalKnown::Current(day),
        Some(day) => GoalKnown::Older(day),
    }
}

/// The trusted contacts (trust at the project's threshold or more) who were told the goal,
/// and what they know of it, by id. One pass over the encounters finds who was told; only
/// they need their trust.
fn trusted_and_known(network: &Network, today: NaiveDate) -> Vec<(ContactId, GoalKnown)> {
    let mut told: std::collections::BTreeMap<ContactId, NaiveDate> = Default::default();
    for encounter in network.encounters() {
        if encounter.told_goal && encounter.date <= today {
            for contact in &encounter.participants {
                let day = told.entry(*contact).or_insert(encounter.date);
                *day = (*day).max(encounter.date);
            }
        }
    }
    let threshold = network.settings.trust_threshold;
    told.into_iter()
        .filter(|(id, _)| facts_for(network, *id, today).trust >= threshold)
        .map(|(id, day)| {
            let known = if network.goal_since.is_none_or(|since| day >= since) {
                GoalKnown::Current(day)
            } else {
                GoalKnown::Older(day)
            };
            (id, known)
        })
        .collect()
}

/// Ambassadors: trusted, and knowing the current goal.
pub fn ambassadors(network: &Network, today: NaiveDate) -> Vec<ContactId> {
    trusted_and_known(network, today)
        .into_iter()
        .filter_map(|(id, known)| matches!(known, GoalKnown::Current(_)).then_some(id))
        .collect()
}

/// Trusted contacts who last heard an older goal, and when: to tell again.
pub fn heard_older_goal(network: &Network, today: NaiveDate) -> Vec<(ContactId, NaiveDate)> {
    if network.goal_since.is_none() {
        // One version of the goal: nobody heard an older one.
        return Vec::new();
    }
    trusted_and_known(network, today)
        .into_iter()
        .filter_map(|(id, known)| match known {
            GoalKnown::Older(day) => Some((id, day)),
            _ => None,
        })
        .collect()
}
