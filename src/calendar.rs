//! The project in the owner's calendar (RFC 5545 `.ics`, written with the `icalendar` crate):
//! meetings planned from today on, with the place, the people and each person's preparation
//! sheet in the description; follow-ups due and keep-in-touch dates as all-day reminders.
//!
//! Each event's UID is built from what it is about (the encounter, the promise's words, the
//! contact) and the project, so exporting again and re-importing the file into a calendar
//! updates the events instead of adding them twice.

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use icalendar::{Calendar, Component as _, Event, EventLike as _};

use crate::analysis::{PrepSheet, STALE_AFTER_DAYS, facts_by_contact};
use crate::model::{AgendaItem, Encounter, Network, Promiser, plural};

/// How long a planned meeting with a time lasts in the calendar.
pub const MEETING_MINUTES: i64 = 60;

/// What an export holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CalendarCounts {
    /// Planned meetings.
    pub meetings: usize,
    /// Follow-ups due (all-day).
    pub follow_ups: usize,
    /// Keep-in-touch reminders (all-day).
    pub keep_in_touch: usize,
}

impl CalendarCounts {
    /// Every event.
    pub fn events(self) -> usize {
        self.meetings + self.follow_ups + self.keep_in_touch
    }

    /// "5 events: 2 meetings, 2 follow-ups, 1 keep-in-touch reminder".
    pub fn describe(self) -> String {
        format!(
            "{}: {}, {}, {}",
            plural(self.events(), "event"),
            plural(self.meetings, "meeting"),
            plural(self.follow_ups, "follow-up"),
            plural(self.keep_in_touch, "keep-in-touch reminder"),
        )
    }
}

/// The project's calendar as of `today`, and what it holds.
pub fn to_ics(network: &Network, today: NaiveDate) -> (String, CalendarCounts) {
    let project = project_key(network);
    let stamp = Utc.from_utc_datetime(&today.and_time(chrono::NaiveTime::MIN));
    let mut calendar = Calendar::new();
    calendar.name(&network.name);
    let mut counts = CalendarCounts::default();
    let event = |uid: String| {
        let mut event = Event::new();
        event
            .uid(&format!("{uid}.{project}@carnet"))
            .timestamp(stamp);
        event
    };

    let mut planned: Vec<&Encounter> = network.encounters().filter(|e| e.date >= today).collect();
    planned.sort_by_key(|e| (e.date, e.time, e.id));
    for encounter in planned {
        let mut meeting = event(format!("meeting-{}", encounter.id.0));
        meeting
            .summary(&meeting_title(network, encounter))
            .description(&meeting_description(network, encounter, today));
        if !encounter.place.trim().is_empty() {
            meeting.location(encounter.place.trim());
        }
        match encounter.time {
            Some(time) => {
                let start = NaiveDateTime::new(encounter.date, time);
                meeting
                    .starts(start)
                    .ends(start + Duration::minutes(MEETING_MINUTES));
            }
            None => all_day(&mut meeting, encounter.date),
        }
        calendar.push(meeting.done());
        counts.meetings += 1;
    }

    for encounter in network.encounters() {
        let names = names_of(network, encounter);
        for follow_up in encounter.follow_ups.iter().filter(|f| !f.done) {
            // Promises long overdue are to settle or set aside, not to schedule again.
            let Some(due) = follow_up
                .due
                .filter(|due| (today - *due).num_days() <= STALE_AFTER_DAYS)
            else {
                continue;
            };
            let item = AgendaItem::FollowUp {
                encounter: encounter.id,
                what: follow_up.what.clone(),
            };
            let Some(day) = reminder_day(network, &item, due, today) else {
                continue;
            };
            let what = follow_up.what.trim();
            let summary = match follow_up.by {
                Promiser::Me => format!("Follow-up: {what} (promised to {names})"),
                Promiser::Them => format!("Follow-up: {names} promised {what}"),
            };
            let late = if due < today {
                format!("Due {due}: late. ")
            } else {
                String::new()
            };
            let mut reminder = event(format!(
                "follow-up-{}-{:016x}",
                encounter.id.0,
                fnv(follow_up.what.trim())
            ));
            reminder
                .summary(&summary)
                .all_day(day)
                .description(&format!(
                    "{late}Promised on {} ({}).",
                    encounter.date,
                    encounter.kind.label()
                ));
            calendar.push(reminder.done());
            counts.follow_ups += 1;
        }
    }

    let facts = facts_by_contact(network, today);
    for contact in network.contacts() {
        let Some(cadence) = contact.keep_in_touch_days else {
            continue;
        };
        let fact = facts.get(&contact.id).copied().unwrap_or_default();
        // A meeting already planned is in the calendar itself.
        if fact.next_planned.is_some() {
            continue;
        }
        let due = fact
            .last_encounter
            .map_or(today, |last| last + Duration::days(i64::from(cadence)));
        let item = AgendaItem::SeeAgain(contact.id);
        let Some(day) = reminder_day(network, &item, due, today) else {
            continue;
        };
        let last = fact
            .last_encounter
            .map_or_else(|| "never in touch yet".to_owned(), |d| format!("last {d}"));
        let mut reminder = event(format!("keep-in-touch-{}", contact.id.0));
        all_day(&mut reminder, day);
        reminder
            .summary(&format!("See {} again", contact.name.trim()))
            .description(&format!(
                "You want to see them every {cadence} days ({last})."
            ));
        calendar.push(reminder.done());
        counts.keep_in_touch += 1;
    }
    (calendar.done().to_string(), counts)
}

