//! A deterministic generator of realistic OGP Local registries, for benchmarks and smoke tests.
//!
//! `generate(dir, n, seed)` writes `n` jurisdiction roots below `dir`, grouped by country:
//! `<dir>/<country>/<NNNNN>-<name>/jurisdiction.toml` with one or two plans under `plans/`.
//! Every file follows SPEC §1. The files describe the state of each plan on [`AS_OF`]: no fact
//! is dated after it, so `ogp check --as-of 2028-06-30` sees the registry as written.
//!
//! Jurisdiction `i` depends only on `(seed, i)`, never on `n`: the registry of 10 is the first
//! tenth of the registry of 100, so N × 10 runs compare like with like. Every run with the same
//! arguments writes byte-identical files (a hand-written splitmix64, no clock, no hashing).
//!
//! About one jurisdiction in five carries one to three deliberate faults (a typo'd key, an
//! unknown stakeholder, a missing assessment, too many commitments, a broken file...); the
//! others are clean and report nothing.

use chrono::{Datelike, Days, Months, NaiveDate};
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The day the generated registry describes; pass it to `ogp check --as-of`.
pub const AS_OF: &str = "2028-06-30";

/// splitmix64: tiny, fast and good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next_u64() % v.len() as u64) as usize]
    }
}

/// What was written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    pub jurisdictions: usize,
    pub faulty: usize,
    pub files: usize,
    pub bytes: usize,
}

/// Writes `n` jurisdictions below `dir` (created if needed).
pub fn generate(dir: &Path, n: usize, seed: u64) -> io::Result<Stats> {
    let mut stats = Stats::default();
    for i in 0..n {
        let j = jurisdiction(seed, i);
        let root = dir.join(&j.folder);
        for (rel, text) in &j.files {
            let path = root.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, text)?;
            stats.files += 1;
            stats.bytes += text.len();
        }
        stats.jurisdictions += 1;
        stats.faulty += usize::from(!j.faults.is_empty());
    }
    Ok(stats)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// S003: `inceptoin` for `inception`.
    TypoKey,
    /// S004: a lead that is no stakeholder.
    BadReference,
    /// S002: a quarter that does not exist.
    BadQuarter,
    /// S002: a percentage above 100.
    PercentRange,
    /// C201: one initial commitment too many.
    CapExceeded,
    /// C205: a commitment lists no co-creation meeting.
    NotCoCreated,
    /// M302: the inception assessment is not recorded.
    MissingInception,
    /// M305: a quarter without tracker update.
    MissingTrackerQuarter,
    /// R405: a government stakeholder endorses the plan.
    GovEndorser,
    /// C208: a milestone past due and not done.
    OverdueMilestone,
    /// C206: a change ten months after submission.
    LateChange,
    /// P101: the term ends a month after the plan.
    OutlastsTerm,
    /// S001: meetings.toml does not parse.
    SyntaxError,
    /// R403: one implementation meeting in the whole plan.
    FewImplementationMeetings,
    /// M303 (warning): an end-of-commitment assessment six weeks after completion.
    LateAssessment,
}

const FAULTS: [Fault; 15] = [
    Fault::TypoKey,
    Fault::BadReference,
    Fault::BadQuarter,
    Fault::PercentRange,
    Fault::CapExceeded,
    Fault::NotCoCreated,
    Fault::MissingInception,
    Fault::MissingTrackerQuarter,
    Fault::GovEndorser,
    Fault::OverdueMilestone,
    Fault::LateChange,
    Fault::OutlastsTerm,
    Fault::SyntaxError,
    Fault::FewImplementationMeetings,
    Fault::LateAssessment,
];

/// One generated jurisdiction: its folder (relative to the registry) and its files.
pub struct Generated {
    pub folder: String,
    pub faults: Vec<Fault>,
    pub files: Vec<(String, String)>,
}

