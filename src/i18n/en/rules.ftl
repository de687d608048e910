# The documentation of every rule, as `ogp explain`, `ogp rules`, SARIF and docs/rules.md
# show it: for each rule code, its one-line summary, the source it enforces ("Handbook, ..."
# or "Format: ..."), what it does, why, and how to fix a finding (a finding's default help).
# The TOML example of each rule is not translated and stays in src/catalog/.

## S: the files themselves

S001-summary = A file is not valid TOML or not readable text.
S001-section = Format: the plan repository (docs/format.md)
S001-what = Reports every syntax mistake of a file (not only the first), each at its line and column, with what to write instead in plain words: `C1 = 60` for `C1 = 60%`, `quarter = "2027-Q3"` for an unquoted quarter, a list or a header that is not closed, `[point_of_contact]` for `[point of contact]`, a comma after a value, a date written `December 15, 2027`, a Markdown fence pasted with the TOML. Also a file that cannot be read as UTF-8 text. As warnings: what ogp reads but editors' TOML tools reject (a byte-order mark, a comma before the `{"}"}` of a `{"{"} {"}"}` table, a `{"{"} {"}"}` table over several lines).
S001-why = Nothing in a file that does not parse can be checked, so every other rule is blind to it. The handbook's requirements can only be shown from records that can be read.
S001-fix = Correct the TOML at the marked position: close strings and brackets, put one key = value per line, and save the file as UTF-8.

S002-summary = A required key is missing or a value has the wrong type or range.
S002-section = Format: the plan repository (docs/format.md)
S002-what = Reports a missing required key, a required text left empty (`country = ""`, the member's `name`, a plan's `title`), a value of the wrong type, an impossible date or a date-time where a date belongs, a date whose year is before 1990 or after 2100 (a typo such as 2207 for 2027), a value outside its list (sector, purpose, kind), a quarter that is not YYYY-Q1..Q4, a percentage outside 0 to 100, a commitment `id` that holds two ids (`"C3, C4"`), a joint plan with fewer than two members, a jurisdiction with elections but no government term, and a missing [point_of_contact] (or one without `name` or `email`). A value that cannot be read is not taken as absent: when the membership status depends on it, `ogp status` shows `unknown` until it is fixed.
S002-why = Deadlines are computed from these values; a wrong one would make every later rule wrong. A jurisdiction with elections needs its terms because the handbook ties the plan's period to the government's term (Action Plan).
S002-fix = Write the value the key expects: unquoted dates such as 2026-05-15, quarters such as 2026-Q3, whole percentages from 0 to 100; schema/ lists every key.

S003-summary = A key the file format does not know (probably a typo).
S003-section = Format: the plan repository (docs/format.md)
S003-what = Reports every key that is not part of the file format, each with the key probably meant: by meaning (`deadline` in a milestone is its `due`, `finished` its `done`) or by spelling (`submited`). A key with a date that matches nothing is told which dates its table records.
S003-why = A misspelt key is silently ignored by a lenient reader, so a recorded fact (a submission, an assessment) would be lost and a deadline would look missed.
S003-fix = Rename the key to the suggested one; if it is only a note, put # before the line to keep it as a comment.

S004-summary = An id refers to a stakeholder, meeting or commitment that is not defined.
S004-section = Format: ids referenced across files (docs/format.md)
S004-what = Checks every stakeholder id (lead, monitoring body, endorsers, attendees, approvers), every meeting id in `co_created_in`, every commitment id in the tracker and every term's `member` (one of a joint plan's `members`) against the definitions.
S004-why = Who endorsed the plan and who attended co-creation decide minimum requirements 2 to 4 of the handbook; an id that points nowhere cannot count as anyone.
S004-fix = Correct the id, or add the missing [[stakeholder]] to jurisdiction.toml (or the meeting, or the commitment).

S005-summary = An id is defined twice in its scope.
S005-section = Format: ids referenced across files (docs/format.md)
S005-what = Reports a stakeholder id defined twice in jurisdiction.toml, a meeting id twice in a plan's meetings.toml, a commitment id twice in a plan, and a tracker quarter reported twice.
S005-why = References must be unambiguous, or a rule could count the wrong meeting, commitment or update.
S005-fix = Give each one its own id, or merge the two entries.

