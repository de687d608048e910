//! Values the TOML parser stopped at, told as what to write instead: `60%`, `2027-Q3` without
//! quotes, `yes`, text without quotes, a quote inside text, a missing comma in a list.

use super::*;

/// The value the parser stopped at.
pub(super) struct Value {
    /// The key it is the value of (in a `{ }` table, the key inside it).
    pub(super) key: String,
    pub(super) token: Range<usize>,
    pub(super) takes: Option<Takes>,
    pub(super) in_list: bool,
}

pub(super) fn example_for(takes: Option<&Takes>) -> String {
    match takes {
        Some(Takes::Date) => "2026-05-15".into(),
        Some(Takes::Number) => "50".into(),
        Some(Takes::Bool) => "true".into(),
        Some(Takes::List) => "[\"…\"]".into(),
        Some(Takes::OneOf(v)) => format!("\"{}\"", v.first().map_or("…", String::as_str)),
        Some(Takes::Map) => "{ C1 = 50 }".into(),
        _ => "\"…\"".into(),
    }
}

/// A single value written in a form TOML does not read: `60%`, `2027-Q3`, `True`, `120,000`.
pub(super) fn scalar(cx: &Ctx<'_>, v: &Value) -> Option<Mistake> {
    let t = cx.text[v.token.clone()].trim();
    let key = &v.key;
    if let Some(n) = percent(t) {
        let h = hint(
            t!("s001-percent", key = key, value = n.clone()),
            t!("s001-percent-label"),
            t!("s001-percent-help"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), n);
    }
    if let Some(q) = normal_quarter(t) {
        let fixed = format!("\"{q}\"");
        let h = hint(
            t!("s001-quarter", key = key, fixed = fixed.clone()),
            t!("s001-quarter-label"),
            t!("s001-quarter-help"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), fixed);
    }
    if let Some(b) = boolean(t, v.takes.as_ref()) {
        let h = hint(
            t!("s001-bool", key = key, value = b),
            t!("s001-bool-label"),
            t!("s001-bool-help"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), b.into());
    }
    None
}

/// `60%`, `60 %`, `20.5%`: the number without the sign.
pub(super) fn percent(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    let n = [
        "%",
        "percent",
        "per cent",
        "pct",
        "por cento",
        "por ciento",
        "pour cent",
    ]
    .iter()
    .find_map(|s| lower.strip_suffix(s))?
    .trim_end();
    let ok = !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit() || c == '.')
        && n.starts_with(|c: char| c.is_ascii_digit())
        && n.matches('.').count() <= 1
        && !n.ends_with('.');
    ok.then(|| n.to_string())
}

/// `2027-Q3`, `2027 Q3`, `2027Q3`, `Q3 2027`, `Q3-2027`: the quarter as `2027-Q3`.
pub fn normal_quarter(t: &str) -> Option<String> {
    let t = t.trim_matches(['"', '\'']).to_ascii_uppercase();
    // `T` for the quarter, as Portuguese, Spanish and French write it (`2027-T3`, `3T2027`)
    let t = if t.contains('Q') {
        t
    } else {
        t.replace('T', "Q")
    };
    // the quarter before the year without a separator: `3Q2027`
    let t = match t.split_once('Q') {
        Some((n, y))
            if n.len() == 1
                && y.trim().len() == 4
                && y.trim().chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("Q{n} {}", y.trim())
        }
        _ => t,
    };
    let parts: Vec<&str> = t.split(['-', '/', ' ']).filter(|p| !p.is_empty()).collect();
    let (year, q) = match parts.as_slice() {
        [y, q] if q.starts_with('Q') => (*y, *q),
        [q, y] if q.starts_with('Q') => (*y, *q),
        [one] => {
            let i = one.find('Q')?;
            (&one[..i], &one[i..])
        }
        _ => return None,
    };
    let n = q.strip_prefix('Q')?;
    let ok = year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && matches!(n, "1" | "2" | "3" | "4");
    ok.then(|| format!("{year}-Q{n}"))
}

/// `True`, `FALSE`; and `yes`/`no` where the key takes true or false.
pub(super) fn boolean(t: &str, takes: Option<&Takes>) -> Option<&'static str> {
    let l = t.to_lowercase();
    match l.as_str() {
        "true" if t != "true" => Some("true"),
        "false" if t != "false" => Some("false"),
        "yes" | "y" | "on" | "sim" | "si" | "sí" | "oui" if takes == Some(&Takes::Bool) => {
            Some("true")
        }
        "no" | "n" | "off" | "não" | "nao" | "non" if takes == Some(&Takes::Bool) => Some("false"),
        _ => None,
    }
}

