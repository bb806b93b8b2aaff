//! The project in the owner's calendar (RFC 5545 `.ics`, written with the `icalendar` crate):
//! meetings planned from today on, with the place, the people and each person's preparation
//! sheet in the description; follow-ups due and keep-in-touch dates as all-day reminders.
//!
//! Reading a calendar goes the other way ([`read`], [`meetings_to_debrief`]): its past events
//! with the project's contacts become meetings to debrief.
//!
//! Each event's UID is built from what it is about (the encounter, the promise's words, the
//! contact) and the project, so exporting again and re-importing the file into a calendar
//! updates the events instead of adding them twice.

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use icalendar::{Calendar, Component as _, Event, EventLike as _, Property};

pub mod read;

use crate::analysis::{PrepSheet, STALE_AFTER_DAYS, facts_by_contact};
use crate::model::{AgendaItem, CalendarMeeting, ContactId, Encounter, Network, Promiser};
use crate::text::escape::{one_line, plain_text, push_content_line, text_value};
use crate::text::i18n::compact_date;
use crate::tr;

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
        tr!(
            "ics-counts",
            events = self.events(),
            meetings = self.meetings,
            follow_ups = self.follow_ups,
            reminders = self.keep_in_touch
        )
    }
}

/// The project's calendar as of `today`, and what it holds.
pub fn to_ics(network: &Network, today: NaiveDate) -> (String, CalendarCounts) {
    let project = project_key(network);
    let stamp = Utc.from_utc_datetime(&today.and_time(chrono::NaiveTime::MIN));
    let mut calendar = Calendar::new();
    // icalendar escapes X- properties as TEXT but leaves NAME as given: escaped here.
    let name = one_line(network.name.trim());
    calendar.append_property(Property::new("NAME", text_value(&name)));
    calendar.append_property(Property::new("X-WR-CALNAME", &name));
    let event = |uid: String| {
        let mut event = Event::new();
        event
            .uid(&format!("{uid}.{project}@carnet"))
            .timestamp(stamp);
        event
    };
    let meetings = meeting_events(network, today, &event);
    let follow_ups = follow_up_events(network, today, &event);
    let keep_in_touch = keep_in_touch_events(network, today, &event);
    let counts = CalendarCounts {
        meetings: meetings.len(),
        follow_ups: follow_ups.len(),
        keep_in_touch: keep_in_touch.len(),
    };
    for event in meetings.into_iter().chain(follow_ups).chain(keep_in_touch) {
        calendar.push(event);
    }
    (refold(&calendar.done().to_string()), counts)
}

/// The meetings planned from today, in order: each with its time (or all day), place and
/// the prep sheet as description.
fn meeting_events(
    network: &Network,
    today: NaiveDate,
    event: &dyn Fn(String) -> Event,
) -> Vec<Event> {
    let mut events = Vec::new();
    let mut planned: Vec<&Encounter> = network.encounters().filter(|e| e.date >= today).collect();
    planned.sort_by_key(|e| (e.date, e.time, e.id));
    for encounter in planned {
        let mut meeting = event(format!("meeting-{}", encounter.id.0));
        meeting
            .summary(&one_line(&meeting_title(network, encounter)))
            .description(&plain_text(&meeting_description(network, encounter, today)));
        if !encounter.place.trim().is_empty() {
            meeting.location(&one_line(encounter.place.trim()));
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
        events.push(meeting.done());
    }
    events
}

/// A reminder on the day each open promise is due (or today, when late), unless set aside
/// or long overdue.
fn follow_up_events(
    network: &Network,
    today: NaiveDate,
    event: &dyn Fn(String) -> Event,
) -> Vec<Event> {
    let mut events = Vec::new();
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
                Promiser::Me => tr!("ics-follow-up-mine", what = what, names = names.as_str()),
                Promiser::Them => {
                    tr!("ics-follow-up-theirs", what = what, names = names.as_str())
                }
            };
            let promised = tr!(
                "ics-promised-on",
                date = compact_date(encounter.date),
                kind = encounter.kind.label()
            );
            let description = if due < today {
                tr!("ics-late", due = compact_date(due), promised = promised)
            } else {
                promised
            };
            let mut reminder = event(format!(
                "follow-up-{}-{:016x}",
                encounter.id.0,
                fnv(follow_up.what.trim())
            ));
            reminder
                .summary(&one_line(&summary))
                .all_day(day)
                .description(&description);
            events.push(reminder.done());
        }
    }
    events
}

