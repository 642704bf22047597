//! A phone in a live session: the connection, then the consent notice, the optional
//! questions about the person, and the screen for the phase the facilitator has
//! reached — "I need…" while sharing, dot votes while prioritising, otherwise a note
//! that the facilitator is working (with the ranking once it is shown). What was
//! typed offline is kept and sent when the connection returns.

use std::rc::Rc;

use cares_core::coproduction::{Phase, Session, Viewer};
use cares_core::edits::SessionStep;
use cares_core::ids::{ContributionId, ParticipantId, SessionId, ThemeId};
use cares_core::roles::{CarerRole, CarerRoles};
use cares_core::session_copy::{SessionEdit, StampedSessionEdit};
use uuid::Uuid;
use web_sys::Element;

use super::join_form::JoinForm;
use super::{Part, Shared, Stage};
use crate::components::frame::focus::move_focus_to;
use crate::dom::{El, Slot, attach, checked, el, field, set_text, value_of};
use crate::i18n::{self, t};
use crate::live::client::{Connection, Link, Shown};
use crate::live::records::{self, Held};

const STATEMENT_ID: &str = "phone-statement";
const ABOUT_ID: &str = "about-you-heading";
/// The answers to "Are you a young carer?": the control's id and what it means.
const YOUNG: [(&str, Option<bool>); 3] = [
    ("young-yes", Some(true)),
    ("young-no", Some(false)),
    ("young-unsaid", None),
];

/// The phone's part in one session, and what of it is on the page.
pub struct TakingPart {
    connection: Connection,
    session_id: SessionId,
    code: Option<String>,
    session: Option<Session>,
    participant: Option<ParticipantId>,
    link: Link,
    pending: Vec<StampedSessionEdit>,
    notice: Option<String>,
    agreed: bool,
    /// What is wrong with the last thing the person tried (the screen's own error).
    error: Option<String>,
    frame: Option<Frame>,
}

/// The parts of the page that change in place.
struct Frame {
    outer: Element,
    title: Element,
    link: Element,
    notice: Slot,
    body: Slot,
    /// The screen's own changing parts, found again each time the body is drawn.
    parts: Vec<Slot>,
}

/// Which screen the body shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Connecting,
    Ended,
    Consent,
    AboutYou,
    Share,
    Vote,
    Closed,
    Waiting(Phase),
}

impl TakingPart {
    /// Opens the live connection for a phone's entry; what it says goes to `heard`.
    pub fn open(held: Held, heard: impl Fn(Shown) + 'static) -> TakingPart {
        let session_id = held.session;
        let code = held.code.clone();
        TakingPart {
            connection: Connection::open(held, heard),
            session_id,
            code,
            session: None,
            participant: None,
            link: Link::Connecting,
            pending: Vec::new(),
            notice: None,
            agreed: false,
            error: None,
            frame: None,
        }
    }

    /// Closes the live connection.
    pub fn close(&self) {
        self.connection.close();
    }

    /// Takes in what the connection said.
    pub fn hear(&mut self, shown: Shown) {
        match shown {
            Shown::Session(session) => self.session = Some(session),
            Shown::Participant(participant) => self.participant = Some(participant),
            Shown::Link(link) => self.link = link,
            Shown::Pending(pending) => self.pending = pending,
            Shown::Notice(notice) => self.notice = notice,
            Shown::Code(_) | Shown::Saved => {}
        }
    }

    fn screen(&self) -> Screen {
        if let Link::Ended(_) = self.link {
            return Screen::Ended;
        }
        let consented = self.participant.and_then(|me| {
            self.session
                .as_ref()
                .and_then(|s| s.participant(me))
                .map(|p| p.consented)
        });
        match (consented, self.session.as_ref().map(|s| s.phase)) {
            (Some(false), _) if self.agreed => Screen::AboutYou,
            (Some(false), _) => Screen::Consent,
            (Some(true), Some(Phase::Share)) => Screen::Share,
            (Some(true), Some(Phase::Prioritise)) => Screen::Vote,
            (Some(true), Some(Phase::Closed)) => Screen::Closed,
            (Some(true), Some(phase)) => Screen::Waiting(phase),
            _ => Screen::Connecting,
        }
    }

