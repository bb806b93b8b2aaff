//! Finding the owner's address books and calendars from the server's address alone
//! (RFC 6764 well-known URLs, then RFC 5397's principal and RFC 6352/4791's home sets), and
//! creating a "Carnet" address book or calendar when the owner asks.

use super::SyncError;
use super::dav::{
    CALDAV, CALENDARSERVER, CARDDAV, Client, DAV, Found, multistatus, resolve, status_error,
};
use crate::model::SyncAccount;

/// Where the account form takes a collection from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Pick {
    /// Make one named "Carnet".
    #[default]
    MakeCarnet,
    /// This one, found on the server.
    Found(String),
    /// Do not sync this kind.
    Off,
}

/// An account to save, as the owner set it up: the collections picked, the password typed.
#[derive(Clone, PartialEq)]
pub struct SyncSetup {
    /// Server, user, who goes and notes; collections filled from the picks.
    pub account: SyncAccount,
    /// The address book picked.
    pub address_book: Pick,
    /// The calendar picked.
    pub calendar: Pick,
    /// The password typed.
    pub password: String,
}

impl std::fmt::Debug for SyncSetup {
    /// Never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncSetup")
            .field("account", &self.account)
            .field("address_book", &self.address_book)
            .field("calendar", &self.calendar)
            .finish_non_exhaustive()
    }
}

/// An address book or a calendar on the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collection {
    /// Its address.
    pub url: String,
    /// Its name as the server shows it (the last part of its address when it has none).
    pub name: String,
}

/// What the server holds for the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Discovery {
    /// Where new address books go.
    pub address_book_home: Option<String>,
    /// Where new calendars go.
    pub calendar_home: Option<String>,
    /// The address books found.
    pub address_books: Vec<Collection>,
    /// The calendars that take events.
    pub calendars: Vec<Collection>,
}

const PRINCIPAL_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>"#;

const HOMES_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cal="urn:ietf:params:xml:ns:caldav">
<d:prop><card:addressbook-home-set/><cal:calendar-home-set/></d:prop></d:propfind>"#;

const COLLECTIONS_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
<d:prop><d:resourcetype/><d:displayname/><cal:supported-calendar-component-set/></d:prop></d:propfind>"#;

/// The address the user typed, with a scheme (`https://` unless they wrote `http://`) and
/// without a trailing slash.
pub fn normalized_server(typed: &str) -> Result<String, SyncError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(SyncError::BadAddress(String::new()));
    }
    let with_scheme = if typed.contains("://") {
        typed.to_owned()
    } else {
        format!("https://{typed}")
    };
    if !(with_scheme.starts_with("https://") || with_scheme.starts_with("http://")) {
        return Err(SyncError::BadAddress(typed.to_owned()));
    }
    Ok(with_scheme.trim_end_matches('/').to_owned())
}

/// The user's principal: asked of the typed address itself, then of the well-known
/// addresses for contacts and calendars, then of the server's root.
fn principal(client: &Client, server: &str) -> Result<String, SyncError> {
    let origin = super::dav::origin_of(server).to_owned();
    let candidates = [
        format!("{server}/"),
        format!("{origin}/.well-known/carddav"),
        format!("{origin}/.well-known/caldav"),
        format!("{origin}/"),
    ];
    let mut last_error = None;
    for candidate in candidates {
        let reply = match client.propfind(&candidate, "0", PRINCIPAL_BODY) {
            Ok(reply) => reply,
            Err(
                error @ (SyncError::WrongPassword
                | SyncError::Unreachable { .. }
                | SyncError::Timeout(_)),
            ) => {
                return Err(error);
            }
            Err(error) => {
                last_error = Some(error);
                continue;
            }
        };
        if reply.status.as_u16() != 207 {
            last_error = Some(status_error(&reply));
            continue;
        }
        let Ok((found, _)) = multistatus(&reply.body) else {
            continue;
        };
        if let Some(href) = found.iter().find_map(|f| {
            f.prop(DAV, "current-user-principal")?
                .hrefs
                .first()
                .cloned()
        }) {
            return Ok(resolve(&reply.url, &href));
        }
    }
    Err(last_error.unwrap_or(SyncError::NotDav(server.to_owned())))
}

