//! `ogp calendar`: the calendar and the rules agree on every due date; the `.ics` parses back
//! with a real iCalendar parser; every format has a golden file.

use crate::common::{golden, ogp, root};
use chrono::{Days, NaiveDate};
use ogp::calendar::{self, State};
use ogp::rules::Options;

const LATE: &str = "tests/fixtures/calendar/late";
const RULES: [&str; 8] = [
    "M302", "M303", "M304", "M305", "P106", "P107", "R403", "C206",
];

fn findings(path: &str, as_of: NaiveDate) -> Vec<(String, String)> {
    let r = ogp::pipeline::collect(
        &[root().join(path)],
        &ogp::pipeline::Settings::new(Options {
            as_of,
            as_of_given: true,
        }),
    )
    .unwrap_or_else(|e| panic!("{}", e.0));
    r.checked
        .iter()
        .flat_map(|c| &c.findings)
        .map(|f| (f.rule.code.to_string(), f.message.en()))
        .collect()
}

fn entries(path: &str, as_of: NaiveDate) -> Vec<calendar::Entry> {
    let j = ogp::load::load(&root().join(path));
    calendar::entries(&j, as_of)
}

/// The calendar is a view of the model's deadline list: every deadline is on it with the same
/// date, rule and state, and every deadline rule that reports something has a deadline in the
/// model that passed with nothing recorded, or was met late.
#[test]
fn the_calendar_shows_the_models_deadlines() {
    use ogp::cycle::{Cycle, State as S};
    for as_of in ["2026-06-01", "2026-07-20", "2027-01-01"] {
        let as_of: NaiveDate = as_of.parse().unwrap();
        let j = ogp::load::load(&root().join(LATE));
        let cy = Cycle::new(&j, as_of).unwrap();
        let cal = calendar::from_model(&cy);
        assert!(!cy.deadlines.is_empty());
        for d in &cy.deadlines {
            let e = cal
                .iter()
                .find(|e| e.key == d.key)
                .unwrap_or_else(|| panic!("{} not on the calendar", d.key));
            assert_eq!(e.date, d.due, "{}", d.key);
            assert_eq!(e.rule, d.rule, "{}", d.key);
            let same = match (d.state, e.state) {
                (S::Met(a), State::Done(b)) | (S::Late(a), State::Late(b)) => a == b,
                // missed once revoked (nothing can meet it any more), overdue before
                (S::Missing, State::Overdue) => !d.frozen,
                (S::Missing, State::Missed) => d.frozen,
                (S::Excused, State::Excused) | (S::Closed, State::Closed) => true,
                (S::Pending, State::DueSoon | State::Upcoming) => true,
                _ => false,
            };
            assert!(same, "{}: {:?} vs {:?}", d.key, d.state, e.state);
        }
        let fs = findings(LATE, as_of);
        for code in RULES {
            let reported = fs.iter().any(|(c, _)| c == code);
            if code == "C206" {
                // a window: a change after it is the finding, so the window must have closed
                let closed = cy
                    .deadlines
                    .iter()
                    .any(|d| d.rule.map(|r| r.code) == Some(code) && d.state == S::Closed);
                assert!(!reported || closed, "{code} as of {as_of}");
                continue;
            }
            let due = cy
                .deadlines
                .iter()
                .any(|d| d.rule.map(|r| r.code) == Some(code) && (d.is_missing() || d.is_late()));
            assert_eq!(reported, due, "{code} as of {as_of}");
        }
    }
}

/// For each deadline that passed with nothing recorded, the rule is silent on the calendar's
/// date and reports it the day after.
#[test]
fn rules_fire_the_day_after_the_calendar_date() {
    let cal = entries(LATE, "2026-06-01".parse().unwrap());
    let mut checked = 0;
    for e in cal
        .iter()
        .filter(|e| matches!(e.state, State::Overdue | State::Missed))
    {
        let Some(code) = e.rule.map(|r| r.code).filter(|c| RULES.contains(c)) else {
            continue;
        };
        let day = e.date;
        // the deadline in the model: pending on its day, missing the day after
        let state = |as_of: NaiveDate| {
            let j = ogp::load::load(&root().join(LATE));
            let cy = ogp::cycle::Cycle::new(&j, as_of).unwrap();
            cy.deadlines
                .iter()
                .find(|d| d.key == e.key)
                .map(|d| d.state)
        };
        let count = |as_of: NaiveDate| {
            findings(LATE, as_of)
                .iter()
                .filter(|(c, _)| c == code)
                .count()
        };
        let after = day.checked_add_days(Days::new(1)).unwrap();
        assert_eq!(state(day), Some(ogp::cycle::State::Pending), "{}", e.key);
        assert_eq!(state(after), Some(ogp::cycle::State::Missing), "{}", e.key);
        assert!(
            count(after) > count(day),
            "{code} not reported the day after {day}"
        );
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} overdue deadlines checked");
}

