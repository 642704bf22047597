//! The Borough That Cares Strategic Framework 2022-25, transcribed from the published text.
//!
//! Wording is the framework's own. Only slips of the scan and of typing are mended
//! ("Boroug", "careis", "carers lives"), and list items lose their closing full stops so
//! every list reads alike.

use chrono::NaiveDate;

use super::{
    Commitment, FocusArea, FocusAreaNumber, Framework, Period, QualityTheme, RoadmapStage,
};

/// A fixed date of the framework, checked when the crate compiles.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("a built-in framework date does not exist"),
    }
}

const RECOVERY_START: NaiveDate = date(2022, 1, 1);
const RECOVERY_END: NaiveDate = date(2022, 3, 31);
const YEAR_1_START: NaiveDate = date(2022, 4, 1);
const YEAR_1_END: NaiveDate = date(2023, 3, 31);
const YEAR_2_START: NaiveDate = date(2023, 4, 1);
const YEAR_2_END: NaiveDate = date(2024, 3, 31);
const YEAR_3_START: NaiveDate = date(2024, 4, 1);
const YEAR_3_END: NaiveDate = date(2025, 3, 31);

// Every pair above runs forwards, which `built_in_framework_is_valid` checks through
// `validate`; building directly keeps this data free of fallible calls.
fn period(start: NaiveDate, end: NaiveDate) -> Period {
    Period { start, end }
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|&item| item.to_owned()).collect()
}

/// Letters the commitments A, B, C… in the order given.
fn commitments(items: &[&str]) -> Vec<Commitment> {
    ('A'..='Z')
        .zip(items)
        .map(|(letter, &text)| Commitment {
            letter,
            text: text.to_owned(),
        })
        .collect()
}

pub(super) fn borough_that_cares_2022_25() -> Framework {
    let focus_areas = focus_areas();
    let roadmap = roadmap(&focus_areas);
    Framework {
        title: "The Borough That Cares Strategic Framework 2022-25".to_owned(),
        subtitle: Some("Creating a carer friendly Rotherham".to_owned()),
        period: period(YEAR_1_START, YEAR_3_END),
        values: texts(&["Carers are respected, listened to and seen as expert care partners"]),
        vision: texts(&[
            "To make caring visible",
            "To make improvements to all our services and to our communities to make \
             carers' lives easier",
            "To live in a borough that cares about its carers",
        ]),
        mission: "To ensure carers can live well, can be active and have fulfilled lives"
            .to_owned(),
        focus_areas,
        quality_themes: quality_themes(),
        roadmap,
        carers_voice: texts(&[
            "to tell my story once",
            "to be listened to",
            "to be empowered",
            "you to see that I get tired",
            "you to know that I don't like asking for help as it may look like I don't have \
             the ability to care",
            "my knowledge, experience and culture to be taken into account and understood",
            "you to understand that I often neglect myself and my needs",
            "to know what support is available so I don't sit in silence",
            "you to understand that I can often feel isolated",
            "professionals that can really connect and stay with me – I need a name and a face",
            "services to work together when I reach out",
        ]),
    }
}

fn focus_areas() -> Vec<FocusArea> {
    vec![
        carer_cornerstones(),
        creating_communities_of_support(),
        carer_friendly_borough(),
    ]
}

fn carer_cornerstones() -> FocusArea {
    FocusArea {
        number: FocusAreaNumber(1),
        name: "Carer Cornerstones".to_owned(),
        tagline: "Making caring visible".to_owned(),
        period: period(YEAR_1_START, YEAR_1_END),
        key_objective: "Consolidating a community offer for carers - ensuring 3rd sector \
                        organisations are stabilised"
            .to_owned(),
        ambition: Some(
            "People understand the role of a carer and know what support is available".to_owned(),
        ),
        approach: texts(&[
            "This means we need to ensure we have a system-wide care offer for carers",
            "This will involve services working together to provide information, advice and \
             guidance that is consistent across the statutory and voluntary sector",
            "We will need to consolidate our skills, expertise and efforts in order to focus \
             on the health and wellbeing of carers. This will be done via a programme of \
             strategic meetings informed by a voice and engagement group",
        ]),
        commitments: commitments(&[
            "Support the stabilisation of voluntary sector carer groups / services",
            "Strengthen the unpaid carers group meetings - The Borough That Cares Strategic \
             Group",
            "Establish a voice, influence and engagement task group with a focus on the health \
             and wellbeing of carers",
            "Refresh information, advice and guidance (IA&G) available to carers, including \
             the launch of the carers' newsletter",
        ]),
        measures_of_success: texts(&[
            "Safe and friendly spaces are accessible so carers can enjoy themselves and meet \
             others",
            "Carers are experts and their voice is heard via a Voice & Engagement Group",
            "Carers know where to go and who to ask for support and advice",
        ]),
        progress_markers: texts(&[
            "Count the number of meeting places we have and make available for carers",
            "Record the number of activity and events that take place and gather case studies \
             of positive outcomes for carers",
            "Record the audience numbers for our newsletter defining targets for reach and \
             coverage",
            "Monitor information (pack) requests",
        ]),
        key_outputs: texts(&[
            "Carers newsletter",
            "System-wide carer narrative agreed",
            "Engagement plan",
            "Face to face spaces established across the Borough",
        ]),
    }
}

