//! Retention: a session unused for the retention period is deleted from the database
//! for real (rows gone, and on SQLite its words gone from the files), one used in
//! the meantime is kept, and the facilitator is told the day it will go. The
//! server's clock is moved forward; nothing sleeps.

mod support;

use std::time::Duration;

use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::SessionId;
use cares_server::clock::Clock;
use serde_json::json;
use sqlx::Row;
use support::{Database, Live, TestServer, databases, get, post_json, session_body, uuid};

const DAY: Duration = Duration::from_secs(24 * 3600);

/// A sweep deletes what is old by its server's clock in the whole database, and
/// PostgreSQL's is shared: the tests here move their clocks one at a time.
static ONE_CLOCK_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
const SECRET_TITLE: &str = "Okapi Zanzibar-Quill evening";
const SECRET_NAME: &str = "Quokka Wren";

async fn start(db: &Database, clock: &Clock) -> TestServer {
    TestServer::start_configured(db, |config| config.clock = clock.clone()).await
}

/// How many rows each table holds for one document (PostgreSQL is shared by every
/// test file, so only its own are counted).
async fn rows_of(url: &str, document: &str) -> Vec<(&'static str, i64)> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let mut counts = Vec::new();
    for (table, column) in [
        ("documents", "id"),
        ("sessions", "document_id"),
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

fn file_holds(db: &Database, words: &str) -> bool {
    db.sqlite_files().iter().any(|file| {
        // The write-ahead log may be removed as the last connection closes.
        let bytes = std::fs::read(file).unwrap_or_default();
        bytes.windows(words.len()).any(|w| w == words.as_bytes())
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_unused_for_the_retention_period_is_deleted_for_real() {
    let _alone = ONE_CLOCK_AT_A_TIME.lock().await;
    for db in databases("retention") {
        let clock = Clock::system();
        let server = start(&db, &clock).await;
        let reply = post_json(
            server.addr,
            "/api/sessions",
            None,
            &session_body(SECRET_TITLE),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        let created = reply.json();
        let text = |k: &str| created[k].as_str().expect(k).to_owned();
        let (forgotten, facilitator) = (text("document"), text("facilitator_token"));
        let expected_day = Clock::day_of(clock.seconds() + 90 * 24 * 3600).to_string();
        assert_eq!(created["deleted_on"], json!(expected_day), "{}", db.name);
        support::join(server.addr, &text("code"), SECRET_NAME).await;
        let kept = support::create_session(server.addr).await;
        server.stop().await;
        if db.name == "sqlite" {
            assert!(file_holds(&db, SECRET_TITLE), "the words are stored first");
        }

        // Day 60: the other session's facilitator counts the room, so it is used.
        clock.advance(60 * DAY);
        let server = start(&db, &clock).await;
        let mut live = Live::connect(server.addr, &kept.session, &kept.facilitator).await;
        live.caught_up().await;
        let session = SessionId::from_uuid(uuid(&kept.session));
        live.must(Edit::Session {
            session,
            step: SessionStep::SetHeadcount { people: Some(12) },
        })
        .await;
        live.close().await;
        server.stop().await;

        // Day 89: not yet.
        clock.advance(29 * DAY);
        let server = start(&db, &clock).await;
        let path = format!("/api/documents/{forgotten}");
        assert_eq!(
            get(server.addr, &path, Some(&facilitator)).await.status,
            200
        );
        server.stop().await;
        assert!(
            rows_of(&db.url, &forgotten)
                .await
                .iter()
                .all(|(_, n)| *n > 0)
        );

        // Day 91: the sweep as the server starts deletes it.
        clock.advance(2 * DAY);
        let server = start(&db, &clock).await;
        assert_eq!(
            get(server.addr, &path, Some(&facilitator)).await.status,
            404,
            "{}: it is gone, and its tokens with it",
            db.name
        );
        let kept_path = format!("/api/documents/{}", kept.document);
        assert_eq!(
            get(server.addr, &kept_path, Some(&kept.facilitator))
                .await
                .status,
            200,
            "{}: a session used on day 60 is kept",
            db.name
        );
        server.stop().await;
        let left = rows_of(&db.url, &forgotten).await;
        assert!(left.iter().all(|(_, n)| *n == 0), "{}: {left:?}", db.name);
        if db.name == "sqlite" {
            assert!(
                !file_holds(&db, SECRET_TITLE),
                "the title is gone from the files"
            );
            assert!(
                !file_holds(&db, SECRET_NAME),
                "the pseudonym is gone from the files"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phones_and_a_boards_token_expire_with_the_join_code() {
    let _alone = ONE_CLOCK_AT_A_TIME.lock().await;
    for db in databases("token-expiry") {
        let clock = Clock::system();
        let server = start(&db, &clock).await;
        let created = support::create_session(server.addr).await;
        let ann = support::join(server.addr, &created.code, "Ann").await;
        let pull = format!("/api/documents/{}/edits?since=0", created.document);
        for token in [&ann.token, &created.board] {
            assert_eq!(get(server.addr, &pull, Some(token)).await.status, 200);
        }
        server.stop().await;

        // Day 29: still working.
        clock.advance(29 * DAY);
        let server = start(&db, &clock).await;
        let mut facilitator =
            Live::connect(server.addr, &created.session, &created.facilitator).await;
        facilitator.caught_up().await;
        // Used today, so the session itself is kept for the retention period.
        let sid = SessionId::from_uuid(uuid(&created.session));
        facilitator
            .must(Edit::Session {
                session: sid,
                step: SessionStep::SetHeadcount { people: Some(5) },
            })
            .await;
        facilitator.close().await;
        assert_eq!(get(server.addr, &pull, Some(&ann.token)).await.status, 200);
        server.stop().await;

        // Day 31: the join code has expired, and with it the phone's and the board's
        // tokens, on HTTP and on the live connection; the facilitator's still works.
        clock.advance(2 * DAY);
        let server = start(&db, &clock).await;
        for token in [&ann.token, &created.board] {
            let reply = get(server.addr, &pull, Some(token)).await;
            assert_eq!(reply.status, 401, "{}: {}", db.name, reply.body);
            let live = Live::open(
                server.addr,
                &created.session,
                token,
                0,
                support::TokenIn::Subprotocol,
            )
            .await;
            assert!(live.is_err(), "{}: the live connection opened", db.name);
        }
        let document = format!("/api/documents/{}", created.document);
        assert_eq!(
            get(server.addr, &document, Some(&created.facilitator))
                .await
                .status,
            200
        );
        server.stop().await;
        // The sweep as it started deleted their rows.
        let left = rows_of(&db.url, &created.document).await;
        assert!(
            left.contains(&("tokens", 1)),
            "{}: only the facilitator's token is left: {left:?}",
            db.name
        );
    }
}
