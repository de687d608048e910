### `ogp explain` and `ogp rules`: the words around a rule's documentation (the documentation
### itself is in rules.ftl).

## $kind is handbook, format or other; $section is the rule's section (rules.ftl) without
## its first word ("Action Plan (...)" of "Handbook, Action Plan (...)").
explain-source = { $kind ->
    [handbook] Handbook: { $section }
    [format] Reference: { $section }
   *[other] Source: { $section }
}
## $severity is severity-error or severity-warning; $source is explain-source.
explain-severity = Default severity: { $severity }. { $source }.
## $version is a version of ogp, such as 0.2.0.
explain-since = Added in ogp { $version }.
explain-what = What it does
explain-why = Why
explain-example = Example
explain-fix = Fix

## A rule's default severity, as `ogp explain` and `ogp rules` name it.
severity-error = error
severity-warning = warning

## The columns of `ogp rules`.
rules-column-code = code
rules-column-name = name
rules-column-severity = severity
rules-column-summary = summary

## SARIF's full description of a rule: what it does and its section (rules.ftl).
sarif-rule-description = { $what } Source: { $section }.
