//! The encounters' derived views on a generated 20,000-contact network: the Agenda (computed
//! once per change of the network), a preparation sheet, and one contact's timeline facts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::analysis::{Agenda, PrepSheet, facts_for};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn agenda(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    // The contact with the most encounters: the worst case for one contact's views.
    let busiest = network
        .contacts()
        .max_by_key(|c| network.encounters_with(c.id).count())
        .unwrap()
        .id;
    let title = format!("20,000 contacts, {} encounters", network.encounters().len());
    let mut group = c.benchmark_group(title);
    group.sample_size(20);
    group.bench_function("agenda", |b| b.iter(|| Agenda::of(&network, today)));
    group.bench_function("overdue badge", |b| {
        b.iter(|| Agenda::count_overdue(&network, today))
    });
    group.bench_function("preparation sheet of the busiest contact", |b| {
        b.iter(|| PrepSheet::for_contact(&network, busiest, today).unwrap())
    });
    group.bench_function("facts of the busiest contact (indexed)", |b| {
        b.iter(|| facts_for(&network, busiest, today))
    });
    group.finish();
}

criterion_group!(benches, agenda);
criterion_main!(benches);
