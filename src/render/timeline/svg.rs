//! The timeline as an SVG Gantt chart for slides: month and year labels, a legend, a dashed
//! "as of" line, and marks that differ in shape as well as colour (a filled disc for done, a
//! triangle for late, a cross for overdue, a ring for due) so they read in greyscale too.
//! Every piece of text from the plan files is XML-escaped (`escape::xml_text`) and only ever
//! written as the content of a `<text>` or `<title>` element, never into an attribute.

use crate::i18n::Lang;
use crate::render::escape::xml_text as esc;
use crate::timeline::{Chart, LEGEND_MARKS, Mark, Row, Unit, count_word, month_of};
use std::fmt::Write;

const LABEL_W: usize = 250;
/// The label column of the compact variant: room for "C12 assessment".
const COMPACT_LABEL_W: usize = 112;
const ROW_H: usize = 26;
/// At most this many lines of a row label are drawn.
const MAX_LINES: usize = 6;
/// Line height of a wrapped row label.
const LINE_H: usize = 15;
const TOP: usize = 92;
/// DejaVu Sans first: the labels are measured with its metrics (below), and the other
/// fonts are narrower, so nothing measured to fit can overflow.
const FONT: &str = "'DejaVu Sans', Verdana, Arial, sans-serif";
const BAR: &str = "#4c72b0";
const DONE: &str = "#1b7837";
const LATE: &str = "#f1a340";
const OVERDUE: &str = "#b2182b";
const INK: &str = "#222222";

fn col_w(c: &Chart) -> usize {
    match c.unit {
        Unit::Month => 22,
        Unit::Quarter => 40,
    }
}

/// DejaVu Sans 2.37 advance widths of the printable ASCII characters (space to `~`), in
/// font units (2048 to the em), read from the font (`text_measure_covers_dejavu_sans` checks
/// them against it).
const REGULAR: [u16; 95] = [
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048,
    1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235,
    1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024,
    1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300,
    1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
];

/// The same for DejaVu Sans Bold.
const BOLD: [u16; 95] = [
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048,
    1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501,
    1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024,
    1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466,
    1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
];

/// Advance width of a character in DejaVu Sans, in 1/2048 of the font size. Characters outside
/// printable ASCII count as 1.25 em (1.5 in bold; DejaVu's wide Latin letters such as `œ` are
/// just over one em), East Asian wide ones twice that: an overestimate, never an
/// underestimate.
fn advance(ch: char, bold: bool) -> u32 {
    let i = ch as usize;
    if (0x20..0x7f).contains(&i) {
        let t = if bold { &BOLD } else { &REGULAR };
        return u32::from(t[i - 0x20]);
    }
    let em = if bold { 3072 } else { 2560 };
    if unicode_width::UnicodeWidthChar::width(ch).unwrap_or(1) >= 2 {
        2 * em
    } else {
        em
    }
}

/// Width in pixels of text in DejaVu Sans (or Bold) at `size` pixels.
pub fn text_width(s: &str, size: f64, bold: bool) -> f64 {
    let units: u32 = s.chars().map(|c| advance(c, bold)).sum();
    units as f64 * size / 2048.0
}

/// Breaks text into lines at most `max` pixels wide at `size`; a word wider than a line is
/// broken between characters. Nothing is dropped.
pub fn wrap_px(s: &str, size: f64, max: f64) -> Vec<String> {
    wrap_measured(s, size, max, false)
}

