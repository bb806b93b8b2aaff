//! Level of detail: zoomed out on a large map, the online-only people of a group are one
//! bubble (sized by their number, named and counted), and the ties that reach into bubbles are
//! drawn as one counted bundle per pair of ends. Everyone I met in person stays a person.
//! Zooming in, or clicking a bubble, opens it.

use std::collections::BTreeMap;

use egui::{Align2, FontId, Pos2, Rect, Ui, Vec2};

use super::labels::{CaptionedDisc, LabelSpace, OnScreen, place_bubble_captions};
use super::overlay::OverlayWidget;
use super::scene::{MapScene, NO_GROUP, SceneEdge};
use super::{Transform, theme};
use crate::analysis::Circle;
use crate::layout::ONLINE_CELL;
use crate::ui::theme::MapEdgeKind;

/// Below this zoom, a large map draws bubbles: online-only people sit 18 map units apart,
/// too close for names until about this zoom.
pub const BUBBLE_ZOOM: f32 = 0.9;
/// The zoom a click on a bubble goes to: just enough to open it.
pub const OPEN_ZOOM: f32 = BUBBLE_ZOOM * 1.25;
/// From this many nodes, the map draws bubbles when zoomed out.
pub const BUBBLES_FROM_NODES: usize = 300;
/// At most this many bundles are drawn, the strongest: more would be the haze that bundles
/// are there to clear (a person's own ties show when hovered).
const MOST_BUNDLES: usize = 120;
/// The least radius of a bubble on screen, in points: visible, and small enough that the
/// bubbles of a very large map do not merge into one band.
const MIN_BUBBLE_RADIUS: f32 = 4.0;
/// Fewer online-only people than this in a group stay people.
const BUBBLE_FROM_MEMBERS: usize = 3;

/// How much of its colour a bundle keeps while someone else's ties are lit.
const DIMMED_BUNDLE: f32 = 0.25;

/// How a bundle of `count` ties is drawn: wider and stronger the more ties it holds.
pub fn bundle_stroke(count: usize, visuals: &egui::Visuals) -> egui::Stroke {
    let width = (1.0 + (count as f32).log2()).min(6.0);
    let color = theme::edge_color(MapEdgeKind::Relation, visuals)
        .gamma_multiply((0.8 + count as f32 * 0.25).min(3.0));
    egui::Stroke::new(width, color)
}

/// One group's online-only people drawn as one.
#[derive(Clone, Debug, PartialEq)]
pub struct Bubble {
    /// The group.
    pub group: u32,
    /// Where it is, in map units: the middle of its people.
    pub center: [f32; 2],
    /// How many people it holds.
    pub members: usize,
}

/// Ties between two ends, one of them a bubble at least, drawn as one line.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Bundle {
    from: [f32; 2],
    to: [f32; 2],
    count: usize,
    /// The person at one end, if an end is a person (the other is a group).
    person: Option<u32>,
}

/// One end of a tie: a person drawn as such, or a group (its bubble, or the middle of its
/// people).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum End {
    Node(u32),
    Group(u32),
}

/// What the level of detail hides and draws instead, and what it was computed for.
#[derive(Default)]
pub struct Lod {
    /// Scene changes, positions' revision, who the filters hide, collapsed or not, the
    /// selection.
    key: Option<(u64, u64, u64, bool, Option<usize>)>,
    collapsed: Vec<bool>,
    bubbles: Vec<Bubble>,
    bundles: Vec<Bundle>,
    generation: u64,
    /// Bubble of each group, by group number.
    bubble_of: BTreeMap<u32, usize>,
}

/// What the bubbles depend on in a frame.
pub struct LodInput<'a> {
    pub scene: &'a MapScene,
    pub positions: &'a [[f32; 2]],
    pub zoom: f32,
    /// The whole map (no focus): only it gathers people into bubbles.
    pub whole_map: bool,
    /// A selected person is never inside a bubble.
    pub selected: Option<usize>,
    /// Who the filters hide (they are in no bubble), and a count of its changes.
    pub hidden: (&'a dyn Fn(usize) -> bool, u64),
    /// The scene's changes and the positions' revision.
    pub versions: (u64, u64),
}

