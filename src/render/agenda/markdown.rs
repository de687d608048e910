//! The briefing as Markdown that pastes into minutes and renders on GitHub: headings, tables,
//! no HTML.

use crate::agenda::{Agenda, Commitment, Deadline};
use crate::i18n::{Arg, Lang};
use crate::render::escape::md_text;

/// The widest line of the timeline's tables: minutes are printed on A4.
const WIDTH: u16 = 100;

fn next(c: &Commitment, lang: Lang) -> String {
    match &c.next_milestone {
        Some(m) => {
            let id = if m.overdue {
                "agenda-milestone-overdue"
            } else {
                "agenda-milestone-due"
            };
            let date = m.date.to_string();
            lang.f(
                id,
                &[("title", (&m.title).into()), ("date", (&date).into())],
            )
        }
        None => lang.t("agenda-milestone-none"),
    }
}

/// A Markdown table; an empty list says so in a sentence instead.
fn md_table(s: &mut String, head: &[String], rows: Vec<Vec<String>>, empty: &str) {
    if rows.is_empty() {
        s.push_str(empty);
        s.push_str("\n\n");
        return;
    }
    s.push_str(&format!("| {} |\n", head.join(" | ")));
    s.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| md_text(c)).collect();
        s.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    s.push('\n');
}

/// The column heads `agenda-column-<key>` in `lang`.
fn heads(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter()
        .map(|k| lang.t(&format!("agenda-column-{k}")))
        .collect()
}

/// The briefing's title and its period.
fn head(a: &Agenda, lang: Lang) -> String {
    let day = |d: chrono::NaiveDate| lang.date(d);
    let (as_of, since, until) = (day(a.as_of), day(a.since), day(a.until));
    let name = md_text(&a.jurisdiction);
    let what = md_text(&a.since_what);
    let title = lang.f(
        "agenda-title",
        &[("date", Arg::S(&as_of)), ("name", Arg::S(&name))],
    );
    let period = lang.f(
        "agenda-period",
        &[
            ("since", Arg::S(&since)),
            ("why", Arg::S(&what)),
            ("until", Arg::S(&until)),
        ],
    );
    format!("# {title}\n\n{period}\n\n")
}

/// The status and what would change it.
fn status(s: &mut String, a: &Agenda, lang: Lang) {
    s.push_str(&format!("## {}\n\n", lang.t("agenda-status")));
    match &a.status {
        Some(st) => {
            let word = lang.t(&format!("agenda-status-{}", st.status));
            let line = match st.since {
                Some(d) => lang.f(
                    "agenda-status-since",
                    &[("status", (&word).into()), ("date", (&lang.date(d)).into())],
                ),
                None => lang.f("agenda-status-now", &[("status", (&word).into())]),
            };
            let reason = md_text(st.reason.trim_end_matches('.'));
            let change = md_text(st.change.trim_end_matches('.'));
            let line = lang.f(
                "agenda-status-reason",
                &[("status", (&line).into()), ("reason", (&reason).into())],
            );
            s.push_str(&format!(
                "{line}\n\n{}\n\n",
                lang.f("agenda-change", &[("change", (&change).into())])
            ));
        }
        None => {
            s.push_str(&lang.t("agenda-status-unreadable"));
            s.push_str("\n\n");
        }
    }
}

/// Markdown that pastes into minutes and renders on GitHub: headings, tables, no HTML.
pub fn render(a: &Agenda) -> String {
    let lang = a.lang;
    let mut s = head(a, lang);
    status(&mut s, a, lang);
    let since = lang.date(a.since);
    let until = lang.date(a.until);
    s.push_str(&format!(
        "## {}\n\n",
        lang.f("agenda-done-since", &[("date", (&since).into())])
    ));
    md_table(
        &mut s,
        &heads(lang, &["date", "what"]),
        a.done
            .iter()
            .map(|d| vec![d.date.to_string(), d.what.clone()])
            .collect(),
        &lang.t("agenda-nothing-done"),
    );
    s.push_str(&format!("## {}\n\n", lang.t("agenda-overdue")));
    let dl = |v: &[Deadline]| -> Vec<Vec<String>> {
        v.iter()
            .map(|d| vec![d.date.to_string(), d.what.clone(), d.who.clone()])
            .collect()
    };
    md_table(
        &mut s,
        &heads(lang, &["was-due", "what", "who"]),
        dl(&a.overdue),
        &lang.t("agenda-nothing-overdue"),
    );
    s.push_str(&format!(
        "## {}\n\n",
        lang.f("agenda-due-by", &[("date", (&until).into())])
    ));
    md_table(
        &mut s,
        &heads(lang, &["due", "what", "who"]),
        dl(&a.due),
        &lang.t("agenda-nothing-due"),
    );
    commitments(&mut s, a, lang);
    if let Some(c) = &a.chart {
        s.push_str(&format!("## {}\n\n", lang.t("agenda-timeline")));
        s.push_str(&format!("{}\n\n", md_text(&c.title)));
        s.push_str(&crate::render::timeline::markdown::body(c, WIDTH));
    }
    s
}

fn commitments(s: &mut String, a: &Agenda, lang: Lang) {
    s.push_str(&format!("## {}\n\n", lang.t("agenda-commitments")));
    md_table(
        s,
        &heads(
            lang,
            &["commitment", "state", "milestones-done", "next-milestone"],
        ),
        a.commitments
            .iter()
            .map(|c| {
                vec![
                    format!("{} {}", c.id, c.title),
                    c.state_words.clone(),
                    lang.f(
                        "agenda-milestones-done",
                        &[
                            ("done", c.milestones_done.into()),
                            ("total", c.milestones.into()),
                        ],
                    ),
                    next(c, lang),
                ]
            })
            .collect(),
        &lang.t("agenda-no-commitments"),
    );
}