/// An all-day event on `day`: its end is the next day, exclusive, as RFC 5545 reads it.
fn all_day(event: &mut Event, day: NaiveDate) {
    event.starts(day).ends(day + Duration::days(1));
}

/// The day a reminder goes in the calendar: its due day, today if that is past, the end of a
/// snooze if later; `None` when the owner set it aside as no longer relevant.
fn reminder_day(
    network: &Network,
    item: &AgendaItem,
    due: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let mut day = due.max(today);
    for set_aside in network.set_aside.iter().filter(|s| s.item == *item) {
        match set_aside.until {
            None => return None,
            Some(until) => day = day.max(until),
        }
    }
    Some(day)
}

/// "Claire Moreau, Marc Dubois".
fn names_of(network: &Network, encounter: &Encounter) -> String {
    let names: Vec<&str> = encounter
        .participants
        .iter()
        .filter_map(|id| network.contact(*id))
        .map(|c| c.name.trim())
        .collect();
    if names.is_empty() {
        "someone".to_owned()
    } else {
        names.join(", ")
    }
}

/// The meeting's title, or "Coffee with Claire Moreau".
fn meeting_title(network: &Network, encounter: &Encounter) -> String {
    let title = encounter.title.trim();
    if title.is_empty() {
        format!(
            "{} with {}",
            encounter.kind.label(),
            names_of(network, encounter)
        )
    } else {
        title.to_owned()
    }
}

/// Who comes, what the meeting is for, and each person's preparation sheet.
fn meeting_description(network: &Network, encounter: &Encounter, today: NaiveDate) -> String {
    let mut text = format!("With {}.", names_of(network, encounter));
    if !encounter.notes.trim().is_empty() {
        text.push_str(&format!("\n\n{}", encounter.notes.trim()));
    }
    for id in &encounter.participants {
        if let Some(sheet) = PrepSheet::for_contact(network, *id, today) {
            text.push_str("\n\n");
            text.push_str(sheet.to_markdown(1).trim_end());
        }
    }
    text.push_str(&format!("\n\nPlanned in Carnet ({}).", network.name.trim()));
    text
}

/// What tells this project's events from another's: the project and its owner.
fn project_key(network: &Network) -> String {
    format!(
        "{:08x}",
        fnv(&format!(
            "{}\u{1f}{}",
            network.name.trim(),
            network.me.name.trim()
        )) as u32
    )
}

/// FNV-1a: a stable hash (the standard library's may change between releases).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
