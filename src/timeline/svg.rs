//! The timeline as an SVG Gantt chart for slides: month and year labels, a legend, a dashed
//! "as of" line, and marks that differ in shape as well as colour (a filled disc for done, a
//! triangle for late, a cross for overdue, a ring for due) so they read in greyscale too.
//! Every piece of text from the plan files is XML-escaped (`escape::xml_text`) and only ever
//! written as the content of a `<text>` or `<title>` element, never into an attribute.

use super::{Chart, MONTHS, Mark};
use crate::render::escape::xml_text as esc;
use chrono::Datelike;
use std::fmt::Write;

const LABEL_W: usize = 250;
const COL_W: usize = 22;
const ROW_H: usize = 26;
const TOP: usize = 92;
const FONT: &str = "Helvetica, Arial, sans-serif";
const BAR: &str = "#4c72b0";
const DONE: &str = "#1b7837";
const LATE: &str = "#f1a340";
const OVERDUE: &str = "#b2182b";
const INK: &str = "#222222";

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}

/// Draws one mark centred at (x, y).
fn mark(out: &mut String, m: Mark, x: usize, y: usize) {
    let (x, y) = (x as i64, y as i64);
    let _ = match m {
        Mark::Done => writeln!(out, r#"<circle cx="{x}" cy="{y}" r="6" fill="{DONE}"/>"#),
        Mark::Late => writeln!(
            out,
            r#"<path d="M{} {} L{} {} L{} {} Z" fill="{LATE}" stroke="{INK}" stroke-width="1"/>"#,
            x,
            y - 7,
            x + 7,
            y + 6,
            x - 7,
            y + 6
        ),
        Mark::Overdue => writeln!(
            out,
            r#"<path d="M{} {} L{} {} M{} {} L{} {}" stroke="{OVERDUE}" stroke-width="3" stroke-linecap="round"/>"#,
            x - 6,
            y - 6,
            x + 6,
            y + 6,
            x - 6,
            y + 6,
            x + 6,
            y - 6
        ),
        Mark::Due => writeln!(
            out,
            r##"<circle cx="{x}" cy="{y}" r="5.5" fill="#ffffff" stroke="{INK}" stroke-width="1.5"/>"##
        ),
        Mark::Count(n) => writeln!(
            out,
            r##"<rect x="{}" y="{}" width="16" height="16" rx="3" fill="#dddddd" stroke="#777777"/><text x="{x}" y="{}" font-size="10" text-anchor="middle" fill="{INK}">{}</text>"##,
            x - 8,
            y - 8,
            y + 4,
            n.min(99)
        ),
        Mark::Empty | Mark::Span => Ok(()),
    };
}

pub fn render(c: &Chart) -> String {
    let n = c.months.len();
    let width = LABEL_W + n * COL_W + 24;
    let rows_h = c.rows.len() * ROW_H;
    let legend_y = TOP + rows_h + 30;
    let height = legend_y + 40;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT}" role="img" aria-labelledby="title">"#
    );
    let title = esc(&c.title);
    let _ = writeln!(
        s,
        r#"<title id="title">{title}: timeline as of {}</title>"#,
        c.as_of
    );
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r#"<text x="16" y="28" font-size="17" font-weight="bold" fill="{INK}">{title}</text>"#
    );
    // month grid, month initials and years
    for (i, &(y, m)) in c.months.iter().enumerate() {
        let x = LABEL_W + i * COL_W;
        let strong = m == 1 || i == 0;
        let _ = writeln!(
            s,
            r##"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"##,
            TOP - 14,
            TOP + rows_h,
            if strong { "#999999" } else { "#e4e4e4" }
        );
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="#555555">{}</text>"##,
            x + COL_W / 2,
            TOP - 18,
            &MONTHS[m as usize - 1][..1]
        );
        if strong {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" font-size="12" font-weight="bold" fill="{INK}">{y}</text>"#,
                x + 3,
                TOP - 34
            );
        }
    }
    let right = LABEL_W + n * COL_W;
    let _ = writeln!(
        s,
        r##"<line x1="{right}" y1="{}" x2="{right}" y2="{}" stroke="#999999"/>"##,
        TOP - 14,
        TOP + rows_h
    );
    // rows
    for (k, r) in c.rows.iter().enumerate() {
        let y = TOP + k * ROW_H;
        if k % 2 == 1 {
            let _ = writeln!(
                s,
                r##"<rect x="8" y="{y}" width="{}" height="{ROW_H}" fill="#f3f3f3" fill-opacity="0.7"/>"##,
                right - 8
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="16" y="{}" font-size="12" fill="{INK}">{}</text>"#,
            y + 17,
            esc(&short(&r.label, 36))
        );
        let mut i = 0;
        while i < n {
            if r.cells[i] == Mark::Span {
                let start = i;
                while i < n && r.cells[i] == Mark::Span {
                    i += 1;
                }
                let _ = writeln!(
                    s,
                    r#"<rect x="{}" y="{}" width="{}" height="12" rx="3" fill="{BAR}"/>"#,
                    LABEL_W + start * COL_W + 1,
                    y + 7,
                    (i - start) * COL_W - 2
                );
                continue;
            }
            i += 1;
        }
        for (i, m) in r.cells.iter().enumerate() {
            mark(&mut s, *m, LABEL_W + i * COL_W + COL_W / 2, y + ROW_H / 2);
        }
    }
    // the as-of line, placed by day within its month
    if let Some(i) = c.col(super::month_of(c.as_of)) {
        let days = days_in_month(c.as_of);
        let x = LABEL_W + i * COL_W + (c.as_of.day0() as usize * COL_W) / days;
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 3"/>"#,
            TOP - 6,
            TOP + rows_h + 6
        );
        let _ = writeln!(
            s,
            r#"<text x="{x}" y="{}" font-size="11" text-anchor="middle" fill="{INK}">as of {}</text>"#,
            TOP + rows_h + 18,
            c.as_of
        );
    }
    legend(&mut s, legend_y);
    s.push_str("</svg>\n");
    s
}

fn days_in_month(d: chrono::NaiveDate) -> usize {
    let first = d.with_day(1).unwrap_or(d);
    crate::date::months_after(first, 1)
        .map(|n| (n - first).num_days() as usize)
        .unwrap_or(31)
        .max(1)
}

fn legend(s: &mut String, y: usize) {
    let mut x = 16;
    let _ = writeln!(
        s,
        r#"<rect x="{x}" y="{}" width="26" height="12" rx="3" fill="{BAR}"/>"#,
        y - 6
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="12" fill="{INK}">under way</text>"#,
        x + 32,
        y + 4
    );
    x += 110;
    for (m, label) in [
        (Mark::Done, "done"),
        (Mark::Late, "late"),
        (Mark::Overdue, "overdue"),
        (Mark::Due, "due"),
        (Mark::Count(2), "meetings held"),
    ] {
        mark(s, m, x + 8, y);
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="12" fill="{INK}">{label}</text>"#,
            x + 22,
            y + 4
        );
        x += 40 + label.len() * 7;
    }
}
