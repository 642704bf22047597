//! Placeholder for the table module.
