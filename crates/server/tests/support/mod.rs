//! What the server's integration tests share: throwaway databases (a SQLite file in
//! a temporary folder always, PostgreSQL too when `CARES_TEST_POSTGRES_URL` is set),
//! a server started in-process on a free loopback port, a small HTTP client, and a
//! live-connection client that behaves like a phone, speaking `cares-protocol`.

#![allow(dead_code)]

pub mod oidc;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ParticipantId, ReplicaId};
use cares_protocol::{ClientMessage, Received, SUBPROTOCOL, TOKEN_PREFIX};
use cares_server::limits::Limits;
use cares_server::{Config, Server};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

/// How long any single wait in a test may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(20);

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A folder removed when dropped.
#[derive(Debug)]
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "cares-server-{tag}-{}-{n}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("temporary folder");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A database for one test.
#[derive(Debug)]
pub struct Database {
    pub name: &'static str,
    pub url: String,
    /// The folder holding the SQLite file (and the web bundle).
    pub dir: TempDir,
}

impl Database {
    /// The SQLite file and its write-ahead log, for SQLite.
    pub fn sqlite_files(&self) -> Vec<PathBuf> {
        if self.name != "sqlite" {
            return Vec::new();
        }
        ["cares.db", "cares.db-wal", "cares.db-shm"]
            .iter()
            .map(|f| self.dir.path().join(f))
            .filter(|p| p.exists())
            .collect()
    }

    pub fn dist(&self) -> PathBuf {
        self.dir.path().join("dist")
    }
}

/// SQLite always; PostgreSQL as well when `CARES_TEST_POSTGRES_URL` is set.
pub fn databases(tag: &str) -> Vec<Database> {
    let sqlite_dir = TempDir::new(tag);
    let url = format!("sqlite://{}", sqlite_dir.path().join("cares.db").display());
    let mut dbs = vec![Database {
        name: "sqlite",
        url,
        dir: sqlite_dir,
    }];
    if let Ok(url) = std::env::var("CARES_TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        dbs.push(Database {
            name: "postgres",
            url,
            dir: TempDir::new(tag),
        });
    }
    for db in &dbs {
        let dist = db.dist();
        std::fs::create_dir_all(&dist).expect("dist folder");
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><title>cares</title>",
        )
        .expect("index.html");
    }
    dbs
}

/// A server running in this process.
#[derive(Debug)]
pub struct TestServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    pub async fn start(db: &Database) -> TestServer {
        Self::start_with(db, Limits::default()).await
    }

    pub async fn start_with(db: &Database, limits: Limits) -> TestServer {
        Self::start_configured(db, |config| config.limits = limits).await
    }

    /// Starts with the default configuration as `configure` changes it.
    pub async fn start_configured(
        db: &Database,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let mut config = Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            dist: db.dist(),
            database_url: db.url.clone(),
            limits: Limits::default(),
            trusted_proxies: Default::default(),
            clock: Default::default(),
            sign_in: Default::default(),
            metrics_from: Default::default(),
            oidc: None,
        };
        configure(&mut config);
        let server = Server::bind(config).await.expect("server starts");
        let addr = server.local_addr().expect("address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = server
                .run(async {
                    let _ = stopped.await;
                })
                .await;
        });
        TestServer {
            addr,
            stop: Some(stop),
            task,
        }
    }

    /// Stops it gracefully and waits until it has let go of the database.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = tokio::time::timeout(WAIT, &mut self.task).await;
    }
}

/// An HTTP response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body as sent, for compressed answers that are not text.
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", self.status, self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `error` of a JSON error body.
    pub fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or_default().to_owned()
    }
}

fn parse_head(head: &str) -> (u16, Vec<(String, String)>) {
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    (status, headers)
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&body[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&body[start..start + size]);
        body = &body[start + size + 2..];
    }
    out
}

