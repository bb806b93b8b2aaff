//! The project loader: any bytes give a network or a `LoadError`, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(network) = carnet::store::parse(bytes, std::path::Path::new("fuzz.ron")) {
        // What loads must save and load again to the same network.
        let text = carnet::store::to_ron_string(&network).expect("a loaded network serializes");
        let again = carnet::store::parse(text.as_bytes(), std::path::Path::new("again.ron"))
            .expect("a saved network loads");
        assert_eq!(again, network);
    }
});
