//! `ogp status` as Markdown: headings, a list of facts and tables.

use super::{HISTORY_HEAD, MANY_HEAD, PROGRESS_HEAD, Page, heads, page};
use crate::i18n::Lang;
use crate::render::escape::md_text;
use crate::render::table::markdown;
use crate::status::report::Entry;
use chrono::NaiveDate;

pub fn render(entries: &[Entry], as_of: NaiveDate, lang: Lang) -> String {
    let mut s = String::new();
    match page(entries, as_of, lang) {
        Page::Many {
            title,
            count,
            tally,
            rows,
        } => {
            let line = lang.f(
                "status-markdown-tally",
                &[
                    ("jurisdictions", (&count).into()),
                    ("tally", (&tally).into()),
                ],
            );
            s.push_str(&format!("# {title}\n\n{line}\n\n"));
            let h = heads(lang, MANY_HEAD);
            s.push_str(&markdown(&h.each_ref().map(String::as_str), &rows));
        }
        Page::Without { head, why } => {
            s.push_str(&format!("# {}\n\n", md_text(&head)));
            s.push_str(&md_text(&why));
            s.push('\n');
        }
        Page::One {
            head,
            facts,
            history,
            progress,
        } => {
            s.push_str(&format!("# {}\n\n", md_text(&head)));
            for (k, v) in facts {
                s.push_str(&format!("- **{k}**: {}\n", md_text(&v)));
            }
            s.push_str(&format!("\n## {}\n\n", lang.t("status-history")));
            let h = heads(lang, HISTORY_HEAD);
            s.push_str(&markdown(&h.each_ref().map(String::as_str), &history));
            if let Some((plan, rows)) = progress {
                let title = lang.f("status-commitments", &[("plan", (&plan).into())]);
                s.push_str(&format!("\n## {title}\n\n"));
                let h = heads(lang, PROGRESS_HEAD);
                s.push_str(&markdown(&h.each_ref().map(String::as_str), &rows));
            }
        }
    }
    s
}
