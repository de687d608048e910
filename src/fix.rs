//! `ogp check --fix` and `--diff`: the safe, mechanical repairs only — a date written as
//! 20/08/2026, 2026-8-20, `December 15, 2027` or in quotes, text in curly quotes, an unknown
//! key with one clear suggestion, and the syntax mistakes whose repair is certain (`60%`, an
//! unquoted quarter or text, a list or header not closed, a Markdown fence, a comma after a
//! value), an allowed value or an id written in another case (see [`crate::repair`],
//! `load::syntax` and the S003 and S004 findings). Each edits just the bytes of the mistake, so
//! comments and layout stay as they were.
//!
//! A file is rewritten only when it is still what the check read, is a regular file (never a
//! link), and parses after the edit without a syntax error; otherwise it is left as it was and
//! the reason is said. Nothing but the checked plan files is ever written: no backup, no
//! temporary file.

use crate::catalog::structure::S001;
use crate::diag::Finding;
use crate::i18n::{Lang, Text};
use crate::load;
use crate::render::sanitize;
use crate::report::Report;
use crate::t;
use std::ops::Range;

/// One repair in a file.
#[derive(Clone, Debug)]
pub struct Change {
    pub span: Range<usize>,
    pub with: String,
}

/// The repairs of one file and the file's text before and after them.
#[derive(Debug)]
pub struct FileFix {
    pub path: String,
    pub before: String,
    pub after: String,
    pub changes: Vec<Change>,
}

/// A file with repairs that cannot be made, and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: String,
    pub why: Text,
}

fn fixable(f: &Finding) -> impl Iterator<Item = &Finding> {
    std::iter::once(f)
        .chain(&f.follows)
        .filter(|f| f.fix.is_some() && f.primary.is_some())
}

/// The findings of `text` parsed as the plan file at `path` is parsed.
fn parse_as(path: &str, text: &str) -> Vec<Finding> {
    use crate::model::*;
    let name = path.rsplit('/').next().unwrap_or(path);
    match name {
        "jurisdiction.toml" => load::parse_doc::<JurisdictionFile>(text, 0).1,
        "plan.toml" => load::parse_doc::<PlanFile>(text, 0).1,
        "meetings.toml" => load::parse_doc::<MeetingsFile>(text, 0).1,
        "tracker.toml" => load::parse_doc::<TrackerFile>(text, 0).1,
        _ => load::parse_doc::<CommitmentFile>(text, 0).1,
    }
}

/// Drops repairs that overlap an earlier one (the next run finds them again).
fn without_overlaps(mut changes: Vec<Change>) -> Vec<Change> {
    changes.sort_by_key(|ch| (ch.span.start, ch.span.end));
    let mut kept: Vec<Change> = Vec::new();
    for ch in changes {
        if kept.last().is_none_or(|k| k.span.end <= ch.span.start) {
            kept.push(ch);
        }
    }
    kept
}

fn changes_of(findings: &[Finding]) -> Vec<Change> {
    findings
        .iter()
        .filter_map(|f| {
            let e = f.fix.as_ref()?;
            Some(Change {
                span: e.span.clone(),
                with: e.with.clone(),
            })
        })
        .collect()
}

/// The repairs the findings of `report` call for, per file, each checked against the file on
/// disk and against parsing again.
pub fn plan(report: &Report) -> (Vec<FileFix>, Vec<Skipped>) {
    let mut fixes = Vec::new();
    let mut skipped = Vec::new();
    for c in &report.checked {
        let mut by_file: Vec<(usize, Vec<Change>)> = Vec::new();
        for f in c.findings.iter().flat_map(fixable) {
            let (Some(l), Some(e)) = (&f.primary, &f.fix) else {
                continue;
            };
            let change = Change {
                span: e.span.clone(),
                with: e.with.clone(),
            };
            match by_file.iter_mut().find(|(id, _)| *id == l.file) {
                Some((_, v)) => v.push(change),
                None => by_file.push((l.file, vec![change])),
            }
        }
        for (id, changes) in by_file {
            let src = c.j.source(id);
            match check_and_apply(&src.path, &src.text, without_overlaps(changes)) {
                Ok((after, changes)) => fixes.push(FileFix {
                    path: src.path.clone(),
                    before: src.text.clone(),
                    after,
                    changes,
                }),
                Err(why) => skipped.push(Skipped {
                    path: src.path.clone(),
                    why,
                }),
            }
        }
    }
    (fixes, skipped)
}

