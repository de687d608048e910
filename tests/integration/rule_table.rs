//! The catalogue's family lists (`src/catalog/`) hold every rule declared in the source, once: a
//! `static NAME: Rule` that nobody listed in its family's `RULES` would be checked by no test,
//! be missing from `ogp rules`, docs/rules.md and SARIF, and could not be waived. These tests
//! read the declarations from src/ itself, so forgetting the list fails here
//! (docs/adding-a-rule.md).

use crate::common::root;
use crate::rules_fixtures::HISTORY_RULES;
use ogp::catalog::{self, Rule};
use ogp::diag::Severity;
use std::collections::BTreeMap;
use std::path::Path;

/// A `static NAME: Rule` declared in a source file.
#[derive(Debug)]
struct Declared {
    name: String,
    /// The `code:` of its initializer.
    code: String,
    /// Where it is declared, for the messages.
    at: String,
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `static NAME: Rule = Rule { code: "...", ... }` in `<repo>/src/`, `pub` or not.
fn declared_in(repo: &Path) -> Vec<Declared> {
    let mut files = Vec::new();
    rust_files(&repo.join("src"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let rel = f.strip_prefix(repo).unwrap().display().to_string();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            let t = t.strip_prefix("pub ").unwrap_or(t);
            let Some(rest) = t.strip_prefix("static ") else {
                continue;
            };
            let Some((name, ty)) = rest.split_once(':') else {
                continue;
            };
            let ty = ty.trim_start();
            if !(ty.starts_with("Rule ") || ty.starts_with("Rule=") || ty == "Rule") {
                continue;
            }
            let at = format!("{rel}:{}", i + 1);
            // the code is the first `code:` field of the initializer
            let code = lines[i..]
                .iter()
                .take_while(|l| !l.trim_start().starts_with("};"))
                .find_map(|l| l.trim_start().strip_prefix("code:"))
                .map(|c| c.trim().trim_end_matches(',').trim_matches('"').to_string())
                .unwrap_or_else(|| panic!("{at}: static {name} has no `code:` field"));
            out.push(Declared {
                name: name.trim().to_string(),
                code,
                at,
            });
        }
    }
    out
}

fn declared() -> Vec<Declared> {
    declared_in(&root())
}

#[test]
fn every_declared_rule_is_registered_exactly_once() {
    let declared = declared();
    // the scan itself works: every family's rules are seen (a change of style would find none)
    assert!(declared.len() >= 40, "found only {declared:?}");
    let all = catalog::all();
    let mut problems = Vec::new();
    for d in &declared {
        if d.name != d.code {
            problems.push(format!(
                "{}: static {} declares code {}; name the static after its code",
                d.at, d.name, d.code
            ));
        }
        let n = all.iter().filter(|r| r.code == d.code).count();
        if n != 1 {
            problems.push(format!(
                "{}: {} is registered {n} times; list it once in its family's RULES (rules::FAMILIES)",
                d.at, d.code
            ));
        }
    }
    // and nothing is registered that is not declared as a static of its own
    for r in &all {
        if !declared.iter().any(|d| d.code == r.code) {
            problems.push(format!(
                "{} is registered but no `static {}: Rule` declares it",
                r.code, r.code
            ));
        }
    }
    // two statics with one code: only one of them can be the registered one
    for (i, d) in declared.iter().enumerate() {
        if let Some(e) = declared[..i].iter().find(|e| e.code == d.code) {
            problems.push(format!(
                "{}: code {} is declared again at {}",
                e.at, d.code, d.at
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn codes_and_names_are_unique_and_each_family_keeps_its_letter() {
    let all = catalog::all();
    let mut codes = BTreeMap::new();
    let mut names = BTreeMap::new();
    for r in &all {
        assert!(
            codes.insert(r.code, r.name).is_none(),
            "code {} twice",
            r.code
        );
        assert!(
            names.insert(r.name, r.code).is_none(),
            "name {} twice",
            r.name
        );
        let mut c = r.code.chars();
        let letter = c.next().unwrap();
        assert!(
            "SPCMRT".contains(letter) && c.clone().count() == 3 && c.all(|d| d.is_ascii_digit()),
            "{}: a code is a family letter and three digits",
            r.code
        );
    }
    for family in ogp::rules::FAMILIES {
        assert!(!family.rules.is_empty(), "{} has no rules", family.title);
        for r in family.rules {
            assert!(
                r.code.starts_with(family.letter),
                "{} is listed in family {} ({})",
                r.code,
                family.letter,
                family.title
            );
        }
    }
}

/// scripts/new-rule.py writes TODO placeholders into every text field (the static's and the
/// rule's messages in src/i18n/en/rules.ftl): a rule is not done until each says something.
#[test]
fn no_rule_keeps_a_placeholder() {
    let en = ogp::i18n::Lang::En;
    for r in catalog::all() {
        for (field, text) in [
            ("name", r.name.to_string()),
            ("summary", r.summary(en)),
            ("section", r.section(en)),
            ("what", r.what(en)),
            ("why", r.why(en)),
            ("example", r.example.to_string()),
            ("fix", r.fix(en)),
        ] {
            // S013 is about placeholders: it names the word `TODO` itself
            let text = if r.code == "S013" {
                text.replace("`TODO`", "")
            } else {
                text
            };
            assert!(
                !text.contains("TODO") && !text.trim().is_empty(),
                "{} `{field}` is still a placeholder: {text:?}",
                r.code
            );
        }
    }
}

#[test]
fn every_rule_has_its_fixture_folder_and_every_folder_its_rule() {
    let dir = root().join("tests/fixtures/rules");
    let mut problems = Vec::new();
    for r in catalog::all() {
        let case = dir.join(r.code).join("case.toml");
        if HISTORY_RULES.contains(&r.code) {
            if case.exists() {
                problems.push(format!(
                    "{} is tested on git repositories (HISTORY_RULES) but has {}",
                    r.code,
                    case.display()
                ));
            }
        } else if !case.is_file() {
            problems.push(format!(
                "{} has no {}: add its fixtures (scripts/new-rule.py, tests/fixtures/generate.py)",
                r.code,
                case.display()
            ));
        }
    }
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let code = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() && catalog::find(&code).is_none_or(|r| r.code != code) {
            problems.push(format!(
                "tests/fixtures/rules/{code}/ belongs to no registered rule"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A rule with a registered code that is not the registered static (a copy, or a second
/// declaration) is not registered.
static COPY_OF_C201: Rule = Rule {
    code: "C201",
    name: "commitment-cap",
    severity: Severity::Error,
    since: "0.1.0",
    example: "a copy",
};

#[test]
fn registration_is_by_code_and_address() {
    for r in catalog::all() {
        assert!(catalog::is_registered(r), "{}", r.code);
    }
    assert!(!catalog::is_registered(&COPY_OF_C201));
}

/// The engine refuses a finding of an unregistered rule in every debug build (so in every
/// test that runs it), wherever the finding comes from.
#[test]
fn the_engine_rejects_a_finding_of_an_unregistered_rule() {
    if !cfg!(debug_assertions) {
        return;
    }
    let mut j = ogp::load::load(&root().join("tests/fixtures/base"));
    let opts = ogp::rules::Options {
        as_of: "2027-09-15".parse().unwrap(),
        as_of_given: true,
    };
    assert!(ogp::rules::check(&j, opts).is_empty(), "the base is clean");
    j.findings
        .push(ogp::diag::Finding::new(&COPY_OF_C201, "not registered"));
    let got =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ogp::rules::check(&j, opts)));
    let msg = got.expect_err("a finding of an unregistered rule passed");
    let msg = msg.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(
        msg.contains("C201 commitment-cap") && msg.contains("not registered"),
        "{msg}"
    );
}

/// scripts/new-rule.py on a copy of what it edits (src/, generate.py and the fixture base, in a
/// temporary folder): the skeleton is declared and listed, the fixtures are generated, and a
/// code or name already taken is refused without a change. That the result compiles (and is
/// formatted) was checked by hand on a full copy; compiling one here would cost minutes.
#[test]
fn new_rule_script_starts_a_rule_in_a_copy() {
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if python.is_err() {
        eprintln!("new-rule.py test SKIPPED: no python3 on this machine");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    crate::common::copy_dir(&root().join("src"), &repo.join("src"));
    crate::common::copy_dir(&root().join("scripts"), &repo.join("scripts"));
    crate::common::copy_dir(
        &root().join("tests/fixtures/base"),
        &repo.join("tests/fixtures/base"),
    );
    std::fs::create_dir_all(repo.join("tests/fixtures/rules")).unwrap();
    // the script reads the package version for the new rule's `since`
    std::fs::copy(root().join("Cargo.toml"), repo.join("Cargo.toml")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/generate.py"),
        repo.join("tests/fixtures/generate.py"),
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new("python3")
            .arg(repo.join("scripts/new-rule.py"))
            .args(args)
            .current_dir(repo)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let read = |rel: &str| std::fs::read_to_string(repo.join(rel)).unwrap();
    // a RULES list without its layout (rustfmt's, when the script found rustfmt)
    let rules_list = |text: &str| {
        let list = &text[text.find("pub static RULES").unwrap()..];
        let list = &list[..=list.find("];").unwrap()];
        list.split_whitespace().collect::<String>()
    };

    let (ok, out) = run(&["C212", "milestone-without-owner"]);
    assert!(ok, "{out}");
    assert!(out.contains("Added C212 milestone-without-owner"), "{out}");
    let family = read("src/catalog/commitments.rs");
    assert!(
        family.contains("pub static C212: Rule = Rule {"),
        "{family}"
    );
    let list = rules_list(&family);
    assert!(list.contains("&C210,&C212,]"), "{list}");
    let docs = read("src/i18n/en/rules.ftl");
    let at = |id: &str| docs.find(&format!("\n{id} = ")).unwrap_or(usize::MAX);
    for part in ["summary", "section", "what", "why", "fix"] {
        assert!(
            docs.contains(&format!("\nC212-{part} = TODO")),
            "C212-{part}: {docs}"
        );
    }
    assert!(
        at("C211-fix") < at("C212-summary") && at("C212-fix") < at("M301-summary"),
        "the new rule's messages are in code order"
    );
    let v: Vec<u32> = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|p| p.parse().unwrap())
        .collect();
    assert!(
        family.contains(&format!("since: \"{}.{}.0\",", v[0], v[1] + 1)),
        "the new rule appears in the next version: {family}"
    );
    let seen: Vec<_> = declared_in(repo)
        .into_iter()
        .filter(|d| d.code == "C212")
        .collect();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(read("tests/fixtures/generate.py").contains("\"C212\": (STD, {"));
    let tests = read("tests/integration/rule_cases_list.rs");
    assert!(
        tests.contains("    C212 {\n        fail = \"fail\",\n        pass = \"pass\",\n    }\n"),
        "{tests}"
    );
    let case = read("tests/fixtures/rules/C212/case.toml");
    assert!(
        case.contains("[case.fail]") && case.contains("[case.pass]"),
        "{case}"
    );
    for dir in ["fail", "pass"] {
        assert!(
            repo.join("tests/fixtures/rules/C212")
                .join(dir)
                .join("jurisdiction.toml")
                .is_file()
        );
    }

    // S: the list keeps S009 and S010 (reported by waivers.rs) in code order
    let (ok, out) = run(&["S099", "sample-rule", "--severity", "warning"]);
    assert!(ok, "{out}");
    let structure = read("src/catalog/structure.rs");
    let list = rules_list(&structure);
    assert!(
        list.contains("&S009,&S010,&S011,") && list.ends_with("&S099,]"),
        "{list}"
    );
    assert!(structure.contains("severity: Severity::Warning"));

    // taken codes and names are refused, and nothing changes
    let before = (
        read("src/catalog/commitments.rs"),
        read("tests/fixtures/generate.py"),
    );
    for args in [
        ["C212", "another-name"],
        ["C213", "commitment-cap"],
        ["C201", "new-name"],
        ["X100", "new-name"],
    ] {
        let (ok, out) = run(&args);
        assert!(!ok, "{args:?} was accepted: {out}");
    }
    assert!(
        before
            == (
                read("src/catalog/commitments.rs"),
                read("tests/fixtures/generate.py")
            ),
        "a refused run changed files"
    );
}
