### Findings of the commitments, the structure of the records and the monitoring.

## Family C: the commitments of a plan (src/rules/commitments.rs).
## $id is a commitment's id (C1), $title a milestone's title, as written in its file.
## $kind chooses who the cap is for: `joint` (a joint action plan, 12 commitments) or
## `single` (a single jurisdiction, 5).
c201-draft-over-cap = the draft plan has { $n } commitments; { $kind ->
    [joint] a joint action plan
   *[single] a single jurisdiction
} may have { $limit } at a time
## $n is the position of the first commitment too many (6 when the cap is 5).
c201-label-one-too-many = commitment { $n } is one too many
## $n commitments hold a slot on day $day.
c201-over-cap = { $n } commitments occupy slots on { $day }; { $kind ->
    [joint] a joint action plan
   *[single] a single jurisdiction
} may have { $limit }
c201-over-cap-help = a commitment frees its slot once it is completed and its end-of-commitment assessment is recorded, or when it is withdrawn; add new ones after that
## The commitment $id takes the $n-th slot.
c201-label-takes-slot = commitment { $id } takes slot { $n }
c201-label-submitted-with-plan = submitted with the plan here
## $day is the plan's submission; $n the commitments it had then.
c202-submitted-with-fewer = the plan was submitted { $day } with { $n ->
    [one] { $n } commitment
   *[other] { $n } commitments
}; it should start with five
c202-draft-with-fewer = the draft plan has { $n ->
    [one] { $n } commitment
   *[other] { $n } commitments
}; it should be submitted with five
c202-label-submitted-here = submitted here
c202-label-this-plan = this plan
c203-starts-before-plan = commitment { $id } starts { $start }, before its plan starts { $plan_start }
## $plan_start is a date as it is written in a file (2026-02-01).
c203-starts-before-plan-help = start the commitment on or after { $plan_start }
c203-ends-after-plan = commitment { $id } ends { $end }, after its plan ends { $plan_end }
## $plan_end is a date as it is written in a file (2028-01-31).
c203-ends-after-plan-help = plan the commitment to be fully implemented by { $plan_end }
c203-label-before-plan = before the plan
c203-label-plan-starts-here = the plan starts here
c203-label-after-plan = after the plan
c203-label-plan-ends-here = the plan ends here
c203-milestone-before-start = milestone "{ $title }" of commitment { $id } is due { $due }, before the commitment starts { $start }
## $start is a date as it is written in a file (2026-02-01).
c203-milestone-before-start-help = set the milestone's due date on or after { $start }, or start the commitment earlier (within the plan)
c203-milestone-after-plan = milestone "{ $title }" of commitment { $id } is due { $due }, after its plan ends { $plan_end }
## $plan_end is a date as it is written in a file (2028-01-31).
c203-milestone-after-plan-help = set the milestone's due date on or before { $plan_end }: the commitment is fully implemented within the plan
c203-label-before-commitment-starts = before the commitment starts
c203-label-commitment-starts-here = the commitment starts here
c204-no-lead = commitment { $id } names no lead implementing agency
## `lead` is the key of the file and stays as it is; the words between < > may be translated.
c204-no-lead-help = add lead = "<stakeholder id>" for the agency responsible
c204-label-no-lead = no lead
c204-no-dated-milestone = commitment { $id } has no milestone with a due date
## [[milestone]], `title` and `due` are written in the file as they are.
c204-no-dated-milestone-help = add [[milestone]] with title and due, so progress can be measured
c204-label-no-dated-milestone = no dated milestone
## $when is one of the three texts below: when the commitment entered the plan.
c205-no-co-creation = commitment { $id } ({ $when }) lists no co-creation meeting with a non-governmental attendee held by then
c205-when-added = added { $day }
c205-when-submitted = submitted { $day }
c205-when-draft = in the draft
c205-label-no-qualifying-meeting = no qualifying meeting here
## co_created_in is the key of the file.
c205-label-no-co-created-in = no co_created_in
## $what is `changed` or `withdrawn`; $day the day it was, $entered the day the commitment
## was submitted, $closed the last day of its window for changes.
c206-after-window = commitment { $id } was { $what ->
    [withdrawn] withdrawn
   *[changed] changed
} { $day }, more than six months after it was submitted { $entered } (the window closed { $closed })
c206-label-after-window = after the window
c206-label-submitted-here = submitted here
c207-withdrawn-without-change = commitment { $id } is withdrawn { $day } with no [[change]] dated that day or up to 30 days before; the withdrawal frees no slot
## [[change]], date, summary, approved_by and communicated are written in the file as they are.
c207-withdrawn-without-change-help = record the withdrawal as a [[change]] with its date, summary, approved_by and communicated
c207-label-withdrawn-without-change = withdrawn without a recorded change
## $day is the date of the change.
c207-no-approval = the change of { $day } to commitment { $id } records no approval
## $approvers are the ids written in approved_by, joined by commas.
c207-approved-by-others = the change of { $day } to commitment { $id } is approved by { $approvers }, none of them a non-governmental stakeholder who took part in co-creation
c207-approval-help = record in approved_by the non-governmental stakeholders from the co-creation meetings who approved the change
c207-label-not-approved = not approved by a co-creating non-governmental stakeholder
## $told is the day the OGP Local team was told; $by the last day it should have been.
c207-communicated-late = the change of { $day } to commitment { $id } was communicated to the OGP Local team { $told }, after the month that followed it (by { $by })
c207-communicated-late-help = nothing to change now; tell the OGP Local team of the next change within a month
c207-label-communicated-late = communicated late
c207-label-changed-here = changed here
c207-not-communicated = the change of { $day } to commitment { $id } has not been communicated to the OGP Local team (due { $by })
## `communicated` is the key of the file.
c207-not-communicated-help = tell the OGP Local team and record the date in `communicated`
c207-label-not-communicated = not communicated
c208-overdue = milestone "{ $title }" of commitment { $id } was due { $due } and is not done
## $close is the last day of the commitment's window for changes; `done` is the key of the file.
c208-help-window-open = record `done` when it happened, or agree a new due date through an approved change (possible until { $close })
c208-help-window-closed = record `done` when it happened; the window for changes closed { $close }, so the milestone stays due as planned and the tracker can say why it is late
c208-help = record `done` when it happened, or agree a new due date through an approved change
c208-label-overdue = overdue
## transparency, participation and accountability are the values as written in the file's
## `values`: keep them in English.
c209-no-value = commitment { $id } names none of the values transparency, participation, accountability
c209-label-no-ogp-value = no OGP value
c209-label-no-values = no values
## C210: $due is the commitment's planned end, $as_of the day of the check.
c210-not-ended = commitment { $id } was planned to end { $due } and is neither completed nor withdrawn as of { $as_of }
c210-label-end-passed = planned end passed

