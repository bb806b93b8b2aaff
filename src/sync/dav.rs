//! WebDAV as CardDAV and CalDAV servers speak it (RFC 4918, 6352, 4791, 6578): one blocking
//! HTTP client (`ureq`) with the account's credentials, methods that return what Carnet
//! needs, and the server's answers read from their XML (`roxmltree`). Every request has a
//! timeout; redirects are followed here, keeping the method (a PROPFIND redirected stays a
//! PROPFIND).

use std::time::Duration;

use base64::Engine as _;
use ureq::http::{self, Method, StatusCode};

use super::SyncError;

/// How long one request may take, connecting included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Redirects followed for one request before giving up.
const MAX_REDIRECTS: usize = 5;

/// A server and the credentials to use it.
pub struct Client {
    agent: ureq::Agent,
    authorization: String,
    /// Requests sent, for the benches and the result ("one round trip per collection").
    pub requests: std::cell::Cell<usize>,
}

/// An answer: status, headers Carnet reads, body.
#[derive(Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: StatusCode,
    /// The `ETag` header, if any.
    pub etag: Option<String>,
    /// The body, as text.
    pub body: String,
    /// The URL that answered (after redirects).
    pub url: String,
}

/// What a write asks of the server's current version.
#[derive(Clone, Copy, Debug)]
pub enum Precondition<'a> {
    /// Only if nothing is there yet (`If-None-Match: *`).
    Absent,
    /// Only if the server still has this version (`If-Match`).
    Version(&'a str),
}

impl Client {
    /// A client for `user` with `password` (HTTP Basic, over TLS when the address is
    /// `https`).
    pub fn new(user: &str, password: &str) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(REQUEST_TIMEOUT))
            .timeout_connect(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .max_redirects(0)
            .allow_non_standard_methods(true)
            .user_agent(concat!("Carnet/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        Self {
            agent,
            authorization: format!("Basic {token}"),
            requests: std::cell::Cell::new(0),
        }
    }

    /// Sends one request, following redirects; the errors every caller handles the same
    /// way (unreachable, timeout, wrong password, quota) come back as `SyncError`.
    pub fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, String)>,
    ) -> Result<Reply, SyncError> {
        let method = Method::from_bytes(method.as_bytes())
            .map_err(|_| SyncError::Protocol(format!("bad method {method}")))?;
        let mut url = url.to_owned();
        for _ in 0..=MAX_REDIRECTS {
            let mut builder = http::Request::builder()
                .method(method.clone())
                .uri(&url)
                .header("Authorization", &self.authorization);
            for (name, value) in headers {
                builder = builder.header(*name, *value);
            }
            let (content_type, text) = body.clone().unwrap_or_default();
            if body.is_some() {
                builder = builder.header("Content-Type", content_type);
            }
            let request = builder
                .body(text.into_bytes())
                .map_err(|_| SyncError::BadAddress(url.clone()))?;
            self.requests.set(self.requests.get() + 1);
            let mut response = self
                .agent
                .run(request)
                .map_err(|e| transport_error(&url, e))?;
            let status = response.status();
            if status.is_redirection()
                && let Some(location) = response
                    .headers()
                    .get("Location")
                    .and_then(|l| l.to_str().ok())
            {
                url = resolve(&url, location);
                continue;
            }
            if status == StatusCode::UNAUTHORIZED {
                return Err(SyncError::WrongPassword);
            }
            if status == StatusCode::INSUFFICIENT_STORAGE {
                return Err(SyncError::QuotaFull);
            }
            let etag = response
                .headers()
                .get("ETag")
                .and_then(|e| e.to_str().ok())
                .map(str::to_owned);
            let body = response
                .body_mut()
                .with_config()
                .limit(64 * 1024 * 1024)
                .read_to_string()
                .map_err(|e| transport_error(&url, e))?;
            return Ok(Reply {
                status,
                etag,
                body,
                url,
            });
        }
        Err(SyncError::Protocol(format!(
            "too many redirects from {url}"
        )))
    }

    /// PROPFIND with `depth` and a body asking for properties.
    pub fn propfind(&self, url: &str, depth: &str, body: &str) -> Result<Reply, SyncError> {
        self.send(
            "PROPFIND",
            url,
            &[("Depth", depth)],
            Some(("application/xml; charset=utf-8", body.to_owned())),
        )
    }

    /// REPORT with a body.
    pub fn report(&self, url: &str, depth: &str, body: String) -> Result<Reply, SyncError> {
        self.send(
            "REPORT",
            url,
            &[("Depth", depth)],
            Some(("application/xml; charset=utf-8", body)),
        )
    }

    /// PUT a card or an event; `Ok(None)` when the precondition failed (412: someone else
    /// changed it), else the new version (the ETag, or "" when the server gave none).
    pub fn put(
        &self,
        url: &str,
        content_type: &str,
        body: String,
        precondition: Precondition<'_>,
    ) -> Result<Option<String>, SyncError> {
        let header = match precondition {
            Precondition::Absent => ("If-None-Match", "*"),
            Precondition::Version(etag) => ("If-Match", etag),
        };
        let reply = self.send("PUT", url, &[header], Some((content_type, body)))?;
        match reply.status.as_u16() {
            412 => Ok(None),
            200..=299 => Ok(Some(reply.etag.unwrap_or_default())),
            _ => Err(status_error(&reply)),
        }
    }

    /// DELETE if the server still has `etag`; `Ok(false)` when it changed (412). Gone
    /// already counts as deleted.
    pub fn delete(&self, url: &str, etag: &str) -> Result<bool, SyncError> {
        let headers: &[(&str, &str)] = if etag.is_empty() {
            &[]
        } else {
            &[("If-Match", etag)]
        };
        let reply = self.send("DELETE", url, headers, None)?;
        match reply.status.as_u16() {
            412 => Ok(false),
            200..=299 | 404 | 410 => Ok(true),
            _ => Err(status_error(&reply)),
        }
    }

    /// GET one item: its text and version; `None` when it is gone.
    pub fn get(&self, url: &str) -> Result<Option<(String, String)>, SyncError> {
        let reply = self.send("GET", url, &[], None)?;
        match reply.status.as_u16() {
            404 | 410 => Ok(None),
            200..=299 => Ok(Some((reply.body, reply.etag.unwrap_or_default()))),
            _ => Err(status_error(&reply)),
        }
    }
}

