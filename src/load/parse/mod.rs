//! Parsing one plan file with recovery: every problem becomes a finding, a certain mechanical
//! repair (a date typed wrong, a duplicate key) is made in memory and the file read again, and
//! a value of the wrong shape is pruned so that the values after it are still checked.

use super::dropped::{Dropped, Form, Why};
use super::read::Files;
use super::tree::Kind;
use super::{Jurisdiction, Loaded, display};
use crate::catalog::structure::{S001, S002, S003, S007};
use crate::diag::{FileId, Finding};
use crate::t;
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

mod direct;
mod recover;
mod schema;

pub use direct::DirectFile;
use recover::recover;

pub use schema::*;

/// Reads and parses one file. A missing optional file is `Absent`; a missing required one is
/// S007; unreadable text or bad TOML is S001; values of the wrong shape are S002; unknown keys
/// are S003 and do not stop the file from loading.
pub(super) fn load_file<T: DeserializeOwned + DirectFile + schemars::JsonSchema + 'static>(
    files: Files<'_>,
    j: &mut Jurisdiction,
    path: &Path,
    kind: Option<Kind>,
    required: bool,
) -> Loaded<T> {
    let Some(kind) = kind else {
        if required {
            let id = j.add_source(display(path), String::new());
            j.findings
                .push(Finding::new(&S007, t!("s007-file-missing")).at_file(id));
            return Loaded::Broken(id);
        }
        return Loaded::Absent;
    };
    match files.read(path, kind) {
        Err(why) => {
            let id = j.add_source(display(path), String::new());
            drop_file::<T>(j, id);
            j.findings.push(
                Finding::new(&S001, t!("s001-unreadable-file", why = why))
                    .help(t!("s001-unreadable-file-help"))
                    .at_file(id),
            );
            Loaded::Broken(id)
        }
        Ok((text, bom)) => {
            let id = j.add_source(display(path), text);
            j.sources[id].bom = bom;
            j.sources[id].read = true;
            let (value, findings, dropped) = parse_doc_dropped::<T>(&j.sources[id].text, id);
            if bom {
                j.findings.push(
                    Finding::new(&S001, t!("s001-bom"))
                        .warning()
                        .fact(crate::diag::Fact::ByteOrderMark)
                        .help(t!("s001-bom-help"))
                        .at(id, 0..0, t!("s001-bom-label")),
                );
            }
            j.findings.extend(findings);
            j.dropped.extend(dropped);
            match value {
                Some(v) => Loaded::Ok(id, v),
                None => {
                    drop_file::<T>(j, id);
                    Loaded::Broken(id)
                }
            }
        }
    }
}

/// Records that nothing of the file `id` (of type `T`) was read.
fn drop_file<T: 'static>(j: &mut Jurisdiction, id: FileId) {
    if let Some(form) = Form::of::<T>() {
        j.dropped.push(Dropped {
            file: id,
            form,
            table: Vec::new(),
            key: None,
            why: Why::File,
            span: None,
        });
    }
}

/// How many bytes of document the prune-and-retry loop of [`parse_doc`] may re-read in all.
const RETRY_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// Parses a TOML document into `T`, reporting every problem it can find.
///
/// A value of the wrong shape is reported and then pruned from the document, and parsing is
/// tried again, so one bad meeting does not hide the next one; a document that cannot be
/// recovered this way gives `None`.
pub fn parse_doc<T: DeserializeOwned + DirectFile + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
) -> (Option<T>, Vec<Finding>) {
    let (value, findings, _) = parse_doc_dropped::<T>(src, file);
    (value, findings)
}

