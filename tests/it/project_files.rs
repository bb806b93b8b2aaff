//! Project files: round trips, byte-identical re-saves, the golden v1 file, every kind of bad
//! input, and saves that fail without losing anything.

use crate::common;

use std::fs;
use std::path::Path;

use carnet::model::{Contact, Edit, Network};
use carnet::store::{self, LoadError, SaveError};
use common::{demo_path, small_network};

#[test]
fn a_network_round_trips_through_ron() {
    let network = small_network();
    let text = store::to_ron_string(&network).unwrap();
    let back = store::parse(text.as_bytes(), Path::new("mem.ron")).unwrap();
    assert_eq!(back, network);
}

#[test]
fn the_demo_project_resaves_byte_for_byte() {
    let path = demo_path();
    let bytes = fs::read(&path).unwrap();
    let network = store::load(&path).unwrap();
    let text = store::to_ron_string(&network).unwrap();
    assert!(
        text.as_bytes() == bytes.as_slice(),
        "opening and saving the demo without a change must write the same bytes"
    );
}

#[test]
fn saving_twice_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let network = small_network();
    store::save(&network, &path).unwrap();
    let first = fs::read(&path).unwrap();
    let reloaded = store::load(&path).unwrap();
    store::save(&reloaded, &path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
}

#[test]
fn the_file_is_readable_ron_that_names_its_version() {
    let text = store::to_ron_string(&small_network()).unwrap();
    assert!(text.contains("format_version: 3,"), "{text}");
    assert!(text.contains("name: \"Alice Martin\""), "{text}");
    assert!(
        text.contains("Carol Lefèvre"),
        "accents are written as they are: {text}"
    );
    assert!(
        text.lines().count() > 20,
        "one field per line, so diffs are readable"
    );
}

#[test]
fn the_golden_v1_file_keeps_loading() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1.ron");
    let network = store::load(&path).unwrap();
    assert_eq!(network.name, "Golden v1");
    assert_eq!(network.me.name, "Camille Laurent");
    assert_eq!(network.contacts().len(), 3);
    assert_eq!(network.encounters().len(), 2);
    assert_eq!(network.introductions().len(), 1);
    assert_eq!(network.relations().len(), 1);
    let lea = network.contact_named("Léa Bernard").unwrap();
    assert_eq!(lea.organization, "Michelin");
    assert_eq!(lea.tags, vec!["rh".to_owned(), "industrie".to_owned()]);
    // Ids allocated after loading never collide with ids in the file.
    let mut network = network;
    let fresh = network.allocate_contact_id();
    assert!(network.contact(fresh).is_none());
    assert!(fresh.0 >= 10);
}

/// A version 1 file is migrated: saved again, it declares the current version, and nothing it
/// held is lost (what versions 2 and 3 added starts empty).
#[test]
fn a_version_1_file_is_saved_in_the_current_version_with_nothing_lost() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1.ron");
    let v1 = store::load(&path).unwrap();
    assert!(v1.earlier_goals.is_empty() && v1.goal_since.is_none() && v1.pitch.is_empty());
    assert!(!v1.settings.require_shared_trust);
    assert!(v1.encounters().all(|e| e.asks.is_empty() && !e.told_goal));
    assert!(v1.introductions().all(|i| i.thanked.is_none()));
    assert!(v1.conflicts.is_empty() && v1.lineage.is_empty());
    let text = store::to_ron_string(&v1).unwrap();
    assert!(text.contains("format_version: 3,"));
    let again = store::parse(text.as_bytes(), Path::new("again.ron")).unwrap();
    assert_eq!(again, v1);
}

