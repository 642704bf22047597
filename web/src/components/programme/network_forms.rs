//! The forms that add or change the network's entries: an organisation, a locality,
//! a group (the strategic group or a locality network group), a member and a
//! meeting with its attendance. Each is filled from the entry it changes, and saves
//! it as one `Put…` edit through [`change_network`].

use cares_core::calendar::{iso_day, iso_time};
use cares_core::edits::Edit;
use cares_core::ids::{LocalityId, MeetingId, MemberId, NetworkId, OrganisationId};
use cares_core::network::{
    Attendance, Locality, Meeting, Member, Network, NetworkKind, Organisation, OrganisationKind,
};
use leptos::prelude::*;
use uuid::Uuid;

use crate::components::form::focus_soon;
use crate::components::programme::entry_form::{
    CheckField, ChoiceField, EntryForm, InputField, change_network,
};
use crate::i18n::{self, t};
use crate::workspace::OpenPlan;

/// Which entry is being added (`None`) or changed, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editing {
    /// No form is open.
    Nothing,
    /// An organisation.
    Organisation(Option<OrganisationId>),
    /// A locality.
    Locality(Option<LocalityId>),
    /// A group.
    Group(Option<NetworkId>),
    /// A member.
    Member(Option<MemberId>),
    /// A meeting.
    Meeting(Option<MeetingId>),
}

/// The callbacks every form shares: closing it.
fn close(editing: RwSignal<Editing>) -> Callback<()> {
    Callback::new(move |()| editing.set(Editing::Nothing))
}

/// Saves an edit; closes the form on success, else shows why.
fn save(open: OpenPlan, edit: Edit, editing: RwSignal<Editing>, error: RwSignal<Option<String>>) {
    match change_network(open, edit) {
        Ok(()) => editing.set(Editing::Nothing),
        Err(message) => error.set(Some(message)),
    }
}

fn parse_id<T>(text: &str, make: fn(Uuid) -> T) -> Option<T> {
    Uuid::parse_str(text).ok().map(make)
}

/// Adding or changing an organisation: name, short name, kind.
#[component]
pub fn OrganisationForm(
    open: OpenPlan,
    id: Option<OrganisationId>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let existing = id.and_then(|id| {
        open.doc
            .with_untracked(|d| d.content().network.organisation(id).cloned())
    });
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|o| o.name.clone())
            .unwrap_or_default(),
    );
    let short = RwSignal::new(
        existing
            .as_ref()
            .and_then(|o| o.short_name.clone())
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(
        existing
            .as_ref()
            .map_or(OrganisationKind::Voluntary, |o| o.kind)
            .label()
            .to_owned(),
    );
    let error = RwSignal::new(None);
    let heading = existing.as_ref().map_or_else(
        || t!("programme-network-add-organisation"),
        |o| t!("programme-network-change", name = o.name.as_str()),
    );
    focus_soon("organisation-name".to_owned());
    let on_save = Callback::new(move |()| {
        let kind = OrganisationKind::ALL
            .into_iter()
            .find(|k| k.label() == kind.get_untracked())
            .unwrap_or(OrganisationKind::Voluntary);
        let short = short.get_untracked().trim().to_owned();
        let organisation = Organisation {
            id: id.unwrap_or_else(|| OrganisationId::from_uuid(Uuid::new_v4())),
            kind,
            name: name.get_untracked().trim().to_owned(),
            short_name: (!short.is_empty()).then_some(short),
        };
        save(open, Edit::PutOrganisation { organisation }, editing, error);
    });
    let kinds = OrganisationKind::ALL
        .iter()
        // The core's English label is the choice's value; the words shown are translated.
        .map(|k| (k.label().to_owned(), i18n::organisation_kind(*k)))
        .collect();
    view! {
        <EntryForm heading error on_save on_cancel=close(editing)>
            <InputField id="organisation-name" label=t!("programme-organisation-name") value=name />
            <InputField id="organisation-short" label=t!("programme-organisation-short") value=short />
            <ChoiceField id="organisation-kind" label=t!("programme-organisation-kind") choices=kinds value=kind />
        </EntryForm>
    }
}

