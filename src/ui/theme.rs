//! Colours, sizes and the light/dark choice: everything visual refers to this file.

use egui::{Color32, Visuals};
use serde::{Deserialize, Serialize};

/// The theme the user chose in the View menu. Remembered between runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the desktop's preference.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }
}

/// The width of the contact list, in points.
pub const CONTACTS_PANEL_WIDTH: f32 = 340.0;
/// The width of the contact editor, in points.
pub const CONTACT_PANEL_WIDTH: f32 = 360.0;
/// The height of a row in the contact list, in points.
pub const ROW_HEIGHT: f32 = 22.0;

/// The colour of error messages.
pub fn error_color(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// The colour of quiet, secondary text.
pub fn weak_color(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// The colour that marks contacts met in person.
pub fn met_in_person_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x7f, 0xc8, 0x8a)
    } else {
        Color32::from_rgb(0x1e, 0x7a, 0x34)
    }
}

/// The colour that marks contacts known online only.
pub fn online_only_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x8f, 0xa8, 0xc8)
    } else {
        Color32::from_rgb(0x3a, 0x5a, 0x8a)
    }
}

/// The radius of the met-in-person marker, in points.
const PRESENCE_DOT_RADIUS: f32 = 4.5;

/// A small circle: filled for someone met in person, hollow for someone known online only,
/// as on the map.
pub fn presence_dot(ui: &mut egui::Ui, met_in_person: bool) -> egui::Response {
    let size = egui::vec2(
        PRESENCE_DOT_RADIUS * 2.0 + 2.0,
        ui.text_style_height(&egui::TextStyle::Body),
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let visuals = ui.visuals();
    let center = rect.center();
    if met_in_person {
        ui.painter()
            .circle_filled(center, PRESENCE_DOT_RADIUS, met_in_person_color(visuals));
    } else {
        ui.painter().circle_stroke(
            center,
            PRESENCE_DOT_RADIUS - 0.75,
            egui::Stroke::new(1.5, online_only_color(visuals)),
        );
    }
    response.on_hover_text(if met_in_person {
        "Met in person"
    } else {
        "Online only: never met in person"
    })
}
