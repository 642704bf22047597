//! A plan's list of actions, grouped by area of focus, with the filters above it.
//!
//! The list is drawn with the browser's own DOM calls (`crate::dom`), not Leptos, as
//! the phone's page is: its Leptos views were 21 KB of the opened plan's code (the
//! plan's pack went from 189 to 168 KB brotli without them), and drawn this way the
//! same list can be the page of a small entry of its own (`docs/decisions.md`, 9).
//! The app's actions page (`pages/plan_actions.rs`) gives it a place, hands it the
//! plan when the plan changes and the filters when the address does, and writes the
//! address when a person picks filters.
//!
//! Everything the list shows is worked out once per change of the plan: the plan is
//! audited once (not once per card or per filter), and a change of filters only tests
//! each action against them. Each area then shows its first matches, with "Show more"
//! for the rest, and keeps the cards it has drawn (`hidden` when they do not match),
//! so a change of filters on a plan of thousands of actions draws next to nothing.

mod facts;
mod filters;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::{Rc, Weak};

use cares_core::audit::audit_plan;
use cares_core::document::Document;
use cares_core::framework::FocusArea;
use cares_core::ids::{ActionId, DocumentId};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::{Listener, document};
use crate::components::frame::focus::move_focus_to;
use crate::components::plan::plan_context::{action_path, action_plan, plan_path};
use crate::dom::{El, el, set_text};
use crate::i18n::{self, t};
use facts::{CardFacts, card_facts};
pub use filters::Filters;
use filters::{Choice, FilterForm};

/// How many matching actions an area shows at first, and how many more each press of
/// "Show more" adds: a few screens on a phone, and few enough that a change of
/// filters never has many cards to draw.
pub const PAGE: usize = 10;

/// From this many actions, cards off screen are left out of layout until scrolled near
/// (see plan.css); a short plan has nothing to gain.
const LONG_PLAN: usize = 100;

/// What the list asks of the page around it.
pub struct Hooks {
    /// Called with the filters a person picked, once they are drawn: the page writes
    /// them into the address.
    pub chose: Box<dyn Fn(&Filters)>,
    /// Goes to another address of the app (the form for a new action).
    pub go: Box<dyn Fn(&str)>,
}

/// The list on a page. Dropping it stops its listeners; the page removes its element.
pub struct ActionList {
    shared: Rc<Shared>,
    _listeners: [Listener; 4],
}

struct Shared {
    state: RefCell<State>,
    hooks: Hooks,
}

impl ActionList {
    /// A list of the actions of document `doc`, with `filters` in force. It shows no
    /// actions until it is given the plan ([`ActionList::show_plan`]).
    pub fn new(doc: DocumentId, filters: Filters, hooks: Hooks) -> ActionList {
        let form = FilterForm::new(&filters);
        let count = el("p")
            .class("plan-actions__count")
            .attr("aria-live", "polite")
            .done();
        let empty = el("p")
            .class("plan-actions__empty")
            .text(&t!("plan-actions-empty"))
            .done();
        let root = el("div")
            .class("plan-actions")
            .child(El::from(form.element().clone()))
            .child(El::from(count.clone()))
            .done();
        let shared = Rc::new(Shared {
            state: RefCell::new(State {
                doc,
                root: root.clone(),
                form,
                count,
                empty,
                filters,
                facts: Vec::new(),
                places: HashMap::new(),
                areas: Vec::new(),
            }),
            hooks,
        });
        let listen = |kind: &'static str, act: fn(&Rc<Shared>, &Element, &str)| {
            let weak: Weak<Shared> = Rc::downgrade(&shared);
            Listener::on(root.clone().into(), kind, move |event| {
                let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                if kind == "submit" {
                    event.prevent_default();
                }
                if let Some(shared) = weak.upgrade() {
                    act(&shared, &target, kind);
                }
            })
        };
        let _listeners = [
            listen("change", picked),
            listen("input", picked),
            listen("click", pressed),
            listen("submit", |_, _, _| {}),
        ];
        ActionList { shared, _listeners }
    }

    /// The list's element, to put on the page.
    pub fn element(&self) -> Element {
        self.shared.state.borrow().root.clone()
    }

    /// Shows the plan in `doc` as it is now, audited as of `today`: the cards whose
    /// action changed are drawn again, and nothing else.
    pub fn show_plan(&self, doc: &Document, today: NaiveDate) {
        self.shared.state.borrow_mut().show_plan(doc, today);
    }

    /// Shows the list under `filters` (the address changed by a link, Back or Forward).
    pub fn set_filters(&self, filters: Filters) {
        let mut state = self.shared.state.borrow_mut();
        if state.filters != filters {
            state.form.show(&filters);
            state.filters = filters;
            state.refresh();
        }
    }
}

