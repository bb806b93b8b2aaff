//! Meetings read from the owner's calendar that wait for a debrief: the day, the time, the
//! title, the place and the contacts they were with. Saved with the project, so that reading
//! the same calendar again queues nothing twice, and "Not a meeting" is remembered.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::ids::ContactId;

/// One occurrence of a calendar event with contacts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarMeeting {
    /// The event's UID in the calendar (every occurrence of a recurring event shares it).
    pub uid: String,
    /// The day it took place.
    pub date: NaiveDate,
    /// The time it started, where the calendar gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// The event's title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Its location.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The contacts it was with (attendees by email or name, names in the title).
    pub people: Vec<ContactId>,
    /// "Not a meeting": the owner dismissed it (and every occurrence of its event).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dismissed: bool,
}

impl CalendarMeeting {
    /// Whether it is the same occurrence of the same event.
    pub fn same_occurrence(&self, other: &CalendarMeeting) -> bool {
        self.uid == other.uid && self.date == other.date
    }
}
