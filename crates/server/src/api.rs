//! The HTTP API under `/api`: creating sessions, checking a join code and joining,
//! and sharing plan documents (upload, push and pull edits, fetch the whole document).
//!
//! Every handler answers JSON; errors are `{ "error": "…" }` with a status code
//! that says what kind of problem it is (see [`crate::error::ApiError`]).

use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use cares_core::coproduction::{Phase, Session, SessionError, TITLE_MAX_CHARS};
use cares_core::document::{Content, Document, DocumentError};
use cares_core::edits::{Edit, EditError, StampedEdit};
use cares_core::framework::FocusAreaNumber;
use cares_core::ids::{DocumentId, ParticipantId, PlanId, ReplicaId, SessionId};
use cares_core::plan::{ActionPlan, PlanScope};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::access::Holder;
use crate::clock::Clock;
use crate::error::ApiError;
use crate::limits::AddressKey;
use crate::request::{Bearer, ClientAddress, JsonBody, JsonBytes};
use crate::room::{Command, Outcome, RoomError, Since};
use crate::secrets::{self, JoinCode, Token};
use crate::sign_in::Starter;
use crate::store::{DocumentKind, EditRow, Grant, NewDocument, SessionRow, StoreError, TokenRow};

/// The longest locality name, in characters.
pub const LOCALITY_MAX_CHARS: usize = TITLE_MAX_CHARS;
/// The author name stored with edits that came in an uploaded document.
const EDITOR_AUTHOR: &str = "editor";

fn random_error(_: secrets::RandomError) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "the server could not make a secret just now; please try again",
    )
}

/// A new session, as the facilitator describes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewSession {
    /// What the session is called.
    pub title: String,
    /// The locality it is for.
    #[serde(default)]
    pub locality: String,
    /// The framework's area of focus, if one.
    #[serde(default)]
    pub focus_area: Option<FocusAreaNumber>,
    /// The day it is held.
    #[serde(deserialize_with = "cares_core::calendar::iso_day::read")]
    pub date: NaiveDate,
    /// How many dots each person gets.
    pub votes_per_person: u8,
}

/// What the facilitator gets back: keep the tokens safe, they are shown once.
#[derive(Debug, Clone, Serialize)]
pub struct SessionCreated {
    /// The session.
    pub session: SessionId,
    /// The document that holds it.
    pub document: DocumentId,
    /// The plan its top themes go into.
    pub plan: PlanId,
    /// The code people join with.
    pub code: String,
    /// The facilitator's secret.
    pub facilitator_token: String,
    /// The projector's secret: it can see, not change.
    pub board_token: String,
    /// The day the session and everything said in it will be deleted unless it is
    /// used again (the retention period after now).
    pub deleted_on: NaiveDate,
}

