//! Components of live sessions: the phone's steps (join, consent, taking part) and
//! the projector board.

pub mod board_view;
pub mod consent;
pub mod join_form;
pub mod phone_phase;
pub mod phone_session;
