//! The borough programme's pages, each a lazy route inside the plan frame
//! (`/plan/:doc/programme…`): the borough at a glance, the network, the empowerment
//! plan, progress markers, self-assessment with the position statement, and the
//! quarterly highlight report; and the two ways in from Home: trying the example
//! borough and starting a borough programme.

pub mod assessment;
pub mod borough;
pub mod empowerment;
pub mod example;
pub mod highlight;
pub mod network;
pub mod progress;
pub mod start;
