//! Hostile inputs: each drives the real binary and must end in exit 1 or 2 with a message,
//! within a time limit, never a panic (exit 101) or a signal. Large inputs are generated in a
//! temporary folder at test time, never committed.

use crate::common::root;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A guard against a run that never ends (a hang or a loop), not a measure of speed: speed is
/// measured in bench/. Generous, because a debug build on a loaded 2-core machine is slow.
const LIMIT: Duration = Duration::from_secs(120);

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs `ogp` with NO_COLOR in `dir`; kills it and fails the test after [`LIMIT`].
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_env(dir, args, &[])
}

pub fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogp"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("OGP_NO_HISTORY", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("OGP_LANG")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run ogp");
    // Drain both pipes on their own threads so a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait for ogp") {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("ogp {args:?} took more than {LIMIT:?}; killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = String::from_utf8_lossy(&t_out.join().expect("stdout reader")).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().expect("stderr reader")).into_owned();
    let code = match status.code() {
        Some(c) => c,
        None => panic!("ogp {args:?} was killed by a signal ({status:?})\nstderr: {stderr}"),
    };
    Run {
        stdout,
        stderr,
        code,
    }
}

/// Exit 1 or 2 with a message; never a panic.
#[track_caller]
pub fn handled(r: &Run) {
    assert_ne!(r.code, 101, "ogp panicked:\n{}", r.stderr);
    assert!(
        r.code == 1 || r.code == 2,
        "expected exit 1 or 2, got {}\nstdout: {}\nstderr: {}",
        r.code,
        head(&r.stdout),
        head(&r.stderr)
    );
    assert!(
        !r.stderr.contains("panicked"),
        "ogp panicked:\n{}",
        r.stderr
    );
    let msg = if r.code == 1 { &r.stdout } else { &r.stderr };
    assert!(!msg.trim().is_empty(), "exit {} without a message", r.code);
}

/// Nothing that a terminal interprets reaches it raw: escapes, other controls, bidi overrides.
#[track_caller]
pub fn terminal_safe(out: &str) {
    for (i, c) in out.chars().enumerate() {
        let bad = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(
            !bad,
            "raw {c:?} at char {i} of the output: {}",
            head(
                &out[out
                    .char_indices()
                    .nth(i.saturating_sub(40))
                    .map_or(0, |(b, _)| b)..]
            )
        );
    }
}

fn head(s: &str) -> String {
    s.chars().take(600).collect()
}

/// Copies a folder tree (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A temporary copy of examples/riverbend; returns the folder and the root inside it.
pub fn riverbend() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join("riverbend");
    copy_dir(&root().join("examples/riverbend"), &r);
    (tmp, r)
}

const PLAN: &str = "plans/2026-2030";

/// Every file kind of a plan repository, relative to its root.
const KINDS: &[&str] = &[
    "jurisdiction.toml",
    "plans/2026-2030/plan.toml",
    "plans/2026-2030/commitments/d1-budget-explained.toml",
    "plans/2026-2030/meetings.toml",
    "plans/2026-2030/tracker.toml",
];

fn check(dir: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["check", "riverbend", "--as-of", "2027-01-15"];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// Replaces one file of a fresh riverbend copy and checks it in human and JSON output.
fn each_kind(content: impl Fn(&str) -> Vec<u8>, expect: &str) {
    for kind in KINDS {
        let (tmp, r) = riverbend();
        std::fs::write(r.join(kind), content(kind)).unwrap();
        let human = check(tmp.path(), &[]);
        handled(&human);
        terminal_safe(&human.stdout);
        let json = check(tmp.path(), &["--format", "json"]);
        handled(&json);
        serde_json::from_str::<serde_json::Value>(&json.stdout).expect("JSON parses");
        assert!(
            json.stdout.contains(expect),
            "{kind}: expected {expect:?} in:\n{}",
            head(&json.stdout)
        );
    }
}

#[test]
fn binary_junk_is_a_syntax_finding() {
    // Deterministic junk: every byte value, then a pseudo-random tail.
    let mut junk: Vec<u8> = (0..=255u8).collect();
    let mut x: u32 = 0x2545_f491;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk.push(x.to_le_bytes()[0]);
    }
    each_kind(|_| junk.clone(), "S001");
    // Valid UTF-8 full of control characters: the snippet must not pass them through.
    let controls: String = (0u8..0x20)
        .map(char::from)
        .chain(['\u{7f}', '\u{85}', '\u{202e}'])
        .collect();
    each_kind(|_| format!("name = 1\n{controls}\n").into_bytes(), "S001");
}