/// A status Carnet did not expect, as an error naming it and the address.
pub fn status_error(reply: &Reply) -> SyncError {
    SyncError::Refused {
        status: reply.status.as_u16(),
        url: reply.url.clone(),
    }
}

fn transport_error(url: &str, error: ureq::Error) -> SyncError {
    match error {
        ureq::Error::Timeout(_) => SyncError::Timeout(host_of(url)),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            SyncError::Timeout(host_of(url))
        }
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => SyncError::BadAddress(url.to_owned()),
        other => SyncError::Unreachable {
            host: host_of(url),
            why: other.to_string(),
        },
    }
}

/// The `scheme://host[:port]` of an address.
pub fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..]
        .find('/')
        .map_or(url.len(), |i| after_scheme + i);
    &url[..end]
}

fn host_of(url: &str) -> String {
    let origin = origin_of(url);
    origin
        .split_once("://")
        .map_or(origin, |(_, host)| host)
        .to_owned()
}

/// `reference` (an absolute URL, an absolute path or a relative path) seen from `base`.
pub fn resolve(base: &str, reference: &str) -> String {
    if reference.contains("://") {
        return reference.to_owned();
    }
    if reference.starts_with('/') {
        return format!("{}{reference}", origin_of(base));
    }
    let folder = match base.rfind('/') {
        Some(i) if i + 1 > origin_of(base).len() => &base[..=i],
        _ => return format!("{}/{reference}", origin_of(base)),
    };
    format!("{folder}{reference}")
}

/// One `<response>` of a multistatus: the resource, its status, and its properties found
/// (name in its namespace → the text, and the hrefs or child element names inside).
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// The resource's address as the server wrote it (a path, usually).
    pub href: String,
    /// The response's own status (sync-collection: 404 for a removed member), if any.
    pub status: Option<u16>,
    /// Properties found with a 2xx status.
    pub props: Vec<Prop>,
}

/// One property.
#[derive(Clone, Debug, Default)]
pub struct Prop {
    /// Namespace and local name.
    pub name: (String, String),
    /// Its text (concatenated).
    pub text: String,
    /// The hrefs inside it.
    pub hrefs: Vec<String>,
    /// Its child elements' (namespace, local name, `name` attribute) — a resourcetype's
    /// kinds, a calendar's components.
    pub children: Vec<(String, String, String)>,
}

