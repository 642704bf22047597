//! The words of the web app in the language a person chose on this device.
//!
//! Every text a view shows is written as `t!("message-id", arg = value)` (the
//! `cares-l10n-macros` crate): the British English is compiled into the view that
//! uses it, checked against `locales/en-GB.ftl` when the app builds, so English needs
//! no download and adds only the ids to the first load. Another language's
//! catalogue is fetched (`/l10n/<tag>.json`, which `cargo xtask` compiles from
//! `locales/<tag>.ftl`) once, before the app is shown; the service worker keeps it
//! for offline use. A message the chosen catalogue lacks is shown in English.
//!
//! The choice is kept in this device's localStorage; choosing reloads the page, so
//! every screen (and the page's `lang` and `dir`) follows at once. What people write
//! (plan titles, actions, statements, names) is shown as written: views mark it
//! `translate="no"` so no browser offers to machine-translate it, and the
//! pseudo-language test knows it is not the app's own text.

use std::cell::RefCell;
use std::collections::BTreeMap;

use cares_l10n::{
    Args, Catalogue, Direction, Locale, Message, PluralCategory, SimpleLocale, message_key,
};
use chrono::{Datelike, NaiveDate};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::browser::window;

pub use cares_l10n_macros::{languages, t};

/// Where the chosen language is kept on the device.
const STORAGE_KEY: &str = "cares-language";
/// The source language: no catalogue to fetch.
pub const ENGLISH: &str = "en-GB";

// Rebuilds the app when the source catalogue changes, so every `t!` is checked again.
const _SOURCE: &str = include_str!("../../locales/en-GB.ftl");

thread_local! {
    static CHOSEN: RefCell<Option<Chosen>> = const { RefCell::new(None) };
}

/// A language other than English: its messages by key (views carry keys, not ids),
/// and the browser's plural rules for it.
struct Chosen {
    language: String,
    direction: Direction,
    messages: BTreeMap<u32, Message>,
    plurals: Option<js_sys::Intl::PluralRules>,
}

impl Chosen {
    fn text(&self, key: u32, args: &Args) -> Option<String> {
        let message = self.messages.get(&key)?;
        Some(cares_l10n::format_message(
            message,
            args,
            self,
            self.direction,
        ))
    }
}

impl Locale for Chosen {
    fn plural(&self, n: f64) -> PluralCategory {
        self.plurals
            .as_ref()
            .and_then(|rules| PluralCategory::from_keyword(&String::from(rules.select(n))))
            .unwrap_or_else(|| SimpleLocale.plural(n))
    }

    fn number(&self, n: f64) -> String {
        // British English, Welsh and Urdu group digits the same way.
        SimpleLocale.number(n)
    }

    fn date(&self, day: NaiveDate) -> String {
        const DATE_LONG: u32 = message_key("date-long");
        let args = Args::new()
            .with("day", day.day().to_string())
            .with("month", day.month())
            .with("year", day.year().to_string());
        self.messages.get(&DATE_LONG).map_or_else(
            || SimpleLocale.date(day),
            |message| cares_l10n::format_message(message, &args, &SimpleLocale, self.direction),
        )
    }
}

/// A message without arguments (what `t!("id")` becomes).
#[must_use]
pub fn plain(key: u32, english: &'static str) -> String {
    CHOSEN
        .with_borrow(|chosen| chosen.as_ref().and_then(|c| c.text(key, &Args::new())))
        .unwrap_or_else(|| english.to_owned())
}

/// A message with arguments (what `t!("id", name = value)` becomes).
#[must_use]
pub fn format(key: u32, english: impl FnOnce() -> Message, args: &Args) -> String {
    CHOSEN
        .with_borrow(|chosen| chosen.as_ref().and_then(|c| c.text(key, args)))
        .unwrap_or_else(|| {
            cares_l10n::format_message(&english(), args, &SimpleLocale, Direction::Ltr)
        })
}

/// A message the core gave as an id and arguments (a finding), in the chosen
/// language; `english` is the core's own British English for it.
#[must_use]
pub fn wording(wording: &cares_core::wording::Wording, english: &str) -> String {
    CHOSEN
        .with_borrow(|chosen| chosen.as_ref().and_then(|c| c.said(wording)))
        .unwrap_or_else(|| english.to_owned())
}