/// `POST /api/sessions`: needs a facilitator key where the deployment asks for one
/// ([`Starter`]).
pub async fn create_session(
    State(app): State<Arc<AppState>>,
    ClientAddress(address): ClientAddress,
    _starter: Starter,
    JsonBody(new): JsonBody<NewSession>,
) -> Result<(StatusCode, Json<SessionCreated>), ApiError> {
    app.creations.take(address).map_err(ApiError::too_many)?;
    let locality = new.locality.trim();
    let chars = locality.chars().count();
    if chars > LOCALITY_MAX_CHARS {
        return Err(ApiError::unprocessable(format!(
            "a locality name can be up to {LOCALITY_MAX_CHARS} characters; this one has {chars}"
        )));
    }
    let session_id = SessionId::from_uuid(secrets::random_uuid().map_err(random_error)?);
    let document_id = DocumentId::from_uuid(secrets::random_uuid().map_err(random_error)?);
    let plan_id = PlanId::from_uuid(secrets::random_uuid().map_err(random_error)?);
    let server = ReplicaId::from_uuid(secrets::random_uuid().map_err(random_error)?);

    let mut session = Session::new(
        session_id,
        &new.title,
        locality,
        new.date,
        new.votes_per_person,
    )
    .map_err(|e| ApiError::unprocessable(e.to_string()))?;
    session.focus_area = new.focus_area;
    let (plan_title, scope) = if locality.is_empty() {
        (
            format!("Action plan: {}", session.title),
            PlanScope::Borough,
        )
    } else {
        (
            format!("{locality} action plan"),
            PlanScope::Locality {
                name: locality.to_owned(),
            },
        )
    };
    let mut doc = Document::from_content(document_id, Content::new(session.title.clone()));
    let plan = ActionPlan::new(plan_id, plan_title, scope);
    for edit in [
        Edit::AddSession {
            session: Box::new(session),
        },
        Edit::AddPlan {
            plan: Box::new(plan),
        },
    ] {
        doc.apply(server, edit)
            .map_err(|e| ApiError::unprocessable(e.to_string()))?;
    }
    let edits = rows(doc.log().edits(), "server");
    let facilitator = Token::generate().map_err(random_error)?;
    let board = Token::generate().map_err(random_error)?;
    // A fresh code clashes with one in use about once in millions; try again then.
    for _ in 0..5 {
        let code = JoinCode::generate().map_err(random_error)?;
        let new_document = NewDocument {
            id: document_id,
            kind: DocumentKind::Session,
            base: serde_json::to_string(doc.base()).unwrap_or_default(),
            server_replica: server,
            session: Some(SessionRow {
                id: session_id,
                plan: plan_id,
                code: code.clone(),
            }),
            tokens: vec![
                TokenRow {
                    hash: facilitator.hash(),
                    role: Holder::Facilitator,
                },
                TokenRow {
                    hash: board.hash(),
                    role: Holder::Board,
                },
            ],
            edits: edits.clone(),
        };
        match app.store.create_document(&new_document).await {
            Ok(()) => {
                return Ok((
                    StatusCode::CREATED,
                    Json(SessionCreated {
                        session: session_id,
                        document: document_id,
                        plan: plan_id,
                        code: code.as_str().to_owned(),
                        facilitator_token: facilitator.as_str().to_owned(),
                        board_token: board.as_str().to_owned(),
                        deleted_on: deletion_day(&app),
                    }),
                ));
            }
            Err(StoreError::Taken) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(ApiError::unavailable())
}

/// The day something used now will be deleted, unless it is used again.
fn deletion_day(app: &AppState) -> NaiveDate {
    let retention = i64::try_from(app.limits.retention.as_secs()).unwrap_or(i64::MAX);
    Clock::day_of(app.store.now().saturating_add(retention))
}

fn rows(edits: &[StampedEdit], author: &str) -> Vec<EditRow> {
    edits
        .iter()
        .zip(1..)
        .map(|(e, position)| EditRow {
            replica: e.replica,
            seq: e.seq,
            clock: e.clock,
            position,
            author: author.to_owned(),
            late: false,
            body: serde_json::to_string(e).unwrap_or_default(),
        })
        .collect()
}

/// Someone joining with the code on the board.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// The code, as typed.
    pub code: String,
    /// The name they want to be shown; it can be made up.
    pub pseudonym: String,
}

/// What a participant's phone keeps.
#[derive(Debug, Clone, Serialize)]
pub struct Joined {
    /// The session.
    pub session: SessionId,
    /// The document that holds it.
    pub document: DocumentId,
    /// Their id in the session.
    pub participant: ParticipantId,
    /// Their secret.
    pub token: String,
}

/// How long to wait after too many wrong codes.
const WRONG_CODE_WAIT: Duration = Duration::from_secs(30);

/// How many times a join is tried when it was not saved.
const JOIN_TRIES: usize = 3;

/// `POST /api/join`
pub async fn join(
    State(app): State<Arc<AppState>>,
    ClientAddress(address): ClientAddress,
    JsonBody(request): JsonBody<JoinRequest>,
) -> Result<Json<Joined>, ApiError> {
    let (session, document) = look_up_code(&app, address, &request.code).await?;
    let participant = ParticipantId::from_uuid(secrets::random_uuid().map_err(random_error)?);
    let token = Token::generate().map_err(random_error)?;
    let hash = token.hash();
    // With more than one server on the database, another may save at the same
    // place first; the room has then read what it saved, so trying again succeeds.
    let mut joined = Err(RoomError::NotSaved);
    for _ in 0..JOIN_TRIES {
        joined = app
            .rooms
            .request(document, |reply| Command::Join {
                participant,
                pseudonym: request.pseudonym.clone(),
                token: hash.clone(),
                reply,
            })
            .await;
        if joined != Err(RoomError::NotSaved) {
            break;
        }
    }
    // A closed session's code is spent: trying it counts like a wrong code.
    if let Err(RoomError::Refused(EditError::Session(SessionError::Closed { .. }))) = &joined {
        count_wrong_code(&app, address);
    }
    joined?;
    Ok(Json(Joined {
        session,
        document,
        participant,
        token: token.as_str().to_owned(),
    }))
}

/// Finds the session a typed code names, within the join limits: the pace of tries
/// per address, and the budgets of wrong codes per network (an IPv6 /48 counts as
/// one) and for every address together, checked before the code is looked up so a
/// guesser out of tries learns nothing. A miss is counted against both budgets.
async fn look_up_code(
    app: &AppState,
    address: AddressKey,
    typed: &str,
) -> Result<(SessionId, DocumentId), ApiError> {
    app.join_attempts
        .take(address)
        .map_err(ApiError::too_many)?;
    let network = address.network();
    if !app.join_failures.has_token(network) || !app.join_failures_everywhere.has_token() {
        return Err(ApiError::too_many(WRONG_CODE_WAIT));
    }
    let lifetime = i64::try_from(app.limits.join_code_lifetime.as_secs()).unwrap_or(i64::MAX);
    let made_after = app.store.now().saturating_sub(lifetime);
    let found = match JoinCode::parse(typed) {
        Some(code) => app.store.find_code(&code, made_after).await?,
        None => None,
    };
    found.ok_or_else(|| {
        count_wrong_code(app, address);
        ApiError::not_found("no session has that code; check the code on the board and try again")
    })
}

/// Counts a wrong (or spent) code against the address's network and the whole server.
fn count_wrong_code(app: &AppState, address: AddressKey) {
    let _counted = app.join_failures.take(address.network());
    let _counted_everywhere = app.join_failures_everywhere.take();
}

/// A code to check before the person picks a name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeCheck {
    /// The code, as typed.
    pub code: String,
}

