//! The live connection of a session: `GET /api/sessions/{id}/live`, a WebSocket.
//!
//! The token comes in the `Sec-WebSocket-Protocol` header (`cares.v1, token.<token>`,
//! which is what a browser's `new WebSocket(url, ["cares.v1", "token." + t])` sends)
//! or in the first message, never in the address, so it is not written to any log.
//! The first message is `hello` with the highest clock the device has; the room
//! answers `welcome` and the edits the device is missing, then passes on every edit
//! it saves. See [`crate::protocol`] for the messages.
//!
//! Each token, address and session may hold only so many connections, and every
//! write to the socket has a time limit: a device that stops reading is closed
//! rather than left holding the server's memory.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::PathRejection;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cares_core::ids::{DocumentId, SessionId};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::AppState;
use crate::access::Holder;
use crate::api::authorize;
use crate::error::ApiError;
use crate::limits::{AddressKey, Slot, TokenBucket};
use crate::request::ClientAddress;
use crate::room::{self, Command, Inbox, Outbound, Since, Subscriber};
use crate::secrets::{Token, TokenHash};
use cares_protocol::{ClientMessage, SUBPROTOCOL, ServerMessage, TOKEN_PREFIX};

/// The read buffer of a live connection: a few messages.
const READ_BUFFER: usize = 8 * 1024;
/// How long a new connection has to say hello.
const HELLO_WAIT: Duration = Duration::from_secs(10);
/// How often the server pings a quiet connection.
const PING_EVERY: Duration = Duration::from_secs(30);
/// How long a connection may say nothing (not even a pong) before it is closed.
const SILENCE_LIMIT: Duration = Duration::from_secs(90);

/// The close reason for a device that does not read what it is sent: reconnect.
const TOO_SLOW: &str = "reconnect to catch up";

/// Close codes the server uses.
mod close {
    pub const GOING_AWAY: u16 = 1001;
    pub const POLICY: u16 = 1008;
    pub const TRY_AGAIN: u16 = 1013;
    pub use cares_protocol::close::{FORBIDDEN, UNAUTHORIZED};
}

/// The token among the offered subprotocols, if one was offered: `Some(None)` when
/// an entry looked like a token but was not one.
fn token_from_protocols(headers: &HeaderMap) -> Option<Option<Token>> {
    headers
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .find_map(|p| p.strip_prefix(TOKEN_PREFIX))
        .map(Token::parse)
}

/// `GET /api/sessions/{id}/live`
pub async fn live(
    State(app): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    match prepare(app, path, address, headers, upgrade).await {
        Ok(response) => response,
        Err(e) => e.into_response(),
    }
}

/// The slots a connection holds while it is open: one for its address, one for
/// its session and, once its token is known, one for its token.
struct Slots {
    _address: Slot<AddressKey>,
    _session: Slot<DocumentId>,
    token: Option<Slot<TokenHash>>,
}

fn too_many_connections(what: &str) -> ApiError {
    ApiError::slow_down(
        Duration::from_secs(30),
        format!("too many live connections {what}; close one and try again"),
    )
}

fn token_slot(app: &AppState, token: &Token) -> Result<Slot<TokenHash>, ApiError> {
    app.connections_per_token
        .admit(token.hash())
        .ok_or_else(|| too_many_connections("on this token"))
}

async fn prepare(
    app: Arc<AppState>,
    path: Result<Path<String>, PathRejection>,
    address: AddressKey,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let session = path
        .ok()
        .and_then(|Path(id)| uuid::Uuid::parse_str(&id).ok())
        .map(SessionId::from_uuid)
        .ok_or_else(|| ApiError::not_found("there is no such session"))?;
    let upgrade = upgrade.map_err(|_| {
        ApiError::new(
            StatusCode::UPGRADE_REQUIRED,
            "this address takes WebSocket connections only",
        )
    })?;
    let document = app
        .store
        .session_document(session)
        .await?
        .ok_or_else(|| ApiError::not_found("there is no such session"))?;
    app.connects_per_address.take(address).map_err(|wait| {
        ApiError::slow_down(
            wait,
            "too many live connections opened from here just now; please try again shortly",
        )
    })?;
    let (role, token) = match token_from_protocols(&headers) {
        None => (None, None),
        Some(None) => return Err(ApiError::unauthorized("the token offered is not a token")),
        Some(Some(token)) => {
            let role = session_role(&app, &token, document).await?;
            (Some(role), Some(token_slot(&app, &token)?))
        }
    };
    let slots = Slots {
        _address: app
            .connections_per_address
            .admit(address)
            .ok_or_else(|| too_many_connections("from this address"))?,
        _session: app
            .connections_per_session
            .admit(document)
            .ok_or_else(|| too_many_connections("on this session"))?,
        token,
    };
    let limits = Arc::clone(&app.limits);
    Ok(upgrade
        .protocols([SUBPROTOCOL])
        // The default (128 KiB) is zeroed before every read, which costs more than
        // everything else together when hundreds of phones are connected.
        .read_buffer_size(READ_BUFFER)
        .max_message_size(limits.socket_message_bytes)
        .max_frame_size(limits.socket_message_bytes)
        .on_upgrade(move |socket| connection(app, socket, document, role, slots)))
}

