//! A small static file server for web/dist, on 127.0.0.1 only, with std::net.
//!
//! It answers GET and HEAD, one request per connection. An unknown path without a file
//! extension gets index.html, so a router deep link such as /plans loads; index.html and
//! sw.js are sent with `Cache-Control: no-cache` so a new build shows on the next load.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the server writes to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Log {
    /// A line for every request (for a person watching `cargo xtask serve`).
    Requests,
    /// Only failures (for the tests, whose own output matters more).
    Errors,
}

/// A running server; stop it with [`StaticServer::stop`] or wait on it for ever.
#[derive(Debug)]
pub struct StaticServer {
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
    accepting: JoinHandle<()>,
}

impl StaticServer {
    /// Serves `dist` on 127.0.0.1:`port` (0 picks a free port) from a background thread.
    pub fn start(dist: &Path, port: u16, log: Log) -> Result<Self, String> {
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
            format!("could not listen on 127.0.0.1:{port} ({e}); is another server using it?")
        })?;
        let address = listener
            .local_addr()
            .map_err(|e| format!("could not read the server's address: {e}"))?;
        let stopping = Arc::new(AtomicBool::new(false));
        let site = Arc::new(Site {
            dist: dist.to_path_buf(),
            log,
        });
        let accepting = {
            let stopping = Arc::clone(&stopping);
            std::thread::spawn(move || accept(&listener, &site, &stopping))
        };
        Ok(Self {
            address,
            stopping,
            accepting,
        })
    }

    /// The address to open in a browser, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Blocks until the server thread ends (in practice: until the process is stopped).
    pub fn wait(self) -> Result<(), String> {
        self.accepting
            .join()
            .map_err(|_| "the server thread stopped unexpectedly".to_string())
    }

    /// Stops accepting connections and waits for the accepting thread to end.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        // `accept` blocks; one last connection wakes it so it sees the flag.
        let _ = TcpStream::connect(self.address);
        let _ = self.accepting.join();
    }
}

#[derive(Debug)]
struct Site {
    dist: PathBuf,
    log: Log,
}

fn accept(listener: &TcpListener, site: &Arc<Site>, stopping: &AtomicBool) {
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            break;
        }
        match stream {
            Ok(stream) => {
                let site = Arc::clone(site);
                std::thread::spawn(move || {
                    if let Err(e) = answer(stream, &site) {
                        eprintln!("server: {e}");
                    }
                });
            }
            Err(e) => eprintln!("server: could not accept a connection: {e}"),
        }
    }
}

/// Reads one request and writes one response.
fn answer(stream: TcpStream, site: &Site) -> Result<(), String> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| format!("could not set a timeout: {e}"))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    // Browsers open spare connections and close them unused or let them time out, and
    // `stop` makes one too: a connection with no request is no error.
    if !reader
        .read_line(&mut request_line)
        .is_ok_and(|read| read > 0)
    {
        return Ok(());
    }
    // The headers are not needed, but must be read so the client sees a clean close.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }

    let response = respond(&site.dist, &request_line);
    if site.log == Log::Requests || response.status >= 500 {
        eprintln!("{} -> {}", request_line.trim_end(), response.status);
    }
    write_response(&stream, &response, request_line.starts_with("HEAD "))
        .map_err(|e| format!("could not send {}: {e}", request_line.trim_end()))
}

/// A response ready to send.
#[derive(Debug, PartialEq, Eq)]
struct Response {
    status: u16,
    content_type: &'static str,
    cache_control: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn text(status: u16, body: &str) -> Self {
        Self {
            status,
            content_type: "text/plain; charset=utf-8",
            cache_control: "no-cache",
            body: body.as_bytes().to_vec(),
        }
    }
}

/// Decides the response to a request line such as `GET /plans HTTP/1.1`.
fn respond(dist: &Path, request_line: &str) -> Response {
    let mut parts = request_line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Response::text(400, "bad request\n");
    };
    if method != "GET" && method != "HEAD" {
        return Response::text(405, "only GET and HEAD are served\n");
    }
    let Some(relative) = relative_path(target) else {
        return Response::text(400, "bad path\n");
    };
    let file = dist.join(&relative);
    let file = if file.is_file() {
        file
    } else if looks_like_a_route(&relative) {
        dist.join("index.html")
    } else {
        return Response::text(404, "not found\n");
    };
    match std::fs::read(&file) {
        Ok(body) => {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Response {
                status: 200,
                content_type: content_type(&name),
                cache_control: cache_control(&name),
                body,
            }
        }
        Err(e) => Response::text(500, &format!("could not read {}: {e}\n", file.display())),
    }
}

