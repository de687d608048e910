### The HTML pages of `ogp site` and `ogp agenda --format html`: the words of the templates
### in src/render/templates/ and of the pages' views in src/site/. Dates given as $date,
### $due, $start... are written out as in running text (the `date-prose` message).

site-home = OGP Local: membership status of every jurisdiction
site-footer = Made by ogp { $version } from the plan repositories as of { $date }. States are written out in words; colours only repeat them.
## After a status word.
site-since = since { $date }
site-records-unreadable = the records could not be read.
site-scroll = Scroll sideways for more →
site-column-was-due = Was due
site-column-due = Due
site-column-what = What
site-column-who = Who
site-column-commitment = Commitment
site-column-state = State
site-column-milestones-done = Milestones done
site-column-next-milestone = Next milestone
site-column-activity = Activity
site-timeline-table = Timeline table
site-timeline-now = ▼ marks the column of { $date }. The states:
site-legend-count = a number: meetings held

## What `ogp site` says on the terminal once it is done; $out is the folder.
site-wrote = ogp: wrote { $n } files into { $out } (open index.html)
## The label of the language switch on every page of a site in several languages.
site-languages = Languages

## The index of the site.
site-index-title = OGP Local status, as of { $date }
site-index-heading = Membership status as of { $date }
## $tally lists how many members have each status: "2 inactive, 5 active".
site-index-total = { $n ->
    [one] { $n } member: { $tally }.
   *[other] { $n } members: { $tally }.
}
site-index-pages = Pages of the index
## Before the links to the pages of the index: "Members 1–400 · 401–402".
site-index-members = Members
site-index-countries = Countries
site-index-by-country = By country:
site-index-overdue = { $n } overdue
site-index-nothing-overdue = nothing overdue
site-index-next = next deadline { $date }: { $what }
site-index-no-deadline = no deadline ahead
site-country-unknown = Country not recorded
## After "not established": the status an earlier run of the site could establish.
site-last-known = not established; last known: { $status }

## A member's page.
site-member-title = { $name }: OGP Local status
site-member-country = Country
site-member-joint = A joint action plan of
site-member-plan = Action plan
site-member-plan-submitted = { $title }, { $start } to { $end } (submitted { $submitted })
site-member-plan-cocreated = { $title }, { $start } to { $end } (being co-created)
site-member-forum = Forum
site-member-contact = Contact
site-member-status = Status
## $kept is the day the status was last established, $date the day of this run.
site-member-kept = This is the last status that could be established, as of { $kept }: the member's records could not be read as of { $date }. The point of contact has the details.
site-member-not-established = The status cannot be established until the records can be read again; the point of contact has the details.
site-member-history = History
site-member-no-status = No status yet.
site-unreadable = the member's records could not be read
## What would change a status that is not established.
site-status-correct = the point of contact corrects the records; the status is then worked out again
## $assessment is one of the site-assessment- messages.
site-member-assessment = End-of-commitment assessment: { $assessment }.
site-assessment-withdrawn = none: the commitment was withdrawn
site-assessment-submitted = submitted on { $date }
site-assessment-late = submitted late, on { $date } (it was due { $due })
site-assessment-overdue = overdue: it was due { $due }
site-assessment-excused = excused (the member was voluntarily inactive)
site-assessment-planned = due one month after completion (planned for { $due })
site-assessment-due = due { $due }
site-assessment-after = due one month after completion
## Follows a milestone's title (and comes before its state).
site-member-milestone-due = , due { $date }
site-milestone-no-date = no date set
site-member-no-milestones = No milestones.
site-member-no-commitments = No commitments in the plan being worked on.
site-member-timeline-plan = Timeline of the plan
site-member-timeline-coming = Timeline of the coming months
site-member-timeline-phone = The coming months; the whole plan is drawn on a wider screen and in print.
site-member-states = The states:
site-member-no-plan = No readable plan to draw.
site-member-meetings = Meetings of the forum
site-member-meeting-co-creation = { $date }, co-creation meeting
site-member-meeting-implementation = { $date }, implementation meeting
## The link to a meeting's minutes.
site-member-minutes = minutes
## Minutes recorded as a file of the member's repository, which the site does not carry.
site-member-minutes-file = minutes { $minutes } (in the member's plan files)
site-member-no-meetings = No meetings recorded for this plan yet.
site-member-calendar = Calendar
site-member-ics = Add these deadlines to a calendar (calendar.ics)
site-member-was-due = was due { $date }: { $what } ({ $who })
site-member-coming = Coming
site-member-due = due { $date }: { $what } ({ $who })
site-member-nothing-scheduled = Nothing scheduled.
site-member-done = Done ({ $n })
site-member-findings = What the check found
site-member-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.
## After a finding: the file it is in.
site-member-finding-in = In { $place }.
site-severity-error = error
site-severity-warning = warning
site-finding-waived-until = { $severity } (waived until { $until })
site-finding-acknowledged = { $severity } (acknowledged: closed)
site-finding-closed = { $severity } (closed)

## The pages of the rules.
site-rules-title = What each rule checks
## $source is site-rule-source-handbook or site-rule-source-format.
site-rule-severity = Default severity: { $severity }. From { $source }.
site-rule-source-handbook = the handbook, section { $section }
site-rule-source-format = the format of the plan files: { $section }
site-rule-what = What it checks
site-rule-why = Why
site-rule-example = Example that breaks it
site-rule-fix = How to fix it
site-rule-all = All rules

## The index's count of the members with each status: "2 inactive, 5 active".
site-tally-active = { $n } active
site-tally-voluntary-inactive = { $n } voluntarily inactive
site-tally-inactive = { $n } inactive
site-tally-probation = { $n } probation
site-tally-revoked = { $n } revoked
site-tally-unknown = { $n } not established
site-tally-not-yet-member = { $n } not a member yet
