//! The loader: finds jurisdiction roots below a path and parses every plan file with spans.
//!
//! A PATH is a jurisdiction root (a folder holding `jurisdiction.toml`) or a folder with many
//! roots anywhere below it. Hidden folders are skipped, symbolic links are never followed and
//! folders are visited in name order, so the output is the same on every machine. Problems in
//! the files are findings (rules S001, S002, S003, S007); only a PATH that cannot be read at all
//! is an `Err`.

use crate::diag::{FileId, Finding};
use crate::model::*;
use crate::rules::structure::{S001, S002, S003, S007};
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// One file's text, kept for rendering snippets and computing line and column.
#[derive(Debug)]
pub struct Source {
    /// The path as reached from the PATH argument.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
    /// The file began with a byte-order mark, blanked in `text`: line 1 starts 3 bytes later.
    pub bom: bool,
    /// The text is a file's, read and decoded (not a folder's or a missing file's place).
    pub read: bool,
}

impl Source {
    pub fn new(path: String, text: String) -> Source {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source {
            path,
            text,
            line_starts,
            bom: false,
            read: false,
        }
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// The number of lines (an empty text has one, empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The byte range of the 0-based line `n` with its line break (empty past the end).
    pub fn line_bytes(&self, n: usize) -> Range<usize> {
        let len = self.text.len();
        let start = self.line_starts.get(n).copied().unwrap_or(len);
        let end = self.line_starts.get(n + 1).copied().unwrap_or(len);
        start..end
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let start = if line == 0 && self.bom {
            BOM_BLANK.len().min(offset)
        } else {
            start
        };
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }
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
    /// Findings of the loader itself (S001, S002, S003, S007).
    pub findings: Vec<Finding>,
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
                s.line_starts = Vec::new();
            }
        }
        self.findings = Vec::new();
        self.plans = Vec::new();
    }

    /// Every file the loader read, with a hash of its text, in path order: two loads with the
    /// same digest read the same files with the same text, so they give the same findings.
    /// `--new-since` uses it to skip re-checking a jurisdiction REV did not change.
    pub fn digest(&self) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .sources
            .iter()
            .filter(|s| s.read)
            .map(|s| (s.path.clone(), crate::diag::fnv64(s.text.as_bytes())))
            .collect();
        v.sort();
        v
    }

    /// The jurisdiction's name, or its folder when the file does not say.
    pub fn name(&self) -> String {
        match &self.file {
            Loaded::Ok(_, j) => j.name.get().clone(),
            _ => self.root.clone(),
        }
    }
}

/// What a PATH argument held.
pub struct Discovery {
    pub roots: Vec<PathBuf>,
    /// Sub-folders that could not be read, with the reason.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Finds every jurisdiction root at or below `path`. `Err` when `path` itself cannot be read.
pub fn discover(path: &Path) -> Result<Discovery, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut d = Discovery {
        roots: Vec::new(),
        unreadable: Vec::new(),
    };
    if !meta.is_dir() {
        return Ok(d);
    }
    std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut walk = walkdir::WalkDir::new(path)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().map(Path::to_path_buf).unwrap_or_default();
                d.unreadable.push((p, e.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            continue;
        }
        if entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.') {
            walk.skip_current_dir();
            continue;
        }
        let marker = entry.path().join("jurisdiction.toml");
        if std::fs::symlink_metadata(&marker).is_ok() {
            d.roots.push(entry.path().to_path_buf());
            walk.skip_current_dir();
        }
    }
    Ok(d)
}

/// What an entry of a folder is. On disk it comes from the folder listing; in a [`MemTree`]
/// from the git tree's modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    /// A device, socket or pipe on disk; a submodule in git.
    Other,
}

impl Kind {
    fn of(t: std::fs::FileType) -> Kind {
        if t.is_symlink() {
            Kind::Symlink
        } else if t.is_dir() {
            Kind::Dir
        } else if t.is_file() {
            Kind::File
        } else {
            Kind::Other
        }
    }
}

/// A tree of files held in memory: the plan files of a git commit, read from its objects.
/// Paths are kept with `/` separators exactly as the loader builds them (the PATH argument
/// joined with the path inside the tree), so a jurisdiction loaded from memory shows the same
/// paths as the same jurisdiction on disk.
#[derive(Debug, Default)]
pub struct MemTree {
    entries: std::collections::BTreeMap<String, MemEntry>,
}

