#!/bin/sh
# Refreshes the expected output of the rules named (of every rule when none is named), after a
# deliberate change: the list of case tests (tests/integration/rule_cases_list.rs), the
# snapshot of each of their fixture cases (tests/fixtures/rules/CODE/<case>.snap), and the
# files generated from the rule registry (docs/rules.md, the schemas, the README's rule count,
# the `ogp rules` goldens, also in every language, and the format goldens that list every
# rule). Then read `git diff`: every changed line must be one you meant.
#
#   scripts/bless.sh P101          one rule
#   scripts/bless.sh P101 C212     several
#   scripts/bless.sh               every rule
#
# It does not regenerate the fixtures themselves (python3 tests/fixtures/generate.py CODE does),
# and it leaves the other rules' snapshots alone: a change that moves them shows as their tests
# failing in `cargo test --locked --test integration rule_cases` (docs/adding-a-rule.md).
set -eu
cd "$(dirname "$0")/.."

filters=""
for code in "$@"; do
    case "$code" in
        [A-Z][0-9][0-9][0-9]) filters="$filters rule_cases::$code::" ;;
        *)
            echo "bless.sh: \"$code\" is not a rule code (a capital letter and three digits, e.g. P101)" >&2
            exit 2
            ;;
    esac
done
if [ -z "$filters" ]; then
    filters="rule_cases::"
fi

# The list first: a case added since the last run gets its test in this run.
python3 tests/fixtures/generate.py --list

# shellcheck disable=SC2086 # one filter per word
OGP_BLESS=1 INSTA_UPDATE=always cargo test --locked --test integration -- $filters \
    rule_cases::every_fixture_case_has_its_test \
    generated:: \
    docs_outputs::readme_counts_the_rules \
    cli::rules_list \
    languages::rule_docs_in_every_language \
    formats::golden_per_format

git status --short -- README.md docs schema tests
