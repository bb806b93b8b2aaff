//! What tells the map's structure: the rings as faint bands, each named ("Trusted, seen
//! lately", "Met", "Online only", or steps from the person in focus), and each group's caption
//! beside its outermost patch ("Doctolib · 42 · 3 met").

use egui::{Align2, FontId, Rect, Ui, Vec2};

use super::labels::{LabelSpace, outward_anchor};
use super::overlay::OverlayWidget;
use super::{MapView, Transform, theme};
use crate::analysis::Circle;
use crate::layout::{Placement, RING_GAP};

/// Groups smaller than this get no caption on a large map (their people are named).
const CAPTION_FROM_MEMBERS: usize = 3;

/// The name of a ring: a circle of closeness on the whole map, a number of steps in a focus.
pub fn ring_name(ring: u8, whole_map: bool) -> String {
    if whole_map {
        Circle::ALL
            .get(ring as usize)
            .map_or_else(String::new, |c| c.label())
    } else {
        crate::tr!("ring-steps", count = ring + 1)
    }
}

/// Paints each ring as a faint band.
pub fn paint_rings(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    placement: &Placement,
    transform: Transform,
) {
    let visuals = ui.visuals();
    let band = theme::ring_band_color(visuals);
    let center = transform.to_screen(rect, [0.0, 0.0]);
    for ring in &placement.rings {
        let middle = (ring.inner + ring.outer) / 2.0 * transform.zoom;
        let width = ((ring.outer - ring.inner) * transform.zoom).max(1.0);
        painter.circle_stroke(center, middle, egui::Stroke::new(width, band));
    }
}

impl MapView {
    /// Writes each ring's name at its top, takes the room in `placed`, and adds each name to
    /// `widgets` ("Ring: Met").
    pub(super) fn paint_ring_names(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        whole_map: bool,
        placed: &mut LabelSpace,
        widgets: &mut Vec<OverlayWidget>,
    ) {
        let (placement, transform) = (&self.arrangement.placement, self.camera.transform);
        let visuals = ui.visuals();
        let text = theme::weak_color(visuals);
        let center = transform.to_screen(rect, [0.0, 0.0]);
        for ring in &placement.rings {
            let name = ring_name(ring.ring, whole_map);
            let at = center + Vec2::new(0.0, -(ring.inner - RING_GAP / 2.0) * transform.zoom);
            let galley = painter.layout_no_wrap(name.clone(), FontId::proportional(13.0), text);
            let label = Align2::CENTER_CENTER.anchor_size(at, galley.size());
            if rect.contains_rect(label) {
                placed.insert(label.expand(2.0));
                painter.rect_filled(label.expand(2.0), 3.0, visuals.extreme_bg_color);
                painter.galley(label.min, galley, text);
                widgets.push(OverlayWidget {
                    rect: label,
                    id: ui.scope_id().with(("ring", ring.ring)),
                    role: egui::accesskit::Role::Label,
                    label: crate::tr!("ring-name", name = name.as_str()),
                    opens: None,
                });
            }
        }
    }

    /// Captions of the groups beside their outermost patch, where no bubble carries one already,
    /// largest groups first, never over a name.
    pub(super) fn paint_group_captions(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        placed: &mut LabelSpace,
        widgets: &mut Vec<OverlayWidget>,
    ) {
        let (scene, placement) = (&self.scene, &self.arrangement.placement);
        let (transform, lod) = (self.camera.transform, &self.lod);
        let visuals = ui.visuals();
        let color = theme::group_caption_color(visuals);
        let mut outermost: Vec<Option<&crate::layout::Patch>> = vec![None; scene.groups.len()];
        for patch in &placement.patches {
            if let Some(slot) = outermost.get_mut(patch.group as usize)
                && slot.is_none_or(|p| p.ring <= patch.ring)
            {
                *slot = Some(patch);
            }
        }
        let mut order: Vec<usize> = (0..scene.groups.len()).collect();
        order.sort_by_key(|g| std::cmp::Reverse(scene.groups.get(*g).map_or(0, |s| s.size)));
        for group in order {
            let (Some(summary), Some(Some(patch))) =
                (scene.groups.get(group), outermost.get(group))
            else {
                continue;
            };
            if summary.size < CAPTION_FROM_MEMBERS || lod.has_bubble(group as u32) {
                continue;
            }
            let angle = (patch.start + patch.end) / 2.0;
            let (sin, cos) = angle.sin_cos();
            let radius = patch.outer + 4.0 / transform.zoom.max(0.01);
            let at = transform.to_screen(rect, [radius * cos, radius * sin]);
            let anchor = outward_anchor(angle);
            let caption = summary.caption();
            let galley = painter.layout_no_wrap(caption.clone(), FontId::proportional(12.0), color);
            let label = anchor.anchor_size(at, galley.size()).expand(1.0);
            if !rect.contains_rect(label) || placed.overlaps(label, None) {
                continue;
            }
            placed.insert(label);
            painter.rect_filled(label, 3.0, visuals.extreme_bg_color.gamma_multiply(0.8));
            painter.galley(label.min + Vec2::splat(1.0), galley, color);
            widgets.push(OverlayWidget {
                rect: label,
                id: ui.scope_id().with(("group", group)),
                role: egui::accesskit::Role::Label,
                label: caption,
                opens: None,
            });
        }
    }
}