#[derive(Debug)]
enum MemEntry {
    File(Vec<u8>),
    Dir,
    Symlink,
    Other,
}

fn key(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.trim_end_matches('/').to_string()
}

impl MemTree {
    /// An empty tree whose top folder is `root`.
    pub fn new(root: &Path) -> MemTree {
        let mut t = MemTree::default();
        t.entries.insert(key(root), MemEntry::Dir);
        t
    }

    fn add(&mut self, path: &Path, e: MemEntry) {
        // every folder on the way exists
        let k = key(path);
        let mut at = 0;
        while let Some(i) = k[at..].find('/') {
            let dir = &k[..at + i];
            if !dir.is_empty() {
                self.entries.entry(dir.to_string()).or_insert(MemEntry::Dir);
            }
            at += i + 1;
        }
        self.entries.insert(k, e);
    }

    pub fn add_file(&mut self, path: &Path, bytes: Vec<u8>) {
        self.add(path, MemEntry::File(bytes));
    }

    pub fn add_dir(&mut self, path: &Path) {
        self.add(path, MemEntry::Dir);
    }

    /// A symbolic link (`symlink = true`) or a submodule: present, never read.
    pub fn add_special(&mut self, path: &Path, symlink: bool) {
        self.add(
            path,
            if symlink {
                MemEntry::Symlink
            } else {
                MemEntry::Other
            },
        );
    }

    fn kind(&self, path: &Path) -> Option<Kind> {
        self.entries.get(&key(path)).map(|e| match e {
            MemEntry::File(_) => Kind::File,
            MemEntry::Dir => Kind::Dir,
            MemEntry::Symlink => Kind::Symlink,
            MemEntry::Other => Kind::Other,
        })
    }

    /// The entries directly inside `dir`, in name order.
    fn list(&self, dir: &Path) -> Vec<(String, Kind)> {
        let prefix = format!("{}/", key(dir));
        self.entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter(|(k, _)| !k[prefix.len()..].contains('/'))
            .filter_map(|(k, _)| {
                let name = k[prefix.len()..].to_string();
                Some((name, self.kind(Path::new(k))?))
            })
            .collect()
    }

    /// The [`Jurisdiction::digest`] the loader would give for the jurisdiction at `root` if it
    /// read every `.toml` file below it; `None` when something below it is not a plain file or
    /// folder (a symbolic link, a submodule) or not UTF-8 text, which the loader reports.
    pub fn digest(&self, root: &Path) -> Option<Vec<(String, u64)>> {
        let prefix = format!("{}/", key(root));
        let mut v = Vec::new();
        for (k, e) in self
            .entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
        {
            match e {
                MemEntry::Dir => {}
                MemEntry::File(bytes) => {
                    // the hash of what `decode` would give, without copying the bytes
                    let text = std::str::from_utf8(bytes).ok()?;
                    let hash = match text.strip_prefix('\u{feff}') {
                        Some(rest) => crate::diag::fnv64(format!("{BOM_BLANK}{rest}").as_bytes()),
                        None => crate::diag::fnv64(text.as_bytes()),
                    };
                    v.push((display(Path::new(k)), hash));
                }
                MemEntry::Symlink | MemEntry::Other => return None,
            }
        }
        v.sort();
        Some(v)
    }

    /// Every jurisdiction root at or below `path`, as [`discover`] finds them on disk.
    pub fn discover(&self, path: &Path) -> Discovery {
        let mut d = Discovery {
            roots: Vec::new(),
            unreadable: Vec::new(),
        };
        if self.kind(path) == Some(Kind::Dir) {
            self.walk(path, &mut d.roots);
        }
        d
    }

    fn walk(&self, dir: &Path, roots: &mut Vec<PathBuf>) {
        if self.kind(&dir.join("jurisdiction.toml")).is_some() {
            roots.push(dir.to_path_buf());
            return;
        }
        for (name, kind) in self.list(dir) {
            if kind == Kind::Dir && !name.starts_with('.') {
                self.walk(&dir.join(name), roots);
            }
        }
    }
}

/// Where the loader reads plan files from: the file system, or a tree in memory (a git
/// commit). Everything after reading the bytes is the same code for both.
#[derive(Clone, Copy)]
pub enum Files<'a> {
    Disk,
    Mem(&'a MemTree),
}

