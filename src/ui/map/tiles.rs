//! The map's meshes, cut into square cells of the map. Cutting (which node and which piece of
//! which edge falls in which cell) depends on the positions and the filters only; a cell's
//! meshes are built the first time it comes into view at a zoom and kept while nothing they
//! show changes. Panning moves the meshes already built (egui translates the finished
//! triangles), zooming rebuilds only the cells in view, and a cell off screen costs nothing.

use std::sync::Arc;

use egui::epaint::Mesh;
use egui::{Pos2, Rect, Vec2};

/// The side of a cell, in points on screen, at the zoom it was cut for (between this and twice
/// this at other zooms of the same octave).
const CELL_POINTS: f32 = 256.0;
/// A grid larger than this many cells a side gets larger cells instead.
const MAX_CELLS_A_SIDE: f32 = 1024.0;

/// A stretch of one edge, from `start` to `end` map units along it from its first end. Long
/// edges are cut into pieces no longer than a cell, so that no cell reaches far.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    pub edge: u32,
    pub start: f32,
    pub end: f32,
    /// The piece that ends at the edge's second end, where an arrowhead goes.
    pub last: bool,
}

/// A mesh built for a view, and where the map's origin was on screen then.
struct Built {
    mesh: Arc<Mesh>,
    origin_on_screen: Vec2,
}

/// One cell: the nodes whose centre falls in it, the pieces of edges whose middle falls in it,
/// what they cover on the map, and their meshes once built.
#[derive(Default)]
struct Cell {
    nodes: Vec<u32>,
    pieces: Vec<Piece>,
    node_reach: Option<Rect>,
    edge_reach: Option<Rect>,
    largest_radius: f32,
    node_mesh: Option<Built>,
    edge_mesh: Option<Built>,
}

/// The view a frame shows: the canvas, the map point at its centre, the zoom.
#[derive(Clone, Copy, Debug)]
pub struct View {
    pub canvas: Rect,
    pub center: Vec2,
    pub zoom: f32,
}

impl View {
    /// Where the map's origin is on screen.
    pub fn origin_on_screen(&self) -> Vec2 {
        self.canvas.center().to_vec2() - self.center * self.zoom
    }

    /// The part of the map the canvas shows.
    fn on_map(&self) -> Rect {
        let half = self.canvas.size() / (2.0 * self.zoom);
        Rect::from_center_size(self.center.to_pos2(), half * 2.0)
    }
}

/// A mesh to paint this frame, and how far to move it once tessellated.
pub struct ToPaint {
    pub mesh: Arc<Mesh>,
    pub translation: Vec2,
}

/// The map cut into cells. `C` says what the cut was made for (positions, filters, zoom
/// octave); `M` what the meshes were built for (all of that, the exact zoom, the highlight,
/// the theme).
pub struct Tiles<C, M> {
    cut_for: C,
    built_for: Option<M>,
    origin: Vec2,
    cell_size: f32,
    columns: usize,
    rows: usize,
    cells: Vec<Cell>,
}

