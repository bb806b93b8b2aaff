//! The status bar: what happened last, and the size of the network.

use crate::tr;
use egui::{RichText, Ui};

use super::theme;
use crate::model::Network;

/// The last thing that happened, as the status bar shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub message: String,
    /// Whether it is an error (shown in the error colour).
    pub is_error: bool,
}

impl Status {
    /// A plain message.
    pub fn info(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            is_error: false,
        }
    }

    /// An error message.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            is_error: true,
        }
    }
}

/// Draws the status bar.
pub fn status_bar_ui(
    ui: &mut Ui,
    status: &Status,
    network: &Network,
    dirty: bool,
    read_only: bool,
) {
    // The counts take their room on the right first; the message gets the rest, and a long
    // one is cut with "…" (the whole of it on hover) rather than drawn under the counts.
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let counts = tr!(
            "status-counts",
            contacts = network.contacts().len(),
            encounters = network.encounters().len(),
            introductions = network.introductions().len()
        );
        ui.label(RichText::new(counts).color(theme::weak_color(ui.visuals())));
        if dirty {
            ui.label(RichText::new(tr!("status-unsaved")).color(theme::weak_color(ui.visuals())));
        }
        if read_only {
            ui.label(RichText::new(tr!("status-read-only")).color(ui.visuals().warn_fg_color))
                .on_hover_text(tr!("status-read-only-hover"));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let color = if status.is_error {
                theme::error_color(ui.visuals())
            } else {
                ui.visuals().text_color()
            };
            let message = egui::Label::new(RichText::new(&status.message).color(color)).truncate();
            ui.add(message).on_hover_text(&status.message);
        });
    });
}
