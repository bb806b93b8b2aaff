//! vCard files (`.vcf`, one or many cards), versions 2.1, 3.0 and 4.0: folded lines,
//! backslash escapes, quoted-printable with a charset (2.1), Apple `item1.` groups, `tel:` URIs,
//! and the properties Carnet keeps — FN/N, ORG, TITLE, EMAIL, TEL, URL, X-SOCIALPROFILE, NOTE,
//! CATEGORIES. A line that cannot be read is reported with its number and skipped, and its
//! card kept; a card without a name is reported and skipped; the others import.
//!
//! No crate handled all of this (calcard parses 2.1 and 3.0 exports but is large; vcard4
//! rejects common 3.0 exports), so this is a small parser, tested on each quirk.

use super::{ImportError, Incoming, Parsed, Skipped, text_of};
use crate::model::{Contact, ContactId, Origin};

/// One content line, unfolded: its name (upper case, group removed), its parameters, its raw
/// value (bytes: decoded by its own charset), and the line it started on.
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: Vec<u8>,
    line: usize,
}

/// How a value that names no charset and is not UTF-8 is decoded: by the charset the file
/// declares elsewhere, else as Windows-1252 (a superset of ISO-8859-1, what Outlook and most
/// Western phones wrote), which is then said.
struct Fallback {
    encoding: &'static encoding_rs::Encoding,
    declared: bool,
    used: std::cell::Cell<bool>,
}

impl Property {
    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// Whether a parameter or a bare 2.1 type says this (`TYPE=linkedin`, `;QUOTED-PRINTABLE`).
    fn has(&self, word: &str) -> bool {
        self.params.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case(word)
                || v.split(',')
                    .any(|part| part.trim_matches('"').eq_ignore_ascii_case(word))
        })
    }

    /// How much this value is preferred: `PREF=1` (4.0) or `TYPE=pref` (2.1, 3.0) first, then
    /// the others in order.
    fn preference(&self) -> u8 {
        match self.param("PREF").and_then(|p| p.trim().parse::<u8>().ok()) {
            Some(rank) => rank.clamp(1, 100),
            None if self.has("PREF") => 1,
            None => 101,
        }
    }

    /// The value decoded: quoted-printable undone, then the charset it declares, else UTF-8,
    /// else the file's fallback.
    fn text(&self, fallback: &Fallback) -> String {
        let quoted_printable = self
            .param("ENCODING")
            .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
            || self.has("QUOTED-PRINTABLE");
        let bytes = if quoted_printable {
            std::borrow::Cow::Owned(decode_quoted_printable(&self.value))
        } else {
            std::borrow::Cow::Borrowed(self.value.as_slice())
        };
        let declared = self
            .param("CHARSET")
            .and_then(|c| encoding_rs::Encoding::for_label(c.trim_matches('"').as_bytes()));
        if let Some(encoding) = declared {
            return encoding.decode_without_bom_handling(&bytes).0.into_owned();
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                fallback.used.set(true);
                fallback
                    .encoding
                    .decode_without_bom_handling(&bytes)
                    .0
                    .into_owned()
            }
        }
    }
}

/// `=C3=A9` to bytes; a `=` at the end of a line joins it to the next (already unfolded).
fn decode_quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'=' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

