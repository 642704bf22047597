//! # cares-server — live co-production sessions and shared plans
//!
//! The server half of cares: it serves the built web app, runs co-production
//! sessions live across a facilitator's device, participants' phones and a projector
//! board, and keeps the shared, durable copy of plan documents that carer reps pass
//! between them. Every rule about sessions and plans is `cares-core`'s; the server
//! decides who may do what, orders and saves edits before acknowledging them, and
//! passes them on.
//!
//! ## Map
//!
//! - [`api`]: the HTTP endpoints (create and join sessions, share documents);
//!   [`qr`] the QR picture of a session's join address.
//! - [`live`]: the WebSocket of a session; its messages are `cares-protocol`'s.
//! - [`room`]: one task per open document that takes edits in, saves, then passes on.
//! - [`access`]: who holds a token, what each may change and what each may see (hidden votes).
//! - [`store`]: SQLite or PostgreSQL through sqlx, one transaction per batch.
//! - [`secrets`], [`limits`], [`web`], [`log`]: tokens and codes, rate and size
//!   limits, the web bundle and its safety headers, the request log.
//! - [`proxy`]: the client's address behind a trusted reverse proxy.
//! - [`sign_in`]: who may start sessions and share plans; [`keys`] the facilitator
//!   keys an administrator issues for that, with [`admin`]'s commands; [`backup`]
//!   copies the SQLite database while it serves, and restores it; [`oidc`] signs
//!   facilitators in with the council's identity provider.
//! - [`metrics`]: `/metrics` for the operator, counts only.
//! - [`clock`]: the server's clock, which tests move forward; [`sweep`] deletes
//!   what has been unused for the retention period.
//!
//! Architecture invariant: nothing is acknowledged to a device or passed on to
//! another before it is saved, and nothing personal is written to the log.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit};
use axum::http::StatusCode;
use axum::routing::{MethodRouter, delete, get, post};
use cares_core::ids::DocumentId;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{And, DefaultPredicate, Predicate, SizeAbove};
use tower_http::timeout::TimeoutLayer;

pub mod access;
pub mod admin;
pub mod api;
pub mod backup;
pub mod clock;
pub mod error;
pub mod keys;
pub mod limits;
pub mod live;
pub mod log;
pub mod metrics;
pub mod oidc;
pub mod peers;
pub mod proxy;
pub mod qr;
pub mod request;
pub mod room;
pub mod secrets;
pub mod sign_in;
pub mod store;
pub mod web;

use clock::Clock;
use limits::{AddressKey, AddressLimiter, ConnectionCounts, Limiter, Limits, SharedBucket};
use metrics::MetricsFrom;
use proxy::TrustedProxies;
use room::Rooms;
use secrets::TokenHash;
use sign_in::SignIn;
use store::{Store, StoreError};

/// How the server is started.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen.
    pub addr: SocketAddr,
    /// The built web app.
    pub dist: PathBuf,
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    /// The limits it enforces.
    pub limits: Limits,
    /// The reverse proxies whose `X-Forwarded-For` names the client (`--trust-proxy`).
    pub trusted_proxies: TrustedProxies,
    /// What "now" is (the system clock, which tests move forward).
    pub clock: Clock,
    /// Whether starting a session or sharing a plan needs a facilitator key.
    pub sign_in: SignIn,
    /// Who may read `/metrics` (`--metrics-from`; loopback by default).
    pub metrics_from: MetricsFrom,
    /// Sign-in with an identity provider, if set up.
    pub oidc: Option<oidc::OidcConfig>,
}

/// What every handler shares.
#[derive(Debug)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The open documents.
    pub rooms: Rooms,
    /// The limits.
    pub limits: Arc<Limits>,
    /// Whether starting a session or sharing a plan needs a facilitator key.
    pub sign_in: SignIn,
    /// Who may read `/metrics`.
    pub metrics_from: MetricsFrom,
    /// Sign-in with an identity provider, if set up.
    pub oidc: Option<Arc<oidc::Oidc>>,
    /// Join attempts per address.
    pub join_attempts: AddressLimiter,
    /// Wrong join codes per address (an IPv6 /48 as one).
    pub join_failures: AddressLimiter,
    /// Wrong join codes from everywhere.
    pub join_failures_everywhere: SharedBucket,
    /// Sessions and documents created per address.
    pub creations: AddressLimiter,
    /// Pushes per token.
    pub pushes_per_token: Limiter<TokenHash>,
    /// Pushes per address.
    pub pushes_per_address: AddressLimiter,
    /// Pulls per token.
    pub pulls_per_token: Limiter<TokenHash>,
    /// Pulls per address.
    pub pulls_per_address: AddressLimiter,
    /// Live connections opened per address.
    pub connects_per_address: AddressLimiter,
    /// Live connections open per token.
    pub connections_per_token: ConnectionCounts<TokenHash>,
    /// Live connections open per address.
    pub connections_per_address: ConnectionCounts<AddressKey>,
    /// Live connections open per session (by its document).
    pub connections_per_session: ConnectionCounts<DocumentId>,
    /// Turns true when the server is stopping.
    pub shutdown: watch::Receiver<bool>,
}

