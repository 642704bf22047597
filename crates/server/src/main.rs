//! `cares-server`: serves the cares web app and its API.
//!
//! ```text
//! cares-server [--addr 127.0.0.1:8080] [--dist web/dist]
//! ```
//! The database is `DATABASE_URL` (`sqlite://…` or `postgres://…`), or else the
//! SQLite file `cares.db` in the working directory, created if missing.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use cares_server::limits::Limits;
use cares_server::store::DEFAULT_DATABASE_URL;
use cares_server::{Config, Server, log};

const USAGE: &str = "usage: cares-server [--addr HOST:PORT] [--dist DIR]

  --addr HOST:PORT  where to listen (default 127.0.0.1:8080)
  --dist DIR        the built web app (default web/dist)

The database is DATABASE_URL (sqlite://FILE or postgres://…); without it, the
SQLite file cares.db in the working directory, created if missing.";

fn parse_args() -> Result<Option<(SocketAddr, PathBuf)>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut addr = SocketAddr::from(([127, 0, 0, 1], 8080));
    let mut dist = PathBuf::from("web/dist");
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("addr") => addr = parser.value()?.parse()?,
            Long("dist") => dist = parser.value()?.into(),
            Long("help") | Short('h') => return Ok(None),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some((addr, dist)))
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
    let (addr, dist) = match parse_args() {
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
    let database_url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
    let database = if database_url.starts_with("sqlite:") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let config = Config {
        addr,
        dist,
        database_url,
        limits: Limits::default(),
    };
    let server = match Server::bind(config).await {
        Ok(server) => server,
        Err(e) => {
            log::event(&e.to_string());
            return ExitCode::FAILURE;
        }
    };
    match server.local_addr() {
        Ok(bound) => log::event(&format!("listening on http://{bound} ({database})")),
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
