//! Every write holds (issue 30): a save keeps the file's permissions and group, writes
//! through a symbolic link to its target, refuses a read-only file and a project Carnet could
//! not open again, and creates its temporary files under unpredictable names, so a link
//! planted in a shared folder redirects nothing. Exports leave no backup behind.

use std::fs;
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _, symlink};
use std::path::Path;

use carnet::model::{Contact, Edit};
use carnet::store::{self, SaveError};

use crate::common::small_network;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn changed() -> carnet::model::Network {
    let mut network = small_network();
    network.name = "Changed".to_owned();
    network
}

#[test]
fn a_new_project_and_its_backup_are_readable_by_their_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    assert_eq!(mode(&path), 0o600, "a new project is personal data");
    store::save(&changed(), &path).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("p.ron.bak")), 0o600);
}

#[test]
fn a_save_keeps_the_files_permissions_and_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    for wanted in [0o600, 0o640, 0o660, 0o644] {
        fs::set_permissions(&path, fs::Permissions::from_mode(wanted)).unwrap();
        store::save(&changed(), &path).unwrap();
        assert_eq!(mode(&path), wanted, "a {wanted:o} project stays {wanted:o}");
    }
    // A group the owner chose (root may give any; another user keeps the groups they are in).
    let group = 4242;
    if std::os::unix::fs::chown(&path, None, Some(group)).is_ok() {
        store::save(&small_network(), &path).unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().gid(),
            group,
            "the group is kept"
        );
    }
}

#[test]
fn a_read_only_project_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();
    // Root could write it anyway: the refusal is Carnet's, not the system's.
    let error = store::save(&changed(), &path).unwrap_err();
    assert!(matches!(error, SaveError::ReadOnly { .. }), "{error}");
    let message = error.to_string();
    assert!(message.contains("read-only"), "{message}");
    assert!(
        message.contains("the file on disk is unchanged"),
        "{message}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444, "still read-only");
}

#[test]
fn a_project_reached_through_a_link_is_saved_into_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("Sync");
    fs::create_dir(&synced).unwrap();
    let target = synced.join("job-search.ron");
    store::save(&small_network(), &target).unwrap();
    let link = dir.path().join("job-search.ron");
    symlink("Sync/job-search.ron", &link).unwrap();

    store::save(&changed(), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(
        store::load(&target).unwrap().name,
        "Changed",
        "the target got the save"
    );
    assert_eq!(store::load(&link).unwrap().name, "Changed");
    let backup = synced.join("job-search.ron.bak");
    assert!(
        fs::symlink_metadata(&backup).unwrap().file_type().is_file(),
        "the backup is a file beside the target"
    );
    assert!(!dir.path().join("job-search.ron.bak").exists());
    // A chain of links, and a link to a file not written yet.
    let second = dir.path().join("again.ron");
    symlink(&link, &second).unwrap();
    store::save(&small_network(), &second).unwrap();
    assert_eq!(store::load(&target).unwrap().name, "Test project");
    let dangling = dir.path().join("new.ron");
    symlink("Sync/new.ron", &dangling).unwrap();
    store::save(&small_network(), &dangling).unwrap();
    assert!(synced.join("new.ron").is_file());
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn links_planted_in_a_shared_folder_redirect_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "someone else's file").unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    // The names older Carnets used, predictable from the process id, and the backup's name.
    let pid = std::process::id();
    for planted in [
        format!(".p.ron.{pid}.tmp"),
        format!(".p.ron.bak.{pid}.tmp"),
        "p.ron.bak".to_owned(),
    ] {
        let planted = dir.path().join(planted);
        let _ = fs::remove_file(&planted);
        symlink(&victim, &planted).unwrap();
    }
    store::save(&changed(), &path).unwrap();
    assert_eq!(fs::read_to_string(&victim).unwrap(), "someone else's file");
    assert_eq!(store::load(&path).unwrap().name, "Changed");
    let backup = dir.path().join("p.ron.bak");
    assert!(
        fs::symlink_metadata(&backup).unwrap().file_type().is_file(),
        "the planted backup link was replaced by the backup, not followed"
    );
}

#[test]
fn the_temporary_files_of_two_saves_have_names_nobody_can_guess() {
    // Two saves at once in one folder each write their own temporary file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut names = Vec::new();
    for _ in 0..2 {
        store::write_atomically_with(&path, b"x", |_, _| {
            let found: Vec<String> = fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tmp"))
                .collect();
            names.extend(found);
            Err(std::io::Error::other("stop here"))
        })
        .unwrap_err();
    }
    assert_eq!(names.len(), 2, "{names:?}");
    assert_ne!(names[0], names[1], "a new random name each time");
    let pid = std::process::id().to_string();
    assert!(
        names
            .iter()
            .all(|n| n.starts_with(".p.ron.") && !n.contains(&pid)),
        "{names:?}"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "no debris");
}