## Family M: the monitoring body, the assessments and the tracker (src/rules/monitoring.rs).
m301-no-body = the plan names no monitoring body
## [monitoring_body], name, stakeholder and endorsed_by are written in the file as they are.
m301-no-body-help = add [monitoring_body] with name, stakeholder and endorsed_by
m301-label-this-plan = this plan
m301-no-stakeholder = the monitoring body has no `stakeholder` id, so nobody can tell whether it is independent
## [[stakeholder]] and stakeholder are written in the file as they are; the words between
## < > may be translated.
m301-no-stakeholder-help = add the body to [[stakeholder]] in jurisdiction.toml and set stakeholder = "<its id>"
m301-label-no-stakeholder = no stakeholder id
## $id is the monitoring body's stakeholder id.
m301-government = the monitoring body `{ $id }` is a government stakeholder; it must be independent
m301-government-help = choose an independent body, such as a university or research institute
m301-label-government = government sector
## $day is the date recorded in endorsed_on, after the day of the check.
m301-endorsed-later = the monitoring body is endorsed only from { $day }
m301-no-endorser = the monitoring body is endorsed by no non-governmental stakeholder
m301-no-ngs-endorser = none of the monitoring body's endorsers is a non-governmental stakeholder
m301-endorses-itself = the monitoring body endorses itself; it must be endorsed by the non-governmental stakeholders taking part in the process
## $endorsers are stakeholder ids, joined by commas.
m301-endorsers-absent = none of the monitoring body's endorsers ({ $endorsers }) attended a meeting of the plan; it must be endorsed by non-governmental stakeholders taking part in the process
## endorsed_by is the key of the file.
m301-endorsement-help = list in endorsed_by the non-governmental stakeholders who endorsed the monitoring body
m301-label-not-endorsed = not endorsed by a non-governmental stakeholder

## What M302, M303 and M304 find due: $what of the two messages below.
m302-what = the inception assessment
## [assessments] and inception are written in the file as they are; <date> may be translated.
m302-help = record [assessments] inception = <date> when the monitoring body submits it
## $id is the commitment's id.
m303-what = the end-of-commitment assessment of { $id }
## assessed is the key of the file; <date> may be translated.
m303-help = record assessed = <date> in the commitment when the monitoring body submits it
m304-what = the final learning exercise
## [assessments] and final_learning are written in the file as they are.
m304-help = record [assessments] final_learning = <date> when it is submitted
## $what is one of the texts above; $on the day it was submitted, $due the day it was due.
m-due-late = { $what } was submitted { $on }, after it was due { $due }
m-due-late-help = nothing to fix now: it is recorded
## $as_of is the day of the check.
m-due-missing = { $what } was due { $due } and is not recorded as of { $as_of }
## The help under a late record when an earlier one of the same kind is still missing: $what
## is that deadline's description, $due its day.
m-still-missing = { $what } (due { $due }) is still missing: record it
m-label-late = late
## A label: $what is where the deadline starts ("submitted here"), $due the day it falls.
m-label-due = { $what }: due { $due }
## M305: $quarter is a quarter as written in tracker.toml (2027-Q1).
m305-late = the tracker update for { $quarter } was recorded { $on }, after it was due { $due }
m305-late-help = nothing to fix now; record the next quarter's update within a month of its end
## $ended is the quarter's last day.
m305-missing = no tracker update for { $quarter } (the quarter ended { $ended }; the update was due { $due })
## [[update]] quarter = "…" is written in tracker.toml as it is.
m305-missing-help = update the online tracker and add [[update]] quarter = "{ $quarter }" to tracker.toml
m305-label-last-update = the last update before it is for { $quarter }
m305-label-implementation-started = implementation started here

