//! docs/status-calendar-timeline.md shows real output: every code block that starts with
//! `$ ogp ...` (and holds no `...` elision) must be exactly what that command prints now.
//! `OGP_BLESS=1` rewrites the blocks.

use crate::common::{ogp, root};

#[test]
fn documented_outputs_are_real() {
    let path = root().join("docs/status-calendar-timeline.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let bless = std::env::var_os("OGP_BLESS").is_some();
    let mut out = String::new();
    let mut stale = Vec::new();
    let mut rest = text.as_str();
    let mut checked = 0;
    while let Some(start) = rest.find("```\n$ ogp ") {
        let (before, block) = rest.split_at(start + 4);
        out.push_str(before);
        let end = block.find("```\n").expect("closed code block");
        let (body, after) = block.split_at(end);
        rest = after;
        let (cmd, shown) = body.split_once('\n').unwrap();
        if shown.lines().any(|l| l == "...") {
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
        return;
    }
    assert!(checked >= 4, "only {checked} blocks checked");
    assert!(
        stale.is_empty(),
        "stale output in docs (run with OGP_BLESS=1): {stale:?}"
    );
}
