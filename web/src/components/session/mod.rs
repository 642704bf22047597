//! The parts of the facilitator's session screens: the phase steps and timer, one
//! part for each phase, the count of people in the room, the live session's join
//! panel, where an action drafted from a session came from, and what is said when a
//! session cannot be found.
//!
//! Each takes a `SessionHandle`, so the same screens run a one-device session and a
//! live one; what a step may do is decided by the core's `Session`.

pub mod group_phase;
pub mod headcount;
pub mod live_panel;
pub mod phase_steps;
pub mod phase_timer;
pub mod plan_phase;
pub mod prioritise_phase;
pub mod provenance;
pub mod share_phase;
pub mod statement_list;
