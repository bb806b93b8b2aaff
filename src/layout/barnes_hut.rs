//! A Barnes–Hut quadtree: the repulsion between n nodes in O(n log n) instead of O(n²).
//! Far-away groups of nodes act as one body at their centre of mass when they look small
//! enough from where the force is measured (size / distance < θ).

/// Points per leaf: small leaves are summed exactly, which is faster than splitting further.
const LEAF_CAPACITY: usize = 16;
/// From this many points, the tree is built on several threads.
const PARALLEL_BUILD_FROM: usize = 4096;
/// Deeper than this, points are treated as one leaf (they practically coincide).
const MAX_DEPTH: u32 = 24;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Cell {
    /// Centre of mass.
    center: [f32; 2],
    /// Number of points.
    mass: f32,
    /// Side length of the square this cell covers.
    size: f32,
    /// The square's top-left corner.
    corner: [f32; 2],
    /// Child cells (0 means none: the root is never a child); empty for a leaf.
    children: [u32; 4],
    /// The range of `order` holding this leaf's points.
    start: u32,
    len: u32,
    leaf: bool,
}

/// A quadtree over a set of points, rebuilt for every simulation step.
#[derive(Clone, Debug, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
    order: Vec<u32>,
    /// The points in `order`, so that a leaf's points sit side by side in memory.
    sorted: Vec<[f32; 2]>,
}

impl QuadTree {
    /// Builds the tree over `points`.
    pub fn build(points: &[[f32; 2]]) -> Self {
        Self::build_on(points, 1)
    }

    /// Builds the tree over `points`, the root's four quadrants on their own threads when
    /// `threads` > 1 and there are enough points. The tree is the same whatever the thread
    /// count: the quadrants' cells are joined in the order a single thread makes them.
    pub fn build_on(points: &[[f32; 2]], threads: usize) -> Self {
        let mut tree = Self {
            cells: Vec::with_capacity(points.len() / 2 + 1),
            order: (0..points.len()).map(|i| i as u32).collect(),
            sorted: Vec::new(),
        };
        if points.is_empty() {
            return tree;
        }
        let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in points {
            for axis in 0..2 {
                min[axis] = min[axis].min(p[axis]);
                max[axis] = max[axis].max(p[axis]);
            }
        }
        let size = (max[0] - min[0]).max(max[1] - min[1]).max(1e-3) * 1.0001;
        let mut order = std::mem::take(&mut tree.order);
        if threads > 1 && points.len() >= PARALLEL_BUILD_FROM {
            tree.build_root_in_parallel(points, &mut order, min, size);
        } else {
            tree.build_cell(points, &mut order, 0, min, size, 0);
        }
        tree.sorted = order.iter().map(|&i| points[i as usize]).collect();
        tree.order = order;
        tree
    }

