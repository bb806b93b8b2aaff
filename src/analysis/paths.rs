//! Warm paths: "who can introduce me to…". The best few chains of people from me to a person,
//! or to anyone at an organization or with a tag.
//!
//! Each hop has a strength in (0, 1]; a path's strength is the product of its hops' (its cost,
//! the sum of −ln strength, is what Dijkstra minimises). The first hop, from me to someone I
//! know, is as strong as my trust in them and as warm as our last in-person encounter. A hop
//! from a contact to someone they know is as strong as the evidence of that tie: they
//! introduced them, met them with me, or a relation is recorded. Only people who pass the trust
//! gate (met in person, trusted enough, recently) are ever asked to introduce: nobody else has
//! hops out. Ties in cost break by contact id, so the answer is the same every time.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use rustc_hash::{FxHashMap, FxHashSet};

use chrono::NaiveDate;

use super::introduce::passes_gate;
use super::search::fold;
use super::trust::{ContactFacts, facts_by_contact};
use crate::model::{ContactId, IntroStatus, Network, Origin, Person, RelationKind, TrustLevel};

/// How many paths an answer gives at most.
pub const PATHS_AT_MOST: usize = 5;

/// Whom the owner wants to reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathTarget {
    /// One person.
    Person(ContactId),
    /// Anyone whose organization contains these words (accents and case ignored).
    Organization(String),
    /// Anyone with this tag (accents and case ignored).
    Tag(String),
}

/// Why two people are tied, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TieEvidence {
    /// I know them myself: my encounters say how well.
    Mine,
    /// One introduced the other (to me, or an introduction that was made).
    Introduced,
    /// A relation is recorded (colleagues, friends…).
    Relation(RelationKind),
    /// They were at the same encounter with me.
    MetTogether,
}

/// One hop of a path: `from` (me or a contact) can put me in touch with `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Hop {
    pub from: Person,
    pub to: ContactId,
    pub strength: f32,
    pub evidence: TieEvidence,
}

/// A path from me, hop by hop, and its strength (the product of its hops').
#[derive(Clone, Debug, PartialEq)]
pub struct WarmPath {
    pub hops: Vec<Hop>,
    pub strength: f32,
}

impl WarmPath {
    /// Everyone on the path after me, in order.
    pub fn people(&self) -> Vec<ContactId> {
        self.hops.iter().map(|h| h.to).collect()
    }
}

/// How strong a first hop is for my trust in someone.
/// How much a first hop weighs when I already asked that person a favour still open: enough
/// to rank them below an equally trusted bridge, not enough to hide them.
pub const ASKED_ALREADY: f32 = 0.7;

fn trust_strength(trust: TrustLevel) -> f32 {
    match trust {
        TrustLevel::None => 0.05,
        TrustLevel::Low => 0.2,
        TrustLevel::Medium => 0.5,
        TrustLevel::High => 0.8,
        TrustLevel::Full => 1.0,
    }
}

/// How strong a tie between two contacts is for the evidence of it.
fn evidence_strength(evidence: TieEvidence) -> f32 {
    match evidence {
        TieEvidence::Mine => 1.0,
        TieEvidence::Introduced => 0.8,
        TieEvidence::Relation(RelationKind::Family | RelationKind::Friends) => 0.8,
        TieEvidence::Relation(RelationKind::Colleagues) => 0.7,
        TieEvidence::Relation(RelationKind::FormerColleagues) => 0.55,
        TieEvidence::Relation(RelationKind::Knows) => 0.45,
        TieEvidence::MetTogether => 0.5,
    }
}

/// Who knows whom among contacts, with the strongest evidence for each tie.
struct Ties {
    of: FxHashMap<ContactId, Vec<(ContactId, TieEvidence)>>,
}

