### `ogp timeline` (and the timeline of `ogp agenda` and `ogp site`): the title, the rows,
### the legend and the error when there is nothing to draw.

## $n is the number of plans, $plans their ids joined by ", ".
timeline-title = { $name }: { $n ->
    [one] plan
   *[other] plans
} { $plans }
timeline-no-plan = { $root } has no readable plan to draw; `ogp check` says why
timeline-no-such-plan = { $root } has no plan `{ $id }`; its plans are: { $plans } (or use --plan all)

## The rows.
timeline-row-co-creation = Co-creation and submission
timeline-row-latest-end = Latest allowed end
## $days: the day (or days, for a joint plan) as running text.
timeline-latest-end-title = { $days } under the term (P101)
timeline-row-inception = Inception assessment
## $id is the commitment's id, e.g. C1.
timeline-row-assessment = { $id } assessment
timeline-row-meetings = Meetings
timeline-row-tracker = Tracker updates
timeline-row-final-learning = Final learning exercise

## The marks of the chart, as the legend explains them.
timeline-mark-under-way = under way
timeline-mark-done = done
timeline-mark-late = late
timeline-mark-overdue = overdue
timeline-mark-due = due
timeline-mark-latest-end = latest allowed end
timeline-mark-meetings-held = meetings held

## Below the terminal table, after the legend.
timeline-as-of = ▼ as of { $date }
## Above the Markdown tables.
timeline-markdown-as-of = As of { $date } (the column marked ▼).
## The SVG picture's accessible title.
timeline-svg-title = { $title }: timeline as of { $date }
timeline-continues-before = continues before this period
timeline-continues-after = continues after this period
## The month initials of the SVG picture's columns.
month-initial-1 = J
month-initial-2 = F
month-initial-3 = M
month-initial-4 = A
month-initial-5 = M
month-initial-6 = J
month-initial-7 = J
month-initial-8 = A
month-initial-9 = S
month-initial-10 = O
month-initial-11 = N
month-initial-12 = D
## The first column of the Markdown tables.
timeline-column-activity = activity
## The line at the as-of day in the SVG picture.
timeline-svg-as-of = as of { $date }
