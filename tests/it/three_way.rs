//! Two copies of one project that parted from a common version, merged three ways: random
//! edit scripts on both sides of a random base, and the rules checked on the result — every
//! change that does not conflict is there, the result loads, merging with the base or with
//! itself changes nothing, swapping the copies changes only what a conflict keeps. Then the
//! commands: `carnet merge3`, and `carnet merge-driver` in a real git repository.

use std::collections::BTreeSet;
use std::path::Path;

use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, IntroStatus, IntroStep, Introduction,
    Network, Person, RecordKey, ThreeCopies, merge_three,
};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

use crate::common::{self, day};

/// One change a user can make.
#[derive(Clone, Copy, Debug)]
enum Step {
    AddContact,
    SetOrganization(usize, u8),
    AddNoteLine(usize, u8),
    AddTag(usize, u8),
    DeleteContact(usize),
    AddEncounter(usize, usize),
    EditEncounterNotes(usize, u8),
    DeleteEncounter(usize),
    Introduce(usize, usize),
    SetGoal(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::AddContact),
        3 => (0usize..50, 0u8..4).prop_map(|(i, v)| Step::SetOrganization(i, v)),
        3 => (0usize..50, 0u8..4).prop_map(|(i, v)| Step::AddNoteLine(i, v)),
        2 => (0usize..50, 0u8..4).prop_map(|(i, v)| Step::AddTag(i, v)),
        1 => (0usize..50).prop_map(Step::DeleteContact),
        2 => (0usize..50, 0usize..50).prop_map(|(a, b)| Step::AddEncounter(a, b)),
        2 => (0usize..50, 0u8..4).prop_map(|(i, v)| Step::EditEncounterNotes(i, v)),
        1 => (0usize..50).prop_map(Step::DeleteEncounter),
        1 => (0usize..50, 0usize..50).prop_map(|(a, b)| Step::Introduce(a, b)),
        1 => (0u8..3).prop_map(Step::SetGoal),
    ]
}

fn nth_contact(network: &Network, i: usize) -> Option<Contact> {
    let count = network.contacts().len();
    (count > 0).then(|| network.contacts().nth(i % count).cloned())?
}

fn nth_encounter(network: &Network, i: usize) -> Option<Encounter> {
    let count = network.encounters().len();
    (count > 0).then(|| network.encounters().nth(i % count).cloned())?
}

/// Runs a script on a copy; `side` makes its new names and texts its own.
fn edited(base: &Network, script: &[Step], side: &str) -> Network {
    let mut network = base.clone();
    for (n, step) in script.iter().enumerate() {
        let edit = match *step {
            Step::AddContact => {
                let id = network.allocate_contact_id();
                Some(Edit::PutContact(Box::new(Contact::new(
                    id,
                    format!("{side} person {id}"),
                ))))
            }
            Step::SetOrganization(i, v) => nth_contact(&network, i).map(|mut c| {
                c.organization = format!("{side} org {v}");
                Edit::PutContact(Box::new(c))
            }),
            Step::AddNoteLine(i, v) => nth_contact(&network, i).map(|mut c| {
                c.notes.push_str(&format!("{side} line {n} {v}\n"));
                Edit::PutContact(Box::new(c))
            }),
            Step::AddTag(i, v) => nth_contact(&network, i).map(|mut c| {
                let tag = format!("tag{v}");
                if !c.tags.contains(&tag) {
                    c.tags.push(tag);
                }
                Edit::PutContact(Box::new(c))
            }),
            Step::DeleteContact(i) => nth_contact(&network, i)
                .and_then(|c| network.removal_of_contact(c.id))
                .map(|removal| removal.edit),
            Step::AddEncounter(a, b) => {
                let (Some(a), Some(b)) = (nth_contact(&network, a), nth_contact(&network, b))
                else {
                    continue;
                };
                let mut people = vec![a.id];
                if b.id != a.id {
                    people.push(b.id);
                }
                let id = network.allocate_encounter_id();
                let mut encounter =
                    Encounter::new(id, day("2026-11-02"), EncounterKind::Coffee, people);
                encounter.notes = format!("{side} met {id}\n");
                Some(Edit::PutEncounter(Box::new(encounter)))
            }
            Step::EditEncounterNotes(i, v) => nth_encounter(&network, i).map(|mut e| {
                e.notes.push_str(&format!("{side} more {n} {v}\n"));
                Edit::PutEncounter(Box::new(e))
            }),
            Step::DeleteEncounter(i) => {
                nth_encounter(&network, i).map(|e| Edit::RemoveEncounter(e.id))
            }
            Step::Introduce(a, b) => {
                let (Some(a), Some(b)) = (nth_contact(&network, a), nth_contact(&network, b))
                else {
                    continue;
                };
                if a.id == b.id {
                    continue;
                }
                let id = network.allocate_introduction_id();
                Some(Edit::PutIntroduction(Box::new(Introduction {
                    id,
                    introducer: Person::Me,
                    a: Person::Contact(a.id),
                    b: Person::Contact(b.id),
                    steps: vec![IntroStep {
                        status: IntroStatus::Planned,
                        date: day("2026-11-03"),
                    }],
                    notes: format!("{side} intro {n}"),
                    outcome: String::new(),
                    gate_override: None,
                    thanked: None,
                })))
            }
            Step::SetGoal(v) => {
                let mut project = network.project();
                project.goal = format!("{side} goal {v}");
                Some(Edit::SetProject(Box::new(project)))
            }
        };
        if let Some(edit) = edit {
            network.apply(edit).unwrap();
        }
    }
    network
}

