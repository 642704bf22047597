//! A phone that drops off the network keeps what its person typed and sends it when
//! it comes back: every edit is applied once, however many times it is sent, and
//! devices that were away get the late arrivals too.

mod support;

use std::collections::HashMap;

use cares_core::document::Document;
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, ParticipantId, SessionId};
use support::{Live, TestServer, TokenIn, databases, get, uuid, verdict};

fn statement(sid: SessionId, who: ParticipantId, n: u128, text: &str) -> Edit {
    Edit::Session {
        session: sid,
        step: SessionStep::AddContribution {
            contribution: ContributionId::from_u128(n),
            participant: Some(who),
            text: text.into(),
        },
    }
}

fn seen_clock(live: &Live) -> u64 {
    live.received.iter().map(|e| e.clock).max().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_that_reconnects_and_sends_again_gets_each_edit_applied_once() {
    for db in databases("reconnect") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let pat = support::join(addr, &created.code, "Pat").await;
        let quinn = support::join(addr, &created.code, "Quinn").await;
        let pat_id = ParticipantId::from_uuid(uuid(&pat.participant));
        let quinn_id = ParticipantId::from_uuid(uuid(&quinn.participant));

        let mut phone = Live::connect(addr, &created.session, &pat.token).await;
        phone.caught_up().await;
        let mut other = Live::connect(addr, &created.session, &quinn.token).await;
        other.caught_up().await;

        let s1 = phone
            .must(statement(sid, pat_id, 1, "to tell my story once"))
            .await;
        let s2 = phone
            .must(statement(sid, pat_id, 2, "to be listened to"))
            .await;
        other.sees(&s2).await;
        // Sent, then the signal goes before the answer comes back.
        let s3 = phone.stamp(statement(sid, pat_id, 3, "a break now and then"));
        phone.send(&s3).await;
        let seen = seen_clock(&phone);
        let (replica, seq, clock) = (phone.replica, phone.seq, phone.clock);
        phone.close().await;

        // Offline, the person keeps typing.
        let offline: Vec<StampedEdit> = (4..=5)
            .map(|n| StampedEdit {
                replica,
                seq: seq + u64::try_from(n - 3).expect("small"),
                clock: clock + u64::try_from(n - 3).expect("small"),
                edit: statement(sid, pat_id, n, &format!("offline thought {n}")),
            })
            .collect();
        // Meanwhile the room goes on, and a board watches.
        let q1 = other
            .must(statement(sid, quinn_id, 11, "one named contact"))
            .await;
        other
            .must(statement(sid, quinn_id, 13, "to be asked how I am"))
            .await;
        other
            .must(statement(sid, quinn_id, 14, "time for myself"))
            .await;
        let q2 = other
            .must(statement(
                sid,
                quinn_id,
                12,
                "services that talk to each other",
            ))
            .await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        board.caught_up().await;
        board.sees(&q2).await;
        let board_clock = seen_clock(&board);
        let board_position = board.position;
        board.close().await;
        assert!(
            offline.iter().all(|e| e.clock <= board_clock),
            "the offline edits must sort before what the board has seen"
        );

        // Back online: it catches up from what it had, then sends everything unanswered,
        // and one it already had an answer for.
        let mut phone = Live::open(
            addr,
            &created.session,
            &pat.token,
            seen,
            TokenIn::Subprotocol,
        )
        .await
        .expect("reconnects");
        phone.caught_up().await;
        assert!(phone.has(&q1) && phone.has(&q2), "catch-up from its clock");
        phone.replica = replica;
        let mut answers = HashMap::new();
        for edit in [&s3, &offline[0], &offline[1], &s1] {
            phone.send(edit).await;
            answers.insert(edit.seq, verdict(&phone.answer_for(edit).await));
        }
        assert_eq!(answers[&s1.seq], "duplicate");
        assert!(
            ["saved", "duplicate"].contains(&answers[&s3.seq].as_str()),
            "{answers:?}"
        );
        assert_eq!(answers[&offline[0].seq], "saved");
        assert_eq!(answers[&offline[1].seq], "saved");
        // The same edit twice in a row: once applied.
        for (n, expected) in [(0, "duplicate"), (1, "duplicate")] {
            phone.send(&offline[n]).await;
            assert_eq!(verdict(&phone.answer_for(&offline[n]).await), expected);
        }

        // Those who stayed get the late edits as they land ...
        for edit in &offline {
            other.sees(edit).await;
        }
        // ... and those who were away get them on return, though their clocks are
        // below the one they report.
        let mut board = Live::open(
            addr,
            &created.session,
            &created.board,
            board_clock,
            TokenIn::Hello,
        )
        .await
        .expect("reconnects");
        board.caught_up().await;
        for edit in &offline {
            assert!(
                board.has(edit),
                "late edit {} missing for the board",
                edit.seq
            );
        }
        // By position, exactly what arrived since: the late edits, nothing it had.
        let mut exact = Live::reopen_after(addr, &created.session, &created.board, board_position)
            .await
            .expect("reconnects");
        exact.caught_up().await;
        for edit in &offline {
            assert!(
                exact.has(edit),
                "late edit {} missing after position",
                edit.seq
            );
        }
        assert!(!exact.has(&q1) && !exact.has(&q2), "sent again what it had");

        // Each statement is there exactly once, on the server and after a restart.
        server.stop().await;
        let server = TestServer::start(&db).await;
        let reply = get(
            server.addr,
            &format!("/api/documents/{}", created.document),
            Some(&created.facilitator),
        )
        .await;
        let doc = Document::from_json(reply.body.as_bytes()).expect("document");
        let mut ids: Vec<u128> = doc.content().sessions[0]
            .contributions
            .iter()
            .map(|c| c.id.as_uuid().as_u128())
            .collect();
        ids.sort_unstable();
        assert_eq!(ids, [1, 2, 3, 4, 5, 11, 12, 13, 14]);
        let keys: Vec<(String, u64)> = doc
            .log()
            .edits()
            .iter()
            .map(|e| (e.replica.to_string(), e.seq))
            .collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "an edit was stored twice");
        server.stop().await;
    }
}
