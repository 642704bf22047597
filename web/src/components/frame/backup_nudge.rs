//! The nudge to download a copy, shown while this device holds the only copy.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;
use crate::workspace::OpenPlan;

/// "Only this device has this plan…": shown when the plan has at least one action
/// and no copy has ever been downloaded.
#[component]
pub fn BackupNudge(
    /// The open plan.
    plan: OpenPlan,
) -> impl IntoView {
    let has_actions = move || {
        plan.doc
            .with(|doc| doc.content().plans.iter().any(|p| !p.actions.is_empty()))
    };
    let show = move || plan.backed_up.get().is_none() && has_actions();
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
