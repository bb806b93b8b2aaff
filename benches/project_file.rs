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

criterion_group!(benches, project_file);
criterion_main!(benches);
