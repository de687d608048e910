//! The docs show real output: every code block in README.md and
//! docs/status-calendar-timeline.md that starts with `$ ogp ...`
//! must be exactly what that command prints now; in an excerpt (`...` lines stand for what is
//! left out) every part shown must be in the output, in order. `OGP_BLESS=1` rewrites the whole blocks. The SVG
//! timeline the README shows is checked the same way.

use crate::common::{ogp, root};

/// Held while a test reads and rewrites a doc under `OGP_BLESS`: two tests rewrite README.md
/// (its `$ ogp` blocks and its rule count), and neither may write over the other's change.
static REWRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Checks (or rewrites) the `$ ogp` blocks of one file; returns how many it compared.
fn check_doc(rel: &str) -> usize {
    let _only_writer = REWRITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let path = root().join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let bless = std::env::var_os("OGP_BLESS").is_some();
    let mut out = String::new();
    let mut stale = Vec::new();
    let mut rest = text.as_str();
    let mut checked = 0;
    loop {
        let next = ["```\n$ ogp ", "```console\n$ ogp "]
            .iter()
            .filter_map(|open| {
                rest.find(open)
                    .map(|i| (i, i + open.len() - "$ ogp ".len()))
            })
            .min();
        let Some((_, body_start)) = next else { break };
        let (before, block) = rest.split_at(body_start);
        out.push_str(before);
        let end = block.find("```\n").expect("closed code block");
        let (body, after) = block.split_at(end);
        rest = after;
        let (cmd, shown) = body.split_once('\n').unwrap();
        if shown.lines().any(|l| l == "...") {
            // an excerpt: each run of lines between `...` lines must be in the real output,
            // in order (line endings aside)
            let args: Vec<&str> = cmd
                .trim_start_matches("$ ogp ")
                .split_whitespace()
                .collect();
            let (real, _, _) = ogp(&args);
            let real = real.replace("\r\n", "\n");
            checked += 1;
            let mut at = 0;
            for part in shown.split("...\n").filter(|p| !p.trim().is_empty()) {
                match real[at..].find(part) {
                    Some(i) => at += i + part.len(),
                    None => {
                        stale.push(format!("{cmd} (excerpt)"));
                        break;
                    }
                }
            }
            out.push_str(body);
            continue;
        }
        let args: Vec<&str> = cmd
            .trim_start_matches("$ ogp ")
            .split_whitespace()
            .collect();
        let (real, _, _) = ogp(&args);
        checked += 1;
        if real != shown {
            stale.push(cmd.to_string());
        }
        out.push_str(cmd);
        out.push('\n');
        out.push_str(&real);
    }
    out.push_str(rest);
    if bless {
        std::fs::write(&path, out).unwrap();
    } else {
        assert!(
            stale.is_empty(),
            "stale output in {rel} (run with OGP_BLESS=1): {stale:?}"
        );
    }
    checked
}

#[test]
fn documented_outputs_are_real() {
    assert!(check_doc("docs/status-calendar-timeline.md") >= 4);
    assert!(check_doc("README.md") >= 4);
}

#[test]
fn readme_timeline_picture_is_real() {
    let (svg, _, code) = ogp(&[
        "timeline",
        "examples/riverbend",
        "--as-of",
        "2026-11-28",
        "--format",
        "svg",
    ]);
    assert_eq!(code, 0);
    let path = root().join("docs/riverbend-timeline.svg");
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::write(&path, &svg).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        svg,
        "run with OGP_BLESS=1"
    );
}

/// The README's rule count is generated from the registry: the text between its
/// `<!-- rule-count -->` markers says how many rules there are in how many families (letters);
/// `OGP_BLESS=1` rewrites it.
#[test]
fn readme_counts_the_rules() {
    let _only_writer = REWRITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (open, close) = ("<!-- rule-count -->", "<!-- /rule-count -->");
    let start = readme
        .find(open)
        .map(|i| i + open.len())
        .expect("README.md has its generated rule count between <!-- rule-count --> markers");
    let end = start
        + readme[start..]
            .find(close)
            .expect("README.md closes its rule count with <!-- /rule-count -->");
    let rules = ogp::catalog::all();
    let mut letters: Vec<char> = rules.iter().filter_map(|r| r.code.chars().next()).collect();
    letters.sort_unstable();
    letters.dedup();
    let number = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    .get(letters.len())
    .map_or_else(|| letters.len().to_string(), ToString::to_string);
    let want = format!("{} rules in {number} families", rules.len());
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::write(
            &path,
            format!("{}{want}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        want,
        "README.md's rule count is stale; run `OGP_BLESS=1 cargo test --locked --test integration readme_counts_the_rules` and commit it"
    );
}

#[test]
fn readme_excerpt_matches_the_real_output() {
    // The README shows an excerpt of this run: its first and last lines, and the P101 finding.
    let (out, _, _) = ogp(&["check", "examples/harbor-town", "--as-of", "2027-03-01"]);
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let first = out.lines().next().unwrap();
    let last = out.lines().last().unwrap();
    assert!(readme.contains(first), "README lacks {first}");
    assert!(readme.contains(last), "README lacks {last}");
    let p101 = out
        .split("\nP101 ")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    assert!(
        readme.contains(p101),
        "README's P101 excerpt is stale:\n{p101}"
    );
}
