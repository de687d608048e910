//! The whole pipeline on structure-aware repositories: an `Arbitrary` description of a
//! jurisdiction with plans, commitments, meetings and tracker updates is written out as TOML
//! into a temporary folder (one file may be replaced by raw bytes), then checked at an
//! arbitrary as-of date and rendered as human text and JSON. Nothing may panic, the JSON must
//! parse, and no escape or bidirectional control may reach the human output raw.
#![no_main]

use arbitrary::Arbitrary;
use clap::ValueEnum;
use libfuzzer_sys::fuzz_target;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Arbitrary, Debug)]
struct D(u8, u8, u8);

impl D {
    fn show(&self) -> String {
        // Mostly years near the plans', sometimes the ends of the calendar (a plan from year 1
        // to 9999 is valid input, but checking its 40,000 quarters is slow: keep it rare).
        let y = match self.0 {
            0 => 1,
            1 => 9999,
            2 => 9998,
            n => 2016 + u32::from(n % 16),
        };
        format!("{y:04}-{:02}-{:02}", 1 + self.1 % 12, 1 + self.2 % 31)
    }
    fn date(&self) -> chrono::NaiveDate {
        // The same date, or the last day of its month when it does not exist.
        let s = self.show();
        let (y, m) = (s[..4].parse().unwrap_or(2026), s[5..7].parse().unwrap_or(1));
        let mut d: u32 = s[8..].parse().unwrap_or(1);
        loop {
            if let Some(x) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
                return x;
            }
            d -= 1;
        }
    }
}

const TEXTS: &[&str] = &[
    "x",
    "",
    "100% done, 50%0A",
    "line\r\nbreak\nand\rreturn",
    "::error file=a.toml::forged",
    "a, b: c",
    "say \"hi\" \\ there",
    "<script>alert(1)</script>",
    "]]><![CDATA[",
    "=cmd|' /C calc'!A0",
    "+1",
    "-1",
    "@SUM(A1)",
    "\u{1b}[31mred\u{1b}[0m",
    "\u{202e}evil\u{202c}",
    "\u{7}\u{8}\u{0}\u{7f}\u{85}",
    "| pipe | table |",
    "Ünïcödé 日本 🎉",
];

#[derive(Arbitrary, Debug)]
struct T(u8, u8);

impl T {
    fn show(&self) -> String {
        let base = TEXTS[usize::from(self.0) % TEXTS.len()];
        if self.1 % 16 == 0 {
            base.repeat(200)
        } else {
            base.to_string()
        }
    }
}

const IDS: &[&str] = &["a", "b", "gov", "m1", "m2", "C1", "C2", "\u{1b}]x", "a b"];

#[derive(Arbitrary, Debug)]
struct Id(u8);

impl Id {
    fn show(&self) -> &'static str {
        IDS[usize::from(self.0) % IDS.len()]
    }
}

#[derive(Arbitrary, Debug)]
struct Jur {
    name: T,
    joint: bool,
    elections: bool,
    joined: D,
    deadline: Option<D>,
    forum: Option<D>,
    terms: Vec<(D, D)>,
    stakeholders: Vec<(Id, T, u8)>,
    events: Vec<(D, u8, Option<D>, T)>,
}

#[derive(Arbitrary, Debug)]
struct Com {
    id: Id,
    title: T,
    lead: Option<Id>,
    added: Option<D>,
    start: D,
    end: D,
    completed: Option<D>,
    assessed: Option<D>,
    withdrawn: Option<D>,
    co_created_in: Vec<Id>,
    values: Vec<u8>,
    milestones: Vec<(T, Option<D>, Option<D>)>,
    changes: Vec<(D, Vec<Id>, Option<D>, T)>,
}

#[derive(Arbitrary, Debug)]
struct Meet {
    id: Id,
    date: D,
    co_creation: bool,
    attendees: Vec<Id>,
}

#[derive(Arbitrary, Debug)]
struct Upd {
    year: D,
    q: u8,
    date: D,
    progress: Vec<(Id, u8)>,
}

#[derive(Arbitrary, Debug)]
struct PlanG {
    folder: u8,
    title: T,
    english: bool,
    start: D,
    end: D,
    submitted: Option<D>,
    strategy_period: Option<(D, D)>,
    strategy: bool,
    monitoring: Option<(Id, Vec<Id>, Option<D>)>,
    endorsement: Option<(D, Vec<Id>)>,
    inception: Option<D>,
    final_learning: Option<D>,
    commitments: Vec<Com>,
    meetings: Option<Vec<Meet>>,
    tracker: Option<Vec<Upd>>,
}