fn wrap_measured(s: &str, size: f64, max: f64, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        let tried = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if text_width(&tried, size, bold) <= max {
            cur = tried;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        for ch in word.chars() {
            cur.push(ch);
            if text_width(&cur, size, bold) > max && cur.chars().count() > 1 {
                cur.pop();
                lines.push(std::mem::take(&mut cur));
                cur.push(ch);
            }
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A length in pixels as a float; charts are far smaller than `u32::MAX` pixels.
fn px(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A coordinate for arithmetic that may go below zero.
fn signed(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A measured text width rounded up to whole pixels.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a text width is finite, non-negative and a few thousand pixels at most"
)]
fn whole_px(w: f64) -> usize {
    w.ceil().max(0.0) as usize
}

/// Draws one mark centred at (x, y).
fn mark(out: &mut String, m: Mark, x: usize, y: usize) {
    let (x, y) = (signed(x), signed(y));
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
        // a limit: a thick upright bar across the row, like a fence
        Mark::Limit => writeln!(
            out,
            r#"<rect x="{}" y="{}" width="4" height="18" fill="{INK}"/>"#,
            x - 2,
            y - 9
        ),
        Mark::Empty | Mark::Span => Ok(()),
    };
}

/// Where everything goes: computed once from the chart, then drawn.
struct Layout {
    /// Months (or quarters) shown, and a column's width.
    n: usize,
    cw: usize,
    /// The label column's width.
    lw: usize,
    /// The compact variant for a phone: short labels, no legend (the page lists it).
    compact: bool,
    /// The id of the chart's `<title>` (unique on a page that holds two charts).
    id: String,
    /// Each row's label, wrapped to the label column, and each row's height.
    labels: Vec<Vec<String>>,
    heights: Vec<usize>,
    rows_h: usize,
    /// The right edge of the grid, the title's lines and the top of the grid.
    right: usize,
    title_lines: Vec<String>,
    top: usize,
    legend_y: usize,
    width: usize,
    height: usize,
    lang: Lang,
}

/// A row label wrapped to the label column; past [`MAX_LINES`] lines it ends in `…` (the row's
/// `<title>` holds it all).
fn label_lines(full: &str, label_px: f64) -> Vec<String> {
    let mut lines = wrap_px(&crate::render::sanitize(full), 12.0, label_px);
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        let last = &mut lines[MAX_LINES - 1];
        while !last.is_empty() && text_width(&format!("{last}…"), 12.0, false) > label_px {
            last.pop();
        }
        last.push('…');
    }
    lines
}

fn layout(c: &Chart, compact: bool, id: &str) -> Layout {
    let n = c.months.len();
    let cw = col_w(c);
    let lw = if compact { COMPACT_LABEL_W } else { LABEL_W };
    let label_px = px(lw - 24);
    // a row is as tall as its label needs
    let labels: Vec<Vec<String>> = c
        .rows
        .iter()
        .map(|r| label_lines(&if compact { r.label.clone() } else { r.full() }, label_px))
        .collect();
    let heights: Vec<usize> = labels
        .iter()
        .map(|l| ROW_H.max(l.len() * LINE_H + 11))
        .collect();
    let rows_h: usize = heights.iter().sum();
    let right = lw + n * cw;
    // the title, in bold at 17 px
    let title_lines = wrap_px(
        &crate::render::sanitize(&c.title),
        17.0 * 1.15,
        px(right - 16),
    );
    let top = TOP + (title_lines.len() - 1) * 22;
    let legend_y = top + rows_h + 34;
    let legend_w = if compact {
        0
    } else {
        legend(&mut String::new(), 0, c.lang)
    };
    Layout {
        n,
        cw,
        lw,
        compact,
        id: id.to_string(),
        labels,
        heights,
        rows_h,
        right,
        title_lines,
        top,
        legend_y,
        width: (right + 24).max(legend_w + 16),
        height: if compact {
            legend_y - 14
        } else {
            legend_y + 30
        },
        lang: c.lang,
    }
}

/// Text as written, isolated (U+2068 … U+2069) when it holds bidirectional controls, so that
/// an override in a title cannot reverse the words after it.
fn isolated(text: &str) -> String {
    if text.contains(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

/// The chart as an SVG document.
pub fn render(c: &Chart) -> String {
    draw(c, false, "title")
}

/// The chart for a phone's width: short row labels (the full titles are in each row's
/// `<title>`), a narrow label column and no legend, which the page carries as a list. `id`
/// names its `<title>`, unique on the page.
pub fn render_compact(c: &Chart, id: &str) -> String {
    draw(c, true, id)
}

fn draw(c: &Chart, compact: bool, id: &str) -> String {
    let l = layout(c, compact, id);
    let mut s = String::new();
    header(&mut s, c, &l);
    columns(&mut s, c, &l);
    let mut y = l.top;
    for (k, r) in c.rows.iter().enumerate() {
        row(&mut s, r, k, y, &l);
        y += l.heights[k];
    }
    as_of_line(&mut s, c, &l);
    if !l.compact {
        legend(&mut s, l.legend_y, c.lang);
    }
    s.push_str("</svg>\n");
    s
}

/// The root element, its accessible title, the background and the chart's title.
fn header(s: &mut String, c: &Chart, l: &Layout) {
    let (width, height) = (l.width, l.height);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT}" role="img" aria-labelledby="{}">"#,
        l.id
    );
    let _ = writeln!(
        s,
        r#"<title id="{}">{}</title>"#,
        l.id,
        esc(&c.lang.f(
            "timeline-svg-title",
            &[
                ("title", (&isolated(&c.title)).into()),
                ("date", (&c.lang.date(c.as_of)).into()),
            ],
        )),
    );
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    for (k, line) in l.title_lines.iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text x="16" y="{}" font-size="17" font-weight="bold" fill="{INK}">{}</text>"#,
            28 + k * 22,
            esc(line)
        );
    }
}

