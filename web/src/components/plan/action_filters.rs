//! The filters above the list of actions: area of focus, status (or "Overdue", or
//! "Needs attention"), lead, lead organisation and a search.
//!
//! The filters live in the address (`?area=2&status=amber&lead=…&org=…&q=…`), so a
//! filtered view can be shared as a link and survives a reload. [`Filters`] reads and
//! writes that query; the form only reports what a person picked. What is overdue or
//! needs attention is what the core's audit found; which spellings name one
//! organisation is the core's `organisation_key`.

use cares_core::plan::Status;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use super::action_card::CardFacts;
use crate::components::form::{Choice, SelectField};
use crate::i18n::{self, t};

/// The value of the lead filter that means "no lead yet".
pub const NO_LEAD: &str = "none";

/// The status filter's value for actions the audit finds overdue.
const OVERDUE: &str = "overdue";
/// The status filter's value for actions the audit has anything to say about.
const NEEDS_ATTENTION: &str = "attention";

/// What the status filter keeps: one status, or what the audit found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    /// Actions with this status.
    Is(Status),
    /// Actions past their due date and not complete.
    Overdue,
    /// Actions with any audit finding, overdue included.
    NeedsAttention,
}

impl StatusFilter {
    /// The value kept in the address and in the select.
    pub fn key(self) -> &'static str {
        match self {
            Self::Is(status) => status.key(),
            Self::Overdue => OVERDUE,
            Self::NeedsAttention => NEEDS_ATTENTION,
        }
    }

    /// The filter a value names; `None` for "all" or a value no filter has.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            OVERDUE => Some(Self::Overdue),
            NEEDS_ATTENTION => Some(Self::NeedsAttention),
            other => Status::from_key(other).map(Self::Is),
        }
    }

    /// True when a card passes.
    fn keeps(self, card: &CardFacts) -> bool {
        match self {
            Self::Is(status) => card.status == status,
            Self::Overdue => card.overdue,
            Self::NeedsAttention => card.overdue || card.to_add > 0,
        }
    }
}

/// Which actions to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only this area of focus.
    pub area: Option<u8>,
    /// Only this status, or only what the audit found.
    pub status: Option<StatusFilter>,
    /// Only this lead (as one line), or [`NO_LEAD`].
    pub lead: Option<String>,
    /// Only actions led by this organisation (its `organisation_key`), whoever the
    /// person is.
    pub org: Option<String>,
    /// Only actions whose words contain this.
    pub q: String,
}

impl Filters {
    /// Reads the filters from the address's query; unknown values are ignored.
    pub fn from_query(query: &ParamsMap) -> Self {
        Self {
            area: query.get_str("area").and_then(|a| a.trim().parse().ok()),
            status: query.get_str("status").and_then(StatusFilter::from_key),
            lead: query
                .get_str("lead")
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
            org: query
                .get_str("org")
                .filter(|o| !o.is_empty())
                .map(str::to_owned),
            q: query.get_str("q").unwrap_or_default().to_owned(),
        }
    }

    /// The query that holds these filters, without the ones left at "all".
    pub fn to_query(&self) -> String {
        let mut query = ParamsMap::new();
        if let Some(area) = self.area {
            query.insert("area", area.to_string());
        }
        if let Some(status) = self.status {
            query.insert("status", status.key().to_owned());
        }
        if let Some(lead) = &self.lead {
            query.insert("lead", lead.clone());
        }
        if let Some(org) = &self.org {
            query.insert("org", org.clone());
        }
        if !self.q.trim().is_empty() {
            query.insert("q", self.q.clone());
        }
        query.to_query_string()
    }

    /// The search words as [`Filters::matches`] takes them: trimmed, in lower case.
    /// Worked out once per change of filters, not once per card.
    pub fn search_words(&self) -> String {
        self.q.trim().to_lowercase()
    }