    /// Draws what changed since the last time.
    pub fn draw(&mut self, root: &Element) {
        let screen = self.screen();
        let frame = self.frame.get_or_insert_with(Frame::new);
        attach(root, &frame.outer);
        let title = self.session.as_ref().map(|s| s.title.clone());
        // The session's title is as its facilitator wrote it.
        set_text(
            &frame.title,
            &title.clone().unwrap_or_else(|| t!("phone-session-title")),
        );
        if title.is_some() {
            let _ = frame.title.set_attribute("translate", "no");
        }
        set_text(&frame.link, &self.link.words());
        let notice = self.notice.clone();
        frame
            .notice
            .show(notice.as_deref().unwrap_or_default(), || {
                notice
                    .iter()
                    .map(|m| el("p").class("form-error").attr("role", "alert").text(m))
                    .collect()
            });
        let drawn = frame
            .body
            .show(&format!("{screen:?}"), || vec![screen_skeleton(screen)]);
        if drawn {
            // A new screen starts without the last one's error.
            self.error = None;
            frame.parts = screen_parts(screen);
            if screen == Screen::AboutYou {
                move_focus_to(ABOUT_ID);
            }
        }
        let Some(session) = &self.session else {
            return;
        };
        let me = self.participant;
        let error = self.error.as_deref();
        match (screen, me, frame.parts.as_mut_slice()) {
            (Screen::Share, Some(me), [field_slot, status, mine]) => {
                draw_statement_field(field_slot, error);
                let mine_now = my_statements(session, me, &self.pending);
                let waiting = mine_now.iter().any(|(_, _, sent)| !sent);
                let words = match (waiting, &self.link) {
                    (true, Link::Connected) => t!("phone-sending"),
                    (true, _) => t!("phone-not-sent-offline"),
                    (false, _) if !mine_now.is_empty() => t!("phone-sent"),
                    _ => String::new(),
                };
                set_text(status.element(), &words);
                draw_mine(mine, &mine_now);
            }
            (Screen::Vote, Some(me), [left, error_slot, themes]) => {
                let votes_left = session.votes_left(me);
                set_text(left.element(), &t!("phone-votes-left", count = votes_left));
                draw_error(error_slot, error);
                draw_themes(themes, session, me, votes_left);
            }
            (Screen::AboutYou, _, [error_slot]) => draw_error(error_slot, error),
            (Screen::Waiting(_), _, [ranking]) => draw_ranking(ranking, session),
            _ => {}
        }
    }
}

impl Part for TakingPart {
    fn hear(&mut self, shown: Shown) {
        TakingPart::hear(self, shown);
    }

    fn draw(&mut self, root: &Element) {
        TakingPart::draw(self, root);
    }

    fn close(&self) {
        TakingPart::close(self);
    }

    fn actor(&self) -> fn(&Rc<Shared>, &str, &str) {
        act
    }

    fn taking_part(&mut self) -> &mut TakingPart {
        self
    }
}

impl Frame {
    fn new() -> Frame {
        let title = el("h1").done();
        let link = el("p").class("live-link").attr("role", "status").done();
        let notice = Slot::new("div");
        let body = Slot::new("div");
        let outer = el("div")
            .class("live-phone")
            .child(title.clone().into())
            .child(link.clone().into())
            .child(notice.element().clone().into())
            .child(body.element().clone().into())
            .child(
                el("p").class("live-leave").child(
                    el("button")
                        .class("button button--secondary")
                        .attr("type", "button")
                        .attr("data-do", "leave")
                        .text(&t!("phone-session-leave")),
                ),
            )
            .done();
        Frame {
            outer,
            title,
            link,
            notice,
            body,
            parts: Vec::new(),
        }
    }
}

/// A card with a heading, for the phases a phone only follows.
fn card(heading: &str, id: Option<&str>) -> El {
    let card = el("section").class("live-card");
    let card = match id {
        Some(id) => card.attr("aria-labelledby", id),
        None => card,
    };
    let h2 = el("h2").text(heading);
    card.child(match id {
        Some(id) => h2.id(id),
        None => h2,
    })
}