    /// The root cell as `build_cell` makes it, with each quadrant's subtree built on its own
    /// thread and appended in quadrant order.
    fn build_root_in_parallel(
        &mut self,
        points: &[[f32; 2]],
        order: &mut [u32],
        corner: [f32; 2],
        size: f32,
    ) {
        let (center, mass) = center_of_mass(points, order);
        self.cells.push(Cell {
            center,
            mass,
            size,
            corner,
            children: [0; 4],
            start: 0,
            len: order.len() as u32,
            leaf: false,
        });
        let half = size / 2.0;
        let quadrants = split_in_quadrants(points, order, 0, corner, half);
        let built: Vec<std::thread::Result<Vec<Cell>>> = std::thread::scope(|scope| {
            let handles: Vec<_> = quadrants
                .into_iter()
                .map(|(slice, start, corner)| {
                    scope.spawn(move || {
                        let mut subtree = Self::default();
                        if !slice.is_empty() {
                            subtree.build_cell(points, slice, start, corner, half, 1);
                        }
                        subtree.cells
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join()).collect()
        });
        let mut children = [0u32; 4];
        for (slot, subtree) in built.into_iter().enumerate() {
            // A quadrant's thread cannot fail short of a bug; if one did, build on this thread.
            let Ok(cells) = subtree else {
                self.cells.clear();
                self.build_cell(points, order, 0, corner, size, 0);
                return;
            };
            if cells.is_empty() {
                continue;
            }
            let offset = self.cells.len() as u32;
            if let Some(child) = children.get_mut(slot) {
                *child = offset;
            }
            self.cells.extend(cells.into_iter().map(|mut cell| {
                for child in &mut cell.children {
                    if *child != 0 {
                        *child += offset;
                    }
                }
                cell
            }));
        }
        if let Some(root) = self.cells.first_mut() {
            root.children = children;
        }
    }

    fn build_cell(
        &mut self,
        points: &[[f32; 2]],
        order: &mut [u32],
        start: usize,
        corner: [f32; 2],
        size: f32,
        depth: u32,
    ) -> u32 {
        let index = self.cells.len() as u32;
        let (center, mass) = center_of_mass(points, order);
        let leaf = order.len() <= LEAF_CAPACITY || depth >= MAX_DEPTH;
        self.cells.push(Cell {
            center,
            mass,
            size,
            corner,
            children: [0; 4],
            start: start as u32,
            len: order.len() as u32,
            leaf,
        });
        if leaf {
            return index;
        }
        let half = size / 2.0;
        let quadrants = split_in_quadrants(points, order, start, corner, half);
        let mut children = [0u32; 4];
        for (slot, (slice, slice_start, slice_corner)) in quadrants.into_iter().enumerate() {
            if !slice.is_empty() {
                children[slot] =
                    self.build_cell(points, slice, slice_start, slice_corner, half, depth + 1);
            }
        }
        if let Some(cell) = self.cells.get_mut(index as usize) {
            cell.children = children;
        }
        index
    }

    /// The sum over all other points j of (pⱼ − pᵢ) / |pⱼ − pᵢ|², approximated with opening
    /// angle `theta`: the direction and inverse-distance weight of the repulsion on point `i`
    /// (the caller scales it by the charge). Distances below `min_distance` are clamped.
    pub fn inverse_square_sum(
        &self,
        points: &[[f32; 2]],
        i: usize,
        theta: f32,
        min_distance: f32,
        stack: &mut Vec<u32>,
    ) -> [f32; 2] {
        let Some(&p) = points.get(i) else {
            return [0.0; 2];
        };
        if self.cells.is_empty() {
            return [0.0; 2];
        }
        let theta2 = theta * theta;
        let min2 = min_distance * min_distance;
        let mut force = [0.0f32; 2];
        stack.clear();
        stack.push(0);
        while let Some(index) = stack.pop() {
            let Some(cell) = self.cells.get(index as usize) else {
                continue;
            };
            let dx = cell.center[0] - p[0];
            let dy = cell.center[1] - p[1];
            let l2 = dx * dx + dy * dy;
            // A cell far enough acts as one body, leaf or not, unless it holds the point.
            let outside = p[0] < cell.corner[0]
                || p[1] < cell.corner[1]
                || p[0] >= cell.corner[0] + cell.size
                || p[1] >= cell.corner[1] + cell.size;
            if outside && cell.size * cell.size < theta2 * l2 {
                let w = cell.mass / l2.max(min2);
                force[0] += dx * w;
                force[1] += dy * w;
            } else if cell.leaf {
                let range = cell.start as usize..(cell.start + cell.len) as usize;
                let (Some(ids), Some(qs)) = (self.order.get(range.clone()), self.sorted.get(range))
                else {
                    continue;
                };
                for (&j, q) in ids.iter().zip(qs) {
                    let j = j as usize;
                    if j == i {
                        continue;
                    }
                    let (mut dx, mut dy) = (q[0] - p[0], q[1] - p[1]);
                    if dx == 0.0 && dy == 0.0 {
                        // Coincident points: push apart in a direction that depends only on
                        // the pair, so the result stays deterministic.
                        (dx, dy) = jiggle(i, j);
                    }
                    let w = 1.0 / (dx * dx + dy * dy).max(min2);
                    force[0] += dx * w;
                    force[1] += dy * w;
                }
            } else {
                stack.extend(cell.children.iter().copied().filter(|&c| c != 0));
            }
        }
        force
    }
}

impl QuadTree {
    /// The repulsion sums of every point at once (as [`QuadTree::inverse_square_sum`]),
    /// walking the tree once per leaf instead of once per point: a cell far from a whole leaf
    /// acts on all its points together. The criterion measures from the leaf's bounding box,
    /// so it is never looser than the per-point one. Leaves are shared among `threads`; each
    /// point's sum is the same whatever the split, so the result is deterministic.
    pub fn repulsion_all(&self, theta: f32, min_distance: f32, threads: usize) -> Vec<[f32; 2]> {
        let n = self.sorted.len();
        let mut sorted_forces = vec![[0.0f32; 2]; n];
        let leaves: Vec<u32> = (0..self.cells.len() as u32)
            .filter(|&c| self.cells.get(c as usize).is_some_and(|cell| cell.leaf))
            .collect();
        let threads = threads.max(1).min(leaves.len().max(1));
        if threads == 1 {
            self.leaves_repulsion(&leaves, theta, min_distance, &mut sorted_forces, 0);
        } else {
            // Split the leaves into runs of about n / threads points; their points are
            // contiguous in tree order, so each run owns a contiguous slice of the output.
            let target = n.div_ceil(threads);
            let mut runs: Vec<(&[u32], usize, usize)> = Vec::new();
            let (mut first, mut start, mut count) = (0usize, 0usize, 0usize);
            for (k, &leaf) in leaves.iter().enumerate() {
                count += self.cells.get(leaf as usize).map_or(0, |c| c.len as usize);
                if count >= target || k + 1 == leaves.len() {
                    runs.push((leaves.get(first..=k).unwrap_or(&[]), start, count));
                    first = k + 1;
                    start += count;
                    count = 0;
                }
            }
            std::thread::scope(|scope| {
                let mut rest: &mut [[f32; 2]] = &mut sorted_forces;
                for (run, start, len) in runs {
                    let take = len.min(rest.len());
                    let (mine, others) = std::mem::take(&mut rest).split_at_mut(take);
                    rest = others;
                    scope.spawn(move || {
                        self.leaves_repulsion(run, theta, min_distance, mine, start)
                    });
                }
            });
        }
        let mut forces = vec![[0.0f32; 2]; n];
        for (&i, f) in self.order.iter().zip(sorted_forces) {
            if let Some(slot) = forces.get_mut(i as usize) {
                *slot = f;
            }
        }
        forces
    }

    /// Sums for the points of `leaves` into `out`, which starts at tree-order index `offset`.
    fn leaves_repulsion(
        &self,
        leaves: &[u32],
        theta: f32,
        min_distance: f32,
        out: &mut [[f32; 2]],
        offset: usize,
    ) {
        let theta2 = theta * theta;
        let min2 = min_distance * min_distance;
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        for &leaf_index in leaves {
            let Some(leaf) = self.cells.get(leaf_index as usize) else {
                continue;
            };
            let range = leaf.start as usize..(leaf.start + leaf.len) as usize;
            let (Some(ps), Some(ids)) = (
                self.sorted.get(range.clone()),
                self.order.get(range.clone()),
            ) else {
                continue;
            };
            let Some(fs) = out.get_mut(range.start - offset..range.end - offset) else {
                continue;
            };
            let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
            for p in ps {
                lo = [lo[0].min(p[0]), lo[1].min(p[1])];
                hi = [hi[0].max(p[0]), hi[1].max(p[1])];
            }
            stack.clear();
            stack.push(0);
            while let Some(index) = stack.pop() {
                let Some(cell) = self.cells.get(index as usize) else {
                    continue;
                };
                if index == leaf_index {
                    // Points of the same leaf: exact, skipping each point itself.
                    for (a, (pa, fa)) in ps.iter().zip(fs.iter_mut()).enumerate() {
                        for (b, pb) in ps.iter().enumerate() {
                            if a == b {
                                continue;
                            }
                            let (mut dx, mut dy) = (pb[0] - pa[0], pb[1] - pa[1]);
                            if dx == 0.0 && dy == 0.0 {
                                let (ia, ib) = (
                                    ids.get(a).copied().unwrap_or(0),
                                    ids.get(b).copied().unwrap_or(0),
                                );
                                (dx, dy) = jiggle(ia as usize, ib as usize);
                            }
                            let w = 1.0 / (dx * dx + dy * dy).max(min2);
                            fa[0] += dx * w;
                            fa[1] += dy * w;
                        }
                    }
                    continue;
                }
                // Distance from the cell's centre of mass to the leaf's bounding box.
                let ex = (lo[0] - cell.center[0])
                    .max(cell.center[0] - hi[0])
                    .max(0.0);
                let ey = (lo[1] - cell.center[1])
                    .max(cell.center[1] - hi[1])
                    .max(0.0);
                let gap2 = ex * ex + ey * ey;
                let separate = cell.size * cell.size < theta2 * gap2;
                if separate {
                    for (p, f) in ps.iter().zip(fs.iter_mut()) {
                        let (dx, dy) = (cell.center[0] - p[0], cell.center[1] - p[1]);
                        let w = cell.mass / (dx * dx + dy * dy).max(min2);
                        f[0] += dx * w;
                        f[1] += dy * w;
                    }
                } else if cell.leaf {
                    let other = cell.start as usize..(cell.start + cell.len) as usize;
                    let Some(qs) = self.sorted.get(other) else {
                        continue;
                    };
                    for (p, f) in ps.iter().zip(fs.iter_mut()) {
                        for q in qs {
                            let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
                            let w = 1.0 / (dx * dx + dy * dy).max(min2);
                            f[0] += dx * w;
                            f[1] += dy * w;
                        }
                    }
                } else {
                    stack.extend(cell.children.iter().copied().filter(|&c| c != 0));
                }
            }
        }
    }
}

/// Moves the items matching `pred` to the front; returns how many there are.
/// The centre of mass of some points (all of weight 1) and their number.
fn center_of_mass(points: &[[f32; 2]], order: &[u32]) -> ([f32; 2], f32) {
    let mut sum = [0.0f32; 2];
    for &i in order {
        let p = points[i as usize];
        sum[0] += p[0];
        sum[1] += p[1];
    }
    let mass = order.len() as f32;
    ([sum[0] / mass, sum[1] / mass], mass)
}

/// A cell's points split into its four quadrants (top-left, top-right, bottom-left,
/// bottom-right): each quadrant's slice of `order`, where it starts, and its corner.
type Quadrant<'a> = (&'a mut [u32], usize, [f32; 2]);

fn split_in_quadrants<'a>(
    points: &[[f32; 2]],
    order: &'a mut [u32],
    start: usize,
    corner: [f32; 2],
    half: f32,
) -> [Quadrant<'a>; 4] {
    let mid = [corner[0] + half, corner[1] + half];
    // Split by y, then each half by x.
    let top = partition(order, |i| points[i as usize][1] < mid[1]);
    let (upper, lower) = order.split_at_mut(top);
    let upper_left = partition(upper, |i| points[i as usize][0] < mid[0]);
    let lower_left = partition(lower, |i| points[i as usize][0] < mid[0]);
    let (ul, ur) = upper.split_at_mut(upper_left);
    let (ll, lr) = lower.split_at_mut(lower_left);
    [
        (ul, start, [corner[0], corner[1]]),
        (ur, start + upper_left, [mid[0], corner[1]]),
        (ll, start + top, [corner[0], mid[1]]),
        (lr, start + top + lower_left, [mid[0], mid[1]]),
    ]
}

fn partition(slice: &mut [u32], pred: impl Fn(u32) -> bool) -> usize {
    let mut first_false = 0;
    for k in 0..slice.len() {
        if pred(slice[k]) {
            slice.swap(first_false, k);
            first_false += 1;
        }
    }
    first_false
}

fn jiggle(i: usize, j: usize) -> (f32, f32) {
    let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (j as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    let angle = (h % 6283) as f32 / 1000.0;
    let sign = if i < j { 1.0 } else { -1.0 };
    (sign * angle.cos() * 1e-3, sign * angle.sin() * 1e-3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(points: &[[f32; 2]], i: usize, min: f32) -> [f32; 2] {
        let mut f = [0.0; 2];
        for (j, q) in points.iter().enumerate() {
            if j == i {
                continue;
            }
            let (dx, dy) = (q[0] - points[i][0], q[1] - points[i][1]);
            let w = 1.0 / (dx * dx + dy * dy).max(min * min);
            f[0] += dx * w;
            f[1] += dy * w;
        }
        f
    }

    fn random_points(n: usize) -> Vec<[f32; 2]> {
        let mut state = 42u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as f32 / (1u64 << 31) as f32) * 1000.0
        };
        (0..n).map(|_| [next(), next()]).collect()
    }

    /// The approximation's error, relative to the exact force, averaged over all points.
    fn mean_relative_error(points: &[[f32; 2]], theta: f32) -> f32 {
        let tree = QuadTree::build(points);
        let mut stack = Vec::new();
        let mut total = 0.0;
        for i in 0..points.len() {
            let a = tree.inverse_square_sum(points, i, theta, 1.0, &mut stack);
            let e = exact(points, i, 1.0);
            let err = ((a[0] - e[0]).powi(2) + (a[1] - e[1]).powi(2)).sqrt();
            let norm = (e[0].powi(2) + e[1].powi(2)).sqrt().max(1e-9);
            total += err / norm;
        }
        total / points.len() as f32
    }

    #[test]
    fn theta_zero_is_exact() {
        let points = random_points(300);
        assert!(mean_relative_error(&points, 0.0) < 1e-4);
    }

    #[test]
    fn forces_stay_close_to_exact_forces() {
        let points = random_points(2000);
        let at_half = mean_relative_error(&points, 0.5);
        let at_default = mean_relative_error(&points, 0.9);
        assert!(at_half < 0.01, "θ = 0.5: mean relative error {at_half}");
        assert!(
            at_default < 0.05,
            "θ = 0.9: mean relative error {at_default}"
        );
    }

    #[test]
    fn grouped_forces_stay_close_to_exact_forces_on_any_number_of_threads() {
        let points = random_points(2000);
        let tree = QuadTree::build(&points);
        let one = tree.repulsion_all(0.9, 1.0, 1);
        assert_eq!(
            one,
            tree.repulsion_all(0.9, 1.0, 2),
            "threads do not change the sums"
        );
        let mut total = 0.0;
        for (i, a) in one.iter().enumerate() {
            let e = exact(&points, i, 1.0);
            let err = ((a[0] - e[0]).powi(2) + (a[1] - e[1]).powi(2)).sqrt();
            total += err / (e[0].powi(2) + e[1].powi(2)).sqrt().max(1e-9);
        }
        let mean = total / points.len() as f32;
        assert!(mean < 0.05, "θ = 0.9, grouped: mean relative error {mean}");
    }

    #[test]
    fn a_tree_built_on_threads_is_the_tree_built_on_one() {
        let points = random_points(10_000);
        let one = QuadTree::build_on(&points, 1);
        let two = QuadTree::build_on(&points, 2);
        assert!(one.cells.len() > 100);
        assert_eq!(one.cells, two.cells);
        assert_eq!(one.order, two.order);
    }

    #[test]
    fn coincident_points_do_not_break_the_tree() {
        let points = vec![[5.0, 5.0]; 100];
        let tree = QuadTree::build(&points);
        let mut stack = Vec::new();
        let f = tree.inverse_square_sum(&points, 3, 0.9, 1.0, &mut stack);
        assert!(f[0].is_finite() && f[1].is_finite());
    }
}