impl Files<'_> {
    /// What is at `path`, without following a symbolic link; `None` when nothing is.
    fn kind(self, path: &Path) -> Option<Kind> {
        match self {
            Files::Disk => stat_kind(path),
            Files::Mem(t) => t.kind(path),
        }
    }

    /// A folder's entries with their kinds; `None` when it cannot be listed.
    fn list(self, dir: &Path) -> Option<Vec<(String, Kind)>> {
        match self {
            Files::Disk => std::fs::read_dir(dir).ok().map(|rd| {
                rd.flatten()
                    .filter_map(|e| {
                        let kind = match e.file_type() {
                            Ok(t) => Kind::of(t),
                            Err(_) => stat_kind(&e.path())?,
                        };
                        Some((e.file_name().to_string_lossy().into_owned(), kind))
                    })
                    .collect()
            }),
            Files::Mem(t) => match t.kind(dir) {
                Some(Kind::Dir) => Some(t.list(dir)),
                _ => None,
            },
        }
    }

    fn read(self, path: &Path, kind: Kind) -> Result<(String, bool), String> {
        match kind {
            Kind::Symlink => {
                return Err(
                    "it is a symbolic link, which ogp does not follow; put the file itself here"
                        .into(),
                );
            }
            Kind::Dir => return Err("it is a folder, not a file".into()),
            Kind::Other => {
                return Err("it is not a regular file (a device, socket or pipe)".into());
            }
            Kind::File => {}
        }
        let bytes = match self {
            Files::Disk => read_bytes(path)?,
            Files::Mem(t) => match t.entries.get(&key(path)) {
                Some(MemEntry::File(b)) => {
                    if b.len() as u64 > MAX_FILE_BYTES {
                        return Err(too_big(b.len() as u64));
                    }
                    b.clone()
                }
                _ => return Err("it is not in the tree".into()),
            },
        };
        let bom = bytes.starts_with("\u{feff}".as_bytes());
        decode(bytes).map(|t| (t, bom))
    }
}

