### Findings of reading the files: syntax, the schema, what could not be read.

## Words several messages end with: how `ogp check --fix` helps.
-fix = `ogp check --fix` makes this change for you

### Typing mistakes recognised around a parse error: dates, curly quotes, a table or key
### given twice.

s001-fix-help = { -fix }
s001-curly-quotes = this text is in curly quotes (“ ”), as a word processor types them; TOML needs straight quotes: { $key } = { $fixed }
s001-curly-quotes-label = curly quotes
s001-curly-quotes-help = type the quotes again as " in a plain-text editor, or let `ogp check --fix` do it
s001-curly-quotes-help-inside = type the quotes again as " in a plain-text editor (a " inside the text is written \")
## $name: the name of a table of the file, such as milestone (kept as written).
s001-list-header-mixed = `[{ $name }]` and `[[{ $name }]]` cannot be mixed: each { $name } of the list starts with `[[{ $name }]]`, in double brackets
s001-list-header-mixed-help = write every header of the list as `[[{ $name }]]`
s001-list-header-mixed-first = the first `{ $name }` starts here
s001-second-one = the second one
s001-first-one = the first one
s001-table-twice = the table `[{ $name }]` is given twice; write it once, with all its keys
s001-table-twice-help = move the keys below this header up into the first `[{ $name }]` and remove this one
## $key: the key as written in the file; $name: the list's table, such as milestone.
s001-key-twice-in-entry = `{ $key }` is given twice in this { $name }; if another { $name } starts here, put [[{ $name }]] on the line above it
s001-key-twice-in-entry-help = each { $name } starts with its own [[{ $name }]] line; if it is the same { $name }, keep the right `{ $key }`
s001-given-again = given again here
s001-first-given = first given here
s001-key-twice = `{ $key }` is given twice in this table; keep one of them
s001-key-twice-help = remove one of the two `{ $key }` lines (keep the right value)
s002-single-for-list = `[{ $name }]` starts a single table; this file keeps a list of them, each starting with `[[{ $name }]]`, in double brackets
s002-single-for-list-label = single brackets
s002-single-for-list-help = write `[[{ $name }]]` here (and for every further { $name })
s001-date-label = not a date TOML reads
s001-date-quoted-label = a date in quotes is text
## $date: the date as it is written in the file (2026-08-20).
s001-date = write dates as YYYY-MM-DD, without quotes: { $key } = { $date }
## $first and $second: the two ways to read the date, as written in the file (2026-08-05);
## $first_day and $second_day: the same days in words (5 August).
s001-date-either = write dates as YYYY-MM-DD, without quotes: { $key } = { $first } for { $first_day }, or { $key } = { $second } for { $second_day }
s001-date-either-help = the day and the month could be either way round: write the date you mean
## A day of the year without its year: $day is its number, $month its name.
s001-date-day-month = { $day } { $month }

### Syntax mistakes in table headers and keys.

## $why: one of the s001-header-why-* messages; $fixed: the header as it should be written.
s001-header = { $why }: write { $fixed }
## $tables: the headers the file knows, as written in a file ([plan], [[milestone]]).
s001-header-unknown = { $why }: write { $fixed } (the tables known here are: { $tables })
s001-header-label = not a table header TOML reads
s001-header-help = write the header as { $fixed }; { -fix }
s001-header-why-spaces = a table name has no spaces
s001-header-why-after = nothing but a # comment may follow a table header on its line
s001-header-why-unclosed = the table header is not closed with ]
s001-header-why-list = a list's header has two brackets on each side
s001-header-why-single = this table is not a list: its header has one bracket on each side
s001-header-why-letters = a table name is written in letters, digits, _ and -
## $word: the key as written; $value: its value as written.
s001-colon = write `key = value`, with = (not :): { $word } = { $value }
s001-colon-label = : instead of =
s001-colon-help = put = in place of the colon; { -fix }
s001-no-equals = put = between the key and its value: { $word } = { $value }
s001-no-equals-label = = is missing
s001-no-equals-help = write `{ $word } = ` before the value; { -fix }
s001-not-a-statement = this line is neither `key = value` nor a [table] header; if it is a note, start it with #
s001-not-a-statement-label = not TOML
s001-not-a-statement-help = make it a comment by putting # at its start (or move the text into a value in quotes); { -fix }
s001-no-key = the key is missing before =: write the key, as in title = { $value }
s001-no-key-label = no key
s001-no-key-help = write the name of the key before =
## $why: one of the s001-key-why-* messages; $key: the key as it should be written.
s001-key = { $why }: write { $key } = { $value }
s001-key-meant = { $why }; did you mean `{ $key }`? write { $key } = { $value }
## $keys: the keys the table knows, as written in a file.
s001-key-known = { $why }: write { $key } = { $value } (the keys known here are: { $keys })
s001-key-why-spaces = a key has no spaces
s001-key-why-letters = a key is written in plain letters, digits, _ and -
s001-key-label = not a key TOML reads
s001-key-help = rename the key to `{ $key }`; { -fix }
s001-key-help-letters = write the key in letters, digits and _
## $example: a value of the key's kind, as written in a file.
s001-no-value = `{ $key }` has no value: write the value after =, as in { $key } = { $example }
s001-no-value-label = no value
s001-no-value-help = write the value after =; docs/format.md shows what each key takes

