//! Every export is safe to open: text other people wrote (a LinkedIn name, a vCard from
//! someone's phone) reaches a spreadsheet, a notes app, a calendar, an address book or an image
//! viewer as text, never as a formula, a link, markup or a property of its own. Each format is
//! read back by a parser Carnet does not share (csv, ical, roxmltree, pulldown-cmark,
//! pdf-extract) and must give back the same text.

use crate::common;

use carnet::analysis::PrepSheet;
use carnet::export::{to_csv, to_vcard};
use carnet::model::{Contact, ContactId, Edit, Encounter, EncounterKind, Network};
use carnet::text::escape::{csv_cell_text, one_line, plain_text};
use chrono::NaiveDate;
use common::day;
use proptest::prelude::*;

const TODAY: &str = "2026-12-03";

/// What a spreadsheet reads as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The nastiest names we could write.
fn nasty_names() -> Vec<String> {
    let mut names: Vec<String> = [
        "=HYPERLINK(\"http://x\") Evil",
        "+cmd|calc",
        "-2+3",
        "@SUM(A1)",
        "\tTabbed",
        "\rCarriage",
        "'=already quoted",
        "Zoë \"Zed\" O'Brien <script>alert(1)</script>",
        "]]><!-- x -->&amp;&#x41;<![CDATA[y]]>",
        "[click](javascript:alert(1)) ![img](http://x/y.png) <img src=x onerror=alert(1)>",
        "# Heading\n- list\n> quote\n```code``` *em* _em_ ~~del~~ | a | b |",
        "1. Ordered www.evil.com https://evil.com/path <https://evil.com>",
        // Superscript and subscript, which pulldown-cmark's extensions read (found by the
        // property test below: "\\^x^" lost its carets).
        "E=mc^2^ and H~2~O, \\^x^",
        "line\r\nbreak\rold mac\nunix",
        "ctrl\u{0}\u{7}\u{1b}[31mred\u{7f}\u{85}\u{c}end",
        "\u{202e}gnp.exe\u{202c} right-to-left override",
        "👩\u{200d}👩\u{200d}👧\u{200d}👦 family 🏳\u{fe0f}\u{200d}🌈 flag",
        "BEGIN:VCARD\nEND:VCARD",
        "x;y,z\\w:v \\n \\, \\;",
        "no-break\u{a0}spaces\u{a0}\u{3000}at the end\u{a0}",
        "END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
        "trailing backslash \\",
    ]
    .map(str::to_owned)
    .to_vec();
    names.push(format!("{}{}", "a".repeat(5_000), "é".repeat(5_000)));
    names
}

/// A network whose project, contacts and a planned meeting carry `names`: each contact is
/// named by one, works at and as another, has notes, and wants to be seen every 30 days.
fn network_of(names: &[String]) -> (Network, Vec<ContactId>) {
    let mut network = Network::new(names[0].clone());
    network.goal = names[names.len() - 1].clone();
    let mut ids = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let id = network.allocate_contact_id();
        // A name is never empty in Carnet.
        let mut contact = Contact::new(id, format!("N{name}"));
        contact.organization = names[(n + 1) % names.len()].clone();
        contact.role = names[(n + 2) % names.len()].clone();
        contact.notes = names[(n + 3) % names.len()].clone();
        contact.tags = vec![names[(n + 4) % names.len()].clone()];
        contact.keep_in_touch_days = Some(30);
        network.apply(Edit::PutContact(Box::new(contact))).unwrap();
        ids.push(id);
    }
    let meeting = network.allocate_encounter_id();
    let mut planned = Encounter::new(
        meeting,
        day("2026-12-10"),
        EncounterKind::Coffee,
        vec![ids[0]],
    );
    planned.place = names[1 % names.len()].clone();
    planned.notes = names[2 % names.len()].clone();
    network
        .apply(Edit::PutEncounter(Box::new(planned)))
        .unwrap();
    (network, ids)
}