/// The column grid, month initials or quarter names, and years.
fn columns(s: &mut String, c: &Chart, l: &Layout) {
    let (top, rows_h, cw, right) = (l.top, l.rows_h, l.cw, l.right);
    for (i, &(y, m)) in c.months.iter().enumerate() {
        let x = l.lw + i * cw;
        let strong = m == 1 || i == 0;
        let _ = writeln!(
            s,
            r##"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"##,
            top - 14,
            top + rows_h,
            if strong { "#999999" } else { "#e4e4e4" }
        );
        let name = match c.unit {
            Unit::Month => c.lang.t(&format!("month-initial-{m}")),
            Unit::Quarter => format!("Q{}", (m - 1) / 3 + 1),
        };
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="#555555">{name}</text>"##,
            x + cw / 2,
            top - 18
        );
        // the first column's year, unless the next year's label follows too closely to leave
        // room for it (a chart starting in November or December, by month)
        let room = m <= 10 || c.unit == Unit::Quarter;
        if strong && room {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" font-size="12" font-weight="bold" fill="{INK}">{y}</text>"#,
                x + 3,
                top - 34
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<line x1="{right}" y1="{}" x2="{right}" y2="{}" stroke="#999999"/>"##,
        top - 14,
        top + rows_h
    );
}

/// Row `k` at height `y`: its stripe, label, bars and marks, grouped under its full title.
fn row(s: &mut String, r: &Row, k: usize, y: usize, l: &Layout) {
    let h = l.heights[k];
    let mid = y + h / 2;
    // the title as written, isolated so that a bidi control in it cannot reorder the rest
    let _ = writeln!(s, "<g><title>{}</title>", esc(&isolated(&r.full())));
    if k % 2 == 1 {
        let _ = writeln!(
            s,
            r##"<rect x="8" y="{y}" width="{}" height="{h}" fill="#f3f3f3" fill-opacity="0.7"/>"##,
            l.right - 8
        );
    }
    let text_top = mid + 4 - (l.labels[k].len() - 1) * LINE_H / 2;
    for (i, line) in l.labels[k].iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text x="16" y="{}" font-size="12" fill="{INK}">{}</text>"#,
            text_top + i * LINE_H,
            esc(line)
        );
    }
    bars(s, r, mid, l);
    for (i, m) in r.cells.iter().enumerate() {
        mark(s, *m, l.lw + i * l.cw + l.cw / 2, mid);
    }
    s.push_str("</g>\n");
}

