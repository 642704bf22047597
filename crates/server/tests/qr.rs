//! The QR picture of a join address: drawn for a well-formed code (however it was
//! typed), pointing at this server's own `/join?code=…`, and refused otherwise.

mod support;

use support::{TestServer, databases, get};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_join_qr_code_points_at_this_servers_join_page() {
    for db in databases("qr") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let created = support::create_session(addr).await;

        let typed = created.code.to_lowercase();
        let reply = get(addr, &format!("/api/qr/join.svg?code={typed}"), None).await;
        assert_eq!(reply.status, 200, "{}: {}", db.name, reply.body);
        assert_eq!(reply.header("content-type"), Some("image/svg+xml"));
        let expected = cares_server::qr::svg(&format!("http://{addr}/join?code={}", created.code))
            .expect("a picture");
        assert_eq!(
            reply.body, expected,
            "the code is read as the board shows it"
        );

        let behind_proxy = support::request(
            addr,
            "GET",
            &format!("/api/qr/join.svg?code={}", created.code),
            &[("X-Forwarded-Proto", "https")],
            None,
        )
        .await;
        let expected = cares_server::qr::svg(&format!("https://{addr}/join?code={}", created.code))
            .expect("a picture");
        assert_eq!(behind_proxy.body, expected);

        for bad in [
            "",
            "?code=",
            "?code=%3Cscript%3E",
            "?code=K7P2QXX",
            "?nope=1",
        ] {
            let reply = get(addr, &format!("/api/qr/join.svg{bad}"), None).await;
            assert_eq!(reply.status, 400, "{bad}: {}", reply.body);
            assert!(!reply.error().is_empty());
        }
        server.stop().await;
    }
}