/// A filter was picked or a letter typed in the search.
fn picked(shared: &Rc<Shared>, target: &Element, kind: &str) {
    // The search box answers to each letter ("input"), a list to a choice ("change"):
    // the search box's own "change", when it loses focus, is nothing new.
    if (kind == "input") != (target.tag_name() == "INPUT") {
        return;
    }
    let picked = {
        let mut state = shared.state.borrow_mut();
        let Some(next) = state.form.changed(&target.id(), &state.filters) else {
            return;
        };
        if next == state.filters {
            return;
        }
        state.filters = next.clone();
        state.refresh();
        next
    };
    (shared.hooks.chose)(&picked);
}

/// A button in the list was pressed: "Show more" or "Add an action".
fn pressed(shared: &Rc<Shared>, target: &Element, _: &str) {
    let Ok(Some(button)) = target.closest("button[data-more], button[data-add]") else {
        return;
    };
    if let Some(area) = button.get_attribute("data-add") {
        let address = {
            let state = shared.state.borrow();
            format!("{}/action/new?area={area}", plan_path(state.doc))
        };
        (shared.hooks.go)(&address);
        return;
    }
    let Some(at) = button
        .get_attribute("data-more")
        .and_then(|at| at.parse::<usize>().ok())
    else {
        return;
    };
    let first_new = shared.state.borrow_mut().show_more(at);
    // A keyboard or screen reader user goes to the first card that appeared, rather
    // than staying on a button that may be gone.
    if let Some(id) = first_new {
        move_focus_to(&card_link_id(id));
    }
}

/// The list as drawn, and what it was drawn from.
struct State {
    doc: DocumentId,
    root: Element,
    form: FilterForm,
    /// "Showing 8 of 24 actions", said politely when it changes.
    count: Element,
    /// "No actions yet. Add the first one.", on the page only when there are none.
    empty: Element,
    filters: Filters,
    /// Every card's facts, in the plan's order.
    facts: Vec<CardFacts>,
    /// Where each action's facts are in `facts`.
    places: HashMap<ActionId, usize>,
    /// The plan's areas of focus, then the actions linked to none.
    areas: Vec<Area>,
}