const PREFIX: [&str; 20] = [
    "River", "Oak", "Stone", "Maple", "Clear", "North", "Silver", "Green", "Fair", "Lake", "High",
    "Red", "Cedar", "Elm", "Bright", "West", "East", "Spring", "Iron", "Willow",
];
const SUFFIX: [&str; 15] = [
    "bend", "field", "ford", "haven", "ville", "port", "wood", "dale", "brook", "ton", "mouth",
    "gate", "crest", "view", "ridge",
];
const COUNTRIES: [&str; 8] = [
    "Freedonia",
    "Sylvania",
    "Ruritania",
    "Latveria",
    "Genovia",
    "Elbonia",
    "Grand Fenwick",
    "Zubrowka",
];
const GIVEN: [&str; 10] = [
    "Ana", "Bo", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jonas",
];
const FAMILY: [&str; 10] = [
    "Ortiz", "Lind", "Wei", "Okafor", "Novak", "Haddad", "Silva", "Kowalski", "Mensah", "Berg",
];
const VALUES: [&str; 3] = ["transparency", "participation", "accountability"];
const TOPICS: [&str; 16] = [
    "Open budget data",
    "Participatory budgeting",
    "Open contracting portal",
    "Beneficial ownership register",
    "Public procurement dashboard",
    "Open council meetings",
    "Lobbying register",
    "Citizen feedback on services",
    "Open land-use data",
    "Youth participation council",
    "Whistleblower protection",
    "Accessible public information",
    "Open health facility data",
    "Climate action tracker",
    "Open school budgets",
    "Public asset register",
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}
fn days(d: NaiveDate, n: u64) -> NaiveDate {
    d + Days::new(n)
}
fn days_back(d: NaiveDate, n: u64) -> NaiveDate {
    d - Days::new(n)
}
fn months(d: NaiveDate, n: u32) -> NaiveDate {
    d + Months::new(n)
}
fn quarter(d: NaiveDate) -> (i32, u32) {
    (d.year(), (d.month() - 1) / 3 + 1)
}
fn quarter_last_day((y, q): (i32, u32)) -> NaiveDate {
    if q == 4 {
        date(y, 12, 31)
    } else {
        date(y, q * 3 + 1, 1).pred_opt().expect("valid date")
    }
}
fn next_quarter((y, q): (i32, u32)) -> (i32, u32) {
    if q == 4 { (y + 1, 1) } else { (y, q + 1) }
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
fn list(items: &[String]) -> String {
    let v: Vec<String> = items.iter().map(|s| q(s)).collect();
    format!("[{}]", v.join(", "))
}
fn slug(s: &str) -> String {
    s.to_ascii_lowercase().replace(' ', "-")
}

struct Stake {
    id: &'static str,
    name: String,
    sector: &'static str,
}

struct Meeting {
    id: String,
    date: NaiveDate,
    co_creation: bool,
    attendees: Vec<String>,
}

struct Commit {
    id: String,
    file: String,
    title: String,
    lead: String,
    added: Option<NaiveDate>,
    start: NaiveDate,
    end: NaiveDate,
    completed: Option<NaiveDate>,
    assessed: Option<NaiveDate>,
    co_created_in: Vec<String>,
    values: Vec<String>,
    milestones: Vec<(String, NaiveDate, Option<NaiveDate>)>,
    changes: Vec<(NaiveDate, String, Vec<String>, NaiveDate)>,
}

impl Commit {
    fn entered(&self, submitted: NaiveDate) -> NaiveDate {
        self.added.unwrap_or(submitted)
    }
    fn release(&self) -> Option<NaiveDate> {
        Some(self.completed?.max(self.assessed?))
    }
}

/// Generates jurisdiction `i` of the registry with this seed.
pub fn jurisdiction(seed: u64, i: usize) -> Generated {
    let mut r = Rng::new(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    for _ in 0..4 {
        r.next_u64();
    }
    let as_of: NaiveDate = AS_OF.parse().expect("AS_OF is a date");
    let mut faults: Vec<Fault> = Vec::new();
    if r.chance(0.2) {
        let k = r.range(1, 3);
        while faults.len() < k as usize {
            let f = *r.pick(&FAULTS);
            if !faults.contains(&f) {
                faults.push(f);
            }
        }
    }
    let has = |f: Fault| faults.contains(&f);

    let name = format!("{}{}", r.pick(&PREFIX), r.pick(&SUFFIX));
    let country = *r.pick(&COUNTRIES);
    let joint = r.chance(0.15);
    let elections = r.chance(0.9);
    let two_plans = r.chance(0.35);
    // Real registries hold towns of one name in several countries; a generated one keeps
    // each name unique (the index tells them apart) so that clean ones stay clean (S011).
    let display_name = if joint {
        format!("Greater {name} {}", i + 1)
    } else {
        format!("{name} {}", i + 1)
    };
    let members: Vec<String> = if joint {
        let mut m = vec![name.clone()];
        for _ in 0..r.range(1, 3) {
            m.push(format!("{}{}", r.pick(&PREFIX), r.pick(&SUFFIX)));
        }
        m
    } else {
        Vec::new()
    };
    let joined = if two_plans {
        days(date(2022, 6, 1), r.range(0, 360))
    } else {
        days(date(2024, 7, 1), r.range(0, 700))
    };
    let deadline = months(joined, 6);

    // Stakeholders: three government offices, two to four non-governmental ones, a university.
    let mut stakes = vec![
        Stake {
            id: "mayor-office",
            name: format!("Office of the Mayor of {name}"),
            sector: "government",
        },
        Stake {
            id: "finance-dept",
            name: format!("{name} Finance Department"),
            sector: "government",
        },
        Stake {
            id: "planning-dept",
            name: format!("{name} Urban Planning Department"),
            sector: "government",
        },
        Stake {
            id: "cso-open",
            name: format!("Open {name}"),
            sector: "civil-society",
        },
        Stake {
            id: "univ-lab",
            name: format!("{name} University, Public Policy Lab"),
            sector: "academia",
        },
    ];
    if r.chance(0.7) {
        stakes.push(Stake {
            id: "cso-budget",
            name: format!("Budget Watch {name}"),
            sector: "civil-society",
        });
    }
    if r.chance(0.5) {
        stakes.push(Stake {
            id: "chamber",
            name: format!("{name} Chamber of Commerce"),
            sector: "private-sector",
        });
    }
    if r.chance(0.4) {
        stakes.push(Stake {
            id: "youth-council",
            name: format!("{name} Youth Council"),
            sector: "other",
        });
    }
    let gov: Vec<String> = stakes
        .iter()
        .filter(|s| s.sector == "government")
        .map(|s| s.id.to_string())
        .collect();
    let ngs: Vec<String> = stakes
        .iter()
        .filter(|s| s.sector != "government" && s.id != "univ-lab")
        .map(|s| s.id.to_string())
        .collect();

    // Plan periods (and terms that hold them, two months to spare).
    struct PlanDates {
        start: NaiveDate,
        end: NaiveDate,
        submitted: Option<NaiveDate>,
        cc_from: NaiveDate,
    }
    let mut plans: Vec<PlanDates> = Vec::new();
    let mut terms: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    if two_plans {
        let start = days(joined, r.range(0, 20));
        let end = months(start, 24).pred_opt().expect("date");
        let submitted = days(start, r.range(60, 150));
        plans.push(PlanDates {
            start,
            end,
            submitted: Some(submitted),
            cc_from: days(joined, 3),
        });
        let t1_end = days(months(end, 2), r.range(0, 10));
        terms.push((days(t1_end, 1) - Months::new(60), t1_end));
        let start2 = days(t1_end, r.range(1, 10));
        // Long enough to still run on AS_OF (a plan that ended needs a next one: P107).
        let years2 = if months(start2, 36) > months(as_of, 2) {
            36
        } else {
            48
        };
        let end2 = months(start2, years2).pred_opt().expect("date");
        let sub2 = days(start2, r.range(10, 30));
        terms.push((days(t1_end, 1), months(t1_end, 60)));
        plans.push(PlanDates {
            start: start2,
            end: end2,
            submitted: Some(sub2),
            cc_from: days_back(start2, 110),
        });
    } else {
        let start = days(joined, r.range(0, 20));
        let years = if months(start, 36) > months(as_of, 2) {
            36
        } else {
            48
        };
        let end = months(start, years).pred_opt().expect("date");
        let sub = days(start, r.range(60, 150));
        // A plan joined recently may still be in co-creation.
        let submitted = (sub <= as_of).then_some(sub);
        let t_end = months(end, r.range(3, 10) as u32);
        terms.push((days(t_end, 1) - Months::new(60), t_end));
        plans.push(PlanDates {
            start,
            end,
            submitted,
            cc_from: days(joined, 3),
        });
    }
    if has(Fault::OutlastsTerm) {
        if let Some(t) = terms.last_mut() {
            t.1 = months(plans.last().expect("a plan").end, 1);
        }
    }

    let mut files: Vec<(String, String)> = Vec::new();

    // jurisdiction.toml
    let mut s = String::new();
    let _ = writeln!(s, "name = {}", q(&display_name));
    let _ = writeln!(s, "country = {}", q(country));
    let _ = writeln!(s, "kind = {}", q(if joint { "joint" } else { "single" }));
    if joint {
        let _ = writeln!(s, "members = {}", list(&members));
    }
    let _ = writeln!(s, "joined = {joined}");
    let _ = writeln!(s, "elections = {elections}");
    let _ = writeln!(s, "submission_deadline = {deadline}");
    let poc = format!("{} {}", r.pick(&GIVEN), r.pick(&FAMILY));
    let _ = writeln!(s, "\n[point_of_contact]\nname = {}", q(&poc));
    let _ = writeln!(s, "email = {}", q(&format!("open@{}.example", slug(&name))));
    let _ = writeln!(s, "office = \"Mayor's Office\"");
    let _ = writeln!(
        s,
        "\n[forum]\nname = {}",
        q(&format!("{display_name} Open Government Forum"))
    );
    let _ = writeln!(s, "established = {}", days(joined, r.range(1, 30)));
    let _ = writeln!(
        s,
        "description = \"Public forum of city departments and civil society, meeting every quarter.\""
    );
    if elections {
        for (a, b) in &terms {
            let _ = writeln!(s, "\n[[term]]\nstart = {a}\nend = {b}");
        }
    }
    for st in &stakes {
        let _ = writeln!(
            s,
            "\n[[stakeholder]]\nid = {}\nname = {}\nsector = {}",
            q(st.id),
            q(&st.name),
            q(st.sector)
        );
    }
    files.push(("jurisdiction.toml".into(), s));

    let fault_plan = plans.len() - 1;
    for (pi, pd) in plans.iter().enumerate() {
        let faulty = pi == fault_plan;
        let plan_id = format!("{}-{}", pd.start.year(), pd.end.year());
        let dir = format!("plans/{plan_id}");
        let sub = pd.submitted;
        let cc_until = days_back(sub.unwrap_or(as_of), 3);

        // Co-creation meetings.
        let mut meetings: Vec<Meeting> = Vec::new();
        let n_cc = r.range(2, 4);
        let span = (cc_until - pd.cc_from).num_days().max(1) as u64;
        for k in 0..n_cc {
            let d = days(pd.cc_from, span * (k + 1) / (n_cc + 1));
            let mut att = vec![r.pick(&gov).clone(), "cso-open".to_string()];
            if r.chance(0.6) {
                let extra = r.pick(&ngs).clone();
                if !att.contains(&extra) {
                    att.push(extra);
                }
            }
            meetings.push(Meeting {
                id: String::new(),
                date: d,
                co_creation: true,
                attendees: att,
            });
        }
        let initial_cc: Vec<usize> = (0..meetings.len()).collect();

        // Commitments submitted with the plan.
        let cap = if joint { 12 } else { 5 };
        let mut k0 = if joint { r.range(6, 12) as usize } else { 5 };
        if faulty && has(Fault::CapExceeded) {
            k0 = cap + 1;
        }
        let mut commits: Vec<Commit> = Vec::new();
        let base = sub.unwrap_or(days(pd.start, 60));
        for k in 0..k0 {
            // Staggered ends: one commitment finishes every few months and the last runs to
            // the end of the plan, so some commitment makes progress every quarter.
            let start = days(base, r.range(0, 45));
            let total = (pd.end - start).num_days().max(120) as u64;
            let end = days(start, total * (k as u64 + 1) / k0 as u64)
                .min(days_back(pd.end, r.range(0, 45)))
                .max(days(start, 90));
            commits.push(commitment(
                &mut r,
                k,
                None,
                start,
                end,
                as_of,
                &gov,
                &meetings,
                &initial_cc,
            ));
        }
        // Commitments added later, in freed slots (single) or spare ones (joint).
        if let Some(s) = sub {
            let extra = if joint {
                r.range(0, (12 - k0.min(12)) as u64)
            } else {
                r.range(0, 3)
            } as usize;
            let mut releases: Vec<NaiveDate> = commits.iter().filter_map(Commit::release).collect();
            releases.sort();
            for a in 0..extra {
                let from = if joint {
                    days(s, 60 + 90 * a as u64)
                } else {
                    match releases.get(a) {
                        Some(d) => *d,
                        None => break,
                    }
                };
                let added = days(from, r.range(10, 40));
                if added > as_of || days(added, 200) > pd.end {
                    break;
                }
                let md = days_back(added, r.range(5, 25));
                meetings.push(Meeting {
                    id: String::new(),
                    date: md,
                    co_creation: true,
                    attendees: vec![r.pick(&gov).clone(), r.pick(&ngs).clone()],
                });
                let mi = meetings.len() - 1;
                let start = days(added, r.range(0, 15));
                let end = days(start, r.range(180, 400)).min(days_back(pd.end, 10));
                let k = commits.len();
                commits.push(commitment(
                    &mut r,
                    k,
                    Some(added),
                    start,
                    end,
                    as_of,
                    &gov,
                    &meetings,
                    &[mi],
                ));
            }
        }

        // Implementation meetings: every three months from a month after submission.
        if let Some(s) = sub {
            let last = pd.end.min(as_of);
            let mut k = 0;
            let mut latest = s;
            loop {
                let d = months(s, 1 + 3 * k);
                if d > last {
                    break;
                }
                meetings.push(Meeting {
                    id: String::new(),
                    date: d,
                    co_creation: false,
                    attendees: vec![
                        r.pick(&gov).clone(),
                        r.pick(&ngs).clone(),
                        "univ-lab".into(),
                    ],
                });
                latest = d;
                k += 1;
            }
            let closing = days_back(pd.end, 7);
            if closing <= as_of && closing > days(latest, 30) {
                meetings.push(Meeting {
                    id: String::new(),
                    date: closing,
                    co_creation: false,
                    attendees: vec![r.pick(&gov).clone(), r.pick(&ngs).clone()],
                });
            }
            if faulty && has(Fault::FewImplementationMeetings) {
                let mut kept = 0;
                meetings.retain(|m| {
                    if m.co_creation {
                        return true;
                    }
                    kept += 1;
                    kept <= 1
                });
            }
        }
        // Ids by date (unique per plan), then resolve the commitments' references.
        let mut order: Vec<usize> = (0..meetings.len()).collect();
        order.sort_by_key(|&m| (meetings[m].date, m));
        let mut used: Vec<String> = Vec::new();
        for &m in &order {
            let mut id = format!("m-{}", meetings[m].date);
            let mut n = 2;
            while used.contains(&id) {
                id = format!("m-{}-{n}", meetings[m].date);
                n += 1;
            }
            used.push(id.clone());
            meetings[m].id = id;
        }
        for c in &mut commits {
            for id in &mut c.co_created_in {
                let m: usize = id.parse().expect("meeting index");
                *id = meetings[m].id.clone();
            }
        }

        // Changes within six months of submission, approved by a co-creating NGS.
        if let Some(s) = sub {
            for c in &mut commits {
                if r.chance(0.25) {
                    let entered = c.entered(s);
                    let d = days(entered, r.range(20, 170));
                    let told = days(d, r.range(1, 20));
                    if told <= as_of {
                        c.changes.push((
                            d,
                            "Milestone dates moved after consultation.".into(),
                            vec!["cso-open".into()],
                            told,
                        ));
                    }
                }
            }
        }

        // Faults in this plan.
        if faulty {
            if has(Fault::BadReference) {
                commits[0].lead = "finace-dept".into();
            }
            if has(Fault::NotCoCreated) {
                let k = commits.len() - 1;
                commits[k].co_created_in.clear();
            }
            if has(Fault::OverdueMilestone) {
                if let Some(m) = commits
                    .iter_mut()
                    .flat_map(|c| c.milestones.iter_mut())
                    .find(|m| m.1 < as_of)
                {
                    m.2 = None;
                }
            }
            if has(Fault::LateChange) {
                if let Some(s) = sub {
                    let d = months(s, 10);
                    if d <= as_of {
                        commits[1].changes.push((
                            d,
                            "Scope reduced.".into(),
                            vec!["cso-open".into()],
                            days(d, 3).min(as_of),
                        ));
                    }
                }
            }
            if has(Fault::LateAssessment) {
                if let Some(c) = commits
                    .iter_mut()
                    .find(|c| c.completed.is_some_and(|d| days(d, 60) <= as_of))
                {
                    c.assessed = c.completed.map(|d| days(d, 45));
                }
            }
        }

        // plan.toml
        let mut s = String::new();
        let _ = writeln!(
            s,
            "title = {}",
            q(&format!("{display_name} Local Action Plan {plan_id}"))
        );
        if r.chance(0.1) {
            let _ = writeln!(s, "language = \"es\"");
            let _ = writeln!(
                s,
                "english_version = {}",
                q(&format!(
                    "https://{}.example/ogp/{plan_id}-en.pdf",
                    slug(&name)
                ))
            );
        } else {
            let _ = writeln!(s, "language = \"en\"");
        }
        let _ = writeln!(s, "start = {}\nend = {}", pd.start, pd.end);
        if let Some(d) = sub {
            let _ = writeln!(s, "submitted = {d}");
        }
        let _ = writeln!(s, "\n[strategy]");
        let _ = writeln!(
            s,
            "vision = {}",
            q(&format!(
                "A {name} where every resident can see, shape and check how public money and public space are used."
            ))
        );
        let _ = writeln!(
            s,
            "principles = [\"transparency\", \"participation\", \"accountability\"]"
        );
        let _ = writeln!(
            s,
            "objectives = [\"open the budget\", \"co-design public space\", \"publish contracts\"]"
        );
        let _ = writeln!(
            s,
            "engagement = \"Quarterly open forum sessions, an online consultation before each change, and a civil society seat on every commitment team.\""
        );
        let _ = writeln!(
            s,
            "\n[monitoring_body]\nname = {}\nstakeholder = \"univ-lab\"",
            q(&format!("{name} University, Public Policy Lab"))
        );
        let endorsers: Vec<String> = ngs.iter().take(2).cloned().collect();
        let _ = writeln!(s, "endorsed_by = {}", list(&endorsers));
        let _ = writeln!(s, "endorsed_on = {}", days(pd.cc_from, 10).min(cc_until));
        let endorsed = days_back(sub.unwrap_or(as_of), r.range(4, 15));
        if endorsed <= as_of && endorsed > pd.cc_from {
            let mut by = ngs.clone();
            if faulty && has(Fault::GovEndorser) {
                by.push("finance-dept".into());
            }
            let _ = writeln!(s, "\n[endorsement]\ndate = {endorsed}\nby = {}", list(&by));
        }
        if let Some(d) = sub {
            let inception = days(d, r.range(30, 55));
            let fl = days(pd.end, r.range(20, 55));
            let show_inception = inception <= as_of && !(faulty && has(Fault::MissingInception));
            if show_inception || fl <= as_of {
                let _ = writeln!(s, "\n[assessments]");
                if show_inception {
                    let key = if faulty && has(Fault::TypoKey) {
                        "inceptoin"
                    } else {
                        "inception"
                    };
                    let _ = writeln!(s, "{key} = {inception}");
                }
                if fl <= as_of {
                    let _ = writeln!(s, "final_learning = {fl}");
                }
            }
        }
        files.push((format!("{dir}/plan.toml"), s));

        // commitments/*.toml
        for c in &commits {
            files.push((format!("{dir}/commitments/{}", c.file), commitment_toml(c)));
        }

        // meetings.toml
        let mut s = String::new();
        for &m in &order {
            let m = &meetings[m];
            if m.date > as_of {
                continue;
            }
            let _ = writeln!(s, "[[meeting]]\nid = {}\ndate = {}", q(&m.id), m.date);
            let _ = writeln!(
                s,
                "purpose = {}",
                q(if m.co_creation {
                    "co-creation"
                } else {
                    "implementation"
                })
            );
            let _ = writeln!(s, "attendees = {}", list(&m.attendees));
            let _ = writeln!(
                s,
                "minutes = {}\n",
                q(&format!(
                    "https://{}.example/forum/{}.pdf",
                    slug(&name),
                    m.date
                ))
            );
        }
        if faulty && has(Fault::SyntaxError) {
            if let Some(pos) = s.find("purpose = \"") {
                s.replace_range(pos + 10..pos + 11, "");
            }
        }
        files.push((format!("{dir}/meetings.toml"), s));

        // tracker.toml: one update per quarter of implementation.
        let mut s = String::new();
        if let Some(sd) = sub {
            let mut qq = quarter(sd);
            let last = quarter(pd.end.min(as_of));
            let mut updates = Vec::new();
            loop {
                let d = days_back(quarter_last_day(qq), r.range(0, 12)).max(sd);
                if d <= as_of {
                    updates.push((qq, d));
                }
                if qq == last {
                    break;
                }
                qq = next_quarter(qq);
            }
            if faulty && has(Fault::MissingTrackerQuarter) && updates.len() > 2 {
                updates.remove(updates.len() / 2);
            }
            let n_up = updates.len();
            for (ui, ((y, qn), d)) in updates.into_iter().enumerate() {
                let quarter = if faulty && has(Fault::BadQuarter) && ui + 1 == n_up {
                    format!("{y}-Q5")
                } else {
                    format!("{y}-Q{qn}")
                };
                let _ = writeln!(s, "[[update]]\nquarter = {}\ndate = {d}", q(&quarter));
                let mut progress = Vec::new();
                for c in &commits {
                    if c.entered(sd) > d || c.start > d {
                        continue;
                    }
                    let pct = if c.completed.is_some_and(|x| x <= d) {
                        100
                    } else {
                        let total = (c.end - c.start).num_days().max(1);
                        ((d - c.start).num_days() * 100 / total).clamp(0, 95)
                    };
                    let pct =
                        if faulty && has(Fault::PercentRange) && ui == 0 && progress.is_empty() {
                            120
                        } else {
                            pct
                        };
                    progress.push(format!("{} = {pct}", c.id));
                }
                let _ = writeln!(s, "progress = {{ {} }}\n", progress.join(", "));
            }
        }
        files.push((format!("{dir}/tracker.toml"), s));
    }

    Generated {
        folder: format!("{}/{:05}-{}", slug(country), i, slug(&name)),
        faults,
        files,
    }
}

#[allow(clippy::too_many_arguments)]
fn commitment(
    r: &mut Rng,
    k: usize,
    added: Option<NaiveDate>,
    start: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
    gov: &[String],
    meetings: &[Meeting],
    co_created: &[usize],
) -> Commit {
    let topic = *r.pick(&TOPICS);
    let (completed, assessed) = if end <= as_of {
        let c = days_back(end, r.range(0, 20)).max(start);
        let a = days(c, r.range(5, 28));
        (Some(c), (a <= as_of).then_some(a))
    } else {
        (None, None)
    };
    let mut cc: Vec<String> = Vec::new();
    for &m in co_created {
        if meetings[m].co_creation && (cc.is_empty() || r.chance(0.4)) {
            cc.push(m.to_string());
        }
    }
    let n_values = r.range(1, 2) as usize;
    let mut values: Vec<String> = Vec::new();
    while values.len() < n_values {
        let v = r.pick(&VALUES).to_string();
        if !values.contains(&v) {
            values.push(v);
        }
    }
    let n_ms = r.range(2, 4);
    let total = (end - start).num_days().max(1) as u64;
    let milestones = (0..n_ms)
        .map(|m| {
            let due = days(start, total * (m + 1) / n_ms);
            let done = (due < as_of || (due == as_of && r.chance(0.5)))
                .then(|| days_back(due, r.range(0, 20)).max(start));
            (
                format!("{} step {}", topic.to_ascii_lowercase(), m + 1),
                due,
                done,
            )
        })
        .collect();
    Commit {
        id: format!("C{}", k + 1),
        file: format!("c{:02}-{}.toml", k + 1, slug(topic)),
        title: topic.to_string(),
        lead: r.pick(gov).clone(),
        added,
        start,
        end,
        completed,
        assessed,
        co_created_in: cc,
        values,
        milestones,
        changes: Vec::new(),
    }
}

fn commitment_toml(c: &Commit) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "id = {}\ntitle = {}\nlead = {}",
        q(&c.id),
        q(&c.title),
        q(&c.lead)
    );
    if let Some(a) = c.added {
        let _ = writeln!(s, "added = {a}");
    }
    let _ = writeln!(s, "start = {}\nend = {}", c.start, c.end);
    if let Some(d) = c.completed {
        let _ = writeln!(s, "completed = {d}");
    }
    if let Some(d) = c.assessed {
        let _ = writeln!(s, "assessed = {d}");
    }
    let _ = writeln!(s, "co_created_in = {}", list(&c.co_created_in));
    let _ = writeln!(
        s,
        "problem = \"Residents cannot follow or influence how this area is managed; the information is scattered and hard to reuse.\""
    );
    let _ = writeln!(s, "values = {}", list(&c.values));
    for (title, due, done) in &c.milestones {
        let _ = writeln!(s, "\n[[milestone]]\ntitle = {}\ndue = {due}", q(title));
        if let Some(d) = done {
            let _ = writeln!(s, "done = {d}");
        }
    }
    for (d, summary, by, told) in &c.changes {
        let _ = writeln!(
            s,
            "\n[[change]]\ndate = {d}\nsummary = {}\napproved_by = {}\ncommunicated = {told}",
            q(summary),
            list(by)
        );
    }
    s
}
