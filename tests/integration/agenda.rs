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
    assert_eq!(v["timeline"]["columns"][0], "2026-Q1");
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
    assert_eq!(tables, 5, "done, overdue, due, commitments, timeline");
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
