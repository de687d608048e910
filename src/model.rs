//! The plan files as typed data, each value with the byte span it came from.
//!
//! These structs are both what the loader deserializes and what the JSON Schemas in `schema/`
//! are generated from, so the editor schema and the checker cannot drift apart. Unknown keys
//! are collected by the loader (rule S003) rather than rejected here, so that every one of them
//! is reported; the schemas still forbid them.

pub use crate::date::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;

/// A value with its byte span in the file. Dereferences to the value.
#[derive(Debug, Clone)]
pub struct Sp<T>(pub toml::Spanned<T>);

impl<T> Sp<T> {
    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }
    pub fn get(&self) -> &T {
        self.0.get_ref()
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.get_ref()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sp<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        toml::Spanned::<T>::deserialize(d).map(Sp)
    }
}

impl<T: PartialEq> PartialEq for Sp<T> {
    fn eq(&self, o: &Self) -> bool {
        self.get() == o.get()
    }
}
impl<T: Eq> Eq for Sp<T> {}
impl<T: Ord> PartialOrd for Sp<T> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl<T: Ord> Ord for Sp<T> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.get().cmp(o.get())
    }
}

impl<T: JsonSchema> JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// One local government.
    #[default]
    Single,
    /// A joint action plan of two or more jurisdictions (up to 12 commitments).
    Joint,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Government,
    CivilSociety,
    Academia,
    PrivateSector,
    Other,
}

impl Sector {
    /// Every sector but government is a non-governmental stakeholder (NGS).
    pub fn is_ngs(self) -> bool {
        self != Sector::Government
    }
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The Support Unit extended a submission deadline (give `until`).
    Extension,
    /// The member asked to be placed voluntarily inactive.
    VoluntaryInactive,
    /// The member resumed after voluntary inactivity.
    Resumed,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    CoCreation,
    Implementation,
}

/// `jurisdiction.toml`: who the member is, its government terms, people, forum and events.
#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(
    deny_unknown_fields,
    title = "OGP Local jurisdiction.toml",
    transform = require_point_of_contact
)]
pub struct JurisdictionFile {
    /// The member's name, e.g. "Riverbend".
    pub name: Sp<String>,
    /// The country the member is in.
    pub country: Sp<String>,
    /// "single" or "joint".
    #[serde(default)]
    pub kind: Option<Sp<Kind>>,
    /// For a joint action plan: the member jurisdictions (two or more).
    #[serde(default)]
    pub members: Option<Sp<Vec<Sp<String>>>>,
    /// The date the member joined OGP Local.
    pub joined: Sp<Date>,
    /// false for a jurisdiction without elections (default true).
    #[serde(default)]
    pub elections: Option<Sp<bool>>,
    /// The first plan's submission deadline set by the Support Unit.
    #[serde(default)]
    pub submission_deadline: Option<Sp<Date>>,
    /// The person who coordinates the member's participation (required: name and email; a
    /// missing one is reported, rule S002, without stopping the file from loading).
    #[serde(default)]
    pub point_of_contact: Option<Sp<PointOfContact>>,
    /// The space for participation (minimum requirement 1).
    #[serde(default)]
    pub forum: Option<Sp<Forum>>,
    /// Government administrations; required when elections = true.
    #[serde(default)]
    pub term: Vec<Sp<Term>>,
    /// Every government office and non-governmental stakeholder the plan files refer to by id.
    #[serde(default)]
    pub stakeholder: Vec<Sp<Stakeholder>>,
    /// Membership events: an extension granted by the Support Unit, voluntary inactivity, its end.
    #[serde(default)]
    pub event: Vec<Sp<Event>>,
    /// Deliberate, documented exceptions to a rule, each until a date.
    #[serde(default)]
    pub waiver: Vec<Sp<Waiver>>,
    /// Files and folders kept beside the plan files on purpose, which ogp neither reads nor
    /// reports as unread (rule S012): globs relative to the jurisdiction's folder, such as
    /// "notes.toml", "site/**" or "*.draft.toml" (`*` stays within one folder, `**` crosses
    /// folders, `?` is one character).
    #[serde(default)]
    pub ignore: Option<Sp<Vec<Sp<String>>>>,
}