impl Lod {
    /// Works out the bubbles for this zoom, if anything they depend on changed (`input`):
    /// the scene, the positions, whether the zoom is below [`BUBBLE_ZOOM`], the selection and
    /// who the filters hide.
    pub fn update(&mut self, input: &LodInput<'_>) {
        let LodInput {
            scene,
            positions,
            zoom,
            whole_map,
            selected,
            hidden: (hidden, hidden_key),
            versions: (scene_changes, revision),
        } = *input;
        let collapse = whole_map && scene.nodes.len() > BUBBLES_FROM_NODES && zoom < BUBBLE_ZOOM;
        let key = (
            scene_changes,
            revision,
            hidden_key,
            collapse,
            selected.filter(|_| collapse),
        );
        if self.key == Some(key) {
            return;
        }
        let was_collapsed = self.key.is_some_and(|k| k.3);
        self.key = Some(key);
        if !collapse {
            if was_collapsed || self.collapsed.len() != scene.nodes.len() {
                self.collapsed = vec![false; scene.nodes.len()];
                self.bubbles.clear();
                self.bundles.clear();
                self.bubble_of.clear();
                self.generation += 1;
            }
            return;
        }
        self.generation += 1;
        self.gather_bubbles(scene, positions, |node| {
            Some(node) != selected
                && !hidden(node)
                && scene
                    .nodes
                    .get(node)
                    .is_some_and(|s| s.circle == Circle::OnlineOnly && s.group != NO_GROUP)
        });
        self.bundle_ties(scene, positions);
    }

    /// One bubble per group of at least [`BUBBLE_FROM_MEMBERS`] people who may go in one
    /// (`online`), at the middle of its people.
    fn gather_bubbles(
        &mut self,
        scene: &MapScene,
        positions: &[[f32; 2]],
        online: impl Fn(usize) -> bool,
    ) {
        let mut members: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (node, style) in scene.nodes.iter().enumerate() {
            if online(node) {
                members.entry(style.group).or_default().push(node);
            }
        }
        self.collapsed = vec![false; scene.nodes.len()];
        self.bubbles.clear();
        self.bubble_of.clear();
        for (group, people) in members {
            if people.len() < BUBBLE_FROM_MEMBERS {
                continue;
            }
            let mut sum = [0.0f32; 2];
            for &node in &people {
                if let Some(p) = positions.get(node) {
                    sum = [sum[0] + p[0], sum[1] + p[1]];
                }
                if let Some(c) = self.collapsed.get_mut(node) {
                    *c = true;
                }
            }
            let n = people.len() as f32;
            self.bubble_of.insert(group, self.bubbles.len());
            self.bubbles.push(Bubble {
                group,
                center: [sum[0] / n, sum[1] / n],
                members: people.len(),
            });
        }
    }

