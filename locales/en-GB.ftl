### cares: British English, the source language.
### Every other catalogue has exactly these ids. Ids are stable: change the words,
### never an id, unless the meaning changes. `cargo xtask l10n` (run by the tests)
### checks every catalogue against this one.

-language-name = English (UK)
-language-direction = ltr
-language-checked = yes

## Dates, written in running text: 3 December 2026.

date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## The SMART audit: what an action still needs (cares-core audit).

finding-no-lead = Who will lead this? Name a person or an organisation.
finding-no-measure = How will we know it worked? Add an outcome measure.
finding-measure-not-countable = How will we count it? Add a number, a target or what will be counted.
finding-vague-timescale = "{ $written }" is not a date. Say when it will be done or reviewed.
finding-no-timescale-complete = When was this done? Add the date it was completed.
finding-no-timescale = By when? Add a date.
finding-milestone-undated = The milestone "{ $milestone }" has no date.
finding-overdue = This was due on { $due } and is not complete. Rate its progress or agree a new date.
finding-status-without-evidence = Rated { $status ->
    [red] Red
    [amber] Amber
   *[green] Green
} with no evidence. Add a note or a link that shows progress.
finding-complete-without-evidence = Marked complete with no evidence. Add what shows it was done.
finding-vague-action = What exactly will happen? Say what will be done, such as a talk, a stall or a leaflet, and where.

## How much a finding matters.

severity-gap = Missing
severity-vague = Not clear
severity-follow-up = Follow up

## `cares audit` for people.

audit-title = SMART audit of "{ $title }", as of { $today }
audit-no-plans = There are no plans to audit.
audit-plan = Plan: { $plan }
audit-no-section = Not in a section
audit-summary = Summary for "{ $plan }": { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}; { $smart } are SMART (a lead, a countable measure and a date); { $flagged } have something to look at.
audit-total = { $count ->
    [0] Nothing
    [one] 1 thing
   *[other] { $count } things
} found in all.

## A finding's kind in a few words, for counts.

finding-phrase-no-lead = no lead
finding-phrase-no-measure = no outcome measure
finding-phrase-measure-not-countable = a measure that cannot be counted
finding-phrase-no-timescale = no date
finding-phrase-vague-timescale = only a vague timescale
finding-phrase-milestone-undated = a milestone without a date
finding-phrase-overdue = overdue
finding-phrase-status-without-evidence = a rating with no evidence
finding-phrase-complete-without-evidence = complete with no evidence

## The web app: the frame of every page.

site-name = Borough That Cares — locality action plans
nav-label = Main
nav-home = Home
nav-plans = Plans
nav-join = Join a session
nav-help = Help
nav-about = About
language-label = Language
skip-link = Skip to main content
page-loading = Loading…

## The About page.

about-title = About this toolkit
about-intro = Borough That Cares helps carers, partners and the council write a plan for each area together, and check what has been done.
about-languages-title = Languages
about-languages-intro = You can use this toolkit in these languages. Choose one at the top of any page; this device remembers it. What people write (plans, actions, statements) is always shown as they wrote it.
about-language-checked = checked by a translator
about-language-draft = draft translation — please help check it
about-languages-help = A council can add a language or correct one by editing a single file; the project's README says how.

## Joining a session on a phone.

join-title = Join a session
join-code-label = Join code
join-code-hint = The 6 letters and numbers on the board.
join-code-submit = Join
join-code-empty = Enter the join code shown on the board.
join-code-zero-one = A join code never has 0 or 1 in it: its numbers are 2 to 9. Check the code on the board.
join-code-i-o = A join code never has the letter I or O in it. Check the code on the board.
join-code-other-character = A join code has only letters and the numbers 2 to 9, like K7P2QX. Check the code on the board.
join-code-length = A join code has { $length } letters and numbers; this has { $count }. Check the code on the board.
join-name-title = Pick a name to go by
join-name-code = Joining the session with code { $code }.
join-name-label = Your name for this session
join-name-hint = You don't need to use your real name.
join-name-empty = Enter a name to go by. It can be made up.
join-name-submit = Continue
join-change-code = Change the code

## What the app says when the server cannot do something.

server-unreachable = Could not reach the server. Check you are online and try again.
server-no-such-session = No session has that code. Check the code on the board and try again.
server-sign-in-needed = This server lets only facilitators start sessions. Sign in below, then try again.
server-session-finished = This session has finished, so it cannot be joined any more.
server-unreadable = The server's answer could not be read. Try again.
server-too-many-tries = Too many tries just now. Wait a minute, then try again.
server-refused = The server did not accept this. Reload the page and try again.
server-failed = The server could not do this just now. Try again in a moment.
server-not-accepted = That was not accepted. Check what you typed and try again.
session-votes-range = Votes each person gets must be a number from 1 to 255.

## A phone in a live session.

live-connecting = Connecting…
live-connected = Connected
live-offline = Offline — changes will be sent when you are back online
live-reconnecting = Reconnecting…
live-changes-waiting = { $link } — { $count ->
    [one] 1 change not sent yet
   *[other] { $count } changes not sent yet
}
live-device-ended = This device can no longer take part in this session.
live-board-cannot-change = The board only shows the session; it cannot change it.
live-still-loading = The session is still loading. Try again in a moment.
live-closed-on-page = This session is closed on this page. Reload it.
notice-erased = You have been removed from this session, as asked, so nothing more is sent from this device.
notice-statement-too-late = “{ $text }” was not sent: it arrived after the session had moved on.
notice-vote-too-late = Your vote was not counted: it arrived after the session had moved on.
notice-change-too-late = A change was not kept: it arrived after the session had moved on.
notice-change-not-kept = A change was not kept: { $reason }
notice-statement-not-sent = “{ $text }” was not sent: { $reason }
notice-out-of-step = This page is out of step with the session ({ $detail }). Reload the page to see what was saved.
phone-session-title = Your session
phone-session-ended-help = Ask the facilitator if you think this is wrong, or join again with the code.
phone-session-connecting = Connecting to the session…
phone-session-leave = Leave this session
consent-title = Before you start
consent-what-we-keep = We keep the name you go by, what you write and your votes. If you choose, we also keep which caring roles fit you.
consent-who-sees = What you write is shown on the board for the room, without your name. The facilitator sees the name you go by.
consent-summary = The session's summary counts how many people took part and their roles. It never names anyone.
consent-remove = You can ask the facilitator to remove your words at any time, during or after the session.
consent-agree = I agree
about-you-title = About you
about-you-optional = These questions are optional. Leave them blank if you prefer.
about-you-roles = Which of these fit you?
about-you-young-carer = Are you a young carer?
about-you-submit = Continue
answer-yes = Yes
answer-no = No
answer-rather-not-say = I'd rather not say

## Carer roles, in a few words (cares-core's CarerRole).

carer-role-parent-carer = Parent carer
carer-role-mental-health-carer = Caring for someone with mental health issues
carer-role-long-distance-carer = Caring from a distance
carer-role-spouse-or-partner-carer = Caring for a spouse or partner
carer-role-dementia-carer = Caring for someone with dementia
carer-role-dual-carer = Dual caring role
carer-role-parent-carer-of-adult = Parent carer of an adult son or daughter
carer-role-young-carer = Young carer
carer-role-young-adult-carer = Young adult carer
carer-role-working-carer = Working carer
carer-role-former-carer = Former carer
phone-finished = This session has finished. Thank you for taking part.
phone-waiting = Waiting for the facilitator…
phone-share-label = I need…
phone-share-hint = One thing at a time. You can send as many as you like.
phone-share-send = Send
phone-share-empty = Write what you need, then press Send.
phone-sending = Sending…
phone-not-sent-offline = Not sent yet — will send when you are back online
phone-sent = Sent
phone-not-sent = Not sent yet
phone-shared-title = What you have shared
phone-vote-intro = Put your dots on the themes that matter most to you. You can put more than one dot on a theme.
phone-votes-left = Votes left: { $count }
phone-vote-add = Add a dot to { $theme }
phone-vote-take-back = Take a dot back from { $theme }
phone-theme-meta = { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
} · { $dots ->
    [0] none of your dots
    [one] 1 of your dots
   *[other] { $dots } of your dots
}
phone-ranking-title = What the room chose
ranking-line = { $rank }{ $tied ->
    [yes] {" "}(tied)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 dot
   *[other] { $votes } dots
}

## A co-production session's phases.

phase-share = Share what you need
phase-group = Group into themes
phase-prioritise = Vote for what matters most
phase-plan = Plan the actions
phase-closed = Finished
step-share = Share
step-group = Group
step-prioritise = Prioritise
step-plan = Plan
step-closed = Finished

## Home.

home-title = Your action plans
home-join-title = At a session?
home-join-intro = If the facilitator has given you a join code, type it in here:
home-plans-title = Plans on this device
home-start-title = Start a new plan
home-open-title = Open a plan from a file
home-open-intro = If someone sent you a plan, or you downloaded a copy, open it here.
home-borough-title = Running the borough's programme?
home-borough-intro = See the localities' plans together, the network and the Carer Empowerment Plan.
home-borough-example = Try the example borough
home-borough-new = Start a borough programme
home-focus-title = Our areas of focus
home-focus-intro = Every locality plan works towards the borough's three areas of focus.
not-found-title = Page not found
not-found-text = We could not find that page. It may have moved.
not-found-home = Go to the home page

## The session board, on the big screen.

