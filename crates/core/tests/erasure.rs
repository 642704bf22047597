//! Erasure on request across copies of a document: what the erased person said about
//! themselves leaves every copy's log, every copy still replays to the same state, and
//! nothing more is taken from them afterwards.

use cares_core::coproduction::{ERASED_PSEUDONYM, NAME_ERASED_FROM_LOG, Session, SessionError};
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, EditError, SessionStep};
use cares_core::ids::{ContributionId, DocumentId, ParticipantId, ReplicaId, SessionId};
use cares_core::roles::CarerRole;

const SESSION: SessionId = SessionId::from_u128(5);
const FACILITATOR: ReplicaId = ReplicaId::from_u128(1);
const PHONE: ReplicaId = ReplicaId::from_u128(2);
const ANN: ParticipantId = ParticipantId::from_u128(1);
const BO: ParticipantId = ParticipantId::from_u128(2);

fn step(step: SessionStep) -> Edit {
    Edit::Session {
        session: SESSION,
        step,
    }
}

fn join(participant: ParticipantId, pseudonym: &str) -> Edit {
    step(SessionStep::Join {
        participant,
        pseudonym: pseudonym.into(),
    })
}

fn statement(n: u128, participant: ParticipantId, text: &str) -> Edit {
    step(SessionStep::AddContribution {
        contribution: ContributionId::from_u128(n),
        participant: Some(participant),
        text: text.into(),
    })
}

/// A session in which Ann and Bo have joined and said who they are.
fn session() -> Result<Document, Box<dyn std::error::Error>> {
    let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
    let session = Session::new(SESSION, "Maltby workshop", "Maltby", day, 3)?;
    doc.apply(
        FACILITATOR,
        Edit::AddSession {
            session: Box::new(session),
        },
    )?;
    doc.apply(FACILITATOR, join(ANN, "Ann"))?;
    doc.apply(FACILITATOR, join(BO, "Bo"))?;
    doc.apply(
        FACILITATOR,
        step(SessionStep::Consent {
            participant: ANN,
            roles: [CarerRole::DementiaCarer].into_iter().collect(),
            young_carer: Some(true),
        }),
    )?;
    doc.apply(
        FACILITATOR,
        step(SessionStep::Consent {
            participant: BO,
            roles: [CarerRole::ParentCarer].into_iter().collect(),
            young_carer: None,
        }),
    )?;
    doc.apply(FACILITATOR, statement(1, ANN, "a break on Sundays"))?;
    doc.apply(FACILITATOR, statement(2, BO, "one named contact"))?;
    Ok(doc)
}

#[test]
fn what_an_erased_person_said_about_themselves_leaves_every_copys_log()
-> Result<(), Box<dyn std::error::Error>> {
    let mut facilitator = session()?;
    let mut phone = facilitator.clone();
    phone.apply(PHONE, statement(3, BO, "transport to the centre"))?;
    facilitator.apply(FACILITATOR, step(SessionStep::Erase { participant: ANN }))?;
    phone.merge(&facilitator)?;
    facilitator.merge(&phone)?;

    for (copy, doc) in [("facilitator", &facilitator), ("phone", &phone)] {
        let json = doc.to_json();
        assert!(
            !json.contains("dementia-carer"),
            "Ann's role on the {copy}'s copy"
        );
        assert!(
            !json.contains("\"young_carer\""),
            "Ann's answer on the {copy}'s copy"
        );
        assert!(
            !json.contains("\"Ann\"") && !json.contains("Sundays"),
            "{copy}"
        );
        // Bo keeps what he said.
        assert!(json.contains("parent-carer"), "{copy}");
        // Every copy read back from its file replays to the same state.
        let back = Document::from_json(json.as_bytes())?;
        assert_eq!(back.content(), facilitator.content(), "{copy}");
    }
    let session = &facilitator.content().sessions[0];
    let summary = session.summary();
    assert_eq!((summary.consented, summary.young_carers), (1, 0));
    Ok(())
}

#[test]
fn nothing_more_is_taken_from_an_erased_person_on_any_copy()
-> Result<(), Box<dyn std::error::Error>> {
    let mut facilitator = session()?;
    let mut phone = facilitator.clone();
    facilitator.apply(FACILITATOR, step(SessionStep::Erase { participant: ANN }))?;
    let erased = Err(EditError::Session(SessionError::Erased(ANN)));
    let again = facilitator
        .apply(FACILITATOR, statement(9, ANN, "one more thing"))
        .map(|_| ());
    assert_eq!(again, erased);
    let consent = step(SessionStep::Consent {
        participant: ANN,
        roles: [CarerRole::YoungCarer].into_iter().collect(),
        young_carer: Some(true),
    });
    assert_eq!(
        facilitator.apply(FACILITATOR, consent.clone()).map(|_| ()),
        erased
    );

    // Ann's phone had not heard of the erasure: what it says comes after it in the
    // order and is skipped on every copy, the phone's own once it hears.
    phone.apply(PHONE, consent)?;
    let said = phone.log().edits()[phone.log().len() - 1].clone();
    let erasure = &facilitator.log().edits()[facilitator.log().len() - 1];
    assert!(said.order() > erasure.order());
    phone.merge(&facilitator)?;
    facilitator.receive([said])?;
    let late = phone;
    for doc in [&late, &facilitator] {
        let ann = doc.content().sessions[0]
            .participant(ANN)
            .ok_or("Ann's entry is kept")?;
        assert!(ann.is_erased() && !ann.consented && ann.roles.is_empty());
        assert!(!doc.to_json().contains("young-carer"));
    }
    Ok(())
}

#[test]
fn an_erased_persons_join_as_the_log_keeps_it_is_not_yet_an_erasure()
-> Result<(), Box<dyn std::error::Error>> {
    let mut doc = session()?;
    doc.apply(
        FACILITATOR,
        join(ParticipantId::from_u128(3), ERASED_PSEUDONYM),
    )?;
    let cy = doc.content().sessions[0]
        .participant(ParticipantId::from_u128(3))
        .ok_or("joined")?;
    assert_eq!(cy.pseudonym, NAME_ERASED_FROM_LOG);
    assert!(!cy.is_erased());
    doc.apply(
        FACILITATOR,
        statement(4, ParticipantId::from_u128(3), "to be asked"),
    )?;
    Ok(())
}

#[test]
fn a_compacted_snapshot_keeps_erased_words_only_until_compacted_past_the_erasure()
-> Result<(), Box<dyn std::error::Error>> {
    let mut doc = session()?;
    doc.compact(doc.log().clock())?;
    doc.apply(FACILITATOR, step(SessionStep::Erase { participant: ANN }))?;
    let said = |d: &Document| {
        d.content().sessions[0]
            .contributions
            .iter()
            .any(|c| c.text == "a break on Sundays")
    };
    assert!(!said(&doc), "the content forgets at once");
    // The snapshot in the file still holds them: this is why partners compact again.
    assert!(doc.to_json().contains("a break on Sundays"));

    doc.compact(doc.log().clock())?;
    let file = doc.to_json();
    assert!(!file.contains("a break on Sundays") && !file.contains("\"Ann\""));
    assert!(!said(&Document::from_json(file.as_bytes())?));
    Ok(())
}
