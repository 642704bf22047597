//! The authorisation matrix: facilitator, participant, board and outsider against
//! every endpoint and every kind of edit on the live connection, each outcome
//! asserted. Runs on SQLite, and on PostgreSQL when `CARES_TEST_POSTGRES_URL` is set.

mod support;

use cares_core::coproduction::Phase;
use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{ActionId, ContributionId, ParticipantId, PlanId, SessionId, ThemeId};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use serde_json::json;
use support::{Live, Refused, TestServer, TokenIn, databases, get, post_json, uuid};

fn contribution() -> ContributionId {
    ContributionId::from_uuid(support::uuid_v4())
}

fn theme() -> ThemeId {
    ThemeId::from_uuid(support::uuid_v4())
}

/// Who tries an edit, and what the matrix expects.
struct Case {
    label: &'static str,
    edit: Edit,
    facilitator: &'static str,
    participant: &'static str,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_may_make_exactly_the_edits_it_should() {
    for db in databases("authz-edits") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let plan = PlanId::from_uuid(uuid(&created.plan));
        let sam = support::join(addr, &created.code, "Sam").await;
        let jo = support::join(addr, &created.code, "Jo").await;
        let me = ParticipantId::from_uuid(uuid(&sam.participant));
        let other = ParticipantId::from_uuid(uuid(&jo.participant));

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut participant = Live::connect(addr, &created.session, &sam.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut facilitator, &mut participant, &mut board] {
            live.caught_up().await;
        }
        let step = |step| Edit::Session { session: sid, step };
        let statement = |who: Option<ParticipantId>| {
            step(SessionStep::AddContribution {
                contribution: contribution(),
                participant: who,
                text: "to be listened to".into(),
            })
        };

