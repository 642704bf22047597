//! Checking a join code before the person picks a name: a session that can be joined,
//! no such session, a session that has finished, each said plainly; and checking is
//! held to the same limit on wrong codes as joining.

mod support;

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{SessionId, ThemeId};
use cares_server::limits::{BucketSpec, Limits};
use serde_json::json;
use support::{Live, TestServer, databases, post_json, uuid};

async fn check(addr: std::net::SocketAddr, code: &str) -> support::Reply {
    post_json(addr, "/api/join/check", None, &json!({ "code": code })).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_is_checked_before_the_name_is_asked() {
    for db in databases("join-check") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;

        let found = check(addr, &created.code.to_lowercase()).await;
        assert_eq!(found.status, 200, "{}", found.body);
        assert_eq!(found.json()["session"], json!(created.session));

        let unknown = if created.code == "K7P2QX" {
            "K7P2QY"
        } else {
            "K7P2QX"
        };
        let missing = check(addr, unknown).await;
        assert_eq!(missing.status, 404);
        assert_eq!(
            missing.error(),
            "no session has that code; check the code on the board and try again"
        );

        // The facilitator takes the session through to its end.
        let sid = SessionId::from_uuid(uuid(&created.session));
        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        // Its edits are stamped after the session it has seen, as the app's are.
        facilitator.caught_up().await;
        let step = |step| Edit::Session { session: sid, step };
        let advance = |to| step(SessionStep::Advance { to });
        assert_eq!(facilitator.make(advance(Phase::Group)).await, "saved");
        let theme = step(SessionStep::AddTheme {
            theme: ThemeId::from_uuid(support::uuid_v4()),
            name: "Breaks".into(),
        });
        assert_eq!(facilitator.make(theme).await, "saved");
        for to in [Phase::Prioritise, Phase::Plan, Phase::Closed] {
            assert_eq!(facilitator.make(advance(to)).await, "saved", "to {to:?}");
        }
        let finished = check(addr, &created.code).await;
        assert_eq!(finished.status, 409, "{}", finished.body);
        assert_eq!(
            finished.error(),
            "this session has finished, so it cannot be joined any more"
        );
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checking_codes_counts_against_the_wrong_code_limit() {
    for db in databases("join-check-limit") {
        let limits = Limits {
            join_failures: BucketSpec::new(3, 0.001),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let unknown = if created.code == "K7P2QX" {
            "K7P2QY"
        } else {
            "K7P2QX"
        };
        for _ in 0..3 {
            assert_eq!(check(addr, unknown).await.status, 404);
        }
        // Out of tries: even the right code is not looked up for a while.
        let refused = check(addr, &created.code).await;
        assert_eq!(refused.status, 429, "{}", refused.body);
        let joining = support::request(
            addr,
            "POST",
            "/api/join",
            &[("Content-Type", "application/json")],
            Some(
                json!({ "code": created.code, "pseudonym": "Sam" })
                    .to_string()
                    .as_bytes(),
            ),
        )
        .await;
        assert_eq!(joining.status, 429, "joining shares the limit");
        server.stop().await;
    }
}
