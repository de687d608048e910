//! Revision specifications (`main`, `v1.2`, `HEAD~3`, `origin/main`, `3f2a9c1`, `HEAD^2`...),
//! parsed by gitoxide's parser and resolved here against the repository's references and
//! objects. Specs that need what ogp does not read (reflogs `@{1}`, `@{-1}`, upstream branches
//! `@{u}`, the index `:path`, message searches `:/text`, ranges `a..b`) name no commit.

use super::{Repo, Unread};
use gix_error::{ErrorExt, Exn};
use gix_hash::ObjectId;
use gix_object::bstr::BStr;
use gix_object::{Exists, FindExt};
use gix_revision::spec::parse::delegate::{
    Kind, Navigate, PeelTo, PrefixHint, ReflogLookup, Revision, SiblingBranch, Traversal,
};

/// The object `rev` names; `None` when it names none (or names it ambiguously).
pub(super) fn parse_single(repo: &Repo, rev: &str) -> Option<ObjectId> {
    let mut d = Resolve { repo, at: None };
    gix_revision::spec::parse(rev.into(), &mut d).ok()?;
    d.at
}

/// The commit `id` is or (an annotated tag) points to.
pub(super) fn peel_to_commit(repo: &Repo, mut id: ObjectId, rev: &str) -> Result<ObjectId, Unread> {
    let mut buf = Vec::new();
    loop {
        let data = repo
            .odb
            .find(&id, &mut buf)
            .map_err(|_| repo.damaged(format!("object {id}, which `{rev}` names")))?;
        match data.kind {
            gix_object::Kind::Commit => return Ok(id),
            gix_object::Kind::Tag => {
                id = data
                    .decode()
                    .ok()
                    .and_then(|o| o.into_tag())
                    .map(|t| t.target())
                    .ok_or_else(|| repo.damaged(format!("tag {id}, which `{rev}` names,")))?;
            }
            kind => {
                return Err(Unread::Other(format!(
                    "`{rev}` is not a commit: it names a {kind}"
                )));
            }
        }
    }
}

/// The parser's calls, resolved one step at a time: `at` is the object named so far.
struct Resolve<'r> {
    repo: &'r Repo,
    at: Option<ObjectId>,
}

fn no(what: &'static str) -> Exn {
    gix_error::message(what).raise().erased()
}

impl Resolve<'_> {
    fn commit(&self) -> Result<ObjectId, Exn> {
        let at = self.at.ok_or_else(|| no("nothing named yet"))?;
        peel_to_commit(self.repo, at, "").map_err(|_| no("not a commit"))
    }

    fn parents(&self, id: ObjectId) -> Result<Vec<ObjectId>, Exn> {
        let mut buf = Vec::new();
        let c = self
            .repo
            .odb
            .find_commit(&id, &mut buf)
            .map_err(|_| no("commit unreadable"))?;
        Ok(c.parents().collect())
    }
}

impl Revision for Resolve<'_> {
    fn find_ref(&mut self, name: &BStr) -> Result<(), Exn> {
        let name = if name == "@" { "HEAD".into() } else { name };
        let mut r = self
            .repo
            .refs
            .find(name)
            .map_err(|_| no("no such reference"))?;
        let id = gix_ref::file::ReferenceExt::peel_to_id(&mut r, &self.repo.refs, &self.repo.odb)
            .map_err(|_| no("reference unreadable"))?;
        self.at = Some(id);
        Ok(())
    }

    fn disambiguate_prefix(
        &mut self,
        prefix: gix_hash::Prefix,
        _hint: Option<PrefixHint<'_>>,
    ) -> Result<(), Exn> {
        match self.repo.odb.lookup_prefix(prefix, None) {
            Ok(Some(Ok(id))) => {
                self.at = Some(id);
                Ok(())
            }
            _ => Err(no("no single object has this prefix")),
        }
    }

    fn reflog(&mut self, _: ReflogLookup) -> Result<(), Exn> {
        Err(no("reflogs are not read"))
    }

    fn nth_checked_out_branch(&mut self, _: usize) -> Result<(), Exn> {
        Err(no("reflogs are not read"))
    }

    fn sibling_branch(&mut self, _: SiblingBranch) -> Result<(), Exn> {
        Err(no("upstream branches are not read"))
    }
}

