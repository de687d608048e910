//! The shape of the source, checked from the files themselves: data flows one way (each top
//! module imports only modules of lower layers), the library never prints (only `main` writes
//! to stdout and stderr), no source file grows past 600 lines (docs/architecture.md), and no
//! comment or document cites a text that does not ship with the project.

use crate::common::root;
use std::path::{Path, PathBuf};

/// The layers, bottom first. A module may import (`crate::x`) only modules of a lower layer:
/// never one of its own layer, never one above it.
const LAYERS: &[&[&str]] = &[
    // the languages: they import nothing of the crate (`t` is i18n's `t!` macro, which macro
    // export puts at the crate root)
    &["i18n", "t"],
    // reference data and leaf helpers: they import nothing of the crate but the languages
    &["catalog", "date", "repair", "error", "progress"],
    // the plan files as typed data, and the schemas made from them
    &["model"],
    &["schema"],
    // findings
    &["diag"],
    // reading files; the git history over them
    &["load"],
    &["git"],
    // the plan-cycle model
    &["cycle"],
    // the rules over the model, and how their findings fold
    &["causes"],
    &["rules"],
    // what the reporting commands compute from the model
    &["status", "timeline"],
    &["calendar"],
    &["overview", "agenda"],
    // the check's report, then every output
    &["report"],
    &["render"],
    // what commands do with reports: filters, --new-since, --fix, the run itself
    &["filter", "audit", "fix"],
    &["pipeline", "init"],
    &["site", "cli"],
    &["commands"],
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `.rs` file under src/, as (path relative to the repository, text).
fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let rel = f
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&f).unwrap())
        })
        .collect()
}

/// The top module a file of src/ belongs to: `src/rules/plan.rs` → `rules`, `src/diag.rs` →
/// `diag`; `None` for the crate roots (lib.rs, main.rs).
fn top_module(rel: &str) -> Option<&str> {
    let rest = rel.strip_prefix("src/")?;
    let first = rest.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then_some(name)
}

