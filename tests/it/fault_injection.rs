//! Fault injection: saves that fail — a read-only folder, a path that is a folder, a full file
//! system, a writer that fails half-way, a process killed while writing — leave the file on
//! disk exactly as it was (or whole and new), and the open project unsaved.

use crate::common;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use carnet::store::{self, SaveError};
use common::{day, small_network};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

/// A tiny tmpfs mounted for one test, unmounted when dropped. `None` where the test may not
/// mount file systems (not root, or no CAP_SYS_ADMIN in this sandbox).
struct TinyFs {
    point: PathBuf,
}

impl TinyFs {
    fn mount(point: &Path, size: &str) -> Option<Self> {
        fs::create_dir_all(point).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(point)
            .output()
            .is_ok_and(|o| o.status.success());
        mounted.then(|| Self {
            point: point.to_owned(),
        })
    }

    fn remount_read_only(&self) {
        let done = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.point)
            .status()
            .unwrap();
        assert!(done.success());
    }
}

impl Drop for TinyFs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.point).status();
    }
}

fn temporaries(folder: &Path) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

/// The temporary file of a save of `name` being written in `folder`, if any: saves write
/// `.NAME.<random>.tmp` (the backup's staging file, `.NAME.bak.<random>.tmp`, is not it).
fn save_in_progress(folder: &Path, name: &str) -> Option<std::path::PathBuf> {
    let prefix = format!(".{name}.");
    fs::read_dir(folder).ok()?.flatten().find_map(|entry| {
        let file = entry.file_name().to_string_lossy().into_owned();
        (file.starts_with(&prefix) && file.ends_with(".tmp") && !file.contains(".bak."))
            .then(|| entry.path())
    })
}

/// A network big enough not to fit in 256 KiB.
fn big_network() -> carnet::model::Network {
    carnet::cli::generate::generate(300, 3, day("2026-11-28")).unwrap()
}

#[test]
fn a_writer_failing_half_way_leaves_the_previous_file_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&small_network(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let text = store::to_ron_string(&big_network()).unwrap();
    let error = store::write_atomically_with(&path, text.as_bytes(), |file, bytes| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::from_raw_os_error(28))
    })
    .unwrap_err();
    assert!(matches!(error, SaveError::Write { .. }));
    let message = error.to_string();
    assert!(message.contains("No space left on device"), "{message}");
    assert!(
        message.contains("the file on disk is unchanged"),
        "{message}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn a_full_file_system_or_a_read_only_one_changes_nothing_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tiny) = TinyFs::mount(&dir.path().join("tiny"), "256k") else {
        // Not allowed to mount here: the injected writer above stands in for a full disk,
        // and the read-only case is checked with a folder that refuses writes.
        eprintln!("cannot mount a tmpfs here; checking a read-only folder instead");
        read_only_folder_without_mounting(dir.path());
        return;
    };
    let path = tiny.point.join("p.ron");
    store::save(&small_network(), &path).unwrap();
    let before = fs::read(&path).unwrap();

    let error = store::save(&big_network(), &path).unwrap_err();
    assert!(
        error.to_string().contains("No space left on device"),
        "{error}"
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "full disk: the old file, byte for byte"
    );
    assert!(temporaries(&tiny.point).is_empty(), "no debris");

    tiny.remount_read_only();
    let mut changed = small_network();
    changed.name = "Changed".to_owned();
    let error = store::save(&changed, &path).unwrap_err();
    assert!(
        error.to_string().contains("Read-only file system"),
        "{error}"
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "read-only: the old file, byte for byte"
    );
}

