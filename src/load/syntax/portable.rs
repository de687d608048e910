//! Forms that ogp reads (TOML 1.1) but that editors' TOML tools (TOML 1.0) reject.

use super::*;

/// Forms that ogp reads (TOML 1.1) but that editors' TOML tools (TOML 1.0) reject: a comma
/// before the `}` of a `{ }` table, and a `{ }` table spread over several lines. Each is
/// (the place, the message, the repair when there is one).
pub fn portability(text: &str) -> Vec<Portable> {
    let mut out = Vec::new();
    scan(text, 0..text.len(), &mut out);
    out
}

/// [`portability`] where the parser has already said where the `{ }` tables are (`tables`,
/// each from its `{` to just after its `}`, in any order, nested ones too): only they are
/// read, which finds the same as reading the whole text, since nothing outside a `{ }` table
/// can be one of these forms.
pub fn portability_in(text: &str, tables: &mut [Range<usize>]) -> Vec<Portable> {
    let mut out = Vec::new();
    tables.sort_unstable_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut done = 0;
    for r in tables.iter() {
        // a table inside one already read was read with it
        if r.start < done || r.end > text.len() {
            continue;
        }
        scan(text, r.clone(), &mut out);
        done = r.end;
    }
    out
}

/// The scan of [`portability`] over the bytes of `range`, which starts outside any string,
/// comment or `{ }` table.
fn scan(text: &str, range: Range<usize>, out: &mut Vec<Portable>) {
    // the open `{` tables: where each starts, and whether a line break was seen in it
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut brackets: Vec<char> = Vec::new();
    let mut last_comma: Option<usize> = None;
    let b = &text.as_bytes()[..range.end];
    let mut i = range.start;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                i = text[i..b.len()].find('\n').map_or(b.len(), |n| i + n);
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
                    closed_table(text, start, multi, last_comma, out);
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
}

/// The findings for a `{ }` table that opened at `start` and just closed: a comma before its
/// `}` (at `last_comma`), a table spread over several lines (`multi`).
pub(crate) type Portable = (Range<usize>, Text, Option<Edit>);

pub(super) fn closed_table(
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
            t!("s001-portable-comma", key = key, kept = kept),
            Some(Edit {
                span: comma..comma + 1,
                with: String::new(),
            }),
        ));
    }
    if multi {
        let key = crate::load::key_before(text, start);
        let key = text.get(key).unwrap_or("").trim();
        out.push((start..start + 1, t!("s001-portable-lines", key = key), None));
    }
}

/// Where the string starting at `i` (a quote) ends: just after its closing quote.
pub(super) fn string_end(text: &str, i: usize) -> usize {
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
