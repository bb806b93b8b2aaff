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
/// and what they know of it, by id. Who was told is read first: it is the rarer.
fn trusted_and_known(network: &Network, today: NaiveDate) -> Vec<(ContactId, GoalKnown)> {
    let threshold = network.settings.trust_threshold;
    network
        .contacts()
        .map(|c| (c.id, goal_known(network, c.id, today)))
        .filter(|(id, known)| {
            *known != GoalKnown::Never && facts_for(network, *id, today).trust >= threshold
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

/// Trusted contacts who last heard an older goal: to tell again.
pub fn heard_older_goal(network: &Network, today: NaiveDate) -> Vec<ContactId> {
    trusted_and_known(network, today)
        .into_iter()
        .filter_map(|(id, known)| matches!(known, GoalKnown::Older(_)).then_some(id))
        .collect()
}
