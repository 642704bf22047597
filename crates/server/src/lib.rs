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
//! - [`live`]: the WebSocket of a session; [`protocol`] its messages.
//! - [`room`]: one task per open document that takes edits in, saves, then passes on.
//! - [`admission`]: whether an edit fits (new, stamped sensibly, applies at its place).
//! - [`access`]: roles, what each may change and what each may see (hidden votes).
//! - [`store`]: SQLite or PostgreSQL through sqlx, one transaction per batch.
//! - [`secrets`], [`limits`], [`web`], [`log`]: tokens and codes, rate and size
//!   limits, the web bundle, the request log.
//!
//! Architecture invariant: nothing is acknowledged to a device or passed on to
//! another before it is saved, and nothing personal is written to the log.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{And, DefaultPredicate, Predicate, SizeAbove};

pub mod access;
pub mod admission;
pub mod api;
pub mod error;
pub mod limits;
pub mod live;
pub mod log;
pub mod protocol;
pub mod qr;
pub mod request;
pub mod room;
pub mod secrets;
pub mod store;
pub mod web;

use limits::{AddressLimiter, Limits};
use room::Rooms;
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
    /// Join attempts per address.
    pub join_attempts: AddressLimiter,
    /// Wrong join codes per address.
    pub join_failures: AddressLimiter,
    /// Sessions and documents created per address.
    pub creations: AddressLimiter,
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
}

/// A server that is listening but not yet serving.
#[derive(Debug)]
pub struct Server {
    listener: TcpListener,
    state: Arc<AppState>,
    dist: PathBuf,
    stop: watch::Sender<bool>,
}

impl Server {
    /// Opens the database (running migrations) and starts listening.
    pub async fn bind(config: Config) -> Result<Server, ServerError> {
        let store = Store::open(&config.database_url).await?;
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
            creations: AddressLimiter::new(limits.creations),
            limits,
            shutdown,
        });
        Ok(Server {
            listener,
            state,
            dist: config.dist,
            stop,
        })
    }

    /// The address it listens on (useful when asked for port 0).
    pub fn local_addr(&self) -> Result<SocketAddr, ServerError> {
        self.listener.local_addr().map_err(ServerError::Serve)
    }

    /// Serves until `shutdown` completes, then closes live connections and the database.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let app = router(Arc::clone(&self.state), self.dist.clone());
        let stop = self.stop;
        let served = axum::serve(
            self.listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            let _closing = stop.send(true);
        })
        .await;
        self.state.store.close().await;
        served.map_err(ServerError::Serve)
    }
}

/// Compresses the API's answers above 1 KB (a shared plan, a pull of edits) for a
/// browser that accepts brotli or gzip; smaller ones gain less than the headers cost.
/// The web app's files are compressed when built (see [`web`]), not here.
fn compression() -> CompressionLayer<And<DefaultPredicate, SizeAbove>> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .compress_when(DefaultPredicate::new().and(SizeAbove::new(1024)))
}

/// Every route: the API under `/api`, the web app everywhere else.
pub fn router(state: Arc<AppState>, dist: PathBuf) -> Router {
    let small = DefaultBodyLimit::max(state.limits.body_bytes);
    let large = DefaultBodyLimit::max(state.limits.document_body_bytes);
    let documents = Router::new()
        .route("/api/documents", post(api::create_document))
        .route(
            "/api/documents/{id}/edits",
            post(api::push_edits).get(api::pull_edits),
        )
        .layer(large)
        .layer(compression());
    let rest = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/sessions", post(api::create_session))
        .route("/api/join", post(api::join))
        .route("/api/join/check", post(api::check_code))
        .route("/api/sessions/{id}/live", get(live::live))
        .route("/api/documents/{id}", get(api::get_document))
        .route("/api/qr/join.svg", get(qr::join_svg))
        .route("/api/{*rest}", axum::routing::any(api::no_such_endpoint))
        .layer(small)
        .layer(compression());
    Router::new()
        .merge(documents)
        .merge(rest)
        .method_not_allowed_fallback(api::wrong_method)
        .fallback_service(web::bundle(&dist))
        .layer(axum::middleware::from_fn(web::log_and_protect))
        .with_state(state)
}
