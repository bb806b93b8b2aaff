//! Taking everything out: vCard 4.0 that Carnet's own import reads back field for field, and a
//! CSV table with what the encounters say; both from the command line.

use crate::common;

use carnet::export::{to_csv, to_vcard};
use carnet::import::{Format, ImportPlan};
use carnet::model::{Contact, Edit, Network};
use common::day;

#[test]
fn vcard_export_round_trips_through_the_import() {
    let mut network = carnet::store::load(&common::demo_path()).unwrap();
    // A contact with every awkward character.
    let id = network.allocate_contact_id();
    let mut odd = Contact::new(id, "Zoë \"Zed\" O'Brien, Jr.");
    odd.organization = "Pomme; Inc.".to_owned();
    odd.role = "Design\\Lead".to_owned();
    odd.emails = vec!["zoe@example.com".to_owned(), "z@example.org".to_owned()];
    odd.phones = vec!["+33 6 12 34 56 78".to_owned()];
    odd.tags = vec!["design, ux".to_owned(), "émoji 😀".to_owned()];
    odd.notes = format!(
        "Line one\nLine two, with a comma; and a semicolon. {}",
        "long ".repeat(30).trim_end()
    );
    network.apply(Edit::PutContact(Box::new(odd))).unwrap();

    let text = to_vcard(&network);
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines fold at 75 octets"
    );
    let parsed = Format::VCard.parse(text.as_bytes()).unwrap();
    assert!(parsed.skipped.is_empty());
    assert_eq!(parsed.incoming.len(), network.contacts().len());
    for (incoming, original) in parsed.incoming.iter().zip(network.contacts()) {
        let c = &incoming.contact;
        assert_eq!(c.name, original.name);
        assert_eq!(c.organization, original.organization);
        assert_eq!(c.role, original.role);
        assert_eq!(c.emails, original.emails);
        assert_eq!(c.links, original.links);
        assert_eq!(c.tags, original.tags, "{}", original.name);
        assert_eq!(c.notes, original.notes);
        // The number itself; its separators may be written another way (a tel: URI).
        let digits = |p: &[String]| -> Vec<String> {
            p.iter()
                .map(|s| {
                    s.chars()
                        .filter(|c| c.is_ascii_digit() || *c == '+')
                        .collect()
                })
                .collect()
        };
        assert_eq!(digits(&c.phones), digits(&original.phones));
    }

    // Importing the export into the project it came from adds nobody.
    let plan = ImportPlan::new(&network, parsed);
    assert!(plan.added.is_empty(), "{}", plan.report());
}

#[test]
fn csv_export_has_a_row_per_contact_with_trust_and_last_met() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let text = to_csv(&network, day("2026-11-27")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[7..10],
        ["Met in person", "Trust", "Last met in person"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), network.contacts().len());
    let claire = rows.iter().find(|r| &r[0] == "Claire Moreau").unwrap();
    assert_eq!(
        (&claire[7], &claire[8], &claire[9]),
        ("yes", "medium", "2025-02-14")
    );
    let never_met = rows.iter().find(|r| &r[0] == "Daniel Kim").unwrap();
    assert_eq!(
        (&never_met[7], &never_met[8], &never_met[9]),
        ("no", "none", "")
    );
}

#[test]
fn the_command_line_exports_both_formats() {
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("vcard", "out.vcf"), ("csv", "out.csv")] {
        let out = dir.path().join(name);
        let run = common::carnet()
            .args(["export", format])
            .arg(common::demo_path())
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(String::from_utf8_lossy(&run.stdout).starts_with("Wrote 40 contacts"));
        assert!(out.is_file());
    }
    let empty = Network::new("Empty");
    assert_eq!(to_vcard(&empty), "");
}

#[test]
fn in_the_app_file_export_writes_the_file_chosen() {
    use carnet::app::file_dialogs::{DialogKind, ScriptedDialogs};

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.vcf");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::TestApp::on(common::demo_path())
        .dialogs(dialogs.clone())
        .build();
    common::pick_file(
        &mut harness,
        &dialogs,
        &["File", "Export", "Contacts (vCard)…"],
        &out,
    );
    assert!(matches!(
        dialogs.shown().as_slice(),
        [DialogKind::Export { suggested_name, .. }] if suggested_name == "demo.vcf"
    ));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 40);
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Exported 40 contacts")
    );
}
