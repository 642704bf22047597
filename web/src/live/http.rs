//! The HTTP calls a live session needs: starting one (`POST /api/sessions`), checking
//! a join code (`POST /api/join/check`) and joining with it (`POST /api/join`); and
//! those of a plan shared through the server with a link: sharing it (`POST
//! /api/documents`), reading it with the link's key (`GET /api/documents/{id}`) and
//! withdrawing the link (`DELETE /api/documents/{id}`). Errors come back as plain
//! sentences for a carer, never as status codes.

use cares_core::ids::{DocumentId, ParticipantId, SessionId};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::LiveStart;
use crate::i18n::t;

/// Said when the server cannot be reached at all.
pub fn unreachable() -> String {
    t!("server-unreachable")
}

/// Said when no session has the code typed.
pub fn no_such_session() -> String {
    t!("server-no-such-session")
}

/// Said when the server asks facilitators to sign in before starting a session
/// (the page then shows the ways to sign in, `components::sign_in`).
pub fn sign_in_needed() -> String {
    t!("server-sign-in-needed")
}

/// Said when the facilitator key kept on this device was sent and refused (it was
/// withdrawn, or never made by this server); the page shows the ways to sign in.
pub fn key_refused() -> String {
    t!("sign-in-key-refused")
}

/// True when `reason` asks the person to sign in or give a facilitator key.
pub fn asks_sign_in(reason: &str) -> bool {
    reason == sign_in_needed() || reason == key_refused()
}

/// Said when the session of the code has finished.
pub fn session_finished() -> String {
    t!("server-session-finished")
}

/// Said when the server's answer is not what this app expects.
fn unreadable() -> String {
    t!("server-unreadable")
}

/// What the server answers when a session is created.
#[derive(Debug, Clone, Deserialize)]
pub struct Created {
    /// The session.
    pub session: SessionId,
    /// The code people join with.
    pub code: String,
    /// The facilitator's secret.
    pub facilitator_token: String,
    /// The board's secret.
    pub board_token: String,
    /// The day the server will delete the session unless it is used again.
    #[serde(
        default,
        deserialize_with = "cares_core::calendar::iso_day::read_optional"
    )]
    pub deleted_on: Option<chrono::NaiveDate>,
}

/// What the server answers when someone joins.
#[derive(Debug, Clone, Deserialize)]
pub struct Joined {
    /// The session.
    pub session: SessionId,
    /// Their id in the session.
    pub participant: ParticipantId,
    /// Their secret.
    pub token: String,
}

#[derive(Serialize)]
struct NewSession<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    locality: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus_area: Option<u8>,
    date: String,
    votes_per_person: u8,
}

#[derive(Serialize)]
struct CodeCheck<'a> {
    code: &'a str,
}

#[derive(Serialize)]
struct JoinRequest<'a> {
    code: &'a str,
    pseudonym: &'a str,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

/// Creates a session on the server.
pub async fn create_session(start: &LiveStart) -> Result<Created, String> {
    let votes_per_person =
        u8::try_from(start.votes_per_person).map_err(|_| t!("session-votes-range"))?;
    let body = NewSession {
        title: start.title.trim(),
        locality: start
            .locality
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty()),
        focus_area: start.focus_area.map(|n| n.get()),
        date: start.date.to_string(),
        votes_per_person,
    };
    let text = serde_json::to_string(&body).map_err(|_| unreachable())?;
    let answer = post("/api/sessions", &text).await?;
    match answer.status {
        200 | 201 => serde_json::from_str::<Created>(&answer.text).map_err(|_| unreadable()),
        401 if super::facilitator_key::stored().is_some() => Err(key_refused()),
        401 => Err(sign_in_needed()),
        422 => Err(sentence(&answer.error())),
        status => Err(common_error(status)),
    }
}

/// Why the server did not let a person join, in a sentence, by what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinRefused {
    /// The code: no such session, or it has finished.
    Code(String),
    /// The name the person chose.
    Name(String),
    /// Anything else (no connection, the server busy).
    Other(String),
}

/// Joins a session with its code and the name the person goes by.
pub async fn join(code: &str, pseudonym: &str) -> Result<Joined, JoinRefused> {
    let body = JoinRequest { code, pseudonym };
    let text = serde_json::to_string(&body).map_err(|_| JoinRefused::Other(unreachable()))?;
    let answer = post("/api/join", &text).await.map_err(JoinRefused::Other)?;
    match answer.status {
        200 | 201 => serde_json::from_str::<Joined>(&answer.text)
            .map_err(|_| JoinRefused::Other(unreadable())),
        404 => Err(JoinRefused::Code(no_such_session())),
        409 => Err(JoinRefused::Code(session_finished())),
        // The code was checked a moment ago, and the name is all else the form sends.
        422 => Err(JoinRefused::Name(sentence(&answer.error()))),
        status => Err(JoinRefused::Other(common_error(status))),
    }
}

