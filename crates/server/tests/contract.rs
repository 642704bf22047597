//! The contract between the server and its descriptions, `docs/api/openapi.yaml`
//! (HTTP) and `docs/api/live.asyncapi.yaml` (the live WebSocket): every route the
//! server has is described, and every described route, asked for real (on SQLite,
//! and PostgreSQL when `CARES_TEST_POSTGRES_URL` is set), answers a status the
//! description lists, with a body that fits the schema it gives.
//!
//! The schemas are checked by [`Schemas`], a small checker of the JSON Schema the
//! descriptions and `cares-document.v2.json` use: `$ref` (within a file and to
//! another file), `type`, `enum`, `const`, `properties`, `required`,
//! `additionalProperties`, `items`, `oneOf`, `anyOf`, `allOf`, `minLength`,
//! `maxLength`, `minimum`, `maximum`, `minItems`, `maxItems` and `pattern`;
//! annotations (`description`, `format`, `examples`…) are not checked. A schema
//! with any other keyword fails the test, so the subset cannot grow unnoticed.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use cares_core::coproduction::Phase;
use cares_core::document::{Content, Document};
use cares_core::edits::{Edit, SessionStep, StampedEdit};
use cares_core::ids::{ActionId, ContributionId, DocumentId, ParticipantId, PlanId, SessionId};
use cares_core::plan::{Action, ActionPlan, PlanScope};
use cares_server::limits::{BucketSpec, Limits};
use serde_json::{Value, json};
use support::{Live, Refused, Reply, TestServer, TokenIn, databases, get, post_json, request};

/// Where the descriptions are, from this crate.
fn api_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/api")
}

/// JSON or YAML files, read once, and the schemas in them.
#[derive(Default)]
struct Schemas {
    files: HashMap<PathBuf, Value>,
}

/// Keywords that only describe; the checker does not check them.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "default",
    "examples",
    "format",
    "$id",
    "$schema",
    "$defs",
    "$comment",
    "deprecated",
];