/// `[[waiver]]`: a finding of `rule` about a target is reported as waived, not counted, until
/// the date. Give `file` or `id` (or neither, to waive the rule for the whole jurisdiction).
#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Waiver {
    /// The rule waived: a code such as "C208" or a name such as "milestone-overdue".
    pub rule: Sp<String>,
    /// A file relative to the jurisdiction root, e.g. "plans/2026-2029/commitments/c3.toml".
    #[serde(default)]
    pub file: Option<Sp<String>>,
    /// The id of a commitment, meeting or stakeholder the waiver is about.
    #[serde(default)]
    pub id: Option<Sp<String>>,
    /// For rule C211 only: the commit (its id, or a prefix naming one commit) whose edit the
    /// waiver acknowledges for good; it covers no other edit and needs no `until`.
    #[serde(default)]
    pub commit: Option<Sp<String>>,
    /// Why the exception is justified, and who agreed to it (required).
    pub reason: Sp<String>,
    /// The last day the waiver holds; after it the findings count again. Without it the waiver
    /// acknowledges closed findings (about the past, beyond remedy) for good, or the one C211
    /// edit `commit` names.
    #[serde(default)]
    pub until: Option<Sp<Date>>,
}

/// In the schema, `[point_of_contact]` is required (the loader reads a file without it, and
/// rule S002 reports it, so that the rest of the file is still checked).
fn require_point_of_contact(schema: &mut schemars::Schema) {
    require(schema, "point_of_contact");
}

fn require_name_and_email(schema: &mut schemars::Schema) {
    require(schema, "name");
    require(schema, "email");
}

fn require(schema: &mut schemars::Schema, key: &str) {
    if let Some(obj) = schema.as_object_mut() {
        let list = obj
            .entry("required")
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        if let Some(a) = list.as_array_mut() {
            a.push(key.into());
        }
    }
}

