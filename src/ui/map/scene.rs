//! What the map draws, computed once each time the network changes: node styles, edges with
//! their kind, neighbours. Nothing here is computed per frame.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::analysis::{Circle, Closeness, ContactFacts, Grouping, facts_by_contact};
use crate::layout::{LayoutRequest, ME_INDEX, closeness_by_contact};
use crate::model::{ContactId, IntroStatus, Network, Origin, Person, TrustLevel};
use crate::ui::theme::MapEdgeKind;

/// How a node looks, before colours are picked from the theme.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeStyle {
    /// The name shown as a label.
    pub name: String,
    /// The organization, shown when zoomed in.
    pub organization: String,
    /// The role, shown on hover.
    pub role: String,
    /// Radius in map units.
    pub radius: f32,
    /// Met in person (solid) or online only (hollow).
    pub met_in_person: bool,
    /// Trust derived from in-person encounters.
    pub trust: TrustLevel,
    /// From 1 (met recently) down to a floor (not met for years): neglected ties fade.
    pub freshness: f32,
    /// Encounter facts, for the tooltip.
    pub facts: ContactFacts,
    /// Tags, for filters.
    pub tags: Vec<String>,
    /// Who introduced the owner to this contact.
    pub introduced_by: Option<String>,
    /// Whether the contact is pinned on the map.
    pub pinned: bool,
    /// The circle the contact sits in (me: the innermost).
    pub circle: Circle,
    /// The contact's group (an index into the scene's grouping; me: none).
    pub group: u32,
}

/// What the map says about one group: its name and counts.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupSummary {
    /// The organization, or the community's name.
    pub name: String,
    /// How many people it holds.
    pub size: usize,
    /// How many of them I met in person.
    pub met: usize,
    /// How many others worked there before.
    pub alumni: usize,
}

impl GroupSummary {
    /// "Doctolib · 42 · 3 met", and "· 2 formerly" when others worked there before.
    pub fn caption(&self) -> String {
        crate::tr!(
            "group-caption",
            name = self.name.as_str(),
            size = self.size,
            met = self.met,
            formerly = self.alumni
        )
    }
}

/// An edge as the map draws it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneEdge {
    /// From (for introductions: the introducer).
    pub from: u32,
    /// To (for introductions: the person introduced).
    pub to: u32,
    /// What the edge means.
    pub kind: MapEdgeKind,
    /// Width in points at zoom 1.
    pub width: f32,
}

/// Everything the map draws for one state of the network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapScene {
    /// Node 0 is me; node i > 0 is `contacts[i - 1]`.
    pub contacts: Vec<ContactId>,
    /// The style of each node.
    pub nodes: Vec<NodeStyle>,
    /// Edges, drawn in order (relations first, introductions last).
    pub edges: Vec<SceneEdge>,
    /// Neighbours of each node, for highlighting.
    pub neighbours: Vec<Vec<u32>>,
    /// The node of each contact.
    pub node_of: HashMap<ContactId, u32>,
    /// The largest node radius, in map units (bounds hit-testing searches).
    pub max_radius: f32,
    /// Every group, by group number.
    pub groups: Vec<GroupSummary>,
    /// What the layout needs: circles, closeness, groups, pins.
    pub request: LayoutRequest,
}

/// The group number of the centre person, who belongs to none.
pub const NO_GROUP: u32 = u32::MAX;

/// The most a tie fades when the last in-person encounter is old: faded, but still legible
/// (a trusted person I have not seen in two years must not vanish).
const FADE_FLOOR: f32 = 0.7;
/// Months without meeting in person after which a tie is fully faded.
const FADE_MONTHS: f32 = 24.0;

