//! Circles and sectors: the centre person in the middle, rings outwards by closeness, and in
//! each ring every group on one patch of its own sector.
//!
//! Each group has a home angle (its share of the whole circle, in group order). In each ring,
//! a group's members fill a patch, as wide as about twice its depth, centred on that home
//! angle as far as its neighbours allow (patches are packed around the ring without
//! overlapping, each as near its home as possible). Inside a patch, the closest people take
//! the innermost row. A ring is as large as its patches need and no smaller than the ring
//! inside it: nobody overlaps, nothing moves unless the network changes, and it is computed
//! at once (no simulation to wait for).

use std::f32::consts::{PI, TAU};

use super::request::{LayoutNode, LayoutRequest};

/// Room around the centre person, in map units.
pub const CENTRE_CLEARANCE: f32 = 90.0;
/// The space between two rings, where the ring's name is written.
pub const RING_GAP: f32 = 46.0;
/// The space between two patches of a ring, in map units.
const PATCH_GAP: f32 = 30.0;
/// A patch is about this many times wider than deep: near a square, so that everyone in it
/// is nearer its middle than the middle of the next one.
const PATCH_ASPECT: f32 = 1.3;
/// The most shelves of patches in one ring.
const MAX_SHELVES: usize = 64;
/// A shelf may leave inside it an empty annulus this many times its own area (a small ring
/// on one circle reads better than a tight one on several).
const HOLE_AT_MOST: f32 = 6.0;
/// The space between two shelves of one ring.
const SHELF_GAP: f32 = 20.0;
/// Room left free around a ring, so that patches can sit near their homes.
const RING_SLACK: f32 = 1.15;

/// A ring as drawn: its name sits just inside `inner`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RingGuide {
    /// The ring's number, from 0 (innermost).
    pub ring: u8,
    /// Its inner radius, in map units.
    pub inner: f32,
    /// Its outer radius.
    pub outer: f32,
}

/// The patch of one group in one ring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Patch {
    /// The group.
    pub group: u32,
    /// The ring.
    pub ring: u8,
    /// Where it starts and ends, as angles in radians (clockwise on screen, from the right).
    pub start: f32,
    /// Where it ends.
    pub end: f32,
    /// From this radius.
    pub inner: f32,
    /// To this radius.
    pub outer: f32,
    /// How many people it holds.
    pub members: u32,
}

impl Patch {
    /// The middle of the patch, in map units.
    pub fn center(&self) -> [f32; 2] {
        let angle = (self.start + self.end) / 2.0;
        let radius = (self.inner + self.outer) / 2.0;
        [radius * angle.cos(), radius * angle.sin()]
    }
}

/// Where everyone goes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placement {
    /// The centre first (at the origin), then one position per node of the request.
    pub positions: Vec<[f32; 2]>,
    /// The rings that hold someone, from the innermost.
    pub rings: Vec<RingGuide>,
    /// Every group's patch in every ring where it has someone.
    pub patches: Vec<Patch>,
}

impl Placement {
    /// The radius of the whole placement (its outermost ring), in map units.
    pub fn radius(&self) -> f32 {
        self.rings.last().map_or(CENTRE_CLEARANCE, |r| r.outer)
    }
}

