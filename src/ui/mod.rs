//! Panels and dialogs. Each reads the session (through a [`ViewContext`]) and pushes
//! [`crate::ui::action::Action`]s; none changes the network itself.

pub mod action;
pub mod agenda_panel;
pub mod cache;
pub mod central_view;
pub mod conflicts_panel;
pub mod contact_panel;
pub mod contacts_panel;
pub mod date_field;
pub mod encounter_form;
pub mod health_panel;
pub mod help;
pub mod import_preview;
pub mod introduction_card;
pub mod introductions_panel;
pub mod map;
pub mod menu_bar;
pub mod merge_card;
pub mod prep_panel;
pub mod project_panel;
pub mod prompts;
pub mod status_bar;
pub mod sync_panel;
pub mod text_field;
pub mod theme;
pub mod view_context;
pub mod welcome;

pub use cache::Cached;
pub use central_view::CentralView;
pub use view_context::ViewContext;
