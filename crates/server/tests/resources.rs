//! The server's resources under pressure: a shared plan cannot grow past its caps
//! nor the server past its total; pushes, pulls and live connections are paced and
//! capped per token, address and session; a device that never reads is closed;
//! half-sent requests are closed; and the server holds only so many connections.
//!
//! Every limit here is tiny, so each refusal comes at once and no test waits long.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, StampedEdit};
use cares_core::ids::{DocumentId, PlanId, ReplicaId};
use cares_core::plan::{ActionPlan, PlanScope};
use cares_server::limits::{BucketSpec, Limits};
use serde_json::json;
use support::{Live, Refused, TestServer, WAIT, databases, get, post_json, request};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// Plenty, for what a test does not look at.
const PLENTY: BucketSpec = BucketSpec::new(100_000, 1000.0);
/// A few, then (for a test's length) no more.
const fn few(n: u32) -> BucketSpec {
    BucketSpec::new(n, 0.001)
}

fn roomy() -> Limits {
    Limits {
        facilitator_edits: PLENTY,
        pushes_per_token: PLENTY,
        pushes_per_address: PLENTY,
        pulls_per_token: PLENTY,
        pulls_per_address: PLENTY,
        creations: PLENTY,
        ..Limits::default()
    }
}

/// A small shared plan: its document and plan id.
fn shared_plan() -> (Document, PlanId) {
    let plan = PlanId::from_u128(1);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    );
    doc.apply(
        ReplicaId::from_u128(1),
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(
                plan,
                "Maltby action plan",
                PlanScope::Locality {
                    name: "Maltby".into(),
                },
            )),
        },
    )
    .expect("applies");
    (doc, plan)
}

async fn share(addr: SocketAddr, doc: &Document) -> support::Reply {
    request(
        addr,
        "POST",
        "/api/documents",
        &[("Content-Type", "application/json")],
        Some(doc.to_json().as_bytes()),
    )
    .await
}

/// `count` retitlings of a plan, each `chars` long, stamped after `seq`.
fn retitles(
    replica: ReplicaId,
    plan: PlanId,
    seq: u64,
    count: u64,
    chars: usize,
) -> Vec<StampedEdit> {
    (seq + 1..=seq + count)
        .map(|n| StampedEdit {
            replica,
            seq: n,
            clock: 1000 + n,
            edit: Edit::SetPlanTitle {
                plan,
                title: format!("{n:06}{}", "t".repeat(chars.saturating_sub(6))),
            },
        })
        .collect()
}

