### The plan cycle: the deadlines and who they fall to, the reasons of a status, the history.
### Dates ($date, $due, $first, $last...) are days in running text; quarters ($quarter,
### $first and $second of the tracker messages) are written as in the files (2026-Q3).

## Who answers for a deadline.
cycle-who-point-of-contact = point of contact
cycle-who-monitoring-body = monitoring body
## $name is the lead implementing agency of a commitment.
cycle-who-lead = { $name } (lead)
cycle-who-point-of-contact-and-stakeholders = point of contact and stakeholders

## What is due. $plan is a plan's folder name (2026-2029), $commitment a commitment's id (C1).
cycle-what-first-plan = submit the first action plan
## $note is one of the cycle-term-… texts below.
cycle-what-latest-end = latest allowed end of plan { $plan } ({ $note })
cycle-what-latest-end-bare = latest allowed end of plan { $plan }
cycle-what-inception = inception assessment of plan { $plan }
cycle-what-change-window = last day to change the initial commitments of plan { $plan }
cycle-what-change-window-commitment = last day to change commitment { $commitment }
cycle-what-final-learning = final learning exercise of plan { $plan }
cycle-what-tracker = online tracker update for { $quarter }
cycle-what-tracker-of-plan = online tracker update for { $quarter } (plan { $plan })
## $need meetings are needed in implementation year $year ($first to $last); $held were held.
cycle-what-year = { $need ->
    [one] { $need } implementation meeting
   *[other] { $need } implementation meetings
} with non-governmental stakeholders in year { $year } of plan { $plan } ({ $first } to { $last }); { $held } held
cycle-what-next-plan = submit the plan that follows plan { $plan }
## $date is the day of the change.
cycle-what-communicate = tell the OGP Local team of the change of { $date } to { $commitment }
cycle-what-communicate-withdrawal = tell the OGP Local team of the withdrawal of { $commitment } (change of { $date })
## $title is the milestone's title, as written in the file.
cycle-what-milestone = { $commitment } milestone: { $title }
## $title is the commitment's title, as written in the file.
cycle-what-commitment-end = { $commitment } fully implemented: { $title }
cycle-what-assessment = end-of-commitment assessment of { $commitment }
cycle-what-planned-assessment = end-of-commitment assessment of { $commitment } (if completed as planned)

## The note of a latest allowed end: the term that sets it ($end is the day the term ends).
cycle-term-ends = the term ends { $end }
cycle-term-re-elected = the terms of the re-elected administration { $administration } end { $end }
## $member is a member of a joint plan; $note one of the two texts above.
cycle-term-of-member = { $member }: { $note }
## $end is the day the plan ends; $note the text before.
cycle-term-plan-after = { $note }; the plan ends { $end }, after it
cycle-term-plan-after-open = { $note }; the plan ends { $end }, after it, which holds only if the administration is re-elected

## The places a finding about a deadline or the status points at.
cycle-label-added-here = added here
cycle-label-assessed = assessed
cycle-label-changed-here = changed here
cycle-label-communicated = communicated
cycle-label-completed = completed
cycle-label-completed-on = completed { $date }
cycle-label-done = done
cycle-label-due = due
cycle-label-final-learning = final learning
cycle-label-implementation-started = implementation started here; no tracker update since
cycle-label-years-count-from-here = implementation years count from here
cycle-label-inception = inception
cycle-label-joined-here = joined here
cycle-label-planned-end = planned end
cycle-label-submitted-here = submitted here
cycle-label-submitted-on = submitted { $date }
cycle-label-plan-ends-here = the plan ends here
cycle-label-plan-ends-on = the plan ends { $date }
cycle-label-term-ends-here = the term ends here
cycle-label-this-event = this event
cycle-label-this-meeting = this meeting
cycle-label-this-update = this update
cycle-label-the-deadline = the deadline
cycle-label-last-tracker-update = the last tracker update