/// Like [`parse_doc`], with the values of a file that can be read that were left out (unknown
/// keys, wrong values, guessed dates, entries incomplete without them).
pub fn parse_doc_dropped<T: DeserializeOwned + DirectFile + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
) -> (Option<T>, Vec<Finding>, Vec<Dropped>) {
    let mut repaired: Vec<Finding> = Vec::new();
    let mut unreadable: Vec<Range<usize>> = Vec::new();
    let mut work: Option<String> = None;
    // a syntax mistake was blanked out to find the next one: the file is not read
    let mut broken = false;
    // each reading costs time in proportion to the file: a big file gets fewer
    let rounds = (RETRY_BUDGET_BYTES / src.len().max(1)).clamp(2, MAX_REPAIRS);
    if let Some(f) = empty_file::<T>(src, file) {
        return (None, vec![f], Vec::new());
    }
    loop {
        let text = work.as_deref().unwrap_or(src);
        let repair = repaired.len() < rounds;
        // where the `{ }` tables are, when the parser says so
        let mut tables = None;
        match parse_once::<T>(text, file, repair, &unreadable, broken, &mut tables) {
            Step::Done(value, findings, dropped) => {
                repaired.extend(findings);
                if !broken {
                    repaired.extend(portability(text, file, tables));
                }
                // a key already told to be written another way (S001) is not unknown too
                let told: Vec<Range<usize>> = repaired
                    .iter()
                    .filter(|f| f.rule.code == "S001")
                    .filter_map(|f| f.primary.as_ref()?.span.clone())
                    .collect();
                repaired.retain(|f| {
                    !std::ptr::eq(f.rule, &S003)
                        || !f
                            .primary
                            .as_ref()
                            .and_then(|l| l.span.as_ref())
                            .is_some_and(|s| told.contains(s))
                });
                return (value.filter(|_| !broken), repaired, dropped);
            }
            Step::Repair(finding, same, readable) => {
                if !readable {
                    // the repaired value itself (padding blanks after it left out)
                    let len = same.with.trim_end().len();
                    unreadable.push(same.span.start..same.span.start + len);
                }
                repaired.push(*finding);
                let next = same.apply(text);
                if next == text {
                    // a repair that changes nothing: blank the statement to read on
                    broken = true;
                    let blank = blank_out(text, &super::syntax::statement(text, same.span.start));
                    let next = blank.apply(text);
                    if next == text {
                        return (None, repaired, Vec::new());
                    }
                    work = Some(next);
                } else {
                    work = Some(next);
                }
            }
            Step::Skip(finding, blank, readable) => {
                repaired.push(*finding);
                broken |= !readable;
                let blanked = blank.apply(text);
                if blanked == text || repaired.len() >= rounds {
                    if repaired.len() >= rounds {
                        repaired.push(stopped(file, repaired.len()));
                    }
                    return (None, repaired, Vec::new());
                }
                work = Some(blanked);
            }
        }
    }
}

/// The edit that makes the bytes of `range` (whole characters) blanks, line breaks kept.
fn blank_out(text: &str, range: &Range<usize>) -> crate::repair::Edit {
    let start = crate::repair::boundary(text, range.start);
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let with = text[start..end]
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' {
                c.to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect();
    crate::repair::Edit {
        span: start..end,
        with,
    }
}

/// Warnings for what ogp reads but editors' TOML tools reject (see `syntax::portability`),
/// reading only the `{ }` tables when the parser has said where they are.
fn portability(text: &str, file: FileId, tables: Option<Vec<Range<usize>>>) -> Vec<Finding> {
    match tables {
        Some(mut t) => super::syntax::portability_in(text, &mut t),
        None => super::syntax::portability(text),
    }
    .into_iter()
    .map(|(span, message, edit)| {
        let mut f = Finding::new(&S001, message)
            .warning()
            .help(if edit.is_some() {
                t!("s001-portable-help")
            } else {
                t!("s001-portable-help-plain")
            })
            .at(file, span, t!("s001-portable-label"));
        if let Some(e) = edit {
            f = f.fix(e);
        }
        f
    })
    .collect()
}

/// The finding that says the search for mistakes stopped.
fn stopped(file: FileId, n: usize) -> Finding {
    Finding::new(&S001, t!("s001-stopped", n = n))
        .help(t!("s001-stopped-help"))
        .at_file(file)
}