impl Navigate for Resolve<'_> {
    fn traverse(&mut self, kind: Traversal) -> Result<(), Exn> {
        let mut id = self.commit()?;
        match kind {
            Traversal::NthParent(0) => {}
            Traversal::NthParent(n) => {
                id = *self
                    .parents(id)?
                    .get(n - 1)
                    .ok_or_else(|| no("no such parent"))?;
            }
            Traversal::NthAncestor(n) => {
                for _ in 0..n {
                    id = *self
                        .parents(id)?
                        .first()
                        .ok_or_else(|| no("no such ancestor"))?;
                }
            }
        }
        self.at = Some(id);
        Ok(())
    }

    fn peel_until(&mut self, kind: PeelTo<'_>) -> Result<(), Exn> {
        let at = self.at.ok_or_else(|| no("nothing named yet"))?;
        match kind {
            PeelTo::ValidObject if self.repo.odb.exists(&at) => Ok(()),
            PeelTo::ObjectKind(gix_object::Kind::Commit) | PeelTo::RecursiveTagObject => {
                self.at = Some(self.commit()?);
                Ok(())
            }
            _ => Err(no("only commits are named")),
        }
    }

    fn find(&mut self, _: &BStr, _: bool) -> Result<(), Exn> {
        Err(no("commit messages are not searched"))
    }

    fn index_lookup(&mut self, _: &BStr, _: u8) -> Result<(), Exn> {
        Err(no("the index is not read"))
    }
}

impl Kind for Resolve<'_> {
    fn kind(&mut self, _: gix_revision::spec::Kind) -> Result<(), Exn> {
        Err(no("a range names no single commit"))
    }
}

impl gix_revision::spec::parse::Delegate for Resolve<'_> {
    fn done(&mut self) -> Result<(), Exn> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Repo;
    use std::path::Path;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
            .args(["-c", "init.defaultBranch=main", "-c", "tag.gpgSign=false"])
            .args(["-c", "commit.gpgSign=false"])
            .args(args)
            .env("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z")
            .env("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z")
            .current_dir(dir)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// Every spec names the commit `git rev-parse <spec>^{commit}` names, and those git cannot
    /// resolve (or that need what ogp does not read) name none.
    #[test]
    fn specs_name_what_git_names() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        git(d, &["init", "-q"]);
        for (i, msg) in ["one", "two", "three"].iter().enumerate() {
            std::fs::write(d.join("f.txt"), format!("{i}\n")).unwrap();
            git(d, &["add", "f.txt"]);
            git(d, &["commit", "-q", "-m", msg]);
        }
        git(d, &["tag", "light", "HEAD~1"]);
        git(d, &["tag", "-a", "-m", "annotated", "v1.0", "HEAD~2"]);
        git(d, &["checkout", "-q", "-b", "side", "HEAD~1"]);
        std::fs::write(d.join("g.txt"), "side\n").unwrap();
        git(d, &["add", "g.txt"]);
        git(d, &["commit", "-q", "-m", "side"]);
        git(d, &["checkout", "-q", "main"]);
        git(d, &["merge", "-q", "--no-ff", "-m", "merge", "side"]);
        git(d, &["update-ref", "refs/remotes/origin/main", "HEAD~1"]);
        git(d, &["pack-refs", "--all"]);
        let head = git(d, &["rev-parse", "HEAD"]);
        let repo = Repo::discover(d).unwrap();
        let specs = [
            "HEAD",
            "@",
            "main",
            "side",
            "light",
            "v1.0",
            "v1.0^{commit}",
            "HEAD^",
            "HEAD^1",
            "HEAD^2",
            "HEAD~2",
            "HEAD^2~1",
            "main~1^0",
            "origin/main",
            "refs/heads/side",
            &head,
            &head[..7],
        ];
        for spec in specs {
            let want = git(
                d,
                &["rev-parse", "--verify", "-q", &format!("{spec}^{{commit}}")],
            );
            assert!(!want.is_empty(), "{spec}");
            let got = repo.resolve(spec).map(|id| id.to_string());
            assert_eq!(got, Ok(want), "{spec}");
        }
        for spec in [
            "nothing",
            "HEAD~9",
            "HEAD^3",
            "main..side",
            "HEAD@{1}",
            ":/one",
            "ffffff1",
        ] {
            assert!(repo.resolve(spec).is_err(), "{spec}");
        }
        assert_eq!(repo.head().map(|id| id.to_string()), Some(head));
    }
}
