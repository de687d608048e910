//! The timeline as a terminal table (wrapped into blocks of months to fit the width), as
//! Markdown (one column per month) and as CSV.

use super::{Chart, Mark, Month};
use crate::render::escape::{csv_field, md_text};
use crate::render::sanitize;
use unicode_width::UnicodeWidthStr;

/// Three characters per month in the terminal.
fn cell(m: Mark) -> String {
    match m {
        Mark::Empty => "  ·".into(),
        Mark::Span => "███".into(),
        Mark::Done => "  ✓".into(),
        Mark::Late => "  !".into(),
        Mark::Overdue => "  ✗".into(),
        Mark::Due => "  ○".into(),
        Mark::Count(n) if n > 99 => " 99".into(),
        Mark::Count(n) => format!("{n:>3}"),
    }
}

/// One word per cell for Markdown and CSV.
fn word(m: Mark) -> String {
    match m {
        Mark::Empty => String::new(),
        Mark::Span => "███".into(),
        Mark::Done => "✓ done".into(),
        Mark::Late => "! late".into(),
        Mark::Overdue => "✗ overdue".into(),
        Mark::Due => "○ due".into(),
        Mark::Count(n) => n.to_string(),
    }
}

fn csv_word(m: Mark) -> String {
    match m {
        Mark::Empty => String::new(),
        Mark::Span => "active".into(),
        Mark::Done => "done".into(),
        Mark::Late => "late".into(),
        Mark::Overdue => "overdue".into(),
        Mark::Due => "due".into(),
        Mark::Count(n) => n.to_string(),
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

pub const LEGEND: &str = "███ under way   ✓ done   ! late   ✗ overdue   ○ due   n meetings";

/// The terminal table: every line fits `width` columns; months wrap into blocks.
pub fn table(c: &Chart, width: u16) -> String {
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
    let now = c.col(super::month_of(c.as_of));
    for (b, chunk) in c.months.chunks(per).enumerate() {
        let first = b * per;
        s.push('\n');
        let mut names = format!("{:label_w$} │", "");
        let mut marker = format!("{:label_w$}  ", "");
        for (k, &(_, m)) in chunk.iter().enumerate() {
            names.push_str(&format!("{m:>3}"));
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
    for l in wrap(&format!("{LEGEND}   ▼ as of {}", c.as_of), width) {
        s.push_str(&l);
        s.push('\n');
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

fn month_label((y, m): Month) -> String {
    format!("{y}-{m:02}")
}

pub fn markdown(c: &Chart) -> String {
    let now = c.col(super::month_of(c.as_of));
    let mut s = format!(
        "# {}\n\nAs of {} (month marked ▼). {LEGEND}.\n\n",
        md_text(&c.title),
        c.as_of
    );
    let head: Vec<String> = c
        .months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if Some(i) == now {
                format!("▼ {}", month_label(*m))
            } else {
                month_label(*m)
            }
        })
        .collect();
    s.push_str(&format!("| activity | {} |\n", head.join(" | ")));
    s.push_str(&format!("|---|{}\n", "---|".repeat(c.months.len())));
    for r in &c.rows {
        let cells: Vec<String> = r.cells.iter().map(|m| word(*m)).collect();
        s.push_str(&format!(
            "| {} | {} |\n",
            md_text(&r.label),
            cells.join(" | ")
        ));
    }
    s
}

pub fn csv(c: &Chart) -> String {
    let mut s = String::from("activity");
    for m in &c.months {
        s.push(',');
        s.push_str(&month_label(*m));
    }
    s.push_str("\r\n");
    for r in &c.rows {
        s.push_str(&csv_field(&r.label));
        for m in &r.cells {
            s.push(',');
            s.push_str(&csv_word(*m));
        }
        s.push_str("\r\n");
    }
    s
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