/// One HTTP/1.1 request on its own connection. Large bodies wait for
/// `100 Continue`, so a refusal of their size is read rather than cut off.
pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Reply {
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let body = body.unwrap_or_default();
    let expect = body.len() > 64 * 1024;
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    if expect {
        head.push_str("Expect: 100-continue\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("writes");
    let mut buf = Vec::new();
    if expect {
        let mut chunk = [0u8; 4096];
        loop {
            let n = stream.read(&mut chunk).await.expect("reads");
            assert!(n > 0, "closed before answering");
            buf.extend_from_slice(&chunk[..n]);
            if let Some(end) = find_head_end(&buf) {
                let (status, _) = parse_head(&String::from_utf8_lossy(&buf[..end]));
                if status == 100 {
                    buf.drain(..end);
                    stream.write_all(body).await.expect("writes body");
                }
                break;
            }
        }
    } else if !body.is_empty() {
        stream.write_all(body).await.expect("writes body");
    }
    let _ = stream.read_to_end(&mut buf).await;
    let end = find_head_end(&buf).expect("a response head");
    let (status, headers) = parse_head(&String::from_utf8_lossy(&buf[..end]));
    let raw = &buf[end..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked { dechunk(raw) } else { raw.to_vec() };
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body,
    }
}

pub async fn post_json(addr: SocketAddr, path: &str, token: Option<&str>, body: &Value) -> Reply {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    request(
        addr,
        "POST",
        path,
        &headers,
        Some(body.to_string().as_bytes()),
    )
    .await
}

pub async fn get(addr: SocketAddr, path: &str, token: Option<&str>) -> Reply {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = Vec::new();
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    request(addr, "GET", path, &headers, None).await
}

/// A session as its facilitator holds it.
#[derive(Debug, Clone)]
pub struct Created {
    pub session: String,
    pub document: String,
    pub plan: String,
    pub code: String,
    pub facilitator: String,
    pub board: String,
}

pub fn session_body(title: &str) -> Value {
    json!({
        "title": title,
        "locality": "Maltby",
        "focus_area": 1,
        "date": "2024-05-14",
        "votes_per_person": 3,
    })
}

pub async fn create_session(addr: SocketAddr) -> Created {
    create_session_with(addr, &session_body("What carers in Maltby need")).await
}

pub async fn create_session_with(addr: SocketAddr, body: &Value) -> Created {
    let reply = post_json(addr, "/api/sessions", None, body).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let v = reply.json();
    let text = |k: &str| v[k].as_str().expect(k).to_owned();
    Created {
        session: text("session"),
        document: text("document"),
        plan: text("plan"),
        code: text("code"),
        facilitator: text("facilitator_token"),
        board: text("board_token"),
    }
}

/// A participant as their phone holds them.
#[derive(Debug, Clone)]
pub struct Joined {
    pub participant: String,
    pub token: String,
}

pub async fn join(addr: SocketAddr, code: &str, pseudonym: &str) -> Joined {
    let reply = post_json(
        addr,
        "/api/join",
        None,
        &json!({ "code": code, "pseudonym": pseudonym }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let v = reply.json();
    Joined {
        participant: v["participant"].as_str().expect("participant").to_owned(),
        token: v["token"].as_str().expect("token").to_owned(),
    }
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<TcpStream>>;

/// How a live client hands over its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenIn {
    Subprotocol,
    Hello,
}

/// A device on a session's live connection.
pub struct Live {
    socket: Socket,
    pub welcome: Value,
    /// Every edit received, in the order received.
    pub received: Vec<StampedEdit>,
    /// Messages read while waiting for something else.
    pub pending: std::collections::VecDeque<Value>,
    pub replica: ReplicaId,
    pub seq: u64,
    /// The highest clock seen.
    pub clock: u64,
    /// The highest position the server has given.
    pub position: i64,
    /// The last edit sent with [`Live::make`].
    pub last: Option<StampedEdit>,
}

/// Why a live connection did not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Refused before the upgrade, with this HTTP status.
    Status(u16),
    /// Closed after hello, with this close code.
    Closed(u16),
}

impl Live {
    pub async fn connect(addr: SocketAddr, session: &str, token: &str) -> Live {
        Self::open(addr, session, token, 0, TokenIn::Subprotocol)
            .await
            .unwrap_or_else(|e| panic!("live connection refused: {e:?}"))
    }

    pub async fn open(
        addr: SocketAddr,
        session: &str,
        token: &str,
        clock: u64,
        token_in: TokenIn,
    ) -> Result<Live, Refused> {
        Self::open_with(addr, session, token, json!({ "clock": clock }), token_in).await
    }

    /// Reconnects from the last position the server gave.
    pub async fn reopen_after(
        addr: SocketAddr,
        session: &str,
        token: &str,
        position: i64,
    ) -> Result<Live, Refused> {
        let hello = json!({ "after": position });
        Self::open_with(addr, session, token, hello, TokenIn::Subprotocol).await
    }

    /// Opens with `hello` holding `clock` and/or `after`.
    pub async fn open_with(
        addr: SocketAddr,
        session: &str,
        token: &str,
        since: Value,
        token_in: TokenIn,
    ) -> Result<Live, Refused> {
        let clock = since["clock"].as_u64().unwrap_or(0);
        let after = since["after"].as_i64();
        let url = format!("ws://{addr}/api/sessions/{session}/live");
        let mut request = url.into_client_request().expect("request");
        let protocols = match token_in {
            TokenIn::Subprotocol => format!("{SUBPROTOCOL}, {TOKEN_PREFIX}{token}"),
            TokenIn::Hello => SUBPROTOCOL.to_owned(),
        };
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_str(&protocols).expect("header"),
        );
        let (mut socket, _) = match tokio_tungstenite::connect_async(request).await {
            Ok(ok) => ok,
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                return Err(Refused::Status(response.status().as_u16()));
            }
            Err(e) => panic!("could not connect: {e}"),
        };
        let hello = ClientMessage::Hello {
            clock,
            after,
            token: (token_in == TokenIn::Hello).then(|| token.to_owned()),
        };
        socket
            .send(Message::Text(hello.to_text().into()))
            .await
            .expect("sends hello");
        let mut live = Live {
            socket,
            welcome: Value::Null,
            received: Vec::new(),
            pending: Default::default(),
            replica: ReplicaId::from_uuid(uuid_v4()),
            seq: 0,
            clock,
            position: 0,
            last: None,
        };
        loop {
            match live.read().await {
                Ok(v) if v["type"] == "welcome" => {
                    live.welcome = v;
                    break;
                }
                Ok(v) if v["type"] == "error" => {}
                Ok(other) => panic!("expected welcome, got {other}"),
                Err(code) => return Err(Refused::Closed(code)),
            }
        }
        Ok(live)
    }

    /// Reads one message; `Err(close code)` when the server closed.
    async fn read(&mut self) -> Result<Value, u16> {
        loop {
            let message = tokio::time::timeout(WAIT, self.socket.next())
                .await
                .expect("the server answers in time");
            match message {
                Some(Ok(Message::Text(text))) => {
                    let v: Value = serde_json::from_str(&text).expect("JSON message");
                    if let Some(p) = v["position"].as_i64() {
                        self.position = self.position.max(p);
                    }
                    if v["type"] == "edits" {
                        for e in v["edits"].as_array().expect("edits") {
                            let e: StampedEdit =
                                serde_json::from_value(e.clone()).expect("a stamped edit");
                            self.clock = self.clock.max(e.clock);
                            self.received.push(e);
                        }
                    }
                    return Ok(v);
                }
                Some(Ok(Message::Close(frame))) => {
                    return Err(frame.map_or(1005, |f| u16::from(f.code)));
                }
                Some(Ok(_)) => continue,
                Some(Err(_)) | None => return Err(1006),
            }
        }
    }

    /// The next message, panicking if the connection closes.
    pub async fn next(&mut self) -> Value {
        if let Some(v) = self.pending.pop_front() {
            return v;
        }
        self.read()
            .await
            .unwrap_or_else(|code| panic!("closed with {code}"))
    }

    /// The next message, or the close code.
    pub async fn next_or_close(&mut self) -> Result<Value, u16> {
        match self.pending.pop_front() {
            Some(v) => Ok(v),
            None => self.read().await,
        }
    }

    /// Reads until a message matches, keeping the others for later.
    pub async fn wait_for(&mut self, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.pending.iter().position(&matches) {
            return self.pending.remove(at).expect("present");
        }
        loop {
            let v = self
                .read()
                .await
                .unwrap_or_else(|code| panic!("closed with {code}"));
            if matches(&v) {
                return v;
            }
            self.pending.push_back(v);
        }
    }

    /// Reads until the server closes; the close code.
    pub async fn wait_closed(&mut self) -> u16 {
        loop {
            match self.read().await {
                Ok(_) => continue,
                Err(code) => return code,
            }
        }
    }

    pub async fn caught_up(&mut self) -> Value {
        self.wait_for(|v| v["type"] == "caught-up").await
    }

    /// Stamps an edit as this device would: next seq, clock past all it has seen.
    pub fn stamp(&mut self, edit: Edit) -> StampedEdit {
        self.seq += 1;
        self.clock += 1;
        StampedEdit {
            replica: self.replica,
            seq: self.seq,
            clock: self.clock,
            edit,
        }
    }

    pub async fn send(&mut self, edit: &StampedEdit) {
        self.send_text(ClientMessage::edit(edit).to_text()).await;
    }

    /// Sends an edit; false when the connection is gone.
    pub async fn try_send(&mut self, edit: &StampedEdit) -> bool {
        let text = ClientMessage::edit(edit).to_text();
        self.socket.send(Message::Text(text.into())).await.is_ok()
    }

    pub async fn send_text(&mut self, text: String) {
        self.socket
            .send(Message::Text(text.into()))
            .await
            .expect("sends");
    }

    /// The ack or refusal for an edit.
    pub async fn answer_for(&mut self, edit: &StampedEdit) -> Value {
        let key = (edit.replica, edit.seq);
        self.wait_for(move |v| answers(v) == Some(key)).await
    }

    /// Sends an edit and returns "saved", "duplicate", or the refusal's reason.
    pub async fn make(&mut self, edit: Edit) -> String {
        let stamped = self.stamp(edit);
        self.send(&stamped).await;
        let answer = verdict(&self.answer_for(&stamped).await);
        self.last = Some(stamped);
        answer
    }

    /// Waits until an edit made elsewhere has reached this device (as this device
    /// is shown it: see [`shown_as`]).
    pub async fn sees(&mut self, edit: &StampedEdit) {
        while !self.has(edit) {
            let v = self
                .read()
                .await
                .unwrap_or_else(|code| panic!("closed with {code}"));
            if v["type"] != "edits" {
                self.pending.push_back(v);
            }
        }
    }

    /// True when this device has received the edit, as it is shown it.
    pub fn has(&self, edit: &StampedEdit) -> bool {
        self.received.iter().any(|e| shown_as(edit, e))
    }

    /// Sends an edit and insists it is saved.
    pub async fn must(&mut self, edit: Edit) -> StampedEdit {
        let stamped = self.stamp(edit);
        self.send(&stamped).await;
        let answer = self.answer_for(&stamped).await;
        assert_eq!(verdict(&answer), "saved", "{answer}");
        self.last = Some(stamped.clone());
        stamped
    }

    pub async fn close(mut self) {
        let _ = self.socket.close(None).await;
    }
}

/// True when `seen` is `edit` as a phone or the board is shown it: the same stamp,
/// or — someone else's statement, dot, join or erasure, whose person and device the
/// server replaces with stand-ins made for each viewer — the same clock and the
/// same step once who made it is left aside.
pub fn shown_as(edit: &StampedEdit, seen: &StampedEdit) -> bool {
    if (edit.replica, edit.seq) == (seen.replica, seen.seq) {
        return true;
    }
    fn nobody(edit: &Edit) -> Edit {
        let mut edit = edit.clone();
        if let Edit::Session { step, .. } = &mut edit {
            let someone = ParticipantId::from_u128(0);
            match step {
                SessionStep::Join {
                    participant,
                    pseudonym,
                } => {
                    *participant = someone;
                    pseudonym.clear();
                }
                SessionStep::Erase { participant }
                | SessionStep::Vote { participant, .. }
                | SessionStep::Unvote { participant, .. } => *participant = someone,
                SessionStep::AddContribution { participant, .. } => *participant = None,
                _ => {}
            }
        }
        edit
    }
    edit.clock == seen.clock && nobody(&edit.edit) == nobody(&seen.edit)
}

/// The message as the protocol reads it.
pub fn received(message: &Value) -> Option<Received> {
    Received::read(&message.to_string())
}

/// For an `ack` or `refused`: the replica and seq of the edit it answers.
pub fn answers(message: &Value) -> Option<(ReplicaId, u64)> {
    received(message)?.answers()
}

/// "saved", "duplicate", or a refusal's reason.
pub fn verdict(answer: &Value) -> String {
    match received(answer) {
        Some(Received::Ack {
            duplicate: true, ..
        }) => "duplicate".into(),
        Some(Received::Ack { .. }) => "saved".into(),
        Some(Received::Refused { reason, .. }) => {
            reason.map_or_else(|| "?".to_owned(), |r| r.key().to_owned())
        }
        _ => panic!("not an answer: {answer}"),
    }
}

pub fn uuid_v4() -> uuid::Uuid {
    cares_server::secrets::random_uuid().expect("random")
}

/// Parses a UUID printed by the server.
pub fn uuid(text: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(text).expect("a UUID")
}

/// Runs `cares-server ARGS` with `DATABASE_URL=url`, as an administrator would (keys,
/// backups), off the async workers.
pub async fn admin(url: &str, args: &[&str]) -> std::process::Output {
    let url = url.to_owned();
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_cares-server"))
            .args(&args)
            .env("DATABASE_URL", url)
            .output()
            .expect("cares-server runs")
    })
    .await
    .expect("the command finishes")
}
