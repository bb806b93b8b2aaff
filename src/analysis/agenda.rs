//! The agenda: what to do before and after meetings, as of a given day.
//!
//! Five queries over the network, each a pure function of the network and `today`:
//! planned meetings ahead, follow-ups due or overdue, contacts whose keep-in-touch cadence has
//! run out, online-only contacts worth meeting, and introductions waiting too long. Lines the
//! owner set aside (snoozed, or no longer relevant) are left out. Then a ranking: the few
//! lines most worth doing this week, each with its reason.

use crate::tr;
use chrono::{Days, NaiveDate};

use super::trust::{ContactFacts, facts_for};
use crate::model::{
    AgendaItem, CalendarMeeting, ContactId, Encounter, EncounterId, EncounterKind, IntroStatus,
    IntroductionId, Job, Network, Origin, Person, Promiser, TrustLevel,
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

    /// Whether it is more than [`STALE_AFTER_DAYS`] late: to settle or set aside, no longer
    /// urgent.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        (today - self.due).num_days() > STALE_AFTER_DAYS
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

/// An introduction a contact made for the owner that went somewhere: thank them and tell
/// them how it went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThanksDue {
    /// The introduction.
    pub introduction: IntroductionId,
    /// Who made it.
    pub introducer: ContactId,
    /// Since when: the day the two met, or the introduction's latest step.
    pub since: NaiveDate,
}

/// Everything the Agenda view lists, as of one day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Meetings ahead, soonest first.
    pub planned: Vec<PlannedMeeting>,
    /// Open follow-ups due within [`FOLLOW_UP_HORIZON_DAYS`] or overdue, oldest due first.
    pub follow_ups: Vec<DueFollowUp>,
    /// Contacts whose keep-in-touch cadence ran out, the most worth seeing now first.
    pub keep_in_touch: Vec<KeepInTouch>,
    /// Online-only contacts introduced by someone the owner trusts, by name.
    pub worth_meeting: Vec<WorthMeeting>,
    /// Open introductions waiting more than [`INTRODUCTION_WAIT_DAYS`] at one step, longest
    /// wait first.
    pub stalled_introductions: Vec<StalledIntroduction>,
    /// Introductions made for the owner that went somewhere, whose introducer has not been
    /// thanked (nor met since), oldest first.
    pub thanks: Vec<ThanksDue>,
    /// Trusted contacts who last heard an older version of the goal, and when, longest ago
    /// first.
    pub older_goal: Vec<(ContactId, NaiveDate)>,
    /// The few lines most worth doing this week, most valuable first, each with its reason.
    pub this_week: Vec<Priority>,
    /// Keeping watch on the network: trusted people who changed jobs lately, trusted people
    /// met in person who are not linked on LinkedIn.
    pub watch: Vec<WatchLine>,
    /// Meetings read from the calendar that no encounter records yet, most recent first.
    pub to_debrief: Vec<CalendarMeeting>,
    /// First steps the project still lacks (after a first import, typically), in order.
    pub next_steps: Vec<NextStep>,
}

/// A first step the project still lacks, shown at the top of the Agenda until it is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Contacts are in, but nobody is recorded as met in person: log who the owner has
    /// already met, so that trust, the rings and the Agenda mean something.
    LogWhoYouMet {
        /// How many contacts the project holds.
        contacts: usize,
    },
    /// The owner has no name yet (the centre of the map, the sheets, the exports).
    SetYourName,
    /// The project has no goal yet (the sheets carry it; the Agenda tracks who knows it).
    WriteGoal,
}

/// The first steps the project lacks: none for an empty project (the welcome page speaks
/// then), nor once they are taken.
fn next_steps(network: &Network, today: NaiveDate) -> Vec<NextStep> {
    let contacts = network.contacts().len();
    if contacts == 0 {
        return Vec::new();
    }
    let mut steps = Vec::new();
    let met_anyone = network
        .encounters()
        .any(|e| e.is_in_person() && !e.is_planned(today));
    if !met_anyone {
        steps.push(NextStep::LogWhoYouMet { contacts });
    }
    if network.me.is_unnamed() {
        steps.push(NextStep::SetYourName);
    }
    if network.goal.trim().is_empty() {
        steps.push(NextStep::WriteGoal);
    }
    steps
}

/// How long a new job counts as news for the Watch, in days.
pub const NEW_JOB_DAYS: i64 = 90;

/// A line of the Watch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WatchLine {
    /// A trusted contact changed jobs lately: congratulate them; they now bridge to the new
    /// organization.
    NewJob {
        /// The contact.
        contact: ContactId,
        /// The job they left.
        from: Job,
        /// When the change was seen (the import that showed it).
        since: NaiveDate,
    },
    /// A trusted contact met in person with no LinkedIn link: connect, and mention the
    /// meeting.
    NotLinked {
        /// The contact.
        contact: ContactId,
        /// The latest meeting in person.
        last_met: NaiveDate,
        /// How it took place ("coffee").
        kind: EncounterKind,
    },
}