impl State {
    fn show_plan(&mut self, doc: &Document, today: NaiveDate) {
        self.facts = action_plan(doc)
            .map(|plan| card_facts(plan, &audit_plan(plan, today)))
            .unwrap_or_default();
        self.places = self
            .facts
            .iter()
            .enumerate()
            .map(|(at, card)| (card.id, at))
            .collect();

        let framework = &doc.content().framework().focus_areas;
        let headings: Vec<AreaHeading> = framework
            .iter()
            .map(AreaHeading::of)
            .chain(std::iter::once(AreaHeading::unlinked()))
            .collect();
        if self.areas.iter().map(|a| &a.heading).ne(headings.iter()) {
            for area in self.areas.drain(..) {
                area.section.remove();
            }
            for (at, heading) in headings.into_iter().enumerate() {
                let area = Area::new(at, heading);
                let _ = self.root.append_child(&area.section);
                self.areas.push(area);
            }
        }

        // Every action's section: its area, if the framework knows it; else the last.
        let known: BTreeSet<u8> = framework.iter().map(|a| a.number.get()).collect();
        let mut by_area: BTreeMap<Option<u8>, Vec<ActionId>> = BTreeMap::new();
        for card in &self.facts {
            let area = card.area.map(|a| a.get()).filter(|n| known.contains(n));
            by_area.entry(area).or_default().push(card.id);
        }
        for area in &mut self.areas {
            let all = by_area.remove(&area.heading.number).unwrap_or_default();
            area.take_plan(all, self.doc, &self.facts, &self.places);
        }

        let areas: Vec<Choice> = framework
            .iter()
            .map(|a| (a.number.get().to_string(), a.choice_label()))
            .collect();
        let mut leads: Vec<String> = self
            .facts
            .iter()
            .filter_map(|c| c.lead.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        leads.sort_by_key(|l| l.to_lowercase());
        // One choice per organisation, however its name is spelt, named as first written.
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (key, name) in self.facts.iter().filter_map(|c| c.organisation.as_ref()) {
            seen.entry(key).or_insert(name);
        }
        let mut organisations: Vec<Choice> = seen
            .into_iter()
            .map(|(key, name)| (key.to_owned(), name.to_owned()))
            .collect();
        organisations.sort_by_key(|(_, name)| name.to_lowercase());
        self.form.offer(areas, leads, organisations, &self.filters);
        self.refresh();
    }

    /// Tests every action against the filters and shows what passes.
    fn refresh(&mut self) {
        let words = self.filters.search_words();
        let mut shown = 0;
        for area in &mut self.areas {
            area.matching = area
                .all
                .iter()
                .copied()
                .filter(|id| {
                    self.places
                        .get(id)
                        .is_some_and(|&at| self.filters.matches(&self.facts[at], &words))
                })
                .collect();
            shown += area.matching.len();
        }
        let total = self.facts.len();
        set_text(
            &self.count,
            &t!("plan-actions-showing", shown = shown, total = total),
        );
        // On the page only while there is nothing else to say.
        match (total, self.empty.parent_node()) {
            (0, None) => {
                let _ = self.count.after_with_node_1(&self.empty);
            }
            (1.., Some(_)) => self.empty.remove(),
            _ => {}
        }
        let long = total > LONG_PLAN;
        if self.root.class_list().contains("plan-actions--long") != long {
            let _ = self
                .root
                .class_list()
                .toggle_with_force("plan-actions--long", long);
        }
        for area in &mut self.areas {
            area.show(&self.filters, self.doc, &self.facts, &self.places);
        }
    }

    /// Shows the next [`PAGE`] of area `at`'s matches; the first of them, if any.
    fn show_more(&mut self, at: usize) -> Option<ActionId> {
        let area = self.areas.get_mut(at)?;
        let first_new = area.limit(&self.filters);
        area.raised = Some((self.filters.clone(), first_new + PAGE));
        let id = area.matching.get(first_new).copied();
        area.show(&self.filters, self.doc, &self.facts, &self.places);
        id
    }
}

/// The heading of a section of the list: an area of focus, or "not linked".
#[derive(Debug, Clone, PartialEq, Eq)]
struct AreaHeading {
    /// The area's number; `None` for actions linked to no area.
    number: Option<u8>,
    /// The heading as the core words it ("Area of focus 1: Carer Cornerstones").
    title: String,
    /// Its line in carers' words ("Making caring visible").
    tagline: String,
    /// Its key objective.
    key_objective: String,
}

impl AreaHeading {
    fn of(area: &FocusArea) -> Self {
        Self {
            number: Some(area.number.get()),
            title: area.heading(),
            tagline: area.tagline.clone(),
            key_objective: area.key_objective.clone(),
        }
    }

