//! Pages: one per route, each composed of components. The routes are in `app.rs`.

pub mod about;
pub mod action_editor;
pub mod board;
pub mod help;
pub mod home;
pub mod join;
pub mod not_found;
pub mod overview;
pub mod pack_builder;
pub mod pack_print;
pub mod packs;
pub mod plan_actions;
pub mod plan_print;
pub mod plans;
pub mod programme;
pub mod session_room;
pub mod session_summary;
pub mod sessions;
pub mod share;