board-title = Session board
board-count = { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
}{ $themes ->
    [0] {""}
    [one] , 1 theme
   *[other] , { $themes } themes
}{ $revealed ->
    [yes] . The votes are shown.
   *[no] {""}
}
board-now = Now: { $phase }
board-code = Join code:
board-qr = QR code that opens { $address }
board-join-how = Go to { $address } and type the code, or scan the QR code.
board-themes = Themes
board-themes-by-votes = Themes, by votes
board-voting-open = Voting is open. The votes stay hidden until the facilitator shows them.
board-place = Place { $rank }{ $tied ->
    [yes] {" "}(tied)
   *[no] {""}
} — { $votes ->
    [one] 1 dot
   *[other] { $votes } dots
}
board-what-people-need = What people need
board-not-in-theme = Not in a theme yet
board-waiting = Statements will appear here as people send them.
board-no-key-title = This board cannot be shown here
board-no-key-text = This device has no key for this session's board. On the facilitator's screen, use “Open the board”, or open the board link the facilitator shared.

## A plan's actions.

status-not-started = Not started
status-red = Red
status-amber = Amber
status-green = Green
status-complete = Complete
status-red-meaning = Red – off track and needs help
status-amber-meaning = Amber – some progress, some concerns
status-green-meaning = Green – on track
status-complete-meaning = Complete – done
card-things-to-add = { $count ->
    [one] 1 thing to add
   *[other] { $count } things to add
}
card-lead = Lead: { $lead }
card-no-lead = No lead yet
card-due = Due { $due }
card-overdue = Overdue
area-unlinked = Not linked to an area of focus
area-add-action = Add an action to area { $area }
area-show-more = Show { $count ->
    [one] 1 more action
   *[other] { $count } more actions
}
area-no-match = No actions here match these filters.
area-showing = You can see { $shown } of the { $matching } matching actions in this area.
area-key-objective = Key objective:
remove-ask = { $what ->
    [pack] Remove this pack
   *[action] Remove this action
}
remove-confirm = { $what ->
    [pack] Remove this pack? This cannot be undone.
   *[action] Remove this action? This cannot be undone.
}
remove-yes = Yes, remove it
remove-keep = Keep it
plan-actions-showing = Showing { $shown } of { $total } actions
plan-actions-empty = No actions yet. Add the first one.
edit-not-saved = This could not be saved: { $reason }.
plan-missing = This plan is not open on this device.
plan-missing-home = Go to your plans
not-in-plan = We could not find { $what }. It may have been removed.
milestone-legend = Milestone { $number }
milestone-label = Milestone
milestone-date-label = Milestone date
milestone-remove = Remove milestone
milestone-add = Add a milestone
milestones-title = Milestones
milestones-empty = No milestones yet. Milestones are steps on the way, with a date if you know it.
history-date-unknown = Date not known
history-rating-note = { $day } — { $status }: { $note }
history-rating = { $day } — { $status }
history-evidence = { $day } — Evidence: { $note }
history-title = History
history-empty = No ratings yet.
smart-hints-title = What this action still needs
smart-hints-done = This action has everything it needs.
rating-needs-what = Say what will happen before you rate its progress.
rating-choose = Choose how it is going.
rating-date-missing = Enter the date of this rating.
rating-link-wrong = A link starts with http:// or https://. Check it, or leave it empty.
rating-link-needs-note = Say what the link shows.
rating-saved = Rating saved: { $status }.
rating-title = How is it going?
rating-date-label = Date of this rating
rating-note-label = What shows this?
rating-note-hint = For example: 42 carers came to the first meeting.
rating-link-label = Link (optional)
rating-link-hint = A web address that shows it, starting with https://
rating-save = Save rating
draft-say-what = Say what will happen.
editor-missing-plan = an action plan in this file
editor-missing-action = this action
editor-back = Back to the plan
editor-area-none = Not linked
editor-title-edit = Edit action
editor-title-new = New action
editor-what = What will happen?
editor-measure = How will we know it worked?
editor-measure-hint = Say what will be counted, with a number or a target if you can.
editor-lead-person = Who will lead this? (a person)
editor-lead-organisation = Lead organisation
editor-due = By when?
editor-area = Area of focus
editor-reference = Reference (optional)
editor-reference-hint = The number your group uses for this action, such as 2.4.

## A plan's overview.

overview-title = Overview
overview-no-plan = This document has no action plan yet.
overview-intro = { $count ->
    [one] 1 action
   *[other] { $count } actions
} in this plan, as of { $as_of }.
overview-total = Total
overview-overdue = Overdue
overview-which = { $count ->
    [one] Which action
   *[other] Which actions
}
overview-chart-part = { $count } { $status ->
    [not-started] not started
    [red] red
    [amber] amber
    [green] green
   *[complete] complete
}
overview-chart-bar = { $area }: { $parts }
overview-chart-title = Progress by area of focus
overview-chart-key = Key
overview-by-area-caption = Actions by area of focus and status
overview-by-area-first = Area of focus
overview-nothing-overdue = Nothing is overdue.
overview-due = {" "}— due { $due }
overview-missing = What is still missing
overview-nothing-missing = Every action has what it needs.
overview-actions = { $count ->
    [one] 1 action
   *[other] { $count } actions
}
overview-by-lead = Actions by lead
overview-by-lead-caption = Actions by lead and status
overview-by-lead-first = Lead

## Printing a plan.

print-a4 = This page is laid out to print on A4 paper.
print-button = Print
print-no-actions = No actions yet.
print-table-name = Actions: { $area }
print-area-empty = No actions in this area yet.
print-col-ref = Ref
print-col-what = What will happen
print-col-measure = Measure
print-col-lead = Lead
print-col-by-when = By when
print-col-status = Status
print-col-evidence = Evidence
print-printed = Printed { $date }
print-printed-in = { $place } · Printed { $date }

## Saving on this device, and files (each a clause the app puts in a sentence).

file-too-large = it is { $size }, bigger than the { $limit } a plan file can be
file-unreadable = this browser could not read it; try choosing it again
file-cannot-make = this browser could not make the file
save-no-space = this device has run out of space for saving
save-newer-version = a newer version of this app has saved here; reload the page
save-stopped = saving was stopped before it finished
save-not-allowed = this browser would not let the app save here (private browsing can do this)
save-failed = this browser could not save
save-failed-because = this browser could not save ({ $error })
save-unavailable = this browser cannot save plans (private browsing can do this)
save-older-tab = another tab has an older version of this app open; close it, then reload
save-change-not-written = this change could not be written down
save-copy-unreadable = the copy of this plan on this device could not be read: { $detail }
save-other-tab-refused = changes from another tab could not be taken in ({ $detail }); reload this page before changing anything
save-plan-closed = this plan is no longer open here
import-untitled = Imported action plan
focus-area-number = Area of focus { $number }:
## The borough programme: words the core gives as names (cares-core's labels).

programme-rating-not-yet = Not yet
programme-rating-partly = Partly
programme-rating-mostly = Mostly
programme-rating-fully = Fully
programme-marker-meeting-places = Meeting places for carers
programme-marker-activities-and-events = Activities and events
programme-marker-newsletter-reach = Newsletter reach
programme-marker-information-pack-requests = Information pack requests
programme-marker-health-and-wellbeing-checks = Health and wellbeing checks and support
programme-marker-network-meetings-held = Carer network meetings held
programme-marker-network-meeting-attendance = Attendance at carer network meetings
programme-marker-coproduction-involvement = Involvement in co-production
programme-marker-online-activity = Online activity
programme-marker-carer-rep-activity = Carer rep activity at strategic meetings
programme-unit-meeting-places = meeting places
programme-unit-activities-and-events = activities and events
programme-unit-newsletter-reach = readers
programme-unit-information-pack-requests = requests
programme-unit-health-and-wellbeing-checks = checks and interventions
programme-unit-network-meetings-held = meetings
programme-unit-network-meeting-attendance = attendances
programme-unit-coproduction-involvement = people taking part
programme-unit-online-activity = visits and interactions
programme-unit-carer-rep-activity = strategic meetings with a carer rep
programme-organisation-statutory = Council or public body
programme-organisation-health = Health (NHS)
programme-organisation-voluntary = Voluntary sector
programme-organisation-community = Community group
programme-empowerment-no-carer-voice = a key meeting with no carer voice
programme-empowerment-rep-over-committed = a rep asked to too many meetings
programme-empowerment-young-carer-in-school-hours = a young carer rep expected in school hours
programme-empowerment-unknown-rep = someone lined up who is not a rep
programme-empowerment-unknown-meeting = a meeting the network does not have
programme-financial-year = { $year }
programme-quarter = { $year } Q{ $number }
programme-quarter-months = { $quarter } ({ $number ->
    [1] April to June
    [2] July to September
    [3] October to December
   *[4] January to March
} { $year })
programme-date-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
programme-meeting-label = { $title } ({ $day })
programme-change = { $direction ->
    [up] up { $size }{ $percent ->
        [none] {" "}since last quarter (there were none before)
       *[other] {" "}({ $percent }%) since last quarter
    }
    [down] down { $size }{ $percent ->
        [none] {" "}since last quarter (there were none before)
       *[other] {" "}({ $percent }%) since last quarter
    }
   *[none] no change since last quarter
}
programme-group-total = Total
programme-group-no-area = No area of focus
programme-group-no-organisation = No organisation named
programme-group-borough-wide = Borough-wide
programme-group-area = Area of focus { $number }
programme-group-no-lead = No lead
programme-group-no-section = No section

## The borough programme: its navigation and pages.

