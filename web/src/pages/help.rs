//! `/help` and `/help/:topic`: a short "how to" for each journey (draft a plan, build a
//! pack, run a session, share safely) and the strategy the toolkit serves, read from the
//! core's built-in framework (vision, mission, areas of focus and their commitments).
//! Plain English, one page a journey, reachable from the main navigation on every page.

use cares_core::framework::Framework;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::not_found::NotFoundPage;

/// One guide: its address, its title and a line on what it is for.
struct Guide {
    topic: &'static str,
    title: &'static str,
    summary: &'static str,
}

const GUIDES: [Guide; 5] = [
    Guide {
        topic: "plan",
        title: "Draft a locality action plan",
        summary: "Write actions that are specific, measurable, led and timed, and keep track of them.",
    },
    Guide {
        topic: "pack",
        title: "Build a community action pack",
        summary: "Turn a plan's actions into a printed pack for a group, with contacts, places and events.",
    },
    Guide {
        topic: "session",
        title: "Run a co-production session",
        summary: "Hear what carers need, group it into themes, vote, and turn the top themes into actions.",
    },
    Guide {
        topic: "sharing",
        title: "Share a plan safely",
        summary: "Back up a plan, send a copy, merge a colleague's changes, and keep carers' details private.",
    },
    Guide {
        topic: "strategy",
        title: "The strategy behind this toolkit",
        summary: "The borough's vision, mission and areas of focus, with the commitments in each.",
    },
];

/// `/help`: the list of guides.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <h1>"Help"</h1>
        <p>"Short guides to each thing you can do here. Each one takes a few minutes to read."</p>
        <ul class="help-guides">
            {GUIDES
                .iter()
                .map(|g| {
                    view! {
                        <li>
                            <a href=format!("/help/{}", g.topic)>{g.title}</a>
                            <p>{g.summary}</p>
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
        let title = GUIDES
            .iter()
            .find(|g| g.topic == topic)
            .map_or("", |g| g.title);
        view! {
            <p class="back-link"><a href="/help">"All help"</a></p>
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
                <h2>"Start a plan"</h2>
                <p>"On Home, under “Start a new plan”, type the locality's name and choose “Start plan”. The plan is kept on this device and works without the internet."</p>
            </li>
            <li>
                <h2>"Add actions"</h2>
                <p>"Each area of focus has “Add an action”. Say what will happen, how you will know it worked (a number you can count), who will lead it, and by when."</p>
            </li>
            <li>
                <h2>"Follow the hints"</h2>
                <p>"Beside each action, “What this action still needs” says what is missing: a lead, a measure you can count, or a date. An action with none of these missing is SMART."</p>
            </li>
            <li>
                <h2>"Rate progress"</h2>
                <p>"As work goes on, rate each action red, amber or green and add evidence: a note or a link that shows what has happened. Mark it complete when it is done."</p>
            </li>
            <li>
                <h2>"See the whole plan"</h2>
                <p>"“Overview” counts actions by area and status and lists what is still missing. “Print” lays the plan out on A4 for a meeting."</p>
            </li>
        </ol>
    }
}

#[component]
fn PackGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>"Choose who it is for"</h2>
                <p>"In a plan, open “Action packs” and “Make an action pack” for the people it is for. cares drafts suggested steps from the plan's actions."</p>
            </li>
            <li>
                <h2>"Check the steps"</h2>
                <p>"Read each step as the people it is for will read it, and change the words where they need it."</p>
            </li>
            <li>
                <h2>"Add contacts, places and events"</h2>
                <p>"Add who to call, where carers can meet, and what is coming up. Only add a person's details if they have agreed to be listed."</p>
            </li>
            <li>
                <h2>"Print it"</h2>
                <p>"“Print this pack” lays it out on A4. Check it once on paper before handing it out."</p>
            </li>
        </ol>
    }
}

#[component]
fn SessionGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>"Start the session"</h2>
                <p>"In a plan, open “Sessions”. Choose “On this device” to pass one device round the room, or “On their own phones” so people join with a code."</p>
            </li>
            <li>
                <h2>"Share"</h2>
                <p>"People say what they need, starting “I need…”. They go by a made-up name if they like. You can hide a statement that names someone or shares private details."</p>
            </li>
            <li>
                <h2>"Group"</h2>
                <p>"Make themes and put each statement in one. Themes can be renamed and merged."</p>
            </li>
            <li>
                <h2>"Prioritise"</h2>
                <p>"Everyone puts their dots on the themes that matter most. The votes stay hidden until you choose “Show the votes”."</p>
            </li>
            <li>
                <h2>"Plan"</h2>
                <p>"Turn the top themes into draft actions. Each remembers the session and the statements it came from. The summary gives counts only, never names."</p>
            </li>
        </ol>
    }
}

#[component]
fn SharingGuide() -> impl IntoView {
    view! {
        <ol class="help-steps">
            <li>
                <h2>"Back up"</h2>
                <p>"A plan lives in this browser. On “Share”, choose “Download a copy” now and then, and keep the file somewhere safe. “Open a plan file” on Home brings it back."</p>
            </li>
            <li>
                <h2>"Send a copy"</h2>
                <p>"Send the downloaded file to a colleague. When they send theirs back, open it and choose to merge: you see what will change first, and where you both changed the same thing you choose which to keep."</p>
            </li>
            <li>
                <h2>"Spreadsheets"</h2>
                <p>"“Download actions as a spreadsheet” gives a CSV or Excel file with the council workbook's columns. Either opens back into a plan."</p>
            </li>
            <li>
                <h2>"Keep carers' details private"</h2>
                <p>"Don't write a carer's name, address or health in an action. Session summaries and exports carry counts and words, never who said them. People can ask for their words to be removed at any time."</p>
            </li>
        </ol>
    }
}

/// The borough's strategy, from the core's built-in framework.
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
                .map(|c| view! { <li>{format!("{}. {}", c.letter, c.text)}</li> })
                .collect_view();
            view! {
                <section class="help-area" aria-labelledby=format!("area-{}", area.number)>
                    <h3 id=format!("area-{}", area.number)>{format!("{}. {}", area.number, area.name)}</h3>
                    <p class="area__tagline">{format!("“{}”", area.tagline)}</p>
                    <p>{area.key_objective}</p>
                    <h4>"What we commit to"</h4>
                    <ul>{commitments}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p>{framework.title}</p>
        <h2>"Our vision"</h2>
        <ul>{framework.vision.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
        <h2>"Our mission"</h2>
        <p>{framework.mission}</p>
        <h2>"Areas of focus"</h2>
        {areas}
    }
}
