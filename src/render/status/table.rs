//! `ogp status` as a terminal table: every line fits the width.

use super::{HISTORY_HEAD, MANY_HEAD, PROGRESS_HEAD, Page, heads, page};
use crate::i18n::Lang;
use crate::render::sanitize;
use crate::render::table::{grid, wrap_words};
use crate::status::report::Entry;
use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

/// Appends `text` wrapped to `width` columns, a line each.
fn lines(s: &mut String, text: &str, width: usize) {
    for l in wrap_words(text, width) {
        s.push_str(&l);
        s.push('\n');
    }
}

pub fn render(entries: &[Entry], as_of: NaiveDate, width: u16, lang: Lang) -> String {
    let w = usize::from(width);
    let mut s = String::new();
    match page(entries, as_of, lang) {
        Page::Many {
            title,
            count,
            tally,
            rows,
        } => {
            let line = lang.f(
                "status-table-head",
                &[
                    ("title", (&title).into()),
                    ("jurisdictions", (&count).into()),
                    ("tally", (&tally).into()),
                ],
            );
            lines(&mut s, &line, w);
            let h = heads(lang, MANY_HEAD);
            s.push_str(&grid(&h.each_ref().map(String::as_str), &rows, width));
        }
        Page::Without { head, why } => {
            lines(&mut s, &sanitize(&head), w);
            s.push('\n');
            s.push_str(&sanitize(&why));
            s.push('\n');
        }
        Page::One {
            head,
            facts,
            history,
            progress,
        } => {
            lines(&mut s, &sanitize(&head), w);
            s.push('\n');
            // the names' column: 16 wide, or as wide as the longest name in the language
            let kw = facts
                .iter()
                .map(|(k, _)| k.width())
                .max()
                .unwrap_or(0)
                .max(16);
            for (k, v) in facts {
                let wrapped = wrap_words(&sanitize(&v), w.saturating_sub(kw + 3).max(20));
                for (i, l) in wrapped.iter().enumerate() {
                    let k = if i == 0 { k.as_str() } else { "" };
                    let pad = " ".repeat(kw - k.width());
                    s.push_str(&format!("  {k}{pad} {l}\n"));
                }
            }
            s.push_str(&format!("\n{}\n", lang.t("status-history")));
            let h = heads(lang, HISTORY_HEAD);
            s.push_str(&grid(&h.each_ref().map(String::as_str), &history, width));
            if let Some((plan, rows)) = progress {
                let title = lang.f("status-commitments", &[("plan", (&plan).into())]);
                s.push_str(&format!("\n{title}\n"));
                let h = heads(lang, PROGRESS_HEAD);
                s.push_str(&grid(&h.each_ref().map(String::as_str), &rows, width));
            }
        }
    }
    s
}