fn unfold(s: &str) -> String {
    s.replace("\r\n ", "")
}

#[test]
fn ics_is_valid_and_parses_back() {
    let (out, err, code) = ogp(&["calendar", LATE, "--as-of", "2026-06-01", "--format", "ics"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.ends_with("END:VCALENDAR\r\n"));
    for line in out.split("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
    }
    let unfolded = icalendar::parser::unfold(&out);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("a parser accepts it");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let n = entries(LATE, "2026-06-01".parse().unwrap()).len();
    assert_eq!(events.len(), n);
    let mut uids: Vec<String> = events
        .iter()
        .map(|e| e.find_prop("UID").expect("UID").val.to_string())
        .collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), n, "UIDs are unique");
    for e in &events {
        assert_eq!(
            e.find_prop("DTSTAMP").unwrap().val.as_str(),
            "20260601T000000Z"
        );
        let start = e.find_prop("DTSTART").unwrap();
        assert!(
            start
                .params
                .iter()
                .any(|p| p.key == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE"))
        );
        assert_eq!(start.val.as_str().len(), 8);
    }
    let summary = events
        .iter()
        .find(|e| {
            e.find_prop("SUMMARY")
                .unwrap()
                .val
                .as_str()
                .contains("inception")
        })
        .unwrap();
    let text = summary
        .find_prop("SUMMARY")
        .unwrap()
        .val
        .clone()
        .unescape_text();
    assert_eq!(
        text.as_str(),
        "Late Harbour: inception assessment of plan 2024-2025"
    );
    // the same input gives the same bytes; another as-of date keeps the UIDs
    let (again, _, _) = ogp(&["calendar", LATE, "--as-of", "2026-06-01", "--format", "ics"]);
    assert_eq!(out, again);
    let (later, _, _) = ogp(&["calendar", LATE, "--as-of", "2026-07-01", "--format", "ics"]);
    assert!(unfold(&later).contains(&format!("UID:{}", uids[0])));
}