/// Each run of span cells as one bar; a bar that goes on past the chart's edge ends in an
/// arrow.
fn bars(s: &mut String, r: &Row, mid: usize, l: &Layout) {
    let (n, cw) = (l.n, l.cw);
    let mut i = 0;
    while i < n {
        if r.cells[i] != Mark::Span {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && r.cells[i] == Mark::Span {
            i += 1;
        }
        let x0 = l.lw + start * cw + 1;
        let x1 = l.lw + i * cw - 1;
        let _ = writeln!(
            s,
            r#"<rect x="{x0}" y="{}" width="{}" height="12" rx="3" fill="{BAR}"/>"#,
            mid - 6,
            x1 - x0
        );
        if start == 0 && r.before {
            let _ = writeln!(
                s,
                r#"<path d="M{} {} L{} {} L{} {} Z" fill="{BAR}"><title>{}</title></path>"#,
                x0,
                mid - 9,
                x0 - 9,
                mid,
                x0,
                mid + 9,
                esc(&l.lang.t("timeline-continues-before"))
            );
        }
        if i == n && r.after {
            let _ = writeln!(
                s,
                r#"<path d="M{} {} L{} {} L{} {} Z" fill="{BAR}"><title>{}</title></path>"#,
                x1,
                mid - 9,
                x1 + 9,
                mid,
                x1,
                mid + 9,
                esc(&l.lang.t("timeline-continues-after"))
            );
        }
    }
}

/// The dashed as-of line, placed by day within its column, with its date below.
fn as_of_line(s: &mut String, c: &Chart, l: &Layout) {
    let Some(i) = c.col(month_of(c.as_of)) else {
        return;
    };
    let (top, rows_h, cw) = (l.top, l.rows_h, l.cw);
    let days = days_in_column(c, i);
    let into = usize::try_from((c.as_of - first_day(c.months[i])).num_days()).unwrap_or(0);
    let x = l.lw + i * cw + (into * cw) / days;
    let _ = writeln!(
        s,
        r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 3"/>"#,
        top - 6,
        top + rows_h + 6
    );
    let label = esc(&c.lang.f(
        "timeline-svg-as-of",
        &[("date", (&c.lang.date(c.as_of)).into())],
    ));
    let half = text_width(&label, 11.0, false) / 2.0;
    let cx = px(x).clamp(half + 4.0, px(l.width) - half - 4.0);
    let _ = writeln!(
        s,
        r#"<text x="{cx:.0}" y="{}" font-size="11" text-anchor="middle" fill="{INK}">{label}</text>"#,
        top + rows_h + 18
    );
}

fn first_day((y, m): crate::timeline::Month) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(chrono::NaiveDate::MIN)
}

/// Days in column `i` (a month or a quarter).
fn days_in_column(c: &Chart, i: usize) -> usize {
    let first = first_day(c.months[i]);
    u32::try_from(c.unit.months())
        .ok()
        .and_then(|n| crate::date::months_after(first, n))
        .and_then(|n| usize::try_from((n - first).num_days()).ok())
        .unwrap_or(31)
        .max(1)
}

/// Draws the legend at height `y` in the chart's words; returns its width.
fn legend(s: &mut String, y: usize, lang: Lang) -> usize {
    let mut x = 16;
    let _ = writeln!(
        s,
        r#"<rect x="{x}" y="{}" width="26" height="12" rx="3" fill="{BAR}"/>"#,
        y.saturating_sub(6)
    );
    let word = esc(&Mark::Span.text(lang));
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="12" fill="{INK}">{word}</text>"#,
        x + 32,
        y + 4
    );
    x += 32 + whole_px(text_width(&word, 12.0, false)) + 20;
    let items = LEGEND_MARKS[1..]
        .iter()
        .map(|m| (*m, esc(&m.text(lang))))
        .chain(std::iter::once((Mark::Count(2), esc(&count_word(lang)))));
    for (m, label) in items {
        mark(s, m, x + 8, y);
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="12" fill="{INK}">{label}</text>"#,
            x + 22,
            y + 4
        );
        x += 22 + whole_px(text_width(&label, 12.0, false)) + 20;
    }
    x
}