## Family S: the values and references of the records (src/rules/structure.rs and
## src/rules/structure/). Keys, tables and file names between backticks or brackets
## (`members`, [[term]], jurisdiction.toml) are written in the files as they are: keep them.
## $n is the number of members listed.
s002-joint-too-few-members = a joint action plan needs two or more members; { $n } listed
s002-label-too-few-members = fewer than two members
s002-joint-no-members = a joint action plan needs `members`, the jurisdictions taking part
## A label under kind = "joint".
s002-label-joint = joint
s002-joint-no-members-help = add members = ["...", "..."] naming the jurisdictions of the joint plan
## $value is the id as written ("C3, C4").
s002-several-ids = `{ $value }` is not one id: a commitment has one id, and each commitment a file of its own
s002-label-several-ids = more than one id
## $first is the first of the ids written.
s002-several-ids-help = keep one id here, as in id = "{ $first }", and write the other commitment in a file of its own in commitments/
## $key is the key of the file: name, country or title.
s002-empty = `{ $key }` is empty; it is required
s002-label-empty = empty
s002-empty-help = write the { $key } between the quotes
s002-no-point-of-contact = no [point_of_contact] is recorded; it needs a `name` and an `email`
s002-label-this-jurisdiction = this jurisdiction
s002-no-point-of-contact-help = add [point_of_contact] with name, email and office of the person who coordinates the member's participation
## $missing is `name`, `email` or `both`: what the point of contact lacks.
s002-incomplete-point-of-contact = the [point_of_contact] has no { $missing ->
    [name] `name`
    [email] `email`
   *[both] `name` and no `email`
}
s002-label-incomplete-point-of-contact = incomplete point of contact
s002-incomplete-point-of-contact-help = give the point of contact's name and email, so partners and the Support Unit can reach them
s002-no-term = no government term is recorded; a jurisdiction with elections needs its [[term]] start and end
s002-no-term-help = add [[term]] with start and end of the current administration, or set elections = false
s002-extension-no-until = an extension event needs `until`, the new deadline
s002-label-extension-no-until = extension without until
## YYYY-MM-DD is how a date is written in the file.
s002-extension-no-until-help = add until = YYYY-MM-DD, the deadline the Support Unit granted
## $value is the quarter as written in tracker.toml.
s002-not-a-quarter = `{ $value }` is not a quarter; write the year and quarter like 2026-Q3
## $q is the number written after -Q (5 in 2026-Q5).
s002-no-such-quarter = `{ $value }` has no quarter Q{ $q }; a year has quarters Q1 to Q4
s002-label-not-a-quarter = not a quarter
## $quarter is the quarter as the file should write it (2026-Q3).
s002-quarter-fix-help = write quarter = "{ $quarter }"; `ogp check --fix` makes this change for you
## $id is a commitment's id, $value the percentage written for it.
s002-progress-range = progress of { $id } is { $value }%; a percentage is between 0 and 100
s002-label-progress-range = outside 0..=100