impl Chosen {
    /// The core's message in this language, with its lists said as lists.
    fn said(&self, wording: &cares_core::wording::Wording) -> Option<String> {
        use cares_core::wording::WordingArg;
        let mut args = Args::new();
        for (name, value) in &wording.args {
            match value {
                WordingArg::Text(text) => args.set(name, text.as_str()),
                WordingArg::Date(day) => args.set(name, *day),
                WordingArg::Number(n) => args.set(name, *n),
                WordingArg::List(items) => args.set(name, self.list(items).as_str()),
                _ => {}
            }
        }
        self.text(message_key(&wording.id), &args)
    }

    /// Several of the core's messages as one list ("a, b and c").
    fn list(&self, items: &[cares_core::wording::Wording]) -> String {
        const COMMA: u32 = message_key("core-list-comma");
        const AND: u32 = message_key("core-list-and");
        let said: Vec<String> = items
            .iter()
            .map(|item| self.said(item).unwrap_or_else(|| item.id.clone()))
            .collect();
        let Some((last, init)) = said.split_last() else {
            return String::new();
        };
        let Some((first, middle)) = init.split_first() else {
            return last.clone();
        };
        let rest = middle.iter().fold(first.clone(), |rest, next| {
            let args = Args::new().with("rest", rest).with("next", next.as_str());
            self.text(COMMA, &args).unwrap_or_default()
        });
        let args = Args::new().with("rest", rest).with("last", last.as_str());
        self.text(AND, &args).unwrap_or_default()
    }
}

/// A day as the chosen language writes it in running text ("3 December 2026").
#[must_use]
pub fn date(day: NaiveDate) -> String {
    CHOSEN
        .with_borrow(|chosen| chosen.as_ref().map(|c| c.date(day)))
        .unwrap_or_else(|| SimpleLocale.date(day))
}

/// The language this page is shown in.
#[must_use]
pub fn current() -> String {
    CHOSEN
        .with_borrow(|chosen| chosen.as_ref().map(|c| c.language.clone()))
        .unwrap_or_else(|| ENGLISH.to_owned())
}

/// The language chosen on this device, if one other than English was.
fn stored() -> Option<String> {
    let storage = window().local_storage().ok().flatten()?;
    storage
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .filter(|tag| tag != ENGLISH && !tag.is_empty())
}

/// Keeps a choice of language on this device and shows the page again in it.
pub fn choose(tag: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, tag);
    }
    let _ = window().location().reload();
}

/// Fetches the chosen language's catalogue, if one was chosen, before the app is
/// shown; then sets the page's `lang` and `dir`. If the catalogue cannot be had
/// (offline on a device that never fetched it), the app is shown in English.
pub async fn start() {
    let Some(tag) = stored() else {
        return;
    };
    let Some(text) = fetch_text(&format!("/l10n/{tag}.json")).await else {
        return;
    };
    let Ok(catalogue) = read_catalogue(text).await else {
        return;
    };
    let plurals = plural_rules(&catalogue.language);
    if let Some(root) = window().document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", &catalogue.language);
        let _ = root.set_attribute("dir", catalogue.direction.attribute());
    }
    let messages = catalogue
        .messages
        .into_iter()
        .map(|(id, message)| (message_key(&id), message))
        .collect();
    CHOSEN.with_borrow_mut(|chosen| {
        *chosen = Some(Chosen {
            language: catalogue.language,
            direction: catalogue.direction,
            messages,
            plurals,
        });
    });
    if let Some(document) = window().document() {
        document.set_title(&t!("site-name"));
    }
}

split_off! {
    later(later_read_catalogue):
    /// Reading a catalogue's JSON is in its own chunk: English pages never need it.
    fn read_catalogue(text: String) -> Result<Catalogue, String> {
        Catalogue::from_json(&text).map_err(|e| e.to_string())
    }
}

