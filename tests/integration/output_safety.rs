//! Output safety: hostile text from plan files (tests/fixtures/hostile-text, written by
//! tests/fixtures/generate_hostile_text.py) leaves every output format well-formed and inert.
//! One test per format; the rules are in docs/output-safety.md.
//!
//! Across all of them: no line of any output is one the GitHub Actions runner would read as a
//! workflow command (`::cmd::` at the start of a line after spaces, `##[cmd]` anywhere), except
//! the annotations `--format github` writes on purpose.

use crate::common::{ogp, ogp_with_summary, root};
use crate::formats::sarif_validator;
use serde_json::Value;
use std::collections::HashSet;

const FIXTURE: &str = "tests/fixtures/hostile-text";
const AS_OF: &str = "2027-01-15";

/// Runs a command over the fixture; stderr must be empty and the exit code the expected one
/// (1 for `check`, which has errors, 0 otherwise).
fn run(cmd: &str, format: &str, extra: &[&str]) -> String {
    run_in("en", cmd, format, extra)
}

/// [`run`] with the messages in `lang`.
fn run_in(lang: &str, cmd: &str, format: &str, extra: &[&str]) -> String {
    let mut args = vec![
        cmd, FIXTURE, "--as-of", AS_OF, "--format", format, "--lang", lang,
    ];
    args.extend_from_slice(extra);
    let (out, err, code) = ogp(&args);
    assert!(err.is_empty(), "{cmd} --format {format}: stderr {err}");
    assert_eq!(
        code,
        if cmd == "check" { 1 } else { 0 },
        "{cmd} --format {format}"
    );
    out
}