    /// True when a card passes every filter; `words` is [`Filters::search_words`].
    pub fn matches(&self, card: &CardFacts, words: &str) -> bool {
        if let Some(area) = self.area
            && card.area.map(|a| a.get()) != Some(area)
        {
            return false;
        }
        if let Some(status) = self.status
            && !status.keeps(card)
        {
            return false;
        }
        if let Some(org) = self.org.as_deref()
            && card.organisation.as_ref().map(|(key, _)| key.as_str()) != Some(org)
        {
            return false;
        }
        let lead_passes = match self.lead.as_deref() {
            None => true,
            Some(NO_LEAD) => card.lead.is_none(),
            Some(lead) => card.lead.as_deref() == Some(lead),
        };
        if !lead_passes {
            return false;
        }
        words.is_empty() || card.search.contains(words)
    }
}

/// The filter form.
#[component]
pub fn ActionFilters(
    /// The filters in force.
    #[prop(into)]
    filters: Signal<Filters>,
    /// "1: Making caring visible"…, with their numbers as values.
    #[prop(into)]
    areas: Signal<Vec<Choice>>,
    /// Every lead named in the plan, as one line each.
    #[prop(into)]
    leads: Signal<Vec<String>>,
    /// Every lead organisation in the plan: its key and how it is written.
    #[prop(into)]
    organisations: Signal<Vec<Choice>>,
    /// Called with the filters a person picks.
    on_change: Callback<Filters>,
) -> impl IntoView {
    let area_choices = Signal::derive(move || {
        let mut choices = vec![Choice::new("", t!("filters-all-areas"))];
        choices.extend(areas.get());
        choices
    });
    let status_choices = Signal::derive(|| {
        let mut choices = vec![Choice::new("", t!("filters-all-statuses"))];
        choices.extend(
            Status::ALL
                .into_iter()
                .map(|s| Choice::new(s.key(), i18n::status(s))),
        );
        choices.push(Choice::new(OVERDUE, t!("filters-overdue")));
        choices.push(Choice::new(NEEDS_ATTENTION, t!("filters-needs-attention")));
        choices
    });
    let org_choices = Signal::derive(move || {
        let mut choices = vec![Choice::new("", t!("filters-all-organisations"))];
        choices.extend(organisations.get());
        choices
    });
    let lead_choices = Signal::derive(move || {
        let mut choices = vec![Choice::new("", t!("filters-all-leads"))];
        choices.extend(leads.get().into_iter().map(|l| Choice::new(l.clone(), l)));
        choices.push(Choice::new(NO_LEAD, t!("filters-no-lead")));
        choices
    });
    let change = move |f: &dyn Fn(&mut Filters)| {
        let mut next = filters.get_untracked();
        f(&mut next);
        on_change.run(next);
    };
    // One memo per select: a change of one filter (or a letter in the search) then
    // redraws no other select's options.
    let area =
        Memo::new(move |_| filters.with(|f| f.area.map(|a| a.to_string()).unwrap_or_default()));
    let status = Memo::new(move |_| {
        filters.with(|f| f.status.map(|s| s.key().to_owned()).unwrap_or_default())
    });
    let lead = Memo::new(move |_| filters.with(|f| f.lead.clone().unwrap_or_default()));
    let org = Memo::new(move |_| filters.with(|f| f.org.clone().unwrap_or_default()));
    let initial_q = filters.get_untracked().q;
    view! {
        <form
            class="action-filters"
            role="search"
            aria-label=t!("filters-label")
            on:submit=|ev| ev.prevent_default()
        >
            <SelectField
                id="filter-area"
                label=t!("filters-area")
                choices=area_choices
                value=area
                on_change=Callback::new(move |v: String| change(&|f| f.area = v.parse().ok()))
            />
            <SelectField
                id="filter-status"
                label=t!("filters-status")
                choices=status_choices
                value=status
                on_change=Callback::new(move |v: String| {
                    change(&|f| f.status = StatusFilter::from_key(&v))
                })
            />
            <SelectField
                id="filter-lead"
                label=t!("filters-lead")
                choices=lead_choices
                value=lead
                on_change=Callback::new(move |v: String| {
                    change(&|f| f.lead = (!v.is_empty()).then(|| v.clone()))
                })
            />
            <SelectField
                id="filter-org"
                label=t!("filters-organisation")
                choices=org_choices
                value=org
                on_change=Callback::new(move |v: String| {
                    change(&|f| f.org = (!v.is_empty()).then(|| v.clone()))
                })
            />
            <div class="field">
                <label class="field__label" for="filter-q">
                    {t!("filters-search")}
                </label>
                <input
                    id="filter-q"
                    class="field__input"
                    type="search"
                    // Set once: the address follows what is typed, never the other way,
                    // so the caret never jumps while someone types.
                    value=initial_q
                    on:input=move |ev| {
                        let q = event_target_value(&ev);
                        change(&|f| f.q = q.clone());
                    }
                />
            </div>
        </form>
    }
}

