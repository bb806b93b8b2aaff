//! What LinkedIn's archive tells of a tie online: the days we wrote to each other, the note of
//! the invitation that connected us, and the recommendations and endorsements they gave me.
//! Online ties keep a contact warm, up to a cap; they never give trust (the essay: a handful
//! of clicks never replaces a handshake).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The invitation that connected us on LinkedIn.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    /// The day it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<NaiveDate>,
    /// Whether I sent it (else they did).
    #[serde(default)]
    pub from_me: bool,
    /// Its note: "how we connected".
    pub message: String,
}

impl Invitation {
    /// "You wrote: …" or "They wrote: …".
    pub fn describe(&self) -> String {
        let who = if self.from_me { "me" } else { "them" };
        match self.sent {
            Some(day) => crate::tr!(
                "online-wrote-on",
                who = who,
                date = crate::text::i18n::compact_date(day),
                message = self.message.trim()
            ),
            None => crate::tr!("online-wrote", who = who, message = self.message.trim()),
        }
    }
}

/// What a line about an online tie is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnlineLine {
    /// The invitation's note.
    HowWeConnected,
    /// The days we wrote.
    Messages,
    /// Recommendations and endorsements.
    Vouches,
}

/// How someone vouched for me online.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VouchKind {
    /// A written recommendation.
    Recommendation,
    /// An endorsement of one skill.
    Endorsement,
}

/// A recommendation or an endorsement someone gave me on LinkedIn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vouch {
    /// Which.
    pub kind: VouchKind,
    /// The recommendation's text, or the skill endorsed.
    pub what: String,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
}

impl Vouch {
    /// Whether two vouches are the same one (read again from a later export).
    pub fn same_as(&self, other: &Vouch) -> bool {
        self.key() == other.key()
    }

    /// What tells two vouches apart: the kind and the words, spaces around them aside.
    pub fn key(&self) -> (VouchKind, &str) {
        (self.kind, self.what.trim())
    }
}

/// A contact's ties online, from LinkedIn's archive.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineTies {
    /// The days we exchanged messages one to one, oldest first, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub message_days: Vec<NaiveDate>,
    /// The invitation that connected us, when it carried a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invitation>,
    /// Recommendations and endorsements they gave me: "vouches for me online".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vouches: Vec<Vouch>,
}

impl OnlineTies {
    /// Whether nothing is known (nothing is then saved).
    pub fn is_empty(&self) -> bool {
        self.message_days.is_empty() && self.invitation.is_none() && self.vouches.is_empty()
    }

    /// Records a day we wrote to each other; whether it was new.
    pub fn add_message_day(&mut self, day: NaiveDate) -> bool {
        match self.message_days.binary_search(&day) {
            Ok(_) => false,
            Err(at) => {
                self.message_days.insert(at, day);
                true
            }
        }
    }

    /// Records a vouch; whether it was new.
    pub fn add_vouch(&mut self, vouch: Vouch) -> bool {
        if vouch.what.trim().is_empty() || self.vouches.iter().any(|v| v.same_as(&vouch)) {
            return false;
        }
        self.vouches.push(vouch);
        true
    }

    /// The keys of the vouches known, for [`OnlineTies::add_vouch_known`].
    pub fn vouch_keys(&self) -> std::collections::HashSet<(VouchKind, String)> {
        self.vouches
            .iter()
            .map(|v| {
                let (kind, what) = v.key();
                (kind, what.to_owned())
            })
            .collect()
    }

    /// Records a vouch unless `known` — the keys of this contact's vouches, kept by a caller
    /// that adds many ([`OnlineTies::vouch_keys`]) — has it; whether it was new. Adding many
    /// costs one set look-up each, where [`OnlineTies::add_vouch`] scans every vouch known.
    pub fn add_vouch_known(
        &mut self,
        vouch: Vouch,
        known: &mut std::collections::HashSet<(VouchKind, String)>,
    ) -> bool {
        let (kind, what) = vouch.key();
        if what.is_empty() || !known.insert((kind, what.to_owned())) {
            return false;
        }
        self.vouches.push(vouch);
        true
    }

