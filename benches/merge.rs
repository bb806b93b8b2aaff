//! Merging two copies of a project (issue 35): the three-way merge of a 2,000- and a
//! 20,000-contact project whose copies each changed 100 people, added 20 and made 20
//! encounters since they parted, with 10 fields changed both ways (conflicts) — what opening
//! a conflict copy's preview, `carnet merge3` and git's driver compute; and the edit that
//! turns the open project into the merge (the window's one undo step).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use carnet::model::{Contact, Edit, Encounter, EncounterKind, Network, ThreeCopies, merge_three};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

/// A copy of `base` where `side` changed people `offset..offset+100` (every 7th of them
/// also among the other copy's: their organization is a conflict), added 20 people and 20
/// encounters.
fn copy(base: &Network, side: &str, offset: usize) -> Network {
    let mut network = base.clone();
    let ids: Vec<_> = base.contacts().map(|c| c.id).collect();
    for (n, id) in ids.iter().skip(offset).take(100).enumerate() {
        let mut contact = network.contact(*id).unwrap().clone();
        contact
            .notes
            .push_str(&format!("\n{side} saw them again ({n})."));
        if n % 10 == 0 {
            contact.organization = format!("{side} Org");
        } else {
            contact.tags.push(format!("{side}-tag"));
        }
        network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    }
    for (n, met_with) in ids.iter().enumerate().take(20) {
        let id = network.allocate_contact_id();
        network
            .apply(Edit::PutContact(Box::new(Contact::new(
                id,
                format!("{side} new {n}"),
            ))))
            .unwrap();
        let encounter = network.allocate_encounter_id();
        network
            .apply(Edit::PutEncounter(Box::new(Encounter::new(
                encounter,
                day(),
                EncounterKind::Coffee,
                vec![id, *met_with],
            ))))
            .unwrap();
    }
    network
}

fn merge(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    for contacts in [2_000, 20_000] {
        let base = carnet::cli::generate::generate(contacts, 7, day()).unwrap();
        // Overlapping ranges: 100 people changed on each side, 50 of them on both.
        let mine = copy(&base, "laptop", 0);
        let theirs = copy(&base, "desktop", 50);
        let copies = ThreeCopies {
            base: &base,
            mine: &mine,
            theirs: &theirs,
        };
        let merged = merge_three(copies, "desktop", day()).unwrap();
        assert_eq!(merged.network.contacts().len(), contacts + 40);
        assert_eq!(merged.conflicts.len(), 5, "{:?}", merged.conflicts);
        group.bench_function(format!("three-way merge, {contacts} contacts"), |b| {
            b.iter(|| merge_three(copies, "desktop", day()).unwrap());
        });
        group.bench_function(
            format!("the open project's edit to the merge, {contacts} contacts"),
            |b| {
                b.iter(|| {
                    let mut open = mine.clone();
                    open.reserve_ids_below(merged.network.next_id());
                    let edit = open.edit_towards(&merged.network);
                    open.apply(edit).unwrap();
                    open
                });
            },
        );
    }
    group.finish();
}

criterion_group!(benches, merge);
criterion_main!(benches);