### Values of the wrong kind: an allowed value written another way, a number or true/false
### in quotes, one text for a list, brackets of a list for a single table.

## $value: an allowed value, as the format spells it.
s002-value-spelling = write the value as the format spells it: { $key } = "{ $value }"
## $found: the value as written in the file.
s002-value-meant = unknown value `{ $found }`; did you mean { $key } = "{ $value }"?
s002-value-label = not an allowed value
## $allowed: the allowed values, as written in a file.
s002-value-help = the allowed values are { $allowed }; { -fix }
## $value: true or false (kept as they are: they are written so in the file).
s001-bool = write true or false, in small letters and without quotes: { $key } = { $value }
s001-bool-help = TOML reads only true and false; { -fix }
s002-quoted-bool-label = text, not true or false
s002-double-for-single = `[[{ $name }]]` starts a list, but there is only one { $name }: write { $fixed }, in single brackets
s002-double-for-single-label = double brackets
s002-one-for-list = a list is written in square brackets, even with one item: { $key } = { $fixed }
s002-one-for-list-label = a text, not a list
s002-one-for-list-help = put the text in [ ]; { -fix }
s002-quoted-number = write the number without quotes or % sign: { $key } = { $value }
s002-quoted-number-label = a number in quotes is text
s001-percent-help = percentages are plain numbers from 0 to 100; { -fix }

### Forms ogp reads but other TOML tools reject (warnings).

## $kept: the table as it should be written, without the comma.
s001-portable-comma = ogp reads a comma before {"}"}, but editors' TOML tools reject it: remove it: { $key } = { $kept }
s001-portable-lines = ogp reads a {"{"} {"}"} table spread over several lines, but editors' TOML tools reject it: write `{ $key } = {"{"} ... {"}"}` on one line
s001-portable-help = TOML 1.0, which most editors' tools follow, does not allow it; { -fix }
s001-portable-help-plain = TOML 1.0, which most editors' tools follow, does not allow it
s001-portable-label = other TOML tools reject this

### Mistakes in the shape of a statement.

