//! Errors as the API returns them: a status code and a JSON body
//! `{ "error": "…" }` whose message a person can act on.

use std::time::Duration;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cares_core::coproduction::SessionError;
use cares_core::edits::EditError;

use crate::log;
use crate::room::RoomError;
use crate::store::StoreError;

/// An error response.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<Duration>,
}

impl ApiError {
    /// An error with this status and message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            retry_after: None,
        }
    }

    /// 400: the request could not be read.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    /// 401: no token, or one that is not known.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, message)
    }

    /// 403: a token that does not allow this.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, message)
    }

    /// 404: nothing here.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    /// 409: it clashes with what is there.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, message)
    }

    /// 422: readable, but the rules refuse it.
    pub fn unprocessable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, message)
    }

    /// 413: the body is larger than allowed.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request is larger than the {limit} bytes allowed here"),
        )
    }

    /// 429: too many tries; try again after `wait`.
    pub fn too_many(wait: Duration) -> Self {
        let seconds = wait.as_secs().max(1);
        Self {
            retry_after: Some(Duration::from_secs(seconds)),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!("too many tries from here; please wait {seconds} seconds and try again"),
            )
        }
    }

    /// 429 with words of its own: slow down, try again after `wait`.
    pub fn slow_down(wait: Duration, message: impl Into<String>) -> Self {
        Self {
            retry_after: Some(Duration::from_secs(wait.as_secs().max(1))),
            ..Self::new(StatusCode::TOO_MANY_REQUESTS, message)
        }
    }

    /// 507: the server holds as much as it is allowed to; nothing was changed.
    pub fn server_full() -> Self {
        Self::new(
            StatusCode::INSUFFICIENT_STORAGE,
            "the server holds as much as it is allowed to; nothing was saved, please tell whoever runs it",
        )
    }

    /// 503: the database is not answering; nothing was changed.
    pub fn unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server could not reach its database; nothing was changed, please try again",
        )
    }

    /// The status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        log::event(&format!("a request failed: {}", e.for_log()));
        ApiError::unavailable()
    }
}

impl From<RoomError> for ApiError {
    fn from(e: RoomError) -> Self {
        match e {
            RoomError::NotFound => ApiError::not_found("there is no such document"),
            RoomError::NotASession | RoomError::BeforeCheckpoint { .. } => {
                ApiError::conflict(e.to_string())
            }
            RoomError::NotSaved | RoomError::Unavailable => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
            }
            RoomError::Refused(EditError::Session(SessionError::Closed { .. })) => {
                ApiError::conflict(e.to_string())
            }
            RoomError::Refused(_) => ApiError::unprocessable(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Json(serde_json::json!({ "error": self.message }));
        let mut response = (self.status, body).into_response();
        let headers = response.headers_mut();
        if let Some(wait) = self.retry_after
            && let Ok(value) = HeaderValue::from_str(&wait.as_secs().to_string())
        {
            headers.insert(header::RETRY_AFTER, value);
        }
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
