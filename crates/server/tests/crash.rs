//! The crash test: the real binary on a free loopback port, a scripted session of
//! 100 simulated phones over WebSockets, `kill -9` mid-session, a restart on the
//! same database, and a check that every acknowledged edit is there — 20 times.
//!
//! Phones behave as the web app does, keeping their edits in the protocol's
//! `Outbox`: each edit is sent and kept until its answer comes; after a reconnect,
//! every unanswered edit is sent again, in order. At the end every
//! phone's statements and votes are in the session exactly once.
//!
//! On PostgreSQL it runs once more with two servers on the one database: the
//! phones are split between them (each moving to the other server every round,
//! reconnecting from the position it got to), and each round one of the two is
//! killed mid-session while the other goes on serving.

mod support;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use cares_core::coproduction::Phase;
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ContributionId, DocumentId, ParticipantId, ReplicaId, SessionId, ThemeId};
use cares_protocol::{Outbox, Received};
use support::{Live, databases, uuid, verdict};
use tokio::sync::{mpsc, watch};

const PHONES: usize = 100;
const ROUNDS: usize = 20;
/// The round in which the facilitator moves from sharing to voting.
const VOTING_FROM: usize = 10;
const THEMES: [u128; 3] = [1, 2, 3];

/// The server binary, running.
struct Running {
    child: Child,
    addr: SocketAddr,
}

fn spawn(url: &str, dist: &std::path::Path) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cares-server"))
        .args(["--addr", "127.0.0.1:0", "--dist"])
        .arg(dist)
        .env("DATABASE_URL", url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Keeps reading, so the server never blocks on a full pipe.
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if std::env::var_os("CARES_CRASH_LOG").is_some() {
                eprintln!("server: {line}");
            }
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let addr = rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let _ = tx.send(addr);
            }
        }
    });
    let addr = rx
        .recv_timeout(support::WAIT)
        .expect("the server says where it listens")
        .parse()
        .expect("an address");
    Running { child, addr }
}

impl Drop for Running {
    fn drop(&mut self) {
        // A failing test must not leave a server behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn kill_hard(mut running: Running) {
    running.child.kill().expect("kill -9"); // SIGKILL on Unix
    running.child.wait().expect("reaped");
}

/// One simulated phone, carried from round to round.
#[derive(Clone)]
struct Phone {
    index: usize,
    token: String,
    participant: ParticipantId,
    replica: ReplicaId,
    seq: u64,
    clock: u64,
    seen: u64,
    /// The last position the server gave this phone.
    position: i64,
    statements: u128,
    votes: Vec<ThemeId>,
    sent: Vec<StampedEdit>,
    outbox: Outbox,
    acked: HashSet<(ReplicaId, u64)>,
}

impl Phone {
    fn next_edit(&mut self, session: SessionId, voting: bool) -> StampedEdit {
        let step = if !voting {
            self.statements += 1;
            SessionStep::AddContribution {
                contribution: ContributionId::from_u128(
                    (self.index as u128 + 1) * 1_000_000 + self.statements,
                ),
                participant: Some(self.participant),
                text: format!("phone {} need {}", self.index, self.statements),
            }
        } else if self.votes.len() < 3 {
            let theme = ThemeId::from_u128(THEMES[(self.seq as usize + self.index) % THEMES.len()]);
            self.votes.push(theme);
            SessionStep::Vote {
                participant: self.participant,
                theme,
            }
        } else {
            let theme = self.votes.remove(0);
            SessionStep::Unvote {
                participant: self.participant,
                theme,
            }
        };
        self.seq += 1;
        self.clock = self.clock.max(self.seen) + 1;
        let stamped = StampedEdit {
            replica: self.replica,
            seq: self.seq,
            clock: self.clock,
            edit: Edit::Session { session, step },
        };
        self.sent.push(stamped.clone());
        stamped
    }

