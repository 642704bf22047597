//! An action pack laid out for A4, as a leaflet for its audience: the title, why it
//! matters, what they can do, and who to contact, where to meet and what is on.

use cares_core::packs::{ActionPack, review};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::plan::plan_context::{
    NotInPlan, PlanMissing, pack_path, parse_pack_id, use_open_plan,
};
use crate::components::plan::print_pages::PrintPages;
use crate::i18n::{self, t};
use crate::workspace::today;

/// The print view of one pack.
#[component]
pub fn PackPrintPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let doc = open.id;
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .with(|p| p.get("pack"))
            .and_then(|t| parse_pack_id(&t))
    });
    let pack = Memo::new(move |_| {
        let id = id.get()?;
        open.doc
            .with(|d| d.content().packs.iter().find(|p| p.id == id).cloned())
    });
    (move || match pack.get() {
        Some(pack) => view! { <PackLeaflet doc=doc pack=pack /> }.into_any(),
        None => view! {
            <NotInPlan
                what=t!("packs-this-pack")
                back=format!("/plan/{doc}/packs")
                back_text=t!("packs-back")
            />
        }
        .into_any(),
    })
    .into_any()
}

/// A pack as a printable leaflet.
#[component]
fn PackLeaflet(
    /// The document, for the link back.
    doc: cares_core::ids::DocumentId,
    /// The pack.
    pack: ActionPack,
) -> impl IntoView {
    let issues: Vec<String> = review(&pack).iter().map(i18n::pack_issue).collect();
    let back = pack_path(doc, pack.id);
    let print = |_| {
        // If printing is blocked there is nothing useful to say; the browser's own
        // menu still prints the page.
        let _ = window().print();
    };
    let title = pack.title.clone();
    let locality = pack.locality.clone();
    view! {
        <div class="pack-print">
            <div class="print-controls">
                <p class="back-link">
                    <a href=back>{t!("packs-print-back")}</a>
                </p>
                {(!issues.is_empty())
                    .then(|| {
                        view! {
                            <div class="print-controls__issues" role="note">
                                <p>{t!("packs-print-needs")}</p>
                                <ul>
                                    {issues.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                </ul>
                            </div>
                        }
                    })}
                <button type="button" class="button" on:click=print>
                    {t!("packs-print")}
                </button>
            </div>
            <PrintPages title=title locality=locality date=i18n::date(today())>
            <article class="leaflet">
                // The pack's own words are as people wrote them; the headings are the app's.
                <h2 class="leaflet__title" translate="no" dir="auto">{pack.title.clone()}</h2>
                <p class="leaflet__audience">{i18n::leaflet_audience(pack.audience)}</p>
                {(!pack.intro.trim().is_empty())
                    .then(|| view! { <p class="leaflet__intro" translate="no" dir="auto">{pack.intro.clone()}</p> })}
                {(!pack.steps.is_empty())
                    .then(|| {
                        view! {
                            <section class="leaflet__part">
                                <h3>{t!("packs-leaflet-steps")}</h3>
                                <ol class="leaflet__steps" translate="no">
                                    {pack
                                        .steps
                                        .iter()
                                        .map(|s| view! { <li>{s.text.clone()}</li> })
                                        .collect_view()}
                                </ol>
                            </section>
                        }
                    })}
                {(!pack.contacts.is_empty())
                    .then(|| {
                        view! {
                            <section class="leaflet__part">
                                <h3>{t!("packs-contacts-title")}</h3>
                                <ul class="leaflet__list" translate="no">
                                    {pack
                                        .contacts
                                        .iter()
                                        .map(|c| {
                                            view! {
                                                <li>
                                                    <strong>{c.name.clone()}</strong>
                                                    {c.role.clone().map(|r| view! { <br />{r} })}
                                                    {c.how_to_reach.clone().map(|h| view! { <br />{h} })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })}
                {(!pack.places.is_empty())
                    .then(|| {
                        view! {
                            <section class="leaflet__part">
                                <h3>{t!("packs-places-title")}</h3>
                                <ul class="leaflet__list" translate="no">
                                    {pack
                                        .places
                                        .iter()
                                        .map(|p| {
                                            view! {
                                                <li>
                                                    <strong>{p.name.clone()}</strong>
                                                    {p.address.clone().map(|a| view! { <br />{a} })}
                                                    {p.when.clone().map(|w| view! { <br />{w} })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })}
                {(!pack.events.is_empty())
                    .then(|| {
                        view! {
                            <section class="leaflet__part">
                                <h3>{t!("packs-events-title")}</h3>
                                <ul class="leaflet__list">
                                    {pack
                                        .events
                                        .iter()
                                        .map(|e| {
                                            view! {
                                                <li>
                                                    <strong translate="no">{e.title.clone()}</strong>
                                                    {e.date.map(|d| view! { <br />{i18n::date(d)} })}
                                                    {e.place.clone().map(|p| view! { <br /><span translate="no">{p}</span> })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })}
            </article>
            </PrintPages>
        </div>
    }
}
