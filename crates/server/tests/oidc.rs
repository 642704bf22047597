//! Signing in with an identity provider, against a real one run locally (panva's
//! `oidc-provider` from npm, with Node): where sign-in is asked for, a facilitator
//! who signs in through the provider (Authorization Code with PKCE) can start
//! sessions and share plans from that browser; the sign-in is used once, checked,
//! kept only as a hash, and expires; participants still join with a code alone.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use cares_core::document::{Content, Document};
use cares_core::ids::DocumentId;
use cares_server::clock::Clock;
use cares_server::sign_in::SignIn;
use support::oidc::{Provider, cookie_of, free_port, path_of, sign_in};
use support::{TestServer, databases, get, request, session_body};

async fn start_session(addr: SocketAddr, cookie: Option<&str>) -> support::Reply {
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(c) = cookie {
        headers.push(("Cookie", c));
    }
    let body = session_body("What carers in Maltby need").to_string();
    request(
        addr,
        "POST",
        "/api/sessions",
        &headers,
        Some(body.as_bytes()),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_facilitator_who_signs_in_through_the_provider_can_start_sessions() {
    for db in databases("oidc") {
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port())
            .parse()
            .expect("address");
        let provider = Provider::start(addr);
        let clock = Clock::system();
        let server = TestServer::start_configured(&db, |config| {
            config.addr = addr;
            config.sign_in = SignIn::Required;
            config.oidc = Some(provider.config(addr));
            config.clock = clock.clone();
        })
        .await;

        let refused = start_session(addr, None).await;
        assert_eq!(refused.status, 401, "{}", refused.body);
        assert!(refused.error().contains("sign in"), "{}", refused.body);

        // Through the provider's own pages, with PKCE.
        let signed = sign_in(addr, &provider).await;
        for part in [
            "code_challenge=",
            "code_challenge_method=S256",
            "state=",
            "nonce=",
            "scope=openid",
        ] {
            assert!(
                signed.authorize.contains(part),
                "{part} in {}",
                signed.authorize
            );
        }
        let back = get(addr, &path_of(&signed.callback), None).await;
        assert_eq!(back.status, 302, "{}", back.body);
        assert_eq!(back.header("location"), Some("/"));
        let set = back
            .header("set-cookie")
            .expect("a sign-in cookie")
            .to_owned();
        for attribute in ["HttpOnly", "SameSite=Lax", "Path=/api", "Max-Age=43200"] {
            assert!(set.contains(attribute), "{attribute} in {set}");
        }
        let cookie = cookie_of(&back).expect("the cookie");

        // Signed in: this browser starts a session and shares a plan.
        let started = start_session(addr, Some(&cookie)).await;
        assert_eq!(started.status, 201, "{} {}", db.name, started.body);
        let doc = Document::from_content(
            DocumentId::from_uuid(support::uuid_v4()),
            Content::new("Maltby carers"),
        );
        let shared = request(
            addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "application/json"), ("Cookie", &cookie)],
            Some(doc.to_json().as_bytes()),
        )
        .await;
        assert_eq!(shared.status, 201, "{}", shared.body);
        // People join with the code alone.
        let code = started.json()["code"].as_str().expect("code").to_owned();
        support::join(addr, &code, "Sam").await;

        // The provider's answer works once; a made-up one not at all.
        let again = get(addr, &path_of(&signed.callback), None).await;
        assert_eq!(again.status, 400, "{}", again.body);
        assert!(again.error().contains("sign in again"), "{}", again.body);
        let forged = get(addr, "/api/sign-in/callback?code=abc&state=made-up", None).await;
        assert_eq!(forged.status, 400, "{}", forged.body);
        let made_up = format!("cares_sign_in={}", "cd".repeat(32));
        assert_eq!(start_session(addr, Some(&made_up)).await.status, 401);

        // Twelve hours on, the sign-in has run out.
        clock.advance(Duration::from_secs(12 * 3600 + 60));
        let late = start_session(addr, Some(&cookie)).await;
        assert_eq!(late.status, 401, "{}", late.body);
        assert!(late.error().contains("expired"), "{}", late.body);
        server.stop().await;
        drop(provider);

        // Only the sign-in's hash was kept.
        let secret = cookie.trim_start_matches("cares_sign_in=");
        for file in db.sqlite_files() {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds the sign-in itself",
                file.display()
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_provider_set_up_sign_in_says_so() {
    for db in databases("oidc-none") {
        let server = TestServer::start(&db).await;
        let reply = get(server.addr, "/api/sign-in", None).await;
        assert_eq!(reply.status, 404, "{}", reply.body);
        assert!(reply.error().contains("facilitator key"), "{}", reply.body);
        server.stop().await;
    }
}
