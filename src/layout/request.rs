//! What the layout needs to know about a network: nodes, springs and pins.

use std::collections::HashMap;

use crate::model::{ContactId, Network, Origin, Person, Position};

/// The index of the owner ("me") among the layout's nodes: always the first.
pub const ME_INDEX: usize = 0;

/// Why two nodes are linked on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// The owner has met this contact (or talked with them).
    Encounter,
    /// Someone introduced someone (directed: introducer → introduced).
    Introduction,
    /// Two contacts know each other.
    Relation,
    /// The owner's tie with a contact the owner has never been in touch with: keeps everyone
    /// on the map, loosely.
    Membership,
}

/// A spring between two nodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutEdge {
    /// One end (node index).
    pub source: u32,
    /// The other end (node index).
    pub target: u32,
    /// The length the spring pulls towards, in map units.
    pub length: f32,
    /// How strongly, from 0 to 1 (scaled by the ends' degrees).
    pub strength: f32,
}

/// The input of a layout: nodes (me first, then contacts by id), springs and pins.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutRequest {
    /// The contact of each node after the first (which is me).
    pub contacts: Vec<ContactId>,
    /// Springs, each pair once.
    pub edges: Vec<LayoutEdge>,
    /// Pinned positions, by node index.
    pub pinned: Vec<Option<Position>>,
    /// For each node, another node it should start next to (its introducer), if any.
    pub starts_near: Vec<Option<u32>>,
    /// For each node, its group (the organization, numbered from 1 in name order), or 0:
    /// people of one organization start side by side, so that their circle shows.
    pub groups: Vec<u32>,
    /// Seeds the initial placement; the same request and seed give the same layout.
    pub seed: u64,
}

impl LayoutRequest {
    /// Builds the request for a network. `closeness` gives, for each contact, how close to me
    /// it should sit, from 0 (never in touch) to 1 (deep trust, met recently).
    pub fn new(network: &Network, closeness: &dyn Fn(ContactId) -> f32, seed: u64) -> Self {
        let contacts: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
        let index: HashMap<ContactId, u32> = contacts
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, to_u32(i + 1)))
            .collect();
        let node_of = |person: Person| match person {
            Person::Me => Some(ME_INDEX as u32),
            Person::Contact(id) => index.get(&id).copied(),
        };
        let mut pairs: HashMap<(u32, u32), LayoutEdge> = HashMap::new();
        let mut add = |a: u32, b: u32, length: f32, strength: f32| {
            if a == b {
                return;
            }
            let key = (a.min(b), a.max(b));
            let edge = pairs.entry(key).or_insert(LayoutEdge {
                source: key.0,
                target: key.1,
                length,
                strength,
            });
            // The strongest reason to be close wins.
            edge.length = edge.length.min(length);
            edge.strength = edge.strength.max(strength);
        };
        let mut starts_near = vec![None; contacts.len() + 1];
        let mut has_ties = vec![false; contacts.len() + 1];
        for relation in network.relations() {
            for id in [relation.a, relation.b] {
                if let Some(slot) = index.get(&id).and_then(|n| has_ties.get_mut(*n as usize)) {
                    *slot = true;
                }
            }
        }
        for (i, contact) in network.contacts().enumerate() {
            let node = to_u32(i + 1);
            let close = closeness(contact.id).clamp(0.0, 1.0);
            // Everyone hangs off me: close ties on a short spring, strangers far out. People
            // who know each other hang more loosely, so that their circles (a company, a
            // school) gather instead of all pointing at me.
            let length = 120.0 + 280.0 * (1.0 - close);
            let looseness = if has_ties.get(node as usize).copied().unwrap_or(false) {
                0.15
            } else {
                1.0
            };
            let strength = looseness * if close > 0.0 { 0.3 + 0.7 * close } else { 0.08 };
            add(ME_INDEX as u32, node, length, strength);
            if let Origin::IntroducedBy(Some(by)) = contact.origin
                && let Some(by) = index.get(&by)
            {
                add(*by, node, 70.0, 0.6);
                starts_near[node as usize] = Some(*by);
            }
        }
        for relation in network.relations() {
            if let (Some(a), Some(b)) = (index.get(&relation.a), index.get(&relation.b)) {
                add(*a, *b, 60.0, 0.8);
            }
        }
        for intro in network.introductions() {
            let introducer = node_of(intro.introducer);
            for person in [intro.a, intro.b] {
                if let (Some(from), Some(to)) = (introducer, node_of(person)) {
                    add(from, to, 80.0, 0.4);
                    if from != ME_INDEX as u32 && starts_near[to as usize].is_none() {
                        starts_near[to as usize] = Some(from);
                    }
                }
            }
        }
        let mut edges: Vec<LayoutEdge> = pairs.into_values().collect();
        edges.sort_by_key(|e| (e.source, e.target));
        let groups = organization_groups(network);
        let mut pinned = vec![None; contacts.len() + 1];
        pinned[ME_INDEX] = Some(Position { x: 0.0, y: 0.0 });
        for (i, contact) in network.contacts().enumerate() {
            pinned[i + 1] = contact.pinned;
        }
        Self {
            contacts,
            edges,
            pinned,
            starts_near,
            groups,
            seed,
        }
    }

    /// The number of nodes, me included.
    pub fn node_count(&self) -> usize {
        self.contacts.len() + 1
    }
}

/// Each node's organization as a number (1, 2… in the order of the folded names; 0 for me
/// and for contacts without one), so that two spellings "Doctolib" and "doctolib " agree.
fn organization_groups(network: &Network) -> Vec<u32> {
    let folded: Vec<String> = network
        .contacts()
        .map(|c| crate::analysis::fold(c.organization.trim()))
        .collect();
    let names: std::collections::BTreeSet<&str> = folded
        .iter()
        .map(String::as_str)
        .filter(|n| !n.is_empty())
        .collect();
    let number: HashMap<&str, u32> = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| (name, to_u32(i + 1)))
        .collect();
    std::iter::once(0)
        .chain(
            folded
                .iter()
                .map(|name| number.get(name.as_str()).copied().unwrap_or(0)),
        )
        .collect()
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