programme-nav-label = Programme
programme-nav-glance = At a glance
programme-nav-network = Network
programme-nav-empowerment = Empowerment plan
programme-nav-progress = Progress markers
programme-nav-assessment = Self-assessment
programme-nav-highlight = Highlight report
programme-start-title = Start a borough programme
programme-start-intro = A borough programme brings the localities' action plans together, with the network, the Carer Empowerment Plan, progress markers and self-assessments. You add the locality plans next.
programme-start-name = Name of the programme
programme-start-name-hint = For example, The Borough That Cares 2024-25.
programme-start-too-long = That name is too long. Use fewer than { $limit } characters.
programme-start-no-name = Enter a name for the programme.
programme-start-not-saved = The programme could not be saved: { $reason }. Nothing was created.
programme-start-button = Start programme
programme-start-look-first = Want to look around first?
programme-example-title = The example borough
programme-example-opening = Opening the example borough…
programme-example-failed = The example borough could not be opened: { $reason }. Nothing on this device has been changed.
programme-example-home = Go to your plans
programme-column-actions = Actions
programme-column-smart = SMART
programme-column-overdue = Overdue
programme-column-locality = Locality
programme-column-area = Area of focus
programme-column-organisation = Organisation
programme-borough-title = Borough at a glance
programme-borough-empty = There are no locality plans in this borough yet. Add them below, from files or from plans shared with you.
programme-borough-summary = { $plans ->
    [one] 1 locality plan
   *[other] { $plans } locality plans
} and { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}, as of { $day }. An action is SMART when it names a lead, a measure that can be counted and a date.
programme-borough-by-locality = By locality
programme-borough-by-locality-caption = Actions by locality and status
programme-borough-by-area = By area of focus
programme-borough-by-area-caption = Actions in every locality by area of focus
programme-borough-findings = What the audit finds most often
programme-borough-no-findings = Every action in every plan has what it needs.
programme-borough-finding = { $finding }: { $count ->
    [one] 1 action
   *[other] { $count } actions
}
programme-borough-finding-count = { $finding } ({ $count })
programme-borough-each-locality = Each locality by area of focus
programme-borough-top-findings = Found most often in { $locality }: { $findings }.
programme-borough-locality-caption = { $plan } by area of focus
programme-borough-by-organisation = Leads by organisation
programme-borough-organisations-intro = Names of one organisation spelt in different ways are counted together. Organisations whose names share a part, such as a joint lead, are shown as related.
programme-borough-by-organisation-caption = Actions by lead organisation and status
programme-borough-also-written = Also written { $names }.
programme-borough-related = Related: { $names }.
programme-add-no-plan = This holds no action plan, so nothing was added.
programme-add-added = Added “{ $title }”.
programme-add-already-there = “{ $title }” is already in this borough, so it was left as it is. To bring in a newer copy, remove it first.
programme-add-refused = “{ $title }”: { $problem }
programme-add-unreachable = Could not reach the server. Check you are online and try again.
programme-add-wrong-key = That key does not open this shared plan. Check the key and try again.
programme-add-no-such-plan = No shared plan has that id on this server. Check the id and try again.
programme-add-server-failed = The server could not send this plan just now. Try again in a moment.
programme-add-unreadable = The shared plan could not be read: { $problem }.
programme-add-enter-id = Enter the shared plan's id as it was given to you, such as 6f1c…
programme-add-enter-key = Enter the sharing key that came with the plan's id.
programme-add-title = Add locality plans
programme-add-intro = The borough keeps a copy of each plan. To bring in a newer copy, remove the plan below and add it again.
programme-add-file = Add a plan from a file
programme-add-unchanged = Nothing in this borough has been changed.
programme-add-shared-title = A plan shared through the server
programme-add-shared-id = Shared plan's id
programme-add-shared-key = Sharing key
programme-add-shared-button = Add the shared plan
programme-plans-title = Plans in this borough
programme-plans-remove = Remove { $title } from the borough
programme-remove = Remove
programme-form-ends-before-start = the meeting must end after it starts
programme-form-not-saved = This could not be saved: { $problem }.
programme-form-save = Save
programme-form-cancel = Cancel
programme-network-add-organisation = Add an organisation
programme-network-add-locality = Add a locality
programme-network-add-group = Add a group
programme-network-add-member = Add a member
programme-network-add-meeting = Add a meeting
programme-network-change = Change { $name }
programme-organisation-name = Full name
programme-organisation-short = Short name people use (optional)
programme-organisation-kind = Kind of organisation
programme-locality-name = Locality name
programme-group-needs-hub = A locality network group needs a locality and a strategic group to report into. Add those first.
programme-group-strategic = Strategic group (the hub)
programme-group-locality = Locality network group
programme-group-name = Name of the group
programme-group-kind = Kind of group
programme-group-serves = Locality it serves
programme-group-reports-into = Reports into
programme-member-no-organisation = None (for example, a carer)
programme-member-not-said = Not said
programme-member-yes = Yes
programme-member-no = No
programme-member-name = Name shown to others (a carer may choose another name)
programme-member-rep = A carer rep (navigator), bringing carers' voice to meetings
programme-member-young = A young carer?
programme-member-groups = Groups
programme-meeting-needs-group = A meeting is held by a group. Add a group first.
programme-meeting-needs-day = Enter the day of the meeting.
programme-meeting-needs-times = Enter the time the meeting starts and ends, such as 10:00 and 12:00.
programme-meeting-needs-others = Enter how many others came as a whole number, or 0.
programme-meeting-title = What the meeting is called
programme-meeting-group = Group holding it
programme-meeting-day = Day
programme-meeting-starts = Starts at
programme-meeting-ends = Ends at
programme-meeting-place = Where
programme-meeting-key = A key strategic meeting, where carers' voice must be heard
programme-meeting-came = Members who came
programme-meeting-others = How many others came (not members)
programme-network-intro = The strategic group is the hub; each locality's network group reports into it. Changes here are saved on this device, like a plan.
programme-network-remove = Remove { $name }
programme-network-change-button = Change
programme-network-no-groups = No groups yet. Start with the strategic group.
programme-network-hub = Strategic group (the hub), { $members ->
    [one] 1 member
   *[other] { $members } members
}.
programme-network-spoke = Locality network group for { $place }, reports into { $hub }; { $members ->
    [one] 1 member
   *[other] { $members } members
}.
programme-network-organisations = Organisations
programme-network-localities = Localities
programme-network-members = Members and carer reps
programme-network-meetings = Meetings
programme-member-facts = { $rep ->
    [yes] Carer rep.{" "}
    [young] Carer rep, young carer.{" "}
   *[no] {""}
}{ $has_organisation ->
    [yes] { $organisation }.{" "}
   *[no] {""}
}{ $has_groups ->
    [yes] In { $groups }.
   *[no] In no group yet.
}
programme-meeting-when = { $day }, { $start } to { $end }, { $place }.
programme-meeting-held-by = { $group }.{ $key ->
    [yes] {" "}A key strategic meeting.
   *[no] {""}
}
programme-meeting-no-attendance = No attendance recorded yet.
programme-meeting-attendance = { $total } came: { $members ->
    [one] 1 member
   *[other] { $members } members
}, of them { $reps ->
    [one] 1 carer rep
   *[other] { $reps } carer reps
}, and { $others ->
    [one] 1 other
   *[other] { $others } others
}.
programme-empowerment-intro = Carer reps and navigators lined up for the key strategic meetings, so that carers' voice is heard where decisions are made.
programme-empowerment-from = Look from the quarter
programme-empowerment-no-key-meetings = There are no key strategic meetings from { $quarter } on. Choose an earlier quarter, or mark a meeting as key on the Network page.
programme-empowerment-summary = From { $quarter } on, { $voiced } of { $meetings ->
    [one] 1 key strategic meeting
   *[other] { $meetings } key strategic meetings
} have a carer voice. The plan has { $reps ->
    [one] 1 carer rep
   *[other] { $reps } carer reps
}.
programme-empowerment-findings = What needs attention
programme-empowerment-no-findings = Nothing: every key meeting from this quarter on has a carer rep who can go.
programme-empowerment-count = { $finding }: { $count }
programme-empowerment-who-goes = Who goes to which key meeting
programme-empowerment-tick = Tick a carer rep to line them up for a meeting; untick to take them off.
programme-empowerment-no-reps = The plan has no carer reps yet. Add them below.
programme-rep-young = { $name } (young carer)
programme-key-meeting = { $meeting }, { $start } to { $end }
programme-empowerment-reps = Carer reps in the plan
programme-rep-at-most = { $name }{ $young ->
    [yes] {" "}(young carer)
   *[no] {""}
}: at most { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
} a quarter.
programme-empowerment-waiting = Carer reps in the network who are not in the plan yet:
programme-rep-add = Add { $name } to the plan
programme-chart-quarter = Q{ $number }
programme-chart-target = Target
programme-marker-table-caption = { $marker } ({ $unit }) by locality and quarter
programme-column-change = Change since last quarter
programme-borough-total = Borough total
programme-no-answers = no answers
programme-counts-refused = { $file }: { $problem }. Nothing was imported: the figures are as they were.
programme-counts-line-refused = { $file }, line { $line }: { $problem }
programme-counts-unreadable = { $file } could not be read: { $problem }. Nothing was imported.
programme-counts-title = Add partners' counts
programme-counts-file = Counts file (CSV)
programme-counts-hint = A CSV with the columns marker, locality, quarter and count: counts only, never people's names. Write quarters like 2024-Q1 (Q1 is April to June). Leave the locality empty for a count for the whole borough.
programme-counts-reading = Reading the file…
programme-counts-imported = Imported { $count ->
    [one] 1 count
   *[other] { $count } counts
} from { $file }.
programme-counts-changed = What changed
programme-counts-change = { $marker }, { $place }, { $quarter }: { $count } ({ $was ->
    [new] new
    [unchanged] unchanged
   *[was] was { $before }
})
programme-target-not-number = Write the target as a whole number, such as 12.
programme-target-set = Target set: { $marker } in { $year }, { $target }.
programme-target-title = Set a target
programme-target-marker = Progress marker
programme-target-year = Financial year (April to March)
programme-target-value = Target for the year
programme-target-hint = For the whole borough. A count made afresh each quarter is shared over the year's four quarters on the charts.
programme-target-button = Set target
programme-progress-intro = What partners counted each financial quarter, by locality, against the borough's targets. Q1 is April to June.
programme-progress-empty = No counts yet. Add a partners' counts file above.
programme-column-lead-measure-date = With lead, measure and date
programme-column-session = Session
programme-column-date = Date
programme-column-people = People
programme-highlight-title = Highlight report: { $quarter }
programme-highlight-as-of = Plans as of { $day }, the last day of the quarter.
programme-highlight-plans = Plan progress
programme-highlight-by-locality = Actions by locality
programme-highlight-no-figures = No progress figures for this quarter yet.
programme-highlight-empowerment = Carer Empowerment Plan
programme-highlight-empowerment-fine = Every key meeting has a carer voice, and no rep is asked too much.
programme-highlight-sessions = Co-production sessions
programme-highlight-sessions-held = { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} held, with { $people ->
    [one] 1 person
   *[other] { $people } people
} taking part.
programme-highlight-sessions-caption = Sessions held this quarter
programme-highlight-improvements = Top improvement actions
programme-no-improvement-actions = No organisation has named an improvement action yet.
programme-highlight-a4 = This report is laid out to print on A4 paper.
programme-highlight-quarter = Quarter
programme-highlight-print = Print
programme-position-none = No organisation has assessed itself yet.
programme-position-who = From the self-assessments of { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}: { $organisations }.
programme-position-strongest = Strongest: { $themes }.
programme-position-weakest = Needs most work: { $themes }.
programme-position-chart = Answers saying “mostly” or “fully”, by theme
programme-position-caption = Answers by quality theme and rating
programme-column-theme = Theme
programme-column-mostly-or-fully = Mostly or fully
programme-position-improvements = Improvement actions
programme-answer-choose = Choose a rating, then say what shows it.
programme-answer-evidence = What shows it
programme-answer-action = What we will do to improve
programme-assessment-not-started = { $organisation } (not started)
programme-assessment-choose = Choose an organisation
programme-assessment-outstanding = { $count ->
    [0] Every statement is answered, with an improvement action where one is needed.
    [one] 1 statement still to answer or to give an improvement action.
   *[other] { $count } statements still to answer or to give an improvement action.
}
programme-assessment-intro = Each organisation rates itself against the quality themes' statements. The position statement puts every organisation's answers together.
programme-position-title = Position statement
programme-assessment-form-title = An organisation's self-assessment
programme-target-reached = Target reached
programme-target-on-track = On track
programme-target-behind = Behind
programme-target-none = No target set
programme-marker-summary = { $marker }: { $recorded ->
    [yes] { $count } { $unit }
   *[no] nothing recorded this quarter
}{ $changed ->
    [yes] , { $change }
   *[no] {""}
}. { $target_kind ->
    [quarter] { $status }: target { $target } this quarter.
    [year] { $status }: target { $target } for { $year }.
   *[none] No target set.
}
## Co-production sessions: the list and "Start a session".