/// Places every node of the request.
pub fn place(request: &LayoutRequest) -> Placement {
    let home = group_homes(request);
    let buckets = ring_buckets(request, home.len());
    let mut positions = vec![[0.0f32; 2]; request.node_count()];
    let mut rings = Vec::new();
    let mut patches = Vec::new();
    let mut inner = CENTRE_CLEARANCE;
    for (ring, groups) in buckets.iter().enumerate() {
        let cell = groups
            .iter()
            .flatten()
            .filter_map(|i| request.nodes.get(*i as usize))
            .fold([0.0f32, 0.0f32], |c, n| {
                [c[0].max(n.cell[0]), c[1].max(n.cell[1])]
            });
        if cell[0] <= 0.0 {
            continue;
        }
        // Each patch about square. Patches follow each other around the ring in group
        // order; when there are too many to sit side by side on a circle no larger than the
        // one inside (a large network), they take turns on several shelves, one outside the
        // other, so that the ring grows thick rather than wide.
        let square_rows = |count: usize| {
            ((count as f32 * cell[0] / (PATCH_ASPECT * cell[1]))
                .sqrt()
                .ceil() as usize)
                .clamp(1, count.max(1))
        };
        let shapes: Vec<(usize, usize, usize)> = groups
            .iter()
            .enumerate()
            .filter(|(_, members)| !members.is_empty())
            .map(|(group, members)| {
                let count = members.len();
                let rows = square_rows(count);
                (group, rows, count.div_ceil(rows))
            })
            .collect();
        let shelves = shelves_for(&shapes, cell, inner);
        let ring_inner = inner;
        let mut outer = inner;
        for shelf in &shelves {
            let on_shelf: Vec<&(usize, usize, usize)> = shelf
                .patches
                .iter()
                .filter_map(|k| shapes.get(*k))
                .collect();
            let row_radius = shelf.row_radius;
            let shelf_inner = row_radius - cell[1] / 2.0;
            let widths: Vec<f32> = on_shelf
                .iter()
                .map(|(_, _, cols)| (*cols as f32 * cell[0] + PATCH_GAP) / row_radius)
                .collect();
            let wanted: Vec<f32> = on_shelf
                .iter()
                .map(|(group, ..)| home.get(*group).copied().unwrap_or(0.0))
                .collect();
            let starts = pack_around(&wanted, &widths);
            for ((shape, start), width) in on_shelf.into_iter().zip(&starts).zip(&widths) {
                let members = groups.get(shape.0).map_or(&[][..], Vec::as_slice);
                let area = PatchArea {
                    ring: ring as u8,
                    start: *start,
                    width: *width,
                    inner: shelf_inner,
                    row_radius,
                };
                patches.push(place_patch(&mut positions, members, *shape, area, cell));
            }
            outer = shelf_inner + shelf.rows as f32 * cell[1];
        }
        let inner_edge = shelves
            .first()
            .map_or(ring_inner, |s| s.row_radius - cell[1] / 2.0);
        rings.push(RingGuide {
            ring: ring as u8,
            inner: inner_edge,
            outer,
        });
        inner = outer + RING_GAP;
    }
    let mut placement = Placement {
        positions,
        rings,
        patches,
    };
    spread_inner_rings(&mut placement, request);
    for (i, node) in request.nodes.iter().enumerate() {
        if let (Some(pin), Some(p)) = (pinned(node), placement.positions.get_mut(i + 1)) {
            *p = pin;
        }
    }
    placement
}

/// Each group's home: the middle of its share of the circle, starting at the top.
fn group_homes(request: &LayoutRequest) -> Vec<f32> {
    let total = request.nodes.len().max(1) as f32;
    let mut group_sizes = vec![0usize; request.group_count.max(1)];
    for node in &request.nodes {
        if let Some(size) = group_sizes.get_mut(node.group as usize) {
            *size += 1;
        }
    }
    let mut home = Vec::with_capacity(group_sizes.len());
    let mut at = -PI / 2.0;
    for size in &group_sizes {
        let width = TAU * *size as f32 / total;
        home.push(at + width / 2.0);
        at += width;
    }
    home
}

/// Members of each (ring, group), closest first.
fn ring_buckets(request: &LayoutRequest, group_count: usize) -> Vec<Vec<Vec<u32>>> {
    let ring_count = request
        .nodes
        .iter()
        .map(|n| n.ring as usize + 1)
        .max()
        .unwrap_or(0)
        .max(request.ring_count);
    let mut buckets: Vec<Vec<Vec<u32>>> = vec![vec![Vec::new(); group_count]; ring_count];
    for (i, node) in request.nodes.iter().enumerate() {
        if let Some(list) = buckets
            .get_mut(node.ring as usize)
            .and_then(|ring| ring.get_mut(node.group as usize))
        {
            list.push(i as u32);
        }
    }
    let score = |i: u32| request.nodes.get(i as usize).map_or(0.0, |n| n.score);
    for ring in &mut buckets {
        for members in ring.iter_mut() {
            members.sort_by(|a, b| score(*b).total_cmp(&score(*a)).then(a.cmp(b)));
        }
    }
    buckets
}