/// A code that names a session people can still join.
#[derive(Debug, Clone, Serialize)]
pub struct CodeFound {
    /// The session.
    pub session: SessionId,
}

/// `POST /api/join/check`: whether a code names a session that can be joined, so a
/// phone can say so before asking for a name. Counted against the same limits as
/// joining, so checking is no faster a way to guess codes.
pub async fn check_code(
    State(app): State<Arc<AppState>>,
    ClientAddress(address): ClientAddress,
    JsonBody(request): JsonBody<CodeCheck>,
) -> Result<Json<CodeFound>, ApiError> {
    let (session, document) = look_up_code(&app, address, &request.code).await?;
    let json = app
        .rooms
        .request(document, |reply| Command::Export { reply })
        .await?;
    let finished = Document::from_json(json.as_bytes())
        .ok()
        .and_then(|doc| {
            doc.content()
                .sessions
                .iter()
                .find(|s| s.id == session)
                .map(|s| s.phase == Phase::Closed)
        })
        .unwrap_or(false);
    if finished {
        // A closed session's code is spent: trying it counts like a wrong code.
        count_wrong_code(&app, address);
        return Err(ApiError::conflict(
            "this session has finished, so it cannot be joined any more",
        ));
    }
    Ok(Json(CodeFound { session }))
}

/// What someone sharing a plan gets back.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentShared {
    /// The document.
    pub document: DocumentId,
    /// The secret that lets other reps push and pull its edits.
    pub token: String,
}

/// `POST /api/documents`: shares a plan document (its whole JSON, read strictly);
/// needs a facilitator key where the deployment asks for one ([`Starter`]).
pub async fn create_document(
    State(app): State<Arc<AppState>>,
    ClientAddress(address): ClientAddress,
    _starter: Starter,
    JsonBytes(body): JsonBytes,
) -> Result<(StatusCode, Json<DocumentShared>), ApiError> {
    app.creations.take(address).map_err(ApiError::too_many)?;
    if app.store.bytes_held() + body.len() as u64 > app.limits.server_bytes {
        return Err(ApiError::server_full());
    }
    let doc = Document::from_json(&body).map_err(|e| match e {
        DocumentError::Syntax { .. } => ApiError::bad_request(e.to_string()),
        DocumentError::TooLarge { limit, .. } => ApiError::too_large(limit),
        other => ApiError::unprocessable(other.to_string()),
    })?;
    let token = Token::generate().map_err(random_error)?;
    let new = NewDocument {
        id: doc.id(),
        kind: DocumentKind::Shared,
        base: serde_json::to_string(doc.base()).unwrap_or_default(),
        server_replica: ReplicaId::from_uuid(secrets::random_uuid().map_err(random_error)?),
        session: None,
        tokens: vec![TokenRow {
            hash: token.hash(),
            role: Holder::Editor,
        }],
        edits: rows(doc.log().edits(), EDITOR_AUTHOR),
    };
    if new.edits.len() as u64 > app.limits.document_edits {
        return Err(too_many_edits(app.limits.document_edits));
    }
    match app.store.create_document(&new).await {
        Ok(()) => Ok((
            StatusCode::CREATED,
            Json(DocumentShared {
                document: doc.id(),
                token: token.as_str().to_owned(),
            }),
        )),
        Err(StoreError::Taken) => Err(ApiError::conflict(
            "this document is already shared; push its edits to it instead",
        )),
        Err(e) => Err(e.into()),
    }
}

