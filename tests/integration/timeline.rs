//! `ogp timeline`: every format has a golden file, the terminal table fits 80 and 120 columns,
//! and the SVG is well-formed XML with every text escaped.

use crate::common::{golden, ogp};

const LAKESIDE: &str = "examples/lakeside-status";

#[test]
fn goldens_for_every_format() {
    for (fmt, width, name) in [
        ("table", "80", "lakeside-80.txt"),
        ("table", "120", "lakeside-120.txt"),
        ("markdown", "100", "lakeside.md"),
        ("csv", "100", "lakeside.csv"),
        ("svg", "100", "lakeside.svg"),
    ] {
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
        ["active", "active", "active", "active", "active", "due"]
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
        let chart = ogp::timeline::Chart::build(&j, day).unwrap();
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
