//! The nudge to download a copy, shown while this device holds the only copy.

use cares_core::document::Document;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;
use crate::workspace::OpenPlan;

/// True when the nudge is due: the plan has at least one action and no copy of it has
/// ever been downloaded. (A plan's own page, `crate::plan_page`, asks the same.)
pub fn backup_due(doc: &Document, backed_up: bool) -> bool {
    !backed_up && doc.content().plans.iter().any(|p| !p.actions.is_empty())
}

/// "Only this device has this plan…": shown when [`backup_due`].
#[component]
pub fn BackupNudge(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let show = move || {
        let backed_up = plan.backed_up.get().is_some();
        plan.doc.with(|doc| backup_due(doc, backed_up))
    };
    let share = format!("/plan/{}/share", plan.id);
    view! {
        <Show when=show>
            <p class="backup-nudge" role="note">
                {t!("frame-backup-nudge")}
                " "
                <A href=share.clone()>{t!("frame-backup-link")}</A>
            </p>
        </Show>
    }
}
