//! The other files of LinkedIn's archive, read for what they tell of each tie online:
//! `messages.csv` (the days we wrote to each other), `Invitations.csv` (the invitation's note,
//! "how we connected"), `Recommendations_Received.csv` and `Endorsement_Received_Info.csv`
//! ("vouches for me online"). Columns are found by name, and each file's known variants read
//! the same: today's headers, older ones, columns in another order or missing.
//!
//! People are named as the files name them: a profile URL where the file has one, else a name
//! (and a company for recommendations). The import plan matches them to contacts, profile
//! first, as it does connections.

use std::collections::HashMap;

use super::linkedin::parse_date;
use super::table::{Row, Table, field};
use super::{ImportError, Skipped, text_of};
use crate::analysis::fold;
use crate::model::{Invitation, OwnPost, PostKind, Vouch, VouchKind};

/// The files of LinkedIn's archive that Carnet reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchiveFile {
    /// `Connections.csv`: who I am connected to.
    Connections,
    /// `messages.csv`: the messages.
    Messages,
    /// `Invitations.csv`: invitations sent and received.
    Invitations,
    /// `Recommendations_Received.csv`.
    Recommendations,
    /// `Endorsement_Received_Info.csv`.
    Endorsements,
    /// `Shares.csv`: the owner's own posts and shares.
    Shares,
    /// `Comments.csv`: the owner's comments on posts.
    Comments,
}

impl ArchiveFile {
    /// Every file read, connections first.
    pub const ALL: [Self; 7] = [
        Self::Connections,
        Self::Messages,
        Self::Invitations,
        Self::Recommendations,
        Self::Endorsements,
        Self::Shares,
        Self::Comments,
    ];

    /// The file's name in the archive.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Connections => "Connections.csv",
            Self::Messages => "messages.csv",
            Self::Invitations => "Invitations.csv",
            Self::Recommendations => "Recommendations_Received.csv",
            Self::Endorsements => "Endorsement_Received_Info.csv",
            Self::Shares => "Shares.csv",
            Self::Comments => "Comments.csv",
        }
    }

    /// The file a path names, by its base name (any case, any folder).
    pub fn named(path: &str) -> Option<Self> {
        let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
        Self::ALL
            .into_iter()
            .find(|file| base.eq_ignore_ascii_case(file.file_name()))
    }

    /// Which file a CSV is, from its header (a loose file may have been renamed): the first
    /// line that is some file's header says which.
    pub fn of_text(text: &str) -> Option<Self> {
        // Most specific first: a recommendation's header also names a first and last name.
        let order = [
            Self::Shares,
            Self::Comments,
            Self::Endorsements,
            Self::Recommendations,
            Self::Invitations,
            Self::Messages,
            Self::Connections,
        ];
        text.lines().find_map(|line| {
            let line = line.to_lowercase();
            order.into_iter().find(|file| file.header_test()(&line))
        })
    }

    /// Whether a line, in lower case, is this file's header.
    fn header_test(self) -> fn(&str) -> bool {
        match self {
            Self::Connections => super::linkedin::is_connections_header,
            Self::Messages => |line| {
                (line.contains("from") || line.contains("sender"))
                    && line.contains("date")
                    && (line.contains("content") || line.contains("conversation"))
            },
            Self::Invitations => |line| {
                line.contains("from")
                    && line.contains("to")
                    && (line.contains("sent at") || line.contains("invit"))
            },
            Self::Recommendations => |line| {
                line.contains("first name")
                    && line.contains("last name")
                    && (line.contains("text") || line.contains("recommendation"))
            },
            Self::Endorsements => |line| line.contains("endorser") && line.contains("skill"),
            Self::Shares => |line| line.contains("sharelink") || line.contains("sharecommentary"),
            Self::Comments => |line| {
                line.contains("date")
                    && line.contains("link")
                    && line.contains("message")
                    && !line.contains("from")
            },
        }
    }
}

/// Someone as a file of the archive names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// Their name.
    pub name: String,
    /// Their LinkedIn profile, when the file gives it.
    pub profile: Option<String>,
    /// Their company, when the file gives it.
    pub organization: String,
}

/// What a file of the archive tells of one tie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnlineFact {
    /// We wrote to each other that day, one to one.
    Message(chrono::NaiveDate),
    /// The invitation that connected us, with its note.
    Invitation(Invitation),
    /// They recommended or endorsed me.
    Vouch(Vouch),
}

/// One fact about one person, and where it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnlineRecord {
    /// Who.
    pub who: Named,
    /// What.
    pub fact: OnlineFact,
    /// The file.
    pub file: ArchiveFile,
    /// Its line, from 1.
    pub line: usize,
}

/// What was read from one of the archive's other files.
#[derive(Default)]
pub struct OnlineParsed {
    /// The facts read.
    pub records: Vec<OnlineRecord>,
    /// Rows left out, and why.
    pub skipped: Vec<Skipped>,
    /// The owner's own posts and comments (`Shares.csv`, `Comments.csv`).
    pub posts: Vec<OwnPost>,
}

