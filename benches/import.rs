//! Importing a LinkedIn Connections.csv of 20,000 rows: parsing it, and matching it against
//! a 20,000-contact network (a re-import: everyone is matched, nobody duplicated).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

use carnet::import::{ImportPlan, linkedin};
use carnet::model::Network;
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

fn import(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::generate::generate(20_000, 7, today).unwrap();
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
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