/// Everything version 2 added, in a frozen file: it loads, and saving it again writes the
/// same bytes.
#[test]
fn the_golden_v2_file_keeps_loading() {
    use carnet::model::{AgendaItem, AskKind, AskWay, IntroductionId};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v2.ron");
    let network = store::load(&path).unwrap();
    assert_eq!(network.name, "Golden v2");
    assert_eq!(network.earlier_goals.len(), 1);
    assert_eq!(
        network.earlier_goals[0].goal,
        "Prove old files keep loading"
    );
    assert!(network.pitch.starts_with("Product manager"));
    assert!(network.settings.require_shared_trust);
    assert_eq!(
        network.set_aside[0].item,
        AgendaItem::Thanks(IntroductionId(6))
    );
    let event = network.encounters().find(|e| e.told_goal).unwrap();
    assert_eq!(event.asks.len(), 2);
    assert_eq!(
        (event.asks[0].way, event.asks[0].kind, event.asks[0].settled),
        (AskWay::Asked, AskKind::Introduction, true)
    );
    assert_eq!(event.asks[1].way, AskWay::Gave);
    let intro = network.introductions().next().unwrap();
    assert!(intro.thanked.is_some());
    let written = store::to_ron_string(&network).unwrap();
    assert_eq!(written, fs::read_to_string(&path).unwrap().replace(
        "// A project file in format version 2, with everything version 2 added (thanks, favours, the\n// goal told and its versions, shared trust, a Thanks line set aside). Never edit this file: it\n// proves that files of version 2 keep loading in every later Carnet.\n",
        "// Carnet project file (https://github.com/carnet-app/carnet).\n// Records refer to each other by id: keep ids when editing by hand.\n",
    ).replace("format_version: 2,", "format_version: 3,"));
}

/// Everything version 3 added — revisions, and a merge's conflicts — in a frozen file: it
/// loads, its conflict reads in words, and saving it again writes the same bytes.
#[test]
fn the_golden_v3_file_keeps_loading() {
    use carnet::model::{ConflictKind, RecordKey, conflict_line};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v3.ron");
    let network = store::load(&path).unwrap();
    assert_eq!(
        network.lineage,
        vec![0x1f2e_3d4c_5b6a_7988, 0x0102_0304_0506_0708]
    );
    assert_eq!(network.conflicts.len(), 1);
    let conflict = &network.conflicts[0];
    assert_eq!(conflict.kind, ConflictKind::BothChanged);
    let lea = network.contact_named("Léa Bernard").unwrap();
    assert_eq!(conflict.record, RecordKey::Contact(lea.id));
    assert_eq!(
        conflict_line(&network, conflict),
        "Léa Bernard — organization: kept “Michelin”, the other copy has “Renault”"
    );
    let written = store::to_ron_string(&network).unwrap();
    let golden = fs::read_to_string(&path).unwrap();
    let body = golden.split_once("format_version").unwrap().1;
    assert_eq!(written.split_once("format_version").unwrap().1, body);
}

fn load_bytes(bytes: &[u8]) -> (Result<Network, LoadError>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    fs::write(&path, bytes).unwrap();
    let result = store::load(&path);
    let message = match &result {
        Ok(_) => String::new(),
        Err(error) => error.to_string(),
    };
    (result, message)
}

fn assert_refused(bytes: &[u8], expect_in_message: &str) -> LoadError {
    let (result, message) = load_bytes(bytes);
    let error = result.expect_err("a bad file must be refused");
    assert!(
        message.contains("broken.ron"),
        "the message names the file: {message}"
    );
    assert!(
        message
            .to_lowercase()
            .contains(&expect_in_message.to_lowercase()),
        "expected “{expect_in_message}” in: {message}"
    );
    error
}

#[test]
fn an_empty_file_is_refused_clearly() {
    assert_refused(b"", "empty");
    assert_refused(b"  \n\n", "empty");
}

#[test]
fn a_truncated_file_is_refused_with_line_and_column() {
    let text = store::to_ron_string(&small_network()).unwrap();
    let cut = &text.as_bytes()[..text.len() / 2];
    let error = assert_refused(cut, "line");
    assert!(matches!(error, LoadError::Syntax { line, .. } if line > 1));
}

#[test]
fn a_binary_file_is_refused() {
    assert_refused(&[0x89, b'P', b'N', b'G', 0, 0, 1, 2, 3], "binary");
    assert_refused(&[0xC3, 0x28, b'a'], "UTF-8");
}

#[test]
fn a_utf16_file_is_refused() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "(format_version: 1)".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    assert_refused(&bytes, "UTF-16");
}

#[test]
fn deep_nesting_is_refused_without_crashing() {
    let mut bytes = b"(format_version: 1, network: ".to_vec();
    bytes.extend(std::iter::repeat_n(b'(', 200_000));
    assert_refused(&bytes, "line 1");
}

#[test]
fn wrong_types_are_refused() {
    let text = store::to_ron_string(&small_network())
        .unwrap()
        .replace("next_id: ", "next_id: \"seven\", old_next_id: ");
    assert_refused(text.as_bytes(), "line");
}