fn too_big(len: u64) -> String {
    format!(
        "it is {} bytes long, more than the {} MiB a plan file may have",
        len,
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Shows a path as reached from the argument, without a leading `./`.
pub fn display(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => s,
    }
}

/// The largest plan file ogp reads. Real plan files are a few kilobytes; the limit keeps a
/// hostile or mistaken file (a database dump renamed to .toml) from costing minutes.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads one regular file's bytes, within the size limit; the error is a finding-ready message.
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    {
        use std::io::Read;
        // The kind comes from the folder listing (no stat per file); the size comes from the
        // open file, which a regular file never blocks on.
        let f = std::fs::File::open(path).map_err(|e| e.to_string())?;
        let len = f.metadata().map_err(|e| e.to_string())?.len();
        if len > MAX_FILE_BYTES {
            return Err(too_big(len));
        }
        // Sized from the metadata, so the whole file comes in one read; and one byte past the
        // limit, in case the file grew since its metadata was read.
        bytes.reserve_exact(len as usize + 1);
        f.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "it is more than the {} MiB a plan file may have",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// What a byte-order mark becomes: blanks of the same length, so byte offsets stay exact.
const BOM_BLANK: &str = "   ";

/// A file's bytes as text: UTF-8 only, a leading byte-order mark blanked so that byte offsets
/// stay those of the file. The error is a finding-ready message.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                // A byte-order mark is harmless: blank it so byte offsets stay exact.
                s.replace_range(0..3, BOM_BLANK);
            }
            Ok(s)
        }
        Err(e) => Err(format!(
            "it is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )),
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
    };
    let jpath = root.join("jurisdiction.toml");
    let kind = files.kind(&jpath);
    j.file = load_file::<JurisdictionFile>(files, &mut j, &jpath, kind, true);

    let plans_dir = root.join("plans");
    let plan_dirs = if real_folder(files, &mut j, &plans_dir) {
        subfolders(files, &plans_dir)
    } else {
        Vec::new()
    };
    for dir in plan_dirs {
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir_id = j.add_source(display(&dir), String::new());
        // One listing of the plan folder tells which files exist and what they are, instead
        // of a stat per file (a registry has tens of thousands of them).
        let listing = Listing::of(files, &dir);
        let plan_path = dir.join("plan.toml");
        let plan_kind = listing.kind(&plan_path);
        let plan = if plan_kind.is_none() {
            j.findings.push(
                Finding::new(
                    &S007,
                    format!("the plan folder `{id}` has no plan.toml"),
                )
                .help("add plans/<plan-id>/plan.toml with the plan's title, start and end, or remove the folder")
                .at_file(dir_id),
            );
            Loaded::Absent
        } else {
            load_file::<PlanFile>(files, &mut j, &plan_path, plan_kind, true)
        };
        let mut commitments = Vec::new();
        let mut broken = 0;
        let commitments_dir = dir.join("commitments");
        let toml = if real_folder(files, &mut j, &commitments_dir) {
            toml_files(files, &commitments_dir)
        } else {
            Vec::new()
        };
        for (path, kind) in toml {
            match load_file::<CommitmentFile>(files, &mut j, &path, kind, true) {
                Loaded::Ok(file, data) => commitments.push(Commitment { file, data }),
                _ => broken += 1,
            }
        }
        let mpath = dir.join("meetings.toml");
        let meetings =
            load_file::<MeetingsFile>(files, &mut j, &mpath, listing.kind(&mpath), false);
        let tpath = dir.join("tracker.toml");
        let tracker = load_file::<TrackerFile>(files, &mut j, &tpath, listing.kind(&tpath), false);
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
    j
}

/// Whether `dir` is a folder to read: absent is fine (nothing to read), a real folder is read,
/// and anything else (a symbolic link, which ogp never follows, or a file) is an S001 finding.
fn real_folder(files: Files<'_>, j: &mut Jurisdiction, dir: &Path) -> bool {
    let Some(kind) = files.kind(dir) else {
        return false;
    };
    if kind == Kind::Dir {
        return true;
    }
    let why = if kind == Kind::Symlink {
        "it is a symbolic link, which ogp does not follow; put the folder itself here"
    } else {
        "it is a file, not a folder"
    };
    let id = j.add_source(display(dir), String::new());
    j.findings.push(
        Finding::new(&S001, format!("the folder cannot be read: {why}"))
            .help("make it a folder of plan files")
            .at_file(id),
    );
    false
}

fn subfolders(files: Files<'_>, dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = files
        .list(dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, kind)| *kind == Kind::Dir && !name.starts_with('.'))
        .map(|(name, _)| dir.join(name))
        .collect();
    v.sort();
    v
}

/// The `.toml` files of a folder in name order, each with what the listing says it is.
fn toml_files(files: Files<'_>, dir: &Path) -> Vec<(PathBuf, Option<Kind>)> {
    let mut v: Vec<(PathBuf, Option<Kind>)> = files
        .list(dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, _)| !name.starts_with('.'))
        .filter(|(name, _)| Path::new(name).extension().is_some_and(|x| x == "toml"))
        .map(|(name, kind)| (dir.join(name), Some(kind)))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// What is at `path` on disk, without following a symbolic link; `None` when nothing is.
fn stat_kind(path: &Path) -> Option<Kind> {
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| Kind::of(m.file_type()))
}

/// A folder's entries with their kinds, from one listing. When the folder cannot be listed,
/// each lookup falls back to asking for the path, as if there were no listing.
struct Listing<'a>(Files<'a>, Option<Vec<(String, Kind)>>);