/// The user's address books and calendars.
pub fn discover(client: &Client, server: &str) -> Result<Discovery, SyncError> {
    let server = normalized_server(server)?;
    let principal = principal(client, &server)?;
    let reply = client.propfind(&principal, "0", HOMES_BODY)?;
    if reply.status.as_u16() != 207 {
        return Err(status_error(&reply));
    }
    let (found, _) = multistatus(&reply.body)?;
    let home = |ns: &str, name: &str| {
        found
            .iter()
            .find_map(|f| f.prop(ns, name)?.hrefs.first().cloned())
            .map(|href| resolve(&reply.url, &href))
    };
    let mut discovery = Discovery {
        address_book_home: home(CARDDAV, "addressbook-home-set"),
        calendar_home: home(CALDAV, "calendar-home-set"),
        ..Discovery::default()
    };
    let mut homes: Vec<String> = [&discovery.address_book_home, &discovery.calendar_home]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    homes.dedup();
    for home in homes {
        let reply = client.propfind(&home, "1", COLLECTIONS_BODY)?;
        if reply.status.as_u16() != 207 {
            continue;
        }
        for found in multistatus(&reply.body)?.0 {
            let url = resolve(&reply.url, &found.href);
            let collection = Collection {
                name: display_name(&found),
                url: url.clone(),
            };
            if found.is(CARDDAV, "addressbook")
                && !discovery.address_books.iter().any(|c| c.url == url)
            {
                discovery.address_books.push(collection);
            } else if found.is(CALDAV, "calendar")
                && takes_events(&found)
                && !discovery.calendars.iter().any(|c| c.url == url)
            {
                discovery.calendars.push(collection);
            }
        }
    }
    Ok(discovery)
}

fn display_name(found: &Found) -> String {
    found
        .prop(DAV, "displayname")
        .map(|p| p.text.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| {
            found
                .href
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_owned()
        })
}

/// Whether a calendar takes events (no component set: it takes everything).
fn takes_events(found: &Found) -> bool {
    found
        .prop(CALDAV, "supported-calendar-component-set")
        .is_none_or(|set| {
            set.children.is_empty()
                || set
                    .children
                    .iter()
                    .any(|(_, _, name)| name.eq_ignore_ascii_case("VEVENT"))
        })
}

/// Makes an address book named `name` in `home`; returns its address (`carnet/`, or
/// `carnet-2/`… when something else is there already).
pub fn create_address_book(client: &Client, home: &str, name: &str) -> Result<String, SyncError> {
    let body = format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<d:mkcol xmlns:d="DAV:" xmlns:card="{CARDDAV}"><d:set><d:prop>
<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>
<d:displayname>{}</d:displayname>
</d:prop></d:set></d:mkcol>"#,
        crate::text::escape::xml_text(name)
    );
    make_collection(client, home, "carnet", "MKCOL", &body)
}

/// Makes a calendar for events named `name` in `home`; returns its address.
pub fn create_calendar(client: &Client, home: &str, name: &str) -> Result<String, SyncError> {
    let body = format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<cal:mkcalendar xmlns:d="DAV:" xmlns:cal="{CALDAV}" xmlns:cs="{CALENDARSERVER}"><d:set><d:prop>
<d:displayname>{}</d:displayname>
<cal:supported-calendar-component-set><cal:comp name="VEVENT"/></cal:supported-calendar-component-set>
</d:prop></d:set></cal:mkcalendar>"#,
        crate::text::escape::xml_text(name)
    );
    make_collection(client, home, "carnet-calendar", "MKCALENDAR", &body)
}

/// Makes a collection under `home` at the first free address from `slug` (`slug`,
/// `slug-2`, …): 405 means something is there already, never to be written over.
fn make_collection(
    client: &Client,
    home: &str,
    slug: &str,
    method: &str,
    body: &str,
) -> Result<String, SyncError> {
    for n in 1..=100 {
        let url = if n == 1 {
            free_child(home, slug)
        } else {
            free_child(home, &format!("{slug}-{n}"))
        };
        let reply = client.send(
            method,
            &url,
            &[],
            Some(("application/xml; charset=utf-8", body.to_owned())),
        )?;
        match reply.status.as_u16() {
            200..=299 => return Ok(url),
            // Something is there (405; Radicale says 409 for a calendar): the next address.
            405 => continue,
            409 if client.propfind(&url, "0", PRINCIPAL_BODY)?.status.as_u16() == 207 => continue,
            _ => return Err(status_error(&reply)),
        }
    }
    Err(SyncError::Protocol(format!(
        "no free address for a collection in {home}"
    )))
}

/// `home/name/`.
fn free_child(home: &str, name: &str) -> String {
    format!("{}/{name}/", home.trim_end_matches('/'))
}

/// The collections named `name` ("Carnet") in what the server holds, made when missing and
/// `make` (a dry run makes nothing): (address book, calendar, whether each was made now).
pub fn carnet_collections(
    client: &Client,
    found: &Discovery,
    name: &str,
    make: bool,
) -> Result<(Option<String>, Option<String>, bool, bool), SyncError> {
    let pick = |list: &[Collection]| {
        list.iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
            .map(|c| c.url.clone())
    };
    let mut address_book = pick(&found.address_books);
    let mut calendar = pick(&found.calendars);
    let (mut made_book, mut made_calendar) = (false, false);
    if make {
        if address_book.is_none()
            && let Some(home) = &found.address_book_home
        {
            address_book = Some(create_address_book(client, home, name)?);
            made_book = true;
        }
        if calendar.is_none()
            && let Some(home) = &found.calendar_home
        {
            calendar = Some(create_calendar(client, home, name)?);
            made_calendar = true;
        }
    }
    Ok((address_book, calendar, made_book, made_calendar))
}
