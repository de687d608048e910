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

pub mod member;
pub mod write;

use crate::agenda::Agenda;
use crate::calendar::State;
use crate::error::Fatal;
use crate::load::Jurisdiction;
use crate::overview::{FromModel, Overview};
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
    pub country: String,
    pub href: String,
    /// The status word for machines and the style sheet: active, ..., not-yet-member, unknown.
    pub status: String,
    /// The status in words for people.
    pub status_words: String,
    pub since: Option<chrono::NaiveDate>,
    /// Deadlines passed with nothing recorded.
    pub overdue: usize,
    pub next_date: Option<chrono::NaiveDate>,
    pub next_what: String,
    pub errors: usize,
    pub warnings: usize,
}

/// The index row of one checked jurisdiction: the same [`Overview`] `ogp check`'s registry
/// view shows, so the site and the check never disagree.
fn summary(o: Overview, href: String, country: String, overdue: usize) -> Summary {
    let status = o.standing.as_str();
    Summary {
        label: o.name.clone(),
        name: o.name,
        folder: o.folder,
        country,
        href,
        status: status.to_string(),
        status_words: crate::render::status_words(status).to_string(),
        since: o.since,
        overdue,
        next_date: o.next.as_ref().map(|n| n.date),
        next_what: o.next.map(|n| n.what.en()).unwrap_or_default(),
        errors: o.errors,
        warnings: o.warnings,
    }
}

#[derive(Serialize)]
struct FindingView {
    code: &'static str,
    summary: String,
    severity: String,
    place: String,
}

/// The findings in plain words: the rule's one-line summary, how serious, and the file
/// relative to the member's folder. The exact message, with the keys and ids it names, stays
/// in `ogp check`.
fn findings_view(j: &Jurisdiction, findings: &[crate::diag::Finding]) -> Vec<FindingView> {
    findings
        .iter()
        .map(|f| FindingView {
            code: f.rule.code,
            summary: member::public_words(f.rule.summary, &[]),
            severity: match &f.waived {
                Some(w) => match w.until {
                    Some(until) => format!("{} (waived until {until})", f.severity.as_str()),
                    None => format!("{} (acknowledged: closed)", f.severity.as_str()),
                },
                None if f.closed => format!("{} (closed)", f.severity.as_str()),
                None => f.severity.as_str().to_string(),
            },
            place: f
                .primary
                .as_ref()
                .map(|l| relative(&j.root, &j.source(l.file).path))
                .unwrap_or_default(),
        })
        .collect()
}

/// A path as the public sees it: relative to the member's folder, never the machine's.
fn relative(root: &str, path: &str) -> String {
    let rel = path
        .strip_prefix(root)
        .map(|r| r.trim_start_matches(['/', '\\']))
        .unwrap_or(path);
    if rel.is_empty() || rel == path && std::path::Path::new(path).is_absolute() {
        std::path::Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        rel.to_string()
    }
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
    let cy = crate::cycle::Cycle::new(&j, as_of);
    let a = Agenda::build(&j, as_of, None, None);
    let mut member = match (&cy, &a) {
        (Some(cy), Some(a)) => Some(member::build(&j, cy, a)),
        _ => None,
    };
    let kept_file = format!("j/{dir}/status.json");
    let kept = keep(out, &kept_file, member.as_mut(), as_of);
    let name = public_name(&j, root);
    let entries = a.as_ref().map(|a| a.calendar.as_slice()).unwrap_or(&[]);
    let overdue = entries
        .iter()
        .filter(|x| matches!(x.state, State::Overdue | State::Missed))
        .count();
    let country = member
        .as_ref()
        .map(|m| m.country.clone())
        .unwrap_or_default();
    // the index line reads the model this page was built from
    let mut sum = summary(
        Overview::new(&j, &findings, FromModel::read(cy.as_ref())),
        format!("j/{dir}/index.html"),
        country,
        overdue,
    );
    public_summary(&mut sum, &name, dir, kept.as_ref());
    let (errors, warnings) = (sum.errors, sum.warnings);
    // the whole plan, drawn by month: the page's figure
    let svg = cy.as_ref().and_then(|cy| {
        let o = crate::timeline::Options::new(crate::timeline::Unit::Month);
        crate::timeline::Chart::from_model(cy, &o)
            .ok()
            .map(|c| inline_svg(crate::render::timeline::svg::render(&c)))
    });
    let html = render(
        e,
        "jurisdiction.html",
        context! {
            m => Value::from_serialize(&member),
            name,
            st => match (&member, &kept) {
                (Some(m), _) => Value::from_serialize(&m.status),
                (None, Some(k)) => Value::from_serialize(k.view().0),
                (None, None) => Value::from_serialize(member::unknown_status()),
            },
            kept => kept.as_ref().map(|k| k.as_of),
            kept_history => kept.as_ref().filter(|_| member.is_none()).map(|k| Value::from_serialize(k.view().1)),
            svg_phone => a.as_ref().and_then(|a| a.chart.as_ref()).map(|c| {
                Value::from_safe_string(inline_svg(crate::render::timeline::svg::render_compact(
                    c,
                    "title-phone",
                )))
            }),
            done => a.as_ref().map(|a| Value::from_serialize(&a.done)),
            since => a.as_ref().map(|a| a.since),
            svg => svg.map(Value::from_safe_string),
            findings => Value::from_serialize(findings_view(&j, &findings)),
            errors, warnings, as_of, version => VERSION, up => "../../", home => true,
        },
    )?;
    out.put(&format!("j/{dir}/index.html"), &html)?;
    out.put(
        &kept_file,
        &kept.map_or_else(|| "{}\n".to_string(), |k| crate::render::escape::json(&k)),
    )?;
    out.put(
        &format!("j/{dir}/calendar.ics"),
        &crate::render::calendar::ics::render(entries, as_of, crate::i18n::Lang::En),
    )?;
    Ok(sum)
}