impl<'a> Listing<'a> {
    fn of(files: Files<'a>, dir: &Path) -> Listing<'a> {
        Listing(files, files.list(dir))
    }

    /// What the entry at `path` (a path inside the listed folder) is; `None` when it is absent.
    fn kind(&self, path: &Path) -> Option<Kind> {
        let found = match (&self.1, path.file_name()) {
            (Some(entries), Some(name)) => entries
                .iter()
                .find(|(n, _)| std::ffi::OsStr::new(n) == name)
                .map(|(_, k)| *k),
            _ => None,
        };
        found.or_else(|| match &self.1 {
            // a listing that does not name it: absent (in memory, the listing is complete)
            Some(_) if matches!(self.0, Files::Mem(_)) => None,
            _ => self.0.kind(path),
        })
    }
}

/// Reads and parses one file. A missing optional file is `Absent`; a missing required one is
/// S007; unreadable text or bad TOML is S001; values of the wrong shape are S002; unknown keys
/// are S003 and do not stop the file from loading.
fn load_file<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    files: Files<'_>,
    j: &mut Jurisdiction,
    path: &Path,
    kind: Option<Kind>,
    required: bool,
) -> Loaded<T> {
    let Some(kind) = kind else {
        if required {
            let id = j.add_source(display(path), String::new());
            j.findings
                .push(Finding::new(&S007, "this required file is missing").at_file(id));
            return Loaded::Broken(id);
        }
        return Loaded::Absent;
    };
    match files.read(path, kind) {
        Err(why) => {
            let id = j.add_source(display(path), String::new());
            j.findings.push(
                Finding::new(&S001, format!("the file cannot be read: {why}"))
                    .help("make it a UTF-8 text file in TOML format")
                    .at_file(id),
            );
            Loaded::Broken(id)
        }
        Ok((text, bom)) => {
            let id = j.add_source(display(path), text);
            j.sources[id].bom = bom;
            j.sources[id].read = true;
            let (value, findings) = parse_doc::<T>(&j.sources[id].text, id);
            j.findings.extend(findings);
            match value {
                Some(v) => Loaded::Ok(id, v),
                None => Loaded::Broken(id),
            }
        }
    }
}

/// How many bytes of document the prune-and-retry loop of [`parse_doc`] may re-read in all.
const RETRY_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// Parses a TOML document into `T`, reporting every problem it can find.
///
/// A value of the wrong shape is reported and then pruned from the document, and parsing is
/// tried again, so one bad meeting does not hide the next one; a document that cannot be
/// recovered this way gives `None`.
pub fn parse_doc<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
) -> (Option<T>, Vec<Finding>) {
    let mut repaired: Vec<Finding> = Vec::new();
    let mut unreadable: Vec<Range<usize>> = Vec::new();
    let mut work: Option<String> = None;
    loop {
        let text = work.as_deref().unwrap_or(src);
        let repair = repaired.len() < MAX_REPAIRS;
        match parse_once::<T>(text, file, repair, &unreadable) {
            Step::Done(value, findings) => {
                repaired.extend(findings);
                return (value, repaired);
            }
            Step::Repair(finding, same, readable) => {
                if !readable {
                    // the repaired value itself (padding blanks after it left out)
                    let len = same.with.trim_end().len();
                    unreadable.push(same.span.start..same.span.start + len);
                }
                repaired.push(*finding);
                work = Some(same.apply(text));
            }
        }
    }
}

/// How many mechanical repairs [`parse_doc`] makes in memory in one file before it reads the
/// file as it is.
const MAX_REPAIRS: usize = 64;

/// One reading of a document: done, or a mistake with a certain repair to make (as an edit of
/// the same length, so every offset stays that of the file) before reading it again.
enum Step<T> {
    Done(Option<T>, Vec<Finding>),
    /// The finding, the edit, and whether the repaired value may be read: a date typed wrong
    /// is only repaired so that the rest of the file can be read; the value itself stays
    /// unreadable (left out, as a wrong value is), so no verdict rests on a guessed date.
    Repair(Box<Finding>, crate::repair::Edit, bool),
}

/// A finding for a recognised mistake.
fn hinted(rule: &'static crate::registry::Rule, h: &crate::repair::Hint, file: FileId) -> Finding {
    let mut f = Finding::new(rule, h.message.clone())
        .help(h.help.clone())
        .at(file, h.span.clone(), h.label.clone());
    if let Some((span, text)) = &h.related {
        f = f.also(file, span.clone(), text.clone());
    }
    if let Some(e) = &h.edit {
        f = f.fix(e.clone());
    }
    f
}

/// The step for a recognised mistake: a repair to make when it is certain and fits in place,
/// else just the finding.
fn repair_or_report<T>(
    rule: &'static crate::registry::Rule,
    h: &crate::repair::Hint,
    text: &str,
    file: FileId,
    repair: bool,
    readable: bool,
) -> Option<Step<T>> {
    let same = h.edit.as_ref().and_then(|e| e.same_length(text))?;
    repair.then(|| Step::Repair(Box::new(hinted(rule, h, file)), same, readable))
}