## $quote: the quote the text opened with (""" or '''); $line: the line number.
s001-long-text-unclosed = the text of `{ $key }` opened with { $quote } on line { $line } is never closed: end it with { $quote }
s001-never-closed = never closed
s001-quote-help = put { $quote } where the text ends
s001-parentheses = a list is written in square brackets [ ], not ( ): { $key } = { $fixed }
s001-parentheses-label = round brackets
s001-parentheses-help = write [ and ] instead of ( and ); { -fix }
s001-bare-item = text in a list needs quotes: { $fixed }
s001-bare-text-label = text without quotes
s001-bare-text-help = put the text in double quotes; { -fix }
s001-brackets-for-table = `{ $key }` is a {"{"} {"}"} table, written in curly brackets: { $key } = { $fixed }
s001-brackets-for-table-label = square brackets for a table
s001-brackets-for-table-help = write {"{"} and {"}"} instead of [ and ]; { -fix }
s001-comma-between-entries = put a comma between the entries of a {"{"} {"}"} table: { $key } = { $fixed }
s001-comma-between-items = put a comma between the items of a list: { $key } = { $fixed }
s001-comma-missing-label = comma missing
s001-comma-missing-help = add the comma; { -fix }
s001-colon-in-table = inside {"{"} {"}"}, write key = value, with = (not :): { $key } = { $fixed }
s001-colon-in-table-help = put = in place of each colon; { -fix }
## $second and $second_value: the second key on the line and its value.
s001-two-keys = put each key = value on its own line: { $key } = { $value }, then { $second } = { $second_value } on the next line
s001-two-keys-label = a second key on the same line
s001-two-keys-help = start a new line before the second key
s001-fence = this line is a Markdown code fence (```), copied with the TOML; remove the fence lines at the top and the bottom
s001-fence-label = Markdown fence
s001-fence-help = delete the lines that start with ```; { -fix }
## $mark: // or ; as written; $comment: the comment's words as written.
s001-slash-comment = comments start with #, not { $mark }: write # { $comment }
s001-slash-comment-label = not a comment in TOML
s001-slash-comment-help = put # at the start of the comment; { -fix }
## $kind: list or table; $line: the line number; $close: ] or }; $fixed: the line closed.
s001-unclosed-list = the { $kind ->
    [list] list
   *[table] {"{"} {"}"} table
} `{ $key }` that starts on line { $line } is not closed: add { $close } after its last item
s001-unclosed-list-example = the { $kind ->
    [list] list
   *[table] {"{"} {"}"} table
} `{ $key }` that starts on line { $line } is not closed: add { $close } after its last item: { $fixed }
s001-unclosed-list-label = this { $kind ->
    [list] list
   *[table] {"{"} {"}"} table
} is never closed
s001-unclosed-list-help = close it with { $close } where it ends; { -fix }
s001-unclosed-list-next = the next line is read as part of it
s001-bare-list = text in a list needs quotes too: { $key } = { $fixed }
s001-bare-list-help = put each item in double quotes; { -fix }
## $number: the number written with a point.
s001-decimal-comma = write the number with a point, not a comma: { $key } = { $number }
s001-decimal-comma-label = a comma ends the value here
s001-decimal-comma-help = in TOML a comma separates values, and numbers take a decimal point; { -fix }
## $why: one of the following messages, what TOML expected instead.
s001-invalid = this is not valid TOML: { $why }
s001-invalid-label = here
s001-invalid-help = Correct the TOML at the marked position; docs/format.md shows every file written out
s001-invalid-after-value = something follows the value on this line: put each key = value on its own line, and start notes with #
s001-invalid-no-value = a key needs = and a value: write key = value
s001-invalid-list-header = a list's header has two brackets on each side: [[name]]
s001-invalid-list = a list is written ["a", "b"]: items in quotes, separated by commas, closed with ]
s001-invalid-table = a {"{"} {"}"} table is written {"{"} a = 1, b = 2 {"}"}, on one line, closed with {"}"}
s001-invalid-extra-comma = there is a comma too many here: remove it
s001-invalid-text = text is written in straight double quotes: "like this"
s001-invalid-value = this is not how TOML writes a value: text goes in quotes, dates as 2026-05-15, numbers in digits

### Values the TOML parser stopped at.