S006-summary = Dates out of order: an interval ends before it starts, something happens before what it follows (a completion, an assessment, a change, a tracker update).
S006-section = Format: the plan repository (docs/format.md)
S006-what = Checks that the plan, every term, every commitment, the medium-term strategy period and an extension end on or after they start, that a commitment is not completed before it starts, that no assessment comes before what it assesses (`assessed` before `completed`, `inception` before `submitted`, `final_learning` before the plan's end), that no [[change]] or `withdrawn` is dated before the commitment entered the plan (its plan's submission, or `added`), and that no tracker update of a submitted plan is dated before the plan's submission (such an update counts as no update). `assessed` without `completed` is allowed: the monitoring body assessed an unfinished commitment. A tracker that records updates for a plan with no `submitted` at all gets one warning: the updates count for nothing until the submission is recorded.
S006-why = Every deadline in the handbook is counted from these dates; a reversed interval is always a typing error.
S006-fix = Correct the dates so that each follows what it depends on: an end on or after its start, a completion after the start, an assessment after what it assesses, a change or a tracker update on or after the submission.

S007-summary = A plan folder without plan.toml, or a path that holds no plan repository.
S007-section = Format: the plan repository (docs/format.md)
S007-what = Reports a folder under plans/ that has no plan.toml, a required file that is missing, and a path given to ogp that holds no jurisdiction.toml anywhere below it.
S007-why = An action plan is the core of membership (handbook: Action Plan); a folder without its plan file cannot be checked at all.
S007-fix = Add the missing file (ogp init shows a complete layout), or point ogp at the folder that holds jurisdiction.toml.

S008-summary = A fact is dated after today.
S008-section = Format: dates and time (docs/format.md)
S008-what = Without --as-of, reports a fact (submission, completion, assessment, meeting, tracker update, endorsement, change, event) dated after today. The fact is ignored until its date. With --as-of the date is a replay and facts after it are simply not yet known.
S008-why = A fact records something that happened; a future date is usually a typo in the year or a plan written ahead of time, and it would otherwise hide a missed deadline.
S008-fix = Correct the date, or remove the fact until it has happened.

S009-summary = A waiver's `until` date has passed; the findings it covered count again.
S009-section = Format: waivers in jurisdiction.toml (docs/format.md, docs/ci.md)
S009-what = Reports a `[[waiver]]` in jurisdiction.toml whose `until` date is before the as-of date. The waiver no longer applies, so the findings it covered are reported again at their own severity.
S009-why = A waiver is an exception agreed for a limited time (an extension being negotiated, a milestone re-planned). Letting it lapse silently would either hide a problem forever or surprise the team on the day it expires; the expiry is a deadline like any other.
S009-fix = Fix what the waiver covered and remove the waiver, or agree a new exception and set a later `until` with an updated `reason`.

S010-summary = A waiver covers no finding.
S010-section = Format: waivers in jurisdiction.toml (docs/format.md, docs/ci.md)
S010-what = Reports a `[[waiver]]` in jurisdiction.toml that is still in force but matches no finding of its rule and target.
S010-why = A waiver that covers nothing is stale (the problem was fixed) or mistargeted (a typo in the file or id); either way it would silently cover a future finding nobody agreed to waive.
S010-fix = Remove the waiver, or correct its `rule`, `file` or `id` so it covers the finding meant.

S011-summary = Two jurisdictions checked together carry the same name.
S011-section = Format: one plan repository per member (docs/format.md)
S011-what = When one run checks several jurisdictions, reports every jurisdiction whose `name` in jurisdiction.toml another jurisdiction of the run also carries. The message names up to three of the others by folder and counts the rest.
S011-why = Each member is one jurisdiction with its own plan and its own status; in a registry view, a calendar or a status table two members with one name cannot be told apart, and a deadline could be read as the other's.
S011-fix = Give each jurisdiction the name people know it by, made distinct where needed, e.g. "Springfield (Oregon)".

