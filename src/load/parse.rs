//! Parsing one plan file with recovery: every problem becomes a finding, a certain mechanical
//! repair (a date typed wrong, a duplicate key) is made in memory and the file read again, and
//! a value of the wrong shape is pruned so that the values after it are still checked.

use super::read::Files;
use super::tree::Kind;
use super::{Jurisdiction, Loaded, display};
use crate::diag::{FileId, Finding};
use crate::rules::structure::{S001, S002, S003, S007};
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// Reads and parses one file. A missing optional file is `Absent`; a missing required one is
/// S007; unreadable text or bad TOML is S001; values of the wrong shape are S002; unknown keys
/// are S003 and do not stop the file from loading.
pub(super) fn load_file<T: DeserializeOwned + schemars::JsonSchema + 'static>(
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
                .push(Finding::new(&S007, "this required file is missing").at_file(id));
            return Loaded::Broken(id);
        }
        return Loaded::Absent;
    };
    match files.read(path, kind) {
        Err(why) => {
            let id = j.add_source(display(path), String::new());
            j.findings.push(
                Finding::new(&S001, format!("the file cannot be read: {why}"))
                    .help("make it a UTF-8 text file in TOML format")
                    .at_file(id),
            );
            Loaded::Broken(id)
        }
        Ok((text, bom)) => {
            let id = j.add_source(display(path), text);
            j.sources[id].bom = bom;
            j.sources[id].read = true;
            let (value, findings) = parse_doc::<T>(&j.sources[id].text, id);
            if bom {
                j.findings.push(
                    Finding::new(
                        &S001,
                        "this file starts with a byte-order mark (BOM): ogp reads it, but editors' TOML tools and other programs reject the file",
                    )
                    .warning()
                    .fact(crate::diag::Fact::ByteOrderMark)
                    .help("save the file as UTF-8 without BOM (in Notepad: Save as, Encoding \"UTF-8\", not \"UTF-8 with BOM\")")
                    .at(id, 0..0, "byte-order mark"),
                );
            }
            j.findings.extend(findings);
            match value {
                Some(v) => Loaded::Ok(id, v),
                None => Loaded::Broken(id),
            }
        }
    }
}

/// How many bytes of document the prune-and-retry loop of [`parse_doc`] may re-read in all.
const RETRY_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// Parses a TOML document into `T`, reporting every problem it can find.
///
/// A value of the wrong shape is reported and then pruned from the document, and parsing is
/// tried again, so one bad meeting does not hide the next one; a document that cannot be
/// recovered this way gives `None`.
pub fn parse_doc<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
) -> (Option<T>, Vec<Finding>) {
    let mut repaired: Vec<Finding> = Vec::new();
    let mut unreadable: Vec<Range<usize>> = Vec::new();
    let mut work: Option<String> = None;
    // a syntax mistake was blanked out to find the next one: the file is not read
    let mut broken = false;
    // each reading costs time in proportion to the file: a big file gets fewer
    let rounds = (RETRY_BUDGET_BYTES / src.len().max(1)).clamp(2, MAX_REPAIRS);
    if let Some(f) = empty_file::<T>(src, file) {
        return (None, vec![f]);
    }
    loop {
        let text = work.as_deref().unwrap_or(src);
        let repair = repaired.len() < rounds;
        match parse_once::<T>(text, file, repair, &unreadable, broken) {
            Step::Done(value, findings) => {
                repaired.extend(findings);
                if !broken {
                    repaired.extend(portability(text, file));
                }
                // a key already told to be written another way (S001) is not unknown too
                let told: Vec<Range<usize>> = repaired
                    .iter()
                    .filter(|f| f.rule.code == "S001")
                    .filter_map(|f| f.primary.as_ref()?.span.clone())
                    .collect();
                repaired.retain(|f| {
                    f.rule.code != "S003"
                        || !f
                            .primary
                            .as_ref()
                            .and_then(|l| l.span.as_ref())
                            .is_some_and(|s| told.contains(s))
                });
                return (value.filter(|_| !broken), repaired);
            }
            Step::Repair(mut finding, same, readable) => {
                finding.read_on = readable;
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
                        return (None, repaired);
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
                    return (None, repaired);
                }
                work = Some(blanked);
            }
        }
    }
}

