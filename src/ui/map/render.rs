//! Painting the map and the caches that make it cheap: the map cut into cells whose meshes are
//! kept while nothing they show changes, the edges as one picture when thousands are in view,
//! and the strokes and meshes of edges and nodes.

use std::collections::HashSet;

use egui::emath::TSTransform;
use egui::epaint::Mesh;
use egui::{Pos2, Rect, TextureHandle, TextureOptions, Ui, Vec2};

use super::picture::Picture;
use super::tiles::{Piece, Tiles, View};
use super::{ENCOUNTER_LINES_UP_TO, MapView, draw};
use crate::layout::ME_INDEX;
use crate::model::ContactId;
use crate::session::NetworkVersion;
use crate::ui::theme::{self, MapEdgeKind};

/// Everything the cut of the map into cells depends on: which edges show, where everything
/// is, how large cells are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CutKey {
    pub(super) scene: Option<NetworkVersion>,
    pub(super) steps: u64,
    pub(super) dragging: bool,
    /// Where the carried node is: it moves while the layout holds still.
    pub(super) carried: Option<(usize, [u32; 2])>,
    pub(super) zoom_octave: i32,
    pub(super) mask: u64,
    pub(super) hide: bool,
    /// The hovered or selected node, whose encounter lines show on a busy map.
    pub(super) highlighted: Option<usize>,
    /// Which spotlight lights the map.
    pub(super) spotlight: u64,
    /// Which nodes are drawn at all (focus, bubbles).
    pub(super) drawn: u64,
}

/// Everything a cell's meshes depend on, apart from where the view looks: while none of it
/// changes, the meshes built before are drawn again, moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct MeshKey {
    pub(super) cut: CutKey,
    pub(super) zoom: u32,
    pub(super) selected: Option<usize>,
    pub(super) hovered: Option<usize>,
    pub(super) dark: bool,
    /// Whether the edges in view are drawn as one picture rather than as meshes.
    pub(super) edges_as_picture: bool,
}

/// Everything the picture of the edges depends on, apart from where the view looks: the
/// meshes' key, the canvas's size and the pixels per point (as bits).
type PictureKey = (MeshKey, [u32; 2], u32);

/// The edges drawn as one texture, what for, where the map's origin was on screen then, and
/// the part of the screen it covered.
pub(super) struct EdgePicture {
    key: PictureKey,
    origin: Vec2,
    covers: Rect,
    texture: TextureHandle,
}

/// From this many pieces of edges in view, they are drawn as a picture (`picture.rs`). Below,
/// meshes cost less to build than the picture to draw (lines on screen are long when few),
/// and their triangles stay few enough for a software renderer.
pub(super) const EDGES_AS_PICTURE_FROM: usize = 20_000;

/// Who stands out in this frame, shared by everything that draws nodes, edges and names.
#[derive(Clone, Copy)]
pub(super) struct Emphasis<'a> {
    /// Which nodes pass the filters (a node past the end passes).
    pub(super) passes: &'a [bool],
    /// The nodes lit up: the pointer's or the selected contact and their ties, or the
    /// spotlight's path.
    pub(super) highlight: Option<&'a HashSet<u32>>,
    pub(super) selected: Option<usize>,
    pub(super) hovered: Option<usize>,
    /// Whether the highlight is the spotlight's (nothing hovered): its ties are drawn bold.
    pub(super) spotlit: bool,
}

impl Emphasis<'_> {
    fn shown(&self, node: u32) -> bool {
        self.passes.get(node as usize).copied().unwrap_or(true)
    }

    /// Filtered out, or outside the highlight.
    fn dim(&self, node: u32) -> bool {
        !self.shown(node) || self.highlight.is_some_and(|h| !h.contains(&node))
    }

    /// Whether an edge joins two lit-up nodes.
    fn touches(&self, from: u32, to: u32) -> bool {
        self.highlight
            .is_some_and(|h| h.contains(&from) && h.contains(&to))
    }
}