    /// Ties that reach into a bubble, and ties between groups, as bundles between their ends.
    fn bundle_ties(&mut self, scene: &MapScene, positions: &[[f32; 2]]) {
        // Where a group's bundles end: its bubble, else the middle of its people.
        let mut sums: BTreeMap<u32, ([f32; 2], f32)> = BTreeMap::new();
        for (node, style) in scene.nodes.iter().enumerate() {
            if let Some(p) = positions.get(node)
                && style.group != NO_GROUP
            {
                let entry = sums.entry(style.group).or_insert(([0.0, 0.0], 0.0));
                entry.0 = [entry.0[0] + p[0], entry.0[1] + p[1]];
                entry.1 += 1.0;
            }
        }
        let anchor = |group: u32| -> Option<[f32; 2]> {
            if let Some(bubble) = self
                .bubble_of
                .get(&group)
                .and_then(|i| self.bubbles.get(*i))
            {
                return Some(bubble.center);
            }
            sums.get(&group).map(|(s, n)| [s[0] / n, s[1] / n])
        };
        // Ties that reach into a bubble, and ties between people of two groups, counted per
        // pair of ends: one line between two groups instead of hundreds of hairlines.
        let mut counts: BTreeMap<(End, End), usize> = BTreeMap::new();
        for edge in &scene.edges {
            if edge.kind == MapEdgeKind::Encounter {
                continue;
            }
            let Some(ends) = self.bundled_ends(scene, edge) else {
                continue;
            };
            *counts.entry(ends).or_default() += 1;
        }
        let at = |end: End| -> Option<[f32; 2]> {
            match end {
                End::Node(node) => positions.get(node as usize).copied(),
                End::Group(group) => anchor(group),
            }
        };
        self.bundles = counts
            .into_iter()
            .filter_map(|((a, b), count)| {
                let person = [a, b].into_iter().find_map(|end| match end {
                    End::Node(node) => Some(node),
                    End::Group(_) => None,
                });
                Some(Bundle {
                    from: at(a)?,
                    to: at(b)?,
                    count,
                    person,
                })
            })
            .collect();
        // The strongest first: only they are drawn when there are many.
        self.bundles.sort_by_key(|b| std::cmp::Reverse(b.count));
    }

    /// The ends of the bundle an edge is drawn in, or `None` when it is drawn on its own (or
    /// not at all: inside one bubble).
    fn bundled_ends(&self, scene: &MapScene, edge: &SceneEdge) -> Option<(End, End)> {
        let group = |node: u32| scene.nodes.get(node as usize).map_or(NO_GROUP, |s| s.group);
        // The selected person's own ties are drawn as theirs, not folded into their group's.
        let selected = self.key.and_then(|k| k.4).map(|n| n as u32);
        let touches_selected = selected.is_some_and(|n| edge.from == n || edge.to == n);
        let across = edge.kind == MapEdgeKind::Relation
            && !touches_selected
            && group(edge.from) != group(edge.to)
            && group(edge.from) != NO_GROUP
            && group(edge.to) != NO_GROUP;
        let end = |node: u32| -> End {
            if across || self.is_collapsed(node as usize) {
                End::Group(group(node))
            } else {
                End::Node(node)
            }
        };
        let (a, b) = (end(edge.from), end(edge.to));
        if a == b || matches!((a, b), (End::Node(_), End::Node(_))) {
            return None;
        }
        Some((a.min(b), a.max(b)))
    }

    /// Whether an edge is drawn in a bundle rather than on its own.
    pub fn is_bundled(&self, scene: &MapScene, edge: &SceneEdge) -> bool {
        self.key.is_some_and(|k| k.3) && self.bundled_ends(scene, edge).is_some()
    }

    /// The bubbles: group, centre in map units, how many people.
    pub fn bubbles(&self) -> &[Bubble] {
        &self.bubbles
    }

