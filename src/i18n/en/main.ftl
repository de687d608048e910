### Texts every command shares: dates in running text, the membership statuses, the counts,
### the words around an error, and the usage errors.

## A day in running text. English keeps the ISO form ($iso, e.g. 2027-05-15); the other
## languages write it out from $day, $month (the month-N message) and $year.
# any of: $iso $day $month $year
date-prose = { $iso }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The membership statuses, as words in tables and lines (the codes in JSON stay English).
## The id is "status-" and the status's code.
status-active = active
status-voluntary-inactive = voluntary-inactive
status-inactive = inactive
status-probation = probation
status-revoked = revoked
status-unknown = unknown
status-not-yet-member = not a member yet

## Counts.
count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-jurisdictions = { $n ->
    [one] { $n } jurisdiction
   *[other] { $n } jurisdictions
}
none = none

## The lines around an error that ends the run.
error-prefix = ogp: error:
error-help = help:

## Usage errors.
usage-agenda-since = --since { $since } is after the as-of date { $as_of }; nothing can have been done yet
usage-agenda-until = --until { $until } is before the as-of date { $as_of }; give the day of the next meeting
usage-calendar-range = --from { $from } is after --to { $to }: no day is in that range; give the earlier day to --from
usage-timeline-range = --from { $from } is after --to { $to }; give the earlier day to --from
usage-output-twice = --output names `{ $path }` twice: each format needs a file of its own, e.g. --output sarif=ogp.sarif --output json=ogp.json
usage-output-same = --output names `{ $first }` and `{ $second }`, which are the same file: each format needs a file of its own, e.g. --output sarif=ogp.sarif --output json=ogp.json
usage-no-rule = no rule `{ $code }`; `ogp rules` lists them all (codes such as C201, names such as commitment-cap)
usage-unknown-lang = { $source } `{ $value }` is not a language ogp speaks; use one of: { $all }

## How a list of names reads in a sentence: "C1, C2 and C3". $head is the list so far, $next
## and $last the item that follows.
list-comma = { $head }, { $next }
list-and = { $head } and { $last }
