//! `ogp site`: a static, self-contained public site of every jurisdiction checked. An index
//! (status, since when, next deadline, finding counts), a page per jurisdiction (status
//! history, commitments with progress bars and milestones, the timeline SVG inline, the
//! calendar with its `.ics` beside it, the findings linking to each rule's page) and a page per
//! rule.
//!
//! Pages are made with the minijinja templates of [`crate::render::html`], with HTML
//! auto-escaping on, so every value from a plan file is escaped; the only value passed
//! unescaped is the timeline SVG, which its renderer escapes itself. Pages need no JavaScript
//! and make no request: the style sheet is inline and a Content-Security-Policy forbids
//! anything else, so they work from `file://` and any static host.
//!
//! Writing is guarded (`write::Plan`): only inside `--out`, never over a file `ogp site` did
//! not write unless `--overwrite` is given, and only files it wrote itself are removed when
//! they are no longer produced.

pub mod write;

use crate::agenda::Agenda;
use crate::calendar::State;
use crate::error::Fatal;
use crate::load::Jurisdiction;
use crate::overview::Overview;
use crate::render::html::{VERSION, env, render};
use minijinja::{Environment, Value, context};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;

/// Jurisdictions per page of the index.
pub const INDEX_ROWS: usize = 400;

/// One row of the index: the registry view's per-jurisdiction overview, as the page shows it.
#[derive(Serialize, Debug, Clone)]
pub struct Summary {
    pub name: String,
    /// The name, with the folder when another jurisdiction of the site has the same name.
    pub label: String,
    pub folder: String,
    pub href: String,
    /// The status word for machines and the style sheet: active, ..., not-yet-member, unknown.
    pub status: String,
    /// The status in words for people.
    pub status_words: String,
    pub since: Option<chrono::NaiveDate>,
    pub next_date: Option<chrono::NaiveDate>,
    pub next_what: String,
    pub errors: usize,
    pub warnings: usize,
}

/// The index row of one checked jurisdiction: the same [`Overview`] `ogp check`'s registry
/// view shows, so the site and the check never disagree.
fn summary(o: Overview, href: String) -> Summary {
    Summary {
        label: o.name.clone(),
        name: o.name,
        folder: o.folder,
        href,
        status: o.standing.as_str().to_string(),
        status_words: crate::overview::status_words(o.standing).to_string(),
        since: o.since,
        next_date: o.next.as_ref().map(|n| n.date),
        next_what: o.next.map(|n| n.what).unwrap_or_default(),
        errors: o.errors,
        warnings: o.warnings,
    }
}

#[derive(Serialize)]
struct MilestoneView {
    title: String,
    due: Option<chrono::NaiveDate>,
    state: String,
    kind: &'static str,
}

#[derive(Serialize)]
struct CommitmentView {
    id: String,
    title: String,
    percent: Option<f64>,
    quarter: Option<String>,
    milestones: Vec<MilestoneView>,
}

#[derive(Serialize)]
struct EntryView {
    date: chrono::NaiveDate,
    what: String,
    who: String,
    state: String,
    kind: &'static str,
}

#[derive(Serialize)]
struct FindingView {
    code: &'static str,
    name: &'static str,
    severity: String,
    message: String,
    place: String,
}

fn kind(s: State) -> &'static str {
    match s {
        State::Done(_) => "done",
        State::Late(_) => "late",
        State::Overdue => "overdue",
        _ => "open",
    }
}