impl Ties {
    fn of(network: &Network, introducers: &FxHashSet<ContactId>) -> Self {
        // Only ties out of people who may introduce matter. Hundreds of thousands of pairs at
        // 20,000 contacts: a fast hash for integer keys.
        let mut best: FxHashMap<(ContactId, ContactId), TieEvidence> = FxHashMap::default();
        let mut add = |from: ContactId, to: ContactId, evidence: TieEvidence| {
            if from == to || !introducers.contains(&from) {
                return;
            }
            let slot = best.entry((from, to)).or_insert(evidence);
            if evidence_strength(evidence) > evidence_strength(*slot) {
                *slot = evidence;
            }
        };
        for relation in network.relations() {
            add(relation.a, relation.b, TieEvidence::Relation(relation.kind));
            add(relation.b, relation.a, TieEvidence::Relation(relation.kind));
        }
        for contact in network.contacts() {
            if let Origin::IntroducedBy(Some(by)) = contact.origin {
                add(by, contact.id, TieEvidence::Introduced);
            }
        }
        for intro in network.introductions() {
            if matches!(intro.status(), IntroStatus::Made | IntroStatus::Met) {
                let people = [intro.introducer, intro.a, intro.b];
                for x in people {
                    for y in people {
                        if let (Person::Contact(x), Person::Contact(y)) = (x, y) {
                            add(x, y, TieEvidence::Introduced);
                        }
                    }
                }
            }
        }
        for encounter in network.encounters() {
            // Large events say little about who knows whom.
            if encounter.participants.len() > 8 {
                continue;
            }
            for &x in &encounter.participants {
                if !introducers.contains(&x) {
                    continue;
                }
                for &y in &encounter.participants {
                    add(x, y, TieEvidence::MetTogether);
                }
            }
        }
        let mut of: FxHashMap<ContactId, Vec<(ContactId, TieEvidence)>> = FxHashMap::default();
        for ((from, to), evidence) in best {
            of.entry(from).or_default().push((to, evidence));
        }
        for list in of.values_mut() {
            list.sort_by_key(|(to, _)| *to);
        }
        Self { of }
    }
}

#[derive(Clone, Copy, PartialEq)]
struct Queued {
    cost: f32,
    node: ContactId,
}

impl Eq for Queued {}

impl Ord for Queued {
    fn cmp(&self, other: &Self) -> Ordering {
        // A max-heap: reverse so the lowest cost, then the lowest id, comes out first.
        other
            .cost
            .total_cmp(&self.cost)
            .then_with(|| other.node.cmp(&self.node))
    }
}

impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The best few warm paths from me to `target`, strongest first.
pub fn warm_paths(network: &Network, target: &PathTarget, today: NaiveDate) -> Vec<WarmPath> {
    let facts = facts_by_contact(network, today);
    warm_paths_with(network, &facts, target, today)
}

/// As [`warm_paths`], with everyone's facts already computed.
pub fn warm_paths_with(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
    target: &PathTarget,
    today: NaiveDate,
) -> Vec<WarmPath> {
    let introducers = introducers(network, facts, today);
    let ties = Ties::of(network, &introducers);

    // Who ends a path: the person, or anyone at the organization or with the tag.
    let ends = path_ends(network, target);
    if ends.is_empty() {
        return Vec::new();
    }
    let best = cheapest_hops(network, facts, (&introducers, &ends), &ties, today);
    let mut paths: Vec<WarmPath> = match target {
        PathTarget::Person(person) => ways_to_person(&best, &ties, *person),
        PathTarget::Organization(_) | PathTarget::Tag(_) => ends
            .iter()
            .filter(|id| best.contains_key(id))
            .filter_map(|id| path_to(&best, *id))
            .collect(),
    };
    paths.sort_by(|a, b| {
        b.strength
            .total_cmp(&a.strength)
            .then_with(|| a.hops.len().cmp(&b.hops.len()))
            .then_with(|| a.people().cmp(&b.people()))
    });
    paths.truncate(PATHS_AT_MOST);
    paths
}

/// Who may introduce: those who pass the gate (only people I met have facts).
fn introducers(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
    today: NaiveDate,
) -> FxHashSet<ContactId> {
    facts
        .iter()
        .filter(|(id, f)| passes_gate(network, **id, f, today))
        .map(|(id, _)| *id)
        .collect()
}

/// Who ends a path to `target`: the person, or anyone at the organization (now or before)
/// or with the tag; nobody for empty words.
fn path_ends(network: &Network, target: &PathTarget) -> Vec<ContactId> {
    match target {
        PathTarget::Person(person) => vec![*person],
        PathTarget::Organization(words) | PathTarget::Tag(words) => {
            let wanted = fold(words.trim());
            if wanted.is_empty() {
                return Vec::new();
            }
            let is_tag = matches!(target, PathTarget::Tag(_));
            network
                .contacts()
                .filter(|c| {
                    if is_tag {
                        c.tags.iter().any(|t| fold(t) == wanted)
                    } else {
                        // Anyone there now, or there before: they still know people inside.
                        fold(&c.organization).contains(&wanted)
                            || c.past_jobs
                                .iter()
                                .any(|past| fold(&past.job.organization).contains(&wanted))
                    }
                })
                .map(|c| c.id)
                .collect()
        }
    }
}

