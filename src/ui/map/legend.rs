//! The map's legend: what sizes, colours, lines and rings mean. It folds away, and starts
//! folded on a small map, so that it never covers half of it.

use crate::tr;
use egui::{Rect, RichText, Sense, Ui, Vec2};

use crate::analysis::Circle;
use crate::model::TrustLevel;
use crate::ui::theme::{self, MapEdgeKind};

/// On a canvas smaller than this, the legend starts folded.
const FOLDED_BELOW: Vec2 = Vec2::new(900.0, 720.0);

/// Where the legend was drawn in the last frame, open or folded: what is written on the map
/// keeps off it.
pub fn legend_rect(ui: &Ui) -> Option<Rect> {
    let id = legend_id(ui);
    ui.ctx().memory(|memory| memory.area_rect(id))
}

fn legend_id(ui: &Ui) -> egui::Id {
    ui.scope_id().with("map-legend")
}

/// Draws the legend in the map's bottom-left corner, open or folded (`open` is remembered).
pub fn legend_ui(ui: &mut Ui, rect: Rect, open: &mut Option<bool>) {
    let visuals = ui.visuals().clone();
    if rect.width() < 50.0 {
        // The first frames, before the panels are laid out, say nothing of the canvas.
        return;
    }
    let is_open =
        *open.get_or_insert(rect.width() >= FOLDED_BELOW.x && rect.height() >= FOLDED_BELOW.y);
    let anchor = rect.left_bottom() + Vec2::new(10.0, -10.0);
    let area = egui::Area::new(legend_id(ui))
        .order(egui::Order::Middle)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(anchor)
        .constrain_to(rect);
    area.show(ui.ctx(), |ui| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.set_max_width(330.0);
            let label = if is_open {
                tr!("legend-hide")
            } else {
                tr!("legend-show")
            };
            if ui
                .selectable_label(is_open, label)
                .on_hover_text(tr!("legend-hover"))
                .clicked()
            {
                *open = Some(!is_open);
            }
            if !is_open {
                return;
            }
            ui.spacing_mut().item_spacing.y = 3.0;
            // As tall as the legend, up to the map's height: opened later, it must not come
            // back as the folded button's few lines of scroll box.
            let tallest = (rect.height() - 60.0).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(tallest)
                .min_scrolled_height(tallest)
                .show(ui, |ui| {
                    legend_body_ui(ui, &visuals);
                });
        });
    });
}

fn legend_body_ui(ui: &mut Ui, visuals: &egui::Visuals) {
    let visuals = visuals.clone();
    let rings = Circle::ALL
        .iter()
        .map(|c| {
            tr!(
                "legend-ring-line",
                ring = c.label(),
                explanation = c.explanation()
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    ui.label(tr!("legend-rings")).on_hover_text(rings);
    swatch(
        ui,
        &|p, r| {
            p.circle_filled(r.center(), 5.0, theme::met_in_person_color(&visuals));
        },
        &tr!("legend-met"),
    );
    swatch(
        ui,
        &|p, r| {
            p.circle_stroke(
                r.center(),
                4.5,
                egui::Stroke::new(1.5, theme::online_only_color(&visuals)),
            );
        },
        &tr!("legend-online"),
    );
    ui.label(RichText::new(tr!("legend-trust")).strong())
        .on_hover_text(crate::analysis::trust_rule());
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for level in TrustLevel::ALL {
            let color = theme::trust_color(level, &visuals);
            let (r, _) = ui.allocate_exact_size(Vec2::new(14.0, 12.0), Sense::hover());
            ui.painter().circle_filled(r.center(), 5.5, color);
            ui.label(level.label());
            ui.add_space(6.0);
        }
    });
    swatch(
        ui,
        &|p, r| {
            let color = theme::trust_color(TrustLevel::High, &visuals);
            p.circle_filled(r.center(), 5.5, color.gamma_multiply(0.7));
            p.circle_stroke(r.center(), 5.5, egui::Stroke::new(1.5, color));
        },
        &tr!("legend-paler"),
    );
    ties_legend_ui(ui, &visuals);
    swatch(
        ui,
        &|p, r| {
            let color = theme::online_only_color(&visuals);
            p.circle(
                r.center(),
                6.0,
                color.gamma_multiply(0.35),
                egui::Stroke::new(1.5, color),
            );
        },
        &tr!("legend-bubble"),
    );
}

/// The kinds of ties, each with the line the map draws for it.
fn ties_legend_ui(ui: &mut Ui, visuals: &egui::Visuals) {
    ui.label(RichText::new(tr!("legend-ties")).strong());
    let v = visuals;
    let line = |kind: MapEdgeKind, dashed: bool| {
        move |p: &egui::Painter, r: Rect| {
            let color =
                theme::edge_color(kind, v).gamma_multiply(if kind == MapEdgeKind::Relation {
                    3.0
                } else {
                    1.3
                });
            if dashed {
                p.line_segment(
                    [r.left_center(), r.center() - Vec2::new(3.0, 0.0)],
                    egui::Stroke::new(1.6, color),
                );
                p.line_segment(
                    [r.center() + Vec2::new(3.0, 0.0), r.right_center()],
                    egui::Stroke::new(1.6, color),
                );
            } else {
                p.line_segment(
                    [r.left_center(), r.right_center()],
                    egui::Stroke::new(1.6, color),
                );
            }
        }
    };
    swatch(
        ui,
        &line(MapEdgeKind::Encounter, false),
        &tr!("legend-encounters"),
    );
    swatch(
        ui,
        &line(MapEdgeKind::Introduction, false),
        &tr!("legend-introduced"),
    );
    swatch(
        ui,
        &line(MapEdgeKind::PlannedIntroduction, true),
        &tr!("legend-planned"),
    );
    swatch(ui, &line(MapEdgeKind::Relation, false), &tr!("legend-know"));
    swatch(
        ui,
        &line(MapEdgeKind::MetTogether, true),
        &tr!("legend-met-together"),
    );
}

/// A small picture beside its words.
fn swatch(ui: &mut Ui, paint: &dyn Fn(&egui::Painter, Rect), text: &str) {
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(Vec2::new(22.0, 12.0), Sense::hover());
        paint(ui.painter(), r);
        ui.label(text);
    });
}
