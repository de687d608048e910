//! Manual pages and shell completions written into place: `--out` creates the folders it needs,
//! `--install` writes where the docs (docs/editors.md) say the shell and `man` look, and a file
//! that exists is never replaced without `--overwrite`. Each test runs with HOME in a temporary
//! folder, so nothing of the machine's own is read or written.

use crate::common::{ogp, root};
use std::path::Path;
use std::process::Command;

/// Runs ogp with HOME set to `home` and the XDG folders unset unless given in `env`.
fn ogp_home(home: &Path, args: &[&str], env: &[(&str, &Path)]) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogp"));
    cmd.args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run ogp");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn man_out_creates_the_folder_and_never_replaces_a_page_without_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("share/man/man1");
    let d = dir.to_str().unwrap();
    let (out, err, code) = ogp(&["man", "--out", d]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.starts_with("wrote "), "{out}");
    let page = dir.join("ogp-check.1");
    let fresh = read(&page);
    assert!(fresh.contains("ogp\\-check"), "{fresh}");
    let pages = std::fs::read_dir(&dir).unwrap().count();

    // a page the user changed (or one from another version) stays as it is
    std::fs::write(&page, "mine\n").unwrap();
    let top_before = read(&dir.join("ogp.1"));
    std::fs::remove_file(dir.join("ogp.1")).unwrap();
    let (out, err, code) = ogp(&["man", "--out", d]);
    assert_eq!((out.as_str(), code), ("", 2), "{err}");
    assert!(
        err.contains("ogp-check.1") && err.contains("already exist") && err.contains("--overwrite"),
        "{err}"
    );
    assert_eq!(read(&page), "mine\n");
    // refused before anything was written: the missing page is still missing
    assert!(!dir.join("ogp.1").exists());

    for flag in ["--overwrite", "--force"] {
        std::fs::write(&page, "mine\n").unwrap();
        let (out, err, code) = ogp(&["man", "--out", d, flag]);
        assert_eq!((code, err.as_str()), (0, ""), "{flag}: {out}");
        assert_eq!(read(&page), fresh, "{flag}");
        assert_eq!(read(&dir.join("ogp.1")), top_before, "{flag}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), pages, "{flag}");
    }
}