fn plural_rules(language: &str) -> Option<js_sys::Intl::PluralRules> {
    // A tag the browser does not know would throw; cares' tags are checked when built.
    let known = js_sys::Intl::PluralRules::supported_locales_of(
        &js_sys::Array::of1(&language.into()),
        &js_sys::Object::new(),
    );
    (known.length() > 0).then(|| {
        js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&language.into()),
            &js_sys::Object::new(),
        )
    })
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// A carer role's short label, as a button or a list shows it.
#[must_use]
pub fn carer_role(role: cares_core::roles::CarerRole) -> String {
    use cares_core::roles::CarerRole;
    match role {
        CarerRole::ParentCarer => t!("carer-role-parent-carer"),
        CarerRole::MentalHealthCarer => t!("carer-role-mental-health-carer"),
        CarerRole::LongDistanceCarer => t!("carer-role-long-distance-carer"),
        CarerRole::SpouseOrPartnerCarer => t!("carer-role-spouse-or-partner-carer"),
        CarerRole::DementiaCarer => t!("carer-role-dementia-carer"),
        CarerRole::DualCarer => t!("carer-role-dual-carer"),
        CarerRole::ParentCarerOfAdult => t!("carer-role-parent-carer-of-adult"),
        CarerRole::YoungCarer => t!("carer-role-young-carer"),
        CarerRole::YoungAdultCarer => t!("carer-role-young-adult-carer"),
        CarerRole::WorkingCarer => t!("carer-role-working-carer"),
        CarerRole::FormerCarer => t!("carer-role-former-carer"),
        _ => role.label().to_owned(),
    }
}

/// A session phase's heading, as a person sees it.
#[must_use]
pub fn phase(phase: cares_core::coproduction::Phase) -> String {
    use cares_core::coproduction::Phase;
    match phase {
        Phase::Share => t!("phase-share"),
        Phase::Group => t!("phase-group"),
        Phase::Prioritise => t!("phase-prioritise"),
        Phase::Plan => t!("phase-plan"),
        Phase::Closed => t!("phase-closed"),
        _ => phase.label().to_owned(),
    }
}

/// A session phase's short name, as a list of steps and "Move on to …" say it.
#[must_use]
pub fn step_name(phase: cares_core::coproduction::Phase) -> String {
    use cares_core::coproduction::Phase;
    match phase {
        Phase::Share => t!("step-share"),
        Phase::Group => t!("step-group"),
        Phase::Prioritise => t!("step-prioritise"),
        Phase::Plan => t!("step-plan"),
        Phase::Closed => t!("step-closed"),
        _ => phase.step_name().to_owned(),
    }
}

/// A progress rating's word ("Amber"), never colour alone.
#[must_use]
pub fn status(status: cares_core::plan::Status) -> String {
    use cares_core::plan::Status;
    match status {
        Status::NotStarted => t!("status-not-started"),
        Status::Red => t!("status-red"),
        Status::Amber => t!("status-amber"),
        Status::Green => t!("status-green"),
        Status::Complete => t!("status-complete"),
        _ => status.label().to_owned(),
    }
}

/// A progress rating with what it means ("Amber – some progress, some concerns").
#[must_use]
pub fn status_with_meaning(status: cares_core::plan::Status) -> String {
    use cares_core::plan::Status;
    match status {
        Status::Red => t!("status-red-meaning"),
        Status::Amber => t!("status-amber-meaning"),
        Status::Green => t!("status-green-meaning"),
        Status::Complete => t!("status-complete-meaning"),
        _ => self::status(status),
    }
}

/// What an audit finding asks, in the chosen language (the core's English if the
/// catalogue has no words for it).
#[must_use]
pub fn finding(finding: &cares_core::audit::SmartFinding) -> String {
    if finding.wording.id.is_empty() {
        finding.message.clone()
    } else {
        wording(&finding.wording, &finding.message)
    }
}

/// A self-assessment rating's name ("Mostly"), as a choice or a column shows it.
#[must_use]
pub fn rating(rating: cares_core::assessment::Rating) -> String {
    use cares_core::assessment::Rating;
    match rating {
        Rating::NotYet => t!("programme-rating-not-yet"),
        Rating::Partly => t!("programme-rating-partly"),
        Rating::Mostly => t!("programme-rating-mostly"),
        Rating::Fully => t!("programme-rating-fully"),
    }
}

