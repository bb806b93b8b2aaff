//! The project's account on the owner's CardDAV/CalDAV server, what goes there, and what
//! Carnet remembers of the last sync: which cards and events it wrote (by their address on
//! the server and the version the server gave them), so that a sync sends only what changed
//! and never overwrites what the phone changed. The password is never here (the system
//! keyring has it).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::ContactId;

/// Which contacts go to the phone's address book.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShareScope {
    /// Everyone met in person (the default: the people the owner really knows).
    #[default]
    MetInPerson,
    /// Every contact.
    Everyone,
    /// Only the contacts switched on one by one.
    Chosen,
}

impl ShareScope {
    /// Every scope, in the order the settings show them.
    pub const ALL: [Self; 3] = [Self::MetInPerson, Self::Everyone, Self::Chosen];
}

/// The account and its choices, per project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncAccount {
    /// The server's address as the owner typed it ("https://cloud.example.com").
    pub server: String,
    /// The user name on the server.
    pub user: String,
    /// The address book's URL (a collection found or created by Carnet); `None`: contacts
    /// do not sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_book: Option<String>,
    /// The calendar's URL; `None`: meetings do not sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<String>,
    /// The address book's and the calendar's names as the server shows them (for the
    /// settings; empty: the last part of the address is shown).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address_book_name: String,
    /// The calendar's name as the server shows it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub calendar_name: String,
    /// Who goes to the address book.
    #[serde(default)]
    pub scope: ShareScope,
    /// Whether each contact's notes go with their card (off: names, work and ways to reach
    /// them only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub share_notes: bool,
    /// What the last sync left: versions, tokens, cards waiting for review.
    #[serde(default, skip_serializing_if = "SyncState::is_empty")]
    pub state: SyncState,
}

impl SyncAccount {
    /// Whether `contact` goes to the address book, by its own switch, else the scope.
    pub fn shares(&self, switch: Option<bool>, met_in_person: bool) -> bool {
        switch.unwrap_or(match self.scope {
            ShareScope::MetInPerson => met_in_person,
            ShareScope::Everyone => true,
            ShareScope::Chosen => false,
        })
    }

    /// The key of the password in the system keyring: the user at the server.
    pub fn keyring_user(&self) -> String {
        format!("{}@{}", self.user.trim(), self.server.trim())
    }

    /// Whether the owner changed where this account points (then what the last sync
    /// remembers belongs to another collection, and is forgotten).
    pub fn points_elsewhere(&self, other: &Self) -> bool {
        self.server.trim() != other.server.trim()
            || self.user.trim() != other.user.trim()
            || self.address_book != other.address_book
            || self.calendar != other.calendar
    }
}

/// A card Carnet wrote to the address book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncedCard {
    /// The contact it shows.
    pub contact: ContactId,
    /// The server's version of the card as Carnet last knew it (its ETag).
    pub etag: String,
    /// A digest of what Carnet wrote: the card is sent again only when it changes.
    pub digest: u64,
}

/// An event Carnet wrote to the calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncedEvent {
    /// The server's version of the event as Carnet last knew it.
    pub etag: String,
    /// A digest of what Carnet wrote (its time stamp left out).
    pub digest: u64,
    /// The event's day: an event whose day passed stays in the calendar when Carnet stops
    /// showing it; one still ahead is removed (the meeting was cancelled).
    pub day: NaiveDate,
}

/// What the last sync left.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncState {
    /// When the last sync ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_sync: Option<DateTime<Utc>>,
    /// The address book's sync token (RFC 6578): the next sync asks what changed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_book_token: Option<String>,
    /// The calendar's sync token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar_token: Option<String>,
    /// Carnet's cards, by their address (the path on the server).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub cards: BTreeMap<String, SyncedCard>,
    /// The other cards of the address book (made on the phone), by address, with the
    /// version last seen: a new version is offered for review.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub their_cards: BTreeMap<String, String>,
    /// Cards made or changed on the phone that wait for the owner's review, by address,
    /// with the version to review. Carnet sends none of them until reviewed.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub to_review: BTreeMap<String, String>,
    /// Carnet's events, by address.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub events: BTreeMap<String, SyncedEvent>,
}

impl SyncState {
    /// Whether no sync has happened.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}
