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
//! The pages are in the run's language; given several (`--lang es,en`), the whole site is
//! written once per language, each into a folder named by its code, every page with a switch
//! to the same page in the other languages ([`Site`]), and `index.html` leads to the first.
//! A member is read and checked once, whatever the number of languages.
//!
//! Writing is guarded (`write::Plan`): only inside `--out`, never over a file `ogp site` did
//! not write unless `--overwrite` is given, and only files it wrote itself are removed when
//! they are no longer produced.

mod index;
pub mod member;
mod rules;
pub mod write;

pub use index::{INDEX_ROWS, Summary};
use index::{index_name, public_summary, sorted, summary, write_index, write_languages};

use crate::agenda::Agenda;
use crate::calendar::State;
use crate::error::Fatal;
use crate::i18n::Lang;
use crate::load::Jurisdiction;
use crate::overview::{FromModel, Overview};
use crate::render::html::{VERSION, env_in, render};
use minijinja::{Environment, Value, context};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;

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
fn findings_view(
    j: &Jurisdiction,
    findings: &[crate::diag::Finding],
    lang: Lang,
) -> Vec<FindingView> {
    findings
        .iter()
        .map(|f| FindingView {
            code: f.rule.code,
            summary: member::public_words(&f.rule.summary(lang), &[]),
            severity: {
                let sev = lang.t(&format!("site-severity-{}", f.severity.as_str()));
                let with = |id: &str, until: &str| {
                    lang.f(id, &[("severity", (&sev).into()), ("until", until.into())])
                };
                match &f.waived {
                    Some(w) => match w.until {
                        Some(until) => with("site-finding-waived-until", &lang.date(until)),
                        None => with("site-finding-acknowledged", ""),
                    },
                    None if f.closed => with("site-finding-closed", ""),
                    None => sev,
                }
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

/// One language of the site: its words, and the folder it is written into (`es/` when the
/// site has several languages, nothing when it has one).
pub struct Site<'a> {
    pub lang: Lang,
    pub prefix: String,
    /// Every language of the site, the first the default.
    pub langs: &'a [Lang],
    e: Environment<'static>,
}

impl<'a> Site<'a> {
    /// Each language of `langs`, in order.
    pub fn all(langs: &'a [Lang]) -> Vec<Site<'a>> {
        langs
            .iter()
            .map(|&lang| Site {
                lang,
                prefix: if langs.len() > 1 {
                    format!("{}/", lang.code())
                } else {
                    String::new()
                },
                langs,
                e: env_in(lang),
            })
            .collect()
    }

    /// The language switch of the page `path` (relative to a language's folder), whose way
    /// back to that folder is `up`: every language of the site, the page's own marked as
    /// current. Empty for a site in one language.
    fn switch(&self, path: &str, up: &str) -> Vec<Value> {
        if self.langs.len() < 2 {
            return Vec::new();
        }
        self.langs
            .iter()
            .map(|l| {
                context! {
                    code => l.code(),
                    name => l.name(),
                    href => format!("{up}../{}/{path}", l.code()),
                    current => *l == self.lang,
                }
            })
            .collect()
    }

    /// Writes the page `path` of this language.
    fn put(&self, out: &write::Plan, path: &str, text: &str) -> Result<(), Fatal> {
        out.put(&format!("{}{path}", self.prefix), text)
    }
}

/// What a member's pages are made from, read and checked once for every language.
struct Checked<'j> {
    j: &'j Jurisdiction,
    findings: Vec<crate::diag::Finding>,
    cy: Option<crate::cycle::Cycle<'j>>,
    name: String,
    dir: &'j str,
    as_of: chrono::NaiveDate,
}

/// One jurisdiction's pages and calendars, one per language, and its row of each language's
/// index.
fn page(
    sites: &[Site<'_>],
    out: &write::Plan,
    root: &std::path::Path,
    dir: &str,
    as_of: chrono::NaiveDate,
) -> Result<Vec<Summary>, Fatal> {
    let j = crate::load::load(root);
    let opts = crate::rules::Options {
        as_of,
        as_of_given: true,
    };
    let c = Checked {
        findings: crate::rules::check(&j, opts),
        cy: crate::cycle::Cycle::new(&j, as_of),
        name: public_name(&j, root),
        j: &j,
        dir,
        as_of,
    };
    sites.iter().map(|s| page_in(s, out, &c)).collect()
}

/// One jurisdiction's page and calendar in one language, and its row of that index.
fn page_in(site: &Site<'_>, out: &write::Plan, c: &Checked<'_>) -> Result<Summary, Fatal> {
    let (j, cy, as_of, lang) = (c.j, c.cy.as_ref(), c.as_of, site.lang);
    let a = Agenda::build_in(j, as_of, None, None, lang);
    let mut member = match (cy, &a) {
        (Some(cy), Some(a)) => Some(member::build(j, cy, a)),
        _ => None,
    };
    let kept_file = format!("j/{}/status.json", c.dir);
    let kept = keep(out, &site.prefix, &kept_file, member.as_mut(), as_of, lang);
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
        Overview::new(j, &c.findings, FromModel::read(cy)),
        format!("j/{}/index.html", c.dir),
        country,
        overdue,
        lang,
    );
    public_summary(&mut sum, &c.name, c.dir, kept.as_ref(), lang);
    let html = member_page(site, c, &sum, member.as_ref(), kept.as_ref(), a.as_ref())?;
    site.put(out, &format!("j/{}/index.html", c.dir), &html)?;
    site.put(
        out,
        &kept_file,
        &kept.map_or_else(|| "{}\n".to_string(), |k| crate::render::escape::json(&k)),
    )?;
    site.put(
        out,
        &format!("j/{}/calendar.ics", c.dir),
        &crate::render::calendar::ics::render(entries, as_of, lang),
    )?;
    Ok(sum)
}

/// The HTML of a member's page.
fn member_page(
    site: &Site<'_>,
    c: &Checked<'_>,
    sum: &Summary,
    member: Option<&member::Member>,
    kept: Option<&member::Kept>,
    a: Option<&Agenda>,
) -> Result<String, Fatal> {
    // the whole plan, drawn by month: the page's figure
    let svg = c.cy.as_ref().and_then(|cy| {
        let mut o = crate::timeline::Options::new(crate::timeline::Unit::Month);
        o.lang = site.lang;
        crate::timeline::Chart::from_model(cy, &o)
            .ok()
            .map(|c| inline_svg(crate::render::timeline::svg::render(&c)))
    });
    let lang = site.lang;
    render(
        &site.e,
        "jurisdiction.html",
        context! {
            m => Value::from_serialize(member),
            name => c.name,
            st => match (member, kept) {
                (Some(m), _) => Value::from_serialize(&m.status),
                (None, Some(k)) => Value::from_serialize(k.view(lang).0),
                (None, None) => Value::from_serialize(member::unknown_status(lang)),
            },
            kept => kept.map(|k| k.as_of),
            kept_history => kept.filter(|_| member.is_none()).map(|k| Value::from_serialize(k.view(lang).1)),
            svg_phone => a.and_then(|a| a.chart.as_ref()).map(|c| {
                Value::from_safe_string(inline_svg(crate::render::timeline::svg::render_compact(
                    c,
                    "title-phone",
                )))
            }),
            done => a.map(|a| Value::from_serialize(&a.done)),
            since => a.map(|a| a.since),
            svg => svg.map(Value::from_safe_string),
            findings => Value::from_serialize(findings_view(c.j, &c.findings, lang)),
            errors => sum.errors, warnings => sum.warnings, as_of => c.as_of, version => VERSION,
            up => "../../", home => true,
            langs => site.switch(&format!("j/{}/index.html", c.dir), "../../"),
        },
    )
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
/// one an earlier run kept (`file`, in the language's folder `prefix`: the reasons it keeps
/// are in that language's words). When this run cannot establish it, the page shows the kept
/// status and history instead, marked as resting on records that cannot be read now.
fn keep(
    out: &write::Plan,
    prefix: &str,
    file: &str,
    m: Option<&mut member::Member>,
    as_of: chrono::NaiveDate,
    lang: Lang,
) -> Option<member::Kept> {
    if let Some(k) = m.as_deref().and_then(|m| member::Kept::of(m, as_of)) {
        return Some(k);
    }
    let previous = out.previous(&format!("{prefix}{file}"));
    let k = previous.as_deref().and_then(member::Kept::read)?;
    if let Some(m) = m {
        let (status, history) = k.view(lang);
        m.status = status;
        m.history = history;
    }
    Some(k)
}

/// Writes every page of the site through `out`, in each of `langs` (the first the default);
/// returns how many files it wrote. A site in one language is written straight into the
/// folder; in several, each language has its own folder (`es/`, `en/`) holding the whole
/// site, and `index.html` leads to the first. Every path is known, and checked by
/// [`write::Plan::check`], before the first page is written; pages are written as they are
/// made, so memory holds a page per thread, not the site. What the run has to say on stderr
/// goes to `say`.
pub fn build(
    paths: &[PathBuf],
    as_of: chrono::NaiveDate,
    langs: &[Lang],
    out: write::Plan,
    say: &mut Vec<String>,
) -> Result<usize, Fatal> {
    // what is wrong with the paths is said in the site's first language
    let lang = langs.first().copied().unwrap_or_default();
    let (roots, orphans) = crate::pipeline::discover(paths, lang, say)?;
    let roots = crate::pipeline::usable(roots, &orphans, lang, say)?;
    let dirs = folder_names(&roots);
    let sites = Site::all(langs);
    let index_pages = roots.len().div_ceil(INDEX_ROWS).max(1);
    let mut files: Vec<String> = Vec::new();
    for site in &sites {
        let p = &site.prefix;
        for d in &dirs {
            files.push(format!("{p}j/{d}/index.html"));
            files.push(format!("{p}j/{d}/calendar.ics"));
            files.push(format!("{p}j/{d}/status.json"));
        }
        files.extend((0..index_pages).map(|k| format!("{p}{}", index_name(k))));
        files.extend(
            crate::catalog::all()
                .iter()
                .map(|r| format!("{p}rules/{}.html", r.code)),
        );
        files.push(format!("{p}rules/index.html"));
    }
    if sites.len() > 1 {
        files.push("index.html".into());
    }
    out.check(&files)?;
    let pages: Vec<Vec<Summary>> = roots
        .par_iter()
        .zip(dirs.par_iter())
        .map(|(r, d)| page(&sites, &out, r, d, as_of))
        .collect::<Result<_, _>>()?;
    for (k, site) in sites.iter().enumerate() {
        let rows = pages.iter().filter_map(|p| p.get(k).cloned()).collect();
        write_index(site, &out, sorted(rows), as_of)?;
        rules::write(site, &out, as_of)?;
    }
    if let Some(first) = sites.first().filter(|_| sites.len() > 1) {
        write_languages(first, &out, as_of)?;
    }
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
