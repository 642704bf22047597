//! Backup and restore, as an administrator does them: `cares-server backup --to FILE`
//! (the real binary) while four facilitator devices keep saving changes to a live
//! session, then `cares-server restore --from FILE` into a fresh place and a fresh
//! server on it. Every change acknowledged before the backup began is there, the
//! copy is a consistent cut (each device's changes up to some point, no gaps), and
//! the session's tokens work on the new server. Neither command overwrites.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Output;
use std::sync::{Arc, Mutex};

use cares_core::document::Document;
use cares_core::edits::Edit;
use cares_core::ids::{ActionId, PlanId, ReplicaId};
use cares_core::plan::Action;
use cares_server::limits::{BucketSpec, Limits};
use support::{Database, Live, TempDir, TestServer, admin, databases, get, uuid, uuid_v4};
use tokio::sync::watch;

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Every (device, seq) acknowledged so far, shared by the writers.
type Acked = Arc<Mutex<BTreeSet<(ReplicaId, u64)>>>;

/// A facilitator device adding actions to the session's plan, one at a time, each
/// after the last was acknowledged, until told to stop.
async fn keep_writing(
    mut device: Live,
    plan: PlanId,
    acked: Acked,
    count: watch::Sender<usize>,
    mut stop: watch::Receiver<bool>,
) {
    device.caught_up().await;
    let mut n = 0u64;
    while !*stop.borrow_and_update() {
        n += 1;
        let made = device
            .must(Edit::AddAction {
                plan,
                action: Box::new(Action::new(
                    ActionId::from_uuid(uuid_v4()),
                    format!("Action {n} from a busy device"),
                )),
                after: None,
            })
            .await;
        let total = {
            let mut acked = acked.lock().expect("acks");
            acked.insert((made.replica, made.seq));
            acked.len()
        };
        count.send_replace(total);
    }
    device.close().await;
}

