//! Bringing contacts in from elsewhere. Each format's parser turns a file into `Incoming`
//! people; [`ImportPlan::new`] matches them against the network (LinkedIn profile URL, then
//! email, then name and organization) and decides what is new, what only fills empty fields of
//! a contact already there, and what is skipped and why. Nothing here touches the network:
//! the plan becomes one `Edit::Batch`, so an import is one undo step.
//!
//! An import never makes anyone "met in person": it creates contacts, never encounters.

pub mod archive;
mod copy;
pub mod linkedin;
pub mod online;
mod project;
mod table;
pub mod vcard;

pub use copy::CopyMerge;
pub use online::{ArchiveFile, Named, OnlineFact, OnlineRecord};
pub use project::ProjectMerge;

use std::collections::{HashMap, HashSet};

use crate::analysis::fold;
use chrono::NaiveDate;

use crate::model::{Contact, ContactId, Edit, Job, Network, Origin, PastJob, VouchKind};

/// The kinds of file Carnet imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// LinkedIn's Connections.csv.
    LinkedIn,
    /// vCard (`.vcf`) from a phone, Google or Apple Contacts.
    VCard,
}

impl Format {
    /// Reads a file of this kind; refused when it lists more people than
    /// [`MAX_IMPORT_PEOPLE`].
    pub fn parse(self, bytes: &[u8]) -> Result<Parsed, ImportError> {
        let parsed = self.parse_any(bytes)?;
        let count = parsed.incoming.len() + parsed.skipped.len();
        if count > MAX_IMPORT_PEOPLE {
            return Err(ImportError::TooManyPeople {
                count,
                limit: MAX_IMPORT_PEOPLE,
            });
        }
        Ok(parsed)
    }

    fn parse_any(self, bytes: &[u8]) -> Result<Parsed, ImportError> {
        match self {
            // LinkedIn's whole archive, or one of its CSV files alone.
            Self::LinkedIn if archive::is_zip(bytes) => {
                parse_linkedin_files(archive::linkedin_files(bytes)?)
            }
            Self::LinkedIn => match ArchiveFile::of_text(&text_of(bytes)?) {
                Some(file) if file != ArchiveFile::Connections => {
                    parse_linkedin_files(vec![(file, bytes.to_vec())])
                }
                _ => linkedin::parse(bytes),
            },
            Self::VCard => vcard::parse(bytes),
        }
    }

    /// What the menu and the dialog call it.
    pub fn label(self) -> String {
        match self {
            Self::LinkedIn => crate::tr!("import-format-linkedin"),
            Self::VCard => crate::tr!("format-vcard"),
        }
    }

    /// The extensions the file dialog offers (LinkedIn: the CSV or the whole archive).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::LinkedIn => &["csv", "zip"],
            Self::VCard => &["vcf"],
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::LinkedIn => "csv",
            Self::VCard => "vcf",
        }
    }
}

/// A person read from a file, with the line it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The person as the file describes them (the id is meaningless).
    pub contact: Contact,
    /// The line of the file, from 1.
    pub line: usize,
}

/// A row or card left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The line of the file, from 1.
    pub line: usize,
    /// Why, in words.
    pub reason: String,
}

/// What a parser read from a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The people read.
    pub incoming: Vec<Incoming>,
    /// What was left out.
    pub skipped: Vec<Skipped>,
    /// What LinkedIn's archive tells of ties online (messages, invitations, vouches).
    pub online: Vec<OnlineRecord>,
    /// The files of LinkedIn's archive read, with their rows (empty for a single file).
    pub files_read: Vec<(ArchiveFile, usize)>,
    /// What the reader assumed and the user should know (an encoding guessed).
    pub notes: Vec<String>,
    /// The owner's own posts and comments online (`Shares.csv`, `Comments.csv`).
    pub posts: Vec<crate::model::OwnPost>,
}

/// Reads the files of LinkedIn's archive (from the zip, or loose from one folder). Only
/// Connections.csv is needed; another file that cannot be read is reported, and the rest
/// is read.
pub fn parse_linkedin_files(files: Vec<(ArchiveFile, Vec<u8>)>) -> Result<Parsed, ImportError> {
    let mut parsed = Parsed::default();
    for (file, bytes) in files {
        if file == ArchiveFile::Connections {
            let connections = linkedin::parse(&bytes)?;
            parsed
                .files_read
                .push((file, connections.incoming.len() + connections.skipped.len()));
            parsed.incoming.extend(connections.incoming);
            parsed.skipped.extend(connections.skipped);
            continue;
        }
        match online::parse(file, &bytes) {
            Ok(read) => {
                let lines: HashSet<usize> = read.records.iter().map(|r| r.line).collect();
                parsed
                    .files_read
                    .push((file, lines.len() + read.posts.len()));
                parsed.posts.extend(read.posts);
                parsed.online.extend(read.records);
                parsed.skipped.extend(read.skipped);
            }
            Err(error) => parsed.skipped.push(Skipped {
                line: 0,
                reason: crate::tr!(
                    "import-file-not-read",
                    file = file.file_name(),
                    error = error.to_string()
                ),
            }),
        }
    }
    Ok(parsed)
}