/// The cheapest way from me to everyone reachable (Dijkstra over trust): each person's
/// cost and the hop that reaches them. First hops go to the people who may introduce, and to
/// the ends I know myself; anyone else I know leads nowhere.
fn cheapest_hops(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
    (introducers, ends): (&FxHashSet<ContactId>, &[ContactId]),
    ties: &Ties,
    today: NaiveDate,
) -> HashMap<ContactId, (f32, Hop)> {
    // Someone I asked a favour of, still open, is asked again last: an equally trusted bridge
    // comes first.
    let asked = super::asks::open_asks(network);
    // Dijkstra from me. First hops go to the people who may introduce, and to the ends I know
    // myself; anyone else I know leads nowhere.
    let mut best: HashMap<ContactId, (f32, Hop)> = HashMap::new();
    let mut queue = BinaryHeap::new();
    let mut first_hops: Vec<(ContactId, f32)> = introducers
        .iter()
        .copied()
        .chain(ends.iter().copied())
        .filter_map(|id| {
            let f = facts.get(&id)?;
            (f.encounter_count > 0 && network.contact(id).is_some()).then(|| {
                let mut strength = trust_strength(f.trust) * (0.3 + 0.7 * f.warmth(today));
                if asked.contains_key(&id) && !ends.contains(&id) {
                    strength *= ASKED_ALREADY;
                }
                (id, strength.clamp(1e-4, 1.0))
            })
        })
        .collect();
    first_hops.sort_by_key(|(id, _)| *id);
    first_hops.dedup_by_key(|(id, _)| *id);
    for (id, strength) in first_hops {
        let cost = -strength.ln();
        best.insert(
            id,
            (
                cost,
                Hop {
                    from: Person::Me,
                    to: id,
                    strength,
                    evidence: TieEvidence::Mine,
                },
            ),
        );
        queue.push(Queued { cost, node: id });
    }
    // Someone I know myself is a destination, never a hop to reach: nobody introduces me to
    // a person I have met.
    let known_myself = |id: &ContactId| facts.get(id).is_some_and(|f| f.encounter_count > 0);
    while let Some(Queued { cost, node }) = queue.pop() {
        if best.get(&node).is_some_and(|(c, _)| *c < cost) {
            continue;
        }
        let Some(out) = ties.of.get(&node) else {
            continue;
        };
        for &(to, evidence) in out.iter().filter(|(to, _)| !known_myself(to)) {
            let strength = evidence_strength(evidence);
            let next = cost - strength.ln();
            let better = best.get(&to).is_none_or(|(c, _)| next < *c - 1e-6);
            if better {
                best.insert(
                    to,
                    (
                        next,
                        Hop {
                            from: Person::Contact(node),
                            to,
                            strength,
                            evidence,
                        },
                    ),
                );
                queue.push(Queued {
                    cost: next,
                    node: to,
                });
            }
        }
    }
    best
}

/// The path that reaches `end`, hop by hop from me, if any.
fn path_to(best: &HashMap<ContactId, (f32, Hop)>, end: ContactId) -> Option<WarmPath> {
    let mut hops = Vec::new();
    let mut at = end;
    while let Some((_, hop)) = best.get(&at) {
        hops.push(hop.clone());
        match hop.from {
            Person::Me => break,
            Person::Contact(from) => at = from,
        }
        if hops.len() > 64 {
            return None;
        }
    }
    hops.reverse();
    let strength = hops.iter().map(|h| h.strength).product();
    (!hops.is_empty()).then_some(WarmPath { hops, strength })
}

/// Several ways in to one person: the best path through each introducer who knows them,
/// plus my own tie if I have one.
fn ways_to_person(
    best: &HashMap<ContactId, (f32, Hop)>,
    ties: &Ties,
    person: ContactId,
) -> Vec<WarmPath> {
    // Several ways in: the best path through each introducer who knows them, plus my
    // own tie if I have one.
    let mut ways: Vec<WarmPath> = Vec::new();
    if let Some((_, hop)) = best.get(&person)
        && hop.from == Person::Me
    {
        ways.extend(path_to(best, person));
    }
    let mut via: Vec<(ContactId, TieEvidence)> = ties
        .of
        .iter()
        .filter_map(|(from, out)| {
            out.iter()
                .find(|(to, _)| *to == person)
                .map(|(_, evidence)| (*from, *evidence))
        })
        .collect();
    via.sort_by_key(|(from, _)| *from);
    for (from, evidence) in via {
        let Some(mut path) = path_to(best, from) else {
            continue;
        };
        // A path that runs through the target itself is no way in.
        if path.hops.iter().any(|h| h.to == person) {
            continue;
        }
        let strength = evidence_strength(evidence);
        path.hops.push(Hop {
            from: Person::Contact(from),
            to: person,
            strength,
            evidence,
        });
        path.strength *= strength;
        ways.push(path);
    }
    ways
}

