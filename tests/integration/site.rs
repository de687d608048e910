//! `ogp site`: the pages, their links, their accessibility basics, and how the site is
//! written (only inside --out, never over a file it did not write, removing only its own).
//! The browser test (tests/integration/browser.rs) loads the pages in Chromium.

use crate::common::{ogp, root};
use std::path::Path;

pub const AS_OF: &str = "2027-09-01";

/// Writes the site of the examples into `out`.
pub fn site_of_examples(out: &Path) {
    let (_, err, code) = site(&["examples"], out, &[]);
    assert_eq!(code, 0, "{err}");
}

fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

fn pages(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect()
}

/// Every page: English, one h1, headers on every table, no script, every link relative and
/// leading to a file of the site, at most 200 KB.
#[test]
fn every_page_is_complete_and_links_inside() {
    let dir = tempfile::tempdir().unwrap();
    site_of_examples(dir.path());
    let all = pages(dir.path());
    assert!(all.len() > 40, "index, 4 jurisdictions, rule pages");
    pages_are_complete(&all, "en");
    // the index lists every jurisdiction with its status in words
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    for name in ["Lakeside", "Riverbend", "Harbor Town", "River Valley"] {
        assert!(index.contains(name), "{name}");
    }
    assert!(index.contains(">inactive</span>"));
    // a jurisdiction page: the sections, the inline SVG, the calendar beside it
    let page = std::fs::read_to_string(dir.path().join("j/lakeside-status/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&page);
    let h2: Vec<String> = doc.select(&sel("h2")).map(|h| h.text().collect()).collect();
    assert_eq!(
        h2[..6],
        [
            "Status",
            "Commitments",
            "Timeline",
            "Meetings of the forum",
            "Calendar",
            "What the check found"
        ]
    );
    assert!(doc.select(&sel("figure svg title")).count() > 0);
    assert!(
        doc.select(&sel("a[href='../../rules/M305.html']")).count() > 0,
        "findings link to their rule"
    );
    let ics = std::fs::read_to_string(dir.path().join("j/lakeside-status/calendar.ics")).unwrap();
    let cal: icalendar::Calendar = ics.parse().unwrap();
    assert!(cal.components.len() > 10);
}

/// Every page in `lang`: one h1, headers on every table, no script, every link relative and
/// leading to a file of the site, at most 200 KB.
fn pages_are_complete(all: &[std::path::PathBuf], lang: &str) {
    for p in all {
        let html = std::fs::read_to_string(p).unwrap();
        assert!(
            html.len() <= 200 * 1024,
            "{}: {} bytes",
            p.display(),
            html.len()
        );
        let doc = scraper::Html::parse_document(&html);
        assert_eq!(
            doc.select(&sel(&format!("html[lang={lang}]"))).count(),
            1,
            "{}",
            p.display()
        );
        assert_eq!(doc.select(&sel("h1")).count(), 1, "{}", p.display());
        assert_eq!(
            doc.select(&sel("script, iframe, object, embed, link, img"))
                .count(),
            0
        );
        for t in doc.select(&sel("table")) {
            assert!(
                t.select(&sel("th")).count() > 0,
                "{}: a table without headers",
                p.display()
            );
        }
        for a in doc.select(&sel("[href], [src]")) {
            let target = a.value().attr("href").or(a.value().attr("src")).unwrap();
            if target.starts_with("https://") {
                // only the minutes of a meeting, recorded as an address, lead out of the site
                let minutes = ogp::i18n::Lang::from_code(lang)
                    .unwrap()
                    .t("site-member-minutes");
                assert_eq!(a.text().collect::<String>(), minutes, "{}", p.display());
                continue;
            }
            assert!(
                !target.contains(':') && !target.starts_with('/') && !target.starts_with("//"),
                "{}: {target}",
                p.display()
            );
            let file = p.parent().unwrap().join(target.split('#').next().unwrap());
            assert!(
                file.is_file(),
                "{}: a link to a missing {target}",
                p.display()
            );
        }
    }
}

/// Index and page agree with `ogp status` and `ogp check` (the same summary).
#[test]
fn index_agrees_with_status_and_check() {
    let dir = tempfile::tempdir().unwrap();
    site_of_examples(dir.path());
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    let doc = scraper::Html::parse_document(&index);
    let row = doc
        .select(&sel(".members li"))
        .find(|r| r.text().any(|t| t == "Lakeside"))
        .unwrap();
    let text: String = row.text().collect();
    let json_of = |cmd: &str| -> serde_json::Value {
        let (out, _, _) = ogp(&[
            cmd,
            "examples/lakeside-status",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ]);
        serde_json::from_str(&out).unwrap()
    };
    let v = json_of("status");
    let status = v["jurisdictions"][0]["status"].as_str().unwrap();
    let since = v["jurisdictions"][0]["since"].as_str().unwrap();
    assert!(text.contains(&format!("{status} since {since}")), "{text}");
    let v = json_of("calendar");
    let overdue = v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["state"] == "overdue")
        .count();
    assert!(overdue > 0);
    assert!(text.contains(&format!("{overdue} overdue")), "{text}");
}

/// Runs `ogp site PATHS... --out OUT --as-of AS_OF EXTRA...`.
fn site(paths: &[&str], out: &Path, extra: &[&str]) -> (String, String, i32) {
    let mut args = vec!["site"];
    args.extend_from_slice(paths);
    args.extend_from_slice(&["--out", out.to_str().unwrap(), "--as-of", AS_OF]);
    args.extend_from_slice(extra);
    ogp(&args)
}

/// The site never replaces a file it did not write unless asked, never writes through a
/// link, and removes only files it wrote.
#[test]
fn writes_only_its_own_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    std::fs::create_dir_all(out.join("j")).unwrap();
    std::fs::write(out.join("index.html"), "mine").unwrap();
    std::fs::write(out.join("notes.txt"), "keep").unwrap();
    let read = |rel: &str| std::fs::read_to_string(out.join(rel)).unwrap();
    let lakeside = ["examples/lakeside-status"];
    let (_, err, code) = site(&lakeside, &out, &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("index.html") && err.contains("--overwrite"),
        "{err}"
    );
    assert_eq!(read("index.html"), "mine");
    assert!(!out.join("rules").exists(), "nothing written when refused");
    let (_, err, code) = site(&lakeside, &out, &["--overwrite"]);
    assert_eq!(code, 0, "{err}");
    assert!(read("index.html").contains("Lakeside"));
    // a second run replaces its own files; a jurisdiction no longer given loses its pages
    let (_, err, code) = site(
        &["examples/lakeside-status", "examples/riverbend"],
        &out,
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.join("j/riverbend/index.html").is_file());
    std::fs::write(out.join("j/riverbend/extra.txt"), "theirs").unwrap();
    let (_, err, code) = site(&lakeside, &out, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.join("j/riverbend/index.html").exists(),
        "its own stale page goes"
    );
    assert_eq!(read("j/riverbend/extra.txt"), "theirs");
    assert_eq!(read("notes.txt"), "keep");
    // never into a plan folder or .git
    let plan = dir.path().join("plan");
    crate::hostile::copy_dir(&root().join("examples/lakeside-status"), &plan);
    for bad in [
        plan.clone(),
        plan.join("plans/2026-2029/site"),
        plan.join(".git/site"),
    ] {
        let (_, err, code) = site(&lakeside, &bad, &[]);
        assert_eq!(code, 2, "{}", bad.display());
        assert!(err.contains("give --out a folder of its own"), "{err}");
    }
    assert!(!plan.join("index.html").exists() && !plan.join(".git").exists());
    let (_, err, code) = site(&lakeside, &plan.join("docs"), &[]);
    assert_eq!(
        code, 0,
        "beside the plan files, e.g. for GitHub Pages from docs/: {err}"
    );
    // a link inside --out is never written through
    #[cfg(unix)]
    {
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        let out2 = dir.path().join("site2");
        std::fs::create_dir_all(&out2).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out2.join("rules")).unwrap();
        let (_, err, code) = site(&lakeside, &out2, &[]);
        assert_eq!(code, 2);
        assert!(err.contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }
}

