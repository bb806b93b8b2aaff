//! What the layout needs to know about each person: their circle, how close they are within
//! it, their group, the room they take, and a pin.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::analysis::{
    Circle, Closeness, ContactFacts, Grouping, TieHints, closeness, facts_by_contact,
};
use crate::model::{ContactId, Network, Origin, Position};

/// The index of the person at the centre (me, or the focused person): always the first.
pub const ME_INDEX: usize = 0;

/// One person to place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutNode {
    /// The ring, from 0 (innermost).
    pub ring: u8,
    /// From 0 to 1: the closer, the nearer the ring's inner edge.
    pub score: f32,
    /// The group (an index into the grouping): a group sits in one sector of each ring.
    pub group: u32,
    /// The room the person takes, in map units: a node and its name for people met in
    /// person, a small node for the others.
    pub cell: [f32; 2],
    /// Where the owner pinned them, if anywhere.
    pub pinned: Option<Position>,
}

/// The input of a layout: the centre first, then one node per contact.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutRequest {
    /// The contact of each node after the first (which is the centre).
    pub contacts: Vec<ContactId>,
    /// Each node after the first; the centre needs none.
    pub nodes: Vec<LayoutNode>,
    /// How many groups there are (group numbers are below this).
    pub group_count: usize,
    /// How many rings there are (ring numbers are below this).
    pub ring_count: usize,
}

/// The room taken by someone met in person: their node, and their name below, above or
/// beside it, at the zoom that fits a few hundred people on screen.
pub const MET_CELL: [f32; 2] = [130.0, 80.0];
/// The room taken by someone known only online.
pub const ONLINE_CELL: [f32; 2] = [18.0, 18.0];

impl LayoutRequest {
    /// The request for the whole network around me, as of `today`.
    pub fn new(network: &Network, today: NaiveDate) -> Self {
        let facts = facts_by_contact(network, today);
        let grouping = Grouping::new(network, today);
        let closeness = closeness_by_contact(network, &facts, today);
        Self::from_parts(network, &closeness, &grouping)
    }

    /// The request for the whole network from what the map computed already: each contact's
    /// closeness (in the network's order) and groups.
    pub fn from_parts(network: &Network, closeness: &[Closeness], grouping: &Grouping) -> Self {
        let mut contacts = Vec::with_capacity(network.contacts().len());
        let mut nodes = Vec::with_capacity(network.contacts().len());
        for (i, contact) in network.contacts().enumerate() {
            let Some(close) = closeness.get(i) else {
                continue;
            };
            contacts.push(contact.id);
            nodes.push(LayoutNode {
                ring: close.circle.index() as u8,
                score: close.score,
                group: grouping.group_of.get(i).copied().unwrap_or(0),
                cell: cell_of(close.circle),
                pinned: contact.pinned,
            });
        }
        Self {
            contacts,
            nodes,
            group_count: grouping.groups.len(),
            ring_count: Circle::ALL.len(),
        }
    }

    /// The number of nodes, the centre included.
    pub fn node_count(&self) -> usize {
        self.nodes.len() + 1
    }
}

/// The room a person of a circle takes.
pub fn cell_of(circle: Circle) -> [f32; 2] {
    match circle {
        Circle::OnlineOnly => ONLINE_CELL,
        _ => MET_CELL,
    }
}

/// Every contact's closeness, in the network's order.
pub fn closeness_by_contact(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
    today: NaiveDate,
) -> Vec<Closeness> {
    let met = |id: &ContactId| facts.get(id).is_some_and(ContactFacts::met_in_person);
    let mut tied: HashMap<ContactId, bool> = HashMap::new();
    for relation in network.relations() {
        if met(&relation.a) {
            tied.insert(relation.b, true);
        }
        if met(&relation.b) {
            tied.insert(relation.a, true);
        }
    }
    network
        .contacts()
        .map(|contact| {
            let introduced_by_met =
                matches!(contact.origin, Origin::IntroducedBy(Some(by)) if met(&by));
            let hints = TieHints {
                tied_to_someone_met: introduced_by_met
                    || tied.get(&contact.id).copied().unwrap_or(false),
            };
            let fact = facts.get(&contact.id).copied().unwrap_or_default();
            closeness(contact, &fact, hints, today)
        })
        .collect()
}
