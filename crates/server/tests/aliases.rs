//! Nobody's phone or board can tell which statements or dots are one person's
//! unless they are its own: someone else's statement comes with nobody named and a
//! device id of its own, their dots and join under a stand-in made for that viewer
//! alone. A hidden statement's words reach only the facilitator and its author,
//! in a catch-up and in a pull; a device coming back from before it was hidden
//! starts afresh, and every device does when it is shown again.

mod support;

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, ParticipantId, SessionId, ThemeId};
use cares_protocol::close::START_AFRESH;
use support::{Live, Refused, TestServer, databases, get, uuid};

const PRIVATE: &str = "my neighbour Okapi Zanzibar-Quill";

fn participant_of(e: &StampedEdit) -> Option<ParticipantId> {
    match &e.edit {
        Edit::Session {
            step:
                SessionStep::Join { participant, .. }
                | SessionStep::Vote { participant, .. }
                | SessionStep::Unvote { participant, .. },
            ..
        } => Some(*participant),
        Edit::Session {
            step: SessionStep::AddContribution { participant, .. },
            ..
        } => *participant,
        _ => None,
    }
}

fn statements(edits: &[StampedEdit]) -> Vec<&StampedEdit> {
    edits
        .iter()
        .filter(|e| {
            matches!(
                e.edit,
                Edit::Session {
                    step: SessionStep::AddContribution { .. },
                    ..
                }
            )
        })
        .collect()
}

fn votes(edits: &[StampedEdit]) -> Vec<&StampedEdit> {
    edits
        .iter()
        .filter(|e| {
            matches!(
                e.edit,
                Edit::Session {
                    step: SessionStep::Vote { .. },
                    ..
                }
            )
        })
        .collect()
}