/// Adding or renaming a locality.
#[component]
pub fn LocalityForm(
    open: OpenPlan,
    id: Option<LocalityId>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let existing = id.and_then(|id| {
        open.doc
            .with_untracked(|d| d.content().network.locality(id).cloned())
    });
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|l| l.name.clone())
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None);
    let heading = existing.as_ref().map_or_else(
        || t!("programme-network-add-locality"),
        |l| t!("programme-network-change", name = l.name.as_str()),
    );
    focus_soon("locality-name".to_owned());
    let on_save = Callback::new(move |()| {
        let locality = Locality {
            id: id.unwrap_or_else(|| LocalityId::from_uuid(Uuid::new_v4())),
            name: name.get_untracked().trim().to_owned(),
        };
        save(open, Edit::PutLocality { locality }, editing, error);
    });
    view! {
        <EntryForm heading error on_save on_cancel=close(editing)>
            <InputField id="locality-name" label=t!("programme-locality-name") value=name />
        </EntryForm>
    }
}

const STRATEGIC: &str = "strategic";

/// Adding or changing a group: the strategic group, or a locality network group for
/// a locality that reports into a strategic group.
#[component]
pub fn GroupForm(
    open: OpenPlan,
    id: Option<NetworkId>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let (existing, localities, hubs) = open.doc.with_untracked(|d| {
        let net = &d.content().network;
        (
            id.and_then(|id| net.network(id).cloned()),
            net.localities.clone(),
            net.strategic_groups()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>(),
        )
    });
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|n| n.name.clone())
            .unwrap_or_default(),
    );
    let first_locality = localities
        .first()
        .map(|l| l.id.to_string())
        .unwrap_or_default();
    let first_hub = hubs.first().map(|h| h.id.to_string()).unwrap_or_default();
    let (kind, locality, hub) = match existing.as_ref().map(|n| n.kind) {
        Some(NetworkKind::Locality { locality, hub }) => {
            ("locality", locality.to_string(), hub.to_string())
        }
        Some(_) => (STRATEGIC, first_locality, first_hub),
        None if hubs.is_empty() => (STRATEGIC, first_locality, first_hub),
        None => ("locality", first_locality, first_hub),
    };
    let kind = RwSignal::new(kind.to_owned());
    let locality = RwSignal::new(locality);
    let hub = RwSignal::new(hub);
    let error = RwSignal::new(None);
    let heading = existing.as_ref().map_or_else(
        || t!("programme-network-add-group"),
        |n| t!("programme-network-change", name = n.name.as_str()),
    );
    focus_soon("group-name".to_owned());
    let on_save = Callback::new(move |()| {
        let kind = if kind.get_untracked() == STRATEGIC {
            NetworkKind::Strategic
        } else {
            let (Some(locality), Some(hub)) = (
                parse_id(&locality.get_untracked(), LocalityId::from_uuid),
                parse_id(&hub.get_untracked(), NetworkId::from_uuid),
            ) else {
                error.set(Some(t!("programme-group-needs-hub")));
                return;
            };
            NetworkKind::Locality { locality, hub }
        };
        let network = Network {
            id: id.unwrap_or_else(|| NetworkId::from_uuid(Uuid::new_v4())),
            name: name.get_untracked().trim().to_owned(),
            kind,
        };
        save(open, Edit::PutNetwork { network }, editing, error);
    });
    let kinds = vec![
        (STRATEGIC.to_owned(), t!("programme-group-strategic")),
        ("locality".to_owned(), t!("programme-group-locality")),
    ];
    let locality_choices: Vec<(String, String)> = localities
        .iter()
        .map(|l| (l.id.to_string(), l.name.clone()))
        .collect();
    let hub_choices: Vec<(String, String)> = hubs
        .iter()
        .map(|h| (h.id.to_string(), h.name.clone()))
        .collect();
    view! {
        <EntryForm heading error on_save on_cancel=close(editing)>
            <InputField id="group-name" label=t!("programme-group-name") value=name />
            <ChoiceField id="group-kind" label=t!("programme-group-kind") choices=kinds value=kind />
            <Show when=move || kind.get() != STRATEGIC>
                <ChoiceField id="group-locality" label=t!("programme-group-serves") choices=locality_choices.clone() value=locality />
                <ChoiceField id="group-hub" label=t!("programme-group-reports-into") choices=hub_choices.clone() value=hub />
            </Show>
        </EntryForm>
    }
}