impl MapView {
    pub(super) fn paint(
        &mut self,
        ui: &Ui,
        rect: Rect,
        positions: &[[f32; 2]],
        emphasis: Emphasis<'_>,
        key: MeshKey,
    ) -> Vec<Pos2> {
        let painter = ui.painter_at(rect);
        let screen: Vec<Pos2> = positions
            .iter()
            .map(|p| self.camera.transform.to_screen(rect, *p))
            .collect();
        // Frames that change nothing on the map (typing in a panel, a tooltip, the pointer
        // resting on a node, panning) draw the cells' meshes built before; a cell is built
        // when it first comes into view at this zoom.
        let mut tiles = match self.paint.tiles.take() {
            Some(tiles) if tiles.is_cut_for(&key.cut) => tiles,
            _ => self.cut_into_cells(key.cut, positions, emphasis),
        };
        let visuals = ui.visuals().clone();
        let view = View {
            canvas: rect,
            center: self.camera.transform.center,
            zoom: self.camera.transform.zoom,
        };
        let pieces_in_view: usize = tiles.pieces_in_view(view).map(<[Piece]>::len).sum();
        self.paint.pieces_in_view = pieces_in_view;
        let key = MeshKey {
            edges_as_picture: pieces_in_view >= EDGES_AS_PICTURE_FROM,
            ..key
        };
        if key.edges_as_picture {
            self.paint_edge_picture(ui, &tiles, view, key, &screen, emphasis);
        } else {
            self.paint.edge_picture = None;
        }
        let to_paint = tiles.visible(
            key,
            view,
            |pieces| {
                if key.edges_as_picture {
                    Mesh::default()
                } else {
                    self.edge_mesh(&visuals, pieces, &screen, emphasis)
                }
            },
            |nodes| self.node_mesh(&visuals, nodes, &screen, emphasis),
        );
        self.paint.tiles = Some(tiles);
        // Meshes built in an earlier view are painted where they were built, clipped to the
        // canvas as seen from there, and egui moves the finished triangles into place.
        let mut runs: Vec<(Vec2, egui::layers::ShapeIdx, egui::layers::ShapeIdx)> = Vec::new();
        let mut moved = painter.clone();
        for item in to_paint {
            moved.set_clip_rect(rect.translate(-item.translation));
            let index = moved.add(egui::Shape::Mesh(item.mesh));
            match runs.last_mut() {
                Some((translation, _, end)) if *translation == item.translation => {
                    *end = index;
                }
                _ => runs.push((item.translation, index, index)),
            }
        }
        if runs
            .iter()
            .any(|(translation, ..)| *translation != Vec2::ZERO)
        {
            ui.ctx().graphics_mut(|graphics| {
                let shapes = graphics.entry(painter.layer_id());
                for (translation, first, last) in runs {
                    if translation != Vec2::ZERO {
                        shapes.transform_after_rounding_range(
                            first,
                            egui::layers::ShapeIdx(last.0 + 1),
                            TSTransform::from_translation(translation),
                        );
                    }
                }
            });
        }
        screen
    }

    /// Sorts the nodes and the edges that can show into cells of the map.
    fn cut_into_cells(
        &self,
        key: CutKey,
        positions: &[[f32; 2]],
        emphasis: Emphasis<'_>,
    ) -> Tiles<CutKey, MeshKey> {
        let busy = self.scene.nodes.len() > ENCOUNTER_LINES_UP_TO;
        // On a busy map, my encounter lines show for one contact at a time: hovering me
        // would draw one to everyone I met, a wall of lines that says nothing.
        let me_highlighted = key.highlighted == Some(ME_INDEX);
        let drawn_edges = self
            .scene
            .edges
            .iter()
            .enumerate()
            .filter(move |(_, edge)| {
                let touches = emphasis.touches(edge.from, edge.to);
                let hidden_kind = busy
                    && matches!(edge.kind, MapEdgeKind::Encounter | MapEdgeKind::MetTogether)
                    && (!touches || me_highlighted);
                let filtered = self.filters.filter.hide
                    && (!emphasis.shown(edge.from) || !emphasis.shown(edge.to));
                let drawn = self.is_drawn(edge.from as usize)
                    && self.is_drawn(edge.to as usize)
                    && (touches && !me_highlighted || !self.lod.is_bundled(&self.scene, edge));
                !hidden_kind && !filtered && drawn
            })
            .map(|(index, edge)| (index as u32, edge.from, edge.to));
        Tiles::cut(
            key,
            self.camera.transform.zoom,
            positions,
            |node| self.scene.nodes.get(node).map_or(5.0, |s| s.radius),
            drawn_edges,
        )
    }