    /// The bundles drawn, strongest first: ends in map units and how many ties.
    pub fn bundles(&self) -> impl Iterator<Item = ([f32; 2], [f32; 2], usize)> + '_ {
        self.bundles
            .iter()
            .take(MOST_BUNDLES)
            .map(|b| (b.from, b.to, b.count))
    }

    /// A bubble's radius in map units: the area its people take.
    pub fn radius_in_map(bubble: &Bubble) -> f32 {
        (bubble.members as f32).sqrt() * ONLINE_CELL[0] * 0.5
    }

    /// Counts the changes of what is collapsed: drawing caches keyed on it are rebuilt.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether a node is inside a bubble (not drawn as a person).
    pub fn is_collapsed(&self, node: usize) -> bool {
        self.collapsed.get(node).copied().unwrap_or(false)
    }

    /// Whether a group's online-only people are a bubble now.
    pub fn has_bubble(&self, group: u32) -> bool {
        self.bubble_of.contains_key(&group)
    }

    /// A bubble's radius on screen, in points: its people's area at this zoom.
    pub fn radius_on_screen(bubble: &Bubble, zoom: f32) -> f32 {
        (Self::radius_in_map(bubble) * zoom).max(MIN_BUBBLE_RADIUS)
    }

    /// The caption of a bubble: "Doctolib · 42 · 3 met" (the whole group's counts).
    pub fn caption(scene: &MapScene, bubble: &Bubble) -> String {
        scene
            .groups
            .get(bubble.group as usize)
            .map_or_else(String::new, |g| g.caption())
    }

    /// The bubbles in view: caption, centre and radius on screen.
    pub fn drawn_bubbles(
        &self,
        scene: &MapScene,
        rect: Rect,
        to_screen: impl Fn([f32; 2]) -> Pos2,
        zoom: f32,
    ) -> Vec<(String, Pos2, f32)> {
        self.bubbles
            .iter()
            .map(|b| {
                (
                    Self::caption(scene, b),
                    to_screen(b.center),
                    Self::radius_on_screen(b, zoom),
                )
            })
            .filter(|(_, p, _)| rect.contains(*p))
            .collect()
    }

    /// The bubbles on the canvas as discs on screen: centre and radius.
    pub fn discs(&self, rect: Rect, transform: Transform) -> Vec<(Pos2, f32)> {
        (self.in_view(rect, transform).into_iter())
            .map(|(_, center, r)| (center, r))
            .collect()
    }

    /// The bubbles on the canvas, with their centre and radius on screen.
    fn in_view(&self, rect: Rect, transform: Transform) -> Vec<(&Bubble, Pos2, f32)> {
        self.bubbles
            .iter()
            .map(|b| {
                let r = Self::radius_on_screen(b, transform.zoom);
                (b, transform.to_screen(rect, b.center), r)
            })
            .filter(|(_, center, r)| rect.expand(*r).contains(*center))
            .collect()
    }

    /// Writes each bubble's caption beside it, where it covers nothing placed, no person's
    /// node and no room kept for a name. Returns each
    /// caption written: its group and where.
    pub fn paint_bubble_captions(
        &self,
        ui: &Ui,
        scene: &MapScene,
        transform: Transform,
        placed: &mut LabelSpace,
        on_screen: &OnScreen<'_>,
        name_room: &LabelSpace,
    ) -> Vec<(u32, Rect)> {
        let rect = on_screen.rect;
        let visuals = ui.visuals();
        let painter = ui.painter_at(rect);
        let text_color = visuals.text_color();
        let in_view = self.in_view(rect, transform);
        let many = in_view.len() > super::labels::MANY_BUBBLES;
        let layout =
            |text: String| painter.layout_no_wrap(text, FontId::proportional(12.0), text_color);
        let galleys: Vec<_> = in_view
            .iter()
            .map(|(bubble, ..)| {
                let full = layout(Self::caption(scene, bubble));
                // The short caption is tried only when bubbles are few.
                let short = if many {
                    full.clone()
                } else {
                    layout(Self::group_name(scene, bubble).to_owned())
                };
                (full, short)
            })
            .collect();
        let discs: Vec<CaptionedDisc> = in_view
            .iter()
            .zip(&galleys)
            .map(|((bubble, center, r), (full, short))| CaptionedDisc {
                at: bubble.center,
                center: *center,
                radius: *r,
                caption: full.size(),
                short: short.size(),
            })
            .collect();
        let spots = place_bubble_captions(
            &discs,
            rect,
            placed,
            on_screen.bubbles_in_placed.clone(),
            (&on_screen.nodes, name_room),
        );
        let mut drawn = Vec::new();
        for (((bubble, ..), (full, short)), spot) in in_view.iter().zip(galleys).zip(spots) {
            if let Some(spot) = spot {
                let label = spot.rect;
                let galley = if spot.short { short } else { full };
                painter.rect_filled(label, 3.0, visuals.extreme_bg_color.gamma_multiply(0.8));
                painter.galley(label.min + Vec2::splat(1.0), galley, text_color);
                drawn.push((bubble.group, label));
            }
        }
        drawn
    }

    /// Whether a bundle is drawn faint: someone is lit (selected or pointed at) and it is not
    /// one of their ties, so that theirs stand out.
    fn is_dimmed(bundle: &Bundle, lit: Option<usize>) -> bool {
        lit.is_some_and(|node| bundle.person != Some(node as u32))
    }

    /// The bundles drawn, in map units, and whether each is dimmed while `lit` is lit.
    pub fn drawn_bundles(&self, lit: Option<usize>) -> Vec<([f32; 2], [f32; 2], bool)> {
        (self.bundles.iter().take(MOST_BUNDLES))
            .map(|b| (b.from, b.to, Self::is_dimmed(b, lit)))
            .collect()
    }

    /// Draws the bundles and the bubbles (the bundles faint but `lit`'s, when someone is
    /// lit), and adds each bubble to `widgets` (a button named by
    /// its caption, which opens it). Their captions come later. Returns
    /// the numbers of the bubbles' rectangles in `placed`.
    pub fn paint_bubbles(
        &self,
        ui: &Ui,
        scene: &MapScene,
        (rect, transform): (Rect, Transform),
        lit: Option<usize>,
        placed: &mut LabelSpace,
        widgets: &mut Vec<OverlayWidget>,
    ) -> std::ops::Range<usize> {
        if self.bubbles.is_empty() {
            return placed.len()..placed.len();
        }
        let visuals = ui.visuals();
        let painter = ui.painter_at(rect);
        let weak = theme::weak_color(visuals);
        for bundle in self.bundles.iter().take(MOST_BUNDLES) {
            let (a, b) = (
                transform.to_screen(rect, bundle.from),
                transform.to_screen(rect, bundle.to),
            );
            let mut stroke = bundle_stroke(bundle.count, visuals);
            if Self::is_dimmed(bundle, lit) {
                stroke.color = stroke.color.gamma_multiply(DIMMED_BUNDLE);
            }
            painter.line_segment([a, b], stroke);
            if bundle.count >= 2 && (b - a).length() > 80.0 {
                let middle = a + (b - a) / 2.0;
                painter.text(
                    middle,
                    Align2::CENTER_CENTER,
                    bundle.count.to_string(),
                    FontId::proportional(11.0),
                    weak,
                );
            }
        }
        let fill = theme::online_only_color(visuals).gamma_multiply(0.35);
        let stroke = egui::Stroke::new(1.5, theme::online_only_color(visuals));
        // Every bubble first, so that no caption covers one drawn after it.
        let in_view = self.in_view(rect, transform);
        let first_disc = placed.len();
        for (_, center, r) in &in_view {
            painter.circle(*center, *r, fill, stroke);
            placed.insert(Rect::from_center_size(*center, Vec2::splat(r * 2.0)));
        }
        let discs_in_placed = first_disc..placed.len();
        for (bubble, center, r) in in_view {
            let disc = Rect::from_center_size(center, Vec2::splat(r * 2.0));
            let caption = Self::caption(scene, bubble);
            widgets.push(OverlayWidget {
                rect: disc,
                id: ui.scope_id().with(("bubble", bubble.group)),
                role: egui::accesskit::Role::Button,
                label: caption,
                opens: Some((
                    bubble.center,
                    crate::tr!(
                        "bubble-opens",
                        group = Self::group_name(scene, bubble),
                        count = bubble.members
                    ),
                )),
            });
        }
        discs_in_placed
    }

    /// The name of a bubble's group: "Doctolib".
    pub fn group_name<'s>(scene: &'s MapScene, bubble: &Bubble) -> &'s str {
        scene
            .groups
            .get(bubble.group as usize)
            .map_or("", |g| g.name.as_str())
    }
}
