//! The parts of the plan screens: the action form, SMART hints, the RAG picker,
//! history, milestones, pack parts and the print header. (The list of actions, with
//! its cards and filters, is `crate::action_list`.)
//!
//! Each component draws one thing a person sees; the rules behind what it shows
//! (the audit, the roll-up, what a pack lacks) come from `cares_core`.

pub mod action_draft;
pub mod confirm_remove;
pub mod history_list;
pub mod milestone_list;
pub mod pack_draft;
pub mod pack_hints;
pub mod pack_parts;
pub mod pack_steps;
pub mod plan_context;
pub mod print_pages;
pub mod rag_picker;
pub mod rating_form;
pub mod remove_action;
pub mod smart_hints;
pub mod status_badge;