/// A list without its brackets: `attendees = "a", "b"`.
pub(super) fn unbracketed_list(
    cx: &Ctx<'_>,
    key: &str,
    value: &Range<usize>,
    rest: &str,
) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if rest.starts_with(',') && rest.len() > 1 && matches!(cx.takes(key), Some(Takes::List)) {
        let fixed = format!("[{raw}]");
        let h = hint(
            t!("s001-unbracketed-list", key = key, fixed = fixed.clone()),
            t!("s001-unbracketed-list-label"),
            t!("s001-unbracketed-list-help"),
            value.clone(),
        );
        return cx.repaired(h, value.clone(), fixed);
    }
    None
}

/// A quote inside the text that ended it early: `'Mayor's Office'`, `"The "open" budget"`.
pub(super) fn quote_inside(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    let first = raw.chars().next()?;
    if (first == '\'' || first == '"') && raw.ends_with(first) && raw.len() >= 2 {
        let inner = &raw[1..raw.len() - 1];
        let other = if first == '\'' { '"' } else { '\'' };
        if inner.contains(first) {
            let fixed = format!("{other}{inner}{other}");
            let safe = !(inner.contains(other) || other == '"' && inner.contains('\\'));
            let message = if first == '\'' {
                t!("s001-quote-inside-single", key = key, fixed = fixed.clone())
            } else {
                t!("s001-quote-inside-double", key = key, fixed = fixed.clone())
            };
            let mut h = hint(
                message,
                t!("s001-quote-inside-label"),
                if safe {
                    t!("s001-quote-inside-help")
                } else {
                    t!("s001-quote-inside-help-escape")
                },
                value.clone(),
            );
            let edit = Edit {
                span: value.clone(),
                with: fixed,
            };
            let then = if safe {
                h.edit = Some(edit.clone());
                cx.read_as(&edit, true)
            } else {
                cx.skip()
            };
            return cx.done(h, then);
        }
    }
    None
}

/// Text after a value that closed: a trailing comma, a quote inside the text, two keys on one
/// line, a note without #.
pub(super) fn after_value(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    if !cx.msg.starts_with("unexpected key or value") {
        return None;
    }
    let raw = &cx.text[value.clone()];
    let junk = cx.span.start.max(value.start)..value.end.max(cx.span.start);
    let rest = cx.text[junk.clone()].trim();
    if let Some(m) = unbracketed_list(cx, key, value, rest) {
        return Some(m);
    }
    if let Some(m) = quote_inside(cx, key, value) {
        return Some(m);
    }
    // a trailing comma: `title = "x",`
    if rest == "," {
        let comma = junk.start + cx.text[junk.clone()].find(',')?;
        let kept = cx.text[value.start..comma].trim_end();
        let h = hint(
            t!("s001-trailing-comma", key = key, kept = kept),
            t!("s001-trailing-comma-label"),
            t!("s001-trailing-comma-help"),
            comma..comma + 1,
        );
        return cx.repaired(h, comma..comma + 1, String::new());
    }
    if rest.starts_with(',') && thousands_like(cx.text[value.start..value.end].trim()) {
        let digits: String = raw.chars().filter(|c| *c != ',').collect();
        let h = hint(
            t!("s001-thousands", key = key, number = digits.clone()),
            t!("s001-thousands-label"),
            t!("s001-thousands-help"),
            value.clone(),
        );
        return cx.repaired(h, value.clone(), digits);
    }
    // a note after the value, without #
    let s = junk.start + (cx.text[junk.clone()].len() - cx.text[junk.clone()].trim_start().len());
    let kept = cx.text[value.start..junk.start].trim_end();
    let mut h = hint(
        t!("s001-note-after-value", key = key, kept = kept, note = rest),
        t!("s001-note-after-value-label"),
        t!("s001-note-after-value-help"),
        s..junk.end,
    );
    h.edit = Some(Edit {
        span: s..s,
        with: "# ".into(),
    });
    cx.done(h, Then::Blank(s..junk.end, true))
}