/// Where a patch sits on its shelf: its ring, its angles and the shelf's radii.
#[derive(Clone, Copy)]
struct PatchArea {
    ring: u8,
    start: f32,
    width: f32,
    inner: f32,
    row_radius: f32,
}

/// Places one group's members in rows and columns on their patch, a last row that is not
/// full centred under the others; returns the patch.
fn place_patch(
    positions: &mut [[f32; 2]],
    members: &[u32],
    (group, rows, cols): (usize, usize, usize),
    area: PatchArea,
    cell: [f32; 2],
) -> Patch {
    let PatchArea {
        ring,
        start,
        width,
        inner: shelf_inner,
        row_radius,
    } = area;
    let column = cell[0] / row_radius;
    let first = start + PATCH_GAP / 2.0 / row_radius;
    for (k, &node) in members.iter().enumerate() {
        let (row, col) = (k / cols, k % cols);
        let in_row = (members.len() - row * cols).min(cols);
        let shift = (cols - in_row) as f32 / 2.0;
        let angle = first + (col as f32 + 0.5 + shift) * column;
        let radius = shelf_inner + (row as f32 + 0.5) * cell[1];
        if let Some(p) = positions.get_mut(node as usize + 1) {
            *p = [radius * angle.cos(), radius * angle.sin()];
        }
    }
    Patch {
        group: group as u32,
        ring,
        start,
        end: start + width,
        inner: shelf_inner,
        outer: shelf_inner + rows as f32 * cell[1],
        members: members.len() as u32,
    }
}

/// Where a ring is pushed out by its own size (many people outside, as after a LinkedIn
/// import), the rings inside it would leave an empty band: they are spread out to fill it,
/// every distance from the centre scaled, so that the people I met get room for their names.
fn spread_inner_rings(placement: &mut Placement, request: &LayoutRequest) {
    // Only the band below the outermost ring: spreading an inner ring up to a middle one
    // would empty the centre, where the closest people belong.
    let Some(k) = placement.rings.len().checked_sub(2) else {
        return;
    };
    let (Some(ring), Some(next)) = (placement.rings.get(k), placement.rings.get(k + 1)) else {
        return;
    };
    let target = next.inner - RING_GAP;
    if ring.outer <= 0.0 || target <= ring.outer {
        return;
    }
    let factor = target / ring.outer;
    let rings_inside: Vec<u8> = placement.rings.iter().take(k + 1).map(|r| r.ring).collect();
    for guide in placement.rings.iter_mut().take(k + 1) {
        guide.inner *= factor;
        guide.outer *= factor;
    }
    for patch in &mut placement.patches {
        if rings_inside.contains(&patch.ring) {
            patch.inner *= factor;
            patch.outer *= factor;
        }
    }
    for (node, p) in request
        .nodes
        .iter()
        .zip(placement.positions.iter_mut().skip(1))
    {
        if rings_inside.contains(&node.ring) {
            *p = [p[0] * factor, p[1] * factor];
        }
    }
}

/// One circle of patches within a ring.
struct Shelf {
    /// The patches on it (indices into the ring's shapes).
    patches: Vec<usize>,
    /// The radius of its first row's middle.
    row_radius: f32,
    /// Its depth, in rows.
    rows: usize,
}