#[test]
fn invalid_utf8_names_the_offset() {
    each_kind(
        |_| b"name = \"Riverbend\"\ncountry = \"\xff\xfe\"\n".to_vec(),
        "not UTF-8 text (invalid byte at offset 30)",
    );
}

#[test]
fn a_byte_order_mark_is_harmless_and_positions_stay_exact() {
    let (tmp, r) = riverbend();
    let before = check(tmp.path(), &["--format", "json"]);
    for kind in KINDS {
        let p = r.join(kind);
        let mut text = b"\xef\xbb\xbf".to_vec();
        text.extend(std::fs::read(&p).unwrap());
        std::fs::write(&p, text).unwrap();
    }
    let after = check(tmp.path(), &["--format", "json"]);
    assert_eq!(before.code, after.code);
    // The BOM shifts every byte by 3 but no line or column.
    type At = (String, String, String, String);
    let strip = |s: &str| -> Vec<At> {
        let v: serde_json::Value = serde_json::from_str(s).unwrap();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let at = |k: &str| d[k].to_string();
                (at("rule"), at("line"), at("column"), at("message"))
            })
            .collect()
    };
    // ... and it is said, as a warning: other TOML tools reject such a file
    let bom = (
        "\"S001\"".to_string(),
        "1".to_string(),
        "1".to_string(),
        "\"this file starts with a byte-order mark (BOM): ogp reads it, but editors' TOML tools and other programs reject the file\"".to_string(),
    );
    let mut said = strip(&after.stdout);
    assert_eq!(said.first(), Some(&bom), "{}", after.stdout);
    said.remove(0);
    assert_eq!(strip(&before.stdout), said);

    // An unknown key after a BOM is found at its exact place.
    let p = r.join("jurisdiction.toml");
    std::fs::write(&p, "\u{feff}nmae = \"x\"\n").unwrap();
    let out = check(tmp.path(), &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "S003")
        .expect("S003 for nmae");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn crlf_line_endings_keep_every_position() {
    let (tmp, r) = riverbend();
    // Some findings on known lines: an unknown key and a bad value.
    let commitment = r.join(KINDS[2]);
    let text = std::fs::read_to_string(&commitment).unwrap();
    std::fs::write(
        &commitment,
        text.replace("lead = ", "leed = \"x\"\nlead = ")
            .replace("due = 2027-06-30", "due = \"2027-06-30\""),
    )
    .unwrap();
    let lf = check(tmp.path(), &["--format", "json"]);
    let lf_human = check(tmp.path(), &[]);
    for kind in KINDS {
        let p = r.join(kind);
        let t = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, t.replace('\n', "\r\n")).unwrap();
    }
    let crlf = check(tmp.path(), &["--format", "json"]);
    assert_eq!(lf.stdout, crlf.stdout, "CRLF changed the JSON findings");
    assert!(lf.stdout.contains("S003") && lf.stdout.contains("S002"));
    let crlf_human = check(tmp.path(), &[]);
    terminal_safe(&crlf_human.stdout);
    assert_eq!(
        lf_human.stdout, crlf_human.stdout,
        "CRLF changed the human output"
    );
}

