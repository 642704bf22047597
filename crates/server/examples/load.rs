//! The load script: one session with 500 simulated participants for 60 seconds, on
//! a server already running on this machine's loopback address.
//!
//! ```text
//! DATABASE_URL=sqlite:///tmp/cares-load.db cargo run --release -p cares-server -- --addr 127.0.0.1:8080 &
//! cargo run --release -p cares-server --example load -- --addr 127.0.0.1:8080
//! ```
//!
//! With `--servers N`, N servers on one PostgreSQL database listen on `--addr`'s
//! port and the N - 1 after it; each session's phones, boards and facilitator are
//! spread across them, so every session spans every server. With `--sessions M`,
//! the participants are shared among M sessions, each with its own facilitator and
//! boards (`--participants 2000 --sessions 20 --servers 2`).
//! Each participant joins with the code, then adds "I need…" statements at a
//! person's pace (one every few seconds on average, at random); halfway through,
//! the facilitator groups them into themes, opens voting and reveals the votes, and
//! the participants spend and move their dots. Three board connections watch. It
//! reports edits per second, the time from an edit being sent to every board having
//! it (p50, p99), and how many saved edits never reached every board (lost).
//! Boards are shown someone else's statement with nobody named and a device id
//! made for it, and their dots under a stand-in, so a board's edit is matched to
//! the one sent by what it is: its clock and the statement, or its clock, theme and
//! kind (dots alike are matched in the order they were sent).
//! A change the server could not save (another server saved at the same place
//! first) is sent again, as a phone does. Bounded: loopback only, at most 5,000
//! participants, 100 sessions, 8 servers and 300 seconds.

#![allow(clippy::print_stdout)]

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, ParticipantId, ReplicaId, SessionId, ThemeId};
use cares_protocol::{ClientMessage, Received, RefusalReason, SUBPROTOCOL, TOKEN_PREFIX};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

type Key = (ReplicaId, u64);
/// What an edit is, as every board sees it whoever made it: its clock and the
/// statement's id, or the theme and whether a dot was put on it or taken back.
type Seen = (u64, u128);
/// Saved edits that are alike on a board: when each was sent and acknowledged.
type SavedAlike = (Seen, Vec<(Instant, Instant)>);
type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<TcpStream>>;

const THEMES: u128 = 5;

struct Options {
    addr: SocketAddr,
    participants: usize,
    seconds: u64,
    boards: usize,
    pace: f64,
    servers: usize,
    sessions: usize,
}

impl Options {
    /// The address of server `n` (counting from 0): `--addr`'s port plus `n`.
    fn server(&self, n: usize) -> SocketAddr {
        let port = self.addr.port() + u16::try_from(n % self.servers).unwrap_or(0);
        SocketAddr::new(self.addr.ip(), port)
    }
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
        participants: 500,
        seconds: 60,
        boards: 3,
        pace: 5.0,
        servers: 1,
        sessions: 1,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        let bad = |_| format!("{flag}: cannot read {value}");
        match flag.as_str() {
            "--addr" => {
                o.addr = value
                    .parse()
                    .map_err(|_| format!("--addr: cannot read {value}"))?
            }
            "--participants" => o.participants = value.parse().map_err(bad)?,
            "--seconds" => {
                o.seconds = value
                    .parse()
                    .map_err(|_| format!("--seconds: cannot read {value}"))?
            }
            "--boards" => {
                o.boards = value
                    .parse()
                    .map_err(|_| format!("--boards: cannot read {value}"))?
            }
            "--pace" => {
                o.pace = value
                    .parse()
                    .map_err(|_| format!("--pace: cannot read {value}"))?
            }
            "--servers" => o.servers = value.parse().map_err(bad)?,
            "--sessions" => o.sessions = value.parse().map_err(bad)?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if !o.addr.ip().is_loopback() {
        return Err("the load script only runs against a loopback address".into());
    }
    if o.participants == 0
        || o.participants > 5000
        || o.servers == 0
        || o.servers > 8
        || o.sessions == 0
        || o.sessions > 100
        || o.sessions > o.participants
        || o.seconds == 0
        || o.seconds > 300
        || o.boards == 0
        || o.boards > 10
        || o.pace < 0.5
    {
        return Err(
            "keep to 1-5000 participants, 1-100 sessions (no more than participants), 1-8 servers, 1-300 seconds, 1-10 boards, a pace of at least 0.5 s"
                .into(),
        );
    }
    Ok(o)
}

/// A server and the loopback address the simulated devices of one session speak
/// from (a room's Wi-Fi address: the server's limits per address apply to it).
#[derive(Debug, Clone, Copy)]
struct Endpoint {
    to: SocketAddr,
    from: IpAddr,
}

/// A TCP connection to the server from the session's own loopback address.
async fn dial(at: Endpoint) -> Result<TcpStream, String> {
    let socket = tokio::net::TcpSocket::new_v4().map_err(|e| e.to_string())?;
    socket
        .bind(SocketAddr::new(at.from, 0))
        .map_err(|e| format!("cannot speak from {}: {e}", at.from))?;
    socket.connect(at.to).await.map_err(|e| e.to_string())
}

/// One HTTP/1.1 POST of JSON, on its own connection.
async fn post(at: Endpoint, path: &str, body: &Value) -> Result<Value, String> {
    let addr = at.to;
    let body = body.to_string();
    let mut stream = dial(at).await?;
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut response = Vec::new();
    stream
        .read_to_end(&mut response)
        .await
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&response);
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no response")?;
    if !head.starts_with("HTTP/1.1 20") {
        return Err(format!("{path}: {head} {body}"));
    }
    serde_json::from_str(body).map_err(|e| e.to_string())
}

