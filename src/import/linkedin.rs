//! LinkedIn's `Connections.csv` ("Get a copy of your data"): UTF-8 with a byte-order mark, a
//! `Notes:` preamble before the header (older exports have none), CRLF or LF, RFC 4180
//! quoting. The header row is found rather than assumed, and columns are read by name, so
//! exports without the `URL` column, or with columns in another order, read the same.

use chrono::NaiveDate;

use super::{ImportError, Incoming, Parsed, Skipped, text_of};
use crate::model::{Contact, ContactId, Origin};

/// The columns Carnet reads, by their names in the header (compared without case).
struct Columns {
    first: usize,
    last: usize,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected: Option<usize>,
}

impl Columns {
    fn of(header: &csv::StringRecord) -> Option<Self> {
        let find = |names: &[&str]| {
            header.iter().position(|h| {
                let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
                names.contains(&h.as_str())
            })
        };
        Some(Self {
            first: find(&["first name"])?,
            last: find(&["last name"])?,
            url: find(&["url", "profile url"]),
            email: find(&["email address", "email"]),
            company: find(&["company", "organization"]),
            position: find(&["position", "title"]),
            connected: find(&["connected on"]),
        })
    }
}

/// Reads a Connections.csv export.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let text = text_of(bytes)?;
    // The header is the first line that names both "First Name" and "Last Name".
    let mut offset = 0;
    let mut header_line = None;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let lower = line.to_lowercase();
        if lower.contains("first name") && lower.contains("last name") {
            header_line = Some(index + 1);
            break;
        }
        offset += line.len();
    }
    let (Some(header_line), Some(rest)) = (header_line, text.get(offset..)) else {
        return Err(ImportError::NoHeader {
            expected: "\"First Name\" and \"Last Name\"",
        });
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(rest.as_bytes());
    let columns = reader
        .headers()
        .ok()
        .and_then(Columns::of)
        .ok_or(ImportError::NoHeader {
            expected: "\"First Name\" and \"Last Name\"",
        })?;
    let mut parsed = Parsed::default();
    // Lines are counted from byte offsets: the reader's own count differs between CRLF and LF.
    let mut lines = LineCounter {
        text: rest,
        byte: 0,
        line: header_line,
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| lines.at(p.byte()));
                parsed.skipped.push(Skipped {
                    line,
                    reason: format!("unreadable row ({error})"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        let field = |column: Option<usize>| {
            column
                .and_then(|c| record.get(c))
                .map(str::trim)
                .unwrap_or_default()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let name = format!(
            "{} {}",
            field(Some(columns.first)),
            field(Some(columns.last))
        )
        .trim()
        .to_owned();
        if name.is_empty() {
            parsed.skipped.push(Skipped {
                line,
                reason: "no name (a hidden profile: LinkedIn exports only the date)".to_owned(),
            });
            continue;
        }
        let mut contact = Contact::new(ContactId(0), name);
        contact.organization = field(columns.company).to_owned();
        contact.role = field(columns.position).to_owned();
        let email = field(columns.email);
        if !email.is_empty() {
            contact.emails.push(email.to_owned());
        }
        let url = field(columns.url);
        if !url.is_empty() {
            contact.links.push(url.to_owned());
        }
        contact.origin = Origin::LinkedIn(parse_date(field(columns.connected)));
        parsed.incoming.push(Incoming { contact, line });
    }
    Ok(parsed)
}

/// Turns byte offsets, met in increasing order, into line numbers.
struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: usize,
}

impl LineCounter<'_> {
    fn at(&mut self, byte: u64) -> usize {
        let mut byte = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // With CRLF, a record's offset can point at the line end before it.
        while matches!(self.text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte > self.byte {
            let newlines = self
                .text
                .as_bytes()
                .get(self.byte..byte)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            self.line += newlines;
            self.byte = byte;
        }
        self.line
    }
}

/// "08 Feb 2026" as LinkedIn writes it today; ISO dates and US dates of older exports.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y", "%d-%b-%y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_linkedin_writes_them() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 8);
        assert_eq!(parse_date("08 Feb 2026"), day);
        assert_eq!(parse_date("2026-02-08"), day);
        assert_eq!(parse_date("2/8/26"), day);
        assert_eq!(parse_date("yesterday"), None);
    }
}