fn creating_communities_of_support() -> FocusArea {
    FocusArea {
        number: FocusAreaNumber(2),
        name: "Creating Communities of Support".to_owned(),
        tagline: "Improvements that make our lives easier".to_owned(),
        period: period(YEAR_2_START, YEAR_2_END),
        key_objective: "Ensure organisations work together to provide services that are \
                        flexible and accessible throughout the Borough"
            .to_owned(),
        ambition: Some(
            "Integrated care and support moves from good to great! Think, act, do".to_owned(),
        ),
        approach: texts(&[
            "This means identification processes and assessment pathways are fully aligned",
            "This will involve thinking about how we move the carer offer from being good to \
             being great. Action will focus on integrated health and wellbeing plans",
            "We will need to work within communities to identify areas of improvement - \
             producing localised action plans. The engagement plan from Area of Focus 1 will \
             be actioned. Coproduction activity will take place to build on our carer \
             narrative",
        ]),
        commitments: commitments(&[
            "Take an integrated approach to identifying and supporting carer health and \
             wellbeing",
            "Establish locality specific carer partnership / network groups",
            "Introduce co-production programme with communities to build our carer friendly \
             Borough",
            "Introduce quality assured IAG processes to ensure the integrated planning and \
             implementation of IA&G",
        ]),
        measures_of_success: texts(&[
            "Carer organisations can evidence how they collaborate to provide services \
             supporting carer health and wellbeing",
            "A hub and spoke partnership model in place",
            "We can evidence how carer voice is embedded into coproduction plans",
            "Information offers demonstrate continuous improvement",
        ]),
        progress_markers: texts(&[
            "Continue to record Area Focus 1 progress markers",
            "Count health and wellbeing checks / support interventions",
            "Record the number of / attendance at carer network meetings",
            "Monitor involvement in coproduction activity",
        ]),
        key_outputs: texts(&[
            "Care pathway evaluated and improvement activity takes place",
            "Engagement work takes place within communities to ensure carer stories and \
             strategy work aligns",
        ]),
    }
}

fn carer_friendly_borough() -> FocusArea {
    FocusArea {
        number: FocusAreaNumber(3),
        name: "Carer Friendly Borough".to_owned(),
        tagline: "Live in a Borough that cares about carers".to_owned(),
        period: period(YEAR_3_START, YEAR_3_END),
        key_objective: "Carers feel their role is understood and valued by their community"
            .to_owned(),
        ambition: Some(
            "Being a carer in Rotherham means you are empowered and valued by your community"
                .to_owned(),
        ),
        approach: texts(&[
            "This means carrying out a caring role within our Borough is seen and understood",
            "This will involve having a super strong carer network comprised of carers and \
             support services; the network delivers via a social movement model",
            "We will need to have a community empowerment plan to build our following for a \
             carer centred Borough. The coproduction activity from Area of Focus 2 will be \
             vital to build on - ensuring deeper participation direct from carers",
            "The need for carers to take the lead in organising events, such as performing \
             arts festivals",
        ]),
        commitments: commitments(&[
            "Have established Carer friendly communities supporting carers to live well within \
             our Borough",
            "Establish The Borough That Cares social movement",
            "Create a community empowerment plan to ensure carers are involved in the \
             decisions that affect their lives",
            "Introduce community based navigators creating a dynamic and responsive approach \
             to IA&G",
        ]),
        measures_of_success: texts(&[
            "The carer community is in the driving seat ready for the next programme of \
             strategy development work",
            "We have resilient caring communities where people feel connected",
            "Organisations that collaborate by default to support carer resilience",
            "Services have prevention-led strategies in place to support the wellbeing of \
             carers",
            "We can road map the social movement and evidence the impact",
        ]),
        progress_markers: texts(&[
            "Continue to record Area Focus 1 & 2 progress markers",
            "Analyse the metrics of online activity",
            "Count carer rep activity at strategic meetings",
        ]),
        key_outputs: texts(&[
            "Community based navigators in place to support on the ground",
            "All channels are used to share the carer narrative and we have an infrastructure \
             in place to sustain our carer friendly Borough",
        ]),
    }
}

