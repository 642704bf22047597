//! What a phone downloads: the web app's files as the build compressed them (brotli
//! when the browser accepts it, else gzip, else the plain file), each decoding to the
//! exact file, with `Vary: Accept-Encoding` so no cache hands one browser's copy to
//! another; and the API's larger JSON answers compressed on the way out.

mod support;

use std::io::{Read, Write};
use std::path::Path;

use cares_core::document::{Content, Document};
use cares_core::edits::Edit;
use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use support::{Reply, TestServer, databases, request};

const WASM: &str = "cares_web-0123456789abcdef_bg.wasm";

/// A stand-in for the build's output: `name` and its `.br` and `.gz` beside it.
fn write_compressed(dist: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dist.join(name), bytes).expect("file");
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes).expect("brotli");
    }
    std::fs::write(dist.join(format!("{name}.br")), br).expect(".br");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("gzip");
    std::fs::write(dist.join(format!("{name}.gz")), gz.finish().expect("gzip")).expect(".gz");
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("decodes as brotli");
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("decodes as gzip");
    out
}

/// A wasm-like file: not all alike, but with the repeats real code has.
fn wasm_bytes() -> Vec<u8> {
    let mut bytes = b"\0asm\x01\0\0\0".to_vec();
    for i in 0..20_000_u32 {
        bytes.extend_from_slice(&(i % 251).to_le_bytes());
    }
    bytes
}

async fn fetch(addr: std::net::SocketAddr, path: &str, accept: Option<&str>) -> Reply {
    let headers: Vec<(&str, &str)> = accept.map(|a| ("Accept-Encoding", a)).into_iter().collect();
    request(addr, "GET", path, &headers, None).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_is_sent_compressed_as_the_browser_asks() {
    for db in databases("compression") {
        let wasm = wasm_bytes();
        let index = "<!doctype html><title>cares</title>".repeat(40);
        write_compressed(&db.dist(), WASM, &wasm);
        write_compressed(&db.dist(), "index.html", index.as_bytes());
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let path = format!("/{WASM}");

        let br = fetch(addr, &path, Some("gzip, deflate, br")).await;
        assert_eq!(br.status, 200);
        assert_eq!(br.header("content-encoding"), Some("br"), "brotli first");
        assert_eq!(br.header("content-type"), Some("application/wasm"));
        assert!(br.bytes.len() < wasm.len() / 2, "{} bytes", br.bytes.len());
        assert_eq!(unbrotli(&br.bytes), wasm);

        let gz = fetch(addr, &path, Some("gzip")).await;
        assert_eq!(gz.header("content-encoding"), Some("gzip"));
        assert_eq!(gz.header("content-type"), Some("application/wasm"));
        assert_eq!(ungzip(&gz.bytes), wasm);

        let plain = fetch(addr, &path, None).await;
        assert_eq!(plain.header("content-encoding"), None);
        assert_eq!(plain.bytes, wasm);

        for reply in [&br, &gz, &plain] {
            assert_eq!(reply.header("vary"), Some("accept-encoding"));
            assert_eq!(
                reply.header("cache-control"),
                Some("public, max-age=31536000, immutable")
            );
        }

        // A page address gets index.html, compressed too, and checked on every load.
        let page = fetch(addr, "/plans", Some("br")).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.header("content-encoding"), Some("br"));
        assert_eq!(
            page.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(page.header("cache-control"), Some("no-cache"));
        assert_eq!(page.header("vary"), Some("accept-encoding"));
        assert_eq!(unbrotli(&page.bytes), index.as_bytes());
        // Without the phone's entry in the build, /join is the app's page too.
        let join = fetch(addr, "/join?code=K7P2QX", Some("br")).await;
        assert_eq!(unbrotli(&join.bytes), index.as_bytes());
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_opening_the_qr_code_gets_the_small_join_page() {
    for db in databases("compression-join") {
        let index = "<!doctype html><title>cares</title>".repeat(40);
        let join = "<!doctype html><title>cares: join</title>".repeat(40);
        write_compressed(&db.dist(), "index.html", index.as_bytes());
        write_compressed(&db.dist(), "join.html", join.as_bytes());
        let server = TestServer::start(&db).await;
        for path in ["/join?code=K7P2QX", "/join", "/join/"] {
            let page = fetch(server.addr, path, Some("br")).await;
            assert_eq!(page.status, 200, "{path}");
            assert_eq!(page.header("content-encoding"), Some("br"), "{path}");
            assert_eq!(page.header("cache-control"), Some("no-cache"), "{path}");
            assert_eq!(unbrotli(&page.bytes), join.as_bytes(), "{path}");
        }
        // Every other page is the whole app's.
        for path in ["/", "/plans", "/board/7f0c", "/joined"] {
            let page = fetch(server.addr, path, Some("br")).await;
            assert_eq!(unbrotli(&page.bytes), index.as_bytes(), "{path}");
        }
        server.stop().await;
    }
}

/// A plan with enough actions that its JSON is several kilobytes.
fn plan_document() -> Document {
    let plan = PlanId::from_u128(1);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    );
    let me = ReplicaId::from_u128(1);
    doc.apply(
        me,
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(
                plan,
                "Maltby action plan",
                PlanScope::Locality {
                    name: "Maltby".into(),
                },
            )),
        },
    )
    .expect("applies");
    for n in 0..20 {
        let action = Action::new(
            ActionId::from_u128(100 + n),
            format!("Open a carers' café in the library, week {n}"),
        );
        doc.apply(
            me,
            Edit::AddAction {
                plan,
                action: Box::new(action),
                after: None,
            },
        )
        .expect("applies");
    }
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_json_answers_are_compressed_and_small_ones_are_not() {
    for db in databases("json-compression") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let doc = plan_document();
        let json = doc.to_json();
        assert!(json.len() > 4_000, "the plan is {} bytes", json.len());
        let shared = request(
            addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "application/json")],
            Some(json.as_bytes()),
        )
        .await;
        assert_eq!(shared.status, 201, "{}", shared.body);
        let token = shared.json()["token"].as_str().expect("token").to_owned();
        let bearer = format!("Bearer {token}");
        let path = format!("/api/documents/{}", doc.id());

        let reply = request(
            addr,
            "GET",
            &path,
            &[("Authorization", &bearer), ("Accept-Encoding", "br")],
            None,
        )
        .await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("content-encoding"), Some("br"));
        assert_eq!(reply.header("content-type"), Some("application/json"));
        let whole = Document::from_json(&unbrotli(&reply.bytes)).expect("the plan");
        assert_eq!(whole.content(), doc.content());

        let health = fetch(addr, "/api/health", Some("br")).await;
        assert_eq!(health.status, 200);
        assert_eq!(health.header("content-encoding"), None, "{}", health.body);
        server.stop().await;
    }
}