    /// On a new connection, sends every unanswered edit again, oldest first, each
    /// answered before the next; each must be saved now or have been before.
    async fn send_waiting(&mut self, live: &mut Live) {
        self.outbox.connection_lost();
        while !self.outbox.is_empty() {
            let again: Vec<StampedEdit> = self.outbox.to_send().into_iter().cloned().collect();
            for edit in again {
                let said = loop {
                    assert!(live.try_send(&edit).await, "sends again");
                    let said = answer(live, &edit, &mut self.seen).await.expect("answered");
                    // Another server saved at the same place first: send it again.
                    if said != "not-saved" {
                        break said;
                    }
                };
                assert!(
                    ["saved", "duplicate"].contains(&said.as_str()),
                    "a resent edit was {said}"
                );
                self.outbox.acked(edit.seq);
                self.acked.insert((edit.replica, edit.seq));
            }
        }
    }
}

struct Round {
    addr: SocketAddr,
    session: String,
    sid: SessionId,
    voting: bool,
    ready: mpsc::Sender<()>,
    /// Set when the round starts, with the facilitator's last edit if any.
    go: watch::Receiver<Option<Option<StampedEdit>>>,
    acks: Arc<watch::Sender<usize>>,
    /// Set when a server was killed: phones on the one still running stop too.
    stop: watch::Receiver<bool>,
}

/// Reads until this edit is answered; `None` when the server is gone.
async fn answer(live: &mut Live, edit: &StampedEdit, seen: &mut u64) -> Option<String> {
    loop {
        let v = live.next_or_close().await.ok()?;
        *seen = (*seen).max(live.clock);
        if support::answers(&v) == Some((edit.replica, edit.seq)) {
            return Some(verdict(&v));
        }
    }
}

async fn phone_round(mut phone: Phone, round: Round) -> Phone {
    let opened = Live::reopen_after(round.addr, &round.session, &phone.token, phone.position).await;
    let mut live = opened.expect("the phone reconnects");
    live.replica = phone.replica;
    loop {
        match live.next_or_close().await {
            Ok(v) if matches!(support::received(&v), Some(Received::CaughtUp { .. })) => break,
            Ok(_) => {}
            Err(code) => panic!("closed during catch-up: {code}"),
        }
    }
    phone.seen = phone.seen.max(live.clock);
    // Everything unanswered goes again, in order.
    phone.send_waiting(&mut live).await;
    let _ = round.ready.send(()).await;
    let mut go = round.go;
    let marker = go
        .wait_for(Option::is_some)
        .await
        .expect("go")
        .clone()
        .flatten();
    if let Some(marker) = marker {
        live.sees(&marker).await;
        phone.seen = phone.seen.max(marker.clock);
    }
    'typing: while !*round.stop.borrow() {
        let edit = phone.next_edit(round.sid, round.voting);
        phone.outbox.push(edit.clone());
        let _sent = phone.outbox.to_send();
        loop {
            if !live.try_send(&edit).await {
                break 'typing;
            }
            match answer(&mut live, &edit, &mut phone.seen).await {
                Some(said) if said == "saved" => {
                    phone.outbox.acked(edit.seq);
                    phone.acked.insert((edit.replica, edit.seq));
                    round.acks.send_modify(|n| *n += 1);
                    break;
                }
                // Another server saved at the same place first: send it again.
                Some(said) if said == "not-saved" => {}
                Some(other) => panic!("phone {} edit {} was {other}", phone.index, edit.seq),
                None => break 'typing,
            }
        }
    }
    phone.position = phone.position.max(live.position);
    phone
}

