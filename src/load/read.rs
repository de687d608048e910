//! Reading plan files safely, from disk or from a tree in memory: never through a symbolic
//! link or from a device, never more than [`MAX_FILE_BYTES`], and only as UTF-8 text.

use super::tree::{Kind, stat_kind};
use super::{Discovery, display};
use crate::i18n::Text;
use crate::t;
use std::path::{Path, PathBuf};

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
    /// A plan file of a git tree not read yet: its blob id (see [`MemTree::fill`]).
    Blob(gix_hash::ObjectId),
    /// A file known by its name only (not a plan file: never read; only its name counts).
    Name,
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

    /// A plan file known by its git blob id: compared by id, read only when its jurisdiction
    /// has to be loaded (see [`MemTree::unread`] and [`MemTree::fill`]).
    pub fn add_blob(&mut self, path: &Path, id: gix_hash::ObjectId) {
        self.add(path, MemEntry::Blob(id));
    }

    /// The plan files below `root` not read yet, by path (as kept) with their blob ids.
    pub fn unread(&self, root: &Path) -> Vec<(String, gix_hash::ObjectId)> {
        let prefix = format!("{}/", key(root));
        self.entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter_map(|(k, e)| match e {
                MemEntry::Blob(id) => Some((k.clone(), *id)),
                _ => None,
            })
            .collect()
    }

    /// Gives a plan file listed by [`MemTree::unread`] its bytes.
    pub fn fill(&mut self, path: &str, bytes: Vec<u8>) {
        if let Some(e) = self.entries.get_mut(path) {
            *e = MemEntry::File(bytes);
        }
    }

    /// A file whose name matters (to the unread-file check) but whose content does not.
    pub fn add_name(&mut self, path: &Path) {
        self.add(path, MemEntry::Name);
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
            MemEntry::File(_) | MemEntry::Blob(_) | MemEntry::Name => Kind::File,
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

    /// What is below the jurisdiction at `root`, as [`super::shape_on_disk`] describes the
    /// same folder on disk, from the tree's ids alone (no file is read); `None` when something
    /// below it cannot be compared by id (a symbolic link, a submodule, a file already read).
    pub fn shape(&self, root: &Path) -> Option<Shape> {
        let prefix = format!("{}/", key(root));
        let mut v = Vec::new();
        for (k, e) in self
            .entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
        {
            let what = match e {
                MemEntry::Dir => Entry::Dir,
                MemEntry::Name => Entry::Name,
                MemEntry::Blob(id) => Entry::Blob(*id),
                MemEntry::File(_) | MemEntry::Symlink | MemEntry::Other => return None,
            };
            v.push((k[prefix.len()..].to_string(), what));
        }
        v.sort();
        Some(v)
    }

    /// Every jurisdiction root at or below `path`, as [`discover`](super::discover) finds them on disk.
    pub fn discover(&self, path: &Path) -> Discovery {
        let mut d = Discovery {
            roots: Vec::new(),
            unreadable: Vec::new(),
            misnamed: Vec::new(),
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

/// Everything below a jurisdiction's root folder (hidden names left out, as the loader leaves
/// them out), by path relative to the root, `/`-separated, in path order. Two jurisdictions of
/// the same shape hold the same folders, the same names and the same plan files byte for byte,
/// so the loader and the rules find the same in both.
pub type Shape = Vec<(String, Entry)>;

/// One entry of a [`Shape`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entry {
    Dir,
    /// A file that is not a plan file (its name is all that matters).
    Name,
    /// A plan file (a name ending in `.toml`, in any case), by its git blob id.
    Blob(gix_hash::ObjectId),
}

/// Whether the loader counts a file as a plan file to compare by content: what the git tree
/// reader keeps the blob id of.
pub fn plan_file_name(name: &str) -> bool {
    name.to_lowercase().ends_with(".toml")
}

/// The shape of the jurisdiction at `root` on disk (see [`Shape`]), after `j` was loaded from
/// it: plan files by the git blob id of the bytes the loader read (no file is read again);
/// `None` when something cannot be compared by id: a plan file the loader did not read, a
/// symbolic link, anything but a file or a folder, a folder that cannot be listed.
pub fn shape_on_disk(root: &Path, j: &super::Jurisdiction) -> Option<Shape> {
    let read: std::collections::HashMap<&str, &super::Source> = j
        .sources
        .iter()
        .filter(|s| s.read)
        .map(|s| (s.path.as_str(), s))
        .collect();
    let mut v = Vec::new();
    let mut todo = vec![(root.to_path_buf(), String::new())];
    while let Some((dir, rel)) = todo.pop() {
        for (name, kind) in Files::Disk.list(&dir)? {
            if name.starts_with('.') {
                continue;
            }
            let (p, r) = (dir.join(&name), format!("{rel}{name}"));
            let what = match kind {
                Kind::Dir => {
                    todo.push((p, format!("{r}/")));
                    Entry::Dir
                }
                Kind::File if plan_file_name(&name) => {
                    Entry::Blob(blob_id(read.get(display(&p).as_str())?)?)
                }
                Kind::File => Entry::Name,
                Kind::Symlink | Kind::Other => return None,
            };
            v.push((r, what));
        }
    }
    v.sort();
    Some(v)
}

/// The git blob id of the bytes a source was read from (a byte-order mark is blanked in the
/// text with as many bytes, so the length is the same).
///
/// Plain SHA-1, as git computed blob ids before it added collision detection: these ids are
/// only compared with the ids of the tree at the base revision, to tell which files changed
/// (`--new-since`), and a file made to collide with its old version on purpose would only be
/// taken for unchanged, its findings still reported. Objects read from the repository are
/// checked by gitoxide as before. Collision detection made hashing every plan file of a
/// registry a third of what `--new-since` adds to a check.
fn blob_id(s: &super::Source) -> Option<gix_hash::ObjectId> {
    use sha1::Digest;
    let text = s.text.as_bytes();
    let mut h = sha1::Sha1::new();
    h.update(gix_object::encode::loose_header(
        gix_object::Kind::Blob,
        text.len() as u64,
    ));
    match text.strip_prefix(BOM_BLANK.as_bytes()).filter(|_| s.bom) {
        Some(rest) => {
            h.update("\u{feff}".as_bytes());
            h.update(rest);
        }
        None => h.update(text),
    }
    let digest: [u8; 20] = h.finalize().into();
    Some(gix_hash::ObjectId::Sha1(digest))
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
    pub(super) fn kind(self, path: &Path) -> Option<Kind> {
        match self {
            Files::Disk => stat_kind(path),
            Files::Mem(t) => t.kind(path),
        }
    }

    /// A folder's entries with their kinds; `None` when it cannot be listed.
    pub(super) fn list(self, dir: &Path) -> Option<Vec<(String, Kind)>> {
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

    pub(super) fn read(self, path: &Path, kind: Kind) -> Result<(String, bool), Text> {
        match kind {
            Kind::Symlink => return Err(t!("load-why-symlink")),
            Kind::Dir => return Err(t!("load-why-folder")),
            Kind::Other => return Err(t!("load-why-special")),
            Kind::File => {}
        }
        let bytes = match self {
            Files::Disk => read_bytes(path)?,
            Files::Mem(t) => match t.entries.get(&key(path)) {
                Some(MemEntry::Blob(_)) => return Err(t!("load-why-not-from-git")),
                Some(MemEntry::File(b)) => {
                    if b.len() as u64 > MAX_FILE_BYTES {
                        return Err(too_big(b.len() as u64));
                    }
                    b.clone()
                }
                _ => return Err(t!("load-why-not-in-tree")),
            },
        };
        let bom = bytes.starts_with("\u{feff}".as_bytes());
        decode(bytes).map(|t| (t, bom))
    }
}

fn too_big(len: u64) -> Text {
    t!(
        "load-why-too-big",
        bytes = len.to_string(),
        mib = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
    )
}

/// The largest plan file ogp reads. Real plan files are a few kilobytes; the limit keeps a
/// hostile or mistaken file (a database dump renamed to .toml) from costing minutes.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads one regular file's bytes, within the size limit; the error is a finding-ready message.
fn read_bytes(path: &Path) -> Result<Vec<u8>, Text> {
    let os = |e: std::io::Error| Text::Plain(e.to_string());
    let mut bytes = Vec::new();
    {
        use std::io::Read;
        // The kind comes from the folder listing (no stat per file); the size comes from the
        // open file, which a regular file never blocks on.
        let f = std::fs::File::open(path).map_err(os)?;
        let len = f.metadata().map_err(os)?.len();
        if len > MAX_FILE_BYTES {
            return Err(too_big(len));
        }
        // Sized from the metadata, so the whole file comes in one read; and one byte past the
        // limit, in case the file grew since its metadata was read.
        bytes.reserve_exact(usize::try_from(len).unwrap_or(0) + 1);
        f.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(os)?;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(t!(
            "load-why-grew",
            mib = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
        ));
    }
    Ok(bytes)
}

/// What a byte-order mark becomes: blanks of the same length, so byte offsets stay exact.
pub(super) const BOM_BLANK: &str = "   ";

/// A file's bytes as text: UTF-8 only, a leading byte-order mark blanked so that byte offsets
/// stay those of the file. The error is a finding-ready message.
pub fn decode(bytes: Vec<u8>) -> Result<String, Text> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                // A byte-order mark is harmless: blank it so byte offsets stay exact.
                s.replace_range(0..3, BOM_BLANK);
            }
            Ok(s)
        }
        Err(e) => Err(t!(
            "load-why-not-utf8",
            offset = e.utf8_error().valid_up_to().to_string()
        )),
    }
}