sessions-title = Co-production sessions
sessions-intro = In a session, carers say what they need, group it into themes and vote on what matters most. The top themes become draft actions in this plan.
sessions-none = No sessions yet.
session-list-on-device = { $date } · On this device · { $step }
session-list-on-phones = { $date } · On people's phones
session-start-title = Start a session
session-field-title = Title
session-field-title-hint = For example: What carers in Maltby need.
session-field-date = Date
session-field-area = Area of focus
session-area-not-chosen = Not chosen
session-field-votes = Votes each person gets
session-field-way = How will people take part?
session-way-this-device = On this device (works offline)
session-way-phones = On their own phones (needs the internet)
session-starting = Starting…
session-start = Start session
session-day-missing = Choose the day of the session.
session-votes-not-number = Give a whole number of votes, such as 3.

## A co-production session, as the facilitator runs it.

session-back = Back to sessions
session-this = this session
session-heading-loading = Co-production session
session-on-device = On this device
session-on-phones = On people's phones
session-votes-each = Votes each: { $votes }
session-loading = Loading the session…
session-finished = This session has finished. You can still make draft actions from its themes.
session-summary-link = Session summary

## A session's summary.

session-summary-title = Session summary
session-summary-back = Back to the session
session-summary-print = Print this summary
session-summary-counted-room = The facilitator counted the people in the room; { $joined } of them joined to share or vote.
session-summary-counted-joined = This is everyone who joined to share or vote. The facilitator counted { $counted ->
    [one] 1 person
   *[other] { $counted } people
} in the room.
session-summary-not-counted = This is everyone who joined to share or vote. The facilitator did not count the room.
session-summary-file-name = { $title } statements
session-summary-file-failed = The file could not be made: { $reason }. Try again, or try another browser.
session-summary-theme = Theme:
session-summary-own-words = In their own words, without names:
session-summary-download = Download what people said (.csv)
session-summary-who = Who took part
session-summary-took-part = { $count ->
    [one] 1 person
   *[other] { $count } people
} took part.
session-summary-marker = This counts towards the progress marker “Involvement in co-production”: { $count } people taking part.
session-summary-described = { $count ->
    [one] 1 person
   *[other] { $count } people
} said something about themselves.
session-summary-no-roles = No caring roles were named.
session-summary-roles = Caring roles named
session-summary-role = { $role }: { $count }
session-summary-young-carers = Young carers: { $count }
session-summary-said = What people said
session-summary-statements = { $count ->
    [one] 1 statement
   *[other] { $count } statements
}.
session-summary-themes = Themes
session-summary-ranked = Ranked by votes. Themes with the same votes share a place.
session-summary-place = Place { $rank }{ $tied ->
    [yes] {" "}(tied)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}, { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
}
session-summary-no-themes = No themes yet.
session-summary-votes-hidden = The votes have not been shown yet.
session-summary-theme-line = { $theme } — { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
}
session-summary-plan = What went into the plan
session-summary-no-actions = No draft actions yet.

## Help: a short guide to each thing people can do.

help-title = Help
help-intro = Short guides to each thing you can do here. Each one takes a few minutes to read.
help-all = All help
help-plan-title = Draft a locality action plan
help-plan-summary = Write actions that are specific, measurable, led and timed, and keep track of them.
help-pack-title = Build a community action pack
help-pack-summary = Turn a plan's actions into a printed pack for a group, with contacts, places and events.
help-session-title = Run a co-production session
help-session-summary = Hear what carers need, group it into themes, vote, and turn the top themes into actions.
help-sharing-title = Share a plan safely
help-sharing-summary = Back up a plan, send a copy, merge a colleague's changes, and keep carers' details private.
help-strategy-title = The strategy behind this toolkit
help-strategy-summary = The borough's vision, mission and areas of focus, with the commitments in each.
help-strategy-vision = Our vision
help-strategy-mission = Our mission
help-strategy-areas = Areas of focus
help-strategy-commit = What we commit to
help-plan-step-1 = Start a plan
help-plan-step-1-text = On Home, under “Start a new plan”, type the locality's name and choose “Start plan”. The plan is kept on this device and works without the internet.
help-plan-step-2 = Add actions
help-plan-step-2-text = Each area of focus has “Add an action”. Say what will happen, how you will know it worked (a number you can count), who will lead it, and by when.
help-plan-step-3 = Follow the hints
help-plan-step-3-text = Beside each action, “What this action still needs” says what is missing: a lead, a measure you can count, or a date. An action with none of these missing is SMART.
help-plan-step-4 = Rate progress
help-plan-step-4-text = As work goes on, rate each action red, amber or green and add evidence: a note or a link that shows what has happened. Mark it complete when it is done.
help-plan-step-5 = See the whole plan
help-plan-step-5-text = “Overview” counts actions by area and status and lists what is still missing. “Print” lays the plan out on A4 for a meeting.
help-pack-step-1 = Choose who it is for
help-pack-step-1-text = In a plan, open “Action packs” and “Make an action pack” for the people it is for. cares drafts suggested steps from the plan's actions.
help-pack-step-2 = Check the steps
help-pack-step-2-text = Read each step as the people it is for will read it, and change the words where they need it.
help-pack-step-3 = Add contacts, places and events
help-pack-step-3-text = Add who to call, where carers can meet, and what is coming up. Only add a person's details if they have agreed to be listed.
help-pack-step-4 = Print it
help-pack-step-4-text = “Print this pack” lays it out on A4. Check it once on paper before handing it out.
help-session-step-1 = Start the session
help-session-step-1-text = In a plan, open “Sessions”. Choose “On this device” to pass one device round the room, or “On their own phones” so people join with a code.
help-session-step-2 = Share
help-session-step-2-text = People say what they need, starting “I need…”. They go by a made-up name if they like. You can hide a statement that names someone or shares private details.
help-session-step-3 = Group
help-session-step-3-text = Make themes and put each statement in one. Themes can be renamed and merged.
help-session-step-4 = Prioritise
help-session-step-4-text = Everyone puts their dots on the themes that matter most. The votes stay hidden until you choose “Show the votes”.
help-session-step-5 = Plan
help-session-step-5-text = Turn the top themes into draft actions. Each remembers the session and the statements it came from. The summary gives counts only, never names.
help-sharing-step-1 = Back up
help-sharing-step-1-text = A plan lives in this browser. On “Share”, choose “Download a copy” now and then, and keep the file somewhere safe. “Open a plan file” on Home brings it back.
help-sharing-step-2 = Send a copy
help-sharing-step-2-text = Send the downloaded file to a colleague. When they send theirs back, open it and choose to merge: you see what will change first, and where you both changed the same thing you choose which to keep.
help-sharing-step-3 = Spreadsheets
help-sharing-step-3-text = “Download actions as a spreadsheet” gives a CSV or Excel file with the council workbook's columns. Either opens back into a plan.
help-sharing-step-4 = Keep carers' details private
help-sharing-step-4-text = Don't write a carer's name, address or health in an action. Session summaries and exports carry counts and words, never who said them. People can ask for their words to be removed at any time.