/// Why the server could not start or keep running.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The database could not be opened or brought up to date.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address could not be listened on.
    #[error("could not listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    /// Sign-in with an identity provider is set up wrongly.
    #[error("{0}")]
    SignIn(String),
}

/// A server that is listening but not yet serving.
#[derive(Debug)]
pub struct Server {
    listener: TcpListener,
    state: Arc<AppState>,
    dist: PathBuf,
    proxies: Arc<TrustedProxies>,
    stop: watch::Sender<bool>,
}

impl Server {
    /// Opens the database (running migrations) and starts listening.
    pub async fn bind(config: Config) -> Result<Server, ServerError> {
        let oidc = config
            .oidc
            .map(oidc::Oidc::new)
            .transpose()
            .map_err(ServerError::SignIn)?;
        let store = Store::open(&config.database_url, config.clock).await?;
        sweep(&store, &config.limits).await?;
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| ServerError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let limits = Arc::new(config.limits);
        let (stop, shutdown) = watch::channel(false);
        let state = Arc::new(AppState {
            rooms: Rooms::new(store.clone(), Arc::clone(&limits)),
            store,
            join_attempts: AddressLimiter::new(limits.join_attempts),
            join_failures: AddressLimiter::new(limits.join_failures),
            join_failures_everywhere: SharedBucket::new(limits.join_failures_everywhere),
            creations: AddressLimiter::new(limits.creations),
            pushes_per_token: Limiter::new(limits.pushes_per_token),
            pushes_per_address: AddressLimiter::new(limits.pushes_per_address),
            pulls_per_token: Limiter::new(limits.pulls_per_token),
            pulls_per_address: AddressLimiter::new(limits.pulls_per_address),
            connects_per_address: AddressLimiter::new(limits.connects_per_address),
            connections_per_token: ConnectionCounts::new(limits.connections_per_token),
            connections_per_address: ConnectionCounts::new(limits.connections_per_address),
            connections_per_session: ConnectionCounts::new(limits.connections_per_session),
            limits,
            sign_in: config.sign_in,
            metrics_from: config.metrics_from,
            oidc,
            shutdown,
        });
        Ok(Server {
            listener,
            state,
            dist: config.dist,
            proxies: Arc::new(config.trusted_proxies),
            stop,
        })
    }

    /// The address it listens on (useful when asked for port 0).
    pub fn local_addr(&self) -> Result<SocketAddr, ServerError> {
        self.listener.local_addr().map_err(ServerError::Serve)
    }

    /// Serves until `shutdown` completes, then closes live connections and the database.
    ///
    /// Each TCP connection has `header_timeout` to send a request's headers (hyper's
    /// header-read timer, which `axum::serve` leaves off), so a client that sends
    /// half a request is closed rather than held; at most `connections` are open at
    /// once, and the rest wait in the listen queue.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let app = router(Arc::clone(&self.state), self.dist.clone());
        let limits = Arc::clone(&self.state.limits);
        let permits = u32::try_from(limits.connections.max(1)).unwrap_or(u32::MAX);
        let open = Arc::new(Semaphore::new(permits as usize));
        let sweeper = tokio::spawn(sweep_every(
            self.state.store.clone(),
            Arc::clone(&limits),
            self.state.shutdown.clone(),
        ));
        let peers = tokio::spawn(peers::listen(
            self.state.store.clone(),
            self.state.rooms.clone(),
            self.state.shutdown.clone(),
        ));
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout);
        tokio::pin!(shutdown);
        loop {
            let permit = tokio::select! {
                permit = Arc::clone(&open).acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
                () = &mut shutdown => break,
            };
            let (stream, peer) = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    // Out of file descriptors and the like: wait rather than spin.
                    Err(_) => {
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let _nodelay = stream.set_nodelay(true);
            let app = app.clone();
            let proxies = Arc::clone(&self.proxies);
            let service = hyper::service::service_fn(
                move |mut request: axum::extract::Request<hyper::body::Incoming>| {
                    proxies.strip_untrusted(peer.ip(), request.headers_mut());
                    let client = proxies.client(peer.ip(), request.headers());
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request.extensions_mut().insert(ClientIp(client));
                    tower_service::Service::call(&mut app.clone(), request)
                },
            );
            let connection = http
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades();
            let mut stopping = self.state.shutdown.clone();
            tokio::spawn(async move {
                tokio::pin!(connection);
                tokio::select! {
                    _served = &mut connection => {}
                    _ = stopping.changed() => {
                        connection.as_mut().graceful_shutdown();
                        let _served = connection.await;
                    }
                }
                drop(permit);
            });
        }
        let _closing = self.stop.send(true);
        let _swept = sweeper.await;
        let _stopped_listening = peers.await;
        // Every connection holds a permit until it ends (a live one until its upgrade).
        let _all_closed = open.acquire_many(permits).await;
        self.state.store.close().await;
        Ok(())
    }
}