/// Asks whether a code names a session that can still be joined, before the person
/// picks a name.
pub async fn check_code(code: &str) -> Result<(), String> {
    let text = serde_json::to_string(&CodeCheck { code }).map_err(|_| unreachable())?;
    let answer = post("/api/join/check", &text).await?;
    match answer.status {
        200 => Ok(()),
        404 => Err(no_such_session()),
        409 => Err(session_finished()),
        status => Err(common_error(status)),
    }
}

/// What the server answers when a plan is shared.
#[derive(Debug, Clone, Deserialize)]
pub struct Shared {
    /// The key that opens it: the secret part of the link.
    pub token: String,
}

/// Shares a plan (its whole document, as JSON) through the server.
pub async fn share_document(json: &str) -> Result<Shared, String> {
    let answer = send("POST", "/api/documents", Some(json), None).await?;
    match answer.status {
        200 | 201 => serde_json::from_str::<Shared>(&answer.text).map_err(|_| unreadable()),
        401 => Err(t!("server-sign-in-needed-share")),
        409 => Err(t!("share-already-shared")),
        413 => Err(t!("share-too-large")),
        422 => Err(sentence(&answer.error())),
        status => Err(common_error(status)),
    }
}

/// Reads a shared plan's whole document with the key from its link.
pub async fn fetch_document(id: DocumentId, key: &str) -> Result<String, String> {
    let answer = send("GET", &format!("/api/documents/{id}"), None, Some(key)).await?;
    match answer.status {
        200 => Ok(answer.text),
        401 | 403 | 404 => Err(t!("share-link-dead")),
        status => Err(common_error(status)),
    }
}

/// Withdraws a shared plan's link: its key opens nothing any more.
pub async fn stop_sharing(id: DocumentId, key: &str) -> Result<(), String> {
    let answer = send("DELETE", &format!("/api/documents/{id}"), None, Some(key)).await?;
    match answer.status {
        200..=299 | 401 | 404 => Ok(()),
        405 => Err(t!("share-cannot-stop")),
        status => Err(common_error(status)),
    }
}

/// A status and body from the server.
struct Answer {
    status: u16,
    text: String,
}

impl Answer {
    fn error(&self) -> String {
        serde_json::from_str::<ErrorBody>(&self.text)
            .map(|body| body.error)
            .unwrap_or_default()
    }
}

fn common_error(status: u16) -> String {
    match status {
        429 => t!("server-too-many-tries"),
        400..=499 => t!("server-refused"),
        _ => t!("server-failed"),
    }
}

/// The server's words (lower case, no full stop) as a sentence.
pub fn sentence(words: &str) -> String {
    let words = words.trim().trim_end_matches(['.', ';']);
    if words.is_empty() {
        return t!("server-not-accepted");
    }
    // The server writes English: ASCII case is enough, and spares the phone Unicode's
    // upper-case table.
    let mut chars = words.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .collect();
    format!("{first}{}.", chars.as_str())
}

async fn post(url: &str, body: &str) -> Result<Answer, String> {
    send("POST", url, Some(body), None).await
}

/// Sends a request with an optional JSON body and an optional key (as a bearer
/// token); without one, the facilitator key kept on this device goes with it.
async fn send(
    method: &str,
    url: &str,
    body: Option<&str>,
    key: Option<&str>,
) -> Result<Answer, String> {
    let failed = |_| unreachable();
    let window = web_sys::window().ok_or_else(unreachable)?;
    let headers = web_sys::Headers::new().map_err(failed)?;
    if body.is_some() {
        headers
            .set("Content-Type", "application/json")
            .map_err(failed)?;
    }
    match key {
        Some(key) => headers
            .set("Authorization", &format!("Bearer {}", key.trim()))
            .map_err(failed)?,
        None => super::facilitator_key::authorize(&headers),
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_headers(&headers);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Answer { status, text })
}

#[cfg(test)]
mod tests {
    use super::sentence;

    #[test]
    fn the_servers_words_become_a_sentence() {
        assert_eq!(
            sentence("a pseudonym needs some letters"),
            "A pseudonym needs some letters."
        );
        assert_eq!(sentence("too long;"), "Too long.");
        assert!(sentence("  ").ends_with('.'));
    }
}