/// When no path reaches `person`: the people I trust (they pass the gate) who work at their
/// organization and may know them, by id.
pub fn trusted_at_their_organization(
    network: &Network,
    facts: &crate::analysis::FactsByContact,
    person: ContactId,
    today: NaiveDate,
) -> Vec<ContactId> {
    let Some(organization) = network
        .contact(person)
        .map(|c| fold(c.organization.trim()))
        .filter(|o| !o.is_empty())
    else {
        return Vec::new();
    };
    let mut found: Vec<ContactId> = network
        .contacts()
        .filter(|c| c.id != person && fold(c.organization.trim()) == organization)
        .filter(|c| {
            facts
                .get(&c.id)
                .is_some_and(|f| passes_gate(network, c.id, f, today))
        })
        .map(|c| c.id)
        .collect();
    found.sort();
    found
}

/// Below this strength a hop is worth strengthening before asking along it.
pub const WEAK_TIE: f32 = 0.5;

/// What makes a hop weak: the one factor to work on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weakness {
    /// I never met them in person.
    NeverMet,
    /// I trust them, but we last met long ago (that day).
    NotSeenLately(NaiveDate),
    /// We met lately, but my trust in them is low.
    LowTrust,
    /// The tie between the two contacts is loose (met together, "knows").
    LooseTie,
}

/// Why `hop` is weak (below [`WEAK_TIE`]), naming the factor that actually is — the same
/// answer for the same hop in every path; `None` when it is strong enough.
pub fn weakness(hop: &Hop, facts: &ContactFacts, today: NaiveDate) -> Option<Weakness> {
    if hop.strength >= WEAK_TIE {
        return None;
    }
    if hop.from != Person::Me {
        return Some(Weakness::LooseTie);
    }
    let Some(last) = facts.last_in_person else {
        return Some(Weakness::NeverMet);
    };
    let trust = trust_strength(facts.trust);
    let warmth = 0.3 + 0.7 * facts.warmth(today);
    Some(if warmth < trust {
        Weakness::NotSeenLately(last)
    } else {
        Weakness::LowTrust
    })
}

/// For a path to an organization, how its last person is there: `None` when they work there
/// now, "formerly at Doctolib" when a past job matches.
pub fn formerly_at(contact: &crate::model::Contact, target: &PathTarget) -> Option<String> {
    let PathTarget::Organization(words) = target else {
        return None;
    };
    let wanted = fold(words.trim());
    if wanted.is_empty() || fold(&contact.organization).contains(&wanted) {
        return None;
    }
    contact
        .past_jobs
        .iter()
        .rev()
        .find(|past| fold(&past.job.organization).contains(&wanted))
        .map(|past| {
            crate::tr!(
                "paths-formerly-at",
                organization = past.job.organization.trim()
            )
        })
}

/// Whom every warm path to a target passes through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SinglePoints {
    /// Nobody in the project is there.
    NobodyThere,
    /// People are there, and no warm path reaches any of them.
    NoWarmPath {
        /// How many people are there.
        there: usize,
    },
    /// Warm paths reach the target.
    Reached {
        /// How many people are there.
        there: usize,
        /// How many of them a warm path reaches.
        reached: usize,
        /// The people every path passes through, nearest me first: empty when there is
        /// more than one way in.
        through: Vec<ContactId>,
    },
}

/// The graph warm paths run on, built once for several targets: from me to the people who
/// may introduce (and to anyone I know myself, as a destination), and from each of those to
/// the people they know; with everyone's organizations and tags folded once, to find who is
/// at each target.
pub struct WarmGraph {
    known_myself: FxHashSet<ContactId>,
    /// Who may put me in touch with each person I have not met.
    ways_in: FxHashMap<ContactId, Vec<ContactId>>,
    /// Each contact's organizations (now and before) and tags, by index in `names`, in the
    /// order of the contacts (one allocation, not two per contact).
    folded: Vec<(ContactId, u32)>,
    /// Every organization and tag named, folded once: (folded, is a tag).
    names: Vec<(String, bool)>,
}

