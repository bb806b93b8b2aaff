//! The project and the owner's own CardDAV/CalDAV server (Nextcloud, iCloud, Fastmail,
//! Radicale…): the people the owner chose go to an address book, planned meetings and
//! reminders to a calendar; cards made or changed on the phone come back for review, and the
//! calendar's past meetings with contacts join the debrief queue. Carnet runs no server: the
//! owner's is the engine.
//!
//! [`sync`] does the network work and returns a [`SyncResult`]; it changes no network. The
//! app and the command line apply the result as one undo step (`Command::ApplySync`) and
//! show the cards to review as an import preview.
//!
//! Nothing is lost: a write names the version it replaces (`If-Match`) or that nothing is
//! there (`If-None-Match: *`), so a change made on the phone is never overwritten blindly —
//! a 412 becomes a card to review or a line in the result. Only what Carnet wrote is ever
//! changed or deleted on the server.

pub mod dav;
pub mod discover;
pub mod password;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{NaiveDate, Utc};

use crate::analysis::facts_by_contact;
use crate::calendar::{DebriefPlan, calendar_objects, meetings_to_debrief};
use crate::model::{ContactId, Network, SyncAccount, SyncState, SyncedCard, SyncedEvent};
use crate::text::stable_hash;
use crate::tr;
use dav::{CALDAV, CARDDAV, Client, DAV, Precondition, multistatus, status_error};

/// Why a sync stopped. The project is unchanged; what the server took is remembered by the
/// next sync (its writes are checked against versions, so resuming is safe).
#[derive(Debug)]
pub enum SyncError {
    /// The project has no account.
    NoAccount,
    /// Not a web address.
    BadAddress(String),
    /// The server could not be reached.
    Unreachable {
        /// Its host.
        host: String,
        /// What the system said.
        why: String,
    },
    /// The server did not answer in time.
    Timeout(String),
    /// The server refused the user name or password.
    WrongPassword,
    /// The account's storage is full (507).
    QuotaFull,
    /// The address answers, but no contacts or calendars server is there.
    NotDav(String),
    /// The server refused a request.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The address.
        url: String,
    },
    /// The server answered something Carnet could not read.
    Protocol(String),
    /// No password: none in the keyring, none given.
    NoPassword,
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoAccount => tr!("sync-error-no-account"),
            Self::BadAddress(address) => tr!("sync-error-bad-address", address = address.as_str()),
            Self::Unreachable { host, why } => {
                tr!(
                    "sync-error-unreachable",
                    host = host.as_str(),
                    why = why.as_str()
                )
            }
            Self::Timeout(host) => tr!("sync-error-timeout", host = host.as_str()),
            Self::WrongPassword => tr!("sync-error-wrong-password"),
            Self::QuotaFull => tr!("sync-error-quota"),
            Self::NotDav(address) => tr!("sync-error-not-dav", address = address.as_str()),
            Self::Refused { status, url } => {
                tr!(
                    "sync-error-refused",
                    status = *status,
                    address = url.as_str()
                )
            }
            Self::Protocol(detail) => tr!("sync-error-protocol", detail = detail.as_str()),
            Self::NoPassword => tr!("sync-error-no-password"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SyncError {}

/// Where a sync is, for a progress bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Writes done.
    pub done: usize,
    /// Writes to do.
    pub total: usize,
}

/// How many of each thing went each way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SyncCounts {
    /// Cards written for the first time.
    pub cards_created: usize,
    /// Cards written again (the contact changed).
    pub cards_updated: usize,
    /// Cards removed (the contact deleted in Carnet, or no longer shared).
    pub cards_deleted: usize,
    /// Events written for the first time.
    pub events_created: usize,
    /// Events written again.
    pub events_updated: usize,
    /// Events removed (cancelled meetings, promises kept).
    pub events_deleted: usize,
}

impl SyncCounts {
    /// Whether nothing went to the server.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A card on the server the owner should look at: made on the phone, or changed there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardToReview {
    /// Its address on the server.
    pub href: String,
    /// The version read.
    pub etag: String,
    /// The card.
    pub vcard: String,
    /// The contact whose card it is, when Carnet wrote it.
    pub contact: Option<ContactId>,
}