s001-percent = write the number without %: { $key } = { $value }
s001-percent-label = % is not part of a number
## $fixed: the quarter in quotes ("2027-Q3").
s001-quarter = a quarter is text in quotes: { $key } = { $fixed }
s001-quarter-label = quarter without quotes
s001-quarter-help = put the quarter in quotes; { -fix }
s001-bool-label = not true or false
s001-unbracketed-list = a list is written in square brackets: { $key } = { $fixed }
s001-unbracketed-list-label = brackets missing
s001-unbracketed-list-help = put [ before the first item and ] after the last; { -fix }
s001-quote-inside-single = the ' inside the text ends it early: write the text in double quotes: { $key } = { $fixed }
s001-quote-inside-double = the " inside the text ends it early: write the text in single quotes (or write \" for each quote inside): { $key } = { $fixed }
s001-quote-inside-label = a quote inside the text
s001-quote-inside-help = change the outer quotes; { -fix }
s001-quote-inside-help-escape = change the outer quotes, and write \" for a double quote inside double quotes
## $kept: the key's value without the comma.
s001-trailing-comma = remove the comma after the value: { $key } = { $kept } (TOML puts each key = value on its own line, without commas)
s001-trailing-comma-label = comma after the value
s001-trailing-comma-help = delete the comma; { -fix }
s001-thousands = write the number without thousands separators: { $key } = { $number }
s001-thousands-label = not a number TOML reads
s001-thousands-help = remove the commas; { -fix }
## $kept: the value; $note: the words after it, as written.
s001-note-after-value = only a comment may follow the value on its line; start the note with #: { $key } = { $kept }  # { $note }
s001-note-after-value-label = not part of the value
s001-note-after-value-help = put # before the note, or put the whole text in the quotes; { -fix }
s001-backslash = a backslash (\) in text in double quotes starts a code such as \n: write the text in single quotes, which keep it as it is: { $key } = { $fixed }
s001-backslash-label = backslash
s001-backslash-help = use single quotes around the text, or write each \ as \\ (or use / in paths); { -fix }
## $open and $close: the quotes at the two ends of the text.
s001-mismatched-quotes = the text opens with { $open } and closes with { $close }: use the same quote at both ends: { $key } = { $fixed }
s001-mismatched-quotes-label = quotes that do not match
s001-mismatched-quotes-help = write " at both ends; { -fix }
s001-long-text-never-closed = the text of `{ $key }` opened with { $quote } is never closed: end it with { $quote }
## $three: three quotes (""" or '''); $quote: the quote the text opened with.
s001-text-lines = the text of `{ $key }` runs over several lines: write it on one line, or between { $three } and { $three }
s001-text-lines-label = text over several lines
s001-text-lines-help = join the lines, or put { $three } at both ends of the text instead of { $quote }
s001-text-unclosed = the text is not closed: put { $quote } at its end: { $key } = { $fixed }
s001-quote-help-fix = put { $quote } where the text ends; { -fix }
s001-takes-date = `{ $key }` takes a date written as YYYY-MM-DD, without quotes, such as { $key } = 2026-05-15
s001-takes-date-label = not a date
s001-takes-date-help = write the day as year-month-day in digits
s001-takes-number = `{ $key }` takes a number, without quotes or % sign, such as { $key } = 50
s001-takes-number-label = not a number
s001-takes-number-help = write the number in digits
s001-takes-bool = `{ $key }` takes true or false, without quotes: { $key } = true
s001-takes-bool-help = write true or false
s001-no-opening-quote = the text has no opening quote: { $key } = { $fixed }
s001-no-opening-quote-label = opening quote missing
s001-no-opening-quote-help = put { $quote } before the text; { -fix }
s001-bare-text = text must be in quotes: { $key } = { $fixed }
s001-bare-text-help-single = put the text in single quotes

### Reading a file: missing, unreadable, empty, a byte-order mark, too many mistakes.

s007-file-missing = this required file is missing
## $why: one of the load-why-* messages (or the operating system's own words).
s001-unreadable-file = the file cannot be read: { $why }
s001-unreadable-file-help = make it a UTF-8 text file in TOML format
s001-bom = this file starts with a byte-order mark (BOM): ogp reads it, but editors' TOML tools and other programs reject the file
s001-bom-help = save the file as UTF-8 without BOM (in Notepad: Save as, Encoding "UTF-8", not "UTF-8 with BOM")
s001-bom-label = byte-order mark
s001-stopped = ogp stopped looking for mistakes in this file after { $n }; there may be more
s001-stopped-help = correct the mistakes reported above and run ogp again
## $keys: the keys and tables the file needs, as written in a file (`title`, [[term]]).
s002-empty-file = this file is empty; it needs at least { $keys }
s002-comments-only = this file holds only comments; it needs at least { $keys }
s002-empty-file-help = write the file's keys (docs/format.md shows every file written out, and `ogp init` writes a complete example), or remove the file
s002-empty-file-label = nothing to read
## $parser: the TOML reader's own words, in English.
s001-too-deep = this is not valid TOML for ogp: values are nested too deeply ({ $parser })
s001-too-deep-help = plan files nest tables and arrays a few levels deep; remove the extra brackets
s001-too-deep-label = nested too deeply
s002-impossible-date = this is not a real date: { $parser }
s002-impossible-date-help = write a date that exists, such as 2026-02-28
s002-impossible-date-label = impossible date
s002-stopped = ogp stopped reading this file after { $n } wrong values; there may be more
s002-stopped-help = correct the values reported above and run ogp again
load-why-symlink = it is a symbolic link, which ogp does not follow; put the file itself here
load-why-folder = it is a folder, not a file
load-why-special = it is not a regular file (a device, socket or pipe)
load-why-not-from-git = it was not read from git
load-why-not-in-tree = it is not in the tree
## $bytes: the file's size; $mib: the limit in mebibytes.
load-why-too-big = it is { $bytes } bytes long, more than the { $mib } MiB a plan file may have
load-why-grew = it is more than the { $mib } MiB a plan file may have
## $offset: where the first byte that is not UTF-8 is, counted from 0.
load-why-not-utf8 = it is not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8

