//! Two cares-servers on one PostgreSQL database serve the same sessions and shared
//! plans: a phone on one and the board on the other see each other's edits live,
//! every edit acknowledged on either is saved once in one order, a device can
//! reconnect to the other server from the position it got to, and an erasure on
//! one closes the person's phone on the other. Runs only when
//! `CARES_TEST_POSTGRES_URL` is set (SQLite is one server's file).

mod support;

use std::collections::HashSet;

use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, DocumentId, ParticipantId, ReplicaId, SessionId};
use serde_json::json;
use support::{Live, TestServer, databases, get, uuid, verdict};

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

/// The PostgreSQL test database, or `None` (the test says it is skipped).
fn postgres(tag: &str) -> Option<support::Database> {
    let db = databases(tag).into_iter().find(|db| db.name == "postgres");
    if db.is_none() {
        eprintln!("skipped: set CARES_TEST_POSTGRES_URL to run two servers on PostgreSQL");
    }
    db
}

/// Sends an edit until it is saved, as a phone's outbox does: another server may
/// save at the same place first (`not-saved`: send it again), and a phone sending
/// fast is asked to wait (`slow-down`: send it again after the wait it is given).
async fn until_saved(live: &mut Live, edit: &StampedEdit) -> String {
    loop {
        live.send(edit).await;
        let answer = live.answer_for(edit).await;
        match verdict(&answer).as_str() {
            "not-saved" => {}
            "slow-down" => {
                let wait = answer["retry_after_ms"].as_u64().unwrap_or(100);
                tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
            }
            other => return other.to_owned(),
        }
    }
}

