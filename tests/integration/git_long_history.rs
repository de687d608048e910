//! A generated history of more than a thousand commits — edits of every substantive kind and
//! of text that is not substance, files renamed, the plan folder renamed, the jurisdiction
//! moved into a subfolder, side branches merged with `--no-ff`, reverts, and commits that
//! break a file and fix it — built with `git fast-import`. Its C211 findings are compared with
//! a list this test derives on its own from git's answers: `git log --follow` for each
//! commitment file's versions (git's own rename detection), `git cat-file` for their text, and
//! `git rev-list` for the merge that brought each side commit into the main line.

use crate::common::root;
use crate::git::{have_git, ogp_in};
use chrono::{Days, NaiveDate};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

const TITLES: &[&str] = &[
    "Open budget data",
    "Participatory budgeting for neighbourhood projects",
    "Open contracting",
    "Public meeting records",
    "Citizen feedback platform",
    "Transparent procurement portal for small suppliers",
    "Beneficial ownership register",
    "Accessible council archives",
];
const LEADS: &[&str] = &["finance-dept", "mayor-office", "planning-dept"];

/// What the generator varies in one commitment file.
#[derive(Clone, PartialEq)]
struct C {
    base: String,
    title: usize,
    lead: usize,
    end: u64,
    due: u64,
    problem: u64,
}

