//! Syntax mistakes in plain words: what the TOML parser stopped at, told as what to write
//! instead (`C1 = 60` for `C1 = 60%`, `quarter = "2027-Q3"`, `[point_of_contact]`), and what
//! the loader does with the text before it reads on, so that every mistake of a file is
//! reported, not only the first.
//!
//! A mistake whose repair is certain and keeps every byte offset is repaired in memory and the
//! value read; any other is blanked out (the file then gives no verdict, but the mistakes after
//! it are still found). The repair offered to `ogp check --fix` may change the line's length.

use crate::repair::{Edit, Hint};
use crate::schema::Takes;
use std::ops::Range;

/// What the loader knows of a file's format: the keys each table knows, and what a key takes.
#[derive(Clone, Copy)]
pub struct Shape {
    keys: fn(&[String]) -> Vec<String>,
    takes: fn(&[String], &str) -> Option<Takes>,
}

impl Shape {
    pub fn of<T: schemars::JsonSchema + 'static>() -> Shape {
        Shape {
            keys: crate::schema::known_keys::<T>,
            takes: crate::schema::takes::<T>,
        }
    }
}

/// What to do with the text before reading it again (always an edit of the same length).
#[derive(Debug)]
pub enum Then {
    /// Make this edit; `true` when the value it leaves is what the user meant, and may be read.
    Edit(Edit, bool),
    /// Blank these bytes (line breaks stay); `true` when nothing the file records is lost.
    Blank(Range<usize>, bool),
}

/// A syntax mistake: what to tell, and what to do before reading on.
#[derive(Debug)]
pub struct Mistake {
    pub hint: Hint,
    pub then: Then,
    /// What the finding states, where code decides on it (a fence: folded when repeated).
    pub fact: crate::diag::Fact,
}

/// The context of one parse error.
struct Ctx<'a> {
    text: &'a str,
    /// The error's span as the parser gave it.
    span: Range<usize>,
    msg: &'a str,
    /// The line holding the error, without its line break.
    line: Range<usize>,
    /// The table the line is in (`["milestone", "0"]`).
    path: Vec<String>,
    shape: Shape,
}

/// Explains the parse error `msg` at `span` of `text` (a file of the format `shape`).
pub fn diagnose(text: &str, span: Range<usize>, msg: &str, shape: Shape) -> Mistake {
    let at = boundary(text, span.start);
    let span = at..boundary(text, span.end.max(at));
    let line = line_at(text, at);
    let path = table_path(text, line.start);
    let cx = Ctx {
        text,
        span,
        msg,
        line,
        path,
        shape,
    };
    fence(&cx)
        .or_else(|| unclosed_long_text(&cx))
        .or_else(|| slash_comment(&cx))
        .or_else(|| unclosed_list(&cx))
        .or_else(|| header(&cx))
        .or_else(|| not_an_assignment(&cx))
        .or_else(|| in_key(&cx))
        .or_else(|| in_value(&cx))
        .or_else(|| bare_item(&cx))
        .or_else(|| decimal_comma(&cx))
        .unwrap_or_else(|| fallback(&cx))
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The line holding `at`, without its line break (and a carriage return before it).
fn line_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if text[..end].ends_with('\r') && end > start {
        end -= 1;
    }
    start..end
}

/// The name of a table header line and whether it is a list's (`[[name]]`).
fn header_of(line: &str) -> Option<(String, bool)> {
    let l = line.trim();
    let l = l.split('#').next().unwrap_or("").trim_end();
    if let Some(n) = l.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
        return Some((n.trim().to_string(), true));
    }
    let n = l.strip_prefix('[')?.strip_suffix(']')?;
    Some((n.trim().to_string(), false))
}

/// The table a line at `start` is in: the last well-formed header before it.
fn table_path(text: &str, start: usize) -> Vec<String> {
    let mut path = Vec::new();
    for l in text[..start].lines() {
        if let Some((name, list)) = header_of(l) {
            path = name
                .split('.')
                .map(|s| s.trim().trim_matches('"').to_string())
                .collect();
            if list {
                path.push("0".into());
            }
        }
    }
    path
}

/// Where a `#` comment starts in `s`, outside quotes.
fn comment_start(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some('"'), '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (None, '#') => return Some(i),
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q && !escaped => quote = None,
            _ => {}
        }
        escaped = false;
    }
    None
}

/// Where the first `=` outside quotes is in `s`.
fn equals(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '=') => return Some(i),
            (None, '#') => return None,
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    None
}

/// A line that starts a new statement: a table header or `key =`.
fn starts_statement(line: &str) -> bool {
    let l = line.trim_start();
    if l.starts_with('[') && !l.starts_with("[\"") && !l.starts_with("['") {
        return header_of(l).is_some();
    }
    equals(l).is_some_and(|eq| {
        let key = l[..eq].trim();
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || "_-.\"' ".contains(c))
    })
}