/// The CSV's cells: none starts like a formula, and each reads back (apostrophe off) as the
/// text written.
fn check_csv(network: &Network, today: NaiveDate) {
    let text = to_csv(network, today).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), network.contacts().len());
    for (row, contact) in rows.iter().zip(network.contacts()) {
        for cell in row {
            assert!(!cell.starts_with(FORMULA_STARTS), "formula cell {cell:?}");
        }
        // The same text, control characters aside (issue 30: ESC, BEL and NUL went out raw).
        assert_eq!(csv_cell_text(&row[0]), plain_text(&contact.name));
        assert_eq!(csv_cell_text(&row[1]), plain_text(&contact.organization));
        assert_eq!(csv_cell_text(&row[2]), plain_text(&contact.role));
        assert_eq!(csv_cell_text(&row[6]), plain_text(&contact.tags.join(", ")));
        for cell in row {
            assert!(
                !cell
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "a control character in {cell:?}"
            );
        }
    }
}

/// A vCard or iCalendar TEXT value unescaped as RFC 6350 and RFC 5545 say, in one pass.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// What the `ical` crate gives back for `text`: it drops a value's leading colons and trims
/// each physical line's end of any white space, a no-break space included (its own quirks,
/// not what RFC 5545 says; Carnet's own reader, checked beside it, keeps them).
fn as_ical_reads(text: &str) -> String {
    // A line end inside the text is escaped (`\n`), so it is not white space in the line.
    text.trim_start_matches(':')
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .to_owned()
}

/// Every line of a vCard or a calendar ends with CRLF, holds no other control character but
/// the folding's, and is at most 75 octets.
fn check_content_lines(text: &str) {
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets", line.len());
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "a control character in {line:?}"
        );
    }
}

/// The vCard: as many cards as contacts, and each FN, ORG, TITLE and NOTE as written (control
/// characters, which a vCard cannot carry, dropped) — read by the `ical` crate and by
/// Carnet's own import.
fn check_vcard(network: &Network) {
    let text = to_vcard(network);
    check_content_lines(&text);
    let cards: Vec<_> = ical::VcardParser::new(text.as_bytes())
        .map(Result::unwrap)
        .collect();
    assert_eq!(cards.len(), network.contacts().len());
    for (card, contact) in cards.iter().zip(network.contacts()) {
        let value = |name: &str| {
            card.properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| unescape(p.value.as_deref().unwrap_or_default()))
                .unwrap_or_default()
        };
        assert_eq!(value("FN"), as_ical_reads(&plain_text(&contact.name)));
        if !contact.organization.is_empty() {
            assert_eq!(
                value("ORG"),
                as_ical_reads(&plain_text(&contact.organization))
            );
        }
        if !contact.notes.is_empty() {
            assert_eq!(value("NOTE"), as_ical_reads(&plain_text(&contact.notes)));
        }
    }
    let parsed = carnet::import::Format::VCard
        .parse(text.as_bytes())
        .unwrap();
    assert_eq!(parsed.incoming.len(), network.contacts().len());
    for (incoming, contact) in parsed.incoming.iter().zip(network.contacts()) {
        assert_eq!(incoming.contact.name, plain_text(&contact.name).trim());
        assert_eq!(
            incoming.contact.organization,
            plain_text(&contact.organization).trim()
        );
        assert_eq!(incoming.contact.notes, plain_text(&contact.notes).trim());
    }
}

/// The calendar: one reminder per contact and the meeting, none injected, each summary as
/// written (on one line).
fn check_calendar(network: &Network, today: NaiveDate) {
    let (text, counts) = carnet::calendar::to_ics(network, today);
    check_content_lines(&text);
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        calendar.events.len(),
        counts.meetings + counts.follow_ups + counts.keep_in_touch
    );
    let summaries: Vec<String> = calendar
        .events
        .iter()
        .flat_map(|e| &e.properties)
        .filter(|p| p.name == "SUMMARY")
        .map(|p| unescape(p.value.as_deref().unwrap_or_default()))
        .collect();
    for contact in network.contacts().skip(1) {
        let expected = one_line(&format!("See {} again", one_line(contact.name.trim())));
        assert!(
            summaries.contains(&expected),
            "{expected:?} not in {summaries:?}"
        );
    }
    let name = calendar
        .properties
        .iter()
        .find(|p| p.name == "X-WR-CALNAME")
        .map(|p| unescape(p.value.as_deref().unwrap_or_default()))
        .unwrap();
    assert_eq!(name, as_ical_reads(&one_line(network.name.trim())));
}

