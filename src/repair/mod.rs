//! Everyday typing mistakes in plan files, recognised in the text around a parse error: dates
//! written as 20/08/2026, 2026-8-20 or in quotes, text in curly quotes pasted from a word
//! processor, `[milestone]` where `[[milestone]]` is meant, a key given twice.
//!
//! Each [`Hint`] says in plain words what to write instead. Where the repair is mechanical and
//! certain (an unambiguous date, straight quotes), it also carries the [`Edit`] that makes it:
//! `ogp check --fix` applies those edits, and the loader reads the file as if they were made,
//! so one mistyped date does not hide the rest of the file (the finding is still an error).

use crate::i18n::Text;
use crate::t;
use std::ops::Range;

mod date;

pub use date::*;

/// One change to a file's text: replace the bytes of `span` with `with`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Range<usize>,
    pub with: String,
}

impl Edit {
    /// The same change as an edit of exactly the same length, so that every byte offset of the
    /// file stays where it was: shorter text is padded with blanks after it, longer text takes
    /// blanks from just before the span. `None` when there are not enough blanks to take.
    pub fn same_length(&self, text: &str) -> Option<Edit> {
        let old = self.span.len();
        let new = self.with.len();
        if new <= old {
            let mut with = self.with.clone();
            with.push_str(&" ".repeat(old - new));
            return Some(Edit {
                span: self.span.clone(),
                with,
            });
        }
        let need = new - old;
        let start = self.span.start.checked_sub(need)?;
        let before = text.get(start..self.span.start)?;
        before
            .bytes()
            .all(|b| b == b' ' || b == b'\t')
            .then(|| Edit {
                span: start..self.span.end,
                with: self.with.clone(),
            })
    }

    /// `text` with the edit made.
    pub fn apply(&self, text: &str) -> String {
        let mut s = String::with_capacity(text.len() + self.with.len());
        s.push_str(&text[..self.span.start]);
        s.push_str(&self.with);
        s.push_str(&text[self.span.end..]);
        s
    }
}

/// What to tell the user about a mistake, and how to repair it when that is certain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub message: Text,
    /// The label under the value.
    pub label: Text,
    pub help: Text,
    /// Where the finding points (the value, the header...).
    pub span: Range<usize>,
    /// Another place that explains it (the first definition of a duplicate key).
    pub related: Option<(Range<usize>, Text)>,
    pub edit: Option<Edit>,
}

/// The `key = value` on the line holding `at`: the key as written, and the value's span (its
/// trailing blanks and comment left out). `None` when the line is not an assignment, or when
/// `at` lies in its key.
fn assignment(text: &str, at: usize) -> Option<(&str, Range<usize>)> {
    let at = boundary(text, at);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let eq = line.find('=')?;
    if line_start + eq >= at && at != line_start + eq {
        return None;
    }
    let key = line[..eq].trim();
    if key.is_empty() || key.starts_with('[') || key.starts_with('#') {
        return None;
    }
    let after = &line[eq + 1..];
    let lead = after.len() - after.trim_start().len();
    let mut body = after.trim_start();
    // a comment starts at a `#` outside quotes (none of the values recognised here holds one)
    if let Some(h) = comment_start(body) {
        body = &body[..h];
    }
    let body = body.trim_end().trim_end_matches('\r');
    let start = line_start + eq + 1 + lead;
    Some((key, start..start + body.len()))
}

/// `at` within `text`, moved back to the start of the character it falls in.
pub(crate) fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn comment_start(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '#') => return Some(i),
            (None, '"' | '\'' | '“' | '”' | '„' | '‘' | '’') => quote = Some(c),
            (Some(q), c) if c == q || (q == '“' && c == '”') || (q == '‘' && c == '’') => {
                quote = None
            }
            _ => {}
        }
    }
    None
}