pub(super) fn thousands_like(t: &str) -> bool {
    let mut groups = t.split(',');
    let first = groups.next().unwrap_or("");
    !first.is_empty()
        && first.len() <= 3
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.clone().count() >= 1
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// A backslash in text in double quotes: `"C:\docs\minutes.pdf"`.
pub(super) fn escapes(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let m = cx.msg;
    if !(m.starts_with("missing escaped value") || m.contains("escape")) {
        return None;
    }
    let raw = &cx.text[value.clone()];
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let safe = !inner.contains('\'') && !inner.contains('"');
    let fixed = if safe {
        format!("'{inner}'")
    } else {
        format!("\"{}\"", inner.replace('\\', "\\\\"))
    };
    let h = hint(
        t!("s001-backslash", key = key, fixed = fixed.clone()),
        t!("s001-backslash-label"),
        t!("s001-backslash-help"),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// Text opened with one quote and closed with the other: `'Open data"`.
pub(super) fn mismatched_quotes(
    cx: &Ctx<'_>,
    key: &str,
    value: &Range<usize>,
    body: &str,
    q: char,
) -> Option<Mistake> {
    let other = if q == '"' { '\'' } else { '"' };
    if body.len() > 2
        && body.ends_with(other)
        && !body[1..body.len() - 1].contains(['"', '\'', '\\'])
    {
        let fixed = format!("\"{}\"", &body[1..body.len() - 1]);
        let h = hint(
            t!(
                "s001-mismatched-quotes",
                open = q.to_string(),
                close = other.to_string(),
                key = key,
                fixed = fixed.clone()
            ),
            t!("s001-mismatched-quotes-label"),
            t!("s001-mismatched-quotes-help"),
            value.start..value.start + body.len(),
        );
        return cx.repaired(h, value.start..value.start + body.len(), fixed);
    }
    None
}

/// Text in quotes that is never closed on its line: a closing quote forgotten, or a text
/// spread over several lines.
pub(super) fn unclosed_text(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let m = cx.msg;
    let multi = m.starts_with("invalid multi-line");
    if !(m.starts_with("invalid basic string") || m.starts_with("invalid literal string") || multi)
    {
        return None;
    }
    let raw = &cx.text[value.start..cx.line.end];
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    if multi {
        let three: String = std::iter::repeat_n(q, 3).collect();
        let h = hint(
            t!(
                "s001-long-text-never-closed",
                key = key,
                quote = three.clone()
            ),
            t!("s001-never-closed"),
            t!("s001-quote-help", quote = three),
            value.start..value.start + 3,
        );
        return cx.done(h, Then::Blank(cx.line.start..cx.text.len(), false));
    }
    // the text goes on to a later line that closes it
    let after = &cx.text[cx.line.end..];
    let mut pieces = after.split_inclusive('\n');
    let mut pos = cx.line.end + pieces.next().map_or(0, str::len);
    let mut closing = None;
    for l in pieces.take(6) {
        pos += l.len();
        if starts_statement(l) {
            break;
        }
        if l.contains(q) {
            closing = Some(pos - l.len() + l.trim_end().len());
            break;
        }
    }
    if let Some(end) = closing {
        let three: String = std::iter::repeat_n(q, 3).collect();
        let h = hint(
            t!("s001-text-lines", key = key, three = three.clone()),
            t!("s001-text-lines-label"),
            t!("s001-text-lines-help", three = three, quote = q.to_string()),
            value.start..end,
        );
        return cx.done(h, Then::Blank(cx.line.start..end, false));
    }
    let body = raw.trim_end();
    if let Some(m) = mismatched_quotes(cx, key, value, body, q) {
        return Some(m);
    }
    let fixed = format!("{body}{q}");
    let mut h = hint(
        t!(
            "s001-text-unclosed",
            quote = q.to_string(),
            key = key,
            fixed = fixed.clone()
        ),
        t!("s001-never-closed"),
        if body.contains('#') {
            t!("s001-quote-help", quote = q.to_string())
        } else {
            t!("s001-quote-help-fix", quote = q.to_string())
        },
        value.start..value.start + body.len(),
    );
    if !body.contains('#') {
        h.edit = Some(Edit {
            span: value.start + body.len()..value.start + body.len(),
            with: q.to_string(),
        });
    }
    cx.done(h, cx.skip())
}

/// Two items of a list on one line with no comma between them: `["a" "b"]`.
pub(super) fn missing_comma(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let list = cx.msg.starts_with("missing comma between array elements");
    let table = cx.msg.starts_with("missing comma between key-value pairs");
    if !(list || table) {
        return None;
    }
    let at = cx.span.start;
    let before = cx.text[value.start..at].trim_end();
    let gap = value.start + before.len()..at;
    let fixed = format!("{before}, {}", cx.text[at..value.end].trim_start());
    let message = if list {
        t!("s001-comma-between-items", key = key, fixed = fixed)
    } else {
        t!("s001-comma-between-entries", key = key, fixed = fixed)
    };
    let mut h = hint(
        message,
        t!("s001-comma-missing-label"),
        t!("s001-comma-missing-help"),
        gap.start..at.max(gap.start + 1).min(cx.line.end),
    );
    let edit = Edit {
        span: gap.start..gap.start,
        with: ",".into(),
    };
    h.edit = Some(edit);
    let then = if !gap.is_empty() {
        Then::Edit(
            Edit {
                span: gap.start..gap.start + 1,
                with: ",".into(),
            },
            true,
        )
    } else {
        cx.skip()
    };
    cx.done(h, then)
}

/// A value that is no date, number or true/false where the key takes one.
pub(super) fn not_of_its_kind(cx: &Ctx<'_>, v: &Value) -> Option<Mistake> {
    let k = &v.key;
    let (message, label, help) = match &v.takes {
        Some(Takes::Date) => (
            t!("s001-takes-date", key = k),
            t!("s001-takes-date-label"),
            t!("s001-takes-date-help"),
        ),
        Some(Takes::Number) => (
            t!("s001-takes-number", key = k),
            t!("s001-takes-number-label"),
            t!("s001-takes-number-help"),
        ),
        Some(Takes::Bool) => (
            t!("s001-takes-bool", key = k),
            t!("s001-bool-label"),
            t!("s001-takes-bool-help"),
        ),
        _ => return None,
    };
    cx.done(hint(message, label, help, v.token.clone()), cx.skip())
}

/// Text without quotes (`title = Open data`, `values = [transparency]`), or a value that is no
/// value of its kind.
pub(super) fn bare_text(
    cx: &Ctx<'_>,
    v: &Value,
    key: &str,
    value: &Range<usize>,
) -> Option<Mistake> {
    let m = cx.msg;
    let bare = m.starts_with("string values must be quoted")
        || m.starts_with("invalid boolean")
        || m.starts_with("invalid float")
        || m.starts_with("invalid integer")
        || m.starts_with("invalid date")
        || m.starts_with("invalid time")
        || m.starts_with("invalid number")
        || m.starts_with("invalid value");
    if !bare {
        return None;
    }
    let t = cx.text[v.token.clone()].trim();
    let k = &v.key;
    if let Some(m) = not_of_its_kind(cx, v) {
        return Some(m);
    }
    if v.in_list {
        return bare_list(cx, key, value);
    }
    // only the opening quote is missing: `title = Open data"`
    let whole = cx.text[value.clone()].trim();
    if let Some(q) = whole
        .chars()
        .next_back()
        .filter(|q| (*q == '"' || *q == '\'') && !whole.starts_with(*q))
    {
        let fixed = format!("{q}{whole}");
        let inner = &whole[..whole.len() - 1];
        let mut h = hint(
            t!("s001-no-opening-quote", key = key, fixed = fixed.clone()),
            t!("s001-no-opening-quote-label"),
            t!("s001-no-opening-quote-help", quote = q.to_string()),
            value.clone(),
        );
        let edit = Edit {
            span: value.start..value.start,
            with: q.to_string(),
        };
        let then = if inner.contains(q) || inner.contains('\\') {
            cx.skip()
        } else {
            h.edit = Some(edit.clone());
            cx.read_as(&edit, true)
        };
        return cx.done(h, then);
    }
    let text = match &v.takes {
        Some(Takes::OneOf(options)) => options
            .iter()
            .find(|o| normalise(o) == normalise(t))
            .cloned()
            .unwrap_or_else(|| t.to_string()),
        _ => t.to_string(),
    };
    let safe = !text.contains('"') && !text.contains('\\');
    let fixed = format!("\"{text}\"");
    let mut h = hint(
        t!("s001-bare-text", key = k, fixed = fixed.clone()),
        t!("s001-bare-text-label"),
        if safe {
            t!("s001-bare-text-help")
        } else {
            t!("s001-bare-text-help-single")
        },
        v.token.clone(),
    );
    let edit = Edit {
        span: v.token.clone(),
        with: fixed,
    };
    let then = if safe {
        h.edit = Some(edit.clone());
        cx.read_as(&edit, true)
    } else {
        cx.skip()
    };
    cx.done(h, then)
}
