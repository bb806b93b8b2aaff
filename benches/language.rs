//! What the language costs: the catalogues parsed at start-up, the app's start-up to its first
//! frame, and one frame of each tab (the busiest panels) in English and in French, measured
//! headless with egui_kittest (Carnet's UI code and egui's layout; no GPU).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use carnet::App;
use carnet::app::file_dialogs::ScriptedDialogs;
use carnet::text::i18n::Language;
use carnet::ui::central_view::CentralView;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

/// The app on `file`, in a 1280×800 window, its recovery copies kept in `data`.
fn app(file: &Path, data: &Path) -> Harness<'static, App> {
    let (file, data) = (file.to_owned(), data.to_owned());
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(10_000)
        .build_eframe(move |cc| {
            App::with_dialogs(cc, Some(file), Box::new(ScriptedDialogs::default()))
                .with_today(today())
                .with_data_dir(data)
        })
}

/// The project a new user has after the first import: the demo (its French twin in French)
/// and LinkedIn's archive of 800 connections.
fn first_import(dir: &Path, language: Language) -> PathBuf {
    let mut network = carnet::cli::generate::demo_with_imported(800, 7, today()).unwrap();
    if language == Language::French {
        let french = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/demo-fr.ron"),
        )
        .unwrap();
        let twin = carnet::store::parse(&french, Path::new("demo-fr.ron")).unwrap();
        network.name = twin.name.clone();
        network.goal = twin.goal.clone();
    }
    let path = dir.join(format!("first-import-{}.ron", language.code()));
    carnet::store::save(&network, &path).unwrap();
    path
}

fn catalogues(c: &mut Criterion) {
    let mut group = c.benchmark_group("Language: the catalogue parsed at start-up");
    for language in Language::ALL {
        group.bench_function(format!("{language:?}"), |b| {
            b.iter(|| carnet::text::i18n::parse_catalogue(language));
        });
    }
    group.finish();
    let mut group = c.benchmark_group("Language: one message formatted");
    for language in Language::ALL {
        carnet::text::i18n::set_language(language);
        group.bench_function(format!("a label, {language:?}"), |b| {
            b.iter(|| carnet::text::i18n::tr("contacts-add"));
        });
        group.bench_function(format!("a plural with 3 numbers, {language:?}"), |b| {
            b.iter(|| {
                carnet::tr!(
                    "cli-check-contacts-detail",
                    count = 40,
                    met = 26,
                    online = 14
                )
            });
        });
    }
    group.finish();
}

fn start_up(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut group = c.benchmark_group("Language: start-up to the first frame, demo");
    group.sample_size(20);
    for language in Language::ALL {
        let demo = match language {
            Language::English => "assets/examples/demo.ron",
            Language::French => "assets/examples/demo-fr.ron",
        };
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join(demo);
        carnet::text::i18n::set_language(language);
        group.bench_function(format!("{language:?}"), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let started = Instant::now();
                    let mut harness = app(&demo, &data);
                    harness.step();
                    spent += started.elapsed();
                    // Closing (the lock released, the window's state saved) is not start-up.
                    drop(harness);
                }
                spent
            });
        });
    }
    group.finish();
}

fn tab_frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut group = c.benchmark_group("Language: one frame of each tab, demo + 800 imported");
    group.sample_size(20);
    for language in Language::ALL {
        carnet::text::i18n::set_language(language);
        let file = first_import(dir.path(), language);
        let mut harness = app(&file, &data);
        harness.run();
        harness.state_mut().map_mut().settle();
        harness.run();
        harness.state_mut().select_by_name("Claire Moreau");
        harness.run();
        for tab in CentralView::ALL {
            // The tab is the highest button reading its name (the Agenda's carries a count).
            let name = tab.label();
            harness
                .query_all_by(|node| {
                    node.label().is_some_and(|label| {
                        label == name || label.starts_with(&format!("{name} ("))
                    })
                })
                .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
                .expect("the tab")
                .click();
            harness.run();
            group.bench_function(format!("{}, {language:?}", tab.label()), |b| {
                b.iter_custom(|iters| {
                    let started = Instant::now();
                    for _ in 0..iters {
                        harness.step();
                    }
                    started.elapsed()
                });
            });
        }
        drop(harness);
    }
    group.finish();
}

criterion_group!(benches, catalogues, start_up, tab_frames);
criterion_main!(benches);
