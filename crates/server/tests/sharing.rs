//! Sharing a plan between carer reps: upload it, push and pull edits, and both
//! copies end the same; bad uploads get clear errors with the right status.

mod support;

use cares_core::document::{Content, Document};
use cares_core::edits::{ActionField, Edit, StampedEdit};
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{Action, ActionPlan, PlanScope, Status, StatusChange};
use serde_json::json;
use support::{TestServer, databases, get, post_json, request};

async fn upload(addr: std::net::SocketAddr, body: &[u8]) -> support::Reply {
    request(
        addr,
        "POST",
        "/api/documents",
        &[("Content-Type", "application/json")],
        Some(body),
    )
    .await
}

async fn push(
    addr: std::net::SocketAddr,
    id: DocumentId,
    token: &str,
    edits: &[StampedEdit],
) -> Vec<String> {
    let reply = post_json(
        addr,
        &format!("/api/documents/{id}/edits"),
        Some(token),
        &json!({ "edits": edits }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["status"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn pull(
    addr: std::net::SocketAddr,
    id: DocumentId,
    token: &str,
    since: u64,
) -> Vec<StampedEdit> {
    let reply = get(
        addr,
        &format!("/api/documents/{id}/edits?since={since}"),
        Some(token),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_value(reply.json()["edits"].clone()).expect("edits")
}

/// Uploads a document to share it; returns the token that reaches it.
async fn share(addr: std::net::SocketAddr, doc: &Document) -> String {
    let reply = upload(addr, doc.to_json().as_bytes()).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["token"].as_str().expect("token").to_owned()
}

fn maltby() -> (Document, PlanId) {
    let plan = PlanId::from_u128(1);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    );
    let me = ReplicaId::from_u128(1);
    let steps = [
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(
                plan,
                "Maltby action plan",
                PlanScope::Locality {
                    name: "Maltby".into(),
                },
            )),
        },
        Edit::AddAction {
            plan,
            action: Box::new(Action::new(ActionId::from_u128(2), "Open a carers' café")),
            after: None,
        },
    ];
    for edit in steps {
        doc.apply(me, edit).expect("applies");
    }
    (doc, plan)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_reps_editing_offline_end_with_the_same_plan() {
    for db in databases("sharing") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let (mut ann, plan) = maltby();
        let token = share(addr, &ann).await;
        let id = ann.id();

        // Bo fetches the whole document.
        let whole = get(addr, &format!("/api/documents/{id}"), Some(&token)).await;
        let mut bo = Document::from_json(whole.body.as_bytes()).expect("document");
        assert_eq!(bo.content(), ann.content());
        let shared_clock = bo.log().clock();

        // Both edit offline.
        let cafe = ActionId::from_u128(2);
        ann.apply(
            ReplicaId::from_u128(1),
            Edit::SetAction {
                plan,
                action: cafe,
                field: ActionField::Measure(Some("30 carers a month".into())),
            },
        )
        .expect("applies");
        bo.apply(
            ReplicaId::from_u128(2),
            Edit::RateAction {
                plan,
                action: cafe,
                change: StatusChange {
                    on: None,
                    status: Status::Amber,
                    note: Some("venue found".into()),
                },
            },
        )
        .expect("applies");
        bo.apply(
            ReplicaId::from_u128(2),
            Edit::AddAction {
                plan,
                action: Box::new(Action::new(ActionId::from_u128(3), "Start a newsletter")),
                after: None,
            },
        )
        .expect("applies");

        let ann_new: Vec<StampedEdit> = ann.log().since(shared_clock).to_vec();
        let bo_new: Vec<StampedEdit> = bo.log().since(shared_clock).to_vec();
        assert_eq!(push(addr, id, &token, &ann_new).await, ["saved"]);
        assert_eq!(push(addr, id, &token, &bo_new).await, ["saved", "saved"]);
        // Sent twice: acknowledged, not applied twice.
        assert_eq!(
            push(addr, id, &token, &bo_new).await,
            ["duplicate", "duplicate"]
        );

        ann.receive(pull(addr, id, &token, shared_clock).await)
            .expect("edits that agree");
        bo.receive(pull(addr, id, &token, shared_clock).await)
            .expect("edits that agree");
        assert_eq!(ann.content(), bo.content());
        let on_server = get(addr, &format!("/api/documents/{id}"), Some(&token)).await;
        let on_server = Document::from_json(on_server.body.as_bytes()).expect("document");
        assert_eq!(on_server.content(), ann.content());
        let actions = &ann.content().plans[0].actions;
        assert_eq!(actions.len(), 2);
        assert_eq!(actions[0].measure.as_deref(), Some("30 carers a month"));
        assert_eq!(actions[0].status(), Status::Amber);

        // An edit whose action was removed elsewhere merges as a skip, as on every copy;
        // a blank title is refused with the core's reason.
        let gone = StampedEdit {
            replica: ReplicaId::from_u128(3),
            seq: 1,
            clock: ann.log().clock() + 1,
            edit: Edit::SetAction {
                plan,
                action: ActionId::from_u128(99),
                field: ActionField::What("x".into()),
            },
        };
        assert_eq!(push(addr, id, &token, &[gone]).await, ["saved"]);
        let blank = StampedEdit {
            replica: ReplicaId::from_u128(3),
            seq: 2,
            clock: ann.log().clock() + 2,
            edit: Edit::SetTitle { title: "  ".into() },
        };
        let reply = post_json(
            addr,
            &format!("/api/documents/{id}/edits"),
            Some(&token),
            &json!({ "edits": [blank] }),
        )
        .await;
        assert_eq!(reply.json()["results"][0]["reason"], "invalid");
        assert_eq!(reply.json()["results"][0]["error"], "title is blank");

        // The shared copy survives a restart.
        server.stop().await;
        let server = TestServer::start(&db).await;
        let again = get(server.addr, &format!("/api/documents/{id}"), Some(&token)).await;
        let again = Document::from_json(again.body.as_bytes()).expect("document");
        assert_eq!(again.content(), on_server.content());
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_laptop_reusing_a_device_id_is_refused_not_told_duplicate() {
    for db in databases("sharing-reuse") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let (mut ann, plan) = maltby();
        let token = share(addr, &ann).await;
        let id = ann.id();
        let shared_clock = ann.log().clock();
        // The file copied to a second laptop keeps stamping edits as replica 1.
        let mut laptop = ann.clone();
        let measure = |m: &str| Edit::SetAction {
            plan,
            action: ActionId::from_u128(2),
            field: ActionField::Measure(Some(m.into())),
        };
        let me = ReplicaId::from_u128(1);
        ann.apply(me, measure("30 carers a month"))
            .expect("applies");
        laptop
            .apply(me, measure("50 carers a month"))
            .expect("applies");
        let ann_new = ann.log().since(shared_clock).to_vec();
        let laptop_new = laptop.log().since(shared_clock).to_vec();
        assert_eq!(push(addr, id, &token, &ann_new).await, ["saved"]);
        let reply = post_json(
            addr,
            &format!("/api/documents/{id}/edits"),
            Some(&token),
            &json!({ "edits": laptop_new }),
        )
        .await;
        let result = &reply.json()["results"][0];
        assert_eq!(result["status"], "refused", "{}", reply.body);
        let error = result["error"].as_str().unwrap_or_default();
        assert!(error.contains("same device id"), "{error}");
        // What the server holds is Ann's change, and only hers.
        let held = pull(addr, id, &token, shared_clock).await;
        assert_eq!(held, ann_new);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_uploads_and_requests_get_clear_errors() {
    for db in databases("sharing-errors") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let (doc, _) = maltby();
        let json_text = doc.to_json();

        let reply = upload(addr, &json_text.as_bytes()[..json_text.len() / 2]).await;
        assert_eq!(reply.status, 400, "{}", reply.body);
        assert!(
            reply.error().contains("not valid JSON"),
            "{}",
            reply.error()
        );

        let unknown = json_text.replacen(
            "\"title\": \"Maltby carers\"",
            "\"title\": \"Maltby carers\", \"colour\": 1",
            1,
        );
        let reply = upload(addr, unknown.as_bytes()).await;
        assert_eq!(reply.status, 422, "{}", reply.body);
        assert!(
            reply.error().contains("unknown field `colour`"),
            "{}",
            reply.error()
        );

        let newer = json_text.replacen(
            &format!("\"version\": {}", cares_core::document::CURRENT_VERSION),
            "\"version\": 9",
            1,
        );
        let reply = upload(addr, newer.as_bytes()).await;
        assert_eq!(reply.status, 422);
        assert!(reply.error().contains("update cares"), "{}", reply.error());

        let reply = request(
            addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "text/plain")],
            Some(json_text.as_bytes()),
        )
        .await;
        assert_eq!(reply.status, 415);

        // Larger than the 16 KiB allowed elsewhere, well within the 1 MiB for documents.
        let (mut big, plan) = maltby();
        for n in 0..300u128 {
            big.apply(
                ReplicaId::from_u128(1),
                Edit::AddAction {
                    plan,
                    action: Box::new(Action::new(
                        ActionId::from_u128(1000 + n),
                        format!("Action number {n} for carers"),
                    )),
                    after: None,
                },
            )
            .expect("applies");
        }
        let big_json = big.to_json();
        assert!(big_json.len() > 16 * 1024);
        let reply = upload(addr, big_json.as_bytes()).await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        let token = reply.json()["token"].as_str().expect("token").to_owned();

        let reply = upload(addr, big_json.as_bytes()).await;
        assert_eq!(reply.status, 409, "the same document twice");

        let huge = format!("{}{}", " ".repeat(1024 * 1024), json_text);
        let reply = upload(addr, huge.as_bytes()).await;
        assert_eq!(reply.status, 413, "{}", reply.body);
        assert!(!reply.error().is_empty());

        let reply = get(addr, "/api/documents/not-an-id", Some(&token)).await;
        assert_eq!(reply.status, 404);
        let reply = get(
            addr,
            &format!("/api/documents/{}/edits?since=soon", big.id()),
            Some(&token),
        )
        .await;
        assert_eq!(reply.status, 400);
        assert!(reply.error().contains("since"), "{}", reply.error());
        let reply = post_json(
            addr,
            &format!("/api/documents/{}/edits", big.id()),
            Some(&token),
            &json!({ "edits": [{ "nonsense": 1 }] }),
        )
        .await;
        assert_eq!(reply.status, 422, "{}", reply.body);
        let reply = get(
            addr,
            &format!("/api/documents/{}", big.id()),
            Some("not a token"),
        )
        .await;
        assert_eq!(reply.status, 401);
        assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
        server.stop().await;
    }
}