/// The SVG map: well-formed XML, no element but drawing ones, no event attribute, and the
/// project's name as its title's text.
fn check_svg(network: &Network, today: NaiveDate) {
    let svg = carnet::ui::map::map_svg(network, today, &Default::default());
    let document = roxmltree::Document::parse(&svg).unwrap();
    for node in document.descendants().filter(|n| n.is_element()) {
        assert!(
            ["svg", "text", "circle", "line", "rect", "path", "g"]
                .contains(&node.tag_name().name()),
            "element {:?}",
            node.tag_name()
        );
        assert!(node.attributes().all(|a| !a.name().starts_with("on")));
    }
    let title = document
        .descendants()
        .find(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default())
        .unwrap();
    let expected: String = one_line(&network.name)
        .chars()
        .filter(|c| !matches!(c, '\u{fffe}' | '\u{ffff}'))
        .collect();
    assert_eq!(title, expected);
}

/// The text of each heading, and whether anything became a link, an image, HTML or code.
fn read_markdown(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut headings = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::all() - Options::ENABLE_SMART_PUNCTUATION) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            Event::Text(text) => {
                if let Some(heading) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::Start(
                tag @ (Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::HtmlBlock
                | Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::Strikethrough
                | Tag::FootnoteDefinition(_)
                | Tag::MetadataBlock(_)),
            ) => panic!("{tag:?} in\n{markdown}"),
            event @ (Event::Html(_)
            | Event::InlineHtml(_)
            | Event::Code(_)
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_)) => panic!("{event:?} in\n{markdown}"),
            _ => {}
        }
    }
    headings
}

/// The preparation sheet's Markdown: nothing but text, the title as written.
fn check_markdown(network: &Network, contact: ContactId, today: NaiveDate) {
    let sheet = PrepSheet::for_contact(network, contact, today).unwrap();
    let headings = read_markdown(&sheet.to_markdown(1));
    let title = one_line(&format!("Preparing to meet {}", sheet.name));
    assert_eq!(headings.first(), Some(&title.trim().to_owned()));
}

#[test]
fn nasty_names_reach_every_export_as_text() {
    let today = day(TODAY);
    let names = nasty_names();
    let (network, ids) = network_of(&names);
    check_csv(&network, today);
    check_vcard(&network);
    check_calendar(&network, today);
    check_svg(&network, today);
    for id in &ids {
        check_markdown(&network, *id, today);
    }
    let meeting = network.encounters().next().unwrap().id;
    read_markdown(&carnet::analysis::meeting_markdown(
        &network, meeting, today,
    ));
}

#[test]
fn nasty_names_print_in_the_pdf_as_written() {
    let today = day(TODAY);
    let names = nasty_names();
    let (network, ids) = network_of(&names);
    for (id, name) in ids.iter().zip(&names) {
        let sheet = PrepSheet::for_contact(&network, *id, today).unwrap();
        let pdf =
            carnet::export::pdf::prep_sheet(&sheet, &network.name, carnet::export::pdf::Paper::A4)
                .unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        // A long name runs over pages: the pages' footers come between its pieces.
        let text: String = text
            .lines()
            .filter(|line| !line.contains("· Carnet · page"))
            .collect::<Vec<_>>()
            .join("\n");
        // Lines break where the page ends: compare without white space, and without the
        // control characters a PDF cannot draw.
        let squeeze = |s: &str| -> String {
            s.chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect()
        };
        let written = squeeze(&format!("N{name}"));
        if name.contains('\u{202e}') || name.contains('\u{200d}') {
            // Bidirectional and joined text may come back reordered or split by the reader:
            // each plain word around it must still be there.
            for word in name.split_whitespace().filter(|w| w.is_ascii()) {
                assert!(text.contains(word), "{word:?} of {name:?} not in the PDF");
            }
            continue;
        }
        assert!(
            squeeze(&text).contains(&written),
            "{name:?} not in the PDF's text"
        );
    }
}

