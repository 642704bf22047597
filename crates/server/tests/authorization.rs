//! The authorisation matrix: facilitator, participant, board and outsider against
//! every endpoint and every kind of edit on the live connection, each outcome
//! asserted. Also what each may see: a phone and the board never get anyone else's
//! name or what they said about themselves. Runs on SQLite, and on PostgreSQL when
//! `CARES_TEST_POSTGRES_URL` is set.

mod support;

use cares_core::coproduction::{CountedBy, Phase};
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{
    ActionId, ContributionId, DocumentId, ParticipantId, PlanId, SessionId, ThemeId,
};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use cares_core::roles::CarerRole;
use cares_core::visibility::WITHHELD_PSEUDONYM;
use cares_protocol::close::START_AFRESH;
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
            Case {
                label: "count the people in the room",
                edit: step(SessionStep::SetHeadcount { people: Some(12) }),
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
        // Showing a hidden statement again starts the phones and the board afresh
        // (tests/aliases.rs): they connect again.
        let show = step(SessionStep::Show { contribution: held });
        assert_eq!(participant.make(show.clone()).await, "forbidden");
        assert_eq!(board.make(show.clone()).await, "forbidden");
        assert_eq!(facilitator.make(show).await, "saved");
        for live in [&mut participant, &mut board] {
            assert_eq!(live.wait_closed().await, START_AFRESH);
        }
        participant = Live::connect(addr, &created.session, &sam.token).await;
        board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut participant, &mut board] {
            live.caught_up().await;
        }
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
            board.sees_if_shown(&made).await;
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
/// hidden until revealed, and someone's consent reaches only them, so those are
/// not waited for).
async fn spread(facilitator: &Live, others: &mut [&mut Live]) {
    let made = facilitator.last.clone().expect("made");
    for other in others.iter_mut() {
        other.sees_if_shown(&made).await;
    }
}

trait SeesIfShown {
    async fn sees_if_shown(&mut self, edit: &StampedEdit);
}

impl SeesIfShown for Live {
    async fn sees_if_shown(&mut self, edit: &StampedEdit) {
        let me = self.welcome["participant"]
            .as_str()
            .map(|p| ParticipantId::from_uuid(uuid(p)));
        let shown = match &edit.edit {
            Edit::Session {
                step: SessionStep::Vote { .. } | SessionStep::Unvote { .. },
                ..
            } => false,
            Edit::Session {
                step:
                    SessionStep::Consent { participant, .. }
                    | SessionStep::WithdrawConsent { participant },
                ..
            } => me == Some(*participant),
            _ => true,
        };
        if shown {
            self.sees(edit).await;
        }
    }
}

/// The session a device builds from what it was sent: the welcome's snapshot and
/// the edits, through the core, as the web app does.
fn session_built_by(welcome: &serde_json::Value, edits: &[StampedEdit]) -> Document {
    let base: Content = serde_json::from_value(welcome["base"].clone()).expect("a snapshot");
    let id = DocumentId::from_uuid(uuid(welcome["document"].as_str().expect("document")));
    let mut doc = Document::from_content(id, base);
    doc.receive(edits.iter().cloned())
        .expect("edits that agree");
    doc
}

/// The steps in which someone says something about themselves.
fn personal_steps(edits: &[StampedEdit]) -> Vec<ParticipantId> {
    edits
        .iter()
        .filter_map(|e| match &e.edit {
            Edit::Session {
                step:
                    SessionStep::Consent { participant, .. }
                    | SessionStep::WithdrawConsent { participant },
                ..
            } => Some(*participant),
            _ => None,
        })
        .collect()
}

fn pulled(reply: &support::Reply) -> Vec<StampedEdit> {
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_value(reply.json()["edits"].clone()).expect("stamped edits")
}