/// Relative luminance contrast (WCAG 2) of every text colour on its background in the style
/// sheet: at least 4.5:1.
#[test]
fn colours_meet_contrast() {
    fn lum(hex: &str) -> f64 {
        let v: Vec<f64> = (0..3)
            .map(|i| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap() as f64 / 255.0)
            .map(|c| {
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            })
            .collect();
        0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
    }
    fn ratio(a: &str, b: &str) -> f64 {
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }
    let css = std::fs::read_to_string(root().join("src/render/templates/base.html")).unwrap();
    let mut pairs = 0;
    for rule in css.split('}') {
        let Some((_, body)) = rule.split_once('{') else {
            continue;
        };
        let decl = |name: &str| {
            body.split(';')
                .find_map(|d| d.trim().strip_prefix(name))
                .filter(|v| v.starts_with('#') && v.len() == 7)
        };
        if let Some(fg) = decl("color:") {
            let bg = decl("background:").unwrap_or("#ffffff");
            let r = ratio(fg, bg);
            assert!(r >= 4.5, "{rule}: {fg} on {bg} is {r:.2}:1");
            pairs += 1;
        }
    }
    assert!(pairs >= 10, "{pairs} colour pairs checked");
}

/// A jurisdiction whose jurisdiction.toml cannot be read is listed as unknown, with a page
/// that says so and its findings; never a guessed status.
#[test]
fn an_unreadable_jurisdiction_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("plans/broken");
    std::fs::create_dir_all(&j).unwrap();
    std::fs::write(
        j.join("jurisdiction.toml"),
        "name = \"Broken\"\njoined = \"soon\"\n",
    )
    .unwrap();
    let out = dir.path().join("site");
    let plans = dir.path().join("plans");
    let (_, err, code) = site(&[plans.to_str().unwrap()], &out, &[]);
    assert_eq!(code, 0, "{err}");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains(">not established</span>"), "{index}");
    let page = std::fs::read_to_string(out.join("j/broken/index.html")).unwrap();
    assert!(page.contains("could not be read"));
    // in plain words: no path of this machine, no parser message
    let machine = dir.path().to_str().unwrap();
    assert!(
        !page.contains(machine) && !index.contains(machine),
        "{page}"
    );
    assert!(
        !page.contains("TOML") && !page.contains("ogp check"),
        "{page}"
    );
    assert!(
        page.contains("rules/S002.html") || page.contains("rules/S001.html"),
        "the finding links its rule"
    );
}

