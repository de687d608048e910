//! What the format's schema rejects in a file that is valid TOML: a key in another case, an
//! unknown key (and the key it probably means), a header the format does not need, a value of
//! the wrong kind; and the pruning that lets the values after a wrong one still be checked.

use super::*;
use crate::i18n::Text;

/// A key written in another case or with `-` for `_` (`ID`, `[Strategy]`, `co-created-in`) is
/// the known key written another way, when the table does not also hold that key: it is
/// reported (S003, with the rename as its fix) and read as renamed, so nothing that follows
/// from it — a required key missing, a strategy absent — is reported as well.
pub(super) fn same_key_other_case<T: DeserializeOwned + schemars::JsonSchema + 'static>(
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
pub(super) fn unknown_key<T: schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    path: &[String],
    span: Range<usize>,
    key: String,
) -> Finding {
    let parent = &path[..path.len() - 1];
    let known = crate::schema::known_keys::<T>(parent);
    let hint = crate::load::syntax::suggest_key(&key, &known);
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
            t!("s003-unknown-key-meant", key = &key, meant = k),
            t!("s003-unknown-key-meant-help", meant = k),
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
            if crate::load::syntax::looks_like_a_day(value) && !dates.is_empty() {
                (
                    t!("s003-unknown-key-dates", key = &key, dates = list(&dates)),
                    t!("s003-unknown-key-dates-help"),
                )
            } else if known.is_empty() {
                (
                    t!("s003-unknown-key", key = &key),
                    t!("s003-unknown-key-help"),
                )
            } else {
                (
                    t!("s003-unknown-key", key = &key),
                    t!("s003-unknown-key-help-known", keys = known.join(", ")),
                )
            }
        }
    };
    let mut f =
        Finding::new(&S003, msg)
            .help(help)
            .at(file, span.clone(), t!("s003-unknown-key-label"));
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
pub(super) fn needless_header(
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
    let lead = src[line_start..].len() - src[line_start..].trim_start().len();
    let header = line_start + lead..line_start + src[line_start..line_end].trim_end().len();
    Some(
        Finding::new(&S003, t!("s003-needless-header", header = line))
            .help(t!("s003-needless-header-help"))
            .at(file, header, t!("s003-needless-header-label")),
    )
}

