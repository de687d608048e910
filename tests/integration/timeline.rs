//! `ogp timeline`: every format has a golden file, the terminal table fits 80 and 120 columns,
//! and the SVG is well-formed XML with every text escaped.

use crate::common::{golden, ogp};

const LAKESIDE: &str = "examples/lakeside-status";

#[test]
fn goldens_for_every_format() {
    let cases = |fmt: &str| -> Vec<(&'static str, &'static str)> {
        match fmt {
            "table" => vec![("80", "lakeside-80.txt"), ("120", "lakeside-120.txt")],
            "markdown" => vec![("100", "lakeside.md")],
            "csv" => vec![("100", "lakeside.csv")],
            "svg" => vec![("100", "lakeside.svg")],
            other => panic!("timeline --format {other} has no golden file: name one here"),
        }
    };
    for fmt in crate::common::formats_of("timeline") {
        for (width, name) in cases(&fmt) {
            let fmt = fmt.as_str();
            let (out, err, code) = ogp(&[
                "timeline",
                LAKESIDE,
                "--as-of",
                "2027-09-01",
                "--format",
                fmt,
                "--width",
                width,
            ]);
            assert_eq!(code, 0, "{err}");
            golden(&format!("timeline/{name}"), &out);
        }
    }
}

#[test]
fn the_table_fits_the_terminal() {
    for width in [80usize, 120] {
        let (out, _, _) = ogp(&[
            "timeline",
            LAKESIDE,
            "--as-of",
            "2027-09-01",
            "--width",
            &width.to_string(),
        ]);
        for line in out.lines() {
            assert!(
                line.chars().count() <= width,
                "{} > {width}: {line}",
                line.chars().count()
            );
        }
        // every month of the plan appears once: blocks wrap, they never drop months
        let months: usize = out
            .lines()
            .filter(|l| l.contains('│') && l.trim_start().starts_with('│'))
            .map(|l| l.split_whitespace().count() - 1)
            .sum();
        assert_eq!(months, 42, "Jan 2026 .. Jun 2029");
    }
}

#[test]
fn the_as_of_month_is_marked() {
    let (out, _, _) = ogp(&[
        "timeline",
        LAKESIDE,
        "--as-of",
        "2027-09-01",
        "--width",
        "120",
    ]);
    assert_eq!(
        out.matches('▼').count(),
        2,
        "once over the grid, once in the legend:\n{out}"
    );
}

#[test]
fn svg_parses_as_xml_and_escapes_text() {
    let (out, _, code) = ogp(&[
        "timeline",
        LAKESIDE,
        "--as-of",
        "2027-09-01",
        "--format",
        "svg",
    ]);
    assert_eq!(code, 0);
    let doc = roxmltree::Document::parse(&out).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for want in [
        "2026",
        "2027",
        "2028",
        "2029",
        "as of 2027-09-01",
        "overdue",
        "C1 Open budget data",
    ] {
        assert!(texts.contains(&want), "no text {want:?} in {texts:?}");
    }

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("plans/p/commitments")).unwrap();
    std::fs::write(
        root.join("jurisdiction.toml"),
        "name = \"A <b> & \\\"C\\\" 'D'\"\ncountry = \"F\"\njoined = 2026-01-01\nelections = false\n",
    )
    .unwrap();
    std::fs::write(
        root.join("plans/p/plan.toml"),
        "title = \"T\"\nstart = 2026-01-01\nend = 2027-12-31\nsubmitted = 2026-03-01\n",
    )
    .unwrap();
    std::fs::write(
        root.join("plans/p/commitments/c.toml"),
        "id = \"C1\"\ntitle = \"<script>alert(1)</script> & ]]>\"\nstart = 2026-03-01\nend = 2027-06-30\n",
    )
    .unwrap();
    let (out, err, code) = ogp(&[
        "timeline",
        root.to_str().unwrap(),
        "--as-of",
        "2026-09-01",
        "--format",
        "svg",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("<script>"));
    let doc = roxmltree::Document::parse(&out).expect("well-formed XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(texts.contains(&"A <b> & \"C\" 'D': plan p"), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.starts_with("C1 <script>")),
        "{texts:?}"
    );
}

/// The picture in docs/status-calendar-timeline.md is the real output (OGP_BLESS=1 rewrites it).
#[test]
fn the_docs_picture_is_fresh() {
    let (out, _, _) = ogp(&[
        "timeline",
        LAKESIDE,
        "--as-of",
        "2027-09-01",
        "--format",
        "svg",
    ]);
    let path = crate::common::root().join("docs/lakeside-timeline.svg");
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::write(&path, &out).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        out,
        "run with OGP_BLESS=1"
    );
}