## A session's phases, as the facilitator runs them.

session-add-statement-title = Add what someone needs
session-statement-label = I need…
session-statement-hint = Type it in their words. Leave out names.
session-add-statement = Add statement
session-statement-added = Statement added.
session-statements-title = Statements
session-statements-count = { $count ->
    [0] No statements yet.
    [one] 1 statement.
   *[other] { $count } statements.
}
session-statements-hidden = { $shown } shown, { $hidden } hidden.
session-statement-hidden = Hidden: not shown to anyone or counted.
session-statement-show = Show
session-statement-hide = Hide
session-statement-remove = Remove
session-statement-remove-ask = Remove this statement for everyone?
session-statement-remove-yes = Yes, remove it
session-statement-keep = Keep it
session-statement-theme = Theme for this statement
session-statement-no-theme = Not in a theme yet
session-new-theme = New theme
session-theme-name = Theme name
session-add-theme = Add theme
session-theme-added = Theme “{ $theme }” added.
session-themes-title = Themes
session-themes-none = No themes yet. Make one above, then choose it for each statement that fits.
session-theme-empty = No statements in this theme yet.
session-theme-rename = Rename theme
session-theme-new-name = New name for this theme
session-theme-save-name = Save name
session-theme-cancel = Cancel
session-theme-merge-into = Merge into…
session-theme-merge = Merge
session-headcount-title = Who is here
session-headcount-label = How many people are taking part?
session-headcount-hint = Optional. Count everyone in the room, including people who speak through you. The summary uses this or the number who joined, whichever is more.
session-headcount-save = Save number
session-headcount-not-a-number = Type the number of people as a whole number, like 12, or leave it empty.
session-headcount-saved = { $count ->
    [one] Saved: 1 person is taking part.
   *[other] Saved: { $count } people are taking part.
}
session-headcount-cleared = Cleared: the summary counts the people who joined.
session-live-title = People join on their phones
session-live-code = Join code:
session-live-how = On a phone, go to { $address } and type the code, or scan the QR code.
session-live-code-waiting = Getting the join code…
session-live-deleted-on = This session and everything said in it will be deleted on { $day } unless it is used again; download it before then.
session-live-qr = QR code: scan it with a phone camera to join this session
session-live-board = Open the board
session-live-board-note = (opens in a new tab, for the projector)
session-live-connection = Connection: { $state }
session-steps = Session steps
session-step-now = (now)
session-step-done = (done)
session-has-finished = The session has finished.
session-moved-on = Moved on to { $step }.
session-finish = Finish the session
session-move-on = Move on to { $step }
session-timer-label = Set a timer (minutes)
session-timer-start = Start timer
session-timer-not-a-number = Give a whole number of minutes, from 1 to { $most }.
session-timer-left-label = Time left in this step
session-timer-left = { $time } left
session-timer-stop = Stop timer
session-timer-up = Time is up.
session-plan-no-themes = There are no themes to plan from.
session-plan-no-plan = This file has no action plan to add it to.
session-plan-place = Place { $rank }{ $tied ->
    [yes] {" "}(tied)
   *[no] {""}
}
session-plan-votes = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}
session-plan-added = Added to the plan:
session-plan-make-draft = Make this a draft action
session-vote-spent = { $who } has used all their votes. For the next person, choose “Someone in the room” under “Who is voting?”.
session-vote-last = A dot added to “{ $theme }”. That was { $who }’s last vote: pass the device to the next person.
session-vote-added = A dot added to “{ $theme }”.
session-votes-left = Votes left: { $count }
session-votes-show = Show the votes
session-votes-showing = The votes are showing.
session-vote-theme-votes = { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
} · { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
session-vote-theme-hidden = { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
} · Votes hidden
session-vote-add = Add a dot to { $theme }
session-who-is-voting = Who is voting?
session-who-is-voting-hint = Pass the device round. After each person’s last vote, “Someone in the room” is chosen again for the next person.
session-room-voter = Someone in the room
session-provenance-title = Where this action came from
session-provenance-drafted = Drafted at the co-production session { $session }.
session-provenance-unnamed = a co-production session
session-provenance-theme = Theme
session-provenance-votes = Votes
session-provenance-none = No statements to show: they have been hidden or removed.
session-provenance-elsewhere = The statements are kept with the live session. Open the session on this device to keep a copy here.
finding-phrase-vague-action = an aim, not what will happen

## Signing in, where a server lets only facilitators start things.

key-empty = Paste the facilitator key you were given.
key-wrong-shape = A facilitator key is 64 letters and numbers (0 to 9 and a to f). Copy all of it and try again.
key-not-kept = This browser would not keep the key. Check it is not in private browsing, then try again.
sign-in-title = { $doing ->
    [share] Sign in to share this plan
   *[session] Sign in to start a session
}
sign-in-intro = { $doing ->
    [share] This server lets only facilitators share plans. Sign in with your council account, or use the facilitator key you were given. Ask whoever runs the server if you have neither.
   *[session] This server lets only facilitators start sessions. Sign in with your council account, or use the facilitator key you were given. Ask whoever runs the server if you have neither.
}
sign-in-key-refused = The facilitator key kept on this device was not accepted. It may have been withdrawn: ask for a new one.
sign-in-account = Sign in with your council account
sign-in-key-label = Facilitator key
sign-in-key-hint = Paste it once: this device keeps it.
sign-in-keep = Keep this key on this device
sign-in-forget = Forget the key
sign-in-kept = { $doing ->
    [share] The key is kept on this device. Press “Share” again.
   *[session] The key is kept on this device. Press “Start session” again.
}

## Sharing a plan through the server.

server-sign-in-needed-share = This server lets only facilitators share plans. Sign in, then try again.
share-already-shared = This plan is already shared through this server from another device. Ask whoever shared it for the link.
share-too-large = This plan is too large for the server to share. Download a copy and send the file instead.
share-link-dead = This link does not open a plan any more. It may have been stopped, or copied only in part. Ask for the link again.
share-cannot-stop = This server cannot stop a link yet. Ask whoever runs it to withdraw this plan's link.

## Date fields.

date-hint = Day, month and year, like 31/03/2026.
date-not-a-day = Enter a day, month and year, like 31/03/2026.
date-calendar = Calendar

## The frame around an open plan: its navigation, saving and loading.

frame-backup-nudge = Only this device has this plan. Download a copy to keep it safe.
frame-backup-link = Go to Share and back up
frame-save-failed = Not saved: { $reason }. Download a copy now.
frame-save-refused = Not saved: see the message by the field. What you typed is kept on this device.
frame-saved = Saved on this device
frame-saving = Saving…
frame-storage-kept = This browser has agreed to keep your work.
frame-storage-may-delete = This browser may delete your work if you don't visit for a while. Download a copy to keep it safe.
frame-storage-device-only = Your work is saved on this device only.
frame-nav-label = Plan
frame-nav-programme = Borough programme
frame-nav-actions = Actions
frame-nav-overview = Overview
frame-nav-packs = Action packs
frame-nav-sessions = Sessions
frame-nav-share = Share
frame-nav-print = Print
frame-loading = Loading your plan…
frame-whole-borough = Whole borough
frame-not-found-title = Plan not found
frame-not-found-text = We could not find this plan on this device.
frame-not-found-file = If someone sent you the plan as a file, open it from the home page.
frame-go-to-plans = Go to your plans
frame-unreadable-title = This plan could not be opened
frame-unreadable-text = We could not open this plan: { $reason }.
frame-unreadable-copy = If you have a downloaded copy, you can open it from the home page.
frame-removed-elsewhere = This plan was replaced or removed in another tab, so changes here can no longer be saved.
frame-merge-nothing = Merging changes nothing here: this plan already has everything in the file.
frame-merge-will = Merging will make these changes to your plan:
frame-merge-other = Other changes outside the actions (titles, packs or sessions)
frame-merge-both = You both changed { $count ->
    [one] 1 thing
   *[other] { $count } things
} differently. After merging you can choose which to keep.
frame-conflicts-title = You both changed these
frame-conflicts-intro = The merge kept one value for each. Check each one and keep the right value.
frame-conflict-title = { $part }: “{ $what }”
frame-conflict-not-kept = That could not be kept: { $reason }.
frame-conflict-kept = { $whose ->
    [mine] Kept yours: { $value }
   *[theirs] Kept theirs: { $value }
}
frame-conflict-now = { $whose ->
    [mine] The plan now has yours: { $value }
   *[theirs] The plan now has theirs: { $value }
}
frame-conflict-yours = Yours
frame-conflict-theirs = Theirs
frame-conflict-keep-mine = Keep mine
frame-conflict-keep-theirs = Keep theirs
frame-download-copy = Download a copy
frame-copy-failed = The copy could not be made: { $reason }. Try again, or try another browser.
frame-copy-done = Copy downloaded { $date }. Keep the file somewhere safe, such as your email or a memory stick.
frame-download-csv = Download actions as a spreadsheet (CSV)
frame-download-xlsx = Download actions as a spreadsheet (.xlsx)
frame-download-no-actions = this plan has no actions to put in a spreadsheet
frame-download-failed = The spreadsheet could not be made: { $reason }.
frame-download-making = Making the spreadsheet…
frame-new-label = Locality name
frame-new-hint = For example, Maltby or Wath. The plan will be called “Maltby locality action plan”.
frame-new-missing = Enter the name of your locality.
frame-new-too-long = That name is too long. Use fewer than { $limit } characters.
frame-new-not-saved = Your plan could not be saved: { $reason }. Nothing was created.
frame-new-start = Start plan
frame-cancel = Cancel

## The plans kept on this device: the list, renaming, archiving and deleting.

plans-restored = “{ $title }” is back on this device.
plans-not-restored = “{ $title }” could not be put back: { $reason }.
plans-looking = Looking for your plans…
plans-unreadable = Your plans could not be read: { $reason }.
plans-none = No plans yet.
plans-all-archived = Every plan on this device is archived.
plans-archived-list = Archived plans ({ $count })
plans-undo = Undo
plans-backed-up = Copy downloaded { $date }
plans-not-backed-up = Not backed up yet
plans-archived-on = Archived { $date }
plans-changed = Last changed { $date }
plans-renamed = Renamed to “{ $title }”.
plans-unarchived = “{ $title }” is back in your plans.
plans-archived = Archived “{ $title }”. It is under “Archived plans”.
plans-not-archived = This plan could not be archived: { $reason }.
plans-deleted = Deleted “{ $title }” from this device. You can undo this for a minute.
plans-not-deleted = This plan could not be deleted: { $reason }.
plans-manage = Rename, archive or delete
plans-new-title = New title
plans-rename = Rename
plans-unarchive = Put back in your plans
plans-archive = Archive
plans-delete = Delete
plans-delete-confirm = Delete this plan from this device? Only a copy you downloaded or shared will be left.
plans-delete-yes = Yes, delete it
plans-delete-keep = Keep it
plans-rename-unreadable = This plan could not be read: { $reason }.
plans-rename-gone = This plan is no longer on this device.
plans-title-blank = Give the plan a title.
plans-title-too-long = A title can be at most { $limit } characters long.
plans-title-refused = This title was not taken: { $reason }.
plans-title-not-saved = The new title could not be saved: { $reason }.
plans-delete-gone = it is no longer on this device
plans-page-title = Your plans
plans-page-start = Start a new plan or open one from a file

## Carer Friendly Communities Action Packs: the list, the builder and the leaflet.

packs-audience-employers = Employers and businesses
packs-audience-schools = Schools
packs-audience-gp-practices = GP practices and pharmacies
packs-audience-faith-groups = Faith and community groups
packs-leaflet-for-employers = For employers and businesses
packs-leaflet-for-schools = For schools
packs-leaflet-for-gp-practices = For GP practices and pharmacies
packs-leaflet-for-faith-groups = For faith and community groups
packs-contacts-title = Local contacts
packs-contacts-none = No contacts yet. Add someone people can get in touch with.
packs-contacts-add = Add a contact
packs-contacts-name-missing = Enter the contact's name.
packs-contact-name = Name
packs-contact-role = Role or organisation
packs-contact-reach = How to reach them
packs-contact-reach-hint = A phone number, an email address or a drop-in time.
packs-places-title = Meeting places
packs-places-none = No meeting places yet. Add somewhere carers can meet.
packs-places-add = Add a meeting place
packs-places-name-missing = Enter the name of the place.
packs-place-name = Place name
packs-place-address = Address
packs-place-when = When
packs-place-when-hint = For example: Tuesdays, 10am to 12 noon.
packs-events-title = Events
packs-events-none = No events yet. Add something coming up that carers can go to.
packs-events-add = Add an event
packs-events-name-missing = Enter what the event is.
packs-event-title = Event
packs-event-date = Date
packs-event-place = Where
packs-part-saved = Saved the changes to { $name }.
packs-part-added = Added { $name }.
packs-part-edit = Edit
packs-part-edit-named = Edit { $name }
packs-part-remove = Remove
packs-part-remove-named = Remove { $name }
packs-part-editing = Editing { $name }
packs-part-save = Save changes
packs-title-blank = Give the pack a title.
packs-hints-title = What this pack still needs
packs-hints-done = This pack is ready to print.
packs-steps-title = Steps
packs-steps-intro = Tick the steps to put in the pack. You can change the words of any step.
packs-step-include = Include step { $number }
packs-step-from-plan = From the plan
packs-step-wording = Step wording
packs-step-reword = These are the plan's words, written for the people doing the plan. Reword them for this pack's readers: say what they can do.
packs-step-add = Add your own step
packs-no-plan = This file has no action plan to draw a pack from.
packs-title = Action packs
packs-intro = An action pack tells one group of people, such as local employers or schools, what they can do to support carers, with local contacts and places to meet.
packs-none = No action packs yet.
packs-untitled = Untitled pack
packs-for = For: { $audience }
packs-make-title = Make an action pack
packs-make-who = Who is it for?
packs-make-start = Start pack
packs-this-pack = this action pack
packs-back = Back to action packs
packs-heading-untitled = Action pack
packs-field-title = Pack title
packs-field-intro = Introduction
packs-print-link = Print this pack
packs-print-back = Back to the pack
packs-print-needs = Before you print, this pack still needs:
packs-print = Print
packs-leaflet-steps = What you can do

## The filters above a plan's actions.

filters-label = Filter actions
filters-area = Area of focus
filters-all-areas = All areas
filters-status = Status
filters-all-statuses = All statuses
filters-overdue = Overdue
filters-needs-attention = Needs attention
filters-lead = Lead
filters-all-leads = All leads
filters-no-lead = No lead yet
filters-organisation = Lead organisation
filters-all-organisations = All organisations
filters-search = Search actions

## The page before the app is running (written into index.html when it is built).

loading-failed = This page could not be loaded. Check you are online, then try again.
loading-retry = Try again
loading-noscript = This app needs JavaScript. Please turn it on in your browser settings, then reload the page.
frame-progress-legend = Progress
## The core's own messages (cares-core): why an edit was refused, a session step
## refused, the school calendar, the empowerment plan's findings, a counts file's
## problems, the session summary table's header and the stand-in name for someone
## voting on the facilitator's device. Words in { $field }, { $what } and { $doing }
## are keys the core gives for its fixed phrases; ids are shown as written.

core-edit-no-plan = no plan with id { $id }
core-edit-no-action = no action with id { $id } in this plan
core-edit-not-found = no { $what ->
    [session] session
    [action-pack] action pack
    [self-assessment] self-assessment
    [member] member
    [meeting] meeting
   *[other] { $what }
} with id { $id }
core-edit-no-section = no section with id { $id } in this plan
core-edit-already-there = { $what ->
    [plan] a plan
    [section] a section
    [action] an action
    [session] a session
   *[other] { $what }
} with id { $id } is already there
core-edit-blank = { $field ->
    [title] title
    [plan-title] the plan's title
    [section-title] the section's title
    [what-will-happen] what will happen
    [evidence] the evidence
    [pack-title] the pack's title
    [organisation-name] the organisation's name
    [locality-name] the locality's name
    [network-name] the network's name
    [member-name] the member's name
    [meeting-title] the meeting's title
    [rep-name] the rep's name
   *[other] { $field }
} is blank
core-edit-too-long = { $field ->
    [title] title
    [plan-title] the plan's title
    [section-title] the section's title
    [what-will-happen] what will happen
    [reference] the reference
    [measure] the measure
    [timescale] the timescale
    [milestone] a milestone
    [lead] the lead
    [lead-organisation] the lead organisation
    [note] the note
    [evidence] the evidence
    [link] the link
    [pack-title] the pack's title
    [step] a step
    [organisation-name] the organisation's name
    [locality-name] the locality's name
    [network-name] the network's name
    [member-name] the member's name
    [meeting-title] the meeting's title
    [place] the place
    [rep-name] the rep's name
   *[other] { $field }
} is { $chars } characters long; the most allowed is { $limit }
core-session-wrong-phase = { $doing ->
    [adding-a-statement] adding a statement
    [making-a-theme] making a theme
    [renaming-a-theme] renaming a theme
    [grouping-a-statement] grouping a statement
    [merging-themes] merging themes
    [removing-a-theme] removing a theme
    [voting] voting
    [taking-back-a-vote] taking back a vote
   *[other] { $doing }
} belongs to the { $needed } phase, and this session is in the { $phase } phase
core-session-closed = the session has closed, so { $doing ->
    [adding-a-statement] adding a statement
    [revealing-the-votes] revealing the votes
    [drafting-an-action] drafting an action
    [joining] joining
   *[other] { $doing }
} is no longer possible
core-session-not-next-phase = the session cannot go from the { $from } phase to the { $to } phase; phases go share, group, prioritise, plan, closed, one step at a time
core-session-no-themes = there are no themes to vote on yet; group some statements into a theme first
core-session-blank-title = the session needs a title
core-session-title-too-long = a session title can be up to { $max } characters; this one has { $chars }
core-session-no-votes-per-person = each person needs at least one vote
core-session-blank-pseudonym = choose a name to show; it can be made up
core-session-pseudonym-too-long = a name to show can be up to { $max } characters; this one has { $chars }
core-session-duplicate-participant = participant { $participant } has already joined this session
core-session-unknown-participant = participant { $participant } is not in this session
core-session-erased = participant { $participant } has been erased from this session at their request, so nothing more is taken from them
core-session-blank-statement = a statement needs some words
core-session-statement-too-long = a statement can be up to { $max } characters; this one has { $chars }
core-session-duplicate-statement = statement { $statement } is already in this session
core-session-unknown-statement = statement { $statement } is not in this session
core-session-blank-theme-name = a theme needs a name
core-session-theme-name-too-long = a theme name can be up to { $max } characters; this one has { $chars }
core-session-theme-name-taken = there is already a theme called "{ $name }"
core-session-duplicate-theme = theme { $theme } is already in this session
core-session-unknown-theme = theme { $theme } is not in this session
core-session-merge-into-itself = theme { $theme } cannot be merged into itself
core-session-no-votes-left = participant { $participant } has used all { $budget } of their votes; take one back to vote again
core-session-headcount-out-of-range = the number of people taking part can be from 1 to { $max }; this was { $people }
core-session-no-vote-to-withdraw = participant { $participant } has no vote on theme { $theme } to take back
core-school-day-ends-before-it-starts = the school day ends at { $ends } but starts at { $starts }; it must end after it starts
core-empowerment-young-carer-in-school-hours = { $rep } is a young carer and will be in school during { $meeting } ({ $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }), { $starts } to { $ends }. Ask for the meeting to be held after school or in the holidays, or line up another rep.
core-empowerment-no-carer-voice = No carer rep who can go is lined up for { $meeting } ({ $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }), a key strategic meeting. Line up a rep so carers' voice is heard there.
core-empowerment-rep-over-committed = { $rep } is lined up for { $count } meetings in { $number ->
    [1] April to June
    [2] July to September
    [3] October to December
   *[4] January to March
} { $year } ({ $quarter }), more than the { $max } they agreed to. Share some with another rep, or check they are happy to do more.
core-empowerment-unknown-rep = Someone who is not one of the plan's reps (member { $member }) is lined up for a meeting. Add them as a rep or remove the line-up.
core-empowerment-unknown-meeting = A rep is lined up for a meeting that is not in the network (meeting { $meeting }). It may have been deleted; remove the line-up or add the meeting again.
core-counts-too-large = the file is { $bytes } bytes; a counts file may be at most { $max } bytes
core-counts-empty = the file has no counts: it needs a header line (marker, locality, quarter, count) and a line per count
core-counts-missing-column = line 1: there is no "{ $column }" column; the header needs marker, locality, quarter and count
core-counts-unreadable = line { $line }: { $problem }
core-counts-unknown-marker = line { $line }: "{ $text }" is not a progress marker; use a name such as "meeting-places" or "Meeting places for carers"
core-counts-unknown-quarter = line { $line }: "{ $text }" is not a quarter; write it like "2024-Q1" or "2024-25 Q1" (Q1 is April to June)
core-counts-negative = line { $line }: the count { $text } is below zero; counts are 0 or more
core-counts-not-a-count = line { $line }: "{ $text }" is not a count; write a whole number such as 12
core-counts-repeated = line { $line } counts the same marker, locality and quarter as line { $first }; keep one
core-summary-theme = Theme
core-summary-statement = Statement
core-room-voter = Someone in the room { $number }

## Reading a council's action plan table (cares-core `table`): what was read with
## doubt. { $heading } is a column's heading as the core names it; { $text } and
## { $reference } are the table's own words.

core-import-second-column = a second "{ $heading }" column; only the first was imported
core-import-unknown-column = this column was not recognised and was not imported
core-import-above-header = text above the header row was not imported: "{ $text }"
core-import-no-heading = column { $number } has no heading; its cells were not imported
core-import-not-imported = the cells under "{ $heading }" were not imported
core-import-charter-row = a "Charter commitment" heading row has other cells filled in; only its heading was imported
core-import-no-wording = this row has no reference and no action text, and there is no action above it to add it to; it was imported as an action without wording
core-import-reference-again = reference "{ $reference }" is used again in this section (first on line { $first })
core-import-no-area = could not read an area of focus number in "{ $text }"
core-import-no-date = could not read a date in "{ $text }"
core-import-not-a-rating = "{ $text }" is not a rating (Red, Amber, Green, Complete or Not started); it was not imported

## Merging another copy of a plan (cares-core `merging`): the part of an action that
## changed ({ $part } is its key), what a merge does to an action, a value both people
## set, and why two copies cannot be merged. Lists are joined by core-list-comma and
## core-list-and. What people wrote comes in { $text } and { $what }, as written.

core-action-part = { $part ->
    [what] What will happen
    [reference] Reference
    [section] Section
    [measure] Measure
    [milestones] Milestones
    [lead] Lead
    [commenced] Start date
    [due] Due date
    [review] Review date
    [completed] Completion date
    [timescale-as-written] Timescale as written
    [links] Links to the strategy
    [rating] Progress rating
    [evidence] Evidence
   *[position] Place in the plan
}
core-merge-part = { $part ->
    [what] what will happen
    [reference] reference
    [section] section
    [measure] measure
    [milestones] milestones
    [lead] lead
    [commenced] start date
    [due] due date
    [review] review date
    [completed] completion date
    [timescale-as-written] timescale as written
    [links] links to the strategy
    [rating] progress rating
    [evidence] evidence
   *[position] place in the plan
}
core-merge-added = New action: “{ $what }”
core-merge-removed = Removed: “{ $what }”
core-merge-changed = “{ $what }”: { $parts } changed
core-merge-empty = (empty)
core-merge-written = { $text }
core-merge-date = { $day }
core-merge-list = { $items }
core-merge-milestone = { $text } ({ $due })
core-merge-link-area = area { $number }
core-merge-link-commitment = commitment { $number }
core-merge-replica-reused = the two copies made different changes under the same device id, so merging them would lose one of them
core-merge-different-document = this file holds a different plan, not a copy of this one
core-merge-different-snapshot = the two copies started from different versions of the plan, so their changes cannot be merged one by one
core-merge-before-checkpoint = one copy has changes made before the other was tidied up (its older history folded into one snapshot), so those changes can no longer be put in their place; make them again in the newer copy
core-list-comma = { $rest }, { $next }
core-list-and = { $rest } and { $last }

## The command line's own words (cares-cli): `cares empowerment`, `cares progress import`.

cli-empowerment-title = Carer Empowerment Plan, from { $quarter } ({ $number ->
    [1] April to June
    [2] July to September
    [3] October to December
   *[4] January to March
} { $year })
cli-empowerment-voice = { $reps ->
    [one] { $reps } carer rep
   *[other] { $reps } carer reps
}; { $voiced } of { $key } key strategic meetings have a carer voice.
cli-empowerment-nothing = Nothing to look at: every key meeting has a carer voice, and no rep is asked too much.
cli-progress-put = Put { $count ->
    [one] 1 count
   *[other] { $count } counts
} into { $file }:

## The command line's reports (cares-cli): `cares report`, `borough`, `highlight`,
## `position` and `import`. Names people wrote (plans, localities, organisations,
## themes, files) come in as written; { $status } is a progress rating's key.

cli-status-meaning = { $status ->
    [not-started] work has not begun
    [red] off track and needs help
    [amber] some progress, some concerns
    [green] on track
   *[complete] done
}
cli-report-page-title = { $title } – progress report
cli-report-as-of = Progress report as of { $day }.
cli-report-no-plans = This document has no action plans yet.
cli-report-status-count = { $count } { $status ->
    [not-started] not started (work has not begun)
    [red] red (off track and needs help)
    [amber] amber (some progress, some concerns)
    [green] green (on track)
   *[complete] complete (done)
}
cli-report-statuses = { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}: { $statuses }.
cli-report-smart = { $smart } of { $actions } have a lead, an outcome measure and a date.
cli-report-by-status = Progress by status
cli-report-status-caption = Actions by status
cli-report-column-status = Status
cli-report-column-meaning = What it means
cli-report-by-section = Progress by section
cli-report-column-section = Section
cli-report-by-area = Progress by area of focus
cli-report-by-lead = Progress by lead
cli-report-overdue = Overdue actions
cli-report-nothing-overdue = No action is overdue.
cli-report-overdue-caption = Actions past their date and not complete
cli-report-column-action = Action
cli-report-column-what = What
cli-report-column-was-due = Was due
cli-report-no-lead = No lead
cli-report-findings = What the SMART audit finds
cli-report-no-findings = Nothing: every action has what it needs.
cli-report-findings-caption = Findings of the SMART audit
cli-report-column-finding = Finding
cli-report-column-how-many = How many
cli-report-column-kind = Kind
cli-borough-title = The borough at a glance
cli-borough-intro = { $actions ->
    [one] 1 action
   *[other] { $actions } actions
} in { $plans ->
    [one] 1 plan
   *[other] { $plans } plans
}, as of { $day }.
cli-borough-by-locality = Progress by locality
cli-borough-by-locality-caption = Actions by locality
cli-borough-locality-by-area = { $locality }: by area of focus
cli-borough-top-findings = What the audit finds most often in { $locality }: { $findings }.
cli-borough-by-organisation = Progress by lead organisation
cli-borough-by-organisation-caption = Actions by lead organisation
cli-borough-also-written = { $name } is also written { $others }
cli-borough-also-related = { $note }; related to { $names }
cli-borough-related = { $name } is related to { $names }
cli-borough-findings-caption = Findings of the SMART audit in every plan
cli-highlight-markers = Progress markers
cli-highlight-column-change = Change
cli-highlight-improvement = { $action } ({ $theme }): { $organisations }
cli-position-who = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}: { $organisations }.
cli-position-theme = { $theme }: { $answered ->
    [yes] { $strong } of { $total } answers say we do this mostly or fully ({ $percent }%).
   *[no] no organisation has answered yet.
}
cli-position-rating = { $rating } { $count }
cli-position-not-answered = Not answered by: { $organisations }
cli-position-to-improve = To improve: { $action } ({ $organisations })
cli-position-weakest = Weakest: { $themes }.
cli-import-done = Imported { $actions ->
    [one] 1 action
   *[other] { $actions } actions
} in { $sections ->
    [one] 1 section
   *[other] { $sections } sections
} from { $table } into { $output }{ $doubts ->
    [0] {""}
    [one] ; 1 thing to check is listed above
   *[other] ; { $doubts } things to check are listed above
}.
cli-import-warning-line = warning: { $file }: line { $line }: { $problem }
cli-import-warning-cell = warning: { $file }: line { $line }, "{ $column }": { $problem }
cli-audit-doubts = note: { $count } cells of { $file } were read with doubt; `cares import` lists them
cli-export-first-only = note: { $file } has { $count } plans; only the first, "{ $title }", was exported