fn document_id(path: Result<Path<String>, PathRejection>) -> Result<DocumentId, ApiError> {
    path.ok()
        .and_then(|Path(id)| uuid::Uuid::parse_str(&id).ok())
        .map(DocumentId::from_uuid)
        .ok_or_else(|| ApiError::not_found("there is no such document"))
}

/// What a key for a document that is no longer on the server is told.
const NO_LONGER_SHARED: &str = "this plan is no longer shared here: sharing was stopped, or it was deleted after a time unused";

/// Checks a token against the document it is used on.
pub(crate) async fn authorize(
    app: &AppState,
    token: &Token,
    document: DocumentId,
) -> Result<Grant, ApiError> {
    let Some(grant) = app.store.grant(&token.hash()).await? else {
        // A document that is gone (sharing stopped, or unused past retention) is
        // said to be gone, whatever key is offered; otherwise the key is wrong.
        if app.store.last_active(document).await?.is_none() {
            return Err(ApiError::not_found(NO_LONGER_SHARED));
        }
        return Err(ApiError::unauthorized(
            "this token is not known here; it may have been withdrawn",
        ));
    };
    // A phone's or a board's token lasts as long as the join code it came with; the
    // facilitator's and a shared plan's last until retention deletes the document.
    let lifetime = i64::try_from(app.limits.join_code_lifetime.as_secs()).unwrap_or(i64::MAX);
    if matches!(grant.role, Holder::Participant(_) | Holder::Board)
        && grant.made <= app.store.now().saturating_sub(lifetime)
    {
        return Err(ApiError::unauthorized(
            "this token has expired: join the session again with its code, if it is still open",
        ));
    }
    if grant.document != document {
        return Err(ApiError::forbidden("this token is for another document"));
    }
    Ok(grant)
}

/// Edits pushed to a shared document.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushEdits {
    /// The edits, each with its stamp.
    pub edits: Vec<StampedEdit>,
}

/// What happened to each pushed edit.
#[derive(Debug, Clone, Serialize)]
pub struct Pushed {
    /// One result per edit, in the order sent.
    pub results: Vec<Outcome>,
}

fn too_many_edits(limit: u64) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("a shared plan can hold up to {limit} changes; start a new one from a copy"),
    )
}

/// Pushes and pulls, per token and per address: what keeps one device (or one
/// address with many tokens) from filling the disk or the server's memory.
fn pace(
    per_token: &crate::limits::Limiter<secrets::TokenHash>,
    per_address: &crate::limits::AddressLimiter,
    token: &Token,
    address: crate::limits::AddressKey,
) -> Result<(), ApiError> {
    let words = |wait: Duration| {
        ApiError::slow_down(
            wait,
            format!(
                "too many requests for this plan just now; please wait {} seconds and try again",
                wait.as_secs().max(1)
            ),
        )
    };
    // The token's own budget first, so one token's flood does not use up its
    // address's budget, shared with everyone else behind the same Wi-Fi.
    per_token.take(token.hash()).map_err(words)?;
    per_address.take(address).map_err(words)
}

