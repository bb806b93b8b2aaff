//! Importing a LinkedIn Connections.csv of 20,000 rows: parsing it, and matching it against
//! a 20,000-contact network (a re-import: everyone is matched, nobody duplicated); and
//! merging contacts and projects at that size; hostile inputs (issue 30); calendars and
//! vCards from other programs at size (issue 31).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

use carnet::analysis::likely_duplicates_of;
use carnet::import::{ImportPlan, ProjectMerge, linkedin};
use carnet::model::Network;
use carnet::model::{default_choices, merged_contact};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

/// The generated network's contacts as LinkedIn would export them.
fn export_of(network: &Network) -> String {
    let mut csv = String::from(
        "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of \
         the email addresses are missing.\"\r\n\r\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    for (i, contact) in network.contacts().enumerate() {
        let (first, last) = contact.name.split_once(' ').unwrap_or((&contact.name, ""));
        let _ = write!(
            csv,
            "{first},{last},https://www.linkedin.com/in/person-{i},,\"{}\",\"{}\",{:02} Feb 2026\r\n",
            contact.organization,
            contact.role,
            i % 28 + 1
        );
    }
    csv
}

/// The same export, later: every tenth person works somewhere else.
fn later_export(csv: &str) -> String {
    let mut row = 0;
    csv.lines()
        .map(|line| {
            if !line.contains("linkedin.com/in/person-") {
                return format!("{line}\r\n");
            }
            row += 1;
            if row % 10 != 0 {
                return format!("{line}\r\n");
            }
            // First,Last,URL,Email,"Company","Position",Date: replace the company.
            let fields: Vec<&str> = line.splitn(5, ',').collect();
            let rest = fields.get(4).copied().unwrap_or("");
            let after_company = rest.split_once("\",").map_or("", |(_, after)| after);
            format!(
                "{},{},{},{},\"Moved Elsewhere {row}\",{after_company}\r\n",
                fields[0], fields[1], fields[2], fields[3]
            )
        })
        .collect()
}

fn import(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    let csv = export_of(&network);
    let empty = Network::new("Empty");
    let parsed = linkedin::parse(csv.as_bytes()).unwrap();
    assert_eq!(parsed.incoming.len(), 20_000);
    let mut imported = empty.clone();
    let plan = ImportPlan::new(&imported, parsed.clone());
    let edit = plan.into_edit(|| imported.allocate_contact_id()).unwrap();
    imported.apply(edit).unwrap();

    let mut group = c.benchmark_group("LinkedIn import, 20,000 rows");
    group.sample_size(10);
    group.bench_function("parse", |b| {
        b.iter(|| linkedin::parse(csv.as_bytes()).unwrap())
    });
    group.bench_function("parse + match into an empty project + apply", |b| {
        b.iter(|| {
            let mut network = empty.clone();
            let plan = ImportPlan::new(&network, linkedin::parse(csv.as_bytes()).unwrap());
            let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
            network.apply(edit).unwrap();
            network
        })
    });
    group.bench_function("parse + match again (re-import, all matched)", |b| {
        b.iter(|| ImportPlan::new(&imported, linkedin::parse(csv.as_bytes()).unwrap()))
    });
    // A later export where 2,000 people changed company (every tenth row): the re-import
    // reports them, keeps their old jobs as past jobs, and is applied as one edit.
    let moved = later_export(&csv);
    let plan = ImportPlan::new(&imported, linkedin::parse(moved.as_bytes()).unwrap());
    assert_eq!(plan.job_changes.len(), 2_000);
    group.bench_function(
        "re-import a later export with 2,000 new jobs: parse + match + apply",
        |b| {
            b.iter_batched(
                || imported.clone(),
                |mut network| {
                    let plan =
                        ImportPlan::new(&network, linkedin::parse(moved.as_bytes()).unwrap());
                    let edit = plan
                        .as_of(today)
                        .into_edit(|| network.allocate_contact_id())
                        .unwrap();
                    network.apply(edit).unwrap();
                    network
                },
                criterion::BatchSize::LargeInput,
            )
        },
    );
    // LinkedIn's whole archive: 20,000 connections, the messages of about 4,000 of them, and
    // their invitations and vouches, unzipped in memory, matched and applied.
    let archive = carnet::cli::generate::linkedin_archive(20_000, 7, today).unwrap();
    let parsed = carnet::import::Format::LinkedIn.parse(&archive).unwrap();
    let plan = ImportPlan::new(&empty, parsed);
    assert_eq!(plan.added.len(), 20_000);
    assert!(plan.online.message_days > 10_000, "{:?}", plan.online);
    group.bench_function(
        "import the whole archive (zip, messages, invitations, vouches) into an empty project",
        |b| {
            b.iter(|| {
                let mut network = empty.clone();
                let parsed = carnet::import::Format::LinkedIn.parse(&archive).unwrap();
                let plan = ImportPlan::new(&network, parsed);
                let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
                network.apply(edit).unwrap();
                network
            })
        },
    );
    group.finish();
}

