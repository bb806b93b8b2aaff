//! What a project says about itself, everything but its records: its name, goal and pitch
//! (with their earlier versions), the owner, the owner's rules, lenses, lines set aside and
//! meetings read from the calendar.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::debrief::CalendarMeeting;
use super::encounter::TrustLevel;
use super::lens::Lens;
use super::set_aside::SetAside;
/// The owner of the network: the person at the center of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    /// The owner's name.
    pub name: String,
    /// The owner's organization.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// The owner's role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

impl Me {
    /// The name a new project gives its owner until they type theirs.
    pub const UNNAMED: &str = "Me";

    /// Whether the owner has not given a name yet.
    pub fn is_unnamed(&self) -> bool {
        let name = self.name.trim();
        name.is_empty() || name == Self::UNNAMED
    }

    /// The owner's name, or "Me" in the interface's language while they have given none.
    pub fn shown_name(&self) -> Cow<'_, str> {
        if self.is_unnamed() {
            Cow::Owned(crate::text::i18n::tr("person-me"))
        } else {
            Cow::Borrowed(self.name.as_str())
        }
    }
}

impl Default for Me {
    fn default() -> Self {
        Self {
            name: Self::UNNAMED.to_owned(),
            organization: String::new(),
            role: String::new(),
        }
    }
}

/// An earlier version of the project's goal and pitch, and when it held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalVersion {
    /// The goal as it read.
    pub goal: String,
    /// The pitch as it read.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pitch: String,
    /// Since when (`None`: since the project began).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    /// The day a newer version replaced it.
    pub until: NaiveDate,
}

impl Project {
    /// This project with a new version of its goal from `today`: the current one is kept,
    /// dated, among the earlier versions.
    pub fn with_new_goal(mut self, goal: String, pitch: String, today: NaiveDate) -> Self {
        self.earlier_goals.push(GoalVersion {
            goal: std::mem::take(&mut self.goal),
            pitch: std::mem::take(&mut self.pitch),
            since: self.goal_since,
            until: today,
        });
        self.goal = goal;
        self.pitch = pitch;
        self.goal_since = Some(today);
        self
    }
}

/// Project settings: the rules the owner chose for this network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The trust the owner must have in someone before introducing them.
    #[serde(default = "default_trust_threshold")]
    pub trust_threshold: TrustLevel,
    /// How recent the last in-person encounter must be for an introduction, in months.
    #[serde(default = "default_recency_months")]
    pub recency_months: u32,
    /// Whether the trust gate asks for trust both ways: a sign from them (they introduced me,
    /// accepted my introduction, recommended me), not only the trust I felt.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub require_shared_trust: bool,
    /// The reminders the calendar export gives, so that the owner's calendar reminds them
    /// even when Carnet is closed.
    #[serde(default, skip_serializing_if = "Reminders::is_default")]
    pub reminders: Reminders,
}

/// The reminders (`VALARM`) of the exported calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reminders {
    /// Minutes before a planned meeting; `None`: no reminder.
    pub before_meeting_minutes: Option<u32>,
    /// The hour of a follow-up's or a keep-in-touch day the reminder rings; `None`: none.
    pub follow_up_hour: Option<u32>,
}

impl Reminders {
    /// An hour before a meeting, and 9:00 on a follow-up's day.
    pub const DEFAULT: Self = Self {
        before_meeting_minutes: Some(60),
        follow_up_hour: Some(9),
    };

    fn is_default(&self) -> bool {
        *self == Self::DEFAULT
    }
}

impl Default for Reminders {
    fn default() -> Self {
        Self::DEFAULT
    }
}

fn default_trust_threshold() -> TrustLevel {
    TrustLevel::Medium
}

fn default_recency_months() -> u32 {
    18
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            trust_threshold: default_trust_threshold(),
            recency_months: default_recency_months(),
            require_shared_trust: false,
            reminders: Reminders::DEFAULT,
        }
    }
}

/// What a project says about itself: everything but its records.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Project {
    /// The project's name ("Job search 2026").
    pub name: String,
    /// What this network is for.
    pub goal: String,
    /// How the owner says it in a few sentences, to people met.
    pub pitch: String,
    /// Since when the goal reads so (`None`: since the project began).
    pub goal_since: Option<NaiveDate>,
    /// The goal's earlier versions, oldest first.
    pub earlier_goals: Vec<GoalVersion>,
    /// The owner.
    pub me: Me,
    /// The owner's rules.
    pub settings: Settings,
    /// Named ways of looking at the map.
    pub lenses: Vec<Lens>,
    /// Agenda lines snoozed or no longer relevant.
    pub set_aside: Vec<SetAside>,
    /// Meetings read from the owner's calendar, to debrief (or dismissed).
    pub calendar: Vec<CalendarMeeting>,
    /// The account on the owner's CardDAV/CalDAV server, and what its last sync left.
    pub sync: Option<std::sync::Arc<super::sync::SyncAccount>>,
    /// What merges of two copies left for the owner to decide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::conflict::MergeConflict>,
    /// The organizations and tags the goal aims at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<super::watch::WatchedTarget>,
    /// The owner's own posts and comments online, oldest first.
    #[serde(default, skip_serializing_if = "super::watch::no_posts")]
    pub posts: std::sync::Arc<Vec<super::watch::OwnPost>>,
}
