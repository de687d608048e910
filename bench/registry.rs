//! A deterministic generator of realistic OGP Local registries, for benchmarks and smoke tests.
//!
//! `generate(dir, n, seed)` writes `n` jurisdiction roots below `dir`, grouped by country:
//! `<dir>/<country>/<NNNNN>-<name>/jurisdiction.toml` with one or two plans under `plans/`.
//! Every file follows the format of docs/format.md. The files describe the state of each plan on [`AS_OF`]: no fact
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
    /// A count in `lo..=hi`: the same draw as [`Rng::range`].
    pub fn count(&mut self, lo: usize, hi: usize) -> usize {
        let wide = |n: usize| u64::try_from(n).expect("a usize fits in a u64");
        usize::try_from(self.range(wide(lo), wide(hi))).expect("a count in lo..=hi")
    }
    /// True with probability `p`.
    #[allow(
        clippy::cast_precision_loss,
        reason = "53 random bits and 2^53 are exact in an f64"
    )]
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    /// An element of `v`.
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        let i = self.next_u64() % v.len() as u64;
        &v[usize::try_from(i).expect("an index below the slice's length")]
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
/// The days from `from` to `to`, at least `at_least`.
fn span_days(from: NaiveDate, to: NaiveDate, at_least: i64) -> u64 {
    u64::try_from((to - from).num_days().max(at_least)).expect("a positive number of days")
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

impl Stake {
    /// A stakeholder with this id, name and sector.
    fn new(id: &'static str, name: String, sector: &'static str) -> Stake {
        Stake { id, name, sector }
    }
}

struct Meeting {
    id: String,
    date: NaiveDate,
    co_creation: bool,
    attendees: Vec<String>,
}

impl Meeting {
    /// A meeting on `date`, its id given once the plan's meetings are all known.
    fn new(date: NaiveDate, co_creation: bool, attendees: Vec<String>) -> Meeting {
        Meeting {
            id: String::new(),
            date,
            co_creation,
            attendees,
        }
    }
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

/// Where a commitment sits in its plan: its index, its day added (if later), its start and end.
struct Slot {
    index: usize,
    added: Option<NaiveDate>,
    start: NaiveDate,
    end: NaiveDate,
}

/// A plan's period, its submission (none while in co-creation) and its co-creation's start.
struct PlanDates {
    start: NaiveDate,
    end: NaiveDate,
    submitted: Option<NaiveDate>,
    cc_from: NaiveDate,
}

/// A term of office: its first and last day.
type Term = (NaiveDate, NaiveDate);

/// One jurisdiction as drawn, before its plans: what every one of its files is written from.
struct Ctx {
    as_of: NaiveDate,
    faults: Vec<Fault>,
    /// The town's name ("Riverbend"); `display_name` adds the index (and "Greater" if joint).
    name: String,
    display_name: String,
    country: &'static str,
    joint: bool,
    elections: bool,
    two_plans: bool,
    members: Vec<String>,
    joined: NaiveDate,
    stakes: Vec<Stake>,
    /// The ids of the government stakeholders.
    gov: Vec<String>,
    /// The ids of the non-governmental stakeholders but the monitoring university.
    ngs: Vec<String>,
}

impl Ctx {
    /// Whether the jurisdiction carries the deliberate fault `f`.
    fn has(&self, f: Fault) -> bool {
        self.faults.contains(&f)
    }
}

/// One plan being generated: its jurisdiction, dates and id, and whether it carries the faults.
struct PlanCtx<'a> {
    j: &'a Ctx,
    dates: &'a PlanDates,
    id: String,
    faulty: bool,
    sub: Option<NaiveDate>,
    /// The last day of co-creation: three days before submission (or `AS_OF`).
    cc_until: NaiveDate,
}

impl<'a> PlanCtx<'a> {
    /// The plan with these dates in `j`; `faulty` if it carries the jurisdiction's faults.
    fn new(j: &'a Ctx, dates: &'a PlanDates, faulty: bool) -> PlanCtx<'a> {
        PlanCtx {
            j,
            dates,
            id: format!("{}-{}", dates.start.year(), dates.end.year()),
            faulty,
            sub: dates.submitted,
            cc_until: days_back(dates.submitted.unwrap_or(j.as_of), 3),
        }
    }
    /// Whether this plan carries the deliberate fault `f`.
    fn has(&self, f: Fault) -> bool {
        self.faulty && self.j.has(f)
    }
}