/// Reads one of the archive's other files. A file without its header is refused (the caller
/// says so and reads the rest of the archive).
pub fn parse(file: ArchiveFile, bytes: &[u8]) -> Result<OnlineParsed, ImportError> {
    let text = text_of(bytes)?;
    // Comments.csv escapes quotes inside a quoted message with a backslash (\"), where CSV
    // doubles them (""): read as CSV, after one linear pass.
    let text = if file == ArchiveFile::Comments && text.contains("\\\"") {
        std::borrow::Cow::Owned(text.replace("\\\"", "\"\""))
    } else {
        text
    };
    let table = Table::find(&text, file.header_test())
        .ok_or(ImportError::NoArchiveHeader(file.file_name()))?;
    let mut parsed = OnlineParsed::default();
    let rows = table.rows().filter_map(|row| match row {
        Row::Read { record, line } => Some((record, line)),
        Row::Unreadable { line, error } => {
            parsed.skipped.push(Skipped {
                line,
                reason: crate::tr!(
                    "import-file-unreadable-row",
                    file = file.file_name(),
                    error = error.to_string()
                ),
            });
            None
        }
    });
    let rows: Vec<(csv::StringRecord, usize)> = rows.collect();
    if matches!(file, ArchiveFile::Shares | ArchiveFile::Comments) {
        parsed.posts = own_posts(file, &table, &rows, &mut parsed.skipped);
        return Ok(parsed);
    }
    let records = match file {
        ArchiveFile::Connections | ArchiveFile::Shares | ArchiveFile::Comments => Vec::new(),
        ArchiveFile::Messages => messages(&table, &rows),
        ArchiveFile::Invitations => invitations(&table, &rows),
        ArchiveFile::Recommendations => recommendations(&table, &rows),
        ArchiveFile::Endorsements => endorsements(&table, &rows),
    };
    parsed.records = records;
    Ok(parsed)
}

/// The owner's posts (`Shares.csv`: Date, ShareLink, ShareCommentary…) or comments
/// (`Comments.csv`: Date, Link, Message). A row without a readable date is left out, and said.
fn own_posts(
    file: ArchiveFile,
    table: &Table,
    rows: &[(csv::StringRecord, usize)],
    skipped: &mut Vec<Skipped>,
) -> Vec<OwnPost> {
    let (kind, link, text) = match file {
        ArchiveFile::Comments => (
            PostKind::Comment,
            table.column(&["link"]),
            table.column(&["message"]),
        ),
        _ => (
            PostKind::Share,
            table.column(&["sharelink", "link"]),
            table.column(&["sharecommentary", "commentary"]),
        ),
    };
    let date = table.column(&["date"]);
    let mut posts = Vec::with_capacity(rows.len());
    for (record, line) in rows {
        let Some(day) = parse_date(field(record, date)) else {
            skipped.push(Skipped {
                line: *line,
                reason: crate::tr!("import-post-no-date", file = file.file_name()),
            });
            continue;
        };
        posts.push(OwnPost::new(
            day,
            kind,
            field(record, text),
            field(record, link),
        ));
    }
    posts
}

fn named(name: &str, profile: &str) -> Named {
    Named {
        name: name.trim().to_owned(),
        profile: (!profile.trim().is_empty()).then(|| profile.trim().to_owned()),
        organization: String::new(),
    }
}