/// The parts of a screen that stay while it is shown.
fn screen_skeleton(screen: Screen) -> El {
    match screen {
        Screen::Connecting => el("p")
            .class("live-waiting")
            .text(&t!("phone-session-connecting")),
        Screen::Ended => el("p").text(&t!("phone-session-ended-help")),
        Screen::Consent => card(&t!("consent-title"), Some("consent-heading"))
            .child(
                el("ul")
                    .class("live-notice")
                    .child(el("li").text(&t!("consent-what-we-keep")))
                    .child(el("li").text(&t!("consent-who-sees")))
                    .child(el("li").text(&t!("consent-summary")))
                    .child(el("li").text(&t!("consent-remove"))),
            )
            .child(
                el("button")
                    .class("button")
                    .attr("type", "button")
                    .attr("data-do", "agree")
                    .text(&t!("consent-agree")),
            ),
        Screen::AboutYou => about_you(),
        Screen::Share => card(&i18n::phase(Phase::Share), Some("share-heading"))
            .child(
                el("form")
                    .class("live-form")
                    .attr("data-do", "send")
                    .attr("novalidate", "")
                    .child(el("div").id("phone-statement-field"))
                    .child(
                        el("button")
                            .class("button")
                            .attr("type", "submit")
                            .text(&t!("phone-share-send")),
                    ),
            )
            .child(
                el("p")
                    .class("live-send-status")
                    .id("phone-send-status")
                    .attr("role", "status"),
            )
            .child(el("div").id("phone-mine")),
        Screen::Vote => card(&i18n::phase(Phase::Prioritise), Some("vote-heading"))
            .child(el("p").text(&t!("phone-vote-intro")))
            .child(
                el("p")
                    .class("live-votes-left")
                    .id("phone-votes-left")
                    .attr("role", "status"),
            )
            .child(el("div").id("phone-vote-error"))
            .child(el("ul").class("live-themes").id("phone-themes")),
        Screen::Closed => {
            card(&i18n::phase(Phase::Closed), None).child(el("p").text(&t!("phone-finished")))
        }
        Screen::Waiting(phase) => card(&i18n::phase(phase), None)
            .child(el("p").class("live-waiting").text(&t!("phone-waiting")))
            .child(el("div").id("phone-ranking")),
    }
}

/// The slots of a screen just drawn, in the order [`TakingPart::draw`] expects.
fn screen_parts(screen: Screen) -> Vec<Slot> {
    let ids: &[&str] = match screen {
        Screen::Share => &["phone-statement-field", "phone-send-status", "phone-mine"],
        Screen::Vote => &["phone-votes-left", "phone-vote-error", "phone-themes"],
        Screen::AboutYou => &["about-you-error"],
        Screen::Waiting(_) => &["phone-ranking"],
        _ => &[],
    };
    ids.iter()
        .filter_map(|id| crate::browser::document().get_element_by_id(id))
        .map(Slot::of)
        .collect()
}

/// "Which of these fit you?" and "Are you a young carer?", both optional.
fn about_you() -> El {
    // "Are you a young carer?" below asks that one; it is not asked twice.
    let roles = CarerRole::ALL
        .iter()
        .filter(|role| **role != CarerRole::YoungCarer)
        .map(|role| {
            let id = format!("role-{}", role.key());
            el("div")
                .class("live-choice")
                .child(el("input").attr("type", "checkbox").id(&id))
                .child(el("label").attr("for", &id).text(&i18n::carer_role(*role)))
        });
    let words = [
        t!("answer-yes"),
        t!("answer-no"),
        t!("answer-rather-not-say"),
    ];
    let young = YOUNG.iter().zip(words).map(|((id, _), label)| {
        el("div")
            .class("live-choice")
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("name", "young-carer")
                    .id(id),
            )
            .child(el("label").attr("for", id).text(&label))
    });
    el("form")
        .class("live-card")
        .attr("data-do", "about-you")
        .attr("novalidate", "")
        .attr("aria-labelledby", ABOUT_ID)
        .child(
            el("h2")
                .id(ABOUT_ID)
                .attr("tabindex", "-1")
                .text(&t!("about-you-title")),
        )
        .child(el("p").text(&t!("about-you-optional")))
        .child(
            el("fieldset")
                .class("live-fieldset")
                .child(el("legend").text(&t!("about-you-roles")))
                .children(roles),
        )
        .child(
            el("fieldset")
                .class("live-fieldset")
                .child(el("legend").text(&t!("about-you-young-carer")))
                .children(young),
        )
        .child(el("div").id("about-you-error"))
        .child(
            el("button")
                .class("button")
                .attr("type", "submit")
                .text(&t!("about-you-submit")),
        )
}

/// An error said to screen readers at once, or nothing.
fn draw_error(slot: &mut Slot, error: Option<&str>) {
    slot.show(error.unwrap_or_default(), || {
        error
            .iter()
            .map(|m| el("p").class("form-error").attr("role", "alert").text(m))
            .collect()
    });
}

