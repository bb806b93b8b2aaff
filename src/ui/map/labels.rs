//! Names on the map: who gets one first (me, the selected and hovered, the people met in
//! person, then the rest), where it goes (below its node, else above, right or left), and
//! never over another name or another node.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Align2, FontId, Galley, Pos2, Rect, Ui, Vec2};

use super::render::Emphasis;
use super::{
    ALWAYS_LABEL_UP_TO, LABEL_AT_MOST, LABEL_ZOOM, MAX_NEW_LABELS_PER_FRAME, MapView,
    ORGANIZATION_ZOOM,
};
use crate::layout::ME_INDEX;
use crate::ui::theme;

/// The least gap between two names side by side, in points, beyond their backdrops.
const NAME_GAP: f32 = 5.0;

/// How far a person's name keeps from a bubble where it can, in points: a name right
/// beside a bubble reads as the bubble's.
const NAME_CLEARANCE_FROM_BUBBLES: f32 = 8.0;

/// Up to this many nodes on screen, every node is an obstacle names keep off; beyond, only
/// the nodes of people met in person (the others are too many, and too small to hide).
const NODES_AS_OBSTACLES_UP_TO: usize = 4_000;

/// Discs on screen (bubbles), bucketed so that a label asks only those near it.
#[derive(Default)]
pub(super) struct Discs {
    discs: Vec<(Pos2, f32)>,
    space: LabelSpace,
}

impl Discs {
    pub(super) fn new(discs: Vec<(Pos2, f32)>) -> Self {
        let mut space = LabelSpace::default();
        for (c, r) in &discs {
            space.insert(Rect::from_center_size(*c, Vec2::splat(r * 2.0)));
        }
        Self { discs, space }
    }

    /// Whether `rect` keeps at least `clearance` points from every disc but the one numbered
    /// `except`.
    fn clear(&self, rect: Rect, clearance: f32, except: Option<usize>) -> bool {
        self.space
            .near(rect.expand(clearance))
            .filter(|i| Some(*i) != except)
            .all(|i| {
                self.discs
                    .get(i)
                    .is_none_or(|(c, r)| circle_to_rect(*c, *r, rect) >= clearance)
            })
    }
}

/// What is on the canvas this frame, as names and captions see it: the people drawn and
/// their nodes as obstacles, and the bubbles.
pub(super) struct OnScreen<'s> {
    /// The canvas.
    pub(super) rect: Rect,
    /// Every node's position on screen.
    screen: &'s [Pos2],
    /// The nodes drawn, inside the canvas.
    on_screen: Vec<usize>,
    /// Their nodes' rectangles (all, or those of people met on a large map).
    pub(super) nodes: LabelSpace,
    /// For a node, the number of its own rectangle in `nodes`.
    node_rect: HashMap<usize, usize>,
    /// The bubbles in view as discs: centre and radius.
    bubbles: Discs,
    /// The numbers of the bubbles' rectangles in the `placed` of names and captions, once
    /// drawn.
    pub(super) bubbles_in_placed: std::ops::Range<usize>,
}

impl OnScreen<'_> {
    /// Whether `label` covers no node (of those that are obstacles) and no bubble.
    pub(super) fn is_clear(&self, label: Rect) -> bool {
        !self.nodes.overlaps(label, None) && self.bubbles.clear(label, 1.0, None)
    }
}

/// Screen rectangles taken this frame (names, nodes), bucketed in a coarse grid.
#[derive(Default)]
pub(super) struct LabelSpace {
    rects: Vec<Rect>,
    buckets: HashMap<(i32, i32), Vec<usize>>,
}

/// The side of a bucket of [`LabelSpace`], in points.
const LABEL_BUCKET: f32 = 96.0;