#[test]
fn man_refuses_a_file_as_its_folder_and_overwrite_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("man1");
    std::fs::write(&file, "x").unwrap();
    let (out, err, code) = ogp(&["man", "--out", file.to_str().unwrap()]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert_eq!(read(&file), "x");
    // --overwrite says where to write, or it is a usage error
    let (out, err, code) = ogp(&["man", "--overwrite"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.contains("--out") || err.contains("--install"), "{err}");
}

#[test]
fn man_install_writes_where_man_looks() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let (out, err, code) = ogp_home(&home, &["man", "--install"], &[]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    let dir = home.join(".local/share/man/man1");
    assert!(read(&dir.join("ogp.1")).contains(".TH ogp"));
    assert!(dir.join("ogp-status.1").is_file());
    assert!(out.contains("~/.local/share/man/man1"), "{out}");
    assert!(out.contains("MANPATH"), "{out}");
    // a second install says what exists and changes nothing
    let (_, err, code) = ogp_home(&home, &["man", "--install"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("--overwrite"), "{err}");
    let (_, _, code) = ogp_home(&home, &["man", "--install", "--overwrite"], &[]);
    assert_eq!(code, 0);
    // XDG_DATA_HOME moves it
    let xdg = tmp.path().join("data");
    let (_, err, code) = ogp_home(&home, &["man", "--install"], &[("XDG_DATA_HOME", &xdg)]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(xdg.join("man/man1/ogp.1").is_file());
}

#[test]
fn completions_install_where_each_shell_loads_them() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path();
    for (shell, place) in [
        ("bash", ".local/share/bash-completion/completions/ogp"),
        ("fish", ".config/fish/completions/ogp.fish"),
        ("zsh", ".zfunc/_ogp"),
    ] {
        let (printed, _, _) = ogp(&["completions", shell]);
        let (out, err, code) = ogp_home(home, &["completions", shell, "--install"], &[]);
        assert_eq!((code, err.as_str()), (0, ""), "{shell}: {out}");
        assert_eq!(read(&home.join(place)), printed, "{shell}");
        assert!(out.contains(&format!("~/{place}")), "{shell}: {out}");
        // installed once: a second run replaces nothing
        std::fs::write(home.join(place), "mine\n").unwrap();
        let (_, err, code) = ogp_home(home, &["completions", shell, "--install"], &[]);
        assert_eq!(code, 2, "{shell}");
        assert!(
            err.contains("already exists") && err.contains("--overwrite"),
            "{err}"
        );
        assert_eq!(read(&home.join(place)), "mine\n", "{shell}");
        let (_, _, code) = ogp_home(home, &["completions", shell, "--install", "--force"], &[]);
        assert_eq!(code, 0, "{shell}");
        assert_eq!(read(&home.join(place)), printed, "{shell}");
    }
    // zsh needs one line in ~/.zshrc: the message gives it
    let (out, _, _) = ogp_home(
        home,
        &["completions", "zsh", "--install", "--overwrite"],
        &[],
    );
    assert!(out.contains("fpath=(~/.zfunc $fpath)"), "{out}");
    // the XDG folders move bash's and fish's
    let xdg = home.join("xdg");
    let (_, err, code) = ogp_home(
        home,
        &["completions", "fish", "--install"],
        &[("XDG_CONFIG_HOME", &xdg)],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(xdg.join("fish/completions/ogp.fish").is_file());
}

#[test]
fn installed_bash_completions_load_in_bash() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, err, code) = ogp_home(tmp.path(), &["completions", "bash", "--install"], &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    let script = tmp
        .path()
        .join(".local/share/bash-completion/completions/ogp");
    let out = Command::new("bash")
        .arg("-c")
        .arg("source \"$1\" && complete -p ogp")
        .arg("bash")
        .arg(&script)
        .output()
        .expect("run bash");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(" -F _ogp") && said.trim_end().ends_with(" ogp"),
        "{said}"
    );
}

#[test]
fn completions_out_takes_a_file_or_a_folder_and_creates_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let (printed, _, _) = ogp(&["completions", "zsh"]);
    // a folder that exists: the shell's usual name inside it
    let (out, err, code) = ogp(&["completions", "zsh", "--out", tmp.path().to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(read(&tmp.path().join("_ogp")), printed);
    // a file in folders that do not exist yet
    let file = tmp.path().join("a/b/ogp.ps1");
    let (_, err, code) = ogp(&["completions", "powershell", "--out", file.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(read(&file), ogp(&["completions", "powershell"]).0);
    // PowerShell loads nothing from a folder: --install says to use --out
    let (out, err, code) = ogp_home(tmp.path(), &["completions", "powershell", "--install"], &[]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.contains("--out"), "{err}");
    // a folder where the file would go is never written into or removed
    let blocked = tmp.path().join("blocked");
    std::fs::create_dir_all(blocked.join("ogp.fish")).unwrap();
    let (out, err, code) = ogp(&["completions", "fish", "--out", blocked.to_str().unwrap()]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.contains("ogp.fish is a folder"), "{err}");
    assert!(blocked.join("ogp.fish").is_dir());
    // --out and --install together is a usage error
    let (_, _, code) = ogp(&["completions", "bash", "--install", "--out", "x"]);
    assert_eq!(code, 2);
}

/// `--out DIR/` names a folder even before it exists; a folder with spaces is quoted in the
/// line to paste; a zsh script saved under another name is told to be named `_ogp`.
#[test]
fn completions_out_to_a_new_folder_with_spaces_gives_pasteable_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let dir = tmp.path().join("my completions");
    let d = format!("{}/", dir.display());
    let (out, err, code) = ogp_home(&home, &["completions", "zsh", "--out", &d], &[]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(read(&dir.join("_ogp")).contains("ogp"));
    let quoted = format!("'{}'", dir.display());
    assert!(
        out.contains(&format!("add `fpath=({quoted} $fpath)` to ~/.zshrc")),
        "{out}"
    );
    assert!(!out.contains("named _ogp"), "{out}");

    let file = tmp.path().join("ogp.zsh");
    let f = file.to_str().unwrap();
    let (out, err, code) = ogp_home(&home, &["completions", "zsh", "--out", f], &[]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    let want = format!(
        "zsh reads completions only from a file named _ogp: `mv {f} {}`",
        tmp.path().join("_ogp").display()
    );
    assert!(out.contains(&want), "{out}");
}

#[test]
fn schema_out_writes_what_is_missing_and_replaces_a_changed_schema_only_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("editor/schema");
    let d = dir.to_str().unwrap();
    let (out, err, code) = ogp(&["schema", "--out", d]);
    assert_eq!((code, err.as_str(), out.as_str()), (0, "", ""));
    let plan = dir.join("plan.schema.json");
    let written = read(&plan);
    assert!(written.contains("\"$schema\""), "{written}");
    // the same schemas again: nothing differs, nothing to ask
    let (_, err, code) = ogp(&["schema", "--out", d]);
    assert_eq!((code, err.as_str()), (0, ""));
    // a schema the user edited is kept, and nothing else is written either
    std::fs::write(&plan, "{ \"mine\": true }\n").unwrap();
    std::fs::remove_file(dir.join("tracker.schema.json")).unwrap();
    let (_, err, code) = ogp(&["schema", "--out", d]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("plan.schema.json")
            && err.contains("already exists")
            && err.contains("--overwrite"),
        "{err}"
    );
    assert_eq!(read(&plan), "{ \"mine\": true }\n");
    assert!(!dir.join("tracker.schema.json").exists());
    let (_, err, code) = ogp(&["schema", "--out", d, "--overwrite"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(read(&plan), written);
    assert!(dir.join("tracker.schema.json").exists());
    // --overwrite says where to write, or it is a usage error
    let (_, _, code) = ogp(&["schema", "--overwrite"]);
    assert_eq!(code, 2);
}