/// Why a file cannot be imported at all. The network is untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in it.
    Empty,
    /// Binary data: an image or a document renamed.
    NotText,
    /// Text, but not UTF-8.
    NotUtf8(usize),
    /// No `BEGIN:VCARD` anywhere.
    NoCards,
    /// A zip archive that is not a readable LinkedIn export.
    Archive(String),
    /// A file of LinkedIn's archive without the columns LinkedIn writes in it.
    NoArchiveHeader(&'static str),
    /// A CSV without the columns the format needs.
    NoHeader {
        /// The columns looked for.
        expected: &'static str,
    },
    /// More people than any real export lists.
    TooManyPeople {
        /// How many the file lists.
        count: usize,
        /// The most one import brings.
        limit: usize,
    },
    /// The file says it is in this encoding, and it is not.
    NotInEncoding(&'static str),
    /// Larger than any address book or export a person has: refused before it is read.
    TooLarge {
        /// Its size, in bytes.
        size: u64,
        /// The largest file an import reads, in bytes.
        limit: u64,
    },
}

/// The most people one import brings: LinkedIn caps connections at 30,000, and an address
/// book of 100,000 cards is already a company's (a 7 MB archive of 600,000 rows made a
/// 310 MB project Carnet could not open again).
pub const MAX_IMPORT_PEOPLE: usize = 100_000;

/// The largest CSV or vCard file an import reads (LinkedIn's export of 30,000 connections is
/// a few MB; an address book of 10,000 cards with photos, tens of MB).
pub const MAX_IMPORT_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Checks that bytes are text and returns them without a byte-order mark: UTF-8, or UTF-16
/// when a byte-order mark says so (Excel's "Unicode text" CSV).
pub fn text_of(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, ImportError> {
    if let Some(text) = utf16_text(bytes)? {
        return Ok(std::borrow::Cow::Owned(text));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ImportError::NotText);
    }
    std::str::from_utf8(bytes)
        .map(std::borrow::Cow::Borrowed)
        .map_err(|e| ImportError::NotUtf8(e.valid_up_to()))
}

/// The text of a file that begins with a UTF-16 byte-order mark; `None` without one.
fn utf16_text(bytes: &[u8]) -> Result<Option<String>, ImportError> {
    let (rest, little_endian) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return Ok(None),
    };
    let units: Vec<u16> = rest
        .chunks_exact(2)
        .map(|pair| {
            let pair = [pair[0], pair.get(1).copied().unwrap_or(0)];
            if little_endian {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        })
        .collect();
    if rest.len() % 2 != 0 {
        return Err(ImportError::NotInEncoding("UTF-16"));
    }
    let text = String::from_utf16(&units).map_err(|_| ImportError::NotInEncoding("UTF-16"))?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Some(text))
}

/// A LinkedIn profile URL reduced to what identifies it: lower case, no scheme, no `www.`,
/// no query or fragment, no trailing slash.
pub fn normalize_profile_url(url: &str) -> String {
    crate::model::bare_profile_link(url).to_lowercase()
}

/// How an incoming person was matched to a contact already in the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    /// The same vCard: its UID, or the same card read before.
    Uid,
    /// The same LinkedIn profile.
    ProfileUrl,
    /// The same email address.
    Email,
    /// The same name at the same organization.
    NameAndOrganization,
    /// The same name, where one of the two has no organization to tell them apart (and
    /// nobody else has that name).
    Name,
}

impl MatchedBy {
    /// In words.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Uid => "matched-card",
            Self::ProfileUrl => "likeness-profile",
            Self::Email => "likeness-email",
            Self::NameAndOrganization => "matched-name-organization",
            Self::Name => "likeness-name",
        })
    }
}

/// A contact already in the network that an incoming person matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Matched {
    /// The contact with the empty fields filled.
    pub contact: Contact,
    /// How they were matched.
    pub by: MatchedBy,
    /// The fields filled (empty when the contact already had everything).
    pub filled: Vec<&'static str>,
    /// Whether the import rewrites more than empty fields: a new job, a flag cleared.
    pub rewritten: bool,
}

/// Someone whose organization or role changed since the last LinkedIn import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobChange {
    /// Their place in [`ImportPlan::matched`].
    pub matched: usize,
    /// Their name.
    pub name: String,
    /// The job they had (it goes to their past jobs).
    pub from: Job,
    /// The job the export shows.
    pub to: Job,
}

