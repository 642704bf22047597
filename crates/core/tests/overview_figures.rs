//! The figures of the Joint Action Plan's overview, written down once by the core in
//! `tests/fixtures/joint-action-plan-2013-16.overview.json`. `cares report` (a CLI
//! test) and the web app's Overview page (`tests/e2e/overview.test.mjs`) are checked
//! against the same file, so both show the one view-model's figures. This test fails
//! when the core and the file disagree; rewrite the file with
//! `CARES_BLESS=1 cargo test -p cares-core --test overview_figures`.

use std::path::PathBuf;

use cares_core::report::PlanOverview;
use cares_core::table::import_actions;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const TABLE: &str = include_str!("../../../tests/fixtures/joint-action-plan-2013-16.csv");

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/joint-action-plan-2013-16.overview.json")
}

#[test]
fn the_joint_action_plan_figures_are_the_cores() -> Result {
    let mut n = 0u128;
    let imported = import_actions(TABLE, &mut || {
        n += 1;
        uuid::Uuid::from_u128(n)
    })?;
    // Every date in the plan is before 2017, so the overdue actions are the same on
    // any later day (the browser test runs on the real one).
    let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("bad date")?;
    let overview = PlanOverview::new(&imported.plan, today);
    let written = format!("{}\n", serde_json::to_string_pretty(&overview)?);
    if std::env::var_os("CARES_BLESS").is_some() {
        std::fs::write(fixture(), &written)?;
    }
    let checked_in = std::fs::read_to_string(fixture()).unwrap_or_default();
    assert!(
        written == checked_in,
        "tests/fixtures/joint-action-plan-2013-16.overview.json is out of date: run \
         `CARES_BLESS=1 cargo test -p cares-core --test overview_figures`"
    );
    Ok(())
}
