//! Join codes against guessing, without locking a room out: a generous budget of
//! wrong codes per address (a room shares one Wi-Fi address), a tight one for the
//! whole server (against scanning from many addresses), codes that expire, and a
//! closed session's code that costs a try like a wrong one.
//!
//! Requests come from different loopback addresses (127.0.0.2, 127.0.0.3, …) to
//! stand for different networks.

mod support;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{SessionId, ThemeId};
use cares_server::limits::{BucketSpec, Limits};
use serde_json::json;
use support::{Live, TestServer, databases, uuid};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;

const fn few(n: u32) -> BucketSpec {
    BucketSpec::new(n, 0.001)
}

/// `POST /api/join` from the loopback address `127.0.0.<host>`: the status.
async fn join_from(addr: SocketAddr, host: u8, code: &str) -> u16 {
    let socket = TcpSocket::new_v4().expect("socket");
    let from = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(127, 0, 0, host)), 0);
    socket.bind(from).expect("binds a loopback address");
    let mut stream = socket.connect(addr).await.expect("connects");
    let body = json!({ "code": code, "pseudonym": "Sam" }).to_string();
    let head = format!(
        "POST /api/join HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.expect("writes");
    let mut answer = Vec::new();
    tokio::time::timeout(support::WAIT, stream.read_to_end(&mut answer))
        .await
        .expect("answered in time")
        .expect("reads");
    String::from_utf8_lossy(&answer)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rooms_typos_do_not_lock_it_out() {
    for db in databases("join-typos") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        // Thirty people behind one address, three typos each.
        for _ in 0..90 {
            assert_eq!(join_from(addr, 1, "ZZZZZZ").await, 404);
        }
        assert_eq!(join_from(addr, 1, &created.code).await, 200);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_from_many_addresses_share_one_budget() {
    for db in databases("join-everywhere") {
        let limits = Limits {
            join_failures: few(3),
            join_failures_everywhere: few(5),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        // One address: three wrong, then it waits.
        for _ in 0..3 {
            assert_eq!(join_from(addr, 2, "ZZZZZZ").await, 404);
        }
        assert_eq!(join_from(addr, 2, "ZZZZZZ").await, 429);
        // Another: two more spend the server's five, though it has a try left…
        for _ in 0..2 {
            assert_eq!(join_from(addr, 3, "ZZZZZZ").await, 404);
        }
        assert_eq!(join_from(addr, 3, "ZZZZZZ").await, 429);
        // …and nobody's code is looked up until the budget refills, so a scan
        // from many addresses learns nothing.
        assert_eq!(join_from(addr, 4, &created.code).await, 429);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_sessions_code_costs_a_try() {
    for db in databases("join-closed") {
        let limits = Limits {
            join_failures: few(2),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let session = SessionId::from_uuid(uuid(&created.session));
        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        facilitator.caught_up().await;
        let step = |step| Edit::Session { session, step };
        facilitator
            .must(step(SessionStep::Advance { to: Phase::Group }))
            .await;
        facilitator
            .must(step(SessionStep::AddTheme {
                theme: ThemeId::from_u128(1),
                name: "Breaks".into(),
            }))
            .await;
        for to in [Phase::Prioritise, Phase::Plan, Phase::Closed] {
            facilitator.must(step(SessionStep::Advance { to })).await;
        }
        for _ in 0..2 {
            assert_eq!(join_from(addr, 5, &created.code).await, 409);
        }
        assert_eq!(join_from(addr, 5, &created.code).await, 429);
        facilitator.close().await;
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_code_joins_nothing_and_costs_a_try() {
    for db in databases("join-expired") {
        let limits = Limits {
            join_code_lifetime: Duration::ZERO,
            join_failures: few(1),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        assert_eq!(join_from(addr, 6, &created.code).await, 404);
        assert_eq!(join_from(addr, 6, &created.code).await, 429);
        server.stop().await;

        // The same session's code works where codes last.
        let server = TestServer::start(&db).await;
        assert_eq!(join_from(server.addr, 7, &created.code).await, 200);
        server.stop().await;
    }
}