/// Waits until at least `n` changes have been acknowledged.
async fn until_acked(count: &mut watch::Receiver<usize>, n: usize) {
    tokio::time::timeout(support::WAIT, count.wait_for(|c| *c >= n))
        .await
        .expect("the writers keep going")
        .expect("the writers are there");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_every_acknowledged_change() {
    let db = databases("backup").remove(0);
    assert_eq!(db.name, "sqlite");
    let limits = Limits {
        facilitator_edits: BucketSpec::new(100_000, 100_000.0),
        socket_messages: BucketSpec::new(100_000, 100_000.0),
        ..Limits::default()
    };
    let server = TestServer::start_with(&db, limits).await;
    let addr = server.addr;
    let session = support::create_session(addr).await;
    let plan = PlanId::from_uuid(uuid(&session.plan));

    let acked: Acked = Arc::default();
    let (count, mut counted) = watch::channel(0usize);
    let (stop, stopping) = watch::channel(false);
    let mut writers = Vec::new();
    for _ in 0..4 {
        let device = Live::connect(addr, &session.session, &session.facilitator).await;
        writers.push(tokio::spawn(keep_writing(
            device,
            plan,
            Arc::clone(&acked),
            count.clone(),
            stopping.clone(),
        )));
    }
    until_acked(&mut counted, 100).await;

    // The backup, while the devices keep saving.
    let backups = TempDir::new("backup-files");
    let file = backups.path().join("cares-backup.db");
    let before: BTreeSet<_> = acked.lock().expect("acks").clone();
    let made = admin(&db.url, &["backup", "--to", &file.to_string_lossy()]).await;
    assert!(made.status.success(), "{}", said(&made));
    assert!(
        said(&made).contains("Backed up 1 sessions and shared plans"),
        "{}",
        said(&made)
    );
    let at_the_end = acked.lock().expect("acks").len();
    // The load went on after it: the server was serving throughout.
    until_acked(&mut counted, at_the_end + 50).await;
    stop.send_replace(true);
    for writer in writers {
        writer.await.expect("a writer ends");
    }
    let every_ack = acked.lock().expect("acks").clone();
    server.stop().await;

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .expect("backup")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "the backup is readable only by its owner"
        );
    }

    // A second backup to the same file is refused, and changes nothing.
    let again = admin(&db.url, &["backup", "--to", &file.to_string_lossy()]).await;
    assert_eq!(again.status.code(), Some(1), "{}", said(&again));
    assert!(said(&again).contains("already exists"), "{}", said(&again));

    // Restored into a fresh place, served by a fresh server.
    let fresh = Database {
        name: "sqlite",
        url: String::new(),
        dir: TempDir::new("restored"),
    };
    let fresh = Database {
        url: format!("sqlite://{}", fresh.dir.path().join("cares.db").display()),
        ..fresh
    };
    std::fs::create_dir_all(fresh.dist()).expect("dist");
    std::fs::write(
        fresh.dist().join("index.html"),
        "<!doctype html><title>cares</title>",
    )
    .expect("index.html");
    let restored = admin(&fresh.url, &["restore", "--from", &file.to_string_lossy()]).await;
    assert!(restored.status.success(), "{}", said(&restored));
    assert!(
        said(&restored).contains("Restored 1 sessions"),
        "{}",
        said(&restored)
    );

    let server = TestServer::start(&fresh).await;
    let whole = get(
        server.addr,
        &format!("/api/documents/{}", session.document),
        Some(&session.facilitator),
    )
    .await;
    assert_eq!(
        whole.status, 200,
        "the facilitator's token works: {}",
        whole.body
    );
    let doc = Document::from_json(whole.body.as_bytes()).expect("the restored session");
    let kept: BTreeSet<_> = doc
        .log()
        .edits()
        .iter()
        .map(|e| (e.replica, e.seq))
        .collect();
    let lost: Vec<_> = before.difference(&kept).collect();
    assert!(
        lost.is_empty(),
        "acknowledged before the backup, missing after: {lost:?}"
    );
    // A consistent cut: each device's changes from its first up to some point.
    let mut per_device: BTreeMap<ReplicaId, Vec<u64>> = BTreeMap::new();
    for (replica, seq) in kept.iter().filter(|k| every_ack.contains(k)) {
        per_device.entry(*replica).or_default().push(*seq);
    }
    for (device, seqs) in &per_device {
        let first = seqs[0];
        let expected: Vec<u64> = (first..first + seqs.len() as u64).collect();
        assert_eq!(seqs, &expected, "device {device} has a gap in the backup");
    }
    // And it goes on: a phone can still join with the session's code.
    let joined = support::join(server.addr, &session.code, "Sam").await;
    assert!(!joined.token.is_empty());
    server.stop().await;

    // A restore never overwrites a database.
    let over = admin(&fresh.url, &["restore", "--from", &file.to_string_lossy()]).await;
    assert_eq!(over.status.code(), Some(1), "{}", said(&over));
    assert!(
        said(&over).contains("a database is already at"),
        "{}",
        said(&over)
    );
    drop(backups);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_and_restore_say_what_is_wrong() {
    let dir = TempDir::new("backup-usage");
    let missing = format!("sqlite://{}", dir.path().join("none.db").display());
    let target = dir.path().join("copy.db");
    let target = target.to_string_lossy();
    let no_db = admin(&missing, &["backup", "--to", &target]).await;
    assert_eq!(no_db.status.code(), Some(1), "{}", said(&no_db));
    assert!(
        said(&no_db).contains("there is no database at"),
        "{}",
        said(&no_db)
    );
    assert!(
        !Path::new(target.as_ref()).exists(),
        "nothing is left behind"
    );
    let no_file = admin(&missing, &["backup"]).await;
    assert_eq!(no_file.status.code(), Some(2), "{}", said(&no_file));
    assert!(said(&no_file).contains("--to FILE"), "{}", said(&no_file));
    let not_a_backup = dir.path().join("notes.txt");
    std::fs::write(&not_a_backup, "not a database").expect("notes");
    let bad = admin(
        &missing,
        &["restore", "--from", &not_a_backup.to_string_lossy()],
    )
    .await;
    assert_eq!(bad.status.code(), Some(1), "{}", said(&bad));
    assert!(
        said(&bad).contains("is not a sound cares database"),
        "{}",
        said(&bad)
    );
    let postgres = admin(
        "postgres://cares@127.0.0.1/cares",
        &["backup", "--to", &target],
    )
    .await;
    assert_eq!(postgres.status.code(), Some(1), "{}", said(&postgres));
    assert!(said(&postgres).contains("pg_dump"), "{}", said(&postgres));
    for db in databases("backup-pg")
        .into_iter()
        .filter(|db| db.name == "postgres")
    {
        let told = admin(&db.url, &["backup", "--to", &target]).await;
        assert!(said(&told).contains("pg_dump"), "{}", said(&told));
    }
}