/// A list of names or profile URLs in one field ("Ana Diaz, Tom Roy"; URLs may also be
/// separated by spaces).
fn split_list(text: &str) -> Vec<&str> {
    text.split([',', ';'])
        .flat_map(|part| {
            if part.contains("linkedin.com") {
                part.split_whitespace().collect::<Vec<_>>()
            } else {
                vec![part]
            }
        })
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

/// The key that tells one participant from another: their profile, else their folded name.
fn participant_key(person: &Named) -> String {
    match &person.profile {
        Some(profile) => super::normalize_profile_url(profile),
        None => fold(&person.name),
    }
}

/// Each one-to-one message: the day, for the other person. The owner is in every
/// conversation, so the participant met most often is the owner and is left out; a group
/// conversation is not a one-to-one touch and is left out.
fn messages(table: &Table, rows: &[(csv::StringRecord, usize)]) -> Vec<OnlineRecord> {
    let from = table.column(&["from", "sender", "sender name"]);
    let from_url = table.column(&["sender profile url", "sender profile"]);
    let to = table.column(&["to", "recipients", "recipient names"]);
    let to_urls = table.column(&["recipient profile urls", "recipient profile url"]);
    let date = table.column(&["date", "sent at", "timestamp"]);
    let folder = table.column(&["folder"]);
    let mut conversations: Vec<(Vec<Named>, chrono::NaiveDate, usize)> = Vec::new();
    for (record, line) in rows {
        let Some(day) = parse_date(field(record, date)) else {
            continue;
        };
        // Drafts and spam are not exchanges.
        let folder = field(record, folder).to_lowercase();
        if folder.contains("draft") || folder.contains("spam") {
            continue;
        }
        let mut people = vec![named(field(record, from), field(record, from_url))];
        let names = split_list(field(record, to));
        let urls = split_list(field(record, to_urls));
        for (i, name) in names.iter().enumerate() {
            // URLs line up with names when there are as many.
            let url = if urls.len() == names.len() {
                urls.get(i).copied().unwrap_or_default()
            } else {
                ""
            };
            people.push(named(name, url));
        }
        people.retain(|p| !p.name.is_empty() || p.profile.is_some());
        conversations.push((people, day, *line));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (people, _, _) in &conversations {
        for person in people {
            *seen.entry(participant_key(person)).or_default() += 1;
        }
    }
    let most = seen.values().copied().max().unwrap_or(0);
    let at_most = seen.values().filter(|n| **n == most).count();
    // The owner only when one participant stands out (a single conversation does not say).
    let owner = (at_most == 1 && most >= 2)
        .then(|| {
            seen.iter()
                .find(|(_, n)| **n == most)
                .map(|(k, _)| k.clone())
        })
        .flatten();
    let mut records = Vec::new();
    for (people, day, line) in conversations {
        if people.len() > 2 {
            continue;
        }
        for person in people {
            if owner.as_deref() == Some(participant_key(&person).as_str()) {
                continue;
            }
            records.push(OnlineRecord {
                who: person,
                fact: OnlineFact::Message(day),
                file: ArchiveFile::Messages,
                line,
            });
        }
    }
    records
}

/// Each invitation with a note, for the other person: "OUTGOING" ones I sent, "INCOMING" ones
/// they sent; without a direction, both sides are offered and the one in the project is kept.
fn invitations(table: &Table, rows: &[(csv::StringRecord, usize)]) -> Vec<OnlineRecord> {
    let from = table.column(&["from", "sender"]);
    let to = table.column(&["to", "recipient"]);
    let sent = table.column(&["sent at", "date", "sent"]);
    let message = table.column(&["message", "note"]);
    let direction = table.column(&["direction"]);
    let from_url = table.column(&["inviterprofileurl", "inviter profile url"]);
    let to_url = table.column(&["inviteeprofileurl", "invitee profile url"]);
    let mut records = Vec::new();
    for (record, line) in rows {
        let note = field(record, message);
        if note.is_empty() {
            continue;
        }
        let invitation = |from_me: bool| {
            OnlineFact::Invitation(Invitation {
                sent: parse_date(field(record, sent)),
                from_me,
                message: note.to_owned(),
            })
        };
        let sender = named(field(record, from), field(record, from_url));
        let recipient = named(field(record, to), field(record, to_url));
        let direction = field(record, direction).to_lowercase();
        let sides = if direction.starts_with("out") {
            vec![(recipient, true)]
        } else if direction.starts_with("in") {
            vec![(sender, false)]
        } else {
            vec![(recipient, true), (sender, false)]
        };
        for (who, from_me) in sides {
            records.push(OnlineRecord {
                who,
                fact: invitation(from_me),
                file: ArchiveFile::Invitations,
                line: *line,
            });
        }
    }
    records
}

/// Each recommendation received, for the person who wrote it.
fn recommendations(table: &Table, rows: &[(csv::StringRecord, usize)]) -> Vec<OnlineRecord> {
    let first = table.column(&["first name"]);
    let last = table.column(&["last name"]);
    let company = table.column(&["company"]);
    let text = table.column(&["text", "recommendation"]);
    let date = table.column(&["creation date", "date"]);
    let mut records = Vec::new();
    for (record, line) in rows {
        let name = format!("{} {}", field(record, first), field(record, last));
        let what = field(record, text);
        if name.trim().is_empty() || what.is_empty() {
            continue;
        }
        let mut who = named(&name, "");
        who.organization = field(record, company).to_owned();
        records.push(OnlineRecord {
            who,
            fact: OnlineFact::Vouch(Vouch {
                kind: VouchKind::Recommendation,
                what: what.to_owned(),
                on: parse_date(field(record, date)),
            }),
            file: ArchiveFile::Recommendations,
            line: *line,
        });
    }
    records
}

/// Each endorsement received, for the person who gave it.
fn endorsements(table: &Table, rows: &[(csv::StringRecord, usize)]) -> Vec<OnlineRecord> {
    let first = table.column(&["endorser first name"]);
    let last = table.column(&["endorser last name"]);
    let url = table.column(&["endorser public url", "endorser profile url"]);
    let skill = table.column(&["skill name", "skill"]);
    let date = table.column(&["endorsement date", "date"]);
    let status = table.column(&["endorsement status", "status"]);
    let mut records = Vec::new();
    for (record, line) in rows {
        let name = format!("{} {}", field(record, first), field(record, last));
        let what = field(record, skill);
        // An endorsement the owner hid or rejected is not a vouch.
        let status = field(record, status).to_lowercase();
        if what.is_empty() || status.contains("hidden") || status.contains("reject") {
            continue;
        }
        let url = field(record, url);
        if name.trim().is_empty() && url.is_empty() {
            continue;
        }
        records.push(OnlineRecord {
            who: named(&name, url),
            fact: OnlineFact::Vouch(Vouch {
                kind: VouchKind::Endorsement,
                what: what.to_owned(),
                on: parse_date(field(record, date)),
            }),
            file: ArchiveFile::Endorsements,
            line: *line,
        });
    }
    records
}