fn base_network() -> impl Strategy<Value = Network> {
    vec(step(), 0..25).prop_map(|script| {
        let mut base = edited(&Network::new("Shared"), &[Step::AddContact; 6], "base");
        base = edited(&base, &script, "base");
        base.lineage = vec![1];
        base
    })
}

fn merge(base: &Network, mine: &Network, theirs: &Network) -> Network {
    merge_three(
        ThreeCopies { base, mine, theirs },
        "other",
        day("2026-12-07"),
    )
    .unwrap()
    .network
}

/// The records and description of a network, without the revisions (which a merge joins).
fn content(network: &Network) -> Network {
    let mut network = network.clone();
    network.lineage.clear();
    network
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn conflicted(merged: &Network, record: RecordKey) -> bool {
    merged.conflicts.iter().any(|c| c.record == record)
}

/// Every field of a base contact one side changed and the other did not is the side's.
fn check_side_kept(base: &Network, side: &Network, other: &Network, merged: &Network) {
    for old in base.contacts() {
        let id = old.id;
        let (Some(mine), theirs) = (side.contact(id), other.contact(id)) else {
            // Deleted on this side: gone, unless the other changed it (kept and listed).
            if other.contact(id) == Some(old) {
                assert!(merged.contact(id).is_none() || conflicted(merged, RecordKey::Contact(id)));
            }
            continue;
        };
        let Some(theirs) = theirs else { continue };
        let Some(result) = merged.contact(id) else {
            panic!("{} lost", old.name);
        };
        let (o, m, t, r) = (json(old), json(mine), json(theirs), json(result));
        for key in o
            .as_object()
            .unwrap()
            .keys()
            .chain(m.as_object().unwrap().keys())
        {
            if o.get(key) != m.get(key) && o.get(key) == t.get(key) {
                assert_eq!(r.get(key), m.get(key), "{} · {key}", old.name);
            }
        }
    }
    // What the side added is there: its people by name, its encounters by their notes.
    let names: BTreeSet<&str> = merged.contacts().map(|c| c.name.as_str()).collect();
    for contact in side.contacts().filter(|c| base.contact(c.id).is_none()) {
        assert!(
            names.contains(contact.name.as_str()),
            "{} lost",
            contact.name
        );
    }
    let notes: Vec<&str> = merged.encounters().map(|e| e.notes.as_str()).collect();
    for encounter in side.encounters().filter(|e| e.id.0 >= base.next_id()) {
        let first = encounter.notes.lines().next().unwrap();
        assert!(notes.iter().any(|n| n.contains(first)), "{first} lost");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn both_copies_changes_are_kept_and_the_result_loads(
        base in base_network(),
        a in vec(step(), 0..20),
        b in vec(step(), 0..20),
    ) {
        let mine = edited(&base, &a, "A");
        let theirs = edited(&base, &b, "B");
        let merged = merge(&base, &mine, &theirs);
        let text = carnet::store::to_ron_string(&merged).unwrap();
        let read = carnet::store::parse(text.as_bytes(), Path::new("merged.ron"));
        prop_assert!(read.is_ok(), "{:?}", read.err());
        check_side_kept(&base, &mine, &theirs, &merged);
        check_side_kept(&base, &theirs, &mine, &merged);
        // Deterministic.
        prop_assert_eq!(content(&merge(&base, &mine, &theirs)), content(&merged));
        // Swapping the copies changes only what conflicts keep (and which copy's new records
        // moved to fresh ids): the same people, with the same fields unless in conflict, and
        // the same encounters with the same people.
        let swapped = merge(&base, &theirs, &mine);
        let people = |n: &Network| {
            let mut names: Vec<String> = n.contacts().map(|c| c.name.clone()).collect();
            names.sort();
            names
        };
        prop_assert_eq!(people(&merged), people(&swapped), "{:?}", merged.conflicts);
        for contact in merged.contacts() {
            let other = swapped.contacts().find(|c| c.name == contact.name).unwrap();
            if !conflicted(&merged, RecordKey::Contact(contact.id))
                && !conflicted(&swapped, RecordKey::Contact(other.id))
            {
                let (mut a, mut b) = (contact.clone(), other.clone());
                a.id = ContactId(0);
                b.id = ContactId(0);
                prop_assert_eq!(a, b);
            }
        }
        let meetings = |n: &Network| {
            let mut list: Vec<(String, Vec<String>)> = n
                .encounters()
                .map(|e| {
                    let mut names: Vec<String> = e
                        .participants
                        .iter()
                        .map(|p| n.contact(*p).unwrap().name.clone())
                        .collect();
                    names.sort();
                    (e.notes.lines().next().unwrap_or_default().to_owned(), names)
                })
                .collect();
            list.sort();
            list
        };
        if merged.conflicts.iter().all(|c| !matches!(c.record, RecordKey::Encounter(_))) {
            prop_assert_eq!(meetings(&merged), meetings(&swapped));
        }
    }

    #[test]
    fn merging_with_the_base_or_itself_changes_nothing(
        base in base_network(),
        a in vec(step(), 0..20),
    ) {
        let x = edited(&base, &a, "A");
        prop_assert_eq!(content(&merge(&base, &x, &base)), content(&x));
        prop_assert_eq!(content(&merge(&base, &base, &x)), content(&x));
        prop_assert_eq!(content(&merge(&base, &x, &x)), content(&x));
    }

    #[test]
    fn the_open_copy_becomes_the_merge_in_one_edit(
        base in base_network(),
        a in vec(step(), 0..15),
        b in vec(step(), 0..15),
    ) {
        let mut mine = edited(&base, &a, "A");
        let theirs = edited(&base, &b, "B");
        let merged = merge(&base, &mine, &theirs);
        mine.reserve_ids_below(merged.next_id());
        let before = mine.clone();
        let undo = mine.apply(mine.edit_towards(&merged)).unwrap();
        prop_assert_eq!(content(&mine).parts().contacts, merged.parts().contacts);
        prop_assert_eq!(mine.project(), merged.project());
        prop_assert_eq!(mine.encounters().len(), merged.encounters().len());
        mine.apply(undo).unwrap();
        prop_assert_eq!(content(&mine).parts().contacts, before.parts().contacts);
    }
}

fn two_copies() -> (Network, Network, Network) {
    let base = common::small_network();
    let alice = common::id_of(&base, "Alice Martin");
    let bob = common::id_of(&base, "Bob Dupont");
    let mut laptop = base.clone();
    let mut desktop = base.clone();
    // The laptop: Alice's organization, a new person, a line of notes.
    let mut a = laptop.contact(alice).unwrap().clone();
    a.organization = "Doctolib".to_owned();
    a.notes = "Met at VivaTech.\n".to_owned();
    laptop.apply(Edit::PutContact(Box::new(a))).unwrap();
    let id = laptop.allocate_contact_id();
    laptop
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "Diane from the laptop",
        ))))
        .unwrap();
    // The desktop: Alice's role, Bob's organization, another new person (same id!).
    let mut a = desktop.contact(alice).unwrap().clone();
    a.role = "CTO".to_owned();
    desktop.apply(Edit::PutContact(Box::new(a))).unwrap();
    let mut b = desktop.contact(bob).unwrap().clone();
    b.organization = "Alan".to_owned();
    desktop.apply(Edit::PutContact(Box::new(b))).unwrap();
    let id = desktop.allocate_contact_id();
    desktop
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "Étienne from the desktop",
        ))))
        .unwrap();
    (base, laptop, desktop)
}