/// Undoes backslash escapes: `\n`, `\,`, `\;`, `\\`.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Splits on `separator` where it is not escaped.
fn split_unescaped(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in text.chars() {
        if escaped {
            if let Some(last) = parts.last_mut() {
                last.push('\\');
                last.push(c);
            }
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == separator {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts.into_iter().map(|p| unescape(&p)).collect()
}

/// Joins folded lines on bytes — a line starting with a space or a tab continues the one
/// before, even inside a UTF-8 character (RFC 6350 §3.2), and a quoted-printable line ending
/// with `=` continues on the next. Returns each logical line with the number of its first
/// physical line.
fn unfold(bytes: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut lines: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut soft_break = false;
    // Whether the line being read is quoted-printable, known once its name (up to the first
    // ':') has been read: asked again at every soft break, it would scan the growing line
    // each time, and 2 MB of soft breaks took 30 s.
    let mut quoted: Option<bool> = None;
    for (index, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if let Some(last) = lines.last_mut() {
            if soft_break {
                last.1.extend_from_slice(raw.trim_ascii_start());
                soft_break = last.1.ends_with(b"=") && quoted_printable(&last.1, &mut quoted);
                if soft_break {
                    last.1.pop();
                }
                continue;
            }
            if let Some(rest) = raw.strip_prefix(b" ").or_else(|| raw.strip_prefix(b"\t")) {
                last.1.extend_from_slice(rest);
                continue;
            }
        }
        if raw.trim_ascii().is_empty() {
            continue;
        }
        let mut line = raw.to_vec();
        quoted = None;
        soft_break = line.ends_with(b"=") && quoted_printable(&line, &mut quoted);
        if soft_break {
            line.pop();
        }
        lines.push((index + 1, line));
    }
    lines
}

/// Whether a line's name says it is quoted-printable, remembered in `known` once the name is
/// complete.
fn quoted_printable(line: &[u8], known: &mut Option<bool>) -> bool {
    if let Some(quoted) = *known {
        return quoted;
    }
    match memchr::memchr(b':', line) {
        Some(colon) => {
            let quoted = String::from_utf8_lossy(&line[..colon])
                .to_ascii_uppercase()
                .contains("QUOTED-PRINTABLE");
            *known = Some(quoted);
            quoted
        }
        // No value yet: not a property line, so nothing to decode.
        None => false,
    }
}

/// Parses one logical line into a property; `None` when it is not `NAME:value` (no `:`, or
/// a name that is not letters, digits and dashes: a comment, a lost continuation).
fn property(line: usize, text: &[u8]) -> Option<Property> {
    // The name and parameters end at the first ':' outside double quotes.
    let mut quoted = false;
    let colon = text.iter().position(|&c| {
        if c == b'"' {
            quoted = !quoted;
        }
        c == b':' && !quoted
    })?;
    let head = String::from_utf8_lossy(&text[..colon]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim();
    // Apple's `item1.EMAIL`: the group goes.
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()),
            None => ("TYPE".to_owned(), p.trim().to_owned()),
        })
        .collect();
    Some(Property {
        name,
        params,
        value: text[colon + 1..].to_vec(),
        line,
    })
}

/// The charset a file's cards declare (`CHARSET=SHIFT_JIS`), when it is one, other than
/// UTF-8: the first declared names it for the values that declare none.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    const KEY: &[u8] = b"CHARSET=";
    let at = bytes
        .windows(KEY.len())
        .position(|window| window.eq_ignore_ascii_case(KEY))?;
    let label: Vec<u8> = bytes[at + KEY.len()..]
        .iter()
        .copied()
        .take_while(|b| !matches!(b, b';' | b':' | b',' | b'\r' | b'\n'))
        .filter(|b| *b != b'"')
        .collect();
    encoding_rs::Encoding::for_label(&label).filter(|e| *e != encoding_rs::UTF_8)
}

/// A card being read: the line of its BEGIN, its properties, and whether it is nested in
/// another (a 2.1 `AGENT`: part of the outer card, not a person of its own).
struct OpenCard {
    start: usize,
    properties: Vec<Property>,
    nested: bool,
}

