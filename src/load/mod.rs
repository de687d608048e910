//! The loader: finds jurisdiction roots below a path and parses every plan file with spans.
//!
//! A PATH is a jurisdiction root (a folder holding `jurisdiction.toml`) or a folder with many
//! roots anywhere below it. Hidden folders are skipped, symbolic links are never followed and
//! folders are visited in name order, so the output is the same on every machine. Problems in
//! the files are findings (rules S001, S002, S003, S007); only a PATH that cannot be read at all
//! is an `Err`.
//!
//! This file holds the model of what was loaded ([`Source`], [`Loaded`], [`Commitment`],
//! [`Plan`], [`Jurisdiction`]) and the entry points [`load`] and [`load_from`]. The rest:
//!
//! - `dropped.rs`: what the loader left out, as data ([`Dropped`]), for the model to read;
//! - `lines.rs`: the line index of a [`Source`] (byte offset to line and column);
//! - `discover.rs`: finding the jurisdiction roots below a PATH ([`discover`], [`display`]);
//! - `read.rs`: reading a file's bytes safely from disk or from a [`MemTree`] ([`Files`]), with
//!   the size cap and the UTF-8 decoding;
//! - `tree.rs`: walking a jurisdiction's plan folders ([`Kind`], folder listings);
//! - `parse/`: parsing one file with recovery: every problem becomes a finding, and a
//!   repairable mistake or a wrong value does not hide the ones after it ([`parse_doc`]);
//!   `parse/schema.rs` holds what the schema rejects in valid TOML (unknown keys, wrong values);
//! - `syntax/`: syntax mistakes told in plain words and the repair the loader reads on with,
//!   one file per concern (statements, keys and headers, values, values of the wrong kind,
//!   portability to TOML 1.0 tools);
//! - `unread/`: files and folders that look like plan files but are not read (S012).

mod discover;
mod dropped;
mod lines;
mod parse;
mod read;
mod syntax;
mod tree;
mod unread;

pub use discover::{Discovery, discover, display};
pub use dropped::{Dropped, Form, Why};
pub use parse::{DirectFile, key_before, parse_doc, parse_doc_dropped};
pub use read::{
    Entry, Files, MAX_FILE_BYTES, MemTree, Shape, decode, plan_file_name, shape_on_disk,
};
pub use syntax::normal_quarter;
pub use tree::Kind;
pub use unread::{StandIn, glob_matches, looks_like, misnamed_root_finding, shell_word};

use crate::catalog::structure::S007;
use crate::diag::{FileId, Finding};
use crate::model::*;
use parse::load_file;
use std::path::Path;
use tree::{Listing, real_folder};
use unread::Scan;

/// One file's text, kept for rendering snippets and computing line and column.
#[derive(Debug)]
pub struct Source {
    /// The path as reached from the PATH argument.
    pub path: String,
    pub text: String,
    /// Where each line starts, worked out when first asked (most files of a registry never
    /// are: only a file a finding points into needs its lines).
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// The file began with a byte-order mark, blanked in `text`: line 1 starts 3 bytes later.
    pub bom: bool,
    /// The text is a file's, read and decoded (not a folder's or a missing file's place).
    pub read: bool,
}

/// A file that may be absent, present but unusable (its findings say why), or loaded.
#[derive(Debug)]
pub enum Loaded<T> {
    Absent,
    Broken(FileId),
    Ok(FileId, T),
}

impl<T> Loaded<T> {
    pub fn get(&self) -> Option<(FileId, &T)> {
        match self {
            Loaded::Ok(f, t) => Some((*f, t)),
            _ => None,
        }
    }
    pub fn is_broken(&self) -> bool {
        matches!(self, Loaded::Broken(_))
    }
}

#[derive(Debug)]
pub struct Commitment {
    pub file: FileId,
    pub data: CommitmentFile,
}

#[derive(Debug)]
pub struct Plan {
    /// The folder name under `plans/`, e.g. "2026-2029".
    pub id: String,
    /// The folder itself, as a source without text (for findings about the folder).
    pub dir: FileId,
    pub plan: Loaded<PlanFile>,
    pub commitments: Vec<Commitment>,
    /// Commitment files that could not be read or parsed.
    pub broken_commitments: usize,
    pub meetings: Loaded<MeetingsFile>,
    pub tracker: Loaded<TrackerFile>,
}

#[derive(Debug)]
pub struct Jurisdiction {
    /// The root folder as reached from the PATH argument.
    pub root: String,
    /// The root folder relative to the PATH argument, `/`-separated ("" when PATH is the root):
    /// part of every finding's fingerprint, so the same jurisdiction checked from anywhere (or
    /// loaded from a past commit) gives the same fingerprints.
    pub folder: String,
    pub sources: Vec<Source>,
    /// `jurisdiction.toml` (always source 0).
    pub file: Loaded<JurisdictionFile>,
    pub plans: Vec<Plan>,
    /// Findings of the loader itself (S001, S002, S003, S007, S012).
    pub findings: Vec<Finding>,
    /// Files and folders not read that stand in for a missing file of the format (S012): the
    /// verdicts that need the missing file are not given.
    pub stand_ins: Vec<StandIn>,
    /// Every value, table entry or file the loaded records lack although the files have it
    /// (left out as unreadable, never taken as absent): what the model reads to know which
    /// verdicts it cannot give.
    pub dropped: Vec<Dropped>,
}

impl Jurisdiction {
    pub fn source(&self, id: FileId) -> &Source {
        &self.sources[id]
    }

