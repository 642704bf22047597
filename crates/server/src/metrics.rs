//! The operator's view: `GET /metrics` in Prometheus's text format (version 0.0.4):
//! live sessions and connections, documents open, changes saved, batches and slow
//! batches, refused requests by reason, refused changes by reason, bytes held.
//!
//! Architecture invariant: only counts are kept here — no ids, codes, tokens, names,
//! addresses or words — so nothing personal can reach a scrape. The figures are
//! answered only to clients in `--metrics-from` (loopback by default).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cares_protocol::RefusalReason;

use crate::error::ApiError;
use crate::proxy::Cidr;
use crate::{AppState, ClientIp};

/// Counters the server keeps as it runs; shared by everything that counts.
#[derive(Debug, Default)]
pub struct Metrics {
    edits_saved: AtomicU64,
    batches: AtomicU64,
    slow_batches: AtomicU64,
    refused_requests: Mutex<BTreeMap<&'static str, u64>>,
    refused_edits: Mutex<BTreeMap<&'static str, u64>>,
}

impl Metrics {
    /// Fresh counters, to share.
    pub fn new() -> Arc<Metrics> {
        Arc::default()
    }

    /// `n` changes were saved.
    pub fn saved(&self, n: usize) {
        self.edits_saved
            .fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// A room handled a batch; `slow` when it took longer than the board's goal.
    pub fn batch(&self, slow: bool) {
        self.batches.fetch_add(1, Ordering::Relaxed);
        if slow {
            self.slow_batches.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// A request was answered with `status`; counted when it is a refusal.
    pub fn answered(&self, status: StatusCode) {
        if let Some(reason) = refusal(status) {
            let mut counts = self
                .refused_requests
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            *counts.entry(reason).or_default() += 1;
        }
    }

    /// A change was refused, for `reason`.
    pub fn edit_refused(&self, reason: RefusalReason) {
        let mut counts = self
            .refused_edits
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *counts.entry(reason.key()).or_default() += 1;
    }

    /// The text Prometheus reads, with the gauges measured now.
    pub fn render(&self, now: &Gauges) -> String {
        let mut out = String::new();
        let mut one = |name: &str, kind: &str, help: &str, value: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        };
        one(
            "cares_live_sessions",
            "gauge",
            "Sessions with at least one live connection.",
            now.live_sessions,
        );
        one(
            "cares_live_connections",
            "gauge",
            "Open live connections (facilitators, phones, boards).",
            now.live_connections,
        );
        one(
            "cares_open_documents",
            "gauge",
            "Sessions and shared plans held in memory.",
            now.open_documents,
        );
        one(
            "cares_stored_bytes",
            "gauge",
            "Bytes of documents and changes in the database.",
            now.stored_bytes,
        );
        let count = |n: &AtomicU64| n.load(Ordering::Relaxed);
        one(
            "cares_edits_saved_total",
            "counter",
            "Changes saved (and so acknowledged).",
            count(&self.edits_saved),
        );
        one(
            "cares_batches_total",
            "counter",
            "Batches of commands a room handled.",
            count(&self.batches),
        );
        one(
            "cares_slow_batches_total",
            "counter",
            "Batches that took longer than 50 ms.",
            count(&self.slow_batches),
        );
        let mut labelled = |name: &str,
                            help: &str,
                            counts: &Mutex<BTreeMap<&'static str, u64>>,
                            every: &[&'static str]| {
            let counts = counts.lock().unwrap_or_else(PoisonError::into_inner);
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for reason in every {
                let n = counts.get(reason).copied().unwrap_or(0);
                let _ = writeln!(out, "{name}{{reason=\"{reason}\"}} {n}");
            }
        };
        labelled(
            "cares_refused_requests_total",
            "HTTP requests refused, by reason.",
            &self.refused_requests,
            &REQUEST_REASONS,
        );
        let edit_reasons: Vec<&'static str> = RefusalReason::ALL.iter().map(|r| r.key()).collect();
        labelled(
            "cares_refused_edits_total",
            "Changes refused, by reason (the live protocol's).",
            &self.refused_edits,
            &edit_reasons,
        );
        out
    }
}

/// Every reason a request is refused for, as the metrics name it.
const REQUEST_REASONS: [&str; 16] = [
    "unreadable",
    "unauthorized",
    "forbidden",
    "not_found",
    "wrong_method",
    "timeout",
    "conflict",
    "too_large",
    "not_json",
    "refused",
    "not_upgraded",
    "rate_limited",
    "unavailable",
    "server_full",
    "other_client_error",
    "other_server_error",
];

/// The reason a status refuses for; `None` for an answer that is not a refusal.
fn refusal(status: StatusCode) -> Option<&'static str> {
    let code = status.as_u16();
    if code < 400 {
        return None;
    }
    Some(match code {
        400 => "unreadable",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "wrong_method",
        408 => "timeout",
        409 => "conflict",
        413 => "too_large",
        415 => "not_json",
        422 => "refused",
        426 => "not_upgraded",
        429 => "rate_limited",
        503 => "unavailable",
        507 => "server_full",
        ..=499 => "other_client_error",
        _ => "other_server_error",
    })
}

/// What is measured at the moment of a scrape.
#[derive(Debug, Clone, Copy, Default)]
pub struct Gauges {
    /// Sessions with a live connection.
    pub live_sessions: u64,
    /// Live connections.
    pub live_connections: u64,
    /// Rooms open.
    pub open_documents: u64,
    /// Bytes held.
    pub stored_bytes: u64,
}

/// Who may read the metrics: by default, only this machine.
#[derive(Debug, Clone)]
pub struct MetricsFrom(Vec<Cidr>);

impl MetricsFrom {
    /// Clients in these blocks.
    pub fn new(blocks: Vec<Cidr>) -> Self {
        MetricsFrom(blocks)
    }