fn toml_file(rel: &str) -> toml::Table {
    let text = std::fs::read_to_string(root().join(FIXTURE).join(rel)).unwrap();
    text.parse().unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn s(v: &toml::Value) -> String {
    v.as_str().expect("a string").to_string()
}

/// The hostile values of the fixture, read from its files.
struct Hostile {
    name: String,
    /// (file name, id, title, milestone titles)
    commitments: Vec<(String, String, String, Vec<String>)>,
    meetings: Vec<String>,
    waiver_reason: String,
    lead_name: String,
}

fn hostile() -> Hostile {
    let j = toml_file("jurisdiction.toml");
    let dir = root().join(FIXTURE).join("plans/2026-2029/commitments");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let commitments = files
        .into_iter()
        .map(|f| {
            let c = toml_file(&format!("plans/2026-2029/commitments/{f}"));
            let ms = c["milestone"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| s(&m["title"]))
                .collect();
            (f, s(&c["id"]), s(&c["title"]), ms)
        })
        .collect();
    let m = toml_file("plans/2026-2029/meetings.toml");
    let lead = j["stakeholder"]
        .as_array()
        .unwrap()
        .iter()
        .find(|st| st["id"].as_str() == Some("lead"))
        .unwrap();
    Hostile {
        name: s(&j["name"]),
        commitments,
        meetings: m["meeting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| s(&m["id"]))
            .collect(),
        waiver_reason: s(&j["waiver"][0]["reason"]),
        lead_name: s(&lead["name"]),
    }
}

#[test]
fn the_fixture_is_hostile_everywhere() {
    let h = hostile();
    assert_eq!(h.commitments.len(), 6);
    for needle in [
        "\r\n::error",
        "##[error]",
        "%0A",
        "<script>",
        "]]>",
        "&amp;",
        "|",
        "\u{1b}[31m",
        "\u{9b}",
        "\u{202e}",
        "\u{200d}",
        "\0",
        "河畔市",
        "👩\u{200d}👩",
    ] {
        assert!(h.name.contains(needle), "the name lacks {needle:?}");
    }
    assert!(h.name.starts_with('='));
    let ids: Vec<&str> = h.commitments.iter().map(|c| c.1.as_str()).collect();
    for lead in ['=', '+', '-', '@', '\t', '\r'] {
        assert!(
            ids.iter().any(|i| i.starts_with(lead)),
            "no id led by {lead:?}"
        );
    }
    assert!(h.commitments.iter().any(|c| c.2.chars().count() == 5000));
    assert!(h.commitments.iter().any(|c| c.0.contains(',')));
    assert!(h.commitments.iter().any(|c| c.0.contains(' ')));
    assert!(
        h.meetings
            .iter()
            .all(|m| m.contains("::") || m.contains('\u{1b}'))
    );
    assert!(h.waiver_reason.contains("\r\n") && h.lead_name.starts_with('@'));
}

/// Would the GitHub Actions runner read this line as a workflow command? (ActionCommand:
/// `TrimStart()` then `::`, or `##[` anywhere.)
fn is_workflow_command(line: &str) -> bool {
    line.trim_start().starts_with("::") || line.contains("##[")
}

fn no_workflow_commands(what: &str, out: &str) {
    for line in out.split(['\n', '\r']) {
        assert!(
            !is_workflow_command(line),
            "{what}: a line the runner reads as a command: {line:?}"
        );
    }
}

/// Bidirectional controls and line separators that must not reach a terminal.
fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Every format of every command — the list is read from the command line, so a new format
/// or command is in it — goes through the check of its kind of output: no line the GitHub
/// runner reads as a workflow command, and what that language needs (terminal: no control or
/// bidi character; Markdown: tables keep their shape, no HTML; JSON parses, printable; CSV:
/// no formula; XML and HTML parse with the text only as text; iCalendar: folded lines). A
/// format with no kind here fails until it gets one. The tests below check each kind in
/// depth; `explain` prints ogp's own rule text, not plan text.
#[test]
fn every_format_of_every_command_is_checked_for_hostile_text() {
    let mut checked = 0;
    // every format in English; in every other language the formats people read, and those
    // of the plan cycle whose human fields follow the language (calendar CSV, JSON and
    // iCalendar, status JSON)
    let runs = crate::common::formats()
        .into_iter()
        .flat_map(|(cmd, formats)| {
            crate::common::LANGS.into_iter().flat_map(move |lang| {
                let cmd = cmd.clone();
                let model = ["calendar", "status"].contains(&cmd.as_str());
                formats
                    .clone()
                    .into_iter()
                    .filter(move |f| {
                        lang == "en"
                            || ["human", "short", "table", "markdown", "svg", "html"]
                                .contains(&f.as_str())
                            || (model && ["csv", "json", "ics"].contains(&f.as_str()))
                    })
                    .map(move |f| (cmd.clone(), f, lang))
            })
        });
    for (cmd, f, lang) in runs {
        {
            if cmd == "explain" {
                continue;
            }
            let what = format!("{cmd} --format {f} --lang {lang}");
            let out = run_in(lang, &cmd, &f, &[]);
            match f.as_str() {
                "human" | "table" | "short" => terminal_is_safe(&what, &out),
                "markdown" => {
                    let tables = out.lines().filter(|l| l.starts_with("|---")).count();
                    markdown_is_safe(&what, &out, tables);
                }
                "json" | "sarif" => {
                    serde_json::from_str::<Value>(&out).unwrap_or_else(|e| panic!("{what}: {e}"));
                    assert!(
                        out.chars()
                            .all(|c| c == '\n' || !(c.is_control() || is_invisible_control(c))),
                        "{what}: a raw control character"
                    );
                    no_workflow_commands(&what, &out);
                }
                "csv" => {
                    csv_is_safe(&what, &out);
                }
                "junit" | "svg" => {
                    roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("{what}: {e}"));
                    no_workflow_commands(&what, &out);
                }
                "html" => {
                    html_is_inert(&what, &out);
                }
                "ics" => {
                    assert!(
                        out.split("\r\n")
                            .all(|l| l.len() <= 75 && !l.contains('\n')),
                        "{what}: a line is not folded"
                    );
                    no_workflow_commands(&what, &out);
                }
                // its annotations are workflow commands by design, each escaped: see
                // github_annotations_are_one_line_each_and_escaped
                "github" => {
                    let (_, summary) = github();
                    no_workflow_commands("step summary", &summary);
                }
                other => {
                    panic!("{what}: no hostile-text check for `{other}` output; add its kind here")
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked} formats checked");
}

/// (stdout, step summary) of `check --format github`.
fn github() -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let (out, err, code) = ogp_with_summary(
        &["check", FIXTURE, "--as-of", AS_OF, "--format", "github"],
        &summary,
    );
    assert_eq!(code, 1);
    assert!(err.is_empty(), "{err}");
    (out, std::fs::read_to_string(&summary).unwrap())
}

/// Undoes the runner's escaping of a property value or of the message.
fn unescape_workflow(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

#[test]
fn github_annotations_are_one_line_each_and_escaped() {
    let (out, summary) = github();
    let check: Value = serde_json::from_str(&run("check", "json", &[])).unwrap();
    let diags = check["diagnostics"].as_array().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let (last, annotations) = lines.split_last().unwrap();
    assert!(last.starts_with("failed: "), "{last}");
    assert!(!is_workflow_command(last), "{last}");
    assert_eq!(annotations.len(), diags.len(), "one line per finding");
    assert!(!out.contains('\r'));
    let paths: HashSet<String> = diags
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    let mut verbatim = 0;
    for (line, d) in annotations.iter().zip(diags) {
        let kind = ["::error ", "::warning ", "::notice "]
            .into_iter()
            .find(|k| line.starts_with(k))
            .unwrap_or_else(|| panic!("not an annotation: {line}"));
        // Parse as the runner does: the command info runs to the next `::`.
        let rest = &line[kind.len()..];
        let end = rest.find("::").expect("a message");
        let (props, data) = (&rest[..end], &rest[end + 2..]);
        let mut file = None;
        for p in props.split(',') {
            let (k, v) = p.split_once('=').expect("key=value");
            assert!(
                ["file", "line", "col", "endLine", "endColumn", "title"].contains(&k),
                "forged property {k} in {line}"
            );
            assert!(!v.contains(':') && !v.contains(','), "unescaped {v}");
            if k == "file" {
                file = Some(unescape_workflow(v));
            }
        }
        assert!(paths.contains(file.as_deref().unwrap()), "{file:?}");
        let message = unescape_workflow(data);
        let m = d["message"].as_str().unwrap();
        if m.chars()
            .all(|c| !(c.is_control() || is_invisible_control(c)) || c == '\r' || c == '\n')
        {
            assert!(message.contains(m), "{message:?} lacks {m:?}");
            verbatim += 1;
        }
        assert!(data.chars().all(|c| c == '\t' || !c.is_control()));
    }
    assert!(verbatim >= 5, "messages with CR/LF come back exactly");
    assert!(
        diags
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("\r\n::error")),
        "the fixture has messages that try to forge a command"
    );
    markdown_is_safe("step summary", &summary, 1);
}

/// Counts the cells of a Markdown table row the way GFM splits it: a backslash escapes the
/// next character, every other `|` separates cells.
fn cells(row: &str) -> usize {
    let mut n = 0;
    let mut it = row.chars();
    while let Some(c) = it.next() {
        match c {
            '\\' => {
                it.next();
            }
            '|' => n += 1,
            _ => {}
        }
    }
    n - 1
}

/// Every table row has the header's number of cells; the Markdown holds no HTML, links or
/// images; the hostile markup comes out as literal text.
fn markdown_is_safe(what: &str, md: &str, tables: usize) {
    let mut header = None;
    let mut seen = 0;
    for line in md.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        match header {
            None => {
                header = Some(cells(line));
                seen += 1;
            }
            Some(n) => assert_eq!(cells(line), n, "{what}: a row breaks the table: {line}"),
        }
    }
    assert_eq!(seen, tables, "{what}: tables");
    let text = markdown_has_no_html(what, md, false);
    assert!(
        text.contains("<script>alert(1)</script>") || text.contains("<b>"),
        "{what}: the markup is shown as text"
    );
    no_workflow_commands(what, md);
}

/// No HTML (and, unless `links`, no link or image) in the Markdown; returns its text.
fn markdown_has_no_html(what: &str, md: &str, links: bool) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut text = String::new();
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("{what}: raw HTML {h:?}"),
            Event::Start(Tag::Link { dest_url, .. }) if !links => {
                panic!("{what}: a link to {dest_url}")
            }
            Event::Start(Tag::Image { dest_url, .. }) if !links => {
                panic!("{what}: an image {dest_url}")
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            _ => {}
        }
    }
    text
}

