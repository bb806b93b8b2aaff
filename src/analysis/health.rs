//! The network's health: its shape over time and where it is fragile. Activity month by
//! month (encounters in person and otherwise, new people met, introductions, the owner's own
//! posts online), figures with their trend against six months ago (trusted people seen lately,
//! dormant strong ties, reciprocity, ambassadors of the goal), the single points of failure on
//! the way to each target, and how diverse the people met are.
//!
//! Everything is computed from the model in a few passes over it: at 20,000 contacts the whole
//! report takes tens of milliseconds (`benches/health.rs`).

use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{Datelike as _, Months, NaiveDate};

use super::goal::{GoalKnown, ambassadors};
use super::paths::{PathTarget, SinglePoints, WarmGraph};
use super::search::fold;
use super::trust::{ContactFacts, facts_by_contact};
use crate::model::{
    AskWay, ContactId, EncounterId, IntroStatus, IntroductionId, Network, Origin, OwnPost, Person,
    PostKind, WatchedTarget,
};

/// How many months the activity charts show, the current one last.
pub const MONTHS_SHOWN: usize = 24;
/// A trusted person not seen in person for longer than this is a dormant strong tie.
pub const DORMANT_AFTER_DAYS: i64 = 365;
/// An ambassador who heard the goal within this many days heard it lately.
pub const HEARD_LATELY_DAYS: i64 = 90;
/// How far back the trends look.
pub const TREND_MONTHS: u32 = 6;
/// Large events say little about who knows whom: they make no tie between the people there.
const TIE_EVENT_AT_MOST: usize = 8;

/// What happened in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthActivity {
    /// The month's first day.
    pub month: NaiveDate,
    /// Encounters in person (coffee, meal, meeting, event).
    pub in_person: usize,
    /// Encounters otherwise (call, video, message…).
    pub other: usize,
    /// People met in person for the first time.
    pub new_met: usize,
    /// Introductions the owner made for others.
    pub intros_made: usize,
    /// Introductions others made for the owner.
    pub intros_received: usize,
    /// The owner's own posts and shares online.
    pub posts: usize,
    /// The owner's comments online.
    pub comments: usize,
}

/// A part of a whole: "12 of 30".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    /// How many.
    pub count: usize,
    /// Of how many.
    pub of: usize,
}

impl Share {
    /// The share in percent, rounded; `None` of nothing.
    pub fn percent(self) -> Option<u32> {
        (self.of > 0).then(|| ((self.count as f64 * 100.0) / self.of as f64).round() as u32)
    }
}

/// A figure now and six months ago.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Trend<T> {
    /// Today.
    pub now: T,
    /// Six months ago, from what the project knew of that day.
    pub before: T,
}

/// A trusted person not seen in person for over a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DormantTie {
    /// Who.
    pub contact: ContactId,
    /// The last time we met in person.
    pub last_in_person: NaiveDate,
}

/// Favours and introductions, asked and given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reciprocity {
    /// Favours the owner asked (encounters' ledger).
    pub favours_asked: usize,
    /// Favours the owner gave.
    pub favours_given: usize,
    /// Introductions the owner made for others.
    pub intros_made: usize,
    /// Introductions others made for the owner.
    pub intros_received: usize,
}

/// The goal's ambassadors: trusted people who know the current goal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ambassadors {
    /// How many.
    pub count: usize,
    /// Of them, how many heard it in the last [`HEARD_LATELY_DAYS`] days.
    pub lately: usize,
}

/// One target of the goal, and whether the way to it hangs on one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetHealth {
    /// The organization or tag.
    pub target: WatchedTarget,
    /// Whether the owner named it (else it was read from the goal's words).
    pub named: bool,
    /// Who every warm path passes through.
    pub points: SinglePoints,
    /// Everyone there, to show on the map.
    pub people: Vec<ContactId>,
}