/// How often documents past their retention are looked for while the server runs.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Deletes every session and shared plan unused for `limits.retention`, and the
/// tokens of phones and boards whose join code has expired.
pub async fn sweep(store: &Store, limits: &Limits) -> Result<usize, StoreError> {
    let lifetime = i64::try_from(limits.join_code_lifetime.as_secs()).unwrap_or(i64::MAX);
    store
        .delete_expired_tokens(store.now().saturating_sub(lifetime))
        .await?;
    let retention = i64::try_from(limits.retention.as_secs()).unwrap_or(i64::MAX);
    let deleted = store
        .delete_unused(store.now().saturating_sub(retention))
        .await?;
    if deleted > 0 {
        log::event(&format!(
            "deleted {deleted} documents unused for {} days",
            limits.retention.as_secs() / 86_400
        ));
    }
    Ok(deleted)
}

/// Runs [`sweep`] every [`SWEEP_EVERY`] until the server stops.
async fn sweep_every(store: Store, limits: Arc<Limits>, mut stopping: watch::Receiver<bool>) {
    let mut every = tokio::time::interval(SWEEP_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first tick is at once, and the server swept as it started.
    every.tick().await;
    loop {
        tokio::select! {
            _ = every.tick() => {
                if let Err(e) = sweep(&store, &limits).await {
                    log::event(&format!("the retention sweep failed: {}", e.for_log()));
                }
            }
            _ = stopping.changed() => return,
        }
    }
}

/// The client's address for the rate limits: the TCP peer, or the client a trusted
/// proxy names (see [`proxy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub std::net::IpAddr);

/// Compresses the API's answers above 1 KB (a shared plan, a pull of edits) for a
/// browser that accepts brotli or gzip; smaller ones gain less than the headers cost.
/// The web app's files are compressed when built (see [`web`]), not here.
fn compression() -> CompressionLayer<And<DefaultPredicate, SizeAbove>> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .compress_when(DefaultPredicate::new().and(SizeAbove::new(1024)))
}

/// Every API endpoint, as (method, path template), with the operator's `/metrics`:
/// the one list [`router`] is built from, and what the contract test compares with
/// `docs/api/openapi.yaml`. Any other `/api` address answers a JSON 404.
pub fn routes() -> Vec<(&'static str, &'static str)> {
    endpoints(DefaultBodyLimit::max(0), DefaultBodyLimit::max(0))
        .into_iter()
        .map(|(method, path, _)| (method, path))
        .collect()
}

/// The API's endpoints with their handlers: shared plans take bodies up to `large`,
/// everything else up to `small`.
fn endpoints(
    small: DefaultBodyLimit,
    large: DefaultBodyLimit,
) -> Vec<(&'static str, &'static str, MethodRouter<Arc<AppState>>)> {
    vec![
        ("GET", "/api/health", get(api::health).layer(small)),
        (
            "POST",
            "/api/sessions",
            post(api::create_session).layer(small),
        ),
        ("POST", "/api/join", post(api::join).layer(small)),
        (
            "POST",
            "/api/join/check",
            post(api::check_code).layer(small),
        ),
        (
            "GET",
            "/api/sessions/{id}/live",
            get(live::live).layer(small),
        ),
        (
            "POST",
            "/api/documents",
            post(api::create_document).layer(large),
        ),
        (
            "POST",
            "/api/documents/{id}/edits",
            post(api::push_edits).layer(large),
        ),
        (
            "GET",
            "/api/documents/{id}/edits",
            get(api::pull_edits).layer(large),
        ),
        (
            "GET",
            "/api/documents/{id}",
            get(api::get_document).layer(small),
        ),
        (
            "DELETE",
            "/api/documents/{id}",
            delete(api::delete_document).layer(small),
        ),
        ("GET", "/api/qr/join.svg", get(qr::join_svg).layer(small)),
        ("GET", "/api/sign-in", get(oidc::start).layer(small)),
        (
            "GET",
            "/api/sign-in/callback",
            get(oidc::callback).layer(small),
        ),
        ("GET", "/metrics", get(metrics::metrics).layer(small)),
    ]
}

/// Every route: the API under `/api`, the web app everywhere else.
pub fn router(state: Arc<AppState>, dist: PathBuf) -> Router {
    let small = DefaultBodyLimit::max(state.limits.body_bytes);
    let large = DefaultBodyLimit::max(state.limits.document_body_bytes);
    let mut api = Router::new();
    for (_method, path, endpoint) in endpoints(small, large) {
        // Two methods on one path are merged into one route.
        api = api.route(path, endpoint);
    }
    let api = api
        .route(
            "/api/{*rest}",
            axum::routing::any(api::no_such_endpoint).layer(small),
        )
        .layer(compression());
    Router::new()
        .merge(api)
        .method_not_allowed_fallback(api::wrong_method)
        .fallback_service(web::bundle(&dist))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.limits.request_timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            web::log_and_protect,
        ))
        .with_state(state)
}