### What the schema rejects in valid TOML: unknown keys and tables, wrong values.

## $key: the key as written; $meant: the key of the format it probably means.
s003-unknown-key-meant = unknown key `{ $key }`; did you mean `{ $meant }`?
s003-unknown-key-meant-help = rename it to `{ $meant }`
## $dates: the date keys of the table, as written in a file.
s003-unknown-key-dates = unknown key `{ $key }`; the dates this table records are { $dates }
s003-unknown-key-dates-help = rename it to the date it is (docs/format.md says what each means); if it is only a note, put # before the line
s003-unknown-key = unknown key `{ $key }`
s003-unknown-key-help = ogp does not read it: if it is a note, put # before the line to keep it as a comment
## $keys: the keys the table knows, as written in a file.
s003-unknown-key-help-known = ogp does not read it: if it records one of the keys known here ({ $keys }), rename it; if it is a note, put # before the line to keep it as a comment
s003-unknown-key-label = not a key of this table
## $header: the header line as written ([plan]).
s003-needless-header = unknown table `{ $header }`: the keys under it need no header of their own; remove the line { $header } and keep the keys
s003-needless-header-help = delete just the header line; the keys under it stay as they are
s003-needless-header-label = not a table of this file
s002-missing-key = the required key `{ $key }` is missing
s002-missing-key-label = `{ $key }` belongs in this table
s002-missing-key-help = add the key; docs/format.md and `ogp schema` list every required key
s002-date-help = write an unquoted TOML date such as 2026-05-15
s002-value-help-schema = correct the value; the schema in schema/ lists what each key takes
## $found: what the file holds (one of the s002-found-* messages, or the TOML reader's words);
## $expected: what the key takes (one of the s002-expected-* messages, or the reader's words).
s002-wrong-type = wrong type: { $found }, expected { $expected }
s002-wrong-type-alone = wrong type: { $found }
s002-wrong-type-label = wrong type
s002-wrong-type-date = expected a date such as 2026-05-15, found { $found }; write dates unquoted
## $value: the value as the TOML reader quotes it (`5`, "text").
s002-found-number = the number { $value }
s002-found-text = the text { $value }
s002-found-list = a list [ ]
s002-found-table = a table {"{"} {"}"}
s002-expected-number = a number
s002-expected-whole-number = a whole number
s002-expected-list = a list [ ]
s002-expected-table = a table
s002-expected-text = text in quotes
s002-expected-bool = a boolean
## $value: the value as written; $n: how many values are allowed; $first and $second: the
## first two, in backticks; $allowed: all of them, in backticks, separated by commas.
s002-unknown-value = unknown value `{ $value }`, expected { $n ->
    [1] { $first }
    [2] { $first } or { $second }
   *[other] one of { $allowed }
}
## $parser: the TOML reader's own words, in English.
s002-unknown-value-raw = unknown value { $parser }
s002-invalid-value = { $parser }
s002-invalid-value-label = invalid value
## $date: the date as written; $year: its year; $side: before or after; $bound: the first or
## last year a plan record may have.
s002-implausible-year = { $date } has the year { $year }, { $side ->
    [before] before
   *[after] after
} { $bound }, which no plan record can mean; correct the year (a typo such as 2207 for 2027)
s002-not-a-calendar-date = { $date } is not a real calendar date
## $found: the date and time as written; $date: the date alone.
s002-date-time = expected a date, found the date-time { $found }; write just the date: { $date }
s002-not-a-date = expected a date such as 2026-05-15, found { $found }