/// A progress marker's name ("Meeting places for carers").
#[must_use]
pub fn progress_marker(marker: cares_core::measures::ProgressMarker) -> String {
    use cares_core::measures::ProgressMarker as M;
    match marker {
        M::MeetingPlaces => t!("programme-marker-meeting-places"),
        M::ActivitiesAndEvents => t!("programme-marker-activities-and-events"),
        M::NewsletterReach => t!("programme-marker-newsletter-reach"),
        M::InformationPackRequests => t!("programme-marker-information-pack-requests"),
        M::HealthAndWellbeingChecks => t!("programme-marker-health-and-wellbeing-checks"),
        M::NetworkMeetingsHeld => t!("programme-marker-network-meetings-held"),
        M::NetworkMeetingAttendance => t!("programme-marker-network-meeting-attendance"),
        M::CoproductionInvolvement => t!("programme-marker-coproduction-involvement"),
        M::OnlineActivity => t!("programme-marker-online-activity"),
        M::CarerRepActivity => t!("programme-marker-carer-rep-activity"),
        _ => marker.label().to_owned(),
    }
}

/// What a progress marker counts ("meeting places").
#[must_use]
pub fn marker_unit(marker: cares_core::measures::ProgressMarker) -> String {
    use cares_core::measures::ProgressMarker as M;
    match marker {
        M::MeetingPlaces => t!("programme-unit-meeting-places"),
        M::ActivitiesAndEvents => t!("programme-unit-activities-and-events"),
        M::NewsletterReach => t!("programme-unit-newsletter-reach"),
        M::InformationPackRequests => t!("programme-unit-information-pack-requests"),
        M::HealthAndWellbeingChecks => t!("programme-unit-health-and-wellbeing-checks"),
        M::NetworkMeetingsHeld => t!("programme-unit-network-meetings-held"),
        M::NetworkMeetingAttendance => t!("programme-unit-network-meeting-attendance"),
        M::CoproductionInvolvement => t!("programme-unit-coproduction-involvement"),
        M::OnlineActivity => t!("programme-unit-online-activity"),
        M::CarerRepActivity => t!("programme-unit-carer-rep-activity"),
        _ => marker.unit().to_owned(),
    }
}

/// The kind of a partner organisation ("Voluntary sector").
#[must_use]
pub fn organisation_kind(kind: cares_core::network::OrganisationKind) -> String {
    use cares_core::network::OrganisationKind as K;
    match kind {
        K::Statutory => t!("programme-organisation-statutory"),
        K::Health => t!("programme-organisation-health"),
        K::Voluntary => t!("programme-organisation-voluntary"),
        K::Community => t!("programme-organisation-community"),
        _ => kind.label().to_owned(),
    }
}

/// An audit finding's kind in a few words, for counts ("no lead").
#[must_use]
pub fn finding_phrase(code: cares_core::audit::FindingCode) -> String {
    use cares_core::audit::FindingCode as F;
    match code {
        F::NoLead => t!("finding-phrase-no-lead"),
        F::NoMeasure => t!("finding-phrase-no-measure"),
        F::MeasureNotCountable => t!("finding-phrase-measure-not-countable"),
        F::NoTimescale => t!("finding-phrase-no-timescale"),
        F::VagueTimescale => t!("finding-phrase-vague-timescale"),
        F::MilestoneUndated => t!("finding-phrase-milestone-undated"),
        F::Overdue => t!("finding-phrase-overdue"),
        F::StatusWithoutEvidence => t!("finding-phrase-status-without-evidence"),
        F::CompleteWithoutEvidence => t!("finding-phrase-complete-without-evidence"),
        _ => code.phrase().to_owned(),
    }
}

/// An empowerment finding's kind in a few words ("a rep asked to too many meetings").
#[must_use]
pub fn empowerment_phrase(code: cares_core::empowerment::EmpowermentCode) -> String {
    use cares_core::empowerment::EmpowermentCode as E;
    match code {
        E::NoCarerVoice => t!("programme-empowerment-no-carer-voice"),
        E::RepOverCommitted => t!("programme-empowerment-rep-over-committed"),
        E::YoungCarerInSchoolHours => t!("programme-empowerment-young-carer-in-school-hours"),
        E::UnknownRep => t!("programme-empowerment-unknown-rep"),
        E::UnknownMeeting => t!("programme-empowerment-unknown-meeting"),
        _ => code.phrase().to_owned(),
    }
}

/// A financial year as people say it ("2024-25"), from the core's own spelling.
#[must_use]
pub fn financial_year(quarter: cares_core::network::Quarter) -> String {
    let written = quarter.to_string();
    let year = written.split_once(' ').map_or(written.as_str(), |(y, _)| y);
    t!("programme-financial-year", year = year)
}