#[derive(Arbitrary, Debug)]
struct Repo {
    as_of: D,
    jur: Jur,
    plans: Vec<PlanG>,
    /// Replaces one file (0 jurisdiction, 1 plan, 2 commitment, 3 meetings, 4 tracker of the
    /// first plan) with raw bytes.
    raw: Option<(u8, Vec<u8>)>,
}

fn s(t: &str) -> String {
    let mut out = String::from("\"");
    for c in t.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list<I: IntoIterator<Item = String>>(items: I) -> String {
    format!(
        "[{}]",
        items.into_iter().take(8).collect::<Vec<_>>().join(", ")
    )
}

fn ids(v: &[Id]) -> String {
    list(v.iter().map(|i| s(i.show())))
}

fn jurisdiction(j: &Jur) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "name = {}\ncountry = \"F\"", s(&j.name.show()));
    let _ = writeln!(
        o,
        "kind = {}",
        if j.joint {
            "\"joint\"\nmembers = [\"A\", \"B\"]"
        } else {
            "\"single\""
        }
    );
    let _ = writeln!(
        o,
        "joined = {}\nelections = {}",
        j.joined.show(),
        j.elections
    );
    if let Some(d) = &j.deadline {
        let _ = writeln!(o, "submission_deadline = {}", d.show());
    }
    if let Some(d) = &j.forum {
        let _ = writeln!(
            o,
            "[forum]\nname = \"F\"\nestablished = {}\ndescription = \"d\"",
            d.show()
        );
    }
    for (a, b) in j.terms.iter().take(4) {
        let _ = writeln!(o, "[[term]]\nstart = {}\nend = {}", a.show(), b.show());
    }
    for (id, name, sector) in j.stakeholders.iter().take(8) {
        let sector = [
            "government",
            "civil-society",
            "academia",
            "private-sector",
            "other",
            "nope",
        ][usize::from(*sector) % 6];
        let _ = writeln!(
            o,
            "[[stakeholder]]\nid = {}\nname = {}\nsector = \"{sector}\"",
            s(id.show()),
            s(&name.show())
        );
    }
    for (d, kind, until, note) in j.events.iter().take(4) {
        let kind = ["extension", "voluntary-inactive", "resumed"][usize::from(*kind) % 3];
        let _ = writeln!(
            o,
            "[[event]]\ndate = {}\nkind = \"{kind}\"\nnote = {}",
            d.show(),
            s(&note.show())
        );
        if let Some(u) = until {
            let _ = writeln!(o, "until = {}", u.show());
        }
    }
    o
}

fn plan(p: &PlanG) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "title = {}\nlanguage = \"{}\"",
        s(&p.title.show()),
        if p.english { "en" } else { "fr" }
    );
    let _ = writeln!(o, "start = {}\nend = {}", p.start.show(), p.end.show());
    if let Some(d) = &p.submitted {
        let _ = writeln!(o, "submitted = {}", d.show());
    }
    if let Some((a, b)) = &p.strategy_period {
        let _ = writeln!(
            o,
            "medium_term_strategy = {{ start = {}, end = {} }}",
            a.show(),
            b.show()
        );
    }
    if p.strategy {
        o.push_str("[strategy]\nvision = \"v\"\nprinciples = [\"p\"]\nobjectives = [\"o\"]\nengagement = \"e\"\n");
    }
    if let Some((sh, by, on)) = &p.monitoring {
        let _ = writeln!(
            o,
            "[monitoring_body]\nname = \"M\"\nstakeholder = {}\nendorsed_by = {}",
            s(sh.show()),
            ids(by)
        );
        if let Some(d) = on {
            let _ = writeln!(o, "endorsed_on = {}", d.show());
        }
    }
    if let Some((d, by)) = &p.endorsement {
        let _ = writeln!(o, "[endorsement]\ndate = {}\nby = {}", d.show(), ids(by));
    }
    if p.inception.is_some() || p.final_learning.is_some() {
        o.push_str("[assessments]\n");
        if let Some(d) = &p.inception {
            let _ = writeln!(o, "inception = {}", d.show());
        }
        if let Some(d) = &p.final_learning {
            let _ = writeln!(o, "final_learning = {}", d.show());
        }
    }
    o
}