/// A folder without write permission (which root ignores: then /proc, which refuses even
/// root, stands in).
fn read_only_folder_without_mounting(base: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = base.join("ro");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("p.ron");
    store::save(&small_network(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    let root = fs::File::create(folder.join("probe")).is_ok();
    let mut changed = small_network();
    changed.name = "Changed".to_owned();
    if root {
        let error = store::save(&changed, Path::new("/proc/carnet-test.ron")).unwrap_err();
        assert!(matches!(error, SaveError::Write { .. }), "{error}");
    } else {
        let error = store::save(&changed, &path).unwrap_err();
        assert!(error.to_string().contains("Permission denied"), "{error}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn in_the_app_a_failed_save_says_why_and_keeps_the_changes_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &small_network());
    let before = fs::read(&path).unwrap();
    let mut harness = common::app_as_of(path.clone(), day("2026-11-28"));
    harness.get_by_label("Add contact").click();
    harness.run();
    assert!(harness.state().session().is_dirty());
    // Make the save fail: the file lost its write permission meanwhile (a root-proof
    // failure: temporary files have unpredictable names, so nothing can block one).
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    let app = harness.state();
    assert!(app.status().is_error);
    assert!(
        app.status()
            .message
            .contains("the file on disk is unchanged"),
        "{:?}",
        app.status()
    );
    assert!(
        app.session().is_dirty(),
        "the changes are still there, unsaved"
    );
    assert!(app.title().ends_with('•'));
    assert_eq!(fs::read(&path).unwrap(), before);
}

/// A small pseudo-random sequence (the test prints its seed, so a failure can be replayed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

#[test]
fn killing_a_save_at_random_moments_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("killed.ron");
    let generate = |seed: u64, out: &Path| {
        let mut command = common::carnet();
        command
            .args([
                "generate",
                "--contacts",
                "1500",
                "--seed",
                &seed.to_string(),
                "--out",
            ])
            .arg(out)
            .stdout(std::process::Stdio::null());
        command
    };
    // The two versions a run can write, each written once to completion; watching for the
    // temporary file tells when, in a run, the writing happens.
    let mut versions = Vec::new();
    let (mut write_from, mut write_to) = (Duration::MAX, Duration::ZERO);
    for seed in [1, 2] {
        let out = dir.path().join(format!("complete-{seed}.ron"));
        let start = Instant::now();
        let mut child = generate(seed, &out).spawn().unwrap();
        let name = format!("complete-{seed}.ron");
        while child.try_wait().unwrap().is_none() {
            if save_in_progress(dir.path(), &name).is_some() {
                write_from = write_from.min(start.elapsed());
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        write_to = write_to.max(start.elapsed());
        versions.push(fs::read(&out).unwrap());
    }
    let write_from = if write_from == Duration::MAX {
        write_to / 2
    } else {
        write_from
    };
    eprintln!("writing from {write_from:?} to {write_to:?}");
    fs::write(&path, &versions[0]).unwrap();

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("kill schedule seed: {seed}");
    let mut random = Lcg(seed);
    let window = (write_to - write_from).as_micros() as u64;
    // Most rounds wait for the new file to start being written, then kill at a random moment
    // of the writing (or just after: the backup, the rename); the others kill at any moment
    // of the run. Until eight kills have landed mid-write, at most 60 rounds.
    let (mut rounds, mut mid_write) = (0, 0);
    while mid_write < 8 && rounds < 60 {
        let mut child = generate(rounds % 2 + 1, &path).spawn().unwrap();
        if random.next(10) < 7 {
            let start = Instant::now();
            while save_in_progress(dir.path(), "killed.ron").is_none()
                && child.try_wait().unwrap().is_none()
                && start.elapsed() < Duration::from_secs(20)
            {
                std::thread::sleep(Duration::from_micros(100));
            }
            // The temporary file lives a few milliseconds (write, sync); the rest of the
            // window is the backup, the rename and the end of the process.
            std::thread::sleep(Duration::from_micros(random.next(window / 16 + 1)));
        } else {
            let delay = random.next(write_to.as_micros() as u64 + 1);
            std::thread::sleep(Duration::from_micros(delay));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            if let Some(debris) = save_in_progress(dir.path(), "killed.ron") {
                mid_write += 1;
                fs::remove_file(&debris).unwrap();
            }
        }
        child.wait().unwrap();
        let bytes = fs::read(&path).unwrap();
        assert!(
            versions.contains(&bytes),
            "round {rounds} (seed {seed}): the file is neither version ({} bytes)",
            bytes.len()
        );
        store::load(&path).unwrap();
        rounds += 1;
    }
    eprintln!("{rounds} rounds, {mid_write} killed while writing");
    assert!(
        mid_write >= 8,
        "only {mid_write} kills landed mid-write in {rounds} rounds"
    );
}

#[test]
fn a_save_runs_on_its_own_thread_and_only_what_it_wrote_counts_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &small_network());
    let mut harness = common::TestApp::on(path.clone())
        .kittest_step_limit()
        .with(|app| app.with_slow_disk(Duration::from_millis(400)))
        .build();
    harness.get_by_label("Add contact").click();
    harness.run();
    let first = harness.state().session().network().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.step();
    assert!(harness.state().is_saving());
    // A change while the save is written, and a second save, which waits its turn.
    harness.get_by_label("Add contact").click();
    harness.step();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.step();
    harness.state_mut().finish_save();
    harness.step();
    // The first save is applied: it did not hold the second contact, so the project is still
    // unsaved, and the waiting save has started.
    assert!(harness.state().session().is_dirty());
    assert!(harness.state().is_saving());
    harness.state_mut().finish_save();
    harness.run();
    assert!(!harness.state().session().is_dirty());
    assert_eq!(
        store::load(&path).unwrap().contacts().len(),
        first.contacts().len() + 1
    );
}