impl WatchLine {
    /// The contact the line is about.
    pub fn contact(&self) -> ContactId {
        match self {
            Self::NewJob { contact, .. } | Self::NotLinked { contact, .. } => *contact,
        }
    }
}

/// How many lines "This week" holds at most.
pub const THIS_WEEK_LINES: usize = 5;

/// A line of the Agenda, by its list and its place in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgendaLine {
    /// `planned[i]`.
    Meeting(usize),
    /// `follow_ups[i]`.
    FollowUp(usize),
    /// `keep_in_touch[i]`.
    SeeAgain(usize),
    /// `worth_meeting[i]`.
    WorthMeeting(usize),
    /// `stalled_introductions[i]`.
    Introduction(usize),
    /// `watch[i]`.
    Watch(usize),
    /// `to_debrief[i]`.
    Debrief(usize),
    /// `thanks[i]`.
    Thanks(usize),
    /// `older_goal[i]`.
    OlderGoal(usize),
}

/// A line worth doing this week, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Priority {
    /// The line.
    pub line: AgendaLine,
    /// Why now ("You promised Claire 3 days ago: a promise kept builds trust").
    pub reason: String,
    /// How valuable, to rank: higher first.
    pub score: f32,
}

impl Eq for Priority {}

/// Past this many days overdue, a promise is stale: listed, never in "This week".
pub const STALE_AFTER_DAYS: i64 = 90;

impl Agenda {
    /// The agenda of `network` on `today`.
    pub fn of(network: &Network, today: NaiveDate) -> Self {
        // Facts only for the contacts a query looks at, through the network's index of each
        // contact's encounters: far cheaper than the facts of everyone.
        let facts_of = |id: ContactId| facts_for(network, id, today);
        let mut agenda = Self {
            planned: planned_meetings(network, today),
            follow_ups: due_follow_ups(network, today),
            keep_in_touch: keep_in_touch_overdue(network, today, &facts_of),
            worth_meeting: worth_meeting(network, today, &facts_of),
            stalled_introductions: stalled_introductions(network, today),
            thanks: thanks_due(network, today),
            older_goal: older_goal(network, today),
            this_week: Vec::new(),
            watch: watch(network, today, &facts_of),
            to_debrief: to_debrief(network, today),
            next_steps: next_steps(network, today),
        };
        agenda.this_week = agenda.rank(network, today, &facts_of);
        agenda
    }

    /// The lines most worth doing this week: meetings soon, promises I made lately, the
    /// people I trust most who wait to be seen, introductions to nudge. Stale promises (over
    /// [`STALE_AFTER_DAYS`] overdue) never make it: they are listed, folded, to settle.
    fn rank(
        &self,
        network: &Network,
        today: NaiveDate,
        facts_of: &dyn Fn(ContactId) -> ContactFacts,
    ) -> Vec<Priority> {
        let trust = |id: ContactId| trust_rank(facts_of(id).trust);
        let names = |ids: &[ContactId]| {
            let names: Vec<_> = ids
                .iter()
                .map(|id| network.person_name(Person::Contact(*id)))
                .collect();
            names.join(", ")
        };
        let mut ranked = Vec::new();
        for (i, meeting) in self.planned.iter().enumerate() {
            let days = (meeting.date - today).num_days();
            if days <= 7 {
                ranked.push(Priority {
                    line: AgendaLine::Meeting(i),
                    // The line names the people; the reason says when.
                    reason: tr!("reason-prepare", days = days),
                    score: 100.0 - days as f32 * 4.0,
                });
            }
        }
        for (i, due) in self.follow_ups.iter().enumerate() {
            let late = (today - due.due).num_days();
            if due.is_stale(today) {
                continue;
            }
            let best_trust = due
                .participants
                .iter()
                .map(|p| trust(*p))
                .max()
                .unwrap_or(0);
            let people = names(&due.participants);
            let (score, reason) = match (due.by, late) {
                (Promiser::Me, l) if l > 0 => (
                    85.0 - l as f32 * 0.5 + best_trust as f32 * 2.0,
                    tr!("reason-late", days = l),
                ),
                (Promiser::Me, l) => (75.0 + best_trust as f32 * 2.0, tr!("reason-due", days = -l)),
                (Promiser::Them, _) => (
                    40.0 - late.max(0) as f32 * 0.2 + best_trust as f32 * 2.0,
                    tr!("reason-remind", people = people),
                ),
            };
            ranked.push(Priority {
                line: AgendaLine::FollowUp(i),
                reason,
                score,
            });
        }
        for (i, due) in self.keep_in_touch.iter().enumerate() {
            let trusted = facts_of(due.contact).trust;
            ranked.push(Priority {
                line: AgendaLine::SeeAgain(i),
                reason: tr!("reason-fades", trust = trusted.label()),
                score: see_again_worth(trusted, due.days_overdue),
            });
        }
        for (i, stalled) in self.stalled_introductions.iter().enumerate() {
            ranked.push(Priority {
                line: AgendaLine::Introduction(i),
                reason: tr!("reason-nudge"),
                score: 50.0 - (stalled.days as f32 / 10.0).min(20.0),
            });
        }
        for (i, thanks) in self.thanks.iter().enumerate() {
            // Politeness does not wait: higher than a nudge, fading over a month.
            ranked.push(Priority {
                line: AgendaLine::Thanks(i),
                reason: tr!("reason-thank"),
                score: 70.0 + trust(thanks.introducer) as f32 * 2.0
                    - ((today - thanks.since).num_days() as f32 / 3.0).min(20.0),
            });
        }
        for (i, worth) in self.worth_meeting.iter().enumerate() {
            ranked.push(Priority {
                line: AgendaLine::WorthMeeting(i),
                reason: tr!("reason-vouched"),
                score: 30.0 + trust(worth.vouched_by) as f32 * 3.0,
            });
        }
        for (i, line) in self.watch.iter().enumerate() {
            if let WatchLine::NewJob { contact, since, .. } = line {
                ranked.push(Priority {
                    line: AgendaLine::Watch(i),
                    reason: tr!("reason-new-job"),
                    score: 55.0 + trust(*contact) as f32 * 3.0
                        - (today - *since).num_days() as f32 / 10.0,
                });
            }
        }
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        ranked.truncate(THIS_WEEK_LINES);
        ranked
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.watch.is_empty()
            && self.to_debrief.is_empty()
            && self.planned.is_empty()
            && self.follow_ups.is_empty()
            && self.keep_in_touch.is_empty()
            && self.worth_meeting.is_empty()
            && self.stalled_introductions.is_empty()
            && self.thanks.is_empty()
            && self.older_goal.is_empty()
    }

