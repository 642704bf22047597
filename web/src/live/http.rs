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

/// Said when the server cannot be reached at all.
pub const UNREACHABLE: &str = "Could not reach the server. Check you are online and try again.";

/// Said when no session has the code typed.
pub const NO_SUCH_SESSION: &str =
    "No session has that code. Check the code on the board and try again.";

/// Said when the server asks facilitators to sign in before starting a session.
pub const SIGN_IN_NEEDED: &str = "This server asks facilitators to sign in before starting a session. Open /api/sign-in on this site to sign in with your council account, then try again. If that does not work, ask whoever runs the server.";

/// Said when the session of the code has finished.
pub const SESSION_FINISHED: &str = "This session has finished, so it cannot be joined any more.";

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
    #[serde(default)]
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
    let votes_per_person = u8::try_from(start.votes_per_person)
        .map_err(|_| "Votes each person gets must be a number from 1 to 255.".to_owned())?;
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
    let text = serde_json::to_string(&body).map_err(|_| UNREACHABLE.to_owned())?;
    let answer = post("/api/sessions", &text).await?;
    match answer.status {
        200 | 201 => serde_json::from_str::<Created>(&answer.text)
            .map_err(|_| "The server's answer could not be read. Try again.".to_owned()),
        401 => Err(SIGN_IN_NEEDED.to_owned()),
        422 => Err(sentence(&answer.error())),
        status => Err(common_error(status)),
    }
}

/// Joins a session with its code and the name the person goes by.
pub async fn join(code: &str, pseudonym: &str) -> Result<Joined, String> {
    let body = JoinRequest { code, pseudonym };
    let text = serde_json::to_string(&body).map_err(|_| UNREACHABLE.to_owned())?;
    let answer = post("/api/join", &text).await?;
    match answer.status {
        200 | 201 => serde_json::from_str::<Joined>(&answer.text)
            .map_err(|_| "The server's answer could not be read. Try again.".to_owned()),
        404 => Err(NO_SUCH_SESSION.to_owned()),
        409 => Err(SESSION_FINISHED.to_owned()),
        422 => Err(sentence(&answer.error())),
        status => Err(common_error(status)),
    }
}

/// Asks whether a code names a session that can still be joined, before the person
/// picks a name.
pub async fn check_code(code: &str) -> Result<(), String> {
    let text = serde_json::to_string(&CodeCheck { code }).map_err(|_| UNREACHABLE.to_owned())?;
    let answer = post("/api/join/check", &text).await?;
    match answer.status {
        200 => Ok(()),
        404 => Err(NO_SUCH_SESSION.to_owned()),
        409 => Err(SESSION_FINISHED.to_owned()),
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
        200 | 201 => serde_json::from_str::<Shared>(&answer.text)
            .map_err(|_| "The server's answer could not be read. Try again.".to_owned()),
        401 => Err(SIGN_IN_NEEDED.replace("starting a session", "sharing a plan")),
        409 => Err(
            "This plan is already shared through this server from another device. Ask whoever shared it for the link."
                .to_owned(),
        ),
        413 => Err("This plan is too large for the server to share. Download a copy and send the file instead.".to_owned()),
        422 => Err(sentence(&answer.error())),
        status => Err(common_error(status)),
    }
}

/// Reads a shared plan's whole document with the key from its link.
pub async fn fetch_document(id: DocumentId, key: &str) -> Result<String, String> {
    let answer = send("GET", &format!("/api/documents/{id}"), None, Some(key)).await?;
    match answer.status {
        200 => Ok(answer.text),
        401 | 403 | 404 => Err(
            "This link does not open a plan any more. It may have been stopped, or copied only in part. Ask for the link again."
                .to_owned(),
        ),
        status => Err(common_error(status)),
    }
}

/// Withdraws a shared plan's link: its key opens nothing any more.
pub async fn stop_sharing(id: DocumentId, key: &str) -> Result<(), String> {
    let answer = send("DELETE", &format!("/api/documents/{id}"), None, Some(key)).await?;
    match answer.status {
        200..=299 | 401 | 404 => Ok(()),
        405 => Err(
            "This server cannot stop a link yet. Ask whoever runs it to withdraw this plan's link."
                .to_owned(),
        ),
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
        429 => "Too many tries just now. Wait a minute, then try again.".to_owned(),
        400..=499 => "The server did not accept this. Reload the page and try again.".to_owned(),
        _ => "The server could not do this just now. Try again in a moment.".to_owned(),
    }
}

/// The server's words (lower case, no full stop) as a sentence.
pub fn sentence(words: &str) -> String {
    let words = words.trim().trim_end_matches(['.', ';']);
    if words.is_empty() {
        return "That was not accepted. Check what you typed and try again.".to_owned();
    }
    let mut chars = words.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

async fn post(url: &str, body: &str) -> Result<Answer, String> {
    send("POST", url, Some(body), None).await
}

/// Sends a request with an optional JSON body and an optional key (as a bearer token).
async fn send(
    method: &str,
    url: &str,
    body: Option<&str>,
    key: Option<&str>,
) -> Result<Answer, String> {
    let unreachable = |_| UNREACHABLE.to_owned();
    let window = web_sys::window().ok_or_else(|| UNREACHABLE.to_owned())?;
    let headers = web_sys::Headers::new().map_err(unreachable)?;
    if body.is_some() {
        headers
            .set("Content-Type", "application/json")
            .map_err(unreachable)?;
    }
    if let Some(key) = key {
        headers
            .set("Authorization", &format!("Bearer {}", key.trim()))
            .map_err(unreachable)?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_headers(&headers);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(unreachable)?;
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
