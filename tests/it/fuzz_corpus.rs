//! The fuzz corpus as a regression test: every input the fuzzers kept (`fuzz/corpus/`) and
//! every crash they ever found (`fuzz/artifacts/`, once fixed) goes through the loader and the
//! importers on every test run, with what the fuzz targets check. See RELIABILITY.md for
//! running the fuzzers themselves.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for folder in [
        root.join("corpus").join(target),
        root.join("artifacts").join(target),
    ] {
        if let Ok(entries) = std::fs::read_dir(folder) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
        }
    }
    files.sort();
    files
}

#[test]
fn the_loader_survives_its_corpus_and_what_loads_round_trips() {
    let files = inputs("load");
    assert!(
        files.len() >= 2,
        "the corpus holds at least the demo and the golden file"
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        if let Ok(network) = carnet::store::parse(&bytes, &file) {
            let text = carnet::store::to_ron_string(&network).unwrap();
            let again = carnet::store::parse(text.as_bytes(), &file).unwrap();
            assert_eq!(again, network, "{}", file.display());
        }
    }
}

#[test]
fn the_importers_survive_their_corpus() {
    for (target, format) in [
        ("linkedin", carnet::import::Format::LinkedIn),
        ("vcard", carnet::import::Format::VCard),
    ] {
        let files = inputs(target);
        assert!(!files.is_empty(), "{target} has a corpus");
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            if let Ok(parsed) = format.parse(&bytes) {
                let plan =
                    carnet::import::ImportPlan::new(&carnet::model::Network::new("corpus"), parsed);
                let _ = plan.report();
            }
        }
    }
}