#[test]
fn records_made_in_both_copies_under_one_id_are_both_kept() {
    let (base, laptop, desktop) = two_copies();
    let merged = merge(&base, &laptop, &desktop);
    let names: Vec<&str> = merged.contacts().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"Diane from the laptop"), "{names:?}");
    assert!(names.contains(&"Étienne from the desktop"), "{names:?}");
    let alice = merged
        .contact(common::id_of(&merged, "Alice Martin"))
        .unwrap();
    assert_eq!(alice.organization, "Doctolib");
    assert_eq!(alice.role, "CTO");
    assert_eq!(
        merged
            .contact(common::id_of(&merged, "Bob Dupont"))
            .unwrap()
            .organization,
        "Alan"
    );
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
}

#[test]
fn a_field_changed_both_ways_keeps_mine_and_lists_theirs_and_settling_takes_it() {
    let base = common::small_network();
    let alice = common::id_of(&base, "Alice Martin");
    let mut mine = base.clone();
    let mut theirs = base.clone();
    for (copy, org) in [(&mut mine, "Qonto"), (&mut theirs, "Swile")] {
        let mut a = copy.contact(alice).unwrap().clone();
        a.organization = org.to_owned();
        copy.apply(Edit::PutContact(Box::new(a))).unwrap();
    }
    let mut merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.contact(alice).unwrap().organization, "Qonto");
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = merged.conflicts[0].clone();
    assert_eq!(conflict.record, RecordKey::Contact(alice));
    assert_eq!(conflict.field, "organization");
    let line = carnet::model::conflict_line(&merged, &conflict);
    assert!(line.contains("Qonto") && line.contains("Swile"), "{line}");
    // Taking the other copy's value is one edit, and the conflict leaves the list.
    let edit = carnet::model::settle_conflict(&merged, &conflict, true).unwrap();
    let undo = merged.apply(edit).unwrap();
    assert_eq!(merged.contact(alice).unwrap().organization, "Swile");
    assert!(merged.conflicts.is_empty());
    merged.apply(undo).unwrap();
    assert_eq!(merged.contact(alice).unwrap().organization, "Qonto");
    assert_eq!(merged.conflicts.len(), 1);
}

