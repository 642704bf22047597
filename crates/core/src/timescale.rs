//! Placeholder for the timescale module.