/// While a plan is being co-created, its row runs to the as-of month and its submission
/// deadline is marked due; once it is submitted late, the submission month is marked late.
#[test]
fn co_creation_shows_the_submission_against_its_deadline() {
    let row = |as_of: &str| {
        let (out, _, _) = ogp(&[
            "timeline",
            "tests/fixtures/calendar/late",
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]);
        out.lines()
            .find(|l| l.starts_with("Co-creation"))
            .unwrap()
            .to_string()
    };
    // columns: 2024-01 .. ; June 2024 is the 6th month
    let draft = row("2024-05-01");
    let cells: Vec<&str> = draft.split(',').skip(1).collect();
    assert_eq!(
        &cells[..6],
        [
            "under way",
            "under way",
            "under way",
            "under way",
            "under way",
            "due"
        ]
    );
    let late = row("2024-08-01");
    let cells: Vec<&str> = late.split(',').skip(1).collect();
    assert_eq!(
        cells[6], "late",
        "submitted 2024-07-15 after the 2024-06-30 deadline"
    );
}

/// Defect 17: `ogp status` and `ogp timeline` show the same current plan on every day, e.g.
/// Riverbend on 2026-05-20, between its first plan's end and its second plan's submission.
#[test]
fn status_and_timeline_show_the_same_current_plan() {
    use chrono::{Days, NaiveDate};
    let j = ogp::load::load(&crate::common::root().join("examples/riverbend"));
    let mut day: NaiveDate = "2023-01-10".parse().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    while day <= "2030-12-31".parse().unwrap() {
        let chart = ogp::timeline::Chart::build(
            &j,
            day,
            &ogp::timeline::Options::new(ogp::timeline::Unit::Month),
        )
        .unwrap();
        let status = ogp::status::report::Entry::build(&j, day);
        let plan = &status.progress.first().expect("commitments").plan;
        assert!(
            chart.title.ends_with(&format!("plan {plan}")),
            "{day}: timeline `{}`, status plan {plan}",
            chart.title
        );
        seen.insert(plan.clone());
        day = day.checked_add_days(Days::new(10)).unwrap();
    }
    assert_eq!(
        seen.len(),
        2,
        "both plans are current at some time: {seen:?}"
    );
    let on = |d: &str| {
        let cy = ogp::cycle::Cycle::new(&j, d.parse().unwrap()).unwrap();
        cy.current_plan().unwrap().id().to_string()
    };
    assert_eq!(
        on("2026-05-20"),
        "2026-2030",
        "being co-created after the first plan ended"
    );
    assert_eq!(on("2025-05-20"), "2023-2026", "in implementation");
}

fn lakeside(extra: &[&str]) -> (String, String, i32) {
    let mut args = vec!["timeline", LAKESIDE, "--as-of", "2027-09-01"];
    args.extend_from_slice(extra);
    ogp(&args)
}

/// Markdown is by quarter unless asked; its tables are cut into blocks of columns so that
/// every line fits `--width`, each block a table of its own with the activity column; the
/// legend is a list; full commitment titles follow, never cut.
#[test]
fn markdown_is_by_quarter_with_full_titles() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for width in [60u16, 100, 200] {
        let w = width.to_string();
        let (md, _, code) = lakeside(&["--format", "markdown", "--width", &w]);
        assert_eq!(code, 0);
        assert!(
            md.lines().all(|l| l.chars().count() <= usize::from(width)),
            "{width}: {md}"
        );
        let mut columns = 0;
        let mut tables = 0;
        for head in md.lines().filter(|l| l.starts_with("| activity")) {
            columns += head.matches('|').count() - 2;
            tables += 1;
        }
        assert_eq!(columns, 14, "2026-Q1 .. 2029-Q2, at {width}");
        let parsed = Parser::new_ext(&md, Options::ENABLE_TABLES)
            .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
            .count();
        assert_eq!(parsed, tables, "every block renders as a table");
        if width == 60 {
            assert!(tables > 2, "{md}");
        }
        assert!(md.contains("▼ 2027-Q3"), "{md}");
        assert!(
            md.contains("\n- ███ under way\n- ✓ done\n"),
            "the legend is a list: {md}"
        );
        assert!(
            md.contains("- **C4** Open contracting for lake works"),
            "{md}"
        );
        assert!(!md.contains('…'));
    }
    let (md, _, _) = lakeside(&["--format", "markdown", "--by", "month", "--width", "100"]);
    let months: usize = md
        .lines()
        .filter(|l| l.starts_with("| activity"))
        .map(|h| h.matches('|').count() - 2)
        .sum();
    assert_eq!(months, 42);
}