fn parse_once<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    file: FileId,
    repair: bool,
    unreadable: &[Range<usize>],
) -> Step<T> {
    use crate::repair;
    let mut findings = Vec::new();
    let table = match DeTable::parse(src) {
        Ok(t) => t,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let msg = tidy(e.message());
            let date = (msg != "duplicate key")
                .then(|| repair::date(src, span.start))
                .flatten();
            let is_date = date.is_some();
            let hint = if msg == "duplicate key" {
                repair::duplicate(src, span.start)
            } else {
                date.or_else(|| repair::curly_quotes(src, span.start))
            };
            if let Some(h) = &hint {
                let rule = if msg.starts_with("invalid date") {
                    &S002
                } else {
                    &S001
                };
                if let Some(step) = repair_or_report(rule, h, src, file, repair, !is_date) {
                    return step;
                }
                findings.push(hinted(rule, h, file));
                return Step::Done(None, findings);
            }
            let f = if msg.starts_with("invalid date") || msg.starts_with("invalid time") {
                Finding::new(&S002, format!("this is not a real date: {msg}"))
                    .help("write a date that exists, such as 2026-02-28")
                    .at(file, span, "impossible date")
            } else if msg.contains("recursion") {
                Finding::new(
                    &S001,
                    format!("this is not valid TOML for ogp: values are nested too deeply ({msg})"),
                )
                .help("plan files nest tables and arrays a few levels deep; remove the extra brackets")
                .at(file, span, "nested too deeply")
            } else {
                Finding::new(&S001, format!("this is not valid TOML: {msg}")).at(file, span, "here")
            };
            findings.push(f);
            return Step::Done(None, findings);
        }
    };
    // Fast path, the common case: a well-formed file with no unknown key deserializes on the
    // first attempt, straight from the parsed table (no copy kept for recovery). Anything else
    // starts over below on a fresh parse, so the findings are the same either way.
    let mut clean = unreadable.is_empty();
    if clean {
        let first: Result<T, _> =
            serde_ignored::deserialize(toml::de::Deserializer::from(table), |_| clean = false);
        if let (Ok(v), true) = (first, clean) {
            return Step::Done(Some(v), findings);
        }
    }
    let mut table = DeTable::parse(src).expect("the text parsed a moment ago");
    let mut unknown: std::collections::HashSet<(usize, usize)> = Default::default();
    let mut pruned: Vec<String> = Vec::new();
    // dates repaired only so that the rest could be read: left out, as a wrong value is
    for span in unreadable {
        prune(&mut table, span, &mut pruned);
    }
    // Each attempt costs time in proportion to the file: a big file gets fewer attempts, so
    // a file full of bad values is reported in bounded time (its first problems, at least).
    let attempts = (RETRY_BUDGET_BYTES / src.len().max(1)).clamp(1, 256);
    for _attempt in 0..attempts {
        let de = toml::de::Deserializer::from(table.clone());
        let mut seen: Vec<Vec<String>> = Vec::new();
        let res: Result<T, _> = serde_ignored::deserialize(de, |p| seen.push(segments(&p)));
        for path in seen {
            if let Some((span, key)) = locate_key(&table, &path) {
                if unknown.insert((span.start, span.end)) {
                    let known = crate::schema::known_keys::<T>(&path[..path.len() - 1]);
                    let hint = suggest(&key, &known);
                    let (msg, help) = match &hint {
                        Some(k) => (
                            format!("unknown key `{key}`; did you mean `{k}`?"),
                            format!("rename it to `{k}`"),
                        ),
                        None => (
                            format!("unknown key `{key}`"),
                            if known.is_empty() {
                                "remove it".to_string()
                            } else {
                                format!("remove it; the keys known here are: {}", known.join(", "))
                            },
                        ),
                    };
                    let mut f = Finding::new(&S003, msg).help(help).at(
                        file,
                        span.clone(),
                        "not a key of this table",
                    );
                    // one clear suggestion for a bare key: `ogp check --fix` renames it
                    if let Some(k) = &hint {
                        if src.get(span.clone()) == Some(key.as_str()) {
                            f = f.fix(crate::repair::Edit {
                                span,
                                with: k.clone(),
                            });
                        }
                    }
                    findings.push(f);
                }
            }
        }
        match res {
            Ok(v) => return Step::Done(Some(v), findings),
            Err(e) => {
                let span = e.span().unwrap_or(0..src.len());
                let msg = tidy(e.message());
                let hint = if msg.ends_with("expected a TOML datetime") {
                    repair::date(src, span.start)
                } else if msg.contains("expected a sequence") {
                    repair::single_for_list(src, span.start)
                } else {
                    None
                };
                if let Some(h) = &hint {
                    let readable = !msg.ends_with("expected a TOML datetime");
                    if let Some(step) = repair_or_report(&S002, h, src, file, repair, readable) {
                        return step;
                    }
                    findings.push(hinted(&S002, h, file));
                    if !prune(&mut table, &span, &mut pruned) {
                        return Step::Done(None, findings);
                    }
                    continue;
                }
                let follows_prune = msg
                    .strip_prefix("missing field ")
                    .is_some_and(|k| pruned.iter().any(|p| k.trim_matches('`') == p));
                if !follows_prune {
                    let (message, label) = explain_serde(&msg);
                    findings.push(Finding::new(&S002, message).help(help_for(&msg)).at(
                        file,
                        span.clone(),
                        label,
                    ));
                }
                if !prune(&mut table, &span, &mut pruned) {
                    return Step::Done(None, findings);
                }
            }
        }
    }
    findings.push(
        Finding::new(
            &S002,
            format!(
                "ogp stopped reading this file after {attempts} wrong values; there may be more"
            ),
        )
        .help("correct the values reported above and run ogp again")
        .at_file(file),
    );
    Step::Done(None, findings)
}

