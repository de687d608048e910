//! The index of the site: a row per member, grouped by country, in pages of [`INDEX_ROWS`];
//! and, for a site in several languages, the page that leads to the first language.

use super::{Site, member, write};
use crate::error::Fatal;
use crate::i18n::Lang;
use crate::overview::Overview;
use crate::render::html::{VERSION, render};
use minijinja::{Value, context};
use serde::Serialize;

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
pub(super) fn summary(
    o: Overview,
    href: String,
    country: String,
    overdue: usize,
    lang: Lang,
) -> Summary {
    let status = o.standing.as_str();
    Summary {
        label: o.name.clone(),
        name: o.name,
        folder: o.folder,
        country,
        href,
        status: status.to_string(),
        status_words: member::words(status, lang),
        since: o.since,
        overdue,
        next_date: o.next.as_ref().map(|n| n.date),
        next_what: o.next.map(|n| n.what.render(lang)).unwrap_or_default(),
        errors: o.errors,
        warnings: o.warnings,
    }
}

/// The index row as the public reads it: the public name, the page's folder (not the
/// machine's path) and, for a status not established now, the last one known.
pub(super) fn public_summary(
    sum: &mut Summary,
    name: &str,
    dir: &str,
    kept: Option<&member::Kept>,
    lang: Lang,
) {
    sum.name = name.to_string();
    sum.label = name.to_string();
    sum.folder = dir.to_string();
    if let Some(k) = kept.filter(|_| sum.status == "unknown") {
        sum.status_words = lang.f(
            "site-last-known",
            &[("status", (&member::words(&k.status, lang)).into())],
        );
    }
}

/// The rows of the index in order: grouped by country, then by name; a name carried by several
/// jurisdictions shows its folder, as in the registry view.
pub(super) fn sorted(mut rows: Vec<Summary>) -> Vec<Summary> {
    let labels = crate::overview::labels(rows.iter().map(|r| (r.name.as_str(), r.folder.as_str())));
    for (r, l) in rows.iter_mut().zip(labels) {
        r.label = l;
    }
    rows.sort_by(|a, b| {
        (a.country.is_empty(), &a.country, &a.label, &a.href).cmp(&(
            b.country.is_empty(),
            &b.country,
            &b.label,
            &b.href,
        ))
    });
    rows
}

/// The `index.html` of a site in several languages: it leads to the first language's index at
/// once, and lists every language for a browser that does not follow.
pub(super) fn write_languages(
    first: &Site<'_>,
    out: &write::Plan,
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    let langs: Vec<Value> = first
        .langs
        .iter()
        .map(|l| context! { code => l.code(), name => l.name(), href => format!("{}/index.html", l.code()) })
        .collect();
    out.put(
        "index.html",
        &render(
            &first.e,
            "languages.html",
            context! {
                choices => langs,
                go => format!("{}/index.html", first.lang.code()),
                as_of, version => VERSION, up => "", home => false,
            },
        )?,
    )
}

/// "2 inactive, 5 active": how many jurisdictions have each status.
fn tally(rows: &[Summary], lang: Lang) -> String {
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
        .map(|(k, n)| lang.f(&format!("site-tally-{k}"), &[("n", (*n).into())]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The index in pages of [`INDEX_ROWS`], so that no page grows past a couple of hundred KB.
pub(super) fn write_index(
    site: &Site<'_>,
    out: &write::Plan,
    rows: Vec<Summary>,
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    let tally = tally(&rows, site.lang);
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
        site.put(
            out,
            &name(k),
            &render(
                &site.e,
                "index.html",
                context! {
                    groups => groups(chunk, site.lang),
                    total => rows.len(),
                    pages => if chunks.len() > 1 { nav.clone() } else { Vec::new() },
                    page => k,
                    tally => tally.clone(), as_of, version => VERSION, up => "", home => true,
                    langs => site.switch(&name(k), ""),
                },
            )?,
        )?;
    }
    Ok(())
}

/// The rows of one index page by country, in order: (country, anchor, rows).
fn groups(rows: &[Summary], lang: Lang) -> Vec<Value> {
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
                lang.t("site-country-unknown")
            } else {
                country
            };
            context! { country => name, anchor => format!("c{}", k + 1), rows => Value::from_serialize(&v) }
        })
        .collect()
}

/// The name of the index page `k` (from 0).
pub(super) fn index_name(k: usize) -> String {
    if k == 0 {
        "index.html".to_string()
    } else {
        format!("index-{}.html", k + 1)
    }
}