impl LabelSpace {
    fn cells(rect: Rect) -> impl Iterator<Item = (i32, i32)> {
        let (x0, x1) = (
            (rect.min.x / LABEL_BUCKET).floor() as i32,
            (rect.max.x / LABEL_BUCKET).floor() as i32,
        );
        let (y0, y1) = (
            (rect.min.y / LABEL_BUCKET).floor() as i32,
            (rect.max.y / LABEL_BUCKET).floor() as i32,
        );
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// Whether `rect` overlaps anything placed, other than the rectangle `except` (the node
    /// the name belongs to).
    pub(super) fn overlaps(&self, rect: Rect, except: Option<usize>) -> bool {
        Self::cells(rect).any(|cell| {
            self.buckets.get(&cell).is_some_and(|list| {
                list.iter().any(|&i| {
                    Some(i) != except && self.rects.get(i).is_some_and(|r| r.intersects(rect))
                })
            })
        })
    }

    /// Whether `rect` overlaps anything placed whose number is not in `skip`.
    pub(super) fn overlaps_other_than(&self, rect: Rect, skip: &std::ops::Range<usize>) -> bool {
        Self::cells(rect).any(|cell| {
            self.buckets.get(&cell).is_some_and(|list| {
                list.iter().any(|&i| {
                    !skip.contains(&i) && self.rects.get(i).is_some_and(|r| r.intersects(rect))
                })
            })
        })
    }

    /// The numbers of the rectangles that may overlap `rect` (one that spans several cells
    /// comes once per cell).
    pub(super) fn near(&self, rect: Rect) -> impl Iterator<Item = usize> + '_ {
        Self::cells(rect)
            .filter_map(|cell| self.buckets.get(&cell))
            .flatten()
            .copied()
    }

    /// How many rectangles are placed: the number the next one gets.
    pub(super) fn len(&self) -> usize {
        self.rects.len()
    }

    /// Takes `rect`; returns its number.
    pub(super) fn insert(&mut self, rect: Rect) -> usize {
        let index = self.rects.len();
        self.rects.push(rect);
        for cell in Self::cells(rect) {
            self.buckets.entry(cell).or_default().push(index);
        }
        index
    }
}

impl MapView {
    /// Draws the names that fit. `placed` already holds what names must keep off (captions).
    /// Returns whether every name wanted was laid out (a zoom that reveals thousands spreads
    /// the work over frames).
    pub(super) fn paint_labels(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        emphasis: Emphasis<'_>,
        placed: &mut LabelSpace,
        in_view: &OnScreen<'_>,
    ) -> bool {
        let passes = emphasis.passes;
        let visuals = ui.visuals();
        let key = (
            self.scene_version.key.map_or(0, |k| k.generation),
            self.scene_version.changes,
            visuals.dark_mode,
            ui.ctx().pixels_per_point().to_bits(),
        );
        if self.paint.labels_key != Some(key) {
            self.paint.labels.clear();
            self.paint.organizations.clear();
            self.paint.labels_key = Some(key);
        }
        self.paint.drawn_labels.clear();
        let zoom = self.camera.transform.zoom;
        let text_color = visuals.text_color();
        let weak = theme::weak_color(visuals);
        let mut new_layouts = 0;
        let mut wants_more = false;
        let OnScreen {
            rect,
            screen,
            on_screen,
            nodes,
            node_rect,
            bubbles,
            bubbles_in_placed,
        } = in_view;
        let rect = *rect;
        let met_on_screen = on_screen
            .iter()
            .filter(|n| self.scene.nodes.get(**n).is_some_and(|s| s.met_in_person))
            .count();
        let label_all = on_screen.len() <= ALWAYS_LABEL_UP_TO
            || zoom >= LABEL_ZOOM && on_screen.len() <= LABEL_AT_MOST;
        // The people met in person are few enough to name even on a zoomed-out map.
        let label_met = label_all || met_on_screen <= LABEL_AT_MOST;
        let backdrop = visuals.extreme_bg_color.gamma_multiply(0.75);
        let candidates = self.label_candidates(on_screen, emphasis, label_all, label_met);
        for (rank, _, node) in candidates {
            let Some(center) = screen.get(node) else {
                continue;
            };
            let n = node as u32;
            let shown = passes.get(node).copied().unwrap_or(true);
            if !self.paint.labels.contains_key(&n) {
                if new_layouts >= MAX_NEW_LABELS_PER_FRAME {
                    wants_more = true;
                    continue;
                }
                new_layouts += 1;
                let name = self
                    .scene
                    .nodes
                    .get(node)
                    .map_or(String::new(), |s| s.name.clone());
                let size = if node == ME_INDEX { 14.0 } else { 12.0 };
                let galley = painter.layout_no_wrap(name, FontId::proportional(size), text_color);
                self.paint.labels.insert(n, galley);
            }
            let Some(galley) = self.paint.labels.get(&n).cloned() else {
                continue;
            };
            let r = self.node_radius_on_screen(node);
            let size = galley.size();
            let own = node_rect.get(&node).copied();
            // Below the node, else above, right, left, then the four corners, then a line
            // further below or above.
            let spots = label_spots(*center, r, size);
            let clear_of_bubbles = |top: &Pos2, clearance: f32| {
                let label_rect = Rect::from_min_size(*top, size).expand(1.0);
                bubbles.clear(label_rect, clearance, None)
            };
            let free = |top: &Pos2| {
                let label_rect = Rect::from_min_size(*top, size).expand(1.0);
                // Beside another name, a gap wider than a space: two names never read as one.
                let with_gap = label_rect.expand2(Vec2::new(NAME_GAP, 0.0));
                rect.contains_rect(label_rect)
                    && !placed.overlaps_other_than(with_gap, bubbles_in_placed)
                    && !nodes.overlaps(label_rect, own)
                    && clear_of_bubbles(top, 1.0)
            };
            let spot = (spots.iter().copied())
                .find(|top| free(top) && clear_of_bubbles(top, NAME_CLEARANCE_FROM_BUBBLES))
                .or_else(|| spots.iter().copied().find(free));
            let top = match spot {
                Some(top) => top,
                // Me, the selected and the hovered are always named, below their node.
                None if rank >= 4 => spots[0],
                None => continue,
            };
            let label_rect = Rect::from_min_size(top, size).expand(1.0);
            placed.insert(label_rect);
            self.paint.drawn_labels.push((node, label_rect));
            let color = if shown {
                text_color
            } else {
                text_color.gamma_multiply(0.4)
            };
            painter.rect_filled(label_rect, 2.0, backdrop);
            painter.galley(top, galley.clone(), color);
            if zoom >= ORGANIZATION_ZOOM && node != ME_INDEX {
                let Some(org) = self.organization_galley(painter, node, weak) else {
                    continue;
                };
                let pos = top + Vec2::new((size.x - org.size().x) / 2.0, size.y);
                let org_rect = Rect::from_min_size(pos, org.size());
                if !placed.overlaps(org_rect, None) && !nodes.overlaps(org_rect, own) {
                    placed.insert(org_rect);
                    painter.galley(pos, org, weak);
                }
            }
        }
        if wants_more {
            ui.ctx().request_repaint();
        }
        !wants_more
    }