    /// Paints the edges in view as one picture, drawn again only when what it shows changed.
    fn paint_edge_picture(
        &mut self,
        ui: &Ui,
        tiles: &Tiles<CutKey, MeshKey>,
        view: View,
        key: MeshKey,
        screen: &[Pos2],
        emphasis: Emphasis<'_>,
    ) {
        let pixels_per_point = ui.ctx().pixels_per_point();
        let canvas = view.canvas;
        let picture_key: PictureKey = (
            key,
            [canvas.width().to_bits(), canvas.height().to_bits()],
            pixels_per_point.to_bits(),
        );
        // Where the map's origin is on screen now; a picture drawn with it elsewhere is moved.
        let origin = view.origin_on_screen();
        let still_covers = self.paint.edge_picture.as_ref().is_some_and(|drawn| {
            drawn.key == picture_key
                && drawn
                    .covers
                    .translate(origin - drawn.origin)
                    .contains_rect(canvas)
        });
        if !still_covers {
            // A quarter of the canvas more on each side, so that a pan moves the picture
            // instead of drawing it again.
            let area = canvas.expand2(canvas.size() * 0.25);
            let mut picture = Picture::new(area, pixels_per_point);
            let visuals = ui.visuals();
            let area_view = View {
                canvas: area,
                ..view
            };
            for pieces in tiles.pieces_in_view(area_view) {
                self.for_each_stroke(visuals, pieces, screen, emphasis, |s| {
                    picture.line(
                        s.a + s.direction * s.from,
                        s.a + s.direction * s.to,
                        s.width,
                        s.color,
                    );
                });
            }
            let covers = picture.covers();
            let image = picture.into_image();
            let texture = match self.paint.edge_picture.take() {
                Some(drawn) => {
                    let mut texture = drawn.texture;
                    texture.set(image, TextureOptions::NEAREST);
                    texture
                }
                None => ui
                    .ctx()
                    .load_texture("map edges", image, TextureOptions::NEAREST),
            };
            self.paint.edge_picture = Some(EdgePicture {
                key: picture_key,
                origin,
                covers,
                texture,
            });
        }
        if let Some(drawn) = &self.paint.edge_picture {
            ui.painter_at(canvas).image(
                drawn.texture.id(),
                drawn.covers.translate(origin - drawn.origin),
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                egui::Color32::WHITE,
            );
        }
    }

    /// How each of these pieces of edges is drawn on screen now: where, how wide, in which
    /// colour (dimmed, lit up or spotlit), dashed or not. Shared by the meshes and the picture.
    fn for_each_stroke(
        &self,
        visuals: &egui::Visuals,
        pieces: &[Piece],
        points: &[Pos2],
        emphasis: Emphasis<'_>,
        mut draw: impl FnMut(Stroke),
    ) {
        let zoom = self.camera.transform.zoom;
        let busy = self.scene.nodes.len() > ENCOUNTER_LINES_UP_TO;
        for piece in pieces {
            let Some(edge) = self.scene.edges.get(piece.edge as usize) else {
                continue;
            };
            let (Some(&a), Some(&b)) =
                (points.get(edge.from as usize), points.get(edge.to as usize))
            else {
                continue;
            };
            let length = (b - a).length();
            if length * length < 2.0 {
                continue;
            }
            let direction = (b - a) / length;
            // Pieces are measured in map units; the last one ends exactly at the second end.
            let (from, to) = (
                piece.start * zoom,
                if piece.last { length } else { piece.end * zoom },
            );
            let touches = emphasis.touches(edge.from, edge.to);
            let mut color = theme::edge_color(edge.kind, visuals);
            if busy && edge.kind == MapEdgeKind::Introduction && !touches {
                // Hundreds of arrows drown the circles; they come back on hover and selection.
                color = color.gamma_multiply(0.3);
            }
            if emphasis.highlight.is_some() && !touches
                || emphasis.dim(edge.from)
                || emphasis.dim(edge.to)
            {
                color = color.gamma_multiply(0.3);
            } else if touches {
                color = color.gamma_multiply(2.2);
            }
            let mut width = (edge.width * zoom.sqrt()).clamp(0.5, 4.0);
            if touches && emphasis.spotlit {
                // A path or an introduction in the spotlight: its ties read at a glance.
                color = visuals.selection.stroke.color;
                width = width.max(2.5);
            }
            // On a map of thousands, a dash shows only on a line wide enough to see it:
            // thinner, a dashed tie is drawn solid and as faint as its dashes would look (a
            // fifth of the triangles, far less for the renderer to bin). A small map keeps
            // every dash, as the legend draws them.
            let dashes = dash_pattern(edge.kind).filter(|_| width >= 1.0 || !busy);
            if let (None, Some((dash, gap))) = (dashes, dash_pattern(edge.kind)) {
                color = color.gamma_multiply(dash / (dash + gap));
            }
            draw(Stroke {
                a,
                direction,
                from,
                to,
                length,
                width,
                color,
                dashes,
                arrow: piece.last
                    && matches!(
                        edge.kind,
                        MapEdgeKind::Introduction | MapEdgeKind::PlannedIntroduction
                    ),
                to_node: edge.to as usize,
            });
        }
    }