/// An empty file (or one of comments only) of a kind that needs keys: one finding that says
/// so and what the file holds, instead of a missing key.
fn empty_file<T: DeserializeOwned + DirectFile + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
) -> Option<Finding> {
    let blank = src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if !blank {
        return None;
    }
    let required = crate::schema::required_keys::<T>(&[]);
    if required.is_empty() {
        return None;
    }
    let table = DeTable::parse(src).ok()?;
    if T::read_file(table.get_ref(), &mut direct::Cx::new(src)).is_some() {
        return None;
    }
    let keys = required
        .iter()
        .map(|k| match crate::schema::takes::<T>(&[], k) {
            Some(crate::schema::Takes::Table) => format!("[{k}]"),
            Some(crate::schema::Takes::Tables) => format!("[[{k}]]"),
            _ => format!("`{k}`"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let message = if src.trim().is_empty() {
        t!("s002-empty-file", keys = keys)
    } else {
        t!("s002-comments-only", keys = keys)
    };
    Some(
        Finding::new(&S002, message)
            .help(t!("s002-empty-file-help"))
            .at(file, 0..0, t!("s002-empty-file-label")),
    )
}

/// How many mechanical repairs [`parse_doc`] makes in memory in one file before it reads the
/// file as it is.
const MAX_REPAIRS: usize = 64;

/// One reading of a document: done, or a mistake with a certain repair to make (as an edit of
/// the same length, so every offset stays that of the file) before reading it again.
enum Step<T> {
    /// The value (if the file can be read), the findings, and what was left out.
    Done(Option<T>, Vec<Finding>, Vec<Dropped>),
    /// The finding, the edit, and whether the repaired value may be read: a date typed wrong
    /// is only repaired so that the rest of the file can be read; the value itself stays
    /// unreadable (left out, as a wrong value is), so no verdict rests on a guessed date.
    Repair(Box<Finding>, crate::repair::Edit, bool),
    /// A syntax mistake without a certain repair: the finding, the bytes to blank out before
    /// reading on (to find the next mistake), and whether the file can still be read without
    /// them (a note without #, a Markdown fence).
    Skip(Box<Finding>, crate::repair::Edit, bool),
}

/// A finding for a recognised mistake.
fn hinted(rule: &'static crate::catalog::Rule, h: &crate::repair::Hint, file: FileId) -> Finding {
    let mut f = Finding::new(rule, h.message.clone())
        .help(h.help.clone())
        .at(file, h.span.clone(), h.label.clone());
    if let Some((span, text)) = &h.related {
        f = f.also(file, span.clone(), text.clone());
    }
    if let Some(e) = &h.edit {
        f = f.fix(e.clone());
    }
    f
}

/// The step for a recognised mistake: a repair to make when it is certain and fits in place,
/// else just the finding.
fn repair_or_report<T>(
    rule: &'static crate::catalog::Rule,
    h: &crate::repair::Hint,
    text: &str,
    file: FileId,
    repair: bool,
    readable: bool,
) -> Option<Step<T>> {
    let same = h.edit.as_ref().and_then(|e| e.same_length(text))?;
    repair.then(|| Step::Repair(Box::new(hinted(rule, h, file)), same, readable))
}

/// One reading of the document: a syntax error ends it; a well-formed file with no unknown key
/// is read at once; anything else goes through [`recover`].
fn parse_once<T: DeserializeOwned + DirectFile + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    repair: bool,
    unreadable: &[Range<usize>],
    broken: bool,
    tables: &mut Option<Vec<Range<usize>>>,
) -> Step<T> {
    let table = match DeTable::parse(src) {
        Ok(t) => t,
        Err(e) => {
            // the first mistake in the file's order (the parser may report a later one first)
            let (_, all) = DeTable::parse_recoverable(src);
            let first = all
                .iter()
                .min_by_key(|e| e.span().map_or(usize::MAX, |s| s.start))
                .unwrap_or(&e);
            return syntax_error::<T>(src, first, file, repair);
        }
    };
    // a file with a syntax mistake is not read: the rest was parsed only to find more
    if broken {
        return Step::Done(None, Vec::new(), Vec::new());
    }
    // Fast path, the common case: a well-formed file that is exactly what the format takes is
    // read straight from the parsed table (see `direct`), noting where its `{ }` tables are
    // for the portability scan. Anything else is read again through serde, which finds and
    // words every mistake, so the findings are the same either way.
    if unreadable.is_empty() {
        let mut cx = direct::Cx::new(src);
        if let Some(v) = T::read_file(table.get_ref(), &mut cx) {
            *tables = Some(cx.tables);
            return Step::Done(Some(v), Vec::new(), Vec::new());
        }
    }
    recover(src, table, file, repair, unreadable)
}

/// The step for a document that is not valid TOML: a certain repair to make, or the finding
/// and what to blank out to read on.
fn syntax_error<T: schemars::JsonSchema + 'static>(
    src: &str,
    e: &toml::de::Error,
    file: FileId,
    repair: bool,
) -> Step<T> {
    use crate::repair;
    let span = e.span().unwrap_or(0..0);
    let msg = tidy(e.message());
    let date = (msg != "duplicate key")
        .then(|| repair::date(src, span.start))
        .flatten();
    let is_date = date.is_some();
    let hint = if msg == "duplicate key" {
        repair::duplicate(src, span.start)
    } else {
        date.or_else(|| repair::curly_quotes(src, span.start))
    };
    if let Some(h) = &hint {
        // a date the parser took for one but could not read (2026-5-15) is a wrong value
        let rule = if msg.starts_with("invalid date") {
            &S002
        } else {
            &S001
        };
        if let Some(step) = repair_or_report(rule, h, src, file, repair, !is_date) {
            return step;
        }
        // a table given twice: a placeholder header keeps its keys out of the table above
        let blank = super::syntax::header_line(src, span.start)
            .and_then(|h| super::syntax::placeholder(&h))
            .unwrap_or_else(|| blank_out(src, &super::syntax::statement(src, span.start)));
        return Step::Skip(Box::new(hinted(rule, h, file)), blank, false);
    }
    if msg.contains("recursion") {
        let f = Finding::new(&S001, t!("s001-too-deep", parser = &msg))
            .help(t!("s001-too-deep-help"))
            .at(file, span, t!("s001-too-deep-label"));
        return Step::Done(None, vec![f], Vec::new());
    }
    let token = src.get(span.clone()).unwrap_or("");
    if (msg.starts_with("invalid date") || msg.starts_with("invalid time"))
        && super::syntax::looks_like_a_day(token)
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || "-:.+TZtz ".contains(c))
    {
        let f = Finding::new(&S002, t!("s002-impossible-date", parser = &msg))
            .help(t!("s002-impossible-date-help"))
            .at(file, span.clone(), t!("s002-impossible-date-label"));
        let blank = blank_out(src, &super::syntax::statement(src, span.start));
        return Step::Skip(Box::new(f), blank, false);
    }
    let m = super::syntax::diagnose(src, span, &msg, super::syntax::Shape::of::<T>());
    let f = hinted(&S001, &m.hint, file).fact(m.fact);
    match m.then {
        super::syntax::Then::Edit(edit, true) if repair => Step::Repair(Box::new(f), edit, true),
        super::syntax::Then::Edit(edit, _) => Step::Skip(Box::new(f), edit, false),
        super::syntax::Then::Blank(r, readable) => {
            Step::Skip(Box::new(f), blank_out(src, &r), readable)
        }
    }
}

#[cfg(test)]
mod key_tests {
    use super::key_before;

    #[test]
    fn keys_with_commas_and_quotes_are_spanned_whole() {
        for (text, key) in [
            (r#"progress = { C1 = 5, C2 = 7 }"#, "C2"),
            (r#"progress = { C1 = 5, "C,2" = 7 }"#, r#""C,2""#),
            (r#"progress = { C1 = 5, "C\"2, x" = 7 }"#, r#""C\"2, x""#),
            (r#"progress = { C1 = 5, 'a "b", c' = 7 }"#, r#"'a "b", c'"#),
        ] {
            let at = text.rfind('7').unwrap();
            assert_eq!(&text[key_before(text, at)], key, "{text}");
        }
    }
}

#[cfg(test)]
mod direct_tests;
