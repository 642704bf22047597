//! The note on where a person's work is kept, and whether the browser will keep it.
//!
//! It never claims the work is safe until the browser has said it will keep it.

use leptos::prelude::*;
use leptos::task::spawn_local_scoped;

use crate::i18n::t;
use crate::store::persistence::{self, Persistence};

/// "Your work is saved on this device only." and what the browser has agreed to.
/// Asks the browser to keep the data when there is work to keep (`ask`).
#[component]
pub fn StorageNote(
    /// True to ask the browser to keep this site's data (once per tab) rather than
    /// only checking.
    #[prop(into)]
    ask: Signal<bool>,
) -> impl IntoView {
    let kept = RwSignal::new(Persistence::MayDelete);
    Effect::new(move |_| {
        let ask = ask.get();
        spawn_local_scoped(async move {
            let now = if ask {
                persistence::ask().await
            } else {
                persistence::current().await
            };
            kept.set(now);
        });
    });
    let promise = move || match kept.get() {
        Persistence::Kept => t!("frame-storage-kept"),
        Persistence::MayDelete => t!("frame-storage-may-delete"),
    };
    view! {
        <div class="storage-note" role="status">
            <p>{t!("frame-storage-device-only")}</p>
            <p>{promise}</p>
        </div>
    }
}