    /// The organization under a node's name, laid out once and kept.
    fn organization_galley(
        &mut self,
        painter: &egui::Painter,
        node: usize,
        weak: egui::Color32,
    ) -> Option<Arc<Galley>> {
        let n = node as u32;
        if !self.paint.organizations.contains_key(&n) {
            let org = self
                .scene
                .nodes
                .get(node)
                .map_or(String::new(), |s| s.organization.clone());
            let galley = painter.layout_no_wrap(org, FontId::proportional(theme::SMALL_TEXT), weak);
            self.paint.organizations.insert(n, galley);
        }
        self.paint.organizations.get(&n).cloned()
    }

    /// The people drawn on the canvas, and their nodes as rectangles names and captions keep
    /// off: all of them on a small map, the people met in person on a large one. Nodes are kept
    /// apart from the `placed` of names, so that captions placed after them (groups) need only
    /// keep off names.
    /// `bubbles` are the bubbles in view (their rectangles' numbers in the `placed` of names
    /// are set once they are drawn).
    pub(super) fn on_screen<'s>(
        &self,
        rect: Rect,
        screen: &'s [Pos2],
        bubbles: Vec<(Pos2, f32)>,
    ) -> OnScreen<'s> {
        let bubbles = Discs::new(bubbles);
        let on_screen: Vec<usize> = screen
            .iter()
            .enumerate()
            .filter(|(node, p)| rect.contains(**p) && self.is_drawn(*node))
            .map(|(node, _)| node)
            .collect();
        let mut nodes = LabelSpace::default();
        let mut node_rect: HashMap<usize, usize> = HashMap::new();
        let obstacles_all = on_screen.len() <= NODES_AS_OBSTACLES_UP_TO;
        for &node in &on_screen {
            let met = self.scene.nodes.get(node).is_some_and(|s| s.met_in_person);
            if !(obstacles_all || met) {
                continue;
            }
            if let Some(center) = screen.get(node) {
                let r = self.node_radius_on_screen(node);
                let index = nodes.insert(Rect::from_center_size(*center, Vec2::splat(r * 2.0)));
                node_rect.insert(node, index);
            }
        }
        OnScreen {
            rect,
            screen,
            on_screen,
            nodes,
            node_rect,
            bubbles,
            bubbles_in_placed: 0..0,
        }
    }

    /// The room below the nodes of me and of the people met in person on screen, where their
    /// names go first: bubbles' captions, placed before names, keep off it.
    pub(super) fn name_room(&self, painter: &egui::Painter, in_view: &OnScreen<'_>) -> LabelSpace {
        let mut room = LabelSpace::default();
        let met: Vec<usize> = (in_view.on_screen.iter().copied())
            .filter(|n| *n == ME_INDEX || self.scene.nodes.get(*n).is_some_and(|s| s.met_in_person))
            .collect();
        if met.len() > LABEL_AT_MOST {
            return room;
        }
        for node in met {
            let (Some(center), Some(style)) =
                (in_view.screen.get(node), self.scene.nodes.get(node))
            else {
                continue;
            };
            let size = match self.paint.labels.get(&(node as u32)) {
                Some(galley) => galley.size(),
                None => {
                    let font = FontId::proportional(if node == ME_INDEX { 14.0 } else { 12.0 });
                    (painter.layout_no_wrap(style.name.clone(), font, egui::Color32::WHITE)).size()
                }
            };
            let below = label_spots(*center, self.node_radius_on_screen(node), size)[0];
            room.insert(Rect::from_min_size(below, size).expand(1.0));
        }
        room
    }

    /// Who gets a name first: me, the selected and hovered contacts, their neighbours,
    /// people met in person, then larger (more trusted) nodes.
    fn label_candidates(
        &self,
        on_screen: &[usize],
        emphasis: Emphasis<'_>,
        label_all: bool,
        label_met: bool,
    ) -> Vec<(u8, f32, usize)> {
        let Emphasis {
            passes,
            highlight,
            selected,
            hovered,
            ..
        } = emphasis;
        let mut candidates: Vec<(u8, f32, usize)> = Vec::new();
        for &node in on_screen {
            let n = node as u32;
            let style = self.scene.nodes.get(node);
            let met = style.is_some_and(|s| s.met_in_person);
            let rank = if node == ME_INDEX || Some(node) == selected || Some(node) == hovered {
                4
            } else if highlight.is_some_and(|h| h.contains(&n)) {
                3
            } else if met {
                2
            } else {
                1
            };
            let shown = passes.get(node).copied().unwrap_or(true);
            let wanted = match rank {
                1 => label_all && shown,
                2 => label_met && shown,
                _ => true,
            };
            if !wanted {
                continue;
            }
            candidates.push((rank, style.map_or(0.0, |s| s.radius), node));
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
        candidates
    }
}

