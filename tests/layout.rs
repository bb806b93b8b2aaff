//! The map's layout: deterministic, pinned nodes stay put, newcomers start next to whoever
//! introduced them, and it comes to rest.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use carnet::layout::{LayoutRequest, Simulation, SimulationSettings};
use carnet::model::{Contact, Edit, Origin, Position};

fn request_for(network: &carnet::model::Network, seed: u64) -> LayoutRequest {
    LayoutRequest::new(network, &|_| 0.5, seed)
}

#[test]
fn the_same_file_and_seed_give_the_same_layout() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let run = |seed, threads| {
        let settings = SimulationSettings {
            threads,
            ..SimulationSettings::default()
        };
        let mut sim = Simulation::new(&request_for(&network, seed), None, settings);
        sim.run_to_rest(1_000);
        sim.positions().to_vec()
    };
    assert_eq!(run(1, 1), run(1, 1));
    assert_eq!(run(1, 1), run(1, 2), "threads do not change the result");
    assert_ne!(run(1, 1), run(2, 1), "another seed gives another layout");
}

#[test]
fn the_layout_comes_to_rest() {
    let network = carnet::generate::generate(2_000, 3, common::day("2026-11-27")).unwrap();
    let mut sim = Simulation::new(
        &request_for(&network, 1),
        None,
        SimulationSettings::default(),
    );
    sim.run_to_rest(2_000);
    assert!(sim.is_settled(), "settled after {} steps", sim.steps());
    assert!(sim.steps() < 1_000);
    for p in sim.positions() {
        assert!(p[0].is_finite() && p[1].is_finite());
    }
}

#[test]
fn pinned_contacts_stay_where_they_were_dropped() {
    let mut network = carnet::store::load(&common::demo_path()).unwrap();
    let mut claire = network.contact_named("Claire Moreau").unwrap().clone();
    claire.pinned = Some(Position {
        x: 300.0,
        y: -120.0,
    });
    network
        .apply(Edit::PutContact(Box::new(claire.clone())))
        .unwrap();
    let mut sim = Simulation::new(
        &request_for(&network, 1),
        None,
        SimulationSettings::default(),
    );
    sim.run_to_rest(1_000);
    let node = sim.contacts().iter().position(|c| *c == claire.id).unwrap() + 1;
    assert_eq!(sim.positions()[node], [300.0, -120.0]);
    assert_eq!(sim.positions()[0], [0.0, 0.0], "I stay at the centre");
}

#[test]
fn a_new_contact_appears_next_to_whoever_introduced_them() {
    let mut network = carnet::store::load(&common::demo_path()).unwrap();
    let mut sim = Simulation::new(
        &request_for(&network, 1),
        None,
        SimulationSettings::default(),
    );
    sim.run_to_rest(1_000);
    let previous = sim.positions_by_contact();

    let claire = network.contact_named("Claire Moreau").unwrap().id;
    let id = network.allocate_contact_id();
    let mut newcomer = Contact::new(id, "Newcomer");
    newcomer.origin = Origin::IntroducedBy(Some(claire));
    network.apply(Edit::PutContact(Box::new(newcomer))).unwrap();
    let warm = Simulation::new(
        &request_for(&network, 1),
        Some(&previous),
        SimulationSettings::default(),
    );
    let at = |sim: &Simulation, id| {
        let node = sim.contacts().iter().position(|c| *c == id).unwrap() + 1;
        sim.positions()[node]
    };
    let (a, b) = (at(&warm, id), at(&warm, claire));
    let distance = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
    assert!(distance < 50.0, "starts {distance} away from Claire");
    assert_eq!(b, previous[&claire], "everyone else keeps their place");
    assert!(warm.alpha() < 0.5, "a warm start only settles what changed");
}

#[test]
fn computed_positions_are_not_saved_only_pins_are() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let mut sim = Simulation::new(
        &request_for(&network, 1),
        None,
        SimulationSettings::default(),
    );
    sim.run_to_rest(1_000);
    let text = carnet::store::to_ron_string(&network).unwrap();
    assert!(!text.contains("pinned"), "no contact of the demo is pinned");
}

/// Mean distance between people of one organization, over the mean distance between any two
/// people: below 1, organizations gather.
fn organization_spread(network: &carnet::model::Network, positions: &[[f32; 2]]) -> f32 {
    let contacts: Vec<&Contact> = network.contacts().collect();
    let distance = |a: usize, b: usize| {
        let (p, q) = (positions[a + 1], positions[b + 1]);
        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
    };
    let (mut same, mut same_n, mut any, mut any_n) = (0.0f64, 0u32, 0.0f64, 0u32);
    for a in (0..contacts.len()).step_by(7) {
        for b in (a + 1..contacts.len()).step_by(3) {
            let d = f64::from(distance(a, b));
            any += d;
            any_n += 1;
            if contacts[a].organization == contacts[b].organization {
                same += d;
                same_n += 1;
            }
        }
    }
    ((same / f64::from(same_n)) / (any / f64::from(any_n))) as f32
}

#[test]
fn people_of_one_organization_gather() {
    let network = carnet::generate::generate(2_000, 3, common::day("2026-11-27")).unwrap();
    let request = request_for(&network, 1);
    let mut sim = Simulation::new(&request, None, SimulationSettings::default());
    sim.run_to_rest(2_000);
    let spread = organization_spread(&network, sim.positions());
    let mut scattered = request.clone();
    scattered.groups.iter_mut().for_each(|g| *g = 0);
    let mut sim = Simulation::new(&scattered, None, SimulationSettings::default());
    sim.run_to_rest(2_000);
    let without_groups = organization_spread(&network, sim.positions());
    eprintln!("spread with grouped start {spread:.3}, without {without_groups:.3}");
    assert!(
        spread < 0.6,
        "colleagues sit closer than strangers: {spread}"
    );
}

#[test]
fn a_large_layout_is_the_same_on_one_thread_and_on_two() {
    // Large enough for the parallel paths: tree build, repulsion, springs beside them.
    let network = carnet::generate::generate(5_000, 5, common::day("2026-11-27")).unwrap();
    let request = request_for(&network, 1);
    let run = |threads| {
        let settings = SimulationSettings {
            threads,
            ..SimulationSettings::default()
        };
        let mut sim = Simulation::new(&request, None, settings);
        for _ in 0..8 {
            sim.step();
        }
        sim.positions().to_vec()
    };
    assert_eq!(run(1), run(2));
}