impl Schemas {
    fn file(&mut self, path: &Path) -> Value {
        let path = path
            .canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if let Some(v) = self.files.get(&path) {
            return v.clone();
        }
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: Value = if path.extension().is_some_and(|e| e == "json") {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        } else {
            serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        self.files.insert(path, value.clone());
        value
    }

    /// What a `$ref` in `file` points at, and the file it is in.
    fn resolve(&mut self, file: &Path, reference: &str) -> (PathBuf, Value) {
        let (target, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let target = if target.is_empty() {
            file.to_path_buf()
        } else {
            file.parent().unwrap_or(Path::new(".")).join(target)
        };
        let whole = self.file(&target);
        let found = whole
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{reference} (from {}) points at nothing", file.display()))
            .clone();
        (target, found)
    }

    /// Every way `value` does not fit `schema` (found in `file`), each with its JSON path.
    fn check(&mut self, file: &Path, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let mut wrong = Vec::new();
        let Some(keywords) = schema.as_object() else {
            if schema == &Value::Bool(false) {
                wrong.push(format!("{at}: nothing is allowed here"));
            }
            return wrong;
        };
        for (keyword, rule) in keywords {
            match keyword.as_str() {
                "$ref" => {
                    let reference = rule.as_str().expect("$ref is text");
                    let (target, inner) = self.resolve(file, reference);
                    wrong.extend(self.check(&target, &inner, value, at));
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                        other => vec![other.as_str().expect("type is text")],
                    };
                    if !types.iter().any(|t| is_type(value, t)) {
                        wrong.push(format!("{at}: {value} is not {}", types.join(" or ")));
                    }
                }
                "enum" => {
                    if !rule.as_array().expect("enum").contains(value) {
                        wrong.push(format!("{at}: {value} is not one of {rule}"));
                    }
                }
                "const" => {
                    if rule != value {
                        wrong.push(format!("{at}: {value} is not {rule}"));
                    }
                }
                "properties" => {
                    if let Some(object) = value.as_object() {
                        for (name, inner) in rule.as_object().expect("properties") {
                            if let Some(v) = object.get(name) {
                                wrong.extend(self.check(file, inner, v, &format!("{at}.{name}")));
                            }
                        }
                    }
                }
                "required" => {
                    if let Some(object) = value.as_object() {
                        for name in rule.as_array().expect("required") {
                            let name = name.as_str().expect("a name");
                            if !object.contains_key(name) {
                                wrong.push(format!("{at}: {name} is missing"));
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let Some(object) = value.as_object() {
                        let known = keywords.get("properties").and_then(Value::as_object);
                        for (name, v) in object {
                            if known.is_some_and(|k| k.contains_key(name)) {
                                continue;
                            }
                            if rule == &Value::Bool(false) {
                                wrong.push(format!("{at}: {name} is not described"));
                            } else {
                                wrong.extend(self.check(file, rule, v, &format!("{at}.{name}")));
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(items) = value.as_array() {
                        for (i, v) in items.iter().enumerate() {
                            wrong.extend(self.check(file, rule, v, &format!("{at}[{i}]")));
                        }
                    }
                }
                "oneOf" | "anyOf" | "allOf" => {
                    let fits = rule
                        .as_array()
                        .expect("a list of schemas")
                        .iter()
                        .filter(|inner| self.check(file, inner, value, at).is_empty())
                        .count();
                    let count = rule.as_array().map_or(0, Vec::len);
                    let ok = match keyword.as_str() {
                        "oneOf" => fits == 1,
                        "anyOf" => fits >= 1,
                        _ => fits == count,
                    };
                    if !ok {
                        wrong.push(format!(
                            "{at}: {value} fits {fits} of the {keyword} schemas"
                        ));
                    }
                }
                "minLength" | "maxLength" | "minItems" | "maxItems" | "minimum" | "maximum" => {
                    // What the bound measures: characters, items or the number itself.
                    let measured = match keyword.as_str() {
                        "minLength" | "maxLength" => {
                            value.as_str().map(|t| t.chars().count() as f64)
                        }
                        "minItems" | "maxItems" => value.as_array().map(|a| a.len() as f64),
                        _ => value.as_f64(),
                    };
                    let limit = rule.as_f64().expect("a bound is a number");
                    if let Some(n) = measured
                        && ((keyword.starts_with("min") && n < limit)
                            || (keyword.starts_with("max") && n > limit))
                    {
                        wrong.push(format!("{at}: {value} is outside {keyword} {limit}"));
                    }
                }
                "pattern" => {
                    if let Some(text) = value.as_str() {
                        let pattern = regex::Regex::new(rule.as_str().expect("a pattern"))
                            .unwrap_or_else(|e| panic!("{at}: {e}"));
                        if !pattern.is_match(text) {
                            wrong.push(format!("{at}: {text:?} does not match {rule}"));
                        }
                    }
                }
                other if ANNOTATIONS.contains(&other) => {}
                other => panic!(
                    "{at}: the contract test's checker does not know the keyword {other} (in {})",
                    file.display()
                ),
            }
        }
        wrong
    }

    /// Panics, naming `what`, unless `value` fits.
    fn assert_fits(&mut self, file: &Path, schema: &Value, value: &Value, what: &str) {
        let wrong = self.check(file, schema, value, "$");
        assert!(wrong.is_empty(), "{what}: {value}\n{}", wrong.join("\n"));
    }
}

fn is_type(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

/// The HTTP description, and which (operation, status) pairs the test has seen.
struct OpenApi {
    file: PathBuf,
    doc: Value,
    schemas: Schemas,
    seen: BTreeSet<(String, String, u16)>,
}

impl OpenApi {
    fn load() -> OpenApi {
        let mut schemas = Schemas::default();
        let file = api_dir().join("openapi.yaml");
        let doc = schemas.file(&file);
        let file = file.canonicalize().expect("the description exists");
        OpenApi {
            file,
            doc,
            schemas,
            seen: BTreeSet::new(),
        }
    }

    /// Every (method, path template) described.
    fn operations(&self) -> BTreeSet<(String, String)> {
        let paths = self.doc["paths"].as_object().expect("paths");
        paths
            .iter()
            .flat_map(|(path, item)| {
                item.as_object()
                    .expect("a path item")
                    .keys()
                    .filter(|k| ["get", "post", "put", "patch", "delete"].contains(&k.as_str()))
                    .map(move |m| (m.to_uppercase(), path.clone()))
            })
            .collect()
    }

    /// Checks that a body the server accepted fits the operation's request schema.
    fn takes(&mut self, method: &str, path: &str, body: &Value) {
        let schema = self.doc["paths"][path][method.to_lowercase()]["requestBody"]["content"]
            ["application/json"]["schema"]
            .clone();
        assert!(schema.is_object(), "{method} {path} describes no JSON body");
        let file = self.file.clone();
        let what = format!("the body of {method} {path}");
        self.schemas.assert_fits(&file, &schema, body, &what);
    }

    /// Checks that `reply` is an answer the description gives for this operation.
    fn answers(&mut self, method: &str, path: &str, reply: &Reply) {
        let operation = &self.doc["paths"][path][method.to_lowercase()];
        assert!(operation.is_object(), "{method} {path} is not described");
        let status = reply.status.to_string();
        let mut response = operation["responses"][&status].clone();
        assert!(
            response.is_object(),
            "{method} {path} answered {status}, which the description does not list: {}",
            reply.body
        );
        if let Some(reference) = response["$ref"].as_str() {
            response = self.schemas.resolve(&self.file, reference).1;
        }
        let what = format!("{method} {path} {status}");
        for (name, header) in response["headers"].as_object().into_iter().flatten() {
            let header = match header["$ref"].as_str() {
                Some(reference) => self.schemas.resolve(&self.file, reference).1,
                None => header.clone(),
            };
            let value = reply.header(name);
            if header["required"] == true || name.eq_ignore_ascii_case("WWW-Authenticate") {
                assert!(value.is_some(), "{what}: no {name} header");
            }
            if let Some(value) = value {
                let as_json =
                    serde_json::from_str::<Value>(value).unwrap_or(Value::String(value.into()));
                let file = self.file.clone();
                self.schemas.assert_fits(
                    &file,
                    &header["schema"],
                    &as_json,
                    &format!("{what} {name}"),
                );
            }
        }
        let content = response["content"].as_object().cloned().unwrap_or_default();
        if content.is_empty() {
            assert!(
                reply.body.is_empty(),
                "{what}: a body not described: {}",
                reply.body
            );
        }
        for (media, described) in content {
            let sent = reply.header("content-type").unwrap_or_default();
            assert!(
                sent.starts_with(&media),
                "{what}: sent {sent}, described {media}"
            );
            if media == "application/json" {
                let file = self.file.clone();
                self.schemas
                    .assert_fits(&file, &described["schema"], &reply.json(), &what);
            }
        }
        self.seen
            .insert((method.to_owned(), path.to_owned(), reply.status));
    }
}

/// The router's API routes, as the server lists them.
fn served() -> BTreeSet<(String, String)> {
    cares_server::routes()
        .into_iter()
        .map(|(m, p)| (m.to_owned(), p.to_owned()))
        .collect()
}

#[test]
fn every_route_the_server_has_is_described_and_nothing_more() {
    let described = OpenApi::load().operations();
    let served = served();
    let undescribed: Vec<_> = served.difference(&described).collect();
    let unserved: Vec<_> = described.difference(&served).collect();
    assert!(
        undescribed.is_empty(),
        "routes not in openapi.yaml: {undescribed:?}"
    );
    assert!(
        unserved.is_empty(),
        "described but not served: {unserved:?}"
    );
}

fn shared_plan() -> Document {
    let plan = PlanId::from_u128(1);
    let mut doc = Document::from_content(
        DocumentId::from_uuid(support::uuid_v4()),
        Content::new("Maltby carers"),
    );
    let me = cares_core::ids::ReplicaId::from_uuid(support::uuid_v4());
    let scope = PlanScope::Locality {
        name: "Maltby".into(),
    };
    for edit in [
        Edit::AddPlan {
            plan: Box::new(ActionPlan::new(plan, "Maltby action plan", scope)),
        },
        Edit::AddAction {
            plan,
            action: Box::new(Action::new(ActionId::from_u128(2), "Open a carers' café")),
            after: None,
        },
    ] {
        doc.apply(me, edit).expect("applies");
    }
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_described_route_answers_as_described() {
    for db in databases("contract") {
        // With a real identity provider, so signing in is asked for too.
        let addr: std::net::SocketAddr = format!("127.0.0.1:{}", support::oidc::free_port())
            .parse()
            .expect("an address");
        let provider = support::oidc::Provider::start(addr);
        let server = TestServer::start_configured(&db, |config| {
            config.addr = addr;
            config.oidc = Some(provider.config(addr));
        })
        .await;
        let mut api = OpenApi::load();
        let json_type = ("Content-Type", "application/json");

        // Health.
        api.answers("GET", "/api/health", &get(addr, "/api/health", None).await);
        let wrong = request(addr, "POST", "/api/health", &[json_type], Some(b"{}")).await;
        api.answers("GET", "/api/health", &wrong);
        assert_eq!(wrong.status, 405, "{}", wrong.body);

        // Sessions.
        let sessions = "/api/sessions";
        let created = post_json(addr, sessions, None, &support::session_body("Carers")).await;
        api.answers("POST", sessions, &created);
        assert_eq!(created.status, 201, "{}", created.body);
        api.takes("POST", sessions, &support::session_body("Carers"));
        let created = created.json();
        let text = |k: &str| created[k].as_str().expect(k).to_owned();
        let (session, document, code) = (text("session"), text("document"), text("code"));
        let (facilitator, board) = (text("facilitator_token"), text("board_token"));
        let no_votes = json!({ "title": "Carers", "date": "2024-05-14", "votes_per_person": 0 });
        let refused = post_json(addr, sessions, None, &no_votes).await;
        api.answers("POST", sessions, &refused);
        assert_eq!(refused.status, 422, "{}", refused.body);
        let not_json = request(addr, "POST", sessions, &[], Some(b"title=x")).await;
        api.answers("POST", sessions, &not_json);
        assert_eq!(not_json.status, 415, "{}", not_json.body);
        let huge = json!({ "title": "x".repeat(17 * 1024) });
        let too_large = post_json(addr, sessions, None, &huge).await;
        api.answers("POST", sessions, &too_large);
        assert_eq!(too_large.status, 413, "{}", too_large.body);

        // Checking a code and joining.
        let check = "/api/join/check";
        let found = post_json(addr, check, None, &json!({ "code": code })).await;
        api.answers("POST", check, &found);
        assert_eq!(found.status, 200, "{}", found.body);
        api.takes("POST", check, &json!({ "code": code }));
        let other = if code == "ZZZZZZ" { "YYYYYY" } else { "ZZZZZZ" };
        let missing = post_json(addr, check, None, &json!({ "code": other })).await;
        api.answers("POST", check, &missing);
        assert_eq!(missing.status, 404, "{}", missing.body);
        let joined = post_json(
            addr,
            "/api/join",
            None,
            &json!({ "code": code, "pseudonym": "Sam" }),
        )
        .await;
        api.answers("POST", "/api/join", &joined);
        assert_eq!(joined.status, 200, "{}", joined.body);
        api.takes(
            "POST",
            "/api/join",
            &json!({ "code": code, "pseudonym": "Sam" }),
        );
        let participant = joined.json()["token"].as_str().expect("token").to_owned();
        let long = json!({ "code": code, "pseudonym": "x".repeat(41) });
        let too_long = post_json(addr, "/api/join", None, &long).await;
        api.answers("POST", "/api/join", &too_long);
        assert_eq!(too_long.status, 422, "{}", too_long.body);

        // The live connection, over HTTP: a request that is not an upgrade, an
        // editor's token, and a real upgrade (its messages are the other test's).
        let live = "/api/sessions/{id}/live";
        let at = format!("/api/sessions/{session}/live");
        let plain = get(addr, &at, Some(&participant)).await;
        api.answers("GET", live, &plain);
        assert_eq!(plain.status, 426, "{}", plain.body);
        let nowhere = get(addr, "/api/sessions/not-a-session/live", None).await;
        api.answers("GET", live, &nowhere);
        assert_eq!(nowhere.status, 404, "{}", nowhere.body);
        let opened = Live::connect(addr, &session, &participant).await;
        opened.close().await;
        api.seen.insert(("GET".into(), live.into(), 101));

        // Sharing a plan.
        let documents = "/api/documents";
        let plan = shared_plan();
        let upload = |body: Vec<u8>| async move {
            request(addr, "POST", "/api/documents", &[json_type], Some(&body)).await
        };
        let shared = upload(plan.to_json().into_bytes()).await;
        api.answers("POST", documents, &shared);
        assert_eq!(shared.status, 201, "{}", shared.body);
        let whole_plan: Value = serde_json::from_str(&plan.to_json()).expect("JSON");
        api.takes("POST", documents, &whole_plan);
        let editor = shared.json()["token"].as_str().expect("token").to_owned();
        let again = upload(plan.to_json().into_bytes()).await;
        api.answers("POST", documents, &again);
        assert_eq!(again.status, 409, "{}", again.body);
        let broken = upload(b"{".to_vec()).await;
        api.answers("POST", documents, &broken);
        assert_eq!(broken.status, 400, "{}", broken.body);

        // Pushing and pulling edits.
        let edits = "/api/documents/{id}/edits";
        let plan_edits = format!("/api/documents/{}/edits", plan.id());
        let stamped = StampedEdit {
            replica: cares_core::ids::ReplicaId::from_uuid(support::uuid_v4()),
            seq: 1,
            clock: 10,
            edit: Edit::AddAction {
                plan: PlanId::from_u128(1),
                action: Box::new(Action::new(ActionId::from_u128(3), "A carers' drop-in")),
                after: None,
            },
        };
        let body = json!({ "edits": [stamped] });
        let pushed = post_json(addr, &plan_edits, Some(&editor), &body).await;
        api.answers("POST", edits, &pushed);
        assert_eq!(pushed.status, 200, "{}", pushed.body);
        api.takes("POST", edits, &body);
        assert_eq!(
            pushed.json()["results"][0]["status"],
            "saved",
            "{}",
            pushed.body
        );
        let twice = post_json(addr, &plan_edits, Some(&editor), &body).await;
        api.answers("POST", edits, &twice);
        assert_eq!(
            twice.json()["results"][0]["status"],
            "duplicate",
            "{}",
            twice.body
        );
        let anonymous = post_json(addr, &plan_edits, None, &body).await;
        api.answers("POST", edits, &anonymous);
        assert_eq!(anonymous.status, 401, "{}", anonymous.body);
        let session_edits = format!("/api/documents/{document}/edits");
        let board_push =
            post_json(addr, &session_edits, Some(&board), &json!({ "edits": [] })).await;
        api.answers("POST", edits, &board_push);
        assert_eq!(board_push.status, 403, "{}", board_push.body);

        let pulled = get(addr, &format!("{plan_edits}?after=0"), Some(&editor)).await;
        api.answers("GET", edits, &pulled);
        assert_eq!(pulled.status, 200, "{}", pulled.body);
        assert_eq!(
            pulled.json()["edits"].as_array().map(Vec::len),
            Some(3),
            "{}",
            pulled.body
        );
        let phone_pull = get(addr, &session_edits, Some(&participant)).await;
        api.answers("GET", edits, &phone_pull);
        assert_eq!(phone_pull.status, 200, "{}", phone_pull.body);
        let garbled = get(addr, &format!("{plan_edits}?since=soon"), Some(&editor)).await;
        api.answers("GET", edits, &garbled);
        assert_eq!(garbled.status, 400, "{}", garbled.body);
        let elsewhere = get(addr, &session_edits, Some(&editor)).await;
        api.answers("GET", edits, &elsewhere);
        assert_eq!(elsewhere.status, 403, "{}", elsewhere.body);

        // The whole document: a shared plan's and a session's, each fitting the
        // document schema, and refused to a participant.
        let whole = "/api/documents/{id}";
        for (id, token) in [
            (plan.id().to_string(), &editor),
            (document.clone(), &facilitator),
        ] {
            let reply = get(addr, &format!("/api/documents/{id}"), Some(token)).await;
            api.answers("GET", whole, &reply);
            assert_eq!(reply.status, 200, "{}", reply.body);
        }
        let phone = get(
            addr,
            &format!("/api/documents/{document}"),
            Some(&participant),
        )
        .await;
        api.answers("GET", whole, &phone);
        assert_eq!(phone.status, 403, "{}", phone.body);
        let no_such = get(addr, "/api/documents/nothing", Some(&editor)).await;
        api.answers("GET", whole, &no_such);
        assert_eq!(no_such.status, 404, "{}", no_such.body);

        // Stopping sharing: a session is not deleted this way; a plan is, once.
        let delete = |id: String, token: String| async move {
            let bearer = format!("Bearer {token}");
            let path = format!("/api/documents/{id}");
            request(addr, "DELETE", &path, &[("Authorization", &bearer)], None).await
        };
        let session_kept = delete(document.clone(), facilitator.clone()).await;
        api.answers("DELETE", whole, &session_kept);
        assert_eq!(session_kept.status, 403, "{}", session_kept.body);
        let stopped = delete(plan.id().to_string(), editor.clone()).await;
        api.answers("DELETE", whole, &stopped);
        assert_eq!(stopped.status, 204, "{}", stopped.body);
        let gone = get(
            addr,
            &format!("/api/documents/{}", plan.id()),
            Some(&editor),
        )
        .await;
        api.answers("GET", whole, &gone);
        assert_eq!(gone.status, 404, "{}", gone.body);
        let again = delete(plan.id().to_string(), editor.clone()).await;
        api.answers("DELETE", whole, &again);
        assert_eq!(again.status, 404, "{}", again.body);

        // The QR picture.
        let qr = "/api/qr/join.svg";
        let picture = get(addr, &format!("{qr}?code={code}"), None).await;
        api.answers("GET", qr, &picture);
        assert_eq!(picture.status, 200, "{}", picture.body);
        assert!(picture.body.starts_with("<svg "), "{}", picture.body);
        let not_a_code = get(addr, &format!("{qr}?code=nope"), None).await;
        api.answers("GET", qr, &not_a_code);
        assert_eq!(not_a_code.status, 400, "{}", not_a_code.body);

        // Signing in through the identity provider.
        let signed = support::oidc::sign_in(addr, &provider).await;
        let to_provider = get(addr, "/api/sign-in", None).await;
        api.answers("GET", "/api/sign-in", &to_provider);
        assert_eq!(to_provider.status, 302, "{}", to_provider.body);
        let posted = request(addr, "POST", "/api/sign-in", &[json_type], Some(b"{}")).await;
        api.answers("GET", "/api/sign-in", &posted);
        assert_eq!(posted.status, 405, "{}", posted.body);
        let callback = "/api/sign-in/callback";
        let back = get(addr, &support::oidc::path_of(&signed.callback), None).await;
        api.answers("GET", callback, &back);
        assert_eq!(back.status, 302, "{}", back.body);
        let used = get(addr, &support::oidc::path_of(&signed.callback), None).await;
        api.answers("GET", callback, &used);
        assert_eq!(used.status, 400, "{}", used.body);

        // The operator's figures.
        let figures = get(addr, "/metrics", None).await;
        api.answers("GET", "/metrics", &figures);
        assert_eq!(figures.status, 200, "{}", figures.body);
        let posted = request(addr, "POST", "/metrics", &[json_type], Some(b"{}")).await;
        api.answers("GET", "/metrics", &posted);
        assert_eq!(posted.status, 405, "{}", posted.body);

        // Every described operation answered at least once with success and once
        // with an error.
        for (method, path) in api.operations() {
            let statuses: Vec<u16> = api
                .seen
                .iter()
                .filter(|(m, p, _)| *m == method && *p == path)
                .map(|(_, _, s)| *s)
                .collect();
            assert!(
                statuses.iter().any(|s| *s < 400) && statuses.iter().any(|s| *s >= 400),
                "{method} {path} was asked for a success and an error; got {statuses:?}"
            );
        }
        server.stop().await;
        drop(provider);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_busy_answer_says_when_to_try_again() {
    for db in databases("contract-busy") {
        let limits = Limits {
            creations: BucketSpec::new(1, 1.0 / 3600.0),
            ..Limits::default()
        };
        let server = TestServer::start_with(&db, limits).await;
        let mut api = OpenApi::load();
        let body = support::session_body("Carers");
        let first = post_json(server.addr, "/api/sessions", None, &body).await;
        api.answers("POST", "/api/sessions", &first);
        assert_eq!(first.status, 201, "{}", first.body);
        let second = post_json(server.addr, "/api/sessions", None, &body).await;
        api.answers("POST", "/api/sessions", &second);
        assert_eq!(second.status, 429, "{}", second.body);
        let wait: u64 = second
            .header("retry-after")
            .and_then(|s| s.parse().ok())
            .expect("Retry-After in seconds");
        assert!(wait >= 1, "{wait}");
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deployment_that_asks_for_sign_in_answers_as_described() {
    for db in databases("contract-sign-in") {
        let server = TestServer::start_configured(&db, |config| {
            config.sign_in = cares_server::sign_in::SignIn::Required;
        })
        .await;
        let store = cares_server::store::Store::open(&db.url, Default::default())
            .await
            .expect("database");
        let (_id, key) = store.add_key("Maltby facilitators").await.expect("a key");
        store.close().await;
        let mut api = OpenApi::load();
        let body = support::session_body("Carers");
        let sessions = "/api/sessions";
        let refused = post_json(server.addr, sessions, None, &body).await;
        api.answers("POST", sessions, &refused);
        assert_eq!(refused.status, 401, "{}", refused.body);
        let started = post_json(server.addr, sessions, Some(key.as_str()), &body).await;
        api.answers("POST", sessions, &started);
        assert_eq!(started.status, 201, "{}", started.body);
        let plan = shared_plan().to_json();
        let share = |key: Option<String>| {
            let plan = plan.clone();
            async move {
                let bearer = key.map(|k| format!("Bearer {k}"));
                let mut headers = vec![("Content-Type", "application/json")];
                if let Some(b) = &bearer {
                    headers.push(("Authorization", b.as_str()));
                }
                request(
                    server.addr,
                    "POST",
                    "/api/documents",
                    &headers,
                    Some(plan.as_bytes()),
                )
                .await
            }
        };
        let refused = share(None).await;
        api.answers("POST", "/api/documents", &refused);
        assert_eq!(refused.status, 401, "{}", refused.body);
        let shared = share(Some(key.as_str().to_owned())).await;
        api.answers("POST", "/api/documents", &shared);
        assert_eq!(shared.status, 201, "{}", shared.body);
        server.stop().await;
    }
}

/// The live description's message payloads, by their `type`.
struct AsyncApi {
    file: PathBuf,
    schemas: Schemas,
    /// (`type`, payload schema, sent by the client).
    messages: Vec<(String, Value, bool)>,
    close_codes: Vec<u64>,
}

impl AsyncApi {
    fn load() -> AsyncApi {
        let mut schemas = Schemas::default();
        let file = api_dir()
            .join("live.asyncapi.yaml")
            .canonicalize()
            .expect("the live description exists");
        let doc = schemas.file(&file);
        let sent: Vec<String> = doc["operations"]
            .as_object()
            .expect("operations")
            .values()
            .filter(|o| o["action"] == "send")
            .flat_map(|o| o["messages"].as_array().cloned().unwrap_or_default())
            .filter_map(|m| {
                m["$ref"]
                    .as_str()
                    .map(|r| r.rsplit('/').next().unwrap_or("").to_owned())
            })
            .collect();
        let messages = doc["components"]["messages"]
            .as_object()
            .expect("messages")
            .iter()
            .map(|(key, m)| {
                let kind = m["payload"]["properties"]["type"]["const"]
                    .as_str()
                    .expect("each payload has a const type")
                    .to_owned();
                (kind, m["payload"].clone(), sent.contains(key))
            })
            .collect();
        let close_codes = doc["channels"]["live"]["x-close-codes"]
            .as_array()
            .expect("close codes")
            .iter()
            .filter_map(|c| c["code"].as_u64())
            .collect();
        AsyncApi {
            file,
            schemas,
            messages,
            close_codes,
        }
    }

    /// Checks a message against the described payload of its `type` and direction.
    fn fits(&mut self, message: &Value, from_client: bool) {
        let kind = message["type"].as_str().expect("a type");
        let payload = self
            .messages
            .iter()
            .find(|(k, _, sent)| k == kind && *sent == from_client)
            .map(|(_, p, _)| p.clone())
            .unwrap_or_else(|| {
                panic!("no {kind} message is described (from the client: {from_client})")
            });
        let file = self.file.clone();
        self.schemas
            .assert_fits(&file, &payload, message, &format!("the {kind} message"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_messages_are_as_described() {
    for db in databases("contract-live") {
        let server = TestServer::start(&db).await;
        let addr = server.addr;
        let mut live = AsyncApi::load();
        let created = support::create_session(addr).await;
        let joined = support::join(addr, &created.code, "Sam").await;
        let session = SessionId::from_uuid(support::uuid(&created.session));
        let me = ParticipantId::from_uuid(support::uuid(&joined.participant));

        let hello = json!({ "type": "hello", "after": 0 });
        live.fits(&hello, true);
        let mut phone = Live::open_with(
            addr,
            &created.session,
            &joined.token,
            hello,
            TokenIn::Subprotocol,
        )
        .await
        .expect("the phone connects");
        let welcome = phone.welcome.clone();
        live.fits(&welcome, false);
        assert_eq!(welcome["role"], "participant", "{welcome}");
        loop {
            let message = phone.next().await;
            live.fits(&message, false);
            if message["type"] == "caught-up" {
                break;
            }
        }

        // A statement of their own is saved; moving the session on is not theirs.
        let statement = phone.stamp(Edit::Session {
            session,
            step: SessionStep::AddContribution {
                contribution: ContributionId::from_u128(1),
                participant: Some(me),
                text: "More respite at weekends".into(),
            },
        });
        let sent = json!({ "type": "edit", "edit": statement });
        live.fits(&sent, true);
        phone.send_text(sent.to_string()).await;
        let ack = phone.answer_for(&statement).await;
        live.fits(&ack, false);
        assert_eq!(ack["type"], "ack", "{ack}");
        let advance = phone.stamp(Edit::Session {
            session,
            step: SessionStep::Advance { to: Phase::Group },
        });
        phone.send(&advance).await;
        let refused = phone.answer_for(&advance).await;
        live.fits(&refused, false);
        assert_eq!(refused["reason"], "forbidden", "{refused}");

        // The facilitator sees the statement pass on, in an edits message.
        let mut facilitator = Live::connect(addr, &created.session, &created.facilitator).await;
        live.fits(&facilitator.welcome.clone(), false);
        assert!(
            facilitator.welcome["code"].is_string(),
            "{}",
            facilitator.welcome
        );
        facilitator.sees(&statement).await;

        // Something unreadable gets an error message.
        phone.send_text(r#"{"type":"shout"}"#.to_owned()).await;
        let error = phone.wait_for(|v| v["type"] == "error").await;
        live.fits(&error, false);

        // An editor's token, offered in hello, is closed with a described code.
        let plan = shared_plan();
        let shared = request(
            addr,
            "POST",
            "/api/documents",
            &[("Content-Type", "application/json")],
            Some(plan.to_json().as_bytes()),
        )
        .await;
        let editor = shared.json()["token"].as_str().expect("token").to_owned();
        let refused = Live::open(addr, &created.session, &editor, 0, TokenIn::Hello).await;
        let Err(Refused::Closed(code)) = refused else {
            panic!("an editor's token was not closed: {:?}", refused.err());
        };
        assert_eq!(code, 4403);
        assert!(
            live.close_codes.contains(&u64::from(code)),
            "{code} is not described"
        );
        // A message over 16 KiB ends the connection with a described code.
        let mut big = Live::connect(addr, &created.session, &joined.token).await;
        let padding = "p".repeat(17 * 1024);
        big.send_text(format!(r#"{{"type":"error","padding":"{padding}"}}"#))
            .await;
        let code = big.wait_closed().await;
        assert_eq!(code, 1008, "a message over the size is a broken message");
        assert!(
            live.close_codes.contains(&u64::from(code)),
            "{code} is not described"
        );
        // Every close code a device acts on is described.
        for code in [
            cares_protocol::close::UNAUTHORIZED,
            cares_protocol::close::FORBIDDEN,
            cares_protocol::close::START_AFRESH,
        ] {
            assert!(
                live.close_codes.contains(&u64::from(code)),
                "{code} is not described"
            );
        }
        phone.close().await;
        facilitator.close().await;
        server.stop().await;
    }
}
