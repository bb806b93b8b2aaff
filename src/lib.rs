//! Carnet: map your professional network — contacts, who introduced whom, and the
//! face-to-face encounters that built trust — one RON file per project.
//!
//! Layers, from the bottom: [`model`] (the network and its rules), [`store`] (project files),
//! [`analysis`] (derived facts), [`session`] and [`history`] (an open project with undo),
//! then the UI: [`ui`] panels emit [`action::Action`]s that [`App`] applies in one place.

pub mod action;
pub mod analysis;
pub mod app;
pub mod calendar;
pub mod cli;
pub mod export;
pub mod file_dialogs;
pub mod files;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod preferences;
pub mod print;
pub mod safety;
pub mod session;
pub mod store;
pub mod ui;

pub use app::App;