async fn session_role(
    app: &AppState,
    token: &Token,
    document: DocumentId,
) -> Result<Holder, ApiError> {
    let grant = authorize(app, token, document).await?;
    match grant.role {
        Holder::Editor => Err(ApiError::forbidden(
            "this token is for a shared plan, not a session",
        )),
        role => Ok(role),
    }
}

/// How long one write may take when no limits are at hand (before `hello`).
const SEND_WAIT: Duration = Duration::from_secs(10);

/// Writes one message, giving up after `within`: a device that does not read
/// must not hold the connection's task (and its pings) forever.
async fn send_within(socket: &mut WebSocket, message: Message, within: Duration) -> bool {
    matches!(
        tokio::time::timeout(within, socket.send(message)).await,
        Ok(Ok(()))
    )
}

async fn send_text(socket: &mut WebSocket, text: String) -> bool {
    send_within(socket, Message::Text(text.into()), SEND_WAIT).await
}

async fn close_with(socket: WebSocket, code: u16, reason: &'static str) {
    close_within(socket, code, reason, SEND_WAIT).await;
}

/// How long a closing connection waits for the device's own close frame.
const CLOSE_ANSWER_WAIT: Duration = Duration::from_secs(2);

async fn close_within(mut socket: WebSocket, code: u16, reason: &'static str, within: Duration) {
    let frame = CloseFrame {
        code,
        reason: Utf8Bytes::from_static(reason),
    };
    if send_within(&mut socket, Message::Close(Some(frame)), within).await {
        // The closing handshake: read on until the device answers with its own close
        // (or a short while passes). Dropping the socket with its messages unread
        // would reset the connection, and the device would see 1006, not the code
        // that says why it was closed.
        let _answered = tokio::time::timeout(CLOSE_ANSWER_WAIT, async {
            while let Some(Ok(message)) = socket.recv().await {
                if matches!(message, Message::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
}

fn error_text(message: impl Into<String>) -> String {
    ServerMessage::Error {
        error: message.into(),
    }
    .to_text()
}

/// Waits for `hello`; answers what went wrong otherwise.
async fn hello(socket: &mut WebSocket) -> Result<(Since, Option<String>), (u16, &'static str)> {
    let deadline = Instant::now() + HELLO_WAIT;
    loop {
        let message = tokio::time::timeout_at(deadline, socket.recv())
            .await
            .map_err(|_| (close::POLICY, "no hello"))?;
        match message {
            Some(Ok(Message::Text(text))) => {
                return match ClientMessage::read(&text) {
                    Ok(ClientMessage::Hello {
                        clock,
                        after,
                        token,
                    }) => {
                        let since = after.map_or(Since::Clock(clock), Since::Position);
                        Ok((since, token))
                    }
                    Ok(_) => {
                        send_text(socket, error_text("say hello first")).await;
                        Err((close::POLICY, "no hello"))
                    }
                    Err(e) => {
                        send_text(
                            socket,
                            error_text(format!("the message could not be read: {e}")),
                        )
                        .await;
                        Err((close::POLICY, "no hello"))
                    }
                };
            }
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
            _ => return Err((close::POLICY, "no hello")),
        }
    }
}

async fn connection(
    app: Arc<AppState>,
    mut socket: WebSocket,
    document: DocumentId,
    role: Option<Holder>,
    mut slots: Slots,
) {
    // A refused connection gives its places back before it says so, so a device that
    // is told "too many" or "no token" can open another at once within its caps.
    let (since, hello_token) = match hello(&mut socket).await {
        Ok(hello) => hello,
        Err((code, reason)) => {
            drop(slots);
            return close_with(socket, code, reason).await;
        }
    };
    let role = match (role, hello_token) {
        (Some(role), _) => role,
        (None, Some(text)) => {
            let found = match Token::parse(&text) {
                Some(token) => match session_role(&app, &token, document).await {
                    Ok(role) => token_slot(&app, &token).map(|slot| (role, slot)),
                    Err(e) => Err(e),
                },
                None => Err(ApiError::unauthorized("the token is not a token")),
            };
            match found {
                Ok((role, slot)) => {
                    slots.token = Some(slot);
                    role
                }
                Err(e) if e.status() == StatusCode::TOO_MANY_REQUESTS => {
                    drop(slots);
                    send_text(&mut socket, error_text(e.message())).await;
                    return close_with(socket, close::POLICY, "too many connections").await;
                }
                Err(e) => {
                    drop(slots);
                    send_text(&mut socket, error_text(e.message())).await;
                    let code = if e.status() == StatusCode::FORBIDDEN {
                        close::FORBIDDEN
                    } else {
                        close::UNAUTHORIZED
                    };
                    return close_with(socket, code, "not allowed").await;
                }
            }
        }
        (None, None) => {
            drop(slots);
            send_text(
                &mut socket,
                error_text("send your token, in hello or as a subprotocol"),
            )
            .await;
            return close_with(socket, close::UNAUTHORIZED, "no token").await;
        }
    };

    let id = room::next_conn_id();
    let (outbox, mut inbox) = room::outbox(app.limits.outbox_bytes);
    let connected = app
        .rooms
        .request(document, |reply| Command::Connect {
            conn: Subscriber::new(id, role, outbox.clone()),
            since,
            reply,
        })
        .await;
    drop(outbox);
    if connected.is_err() {
        return close_with(socket, close::TRY_AGAIN, "try again").await;
    }
    let room = app.rooms.handle(document);
    let ended = serve(&app, &mut socket, &room, &mut inbox, role, id).await;
    let _gone = room.send(Command::Disconnect { conn: id }).await;
    if let Some((code, reason)) = ended {
        close_within(socket, code, reason, app.limits.send_timeout).await;
    }
    drop(slots);
}

/// The connection's life after `welcome`. Returns how to close, if the server closes.
async fn serve(
    app: &AppState,
    socket: &mut WebSocket,
    room: &mpsc::Sender<Command>,
    inbox: &mut Inbox,
    role: Holder,
    id: room::ConnId,
) -> Option<(u16, &'static str)> {
    let spec = app.limits.socket_messages;
    let within = app.limits.send_timeout;
    let mut pace = TokenBucket::full(spec, Instant::now());
    let mut last_heard = Instant::now();
    let mut ping = tokio::time::interval_at(Instant::now() + PING_EVERY, PING_EVERY);
    let mut shutdown = app.shutdown.clone();
    loop {
        tokio::select! {
            received = socket.recv() => {
                last_heard = Instant::now();
                let text = match received {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Binary(_))) => {
                        let text = error_text("send text messages (JSON), not binary");
                        if !send_within(socket, Message::Text(text.into()), within).await {
                            return Some((close::TRY_AGAIN, TOO_SLOW));
                        }
                        continue;
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                    Some(Ok(Message::Close(_))) | None => return None,
                    Some(Err(_)) => return Some((close::POLICY, "message could not be read")),
                };
                if pace.take(spec, Instant::now()).is_err() {
                    return Some((close::POLICY, "too many messages"));
                }
                match ClientMessage::read(&text) {
                    Ok(ClientMessage::Edit { edit }) => {
                        let submit = Command::Submit { role, conn: Some(id), edits: vec![edit.into_owned()], reply: None };
                        if room.send(submit).await.is_err() {
                            return Some((close::TRY_AGAIN, "try again"));
                        }
                    }
                    Ok(ClientMessage::Hello { .. }) => {
                        let text = error_text("hello was already said on this connection");
                        if !send_within(socket, Message::Text(text.into()), within).await {
                            return Some((close::TRY_AGAIN, TOO_SLOW));
                        }
                    }
                    Err(e) => {
                        let text = error_text(format!("the message could not be read: {e}"));
                        if !send_within(socket, Message::Text(text.into()), within).await {
                            return Some((close::TRY_AGAIN, TOO_SLOW));
                        }
                    }
                }
            }
            outgoing = inbox.recv() => match outgoing {
                Some(Outbound::Text(text)) => {
                    if !send_within(socket, Message::Text(text), within).await {
                        return Some((close::TRY_AGAIN, TOO_SLOW));
                    }
                }
                Some(Outbound::Piece(text)) => {
                    if !send_within(socket, Message::Text(text), within).await {
                        return Some((close::TRY_AGAIN, TOO_SLOW));
                    }
                    if room.send(Command::More { conn: id }).await.is_err() {
                        return Some((close::TRY_AGAIN, "try again"));
                    }
                }
                Some(Outbound::Close(code, reason)) => return Some((code, reason)),
                // The room let go of this connection: it fell behind, or the room closed.
                None => return Some((close::TRY_AGAIN, "reconnect to catch up")),
            },
            _ = ping.tick() => {
                if last_heard.elapsed() > SILENCE_LIMIT {
                    return Some((close::POLICY, "no answer"));
                }
                if !send_within(socket, Message::Ping(Default::default()), within).await {
                    return Some((close::TRY_AGAIN, TOO_SLOW));
                }
            }
            _ = shutdown.changed() => return Some((close::GOING_AWAY, "the server is stopping")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_token_is_found_among_the_offered_subprotocols() -> Result<(), Box<dyn std::error::Error>>
    {
        let token = Token::generate()?;
        let mut headers = HeaderMap::new();
        headers.insert(
            header::SEC_WEBSOCKET_PROTOCOL,
            HeaderValue::from_str(&format!("cares.v1, token.{}", token.as_str()))?,
        );
        assert_eq!(token_from_protocols(&headers), Some(Some(token)));
        headers.insert(
            header::SEC_WEBSOCKET_PROTOCOL,
            HeaderValue::from_static("cares.v1"),
        );
        assert_eq!(token_from_protocols(&headers), None);
        headers.insert(
            header::SEC_WEBSOCKET_PROTOCOL,
            HeaderValue::from_static("cares.v1, token.nope"),
        );
        assert_eq!(token_from_protocols(&headers), Some(None));
        Ok(())
    }
}
