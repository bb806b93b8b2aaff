//! The agenda: what to do before and after meetings, as of a given day.
//!
//! Five queries over the network, each a pure function of the network and `today`:
//! planned meetings ahead, follow-ups due or overdue, contacts whose keep-in-touch cadence has
//! run out, online-only contacts worth meeting, and introductions waiting too long.

use chrono::{Days, NaiveDate};

use super::trust::{ContactFacts, facts_for};
use crate::model::{
    ContactId, Encounter, EncounterId, EncounterKind, IntroStatus, IntroductionId, Network, Origin,
    Person, Promiser,
};

/// How many days ahead a follow-up counts as due.
pub const FOLLOW_UP_HORIZON_DAYS: u64 = 7;

/// A meeting dated after today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedMeeting {
    /// The planned encounter.
    pub encounter: EncounterId,
    /// Its day.
    pub date: NaiveDate,
    /// How it will happen.
    pub kind: EncounterKind,
    /// Everyone expected.
    pub participants: Vec<ContactId>,
}

/// A promise not kept yet whose due date is near or past.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueFollowUp {
    /// The encounter where it was promised.
    pub encounter: EncounterId,
    /// Its place in the encounter's follow-ups.
    pub index: usize,
    /// Who promised.
    pub by: Promiser,
    /// What was promised.
    pub what: String,
    /// When it is due.
    pub due: NaiveDate,
    /// The people met at that encounter.
    pub participants: Vec<ContactId>,
}

impl DueFollowUp {
    /// Whether the due day has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }
}

/// A contact the owner wants to see every so often, and has not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepInTouch {
    /// The contact.
    pub contact: ContactId,
    /// The cadence the owner chose, in days.
    pub cadence_days: u32,
    /// The latest past encounter of any kind, if any.
    pub last_contact: Option<NaiveDate>,
    /// Days since the cadence ran out (`None` when never in touch at all).
    pub days_overdue: Option<i64>,
}

/// An online-only contact that a trusted person vouches for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorthMeeting {
    /// The contact, never met in person.
    pub contact: ContactId,
    /// Who vouches for them: the trusted contact who introduced them.
    pub vouched_by: ContactId,
}

/// Days an open introduction may wait at one step before the Agenda lists it.
pub const INTRODUCTION_WAIT_DAYS: i64 = 14;

/// An introduction that has waited too long at its current step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StalledIntroduction {
    /// The introduction.
    pub introduction: IntroductionId,
    /// Where it stands.
    pub status: IntroStatus,
    /// Since when.
    pub since: NaiveDate,
    /// How many days it has waited.
    pub days: i64,
}

/// Everything the Agenda view lists, as of one day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Meetings ahead, soonest first.
    pub planned: Vec<PlannedMeeting>,
    /// Open follow-ups due within [`FOLLOW_UP_HORIZON_DAYS`] or overdue, oldest due first.
    pub follow_ups: Vec<DueFollowUp>,
    /// Contacts whose keep-in-touch cadence ran out, most overdue first.
    pub keep_in_touch: Vec<KeepInTouch>,
    /// Online-only contacts introduced by someone the owner trusts, by name.
    pub worth_meeting: Vec<WorthMeeting>,
    /// Open introductions waiting more than [`INTRODUCTION_WAIT_DAYS`] at one step, longest
    /// wait first.
    pub stalled_introductions: Vec<StalledIntroduction>,
}

impl Agenda {
    /// The agenda of `network` on `today`.
    pub fn of(network: &Network, today: NaiveDate) -> Self {
        // Facts only for the contacts a query looks at, through the network's index of each
        // contact's encounters: far cheaper than the facts of everyone.
        let facts_of = |id: ContactId| facts_for(network, id, today);
        Self {
            planned: planned_meetings(network, today),
            follow_ups: due_follow_ups(network, today),
            keep_in_touch: keep_in_touch_overdue(network, today, &facts_of),
            worth_meeting: worth_meeting(network, &facts_of),
            stalled_introductions: stalled_introductions(network, today),
        }
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.planned.is_empty()
            && self.follow_ups.is_empty()
            && self.keep_in_touch.is_empty()
            && self.worth_meeting.is_empty()
            && self.stalled_introductions.is_empty()
    }

    /// How many lines call for action today: overdue follow-ups, overdue contacts and
    /// introductions waiting too long.
    pub fn overdue_count(&self, today: NaiveDate) -> usize {
        self.follow_ups
            .iter()
            .filter(|f| f.is_overdue(today))
            .count()
            + self.keep_in_touch.len()
            + self.stalled_introductions.len()
    }

