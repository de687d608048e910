//! Mistakes in the shape of a statement: a code fence or a `//` note pasted in, text or a list
//! left open, a bare item where `key = value` belongs, brackets for a table, two keys on one
//! line, a decimal comma; and the plain words for a parse error that no other mistake fits.

use super::*;

/// Text opened with three quotes and never closed: the parser stops at the end of the file.
pub(super) fn unclosed_long_text(cx: &Ctx<'_>) -> Option<Mistake> {
    if !cx.msg.starts_with("invalid multi-line") {
        return None;
    }
    let before = &cx.text[..cx.span.start];
    let open = before.rfind("\"\"\"").max(before.rfind("\'\'\'"))?;
    let q = &cx.text[open..open + 3];
    let line = line_at(cx.text, open);
    let key = assignment(cx.text, &line).map_or(String::new(), |(k, _)| k);
    let (n, _) = line_col(cx.text, open);
    let h = hint(
        t!("s001-long-text-unclosed", key = key, quote = q, line = n),
        t!("s001-never-closed"),
        t!("s001-quote-help", quote = q),
        open..open + 3,
    );
    cx.done(h, Then::Blank(line.start..cx.text.len(), false))
}

/// `values = ("a", "b")`: round brackets for a list.
pub(super) fn parentheses(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if !raw.starts_with('(') {
        return None;
    }
    let closes = raw.ends_with(')');
    let fixed = if closes {
        format!("[{}]", &raw[1..raw.len() - 1])
    } else {
        format!("[{}", &raw[1..])
    };
    let h = hint(
        t!("s001-parentheses", key = key, fixed = fixed.clone()),
        t!("s001-parentheses-label"),
        t!("s001-parentheses-help"),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// A text item of a list spread over lines, without quotes.
pub(super) fn bare_item(cx: &Ctx<'_>) -> Option<Mistake> {
    if !cx.msg.starts_with("string values must be quoted") || cx.span.is_empty() {
        return None;
    }
    let t = &cx.text[cx.span.clone()];
    if t.contains(['"', '\'', '\\', '\n']) || t.trim().is_empty() {
        return None;
    }
    let fixed = format!("\"{t}\"");
    let h = hint(
        t!("s001-bare-item", fixed = fixed.clone()),
        t!("s001-bare-text-label"),
        t!("s001-bare-text-help"),
        cx.span.clone(),
    );
    cx.repaired(h, cx.span.clone(), fixed)
}

/// `progress = [ C1 = 20 ]`: square brackets where the key takes a `{ }` table.
pub(super) fn brackets_for_table(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    let inner = raw.strip_prefix('[')?.strip_suffix(']')?;
    if !matches!(cx.takes(key), Some(Takes::Map | Takes::Table)) || equals(inner).is_none() {
        return None;
    }
    let fixed = format!("{{{inner}}}");
    let h = hint(
        t!("s001-brackets-for-table", key = key, fixed = fixed.clone()),
        t!("s001-brackets-for-table-label"),
        t!("s001-brackets-for-table-help"),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// `{ C1 = 20 C2 = 10 }`, `["a" "b"]`: two items with no comma between them.
pub(super) fn glued_items(
    cx: &Ctx<'_>,
    v: &Value,
    key: &str,
    value: &Range<usize>,
) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if !(raw.starts_with('{') || raw.starts_with('[')) || v.token == *value {
        return None;
    }
    let t = &cx.text[v.token.clone()];
    let first_end = t.find(char::is_whitespace)?;
    let first = &t[..first_end];
    let number = first.parse::<f64>().is_ok() || first == "true" || first == "false";
    if !number || t[first_end..].trim().is_empty() {
        return None;
    }
    let at = v.token.start + first_end;
    // in a { } table, what follows is the next `key = value`
    let next = cx.text[at..value.end]
        .split([',', '}'])
        .next()
        .unwrap_or("");
    if raw.starts_with('{') && equals(next).is_none() {
        return None;
    }
    let fixed = format!(
        "{}, {}",
        cx.text[value.start..at].trim_end(),
        cx.text[at..value.end].trim_start()
    );
    let message = if raw.starts_with('{') {
        t!("s001-comma-between-entries", key = key, fixed = fixed)
    } else {
        t!("s001-comma-between-items", key = key, fixed = fixed)
    };
    let mut h = hint(
        message,
        t!("s001-comma-missing-label"),
        t!("s001-comma-missing-help"),
        at..at + 1,
    );
    h.edit = Some(Edit {
        span: at..at,
        with: ",".into(),
    });
    let same = Edit {
        span: at..at + 1,
        with: ",".into(),
    };
    cx.done(h, Then::Edit(same, true))
}

/// `{ C1: 20 }`: a colon for = in a `{ }` table.
pub(super) fn colon_in_table(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if !raw.starts_with('{') {
        return None;
    }
    // the parser stopped at the colon itself (text in quotes may hold a colon of its own:
    // those tables are left to the parser's word)
    let at_colon = cx.text.get(cx.span.clone()) == Some(":");
    if !at_colon || raw.contains('"') || raw.contains('\'') {
        return None;
    }
    let fixed = raw.replace(':', " =").replace("  =", " =");
    let mut h = hint(
        t!("s001-colon-in-table", key = key, fixed = fixed.clone()),
        t!("s001-colon-label"),
        t!("s001-colon-in-table-help"),
        value.clone(),
    );
    let edit = Edit {
        span: value.clone(),
        with: fixed,
    };
    h.edit = Some(edit);
    let same = Edit {
        span: value.clone(),
        with: raw.replace(':', "="),
    };
    cx.done(h, Then::Edit(same, true))
}

/// A second `key = value` on the same line as the first.
pub(super) fn two_keys(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if raw.starts_with(['[', '{', '"', '\'']) {
        return None;
    }
    // ` word = ` after the first word of the value
    let first_end = raw.find(char::is_whitespace)?;
    let rest = &raw[first_end..];
    let eq = equals(rest)?;
    let second = rest[..eq].trim();
    if second.is_empty()
        || !second
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let second_at = value.start + first_end + (rest.len() - rest.trim_start().len());
    let h = hint(
        t!(
            "s001-two-keys",
            key = key,
            value = &raw[..first_end],
            second = second,
            second_value = rest[eq + 1..].trim()
        ),
        t!("s001-two-keys-label"),
        t!("s001-two-keys-help"),
        second_at..value.end,
    );
    cx.done(h, cx.skip())
}

/// A Markdown code fence pasted with the TOML.
pub(super) fn fence(cx: &Ctx<'_>) -> Option<Mistake> {
    let l = cx.line_str().trim();
    if !(l.starts_with("```") || l.starts_with("~~~")) {
        return None;
    }
    let content = cx.content();
    let mut h = hint(
        t!("s001-fence"),
        t!("s001-fence-label"),
        t!("s001-fence-help"),
        content.clone(),
    );
    h.edit = Some(Edit {
        span: cx.line.start..cx.line.end,
        with: String::new(),
    });
    let mut m = cx.done(h, Then::Blank(cx.line.clone(), true))?;
    m.fact = crate::diag::Fact::MarkdownFence;
    Some(m)
}

/// A comment started with `//` (or `;`, as in INI files) instead of `#`.
pub(super) fn slash_comment(cx: &Ctx<'_>) -> Option<Mistake> {
    let l = cx.line_str();
    let lead = l.len() - l.trim_start().len();
    let rest = &l[lead..];
    let mark = ["//", ";"].into_iter().find(|m| rest.starts_with(m))?;
    let s = cx.line.start + lead;
    let mut h = hint(
        t!(
            "s001-slash-comment",
            mark = mark,
            comment = rest[mark.len()..].trim()
        ),
        t!("s001-slash-comment-label"),
        t!("s001-slash-comment-help"),
        s..s + mark.len(),
    );
    let with = format!("#{}", " ".repeat(mark.len() - 1));
    let edit = Edit {
        span: s..s + mark.len(),
        with,
    };
    h.edit = Some(edit.clone());
    cx.done(h, Then::Edit(edit, true))
}

/// The key and value span of an assignment line at `line`.
pub(super) fn assignment(text: &str, line: &Range<usize>) -> Option<(String, Range<usize>)> {
    let l = &text[line.clone()];
    let eq = equals(l)?;
    let key = l[..eq].trim();
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let after = &l[eq + 1..];
    let lead = after.len() - after.trim_start().len();
    let body = after.trim_start();
    let body = match comment_start(body) {
        Some(h) => &body[..h],
        None => body,
    };
    let start = line.start + eq + 1 + lead;
    Some((key.to_string(), start..start + body.trim_end().len()))
}

/// A list (`[`) or a `{ }` table that is never closed: the parser stops at the next line.
pub(super) fn unclosed_list(cx: &Ctx<'_>) -> Option<Mistake> {
    let at_end = cx.span.start >= cx.text.trim_end().len();
    let here = cx.line_str();
    let next_statement = cx.text[cx.line.start..cx.span.start].trim().is_empty()
        && (starts_statement(here) || here.trim().is_empty());
    if !(at_end || next_statement) {
        return None;
    }
    // the statement before: the nearest line before that starts one
    let mut open_line = None;
    let mut pos = cx.line.start;
    for l in cx.text[..cx.line.start].lines().rev() {
        pos = pos.saturating_sub(l.len() + 1);
        if starts_statement(l) {
            open_line = Some(pos..pos + l.trim_end_matches('\r').len());
            break;
        }
    }
    let open_line = open_line?;
    let (key, value) = assignment(cx.text, &open_line)?;
    // what is still open where the error's line starts
    let open = still_open(&cx.text[value.start..cx.line.start])?;
    let list = open == '[';
    let close = if list { "]" } else { " }" };
    // where the list's last item ends: the last content before the error's line
    let last = cx.text[..cx.line.start]
        .lines()
        .rev()
        .map(|l| l.split('#').next().unwrap_or("").trim_end().len())
        .find(|n| *n > 0)
        .unwrap_or(0);
    let mut end = cx.line.start;
    for l in cx.text[..cx.line.start].lines().rev() {
        end -= l.len() + 1;
        if l.split('#').next().unwrap_or("").trim_end().len() == last && last > 0 {
            end += last;
            break;
        }
    }
    let end = end.max(value.start + 1);
    let (line_no, _) = line_col(cx.text, value.start);
    let one_line = !cx.text[value.start..end].contains('\n');
    let kind = if list { "list" } else { "table" };
    let message = if one_line {
        t!(
            "s001-unclosed-list-example",
            kind = kind,
            key = &key,
            line = line_no,
            close = close.trim(),
            fixed = format!("{key} = {}{close}", &cx.text[value.start..end])
        )
    } else {
        t!(
            "s001-unclosed-list",
            kind = kind,
            key = &key,
            line = line_no,
            close = close.trim()
        )
    };
    let mut h = hint(
        message,
        t!("s001-unclosed-list-label", kind = kind),
        t!("s001-unclosed-list-help", close = close.trim()),
        value.start..end,
    );
    if !at_end {
        h.related = Some((
            cx.line.start..cx.line.start + here.trim_end().len(),
            t!("s001-unclosed-list-next"),
        ));
    }
    h.edit = Some(Edit {
        span: end..end,
        with: close.to_string(),
    });
    let blank = open_line.start..cx.line.start.saturating_sub(1).max(open_line.end);
    cx.done(h, Then::Blank(blank, false))
}

/// The innermost bracket (`[` or `{`) still open at the end of `s`, strings and comments set
/// aside.
pub(super) fn still_open(s: &str) -> Option<char> {
    let mut stack = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < b.len() {
        match b[i] {
            b'#' => {
                i = s[i..].find('\n').map_or(b.len(), |n| i + n);
                continue;
            }
            b'"' | b'\'' => {
                i = string_end(s, i);
                continue;
            }
            b'[' => stack.push('['),
            b'{' => stack.push('{'),
            b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

/// 1-based line and column of a byte offset (for messages).
pub(super) fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// `a b-c` → `a_b_c`: how a name written as words becomes a key.
pub(super) fn snake(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().trim_matches(['"', '\'']).chars() {
        if c.is_whitespace() || c == '-' || c == '_' {
            if !out.ends_with('_') {
                out.push('_');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.trim_matches('_').to_string()
}

/// A list with text items not in quotes: every bare item quoted.
pub(super) fn bare_list(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    let inner = raw.strip_prefix('[')?;
    let (inner, closed) = match inner.strip_suffix(']') {
        Some(i) => (i, true),
        None => (inner, false),
    };
    let mut items = Vec::new();
    for item in inner.split(',') {
        let t = item.trim();
        if t.is_empty() {
            continue;
        }
        let quoted = t.starts_with('"') || t.starts_with('\'');
        if !quoted && (t.contains('"') || t.contains('\\')) {
            return None;
        }
        items.push(if quoted {
            t.to_string()
        } else {
            format!("\"{t}\"")
        });
    }
    let fixed = format!("[{}]", items.join(", "));
    let mut h = hint(
        t!("s001-bare-list", key = key, fixed = fixed.clone()),
        t!("s001-bare-text-label"),
        t!("s001-bare-list-help"),
        value.clone(),
    );
    let edit = Edit {
        span: value.clone(),
        with: fixed,
    };
    let then = if closed && !raw.contains('\n') {
        h.edit = Some(edit.clone());
        cx.read_as(&edit, true)
    } else {
        cx.skip()
    };
    cx.done(h, then)
}

/// A number written with a decimal comma (`C1 = 20,5`, as Portuguese, Spanish or French
/// write it): TOML takes the comma for the end of the entry. The number with a point.
pub(super) fn decimal_comma(cx: &Ctx<'_>) -> Option<Mistake> {
    let l = cx.line_str();
    let b = l.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let at = (1..b.len()).find(|&i| {
        if b[i] != b',' || !digit(i - 1) || !digit(i + 1) {
            return false;
        }
        // the whole number before the comma follows `=`
        let before = l[..i].trim_end_matches(|c: char| c.is_ascii_digit());
        let after = l[i + 1..].trim_start_matches(|c: char| c.is_ascii_digit());
        before.trim_end().ends_with('=') && !after.trim_start().starts_with('=')
    })?;
    let start = l[..at]
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let end = l[at + 1..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(l.len(), |i| at + 1 + i);
    let key = l[..start].trim_end().trim_end_matches('=').trim_end();
    let key = key.rsplit(['{', ',', ' ']).next().unwrap_or(key);
    let number = format!("{}.{}", &l[start..at], &l[at + 1..end]);
    let span = cx.line.start + start..cx.line.start + end;
    let mut h = hint(
        t!("s001-decimal-comma", key = key, number = number.clone()),
        t!("s001-decimal-comma-label"),
        t!("s001-decimal-comma-help"),
        span.clone(),
    );
    let edit = Edit { span, with: number };
    h.edit = Some(edit.clone());
    cx.done(h, cx.read_as(&edit, true))
}

/// What the parser said, in plain words, when no mistake above fits.
pub(super) fn fallback(cx: &Ctx<'_>) -> Mistake {
    let m = cx.msg;
    let plain = if m.starts_with("unexpected key or value") {
        "s001-invalid-after-value"
    } else if m.starts_with("key with no value") || m.starts_with("missing assignment") {
        "s001-invalid-no-value"
    } else if m.starts_with("unclosed array table") {
        "s001-invalid-list-header"
    } else if m.starts_with("unclosed table") {
        "s001-header-why-unclosed"
    } else if m.starts_with("unclosed array") || m.contains("between array elements") {
        "s001-invalid-list"
    } else if m.starts_with("unclosed inline table") || m.contains("inline table") {
        "s001-invalid-table"
    } else if m.starts_with("extra comma") {
        "s001-invalid-extra-comma"
    } else if m.contains("string") {
        "s001-invalid-text"
    } else {
        "s001-invalid-value"
    };
    let span = if cx.span.is_empty() {
        let c = cx.content();
        if c.is_empty() { cx.span.clone() } else { c }
    } else {
        cx.span.clone()
    };
    let h = hint(
        t!("s001-invalid", why = t!(plain)),
        t!("s001-invalid-label"),
        t!("s001-invalid-help"),
        span,
    );
    Mistake {
        hint: h,
        then: cx.skip(),
        fact: crate::diag::Fact::None,
    }
}