/// What a sync did and found, to be applied to the project (one undo step).
#[derive(Clone, Debug)]
pub struct SyncResult {
    /// The account with what this sync leaves (versions, tokens).
    pub account: SyncAccount,
    /// Contacts given a card UID now (their first card).
    pub new_uids: Vec<(ContactId, String)>,
    /// Carnet's cards deleted on the phone: those contacts stop going there (Carnet keeps
    /// them).
    pub deleted_on_phone: Vec<ContactId>,
    /// Cards to review, as an import preview.
    pub to_review: Vec<CardToReview>,
    /// The calendar's past meetings with contacts, to debrief.
    pub debrief: DebriefPlan,
    /// What went to the server.
    pub counts: SyncCounts,
    /// What the owner should know: a change on both sides, an event changed on the phone.
    pub notes: Vec<String>,
    /// Requests sent.
    pub requests: usize,
    /// Whether nothing was written anywhere (`--dry-run`).
    pub dry_run: bool,
}

impl SyncResult {
    /// "3 events updated, 1 card from the phone to review".
    pub fn describe(&self) -> String {
        let c = &self.counts;
        let mut parts = Vec::new();
        let mut push = |id: &str, count: usize| {
            if count > 0 {
                parts.push(tr!(id, count = count));
            }
        };
        push("sync-cards-created", c.cards_created);
        push("sync-cards-updated", c.cards_updated);
        push("sync-cards-deleted", c.cards_deleted);
        push("sync-events-created", c.events_created);
        push("sync-events-updated", c.events_updated);
        push("sync-events-deleted", c.events_deleted);
        push("sync-cards-to-review", self.to_review.len());
        push("sync-stopped-sharing", self.deleted_on_phone.len());
        push("sync-to-debrief", self.debrief.queued.len());
        let summary = if parts.is_empty() {
            tr!("sync-nothing-changed")
        } else {
            parts.join(", ")
        };
        if self.dry_run {
            tr!("sync-dry-run", summary = summary)
        } else {
            summary
        }
    }
}