    /// The same count as [`Agenda::overdue_count`] without computing the whole agenda: for a
    /// badge that is shown all the time.
    pub fn count_overdue(network: &Network, today: NaiveDate) -> usize {
        let facts_of = |id: ContactId| facts_for(network, id, today);
        due_follow_ups(network, today)
            .iter()
            .filter(|f| f.is_overdue(today))
            .count()
            + keep_in_touch_overdue(network, today, &facts_of).len()
            + stalled_introductions(network, today).len()
    }
}

fn stalled_introductions(network: &Network, today: NaiveDate) -> Vec<StalledIntroduction> {
    let mut stalled: Vec<StalledIntroduction> = network
        .introductions()
        .filter(|i| !i.status().is_closed())
        .filter_map(|i| {
            let since = i.steps.last()?.date;
            let days = (today - since).num_days();
            (days > INTRODUCTION_WAIT_DAYS).then_some(StalledIntroduction {
                introduction: i.id,
                status: i.status(),
                since,
                days,
            })
        })
        .collect();
    stalled.sort_by_key(|s| (std::cmp::Reverse(s.days), s.introduction));
    stalled
}

fn planned_meetings(network: &Network, today: NaiveDate) -> Vec<PlannedMeeting> {
    let mut planned: Vec<PlannedMeeting> = network
        .encounters()
        .filter(|e| e.is_planned(today))
        .map(|e| PlannedMeeting {
            encounter: e.id,
            date: e.date,
            kind: e.kind,
            participants: e.participants.clone(),
        })
        .collect();
    planned.sort_by_key(|p| (p.date, p.encounter));
    planned
}

fn due_follow_ups(network: &Network, today: NaiveDate) -> Vec<DueFollowUp> {
    let horizon = today
        .checked_add_days(Days::new(FOLLOW_UP_HORIZON_DAYS))
        .unwrap_or(today);
    let mut due: Vec<DueFollowUp> = network
        .encounters()
        .flat_map(|e: &Encounter| {
            e.follow_ups
                .iter()
                .enumerate()
                .filter_map(move |(index, follow_up)| {
                    let date = follow_up.due?;
                    (!follow_up.done && date <= horizon).then(|| DueFollowUp {
                        encounter: e.id,
                        index,
                        by: follow_up.by,
                        what: follow_up.what.clone(),
                        due: date,
                        participants: e.participants.clone(),
                    })
                })
        })
        .collect();
    due.sort_by_key(|f| (f.due, f.encounter, f.index));
    due
}

/// The clock of a cadence restarts only at a real encounter (one that took place), never at
/// an edit of the contact; a meeting already planned takes the contact off the list.
fn keep_in_touch_overdue(
    network: &Network,
    today: NaiveDate,
    facts_of: &dyn Fn(ContactId) -> ContactFacts,
) -> Vec<KeepInTouch> {
    let mut overdue: Vec<KeepInTouch> = network
        .contacts()
        .filter_map(|contact| {
            let cadence = contact.keep_in_touch_days?;
            let facts = facts_of(contact.id);
            if facts.next_planned.is_some() {
                return None;
            }
            let days_overdue = match facts.last_encounter {
                Some(last) => {
                    let overdue = (today - last).num_days() - i64::from(cadence);
                    if overdue <= 0 {
                        return None;
                    }
                    Some(overdue)
                }
                None => None,
            };
            Some(KeepInTouch {
                contact: contact.id,
                cadence_days: cadence,
                last_contact: facts.last_encounter,
                days_overdue,
            })
        })
        .collect();
    // Never in touch at all comes first, then the most overdue.
    overdue.sort_by_key(|k| (k.days_overdue.map_or(i64::MIN, |d| -d), k.contact));
    overdue
}

/// Online-only contacts introduced to the owner by a contact whose trust meets the project's
/// threshold, and with no meeting planned yet.
fn worth_meeting(
    network: &Network,
    facts_of: &dyn Fn(ContactId) -> ContactFacts,
) -> Vec<WorthMeeting> {
    let threshold = network.settings.trust_threshold;
    // Many contacts share an introducer: ask about each introducer once.
    let mut trusted: std::collections::HashMap<ContactId, bool> = std::collections::HashMap::new();
    let mut worth: Vec<WorthMeeting> = network
        .contacts()
        .filter_map(|contact| {
            let Origin::IntroducedBy(Some(by)) = contact.origin else {
                return None;
            };
            let facts = facts_of(contact.id);
            if facts.met_in_person() || facts.next_planned.is_some() {
                return None;
            }
            let vouches = *trusted
                .entry(by)
                .or_insert_with(|| facts_of(by).trust >= threshold);
            vouches.then_some(WorthMeeting {
                contact: contact.id,
                vouched_by: by,
            })
        })
        .collect();
    worth.sort_by_cached_key(|w| network.person_name(Person::Contact(w.contact)).to_owned());
    worth
}
