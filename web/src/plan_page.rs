//! A plan's actions page as an entry of its own (`plan.html`, `cares_plan.wasm`),
//! served at `/plan/<id>`: the page a plan opens on, without the whole app.
//!
//! It draws what the app's plan frame draws around the list (the skip link, the
//! banner with the main navigation and the choice of language, the plan's title,
//! locality and nav, where saving stands and the nudge to back up), reads the plan
//! from this device, and shows the list (`crate::action_list`). It changes nothing in
//! the plan: every link and button on it leads to a page of the app, which is an
//! ordinary page load (from the service worker's copy once the app has been used
//! here). Another tab's edits of the plan are taken in as they are saved, and its
//! download of a copy or removal of the plan shown. See `docs/decisions.md` (9).

use std::cell::RefCell;
use std::rc::Rc;

use cares_core::catch_up;
use cares_core::document::Document;
use cares_core::edits::StampedEdit;
use cares_core::ids::DocumentId;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::action_list::{ActionList, Filters, Hooks};
use crate::browser::{document, window};
use crate::components::frame::backup_nudge::backup_due;
use crate::components::frame::plan_nav::plan_pages;
use crate::components::main_nav::top_pages;
use crate::dom::{El, el};
use crate::i18n::t;
use crate::store::tabs::{self, TabMessage};
use crate::workspace::{plan_locality, today};

/// The id of the page's `<main>`, where the skip link leads.
const MAIN_ID: &str = "main";

/// Starts the page: its frame at once, then the plan from this device.
pub fn start() {
    let body = document().body().expect("the page has a body");
    let main = el("main").id(MAIN_ID).attr("tabindex", "-1").done();
    let _ = body.append_child(&crate::dom::skip_link(MAIN_ID));
    let _ = body.append_child(&crate::dom::banner(Some(main_nav())));
    let _ = body.append_child(&main);
    let Some(id) = doc_in_address() else {
        show_not_here(&main);
        return;
    };
    let loading = el("p")
        .class("plan-frame__loading")
        .text(&t!("frame-loading"))
        .done();
    let _ = main.append_child(&loading);
    wasm_bindgen_futures::spawn_local(async move {
        match crate::store::load(id).await {
            Ok(Some(stored)) => {
                main.set_text_content(None);
                let page = PlanPage::mount(&main, id, stored.doc, stored.backed_up.is_some());
                // The plan stays on the page as long as the page is open.
                std::mem::forget(page);
            }
            Ok(None) => show_not_here(&main),
            Err(reason) => show_unreadable(&main, &reason),
        }
    });
}

/// The document named in the address (`/plan/<id>`), if it names one.
fn doc_in_address() -> Option<DocumentId> {
    let path = window().location().pathname().ok()?;
    let id = path.strip_prefix("/plan/")?.trim_end_matches('/');
    uuid::Uuid::parse_str(id).ok().map(DocumentId::from_uuid)
}

/// The filters in the address's query.
fn filters_in_address() -> Filters {
    let search = window().location().search().unwrap_or_default();
    match web_sys::UrlSearchParams::new_with_str(&search) {
        Ok(query) => Filters::from_query(|name| query.get(name)),
        Err(_) => Filters::default(),
    }
}

/// The plan on the page, for as long as the page is open.
struct PlanPage {
    doc: Document,
    list: ActionList,
    /// "Saved on this device", or why another tab's edits could not be taken in.
    status: Element,
    /// "Only this device has this plan…", shown while [`backup_due`].
    nudge: Element,
    backed_up: bool,
}

impl PlanPage {
    fn mount(
        main: &Element,
        id: DocumentId,
        doc: Document,
        backed_up: bool,
    ) -> Rc<RefCell<PlanPage>> {
        // No router here: the address is written at once, which costs a history entry's
        // update and nothing else (the app waits for a pause; `pages/plan_actions.rs`).
        let hooks = Hooks {
            chose: Box::new(move |filters: &Filters| {
                let address = format!(
                    "/plan/{id}{}",
                    filters.to_query(|v| String::from(js_sys::encode_uri_component(v)))
                );
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
                }
            }),
            go: Box::new(|address: &str| {
                let _ = window().location().assign(address);
            }),
        };
        let list = ActionList::new(id, filters_in_address(), hooks);
        list.show_plan(&doc, today());
        let content = doc.content();
        let place = plan_locality(content);
        let status = el("p")
            .class("save-status")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .text(&t!("frame-saved"))
            .done();
        let nudge = el("p")
            .class("backup-nudge")
            .attr("role", "note")
            .text(&t!("frame-backup-nudge"))
            .text(" ")
            .child(
                el("a")
                    .attr("href", &format!("/plan/{id}/share"))
                    .text(&t!("frame-backup-link")),
            )
            .done();
        let header = el("header")
            .class("plan-frame__header")
            .child(
                el("h1")
                    .class("plan-frame__title")
                    .attr("translate", "no")
                    .text(content.display_title()),
            )
            .child(
                el("p")
                    .class("plan-frame__locality")
                    // A locality's name is as people wrote it; "Whole borough" is the
                    // app's words.
                    .attr_if(place.is_some(), "translate", "no")
                    .text(&place.unwrap_or_else(|| t!("frame-whole-borough"))),
            )
            .child(plan_nav(id, content.is_programme()))
            .child(El::from(status.clone()))
            .child(El::from(nudge.clone()));
        let frame = el("div")
            .class("plan-frame")
            .child(header)
            .child(El::from(list.element()))
            .done();
        let _ = main.append_child(&frame);
        let page = Rc::new(RefCell::new(PlanPage {
            doc,
            list,
            status,
            nudge,
            backed_up,
        }));
        page.borrow().show_nudge();