/// Where a name may go beside a node of radius `r` at `center`, best first: below, above,
/// right, left, the four corners, then a line further below or above.
fn label_spots(center: Pos2, r: f32, size: Vec2) -> [Pos2; 10] {
    let (d, h) = (r * 0.7 + 2.0, size.y / 2.0);
    [
        center + Vec2::new(-size.x / 2.0, r + 2.0),
        center + Vec2::new(-size.x / 2.0, -r - 2.0 - size.y),
        center + Vec2::new(r + 3.0, -h),
        center + Vec2::new(-r - 3.0 - size.x, -h),
        center + Vec2::new(d, d),
        center + Vec2::new(-d - size.x, d),
        center + Vec2::new(d, -d - size.y),
        center + Vec2::new(-d - size.x, -d - size.y),
        center + Vec2::new(-size.x / 2.0, r + 2.0 + size.y),
        center + Vec2::new(-size.x / 2.0, -r - 2.0 - 2.0 * size.y),
    ]
}

/// How far, at least, a bubble's caption keeps from every other bubble, in points: read
/// beside one bubble, never between two.
const CAPTION_CLEARANCE: f32 = 16.0;

/// Beyond this many bubbles in view, a caption is tried only in full, right beside one of its
/// bubble's four sides (the frame's time goes to the many, not to a few more captions).
pub const MANY_BUBBLES: usize = 150;

/// A bubble as its caption sees it: its centre in map units (to write outwards), its centre
/// and radius on screen, and the sizes of its caption in full ("Doctolib · 42 · 3 met") and
/// short (the name alone, where the full one finds no room).
#[derive(Clone, Copy, Debug)]
pub struct CaptionedDisc {
    pub at: [f32; 2],
    pub center: Pos2,
    pub radius: f32,
    pub caption: Vec2,
    pub short: Vec2,
}

/// Where a bubble's caption went, and whether it is the short one.
#[derive(Clone, Copy, Debug)]
pub struct CaptionSpot {
    pub rect: Rect,
    pub short: bool,
}