impl C {
    fn text(&self) -> String {
        let day = |from: &str, n: u64| {
            NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap() + Days::new(n)
        };
        let mut due_done = false;
        self.base
            .lines()
            .enumerate()
            .map(|(i, l)| match l {
                _ if i == 1 => format!("title = {:?}", TITLES[self.title]),
                _ if l.starts_with("lead = ") => format!("lead = {:?}", LEADS[self.lead]),
                _ if l.starts_with("end = ") => format!("end = {}", day("2028-01-01", self.end)),
                _ if l.starts_with("problem = ") => {
                    format!(
                        "problem = \"Nobody can follow it (revision {}).\"",
                        self.problem
                    )
                }
                _ if l.starts_with("due = ") && !due_done => {
                    due_done = true;
                    format!("due = {}", day("2027-06-01", self.due))
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }
}

/// A small deterministic random sequence.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The fast-import stream being written, and where every file is.
struct Gen {
    out: Vec<u8>,
    mark: usize,
    time: i64,
    /// "" or "cities/riverbend/"
    root: String,
    plan: String,
    names: Vec<String>,
    now: Vec<C>,
    before: Vec<C>,
}

impl Gen {
    fn path(&self, k: usize) -> String {
        format!(
            "{}plans/{}/commitments/{}.toml",
            self.root, self.plan, self.names[k]
        )
    }

    fn data(&mut self, bytes: &[u8]) {
        writeln!(self.out, "data {}", bytes.len()).unwrap();
        self.out.extend_from_slice(bytes);
        self.out.push(b'\n');
    }

    /// Starts a commit on `branch` (from `from` when given, merging `merge`); returns its mark.
    fn commit(&mut self, branch: &str, from: Option<usize>, merge: Option<usize>) -> usize {
        self.mark += 1;
        self.time += 8 * 3600;
        write!(
            self.out,
            "commit refs/heads/{branch}\nmark :{}\nauthor T <t@example.org> {} +0000\ncommitter T <t@example.org> {} +0000\n",
            self.mark, self.time, self.time
        )
        .unwrap();
        self.data(format!("commit {}", self.mark).as_bytes());
        if let Some(f) = from {
            writeln!(self.out, "from :{f}").unwrap();
        }
        if let Some(m) = merge {
            writeln!(self.out, "merge :{m}").unwrap();
        }
        self.mark
    }

    fn put(&mut self, path: &str, text: &str) {
        writeln!(self.out, "M 100644 inline {path}").unwrap();
        self.data(text.as_bytes());
    }

    fn write_c(&mut self, k: usize) {
        let (p, t) = (self.path(k), self.now[k].text());
        self.put(&p, &t);
    }

    /// A random edit of commitment `k` (sometimes of text that is not substance).
    fn edit(&mut self, k: usize, rng: &mut Lcg, step: u64) {
        self.before[k] = self.now[k].clone();
        let c = &mut self.now[k];
        match rng.next(5) {
            0 => c.end = (c.end + 1 + rng.next(40)) % 300,
            1 => c.title = (c.title + 1 + usize::try_from(rng.next(6)).unwrap()) % TITLES.len(),
            2 => c.lead = (c.lead + 1) % LEADS.len(),
            3 => c.due = (c.due + 1 + rng.next(30)) % 200,
            _ => c.problem = step,
        }
        self.write_c(k);
    }
}

fn base_files() -> Vec<(String, String)> {
    let base = root().join("tests/fixtures/base");
    let mut v = Vec::new();
    for p in [
        "jurisdiction.toml",
        "plans/2026-2029/plan.toml",
        "plans/2026-2029/meetings.toml",
        "plans/2026-2029/tracker.toml",
    ] {
        v.push((
            p.to_string(),
            std::fs::read_to_string(base.join(p)).unwrap(),
        ));
    }
    v
}

/// The fast-import stream of the whole history.
fn generate() -> Vec<u8> {
    let base = root().join("tests/fixtures/base/plans/2026-2029/commitments");
    let now: Vec<C> = (1..=5)
        .map(|k| C {
            base: std::fs::read_to_string(base.join(format!("c{k}.toml"))).unwrap(),
            title: k - 1,
            lead: k % 3,
            end: 10 * u64::try_from(k).unwrap(),
            due: 0,
            problem: 0,
        })
        .collect();
    let mut g = Gen {
        out: Vec::new(),
        mark: 0,
        // 2026-11-20 12:00 UTC: after the change window, and after C3's recorded change
        time: 1_795_176_000,
        root: String::new(),
        plan: "2026-2029".into(),
        names: (1..=5).map(|k| format!("c{k}")).collect(),
        before: now.clone(),
        now,
    };
    g.commit("main", None, None);
    for (p, t) in base_files() {
        g.put(&p, &t);
    }
    for k in 0..5 {
        g.write_c(k);
    }
    let mut rng = Lcg(19);
    let mut side: Option<(usize, C)> = None;
    for step in 1..=1040u64 {
        let k = usize::try_from(rng.next(4)).unwrap();
        match step {
            205 | 805 => {
                g.commit("main", None, None);
                let old = g.path(k);
                g.names[k] = format!("{}-renamed-{step}", g.names[k]);
                writeln!(g.out, "R {old} {}", g.path(k)).unwrap();
            }
            405 => {
                g.commit("main", None, None);
                writeln!(g.out, "R plans/2026-2029 plans/2026-2029-lap").unwrap();
                g.plan = "2026-2029-lap".into();
            }
            605 => {
                g.commit("main", None, None);
                writeln!(g.out, "R plans cities/riverbend/plans").unwrap();
                writeln!(
                    g.out,
                    "R jurisdiction.toml cities/riverbend/jurisdiction.toml"
                )
                .unwrap();
                g.root = "cities/riverbend/".into();
            }
            310 | 710 => {
                g.commit("main", None, None);
                let p = g.path(1);
                g.put(&p, "id = \"C2\ntitle = [broken");
            }
            311 | 711 => {
                g.commit("main", None, None);
                g.write_c(1);
            }
            _ if step % 97 == 0 && side.is_none() => {
                // a revert: the commitment goes back to its version before its last edit
                g.commit("main", None, None);
                g.now[k] = g.before[k].clone();
                g.write_c(k);
            }
            _ if step % 60 == 30 => {
                // a side branch from here, editing C5 only
                let from = g.mark;
                side = Some((from, g.now[4].clone()));
            }
            _ if step % 60 == 42 => {
                let (tip, c5) = side.take().unwrap();
                g.commit("main", None, Some(tip));
                g.now[4] = c5;
                g.write_c(4);
            }
            _ if side.is_some() && step % 2 == 0 => {
                let (tip, c5) = side.take().unwrap();
                let (saved, before) = (g.now[4].clone(), g.before[4].clone());
                g.now[4] = c5;
                let m = g.commit("side", Some(tip), None);
                g.edit(4, &mut rng, step);
                side = Some((m, g.now[4].clone()));
                g.now[4] = saved;
                g.before[4] = before;
            }
            _ => {
                let k = if side.is_none() && rng.next(5) == 0 {
                    4
                } else {
                    k
                };
                g.commit("main", None, None);
                g.edit(k, &mut rng, step);
            }
        }
    }
    g.out
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The substance of a version as this test reads it: `None` when it does not parse.
fn substance(text: &str) -> Option<(String, String, String, String, String, Vec<String>)> {
    let t: toml::Table = text.parse().ok()?;
    let s = |k: &str| t.get(k).map(ToString::to_string).unwrap_or_default();
    let mut ms: Vec<String> = t
        .get("milestone")?
        .as_array()?
        .iter()
        .map(|m| format!("{:?}/{:?}", m.get("title"), m.get("due")))
        .collect();
    ms.sort();
    Some((s("id"), s("title"), s("start"), s("end"), s("lead"), ms))
}

/// (commit, commitment id, date) of every edit, from git's answers alone.
fn expected(dir: &Path) -> Vec<(String, String, String)> {
    // the day each commit entered the main line: its own, or that of the merge bringing it
    let mut day: HashMap<String, String> = HashMap::new();
    for line in git(dir, &["log", "--first-parent", "--format=%H %P %cs"]).lines() {
        let w: Vec<&str> = line.split(' ').collect();
        let (id, date) = (w[0], w[w.len() - 1]);
        day.insert(id.to_string(), date.to_string());
        if w.len() > 3 {
            let range = format!("{}..{id}", w[1]);
            for c in git(dir, &["rev-list", &range]).lines() {
                day.insert(c.to_string(), date.to_string());
            }
        }
    }
    let files: Vec<String> = git(dir, &["ls-tree", "-r", "--name-only", "HEAD"])
        .lines()
        .filter(|p| p.contains("/commitments/"))
        .map(str::to_string)
        .collect();
    assert_eq!(files.len(), 5, "{files:?}");
    let mut cat = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = cat.stdin.take().unwrap();
    let mut stdout = BufReader::new(cat.stdout.take().unwrap());
    let mut show = |spec: &str| -> String {
        writeln!(stdin, "{spec}").unwrap();
        stdin.flush().unwrap();
        let mut head = String::new();
        stdout.read_line(&mut head).unwrap();
        let size: usize = head.trim().rsplit(' ').next().unwrap().parse().unwrap();
        let mut buf = vec![0; size + 1];
        stdout.read_exact(&mut buf).unwrap();
        String::from_utf8_lossy(&buf[..size]).into_owned()
    };
    let mut out = Vec::new();
    for f in files {
        let id = substance(&show(&format!("HEAD:{f}"))).unwrap().0;
        let log = git(
            dir,
            &["log", "--follow", "--format=@%H", "--name-only", "--", &f],
        );
        let mut versions: Vec<(String, String)> = Vec::new();
        let mut commit = String::new();
        for line in log.lines().filter(|l| !l.is_empty()) {
            match line.strip_prefix('@') {
                Some(c) => commit = c.to_string(),
                None => versions.push((commit.clone(), line.to_string())),
            }
        }
        versions.reverse();
        let mut last = None;
        for (c, path) in versions {
            let Some(s) = substance(&show(&format!("{c}:{path}"))) else {
                continue;
            };
            if last.as_ref().is_some_and(|l| *l != s) {
                out.push((
                    c[..12].to_string(),
                    id.trim_matches('"').to_string(),
                    day[&c].clone(),
                ));
            }
            last = Some(s);
        }
    }
    drop(stdin);
    cat.wait().unwrap();
    out.sort();
    out
}

#[test]
fn a_thousand_commits_give_the_edits_git_log_follow_shows() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main", "."]);
    let mut fi = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    fi.stdin.take().unwrap().write_all(&generate()).unwrap();
    assert!(fi.wait().unwrap().success());
    git(dir.path(), &["checkout", "-q", "-f", "main"]);
    let commits = git(dir.path(), &["rev-list", "--count", "HEAD"]);
    assert!(commits.trim().parse::<usize>().unwrap() > 1000, "{commits}");
    let want = expected(dir.path());
    let (out, err, code) = ogp_in(
        dir.path(),
        &["check", "--as-of", "2027-12-31", "--format", "json"],
    );
    assert!(code != 2, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["notes"], serde_json::json!([]));
    let mut got: Vec<(String, String, String)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "C211")
        .map(|d| {
            let m = d["message"].as_str().unwrap();
            let w: Vec<&str> = m.split(' ').collect();
            assert_eq!(
                (w[0], w[2], w[4], w[5]),
                ("commit", "on", "changed", "commitment"),
                "{m}"
            );
            (
                w[1].to_string(),
                w[6].trim_end_matches(':').to_string(),
                w[3].to_string(),
            )
        })
        .collect();
    got.sort();
    // the history has every kind of event the test is about
    let side: BTreeMap<&str, usize> = want.iter().fold(BTreeMap::new(), |mut m, e| {
        *m.entry(e.1.as_str()).or_default() += 1;
        m
    });
    assert!(want.len() > 300, "{}", want.len());
    assert_eq!(side.len(), 5, "{side:?}");
    assert_eq!(got, want);
}