        let weak = Rc::downgrade(&page);
        tabs::listen(move |message| {
            let Some(page) = weak.upgrade() else {
                return;
            };
            if message.doc() != id {
                return;
            }
            let gap = page.borrow_mut().take(message);
            // A message was missed (as the app's tabs do: `workspace::OpenPlan::hear`):
            // every stored edit is read again, and those already here are skipped.
            if gap {
                let weak = Rc::downgrade(&page);
                wasm_bindgen_futures::spawn_local(async move {
                    if let (Ok(all), Some(page)) =
                        (crate::store::load_edits(id).await, weak.upgrade())
                    {
                        page.borrow_mut().receive(all);
                    }
                });
            }
        });
        page
    }

    /// Another tab's news of this plan; true if its edits skip one never heard of.
    fn take(&mut self, message: TabMessage) -> bool {
        let mut gap = false;
        match message {
            TabMessage::Edits { edits, .. } => {
                gap = catch_up::skips_an_edit(self.doc.log(), &edits);
                self.receive(edits);
            }
            TabMessage::BackedUp { .. } => self.backed_up = true,
            TabMessage::Removed { .. } => {
                // The plan in the address is gone from this device.
                let note = el("p")
                    .attr("role", "alert")
                    .text(&t!("frame-removed-elsewhere"))
                    .text(" ")
                    .child(el("a").attr("href", "/").text(&t!("frame-go-to-plans")))
                    .done();
                let _ = self.list.element().replace_with_with_node_1(&note);
            }
        }
        self.show_nudge();
        gap
    }

    /// Takes in edits another tab saved. Tabs stamp with ids of their own, so a
    /// refusal means something outside this app wrote to this device's copy: the
    /// status says so, as the app's frame does.
    fn receive(&mut self, edits: Vec<StampedEdit>) {
        match self.doc.receive(edits) {
            Ok(0) => {}
            Ok(_) => {
                self.list.show_plan(&self.doc, today());
                self.show_nudge();
            }
            Err(e) => {
                let said = t!("save-other-tab-refused", detail = e.to_string());
                crate::dom::set_text(&self.status, &said);
                let _ = self.status.class_list().add_1("save-status--failed");
            }
        }
    }

    fn show_nudge(&self) {
        let hidden = !backup_due(&self.doc, self.backed_up);
        if self.nudge.has_attribute("hidden") != hidden {
            let _ = self.nudge.toggle_attribute_with_force("hidden", hidden);
        }
    }
}

/// The links to the pages of one plan; "Actions", this page, is marked as current.
fn plan_nav(id: DocumentId, programme: bool) -> El {
    let base = format!("/plan/{id}");
    let mut links = Vec::new();
    if programme {
        links.push((t!("frame-nav-programme"), format!("{base}/programme")));
    }
    links.extend(plan_pages(id));
    let items = links.into_iter().map(|(name, href)| {
        el("li").child(
            el("a")
                .attr_if(href == base, "aria-current", "page")
                .attr("href", &href)
                .text(&name),
        )
    });
    el("nav")
        .class("plan-nav")
        .attr("aria-label", &t!("frame-nav-label"))
        .child(el("ul").class("plan-nav__list").children(items))
}

/// The links to the app's top-level pages, as the app's header has them.
fn main_nav() -> El {
    let items = top_pages()
        .into_iter()
        .map(|(href, name, _)| el("li").child(el("a").attr("href", href).text(&name)));
    el("nav")
        .class("main-nav")
        .attr("aria-label", &t!("nav-label"))
        .child(el("ul").class("main-nav__list").children(items))
}

/// The plan in the address is not on this device.
fn show_not_here(main: &Element) {
    main.set_text_content(None);
    for part in [
        el("h1").text(&t!("frame-not-found-title")),
        el("p").text(&t!("frame-not-found-text")),
        el("p")
            .text(&t!("frame-not-found-file"))
            .text(" ")
            .child(el("a").attr("href", "/").text(&t!("frame-go-to-plans"))),
    ] {
        let _ = main.append_child(&part.done());
    }
}

/// The plan is here but could not be read back.
fn show_unreadable(main: &Element, reason: &str) {
    main.set_text_content(None);
    for part in [
        el("h1").text(&t!("frame-unreadable-title")),
        el("p")
            .attr("role", "alert")
            .text(&t!("frame-unreadable-text", reason = reason.to_owned())),
        el("p")
            .text(&t!("frame-unreadable-copy"))
            .text(" ")
            .child(el("a").attr("href", "/").text(&t!("frame-go-to-plans"))),
    ] {
        let _ = main.append_child(&part.done());
    }
}
