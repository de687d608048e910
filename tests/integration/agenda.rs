//! `ogp agenda`: the forum briefing. Sections from the calendar, the status replay and the
//! tracker, over the period since the previous meeting; Markdown that renders as tables, JSON
//! that parses, HTML that is a page.

use crate::common::{golden, ogp};

const LAKESIDE: &str = "examples/lakeside-status";

fn agenda(extra: &[&str]) -> (String, String, i32) {
    let mut args = vec!["agenda", LAKESIDE, "--as-of", "2027-09-01"];
    args.extend_from_slice(extra);
    ogp(&args)
}

#[test]
fn goldens_for_every_format() {
    let (default, _, _) = agenda(&[]);
    for fmt in crate::common::formats_of("agenda") {
        let file = match fmt.as_str() {
            "markdown" => "lakeside.md",
            "json" => "lakeside.json",
            "html" => "lakeside.html",
            other => panic!("agenda --format {other} has no golden file: name one here"),
        };
        let (out, err, code) = agenda(&["--format", &fmt]);
        assert_eq!(code, 0, "{err}");
        golden(&format!("agenda/{file}"), &out);
        if fmt == "markdown" {
            assert_eq!(out, default, "Markdown is the default");
        }
    }
}

/// The period starts at the previous meeting in meetings.toml; due items run 90 days; every
/// section the forum needs is there.
#[test]
fn sections_and_default_period() {
    let (json, _, _) = agenda(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["since"], "2027-03-16",
        "the last meeting before the as-of date"
    );
    assert_eq!(v["until"], "2027-11-30", "90 days on");
    assert_eq!(v["status"]["status"], "inactive");
    assert!(
        v["status"]["change"]
            .as_str()
            .unwrap()
            .starts_with("active again with")
    );
    let done = v["done"].as_array().unwrap();
    assert!(
        done.iter()
            .all(|d| d["date"].as_str().unwrap() > "2027-03-16")
    );
    assert!(
        v["overdue"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["what"] == "online tracker update for 2027-Q2")
    );
    for d in v["due"].as_array().unwrap() {
        let date = d["date"].as_str().unwrap();
        assert!(("2027-09-01"..="2027-11-30").contains(&date), "{date}");
    }
    let c1 = &v["commitments"][0];
    assert_eq!(c1["id"], "C1");
    assert_eq!(c1["percent"], 55.0);
    assert_eq!(c1["next_milestone"]["overdue"], true);
    assert_eq!(c1["state"], "overdue", "its end passed with no completion");
    // ten months by month around the meeting: four before its month, five after
    let cols: Vec<&str> = v["timeline"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(cols.len(), 10);
    assert_eq!((cols[0], cols[9]), ("2027-05", "2028-02"));
    let (md, _, _) = agenda(&[]);
    for h in [
        "## Status",
        "## Done since 2027-03-16",
        "## Overdue",
        "## Due by 2027-11-30",
        "## Commitments",
        "## Timeline",
    ] {
        assert!(md.contains(h), "{h}");
    }
}

/// --since and --until move the period; dates the wrong way round are usage errors.
#[test]
fn since_and_until() {
    let (json, _, _) = agenda(&[
        "--format",
        "json",
        "--since",
        "2026-01-01",
        "--until",
        "2027-09-30",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["since_what"], "the day asked for");
    assert!(v["done"].as_array().unwrap().len() > 5);
    assert!(
        v["due"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["date"].as_str().unwrap() <= "2027-09-30")
    );
    let (_, err, code) = agenda(&["--since", "2028-01-01"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--since 2028-01-01 is after the as-of date"),
        "{err}"
    );
    let (_, err, code) = agenda(&["--until", "2027-01-01"]);
    assert_eq!(code, 2, "{err}");
}

/// The Markdown renders on GitHub as headings and tables (parsed by a CommonMark parser with
/// GitHub's table extension), with no HTML.
#[test]
fn markdown_renders_as_tables() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let (md, _, _) = agenda(&[]);
    let mut tables = 0;
    let mut headings = 0;
    for ev in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?}"),
            _ => {}
        }
    }
    // done, overdue, due, commitments, and the timeline in two blocks of months that fit 100
    // characters a line
    assert_eq!(tables, 6);
    let timeline = md.split("## Timeline").nth(1).unwrap();
    assert!(
        timeline.lines().all(|l| l.chars().count() <= 100),
        "{timeline}"
    );
    // the legend is a list, one state a line
    assert!(timeline.contains("\n- ✓ done\n- ! late\n"), "{timeline}");
    assert_eq!(headings, 7);
}

#[test]
fn html_is_a_page() {
    let (html, _, code) = agenda(&["--format", "html"]);
    assert_eq!(code, 0);
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    assert_eq!(doc.select(&sel("html[lang=en]")).count(), 1);
    assert_eq!(doc.select(&sel("h1")).count(), 1);
    assert!(doc.select(&sel("table")).count() >= 4);
    assert_eq!(doc.select(&sel("script")).count(), 0);
}

/// The briefing follows the plan the forum is working on: during the first co-creation, the
/// first plan, even though the next plan's folder is already there; and before joining it
/// says so, with a period that does not run backwards.
#[test]
fn the_plan_being_worked_on_and_before_joining() {
    let (json, err, code) = ogp(&[
        "agenda",
        "examples/riverbend",
        "--as-of",
        "2023-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["commitments"][0]["plan"], "2023-2026");
    assert_eq!(v["timeline"]["title"], "Riverbend: plan 2023-2026");
    let (md, _, _) = ogp(&[
        "timeline",
        "examples/riverbend",
        "--as-of",
        "2023-03-01",
        "--format",
        "markdown",
    ]);
    assert!(md.starts_with("# Riverbend: plan 2023-2026"), "{md}");
    for day in ["2023-01-10", "2023-05-14"] {
        let (md, _, _) = ogp(&[
            "timeline",
            "examples/riverbend",
            "--as-of",
            day,
            "--format",
            "markdown",
        ]);
        assert!(md.starts_with("# Riverbend: plan 2023-2026"), "{day}: {md}");
    }
    let (json, err, code) = ogp(&[
        "agenda",
        "examples/river-valley-joint",
        "--as-of",
        "2024-06-10",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        v["since"].as_str().unwrap() <= "2024-06-10",
        "the period runs forwards"
    );
    assert_eq!(v["status"]["status"], "not-yet-member");
    let (md, _, _) = ogp(&[
        "agenda",
        "examples/river-valley-joint",
        "--as-of",
        "2024-06-10",
    ]);
    assert!(
        md.contains("**not a member yet**: joins OGP Local on 2025-09-01"),
        "{md}"
    );
    assert!(!md.contains("unknown") && !md.contains("ogp check"), "{md}");
}

/// A completed commitment reads as completed, with its day, in the table as in the Done list.
#[test]
fn a_completed_commitment_reads_completed() {
    let (md, _, _) = ogp(&["agenda", "examples/harbor-town", "--as-of", "2027-03-01"]);
    assert!(
        md.contains("| 2026-10-15 | H1 completed: Open port data |"),
        "{md}"
    );
    assert!(
        md.contains("| H1 Open port data | completed on 2026-10-15 |"),
        "{md}"
    );
    assert!(!md.contains("H1 Open port data | 90"), "{md}");
}