fn tidy(msg: &str) -> String {
    msg.trim().trim_end_matches('.').replace('\n', " ")
}

/// Rewrites serde's wording into the checker's: the message and the label under the value.
fn explain_serde(msg: &str) -> (String, String) {
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let key = rest.trim_matches('`');
        return (
            format!("the required key `{key}` is missing"),
            format!("`{key}` belongs in this table"),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected i64", "expected a whole number")
            .replace("expected a sequence", "expected an array")
            .replace("expected a map", "expected a table")
            .replace("a string", "a string in quotes");
        let rest = rest.as_str();
        if let Some(found) = rest.strip_suffix(", expected a TOML datetime") {
            return (
                format!("expected a date such as 2026-05-15, found {found}; write dates unquoted"),
                "not a date".into(),
            );
        }
        return (format!("wrong type: {rest}"), "wrong type".into());
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return (
            format!("unknown value {rest}"),
            "not an allowed value".into(),
        );
    }
    (msg.to_string(), "invalid value".into())
}

fn help_for(msg: &str) -> String {
    if msg.starts_with("missing field") {
        "add the key; docs/format.md and `ogp schema` list every required key".into()
    } else if msg.contains("date") {
        "write an unquoted TOML date such as 2026-05-15".into()
    } else {
        "correct the value; the schema in schema/ lists what each key takes".into()
    }
}

fn segments(p: &serde_ignored::Path<'_>) -> Vec<String> {
    use serde_ignored::Path as P;
    match p {
        P::Root => Vec::new(),
        P::Seq { parent, index } => {
            let mut v = segments(parent);
            v.push(index.to_string());
            v
        }
        P::Map { parent, key } => {
            let mut v = segments(parent);
            // toml::Spanned shows up as a map with private keys: not part of the file's path.
            if !key.starts_with("$__serde_spanned_private") {
                v.push(key.clone());
            }
            v
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            segments(parent)
        }
    }
}

/// The span and name of the key at `path` (as serde_ignored reports it).
fn locate_key(
    root: &toml::Spanned<DeTable<'_>>,
    path: &[String],
) -> Option<(Range<usize>, String)> {
    let (last, parents) = path.split_last()?;
    let mut table: &DeTable<'_> = root.get_ref();
    let mut i = 0;
    // Spanned values appear in serde's path as extra segments: skip them.
    let mut value: Option<&DeValue<'_>> = None;
    while i < parents.len() {
        let seg = &parents[i];
        let next = match value {
            Some(DeValue::Array(a)) => seg.parse::<usize>().ok().and_then(|n| a.get(n)),
            _ => table.get(seg.as_str()),
        };
        match next {
            Some(v) => {
                value = Some(v.get_ref());
                if let DeValue::Table(t) = v.get_ref() {
                    table = t;
                }
            }
            None => return None,
        }
        i += 1;
    }
    if let Some(DeValue::Array(_)) = value {
        return None;
    }
    let (key, _) = table.get_key_value(last.as_str())?;
    Some((key.span(), last.clone()))
}

