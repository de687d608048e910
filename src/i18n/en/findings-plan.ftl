### Findings of the plan, requirements, status, history, names, placeholders and waivers.

## Dates in these messages: a variable holding a day in running text ($start, $end,
## $deadline...) is written as the language writes dates; $limit in a help, $bound, $joined in
## a help and other days a person copies into a file stay as the file writes them
## (2027-05-31).

## P101: the plan and the government terms (jurisdiction.toml's [[term]]). $member is the
## member of a joint plan whose own terms these are (as written in `members`);
## $administration is the name of an administration as written in the file.
p101-no-term = the plan starts { $start }, which lies in no recorded government term
p101-no-term-member = the plan starts { $start }, which lies in no recorded government term of { $member }
p101-no-term-help = add the [[term]] of the administration in office when the plan starts to jurisdiction.toml
p101-no-term-member-help = add the [[term]] of { $member } of the administration in office when the plan starts to jurisdiction.toml
p101-label-no-term = in no term
## $term is one of the p101-term messages below.
p101-outlasts = the plan ends { $end }; { $term }, so the plan must end by { $limit }
p101-outlasts-pending = the plan ends { $end }; { $term }, so the plan must end by { $limit }; it holds only if the administration { $administration } is re-elected
p101-outlasts-no-later = the plan ends { $end }; { $term }, so the plan must end by { $limit }, and no later term of the administration { $administration } is recorded
p101-term-re-elected = the terms of the re-elected administration { $administration } end { $end }
p101-term-re-elected-member = the terms of { $member } of the re-elected administration { $administration } end { $end }
p101-term-administration = the term of the administration { $administration } ends { $end }
p101-term-administration-member = the term of { $member } of the administration { $administration } ends { $end }
p101-term = the term ends { $end }
p101-term-member = the term of { $member } ends { $end }
p101-outlasts-pending-help = if { $administration } is re-elected, record its new [[term]] with administration = "{ $administration }"; otherwise end the plan on or before { $limit }
p101-outlasts-no-later-help = record the [[term]] that began after { $term_end } (with administration = "{ $administration }" if it was re-elected), or end the plan on or before { $limit }
p101-outlasts-help = end the plan on or before { $limit } (the last day of the second month before the month the term ends); if the same administration was re-elected, name it in both terms with `administration`
p101-label-ends-too-late = ends too late
p101-label-term-ends-here = the term ends here

## P102: the plan starts before the member joined.
p102-message = the plan starts { $start }, before the member joined OGP Local on { $joined }
p102-help = start the plan on or after { $joined }
p102-label-before-joining = before joining
p102-label-joined-here = joined here

## P103: the plan's length without elections. $bound is the earliest or latest end allowed.
p103-too-short = the plan runs { $start } to { $end }; without elections it must match the medium-term strategy or last one to four years (end on or after { $bound })
p103-too-long = the plan runs { $start } to { $end }; without elections it must match the medium-term strategy or last one to four years (end on or before { $bound })
p103-label-too-short = too short
p103-label-too-long = too long
p103-label-strategy-period = the medium-term strategy's period

## P104: the plan's language. $language is the value of `language` in plan.toml.
p104-message = the plan is in `{ $language }` and no English version is given
p104-help = add english_version = "<link to the English translation>" to plan.toml
p104-label-not-english = not English

## P105: the strategy summary. vision, principles, objectives and engagement are the keys of
## [strategy] and stay as they are.
p105-no-strategy = the plan has no [strategy] (the Local Open Government Strategy summary)
p105-no-strategy-help = add [strategy] with vision, principles, objectives and engagement
p105-label-this-plan = this plan
## $missing: the keys [strategy] lacks, strung together by p105-incomplete-more.
p105-incomplete = the strategy has no { $missing }
## Strings the missing keys together: $head is the row so far, $next the next key.
p105-incomplete-more = { $head }, no { $next }
## $keys: the same keys, strung together by p105-keys-more.
p105-incomplete-help = fill in { $keys } in [strategy]
p105-keys-more = { $head }, { $next }
p105-label-incomplete = incomplete strategy

