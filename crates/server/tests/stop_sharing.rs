//! Stopping sharing a plan (`DELETE /api/documents/{id}`): only the plan's own key
//! may; afterwards the plan, its edits and its key are gone from the database (and
//! on SQLite its words from the files), and its link answers 404 "no longer shared"
//! for the whole plan, pulling and pushing. A session cannot be deleted this way.

mod support;

use cares_core::document::{Content, Document};
use cares_core::edits::Edit;
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use serde_json::json;
use sqlx::Row;
use support::{Database, TestServer, databases, get, post_json, request};

const SECRET_TITLE: &str = "Pangolin Larkspur carers";
const SECRET_ACTION: &str = "Open the Quillwort café on Tuesdays";

/// A plan with one action, as a rep's device holds it before sharing.
fn plan(title: &str, action: &str) -> Document {
    let plan = PlanId::from_u128(1);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new(title),
    );
    let me = ReplicaId::from_u128(1);
    let steps = [
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(
                plan,
                "Action plan",
                PlanScope::Locality {
                    name: "Maltby".into(),
                },
            )),
        },
        Edit::AddAction {
            plan,
            action: Box::new(Action::new(ActionId::from_u128(2), action)),
            after: None,
        },
    ];
    for edit in steps {
        doc.apply(me, edit).expect("applies");
    }
    doc
}

async fn share(addr: std::net::SocketAddr, doc: &Document) -> String {
    let reply = request(
        addr,
        "POST",
        "/api/documents",
        &[("Content-Type", "application/json")],
        Some(doc.to_json().as_bytes()),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["token"].as_str().expect("token").to_owned()
}

async fn stop(addr: std::net::SocketAddr, id: &str, token: Option<&str>) -> support::Reply {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = bearer
        .as_deref()
        .map(|b| vec![("Authorization", b)])
        .unwrap_or_default();
    request(
        addr,
        "DELETE",
        &format!("/api/documents/{id}"),
        &headers,
        None,
    )
    .await
}

/// How many rows each table holds for one document.
async fn rows_of(url: &str, document: &str) -> Vec<(&'static str, i64)> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let mut counts = Vec::new();
    for (table, column) in [
        ("documents", "id"),
        ("tokens", "document_id"),
        ("edits", "document_id"),
    ] {
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1");
        let row = sqlx::query(&sql)
            .bind(document)
            .fetch_one(&pool)
            .await
            .expect("count");
        counts.push((table, row.try_get::<i64, _>("n").expect("n")));
    }
    pool.close().await;
    counts
}

fn files_hold(db: &Database, words: &str) -> bool {
    db.sqlite_files().iter().any(|file| {
        let bytes = std::fs::read(file).unwrap_or_default();
        bytes.windows(words.len()).any(|w| w == words.as_bytes())
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_sharing_deletes_the_plan_and_its_link_then_says_it_is_no_longer_shared() {
    for db in databases("stop-sharing") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let doc = plan(SECRET_TITLE, SECRET_ACTION);
        let id = doc.id().to_string();
        let key = share(addr, &doc).await;
        let other = plan("Maltby carers", "Open a carers' café");
        let other_key = share(addr, &other).await;
        let whole = format!("/api/documents/{id}");
        let edits = format!("/api/documents/{id}/edits");
        assert_eq!(get(addr, &whole, Some(&key)).await.status, 200);

        // Only this plan's own key stops it: none, a wrong one, another plan's.
        assert_eq!(stop(addr, &id, None).await.status, 401, "{}", db.name);
        assert_eq!(stop(addr, &id, Some("not a key")).await.status, 401);
        let refused = stop(addr, &id, Some(&other_key)).await;
        assert_eq!(refused.status, 403, "{}", refused.body);
        assert_eq!(
            get(addr, &whole, Some(&key)).await.status,
            200,
            "still shared"
        );

        let stopped = stop(addr, &id, Some(&key)).await;
        assert_eq!(stopped.status, 204, "{}: {}", db.name, stopped.body);

        // The link opens nothing, and says why.
        let gone = get(addr, &whole, Some(&key)).await;
        assert_eq!(gone.status, 404, "{}: {}", db.name, gone.body);
        assert!(gone.error().contains("no longer shared"), "{}", gone.body);
        let pulled = get(addr, &format!("{edits}?since=0"), Some(&key)).await;
        assert_eq!(pulled.status, 404, "{}", pulled.body);
        let pushed = post_json(addr, &edits, Some(&key), &json!({ "edits": [] })).await;
        assert_eq!(pushed.status, 404, "{}", pushed.body);
        assert_eq!(stop(addr, &id, Some(&key)).await.status, 404, "twice");

        // The other plan is still shared; nothing of this one is left.
        let other_whole = format!("/api/documents/{}", other.id());
        assert_eq!(get(addr, &other_whole, Some(&other_key)).await.status, 200);
        assert!(
            rows_of(&db.url, &id).await.iter().all(|(_, n)| *n == 0),
            "{}: {:?}",
            db.name,
            rows_of(&db.url, &id).await
        );
        server.stop().await;
        if db.name == "sqlite" {
            assert!(
                !files_hold(&db, SECRET_ACTION),
                "its words are gone from the files"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_cannot_be_deleted_by_stopping_sharing() {
    for db in databases("stop-sharing-session") {
        let server = TestServer::start(&db).await;
        let created = support::create_session(server.addr).await;
        let refused = stop(server.addr, &created.document, Some(&created.facilitator)).await;
        assert_eq!(refused.status, 403, "{}: {}", db.name, refused.body);
        let whole = format!("/api/documents/{}", created.document);
        assert_eq!(
            get(server.addr, &whole, Some(&created.facilitator))
                .await
                .status,
            200,
            "the session is still there"
        );
        server.stop().await;
    }
}