/// "I need…": the field, with its error if the last send was refused.
fn draw_statement_field(slot: &mut Slot, error: Option<&str>) {
    slot.show(error.unwrap_or_default(), || {
        let area = el("textarea")
            .class("field__input live-textarea")
            .attr("name", "statement")
            .attr("rows", "3")
            .attr("maxlength", "500");
        vec![field(
            STATEMENT_ID,
            &t!("phone-share-label"),
            &t!("phone-share-hint"),
            error,
            area,
        )]
    });
}

/// This person's statements (not hidden), each with whether the server has it yet.
fn my_statements(
    session: &Session,
    me: ParticipantId,
    pending: &[StampedSessionEdit],
) -> Vec<(ContributionId, String, bool)> {
    let unsent: Vec<ContributionId> = pending
        .iter()
        .filter_map(|p| match &p.edit {
            SessionEdit::Step {
                step: SessionStep::AddContribution { contribution, .. },
                ..
            } => Some(*contribution),
            _ => None,
        })
        .collect();
    session
        .contributions
        .iter()
        .filter(|c| c.participant == Some(me) && !c.hidden)
        .map(|c| (c.id, c.text.clone(), !unsent.contains(&c.id)))
        .collect()
}

fn draw_mine(slot: &mut Slot, mine: &[(ContributionId, String, bool)]) {
    let key: String = mine
        .iter()
        .map(|(id, text, sent)| format!("{id}{sent}{text}\u{1f}"))
        .collect();
    slot.show(&key, || {
        if mine.is_empty() {
            return Vec::new();
        }
        let items = mine.iter().map(|(_, text, sent)| {
            el("li")
                .child(
                    el("span")
                        .class("live-mine__text")
                        .attr("translate", "no")
                        .text(text),
                )
                .child(
                    el("span")
                        .class(if *sent {
                            "live-tag"
                        } else {
                            "live-tag live-tag--waiting"
                        })
                        .text(&if *sent {
                            t!("phone-sent")
                        } else {
                            t!("phone-not-sent")
                        }),
                )
        });
        vec![
            el("h3").text(&t!("phone-shared-title")),
            el("ul").class("live-mine").children(items),
        ]
    });
}

/// One card per theme: its statements, this person's dots, and the buttons to add
/// one or take one back. Focus stays on the button pressed (ids are by theme).
fn draw_themes(slot: &mut Slot, session: &Session, me: ParticipantId, votes_left: u32) {
    let themes: Vec<(ThemeId, &str, usize, Vec<&str>)> = session
        .themes
        .iter()
        .map(|theme| {
            let mine = session
                .votes
                .iter()
                .filter(|v| v.participant == me && v.theme == theme.id)
                .count();
            let said = session
                .contributions_in(theme.id)
                .iter()
                .map(|c| c.text.as_str())
                .collect();
            (theme.id, theme.name.as_str(), mine, said)
        })
        .collect();
    let mut key = format!("{votes_left}");
    for (id, name, mine, said) in &themes {
        key.push_str(&format!(
            "\u{1e}{id}{mine}{name}\u{1f}{}",
            said.join("\u{1f}")
        ));
    }
    slot.show(&key, || {
        themes
            .iter()
            .map(|(id, name, mine, said)| {
                let add = el("button")
                    .class("button")
                    .attr("type", "button")
                    .id(&format!("vote-add-{id}"))
                    .attr("data-do", "vote")
                    .attr("data-value", &id.to_string())
                    .attr_if(votes_left == 0, "disabled", "")
                    .text(&t!("phone-vote-add", theme = *name));
                let back = (*mine > 0).then(|| {
                    el("button")
                        .class("button button--secondary")
                        .attr("type", "button")
                        .id(&format!("vote-back-{id}"))
                        .attr("data-do", "unvote")
                        .attr("data-value", &id.to_string())
                        .text(&t!("phone-vote-take-back", theme = *name))
                });
                el("li")
                    .class("live-theme")
                    .child(el("h3").attr("translate", "no").text(name))
                    .child(el("p").class("live-theme__meta").text(&t!(
                        "phone-theme-meta",
                        statements = said.len(),
                        dots = *mine
                    )))
                    .child(
                        el("ul")
                            .class("live-theme__statements")
                            .attr("translate", "no")
                            .children(said.iter().map(|text| el("li").text(text))),
                    )
                    .child(el("div").class("button-row").child(add).maybe(back))
            })
            .collect()
    });
}