impl WarmGraph {
    /// The graph as of `today`, from everyone's facts.
    pub fn of(
        network: &Network,
        facts: &crate::analysis::FactsByContact,
        today: NaiveDate,
    ) -> Self {
        let introducers = introducers(network, facts, today);
        let ties = Ties::of(network, &introducers);
        let known_myself: FxHashSet<ContactId> = facts
            .iter()
            .filter(|(id, f)| f.encounter_count > 0 && network.contact(**id).is_some())
            .map(|(id, _)| *id)
            .collect();
        let mut ways_in: FxHashMap<ContactId, Vec<ContactId>> = FxHashMap::default();
        for (from, out) in &ties.of {
            for (to, _) in out {
                if !known_myself.contains(to) && from != to {
                    ways_in.entry(*to).or_default().push(*from);
                }
            }
        }
        // Thousands of people share a few hundred organizations: each is folded once.
        let mut names: Vec<(String, bool)> = Vec::new();
        let mut index: FxHashMap<(&str, bool), u32> = FxHashMap::default();
        fn name_of<'a>(
            names: &mut Vec<(String, bool)>,
            index: &mut FxHashMap<(&'a str, bool), u32>,
            text: &'a str,
            is_tag: bool,
        ) -> Option<u32> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            let next = u32::try_from(names.len()).ok()?;
            Some(*index.entry((text, is_tag)).or_insert_with(|| {
                names.push((fold(text), is_tag));
                next
            }))
        }
        let mut folded = Vec::with_capacity(network.contacts().len());
        for c in network.contacts() {
            let organizations = std::iter::once(c.organization.as_str()).chain(
                c.past_jobs
                    .iter()
                    .map(|past| past.job.organization.as_str()),
            );
            for name in organizations {
                folded.extend(name_of(&mut names, &mut index, name, false).map(|i| (c.id, i)));
            }
            for tag in &c.tags {
                folded.extend(name_of(&mut names, &mut index, tag, true).map(|i| (c.id, i)));
            }
        }
        Self {
            known_myself,
            ways_in,
            folded,
            names,
        }
    }

    /// Who is at `target` (the people a path to it ends at), as [`path_ends`] finds them.
    pub fn people_at(&self, target: &PathTarget) -> Vec<ContactId> {
        let (words, is_tag) = match target {
            PathTarget::Person(person) => return vec![*person],
            PathTarget::Organization(words) => (words, false),
            PathTarget::Tag(words) => (words, true),
        };
        let wanted = fold(words.trim());
        if wanted.is_empty() {
            return Vec::new();
        }
        let matches: Vec<bool> = self
            .names
            .iter()
            .map(|(name, tag)| {
                *tag == is_tag
                    && if is_tag {
                        *name == wanted
                    } else {
                        name.contains(&wanted)
                    }
            })
            .collect();
        let mut people: Vec<ContactId> = self
            .folded
            .iter()
            .filter(|(_, name)| matches.get(*name as usize).copied().unwrap_or(false))
            .map(|(id, _)| *id)
            .collect();
        // In the contacts' order: someone there now and before is listed once.
        people.dedup();
        people
    }

    /// The people through whom every warm path to `ends` (the people at a target) passes:
    /// the dominators of the target in this graph. A path is me → someone I know who is
    /// there, or me → someone who may introduce → someone they know who is there (people I
    /// know are destinations, never hops, and only they may introduce: no path is longer).
    /// So a person is on every path when each end reached has them as its only way in, or
    /// is them.
    pub fn single_points(&self, ends: &[ContactId]) -> SinglePoints {
        if ends.is_empty() {
            return SinglePoints::NobodyThere;
        }
        // For each end reached, the people every path to it passes through.
        let mut common: Option<Vec<ContactId>> = None;
        let mut reached = 0;
        for end in ends {
            let on_every_path: Vec<ContactId> = if self.known_myself.contains(end) {
                vec![*end]
            } else {
                match self.ways_in.get(end).map(Vec::as_slice) {
                    None | Some([]) => continue,
                    Some([only]) => vec![*only, *end],
                    Some(_) => vec![*end],
                }
            };
            reached += 1;
            common = Some(match common {
                None => on_every_path,
                Some(so_far) => so_far
                    .into_iter()
                    .filter(|id| on_every_path.contains(id))
                    .collect(),
            });
        }
        match common {
            None => SinglePoints::NoWarmPath { there: ends.len() },
            Some(through) => SinglePoints::Reached {
                there: ends.len(),
                reached,
                through,
            },
        }
    }
}