/// A line without its `//` comment (a `//` inside a string such as a URL ends the code early,
/// which only ever hides an import, never invents one).
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// The top modules a line of code names through `crate::` (also `crate::{a, b}`).
fn crate_imports(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code(line);
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            for part in inner.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != "self" {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn every_module_imports_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    let mut unplaced = std::collections::BTreeSet::new();
    for (rel, text) in sources() {
        // a module's own tests (`tests.rs` beside it, compiled only for `cargo test`) may drive
        // the whole pipeline to test it
        if rel.ends_with("/tests.rs") {
            continue;
        }
        let Some(top) = top_module(&rel) else {
            continue;
        };
        let Some(own) = layer_of(top) else {
            unplaced.insert(top.to_string());
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            for used in crate_imports(line) {
                if used == top {
                    continue;
                }
                match layer_of(&used) {
                    Some(l) if l < own => {}
                    Some(_) => wrong.push(format!(
                        "{rel}:{}: `{top}` imports `crate::{used}`, which is not below it: {}",
                        i + 1,
                        line.trim()
                    )),
                    None => {
                        unplaced.insert(used);
                    }
                }
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules in no layer of LAYERS (tests/integration/layering.rs): {unplaced:?}; put each in the layer it belongs to"
    );
    assert!(
        wrong.is_empty(),
        "imports that reach up or sideways (data flows load → model → rules → report → render; docs/architecture.md):\n{}",
        wrong.join("\n")
    );
}

/// The library returns what it has to say; `main` writes it. The one exception is the
/// progress bar, drawn on stderr while the work runs (`src/progress.rs`).
#[test]
fn the_library_never_prints() {
    const FORBIDDEN: &[&str] = &[
        "print!(",
        "println!(",
        "eprint!(",
        "eprintln!(",
        "std::io::stderr",
        "std::io::stdout().write",
        "std::process::exit",
    ];
    let mut wrong = Vec::new();
    for (rel, text) in sources() {
        if rel == "src/main.rs" {
            continue;
        }
        for (i, line) in text.lines().enumerate() {
            let c = code(line);
            for f in FORBIDDEN {
                let allowed = rel == "src/progress.rs" && *f == "std::io::stderr";
                if names(c, f) && !allowed {
                    wrong.push(format!("{rel}:{}: `{f}`: {}", i + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "the library prints (return the text; `main` writes it):\n{}",
        wrong.join("\n")
    );
}

/// Whether `code` names `what` as a whole word (`eprintln!(` does not name `println!(`).
fn names(code: &str, what: &str) -> bool {
    code.match_indices(what).any(|(i, _)| {
        !code[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// The longest a source file may be: past it, split the file by concern.
const MAX_LINES: usize = 600;

/// Files over the limit that are being split elsewhere; the list only shrinks.
const TOO_LONG_FOR_NOW: &[&str] = &[];

#[test]
fn no_source_file_is_over_600_lines() {
    let mut long = Vec::new();
    for (rel, text) in sources() {
        let n = text.lines().count();
        if n > MAX_LINES && !TOO_LONG_FOR_NOW.contains(&rel.as_str()) {
            long.push(format!("{rel}: {n} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "source files over {MAX_LINES} lines; split each by concern:\n{}",
        long.join("\n")
    );
    // an allowed file that got short enough leaves the list
    for rel in TOO_LONG_FOR_NOW {
        let path = root().join(rel);
        if let Ok(text) = std::fs::read_to_string(&path) {
            assert!(
                text.lines().count() > MAX_LINES,
                "{rel} is {MAX_LINES} lines or fewer now: remove it from TOO_LONG_FOR_NOW"
            );
        }
    }
}

#[test]
fn the_import_reader_sees_plain_grouped_and_commented_imports() {
    assert_eq!(crate_imports("use crate::load::Jurisdiction;"), ["load"]);
    assert_eq!(
        crate_imports("use crate::{diag, load::X};"),
        ["diag", "load"]
    );
    assert_eq!(
        crate_imports("let x = crate::date::due(a); // crate::render"),
        ["date"]
    );
    assert!(crate_imports("/// see `crate::render`").is_empty());
    assert_eq!(top_module("src/rules/structure/dates.rs"), Some("rules"));
    assert_eq!(top_module("src/diag.rs"), Some("diag"));
    assert_eq!(top_module("src/main.rs"), None);
    assert!(names("    eprintln!(\"x\");", "eprintln!("));
    assert!(!names("    eprintln!(\"x\");", "println!("));
}

/// Every text file below these folders of the repository (and the top-level Markdown files).
fn shipped_texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for dir in [
        "src",
        "tests",
        "docs",
        "bench",
        "scripts",
        "fuzz/fuzz_targets",
        "examples",
    ] {
        all_files(&root().join(dir), &mut files);
    }
    for top in ["README.md", "CHANGELOG.md"] {
        files.push(root().join(top));
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(&f).ok()?;
            let rel = f
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, text))
        })
        .collect()
}

fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// What in `line` cites a text that does not ship: the contract the project was built from
/// (by its name, or a section sign that is not an RFC's), or an issue of a tracker nobody
/// reading the project can open (the word "issue" and a number; in Markdown also a number
/// after a hash sign).
fn citation(line: &str, markdown: bool) -> Option<String> {
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '#'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.contains(&concat!("SP", "EC")) {
        return Some(concat!("SP", "EC").to_string());
    }
    for (i, _) in line.match_indices('\u{a7}') {
        let before: Vec<&str> = line[..i]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let rfc = before.len() >= 2 && before[before.len() - 2] == "RFC";
        if !rfc {
            return Some(line[i..].chars().take(4).collect());
        }
    }
    for (k, w) in words.iter().enumerate() {
        let number = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if w.eq_ignore_ascii_case("issue") || w.eq_ignore_ascii_case("issues") {
            if let Some(n) = words.get(k + 1).filter(|n| number(n)) {
                return Some(format!("{w} {n}"));
            }
        }
    }
    // in Markdown, a hash sign and a number standing alone (not `&#13;`, not a heading)
    if !markdown {
        return None;
    }
    for (i, _) in line.match_indices('#') {
        let starts = line[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
        let digits: String = line[i + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let ends = line[i + 1 + digits.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        if starts && !digits.is_empty() && ends {
            return Some(format!("#{digits}"));
        }
    }
    None
}

#[test]
fn nothing_cites_a_text_that_does_not_ship() {
    let mut found = Vec::new();
    for (rel, text) in shipped_texts() {
        for (i, line) in text.lines().enumerate() {
            if let Some(what) = citation(line, rel.ends_with(".md")) {
                found.push(format!("{rel}:{}: `{what}`: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "citations of texts a reader cannot open; say the rule in words or point into docs/ or the handbook:\n{}",
        found.join("\n")
    );
}

#[test]
fn citations_are_recognised() {
    // the citations are spelt in pieces, so that this test is none itself
    let spec = concat!("SP", "EC");
    let word = concat!("iss", "ue");
    assert!(citation(&format!("// as {spec} says"), false).is_some());
    assert!(citation("// the engine (\u{a7}2)", false).is_some());
    assert!(citation(&format!("## Messages ({word} 12)"), true).is_some());
    assert!(citation(&format!("fixed in {}17.", '#'), true).is_some());
    assert!(citation("/// RFC 5545 \u{a7}3.1: lines of 75 octets", false).is_none());
    assert!(citation("(RFC 5545 \u{a7}3.3.11)", true).is_none());
    assert!(citation("fill=\"#222222\" &#13; r##\"x\"##", false).is_none());
    assert!(citation(&format!("a {word} of 3 files; SPECIFIC words"), true).is_none());
}