#[test]
fn a_linkedin_row_with_formulas_exports_as_a_table_a_spreadsheet_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let connections = dir.path().join("Connections.csv");
    std::fs::write(
        &connections,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         \"=HYPERLINK(\"\"http://x\"\")\",Evil,,,+cmd|calc,@SUM(A1),01 Feb 2026\n\
         Inès,Haddad,,,-Doctolib,Product,01 Feb 2026\n",
    )
    .unwrap();
    let project = common::saved_network(dir.path(), &Network::new("Search"));
    let carnet = |args: &[&std::ffi::OsStr]| {
        let run = common::carnet().args(args).output().unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        String::from_utf8_lossy(&run.stdout).into_owned()
    };
    carnet(&[
        "import".as_ref(),
        "linkedin".as_ref(),
        connections.as_os_str(),
        "--into".as_ref(),
        project.as_os_str(),
    ]);
    let plain = dir.path().join("out.csv");
    let excel = dir.path().join("excel.csv");
    carnet(&[
        "export".as_ref(),
        "csv".as_ref(),
        project.as_os_str(),
        "--out".as_ref(),
        plain.as_os_str(),
    ]);
    let said = carnet(&[
        "export".as_ref(),
        "csv".as_ref(),
        project.as_os_str(),
        "--out".as_ref(),
        excel.as_os_str(),
        "--bom".as_ref(),
    ]);
    assert!(said.starts_with("Wrote 2 contacts"), "{said}");

    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(
        text.contains(r#""'=HYPERLINK(""http://x"") Evil",'+cmd|calc,'@SUM(A1)"#),
        "{text}"
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for cell in rows.iter().flatten() {
        assert!(!cell.starts_with(FORMULA_STARTS), "{cell:?}");
    }
    let network = carnet::store::load(&project).unwrap();
    let evil = network
        .contact_named("=HYPERLINK(\"http://x\") Evil")
        .unwrap();
    assert_eq!(csv_cell_text(&rows[0][1]), evil.organization);
    assert_eq!(evil.organization, "+cmd|calc");
    assert_eq!(csv_cell_text(&rows[1][1]), "-Doctolib");
    assert_eq!(&rows[1][0], "Inès Haddad");

    // For Excel: the same bytes after a UTF-8 byte-order mark.
    let bytes = std::fs::read(&excel).unwrap();
    assert_eq!(bytes[..3], [0xEF, 0xBB, 0xBF]);
    assert_eq!(bytes[3..], *text.as_bytes());

    // Their next export: a new job, whose title would clear the terminal and retitle its
    // window. The import's report names the change, and no escape sequence reaches the
    // terminal (the CLI drops every control character from what it prints).
    let later = dir.path().join("later").join("Connections.csv");
    std::fs::create_dir_all(later.parent().unwrap()).unwrap();
    std::fs::write(
        &later,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         \"=HYPERLINK(\"\"http://x\"\")\",Evil,,,+cmd|calc,\u{1b}[2J\u{1b}]0;pwned\u{7}CEO,01 Feb 2026\n\
         Inès,Haddad,,,-Doctolib,Product,01 Feb 2026\n",
    )
    .unwrap();
    let report = carnet(&[
        "import".as_ref(),
        "linkedin".as_ref(),
        later.as_os_str(),
        "--into".as_ref(),
        project.as_os_str(),
    ]);
    assert!(report.contains("new job: =HYPERLINK"), "{report}");
    assert!(report.contains("[2J]0;pwnedCEO"), "{report}");
    assert!(!report.contains(['\u{1b}', '\u{7}']), "{report:?}");

    // --bom is for the table only.
    let run = common::carnet()
        .args(["export", "vcard"])
        .arg(&project)
        .arg("--out")
        .arg(dir.path().join("x.vcf"))
        .arg("--bom")
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("--bom is for the CSV table only"));
}

#[test]
fn in_the_app_the_export_menu_offers_the_table_for_excel() {
    use carnet::app::file_dialogs::ScriptedDialogs;

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("for-excel.csv");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::app_with_dialogs(common::demo_path(), dialogs.clone(), day(TODAY));
    common::pick_file(
        &mut harness,
        &dialogs,
        &["File", "Export", "Table for Excel (CSV, UTF-8 with BOM)…"],
        &out,
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("Name,Organization,Role"));
    assert!(text.contains("Inès Haddad"));
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Exported 40 contacts")
    );
}

/// Any text at all: Unicode of every kind, control characters, markup.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@\\-\t\r'<>&\"\\[\\]()!#*_`|~\\\\;,:.\n a-zé😀\u{202e}\u{200d}\u{0}]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// For any contact text, each export parses back to the same text (control characters
    /// aside where the format cannot carry them), and no CSV cell starts like a formula.
    #[test]
    fn any_contact_text_exports_as_the_same_text(
        name in any_text(),
        organization in any_text(),
        notes in any_text(),
    ) {
        let today = day(TODAY);
        let names = [name, organization, notes];
        let (network, ids) = network_of(&names);
        check_csv(&network, today);
        check_vcard(&network);
        check_calendar(&network, today);
        check_svg(&network, today);
        check_markdown(&network, ids[0], today);
    }
}