fn commitment(c: &Com) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "id = {}\ntitle = {}", s(c.id.show()), s(&c.title.show()));
    if let Some(l) = &c.lead {
        let _ = writeln!(o, "lead = {}", s(l.show()));
    }
    for (k, v) in [
        ("added", &c.added),
        ("completed", &c.completed),
        ("assessed", &c.assessed),
        ("withdrawn", &c.withdrawn),
    ] {
        if let Some(d) = v {
            let _ = writeln!(o, "{k} = {}", d.show());
        }
    }
    let _ = writeln!(
        o,
        "start = {}\nend = {}\nco_created_in = {}",
        c.start.show(),
        c.end.show(),
        ids(&c.co_created_in)
    );
    let values = ["transparency", "participation", "accountability", "other"];
    let _ = writeln!(
        o,
        "values = {}",
        list(c.values.iter().map(|v| s(values[usize::from(*v) % 4])))
    );
    for (t, due, done) in c.milestones.iter().take(6) {
        let _ = writeln!(o, "[[milestone]]\ntitle = {}", s(&t.show()));
        if let Some(d) = due {
            let _ = writeln!(o, "due = {}", d.show());
        }
        if let Some(d) = done {
            let _ = writeln!(o, "done = {}", d.show());
        }
    }
    for (d, by, comm, summary) in c.changes.iter().take(4) {
        let _ = writeln!(
            o,
            "[[change]]\ndate = {}\nsummary = {}\napproved_by = {}",
            d.show(),
            s(&summary.show()),
            ids(by)
        );
        if let Some(x) = comm {
            let _ = writeln!(o, "communicated = {}", x.show());
        }
    }
    o
}

fn meetings(v: &[Meet]) -> String {
    let mut o = String::new();
    for m in v.iter().take(12) {
        let purpose = if m.co_creation {
            "co-creation"
        } else {
            "implementation"
        };
        let _ = writeln!(
            o,
            "[[meeting]]\nid = {}\ndate = {}\npurpose = \"{purpose}\"\nattendees = {}",
            s(m.id.show()),
            m.date.show(),
            ids(&m.attendees)
        );
    }
    o
}

fn tracker(v: &[Upd]) -> String {
    let mut o = String::new();
    for u in v.iter().take(12) {
        let progress = list(
            u.progress
                .iter()
                .map(|(id, p)| format!("{} = {}", s(id.show()), p % 110)),
        );
        let progress = format!("{{ {} }}", &progress[1..progress.len() - 1]);
        let _ = writeln!(
            o,
            "[[update]]\nquarter = \"{}-Q{}\"\ndate = {}\nprogress = {progress}",
            &u.year.show()[..4],
            1 + u.q % 5,
            u.date.show()
        );
    }
    o
}

fn write(path: &Path, text: String, raw: &Option<(u8, Vec<u8>)>, kind: u8) {
    let bytes = match raw {
        Some((k, b)) if k % 5 == kind => b.clone(),
        _ => text.into_bytes(),
    };
    std::fs::write(path, bytes).expect("write a fuzz file");
}

