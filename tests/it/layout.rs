//! The map's layout: distance from me means closeness, organizations gather in one sector of
//! each ring, nobody overlaps, pins stay put, and the same network always gives the same map.

use crate::common;

use std::collections::HashMap;

use carnet::analysis::{Circle, Grouping, facts_by_contact};
use carnet::layout::{LayoutRequest, closeness_by_contact, focus_request, place};
use carnet::model::{Contact, Edit, Network, Origin, Position};

fn today() -> chrono::NaiveDate {
    common::day("2026-11-27")
}

fn positions_of(network: &Network) -> Vec<[f32; 2]> {
    place(&LayoutRequest::new(network, today())).positions
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Ranks from 1, ties sharing their mean rank.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|a, b| values[*a].total_cmp(&values[*b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            ranks[order[k]] = mean;
        }
        i = j + 1;
    }
    ranks
}

fn spearman(x: &[f64], y: &[f64]) -> f64 {
    let (rx, ry) = (ranks(x), ranks(y));
    let n = rx.len() as f64;
    let (mx, my) = (rx.iter().sum::<f64>() / n, ry.iter().sum::<f64>() / n);
    let cov: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = rx.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = ry.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

/// Spearman's correlation of each contact's distance from me against their closeness.
fn distance_against_closeness(network: &Network) -> f64 {
    let facts = facts_by_contact(network, today());
    let closeness = closeness_by_contact(network, &facts, today());
    let positions = positions_of(network);
    let distances: Vec<f64> = positions
        .iter()
        .skip(1)
        .map(|p| f64::from(distance(*p, [0.0, 0.0])))
        .collect();
    let close: Vec<f64> = closeness.iter().map(|c| f64::from(c.value())).collect();
    spearman(&distances, &close)
}

#[test]
fn distance_from_me_means_closeness() {
    let generated = carnet::cli::generate::generate(2_000, 3, today()).unwrap();
    let rho = distance_against_closeness(&generated);
    eprintln!("generated 2,000: Spearman {rho:.3}");
    assert!(rho <= -0.9, "the closer, the nearer: Spearman {rho}");

    // On the demo with 800 imported connections, nearly everyone is online only and as
    // close as the others: the rings still order everyone, but within the outer ring the
    // order (recency of the connection) is weak. Measured, not held to 0.9.
    let imported = carnet::cli::generate::demo_with_imported(800, 1, today()).unwrap();
    let rho = distance_against_closeness(&imported);
    eprintln!("demo + 800 imported: Spearman {rho:.3}");
    assert!(rho <= -0.8, "the closer, the nearer: Spearman {rho}");
}

#[test]
fn everyone_sits_in_the_ring_of_their_circle() {
    let network = carnet::cli::generate::generate(2_000, 3, today()).unwrap();
    let facts = facts_by_contact(&network, today());
    let closeness = closeness_by_contact(&network, &facts, today());
    let placement = place(&LayoutRequest::new(&network, today()));
    assert_eq!(
        placement.rings.len(),
        3,
        "three rings: {:?}",
        placement.rings
    );
    for (close, p) in closeness.iter().zip(placement.positions.iter().skip(1)) {
        let ring = placement.rings[close.circle.index()];
        let r = distance(*p, [0.0, 0.0]);
        assert!(
            r >= ring.inner && r <= ring.outer,
            "{:?} at {r}, ring {ring:?}",
            close.circle
        );
    }
    // Inner rings lie inside outer ones.
    for pair in placement.rings.windows(2) {
        assert!(pair[0].outer < pair[1].inner);
    }
}

/// For each contact, whether it is nearer the centre of its own group than any other
/// group's centre; returns the share of contacts for which it holds. A group sits in one
/// sector of each ring it has people in, so with `by_ring` a group's people in one ring are
/// measured against the centres of the groups of that ring; without, against whole groups
/// (whose centres lie between rings).
fn share_nearest_own_group(network: &Network, positions: &[[f32; 2]], by_ring: bool) -> f64 {
    let grouping = Grouping::new(network, today());
    let facts = facts_by_contact(network, today());
    let closeness = closeness_by_contact(network, &facts, today());
    let key = |i: usize| {
        let ring = if by_ring {
            closeness[i].circle.index()
        } else {
            0
        };
        (ring, grouping.group_of[i])
    };
    let mut sums: HashMap<(usize, u32), ([f64; 2], f64)> = HashMap::new();
    for (i, p) in positions.iter().skip(1).enumerate() {
        let entry = sums.entry(key(i)).or_insert(([0.0, 0.0], 0.0));
        entry.0[0] += f64::from(p[0]);
        entry.0[1] += f64::from(p[1]);
        entry.1 += 1.0;
    }
    let centres: Vec<((usize, u32), [f32; 2])> = sums
        .iter()
        .map(|(k, (s, n))| (*k, [(s[0] / n) as f32, (s[1] / n) as f32]))
        .collect();
    let mut nearest_own = 0;
    for (i, p) in positions.iter().skip(1).enumerate() {
        let (ring, _) = key(i);
        let nearest = centres
            .iter()
            .filter(|(k, _)| k.0 == ring)
            .min_by(|a, b| distance(*p, a.1).total_cmp(&distance(*p, b.1)))
            .unwrap()
            .0;
        if nearest == key(i) {
            nearest_own += 1;
        }
    }
    f64::from(nearest_own) / grouping.group_of.len() as f64
}

#[test]
fn people_of_one_organization_sit_together_in_each_ring() {
    for (name, network) in [
        (
            "generated 2,000",
            carnet::cli::generate::generate(2_000, 3, today()).unwrap(),
        ),
        (
            "demo + 800 imported",
            carnet::cli::generate::demo_with_imported(800, 1, today()).unwrap(),
        ),
    ] {
        let positions = positions_of(&network);
        let share = share_nearest_own_group(&network, &positions, true);
        let whole = share_nearest_own_group(&network, &positions, false);
        eprintln!(
            "{name}: {:.1} % nearest their group's centre in their ring ({:.1} % against whole groups)",
            share * 100.0,
            whole * 100.0
        );
        assert!(share >= 0.9, "{name}: {share}");
    }
}

#[test]
fn nobody_overlaps() {
    let network = carnet::cli::generate::generate(2_000, 3, today()).unwrap();
    let positions = positions_of(&network);
    let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    for (i, p) in positions.iter().enumerate() {
        grid.entry(((p[0] / 20.0) as i32, (p[1] / 20.0) as i32))
            .or_default()
            .push(i);
    }
    let mut closest = f32::MAX;
    for (i, p) in positions.iter().enumerate() {
        let (cx, cy) = ((p[0] / 20.0) as i32, (p[1] / 20.0) as i32);
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &j in grid.get(&(cx + dx, cy + dy)).into_iter().flatten() {
                    if j != i {
                        closest = closest.min(distance(*p, positions[j]));
                    }
                }
            }
        }
    }
    assert!(closest >= 15.0, "two people {closest} apart");
}

