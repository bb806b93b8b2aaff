//! The force simulation: springs along edges, Barnes–Hut repulsion between all nodes, a weak
//! pull to the centre, pinned nodes fixed. It cools down step by step (as d3-force does) and
//! stops when settled, so an idle map costs nothing.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::barnes_hut::QuadTree;
use super::request::{LayoutEdge, LayoutRequest};
use crate::model::ContactId;

/// Tuning of the simulation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SimulationSettings {
    /// Repulsion between nodes (negative pushes apart).
    pub charge: f32,
    /// Barnes–Hut opening angle: larger is faster and less exact.
    pub theta: f32,
    /// Distances below this are clamped in the repulsion, in map units.
    pub min_distance: f32,
    /// Fraction of velocity lost each step.
    pub velocity_decay: f32,
    /// The simulation stops when its temperature falls below this.
    pub alpha_min: f32,
    /// How fast it cools: the fraction of the way to zero covered each step.
    pub alpha_decay: f32,
    /// Pull of every node towards the centre.
    pub center_strength: f32,
    /// Threads for the repulsion (1 = on the calling thread only).
    pub threads: usize,
}

impl Default for SimulationSettings {
    fn default() -> Self {
        Self {
            charge: -120.0,
            theta: 0.9,
            min_distance: 4.0,
            velocity_decay: 0.4,
            alpha_min: 0.002,
            // About 200 steps from hot to settled.
            alpha_decay: 1.0 - 0.002f32.powf(1.0 / 200.0),
            center_strength: 0.01,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
        }
    }
}

/// Below this many nodes, threads cost more than they save.
const PARALLEL_FROM_NODES: usize = 2_000;

/// A running layout.
#[derive(Clone, Debug)]
pub struct Simulation {
    settings: SimulationSettings,
    contacts: Vec<ContactId>,
    positions: Vec<[f32; 2]>,
    velocities: Vec<[f32; 2]>,
    fixed: Vec<Option<[f32; 2]>>,
    edges: Vec<LayoutEdge>,
    /// For each edge, the share of the correction that moves its target (by degree).
    bias: Vec<f32>,
    /// For each edge, its strength divided by the smaller degree of its ends.
    edge_strength: Vec<f32>,
    repulsion: Vec<[f32; 2]>,
    alpha: f32,
    steps: u64,
}