fuzz_target!(|repo: Repo| {
    let base = if Path::new("/dev/shm").is_dir() {
        "/dev/shm"
    } else {
        "/tmp"
    };
    let dir = tempfile::tempdir_in(base).expect("tempdir");
    // OGP_FUZZ_DUMP=DIR keeps the repository an input describes, to replay it with `ogp check`.
    let root = match std::env::var_os("OGP_FUZZ_DUMP") {
        Some(d) => {
            let _ = std::fs::remove_dir_all(&d);
            std::path::PathBuf::from(d)
        }
        None => dir.path().join("j"),
    };
    std::fs::create_dir_all(root.join("plans")).expect("mkdir");
    write(
        &root.join("jurisdiction.toml"),
        jurisdiction(&repo.jur),
        &repo.raw,
        0,
    );
    for (i, p) in repo.plans.iter().take(3).enumerate() {
        let folder = root.join("plans").join(format!("p{}", p.folder % 4));
        if std::fs::create_dir_all(folder.join("commitments")).is_err() {
            continue;
        }
        let raw = if i == 0 { &repo.raw } else { &None };
        write(&folder.join("plan.toml"), plan(p), raw, 1);
        for (k, c) in p.commitments.iter().take(8).enumerate() {
            write(
                &folder.join("commitments").join(format!("c{k}.toml")),
                commitment(c),
                if k == 0 { raw } else { &None },
                2,
            );
        }
        if let Some(m) = &p.meetings {
            write(&folder.join("meetings.toml"), meetings(m), raw, 3);
        }
        if let Some(t) = &p.tracker {
            write(&folder.join("tracker.toml"), tracker(t), raw, 4);
        }
    }
    let opts = ogp::rules::Options {
        as_of: repo.as_of.date(),
        as_of_given: true,
    };
    // The pipeline `ogp check` runs, then every format of every command, as each command
    // renders it: the lists are the `--format` enums, so a new format is fuzzed too.
    let settings = ogp::pipeline::Settings::new(opts);
    let mut report = ogp::pipeline::collect(std::slice::from_ref(&root), &settings)
        .expect("the root exists");
    let json = ogp::render::check::json::render(&report);
    // A plan from year 1 to 9999 has tens of thousands of quarterly findings, all alike: draw
    // the first ones only, so such inputs do not slow the fuzzer down to a crawl.
    for c in &mut report.checked {
        c.findings.truncate(300);
    }
    let human = ogp::render::check::human::render(&report, false, 100);
    for (name, out) in [("human", &human), ("JSON", &json)] {
        for c in out.chars() {
            let raw = (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            assert!(!raw, "raw {c:?} in the {name} output:\n{out}");
        }
    }
    assert!(
        !human.lines().any(|l| l.starts_with("::")),
        "a value starts a line:\n{human}"
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("the JSON output parses");
    assert_eq!(v["version"], 1);

    // Every other output of the same repository: nothing may panic, machine formats parse,
    // and no line of any output can act as a GitHub workflow command.
    let as_of = report.as_of;
    let rules = ogp::catalog::all();
    let style = ogp::render::check::Style { color: false, width: 100, rules: &rules };
    let mut outputs: Vec<(String, String)> = vec![(
        "step summary".into(),
        ogp::render::check::github::step_summary(&report),
    )];
    for f in ogp::render::check::Format::value_variants() {
        let out = ogp::render::check::render(*f, &report, &style);
        outputs.push((format!("check {}", name(f.to_possible_value())), out));
    }
    for j in ogp::pipeline::load_all(std::slice::from_ref(&root), &mut Vec::new()).expect("the root loads") {
        let status = vec![ogp::status::report::Entry::build(&j, as_of)];
        for f in ogp::render::status::Format::value_variants() {
            let out = ogp::render::status::render(*f, &status, as_of, 100);
            outputs.push((format!("status {}", name(f.to_possible_value())), out));
        }
        let mut cal = ogp::calendar::entries(&j, as_of);
        ogp::calendar::finish(&mut cal, None, None);
        cal.truncate(2000);
        for f in ogp::render::calendar::Format::value_variants() {
            let out = ogp::render::calendar::render(*f, &cal, as_of, 100, false);
            outputs.push((format!("calendar {}", name(f.to_possible_value())), out));
        }
        let opts = ogp::timeline::Options::new(ogp::timeline::Unit::Month);
        if let Ok(chart) = ogp::timeline::Chart::build(&j, as_of, &opts) {
            for f in ogp::render::timeline::Format::value_variants() {
                let out = ogp::render::timeline::render(*f, &chart, 100);
                outputs.push((format!("timeline {}", name(f.to_possible_value())), out));
            }
        }
        if let Some(a) = ogp::agenda::Agenda::build(&j, as_of, None, None) {
            for f in ogp::render::agenda::Format::value_variants() {
                let out = ogp::render::agenda::render(*f, &a).expect("the agenda renders");
                outputs.push((format!("agenda {}", name(f.to_possible_value())), out));
            }
        }
    }
    for (what, out) in &outputs {
        if what.ends_with(" json") || what.ends_with(" sarif") {
            serde_json::from_str::<serde_json::Value>(out)
                .unwrap_or_else(|e| panic!("{what} does not parse: {e}"));
        }
        if what.ends_with(" svg") || what.ends_with(" junit") {
            roxmltree::Document::parse(out).unwrap_or_else(|e| panic!("{what} does not parse: {e}"));
        }
    }
    for (what, out) in &outputs {
        for line in out.lines() {
            let forged = what != "check github" && line.trim_start().starts_with("::");
            assert!(!forged && !line.contains("##["), "{what} has a workflow-command line: {line}");
        }
    }
});

/// A `--format` value as typed on the command line.
fn name(v: Option<clap::builder::PossibleValue>) -> String {
    v.map(|v| v.get_name().to_string()).unwrap_or_default()
}
