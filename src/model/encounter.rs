//! A meeting with one or more contacts, and the trust it built.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::ids::{ContactId, EncounterId};

/// How an encounter happened. The first four are face to face; only they build trust.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EncounterKind {
    /// A coffee together.
    #[default]
    Coffee,
    /// A lunch or dinner together.
    Meal,
    /// A meeting in person.
    Meeting,
    /// An event (conference, meetup, dinner) where we met.
    Event,
    /// A phone call.
    Call,
    /// A video call.
    Video,
    /// A written message (email, LinkedIn, text).
    Message,
}

impl EncounterKind {
    /// Every kind, in display order: in person first.
    pub const ALL: [Self; 7] = [
        Self::Coffee,
        Self::Meal,
        Self::Meeting,
        Self::Event,
        Self::Call,
        Self::Video,
        Self::Message,
    ];

    /// Whether this kind of encounter is face to face, the only kind that builds trust.
    pub fn is_in_person(self) -> bool {
        matches!(
            self,
            Self::Coffee | Self::Meal | Self::Meeting | Self::Event
        )
    }

    /// A short, capitalized description.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Coffee => "kind-coffee",
            Self::Meal => "kind-meal",
            Self::Meeting => "kind-meeting",
            Self::Event => "kind-event",
            Self::Call => "kind-call",
            Self::Video => "kind-video",
            Self::Message => "kind-message",
        })
    }
}

/// How much the owner trusts someone after meeting them: a small ordinal scale.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum TrustLevel {
    /// No trust (yet).
    #[default]
    None,
    /// Some acquaintance: the most that remote contact alone can reach.
    Low,
    /// A working trust.
    Medium,
    /// I would vouch for them.
    High,
    /// Complete trust.
    Full,
}

impl TrustLevel {
    /// Every level, from none to full.
    pub const ALL: [Self; 5] = [Self::None, Self::Low, Self::Medium, Self::High, Self::Full];

    /// A short, lower-case description.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::None => "trust-none",
            Self::Low => "trust-low",
            Self::Medium => "trust-medium",
            Self::High => "trust-high",
            Self::Full => "trust-full",
        })
    }

    /// The level as a number from 0 (none) to 4 (full).
    pub fn rank(self) -> u8 {
        self as u8
    }
}

/// Who made a promise during an encounter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Promiser {
    /// I promised it.
    #[default]
    Me,
    /// They promised it.
    Them,
}

/// Something promised during an encounter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// Who promised it.
    pub by: Promiser,
    /// What was promised.
    pub what: String,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Whether it was done.
    #[serde(default)]
    pub done: bool,
}

/// Which way a favour went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AskWay {
    /// I asked them.
    #[default]
    Asked,
    /// I gave them (an introduction, help).
    Gave,
}

/// What a favour was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AskKind {
    /// An introduction to someone.
    #[default]
    Introduction,
    /// Advice.
    Advice,
    /// Another favour, or help.
    Favour,
}

impl AskKind {
    /// Every kind, in the form's order.
    pub const ALL: [Self; 3] = [Self::Introduction, Self::Advice, Self::Favour];

    /// What the interface calls it.
    pub fn label(self) -> String {
        crate::text::i18n::tr(match self {
            Self::Introduction => "ask-kind-introduction",
            Self::Advice => "ask-kind-advice",
            Self::Favour => "ask-kind-favour",
        })
    }
}

/// A favour asked or given at a meeting: the ledger of the network, where one does not ask
/// the same person again and again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ask {
    /// Asked of them, or given to them.
    pub way: AskWay,
    /// What kind of favour.
    pub kind: AskKind,
    /// In a few words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what: String,
    /// Whether it was settled: done, or let go (an ask stays open until then).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub settled: bool,
}

/// A meeting with one or more contacts. An encounter dated in the future is a planned meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Encounter {
    /// Stable identifier.
    pub id: EncounterId,
    /// The day it happened (or will happen).
    pub date: NaiveDate,
    /// The time of day, when it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// What it was, for an event ("VivaTech 2026", "Team dinner"); often empty for a coffee.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Where it happened.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// How it happened.
    pub kind: EncounterKind,
    /// Everyone the owner met there (at least one).
    pub participants: Vec<ContactId>,
    /// What was said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// What the owner wants from the meeting and the questions to ask, written before it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aims: String,
    /// The trust the owner felt afterwards, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<TrustLevel>,
    /// Promises made, both ways.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// Favours asked or given there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks: Vec<Ask>,
    /// Whether the owner told them the project's goal there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub told_goal: bool,
}