/// How concentrated the people met in person are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diversity {
    /// People met in person.
    pub met: usize,
    /// The organizations they are at, most first (at most five), with how many.
    pub top_organizations: Vec<(String, usize)>,
    /// The share of the people met (with an organization) at the top three organizations.
    pub top_three: Trend<Share>,
    /// Burt's effective size of the owner's network of people met in person: how many of
    /// them are non-redundant (n − 2t/n, t the ties among them).
    pub effective_size: Trend<f32>,
}

/// The whole report, as of one day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HealthReport {
    /// The day it was computed for.
    pub today: NaiveDate,
    /// The last [`MONTHS_SHOWN`] months, oldest first.
    pub months: Vec<MonthActivity>,
    /// Trusted people seen in person in the last 6 months.
    pub seen_6_months: Trend<Share>,
    /// Trusted people seen in person in the last 12 months.
    pub seen_12_months: Trend<Share>,
    /// Dormant strong ties, the most trusted and the longest unseen first.
    pub dormant: Vec<DormantTie>,
    /// How many there were six months ago.
    pub dormant_before: usize,
    /// Asked and given.
    pub reciprocity: Trend<Reciprocity>,
    /// Whether the project has a goal.
    pub has_goal: bool,
    /// The goal's ambassadors.
    pub ambassadors: Trend<Ambassadors>,
    /// Each target and its single points of failure.
    pub targets: Vec<TargetHealth>,
    /// How concentrated the people met are.
    pub diversity: Diversity,
}

/// The first day of the month `months` before `day`'s.
fn month_start(day: NaiveDate, months_back: u32) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first
        .checked_sub_months(Months::new(months_back))
        .unwrap_or(first)
}

/// `today`, six months before.
fn trend_day(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_months(Months::new(TREND_MONTHS))
        .unwrap_or(today)
}

/// The report as of `today`.
pub fn health(network: &Network, today: NaiveDate) -> HealthReport {
    let before = trend_day(today);
    let facts = facts_by_contact(network, today);
    let facts_before = facts_by_contact(network, before);
    let threshold = network.settings.trust_threshold;
    let trusted = |f: &ContactFacts| f.trust >= threshold && f.met_in_person();

    let seen_within = |facts: &crate::analysis::FactsByContact, day: NaiveDate, months: u32| {
        let since = day.checked_sub_months(Months::new(months)).unwrap_or(day);
        let mut share = Share::default();
        for f in facts.values().filter(|f| trusted(f)) {
            share.of += 1;
            if f.last_in_person.is_some_and(|last| last > since) {
                share.count += 1;
            }
        }
        share
    };
    let dormant_of = |facts: &crate::analysis::FactsByContact, day: NaiveDate| {
        let mut dormant: Vec<(DormantTie, crate::model::TrustLevel)> = facts
            .iter()
            .filter(|(id, f)| trusted(f) && network.contact(**id).is_some())
            .filter_map(|(id, f)| {
                let last = f.last_in_person?;
                ((day - last).num_days() > DORMANT_AFTER_DAYS).then_some((
                    DormantTie {
                        contact: *id,
                        last_in_person: last,
                    },
                    f.trust,
                ))
            })
            .collect();
        dormant.sort_by(|(a, ta), (b, tb)| {
            tb.cmp(ta)
                .then(a.last_in_person.cmp(&b.last_in_person))
                .then(a.contact.cmp(&b.contact))
        });
        dormant.into_iter().map(|(tie, _)| tie).collect::<Vec<_>>()
    };

    let graph = WarmGraph::of(network, &facts, today);
    let made = introductions(network, &first_in_touch(network, today));
    HealthReport {
        today,
        months: activity_with(network, today, &made),
        seen_6_months: Trend {
            now: seen_within(&facts, today, 6),
            before: seen_within(&facts_before, before, 6),
        },
        seen_12_months: Trend {
            now: seen_within(&facts, today, 12),
            before: seen_within(&facts_before, before, 12),
        },
        dormant: dormant_of(&facts, today),
        dormant_before: dormant_of(&facts_before, before).len(),
        reciprocity: reciprocity(network, (today, before), &made),
        has_goal: !network.goal.trim().is_empty(),
        ambassadors: Trend {
            now: ambassadors_of(network, today),
            before: ambassadors_of(network, before),
        },
        targets: targets_of(network)
            .into_iter()
            .map(|(target, named)| {
                let path_target = match &target {
                    WatchedTarget::Organization(words) => PathTarget::Organization(words.clone()),
                    WatchedTarget::Tag(words) => PathTarget::Tag(words.clone()),
                };
                let people = graph.people_at(&path_target);
                TargetHealth {
                    points: graph.single_points(&people),
                    people,
                    target,
                    named,
                }
            })
            .collect(),
        diversity: {
            let organizations = organizations_met(network, &facts);
            Diversity {
                met: facts.values().filter(|f| f.met_in_person()).count(),
                top_three: Trend {
                    now: top_three(&organizations),
                    before: top_three(&organizations_met(network, &facts_before)),
                },
                top_organizations: organizations.into_iter().take(5).collect(),
                effective_size: effective_size(network, (&facts, today), (&facts_before, before)),
            }
        },
    }
}

