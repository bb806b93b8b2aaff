//! Carnet: map your professional network — contacts, who introduced whom, and the
//! face-to-face encounters that built trust — one RON file per project.
//!
//! Layers, from the bottom (each imports only those below it; `tests/it/architecture.rs`
//! checks it): [`text`] (words and escaping), [`model`] (the network and its rules),
//! [`store`] (files on disk), [`import`], [`analysis`] (derived facts), [`layout`],
//! [`export`] and [`calendar`], [`session`] (an open project with undo), then the UI:
//! [`ui`] panels emit [`ui::action::Action`]s that [`App`] applies in one place; [`cli`] is
//! the command line beside it.

pub mod analysis;
pub mod app;
pub mod calendar;
pub mod cli;
pub mod export;
pub mod import;
pub mod layout;
pub mod model;
pub mod session;
pub mod store;
pub mod sync;
pub mod text;
pub mod ui;

pub use app::App;
