//! What tells the map's structure: the rings as faint bands, each named ("Trusted, seen
//! lately", "Met", "Online only", or steps from the person in focus), and each group's caption
//! beside its outermost patch ("Doctolib · 42 · 3 met").

use egui::{Align2, FontId, Rect, Ui, Vec2};

use super::labels::{LabelSpace, OnScreen, outward_anchor};
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
    /// Writes each ring's name in the gap above it — at its top, else the nearest point of the
    /// gap (or a line inside or outside it) where it covers no node and no bubble
    /// (`in_view`) —, takes the room in `placed`,
    /// and adds each name to `widgets` ("Ring: Met").
    pub(super) fn paint_ring_names(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        whole_map: bool,
        in_view: &OnScreen<'_>,
        placed: &mut LabelSpace,
        widgets: &mut Vec<OverlayWidget>,
    ) {
        let (placement, transform) = (&self.arrangement.placement, self.camera.transform);
        let rect = in_view.rect;
        let visuals = ui.visuals();
        let text = theme::weak_color(visuals);
        let center = transform.to_screen(rect, [0.0, 0.0]);
        for ring in &placement.rings {
            let name = ring_name(ring.ring, whole_map);
            let radius = (ring.inner - RING_GAP / 2.0) * transform.zoom;
            let galley = painter.layout_no_wrap(name.clone(), FontId::proportional(13.0), text);
            let label_at = |(angle, off): (f32, f32)| {
                let at = center + Vec2::angled(angle) * (radius + off);
                Align2::CENTER_CENTER.anchor_size(at, galley.size())
            };
            let shows = |label: &Rect| rect.contains_rect(*label);
            let top = -std::f32::consts::FRAC_PI_2;
            // In the gap above the ring, else a little inside or outside it.
            let label = [0.0, -14.0, 14.0, -28.0]
                .into_iter()
                .flat_map(|off| ring_name_angles(top).map(move |angle| (angle, off)))
                .map(label_at)
                .find(|label| {
                    shows(label)
                        && !placed.overlaps(label.expand(2.0), None)
                        && in_view.is_clear(label.expand(2.0))
                })
                .or_else(|| Some(label_at((top, 0.0))).filter(shows));
            if let Some(label) = label {
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
    /// largest groups first, never over a name. Zoomed in, where the middle of that patch's
    /// edge is off the canvas, beside a part of that edge that shows, or of an inner patch's.
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
        let mut patches: Vec<Vec<&crate::layout::Patch>> = vec![Vec::new(); scene.groups.len()];
        for patch in &placement.patches {
            if let Some(list) = patches.get_mut(patch.group as usize) {
                list.push(patch);
            }
        }
        for list in &mut patches {
            list.sort_by_key(|p| std::cmp::Reverse(p.ring));
        }
        let mut order: Vec<usize> = (0..scene.groups.len()).collect();
        order.sort_by_key(|g| std::cmp::Reverse(scene.groups.get(*g).map_or(0, |s| s.size)));
        let gap = 4.0 / transform.zoom.max(0.01);
        for group in order {
            let (Some(summary), Some(list)) = (scene.groups.get(group), patches.get(group)) else {
                continue;
            };
            if summary.size < CAPTION_FROM_MEMBERS || lod.has_bubble(group as u32) {
                continue;
            }
            let caption = summary.caption();
            let galley = painter.layout_no_wrap(caption.clone(), FontId::proportional(12.0), color);
            let size = galley.size();
            let fits = |label: &Rect| rect.contains_rect(*label) && !placed.overlaps(*label, None);
            let label_at = |(radius, angle): (f32, f32)| {
                let at = transform.to_screen(rect, [radius * angle.cos(), radius * angle.sin()]);
                outward_anchor(angle).anchor_size(at, size).expand(1.0)
            };
            let mut spots = list
                .iter()
                .flat_map(|patch| caption_spots_of_patch(patch, gap));
            // Its first spot, the middle of the outermost patch's edge, when it shows; else
            // (zoomed in) the first spot that shows and is free.
            let label = match spots.next().map(label_at) {
                Some(middle) if rect.contains_rect(middle) => Some(middle).filter(fits),
                _ => spots.map(label_at).find(fits),
            };
            let Some(label) = label else {
                continue;
            };
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

/// Where a group's caption may go beside one of its patches, best first: the middle of its
/// outer edge, then other points of that edge, each as the point's radius and angle (map
/// units).
fn caption_spots_of_patch(
    patch: &crate::layout::Patch,
    gap: f32,
) -> impl Iterator<Item = (f32, f32)> + '_ {
    const ALONG: [f32; 7] = [0.5, 0.3, 0.7, 0.15, 0.85, 0.02, 0.98];
    (ALONG.into_iter()).map(move |along| {
        let angle = patch.start + (patch.end - patch.start) * along;
        (patch.outer + gap, angle)
    })
}

/// The angles a ring's name may go at, best first: `top`, then a little further from it on
/// either side, round the whole ring.
fn ring_name_angles(top: f32) -> impl Iterator<Item = f32> {
    const STEP: f32 = std::f32::consts::PI / 36.0;
    std::iter::once(top).chain((1..36).flat_map(move |k| {
        let turn = k as f32 * STEP;
        [top + turn, top - turn]
    }))
}