/// A large registry's index comes in pages of 400 jurisdictions, each page linking to every
/// other, every jurisdiction on exactly one page.
#[test]
fn the_index_comes_in_pages() {
    let dir = tempfile::tempdir().unwrap();
    let reg = dir.path().join("registry");
    for k in 0..401 {
        crate::hostile::copy_dir(
            &root().join("examples/lakeside-status"),
            &reg.join(format!("j{k:03}")),
        );
    }
    let out = dir.path().join("site");
    let (_, err, code) = site(&[reg.to_str().unwrap()], &out, &[]);
    assert_eq!(code, 0, "{err}");
    let mut links = 0;
    for (page, rows) in [("index.html", 400), ("index-2.html", 1)] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(html.len() <= 200 * 1024);
        let doc = scraper::Html::parse_document(&html);
        assert_eq!(doc.select(&sel(".members li")).count(), rows, "{page}");
        assert!(html.contains("401 members"));
        // one name, many folders: each row says which
        for a in doc.select(&sel(".members a")) {
            let text: String = a.text().collect();
            assert!(text.starts_with("Lakeside (j"), "{text}");
        }
        assert_eq!(
            doc.select(&sel("nav a")).count(),
            1,
            "{page} links the other page"
        );
        assert_eq!(doc.select(&sel("nav [aria-current=page]")).count(), 1);
        links += doc.select(&sel(".members a")).count();
    }
    assert_eq!(links, 401);
    assert!(!out.join("index-3.html").exists());
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

/// Every public page of a site built from absolute paths: no path of the machine, no
/// backticked keys, no parser words; a completed commitment reads as completed; minutes are
/// linked; no internal meeting id.
#[test]
fn public_pages_speak_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let reg = dir.path().join("registry");
    for name in ["harbor-town", "riverbend", "lakeside-status"] {
        crate::hostile::copy_dir(&root().join("examples").join(name), &reg.join(name));
    }
    let out = dir.path().join("site");
    let (_, err, code) = site(&[reg.to_str().unwrap()], &out, &[]);
    assert_eq!(code, 0, "{err}");
    let machine = dir.path().canonicalize().unwrap();
    for p in pages(&out) {
        let html = read(&p);
        // a rule's example is a file as written, comments included
        let html = match (html.find("<pre"), html.find("</pre>")) {
            (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
            _ => html,
        };
        for bad in [
            machine.to_str().unwrap(),
            reg.to_str().unwrap(),
            "`",
            "docs/format.md",
            "Handbook: Handbook",
            "&#13;",
        ] {
            assert!(!html.contains(bad), "{}: {bad}", p.display());
        }
    }
    let harbor = read(&out.join("j/harbor-town/index.html"));
    assert!(
        harbor.contains("completed on 2026-10-15"),
        "H1 is completed"
    );
    assert!(!harbor.contains("90 %") && !harbor.contains("90%"));
    for words in [
        "Freedonia",
        "Plan de Gobierno Abierto de Harbor Town 2025-2028",
        "Lee Marsh",
        "plans/2025-2028/meetings.toml",
    ] {
        assert!(harbor.contains(words), "{words}");
    }
    let riverbend = read(&out.join("j/riverbend/index.html"));
    assert!(
        riverbend.contains("<a href=\"https://riverbend.example/forum/"),
        "minutes are linked"
    );
    let text = scraper::Html::parse_document(&riverbend)
        .root_element()
        .text()
        .collect::<String>();
    assert!(!text.contains(" m-20"), "no internal meeting id is shown");
}