## After a deadline that voluntary inactivity moved later (P106, P107): $base is the day it
## had before. It starts with a space, and is added right after the deadline.
p-deadline-moved = {" "}({ $base } before counting voluntary inactivity)

## P106: the first plan's submission. $moved is p-deadline-moved, or nothing.
p106-late = the first plan was submitted { $submitted }, after its deadline { $deadline }{ $moved }
p106-late-help = nothing to do now; record an extension event if the Support Unit granted one
p106-label-submitted-late = submitted late
p106-label-the-deadline = the deadline
p106-missing = the first plan was due { $deadline }{ $moved } and is not submitted as of { $as_of }
p106-label-deadline-passed = deadline passed
p106-label-not-submitted = this plan has no `submitted`

## P107: the next plan, due four months after a plan ends. $moved is p-deadline-moved, or
## nothing.
p107-late = the plan ending { $end } was followed by a plan submitted { $submitted }, after the four-month deadline { $deadline }{ $moved }
p107-late-help = nothing to do now; the next plan is in place
p107-label-submitted-late = submitted late
p107-label-previous-ends = the previous plan ends here
p107-missing = the plan ended { $end }; the next plan was due by { $deadline }{ $moved } and none is submitted as of { $as_of }
p107-label-ended-here = ended here

## P108: no submission deadline recorded.
p108-message = the first plan is not submitted and no `submission_deadline` is recorded, so nobody can tell when the member becomes inactive
p108-help = record the deadline the Support Unit set: submission_deadline = YYYY-MM-DD in jurisdiction.toml
p108-label-no-deadline = joined here; no deadline recorded

## P109: the last recorded term is over. $member: as for P101.
p109-message = the last recorded government term ended { $end }; record the term of the administration in office as of { $as_of }
p109-member = the last recorded government term of { $member } ended { $end }; record the term of the administration in office as of { $as_of }
p109-help = add a [[term]] with the new administration's start and end to jurisdiction.toml
p109-member-help = add a [[term]] with member = "{ $member }" with the new administration's start and end to jurisdiction.toml
p109-label-last-term = the last term ends here

## R401: the forum.
r401-no-forum = no forum (space for participation) is recorded
r401-label-this-jurisdiction = this jurisdiction
r401-no-name = the forum has no name
r401-label-empty = empty
r401-not-yet = the forum is established only on { $date }
r401-not-yet-help = the forum must exist while the plan is co-created
r401-label-not-yet = not yet established

## R402: co-creation with non-governmental stakeholders.
r402-message = the plan was submitted { $submitted } with no co-creation meeting attended by a non-governmental stakeholder
r402-label-submitted-here = submitted here

## R403: meetings in each implementation year. $year is the year's number (1, 2...), $first
## and $last its first and last days; $held and $need are r403-held and r403-needed.
r403-message = implementation year { $year } ({ $first } to { $last }) had { $held } attended by a non-governmental stakeholder; { $need } needed
r403-held = { $n ->
    [one] { $n } implementation meeting
   *[other] { $n } implementation meetings
}
r403-needed = { $n ->
    [one] { $n } is
   *[other] { $n } are
}
r403-label-years-from-here = implementation years count from here

## R404: governmental and non-governmental attendees together. $n counts the plan's
## co-creation meetings.
r404-message = none of the plan's { $n } co-creation { $n ->
    [one] meeting
   *[other] meetings
} had both governmental and non-governmental attendees
r404-label-submitted-here = submitted here

## R405: the endorsement of the final plan. $id is a stakeholder's id.
r405-no-endorsement = the plan records no endorsement by non-governmental stakeholders
r405-no-endorsement-help = add [endorsement] with the date and the ids of the non-governmental stakeholders who endorsed the final plan
r405-label-this-plan = this plan
r405-not-yet = the plan is endorsed only on { $date }
r405-label-not-yet = not yet
r405-after-submission = the plan was endorsed { $date }, after it was submitted { $submitted }
r405-after-submission-help = the final plan must be endorsed before it is submitted
r405-label-after-submission = after submission
r405-label-submitted-here = submitted here
r405-no-endorsers = the endorsement lists no endorsers
r405-label-empty = empty
r405-government = `{ $id }` is a government stakeholder; only non-governmental stakeholders endorse the plan
r405-label-government = governmental endorser