impl MapScene {
    /// Computes the scene of a network as of `today`.
    pub fn new(network: &Network, today: NaiveDate) -> Self {
        let facts = facts_by_contact(network, today);
        let grouping = Grouping::new(network, today);
        let closeness = closeness_by_contact(network, &facts, today);
        let request = LayoutRequest::from_parts(network, &closeness, &grouping);
        let contacts: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
        let node_of: HashMap<ContactId, u32> = contacts
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, (i + 1) as u32))
            .collect();
        let (nodes, groups) = scene_nodes(network, today, &facts, &closeness, &grouping);
        let edges = scene_edges(network, today, &contacts, &facts, &node_of);
        let mut neighbours = vec![Vec::new(); nodes.len()];
        for edge in &edges {
            if let Some(list) = neighbours.get_mut(edge.from as usize) {
                list.push(edge.to);
            }
            if let Some(list) = neighbours.get_mut(edge.to as usize) {
                list.push(edge.from);
            }
        }
        let max_radius = nodes.iter().map(|s| s.radius).fold(0.0, f32::max);
        Self {
            contacts,
            nodes,
            edges,
            neighbours,
            node_of,
            max_radius,
            groups,
            request,
        }
    }

    /// The contact of a node, `None` for me.
    pub fn contact_of(&self, node: usize) -> Option<ContactId> {
        node.checked_sub(1)
            .and_then(|i| self.contacts.get(i))
            .copied()
    }
}

/// A node for me, then one per contact: its size (trust, meetings), colours (met, trust, how
/// lately), ring and group; and each group's summary with how many of its people I met.
fn scene_nodes(
    network: &Network,
    today: NaiveDate,
    facts: &crate::analysis::FactsByContact,
    closeness: &[Closeness],
    grouping: &Grouping,
) -> (Vec<NodeStyle>, Vec<GroupSummary>) {
    let mut nodes = Vec::with_capacity(network.contacts().len() + 1);
    nodes.push(NodeStyle {
        name: network.me.shown_name().into_owned(),
        organization: network.me.organization.clone(),
        role: network.me.role.clone(),
        radius: 14.0,
        met_in_person: true,
        trust: TrustLevel::Full,
        freshness: 1.0,
        facts: ContactFacts::default(),
        tags: Vec::new(),
        introduced_by: None,
        pinned: true,
        circle: Circle::TrustedLately,
        group: NO_GROUP,
    });
    let mut groups: Vec<GroupSummary> = grouping
        .groups
        .iter()
        .map(|g| GroupSummary {
            name: g.name.clone(),
            size: g.size,
            met: 0,
            alumni: g.alumni,
        })
        .collect();
    for (index, contact) in network.contacts().enumerate() {
        let fact = facts.get(&contact.id).copied().unwrap_or_default();
        let freshness = fact.last_in_person.map_or(FADE_FLOOR, |last| {
            let months = (today - last).num_days() as f32 / 30.4;
            (1.0 - months / FADE_MONTHS).clamp(FADE_FLOOR, 1.0)
        });
        let introduced_by = match contact.origin {
            Origin::IntroducedBy(Some(by)) => {
                Some(network.person_name(Person::Contact(by)).into_owned())
            }
            _ => None,
        };
        nodes.push(NodeStyle {
            name: contact.name.clone(),
            organization: contact.organization.clone(),
            role: contact.role.clone(),
            radius: 5.0
                + 1.2 * f32::from(fact.trust.rank())
                + (fact.in_person_count.min(4) as f32) * 0.5,
            met_in_person: fact.met_in_person(),
            trust: fact.trust,
            freshness,
            facts: fact,
            tags: contact.tags.clone(),
            introduced_by,
            pinned: contact.pinned.is_some(),
            circle: closeness
                .get(index)
                .map_or(Circle::OnlineOnly, |c| c.circle),
            group: grouping.group_of.get(index).copied().unwrap_or(NO_GROUP),
        });
        if fact.met_in_person()
            && let Some(group) = grouping
                .group_of
                .get(index)
                .and_then(|g| groups.get_mut(*g as usize))
        {
            group.met += 1;
        }
    }
    (nodes, groups)
}

