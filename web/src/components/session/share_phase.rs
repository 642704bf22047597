//! The share phase: "Add what someone needs" (the facilitator types a statement for
//! the room, or the device is passed round), the statements so far, and "How many
//! people are taking part?" for the summary.

use cares_core::coproduction::CONTRIBUTION_MAX_CHARS;
use cares_core::edits::SessionStep;
use cares_core::ids::ContributionId;
use leptos::prelude::*;

use super::headcount::Headcount;
use super::statement_list::StatementList;
use crate::components::form::{FieldKind, TextField, focus_soon};
use crate::i18n::t;
use crate::session::handle::SessionHandle;

/// The share phase's form and list.
#[component]
pub fn SharePhase(
    /// The session.
    handle: SessionHandle,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let step = SessionStep::AddContribution {
            contribution: ContributionId::from_uuid(uuid::Uuid::new_v4()),
            participant: None,
            text: text.get_untracked(),
        };
        match handle.step.run(step) {
            Ok(()) => {
                error.set(None);
                text.set(String::new());
                added.set(t!("session-statement-added"));
            }
            Err(reason) => {
                added.set(String::new());
                error.set(Some(reason));
            }
        }
        // Ready for the next one, or for fixing this one.
        focus_soon("statement-new".to_owned());
    };
    view! {
        <form class="add-statement" aria-labelledby="add-statement-heading" on:submit=add>
            <h3 id="add-statement-heading">{t!("session-add-statement-title")}</h3>
            <TextField
                id="statement-new"
                label=t!("session-statement-label")
                hint=t!("session-statement-hint")
                kind=FieldKind::Lines
                limit=CONTRIBUTION_MAX_CHARS
                value=text
                on_input=Callback::new(move |v: String| text.set(v))
                error=error
            />
            <button type="submit" class="button">
                {t!("session-add-statement")}
            </button>
            <p class="add-statement__status" role="status">
                {move || added.get()}
            </p>
        </form>
        <StatementList handle=handle />
        <Headcount handle=handle />
    }
}
