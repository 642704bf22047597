//! The network: the strategic group and the locality network groups that report into
//! it (hub and spoke), partner organisations, localities, members and carer reps, and
//! meetings with their day, time and who came. A programme lead adds, changes and
//! removes entries here; each change is one document edit, checked by the core.

use cares_core::edits::Edit;
use cares_core::network::{CarerNetwork, Meeting, Member};
use leptos::prelude::*;

use crate::components::plan::plan_context::{PlanMissing, use_open_plan};
use crate::components::programme::nav::ProgrammeNav;
use crate::components::programme::network_forms::{
    Editing, GroupForm, LocalityForm, MeetingForm, MemberForm, OrganisationForm,
};
use crate::i18n::{self, t};
use crate::workspace::OpenPlan;

/// `/plan/:doc/programme/network`.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let Some(open) = use_open_plan() else {
        return view! { <PlanMissing /> }.into_any();
    };
    let editing = RwSignal::new(Editing::Nothing);
    let network = Memo::new(move |_| open.doc.with(|doc| doc.content().network.clone()));
    view! {
        <div class="programme">
            <h1>{t!("programme-nav-network")}</h1>
            <ProgrammeNav id=open.id />
            <p>{t!("programme-network-intro")}</p>
            <Groups open network editing />
            <Organisations open network editing />
            <Localities open network editing />
            <Members open network editing />
            <Meetings open network editing />
        </div>
    }
    .into_any()
}

/// An "Add …" button that opens the form for a new entry.
#[component]
fn AddButton(
    #[prop(into)] label: String,
    editing: RwSignal<Editing>,
    to: Editing,
) -> impl IntoView {
    view! {
        <button class="button button--secondary" type="button" on:click=move |_| editing.set(to)>
            {label}
        </button>
    }
}

/// "Change" (and, where the core can remove the entry, "Remove") for one entry.
#[component]
fn EntryButtons(
    /// What the entry is called, so each button says what it acts on.
    name: String,
    editing: RwSignal<Editing>,
    change: Editing,
    /// The edit that removes the entry, if it can be removed.
    #[prop(optional)]
    remove: Option<(OpenPlan, Edit)>,
) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let remove_button = remove.map(|(open, edit)| {
        let label = t!("programme-network-remove", name = name.as_str());
        view! {
            <button
                class="button button--warning"
                type="button"
                on:click=move |_| {
                    if let Err(e) = open.edit(edit.clone()) {
                        failed.set(Some(crate::i18n::not_done(&e)));
                    }
                }
            >
                <span aria-hidden="true">{t!("programme-remove")}</span>
                <span class="visually-hidden">{label}</span>
            </button>
        }
    });
    view! {
        <div class="button-row">
            <button class="button button--secondary" type="button" on:click=move |_| editing.set(change)>
                <span aria-hidden="true">{t!("programme-network-change-button")}</span>
                <span class="visually-hidden">{t!("programme-network-change", name = name.as_str())}</span>
            </button>
            {remove_button}
        </div>
        {move || failed.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
    }
}