/// Text in curly quotes (“…”, ‘…’) at the value holding `at`.
pub fn curly_quotes(text: &str, at: usize) -> Option<Hint> {
    let (key, span) = assignment(text, at)?;
    let raw = &text[span.clone()];
    let first = raw.chars().next()?;
    let last = raw.chars().next_back()?;
    let open = matches!(first, '“' | '”' | '„' | '"');
    let close = matches!(last, '“' | '”' | '"');
    let curly = |c: char| matches!(c, '“' | '”' | '„');
    if !(open && close && raw.chars().count() >= 2 && (curly(first) || curly(last))) {
        // single curly quotes as delimiters: ‘text’
        if matches!(first, '‘' | '’') && matches!(last, '‘' | '’') && raw.chars().count() >= 2
        {
            let inner = &raw[first.len_utf8()..raw.len() - last.len_utf8()];
            return Some(curly_hint(key, span, inner, '\''));
        }
        return None;
    }
    let inner = &raw[first.len_utf8()..raw.len() - last.len_utf8()];
    Some(curly_hint(key, span, inner, '"'))
}

fn curly_hint(key: &str, span: Range<usize>, inner: &str, q: char) -> Hint {
    let fixed = format!("{q}{inner}{q}");
    // straight quotes inside would end the string early: no mechanical repair then
    let safe = !inner.contains(q) && !inner.contains('\\');
    Hint {
        message: t!("s001-curly-quotes", key = key, fixed = fixed.clone()),
        label: t!("s001-curly-quotes-label"),
        help: if safe {
            t!("s001-curly-quotes-help")
        } else {
            t!("s001-curly-quotes-help-inside")
        },
        span: span.clone(),
        related: None,
        edit: safe.then_some(Edit { span, with: fixed }),
    }
}

/// The line holding `at`.
pub(crate) fn line_at(text: &str, at: usize) -> Range<usize> {
    let at = boundary(text, at);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// The name in a table header line (`[name]` or `[[name]]`) and whether it is an array header.
pub(crate) fn header(line: &str) -> Option<(&str, bool)> {
    let l = line.trim();
    let l = match l.find('#') {
        Some(h) => l[..h].trim_end(),
        None => l,
    };
    if let Some(n) = l.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
        return Some((n.trim(), true));
    }
    let n = l.strip_prefix('[')?.strip_suffix(']')?;
    Some((n.trim(), false))
}

/// Tables whose entries are a list (`[[name]]`), by the file's top-level key.
const LISTS: &[&str] = &[
    "milestone",
    "meeting",
    "update",
    "event",
    "stakeholder",
    "change",
    "waiver",
    "member",
];

/// "duplicate key" at `at`: a table header given twice, `[milestone]` where `[[milestone]]` is
/// meant, or a key given twice in one table, pointing at both places.
pub fn duplicate(text: &str, at: usize) -> Option<Hint> {
    let here = line_at(text, at);
    let line = &text[here.clone()];
    let mut headers: Vec<(Range<usize>, &str, bool)> = Vec::new();
    let mut pos = 0;
    for l in text.split_inclusive('\n') {
        if let Some((name, array)) = header(l) {
            headers.push((pos..pos + l.trim_end().len(), name, array));
        }
        pos += l.len();
    }
    if let Some((name, array)) = header(line) {
        let first = headers
            .iter()
            .find(|(r, n, _)| *n == name && r.start < here.start)?;
        let list = LISTS.contains(&name) || array || first.2;
        let span =
            here.start + (line.len() - line.trim_start().len())..here.start + line.trim_end().len();
        return Some(if list {
            Hint {
                message: t!("s001-list-header-mixed", name = name),
                label: t!("s001-second-one"),
                help: t!("s001-list-header-mixed-help", name = name),
                span,
                related: Some((
                    first.0.clone(),
                    t!("s001-list-header-mixed-first", name = name),
                )),
                edit: None,
            }
        } else {
            Hint {
                message: t!("s001-table-twice", name = name),
                label: t!("s001-second-one"),
                help: t!("s001-table-twice-help", name = name),
                span,
                related: Some((first.0.clone(), t!("s001-first-one"))),
                edit: None,
            }
        });
    }
    duplicate_key(text, here, line, &headers)
}