    fn unlinked() -> Self {
        Self {
            number: None,
            title: t!("area-unlinked"),
            tagline: String::new(),
            key_objective: String::new(),
        }
    }
}

/// One section of the list: an area of focus and its cards.
struct Area {
    heading: AreaHeading,
    section: Element,
    /// "No actions here match these filters."
    empty: Element,
    list: Element,
    /// "You can see 10 of the 23 matching actions in this area." and "Show more".
    more: Element,
    more_count: Element,
    more_button: Element,
    /// Every action in the area, in the plan's order.
    all: Vec<ActionId>,
    /// Those that pass the filters.
    matching: Vec<ActionId>,
    /// How many matches "Show more" raised the area to, and under which filters: a
    /// change of filters starts again from the first page.
    raised: Option<(Filters, usize)>,
    /// The cards drawn since the plan last changed, shown or hidden.
    cards: HashMap<ActionId, Card>,
}

/// A drawn card, and what it shows.
struct Card {
    li: Element,
    facts: CardFacts,
    hidden: bool,
}

impl Area {
    /// The section of the area at place `at` in the list.
    fn new(at: usize, heading: AreaHeading) -> Area {
        let heading_id = match heading.number {
            Some(n) => format!("area-{n}-heading"),
            None => "area-none-heading".to_owned(),
        };
        let empty = el("p")
            .class("area__empty")
            .attr("hidden", "")
            .text(&t!("area-no-match"))
            .done();
        let list = el("ul").class("action-list").attr("hidden", "").done();
        let more_count = el("p").class("area__more-count").done();
        let more_button = el("button")
            .attr("type", "button")
            .class("button button--secondary")
            .attr("data-more", &at.to_string())
            .done();
        let more = el("div")
            .class("area__more")
            .attr("hidden", "")
            .child(El::from(more_count.clone()))
            .child(El::from(more_button.clone()))
            .done();
        // No accessible name on the section: "Area of focus" is the filter's label,
        // and a region of the same name would make that label ambiguous.
        let section = el("section")
            .class("area")
            .child(
                el("h2")
                    .id(&heading_id)
                    .attr_if(heading.number.is_some(), "translate", "no")
                    .text(&heading.title),
            )
            .maybe((!heading.tagline.is_empty()).then(|| {
                el("p")
                    .class("area__tagline")
                    .attr("translate", "no")
                    .text(&format!("\u{201c}{}\u{201d}", heading.tagline))
            }))
            .maybe((!heading.key_objective.is_empty()).then(|| {
                el("p")
                    .class("area__objective")
                    .child(
                        el("span")
                            .class("area__objective-label")
                            .text(&t!("area-key-objective"))
                            .text(" "),
                    )
                    .child(
                        el("span")
                            .attr("translate", "no")
                            .text(&heading.key_objective),
                    )
            }))
            .child(El::from(empty.clone()))
            .child(El::from(list.clone()))
            .child(El::from(more.clone()))
            .maybe(heading.number.map(|n| {
                el("button")
                    .attr("type", "button")
                    .class("button button--secondary")
                    .attr("data-add", &n.to_string())
                    .text(&t!("area-add-action", area = n))
            }))
            .done();
        Area {
            heading,
            section,
            empty,
            list,
            more,
            more_count,
            more_button,
            all: Vec::new(),
            matching: Vec::new(),
            raised: None,
            cards: HashMap::new(),
        }
    }

    /// Takes the area's actions after a change of the plan: the cards of actions gone
    /// from it are taken away, and those whose action changed are drawn again.
    fn take_plan(
        &mut self,
        all: Vec<ActionId>,
        doc: DocumentId,
        facts: &[CardFacts],
        places: &HashMap<ActionId, usize>,
    ) {
        let here: HashSet<ActionId> = all.iter().copied().collect();
        self.cards.retain(|id, card| {
            let kept = here.contains(id);
            if !kept {
                card.li.remove();
            }
            kept
        });
        for (id, card) in &mut self.cards {
            let Some(now) = places.get(id).and_then(|&at| facts.get(at)) else {
                continue;
            };
            if card.facts != *now {
                let focused = document()
                    .active_element()
                    .is_some_and(|active| card.li.contains(Some(&active)));
                let li = draw_card(doc, now, card.hidden);
                let _ = card.li.replace_with_with_node_1(&li);
                card.li = li;
                card.facts = now.clone();
                if focused {
                    move_focus_to(&card_link_id(*id));
                }
            }
        }
        self.all = all;
        self.place_cards();
    }

    /// How many matches to show under `filters`.
    fn limit(&self, filters: &Filters) -> usize {
        match &self.raised {
            Some((under, n)) if under == filters => *n,
            _ => PAGE,
        }
    }