## The core's words about an action pack (cares-core `packs::review`).

core-pack-no-steps = This pack has no steps yet. Add at least one thing people can do.
core-pack-nothing-local = Add a local contact, a meeting place or an event, so people know where to turn.
core-pack-blank-step = Step { $step } is empty. Write what people can do, or remove it.
core-pack-contact-unreachable = How can people reach { $name }? Add a phone number, an email address or a drop-in time.
core-pack-contact-unreachable-unnamed = How can people reach this contact? Add a phone number, an email address or a drop-in time.
core-pack-place-without-address = Where is { $name }? Add an address so carers can find it.
core-pack-place-without-address-unnamed = Where is this meeting place? Add an address so carers can find it.
core-pack-event-undated = When is { $name }? Add the date.
core-pack-event-undated-unnamed = When is this event? Add the date.
core-pack-event-without-place = Where is { $name }? Add the place.
core-pack-event-without-place-unnamed = Where is this event? Add the place.

## The core's words when a carer network does not hang together (cares-core
## `CarerNetwork::validate`). Entries are named by id, never by a person's name.

core-network-duplicate-id = { $kind ->
    [organisation] organisation
    [locality] locality
    [network-group] network group
    [member] member
    [meeting] meeting
   *[other] { $kind }
} id { $id } is used more than once (entries { $first } and { $second }, counting from 0)
core-network-blank-name = { $kind ->
    [organisation] organisation
    [locality] locality
    [network-group] network group
    [member] member
    [meeting] meeting
   *[other] { $kind }
} { $id } has no name
core-network-unknown-locality = network group { $network } is for locality { $locality }, which is not in the network
core-network-unknown-hub = network group { $network } reports into group { $hub }, which is not in the network
core-network-hub-not-strategic = network group { $network } reports into group { $hub }, which is not a strategic group; locality groups report into the hub
core-network-unknown-organisation = member { $member } is from organisation { $organisation }, which is not in the network
core-network-unknown-membership = member { $member } belongs to network group { $network }, which is not in the network
core-network-duplicate-membership = member { $member } lists network group { $network } more than once
core-network-unknown-meeting-network = meeting { $meeting } is held by network group { $network }, which is not in the network
core-network-ends-before-start = meeting { $meeting } ends at { $end }, which is not after it starts at { $start }
core-network-unknown-attendee = meeting { $meeting } lists member { $member } as attending, who is not in the network
core-network-duplicate-attendee = meeting { $meeting } lists member { $member } as attending more than once
## Opening files: what a file turned out to be and what to do (cares-core's and cares-xlsx's advice), and the file fields that open them.