impl<C: PartialEq, M: PartialEq> Tiles<C, M> {
    /// Sorts nodes and pieces of edges into cells about [`CELL_POINTS`] wide at `zoom`.
    /// `radius(i)` is node `i`'s radius in map units; `edges` lists the edges to draw as
    /// (index, from, to).
    pub fn cut(
        cut_for: C,
        zoom: f32,
        positions: &[[f32; 2]],
        radius: impl Fn(usize) -> f32,
        edges: impl Iterator<Item = (u32, u32, u32)>,
    ) -> Self {
        let mut bounds = Rect::NOTHING;
        for p in positions {
            bounds.extend_with(Pos2::new(p[0], p[1]));
        }
        if !bounds.is_finite() {
            bounds = Rect::from_min_size(Pos2::ZERO, Vec2::ZERO);
        }
        // Cells keep their size within an octave of zoom, so zooming a little recuts nothing.
        let extent = bounds.size().max_elem().max(1.0);
        let cell_size =
            (CELL_POINTS / (zoom_octave(zoom) as f32).exp2()).max(extent / MAX_CELLS_A_SIDE);
        let columns = (bounds.width() / cell_size).floor() as usize + 1;
        let rows = (bounds.height() / cell_size).floor() as usize + 1;
        let mut tiles = Self {
            cut_for,
            built_for: None,
            origin: bounds.min.to_vec2(),
            cell_size,
            columns,
            rows,
            cells: std::iter::repeat_with(Cell::default)
                .take(columns * rows)
                .collect(),
        };
        for (node, p) in positions.iter().enumerate() {
            let point = Pos2::new(p[0], p[1]);
            let Some(cell) = tiles.cell_at(point) else {
                continue;
            };
            cell.nodes.push(node as u32);
            cell.largest_radius = cell.largest_radius.max(radius(node));
            let reach = Rect::from_min_max(point, point);
            cell.node_reach = Some(cell.node_reach.map_or(reach, |r| r.union(reach)));
        }
        for (edge, from, to) in edges {
            let (Some(a), Some(b)) = (positions.get(from as usize), positions.get(to as usize))
            else {
                continue;
            };
            let (a, b) = (Pos2::new(a[0], a[1]), Pos2::new(b[0], b[1]));
            let length = (b - a).length();
            if length.is_nan() || length <= 0.0 {
                continue;
            }
            let direction = (b - a) / length;
            let mut start = 0.0_f32;
            while start < length {
                let end = (start + cell_size).min(length);
                let (p, q) = (a + direction * start, a + direction * end);
                if let Some(cell) = tiles.cell_at(p + (q - p) / 2.0) {
                    cell.pieces.push(Piece {
                        edge,
                        start,
                        end,
                        last: end >= length,
                    });
                    let reach = Rect::from_two_pos(p, q);
                    cell.edge_reach = Some(cell.edge_reach.map_or(reach, |r| r.union(reach)));
                }
                start = end;
            }
        }
        tiles
    }

    fn cell_at(&mut self, point: Pos2) -> Option<&mut Cell> {
        let x = ((point.x - self.origin.x) / self.cell_size).floor();
        let y = ((point.y - self.origin.y) / self.cell_size).floor();
        // Pieces' middles can sit a hair outside the bounds: clamp them in.
        let x = (x.max(0.0) as usize).min(self.columns - 1);
        let y = (y.max(0.0) as usize).min(self.rows - 1);
        self.cells.get_mut(y * self.columns + x)
    }

    /// Whether this cut was made for `cut_for`.
    pub fn is_cut_for(&self, cut_for: &C) -> bool {
        self.cut_for == *cut_for
    }

    /// The pieces of edges in the cells that reach into the view, cell by cell.
    pub fn pieces_in_view(&self, view: View) -> impl Iterator<Item = &[Piece]> {
        let edge_view = Self::edge_view(view);
        self.cells
            .iter()
            .filter(move |cell| cell.edge_reach.is_some_and(|r| r.intersects(edge_view)))
            .map(|cell| cell.pieces.as_slice())
    }

    /// The part of the map whose edges can show in the view.
    fn edge_view(view: View) -> Rect {
        let zoom = view.zoom.max(f32::MIN_POSITIVE);
        // Lines are at most 4 points wide, arrowheads stand 4 points off them.
        view.on_map().expand(8.0 / zoom)
    }

    /// The meshes of the cells in view, all edges first and then all nodes (so no line
    /// crosses a circle), building those not built yet for `built_for`. The builders get the
    /// cell's pieces or nodes and draw them where they are on screen in this view.
    pub fn visible(
        &mut self,
        built_for: M,
        view: View,
        mut build_edges: impl FnMut(&[Piece]) -> Mesh,
        mut build_nodes: impl FnMut(&[u32]) -> Mesh,
    ) -> Vec<ToPaint> {
        if self.built_for.as_ref() != Some(&built_for) {
            for cell in &mut self.cells {
                cell.node_mesh = None;
                cell.edge_mesh = None;
            }
            self.built_for = Some(built_for);
        }
        let origin_on_screen = view.origin_on_screen();
        let on_map = view.on_map();
        let zoom = view.zoom.max(f32::MIN_POSITIVE);
        let edge_view = Self::edge_view(view);
        let mut to_paint = Vec::new();
        let mut take = |built: &Built| {
            if !built.mesh.is_empty() {
                to_paint.push(ToPaint {
                    mesh: Arc::clone(&built.mesh),
                    translation: origin_on_screen - built.origin_on_screen,
                });
            }
        };
        for cell in &mut self.cells {
            if cell.edge_reach.is_some_and(|r| r.intersects(edge_view)) {
                let built = cell.edge_mesh.get_or_insert_with(|| Built {
                    mesh: Arc::new(fitted(build_edges(&cell.pieces))),
                    origin_on_screen,
                });
                take(built);
            }
        }
        for cell in &mut self.cells {
            // Circles grow with the square root of the zoom; rings stand 6 points out.
            let margin = ((cell.largest_radius * zoom.sqrt()).max(2.0) + 6.0) / zoom;
            if cell
                .node_reach
                .is_some_and(|r| r.expand(margin).intersects(on_map))
            {
                let built = cell.node_mesh.get_or_insert_with(|| Built {
                    mesh: Arc::new(fitted(build_nodes(&cell.nodes))),
                    origin_on_screen,
                });
                take(built);
            }
        }
        to_paint
    }
}

