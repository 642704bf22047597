//! # cares-core — the Borough That Cares domain
//!
//! Placeholder crate docs; written in full once the modules land.

#![warn(missing_docs)]

pub mod assessment;
pub mod audit;
pub mod coproduction;
pub mod document;
pub mod edits;
pub mod empowerment;
pub mod framework;
pub mod ids;
pub mod measures;
pub mod network;
pub mod packs;
pub mod plan;
pub mod roles;
pub mod table;
pub mod timescale;
