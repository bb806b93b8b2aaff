//! One frame of the map, measured headless: Carnet's UI code plus egui's tessellation, as
//! `egui::Context::run_ui` + `tessellate`. The network is generated; the layout is settled
//! first, so only drawing is measured.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::session::Session;
use carnet::ui::map::MapView;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};

struct Scene {
    ctx: egui::Context,
    session: Session,
    map: MapView,
    input: RawInput,
    today: NaiveDate,
}

impl Scene {
    fn new(contacts: usize) -> Self {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let network = carnet::cli::generate::generate(contacts, 7, today).unwrap();
        let mut scene = Self {
            ctx: egui::Context::default(),
            session: Session::with_network(network, None),
            map: MapView::default(),
            input: RawInput {
                screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
                ..RawInput::default()
            },
            today,
        };
        scene.frame();
        scene.map.settle();
        scene.frame();
        scene.frame();
        scene
    }

    fn frame(&mut self) -> usize {
        let mut actions = Vec::new();
        let output = self.ctx.run_ui(self.input.clone(), |ui| {
            let view = carnet::ui::ViewContext {
                session: &self.session,
                version: self.session.version(0, self.today),
            };
            self.map.ui(ui, &view, &mut actions);
        });
        let meshes = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        meshes.len()
    }
}

fn map_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("map frame (UI + tessellation), 1280x800");
    group.sample_size(30);

    let mut big = Scene::new(20_000);
    group.bench_function("20,000 contacts, zoomed to fit", |b| b.iter(|| big.frame()));
    // Panning: the view moves every frame, so every edge and node is laid out anew.
    let (fit_center, fit_zoom) = big.map.view();
    group.bench_function(
        "20,000 contacts, panning at fit (view moves each frame)",
        |b| {
            let mut step = 0_u32;
            b.iter(|| {
                step += 1;
                let dx = if step.is_multiple_of(2) { 3.0 } else { -3.0 };
                big.map
                    .set_view([fit_center[0] + dx, fit_center[1]], fit_zoom);
                big.frame()
            })
        },
    );
    // Zooming at fit: thousands of ties in view are one picture, drawn again at each zoom.
    group.bench_function(
        "20,000 contacts, zooming at fit (new zoom each frame)",
        |b| {
            let mut step = 0_u32;
            b.iter(|| {
                step += 1;
                let zoom = if step.is_multiple_of(2) { 1.02 } else { 0.98 } * fit_zoom;
                big.map.set_view(fit_center, zoom);
                big.frame()
            })
        },
    );
    big.map.set_view(fit_center, fit_zoom);
    big.frame();
    // A corner, zoomed in far enough for names and organizations: the top of the inner ring,
    // where the people I trust are.
    let (_, zoom) = big.map.view();
    let inner = big.map.placement().rings.first().map_or(0.0, |r| r.inner);
    let center = [-900.0, -inner - 600.0];
    big.map
        .set_view([center[0] + 900.0, center[1] - 600.0], 2.0);
    big.frame();
    group.bench_function("20,000 contacts, zoomed in on a corner with labels", |b| {
        b.iter(|| big.frame())
    });
    group.bench_function(
        "20,000 contacts, panning in a corner with labels (view moves each frame)",
        |b| {
            let mut step = 0_u32;
            b.iter(|| {
                step += 1;
                let dx = if step.is_multiple_of(2) { 3.0 } else { -3.0 };
                big.map
                    .set_view([center[0] + 900.0 + dx, center[1] - 600.0], 2.0);
                big.frame()
            })
        },
    );
    let _ = zoom;
    let center = [0.0, -inner - 400.0];

    // Zooming in step by step, above the zoom of bubbles, on the inner ring: the frames that
    // bring thousands of labels into view. Each frame has a new zoom and no label laid out yet.
    group.bench_function(
        "20,000 contacts, zooming in (new zoom and new labels each frame)",
        |b| {
            let mut step = 0_u32;
            b.iter(|| {
                step += 1;
                let zoom = if step.is_multiple_of(2) { 0.9 } else { 0.92 };
                big.map.set_view(center, zoom);
                big.map.forget_labels();
                big.frame()
            });
        },
    );

    let mut small = Scene::new(500);
    group.bench_function("500 contacts, zoomed to fit", |b| b.iter(|| small.frame()));
    group.finish();
}

criterion_group!(benches, map_frame);
criterion_main!(benches);
