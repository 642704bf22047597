//! `cares`: the command line over cares-core. Placeholder.
fn main() {}