#[test]
fn from_and_to_bound_the_dates() {
    let (out, _, code) = ogp(&[
        "calendar",
        LATE,
        "--as-of",
        "2026-06-01",
        "--from",
        "2025-01-01",
        "--to",
        "2025-06-30",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    let dates: Vec<&str> = out.lines().skip(1).map(|l| &l[..10]).collect();
    assert!(!dates.is_empty());
    assert!(
        dates
            .iter()
            .all(|d| ("2025-01-01"..="2025-06-30").contains(d)),
        "{dates:?}"
    );
}

#[test]
fn goldens_for_every_format() {
    for fmt in crate::common::formats_of("calendar") {
        let ext = match fmt.as_str() {
            "table" => "txt",
            "markdown" => "md",
            "csv" | "json" | "ics" => fmt.as_str(),
            other => panic!("calendar --format {other} has no golden file: name one here"),
        };
        let fmt = fmt.as_str();
        let (out, err, code) = ogp(&[
            "calendar",
            "examples/lakeside-status",
            "--as-of",
            "2027-09-01",
            "--format",
            fmt,
            "--width",
            "120",
        ]);
        assert_eq!(code, 0, "{err}");
        golden(&format!("calendar/lakeside.{ext}"), &out);
    }
    let (out, _, _) = ogp(&["calendar", LATE, "--as-of", "2026-06-01", "--width", "100"]);
    golden("calendar/late.txt", &out);
}

#[test]
fn waiver_expiries_are_on_the_calendar() {
    let (out, _, code) = crate::common::ogp(&[
        "calendar",
        "tests/fixtures/eco/riverside",
        "--as-of",
        "2027-01-15",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("waiver of C208 for C1 expires"))
        .unwrap_or_else(|| panic!("no waiver expiry in:\n{out}"));
    assert!(line.starts_with("2027-03-31"), "{line}");
    assert!(out.contains("waiver of C209 for cso-open expires"), "{out}");
}

#[test]
fn the_summary_line_names_the_next_deadline() {
    let (out, _, _) = crate::common::ogp(&["check", "examples/riverbend", "--as-of", "2026-11-28"]);
    assert!(
        out.trim_end()
            .ends_with("; next deadline 2026-12-15: D1 milestone: first citizens budget published"),
        "{out}"
    );
    // once the milestone date has passed, the next thing due is the tracker update for
    // 2026-Q4, a month after the quarter ends
    let (out, _, _) = crate::common::ogp(&["check", "examples/riverbend", "--as-of", "2026-12-16"]);
    assert!(
        out.contains("next deadline 2027-01-31: online tracker update for 2026-Q4"),
        "{out}"
    );
}

/// The next deadline is the next thing someone has to do: not the assessment an overdue
/// commitment would have had "if completed as planned", not a window closing, and nothing of
/// a plan never submitted (a fresh repository has no final learning exercise years away).
#[test]
fn the_next_deadline_is_the_next_action() {
    let as_of: NaiveDate = "2028-01-15".parse().unwrap();
    let v = entries("examples/lakeside-status", as_of);
    // C2 ended 2027-12-31 without being completed: no assessment "if completed as planned"
    assert!(
        !v.iter()
            .any(|e| e.key == "2026-2029/C2/assessment" && e.what.en().contains("as planned")),
        "{v:#?}"
    );
    let next = calendar::first_coming(v, as_of).unwrap();
    assert_eq!(next.what.en(), "online tracker update for 2027-Q4");
    // windows and limits are not actions
    let v = entries("examples/riverbend", "2026-05-20".parse().unwrap());
    let next = calendar::first_coming(v, "2026-05-20".parse().unwrap()).unwrap();
    assert!(next.action, "{next:?}");
    assert!(
        !next.what.en().starts_with("last day to change"),
        "{next:?}"
    );
    // a fresh repository: no final learning exercise of a plan never submitted
    let tmp = tempfile::tempdir().unwrap();
    let (_, err, code) =
        crate::common::ogp_in(tmp.path(), &["init", "x", "--joined", "2026-12-01"]);
    assert_eq!(code, 0, "{err}");
    let (out, _, _) = crate::common::ogp_in(tmp.path(), &["check", "x", "--as-of", "2026-12-07"]);
    assert!(!out.contains("final learning"), "{out}");
    let (out, _, _) = crate::common::ogp_in(
        tmp.path(),
        &["calendar", "x", "--as-of", "2026-12-07", "--format", "csv"],
    );
    assert!(!out.contains("final learning"), "{out}");
}

/// The table starts with what needs attention: overdue, then due soon, then the rest by date;
/// and only the next status escalation is listed (an active member is not shown "upcoming:
/// revoked").
#[test]
fn the_calendar_table_starts_with_what_is_overdue_and_due_soon() {
    let (out, _, code) = crate::common::ogp(&[
        "calendar",
        "examples/lakeside-status",
        "--as-of",
        "2027-09-01",
        "--width",
        "200",
    ]);
    assert_eq!(code, 0);
    let states: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("│ 20"))
        .map(|l| l.split('┆').nth(1).unwrap().trim())
        .collect();
    let rank = |s: &str| match s {
        "overdue" => 0,
        "due soon" => 1,
        _ => 2,
    };
    assert!(states.len() > 5, "{out}");
    assert_eq!(states[0], "overdue", "{out}");
    assert!(
        states.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{states:?}"
    );
    let escalations = out.lines().filter(|l| l.contains("status becomes")).count();
    assert_eq!(escalations, 1, "{out}");
    assert!(!out.contains("status becomes revoked"), "{out}");
}

/// The day the OGP Local team must be told of a change is on the calendar, and C207 reads the
/// same deadline: a warning while it is due, an error the day after, late once told after it;
/// every format lists it, the ICS under a UID that stays when the date it is viewed changes.
#[test]
fn the_day_a_change_must_be_communicated_is_on_the_calendar() {
    const NOT_TOLD: &str = "tests/fixtures/rules/C207/fail-not-communicated";
    const TOLD_LATE: &str = "tests/fixtures/rules/C207/fail-communicated-late";
    let key = "2026-2029/C3/change-2026-10-01/communicated";
    let entry = |path: &str, as_of: &str| {
        entries(path, as_of.parse().unwrap())
            .into_iter()
            .find(|e| e.key == key)
            .unwrap_or_else(|| panic!("{key} not on the calendar of {path} as of {as_of}"))
    };
    let c207 = |path: &str, as_of: &str| {
        let fs = findings(path, as_of.parse().unwrap());
        fs.iter()
            .filter(|(c, m)| c == "C207" && m.contains("communicated"))
            .count()
    };
    let due: NaiveDate = "2026-11-01".parse().unwrap();
    for (as_of, state) in [
        ("2026-09-01", None),
        ("2026-10-20", Some(State::DueSoon)),
        ("2026-11-01", Some(State::DueSoon)),
        ("2026-11-02", Some(State::Overdue)),
    ] {
        let found = entries(NOT_TOLD, as_of.parse().unwrap())
            .into_iter()
            .find(|e| e.key == key);
        assert_eq!(found.as_ref().map(|e| e.state), state, "{as_of}");
        if let Some(e) = found {
            assert_eq!(
                (e.date, e.rule.map(|r| r.code)),
                (due, Some("C207")),
                "{as_of}"
            );
        }
        // the rule reports exactly while the calendar lists it
        assert_eq!(
            c207(NOT_TOLD, as_of),
            usize::from(state.is_some()),
            "{as_of}"
        );
    }
    let late = entry(TOLD_LATE, "2027-09-15");
    assert_eq!(late.state, State::Late("2027-01-10".parse().unwrap()));
    assert_eq!(c207(TOLD_LATE, "2027-09-15"), 1);
    let done = entry("tests/fixtures/rules/C207/pass", "2027-09-15");
    assert_eq!(done.state, State::Done("2026-10-05".parse().unwrap()));
    assert_eq!(c207("tests/fixtures/rules/C207/pass", "2027-09-15"), 0);
    for format in ["table", "markdown", "csv", "json", "ics"] {
        let (out, err, _) = ogp(&[
            "calendar",
            NOT_TOLD,
            "--as-of",
            "2026-11-02",
            "--format",
            format,
        ]);
        // (the table wraps the text in its column)
        let out = unfold(&out);
        assert!(
            out.contains("tell the OGP Local team of the") && out.contains("change of 2026-10-01"),
            "{format}: {out}{err}"
        );
    }
    let uid = |as_of: &str| {
        let (out, _, _) = ogp(&["calendar", NOT_TOLD, "--as-of", as_of, "--format", "ics"]);
        let out = unfold(&out);
        let at = out.find("change of 2026-10-01").expect("listed");
        let before = &out[..at];
        let start = before.rfind("UID:").expect("a UID");
        before[start..].lines().next().unwrap().to_string()
    };
    assert_eq!(uid("2026-10-20"), uid("2026-11-02"));
}

/// The registry view's next deadline (`next_of`, which makes an entry only of the earliest
/// candidate) is the first coming entry of the whole calendar, for every jurisdiction of the
/// fixtures and the examples, on dates before, during and after their plans.
#[test]
fn the_next_deadline_is_the_first_coming_entry_of_the_calendar() {
    let mut dirs = vec![root().join("tests/fixtures"), root().join("examples")];
    let mut found = Vec::new();
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.join("jurisdiction.toml").is_file() {
                found.push(p);
            } else if p.is_dir() {
                dirs.push(p);
            }
        }
    }
    assert!(found.len() > 100, "{} jurisdictions", found.len());
    let mut some = 0;
    for dir in &found {
        let j = ogp::load::load(dir);
        for as_of in [
            "2025-01-01",
            "2026-05-20",
            "2026-11-28",
            "2027-09-30",
            "2030-01-01",
        ] {
            let as_of: NaiveDate = as_of.parse().unwrap();
            let Some(cy) = ogp::cycle::Cycle::new(&j, as_of) else {
                continue;
            };
            let all = calendar::first_coming(calendar::from_model(&cy), as_of);
            let fast = calendar::next_of(&cy);
            some += usize::from(all.is_some());
            assert_eq!(
                format!("{all:?}"),
                format!("{fast:?}"),
                "{} as of {as_of}",
                dir.display()
            );
        }
    }
    // the comparison saw real deadlines, not only jurisdictions with none
    assert!(some > 100, "{some} next deadlines");
}
