//! `--trust-proxy`: behind a trusted reverse proxy the rate limits count each client
//! by the address the proxy names in `X-Forwarded-For`; from anyone else that header
//! is ignored, so a client cannot pick a fresh address for every request.

mod support;

use cares_server::limits::{BucketSpec, Limits};
use cares_server::proxy::TrustedProxies;
use support::{Database, TestServer, databases, request, session_body};

/// One session each, and no refill: the second from the same client gets 429.
fn one_creation_each() -> Limits {
    Limits {
        creations: BucketSpec::new(1, 0.0),
        ..Limits::default()
    }
}

async fn start(db: &Database, trusted: &[&str]) -> TestServer {
    let blocks = trusted
        .iter()
        .map(|b| b.parse().expect("a block"))
        .collect();
    TestServer::start_configured(db, |config| {
        config.limits = one_creation_each();
        config.trusted_proxies = TrustedProxies::new(blocks);
    })
    .await
}

/// Creates a session as a proxy forwarding for `forwarded_for` would; the status.
async fn create_for(server: &TestServer, forwarded_for: &str) -> u16 {
    let body = session_body("What carers in Maltby need").to_string();
    request(
        server.addr,
        "POST",
        "/api/sessions",
        &[
            ("Content-Type", "application/json"),
            ("X-Forwarded-For", forwarded_for),
        ],
        Some(body.as_bytes()),
    )
    .await
    .status
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    for db in databases("proxy-trusted") {
        let server = start(&db, &["127.0.0.0/8"]).await;
        assert_eq!(create_for(&server, "203.0.113.1").await, 201, "{}", db.name);
        assert_eq!(create_for(&server, "203.0.113.1").await, 429, "{}", db.name);
        assert_eq!(create_for(&server, "203.0.113.2").await, 201, "{}", db.name);
        // What a client writes to the left of the proxy's entry is not believed: the
        // client is the rightmost address the proxy did not add for itself.
        assert_eq!(
            create_for(&server, "198.51.100.77, 203.0.113.2").await,
            429,
            "{}",
            db.name
        );
        assert_eq!(
            create_for(&server, "198.51.100.77, 203.0.113.3, 127.0.0.9").await,
            201,
            "{}: a chain of trusted proxies",
            db.name
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn from_an_untrusted_peer_the_forwarded_address_is_ignored() {
    for db in databases("proxy-untrusted") {
        for trusted in [&[][..], &["10.0.0.0/8"][..]] {
            let server = start(&db, trusted).await;
            assert_eq!(create_for(&server, "203.0.113.1").await, 201, "{}", db.name);
            assert_eq!(
                create_for(&server, "203.0.113.2").await,
                429,
                "{}: trusting {trusted:?}, a new X-Forwarded-For is not a new client",
                db.name
            );
            server.stop().await;
        }
    }
}

#[tokio::test]
async fn an_untrusted_peer_cannot_claim_https_once_a_proxy_is_trusted() {
    for db in databases("proxy-https") {
        let server = start(&db, &["10.0.0.0/8"]).await;
        let reply = request(
            server.addr,
            "GET",
            "/",
            &[("X-Forwarded-Proto", "https")],
            None,
        )
        .await;
        assert_eq!(reply.header("strict-transport-security"), None);
        server.stop().await;
        let server = start(&db, &["127.0.0.1"]).await;
        let reply = request(
            server.addr,
            "GET",
            "/",
            &[("X-Forwarded-Proto", "https")],
            None,
        )
        .await;
        assert!(reply.header("strict-transport-security").is_some());
        server.stop().await;
    }
}
