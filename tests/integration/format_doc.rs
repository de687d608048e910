//! The project's own format reference, docs/format.md. Its key tables are
//! checked against schema/ (every key of every file, its type and whether it is required:
//! `OGP_BLESS=1` rewrites the tables from the schemas), and every example in it is read by
//! ogp's own loader without a finding. Nothing ogp shows, nor README or docs, refers to the
//! specification it was built from or to any document outside the project.

use crate::common::{ogp, root};
use serde_json::Value;

const FILES: &[(&str, &str)] = &[
    ("jurisdiction", "jurisdiction.toml"),
    ("plan", "plan.toml"),
    ("commitment", "commitments/*.toml"),
    ("meetings", "meetings.toml"),
    ("tracker", "tracker.toml"),
];

fn def<'a>(root: &'a Value, v: &'a Value) -> (&'a Value, Option<String>) {
    let r = v.get("$ref").or_else(|| {
        v.get("allOf")
            .and_then(|a| a.get(0))
            .and_then(|a| a.get("$ref"))
    });
    match r.and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or(r).to_string();
            (&root["definitions"][&name], Some(name))
        }
        None => (v, None),
    }
}

fn is_table(root: &Value, v: &Value) -> bool {
    def(root, v).0.get("properties").is_some()
}

/// The type of a value as the reference names it.
fn ty(root: &Value, v: &Value) -> String {
    let (d, name) = def(root, v);
    if name.as_deref() == Some("Date") {
        return "date".into();
    }
    if d.get("properties").is_some() {
        return "table".into();
    }
    if let Some(e) = d.get("enum").and_then(Value::as_array) {
        let vals: Vec<String> = e
            .iter()
            .map(|x| format!("`{}`", x.as_str().unwrap_or("")))
            .collect();
        return format!("one of {}", vals.join(", "));
    }
    if let Some(alts) = d.get("oneOf").and_then(Value::as_array) {
        let vals: Vec<String> = alts
            .iter()
            .filter_map(|a| a.get("const").and_then(Value::as_str))
            .map(|c| format!("`{c}`"))
            .collect();
        return format!("one of {}", vals.join(", "));
    }
    match d.get("type").and_then(Value::as_str) {
        Some("array") => {
            let items = &d["items"];
            if is_table(root, items) {
                "array of tables".into()
            } else if items.get("anyOf").is_some() {
                "array of strings".into()
            } else {
                format!("array of {}s", ty(root, items))
            }
        }
        Some("object") => format!(
            "table of id = {}",
            ty(root, d.get("additionalProperties").unwrap_or(&Value::Null))
        ),
        Some("number") => match (d.get("minimum"), d.get("maximum")) {
            (Some(a), Some(b)) => format!("number {a}–{b}"),
            _ => "number".into(),
        },
        Some(t) => t.to_string(),
        None => "value".into(),
    }
}