/// The edit that makes the bytes of `range` (whole characters) blanks, line breaks kept.
fn blank_out(text: &str, range: &Range<usize>) -> crate::repair::Edit {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
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

/// Warnings for what ogp reads but editors' TOML tools reject (see `syntax::portability`).
fn portability(text: &str, file: FileId) -> Vec<Finding> {
    super::syntax::portability(text)
        .into_iter()
        .map(|(span, message, edit)| {
            let mut f = Finding::new(&S001, message)
                .warning()
                .help(if edit.is_some() {
                    "TOML 1.0, which most editors' tools follow, does not allow it; `ogp check --fix` makes this change for you"
                } else {
                    "TOML 1.0, which most editors' tools follow, does not allow it"
                })
                .at(file, span, "other TOML tools reject this");
            if let Some(e) = edit {
                f = f.fix(e);
            }
            f
        })
        .collect()
}

/// The finding that says the search for mistakes stopped.
fn stopped(file: FileId, n: usize) -> Finding {
    Finding::new(
        &S001,
        format!("ogp stopped looking for mistakes in this file after {n}; there may be more"),
    )
    .help("correct the mistakes reported above and run ogp again")
    .at_file(file)
}

/// An empty file (or one of comments only) of a kind that needs keys: one finding that says
/// so and what the file holds, instead of a missing key.
fn empty_file<T: DeserializeOwned + schemars::JsonSchema + 'static>(
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
    if required.is_empty() || T::deserialize(toml::de::Deserializer::parse(src).ok()?).is_ok() {
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
    let what = if src.trim().is_empty() {
        "this file is empty"
    } else {
        "this file holds only comments"
    };
    Some(
        Finding::new(&S002, format!("{what}; it needs at least {keys}"))
            .help("write the file's keys (docs/format.md shows every file written out, and `ogp init` writes a complete example), or remove the file")
            .at(file, 0..0, "nothing to read"),
    )
}

/// How many mechanical repairs [`parse_doc`] makes in memory in one file before it reads the
/// file as it is.
const MAX_REPAIRS: usize = 64;

/// One reading of a document: done, or a mistake with a certain repair to make (as an edit of
/// the same length, so every offset stays that of the file) before reading it again.
enum Step<T> {
    Done(Option<T>, Vec<Finding>),
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
fn hinted(rule: &'static crate::registry::Rule, h: &crate::repair::Hint, file: FileId) -> Finding {
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
    rule: &'static crate::registry::Rule,
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
fn parse_once<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    repair: bool,
    unreadable: &[Range<usize>],
    broken: bool,
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
        return Step::Done(None, Vec::new());
    }
    // Fast path, the common case: a well-formed file with no unknown key deserializes on the
    // first attempt, straight from the parsed table (no copy kept for recovery). Anything else
    // starts over below on a fresh parse, so the findings are the same either way.
    let mut clean = unreadable.is_empty();
    if clean {
        let first: Result<T, _> =
            serde_ignored::deserialize(toml::de::Deserializer::from(table), |_| clean = false);
        if let (Ok(v), true) = (first, clean) {
            return Step::Done(Some(v), Vec::new());
        }
    }
    recover(src, file, repair, unreadable)
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
        let f = Finding::new(
            &S001,
            format!("this is not valid TOML for ogp: values are nested too deeply ({msg})"),
        )
        .help("plan files nest tables and arrays a few levels deep; remove the extra brackets")
        .at(file, span, "nested too deeply");
        return Step::Done(None, vec![f]);
    }
    let token = src.get(span.clone()).unwrap_or("");
    if (msg.starts_with("invalid date") || msg.starts_with("invalid time"))
        && super::syntax::looks_like_a_day(token)
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || "-:.+TZtz ".contains(c))
    {
        let f = Finding::new(&S002, format!("this is not a real date: {msg}"))
            .help("write a date that exists, such as 2026-02-28")
            .at(file, span.clone(), "impossible date");
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

/// Reads a well-formed document again and again, reporting each unknown key once and each
/// wrong value (then pruned from the table), until it deserializes or the attempts run out.
fn recover<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    repair: bool,
    unreadable: &[Range<usize>],
) -> Step<T> {
    let mut findings = Vec::new();
    let mut table = DeTable::parse(src).expect("the text parsed a moment ago");
    let mut unknown: std::collections::HashSet<(usize, usize)> = Default::default();
    let mut pruned: Vec<String> = Vec::new();
    // dates repaired only so that the rest could be read: left out, as a wrong value is
    for span in unreadable {
        prune(&mut table, span, &mut pruned);
    }
    // Each attempt costs time in proportion to the file: a big file gets fewer attempts, so
    // a file full of bad values is reported in bounded time (its first problems, at least).
    let attempts = (RETRY_BUDGET_BYTES / src.len().max(1)).clamp(1, 256);
    for _attempt in 0..attempts {
        let de = toml::de::Deserializer::from(table.clone());
        let mut seen: Vec<Vec<String>> = Vec::new();
        let res: Result<T, _> = serde_ignored::deserialize(de, |p| seen.push(segments(&p)));
        if repair {
            if let Some(step) = same_key_other_case::<T>(src, file, &table, &seen) {
                return step;
            }
        }
        for path in seen {
            if let Some((span, key)) = locate_key(&table, &path) {
                if unknown.insert((span.start, span.end)) {
                    findings.push(unknown_key::<T>(src, file, &path, span, key));
                }
            }
        }
        match res {
            Ok(v) => return Step::Done(Some(v), findings),
            Err(e) => {
                let span = e.span().unwrap_or(0..src.len());
                let msg = tidy(e.message());
                if let Some(step) =
                    wrong_value(src, file, repair, &msg, &span, &pruned, &mut findings)
                {
                    return step;
                }
                if !prune(&mut table, &span, &mut pruned) {
                    return Step::Done(None, findings);
                }
            }
        }
    }
    findings.push(
        Finding::new(
            &S002,
            format!(
                "ogp stopped reading this file after {attempts} wrong values; there may be more"
            ),
        )
        .help("correct the values reported above and run ogp again")
        .at_file(file),
    );
    Step::Done(None, findings)
}

