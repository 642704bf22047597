//! The pack builder: a pack's title, introduction, steps, local contacts, meeting
//! places and events, saved as the person types, with the core's pack check shown
//! as hints and a link to the print view.

use cares_core::edits::Edit;
use cares_core::packs::review;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::form::{FieldKind, TextField};
use crate::components::plan::confirm_remove::ConfirmRemove;
use crate::components::plan::pack_draft::PackDraft;
use crate::components::plan::pack_hints::PackHints;
use crate::components::plan::pack_parts::{CONTACTS, EVENTS, PLACES, PackPart};
use crate::components::plan::pack_steps::PackSteps;
use crate::components::plan::plan_context::{
    NotInPlan, PlanMissing, action_plan, edit_problem, pack_path, parse_pack_id, use_open_plan,
};
use crate::i18n::{self, t};

/// The pack builder page: finds the pack named in the address.
#[component]
pub fn PackBuilderPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let params = use_params_map();
    let named = Memo::new(move |_| params.with(|p| p.get("pack")));
    let packs = format!("/plan/{}/packs", open.id);
    (move || {
        let found = named.get().and_then(|text| parse_pack_id(&text)).and_then(|id| {
            open.doc.with_untracked(|d| {
                d.content()
                    .packs
                    .iter()
                    .find(|p| p.id == id)
                    .cloned()
                    .map(|pack| PackDraft::new(open, pack, action_plan(d)))
            })
        });
        match found {
            Some(draft) => view! { <PackBuilder draft=draft /> }.into_any(),
            None => view! {
                <NotInPlan what=t!("packs-this-pack") back=packs.clone() back_text=t!("packs-back") />
            }
            .into_any(),
        }
    })
    .into_any()
}

/// The builder of one pack.
#[component]
fn PackBuilder(
    /// The pack being built.
    draft: PackDraft,
) -> impl IntoView {
    on_cleanup(move || draft.save());
    let open = draft.open();
    let doc = open.id;
    let (id, audience) = draft.pack.with_untracked(|p| (p.id, p.audience));
    let issues = Memo::new(move |_| review(&draft.assembled()));
    let untitled = move || draft.pack.with(|p| p.title.trim().is_empty());
    let heading = move || {
        if untitled() {
            t!("packs-heading-untitled")
        } else {
            draft.pack.with(|p| p.title.clone())
        }
    };
    let navigate = use_navigate();
    let remove = Callback::new(move |()| {
        open.edit(Edit::RemovePack { pack: id })
            .map_err(|e| edit_problem(&e))?;
        navigate(&format!("/plan/{doc}/packs"), Default::default());
        Ok(())
    });
    view! {
        <div class="pack-builder">
            <p class="back-link">
                <a href=format!("/plan/{doc}/packs")>{t!("packs-back")}</a>
            </p>
            <h1 translate=move || (!untitled()).then_some("no")>{heading}</h1>
            <p class="pack-builder__audience">
                {t!("packs-for", audience = i18n::audience(audience))}
            </p>
            <TextField
                id="pack-title"
                label=t!("packs-field-title")
                value=Signal::derive(move || draft.pack.with(|p| p.title.clone()))
                on_input=Callback::new(move |v: String| draft.change(|p| p.title = v))
                on_leave=Callback::new(move |_: String| draft.save())
                error=draft.error
            />
            <TextField
                id="pack-intro"
                label=t!("packs-field-intro")
                kind=FieldKind::Lines
                rows=5
                value=Signal::derive(move || draft.pack.with(|p| p.intro.clone()))
                on_input=Callback::new(move |v: String| draft.change(|p| p.intro = v))
                on_leave=Callback::new(move |_: String| draft.save())
            />
            <PackHints issues=issues />
            <PackSteps draft=draft />
            <PackPart draft=draft kind=CONTACTS />
            <PackPart draft=draft kind=PLACES />
            <PackPart draft=draft kind=EVENTS />
            <p class="pack-builder__print">
                <a href=format!("{}/print", pack_path(doc, id))>{t!("packs-print-link")}</a>
            </p>
            <ConfirmRemove what="pack" on_confirm=remove />
        </div>
    }
}