#[test]
fn empty_files_of_every_kind() {
    for (i, kind) in KINDS.iter().enumerate() {
        let (tmp, r) = riverbend();
        std::fs::write(r.join(kind), "").unwrap();
        let out = check(tmp.path(), &[]);
        if i < 3 {
            // jurisdiction, plan and commitment files have required keys
            handled(&out);
        } else {
            // no meetings or no tracker updates yet is a valid file
            assert!(out.code == 0 || out.code == 1, "{kind}: {}", out.stderr);
        }
        terminal_safe(&out.stdout);
    }
    // Empty files where a required key must be: the message says so and names the keys.
    let (tmp, r) = riverbend();
    std::fs::write(r.join("jurisdiction.toml"), "").unwrap();
    let out = check(tmp.path(), &[]);
    assert!(
        out.stdout.contains(
            "this file is empty; it needs at least `name`, `country`, `joined`, [point_of_contact]"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn folders_where_files_belong() {
    for kind in KINDS {
        let (tmp, r) = riverbend();
        let p = r.join(kind);
        std::fs::remove_file(&p).unwrap();
        std::fs::create_dir(&p).unwrap();
        let out = check(tmp.path(), &["--format", "json"]);
        handled(&out);
        assert_eq!(out.code, 1);
        assert!(
            out.stdout.contains("it is a folder, not a file"),
            "{kind}: {}",
            out.stdout
        );
    }
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed() {
    use std::os::unix::fs::symlink;
    let (tmp, r) = riverbend();
    // Outside the root: a file with a secret that must not be read, and a folder of plans.
    let secret = tmp.path().join("secret.toml");
    std::fs::write(&secret, "name = \"TOP-SECRET-VALUE\"\n").unwrap();
    let outside = tmp.path().join("outside");
    copy_dir(&r.join(PLAN), &outside.join("2031-2034"));
    // A loop: a folder linking to its parent, and two links pointing at each other.
    symlink(r.join("plans"), r.join("plans/loop")).unwrap();
    symlink(r.join(PLAN).join("a.toml"), r.join(PLAN).join("b.toml")).unwrap();
    symlink(r.join(PLAN).join("b.toml"), r.join(PLAN).join("a.toml")).unwrap();
    symlink(
        r.join(PLAN).join("commitments"),
        r.join(PLAN).join("commitments/self"),
    )
    .unwrap();
    symlink(&secret, r.join(PLAN).join("commitments/stolen.toml")).unwrap();
    symlink(&outside, r.join("plans/elsewhere")).unwrap();
    symlink(&r, tmp.path().join("link-to-root")).unwrap();
    std::fs::remove_file(r.join(PLAN).join("tracker.toml")).unwrap();
    symlink(
        r.join(PLAN).join("tracker.toml"),
        r.join(PLAN).join("tracker.toml"),
    )
    .unwrap();
    for args in [
        vec!["check", "riverbend", "--as-of", "2027-01-15"],
        vec!["check", ".", "--as-of", "2027-01-15"],
        vec!["check", ".", "--as-of", "2027-01-15", "--format", "json"],
    ] {
        let out = run_in(tmp.path(), &args);
        handled(&out);
        assert!(!out.stdout.contains("TOP-SECRET-VALUE"), "{}", out.stdout);
        assert!(
            !out.stdout.contains("2031-2034"),
            "followed a linked plan folder"
        );
        assert!(
            out.stdout.contains("symbolic link"),
            "{}",
            head(&out.stdout)
        );
    }
}

#[cfg(unix)]
#[test]
fn linked_plans_and_commitments_folders_are_not_followed() {
    use std::os::unix::fs::symlink;
    for folder in ["plans", "plans/2026-2030/commitments"] {
        let (tmp, r) = riverbend();
        let outside = tmp.path().join("outside");
        std::fs::rename(r.join(folder), &outside).unwrap();
        std::fs::write(
            outside.join("secret.toml"),
            "id = \"TOP-SECRET-ID\"\nlead = 1\n",
        )
        .unwrap();
        symlink(&outside, r.join(folder)).unwrap();
        let out = check(tmp.path(), &["--format", "json"]);
        handled(&out);
        assert!(
            !out.stdout.contains("TOP-SECRET"),
            "{folder}: {}",
            out.stdout
        );
        assert!(
            !out.stdout.contains("secret.toml"),
            "{folder}: read through the link"
        );
        assert!(
            out.stdout
                .contains("the folder cannot be read: it is a symbolic link"),
            "{folder}"
        );
    }
    // A file where a folder belongs.
    let (tmp, r) = riverbend();
    std::fs::remove_dir_all(r.join("plans")).unwrap();
    std::fs::write(r.join("plans"), "not a folder").unwrap();
    let out = check(tmp.path(), &["--format", "json"]);
    handled(&out);
    assert!(out.stdout.contains("it is a file, not a folder"));
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_plan_file_is_not_read() {
    let (tmp, r) = riverbend();
    let p = r.join(PLAN).join("meetings.toml");
    std::fs::remove_file(&p).unwrap();
    let ok = Command::new("mkfifo")
        .arg(&p)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        return; // no mkfifo here
    }
    let out = check(tmp.path(), &["--format", "json"]);
    handled(&out);
    assert!(out.stdout.contains("not a regular file"), "{}", out.stdout);
}

#[test]
fn a_50_mb_file_is_refused_quickly() {
    let (tmp, r) = riverbend();
    let p = r.join(PLAN).join("commitments/huge.toml");
    let line = format!("# {}\n", "x".repeat(1022));
    let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    for _ in 0..50 * 1024 {
        std::io::Write::write_all(&mut f, line.as_bytes()).unwrap();
    }
    drop(f);
    let out = check(tmp.path(), &["--format", "json"]);
    handled(&out);
    assert!(
        out.stdout
            .contains("more than the 10 MiB a plan file may have"),
        "{}",
        head(&out.stdout)
    );
}

#[test]
fn a_large_file_full_of_wrong_values_is_reported_in_bounded_time() {
    let (tmp, r) = riverbend();
    let n = 2_000_000;
    let text = format!(
        "[[meeting]]\nid = \"m\"\ndate = 2026-09-28\npurpose = \"co-creation\"\nattendees = [{}]\n",
        vec!["1"; n].join(",")
    );
    std::fs::write(r.join(PLAN).join("meetings.toml"), text).unwrap();
    let out = check(tmp.path(), &["--format", "json"]);
    handled(&out);
    assert!(
        out.stdout.contains("ogp stopped reading this file"),
        "{}",
        head(&out.stdout)
    );
}

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

#[test]
fn deeply_nested_values_are_refused_without_overflow() {
    let deep = 10_000;
    let cases = [
        format!("x = {}\n", nested("[", "1", "]", deep)),
        format!("x = {}\n", nested("{a = ", "1", "}", deep)),
        format!("x = {}\n", nested("[{a = ", "1", "}]", deep / 2)),
        format!("x.{} = 1\n", vec!["a"; deep].join(".")),
        format!("[{}]\nb = 1\n", vec!["a"; deep].join(".")),
        format!("[[{}]]\nb = 1\n", vec!["a"; deep].join(".")),
        // As deep as the parser allows (80): the loader's own recursion must cope.
        format!("x = {}\n", nested("[", "1", "]", 80)),
        format!("name = {}\n", nested("[", "1", "]", 80)),
        format!("x = {}\n", nested("{a = ", "1", "}", 80)),
    ];
    for case in &cases {
        for kind in [KINDS[0], KINDS[2], KINDS[4]] {
            let (tmp, r) = riverbend();
            let p = r.join(kind);
            let text = std::fs::read_to_string(&p).unwrap();
            // The value goes first, before any table header.
            std::fs::write(&p, format!("{case}{text}")).unwrap();
            let out = check(tmp.path(), &[]);
            handled(&out);
            assert!(
                out.stdout.contains("S001") || out.stdout.contains("S003"),
                "{kind}: {}",
                head(&out.stdout)
            );
        }
    }
}

#[test]
fn a_100000_element_array() {
    let (tmp, r) = riverbend();
    let n = 100_000;
    let meeting = |attendees: &str| {
        format!(
            "[[meeting]]\nid = \"m\"\ndate = 2026-09-28\npurpose = \"co-creation\"\nattendees = [{attendees}]\n"
        )
    };
    let write = |text: String| std::fs::write(r.join(PLAN).join("meetings.toml"), text).unwrap();
    // Valid and known: the rules walk the whole array.
    write(meeting(&vec!["\"cso-open\""; n].join(", ")));
    let out = check(tmp.path(), &[]);
    handled(&out);
    // Valid ids that are not stakeholders: a flood of findings, but it ends.
    let ids: Vec<String> = (0..n / 5).map(|i| format!("\"s{i}\"")).collect();
    write(meeting(&ids.join(", ")));
    let out = check(tmp.path(), &["--format", "json"]);
    handled(&out);
    assert!(out.stdout.contains("attendee `s19999`"));
    // Wrong types in the same array.
    let text = format!(
        "[[meeting]]\nid = \"m\"\ndate = 2026-09-28\npurpose = \"co-creation\"\nattendees = [{}]\n",
        vec!["1"; n].join(", ")
    );
    write(text);
    let out = check(tmp.path(), &[]);
    handled(&out);
    assert!(
        out.stdout
            .contains("wrong type: the number `1`, expected text"),
        "{}",
        head(&out.stdout)
    );
    assert!(
        out.stdout.lines().all(|l| l.chars().count() <= 500),
        "an overlong line reached the terminal"
    );
}

/// Rewrites every date in every file of the tree.
fn set_all_dates(dir: &Path, date: &str) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            set_all_dates(&p, date);
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let b = text.as_bytes();
        let mut out = String::new();
        let mut i = 0;
        while i < b.len() {
            let is_date = b.len() - i >= 10
                && b[i..i + 10].iter().enumerate().all(|(k, c)| match k {
                    4 | 7 => *c == b'-',
                    _ => c.is_ascii_digit(),
                })
                && (i == 0
                    || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'"' && b[i - 1] != b'-');
            if is_date {
                out.push_str(date);
                i += 10;
            } else {
                let c = text[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
            }
        }
        std::fs::write(&p, out).unwrap();
    }
}

#[test]
fn dates_at_the_edges_of_the_calendar() {
    let as_ofs = ["0001-01-01", "9999-12-31", "9999-12-30", "2027-01-15"];
    for date in ["0001-01-01", "9999-12-31"] {
        let (tmp, r) = riverbend();
        set_all_dates(&r, date);
        for as_of in as_ofs {
            for fmt in ["human", "json"] {
                let out = run_in(
                    tmp.path(),
                    &["check", "riverbend", "--as-of", as_of, "--format", fmt],
                );
                assert_ne!(out.code, 101, "{date} as of {as_of}: {}", out.stderr);
                assert!(
                    out.code == 0 || out.code == 1,
                    "{date} as of {as_of}: {}",
                    out.stderr
                );
            }
        }
    }
    // A plan and a term ending on the last day there is, checked on that day: the year is
    // refused as implausible (S002) and the check still ends cleanly; the arithmetic up to year
    // 9999 is property-tested in src/date.rs.
    let (tmp, r) = riverbend();
    for f in ["jurisdiction.toml", "plans/2026-2030/plan.toml"] {
        let p = r.join(f);
        let t = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, t.replace("end = 2030-", "end = 9999-12-31\n# ")).unwrap();
    }
    for as_of in as_ofs {
        let out = run_in(
            tmp.path(),
            &["check", "riverbend", "--as-of", as_of, "--format", "json"],
        );
        handled(&out);
    }
    // An as-of date outside the four-digit years is a usage error, not a crash.
    for bad in [
        "10000-01-01",
        "+10000-01-01",
        "-0001-01-01",
        "0000-12-31",
        "2026-02-30",
    ] {
        let out = run_in(
            tmp.path(),
            &["check", "riverbend", &format!("--as-of={bad}")],
        );
        assert_eq!(out.code, 2, "{bad}: {}", out.stderr);
        assert!(out.stderr.contains("is not a date"), "{}", out.stderr);
    }
}

#[test]
fn date_times_where_a_date_belongs() {
    for (value, expect) in [
        ("2023-01-10T10:00:00", "found the date-time"),
        ("2023-01-10 10:00:00", "found the date-time"),
        ("2023-01-10T10:00:00Z", "found the date-time"),
        ("2023-01-10T10:00:00+02:00", "found the date-time"),
        ("10:00:00", "expected a date"),
        ("2023-02-30", "not a real date"),
        (
            "\"2023-01-10\"",
            "write dates as YYYY-MM-DD, without quotes: joined = 2023-01-10",
        ),
    ] {
        let (tmp, r) = riverbend();
        let p = r.join("jurisdiction.toml");
        let t = std::fs::read_to_string(&p).unwrap();
        std::fs::write(
            &p,
            t.replace("joined = 2023-01-10", &format!("joined = {value}")),
        )
        .unwrap();
        let out = check(tmp.path(), &[]);
        handled(&out);
        assert!(
            out.stdout.contains(expect),
            "{value}: {}",
            head(&out.stdout)
        );
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let dir = root().join("tests/fixtures/hostile");
    let runs = crate::common::LANGS.into_iter().flat_map(|lang| {
        [
            vec!["check", "--as-of", "2027-06-30", "--lang", lang],
            vec![
                "check",
                "--as-of",
                "2027-06-30",
                "--color",
                "always",
                "--lang",
                lang,
            ],
        ]
    });
    for args in runs {
        let out = run_in(&dir, &args);
        handled(&out);
        if args.contains(&"always") {
            // Our own colours are escapes; theirs must not be: no erase, no OSC link, no red.
            for bad in ["\u{1b}[2J", "\u{1b}]8", "\u{202e}", "\r"] {
                assert!(!out.stdout.contains(bad), "{bad:?} reached the terminal");
            }
        } else {
            terminal_safe(&out.stdout);
        }
        // No value starts a line of its own (a forged finding or a CI workflow command).
        assert!(
            !out.stdout.lines().any(|l| l.starts_with("::")),
            "a line starts with `::`"
        );
        assert!(
            out.stdout.contains("\\u{1b}[31m"),
            "escapes are shown, visibly"
        );
    }
}

#[test]
fn hostile_text_keeps_json_well_formed() {
    let dir = root().join("tests/fixtures/hostile");
    let out = run_in(
        &dir,
        &["check", "--as-of", "2027-06-30", "--format", "json"],
    );
    handled(&out);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON parses");
    let diags = v["diagnostics"].as_array().unwrap();
    assert!(diags.len() > 5);
    // The text survives exactly (JSON escapes it; it is data, not markup).
    assert!(
        diags
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("\u{1b}[31m")),
        "hostile text is kept as data in JSON"
    );
    // Printed to a terminal, JSON is as safe as the human output.
    terminal_safe(&out.stdout);
}

#[test]
fn hostile_file_and_folder_names() {
    let (tmp, r) = riverbend();
    let evil = "evil\u{1b}[31m\u{202e}\r::error::x";
    std::fs::write(
        r.join(PLAN).join(format!("commitments/{evil}.toml")),
        "id = 1\n",
    )
    .unwrap();
    std::fs::create_dir_all(r.join(format!("plans/{evil}"))).unwrap();
    #[cfg(unix)]
    {
        // A name that is not UTF-8 at all.
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"bad-\xff\xfe-\x1b[31m.toml");
        std::fs::write(r.join(PLAN).join("commitments").join(name), "id = 2\n").unwrap();
    }
    for lang in crate::common::LANGS {
        let out = check(tmp.path(), &["--lang", lang]);
        handled(&out);
        terminal_safe(&out.stdout);
    }
    let json = check(tmp.path(), &["--format", "json"]);
    serde_json::from_str::<serde_json::Value>(&json.stdout).expect("JSON parses");
}

#[test]
fn extremely_long_lines_in_the_human_renderer() {
    let (tmp, r) = riverbend();
    let p = r.join(KINDS[2]);
    let t = std::fs::read_to_string(&p).unwrap();
    let long = "y".repeat(100_000);
    // An unknown key, a bad value and a quoted title, all on 100,000-character lines.
    std::fs::write(
        &p,
        format!(
            "zzz_{long} = 1\nproblem = [\"{long}\", 1]\n{}",
            t.replace("first citizens budget published", &long)
        )
        .replace("[[milestone]]", &format!("# {long}\n[[milestone]]")),
    )
    .unwrap();
    for lang in &crate::common::LANGS[1..] {
        let out = check(tmp.path(), &["--lang", lang]);
        handled(&out);
        terminal_safe(&out.stdout);
    }
    let out = check(tmp.path(), &[]);
    handled(&out);
    terminal_safe(&out.stdout);
    let longest = out
        .stdout
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    assert!(
        longest <= 500,
        "a line of {longest} characters reached the terminal"
    );
    assert!(
        out.stdout.contains("S003") && out.stdout.contains("S002"),
        "{}",
        head(&out.stdout)
    );
}

#[test]
fn a_registry_with_10000_empty_folders() {
    let tmp = tempfile::tempdir().unwrap();
    let reg = tmp.path().join("registry");
    for i in 0..10_000 {
        std::fs::create_dir_all(reg.join(format!("d{:02}/e{i}", i % 100))).unwrap();
    }
    let out = run_in(tmp.path(), &["check", "registry", "--as-of", "2027-01-15"]);
    handled(&out);
    assert!(
        out.stderr.contains("holds no plan repository"),
        "{}",
        out.stderr
    );
    copy_dir(
        &root().join("examples/riverbend"),
        &reg.join("d50/riverbend"),
    );
    let out = run_in(tmp.path(), &["check", "registry", "--as-of", "2027-01-15"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(" in 1 jurisdiction as of"),
        "{}",
        out.stdout
    );
}

#[test]
fn unreadable_paths_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        vec!["check", "does-not-exist"],
        vec!["check", "--as-of", "yesterday"],
        vec!["check", "--format", "xml"],
        vec!["explain", "Z999"],
        vec!["frobnicate"],
    ] {
        let out = run_in(tmp.path(), &args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(!out.stderr.trim().is_empty());
    }
    // A plain file given as the path holds no plan repository.
    std::fs::write(tmp.path().join("plan.toml"), "x = 1").unwrap();
    let out = run_in(tmp.path(), &["check", "plan.toml"]);
    handled(&out);
}

#[cfg(target_os = "linux")]
#[test]
fn a_report_that_cannot_be_written_is_not_a_pass() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    for args in [
        vec!["check", "examples/harbor-town", "--as-of", "2027-01-15"],
        vec!["check", "examples/riverbend", "--format", "json"],
        vec!["rules"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_ogp"))
            .args(&args)
            .current_dir(root())
            .env("OGP_NO_HISTORY", "1")
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write the output"));
    }
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    // `ogp check | head -c 1`: the reader goes away before ogp has written everything.
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogp"))
        .args(["check", "examples", "--as-of", "2031-12-31"])
        .current_dir(root())
        .env("OGP_NO_HISTORY", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut one = [0u8; 1];
    out.read_exact(&mut one).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(matches!(status.code(), Some(0..=2)), "{status:?}: {err}");
}

/// Found by the pipeline fuzzer: a plan that ends before its co-creation starts made the
/// timeline index an empty month list.
#[test]
fn timeline_of_a_reversed_plan_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("jurisdiction.toml"),
        "name = \"R\"\ncountry = \"C\"\njoined = 2027-05-01\nelections = false\n[forum]\nname = \"F\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("plans/p")).unwrap();
    std::fs::write(
        root.join("plans/p/plan.toml"),
        "title = \"T\"\nstart = 2027-06-01\nend = 2026-01-01\n",
    )
    .unwrap();
    for format in ["table", "markdown", "csv", "svg"] {
        let out = run_in(
            root,
            &["timeline", ".", "--as-of", "2027-07-01", "--format", format],
        );
        assert!(
            out.code == 0 || out.code == 1 || out.code == 2,
            "{format}: exit {}",
            out.code
        );
        assert_ne!(out.code, 101, "{format} panicked: {}", out.stderr);
    }
    let out = run_in(root, &["check", ".", "--as-of", "2027-07-01"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("S006"), "{}", out.stdout);
}

/// The loader's own words quote what the files hold (a value without quotes, an unknown key,
/// a misspelt allowed value, a line that is no TOML): in every language, no escape or control
/// reaches the terminal raw, and JSON still parses.
#[test]
fn hostile_text_in_the_loaders_findings_in_every_language() {
    let (tmp, r) = riverbend();
    let c = r.join(KINDS[2]);
    let text = std::fs::read_to_string(&c).unwrap();
    let evil = "\u{1b}[31mred\u{202e}::error::x";
    let text = text.replacen(
        "\n",
        &format!("\n\"\\u001b[2Jkey\\u202e\" = 1\nnote {evil}\n"),
        1,
    );
    std::fs::write(&c, text).unwrap();
    let m = r.join(KINDS[3]);
    let text = std::fs::read_to_string(&m).unwrap();
    std::fs::write(&m, format!("{text}\n[[meeting]]\nid = m-{evil}\n")).unwrap();
    std::fs::write(r.join(format!("{PLAN}/{evil}.toml")), "x = 1\n").unwrap();
    for lang in crate::common::LANGS {
        let out = check(tmp.path(), &["--lang", lang]);
        handled(&out);
        terminal_safe(&out.stdout);
        assert!(
            !out.stdout.lines().any(|l| l.starts_with("::")),
            "{lang}: a line starts with `::`"
        );
        assert!(out.stdout.contains("S001"), "{lang}: {}", head(&out.stdout));
        let json = check(tmp.path(), &["--format", "json", "--lang", lang]);
        serde_json::from_str::<serde_json::Value>(&json.stdout).expect("JSON parses");
        terminal_safe(&json.stdout);
    }
}