#[test]
fn markdown_tables_keep_their_shape_and_hold_no_html() {
    markdown_is_safe("status", &run("status", "markdown", &[]), 2);
    markdown_is_safe("calendar", &run("calendar", "markdown", &[]), 1);
    // the timeline comes in blocks of columns, a table each
    let timeline = run("timeline", "markdown", &[]);
    let blocks = timeline.lines().filter(|l| l.starts_with("|---")).count();
    assert!(blocks >= 1, "{timeline}");
    markdown_is_safe("timeline", &timeline, blocks);
    let agenda = run("agenda", "markdown", &[]);
    let tables = agenda.lines().filter(|l| l.starts_with("|---")).count();
    assert!(tables >= 3, "{agenda}");
    markdown_is_safe("agenda", &agenda, tables);
}

/// An HTML page holds the hostile text only as text: parsed by a real HTML parser, it has no
/// element or attribute beyond the templates' own, no script, no event handler, no link out;
/// and the text reads back as written (controls aside).
fn html_is_inert(what: &str, html: &str) -> String {
    no_workflow_commands(what, html);
    let doc = scraper::Html::parse_document(html);
    let allowed = [
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "a", "h1",
        "h2", "h3", "p", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "span",
        "code", "pre", "figure", "nav", "strong", "svg", "g", "rect", "line", "text", "circle",
        "path", "ul", "li", "dl", "dt", "dd", "bdi", "details", "summary", "br",
    ];
    // a carriage return is a line break in HTML, never a reference to the control character
    assert!(!html.contains("&#13;"), "{what}: &#13;");
    // a bidi override stays inside the isolate of its own value
    let mut rest = html;
    while let Some(k) = rest.find("&#x202e;") {
        let before = &rest[..k];
        let open = before.rfind("&#x2068;");
        assert!(
            open.is_some_and(|o| !before[o..].contains("&#x2069;")),
            "{what}: an override outside an isolate"
        );
        rest = &rest[k + 1..];
    }
    for n in doc.root_element().descendants() {
        if let Some(e) = n.value().as_element() {
            assert!(
                allowed.contains(&e.name()),
                "{what}: injected <{}>",
                e.name()
            );
            for (name, value) in e.attrs() {
                assert!(!name.starts_with("on"), "{what}: handler {name}");
                if name == "href" || name == "src" {
                    assert!(!value.contains(':'), "{what}: {name}={value}");
                }
            }
        }
    }
    doc.root_element().text().collect()
}