// Reading and writing the address (`from_query`, `to_query`) goes through the
// browser's URL escaping, so only the browser tests cover it.
#[cfg(test)]
mod tests {
    use cares_core::framework::FocusAreaNumber;
    use cares_core::ids::ActionId;
    use cares_core::report::organisation_key;

    use super::*;

    fn card(area: u8, status: Status, lead: Option<&str>, search: &str) -> CardFacts {
        CardFacts {
            organisation: None,
            id: ActionId::from_u128(1),
            reference: None,
            what: search.to_owned(),
            status,
            lead: lead.map(str::to_owned),
            due: None,
            to_add: 0,
            overdue: false,
            area: FocusAreaNumber::new(area),
            search: search.to_owned(),
        }
    }

    #[test]
    fn a_card_shows_only_when_it_passes_every_filter() {
        let cafe = card(1, Status::Amber, Some("Sam Smith"), "open a carers' café");
        let all = Filters::default();
        assert!(all.matches(&cafe, &all.search_words()));
        let picked = Filters {
            area: Some(1),
            status: Some(StatusFilter::Is(Status::Amber)),
            lead: Some("Sam Smith".into()),
            org: None,
            q: "  CAFÉ ".into(),
        };
        assert!(picked.matches(&cafe, &picked.search_words()));
        for other in [
            Filters {
                area: Some(2),
                ..picked.clone()
            },
            Filters {
                status: Some(StatusFilter::Is(Status::Green)),
                ..picked.clone()
            },
            Filters {
                lead: Some("Priya Shah".into()),
                ..picked.clone()
            },
            Filters {
                lead: Some(NO_LEAD.into()),
                ..picked.clone()
            },
            Filters {
                q: "library".into(),
                ..picked.clone()
            },
        ] {
            assert!(!other.matches(&cafe, &other.search_words()), "{other:?}");
        }
        let nobody = card(3, Status::NotStarted, None, "posters");
        let no_lead = Filters {
            lead: Some(NO_LEAD.into()),
            ..Filters::default()
        };
        assert!(no_lead.matches(&nobody, ""));
    }

    #[test]
    fn overdue_and_needs_attention_follow_what_the_audit_found() {
        let fine = card(1, Status::Green, Some("Sam Smith"), "café");
        let late = CardFacts {
            overdue: true,
            ..fine.clone()
        };
        let vague = CardFacts {
            to_add: 2,
            ..fine.clone()
        };
        let overdue = Filters {
            status: Some(StatusFilter::Overdue),
            ..Filters::default()
        };
        let attention = Filters {
            status: Some(StatusFilter::NeedsAttention),
            ..Filters::default()
        };
        assert!(!overdue.matches(&fine, "") && !attention.matches(&fine, ""));
        assert!(overdue.matches(&late, "") && attention.matches(&late, ""));
        assert!(!overdue.matches(&vague, "") && attention.matches(&vague, ""));
        for filter in [StatusFilter::Overdue, StatusFilter::NeedsAttention] {
            assert_eq!(StatusFilter::from_key(filter.key()), Some(filter));
        }
    }

    #[test]
    fn an_organisation_matches_whoever_leads_for_it() {
        let led_by = |person: &str, org: &str| CardFacts {
            organisation: Some((organisation_key(org), org.to_owned())),
            ..card(1, Status::Green, Some(person), "café")
        };
        let library = Filters {
            org: Some(organisation_key("Maltby Library")),
            ..Filters::default()
        };
        assert!(library.matches(&led_by("Sam Smith", "Maltby Library"), ""));
        assert!(library.matches(&led_by("Jo Bloggs", "maltby library."), ""));
        assert!(!library.matches(&led_by("Sam Smith", "Carers Corner"), ""));
        assert!(!library.matches(&card(1, Status::Green, Some("Sam Smith"), ""), ""));
    }
}