file-not-a-plan = This is not a plan file from cares. Plan files end in .cares.json.
file-cut-short = This file stops part way through: it may have been cut short as it was saved or sent. If it is a plan file from cares, ask for a fresh copy.
file-damaged = This file is damaged or is not a plan file from cares. Plan files end in .cares.json; if this is one, ask for a fresh copy.
file-plan-too-large = This file is much larger than any plan file from cares. Check that you chose the right file.
file-plan-newer = This plan file was saved by a newer version of cares. Update cares (in a browser, reload the page while online), then open the file again.
file-plan-changed = This plan file has been changed outside cares, so it cannot be opened safely. Ask for a fresh copy saved from cares.
file-table-too-large = This spreadsheet is too large for one plan. Split it into smaller spreadsheets and open each one.
file-table-not-utf8 = This spreadsheet was not saved as UTF-8 text. In your spreadsheet program, save it as “CSV UTF-8” and open that file.
file-table-empty = This spreadsheet is empty. Check that you chose the right file.
file-table-not-actions = { $count ->
    [one] This spreadsheet is not a table of actions: it has no { $columns } column. Put the column headings in its first row (a spreadsheet downloaded from cares has them all), then open it again.
   *[other] This spreadsheet is not a table of actions: it has no { $columns } columns. Put the column headings in its first row (a spreadsheet downloaded from cares has them all), then open it again.
}
file-table-row-broken = Line { $line } of this spreadsheet does not line up with its column headings. Open it in your spreadsheet program, save it as CSV again, and open that.
file-table-cell-too-long = A cell on line { $line } (column “{ $column }”) is too long for cares. Shorten it, then open the file again.
file-workbook-too-large = This workbook is too large to open. Save the action table on its own in a new workbook and open that.
file-workbook-not-xlsx = This is not an Excel workbook (.xlsx). In your spreadsheet program, save it as “Excel Workbook (.xlsx)” and open that.
file-workbook-password = This workbook is protected with a password, so cares cannot read it. Remove the password in your spreadsheet program, save it, and open it again.
file-workbook-damaged = This workbook is damaged. Open it in your spreadsheet program, save it again as .xlsx, and open that.
file-workbook-no-sheet = This workbook has no sheet of actions. Put the action table on its first sheet and open it again.
file-workbook-too-wide = Row { $row } of the sheet “{ $sheet }” has text far to the right of the action table. Move or delete that text, save, and open the workbook again.
open-file-not-read = This file could not be opened: { $why }.
open-file-details = Details
open-file-reading = Reading the file…
open-file-hint-plans = Choose a plan file saved from this app. Its name ends in .cares.json.
open-file-hint-plans-and-tables = Choose a plan file saved from this app (its name ends in .cares.json), or a spreadsheet of actions (.xlsx, or saved as CSV), which becomes a new plan.
open-file-label = Open a plan file
open-file-unchanged = Nothing on this device has been changed.
open-file-not-kept = This file could not be opened: { $reason }. Nothing on this device has been changed.
open-file-copy-of-plan = This file is a copy of this plan.
open-file-already-here = “{ $title }” is already on this device.
open-file-merge = Merge their changes into mine
open-file-cancel = Cancel
open-file-go-to-plan = Go to the plan
open-file-merged = { $count ->
    [one] Merged: 1 new change.
   *[other] Merged: { $count } new changes.
}
someone-file-label = Open someone else's file
someone-file-unchanged = Your plan has not been changed.
someone-file-plan-closed = this plan is closed
someone-file-not-saved = The file's plan could not be saved: { $reason }. Your plan has not been changed.
someone-file-not-removed = The file's plan is saved, but this plan could not be removed: { $reason }.
someone-file-cannot-merge = This file is a copy of this plan, but the two cannot be merged: { $reason }. You can open it as a separate plan instead.
someone-file-open-separate = Open it as a separate plan
someone-file-different = This file is a different plan.
someone-file-called = It is called “{ $title }”.
someone-file-replace = Replace this plan with it

