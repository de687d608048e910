### `ogp calendar`: the title, the columns and the states of a deadline (what each deadline
### is and who owes it are in deadlines.ftl), and the days the status machine sets.

calendar-title = Deadlines as of { $date }
calendar-column-date = date
calendar-column-jurisdiction = jurisdiction
calendar-column-state = state
calendar-column-what = what
calendar-column-who = who

## The state of a deadline; $date (done, late) is the day it was done, as ISO.
calendar-state-done = done { $date }
calendar-state-late = late { $date }
calendar-state-overdue = overdue
calendar-state-due-soon = due soon
calendar-state-upcoming = upcoming
calendar-state-closed = closed
calendar-state-excused = excused
calendar-state-missed = missed
calendar-state-unknown = unknown

## What is due, for the days the status machine and the waivers set. $status is a status
## word; $unless a text of the plan cycle (what would prevent it).
calendar-what-status = status becomes { $status }
calendar-what-status-unless = status becomes { $status } unless { $unless }
calendar-what-resume-by = resume by this day after voluntary inactivity (record a `resumed` event), or the member is in probation the day after
## $what is the plan owed ("the first plan").
calendar-what-owed = submit { $what }: owed since active status was restored
## $rule is a rule's code, $target the file or id the waiver is for.
calendar-what-waiver = the waiver of { $rule } for { $target } expires (renew it or fix the finding)

## The description of an event of the calendar file (.ics). $who is who answers for it,
## $date the as-of day, $state the deadline's state; the lines are kept.
calendar-ics-description = Responsible: { $who }
    State as of { $date }: { $state }
calendar-ics-rule = Checked by rule { $rule } (ogp explain { $rule })
