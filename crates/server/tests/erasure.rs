//! Erasure on request: the facilitator erases a participant and their words, and what
//! they said about themselves, leave every copy — the live devices, the document,
//! the facilitator's download, the database rows and (for SQLite) the file on disk —
//! while themes and actions built from others' words stay; and nothing their phone
//! (or anyone) sends for them afterwards is taken in.

mod support;

use cares_core::coproduction::{ERASED_PSEUDONYM, Phase};
use cares_core::document::Document;
use cares_core::edits::{Edit, SessionStep};
use cares_core::ids::{ActionId, ContributionId, ParticipantId, PlanId, SessionId, ThemeId};
use cares_core::roles::CarerRole;
use cares_protocol::Received;
use cares_protocol::close::START_AFRESH;
use sqlx::Row;
use support::{Live, Refused, TestServer, TokenIn, databases, get, uuid};

const SECRET_WORDS: &str = "my neighbour Okapi Zanzibar-Quill";
const SECRET_NAME: &str = "Quokka Wren";

/// The stored edits of one document. Only its own: the PostgreSQL database is
/// shared by every test file, and others may use the same words.
async fn stored_bodies(url: &str, document: &str) -> Vec<String> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let rows = sqlx::query("SELECT body FROM edits WHERE document_id = $1")
        .bind(document)
        .fetch_all(&pool)
        .await
        .expect("rows");
    let bodies = rows
        .iter()
        .map(|r| r.try_get::<String, _>("body").expect("body"))
        .collect();
    pool.close().await;
    bodies
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_participants_words_are_gone_from_every_copy() {
    for db in databases("erasure") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;
        let sid = SessionId::from_uuid(uuid(&created.session));
        let plan = PlanId::from_uuid(uuid(&created.plan));
        let quinn = support::join(addr, &created.code, SECRET_NAME).await;
        let ria = support::join(addr, &created.code, "Ria").await;
        let quinn_id = ParticipantId::from_uuid(uuid(&quinn.participant));
        let ria_id = ParticipantId::from_uuid(uuid(&ria.participant));
        let step = |step| Edit::Session { session: sid, step };

        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        let mut quinn_phone = Live::connect(addr, &created.session, &quinn.token).await;
        let mut ria_phone = Live::connect(addr, &created.session, &ria.token).await;
        for live in [&mut facilitator, &mut quinn_phone, &mut ria_phone] {
            live.caught_up().await;
        }
        // What each says about themselves: Quinn's must go, Ria's stay.
        let consent = |participant, role| {
            step(SessionStep::Consent {
                participant,
                roles: [role].into_iter().collect(),
                young_carer: Some(true),
            })
        };
        quinn_phone
            .must(consent(quinn_id, CarerRole::DementiaCarer))
            .await;
        ria_phone
            .must(consent(ria_id, CarerRole::ParentCarer))
            .await;
        let (hers, his, ria_words) = (
            ContributionId::from_u128(1),
            ContributionId::from_u128(2),
            ContributionId::from_u128(3),
        );
        quinn_phone
            .must(step(SessionStep::AddContribution {
                contribution: hers,
                participant: Some(quinn_id),
                text: SECRET_WORDS.into(),
            }))
            .await;
        quinn_phone
            .must(step(SessionStep::AddContribution {
                contribution: his,
                participant: Some(quinn_id),
                text: format!("{SECRET_WORDS} again"),
            }))
            .await;
        let last = ria_phone
            .must(step(SessionStep::AddContribution {
                contribution: ria_words,
                participant: Some(ria_id),
                text: "to tell my story once".into(),
            }))
            .await;
        facilitator.sees(&last).await;
        let (shared, only_quinn) = (ThemeId::from_u128(10), ThemeId::from_u128(11));
        for edit in [
            step(SessionStep::Advance { to: Phase::Group }),
            step(SessionStep::AddTheme {
                theme: shared,
                name: "Tell my story once".into(),
            }),
            step(SessionStep::AddTheme {
                theme: only_quinn,
                name: "Neighbours".into(),
            }),
            step(SessionStep::Assign {
                contribution: hers,
                theme: Some(shared),
            }),
            step(SessionStep::Assign {
                contribution: ria_words,
                theme: Some(shared),
            }),
            step(SessionStep::Assign {
                contribution: his,
                theme: Some(only_quinn),
            }),
            step(SessionStep::Advance {
                to: Phase::Prioritise,
            }),
            step(SessionStep::Vote {
                participant: quinn_id,
                theme: shared,
            }),
            step(SessionStep::Advance { to: Phase::Plan }),
        ] {
            facilitator.must(edit).await;
        }
        // The facilitator drafts an action from the shared theme, with its provenance.
        let whole = get(
            addr,
            &format!("/api/documents/{}", created.document),
            Some(&created.facilitator),
        )
        .await;
        let doc = Document::from_json(whole.body.as_bytes()).expect("document");
        let action = doc.content().sessions[0]
            .draft_action(shared, ActionId::from_u128(20))
            .expect("draft");
        assert_eq!(
            action.origin.as_ref().map(|o| o.contributions.len()),
            Some(2)
        );
        facilitator
            .must(Edit::AddAction {
                plan,
                action: Box::new(action),
                after: None,
            })
            .await;

        if db.name == "sqlite" {
            let before: Vec<u8> = db
                .sqlite_files()
                .iter()
                .filter_map(|f| std::fs::read(f).ok())
                .flatten()
                .collect();
            assert!(
                before.windows(5).any(|w| w == b"Okapi"),
                "the words were on disk before"
            );
        }
        let erase = facilitator.stamp(step(SessionStep::Erase {
            participant: quinn_id,
        }));
        facilitator.send(&erase).await;
        // Quinn's phone keeps sending as the erasure is saved: whatever is taken in
        // before it is erased with it, and nothing after it is taken in.
        for _ in 0..13 {
            let said = quinn_phone.stamp(consent(quinn_id, CarerRole::DementiaCarer));
            if !quinn_phone.try_send(&said).await {
                break;
            }
        }
        let mut erase = erase;
        let mut answer = facilitator.answer_for(&erase).await;
        // A consent stamped after the erase may be saved before it arrives; the erase
        // is then refused as stale, and made again above what is saved, as the app does.
        while support::verdict(&answer) == "stale" {
            if let Some(Received::Refused {
                clock: Some(clock), ..
            }) = support::received(&answer)
            {
                facilitator.clock = facilitator.clock.max(clock);
            }
            erase = facilitator.stamp(step(SessionStep::Erase {
                participant: quinn_id,
            }));
            facilitator.send(&erase).await;
            answer = facilitator.answer_for(&erase).await;
        }
        assert_eq!(support::verdict(&answer), "saved", "{answer}");
        // Acknowledged means saved, and saved means gone from the files too.
        assert_not_on_disk(&db);
        ria_phone.sees(&erase).await;
        // Anyone still sending for Quinn is refused, saying why.
        let for_quinn = facilitator
            .make(step(SessionStep::AddContribution {
                contribution: ContributionId::from_u128(200),
                participant: Some(quinn_id),
                text: "Okapi, said for them".into(),
            }))
            .await;
        assert_eq!(for_quinn, "erased");
        let answer = facilitator
            .make(consent(quinn_id, CarerRole::DementiaCarer))
            .await;
        assert_eq!(answer, "erased");
        // The erased person's devices are let go, and their token no longer works.
        loop {
            match quinn_phone.next_or_close().await {
                Ok(v) if v["type"] == "refused" => assert_eq!(v["reason"], "erased", "{v}"),
                Ok(_) => {}
                Err(code) => {
                    assert_eq!(code, 4403);
                    break;
                }
            }
        }
        // Ria's phone got Quinn's statements with nobody named, so it is told to start
        // afresh; all it is given then has none of Quinn's words, and still builds
        // the session as it now is.
        assert_eq!(ria_phone.wait_closed().await, START_AFRESH);
        let mut ria_phone = Live::connect(addr, &created.session, &ria.token).await;
        ria_phone.caught_up().await;
        let seen = serde_json::to_string(&ria_phone.received).expect("json");
        assert!(
            !seen.contains("Okapi") && !seen.contains(SECRET_NAME),
            "Quinn's words reached Ria after the erasure"
        );
        let mut rebuilt = Document::from_content(
            cares_core::ids::DocumentId::from_uuid(uuid(&created.document)),
            serde_json::from_value(ria_phone.welcome["base"].clone()).expect("base"),
        );
        rebuilt
            .receive(ria_phone.received.iter().cloned())
            .expect("receives");
        let on_ria = &rebuilt.content().sessions[0];
        assert_eq!(
            on_ria
                .contributions
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>(),
            [ria_words],
            "Ria's copy lost Quinn's statements"
        );
        assert_eq!(
            on_ria.themes.iter().map(|t| t.id).collect::<Vec<_>>(),
            [shared],
            "Ria's copy lost the theme made only of Quinn's statements"
        );
        let again = Live::open(
            addr,
            &created.session,
            &quinn.token,
            0,
            TokenIn::Subprotocol,
        )
        .await
        .err();
        assert_eq!(again, Some(Refused::Status(401)));

        // The document: words gone, others' work kept.
        let whole = get(
            addr,
            &format!("/api/documents/{}", created.document),
            Some(&created.facilitator),
        )
        .await;
        assert!(
            !whole.body.contains("Okapi"),
            "erased words in the document"
        );
        assert!(
            !whole.body.contains(SECRET_NAME),
            "erased name in the document"
        );
        assert!(
            !whole.body.contains("dementia-carer"),
            "the erased person's roles in the facilitator's download"
        );
        assert!(whole.body.contains("parent-carer"), "Ria's roles were kept");
        assert_eq!(
            whole.body.matches("\"young_carer\"").count(),
            1,
            "only Ria's young-carer answer is left in the download"
        );
        let doc = Document::from_json(whole.body.as_bytes()).expect("document");
        let session = &doc.content().sessions[0];
        assert_eq!(
            session
                .contributions
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>(),
            [ria_words]
        );
        assert_eq!(
            session.themes.iter().map(|t| t.id).collect::<Vec<_>>(),
            [shared]
        );
        assert!(
            session
                .participants
                .iter()
                .any(|p| p.pseudonym == ERASED_PSEUDONYM)
        );
        let origin = doc.content().plans[0].actions[0]
            .origin
            .clone()
            .expect("origin");
        assert_eq!(origin.contributions, [ria_words]);

        // A device joining now never receives the words.
        let mut board = Live::connect(addr, &created.session, &created.board).await;
        board.caught_up().await;
        let text = serde_json::to_string(&board.received).expect("json");
        assert!(!text.contains("Okapi") && !text.contains(SECRET_NAME));

        // The database rows, and for SQLite the files themselves.
        server.stop().await;
        let bodies = stored_bodies(&db.url, &created.document).await;
        assert!(
            bodies.iter().any(|b| b.contains("to tell my story once")),
            "others' words were kept"
        );
        assert!(
            !bodies
                .iter()
                .any(|b| b.contains("Okapi") || b.contains(SECRET_NAME)),
            "erased words in the database"
        );
        let consents: Vec<&String> = bodies.iter().filter(|b| b.contains("consent")).collect();
        // Ria's row and Quinn's first, kept as edits; consents Quinn's phone sent
        // while the erasure was on its way may be taken in before it, and erased with it.
        assert!(
            consents.len() >= 2,
            "the consent rows are kept, as edits: {}",
            consents.len()
        );
        assert_eq!(
            consents
                .iter()
                .filter(|b| b.contains("parent-carer"))
                .count(),
            1,
            "Ria's consent, with her role, is kept"
        );
        assert!(
            !consents.iter().any(|b| b.contains("dementia-carer")),
            "the erased person's roles in the database"
        );
        assert_eq!(
            consents
                .iter()
                .filter(|b| b.contains("\"young_carer\""))
                .count(),
            1,
            "the erased person's young-carer answer in the database"
        );
        assert_not_on_disk(&db);
    }
}

fn assert_not_on_disk(db: &support::Database) {
    for file in db.sqlite_files() {
        // The write-ahead log may be folded in and removed as we look.
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let found = bytes.windows(5).any(|w| w == b"Okapi");
        assert!(!found, "erased words left in {}", file.display());
    }
}
