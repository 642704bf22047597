//! `cares-server`: serves the cares web app and its API.
//!
//! ```text
//! cares-server [--addr 127.0.0.1:8080] [--dist web/dist] [limits: see --help]
//! cares-server keys add LABEL | keys list | keys revoke ID
//! cares-server backup --to FILE | restore --from FILE
//! ```
//! The database is `DATABASE_URL` (`sqlite://…` or `postgres://…`), or else the
//! SQLite file `cares.db` in the working directory, created if missing.

use std::ffi::OsString;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use cares_server::clock::Clock;
use cares_server::limits::Limits;
use cares_server::metrics::MetricsFrom;
use cares_server::oidc::OidcConfig;
use cares_server::proxy::{Cidr, CidrError, TrustedProxies};
use cares_server::sign_in::SignIn;
use cares_server::store::DEFAULT_DATABASE_URL;
use cares_server::{Config, Server, admin, log};

const USAGE: &str = "usage: cares-server [--addr HOST:PORT] [--dist DIR] [SIGN-IN] [LIMITS]
       cares-server keys add LABEL | keys list | keys revoke ID
       cares-server backup --to FILE | restore --from FILE

  --addr HOST:PORT  where to listen (default 127.0.0.1:8080)
  --dist DIR        the built web app (default web/dist)

Who may start sessions and share plans:
  --require-sign-in  only holders of a facilitator key (the default unless the
                     server listens on loopback with no --trust-proxy)
  --no-sign-in       anyone who can reach the server (not for the internet)
  --oidc-issuer URL  sign in with this OpenID Connect provider (as well as keys)
  --oidc-client-id ID  this server's client id there; the secret, if any, is
                     the environment's CARES_OIDC_CLIENT_SECRET
  --public-url URL   this server's address as browsers reach it (https://…);
                     the provider sends people back to URL/api/sign-in/callback

Facilitator keys (the database is DATABASE_URL, as for serving):
  keys add LABEL     make a key for LABEL (whom it is for); shown once
  keys list          every key: id, label, made, last used, withdrawn
  keys revoke ID     withdraw a key; it stops working at once

Backups (SQLite; for PostgreSQL use pg_dump, see the README):
  backup --to FILE     a consistent, checked copy, while the server serves
  restore --from FILE  bring a backup back where there is no database yet

Limits (defaults suit a room of phones on one Wi-Fi address; see the README):
  --server-bytes N             bytes of documents the server holds in all (8 GiB)
  --document-bytes N           bytes of changes one shared plan holds (16 MiB)
  --document-edits N           changes one shared plan holds (200000)
  --connections N              TCP connections open at once (8192)
  --connections-per-token N    live connections on one token (8)
  --connections-per-address N  live connections from one address (1024)
  --connections-per-session N  live connections on one session (2048)
  --outbox-bytes N             bytes waiting for one live connection (2 MiB)
  --send-timeout SECS          one write to a live connection (20)
  --header-timeout SECS        a request's headers (10)
  --request-timeout SECS       a whole request, body included (30)
  --join-code-days DAYS        how long a join code, and the phone and board
                               tokens of its session, work (30)
  --retention-days DAYS        how long a session or shared plan is kept after
                               it was last used (90)

Behind a reverse proxy:
  --trust-proxy CIDR  the proxy's address block (repeat, or separate with commas);
                      its X-Forwarded-For names the client for the rate limits

For the operator:
  --metrics-from CIDR  who may read /metrics (repeat, or commas; default this
                       machine only: 127.0.0.0/8 and ::1)
  --log-format FORMAT  text (the default) or json: one JSON object a line