/// The month index (0 = the oldest shown) of `day`, if shown.
fn month_index(first_shown: NaiveDate, today: NaiveDate, day: NaiveDate) -> Option<usize> {
    if day < first_shown || day > today {
        return None;
    }
    let months =
        (day.year() - first_shown.year()) * 12 + day.month() as i32 - first_shown.month() as i32;
    usize::try_from(months).ok().filter(|m| *m < MONTHS_SHOWN)
}

/// What happened month by month, for the last [`MONTHS_SHOWN`] months.
pub fn activity(network: &Network, today: NaiveDate) -> Vec<MonthActivity> {
    activity_with(
        network,
        today,
        &introductions(network, &first_in_touch(network, today)),
    )
}

/// As [`activity`], with the introductions made already listed.
fn activity_with(
    network: &Network,
    today: NaiveDate,
    made: &[DatedIntroduction],
) -> Vec<MonthActivity> {
    let first_shown = month_start(today, MONTHS_SHOWN as u32 - 1);
    let mut months: Vec<MonthActivity> = (0..MONTHS_SHOWN)
        .map(|i| MonthActivity {
            month: month_start(today, (MONTHS_SHOWN - 1 - i) as u32),
            ..MonthActivity::default()
        })
        .collect();
    let at = |day: NaiveDate| month_index(first_shown, today, day);
    let mut first_met: FxHashMap<ContactId, NaiveDate> = FxHashMap::default();
    for encounter in network.encounters() {
        if encounter.date > today {
            continue;
        }
        if encounter.is_in_person() {
            for contact in &encounter.participants {
                let first = first_met.entry(*contact).or_insert(encounter.date);
                *first = (*first).min(encounter.date);
            }
        }
        let Some(i) = at(encounter.date) else {
            continue;
        };
        if encounter.is_in_person() {
            months[i].in_person += 1;
        } else {
            months[i].other += 1;
        }
    }
    for day in first_met.values() {
        if let Some(i) = at(*day) {
            months[i].new_met += 1;
        }
    }
    for intro in made {
        if let Some(i) = at(intro.date) {
            if intro.made_by_me {
                months[i].intros_made += 1;
            } else {
                months[i].intros_received += 1;
            }
        }
    }
    for post in network.posts.iter() {
        if let Some(i) = at(post.date) {
            match post.kind {
                PostKind::Share => months[i].posts += 1,
                PostKind::Comment => months[i].comments += 1,
            }
        }
    }
    months
}

/// How an introduction is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntroducedHow {
    /// An introduction of the pipeline that was made.
    Pipeline(IntroductionId),
    /// A contact recorded as introduced to the owner by another.
    Origin {
        /// The person introduced.
        contact: ContactId,
        /// Who introduced them.
        by: ContactId,
    },
}