    /// Shows the first matches under `filters` (drawing the cards not drawn yet) and
    /// hides the rest: a change of filters touches only the cards that came or went.
    fn show(
        &mut self,
        filters: &Filters,
        doc: DocumentId,
        facts: &[CardFacts],
        places: &HashMap<ActionId, usize>,
    ) {
        if self
            .raised
            .as_ref()
            .is_some_and(|(under, _)| under != filters)
        {
            self.raised = None;
        }
        let shown = match self.heading.number {
            // Actions linked to no area appear only while some of them pass the filters.
            None => filters.area.is_none() && !self.matching.is_empty(),
            Some(n) => filters.area.is_none_or(|only| only == n),
        };
        set_hidden(&self.section, !shown);

        let limit = self.limit(filters);
        let visible: HashSet<ActionId> = self.matching.iter().take(limit).copied().collect();
        let mut drawn = false;
        for id in &visible {
            if self.cards.contains_key(id) {
                continue;
            }
            let Some(card) = places.get(id).and_then(|&at| facts.get(at)) else {
                continue;
            };
            self.cards.insert(
                *id,
                Card {
                    li: draw_card(doc, card, false),
                    facts: card.clone(),
                    hidden: false,
                },
            );
            drawn = true;
        }
        for (id, card) in &mut self.cards {
            let hidden = !visible.contains(id);
            if card.hidden != hidden {
                set_hidden(&card.li, hidden);
                card.hidden = hidden;
            }
        }
        if drawn {
            self.place_cards();
        }

        let (matches, showing) = (self.matching.len(), visible.len());
        set_hidden(&self.empty, matches > 0 || self.all.is_empty());
        set_hidden(&self.list, showing == 0);
        set_hidden(&self.more, showing >= matches);
        if showing < matches {
            set_text(
                &self.more_count,
                &t!("area-showing", shown = showing, matching = matches),
            );
            set_text(
                &self.more_button,
                &t!("area-show-more", count = (matches - showing).min(PAGE)),
            );
        }
    }

    /// Puts the drawn cards in the plan's order, moving none that is already in place
    /// (a card moved loses keyboard focus).
    fn place_cards(&self) {
        let mut next: Option<Element> = None;
        for id in self.all.iter().rev() {
            let Some(card) = self.cards.get(id) else {
                continue;
            };
            let in_place = card.li.parent_element().is_some_and(|p| p == self.list)
                && card.li.next_element_sibling() == next;
            if !in_place {
                let _ = self
                    .list
                    .insert_before(&card.li, next.as_ref().map(|n| n.unchecked_ref()));
            }
            next = Some(card.li.clone());
        }
    }
}

/// The id of a card's link, so focus can be moved to a card that has just appeared.
fn card_link_id(action: ActionId) -> String {
    format!("action-link-{action}")
}

/// One action in the list: its reference, its wording (a link to the editor), its
/// status, lead and due date, and how many things the audit says it still needs.
fn draw_card(doc: DocumentId, f: &CardFacts, hidden: bool) -> Element {
    let mut facts = vec![
        el("li").child(
            el("span")
                .class(&format!("status-badge status-badge--{}", f.status.key()))
                .text(&i18n::status(f.status)),
        ),
        el("li").text(&match &f.lead {
            Some(lead) => t!("card-lead", lead = lead.clone()),
            None => t!("card-no-lead"),
        }),
    ];
    if let Some(due) = f.due {
        facts.push(el("li").text(&t!("card-due", due = due)));
    }
    if f.overdue {
        facts.push(
            el("li")
                .class("action-card__overdue")
                .text(&t!("card-overdue")),
        );
    }
    if f.to_add > 0 {
        facts.push(
            el("li")
                .class("action-card__to-add")
                .text(&t!("card-things-to-add", count = f.to_add)),
        );
    }
    el("li")
        .class("action-card")
        .attr_if(hidden, "hidden", "")
        .maybe(f.reference.as_deref().map(|r| {
            el("p")
                .class("action-card__ref")
                .attr("translate", "no")
                .text(r)
        }))
        .child(
            el("p")
                .class("action-card__what")
                .attr("translate", "no")
                .child(
                    el("a")
                        .id(&card_link_id(f.id))
                        .attr("href", &action_path(doc, f.id))
                        .text(&f.what),
                ),
        )
        .child(el("ul").class("action-card__facts").children(facts))
        .done()
}

/// Shows or hides an element, touching it only if that changes.
fn set_hidden(element: &Element, hidden: bool) {
    if element.has_attribute("hidden") != hidden {
        let _ = element.toggle_attribute_with_force("hidden", hidden);
    }
}