/// The closest known key, if one is close enough to be a plausible typo.
fn suggest(key: &str, known: &[String]) -> Option<String> {
    let lower = key.to_ascii_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&lower, k),
                strsim::jaro_winkler(&lower, k),
                k,
            )
        })
        .filter(|(d, jw, k)| *d <= (k.len().max(3) / 3).max(1) || *jw >= 0.85)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, k)| k.clone())
}

/// Removes the innermost key or array element whose value holds `span`. The search visits
/// every container, since an array of tables does not always span all of its elements.
fn prune(
    root: &mut toml::Spanned<DeTable<'_>>,
    span: &Range<usize>,
    removed: &mut Vec<String>,
) -> bool {
    fn holds(outer: Range<usize>, inner: &Range<usize>) -> bool {
        outer.start <= inner.start && inner.end <= outer.end
    }
    fn inside(
        v: &mut toml::Spanned<DeValue<'_>>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
    ) -> bool {
        let whole = v.span() == *span;
        match v.get_mut() {
            DeValue::Table(t) if !whole => in_table(t, span, removed),
            DeValue::Array(a) => in_array(a, span, removed),
            _ => false,
        }
    }
    fn in_table(t: &mut DeTable<'_>, span: &Range<usize>, removed: &mut Vec<String>) -> bool {
        let keys: Vec<_> = t.keys().cloned().collect();
        for k in keys {
            let Some(v) = t.get_mut(&k) else { continue };
            if inside(v, span, removed) {
                return true;
            }
            if holds(v.span(), span) || holds(k.span(), span) {
                removed.push(k.get_ref().to_string());
                t.remove(&k);
                return true;
            }
        }
        false
    }
    fn in_array(
        a: &mut toml::de::DeArray<'_>,
        span: &Range<usize>,
        removed: &mut Vec<String>,
    ) -> bool {
        let mut hit = None;
        for (i, v) in a.as_mut().iter_mut().enumerate() {
            if inside(v, span, removed) {
                return true;
            }
            if holds(v.span(), span) {
                hit = Some(i);
                break;
            }
        }
        let Some(idx) = hit else { return false };
        let mut kept = toml::de::DeArray::new();
        for (i, v) in a.iter().enumerate() {
            if i != idx {
                kept.push(v.clone());
            }
        }
        *a = kept;
        true
    }
    in_table(root.get_mut(), span, removed)
}

/// The span of the key in `key = value`, given where the value starts (for tables whose keys
/// are data, such as a tracker update's progress). A quoted key (`"C,1" = 5`, `'a "b"' = 5`)
/// is spanned with its quotes, whatever it holds.
pub fn key_before(text: &str, value_start: usize) -> Range<usize> {
    let head = text.get(..value_start).unwrap_or("");
    let Some(eq) = head.rfind('=') else {
        return value_start..value_start;
    };
    let before = head[..eq].trim_end();
    let end = before.len();
    let bytes = before.as_bytes();
    let start = match bytes.last() {
        // a literal key: no escapes, it starts at the previous single quote
        Some(b'\'') => before[..end - 1].rfind('\'').unwrap_or(0),
        // a basic key: the previous double quote that is not escaped
        Some(b'"') => {
            let mut i = end - 1;
            loop {
                match before[..i].rfind('"') {
                    Some(q) => {
                        let slashes = before[..q]
                            .bytes()
                            .rev()
                            .take_while(|b| *b == b'\\')
                            .count();
                        if slashes % 2 == 0 {
                            break q;
                        }
                        i = q;
                    }
                    None => break 0,
                }
            }
        }
        _ => before
            .rfind(|c: char| c.is_whitespace() || c == '{' || c == ',')
            .map(|i| i + 1)
            .unwrap_or(0),
    };
    start..end
}

#[cfg(test)]
mod key_tests {
    use super::key_before;

    #[test]
    fn keys_with_commas_and_quotes_are_spanned_whole() {
        for (text, key) in [
            (r#"progress = { C1 = 5, C2 = 7 }"#, "C2"),
            (r#"progress = { C1 = 5, "C,2" = 7 }"#, r#""C,2""#),
            (r#"progress = { C1 = 5, "C\"2, x" = 7 }"#, r#""C\"2, x""#),
            (r#"progress = { C1 = 5, 'a "b", c' = 7 }"#, r#"'a "b", c'"#),
        ] {
            let at = text.rfind('7').unwrap();
            assert_eq!(&text[key_before(text, at)], key, "{text}");
        }
    }
}
