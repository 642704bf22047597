//! The filters above the list of actions: area of focus, status (or "Overdue", or
//! "Needs attention"), lead, lead organisation and a search.
//!
//! The filters live in the address (`?area=2&status=amber&lead=…&org=…&q=…`), so a
//! filtered view can be shared as a link and survives a reload. [`Filters`] reads and
//! writes that query; the form ([`FilterForm`]) only reports what a person picked.
//! What is overdue or needs attention is what the core's audit found; which spellings
//! name one organisation is the core's `organisation_key`.

use cares_core::plan::Status;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use super::facts::CardFacts;
use crate::dom::{El, el};
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
    /// Reads the filters from the address's query (`get` gives a parameter's value);
    /// unknown values are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let given = |name: &str| get(name).filter(|v| !v.is_empty());
        Self {
            area: given("area").and_then(|a| a.trim().parse().ok()),
            status: given("status").and_then(|s| StatusFilter::from_key(&s)),
            lead: given("lead"),
            org: given("org"),
            q: get("q").unwrap_or_default(),
        }
    }

    /// The query that holds these filters (`?area=2&q=caf%C3%A9`), without the ones
    /// left at "all"; empty when every filter is.
    pub fn to_query(&self, escape: impl Fn(&str) -> String) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(area) = self.area {
            pairs.push(("area", area.to_string()));
        }
        if let Some(status) = self.status {
            pairs.push(("status", status.key().to_owned()));
        }
        if let Some(lead) = &self.lead {
            pairs.push(("lead", lead.clone()));
        }
        if let Some(org) = &self.org {
            pairs.push(("org", org.clone()));
        }
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        let mut query = String::new();
        for (name, value) in pairs {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.push_str(name);
            query.push('=');
            query.push_str(&escape(&value));
        }
        query
    }

    /// The search words as [`Filters::matches`] takes them: trimmed, in lower case.
    /// Worked out once per change of filters, not once per card.
    pub fn search_words(&self) -> String {
        super::facts::lower(self.q.trim())
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

/// One choice of a drop-down list: its value and the words shown.
pub type Choice = (String, String);

/// The filter form: four drop-down lists and a search box. Its lists are drawn again
/// only when their choices change (a plan gains a lead), never at a change of filters.
pub struct FilterForm {
    form: Element,
    area: HtmlSelectElement,
    status: HtmlSelectElement,
    lead: HtmlSelectElement,
    org: HtmlSelectElement,
    search: HtmlInputElement,
    /// The choices the area, lead and organisation lists show now.
    shown: [Vec<Choice>; 3],
}

/// The ids of the form's controls, which say which filter a change is to.
const AREA_ID: &str = "filter-area";
const STATUS_ID: &str = "filter-status";
const LEAD_ID: &str = "filter-lead";
const ORG_ID: &str = "filter-org";
const SEARCH_ID: &str = "filter-q";

impl FilterForm {
    /// The form, showing `filters`; the plan's areas, leads and organisations come
    /// with [`FilterForm::offer`].
    pub fn new(filters: &Filters) -> FilterForm {
        let mut statuses = vec![(String::new(), t!("filters-all-statuses"))];
        statuses.extend(
            Status::ALL
                .into_iter()
                .map(|s| (s.key().to_owned(), i18n::status(s))),
        );
        statuses.push((OVERDUE.to_owned(), t!("filters-overdue")));
        statuses.push((NEEDS_ATTENTION.to_owned(), t!("filters-needs-attention")));

        let (area, area_field) = select_field(AREA_ID, &t!("filters-area"));
        let (status, status_field) = select_field(STATUS_ID, &t!("filters-status"));
        let (lead, lead_field) = select_field(LEAD_ID, &t!("filters-lead"));
        let (org, org_field) = select_field(ORG_ID, &t!("filters-organisation"));
        fill(&status, &statuses);
        let search = el("input")
            .id(SEARCH_ID)
            .class("field__input")
            .attr("type", "search")
            .attr("value", &filters.q)
            .done();
        let form = el("form")
            .class("action-filters")
            .attr("role", "search")
            .attr("aria-label", &t!("filters-label"))
            .children([area_field, status_field, lead_field, org_field])
            .child(
                el("div")
                    .class("field")
                    .child(
                        el("label")
                            .class("field__label")
                            .attr("for", SEARCH_ID)
                            .text(&t!("filters-search")),
                    )
                    .child(El::from(search.clone())),
            )
            .done();
        let form = FilterForm {
            form,
            area,
            status,
            lead,
            org,
            search: search.unchecked_into(),
            shown: Default::default(),
        };
        form.show(filters);
        form
    }

    /// The form's element.
    pub fn element(&self) -> &Element {
        &self.form
    }

    /// Offers the plan's areas ("1: Making caring visible"), leads (as one line each)
    /// and lead organisations (key, name as written), besides "all" and the like.
    pub fn offer(
        &mut self,
        areas: Vec<Choice>,
        leads: Vec<String>,
        organisations: Vec<Choice>,
        filters: &Filters,
    ) {
        let mut area_choices = vec![(String::new(), t!("filters-all-areas"))];
        area_choices.extend(areas);
        let mut lead_choices = vec![(String::new(), t!("filters-all-leads"))];
        lead_choices.extend(leads.into_iter().map(|l| (l.clone(), l)));
        lead_choices.push((NO_LEAD.to_owned(), t!("filters-no-lead")));
        let mut org_choices = vec![(String::new(), t!("filters-all-organisations"))];
        org_choices.extend(organisations);
        let lists = [&self.area, &self.lead, &self.org];
        for ((select, shown), now) in lists.into_iter().zip(self.shown.iter_mut()).zip([
            area_choices,
            lead_choices,
            org_choices,
        ]) {
            if *shown != now {
                fill(select, &now);
                *shown = now;
            }
        }
        self.show(filters);
    }

    /// Shows `filters` in the controls. The search box keeps what is being typed in
    /// it: the address follows typing, never the other way, so the caret never jumps.
    pub fn show(&self, filters: &Filters) {
        choose(
            &self.area,
            &filters.area.map(|a| a.to_string()).unwrap_or_default(),
        );
        choose(
            &self.status,
            filters.status.map(StatusFilter::key).unwrap_or_default(),
        );
        choose(&self.lead, filters.lead.as_deref().unwrap_or_default());
        choose(&self.org, filters.org.as_deref().unwrap_or_default());
        let typing = crate::browser::document()
            .active_element()
            .is_some_and(|active| active.id() == SEARCH_ID);
        if !typing && self.search.value() != filters.q {
            self.search.set_value(&filters.q);
        }
    }

    /// The filters after a change to the control with id `control`; `None` if it is
    /// not one of the form's.
    pub fn changed(&self, control: &str, now: &Filters) -> Option<Filters> {
        let mut next = now.clone();
        match control {
            AREA_ID => next.area = self.area.value().parse().ok(),
            STATUS_ID => next.status = StatusFilter::from_key(&self.status.value()),
            LEAD_ID => next.lead = Some(self.lead.value()).filter(|v| !v.is_empty()),
            ORG_ID => next.org = Some(self.org.value()).filter(|v| !v.is_empty()),
            SEARCH_ID => next.q = self.search.value(),
            _ => return None,
        }
        Some(next)
    }
}

/// A labelled drop-down list: the list, and its field to put on the page.
fn select_field(id: &str, label: &str) -> (HtmlSelectElement, El) {
    let select = el("select")
        .id(id)
        .class("field__input field__input--select")
        .done();
    let field = el("div")
        .class("field")
        .child(
            el("label")
                .class("field__label")
                .attr("for", id)
                .text(label),
        )
        .child(El::from(select.clone()));
    (select.unchecked_into(), field)
}

/// Puts `choices` in a drop-down list.
fn fill(select: &HtmlSelectElement, choices: &[Choice]) {
    let kept = select.value();
    select.set_text_content(None);
    for (value, label) in choices {
        let _ = select.append_child(&el("option").attr("value", value).text(label).done());
    }
    choose(select, &kept);
}

/// Selects the choice of value `value`, or the first ("all") if the list has none.
fn choose(select: &HtmlSelectElement, value: &str) {
    if select.value() != value {
        select.set_value(value);
    }
    if select.selected_index() < 0 {
        select.set_selected_index(0);
    }
}

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
    fn the_address_holds_the_filters_that_are_not_all() {
        let escape = |v: &str| v.replace(' ', "%20");
        assert_eq!(Filters::default().to_query(escape), "");
        let picked = Filters {
            area: Some(2),
            status: Some(StatusFilter::Overdue),
            lead: Some("Sam Smith".into()),
            org: None,
            q: "café".into(),
        };
        let query = picked.to_query(escape);
        assert_eq!(query, "?area=2&status=overdue&lead=Sam%20Smith&q=café");
        let read = Filters::from_query(|name| {
            query[1..].split('&').find_map(|pair| {
                let (n, v) = pair.split_once('=')?;
                (n == name).then(|| v.replace("%20", " "))
            })
        });
        assert_eq!(read, picked);
        // What no filter has is read as "all".
        let odd = Filters::from_query(|name| match name {
            "area" => Some("twelve".into()),
            "status" => Some("purple".into()),
            "lead" => Some(String::new()),
            _ => None,
        });
        assert_eq!(odd, Filters::default());
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
