//! LinkedIn's `Connections.csv` ("Get a copy of your data"): UTF-8 with a byte-order mark, a
//! `Notes:` preamble before the header (older exports have none), CRLF or LF, RFC 4180
//! quoting. The header row is found rather than assumed, and columns are read by name, so
//! exports without the `URL` column, or with columns in another order, read the same. The
//! archive's other files are read by [`super::online`].

use chrono::NaiveDate;

use super::table::{Row, Table, field};
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
    fn of(table: &Table) -> Option<Self> {
        Some(Self {
            first: table.column(&["first name"])?,
            last: table.column(&["last name"])?,
            url: table.column(&["url", "profile url"]),
            email: table.column(&["email address", "email"]),
            company: table.column(&["company", "organization"]),
            position: table.column(&["position", "title"]),
            connected: table.column(&["connected on"]),
        })
    }
}

/// Whether a line (in lower case) is the header of a Connections.csv.
pub(super) fn is_connections_header(line: &str) -> bool {
    line.contains("first name") && line.contains("last name") && !line.contains("endorser")
}

/// Reads a Connections.csv export.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let text = text_of(bytes)?;
    let no_header = ImportError::NoHeader {
        expected: "First Name, Last Name",
    };
    let table = Table::find(&text, is_connections_header).ok_or(no_header.clone())?;
    let columns = Columns::of(&table).ok_or(no_header)?;
    let mut parsed = Parsed::default();
    for row in table.rows() {
        let (record, line) = match row {
            Row::Read { record, line } => (record, line),
            Row::Unreadable { line, error } => {
                parsed.skipped.push(Skipped {
                    line,
                    reason: crate::tr!("import-unreadable-row", error = error.to_string()),
                });
                continue;
            }
        };
        let field = |column: Option<usize>| field(&record, column);
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
                reason: crate::tr!("import-hidden-profile"),
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

/// "08 Feb 2026" as LinkedIn writes it today; ISO dates and US dates of older exports; and
/// the day of a time stamp as the archive's other files write it ("2024-03-12 09:14:03 UTC",
/// "2024/03/12 09:14:03 UTC", "3/12/24, 9:14 AM").
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let day = |text: &str| {
        [
            "%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y", "%d-%b-%y", "%Y/%m/%d",
        ]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text.trim(), format).ok())
    };
    day(text)
        .or_else(|| text.split_once(',').and_then(|(date, _)| day(date)))
        .or_else(|| text.split_once([' ', 'T']).and_then(|(date, _)| day(date)))
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
        assert_eq!(parse_date("2026-02-08 09:14:03 UTC"), day);
        assert_eq!(parse_date("2026/02/08 09:14:03 UTC"), day);
        assert_eq!(parse_date("2/8/26, 9:14 AM"), day);
        assert_eq!(parse_date("02/08/2026, 09:14 PM"), day);
    }
}