/// The ranking, once the facilitator has shown the votes.
fn draw_ranking(slot: &mut Slot, session: &Session) {
    let ranking = session.visible_tally(Viewer::Board).unwrap_or_default();
    let lines: Vec<String> = ranking
        .iter()
        .map(|r| {
            t!(
                "ranking-line",
                rank = r.rank,
                tied = if r.tied { "yes" } else { "no" },
                theme = r.name.as_str(),
                votes = r.votes
            )
        })
        .collect();
    slot.show(&lines.join("\u{1f}"), || {
        if lines.is_empty() {
            return Vec::new();
        }
        vec![
            el("h3").text(&t!("phone-ranking-title")),
            el("ol")
                .class("live-ranking")
                .children(lines.iter().map(|line| el("li").text(line))),
        ]
    });
}

/// Runs `f` on the phone's part and draws the page, if the page is still in a session.
fn with_part<R>(shared: &Shared, f: impl FnOnce(&mut TakingPart) -> R) -> Option<R> {
    let mut state = shared.state.borrow_mut();
    let super::State { root, stage, .. } = &mut *state;
    let Stage::In(part) = stage else {
        return None;
    };
    let part = part.taking_part();
    let result = f(part);
    part.draw(root);
    Some(result)
}

/// Does what a control of the session's screens asks.
pub fn act(shared: &Rc<Shared>, action: &str, value: &str) {
    match action {
        "agree" => {
            with_part(shared, |part| part.agreed = true);
        }
        "about-you" => {
            let mut roles = CarerRoles::new();
            for role in CarerRole::ALL {
                if checked(&format!("role-{}", role.key())) {
                    roles.insert(*role);
                }
            }
            let young_carer = YOUNG
                .iter()
                .find(|(id, _)| checked(id))
                .and_then(|(_, answer)| *answer);
            make(shared, None, |participant| SessionStep::Consent {
                participant,
                roles,
                young_carer,
            });
        }
        "send" => {
            let words = value_of(STATEMENT_ID);
            if words.trim().is_empty() {
                with_part(shared, |part| part.error = Some(t!("phone-share-empty")));
                move_focus_to(STATEMENT_ID);
                return;
            }
            let sent = make(shared, Some(STATEMENT_ID), |participant| {
                SessionStep::AddContribution {
                    contribution: ContributionId::from_uuid(Uuid::new_v4()),
                    participant: Some(participant),
                    text: words,
                }
            });
            if sent
                && let Some(area) = crate::browser::document()
                    .get_element_by_id(STATEMENT_ID)
                    .and_then(|e| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok()
                    })
            {
                area.set_value("");
            }
        }
        "vote" | "unvote" => {
            let Ok(uuid) = Uuid::parse_str(value) else {
                return;
            };
            let theme = ThemeId::from_uuid(uuid);
            make(shared, None, |participant| {
                if action == "vote" {
                    SessionStep::Vote { participant, theme }
                } else {
                    SessionStep::Unvote { participant, theme }
                }
            });
        }
        "leave" => leave(shared),
        _ => {}
    }
}

/// Makes a step for this person; its error (a sentence) is shown on the screen, and
/// focus goes to `focus_on` either way. True if the step was made.
fn make(
    shared: &Rc<Shared>,
    focus_on: Option<&str>,
    step: impl FnOnce(ParticipantId) -> SessionStep,
) -> bool {
    let Some((connection, Some(participant))) =
        with_part(shared, |part| (part.connection, part.participant))
    else {
        return false;
    };
    // Not while the state is borrowed: the connection tells the page at once.
    let made = connection.make(step(participant));
    let ok = made.is_ok();
    with_part(shared, |part| part.error = made.err());
    super::pump(shared);
    if let Some(id) = focus_on {
        move_focus_to(id);
    }
    ok
}

/// The person leaves the session: the phone forgets it and shows the join form.
fn leave(shared: &Rc<Shared>) {
    let mut state = shared.state.borrow_mut();
    let Stage::In(part) = &mut state.stage else {
        return;
    };
    let part = part.taking_part();
    let session: SessionId = part.session_id;
    let code = part.code.clone().unwrap_or_default();
    part.close();
    shared.heard.borrow_mut().clear();
    crate::live::forget_session(session);
    records::set_current_phone(None);
    state.stage = Stage::Joining(JoinForm::new(code));
    state.draw();
}
