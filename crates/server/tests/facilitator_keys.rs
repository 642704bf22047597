//! Facilitator keys, as a council's administrator and its facilitators use them: on a
//! deployment that asks for a key, starting a session or sharing a plan without one
//! gets 401; `cares-server keys add` (the real binary, on the database the server is
//! using) makes one that works at once; the database keeps only its hash; people
//! join with the code and no key, boards and editors are unchanged; `keys revoke`
//! withdraws it at once, while what it started goes on.

mod support;

use std::process::Output;

use cares_core::document::{Content, Document};
use cares_core::ids::DocumentId;
use cares_server::sign_in::SignIn;
use serde_json::Value;
use support::{
    Database, Live, TestServer, admin, databases, get, post_json, request, session_body,
};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Makes a key with the binary; returns its id and the key.
async fn add_key(db: &Database, label: &str) -> (String, String) {
    let made = admin(&db.url, &["keys", "add", label]).await;
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let said = stdout(&made);
    let key = said
        .split_whitespace()
        .find(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(|| panic!("no key shown: {said}"))
        .to_owned();
    let id = said
        .strip_prefix("Made key ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no id shown: {said}"))
        .to_owned();
    (id, key)
}

fn plan_document() -> Document {
    Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    )
}

async fn share(addr: std::net::SocketAddr, key: Option<&str>) -> support::Reply {
    let bearer = key.map(|k| format!("Bearer {k}"));
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    let doc = plan_document();
    request(
        addr,
        "POST",
        "/api/documents",
        &headers,
        Some(doc.to_json().as_bytes()),
    )
    .await
}

fn text(v: &Value, k: &str) -> String {
    v[k].as_str()
        .unwrap_or_else(|| panic!("no {k} in {v}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_working_key_starts_sessions_and_shares_plans() {
    for db in databases("keys") {
        let server =
            TestServer::start_configured(&db, |config| config.sign_in = SignIn::Required).await;
        let addr = server.addr;
        let body = session_body("What carers in Maltby need");

        // Without a key: 401, saying what to do.
        let refused = post_json(addr, "/api/sessions", None, &body).await;
        assert_eq!(refused.status, 401, "{} {}", db.name, refused.body);
        assert!(
            refused.error().contains("or a facilitator key"),
            "{}",
            refused.body
        );
        assert_eq!(refused.header("www-authenticate"), Some("Bearer"));
        let refused = share(addr, None).await;
        assert_eq!(refused.status, 401, "{}", refused.body);

        // A key nobody made, and something that is not a key.
        let made_up = "ab".repeat(32);
        let unknown = post_json(addr, "/api/sessions", Some(&made_up), &body).await;
        assert_eq!(unknown.status, 401, "{}", unknown.body);
        assert!(
            unknown.error().contains("not known here"),
            "{}",
            unknown.body
        );
        let garbled = post_json(addr, "/api/sessions", Some("letmein"), &body).await;
        assert_eq!(garbled.status, 401, "{}", garbled.body);
        assert!(
            garbled.error().contains("64 characters"),
            "{}",
            garbled.body
        );

        // The administrator makes a key while the server runs; it works at once.
        let (id, key) = add_key(&db, "Maltby facilitators").await;
        let started = post_json(addr, "/api/sessions", Some(&key), &body).await;
        assert_eq!(started.status, 201, "{} {}", db.name, started.body);
        let started = started.json();
        let shared = share(addr, Some(&key)).await;
        assert_eq!(shared.status, 201, "{}", shared.body);
        let editor = text(&shared.json(), "token");
        let plan = text(&shared.json(), "document");

        // People join with the code, and nothing else; the board and the editor are
        // as before.
        let joined = support::join(addr, &text(&started, "code"), "Sam").await;
        let mut phone = Live::connect(addr, &text(&started, "session"), &joined.token).await;
        phone.caught_up().await;
        let mut board = Live::connect(
            addr,
            &text(&started, "session"),
            &text(&started, "board_token"),
        )
        .await;
        board.caught_up().await;
        let pulled = get(addr, &format!("/api/documents/{plan}/edits"), Some(&editor)).await;
        assert_eq!(pulled.status, 200, "{}", pulled.body);

        // The list names the key, its label and its use, never the key itself.
        let listed = stdout(&admin(&db.url, &["keys", "list"]).await);
        assert!(listed.contains(&id), "{listed}");
        assert!(listed.contains("\"Maltby facilitators\""), "{listed}");
        assert!(listed.contains("last used 2"), "{listed}");
        assert!(listed.contains("works"), "{listed}");
        assert!(!listed.contains(&key), "{listed}");

        // Withdrawn: it starts nothing more, at once; what it started goes on.
        let withdrawn = admin(&db.url, &["keys", "revoke", &id]).await;
        assert!(
            withdrawn.status.success(),
            "{}",
            String::from_utf8_lossy(&withdrawn.stderr)
        );
        assert!(
            stdout(&withdrawn).contains("Withdrew key"),
            "{}",
            stdout(&withdrawn)
        );
        let after = post_json(addr, "/api/sessions", Some(&key), &body).await;
        assert_eq!(after.status, 401, "{}", after.body);
        assert!(after.error().contains("withdrawn"), "{}", after.body);
        assert_eq!(share(addr, Some(&key)).await.status, 401);
        let document = text(&started, "document");
        let download = get(
            addr,
            &format!("/api/documents/{document}"),
            Some(&text(&started, "facilitator_token")),
        )
        .await;
        assert_eq!(download.status, 200, "{}", download.body);
        let late = support::join(addr, &text(&started, "code"), "Ria").await;
        assert!(!late.token.is_empty());
        let listed = stdout(&admin(&db.url, &["keys", "list"]).await);
        assert!(listed.contains("withdrawn 2"), "{listed}");

        phone.close().await;
        board.close().await;
        server.stop().await;

        // Only the key's hash is kept.
        for file in db.sqlite_files() {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes.windows(key.len()).any(|w| w == key.as_bytes()),
                "{} holds the key itself",
                file.display()
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keys_command_says_what_is_wrong() {
    for db in databases("keys-usage") {
        let no_label = admin(&db.url, &["keys", "add"]).await;
        assert_eq!(no_label.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&no_label.stderr).contains("needs one label"));
        let blank = admin(&db.url, &["keys", "add", "  "]).await;
        assert_eq!(blank.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&blank.stderr).contains("1 to 100 characters"));
        let no_such = admin(&db.url, &["keys", "revoke", "0badcafe"]).await;
        assert_eq!(no_such.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&no_such.stderr).contains("no key has the id 0badcafe"));
        let not_an_id = admin(&db.url, &["keys", "revoke", "maltby"]).await;
        assert_eq!(not_an_id.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&not_an_id.stderr).contains("not a key id"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_on_loopback_asks_for_no_key_unless_told_to() {
    for db in databases("keys-open") {
        let server = TestServer::start(&db).await;
        let started = post_json(server.addr, "/api/sessions", None, &session_body("Carers")).await;
        assert_eq!(started.status, 201, "{}", started.body);
        assert_eq!(share(server.addr, None).await.status, 201);
        server.stop().await;
    }
}
