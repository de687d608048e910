### `ogp agenda` (Markdown): the headings, the table heads and the sentences of the briefing.
### Each deadline and the status's reason come from the plan-cycle model (deadlines.ftl);
### what was done since the previous meeting is at the end of this file.

## $date is the as-of day, $name the jurisdiction's.
agenda-title = Forum briefing of { $date }: { $name }
## $why says why the period starts on $since (the previous meeting, the day asked for).
agenda-period = Since { $since } ({ $why }); due dates up to { $until }.

agenda-status = Status
## The status in bold, as Markdown writes it (keep the two asterisks on each side).
agenda-status-since = **{ $status }** since { $date }
agenda-status-now = **{ $status }**
## $status is the agenda-status-since or agenda-status-now text.
agenda-status-reason = { $status }: { $reason }.
agenda-change = What would change it: { $change }.
agenda-status-unreadable = Not established: the records could not be read.
agenda-status-active = active
agenda-status-voluntary-inactive = voluntarily inactive
agenda-status-inactive = inactive
agenda-status-probation = probation
agenda-status-revoked = revoked
agenda-status-unknown = not established
agenda-status-not-yet-member = not a member yet

agenda-done-since = Done since { $date }
agenda-nothing-done = Nothing recorded.
agenda-overdue = Overdue
agenda-nothing-overdue = Nothing overdue.
agenda-due-by = Due by { $date }
agenda-nothing-due = Nothing falls due.
agenda-column-date = date
agenda-column-what = what
agenda-column-who = who
agenda-column-was-due = was due
agenda-column-due = due

agenda-commitments = Commitments
agenda-column-commitment = commitment
agenda-column-state = state
agenda-column-milestones-done = milestones done
agenda-column-next-milestone = next milestone
agenda-milestones-done = { $done } of { $total }
## $date is ISO: it is a table cell.
agenda-milestone-overdue = { $title } (overdue since { $date })
agenda-milestone-due = { $title } (due { $date })
agenda-milestone-none = none left
agenda-no-commitments = No commitments yet.

agenda-timeline = Timeline

## Why the period starts where it does.
agenda-since-asked = the day asked for
agenda-since-meeting = the previous meeting
agenda-since-not-yet = not a member yet: joins on { $date }
agenda-since-joining = joining OGP Local; no meeting yet

## What would change the status; $status is a status-… word of main.ftl; $restore and
## $unless come from the status machine.
agenda-change-restore = active again with { $restore }
agenda-change-next = becomes { $status } on { $date }
agenda-change-next-unless = becomes { $status } on { $date } unless { $unless }
agenda-change-none = no change is scheduled
agenda-joins = joins OGP Local on { $date }
agenda-membership-begins = membership begins on { $date }

## Where a commitment stands. $progress is empty or the agenda-state-at text (it starts
## with a space); $date is the day in running text.
agenda-state-at = { " " }at { $percent } % ({ $quarter })
# any of: $date $progress
agenda-state-under-way = under way{ $progress }
# any of: $date $progress
agenda-state-no-progress = under way, no progress reported yet
# any of: $date $progress
agenda-state-withdrawn = withdrawn on { $date }
# any of: $date $progress
agenda-state-completed = completed on { $date }
# any of: $date $progress
agenda-state-overdue = overdue: planned to end on { $date }{ $progress }
# any of: $date $progress
agenda-state-not-started = starts on { $date }

## What was done since the previous meeting. $plan is a plan's folder name, $commitment a
## commitment's id, $title and $summary are written as in the files.
agenda-done-submitted = plan { $plan } submitted
agenda-done-inception = inception assessment of plan { $plan }
agenda-done-final-learning = final learning exercise of plan { $plan }
agenda-done-co-creation-meeting = co-creation meeting of the forum
agenda-done-implementation-meeting = implementation meeting of the forum
agenda-done-tracker = online tracker updated for { $quarter }
agenda-done-added = { $commitment } added to the plan: { $title }
agenda-done-milestone = { $commitment } milestone done: { $title }
agenda-done-changed = { $commitment } changed: { $summary }
agenda-done-completed = { $commitment } completed: { $title }
agenda-done-assessed = end-of-commitment assessment of { $commitment }
agenda-done-withdrawn = { $commitment } withdrawn: { $title }