    /// Records the invitation's note, unless the same one is known; whether it was new.
    pub fn set_invitation(&mut self, invitation: Invitation) -> bool {
        if invitation.message.trim().is_empty() || self.invitation.as_ref() == Some(&invitation) {
            return false;
        }
        self.invitation = Some(invitation);
        true
    }

    /// Both records' ties (two records of one person merged): every day and vouch once, the
    /// first record's invitation if it has one.
    #[must_use]
    pub fn merged_with(&self, other: &OnlineTies) -> OnlineTies {
        let mut merged = self.clone();
        for day in &other.message_days {
            merged.add_message_day(*day);
        }
        for vouch in &other.vouches {
            merged.add_vouch(vouch.clone());
        }
        if merged.invitation.is_none() {
            merged.invitation = other.invitation.clone();
        }
        merged
    }

    /// The latest day we wrote to each other.
    pub fn last_message(&self) -> Option<NaiveDate> {
        self.message_days.last().copied()
    }

    /// The days we wrote to each other since `since`.
    pub fn message_days_since(&self, since: NaiveDate) -> usize {
        let first = self.message_days.partition_point(|d| *d < since);
        self.message_days.len() - first
    }

    /// Whether they vouched for me online (a recommendation or an endorsement).
    pub fn vouches_for_me(&self) -> bool {
        !self.vouches.is_empty()
    }

    /// What the archive says of the tie, one line each: how we connected, the days we wrote,
    /// whether they vouch for me online.
    pub fn describe_lines(&self) -> Vec<String> {
        self.lines().into_iter().map(|(_, line)| line).collect()
    }

    /// [`Self::describe_lines`], each with what it is about.
    pub fn lines(&self) -> Vec<(OnlineLine, String)> {
        let mut lines = Vec::new();
        if let Some(invitation) = &self.invitation {
            lines.push((
                OnlineLine::HowWeConnected,
                crate::tr!("online-how-we-connected", how = invitation.describe()),
            ));
        }
        if let Some(last) = self.last_message() {
            lines.push((
                OnlineLine::Messages,
                crate::tr!(
                    "online-messages",
                    days = self.message_days.len(),
                    last = crate::text::i18n::compact_date(last)
                ),
            ));
        }
        if let Some(vouches) = self.describe_vouches() {
            lines.push((
                OnlineLine::Vouches,
                crate::tr!("online-vouches", vouches = vouches),
            ));
        }
        lines
    }

    /// "Recommended you; endorsed Product management, Hiring".
    pub fn describe_vouches(&self) -> Option<String> {
        let recommendations = self
            .vouches
            .iter()
            .filter(|v| v.kind == VouchKind::Recommendation)
            .count();
        let skills: Vec<&str> = self
            .vouches
            .iter()
            .filter(|v| v.kind == VouchKind::Endorsement)
            .map(|v| v.what.trim())
            .collect();
        let mut parts = Vec::new();
        if recommendations > 0 {
            parts.push(crate::tr!("online-recommended", count = recommendations));
        }
        if !skills.is_empty() {
            parts.push(crate::tr!("online-endorsed", skills = skills.join(", ")));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default()
    }

    #[test]
    fn days_are_kept_once_in_order() {
        let mut ties = OnlineTies::default();
        assert!(ties.add_message_day(day(5)));
        assert!(ties.add_message_day(day(2)));
        assert!(!ties.add_message_day(day(5)));
        assert_eq!(ties.message_days, vec![day(2), day(5)]);
        assert_eq!(ties.message_days_since(day(3)), 1);
        assert_eq!(ties.last_message(), Some(day(5)));
    }

    #[test]
    fn vouches_are_kept_once_and_described() {
        let mut ties = OnlineTies::default();
        let skill = |what: &str| Vouch {
            kind: VouchKind::Endorsement,
            what: what.to_owned(),
            on: None,
        };
        assert!(ties.add_vouch(skill("Hiring")));
        assert!(!ties.add_vouch(skill("Hiring ")));
        assert!(ties.add_vouch(Vouch {
            kind: VouchKind::Recommendation,
            what: "Sam is great".to_owned(),
            on: Some(day(1)),
        }));
        assert_eq!(
            ties.describe_vouches().as_deref(),
            Some("recommended you; endorsed Hiring")
        );
    }
}
