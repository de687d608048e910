### `--help` of every command: what each command does (help-cmd-...), the text after its
### flags (help-after-...), what each flag and argument means (help-arg-<command>-<flag>, or
### help-common-<flag> for a flag several commands share), and the values a flag takes
### (help-value-<command>-<flag>-<value>). Flags, values, file names and variables such as
### --out, DIR, YYYY-MM-DD, OGP_LANG or plan.toml are typed by people: keep them as they are.

help-cmd = Checks OGP Local action plans kept as TOML files against the OGP Local Handbook.
help-after =
    Exit codes:
      0  no errors (warnings do not count unless --deny-warnings)
      1  findings with errors (with --deny-warnings: or warnings)
      2  a usage error, or a path that cannot be read
help-arg-lang = The language of the messages: en, es, fr or pt [default: OGP_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG), then en]

## Flags several commands share.
help-common-as-of = Evaluate as of this day (YYYY-MM-DD) instead of today: facts dated after it are ignored
help-common-color = When to use colour; NO_COLOR in the environment turns it off for auto
help-common-paths = Jurisdiction roots or folders with many of them
help-common-path = A jurisdiction root
help-common-width = Fit tables to this many columns (default: the terminal's width, or 100)
help-common-format = Output format

help-cmd-check = Check plan repositories against every rule of the handbook
help-after-check = { help-after }
help-arg-check-paths = Jurisdiction roots (folders holding jurisdiction.toml), folders with many of them, or any file or folder inside a plan repository (that repository is checked). Without a PATH: the current folder, or the plan repository it is inside
help-value-check-format-human = Reports with the offending value underlined, for people
help-value-check-format-short = One line per finding (`path:line:col: CODE [severity] message`), then the summary
help-value-check-format-json = The stable, versioned report (its keys are in docs/format.md)
help-value-check-format-github = GitHub Actions annotations, plus a Markdown summary in $GITHUB_STEP_SUMMARY
help-value-check-format-sarif = SARIF 2.1.0, for GitHub code scanning and other viewers
help-value-check-format-junit = JUnit XML: one test suite per jurisdiction, one test case per rule
help-arg-check-deny-warnings = Exit with 1 when there are warnings, too
help-arg-check-new-since = Report only findings that the commit REV did not have (a branch, tag or commit id, e.g. the base of a pull request); the others are counted in the summary. Reads REV from git objects: no checkout, nothing written
help-arg-check-no-history = Do not read the git history (no C211 unrecorded-change, no "history not available")
help-arg-check-fix = Repair the safe, mechanical mistakes in place (dates written 20/08/2026, 2026-8-20 or in quotes; curly quotes; an unknown key with one clear suggestion), say what changed, then check again. Only those bytes change; a file that would not parse afterwards is left as it was
help-arg-check-diff = Show the repairs --fix would make as a diff, without writing anything (exit 1 when there is something to repair)
help-arg-check-output = Also write FORMAT to PATH (repeatable), e.g. --output sarif=ogp.sarif --output json=report.json
help-arg-check-select = Report only these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated
help-arg-check-ignore = Do not report these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated

help-cmd-status = Membership status of each jurisdiction: since when, why, history, next escalation

help-cmd-calendar = Every deadline the handbook implies, with who is responsible and its state
help-arg-calendar-path = A jurisdiction root (or a folder of them)
help-arg-calendar-from = Only deadlines on or after this day
help-arg-calendar-to = Only deadlines on or before this day

help-cmd-timeline = The plan cycle month by month (the handbook's Figure 1 for the real plan)
help-arg-timeline-by = One column per month or per quarter (default: quarters for Markdown, months otherwise)
help-arg-timeline-from = Start the chart at this day's month (default: the start of the plan's co-creation)
help-arg-timeline-to = End the chart at this day's month (default: the plan's last deadline)
help-arg-timeline-plan = The plan to draw: its id (folder name under plans/), `current` (the default: the plan being co-created or implemented) or `all`
help-arg-timeline-width = Fit the table to this many columns, wrapping months into blocks (default: the terminal's width, or 100)

help-cmd-agenda = The briefing for a forum meeting: done since the last one, overdue, due before the next
help-arg-agenda-since = Report what was done after this day (default: the previous meeting in meetings.toml)
help-arg-agenda-until = List what falls due up to this day (default: 90 days after the as-of date)
help-value-agenda-format-markdown = Headings and tables that paste into minutes and render on GitHub
help-value-agenda-format-html = A page to print or share
help-value-agenda-format-json = The versioned JSON of the briefing

help-cmd-site = Write a static public site: every jurisdiction's status, commitments, calendar, findings
help-after-site = With several languages (--lang es,en), each language is written into a folder of its own (DIR/es/, DIR/en/), every page links to the same page in the others, and DIR/index.html leads to the first language.
help-arg-site-out = The folder to write the site into (created if missing)
help-arg-site-overwrite = Replace files in DIR that an earlier `ogp site` did not write

help-cmd-rules = List every rule with its code, name, default severity and summary

help-cmd-explain = Print the documentation of one rule (by code or name)
help-arg-explain-code = A rule code such as C201, or a name such as commitment-cap
help-arg-explain-format = text: for reading in a terminal; markdown: the same with its Markdown markers, as in docs/rules.md [default: text on a terminal, markdown when piped]

help-cmd-schema = Print the JSON Schemas of the plan files (or write them into a folder)
help-arg-schema-out = Write each schema as <DIR>/<kind>.schema.json instead of printing them
help-arg-schema-overwrite = Replace schema files in DIR that differ from what this version of ogp writes (a file that already says the same is left as it is)

help-cmd-init = Start a new plan repository in DIR: every file, commented, ready for `ogp check`
help-arg-init-dir = The folder to create (or an existing folder without plan files, e.g. a fresh clone); the current folder when not given
help-arg-init-name = The member's name [default: the folder's name]
help-arg-init-country = The country the member is in [default: a TODO to fill in]
help-arg-init-joined = The date the member joined OGP Local, YYYY-MM-DD [default: today]
help-arg-init-joint = A joint action plan of these member jurisdictions (comma-separated, two or more)
help-arg-init-term-end = The end of the current government term, YYYY-MM-DD [default: four years after joining]