        // Share phase.
        let held = contribution();
        let mut cases = vec![
            Case {
                label: "join as themselves (already joined)",
                edit: step(SessionStep::Join {
                    participant: me,
                    pseudonym: "Sam again".into(),
                }),
                facilitator: "invalid",
                participant: "invalid",
            },
            Case {
                label: "consent for themselves",
                edit: step(SessionStep::Consent {
                    participant: me,
                    roles: Default::default(),
                    young_carer: Some(false),
                }),
                facilitator: "saved",
                participant: "saved",
            },
            Case {
                label: "consent for someone else",
                edit: step(SessionStep::Consent {
                    participant: other,
                    roles: Default::default(),
                    young_carer: None,
                }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "withdraw their consent",
                edit: step(SessionStep::WithdrawConsent { participant: me }),
                facilitator: "saved",
                participant: "saved",
            },
            Case {
                label: "withdraw someone else's consent",
                edit: step(SessionStep::WithdrawConsent { participant: other }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "add their own statement",
                edit: statement(Some(me)),
                facilitator: "saved",
                participant: "saved",
            },
            Case {
                label: "add a statement as someone else",
                edit: statement(Some(other)),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "add a statement for the room",
                edit: statement(None),
                facilitator: "saved",
                participant: "forbidden",
            },
        ];
        run(&mut cases, &mut facilitator, &mut participant, &mut board).await;

        facilitator
            .must(step(SessionStep::AddContribution {
                contribution: held,
                participant: Some(other),
                text: "one named contact".into(),
            }))
            .await;
        spread(&facilitator, &mut [&mut participant, &mut board]).await;
        let mut cases = vec![
            Case {
                label: "hide a statement",
                edit: step(SessionStep::Hide { contribution: held }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "show a statement",
                edit: step(SessionStep::Show { contribution: held }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "join someone new",
                edit: step(SessionStep::Join {
                    participant: ParticipantId::from_uuid(support::uuid_v4()),
                    pseudonym: "Alex".into(),
                }),
                facilitator: "saved",
                participant: "forbidden",
            },
        ];
        run(&mut cases, &mut facilitator, &mut participant, &mut board).await;
        // Removing is tried by the others first, then done by the facilitator.
        let remove = step(SessionStep::Remove { contribution: held });
        assert_eq!(participant.make(remove.clone()).await, "forbidden");
        assert_eq!(board.make(remove.clone()).await, "forbidden");
        assert_eq!(facilitator.make(remove).await, "saved");
        spread(&facilitator, &mut [&mut participant, &mut board]).await;

        // Group phase.
        let advance = |to| step(SessionStep::Advance { to });
        assert_eq!(participant.make(advance(Phase::Group)).await, "forbidden");
        assert_eq!(board.make(advance(Phase::Group)).await, "forbidden");
        assert_eq!(facilitator.make(advance(Phase::Group)).await, "saved");
        spread(&facilitator, &mut [&mut participant, &mut board]).await;
        let (care, breaks, spare) = (theme(), theme(), theme());
        for (t, name) in [
            (care, "Tell my story once"),
            (breaks, "Breaks"),
            (spare, "Spare"),
        ] {
            let add = step(SessionStep::AddTheme {
                theme: t,
                name: name.into(),
            });
            assert_eq!(participant.make(add.clone()).await, "forbidden", "{name}");
            assert_eq!(board.make(add.clone()).await, "forbidden", "{name}");
            assert_eq!(facilitator.make(add).await, "saved", "{name}");
            spread(&facilitator, &mut [&mut participant, &mut board]).await;
        }
        let statement_of_mine = participant
            .received
            .iter()
            .chain(facilitator.received.iter())
            .find_map(|e| match &e.edit {
                Edit::Session {
                    step:
                        SessionStep::AddContribution {
                            contribution,
                            participant: Some(p),
                            ..
                        },
                    ..
                } if *p == me => Some(*contribution),
                _ => None,
            })
            .expect("the participant's statement was passed on");
        let mut cases = vec![
            Case {
                label: "rename a theme",
                edit: step(SessionStep::RenameTheme {
                    theme: breaks,
                    name: "Breaks from caring".into(),
                }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "group a statement",
                edit: step(SessionStep::Assign {
                    contribution: statement_of_mine,
                    theme: Some(care),
                }),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "merge themes",
                edit: step(SessionStep::MergeThemes {
                    from: spare,
                    into: breaks,
                }),
                facilitator: "saved",
                participant: "forbidden",
            },
        ];
        run(&mut cases, &mut facilitator, &mut participant, &mut board).await;
        let extra = theme();
        facilitator
            .must(step(SessionStep::AddTheme {
                theme: extra,
                name: "Extra".into(),
            }))
            .await;
        spread(&facilitator, &mut [&mut participant, &mut board]).await;
        let remove_theme = step(SessionStep::RemoveTheme { theme: extra });
        assert_eq!(participant.make(remove_theme.clone()).await, "forbidden");
        assert_eq!(facilitator.make(remove_theme).await, "saved");
        spread(&facilitator, &mut [&mut participant, &mut board]).await;

        // Prioritise phase.
        assert_eq!(facilitator.make(advance(Phase::Prioritise)).await, "saved");
        spread(&facilitator, &mut [&mut participant, &mut board]).await;
        let vote = |who, theme| {
            step(SessionStep::Vote {
                participant: who,
                theme,
            })
        };
        let unvote = |who, theme| {
            step(SessionStep::Unvote {
                participant: who,
                theme,
            })
        };
        let mut cases = vec![
            Case {
                label: "vote as themselves",
                edit: vote(me, care),
                facilitator: "saved",
                participant: "saved",
            },
            Case {
                label: "vote as someone else",
                edit: vote(other, care),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "take back their own vote",
                edit: unvote(me, care),
                facilitator: "saved",
                participant: "saved",
            },
            Case {
                label: "take back someone else's vote",
                edit: unvote(other, care),
                facilitator: "saved",
                participant: "forbidden",
            },
        ];
        run(&mut cases, &mut facilitator, &mut participant, &mut board).await;
        assert_eq!(
            participant.make(step(SessionStep::RevealVotes)).await,
            "forbidden"
        );
        assert_eq!(
            board.make(step(SessionStep::RevealVotes)).await,
            "forbidden"
        );
        assert_eq!(
            facilitator.make(step(SessionStep::RevealVotes)).await,
            "saved"
        );
        spread(&facilitator, &mut [&mut participant, &mut board]).await;

        // Plan phase: the session's plan, and nothing else in the document.
        assert_eq!(facilitator.make(advance(Phase::Plan)).await, "saved");
        spread(&facilitator, &mut [&mut participant, &mut board]).await;
        let add_action = |plan| Edit::AddAction {
            plan,
            action: Box::new(Action::new(
                ActionId::from_uuid(support::uuid_v4()),
                "Tell my story once",
            )),
            after: None,
        };
        let mut cases = vec![
            Case {
                label: "add an action to the session's plan",
                edit: add_action(plan),
                facilitator: "saved",
                participant: "forbidden",
            },
            Case {
                label: "add an action to another plan",
                edit: add_action(PlanId::from_uuid(support::uuid_v4())),
                facilitator: "forbidden",
                participant: "forbidden",
            },
            Case {
                label: "rename the document",
                edit: Edit::SetTitle {
                    title: "Mine".into(),
                },
                facilitator: "forbidden",
                participant: "forbidden",
            },
            Case {
                label: "add a plan",
                edit: Edit::AddPlan {
                    plan: Box::new(ActionPlan::new(
                        PlanId::from_uuid(support::uuid_v4()),
                        "Another plan",
                        PlanScope::Borough,
                    )),
                },
                facilitator: "forbidden",
                participant: "forbidden",
            },
            Case {
                label: "a step in another session",
                edit: Edit::Session {
                    session: SessionId::from_uuid(support::uuid_v4()),
                    step: SessionStep::RevealVotes,
                },
                facilitator: "forbidden",
                participant: "forbidden",
            },
        ];
        run(&mut cases, &mut facilitator, &mut participant, &mut board).await;

        // Erasure is the facilitator's, even of oneself (it is asked for in person).
        let erase = step(SessionStep::Erase { participant: me });
        assert_eq!(participant.make(erase.clone()).await, "forbidden");
        assert_eq!(board.make(erase.clone()).await, "forbidden");
        assert_eq!(facilitator.make(erase).await, "saved");

        // A device id belongs to whoever used it first.
        let mut thief = Live::connect(addr, &created.session, &jo.token).await;
        thief.replica = facilitator.replica;
        thief.seq = 10_000;
        thief.clock = facilitator.clock;
        let claimed = thief
            .make(step(SessionStep::Consent {
                participant: other,
                roles: Default::default(),
                young_carer: None,
            }))
            .await;
        assert_eq!(claimed, "forbidden", "someone else's device id");
        server.stop().await;
    }
}

async fn run(cases: &mut [Case], facilitator: &mut Live, participant: &mut Live, board: &mut Live) {
    for case in cases.iter() {
        assert_eq!(
            board.make(case.edit.clone()).await,
            "forbidden",
            "board: {}",
            case.label
        );
        assert_eq!(
            participant.make(case.edit.clone()).await,
            case.participant,
            "participant: {}",
            case.label
        );
        if case.participant == "saved" {
            let made = participant.last.clone().expect("made");
            facilitator.sees(&made).await;
            board.sees_unless_vote(&made).await;
        } else {
            assert_eq!(
                facilitator.make(case.edit.clone()).await,
                case.facilitator,
                "facilitator: {}",
                case.label
            );
            if case.facilitator == "saved" {
                spread(facilitator, &mut [participant, board]).await;
            }
        }
    }
}

/// Waits until the facilitator's last edit has reached the others (votes stay
/// hidden until revealed, so those are not waited for).
async fn spread(facilitator: &Live, others: &mut [&mut Live]) {
    let made = facilitator.last.clone().expect("made");
    for other in others.iter_mut() {
        other.sees_unless_vote(&made).await;
    }
}

trait SeesUnlessVote {
    async fn sees_unless_vote(&mut self, edit: &cares_core::edits::StampedEdit);
}

impl SeesUnlessVote for Live {
    async fn sees_unless_vote(&mut self, edit: &cares_core::edits::StampedEdit) {
        let vote = matches!(
            edit.edit,
            Edit::Session {
                step: SessionStep::Vote { .. } | SessionStep::Unvote { .. },
                ..
            }
        );
        if !vote {
            self.sees(edit).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_answers_each_role_as_it_should() {
    for db in databases("authz-endpoints") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let other_session = support::create_session(addr).await;
        let sam = support::join(addr, &created.code, "Sam").await;
        let doc = &created.document;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let me = ParticipantId::from_uuid(uuid(&sam.participant));

        // A shared plan and its editor.
        let shared_doc = cares_core::document::Document::from_content(
            cares_core::ids::DocumentId::from_uuid(support::uuid_v4()),
            cares_core::document::Content::new("Maltby plan"),
        );
        let shared = support::request(
            addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "application/json")],
            Some(shared_doc.to_json().as_bytes()),
        )
        .await;
        assert_eq!(shared.status, 201, "{}", shared.body);
        let editor = shared.json()["token"].as_str().expect("token").to_owned();
        let shared_id = shared.json()["document"].as_str().expect("id").to_owned();

        let outsider_token = "0".repeat(64);
        let roles: [(&str, Option<&str>); 6] = [
            ("facilitator", Some(created.facilitator.as_str())),
            ("participant", Some(sam.token.as_str())),
            ("board", Some(created.board.as_str())),
            ("editor of another document", Some(editor.as_str())),
            (
                "facilitator of another session",
                Some(other_session.facilitator.as_str()),
            ),
            ("outsider", Some(outsider_token.as_str())),
        ];

        // Whole session document: only its facilitator.
        let expect_whole = [200, 403, 403, 403, 403, 401];
        // Pulling edits: anyone in the session (votes filtered), nobody else.
        let expect_pull = [200, 200, 200, 403, 403, 401];
        for ((role, token), (whole, pull)) in roles.iter().zip(expect_whole.iter().zip(expect_pull))
        {
            let reply = get(addr, &format!("/api/documents/{doc}"), *token).await;
            assert_eq!(
                reply.status, *whole,
                "GET document as {role}: {}",
                reply.body
            );
            let reply = get(addr, &format!("/api/documents/{doc}/edits?since=0"), *token).await;
            assert_eq!(reply.status, pull, "GET edits as {role}: {}", reply.body);
        }
        // No token at all.
        assert_eq!(
            get(addr, &format!("/api/documents/{doc}"), None)
                .await
                .status,
            401
        );
        assert_eq!(
            get(addr, &format!("/api/documents/{doc}/edits"), None)
                .await
                .status,
            401
        );

        // Pushing edits to the session: the same rules as the live connection.
        let own = json!({ "edits": [{
            "replica": support::uuid_v4(), "seq": 1, "clock": 50,
            "edit": { "session": { "session": sid, "step": { "add-contribution": {
                "contribution": support::uuid_v4(), "participant": me, "text": "to be heard" } } } }
        }]});
        let room = json!({ "edits": [{
            "replica": support::uuid_v4(), "seq": 1, "clock": 50,
            "edit": { "session": { "session": sid, "step": { "add-contribution": {
                "contribution": support::uuid_v4(), "text": "typed for the room" } } } }
        }]});
        let path = format!("/api/documents/{doc}/edits");
        let status_of = |reply: &support::Reply| {
            reply.json()["results"][0]["status"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        let reply = post_json(addr, &path, Some(&sam.token), &own).await;
        assert_eq!(
            (reply.status, status_of(&reply).as_str()),
            (200, "saved"),
            "{}",
            reply.body
        );
        let reply = post_json(addr, &path, Some(&sam.token), &room).await;
        assert_eq!(
            reply.json()["results"][0]["reason"],
            "forbidden",
            "{}",
            reply.body
        );
        let reply = post_json(addr, &path, Some(&created.facilitator), &room).await;
        assert_eq!(status_of(&reply), "saved", "{}", reply.body);
        for (role, token, status) in [
            ("board", created.board.as_str(), 403),
            ("editor of another document", editor.as_str(), 403),
            (
                "facilitator of another session",
                other_session.facilitator.as_str(),
                403,
            ),
            ("outsider", outsider_token.as_str(), 401),
        ] {
            let reply = post_json(addr, &path, Some(token), &room).await;
            assert_eq!(reply.status, status, "push as {role}: {}", reply.body);
        }

        // The shared plan: its editor only.
        for (role, token, status) in [
            ("editor", editor.as_str(), 200),
            ("facilitator", created.facilitator.as_str(), 403),
            ("participant", sam.token.as_str(), 403),
            ("board", created.board.as_str(), 403),
            ("outsider", outsider_token.as_str(), 401),
        ] {
            let reply = get(addr, &format!("/api/documents/{shared_id}"), Some(token)).await;
            assert_eq!(reply.status, status, "GET shared as {role}: {}", reply.body);
            let reply = get(
                addr,
                &format!("/api/documents/{shared_id}/edits"),
                Some(token),
            )
            .await;
            assert_eq!(
                reply.status, status,
                "pull shared as {role}: {}",
                reply.body
            );
            let push = json!({ "edits": [] });
            let reply = post_json(
                addr,
                &format!("/api/documents/{shared_id}/edits"),
                Some(token),
                &push,
            )
            .await;
            assert_eq!(
                reply.status, status,
                "push shared as {role}: {}",
                reply.body
            );
        }

        // The live connection: the session's people, by header or by hello.
        for token_in in [TokenIn::Subprotocol, TokenIn::Hello] {
            for (role, token) in [
                ("facilitator", created.facilitator.as_str()),
                ("participant", sam.token.as_str()),
                ("board", created.board.as_str()),
            ] {
                let live = Live::open(addr, &created.session, token, 0, token_in).await;
                let live = live.unwrap_or_else(|e| panic!("{role} refused: {e:?}"));
                assert_eq!(live.welcome["role"], role);
                live.close().await;
            }
            let (unknown, forbidden) = match token_in {
                TokenIn::Subprotocol => (Refused::Status(401), Refused::Status(403)),
                TokenIn::Hello => (Refused::Closed(4401), Refused::Closed(4403)),
            };
            for (role, token, expected) in [
                ("outsider", outsider_token.as_str(), unknown.clone()),
                ("editor", editor.as_str(), forbidden.clone()),
                (
                    "another session's facilitator",
                    other_session.facilitator.as_str(),
                    forbidden.clone(),
                ),
            ] {
                let refused = Live::open(addr, &created.session, token, 0, token_in)
                    .await
                    .err();
                assert_eq!(refused, Some(expected), "live as {role} ({token_in:?})");
            }
        }

        // Creating and joining need no token; they are rate-limited by address instead.
        let reply = post_json(
            addr,
            "/api/sessions",
            None,
            &support::session_body("Open to all"),
        )
        .await;
        assert_eq!(reply.status, 201);
        let reply = post_json(
            addr,
            "/api/join",
            None,
            &json!({ "code": created.code, "pseudonym": "Kim" }),
        )
        .await;
        assert_eq!(reply.status, 200);
        server.stop().await;
    }
}