async fn connect(at: Endpoint, session: &str, token: &str) -> Result<Socket, String> {
    let addr = at.to;
    let mut request = format!("ws://{addr}/api/sessions/{session}/live")
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let protocols = HeaderValue::from_str(&format!("{SUBPROTOCOL}, {TOKEN_PREFIX}{token}"))
        .map_err(|e| e.to_string())?;
    request
        .headers_mut()
        .insert("Sec-WebSocket-Protocol", protocols);
    // A small read buffer: the default is zeroed before every read.
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(8 * 1024);
    let stream = dial(at).await?;
    let (mut socket, _) = tokio_tungstenite::client_async_with_config(
        request,
        tokio_tungstenite::MaybeTlsStream::Plain(stream),
        Some(config),
    )
    .await
    .map_err(|e| e.to_string())?;
    let hello = ClientMessage::hello_after(Some(0)).to_text();
    socket
        .send(Message::Text(hello.into()))
        .await
        .map_err(|e| e.to_string())?;
    Ok(socket)
}

/// The largest `"clock":N` in a message, without reading the rest of it.
fn max_clock(text: &str) -> u64 {
    text.match_indices("\"clock\":")
        .filter_map(|(at, found)| {
            let digits: String = text[at + found.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .max()
        .unwrap_or(0)
}

/// What every simulated device records.
#[derive(Default)]
struct Record {
    sent: Mutex<HashMap<Key, Instant>>,
    acked: Mutex<HashMap<Key, Instant>>,
    refused: Mutex<HashMap<String, usize>>,
    /// What each sent edit is, to find it on the boards.
    what: Mutex<HashMap<Key, Seen>>,
    /// When each board got each edit, by what it is (several alike, in order).
    boards: Vec<Mutex<HashMap<Seen, Vec<Instant>>>>,
    dropped: AtomicUsize,
    /// Edits refused `not-saved` and sent again.
    sent_again: AtomicUsize,
}

/// What `edit` is, as a board sees it.
fn seen(edit: &StampedEdit) -> Option<Seen> {
    let Edit::Session { step, .. } = &edit.edit else {
        return None;
    };
    let what = match step {
        SessionStep::AddContribution { contribution, .. } => contribution.as_uuid().as_u128(),
        SessionStep::Vote { theme, .. } => (1 << 127) | theme.as_uuid().as_u128(),
        SessionStep::Unvote { theme, .. } => (1 << 126) | theme.as_uuid().as_u128(),
        _ => return None,
    };
    Some((edit.clock, what))
}

fn xorshift(seed: &mut u64) -> f64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    (*seed >> 11) as f64 / (1u64 << 53) as f64
}

#[allow(clippy::too_many_arguments)]
async fn participant(
    index: usize,
    addr: Endpoint,
    session: String,
    sid: SessionId,
    token: String,
    me: ParticipantId,
    record: Arc<Record>,
    stop_at: Instant,
    pace: f64,
) -> Result<(), String> {
    let socket = connect(addr, &session, &token).await?;
    let (mut sink, mut stream) = socket.split();
    let clock = Arc::new(AtomicU64::new(0));
    let voting = Arc::new(AtomicBool::new(false));
    let grouping = Arc::new(AtomicBool::new(false));
    let ready = Arc::new(tokio::sync::Notify::new());
    // Edits the server could not save, to send again.
    let (again, mut resend) = tokio::sync::mpsc::unbounded_channel::<u64>();
    let reader = {
        let (clock, voting, grouping, ready, record) = (
            clock.clone(),
            voting.clone(),
            grouping.clone(),
            ready.clone(),
            record.clone(),
        );
        tokio::spawn(async move {
            while let Some(Ok(message)) = stream.next().await {
                let Message::Text(text) = message else {
                    continue;
                };
                let text = text.as_str();
                if text.starts_with(r#"{"type":"edits""#) {
                    clock.fetch_max(max_clock(text), Ordering::Relaxed);
                    if text.contains(r#""to":"group""#) {
                        grouping.store(true, Ordering::Relaxed);
                    }
                    if text.contains(r#""to":"prioritise""#) {
                        voting.store(true, Ordering::Relaxed);
                    }
                    continue;
                }
                match Received::read(text) {
                    Some(Received::CaughtUp { clock: now, .. }) => {
                        clock.fetch_max(now, Ordering::Relaxed);
                        ready.notify_one();
                    }
                    Some(Received::Ack { replica, seq, .. }) => {
                        let mut acked = record
                            .acked
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        acked.insert((replica, seq), Instant::now());
                    }
                    Some(Received::Refused {
                        reason: Some(RefusalReason::NotSaved),
                        seq,
                        ..
                    }) => {
                        record.sent_again.fetch_add(1, Ordering::Relaxed);
                        let _gone = again.send(seq);
                    }
                    Some(Received::Refused { reason, .. }) => {
                        let reason = reason.map_or("?", RefusalReason::key).to_owned();
                        let mut refused = record
                            .refused
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        *refused.entry(reason).or_default() += 1;
                    }
                    _ => {}
                }
            }
            if Instant::now() < stop_at {
                record.dropped.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    ready.notified().await;
    let replica =
        ReplicaId::from_uuid(cares_server::secrets::random_uuid().map_err(|e| e.to_string())?);
    let mut seed = 0x2545_f491_4f6c_dd1d ^ (index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let (mut seq, mut statements, mut votes) = (0u64, 0u128, Vec::<ThemeId>::new());
    let mut texts: HashMap<u64, String> = HashMap::new();
    loop {
        let wait = -pace * (1.0 - xorshift(&mut seed)).ln();
        let next = Instant::now() + Duration::from_secs_f64(wait.min(pace * 6.0));
        if next >= stop_at {
            break;
        }
        if !send_again_until(next, &mut resend, &texts, &mut sink).await {
            break;
        }
        if grouping.load(Ordering::Relaxed) && !voting.load(Ordering::Relaxed) {
            // While the facilitator groups, the phones wait.
            continue;
        }
        let step = if voting.load(Ordering::Relaxed) {
            if votes.len() < 3 {
                let theme = ThemeId::from_u128(1 + (seq as u128 + index as u128) % THEMES);
                votes.push(theme);
                SessionStep::Vote {
                    participant: me,
                    theme,
                }
            } else {
                SessionStep::Unvote {
                    participant: me,
                    theme: votes.remove(0),
                }
            }
        } else {
            statements += 1;
            SessionStep::AddContribution {
                contribution: ContributionId::from_u128(((index as u128) << 32) + statements),
                participant: Some(me),
                text: format!("I need to tell my story once ({index}/{statements})"),
            }
        };
        seq += 1;
        let stamp = clock.fetch_add(1, Ordering::Relaxed) + 1;
        let edit = StampedEdit {
            replica,
            seq,
            clock: stamp,
            edit: Edit::Session { session: sid, step },
        };
        let text = ClientMessage::edit(&edit).to_text();
        if let Some(what) = seen(&edit) {
            record
                .what
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert((replica, seq), what);
        }
        record
            .sent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert((replica, seq), Instant::now());
        texts.insert(seq, text.clone());
        if sink.send(Message::Text(text.into())).await.is_err() {
            break;
        }
    }
    // Give the last answers a moment (sending again what was not saved), then close.
    let _open = send_again_until(
        Instant::now() + Duration::from_secs(3),
        &mut resend,
        &texts,
        &mut sink,
    )
    .await;
    let _ = sink.close().await;
    reader.abort();
    Ok(())
}

/// Waits until `until`, meanwhile sending again each edit the server could not
/// save. False when the connection is gone.
async fn send_again_until(
    until: Instant,
    resend: &mut tokio::sync::mpsc::UnboundedReceiver<u64>,
    texts: &HashMap<u64, String>,
    sink: &mut futures_util::stream::SplitSink<Socket, Message>,
) -> bool {
    loop {
        tokio::select! {
            () = tokio::time::sleep_until(until.into()) => return true,
            Some(seq) = resend.recv() => {
                if let Some(text) = texts.get(&seq)
                    && sink.send(Message::Text(text.clone().into())).await.is_err()
                {
                    return false;
                }
            }
        }
    }
}

async fn board(
    addr: Endpoint,
    session: String,
    token: String,
    record: Arc<Record>,
    which: usize,
    stop: Arc<tokio::sync::Notify>,
) -> Result<(), String> {
    let mut socket = connect(addr, &session, &token).await?;
    loop {
        tokio::select! {
            message = socket.next() => {
                let Some(Ok(Message::Text(text))) = message else {
                    if message.is_none() { return Err("board connection closed".into()) }
                    continue;
                };
                let now = Instant::now();
                if let Some(Received::Edits { edits, .. }) = Received::read(text.as_str()) {
                    let mut arrivals = record.boards[which].lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                    for what in edits.iter().filter_map(seen) {
                        arrivals.entry(what).or_default().push(now);
                    }
                }
            }
            () = stop.notified() => return Ok(()),
        }
    }
}

async fn facilitate(
    addr: Endpoint,
    session: &str,
    sid: SessionId,
    token: &str,
) -> Result<(), String> {
    let mut socket = connect(addr, session, token).await?;
    let replica =
        ReplicaId::from_uuid(cares_server::secrets::random_uuid().map_err(|e| e.to_string())?);
    let mut clock = 0;
    let mut seq = 0;
    let mut steps = vec![SessionStep::Advance { to: Phase::Group }];
    for n in 1..=THEMES {
        steps.push(SessionStep::AddTheme {
            theme: ThemeId::from_u128(n),
            name: format!("Theme {n}"),
        });
    }
    steps.push(SessionStep::Advance {
        to: Phase::Prioritise,
    });
    steps.push(SessionStep::RevealVotes);
    let mut pending = None;
    let mut current: Option<SessionStep> = None;
    let mut retries = 0;
    let mut steps = steps.into_iter();
    loop {
        let text = match socket.next().await {
            Some(Ok(Message::Text(text))) => text,
            // Pings and pongs: the server checking the connection is alive.
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            Some(Ok(Message::Close(frame))) => {
                let why = frame.map_or_else(String::new, |f| format!(" ({} {})", f.code, f.reason));
                return Err(format!(
                    "the server closed the facilitator's connection{why}"
                ));
            }
            _ => return Err("the facilitator's connection was lost".into()),
        };
        let text = text.as_str();
        clock = clock.max(max_clock(text));
        let message = Received::read(text).ok_or_else(|| format!("unreadable: {text}"))?;
        let ours = message.answers().map(|(_, seq)| seq) == pending;
        let answered = matches!(message, Received::Ack { .. }) && ours;
        let again = ours
            && matches!(
                message,
                Received::Refused {
                    reason: Some(RefusalReason::Stale),
                    ..
                }
            );
        if let Received::Refused { reason, error, .. } = &message
            && !again
        {
            let reason = reason.map_or("?", RefusalReason::key);
            return Err(format!(
                "the facilitator's step was refused ({reason}): {error}"
            ));
        }
        if again {
            // It crossed with participants' edits: make it again on top of them.
            retries += 1;
            if let Received::Refused {
                clock: Some(now), ..
            } = &message
            {
                clock = clock.max(*now);
            }
        }
        if matches!(message, Received::CaughtUp { .. }) || answered || again {
            let step = if again { current.clone() } else { steps.next() };
            let Some(step) = step else {
                println!(
                    "facilitator: {retries} step(s) made again after crossing with participants' edits"
                );
                return Ok(());
            };
            current = Some(step.clone());
            seq += 1;
            clock += 1;
            let edit = StampedEdit {
                replica,
                seq,
                clock,
                edit: Edit::Session { session: sid, step },
            };
            pending = Some(seq);
            let text = ClientMessage::edit(&edit).to_text();
            socket
                .send(Message::Text(text.into()))
                .await
                .map_err(|e| e.to_string())?;
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// One session of the run: its tokens, where its devices speak from, and what they
/// recorded.
struct Run {
    session: String,
    sid: SessionId,
    facilitator: String,
    board: String,
    from: IpAddr,
    record: Arc<Record>,
}

/// The loopback address session `n`'s devices speak from: 127.1.1.1, 127.1.1.2…
fn room_address(n: usize) -> IpAddr {
    let n = u16::try_from(n + 1).unwrap_or(u16::MAX);
    let [high, low] = n.to_be_bytes();
    IpAddr::V4(Ipv4Addr::new(127, 1 + high, 1, low))
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let o = options()?;
    let text = |v: &Value, k: &str| v[k].as_str().map(str::to_owned).ok_or(format!("no {k}"));
    let mut runs = Vec::with_capacity(o.sessions);
    let mut people = Vec::new();
    for n in 0..o.sessions {
        let from = room_address(n);
        let here = Endpoint {
            to: o.server(n),
            from,
        };
        let created = post(here, "/api/sessions", &json!({
            "title": format!("Load test {}: what carers need", n + 1), "locality": "Maltby", "date": "2024-05-14", "votes_per_person": 3,
        })).await?;
        let session = text(&created, "session")?;
        let sid = SessionId::from_uuid(uuid::Uuid::parse_str(&session).map_err(|e| e.to_string())?);
        let code = text(&created, "code")?;
        // This session's share of the participants, each joining through its own server.
        let share = o.participants / o.sessions + usize::from(n < o.participants % o.sessions);
        for p in 0..share {
            let at = Endpoint {
                to: o.server(n + p),
                from,
            };
            let j = post(
                at,
                "/api/join",
                &json!({ "code": code, "pseudonym": format!("Carer {p}") }),
            )
            .await?;
            let me = ParticipantId::from_uuid(
                uuid::Uuid::parse_str(&text(&j, "participant")?).map_err(|e| e.to_string())?,
            );
            people.push((n, at, text(&j, "token")?, me));
        }
        runs.push(Run {
            session,
            sid,
            facilitator: text(&created, "facilitator_token")?,
            board: text(&created, "board_token")?,
            from,
            record: Arc::new(Record {
                boards: (0..o.boards).map(|_| Mutex::default()).collect(),
                ..Record::default()
            }),
        });
    }
    println!(
        "{} sessions created across {} servers; {} participants joined",
        o.sessions, o.servers, o.participants
    );
    let stop_boards = Arc::new(tokio::sync::Notify::new());
    let mut boards = Vec::new();
    for (n, run) in runs.iter().enumerate() {
        for which in 0..o.boards {
            // A session's boards take turns between the servers, the first on a
            // server its first phone is not on.
            let at = Endpoint {
                to: o.server(n + which + 1),
                from: run.from,
            };
            boards.push(tokio::spawn(board(
                at,
                run.session.clone(),
                run.board.clone(),
                run.record.clone(),
                which,
                stop_boards.clone(),
            )));
        }
    }
    let started = Instant::now();
    let stop_at = started + Duration::from_secs(o.seconds);
    let mut phones = Vec::new();
    for (index, (n, at, token, me)) in people.into_iter().enumerate() {
        let run = &runs[n];
        phones.push(tokio::spawn(participant(
            index,
            at,
            run.session.clone(),
            run.sid,
            token,
            me,
            run.record.clone(),
            stop_at,
            o.pace,
        )));
    }
    println!("running for {} s", o.seconds);
    tokio::time::sleep(Duration::from_secs(o.seconds / 2)).await;
    let mut facilitators = Vec::new();
    for (n, run) in runs.iter().enumerate() {
        let at = Endpoint {
            to: o.server(n),
            from: run.from,
        };
        let (session, sid, token) = (run.session.clone(), run.sid, run.facilitator.clone());
        facilitators.push(tokio::spawn(async move {
            facilitate(at, &session, sid, &token).await
        }));
    }
    for f in facilitators {
        f.await.map_err(|e| e.to_string())??;
    }
    println!("halfway: themes made, voting open, votes revealed in every session");
    for p in phones {
        p.await.map_err(|e| e.to_string())??;
    }
    // Each session's saved edits by what they are, each kind in the order sent.
    let saved: Vec<Vec<SavedAlike>> = runs
        .iter()
        .map(|run| {
            let record = &run.record;
            let acked = record
                .acked
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let sent = record
                .sent
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let what = record
                .what
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut by_what: HashMap<Seen, Vec<(Instant, Instant)>> = HashMap::new();
            for (key, acked_at) in acked.iter() {
                if let (Some(w), Some(sent_at)) = (what.get(key), sent.get(key)) {
                    by_what.entry(*w).or_default().push((*sent_at, *acked_at));
                }
            }
            by_what
                .into_iter()
                .map(|(w, mut times)| {
                    times.sort();
                    (w, times)
                })
                .collect()
        })
        .collect();
    // Wait (bounded) until every board has every saved edit of its session.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let all = runs.iter().zip(&saved).all(|(run, saved)| {
            run.record.boards.iter().all(|b| {
                let b = b.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                saved
                    .iter()
                    .all(|(w, times)| b.get(w).map_or(0, Vec::len) >= times.len())
            })
        });
        if all || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop_boards.notify_waiters();
    for b in boards {
        let _ = b.await;
    }
    let mut to_boards = Vec::new();
    let mut to_ack = Vec::new();
    let (mut lost, mut sent_total, mut saved_total, mut unanswered) = (0, 0, 0, 0);
    let (mut dropped, mut sent_again) = (0, 0);
    let mut refused_total: HashMap<String, usize> = HashMap::new();
    for (run, saved) in runs.iter().zip(&saved) {
        let record = &run.record;
        let sent = record
            .sent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let acked = record
            .acked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let boards: Vec<_> = record
            .boards
            .iter()
            .map(|b| b.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
            .collect();
        for (what, times) in saved {
            for (n, (sent_at, acked_at)) in times.iter().enumerate() {
                to_ack.push(acked_at.saturating_duration_since(*sent_at));
                let arrivals: Option<Vec<Instant>> = boards
                    .iter()
                    .map(|b| b.get(what).and_then(|t| t.get(n)).copied())
                    .collect();
                match arrivals {
                    Some(times) => {
                        let last = times.into_iter().max().unwrap_or(*sent_at);
                        to_boards.push(last.saturating_duration_since(*sent_at));
                    }
                    None => lost += 1,
                }
            }
        }
        let refused = record
            .refused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for (reason, count) in refused.iter() {
            *refused_total.entry(reason.clone()).or_default() += count;
        }
        unanswered += sent
            .len()
            .saturating_sub(acked.len())
            .saturating_sub(refused.values().sum());
        sent_total += sent.len();
        saved_total += acked.len();
        dropped += record.dropped.load(Ordering::Relaxed);
        sent_again += record.sent_again.load(Ordering::Relaxed);
    }
    to_boards.sort();
    to_ack.sort();
    println!(
        "participants {}, sessions {}, servers {}, boards {} per session, {} s, mean pace one edit per {} s per participant",
        o.participants, o.sessions, o.servers, o.boards, o.seconds, o.pace
    );
    println!(
        "edits sent {sent_total}, saved {saved_total} ({:.1} edits/s), refused {refused_total:?}, unanswered {unanswered}, sent again after not-saved {sent_again}",
        saved_total as f64 / o.seconds as f64,
    );
    println!(
        "send -> ack:          p50 {}  p99 {}  max {}",
        ms(percentile(&to_ack, 0.5)),
        ms(percentile(&to_ack, 0.99)),
        ms(percentile(&to_ack, 1.0))
    );
    println!(
        "send -> every board:  p50 {}  p99 {}  max {}",
        ms(percentile(&to_boards, 0.5)),
        ms(percentile(&to_boards, 0.99)),
        ms(percentile(&to_boards, 1.0))
    );
    println!(
        "lost (saved, not on every board): {lost}; connections dropped by the server: {dropped}"
    );
    Ok(())
}
