//! The frame around an open plan (loading it, its nav, save status, backup nudge)
//! and the parts of the home and share pages that deal with files and storage.
pub mod plan_frame;