/// A reminder to see again each person with a cadence, on the day it falls due, unless a
/// meeting with them is planned.
fn keep_in_touch_events(
    network: &Network,
    today: NaiveDate,
    event: &dyn Fn(String) -> Event,
) -> Vec<Event> {
    let mut events = Vec::new();
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
        let description = match fact.last_encounter {
            Some(last) => tr!(
                "ics-cadence-last",
                cadence = cadence,
                last = compact_date(last)
            ),
            None => tr!("ics-cadence-never", cadence = cadence),
        };
        let mut reminder = event(format!("keep-in-touch-{}", contact.id.0));
        all_day(&mut reminder, day);
        reminder
            .summary(&one_line(&tr!(
                "ics-see-again",
                name = one_line(contact.name.trim())
            )))
            .description(&description);
        events.push(reminder.done());
    }
    events
}

/// icalendar's text, folded again by [`push_content_line`], which never folds beside a space
/// (icalendar may, and readers that trim each line then lose it). Every value is escaped, so
/// the only line ends are the content lines' and their folds.
fn refold(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len() + ics.len() / 70);
    for line in ics.replace("\r\n ", "").split("\r\n") {
        if !line.is_empty() {
            push_content_line(&mut out, line);
        }
    }
    out
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
        tr!("ics-someone")
    } else {
        names.join(", ")
    }
}

/// The meeting's title, or "Coffee with Claire Moreau".
fn meeting_title(network: &Network, encounter: &Encounter) -> String {
    let title = encounter.title.trim();
    if title.is_empty() {
        tr!(
            "ics-meeting-title",
            kind = encounter.kind.label(),
            names = names_of(network, encounter)
        )
    } else {
        title.to_owned()
    }
}

/// Who comes, what the meeting is for, and each person's preparation sheet.
fn meeting_description(network: &Network, encounter: &Encounter, today: NaiveDate) -> String {
    let mut text = tr!("ics-with", names = names_of(network, encounter));
    if !encounter.notes.trim().is_empty() {
        text.push_str(&format!("\n\n{}", encounter.notes.trim()));
    }
    for id in &encounter.participants {
        if let Some(sheet) = PrepSheet::for_contact(network, *id, today) {
            text.push_str("\n\n");
            text.push_str(sheet.to_markdown(1).trim_end());
        }
    }
    text.push_str("\n\n");
    text.push_str(&tr!("ics-planned-in-carnet", project = network.name.trim()));
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

/// Days back a calendar's past meetings are queued for a debrief.
pub const DEBRIEF_WINDOW_DAYS: u64 = 90;

/// What reading a calendar would queue for a debrief.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DebriefPlan {
    /// New occurrences with contacts, most recent first.
    pub queued: Vec<CalendarMeeting>,
    /// Occurrences with contacts already in the queue (read before).
    pub already: usize,
    /// Occurrences of events the owner said were not meetings.
    pub dismissed: usize,
    /// Past occurrences in the window with none of the project's contacts.
    pub without_contacts: usize,
}

impl DebriefPlan {
    /// "3 meetings with your contacts to debrief (2 already queued, 14 events without a
    /// contact)".
    pub fn describe(&self) -> String {
        let mut also = Vec::new();
        if self.already > 0 {
            also.push(tr!("debrief-already", count = self.already));
        }
        if self.dismissed > 0 {
            also.push(tr!("debrief-dismissed", count = self.dismissed));
        }
        if self.without_contacts > 0 {
            also.push(tr!(
                "debrief-without-contacts",
                count = self.without_contacts
            ));
        }
        let queued = tr!("debrief-queued", count = self.queued.len());
        if also.is_empty() {
            queued
        } else {
            tr!("debrief-with-also", queued = queued, also = also.join(", "))
        }
    }
}

