//! Placeholder for the assessment module.