/// The statement at `at`, from its line to the end of what it opens (a list or a table spread
/// over lines), for blanking.
pub fn statement(text: &str, at: usize) -> Range<usize> {
    let line = line_at(text, boundary(text, at));
    let start = line.start;
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut end = line.end;
    let mut pos = start;
    for l in text[start..].split_inclusive('\n') {
        if pos > start && depth > 0 && starts_statement(l) {
            break;
        }
        let body = match (quote, comment_start(l)) {
            (None, Some(h)) => &l[..h],
            _ => l,
        };
        for c in body.chars() {
            match (quote, c) {
                (None, '[' | '{') => depth += 1,
                (None, ']' | '}') => depth -= 1,
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
        }
        quote = None;
        end = pos + l.trim_end_matches(['\n', '\r']).len();
        pos += l.len();
        if depth <= 0 {
            break;
        }
    }
    start..end.max(line.end)
}

/// A value that starts like a day, `2027-13-01` (for an impossible date).
pub fn looks_like_a_day(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn hint(message: String, label: &str, help: String, span: Range<usize>) -> Hint {
    Hint {
        message,
        label: label.into(),
        help,
        span,
        related: None,
        edit: None,
    }
}

const FIX_HELP: &str = "`ogp check --fix` makes this change for you";

impl Ctx<'_> {
    fn line_str(&self) -> &str {
        &self.text[self.line.clone()]
    }

    /// The line's content, its leading blanks and its comment left out.
    fn content(&self) -> Range<usize> {
        let l = self.line_str();
        let lead = l.len() - l.trim_start().len();
        let body = match comment_start(l) {
            Some(h) => &l[..h],
            None => l,
        };
        let end = self.line.start + body.trim_end().len();
        (self.line.start + lead).min(end)..end
    }

    fn statement(&self) -> Range<usize> {
        statement(self.text, self.line.start)
    }

    /// Blanking the statement: the file is not read, the search goes on.
    fn skip(&self) -> Then {
        Then::Blank(self.statement(), false)
    }

    /// The repair made in memory when it keeps every offset, else the statement blanked.
    fn read_as(&self, edit: &Edit, readable: bool) -> Then {
        if let Some(same) = edit.same_length(self.text) {
            return Then::Edit(same, readable);
        }
        // the line written tighter (`key="value"`, no blanks around =) to make room
        let content = self.content();
        let whole = self.line.start..content.end;
        let inside = whole.start <= edit.span.start && edit.span.end <= whole.end;
        if inside {
            let line = Edit {
                span: edit.span.start - whole.start..edit.span.end - whole.start,
                with: edit.with.clone(),
            }
            .apply(&self.text[whole.clone()]);
            let tight = match equals(&line) {
                Some(eq) => format!("{}={}", line[..eq].trim(), line[eq + 1..].trim_start()),
                None => line.trim_start().to_string(),
            };
            if tight.len() <= whole.len() && !tight.contains('\n') {
                let pad = whole.len() - tight.len();
                return Then::Edit(
                    Edit {
                        span: whole,
                        with: format!("{tight}{}", " ".repeat(pad)),
                    },
                    readable,
                );
            }
        }
        self.skip()
    }

    fn known_keys(&self) -> Vec<String> {
        (self.shape.keys)(&self.path)
    }

    /// The known tables of the file: (name, whether it is a list).
    fn tables(&self) -> Vec<(String, bool)> {
        (self.shape.keys)(&[])
            .into_iter()
            .filter_map(|k| match (self.shape.takes)(&[], &k) {
                Some(Takes::Table) => Some((k, false)),
                Some(Takes::Tables) => Some((k, true)),
                _ => None,
            })
            .collect()
    }

    fn takes(&self, key: &str) -> Option<Takes> {
        (self.shape.takes)(&self.path, key)
    }

    fn done(&self, hint: Hint, then: Then) -> Option<Mistake> {
        Some(Mistake {
            hint,
            then,
            fact: crate::diag::Fact::None,
        })
    }

    /// A mistake with a certain repair: `--fix` writes `with` over `span`, and the loader reads
    /// on with it in place.
    fn repaired(&self, mut hint: Hint, span: Range<usize>, with: String) -> Option<Mistake> {
        let edit = Edit { span, with };
        hint.edit = Some(edit.clone());
        self.done(hint, self.read_as(&edit, true))
    }
}

/// Text opened with three quotes and never closed: the parser stops at the end of the file.
fn unclosed_long_text(cx: &Ctx<'_>) -> Option<Mistake> {
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
        format!("the text of `{key}` opened with {q} on line {n} is never closed: end it with {q}"),
        "never closed",
        format!("put {q} where the text ends"),
        open..open + 3,
    );
    cx.done(h, Then::Blank(line.start..cx.text.len(), false))
}