## The Share page, a plan's link, and opening a shared link.

share-page-no-plan = Open a plan first.
share-page-title = Share and back up
share-page-copy-title = Keep a copy
share-page-copy-intro = Your plan is saved on this device only. Download a copy to keep it safe, or to send it to someone. They can open it in this app.
share-page-spreadsheet-title = Spreadsheet
share-page-spreadsheet-intro = The actions in the columns of the council's action plan workbook, as CSV or as an Excel workbook with the ratings in their colours.
share-page-their-copy-title = Someone else's copy
share-page-their-copy-intro = If someone sent you their copy of a plan, open it here. You choose what happens before anything changes.
share-link-title = Share with a link
share-link-intro = Put a copy of this plan on the server and get a link to it. Anyone with the link can open the plan, so send it only to people you work with.
share-link-make = Make a link
share-link-made = Link made. Copy it and send it to the people you work with.
share-link-label = Link to this plan
share-link-hint = It opens the plan as it was when the link was made.
share-link-copy = Copy the link
share-link-copied = Link copied.
share-link-not-copied = This browser would not copy the link. It is selected: copy it from the box.
share-link-stop = Stop sharing
share-link-stop-question = Stop sharing this plan?
share-link-stop-explained = The server deletes its copy, and the link stops working for everyone who has it. Your plan stays on this device, and copies people already opened stay on theirs.
share-link-stop-yes = Yes, stop sharing
share-link-stop-no = Keep sharing
share-link-stopped = Sharing stopped. The link no longer opens this plan.
shared-link-title = A shared plan
shared-link-opening = Opening the shared plan…
shared-link-unreadable = The shared plan could not be read: { $reason }.
shared-link-other-plan = This link opened a different plan. Ask for the link again.
shared-link-not-kept = The shared plan could not be kept on this device: { $reason }.
shared-link-merged = { $count ->
    [0] This plan is already on this device, with every change in the shared copy.
    [one] This plan is already on this device. 1 change from the shared copy was added.
   *[other] This plan is already on this device. { $count } changes from the shared copy were added.
}
shared-link-open-plan = Open the plan

## Form fields: limits on text, drafts kept on the device, and a date's calendar button.

form-paste-cut = This field holds up to { $limit } characters, so only the first { $kept } characters of what you pasted were added and the other { $dropped } were left out. They are still in what you copied.
form-count = { $length } of { $limit } characters
form-field-full = { $length } of { $limit } characters: the field is full
form-draft-put-back = This is what you typed here before; it was kept on this device and is not saved in the plan yet.
date-calendar-name = { $label }: choose from a calendar
