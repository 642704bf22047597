//! The web app and what every response carries: the built bundle served from a
//! directory (`--dist`), `join.html` (the phone's small entry) at `/join`, the address
//! on the board's QR code, `plan.html` (a plan's actions page as a small entry) at
//! `/plan/<id>`, and `index.html` for any other page address so the app's own router
//! can take it, and the request log and safety headers on every response
//! (a strict Content-Security-Policy, a Permissions-Policy, HSTS over HTTPS).
//!
//! The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside every file, so a
//! phone on weak Wi-Fi downloads the compressed copy its browser asks for
//! (`Accept-Encoding`, brotli first) and nothing is compressed while it waits.

use std::path::{Path, PathBuf};

use axum::body::Body;
use std::sync::Arc;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::time::Instant;
use tower_http::services::{ServeDir, ServeFile};

use crate::{AppState, log, qr};

/// Serves the bundle in `dist`, compressed where the browser accepts it; `/join` gets
/// `join.html`, `/plan/<id>` `plan.html` and other unknown page addresses `index.html`.
pub fn bundle(dist: &Path) -> ServeDir<axum::routing::MethodRouter> {
    let dist_dir = dist.to_path_buf();
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .fallback(axum::routing::get(move |request: Request| {
            page(dist_dir.clone(), request)
        }))
}

/// A page address the bundle has no file for: the phone's `join.html` for `/join` and
/// `plan.html` for a plan's actions page (if the build has them), else the app's
/// `index.html`, unless the address names a file (it has a dot in its last part),
/// which is simply missing.
async fn page(dist: PathBuf, request: Request) -> Response {
    let path = request.uri().path();
    let last = path.rsplit('/').next().unwrap_or_default();
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let own_page = if matches!(path, "/join" | "/join/") {
        Some(dist.join("join.html"))
    } else if is_plan_address(path) {
        Some(dist.join("plan.html"))
    } else {
        None
    };
    let file = own_page
        .filter(|page| page.is_file())
        .unwrap_or_else(|| dist.join("index.html"));
    let served = ServeFile::new(&file)
        .precompressed_br()
        .precompressed_gzip()
        .try_call(request)
        .await;
    match served {
        Ok(response) if response.status() != StatusCode::NOT_FOUND => {
            let mut response = response.map(Body::new);
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            response
        }
        _ => (
            StatusCode::NOT_FOUND,
            "the web app has not been built into this server's --dist directory",
        )
            .into_response(),
    }
}

/// True for `/plan/<id>` (with or without a last `/`): a plan's actions page.
fn is_plan_address(path: &str) -> bool {
    path.strip_prefix("/plan/")
        .map(|rest| rest.strip_suffix('/').unwrap_or(rest))
        .is_some_and(|id| uuid::Uuid::parse_str(id).is_ok())
}

/// Logs each request by its route template, counts refusals for `/metrics`, and adds
/// the safety headers.
pub async fn log_and_protect(
    State(app): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let route = match request.extensions().get::<MatchedPath>() {
        Some(matched) => matched.as_str().to_owned(),
        None if request.uri().path().starts_with("/api/") => "/api/(unknown)".to_owned(),
        None => "(web app)".to_owned(),
    };
    let immutable = is_hashed_file(request.uri().path());
    // `origin` takes the Host only when it is a plain name or address and a port, so
    // nothing in it can add to the policy it is written into.
    let origin = qr::origin(request.headers());
    let policy = content_security_policy(origin.as_deref());
    // A browser ignores HSTS that arrives over plain HTTP, so a forged
    // `X-Forwarded-Proto` gains nothing.
    let https = origin.as_deref().is_some_and(|o| o.starts_with("https:"));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if route.starts_with("/api/") {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else {
        // The same address answers brotli, gzip or plain bytes by Accept-Encoding.
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if !headers.contains_key(header::CACHE_CONTROL) {
            // index.html and sw.js name the current build, so they are checked on every
            // load; the files they name carry their content's hash and never change.
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(if immutable {
                    "public, max-age=31536000, immutable"
                } else {
                    "no-cache"
                }),
            );
        }
    }
    app.store.metrics().answered(response.status());
    log::request(&method, &route, response.status(), start.elapsed());
    response
}

/// What the app's pages may load: only the server's own files (the wasm compiled
/// with `'wasm-unsafe-eval'`, never `eval`), no inline script or style, and
/// connections only back to this server, its live WebSocket included. CSP Level 3
/// lets `'self'` match `ws:`/`wss:` on the same host (Chromium does), but older
/// browsers (Safari before 15.4) need the WebSocket's origin spelled out, so it is,
/// from the `Host` the request was sent to when that is a plain host name.
const POLICY_HEAD: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'";
const POLICY_TAIL: &str = "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; \
     object-src 'none'";

/// Powerful features the app never uses, turned off for it and anything it embeds.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
     magnetometer=(), microphone=(), payment=(), usb=()";

/// The Content-Security-Policy for a request (see [`POLICY_HEAD`]): the WebSocket's
/// origin is the page's own, `ws://` for `http://` and `wss://` for `https://`.
fn content_security_policy(origin: Option<&str>) -> HeaderValue {
    let policy = match origin {
        Some(origin) => format!(
            "{POLICY_HEAD} ws{}{POLICY_TAIL}",
            origin.trim_start_matches("http")
        ),
        None => format!("{POLICY_HEAD}{POLICY_TAIL}"),
    };
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// True for the bundle's `<stem>-<16 hex digits><suffix>` files (the wasm, its glue
/// and the stylesheet), whose content can never change under that name.
fn is_hashed_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.len() == 16 && tail.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_websocket_of_the_page_origin() {
        let policy = |origin| {
            content_security_policy(origin)
                .to_str()
                .map(str::to_owned)
                .unwrap_or_default()
        };
        assert!(
            policy(Some("http://cares.example:8080"))
                .contains("connect-src 'self' ws://cares.example:8080;")
        );
        assert!(
            policy(Some("https://cares.example"))
                .contains("connect-src 'self' wss://cares.example;")
        );
        assert!(policy(None).contains("connect-src 'self';"));
        assert!(policy(None).contains("script-src 'self' 'wasm-unsafe-eval';"));
    }

    #[test]
    fn only_hashed_bundle_files_may_be_cached_for_ever() {
        assert!(is_hashed_file("/cares_web-dd207bfc144c9896_bg.wasm"));
        assert!(is_hashed_file("/app-3fa58fcd3ac207e2.css"));
        assert!(!is_hashed_file("/index.html"));
        assert!(!is_hashed_file("/sw.js"));
        assert!(!is_hashed_file("/plan/some-page"));
        assert!(!is_hashed_file("/icons/icon-192.png"));
    }

    #[test]
    fn only_a_plans_own_address_is_its_actions_page() {
        let id = "0b6a2a57-4bd6-4f8e-9f5c-3c1a8c7f2e10";
        assert!(is_plan_address(&format!("/plan/{id}")));
        assert!(is_plan_address(&format!("/plan/{id}/")));
        // Its other pages are the app's.
        assert!(!is_plan_address(&format!("/plan/{id}/overview")));
        assert!(!is_plan_address(&format!("/plan/{id}/action/new")));
        assert!(!is_plan_address("/plan/not-a-plan"));
        assert!(!is_plan_address("/plans"));
    }
}
