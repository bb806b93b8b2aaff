//! A person in the network.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::ContactId;
use super::online::OnlineTies;

/// Where a contact came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Origin {
    /// Typed in by the owner.
    #[default]
    AddedByHand,
    /// Introduced to the owner by someone (the introducer may be unknown or deleted).
    IntroducedBy(Option<ContactId>),
    /// Imported from a LinkedIn connections export; the date the connection was made.
    LinkedIn(Option<NaiveDate>),
    /// Imported from a vCard file.
    VCard,
}

impl Origin {
    /// A short description for lists and summaries.
    pub fn label(&self) -> String {
        crate::tr!(match self {
            Self::AddedByHand => "origin-by-hand",
            Self::IntroducedBy(_) => "origin-introduced",
            Self::LinkedIn(_) => "origin-linkedin",
            Self::VCard => "origin-vcard",
        })
    }
}

impl PastJob {
    /// The source of a job a LinkedIn export replaced (saved in the file as is).
    pub const FROM_LINKEDIN: &str = "LinkedIn export";
    /// The source of a job the owner typed, replaced by LinkedIn's at their request.
    pub const TYPED_BY_HAND: &str = "typed by hand";

    /// "VP Product, Doctolib, 1 Jun 2026 – 3 Dec 2026 (LinkedIn export)": the job, when it was
    /// seen, and where that came from.
    pub fn describe(&self) -> String {
        use crate::text::i18n::compact_date;
        let (period, from, until) = match (self.from, self.until) {
            (Some(from), Some(until)) => ("between", compact_date(from), compact_date(until)),
            (None, Some(until)) => ("until", String::new(), compact_date(until)),
            (Some(from), None) => ("from", compact_date(from), String::new()),
            (None, None) => ("none", String::new(), String::new()),
        };
        // The two sources Carnet writes are words of the interface; others are shown as saved.
        let source = match self.source.trim() {
            Self::FROM_LINKEDIN => crate::text::i18n::tr("past-job-from-linkedin"),
            Self::TYPED_BY_HAND => crate::text::i18n::tr("past-job-typed-by-hand"),
            other => other.to_owned(),
        };
        crate::tr!(
            "past-job",
            job = self.job.describe(),
            period = period,
            from = from,
            until = until,
            sourced = if source.is_empty() { "no" } else { "yes" },
            source = source
        )
    }
}

/// Where someone works: an organization and a role (either may be empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    /// The organization.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// The role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

impl Job {
    /// The job of a contact.
    pub fn of(contact: &Contact) -> Self {
        Self {
            organization: contact.organization.trim().to_owned(),
            role: contact.role.trim().to_owned(),
        }
    }

    /// Whether neither is known.
    pub fn is_empty(&self) -> bool {
        self.organization.trim().is_empty() && self.role.trim().is_empty()
    }

    /// The same job, written alike (case and spaces aside).
    pub fn same_as(&self, other: &Job) -> bool {
        let key = |text: &str| {
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        key(&self.organization) == key(&other.organization) && key(&self.role) == key(&other.role)
    }

    /// "Role, Organization", or whichever is known.
    pub fn describe(&self) -> String {
        match (self.role.trim(), self.organization.trim()) {
            ("", org) => org.to_owned(),
            (role, "") => role.to_owned(),
            (role, org) => format!("{role}, {org}"),
        }
    }
}

/// A job someone held before: kept when a LinkedIn export shows them elsewhere.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastJob {
    /// Where and what.
    #[serde(flatten)]
    pub job: Job,
    /// The day it was first seen: the import that showed it (unknown for older records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// The day it was seen to end: the import that showed the new job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// Where it came from ("LinkedIn export").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// A position on the map, in map units (the owner sits at the origin).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Horizontal coordinate, growing to the right.
    pub x: f32,
    /// Vertical coordinate, growing downwards.
    pub y: f32,
}

/// A person in the owner's network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable identifier.
    pub id: ContactId,
    /// Full name as the owner writes it.
    pub name: String,
    /// Company, school or body the contact belongs to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// Job title or role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// Email addresses, the preferred one first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// Web links; a LinkedIn profile URL here identifies the contact on import.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// Free tags ("fintech", "recruiter", …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Where the contact came from.
    #[serde(default)]
    pub origin: Origin,
    /// How often the owner wants to see this person, in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_in_touch_days: Option<u32>,
    /// Where the owner pinned this contact on the map; computed positions are never saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<Position>,
    /// The vCard UID of the card the contact was imported from: the same card imported
    /// again matches it even if the name or email changed; exports write it back.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// Jobs held before the current one, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub past_jobs: Vec<PastJob>,
    /// The day the current job was first seen (a LinkedIn import, or taking LinkedIn's job):
    /// it becomes the past job's `from` when they move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_since: Option<NaiveDate>,
    /// The organization and role the latest LinkedIn import wrote: when the current ones
    /// differ, the owner typed them, and an import keeps them (offering its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin_job: Option<Job>,
    /// Since when this LinkedIn connection is missing from the owner's exports (kept, never
    /// deleted; cleared when an export lists them again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_linkedin_export: Option<NaiveDate>,
    /// What LinkedIn's archive tells of our tie online: messages, the invitation's note,
    /// recommendations and endorsements (warmth, never trust).
    #[serde(default, skip_serializing_if = "OnlineTies::is_empty")]
    pub online: OnlineTies,
    /// The vCards imported as this person, each by what identifies it (its UID, or a digest
    /// of its name, organization, emails and phones): a card read again is matched to the
    /// same person, whoever came in between.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub card_keys: Vec<String>,
    /// Whether this person goes to the phone's address book, whatever the project's rule
    /// (`None`: the rule decides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_phone: Option<bool>,
}

impl Contact {
    /// A new contact added by hand with just a name.
    pub fn new(id: ContactId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            ..Self::default()
        }
    }

    /// The contact's LinkedIn profile URL, if one of its links is one.
    pub fn linkedin_url(&self) -> Option<&str> {
        self.links
            .iter()
            .map(String::as_str)
            .find(|link| link.to_lowercase().contains("linkedin.com/in/"))
    }

    /// "Role, Organization", or whichever of the two is known.
    pub fn role_and_organization(&self) -> String {
        Job::of(self).describe()
    }

    /// Takes `job` as the current one, seen `on` that day; the current one, if any, goes to
    /// the past jobs (seen from `job_since` to `on`, known from `source`), so nothing is lost.
    pub fn move_to_job(&mut self, job: &Job, source: &str, on: Option<NaiveDate>) {
        let before = Job::of(self);
        if !before.is_empty() {
            self.past_jobs.push(PastJob {
                job: before,
                from: self.job_since,
                until: on,
                source: source.to_owned(),
            });
        }
        self.organization.clone_from(&job.organization);
        self.role.clone_from(&job.role);
        self.job_since = on;
    }

    /// The job LinkedIn's latest export gave, when it differs from the one the owner typed.
    pub fn linkedin_job_offered(&self) -> Option<&Job> {
        self.linkedin_job
            .as_ref()
            .filter(|said| !said.is_empty() && !said.same_as(&Job::of(self)))
    }
}
