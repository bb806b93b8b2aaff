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
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::System => "theme-system",
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        })
    }
}

/// The width of the contact list, in points.
pub const CONTACTS_PANEL_WIDTH: f32 = 340.0;
/// The width of the contact editor, in points.
pub const CONTACT_PANEL_WIDTH: f32 = 360.0;
/// The narrowest a side panel can be dragged.
pub const SIDE_PANEL_MIN_WIDTH: f32 = 200.0;
/// The smallest text Carnet shows, in points: secondary lines (organizations, dates, hints)
/// stay readable at 100 % scale.
pub const SMALL_TEXT: f32 = 11.0;
/// Body text and buttons, in points.
pub const BODY_TEXT: f32 = 13.0;

/// Sets the sizes of egui's text styles, in both themes: egui's own small text (9 points)
/// is too small to read at 100 % scale.
pub fn apply_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        style
            .text_styles
            .insert(TextStyle::Small, FontId::proportional(SMALL_TEXT));
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(BODY_TEXT));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(BODY_TEXT));
        style
            .text_styles
            .insert(TextStyle::Monospace, FontId::monospace(BODY_TEXT - 0.5));
    });
}

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

/// The colour of a check that passes (the trust gate): green, never the amber of a warning.
pub fn pass_color(visuals: &Visuals) -> Color32 {
    met_in_person_color(visuals)
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
        crate::tr!("presence-met-hover")
    } else {
        crate::tr!("presence-online-hover")
    })
}

/// The colour of a trust level on the map, from none (cool grey) to full (warm gold).
pub fn trust_color(level: crate::model::TrustLevel, visuals: &Visuals) -> Color32 {
    use crate::model::TrustLevel;
    let (dark, light) = match level {
        TrustLevel::None => ((0x8a, 0x94, 0xa6), (0x7a, 0x84, 0x96)),
        TrustLevel::Low => ((0x6f, 0xa8, 0xdc), (0x3d, 0x7e, 0xc0)),
        TrustLevel::Medium => ((0x5c, 0xc4, 0x9a), (0x22, 0x9a, 0x6a)),
        TrustLevel::High => ((0xd9, 0xc3, 0x4a), (0xb8, 0x94, 0x10)),
        TrustLevel::Full => ((0xf0, 0x8a, 0x3c), (0xd0, 0x62, 0x10)),
    };
    let (r, g, b) = if visuals.dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// The faint band that marks a ring of the map.
pub fn ring_band_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgba_unmultiplied(0xff, 0xff, 0xff, 7)
    } else {
        Color32::from_rgba_unmultiplied(0x20, 0x30, 0x60, 9)
    }
}

/// The colour of a group's caption on the map.
pub fn group_caption_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xb8, 0xc4, 0xdc)
    } else {
        Color32::from_rgb(0x3a, 0x48, 0x66)
    }
}

/// The colour of the owner's node.
pub fn me_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xe8, 0xe8, 0xf0)
    } else {
        Color32::from_rgb(0x20, 0x24, 0x30)
    }
}

/// The colour of an edge of this kind on the map.
pub fn edge_color(kind: MapEdgeKind, visuals: &Visuals) -> Color32 {
    let dark = visuals.dark_mode;
    match kind {
        MapEdgeKind::Relation => {
            if dark {
                Color32::from_rgba_unmultiplied(0x9a, 0xa4, 0xb8, 40)
            } else {
                Color32::from_rgba_unmultiplied(0x50, 0x58, 0x70, 45)
            }
        }
        MapEdgeKind::Encounter => {
            if dark {
                Color32::from_rgba_unmultiplied(0x7f, 0xc8, 0x8a, 90)
            } else {
                Color32::from_rgba_unmultiplied(0x1e, 0x7a, 0x34, 90)
            }
        }
        MapEdgeKind::Introduction => {
            if dark {
                Color32::from_rgba_unmultiplied(0xc9, 0x9b, 0xf0, 190)
            } else {
                Color32::from_rgba_unmultiplied(0x7a, 0x3c, 0xb8, 190)
            }
        }
        MapEdgeKind::MetTogether => {
            if dark {
                Color32::from_rgba_unmultiplied(0xe0, 0xb0, 0x60, 110)
            } else {
                Color32::from_rgba_unmultiplied(0xa0, 0x68, 0x10, 110)
            }
        }
        MapEdgeKind::PlannedIntroduction => {
            if dark {
                Color32::from_rgba_unmultiplied(0xc9, 0x9b, 0xf0, 150)
            } else {
                Color32::from_rgba_unmultiplied(0x7a, 0x3c, 0xb8, 150)
            }
        }
    }
}

/// The kinds of edge the map draws, for colours and the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapEdgeKind {
    /// Two contacts know each other.
    Relation,
    /// I have met (or talked with) this contact.
    Encounter,
    /// Someone introduced someone (made, or they met): solid, with an arrow.
    Introduction,
    /// An introduction planned, asked or accepted: dashed.
    PlannedIntroduction,
    /// Two contacts I met together, at an event or a shared meeting.
    MetTogether,
}
