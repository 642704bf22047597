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
finding-phrase-vague-action = an aim, not what will happen