/// An event's digest without what changes at every write: its time stamp (`DTSTAMP`) and
/// its reminders' UIDs (random).
fn event_digest(ics: &str) -> u64 {
    let mut in_alarm = false;
    let mut kept = String::with_capacity(ics.len());
    for line in ics.split("\r\n") {
        match line {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ => {}
        }
        if line.starts_with("DTSTAMP") || (in_alarm && line.starts_with("UID")) {
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    stable_hash(&kept)
}

/// The path of an address (what servers write in `href`), percent-decoded, so that the
/// same resource is one key however a server encodes it.
pub fn path_key(url_or_path: &str) -> String {
    let path = if url_or_path.contains("://") {
        let origin = dav::origin_of(url_or_path).len();
        &url_or_path[origin..]
    } else {
        url_or_path
    };
    percent_decode(if path.is_empty() { "/" } else { path })
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A resource's file name from a UID: letters, digits and `-_.@` kept, anything else
/// replaced, and a digest added when something was, so two UIDs never share a name.
fn file_name(uid: &str, extension: &str) -> String {
    let safe: String = uid
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.@".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if safe == uid && !uid.is_empty() {
        format!("{safe}.{extension}")
    } else {
        format!(
            "{}-{:016x}.{extension}",
            safe.trim_matches('-'),
            stable_hash(uid)
        )
    }
}

/// The collection's address with a trailing slash.
fn folder(url: &str) -> String {
    format!("{}/", url.trim_end_matches('/'))
}

/// What changed in a collection since a sync token: members changed or added (address,
/// version), members removed, and the new token.
struct Changes {
    changed: Vec<(String, String)>,
    removed: Vec<String>,
    token: Option<String>,
    /// Whether `changed` lists every member (a first sync, or a server without tokens):
    /// then what is not listed is gone.
    complete: bool,
}

fn sync_collection_body(token: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"#,
        crate::text::escape::xml_text(token)
    )
}

const ETAGS_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"#;

/// Asks what changed since `token` (RFC 6578); a token the server no longer knows gives a
/// full listing; a server without sync-collection is listed with PROPFIND (ETags).
fn changes_since(
    client: &Client,
    collection: &str,
    token: Option<&str>,
) -> Result<Changes, SyncError> {
    let collection = folder(collection);
    let own = path_key(&collection);
    let mut token = token.filter(|t| !t.is_empty());
    loop {
        let reply = client.report(&collection, "0", sync_collection_body(token.unwrap_or("")))?;
        match reply.status.as_u16() {
            207 => {
                let (found, new_token) = multistatus(&reply.body)?;
                let mut changes = Changes {
                    changed: Vec::new(),
                    removed: Vec::new(),
                    token: new_token,
                    complete: token.is_none(),
                };
                for item in found {
                    let key = path_key(&item.href);
                    if key == own || key.ends_with('/') {
                        continue;
                    }
                    if matches!(item.status, Some(404 | 410)) {
                        changes.removed.push(key);
                    } else if let Some(etag) = item.prop(DAV, "getetag") {
                        changes.changed.push((key, etag.text.clone()));
                    }
                }
                return Ok(changes);
            }
            // A token the server forgot (RFC 6578 §3.2: valid-sync-token): list everything.
            403 | 409 | 410 if token.is_some() => token = None,
            400 | 403 | 405 | 415 | 422 | 501 => return list_etags(client, &collection),
            _ => return Err(status_error(&reply)),
        }
    }
}

/// Every member and its version, for servers without sync tokens.
fn list_etags(client: &Client, collection: &str) -> Result<Changes, SyncError> {
    let reply = client.propfind(collection, "1", ETAGS_BODY)?;
    if reply.status.as_u16() != 207 {
        return Err(status_error(&reply));
    }
    let own = path_key(collection);
    let (found, _) = multistatus(&reply.body)?;
    Ok(Changes {
        changed: found
            .into_iter()
            .filter(|f| path_key(&f.href) != own && !f.is(DAV, "collection"))
            .filter_map(|f| Some((path_key(&f.href), f.prop(DAV, "getetag")?.text.clone())))
            .collect(),
        removed: Vec::new(),
        token: None,
        complete: true,
    })
}

/// The members at `keys`, read in batches with a multiget REPORT: (address, version, text).
fn multiget(
    client: &Client,
    collection: &str,
    keys: &[String],
    card: bool,
) -> Result<Vec<(String, String, String)>, SyncError> {
    let (ns, report, data) = if card {
        (CARDDAV, "addressbook-multiget", "address-data")
    } else {
        (CALDAV, "calendar-multiget", "calendar-data")
    };
    let origin = dav::origin_of(collection).to_owned();
    let mut items = Vec::new();
    for batch in keys.chunks(200) {
        let hrefs: String = batch
            .iter()
            .map(|k| {
                format!(
                    "<d:href>{}</d:href>",
                    crate::text::escape::xml_text(&percent_encode_path(k))
                )
            })
            .collect();
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<x:{report} xmlns:d="DAV:" xmlns:x="{ns}"><d:prop><d:getetag/><x:{data}/></d:prop>{hrefs}</x:{report}>"#
        );
        let reply = client.report(&folder(collection), "1", body)?;
        if reply.status.as_u16() != 207 {
            // A server without multiget: one GET each.
            for key in batch {
                if let Some((text, etag)) =
                    client.get(&format!("{origin}{}", percent_encode_path(key)))?
                {
                    items.push((key.clone(), etag, text));
                }
            }
            continue;
        }
        for found in multistatus(&reply.body)?.0 {
            let (Some(etag), Some(text)) = (found.prop(DAV, "getetag"), found.prop(ns, data))
            else {
                continue;
            };
            items.push((path_key(&found.href), etag.text.clone(), text.text.clone()));
        }
    }
    Ok(items)
}

/// A path with the characters a URL cannot hold percent-encoded.
fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~@:!$&'()*+,;=".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Options of one sync.
#[derive(Clone, Copy, Debug, Default)]
pub struct SyncOptions {
    /// Read only: say what would go each way, write nothing anywhere.
    pub dry_run: bool,
}

