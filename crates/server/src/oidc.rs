//! Signing in with the council's own identity provider (OpenID Connect, the
//! Authorization Code flow with PKCE), through the `openidconnect` crate: Microsoft
//! Entra ID, Google Workspace, or any provider that publishes its discovery
//! document.
//!
//! `GET /api/sign-in` sends the browser to the provider with a fresh PKCE challenge,
//! `state` and `nonce` (kept here for ten minutes); `GET /api/sign-in/callback`
//! takes the code back, exchanges it with the PKCE verifier, checks the ID token
//! (signature from the provider's keys, issuer, audience, expiry, nonce) and gives
//! the browser a sign-in cookie (`HttpOnly`, `SameSite=Lax`, path `/api`) that lets
//! it start sessions and share plans ([`crate::sign_in`]) for [`SIGN_IN_HOURS`].
//! Nothing about the person is kept or logged: the database holds the cookie's
//! SHA-256 and its expiry only. Who may sign in is the provider's to decide (assign
//! the app to the facilitators' group).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;
use sqlx::Row;

use crate::error::ApiError;
use crate::secrets::{Token, TokenHash};
use crate::store::{Store, StoreError};
use crate::{AppState, log};

/// How long a sign-in lets a browser start sessions and share plans.
pub const SIGN_IN_HOURS: i64 = 12;
/// The cookie that carries a sign-in.
pub const COOKIE: &str = "cares_sign_in";
/// How long the provider has to send the browser back.
const PENDING_FOR: Duration = Duration::from_secs(600);
/// The most sign-ins waiting for the provider at once.
const MAX_PENDING: usize = 10_000;

/// How the server talks to the identity provider.
#[derive(Debug, Clone)]
pub struct OidcConfig {
    /// The provider's issuer URL, whose `/.well-known/openid-configuration` it reads.
    pub issuer: String,
    /// This server's client id at the provider.
    pub client_id: String,
    /// Its client secret, if the provider gave one.
    pub client_secret: Option<String>,
    /// This server's public address as browsers reach it (`https://cares.example.gov.uk`);
    /// the provider sends people back to `<it>/api/sign-in/callback`.
    pub public_url: String,
}

/// A sign-in waiting for the provider to send the browser back.
#[derive(Debug)]
struct Pending {
    verifier: PkceCodeVerifier,
    nonce: Nonce,
    started: Instant,
    /// The page of the app to come back to.
    back: String,
}

/// Signing in: the configuration and the sign-ins under way.
#[derive(Debug)]
pub struct Oidc {
    config: OidcConfig,
    pending: Mutex<HashMap<String, Pending>>,
    http: reqwest::Client,
}

impl Oidc {
    /// Ready to send people to the provider in `config`.
    pub fn new(config: OidcConfig) -> Result<Arc<Oidc>, String> {
        let http = reqwest::Client::builder()
            // The provider's answers are never followed elsewhere (SSRF).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| format!("could not make an HTTP client for sign-in: {e}"))?;
        IssuerUrl::new(config.issuer.clone())
            .map_err(|e| format!("--oidc-issuer is not a URL: {e}"))?;
        RedirectUrl::new(callback_url(&config.public_url))
            .map_err(|e| format!("--public-url is not a URL: {e}"))?;
        Ok(Arc::new(Oidc {
            config,
            pending: Mutex::default(),
            http,
        }))
    }

    /// Reads the provider's discovery document and keys, and makes a client of them.
    async fn client(
        &self,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        ApiError,
    > {
        let issuer = IssuerUrl::new(self.config.issuer.clone()).map_err(|_| unreachable())?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| {
                log::event(&format!("the identity provider could not be read: {e}"));
                unreachable()
            })?;
        let redirect =
            RedirectUrl::new(callback_url(&self.config.public_url)).map_err(|_| unreachable())?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            self.config.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }

    fn remember(&self, state: String, pending: Pending) -> Result<(), ApiError> {
        let mut waiting = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.retain(|_, p| p.started.elapsed() < PENDING_FOR);
        if waiting.len() >= MAX_PENDING {
            return Err(ApiError::too_many(Duration::from_secs(60)));
        }
        waiting.insert(state, pending);
        Ok(())
    }

    fn take(&self, state: &str) -> Option<Pending> {
        let mut waiting = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        waiting
            .remove(state)
            .filter(|p| p.started.elapsed() < PENDING_FOR)
    }
}

fn callback_url(public_url: &str) -> String {
    format!("{}/api/sign-in/callback", public_url.trim_end_matches('/'))
}

fn unreachable() -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "the sign-in service could not be reached just now; please try again, or use a facilitator key",
    )
}

fn not_set_up() -> ApiError {
    ApiError::not_found(
        "sign-in with an identity provider is not set up on this server; ask whoever runs it for a facilitator key",
    )
}

