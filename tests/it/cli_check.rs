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
        out.contains("valid Carnet project (format version 2)"),
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
    assert_eq!(value["format_version"], 2);
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