/// An introduction that was made, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatedIntroduction {
    /// The day it was made (for one recorded on a contact, the first day in touch).
    pub date: NaiveDate,
    /// Whether the owner made it for others (else others made it for the owner).
    pub made_by_me: bool,
    /// What it is.
    pub how: IntroducedHow,
}

/// The first day each contact was in touch with the owner, up to `today` (any kind of
/// encounter).
fn first_in_touch(network: &Network, today: NaiveDate) -> FxHashMap<ContactId, NaiveDate> {
    let mut first: FxHashMap<ContactId, NaiveDate> = FxHashMap::default();
    for encounter in network.encounters().filter(|e| e.date <= today) {
        for contact in &encounter.participants {
            let day = first.entry(*contact).or_insert(encounter.date);
            *day = (*day).min(encounter.date);
        }
    }
    first
}

/// Every introduction that was made, dated. Made for the owner: a contact introduced the
/// owner to someone (in the pipeline), or a contact is recorded as introduced by someone,
/// dated by the first day in touch with them.
fn introductions(
    network: &Network,
    first_in_touch: &FxHashMap<ContactId, NaiveDate>,
) -> Vec<DatedIntroduction> {
    let mut dated = Vec::new();
    let mut received_from_pipeline: FxHashSet<ContactId> = FxHashSet::default();
    for intro in network.introductions() {
        let Some(made) = intro
            .steps
            .iter()
            .find(|step| matches!(step.status, IntroStatus::Made | IntroStatus::Met))
        else {
            continue;
        };
        let made_by_me = intro.introducer == Person::Me;
        if !made_by_me && intro.a != Person::Me && intro.b != Person::Me {
            continue;
        }
        if !made_by_me {
            for side in [intro.a, intro.b] {
                if let Person::Contact(id) = side {
                    received_from_pipeline.insert(id);
                }
            }
        }
        dated.push(DatedIntroduction {
            date: made.date,
            made_by_me,
            how: IntroducedHow::Pipeline(intro.id),
        });
    }
    for contact in network.contacts() {
        if let Origin::IntroducedBy(Some(by)) = contact.origin
            && !received_from_pipeline.contains(&contact.id)
            && let Some(day) = first_in_touch.get(&contact.id)
        {
            dated.push(DatedIntroduction {
                date: *day,
                made_by_me: false,
                how: IntroducedHow::Origin {
                    contact: contact.id,
                    by,
                },
            });
        }
    }
    dated
}

/// Whether `day` falls in the month that starts on `month`.
fn in_month(day: NaiveDate, month: NaiveDate) -> bool {
    day.year() == month.year() && day.month() == month.month()
}

/// The introductions made in the month that starts on `month`, by date.
pub fn introductions_in_month(
    network: &Network,
    month: NaiveDate,
    today: NaiveDate,
) -> Vec<DatedIntroduction> {
    let mut found: Vec<DatedIntroduction> = introductions(network, &first_in_touch(network, today))
        .into_iter()
        .filter(|intro| intro.date <= today && in_month(intro.date, month))
        .collect();
    found.sort_by_key(|intro| intro.date);
    found
}