/// The facilitator's download from one server.
async fn download(addr: std::net::SocketAddr, document: &str, token: &str) -> Document {
    let reply = get(addr, &format!("/api/documents/{document}"), Some(token)).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    Document::from_json(reply.body.as_bytes()).expect("the download reads")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_phone_on_one_server_and_the_board_on_the_other_see_each_others_edits() {
    let Some(db) = postgres("servers-live") else {
        return;
    };
    let one = TestServer::start(&db).await;
    let two = TestServer::start(&db).await;
    let created = support::create_session(one.addr).await;
    let sid = SessionId::from_uuid(uuid(&created.session));
    // Each joins through a different server.
    let pat = support::join(one.addr, &created.code, "Pat").await;
    let quinn = support::join(two.addr, &created.code, "Quinn").await;
    let pat_id = ParticipantId::from_uuid(uuid(&pat.participant));
    let quinn_id = ParticipantId::from_uuid(uuid(&quinn.participant));

    let mut board = Live::connect(two.addr, &created.session, &created.board).await;
    board.caught_up().await;
    let mut pat_phone = Live::connect(one.addr, &created.session, &pat.token).await;
    pat_phone.caught_up().await;
    let mut quinn_phone = Live::connect(two.addr, &created.session, &quinn.token).await;
    quinn_phone.caught_up().await;

    let said = pat_phone
        .must(statement(sid, pat_id, 1, "to be asked how I am"))
        .await;
    board.sees(&said).await;
    quinn_phone.sees(&said).await;
    let reply = quinn_phone
        .must(statement(sid, quinn_id, 2, "a break now and then"))
        .await;
    pat_phone.sees(&reply).await;
    board.sees(&reply).await;
    // The board on the other server was never told either one's name.
    let names: Vec<String> = board
        .received
        .iter()
        .filter_map(|e| match &e.edit {
            Edit::Session {
                step: SessionStep::Join { pseudonym, .. },
                ..
            } => Some(pseudonym.clone()),
            _ => None,
        })
        .collect();
    assert!(
        !names.iter().any(|n| n == "Pat" || n == "Quinn"),
        "{names:?}"
    );

    // Both phones type at once, each through its own server: every edit is saved
    // once, whichever server saved first.
    let pat_edits: Vec<StampedEdit> = (10..25)
        .map(|n| pat_phone.stamp(statement(sid, pat_id, n, &format!("Pat's point {n}"))))
        .collect();
    let quinn_edits: Vec<StampedEdit> = (40..55)
        .map(|n| quinn_phone.stamp(statement(sid, quinn_id, n, &format!("Quinn's point {n}"))))
        .collect();
    let typing_pat = {
        let edits = pat_edits.clone();
        tokio::spawn(async move {
            for edit in &edits {
                assert_eq!(until_saved(&mut pat_phone, edit).await, "saved");
            }
            pat_phone
        })
    };
    let typing_quinn = {
        let edits = quinn_edits.clone();
        tokio::spawn(async move {
            for edit in &edits {
                assert_eq!(until_saved(&mut quinn_phone, edit).await, "saved");
            }
            quinn_phone
        })
    };
    let mut pat_phone = typing_pat.await.expect("Pat's phone");
    let mut quinn_phone = typing_quinn.await.expect("Quinn's phone");
    for edit in pat_edits.iter().chain(&quinn_edits) {
        board.sees(edit).await;
    }
    for edit in &quinn_edits {
        pat_phone.sees(edit).await;
    }
    for edit in &pat_edits {
        quinn_phone.sees(edit).await;
    }

    // Both servers hand out the same document, with every statement once.
    let from_one = download(one.addr, &created.document, &created.facilitator).await;
    let from_two = download(two.addr, &created.document, &created.facilitator).await;
    assert_eq!(from_one.content(), from_two.content());
    let session = from_one
        .content()
        .sessions
        .iter()
        .find(|s| s.id == sid)
        .expect("the session");
    assert_eq!(session.contributions.len(), 2 + 30);
    let ids: HashSet<_> = session.contributions.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), 32, "no statement twice");

    // The board got each edit once, in the servers' one order of arrival.
    let keys: Vec<_> = board.received.iter().map(|e| (e.replica, e.seq)).collect();
    let unique: HashSet<_> = keys.iter().collect();
    assert_eq!(keys.len(), unique.len(), "the board got an edit twice");

    one.stop().await;
    two.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_phone_that_moves_to_the_other_server_gets_exactly_what_it_missed() {
    let Some(db) = postgres("servers-move") else {
        return;
    };
    let one = TestServer::start(&db).await;
    let two = TestServer::start(&db).await;
    let created = support::create_session(one.addr).await;
    let sid = SessionId::from_uuid(uuid(&created.session));
    let pat = support::join(one.addr, &created.code, "Pat").await;
    let quinn = support::join(one.addr, &created.code, "Quinn").await;
    let pat_id = ParticipantId::from_uuid(uuid(&pat.participant));
    let quinn_id = ParticipantId::from_uuid(uuid(&quinn.participant));

    let mut pat_phone = Live::connect(one.addr, &created.session, &pat.token).await;
    pat_phone.caught_up().await;
    let mut quinn_phone = Live::connect(one.addr, &created.session, &quinn.token).await;
    quinn_phone.caught_up().await;
    let before = quinn_phone
        .must(statement(sid, quinn_id, 1, "one named contact"))
        .await;
    pat_phone.sees(&before).await;
    let position = pat_phone.position;
    pat_phone.close().await;

    // While Pat's phone is away, Quinn goes on through the first server.
    let mut missed = Vec::new();
    for n in 2..6 {
        missed.push(
            quinn_phone
                .must(statement(sid, quinn_id, n, &format!("while away {n}")))
                .await,
        );
    }
    // Pat's phone comes back through the other server, from where it got to.
    let mut back = Live::reopen_after(two.addr, &created.session, &pat.token, position)
        .await
        .expect("reconnects to the other server");
    back.caught_up().await;
    // Quinn's statements reach Pat's phone as someone's (tests/aliases.rs).
    assert_eq!(
        back.received.len(),
        missed.len(),
        "exactly the missed edits"
    );
    for (got, want) in back.received.iter().zip(&missed) {
        assert!(
            support::shown_as(want, got),
            "in order: {want:?} came as {got:?}"
        );
    }
    let mine = back.stamp(statement(sid, pat_id, 9, "back again"));
    assert_eq!(until_saved(&mut back, &mine).await, "saved");
    quinn_phone.sees(&mine).await;

    one.stop().await;
    two.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_erasure_on_one_server_closes_the_persons_phone_on_the_other() {
    let Some(db) = postgres("servers-erase") else {
        return;
    };
    let one = TestServer::start(&db).await;
    let two = TestServer::start(&db).await;
    let created = support::create_session(one.addr).await;
    let sid = SessionId::from_uuid(uuid(&created.session));
    let pat = support::join(two.addr, &created.code, "Pat").await;
    let pat_id = ParticipantId::from_uuid(uuid(&pat.participant));

    let mut phone = Live::connect(two.addr, &created.session, &pat.token).await;
    phone.caught_up().await;
    let mut board = Live::connect(two.addr, &created.session, &created.board).await;
    board.caught_up().await;
    let said = phone
        .must(statement(sid, pat_id, 1, "my neighbour's name is Jo"))
        .await;
    let mut facilitator = Live::connect(one.addr, &created.session, &created.facilitator).await;
    facilitator.caught_up().await;
    facilitator.sees(&said).await;
    let erase = facilitator
        .must(Edit::Session {
            session: sid,
            step: SessionStep::Erase {
                participant: pat_id,
            },
        })
        .await;
    assert_eq!(
        phone.wait_closed().await,
        4403,
        "the erased person's phone on the other server is closed"
    );
    board.sees(&erase).await;
    // The words are gone from what either server hands out.
    for addr in [one.addr, two.addr] {
        let doc = download(addr, &created.document, &created.facilitator).await;
        assert!(!doc.to_json().contains("Jo"), "erased words on {addr}");
    }
    one.stop().await;
    two.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_reps_pushing_through_different_servers_end_with_one_plan() {
    let Some(db) = postgres("servers-shared") else {
        return;
    };
    let one = TestServer::start(&db).await;
    let two = TestServer::start(&db).await;
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    );
    doc.apply(
        ReplicaId::from_u128(1),
        Edit::SetTitle {
            title: "Maltby carers' plan".into(),
        },
    )
    .expect("a title");
    let reply = support::request(
        one.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", "application/json")],
        Some(doc.to_json().as_bytes()),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let shared = reply.json();
    let id = shared["document"].as_str().expect("id").to_owned();
    let token = shared["token"].as_str().expect("token").to_owned();

    let mut alex = doc.clone();
    let mut sam = doc.clone();
    alex.apply(
        ReplicaId::from_u128(2),
        Edit::SetTitle {
            title: "Alex's title".into(),
        },
    )
    .expect("Alex edits");
    sam.apply(
        ReplicaId::from_u128(3),
        Edit::SetTitle {
            title: "Sam's title".into(),
        },
    )
    .expect("Sam edits");
    for (addr, copy) in [(one.addr, &alex), (two.addr, &sam)] {
        let edits: Vec<&StampedEdit> = copy.log().edits().iter().collect();
        let reply = support::post_json(
            addr,
            &format!("/api/documents/{id}/edits"),
            Some(&token),
            &json!({ "edits": edits }),
        )
        .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    let mut pulled = Vec::new();
    for addr in [one.addr, two.addr] {
        let reply = get(
            addr,
            &format!("/api/documents/{id}/edits?since=0"),
            Some(&token),
        )
        .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        let edits: Vec<StampedEdit> =
            serde_json::from_value(reply.json()["edits"].clone()).expect("edits");
        let mut copy = doc.clone();
        copy.receive(edits).expect("merges");
        pulled.push(copy.content().title.clone());
    }
    assert_eq!(pulled[0], pulled[1], "both servers give the same plan");
    one.stop().await;
    two.stop().await;
}
