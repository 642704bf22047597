//! The facts the browser tests build their plan files from, written by the core so
//! they are never copied by hand: the areas of focus and how the app labels them,
//! the columns of a plan's table, the title of a new locality plan and the layout
//! of a plan document. `tests/e2e/documents.mjs` reads `tests/e2e/fixtures/core.json`;
//! this test fails when the core and that file disagree (rewrite it with
//! `CARES_BLESS=1 cargo test -p cares-core --test browser_fixtures`).

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
