//! Dots are hidden until the facilitator reveals them: before that, only the
//! facilitator and the voter see a vote, on the live connection, in a catch-up and
//! in a pull; at the reveal everyone gets the dots they were not shown.

mod support;

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, ParticipantId, SessionId, ThemeId};
use support::{Live, TestServer, TokenIn, databases, get, uuid};

fn is_vote(e: &StampedEdit) -> bool {
    matches!(
        e.edit,
        Edit::Session {
            step: SessionStep::Vote { .. } | SessionStep::Unvote { .. },
            ..
        }
    )
}

fn votes_in(pulled: &serde_json::Value) -> usize {
    pulled["edits"]
        .as_array()
        .expect("edits")
        .iter()
        .filter(|e| {
            let step = &e["edit"]["session"]["step"];
            step.get("vote").is_some() || step.get("unvote").is_some()
        })
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn votes_are_seen_only_by_the_facilitator_and_the_voter_until_revealed() {
    for db in databases("hidden-votes") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let ann = support::join(addr, &created.code, "Ann").await;
        let bo = support::join(addr, &created.code, "Bo").await;
        let ann_id = ParticipantId::from_uuid(uuid(&ann.participant));
        let bo_id = ParticipantId::from_uuid(uuid(&bo.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut ann_phone = Live::connect(addr, &created.session, &ann.token).await;
        let mut ann_tablet = Live::connect(addr, &created.session, &ann.token).await;
        let mut bo_phone = Live::connect(addr, &created.session, &bo.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        let mut everyone = [&mut ann_phone, &mut ann_tablet, &mut bo_phone, &mut board];
        for live in everyone.iter_mut() {
            live.caught_up().await;
        }
        facilitator.caught_up().await;

        let (story, breaks) = (ThemeId::from_u128(1), ThemeId::from_u128(2));
        let statement = ContributionId::from_u128(3);
        let setup = [
            step(SessionStep::AddContribution {
                contribution: statement,
                participant: None,
                text: "to tell my story once".into(),
            }),
            step(SessionStep::Advance { to: Phase::Group }),
            step(SessionStep::AddTheme {
                theme: story,
                name: "Tell my story once".into(),
            }),
            step(SessionStep::AddTheme {
                theme: breaks,
                name: "Breaks".into(),
            }),
            step(SessionStep::Advance {
                to: Phase::Prioritise,
            }),
        ];
        for edit in setup {
            let made = facilitator.must(edit).await;
            for live in everyone.iter_mut() {
                live.sees(&made).await;
            }
        }
        // A board that watches now and leaves before the reveal.
        let mut early_board = Live::connect(addr, &created.session, &created.board).await;
        early_board.caught_up().await;

        let ann_vote = ann_phone
            .must(step(SessionStep::Vote {
                participant: ann_id,
                theme: story,
            }))
            .await;
        facilitator.sees(&ann_vote).await;
        ann_tablet.sees(&ann_vote).await;
        // Something everyone sees, sent after the vote: whoever was to get the vote
        // has it by the time this arrives.
        let marker = facilitator
            .must(step(SessionStep::Hide {
                contribution: statement,
            }))
            .await;
        for live in [&mut bo_phone, &mut board, &mut early_board] {
            live.sees(&marker).await;
            assert!(
                !live.has(&ann_vote),
                "a hidden vote reached {}",
                live.welcome["role"]
            );
        }
        let early_clock = early_board.clock;
        early_board.close().await;

        // Catch-up and pull keep the vote hidden too.
        let mut late_bo = Live::connect(addr, &created.session, &bo.token).await;
        late_bo.caught_up().await;
        assert!(
            !late_bo.received.iter().any(is_vote),
            "catch-up showed a hidden vote"
        );
        let pull = |token: String| {
            let path = format!("/api/documents/{}/edits?since=0", created.document);
            async move { get(addr, &path, Some(&token)).await.json() }
        };
        assert_eq!(votes_in(&pull(created.board.clone()).await), 0);
        assert_eq!(votes_in(&pull(bo.token.clone()).await), 0);
        assert_eq!(votes_in(&pull(ann.token.clone()).await), 1);
        assert_eq!(votes_in(&pull(created.facilitator.clone()).await), 1);

        let bo_vote = bo_phone
            .must(step(SessionStep::Vote {
                participant: bo_id,
                theme: breaks,
            }))
            .await;
        facilitator.sees(&bo_vote).await;
        let marker = facilitator
            .must(step(SessionStep::SetHeadcount { people: Some(7) }))
            .await;
        ann_phone.sees(&marker).await;
        assert!(!ann_phone.has(&bo_vote), "Ann saw Bo's hidden vote");

        // The reveal: everyone gets the dots they were not shown.
        let reveal = facilitator.must(step(SessionStep::RevealVotes)).await;
        for live in [&mut ann_phone, &mut bo_phone, &mut board, &mut late_bo] {
            live.sees(&reveal).await;
        }
        board.sees(&ann_vote).await;
        board.sees(&bo_vote).await;
        bo_phone.sees(&ann_vote).await;
        ann_phone.sees(&bo_vote).await;
        late_bo.sees(&ann_vote).await;
        // After the reveal, votes are passed on as they come.
        let another = ann_phone
            .must(step(SessionStep::Vote {
                participant: ann_id,
                theme: breaks,
            }))
            .await;
        board.sees(&another).await;
        bo_phone.sees(&another).await;
        // A board that left before the reveal gets the withheld dots on its return,
        // though their clocks are below the one it reports.
        assert!(ann_vote.clock <= early_clock);
        let mut back = Live::open(
            addr,
            &created.session,
            &created.board,
            early_clock,
            TokenIn::Hello,
        )
        .await
        .expect("reconnects");
        back.caught_up().await;
        assert!(
            back.has(&ann_vote) && back.has(&bo_vote),
            "withheld votes missing after reveal"
        );
        assert_eq!(votes_in(&pull(created.board.clone()).await), 3);
        server.stop().await;
    }
}

/// The stored edits of one document.
async fn stored_bodies(url: &str, document: &str) -> Vec<String> {
    use sqlx::Row;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let rows = sqlx::query("SELECT body FROM edits WHERE document_id = $1")
        .bind(document)
        .fetch_all(&pool)
        .await
        .expect("rows");
    let bodies = rows
        .iter()
        .map(|r| r.try_get::<String, _>("body").expect("body"))
        .collect();
    pool.close().await;
    bodies
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn votes_stamped_inside_voting_but_sent_after_the_close_are_refused() {
    for db in databases("late-votes") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let ann = support::join(addr, &created.code, "Ann").await;
        let ann_id = ParticipantId::from_uuid(uuid(&ann.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut ann_phone = Live::connect(addr, &created.session, &ann.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut facilitator, &mut ann_phone, &mut board] {
            live.caught_up().await;
        }
        let story = ThemeId::from_u128(1);
        for edit in [
            step(SessionStep::Advance { to: Phase::Group }),
            step(SessionStep::AddTheme {
                theme: story,
                name: "Tell my story once".into(),
            }),
            step(SessionStep::Advance {
                to: Phase::Prioritise,
            }),
        ] {
            facilitator.must(edit).await;
        }
        let voting = facilitator.last.clone().expect("the move to voting");
        ann_phone.sees(&voting).await;
        // Ann's phone stamps three dots inside the voting window and holds them.
        let inside = ann_phone.clock + 1;
        let dots: Vec<StampedEdit> = (1..=3)
            .map(|seq| StampedEdit {
                replica: ann_phone.replica,
                seq,
                clock: inside,
                edit: step(SessionStep::Vote {
                    participant: ann_id,
                    theme: story,
                }),
            })
            .collect();
        // The facilitator's next steps all come after them in the order.
        facilitator.clock = facilitator.clock.max(inside);
        for edit in [
            step(SessionStep::RevealVotes),
            step(SessionStep::Advance { to: Phase::Plan }),
            step(SessionStep::Advance { to: Phase::Closed }),
        ] {
            facilitator.must(edit).await;
        }
        let closed = facilitator.last.clone().expect("the close");
        assert!(dots.iter().all(|d| d.order() < closed.order()));
        ann_phone.sees(&closed).await;

        for dot in &dots {
            ann_phone.send(dot).await;
            let answer = ann_phone.answer_for(dot).await;
            assert_eq!(answer["reason"], "too-late", "{answer}");
            assert!(
                answer["error"]
                    .as_str()
                    .is_some_and(|e| e.contains("closed")),
                "{answer}"
            );
        }
        // Nothing of them reaches the board, the download or the database.
        let marker = facilitator
            .must(step(SessionStep::SetHeadcount { people: Some(4) }))
            .await;
        board.sees(&marker).await;
        assert!(!board.received.iter().any(is_vote), "a late vote was shown");
        let whole = get(
            addr,
            &format!("/api/documents/{}", created.document),
            Some(&created.facilitator),
        )
        .await;
        let doc = cares_core::document::Document::from_json(whole.body.as_bytes()).expect("doc");
        assert!(doc.content().sessions[0].votes.is_empty());
        server.stop().await;
        let bodies = stored_bodies(&db.url, &created.document).await;
        assert!(
            !bodies.iter().any(|b| b.contains("\"vote\"")),
            "a late vote was stored"
        );
    }
}