#[test]
fn the_same_network_gives_the_same_map() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    assert_eq!(positions_of(&network), positions_of(&network));
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
    let request = LayoutRequest::new(&network, today());
    let placement = place(&request);
    let node = request
        .contacts
        .iter()
        .position(|c| *c == claire.id)
        .unwrap()
        + 1;
    assert_eq!(placement.positions[node], [300.0, -120.0]);
    assert_eq!(placement.positions[0], [0.0, 0.0], "I stay at the centre");
}

#[test]
fn a_newcomer_joins_the_group_of_whoever_introduced_them_and_the_map_holds_still() {
    let mut network = carnet::cli::generate::generate(500, 2, today()).unwrap();
    let before = positions_of(&network);
    let introducer = network
        .contacts()
        .find(|c| !c.organization.is_empty())
        .unwrap()
        .clone();
    let id = network.allocate_contact_id();
    let mut newcomer = Contact::new(id, "Newcomer");
    newcomer.origin = Origin::IntroducedBy(Some(introducer.id));
    network.apply(Edit::PutContact(Box::new(newcomer))).unwrap();
    let grouping = Grouping::new(&network, today());
    let index = |id| network.contacts().position(|c| c.id == id).unwrap();
    assert_eq!(
        grouping.group_of[index(id)],
        grouping.group_of[index(introducer.id)],
        "in the introducer's group"
    );
    let after = positions_of(&network);
    let moved = before
        .iter()
        .zip(&after)
        .map(|(a, b)| distance(*a, *b))
        .fold(0.0f32, f32::max);
    let radius = before
        .iter()
        .map(|p| distance(*p, [0.0, 0.0]))
        .fold(0.0f32, f32::max);
    assert!(
        moved < radius * 0.1,
        "one newcomer moves nobody far: {moved} on a map of radius {radius}"
    );
}

#[test]
fn a_focus_puts_one_person_in_the_middle_and_their_ties_around() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let request = LayoutRequest::new(&network, today());
    // Ties: relations only, for the test.
    let mut ties = vec![Vec::new(); request.node_count()];
    let node = |id| request.contacts.iter().position(|c| *c == id).unwrap() as u32 + 1;
    for relation in network.relations() {
        ties[node(relation.a) as usize].push(node(relation.b));
        ties[node(relation.b) as usize].push(node(relation.a));
    }
    let claire = network.contact_named("Claire Moreau").unwrap().id;
    let centre = node(claire) as usize;
    let (one, nodes) = focus_request(&request, &ties, centre, 1);
    assert_eq!(nodes[0] as usize, centre);
    let mut expected: Vec<u32> = ties[centre].clone();
    expected.sort_unstable();
    expected.dedup();
    let mut got: Vec<u32> = nodes[1..].to_vec();
    got.sort_unstable();
    assert_eq!(got, expected, "one step: Claire's ties");
    let placement = place(&one);
    assert_eq!(placement.rings.len(), 1);
    let (two, _) = focus_request(&request, &ties, centre, 2);
    assert!(two.nodes.len() >= one.nodes.len());
    assert!(
        two.nodes.iter().all(|n| n.ring <= 1),
        "rings are steps away from the centre"
    );
}

#[test]
fn computed_positions_are_not_saved_only_pins_are() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let _ = positions_of(&network);
    let text = carnet::store::to_ron_string(&network).unwrap();
    assert!(!text.contains("pinned"), "no contact of the demo is pinned");
}

#[test]
fn the_circles_follow_the_rule_trust_comes_from_meeting() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let facts = facts_by_contact(&network, today());
    let closeness = closeness_by_contact(&network, &facts, today());
    for (contact, close) in network.contacts().zip(&closeness) {
        let fact = facts.get(&contact.id).copied().unwrap_or_default();
        if !fact.met_in_person() {
            assert_eq!(close.circle, Circle::OnlineOnly, "{}", contact.name);
        } else {
            assert_ne!(close.circle, Circle::OnlineOnly, "{}", contact.name);
        }
    }
}