    /// True when `ip` may read them.
    pub fn allows(&self, ip: std::net::IpAddr) -> bool {
        self.0.iter().any(|block| block.contains(ip))
    }
}

impl Default for MetricsFrom {
    fn default() -> Self {
        let loopback = ["127.0.0.0/8", "::1/128"]
            .iter()
            .filter_map(|b| b.parse().ok())
            .collect();
        MetricsFrom(loopback)
    }
}

/// `GET /metrics`: the figures, to a client in `--metrics-from`; 404 to anyone else,
/// as if there were none.
pub async fn metrics(
    State(app): State<Arc<AppState>>,
    client: Option<axum::Extension<ClientIp>>,
) -> Result<Response, ApiError> {
    if !client.is_some_and(|axum::Extension(ClientIp(ip))| app.metrics_from.allows(ip)) {
        return Err(ApiError::not_found("there is no such API endpoint"));
    }
    let (live_sessions, live_connections) = app.connections_per_session.totals();
    let gauges = Gauges {
        live_sessions: live_sessions as u64,
        live_connections: live_connections as u64,
        open_documents: app.rooms.open() as u64,
        stored_bytes: app.store.bytes_held(),
    };
    let text = app.store.metrics().render(&gauges);
    let mut response = text.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_status_has_a_listed_reason() {
        for status in 400..600 {
            let status = StatusCode::from_u16(status).expect("a status");
            if let Some(reason) = refusal(status) {
                assert!(REQUEST_REASONS.contains(&reason), "{status}: {reason}");
            }
        }
        assert_eq!(refusal(StatusCode::OK), None);
        assert_eq!(refusal(StatusCode::SWITCHING_PROTOCOLS), None);
    }

    #[test]
    fn the_text_is_prometheus_exposition_format() {
        let metrics = Metrics::default();
        metrics.saved(3);
        metrics.answered(StatusCode::TOO_MANY_REQUESTS);
        metrics.edit_refused(RefusalReason::SlowDown);
        let text = metrics.render(&Gauges::default());
        assert!(
            text.contains("# TYPE cares_edits_saved_total counter\ncares_edits_saved_total 3\n")
        );
        assert!(text.contains("cares_refused_requests_total{reason=\"rate_limited\"} 1\n"));
        assert!(text.contains("cares_refused_edits_total{reason=\"slow-down\"} 1\n"));
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (name, value) = line.rsplit_once(' ').expect("name value");
            assert!(name.starts_with("cares_"), "{line}");
            assert!(value.parse::<u64>().is_ok(), "{line}");
        }
    }
}
