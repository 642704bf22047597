//! The server's log, on standard error: one line per request (method, route
//! template, status, duration) and one per event worth an operator's attention. As
//! text for a person (the default), or as one JSON object a line for a log
//! collector (`--log-format json`): `{"time", "level", "kind": "request"|"event", …}`.
//!
//! Architecture invariant: nothing personal is ever logged — no bodies, pseudonyms,
//! statements, tokens, join codes, or paths with ids in them; routes are logged as
//! their templates (`/api/sessions/{id}/live`).

use std::sync::OnceLock;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use serde_json::json;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain lines for a person.
    #[default]
    Text,
    /// One JSON object a line.
    Json,
}

static FORMAT: OnceLock<Format> = OnceLock::new();

/// Chooses the format, once, before the server starts; later calls change nothing.
pub fn set_format(format: Format) {
    let _first = FORMAT.set(format);
}

fn format() -> Format {
    FORMAT.get().copied().unwrap_or_default()
}

/// The time now in UTC, to the millisecond (RFC 3339).
fn now() -> String {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let seconds = i64::try_from(since.as_secs()).unwrap_or(i64::MAX);
    chrono::DateTime::from_timestamp(seconds, since.subsec_nanos())
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// Logs one finished request.
pub fn request(method: &Method, route: &str, status: StatusCode, took: Duration) {
    let ms = took.as_secs_f64() * 1000.0;
    match format() {
        Format::Text => eprintln!("{method} {route} {} {ms:.1}ms", status.as_u16()),
        Format::Json => eprintln!(
            "{}",
            json!({
                "time": now(),
                "level": if status.is_server_error() { "error" } else { "info" },
                "kind": "request",
                "method": method.as_str(),
                "route": route,
                "status": status.as_u16(),
                "ms": (ms * 10.0).round() / 10.0,
            })
        ),
    }
}

/// What kind of error this is, for the log, without any value it carries: the
/// variant names of its `Debug` form (`Session/UnknownParticipant`), never the ids,
/// names or words inside (the core's messages name statements, themes and people).
pub fn kind_of(error: &dyn std::fmt::Debug) -> String {
    let debug = format!("{error:?}");
    let mut kinds = Vec::new();
    let mut rest = debug.as_str();
    loop {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // An id's type (`ParticipantId(…)`) says nothing more about the error.
        if name.is_empty()
            || !name.starts_with(|c: char| c.is_ascii_uppercase())
            || name.ends_with("Id")
        {
            break;
        }
        rest = &rest[name.len()..];
        kinds.push(name);
        // Only a tuple variant's first field may be another variant.
        match rest.strip_prefix('(') {
            Some(inner) => rest = inner,
            None => break,
        }
    }
    if kinds.is_empty() {
        "an error".to_owned()
    } else {
        kinds.join("/")
    }
}

/// Logs something that happened outside a request (a failed save, startup).
pub fn event(message: &str) {
    match format() {
        Format::Text => eprintln!("cares-server: {message}"),
        Format::Json => eprintln!(
            "{}",
            json!({ "time": now(), "level": "info", "kind": "event", "message": message })
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cares_core::coproduction::SessionError;
    use cares_core::edits::EditError;
    use cares_core::ids::{ParticipantId, ThemeId};

    #[test]
    fn an_errors_kind_names_no_id_name_or_word_it_carries() {
        let person = ParticipantId::from_u128(0x1234_5678);
        let errors: [&dyn std::fmt::Debug; 3] = [
            &EditError::Session(SessionError::UnknownParticipant(person)),
            &EditError::Session(SessionError::ThemeNameTaken {
                name: "Ann's dementia".into(),
            }),
            &SessionError::NoVoteToWithdraw {
                participant: person,
                theme: ThemeId::from_u128(7),
            },
        ];
        let kinds: Vec<String> = errors.iter().map(|e| kind_of(*e)).collect();
        assert_eq!(
            kinds,
            [
                "Session/UnknownParticipant",
                "Session/ThemeNameTaken",
                "NoVoteToWithdraw"
            ]
        );
        for kind in &kinds {
            assert!(
                !kind.contains("12345678") && !kind.contains("Ann"),
                "{kind}"
            );
        }
        assert_eq!(kind_of(&"plain words"), "an error");
    }
}