    /// How many lines call for action today: overdue follow-ups (not stale ones, over
    /// [`STALE_AFTER_DAYS`] late: those are to settle, not urgent), overdue contacts and
    /// introductions waiting too long.
    pub fn overdue_count(&self, today: NaiveDate) -> usize {
        self.follow_ups
            .iter()
            .filter(|f| f.is_overdue(today) && !f.is_stale(today))
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
            .filter(|f| f.is_overdue(today) && !f.is_stale(today))
            .count()
            + keep_in_touch_overdue(network, today, &facts_of).len()
            + stalled_introductions(network, today).len()
    }
}

/// Introductions made for the owner that went somewhere and whose loop is still open: not
/// thanked, and no encounter with the introducer since (telling them how it went at a coffee
/// or in a call closes it too).
fn thanks_due(network: &Network, today: NaiveDate) -> Vec<ThanksDue> {
    let mut due: Vec<ThanksDue> = network
        .introductions()
        .filter_map(|intro| {
            let (introducer, since) = intro.loop_to_close()?;
            let told = network
                .encounters_with(introducer)
                .any(|e| e.date >= since && e.date <= today);
            let hidden = set_aside(network, &AgendaItem::Thanks(intro.id), today);
            (!told && !hidden).then_some(ThanksDue {
                introduction: intro.id,
                introducer,
                since,
            })
        })
        .collect();
    due.sort_by_key(|t| (t.since, t.introduction));
    due
}

/// Trusted people who heard an older goal: tell them the current one.
fn older_goal(network: &Network, today: NaiveDate) -> Vec<(ContactId, NaiveDate)> {
    let mut older = super::goal::heard_older_goal(network, today);
    older.sort_by_key(|(id, day)| (*day, *id));
    older
}