## Why the status changed.
cycle-reason-joined = joined OGP Local
cycle-reason-voluntary = placed voluntarily inactive at the member's request, to resume by { $date }
cycle-reason-resumed = resumed after voluntary inactivity
cycle-reason-submitted = plan { $plan } submitted
cycle-reason-submitted-no-engagement = plan { $plan } was submitted with no co-creation meeting attended by a non-governmental stakeholder
## $meeting is the meeting's id, as written in meetings.toml.
cycle-reason-co-creation-meeting = co-creation meeting { $meeting } held with non-governmental stakeholders
cycle-reason-engaged-meeting = meeting { $meeting } held with non-governmental stakeholders
cycle-reason-progress = tracker update for { $quarter } shows progress
## Implementation year $year of plan $plan ran from $first to $last.
cycle-reason-year = implementation year { $year } of plan { $plan } ({ $first } to { $last }) closed with no meeting attended by a non-governmental stakeholder
## Two consecutive tracker quarters, $first then $second.
cycle-reason-no-updates = no tracker update for { $first } and { $second }
cycle-reason-no-progress = the tracker updates for { $first } and { $second } show no progress
cycle-reason-none-then-no-progress = no tracker update for { $first }, and the update for { $second } shows no progress
cycle-reason-no-progress-then-none = the tracker update for { $first } shows no progress, and none was recorded for { $second }
## $date is the day the status began.
cycle-reason-six-months = inactive for six consecutive months since { $date }
cycle-reason-four-months = probation since { $date } did not end within four months
cycle-reason-not-resumed = voluntarily inactive since { $since } and not resumed by { $by }, the day agreed to resume by
## $reason is another reason of this file.
cycle-reason-held = { $reason } (held while voluntarily inactive)
## $what is a cycle-owe-… text; $due the day it was due, $moved that day moved by the days
## of voluntary inactivity.
cycle-reason-plan-due = { $what } was due { $due } and was not submitted
cycle-reason-plan-due-moved = { $what } was due { $due } ({ $moved } counting voluntary inactivity) and was not submitted
cycle-reason-owed = { $what } was owed by { $due }, four months after active status was restored, and was not submitted

## The plan a member owes.
cycle-owe-first-plan = the first plan
## $end is the day plan $plan ended.
cycle-owe-following = the plan following plan { $plan } (ended { $end })

## What would have prevented an escalation.
## $restore is a cycle-restore-… text.
cycle-unless-comes-first = { $restore } comes first
cycle-unless-submitted = { $what } is submitted by { $date }
cycle-unless-year = a meeting attended by a non-governmental stakeholder is held by { $date }
cycle-unless-stalled = a tracker update for { $first } or { $second } showing progress is recorded by { $date }

## What restores active status.
cycle-restore-any = an engaging co-creation meeting (one a non-governmental stakeholder attends), a plan submission or a tracker update showing progress
## $what is a cycle-owe-… text.
cycle-restore-owed = the submission of { $what } (it was owed after active status was restored, so nothing else counts)
## $any is the cycle-restore-any text.
cycle-restore-voluntary = a `resumed` event, { $any }
## $general is the cycle-restore-any or cycle-restore-owed text.
cycle-restore-both = { $general }, and a meeting attended by a non-governmental stakeholder
cycle-restore-engagement = a meeting attended by a non-governmental stakeholder
cycle-restore-revoked = nothing: revocation is final
cycle-restore-unknown = correct the file so that it can be read (`ogp check` says where and how); the status is then replayed from every record

## Why a record the status or a deadline needs cannot be read. $path is a file's path.
## $written is the key as written, $meant the key it reads as; $what is a cycle-unread-needs-…
## text; $fix is yes when `ogp check --fix` renames it.
cycle-unread-misspelt = { $path } has `{ $written }`, which reads as a misspelling of `{ $meant }`, a key { $what } depends on; rename it to `{ $meant }`{ $fix ->
    [yes] { " " }(`ogp check --fix` does it)
   *[no] {""}
}
cycle-unread-needs-latest-end = the plan's latest allowed end
cycle-unread-needs-inception = the inception assessment
cycle-unread-needs-final-learning = the final learning exercise
cycle-unread-needs-deadline = a deadline
cycle-unread-needs-plan = the plan's deadlines
cycle-unread-needs-status = the status
## $message is the finding that says why.
cycle-unread-said = { $path } cannot be read ({ $message })
## $key is a key of the file; $table the table it is in.
cycle-unread-key = { $path } cannot be read (`{ $key }`)
cycle-unread-key-in = { $path } cannot be read (`{ $key }` in { $table })
cycle-unread-file = { $path } cannot be read
cycle-unread-tracker = { $path } has a tracker update that cannot be read (a quarter such as 2026-Q3 and percentages from 0 to 100 are needed)


## The notes `ogp check` prints when the git history (read for C211) cannot be read. $why
## is one of the history-… texts below, or the words of the git library.
history-not-available = history not available: { $why }
## $path is the folder given to `ogp check`.
history-not-in-git = `{ $path }` is not in a git repository
history-shallow = the clone is shallow; fetch the whole history (in GitHub Actions: actions/checkout with fetch-depth: 0)
## $path is the repository's folder.
history-partial = partial clone: the git repository at { $path } is a partial ("blobless") clone, which lacks the files of past commits; clone it in full (in GitHub Actions: actions/checkout without `filter`, with fetch-depth: 0)
## $what is what cannot be read ("commit 3f2a… cannot be read"), in the git library's words.
history-damaged = the git repository at { $path } is damaged: { $what }
## $what names the format ("reftable references").
history-format = unsupported repository format ({ $what }): the git repository at { $path } uses a format ogp cannot read yet; a clone made with git's default format can be checked
## $rev is the revision given to --new-since, as written.
history-no-common-ancestor = --new-since { $rev }: { $rev } and HEAD have no common ancestor in this clone (a shallow clone fetches only { $rev }), so the check compares with { $rev } itself
