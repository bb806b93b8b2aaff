//! The sync with a real server (issue 34): a 2,000-contact project (everyone shared, with its
//! planned meetings, follow-ups and keep-in-touch dates) synced with Radicale on 127.0.0.1 —
//! the first sync (every card and event written, into fresh collections each time) and a
//! sync when nothing changed (one round trip per collection: the sync token says so).
//! Needs `python3` with Radicale (`pip install radicale==3.9.0`; `.ci/run` installs it).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

#[path = "../tests/support/radicale.rs"]
mod radicale;

use std::time::{Duration, Instant};

use carnet::model::{Network, ShareScope, SyncAccount};
use carnet::sync::{self, SyncOptions, dav::Client, discover};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use radicale::{PASSWORD, Radicale, USER};

const CONTACTS: usize = 2_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

/// The project with an account on `server`, writing into new collections named `name`.
fn with_fresh_collections(server: &Radicale, network: &Network, name: &str) -> Network {
    let client = Client::new(USER, PASSWORD);
    let found = discover::discover(&client, &server.url()).unwrap();
    let home = found.address_book_home.unwrap();
    let book = discover::create_address_book(&client, &home, name).unwrap();
    let calendar = discover::create_calendar(&client, &home, name).unwrap();
    let mut network = network.clone();
    network.sync = Some(std::sync::Arc::new(SyncAccount {
        server: server.url(),
        user: USER.to_owned(),
        address_book: Some(book),
        calendar: Some(calendar),
        scope: ShareScope::Everyone,
        ..SyncAccount::default()
    }));
    network
}

fn synced(network: &Network) -> (Network, sync::SyncResult) {
    let result = sync::sync(
        network,
        PASSWORD,
        today(),
        SyncOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let mut network = network.clone();
    if let Some(edit) = sync::result_edit(&network, result.clone()) {
        network.apply(edit).unwrap();
    }
    (network, result)
}

fn bench_sync(c: &mut Criterion) {
    let server = Radicale::start(std::path::Path::new("python3"));
    let network = carnet::cli::generate::generate(CONTACTS, 7, today()).unwrap();
    let mut group = c.benchmark_group("sync");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(60));
    let mut fresh = 0;
    group.bench_function("first sync, 2,000 contacts", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                fresh += 1;
                let project = with_fresh_collections(&server, &network, &format!("c{fresh}"));
                let started = Instant::now();
                let (_, result) = synced(&project);
                total += started.elapsed();
                assert_eq!(result.counts.cards_created, CONTACTS);
            }
            total
        });
    });
    let project = with_fresh_collections(&server, &network, "steady");
    let (project, first) = synced(&project);
    eprintln!(
        "first sync: {} cards, {} events, {} requests",
        first.counts.cards_created, first.counts.events_created, first.requests
    );
    group.sample_size(30);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("no-change sync, 2,000 contacts", |b| {
        b.iter(|| {
            let result = sync::sync(
                &project,
                PASSWORD,
                today(),
                SyncOptions::default(),
                &mut |_| {},
            )
            .unwrap();
            assert!(result.counts.is_empty());
            assert_eq!(result.requests, 2);
            result
        });
    });
    group.finish();
}

criterion_group!(benches, bench_sync);
criterion_main!(benches);