/// The people first met in person in the month that starts on `month`, by the day.
pub fn first_met_in_month(network: &Network, month: NaiveDate, today: NaiveDate) -> Vec<ContactId> {
    let mut first: FxHashMap<ContactId, NaiveDate> = FxHashMap::default();
    for encounter in network
        .encounters()
        .filter(|e| e.date <= today && e.is_in_person())
    {
        for contact in &encounter.participants {
            let day = first.entry(*contact).or_insert(encounter.date);
            *day = (*day).min(encounter.date);
        }
    }
    let mut found: Vec<(NaiveDate, ContactId)> = first
        .into_iter()
        .filter(|(_, day)| in_month(*day, month))
        .map(|(id, day)| (day, id))
        .collect();
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// Favours and introductions up to `today`, and up to `before`, in one pass.
fn reciprocity(
    network: &Network,
    (today, before): (NaiveDate, NaiveDate),
    made: &[DatedIntroduction],
) -> Trend<Reciprocity> {
    let mut counts = Trend::<Reciprocity>::default();
    for encounter in network.encounters() {
        if encounter.date > today {
            continue;
        }
        let earlier = encounter.date <= before;
        for ask in &encounter.asks {
            for (counts, counted) in [(&mut counts.now, true), (&mut counts.before, earlier)] {
                if counted {
                    match ask.way {
                        AskWay::Asked => counts.favours_asked += 1,
                        AskWay::Gave => counts.favours_given += 1,
                    }
                }
            }
        }
    }
    for intro in made {
        for (counts, day) in [(&mut counts.now, today), (&mut counts.before, before)] {
            if intro.date <= day {
                if intro.made_by_me {
                    counts.intros_made += 1;
                } else {
                    counts.intros_received += 1;
                }
            }
        }
    }
    counts
}

/// The goal's ambassadors as of `day`, and how many heard it lately.
fn ambassadors_of(network: &Network, day: NaiveDate) -> Ambassadors {
    let people = ambassadors(network, day);
    let lately = people
        .iter()
        .filter(|id| {
            matches!(
                super::goal::goal_known(network, **id, day),
                GoalKnown::Current(heard) if (day - heard).num_days() <= HEARD_LATELY_DAYS
            )
        })
        .count();
    Ambassadors {
        count: people.len(),
        lately,
    }
}

/// The targets: those the owner named, then the organizations of the project that the goal
/// names in its words ("a product role at Doctolib or Alan"), each once.
pub fn targets_of(network: &Network) -> Vec<(WatchedTarget, bool)> {
    let mut targets: Vec<(WatchedTarget, bool)> = network
        .targets
        .iter()
        .map(|target| (target.clone(), true))
        .collect();
    let mut seen: FxHashSet<String> = targets
        .iter()
        .map(|(target, _)| fold(target.words()))
        .collect();
    let goal = fold(&network.goal);
    let goal_words: FxHashSet<&str> = goal
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if goal_words.is_empty() {
        return targets;
    }
    let mut named_in_goal: Vec<(usize, String)> = Vec::new();
    // Thousands of people share a few hundred organizations: each is looked at once.
    let mut looked_at: FxHashSet<&str> = FxHashSet::default();
    for contact in network.contacts() {
        let organization = contact.organization.trim();
        if !looked_at.insert(organization) {
            continue;
        }
        let folded = fold(organization);
        if folded.chars().count() < 3 || seen.contains(&folded) {
            continue;
        }
        // Every word of the organization's name is a word of the goal.
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() && words.iter().all(|w| goal_words.contains(w)) {
            let position = goal.find(&folded).unwrap_or(usize::MAX);
            seen.insert(folded);
            named_in_goal.push((position, organization.to_owned()));
        }
    }
    named_in_goal.sort();
    targets.extend(
        named_in_goal
            .into_iter()
            .map(|(_, name)| (WatchedTarget::Organization(name), false)),
    );
    targets
}

/// The organizations of the people met in person, most first (ties by name), with counts.
fn organizations_met(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
) -> Vec<(String, usize)> {
    // Counted by the name as written, then folded once per name: "Doctolib" and "doctolib"
    // are one organization.
    let mut as_written: FxHashMap<&str, usize> = FxHashMap::default();
    for contact in network.contacts() {
        if !facts
            .get(&contact.id)
            .is_some_and(ContactFacts::met_in_person)
        {
            continue;
        }
        let name = contact.organization.trim();
        if !name.is_empty() {
            *as_written.entry(name).or_default() += 1;
        }
    }
    let mut written: Vec<(&str, usize)> = as_written.into_iter().collect();
    // The most written spelling names the organization.
    written.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
    let mut counts: FxHashMap<String, (String, usize)> = FxHashMap::default();
    for (name, count) in written {
        counts
            .entry(fold(name))
            .or_insert_with(|| (name.to_owned(), 0))
            .1 += count;
    }
    let mut list: Vec<(String, usize)> = counts.into_values().collect();
    list.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
    list
}

/// The share of the people met (with an organization) at the three organizations most met,
/// from their counts, most first.
fn top_three(organizations: &[(String, usize)]) -> Share {
    Share {
        count: organizations.iter().take(3).map(|(_, n)| n).sum(),
        of: organizations.iter().map(|(_, n)| n).sum(),
    }
}

/// Burt's effective size of the network of people met in person, now and as of `before`:
/// n − 2t/n, where t counts the ties among them (a relation, an introduction, met together at
/// a small encounter, one introduced by the other). One pass finds every tie and the first
/// day it was seen (undated evidence counts for both days).
fn effective_size(
    network: &Network,
    (facts, today): (&crate::analysis::FactsByContact, NaiveDate),
    (facts_before, before): (&crate::analysis::FactsByContact, NaiveDate),
) -> Trend<f32> {
    let met = |facts: &crate::analysis::FactsByContact| -> FxHashSet<ContactId> {
        network
            .contacts()
            .filter(|c| facts.get(&c.id).is_some_and(ContactFacts::met_in_person))
            .map(|c| c.id)
            .collect()
    };
    let (alters, alters_before) = (met(facts), met(facts_before));
    let mut ties: FxHashMap<(ContactId, ContactId), NaiveDate> =
        FxHashMap::with_capacity_and_hasher(
            network.relations().len() + network.encounters().len(),
            Default::default(),
        );
    let mut tie = |a: ContactId, b: ContactId, day: NaiveDate| {
        if a != b && alters.contains(&a) && alters.contains(&b) {
            let first = ties.entry((a.min(b), a.max(b))).or_insert(day);
            *first = (*first).min(day);
        }
    };
    for relation in network.relations() {
        tie(relation.a, relation.b, NaiveDate::MIN);
    }
    for contact in network.contacts() {
        if let Origin::IntroducedBy(Some(by)) = contact.origin {
            tie(by, contact.id, NaiveDate::MIN);
        }
    }
    for intro in network.introductions() {
        if let (Person::Contact(a), Person::Contact(b)) = (intro.a, intro.b)
            && matches!(intro.status(), IntroStatus::Made | IntroStatus::Met)
        {
            tie(a, b, NaiveDate::MIN);
        }
    }
    for encounter in network.encounters() {
        if encounter.date > today || encounter.participants.len() > TIE_EVENT_AT_MOST {
            continue;
        }
        for (i, a) in encounter.participants.iter().enumerate() {
            for b in encounter.participants.iter().skip(i + 1) {
                tie(*a, *b, encounter.date);
            }
        }
    }
    let size = |n: usize, t: usize| {
        if n == 0 {
            0.0
        } else {
            n as f32 - 2.0 * t as f32 / n as f32
        }
    };
    let ties_before = ties
        .iter()
        .filter(|((a, b), day)| {
            **day <= before && alters_before.contains(a) && alters_before.contains(b)
        })
        .count();
    Trend {
        now: size(alters.len(), ties.len()),
        before: size(alters_before.len(), ties_before),
    }
}

/// The encounters of the month that starts on `month`, by date (planned ones aside).
pub fn encounters_in_month(
    network: &Network,
    month: NaiveDate,
    today: NaiveDate,
) -> Vec<EncounterId> {
    let mut found: Vec<(NaiveDate, EncounterId)> = network
        .encounters()
        .filter(|e| e.date <= today && in_month(e.date, month))
        .map(|e| (e.date, e.id))
        .collect();
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// The owner's posts and comments of the month that starts on `month`, by date.
pub fn posts_in_month(network: &Network, month: NaiveDate) -> Vec<&OwnPost> {
    let mut found: Vec<&OwnPost> = network
        .posts
        .iter()
        .filter(|p| in_month(p.date, month))
        .collect();
    found.sort_by_key(|p| p.date);
    found
}