## T501 to T504: the membership status as of the date. $since is the day the status began;
## $reason says why (a text of its own, already in the language).
t501-inactive = the member is inactive since { $since }: { $reason }
t502-probation = the member is in probation since { $since }: { $reason }
t503-revoked = the membership is revoked since { $since }: { $reason }
t504-voluntarily-inactive = the member is voluntarily inactive since { $since }: { $reason }
## The status as of the date ($now, one of the four messages above) and the one that follows
## on $date if nothing is recorded: $status is its name (the status- messages), $unless what
## would prevent it.
t-then = { $now }; { $status } on { $date } unless { $unless }
## Help of T504: the rule's fix, then what voluntary inactivity does meanwhile.
## $fix: the rule's own fix (T504-fix of rules.ftl), then what a pause does meanwhile.
t504-help = { $fix } Meanwhile plan submission deadlines move later by every paused day and mostly paused tracker quarters are excused; milestones and assessments keep their dates.
## $restore: what would restore active status (a text of its own, already in the language).
t-help-restore = active status returns with { $restore }

## C211: a commitment changed in the repository's history without a [[change]]. $commit is
## the commit's short id, $date the day the edit entered the branch, $commitment the
## commitment's id, $old_ids its earlier ids (strung together by c211-renamed-then), $what
## what changed (the c211-what- texts, strung together by c211-what-more). [[change]] is a
## table of the commitment's file and stays as it is.
c211-changed = commit { $commit } on { $date } changed commitment { $commitment }: { $what }; no [[change]] of it is dated within 30 days of that day
c211-changed-renamed = commit { $commit } on { $date } changed commitment { $commitment } (renamed from { $old_ids }): { $what }; no [[change]] of it is dated within 30 days of that day
c211-deleted = commit { $commit } on { $date } deleted commitment { $commitment }: { $what }; no [[change]] of it is dated within 30 days of that day
c211-deleted-renamed = commit { $commit } on { $date } deleted commitment { $commitment } (renamed from { $old_ids }): { $what }; no [[change]] of it is dated within 30 days of that day
c211-renamed-then = { $head }, then { $next }
c211-what-more = { $head }, { $next }
c211-label-changed = changed without a [[change]]
## What an edit changed. $key is a key of the commitment's file (title, start, end, lead),
## $old and $new its values before and after, as the file writes them; $title a milestone's
## title in quotes.
c211-what-value = `{ $key }` { $old } → { $new }
c211-what-due = milestone { $title }: `due` { $old } → { $new }
c211-what-milestone-title = milestone title { $old } → { $new }
c211-what-milestone-removed = milestone { $title } removed
c211-what-milestone-added = milestone { $title } added
c211-what-deleted = the file was deleted
## $id: the commitment's id (in quotes) at the time of the edit.
c211-what-old-id = its id was { $id } then
## A value the file does not have (a commitment without `lead`).
c211-none = (none)

## S011: two jurisdictions of one run with the same name. $name is the name, $folders the
## other jurisdictions' folders (strung together by s011-folders-more; after three,
## s011-and-more says how many more there are).
s011-message = another jurisdiction in this run is also named "{ $name }": { $folders }
s011-folders-more = { $head }, { $next }
s011-and-more = { $folders } and { $n } more
s011-label = the same name as another jurisdiction
s011-help = give each jurisdiction a name of its own as people know it, e.g. with its region: "Springfield (Oregon)"; until then the tables show each one's folder

