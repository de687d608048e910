//! Reading plan files safely, from disk or from a tree in memory: never through a symbolic
//! link or from a device, never more than [`MAX_FILE_BYTES`], and only as UTF-8 text.

use super::tree::{Kind, stat_kind};
use super::{Discovery, display};
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
    /// A file known by its name only (not a plan file: never read, not in the digest).
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
            MemEntry::File(_) | MemEntry::Name => Kind::File,
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

    /// The [`Jurisdiction::digest`](super::Jurisdiction::digest) the loader would give for the jurisdiction at `root` if it
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
                MemEntry::Dir | MemEntry::Name => {}
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

    pub(super) fn read(self, path: &Path, kind: Kind) -> Result<(String, bool), String> {
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
        bytes.reserve_exact(usize::try_from(len).unwrap_or(0) + 1);
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
pub(super) const BOM_BLANK: &str = "   ";

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