#[test]
fn a_file_from_a_newer_carnet_is_refused_with_the_reason() {
    let text = store::to_ron_string(&small_network())
        .unwrap()
        .replace("format_version: 3", "format_version: 7");
    let error = assert_refused(text.as_bytes(), "newer Carnet");
    assert!(matches!(error, LoadError::FutureVersion { found: 7, .. }));
}

#[test]
fn an_inconsistent_file_is_refused() {
    let text = store::to_ron_string(&small_network()).unwrap();
    // Point the encounter at a contact that does not exist.
    let broken = text.replacen(
        "participants: [\n",
        "participants: [\n                    99,\n",
        1,
    );
    assert_ne!(broken, text);
    assert_refused(broken.as_bytes(), "no contact with id 99");
}

#[test]
fn duplicate_ids_are_refused() {
    let network = small_network();
    let text = store::to_ron_string(&network).unwrap();
    let broken = text.replace("id: 2,", "id: 1,");
    assert_refused(broken.as_bytes(), "used twice");
}

#[test]
fn a_folder_or_a_missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        store::load(dir.path()),
        Err(LoadError::IsFolder { .. })
    ));
    let missing = dir.path().join("nope.ron");
    let error = store::load(&missing).unwrap_err();
    assert!(error.to_string().contains("nope.ron"));
}

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut network = small_network();
    store::save(&network, &path).unwrap();
    let first = fs::read(&path).unwrap();
    let id = network.allocate_contact_id();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(id, "Dan"))))
        .unwrap();
    store::save(&network, &path).unwrap();
    assert_eq!(fs::read(dir.path().join("p.ron.bak")).unwrap(), first);
    assert!(store::load(&path).unwrap().contact(id).is_some());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let network = small_network();
    store::save(&network, &path).unwrap();
    let before = fs::read(&path).unwrap();

    // Make the save fail: the file has no write permission (a refusal that holds for root
    // too; temporary files have unpredictable names, so nothing can block one).
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    }
    let mut changed = network.clone();
    changed.name = "Changed".to_owned();
    let error = store::save(&changed, &path).unwrap_err();
    assert!(matches!(error, SaveError::ReadOnly { .. }), "{error}");
    assert!(error.to_string().contains("unchanged"), "{error}");
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the file on disk is byte for byte the old one"
    );
}

#[test]
fn saving_onto_a_folder_or_into_a_missing_folder_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let network = small_network();
    let error = store::save(&network, dir.path()).unwrap_err();
    assert!(matches!(error, SaveError::IsFolder { .. }), "{error}");
    let missing = dir.path().join("no/such/folder/p.ron");
    let error = store::save(&network, &missing).unwrap_err();
    assert!(error.to_string().contains("p.ron"), "{error}");
}

#[test]
fn a_nul_or_control_character_pasted_into_notes_still_saves_a_file_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut network = small_network();
    let id = network.allocate_contact_id();
    let mut pasted = Contact::new(id, "Pasted \u{0} name");
    pasted.notes = "bell \u{7}, escape \u{1b}[0m, tab\tand\r\nlines".to_owned();
    network.apply(Edit::PutContact(Box::new(pasted))).unwrap();
    store::save(&network, &path).unwrap();
    assert!(
        !fs::read(&path).unwrap().contains(&0),
        "no NUL byte in the file"
    );
    assert_eq!(store::load(&path).unwrap(), network);
    // Without such a character, text stays as typed: accents and line breaks unescaped.
    let plain = small_network();
    let text = store::to_ron_string(&plain).unwrap();
    assert!(text.contains("Carol Lefèvre") && text.contains("more.\nSecond line."));
}

#[test]
fn a_file_of_100_mb_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let started = std::time::Instant::now();
    let error = store::load(&path).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("too large"), "{error}");
    // Refused from its size alone: nothing was read.
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

#[test]
fn a_10_mb_string_loads_whole() {
    let mut network = small_network();
    let id = network.allocate_contact_id();
    let mut long = Contact::new(id, "Long notes");
    long.notes = "é".repeat(5 * 1024 * 1024);
    network.apply(Edit::PutContact(Box::new(long))).unwrap();
    let text = store::to_ron_string(&network).unwrap();
    assert!(text.len() > 10 * 1024 * 1024);
    let read = store::parse(text.as_bytes(), std::path::Path::new("long.ron")).unwrap();
    assert_eq!(read.contact(id).unwrap().notes.len(), 10 * 1024 * 1024);
}