/// Merging at 20,000 contacts: the editor's "maybe the same person" scan for one contact,
/// the edit that merges two contacts, and merging a whole project (into an empty one, and into
/// itself, where everything is already there).
fn merging(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    // The contact with the most encounters, merged with another: the costliest merge.
    let busiest = network
        .contacts()
        .max_by_key(|c| network.encounters_with(c.id).count())
        .unwrap()
        .clone();
    let other = network
        .contacts()
        .find(|c| c.id != busiest.id)
        .unwrap()
        .clone();
    let choices = default_choices(&busiest, &other);
    let empty = Network::new("Empty");
    let mut group = c.benchmark_group("Merging, 20,000 contacts");
    group.sample_size(10);
    group.bench_function("likely duplicates of one contact", |b| {
        b.iter(|| likely_duplicates_of(&network, busiest.id))
    });
    group.bench_function("merge two contacts (the edit)", |b| {
        b.iter(|| {
            network
                .merge_of_contacts(merged_contact(&busiest, &other, &choices), other.id)
                .unwrap()
        })
    });
    group.bench_function("merge a project into an empty one + apply", |b| {
        b.iter(|| {
            let mut into = empty.clone();
            let edit = ProjectMerge::new(&into, &network)
                .into_edit(&mut into)
                .unwrap();
            into.apply(edit).unwrap();
            into
        })
    });
    group.bench_function("merge a project into itself (all already here)", |b| {
        b.iter(|| ProjectMerge::new(&network, &network))
    });
    group.finish();
}

/// The inputs that took minutes before issue 30, each at the size reported and at ten times
/// it: a linear importer takes about ten times as long on the second.
fn hostile_inputs(c: &mut Criterion) {
    let mut group = c.benchmark_group("Hostile inputs (issue 30)");
    group.sample_size(10);
    // (700,000 rows is near the 64 MB the archive reader takes of one file.)
    for endorsements in [70_000, 700_000] {
        let archive = endorsed_archive(endorsements);
        group.bench_function(
            format!("LinkedIn archive: {endorsements} endorsements from one person"),
            |b| {
                b.iter(|| {
                    let parsed = carnet::import::Format::LinkedIn.parse(&archive).unwrap();
                    ImportPlan::new(&Network::new("Empty"), parsed)
                })
            },
        );
    }
    let card =
        |lines: &str| format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bulky\r\n{lines}END:VCARD\r\n");
    for tags in [300_000, 3_000_000] {
        let names: Vec<String> = (0..tags).map(|i| format!("t{i}")).collect();
        let vcf = card(&format!("CATEGORIES:{}\r\n", names.join(",")));
        group.bench_function(format!("vCard: one card of {tags} tags"), |b| {
            b.iter(|| carnet::import::vcard::parse(vcf.as_bytes()).unwrap())
        });
    }
    for emails in [100_000, 1_000_000] {
        let lines: String = (0..emails)
            .map(|i| format!("EMAIL:p{i}@example.com\r\n"))
            .collect();
        let vcf = card(&lines);
        group.bench_function(format!("vCard: one card of {emails} emails"), |b| {
            b.iter(|| carnet::import::vcard::parse(vcf.as_bytes()).unwrap())
        });
    }
    for breaks in [300_000, 3_000_000] {
        // Quoted-printable soft breaks: one short piece per line, ending in "=".
        let note =
            "NOTE;ENCODING=QUOTED-PRINTABLE:".to_owned() + &"ab=\r\n".repeat(breaks) + "c\r\n";
        let vcf = card(&note);
        group.bench_function(
            format!("vCard: a quoted-printable note of {breaks} soft breaks"),
            |b| b.iter(|| carnet::import::vcard::parse(vcf.as_bytes()).unwrap()),
        );
    }
    group.finish();
}

