//! `ogp init DIR`: scaffolds a new plan repository.
//!
//! Every file is written with comments explaining each key and a `#:schema` first line, so
//! editors with taplo (Even Better TOML) complete and validate keys. The schemas themselves are
//! written into DIR/schema/ by the running `ogp` (the same schemas `ogp schema` prints), and
//! the `#:schema` lines are relative paths to them: the repository works offline and its
//! schemas always match the `ogp` that checks it (`ogp schema --out schema` refreshes them after
//! an upgrade).
//!
//! The result passes `ogp check` with no errors, only the warnings a plan still in co-creation
//! naturally has (no forum, strategy or monitoring body recorded yet, fewer than five
//! commitments). Nothing that exists is ever overwritten, and files appear atomically: they
//! are written into a staging folder beside DIR, then renamed (a new DIR) or hard-linked (an
//! existing DIR, e.g. a fresh git clone; a link never replaces a file) into place.

use crate::catalog::structure::{NO_NAME, OFFICE, POC_EMAIL, POC_NAME};
use crate::date::months_after;
use chrono::{Datelike, Days, NaiveDate};
use std::path::{Path, PathBuf};

/// What `ogp init` is asked to create (the flags of `ogp init`).
#[derive(Debug, Default)]
pub struct Request {
    /// The folder to create (or an existing folder without plan files).
    pub dir: PathBuf,
    /// The member's name; the folder's name when `None`.
    pub name: Option<String>,
    /// The country; a TODO when `None`.
    pub country: Option<String>,
    /// The joining date; today when `None`.
    pub joined: Option<NaiveDate>,
    /// The members of a joint action plan (two or more), or none.
    pub joint: Vec<String>,
    /// The end of the government term; four years after joining when `None`.
    pub term_end: Option<NaiveDate>,
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Fills `{key}` placeholders in one pass: a value is never searched for placeholders itself,
/// so a name such as `{country}` stays a name.
fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match vars
            .iter()
            .find(|(k, _)| rest[1..].starts_with(k) && rest[1 + k.len()..].starts_with('}'))
        {
            Some((k, v)) => {
                out.push_str(v);
                rest = &rest[k.len() + 2..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The dates a new repository starts with: joining, the end of the term and the first plan's
/// end.
struct Dates {
    joined: NaiveDate,
    term_end: NaiveDate,
    end: NaiveDate,
}

/// The joining date and the end of the term (four years on unless given).
fn term(args: &Request, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), String> {
    let joined = args.joined.unwrap_or(today);
    let term_end = match args.term_end {
        Some(t) => t,
        None => months_after(joined, 48).ok_or("the joining date is too late")?,
    };
    if term_end <= joined {
        return Err(format!(
            "--term-end {term_end} is not after the joining date {joined}"
        ));
    }
    Ok((joined, term_end))
}

/// A two-year plan from joining, ending no later than the term allows (P101).
fn plan_end(joined: NaiveDate, term_end: NaiveDate) -> Result<NaiveDate, String> {
    let latest =
        crate::date::due::latest_plan_end(term_end).ok_or("the term end is out of range")?;
    let end = months_after(joined, 24)
        .and_then(|d| d.checked_sub_days(Days::new(1)))
        .ok_or("the joining date is too late")?
        .min(latest);
    if end <= joined {
        return Err(format!(
            "the term ends {term_end}, too soon after joining for a plan that ends two months before it"
        ));
    }
    Ok(end)
}

/// jurisdiction.toml, filled in.
fn jurisdiction_toml(args: &Request, name: &str, d: &Dates) -> String {
    let (kind, members) = if args.joint.is_empty() {
        (
            "single",
            "# members = [\"Northville\", \"Southville\"]".to_string(),
        )
    } else {
        let m: Vec<String> = args.joint.iter().map(|m| q(m.trim())).collect();
        ("joint", format!("members = [{}]", m.join(", ")))
    };
    fill(
        JURISDICTION,
        &[
            ("name", q(name)),
            (
                "country",
                match args.country.as_deref().unwrap_or_default().trim() {
                    "" => "\"\" # TODO: the country, e.g. \"Freedonia\"".to_string(),
                    c => q(c),
                },
            ),
            ("kind", kind.to_string()),
            ("members", members),
            ("joined", d.joined.to_string()),
            ("term_end", d.term_end.to_string()),
            ("poc_name", q(POC_NAME)),
            ("poc_email", q(POC_EMAIL)),
            ("office", q(OFFICE)),
        ],
    )
}

/// The files of a new repository: (path relative to DIR, contents).
pub fn files(args: &Request, today: NaiveDate) -> Result<Vec<(String, String)>, String> {
    // The folder's own name, also for `ogp init .`.
    let folder = std::fs::canonicalize(&args.dir)
        .ok()
        .as_deref()
        .unwrap_or(&args.dir)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| NO_NAME.into());
    let name = args.name.clone().unwrap_or(folder);
    let (joined, term_end) = term(args, today)?;
    if args.joint.len() == 1 {
        return Err(
            "--joint needs two or more member jurisdictions, e.g. --joint Northville,Southville"
                .into(),
        );
    }
    let d = Dates {
        joined,
        term_end,
        end: plan_end(joined, term_end)?,
    };
    let plan = format!("{}-{}", d.joined.year(), d.end.year());
    let plan_toml = fill(
        PLAN,
        &[
            ("title", q(&format!("{name} Local Action Plan {plan}"))),
            ("start", d.joined.to_string()),
            ("end", d.end.to_string()),
        ],
    );
    let dir = format!("plans/{plan}");
    let mut v = vec![
        (
            "jurisdiction.toml".to_string(),
            jurisdiction_toml(args, &name, &d),
        ),
        (format!("{dir}/plan.toml"), plan_toml),
        (
            format!("{dir}/commitments/README.md"),
            COMMITMENTS_README.to_string(),
        ),
        (format!("{dir}/meetings.toml"), MEETINGS.to_string()),
        (format!("{dir}/tracker.toml"), TRACKER.to_string()),
        (".taplo.toml".to_string(), TAPLO.to_string()),
        (
            ".github/workflows/ogp.yml".to_string(),
            WORKFLOW.to_string(),
        ),
        (
            "README.md".to_string(),
            fill(
                README,
                &[
                    ("name", crate::render::escape::md_text(&name)),
                    ("repository", env!("CARGO_PKG_REPOSITORY").to_string()),
                ],
            ),
        ),
    ];
    for (file, schema) in crate::schema::all() {
        let text = serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
        v.push((format!("schema/{file}"), text));
    }
    Ok(v)
}

/// A staging folder beside `dir`, on the same file system, so renames are atomic.
fn staging(dir: &Path) -> Result<PathBuf, String> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let base = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(".{base}.ogp-init-{}-{stamp}", std::process::id()));
    std::fs::create_dir(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    Ok(tmp)
}

fn write_all(root: &Path, files: &[(String, String)]) -> Result<(), String> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)
                .map_err(|e| format!("cannot create {}: {e}", p.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Moves the staged files into an existing `dir`, never replacing anything.
fn place(tmp: &Path, dir: &Path, files: &[(String, String)]) -> Result<(), String> {
    for (rel, _) in files {
        let (from, to) = (tmp.join(rel), dir.join(rel));
        if let Some(p) = to.parent() {
            std::fs::create_dir_all(p)
                .map_err(|e| format!("cannot create {}: {e}", p.display()))?;
        }
        std::fs::hard_link(&from, &to)
            .or_else(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists
                    || std::fs::symlink_metadata(&to).is_ok()
                {
                    Err(e)
                } else {
                    std::fs::rename(&from, &to)
                }
            })
            .map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    }
    Ok(())
}

/// Whether `rel` (a path of [`files`]) is a plan file: `jurisdiction.toml` or anything under
/// `plans/`. `ogp init` refuses to overwrite those; other files it would write (README.md,
/// .taplo.toml, the CI workflow, the schemas) are kept as the user has them.
fn plan_file(rel: &str) -> bool {
    rel == "jurisdiction.toml" || rel.starts_with("plans/")
}

/// Creates the repository; returns what to tell the user.
pub fn run(args: &Request) -> Result<String, String> {
    let mut files = files(args, chrono::Local::now().date_naive())?;
    let given = &args.dir;
    let exists = std::fs::symlink_metadata(given).is_ok();
    if exists && !given.is_dir() {
        return Err(format!("{} exists and is not a folder", given.display()));
    }
    // `ogp init .` stages beside the folder itself, not inside it
    let dir = if exists {
        std::fs::canonicalize(given).unwrap_or_else(|_| given.clone())
    } else {
        given.clone()
    };
    let taken = |rel: &str| std::fs::symlink_metadata(dir.join(rel)).is_ok();
    let plan_taken: Vec<&str> = files
        .iter()
        .map(|(rel, _)| rel.as_str())
        .filter(|rel| plan_file(rel) && taken(rel))
        .collect();
    if let Some(first) = plan_taken.first() {
        let more = match plan_taken.len() {
            1 => String::new(),
            n => format!(" and {} more plan files", n - 1),
        };
        return Err(format!(
            "{} already holds {first}{more}; ogp init never overwrites a plan: `ogp check {}` checks it, or choose a new folder",
            crate::load::display(given),
            crate::load::shell_word(&crate::load::display(given))
        ));
    }
    let kept: Vec<String> = files
        .iter()
        .map(|(rel, _)| rel.clone())
        .filter(|rel| taken(rel))
        .collect();
    files.retain(|(rel, _)| !kept.contains(rel));
    let tmp = staging(&dir)?;
    let done = write_all(&tmp, &files).and_then(|_| {
        if exists {
            place(&tmp, &dir, &files)
        } else {
            std::fs::rename(&tmp, &dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
        }
    });
    let _ = std::fs::remove_dir_all(&tmp);
    done?;
    let shown = crate::load::display(given);
    let mut out = format!(
        "created a plan repository in {shown} ({} files)\n",
        files.len()
    );
    if !kept.is_empty() {
        out.push_str(&format!(
            "kept what was already there: {}\n",
            kept.join(", ")
        ));
    }
    out.push_str(&format!(
        "next: fill in the TODOs and placeholders, then run `ogp check {}`\n",
        crate::load::shell_word(&shown)
    ));
    Ok(out)
}

const JURISDICTION: &str = include_str!("init/jurisdiction.toml");
const PLAN: &str = include_str!("init/plan.toml");
const COMMITMENTS_README: &str = include_str!("init/commitments.md");
const MEETINGS: &str = include_str!("init/meetings.toml");
const TRACKER: &str = include_str!("init/tracker.toml");
const README: &str = include_str!("init/README.md");
/// The example `.taplo.toml` shipped at the repository root, also written by `ogp init`.
pub const TAPLO: &str = include_str!("init/taplo.toml");
/// The workflow of docs/ci.md, also written by `ogp init`.
pub const WORKFLOW: &str = include_str!("init/workflow.yml");