/// The fewest shelves on which the patches (group, rows, columns) fit, from `inner` outwards:
/// a shelf may be larger than the space inside it allows, but not so large that the empty
/// annulus it leaves inside is more than [`HOLE_AT_MOST`] times its own area.
fn shelves_for(shapes: &[(usize, usize, usize)], cell: [f32; 2], inner: f32) -> Vec<Shelf> {
    let mut shelves = Vec::new();
    for count in 1..=MAX_SHELVES.min(shapes.len().max(1)) {
        shelves.clear();
        let mut at = inner;
        let mut fits = true;
        for s in 0..count {
            let patches: Vec<usize> = (s..shapes.len()).step_by(count).collect();
            let length: f32 = patches
                .iter()
                .filter_map(|k| shapes.get(*k))
                .map(|(_, _, cols)| *cols as f32 * cell[0] + PATCH_GAP)
                .sum();
            let rows = patches
                .iter()
                .filter_map(|k| shapes.get(*k))
                .map(|(_, rows, _)| *rows)
                .max()
                .unwrap_or(1);
            let least = at + cell[1] / 2.0;
            let row_radius = (length * RING_SLACK / TAU).max(least);
            let depth = rows as f32 * cell[1];
            let start = row_radius - cell[1] / 2.0;
            let hole = start * start - at * at;
            let area = (start + depth).powi(2) - start * start;
            if hole > HOLE_AT_MOST * area {
                fits = false;
            }
            shelves.push(Shelf {
                patches,
                row_radius,
                rows,
            });
            at = start + depth + SHELF_GAP;
        }
        if fits {
            break;
        }
    }
    shelves
}

fn pinned(node: &LayoutNode) -> Option<[f32; 2]> {
    node.pinned.map(|p| [p.x, p.y])
}

/// Where arcs of these `widths` start so that they follow each other around the circle in
/// order, without overlapping, each centred as near its `wanted` angle as they allow: the
/// least squares answer (pool-adjacent-violators), or packed edge to edge when they fill the
/// circle.
fn pack_around(wanted: &[f32], widths: &[f32]) -> Vec<f32> {
    let mut before = Vec::with_capacity(widths.len());
    let mut sum = 0.0;
    for w in widths {
        before.push(sum);
        sum += w;
    }
    // With s_i the widths before arc i, y_i = start_i - s_i must not decrease.
    let targets: Vec<f32> = wanted
        .iter()
        .zip(widths)
        .zip(&before)
        .map(|((c, w), s)| c - w / 2.0 - s)
        .collect();
    let mut blocks: Vec<(f32, usize)> = Vec::new();
    for t in &targets {
        blocks.push((*t, 1));
        while blocks.len() >= 2 {
            let n = blocks.len();
            let (Some(&(sum_b, nb)), Some(&(sum_a, na))) = (blocks.get(n - 1), blocks.get(n - 2))
            else {
                break;
            };
            if sum_a / na as f32 <= sum_b / nb as f32 {
                break;
            }
            blocks.truncate(n - 2);
            blocks.push((sum_a + sum_b, na + nb));
        }
    }
    let mut y = Vec::with_capacity(targets.len());
    for (sum_t, n) in blocks {
        y.extend(std::iter::repeat_n(sum_t / n as f32, n));
    }
    let mut starts: Vec<f32> = y.iter().zip(&before).map(|(y, s)| y + s).collect();
    if let (Some(first), Some(last), Some(w)) = (starts.first(), starts.last(), widths.last())
        && last + w - first > TAU
    {
        // Too much to leave gaps: edge to edge, as near their wishes as that allows.
        let offset = targets.iter().sum::<f32>() / targets.len().max(1) as f32;
        starts = before.iter().map(|s| offset + s).collect();
    }
    starts
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn arcs_keep_their_wishes_when_there_is_room() {
        let starts = pack_around(&[0.0, 2.0], &[0.5, 0.5]);
        assert!((starts[0] + 0.25).abs() < 1e-5);
        assert!((starts[1] - 1.75).abs() < 1e-5);
    }

    #[test]
    fn arcs_that_want_one_place_share_it_side_by_side() {
        let starts = pack_around(&[1.0, 1.0, 1.0], &[0.4, 0.4, 0.4]);
        assert!((starts[1] - starts[0] - 0.4).abs() < 1e-5);
        assert!((starts[2] - starts[1] - 0.4).abs() < 1e-5);
        // Centred as a whole on the wish.
        assert!((starts[1] + 0.2 - 1.0).abs() < 1e-5);
    }
}