#[test]
fn notes_changed_in_both_copies_merge_line_by_line() {
    let base = common::small_network();
    let met = base.encounters().next().unwrap().id;
    let mut mine = base.clone();
    let mut theirs = base.clone();
    let mut e = mine.encounter(met).unwrap().clone();
    e.notes = format!("Laptop first.\n{}", e.notes);
    mine.apply(Edit::PutEncounter(Box::new(e))).unwrap();
    let mut e = theirs.encounter(met).unwrap().clone();
    e.notes = format!("{}\nDesktop last.", e.notes);
    theirs.apply(Edit::PutEncounter(Box::new(e))).unwrap();
    let merged = merge(&base, &mine, &theirs);
    let notes = &merged.encounter(met).unwrap().notes;
    assert!(notes.starts_with("Laptop first.\n"), "{notes}");
    assert!(notes.ends_with("Desktop last."), "{notes}");
    assert!(notes.contains("Second line."), "{notes}");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn a_line_added_at_the_end_of_the_same_notes_in_each_copy_keeps_both() {
    let base = common::small_network();
    let met = base.encounters().next().unwrap().id;
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    for (copy, line) in [
        (&mut mine, "Laptop: sent the deck."),
        (&mut theirs, "Desktop: she replied."),
    ] {
        let mut e = copy.encounter(met).unwrap().clone();
        e.notes = format!("{}\n{line}", e.notes);
        copy.apply(Edit::PutEncounter(Box::new(e))).unwrap();
    }
    let merged = merge(&base, &mine, &theirs);
    let notes = &merged.encounter(met).unwrap().notes;
    assert!(
        notes.contains("Laptop: sent the deck.") && notes.contains("Desktop: she replied."),
        "{notes}"
    );
    assert!(
        notes.starts_with(&base.encounter(met).unwrap().notes),
        "{notes}"
    );
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        &merge(&base, &theirs, &mine).encounter(met).unwrap().notes,
        notes
    );
}