impl Encounter {
    /// A new encounter on `date` with these participants, with nothing else recorded yet.
    pub fn new(
        id: EncounterId,
        date: NaiveDate,
        kind: EncounterKind,
        participants: Vec<ContactId>,
    ) -> Self {
        Self {
            id,
            date,
            time: None,
            title: String::new(),
            place: String::new(),
            kind,
            participants,
            notes: String::new(),
            aims: String::new(),
            trust: None,
            follow_ups: Vec::new(),
            asks: Vec::new(),
            told_goal: false,
        }
    }

    /// Whether it took place (or will take place) face to face.
    pub fn is_in_person(&self) -> bool {
        self.kind.is_in_person()
    }

    /// Whether the encounter lies after `today`: a planned meeting, not yet a fact.
    pub fn is_planned(&self, today: NaiveDate) -> bool {
        self.date > today
    }

    /// Whether this contact took part.
    pub fn involves(&self, contact: ContactId) -> bool {
        self.participants.contains(&contact)
    }
}

/// A name someone gave the owner at a meeting: a person to meet, through them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referral {
    /// The person's name.
    pub name: String,
    /// Where they work, when it was said.
    pub organization: String,
}

/// The names of a "names they gave me" line: "Julie Martin (Alan), Marc Dupont; Léa" gives
/// three, each with the organization written in parentheses after it. Commas and semicolons
/// inside parentheses do not separate names.
pub fn parse_referrals(text: &str) -> Vec<Referral> {
    let mut names = Vec::new();
    let (mut depth, mut start) = (0_usize, 0);
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' | '\n' if depth == 0 => {
                names.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    names.push(&text[start..]);
    names
        .into_iter()
        .filter_map(|part| {
            let part = part.trim();
            let (name, organization) = match part.split_once('(') {
                Some((name, rest)) => (name.trim(), rest.trim_end_matches(')').trim()),
                None => (part, ""),
            };
            (!name.is_empty()).then(|| Referral {
                name: name.to_owned(),
                organization: organization.to_owned(),
            })
        })
        .collect()
}

/// An encounter as the debrief form fills it in: possibly with people not in the network yet.
#[derive(Clone, Debug, PartialEq)]
pub struct EncounterDraft {
    /// The encounter being edited, or `None` for a new one.
    pub editing: Option<EncounterId>,
    /// Everything but the id and the new people; `encounter.id` is ignored for a new one.
    pub encounter: Encounter,
    /// Names of people met there who are not contacts yet: each becomes a contact.
    pub new_people: Vec<String>,
    /// Names the person met gave: each becomes a contact introduced by them (unless one of
    /// that name exists), with an introduction "they introduce me to …" already agreed.
    pub referrals: Vec<Referral>,
}

impl EncounterDraft {
    /// The edit that records the draft, with fresh ids allocated from `network` for a new
    /// encounter and each new person. Returns the encounter's id too.
    pub fn into_edit(self, network: &mut super::Network) -> (EncounterId, super::Edit) {
        let mut encounter = self.encounter;
        encounter.id = match self.editing {
            Some(id) => id,
            None => network.allocate_encounter_id(),
        };
        let mut edits = Vec::with_capacity(self.new_people.len() + 1);
        for name in self.new_people {
            let id = network.allocate_contact_id();
            edits.push(super::Edit::PutContact(Box::new(super::Contact::new(
                id,
                name.trim(),
            ))));
            encounter.participants.push(id);
        }
        // The names were given by the (first) person met.
        let giver = encounter.participants.first().copied();
        let date = encounter.date;
        let id = encounter.id;
        edits.push(super::Edit::PutEncounter(Box::new(encounter)));
        if let Some(giver) = giver {
            for referral in self.referrals {
                let person = match network.contact_named(&referral.name) {
                    Some(known) => known.id,
                    None => {
                        let person = network.allocate_contact_id();
                        let mut contact = super::Contact::new(person, referral.name.trim());
                        contact.organization = referral.organization;
                        contact.origin = super::Origin::IntroducedBy(Some(giver));
                        edits.push(super::Edit::PutContact(Box::new(contact)));
                        person
                    }
                };
                if person == giver {
                    continue;
                }
                edits.push(super::Edit::PutIntroduction(Box::new(
                    super::Introduction {
                        id: network.allocate_introduction_id(),
                        introducer: super::Person::Contact(giver),
                        a: super::Person::Me,
                        b: super::Person::Contact(person),
                        steps: vec![super::IntroStep {
                            status: super::IntroStatus::Accepted,
                            date,
                        }],
                        notes: String::new(),
                        outcome: String::new(),
                        gate_override: None,
                        thanked: None,
                    },
                )));
            }
        }
        (id, super::Edit::Batch(edits))
    }
}
