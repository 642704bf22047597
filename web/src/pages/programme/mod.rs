//! The borough programme's pages, each a lazy route inside the plan frame
//! (`/plan/:doc/programme…`), and the two ways in from Home: trying the example
//! borough and starting a borough programme. The markers, assessment and highlight
//! pages are declared beside these once they are merged.

pub mod borough;
pub mod empowerment;
pub mod example;
pub mod network;
pub mod start;