impl Simulation {
    /// Starts a layout for `request`. Nodes keep their `previous` positions when given (a warm
    /// start after an edit); others start near the node they were introduced by, or on a
    /// spiral turned by the request's seed.
    pub fn new(
        request: &LayoutRequest,
        previous: Option<&HashMap<ContactId, [f32; 2]>>,
        settings: SimulationSettings,
    ) -> Self {
        let n = request.node_count();
        let fixed: Vec<Option<[f32; 2]>> = request
            .pinned
            .iter()
            .map(|p| p.map(|p| [p.x, p.y]))
            .collect();
        let mut positions = vec![[0.0f32; 2]; n];
        let mut placed = vec![false; n];
        let mut warm = 0usize;
        let turn = (splitmix(request.seed) % 6283) as f32 / 1000.0;
        let start = StartingPlaces::new(request, turn);
        for i in 0..n {
            let contact = i.checked_sub(1).and_then(|c| request.contacts.get(c));
            if let Some(Some(pin)) = fixed.get(i) {
                positions[i] = *pin;
                placed[i] = true;
            } else if let Some(pos) = contact.and_then(|c| previous.and_then(|p| p.get(c))) {
                positions[i] = *pos;
                placed[i] = true;
                warm += 1;
            } else {
                positions[i] = start.position(i);
            }
        }
        for i in 0..n {
            if placed[i] {
                continue;
            }
            if let Some(Some(near)) = request.starts_near.get(i)
                && let Some(anchor) = positions.get(*near as usize).copied()
            {
                let h = splitmix(request.seed ^ (i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
                let angle = (h % 6283) as f32 / 1000.0;
                let radius = 20.0 + (h >> 20) as f32 % 20.0;
                positions[i] = [
                    anchor[0] + radius * angle.cos(),
                    anchor[1] + radius * angle.sin(),
                ];
            }
        }

        let mut degree = vec![0u32; n];
        for edge in &request.edges {
            if let Some(d) = degree.get_mut(edge.source as usize) {
                *d += 1;
            }
            if let Some(d) = degree.get_mut(edge.target as usize) {
                *d += 1;
            }
        }
        let degree_of = |i: u32| degree.get(i as usize).copied().unwrap_or(1).max(1) as f32;
        let bias = request
            .edges
            .iter()
            .map(|e| degree_of(e.source) / (degree_of(e.source) + degree_of(e.target)))
            .collect();
        let edge_strength = request
            .edges
            .iter()
            .map(|e| e.strength / degree_of(e.source).min(degree_of(e.target)))
            .collect();
        // A warm start only needs to settle what changed: start cooler.
        let alpha = if n > 1 && warm * 10 >= (n - 1) * 9 {
            0.25
        } else {
            1.0
        };
        Self {
            settings,
            contacts: request.contacts.clone(),
            positions,
            velocities: vec![[0.0; 2]; n],
            fixed,
            edges: request.edges.clone(),
            bias,
            edge_strength,
            repulsion: vec![[0.0; 2]; n],
            alpha,
            steps: 0,
        }
    }

    /// Node positions: me first, then contacts in the request's order.
    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    /// The contact of each node after the first.
    pub fn contacts(&self) -> &[ContactId] {
        &self.contacts
    }

    /// The positions by contact, to warm-start the next layout.
    pub fn positions_by_contact(&self) -> HashMap<ContactId, [f32; 2]> {
        self.contacts
            .iter()
            .zip(self.positions.iter().skip(1))
            .map(|(id, p)| (*id, *p))
            .collect()
    }

    /// Whether the layout has come to rest.
    pub fn is_settled(&self) -> bool {
        self.alpha < self.settings.alpha_min
    }

    /// The current temperature, from 1 (hot) down to the minimum.
    pub fn alpha(&self) -> f32 {
        self.alpha
    }

    /// Steps taken so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Warms the layout up again, e.g. after a node was dragged.
    pub fn reheat(&mut self, alpha: f32) {
        self.alpha = self.alpha.max(alpha);
    }

    /// Holds a node at a position (while dragged or pinned), or frees it.
    pub fn set_fixed(&mut self, node: usize, position: Option<[f32; 2]>) {
        if let Some(slot) = self.fixed.get_mut(node) {
            *slot = position;
        }
        if let (Some(p), Some(pos)) = (position, self.positions.get_mut(node)) {
            *pos = p;
            if let Some(v) = self.velocities.get_mut(node) {
                *v = [0.0; 2];
            }
        }
    }

    /// Runs until settled, at most `max_steps` steps.
    pub fn run_to_rest(&mut self, max_steps: u64) {
        let mut taken = 0;
        while !self.is_settled() && taken < max_steps {
            self.step();
            taken += 1;
        }
    }

    /// Steps until `budget` is spent or the layout settles; returns whether it still moves.
    /// Always takes at least one step when not settled, so progress never stalls.
    pub fn step_for(&mut self, budget: Duration) -> bool {
        let started = Instant::now();
        while !self.is_settled() {
            self.step();
            if started.elapsed() >= budget {
                break;
            }
        }
        !self.is_settled()
    }

    /// One step of the simulation.
    pub fn step(&mut self) {
        let s = self.settings;
        self.alpha += (0.0 - self.alpha) * s.alpha_decay;
        let alpha = self.alpha;
        self.links_and_repulsion(alpha);
        let charge = s.charge * alpha;
        for (i, (v, p)) in self.velocities.iter_mut().zip(&self.positions).enumerate() {
            let r = self.repulsion.get(i).copied().unwrap_or_default();
            v[0] += charge * r[0] - p[0] * s.center_strength * alpha;
            v[1] += charge * r[1] - p[1] * s.center_strength * alpha;
        }
        for ((p, v), fixed) in self
            .positions
            .iter_mut()
            .zip(self.velocities.iter_mut())
            .zip(&self.fixed)
        {
            if let Some(f) = fixed {
                *p = *f;
                *v = [0.0; 2];
            } else {
                v[0] *= 1.0 - s.velocity_decay;
                v[1] *= 1.0 - s.velocity_decay;
                p[0] += v[0];
                p[1] += v[1];
            }
        }
        self.steps += 1;
    }

    /// Springs and repulsion. The repulsion reads only positions and the springs write only
    /// velocities, so on a large network the springs run on this thread while the quadtree
    /// is built and walked on the others: the same numbers as one after the other.
    fn links_and_repulsion(&mut self, alpha: f32) {
        let threads = if self.positions.len() >= PARALLEL_FROM_NODES {
            self.settings.threads.max(1)
        } else {
            1
        };
        let (theta, min_distance) = (self.settings.theta, self.settings.min_distance);
        let repulsion_of = |positions: &[[f32; 2]]| {
            QuadTree::build_on(positions, threads).repulsion_all(theta, min_distance, threads)
        };
        if threads == 1 {
            self.apply_links(alpha);
            self.repulsion = repulsion_of(&self.positions);
            return;
        }
        let Self {
            positions,
            velocities,
            edges,
            bias,
            edge_strength,
            ..
        } = self;
        let repulsion = std::thread::scope(|scope| {
            let positions: &[[f32; 2]] = positions;
            let repulsion = scope.spawn(move || repulsion_of(positions));
            apply_links(positions, velocities, edges, bias, edge_strength, alpha);
            repulsion.join()
        });
        // The repulsion thread cannot fail short of a bug; if it did, compute it here.
        self.repulsion = repulsion.unwrap_or_else(|_| repulsion_of(&self.positions));
    }

    fn apply_links(&mut self, alpha: f32) {
        apply_links(
            &self.positions,
            &mut self.velocities,
            &self.edges,
            &self.bias,
            &self.edge_strength,
            alpha,
        );
    }
}

/// Pulls the ends of each spring towards its length, one spring after the other (as d3 does:
/// each spring sees the velocities the previous ones left).
fn apply_links(
    positions: &[[f32; 2]],
    velocities: &mut [[f32; 2]],
    edges: &[LayoutEdge],
    bias: &[f32],
    edge_strength: &[f32],
    alpha: f32,
) {
    for ((edge, bias), strength) in edges.iter().zip(bias).zip(edge_strength) {
        let (s, t) = (edge.source as usize, edge.target as usize);
        let (Some(ps), Some(pt), Some(vs), Some(vt)) = (
            positions.get(s).copied(),
            positions.get(t).copied(),
            velocities.get(s).copied(),
            velocities.get(t).copied(),
        ) else {
            continue;
        };
        let mut dx = pt[0] + vt[0] - ps[0] - vs[0];
        let mut dy = pt[1] + vt[1] - ps[1] - vs[1];
        if dx == 0.0 && dy == 0.0 {
            dx = 1e-3;
            dy = 1e-3;
        }
        let l = (dx * dx + dy * dy).sqrt();
        let k = (l - edge.length) / l * alpha * strength;
        let (fx, fy) = (dx * k, dy * k);
        if let Some(v) = velocities.get_mut(t) {
            v[0] -= fx * bias;
            v[1] -= fy * bias;
        }
        if let Some(v) = velocities.get_mut(s) {
            v[0] += fx * (1.0 - bias);
            v[1] += fy * (1.0 - bias);
        }
    }
}

/// Where nodes without a place start: each organization's people on a small spiral of their
/// own, the organizations on a large spiral; people without one on the large spiral too.
/// Spirals (phyllotaxis) spread points evenly and never put two on one spot.
struct StartingPlaces {
    /// For each node: its spot on the large spiral, and its rank within its group.
    spot: Vec<(usize, usize)>,
    /// Distance between neighbouring spots of the large spiral.
    spacing: f32,
    turn: f32,
}

/// Distance between neighbours on a spiral, in map units.
const START_SPACING: f32 = 18.0;

impl StartingPlaces {
    fn new(request: &LayoutRequest, turn: f32) -> Self {
        let n = request.node_count();
        let mut group_spot: HashMap<u32, usize> = HashMap::new();
        let mut group_size: HashMap<u32, usize> = HashMap::new();
        let mut spots = 0usize;
        let mut spot = Vec::with_capacity(n);
        for i in 0..n {
            let group = request.groups.get(i).copied().unwrap_or(0);
            if group == 0 {
                spot.push((spots, 0));
                spots += 1;
                continue;
            }
            let size = group_size.entry(group).or_insert(0);
            let at = *group_spot.entry(group).or_insert_with(|| {
                spots += 1;
                spots - 1
            });
            spot.push((at, *size));
            *size += 1;
        }
        // Spots hold whole organizations: space them by the size of an average one.
        let mean_group = if group_size.is_empty() {
            1.0
        } else {
            group_size.values().sum::<usize>() as f32 / group_size.len() as f32
        };
        Self {
            spot,
            spacing: START_SPACING * mean_group.sqrt().max(1.0) * 1.1,
            turn,
        }
    }

    fn position(&self, node: usize) -> [f32; 2] {
        let (spot, rank) = self.spot.get(node).copied().unwrap_or((node, 0));
        let [x, y] = spiral(spot, self.spacing, self.turn);
        let [dx, dy] = spiral(rank, START_SPACING, self.turn);
        [x + dx, y + dy]
    }
}

/// The `k`-th point of a phyllotaxis spiral whose neighbours lie about `spacing` apart.
fn spiral(k: usize, spacing: f32, turn: f32) -> [f32; 2] {
    let radius = spacing * (0.5 + k as f32).sqrt();
    let angle = k as f32 * std::f32::consts::PI * (3.0 - 5f32.sqrt()) + turn;
    [radius * angle.cos(), radius * angle.sin()]
}

fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