fn quality_themes() -> Vec<QualityTheme> {
    let theme = |key: &str, name: &str, statements: &[&str]| QualityTheme {
        key: key.to_owned(),
        name: name.to_owned(),
        statements: texts(statements),
    };
    vec![
        theme(
            "awareness-and-culture",
            "Awareness and culture",
            &[
                "We work using strength-based approaches",
                "Our organisation has a Carer Strategy or Carers Charter in place",
                "Our staff are active in local Carer Strategy Groups and/or Partnership \
                 arrangements",
                "We ensure staff attend training programmes and have robust induction \
                 procedures",
                "Our staff are encouraged to identify themselves as carers",
            ],
        ),
        theme(
            "identification-and-recognition",
            "Identification and recognition",
            &[
                "Our staff are proactive in identifying carers (young carers, parent carers, \
                 and adult carers) and can signpost carers to appropriate specialist \
                 organisations",
                "When supporting a carer our staff facilitate links with local health and care \
                 partners",
                "Our staff are clear about how / when to signpost carers for a support and \
                 needs assessment in order that their needs are met and their wellbeing \
                 promoted",
                "Our organisations have a performance management framework in place",
            ],
        ),
        theme(
            "information-and-advice",
            "Information and advice",
            &[
                "We have an information and advice offer",
                "Our information is available in a range of formats to meet carers' needs and \
                 preferences, in line with Accessible Information Standard",
                "We have information and advice available about balancing caring with work, \
                 education or training",
                "We have information and advice available for carers in relation to finance \
                 and benefits",
                "We have information and advice available for carers who are caring for \
                 someone at the end of life and following bereavement",
            ],
        ),
        theme(
            "carers-as-expert-care-partners",
            "Carers as expert care partners",
            &[
                "We can evidence how we acknowledge Carers as expert partners in care and we \
                 can show how we value their skills and knowledge",
                "We involve Carers in our decision making and service planning",
                "We can evidence how Carers are involved in strategic planning and \
                 commissioning decisions",
            ],
        ),
        theme(
            "better-conversations",
            "Better conversations",
            &[
                "We have clear information about our support offer, carers are clear about our \
                 organisational function and purpose",
                "Our organisational assessment processes take the form of a conversation and \
                 are focussed on developing carer resilience, strengthening their \
                 relationships and networks, and promoting their independence, health and \
                 wellbeing",
                "Our organisational assessment processes look at the different ways that \
                 caring affects the carer's life including support to remain in \
                 education/training/work and to have a life outside of caring",
                "Our organisational assessment processes take a 'whole family approach' \
                 including the identification of young carers at the earliest stage",
                "Our staff who carry out assessment processes have the necessary skills, \
                 knowledge, and competence to do this",
                "Our staff have comprehensive and up to date knowledge of local services that \
                 may support carers and are able to apply this knowledge creatively when \
                 supporting carers",
            ],
        ),
        theme(
            "support-and-services",
            "Support and services",
            &[
                "We have specialist information, advice and support available for carers",
                "We ensure carers are supported to plan and to develop emergency and/or \
                 contingency plans",
                "We support working carers to balance work and care and remain in employment",
                "We have a learning and development programme in place to ensure staff skills \
                 are consistently refreshed",
                "Technology and digital based support is available for our Carers",
            ],
        ),
    ]
}

/// The roadmap: the Recovery & Reflection Plan before the three years, then one stage
/// per area of focus, sharing the area's period and key objective.
fn roadmap(areas: &[FocusArea]) -> Vec<RoadmapStage> {
    let recovery = RoadmapStage {
        name: "Recovery & Reflection Plan".to_owned(),
        focus_area: None,
        period: period(RECOVERY_START, RECOVERY_END),
        objective: Some("Organisations self-assess against the quality themes".to_owned()),
        actions: texts(&[
            "Recovery & Reflection Plan issued January 2022",
            "Quality markers addressed by March 2022",
            "The Borough That Cares Strategic Group in place",
        ]),
        outputs: texts(&[
            "The Borough That Cares - Position Statement",
            "Recovery & Reflection Plan - Shared Impact Measures",
        ]),
    };
    let stages: [(&[&str], &[&str]); 3] = [
        (
            &[
                "Carer Meeting spaces made available around the Borough",
                "Establish the Voice and Influence Group",
                "Information Offers evaluated and refreshed",
                "Define the social movement model",
            ],
            &[
                "Meeting place map",
                "Activity and Events Plan",
                "Bi-Monthly Newsletter with timetable for issue",
                "Service Information Packs",
            ],
        ),
        (
            &[
                "Organisations work together to address carer health and wellbeing",
                "Set-up locality-based Borough That Cares Groups to feed into the overall \
                 strategic meeting",
                "Co-production programme in place to build on the activity and events carried \
                 out in year 1",
                "Co-produce the social movement model",
            ],
            &[
                "Health and wellbeing action plan",
                "Borough That Cares Locality Network Meetings",
                "\"Get involved make a difference\" Co-production Plan implemented",
            ],
        ),
        (
            &[
                "Carer Friendly Communities action pack developed",
                "Empowerment Plan - carer reps (navigators) aligned to key strategic meetings",
                "Community generated content / activity - pulling through to The Borough That \
                 Cares virtual platform",
                "Social Movement Launched",
            ],
            &[
                "Carer Friendly Communities Action Pack",
                "Carer Empowerment Plan",
                "Online Info hub / face to face hubs in place",
            ],
        ),
    ];
    let area_stages = areas
        .iter()
        .zip(stages)
        .map(|(area, (actions, outputs))| RoadmapStage {
            name: format!("Area of Focus {}: {}", area.number, area.name),
            focus_area: Some(area.number),
            period: area.period,
            objective: Some(area.key_objective.clone()),
            actions: texts(actions),
            outputs: texts(outputs),
        });
    std::iter::once(recovery).chain(area_stages).collect()
}
