//! The map's layout: a request built from the network (pinned positions are inputs), a
//! deterministic force simulation stepped within a time budget, and positions the canvas reads.
//! Computed positions are view state: only pinned positions are saved in the project file.

mod barnes_hut;
mod request;
mod simulation;

pub use barnes_hut::QuadTree;
pub use request::{EdgeKind, LayoutEdge, LayoutRequest, ME_INDEX};
pub use simulation::{Simulation, SimulationSettings};