/// Syncs `network`'s account with its server as of `today`, with `password`. Changes
/// nothing in the network: the result says what to apply. `progress` hears each write.
pub fn sync(
    network: &Network,
    password: &str,
    today: NaiveDate,
    options: SyncOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncResult, SyncError> {
    let account = network.sync.as_deref().ok_or(SyncError::NoAccount)?;
    let client = Client::new(account.user.trim(), password);
    let mut run = Run {
        network,
        account,
        client: &client,
        state: account.state.clone(),
        today,
        dry_run: options.dry_run,
        result: SyncResult {
            account: account.clone(),
            new_uids: Vec::new(),
            deleted_on_phone: Vec::new(),
            to_review: Vec::new(),
            debrief: DebriefPlan::default(),
            counts: SyncCounts::default(),
            notes: Vec::new(),
            requests: 0,
            dry_run: options.dry_run,
        },
        progress: Progress::default(),
    };
    let cards = account
        .address_book
        .as_deref()
        .map(|book| run.plan_cards(book))
        .transpose()?;
    let events = account
        .calendar
        .as_deref()
        .map(|calendar| run.plan_events(calendar))
        .transpose()?;
    run.progress.total =
        cards.as_ref().map_or(0, |c| c.writes()) + events.as_ref().map_or(0, |e| e.writes());
    progress(run.progress);
    if let (Some(book), Some(plan)) = (account.address_book.as_deref(), cards) {
        run.send_cards(book, plan, progress)?;
    }
    if let (Some(calendar), Some(plan)) = (account.calendar.as_deref(), events) {
        run.send_events(calendar, plan, progress)?;
    }
    if !options.dry_run {
        run.state.last_sync = Some(Utc::now());
    }
    let Run {
        state, mut result, ..
    } = run;
    result.account.state = if options.dry_run {
        account.state.clone()
    } else {
        state
    };
    result.requests = client.requests.get();
    Ok(result)
}

/// One sync under way.
struct Run<'a> {
    network: &'a Network,
    account: &'a SyncAccount,
    client: &'a Client,
    state: SyncState,
    today: NaiveDate,
    dry_run: bool,
    result: SyncResult,
    progress: Progress,
}

/// The cards to write and remove.
struct CardPlan {
    /// (contact, its UID, address key, card text, digest, precondition's version: `None` =
    /// new).
    writes: Vec<(ContactId, String, String, String, u64, Option<String>)>,
    /// (address key, version).
    removals: Vec<(String, String)>,
    /// Whether the token must be read again after writing.
    wrote: bool,
}

impl CardPlan {
    fn writes(&self) -> usize {
        self.writes.len() + self.removals.len()
    }
}

/// The events to write and remove.
struct EventPlan {
    /// (address key, ics, digest, day, version: `None` = new or gone from the server).
    writes: Vec<(String, String, u64, NaiveDate, Option<String>)>,
    removals: Vec<(String, String)>,
}

impl EventPlan {
    fn writes(&self) -> usize {
        self.writes.len() + self.removals.len()
    }
}