/// A built mesh without the spare room its vectors grew into: it is kept for many frames.
fn fitted(mut mesh: Mesh) -> Mesh {
    mesh.vertices.shrink_to_fit();
    mesh.indices.shrink_to_fit();
    mesh
}

/// The octave of a zoom: cuts made at zooms of the same octave have cells of the same size.
pub fn zoom_octave(zoom: f32) -> i32 {
    zoom.max(f32::MIN_POSITIVE).log2().floor() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_vertex() -> Mesh {
        let mut mesh = Mesh::default();
        for _ in 0..3 {
            mesh.colored_vertex(Pos2::ZERO, egui::Color32::WHITE);
        }
        mesh.add_triangle(0, 1, 2);
        mesh
    }

    #[test]
    fn only_cells_in_view_are_built_and_a_pan_moves_them() {
        // Two nodes far apart with an edge between them, and a lone node further out.
        let positions = [[0.0, 0.0], [3000.0, 0.0], [0.0, 5000.0]];
        let mut tiles: Tiles<(), u32> =
            Tiles::cut((), 1.0, &positions, |_| 5.0, [(0, 0, 1)].into_iter());
        let canvas = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let view = |x: f32| View {
            canvas,
            center: Vec2::new(x, 0.0),
            zoom: 1.0,
        };
        let mut pieces_built = Vec::new();
        let mut nodes_built = Vec::new();
        let painted = tiles.visible(
            1,
            view(1500.0),
            |pieces| {
                pieces_built.extend_from_slice(pieces);
                one_vertex()
            },
            |nodes| {
                nodes_built.extend_from_slice(nodes);
                one_vertex()
            },
        );
        // The middle of the edge is in view, neither end is: only the pieces in view are
        // built, and none of them is the last one, with the arrowhead.
        assert_eq!(pieces_built.len(), 4);
        assert!(
            pieces_built
                .iter()
                .all(|p| !p.last && p.end - p.start <= 256.0)
        );
        assert!(nodes_built.is_empty());
        assert_eq!(painted.len(), 4, "one mesh per cell");
        assert!(painted.iter().all(|p| p.translation == Vec2::ZERO));

        // Panning a little builds the one piece coming into view and moves the others.
        let painted = tiles.visible(
            1,
            view(1400.0),
            |pieces| {
                pieces_built.extend_from_slice(pieces);
                one_vertex()
            },
            |_| unreachable!("no node is in view"),
        );
        assert_eq!(pieces_built.len(), 4 + 1);
        let moved = painted
            .iter()
            .filter(|p| p.translation == Vec2::new(100.0, 0.0))
            .count();
        assert_eq!((painted.len(), moved), (5, 4));

        // Panning to the first node builds its cell.
        tiles.visible(
            1,
            view(100.0),
            |pieces| {
                pieces_built.extend_from_slice(pieces);
                one_vertex()
            },
            |nodes| {
                nodes_built.extend_from_slice(nodes);
                one_vertex()
            },
        );
        assert_eq!(nodes_built, vec![0]);

        // Another zoom builds again.
        let painted = tiles.visible(2, view(100.0), |_| one_vertex(), |_| one_vertex());
        assert!(painted.iter().all(|p| p.translation == Vec2::ZERO));
    }
}