/// The strategic group(s) with their locality groups beneath.
#[component]
fn Groups(
    open: OpenPlan,
    network: Memo<CarerNetwork>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t!("programme-member-groups")}</h2>
            {move || match editing.get() {
                Editing::Group(id) => view! { <GroupForm open id editing /> }.into_any(),
                _ => view! { <AddButton label=t!("programme-network-add-group") editing to=Editing::Group(None) /> }.into_any(),
            }}
            {move || {
                let net = network.get();
                let hubs = net.strategic_groups().into_iter().cloned().collect::<Vec<_>>();
                if net.networks.is_empty() {
                    return view! { <p>{t!("programme-network-no-groups")}</p> }.into_any();
                }
                view! {
                    <ul class="programme-entries">
                        {hubs
                            .into_iter()
                            .map(|hub| {
                                let members = net.members_of(hub.id).len();
                                let spokes = net.spokes(hub.id).into_iter().cloned().collect::<Vec<_>>();
                                view! {
                                    <li class="programme-entry">
                                        <p class="programme-entry__name" translate="no">{hub.name.clone()}</p>
                                        <p>{t!("programme-network-hub", members = members)}</p>
                                        <EntryButtons name=hub.name.clone() editing change=Editing::Group(Some(hub.id)) />
                                        <ul class="programme-entries">
                                            {spokes
                                                .into_iter()
                                                .map(|spoke| {
                                                    let place = spoke
                                                        .locality()
                                                        .and_then(|l| net.locality(l))
                                                        .map_or_else(String::new, |l| l.name.clone());
                                                    let members = net.members_of(spoke.id).len();
                                                    view! {
                                                        <li class="programme-entry">
                                                            <p class="programme-entry__name" translate="no">{spoke.name.clone()}</p>
                                                            <p>
                                                                {t!(
                                                                    "programme-network-spoke",
                                                                    place = place,
                                                                    hub = hub.name.as_str(),
                                                                    members = members
                                                                )}
                                                            </p>
                                                            <EntryButtons
                                                                name=spoke.name.clone()
                                                                editing
                                                                change=Editing::Group(Some(spoke.id))
                                                            />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

/// Partner organisations and their kind.
#[component]
fn Organisations(
    open: OpenPlan,
    network: Memo<CarerNetwork>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="organisations-heading">
            <h2 id="organisations-heading">{t!("programme-network-organisations")}</h2>
            {move || match editing.get() {
                Editing::Organisation(id) => view! { <OrganisationForm open id editing /> }.into_any(),
                _ => {
                    view! { <AddButton label=t!("programme-network-add-organisation") editing to=Editing::Organisation(None) /> }
                        .into_any()
                }
            }}
            <ul class="programme-entries">
                {move || {
                    network
                        .get()
                        .organisations
                        .into_iter()
                        .map(|o| {
                            let short = o
                                .short_name
                                .clone()
                                .filter(|s| !s.trim().is_empty())
                                .map(|s| format!(" ({s})"))
                                .unwrap_or_default();
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name" translate="no">{format!("{}{short}", o.name)}</p>
                                    <p>{i18n::organisation_kind(o.kind)}</p>
                                    <EntryButtons name=o.name.clone() editing change=Editing::Organisation(Some(o.id)) />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// The borough's localities.
#[component]
fn Localities(
    open: OpenPlan,
    network: Memo<CarerNetwork>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="localities-heading">
            <h2 id="localities-heading">{t!("programme-network-localities")}</h2>
            {move || match editing.get() {
                Editing::Locality(id) => view! { <LocalityForm open id editing /> }.into_any(),
                _ => view! { <AddButton label=t!("programme-network-add-locality") editing to=Editing::Locality(None) /> }.into_any(),
            }}
            <ul class="programme-entries">
                {move || {
                    network
                        .get()
                        .localities
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name" translate="no">{l.name.clone()}</p>
                                    <EntryButtons name=l.name.clone() editing change=Editing::Locality(Some(l.id)) />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// What a member's entry says: where they come from, carer rep or not, their groups.
fn member_facts(net: &CarerNetwork, member: &Member) -> String {
    let rep = match (member.is_carer_rep, member.is_young_carer()) {
        (false, _) => "no",
        (true, false) => "yes",
        (true, true) => "young",
    };
    let organisation = member
        .organisation
        .and_then(|o| net.organisation(o))
        .map_or_else(String::new, |o| o.label().to_owned());
    let groups: Vec<&str> = member
        .networks
        .iter()
        .filter_map(|n| net.network(*n))
        .map(|n| n.name.as_str())
        .collect();
    t!(
        "programme-member-facts",
        rep = rep,
        has_organisation = if organisation.is_empty() { "no" } else { "yes" },
        organisation = organisation,
        has_groups = if groups.is_empty() { "no" } else { "yes" },
        groups = groups.join(", ")
    )
}

/// Members of the groups, carer reps among them.
#[component]
fn Members(
    open: OpenPlan,
    network: Memo<CarerNetwork>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t!("programme-network-members")}</h2>
            {move || match editing.get() {
                Editing::Member(id) => view! { <MemberForm open id editing /> }.into_any(),
                _ => view! { <AddButton label=t!("programme-network-add-member") editing to=Editing::Member(None) /> }.into_any(),
            }}
            <ul class="programme-entries">
                {move || {
                    let net = network.get();
                    net.members
                        .iter()
                        .map(|m| {
                            let facts = member_facts(&net, m);
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name" translate="no">{m.display_name.clone()}</p>
                                    <p>{facts}</p>
                                    <EntryButtons
                                        name=m.display_name.clone()
                                        editing
                                        change=Editing::Member(Some(m.id))
                                        remove=(open, Edit::RemoveMember { member: m.id })
                                    />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// What a meeting's entry says: group, day and time, place, who came.
fn meeting_facts(net: &CarerNetwork, meeting: &Meeting) -> Vec<String> {
    let group = net
        .network(meeting.network)
        .map_or_else(String::new, |n| n.name.clone());
    let mut facts = vec![
        t!(
            "programme-meeting-when",
            day = i18n::date(meeting.date),
            start = meeting.start.format("%H:%M").to_string(),
            end = meeting.end.format("%H:%M").to_string(),
            place = meeting.place.trim()
        ),
        t!(
            "programme-meeting-held-by",
            group = group,
            key = if meeting.is_key_strategic_meeting {
                "yes"
            } else {
                "no"
            }
        ),
    ];
    let came = net.meeting_attendance(meeting);
    facts.push(if meeting.attendance.is_empty() {
        t!("programme-meeting-no-attendance")
    } else {
        t!(
            "programme-meeting-attendance",
            total = came.total,
            members = came.members,
            reps = came.carer_reps,
            others = came.others
        )
    });
    facts
}

/// Meetings in date order, with their attendance.
#[component]
fn Meetings(
    open: OpenPlan,
    network: Memo<CarerNetwork>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{t!("programme-network-meetings")}</h2>
            {move || match editing.get() {
                Editing::Meeting(id) => view! { <MeetingForm open id editing /> }.into_any(),
                _ => view! { <AddButton label=t!("programme-network-add-meeting") editing to=Editing::Meeting(None) /> }.into_any(),
            }}
            <ul class="programme-entries">
                {move || {
                    let net = network.get();
                    let mut meetings: Vec<&Meeting> = net.meetings.iter().collect();
                    meetings.sort_by_key(|m| (m.date, m.start));
                    meetings
                        .into_iter()
                        .map(|m| {
                            let facts = meeting_facts(&net, m);
                            view! {
                                <li class="programme-entry">
                                    <p class="programme-entry__name" translate="no">{m.title.clone()}</p>
                                    {facts.into_iter().map(|f| view! { <p>{f}</p> }).collect_view()}
                                    <EntryButtons
                                        name=i18n::meeting_label(m)
                                        editing
                                        change=Editing::Meeting(Some(m.id))
                                        remove=(open, Edit::RemoveMeeting { meeting: m.id })
                                    />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