impl Found {
    /// The property `local` in namespace `ns`.
    pub fn prop(&self, ns: &str, local: &str) -> Option<&Prop> {
        self.props
            .iter()
            .find(|p| p.name.0 == ns && p.name.1 == local)
    }

    /// Whether its resourcetype holds `ns:local`.
    pub fn is(&self, ns: &str, local: &str) -> bool {
        self.prop(DAV, "resourcetype")
            .is_some_and(|p| p.children.iter().any(|(n, l, _)| n == ns && l == local))
    }
}

/// The DAV namespace.
pub const DAV: &str = "DAV:";
/// CardDAV's namespace.
pub const CARDDAV: &str = "urn:ietf:params:xml:ns:carddav";
/// CalDAV's namespace.
pub const CALDAV: &str = "urn:ietf:params:xml:ns:caldav";
/// Apple's calendar namespace (colours), Calendar Server's (ctag).
pub const CALENDARSERVER: &str = "http://calendarserver.org/ns/";

/// A multistatus body: its responses and its sync token, if any.
pub fn multistatus(body: &str) -> Result<(Vec<Found>, Option<String>), SyncError> {
    let document = roxmltree::Document::parse(body)
        .map_err(|e| SyncError::Protocol(format!("the server's XML could not be read: {e}")))?;
    let root = document.root_element();
    if !(root.tag_name().namespace() == Some(DAV) && root.tag_name().name() == "multistatus") {
        return Err(SyncError::Protocol(format!(
            "the server answered <{}> where a multistatus was expected",
            root.tag_name().name()
        )));
    }
    let mut responses = Vec::new();
    let mut token = None;
    for child in root.children().filter(roxmltree::Node::is_element) {
        match (child.tag_name().namespace(), child.tag_name().name()) {
            (Some(DAV), "sync-token") => token = Some(child.text().unwrap_or("").trim().to_owned()),
            (Some(DAV), "response") => responses.push(response_of(child)),
            _ => {}
        }
    }
    Ok((responses, token))
}

fn dav_child<'a>(
    node: roxmltree::Node<'a, 'a>,
    name: &str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'a>> {
    let name = name.to_owned();
    node.children().filter(move |c| {
        c.is_element() && c.tag_name().namespace() == Some(DAV) && c.tag_name().name() == name
    })
}

fn status_code(text: &str) -> Option<u16> {
    text.split_whitespace().nth(1)?.parse().ok()
}

fn response_of(node: roxmltree::Node<'_, '_>) -> Found {
    let mut found = Found {
        href: dav_child(node, "href")
            .next()
            .and_then(|h| h.text())
            .unwrap_or("")
            .trim()
            .to_owned(),
        status: dav_child(node, "status")
            .next()
            .and_then(|s| status_code(s.text().unwrap_or(""))),
        props: Vec::new(),
    };
    for propstat in dav_child(node, "propstat") {
        let ok = dav_child(propstat, "status")
            .next()
            .and_then(|s| status_code(s.text().unwrap_or("")))
            .is_none_or(|code| (200..300).contains(&code));
        if !ok {
            continue;
        }
        for prop in dav_child(propstat, "prop") {
            for value in prop.children().filter(roxmltree::Node::is_element) {
                let name = (
                    value.tag_name().namespace().unwrap_or("").to_owned(),
                    value.tag_name().name().to_owned(),
                );
                let text: String = value
                    .descendants()
                    .filter(roxmltree::Node::is_text)
                    .filter_map(|t| t.text())
                    .collect();
                let hrefs = value
                    .descendants()
                    .filter(|d| {
                        d.is_element()
                            && d.tag_name().namespace() == Some(DAV)
                            && d.tag_name().name() == "href"
                    })
                    .filter_map(|d| d.text())
                    .map(|t| t.trim().to_owned())
                    .collect();
                let children = value
                    .children()
                    .filter(roxmltree::Node::is_element)
                    .map(|c| {
                        (
                            c.tag_name().namespace().unwrap_or("").to_owned(),
                            c.tag_name().name().to_owned(),
                            c.attribute("name").unwrap_or("").to_owned(),
                        )
                    })
                    .collect();
                found.props.push(Prop {
                    name,
                    text: text.trim().to_owned(),
                    hrefs,
                    children,
                });
            }
        }
    }
    found
}
