//! vCard files (`.vcf`, one or many cards), versions 2.1, 3.0 and 4.0: folded lines,
//! backslash escapes, quoted-printable with a charset (2.1), Apple `item1.` groups, `tel:` URIs,
//! and the properties Carnet keeps — FN/N, ORG, TITLE, EMAIL, TEL, URL, X-SOCIALPROFILE, NOTE,
//! CATEGORIES. A malformed card is reported with its line and skipped; the others import.
//!
//! No crate handled all of this (calcard parses 2.1 and 3.0 exports but is large; vcard4
//! rejects common 3.0 exports), so this is a small parser, tested on each quirk.

use super::{ImportError, Incoming, Parsed, Skipped, text_of};
use crate::model::{Contact, ContactId, Origin};

/// One content line, unfolded: its name (upper case, group removed), its parameters, its raw
/// value, and the line it started on.
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
    line: usize,
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

    /// The value decoded: quoted-printable and charset undone.
    fn text(&self) -> String {
        let quoted_printable = self
            .param("ENCODING")
            .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
            || self.has("QUOTED-PRINTABLE");
        if !quoted_printable {
            return self.value.clone();
        }
        let bytes = decode_quoted_printable(&self.value);
        // The charset the property declares (ISO-8859-1, Windows-1252, Shift_JIS…), else
        // UTF-8.
        match self
            .param("CHARSET")
            .and_then(|c| encoding_rs::Encoding::for_label(c.trim_matches('"').as_bytes()))
        {
            Some(encoding) => encoding.decode_without_bom_handling(&bytes).0.into_owned(),
            None => String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

/// `=C3=A9` to bytes; a `=` at the end of a line joins it to the next (already unfolded).
fn decode_quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
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

/// Joins folded lines (a line starting with a space or a tab continues the one before) and
/// quoted-printable soft breaks (a line ending with `=`). Returns each logical line with the
/// number of its first physical line.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    // Whether the line being read is quoted-printable, known once its name (up to the first
    // ':') has been read: asked again at every soft break, it would scan the growing line
    // each time, and 2 MB of soft breaks took 30 s.
    let mut quoted: Option<bool> = None;
    for (index, raw) in text.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(last) = lines.last_mut() {
            if soft_break {
                last.1.push_str(raw.trim_start());
                soft_break = last.1.ends_with('=') && quoted_printable(&last.1, &mut quoted);
                if soft_break {
                    last.1.pop();
                }
                continue;
            }
            if let Some(rest) = raw.strip_prefix([' ', '\t']) {
                last.1.push_str(rest);
                continue;
            }
        }
        if raw.trim().is_empty() {
            continue;
        }
        let mut line = raw.to_owned();
        quoted = None;
        soft_break = line.ends_with('=') && quoted_printable(&line, &mut quoted);
        if soft_break {
            line.pop();
        }
        lines.push((index + 1, line));
    }
    lines
}

/// [`is_quoted_printable`], remembered in `known` once the line's name is complete.
fn quoted_printable(line: &str, known: &mut Option<bool>) -> bool {
    if let Some(quoted) = *known {
        return quoted;
    }
    match line.find(':') {
        Some(colon) => {
            let quoted = is_quoted_printable(&line[..colon]);
            *known = Some(quoted);
            quoted
        }
        // No value yet: not a property line, so nothing to decode.
        None => false,
    }
}

fn is_quoted_printable(line: &str) -> bool {
    line.split(':')
        .next()
        .is_some_and(|head| head.to_ascii_uppercase().contains("QUOTED-PRINTABLE"))
}

/// Parses one logical line into a property; `None` when it has no `:`.
fn property(line: usize, text: &str) -> Option<Property> {
    // The name and parameters end at the first ':' outside double quotes.
    let mut quoted = false;
    let colon = text.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    })?;
    let (head, value) = (text.get(..colon)?, text.get(colon + 1..)?);
    let mut parts = head.split(';');
    let name = parts.next()?.trim();
    // Apple's `item1.EMAIL`: the group goes.
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()),
            None => ("TYPE".to_owned(), p.trim().to_owned()),
        })
        .collect();
    Some(Property {
        name,
        params,
        value: value.to_owned(),
        line,
    })
}

