//! The frame around an open plan (loading it, its nav, save status, backup nudge)
//! and the parts of the home, plans and share pages that deal with files, storage
//! and share links.

pub mod backup_nudge;
pub mod download_buttons;
pub mod file_choice;
pub mod focus;
pub mod merge_review;
pub mod new_plan_form;
pub mod open_plan_file;
pub mod open_shared_link;
pub mod plan_file_picker;
pub mod plan_frame;
pub mod plan_list;
pub mod plan_nav;
pub mod save_status;
pub mod share_link;
pub mod someone_elses_file;
pub mod storage_note;
