//! How close I am to each contact, as one number the map turns into a distance from me.
//!
//! Closeness follows the essay's rule: only meeting in person builds trust, so the circles are
//! the people I trust and saw lately, then everyone else I met, then the people I know only
//! online. Within a circle, a finer score orders people: trust, how recently and how often we
//! met, and for online-only people the calls and messages, a tie to someone I met, and how
//! recent the connection is. LinkedIn messages from the archive keep a contact warm, up to a
//! cap ([`ONLINE_WARMTH_CAP`], [`ONLINE_TOUCHES_COUNTED`]); they never give trust.

use chrono::NaiveDate;

use super::trust::ContactFacts;
use crate::model::{Contact, Origin, TrustLevel};

/// The circles of the map, from the centre outwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Circle {
    /// Met in person, trusted (medium or more), and seen within [`SEEN_LATELY_DAYS`].
    TrustedLately,
    /// Met in person.
    Met,
    /// Never met in person.
    OnlineOnly,
}

/// Days since the last in-person encounter within which a trusted person is "seen lately".
pub const SEEN_LATELY_DAYS: i64 = 365;
/// Online ties (LinkedIn messages) keep a contact warm, up to a cap: a message counts for at
/// most this share of what a meeting's recency counts.
pub const ONLINE_WARMTH_CAP: f32 = 0.5;
/// The most days of LinkedIn messages in the last year that count as touches (of the four
/// that make an online-only contact fully touched); logged calls and meetings count more.
pub const ONLINE_TOUCHES_COUNTED: usize = 2;
/// The least trust of the inner circle.
pub const INNER_CIRCLE_TRUST: TrustLevel = TrustLevel::Medium;

impl Circle {
    /// Every circle, from the centre outwards.
    pub const ALL: [Self; 3] = [Self::TrustedLately, Self::Met, Self::OnlineOnly];

    /// The name written along the circle's guide on the map.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::TrustedLately => "circle-trusted",
            Self::Met => "circle-met",
            Self::OnlineOnly => "contact-online-only",
        })
    }

    /// What the circle holds, in one sentence (tooltips, the legend).
    pub fn explanation(self) -> String {
        crate::tr!(match self {
            Self::TrustedLately => "circle-trusted-explained",
            Self::Met => "circle-met-explained",
            Self::OnlineOnly => "circle-online-explained",
        })
    }

    /// The circle's number, from 0 (innermost).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where a contact stands: their circle and a score from 0 to 1 within it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Closeness {
    /// The circle.
    pub circle: Circle,
    /// From 0 (the outer edge of the circle) to 1 (its inner edge).
    pub score: f32,
}

impl Closeness {
    /// One number that orders everyone: larger is closer. Every person of an inner circle is
    /// closer than every person of an outer one.
    pub fn value(self) -> f32 {
        (Circle::ALL.len() - 1 - self.circle.index()) as f32 + self.score.clamp(0.0, 0.999)
    }
}

/// What closeness reads beyond the encounter facts.
#[derive(Clone, Copy, Debug, Default)]
pub struct TieHints {
    /// The contact has a relation with, or was introduced by, someone I met in person.
    pub tied_to_someone_met: bool,
}

/// How close I am to a contact on `today`.
pub fn closeness(
    contact: &Contact,
    facts: &ContactFacts,
    hints: TieHints,
    today: NaiveDate,
) -> Closeness {
    let trust = f32::from(facts.trust.rank()) / 4.0;
    let days_since = |day: Option<NaiveDate>| day.map(|d| (today - d).num_days().max(0));
    // 1 today, 0.5 after a year, 0.25 after two.
    let recency = |days: Option<i64>| days.map_or(0.0, |d| 0.5_f32.powf(d as f32 / 365.0));
    let in_person_days = days_since(facts.last_in_person);
    // Messages keep warmth, never trust: they count for recency, capped, and never move
    // anyone to an inner circle.
    let messaged = ONLINE_WARMTH_CAP * recency(days_since(facts.last_online));
    let year_ago = today - chrono::Days::new(365);
    let online_touches = contact
        .online
        .message_days_since(year_ago)
        .min(ONLINE_TOUCHES_COUNTED);
    if facts.met_in_person() {
        let lately = in_person_days.is_some_and(|d| d <= SEEN_LATELY_DAYS);
        let count = facts.in_person_count.min(6) as f32 / 6.0;
        let recent = recency(in_person_days).max(messaged);
        if lately && facts.trust >= INNER_CIRCLE_TRUST {
            return Closeness {
                circle: Circle::TrustedLately,
                score: 0.55 * trust + 0.3 * recent + 0.15 * count,
            };
        }
        return Closeness {
            circle: Circle::Met,
            score: 0.45 * trust + 0.35 * recent + 0.2 * count,
        };
    }
    let touches = (facts.encounter_count + online_touches).min(4) as f32 / 4.0;
    let touched = recency(days_since(facts.last_encounter)).max(messaged);
    let connected = match contact.origin {
        Origin::LinkedIn(Some(day)) => recency(days_since(Some(day))) * 0.5,
        Origin::IntroducedBy(_) => 0.5,
        _ => 0.25,
    };
    Closeness {
        circle: Circle::OnlineOnly,
        score: 0.3 * touches
            + 0.2 * touched
            + 0.3 * f32::from(u8::from(hints.tied_to_someone_met))
            + 0.2 * connected,
    }
}