/// What must never reach a device, by its own words.
fn assert_never_told(device: &str, edits: &[StampedEdit], words: &[&str]) {
    let text = serde_json::to_string(edits).expect("json");
    for word in words {
        assert!(!text.contains(word), "{device} was told {word:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_and_the_board_never_receive_anyone_elses_name_or_roles() {
    for db in databases("authz-personal") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let ann = support::join(addr, &created.code, "Okapi Ann").await;
        let bo = support::join(addr, &created.code, "Zebu Bo").await;
        let ann_id = ParticipantId::from_uuid(uuid(&ann.participant));
        let bo_id = ParticipantId::from_uuid(uuid(&bo.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut ann_phone = Live::connect(addr, &created.session, &ann.token).await;
        let mut bo_phone = Live::connect(addr, &created.session, &bo.token).await;
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        for live in [&mut facilitator, &mut ann_phone, &mut bo_phone, &mut board] {
            live.caught_up().await;
        }

        // Ann says which roles fit her; Bo does too, then thinks better of it.
        let ann_consent = ann_phone
            .must(step(SessionStep::Consent {
                participant: ann_id,
                roles: [CarerRole::ParentCarer, CarerRole::WorkingCarer]
                    .into_iter()
                    .collect(),
                young_carer: Some(true),
            }))
            .await;
        let bo_consent = bo_phone
            .must(step(SessionStep::Consent {
                participant: bo_id,
                roles: [CarerRole::DementiaCarer].into_iter().collect(),
                young_carer: Some(false),
            }))
            .await;
        let bo_withdraw = bo_phone
            .must(step(SessionStep::WithdrawConsent { participant: bo_id }))
            .await;
        // The facilitator sees it all, and can say it for someone in person.
        for made in [&ann_consent, &bo_consent, &bo_withdraw] {
            facilitator.sees(made).await;
        }
        let bo_again = facilitator
            .must(step(SessionStep::Consent {
                participant: bo_id,
                roles: [CarerRole::DementiaCarer].into_iter().collect(),
                young_carer: None,
            }))
            .await;
        bo_phone.sees(&bo_again).await;

        // A statement from each, then themes and votes, up to the reveal.
        let story = ThemeId::from_uuid(support::uuid_v4());
        let (ann_said, bo_said) = (contribution(), contribution());
        ann_phone
            .must(step(SessionStep::AddContribution {
                contribution: ann_said,
                participant: Some(ann_id),
                text: "to tell my story once".into(),
            }))
            .await;
        bo_phone
            .must(step(SessionStep::AddContribution {
                contribution: bo_said,
                participant: Some(bo_id),
                text: "not to repeat myself".into(),
            }))
            .await;
        for s in [
            SessionStep::SetHeadcount { people: Some(9) },
            SessionStep::Advance { to: Phase::Group },
            SessionStep::AddTheme {
                theme: story,
                name: "Tell my story once".into(),
            },
            SessionStep::Assign {
                contribution: ann_said,
                theme: Some(story),
            },
            SessionStep::Assign {
                contribution: bo_said,
                theme: Some(story),
            },
            SessionStep::Advance {
                to: Phase::Prioritise,
            },
        ] {
            facilitator.must(step(s)).await;
        }
        spread(
            &facilitator,
            &mut [&mut ann_phone, &mut bo_phone, &mut board],
        )
        .await;
        let ann_vote = ann_phone
            .must(step(SessionStep::Vote {
                participant: ann_id,
                theme: story,
            }))
            .await;
        let bo_vote = bo_phone
            .must(step(SessionStep::Vote {
                participant: bo_id,
                theme: story,
            }))
            .await;
        for vote in [&ann_vote, &bo_vote] {
            facilitator.sees(vote).await;
        }
        let reveal = facilitator.must(step(SessionStep::RevealVotes)).await;
        for live in [&mut ann_phone, &mut bo_phone, &mut board] {
            live.sees(&reveal).await;
        }
        board.sees(&ann_vote).await;
        board.sees(&bo_vote).await;
        ann_phone.sees(&bo_vote).await;
        bo_phone.sees(&ann_vote).await;

        // Devices that connect afresh get the catch-up; others pull.
        let mut late_board = Live::connect(addr, &created.session, &created.board).await;
        late_board.caught_up().await;
        let mut late_bo = Live::connect(addr, &created.session, &bo.token).await;
        late_bo.caught_up().await;
        let path = format!("/api/documents/{}/edits?since=0", created.document);
        let pull = |token: String| {
            let path = path.clone();
            async move { pulled(&get(addr, &path, Some(&token)).await) }
        };
        let board_pull = pull(created.board.clone()).await;
        let bo_pull = pull(bo.token.clone()).await;
        let ann_pull = pull(ann.token.clone()).await;
        let facilitator_pull = pull(created.facilitator.clone()).await;

        let roles_of_ann = ["parent-carer", "working-carer"];
        let roles_of_bo = ["dementia-carer"];
        let boards = [
            ("the board, live", &board.received),
            ("the board, caught up", &late_board.received),
            ("the board, pulling", &board_pull),
        ];
        for (device, edits) in boards {
            assert_eq!(personal_steps(edits), [], "{device}");
            assert_never_told(
                device,
                edits,
                &[
                    "Okapi",
                    "Zebu",
                    "young-carer",
                    "young_carer",
                    "parent-carer",
                    "working-carer",
                    "dementia-carer",
                ],
            );
        }
        let bos = [
            ("Bo's phone, live", &bo_phone.received),
            ("Bo's phone, caught up", &late_bo.received),
            ("Bo's phone, pulling", &bo_pull),
        ];
        for (device, edits) in bos {
            assert!(
                personal_steps(edits).iter().all(|p| *p == bo_id),
                "{device} got someone else's consent"
            );
            assert_never_told(device, edits, &["Okapi"]);
            assert_never_told(device, edits, &roles_of_ann);
        }
        // Bo's own steps still reach Bo, on every device and in a pull.
        for made in [&bo_consent, &bo_withdraw, &bo_again] {
            assert!(late_bo.has(made) && bo_pull.iter().any(|e| e.order() == made.order()));
        }
        let late_text = serde_json::to_string(&late_bo.received).expect("json");
        assert!(late_text.contains("Zebu Bo"), "Bo is told their own name");
        for (device, edits) in [
            ("Ann's phone, live", &ann_phone.received),
            ("Ann's phone, pulling", &ann_pull),
        ] {
            assert!(
                personal_steps(edits).iter().all(|p| *p == ann_id),
                "{device}"
            );
            assert_never_told(device, edits, &["Zebu"]);
            assert_never_told(device, edits, &roles_of_bo);
        }
        let everything = serde_json::to_string(&facilitator_pull).expect("json");
        for word in ["Okapi Ann", "Zebu Bo", "parent-carer", "dementia-carer"] {
            assert!(
                everything.contains(word),
                "the facilitator was not told {word:?}"
            );
        }

        // Each device still builds the whole session from what it got: everyone's
        // statements and dots, with the others under a stand-in name.
        let facilitator_doc = session_built_by(&facilitator.welcome, &facilitator_pull);
        let truth = &facilitator_doc.content().sessions[0];
        assert_eq!(
            truth.summary().roles.len(),
            3,
            "the facilitator counts roles"
        );
        let devices = [
            ("the board", &board.welcome, &board.received),
            ("the late board", &late_board.welcome, &late_board.received),
            ("Bo's late phone", &late_bo.welcome, &late_bo.received),
        ];
        for (device, welcome, edits) in devices {
            let doc = session_built_by(welcome, edits);
            let seen = &doc.content().sessions[0];
            // Someone else's statement names nobody, and their dots a stand-in made
            // for this device (tests/aliases.rs): everything else is the same.
            let own = welcome["participant"]
                .as_str()
                .map(|p| ParticipantId::from_uuid(uuid(p)));
            let mut statements = truth.contributions.clone();
            for c in &mut statements {
                if c.participant != own {
                    c.participant = None;
                }
            }
            assert_eq!(seen.contributions, statements, "{device}");
            assert_eq!(seen.themes, truth.themes, "{device}");
            let dots = |votes: &[cares_core::coproduction::DotVote]| {
                let mut themes: Vec<_> = votes.iter().map(|v| v.theme).collect();
                themes.sort();
                themes
            };
            assert_eq!(dots(&seen.votes), dots(&truth.votes), "{device}");
            assert_eq!(seen.ranking(), truth.ranking(), "{device}");
            assert_eq!(seen.participants.len(), 2, "{device}");
            let summary = seen.summary();
            assert_eq!(
                (summary.participants, summary.counted_by),
                (9, CountedBy::Headcount),
                "{device}"
            );
            for p in &seen.participants {
                let own = welcome["participant"].as_str() == Some(p.id.to_string().as_str());
                if !own {
                    assert_eq!(p.pseudonym, WITHHELD_PSEUDONYM, "{device}");
                    assert!(!p.consented && p.roles.is_empty(), "{device}");
                }
            }
        }
        server.stop().await;
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
