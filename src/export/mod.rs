//! Taking everything out: contacts as vCard 4.0 (which Carnet's own import reads back), as a
//! CSV table with what the encounters say (trust, met in person, last in-person date), and the
//! calendar (`crate::calendar`). Pure functions from a network to text; the caller writes it.
//! Text from other people goes through [`safe`], so no file can attack whoever opens it.

pub mod pdf;
pub mod vcard;

pub use vcard::to_vcard;

use crate::text::escape as safe;

use chrono::NaiveDate;

use crate::analysis::{ContactFacts, facts_by_contact};
use crate::model::{Network, Origin};
use crate::tr;

/// The formats Carnet exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// vCard 4.0.
    VCard,
    /// A CSV table, one row per contact.
    Csv,
    /// The same table, starting with a UTF-8 byte-order mark so that Excel reads its accents.
    ExcelCsv,
    /// A calendar (.ics): planned meetings, follow-ups due, keep-in-touch reminders.
    Calendar,
}

/// An export's text, and what it holds in words ("840 contacts", "5 events: …").
pub struct Written {
    /// The file's text.
    pub text: String,
    /// What it holds.
    pub holds: String,
}

impl Format {
    /// Every format, in the order the Export menu lists them.
    pub const ALL: [Self; 4] = [Self::VCard, Self::Csv, Self::ExcelCsv, Self::Calendar];

    /// What the menu and the dialog call it.
    pub fn label(self) -> String {
        match self {
            Self::VCard => tr!("format-vcard"),
            Self::Csv => tr!("format-csv"),
            Self::ExcelCsv => tr!("format-excel-csv"),
            Self::Calendar => tr!("format-calendar"),
        }
    }

    /// What the menu item's hover text says about it.
    pub fn explanation(self) -> String {
        match self {
            Self::VCard => tr!("format-vcard-explained"),
            Self::Csv => tr!("format-csv-explained"),
            Self::ExcelCsv => tr!("format-excel-csv-explained"),
            Self::Calendar => tr!("format-calendar-explained"),
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::VCard => "vcf",
            Self::Csv | Self::ExcelCsv => "csv",
            Self::Calendar => "ics",
        }
    }

    /// The extensions a path prompt lists for it.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::VCard => &["vcf"],
            Self::Csv | Self::ExcelCsv => &["csv"],
            Self::Calendar => &["ics"],
        }
    }

    /// The network in this format.
    pub fn write(self, network: &Network, today: NaiveDate) -> Result<Written, String> {
        let contacts = || tr!("contacts-count", total = network.contacts().len());
        Ok(match self {
            Self::VCard => Written {
                text: to_vcard(network),
                holds: contacts(),
            },
            Self::Csv => Written {
                text: to_csv(network, today)?,
                holds: contacts(),
            },
            Self::ExcelCsv => Written {
                text: format!("{}{}", safe::UTF8_BOM, to_csv(network, today)?),
                holds: contacts(),
            },
            Self::Calendar => {
                let (text, counts) = crate::calendar::to_ics(network, today);
                Written {
                    text,
                    holds: counts.describe(),
                }
            }
        })
    }
}

/// One row per contact: who they are, how to reach them, and what the encounters say. Every
/// cell a spreadsheet would read as a formula is neutralized ([`safe::csv_cell`]).
pub fn to_csv(network: &Network, today: NaiveDate) -> Result<String, String> {
    let facts: crate::analysis::FactsByContact = facts_by_contact(network, today);
    let none = ContactFacts::default();
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Headers and words in the interface's language; dates stay ISO, which every
    // spreadsheet reads as a date.
    let header = [
        "field-name",
        "field-organization",
        "field-role",
        "field-emails",
        "field-phones",
        "field-links",
        "field-tags",
        "contact-met-in-person",
        "csv-trust",
        "contacts-sort-last-met",
        "project-encounters",
        "contact-origin",
    ]
    .map(|id| tr!(id));
    writer.write_record(header).map_err(|e| e.to_string())?;
    for contact in network.contacts() {
        let f = facts.get(&contact.id).unwrap_or(&none);
        let origin = match &contact.origin {
            Origin::IntroducedBy(Some(by)) => tr!(
                "csv-introduced-by",
                name = network.contact(*by).map_or("?", |c| c.name.as_str())
            ),
            other => other.label(),
        };
        let met = tr!(if f.met_in_person() {
            "csv-yes"
        } else {
            "csv-no"
        });
        let cells = [
            contact.name.as_str(),
            contact.organization.as_str(),
            contact.role.as_str(),
            &contact.emails.join("; "),
            &contact.phones.join("; "),
            &contact.links.join("; "),
            &contact.tags.join(", "),
            &met,
            &f.trust.label(),
            &f.last_in_person.map_or_else(String::new, |d| d.to_string()),
            &f.encounter_count.to_string(),
            &origin,
        ];
        writer
            // Control characters (escape, bell, NUL…) never reach a spreadsheet or a
            // terminal that shows the file: dropped, as in every text Carnet writes.
            .write_record(
                cells
                    .iter()
                    .map(|cell| safe::csv_cell(&safe::plain_text(cell)).into_owned()),
            )
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