/// Someone whose organization or role the owner typed, and what the export says instead:
/// the owner's is kept unless [`ImportPlan::take_theirs`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptYours {
    /// Their place in [`ImportPlan::matched`].
    pub matched: usize,
    /// Their name.
    pub name: String,
    /// What the owner wrote.
    pub yours: Job,
    /// What the export says.
    pub theirs: Job,
}

/// A LinkedIn connection of the project that this export no longer lists: kept, flagged.
#[derive(Clone, Debug, PartialEq)]
pub struct Missing {
    /// The contact as it is.
    pub contact: Contact,
    /// Whether the archive's other files add to their ties online (written even when the
    /// missing are not flagged).
    pub online_added: bool,
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// New contacts (ids are given when the plan becomes an edit).
    pub added: Vec<Contact>,
    /// Contacts already there.
    pub matched: Vec<Matched>,
    /// What was left out, and why.
    pub skipped: Vec<Skipped>,
    /// People whose job changed since the last LinkedIn import.
    pub job_changes: Vec<JobChange>,
    /// Jobs the owner typed that the export contradicts (kept unless `take_theirs`).
    pub kept_yours: Vec<KeptYours>,
    /// LinkedIn connections no longer in this export (a LinkedIn export only).
    pub missing: Vec<Missing>,
    /// Whether to flag `missing` as no longer in the export. Off when most connections are
    /// missing: that looks like a partial export (the preview asks).
    pub flag_missing: bool,
    /// Whether this export looks partial: more than half of the project's LinkedIn
    /// connections, and at least [`PARTIAL_EXPORT_FROM`], are missing from it.
    pub looks_partial: bool,
    /// How many of the project's LinkedIn connections this export lists.
    pub connections_listed: usize,
    /// Whether to take the export's job over the owner's for `kept_yours` (the preview's
    /// choice); the owner's goes to the past jobs, so nothing is lost.
    pub take_theirs: bool,
    /// The day the import is applied: past jobs end then, missing people are flagged then.
    pub as_of: Option<NaiveDate>,
    /// What the archive's other files add to ties online.
    pub online: OnlineNews,
    /// Contacts outside this export whose ties online the archive adds to (a person met in
    /// person whom I message, not a connection).
    pub online_updates: Vec<Contact>,
    /// The files of LinkedIn's archive read, with their rows.
    pub files_read: Vec<(ArchiveFile, usize)>,
    /// What the reader assumed and the user should know (an encoding guessed).
    pub notes: Vec<String>,
    /// The owner's posts and comments once the import is applied, when it adds some.
    pub posts_after: Option<std::sync::Arc<Vec<crate::model::OwnPost>>>,
}

/// What the archive's other files add: only what is new (a re-import adds nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OnlineNews {
    /// Days of messages added.
    pub message_days: usize,
    /// People with days of messages added.
    pub people_messaged: usize,
    /// Invitation notes kept as "how we connected".
    pub invitations: usize,
    /// Recommendations received.
    pub recommendations: usize,
    /// Endorsements received.
    pub endorsements: usize,
    /// People the files name who are not in the project (not added: only connections are).
    pub not_in_project: usize,
    /// The owner's own posts and comments added.
    pub posts: usize,
}

impl OnlineNews {
    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.message_days == 0
            && self.invitations == 0
            && self.recommendations == 0
            && self.endorsements == 0
            && self.posts == 0
    }

    /// "40 days of messages with 12 people, 3 invitation notes, 2 recommendations,
    /// 9 endorsements".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.message_days > 0 {
            parts.push(crate::tr!(
                "news-messages",
                days = self.message_days,
                people = self.people_messaged
            ));
        }
        for (id, count) in [
            ("news-invitations", self.invitations),
            ("news-recommendations", self.recommendations),
            ("news-endorsements", self.endorsements),
            ("news-posts", self.posts),
        ] {
            if count > 0 {
                parts.push(crate::tr!(id, count = count));
            }
        }
        parts.join(", ")
    }
}

/// Where an online fact goes: a contact the plan adds, one it already changes, one it flags
/// as missing, or one it changes only for this.
#[derive(Clone, Copy)]
enum Target {
    Added(usize),
    Matched(usize),
    Missing(usize),
    Other(usize),
}

/// Missing connections from which an export where most are missing looks partial. Few: a
/// real export rarely loses more than a couple of connections at once, and a small test
/// export into a small project (2 connections into the demo's 17) must not flag the rest.
pub const PARTIAL_EXPORT_FROM: usize = 5;

/// Where to look a person up.
#[derive(Default)]
struct Index {
    uid: HashMap<String, Slot>,
    /// Each vCard imported before, by its key ([`Contact::card_keys`]).
    card: HashMap<String, Slot>,
    url: HashMap<String, Slot>,
    email: HashMap<String, Slot>,
    name_org: HashMap<String, Slot>,
    /// Each folded name: the one person with it and whether they have an organization, or
    /// `None` when several people share it.
    name: HashMap<String, Option<(Slot, bool)>>,
    /// Each person's LinkedIn profile: two different profiles are two people, whatever else
    /// they share.
    profile: HashMap<Slot, String>,
}