## S013: a text still holding a placeholder. $key is the key whose value it is; $why is one of
## the s013-why- messages.
s013-key = `{ $key }` still holds a placeholder: { $why }
s013-text = this text still holds a placeholder: { $why }
## $text: the placeholder as `ogp init` wrote it (in English, as the file holds it).
s013-why-init = "{ $text }" is the placeholder `ogp init` wrote
## $domain: example.org, example.com or example.net.
s013-why-example = { $domain } is a domain reserved for examples: nobody receives mail or serves pages there
## TODO is the word in the file and stays as it is.
s013-why-todo = it still says TODO
s013-label = replace this with the real value
s013-help = write the real value here (the real name, the point of contact's own address, the real description) before the plan is shared

## Waivers ([[waiver]] in jurisdiction.toml) that cannot be understood (S002, S004). `file`,
## `id`, `commit`, `rule`, `reason` and `until` are the waiver's keys and stay as they are;
## $code is a rule's code (C211), $name its name (unrecorded-change), which stay in English.
waiver-two-targets = a waiver takes `file` or `id`, not both
waiver-two-targets-help = keep the narrower target, or write two waivers
waiver-label-second-target = second target
## $file: the path the waiver gives.
waiver-unknown-file = the waiver's file `{ $file }` is not a plan file of this jurisdiction
waiver-unknown-file-help = give the path relative to the folder holding jurisdiction.toml, e.g. plans/2026-2029/commitments/c3.toml
waiver-label-no-such-file = no such plan file
## $id: the id the waiver gives.
waiver-unknown-id = the waiver's id `{ $id }` is not a commitment, meeting or stakeholder id
waiver-unknown-id-help = use the `id` of a commitment, a [[meeting]] or a [[stakeholder]], or target a `file` instead
waiver-label-unknown-id = unknown id
waiver-commit-not-c211 = a waiver's `commit` names one edit found by C211 unrecorded-change, not a finding of { $code }
waiver-commit-not-c211-help = remove `commit`, or make the waiver's rule C211
waiver-label-only-c211 = only for C211
## $commit: the commit id (or its start) the waiver gives.
waiver-unknown-commit = the waiver's commit `{ $commit }` made no edit of a commitment that C211 looks at
waiver-unknown-commit-help = copy the commit id from the C211 finding (`ogp check` names it), or remove the waiver
waiver-label-no-such-edit = no such edit
## $n: how many commits' ids start with it (two or more).
waiver-ambiguous-commit = the waiver's commit `{ $commit }` is the start of { $n } commits' ids
waiver-ambiguous-commit-help = give more characters of the commit id, so that it names one commit
waiver-label-ambiguous = ambiguous
waiver-not-waivable = { $code } cannot be waived; it reports on waivers themselves
waiver-not-waivable-help = remove or renew the waiver it is about instead
waiver-label-not-waivable = not waivable
## $rule: the rule the waiver names, as it names it.
waiver-unknown-rule = the waiver's rule `{ $rule }` is not a rule of ogp
waiver-unknown-rule-help = use a code such as C208 or a name such as milestone-overdue; `ogp rules` lists them
waiver-label-unknown-rule = unknown rule
waiver-no-reason = a waiver needs a `reason`: why the exception is justified and who agreed to it
waiver-label-empty-reason = empty reason
## $n: how many open findings the waiver covers (one or more).
waiver-open-without-until = this waiver of { $code } { $name } has no `until`, but { $n ->
    [one] a finding
   *[other] { $n } findings
} it covers can still be remedied, so it keeps counting
waiver-open-without-until-help = a waiver without `until` only acknowledges findings about the past that no record can change (closed ones); fix the finding, or give the waiver an `until` date
waiver-label-needs-until = needs `until`

## S009: an expired waiver. $until is its last day; $n how many findings it covered.
s009-expired = the waiver of { $code } { $name } expired on { $until }; { $n ->
    [0] it covers nothing now, remove it
    [one] the finding it covered counts again
   *[other] the { $n } findings it covered count again
}
s009-label-expired = expired
s009-label-waiver = waiver of this rule

## S010: a waiver that covers nothing.
s010-message = the waiver of { $code } { $name } covers no finding
s010-label-nothing = nothing to waive
s010-label-until = in force until here
