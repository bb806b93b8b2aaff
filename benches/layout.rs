//! One layout step on a generated 20,000-contact network (about 60,000 springs), Carnet's
//! Barnes–Hut on one and two threads, beside fjadra (the d3-force port rerun uses) and an
//! all-pairs repulsion of the kind egui_graphs uses (at 10,000 nodes: it is O(n²)); and a
//! layout from scratch to rest.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::layout::{LayoutRequest, Simulation, SimulationSettings};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn request(contacts: usize) -> LayoutRequest {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let network = carnet::generate::generate(contacts, 7, today).unwrap();
    LayoutRequest::new(&network, &|_| 0.5, 1)
}

fn warm(request: &LayoutRequest, threads: usize) -> Simulation {
    let settings = SimulationSettings {
        threads,
        ..SimulationSettings::default()
    };
    let mut sim = Simulation::new(request, None, settings);
    // Measure a step in the middle of a layout, not on the initial spiral.
    for _ in 0..20 {
        sim.step();
    }
    sim
}

/// An all-pairs repulsion step, as simple force layouts do it.
fn all_pairs_step(positions: &mut [[f32; 2]], velocities: &mut [[f32; 2]]) {
    let n = positions.len();
    for i in 0..n {
        let (mut fx, mut fy) = (0.0f32, 0.0f32);
        let p = positions[i];
        for (j, q) in positions.iter().enumerate() {
            if i == j {
                continue;
            }
            let (dx, dy) = (p[0] - q[0], p[1] - q[1]);
            let d2 = (dx * dx + dy * dy).max(1.0);
            fx += dx / d2;
            fy += dy / d2;
        }
        velocities[i][0] += fx;
        velocities[i][1] += fy;
    }
    for (p, v) in positions.iter_mut().zip(velocities.iter()) {
        p[0] += v[0] * 0.01;
        p[1] += v[1] * 0.01;
    }
}

fn layout(c: &mut Criterion) {
    let big = request(20_000);
    let mut group = c.benchmark_group(format!(
        "layout step, {} nodes, {} springs",
        big.node_count(),
        big.edges.len()
    ));
    group.sample_size(20);
    let mut two = warm(&big, 2);
    group.bench_function("carnet Barnes-Hut, 2 threads", |b| b.iter(|| two.step()));
    let points: Vec<[f32; 2]> = two.positions().to_vec();
    group.bench_function("part: quadtree build", |b| {
        b.iter(|| carnet::layout::QuadTree::build(&points))
    });
    group.bench_function("part: quadtree build, 2 threads", |b| {
        b.iter(|| carnet::layout::QuadTree::build_on(&points, 2))
    });
    let tree = carnet::layout::QuadTree::build(&points);
    group.bench_function("part: repulsion on all nodes, 1 thread", |b| {
        let mut stack = Vec::new();
        b.iter(|| {
            let mut total = 0.0f32;
            for i in 0..points.len() {
                total += tree.inverse_square_sum(&points, i, 0.9, 4.0, &mut stack)[0];
            }
            total
        });
    });
    let mut one = warm(&big, 1);
    group.bench_function("carnet Barnes-Hut, 1 thread", |b| b.iter(|| one.step()));

    let nodes: Vec<fjadra::Node> = (0..big.node_count())
        .map(|_| fjadra::Node::default())
        .collect();
    let links: Vec<(usize, usize)> = big
        .edges
        .iter()
        .map(|e| (e.source as usize, e.target as usize))
        .collect();
    let mut fjadra_sim = fjadra::SimulationBuilder::default()
        .build(nodes)
        .add_force("link", fjadra::Link::new(links))
        .add_force("charge", fjadra::ManyBody::new())
        .add_force("x", fjadra::PositionX::new())
        .add_force("y", fjadra::PositionY::new());
    // fjadra's `step` runs a whole simulation; `tick(1)` is one step.
    fjadra_sim.tick(20);
    group.bench_function("fjadra (d3-force port)", |b| b.iter(|| fjadra_sim.tick(1)));
    group.finish();

    let mid = request(10_000);
    let mut group = c.benchmark_group("layout step, 10,001 nodes");
    group.sample_size(10);
    let mut positions: Vec<[f32; 2]> = warm(&mid, 1).positions().to_vec();
    let mut velocities = vec![[0.0f32; 2]; positions.len()];
    group.bench_function("all-pairs repulsion (egui_graphs kind)", |b| {
        b.iter(|| all_pairs_step(&mut positions, &mut velocities));
    });
    let mut mid_two = warm(&mid, 2);
    group.bench_function("carnet Barnes-Hut, 2 threads", |b| {
        b.iter(|| mid_two.step())
    });
    group.finish();

    let mut group = c.benchmark_group("layout from scratch to rest");
    group.sample_size(10);
    group.bench_function("20,001 nodes, 2 threads", |b| {
        b.iter(|| {
            let mut sim = Simulation::new(
                &big,
                None,
                SimulationSettings {
                    threads: 2,
                    ..SimulationSettings::default()
                },
            );
            sim.run_to_rest(2_000);
            sim.steps()
        });
    });
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
