//! Components of live sessions: the projector board. (The phone's steps — join,
//! consent, taking part — are drawn without Leptos, in `crate::phone`.)

pub mod board_view;
