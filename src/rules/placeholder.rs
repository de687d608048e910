//! Rule S013 (catalogued in `catalog/structure.rs`): texts still holding a placeholder. A value equal to
//! one of the texts `ogp init` writes for the user to replace ([`crate::catalog::structure::PLACEHOLDERS`]),
//! an address at example.org, example.com or example.net, or the word `TODO` in capitals.
//!
//! Every string value of every file read is looked at (comments are not values), but a file
//! is parsed again only when its text holds one of those strings at all, so a registry of
//! finished plans costs one substring search per file.

use super::Ctx;
use crate::catalog::structure::{PLACEHOLDERS, S013};
use crate::diag::{FileId, Finding};
use crate::i18n::Text;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// The domains reserved for examples (RFC 2606): no one reads mail sent there.
const EXAMPLE_DOMAINS: &[&str] = &["example.org", "example.com", "example.net"];

/// Why `text` is a placeholder, if it is one.
pub fn placeholder(text: &str) -> Option<Text> {
    let t = text.trim();
    if PLACEHOLDERS.contains(&t) {
        return Some(crate::t!("s013-why-init", text = t));
    }
    if let Some(d) = example_domain(t) {
        return Some(crate::t!("s013-why-example", domain = d));
    }
    if todo_word(t) {
        return Some(crate::t!("s013-why-todo"));
    }
    None
}

/// The example domain an address or link in `t` is at (`x@example.org`,
/// `https://www.example.com/...`).
fn example_domain(t: &str) -> Option<&'static str> {
    let lower = t.to_ascii_lowercase();
    EXAMPLE_DOMAINS.iter().copied().find(|d| {
        lower.match_indices(d).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let rest = &lower[i + d.len()..];
            let starts = matches!(before, None | Some('@' | '.' | '/' | ' ' | '<' | '('));
            // the domain ends here: not `example.org.riverbend.gov`, but `x@example.org.`
            let ends = match rest.chars().next() {
                None => true,
                Some(c) if c.is_ascii_alphanumeric() || c == '-' => false,
                Some('.') => !rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric()),
                Some(_) => true,
            };
            starts && ends
        })
    })
}

/// Whether `TODO` stands alone in `t` (not inside a longer word, and in capitals).
fn todo_word(t: &str) -> bool {
    t.match_indices("TODO").any(|(i, _)| {
        let before = t[..i].chars().next_back();
        let after = t[i + 4..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a file's text may hold a placeholder at all (before parsing it again). Runs on
/// every file: a placeholder already found by the first two searches is not searched again.
fn may_hold(text: &str) -> bool {
    /// `TODO`, then each placeholder the first two searches would not find, each searched for
    /// with a finder made once (a vectorised search, several times faster than `str::contains`
    /// on a whole file).
    static FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            let suspect = |t: &str| t.contains("TODO") || has_example(t);
            std::iter::once("TODO")
                .chain(PLACEHOLDERS.iter().copied().filter(|p| !suspect(p)))
                .map(memchr::memmem::Finder::new)
                .collect()
        });
    let b = text.as_bytes();
    FINDERS[0].find(b).is_some()
        || has_example(text)
        || FINDERS[1..].iter().any(|f| f.find(b).is_some())
}

/// Whether `example.` appears in `t` in any case, without a lowercase copy of the file: each
/// `.` (found with a fast byte search) is looked at with the seven bytes before it.
fn has_example(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'.', b).any(|i| {
        i.checked_sub(7)
            .is_some_and(|s| b[s..i].eq_ignore_ascii_case(b"example"))
    })
}

pub fn check(ctx: &mut Ctx<'_>) {
    let j = ctx.cy.j;
    let mut out = Vec::new();
    for (file, src) in j.sources.iter().enumerate() {
        if !src.read || !may_hold(&src.text) {
            continue;
        }
        let Ok(doc) = DeTable::parse(&src.text) else {
            continue;
        };
        let mut found = Vec::new();
        strings(doc.get_ref(), &mut found);
        for (span, text) in found {
            if let Some(why) = placeholder(&text) {
                out.push(finding(file, span, &src.text, why));
            }
        }
    }
    ctx.out.extend(out);
}

fn finding(file: FileId, span: Range<usize>, text: &str, why: Text) -> Finding {
    let key = text
        .get(crate::load::key_before(text, span.start))
        .unwrap_or("")
        .trim()
        .to_string();
    let message = if key.is_empty() {
        crate::t!("s013-text", why = why)
    } else {
        crate::t!("s013-key", key = key, why = why)
    };
    Finding::new(&S013, message)
        .at(file, span, crate::t!("s013-label"))
        .help(crate::t!("s013-help"))
}

/// Every string value below `t`, with its span (arrays and tables included).
fn strings(t: &DeTable<'_>, out: &mut Vec<(Range<usize>, String)>) {
    for v in t.values() {
        value(v, out);
    }
}

fn value(v: &toml::Spanned<DeValue<'_>>, out: &mut Vec<(Range<usize>, String)>) {
    match v.get_ref() {
        DeValue::String(s) => out.push((v.span(), s.to_string())),
        DeValue::Array(a) => {
            for x in a.iter() {
                value(x, out);
            }
        }
        DeValue::Table(t) => strings(t, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{has_example, may_hold, placeholder};

    #[test]
    fn the_prefilter_lets_every_placeholder_through() {
        for p in super::PLACEHOLDERS {
            assert!(may_hold(&format!("name = \"{p}\"\n")), "{p}");
        }
        assert!(may_hold("x = \"see TODO\""));
        assert!(!may_hold(
            "name = \"Riverbend\"\nemail = \"poc@riverbend.gov\"\n"
        ));
    }

    #[test]
    fn the_prefilter_finds_example_in_any_case() {
        for t in [
            "x@example.org",
            "EXAMPLE.COM",
            "a Example.net b",
            "example.",
        ] {
            assert!(has_example(t), "{t}");
        }
        for t in [
            "",
            "example",
            "xample.org",
            "exampl.org",
            "examples.org",
            "riverbend.gov",
        ] {
            assert!(!has_example(t), "{t}");
        }
    }

    #[test]
    fn placeholders_and_real_values() {
        for t in [
            "Point of contact (replace with a name)",
            "point-of-contact@example.org",
            "open@EXAMPLE.com",
            "https://www.example.net/minutes",
            "TODO",
            "TODO: the office leading the process",
            "the plan (TODO)",
        ] {
            assert!(placeholder(t).is_some(), "{t}");
        }
        for t in [
            "open@riverbend.example",
            "https://counterexample.org/x",
            "TODOS",
            "todo list",
            "en",
            "Riverbend",
            "https://example.org.riverbend.gov",
        ] {
            assert!(placeholder(t).is_none(), "{t}");
        }
    }
}