/// A member whose records can no longer be read keeps, on its page, the last status the site
/// could establish and its history, marked as such, in plain words.
#[test]
fn an_unreadable_member_keeps_its_last_known_status() {
    let dir = tempfile::tempdir().unwrap();
    let reg = dir.path().join("registry");
    let harbor = reg.join("harbor-town");
    crate::hostile::copy_dir(&root().join("examples/harbor-town"), &harbor);
    let out = dir.path().join("site");
    assert_eq!(site(&[reg.to_str().unwrap()], &out, &[]).2, 0);
    let before = read(&out.join("j/harbor-town/index.html"));
    assert!(
        before.contains(">inactive</span> since 2027-08-01"),
        "{before}"
    );
    std::fs::write(harbor.join("jurisdiction.toml"), "name = [oops\n").unwrap();
    let (_, err, code) = site(&[reg.to_str().unwrap()], &out, &[]);
    assert_eq!(code, 0, "{err}");
    let page = read(&out.join("j/harbor-town/index.html"));
    assert!(page.contains(">inactive</span> since 2027-08-01"), "{page}");
    assert!(
        page.contains("last status that could be established"),
        "{page}"
    );
    assert!(page.contains("could not be read"), "{page}");
    let index = read(&out.join("index.html"));
    assert!(
        index.contains("not established; last known: inactive"),
        "{index}"
    );
    assert!(
        page.contains("<h3>History</h3>") && page.contains("joined OGP Local"),
        "{page}"
    );
    let status = page.split("What the check found").next().unwrap();
    assert!(!status.contains("TOML") && !page.contains(dir.path().to_str().unwrap()));
    // a third run still has it
    assert_eq!(site(&[reg.to_str().unwrap()], &out, &[]).2, 0);
    assert!(
        read(&out.join("j/harbor-town/index.html")).contains(">inactive</span> since 2027-08-01")
    );
}