const NOT_SAID: &str = "not-said";

/// Adding or changing a member: name, organisation, carer rep, young carer, groups.
#[component]
pub fn MemberForm(
    open: OpenPlan,
    id: Option<MemberId>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let (existing, organisations, groups) = open.doc.with_untracked(|d| {
        let net = &d.content().network;
        (
            id.and_then(|id| net.member(id).cloned()),
            net.organisations.clone(),
            net.networks.clone(),
        )
    });
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|m| m.display_name.clone())
            .unwrap_or_default(),
    );
    let organisation = RwSignal::new(
        existing
            .as_ref()
            .and_then(|m| m.organisation)
            .map(|o| o.to_string())
            .unwrap_or_default(),
    );
    let carer_rep = RwSignal::new(existing.as_ref().is_some_and(|m| m.is_carer_rep));
    let young = RwSignal::new(
        match existing.as_ref().and_then(|m| m.young_carer) {
            Some(true) => "yes",
            Some(false) => "no",
            None => NOT_SAID,
        }
        .to_owned(),
    );
    let memberships: Vec<(NetworkId, String, RwSignal<bool>)> = groups
        .iter()
        .map(|g| {
            let member = existing
                .as_ref()
                .is_some_and(|m| m.networks.contains(&g.id));
            (g.id, g.name.clone(), RwSignal::new(member))
        })
        .collect();
    let error = RwSignal::new(None);
    let heading = existing.as_ref().map_or_else(
        || t!("programme-network-add-member"),
        |m| t!("programme-network-change", name = m.display_name.as_str()),
    );
    focus_soon("member-name".to_owned());
    let chosen = memberships.clone();
    let on_save = Callback::new(move |()| {
        let member = Member {
            id: id.unwrap_or_else(|| MemberId::from_uuid(Uuid::new_v4())),
            display_name: name.get_untracked().trim().to_owned(),
            organisation: parse_id(&organisation.get_untracked(), OrganisationId::from_uuid),
            is_carer_rep: carer_rep.get_untracked(),
            young_carer: match young.get_untracked().as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            networks: chosen
                .iter()
                .filter(|(_, _, ticked)| ticked.get_untracked())
                .map(|(id, _, _)| *id)
                .collect(),
        };
        save(open, Edit::PutMember { member }, editing, error);
    });
    let mut organisation_choices = vec![(String::new(), t!("programme-member-no-organisation"))];
    organisation_choices.extend(
        organisations
            .iter()
            .map(|o| (o.id.to_string(), o.label().to_owned())),
    );
    let young_choices = vec![
        (NOT_SAID.to_owned(), t!("programme-member-not-said")),
        ("yes".to_owned(), t!("programme-member-yes")),
        ("no".to_owned(), t!("programme-member-no")),
    ];
    view! {
        <EntryForm heading error on_save on_cancel=close(editing)>
            <InputField id="member-name" label=t!("programme-member-name") value=name />
            <ChoiceField id="member-organisation" label=t!("programme-column-organisation") choices=organisation_choices value=organisation />
            <CheckField id="member-rep" label=t!("programme-member-rep") checked=carer_rep />
            <ChoiceField id="member-young" label=t!("programme-member-young") choices=young_choices value=young />
            <fieldset class="field">
                <legend class="field__label">{t!("programme-member-groups")}</legend>
                {memberships
                    .into_iter()
                    .map(|(id, name, ticked)| {
                        view! { <CheckField id=format!("member-group-{id}") label=name checked=ticked translate="no" /> }
                    })
                    .collect_view()}
            </fieldset>
        </EntryForm>
    }
}

