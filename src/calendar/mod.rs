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
use icalendar::{Alarm, Calendar, Component as _, Event, EventLike as _, Property, Related};

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

/// The project's calendar as of `today`, and what it holds: Carnet's `PRODID`, a real
/// `DTSTAMP`, meetings at their time in UTC (the owner's wall clock, made an instant), all-day
/// reminders ending the next day, and the reminders (`VALARM`) the project's settings ask for.
pub fn to_ics(network: &Network, today: NaiveDate) -> (String, CalendarCounts) {
    let mut calendar = calendar_head();
    // icalendar escapes X- properties as TEXT but leaves NAME as given: escaped here.
    let name = one_line(network.name.trim());
    calendar.append_property(Property::new("NAME", text_value(&name)));
    calendar.append_property(Property::new("X-WR-CALNAME", &name));
    let (events, counts) = project_events(network, today);
    for event in events {
        calendar.push(event);
    }
    (refold(&calendar.done().to_string()), counts)
}

/// One event of the project's calendar in a calendar object of its own, as a CalDAV server
/// stores it (RFC 4791: one UID per resource).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarObject {
    /// The event's UID, stable across syncs and exports.
    pub uid: String,
    /// The day it starts (the owner's day for a meeting at a time).
    pub day: NaiveDate,
    /// The whole `VCALENDAR`.
    pub ics: String,
}

/// The project's events as of `today`, each in its own calendar object: what a sync puts on
/// the owner's calendar server. The same events, UIDs and reminders as [`to_ics`].
pub fn calendar_objects(network: &Network, today: NaiveDate) -> Vec<CalendarObject> {
    let (events, _) = project_events(network, today);
    events
        .into_iter()
        .filter_map(|event| {
            let uid = event.get_uid()?.to_owned();
            let day = match event.get_start()? {
                icalendar::DatePerhapsTime::Date(day) => day,
                icalendar::DatePerhapsTime::DateTime(moment) => match moment {
                    icalendar::CalendarDateTime::Utc(at) => {
                        at.with_timezone(&chrono::Local).date_naive()
                    }
                    icalendar::CalendarDateTime::Floating(at) => at.date(),
                    icalendar::CalendarDateTime::WithTimezone { date_time, .. } => date_time.date(),
                },
            };
            let mut calendar = calendar_head();
            calendar.push(event);
            Some(CalendarObject {
                uid,
                day,
                ics: refold(&calendar.done().to_string()),
            })
        })
        .collect()
}

/// An empty calendar with Carnet's `VERSION`, `PRODID` and `CALSCALE`.
fn calendar_head() -> Calendar {
    let mut calendar = Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    calendar.append_property(Property::new("PRODID", PRODID));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar
}

/// Every event of the project as of `today` (meetings, follow-ups, keep-in-touch dates),
/// and how many of each.
fn project_events(network: &Network, today: NaiveDate) -> (Vec<Event>, CalendarCounts) {
    let project = project_key(network);
    let stamp = Utc::now();
    let event = |uid: String| {
        let mut event = Event::new();
        event
            .uid(&format!("{uid}.{project}@carnet"))
            .timestamp(stamp);
        event
    };
    let reminders = network.settings.reminders;
    let meetings = meeting_events(network, today, &event, reminders);
    let follow_ups = follow_up_events(network, today, &event, reminders);
    let keep_in_touch = keep_in_touch_events(network, today, &event, reminders);
    let counts = CalendarCounts {
        meetings: meetings.len(),
        follow_ups: follow_ups.len(),
        keep_in_touch: keep_in_touch.len(),
    };
    let events = meetings
        .into_iter()
        .chain(follow_ups)
        .chain(keep_in_touch)
        .collect();
    (events, counts)
}

/// Whether `uid` names an event this project wrote (its UIDs end in the project's key).
pub fn is_own_event(network: &Network, uid: &str) -> bool {
    uid.ends_with(&format!(".{}@carnet", project_key(network)))
}

/// Who wrote the calendar (and the vCards), as RFC 5545 and RFC 6350 ask (`-//owner//product version//language`).
pub const PRODID: &str = concat!("-//Carnet//Carnet ", env!("CARGO_PKG_VERSION"), "//EN");