/// `values = ("a", "b")`: round brackets for a list.
fn parentheses(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
        format!("a list is written in square brackets [ ], not ( ): {key} = {fixed}"),
        "round brackets",
        format!("write [ and ] instead of ( and ); {FIX_HELP}"),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// A text item of a list spread over lines, without quotes.
fn bare_item(cx: &Ctx<'_>) -> Option<Mistake> {
    if !cx.msg.starts_with("string values must be quoted") || cx.span.is_empty() {
        return None;
    }
    let t = &cx.text[cx.span.clone()];
    if t.contains(['"', '\'', '\\', '\n']) || t.trim().is_empty() {
        return None;
    }
    let fixed = format!("\"{t}\"");
    let h = hint(
        format!("text in a list needs quotes: {fixed}"),
        "text without quotes",
        format!("put the text in double quotes; {FIX_HELP}"),
        cx.span.clone(),
    );
    cx.repaired(h, cx.span.clone(), fixed)
}

/// `progress = [ C1 = 20 ]`: square brackets where the key takes a `{ }` table.
fn brackets_for_table(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    let inner = raw.strip_prefix('[')?.strip_suffix(']')?;
    if !matches!(cx.takes(key), Some(Takes::Map | Takes::Table)) || equals(inner).is_none() {
        return None;
    }
    let fixed = format!("{{{inner}}}");
    let h = hint(
        format!("`{key}` is a {{ }} table, written in curly brackets: {key} = {fixed}"),
        "square brackets for a table",
        format!("write {{ and }} instead of [ and ]; {FIX_HELP}"),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// `{ C1 = 20 C2 = 10 }`, `["a" "b"]`: two items with no comma between them.
fn glued_items(cx: &Ctx<'_>, v: &Value, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
    let what = if raw.starts_with('{') {
        "entries of a { } table"
    } else {
        "items of a list"
    };
    let mut h = hint(
        format!("put a comma between the {what}: {key} = {fixed}"),
        "comma missing",
        format!("add the comma; {FIX_HELP}"),
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
fn colon_in_table(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
        format!("inside {{ }}, write key = value, with = (not :): {key} = {fixed}"),
        ": instead of =",
        format!("put = in place of each colon; {FIX_HELP}"),
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
fn two_keys(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
        format!(
            "put each key = value on its own line: {key} = {}, then {second} = {} on the next line",
            &raw[..first_end],
            rest[eq + 1..].trim()
        ),
        "a second key on the same line",
        "start a new line before the second key".into(),
        second_at..value.end,
    );
    cx.done(h, cx.skip())
}

/// A Markdown code fence pasted with the TOML.
fn fence(cx: &Ctx<'_>) -> Option<Mistake> {
    let l = cx.line_str().trim();
    if !(l.starts_with("```") || l.starts_with("~~~")) {
        return None;
    }
    let content = cx.content();
    let mut h = hint(
        "this line is a Markdown code fence (```), copied with the TOML; remove the fence lines at the top and the bottom"
            .into(),
        "Markdown fence",
        format!("delete the lines that start with ```; {FIX_HELP}"),
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
fn slash_comment(cx: &Ctx<'_>) -> Option<Mistake> {
    let l = cx.line_str();
    let lead = l.len() - l.trim_start().len();
    let rest = &l[lead..];
    let mark = ["//", ";"].into_iter().find(|m| rest.starts_with(m))?;
    let s = cx.line.start + lead;
    let mut h = hint(
        format!(
            "comments start with #, not {mark}: write # {}",
            rest[mark.len()..].trim()
        ),
        "not a comment in TOML",
        format!("put # at the start of the comment; {FIX_HELP}"),
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
fn assignment(text: &str, line: &Range<usize>) -> Option<(String, Range<usize>)> {
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
fn unclosed_list(cx: &Ctx<'_>) -> Option<Mistake> {
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
    let (close, what) = if list {
        ("]", "list")
    } else {
        (" }", "{ } table")
    };
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
    let example = if one_line {
        format!(": {key} = {}{close}", &cx.text[value.start..end])
    } else {
        String::new()
    };
    let mut h = hint(
        format!(
            "the {what} `{key}` that starts on line {line_no} is not closed: add {} after its last item{example}",
            close.trim()
        ),
        &format!("this {what} is never closed"),
        format!("close it with {} where it ends; {FIX_HELP}", close.trim()),
        value.start..end,
    );
    if !at_end {
        h.related = Some((
            cx.line.start..cx.line.start + here.trim_end().len(),
            "the next line is read as part of it".into(),
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
fn still_open(s: &str) -> Option<char> {
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
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// `a b-c` → `a_b_c`: how a name written as words becomes a key.
fn snake(s: &str) -> String {
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

/// A table header that is not well formed: spaces in the name, a bracket missing, text after.
fn header(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    if !raw.starts_with('[') || raw.starts_with("[\"") {
        return None;
    }
    let opens = raw.chars().take_while(|c| *c == '[').count();
    let inner_end = raw.find(']').unwrap_or(raw.len());
    let name = raw[opens.min(inner_end)..inner_end].trim();
    let closes = raw[inner_end..].chars().take_while(|c| *c == ']').count();
    let after = raw[inner_end + closes..].trim();
    let wanted = snake(name);
    let tables = cx.tables();
    let known = tables
        .iter()
        .find(|(t, _)| *t == wanted)
        .or_else(|| {
            let names: Vec<String> = tables.iter().map(|(t, _)| t.clone()).collect();
            let s = suggest(&wanted, &names)?;
            tables.iter().find(|(t, _)| *t == s)
        })
        .cloned();
    let (fixed_name, list) = match &known {
        Some((t, l)) => (t.clone(), *l),
        None => (wanted.clone(), opens >= 2 || closes >= 2),
    };
    let fixed = if list {
        format!("[[{fixed_name}]]")
    } else {
        format!("[{fixed_name}]")
    };
    if fixed == raw {
        return None;
    }
    let why = if name.contains(char::is_whitespace) {
        "a table name has no spaces"
    } else if !after.is_empty() {
        "nothing but a # comment may follow a table header on its line"
    } else if closes == 0 {
        "the table header is not closed with ]"
    } else if list && (opens != 2 || closes != 2) {
        "a list's header has two brackets on each side"
    } else if !list && (opens != 1 || closes != 1) {
        "this table is not a list: its header has one bracket on each side"
    } else {
        "a table name is written in letters, digits, _ and -"
    };
    let known_note = match &known {
        Some(_) => String::new(),
        None => format!(
            " (the tables known here are: {})",
            tables
                .iter()
                .map(|(t, l)| if *l {
                    format!("[[{t}]]")
                } else {
                    format!("[{t}]")
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut h = hint(
        format!("{why}: write {fixed}{known_note}"),
        "not a table header TOML reads",
        format!("write the header as {fixed}; {FIX_HELP}"),
        content.clone(),
    );
    let edit = Edit {
        span: content.clone(),
        with: fixed.clone(),
    };
    h.edit = Some(edit.clone());
    let then = match (&known, edit.same_length(cx.text)) {
        (Some(_), Some(same)) if after.is_empty() => Then::Edit(same, true),
        _ => match placeholder(&content) {
            Some(p) => Then::Edit(p, false),
            None => cx.skip(),
        },
    };
    cx.done(h, then)
}

/// A table header of the same length as the header at `span`, named after where it is (so no
/// two are alike): blanking a broken header would put the keys below it into the table above,
/// and report them again as given twice.
pub fn placeholder(span: &Range<usize>) -> Option<Edit> {
    let n = span.len();
    let mut name = format!("_{}", span.start);
    if n < name.len() + 2 {
        return None;
    }
    name.push_str(&"_".repeat(n - name.len() - 2));
    Some(Edit {
        span: span.clone(),
        with: format!("[{name}]"),
    })
}

/// The header line at `at`, when the line is a table header (for [`placeholder`]).
pub fn header_line(text: &str, at: usize) -> Option<Range<usize>> {
    let line = line_at(text, boundary(text, at));
    let l = &text[line.clone()];
    header_of(l)?;
    let lead = l.len() - l.trim_start().len();
    let body = l.split('#').next().unwrap_or("").trim_end();
    Some(line.start + lead..line.start + body.len())
}

/// A line with no `=`: `key: value`, `key value`, or a note that is not a comment.
fn not_an_assignment(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    if raw.is_empty() || equals(raw).is_some() || raw.starts_with('[') {
        return None;
    }
    // inside a list or a { } table spread over lines, a line is an item, not a statement
    if !matches!(
        cx.msg,
        m if m.starts_with("key with no value") || m.starts_with("invalid unquoted key")
    ) {
        return None;
    }
    let word_end = raw
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(raw.len());
    let word = &raw[..word_end];
    let rest = raw[word_end..].trim_start();
    let known = cx.known_keys();
    if !word.is_empty() && rest.starts_with(':') {
        let value = rest[1..].trim();
        let colon = content.start + word_end + (raw[word_end..].len() - rest.len());
        let mut h = hint(
            format!("write `key = value`, with = (not :): {word} = {value}"),
            ": instead of =",
            format!("put = in place of the colon; {FIX_HELP}"),
            colon..colon + 1,
        );
        let edit = Edit {
            span: content.start + word_end..colon + 1,
            with: " =".into(),
        };
        h.edit = Some(edit);
        let same = Edit {
            span: colon..colon + 1,
            with: "=".into(),
        };
        return cx.done(h, Then::Edit(same, known.contains(&word.to_string())));
    }
    if known.iter().any(|k| k == word) && !rest.is_empty() {
        let mut h = hint(
            format!("put = between the key and its value: {word} = {rest}"),
            "= is missing",
            format!("write `{word} = ` before the value; {FIX_HELP}"),
            content.start..content.start + word_end,
        );
        let gap = content.start + word_end..content.start + raw.len() - rest.len();
        h.edit = Some(Edit {
            span: gap.clone(),
            with: " = ".into(),
        });
        let then = if gap.is_empty() {
            cx.skip()
        } else {
            let with = format!("={}", " ".repeat(gap.len() - 1));
            Then::Edit(Edit { span: gap, with }, true)
        };
        return cx.done(h, then);
    }
    // a note, a bullet, a second line of some text: not data TOML can read
    let mut h = hint(
        "this line is neither `key = value` nor a [table] header; if it is a note, start it with #"
            .into(),
        "not TOML",
        format!(
            "make it a comment by putting # at its start (or move the text into a value in quotes); {FIX_HELP}"
        ),
        content.clone(),
    );
    h.edit = Some(Edit {
        span: content.start..content.start,
        with: "# ".into(),
    });
    cx.done(h, Then::Blank(cx.line.clone(), true))
}

/// A mistake in the key of `key = value`: spaces, other characters, or no key.
fn in_key(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    let eq = equals(raw)?;
    if cx.span.start >= content.start + eq {
        return None;
    }
    let key = raw[..eq].trim();
    let key_span = content.start..content.start + key.len();
    let value = raw[eq + 1..].trim();
    if key.is_empty() {
        let h = hint(
            format!("the key is missing before =: write the key, as in title = {value}"),
            "no key",
            "write the name of the key before =".into(),
            content.start..content.start + 1,
        );
        return cx.done(h, cx.skip());
    }
    let wanted = plain_letters(&snake(key));
    let known = cx.known_keys();
    let exact = known.contains(&wanted);
    let target = if exact {
        Some(wanted.clone())
    } else {
        suggest_key(&wanted, &known)
    };
    let why = if key.contains(char::is_whitespace) {
        "a key has no spaces"
    } else {
        "a key is written in plain letters, digits, _ and -"
    };
    let message = match &target {
        Some(t) if exact => format!("{why}: write {t} = {value}"),
        Some(t) => format!("{why}; did you mean `{t}`? write {t} = {value}"),
        None if known.is_empty() => format!("{why}: write {wanted} = {value}"),
        None => format!(
            "{why}: write {wanted} = {value} (the keys known here are: {})",
            known.join(", ")
        ),
    };
    let mut h = hint(
        message,
        "not a key TOML reads",
        match &target {
            Some(t) => format!("rename the key to `{t}`; {FIX_HELP}"),
            None => "write the key in letters, digits and _".into(),
        },
        key_span.clone(),
    );
    let with = target.clone().unwrap_or(wanted);
    let edit = Edit {
        span: key_span,
        with,
    };
    h.edit = target.is_some().then(|| edit.clone());
    // a key the format does not know as written is not read: its value is not taken for
    // another key's, and no key is reported missing because of it
    let then = if exact {
        cx.read_as(&edit, true)
    } else {
        cx.skip()
    };
    cx.done(h, then)
}

/// A mistake in the value of `key = value`.
fn in_value(cx: &Ctx<'_>) -> Option<Mistake> {
    let (key, value) = assignment(cx.text, &cx.line)?;
    let raw = &cx.text[value.clone()];
    if raw.is_empty() {
        let example = example_for(cx.takes(&key).as_ref());
        let h = hint(
            format!("`{key}` has no value: write the value after =, as in {key} = {example}"),
            "no value",
            "write the value after =; docs/format.md shows what each key takes".into(),
            value.start.min(cx.line.end)..cx.line.end,
        );
        return cx.done(h, cx.skip());
    }
    // the item the parser stopped at (one value of a list or a { } table), or the whole value
    let token = if !cx.span.is_empty()
        && !cx.text[cx.span.clone()].contains('\n')
        && cx.span.start >= value.start
    {
        cx.span.clone()
    } else {
        value.clone()
    };
    let item_key = if token == value {
        key.clone()
    } else {
        let k = crate::load::key_before(cx.text, token.start);
        if k.start >= value.start && k.end <= token.start {
            cx.text[k].trim_matches(['"', '\'']).to_string()
        } else {
            key.clone()
        }
    };
    let in_list = raw.starts_with('[') && token != value;
    let in_table = raw.starts_with('{') && token != value;
    let takes = if in_table {
        match cx.takes(&key) {
            Some(Takes::Map) => Some(Takes::Number),
            _ => None,
        }
    } else if in_list {
        Some(Takes::Text)
    } else {
        cx.takes(&key)
    };
    let v = Value {
        key: item_key,
        token,
        takes,
        in_list,
    };
    two_keys(cx, &key, &value)
        .or_else(|| parentheses(cx, &key, &value))
        .or_else(|| brackets_for_table(cx, &key, &value))
        .or_else(|| glued_items(cx, &v, &key, &value))
        .or_else(|| colon_in_table(cx, &key, &value))
        .or_else(|| scalar(cx, &v))
        .or_else(|| after_value(cx, &key, &value))
        .or_else(|| escapes(cx, &key, &value))
        .or_else(|| unclosed_text(cx, &key, &value))
        .or_else(|| missing_comma(cx, &key, &value))
        .or_else(|| bare_text(cx, &v, &key, &value))
}

/// The value the parser stopped at.
struct Value {
    /// The key it is the value of (in a `{ }` table, the key inside it).
    key: String,
    token: Range<usize>,
    takes: Option<Takes>,
    in_list: bool,
}

fn example_for(takes: Option<&Takes>) -> String {
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
fn scalar(cx: &Ctx<'_>, v: &Value) -> Option<Mistake> {
    let t = cx.text[v.token.clone()].trim();
    let key = &v.key;
    if let Some(n) = percent(t) {
        let h = hint(
            format!("write the number without %: {key} = {n}"),
            "% is not part of a number",
            format!("percentages are plain numbers from 0 to 100; {FIX_HELP}"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), n);
    }
    if let Some(q) = normal_quarter(t) {
        let fixed = format!("\"{q}\"");
        let h = hint(
            format!("a quarter is text in quotes: {key} = {fixed}"),
            "quarter without quotes",
            format!("put the quarter in quotes; {FIX_HELP}"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), fixed);
    }
    if let Some(b) = boolean(t, v.takes.as_ref()) {
        let h = hint(
            format!("write true or false, in small letters and without quotes: {key} = {b}"),
            "not true or false",
            format!("TOML reads only true and false; {FIX_HELP}"),
            v.token.clone(),
        );
        return cx.repaired(h, v.token.clone(), b.into());
    }
    None
}

/// `60%`, `60 %`, `20.5%`: the number without the sign.
fn percent(t: &str) -> Option<String> {
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
fn boolean(t: &str, takes: Option<&Takes>) -> Option<&'static str> {
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
fn unbracketed_list(cx: &Ctx<'_>, key: &str, value: &Range<usize>, rest: &str) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    if rest.starts_with(',') && rest.len() > 1 && matches!(cx.takes(key), Some(Takes::List)) {
        let fixed = format!("[{raw}]");
        let h = hint(
            format!("a list is written in square brackets: {key} = {fixed}"),
            "brackets missing",
            format!("put [ before the first item and ] after the last; {FIX_HELP}"),
            value.clone(),
        );
        return cx.repaired(h, value.clone(), fixed);
    }
    None
}

/// A quote inside the text that ended it early: `'Mayor's Office'`, `"The "open" budget"`.
fn quote_inside(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let raw = &cx.text[value.clone()];
    let first = raw.chars().next()?;
    if (first == '\'' || first == '"') && raw.ends_with(first) && raw.len() >= 2 {
        let inner = &raw[1..raw.len() - 1];
        let other = if first == '\'' { '"' } else { '\'' };
        if inner.contains(first) {
            let fixed = format!("{other}{inner}{other}");
            let safe = !(inner.contains(other) || other == '"' && inner.contains('\\'));
            let what = if first == '\'' {
                "the ' inside the text ends it early: write the text in double quotes"
            } else {
                "the \" inside the text ends it early: write the text in single quotes (or write \\\" for each quote inside)"
            };
            let mut h = hint(
                format!("{what}: {key} = {fixed}"),
                "a quote inside the text",
                if safe {
                    format!("change the outer quotes; {FIX_HELP}")
                } else {
                    "change the outer quotes, and write \\\" for a double quote inside double quotes"
                        .into()
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
fn after_value(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
            format!(
                "remove the comma after the value: {key} = {kept} (TOML puts each key = value on its own line, without commas)"
            ),
            "comma after the value",
            format!("delete the comma; {FIX_HELP}"),
            comma..comma + 1,
        );
        return cx.repaired(h, comma..comma + 1, String::new());
    }
    if rest.starts_with(',') && thousands_like(cx.text[value.start..value.end].trim()) {
        let digits: String = raw.chars().filter(|c| *c != ',').collect();
        let h = hint(
            format!("write the number without thousands separators: {key} = {digits}"),
            "not a number TOML reads",
            format!("remove the commas; {FIX_HELP}"),
            value.clone(),
        );
        return cx.repaired(h, value.clone(), digits);
    }
    // a note after the value, without #
    let s = junk.start + (cx.text[junk.clone()].len() - cx.text[junk.clone()].trim_start().len());
    let kept = cx.text[value.start..junk.start].trim_end();
    let mut h = hint(
        format!(
            "only a comment may follow the value on its line; start the note with #: {key} = {kept}  # {rest}"
        ),
        "not part of the value",
        format!("put # before the note, or put the whole text in the quotes; {FIX_HELP}"),
        s..junk.end,
    );
    h.edit = Some(Edit {
        span: s..s,
        with: "# ".into(),
    });
    cx.done(h, Then::Blank(s..junk.end, true))
}

fn thousands_like(t: &str) -> bool {
    let mut groups = t.split(',');
    let first = groups.next().unwrap_or("");
    !first.is_empty()
        && first.len() <= 3
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.clone().count() >= 1
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// A backslash in text in double quotes: `"C:\docs\minutes.pdf"`.
fn escapes(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
        format!(
            "a backslash (\\) in text in double quotes starts a code such as \\n: write the text in single quotes, which keep it as it is: {key} = {fixed}"
        ),
        "backslash",
        format!(
            "use single quotes around the text, or write each \\ as \\\\ (or use / in paths); {FIX_HELP}"
        ),
        value.clone(),
    );
    cx.repaired(h, value.clone(), fixed)
}

/// Text opened with one quote and closed with the other: `'Open data"`.
fn mismatched_quotes(
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
            format!(
                "the text opens with {q} and closes with {other}: use the same quote at both ends: {key} = {fixed}"
            ),
            "quotes that do not match",
            format!("write \" at both ends; {FIX_HELP}"),
            value.start..value.start + body.len(),
        );
        return cx.repaired(h, value.start..value.start + body.len(), fixed);
    }
    None
}

/// Text in quotes that is never closed on its line: a closing quote forgotten, or a text
/// spread over several lines.
fn unclosed_text(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let m = cx.msg;
    let multi = m.starts_with("invalid multi-line");
    if !(m.starts_with("invalid basic string") || m.starts_with("invalid literal string") || multi)
    {
        return None;
    }
    let raw = &cx.text[value.start..cx.line.end];
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    if multi {
        let h = hint(
            format!(
                "the text of `{key}` opened with {q}{q}{q} is never closed: end it with {q}{q}{q}"
            ),
            "never closed",
            format!("put {q}{q}{q} where the text ends"),
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
            format!(
                "the text of `{key}` runs over several lines: write it on one line, or between {three} and {three}"
            ),
            "text over several lines",
            format!("join the lines, or put {three} at both ends of the text instead of {q}"),
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
        format!("the text is not closed: put {q} at its end: {key} = {fixed}"),
        "never closed",
        if body.contains('#') {
            format!("put {q} where the text ends")
        } else {
            format!("put {q} where the text ends; {FIX_HELP}")
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
fn missing_comma(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
    let list = cx.msg.starts_with("missing comma between array elements");
    let table = cx.msg.starts_with("missing comma between key-value pairs");
    if !(list || table) {
        return None;
    }
    let at = cx.span.start;
    let before = cx.text[value.start..at].trim_end();
    let gap = value.start + before.len()..at;
    let fixed = format!("{before}, {}", cx.text[at..value.end].trim_start());
    let what = if list {
        "items of a list"
    } else {
        "entries of a { } table"
    };
    let mut h = hint(
        format!("put a comma between the {what}: {key} = {fixed}"),
        "comma missing",
        format!("add the comma; {FIX_HELP}"),
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
fn not_of_its_kind(cx: &Ctx<'_>, v: &Value) -> Option<Mistake> {
    let k = &v.key;
    let (message, label, help) = match &v.takes {
        Some(Takes::Date) => (
            format!(
                "`{k}` takes a date written as YYYY-MM-DD, without quotes, such as {k} = 2026-05-15"
            ),
            "not a date",
            "write the day as year-month-day in digits",
        ),
        Some(Takes::Number) => (
            format!("`{k}` takes a number, without quotes or % sign, such as {k} = 50"),
            "not a number",
            "write the number in digits",
        ),
        Some(Takes::Bool) => (
            format!("`{k}` takes true or false, without quotes: {k} = true"),
            "not true or false",
            "write true or false",
        ),
        _ => return None,
    };
    cx.done(
        hint(message, label, help.into(), v.token.clone()),
        cx.skip(),
    )
}

/// Text without quotes (`title = Open data`, `values = [transparency]`), or a value that is no
/// value of its kind.
fn bare_text(cx: &Ctx<'_>, v: &Value, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
            format!("the text has no opening quote: {key} = {fixed}"),
            "opening quote missing",
            format!("put {q} before the text; {FIX_HELP}"),
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
        format!("text must be in quotes: {k} = {fixed}"),
        "text without quotes",
        if safe {
            format!("put the text in double quotes; {FIX_HELP}")
        } else {
            "put the text in single quotes".into()
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

/// `Civil Society`, `civil_society`, `cocreation`: how a value is compared with the allowed
/// ones (case, spaces, `_` and `-` set aside).
pub fn normalise(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .collect()
}

/// An allowed value written in another case or with spaces (`"Government"`, `"civil society"`):
/// the value as the format spells it, from serde's list of the allowed ones.
pub fn enum_value(text: &str, span: &Range<usize>, msg: &str, typos: bool) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?;
    let allowed: Vec<&str> = msg
        .split_once("expected ")?
        .1
        .split('`')
        .skip(1)
        .step_by(2)
        .collect();
    let same = allowed.iter().find(|a| normalise(a) == normalise(inner));
    // or a typo: the one allowed value within two letters
    let close: Vec<&&str> = allowed
        .iter()
        .filter(|a| strsim::damerau_levenshtein(&normalise(a), &normalise(inner)) <= 2)
        .collect();
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    let (target, message) = match (same, close.as_slice()) {
        (Some(t), _) if !typos => (
            *t,
            format!("write the value as the format spells it: {key} = \"{t}\""),
        ),
        (None, [t]) if typos && inner.chars().count() >= 4 => (
            **t,
            format!("unknown value `{inner}`; did you mean {key} = \"{t}\"?"),
        ),
        _ => return None,
    };
    let fixed = format!("\"{target}\"");
    Some(Hint {
        message,
        label: "not an allowed value".into(),
        help: format!("the allowed values are {}; {FIX_HELP}", allowed.join(", ")),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: fixed,
        }),
    })
}

/// `"true"`, `"yes"`: true or false in quotes where the key takes true or false.
pub fn quoted_bool(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?.trim();
    let b = match inner.to_lowercase().as_str() {
        "true" | "yes" | "y" | "on" | "sim" | "si" | "sí" | "oui" => "true",
        "false" | "no" | "n" | "off" | "não" | "nao" | "non" => "false",
        _ => return None,
    };
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    Some(Hint {
        message: format!("write true or false, in small letters and without quotes: {key} = {b}"),
        label: "text, not true or false".into(),
        help: format!("TOML reads only true and false; {FIX_HELP}"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: b.into(),
        }),
    })
}

/// `[[monitoring_body]]` for a single table: serde's "expected struct" at a list header.
pub fn double_for_single(text: &str, span: &Range<usize>) -> Option<Hint> {
    let header = header_line(text, span.start)?;
    let (name, list) = header_of(&text[header.clone()])?;
    if !list {
        return None;
    }
    let fixed = format!("[{name}]");
    Some(Hint {
        message: format!(
            "`[[{name}]]` starts a list, but there is only one {name}: write {fixed}, in single brackets"
        ),
        label: "double brackets".into(),
        help: format!("write the header as {fixed}; {FIX_HELP}"),
        span: header.clone(),
        related: None,
        edit: Some(Edit {
            span: header,
            with: fixed,
        }),
    })
}

/// One text where the key takes a list (`values = "transparency"`): the text in brackets.
pub fn one_for_list(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    if !(raw.starts_with('"') || raw.starts_with('\'')) || raw.contains('\n') {
        return None;
    }
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    let fixed = format!("[{raw}]");
    Some(Hint {
        message: format!(
            "a list is written in square brackets, even with one item: {key} = {fixed}"
        ),
        label: "a text, not a list".into(),
        help: format!("put the text in [ ]; {FIX_HELP}"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: fixed,
        }),
    })
}

/// A number in quotes, with or without a % sign (`"60%"`, `"60"`): the number alone.
pub fn quoted_number(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?.trim();
    let n = percent(inner).or_else(|| percent(&format!("{inner}%")))?;
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    Some(Hint {
        message: format!("write the number without quotes or % sign: {key} = {n}"),
        label: "a number in quotes is text".into(),
        help: format!("percentages are plain numbers from 0 to 100; {FIX_HELP}"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: n,
        }),
    })
}

/// A list with text items not in quotes: every bare item quoted.
fn bare_list(cx: &Ctx<'_>, key: &str, value: &Range<usize>) -> Option<Mistake> {
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
        format!("text in a list needs quotes too: {key} = {fixed}"),
        "text without quotes",
        format!("put each item in double quotes; {FIX_HELP}"),
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
fn decimal_comma(cx: &Ctx<'_>) -> Option<Mistake> {
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
        format!("write the number with a point, not a comma: {key} = {number}"),
        "a comma ends the value here",
        format!("in TOML a comma separates values, and numbers take a decimal point; {FIX_HELP}"),
        span.clone(),
    );
    let edit = Edit { span, with: number };
    h.edit = Some(edit.clone());
    cx.done(h, cx.read_as(&edit, true))
}

/// What the parser said, in plain words, when no mistake above fits.
fn fallback(cx: &Ctx<'_>) -> Mistake {
    let m = cx.msg;
    let plain = if m.starts_with("unexpected key or value") {
        "something follows the value on this line: put each key = value on its own line, and start notes with #"
    } else if m.starts_with("key with no value") || m.starts_with("missing assignment") {
        "a key needs = and a value: write key = value"
    } else if m.starts_with("unclosed array table") {
        "a list's header has two brackets on each side: [[name]]"
    } else if m.starts_with("unclosed table") {
        "the table header is not closed with ]"
    } else if m.starts_with("unclosed array") || m.contains("between array elements") {
        "a list is written [\"a\", \"b\"]: items in quotes, separated by commas, closed with ]"
    } else if m.starts_with("unclosed inline table") || m.contains("inline table") {
        "a { } table is written { a = 1, b = 2 }, on one line, closed with }"
    } else if m.starts_with("extra comma") {
        "there is a comma too many here: remove it"
    } else if m.contains("string") {
        "text is written in straight double quotes: \"like this\""
    } else {
        "this is not how TOML writes a value: text goes in quotes, dates as 2026-05-15, numbers in digits"
    };
    let span = if cx.span.is_empty() {
        let c = cx.content();
        if c.is_empty() { cx.span.clone() } else { c }
    } else {
        cx.span.clone()
    };
    let h = hint(
        format!("this is not valid TOML: {plain}"),
        "here",
        "Correct the TOML at the marked position; docs/format.md shows every file written out"
            .into(),
        span,
    );
    Mistake {
        hint: h,
        then: cx.skip(),
        fact: crate::diag::Fact::None,
    }
}

/// The closest known name, if one is close enough to be a plausible typo.
pub fn suggest(key: &str, known: &[String]) -> Option<String> {
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

/// Words people write for a key of the format, by what they mean: the first of the keys that
/// the table knows is suggested (`deadline` in a milestone is its `due`; in a commitment, its
/// `end`).
const SYNONYMS: &[(&[&str], &[&str])] = &[
    (
        &[
            "deadline",
            "due_date",
            "due_on",
            "duedate",
            "target",
            "target_date",
            "by_when",
        ],
        &["due", "end", "submission_deadline", "until"],
    ),
    (
        &[
            "finished",
            "finish",
            "done_on",
            "completed_on",
            "completion",
            "completion_date",
            "complete",
            "achieved",
            "delivered",
            "closed",
        ],
        &["done", "completed"],
    ),
    (
        &[
            "begin",
            "begins",
            "start_date",
            "starts",
            "from",
            "started",
            "beginning",
            "since",
        ],
        &["start", "established", "date"],
    ),
    (
        &[
            "end_date",
            "ends",
            "finish_date",
            "to",
            "until_date",
            "expires",
            "planned_end",
        ],
        &["end", "until", "due"],
    ),
    (
        &[
            "when",
            "day",
            "held",
            "held_on",
            "meeting_date",
            "published",
            "updated",
            "on",
        ],
        &["date", "due"],
    ),
    (&["name"], &["title"]),
    (&["title", "full_name"], &["name"]),
    (
        &[
            "owner",
            "responsible",
            "lead_agency",
            "leader",
            "agency",
            "department",
        ],
        &["lead"],
    ),
    (
        &[
            "participants",
            "attendance",
            "attended",
            "attended_by",
            "people",
            "present",
        ],
        &["attendees"],
    ),
    (&["type", "category"], &["purpose", "kind", "sector"]),
    (
        &["description", "summary", "details", "text"],
        &["problem", "summary", "description"],
    ),
    (&["mail", "e_mail", "email_address", "contact"], &["email"]),
    (&["percent", "percentage", "status"], &["progress"]),
    (&["period", "q"], &["quarter"]),
    (
        &["notes", "comment", "comments", "remarks"],
        &["note", "summary", "description"],
    ),
    (
        &["approvers", "approved", "endorsers"],
        &["approved_by", "endorsed_by", "by"],
    ),
    (
        &["meetings", "co_created", "cocreated_in", "created_in"],
        &["co_created_in"],
    ),
    (
        &["link", "url", "report", "document"],
        &["minutes", "english_version"],
    ),
    (&["value", "ogp_values", "principle"], &["values"]),
    (
        &[
            "submission",
            "submitted_on",
            "sent",
            "submit_date",
            "date_submitted",
        ],
        &["submitted"],
    ),
    (&["lang"], &["language"]),
    // the words a Portuguese- or Spanish-speaking member writes (accents left out first)
    (&["titulo"], &["title", "name"]),
    (&["nome", "nombre"], &["name", "title"]),
    (&["pais"], &["country"]),
    (
        &["inicio", "comeco", "data_inicio", "fecha_inicio"],
        &["start"],
    ),
    (
        &["fim", "fin", "termino", "data_fim", "fecha_fin"],
        &["end", "until"],
    ),
    (&["prazo", "vencimento", "fecha_limite"], &["due", "until"]),
    (&["data", "fecha", "dia"], &["date", "due"]),
    (
        &["descricao", "descripcion", "resumo", "resumen"],
        &["description", "problem", "summary"],
    ),
    (
        &["responsavel", "responsable", "orgao", "secretaria"],
        &["lead"],
    ),
    (&["participantes", "presentes"], &["attendees"]),
    (&["ata", "acta"], &["minutes"]),
    (&["valores"], &["values"]),
    (
        &["progresso", "progreso", "avance", "avanco"],
        &["progress"],
    ),
    (&["trimestre"], &["quarter"]),
    (
        &["finalidade", "proposito", "tipo"],
        &["purpose", "kind", "sector"],
    ),
    (&["visao"], &["vision"]),
    (&["principios"], &["principles"]),
    (&["objetivos"], &["objectives"]),
    (&["idioma", "lingua"], &["language"]),
    (&["concluido", "concluida"], &["completed", "done"]),
    (
        &["marco", "marcos", "hito", "hitos", "etapa", "etapas"],
        &["milestone"],
    ),
    (&["joined_on", "member_since", "membership"], &["joined"]),
    (&["id_", "code", "number", "ref", "identifier"], &["id"]),
    (&["assessment", "assessed_on", "evaluated"], &["assessed"]),
    (
        &["dropped", "cancelled", "canceled", "removed"],
        &["withdrawn"],
    ),
];

/// The key meant by an unknown one: a word with the same meaning that this table knows, or
/// the closest spelling.
pub fn suggest_key(key: &str, known: &[String]) -> Option<String> {
    let k = plain_letters(&snake(key));
    if known.contains(&k) {
        return Some(k);
    }
    for (words, keys) in SYNONYMS {
        if words.contains(&k.as_str()) {
            if let Some(hit) = keys.iter().find(|t| known.iter().any(|kn| kn == *t)) {
                return Some((*hit).to_string());
            }
        }
    }
    suggest(&k, known)
}

/// `título` as `titulo`: the accents of Portuguese, Spanish and French left out, as a key
/// written in plain letters has them.
fn plain_letters(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// Forms that ogp reads (TOML 1.1) but that editors' TOML tools (TOML 1.0) reject: a comma
/// before the `}` of a `{ }` table, and a `{ }` table spread over several lines. Each is
/// (the place, the message, the repair when there is one).
pub fn portability(text: &str) -> Vec<Portable> {
    let mut out = Vec::new();
    // the open `{` tables: where each starts, and whether a line break was seen in it
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut brackets: Vec<char> = Vec::new();
    let mut last_comma: Option<usize> = None;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
                continue;
            }
            b'"' | b'\'' => {
                i = string_end(text, i);
                last_comma = None;
                continue;
            }
            b'{' => {
                open.push((i, false));
                brackets.push('{');
            }
            b'[' => brackets.push('['),
            b']' => {
                brackets.pop();
            }
            b'}' => {
                brackets.pop();
                if let Some((start, multi)) = open.pop() {
                    closed_table(text, start, multi, last_comma, &mut out);
                }
            }
            b'\n' if brackets.last() == Some(&'{') => {
                if let Some(o) = open.last_mut() {
                    o.1 = true;
                }
            }
            _ => {}
        }
        if c == b',' {
            last_comma = Some(i);
        } else if !c.is_ascii_whitespace() {
            last_comma = None;
        }
        i += 1;
    }
    out
}

/// The findings for a `{ }` table that opened at `start` and just closed: a comma before its
/// `}` (at `last_comma`), a table spread over several lines (`multi`).
type Portable = (Range<usize>, String, Option<Edit>);

fn closed_table(
    text: &str,
    start: usize,
    multi: bool,
    last_comma: Option<usize>,
    out: &mut Vec<Portable>,
) {
    if let Some(comma) = last_comma {
        let key = crate::load::key_before(text, start);
        let key = text.get(key).unwrap_or("").trim();
        let kept = format!(
            "{}{}",
            text[start..comma].trim_end(),
            if text[start..comma].contains('\n') {
                ""
            } else {
                " }"
            }
        );
        out.push((
                comma..comma + 1,
                format!(
                    "ogp reads a comma before }}, but editors' TOML tools reject it: remove it: {key} = {kept}"
                ),
                Some(Edit {
                    span: comma..comma + 1,
                    with: String::new(),
                }),
            ));
    }
    if multi {
        let key = crate::load::key_before(text, start);
        let key = text.get(key).unwrap_or("").trim();
        out.push((
                start..start + 1,
                format!(
                    "ogp reads a {{ }} table spread over several lines, but editors' TOML tools reject it: write `{key} = {{ ... }}` on one line"
                ),
                None,
            ));
    }
}

/// Where the string starting at `i` (a quote) ends: just after its closing quote.
fn string_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        if q == b'"' && b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == q {
            if !triple {
                return j + 1;
            }
            if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                // a closing triple may be followed by up to two more quotes
                let mut k = j + 3;
                while b.get(k) == Some(&q) && k < j + 5 {
                    k += 1;
                }
                return k;
            }
        }
        if !triple && b[j] == b'\n' {
            return j;
        }
        j += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_other_forms() {
        assert_eq!(percent("60%").as_deref(), Some("60"));
        assert_eq!(percent("20.5 %").as_deref(), Some("20.5"));
        assert_eq!(percent("%"), None);
        assert_eq!(percent("60 percent").as_deref(), Some("60"));
        assert_eq!(normal_quarter("2027-Q3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("Q3 2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("2027q3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("2027-Q5"), None);
        assert_eq!(normal_quarter("2027-T3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("3T2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("3T 2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("TODO"), None);
        assert_eq!(normal_quarter("2027-09-28T10:00"), None);
        assert!(thousands_like("120,000"));
        assert!(!thousands_like("12,00"));
    }

    mod properties {
        use proptest::prelude::*;

        proptest! {
            /// Any text made of TOML's own characters, some of them several bytes long: every
            /// file gives findings or a value, never a panic.
            #[test]
            fn never_panics(text in "[a-z0-9 =\\[\\]{}\"',.#%:\\n\\r\\t\\-_é“”€]{0,80}") {
                let _ = crate::load::parse_doc::<crate::model::CommitmentFile>(&text, 0);
                let _ = crate::load::parse_doc::<crate::model::TrackerFile>(&text, 0);
                let _ = super::super::portability(&text);
            }

            /// The same, from a real commitment with one line damaged.
            #[test]
            fn a_damaged_line_never_panics(at in 0usize..400, junk in "[\\[\\]{}\"'=,#%: é\\n]{0,6}") {
                let base = "id = \"C1\"\ntitle = \"Open data\"\nstart = 2026-06-01\nend = 2027-05-31\nco_created_in = [\"m-1\", \"m-2\"]\nvalues = [\"transparency\"]\n\n[[milestone]]\ntitle = \"Publish\"\ndue = 2026-12-31\n";
                let mut at = at.min(base.len());
                while !base.is_char_boundary(at) {
                    at -= 1;
                }
                let text = format!("{}{junk}{}", &base[..at], &base[at..]);
                let _ = crate::load::parse_doc::<crate::model::CommitmentFile>(&text, 0);
            }
        }
    }

    #[test]
    fn forms_other_tools_reject() {
        let found = |t: &str| portability(t).into_iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(
            found("progress = { C1 = 20, C2 = 10, }\n"),
            [
                "ogp reads a comma before }, but editors' TOML tools reject it: remove it: progress = { C1 = 20, C2 = 10 }"
            ]
        );
        assert!(found("progress = { C1 = 20, C2 = 10 }\nby = [\"a\", \"b\",]\n").is_empty());
        assert!(found("title = \"a, }\" # x, }\n").is_empty());
        assert_eq!(found("p = {\n a = 1 }\n").len(), 1);
    }

    #[test]
    fn synonyms_depend_on_the_table() {
        let milestone: Vec<String> = ["title", "due", "done"].map(String::from).into();
        let commitment: Vec<String> = ["id", "title", "start", "end", "completed"]
            .map(String::from)
            .into();
        assert_eq!(suggest_key("deadline", &milestone).as_deref(), Some("due"));
        assert_eq!(suggest_key("deadline", &commitment).as_deref(), Some("end"));
        assert_eq!(suggest_key("finished", &milestone).as_deref(), Some("done"));
        assert_eq!(
            suggest_key("finished", &commitment).as_deref(),
            Some("completed")
        );
        assert_eq!(suggest_key("Due Date", &milestone).as_deref(), Some("due"));
    }
}
