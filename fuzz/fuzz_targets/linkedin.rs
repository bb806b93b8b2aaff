//! The LinkedIn Connections.csv importer: any bytes give people or an `ImportError`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(parsed) = carnet::import::Format::LinkedIn.parse(bytes) {
        let plan = carnet::import::ImportPlan::new(&carnet::model::Network::new("fuzz"), parsed);
        let _ = plan.report();
    }
});
