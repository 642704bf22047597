//! A real OpenID Connect provider for the tests (panva's `oidc-provider` from npm,
//! run with Node from `tests/oidc/provider.mjs`), and a browser that signs in
//! through it: it follows the redirects, keeps cookies, and fills in the provider's
//! own login and consent pages, as a facilitator would.

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use cares_server::oidc::OidcConfig;

use super::{Reply, WAIT};

/// The provider, running; stopped when dropped.
#[derive(Debug)]
pub struct Provider {
    child: Child,
    pub issuer: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nobody is using just now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn provider_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc")
}

impl Provider {
    /// Installs `oidc-provider` from npm if it is not there yet, and starts it on a
    /// free port, for a cares-server reached at `server`.
    pub fn start(server: SocketAddr) -> Provider {
        let dir = provider_dir();
        if !dir.join("node_modules/oidc-provider").exists() {
            let installed = Command::new("npm")
                .args(["install", "--no-audit", "--no-fund"])
                .current_dir(&dir)
                .status()
                .expect("npm runs (Node and npm are needed for the sign-in tests)");
            assert!(installed.success(), "npm install of oidc-provider failed");
        }
        let port = free_port();
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .arg(port.to_string())
            .arg(format!("http://{server}/api/sign-in/callback"))
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line == "ready" {
                    let _ = tx.send(());
                }
            }
        });
        rx.recv_timeout(WAIT).expect("the identity provider starts");
        Provider {
            child,
            issuer: format!("http://127.0.0.1:{port}"),
        }
    }

    /// How a cares-server at `server` signs people in here.
    pub fn config(&self, server: SocketAddr) -> OidcConfig {
        OidcConfig {
            issuer: self.issuer.clone(),
            client_id: "cares".to_owned(),
            client_secret: Some("cares-test-secret".to_owned()),
            public_url: format!("http://{server}"),
        }
    }
}

/// What the browser saw on its way through the sign-in.
#[derive(Debug)]
pub struct SignedIn {
    /// Where `GET /api/sign-in` sent it (the provider's authorization address).
    pub authorize: String,
    /// The address the provider sent it back to (`/api/sign-in/callback?code…`).
    pub callback: String,
}

/// The provider's page's form: where it posts, and its hidden fields.
fn form(html: &str) -> (String, Vec<(String, String)>) {
    let action = html
        .split("action=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no form on the provider's page: {html}"))
        .to_owned();
    let hidden = html
        .split("<input")
        .skip(1)
        .filter(|input| input.contains("type=\"hidden\""))
        .filter_map(|input| {
            let attr = |name: &str| {
                input
                    .split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .map(str::to_owned)
            };
            Some((attr("name")?, attr("value")?))
        })
        .collect();
    (action, hidden)
}

/// Signs in through the provider as a facilitator would, up to (not including) the
/// provider sending the browser back to the server: the test makes that last
/// request itself, to see the server's answer.
pub async fn sign_in(server: SocketAddr, provider: &Provider) -> SignedIn {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let callback_path = "/api/sign-in/callback";
    let browser = reqwest::Client::builder()
        .cookie_provider(Arc::clone(&jar))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.url().path() == callback_path {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }))
        .build()
        .expect("a browser");
    let start = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client")
        .get(format!("http://{server}/api/sign-in"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(start.status().as_u16(), 302, "GET /api/sign-in");
    let authorize = start
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location")
        .to_owned();
    assert!(authorize.starts_with(&provider.issuer), "{authorize}");

    // The provider's login page, then its consent page.
    let mut page = browser
        .get(&authorize)
        .send()
        .await
        .expect("the provider answers");
    for (step, fields) in [
        ("login", vec![("login", "facilitator"), ("password", "any")]),
        ("consent", vec![]),
    ] {
        assert_eq!(page.status().as_u16(), 200, "the provider's {step} page");
        let html = page.text().await.expect("a page");
        let (action, hidden) = form(&html);
        let mut body: Vec<(String, String)> = hidden;
        body.extend(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        if !body.iter().any(|(k, _)| k == "prompt") {
            body.push(("prompt".to_owned(), step.to_owned()));
        }
        let action = if action.starts_with("http") {
            action
        } else {
            format!("{}{action}", provider.issuer)
        };
        page = browser
            .post(action)
            .form(&body)
            .send()
            .await
            .expect("the provider answers");
        if page.status().is_redirection() {
            break;
        }
    }
    assert!(
        page.status().is_redirection(),
        "the provider sends the browser back"
    );
    let callback = page
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location")
        .to_owned();
    assert!(
        callback.starts_with(&format!("http://{server}{callback_path}")),
        "{callback}"
    );
    SignedIn {
        authorize,
        callback,
    }
}

/// The callback's path and query, to request from the server.
pub fn path_of(url: &str) -> String {
    let after_scheme = url.split("://").nth(1).unwrap_or(url);
    after_scheme
        .find('/')
        .map_or("/".to_owned(), |i| after_scheme[i..].to_owned())
}

/// The sign-in cookie a callback answer set, as `name=value`.
pub fn cookie_of(reply: &Reply) -> Option<String> {
    reply
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, v)| v.split(';').next().unwrap_or_default().to_owned())
        .find(|c| c.starts_with("cares_sign_in="))
}
