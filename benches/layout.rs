//! The map's layout on generated networks: building the request (circles, closeness, groups)
//! and placing everyone in rings and sectors, at 2,000 and 20,000 contacts, and on the demo
//! with 800 imported LinkedIn connections. The map is readable as soon as this is done: there
//! is no simulation to wait for.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::layout::{LayoutRequest, place};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn layout(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut group = c.benchmark_group("layout");
    group.sample_size(20);
    let imported = carnet::cli::generate::demo_with_imported(800, 1, today).unwrap();
    group.bench_function("demo + 800 imported: request and placement", |b| {
        b.iter(|| place(&LayoutRequest::new(&imported, today)))
    });
    for contacts in [2_000, 20_000] {
        let network = carnet::cli::generate::generate(contacts, 7, today).unwrap();
        group.bench_function(format!("{contacts} contacts: request and placement"), |b| {
            b.iter(|| place(&LayoutRequest::new(&network, today)))
        });
        let request = LayoutRequest::new(&network, today);
        group.bench_function(format!("{contacts} contacts: placement only"), |b| {
            b.iter(|| place(&request))
        });
    }
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
