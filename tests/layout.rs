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