/// Reads every card of a `.vcf` file. A line that cannot be read costs that line (reported
/// with its number), never the card.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    // A UTF-16 file is made UTF-8 first; every other file is read as bytes, each value
    // decoded by its own charset.
    let converted = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        Some(text_of(bytes)?.into_owned().into_bytes())
    } else {
        None
    };
    let bytes = converted.as_deref().unwrap_or(bytes);
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ImportError::NotText);
    }
    let declared = declared_charset(bytes);
    let fallback = Fallback {
        encoding: declared.unwrap_or(encoding_rs::WINDOWS_1252),
        declared: declared.is_some(),
        used: std::cell::Cell::new(false),
    };
    let mut parsed = Parsed::default();
    let mut open: Vec<OpenCard> = Vec::new();
    let mut saw_card = false;
    let mut lines = unfold(bytes).into_iter().peekable();
    while let Some((line, mut text)) = lines.next() {
        // Android ends a line with a backslash when the value goes on, unindented.
        while text.ends_with(b"\\")
            && lines
                .peek()
                .is_some_and(|(_, next)| property(0, next).is_none())
        {
            if let Some((_, next)) = lines.next() {
                text.pop();
                text.extend_from_slice(b"\\n");
                text.extend_from_slice(&next);
            }
        }
        let Some(prop) = property(line, &text) else {
            if !open.is_empty() {
                parsed.skipped.push(Skipped {
                    line,
                    reason: crate::tr!("vcard-line-left-out"),
                });
            }
            continue;
        };
        let keyword = String::from_utf8_lossy(prop.value.trim_ascii()).to_ascii_uppercase();
        match (prop.name.as_str(), keyword.as_str()) {
            ("BEGIN", "VCARD") => {
                saw_card = true;
                let agent = open.last().is_some_and(|card| {
                    card.properties
                        .last()
                        .is_some_and(|p| p.name == "AGENT" && p.value.trim_ascii().is_empty())
                });
                if !agent && let Some(card) = open.pop() {
                    // The card before never ended: it is kept, and said.
                    parsed.skipped.push(Skipped {
                        line,
                        reason: crate::tr!("vcard-no-end-before-next", start = card.start),
                    });
                    finish(card, &fallback, &mut parsed);
                    open.clear();
                }
                open.push(OpenCard {
                    start: line,
                    properties: Vec::new(),
                    nested: agent,
                });
            }
            ("END", "VCARD") => {
                if let Some(card) = open.pop() {
                    finish(card, &fallback, &mut parsed);
                }
            }
            _ => {
                if let Some(card) = open.last_mut() {
                    card.properties.push(prop);
                }
            }
        }
    }
    if let Some(outer) = open.into_iter().next() {
        parsed.skipped.push(Skipped {
            line: outer.start,
            reason: crate::tr!("vcard-no-end-before-eof"),
        });
        finish(outer, &fallback, &mut parsed);
    }
    if !saw_card {
        return Err(ImportError::NoCards);
    }
    if fallback.used.get() && !fallback.declared {
        parsed.notes.push(crate::tr!(
            "vcard-assumed-encoding",
            encoding = fallback.encoding.name()
        ));
    }
    Ok(parsed)
}

/// A card read to its end: a person, or why not. A nested card (an `AGENT`) is part of the
/// card around it and adds nobody.
fn finish(card: OpenCard, fallback: &Fallback, parsed: &mut Parsed) {
    if card.nested {
        return;
    }
    match contact_of(&card.properties, fallback) {
        Ok(contact) => parsed.incoming.push(Incoming {
            contact,
            line: card.start,
        }),
        Err(reason) => parsed.skipped.push(Skipped {
            line: card.start,
            reason,
        }),
    }
}

/// The one value of a property a person has one of (FN, N, ORG, TITLE, NOTE, UID): the
/// preferred, else the first, as other readers take it.
fn single<'a>(props: &'a [Property], name: &str) -> Option<&'a Property> {
    props
        .iter()
        .filter(|p| p.name == name)
        .min_by_key(|p| p.preference())
}