#[test]
fn a_person_deleted_in_one_copy_and_met_in_the_other_is_kept_and_listed() {
    let base = common::small_network();
    let carol = common::id_of(&base, "Carol Lefèvre");
    let mut mine = base.clone();
    let removal = mine.removal_of_contact(carol).unwrap();
    mine.apply(removal.edit).unwrap();
    let mut theirs = base.clone();
    let id = theirs.allocate_encounter_id();
    theirs
        .apply(Edit::PutEncounter(Box::new(Encounter::new(
            id,
            day("2026-12-01"),
            EncounterKind::Meal,
            vec![carol],
        ))))
        .unwrap();
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.contact(carol).is_some());
    assert_eq!(merged.encounters().filter(|e| e.involves(carol)).count(), 1);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.record == RecordKey::Contact(carol)),
        "{:?}",
        merged.conflicts
    );
}

fn write(dir: &Path, name: &str, network: &Network) -> std::path::PathBuf {
    let path = dir.join(name);
    carnet::store::save(network, &path).unwrap();
    path
}

#[test]
fn merge3_writes_the_merge_and_exits_as_scripts_expect() {
    let dir = tempfile::tempdir().unwrap();
    let (base, laptop, desktop) = two_copies();
    let [b, m, t] = [
        ("base.ron", &base),
        ("mine.ron", &laptop),
        ("theirs.ron", &desktop),
    ]
    .map(|(name, network)| write(dir.path(), name, network));
    let out = dir.path().join("merged.ron");
    let run = common::carnet()
        .arg("merge3")
        .args([&b, &m, &t])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("People: 1 new, 2 changed"), "{stdout}");
    let merged = carnet::store::load(&out).unwrap();
    assert_eq!(merged.contacts().len(), 5);
    // A same-field conflict: exit 1, recorded in the file.
    let mut other = desktop.clone();
    let alice = common::id_of(&other, "Alice Martin");
    let mut a = other.contact(alice).unwrap().clone();
    a.organization = "Swile".to_owned();
    other.apply(Edit::PutContact(Box::new(a))).unwrap();
    let t2 = write(dir.path(), "theirs2.ron", &other);
    let run = common::carnet()
        .arg("merge3")
        .args([&b, &m, &t2])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("One conflict to review"), "{stdout}");
    assert!(
        stdout.contains("kept “Doctolib”, the other copy has “Swile”"),
        "{stdout}"
    );
    assert_eq!(carnet::store::load(&out).unwrap().conflicts.len(), 1);
    // A broken copy: exit 2, nothing written.
    let before = std::fs::read(&out).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "<<<<<<< HEAD\n").unwrap();
    let run = common::carnet()
        .arg("merge3")
        .args([&b, &m, &broken])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(common::debian_tool("git", "git"))
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("LANG", "C")
        .output()
        .expect("git is installed");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Configures the driver in a clone the way the README says.
fn configure_driver(clone: &Path) {
    let program = env!("CARGO_BIN_EXE_carnet");
    git(
        clone,
        &["config", "merge.carnet.name", "Carnet project merge"],
    );
    git(
        clone,
        &[
            "config",
            "merge.carnet.driver",
            &format!("'{program}' merge-driver %O %A %B %P"),
        ],
    );
}