/// A key written in another case or with `-` for `_` (`ID`, `[Strategy]`, `co-created-in`) is
/// the known key written another way, when the table does not also hold that key: it is
/// reported (S003, with the rename as its fix) and read as renamed, so nothing that follows
/// from it — a required key missing, a strategy absent — is reported as well.
fn same_key_other_case<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    table: &toml::Spanned<DeTable<'_>>,
    seen: &[Vec<String>],
) -> Option<Step<T>> {
    for path in seen {
        let Some((span, key)) = locate_key(table, path) else {
            continue;
        };
        if src.get(span.clone()) != Some(key.as_str())
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            continue;
        }
        let parent = &path[..path.len() - 1];
        let known = crate::schema::known_keys::<T>(parent);
        let want = key.to_ascii_lowercase().replace('-', "_");
        if want == key || !known.contains(&want) {
            continue;
        }
        let mut twin = parent.to_vec();
        twin.push(want.clone());
        if locate_key(table, &twin).is_some() {
            continue;
        }
        let f = unknown_key::<T>(src, file, path, span.clone(), key);
        let edit = crate::repair::Edit { span, with: want };
        return Some(Step::Repair(Box::new(f), edit, true));
    }
    None
}

/// The S003 finding for the unknown key `key` at `path`, suggesting the closest known key
/// (with a fix that renames it, when the key is written bare).
fn unknown_key<T: schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    path: &[String],
    span: Range<usize>,
    key: String,
) -> Finding {
    let parent = &path[..path.len() - 1];
    let known = crate::schema::known_keys::<T>(parent);
    let hint = super::syntax::suggest_key(&key, &known);
    // `[[milestones]]` is the table `milestone` misspelt, not a needless header
    let a_table = hint.as_ref().is_some_and(|k| {
        matches!(
            crate::schema::takes::<T>(parent, k),
            Some(crate::schema::Takes::Table | crate::schema::Takes::Tables)
        )
    });
    if !a_table {
        if let Some(f) = needless_header(src, file, &span, &key, &known) {
            return f;
        }
    }
    let (msg, help) = match &hint {
        Some(k) => (
            format!("unknown key `{key}`; did you mean `{k}`?"),
            format!("rename it to `{k}`"),
        ),
        None => {
            // what the value is tells which keys it may belong to: never advise deleting it
            let value = value_after(src, span.end);
            let dates: Vec<String> = known
                .iter()
                .filter(|k| {
                    crate::schema::takes::<T>(parent, k) == Some(crate::schema::Takes::Date)
                })
                .cloned()
                .collect();
            let list = |keys: &[String]| {
                keys.iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if super::syntax::looks_like_a_day(value) && !dates.is_empty() {
                (
                    format!(
                        "unknown key `{key}`; the dates this table records are {}",
                        list(&dates)
                    ),
                    "rename it to the date it is (docs/format.md says what each means); if it is only a note, put # before the line".to_string(),
                )
            } else if known.is_empty() {
                (
                    format!("unknown key `{key}`"),
                    "ogp does not read it: if it is a note, put # before the line to keep it as a comment".to_string(),
                )
            } else {
                (
                    format!("unknown key `{key}`"),
                    format!(
                        "ogp does not read it: if it records one of the keys known here ({}), rename it; if it is a note, put # before the line to keep it as a comment",
                        known.join(", ")
                    ),
                )
            }
        }
    };
    let mut f =
        Finding::new(&S003, msg)
            .help(help)
            .at(file, span.clone(), "not a key of this table");
    // one clear suggestion for a bare key: `ogp check --fix` renames it
    if let Some(k) = &hint {
        if src.get(span.clone()) == Some(key.as_str()) {
            f = f.fix(crate::repair::Edit {
                span,
                with: k.clone(),
            });
        }
    }
    f
}

/// `[plan]` above keys that belong at the top of the file (or in the table above): the header
/// to remove, not a key to rename.
fn needless_header(
    src: &str,
    file: FileId,
    span: &Range<usize>,
    key: &str,
    known: &[String],
) -> Option<Finding> {
    let line_start = src[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[span.start..]
        .find('\n')
        .map_or(src.len(), |i| span.start + i);
    let line = src[line_start..line_end].trim();
    if !line.starts_with('[') {
        return None;
    }
    // the keys below the header, up to the next one
    let mut keys = Vec::new();
    for l in src[line_end..].lines().skip(1) {
        let l = l.trim();
        if l.starts_with('[') {
            break;
        }
        if let Some((k, _)) = l.split_once('=') {
            if !l.starts_with('#') {
                keys.push(k.trim().to_string());
            }
        }
    }
    let belong = keys.iter().filter(|k| known.contains(k)).count();
    if keys.is_empty() || belong * 2 < keys.len() || known.iter().any(|k| k == key) {
        return None;
    }
    Some(
        Finding::new(
            &S003,
            format!(
                "unknown table `{line}`: the keys under it need no header of their own; remove the line {line} and keep the keys"
            ),
        )
        .help("delete just the header line; the keys under it stay as they are")
        .at(file, line_start + (src[line_start..].len() - src[line_start..].trim_start().len())..line_start + (src[line_start..line_end].trim_end().len()), "not a table of this file"),
    )
}

/// The value text after the key ending at `key_end` (`= value`, to the end of the line).
fn value_after(src: &str, key_end: usize) -> &str {
    let rest = src.get(key_end..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    line.trim_start()
        .strip_prefix('=')
        .map_or("", |v| v.trim_start())
}

/// Reports the wrong value serde stopped at (`msg`, at `span`) into `findings`, or gives the
/// step that repairs it when it is a recognised mistake with a certain repair. A missing key
/// that only follows from a value pruned before is not reported again.
fn wrong_value<T>(
    src: &str,
    file: FileId,
    repair: bool,
    msg: &str,
    span: &Range<usize>,
    pruned: &[String],
    findings: &mut Vec<Finding>,
) -> Option<Step<T>> {
    use crate::repair;
    // a repaired value is read, but for a date (a guess) or a value near an allowed one (a typo)
    let mut readable = !msg.ends_with("expected a TOML datetime");
    let hint = if msg.ends_with("expected a TOML datetime") {
        repair::date(src, span.start)
    } else if msg.contains("expected a sequence") {
        repair::single_for_list(src, span.start).or_else(|| super::syntax::one_for_list(src, span))
    } else if msg.contains("expected struct") {
        super::syntax::double_for_single(src, span)
    } else if msg.starts_with("unknown variant ") {
        let exact = super::syntax::enum_value(src, span, msg, false);
        readable &= exact.is_some();
        exact.or_else(|| super::syntax::enum_value(src, span, msg, true))
    } else if msg.starts_with("invalid type: string") && msg.ends_with("expected f64") {
        super::syntax::quoted_number(src, span)
    } else if msg.starts_with("invalid type: string") && msg.ends_with("expected a boolean") {
        super::syntax::quoted_bool(src, span)
    } else {
        None
    };
    if let Some(h) = &hint {
        if let Some(step) = repair_or_report(&S002, h, src, file, repair, readable) {
            return Some(step);
        }
        findings.push(hinted(&S002, h, file));
        return None;
    }
    let follows_prune = msg
        .strip_prefix("missing field ")
        .is_some_and(|k| pruned.iter().any(|p| k.trim_matches('`') == p));
    if !follows_prune {
        let (message, label) = explain_serde(msg);
        findings.push(Finding::new(&S002, message).help(help_for(msg)).at(
            file,
            span.clone(),
            label,
        ));
    }
    None
}

fn tidy(msg: &str) -> String {
    msg.trim().trim_end_matches('.').replace('\n', " ")
}

/// Rewrites serde's wording into the checker's: the message and the label under the value.
fn explain_serde(msg: &str) -> (String, String) {
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        return (
            format!("the required key `{key}` is missing"),
            format!("`{key}` belongs in this table"),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected i64", "expected a whole number")
            .replace("expected a sequence", "expected a list [ ]")
            .replace("expected a map", "expected a table")
            .replace("a string", "text in quotes");
        // what was found, in the words docs/format.md uses
        let rest = [
            ("sequence,", "a list [ ],"),
            ("map,", "a table { },"),
            ("integer ", "the number "),
            ("floating point ", "the number "),
            ("boolean ", ""),
            ("string ", "the text "),
        ]
        .iter()
        .find_map(|(serde, plain)| rest.strip_prefix(serde).map(|r| format!("{plain}{r}")))
        .unwrap_or(rest);
        let rest = rest.as_str();
        if let Some(found) = rest.strip_suffix(", expected a TOML datetime") {
            return (
                format!("expected a date such as 2026-05-15, found {found}; write dates unquoted"),
                "not a date".into(),
            );
        }
        return (format!("wrong type: {rest}"), "wrong type".into());
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return (
            format!("unknown value {rest}"),
            "not an allowed value".into(),
        );
    }
    (msg.to_string(), "invalid value".into())
}

fn help_for(msg: &str) -> String {
    if msg.starts_with("missing field") {
        "add the key; docs/format.md and `ogp schema` list every required key".into()
    } else if msg.contains("date") {
        "write an unquoted TOML date such as 2026-05-15".into()
    } else {
        "correct the value; the schema in schema/ lists what each key takes".into()
    }
}

fn segments(p: &serde_ignored::Path<'_>) -> Vec<String> {
    use serde_ignored::Path as P;
    match p {
        P::Root => Vec::new(),
        P::Seq { parent, index } => {
            let mut v = segments(parent);
            v.push(index.to_string());
            v
        }
        P::Map { parent, key } => {
            let mut v = segments(parent);
            // toml::Spanned shows up as a map with private keys: not part of the file's path.
            if !key.starts_with("$__serde_spanned_private") {
                v.push(key.clone());
            }
            v
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            segments(parent)
        }
    }
}

/// The span and name of the key at `path` (as serde_ignored reports it).
fn locate_key(
    root: &toml::Spanned<DeTable<'_>>,
    path: &[String],
) -> Option<(Range<usize>, String)> {
    let (last, parents) = path.split_last()?;
    let mut table: &DeTable<'_> = root.get_ref();
    let mut i = 0;
    // Spanned values appear in serde's path as extra segments: skip them.
    let mut value: Option<&DeValue<'_>> = None;
    while i < parents.len() {
        let seg = &parents[i];
        let next = match value {
            Some(DeValue::Array(a)) => seg.parse::<usize>().ok().and_then(|n| a.get(n)),
            _ => table.get(seg.as_str()),
        };
        match next {
            Some(v) => {
                value = Some(v.get_ref());
                if let DeValue::Table(t) = v.get_ref() {
                    table = t;
                }
            }
            None => return None,
        }
        i += 1;
    }
    if let Some(DeValue::Array(_)) = value {
        return None;
    }
    let (key, _) = table.get_key_value(last.as_str())?;
    Some((key.span(), last.clone()))
}

/// Removes the innermost key or array element whose value holds `span`. The search visits
/// every container, since an array of tables does not always span all of its elements.
fn prune(
    root: &mut toml::Spanned<DeTable<'_>>,
    span: &Range<usize>,
    removed: &mut Vec<String>,
) -> bool {
    fn holds(outer: Range<usize>, inner: &Range<usize>) -> bool {
        outer.start <= inner.start && inner.end <= outer.end
    }
    fn inside(
        v: &mut toml::Spanned<DeValue<'_>>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
    ) -> bool {
        let whole = v.span() == *span;
        match v.get_mut() {
            DeValue::Table(t) if !whole => in_table(t, span, removed),
            DeValue::Array(a) => in_array(a, span, removed),
            _ => false,
        }
    }
    fn in_table(t: &mut DeTable<'_>, span: &Range<usize>, removed: &mut Vec<String>) -> bool {
        let keys: Vec<_> = t.keys().cloned().collect();
        for k in keys {
            let Some(v) = t.get_mut(&k) else { continue };
            if inside(v, span, removed) {
                return true;
            }
            if holds(v.span(), span) || holds(k.span(), span) {
                removed.push(k.get_ref().to_string());
                t.remove(&k);
                return true;
            }
        }
        false
    }
    fn in_array(
        a: &mut toml::de::DeArray<'_>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
    ) -> bool {
        let mut hit = None;
        for (i, v) in a.as_mut().iter_mut().enumerate() {
            if inside(v, span, removed) {
                return true;
            }
            if holds(v.span(), span) {
                hit = Some(i);
                break;
            }
        }
        let Some(idx) = hit else { return false };
        let mut kept = toml::de::DeArray::new();
        for (i, v) in a.iter().enumerate() {
            if i != idx {
                kept.push(v.clone());
            }
        }
        *a = kept;
        true
    }
    in_table(root.get_mut(), span, removed)
}

/// The span of the key in `key = value`, given where the value starts (for tables whose keys
/// are data, such as a tracker update's progress). A quoted key (`"C,1" = 5`, `'a "b"' = 5`)
/// is spanned with its quotes, whatever it holds.
pub fn key_before(text: &str, value_start: usize) -> Range<usize> {
    let head = text.get(..value_start).unwrap_or("");
    let Some(eq) = head.rfind('=') else {
        return value_start..value_start;
    };
    let before = head[..eq].trim_end();
    let end = before.len();
    let bytes = before.as_bytes();
    let start = match bytes.last() {
        // a literal key: no escapes, it starts at the previous single quote
        Some(b'\'') => before[..end - 1].rfind('\'').unwrap_or(0),
        // a basic key: the previous double quote that is not escaped
        Some(b'"') => {
            let mut i = end - 1;
            loop {
                match before[..i].rfind('"') {
                    Some(q) => {
                        let slashes = before[..q]
                            .bytes()
                            .rev()
                            .take_while(|b| *b == b'\\')
                            .count();
                        if slashes % 2 == 0 {
                            break q;
                        }
                        i = q;
                    }
                    None => break 0,
                }
            }
        }
        _ => before
            .rfind(|c: char| c.is_whitespace() || c == '{' || c == ',')
            .map(|i| i + 1)
            .unwrap_or(0),
    };
    start..end
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
