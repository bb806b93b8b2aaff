//! Contacts as vCard 4.0 (RFC 6350), written for the strictest readers: single text values
//! escape what RFC 6350's grammar asks (no `\;`), structured ones (N, ORG) their components;
//! `N` beside `FN`, so that phones know first and last names; URLs percent-encoded with a
//! scheme; phones as RFC 3966 `tel:` URIs with their extension (`;ext=102`) when they are
//! international, as text otherwise (a local number has no country a URI could name).

use crate::model::{Contact, Network};
use crate::text::escape::{plain_text, push_content_line as push_line, text_value, vcard_text};

/// Every contact as vCard 4.0, in the network's order.
pub fn to_vcard(network: &Network) -> String {
    let mut out = String::new();
    for contact in network.contacts() {
        card(contact, &mut out);
    }
    out
}

/// One contact's card as it goes to the owner's address book: what reaches them (name,
/// work, emails, phones, links, tags) and, only with `with_notes`, the owner's notes.
pub fn card_for_phone(contact: &Contact, with_notes: bool) -> String {
    let mut out = String::new();
    if with_notes || contact.notes.is_empty() {
        card(contact, &mut out);
    } else {
        let without = Contact {
            notes: String::new(),
            ..contact.clone()
        };
        card(&without, &mut out);
    }
    out
}

/// One contact as a vCard 4.0 card.
fn card(contact: &Contact, out: &mut String) {
    push_line(out, "BEGIN:VCARD");
    push_line(out, "VERSION:4.0");
    push_line(out, &format!("PRODID:{}", crate::calendar::PRODID));
    if !contact.uid.is_empty() {
        push_line(out, &format!("UID:{}", vcard_text(&contact.uid)));
    }
    push_line(out, &format!("FN:{}", vcard_text(&contact.name)));
    let (family, given) = family_and_given(&contact.name);
    push_line(
        out,
        &format!("N:{};{};;;", text_value(&family), text_value(&given)),
    );
    if !contact.organization.is_empty() {
        push_line(out, &format!("ORG:{}", text_value(&contact.organization)));
    }
    if !contact.role.is_empty() {
        push_line(out, &format!("TITLE:{}", vcard_text(&contact.role)));
    }
    for email in &contact.emails {
        push_line(out, &format!("EMAIL:{}", vcard_text(email.trim())));
    }
    for phone in &contact.phones {
        if let Some(line) = tel_line(phone) {
            push_line(out, &line);
        }
    }
    for link in &contact.links {
        if let Some(uri) = uri_of(link) {
            push_line(out, &format!("URL:{uri}"));
        }
    }
    if !contact.tags.is_empty() {
        let tags: Vec<String> = contact.tags.iter().map(|t| vcard_text(t)).collect();
        push_line(out, &format!("CATEGORIES:{}", tags.join(",")));
    }
    if !contact.notes.is_empty() {
        push_line(out, &format!("NOTE:{}", vcard_text(&contact.notes)));
    }
    push_line(out, "END:VCARD");
}

/// Words that belong to the family name before it ("Jean de La Fontaine").
const PARTICLES: [&str; 12] = [
    "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del",
];

/// A full name as (family name, given names): the last word, with the particles before it.
fn family_and_given(name: &str) -> (String, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.len().checked_sub(1) else {
        return (String::new(), String::new());
    };
    if last == 0 {
        return (words[0].to_owned(), String::new());
    }
    let mut start = last;
    while start > 1
        && PARTICLES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(words[start - 1]))
    {
        start -= 1;
    }
    (words[start..].join(" "), words[..start].join(" "))
}