### The folders of a jurisdiction.

## $folder: the plan folder's name (2026-2029).
s007-no-plan-file = the plan folder `{ $folder }` has no plan.toml
s007-no-plan-file-help = add plans/<plan-id>/plan.toml with the plan's title, start and end, or remove the folder
s001-folder-symlink = the folder cannot be read: it is a symbolic link, which ogp does not follow; put the folder itself here
s001-folder-is-file = the folder cannot be read: it is a file, not a folder
s001-folder-help = make it a folder of plan files

### `ogp check --fix` and `--diff`: what was repaired, and why a file was not.

fix-does-not-fit = a repair does not fit the file; nothing was changed
## $mistake: the message of the mistake that would remain.
fix-still-invalid = the file would still not be valid TOML after the repair ({ $mistake }); nothing was changed
fix-too-many = too many repairs in one file; nothing was changed
## $why: why the file could not be read (the operating system's words, or a load-why-* message).
fix-cannot-read = cannot read it: { $why }
fix-not-a-file = it is not a regular file; nothing was changed
fix-changed = it changed since it was checked; nothing was changed
## $why: the operating system's own words.
fix-cannot-write = cannot write it: { $why }
## $path: the file; $why: one of the fix-* messages above.
fix-not-fixed = not fixed { $path }: { $why }
## A comment line of the diff that --diff writes.
fix-not-fixable = not fixable { $path }: { $why }
## $line: the line number; the old and the new line follow on lines of their own.
fix-fixed-line = fixed { $path }:{ $line }
## $mistakes: how many mistakes were repaired; $files: in how many files.
fix-summary = { $mistakes ->
    [0] nothing to fix automatically
    [one] fixed 1 mistake in 1 file
   *[other] fixed { $mistakes } mistakes in { $files ->
        [one] 1 file
       *[other] { $files } files
    }
}

### Files and folders that look like plan files but are not read.

