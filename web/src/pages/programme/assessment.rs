//! Self-assessment and the borough's position statement. An organisation rates itself
//! against each quality theme's statements (a rating, what shows it, what it will do
//! to improve); each answer is saved as the organisation's whole assessment
//! (`Edit::PutAssessment`). The position statement rolls every organisation up per
//! theme, from the core's `PositionView`, drawn as bars with the numbers in a table.

use cares_core::assessment::{Answer, Rating, SelfAssessment, check};
use cares_core::document::Document;
use cares_core::edits::Edit;
use cares_core::framework::QualityTheme;
use cares_core::ids::{AssessmentId, OrganisationId};
use cares_core::report::PositionView;
use leptos::prelude::*;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};

use crate::components::plan::plan_context::{PlanMissing, edit_problem, use_open_plan};
use crate::components::programme::chart::{ShareBar, ShareChart};
use crate::i18n::{self, t};
use crate::workspace::OpenPlan;

/// The position statement: a sentence on who is counted, the bars, the table and the
/// improvement actions by theme.
#[component]
fn PositionStatement(open: OpenPlan) -> impl IntoView {
    let view_model = Memo::new(move |_| {
        open.doc.with(|d| {
            let content = d.content();
            PositionView::new(&content.assessments, &content.framework())
        })
    });
    move || {
        let view = view_model.get();
        if view.organisations.is_empty() {
            return view! { <p>{t!("programme-position-none")}</p> }.into_any();
        }
        let who = t!(
            "programme-position-who",
            count = view.organisations.len(),
            organisations = view.organisations.join(", ")
        );
        let bars: Vec<ShareBar> = view
            .themes
            .iter()
            .map(|t| ShareBar {
                name: t.name.clone(),
                percent: t.percent,
            })
            .collect();
        let labels: Vec<String> = view
            .themes
            .first()
            .map(|t| t.ratings.iter().map(|r| i18n::rating(r.rating)).collect())
            .unwrap_or_default();
        view! {
            <p>{who}</p>
            {(!view.strongest.is_empty())
                .then(|| view! { <p>{t!("programme-position-strongest", themes = view.strongest.join(", "))}</p> })}
            {(!view.weakest.is_empty())
                .then(|| view! { <p>{t!("programme-position-weakest", themes = view.weakest.join(", "))}</p> })}
            <h3>{t!("programme-position-chart")}</h3>
            <ShareChart bars=bars />
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="position-caption">
                <table class="count-table">
                    <caption id="position-caption">{t!("programme-position-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("programme-column-theme")}</th>
                            {labels
                                .into_iter()
                                .map(|l| view! { <th scope="col" class="num">{l}</th> })
                                .collect_view()}
                            <th scope="col" class="num">{t!("programme-column-mostly-or-fully")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {view
                            .themes
                            .iter()
                            .map(|t| {
                                view! {
                                    <tr>
                                        <th scope="row" translate="no">{t.name.clone()}</th>
                                        {t
                                            .ratings
                                            .iter()
                                            .map(|r| view! { <td class="num">{r.count}</td> })
                                            .collect_view()}
                                        <td class="num">
                                            {t.percent.map_or_else(|| t!("programme-no-answers"), |p| format!("{p}%"))}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>{t!("programme-position-improvements")}</h3>
            {if view.themes.iter().all(|t| t.improvement_actions.is_empty()) {
                view! { <p>{t!("programme-no-improvement-actions")}</p> }.into_any()
            } else {
                view! {
                    <ul class="improvement-actions">
                        {view
                            .themes
                            .into_iter()
                            .flat_map(|t| t.improvement_actions)
                            .map(|a| {
                                view! {
                                    <li translate="no">
                                        <strong>{a.action}</strong>
                                        {format!(" \u{2014} {}: {} ({})", a.theme, a.statement, a.organisations.join(", "))}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        }
        .into_any()
    }
}

/// The assessment with one statement's answer replaced by `answer` (or taken out).
fn with_answer(
    assessment: &SelfAssessment,
    theme: &str,
    statement: usize,
    answer: Option<Answer>,
) -> SelfAssessment {
    let mut out = assessment.clone();
    out.answers
        .retain(|a| !(a.theme == theme && a.statement == statement));
    out.answers.extend(answer);
    out
}

/// Text as an answer keeps it: trimmed, and none when blank.
fn kept(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// One statement: the rating as four choices, then (once rated) what shows it and
/// what the organisation will do.
#[component]
fn StatementAnswer(
    open: OpenPlan,
    assessment: AssessmentId,
    theme: String,
    statement: usize,
    wording: String,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let id = format!("{theme}-{statement}");
    let answer = {
        let theme = theme.clone();
        Memo::new(move |_| {
            open.doc.with(|d| {
                d.content()
                    .assessments
                    .iter()
                    .find(|a| a.id == assessment)
                    .and_then(|a| a.answer(&theme, statement).cloned())
            })
        })
    };
    let put = {
        let theme = theme.clone();
        move |change: &dyn Fn(Option<Answer>) -> Option<Answer>| {
            let current = open.doc.with_untracked(|d| {
                d.content()
                    .assessments
                    .iter()
                    .find(|a| a.id == assessment)
                    .cloned()
            });
            let Some(current) = current else {
                return;
            };
            let next = change(current.answer(&theme, statement).cloned());
            let edit = Edit::PutAssessment {
                assessment: Box::new(with_answer(&current, &theme, statement, next)),
            };
            problem.set(open.edit(edit).err().map(|e| edit_problem(&e)));
        }
    };
    let rate = {
        let put = put.clone();
        let theme = theme.clone();
        move |rating: Rating| {
            let theme = theme.clone();
            put(&move |old: Option<Answer>| {
                Some(match old {
                    Some(a) => Answer { rating, ..a },
                    None => Answer {
                        theme: theme.clone(),
                        statement,
                        rating,
                        evidence: None,
                        improvement_action: None,
                    },
                })
            });
        }
    };
    let set_evidence = {
        let put = put.clone();
        move |text: String| {
            put(&move |old: Option<Answer>| {
                old.map(|a| Answer {
                    evidence: kept(&text),
                    ..a
                })
            });
        }
    };
    let set_action = move |text: String| {
        put(&move |old: Option<Answer>| {
            old.map(|a| Answer {
                improvement_action: kept(&text),
                ..a
            })
        });
    };
    let evidence_id = format!("{id}-evidence");
    let action_id = format!("{id}-action");
    view! {
        <fieldset class="rag-picker answer">
            <legend class="rag-picker__legend" translate="no">{wording}</legend>
            <div class="rag-picker__options">
                {Rating::ALL
                    .into_iter()
                    .map(|rating| {
                        let rate = rate.clone();
                        let input_id = format!("{id}-{}", rating.key());
                        view! {
                            <div class="rag-picker__option">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=format!("{id}-rating")
                                    prop:checked=move || answer.with(|a| a.as_ref().is_some_and(|a| a.rating == rating))
                                    on:change=move |_| rate(rating)
                                />
                                <label for=input_id>{i18n::rating(rating)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                let Some(current) = answer.get() else {
                    return view! { <p class="field__hint">{t!("programme-answer-choose")}</p> }
                        .into_any();
                };
                let set_evidence = set_evidence.clone();
                let set_action = set_action.clone();
                view! {
                    <div class="field">
                        <label class="field__label" for=evidence_id.clone()>{t!("programme-answer-evidence")}</label>
                        <textarea
                            class="field__input"
                            id=evidence_id.clone()
                            rows="2"
                            prop:value=current.evidence.unwrap_or_default()
                            on:change=move |ev| set_evidence(event_target::<HtmlTextAreaElement>(&ev).value())
                        ></textarea>
                    </div>
                    <div class="field">
                        <label class="field__label" for=action_id.clone()>{t!("programme-answer-action")}</label>
                        <textarea
                            class="field__input"
                            id=action_id.clone()
                            rows="2"
                            prop:value=current.improvement_action.unwrap_or_default()
                            on:change=move |ev| set_action(event_target::<HtmlTextAreaElement>(&ev).value())
                        ></textarea>
                    </div>
                }
                    .into_any()
            }}
            {move || problem.get().map(|p| view! { <p class="field__error" role="alert">{p}</p> })}
        </fieldset>
    }
}

/// One theme's statements for the chosen organisation.
#[component]
fn ThemeAnswers(open: OpenPlan, assessment: AssessmentId, theme: QualityTheme) -> impl IntoView {
    let heading_id = format!("theme-{}", theme.key);
    let label = heading_id.clone();
    view! {
        <section class="theme-answers" aria-labelledby=label>
            <h3 id=heading_id translate="no">{theme.name.clone()}</h3>
            {theme
                .statements
                .iter()
                .enumerate()
                .map(|(n, wording)| {
                    view! {
                        <StatementAnswer
                            open=open
                            assessment=assessment
                            theme=theme.key.clone()
                            statement=n
                            wording=wording.clone()
                        />
                    }
                })
                .collect_view()}
        </section>
    }
}

/// Who can assess themselves: each organisation with an assessment, then each in
/// the network without one.
fn choices(doc: &Document) -> Vec<(String, String)> {
    let content = doc.content();
    let mut out: Vec<(String, String)> = content
        .assessments
        .iter()
        .map(|a| (a.id.to_string(), a.organisation_name.clone()))
        .collect();
    out.extend(
        content
            .network
            .organisations
            .iter()
            .filter(|o| !content.assessments.iter().any(|a| a.organisation == o.id))
            .map(|o| {
                (
                    format!("new:{}", o.id),
                    t!(
                        "programme-assessment-not-started",
                        organisation = o.name.as_str()
                    ),
                )
            }),
    );
    out
}

/// Picking an organisation, and its answers theme by theme.
#[component]
fn SelfAssessmentForm(open: OpenPlan) -> impl IntoView {
    let chosen = RwSignal::new(None::<AssessmentId>);
    let problem = RwSignal::new(None::<String>);
    let options = Memo::new(move |_| open.doc.with(choices));
    // The first organisation with an assessment, until someone picks another.
    Effect::new(move |_| {
        if chosen.get_untracked().is_none()
            && let Some(first) = open
                .doc
                .with(|d| d.content().assessments.first().map(|a| a.id))
        {
            chosen.set(Some(first));
        }
    });
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target::<HtmlSelectElement>(&ev).value();
        if let Some(org) = value.strip_prefix("new:") {
            let Ok(org) = uuid::Uuid::parse_str(org).map(OrganisationId::from_uuid) else {
                return;
            };
            let name = open.doc.with_untracked(|d| {
                d.content()
                    .network
                    .organisations
                    .iter()
                    .find(|o| o.id == org)
                    .map(|o| o.name.clone())
            });
            let Some(name) = name else {
                return;
            };
            let id = AssessmentId::from_uuid(uuid::Uuid::new_v4());
            let assessment = SelfAssessment::new(id, org, name);
            match open.edit(Edit::PutAssessment {
                assessment: Box::new(assessment),
            }) {
                Ok(()) => {
                    problem.set(None);
                    chosen.set(Some(id));
                }
                Err(e) => problem.set(Some(edit_problem(&e))),
            }
        } else if let Ok(id) = uuid::Uuid::parse_str(&value) {
            chosen.set(Some(AssessmentId::from_uuid(id)));
        }
    };
    let themes = Memo::new(move |_| {
        open.doc
            .with(|d| d.content().framework().quality_themes.clone())
    });
    let outstanding = Memo::new(move |_| {
        let id = chosen.get()?;
        open.doc.with(|d| {
            let content = d.content();
            let assessment = content.assessments.iter().find(|a| a.id == id)?;
            Some(check(assessment, &content.framework()).len())
        })
    });
    view! {
        <div class="field">
            <label class="field__label" for="assessment-organisation">{t!("programme-column-organisation")}</label>
            <select
                class="field__input"
                id="assessment-organisation"
                on:change=pick
                prop:value=move || chosen.get().map(|c| c.to_string()).unwrap_or_default()
            >
                <Show when=move || chosen.get().is_none()>
                    <option value="">{t!("programme-assessment-choose")}</option>
                </Show>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, name)| {
                            let selected = chosen.get().is_some_and(|c| c.to_string() == value);
                            view! {
                                <option value=value selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            {move || problem.get().map(|p| view! { <p class="field__error" role="alert">{p}</p> })}
        </div>
        {move || {
            outstanding
                .get()
                .map(|n| {
                    let words = t!("programme-assessment-outstanding", count = n);
                    view! { <p>{words}</p> }
                })
        }}
        {move || {
            chosen
                .get()
                .map(|id| {
                    themes
                        .get()
                        .into_iter()
                        .map(|theme| view! { <ThemeAnswers open=open assessment=id theme=theme /> })
                        .collect_view()
                })
        }}
    }
}

/// `/plan/:doc/programme/assessment`.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    view! {
        <div class="assessment">
            <h1>{t!("programme-nav-assessment")}</h1>
            <p>
                {t!("programme-assessment-intro")}
            </p>
            <section aria-labelledby="position-heading">
                <h2 id="position-heading">{t!("programme-position-title")}</h2>
                <PositionStatement open=open />
            </section>
            <section aria-labelledby="self-assessment-heading">
                <h2 id="self-assessment-heading">{t!("programme-assessment-form-title")}</h2>
                <SelfAssessmentForm open=open />
            </section>
        </div>
    }
    .into_any()
}