/// The past meetings of a calendar (the last [`DEBRIEF_WINDOW_DAYS`] up to `today`) with the
/// project's contacts, found by attendee email, attendee name, or a contact's full name in
/// the title; minus those already queued or dismissed.
pub fn meetings_to_debrief(
    network: &Network,
    events: &[read::CalendarEvent],
    today: NaiveDate,
) -> DebriefPlan {
    let from = today - chrono::Days::new(DEBRIEF_WINDOW_DAYS);
    let people = PeopleFinder::new(network);
    // Occurrences moved or cancelled, by event and day.
    let replaced: std::collections::HashSet<(&str, NaiveDate)> = events
        .iter()
        .filter_map(|e| Some((e.uid.as_str(), e.replaces?)))
        .collect();
    let mut plan = DebriefPlan::default();
    for event in events.iter().filter(|e| !e.cancelled) {
        for start in event.occurrences(from, today) {
            if event.replaces.is_none() && replaced.contains(&(event.uid.as_str(), start.date)) {
                continue;
            }
            let found = people.in_event(event);
            if found.is_empty() {
                plan.without_contacts += 1;
                continue;
            }
            let meeting = CalendarMeeting {
                uid: event.uid.clone(),
                date: start.date,
                time: start.time,
                title: event.title.trim().to_owned(),
                place: event.place.trim().to_owned(),
                people: found,
                dismissed: false,
            };
            let known = network.calendar.iter().chain(&plan.queued);
            if network
                .calendar
                .iter()
                .any(|m| m.dismissed && m.uid == meeting.uid)
            {
                plan.dismissed += 1;
            } else if known.clone().any(|m| m.same_occurrence(&meeting)) {
                plan.already += 1;
            } else {
                plan.queued.push(meeting);
            }
        }
    }
    plan.queued
        .sort_by(|a, b| b.date.cmp(&a.date).then(b.time.cmp(&a.time)));
    plan
}

/// The project's contacts, looked up by email, by name, and by full name within a title.
struct PeopleFinder {
    by_email: std::collections::HashMap<String, ContactId>,
    /// Folded names borne by one contact only.
    by_name: std::collections::HashMap<String, ContactId>,
    /// The full names among them (two words or more), as " first last ", to find in titles.
    full_names: Vec<(String, ContactId)>,
}

impl PeopleFinder {
    fn new(network: &Network) -> Self {
        let mut by_email = std::collections::HashMap::new();
        let mut names: std::collections::HashMap<String, Option<ContactId>> =
            std::collections::HashMap::new();
        for contact in network.contacts() {
            for email in &contact.emails {
                by_email
                    .entry(email.trim().to_lowercase())
                    .or_insert(contact.id);
            }
            let name = name_key(&contact.name);
            if !name.is_empty() {
                names
                    .entry(name)
                    .and_modify(|only| *only = None)
                    .or_insert(Some(contact.id));
            }
        }
        let by_name: std::collections::HashMap<String, ContactId> = names
            .into_iter()
            .filter_map(|(name, id)| Some((name, id?)))
            .collect();
        let mut full_names: Vec<(String, ContactId)> = by_name
            .iter()
            .filter(|(name, _)| name.contains(' '))
            .map(|(name, id)| (format!(" {name} "), *id))
            .collect();
        full_names.sort();
        Self {
            by_email,
            by_name,
            full_names,
        }
    }

    /// The contacts an event was with, each once, in the order found.
    fn in_event(&self, event: &read::CalendarEvent) -> Vec<ContactId> {
        let mut found: Vec<ContactId> = Vec::new();
        let mut add = |id: ContactId| {
            if !found.contains(&id) {
                found.push(id);
            }
        };
        for attendee in &event.attendees {
            if let Some(id) = self.by_email.get(&attendee.email) {
                add(*id);
            } else if let Some(id) = self.by_name.get(&name_key(&attendee.name)) {
                add(*id);
            }
        }
        // A full name in the title ("Coffee with Claire Moreau"), as whole words.
        let title = format!(" {} ", name_key(&event.title));
        if title.trim().contains(' ') {
            for (name, id) in &self.full_names {
                if title.contains(name.as_str()) {
                    add(*id);
                }
            }
        }
        found
    }
}

/// A name folded (case, accents) with words separated by single spaces, punctuation dropped.
fn name_key(text: &str) -> String {
    crate::analysis::fold(text)
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