/// A financial quarter ("2024-25 Q1").
#[must_use]
pub fn quarter(quarter: cares_core::network::Quarter) -> String {
    let written = quarter.to_string();
    let year = written.split_once(' ').map_or(written.as_str(), |(y, _)| y);
    t!("programme-quarter", year = year, number = quarter.number())
}

/// A financial quarter with its months ("2024-25 Q1 (April to June 2024)").
#[must_use]
pub fn quarter_with_months(q: cares_core::network::Quarter) -> String {
    let months = q.months();
    let year = months.rsplit(' ').next().unwrap_or_default().to_owned();
    t!(
        "programme-quarter-months",
        quarter = quarter(q),
        number = q.number(),
        year = year
    )
}

/// A day in short, as a meeting's name carries it ("Tue 4 Jun 2024").
#[must_use]
pub fn short_date(day: NaiveDate) -> String {
    t!(
        "programme-date-short",
        weekday = day.weekday().number_from_monday(),
        day = day.day(),
        month = day.month(),
        year = day.year().to_string()
    )
}

/// A meeting as a list or a legend names it: its title and short day.
#[must_use]
pub fn meeting_label(meeting: &cares_core::network::Meeting) -> String {
    t!(
        "programme-meeting-label",
        title = meeting.title.trim(),
        day = short_date(meeting.date)
    )
}

/// A marker's change since last quarter ("up 2 (50%) since last quarter").
#[must_use]
pub fn marker_change(change: &cares_core::measures::Change) -> String {
    let direction = match change.absolute.signum() {
        1 => "up",
        -1 => "down",
        _ => "none",
    };
    let percent = change
        .percent
        .map_or_else(|| "none".to_owned(), |p| p.abs().round().to_string());
    t!(
        "programme-change",
        direction = direction,
        size = change.absolute.unsigned_abs(),
        percent = percent
    )
}

/// A row name the core gives in its own words ("Total", "Borough-wide", "Area of
/// focus 2", "No lead"), in the chosen language; `None` for a name people wrote.
#[must_use]
pub fn figures_group(name: &str) -> Option<String> {
    use cares_core::report::{BOROUGH_WIDE, NO_ORGANISATION};
    match name {
        "Total" => Some(t!("programme-group-total")),
        "No area of focus" => Some(t!("programme-group-no-area")),
        NO_ORGANISATION => Some(t!("programme-group-no-organisation")),
        BOROUGH_WIDE => Some(t!("programme-group-borough-wide")),
        // The core's names for the rows of actions with no lead or no section.
        "No lead" => Some(t!("programme-group-no-lead")),
        "No section" => Some(t!("programme-group-no-section")),
        _ => name
            .strip_prefix("Area of focus ")
            .filter(|n| n.parse::<u8>().is_ok())
            .map(|n| t!("programme-group-area", number = n)),
    }
}

/// How a progress marker stands against its target ("On track").
#[must_use]
pub fn target_status(status: cares_core::measures::TargetStatus) -> String {
    use cares_core::measures::TargetStatus as S;
    match status {
        S::Reached => t!("programme-target-reached"),
        S::OnTrack => t!("programme-target-on-track"),
        S::Behind => t!("programme-target-behind"),
        S::NoTarget => t!("programme-target-none"),
        _ => status.label().to_owned(),
    }
}

/// A progress marker's quarter in one sentence: the count, the change and the
/// target ("Meeting places for carers: 12 meeting places, up 2 (20%) since last
/// quarter. On track: target 16 for 2024-25.").
#[must_use]
pub fn marker_summary(line: &cares_core::measures::MarkerLine) -> String {
    use cares_core::measures::TargetPeriod;
    let (target_kind, year) = match (line.progress.target, line.progress.period.as_ref()) {
        (Some(_), Some(TargetPeriod::Quarter { .. })) => ("quarter", String::new()),
        (Some(_), Some(TargetPeriod::Year { starts_in })) => (
            "year",
            cares_core::network::Quarter::new(*starts_in, 1)
                .map_or_else(|_| starts_in.to_string(), financial_year),
        ),
        _ => ("none", String::new()),
    };
    t!(
        "programme-marker-summary",
        marker = progress_marker(line.marker),
        recorded = if line.value.is_some() { "yes" } else { "no" },
        count = line.value.map(|v| v.to_string()).unwrap_or_default(),
        unit = marker_unit(line.marker),
        changed = if line.change.is_some() { "yes" } else { "no" },
        change = line.change.as_ref().map(marker_change).unwrap_or_default(),
        target_kind = target_kind,
        status = target_status(line.progress.status),
        target = line
            .progress
            .target
            .map(|v| v.to_string())
            .unwrap_or_default(),
        year = year
    )
}