#[test]
fn git_pull_with_the_driver_merges_two_clones_without_markers() {
    let root = tempfile::tempdir().unwrap();
    let origin = root.path().join("origin.git");
    let seed = root.path().join("seed");
    std::fs::create_dir_all(&seed).unwrap();
    git(
        root.path(),
        &["init", "--bare", "-b", "main", origin.to_str().unwrap()],
    );
    git(&seed, &["init", "-b", "main"]);
    let (base, laptop, desktop) = two_copies();
    write(&seed, "job.ron", &base);
    std::fs::write(seed.join(".gitattributes"), "*.ron merge=carnet\n").unwrap();
    git(&seed, &["add", "job.ron", ".gitattributes"]);
    git(&seed, &["commit", "-m", "base"]);
    git(
        &seed,
        &["remote", "add", "origin", origin.to_str().unwrap()],
    );
    git(&seed, &["push", "origin", "main"]);
    let clone = |name: &str| {
        let path = root.path().join(name);
        git(root.path(), &["clone", origin.to_str().unwrap(), name]);
        configure_driver(&path);
        path
    };
    let (ana, ben) = (clone("ana"), clone("ben"));
    // Each partner's edits, and one field both changed (Alice's organization).
    let mut ben_copy = desktop.clone();
    let alice = common::id_of(&ben_copy, "Alice Martin");
    let mut a = ben_copy.contact(alice).unwrap().clone();
    a.organization = "Swile".to_owned();
    ben_copy.apply(Edit::PutContact(Box::new(a))).unwrap();
    write(&ana, "job.ron", &laptop);
    git(&ana, &["commit", "-am", "laptop"]);
    git(&ana, &["push", "origin", "main"]);
    write(&ben, "job.ron", &ben_copy);
    git(&ben, &["commit", "-am", "desktop"]);
    let pulled = git(&ben, &["pull", "--no-rebase", "origin", "main"]);
    let text = std::fs::read_to_string(ben.join("job.ron")).unwrap();
    assert!(
        !text.contains("<<<<<<<") && !text.contains(">>>>>>>"),
        "{text}"
    );
    assert!(
        pulled.contains("CONFLICT"),
        "git stops for the conflict to review: {pulled}"
    );
    let merged = carnet::store::parse(text.as_bytes(), Path::new("job.ron")).unwrap();
    let names: Vec<&str> = merged.contacts().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"Diane from the laptop"), "{names:?}");
    assert!(names.contains(&"Étienne from the desktop"), "{names:?}");
    let alice_now = merged.contact(alice).unwrap();
    assert_eq!(alice_now.role, "CTO");
    assert!(alice_now.notes.contains("VivaTech"));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, "organization");
    // The partner reviews it in Carnet, commits: the next pull is clean.
    git(&ben, &["commit", "-am", "merged"]);
    git(&ben, &["push", "origin", "main"]);
    let mut ana_copy = carnet::store::load(&ana.join("job.ron")).unwrap();
    let id = ana_copy.allocate_contact_id();
    ana_copy
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "Fanny from Ana",
        ))))
        .unwrap();
    write(&ana, "job.ron", &ana_copy);
    git(&ana, &["commit", "-am", "one more"]);
    let pulled = git(&ana, &["pull", "--no-rebase", "origin", "main"]);
    assert!(!pulled.contains("CONFLICT"), "{pulled}");
    let merged = carnet::store::load(&ana.join("job.ron")).unwrap();
    let names: Vec<&str> = merged.contacts().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"Fanny from Ana") && names.contains(&"Étienne from the desktop"));
}

