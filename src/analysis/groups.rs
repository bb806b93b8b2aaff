//! Groups of contacts for the map: each organization is a group; people without one join the
//! group most of their ties belong to (label propagation over relations, introductions and
//! meetings of a few people), or form a community of their own with the people they are tied
//! to. Deterministic: the same network gives the same groups.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::search::fold;
use crate::model::{ContactId, Network, Origin, Person};

/// What holds a group together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    /// People of one organization.
    Organization,
    /// People without an organization, tied to each other.
    Community,
    /// People with neither an organization nor a tie.
    Unaffiliated,
}

/// One group.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The name shown on the map: the organization as most people spell it, or the
    /// community's best-tied member.
    pub name: String,
    /// What holds it together.
    pub kind: GroupKind,
    /// How many contacts it holds.
    pub size: usize,
    /// How many other contacts worked there before (their past jobs): each a bridge to it.
    pub alumni: usize,
}

/// Every contact's group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grouping {
    /// The group of each contact, in the network's contact order (an index into `groups`).
    pub group_of: Vec<u32>,
    /// The groups, organizations first by name, then communities, then the unaffiliated.
    pub groups: Vec<Group>,
}

/// Encounters with more people than this do not tie everyone at them (a conference).
const MET_TOGETHER_AT_MOST: usize = 8;
/// Rounds of label propagation: each lets a label travel one more tie.
const PROPAGATION_ROUNDS: usize = 6;

impl Grouping {
    /// Groups the contacts of a network, as of `today` (planned meetings tie nobody yet).
    pub fn new(network: &Network, today: NaiveDate) -> Self {
        let contacts: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
        let index: HashMap<ContactId, usize> = contacts
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let ties = ties(network, today, &index);
        let (mut groups, mut label) = organizations(network);
        let fixed: Vec<bool> = label.iter().map(Option::is_some).collect();
        propagate(&mut label, &fixed, &ties);
        communities(network, &contacts, &ties, &mut label, &mut groups);
        let group_of: Vec<u32> = label.into_iter().map(Option::unwrap_or_default).collect();
        for g in &group_of {
            if let Some(group) = groups.get_mut(*g as usize) {
                group.size += 1;
            }
        }
        Self { group_of, groups }
    }
}

/// Organizations: one group per folded name, shown as most people spell it, counting who
/// worked there before; and each contact's organization group, if any.
fn organizations(network: &Network) -> (Vec<Group>, Vec<Option<u32>>) {
    // Organizations: one group per folded name, shown as most people spell it.
    let mut spellings: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut folded_of: Vec<Option<String>> = Vec::with_capacity(network.contacts().len());
    for contact in network.contacts() {
        let trimmed = contact.organization.trim();
        let folded = fold(trimmed);
        if folded.is_empty() {
            folded_of.push(None);
            continue;
        }
        *spellings
            .entry(folded.clone())
            .or_default()
            .entry(trimmed.to_owned())
            .or_default() += 1;
        folded_of.push(Some(folded));
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut org_group: HashMap<&str, u32> = HashMap::new();
    for (folded, names) in &spellings {
        let name = names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(name, _)| name.clone())
            .unwrap_or_default();
        org_group.insert(folded.as_str(), to_u32(groups.len()));
        groups.push(Group {
            name,
            kind: GroupKind::Organization,
            size: 0,
            alumni: 0,
        });
    }
    // Who worked at an organization before counts for it: a bridge, not a member.
    for (contact, current) in network.contacts().zip(&folded_of) {
        let mut counted: Vec<u32> = Vec::new();
        for past in &contact.past_jobs {
            let folded = fold(past.job.organization.trim());
            if folded.is_empty() || current.as_deref() == Some(folded.as_str()) {
                continue;
            }
            if let Some(&group) = org_group.get(folded.as_str())
                && !counted.contains(&group)
            {
                counted.push(group);
                if let Some(group) = groups.get_mut(group as usize) {
                    group.alumni += 1;
                }
            }
        }
    }
    let label: Vec<Option<u32>> = folded_of
        .iter()
        .map(|f| f.as_deref().and_then(|f| org_group.get(f).copied()))
        .collect();
    (groups, label)
}

