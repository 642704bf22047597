//! Fuzzes the council table import: any text given to `import_actions` must come
//! back as a plan or an error, never a panic; and a plan that was imported must
//! export and import again to the same actions, so a council can round-trip it.

#![no_main]

use cares_core::table::{TableError, export_actions, import_actions, import_actions_from_bytes};
use libfuzzer_sys::fuzz_target;
use uuid::Uuid;

fuzz_target!(|bytes: &[u8]| {
    let mut n: u128 = 0;
    let mut ids = || {
        n += 1;
        Uuid::from_u128(n)
    };
    // Bytes that are not UTF-8 go through the bytes entry point (which must refuse
    // them) and then, made valid, through the text one, so mutations of the seed
    // tables are not wasted on the UTF-8 check.
    let imported = match std::str::from_utf8(bytes) {
        Ok(_) => import_actions_from_bytes(bytes, &mut ids),
        Err(_) => {
            assert!(
                import_actions_from_bytes(bytes, &mut ids).is_err(),
                "bytes that are not UTF-8 were imported"
            );
            import_actions(&String::from_utf8_lossy(bytes), &mut ids)
        }
    };
    let Ok(imported) = imported else {
        return;
    };
    let table = export_actions(&imported.plan, &cares_core::framework::Framework::borough_that_cares_2022_25());
    let again = match import_actions(&table, &mut ids) {
        Ok(again) => again,
        // Continuation rows are merged on import, so an exported cell may outgrow
        // the limits that the rows it came from each kept to.
        Err(
            TableError::TooLarge { .. }
            | TableError::CellTooLong { .. }
            | TableError::TooManyRows { .. },
        ) => return,
        Err(e) => panic!("an exported plan could not be imported again: {e}\n{table}"),
    };
    let actions = |imported: &cares_core::table::ImportedPlan| {
        imported
            .plan
            .actions
            .iter()
            .map(|a| (a.reference.clone(), a.what.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        actions(&again),
        actions(&imported),
        "the actions (reference, text) changed on the way round\n{table}"
    );
});