/// The owner's wall-clock time as an instant (a time skipped by a clock change: the hour
/// after).
fn instant_of(moment: NaiveDateTime) -> chrono::DateTime<Utc> {
    chrono::Local
        .from_local_datetime(&moment)
        .earliest()
        .or_else(|| {
            chrono::Local
                .from_local_datetime(&(moment + Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| Utc.from_utc_datetime(&moment), |t| t.with_timezone(&Utc))
}

/// A reminder `minutes` before the start.
fn ring_before(event: &mut Event, summary: &str, minutes: u32) {
    event.alarm(Alarm::display(
        summary,
        (-Duration::minutes(i64::from(minutes)), Related::Start),
    ));
}

/// A reminder at `hour` on an all-day event's day.
fn ring_at_hour(event: &mut Event, summary: &str, hour: u32) {
    event.alarm(Alarm::display(
        summary,
        (Duration::hours(i64::from(hour.min(23))), Related::Start),
    ));
}

/// The meetings planned from today, in order: each with its time (or all day), place and
/// the prep sheet as description.
fn meeting_events(
    network: &Network,
    today: NaiveDate,
    event: &dyn Fn(String) -> Event,
    reminders: crate::model::Reminders,
) -> Vec<Event> {
    let mut events = Vec::new();
    let mut planned: Vec<&Encounter> = network.encounters().filter(|e| e.date >= today).collect();
    planned.sort_by_key(|e| (e.date, e.time, e.id));
    for encounter in planned {
        let mut meeting = event(format!("meeting-{}", encounter.id.0));
        let title = one_line(&meeting_title(network, encounter));
        meeting
            .summary(&title)
            .description(&plain_text(&meeting_description(network, encounter, today)));
        if !encounter.place.trim().is_empty() {
            meeting.location(&one_line(encounter.place.trim()));
        }
        match encounter.time {
            Some(time) => {
                let start = instant_of(NaiveDateTime::new(encounter.date, time));
                meeting
                    .starts(start)
                    .ends(start + Duration::minutes(MEETING_MINUTES));
                if let Some(minutes) = reminders.before_meeting_minutes {
                    ring_before(&mut meeting, &title, minutes);
                }
            }
            None => {
                all_day(&mut meeting, encounter.date);
                if let Some(hour) = reminders.follow_up_hour {
                    ring_at_hour(&mut meeting, &title, hour);
                }
            }
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
    reminders: crate::model::Reminders,
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
                crate::text::stable_hash(follow_up.what.trim())
            ));
            let summary = one_line(&summary);
            all_day(&mut reminder, day);
            reminder.summary(&summary).description(&description);
            if let Some(hour) = reminders.follow_up_hour {
                ring_at_hour(&mut reminder, &summary, hour);
            }
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
    reminders: crate::model::Reminders,
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
        let summary = one_line(&tr!("ics-see-again", name = one_line(contact.name.trim())));
        all_day(&mut reminder, day);
        reminder.summary(&summary).description(&description);
        if let Some(hour) = reminders.follow_up_hour {
            ring_at_hour(&mut reminder, &summary, hour);
        }
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
        crate::text::stable_hash(&format!(
            "{}\u{1f}{}",
            network.name.trim(),
            network.me.name.trim()
        )) as u32
    )
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
    /// What the file holds that could not be read (lines, properties, events), and why.
    pub skipped: Vec<read::Problem>,
    /// The encoding assumed for a file that is not UTF-8.
    pub assumed_encoding: Option<String>,
}

impl DebriefPlan {
    /// "3 meetings with your contacts to debrief (2 already queued, 14 events without a
    /// contact)".
    pub fn describe(&self) -> String {
        self.told(true)
    }

    /// The summary, with the first part of the file skipped when `first_skipped`.
    fn told(&self, first_skipped: bool) -> String {
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
        let mut text = if also.is_empty() {
            queued
        } else {
            tr!("debrief-with-also", queued = queued, also = also.join(", "))
        };
        if let Some(encoding) = &self.assumed_encoding {
            text.push_str(". ");
            text.push_str(&tr!(
                "debrief-assumed-encoding",
                encoding = encoding.as_str()
            ));
        }
        if let Some(first) = self.skipped.first().filter(|_| first_skipped) {
            text.push_str(". ");
            text.push_str(&tr!(
                "debrief-skipped",
                count = self.skipped.len(),
                first = first.to_string()
            ));
        }
        text
    }
}

impl DebriefPlan {
    /// What the command line prints: the summary, then each meeting queued (day, time,
    /// title, people) and each part of the file skipped, with its line.
    pub fn report(&self, network: &Network) -> String {
        let mut lines = vec![self.told(false)];
        for meeting in &self.queued {
            let names: Vec<&str> = meeting
                .people
                .iter()
                .filter_map(|id| network.contact(*id))
                .map(|c| c.name.as_str())
                .collect();
            let when = match meeting.time {
                Some(time) => format!("{} {}", meeting.date, time.format("%H:%M")),
                None => meeting.date.to_string(),
            };
            lines.push(format!(
                "  {}",
                tr!(
                    "report-debrief",
                    when = when,
                    title = meeting.title.as_str(),
                    names = names.join(", ")
                )
            ));
        }
        for problem in &self.skipped {
            lines.push(format!(
                "  {}",
                tr!(
                    "report-skipped",
                    line = problem.line,
                    reason = problem.why.as_str()
                )
            ));
        }
        lines.join("\n")
    }

    /// The change that queues the meetings, or `None` when there are none.
    pub fn into_edit(self, network: &Network) -> Option<crate::model::Edit> {
        if self.queued.is_empty() {
            return None;
        }
        let mut project = network.project();
        project.calendar.extend(self.queued);
        Some(crate::model::Edit::SetProject(Box::new(project)))
    }
}

/// The past meetings of a calendar (the last [`DEBRIEF_WINDOW_DAYS`] up to `today`, as
/// `viewer`'s zone shows them) with the project's contacts, found by attendee email,
/// attendee name, or a contact's full name in the title; minus those already queued or
/// dismissed. What the file held that could not be read goes with the plan, to be told.
pub fn meetings_to_debrief(
    network: &Network,
    calendar: &read::Calendar,
    today: NaiveDate,
    viewer: &read::Zone,
) -> DebriefPlan {
    let events = &calendar.events;
    let from = today - chrono::Days::new(DEBRIEF_WINDOW_DAYS);
    let people = PeopleFinder::new(network);
    // Occurrences moved or cancelled, by event and day.
    let replaced: std::collections::HashSet<(&str, NaiveDate)> = events
        .iter()
        .filter_map(|e| Some((e.uid.as_str(), e.replaces?.seen_in(viewer).date)))
        .collect();
    let mut plan = DebriefPlan {
        skipped: calendar.skipped.clone(),
        assumed_encoding: calendar.assumed_encoding.map(str::to_owned),
        ..DebriefPlan::default()
    };
    // What is queued already (the same event on the same day, CalendarMeeting's
    // same_occurrence) and what was dismissed, looked up in sets: a calendar of thousands of
    // meetings must not compare each with all the others.
    let mut known: std::collections::HashSet<(String, NaiveDate)> = network
        .calendar
        .iter()
        .map(|m| (m.uid.clone(), m.date))
        .collect();
    let dismissed: std::collections::HashSet<&str> = network
        .calendar
        .iter()
        .filter(|m| m.dismissed)
        .map(|m| m.uid.as_str())
        .collect();
    for event in events.iter().filter(|e| !e.cancelled) {
        let occurrences = event.occurrences(from, today, viewer);
        if occurrences.is_empty() {
            continue;
        }
        // Who it is with, once per event (every occurrence has the same people).
        let found = people.in_event(event);
        for start in occurrences {
            if event.replaces.is_none() && replaced.contains(&(event.uid.as_str(), start.date)) {
                continue;
            }
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
                people: found.clone(),
                dismissed: false,
            };
            if dismissed.contains(meeting.uid.as_str()) {
                plan.dismissed += 1;
            } else if !known.insert((meeting.uid.clone(), meeting.date)) {
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