#[test]
fn html_pages_hold_hostile_text_only_as_text() {
    let h = hostile();
    let text = html_is_inert("agenda --format html", &run("agenda", "html", &[]));
    assert!(text.contains("<script>alert(1)</script>") || text.contains("<b>"));
    let dir = tempfile::tempdir().unwrap();
    let (_, err, code) = ogp(&[
        "site",
        FIXTURE,
        "--out",
        dir.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{err}");
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    let text = html_is_inert("site index", &index);
    let visible = |s: &str| {
        s.chars()
            .filter(|c| !c.is_control() && *c != '\u{fffd}')
            .collect::<String>()
    };
    assert!(visible(&text).contains(&visible(&h.name).replace("\r", "")[..20]));
    let pages: Vec<_> = std::fs::read_dir(dir.path().join("j")).unwrap().collect();
    assert_eq!(pages.len(), 1);
    let page = pages[0].as_ref().unwrap().path();
    let name = page.file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
        "{name}"
    );
    let html = std::fs::read_to_string(page.join("index.html")).unwrap();
    let text = html_is_inert("site page", &html);
    for c in &h.commitments {
        let want: String = visible(&c.2).chars().take(30).collect();
        assert!(visible(&text).contains(&want), "{want:?}");
    }
}

/// The same in every other language, from a site in several languages: the pages' own words
/// change, the hostile text stays text, and the language switch links only inside the site.
#[test]
fn the_site_holds_hostile_text_only_as_text_in_every_language() {
    let h = hostile();
    let dir = tempfile::tempdir().unwrap();
    let (_, err, code) = ogp(&[
        "site",
        FIXTURE,
        "--out",
        dir.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--lang",
        "es,fr,pt",
    ]);
    assert_eq!(code, 0, "{err}");
    html_is_inert(
        "site languages",
        &std::fs::read_to_string(dir.path().join("index.html")).unwrap(),
    );
    let visible = |s: &str| {
        s.chars()
            .filter(|c| !c.is_control() && *c != '\u{fffd}')
            .collect::<String>()
    };
    for lang in ["es", "fr", "pt"] {
        let root = dir.path().join(lang);
        let index = std::fs::read_to_string(root.join("index.html")).unwrap();
        let text = html_is_inert(&format!("site index {lang}"), &index);
        assert!(
            visible(&text).contains(&visible(&h.name).replace("\r", "")[..20]),
            "{lang}"
        );
        let pages: Vec<_> = std::fs::read_dir(root.join("j")).unwrap().collect();
        assert_eq!(pages.len(), 1);
        let html =
            std::fs::read_to_string(pages[0].as_ref().unwrap().path().join("index.html")).unwrap();
        let text = html_is_inert(&format!("site page {lang}"), &html);
        for c in &h.commitments {
            let want: String = visible(&c.2).chars().take(30).collect();
            assert!(visible(&text).contains(&want), "{lang}: {want:?}");
        }
    }
}

#[test]
fn json_round_trips_hostile_text_exactly() {
    let h = hostile();
    for (cmd, raw) in [
        ("check", run("check", "json", &[])),
        ("status", run("status", "json", &[])),
        ("calendar", run("calendar", "json", &[])),
        ("agenda", run("agenda", "json", &[])),
    ] {
        let v: Value = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{cmd}: {e}"));
        // printable as it is: no raw control or bidi character, no workflow command
        assert!(
            raw.chars()
                .all(|c| c == '\n' || !(c.is_control() || is_invisible_control(c))),
            "{cmd}"
        );
        no_workflow_commands(cmd, &raw);
        match cmd {
            "check" => {
                let ds = v["diagnostics"].as_array().unwrap();
                for (file, _, _, ms) in &h.commitments {
                    assert!(
                        ds.iter()
                            .any(|d| d["path"].as_str().unwrap().ends_with(&format!("/{file}"))),
                        "{file}"
                    );
                    for m in ms {
                        assert!(
                            ds.iter().any(|d| d["message"]
                                .as_str()
                                .unwrap()
                                .contains(&format!("milestone \"{m}\""))),
                            "{m:?}"
                        );
                    }
                }
                assert!(
                    ds.iter()
                        .any(|d| d["waived"]["reason"] == h.waiver_reason.as_str())
                );
            }
            "status" => {
                let j = &v["jurisdictions"][0];
                assert_eq!(j["name"], h.name.as_str());
                let cs = j["commitments"].as_array().unwrap();
                for (_, id, title, _) in &h.commitments {
                    assert!(
                        cs.iter()
                            .any(|c| c["id"] == id.as_str() && c["title"] == title.as_str())
                    );
                }
            }
            "agenda" => {
                let cs = v["commitments"].as_array().unwrap();
                for (_, id, title, _) in &h.commitments {
                    assert!(
                        cs.iter()
                            .any(|c| c["id"] == id.as_str() && c["title"] == title.as_str()),
                        "{id:?}"
                    );
                }
            }
            _ => {
                let ds = v["deadlines"].as_array().unwrap();
                assert!(ds.iter().all(|d| d["jurisdiction"] == h.name.as_str()));
                for (_, id, title, ms) in &h.commitments {
                    let end = format!("{id} fully implemented: {title}");
                    assert!(ds.iter().any(|d| d["what"] == end.as_str()), "{end:?}");
                    for m in ms {
                        let what = format!("{id} milestone: {m}");
                        assert!(ds.iter().any(|d| d["what"] == what.as_str()));
                    }
                }
                let lead = format!("{} (lead)", h.lead_name);
                assert!(ds.iter().any(|d| d["who"] == lead.as_str()));
            }
        }
    }
}

/// The findings of the commitment rules quote milestone titles from the files: in every
/// language the JSON keeps each hostile title verbatim inside its C208 message, and stays
/// printable.
#[test]
fn json_keeps_hostile_milestone_titles_verbatim_in_every_language() {
    let h = hostile();
    for lang in crate::common::LANGS {
        let raw = run_in(lang, "check", "json", &[]);
        let v: Value = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(
            raw.chars()
                .all(|c| c == '\n' || !(c.is_control() || is_invisible_control(c))),
            "{lang}"
        );
        no_workflow_commands(lang, &raw);
        let ds = v["diagnostics"].as_array().unwrap();
        for m in h.commitments.iter().flat_map(|(_, _, _, ms)| ms) {
            assert!(
                ds.iter()
                    .any(|d| d["rule"] == "C208"
                        && d["message"].as_str().unwrap().contains(m.as_str())),
                "{lang}: {m:?}"
            );
        }
    }
}

#[test]
fn sarif_of_hostile_text_validates_against_the_schema() {
    let raw = run("check", "sarif", &[]);
    let log: Value = serde_json::from_str(&raw).unwrap();
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    no_workflow_commands("sarif", &raw);
    let h = hostile();
    let check: Value = serde_json::from_str(&run("check", "json", &[])).unwrap();
    let paths: HashSet<&str> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    let results = log["runs"][0]["results"].as_array().unwrap();
    for res in results {
        let uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_graphic() && !b"<>\"|`{}^\\ ".contains(&b)),
            "a URI with raw characters: {uri}"
        );
        // percent-decoding gives the exact path back
        let mut bytes = Vec::new();
        let mut it = uri.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next().unwrap(), it.next().unwrap()];
                let hex = std::str::from_utf8(&hex).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        let path = String::from_utf8(bytes).unwrap();
        assert!(paths.contains(path.as_str()), "{uri} is {path:?}");
    }
    let texts: Vec<&str> = results
        .iter()
        .map(|r| r["message"]["text"].as_str().unwrap())
        .collect();
    for (_, _, _, ms) in &h.commitments {
        for m in ms {
            assert!(texts.iter().any(|t| t.contains(m.as_str())), "{m:?}");
        }
    }
}

