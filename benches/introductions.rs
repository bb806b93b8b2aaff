//! Introductions on a generated 20,000-contact network: "who can introduce me to…" for one
//! person and for anyone at an organization, and the trust gate of one introduction.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::analysis::{PathTarget, gate, warm_paths};
use carnet::model::Origin;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn introductions(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    // Someone I never met, introduced by a contact: the usual question.
    let target = network
        .contacts()
        .filter(|c| matches!(c.origin, Origin::IntroducedBy(Some(_))))
        .find(|c| network.encounters_with(c.id).next().is_none())
        .or_else(|| network.contacts().last())
        .unwrap();
    let organization = target.organization.clone();
    assert!(!organization.is_empty());
    let person = PathTarget::Person(target.id);
    let anyone_at = PathTarget::Organization(organization.clone());
    // Measure questions that have answers: 3 paths to the person, 5 to the organization.
    assert!(!warm_paths(&network, &person, today).is_empty());
    assert!(!warm_paths(&network, &anyone_at, today).is_empty());
    let title = format!(
        "20,000 contacts, {} relations, {} encounters",
        network.relations().len(),
        network.encounters().len()
    );
    let mut group = c.benchmark_group(title);
    group.sample_size(20);
    group.bench_function("warm paths to one person", |b| {
        b.iter(|| warm_paths(&network, &person, today))
    });
    group.bench_function("warm paths to anyone at an organization", |b| {
        b.iter(|| warm_paths(&network, &anyone_at, today))
    });
    let mut two = network.contacts().map(|c| c.id);
    let (a, b) = (two.next().unwrap(), two.next().unwrap());
    group.bench_function("trust gate of one introduction", |bench| {
        bench.iter(|| gate(&network, a, b, today))
    });
    group.finish();
}

criterion_group!(benches, introductions);
criterion_main!(benches);
