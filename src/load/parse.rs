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
    loop {
        let text = work.as_deref().unwrap_or(src);
        let repair = repaired.len() < MAX_REPAIRS;
        match parse_once::<T>(text, file, repair, &unreadable) {
            Step::Done(value, findings) => {
                repaired.extend(findings);
                return (value, repaired);
            }
            Step::Repair(finding, same, readable) => {
                if !readable {
                    // the repaired value itself (padding blanks after it left out)
                    let len = same.with.trim_end().len();
                    unreadable.push(same.span.start..same.span.start + len);
                }
                repaired.push(*finding);
                work = Some(same.apply(text));
            }
        }
    }
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
) -> Step<T> {
    let table = match DeTable::parse(src) {
        Ok(t) => t,
        Err(e) => return syntax_error(src, &e, file, repair),
    };
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

/// The step for a document that is not valid TOML: a certain repair to make, or the finding.
fn syntax_error<T>(src: &str, e: &toml::de::Error, file: FileId, repair: bool) -> Step<T> {
    use crate::repair;
    let mut findings = Vec::new();
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
        let rule = if msg.starts_with("invalid date") {
            &S002
        } else {
            &S001
        };
        if let Some(step) = repair_or_report(rule, h, src, file, repair, !is_date) {
            return step;
        }
        findings.push(hinted(rule, h, file));
        return Step::Done(None, findings);
    }
    let f = if msg.starts_with("invalid date") || msg.starts_with("invalid time") {
        Finding::new(&S002, format!("this is not a real date: {msg}"))
            .help("write a date that exists, such as 2026-02-28")
            .at(file, span, "impossible date")
    } else if msg.contains("recursion") {
        Finding::new(
            &S001,
            format!("this is not valid TOML for ogp: values are nested too deeply ({msg})"),
        )
        .help("plan files nest tables and arrays a few levels deep; remove the extra brackets")
        .at(file, span, "nested too deeply")
    } else {
        Finding::new(&S001, format!("this is not valid TOML: {msg}")).at(file, span, "here")
    };
    findings.push(f);
    Step::Done(None, findings)
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

/// The S003 finding for the unknown key `key` at `path`, suggesting the closest known key
/// (with a fix that renames it, when the key is written bare).
fn unknown_key<T: schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    path: &[String],
    span: Range<usize>,
    key: String,
) -> Finding {
    let known = crate::schema::known_keys::<T>(&path[..path.len() - 1]);
    let hint = suggest(&key, &known);
    let (msg, help) = match &hint {
        Some(k) => (
            format!("unknown key `{key}`; did you mean `{k}`?"),
            format!("rename it to `{k}`"),
        ),
        None => (
            format!("unknown key `{key}`"),
            if known.is_empty() {
                "remove it".to_string()
            } else {
                format!("remove it; the keys known here are: {}", known.join(", "))
            },
        ),
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
    let hint = if msg.ends_with("expected a TOML datetime") {
        repair::date(src, span.start)
    } else if msg.contains("expected a sequence") {
        repair::single_for_list(src, span.start)
    } else {
        None
    };
    if let Some(h) = &hint {
        let readable = !msg.ends_with("expected a TOML datetime");
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
            .replace("expected a sequence", "expected an array")
            .replace("expected a map", "expected a table")
            .replace("a string", "a string in quotes");
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

/// The closest known key, if one is close enough to be a plausible typo.
fn suggest(key: &str, known: &[String]) -> Option<String> {
    let lower = key.to_ascii_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&lower, k),
                strsim::jaro_winkler(&lower, k),
                k,
            )
        })
        .filter(|(d, jw, k)| *d <= (k.len().max(3) / 3).max(1) || *jw >= 0.85)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, k)| k.clone())
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
