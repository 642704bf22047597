//! The limits: body sizes, WebSocket message size, the core's text limits, edits
//! per second per participant, messages per connection, wrong join codes and
//! creations per address — each refused with a clear message and the right status.

mod support;

use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{ContributionId, ParticipantId, SessionId};
use cares_server::limits::{BucketSpec, Limits};
use serde_json::json;
use support::{Live, TestServer, databases, post_json, request, uuid, verdict};

fn tight() -> Limits {
    Limits {
        participant_edits: BucketSpec::new(5, 0.001),
        socket_messages: BucketSpec::new(40, 0.001),
        join_failures: BucketSpec::new(3, 0.001),
        creations: BucketSpec::new(4, 0.001),
        ..Limits::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_limit_is_enforced_with_a_clear_refusal() {
    for db in databases("limits") {
        let server = TestServer::start_with(&db, tight()).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let sam = support::join(addr, &created.code, "Sam").await;
        let me = ParticipantId::from_uuid(uuid(&sam.participant));

        // Bodies over 16 KiB on the ordinary endpoints.
        let mut big = support::session_body("Big");
        big["title"] = json!("x".repeat(17 * 1024));
        let reply = post_json(addr, "/api/sessions", None, &big).await;
        assert_eq!(reply.status, 413, "{}", reply.body);
        assert!(
            reply.error().contains("larger than allowed"),
            "{}",
            reply.error()
        );

        // The core's own limits, in its words.
        let mut long = support::session_body("Long");
        long["title"] = json!("x".repeat(201));
        let reply = post_json(addr, "/api/sessions", None, &long).await;
        assert_eq!(reply.status, 422);
        assert_eq!(
            reply.error(),
            "a session title can be up to 200 characters; this one has 201"
        );
        let reply = post_json(
            addr,
            "/api/join",
            None,
            &json!({ "code": created.code, "pseudonym": "n".repeat(41) }),
        )
        .await;
        assert_eq!(reply.status, 422);
        assert_eq!(
            reply.error(),
            "a name to show can be up to 40 characters; this one has 41"
        );
        let reply = post_json(addr, "/api/join", None, &json!({ "code": created.code })).await;
        assert_eq!(reply.status, 422, "a missing field");
        let reply = request(
            addr,
            "POST",
            "/api/join",
            &[("Content-Type", "application/json")],
            Some(b"{not json"),
        )
        .await;
        assert_eq!(reply.status, 400);

        let mut phone = Live::connect(addr, &created.session, &sam.token).await;
        phone.caught_up().await;
        let statement = |n: u128, text: String| Edit::Session {
            session: sid,
            step: SessionStep::AddContribution {
                contribution: ContributionId::from_u128(n),
                participant: Some(me),
                text,
            },
        };
        let stamped = phone.stamp(statement(1, "x".repeat(501)));
        phone.send(&stamped).await;
        let answer = phone.answer_for(&stamped).await;
        assert_eq!(verdict(&answer), "invalid");
        assert_eq!(
            answer["error"],
            "a statement can be up to 500 characters; this one has 501"
        );

        // Edits per second per participant: a burst of 5 (one already spent), then wait.
        let sent: Vec<_> = (2..=9)
            .map(|n| phone.stamp(statement(n, format!("need {n}"))))
            .collect();
        for edit in &sent {
            phone.send(edit).await;
        }
        let mut verdicts = Vec::new();
        for edit in &sent {
            let answer = phone.answer_for(edit).await;
            if verdict(&answer) == "slow-down" {
                assert!(
                    answer["retry_after_ms"].as_u64().unwrap_or(0) > 0,
                    "{answer}"
                );
            }
            verdicts.push(verdict(&answer));
        }
        assert_eq!(
            verdicts,
            [
                "saved",
                "saved",
                "saved",
                "saved",
                "slow-down",
                "slow-down",
                "slow-down",
                "slow-down"
            ]
        );

        // A WebSocket message over 16 KiB ends that connection, and only that one.
        let mut other = Live::connect(addr, &created.session, &created.board).await;
        other.caught_up().await;
        phone
            .send_text(format!(
                "{{\"type\":\"edit\",\"padding\":\"{}\"}}",
                "p".repeat(17 * 1024)
            ))
            .await;
        let code = phone.wait_closed().await;
        assert_ne!(code, 1000, "closed for the size, not normally");
        let mut again = Live::connect(addr, &created.session, &sam.token).await;
        again.caught_up().await;

        // Messages per connection, of any kind: a flood of junk closes it.
        for _ in 0..45 {
            again.send_text("{\"type\":\"nonsense\"}".to_owned()).await;
        }
        let mut errors = 0;
        let code = loop {
            match again.next_or_close().await {
                Ok(v) if v["type"] == "error" => errors += 1,
                Ok(_) => {}
                Err(code) => break code,
            }
        };
        assert_eq!(code, 1008);
        assert!(
            errors >= 1,
            "unreadable messages are answered with an error first"
        );

        // Wrong join codes: three, then even a right one waits.
        for _ in 0..3 {
            let reply = post_json(
                addr,
                "/api/join",
                None,
                &json!({ "code": "ZZZZZZ", "pseudonym": "Guess" }),
            )
            .await;
            assert_eq!(reply.status, 404);
        }
        let reply = post_json(
            addr,
            "/api/join",
            None,
            &json!({ "code": "ZZZZZZ", "pseudonym": "Guess" }),
        )
        .await;
        assert_eq!(reply.status, 429);
        assert!(reply.header("retry-after").is_some());
        let reply = post_json(
            addr,
            "/api/join",
            None,
            &json!({ "code": created.code, "pseudonym": "Late" }),
        )
        .await;
        assert_eq!(reply.status, 429, "no more lookups once out of tries");

        // Creations per address, tried or done: four allowed here, two used above.
        for _ in 0..2 {
            let reply =
                post_json(addr, "/api/sessions", None, &support::session_body("More")).await;
            assert_eq!(reply.status, 201);
        }
        let reply = post_json(
            addr,
            "/api/sessions",
            None,
            &support::session_body("Too many"),
        )
        .await;
        assert_eq!(reply.status, 429);

        // The board is still there.
        other.close().await;
        server.stop().await;
    }
}