/// A key given twice in one table (`line` is the second one, at `here`): both places.
fn duplicate_key(
    text: &str,
    here: Range<usize>,
    line: &str,
    headers: &[(Range<usize>, &str, bool)],
) -> Option<Hint> {
    // a key given twice: find its first definition in the same table
    let eq = line.find('=')?;
    let key = line[..eq].trim();
    if key.is_empty() {
        return None;
    }
    // the header of the table the key is in, if it is not the top of the file
    let enclosing = headers.iter().rev().find(|(r, ..)| r.start < here.start);
    let table_start = enclosing.map_or(0, |(r, ..)| r.end);
    let mut pos = table_start;
    let mut first = None;
    for l in text[table_start..here.start].split_inclusive('\n') {
        if let Some(e) = l.find('=') {
            if l[..e].trim() == key && !l.trim_start().starts_with('#') {
                let s = pos + (l.len() - l.trim_start().len());
                first = Some(s..s + key.len());
                break;
            }
        }
        pos += l.len();
    }
    let first = first?;
    let s = here.start + (line.len() - line.trim_start().len());
    // in an entry of a list of tables, a second `key` is most often a new entry without its
    // header: removing a line would lose it
    let list = enclosing
        .filter(|(_, _, array)| *array)
        .map(|(_, name, _)| *name);
    if let Some(name) = list {
        return Some(Hint {
            message: t!("s001-key-twice-in-entry", key = key, name = name),
            label: t!("s001-given-again"),
            help: t!("s001-key-twice-in-entry-help", key = key, name = name),
            span: s..s + key.len(),
            related: Some((first, t!("s001-first-given"))),
            edit: None,
        });
    }
    Some(Hint {
        message: t!("s001-key-twice", key = key),
        label: t!("s001-given-again"),
        help: t!("s001-key-twice-help", key = key),
        span: s..s + key.len(),
        related: Some((first, t!("s001-first-given"))),
        edit: None,
    })
}