/// The charset a file's cards declare (`CHARSET=SHIFT_JIS`), when it is one, other than
/// UTF-8: the first declared names it for the whole file.
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

/// Reads every card of a `.vcf` file.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let text = match text_of(bytes) {
        // Not UTF-8: a phone's 2.1 export in the charset its cards declare (Shift_JIS on a
        // Japanese phone, Windows-1252 on an old Outlook).
        Err(ImportError::NotUtf8(at)) => match declared_charset(bytes) {
            Some(encoding) => encoding
                .decode_without_bom_handling_and_without_replacement(bytes)
                .ok_or(ImportError::NotInEncoding(encoding.name()))?,
            None => return Err(ImportError::NotUtf8(at)),
        },
        other => other?,
    };
    let mut parsed = Parsed::default();
    let mut card: Option<(usize, Vec<Property>)> = None;
    let mut saw_card = false;
    for (line, text) in unfold(&text) {
        let Some(prop) = property(line, &text) else {
            if let Some((start, _)) = &card {
                parsed.skipped.push(Skipped {
                    line: *start,
                    reason: crate::tr!("vcard-line-without-colon", line = line),
                });
                card = None;
            }
            continue;
        };
        match (
            prop.name.as_str(),
            prop.value.trim().to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VCARD") => {
                saw_card = true;
                if let Some((start, _)) = card.take() {
                    parsed.skipped.push(Skipped {
                        line: start,
                        reason: crate::tr!("vcard-no-end-before-next"),
                    });
                }
                card = Some((line, Vec::new()));
            }
            ("END", "VCARD") => {
                if let Some((start, props)) = card.take() {
                    match contact_of(&props) {
                        Ok(contact) => parsed.incoming.push(Incoming {
                            contact,
                            line: start,
                        }),
                        Err(reason) => parsed.skipped.push(Skipped {
                            line: start,
                            reason,
                        }),
                    }
                }
            }
            _ => {
                if let Some((_, props)) = &mut card {
                    props.push(prop);
                }
            }
        }
    }
    if let Some((start, _)) = card {
        parsed.skipped.push(Skipped {
            line: start,
            reason: crate::tr!("vcard-no-end-before-eof"),
        });
    }
    if !saw_card {
        return Err(ImportError::NoCards);
    }
    Ok(parsed)
}

/// The contact a card describes, or why it has none.
fn contact_of(props: &[Property]) -> Result<Contact, String> {
    let mut contact = Contact::new(ContactId(0), String::new());
    contact.origin = Origin::VCard;
    let mut structured_name = None;
    for prop in props {
        let text = prop.text();
        match prop.name.as_str() {
            "FN" => contact.name = unescape(&text).trim().to_owned(),
            "N" => {
                let parts = split_unescaped(&text, ';');
                let part = |i: usize| parts.get(i).map_or("", |p| p.trim());
                let name = [part(3), part(1), part(2), part(0), part(4)]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                structured_name = Some(name);
            }
            "ORG" => {
                contact.organization = split_unescaped(&text, ';')
                    .into_iter()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
            }
            "TITLE" => contact.role = unescape(&text).trim().to_owned(),
            "EMAIL" => push_new(&mut contact.emails, unescape(&text)),
            "TEL" => {
                let number = unescape(&text);
                let number = number
                    .trim()
                    .strip_prefix("tel:")
                    .unwrap_or(number.trim())
                    .to_owned();
                push_new(&mut contact.phones, number);
            }
            "URL" => push_new(&mut contact.links, unescape(&text)),
            "X-SOCIALPROFILE" => {
                let value = unescape(&text);
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
            "NOTE" => contact.notes = unescape(&text).trim().to_owned(),
            "UID" => contact.uid = unescape(&text).trim().to_owned(),
            "CATEGORIES" => {
                for tag in split_unescaped(&text, ',') {
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
    Ok(contact)
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
        assert_eq!(decode_quoted_printable("Caf=C3=A9"), "Café".as_bytes());
        assert_eq!(
            split_unescaped(r"Dupont;Marie\;Ann;;Dr.", ';')[1],
            "Marie;Ann"
        );
    }
}