## What a file of the format records.
s012-what-plan = the action plan
s012-what-meetings = the forum's meetings
s012-what-tracker = the tracker updates
s012-what-jurisdiction = the member's record
## The advice every such finding ends with; $path: the file, relative to the jurisdiction's folder.
s012-keep = if it is kept here on purpose, add "{ $path }" to `ignore` in jurisdiction.toml
## $command: the command that renames it (`mv a b`).
s012-rename = rename it: { $command }
s012-rename-folder = rename the folder: { $command }
## $keep: the s012-keep message.
s012-rename-keep = rename it: { $command }; { $keep }
s012-move-keep = move it: { $command }; { $keep }
## $target: the name ogp reads.
s012-merge = merge what it holds into { $target } and remove it; { $keep }
s012-move-where-read = move it where ogp reads it if it holds plan records (docs/format.md shows the layout); { $keep }
## $name: the file's name as it is.
s012-misnamed-root = `{ $name }` is not read: a jurisdiction's folder is marked by a file named exactly `jurisdiction.toml`, so this jurisdiction is not checked
s012-plans-folder-twin = the folder `{ $name }` is not read: ogp reads the action plans from `plans/`, which is also here
s012-plans-folder-twin-help = move what it holds into plans/ and remove it; { $keep }
s012-plans-folder = the folder `{ $name }` is not read: ogp reads the action plans only from a folder named `plans` (lower case), and there is none, so this jurisdiction's plans are unknown
## $path: the file; $target: where ogp reads it; $what: one of the s012-what-* messages.
s012-stray-meant = `{ $path }` is not read: it is probably meant to be { $target } ({ $what }), which ogp reads only under that name and in that place
s012-stray-meant-help = move it into the folder of its plan under that name, e.g. { $command }; { $keep }
s012-stray-root = `{ $path }` is not read: ogp reads jurisdiction.toml here and the plan files under plans/<plan-id>/
s012-stray-plans = `{ $path }` is not read: ogp reads jurisdiction.toml here and the plan files under plans/<plan-id>/ (a plan's files go in a folder of their own, plans/<plan-id>/)
s012-plan-file-meant = `{ $name }` is not read: it is probably meant to be `{ $target }` ({ $what }), which this plan folder lacks, so the verdicts that need it are not given
s012-plan-file-twin = `{ $name }` is not read: it looks like `{ $target }` ({ $what }), which is also here and is the file ogp reads
s012-commitment-beside-twin = `{ $name }` looks like a commitment but is not read: ogp reads a plan's commitments only from its commitments/ folder, which holds a file of that name too
s012-commitment-beside = `{ $name }` looks like a commitment but is not read: ogp reads a plan's commitments only from its commitments/ folder, so this commitment is not part of the plan
s012-beside-plan = `{ $name }` is not read: a plan folder holds plan.toml, meetings.toml, tracker.toml and commitments/*.toml, and this is none of them
s012-beside-plan-help = if it is a commitment, move it into commitments/; if it holds meetings or tracker updates, merge them into meetings.toml or tracker.toml; { $keep }
s012-commitments-folder-twin = the folder `{ $name }` is not read: ogp reads the plan's commitments from `commitments/`, which is also here
s012-commitments-folder-twin-help = move its commitment files into commitments/ and remove it; { $keep }
s012-commitments-folder = the folder `{ $name }` is not read: ogp reads the plan's commitments only from a folder named `commitments`, so the plan's commitments are unknown
## $why: case (the name ends in .TOML or another mix of cases) or extension (.txt, .tml or none).
s012-commitment-name = `{ $name }` is not read: { $why ->
    [case] ogp reads commitment files whose names end in `.toml` in lower case
   *[extension] ogp reads only the `.toml` files of commitments/
}, so this commitment is not part of the plan
s012-commitment-name-twin = `{ $name }` is not read: { $why ->
    [case] ogp reads commitment files whose names end in `.toml` in lower case
   *[extension] ogp reads only the `.toml` files of commitments/
}, and `{ $target }` is here too
s012-nested-jurisdiction = `{ $path }` is not checked: it is inside the folder of another jurisdiction, and ogp checks a jurisdiction's folder as one
s012-nested-jurisdiction-help = give that jurisdiction a folder of its own beside this one; { $keep }
s012-commitment-elsewhere = `{ $path }` looks like a commitment but is not read: ogp reads a plan's commitments only from plans/<plan-id>/commitments/
s012-unread-toml = `{ $path }` is not read: ogp reads jurisdiction.toml and the plan files under plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml)

### The paths given to ogp.

## $path: the path as given.
s007-no-repository = { $path } holds no plan repository and is not inside one (no jurisdiction.toml at, below or above it)
s007-no-repository-help = point ogp at a folder holding jurisdiction.toml, or at a folder of such folders; `ogp init DIR` starts a new one
## $why: the operating system's own words.
usage-cannot-read = cannot read { $path }: { $why }
usage-skipped = ogp: skipped { $path }: { $why }
## A path that holds no jurisdiction beside others that do: $message and $help are the
## finding's.
usage-orphan = ogp: { $message } ({ $help })
usage-many-jurisdictions = { $path } holds { $n } jurisdictions; give the folder of one of them

### Why a status is unknown when a file of the format is present under another name.

## $path: the file or folder as reached from the path given to ogp.
s012-reason-plans-folder = { $path } is not read (the plans folder must be named `plans`): rename it to plans
s012-reason-stray-plan = { $path } is not read (a plan's plan.toml goes in plans/<plan-id>/): move it there
## $target: the name ogp reads.
s012-reason-plan-file = { $path } is not read (probably meant to be { $target }): rename it to { $target }
s012-reason-commitment-beside = { $path } is a commitment outside commitments/ (not read): move it into commitments/
s012-reason-commitments-folder = { $path } is not read (the commitments folder must be named `commitments`): rename it
s012-reason-commitment-name = { $path } is not read (commitment files end in .toml): rename it to { $target }
