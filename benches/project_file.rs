//! Opening and saving project files: parse + check, and serialization, on the demo project
//! and on a network grown from it to thousands of contacts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use carnet::model::{Contact, Edit, Encounter, Network};
use criterion::{Criterion, criterion_group, criterion_main};

fn demo_bytes() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/demo.ron")).unwrap()
}

/// The demo's contacts and encounters copied `copies` times, with fresh ids.
fn grown_network(copies: usize) -> Network {
    let demo = carnet::store::parse(&demo_bytes(), Path::new("demo.ron")).unwrap();
    let mut network = Network::new("Grown demo");
    for copy in 0..copies {
        let mut ids = std::collections::HashMap::new();
        for contact in demo.contacts() {
            let id = network.allocate_contact_id();
            ids.insert(contact.id, id);
            let mut clone: Contact = contact.clone();
            clone.id = id;
            clone.origin = carnet::model::Origin::AddedByHand;
            clone.name = format!("{} {copy}", contact.name);
            network.apply(Edit::PutContact(Box::new(clone))).unwrap();
        }
        for encounter in demo.encounters() {
            let mut clone: Encounter = encounter.clone();
            clone.id = network.allocate_encounter_id();
            clone.participants = clone.participants.iter().map(|p| ids[p]).collect();
            network.apply(Edit::PutEncounter(Box::new(clone))).unwrap();
        }
    }
    network
}

fn project_file(c: &mut Criterion) {
    let demo = demo_bytes();
    c.bench_function("open demo (40 contacts): parse + check", |b| {
        b.iter(|| carnet::store::parse(&demo, Path::new("demo.ron")).unwrap());
    });

    let network = grown_network(250);
    let text = carnet::store::to_ron_string(&network).unwrap();
    let mut group = c.benchmark_group("10,000 contacts, 14,750 encounters");
    group.sample_size(10);
    group.bench_function("open: parse + check", |b| {
        b.iter(|| carnet::store::parse(text.as_bytes(), Path::new("big.ron")).unwrap());
    });
    group.bench_function("save: serialize to RON", |b| {
        b.iter(|| carnet::store::to_ron_string(&network).unwrap());
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    group.bench_function("save: serialize + atomic write + fsync", |b| {
        b.iter(|| carnet::store::save(&network, &path).unwrap());
    });
    group.finish();
}

/// The envelope of a project file, read straight into the model: what `ron` or `serde_json`
/// alone cost, without Carnet's checks and index.
#[derive(serde::Deserialize, serde::Serialize)]
struct Bare {
    format_version: u32,
    network: Network,
}

/// The scale issue's project: 20,000 contacts, about 55,000 relations and introductions,
/// 39,000 encounters; opened and saved, side by side with bare `ron` and `serde_json`.
fn scale(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    let text = carnet::store::to_ron_string(&network).unwrap();
    let json = serde_json::to_string(&Bare {
        format_version: 1,
        network: network.clone(),
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    carnet::store::save(&network, &path).unwrap();
    let title = format!(
        "20,000 contacts, {} relations + introductions, {} encounters ({} MB)",
        network.relations().len() + network.introductions().len(),
        network.encounters().len(),
        text.len() / 1_000_000
    );
    let mut group = c.benchmark_group(title);
    group.sample_size(10);
    group.bench_function("open: read + parse + check + index (Carnet)", |b| {
        b.iter(|| carnet::store::load(&path).unwrap());
    });
    group.bench_function("peer: bare ron::from_str into the model", |b| {
        b.iter(|| ron::from_str::<Bare>(&text).unwrap());
    });
    group.bench_function("peer: bare serde_json::from_str into the model", |b| {
        b.iter(|| serde_json::from_str::<Bare>(&json).unwrap());
    });
    group.bench_function("save: serialize to RON", |b| {
        b.iter(|| carnet::store::to_ron_string(&network).unwrap());
    });
    group.bench_function(
        "save: snapshot of the records (the UI thread's share of a save)",
        |b| {
            b.iter(|| network.snapshot());
        },
    );
    group.bench_function("save: serialize + atomic write + fsync", |b| {
        b.iter(|| carnet::store::save(&network, &path).unwrap());
    });
    group.bench_function("peer: serde_json::to_string", |b| {
        b.iter(|| {
            serde_json::to_string(&Bare {
                format_version: 1,
                network: network.clone(),
            })
            .unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, project_file, scale);
criterion_main!(benches);