/// Every edit on the server, as the facilitator sees them (everything).
async fn everything(addr: SocketAddr, created: &support::Created) -> Live {
    let mut live = Live::connect(addr, &created.session, &created.facilitator).await;
    live.caught_up().await;
    live
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_edit_survives_kill_9_on_sqlite() {
    let db = databases("crash-sqlite")
        .into_iter()
        .find(|db| db.name == "sqlite")
        .expect("sqlite");
    crash_and_check(db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_edit_survives_kill_9_on_postgres() {
    match databases("crash-postgres")
        .into_iter()
        .find(|db| db.name == "postgres")
    {
        Some(db) => crash_and_check(db).await,
        None => {
            eprintln!("CARES_TEST_POSTGRES_URL is not set: the PostgreSQL crash test did not run")
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_edit_survives_killing_one_of_two_servers_on_postgres() {
    match databases("crash-two-servers")
        .into_iter()
        .find(|db| db.name == "postgres")
    {
        Some(db) => crash_and_check_on(db, 2).await,
        None => {
            eprintln!("CARES_TEST_POSTGRES_URL is not set: the two-server crash test did not run")
        }
    }
}

async fn crash_and_check(db: support::Database) {
    crash_and_check_on(db, 1).await;
}

/// The crash test with `servers` servers on the database; each round one is killed.
async fn crash_and_check_on(db: support::Database, servers: usize) {
    {
        let started = Instant::now();
        let mut running: Vec<Option<Running>> = (0..servers)
            .map(|_| Some(spawn(&db.url, &db.dist())))
            .collect();
        let first = running[0].as_ref().expect("started").addr;
        let created = support::create_session(first).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let mut phones = Vec::with_capacity(PHONES);
        for index in 0..PHONES {
            let joined = support::join(first, &created.code, &format!("Phone {index}")).await;
            phones.push(Phone {
                index,
                token: joined.token,
                participant: ParticipantId::from_uuid(uuid(&joined.participant)),
                replica: ReplicaId::from_uuid(support::uuid_v4()),
                seq: 0,
                clock: 0,
                seen: 0,
                position: 0,
                statements: 0,
                votes: Vec::new(),
                sent: Vec::new(),
                outbox: Outbox::new(),
                acked: HashSet::new(),
            });
        }
        // Where each round is cut short: spread over the session, never the same.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut recovered_unanswered = 0usize;
        for round in 0..=ROUNDS {
            for slot in &mut running {
                if slot.is_none() {
                    *slot = Some(spawn(&db.url, &db.dist()));
                }
            }
            let addrs: Vec<SocketAddr> = running.iter().flatten().map(|r| r.addr).collect();
            // The server killed this round; the others go on.
            let victim = round % servers;
            let addr = addrs[victim];
            let on = |phone: &Phone| addrs[(phone.index + round) % servers];
            // Every edit acknowledged before the last kill is there.
            let check = everything(addr, &created).await;
            let stored: HashSet<(ReplicaId, u64)> =
                check.received.iter().map(|e| (e.replica, e.seq)).collect();
            assert_eq!(
                stored.len(),
                check.received.len(),
                "an edit is stored twice"
            );
            for phone in &phones {
                for key in &phone.acked {
                    assert!(
                        stored.contains(key),
                        "round {round}: phone {} lost acknowledged edit {}",
                        phone.index,
                        key.1
                    );
                }
                recovered_unanswered += phone
                    .outbox
                    .pending()
                    .iter()
                    .filter(|p| stored.contains(&(p.replica, p.seq)))
                    .count();
            }
            check.close().await;
            eprintln!(
                "round {round}: checked, {:.1} s in",
                started.elapsed().as_secs_f64()
            );
            if round == ROUNDS {
                // The last restart: every phone sends what is left, then the session is exact.
                let (ready, mut readies) = mpsc::channel(PHONES);
                let (_go_tx, go) = watch::channel(None);
                let (acks, _) = watch::channel(0usize);
                let acks = Arc::new(acks);
                let (_stop_tx, stop) = watch::channel(false);
                let mut tasks = Vec::new();
                for phone in phones.drain(..) {
                    let round = Round {
                        addr: on(&phone),
                        session: created.session.clone(),
                        sid,
                        voting: true,
                        ready: ready.clone(),
                        go: go.clone(),
                        acks: Arc::clone(&acks),
                        stop: stop.clone(),
                    };
                    tasks.push(tokio::spawn(async move {
                        let mut phone = phone;
                        let opened = Live::reopen_after(
                            round.addr,
                            &round.session,
                            &phone.token,
                            phone.position,
                        )
                        .await;
                        let mut live = opened.expect("reconnects");
                        live.caught_up().await;
                        phone.send_waiting(&mut live).await;
                        let _ = round.ready.send(()).await;
                        live.close().await;
                        phone
                    }));
                }
                for _ in 0..PHONES {
                    readies.recv().await.expect("ready");
                }
                for task in tasks {
                    phones.push(task.await.expect("phone"));
                }
                let check = everything(addr, &created).await;
                let base: Content =
                    serde_json::from_value(check.welcome["base"].clone()).expect("base");
                let document = DocumentId::from_uuid(uuid(
                    check.welcome["document"].as_str().expect("document"),
                ));
                let mut doc = Document::from_content(document, base);
                doc.receive(check.received.clone())
                    .expect("edits that agree");
                let session = &doc.content().sessions[0];
                for phone in &phones {
                    assert!(phone.outbox.is_empty());
                    let theirs = session
                        .contributions
                        .iter()
                        .filter(|c| c.participant == Some(phone.participant))
                        .count();
                    assert_eq!(
                        theirs as u128, phone.statements,
                        "phone {} statements",
                        phone.index
                    );
                    let mut voted: Vec<ThemeId> = session
                        .votes
                        .iter()
                        .filter(|v| v.participant == phone.participant)
                        .map(|v| v.theme)
                        .collect();
                    let mut expected = phone.votes.clone();
                    voted.sort();
                    expected.sort();
                    assert_eq!(voted, expected, "phone {} votes", phone.index);
                    let stored: HashSet<(ReplicaId, u64)> = check
                        .received
                        .iter()
                        .filter(|e| e.replica == phone.replica)
                        .map(|e| (e.replica, e.seq))
                        .collect();
                    assert_eq!(
                        stored.len(),
                        phone.sent.len(),
                        "phone {}: every edit it made, once",
                        phone.index
                    );
                }
                let total: usize = phones.iter().map(|p| p.sent.len()).sum();
                eprintln!(
                    "crash test ({}, {servers} server(s)): {ROUNDS} kills, {total} edits made, all {} acknowledged edits kept, \
                     {recovered_unanswered} saved-but-unanswered edits found again, {:.1} s",
                    db.name,
                    phones.iter().map(|p| p.acked.len()).sum::<usize>(),
                    started.elapsed().as_secs_f64()
                );
                check.close().await;
                for server in running.iter_mut().filter_map(Option::take) {
                    kill_hard(server);
                }
                break;
            }

            let voting = round >= VOTING_FROM;
            let (ready, mut readies) = mpsc::channel(PHONES);
            let (go_tx, go) = watch::channel(None);
            let (acks, mut acked) = watch::channel(0usize);
            let acks = Arc::new(acks);
            let (stop_tx, stop) = watch::channel(false);
            let mut tasks = Vec::with_capacity(PHONES);
            for phone in phones.drain(..) {
                let round = Round {
                    addr: on(&phone),
                    session: created.session.clone(),
                    sid,
                    voting,
                    ready: ready.clone(),
                    go: go.clone(),
                    acks: Arc::clone(&acks),
                    stop: stop.clone(),
                };
                tasks.push(tokio::spawn(phone_round(phone, round)));
            }
            for _ in 0..PHONES {
                readies.recv().await.expect("ready");
            }
            // Once every phone has sent what it had, the facilitator moves the session on.
            let mut marker = None;
            if round == VOTING_FROM {
                let mut facilitator = everything(addr, &created).await;
                let step = |step| Edit::Session { session: sid, step };
                let grouped: Vec<ContributionId> = facilitator
                    .received
                    .iter()
                    .filter_map(|e| match &e.edit {
                        Edit::Session {
                            step: SessionStep::AddContribution { contribution, .. },
                            ..
                        } => Some(*contribution),
                        _ => None,
                    })
                    .take(6)
                    .collect();
                facilitator
                    .must(step(SessionStep::Advance { to: Phase::Group }))
                    .await;
                for (n, theme) in THEMES.iter().enumerate() {
                    facilitator
                        .must(step(SessionStep::AddTheme {
                            theme: ThemeId::from_u128(*theme),
                            name: format!("Theme {n}"),
                        }))
                        .await;
                }
                for (n, contribution) in grouped.into_iter().enumerate() {
                    let theme = ThemeId::from_u128(THEMES[n % THEMES.len()]);
                    facilitator
                        .must(step(SessionStep::Assign {
                            contribution,
                            theme: Some(theme),
                        }))
                        .await;
                }
                marker = Some(
                    facilitator
                        .must(step(SessionStep::Advance {
                            to: Phase::Prioritise,
                        }))
                        .await,
                );
                facilitator.close().await;
            }

            eprintln!(
                "round {round}: phones ready, {:.1} s in",
                started.elapsed().as_secs_f64()
            );
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let cut = 100 + usize::try_from(seed % 300).expect("small");
            let _ = go_tx.send(Some(marker));
            acked.wait_for(|n| *n >= cut).await.expect("acks");
            kill_hard(running[victim].take().expect("running"));
            let _ = stop_tx.send(true);
            eprintln!(
                "round {round}: killed server {victim} of {servers} after {cut} acknowledgements, {:.1} s in",
                started.elapsed().as_secs_f64()
            );
            for task in tasks {
                phones.push(task.await.expect("phone"));
            }
            phones.sort_by_key(|p| p.index);
        }
    }
}