/// Generates jurisdiction `i` of the registry with this seed.
pub fn jurisdiction(seed: u64, i: usize) -> Generated {
    let mut r = Rng::new(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    for _ in 0..4 {
        r.next_u64();
    }
    let j = context(&mut r, i);
    let (plans, terms) = periods(&mut r, &j);
    let mut files = vec![(
        "jurisdiction.toml".to_string(),
        jurisdiction_toml(&mut r, &j, &terms),
    )];
    let fault_plan = plans.len() - 1;
    for (pi, dates) in plans.iter().enumerate() {
        files.extend(plan_files(
            &mut r,
            &PlanCtx::new(&j, dates, pi == fault_plan),
        ));
    }
    Generated {
        folder: format!("{}/{:05}-{}", slug(j.country), i, slug(&j.name)),
        faults: j.faults,
        files,
    }
}

/// Draws jurisdiction `i`'s faults, names, kind, joining day and stakeholders.
fn context(r: &mut Rng, i: usize) -> Ctx {
    let faults = draw_faults(r);
    let name = town_name(r);
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
    let members = if joint { members(r, &name) } else { Vec::new() };
    let joined = if two_plans {
        days(date(2022, 6, 1), r.range(0, 360))
    } else {
        days(date(2024, 7, 1), r.range(0, 700))
    };
    let stakes = stakeholders(r, &name);
    let gov = stakes
        .iter()
        .filter(|s| s.sector == "government")
        .map(|s| s.id.to_string())
        .collect();
    let ngs = stakes
        .iter()
        .filter(|s| s.sector != "government" && s.id != "univ-lab")
        .map(|s| s.id.to_string())
        .collect();
    Ctx {
        as_of: AS_OF.parse().expect("AS_OF is a date"),
        faults,
        name,
        display_name,
        country,
        joint,
        elections,
        two_plans,
        members,
        joined,
        stakes,
        gov,
        ngs,
    }
}

/// Draws no fault for about four jurisdictions in five, one to three distinct ones otherwise.
fn draw_faults(r: &mut Rng) -> Vec<Fault> {
    let mut faults: Vec<Fault> = Vec::new();
    if r.chance(0.2) {
        let k = r.count(1, 3);
        while faults.len() < k {
            let f = *r.pick(&FAULTS);
            if !faults.contains(&f) {
                faults.push(f);
            }
        }
    }
    faults
}

/// A made-up town name such as "Riverbend".
fn town_name(r: &mut Rng) -> String {
    format!("{}{}", r.pick(&PREFIX), r.pick(&SUFFIX))
}

/// The members of a joint jurisdiction: the town `name` and one to three neighbours.
fn members(r: &mut Rng, name: &str) -> Vec<String> {
    let mut m = vec![name.to_string()];
    for _ in 0..r.range(1, 3) {
        m.push(town_name(r));
    }
    m
}

/// Stakeholders: three government offices, two to four non-governmental ones, a university.
fn stakeholders(r: &mut Rng, name: &str) -> Vec<Stake> {
    let mut stakes = vec![
        Stake::new(
            "mayor-office",
            format!("Office of the Mayor of {name}"),
            "government",
        ),
        Stake::new(
            "finance-dept",
            format!("{name} Finance Department"),
            "government",
        ),
        Stake::new(
            "planning-dept",
            format!("{name} Urban Planning Department"),
            "government",
        ),
        Stake::new("cso-open", format!("Open {name}"), "civil-society"),
        Stake::new(
            "univ-lab",
            format!("{name} University, Public Policy Lab"),
            "academia",
        ),
    ];
    if r.chance(0.7) {
        stakes.push(Stake::new(
            "cso-budget",
            format!("Budget Watch {name}"),
            "civil-society",
        ));
    }
    if r.chance(0.5) {
        stakes.push(Stake::new(
            "chamber",
            format!("{name} Chamber of Commerce"),
            "private-sector",
        ));
    }
    if r.chance(0.4) {
        stakes.push(Stake::new(
            "youth-council",
            format!("{name} Youth Council"),
            "other",
        ));
    }
    stakes
}

/// Draws the plans' periods and the terms that hold them (OutlastsTerm: the last term is cut).
fn periods(r: &mut Rng, j: &Ctx) -> (Vec<PlanDates>, Vec<Term>) {
    let (plans, mut terms) = if j.two_plans {
        two_periods(r, j.joined, j.as_of)
    } else {
        one_period(r, j.joined, j.as_of)
    };
    if j.has(Fault::OutlastsTerm) {
        if let Some(t) = terms.last_mut() {
            t.1 = months(plans.last().expect("a plan").end, 1);
        }
    }
    (plans, terms)
}

/// A two-year plan from joining, then a longer one running on `AS_OF`, a term for each.
fn two_periods(r: &mut Rng, joined: NaiveDate, as_of: NaiveDate) -> (Vec<PlanDates>, Vec<Term>) {
    let start = days(joined, r.range(0, 20));
    let end = months(start, 24).pred_opt().expect("date");
    let submitted = days(start, r.range(60, 150));
    let first = PlanDates {
        start,
        end,
        submitted: Some(submitted),
        cc_from: days(joined, 3),
    };
    let t1_end = days(months(end, 2), r.range(0, 10));
    let start2 = days(t1_end, r.range(1, 10));
    let second = PlanDates {
        start: start2,
        end: plan_end(start2, as_of),
        submitted: Some(days(start2, r.range(10, 30))),
        cc_from: days_back(start2, 110),
    };
    let terms = vec![
        (days(t1_end, 1) - Months::new(60), t1_end),
        (days(t1_end, 1), months(t1_end, 60)),
    ];
    (vec![first, second], terms)
}

/// One plan from joining (maybe still in co-creation on `AS_OF`) and the term that holds it.
fn one_period(r: &mut Rng, joined: NaiveDate, as_of: NaiveDate) -> (Vec<PlanDates>, Vec<Term>) {
    let start = days(joined, r.range(0, 20));
    let end = plan_end(start, as_of);
    let sub = days(start, r.range(60, 150));
    // A plan joined recently may still be in co-creation.
    let submitted = (sub <= as_of).then_some(sub);
    let t_end = months(end, u32::try_from(r.range(3, 10)).expect("3 to 10 months"));
    let plan = PlanDates {
        start,
        end,
        submitted,
        cc_from: days(joined, 3),
    };
    (vec![plan], vec![(days(t_end, 1) - Months::new(60), t_end)])
}

/// The last day of a plan from `start`: three years, or four if three would end before `AS_OF`.
fn plan_end(start: NaiveDate, as_of: NaiveDate) -> NaiveDate {
    // Long enough to still run on AS_OF (a plan that ended needs a next one: P107).
    let years = if months(start, 36) > months(as_of, 2) {
        36
    } else {
        48
    };
    months(start, years).pred_opt().expect("date")
}

/// jurisdiction.toml: names, kind, dates, point of contact, forum, terms and stakeholders.
fn jurisdiction_toml(r: &mut Rng, j: &Ctx, terms: &[Term]) -> String {
    let (name, display_name, joined) = (&j.name, &j.display_name, j.joined);
    let mut s = String::new();
    let _ = writeln!(s, "name = {}", q(display_name));
    let _ = writeln!(s, "country = {}", q(j.country));
    let _ = writeln!(s, "kind = {}", q(if j.joint { "joint" } else { "single" }));
    if j.joint {
        let _ = writeln!(s, "members = {}", list(&j.members));
    }
    let _ = writeln!(s, "joined = {joined}");
    let _ = writeln!(s, "elections = {}", j.elections);
    let _ = writeln!(s, "submission_deadline = {}", months(joined, 6));
    let poc = format!("{} {}", r.pick(&GIVEN), r.pick(&FAMILY));
    let _ = writeln!(s, "\n[point_of_contact]\nname = {}", q(&poc));
    let _ = writeln!(s, "email = {}", q(&format!("open@{}.example", slug(name))));
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
    if j.elections {
        for (a, b) in terms {
            let _ = writeln!(s, "\n[[term]]\nstart = {a}\nend = {b}");
        }
    }
    for st in &j.stakes {
        let _ = writeln!(
            s,
            "\n[[stakeholder]]\nid = {}\nname = {}\nsector = {}",
            q(st.id),
            q(&st.name),
            q(st.sector)
        );
    }
    s
}

/// Draws one plan and writes its files below `plans/<id>/` (plan, commitments, meetings, tracker).
fn plan_files(r: &mut Rng, p: &PlanCtx) -> Vec<(String, String)> {
    let mut meetings = co_creation_meetings(r, p);
    let mut commits = initial_commitments(r, p, &meetings);
    later_commitments(r, p, &mut meetings, &mut commits);
    implementation_meetings(r, p, &mut meetings);
    let order = name_meetings(&mut meetings, &mut commits);
    changes(r, p, &mut commits);
    commitment_faults(p, &mut commits);

    let dir = format!("plans/{}", p.id);
    let mut files = vec![(format!("{dir}/plan.toml"), plan_toml(r, p))];
    for c in &commits {
        files.push((format!("{dir}/commitments/{}", c.file), commitment_toml(c)));
    }
    files.push((
        format!("{dir}/meetings.toml"),
        meetings_toml(p, &meetings, &order),
    ));
    files.push((format!("{dir}/tracker.toml"), tracker_toml(r, p, &commits)));
    files
}

/// Two to four co-creation meetings spread over the co-creation period.
fn co_creation_meetings(r: &mut Rng, p: &PlanCtx) -> Vec<Meeting> {
    let (gov, ngs) = (&p.j.gov, &p.j.ngs);
    let mut meetings: Vec<Meeting> = Vec::new();
    let n_cc = r.range(2, 4);
    let span = span_days(p.dates.cc_from, p.cc_until, 1);
    for k in 0..n_cc {
        let d = days(p.dates.cc_from, span * (k + 1) / (n_cc + 1));
        let mut att = vec![r.pick(gov).clone(), "cso-open".to_string()];
        if r.chance(0.6) {
            let extra = r.pick(ngs).clone();
            if !att.contains(&extra) {
                att.push(extra);
            }
        }
        meetings.push(Meeting::new(d, true, att));
    }
    meetings
}

/// The commitments submitted with the plan, co-created in `meetings` (CapExceeded: one too many).
fn initial_commitments(r: &mut Rng, p: &PlanCtx, meetings: &[Meeting]) -> Vec<Commit> {
    let pd = p.dates;
    let cap = if p.j.joint { 12 } else { 5 };
    let mut k0 = if p.j.joint { r.count(6, 12) } else { 5 };
    if p.has(Fault::CapExceeded) {
        k0 = cap + 1;
    }
    let initial_cc: Vec<usize> = (0..meetings.len()).collect();
    let mut commits: Vec<Commit> = Vec::new();
    let base = p.sub.unwrap_or(days(pd.start, 60));
    for k in 0..k0 {
        // Staggered ends: one commitment finishes every few months and the last runs to
        // the end of the plan, so some commitment makes progress every quarter.
        let start = days(base, r.range(0, 45));
        let total = span_days(start, pd.end, 120);
        let end = days(start, total * (k as u64 + 1) / k0 as u64)
            .min(days_back(pd.end, r.range(0, 45)))
            .max(days(start, 90));
        let slot = Slot {
            index: k,
            added: None,
            start,
            end,
        };
        commits.push(commitment(r, p.j, &slot, meetings, &initial_cc));
    }
    commits
}

/// Commitments added after submission, in freed (single) or spare (joint) slots, each co-created.
fn later_commitments(
    r: &mut Rng,
    p: &PlanCtx,
    meetings: &mut Vec<Meeting>,
    commits: &mut Vec<Commit>,
) {
    let Some(s) = p.sub else {
        return;
    };
    let (j, pd) = (p.j, p.dates);
    let extra = if j.joint {
        r.count(0, 12 - commits.len().min(12))
    } else {
        r.count(0, 3)
    };
    let mut releases: Vec<NaiveDate> = commits.iter().filter_map(Commit::release).collect();
    releases.sort();
    for a in 0..extra {
        let from = if j.joint {
            days(s, 60 + 90 * a as u64)
        } else {
            match releases.get(a) {
                Some(d) => *d,
                None => break,
            }
        };
        let added = days(from, r.range(10, 40));
        if added > j.as_of || days(added, 200) > pd.end {
            break;
        }
        let md = days_back(added, r.range(5, 25));
        let attendees = vec![r.pick(&j.gov).clone(), r.pick(&j.ngs).clone()];
        meetings.push(Meeting::new(md, true, attendees));
        let mi = meetings.len() - 1;
        let start = days(added, r.range(0, 15));
        let end = days(start, r.range(180, 400)).min(days_back(pd.end, 10));
        let slot = Slot {
            index: commits.len(),
            added: Some(added),
            start,
            end,
        };
        commits.push(commitment(r, j, &slot, meetings, &[mi]));
    }
}

/// Implementation meetings every quarter after submission and a closing one (or only one: R403).
fn implementation_meetings(r: &mut Rng, p: &PlanCtx, meetings: &mut Vec<Meeting>) {
    let Some(s) = p.sub else {
        return;
    };
    let (gov, ngs, as_of, pd) = (&p.j.gov, &p.j.ngs, p.j.as_of, p.dates);
    let last = pd.end.min(as_of);
    let mut k = 0;
    let mut latest = s;
    loop {
        let d = months(s, 1 + 3 * k);
        if d > last {
            break;
        }
        let attendees = vec![r.pick(gov).clone(), r.pick(ngs).clone(), "univ-lab".into()];
        meetings.push(Meeting::new(d, false, attendees));
        latest = d;
        k += 1;
    }
    let closing = days_back(pd.end, 7);
    if closing <= as_of && closing > days(latest, 30) {
        let attendees = vec![r.pick(gov).clone(), r.pick(ngs).clone()];
        meetings.push(Meeting::new(closing, false, attendees));
    }
    if p.has(Fault::FewImplementationMeetings) {
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

/// Names the meetings by date, resolves the commitments' references and returns the date order.
fn name_meetings(meetings: &mut [Meeting], commits: &mut [Commit]) -> Vec<usize> {
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
    for c in commits {
        for id in &mut c.co_created_in {
            let m: usize = id.parse().expect("meeting index");
            *id = meetings[m].id.clone();
        }
    }
    order
}

/// Changes within six months of submission, approved by a co-creating NGS.
fn changes(r: &mut Rng, p: &PlanCtx, commits: &mut [Commit]) {
    let Some(s) = p.sub else {
        return;
    };
    for c in commits {
        if r.chance(0.25) {
            let entered = c.entered(s);
            let d = days(entered, r.range(20, 170));
            let told = days(d, r.range(1, 20));
            if told <= p.j.as_of {
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

/// Plants the plan's faults in its commitments (lead, co-creation, milestone, change, assessment).
fn commitment_faults(p: &PlanCtx, commits: &mut [Commit]) {
    let as_of = p.j.as_of;
    if p.has(Fault::BadReference) {
        commits[0].lead = "finace-dept".into();
    }
    if p.has(Fault::NotCoCreated) {
        let k = commits.len() - 1;
        commits[k].co_created_in.clear();
    }
    if p.has(Fault::OverdueMilestone) {
        if let Some(m) = commits
            .iter_mut()
            .flat_map(|c| c.milestones.iter_mut())
            .find(|m| m.1 < as_of)
        {
            m.2 = None;
        }
    }
    if p.has(Fault::LateChange) {
        if let Some(s) = p.sub {
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
    if p.has(Fault::LateAssessment) {
        if let Some(c) = commits
            .iter_mut()
            .find(|c| c.completed.is_some_and(|d| days(d, 60) <= as_of))
        {
            c.assessed = c.completed.map(|d| days(d, 45));
        }
    }
}

/// plan.toml: title, language, period, strategy, monitoring body, endorsement and assessments.
fn plan_toml(r: &mut Rng, p: &PlanCtx) -> String {
    let (name, display_name, plan_id, pd) = (&p.j.name, &p.j.display_name, &p.id, p.dates);
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
                slug(name)
            ))
        );
    } else {
        let _ = writeln!(s, "language = \"en\"");
    }
    let _ = writeln!(s, "start = {}\nend = {}", pd.start, pd.end);
    if let Some(d) = p.sub {
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
    write_endorsement(r, p, &mut s);
    write_assessments(r, p, &mut s);
    s
}

/// The plan's endorsements, the last a few days before submission (GovEndorser: by government).
fn write_endorsement(r: &mut Rng, p: &PlanCtx, s: &mut String) {
    let (ngs, as_of, pd) = (&p.j.ngs, p.j.as_of, p.dates);
    let endorsers: Vec<String> = ngs.iter().take(2).cloned().collect();
    let _ = writeln!(s, "endorsed_by = {}", list(&endorsers));
    let _ = writeln!(s, "endorsed_on = {}", days(pd.cc_from, 10).min(p.cc_until));
    let endorsed = days_back(p.sub.unwrap_or(as_of), r.range(4, 15));
    if endorsed <= as_of && endorsed > pd.cc_from {
        let mut by = ngs.clone();
        if p.has(Fault::GovEndorser) {
            by.push("finance-dept".into());
        }
        let _ = writeln!(s, "\n[endorsement]\ndate = {endorsed}\nby = {}", list(&by));
    }
}

/// The `[assessments]` held by `AS_OF` (MissingInception: no inception; TypoKey: `inceptoin`).
fn write_assessments(r: &mut Rng, p: &PlanCtx, s: &mut String) {
    let Some(d) = p.sub else {
        return;
    };
    let as_of = p.j.as_of;
    let inception = days(d, r.range(30, 55));
    let fl = days(p.dates.end, r.range(20, 55));
    let show_inception = inception <= as_of && !p.has(Fault::MissingInception);
    if show_inception || fl <= as_of {
        let _ = writeln!(s, "\n[assessments]");
        if show_inception {
            let key = if p.has(Fault::TypoKey) {
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

/// meetings.toml: the meetings held by `AS_OF`, in date order (SyntaxError: a quote lost).
fn meetings_toml(p: &PlanCtx, meetings: &[Meeting], order: &[usize]) -> String {
    let mut s = String::new();
    for &m in order {
        let m = &meetings[m];
        if m.date > p.j.as_of {
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
                slug(&p.j.name),
                m.date
            ))
        );
    }
    if p.has(Fault::SyntaxError) {
        if let Some(pos) = s.find("purpose = \"") {
            s.replace_range(pos + 10..pos + 11, "");
        }
    }
    s
}

/// tracker.toml: an update per quarter of implementation (BadQuarter: the last one says Q5).
fn tracker_toml(r: &mut Rng, p: &PlanCtx, commits: &[Commit]) -> String {
    let mut s = String::new();
    let Some(sd) = p.sub else {
        return s;
    };
    let updates = tracker_updates(r, p, sd);
    let n_up = updates.len();
    for (ui, ((y, qn), d)) in updates.into_iter().enumerate() {
        let quarter = if p.has(Fault::BadQuarter) && ui + 1 == n_up {
            format!("{y}-Q5")
        } else {
            format!("{y}-Q{qn}")
        };
        let _ = writeln!(s, "[[update]]\nquarter = {}\ndate = {d}", q(&quarter));
        let progress = progress(p, commits, sd, d, ui == 0);
        let _ = writeln!(s, "progress = {{ {} }}\n", progress.join(", "));
    }
    s
}

/// The quarters from submission on with their update's day (MissingTrackerQuarter: one left out).
fn tracker_updates(r: &mut Rng, p: &PlanCtx, sd: NaiveDate) -> Vec<((i32, u32), NaiveDate)> {
    let as_of = p.j.as_of;
    let mut qq = quarter(sd);
    let last = quarter(p.dates.end.min(as_of));
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
    if p.has(Fault::MissingTrackerQuarter) && updates.len() > 2 {
        updates.remove(updates.len() / 2);
    }
    updates
}

/// `id = percent` for each commitment running on day `d` (PercentRange: a first 120 on the first).
fn progress(
    p: &PlanCtx,
    commits: &[Commit],
    sd: NaiveDate,
    d: NaiveDate,
    first_update: bool,
) -> Vec<String> {
    let mut progress = Vec::new();
    for c in commits {
        if c.entered(sd) > d || c.start > d {
            continue;
        }
        let pct = if c.completed.is_some_and(|x| x <= d) {
            100
        } else {
            let total = (c.end - c.start).num_days().max(1);
            ((d - c.start).num_days() * 100 / total).clamp(0, 95)
        };
        let pct = if p.has(Fault::PercentRange) && first_update && progress.is_empty() {
            120
        } else {
            pct
        };
        progress.push(format!("{} = {pct}", c.id));
    }
    progress
}

/// Draws the commitment in `slot`: topic, dates, co-creation meetings, values, milestones, lead.
fn commitment(
    r: &mut Rng,
    j: &Ctx,
    slot: &Slot,
    meetings: &[Meeting],
    co_created: &[usize],
) -> Commit {
    let (start, end, as_of) = (slot.start, slot.end, j.as_of);
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
    let values = draw_values(r);
    let milestones = milestones(r, topic, start, end, as_of);
    Commit {
        id: format!("C{}", slot.index + 1),
        file: format!("c{:02}-{}.toml", slot.index + 1, slug(topic)),
        title: topic.to_string(),
        lead: r.pick(&j.gov).clone(),
        added: slot.added,
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

/// One or two distinct OGP values.
fn draw_values(r: &mut Rng) -> Vec<String> {
    let n_values = r.count(1, 2);
    let mut values: Vec<String> = Vec::new();
    while values.len() < n_values {
        let v = r.pick(&VALUES).to_string();
        if !values.contains(&v) {
            values.push(v);
        }
    }
    values
}

/// Two to four milestones spread evenly from `start` to `end`, done by `AS_OF` when due.
fn milestones(
    r: &mut Rng,
    topic: &str,
    start: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
) -> Vec<(String, NaiveDate, Option<NaiveDate>)> {
    let n_ms = r.range(2, 4);
    let total = span_days(start, end, 1);
    (0..n_ms)
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
        .collect()
}

/// commitments/<file>: one commitment with its milestones and changes.
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