help-cmd-completions = Print a shell completion script, or write it where the shell loads it (`--install`)
help-after-completions =
    Examples:
      ogp completions bash --install    # ~/.local/share/bash-completion/completions/ogp
      ogp completions fish --install    # ~/.config/fish/completions/ogp.fish
      ogp completions zsh --install     # ~/.zfunc/_ogp (add ~/.zfunc to fpath in ~/.zshrc)
      ogp completions powershell --out ogp.ps1

    An existing file is replaced only with --overwrite.
help-arg-completions-shell = The shell to complete for
help-arg-completions-out = Write the script to PATH instead of printing it; when PATH is a folder, into it under the shell's usual name (ogp, _ogp, ogp.fish, _ogp.ps1, ogp.elv). Missing folders are created
help-arg-completions-install = Write the script where the shell loads it for your user: bash (with the bash-completion package) $XDG_DATA_HOME/bash-completion/completions/ogp, fish $XDG_CONFIG_HOME/fish/completions/ogp.fish, zsh ~/.zfunc/_ogp. Missing folders are created
help-arg-completions-overwrite = Replace the file if it exists (without it, ogp never replaces a file)

help-cmd-man = Print the manual page (roff), or write a page per subcommand (`--out DIR`, `--install`)
help-arg-man-out = Write ogp.1 and ogp-<subcommand>.1 for every subcommand into DIR (created if missing)
help-arg-man-install = Write every page into $XDG_DATA_HOME/man/man1 (~/.local/share/man/man1, created if missing), where `man ogp` finds them when ~/.local/bin is on PATH
help-arg-man-overwrite = Replace pages that exist (without it, ogp never replaces a file)

## The words clap writes around the texts above. English keeps clap's own; these are used in
## the other languages.
help-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help
help-flag-help-short = Print help (see more with '--help')
help-flag-help-long = Print help (see a summary with '-h')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)
help-subcommand-help-arg = Print help for the subcommand(s)
## After a flag's help: its default value(s), the environment variable that sets it, the
## values it takes.
help-default = [default: { $value }]
help-env = [env: { $name }]
help-possible = [possible values: { $values }]
help-possible-heading = Possible values:

## Several languages given to a command that speaks one at a time; $langs is the list given,
## $lang the first.
usage-one-lang = --lang { $langs } names several languages; only `ogp site` writes several at once. Give one, e.g. --lang { $lang }

## A mistake in the command line, as ogp says it in the other languages (in English, clap's
## own words are shown). $arg is an option such as `--formt`, $value what was written, $valid
## the values the option takes, $suggested the name clap thinks was meant, $reason ogp's own
## words on why the value is wrong.
clap-error = error:
clap-unknown-argument = the option { $arg } does not exist
clap-invalid-subcommand = the command { $value } does not exist
clap-invalid-value = { $value } is not a value of { $arg }; it takes: { $valid }
clap-missing-required = this is needed: { $arg }
clap-value-validation = { $value } is not a value of { $arg }: { $reason }
clap-tip-similar = tip: did you mean { $suggested }?
clap-more-info = For more information, try '--help'.
## The reason a day or an --output value is refused.
clap-reason-date = write it as YYYY-MM-DD, e.g. 2027-01-15
clap-reason-output = write FORMAT=PATH with a format of human, json, github, sarif or junit, e.g. sarif=ogp.sarif
