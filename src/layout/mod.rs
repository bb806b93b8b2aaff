//! The map's layout: a request built from the network (each person's circle, closeness, group
//! and pin), and a placement computed from it in one pass: rings around the centre person,
//! a sector per group. Computed positions are view state: only pins are saved in the file.

mod focus;
mod request;
mod rings;

pub use focus::{FOCUS_STEPS_MAX, focus_request};
pub use request::{
    LayoutNode, LayoutRequest, ME_INDEX, MET_CELL, ONLINE_CELL, cell_of, closeness_by_contact,
};
pub use rings::{CENTRE_CLEARANCE, Patch, Placement, RING_GAP, RingGuide, place};