/// The ties drawn: relations, my encounters (wider for more meetings in person), people met
/// together, who introduced whom, and introductions planned or made.
fn scene_edges(
    network: &Network,
    today: NaiveDate,
    contacts: &[ContactId],
    facts: &crate::analysis::FactsByContact,
    node_of: &HashMap<ContactId, u32>,
) -> Vec<SceneEdge> {
    let node = |person: Person| match person {
        Person::Me => Some(ME_INDEX as u32),
        Person::Contact(id) => node_of.get(&id).copied(),
    };
    let mut edges = Vec::new();
    for relation in network.relations() {
        if let (Some(a), Some(b)) = (node_of.get(&relation.a), node_of.get(&relation.b)) {
            edges.push(SceneEdge {
                from: *a,
                to: *b,
                kind: MapEdgeKind::Relation,
                width: 0.8,
            });
        }
    }
    for (i, id) in contacts.iter().enumerate() {
        let Some(fact) = facts.get(id) else { continue };
        if fact.encounter_count == 0 {
            continue;
        }
        let width = 0.8 + 0.5 * (fact.in_person_count.min(5) as f32);
        edges.push(SceneEdge {
            from: ME_INDEX as u32,
            to: (i + 1) as u32,
            kind: MapEdgeKind::Encounter,
            width,
        });
    }
    edges.extend(met_together_edges(network, today, node_of));
    for contact in network.contacts() {
        if let Origin::IntroducedBy(Some(by)) = contact.origin
            && let (Some(from), Some(to)) = (node_of.get(&by), node_of.get(&contact.id))
        {
            edges.push(SceneEdge {
                from: *from,
                to: *to,
                kind: MapEdgeKind::Introduction,
                width: 1.6,
            });
        }
    }
    for intro in network.introductions() {
        let kind = match intro.status() {
            IntroStatus::Planned | IntroStatus::Asked | IntroStatus::Accepted => {
                MapEdgeKind::PlannedIntroduction
            }
            IntroStatus::Made | IntroStatus::Met => MapEdgeKind::Introduction,
            IntroStatus::Declined | IntroStatus::Dropped => continue,
        };
        // My own introductions link the two people I put in touch (every contact is
        // already tied to me); a contact's link them to each of the two.
        let links = if intro.introducer == Person::Me {
            vec![(intro.a, intro.b)]
        } else {
            vec![(intro.introducer, intro.a), (intro.introducer, intro.b)]
        };
        for (from, to) in links {
            if let (Some(from), Some(to)) = (node(from), node(to))
                && from != ME_INDEX as u32
                && to != ME_INDEX as u32
            {
                edges.push(SceneEdge {
                    from,
                    to,
                    kind,
                    width: 1.6,
                });
            }
        }
    }
    edges
}

/// The most people at one encounter for whom the map links every pair: beyond, a big event
/// would draw a hairball that says nothing.
const MAX_MET_TOGETHER: usize = 8;

/// One edge per pair of contacts met together at a past encounter of a few people.
fn met_together_edges(
    network: &Network,
    today: NaiveDate,
    node_of: &HashMap<ContactId, u32>,
) -> Vec<SceneEdge> {
    let mut pairs = std::collections::BTreeSet::new();
    for encounter in network.encounters() {
        let count = encounter.participants.len();
        if !(2..=MAX_MET_TOGETHER).contains(&count) || encounter.is_planned(today) {
            continue;
        }
        for (i, a) in encounter.participants.iter().enumerate() {
            for b in encounter.participants.iter().skip(i + 1) {
                if let (Some(a), Some(b)) = (node_of.get(a), node_of.get(b)) {
                    pairs.insert((*a.min(b), *a.max(b)));
                }
            }
        }
    }
    pairs
        .into_iter()
        .map(|(from, to)| SceneEdge {
            from,
            to,
            kind: MapEdgeKind::MetTogether,
            width: 1.0,
        })
        .collect()
}