## $role is where the stakeholder id is named; $id the id as written.
s004-unknown-stakeholder = { $role ->
    [monitoring-body] the monitoring body
    [monitoring-body-endorser] the monitoring body's endorser
    [endorser] endorser
    [attendee] attendee
    [lead] the lead
   *[approver] the approver
} `{ $id }` is not a stakeholder defined in jurisdiction.toml
## $hint is the defined id closest to the one written.
s004-unknown-stakeholder-hint = did you mean `{ $hint }`? Otherwise add a [[stakeholder]] with this id
s004-unknown-stakeholder-help = add a [[stakeholder]] with this id to jurisdiction.toml, or correct the id
s004-label-unknown-stakeholder = unknown stakeholder
## $name is what the file wrote (a stakeholder's name), $id that stakeholder's id.
s004-name-for-id-help = `{ $name }` is the name of the stakeholder `{ $id }`; other files name a stakeholder by its id: write `{ $id }` (`ogp check --fix` makes this change for you)
s004-unknown-meeting = meeting `{ $id }` is not in this plan's meetings.toml
s004-unknown-meeting-hint = did you mean `{ $hint }`? Otherwise add the [[meeting]] to meetings.toml
s004-unknown-meeting-help = add the [[meeting]] to plans/<plan-id>/meetings.toml, or correct the id
s004-label-unknown-meeting = unknown meeting
s004-unknown-commitment = commitment `{ $id }` is not a commitment of this plan
s004-did-you-mean = did you mean `{ $hint }`?
s004-unknown-commitment-help = use the `id` of a file in this plan's commitments/ folder
s004-label-unknown-commitment = unknown commitment
## $id is the id as it is defined, in another case than the one written.
s004-recased-help = write `{ $id }`, as it is defined; `ogp check --fix` makes this change for you
s004-unknown-member = the term's member `{ $id }` is not one of the joint plan's `members`
s004-unknown-member-hint = did you mean `{ $hint }`? `member` names one of `members`
## $members are the names listed in `members`, joined by commas.
s004-unknown-member-help = name one of `members` ({ $members }), or remove `member` for the lead government's term
s004-member-not-joint-help = `member` is for the terms of a joint plan's members (kind = "joint" with `members`); remove it for a single jurisdiction
s004-label-unknown-member = unknown member

## $what is what the id identifies; $id the id as written.
s005-defined-twice = { $what ->
    [stakeholder] stakeholder
    [commitment] commitment
    [meeting] meeting
   *[tracker-quarter] the tracker update for quarter
} `{ $id }` is defined twice
s005-defined-twice-help = give each one its own id, or merge the two entries
s005-label-defined-again = defined again here
s005-label-first-defined = first defined here

## $what is one of the s006-what texts below: what ends before it starts.
s006-ends-before-start = { $what } ends { $end } before it starts { $start }
s006-what-plan = the plan
s006-what-strategy = the medium-term strategy
s006-what-commitment = commitment { $id }
s006-what-term = the term
s006-what-extension = the extension
s006-what-inactivity = the voluntary inactivity
s006-label-ends-here = ends here
s006-label-starts-here = starts here
s006-inception-before-submission = the inception assessment is dated { $day } before the plan was submitted { $submitted }
s006-label-assessed-here = assessed here
s006-label-submitted-here = submitted here
s006-final-learning-before-end = the final learning exercise is dated { $day } before the plan ends { $end }
s006-label-dated-here = dated here
s006-label-plan-ends-here = the plan ends here
## $quarter is the quarter as written in tracker.toml (2027-Q1).
s006-update-before-submission = the tracker update for { $quarter } is dated { $day }, before the plan was submitted { $submitted }; it counts as no update
s006-update-before-submission-help = correct the date of the update, or remove it: the tracker is updated once the plan is submitted
s006-label-before-submission = before the submission
## $what is `changed` or `withdrawn`; $entered the day the commitment entered the plan.
s006-before-entry = commitment { $id } is { $what ->
    [withdrawn] withdrawn
   *[changed] changed
} { $day }, before it entered the plan on { $entered }
s006-before-entry-help = correct the date: a commitment can only be changed or withdrawn once it is part of the submitted plan
s006-label-before-entry = before the commitment entered the plan
s006-label-added-here = added here
s006-label-this-commitment = this commitment
s006-assessed-before-completed = commitment { $id } is assessed { $assessed } before it is completed { $completed }
s006-label-completed-here = completed here
s006-completed-before-start = commitment { $id } is completed { $completed } before it starts { $start }
## $n tracker updates; $plan is the plan's id. `submitted` is the key of plan.toml.
s006-updates-without-submission = the tracker records { $n ->
    [one] { $n } update
   *[other] { $n } updates
} for plan { $plan }, which records no submission; until `submitted` is recorded in plan.toml, no update counts
## `submitted = <date>` is written in plan.toml as it is; <date> may be translated.
s006-updates-without-submission-help = if the plan was submitted, record `submitted = <date>` in plan.toml; a plan still being co-created has no tracker updates yet
s006-label-no-submission = no submission recorded
s006-label-plan-no-submitted = this plan records no `submitted`

## $what is the kind of fact dated in the future; $day its date, $today the day of the check.
s008-future = { $what ->
    [submission] the submission
    [endorsement] the endorsement
    [monitoring-body-endorsement] the endorsement of the monitoring body
    [inception] the inception assessment
    [final-learning] the final learning exercise
    [addition] the addition
    [completion] the completion
    [assessment] the end-of-commitment assessment
    [withdrawal] the withdrawal
    [milestone-completion] the milestone completion
    [change] the change
    [communication] the communication of a change
    [meeting] the meeting
    [tracker-update] the tracker update
   *[event] the event
} is dated { $day }, after today ({ $today }); it is ignored until then
s008-label-future = in the future
