//! The Carer Empowerment Plan: carer reps and navigators lined up for the key
//! strategic meetings, and the core's findings in plain words (a key meeting with no
//! carer voice, a rep asked to too many meetings, a young carer rep expected in
//! school hours). The quarter the plan is looked at from is in the address
//! (`?from=2024-Q1`, the financial year that starts in 2024), so a link or a reload
//! shows the same; it starts at the quarter today falls in. Lining a rep up or
//! taking them off is one document edit.

use std::collections::BTreeSet;

use cares_core::edits::Edit;
use cares_core::empowerment::{Alignment, RepProfile};
use cares_core::network::{Meeting, Quarter};
use cares_core::report::EmpowermentView;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::plan::plan_context::{PlanMissing, edit_problem, use_open_plan};
use crate::components::programme::entry_form::CheckField;
use crate::components::programme::nav::{ProgrammeNav, programme_path};
use crate::i18n::{self, t};
use crate::workspace::{OpenPlan, today};

/// `/plan/:doc/programme/empowerment`.
#[component]
pub fn EmpowermentPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let query = use_query_map();
    let now = today();
    let from = Memo::new(move |_| {
        query
            .read()
            .get("from")
            .and_then(|text| text.parse::<Quarter>().ok())
            .unwrap_or_else(|| Quarter::containing(now))
    });
    // The quarters a person may look from: this one and every quarter with a meeting.
    let quarters = Memo::new(move |_| {
        let mut all: BTreeSet<Quarter> = open.doc.with(|d| {
            d.content()
                .network
                .meetings
                .iter()
                .map(Meeting::quarter)
                .collect()
        });
        all.insert(Quarter::containing(now));
        all.insert(from.get());
        all.into_iter().collect::<Vec<_>>()
    });
    let plan_view = Memo::new(move |_| {
        let day = from.get().first_day();
        open.doc.with(|d| {
            let content = d.content();
            EmpowermentView::new(&content.empowerment, &content.network, day)
        })
    });
    let navigate = use_navigate();
    let doc = open.id;
    let choose = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        navigate(
            &format!("{}?from={chosen}", programme_path(doc, "/empowerment")),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <div class="programme">
            <h1>{t!("programme-nav-empowerment")}</h1>
            <ProgrammeNav id=open.id />
            <p>{t!("programme-empowerment-intro")}</p>
            <div class="field">
                <label class="field__label" for="empowerment-from">
                    {t!("programme-empowerment-from")}
                </label>
                <select class="field__input field__input--select" id="empowerment-from" on:change=choose>
                    {move || {
                        let chosen = from.get();
                        quarters
                            .get()
                            .into_iter()
                            .map(|q| {
                                view! {
                                    <option value=format!("{}-Q{}", q.year(), q.number()) selected=q == chosen>
                                        {i18n::quarter_with_months(q)}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            {move || {
                let v = plan_view.get();
                view! { <Summary v=v.clone() /> <Findings v /> }
            }}
            <KeyMeetings open from />
            <RepsToAdd open />
        </div>
    }
    .into_any()
}

/// How many key meetings have a carer voice, from the quarter on.
#[component]
fn Summary(v: EmpowermentView) -> impl IntoView {
    let line = if v.key_meetings == 0 {
        t!(
            "programme-empowerment-no-key-meetings",
            quarter = i18n::quarter(v.from)
        )
    } else {
        t!(
            "programme-empowerment-summary",
            quarter = i18n::quarter(v.from),
            voiced = v.key_meetings_with_carer_voice,
            meetings = v.key_meetings,
            reps = v.reps
        )
    };
    view! { <p class="programme-summary">{line}</p> }
}

/// The findings, counted by kind and then one by one.
#[component]
fn Findings(v: EmpowermentView) -> impl IntoView {
    view! {
        <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t!("programme-empowerment-findings")}</h2>
            {if v.findings.is_empty() {
                view! { <p>{t!("programme-empowerment-no-findings")}</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="programme-findings">
                        {v
                            .counts
                            .into_iter()
                            .map(|c| {
                                let phrase = capitalised(&i18n::empowerment_phrase(c.code));
                                view! { <li>{t!("programme-empowerment-count", finding = phrase, count = c.count)}</li> }
                            })
                            .collect_view()}
                    </ul>
                    <ol class="programme-entries">
                        {v
                            .findings
                            .into_iter()
                            .map(|f| {
                                // A meeting is named by its title, as people wrote it (the core
                                // adds its day in English); a quarter in the chosen language.
                                let about = match (f.meeting, f.quarter) {
                                    (Some(m), _) => Some(view! { <p class="programme-entry__name" translate="no">{m}</p> }.into_any()),
                                    (None, Some(q)) => Some(view! { <p class="programme-entry__name">{i18n::quarter_with_months(q)}</p> }.into_any()),
                                    (None, None) => None,
                                };
                                view! {
                                    <li class="programme-entry">
                                        {about}
                                        <p>{i18n::wording(&f.wording, &f.message)}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}

fn capitalised(phrase: &str) -> String {
    // Scripts without capitals (Urdu) are left as they are.
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Each key strategic meeting from the quarter on, with a box per rep to line them up.
#[component]
fn KeyMeetings(open: OpenPlan, from: Memo<Quarter>) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    // The boxes are drawn again only when the meetings or the reps change, so ticking
    // one keeps keyboard focus where it is.
    let lined_up = Memo::new(move |_| {
        let first_day: NaiveDate = from.get().first_day();
        open.doc.with(|d| {
            let c = d.content();
            let mut meetings: Vec<Meeting> = c
                .network
                .meetings
                .iter()
                .filter(|m| m.is_key_strategic_meeting && m.date >= first_day)
                .cloned()
                .collect();
            meetings.sort_by_key(|m| (m.date, m.start));
            (meetings, c.empowerment.reps.clone())
        })
    });
    view! {
        <section aria-labelledby="key-meetings-heading">
            <h2 id="key-meetings-heading">{t!("programme-empowerment-who-goes")}</h2>
            <p>{t!("programme-empowerment-tick")}</p>
            {move || failed.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            {move || {
                let (meetings, reps) = lined_up.get();
                let alignments = open
                    .doc
                    .with_untracked(|d| d.content().empowerment.alignments.clone());
                if reps.is_empty() {
                    return view! { <p>{t!("programme-empowerment-no-reps")}</p> }.into_any();
                }
                meetings
                    .into_iter()
                    .map(|m| {
                        let boxes = reps
                            .iter()
                            .map(|r| {
                                let alignment = Alignment { rep: r.member, meeting: m.id };
                                let ticked = RwSignal::new(alignments.contains(&alignment));
                                Effect::watch(
                                    move || ticked.get(),
                                    move |now, before, _| {
                                        if before.is_none() {
                                            return;
                                        }
                                        let edit = if *now {
                                            Edit::Align { alignment }
                                        } else {
                                            Edit::Unalign { alignment }
                                        };
                                        match open.edit(edit) {
                                            Ok(()) => failed.set(None),
                                            Err(e) => failed.set(Some(edit_problem(&e))),
                                        }
                                    },
                                    false,
                                );
                                let (label, translate) = if r.is_young_carer {
                                    (t!("programme-rep-young", name = r.display_name.as_str()), None)
                                } else {
                                    (r.display_name.clone(), Some("no"))
                                };
                                view! {
                                    <CheckField id=format!("align-{}-{}", m.id, r.member) label checked=ticked translate=translate />
                                }
                            })
                            .collect_view();
                        view! {
                            <fieldset class="field programme-form">
                                <legend class="field__label">
                                    {t!(
                                        "programme-key-meeting",
                                        meeting = i18n::meeting_label(&m),
                                        start = m.start.format("%H:%M").to_string(),
                                        end = m.end.format("%H:%M").to_string()
                                    )}
                                </legend>
                                {boxes}
                            </fieldset>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}

/// Carer reps of the network who are not in the plan yet, each with a way to add them.
#[component]
fn RepsToAdd(open: OpenPlan) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let waiting = Memo::new(move |_| {
        open.doc.with(|d| {
            let c = d.content();
            c.network
                .carer_reps()
                .into_iter()
                .filter(|m| !c.empowerment.reps.iter().any(|r| r.member == m.id))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="reps-heading">
            <h2 id="reps-heading">{t!("programme-empowerment-reps")}</h2>
            <ul class="programme-findings">
            {move || {
                open.doc
                    .with(|d| {
                        d.content()
                            .empowerment
                            .reps
                            .iter()
                            .map(|r| {
                                t!(
                                    "programme-rep-at-most",
                                    name = r.display_name.as_str(),
                                    young = if r.is_young_carer { "yes" } else { "no" },
                                    count = r.max_meetings_per_quarter
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()
            }}
            </ul>
            {move || failed.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            {move || {
                let waiting = waiting.get();
                (!waiting.is_empty())
                    .then(|| {
                        view! {
                            <p>{t!("programme-empowerment-waiting")}</p>
                            <ul class="programme-entries">
                                {waiting
                                    .into_iter()
                                    .map(|m| {
                                        let mut rep = RepProfile::new(m.id, m.display_name.clone());
                                        rep.is_young_carer = m.is_young_carer();
                                        let label = t!("programme-rep-add", name = m.display_name.as_str());
                                        view! {
                                            <li class="programme-entry">
                                                <button
                                                    class="button button--secondary"
                                                    type="button"
                                                    on:click=move |_| {
                                                        if let Err(e) = open.edit(Edit::PutRep { rep: rep.clone() }) {
                                                            failed.set(Some(edit_problem(&e)));
                                                        }
                                                    }
                                                >
                                                    {label}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}
