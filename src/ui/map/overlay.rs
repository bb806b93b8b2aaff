//! What is drawn over the map's meshes — ring names, bundles, bubbles and their captions,
//! people's names, group captions — recorded once, then drawn again as it was while nothing
//! it depends on changes (the view, the scene, the highlight, the filters, who is in a bubble).
//! Placing names without overlaps is the costly part of a frame; a frame that changes nothing
//! (a tooltip, typing in a panel, the pointer resting) skips it.

use egui::accesskit::Role;
use egui::{Id, Rect, Sense, Shape, Ui};

/// A widget of the overlay: named for screen readers and tests, and for bubbles clickable.
pub(super) struct OverlayWidget {
    /// Where it is on screen.
    pub rect: Rect,
    /// Its id.
    pub id: Id,
    /// What a screen reader says.
    pub role: Role,
    /// Its accessible name.
    pub label: String,
    /// For a bubble: its centre in map units (a click opens it) and its tooltip.
    pub opens: Option<([f32; 2], String)>,
}

/// Everything the overlay depends on, besides the canvas (its size is part of `view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct OverlayKey {
    /// The scene drawn and its changes.
    pub scene: (u64, u64),
    /// The positions' revision.
    pub positions: u64,
    /// The view: centre, zoom, canvas (as bits).
    pub view: [u32; 7],
    /// Hovered and selected nodes, the spotlight.
    pub highlight: (Option<usize>, Option<usize>, u64),
    /// Filters (mask generation, hide) and the bubbles' generation.
    pub filters: (u64, bool, u64),
    /// Dark mode and pixels per point.
    pub look: (bool, u32),
    /// Where the legend is (as bits): names and captions keep off it.
    pub legend: Option<[u32; 4]>,
}

/// The overlay drawn in an earlier frame.
#[derive(Default)]
pub(super) struct Overlay {
    key: Option<OverlayKey>,
    shapes: Vec<Shape>,
    widgets: Vec<OverlayWidget>,
}

impl Overlay {
    /// Whether the overlay recorded is the one for `key`.
    pub fn is_for(&self, key: &OverlayKey) -> bool {
        self.key.as_ref() == Some(key)
    }

    /// Where the shapes painted from now on start, on the canvas's layer.
    pub fn start(ui: &Ui, painter: &egui::Painter) -> usize {
        ui.ctx()
            .graphics(|g| g.get(painter.layer_id()).map_or(0, |l| l.next_idx().0))
    }

    /// Keeps what was painted since `start` and the widgets, for `key` (`None`: not worth
    /// keeping, e.g. names still being laid out over several frames).
    pub fn record(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        start: usize,
        key: Option<OverlayKey>,
        widgets: Vec<OverlayWidget>,
    ) {
        self.shapes = ui.ctx().graphics(|g| {
            g.get(painter.layer_id()).map_or_else(Vec::new, |list| {
                list.all_entries()
                    .skip(start)
                    .map(|clipped| clipped.shape.clone())
                    .collect()
            })
        });
        self.widgets = widgets;
        self.key = key;
    }

    /// Paints the shapes recorded.
    pub fn replay(&self, painter: &egui::Painter) {
        painter.extend(self.shapes.iter().cloned());
    }

    /// Gives the widgets their place this frame; returns the centre of a bubble clicked.
    pub fn widgets_ui(&self, ui: &Ui) -> Option<[f32; 2]> {
        let mut opened = None;
        for widget in &self.widgets {
            let sense = if widget.opens.is_some() {
                Sense::click()
            } else {
                Sense::hover()
            };
            let mut response = ui.interact(widget.rect, widget.id, sense);
            if let Some((_, tooltip)) = &widget.opens {
                response = response.on_hover_text(tooltip);
            }
            response.widget_info(|| egui::WidgetInfo::labeled(widget.role, true, &widget.label));
            if response.clicked() {
                opened = widget.opens.as_ref().map(|(center, _)| *center);
            }
        }
        opened
    }
}