/// Adding or changing a meeting: title, group, day, times, place, key strategic
/// meeting, and who came (members ticked, a count of others).
#[component]
pub fn MeetingForm(
    open: OpenPlan,
    id: Option<MeetingId>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let (existing, groups, members) = open.doc.with_untracked(|d| {
        let net = &d.content().network;
        (
            id.and_then(|id| net.meeting(id).cloned()),
            net.networks.clone(),
            net.members.clone(),
        )
    });
    let title = RwSignal::new(
        existing
            .as_ref()
            .map(|m| m.title.clone())
            .unwrap_or_default(),
    );
    let group = RwSignal::new(
        existing
            .as_ref()
            .map(|m| m.network)
            .or_else(|| groups.first().map(|g| g.id))
            .map(|g| g.to_string())
            .unwrap_or_default(),
    );
    let date = RwSignal::new(
        existing
            .as_ref()
            .map(|m| m.date.to_string())
            .unwrap_or_default(),
    );
    let start = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(String::new, |m| m.start.format("%H:%M").to_string()),
    );
    let end = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(String::new, |m| m.end.format("%H:%M").to_string()),
    );
    let place = RwSignal::new(
        existing
            .as_ref()
            .map(|m| m.place.clone())
            .unwrap_or_default(),
    );
    let key = RwSignal::new(
        existing
            .as_ref()
            .is_some_and(|m| m.is_key_strategic_meeting),
    );
    let others = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(|| "0".to_owned(), |m| m.attendance.others.to_string()),
    );
    let came: Vec<(MemberId, String, RwSignal<bool>)> = members
        .iter()
        .map(|m| {
            let was_there = existing
                .as_ref()
                .is_some_and(|e| e.attendance.members.contains(&m.id));
            (m.id, m.display_name.clone(), RwSignal::new(was_there))
        })
        .collect();
    let error = RwSignal::new(None);
    let heading = existing.as_ref().map_or_else(
        || t!("programme-network-add-meeting"),
        |m| t!("programme-network-change", name = m.title.as_str()),
    );
    focus_soon("meeting-title".to_owned());
    let ticked = came.clone();
    let on_save = Callback::new(move |()| {
        let Some(network) = parse_id(&group.get_untracked(), NetworkId::from_uuid) else {
            error.set(Some(t!("programme-meeting-needs-group")));
            return;
        };
        let Some(day) = iso_day::parse(&date.get_untracked()) else {
            error.set(Some(t!("programme-meeting-needs-day")));
            return;
        };
        let (Some(starts), Some(ends)) = (
            iso_time::parse(&start.get_untracked()),
            iso_time::parse(&end.get_untracked()),
        ) else {
            error.set(Some(t!("programme-meeting-needs-times")));
            return;
        };
        let Ok(others) = others.get_untracked().trim().parse::<u32>() else {
            error.set(Some(t!("programme-meeting-needs-others")));
            return;
        };
        let meeting = Meeting {
            id: id.unwrap_or_else(|| MeetingId::from_uuid(Uuid::new_v4())),
            network,
            title: title.get_untracked().trim().to_owned(),
            date: day,
            start: starts,
            end: ends,
            place: place.get_untracked().trim().to_owned(),
            is_key_strategic_meeting: key.get_untracked(),
            attendance: Attendance {
                members: ticked
                    .iter()
                    .filter(|(_, _, t)| t.get_untracked())
                    .map(|(id, _, _)| *id)
                    .collect(),
                others,
            },
        };
        save(open, Edit::PutMeeting { meeting }, editing, error);
    });
    let group_choices = groups
        .iter()
        .map(|g| (g.id.to_string(), g.name.clone()))
        .collect();
    view! {
        <EntryForm heading error on_save on_cancel=close(editing)>
            <InputField id="meeting-title" label=t!("programme-meeting-title") value=title />
            <ChoiceField id="meeting-group" label=t!("programme-meeting-group") choices=group_choices value=group />
            <InputField id="meeting-date" label=t!("programme-meeting-day") kind="date" value=date />
            <InputField id="meeting-start" label=t!("programme-meeting-starts") kind="time" value=start />
            <InputField id="meeting-end" label=t!("programme-meeting-ends") kind="time" value=end />
            <InputField id="meeting-place" label=t!("programme-meeting-place") value=place />
            <CheckField id="meeting-key" label=t!("programme-meeting-key") checked=key />
            <fieldset class="field">
                <legend class="field__label">{t!("programme-meeting-came")}</legend>
                {came
                    .into_iter()
                    .map(|(id, name, ticked)| {
                        view! { <CheckField id=format!("meeting-came-{id}") label=name checked=ticked translate="no" /> }
                    })
                    .collect_view()}
            </fieldset>
            <InputField id="meeting-others" label=t!("programme-meeting-others") kind="number" value=others />
        </EntryForm>
    }
}