fn redirect(to: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Where to go after signing in, as `GET /api/sign-in?return=/plan/…` asks.
#[derive(Debug, Default, Deserialize)]
pub struct Start {
    /// A path of the app on this server.
    #[serde(rename = "return")]
    back: Option<String>,
}

/// The page to come back to: a path on this site (never another site, `//host`,
/// or the API), else the home page.
fn page_to_return_to(asked: Option<&str>) -> String {
    asked
        .filter(|p| {
            p.starts_with('/')
                && !p.starts_with("//")
                && !p.starts_with("/api/")
                && p.len() <= 1024
                && p.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
        })
        .unwrap_or("/")
        .to_owned()
}

/// `GET /api/sign-in`: to the provider, with a fresh PKCE challenge, state and nonce.
pub async fn start(
    State(app): State<Arc<AppState>>,
    query: Result<Query<Start>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    // An unreadable query is no reason to refuse a sign-in: it comes back home.
    let back = page_to_return_to(query.as_ref().ok().and_then(|q| q.back.as_deref()));
    let oidc = app.oidc.as_ref().ok_or_else(not_set_up)?;
    let client = oidc.client().await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("openid".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    oidc.remember(
        state.secret().clone(),
        Pending {
            verifier,
            nonce,
            started: Instant::now(),
            back,
        },
    )?;
    Ok(redirect(url.as_str()))
}

/// What the provider sends back.
#[derive(Debug, Deserialize)]
pub struct Callback {
    /// The authorization code.
    code: Option<String>,
    /// The state this server sent.
    state: Option<String>,
    /// The provider's refusal, if it refused.
    error: Option<String>,
}

/// `GET /api/sign-in/callback`: the code exchanged with the PKCE verifier, the ID
/// token checked, and a sign-in cookie given.
pub async fn callback(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    query: Result<Query<Callback>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let oidc = app.oidc.as_ref().ok_or_else(not_set_up)?;
    let Query(back) = query.map_err(|_| ApiError::bad_request("this is not a sign-in answer"))?;
    let pending = back
        .state
        .as_deref()
        .and_then(|state| oidc.take(state))
        .ok_or_else(|| {
            ApiError::bad_request(
                "this sign-in has expired or was already used; please sign in again",
            )
        })?;
    if back.error.is_some() {
        return Err(ApiError::unauthorized(
            "the identity provider did not sign you in; ask whoever runs it whether you may use cares",
        ));
    }
    let code = back
        .code
        .ok_or_else(|| ApiError::bad_request("the sign-in answer has no code"))?;
    let client = oidc.client().await?;
    let refused = |what: &str| {
        log::event(&format!("a sign-in was refused: {what}"));
        ApiError::unauthorized("the sign-in could not be checked; please sign in again")
    };
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|_| refused("the provider has no token endpoint"))?
        .set_pkce_verifier(pending.verifier)
        .request_async(&oidc.http)
        .await
        .map_err(|_| refused("the code was not exchanged"))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| refused("no ID token came back"))?;
    id_token
        .claims(&client.id_token_verifier(), &pending.nonce)
        .map_err(|_| refused("the ID token did not check out"))?;
    let secret = Token::generate().map_err(|_| unreachable())?;
    app.store.add_sign_in(&secret.hash()).await?;
    log::event("someone signed in through the identity provider");
    let https = crate::qr::origin(&headers).is_some_and(|o| o.starts_with("https:"))
        || oidc.config.public_url.starts_with("https:");
    let cookie = format!(
        "{COOKIE}={}; Path=/api; HttpOnly; SameSite=Lax; Max-Age={}{}",
        secret.as_str(),
        SIGN_IN_HOURS * 3600,
        if https { "; Secure" } else { "" }
    );
    let mut response = redirect(&pending.back);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// The sign-in cookie's secret, if the request carries one.
pub fn cookie(headers: &HeaderMap) -> Option<Token> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Token::parse(value))
}

impl Store {
    /// Keeps a new sign-in (by its hash) for [`SIGN_IN_HOURS`], and forgets expired ones.
    pub async fn add_sign_in(&self, hash: &TokenHash) -> Result<(), StoreError> {
        let now = self.now();
        sqlx::query("DELETE FROM sign_ins WHERE expires < $1")
            .bind(now)
            .execute(self.pool())
            .await?;
        sqlx::query("INSERT INTO sign_ins (hash, created, expires) VALUES ($1, $2, $3)")
            .bind(hash.as_str())
            .bind(now)
            .bind(now + SIGN_IN_HOURS * 3600)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// True when a sign-in (by its hash) is known and has not expired.
    pub async fn signed_in(&self, hash: &TokenHash) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT expires FROM sign_ins WHERE hash = $1")
            .bind(hash.as_str())
            .fetch_optional(self.pool())
            .await?;
        let expires: Option<i64> = row.map(|r| r.try_get("expires")).transpose()?;
        Ok(expires.is_some_and(|t| t > self.now()))
    }
}

#[cfg(test)]
mod tests {
    use super::page_to_return_to;

    #[test]
    fn a_sign_in_comes_back_only_to_a_page_of_this_site() {
        assert_eq!(
            page_to_return_to(Some("/plan/3f9a/sessions")),
            "/plan/3f9a/sessions"
        );
        assert_eq!(page_to_return_to(None), "/");
        for elsewhere in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "evil",
            "/api/sign-in",
            "/a b",
            "/a\nb",
        ] {
            assert_eq!(page_to_return_to(Some(elsewhere)), "/", "{elsewhere:?}");
        }
    }
}
