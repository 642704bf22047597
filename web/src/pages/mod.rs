//! Pages: one per route, each composed of components. The routes are in `app.rs`.

pub mod about;
pub mod home;
pub mod not_found;
pub mod plans;