fn rows(root: &Value, table: &Value, prefix: &str, out: &mut Vec<String>) {
    let (table, _) = def(root, table);
    let req: Vec<&str> = table["required"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = table["properties"].as_object() else {
        return;
    };
    for (k, v) in props {
        let key = format!("{prefix}{k}");
        let (d, _) = def(root, v);
        let t = ty(root, v);
        let shown = match t.as_str() {
            "array of tables" => format!("`[[{key}]]`"),
            "table" => format!("`[{key}]`"),
            _ => format!("`{key}`"),
        };
        let desc = v
            .get("description")
            .or_else(|| d.get("description").filter(|_| t != "date"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .replace('\n', " ")
            .replace('|', "\\|");
        out.push(format!(
            "| {shown} | {t} | {} | {desc} |",
            if req.contains(&k.as_str()) { "yes" } else { "" }
        ));
        if t == "array of tables" {
            rows(root, &d["items"], &format!("{key}."), out);
        } else if t == "table" {
            rows(root, v, &format!("{key}."), out);
        }
    }
}

/// The key table of one file, from its committed schema.
fn table(kind: &str) -> String {
    let text = std::fs::read_to_string(root().join(format!("schema/{kind}.schema.json"))).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let mut out = vec![
        "| key | type | required | meaning |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    rows(&schema, &schema, "", &mut out);
    out.join("\n") + "\n"
}

#[test]
fn format_reference_lists_every_key_of_every_schema() {
    let path = root().join("docs/format.md");
    let doc = std::fs::read_to_string(&path).expect("docs/format.md exists");
    let mut fresh = String::new();
    let mut rest = doc.as_str();
    for (kind, file) in FILES {
        let open = format!("<!-- keys: {kind} -->\n");
        let close = "<!-- /keys -->";
        let i = rest
            .find(&open)
            .unwrap_or_else(|| panic!("docs/format.md has no {open}"));
        let j = rest[i..].find(close).unwrap() + i;
        fresh.push_str(&rest[..i + open.len()]);
        fresh.push_str(&table(kind));
        rest = &rest[j..];
        assert!(doc.contains(&format!("## {file}")), "no section for {file}");
    }
    fresh.push_str(rest);
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    // where JSON Schema cannot say it, the reference does
    assert!(
        doc.contains("taplo reads `\"2026-05-15\"` as text that looks like a date and accepts\n  it; `ogp` does not"),
        "the editors section says what taplo cannot catch"
    );
    assert!(
        fresh == doc,
        "docs/format.md's key tables differ from schema/; run OGP_BLESS=1 cargo test and review"
    );
}

/// The ```toml examples under each file's heading.
fn examples(doc: &str, heading: &str) -> Vec<String> {
    let start = doc.find(&format!("\n## {heading}\n")).unwrap();
    let section = &doc[start + 4..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    section
        .split("```toml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_string())
        .collect()
}

#[test]
fn every_example_in_the_format_reference_reads_cleanly() {
    use ogp::model::*;
    let doc = std::fs::read_to_string(root().join("docs/format.md")).unwrap();
    for (kind, file) in FILES {
        let blocks = examples(&doc, file);
        assert!(!blocks.is_empty(), "{file} has no example");
        for b in blocks {
            let findings = match *kind {
                "jurisdiction" => ogp::load::parse_doc::<JurisdictionFile>(&b, 0).1,
                "plan" => ogp::load::parse_doc::<PlanFile>(&b, 0).1,
                "commitment" => ogp::load::parse_doc::<CommitmentFile>(&b, 0).1,
                "meetings" => ogp::load::parse_doc::<MeetingsFile>(&b, 0).1,
                _ => ogp::load::parse_doc::<TrackerFile>(&b, 0).1,
            };
            let msgs: Vec<String> = findings.iter().map(|f| f.message.en()).collect();
            assert!(msgs.is_empty(), "{file} example: {msgs:?}\n{b}");
        }
    }
}

/// Words that point outside the project.
fn outside(text: &str) -> Option<&'static str> {
    [
        // spelt in two pieces so that this list is no citation itself (layering.rs)
        concat!("SP", "EC"),
        "/work/",
        "shared/handbook",
        "STYLE.md",
        "RUST-NOTES",
    ]
    .into_iter()
    .find(|w| text.contains(w))
}

#[test]
fn nothing_shown_refers_outside_the_project() {
    let mut shown: Vec<(String, String)> = Vec::new();
    for args in [
        vec!["--help"],
        vec!["rules"],
        vec!["schema"],
        vec!["man"],
        vec!["completions", "bash"],
        vec!["completions", "fish"],
    ] {
        shown.push((args.join(" "), ogp(&args).0));
    }
    for sub in [
        "check",
        "status",
        "calendar",
        "timeline",
        "rules",
        "explain",
        "schema",
        "init",
        "completions",
        "man",
    ] {
        shown.push((format!("{sub} --help"), ogp(&[sub, "--help"]).0));
    }
    for r in ogp::catalog::all() {
        for f in ["text", "markdown"] {
            shown.push((
                format!("explain {}", r.code),
                ogp(&["explain", r.code, "--format", f]).0,
            ));
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    let man = tmp.path().join("man");
    ogp(&["man", "--out", man.to_str().unwrap()]);
    for e in std::fs::read_dir(&man).unwrap().flatten() {
        shown.push((
            e.path().display().to_string(),
            std::fs::read_to_string(e.path()).unwrap(),
        ));
    }
    // the docs that ship (decisions.md is the developers' record of how the format was read)
    shown.push((
        "README.md".into(),
        std::fs::read_to_string(root().join("README.md")).unwrap(),
    ));
    for e in std::fs::read_dir(root().join("docs")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && name != "decisions.md" {
            shown.push((name, std::fs::read_to_string(e.path()).unwrap()));
        }
    }
    // and the messages of a check with findings of every kind
    for (dir, date) in [
        ("examples/harbor-town", "2027-03-01"),
        ("tests/fixtures/eco", "2027-01-15"),
    ] {
        shown.push((dir.into(), ogp(&["check", dir, "--as-of", date]).0));
    }
    for (what, text) in &shown {
        if let Some(w) = outside(text) {
            let line = text.lines().find(|l| l.contains(w)).unwrap_or_default();
            panic!("{what} refers to {w}: {line}");
        }
    }
}

#[test]
fn explain_prints_for_a_terminal_and_keeps_markdown_on_request() {
    let (text, _, code) = ogp(&["explain", "C201", "--format", "text"]);
    assert_eq!(code, 0);
    assert!(text.starts_with("C201 commitment-cap\n"), "{text}");
    for marker in ["##", "```", "`"] {
        assert!(!text.contains(marker), "raw {marker} in: {text}");
    }
    // the handbook section is named once
    assert_eq!(text.matches("Handbook").count(), 1, "{text}");
    assert!(text.contains("Handbook: Action Plan (up to five"), "{text}");
    let (md, _, _) = ogp(&["explain", "C201", "--format", "markdown"]);
    assert!(md.starts_with("## C201 commitment-cap\n"), "{md}");
    assert!(md.contains("```toml"), "{md}");
    assert_eq!(md.matches("Handbook").count(), 1, "{md}");
    // piped without --format: Markdown, as docs/rules.md holds it
    assert_eq!(ogp(&["explain", "C201"]).0, md);
}
