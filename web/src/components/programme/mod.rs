//! What the borough programme's pages show: the navigation between them, tables and charts of
//! the core's roll-ups, and the forms that change the network. The pages are in
//! `pages/programme`; every figure and finding comes from `cares_core::report`.

pub mod add_plans;
pub mod chart;
pub mod entry_form;
pub mod figures_table;
pub mod nav;
pub mod network_forms;