/// Text as an XML 1.0 document can hold it: characters it forbids become U+FFFD.
fn xml_representable(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[test]
fn junit_parses_and_gives_hostile_text_back_verbatim() {
    let raw = run("check", "junit", &[]);
    no_workflow_commands("junit", &raw);
    let doc = roxmltree::Document::parse(&raw).expect("well-formed XML");
    let allowed = [
        "testsuites",
        "testsuite",
        "testcase",
        "failure",
        "skipped",
        "system-out",
    ];
    let mut texts = String::new();
    let mut messages = HashSet::new();
    for n in doc.descendants() {
        if n.is_element() {
            let name = n.tag_name().name();
            assert!(allowed.contains(&name), "injected element <{name}>");
            if name == "failure" {
                messages.insert(n.attribute("message").unwrap().to_string());
            }
        }
        if n.is_text() {
            texts.push_str(n.text().unwrap());
        }
    }
    let check: Value = serde_json::from_str(&run("check", "json", &[])).unwrap();
    let mut checked = 0;
    for d in check["diagnostics"].as_array().unwrap() {
        let m = xml_representable(d["message"].as_str().unwrap());
        assert!(texts.contains(&m), "{m:?} is not in the text");
        checked += 1;
    }
    assert!(checked > 10);
    assert!(
        messages.iter().any(|m| m.contains("\r\n::error")),
        "attribute values keep CR and LF"
    );
    let h = hostile();
    assert!(texts.contains(&xml_representable(&h.waiver_reason)));
}

fn csv_is_safe(what: &str, raw: &str) -> Vec<csv::StringRecord> {
    no_workflow_commands(what, raw);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(raw.as_bytes());
    let n = r.headers().unwrap().len();
    let mut records = Vec::new();
    for rec in r.records() {
        let rec = rec.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(rec.len(), n, "{what}: {rec:?}");
        for f in rec.iter() {
            assert!(
                !f.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{what}: a field a spreadsheet runs: {f:?}"
            );
            assert!(
                !f.chars().any(|c| c.is_control() || is_invisible_control(c)),
                "{what}: a control character in {f:?}"
            );
        }
        records.push(rec);
    }
    assert!(!records.is_empty());
    records
}

#[test]
fn csv_fields_keep_their_count_and_never_run_as_formulas() {
    let cal = csv_is_safe("calendar", &run("calendar", "csv", &[]));
    let firsts: HashSet<String> = cal
        .iter()
        .flat_map(|r| r.iter().map(|f| f.chars().take(2).collect::<String>()))
        .collect();
    for defused in ["'=", "'+", "'-", "'@"] {
        assert!(
            firsts.contains(defused),
            "calendar: no field starts {defused}"
        );
    }
    assert!(cal.iter().all(|r| r[1].starts_with("'=HYPERLINK(")));
    let tl = csv_is_safe("timeline", &run("timeline", "csv", &[]));
    assert!(tl.iter().any(|r| r[0].starts_with("'=cmd|")));
    assert!(tl.iter().any(|r| r[0].starts_with("'@SUM(A1)")));
}

#[test]
fn svg_parses_and_holds_hostile_text_only_as_text() {
    let raw = run("timeline", "svg", &[]);
    no_workflow_commands("svg", &raw);
    assert!(!raw.contains("<script"));
    let doc = roxmltree::Document::parse(&raw).expect("well-formed XML");
    let allowed = [
        "svg", "title", "g", "rect", "line", "text", "circle", "path",
    ];
    let mut text = String::new();
    for n in doc.descendants() {
        if n.is_element() {
            let name = n.tag_name().name();
            assert!(allowed.contains(&name), "injected element <{name}>");
            for a in n.attributes() {
                assert!(
                    !a.name().to_ascii_lowercase().starts_with("on") && a.name() != "href",
                    "attribute {}",
                    a.name()
                );
                assert!(!a.value().contains('<') && !a.value().contains("script"));
            }
        }
        if n.is_text() {
            text.push_str(n.text().unwrap());
        }
    }
    let h = hostile();
    assert!(
        text.contains(&xml_representable(&h.name)),
        "the title, verbatim"
    );
    assert!(text.contains("<script>alert(1)</script>"));
}

/// What an iCalendar TEXT value shows for `s`: line breaks as line breaks, other control and
/// bidirectional characters as visible escapes (docs/output-safety.md).
fn ics_shown(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut o = String::new();
    for c in s.chars() {
        match c {
            '\n' => o.push('\n'),
            '\t' => o.push_str("\\t"),
            c if c.is_control() || is_invisible_control(c) => {
                o.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => o.push(c),
        }
    }
    o
}

#[test]
fn ics_folds_escapes_and_parses_back() {
    let raw = run("calendar", "ics", &[]);
    let bytes = raw.as_bytes();
    assert!(raw.ends_with("END:VCALENDAR\r\n"));
    // Every physical line ends with CRLF, has at most 75 octets and is valid UTF-8 by
    // itself: no fold splits a character.
    let mut lines = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .windows(2)
            .position(|w| w == b"\r\n")
            .map(|p| start + p)
            .expect("every line ends with CRLF");
        let line = &bytes[start..end];
        assert!(line.len() <= 75, "{} octets", line.len());
        let line = std::str::from_utf8(line).expect("a fold splits a UTF-8 character");
        assert!(!line.contains(['\r', '\n']), "a bare line break: {line:?}");
        lines.push(line);
        start = end + 2;
    }
    no_workflow_commands("ics", &raw);
    let mut folded = 0;
    for l in &lines {
        if l.starts_with(' ') {
            folded += 1;
            continue;
        }
        if l.starts_with("BEGIN:") || l.starts_with("END:") {
            assert!(
                [
                    "BEGIN:VCALENDAR",
                    "END:VCALENDAR",
                    "BEGIN:VEVENT",
                    "END:VEVENT"
                ]
                .contains(l),
                "injected {l}"
            );
        }
    }
    assert!(folded > 100, "the long values are folded");
    // TEXT values: every `,` and `;` escaped, a backslash only before `\ , ; n N`
    for l in raw.replace("\r\n ", "").lines() {
        let Some(v) = l
            .strip_prefix("SUMMARY:")
            .or_else(|| l.strip_prefix("DESCRIPTION:"))
        else {
            continue;
        };
        let mut it = v.chars();
        while let Some(c) = it.next() {
            match c {
                '\\' => assert!(
                    matches!(it.next(), Some('\\' | ',' | ';' | 'n' | 'N')),
                    "a bad escape in {v:?}"
                ),
                ',' | ';' => panic!("an unescaped {c:?} in {v:?}"),
                _ => {}
            }
        }
    }
    let unfolded = icalendar::parser::unfold(&raw);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("a parser accepts it");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let json: Value = serde_json::from_str(&run("calendar", "json", &[])).unwrap();
    let deadlines = json["deadlines"].as_array().unwrap();
    assert_eq!(events.len(), deadlines.len());
    assert_eq!(
        raw.matches("\r\nBEGIN:VEVENT\r\n").count(),
        deadlines.len(),
        "no injected events"
    );
    let uids: HashSet<String> = events
        .iter()
        .map(|e| e.find_prop("UID").unwrap().val.to_string())
        .collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for (e, d) in events.iter().zip(deadlines) {
        // the parser unescapes TEXT values
        let summary = e.find_prop("SUMMARY").unwrap().val.to_string();
        let expected = ics_shown(&format!(
            "{}: {}",
            d["jurisdiction"].as_str().unwrap(),
            d["what"].as_str().unwrap()
        ));
        assert_eq!(summary, expected);
        let desc = e.find_prop("DESCRIPTION").unwrap().val.to_string();
        assert!(desc.starts_with(&format!(
            "Responsible: {}",
            ics_shown(d["who"].as_str().unwrap())
        )));
    }
}

/// Terminal output: no ESC, no other C0 or C1 control character but LF, no bidirectional
/// control, no workflow command.
fn terminal_is_safe(what: &str, out: &str) {
    for (i, c) in out.chars().enumerate() {
        assert!(
            c == '\n' || !(c.is_control() || is_invisible_control(c)),
            "{what}: {c:?} at character {i}"
        );
    }
    no_workflow_commands(what, out);
}

#[test]
fn terminal_outputs_hold_no_control_or_bidi_characters() {
    let h = hostile();
    for (lang, color) in crate::common::LANGS
        .into_iter()
        .flat_map(|l| [(l, &["--color", "never"][..]), (l, &[][..])])
    {
        let human = run_in(lang, "check", "human", color);
        terminal_is_safe("check", &human);
        assert!(
            human.contains("<script>alert(1)</script>"),
            "text is shown, escaped"
        );
        assert!(human.contains("\\u{1b}[31m") && human.contains("\\u{202e}"));
        for (cmd, f) in [
            ("status", "table"),
            ("calendar", "table"),
            ("timeline", "table"),
        ] {
            for width in ["60", "100", "200"] {
                let mut args = vec!["--width", width];
                args.extend_from_slice(color);
                let what = format!("{cmd} --width {width} --lang {lang}");
                terminal_is_safe(&what, &run_in(lang, cmd, f, &args));
            }
        }
    }
    // every line fits the width, the 5,000-character title and the long name included, in
    // every language
    let fits = crate::common::LANGS
        .into_iter()
        .flat_map(|l| [("status", 100), ("calendar", 100), ("timeline", 100)].map(|c| (l, c)));
    for (lang, (cmd, width)) in fits {
        let out = run_in(lang, cmd, "table", &["--width", &width.to_string()]);
        for l in out.lines() {
            // Columns, roughly: zero-width characters and the emoji joined to the one before
            // take none (wide characters take two, so this is lenient).
            let (mut n, mut joined) = (0, false);
            for c in l.chars() {
                let zero = matches!(
                    c,
                    '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{fe0e}' | '\u{fe0f}' | '\u{feff}'
                );
                if !zero && !joined {
                    n += 1;
                }
                joined = c == '\u{200d}';
            }
            assert!(n <= width, "{cmd} --lang {lang}: {n} columns: {l}");
        }
    }
    assert!(h.commitments.iter().any(|c| c.2.chars().count() == 5000));
    let status = run("status", "table", &["--width", "100"]);
    assert!(
        status.matches("5000 characters of").count() >= 40,
        "the long title is wrapped"
    );
}

#[test]
fn error_messages_name_hostile_paths_inertly() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir
        .path()
        .join("evil\r\n::error file=x::forged ##[error]v1 \u{1b}[2J\u{202e}");
    std::fs::create_dir(&evil).unwrap();
    for cmd in ["status", "calendar", "timeline"] {
        let (out, err, code) = ogp(&[cmd, evil.to_str().unwrap()]);
        assert_eq!(code, 2, "{cmd}: {out}{err}");
        assert!(err.contains("holds no plan repository"), "{err}");
        terminal_is_safe(&format!("{cmd} stderr"), &err);
    }
    let missing = evil.join("missing\n::warning::forged");
    let (_, err, code) = ogp(&["check", missing.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    terminal_is_safe("check stderr", &err);
}

#[test]
fn init_writes_a_hostile_name_verbatim_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let name =
        "{country} {kind} {members}\n::error::forged ##[warning]x \"q\" \\ <b>|</b> \u{1b}[31m";
    let (_, err, code) = ogp(&[
        "init",
        dir.to_str().unwrap(),
        "--name",
        name,
        "--joined",
        "2026-01-12",
    ]);
    assert_eq!(code, 0, "{err}");
    let j: toml::Table = std::fs::read_to_string(dir.join("jurisdiction.toml"))
        .unwrap()
        .parse()
        .expect("valid TOML");
    assert_eq!(j["name"].as_str(), Some(name));
    assert_eq!(
        j["kind"].as_str(),
        Some("single"),
        "placeholders filled once"
    );
    let plan: toml::Table = std::fs::read_to_string(dir.join("plans/2026-2028/plan.toml"))
        .unwrap()
        .parse()
        .expect("valid TOML");
    assert!(plan["title"].as_str().unwrap().starts_with(name));
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    // the README's own links are fine; the name adds no HTML
    let text = markdown_has_no_html("README", &readme, true);
    assert!(text.contains("<b>|</b>"), "the name is shown as text");
    no_workflow_commands("README", &readme);
}