/// `POST /api/documents/{id}/edits`
pub async fn push_edits(
    State(app): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    ClientAddress(address): ClientAddress,
    Bearer(token): Bearer,
    JsonBytes(body): JsonBytes,
) -> Result<Json<Pushed>, ApiError> {
    let document = document_id(path)?;
    let grant = authorize(&app, &token, document).await?;
    if grant.role == Holder::Board {
        return Err(ApiError::forbidden(
            "the board shows the session; it cannot make changes",
        ));
    }
    pace(
        &app.pushes_per_token,
        &app.pushes_per_address,
        &token,
        address,
    )?;
    let push: PushEdits = crate::request::read_json(&body)?;
    let incoming = body.len() as u64;
    if app.store.bytes_held() + incoming > app.limits.server_bytes {
        return Err(ApiError::server_full());
    }
    let size = app.store.document_size(document).await?;
    if size.edits + push.edits.len() as u64 > app.limits.document_edits {
        return Err(too_many_edits(app.limits.document_edits));
    }
    if size.bytes + incoming > app.limits.document_bytes {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "a shared plan can hold up to {} bytes of changes, and this one is full; start a new one from a copy",
                app.limits.document_bytes
            ),
        ));
    }
    let results = app
        .rooms
        .request(document, |reply| Command::Submit {
            role: grant.role,
            conn: None,
            edits: push.edits.clone(),
            reply: Some(reply),
        })
        .await?;
    Ok(Json(Pushed { results }))
}

/// Which edits to pull.
#[derive(Debug, Clone, Deserialize)]
pub struct PullQuery {
    /// The highest clock the caller has; 0 or absent for everything.
    #[serde(default)]
    pub since: u64,
    /// The last `position` the server gave the caller; exact where `since` is generous.
    #[serde(default)]
    pub after: Option<i64>,
}

/// Edits pulled from a document.
#[derive(Debug, Clone, Serialize)]
pub struct PulledEdits {
    /// The edits the caller may be missing, in order.
    pub edits: Vec<StampedEdit>,
    /// The server's clock now: pass it as `since` next time.
    pub clock: u64,
    /// The newest edit's position: pass it as `after` next time.
    pub position: i64,
}

/// `GET /api/documents/{id}/edits?since=<clock>` or `?after=<position>`
pub async fn pull_edits(
    State(app): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<PullQuery>, QueryRejection>,
    ClientAddress(address): ClientAddress,
    Bearer(token): Bearer,
) -> Result<Json<PulledEdits>, ApiError> {
    let document = document_id(path)?;
    let Query(query) = query.map_err(|_| {
        ApiError::bad_request("since and after must be whole numbers, like ?since=42 or ?after=7")
    })?;
    let since = query
        .after
        .map_or(Since::Clock(query.since), Since::Position);
    let grant = authorize(&app, &token, document).await?;
    pace(
        &app.pulls_per_token,
        &app.pulls_per_address,
        &token,
        address,
    )?;
    let pulled = app
        .rooms
        .request(document, |reply| Command::Pull {
            role: grant.role,
            since,
            reply,
        })
        .await?;
    Ok(Json(PulledEdits {
        edits: pulled.edits,
        clock: pulled.clock,
        position: pulled.position,
    }))
}

/// `GET /api/documents/{id}`: the whole document, for whoever may read all of it.
pub async fn get_document(
    State(app): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    Bearer(token): Bearer,
) -> Result<Response, ApiError> {
    let document = document_id(path)?;
    let grant = authorize(&app, &token, document).await?;
    if !grant.role.reads_everything() {
        return Err(ApiError::forbidden(
            "only the facilitator can download the whole session, since the votes may still be hidden",
        ));
    }
    let json = app
        .rooms
        .request(document, |reply| Command::Export { reply })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// `DELETE /api/documents/{id}`: stops sharing a plan. Only its editor key may: the
/// document, its edits and its keys are deleted for good, as retention deletes
/// them, and its link opens nothing after that (404). Copies on devices are theirs.
pub async fn delete_document(
    State(app): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    Bearer(token): Bearer,
) -> Result<StatusCode, ApiError> {
    let document = document_id(path)?;
    let grant = authorize(&app, &token, document).await?;
    if grant.role != Holder::Editor {
        return Err(ApiError::forbidden(
            "only a shared plan's own key can stop sharing it; a session is deleted when its retention ends",
        ));
    }
    match app.store.delete_document(document).await {
        Ok(true) => Ok(StatusCode::NO_CONTENT),
        Ok(false) => Err(ApiError::not_found(NO_LONGER_SHARED)),
        // Deleted; only the log file still holds its pages until the next checkpoint.
        Err(StoreError::StillInLog) => {
            crate::log::event(&format!(
                "a plan stopped being shared, but {}",
                StoreError::StillInLog
            ));
            Ok(StatusCode::NO_CONTENT)
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /api/health`
pub async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Any other `/api` address.
pub async fn no_such_endpoint() -> ApiError {
    ApiError::not_found("there is no such API endpoint")
}

/// A known address used with the wrong method.
pub async fn wrong_method() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "this address does not take that method",
    )
}
