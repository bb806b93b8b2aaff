//! Putting two people in touch, from the plan to the outcome.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ContactId, IntroductionId, Person};

/// Where an introduction stands. The happy path runs from `Planned` to `Met`;
/// `Declined` and `Dropped` end it early.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum IntroStatus {
    /// Thought of, nobody asked yet.
    #[default]
    Planned,
    /// At least one side was asked whether they want it.
    Asked,
    /// Both sides agreed.
    Accepted,
    /// The introduction was made (email, message, in person).
    Made,
    /// The two people met.
    Met,
    /// One side said no.
    Declined,
    /// Abandoned.
    Dropped,
}

impl IntroStatus {
    /// Every status, in pipeline order.
    pub const ALL: [Self; 7] = [
        Self::Planned,
        Self::Asked,
        Self::Accepted,
        Self::Made,
        Self::Met,
        Self::Declined,
        Self::Dropped,
    ];

    /// A stable name in English, for keys and machine-readable output (`carnet check --json`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Asked => "asked",
            Self::Accepted => "accepted",
            Self::Made => "made",
            Self::Met => "they met",
            Self::Declined => "declined",
            Self::Dropped => "dropped",
        }
    }

    /// What the interface calls it, in the interface's language.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Planned => "intro-planned",
            Self::Asked => "intro-asked",
            Self::Accepted => "intro-accepted",
            Self::Made => "intro-made",
            Self::Met => "intro-met",
            Self::Declined => "intro-declined",
            Self::Dropped => "intro-dropped",
        })
    }

    /// Whether the introduction is over, one way or the other.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Met | Self::Declined | Self::Dropped)
    }
}

/// One dated step of an introduction's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntroStep {
    /// The status reached.
    pub status: IntroStatus,
    /// When it was reached.
    pub date: NaiveDate,
}

/// An introduction of two people, made by the owner or by a contact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Introduction {
    /// Stable identifier.
    pub id: IntroductionId,
    /// Who makes the introduction.
    pub introducer: Person,
    /// The first person introduced.
    pub a: Person,
    /// The second person introduced.
    pub b: Person,
    /// The dated steps, oldest first; the last one is the current status.
    pub steps: Vec<IntroStep>,
    /// Free notes (why they fit, how it was made).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// What came of it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outcome: String,
    /// Why the owner went ahead although the trust gate did not pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_override: Option<String>,
    /// When the owner thanked the introducer and told them how it went (for an introduction
    /// a contact made for the owner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thanked: Option<NaiveDate>,
}

impl Introduction {
    /// The current status: that of the latest step.
    pub fn status(&self) -> IntroStatus {
        self.steps
            .last()
            .map_or(IntroStatus::Planned, |step| step.status)
    }

    /// The date of the first step, when the introduction was thought of.
    pub fn created(&self) -> Option<NaiveDate> {
        self.steps.first().map(|step| step.date)
    }

    /// Whether this person is the introducer or one of the two introduced.
    pub fn involves(&self, person: Person) -> bool {
        self.introducer == person || self.a == person || self.b == person
    }

    /// Whether this contact is the introducer or one of the two introduced.
    pub fn involves_contact(&self, contact: ContactId) -> bool {
        self.involves(Person::Contact(contact))
    }

    /// The loop to close, for an introduction a contact made for the owner: once the two
    /// met or it has an outcome, politeness says thank the introducer and tell them how it
    /// went. The introducer, and since when the loop is open; `None` once thanked.
    pub fn loop_to_close(&self) -> Option<(ContactId, NaiveDate)> {
        let Person::Contact(introducer) = self.introducer else {
            return None;
        };
        let for_me = self.a == Person::Me || self.b == Person::Me;
        let went_somewhere = self.status() == IntroStatus::Met || !self.outcome.trim().is_empty();
        if !for_me || !went_somewhere || self.thanked.is_some() {
            return None;
        }
        let since = self
            .steps
            .iter()
            .rev()
            .find(|step| step.status == IntroStatus::Met)
            .or(self.steps.last())
            .map(|step| step.date)?;
        Some((introducer, since))
    }
}