/// `[point_of_contact]`: who coordinates the member's participation (name and email required).
#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields, transform = require_name_and_email)]
pub struct PointOfContact {
    /// The point of contact's name.
    #[serde(default)]
    pub name: Option<Sp<String>>,
    /// An email address that reaches the point of contact.
    #[serde(default)]
    pub email: Option<Sp<String>>,
    /// The office the point of contact works in.
    #[serde(default)]
    pub office: Option<Sp<String>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Forum {
    /// The forum's name.
    pub name: Sp<String>,
    /// The day the forum was set up.
    #[serde(default)]
    pub established: Option<Sp<Date>>,
    /// How the forum works: who takes part, how often it meets.
    #[serde(default)]
    pub description: Option<Sp<String>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Term {
    /// The first day of the administration.
    pub start: Sp<Date>,
    /// The last day of the administration.
    pub end: Sp<Date>,
    /// Who governs in this term, e.g. "Ortiz". Consecutive terms of the same government that
    /// both name the same administration (a re-election) are one span for the plan's latest
    /// end; terms without it are never joined.
    #[serde(default)]
    pub administration: Option<Sp<String>>,
    /// Joint plans: the member (one of `members`) whose term this is. Terms without it are the
    /// lead government's.
    #[serde(default)]
    pub member: Option<Sp<String>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Stakeholder {
    /// The id other files use for this stakeholder, e.g. "cso-open".
    pub id: Sp<String>,
    /// The stakeholder's name.
    pub name: Sp<String>,
    /// Government, or the kind of non-governmental stakeholder.
    pub sector: Sp<Sector>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Event {
    /// The day of the event.
    pub date: Sp<Date>,
    /// What happened.
    pub kind: Sp<EventKind>,
    /// For an extension: the new deadline. For voluntary inactivity: the last day of the
    /// period agreed with the Support Unit, by which the member resumes (without it, the
    /// event's date plus six months less a day).
    #[serde(default)]
    pub until: Option<Sp<Date>>,
    /// A note for readers.
    #[serde(default)]
    pub note: Option<Sp<String>>,
}

/// `plans/<plan-id>/plan.toml`: the action plan.
#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields, title = "OGP Local plan.toml")]
pub struct PlanFile {
    /// The plan's title.
    pub title: Sp<String>,
    /// The language the plan is written in ("en" for English).
    #[serde(default)]
    pub language: Option<Sp<String>>,
    /// An English version of a plan written in another language.
    #[serde(default)]
    pub english_version: Option<Sp<String>>,
    /// The first day of the plan period.
    pub start: Sp<Date>,
    /// The last day of the plan period.
    pub end: Sp<Date>,
    /// The date the plan was submitted; absent while it is being co-created.
    #[serde(default)]
    pub submitted: Option<Sp<Date>>,
    /// Jurisdictions without elections: the medium-term strategy's period.
    #[serde(default)]
    pub medium_term_strategy: Option<Sp<Period>>,
    /// The Local Open Government Strategy the plan serves.
    #[serde(default)]
    pub strategy: Option<Sp<Strategy>>,
    /// The independent body that assesses the plan.
    #[serde(default)]
    pub monitoring_body: Option<Sp<MonitoringBody>>,
    /// The endorsement of the final plan by non-governmental stakeholders.
    #[serde(default)]
    pub endorsement: Option<Sp<Endorsement>>,
    /// The days the monitoring body's assessments were submitted.
    #[serde(default)]
    pub assessments: Option<Sp<Assessments>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Period {
    /// The first day of the period.
    pub start: Sp<Date>,
    /// The last day of the period.
    pub end: Sp<Date>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Strategy {
    /// Where the jurisdiction wants open government to lead.
    #[serde(default)]
    pub vision: Option<Sp<String>>,
    /// The principles the strategy follows.
    #[serde(default)]
    pub principles: Option<Sp<Vec<Sp<String>>>>,
    /// What the strategy sets out to achieve.
    #[serde(default)]
    pub objectives: Option<Sp<Vec<Sp<String>>>>,
    /// Mechanisms for engaging non-governmental stakeholders.
    #[serde(default)]
    pub engagement: Option<Sp<String>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct MonitoringBody {
    /// The monitoring body's name.
    pub name: Sp<String>,
    /// Its stakeholder id; must not be a government one.
    #[serde(default)]
    pub stakeholder: Option<Sp<String>>,
    /// Stakeholder ids of the non-governmental stakeholders who endorsed the monitoring body.
    #[serde(default)]
    pub endorsed_by: Vec<Sp<String>>,
    /// The day they endorsed it.
    #[serde(default)]
    pub endorsed_on: Option<Sp<Date>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Endorsement {
    /// The day the final plan was endorsed.
    pub date: Sp<Date>,
    /// Stakeholder ids of the non-governmental stakeholders who endorsed it.
    #[serde(default)]
    pub by: Option<Sp<Vec<Sp<String>>>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Assessments {
    /// The day the inception assessment was submitted.
    #[serde(default)]
    pub inception: Option<Sp<Date>>,
    /// The day the final learning exercise was submitted.
    #[serde(default)]
    pub final_learning: Option<Sp<Date>>,
}

/// `plans/<plan-id>/commitments/<name>.toml`: one commitment.
#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields, title = "OGP Local commitment")]
pub struct CommitmentFile {
    /// The commitment's id, unique in the plan, e.g. "C1".
    pub id: Sp<String>,
    /// The commitment's title.
    pub title: Sp<String>,
    /// Stakeholder id of the lead implementing agency.
    #[serde(default)]
    pub lead: Option<Sp<String>>,
    /// Only for commitments added after the plan was submitted.
    #[serde(default)]
    pub added: Option<Sp<Date>>,
    /// The day implementation starts.
    pub start: Sp<Date>,
    /// Planned completion.
    pub end: Sp<Date>,
    /// Actual completion.
    #[serde(default)]
    pub completed: Option<Sp<Date>>,
    /// End-of-commitment assessment submitted.
    #[serde(default)]
    pub assessed: Option<Sp<Date>>,
    /// Dropped by an approved change.
    #[serde(default)]
    pub withdrawn: Option<Sp<Date>>,
    /// Meeting ids of the co-creation meetings.
    #[serde(default)]
    pub co_created_in: Option<Sp<Vec<Sp<String>>>>,
    /// The problem the commitment addresses.
    #[serde(default)]
    pub problem: Option<Sp<String>>,
    /// The OGP values the commitment advances: at least one of transparency, participation,
    /// accountability (rule C209); other words may be added.
    #[serde(default)]
    #[schemars(extend(
        "items" = {
            "anyOf": [
                {"enum": ["transparency", "participation", "accountability"]},
                {"type": "string"}
            ]
        },
        "contains" = {
            "type": "string",
            "pattern": "^\\s*([Tt][Rr][Aa][Nn][Ss][Pp][Aa][Rr][Ee][Nn][Cc][Yy]|[Pp][Aa][Rr][Tt][Ii][Cc][Ii][Pp][Aa][Tt][Ii][Oo][Nn]|[Aa][Cc][Cc][Oo][Uu][Nn][Tt][Aa][Bb][Ii][Ll][Ii][Tt][Yy])\\s*$"
        }
    ))]
    pub values: Option<Sp<Vec<Sp<String>>>>,
    /// The commitment's milestones, each starting with [[milestone]].
    #[serde(default)]
    pub milestone: Vec<Sp<Milestone>>,
    /// Approved changes to the commitment, each starting with [[change]].
    #[serde(default)]
    pub change: Vec<Sp<Change>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Milestone {
    /// What the milestone delivers.
    pub title: Sp<String>,
    /// The day it is due.
    #[serde(default)]
    pub due: Option<Sp<Date>>,
    /// The day it was done.
    #[serde(default)]
    pub done: Option<Sp<Date>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Change {
    /// The day the change was made.
    pub date: Sp<Date>,
    /// What changed.
    pub summary: Sp<String>,
    /// NGS who took part in co-creation.
    #[serde(default)]
    pub approved_by: Option<Sp<Vec<Sp<String>>>>,
    /// The date the OGP Local team was told.
    #[serde(default)]
    pub communicated: Option<Sp<Date>>,
}

/// `plans/<plan-id>/meetings.toml`: every meeting of the forum for this plan.
#[derive(Deserialize, JsonSchema, Debug, Clone, Default)]
#[schemars(deny_unknown_fields, title = "OGP Local meetings.toml")]
pub struct MeetingsFile {
    /// Every meeting of the forum for this plan, each starting with [[meeting]].
    #[serde(default)]
    pub meeting: Vec<Sp<Meeting>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Meeting {
    /// The meeting's id, e.g. "m-2026-02-10".
    pub id: Sp<String>,
    /// The day of the meeting.
    pub date: Sp<Date>,
    /// Why the forum met.
    pub purpose: Sp<Purpose>,
    /// Stakeholder ids of those who took part.
    #[serde(default)]
    pub attendees: Option<Sp<Vec<Sp<String>>>>,
    /// Where the minutes are published.
    #[serde(default)]
    pub minutes: Option<Sp<String>>,
}

/// `plans/<plan-id>/tracker.toml`: the quarterly online-tracker updates.
#[derive(Deserialize, JsonSchema, Debug, Clone, Default)]
#[schemars(deny_unknown_fields, title = "OGP Local tracker.toml")]
pub struct TrackerFile {
    /// Every quarterly update of the online tracker, each starting with [[update]].
    #[serde(default)]
    pub update: Vec<Sp<Update>>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone)]
#[schemars(deny_unknown_fields)]
pub struct Update {
    /// Calendar quarter, e.g. "2026-Q3".
    #[schemars(regex(pattern = r"^[0-9]{4}-Q[1-4]$"))]
    pub quarter: Sp<String>,
    /// The day the update was published.
    pub date: Sp<Date>,
    /// Percent complete per commitment id (0..=100).
    #[serde(default)]
    pub progress: Option<Sp<std::collections::BTreeMap<String, Sp<Percent>>>>,
}

/// A whole percentage 0..=100 (range checked by the loader, rule S002).
#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Percent(#[schemars(range(min = 0, max = 100))] pub f64);