/// The commitments of the current plan with their milestones, each in the calendar's state.
fn commitments(j: &Jurisdiction, a: &Agenda) -> Vec<CommitmentView> {
    a.commitments
        .iter()
        .map(|c| {
            let plan = j.plans.iter().find(|p| p.id == c.plan);
            let file = plan.and_then(|p| {
                p.commitments
                    .iter()
                    .find(|x| x.data.id.get() == &c.id)
                    .map(|x| &x.data)
            });
            let milestones = file
                .map(|f| {
                    f.milestone
                        .iter()
                        .enumerate()
                        .map(|(n, m)| {
                            let key = format!("{}/{}/milestone-{}", c.plan, c.id, n + 1);
                            let e = a.calendar.iter().find(|e| e.key == key);
                            let done = m.done.as_ref().map(|d| d.get().0).filter(|d| *d <= a.as_of);
                            let (state, k) = match (e, done) {
                                (Some(e), _) => (e.state.text(), kind(e.state)),
                                (None, Some(d)) => (format!("done {d}"), "done"),
                                (None, None) => ("open".to_string(), "open"),
                            };
                            MilestoneView {
                                title: m.title.get().clone(),
                                due: m.due.as_ref().map(|d| d.get().0),
                                state,
                                kind: k,
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            CommitmentView {
                id: c.id.clone(),
                title: c.title.clone(),
                percent: c.percent,
                quarter: c.quarter.clone(),
                milestones,
            }
        })
        .collect()
}

fn findings_view(j: &Jurisdiction, findings: &[crate::diag::Finding]) -> Vec<FindingView> {
    findings
        .iter()
        .map(|f| FindingView {
            code: f.rule.code,
            name: f.rule.name,
            severity: match &f.waived {
                Some(w) => match w.until {
                    Some(until) => format!("{} (waived until {until})", f.severity.as_str()),
                    None => format!("{} (acknowledged: closed)", f.severity.as_str()),
                },
                None if f.closed => format!("{} (closed)", f.severity.as_str()),
                None => f.severity.as_str().to_string(),
            },
            message: f.message.clone(),
            place: f
                .primary
                .as_ref()
                .map(|l| {
                    let src = j.source(l.file);
                    match &l.span {
                        Some(s) => format!("{}:{}", src.path, src.line_col(s.start).0),
                        None => src.path.clone(),
                    }
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// A folder name for a jurisdiction's pages: lower-case ASCII letters, digits and dashes.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let t = out.trim_matches('-');
    if t.is_empty() {
        "jurisdiction".to_string()
    } else {
        t.to_string()
    }
}

/// One jurisdiction's page and calendar, and its row of the index.
fn page(
    e: &Environment<'_>,
    out: &write::Plan,
    root: &std::path::Path,
    dir: &str,
    as_of: chrono::NaiveDate,
) -> Result<Summary, Fatal> {
    let j = crate::load::load(root);
    let opts = crate::rules::Options {
        as_of,
        as_of_given: true,
    };
    let findings = crate::rules::check(&j, opts);
    let a = Agenda::build(&j, as_of, None, None);
    let sum = summary(
        Overview::build(&j, &findings, as_of),
        format!("j/{dir}/index.html"),
    );
    let (errors, warnings) = (sum.errors, sum.warnings);
    // without a readable jurisdiction.toml: the name, the findings, an empty calendar
    let (a_view, commitments, svg, entries) = match &a {
        Some(a) => (
            Value::from_serialize(a),
            Value::from_serialize(commitments(&j, a)),
            a.chart.as_ref().map(crate::render::timeline::svg::render),
            a.calendar.as_slice(),
        ),
        None => (
            context! { jurisdiction => j.name(), since => as_of },
            Value::from(()),
            None,
            &[][..],
        ),
    };
    let calendar: Vec<EntryView> = entries
        .iter()
        .map(|x| EntryView {
            date: x.date,
            what: x.what.clone(),
            who: x.who.clone(),
            state: x.state.text(),
            kind: kind(x.state),
        })
        .collect();
    let html = render(
        e,
        "jurisdiction.html",
        context! {
            a => a_view,
            commitments,
            svg => svg.map(Value::from_safe_string),
            calendar => Value::from_serialize(&calendar),
            findings => Value::from_serialize(findings_view(&j, &findings)),
            errors, warnings, as_of, version => VERSION, up => "../../", home => true,
        },
    )?;
    out.put(&format!("j/{dir}/index.html"), &html)?;
    out.put(
        &format!("j/{dir}/calendar.ics"),
        &crate::render::calendar::ics::render(entries, as_of),
    )?;
    Ok(sum)
}

/// Writes every page of the site through `out`; returns how many files it wrote. Every path
/// is known, and checked by [`write::Plan::check`], before the first page is written; pages
/// are written as they are made, so memory holds a page per thread, not the site.
pub fn build(
    paths: &[PathBuf],
    as_of: chrono::NaiveDate,
    out: write::Plan,
) -> Result<usize, Fatal> {
    let (roots, orphans) = crate::pipeline::discover(paths)?;
    let roots = crate::pipeline::usable(roots, &orphans)?;
    let dirs = folder_names(&roots);
    let rules = rule_views();
    let index_pages = roots.len().div_ceil(INDEX_ROWS).max(1);
    let mut files: Vec<String> = Vec::new();
    for d in &dirs {
        files.push(format!("j/{d}/index.html"));
        files.push(format!("j/{d}/calendar.ics"));
    }
    files.extend((0..index_pages).map(index_name));
    files.extend(rules.iter().map(|r| format!("rules/{}.html", r.code)));
    files.push("rules/index.html".into());
    out.check(&files)?;
    let e = env();
    let mut rows: Vec<Summary> = roots
        .par_iter()
        .zip(dirs.par_iter())
        .map(|(r, d)| page(&e, &out, r, d, as_of))
        .collect::<Result<_, _>>()?;
    // a name carried by several jurisdictions shows its folder, as in the registry view
    let labels = crate::overview::labels(rows.iter().map(|r| (r.name.as_str(), r.folder.as_str())));
    for (r, l) in rows.iter_mut().zip(labels) {
        r.label = l;
    }
    rows.sort_by(|a, b| a.label.cmp(&b.label).then(a.href.cmp(&b.href)));
    write_index(&e, &out, &rows, as_of)?;
    write_rules(&e, &out, &rules, as_of)?;
    let n = files.len();
    out.finish(files)?;
    Ok(n)
}

/// One folder per jurisdiction, named after its root folder, unique.
fn folder_names(roots: &[PathBuf]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    roots
        .iter()
        .map(|r| {
            let base = slug(
                &r.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default(),
            );
            let mut s = base.clone();
            let mut k = 2;
            while !taken.insert(s.clone()) {
                s = format!("{base}-{k}");
                k += 1;
            }
            s
        })
        .collect()
}

/// "2 inactive, 5 active": how many jurisdictions have each status.
fn tally(rows: &[Summary]) -> String {
    let mut tally: Vec<(String, usize)> = Vec::new();
    for r in rows {
        match tally.iter_mut().find(|(k, _)| *k == r.status) {
            Some((_, n)) => *n += 1,
            None => tally.push((r.status.clone(), 1)),
        }
    }
    tally.sort();
    tally
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The index in pages of [`INDEX_ROWS`], so that no page grows past a couple of hundred KB.
fn write_index(
    e: &Environment<'_>,
    out: &write::Plan,
    rows: &[Summary],
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    let tally = tally(rows);
    let mut chunks: Vec<&[Summary]> = rows.chunks(INDEX_ROWS).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    let name = index_name;
    let nav: Vec<Value> = (0..chunks.len())
        .map(|k| {
            let first = k * INDEX_ROWS + 1;
            let last = (first + INDEX_ROWS - 1).min(rows.len());
            context! { href => name(k), label => format!("{first}–{last}") }
        })
        .collect();
    for (k, chunk) in chunks.iter().enumerate() {
        out.put(
            &name(k),
            &render(
                e,
                "index.html",
                context! {
                    rows => Value::from_serialize(chunk),
                    total => rows.len(),
                    pages => if chunks.len() > 1 { nav.clone() } else { Vec::new() },
                    page => k,
                    tally => tally.clone(), as_of, version => VERSION, up => "", home => true,
                },
            )?,
        )?;
    }
    Ok(())
}

/// A page per rule and the list of rules.
fn write_rules(
    e: &Environment<'_>,
    out: &write::Plan,
    rules: &[RuleView],
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    for r in rules {
        out.put(
            &format!("rules/{}.html", r.code),
            &render(
                e,
                "rule.html",
                context! { r => Value::from_serialize(r), as_of, version => VERSION, up => "../", home => true },
            )?,
        )?;
    }
    out.put(
        "rules/index.html",
        &render(
            e,
            "rules.html",
            context! { rules => Value::from_serialize(rules), as_of, version => VERSION, up => "../", home => true },
        )?,
    )
}

/// The name of the index page `k` (from 0).
fn index_name(k: usize) -> String {
    if k == 0 {
        "index.html".to_string()
    } else {
        format!("index-{}.html", k + 1)
    }
}

#[derive(Serialize)]
struct RuleView {
    code: &'static str,
    name: &'static str,
    summary: &'static str,
    section: &'static str,
    severity: &'static str,
    what: &'static str,
    why: &'static str,
    example: &'static str,
    fix: &'static str,
}

fn rule_views() -> Vec<RuleView> {
    crate::registry::all()
        .into_iter()
        .map(|r| RuleView {
            code: r.code,
            name: r.name,
            summary: r.summary,
            section: r.section,
            severity: r.severity.as_str(),
            what: r.what,
            why: r.why,
            example: r.example.trim_end(),
            fix: r.fix,
        })
        .collect()
}