/// Page addresses come from each member's own folder, whatever order the folders are given in;
/// members sharing a folder name take their parent folder's name in front.
#[test]
fn addresses_do_not_depend_on_order() {
    let dir = tempfile::tempdir().unwrap();
    let (north, south) = (dir.path().join("north"), dir.path().join("south"));
    crate::hostile::copy_dir(&root().join("examples/riverbend"), &north.join("riverbend"));
    crate::hostile::copy_dir(&root().join("examples/riverbend"), &south.join("riverbend"));
    crate::hostile::copy_dir(
        &root().join("examples/lakeside-status"),
        &south.join("lakeside"),
    );
    let names = |out: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(out.join("j"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let (n, s) = (north.to_str().unwrap(), south.to_str().unwrap());
    assert_eq!(site(&[n, s], &a, &[]).2, 0);
    assert_eq!(site(&[s, n], &b, &[]).2, 0);
    assert_eq!(
        names(&a),
        ["lakeside", "north-riverbend", "south-riverbend"]
    );
    assert_eq!(names(&a), names(&b));
}

/// The site in several languages: a folder per language, each a whole site whose pages say
/// their language; every page's language switch is a labelled `nav` whose links lead to the
/// same page in each other language; the root leads to the first language; a site written
/// again in one language removes the language folders it no longer writes.
#[test]
fn a_site_in_several_languages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let (_, err, code) = site(&["examples"], &out, &["--lang", "es,en,fr,pt"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("se escribieron"),
        "said in the first language: {err}"
    );
    let root = read(&out.join("index.html"));
    let doc = scraper::Html::parse_document(&root);
    assert_eq!(doc.select(&sel("html[lang=es]")).count(), 1);
    assert!(root.contains(r#"<meta http-equiv="refresh" content="0; url=es/index.html">"#));
    let choices: Vec<(String, String)> = doc
        .select(&sel("main a"))
        .map(|a| {
            let v = a.value();
            (
                v.attr("href").unwrap().into(),
                v.attr("hreflang").unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        choices,
        ["es", "en", "fr", "pt"].map(|l| (format!("{l}/index.html"), l.to_string()))
    );
    let english = pages(&out.join("en"));
    for lang in ["es", "en", "fr", "pt"] {
        let all = pages(&out.join(lang));
        assert_eq!(all.len(), english.len(), "{lang}: the same pages");
        pages_are_complete(&all, lang);
        for p in &all {
            let rel = p.strip_prefix(out.join(lang)).unwrap();
            let doc = scraper::Html::parse_document(&read(p));
            let nav: Vec<_> = doc.select(&sel("header nav.langs[aria-label]")).collect();
            assert_eq!(nav.len(), 1, "{}", p.display());
            let current: Vec<String> = nav[0]
                .select(&sel("[aria-current]"))
                .map(|c| c.value().attr("lang").unwrap().to_string())
                .collect();
            assert_eq!(current, [lang], "{}", p.display());
            let mut others = Vec::new();
            for a in nav[0].select(&sel("a")) {
                let (href, hreflang) = (
                    a.value().attr("href").unwrap(),
                    a.value().attr("hreflang").unwrap(),
                );
                assert_eq!(
                    a.value().attr("lang"),
                    Some(hreflang),
                    "named in its own language"
                );
                let target = p.parent().unwrap().join(href);
                assert!(target.is_file(), "{}: {href}", p.display());
                // the same page, in that language
                assert_eq!(
                    target.canonicalize().unwrap(),
                    out.join(hreflang).join(rel).canonicalize().unwrap(),
                    "{}: {href}",
                    p.display()
                );
                let there = scraper::Html::parse_document(&read(&target));
                assert_eq!(
                    there
                        .select(&sel(&format!("html[lang={hreflang}]")))
                        .count(),
                    1
                );
                others.push(hreflang.to_string());
            }
            others.sort();
            let mut expected: Vec<&str> = ["en", "es", "fr", "pt"]
                .into_iter()
                .filter(|l| *l != lang)
                .collect();
            expected.sort();
            assert_eq!(others, expected, "{}", p.display());
        }
    }
    // the words are the language's, the dates in sentences too
    let es = read(&out.join("es/j/harbor-town/index.html"));
    assert!(
        es.contains("<h2 id=\"meetings\">Reuniones del foro</h2>"),
        "{es}"
    );
    assert!(es.contains("desde el 1 de agosto de 2027"), "{es}");
    let fr = read(&out.join("fr/index.html"));
    assert!(
        fr.contains("<h1>Statut d'adhésion au 1er septembre 2027</h1>"),
        "{fr}"
    );
    // one language again: the site is at the root, the language folders are gone
    let (_, err, code) = site(&["examples"], &out, &["--lang", "pt"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.join("es").exists() && !out.join("en/index.html").exists());
    let pt = read(&out.join("index.html"));
    assert!(pt.contains("<html lang=\"pt\">") && !pt.contains("nav class=\"langs\""));
}

/// A language ogp does not speak, in the list, is a usage error that lists the languages.
#[test]
fn an_unknown_language_in_the_list_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let (_, err, code) = site(&["examples"], &out, &["--lang", "es,de"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`de`") && err.contains("es (español)") && err.contains("pt (português)"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
}

/// A member's page in Spanish, as a golden file (`OGP_BLESS=1` rewrites it).
#[test]
fn a_member_page_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err, code) = site(&["examples/harbor-town"], dir.path(), &["--lang", "es"]);
    assert_eq!(code, 0, "{err}");
    crate::common::golden(
        "site/es/harbor-town.html",
        &read(&dir.path().join("j/harbor-town/index.html")),
    );
    let index = read(&dir.path().join("index.html"));
    assert!(index.contains("1 miembro: 1 inactivo."), "{index}");
}

/// A path that holds no plan repository is a usage error in the site's first language, as
/// for every other command.
#[test]
fn a_path_without_a_repository_is_said_in_the_sites_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let (_, err, code) = ogp(&[
        "site",
        tmp.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "es,en",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no contiene ningún repositorio de planes"),
        "{err}"
    );
    assert!(!out.exists());
}
