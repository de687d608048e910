### `ogp calendar`: the title, the columns and the states of a deadline. What each deadline
### is and who owes it come from the plan-cycle model and are not translated yet.

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