impl Run<'_> {
    fn origin(&self, collection: &str) -> String {
        dav::origin_of(collection).to_owned()
    }

    fn url_of(&self, collection: &str, key: &str) -> String {
        format!("{}{}", self.origin(collection), percent_encode_path(key))
    }

    /// Reads what changed in the address book, fetches the cards to review, and decides
    /// what to write.
    fn plan_cards(&mut self, book: &str) -> Result<CardPlan, SyncError> {
        let changes = changes_since(self.client, book, self.state.address_book_token.as_deref())?;
        // The addresses Carnet writes its cards at: one found there that Carnet does not
        // know is its own from a sync that stopped half-way (or the phone's card of the
        // same person), settled by the write below, not offered for review.
        let shared = shared_contacts(self.network, self.account, self.today);
        let own: HashSet<String> = {
            let folder_key = path_key(&folder(book));
            shared
                .iter()
                .filter_map(|id| self.network.contact(*id))
                .map(|c| format!("{folder_key}{}", file_name(&self.card_uid(c), "vcf")))
                // A card the phone made stays the phone's until reviewed.
                .filter(|key| !self.state.their_cards.contains_key(key))
                .collect()
        };
        self.take_card_changes(&changes, &own);
        self.state.address_book_token = changes.token;
        // Every card waiting for review is shown again until it is reviewed.
        let waiting: Vec<String> = self.state.to_review.keys().cloned().collect();
        if !waiting.is_empty() {
            let owners: HashMap<&str, ContactId> = self
                .state
                .cards
                .iter()
                .map(|(k, c)| (k.as_str(), c.contact))
                .collect();
            for (href, etag, vcard) in multiget(self.client, book, &waiting, true)? {
                self.result.to_review.push(CardToReview {
                    contact: owners.get(href.as_str()).copied(),
                    href,
                    etag,
                    vcard,
                });
            }
            // What the server no longer has is no longer to review.
            let read: HashSet<&str> = self
                .result
                .to_review
                .iter()
                .map(|c| c.href.as_str())
                .collect();
            self.state
                .to_review
                .retain(|k, _| read.contains(k.as_str()));
        }
        Ok(self.card_writes(book, &shared))
    }

    fn take_card_changes(&mut self, changes: &Changes, own: &HashSet<String>) {
        let listed: HashSet<&str> = changes.changed.iter().map(|(k, _)| k.as_str()).collect();
        let mut removed: Vec<String> = changes.removed.clone();
        if changes.complete {
            removed.extend(
                self.state
                    .cards
                    .keys()
                    .chain(self.state.their_cards.keys())
                    .filter(|k| !listed.contains(k.as_str()))
                    .cloned(),
            );
        }
        for key in removed {
            if let Some(card) = self.state.cards.remove(&key) {
                // Deleted on the phone: the person stays in Carnet and stops going there.
                self.result.deleted_on_phone.push(card.contact);
            }
            self.state.their_cards.remove(&key);
            self.state.to_review.remove(&key);
        }
        for (key, etag) in &changes.changed {
            if let Some(card) = self.state.cards.get_mut(key) {
                if card.etag.is_empty() {
                    // Written by Carnet, version not told then: this is it.
                    card.etag = etag.clone();
                } else if card.etag != *etag {
                    self.state.to_review.insert(key.clone(), etag.clone());
                }
            } else if own.contains(key) {
                continue;
            } else if self.state.their_cards.get(key) != Some(etag) {
                self.state.their_cards.insert(key.clone(), etag.clone());
                self.state.to_review.insert(key.clone(), etag.clone());
            }
        }
    }

    /// The UID of a contact's card: the one it has, else one made from the project and the
    /// contact, so that a sync stopped half-way finds its own cards again on the next try.
    fn card_uid(&self, contact: &crate::model::Contact) -> String {
        if contact.uid.trim().is_empty() {
            format!(
                "carnet-{}-{:08x}",
                contact.id.0,
                stable_hash(&format!(
                    "{}\u{1f}{}",
                    self.network.name.trim(),
                    self.network.me.name.trim()
                )) as u32
            )
        } else {
            contact.uid.trim().to_owned()
        }
    }

    /// The cards to write (the `shared` people's, changed since sent) and to remove (of
    /// people no longer shared or gone).
    fn card_writes(&mut self, book: &str, shared: &[ContactId]) -> CardPlan {
        let folder_key = path_key(&folder(book));
        let deleted_there: HashSet<ContactId> =
            self.result.deleted_on_phone.iter().copied().collect();
        let mut plan = CardPlan {
            writes: Vec::new(),
            removals: Vec::new(),
            wrote: false,
        };
        let mut shared_keys = BTreeSet::new();
        for contact in shared.iter().filter_map(|id| self.network.contact(*id)) {
            if deleted_there.contains(&contact.id) {
                continue;
            }
            let uid = self.card_uid(contact);
            if contact.uid.trim().is_empty() {
                self.result.new_uids.push((contact.id, uid.clone()));
            }
            let mut with_uid = contact.clone();
            with_uid.uid.clone_from(&uid);
            let text = crate::export::vcard::card_for_phone(&with_uid, self.account.share_notes);
            let sum = stable_hash(&text);
            let key = format!("{folder_key}{}", file_name(&uid, "vcf"));
            shared_keys.insert(key.clone());
            if self.state.to_review.contains_key(&key) {
                continue;
            }
            match self.state.cards.get(&key) {
                Some(card) if card.digest == sum && card.contact == contact.id => {}
                Some(card) => {
                    plan.writes
                        .push((contact.id, uid, key, text, sum, Some(card.etag.clone())))
                }
                None => plan.writes.push((contact.id, uid, key, text, sum, None)),
            }
        }
        for (key, card) in &self.state.cards {
            if !shared_keys.contains(key) && !self.state.to_review.contains_key(key) {
                plan.removals.push((key.clone(), card.etag.clone()));
            }
        }
        plan
    }

    fn step(&mut self, progress: &mut dyn FnMut(Progress)) {
        self.progress.done += 1;
        progress(self.progress);
    }

    fn send_cards(
        &mut self,
        book: &str,
        plan: CardPlan,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), SyncError> {
        let mut wrote = plan.wrote;
        for (contact, _uid, key, text, sum, version) in plan.writes {
            if self.dry_run {
                match version {
                    None => self.result.counts.cards_created += 1,
                    Some(_) => self.result.counts.cards_updated += 1,
                }
                continue;
            }
            let url = self.url_of(book, &key);
            let precondition = match &version {
                Some(etag) if !etag.is_empty() => Precondition::Version(etag),
                _ => Precondition::Absent,
            };
            let sent = text.clone();
            let written =
                match self
                    .client
                    .put(&url, "text/vcard; charset=utf-8", text, precondition)
                {
                    Ok(written) => written,
                    // One card the server will not take (a UID it holds under another
                    // address, a card too large) costs that card, not the sync.
                    Err(SyncError::Refused { status, .. }) if (400..500).contains(&status) => {
                        let name = self
                            .network
                            .contact(contact)
                            .map(|c| c.name.clone())
                            .unwrap_or_default();
                        self.result.notes.push(tr!(
                            "sync-card-refused",
                            name = name.as_str(),
                            status = status
                        ));
                        self.step(progress);
                        continue;
                    }
                    Err(error) => return Err(error),
                };
            wrote = true;
            match written {
                Some(etag) => {
                    self.state.cards.insert(
                        key,
                        SyncedCard {
                            contact,
                            etag,
                            digest: sum,
                        },
                    );
                    if version.is_none() {
                        self.result.counts.cards_created += 1;
                    } else {
                        self.result.counts.cards_updated += 1;
                    }
                }
                None => {
                    // Changed on the phone since Carnet last saw it (or there already):
                    // never overwritten; the owner reviews the phone's version.
                    if let Some((server_text, etag)) = self.client.get(&url)? {
                        if version.is_none() && same_card(&server_text, &sent) {
                            // Carnet's own card, written by a sync that stopped half-way.
                            self.state.cards.insert(
                                key,
                                SyncedCard {
                                    contact,
                                    etag,
                                    digest: sum,
                                },
                            );
                            self.result.counts.cards_created += 1;
                            self.step(progress);
                            continue;
                        }
                        let name = self
                            .network
                            .contact(contact)
                            .map(|c| c.name.clone())
                            .unwrap_or_default();
                        self.result
                            .notes
                            .push(tr!("sync-card-conflict", name = name.as_str()));
                        self.state.cards.entry(key.clone()).or_insert(SyncedCard {
                            contact,
                            etag: String::new(),
                            digest: 0,
                        });
                        self.state.to_review.insert(key.clone(), etag.clone());
                        self.result.to_review.push(CardToReview {
                            href: key,
                            etag,
                            vcard: server_text,
                            contact: Some(contact),
                        });
                    }
                }
            }
            self.step(progress);
        }
        for (key, etag) in plan.removals {
            if self.dry_run {
                self.result.counts.cards_deleted += 1;
                continue;
            }
            let url = self.url_of(book, &key);
            if self.client.delete(&url, &etag)? {
                self.result.counts.cards_deleted += 1;
                self.state.cards.remove(&key);
            } else {
                // Changed on the phone: kept there, and now the phone's card.
                self.state.cards.remove(&key);
                self.state.their_cards.insert(key.clone(), String::new());
                self.result.notes.push(tr!("sync-card-kept"));
            }
            wrote = true;
            self.step(progress);
        }
        if wrote {
            // The token after Carnet's own writes, so the next sync is not told of them; a
            // change the phone made meanwhile is taken now like any other.
            let changes =
                changes_since(self.client, book, self.state.address_book_token.as_deref())?;
            if !changes.complete {
                self.take_card_changes(&changes, &HashSet::new());
            }
            self.state.address_book_token = changes.token;
        }
        Ok(())
    }

    /// Reads what changed in the calendar (the owner's meetings, for the debrief queue)
    /// and decides which of Carnet's events to write or remove.
    fn plan_events(&mut self, calendar: &str) -> Result<EventPlan, SyncError> {
        let changes = changes_since(self.client, calendar, self.state.calendar_token.as_deref())?;
        self.state.calendar_token = changes.token.clone();
        let listed: HashSet<&str> = changes.changed.iter().map(|(k, _)| k.as_str()).collect();
        let mut gone: Vec<String> = changes.removed.clone();
        if changes.complete {
            gone.extend(
                self.state
                    .events
                    .keys()
                    .filter(|k| !listed.contains(k.as_str()))
                    .cloned(),
            );
        }
        for key in gone {
            if let Some(event) = self.state.events.get_mut(&key) {
                // Deleted in the calendar: not written again unless Carnet changes it.
                event.etag.clear();
            }
        }
        let mut theirs = Vec::new();
        for (key, etag) in &changes.changed {
            match self.state.events.get_mut(key) {
                Some(event) if event.etag.is_empty() => event.etag = etag.clone(),
                Some(event) if event.etag != *etag => {
                    // Changed in the calendar: left as the owner made it there.
                    event.etag = etag.clone();
                    self.result.notes.push(tr!("sync-event-changed-there"));
                }
                Some(_) => {}
                None if key.ends_with("@carnet.ics") => {}
                None => theirs.push(key.clone()),
            }
        }
        if !theirs.is_empty() {
            let mut read = crate::calendar::read::Calendar::default();
            for (_, _, text) in multiget(self.client, calendar, &theirs, false)? {
                if let Ok(one) = crate::calendar::read::parse(text.as_bytes()) {
                    read.events.extend(
                        one.events
                            .into_iter()
                            .filter(|e| !e.uid.ends_with("@carnet")),
                    );
                }
            }
            self.result.debrief = meetings_to_debrief(
                self.network,
                &read,
                self.today,
                &crate::calendar::read::Zone::LOCAL,
            );
        }
        let folder_key = path_key(&folder(calendar));
        let mut plan = EventPlan {
            writes: Vec::new(),
            removals: Vec::new(),
        };
        let mut produced = HashSet::new();
        for object in calendar_objects(self.network, self.today) {
            let key = format!("{folder_key}{}", file_name(&object.uid, "ics"));
            let sum = event_digest(&object.ics);
            produced.insert(key.clone());
            match self.state.events.get(&key) {
                Some(event) if event.digest == sum => {}
                Some(event) => {
                    plan.writes
                        .push((key, object.ics, sum, object.day, Some(event.etag.clone())))
                }
                None => plan.writes.push((key, object.ics, sum, object.day, None)),
            }
        }
        let mut forgotten = Vec::new();
        for (key, event) in &self.state.events {
            if produced.contains(key) {
                continue;
            }
            if event.day >= self.today && !event.etag.is_empty() {
                plan.removals.push((key.clone(), event.etag.clone()));
            } else {
                // Past: the meeting stays in the calendar, as it happened.
                forgotten.push(key.clone());
            }
        }
        if !self.dry_run {
            for key in forgotten {
                self.state.events.remove(&key);
            }
        }
        Ok(plan)
    }

    fn send_events(
        &mut self,
        calendar: &str,
        plan: EventPlan,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), SyncError> {
        let mut wrote = false;
        for (key, ics, sum, day, version) in plan.writes {
            let new = version.as_deref().is_none_or(str::is_empty);
            if self.dry_run {
                if version.is_none() {
                    self.result.counts.events_created += 1;
                } else {
                    self.result.counts.events_updated += 1;
                }
                continue;
            }
            let url = self.url_of(calendar, &key);
            let precondition = match &version {
                Some(etag) if !etag.is_empty() => Precondition::Version(etag),
                _ => Precondition::Absent,
            };
            let mut written = self.client.put(
                &url,
                "text/calendar; charset=utf-8",
                ics.clone(),
                precondition,
            )?;
            if written.is_none() && new {
                // Carnet's own event is there already (a sync that stopped half-way):
                // written over, at the version it has.
                if let Some((_, etag)) = self.client.get(&url)? {
                    written = self.client.put(
                        &url,
                        "text/calendar; charset=utf-8",
                        ics,
                        Precondition::Version(&etag),
                    )?;
                }
            }
            wrote = true;
            match written {
                Some(etag) => {
                    self.state.events.insert(
                        key,
                        SyncedEvent {
                            etag,
                            digest: sum,
                            day,
                        },
                    );
                    if version.is_none() {
                        self.result.counts.events_created += 1;
                    } else {
                        self.result.counts.events_updated += 1;
                    }
                }
                None => {
                    // Changed in the calendar meanwhile: left as it is there.
                    self.result.notes.push(tr!("sync-event-changed-there"));
                }
            }
            self.step(progress);
        }
        for (key, etag) in plan.removals {
            if self.dry_run {
                self.result.counts.events_deleted += 1;
                continue;
            }
            let url = self.url_of(calendar, &key);
            if self.client.delete(&url, &etag)? {
                self.result.counts.events_deleted += 1;
            } else {
                self.result.notes.push(tr!("sync-event-changed-there"));
            }
            self.state.events.remove(&key);
            wrote = true;
            self.step(progress);
        }
        if wrote {
            let changes =
                changes_since(self.client, calendar, self.state.calendar_token.as_deref())?;
            for (key, etag) in changes.changed {
                if let Some(event) = self.state.events.get_mut(&key)
                    && event.etag.is_empty()
                {
                    event.etag = etag;
                }
            }
            self.state.calendar_token = changes.token;
        }
        Ok(())
    }
}