/// What one viewer received names neither Ann nor her phone, and her two statements
/// share nothing a device could link.
fn assert_unlinked(who: &str, edits: &[StampedEdit], ann: ParticipantId, ann_phone: &Live) {
    let text = serde_json::to_string(edits).expect("json");
    assert!(
        !text.contains(&ann.to_string()),
        "{who} was told Ann's id: {text}"
    );
    assert!(
        !text.contains(&ann_phone.replica.to_string()),
        "{who} was told Ann's phone: {text}"
    );
    let said = statements(edits);
    assert_eq!(said.len(), 2, "{who}: {said:?}");
    assert!(
        said.iter().all(|e| participant_of(e).is_none()),
        "{who}: {said:?}"
    );
    assert_ne!(said[0].replica, said[1].replica, "{who}: one device id");
    let dots = votes(edits);
    assert_eq!(dots.len(), 2, "{who}: {dots:?}");
    for dot in &dots {
        assert!(
            said.iter().all(|s| s.replica != dot.replica),
            "{who}: a dot and a statement share a device id"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_phone_or_board_can_tell_which_statements_and_dots_are_one_persons() {
    for db in databases("aliases") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let ann = support::join(addr, &created.code, "Ann").await;
        let bo = support::join(addr, &created.code, "Bo").await;
        let ann_id = ParticipantId::from_uuid(uuid(&ann.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut ann_phone = Live::connect(addr, &created.session, &ann.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut facilitator, &mut ann_phone, &mut board] {
            live.caught_up().await;
        }
        let mut made = Vec::new();
        for n in 1..=2 {
            made.push(
                ann_phone
                    .must(step(SessionStep::AddContribution {
                        contribution: ContributionId::from_u128(n),
                        participant: Some(ann_id),
                        text: format!("to tell my story once ({n})"),
                    }))
                    .await,
            );
        }
        let (story, breaks) = (ThemeId::from_u128(10), ThemeId::from_u128(11));
        facilitator.clock = ann_phone.clock;
        for edit in [
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
        ] {
            facilitator.must(edit).await;
        }
        ann_phone.clock = facilitator.clock;
        for theme in [story, breaks] {
            made.push(
                ann_phone
                    .must(step(SessionStep::Vote {
                        participant: ann_id,
                        theme,
                    }))
                    .await,
            );
        }
        let reveal = facilitator.must(step(SessionStep::RevealVotes)).await;
        board.sees(&reveal).await;
        for edit in &made {
            board.sees(edit).await;
        }
        assert_unlinked("the live board", &board.received, ann_id, &ann_phone);

        // Bo's phone and a board opened later, from a catch-up.
        let mut bo_phone = Live::connect(addr, &created.session, &bo.token).await;
        bo_phone.caught_up().await;
        assert_unlinked("Bo's phone", &bo_phone.received, ann_id, &ann_phone);
        let mut late_board = Live::connect(addr, &created.session, &created.board).await;
        late_board.caught_up().await;
        assert_unlinked(
            "a board's catch-up",
            &late_board.received,
            ann_id,
            &ann_phone,
        );
        // Each viewer has stand-ins of its own; the same viewer gets the same again.
        assert_eq!(
            votes(&late_board.received)
                .iter()
                .map(|e| (e.replica, participant_of(e)))
                .collect::<Vec<_>>(),
            votes(&board.received)
                .iter()
                .map(|e| (e.replica, participant_of(e)))
                .collect::<Vec<_>>(),
        );
        assert_ne!(
            votes(&bo_phone.received)[0].replica,
            votes(&board.received)[0].replica
        );

        // And through the HTTP pull.
        let path = format!("/api/documents/{}/edits?since=0", created.document);
        let pulled = get(addr, &path, Some(&created.board)).await;
        assert_eq!(pulled.status, 200, "{}", pulled.body);
        let edits: Vec<StampedEdit> =
            serde_json::from_value(pulled.json()["edits"].clone()).expect("edits");
        assert_unlinked("a pull", &edits, ann_id, &ann_phone);

        // Ann's own phone and the facilitator see her as herself.
        let mut ann_again = Live::connect(addr, &created.session, &ann.token).await;
        ann_again.caught_up().await;
        for live in [&ann_again, &facilitator] {
            let text = serde_json::to_string(&live.received).expect("json");
            assert!(text.contains(&ann_id.to_string()));
        }
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hidden_statements_words_reach_only_the_facilitator_and_its_author() {
    for db in databases("hidden-words") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let ann = support::join(addr, &created.code, "Ann").await;
        let bo = support::join(addr, &created.code, "Bo").await;
        let ann_id = ParticipantId::from_uuid(uuid(&ann.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut ann_phone = Live::connect(addr, &created.session, &ann.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut facilitator, &mut ann_phone, &mut board] {
            live.caught_up().await;
        }
        let statement = ContributionId::from_u128(1);
        let said = ann_phone
            .must(step(SessionStep::AddContribution {
                contribution: statement,
                participant: Some(ann_id),
                text: PRIVATE.into(),
            }))
            .await;
        board.sees(&said).await;
        facilitator.sees(&said).await;
        let board_position = board.position;
        let hide = facilitator
            .must(step(SessionStep::Hide {
                contribution: statement,
            }))
            .await;
        // The board connected showed the words already, and now hides them itself.
        board.sees(&hide).await;
        // Coming back from before the hide, a device that may hold the words is told
        // to start afresh, before anything else.
        let again =
            Live::reopen_after(addr, &created.session, &created.board, board_position).await;
        assert!(
            matches!(again, Err(Refused::Closed(START_AFRESH))),
            "{:?}",
            again.map(|l| l.welcome)
        );

        let holds_words = |edits: &[StampedEdit]| {
            serde_json::to_string(edits)
                .expect("json")
                .contains(PRIVATE)
        };
        let mut fresh_board = Live::connect(addr, &created.session, &created.board).await;
        fresh_board.caught_up().await;
        assert!(
            !holds_words(&fresh_board.received),
            "the board got the words"
        );
        assert_eq!(
            statements(&fresh_board.received).len(),
            1,
            "still one statement"
        );
        let mut bo_phone = Live::connect(addr, &created.session, &bo.token).await;
        bo_phone.caught_up().await;
        assert!(!holds_words(&bo_phone.received), "Bo's phone got the words");
        let path = format!("/api/documents/{}/edits?since=0", created.document);
        let pulled = get(addr, &path, Some(&created.board)).await;
        assert_eq!(pulled.status, 200, "{}", pulled.body);
        assert!(!pulled.body.contains(PRIVATE), "a pull got the words");

        let mut ann_again = Live::connect(addr, &created.session, &ann.token).await;
        ann_again.caught_up().await;
        assert!(holds_words(&ann_again.received), "Ann keeps her own words");
        let mut facilitator_again =
            Live::connect(addr, &created.session, &created.facilitator).await;
        facilitator_again.caught_up().await;
        assert!(holds_words(&facilitator_again.received));

        // Shown again: the board starts afresh and gets the words back.
        facilitator
            .must(step(SessionStep::Show {
                contribution: statement,
            }))
            .await;
        assert_eq!(fresh_board.wait_closed().await, START_AFRESH);
        let mut shown_board = Live::connect(addr, &created.session, &created.board).await;
        shown_board.caught_up().await;
        assert!(holds_words(&shown_board.received));
        server.stop().await;
    }
}