/// Makes the repairs, then those that parsing the repaired text brings to light (a mistake
/// after a syntax error is only seen once the error is repaired), until none is left; `Err`
/// when the text would still not parse.
fn check_and_apply(
    path: &str,
    text: &str,
    mut changes: Vec<Change>,
) -> Result<(String, Vec<Change>), Text> {
    let mut after = text.to_string();
    let mut made: Vec<Change> = Vec::new();
    for _round in 0..16 {
        for ch in changes.iter().rev() {
            let fits = ch.span.end <= after.len()
                && after.is_char_boundary(ch.span.start)
                && after.is_char_boundary(ch.span.end);
            if !fits || after[ch.span.clone()].contains('\n') || ch.with.contains('\n') {
                return Err(t!("fix-does-not-fit"));
            }
            after.replace_range(ch.span.clone(), &ch.with);
        }
        made.extend(changes);
        let findings = parse_as(path, &after);
        changes = without_overlaps(changes_of(&findings));
        if changes.is_empty() {
            // a warning (a form other TOML tools reject) does not stop a repair
            return match findings
                .iter()
                .find(|f| std::ptr::eq(f.rule, &S001) && f.severity == crate::diag::Severity::Error)
            {
                Some(f) => Err(t!("fix-still-invalid", mistake = f.message.clone())),
                None => Ok((after, made)),
            };
        }
    }
    Err(t!("fix-too-many"))
}

/// Writes each file's repairs, if the file is still the one that was checked. Returns what
/// was done, one line per file or repair, for the user, in `lang`.
pub fn write(fixes: &[FileFix], skipped: &[Skipped], lang: Lang) -> String {
    let mut out = String::new();
    let mut made: usize = 0;
    let mut files: usize = 0;
    let not_fixed = |path: &str, why: &Text| {
        let line = t!("fix-not-fixed", path = sanitize(path), why = why.clone());
        format!("{}\n", sanitize(&line.render(lang)))
    };
    for s in skipped {
        out.push_str(&not_fixed(&s.path, &s.why));
    }
    for f in fixes {
        match write_one(f) {
            Ok(()) => {
                files += 1;
                made += f.changes.len();
                for (line, old, new) in changed_lines(&f.before, &f.after) {
                    let at = t!(
                        "fix-fixed-line",
                        path = sanitize(&f.path),
                        line = line.to_string()
                    );
                    out.push_str(&format!(
                        "{}\n  - {}\n  + {}\n",
                        at.render(lang),
                        sanitize(old.trim_end_matches('\r')),
                        sanitize(new.trim_end_matches('\r'))
                    ));
                }
            }
            Err(why) => out.push_str(&not_fixed(&f.path, &why)),
        }
    }
    let summary = t!("fix-summary", mistakes = made, files = files);
    out.push_str(&summary.render(lang));
    out.push('\n');
    out
}

fn write_one(f: &FileFix) -> Result<(), Text> {
    let path = std::path::Path::new(&f.path);
    let cannot_read = |why: Text| t!("fix-cannot-read", why = why);
    let os = |e: std::io::Error| cannot_read(Text::Plain(e.to_string()));
    let meta = std::fs::symlink_metadata(path).map_err(os)?;
    if !meta.file_type().is_file() {
        return Err(t!("fix-not-a-file"));
    }
    let bytes = std::fs::read(path).map_err(os)?;
    let bom = bytes.starts_with("\u{feff}".as_bytes());
    let now = load::decode(bytes).map_err(cannot_read)?;
    if now != f.before {
        return Err(t!("fix-changed"));
    }
    let mut out = f.after.clone().into_bytes();
    if bom {
        // the loader blanks a byte-order mark; put it back
        out[..3].copy_from_slice("\u{feff}".as_bytes());
    }
    std::fs::write(path, out).map_err(|e| t!("fix-cannot-write", why = e.to_string()))
}

/// (1-based line, old line, new line) of every line that differs; repairs never add or
/// remove a line.
fn changed_lines<'a>(before: &'a str, after: &'a str) -> Vec<(usize, &'a str, &'a str)> {
    before
        .split('\n')
        .zip(after.split('\n'))
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i + 1, a, b))
        .collect()
}

/// `--diff`: the repairs as a unified diff (no context lines), nothing written; a file that
/// cannot be repaired is a `#` line in `lang`.
pub fn diff(fixes: &[FileFix], skipped: &[Skipped], lang: Lang) -> String {
    let mut out = String::new();
    for f in fixes {
        let path = sanitize(&f.path);
        out.push_str(&format!("--- {path}\n+++ {path}\n"));
        for (line, old, new) in changed_lines(&f.before, &f.after) {
            out.push_str(&format!(
                "@@ -{line} +{line} @@\n-{}\n+{}\n",
                sanitize(old.trim_end_matches('\r')),
                sanitize(new.trim_end_matches('\r'))
            ));
        }
    }
    for s in skipped {
        let line = t!(
            "fix-not-fixable",
            path = sanitize(&s.path),
            why = s.why.clone()
        );
        out.push_str(&format!("# {}\n", sanitize(&line.render(lang))));
    }
    out
}