/// Steps the window until `done` (the watcher and the save work on their own threads).
fn step_until(
    harness: &mut egui_kittest::Harness<'static, carnet::App>,
    never: &str,
    done: impl Fn(&egui_kittest::Harness<'static, carnet::App>) -> bool,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done(harness) {
        assert!(std::time::Instant::now() < deadline, "{never}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
}

/// The names each sync tool gives its conflict copy of `job.ron`, as their code writes them.
const TOOL_NAMES: [&str; 7] = [
    "job.sync-conflict-20261207-101500-ABCDEFG.ron",
    "job (Ana's conflicted copy 2026-12-07).ron",
    "job (copie en conflit de Ana 2026-12-07).ron",
    "job (conflicted copy 2026-12-07 101500).ron",
    "job (conflicted copy ana 2026-12-07 101500).ron",
    "job_conflict-20261207-101500.ron",
    "job-LAPTOP-ANA.ron",
];

#[test]
fn each_sync_tools_conflict_copy_name_is_recognised_and_others_are_not() {
    use carnet::store::conflict_copies::{SyncTool, conflict_name};
    let tools: Vec<SyncTool> = TOOL_NAMES
        .iter()
        .map(|name| {
            conflict_name("job.ron", name)
                .unwrap_or_else(|| panic!("{name}"))
                .0
        })
        .collect();
    assert_eq!(
        tools,
        [
            SyncTool::Syncthing,
            SyncTool::Dropbox,
            SyncTool::Dropbox,
            SyncTool::Nextcloud,
            SyncTool::Nextcloud,
            SyncTool::Nextcloud,
            SyncTool::OneDrive,
        ]
    );
    assert_eq!(
        conflict_name("job.ron", TOOL_NAMES[0])
            .unwrap()
            .1
            .as_deref(),
        Some("ABCDEFG")
    );
    assert_eq!(
        conflict_name("job.ron", TOOL_NAMES[1])
            .unwrap()
            .1
            .as_deref(),
        Some("Ana")
    );
    // OneDrive's shape is any name: only the copy's revisions can tell.
    assert!(conflict_name("job.ron", TOOL_NAMES[6]).unwrap().2);
    for other in [
        "job.ron",
        "job.ron.bak",
        "job.ron.merged",
        "jobs.ron",
        "job (1).ron",
        "job.sync-conflict-2026-x.ron",
        "other.sync-conflict-20261207-101500-ABCDEFG.ron",
        "job (conflicted copy soon).ron",
    ] {
        assert!(conflict_name("job.ron", other).is_none(), "{other}");
    }
}

/// A folder synced between two computers: `job.ron` as this one saved it, the version both
/// had kept in the data folder, and the other computer's version under `copy_name`.
struct SyncedFolder {
    _dir: tempfile::TempDir,
    project: std::path::PathBuf,
    copy: std::path::PathBuf,
    data: std::path::PathBuf,
}

fn synced_folder(copy_name: &str, theirs_org: &str) -> SyncedFolder {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let project = dir.path().join("job.ron");
    let mut base = common::small_network();
    carnet::store::versions::ensure_lineage(&mut base);
    carnet::store::save(&base, &project).unwrap();
    carnet::store::versions::remember_version(&data, &project, &base).unwrap();
    let (_, mut laptop, mut desktop) = two_copies();
    laptop.lineage = base.lineage.clone();
    desktop.lineage = base.lineage.clone();
    let alice = common::id_of(&desktop, "Alice Martin");
    let mut a = desktop.contact(alice).unwrap().clone();
    a.organization = theirs_org.to_owned();
    desktop.apply(Edit::PutContact(Box::new(a))).unwrap();
    carnet::store::versions::start_revision(&mut laptop);
    carnet::store::versions::start_revision(&mut desktop);
    carnet::store::save(&laptop, &project).unwrap();
    let copy = dir.path().join(copy_name);
    carnet::store::save(&desktop, &copy).unwrap();
    SyncedFolder {
        _dir: dir,
        project,
        copy,
        data,
    }
}

#[test]
fn the_window_offers_each_tools_copy_and_merges_it_without_losing_an_edit() {
    use egui_kittest::kittest::Queryable as _;
    for name in TOOL_NAMES {
        let folder = synced_folder(name, "Doctolib");
        let data = folder.data.clone();
        let mut harness = common::TestApp::on(folder.project.clone())
            .today(day("2026-12-07"))
            .with(move |app| app.with_data_dir(data))
            .build();
        harness
            .get_by_label_contains("Another copy of this project was changed elsewhere")
            .hover();
        harness.get_by_label("Merge it…").click();
        harness.run();
        assert!(
            harness
                .query_by_label_contains("People: 1 new, 2 changed")
                .is_some(),
            "{name}: the preview says what comes in"
        );
        harness.get_by_label("Merge").click();
        harness.run();
        let network = harness.state().session().network();
        let names: Vec<&str> = network.contacts().map(|c| c.name.as_str()).collect();
        assert!(
            names.contains(&"Diane from the laptop"),
            "{name}: {names:?}"
        );
        assert!(
            names.contains(&"Étienne from the desktop"),
            "{name}: {names:?}"
        );
        let alice = network
            .contact(common::id_of(network, "Alice Martin"))
            .unwrap();
        assert_eq!(
            (alice.organization.as_str(), alice.role.as_str()),
            ("Doctolib", "CTO")
        );
        assert!(network.conflicts.is_empty(), "{name}");
        // The copy is put away, not offered again; the merge is one undo step.
        assert!(!folder.copy.exists(), "{name}");
        let mut merged = folder.copy.as_os_str().to_owned();
        merged.push(".merged");
        assert!(std::path::Path::new(&merged).exists(), "{name}");
        assert!(
            harness
                .query_by_label_contains("Another copy of this project")
                .is_none()
        );
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
        let network = harness.state().session().network();
        assert!(
            network
                .contacts()
                .all(|c| c.name != "Étienne from the desktop")
        );
    }
}

#[test]
fn a_copy_appearing_while_open_is_offered_and_its_conflict_reviewed_in_the_project_tab() {
    use egui_kittest::kittest::Queryable as _;
    let folder = synced_folder("job.sync-conflict-20261207-101500-ABCDEFG.ron", "Swile");
    // The copy arrives while the project is open.
    let copy_bytes = std::fs::read(&folder.copy).unwrap();
    std::fs::remove_file(&folder.copy).unwrap();
    let data = folder.data.clone();
    let mut harness = common::TestApp::on(folder.project.clone())
        .today(day("2026-12-07"))
        .size(1600.0, 1200.0)
        .with(move |app| app.with_data_dir(data))
        .build();
    assert!(
        harness
            .query_by_label_contains("Another copy of this project")
            .is_none()
    );
    std::fs::write(&folder.copy, copy_bytes).unwrap();
    step_until(&mut harness, "the copy was never offered", |h| {
        h.query_by_label_contains("Another copy of this project")
            .is_some()
    });
    harness.get_by_label("Merge it…").click();
    harness.run();
    assert!(harness.query_by_label_contains("One conflict").is_some());
    harness.get_by_label("Merge").click();
    harness.run();
    let alice = common::id_of(harness.state().session().network(), "Alice Martin");
    let organization = |h: &egui_kittest::Harness<'_, carnet::App>| {
        h.state()
            .session()
            .network()
            .contact(alice)
            .unwrap()
            .organization
            .clone()
    };
    assert_eq!(organization(&harness), "Doctolib");
    harness.get_by_label("Project").click();
    harness.run();
    harness
        .get_by_label_contains("Review conflicts (1)")
        .hover();
    harness
        .get_by_label_contains("kept “Doctolib”, the other copy has “Swile”")
        .hover();
    harness.get_by_label("Take the other").click();
    harness.run();
    assert_eq!(organization(&harness), "Swile");
    assert!(harness.state().session().network().conflicts.is_empty());
    assert!(
        harness
            .query_by_label_contains("Review conflicts")
            .is_none()
    );
    // One undo step brings the conflict back, with the kept value.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(organization(&harness), "Doctolib");
    assert_eq!(harness.state().session().network().conflicts.len(), 1);
}

#[test]
fn the_file_changed_on_disk_is_merged_with_unsaved_changes_and_saved_without_a_question() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let project = dir.path().join("job.ron");
    carnet::store::save(&common::small_network(), &project).unwrap();
    let data_dir = data.clone();
    let mut harness = common::TestApp::on(project.clone())
        .today(day("2026-12-07"))
        .with(move |app| app.with_data_dir(data_dir))
        .build();
    // An unsaved change here…
    harness.get_by_label("Add contact").click();
    harness.run();
    let before = harness.state().session().network().contacts().len();
    assert!(harness.state().session().is_dirty());
    // …and the other computer's version arrives through the sync folder.
    let mut theirs = carnet::store::load(&project).unwrap();
    carnet::store::versions::ensure_lineage(&mut theirs);
    let id = theirs.allocate_contact_id();
    theirs
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "From the other computer",
        ))))
        .unwrap();
    carnet::store::versions::start_revision(&mut theirs);
    carnet::store::save(&theirs, &project).unwrap();
    step_until(&mut harness, "the change was never noticed", |h| {
        h.query_by_label_contains("was changed by another program")
            .is_some()
    });
    harness.get_by_label("Merge both…").click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(
        network.contacts().len(),
        before + 1,
        "mine kept, theirs added"
    );
    assert!(
        network
            .contacts()
            .any(|c| c.name == "From the other computer")
    );
    assert!(
        harness
            .query_by_label_contains("was changed by another program")
            .is_none()
    );
    // Saving now writes over the file without asking: its changes are in.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    step_until(&mut harness, "never saved", |h| {
        !h.state().session().is_dirty()
    });
    let saved = carnet::store::load(&project).unwrap();
    assert_eq!(saved.contacts().len(), before + 1);
    assert!(
        saved.lineage.contains(&theirs.lineage[0]),
        "the merge descends from both"
    );
}