/// Which of the cards to review are new people (made on the phone), by address.
pub fn new_from_phone(cards: &[CardToReview]) -> usize {
    cards.iter().filter(|c| c.contact.is_none()).count()
}

/// The versions reviewed, by address: what `ReviewPhoneCards` marks.
pub fn reviewed_versions(cards: &[CardToReview]) -> BTreeMap<String, String> {
    cards
        .iter()
        .map(|c| (c.href.clone(), c.etag.clone()))
        .collect()
}

/// The change that records a sync's result in `network`: what it leaves (versions, tokens),
/// the card UIDs it gave, the people deleted on the phone (who stop going there), the
/// calendar's meetings to debrief. `None` for a dry run, or when the project's account now
/// points elsewhere (its versions belong to another collection).
pub fn result_edit(network: &Network, result: SyncResult) -> Option<crate::model::Edit> {
    use crate::model::{Contact, Edit};
    let mut project = network.project();
    let current = project.sync.as_deref()?;
    if result.dry_run || current.points_elsewhere(&result.account) {
        return None;
    }
    let unchanged = |state: &SyncState| SyncState {
        last_sync: None,
        ..state.clone()
    };
    if unchanged(&current.state) == unchanged(&result.account.state)
        && result.new_uids.is_empty()
        && result.deleted_on_phone.is_empty()
        && result.debrief.queued.is_empty()
    {
        // Nothing changed on either side: the project is not touched (no undo step, no
        // unsaved change for a sync on open).
        return None;
    }
    let mut account = current.clone();
    account.state = result.account.state;
    project.sync = Some(std::sync::Arc::new(account));
    project.calendar.extend(result.debrief.queued);
    let mut edits = vec![Edit::SetProject(Box::new(project))];
    let mut changed: BTreeMap<ContactId, Contact> = BTreeMap::new();
    for (id, uid) in result.new_uids {
        if let Some(contact) = network.contact(id) {
            changed.entry(id).or_insert_with(|| contact.clone()).uid = uid;
        }
    }
    for id in result.deleted_on_phone {
        if let Some(contact) = network.contact(id) {
            changed
                .entry(id)
                .or_insert_with(|| contact.clone())
                .on_phone = Some(false);
        }
    }
    edits.extend(changed.into_values().map(|c| Edit::PutContact(Box::new(c))));
    Some(Edit::Batch(edits))
}

/// What a card says of a person, as Carnet reads it: a server may rewrite a card (order,
/// case, folding) without changing what it says.
fn card_says(text: &str) -> Option<crate::model::Contact> {
    let parsed = crate::import::vcard::parse(text.as_bytes()).ok()?;
    let mut contact = parsed.incoming.into_iter().next()?.contact;
    contact.card_keys.clear();
    Some(contact)
}

/// Whether two cards say the same of a person.
fn same_card(a: &str, b: &str) -> bool {
    match (card_says(a), card_says(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The people who go to the address book: by their own switch, else the account's rule
/// (met in person as of `today`, everyone, or none). One rule for the sync and for what
/// the settings say leaves the computer.
pub fn shared_contacts(
    network: &Network,
    account: &SyncAccount,
    today: NaiveDate,
) -> Vec<ContactId> {
    let facts = facts_by_contact(network, today);
    network
        .contacts()
        .filter(|c| {
            let met = facts.get(&c.id).is_some_and(|f| f.met_in_person());
            account.shares(c.on_phone, met)
        })
        .map(|c| c.id)
        .collect()
}
