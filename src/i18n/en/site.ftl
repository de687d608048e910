### The HTML pages (`ogp agenda --format html`, and the parts the site's pages share): the
### words of the templates in src/render/templates/. The member and index pages of
### `ogp site` are not translated yet.

site-home = OGP Local: membership status of every jurisdiction
site-footer = Made by ogp { $version } from the plan repositories as of { $date }. States are written out in words; colours only repeat them.
## After a status word.
site-since = since { $date }
site-records-unreadable = the records could not be read.
site-scroll = Scroll sideways for more →
site-column-was-due = Was due
site-column-due = Due
site-column-what = What
site-column-who = Who
site-column-commitment = Commitment
site-column-state = State
site-column-milestones-done = Milestones done
site-column-next-milestone = Next milestone
site-column-activity = Activity
site-timeline-table = Timeline table
site-timeline-now = ▼ marks the column of { $date }. The states:
site-legend-count = a number: meetings held