/// The contact a card describes, or why it has none.
fn contact_of(props: &[Property], fallback: &Fallback) -> Result<Contact, String> {
    let mut contact = Contact::new(ContactId(0), String::new());
    contact.origin = Origin::VCard;
    let text = |name: &str| single(props, name).map(|p| p.text(fallback));
    if let Some(name) = text("FN") {
        contact.name = unescape(&name).trim().to_owned();
    }
    let structured_name = text("N").map(|n| {
        let parts = split_unescaped(&n, ';');
        let part = |i: usize| parts.get(i).map_or("", |p| p.trim());
        [part(3), part(1), part(2), part(0), part(4)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    });
    if let Some(org) = text("ORG") {
        contact.organization = split_unescaped(&org, ';')
            .into_iter()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
    }
    if let Some(title) = text("TITLE") {
        contact.role = unescape(&title).trim().to_owned();
    }
    if let Some(note) = text("NOTE") {
        contact.notes = unescape(&note).trim().to_owned();
    }
    if let Some(uid) = text("UID") {
        contact.uid = unescape(&uid).trim().to_owned();
    }
    // Lists: the preferred first, then in the card's order.
    let mut listed: Vec<&Property> = props.iter().collect();
    listed.sort_by_key(|p| p.preference());
    for prop in listed {
        let value = || unescape(&prop.text(fallback));
        match prop.name.as_str() {
            "EMAIL" => push_new(&mut contact.emails, value()),
            "TEL" => push_new(&mut contact.phones, phone_of(&value())),
            "URL" => push_new(&mut contact.links, value()),
            "X-SOCIALPROFILE" => {
                let value = value();
                let value = value.trim();
                let link = if value.contains("://") {
                    value.to_owned()
                } else if prop.has("linkedin") {
                    format!("https://www.linkedin.com/in/{value}")
                } else {
                    value.to_owned()
                };
                push_new(&mut contact.links, link);
            }
            "CATEGORIES" => {
                for tag in split_unescaped(&prop.text(fallback), ',') {
                    push_new(&mut contact.tags, tag);
                }
            }
            _ => {}
        }
    }
    for list in [
        &mut contact.emails,
        &mut contact.phones,
        &mut contact.links,
        &mut contact.tags,
    ] {
        keep_first_of_each(list);
    }
    if contact.name.is_empty() {
        contact.name = structured_name.unwrap_or_default();
    }
    if contact.name.is_empty() {
        let line = props.first().map_or(0, |p| p.line);
        return Err(crate::tr!("vcard-no-name", line = line));
    }
    contact.card_keys = vec![card_key(&contact)];
    Ok(contact)
}

/// A phone as people write it: a `tel:` URI's number, its extension as "ext. 102".
fn phone_of(value: &str) -> String {
    let value = value.trim();
    let Some(uri) = value
        .get(..4)
        .filter(|scheme| scheme.eq_ignore_ascii_case("tel:"))
        .map(|_| &value[4..])
    else {
        return value.to_owned();
    };
    let mut parts = uri.split(';');
    let number = parts.next().unwrap_or_default().trim().to_owned();
    let extension = parts.find_map(|p| {
        p.split_once('=')
            .filter(|(k, _)| k.trim().eq_ignore_ascii_case("ext"))
            .map(|(_, v)| v.trim().to_owned())
    });
    match extension {
        Some(extension) if !extension.is_empty() => format!("{number} ext. {extension}"),
        _ => number,
    }
}

/// What identifies a card: its UID, else a digest of its name, organization, emails and
/// phones (folded, sorted), so that the same card read again gives the same key.
fn card_key(contact: &Contact) -> String {
    if !contact.uid.trim().is_empty() {
        return format!("uid:{}", contact.uid.trim());
    }
    let mut emails: Vec<String> = contact.emails.iter().map(|e| e.to_lowercase()).collect();
    emails.sort();
    let mut phones: Vec<String> = contact
        .phones
        .iter()
        .map(|p| p.chars().filter(char::is_ascii_digit).collect())
        .collect();
    phones.sort();
    let identity = [
        crate::analysis::fold(contact.name.trim()),
        crate::analysis::fold(contact.organization.trim()),
        emails.join(","),
        phones.join(","),
    ]
    .join("\u{1f}");
    format!("card:{:016x}", crate::text::stable_hash(&identity))
}

/// Adds a value, trimmed, unless empty; repeats go once the card is read
/// ([`keep_first_of_each`]), so that a card of 300,000 tags is read in linear time.
fn push_new(list: &mut Vec<String>, value: String) {
    let value = value.trim();
    if !value.is_empty() {
        list.push(value.to_owned());
    }
}

/// Keeps the first of each value, in order.
fn keep_first_of_each(list: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::with_capacity(list.len());
    list.retain(|value| seen.insert(value.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_quoted_printable() {
        assert_eq!(unescape(r"a\, b\; c\nd\\e"), "a, b; c\nd\\e");
        assert_eq!(decode_quoted_printable(b"Caf=C3=A9"), "Café".as_bytes());
        assert_eq!(
            split_unescaped(r"Dupont;Marie\;Ann;;Dr.", ';')[1],
            "Marie;Ann"
        );
    }
}