fn stalled_introductions(network: &Network, today: NaiveDate) -> Vec<StalledIntroduction> {
    let mut stalled: Vec<StalledIntroduction> = network
        .introductions()
        .filter(|i| !i.status().is_closed())
        .filter(|i| !set_aside(network, &AgendaItem::Introduction(i.id), today))
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
                    // The line's key is built only when something was set aside at all.
                    let kept = || {
                        network.set_aside.is_empty()
                            || !set_aside(
                                network,
                                &AgendaItem::FollowUp {
                                    encounter: e.id,
                                    what: follow_up.what.clone(),
                                },
                                today,
                            )
                    };
                    (!follow_up.done && date <= horizon && kept()).then(|| DueFollowUp {
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
            if set_aside(network, &AgendaItem::SeeAgain(contact.id), today) {
                return None;
            }
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
    // The most worth seeing now first: trusted people just past their cadence before a tie
    // let go years ago.
    let worth: std::collections::HashMap<ContactId, f32> = overdue
        .iter()
        .map(|due| {
            let trust = facts_of(due.contact).trust;
            (due.contact, see_again_worth(trust, due.days_overdue))
        })
        .collect();
    let worth_of = |k: &KeepInTouch| worth.get(&k.contact).copied().unwrap_or(0.0);
    overdue.sort_by(|a, b| {
        worth_of(b)
            .total_cmp(&worth_of(a))
            .then(a.contact.cmp(&b.contact))
    });
    overdue
}

/// How much seeing someone again is worth now: the more trust, the more; a tie only just
/// past its cadence is worth more than one let go for years (each month late takes a little,
/// up to 15 points after 15 months). One definition for "This week" and for the list.
fn see_again_worth(trust: TrustLevel, days_overdue: Option<i64>) -> f32 {
    let late = days_overdue.unwrap_or(0).max(0);
    45.0 + trust_rank(trust) as f32 * 6.0 - (late as f32 / 30.0).min(15.0)
}

/// Online-only contacts introduced to the owner by a contact whose trust meets the project's
/// threshold, and with no meeting planned yet.
fn worth_meeting(
    network: &Network,
    today: NaiveDate,
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
            if set_aside(network, &AgendaItem::WorthMeeting(contact.id), today) {
                return None;
            }
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
    worth.sort_by_cached_key(|w| network.person_name(Person::Contact(w.contact)));
    worth
}

/// Whether the owner set this line aside (snoozed until after today, or for good).
fn set_aside(network: &Network, item: &AgendaItem, today: NaiveDate) -> bool {
    network.set_aside.iter().any(|s| s.hides(item, today))
}

/// Trust as a number, 0 (none) to 4 (full), for ranking.
fn trust_rank(level: TrustLevel) -> usize {
    TrustLevel::ALL
        .iter()
        .position(|l| *l == level)
        .unwrap_or(0)
}

/// The Watch: trusted people (trust at the project's threshold or more) who changed jobs in
/// the last [`NEW_JOB_DAYS`] days, newest first, then those met in person with no LinkedIn
/// link, most recently met first.
fn watch(
    network: &Network,
    today: NaiveDate,
    facts_of: &dyn Fn(ContactId) -> ContactFacts,
) -> Vec<WatchLine> {
    let threshold = network.settings.trust_threshold;
    let mut moved = Vec::new();
    let mut not_linked = Vec::new();
    for contact in network.contacts() {
        let news = contact.past_jobs.last().and_then(|past| {
            let since = past.until?;
            ((today - since).num_days() <= NEW_JOB_DAYS).then(|| (past.job.clone(), since))
        });
        let unlinked =
            contact.linkedin_url().is_none() && !matches!(contact.origin, Origin::LinkedIn(_));
        if news.is_none() && !unlinked {
            continue;
        }
        if set_aside(network, &AgendaItem::Watch(contact.id), today) {
            continue;
        }
        let facts = facts_of(contact.id);
        if facts.trust < threshold {
            continue;
        }
        if let Some((from, since)) = news {
            moved.push(WatchLine::NewJob {
                contact: contact.id,
                from,
                since,
            });
        } else if let Some(last_met) = facts.last_in_person {
            let kind = network
                .encounters_with(contact.id)
                .filter(|e| e.date == last_met && e.kind.is_in_person())
                .map(|e| e.kind)
                .next()
                .unwrap_or(EncounterKind::Meeting);
            not_linked.push(WatchLine::NotLinked {
                contact: contact.id,
                last_met,
                kind,
            });
        }
    }
    let since = |line: &WatchLine| match line {
        WatchLine::NewJob { since, .. } => *since,
        WatchLine::NotLinked { last_met, .. } => *last_met,
    };
    moved.sort_by_key(|l| std::cmp::Reverse(since(l)));
    not_linked.sort_by_key(|l| std::cmp::Reverse(since(l)));
    moved.extend(not_linked);
    moved
}

/// The calendar's meetings still to debrief: not dismissed, past, and not recorded yet by an
/// encounter that day with any of their people (logging the debrief, from the queue or not,
/// takes the line away).
fn to_debrief(network: &Network, today: NaiveDate) -> Vec<CalendarMeeting> {
    let mut lines: Vec<CalendarMeeting> = network
        .calendar
        .iter()
        .filter(|m| !m.dismissed && m.date <= today)
        .filter(|m| {
            !m.people.iter().any(|id| {
                network
                    .encounters_with(*id)
                    .any(|encounter| encounter.date == m.date)
            })
        })
        .map(|m| {
            let mut m = m.clone();
            m.people.retain(|id| network.contact(*id).is_some());
            m
        })
        .filter(|m| !m.people.is_empty())
        .collect();
    lines.sort_by(|a, b| b.date.cmp(&a.date).then(b.time.cmp(&a.time)));
    lines
}
