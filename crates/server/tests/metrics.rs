//! The operator's view: `/metrics` counts what a session does (live sessions and
//! connections, changes saved, refusals by reason) in Prometheus's text format, with
//! nothing personal in it, and only for the addresses allowed to read it; and
//! `--log-format json` writes one JSON object a line, with nothing personal either.

mod support;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use cares_core::edits::Edit;
use cares_core::ids::{ActionId, PlanId};
use cares_core::plan::Action;
use cares_server::limits::{BucketSpec, Limits};
use cares_server::metrics::MetricsFrom;
use serde_json::Value;
use support::{Live, TestServer, databases, get, post_json, session_body, uuid, uuid_v4};

/// Every sample line, by its name and labels.
fn samples(text: &str) -> BTreeMap<String, u64> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let (name, value) = line
                .rsplit_once(' ')
                .expect("a sample is a name and a value");
            (name.to_owned(), value.parse().expect("a whole number"))
        })
        .collect()
}

fn add_action(plan: PlanId) -> Edit {
    Edit::AddAction {
        plan,
        action: Box::new(Action::new(
            ActionId::from_uuid(uuid_v4()),
            "Open a carers' café",
        )),
        after: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_figures_count_what_happens_and_name_nobody() {
    for db in databases("metrics") {
        let limits = Limits {
            creations: BucketSpec::new(1, 1.0 / 3600.0),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let addr = server.addr;
        let title = "Quokka evening in Maltby";
        let session = support::create_session_with(addr, &session_body(title)).await;
        let plan = PlanId::from_uuid(uuid(&session.plan));
        let busy = post_json(addr, "/api/sessions", None, &session_body(title)).await;
        assert_eq!(busy.status, 429, "{}", busy.body);
        let stranger = get(
            addr,
            &format!("/api/documents/{}", session.document),
            Some(&"ab".repeat(32)),
        )
        .await;
        assert_eq!(stranger.status, 401, "{}", stranger.body);

        let pseudonym = "Wren Okapi";
        let joined = support::join(addr, &session.code, pseudonym).await;
        let mut facilitator = Live::connect(addr, &session.session, &session.facilitator).await;
        facilitator.caught_up().await;
        let mut phone = Live::connect(addr, &session.session, &joined.token).await;
        phone.caught_up().await;
        for _ in 0..3 {
            facilitator.must(add_action(plan)).await;
        }
        assert_eq!(phone.make(add_action(plan)).await, "forbidden");

        let scraped = get(addr, "/metrics", None).await;
        assert_eq!(scraped.status, 200, "{}", scraped.body);
        assert!(
            scraped
                .header("content-type")
                .unwrap_or_default()
                .starts_with("text/plain; version=0.0.4"),
            "{:?}",
            scraped.header("content-type")
        );
        let figures = samples(&scraped.body);
        let figure = |name: &str| {
            *figures
                .get(name)
                .unwrap_or_else(|| panic!("no {name} in {}", scraped.body))
        };
        assert_eq!(figure("cares_live_sessions"), 1, "{}", db.name);
        assert_eq!(figure("cares_live_connections"), 2);
        assert!(figure("cares_open_documents") >= 1);
        // The session's own two, the join, and the facilitator's three.
        assert!(figure("cares_edits_saved_total") >= 6, "{}", scraped.body);
        assert!(figure("cares_batches_total") >= 4);
        assert!(figure("cares_stored_bytes") > 0);
        assert_eq!(
            figure("cares_refused_requests_total{reason=\"rate_limited\"}"),
            1
        );
        assert_eq!(
            figure("cares_refused_requests_total{reason=\"unauthorized\"}"),
            1
        );
        assert_eq!(figure("cares_refused_edits_total{reason=\"forbidden\"}"), 1);
        assert_eq!(figure("cares_refused_edits_total{reason=\"slow-down\"}"), 0);

        for private in [
            session.session.as_str(),
            &session.document,
            &session.plan,
            &session.code,
            &session.facilitator,
            &session.board,
            &joined.token,
            &joined.participant,
            pseudonym,
            title,
            "Maltby",
            "127.0.0.1",
        ] {
            assert!(
                !scraped.body.contains(private),
                "the figures hold {private:?}"
            );
        }

        // When the phone leaves, the figures say so.
        phone.close().await;
        let left = tokio::time::timeout(support::WAIT, async {
            loop {
                let now = samples(&get(addr, "/metrics", None).await.body);
                if now["cares_live_connections"] == 1 {
                    return now["cares_live_sessions"];
                }
                tokio::task::yield_now().await;
            }
        })
        .await
        .expect("the phone's connection is counted out");
        assert_eq!(left, 1, "the facilitator is still there");
        facilitator.close().await;
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_allowed_addresses_see_the_figures() {
    for db in databases("metrics-from") {
        let server = TestServer::start_configured(&db, |config| {
            config.metrics_from = MetricsFrom::new(vec!["192.0.2.0/24".parse().expect("a block")]);
        })
        .await;
        let refused = get(server.addr, "/metrics", None).await;
        assert_eq!(refused.status, 404, "{}", refused.body);
        assert!(!refused.body.contains("cares_"), "{}", refused.body);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_json_log_is_one_object_a_line_and_names_nobody() {
    let db = databases("json-log").remove(0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_cares-server"))
        .args(["--addr", "127.0.0.1:0", "--log-format", "json", "--dist"])
        .arg(db.dist())
        .env("DATABASE_URL", &db.url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let next = || rx.recv_timeout(support::WAIT).expect("a log line");
    let first: Value = serde_json::from_str(&next()).expect("the first line is JSON");
    assert_eq!(first["kind"], "event");
    assert_eq!(first["level"], "info");
    assert!(
        first["time"].as_str().is_some_and(|t| t.ends_with('Z')),
        "{first}"
    );
    let message = first["message"].as_str().expect("a message");
    let addr: std::net::SocketAddr = message
        .split("listening on http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("where it listens")
        .parse()
        .expect("an address");

    let session = support::create_session(addr).await;
    support::join(addr, &session.code, "Wren Okapi").await;
    let mut lines = Vec::new();
    while lines.len() < 2 {
        let line = next();
        let value: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        lines.push((line, value));
    }
    let _stopped = child.kill();
    let _waited = child.wait();
    let (created, joined) = (&lines[0].1, &lines[1].1);
    assert_eq!(created["kind"], "request");
    assert_eq!(created["method"], "POST");
    assert_eq!(created["route"], "/api/sessions");
    assert_eq!(created["status"], 201);
    assert!(created["ms"].as_f64().is_some(), "{created}");
    assert_eq!(joined["route"], "/api/join");
    for (line, _) in &lines {
        for private in [
            session.session.as_str(),
            &session.code,
            &session.facilitator,
            "Wren Okapi",
        ] {
            assert!(!line.contains(private), "the log holds {private:?}: {line}");
        }
    }
}