/// A link as a URI a strict reader takes: with a scheme (`www.example.com` is
/// `https://www.example.com`), and every character RFC 3986 does not allow percent-encoded
/// (`rémi` is `r%C3%A9mi`). `None` for a link with nothing in it.
fn uri_of(link: &str) -> Option<String> {
    let link = plain_text(link.trim()).into_owned();
    if link.is_empty() {
        return None;
    }
    let has_scheme = link.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let link = if has_scheme {
        link
    } else {
        format!("https://{link}")
    };
    let bytes = link.as_bytes();
    let mut out = String::with_capacity(link.len());
    for (at, &byte) in bytes.iter().enumerate() {
        let allowed = byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte);
        let escape_already = byte == b'%'
            && bytes
                .get(at + 1..at + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit));
        if allowed || escape_already {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Some(out)
}

/// A phone's `TEL` line: an international number (`+…`) as an RFC 3966 URI, its extension
/// as `;ext=` ("+33 1 23 45 67 89 poste 12" is `tel:+33-1-23-45-67-89;ext=12`); any other
/// as text. `None` for a phone with no digit.
fn tel_line(phone: &str) -> Option<String> {
    let phone = plain_text(phone.trim()).into_owned();
    if !phone.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // Already a URI (an import kept it): as it is, if it is one.
    if let Some(uri) = phone.strip_prefix("tel:") {
        return Some(format!("TEL;VALUE=uri:tel:{}", uri_of_tel(uri)));
    }
    let (number, extension) = split_extension(&phone);
    if !number.starts_with('+') {
        return Some(format!("TEL:{}", vcard_text(&phone)));
    }
    let mut digits = String::from("+");
    let mut separator = false;
    for c in number.chars().skip(1) {
        if c.is_ascii_digit() {
            if separator && digits.len() > 1 {
                digits.push('-');
            }
            separator = false;
            digits.push(c);
        } else {
            separator = true;
        }
    }
    let extension = extension.map_or_else(String::new, |ext| format!(";ext={ext}"));
    Some(format!("TEL;VALUE=uri:tel:{digits}{extension}"))
}

/// A `tel:` URI's text kept to the characters RFC 3966 allows.
fn uri_of_tel(uri: &str) -> String {
    uri.chars()
        .filter(|c| c.is_ascii_alphanumeric() || "+-.()*#;=%".contains(*c))
        .collect()
}

/// A number and its extension: what follows "ext", "ext.", "extension", "x", "poste" or
/// "#", when digits do.
fn split_extension(phone: &str) -> (&str, Option<String>) {
    let lower = phone.to_ascii_lowercase();
    for marker in ["extension", "ext.", "ext", "poste", "x", "#"] {
        if let Some(at) = lower.rfind(marker) {
            let digits: String = lower[at + marker.len()..]
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect();
            let only_digits_after = lower[at + marker.len()..]
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || c == ':' || c == '.');
            if !digits.is_empty() && only_digits_after && at > 0 {
                return (phone[..at].trim_end(), Some(digits));
            }
        }
    }
    (phone, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_links_and_phones_as_readers_want_them() {
        assert_eq!(
            family_and_given("Jean de La Fontaine"),
            ("de La Fontaine".to_owned(), "Jean".to_owned())
        );
        assert_eq!(
            family_and_given("Claire Moreau"),
            ("Moreau".to_owned(), "Claire".to_owned())
        );
        assert_eq!(
            uri_of("www.example.com").as_deref(),
            Some("https://www.example.com")
        );
        assert_eq!(
            uri_of("https://www.linkedin.com/in/rémi-durand").as_deref(),
            Some("https://www.linkedin.com/in/r%C3%A9mi-durand")
        );
        assert_eq!(
            tel_line("+33 1 23 45 67 89 poste 12").as_deref(),
            Some("TEL;VALUE=uri:tel:+33-1-23-45-67-89;ext=12")
        );
        assert_eq!(
            tel_line("+1-418-656-9254 ext. 102").as_deref(),
            Some("TEL;VALUE=uri:tel:+1-418-656-9254;ext=102")
        );
        assert_eq!(
            tel_line("01 23 45 67 89").as_deref(),
            Some("TEL:01 23 45 67 89")
        );
    }
}