/// A LinkedIn archive of one connection who endorsed `count` different skills.
fn endorsed_archive(count: usize) -> Vec<u8> {
    use std::io::Write as _;
    let connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
        Ada,Keen,https://www.linkedin.com/in/a,,Acme,Engineer,12 Mar 2024\r\n";
    let mut endorsements = String::from(
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,\
         Endorser Public Url,Endorsement Status\n",
    );
    for i in 0..count {
        let _ = writeln!(
            endorsements,
            "2026/01/02 11:00:00 UTC,S{i},Ada,Keen,www.linkedin.com/in/a,ACCEPTED"
        );
    }
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut archive = zip::ZipWriter::new(&mut cursor);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("Connections.csv", connections.to_owned()),
        ("Endorsement_Received_Info.csv", endorsements),
    ] {
        archive.start_file(name, options).unwrap();
        archive.write_all(text.as_bytes()).unwrap();
    }
    archive.finish().unwrap();
    cursor.into_inner()
}

/// A calendar of `count` events over the last year, in Paris: one in five repeats weekly (with
/// an EXDATE), every third names one of `people` in its title.
fn calendar_of(count: usize, people: &[String]) -> Vec<u8> {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    for i in 0..count {
        let day = start + chrono::Days::new((i % 330) as u64);
        let title = if i % 3 == 0 {
            format!("Coffee with {}", people[i % people.len()])
        } else {
            format!("Focus time {i}")
        };
        let _ = write!(
            ics,
            "BEGIN:VEVENT\r\nUID:event-{i}\r\nDTSTART;TZID=Europe/Paris:{}T{:02}0000\r\n\
             SUMMARY:{title}\r\n",
            day.format("%Y%m%d"),
            8 + i % 10
        );
        if i % 5 == 0 {
            let _ = write!(
                ics,
                "RRULE:FREQ=WEEKLY;COUNT=20\r\nEXDATE;TZID=Europe/Paris:{}T{:02}0000\r\n",
                (day + chrono::Days::new(7)).format("%Y%m%d"),
                8 + i % 10
            );
        }
        ics.push_str("END:VEVENT\r\n");
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics.into_bytes()
}

/// Reading what other programs write (issue 31): a calendar at two sizes, read and turned into
/// meetings to debrief against 2,000 contacts; 20,000 vCards read again into the project they
/// made (each matched by its card key).
fn other_programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("Files from other programs (issue 31)");
    group.sample_size(10);
    let network =
        carnet::cli::generate::generate(2_000, 7, NaiveDate::from_ymd_opt(2026, 12, 7).unwrap())
            .unwrap();
    let people: Vec<String> = network.contacts().map(|c| c.name.clone()).collect();
    let paris = carnet::calendar::read::Zone::Tz(chrono_tz::Europe::Paris);
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    for events in [5_000, 50_000] {
        let ics = calendar_of(events, &people);
        group.bench_function(format!("calendar of {events} events: read"), |b| {
            b.iter(|| carnet::calendar::read::parse(&ics).unwrap())
        });
        group.bench_function(
            format!("calendar of {events} events: read + meetings to debrief (2,000 contacts)"),
            |b| {
                b.iter(|| {
                    let calendar = carnet::calendar::read::parse(&ics).unwrap();
                    carnet::calendar::meetings_to_debrief(&network, &calendar, today, &paris)
                })
            },
        );
    }
    let cards =
        carnet::export::to_vcard(&carnet::cli::generate::generate(20_000, 3, today).unwrap());
    let mut imported = Network::new("Cards");
    let plan = ImportPlan::new(
        &imported,
        carnet::import::vcard::parse(cards.as_bytes()).unwrap(),
    );
    let edit = plan.into_edit(|| imported.allocate_contact_id()).unwrap();
    imported.apply(edit).unwrap();
    group.bench_function("20,000 vCards: read", |b| {
        b.iter(|| carnet::import::vcard::parse(cards.as_bytes()).unwrap())
    });
    group.bench_function("20,000 vCards: read + match again (by card key)", |b| {
        b.iter(|| {
            let parsed = carnet::import::vcard::parse(cards.as_bytes()).unwrap();
            ImportPlan::new(&imported, parsed)
        })
    });
    group.finish();
}

criterion_group!(benches, import, merging, hostile_inputs, other_programs);
criterion_main!(benches);
