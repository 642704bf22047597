//! The plan's Carer Friendly Communities Action Packs, and a form to start one for
//! an audience. A new pack is drafted by the core (its suggested steps; the plan's
//! relevant actions are offered in the builder, to reword before they go in) and
//! opened in the builder.

use cares_core::edits::Edit;
use cares_core::ids::PackId;
use cares_core::packs::{ActionPack, Audience};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::form::{Choice, SelectField};
use crate::components::plan::plan_context::{
    PlanMissing, action_plan, edit_problem, pack_path, use_open_plan,
};
use crate::i18n::{self, t};
use crate::workspace::plan_locality;

/// The action packs page.
#[component]
pub fn PacksPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let doc = open.id;
    let packs = Memo::new(move |_| {
        open.doc.with(|d| {
            d.content()
                .packs
                .iter()
                .map(|p| (p.id, p.title.clone(), p.audience))
                .collect::<Vec<_>>()
        })
    });
    let audience = RwSignal::new(Audience::ALL[0]);
    let error = RwSignal::new(None::<String>);
    let choices = Signal::derive(|| {
        Audience::ALL
            .into_iter()
            .map(|a| Choice::new(a.key(), i18n::audience(a)))
            .collect::<Vec<_>>()
    });
    let navigate = use_navigate();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = PackId::from_uuid(uuid::Uuid::new_v4());
        let who = audience.get_untracked();
        let pack = open.doc.with_untracked(|d| {
            let place = plan_locality(d.content()).unwrap_or_default();
            action_plan(d).map(|plan| {
                let mut pack = ActionPack::draft(id, who, place, plan);
                // The plan's actions are worded for whoever does the plan, not for the
                // pack's readers: the builder offers them unticked, to reword first.
                pack.steps.retain(|s| s.from_action.is_none());
                pack
            })
        });
        let Some(pack) = pack else {
            error.set(Some(t!("packs-no-plan")));
            return;
        };
        match open.edit(Edit::PutPack {
            pack: Box::new(pack),
        }) {
            Ok(()) => navigate(&pack_path(doc, id), Default::default()),
            Err(e) => error.set(Some(edit_problem(&e))),
        }
    };
    view! {
        <div class="packs">
            <h1>{t!("packs-title")}</h1>
            <p>{t!("packs-intro")}</p>
            {move || {
                let list = packs.get();
                if list.is_empty() {
                    view! { <p>{t!("packs-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="pack-list">
                            {list
                                .into_iter()
                                .map(|(id, title, who)| {
                                    let untitled = title.trim().is_empty();
                                    let title = if untitled { t!("packs-untitled") } else { title };
                                    view! {
                                        <li class="pack-list__item">
                                            <a
                                                href=pack_path(doc, id)
                                                translate=(!untitled).then_some("no")
                                            >
                                                {title}
                                            </a>
                                            <span class="pack-list__audience">
                                                {t!("packs-for", audience = i18n::audience(who))}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
            <section aria-labelledby="make-pack-heading">
                <h2 id="make-pack-heading">{t!("packs-make-title")}</h2>
                <form class="make-pack" aria-labelledby="make-pack-heading" on:submit=start>
                    <SelectField
                        id="pack-audience"
                        label=t!("packs-make-who")
                        choices=choices
                        value=Signal::derive(move || audience.get().key().to_owned())
                        on_change=Callback::new(move |v: String| {
                            if let Some(a) = Audience::from_key(&v) {
                                audience.set(a);
                            }
                        })
                        error=error
                    />
                    <button type="submit" class="button">
                        {t!("packs-make-start")}
                    </button>
                </form>
            </section>
        </div>
    }
    .into_any()
}