/// The value text after the key ending at `key_end` (`= value`, to the end of the line).
pub(super) fn value_after(src: &str, key_end: usize) -> &str {
    let rest = src.get(key_end..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    line.trim_start()
        .strip_prefix('=')
        .map_or("", |v| v.trim_start())
}

/// Reports the wrong value serde stopped at (`msg`, at `span`) into `findings`, or gives the
/// step that repairs it when it is a recognised mistake with a certain repair. A missing key
/// that only follows from a value pruned before is not reported again.
pub(super) fn wrong_value<T>(
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
        repair::single_for_list(src, span.start)
            .or_else(|| crate::load::syntax::one_for_list(src, span))
    } else if msg.contains("expected struct") {
        crate::load::syntax::double_for_single(src, span)
    } else if msg.starts_with("unknown variant ") {
        let exact = crate::load::syntax::enum_value(src, span, msg, false);
        readable &= exact.is_some();
        exact.or_else(|| crate::load::syntax::enum_value(src, span, msg, true))
    } else if msg.starts_with("invalid type: string") && msg.ends_with("expected f64") {
        crate::load::syntax::quoted_number(src, span)
    } else if msg.starts_with("invalid type: string") && msg.ends_with("expected a boolean") {
        crate::load::syntax::quoted_bool(src, span)
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

pub(super) fn tidy(msg: &str) -> String {
    msg.trim().trim_end_matches('.').replace('\n', " ")
}

/// Rewrites serde's wording into the checker's: the message and the label under the value.
/// What the reader quotes from the file (a value, a kind ogp has no words of its own for) is
/// kept as it gives it.
pub(super) fn explain_serde(msg: &str) -> (Text, Text) {
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        return (
            t!("s002-missing-key", key = key),
            t!("s002-missing-key-label", key = key),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = match rest.rsplit_once(", expected ") {
            Some((f, e)) => (f, Some(e)),
            None => (rest, None),
        };
        let found = found_words(found);
        let message = match expected {
            Some("a TOML datetime") => {
                return (
                    t!("s002-wrong-type-date", found = found),
                    t!("s001-takes-date-label"),
                );
            }
            Some(e) => t!(
                "s002-wrong-type",
                found = found,
                expected = expected_words(e)
            ),
            None => t!("s002-wrong-type-alone", found = found),
        };
        return (message, t!("s002-wrong-type-label"));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return (unknown_variant(rest), t!("s002-value-label"));
    }
    (
        date_error(msg).unwrap_or_else(|| t!("s002-invalid-value", parser = msg)),
        t!("s002-invalid-value-label"),
    )
}

/// What serde found, in the words docs/format.md uses (`the number 5`, `a list [ ]`).
fn found_words(found: &str) -> Text {
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    match (kind, value) {
        ("sequence", "") => t!("s002-found-list"),
        ("map", "") => t!("s002-found-table"),
        ("integer", v) if !v.is_empty() => t!("s002-found-number", value = v),
        ("floating", v) if v.starts_with("point ") => {
            t!("s002-found-number", value = &v["point ".len()..])
        }
        ("boolean", v) if !v.is_empty() => Text::Plain(v.to_string()),
        ("string", v) if !v.is_empty() => t!("s002-found-text", value = v),
        _ => Text::Plain(found.to_string()),
    }
}

/// What the format takes, as serde names it, in plain words.
fn expected_words(expected: &str) -> Text {
    match expected {
        "f64" => t!("s002-expected-number"),
        "i64" => t!("s002-expected-whole-number"),
        "a sequence" => t!("s002-expected-list"),
        "a map" => t!("s002-expected-table"),
        "a string" => t!("s002-expected-text"),
        "a boolean" => t!("s002-expected-bool"),
        other => Text::Plain(other.to_string()),
    }
}

/// serde's "unknown variant `x`, expected `a` or `b`" (after "unknown variant "): the value
/// and the allowed ones, or serde's words when they are not of that form.
fn unknown_variant(rest: &str) -> Text {
    let parsed = rest
        .strip_prefix('`')
        .and_then(|r| r.split_once("`, expected "));
    if let Some((value, allowed)) = parsed {
        let names: Vec<String> = allowed
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|n| format!("`{n}`"))
            .collect();
        let serde = match names.as_slice() {
            [] => String::new(),
            [a] => a.clone(),
            [a, b] => format!("{a} or {b}"),
            many => format!("one of {}", many.join(", ")),
        };
        // only when the names were read right: serde's words otherwise
        if !names.is_empty() && serde == allowed {
            return t!(
                "s002-unknown-value",
                value = value,
                n = names.len(),
                first = names[0].clone(),
                second = names.get(1).cloned().unwrap_or_default(),
                allowed = names.join(", ")
            );
        }
    }
    t!("s002-unknown-value-raw", parser = rest)
}

/// The date errors of the format's own date type (`crate::date`), in the run's language.
fn date_error(msg: &str) -> Option<Text> {
    if let Some((date, rest)) = msg.split_once(" has the year ") {
        let (year, rest) = rest.split_once(", ")?;
        let (side, rest) = rest.split_once(' ')?;
        let bound = rest.strip_suffix(
            ", which no plan record can mean; correct the year (a typo such as 2207 for 2027)",
        )?;
        return Some(t!(
            "s002-implausible-year",
            date = date,
            year = year,
            side = side,
            bound = bound
        ));
    }
    if let Some(date) = msg.strip_suffix(" is not a real calendar date") {
        return Some(t!("s002-not-a-calendar-date", date = date));
    }
    if let Some(rest) = msg.strip_prefix("expected a date, found the date-time ") {
        let (found, date) = rest.split_once("; write just the date: ")?;
        return Some(t!("s002-date-time", found = found, date = date));
    }
    msg.strip_prefix("expected a date such as 2026-05-15, found ")
        .map(|found| t!("s002-not-a-date", found = found))
}

pub(super) fn help_for(msg: &str) -> Text {
    if msg.starts_with("missing field") {
        t!("s002-missing-key-help")
    } else if msg.contains("date") {
        t!("s002-date-help")
    } else {
        t!("s002-value-help-schema")
    }
}

pub(super) fn segments(p: &serde_ignored::Path<'_>) -> Vec<String> {
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
pub(super) fn locate_key(
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

/// What [`prune`] removed: the table it was in (keys and array indices) and its key, or no
/// key for a whole array element (the table path then ends with its index).
pub(super) type Removed = (Vec<String>, Option<String>);

/// Removes the innermost key or array element whose value holds `span`, and says which. The
/// search visits every container, since an array of tables does not always span all of its
/// elements.
pub(super) fn prune(
    root: &mut toml::Spanned<DeTable<'_>>,
    span: &Range<usize>,
    removed: &mut Vec<String>,
) -> Option<Removed> {
    fn holds(outer: Range<usize>, inner: &Range<usize>) -> bool {
        outer.start <= inner.start && inner.end <= outer.end
    }
    fn inside(
        v: &mut toml::Spanned<DeValue<'_>>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
        at: &mut Vec<String>,
    ) -> Option<Removed> {
        let whole = v.span() == *span;
        match v.get_mut() {
            DeValue::Table(t) if !whole => in_table(t, span, removed, at),
            DeValue::Array(a) => in_array(a, span, removed, at),
            _ => None,
        }
    }
    fn in_table(
        t: &mut DeTable<'_>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
        at: &mut Vec<String>,
    ) -> Option<Removed> {
        let keys: Vec<_> = t.keys().cloned().collect();
        for k in keys {
            let Some(v) = t.get_mut(&k) else { continue };
            at.push(k.get_ref().to_string());
            if let Some(r) = inside(v, span, removed, at) {
                return Some(r);
            }
            at.pop();
            if holds(v.span(), span) || holds(k.span(), span) {
                removed.push(k.get_ref().to_string());
                t.remove(&k);
                return Some((at.clone(), Some(k.get_ref().to_string())));
            }
        }
        None
    }
    fn in_array(
        a: &mut toml::de::DeArray<'_>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
        at: &mut Vec<String>,
    ) -> Option<Removed> {
        let mut hit = None;
        for (i, v) in a.as_mut().iter_mut().enumerate() {
            at.push(i.to_string());
            if let Some(r) = inside(v, span, removed, at) {
                return Some(r);
            }
            at.pop();
            if holds(v.span(), span) {
                hit = Some(i);
                break;
            }
        }
        let idx = hit?;
        let mut kept = toml::de::DeArray::new();
        for (i, v) in a.iter().enumerate() {
            if i != idx {
                kept.push(v.clone());
            }
        }
        *a = kept;
        let mut path = at.clone();
        path.push(idx.to_string());
        Some((path, None))
    }
    in_table(root.get_mut(), span, removed, &mut Vec::new())
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