/// A part of an action a person sees change in a merge ("Due date").
#[must_use]
pub fn action_part(part: cares_core::merging::ActionPart) -> String {
    wording(&part.wording(), part.label())
}

/// What a merge does to one action, in a few words ("“Open a café”: measure and due
/// date changed").
#[must_use]
pub fn merge_change(change: &cares_core::merging::ActionChange) -> String {
    wording(&change.wording(), &change.describe())
}

/// Why two copies of a plan cannot be merged, in the chosen language.
#[must_use]
pub fn merge_error(error: &cares_core::document::MergeError) -> String {
    wording(&error.wording(), error.message())
}

/// Who an action pack is for ("Schools").
#[must_use]
pub fn audience(audience: cares_core::packs::Audience) -> String {
    use cares_core::packs::Audience as A;
    match audience {
        A::EmployersAndBusinesses => t!("packs-audience-employers"),
        A::Schools => t!("packs-audience-schools"),
        A::GpPracticesAndPharmacies => t!("packs-audience-gp-practices"),
        A::FaithAndCommunityGroups => t!("packs-audience-faith-groups"),
        _ => audience.label().to_owned(),
    }
}

/// Who an action pack is for, as the printed leaflet says it ("For schools").
#[must_use]
pub fn leaflet_audience(audience: cares_core::packs::Audience) -> String {
    use cares_core::packs::Audience as A;
    match audience {
        A::EmployersAndBusinesses => t!("packs-leaflet-for-employers"),
        A::Schools => t!("packs-leaflet-for-schools"),
        A::GpPracticesAndPharmacies => t!("packs-leaflet-for-gp-practices"),
        A::FaithAndCommunityGroups => t!("packs-leaflet-for-faith-groups"),
        _ => format!("For {}", audience.label().to_lowercase()),
    }
}

/// Why the core refused an edit, in the chosen language (the core's English if the
/// catalogue has no words for it).
#[must_use]
pub fn edit_error(error: &cares_core::edits::EditError) -> String {
    wording(&error.wording(), &error.to_string())
}

/// A change that was not made: refused by the core, or the plan had closed first.
#[must_use]
pub fn not_done(error: &crate::workspace::NotDone<cares_core::edits::EditError>) -> String {
    match error {
        crate::workspace::NotDone::Refused(e) => edit_error(e),
        other => other.to_string(),
    }
}

/// Why the core refused a session step, in the chosen language.
#[must_use]
pub fn session_error(error: &cares_core::coproduction::SessionError) -> String {
    wording(&error.wording(), &error.to_string())
}

/// Why a counts file was refused (the line and what is wrong), in the chosen language.
#[must_use]
pub fn counts_error(error: &cares_core::report::CountsError) -> String {
    wording(&error.wording(), &error.to_string())
}

/// The session's statements as CSV under a header in the chosen language.
#[must_use]
pub fn statements_csv(summary: &cares_core::coproduction::SessionSummary) -> String {
    use cares_core::coproduction::SessionSummary;
    let [theme, statement] = SessionSummary::statements_csv_header();
    let theme = wording(&theme, "Theme");
    let statement = wording(&statement, "Statement");
    summary.statements_csv_headed([&theme, &statement])
}

/// The stand-in name for the next person voting on this device without joining
/// ("Someone in the room 3"), in the facilitator's language.
#[must_use]
pub fn room_voter(session: &cares_core::coproduction::Session) -> String {
    wording(&session.room_voter_wording(), &session.room_voter_name())
}

/// What an action pack still needs, in the chosen language.
#[must_use]
pub fn pack_issue(issue: &cares_core::packs::PackIssue) -> String {
    wording(&issue.wording(), &issue.message())
}

/// Why a carer network would not hang together, in the chosen language.
#[must_use]
pub fn network_error(error: &cares_core::network::NetworkError) -> String {
    wording(&error.wording(), &error.to_string())
}