The database is DATABASE_URL (sqlite://FILE or postgres://…); without it, the
SQLite file cares.db in the working directory, created if missing.";

/// What the command line asked for.
struct Args {
    addr: SocketAddr,
    dist: PathBuf,
    limits: Limits,
    proxies: Vec<Cidr>,
    sign_in: Option<SignIn>,
    metrics_from: Vec<Cidr>,
    log_format: log::Format,
    oidc_issuer: Option<String>,
    oidc_client_id: Option<String>,
    public_url: Option<String>,
}

fn parse_args(argv: Vec<OsString>) -> Result<Option<Args>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
        dist: PathBuf::from("web/dist"),
        limits: Limits::default(),
        proxies: Vec::new(),
        sign_in: None,
        metrics_from: Vec::new(),
        log_format: log::Format::Text,
        oidc_issuer: None,
        oidc_client_id: None,
        public_url: None,
    };
    let mut parser = lexopt::Parser::from_args(argv);
    let seconds = |parser: &mut lexopt::Parser| -> Result<Duration, lexopt::Error> {
        Ok(Duration::from_secs(parser.value()?.parse()?))
    };
    while let Some(arg) = parser.next()? {
        let limits = &mut args.limits;
        match arg {
            Long("addr") => args.addr = parser.value()?.parse()?,
            Long("dist") => args.dist = parser.value()?.into(),
            Long("server-bytes") => limits.server_bytes = parser.value()?.parse()?,
            Long("document-bytes") => limits.document_bytes = parser.value()?.parse()?,
            Long("document-edits") => limits.document_edits = parser.value()?.parse()?,
            Long("connections") => limits.connections = parser.value()?.parse()?,
            Long("connections-per-token") => {
                limits.connections_per_token = parser.value()?.parse()?;
            }
            Long("connections-per-address") => {
                limits.connections_per_address = parser.value()?.parse()?;
            }
            Long("connections-per-session") => {
                limits.connections_per_session = parser.value()?.parse()?;
            }
            Long("outbox-bytes") => limits.outbox_bytes = parser.value()?.parse()?,
            Long("send-timeout") => limits.send_timeout = seconds(&mut parser)?,
            Long("header-timeout") => limits.header_timeout = seconds(&mut parser)?,
            Long("request-timeout") => limits.request_timeout = seconds(&mut parser)?,
            Long("join-code-days") => {
                let days: u64 = parser.value()?.parse()?;
                limits.join_code_lifetime = Duration::from_secs(days.saturating_mul(24 * 3600));
            }
            Long("trust-proxy") => args.proxies.extend(blocks(parser.value()?)?),
            Long("metrics-from") => args.metrics_from.extend(blocks(parser.value()?)?),
            Long("log-format") => {
                args.log_format = match parser.value()?.string()?.as_str() {
                    "text" => log::Format::Text,
                    "json" => log::Format::Json,
                    other => {
                        return Err(format!("--log-format is text or json, not {other:?}").into());
                    }
                };
            }
            Long("retention-days") => {
                let days: u64 = parser.value()?.parse()?;
                limits.retention = Duration::from_secs(days.saturating_mul(24 * 3600));
            }
            Long("oidc-issuer") => args.oidc_issuer = Some(parser.value()?.string()?),
            Long("oidc-client-id") => args.oidc_client_id = Some(parser.value()?.string()?),
            Long("public-url") => args.public_url = Some(parser.value()?.string()?),
            Long("require-sign-in") => args.sign_in = Some(SignIn::Required),
            Long("no-sign-in") => args.sign_in = Some(SignIn::NotRequired),
            Long("help") | Short('h') => return Ok(None),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some(args))
}

/// Address blocks given as one value, separated by commas.
fn blocks(value: OsString) -> Result<Vec<Cidr>, lexopt::Error> {
    use lexopt::ValueExt;
    let value = value.string()?;
    value
        .split(',')
        .map(|block| {
            block
                .parse()
                .map_err(|e: CidrError| lexopt::Error::from(e.to_string()))
        })
        .collect()
}

async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut term) => {
                    term.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            () = term => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _stopped = ctrl_c.await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let database_url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
    if let Some(command) = args
        .first()
        .and_then(|a| a.to_str())
        .and_then(admin::Command::named)
    {
        args.remove(0);
        return match admin::run(command, args, &database_url).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(admin::AdminError::Usage(e)) => {
                eprintln!("cares-server: {e}\n\n{USAGE}");
                ExitCode::from(2)
            }
            Err(e) => {
                eprintln!("cares-server: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let Args {
        addr,
        dist,
        limits,
        proxies,
        sign_in,
        metrics_from,
        log_format,
        oidc_issuer,
        oidc_client_id,
        public_url,
    } = match parse_args(args) {
        Ok(Some(args)) => args,
        Ok(None) => {
            eprintln!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("cares-server: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    log::set_format(log_format);
    let database = if database_url.starts_with("sqlite:") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let oidc = match (oidc_issuer, oidc_client_id, public_url) {
        (None, None, _) => None,
        (Some(issuer), Some(client_id), Some(public_url)) => Some(OidcConfig {
            issuer,
            client_id,
            client_secret: std::env::var("CARES_OIDC_CLIENT_SECRET").ok(),
            public_url,
        }),
        _ => {
            eprintln!(
                "cares-server: sign-in needs --oidc-issuer, --oidc-client-id and --public-url together\n\n{USAGE}"
            );
            return ExitCode::from(2);
        }
    };
    let sign_in = sign_in.unwrap_or(SignIn::default_for(addr, !proxies.is_empty()));
    let config = Config {
        addr,
        dist,
        database_url,
        limits,
        trusted_proxies: TrustedProxies::new(proxies),
        clock: Clock::system(),
        sign_in,
        metrics_from: if metrics_from.is_empty() {
            MetricsFrom::default()
        } else {
            MetricsFrom::new(metrics_from)
        },
        oidc,
    };
    let server = match Server::bind(config).await {
        Ok(server) => server,
        Err(e) => {
            log::event(&e.to_string());
            return ExitCode::FAILURE;
        }
    };
    match server.local_addr() {
        Ok(bound) => log::event(&format!(
            "listening on http://{bound} ({database}); {}",
            match sign_in {
                SignIn::Required => "starting a session or sharing a plan needs a facilitator key",
                SignIn::NotRequired => "anyone who can reach it may start sessions and share plans",
            }
        )),
        Err(e) => log::event(&e.to_string()),
    }
    match server.run(stop_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            log::event(&e.to_string());
            ExitCode::FAILURE
        }
    }
}