S012-summary = A file or folder that looks like a plan file is not read: its name or place is not one the format reads.
S012-section = Format: the plan repository (docs/format.md)
S012-what = Looks at everything under a jurisdiction's folder and names what looks like a plan file but is not read, with the name it probably should have: any `*.toml` file (in any case) outside the places the format reads; a file named like one of the format's files, ignoring case and a `.txt` or missing extension (`meeting.toml`, `Tracker.toml`, `plan.toml.txt`); a folder named like `plans` or `commitments` where that folder belongs (`Plans/`, `commitment/`); a file in commitments/ ending in `.txt` or `.tml`, with no extension, or with `.TOML` in capitals; a commitment saved beside plan.toml. It is an error when the file stands in for one of the format that is missing (`meeting.toml` in a plan folder without meetings.toml, a commitment that is in no commitments/ file): the verdicts that need the missing file are not given and the membership status is `unknown` until it is renamed. Below a folder of many jurisdictions, a folder whose `jurisdiction.toml` is misnamed (`Jurisdiction.toml`) is an error too: that member would otherwise be left out of the check. Stays silent on README, LICENSE, docs/, hidden files and folders (.github/, .git/), minutes as PDF or Word, images, CSV and everything else that does not look like a plan file, and on whatever the `ignore` list in jurisdiction.toml names.
S012-why = A checker that skips a misnamed file builds its verdict without it: a `meeting.toml` read as "no meetings" would say the member breached the minimum requirements and is revoked, when the meetings were held and recorded. A record present under the wrong name is unreadable, not absent, and ogp says so instead of giving a verdict it cannot support.
S012-fix = Rename the file or folder to the name ogp reads (the finding shows the command), or, for a file kept there on purpose, list it in `ignore` in jurisdiction.toml: `ignore = ["notes.toml", "site/**"]` (globs relative to the jurisdiction's folder).

S013-summary = A text still holds a placeholder: what `ogp init` wrote, an example address, or the word `TODO`.
S013-section = Format: the plan repository (docs/format.md)
S013-what = Reports a text value that is still exactly one of the placeholders `ogp init` writes ("Point of contact (replace with a name)", "point-of-contact@example.org"...), an e-mail address or link at example.org, example.com or example.net, or a text holding the word `TODO` in capitals standing alone. Values `ogp init` fills in for real (`language = "en"`, a term starting on the joining day) are not placeholders, and neither are addresses at other domains (a `.example` address is fine). An empty required text is S002, not S013.
S013-why = A plan that still names "Point of contact (replace with a name)" or writes to nobody@example.org reads as finished to a checker and as unfinished to everyone else: the OGP Local team, the forum and the monitoring body need the real names and a way to reach the point of contact.
S013-fix = Write the real value in place of the placeholder: the member's name, the point of contact's real address, the forum's real description.

## P: the action plan

P101-summary = The plan ends later than the government's term allows (by month, across a re-elected administration).
P101-section = Handbook, Action Plan (period aligned with the term)
P101-what = For a jurisdiction with elections, finds the [[term]] that holds the plan's start and checks the plan's end by calendar month: the plan may end on any day of the second month before the month in which the term ends, or earlier (a term ending 9 December allows a plan ending 31 October; a term ending on the 1st of a month counts as ending in the month before, so one ending 2030-01-01 allows 2029-10-31). The next term by start joins the span when both name the same `administration` (a re-elected government keeps its plan); terms without it are never joined. A plan that ends later than the span allows while no later term is recorded and the span's last term names its administration is a warning until that term ends (the plan holds only if the administration is re-elected), and an error from the day after unless a later term with the same administration is recorded. A plan whose start lies in no recorded term is reported too. Joint plans: the lead government's terms (those without `member`, or, when every term names one, those of the first of `members`) give errors; another member's own terms give warnings. `ogp calendar` lists the same latest end.
P101-why = The handbook aligns the action plan with the administration in office: it must end at least two months before the current government's term ends, so that the commitments made are the ones this government can deliver and the final learning exercise happens while it is still in office. OGP states plan periods by month, and a re-elected administration keeps its plan running across the election.
P101-fix = End the plan on or before the date in the message, or record the term that holds the plan's start. If the same administration was re-elected, name it with `administration` in both terms (and record the new term once it is known).

P102-summary = A plan starts before the member joined OGP Local.
P102-section = Handbook, Action Plan (the period starts when the jurisdiction joins)
P102-what = Compares each plan's `start` with `joined` in jurisdiction.toml.
P102-why = The action plan period starts when the jurisdiction joins OGP Local; a plan cannot begin before membership.
P102-fix = Start the plan on or after the joining date, or correct `joined`.

P103-summary = Without elections, the plan neither matches the medium-term strategy nor lasts one to four years.
P103-section = Handbook, Action Plan (jurisdictions without elections)
P103-what = For a jurisdiction with `elections = false`, accepts a plan that corresponds to `medium_term_strategy` (it starts on the later of the joining day and the strategy's start, so a member that joined partway through its strategy can align with it, and ends on the strategy's end), or one lasting one to four years: from start + 1 year - 1 day to start + 4 years - 1 day, both included, where adding years keeps the month and the day (29 February becomes 28 February), so a plan from 2027-02-28 to 2028-02-27 lasts one year.
P103-why = Where there are no elections, the handbook lets the plan follow the government's medium-term strategy or a chosen period of one to four years.
P103-fix = Make the plan last one to four years, or set `medium_term_strategy` to the strategy's period and align the plan with it.

P104-summary = The plan is not in English and no English version is given.
P104-section = Handbook, Action Plan (submitted in English)
P104-what = Checks that `language` is English ("en", "en-GB", "English"...) or that `english_version` links to an English version. A warning while the plan is still being co-created.
P104-why = Plans are submitted to the Support Unit in English so that people across borders can learn from each other's reforms.
P104-fix = Add `english_version` with a link to the English translation, or submit the plan in English.

P105-summary = The Local Open Government Strategy lacks a vision, principles, objectives or engagement mechanisms.
P105-section = Handbook, Action Plan (Local Open Government Strategy)
P105-what = Checks that [strategy] has a non-empty `vision`, `principles`, `objectives` and `engagement`. A warning while the plan is still being co-created.
P105-why = The plan opens with a summary of the strategy: the long-term vision and principles, the objectives for the period, and how non-governmental stakeholders will be engaged.
P105-fix = Fill in the missing parts of [strategy].

P106-summary = The first plan was not submitted by the Support Unit's deadline (as extended).
P106-section = Handbook, Inactivity (new members' first plan)
P106-what = Takes `submission_deadline` from jurisdiction.toml, extended by the latest `until` of the `extension` events recorded by the as-of date and moved later by every day the member spent voluntarily inactive, and checks the first plan's `submitted`. Only a deadline still pending when a pause starts moves; one already missed stays missed. Missing after the deadline is an error; submitted after it is a warning (late). After a revocation the finding is closed: nothing recorded from then on counts. `ogp status` uses the same date.
P106-why = A new member that does not submit its first plan by the deadline set by the Support Unit, with no extension granted, becomes inactive.
P106-fix = Submit the plan and record `submitted`, or record the extension the Support Unit granted as an [[event]] with kind = "extension" and `until`.

P107-summary = A plan ended and the next one was not submitted within four months.
P107-section = Handbook, Action Plan (four months between plans) and Inactivity
P107-what = For every submitted plan that has ended, checks that a later plan was submitted within four calendar months of its end, moved later by every day the member spent voluntarily inactive meanwhile (only while the deadline was still pending). Missing after the deadline is an error; submitted late is a warning. After a revocation the finding is closed: nothing recorded from then on counts. Extensions granted by the Support Unit apply to a new member's first plan only (P106), not here.
P107-why = Members have up to four months between the end of one plan and the submission of the next; after that they become inactive.
P107-fix = Co-create and submit the next plan: add plans/<next-id>/plan.toml with its `submitted` date.

P108-summary = The first plan is not submitted and no submission deadline is recorded.
P108-section = Handbook, Inactivity and Acting Contrary to Process (new members' deadline)
P108-what = Reports a jurisdiction whose first plan is not submitted as of the date while jurisdiction.toml has no `submission_deadline`.
P108-why = A new member becomes inactive when it misses the deadline the Support Unit set for its first plan. Without that date on record, neither the member nor its partners can tell when that happens, and no check can warn in time.
P108-fix = Record the deadline the Support Unit set: submission_deadline = YYYY-MM-DD.

P109-summary = With elections, the date is after the end of the last recorded government term.
P109-section = Handbook, Action Plan (period aligned with the term)
P109-what = For a jurisdiction with elections, reports when the as-of date is after the end of every recorded [[term]] of a government: the lead government's, and in a joint plan each member's own terms (`member`) when it has any.
P109-why = The plan's period is tied to the administration in office. Once the last recorded term has ended, the limit on the next plan's end cannot be worked out until the new administration's term is recorded.
P109-fix = Add the new administration's [[term]] with its start and end.

## C: commitments

C201-summary = More commitments occupy slots at once than the cap allows (5 single, 12 joint).
C201-section = Handbook, Action Plan (up to five, or twelve for joint plans, at any moment)
C201-what = Replays the plan day by day: an initial commitment takes a slot when the plan is submitted, an added one on its `added` date; it frees the slot on the later of its completion and its end-of-commitment assessment, on its assessment when the monitoring body assessed it unfinished (`assessed` without `completed`), or when it is withdrawn by a recorded change (a `[[change]]` dated on the withdrawal or up to 30 days before; a bare `withdrawn` date frees nothing, C207). Reports every day on which more than 5 (single) or 12 (joint) slots are taken. While the plan is still a draft, more than the cap in the draft is a warning.
C201-why = An action plan may hold at most five commitments (twelve for a joint plan) at any moment; a new commitment can only come in once an earlier one is fully implemented and assessed.
C201-fix = Add the new commitment only after an earlier one is completed and assessed (record `completed` and `assessed`), or withdraw one through an approved change.

C202-summary = The plan was submitted with fewer than five commitments.
C202-section = Handbook, Action Plan (the first five commitments)
C202-what = Counts the commitments submitted with the plan (those without an `added` date after submission) and warns when there are fewer than five.
C202-why = The plan is made of a strategy and its first five commitments; fewer leaves slots unused from the start.
C202-fix = Co-create the missing initial commitments with non-governmental stakeholders.

C203-summary = A commitment starts before or ends after its plan, or a milestone is due outside the commitment's time.
C203-section = Handbook, Action Plan (fully implemented within the plan period)
C203-what = Compares each commitment's `start` and `end` with the plan's, and each milestone's `due` with the commitment's `start` and the plan's `end`: a milestone due before its commitment starts or after the plan ends is reported too.
C203-why = A commitment must be fully implemented within the action plan period, including one added later in the remaining time.
C203-fix = Move the commitment's dates, and its milestones' due dates, inside the plan, or split the work.

C204-summary = A commitment has no milestone with a due date, or no lead agency.
C204-section = Handbook, Action Plan (concrete, measurable actions)
C204-what = Checks that each commitment names its `lead` and has at least one [[milestone]] with a `due` date.
C204-why = Commitments are concrete, measurable actions; without a dated milestone or a responsible agency progress cannot be tracked.
C204-fix = Add `lead` and at least one [[milestone]] with `title` and `due`.

C205-summary = No co-creation meeting with a non-governmental attendee is listed for the commitment.
C205-section = Handbook, Action Plan (all commitments co-created)
C205-what = Looks for a meeting in `co_created_in` that is a co-creation meeting, had at least one non-governmental attendee and was held on or before the day the commitment entered the plan (submission, or `added`). A warning while the plan is still being co-created: a draft's commitments may be co-created at meetings still to come.
C205-why = All commitments must be developed through co-creation by government and non-governmental stakeholders, including those added later.
C205-fix = List the co-creation meeting(s) where the commitment was developed: co_created_in = ["m-2026-02-10"].

C206-summary = A commitment was changed or withdrawn more than six months after it was submitted.
C206-section = Handbook, Action Plan (changes within six months of submission)
C206-what = Checks each [[change]] and `withdrawn` date against six calendar months after the commitment was submitted (the plan's submission, or its `added` date).
C206-why = Changes to commitments can only be made within six months after submission.
C206-fix = Changes after the window are not allowed: keep the commitment as submitted, or complete it and co-create a new one.

C207-summary = A change was not approved by a non-governmental stakeholder who co-created it, or not communicated to the OGP Local team.
C207-section = Handbook, Action Plan (changes consulted, approved and communicated)
C207-what = Checks that each [[change]] has `approved_by` naming a non-governmental stakeholder who attended a co-creation meeting of the plan, and a `communicated` date. The OGP Local team must be told within one calendar month of the change (a change of 2027-01-31 by 2027-02-28); `ogp calendar` lists that day for every change of a submitted plan, with the same state this rule reads. Not communicated yet is a warning up to that day and an error after it; communicated later is a warning (late), reported for every such change. A withdrawal is a change: a `withdrawn` date with no [[change]] dated that day or up to 30 days before is reported, and the commitment keeps its slot; the change that records a withdrawal must be communicated like any other.
C207-why = Changes must be consulted and approved with the non-governmental stakeholders involved in co-creation, and the agreed changes communicated to the OGP Local team.
C207-fix = Record in `approved_by` the approval of a non-governmental stakeholder who took part in co-creation, and tell the OGP Local team within a month of the change, recording the date in `communicated`.

C208-summary = A milestone is past its due date and not done.
C208-section = Handbook, Monitoring and Evaluation (quarterly progress)
C208-what = Reports a milestone whose `due` date has passed with no `done` date, for commitments that are neither withdrawn nor assessed unfinished (`assessed` without `completed`).
C208-why = Progress on commitments is tracked quarterly; an overdue milestone is an early sign of a commitment that will not show progress.
C208-fix = Record `done` when it happened, or agree a new date through a change.

C209-summary = A commitment names none of the OGP values (transparency, participation, accountability).
C209-section = Open Government Declaration (OGP's founding declaration: transparency, civic participation, accountability)
C209-what = Checks that `values` names at least one of transparency, participation and accountability.
C209-why = The values come from the Open Government Declaration that founded the Open Government Partnership: more transparency, civic participation and accountability. An open government commitment should say which of them it advances.
C209-fix = Say which value the commitment advances: values = ["transparency"].

C210-summary = A commitment's planned end has passed and it is neither completed nor withdrawn.
C210-section = Handbook, Action Plan (commitments fully implemented) and Monitoring and Evaluation
C210-what = Reports a commitment whose `end` (planned completion) is before the as-of date with no `completed` and no `withdrawn` date, unless the monitoring body assessed it unfinished (`assessed` without `completed`): its story has ended.
C210-why = Each commitment is assessed by the monitoring body once it is fully implemented, and only then does its slot free up for a new one. A commitment that ran past its planned end without being completed delays both, and its partners need to know.
C210-fix = Record `completed` when it was fully implemented, or agree a new end or a withdrawal through an approved change.

## C211: commitment changes judged from the git history

C211-summary = A commit changed a submitted commitment's substance with no [[change]] recorded within 30 days.
C211-section = Handbook, Action Plan (changes to commitments: within six months of submission, approved and communicated)
C211-what = Reads the repository's git history up to the as-of date. For every commit that edits a submitted commitment's substance — its `title` (beyond a typo: more than a tenth of its characters), `start`, `end` or `lead`, a milestone's `title` or `due`, a milestone added or removed, or the commitment deleted — it looks for a `[[change]]` in that commitment dated within 30 days of the day the edit entered the checked branch. Without one, it reports the commit's id and that day. An edit after the six-month change window is an error; within the window it is a warning (the change is still allowed, it only has to be recorded). A commitment is followed by its id within its plan: renaming or moving its file, renaming the plan's folder or moving the whole jurisdiction keeps its history, and an id changed in a file that stays where it is is a rename, not a deletion. It is deleted only while no commitment file of its plan holds its id. A version whose values cannot be read (the file does not parse, a date is not a date) is skipped value by value, so a broken commit and its fix are no change. A merge's own edits count (a value that differs from that value in every parent). A change is dated by the commit on the branch's first-parent line that brought it in (the commit itself, or the merge), the later of its author and committer dates. Creating a commitment's file, and every edit before the commitment entered the plan (co-creation), is no change. An edit dated on or after a revocation counts for nothing, like every other record; the change window is the one `ogp calendar` lists (the commitment's own when it was added later, the plan's otherwise). History that cannot be read (a shallow or partial clone, a damaged object, a repository format ogp cannot read, a folder outside git) is said once in the summary ("history not available: ...") and never fails the run.
C211-why = A commitment may only be amended through a recorded change: within six months of submission, approved by the stakeholders who co-created it and communicated to the OGP Local team. Editing the file quietly rewrites the plan that was submitted and hides the amendment from the forum and the monitoring body; the history is the evidence of when the text really changed.
C211-fix = Record the amendment as a [[change]] in the commitment's file, dated the day it was decided, with `approved_by` and `communicated` (see C206 and C207). If the edit only corrected a mistake in the file (the plan itself did not change), acknowledge that one edit for good with a [[waiver]] of C211 naming its commit, e.g. `rule = "C211"`, `commit = "3f2a9c1"`, `reason = "editorial correction, no change of substance"` (no `until` needed; it covers no other edit).

## M: monitoring and evaluation

M301-summary = No independent monitoring body, a governmental one, or one endorsed by no non-governmental stakeholder.
M301-section = Handbook, Monitoring and Evaluation (the Monitoring Body)
M301-what = Checks that [monitoring_body] exists with a `stakeholder` id that is not in the government sector, and that `endorsed_by` names at least one non-governmental stakeholder, other than the body itself, who took part in the process (attended a meeting of the plan), with `endorsed_on`, if given, not in the future. A warning while the plan is still being co-created.
M301-why = Each member selects an independent monitoring body, such as a research or academic institution, endorsed by the local non-governmental stakeholders taking part in the process.
M301-fix = Choose an independent body (academia, civil society), record its stakeholder id, and list in `endorsed_by` the non-governmental stakeholders from the plan's meetings who endorsed it.

M302-summary = The inception assessment is missing two months after submission, or was late.
M302-section = Handbook, Monitoring and Evaluation (Inception Assessment)
M302-what = The inception assessment is due two calendar months after the plan's submission. Missing once that date has passed is an error; recorded after it is a warning.
M302-why = The monitoring body assesses the co-creation process and the design of the first commitments two months after the plan is submitted.
M302-fix = Record the date the monitoring body submitted it: [assessments] inception = YYYY-MM-DD.

M303-summary = A completed commitment has no end-of-commitment assessment a month later, or it was late.
M303-section = Handbook, Monitoring and Evaluation (End-of-commitment Assessment)
M303-what = For each completed commitment, the end-of-commitment assessment is due one calendar month after `completed`. Missing once that date has passed is an error; recorded after it is a warning.
M303-why = The monitoring body appraises each commitment's results one month after it is fully implemented; only then can a new commitment take its slot.
M303-fix = Record the assessment's date in the commitment: assessed = YYYY-MM-DD.

M304-summary = The final learning exercise is missing two months after the plan's end, or was late.
M304-section = Handbook, Monitoring and Evaluation (Final Learning Exercise)
M304-what = For a submitted plan, the final learning exercise is due two calendar months after the plan's `end`. Missing once that date has passed is an error; recorded after it is a warning. A plan never submitted was never implemented and has no final learning exercise: no finding, and no calendar, timeline or agenda entry. After a revocation nothing more is due.
M304-why = At the end of the plan the monitoring body leads a reflection on its process and results, submitted two months after the end.
M304-fix = Record its date: [assessments] final_learning = YYYY-MM-DD.

M305-summary = A tracker quarter has no update a month after it ended, or the update was late.
M305-section = Handbook, Monitoring and Evaluation (quarterly online tracker)
M305-what = For every tracker quarter of the member (a calendar quarter holding at least 30 days of the implementation of one of its plans; implementation runs from the later of the plan's `submitted` and `start` to its `end`), the update is due one calendar month after the quarter's last day. The member has one online tracker: an update for the quarter in the tracker.toml of any submitted plan, dated on or after that plan's submission, meets it, and a quarter two plans share is reported once, in the later plan. Missing once the due day has passed is an error; recorded after it is a warning (late). A quarter of which at least half the days were spent voluntarily inactive is excused.
M305-why = The point of contact reports progress on the commitments every quarter through the online tracker; a month's grace covers the time it takes to collect it. Two stalled quarters in a row make the member inactive.
M305-fix = Update the online tracker and record it: [[update]] quarter = "2026-Q3", date, progress.

## R: the minimum requirements

R401-summary = No space for participation (forum) is recorded.
R401-section = Handbook, Minimum Requirements 1 (Forum)
R401-what = Checks that jurisdiction.toml has a [forum] with a name. A forum established after the as-of date does not exist yet: a warning while the first plan is being co-created, an error once a plan is submitted.
R401-why = The local government, with non-governmental stakeholders, must have a space for participation in developing and reviewing the action plan.
R401-fix = Record the forum: [forum] name = "...", established = YYYY-MM-DD, description = "...".

R402-summary = No co-creation meeting with a non-governmental attendee before the plan was submitted.
R402-section = Handbook, Minimum Requirements 2 (Regularity)
R402-what = For each submitted plan, looks for a co-creation meeting of the plan that engages non-governmental stakeholders: purpose "co-creation", at least one non-governmental attendee, held in the plan's co-creation phase (from the joining date for the first plan, from the previous plan's submission for the others, so a member may co-create its next plan while implementing the current one) and on or before this plan's submission.
R402-why = At least one meeting with civil society and non-governmental stakeholders must be held during the co-creation of the action plan.
R402-fix = Record the co-creation meeting(s) with their non-governmental attendees in meetings.toml.

R403-summary = An implementation year closed with fewer meetings with non-governmental stakeholders than it needs.
R403-section = Handbook, Minimum Requirements 2 (Regularity)
R403-what = Splits implementation into 12-month years from the start of implementation (the last cut at the plan's end) and, for every year that has closed, counts the meetings of the plan held in it that at least one non-governmental stakeholder attended, whatever their `purpose` (a forum meeting that co-creates a new commitment is also a meeting on the plan's implementation): two are needed; a last, cut year of three to six months needs one, and one shorter than three months none. A year of which at least half the days were spent voluntarily inactive is excused.
R403-why = Two meetings per year on the implementation of the action plan must be held with civil society and non-governmental stakeholders.
R403-fix = Hold the implementation meetings with non-governmental stakeholders and record their attendees; from now on plan two a year.

R404-summary = No co-creation meeting had both governmental and non-governmental attendees.
R404-section = Handbook, Minimum Requirements 3 (Multi-stakeholder)
R404-what = For each submitted plan, looks for a co-creation meeting of the plan, held in its co-creation phase by its submission, attended by at least one government and at least one non-governmental stakeholder.
R404-why = The space for co-creation must include both governmental and non-governmental representatives.
R404-fix = Record the government and non-governmental attendees of the co-creation meetings (stakeholder ids with their sectors).

R405-summary = The plan is not endorsed by non-governmental stakeholders before submission.
R405-section = Handbook, Minimum Requirements 4 (Endorsement)
R405-what = Checks that [endorsement] exists with a non-empty `by`, that no endorser is a government stakeholder, and that it is dated on or before the submission. A warning while the plan is still being co-created.
R405-why = Non-governmental stakeholders must endorse the final action plan, and the government submits the list of their names as part of the plan.
R405-fix = Record the non-governmental stakeholders who endorsed the final plan, and the date they did, before submitting.

## T: membership status

T501-summary = The member is inactive as of the date (not voluntarily).
T501-section = Handbook, Inactivity and Acting Contrary to Process
T501-what = Replays the membership status from the records and reports when it is `inactive` as of the date: the first plan or the next plan was not submitted on time; two consecutive tracker quarters of the member stalled (no update by the second one's due date, a month after it ends, or an update showing no progress while a commitment was open), counting the quarters of all its plans together so that the last quarter of one plan and the first of the next form a pair; or a plan owed after a restoration was not submitted. A member restored by evidence while a plan whose deadline passed is still not submitted owes that plan four months after the evidence; missing that day makes it inactive again, and then only that plan's submission restores it. A trigger that falls while the member is voluntarily inactive fires when the pause ends, if it still holds. Tracker updates count only when dated on or after their plan's submission. Points at the record that triggered it. No T finding is given while the status is `unknown` because a record cannot be read (a file that does not parse, a bad value, a misspelt key the status needs, an [[event]] without `kind`): the S-findings say what to fix.
T501-why = A member that misses its submission deadline, or whose online tracker shows no update or no progress in two consecutive quarters, is made inactive; six months later it is placed in probation.
T501-fix = Show activity: hold a co-creation meeting attended by a non-governmental stakeholder, submit the plan, or record a tracker update that shows progress. A `resumed` event does not end this status: it only ends voluntary inactivity. `ogp status` says what restores active status and when probation starts.

T502-summary = The member is in probation as of the date.
T502-section = Handbook, Inactivity and Acting Contrary to Process (probation)
T502-what = Reports a `probation` status as of the date: six consecutive months inactive (on the day six months after inactivity began; evidence dated that day is too late), voluntary inactivity not ended by its resume-by day (the event's `until`, or six months less a day), a plan submitted with no co-creation meeting attended by non-governmental stakeholders, or an implementation year that closed with no meeting attended by them.
T502-why = Failing to resume activity after six months of inactivity, or to show engagement with non-governmental stakeholders, is acting contrary to process; the membership is revoked four months later unless the requirements are met.
T502-fix = Meet the requirement before the revocation date `ogp status` shows: for missing engagement, hold a meeting attended by non-governmental stakeholders; otherwise show activity (co-creation meeting, submission, tracker progress).

T503-summary = The membership is revoked as of the date.
T503-section = Handbook, Inactivity and Acting Contrary to Process (revocation)
T503-what = Reports a `revoked` status: probation did not end within four months (on the day four months after it began; evidence dated that day is too late). Revocation is final: records dated on or after the revocation day (an extension, an event, a submission, any evidence) change nothing, in the status, in every other rule and in the calendar; no deadline after it is due.
T503-why = If after four months of probation the member has not met the requirements, its membership is revoked.
T503-fix = Nothing in the plan files restores a revoked membership; talk to the OGP Support Unit about joining again.

T504-summary = The member is voluntarily inactive as of the date.
T504-section = Handbook, Inactivity and Acting Contrary to Process (voluntary inactivity)
T504-what = Reports a `voluntary-inactive` status: a `voluntary-inactive` event recorded while the member was active, with no `resumed` event or activity since. A pause stops the clocks, it does not reset them: the submission deadlines of the first and the next plan still pending when it starts move later by every paused day, a tracker quarter or implementation year at least half paused is excused, and a trigger that falls during the pause fires on the first day after it if it still holds; milestones, assessments, the change window and the plan's own dates keep their dates. The member must resume by the event's `until` (the period agreed with the Support Unit) or, without one, six months less a day after the event; the day after, it is in probation. An event recorded while inactive or in probation changes nothing: the Support Unit, not the member, decides those.
T504-why = Members may ask to be placed voluntarily inactive after unforeseeable events, without detriment to their membership; it is a reminder, not a violation.
T504-fix = When activities restart, and by the resume-by day `ogp calendar` lists, record [[event]] kind = "resumed" with its date.