/// The path below dist for a request target, or `None` if it tries to leave dist.
fn relative_path(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let decoded = percent_decode(path)?;
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            part if part.contains('\\') || part.contains('\0') => return None,
            part => parts.push(part),
        }
    }
    if parts.is_empty() || decoded.ends_with('/') {
        parts.push("index.html");
    }
    Some(parts.join("/"))
}

/// A path whose last part has no extension is a page of the app, not a missing file.
fn looks_like_a_route(relative: &str) -> bool {
    !relative
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .contains('.')
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Files with a content hash in their name never change; everything else is checked
/// with the server on every load.
fn cache_control(name: &str) -> &'static str {
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem
        .rsplit('-')
        .next()
        .is_some_and(|tail| tail.len() == 16 && tail.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed && stem.contains('-') {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn write_response(
    mut stream: &TcpStream,
    response: &Response,
    head_only: bool,
) -> std::io::Result<()> {
    let reason = match response.status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        response.status,
        response.content_type,
        response.body.len(),
        response.cache_control,
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small dist folder of the test's own, as tests run in parallel.
    fn dist(test: &str) -> Result<PathBuf, String> {
        let dir = std::env::temp_dir().join(format!("cares-xtask-{}-{test}", std::process::id()));
        let io = |e: std::io::Error| e.to_string();
        std::fs::create_dir_all(dir.join("icons")).map_err(io)?;
        std::fs::write(dir.join("index.html"), "<!doctype html>").map_err(io)?;
        std::fs::write(dir.join("app-0123456789abcdef.css"), "body{}").map_err(io)?;
        std::fs::write(dir.join("icons/icon.svg"), "<svg/>").map_err(io)?;
        Ok(dir)
    }

    #[test]
    fn a_deep_link_gets_index_html() -> Result<(), String> {
        let response = respond(&dist("deep-link")?, "GET /plans HTTP/1.1\r\n");
        assert_eq!(response.status, 200);
        assert_eq!(response.body, b"<!doctype html>");
        assert_eq!(response.cache_control, "no-cache");
        Ok(())
    }

    #[test]
    fn a_missing_file_is_not_found_rather_than_index_html() -> Result<(), String> {
        let dist = dist("missing")?;
        assert_eq!(respond(&dist, "GET /missing.js HTTP/1.1").status, 404);
        Ok(())
    }

    #[test]
    fn a_path_leaving_dist_is_refused() -> Result<(), String> {
        let dist = dist("leaving")?;
        assert_eq!(respond(&dist, "GET /../Cargo.toml HTTP/1.1").status, 400);
        assert_eq!(
            respond(&dist, "GET /icons/%2e%2e/%2e%2e/x HTTP/1.1").status,
            400
        );
        Ok(())
    }

    #[test]
    fn files_get_their_types_and_hashed_files_are_cached() -> Result<(), String> {
        let dist = dist("types")?;
        let css = respond(&dist, "GET /app-0123456789abcdef.css?v=1 HTTP/1.1");
        assert_eq!(css.content_type, "text/css; charset=utf-8");
        assert_eq!(css.cache_control, "public, max-age=31536000, immutable");
        let svg = respond(&dist, "GET /icons/icon.svg HTTP/1.1");
        assert_eq!(svg.content_type, "image/svg+xml");
        assert_eq!(svg.cache_control, "no-cache");
        Ok(())
    }

    #[test]
    fn wasm_and_javascript_have_the_types_browsers_require() {
        let wasm = "cares_web-0123456789abcdef_bg.wasm";
        assert_eq!(content_type(wasm), "application/wasm");
        assert_eq!(cache_control(wasm), "public, max-age=31536000, immutable");
        assert_eq!(content_type("sw.js"), "text/javascript; charset=utf-8");
        assert_eq!(cache_control("sw.js"), "no-cache");
        assert_eq!(cache_control("index.html"), "no-cache");
    }

    #[test]
    fn only_get_and_head_are_answered() -> Result<(), String> {
        let dist = dist("methods")?;
        assert_eq!(respond(&dist, "POST / HTTP/1.1").status, 405);
        assert_eq!(respond(&dist, "HEAD / HTTP/1.1").status, 200);
        assert_eq!(respond(&dist, "").status, 400);
        Ok(())
    }

    #[test]
    fn a_running_server_answers_over_tcp_and_stops() -> Result<(), String> {
        use std::io::Read;
        let server = StaticServer::start(&dist("tcp")?, 0, Log::Errors)?;
        let mut stream = TcpStream::connect(server.address).map_err(|e| e.to_string())?;
        stream
            .write_all(b"GET /about HTTP/1.1\r\nHost: x\r\n\r\n")
            .map_err(|e| e.to_string())?;
        let mut reply = String::new();
        stream
            .read_to_string(&mut reply)
            .map_err(|e| e.to_string())?;
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(reply.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(reply.ends_with("<!doctype html>"));
        server.stop();
        Ok(())
    }
}
