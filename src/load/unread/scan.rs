//! The scan of each folder the loader lists (the root, `plans/`, a plan folder, `commitments/`)
//! and of every other folder below the root: what it holds besides the files the format reads,
//! and which of those stand in for a missing file.

use super::*;

impl<'a> Scan<'a> {
    pub(in crate::load) fn new(files: Files<'a>, root: &'a Path, j: &Jurisdiction) -> Scan<'a> {
        let ignore = j
            .file
            .get()
            .and_then(|(_, jd)| jd.ignore.as_ref())
            .map(|v| v.get().iter().map(|g| g.get().clone()).collect())
            .unwrap_or_default();
        Scan {
            files,
            root,
            ignore,
        }
    }

    /// The path relative to the root, `/`-separated, as `ignore` globs name it.
    fn rel(&self, path: &Path) -> String {
        display(path.strip_prefix(self.root).unwrap_or(path))
    }

    fn ignored(&self, path: &Path) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let rel = self.rel(path);
        self.ignore.iter().any(|g| glob_matches(g, &rel))
    }

    /// The advice every S012 finding ends with: how to keep the file without the finding.
    fn keep(&self, path: &Path) -> Text {
        t!("s012-keep", path = self.rel(path))
    }

    pub(super) fn rename(from: &Path, to: &Path) -> String {
        format!(
            "`mv {} {}`",
            shell_word(&display(from)),
            shell_word(&display(to))
        )
    }

    /// Reports `path` as unread; a stand-in is an error and is recorded on `j`.
    fn report(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        message: Text,
        help: Text,
        stands_in: Option<(Option<&str>, Text)>,
    ) {
        let id = j.add_source(display(path), String::new());
        let mut f = Finding::new(&S012, message).help(help).at_file(id);
        if let Some((plan, reason)) = stands_in {
            f.severity = Severity::Error;
            j.stand_ins.push(StandIn {
                file: id,
                plan: plan.map(str::to_string),
                reason,
            });
        }
        j.findings.push(f);
    }

    /// The root's entries besides `jurisdiction.toml` and `plans/`.
    pub(in crate::load) fn root(&self, j: &mut Jurisdiction, entries: &Entries) {
        let plans_present = entries.iter().any(|(n, k)| n == "plans" && *k == Kind::Dir);
        for (name, kind) in entries {
            if name.starts_with('.') || name == "jurisdiction.toml" || name == "plans" {
                continue;
            }
            let path = self.root.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                if name == "docs" {
                    continue;
                }
                if near(&name.to_lowercase(), "plans") {
                    self.misnamed_plans(j, &path, plans_present);
                } else {
                    self.walk(j, &path);
                }
                continue;
            }
            self.stray_file(j, &path, name, true);
        }
    }

    /// A folder named like `plans` (`Plans`, `plan`) beside or instead of `plans/`.
    fn misnamed_plans(&self, j: &mut Jurisdiction, path: &Path, plans_present: bool) {
        let to = self.root.join("plans");
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        if plans_present {
            let msg = t!("s012-plans-folder-twin", name = &name);
            let help = t!("s012-plans-folder-twin-help", keep = self.keep(path));
            self.report(j, path, msg, help, None);
        } else {
            let msg = t!("s012-plans-folder", name = &name);
            let help = t!("s012-rename-folder", command = Scan::rename(path, &to));
            let reason = t!("s012-reason-plans-folder", path = display(path));
            self.report(j, path, msg, help, Some((None, reason)));
        }
    }

    /// A file at the root (`at_root`) or directly in `plans/` that the format does not read.
    fn stray_file(&self, j: &mut Jurisdiction, path: &Path, name: &str, at_root: bool) {
        if always_fine(name) {
            return;
        }
        let rel = self.rel(path);
        let target: Option<(String, &str)> = if looks_like(name, "jurisdiction.toml") {
            Some(("jurisdiction.toml".to_string(), "s012-what-jurisdiction"))
        } else {
            meant(name, PLAN_FILES).map(|(t, what)| (format!("plans/<plan-id>/{t}"), what))
        };
        let (msg, help) = match &target {
            Some((t, what)) => (
                t!(
                    "s012-stray-meant",
                    path = &rel,
                    target = t,
                    what = t!(*what)
                ),
                if t == "jurisdiction.toml" {
                    t!("s012-merge", target = t, keep = self.keep(path))
                } else {
                    t!(
                        "s012-stray-meant-help",
                        command =
                            Scan::rename(path, &self.root.join(t.replace("<plan-id>", "PLAN-ID"))),
                        keep = self.keep(path)
                    )
                },
            ),
            None if is_toml(name) => (
                if at_root {
                    t!("s012-stray-root", path = &rel)
                } else {
                    t!("s012-stray-plans", path = &rel)
                },
                t!("s012-move-where-read", keep = self.keep(path)),
            ),
            None => return,
        };
        // a plan.toml outside any plan folder, where there is no plan folder at all: the plan
        // is not missing, it is in the wrong place
        let stands_in = target.is_some_and(|(t, _)| t.ends_with("/plan.toml"))
            && !self.files.list(&self.root.join("plans")).is_some_and(|e| {
                e.iter()
                    .any(|(n, k)| *k == Kind::Dir && !n.starts_with('.'))
            });
        let reason = t!("s012-reason-stray-plan", path = display(path));
        self.report(j, path, msg, help, stands_in.then_some((None, reason)));
    }

    /// The files of `plans/` (its folders are the plans).
    pub(in crate::load) fn plans(&self, j: &mut Jurisdiction, dir: &Path, entries: &Entries) {
        for (name, kind) in entries {
            if name.starts_with('.') || *kind == Kind::Dir {
                continue;
            }
            let path = dir.join(name);
            if !self.ignored(&path) {
                self.stray_file(j, &path, name, false);
            }
        }
    }

    /// A plan folder's entries besides the files it reads: misnamed plan files, commitments
    /// beside plan.toml, a misnamed `commitments/`, `.toml` files in other folders. Returns,
    /// for plan.toml, meetings.toml and tracker.toml, the unread file standing in for each.
    pub(in crate::load) fn plan_folder(
        &self,
        j: &mut Jurisdiction,
        dir: &Path,
        id: &str,
        entries: &Entries,
    ) -> [Option<FileId>; 3] {
        let mut stand: [Option<FileId>; 3] = [None; 3];
        let has = |n: &str| entries.iter().any(|(e, _)| e == n);
        for (name, kind) in entries {
            let known = PLAN_FILES.iter().any(|(t, _)| t == name) || name == "commitments";
            if name.starts_with('.') || known {
                continue;
            }
            let path = dir.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                if name == "docs" {
                    continue;
                }
                // `compromissos/`: commitments under a name in another language
                let of_commitments = || {
                    self.files.list(&path).is_some_and(|l| {
                        l.iter()
                            .any(|(n, k)| *k != Kind::Dir && self.holds_commitment(&path.join(n)))
                    })
                };
                if near(&name.to_lowercase(), "commitments")
                    || (!has("commitments") && of_commitments())
                {
                    self.misnamed_commitments(j, &path, id, has("commitments"));
                } else {
                    self.walk(j, &path);
                }
                continue;
            }
            if always_fine(name) {
                continue;
            }
            if let Some(i) = PLAN_FILES.iter().position(|(t, _)| looks_like(name, t)) {
                let (t, what) = PLAN_FILES[i];
                if let Some(file) = self.misnamed_plan_file(j, &path, id, t, what, !has(t)) {
                    stand[i].get_or_insert(file);
                }
            } else if let Some(i) = self
                .holds_plan_file(&path)
                .filter(|&i| !has(PLAN_FILES[i].0))
            {
                // `reunioes.toml` holding the meetings that meetings.toml would
                let (t, what) = PLAN_FILES[i];
                if let Some(file) = self.misnamed_plan_file(j, &path, id, t, what, true) {
                    stand[i].get_or_insert(file);
                }
            } else if is_toml(name) {
                self.beside_plan(j, &path, id, name, entries);
            }
        }
        stand
    }

    /// `meeting.toml`, `Tracker.toml`, `plan.toml.txt`: a plan file under a wrong name.
    fn misnamed_plan_file(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        id: &str,
        target: &str,
        what: &'static str,
        missing: bool,
    ) -> Option<FileId> {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name(target);
        if missing {
            let msg = t!(
                "s012-plan-file-meant",
                name = &name,
                target = target,
                what = t!(what)
            );
            let help = t!(
                "s012-rename-keep",
                command = Scan::rename(path, &to),
                keep = self.keep(path)
            );
            let reason = t!(
                "s012-reason-plan-file",
                path = display(path),
                target = target
            );
            self.report(j, path, msg, help, Some((Some(id), reason)));
            j.stand_ins.last().map(|s| s.file)
        } else {
            let msg = t!(
                "s012-plan-file-twin",
                name = &name,
                target = target,
                what = t!(what)
            );
            let help = t!("s012-merge", target = target, keep = self.keep(path));
            self.report(j, path, msg, help, None);
            None
        }
    }

    /// A `.toml` file beside plan.toml that is none of the plan's files: a commitment saved
    /// in the wrong folder, or a stray file.
    fn beside_plan(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        id: &str,
        name: &str,
        entries: &Entries,
    ) {
        let lower = name.to_lowercase();
        let to = path
            .parent()
            .unwrap_or(path)
            .join("commitments")
            .join(&lower);
        if self.holds_commitment(path) {
            let twin =
                entries.iter().any(|(n, _)| n == "commitments") && self.files.kind(&to).is_some();
            let msg = if twin {
                t!("s012-commitment-beside-twin", name = name)
            } else {
                t!("s012-commitment-beside", name = name)
            };
            let help = t!(
                "s012-move-keep",
                command = Scan::rename(path, &to),
                keep = self.keep(path)
            );
            let reason = t!("s012-reason-commitment-beside", path = display(path));
            self.report(j, path, msg, help, (!twin).then_some((Some(id), reason)));
        } else {
            let msg = t!("s012-beside-plan", name = name);
            let help = t!("s012-beside-plan-help", keep = self.keep(path));
            self.report(j, path, msg, help, None);
        }
    }

    /// `commitment/`, `Commitments/`: the commitments folder under a wrong name.
    fn misnamed_commitments(&self, j: &mut Jurisdiction, path: &Path, id: &str, present: bool) {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name("commitments");
        if present {
            let msg = t!("s012-commitments-folder-twin", name = &name);
            let help = t!("s012-commitments-folder-twin-help", keep = self.keep(path));
            self.report(j, path, msg, help, None);
        } else {
            let msg = t!("s012-commitments-folder", name = &name);
            let help = t!("s012-rename-folder", command = Scan::rename(path, &to));
            let reason = t!("s012-reason-commitments-folder", path = display(path));
            self.report(j, path, msg, help, Some((Some(id), reason)));
        }
    }

    /// The entries of a plan's `commitments/` that are not read: `C5.TOML`, `c5.txt`, `c5.tml`,
    /// `c5` (each stands in for a commitment unless a `.toml` of that name is there too), and
    /// `.toml` files in folders below it.
    pub(in crate::load) fn commitments(
        &self,
        j: &mut Jurisdiction,
        dir: &Path,
        id: &str,
        entries: &Entries,
    ) {
        for (name, kind) in entries {
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                self.walk(j, &path);
                continue;
            }
            if always_fine(name) {
                continue;
            }
            let lower = name.to_lowercase();
            let stem = lower
                .strip_suffix(".txt")
                .or_else(|| lower.strip_suffix(".tml"))
                .or_else(|| lower.strip_suffix(".toml"))
                .unwrap_or(&lower);
            let no_ext = !name.contains('.');
            let odd_case = is_toml(name) && !name.ends_with(".toml");
            let other_ext = [".txt", ".tml"].iter().any(|x| lower.ends_with(x));
            if !(no_ext || odd_case || other_ext) {
                continue;
            }
            let stem = stem.strip_suffix(".toml").unwrap_or(stem);
            let target = format!("{stem}.toml");
            let twin = entries.iter().any(|(n, _)| *n == target);
            let to = dir.join(&target);
            let why = if odd_case { "case" } else { "extension" };
            let msg = if twin {
                t!(
                    "s012-commitment-name-twin",
                    name = name,
                    why = why,
                    target = &target
                )
            } else {
                t!("s012-commitment-name", name = name, why = why)
            };
            let help = if twin {
                t!("s012-merge", target = &target, keep = self.keep(&path))
            } else {
                t!(
                    "s012-rename-keep",
                    command = Scan::rename(&path, &to),
                    keep = self.keep(&path)
                )
            };
            let reason = t!(
                "s012-reason-commitment-name",
                path = display(&path),
                target = &target
            );
            self.report(j, &path, msg, help, (!twin).then_some((Some(id), reason)));
        }
    }

    /// Walks a folder the format does not read, reporting every `*.toml` file below it.
    fn walk(&self, j: &mut Jurisdiction, dir: &Path) {
        let Some(mut entries) = self.files.list(dir) else {
            return;
        };
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, kind) in entries {
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(&name);
            if self.ignored(&path) {
                continue;
            }
            match kind {
                Kind::Dir if name == "docs" => {}
                Kind::Dir => self.walk(j, &path),
                _ if is_toml(&name) => self.unread_toml(j, &path),
                _ => {}
            }
        }
    }

    /// A `*.toml` file in a folder the format does not read.
    fn unread_toml(&self, j: &mut Jurisdiction, path: &Path) {
        let rel = self.rel(path);
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let msg = if name == "jurisdiction.toml" {
            t!("s012-nested-jurisdiction", path = &rel)
        } else if self.holds_commitment(path) {
            t!("s012-commitment-elsewhere", path = &rel)
        } else {
            t!("s012-unread-toml", path = &rel)
        };
        let help = if name == "jurisdiction.toml" {
            t!("s012-nested-jurisdiction-help", keep = self.keep(path))
        } else {
            t!("s012-move-where-read", keep = self.keep(path))
        };
        self.report(j, path, msg, help, None);
    }

    /// Which of the plan's files (index into `PLAN_FILES`) the TOML file at `path` holds by its
    /// content: `[[meeting]]` tables, `[[update]]` tables, or a plan's `title`, `start` and
    /// `end` without an `id`.
    fn holds_plan_file(&self, path: &Path) -> Option<usize> {
        let kind = self.files.kind(path)?;
        let (text, _) = self.files.read(path, kind).ok()?;
        let t = text.parse::<toml::Table>().ok()?;
        if t.get("meeting").is_some_and(toml::Value::is_array) {
            Some(1)
        } else if t.get("update").is_some_and(toml::Value::is_array) {
            Some(2)
        } else if !t.contains_key("id")
            && ["title", "start", "end"].iter().all(|k| t.contains_key(*k))
        {
            Some(0)
        } else {
            None
        }
    }

    /// Whether the file at `path` reads as a commitment: TOML with a text `id` and a `title`,
    /// `start` or `[[milestone]]`.
    fn holds_commitment(&self, path: &Path) -> bool {
        let Some(kind) = self.files.kind(path) else {
            return false;
        };
        let Ok((text, _)) = self.files.read(path, kind) else {
            return false;
        };
        let Ok(t) = text.parse::<toml::Table>() else {
            return false;
        };
        t.get("id").is_some_and(toml::Value::is_str)
            && ["title", "start", "milestone"]
                .iter()
                .any(|k| t.contains_key(*k))
    }
}