/// People without an organization take the label most of their ties carry, round after
/// round until nothing changes (or [`PROPAGATION_ROUNDS`]).
fn propagate(label: &mut [Option<u32>], fixed: &[bool], ties: &[Vec<u32>]) {
    let nodes = label.len();
    for _ in 0..PROPAGATION_ROUNDS {
        let mut changed = false;
        for node in 0..nodes {
            if fixed.get(node).copied().unwrap_or(true) {
                continue;
            }
            let mut votes: BTreeMap<u32, usize> = BTreeMap::new();
            for &other in ties.get(node).map_or(&[][..], Vec::as_slice) {
                if let Some(Some(l)) = label.get(other as usize) {
                    *votes.entry(*l).or_default() += 1;
                }
            }
            let best = votes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(l, _)| l);
            if best.is_some() && label.get(node).copied().flatten() != best {
                if let Some(slot) = label.get_mut(node) {
                    *slot = best;
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Whoever is left is tied only to people without an organization, or to nobody: each set
/// of such people tied together is a community named after its best-tied member; people
/// with no tie at all are "unaffiliated".
fn communities(
    network: &Network,
    contacts: &[ContactId],
    ties: &[Vec<u32>],
    label: &mut [Option<u32>],
    groups: &mut Vec<Group>,
) {
    let mut unaffiliated: Option<u32> = None;
    for start in 0..contacts.len() {
        if label.get(start).copied().flatten().is_some() {
            continue;
        }
        let no_ties = ties.get(start).is_none_or(Vec::is_empty);
        if no_ties {
            let group = *unaffiliated.get_or_insert_with(|| {
                groups.push(Group {
                    name: crate::tr!("group-no-organization"),
                    kind: GroupKind::Unaffiliated,
                    size: 0,
                    alumni: 0,
                });
                to_u32(groups.len() - 1)
            });
            if let Some(slot) = label.get_mut(start) {
                *slot = Some(group);
            }
            continue;
        }
        let group = to_u32(groups.len());
        let mut members = vec![start];
        if let Some(slot) = label.get_mut(start) {
            *slot = Some(group);
        }
        let mut next = 0;
        while let Some(&node) = members.get(next) {
            next += 1;
            for &other in ties.get(node).map_or(&[][..], Vec::as_slice) {
                let other = other as usize;
                if label.get(other).copied().flatten().is_none() {
                    if let Some(slot) = label.get_mut(other) {
                        *slot = Some(group);
                    }
                    members.push(other);
                }
            }
        }
        let best = members
            .iter()
            .copied()
            .max_by_key(|m| (ties.get(*m).map_or(0, Vec::len), std::cmp::Reverse(*m)))
            .unwrap_or(start);
        let name = contacts
            .get(best)
            .and_then(|id| network.contact(*id))
            .map(|c| crate::tr!("group-around", name = c.name.as_str()))
            .unwrap_or_default();
        groups.push(Group {
            name,
            kind: GroupKind::Community,
            size: 0,
            alumni: 0,
        });
    }
}

/// Each contact's ties to other contacts (by index), each once: relations, who introduced
/// whom, introductions made by a contact, and past meetings of a few people.
fn ties(network: &Network, today: NaiveDate, index: &HashMap<ContactId, usize>) -> Vec<Vec<u32>> {
    let mut ties: Vec<Vec<u32>> = vec![Vec::new(); index.len()];
    let mut link = |a: ContactId, b: ContactId| {
        if let (Some(&a), Some(&b)) = (index.get(&a), index.get(&b))
            && a != b
        {
            if let Some(list) = ties.get_mut(a) {
                list.push(to_u32(b));
            }
            if let Some(list) = ties.get_mut(b) {
                list.push(to_u32(a));
            }
        }
    };
    for relation in network.relations() {
        link(relation.a, relation.b);
    }
    for contact in network.contacts() {
        if let Origin::IntroducedBy(Some(by)) = contact.origin {
            link(by, contact.id);
        }
    }
    for intro in network.introductions() {
        if let Person::Contact(introducer) = intro.introducer {
            for person in [intro.a, intro.b] {
                if let Person::Contact(p) = person {
                    link(introducer, p);
                }
            }
        }
    }
    for encounter in network.encounters() {
        let people = &encounter.participants;
        if encounter.is_planned(today) || !(2..=MET_TOGETHER_AT_MOST).contains(&people.len()) {
            continue;
        }
        for (i, a) in people.iter().enumerate() {
            for b in people.iter().skip(i + 1) {
                link(*a, *b);
            }
        }
    }
    for list in &mut ties {
        list.sort_unstable();
        list.dedup();
    }
    ties
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
