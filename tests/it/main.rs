//! Carnet's integration tests, one binary: a module per subject, the shared helpers in
//! `common`. One binary links eframe once, so a change in `src/` relinks one executable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod agenda;
mod app_contacts;
mod architecture;
mod calendar;
mod cli_check;
mod demo_project;
mod encounters;
mod etiquette;
mod export;
mod export_safety;
mod fault_injection;
mod fuzz_corpus;
mod health;
mod help;
mod i18n;
mod import_linkedin;
mod import_vcard;
mod introductions;
mod layout;
mod map;
mod map_lenses_and_images;
mod map_structure;
mod merge;
mod model_rules;
mod new_user;
mod other_programs;
mod packaging;
mod pdf;
mod project_files;
mod properties;
mod safety;
mod session_commands;
mod sync;
mod three_way;
mod trust_ledger;
mod warm_paths;
mod write_safety;
