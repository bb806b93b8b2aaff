//! Search as you type over 20,000 contacts and what I wrote about them (their notes, the
//! notes and promises of encounters, introductions' notes): what one keystroke costs
//! (scanning the folded index, ranking, keeping the list's order), and building the index
//! once per change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::analysis::{ContactQuery, SearchIndex, fold};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn search(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    let index = SearchIndex::with_writings(&network);
    // The list sorted by name, as it is shown.
    let names: Vec<String> = network.contacts().map(|c| fold(&c.name)).collect();
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|a, b| names[*a as usize].cmp(&names[*b as usize]));
    let mut group = c.benchmark_group("Search, 20,000 contacts");
    group.sample_size(30);
    // Typing "marie dur" one key at a time: each prefix is one keystroke.
    // Then words found only in what I wrote.
    for typed in [
        "m",
        "ma",
        "mar",
        "marie",
        "marie d",
        "marie dur",
        "plans",
        "could help",
    ] {
        let query = ContactQuery::new(typed);
        let found = index.find(&query, &order).len();
        group.bench_function(format!("keystroke \"{typed}\" ({found} found)"), |b| {
            b.iter(|| index.find(&query, &order))
        });
    }
    group.bench_function("build the index (once per change of the network)", |b| {
        b.iter(|| SearchIndex::with_writings(&network))
    });
    group.bench_function(
        "build the index of names only (the encounter form's)",
        |b| b.iter(|| SearchIndex::new(network.contacts())),
    );
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
