//! The facts the browser tests build their plan files from, written by the core so
//! they are never copied by hand: the areas of focus and how the app labels them,
//! the columns of a plan's table, the title of a new locality plan and the layout
//! of a plan document. `tests/e2e/documents.mjs` reads `tests/e2e/fixtures/core.json`;
//! this test fails when the core and that file disagree (rewrite it with
//! `CARES_BLESS=1 cargo test -p cares-core --test browser_fixtures`); `compacted.json`
//! holds two copies of one plan, one of them compacted, written the same way.

use std::path::PathBuf;

use cares_core::document::{Content, Document};
use cares_core::framework::{FocusAreaNumber, Framework};
use cares_core::ids::{ActionId, DocumentId, PlanId};
use cares_core::plan::{Action, ActionPlan};
use cares_core::table::export_actions;
use serde_json::{Value, json};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Stands for the locality in the title and the document; the tests put theirs in.
const LOCALITY: &str = "{locality}";

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures/core.json")
}

fn facts() -> Result<Value> {
    let framework = Framework::borough_that_cares_2022_25();
    let areas: Vec<Value> = framework
        .focus_areas
        .iter()
        .map(|a| {
            json!({
                "number": a.number.get(),
                "name": a.name,
                "tagline": a.tagline,
                "option": format!("{}: {}", a.number, a.tagline),
            })
        })
        .collect();

    // A plan made in the app: actions in areas of focus, no sections.
    let mut plan = ActionPlan::for_locality(PlanId::from_u128(2), LOCALITY);
    let mut action = Action::new(ActionId::from_u128(3), "Open a carers café");
    action.links.focus_area = Some(FocusAreaNumber::ONE);
    plan.actions.push(action);
    let table = export_actions(&plan, &framework);
    let header = table.lines().next().ok_or("the table has no header")?;
    assert!(
        !header.contains('"'),
        "a column name needs quoting: {header}"
    );
    let columns: Vec<&str> = header.trim_end().split(',').collect();

    let empty = ActionPlan::for_locality(PlanId::from_u128(2), LOCALITY);
    let title = empty.title.clone();
    let mut content = Content::new(title.clone());
    content.plans.push(empty);
    let document = Document::from_content(DocumentId::from_u128(1), content);
    let document: Value = serde_json::from_str(&document.to_json())?;

    Ok(json!({
        "areas": areas,
        "workbookColumns": columns,
        "locality": LOCALITY,
        "localityPlanTitle": title,
        "localityPlanDocument": document,
    }))
}

#[test]
fn the_browser_tests_fixtures_are_the_cores() -> Result {
    let written = format!("{}\n", serde_json::to_string_pretty(&facts()?)?);
    if std::env::var_os("CARES_BLESS").is_some() {
        if let Some(dir) = fixture().parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(fixture(), &written)?;
    }
    let checked_in = std::fs::read_to_string(fixture())?;
    assert!(
        written == checked_in,
        "tests/e2e/fixtures/core.json is out of date: run `CARES_BLESS=1 cargo test -p cares-core --test browser_fixtures`\n{written}"
    );
    Ok(())
}

fn compacted_fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures/compacted.json")
}

/// Two copies of one Maltby plan for `tests/e2e/compaction.test.mjs`: `early`, with
/// the first two of a laptop's four edits (version 2), and `compacted`, with all
/// four and the first three folded into its snapshot (version 3, checkpoint at
/// clock 3). The third edit sets the café's measure to "30 carers a month"; only
/// the compacted snapshot holds it.
fn compacted_copies() -> Result<Value> {
    use cares_core::edits::{ActionField, Edit};
    use cares_core::ids::ReplicaId;

    let plan_id = PlanId::from_u128(0x20);
    let cafe = ActionId::from_u128(0x21);
    let mut plan = ActionPlan::for_locality(plan_id, "Maltby");
    let mut action = Action::new(cafe, "Open a carers café");
    action.links.focus_area = Some(FocusAreaNumber::ONE);
    plan.actions.push(action);
    let mut content = Content::new(plan.title.clone());
    content.plans.push(plan);
    let mut doc = Document::from_content(DocumentId::from_u128(0x1f), content);
    let laptop = ReplicaId::from_u128(0x99);
    let measure = |text: &str| Edit::SetAction {
        plan: plan_id,
        action: cafe,
        field: ActionField::Measure(Some(text.to_owned())),
    };
    doc.apply(laptop, measure("10 carers a month"))?;
    doc.apply(laptop, measure("20 carers a month"))?;
    let early = doc.clone();
    doc.apply(laptop, measure("30 carers a month"))?;
    doc.apply(
        laptop,
        Edit::AddAction {
            plan: plan_id,
            action: Box::new(Action::new(ActionId::from_u128(0x22), "Run a drop-in")),
            after: None,
        },
    )?;
    doc.compact(3)?;
    Ok(json!({
        "early": serde_json::from_str::<Value>(&early.to_json())?,
        "compacted": serde_json::from_str::<Value>(&doc.to_json())?,
    }))
}

#[test]
fn the_compacted_copies_for_the_browser_tests_are_the_cores() -> Result {
    let written = format!("{}\n", serde_json::to_string_pretty(&compacted_copies()?)?);
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(compacted_fixture(), &written)?;
    }
    let checked_in = std::fs::read_to_string(compacted_fixture())?;
    assert!(
        written == checked_in,
        "tests/e2e/fixtures/compacted.json is out of date: run `CARES_BLESS=1 cargo test -p cares-core --test browser_fixtures`"
    );
    Ok(())
}
