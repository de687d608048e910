//! The timeline as a terminal table, wrapped into blocks of columns to fit the width.

use crate::render::sanitize;
use crate::timeline::{Chart, Mark, Month, Row, Unit, legend, month_of};
use unicode_width::UnicodeWidthStr;

/// Three characters per column in the terminal.
fn cell(m: Mark) -> String {
    match m {
        Mark::Empty => format!("  {}", m.symbol()),
        Mark::Span => m.symbol().into(),
        Mark::Count(n) => format!("{:>3}", n.min(99)),
        _ => format!("  {}", m.symbol()),
    }
}

/// Terminal-safe text cut to at most `max` columns (wide characters such as CJK take two,
/// zero-width ones none), with `…` where it was cut.
fn truncate(s: &str, max: usize) -> String {
    let s = sanitize(s);
    if s.width() <= max {
        return s;
    }
    // At most `max` characters are looked at, each taking at least no column: cheap.
    let mut t = String::new();
    for c in s.chars() {
        t.push(c);
        if t.width() + 1 > max {
            t.pop();
            break;
        }
    }
    t.push('…');
    t
}

/// [`truncate`], then padded with spaces to exactly `cols` columns.
fn fit(s: &str, cols: usize) -> String {
    let mut t = truncate(s, cols);
    let w = t.width();
    t.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    t
}

/// The terminal table: every line fits `width` columns; months wrap into blocks.
pub fn render(c: &Chart, width: u16) -> String {
    let width = width as usize;
    let label_w = c
        .rows
        .iter()
        .map(|r| sanitize(&r.label).width())
        .max()
        .unwrap_or(10)
        .clamp(10, (width / 3).max(10));
    let per = ((width.saturating_sub(label_w + 2)) / 3).max(1);
    let mut s = format!("{}\n", truncate(&c.title, width));
    let now = c.col(month_of(c.as_of));
    for (b, chunk) in c.months.chunks(per).enumerate() {
        let first = b * per;
        s.push('\n');
        let mut names = format!("{:label_w$} │", "");
        let mut marker = format!("{:label_w$}  ", "");
        for (k, &(_, m)) in chunk.iter().enumerate() {
            names.push_str(&match c.unit {
                Unit::Month => format!("{m:>3}"),
                Unit::Quarter => format!(" Q{}", (m - 1) / 3 + 1),
            });
            marker.push_str(if now == Some(first + k) {
                "  ▼"
            } else {
                "   "
            });
        }
        let years = year_line(label_w + 2, chunk);
        s.push_str(years.trim_end());
        s.push('\n');
        s.push_str(names.trim_end());
        s.push('\n');
        if now.is_some_and(|n| (first..first + chunk.len()).contains(&n)) {
            s.push_str(marker.trim_end());
            s.push('\n');
        }
        for r in &c.rows {
            let mut line = format!("{} │", fit(&r.label, label_w));
            for m in &r.cells[first..first + chunk.len()] {
                line.push_str(&cell(*m));
            }
            s.push_str(line.trim_end());
            s.push('\n');
        }
    }
    s.push('\n');
    let as_of = c.lang.f(
        "timeline-as-of",
        &[("date", (&c.lang.date(c.as_of)).into())],
    );
    for l in wrap(&format!("{}   {as_of}", legend(c.lang)), width) {
        s.push_str(&l);
        s.push('\n');
    }
    let titled: Vec<&Row> = c.rows.iter().filter(|r| r.title.is_some()).collect();
    if !titled.is_empty() {
        s.push('\n');
        let w = titled
            .iter()
            .map(|r| sanitize(&r.label).width())
            .max()
            .unwrap_or(0)
            .min(width / 3);
        for r in titled {
            let title = sanitize(r.title.as_deref().unwrap_or_default());
            let lines = textwrap::wrap(&title, width.saturating_sub(w + 2).max(20));
            for (i, l) in lines.iter().enumerate() {
                let head = if i == 0 {
                    fit(&r.label, w)
                } else {
                    " ".repeat(w)
                };
                s.push_str(format!("{head}  {l}").trim_end());
                s.push('\n');
            }
        }
    }
    s
}

/// Each four-digit year over its first month's column (it spills into the next column),
/// never overlapping the previous label.
fn year_line(indent: usize, chunk: &[Month]) -> String {
    let mut line: Vec<char> = vec![' '; indent + chunk.len() * 3 + 4];
    let mut free = 0;
    for (k, &(y, m)) in chunk.iter().enumerate() {
        if k == 0 || m == 1 {
            let at = (indent + k * 3 + 1).max(free);
            for (i, ch) in y.to_string().chars().enumerate() {
                if at + i < line.len() {
                    line[at + i] = ch;
                }
            }
            free = at + 5;
        }
    }
    line.into_iter().collect()
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for part in text.split("   ") {
        if !cur.is_empty() && cur.chars().count() + 3 + part.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push_str("   ");
        }
        cur.push_str(part);
    }
    out.push(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fit_their_columns_with_wide_characters() {
        assert_eq!(fit("河畔市の市民参加", 9), "河畔市の…");
        assert_eq!(fit("河畔市の市民参加", 9).width(), 9);
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(truncate("a\u{1b}[2Jb", 40), "a\\u{1b}[2Jb");
    }
}
