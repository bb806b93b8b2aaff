//! Typing in the contact editor with 20,000 contacts: the whole app's frame that takes one
//! keystroke (the edit, then the list's row, the search index and the map), measured headless with
//! egui_kittest. The layout is settled first.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use carnet::App;
use carnet::app::file_dialogs::ScriptedDialogs;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn typing(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.ron");
    let network = carnet::cli::generate::generate(20_000, 7, today).unwrap();
    carnet::store::save(&network, &file).unwrap();
    let name = network.contacts().next().unwrap().name.clone();
    let data = dir.path().join("data");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1500.0))
        .with_max_steps(10_000)
        .build_eframe(move |cc| {
            App::with_dialogs(cc, Some(file), Box::new(ScriptedDialogs::default()))
                .with_today(today)
                .with_data_dir(data)
        });
    harness.run();
    harness.state_mut().map_mut().settle();
    harness.run();
    harness.state_mut().select_by_name(&name);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Role")
        .click();
    harness.run();

    let mut group = c.benchmark_group("Typing in the editor, 20,000 contacts");
    group.sample_size(20);
    group.bench_function("one keystroke in Role (its two frames)", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                harness
                    .get_by_role_and_label(Role::TextInput, "Role")
                    .type_text("a");
                // The frame that takes the key and applies the edit, and the next one, which
                // draws the list and the map from the changed network.
                let started = Instant::now();
                harness.step();
                harness.step();
                spent += started.elapsed();
            }
            spent
        });
    });
    group.finish();
}

criterion_group!(benches, typing);
criterion_main!(benches);
