//! Agenda lines the owner put aside: snoozed until a day, or no longer relevant. Kept with
//! the project (so the Agenda stays short across sessions) and changed like the project's
//! other settings, one undo step each.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ContactId, EncounterId, IntroductionId};

/// One line of the Agenda, by what it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgendaItem {
    /// A promise made at an encounter, by its words (its place in the list may change).
    FollowUp {
        /// The encounter.
        encounter: EncounterId,
        /// What was promised.
        what: String,
    },
    /// Seeing a contact again (their keep-in-touch cadence ran out).
    SeeAgain(ContactId),
    /// Meeting in person an online-only contact someone vouches for.
    WorthMeeting(ContactId),
    /// An introduction waiting at one step.
    Introduction(IntroductionId),
    /// A line of the Watch about a contact: a new job, or no link on LinkedIn yet.
    Watch(ContactId),
    /// Thanking the introducer of an introduction that went somewhere.
    Thanks(IntroductionId),
}

/// A line put aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    /// The line.
    pub item: AgendaItem,
    /// Snoozed until this day (it comes back then); `None`: no longer relevant, for good.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

impl SetAside {
    /// Whether this keeps `item` off the Agenda on `today`.
    pub fn hides(&self, item: &AgendaItem, today: NaiveDate) -> bool {
        self.item == *item && self.until.is_none_or(|until| today < until)
    }
}

/// The lines put aside with `item` put aside until `until` (replacing an earlier choice for
/// the same line); snoozes that ran out before `today` are dropped.
pub fn with_set_aside(
    set_aside: &[SetAside],
    item: AgendaItem,
    until: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<SetAside> {
    let mut out: Vec<SetAside> = set_aside
        .iter()
        .filter(|s| s.item != item && s.until.is_none_or(|u| today < u))
        .cloned()
        .collect();
    out.push(SetAside { item, until });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snooze_hides_a_line_until_its_day_and_for_good_without_one() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
        let item = AgendaItem::SeeAgain(ContactId(4));
        let snoozed = SetAside {
            item: item.clone(),
            until: Some(day(8)),
        };
        assert!(snoozed.hides(&item, day(1)));
        assert!(!snoozed.hides(&item, day(8)), "back on its day");
        assert!(!snoozed.hides(&AgendaItem::SeeAgain(ContactId(5)), day(1)));
        let dropped = SetAside {
            item: item.clone(),
            until: None,
        };
        assert!(dropped.hides(&item, day(30)));

        let list = with_set_aside(&[snoozed], item.clone(), None, day(1));
        assert_eq!(list, vec![dropped], "the later choice replaces the earlier");
    }
}
