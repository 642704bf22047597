//! `/help` and `/help/:topic`: a short "how to" for each journey (draft a plan, build a
//! pack, run a session, share safely) and the strategy the toolkit serves, read from the
//! core's built-in framework (vision, mission, areas of focus and their commitments).
//! Plain English, one page a journey, reachable from the main navigation on every page.

use cares_core::framework::Framework;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::not_found::NotFoundPage;
use crate::i18n::t;

/// The guides' addresses, in the order the list shows them.
const TOPICS: [&str; 5] = ["plan", "pack", "session", "sharing", "strategy"];

/// A guide's title, for the guide at `/help/<topic>`; none for a topic there is no
/// guide for.
fn guide_title(topic: &str) -> Option<String> {
    Some(match topic {
        "plan" => t!("help-plan-title"),
        "pack" => t!("help-pack-title"),
        "session" => t!("help-session-title"),
        "sharing" => t!("help-sharing-title"),
        "strategy" => t!("help-strategy-title"),
        _ => return None,
    })
}

/// A line on what a guide is for.
fn guide_summary(topic: &str) -> String {
    match topic {
        "plan" => t!("help-plan-summary"),
        "pack" => t!("help-pack-summary"),
        "session" => t!("help-session-summary"),
        "sharing" => t!("help-sharing-summary"),
        _ => t!("help-strategy-summary"),
    }
}

/// `/help`: the list of guides.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <h1>{t!("help-title")}</h1>
        <p>{t!("help-intro")}</p>
        <ul class="help-guides">
            {TOPICS
                .iter()
                .map(|topic| {
                    view! {
                        <li>
                            <a href=format!("/help/{topic}")>{guide_title(topic)}</a>
                            <p>{guide_summary(topic)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `/help/:topic`: one guide.
#[component]
pub fn HelpTopicPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let topic = params.with(|p| p.get("topic")).unwrap_or_default();
        let body = match topic.as_str() {
            "plan" => view! { <PlanGuide /> }.into_any(),
            "pack" => view! { <PackGuide /> }.into_any(),
            "session" => view! { <SessionGuide /> }.into_any(),
            "sharing" => view! { <SharingGuide /> }.into_any(),
            "strategy" => view! { <StrategyGuide /> }.into_any(),
            _ => return view! { <NotFoundPage /> }.into_any(),
        };
        let title = guide_title(&topic).unwrap_or_default();
        view! {
            <p class="back-link"><a href="/help">{t!("help-all")}</a></p>
            <h1>{title}</h1>
            {body}
        }
        .into_any()
    }
}

#[component]
fn PlanGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>{t!("help-plan-step-1")}</h2>
                <p>{t!("help-plan-step-1-text")}</p>
            </li>
            <li>
                <h2>{t!("help-plan-step-2")}</h2>
                <p>{t!("help-plan-step-2-text")}</p>
            </li>
            <li>
                <h2>{t!("help-plan-step-3")}</h2>
                <p>{t!("help-plan-step-3-text")}</p>
            </li>
            <li>
                <h2>{t!("help-plan-step-4")}</h2>
                <p>{t!("help-plan-step-4-text")}</p>
            </li>
            <li>
                <h2>{t!("help-plan-step-5")}</h2>
                <p>{t!("help-plan-step-5-text")}</p>
            </li>
        </ol>
    }
}

#[component]
fn PackGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>{t!("help-pack-step-1")}</h2>
                <p>{t!("help-pack-step-1-text")}</p>
            </li>
            <li>
                <h2>{t!("help-pack-step-2")}</h2>
                <p>{t!("help-pack-step-2-text")}</p>
            </li>
            <li>
                <h2>{t!("help-pack-step-3")}</h2>
                <p>{t!("help-pack-step-3-text")}</p>
            </li>
            <li>
                <h2>{t!("help-pack-step-4")}</h2>
                <p>{t!("help-pack-step-4-text")}</p>
            </li>
        </ol>
    }
}

#[component]
fn SessionGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>{t!("help-session-step-1")}</h2>
                <p>{t!("help-session-step-1-text")}</p>
            </li>
            <li>
                <h2>{t!("help-session-step-2")}</h2>
                <p>{t!("help-session-step-2-text")}</p>
            </li>
            <li>
                <h2>{t!("help-session-step-3")}</h2>
                <p>{t!("help-session-step-3-text")}</p>
            </li>
            <li>
                <h2>{t!("help-session-step-4")}</h2>
                <p>{t!("help-session-step-4-text")}</p>
            </li>
            <li>
                <h2>{t!("help-session-step-5")}</h2>
                <p>{t!("help-session-step-5-text")}</p>
            </li>
        </ol>
    }
}

#[component]
fn SharingGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>{t!("help-sharing-step-1")}</h2>
                <p>{t!("help-sharing-step-1-text")}</p>
            </li>
            <li>
                <h2>{t!("help-sharing-step-2")}</h2>
                <p>{t!("help-sharing-step-2-text")}</p>
            </li>
            <li>
                <h2>{t!("help-sharing-step-3")}</h2>
                <p>{t!("help-sharing-step-3-text")}</p>
            </li>
            <li>
                <h2>{t!("help-sharing-step-4")}</h2>
                <p>{t!("help-sharing-step-4-text")}</p>
            </li>
        </ol>
    }
}

/// The borough's strategy, from the core's built-in framework: its published wording,
/// shown as written (`translate="no"`) between the app's own headings.
#[component]
fn StrategyGuide() -> impl IntoView {
    let framework = Framework::borough_that_cares_2022_25();
    let areas = framework
        .focus_areas
        .into_iter()
        .map(|area| {
            let commitments = area
                .commitments
                .into_iter()
                .map(|c| view! { <li translate="no">{format!("{}. {}", c.letter, c.text)}</li> })
                .collect_view();
            view! {
                <section class="help-area" aria-labelledby=format!("area-{}", area.number)>
                    <h3 id=format!("area-{}", area.number) translate="no">
                        {format!("{}. {}", area.number, area.name)}
                    </h3>
                    <p class="area__tagline" translate="no">{format!("“{}”", area.tagline)}</p>
                    <p translate="no">{area.key_objective}</p>
                    <h4>{t!("help-strategy-commit")}</h4>
                    <ul>{commitments}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p translate="no">{framework.title}</p>
        <h2>{t!("help-strategy-vision")}</h2>
        <ul translate="no">
            {framework.vision.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}
        </ul>
        <h2>{t!("help-strategy-mission")}</h2>
        <p translate="no">{framework.mission}</p>
        <h2>{t!("help-strategy-areas")}</h2>
        {areas}
    }
}