async fn push(
    addr: SocketAddr,
    id: DocumentId,
    token: &str,
    edits: &[StampedEdit],
) -> support::Reply {
    post_json(
        addr,
        &format!("/api/documents/{id}/edits"),
        Some(token),
        &json!({ "edits": edits }),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_can_fill_the_disk_through_shared_plans() {
    for db in databases("resources-disk") {
        let limits = Limits {
            pushes_per_token: few(3),
            pushes_per_address: few(5),
            document_bytes: 8_000,
            document_edits: 40,
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let (doc, plan) = shared_plan();
        let reply = share(addr, &doc).await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        let token = reply.json()["token"].as_str().expect("token").to_owned();
        let me = ReplicaId::from_u128(7);

        // Changes past the document's cap on edits are refused, nothing saved.
        let reply = push(addr, doc.id(), &token, &retitles(me, plan, 0, 45, 20)).await;
        assert_eq!(reply.status, 413, "{}", reply.body);
        assert!(
            reply.error().contains("up to 40 changes"),
            "{}",
            reply.error()
        );
        // Past its cap on bytes, the same.
        let reply = push(addr, doc.id(), &token, &retitles(me, plan, 0, 30, 190)).await;
        assert_eq!(reply.status, 413, "{}", reply.body);
        assert!(
            reply.error().contains("up to 8000 bytes"),
            "{}",
            reply.error()
        );
        // Pushes per token: three allowed here, two used above.
        let reply = push(addr, doc.id(), &token, &retitles(me, plan, 0, 2, 20)).await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        let reply = push(addr, doc.id(), &token, &retitles(me, plan, 2, 2, 20)).await;
        assert_eq!(reply.status, 429, "{}", reply.body);
        assert!(reply.header("retry-after").is_some());
        assert!(
            reply.error().contains("too many requests"),
            "{}",
            reply.error()
        );

        // Pushes per address: another plan's token from the same address has the
        // address's last two.
        let (other, other_plan) = shared_plan();
        let reply = share(addr, &other).await;
        let other_token = reply.json()["token"].as_str().expect("token").to_owned();
        for n in 0..2 {
            let edits = retitles(me, other_plan, n, 1, 20);
            let reply = push(addr, other.id(), &other_token, &edits).await;
            assert_eq!(reply.status, 200, "{}", reply.body);
        }
        let edits = retitles(me, other_plan, 2, 1, 20);
        let reply = push(addr, other.id(), &other_token, &edits).await;
        assert_eq!(reply.status, 429, "{}", reply.body);
        server.stop().await;

        // The whole server's cap: what is held already counts after a restart.
        let full = Limits {
            server_bytes: 100,
            ..roomy()
        };
        let server = TestServer::start_with(&db, full).await;
        let (third, _) = shared_plan();
        let reply = share(server.addr, &third).await;
        assert_eq!(reply.status, 507, "{}", reply.body);
        assert!(reply.error().contains("holds as much"), "{}", reply.error());
        let reply = push(server.addr, doc.id(), &token, &retitles(me, plan, 2, 1, 20)).await;
        assert_eq!(reply.status, 507, "{}", reply.body);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_pulls_is_slowed_down() {
    for db in databases("resources-pulls") {
        let limits = Limits {
            pulls_per_token: few(3),
            pulls_per_address: few(5),
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let path = format!("/api/documents/{}/edits?since=0", created.document);
        let pull = |token: String| {
            let path = path.clone();
            async move { get(addr, &path, Some(&token)).await }
        };
        for _ in 0..3 {
            assert_eq!(pull(created.board.clone()).await.status, 200);
        }
        let reply = pull(created.board.clone()).await;
        assert_eq!(reply.status, 429, "per token: {}", reply.body);
        assert!(reply.header("retry-after").is_some());
        // The facilitator's token, from the same address, has the address's last two.
        for _ in 0..2 {
            assert_eq!(pull(created.facilitator.clone()).await.status, 200);
        }
        let reply = pull(created.facilitator.clone()).await;
        assert_eq!(reply.status, 429, "per address: {}", reply.body);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_connections_over_a_cap_are_refused() {
    for db in databases("resources-connections") {
        let limits = Limits {
            connections_per_token: 2,
            connections_per_session: 3,
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sam = support::join(addr, &created.code, "Sam").await;
        let open = |token: String| {
            let session = created.session.clone();
            async move { Live::open(addr, &session, &token, 0, support::TokenIn::Subprotocol).await }
        };
        let first = open(sam.token.clone()).await.expect("first");
        let second = open(sam.token.clone()).await.expect("second");
        let refused = open(sam.token.clone()).await.err();
        assert_eq!(refused, Some(Refused::Status(429)), "per token");
        // A token given in hello instead is counted the same, and closed.
        let refused = Live::open(
            addr,
            &created.session,
            &sam.token,
            0,
            support::TokenIn::Hello,
        )
        .await
        .err();
        assert_eq!(refused, Some(Refused::Closed(1008)), "per token, in hello");
        let board = open(created.board.clone()).await.expect("the board");
        let refused = open(created.facilitator.clone()).await.err();
        assert_eq!(refused, Some(Refused::Status(429)), "per session");
        drop((first, second, board));

        // Per address: every test connection comes from 127.0.0.1.
        let server_b = TestServer::start_with(
            &db,
            Limits {
                connections_per_address: 2,
                ..roomy()
            },
        )
        .await;
        let addr = server_b.addr;
        let created = support::create_session(addr).await;
        let a = Live::connect(addr, &created.session, &created.board).await;
        let b = Live::connect(addr, &created.session, &created.facilitator).await;
        let refused = Live::open(
            addr,
            &created.session,
            &created.board,
            0,
            support::TokenIn::Subprotocol,
        )
        .await
        .err();
        assert_eq!(refused, Some(Refused::Status(429)), "per address");
        drop((a, b));
        server_b.stop().await;
        server.stop().await;
    }
}

/// A WebSocket opened by hand on a socket with a tiny receive buffer, so the
/// server's writes back up as soon as it stops reading.
async fn raw_live(addr: SocketAddr, session: &str, token: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().expect("socket");
    socket.set_recv_buffer_size(2048).expect("buffer size");
    let mut stream = socket.connect(addr).await.expect("connects");
    let head = format!(
        "GET /api/sessions/{session}/live HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: cares.v1, token.{token}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("writes");
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf).await.expect("reads");
    let answer = String::from_utf8_lossy(&buf[..n]);
    assert!(answer.starts_with("HTTP/1.1 101"), "{answer}");
    stream
        .write_all(&masked(0x1, br#"{"type":"hello","clock":0}"#))
        .await
        .expect("says hello");
    stream
}

/// A client's frame (masked with a zero key, which leaves the bytes as they are).
fn masked(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let len = u8::try_from(payload.len()).expect("a short payload");
    assert!(len < 126);
    let mut frame = vec![0x80 | opcode, 0x80 | len, 0, 0, 0, 0];
    frame.extend_from_slice(payload);
    frame
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_that_never_reads_is_closed() {
    for db in databases("resources-reader") {
        let limits = Limits {
            send_timeout: Duration::from_millis(300),
            outbox_bytes: 256 * 1024,
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let plan = PlanId::from_uuid(support::uuid(&created.plan));
        let document = DocumentId::from_uuid(support::uuid(&created.document));
        // About 6 MB of plan titles, more than any socket buffer holds.
        let me = ReplicaId::from_u128(9);
        for round in 0..6 {
            let edits = retitles(me, plan, round * 2500, 2500, 190);
            let reply = push(addr, document, &created.facilitator, &edits).await;
            assert_eq!(reply.status, 200, "{}", reply.body);
        }

        // The board connects and never reads; it only keeps answering pings, as a
        // stuck browser tab's network stack would, until the server lets it go.
        let mut stuck = raw_live(addr, &created.session, &created.board).await;
        let started = tokio::time::Instant::now();
        let pong = masked(0xA, &[b'p'; 125]);
        let closed = tokio::time::timeout(WAIT, async {
            while stuck.write_all(&pong).await.is_ok() {}
        })
        .await;
        assert!(closed.is_ok(), "still open after {WAIT:?}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "closed only after {:?}",
            started.elapsed()
        );

        // Another device is served as before.
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        board.caught_up().await;
        assert!(board.received.len() >= 15_000, "{}", board.received.len());
        board.close().await;
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_are_closed() {
    for db in databases("resources-slowloris") {
        let limits = Limits {
            header_timeout: Duration::from_millis(300),
            request_timeout: Duration::from_millis(300),
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;

        // Headers that never end: the connection is closed.
        let mut partial = TcpStream::connect(addr).await.expect("connects");
        partial
            .write_all(b"GET /api/health HTTP/1.1\r\nHost: cares\r\nX-Slow: 1")
            .await
            .expect("writes");
        let mut rest = Vec::new();
        let read = tokio::time::timeout(WAIT, partial.read_to_end(&mut rest)).await;
        assert!(
            read.is_ok(),
            "a half-sent head held the connection for {WAIT:?}"
        );

        // A body that never ends: answered 408 and closed.
        let mut slow = TcpStream::connect(addr).await.expect("connects");
        slow.write_all(
            b"POST /api/join HTTP/1.1\r\nHost: cares\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"code\":",
        )
        .await
        .expect("writes");
        let mut answer = Vec::new();
        let read = tokio::time::timeout(WAIT, slow.read_to_end(&mut answer)).await;
        assert!(
            read.is_ok(),
            "a half-sent body held the connection for {WAIT:?}"
        );
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_holds_only_so_many_connections() {
    for db in databases("resources-open") {
        let limits = Limits {
            connections: 1,
            header_timeout: Duration::from_millis(500),
            ..roomy()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        // One connection that sends half a head holds the only place…
        let mut holder = TcpStream::connect(addr).await.expect("connects");
        holder
            .write_all(b"GET /api/health HTTP/1.1\r\nHost: cares\r\n")
            .await
            .expect("writes");
        // …so a whole request is answered only once the server has let it go.
        let reply = support::get(addr, "/api/health", None).await;
        assert_eq!(reply.status, 200);
        let mut rest = Vec::new();
        let read =
            tokio::time::timeout(Duration::from_secs(1), holder.read_to_end(&mut rest)).await;
        assert!(
            read.is_ok(),
            "the second request was answered while the first still held its place"
        );
        server.stop().await;
    }
}
