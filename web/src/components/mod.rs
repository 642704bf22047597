//! Components: one for each thing a person sees, shared by the pages.

pub mod focus_area_list;
pub mod form;
pub mod frame;
pub mod live;
pub mod main_nav;
pub mod page_loading;
pub mod plan;
pub mod programme;
pub mod session;
pub mod sign_in;
pub mod site_header;
pub mod skip_link;
