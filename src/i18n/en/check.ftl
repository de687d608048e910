### `ogp check`: the lines around the findings in the human, short and GitHub formats.

## Above each jurisdiction's findings: its name, folder and counts ($counts is the
## count-errors and count-warnings texts, then check-waived and check-acknowledged when
## there are any, joined by ", ").
check-jurisdiction-head = ── { $name } ({ $folder }): { $counts }
check-waived = { $n } waived
check-acknowledged = { $n } acknowledged
## Under a finding, before the findings that follow from it (one a line, below).
check-followers = { $n ->
    [one] 1 more finding follows
   *[other] { $n } more findings follow
} from this one and may go away once it is fixed:

## The table of every jurisdiction of a run that checked more than one.
check-registry-head = ── { $jurisdictions } as of { $date }
check-column-jurisdiction = jurisdiction
check-column-folder = folder
check-column-status = status
check-column-errors = errors
check-column-warnings = warnings
check-column-next-deadline = next deadline

## The last lines: what the run could not do, then the verdict.
check-note = note: { $note }
## "in 4 jurisdictions" when all or none have findings, "in 1 of 4 jurisdictions" when only
## some do.
check-scope-all = { $n ->
    [one] { $n } jurisdiction
   *[other] { $n } jurisdictions
}
check-scope-some = { $with } of { $n ->
    [one] { $n } jurisdiction
   *[other] { $n } jurisdictions
}
## $waived is empty, or " (" then check-waived and check-acknowledged, then ")".
check-summary-ok = ok: { $errors }, { $warnings }{ $waived } in { $scope } as of { $date }
check-summary-failed = failed: { $errors }, { $warnings }{ $waived } in { $scope } as of { $date }
check-deny-warnings = (--deny-warnings: warnings fail the run)
check-new-since = ; only findings new since { $rev }: { $n } already there not shown
check-next-deadline = ; next deadline { $date }: { $what }
check-next-deadline-of = ; next deadline { $date }: { $what } ({ $name })

## The Markdown summary of `--format github` on the run's page ($GITHUB_STEP_SUMMARY).
step-title-ok = ogp check: ok
step-title-failed = ogp check: failed
## $deny is empty, or a space and step-deny-warnings.
step-counts = { $jurisdictions } jurisdiction(s) as of { $date }: **{ $errors }** error(s), **{ $warnings }** warning(s){ $deny }, { $waived } waived, { $acknowledged } acknowledged (closed findings accepted for good).
step-deny-warnings = (warnings fail the run: --deny-warnings)
step-new-since = Only findings new since { $rev }: { $n } finding(s) it already had are not shown.
step-note = Note: { $note }
step-next = Next deadline: { $next }

## A waived finding: its label (waived-until with the waiver's last day, or
## waived-acknowledged for a closed finding accepted for good), and the human output's
## heading of it, with the finding's message and the waiver's reason.
waived-until = waived until { $date }
waived-acknowledged = acknowledged
waived-heading = { $label }: { $message } (reason: { $reason })

## SARIF's notes on a run: results left out at code scanning's limit ($left of $total; $max
## accepted per run), and findings left out because they were there before $rev ($n of them).
sarif-left-out = { $left } of { $total } results left out: code scanning accepts { $max } per run; the most severe are kept. Run `ogp check` or write --format json to see them all.
sarif-new-since = only findings new since { $rev }: { $n } it already had are left out
