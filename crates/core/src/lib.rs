//! # cares-core — the Borough That Cares domain
//!
//! The rules a carer-friendly borough runs on, as a Rust library: carer roles,
//! the strategic framework (areas of focus, quality themes, progress markers),
//! networks and meetings, SMART action plans and their audit, co-production
//! sessions, self-assessment, the Carer Empowerment Plan and Carer Friendly
//! Communities Action Packs — with one versioned document format that holds it
//! all and an edit log that lets copies made offline merge.
//!
//! The same crate runs in the cares web app (compiled to WebAssembly), on the
//! cares server and in the `cares` command line, so a plan audited in a carer's
//! browser gets the same findings as it does in a council's reporting pipeline.
//!
//! ```
//! use cares_core::audit::{audit_plan, FindingCode};
//! use cares_core::document::{Content, Document};
//! use cares_core::edits::{ActionField, Edit};
//! use cares_core::ids::{ActionId, DocumentId, PlanId, ReplicaId};
//! use cares_core::plan::{Action, ActionPlan, Lead, PlanScope};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // Ids come from you (the core has no randomness). Every device or copy that
//! // edits needs its own random replica id: two copies editing under one id
//! // cannot be merged. Bring 16 random bytes from your platform.
//! let mut random = [0u8; 16];
//! getrandom::fill(&mut random)?;
//! let me = ReplicaId::from_random_bytes(random);
//! // Other ids may be numbers where you have stable ones, as here.
//! let plan = PlanId::from_u128(1);
//! let mut doc = Document::from_content(DocumentId::from_u128(1), Content::new("Maltby"));
//! doc.apply(me, Edit::AddPlan {
//!     plan: Box::new(ActionPlan::new(plan, "Maltby action plan",
//!         PlanScope::Locality { name: "Maltby".into() })),
//! })?;
//! let cafe = ActionId::from_u128(2);
//! doc.apply(me, Edit::AddAction {
//!     plan,
//!     action: Box::new(Action::new(cafe, "Open a carers' café in the library")),
//!     after: None,
//! })?;
//! doc.apply(me, Edit::SetAction {
//!     plan,
//!     action: cafe,
//!     field: ActionField::Lead(Lead { person: None, organisation: Some("Maltby Library".into()) }),
//! })?;
//!
//! // "Today" is always passed in, so the audit is the same everywhere.
//! let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("bad date")?;
//! let findings = audit_plan(&doc.content().plans[0], today);
//! let codes: Vec<_> = findings.iter().map(|f| f.code.key()).collect();
//! assert_eq!(codes, ["no-measure", "no-timescale"]);
//! assert_eq!(findings[0].message, "How will we know it worked? Add an outcome measure.");
//!
//! // Save it; read it back strictly.
//! let json = doc.to_json();
//! let back = Document::from_json(json.as_bytes())?;
//! assert_eq!(back.content(), doc.content());
//! # Ok(()) }
//! ```
//!
//! ## What it does, and what it does not
//!
//! It decides: what an action lacks to be SMART ([`audit`]), how progress rolls
//! up, how co-production votes rank ([`coproduction`]), which strategic meetings
//! have no carer voice ([`empowerment`]), how two offline copies merge
//! ([`edits`]), and whether a file is a valid document ([`document`]).
//!
//! It does no I/O, never reads the clock ("today" is an argument) and never makes
//! random numbers (ids are given to it, minted from your own randomness). Storage, networking and screens belong to
//! the programs that embed it. It holds no personal data beyond what a document
//! holds: co-production participants are pseudonymous, and removing a statement
//! removes it from every summary and export.
//!
//! ## Cookbook
//!
//! - Read a council's action table: [`table::import_actions`], then audit it with
//!   [`audit::audit_plan`] and count by lead with [`audit::rollup`].
//! - Start from the built-in strategy: [`framework::Framework::borough_that_cares_2022_25`].
//! - Merge a copy that came back from another device: [`document::Document::merge`].
//!   Each device or copy edits under its own [`ids::ReplicaId`]
//!   ([`ids::ReplicaId::from_random_bytes`]); copies that made different changes
//!   under one id are refused with [`edits::ReplicaReused`], never merged silently.
//!   Before merging, [`merging::preview`] says what will change and which fields
//!   both copies changed ([`merging::Conflict`]), so a person can keep either value.
//! - Keep the log short: [`document::Document::compact`] folds the edits every copy
//!   has acknowledged into a new snapshot that other copies still merge with
//!   (see [`compaction`]).
//! - Run a workshop: [`coproduction::Session`], then draw actions from its top themes.
//!
//! ## Features
//!
//! - `json-paths` (on by default): an error reading a document names the JSON path
//!   of the bad value (`content.plans[0].actions[3].due`). Without it the error
//!   gives the line and column instead, and the code is smaller (the cares web app
//!   turns it off).
//! - `schema` (off by default): `document::schema_json_for(version)`, the JSON
//!   Schema of each version of the document format; pulls in `schemars`.
//!
//! ## Dependencies you share with it
//!
//! Dates are [`chrono::NaiveDate`] and ids wrap [`uuid::Uuid`]; both crates are
//! re-exported ([`chrono`], [`uuid`]) so you need not add them. To read today's
//! date, add `chrono` with its `clock` feature (`chrono::Local::now()`); to mint
//! random ids, add `uuid` with `v4` (and `js` on `wasm32-unknown-unknown`), or use
//! any source of random bytes you already have.
//!
//! ## The document format
//!
//! JSON with `"format": "cares.document"` and `"version": 2`, written as the oldest
//! version that holds what the document keeps: 3 once its log is compacted, 4 once
//! it keeps a school calendar ([`document::Document::version`]). The layout of a
//! released version never changes; `schema/cares-document.v4.json` (in this crate)
//! is the newest schema, generated from these types and checked in CI (versions 1
//! to 3 are kept as released). Older documents are read as the newest, since every
//! version only added to the one before.

#![warn(missing_docs)]

pub use chrono;
pub use uuid;

pub mod admission;
pub mod assessment;
pub mod audit;
pub mod calendar;
pub mod catch_up;
pub mod compaction;
mod content;
pub mod coproduction;
pub mod document;
mod document_error;
pub mod edits;
pub mod empowerment;
pub mod framework;
pub mod ids;
mod limits;
pub mod measures;
pub mod merging;
pub mod network;
pub mod packs;
pub mod plan;
pub mod report;
pub mod rewrites;
pub mod roles;
pub mod session_copy;
pub mod table;
pub mod text;
pub mod timescale;
pub mod visibility;
pub mod wording;

/// The crate README's example, compiled and run as a doc test so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