/// --from/--to choose the period; a bar cut by the period's edge ends in an arrow in the SVG;
/// --from after --to is a usage error.
#[test]
fn a_period_clips_the_chart() {
    let (csv, _, code) = lakeside(&[
        "--format",
        "csv",
        "--from",
        "2027-01-15",
        "--to",
        "2027-06-30",
    ]);
    assert_eq!(code, 0);
    assert!(
        csv.starts_with("activity,2027-01,2027-02,2027-03,2027-04,2027-05,2027-06\r\n"),
        "{csv}"
    );
    let (svg, _, _) = lakeside(&[
        "--format",
        "svg",
        "--from",
        "2027-01-01",
        "--to",
        "2027-06-30",
    ]);
    assert!(svg.contains("continues before this period"), "{svg}");
    assert!(svg.contains("continues after this period"));
    let (_, err, code) = lakeside(&["--from", "2027-06-30", "--to", "2027-01-01"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--from 2027-06-30 is after --to 2027-01-01"),
        "{err}"
    );
}

/// `--plan` picks a plan by id (an unknown id names the ones there are); `all` draws every
/// plan with its id in front of each row.
#[test]
fn plans_by_id_and_all() {
    let (_, err, code) = lakeside(&["--plan", "1999-2000"]);
    assert_eq!(code, 2);
    assert!(err.contains("its plans are: 2026-2029"), "{err}");
    let (csv, _, code) = lakeside(&["--plan", "2026-2029", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(csv, lakeside(&["--format", "csv"]).0);
    let (csv, _, _) = ogp(&[
        "timeline",
        "examples/riverbend",
        "--plan",
        "all",
        "--format",
        "csv",
        "--as-of",
        "2027-09-01",
    ]);
    assert!(csv.starts_with("activity,2023-01,"), "{csv}");
    assert!(csv.contains("\r\n2023-2026 C1 Open budget data,"), "{csv}");
    assert!(csv.contains("\r\n2026-2030 D1 Citizens budget explained in plain language,"));
}

/// One vocabulary: every state word the CSV uses is in the legend of the table, the Markdown
/// and the SVG.
#[test]
fn one_vocabulary_across_formats() {
    let (csv, _, _) = lakeside(&["--format", "csv"]);
    let (table, _, _) = lakeside(&["--width", "120"]);
    let (md, _, _) = lakeside(&["--format", "markdown"]);
    let (svg, _, _) = lakeside(&["--format", "svg"]);
    let mut words: Vec<&str> = csv
        .lines()
        .skip(1)
        .flat_map(|l| l.split(',').skip(1))
        .filter(|w| !w.is_empty() && w.parse::<u32>().is_err())
        .collect();
    words.sort();
    words.dedup();
    assert_eq!(
        words,
        ["done", "due", "latest allowed end", "overdue", "under way"]
    );
    for w in words.iter().chain(&["late", "meetings held"]) {
        assert!(table.contains(w) && md.contains(w), "{w}");
        assert!(svg.contains(&format!(">{w}</text>")), "{w}");
    }
}

/// No SVG label crosses a grid line: every text of the label column, measured with DejaVu
/// Sans metrics, ends left of the first grid line, however long the title.
#[test]
fn svg_labels_fit_the_label_column() {
    use ogp::render::timeline::svg::{text_width, wrap_px};
    let long = "Open budget data and a citizens' budget guide published every quarter in three languages with a WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW";
    let lines = wrap_px(long, 12.0, 226.0);
    assert!(lines.len() > 2);
    assert_eq!(
        lines.concat().replace(' ', ""),
        long.replace(' ', ""),
        "nothing dropped"
    );
    for l in &lines {
        assert!(text_width(l, 12.0, false) <= 226.0, "{l}");
    }
    // every text of real charts, measured, against every vertical grid line: none crosses one
    for (path, as_of, extra) in [
        (LAKESIDE, "2027-09-01", &[][..]),
        (LAKESIDE, "2027-09-01", &["--by", "quarter"]),
        ("examples/riverbend", "2027-09-01", &["--plan", "all"]),
        ("tests/fixtures/hostile-text", "2027-01-15", &[]),
        (LAKESIDE, "2027-09-01", &["--from", "2026-12-01"]),
    ] {
        let mut args = vec!["timeline", path, "--as-of", as_of, "--format", "svg"];
        args.extend_from_slice(extra);
        let args = &args[..];
        let (svg, _, code) = ogp(args);
        assert_eq!(code, 0);
        no_text_crosses_a_grid_line(&svg, &args.join(" "));
    }
    // and the check sees a crossing when there is one
    let mut bad = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for i in 0..6 {
        bad.push_str(&format!(
            r#"<line x1="{0}" y1="0" x2="{0}" y2="100"/>"#,
            100 + i * 20
        ));
    }
    for _ in 0..21 {
        bad.push_str(r#"<text x="16" y="50" font-size="12">Participatory shoreline plan</text>"#);
    }
    bad.push_str("</svg>");
    let caught = std::panic::catch_unwind(|| no_text_crosses_a_grid_line(&bad, "control"));
    assert!(caught.is_err(), "a label over x=100 is a crossing");
}

/// Each `<text>` spans [x0, x1] (by its anchor and measured width) and, vertically, DejaVu
/// Sans's ascent and descent (0.93 and 0.24 em) around its baseline; no vertical `<line>`
/// of the grid may pass through that box.
fn no_text_crosses_a_grid_line(svg: &str, what: &str) {
    use ogp::render::timeline::svg::text_width;
    let doc = roxmltree::Document::parse(svg).unwrap();
    let num = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f64>().ok());
    let lines: Vec<(f64, f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("line"))
        .filter_map(|n| {
            let (x1, x2) = (num(n, "x1")?, num(n, "x2")?);
            (x1 == x2).then_some((x1, num(n, "y1")?, num(n, "y2")?))
        })
        .filter(|l| l.1 != l.2)
        .collect();
    assert!(lines.len() > 5, "{what}: grid lines");
    let mut texts = 0;
    for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let (Some(x), Some(y), Some(size)) = (num(t, "x"), num(t, "y"), num(t, "font-size")) else {
            continue;
        };
        let bold = t.attribute("font-weight") == Some("bold");
        let w = text_width(t.text().unwrap_or(""), size, bold);
        let (x0, x1) = match t.attribute("text-anchor") {
            Some("middle") => (x - w / 2.0, x + w / 2.0),
            _ => (x, x + w),
        };
        let (top, bottom) = (y - 0.93 * size, y + 0.24 * size);
        for &(lx, ly1, ly2) in &lines {
            let (a, b) = (ly1.min(ly2), ly1.max(ly2));
            let overlaps = top < b && bottom > a;
            assert!(
                !(overlaps && x0 < lx && lx < x1),
                "{what}: {:?} ({x0:.0}..{x1:.0}, {top:.0}..{bottom:.0}) crosses the line at x={lx} ({a}..{b})",
                t.text()
            );
        }
        texts += 1;
    }
    assert!(texts > 20, "{what}: texts");
}

/// The SVG's text measure never underestimates DejaVu Sans: every printable ASCII character
/// and a sample of others, checked against the real font's advance widths, regular and bold. The font comes with Debian's fonts-dejavu-core, which
/// `.ci/run` installs; without it the test says it was skipped (and fails with CI set).
#[test]
fn text_measure_covers_dejavu_sans() {
    use ogp::render::timeline::svg::text_width;
    let dir = std::path::Path::new("/usr/share/fonts/truetype/dejavu");
    let (Ok(regular), Ok(bold)) = (
        std::fs::read(dir.join("DejaVuSans.ttf")),
        std::fs::read(dir.join("DejaVuSans-Bold.ttf")),
    ) else {
        assert!(
            std::env::var_os("CI").is_none_or(|v| v.is_empty()),
            "CI is set but DejaVu Sans is missing: .ci/run installs fonts-dejavu-core"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "DejaVu Sans check SKIPPED: no fonts-dejavu-core"
        );
        return;
    };
    let faces = [
        (ttf_parser::Face::parse(&regular, 0).unwrap(), false),
        (ttf_parser::Face::parse(&bold, 0).unwrap(), true),
    ];
    let sample = (' '..='~').chain("éàüßñçøœ€–—…’“”河畔市のéàÉÀ✓✗○".chars());
    for ch in sample {
        for (face, is_bold) in &faces {
            let Some(g) = face.glyph_index(ch) else {
                continue;
            };
            let real =
                face.glyph_hor_advance(g).unwrap() as f64 * 100.0 / face.units_per_em() as f64;
            let ours = text_width(&ch.to_string(), 100.0, *is_bold);
            assert!(
                ours + 0.5 >= real,
                "{ch:?} ({}): measured {ours:.1}, DejaVu Sans {real:.1}",
                if *is_bold { "bold" } else { "regular" }
            );
        }
    }
}