/// A contact of the network, or one this import adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Existing(ContactId),
    Added(usize),
}

fn name_key(contact: &Contact) -> Option<String> {
    let name = fold(contact.name.trim());
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

fn has_organization(contact: &Contact) -> bool {
    !contact.organization.trim().is_empty()
}

fn name_org_key(contact: &Contact) -> Option<String> {
    key_of_name_at(&contact.name, &contact.organization)
}

/// A name at an organization, folded; `None` when either is empty.
fn key_of_name_at(name: &str, organization: &str) -> Option<String> {
    let (name, org) = (fold(name.trim()), fold(organization.trim()));
    (!name.is_empty() && !org.is_empty()).then(|| format!("{name}\u{1f}{org}"))
}

impl Index {
    fn add(&mut self, contact: &Contact, slot: Slot) {
        for key in &contact.card_keys {
            self.card.entry(key.clone()).or_insert(slot);
        }
        if !contact.uid.trim().is_empty() {
            self.uid
                .entry(contact.uid.trim().to_owned())
                .or_insert(slot);
        }
        for link in &contact.links {
            if link.to_lowercase().contains("linkedin.com/") {
                self.url.entry(normalize_profile_url(link)).or_insert(slot);
            }
        }
        if let Some(url) = contact.linkedin_url() {
            self.profile
                .entry(slot)
                .or_insert_with(|| normalize_profile_url(url));
        }
        for email in &contact.emails {
            self.email
                .entry(email.trim().to_lowercase())
                .or_insert(slot);
        }
        if let Some(key) = name_org_key(contact) {
            self.name_org.entry(key).or_insert(slot);
        }
        // Where they worked before also tells them apart: an old card from a former job
        // is the same person.
        for past in &contact.past_jobs {
            if let Some(key) = key_of_name_at(&contact.name, &past.job.organization) {
                self.name_org.entry(key).or_insert(slot);
            }
        }
        if let Some(key) = name_key(contact) {
            self.name
                .entry(key)
                .and_modify(|only| *only = None)
                .or_insert(Some((slot, has_organization(contact))));
        }
    }

    fn find(&self, contact: &Contact) -> Option<(Slot, MatchedBy)> {
        // The same card read before goes where it went then, whoever came in between.
        let by_card = contact
            .card_keys
            .iter()
            .find_map(|key| self.card.get(key))
            .map(|s| (*s, MatchedBy::Uid));
        let by_uid = || {
            self.uid
                .get(contact.uid.trim())
                .map(|s| (*s, MatchedBy::Uid))
        };
        let by_url = || {
            contact
                .links
                .iter()
                .find_map(|l| self.url.get(&normalize_profile_url(l)))
                .map(|s| (*s, MatchedBy::ProfileUrl))
        };
        let by_email = || {
            contact
                .emails
                .iter()
                .find_map(|e| self.email.get(&e.trim().to_lowercase()))
                .map(|s| (*s, MatchedBy::Email))
        };
        let by_name = || {
            name_org_key(contact)
                .and_then(|k| self.name_org.get(&k))
                .map(|s| (*s, MatchedBy::NameAndOrganization))
        };
        let by_name_alone = || {
            let (slot, other_has_org) = (*self.name.get(&name_key(contact)?)?)?;
            (!other_has_org || !has_organization(contact)).then_some((slot, MatchedBy::Name))
        };
        // A match on anything but the profile is refused when both have a profile and the
        // two differ: namesakes at one company, with their own profiles, are two people.
        let incoming = contact.linkedin_url().map(normalize_profile_url);
        let same_profile = |found: &(Slot, MatchedBy)| match (&incoming, self.profile.get(&found.0))
        {
            (Some(theirs), Some(ours)) => theirs == ours,
            _ => true,
        };
        by_card
            .or_else(by_uid)
            .or_else(by_url)
            .or_else(|| by_email().filter(same_profile))
            .or_else(|| by_name().filter(same_profile))
            .or_else(|| by_name_alone().filter(same_profile))
    }
}

/// Fills `into`'s empty fields from `from`; returns the names of the fields filled.
/// The names of fields filled, in the interface's language ("organization, emails").
pub fn filled_fields(filled: &[&str]) -> String {
    filled
        .iter()
        .map(|id| crate::text::i18n::tr(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An email or a phone as two writings of it compare: case and everything but digits and
/// letters left out.
fn comparable(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '@')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Fills `into`'s empty fields from `from`, and adds the emails and phones it lacks; the
/// message ids of the fields filled.
fn fill_empty(into: &mut Contact, from: &Contact) -> Vec<&'static str> {
    let mut filled = Vec::new();
    if into.uid.trim().is_empty() && !from.uid.trim().is_empty() {
        into.uid = from.uid.trim().to_owned();
        filled.push("filled-vcard-uid");
    }
    if into.organization.trim().is_empty() && !from.organization.trim().is_empty() {
        into.organization = from.organization.clone();
        filled.push("filled-organization");
    }
    if into.role.trim().is_empty() && !from.role.trim().is_empty() {
        into.role = from.role.clone();
        filled.push("filled-role");
    }
    // Emails and phones the contact lacks are added, never lost: a second address is how
    // the same card is recognized next time.
    for (list, incoming, first, more) in [
        (
            &mut into.emails,
            &from.emails,
            "filled-emails",
            "filled-more-emails",
        ),
        (
            &mut into.phones,
            &from.phones,
            "filled-phones",
            "filled-more-phones",
        ),
    ] {
        let had_some = !list.is_empty();
        let known: std::collections::HashSet<String> = list.iter().map(|v| comparable(v)).collect();
        let mut added = false;
        for value in incoming {
            if !known.contains(&comparable(value)) && !list.contains(value) {
                list.push(value.clone());
                added = true;
            }
        }
        if added {
            filled.push(if had_some { more } else { first });
        }
    }
    for key in &from.card_keys {
        if !into.card_keys.contains(key) {
            into.card_keys.push(key.clone());
        }
    }
    if into.linkedin_url().is_none()
        && let Some(url) = from.linkedin_url()
    {
        into.links.push(url.to_owned());
        filled.push("filled-linkedin-profile");
    }
    if into.tags.is_empty() && !from.tags.is_empty() {
        into.tags = from.tags.clone();
        filled.push("filled-tags");
    }
    if into.notes.trim().is_empty() && !from.notes.trim().is_empty() {
        into.notes = from.notes.clone();
        filled.push("filled-notes");
    }
    if let (Origin::LinkedIn(None), Origin::LinkedIn(Some(date))) = (&into.origin, &from.origin) {
        into.origin = Origin::LinkedIn(Some(*date));
        filled.push("filled-connection-date");
    }
    filled
}

impl ImportPlan {
    /// Matches what was read against `network`. People matched twice in one file (the same
    /// profile on two rows) are counted once.
    pub fn new(network: &Network, parsed: Parsed) -> Self {
        Self::matching(network, parsed, true).0
    }

    /// The plan, and where each incoming person went: a contact of the network, or one of
    /// the plan's new contacts. With `within_file`, two incoming people who match each
    /// other are one person (a file listing someone twice); without, they stay two (a
    /// project's records are distinct people even when they look alike).
    fn matching(network: &Network, parsed: Parsed, within_file: bool) -> (Self, Vec<Slot>) {
        let mut index = Index::default();
        for contact in network.contacts() {
            index.add(contact, Slot::Existing(contact.id));
        }
        let mut plan = Self {
            skipped: parsed.skipped,
            notes: parsed.notes,
            ..Self::default()
        };
        // A LinkedIn export lists every connection: who it leaves out has left it.
        let linkedin_export = !parsed.incoming.is_empty()
            && parsed
                .incoming
                .iter()
                .all(|i| matches!(i.contact.origin, Origin::LinkedIn(_)));
        let mut slots = Vec::with_capacity(parsed.incoming.len());
        let mut matched_at: HashMap<ContactId, usize> = HashMap::new();
        for Incoming { contact, line } in parsed.incoming {
            match index.find(&contact) {
                Some((Slot::Existing(id), by)) => {
                    slots.push(Slot::Existing(id));
                    let slot = match matched_at.get(&id) {
                        Some(&i) => i,
                        None => {
                            let Some(existing) = network.contact(id) else {
                                continue;
                            };
                            plan.matched.push(Matched {
                                contact: existing.clone(),
                                by,
                                filled: Vec::new(),
                                rewritten: false,
                            });
                            matched_at.insert(id, plan.matched.len() - 1);
                            plan.matched.len() - 1
                        }
                    };
                    let job_before = plan.matched.get(slot).map(|m| Job::of(&m.contact));
                    if let Some(matched) = plan.matched.get_mut(slot) {
                        let cards_before = matched.contact.card_keys.len();
                        let filled = fill_empty(&mut matched.contact, &contact);
                        matched.filled.extend(filled);
                        // A card matched for the first time is remembered with its person.
                        if matched.contact.card_keys.len() > cards_before {
                            matched.rewritten = true;
                        }
                    }
                    if within_file
                        && let (Origin::LinkedIn(_), Some(before)) = (&contact.origin, job_before)
                    {
                        plan.compare_job(slot, &before, &contact);
                    }
                }
                Some((Slot::Added(i), _)) => {
                    slots.push(Slot::Added(i));
                    if let Some(added) = plan.added.get_mut(i) {
                        fill_empty(added, &contact);
                    }
                    plan.skipped.push(Skipped {
                        line,
                        reason: crate::tr!("import-twice-in-file", name = contact.name.as_str()),
                    });
                }
                None => {
                    let mut contact = contact;
                    if matches!(contact.origin, Origin::LinkedIn(_))
                        && !Job::of(&contact).is_empty()
                    {
                        // What LinkedIn said: a later change by hand is then told apart.
                        contact.linkedin_job = Some(Job::of(&contact));
                    }
                    slots.push(Slot::Added(plan.added.len()));
                    if within_file {
                        index.add(&contact, Slot::Added(plan.added.len()));
                    }
                    plan.added.push(contact);
                }
            }
        }
        if within_file && linkedin_export {
            plan.find_missing(network, &matched_at);
        }
        if within_file {
            plan.files_read = parsed.files_read;
            plan.add_online(network, &index, &matched_at, parsed.online);
            plan.posts_after = network.posts_with(&parsed.posts);
            plan.online.posts = plan
                .posts_after
                .as_ref()
                .map_or(0, |after| after.len().saturating_sub(network.posts.len()));
        }
        (plan, slots)
    }

    /// A LinkedIn row for the contact matched at `slot`, whose job was `before`: a new job
    /// is recorded (the old one goes to the past jobs), unless the owner typed the job, which
    /// is kept and the export's offered.
    fn compare_job(&mut self, slot: usize, before: &Job, incoming: &Contact) {
        let Some(matched) = self.matched.get_mut(slot) else {
            return;
        };
        let theirs = Job::of(incoming);
        if theirs.is_empty() {
            return;
        }
        if before.is_empty() {
            // Filled from the export: remember what LinkedIn said.
            matched.contact.linkedin_job = Some(theirs);
            return;
        }
        if before.same_as(&theirs) {
            return;
        }
        let typed = match &matched.contact.linkedin_job {
            Some(said) => !said.same_as(before),
            // Imported before Carnet kept what LinkedIn said: a LinkedIn contact's job came
            // from LinkedIn; anyone else's was typed.
            None => !matches!(matched.contact.origin, Origin::LinkedIn(_)),
        };
        let name = matched.contact.name.clone();
        if typed {
            self.kept_yours.push(KeptYours {
                matched: slot,
                name,
                yours: before.clone(),
                theirs,
            });
            return;
        }
        matched
            .contact
            .move_to_job(&theirs, PastJob::FROM_LINKEDIN, None);
        matched.contact.linkedin_job = Some(theirs.clone());
        matched.rewritten = true;
        self.job_changes.push(JobChange {
            matched: slot,
            name,
            from: before.clone(),
            to: theirs,
        });
    }

    /// After a LinkedIn export: the project's LinkedIn connections it does not list are
    /// missing (flagged, never deleted), and those listed again lose their flag.
    fn find_missing(&mut self, network: &Network, matched_at: &HashMap<ContactId, usize>) {
        for matched in &mut self.matched {
            if matched.contact.left_linkedin_export.take().is_some() {
                matched.rewritten = true;
            }
        }
        let mut listed = 0;
        for contact in network.contacts() {
            if matches!(contact.origin, Origin::LinkedIn(_))
                && contact.linkedin_url().is_some()
                && contact.left_linkedin_export.is_none()
            {
                if matched_at.contains_key(&contact.id) {
                    listed += 1;
                } else {
                    self.missing.push(Missing {
                        contact: contact.clone(),
                        online_added: false,
                    });
                }
            }
        }
        self.connections_listed = listed;
        self.looks_partial = self.looks_partial(listed);
        self.flag_missing = !self.looks_partial;
    }

    /// Whether an export that lists `listed` of the project's LinkedIn connections, and not
    /// [`Self::missing`], looks partial: more than half of a sizeable list gone at once.
    fn looks_partial(&self, listed: usize) -> bool {
        self.missing.len() >= PARTIAL_EXPORT_FROM && self.missing.len() > listed
    }

    /// The archive's facts about ties online, each given to the person it names (profile
    /// first, then name): only what is new counts, and nobody is added for it.
    fn add_online(
        &mut self,
        network: &Network,
        index: &Index,
        matched_at: &HashMap<ContactId, usize>,
        records: Vec<OnlineRecord>,
    ) {
        let missing_at: HashMap<ContactId, usize> = self
            .missing
            .iter()
            .enumerate()
            .map(|(i, m)| (m.contact.id, i))
            .collect();
        let mut other_at: HashMap<ContactId, usize> = HashMap::new();
        let mut messaged: HashSet<(bool, u64)> = HashSet::new();
        let mut vouches_known: HashMap<(bool, u64), HashSet<(VouchKind, String)>> = HashMap::new();
        let mut strangers: HashSet<String> = HashSet::new();
        for record in records {
            let mut probe = Contact::new(ContactId(0), record.who.name.clone());
            probe.organization.clone_from(&record.who.organization);
            probe.links.extend(record.who.profile.clone());
            let target = match index.find(&probe) {
                Some((Slot::Added(i), _)) => Target::Added(i),
                Some((Slot::Existing(id), _)) => {
                    if let Some(&i) = matched_at.get(&id) {
                        Target::Matched(i)
                    } else if let Some(&i) = missing_at.get(&id) {
                        Target::Missing(i)
                    } else if let Some(&i) = other_at.get(&id) {
                        Target::Other(i)
                    } else if let Some(contact) = network.contact(id) {
                        self.online_updates.push(contact.clone());
                        other_at.insert(id, self.online_updates.len() - 1);
                        Target::Other(self.online_updates.len() - 1)
                    } else {
                        continue;
                    }
                }
                None => {
                    // The owner, named on their own side of a message, is no stranger.
                    let key = probe
                        .linkedin_url()
                        .map_or_else(|| fold(&probe.name), normalize_profile_url);
                    if key != fold(&network.me.name) {
                        strangers.insert(key);
                    }
                    continue;
                }
            };
            let contact = match target {
                Target::Added(i) => self.added.get_mut(i),
                Target::Matched(i) => self.matched.get_mut(i).map(|m| &mut m.contact),
                Target::Missing(i) => self.missing.get_mut(i).map(|m| &mut m.contact),
                Target::Other(i) => self.online_updates.get_mut(i),
            };
            let Some(contact) = contact else {
                continue;
            };
            let person = match target {
                Target::Added(i) => (true, i as u64),
                _ => (false, contact.id.0),
            };
            let news = &mut self.online;
            let added = match record.fact {
                OnlineFact::Message(day) => {
                    let added = contact.online.add_message_day(day);
                    if added {
                        news.message_days += 1;
                        if messaged.insert(person) {
                            news.people_messaged += 1;
                        }
                    }
                    added
                }
                OnlineFact::Invitation(invitation) => {
                    let added = contact.online.set_invitation(invitation);
                    news.invitations += usize::from(added);
                    added
                }
                OnlineFact::Vouch(vouch) => {
                    let kind = vouch.kind;
                    // One person can endorse 200,000 times: a set of what is known keeps
                    // the archive's read linear.
                    let known = vouches_known
                        .entry(person)
                        .or_insert_with(|| contact.online.vouch_keys());
                    let added = contact.online.add_vouch_known(vouch, known);
                    match kind {
                        VouchKind::Recommendation => news.recommendations += usize::from(added),
                        VouchKind::Endorsement => news.endorsements += usize::from(added),
                    }
                    added
                }
            };
            match target {
                Target::Matched(i) if added => {
                    if let Some(matched) = self.matched.get_mut(i) {
                        matched.rewritten = true;
                    }
                }
                Target::Missing(i) if added => {
                    if let Some(missing) = self.missing.get_mut(i) {
                        missing.online_added = true;
                    }
                }
                _ => {}
            }
        }
        self.online.not_in_project = strangers.len();
        // Only the contacts the archive changed are written.
        self.online_updates.retain(|c| {
            network
                .contact(c.id)
                .is_none_or(|old| old.online != c.online)
        });
    }

    /// The plan applied on `day`: past jobs end then, missing people are flagged as of then.
    #[must_use]
    pub fn as_of(mut self, day: NaiveDate) -> Self {
        self.as_of = Some(day);
        self
    }

    /// The contacts whose fields the import fills.
    pub fn updated(&self) -> impl Iterator<Item = &Matched> {
        self.matched.iter().filter(|m| !m.filled.is_empty())
    }

    /// Whether applying would change nothing.
    pub fn changes_nothing(&self) -> bool {
        self.added.is_empty()
            && self.updated().next().is_none()
            && !self.matched.iter().any(|m| m.rewritten)
            && (self.missing.is_empty() || self.as_of.is_none() || !self.flag_missing)
            && !self.missing.iter().any(|m| m.online_added)
            && (self.kept_yours.is_empty() || !self.take_theirs)
            && self.online_updates.is_empty()
            && self.posts_after.is_none()
    }

    /// The edit that applies the plan, with fresh ids from `allocate`; `None` when it changes
    /// nothing.
    pub fn into_edit(self, mut allocate: impl FnMut() -> ContactId) -> Option<Edit> {
        let mut edits: Vec<Edit> = Vec::new();
        for mut contact in self.added {
            contact.id = allocate();
            if contact.linkedin_job.is_some() {
                contact.job_since = contact.job_since.or(self.as_of);
            }
            edits.push(Edit::PutContact(Box::new(contact)));
        }
        let mut matched = self.matched;
        if self.take_theirs {
            for kept in &self.kept_yours {
                if let Some(m) = matched.get_mut(kept.matched) {
                    // The owner's job goes to the past jobs: nothing typed is lost.
                    m.contact
                        .move_to_job(&kept.theirs, PastJob::TYPED_BY_HAND, None);
                    m.contact.linkedin_job = Some(kept.theirs.clone());
                    m.rewritten = true;
                }
            }
        }
        for mut m in matched {
            if m.filled.is_empty() && !m.rewritten {
                continue;
            }
            // A job left in this import ends today, and the new one starts being seen today.
            let mut moved = false;
            for past in &mut m.contact.past_jobs {
                if past.until.is_none() {
                    past.until = self.as_of;
                    moved = true;
                }
            }
            if moved && m.contact.job_since.is_none() {
                m.contact.job_since = self.as_of;
            }
            edits.push(Edit::PutContact(Box::new(m.contact)));
        }
        for contact in self.online_updates {
            edits.push(Edit::PutContact(Box::new(contact)));
        }
        for missing in self.missing {
            let mut contact = missing.contact;
            let flag = self.as_of.filter(|_| self.flag_missing);
            if flag.is_none() && !missing.online_added {
                continue;
            }
            if flag.is_some() {
                contact.left_linkedin_export = flag;
            }
            edits.push(Edit::PutContact(Box::new(contact)));
        }
        if let Some(posts) = self.posts_after {
            edits.push(Edit::SetPosts(posts));
        }
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }

    /// The report printed by the command line and shown before applying.
    pub fn report(&self) -> String {
        use crate::tr;
        let mut lines = Vec::new();
        if self.files_read.len() > 1 {
            let files: Vec<String> = self
                .files_read
                .iter()
                .map(|(file, rows)| tr!("preview-file-rows", file = file.file_name(), rows = *rows))
                .collect();
            lines.push(tr!("report-read", files = files.join(", ")));
        }
        let mut summary = tr!(
            "report-summary",
            added = self.added.len(),
            matched = self.matched.len(),
            updated = self.updated().count(),
            skipped = self.skipped.len()
        );
        if !self.job_changes.is_empty() || !self.missing.is_empty() {
            summary = tr!(
                "report-and",
                first = summary,
                second = tr!(
                    "report-linkedin",
                    jobs = self.job_changes.len(),
                    missing = self.missing.len()
                )
            );
        }
        if !self.online.is_empty() {
            summary = tr!(
                "report-and",
                first = summary,
                second = tr!("report-online", news = self.online.describe())
            );
        }
        lines.push(summary);
        lines.extend(self.notes.iter().cloned());
        let mut detail = |line: String| lines.push(format!("  {line}"));
        for change in &self.job_changes {
            detail(tr!(
                "report-new-job",
                name = change.name.as_str(),
                was = change.from.describe(),
                now = change.to.describe()
            ));
        }
        if self.looks_partial && !self.flag_missing {
            detail(tr!(
                "report-partial",
                listed = self.connections_listed,
                total = self.connections_listed + self.missing.len(),
                missing = self.missing.len()
            ));
        }
        for missing in &self.missing {
            detail(tr!("report-missing", name = missing.contact.name.as_str()));
        }
        for kept in &self.kept_yours {
            detail(tr!(
                "report-kept",
                name = kept.name.as_str(),
                yours = kept.yours.describe(),
                theirs = kept.theirs.describe()
            ));
        }
        for matched in self.updated() {
            detail(tr!(
                "report-matched",
                name = matched.contact.name.as_str(),
                by = matched.by.label(),
                fields = filled_fields(&matched.filled)
            ));
        }
        for skipped in &self.skipped {
            detail(tr!(
                "report-skipped",
                line = skipped.line,
                reason = skipped.reason.as_str()
            ));
        }
        lines.join("\n")
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Empty => tr!("import-empty"),
            Self::NotText => tr!("import-not-text"),
            Self::NotUtf8(byte) => tr!("import-not-utf8", byte = *byte),
            Self::NoCards => tr!("import-no-cards"),
            Self::Archive(why) => tr!("import-archive", why = why.as_str()),
            Self::NoArchiveHeader(file) => tr!("import-no-archive-header", file = *file),
            Self::NoHeader { expected } => tr!("import-no-header", expected = *expected),
            Self::TooManyPeople { count, limit } => {
                tr!("import-too-many-people", count = *count, limit = *limit)
            }
            Self::NotInEncoding(encoding) => tr!("import-not-in-encoding", encoding = *encoding),
            Self::TooLarge { size, limit } => tr!(
                "import-too-large",
                size = size.to_string(),
                limit = limit.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}