    fn add_source(&mut self, path: String, text: String) -> FileId {
        self.sources.push(Source::new(path, text));
        self.sources.len() - 1
    }

    /// Frees what rendering `findings` does not need, once the rules have run: the plans'
    /// parsed data, the loader's own findings (already copied into `findings`), and the text
    /// and line table of every file no finding points into. Paths, `jurisdiction.toml` (its
    /// data for the name, its text as the renderers' fallback) and the files that findings
    /// point into stay as they are.
    pub fn slim(&mut self, findings: &[Finding]) {
        let mut used = vec![false; self.sources.len()];
        for l in findings
            .iter()
            .flat_map(|f| std::iter::once(f).chain(&f.follows))
            .flat_map(|f| f.primary.iter().chain(&f.related))
        {
            if let Some(u) = used.get_mut(l.file) {
                *u = true;
            }
        }
        // jurisdiction.toml (source 0) keeps its text: renderers fall back to it.
        for (s, used) in self.sources.iter_mut().zip(used).skip(1) {
            if !used {
                s.text = String::new();
                s.line_starts = std::sync::OnceLock::new();
            }
        }
        self.findings = Vec::new();
        self.plans = Vec::new();
    }

    /// The jurisdiction's name, or its folder when the file does not say.
    pub fn name(&self) -> String {
        match &self.file {
            Loaded::Ok(_, j) => j.name.get().clone(),
            _ => self.root.clone(),
        }
    }
}

/// Loads a jurisdiction root with all its plans from the file system.
pub fn load(root: &Path) -> Jurisdiction {
    load_from(Files::Disk, root)
}

/// Loads a jurisdiction root with all its plans from `files` (the file system or a tree in
/// memory).
pub fn load_from(files: Files<'_>, root: &Path) -> Jurisdiction {
    let mut j = Jurisdiction {
        root: display(root),
        folder: String::new(),
        sources: Vec::new(),
        file: Loaded::Absent,
        plans: Vec::new(),
        findings: Vec::new(),
        stand_ins: Vec::new(),
        dropped: Vec::new(),
    };
    // One listing per folder read tells which files exist and what they are, instead of a
    // stat per file (a registry has tens of thousands of them); the same listings show what
    // is there besides the files the format reads (S012).
    let root_listing = Listing::of(files, root);
    let jpath = root.join("jurisdiction.toml");
    let kind = root_listing.kind(&jpath);
    j.file = load_file::<JurisdictionFile>(files, &mut j, &jpath, kind, true);
    let scan = Scan::new(files, root, &j);
    scan.root(&mut j, root_listing.entries());

    let plans_dir = root.join("plans");
    let plans_listing = if real_folder(&mut j, &plans_dir, root_listing.kind(&plans_dir)) {
        Listing::of(files, &plans_dir)
    } else {
        Listing::empty(files)
    };
    scan.plans(&mut j, &plans_dir, plans_listing.entries());
    for dir in plans_listing.subfolders(&plans_dir) {
        load_plan(files, &scan, &mut j, dir);
    }
    j
}

/// Loads one plan folder (and reports what it holds that is not read).
fn load_plan(files: Files<'_>, scan: &Scan<'_>, j: &mut Jurisdiction, dir: std::path::PathBuf) {
    let id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir_id = j.add_source(display(&dir), String::new());
    let stands_before = j.stand_ins.len();
    let listing = Listing::of(files, &dir);
    let [plan_stand, meetings_stand, tracker_stand] =
        scan.plan_folder(j, &dir, &id, listing.entries());
    let plan_path = dir.join("plan.toml");
    let plan_kind = listing.kind(&plan_path);
    let plan = match (plan_kind, plan_stand) {
        (None, Some(stand)) => Loaded::Broken(stand),
        (None, None) => {
            j.findings.push(
                Finding::new(&S007, crate::t!("s007-no-plan-file", folder = &id))
                    .help(crate::t!("s007-no-plan-file-help"))
                    .at_file(dir_id),
            );
            Loaded::Absent
        }
        _ => load_file::<PlanFile>(files, j, &plan_path, plan_kind, true),
    };
    let mut commitments = Vec::new();
    let mut broken = 0;
    let commitments_dir = dir.join("commitments");
    if real_folder(j, &commitments_dir, listing.kind(&commitments_dir)) {
        let c_listing = Listing::of(files, &commitments_dir);
        scan.commitments(j, &commitments_dir, &id, c_listing.entries());
        for (path, kind) in c_listing.toml_files(&commitments_dir) {
            match load_file::<CommitmentFile>(files, j, &path, Some(kind), true) {
                Loaded::Ok(file, data) => commitments.push(Commitment { file, data }),
                _ => broken += 1,
            }
        }
    }
    let mpath = dir.join("meetings.toml");
    let meetings = match meetings_stand {
        Some(stand) => Loaded::Broken(stand),
        None => load_file::<MeetingsFile>(files, j, &mpath, listing.kind(&mpath), false),
    };
    let tpath = dir.join("tracker.toml");
    let tracker = match tracker_stand {
        Some(stand) => Loaded::Broken(stand),
        None => load_file::<TrackerFile>(files, j, &tpath, listing.kind(&tpath), false),
    };
    // a commitment file not read (misnamed or misplaced) counts as one that cannot be read
    let fixed = [plan_stand, meetings_stand, tracker_stand];
    broken += j.stand_ins[stands_before..]
        .iter()
        .filter(|s| !fixed.contains(&Some(s.file)))
        .count();
    j.plans.push(Plan {
        id,
        dir: dir_id,
        plan,
        commitments,
        broken_commitments: broken,
        meetings,
        tracker,
    });
}