/// Where each bubble's caption goes, or `None` where none fits: beside its own bubble (its
/// outward side first, then round it, then a little further out; in full, else the name
/// alone), inside `canvas`, over nothing in `placed` but the bubbles themselves
/// (`discs_in_placed`: their rectangles' numbers there), over no person's node in `nodes` nor
/// the room kept for a name in `name_room`,
/// and clearly nearer its own bubble than any other. Takes each caption's room in `placed`.
pub fn place_bubble_captions(
    discs: &[CaptionedDisc],
    canvas: Rect,
    placed: &mut LabelSpace,
    discs_in_placed: std::ops::Range<usize>,
    (nodes, name_room): (&LabelSpace, &LabelSpace),
) -> Vec<Option<CaptionSpot>> {
    let mut spots = Vec::with_capacity(discs.len());
    let many = discs.len() > MANY_BUBBLES;
    let others = Discs::new(discs.iter().map(|d| (d.center, d.radius)).collect());
    for (index, disc) in discs.iter().enumerate() {
        let own = |label: Rect| circle_to_rect(disc.center, disc.radius, label) >= 1.0;
        let fits = |label: Rect, gap: f32| {
            canvas.contains_rect(label)
                && !placed.overlaps_other_than(label, &discs_in_placed)
                && !nodes.overlaps(label, None)
                && !name_room.overlaps(label, None)
                && own(label)
                && others.clear(label, CAPTION_CLEARANCE.max(gap + 12.0), Some(index))
        };
        // Hundreds of bubbles (a very large map zoomed out): one try beside each.
        let tries: &[(f32, bool)] = if many {
            &[(3.0, false)]
        } else {
            &[(3.0, false), (14.0, false), (3.0, true), (14.0, true)]
        };
        let spot = tries.iter().find_map(|&(gap, short)| {
            let size = if short { disc.short } else { disc.caption };
            caption_spots(disc.at, disc.center, disc.radius + gap, size)
                .into_iter()
                .take(if many { 4 } else { 8 })
                .find(|label| fits(*label, gap))
                .map(|rect| CaptionSpot { rect, short })
        });
        if let Some(spot) = spot {
            placed.insert(spot.rect);
        }
        spots.push(spot);
    }
    spots
}

/// How far `rect` is from the disc at `center` of radius `r` (0 when they touch or overlap).
fn circle_to_rect(center: Pos2, r: f32, rect: Rect) -> f32 {
    (rect.distance_to_pos(center) - r).max(0.0)
}

/// Where a bubble's caption may go, best first: on the side facing outwards from the middle
/// of the map, then the other sides (right, left, below, above: the nearest to outwards
/// first), then the corners. `at` is the bubble's centre in map units; `center` and `r` (the
/// bubble's radius plus the gap wanted) on screen.
fn caption_spots(at: [f32; 2], center: egui::Pos2, r: f32, size: Vec2) -> [Rect; 8] {
    let outward = at[1].atan2(at[0]);
    let quarter = std::f32::consts::FRAC_PI_4;
    let away = |towards: f32| {
        let turn = (towards - outward).rem_euclid(std::f32::consts::TAU);
        turn.min(std::f32::consts::TAU - turn)
    };
    let mut sides = [0.0, 2.0, 4.0, 6.0].map(|k: f32| k * quarter);
    let mut corners = [1.0, 3.0, 5.0, 7.0].map(|k: f32| k * quarter);
    sides.sort_by(|a, b| away(*a).total_cmp(&away(*b)));
    corners.sort_by(|a, b| away(*a).total_cmp(&away(*b)));
    let mut spots = [Rect::NOTHING; 8];
    for (spot, towards) in spots.iter_mut().zip(sides.into_iter().chain(corners)) {
        let edge = center + Vec2::angled(towards) * r;
        *spot = corner_anchor(towards).anchor_size(edge, size).expand(1.0);
    }
    spots
}

/// How a caption hangs from a point of a circle at `angle`: away from the circle, so that it
/// never covers it (to the right and below at the lower right, centred below at the bottom,
/// and so on).
fn corner_anchor(angle: f32) -> Align2 {
    let (sin, cos) = angle.sin_cos();
    let x = if cos > 0.38 {
        egui::Align::Min
    } else if cos < -0.38 {
        egui::Align::Max
    } else {
        egui::Align::Center
    };
    let y = if sin > 0.38 {
        egui::Align::Min
    } else if sin < -0.38 {
        egui::Align::Max
    } else {
        egui::Align::Center
    };
    Align2([x, y])
}

/// Where a caption goes beside a point at `angle` from the centre: written outwards (to the
/// right on the right side, above at the top, and so on).
pub fn outward_anchor(angle: f32) -> Align2 {
    let (sin, cos) = angle.sin_cos();
    match (cos > 0.35, cos < -0.35, sin < 0.0) {
        (true, _, _) => Align2::LEFT_CENTER,
        (_, true, _) => Align2::RIGHT_CENTER,
        (_, _, true) => Align2::CENTER_BOTTOM,
        _ => Align2::CENTER_TOP,
    }
}