    /// The mesh of some pieces of edges, drawn where the nodes are on screen now.
    fn edge_mesh(
        &self,
        visuals: &egui::Visuals,
        pieces: &[Piece],
        points: &[Pos2],
        emphasis: Emphasis<'_>,
    ) -> Mesh {
        let zoom = self.camera.transform.zoom;
        let mut edges = Mesh::default();
        self.for_each_stroke(visuals, pieces, points, emphasis, |stroke| {
            let (a, direction) = (stroke.a, stroke.direction);
            match stroke.dashes {
                Some(pattern) => draw::dashed_span(
                    &mut edges,
                    a,
                    direction,
                    (stroke.from, stroke.to),
                    stroke.width,
                    stroke.color,
                    pattern,
                ),
                None => draw::line(
                    &mut edges,
                    a + direction * stroke.from,
                    a + direction * stroke.to,
                    stroke.width,
                    stroke.color,
                ),
            }
            if stroke.arrow && zoom >= 0.5 {
                let r = self.node_radius_on_screen(stroke.to_node) + 1.5;
                if stroke.length > r + 10.0 {
                    let tip = a + direction * (stroke.length - r);
                    draw::arrowhead(&mut edges, a, tip, 7.0, 6.0, stroke.color);
                }
            }
        });
        edges
    }

    /// The mesh of some nodes, drawn where they are on screen now: filled for people
    /// met in person, hollow for online only.
    fn node_mesh(
        &self,
        visuals: &egui::Visuals,
        indices: &[u32],
        points: &[Pos2],
        emphasis: Emphasis<'_>,
    ) -> Mesh {
        let zoom = self.camera.transform.zoom;
        let (shown, dim) = (|n| emphasis.shown(n), |n| emphasis.dim(n));
        let (selected, hovered) = (emphasis.selected, emphasis.hovered);
        let mut nodes = Mesh::default();
        let weak = theme::weak_color(visuals);
        for &n in indices {
            let node = n as usize;
            let Some(center) = points.get(node) else {
                continue;
            };
            let r = self.node_radius_on_screen(node);
            let n = node as u32;
            if self.filters.filter.hide && !shown(n) || !self.is_drawn(node) {
                continue;
            }
            let Some(style) = self.scene.nodes.get(node) else {
                continue;
            };
            let mut color = if node == ME_INDEX {
                theme::me_color(visuals)
            } else if style.met_in_person {
                theme::trust_color(style.trust, visuals).gamma_multiply(style.freshness)
            } else {
                theme::online_only_color(visuals)
            };
            if dim(n) {
                color = color.gamma_multiply(0.25);
            }
            if r < 2.5 {
                // Too small for a circle to show: a square of the same area is cheaper.
                draw::square(&mut nodes, *center, r * 0.9, color);
            } else if style.met_in_person {
                draw::disc(&mut nodes, *center, r, color);
                if style.freshness < 0.99 && node != ME_INDEX {
                    // Not seen lately: paler inside, but the trust's full colour around, so
                    // that nobody I trust fades out of sight.
                    let mut outline = theme::trust_color(style.trust, visuals);
                    if dim(n) {
                        outline = outline.gamma_multiply(0.25);
                    }
                    draw::ring(&mut nodes, *center, r, 1.4, outline);
                }
            } else {
                draw::ring(&mut nodes, *center, r, 1.6, color);
            }
            if style.pinned && node != ME_INDEX && zoom >= 0.6 {
                draw::disc(
                    &mut nodes,
                    *center + Vec2::new(r * 0.75, -r * 0.75),
                    2.0,
                    weak,
                );
            }
            if Some(node) == selected || Some(node) == hovered {
                draw::ring(
                    &mut nodes,
                    *center,
                    r + 4.0,
                    2.0,
                    visuals.selection.stroke.color,
                );
            }
        }
        nodes
    }

    /// Rings around the contacts added to the selection with Ctrl+click (the first selected
    /// is ringed with the map's meshes).
    pub(super) fn paint_also_selected(
        &self,
        ui: &Ui,
        rect: Rect,
        positions: &[[f32; 2]],
        also_selected: &[ContactId],
    ) {
        let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        let painter = ui.painter_at(rect);
        for id in also_selected {
            let Some(node) = self.scene.node_of.get(id).map(|n| *n as usize) else {
                continue;
            };
            if let Some(p) = positions.get(node) {
                let center = self.camera.transform.to_screen(rect, *p);
                let r = self.node_radius_on_screen(node) + 4.0;
                painter.circle_stroke(center, r, stroke);
            }
        }
    }
}

/// One piece of an edge as drawn on screen: from `from` to `to` points along the line that
/// starts at `a` and runs along `direction` for `length` points to the node `to_node`.
struct Stroke {
    a: Pos2,
    direction: Vec2,
    from: f32,
    to: f32,
    length: f32,
    width: f32,
    color: egui::Color32,
    dashes: Option<(f32, f32)>,
    /// Whether an arrowhead goes at the end of this piece (it reaches the introduced person).
    arrow: bool,
    to_node: usize,
}

/// The dashes and gaps, in points, of the edges drawn dashed.
pub(super) fn dash_pattern(kind: MapEdgeKind) -> Option<(f32, f32)> {
    match kind {
        MapEdgeKind::PlannedIntroduction => Some((6.0, 4.0)),
        MapEdgeKind::MetTogether => Some((2.0, 3.0)),
        _ => None,
    }
}