/// `[name]` with a single table where the file wants a list (`[[name]]`): serde's "expected a
/// sequence" at the table.
pub fn single_for_list(text: &str, at: usize) -> Option<Hint> {
    let here = line_at(text, at);
    let (name, array) = header(&text[here.clone()])?;
    if array {
        return None;
    }
    let line = &text[here.clone()];
    let s = here.start + (line.len() - line.trim_start().len());
    let span = s..here.start + line.trim_end().len();
    Some(Hint {
        message: t!("s002-single-for-list", name = name),
        label: t!("s002-single-for-list-label"),
        help: t!("s002-single-for-list-help", name = name),
        // not one of the repairs `ogp check --fix` makes: the user checks the list they meant
        edit: None,
        span,
        related: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(text: &str) -> String {
        let at = text.find('=').unwrap() + 2;
        date(text, at)
            .or_else(|| curly_quotes(text, at))
            .map(|h| h.message.en())
            .unwrap_or_default()
    }

    #[test]
    fn dates_in_other_forms() {
        let want = "write dates as YYYY-MM-DD, without quotes: submitted = 2026-08-20";
        for v in [
            "20/08/2026",
            "2026-8-20",
            "\"2026-08-20\"",
            "'2026-08-20'",
            "2026/08/20",
            "20.08.2026",
            "08/20/2026",
            "\"20/08/2026\"",
            "August 20, 2026",
            "20 August 2026",
            "\"Aug. 20th, 2026\"",
            "20 de agosto de 2026",
            "2026-08-20.",
        ] {
            assert_eq!(msg(&format!("submitted = {v}  # sent\n")), want, "{v}");
        }
        assert_eq!(
            msg("submitted = 05/08/2026\n"),
            "write dates as YYYY-MM-DD, without quotes: submitted = 2026-08-05 for 5 August, or submitted = 2026-05-08 for 8 May"
        );
        // a well-formed date, an impossible one and plain text are not this mistake
        assert_eq!(msg("submitted = 2026-08-20\n"), "");
        assert_eq!(msg("submitted = 2026-02-30\n"), "");
        assert_eq!(msg("title = \"Budget 2026\"\n"), "");
    }

    #[test]
    fn date_edits_touch_only_the_value() {
        let text = "submitted = \"2026-08-20\"  # sent\n";
        let h = date(text, 13).unwrap();
        let e = h.edit.unwrap();
        assert_eq!(e.apply(text), "submitted = 2026-08-20  # sent\n");
        let same = e.same_length(text).unwrap();
        assert_eq!(same.apply(text), "submitted = 2026-08-20    # sent\n");
        let text = "submitted = 2026-8-20\n";
        let same = date(text, 12)
            .unwrap()
            .edit
            .unwrap()
            .same_length(text)
            .unwrap();
        assert_eq!(same.apply(text), "submitted =2026-08-20\n");
    }

    #[test]
    fn curly_quotes_are_named() {
        assert_eq!(
            msg("title = “Open budget data”\n"),
            "this text is in curly quotes (“ ”), as a word processor types them; TOML needs straight quotes: title = \"Open budget data\""
        );
        let text = "title = “City’s budget”\n";
        let e = curly_quotes(text, 9).unwrap().edit.unwrap();
        assert_eq!(e.apply(text), "title = \"City’s budget\"\n");
        assert!(
            curly_quotes("title = “say \"hi\"”\n", 9)
                .unwrap()
                .edit
                .is_none()
        );
    }

    #[test]
    fn duplicates_point_at_both_places() {
        let text = "id = \"C1\"\n\n[milestone]\ntitle = \"a\"\n\n[milestone]\ntitle = \"b\"\n";
        let at = text.rfind("[milestone]").unwrap() + 1;
        let h = duplicate(text, at).unwrap();
        assert!(
            h.message.en().contains("`[[milestone]]`"),
            "{}",
            h.message.en()
        );
        assert_eq!(&text[h.related.unwrap().0], "[milestone]");
        let text = "id = \"C1\"\ntitle = \"a\"\nlead = \"x\"\ntitle = \"b\"\n";
        let h = duplicate(text, text.rfind("title").unwrap()).unwrap();
        assert_eq!(
            h.message.en(),
            "`title` is given twice in this table; keep one of them"
        );
        assert_eq!(h.related.unwrap().0, 10..15);
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        fn day() -> impl Strategy<Value = chrono::NaiveDate> {
            (1900i32..2200, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(y, m, d)| {
                chrono::NaiveDate::from_ymd_opt(y, m, d)
            })
        }

        proptest! {
            /// Every other form of a real date is repaired to that date, and only that date.
            #[test]
            fn other_forms_repair_to_the_same_day(d in day(), form in 0usize..5) {
                use chrono::Datelike;
                let (y, m, dd) = (d.year(), d.month(), d.day());
                let v = match form {
                    0 => format!("\"{d}\""),
                    1 => format!("{y}-{m}-{dd}"),
                    2 => format!("{y}/{m:02}/{dd:02}"),
                    3 => format!("{dd}.{m}.{y}"),
                    _ => format!("'{d}'"),
                };
                let text = format!("due = {v}\n");
                match date(&text, 6) {
                    // day and month both 12 or less, written day first: either reading
                    None => prop_assert!(form == 1 && m >= 10 && dd >= 10, "{v}"),
                    Some(h) => match h.edit {
                        Some(e) => prop_assert_eq!(e.apply(&text), format!("due = {d}\n")),
                        None => prop_assert!(form == 3 && dd <= 12 && m <= 12 && dd != m, "{v}"),
                    },
                }
            }

            /// Any text, any position: a hint or none, never a panic.
            #[test]
            fn never_panics(text in ".{0,60}", at in 0usize..80) {
                let _ = date(&text, at);
                let _ = curly_quotes(&text, at);
                let _ = duplicate(&text, at);
                let _ = single_for_list(&text, at);
            }
        }
    }
}
