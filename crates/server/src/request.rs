//! What handlers take from a request, with refusals in the API's JSON error shape:
//! JSON bodies (size-limited, `Content-Type: application/json` required, so a form
//! on another site cannot post here), bearer tokens and the client's address.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use crate::ClientIp;
use crate::error::ApiError;
use crate::limits::AddressKey;
use crate::secrets::Token;

/// A request body that is JSON, as raw bytes.
#[derive(Debug)]
pub struct JsonBytes(pub Bytes);

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

impl<S: Send + Sync> FromRequest<S> for JsonBytes {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send JSON, with the header Content-Type: application/json",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "the request is larger than allowed here",
                )
            } else {
                ApiError::bad_request("the request body could not be read")
            }
        })?;
        Ok(JsonBytes(bytes))
    }
}

/// A JSON request body read into `T`.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let JsonBytes(bytes) = JsonBytes::from_request(req, state).await?;
        read_json(&bytes).map(JsonBody)
    }
}

/// Reads JSON bytes into `T`: 422 when it is JSON of the wrong shape, else 400.
pub fn read_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            ApiError::unprocessable(format!("the request does not fit: {e}"))
        }
        _ => ApiError::bad_request(format!("the request is not valid JSON: {e}")),
    })
}

/// The token from `Authorization: Bearer …`.
#[derive(Debug)]
pub struct Bearer(pub Token);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(Token::parse)
            .map(Bearer)
            .ok_or_else(|| {
                ApiError::unauthorized("send your token in the header Authorization: Bearer …")
            })
    }
}

/// The client's address, as the rate limits key it: the one the server found behind
/// any trusted proxy ([`crate::ClientIp`]), else the TCP peer's.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub AddressKey);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let ip = match parts.extensions.get::<ClientIp>() {
            Some(ClientIp(ip)) => Some(*ip),
            None => parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        };
        Ok(ClientAddress(
            ip.map_or(AddressKey::Unknown, AddressKey::of),
        ))
    }
}
