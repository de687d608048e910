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
        let rel = self.rel(path);
        self.ignore.iter().any(|g| glob_matches(g, &rel))
    }

    /// The advice every S012 finding ends with: how to keep the file without the finding.
    fn keep(&self, path: &Path) -> String {
        format!(
            "if it is kept here on purpose, add \"{}\" to `ignore` in jurisdiction.toml",
            self.rel(path)
        )
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
        message: String,
        help: String,
        stands_in: Option<(Option<&str>, String)>,
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
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the action plans from `plans/`, which is also here"
            );
            let help = format!(
                "move what it holds into plans/ and remove it; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        } else {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the action plans only from a folder named `plans` (lower case), and there is none, so this jurisdiction's plans are unknown"
            );
            let help = format!("rename the folder: {}", Scan::rename(path, &to));
            let reason = format!(
                "{} is not read (the plans folder must be named `plans`): rename it to plans",
                display(path)
            );
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
            Some(("jurisdiction.toml".to_string(), "the member's record"))
        } else {
            meant(name, PLAN_FILES).map(|(t, what)| (format!("plans/<plan-id>/{t}"), what))
        };
        let (msg, help) = match &target {
            Some((t, what)) => (
                format!(
                    "`{rel}` is not read: it is probably meant to be {t} ({what}), which ogp reads only under that name and in that place"
                ),
                if t == "jurisdiction.toml" {
                    format!(
                        "merge what it holds into jurisdiction.toml and remove it; {}",
                        self.keep(path)
                    )
                } else {
                    format!(
                        "move it into the folder of its plan under that name, e.g. {}; {}",
                        Scan::rename(path, &self.root.join(t.replace("<plan-id>", "PLAN-ID"))),
                        self.keep(path)
                    )
                },
            ),
            None if is_toml(name) => {
                let hint = if at_root {
                    ""
                } else {
                    " (a plan's files go in a folder of their own, plans/<plan-id>/)"
                };
                (
                    format!(
                        "`{rel}` is not read: ogp reads jurisdiction.toml here and the plan files under plans/<plan-id>/{hint}"
                    ),
                    format!(
                        "move it where ogp reads it if it holds plan records (docs/format.md shows the layout); {}",
                        self.keep(path)
                    ),
                )
            }
            None => return,
        };
        // a plan.toml outside any plan folder, where there is no plan folder at all: the plan
        // is not missing, it is in the wrong place
        let stands_in = target.is_some_and(|(t, _)| t.ends_with("/plan.toml"))
            && !self.files.list(&self.root.join("plans")).is_some_and(|e| {
                e.iter()
                    .any(|(n, k)| *k == Kind::Dir && !n.starts_with('.'))
            });
        let reason = format!(
            "{} is not read (a plan's plan.toml goes in plans/<plan-id>/): move it there",
            display(path)
        );
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
        what: &str,
        missing: bool,
    ) -> Option<FileId> {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name(target);
        if missing {
            let msg = format!(
                "`{name}` is not read: it is probably meant to be `{target}` ({what}), which this plan folder lacks, so the verdicts that need it are not given"
            );
            let help = format!(
                "rename it: {}; {}",
                Scan::rename(path, &to),
                self.keep(path)
            );
            let reason = format!(
                "{} is not read (probably meant to be {target}): rename it to {target}",
                display(path)
            );
            self.report(j, path, msg, help, Some((Some(id), reason)));
            j.stand_ins.last().map(|s| s.file)
        } else {
            let msg = format!(
                "`{name}` is not read: it looks like `{target}` ({what}), which is also here and is the file ogp reads"
            );
            let help = format!(
                "merge what it holds into {target} and remove it; {}",
                self.keep(path)
            );
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
            let msg = format!(
                "`{name}` looks like a commitment but is not read: ogp reads a plan's commitments only from its commitments/ folder{}",
                if twin {
                    ", which holds a file of that name too"
                } else {
                    ", so this commitment is not part of the plan"
                }
            );
            let help = format!("move it: {}; {}", Scan::rename(path, &to), self.keep(path));
            let reason = format!(
                "{} is a commitment outside commitments/ (not read): move it into commitments/",
                display(path)
            );
            self.report(j, path, msg, help, (!twin).then_some((Some(id), reason)));
        } else {
            let msg = format!(
                "`{name}` is not read: a plan folder holds plan.toml, meetings.toml, tracker.toml and commitments/*.toml, and this is none of them"
            );
            let help = format!(
                "if it is a commitment, move it into commitments/; if it holds meetings or tracker updates, merge them into meetings.toml or tracker.toml; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        }
    }

    /// `commitment/`, `Commitments/`: the commitments folder under a wrong name.
    fn misnamed_commitments(&self, j: &mut Jurisdiction, path: &Path, id: &str, present: bool) {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name("commitments");
        if present {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the plan's commitments from `commitments/`, which is also here"
            );
            let help = format!(
                "move its commitment files into commitments/ and remove it; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        } else {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the plan's commitments only from a folder named `commitments`, so the plan's commitments are unknown"
            );
            let help = format!("rename the folder: {}", Scan::rename(path, &to));
            let reason = format!(
                "{} is not read (the commitments folder must be named `commitments`): rename it",
                display(path)
            );
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
            let why = if odd_case {
                "ogp reads commitment files whose names end in `.toml` in lower case"
            } else {
                "ogp reads only the `.toml` files of commitments/"
            };
            let msg = format!(
                "`{name}` is not read: {why}, {}",
                if twin {
                    format!("and `{target}` is here too")
                } else {
                    "so this commitment is not part of the plan".to_string()
                }
            );
            let help = if twin {
                format!(
                    "merge what it holds into {target} and remove it; {}",
                    self.keep(&path)
                )
            } else {
                format!(
                    "rename it: {}; {}",
                    Scan::rename(&path, &to),
                    self.keep(&path)
                )
            };
            let reason = format!(
                "{} is not read (commitment files end in .toml): rename it to {target}",
                display(&path)
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
            format!(
                "`{rel}` is not checked: it is inside the folder of another jurisdiction, and ogp checks a jurisdiction's folder as one"
            )
        } else if self.holds_commitment(path) {
            format!(
                "`{rel}` looks like a commitment but is not read: ogp reads a plan's commitments only from plans/<plan-id>/commitments/"
            )
        } else {
            format!(
                "`{rel}` is not read: ogp reads jurisdiction.toml and the plan files under plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml)"
            )
        };
        let help = if name == "jurisdiction.toml" {
            format!(
                "give that jurisdiction a folder of its own beside this one; {}",
                self.keep(path)
            )
        } else {
            format!(
                "move it where ogp reads it if it holds plan records (docs/format.md shows the layout); {}",
                self.keep(path)
            )
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
