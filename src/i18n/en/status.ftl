### `ogp status`: the headline, the facts, the tables' heads and their words. The reasons
### themselves come from the status machine: they are in deadlines.ftl.

## Many jurisdictions: one table.
status-title = Membership status as of { $date }
## $jurisdictions is the count-jurisdictions text, $tally the status-tally texts joined by ", ".
status-table-head = { $title }: { $jurisdictions } ({ $tally }), worst first
status-markdown-tally = { $jurisdictions }: { $tally }.
status-tally = { $n } { $status }
status-column-jurisdiction = jurisdiction
status-column-status = status
status-column-since = since
status-column-why = why
status-column-next-escalation = next escalation

## One jurisdiction: the headline, by status.
status-head-active = { $name } is active as of { $date }
status-head-voluntary-inactive = { $name } is voluntarily inactive as of { $date }
status-head-inactive = { $name } is inactive as of { $date }
status-head-probation = { $name } is in probation as of { $date }
status-head-revoked = { $name }'s membership is revoked as of { $date }
status-head-not-yet-member = { $name } is not a member yet as of { $date }
status-head-unknown = { $name }: status unknown as of { $date }

## Its facts: a name, then a value.
status-fact-status = status
status-fact-why = why
status-fact-record = record
status-fact-what-fixes-it = what fixes it
status-fact-restores-active = restores active
status-fact-next-escalation = next escalation
status-since = { $status } since { $date }
status-on = { $status } on { $date }
## $unless is what would have prevented the escalation.
status-on-unless = { $status } on { $date } unless { $unless }

## Its history and the current plan's commitments.
status-history = History
status-column-date = date
status-column-reason = reason
status-commitments = Commitments of plan { $plan }
status-column-id = id
status-column-title = title
status-column-tracker = tracker
status-column-milestones = milestones
status-not-reported = not reported
status-milestones = { $done } of { $total } done; { $due ->
    [one] { $due } was
   *[other] { $due } were
} due by now

## Why there is no status: not a member yet, or jurisdiction.toml cannot be read.
status-not-yet = not a member yet: joins on { $date }
status-unreadable = jurisdiction.toml could not be read; `ogp check` says why and how to fix it; the status is then replayed from every record
