//! The network's health (issue 36): the whole report — activity by month, trusted people seen
//! lately and six months ago, dormant ties, reciprocity, ambassadors, single points of failure
//! to five watched targets, diversity — computed after a change, at 2,000 and 20,000 contacts
//! with two years of the owner's posts; and one frame of the Health tab with the report
//! cached (UI + tessellation, headless, 1280x800).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use carnet::model::{Edit, Network, OwnPost, PostKind, WatchedTarget};
use carnet::session::Session;
use carnet::ui::health_panel::HealthPanel;
use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

/// A generated network watching five organizations, with a post every few days and a
/// comment most days over two years.
fn network(contacts: usize) -> Network {
    let mut network = carnet::cli::generate::generate(contacts, 7, today()).unwrap();
    let mut project = network.project();
    let mut organizations: Vec<String> = network
        .contacts()
        .map(|c| c.organization.clone())
        .filter(|o| !o.is_empty())
        .collect();
    organizations.sort();
    organizations.dedup();
    for name in organizations
        .iter()
        .step_by(organizations.len() / 5 + 1)
        .take(5)
    {
        project
            .targets
            .push(WatchedTarget::Organization(name.clone()));
    }
    let posts: Vec<OwnPost> = (0..730_u64)
        .flat_map(|days| {
            let day = today().checked_sub_days(Days::new(days)).unwrap();
            let mut posts = vec![OwnPost::new(day, PostKind::Comment, "Well said", "")];
            if days % 4 == 0 {
                posts.push(OwnPost::new(day, PostKind::Share, "What I learned", ""));
            }
            posts
        })
        .collect();
    project.posts = Arc::new(posts);
    network.apply(Edit::SetProject(Box::new(project))).unwrap();
    network
}

fn figures(c: &mut Criterion) {
    let mut group = c.benchmark_group("health figures after a change");
    group.sample_size(10);
    for contacts in [2_000, 20_000] {
        let network = network(contacts);
        group.bench_function(format!("{contacts} contacts"), |b| {
            b.iter(|| carnet::analysis::health(&network, today()))
        });
    }
    group.finish();
}

struct Tab {
    ctx: egui::Context,
    session: Session,
    panel: HealthPanel,
    input: RawInput,
}

impl Tab {
    fn frame(&mut self) -> usize {
        let mut actions = Vec::new();
        let output = self.ctx.run_ui(self.input.clone(), |ui| {
            let view = carnet::ui::ViewContext {
                session: &self.session,
                version: self.session.version(0, today()),
            };
            let print = carnet::ui::prep_panel::PrintSetup {
                paper: carnet::export::pdf::Paper::A4,
                printer: None,
            };
            self.panel.ui(ui, &view, print, &mut actions);
        });
        let meshes = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        meshes.len()
    }
}

fn tab_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("health tab frame (UI + tessellation), 1280x800");
    group.sample_size(30);
    let mut tab = Tab {
        ctx: egui::Context::default(),
        session: Session::with_network(network(20_000), None),
        panel: HealthPanel::default(),
        input: RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
            ..RawInput::default()
        },
    };
    // The first frame computes the report; the next ones draw it.
    tab.frame();
    tab.frame();
    group.bench_function("20,000 contacts, report cached", |b| b.iter(|| tab.frame()));
    group.finish();
}

criterion_group!(benches, figures, tab_frame);
criterion_main!(benches);
