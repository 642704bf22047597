//! The server's log, on standard error: one line per request (method, route
//! template, status, duration) and one per event worth an operator's attention.
//!
//! Architecture invariant: nothing personal is ever logged — no bodies, pseudonyms,
//! statements, tokens, join codes, or paths with ids in them; routes are logged as
//! their templates (`/api/sessions/{id}/live`).

use std::time::Duration;

use axum::http::{Method, StatusCode};

/// Logs one finished request.
pub fn request(method: &Method, route: &str, status: StatusCode, took: Duration) {
    eprintln!(
        "{method} {route} {} {:.1}ms",
        status.as_u16(),
        took.as_secs_f64() * 1000.0
    );
}

/// Logs something that happened outside a request (a failed save, startup).
pub fn event(message: &str) {
    eprintln!("cares-server: {message}");
}
