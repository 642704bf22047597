//! The safety headers on everything the server sends a browser: every page address,
//! every file of the web app (hashed or not, compressed or not) and the API carry
//! the Content-Security-Policy, Permissions-Policy, `nosniff` and `no-referrer`;
//! HSTS comes only when a proxy says the browser used HTTPS.

mod support;

use support::{Reply, TestServer, databases, request};

const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self' ws://";

fn assert_protected(reply: &Reply, what: &str) {
    let policy = reply.header("content-security-policy").unwrap_or_default();
    assert!(policy.starts_with(POLICY), "{what}: policy {policy:?}");
    for directive in [
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
    ] {
        assert!(policy.contains(directive), "{what}: {directive} missing");
    }
    assert!(!policy.contains("unsafe-inline"), "{what}: {policy}");
    let permissions = reply.header("permissions-policy").unwrap_or_default();
    for feature in ["camera=()", "microphone=()", "geolocation=()"] {
        assert!(permissions.contains(feature), "{what}: {feature} missing");
    }
    assert_eq!(
        reply.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        reply.header("referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
    assert_eq!(reply.header("strict-transport-security"), None, "{what}");
}

#[tokio::test]
async fn every_page_and_file_carries_the_security_headers() {
    for db in databases("headers") {
        let dist = db.dist();
        std::fs::write(dist.join("app-0123456789abcdef.css"), "body { margin: 0 }").expect("css");
        std::fs::write(
            dist.join("sw.js"),
            "self.addEventListener('fetch', () => {});",
        )
        .expect("sw");
        std::fs::create_dir_all(dist.join("icons")).expect("icons");
        std::fs::write(dist.join("icons/icon.svg"), "<svg/>").expect("icon");
        std::fs::write(dist.join("start-0123456789abcdef.js.br"), [0u8; 4]).expect("br");
        std::fs::write(dist.join("start-0123456789abcdef.js"), "// start").expect("js");
        let server = TestServer::start(&db).await;
        for path in [
            "/",
            "/index.html",
            "/join?code=K7P2QX",
            "/sessions/new",
            "/plan/3b1f/overview",
            "/app-0123456789abcdef.css",
            "/sw.js",
            "/icons/icon.svg",
            "/start-0123456789abcdef.js",
            "/missing.js",
            "/api/health",
            "/api/qr/join.svg?code=K7P2QX",
            "/api/no-such-thing",
        ] {
            let reply = request(server.addr, "GET", path, &[], None).await;
            assert_protected(&reply, &format!("{} {path}", db.name));
        }
        let brotli = request(
            server.addr,
            "GET",
            "/start-0123456789abcdef.js",
            &[("Accept-Encoding", "br")],
            None,
        )
        .await;
        assert_eq!(brotli.header("content-encoding"), Some("br"));
        assert_protected(&brotli, "a brotli copy");
        server.stop().await;
    }
}

#[tokio::test]
async fn the_policy_lets_the_page_reach_its_own_websocket() {
    for db in databases("headers-ws") {
        let server = TestServer::start(&db).await;
        let reply = request(server.addr, "GET", "/", &[], None).await;
        let policy = reply.header("content-security-policy").unwrap_or_default();
        let own = format!("connect-src 'self' ws://{};", server.addr);
        assert!(policy.contains(&own), "{policy}");
        server.stop().await;
    }
}

#[tokio::test]
async fn hsts_comes_only_over_https() {
    for db in databases("headers-hsts") {
        let server = TestServer::start(&db).await;
        let plain = request(server.addr, "GET", "/", &[], None).await;
        assert_eq!(plain.header("strict-transport-security"), None);
        let proxied = request(
            server.addr,
            "GET",
            "/",
            &[("X-Forwarded-Proto", "https")],
            None,
        )
        .await;
        assert_eq!(
            proxied.header("strict-transport-security"),
            Some("max-age=31536000")
        );
        let policy = proxied
            .header("content-security-policy")
            .unwrap_or_default();
        assert!(
            policy.contains(&format!("wss://{};", server.addr)),
            "{policy}"
        );
        server.stop().await;
    }
}
