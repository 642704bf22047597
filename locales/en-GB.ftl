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
page-loading = Loading the page…

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
server-sign-in-needed = This server asks facilitators to sign in before starting a session. Open /api/sign-in on this site to sign in with your council account, then try again. If that does not work, ask whoever runs the server.
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
overview-chart-part = { $count } { $status }
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