/// The member's name, or its own folder's name when jurisdiction.toml cannot be read: never
/// the machine's path.
fn public_name(j: &Jurisdiction, root: &std::path::Path) -> String {
    match &j.file {
        crate::load::Loaded::Ok(..) => j.name(),
        _ => root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

/// The index row as the public reads it: the public name, the page's folder (not the
/// machine's path) and, for a status not established now, the last one known.
fn public_summary(sum: &mut Summary, name: &str, dir: &str, kept: Option<&member::Kept>) {
    sum.name = name.to_string();
    sum.label = name.to_string();
    sum.folder = dir.to_string();
    if let Some(k) = kept.filter(|_| sum.status == "unknown") {
        sum.status_words = format!(
            "not established; last known: {}",
            crate::render::status_words(&k.status)
        );
    }
}

/// An SVG document as HTML holds it: a carriage return (kept by the SVG as a reference, which
/// HTML forbids) becomes a line break, as it would in any text of the page, and DEL and C1
/// controls become U+FFFD.
fn inline_svg(mut svg: String) -> String {
    if svg.contains("&#13;") {
        svg = svg.replace("&#13;\n", "\n").replace("&#13;", "\n");
    }
    // DEL and the C1 controls, which HTML forbids even as references, as U+FFFD
    if svg.contains("&#x") {
        for c in 0x7fu32..=0x9f {
            let r = format!("&#x{c:x};");
            if svg.contains(&r) {
                svg = svg.replace(&r, "\u{fffd}");
            }
        }
    }
    svg
}

/// The last status the site could establish for a member: this run's when it can, else the
/// one an earlier run kept (`file`). When this run cannot establish it, the page shows the kept
/// status and history instead, marked as resting on records that cannot be read now.
fn keep(
    out: &write::Plan,
    file: &str,
    m: Option<&mut member::Member>,
    as_of: chrono::NaiveDate,
) -> Option<member::Kept> {
    if let Some(k) = m.as_deref().and_then(|m| member::Kept::of(m, as_of)) {
        return Some(k);
    }
    let k = out.previous(file).as_deref().and_then(member::Kept::read)?;
    if let Some(m) = m {
        let (status, history) = k.view();
        m.status = status;
        m.history = history;
    }
    Some(k)
}

/// Writes every page of the site through `out`; returns how many files it wrote. Every path
/// is known, and checked by [`write::Plan::check`], before the first page is written; pages
/// are written as they are made, so memory holds a page per thread, not the site. What the
/// run has to say on stderr goes to `say`.
pub fn build(
    paths: &[PathBuf],
    as_of: chrono::NaiveDate,
    out: write::Plan,
    say: &mut Vec<String>,
) -> Result<usize, Fatal> {
    let (roots, orphans) = crate::pipeline::discover(paths, say)?;
    let roots = crate::pipeline::usable(roots, &orphans, say)?;
    let dirs = folder_names(&roots);
    let rules = rule_views();
    let index_pages = roots.len().div_ceil(INDEX_ROWS).max(1);
    let mut files: Vec<String> = Vec::new();
    for d in &dirs {
        files.push(format!("j/{d}/index.html"));
        files.push(format!("j/{d}/calendar.ics"));
        files.push(format!("j/{d}/status.json"));
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
    // grouped by country on the index, then by name
    rows.sort_by(|a, b| {
        (a.country.is_empty(), &a.country, &a.label, &a.href).cmp(&(
            b.country.is_empty(),
            &b.country,
            &b.label,
            &b.href,
        ))
    });
    write_index(&e, &out, &rows, as_of)?;
    write_rules(&e, &out, &rules, as_of)?;
    let n = files.len();
    out.finish(files)?;
    Ok(n)
}

/// One folder per jurisdiction, named after its own folder, whatever order the folders are
/// found in: `riverbend`. When several share that name, each takes its parent folder's name in
/// front (`north-riverbend`, `south-riverbend`); when even that is shared, a short hash of the
/// whole path follows. So a member's address changes only when another member with the same
/// folder name joins the site.
fn folder_names(roots: &[PathBuf]) -> Vec<String> {
    let name = |p: &std::path::Path| {
        slug(
            &p.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
        )
    };
    let count = |v: &[String]| {
        let mut m = std::collections::HashMap::new();
        for s in v {
            *m.entry(s.clone()).or_insert(0usize) += 1;
        }
        m
    };
    let first: Vec<String> = roots.iter().map(|r| name(r)).collect();
    let n1 = count(&first);
    let second: Vec<String> = roots
        .iter()
        .zip(&first)
        .map(|(r, f)| {
            if n1[f] == 1 {
                return f.clone();
            }
            let parent = r
                .canonicalize()
                .ok()
                .and_then(|c| c.parent().map(name))
                .unwrap_or_else(|| "jurisdiction".into());
            format!("{parent}-{f}")
        })
        .collect();
    let n2 = count(&second);
    roots
        .iter()
        .zip(second)
        .map(|(r, s)| {
            if n2[&s] == 1 {
                return s;
            }
            let full = r.canonicalize().unwrap_or_else(|_| r.clone());
            let h = crate::diag::fnv64(full.to_string_lossy().as_bytes());
            format!("{s}-{:06x}", h & 0xff_ffff)
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
        .map(|(k, n)| format!("{n} {}", crate::render::status_words(k)))
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
                    groups => groups(chunk),
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

/// The rows of one index page by country, in order: (country, anchor, rows).
fn groups(rows: &[Summary]) -> Vec<Value> {
    let mut out: Vec<(String, Vec<&Summary>)> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some((c, v)) if *c == r.country => v.push(r),
            _ => out.push((r.country.clone(), vec![r])),
        }
    }
    out.into_iter()
        .enumerate()
        .map(|(k, (country, v))| {
            let name = if country.is_empty() {
                "Country not recorded".to_string()
            } else {
                country
            };
            context! { country => name, anchor => format!("c{}", k + 1), rows => Value::from_serialize(&v) }
        })
        .collect()
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
    summary: Vec<Piece>,
    section: String,
    severity: &'static str,
    what: Vec<Piece>,
    why: Vec<Piece>,
    example: &'static str,
    fix: Vec<Piece>,
}

/// A run of a rule's text: plain words, or a file key or value the text quotes (shown as
/// code on the page, without the backticks it is written with).
#[derive(Serialize)]
struct Piece {
    text: String,
    code: bool,
}

/// Text with backticked spans, as pieces.
fn pieces(text: &str) -> Vec<Piece> {
    text.split('`')
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| Piece {
            text: t.to_string(),
            code: k % 2 == 1,
        })
        .collect()
}

fn rule_views() -> Vec<RuleView> {
    crate::catalog::all()
        .into_iter()
        .map(|r| RuleView {
            code: r.code,
            name: r.name,
            summary: pieces(r.summary),
            section: source_words(r.section),
            severity: r.severity.as_str(),
            what: pieces(r.what),
            why: pieces(r.why),
            example: r.example.trim_end(),
            fix: pieces(r.fix),
        })
        .collect()
}

/// Where a rule comes from, for the public: "the handbook: Action Plan (...)" or "the plan
/// file format: ...", without pointers to files the site does not carry.
fn source_words(section: &str) -> String {
    let text = match section.split_once(" (docs/") {
        Some((head, _)) => head,
        None => section,
    };
    if let Some(rest) = text.strip_prefix("Handbook, ") {
        format!("the handbook, section {rest}")
    } else if let Some(rest) = text.strip_prefix("Format: ") {
        format!("the format of the plan files: {rest}")
    } else {
        text.to_string()
    }
}
