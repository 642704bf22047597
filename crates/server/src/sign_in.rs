//! Who may start things. A deployment can ask that only facilitators and programme
//! leads start sessions (`POST /api/sessions`) and share plans (`POST
//! /api/documents`): then those need `Authorization: Bearer <key>` with a working
//! facilitator key ([`crate::keys`]), or the cookie of a sign-in through the
//! council's identity provider ([`crate::oidc`]), else 401. It is asked for by default unless
//! the server listens only on loopback with no proxy in front ([`SignIn::default_for`]).
//! Participants joining with a code, boards and shared-plan editors are unchanged:
//! their tokens come from the session or plan, not from here.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use crate::AppState;
use crate::error::ApiError;
use crate::keys::{KeyCheck, KeyHolder};
use crate::secrets::Token;

/// Whether starting a session or sharing a plan needs a facilitator key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignIn {
    /// Anyone who can reach the server may (a laptop on loopback, a test).
    #[default]
    NotRequired,
    /// Only the holder of a working facilitator key may.
    Required,
}

impl SignIn {
    /// What a server listening on `addr` asks for unless told otherwise: a key,
    /// unless it listens only on loopback and no reverse proxy passes it requests
    /// from elsewhere (`behind_proxy`, from `--trust-proxy`).
    pub fn default_for(addr: SocketAddr, behind_proxy: bool) -> SignIn {
        if addr.ip().is_loopback() && !behind_proxy {
            SignIn::NotRequired
        } else {
            SignIn::Required
        }
    }
}

/// Someone allowed to start a session or share a plan: the holder of a working key,
/// or anyone when the deployment does not ask for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Starter {
    /// Anyone: no key is asked for here.
    Anyone,
    /// The holder of this key.
    Key(KeyHolder),
    /// Someone signed in through the identity provider.
    SignedIn,
}

/// Said when a key is needed and none came.
pub const KEY_NEEDED: &str = "starting a session or sharing a plan on this server needs you to sign in, or a facilitator key: ask whoever runs the server for one, and send it in the header Authorization: Bearer …";

impl FromRequestParts<Arc<AppState>> for Starter {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        if app.sign_in == SignIn::NotRequired {
            return Ok(Starter::Anyone);
        }
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let Some(sent) = bearer else {
            return match crate::oidc::cookie(&parts.headers) {
                Some(signed_in) if app.store.signed_in(&signed_in.hash()).await? => {
                    Ok(Starter::SignedIn)
                }
                Some(_) => Err(ApiError::unauthorized(
                    "your sign-in has expired; please sign in again",
                )),
                None => Err(ApiError::unauthorized(KEY_NEEDED)),
            };
        };
        let key = Token::parse(sent).ok_or_else(|| {
            ApiError::unauthorized(
                "that is not a facilitator key: a key is 64 characters, 0-9 and a-f; check it was copied whole",
            )
        })?;
        match app.store.check_key(&key.hash()).await? {
            KeyCheck::Valid(holder) => Ok(Starter::Key(holder)),
            KeyCheck::Revoked => Err(ApiError::unauthorized(
                "this facilitator key has been withdrawn; ask whoever runs the server for a new one",
            )),
            KeyCheck::Unknown => Err(ApiError::unauthorized(
                "this facilitator key is not known here; check it was copied whole, or ask whoever runs the server for one",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SignIn;
    use std::net::SocketAddr;

    #[test]
    fn a_key_is_asked_for_unless_only_loopback_can_reach_the_server() {
        let at = |s: &str| s.parse::<SocketAddr>().expect("address");
        assert_eq!(
            SignIn::default_for(at("127.0.0.1:8080"), false),
            SignIn::NotRequired
        );
        assert_eq!(
            SignIn::default_for(at("[::1]:8080"), false),
            SignIn::NotRequired
        );
        assert_eq!(
            SignIn::default_for(at("127.0.0.1:8080"), true),
            SignIn::Required,
            "a proxy on the same machine passes on requests from anywhere"
        );
        assert_eq!(
            SignIn::default_for(at("0.0.0.0:8080"), false),
            SignIn::Required
        );
        assert_eq!(
            SignIn::default_for(at("192.0.2.7:443"), false),
            SignIn::Required
        );
    }
}
