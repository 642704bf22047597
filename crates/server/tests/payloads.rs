//! Script and SQL-injection payloads in every text field are stored and returned as
//! the very same text: through the API, the live connection, and a restart.

mod support;

use cares_core::coproduction::Phase;
use cares_core::document::Document;
use cares_core::edits::{ActionField, Edit, SessionStep};
use cares_core::ids::{
    ActionId, ContributionId, DocumentId, ParticipantId, PlanId, SessionId, ThemeId,
};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use serde_json::json;
use support::{Live, TestServer, databases, get, post_json, uuid};

/// Each at most 40 characters, so it fits a pseudonym too.
const PAYLOADS: [&str; 10] = [
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "'; DROP TABLE edits; --",
    "Robert'); DROP TABLE tokens;--",
    "\" OR \"1\"=\"1",
    "1; SELECT * FROM sessions",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "\u{0000}nul \u{202e}rtl \\u0041 \\\"",
    "Zoë & Siân — 🚀 “quotes”",
    "</textarea><svg/onload=alert(1)>",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payloads_in_every_text_field_come_back_as_the_same_text() {
    for db in databases("payloads") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let mut sessions = Vec::new();
        for (i, payload) in PAYLOADS.iter().enumerate() {
            let body = json!({
                "title": payload, "locality": payload, "date": "2024-05-14", "votes_per_person": 2,
            });
            let created = support::create_session_with(addr, &body).await;
            let someone = support::join(addr, &created.code, payload).await;
            sessions.push((i, *payload, created, someone));
        }
        for (i, payload, created, someone) in &sessions {
            let sid = SessionId::from_uuid(uuid(&created.session));
            let me = ParticipantId::from_uuid(uuid(&someone.participant));
            let plan = PlanId::from_uuid(uuid(&created.plan));
            let step = |step| Edit::Session { session: sid, step };
            let mut phone = Live::connect(addr, &created.session, &someone.token).await;
            phone.caught_up().await;
            phone
                .must(step(SessionStep::AddContribution {
                    contribution: ContributionId::from_u128(1),
                    participant: Some(me),
                    text: (*payload).into(),
                }))
                .await;
            let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
            facilitator.caught_up().await;
            let theme = ThemeId::from_u128(2);
            facilitator
                .must(step(SessionStep::Advance { to: Phase::Group }))
                .await;
            facilitator
                .must(step(SessionStep::AddTheme {
                    theme,
                    name: format!("{payload} {i}"),
                }))
                .await;
            facilitator
                .must(step(SessionStep::RenameTheme {
                    theme,
                    name: (*payload).into(),
                }))
                .await;
            facilitator
                .must(Edit::AddAction {
                    plan,
                    action: Box::new(Action::new(ActionId::from_u128(3), *payload)),
                    after: None,
                })
                .await;
            facilitator
                .must(Edit::SetAction {
                    plan,
                    action: ActionId::from_u128(3),
                    field: ActionField::Measure(Some((*payload).into())),
                })
                .await;
            // The board, connecting afresh, reads back exactly what was typed.
            let mut board = Live::connect(addr, &created.session, &created.board).await;
            board.caught_up().await;
            let texts: Vec<String> = board
                .received
                .iter()
                .filter_map(|e| match &e.edit {
                    Edit::Session {
                        step: SessionStep::AddContribution { text, .. },
                        ..
                    } => Some(text.clone()),
                    _ => None,
                })
                .collect();
            assert_eq!(texts, [payload.trim().to_owned()], "{payload:?}");
        }
        // The database is intact and the words come back after a restart.
        server.stop().await;
        let server = TestServer::start(&db).await;
        for (_, payload, created, _) in &sessions {
            let reply = get(
                server.addr,
                &format!("/api/documents/{}", created.document),
                Some(&created.facilitator),
            )
            .await;
            assert_eq!(reply.status, 200, "{}", reply.body);
            assert_eq!(reply.header("content-type"), Some("application/json"));
            let doc = Document::from_json(reply.body.as_bytes()).expect("a valid document");
            let content = doc.content();
            let expected = payload.trim();
            assert_eq!(content.title, expected);
            let session = &content.sessions[0];
            assert_eq!(session.title, expected);
            assert_eq!(session.locality, expected);
            assert_eq!(session.participants[0].pseudonym, expected);
            assert_eq!(session.contributions[0].text, expected);
            assert_eq!(session.themes[0].name, expected);
            let action = &content.plans[0].actions[0];
            assert_eq!(action.what, *payload);
            assert_eq!(action.measure.as_deref(), Some(*payload));
        }
        // A shared plan with payloads in its titles and actions.
        let mut content = cares_core::document::Content::new(PAYLOADS[2]);
        let mut plan = ActionPlan::new(
            PlanId::from_u128(1),
            PAYLOADS[3],
            PlanScope::Locality {
                name: PAYLOADS[0].into(),
            },
        );
        for (n, payload) in PAYLOADS.iter().enumerate() {
            plan.actions
                .push(Action::new(ActionId::from_u128(100 + n as u128), *payload));
        }
        content.plans.push(plan);
        let doc = Document::from_content(DocumentId::from_uuid(support::uuid_v4()), content);
        let reply = support::request(
            server.addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "application/json")],
            Some(doc.to_json().as_bytes()),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        let token = reply.json()["token"].as_str().expect("token").to_owned();
        let back = get(
            server.addr,
            &format!("/api/documents/{}", doc.id()),
            Some(&token),
        )
        .await;
        let back = Document::from_json(back.body.as_bytes()).expect("a valid document");
        assert_eq!(back.content(), doc.content());
        // A payload as a join code is just a wrong code.
        let reply = post_json(
            server.addr,
            "/api/join",
            None,
            &json!({ "code": PAYLOADS[2], "pseudonym": "x" }),
        )
        .await;
        assert_eq!(reply.status, 404, "{}", reply.body);
        server.stop().await;
    }
}
