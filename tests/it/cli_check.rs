//! `carnet check FILE [--json]`: a summary on success, the app's message and exit 1 on error.

use crate::common;

fn carnet(args: &[&str]) -> (i32, String, String) {
    let output = common::carnet().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_summarizes_a_valid_project() {
    let demo = common::demo_path();
    let (code, out, _) = carnet(&["check", demo.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("valid Carnet project (format version 3)"),
        "{out}"
    );
    assert!(out.contains("Contacts       40"), "{out}");
    assert!(out.contains("met in person"), "{out}");
    assert!(out.contains("planned 2"), "{out}");
    // A file of an older version says so: it is read, and saved as the current version.
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1.ron");
    let (code, out, _) = carnet(&["check", golden.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("(format version 1)"), "{out}");
}

#[test]
fn check_json_has_the_documented_keys() {
    let demo = common::demo_path();
    let (code, out, _) = carnet(&["check", demo.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let network = carnet::store::load(&demo).unwrap();
    assert_eq!(value["format_version"], 3);
    assert!(value["ambassadors"].as_u64().unwrap() > 0);
    assert_eq!(value["contacts"], network.contacts().len());
    assert_eq!(value["encounters"], network.encounters().len());
    assert_eq!(value["introductions"], network.introductions().len());
    assert_eq!(value["planned_introductions"], 2);
    assert!(value["met_in_person"].as_u64().unwrap() > 0);
}

#[test]
fn check_reports_a_broken_file_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(format_version: 1, network: (name: 12))").unwrap();
    let (code, out, err) = carnet(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("bad.ron") && err.contains("line 1"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn check_of_a_missing_file_exits_1() {
    let (code, _, err) = carnet(&["check", "/nonexistent/carnet.ron"]);
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/carnet.ron"), "{err}");
}

/// A file name that is not UTF-8 is a path like any other (issue 30: every command exited
/// 101 on one).
#[test]
fn check_reads_a_file_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.ron");
    let path = dir.path().join(name);
    std::fs::copy(common::demo_path(), &path).unwrap();
    let output = common::carnet().arg("check").arg(&path).output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.contains("Contacts       40"), "{out}");
}

/// A reader that stops reading early is no crash (issue 30: a panic on the broken pipe).
#[test]
fn check_into_a_closed_pipe_exits_without_a_panic() {
    use std::process::Stdio;
    let mut child = common::carnet()
        .arg("check")
        .arg(common::demo_path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader is gone before the summary is written
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(output.status.code(), Some(0), "{err}");
}

/// A right-to-left override in a name is closed where the name ends: the rest of what the
/// terminal shows reads as written (issue 30: in "could be 2 contacts: …" the first name's
/// override stayed open over the rest of the line).
#[test]
fn a_right_to_left_override_in_a_name_is_closed_where_the_name_ends() {
    use carnet::model::{Contact, Edit};
    let dir = tempfile::tempdir().unwrap();
    let mut network = common::small_network();
    for name in ["Eve \u{202e}gnp.exe", "Eve \u{202e}abc"] {
        let id = network.allocate_contact_id();
        network
            .apply(Edit::PutContact(Box::new(Contact::new(id, name))))
            .unwrap();
    }
    let path = common::saved_network(dir.path(), &network);
    let output = common::carnet()
        .arg("prep")
        .arg(&path)
        .arg("Eve")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("could be 2 contacts"), "{err}");
    for (at, _) in err.match_indices('\u{202e}') {
        let rest = &err[at..];
        let name_ends = rest.find(", ").or_else(|| rest.find(". Give")).unwrap();
        assert!(
            rest[..name_ends].contains('\u{202c}'),
            "closed before the next name: {err:?}"
        );
    }
}

/// An export that cannot be written names the file once (issue 30: "… — /x.vcf — /x.vcf").
#[test]
fn an_export_that_fails_names_the_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing-folder").join("network.vcf");
    let output = common::carnet()
        .args(["export", "vcard"])
        .arg(common::demo_path())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("the file on disk is unchanged"), "{err}");
    assert_eq!(err.matches(&*out.to_string_lossy()).count(), 1, "{err}");
}