#[test]
fn an_export_leaves_no_backup_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.vcf");
    store::write_export(&out, b"first").unwrap();
    store::write_export(&out, b"second").unwrap();
    assert_eq!(fs::read(&out).unwrap(), b"second");
    assert!(!dir.path().join("network.vcf.bak").exists());
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_project_too_large_to_open_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let mut network = small_network();
    let id = network.allocate_contact_id();
    let mut contact = Contact::new(id, "Bulky Note");
    contact.notes = "x".repeat(81 * 1024 * 1024);
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    let error = store::save(&network, &path).unwrap_err();
    assert!(matches!(error, SaveError::TooLarge { .. }), "{error}");
    let message = error.to_string();
    assert!(message.contains("83886080"), "the limit is said: {message}");
    assert!(message.contains("unchanged"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn locks_and_recovery_copies_live_in_folders_only_their_user_reads() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    let key = store::ProjectKey::for_file(&path);
    let _lock = store::ProjectLock::acquire(&data, &key).unwrap();
    store::write_recovery(&data, &key, &small_network()).unwrap();
    assert_eq!(mode(&data), 0o700);
    for folder in ["locks", "recovery"] {
        let folder = data.join(folder);
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
        for entry in fs::read_dir(&folder).unwrap() {
            let file = entry.unwrap().path();
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }
}

/// A LinkedIn export of `count` people no one else has, named after `batch`.
fn connections(batch: usize, count: usize) -> String {
    let mut csv =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for i in 0..count {
        csv.push_str(&format!(
            "Person{batch},Number{i},https://www.linkedin.com/in/person-{batch}-{i},,Acme,Engineer,12 Mar 2024\r\n"
        ));
    }
    csv
}

/// Every writer takes the project's lock: commands started together each land whole (issue
/// 30: two 500-row imports at once left 540 contacts of 1,040, 20 times in 20).
#[test]
fn imports_started_together_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    store::save(&small_network(), &project).unwrap();
    let before = store::load(&project).unwrap().contacts().len();
    let (batches, each) = (6, 80);
    let children: Vec<_> = (0..batches)
        .map(|batch| {
            let csv = dir.path().join(format!("batch-{batch}.csv"));
            fs::write(&csv, connections(batch, each)).unwrap();
            crate::common::carnet()
                .args(["import", "linkedin"])
                .arg(&csv)
                .arg("--into")
                .arg(&project)
                .env(store::DATA_DIR_VARIABLE, dir.path().join("data"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let after = store::load(&project).unwrap().contacts().len();
    assert_eq!(after, before + batches * each, "every import landed");
}

/// A window that has the project open holds its lock: a command does not write over it.
#[test]
fn a_command_leaves_a_project_open_in_a_window_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let project = dir.path().join("p.ron");
    store::save(&small_network(), &project).unwrap();
    let before = fs::read(&project).unwrap();
    let window_data = data.clone();
    let _window = crate::common::TestApp::on(project.clone())
        .with(move |app| app.with_data_dir(window_data))
        .build();
    let csv = dir.path().join("Connections.csv");
    fs::write(&csv, connections(0, 3)).unwrap();
    let output = crate::common::carnet()
        .args(["import", "linkedin"])
        .arg(&csv)
        .arg("--into")
        .arg(&project)
        .env(store::DATA_DIR_VARIABLE, &data)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("open in a Carnet window"), "{err}");
    assert_eq!(
        fs::read(&project).unwrap(),
        before,
        "the file is as the window read it"
    );
}

/// A recovery copy left for later is offered at each start for a stated time, then removed
/// (issue 30: they were kept for ever).
#[test]
fn an_old_recovery_copy_nobody_decided_on_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut keys = Vec::new();
    for (name, days_ago) in [
        ("recent.ron", 10),
        ("old.ron", store::RECOVERY_KEPT_DAYS + 5),
    ] {
        let path = dir.path().join(name);
        store::save(&small_network(), &path).unwrap();
        let key = store::ProjectKey::for_file(&path);
        store::write_recovery(&data, &key, &small_network()).unwrap();
        keys.push((key, days_ago));
    }
    // Their notes say when they were written: backdated here.
    for entry in fs::read_dir(data.join("recovery")).unwrap() {
        let meta = entry.unwrap().path();
        if meta.extension().and_then(|e| e.to_str()) != Some("meta") {
            continue;
        }
        let text = fs::read_to_string(&meta).unwrap();
        let (_, days_ago) = keys
            .iter()
            .find(|(key, _)| {
                let file = key.path.as_ref().unwrap().to_string_lossy().into_owned();
                text.contains(&file)
            })
            .unwrap();
        let written = chrono::Local::now() - chrono::Duration::days(*days_ago);
        let start = text.find("written_at:").unwrap();
        let backdated = format!("{}written_at:\"{}\")", &text[..start], written.to_rfc3339());
        fs::write(&meta, backdated).unwrap();
    }
    let offered = store::orphaned_recoveries(&data, None);
    assert_eq!(offered.len(), 1, "the recent copy is still offered");
    assert!(
        offered[0]
            .original
            .as_ref()
            .unwrap()
            .ends_with("recent.ron")
    );
    let left: Vec<String> = fs::read_dir(data.join("recovery"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left.iter().filter(|n| n.ends_with(".meta")).count(),
        1,
        "the old copy and its note are gone: {left:?}"
    );
}

/// A portable copy (the Windows `.zip`) keeps its locks in the `carnet-data` folder beside
/// the program, not in the user's folders.
#[test]
fn a_portable_copy_keeps_its_data_beside_itself() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("carnet-portable");
    fs::create_dir(&copy).unwrap();
    let program = copy.join("carnet");
    fs::copy(env!("CARGO_BIN_EXE_carnet"), &program).unwrap();
    fs::create_dir(copy.join(store::PORTABLE_DATA_FOLDER)).unwrap();
    let project = dir.path().join("p.ron");
    store::save(&small_network(), &project).unwrap();
    let csv = dir.path().join("Connections.csv");
    fs::write(&csv, connections(0, 3)).unwrap();
    // The user's own data folder, which a portable copy must leave alone.
    let home = dir.path().join("home");
    let output = crate::common::carnet_at(&program)
        .args(["import", "linkedin"])
        .arg(&csv)
        .arg("--into")
        .arg(&project)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let locks: Vec<_> = fs::read_dir(copy.join(store::PORTABLE_DATA_FOLDER).join("locks"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        locks.iter().any(|name| name.ends_with(".lock")),
        "the lock is beside the program: {locks:?}"
    );
    assert!(!home.exists(), "nothing written in the user's folders");
}
