//! Counts that describe a whole network, for `carnet check` and the project overview.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::trust::facts_by_contact;
use crate::model::{IntroStatus, Network};

/// Counts over a network, as of a given day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Number of contacts.
    pub contacts: usize,
    /// Number of encounters, planned ones included.
    pub encounters: usize,
    /// Number of encounters dated after today.
    pub planned_encounters: usize,
    /// Number of introductions.
    pub introductions: usize,
    /// Number of introductions still at the planned stage.
    pub planned_introductions: usize,
    /// Number of relations between contacts.
    pub relations: usize,
    /// Number of contacts met in person at least once.
    pub met_in_person: usize,
    /// Introductions by status key ([`IntroStatus::key`]), in pipeline order of first appearance.
    pub introductions_by_status: BTreeMap<String, usize>,
    /// Ambassadors: trusted contacts who know the current goal.
    pub ambassadors: usize,
    /// Trusted contacts who last heard an older goal.
    pub heard_older_goal: usize,
}

impl Summary {
    /// Counts the network as of `today`.
    pub fn of(network: &Network, today: NaiveDate) -> Self {
        let facts = facts_by_contact(network, today);
        let mut by_status = BTreeMap::new();
        for status in IntroStatus::ALL {
            let count = network
                .introductions()
                .filter(|i| i.status() == status)
                .count();
            by_status.insert(status.key().to_owned(), count);
        }
        Self {
            contacts: network.contacts().len(),
            encounters: network.encounters().len(),
            planned_encounters: network.encounters().filter(|e| e.is_planned(today)).count(),
            introductions: network.introductions().len(),
            planned_introductions: network
                .introductions()
                .filter(|i| i.status() == IntroStatus::Planned)
                .count(),
            relations: network.relations().len(),
            met_in_person: facts.values().filter(|f| f.met_in_person()).count(),
            introductions_by_status: by_status,
            ambassadors: super::goal::ambassadors(network, today).len(),
            heard_older_goal: super::goal::heard_older_goal(network, today).len(),
        }
    }
}
