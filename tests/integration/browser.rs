//! The site in a real browser: Debian's Chromium, driven through the DevTools protocol
//! (a small client of its own, tests/integration/cdp.rs), in every language. The index and a
//! jurisdiction page load with no console error, no request
//! leaves the site, nothing overflows horizontally at 1280 and 390 px wide, axe-core (injected
//! through the protocol) finds no violation, the Nu Html Checker finds no error in any page, and
//! screenshots are kept under target/tmp/browser/ as test artefacts (`OGP_BLESS=1` copies those
//! of the index and a member page into docs/).
//!
//! `.ci/run` installs Chromium, Java and the npm packages of tests/tools. Without Chromium this
//! test says it was skipped, unless `CI` is set, where a missing browser fails the test; without
//! the validators (offline) it says which checks it skipped and runs the rest.

use crate::cdp::Page;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Chromium from $CHROME or the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROME")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
    {
        return Some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| ["chromium", "chromium-browser", "google-chrome"].map(|n| d.join(n)))
        .find(|p| p.is_file())
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// What one page load showed.
struct Load {
    problems: Vec<String>,
    requests: Vec<String>,
    scroll_width: f64,
    inner_width: f64,
    /// axe-core's violations, when it ran.
    violations: Vec<String>,
    /// The first elements past the right edge (outside scroll boxes), for the messages.
    wide: String,
    /// How many pixels the phone's timeline would need to scroll, and whether it is shown.
    phone_chart: f64,
    phone_shown: f64,
}

/// Headless Chromium as the machine's probe starts it, with a fresh profile, a window `width`
/// pixels wide and one empty page, which reports the events of `enable`'s domains.
fn launch(chrome: &Path, width: u32, enable: &[&str]) -> Page {
    let window = format!("--window-size={width},900");
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        &window,
    ];
    Page::open(chrome, &args, enable)
}

/// Console errors and warnings, uncaught exceptions, and every request, as the page reported
/// them (the events of the `Log`, `Runtime` and `Network` domains).
fn seen(page: &Page) -> (Vec<String>, Vec<String>) {
    let (mut problems, mut requests) = (Vec::new(), Vec::new());
    for e in &page.events {
        let p = &e["params"];
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        match e["method"].as_str().unwrap_or_default() {
            "Log.entryAdded" => {
                let level = text(&p["entry"]["level"]);
                if level == "error" || level == "warning" {
                    problems.push(format!("{level}: {}", text(&p["entry"]["text"])));
                }
            }
            "Runtime.consoleAPICalled" => {
                let t = text(&p["type"]);
                if t == "error" || t == "warning" || t == "assert" {
                    problems.push(format!("console {t}"));
                }
            }
            "Runtime.exceptionThrown" => {
                problems.push(format!(
                    "exception: {}",
                    text(&p["exceptionDetails"]["text"])
                ));
            }
            "Network.requestWillBeSent" => requests.push(text(&p["request"]["url"])),
            _ => {}
        }
    }
    (problems, requests)
}

/// The viewport exactly `width` pixels wide (a window cannot be narrower than about 500).
fn set_viewport(page: &mut Page, width: u32) {
    page.call(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}),
    );
}

fn load(chrome: &Path, url: &str, width: u32, shot: &Path, axe_js: Option<&str>) -> Load {
    let mut page = launch(chrome, width, &["Log", "Runtime", "Network"]);
    set_viewport(&mut page, width);
    page.navigate(url);
    let mut num = |js: &str| page.evaluate(js, false).unwrap().as_f64().unwrap();
    let scroll_width = num("document.documentElement.scrollWidth");
    // the compact timeline a phone shows fits its width without scrolling (0: none shown)
    let phone_chart = num(
        "[...document.querySelectorAll('.svg-phone .scroll')].filter(e => e.getClientRects().length)\
         .map(e => e.scrollWidth - e.clientWidth).concat([0]).reduce((a, b) => Math.max(a, b))",
    );
    let phone_shown = num(
        "[...document.querySelectorAll('.svg-phone svg')].filter(e => e.getClientRects().length).length",
    );
    let inner_width = num("window.innerWidth");
    let mut text = |js: &str| {
        page.evaluate(js, false)
            .unwrap()
            .as_str()
            .map(str::to_string)
            .unwrap_or_default()
    };
    // what sticks out, to say so when the page is too wide
    let wide = text(&format!(
        "JSON.stringify([...document.querySelectorAll('body *')].filter(e => \
         e.getBoundingClientRect().right > {width} && !e.closest('.scroll')).slice(0, 5)\
         .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)))"
    ));
    // every resource the page loaded, as the page itself saw them
    let loaded = text("JSON.stringify(performance.getEntriesByType('resource').map(e => e.name))");
    let png = page.screenshot();
    let violations = axe_js.map(|js| axe(&mut page, js)).unwrap_or_default();
    std::fs::write(shot, png).unwrap();
    let (problems, mut requests) = seen(&page);
    requests.extend(serde_json::from_str::<Vec<String>>(&loaded).unwrap_or_default());
    Load {
        problems,
        requests,
        scroll_width,
        inner_width,
        violations,
        wide,
        phone_chart,
        phone_shown,
    }
}

/// axe-core's script and the Nu Html Checker's jar, installed by `.ci/run` into tests/tools
/// (`npm ci`), and Java to run the checker. `Err` says what is missing.
fn validators() -> Result<(String, PathBuf), String> {
    let tools = crate::common::root().join("tests/tools/node_modules");
    let axe = tools.join("axe-core/axe.min.js");
    let vnu = tools.join("vnu-jar/build/dist/vnu.jar");
    if !axe.is_file() || !vnu.is_file() {
        return Err("axe-core and vnu-jar are not installed (cd tests/tools && npm ci)".into());
    }
    let java = std::process::Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        return Err(
            "no Java to run the Nu Html Checker (apt-get install default-jre-headless)".into(),
        );
    }
    Ok((std::fs::read_to_string(axe).unwrap(), vnu))
}

/// axe-core's violations on `page`: "rule (nodes): where", one per rule broken.
fn axe(page: &mut Page, script: &str) -> Vec<String> {
    page.evaluate(script, false).expect("axe-core loads");
    let run = "axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(\
               r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + \
               v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))";
    let out = page.evaluate(run, true).expect("axe-core runs");
    let text = out.as_str().expect("axe-core returns its violations");
    serde_json::from_str(text).unwrap()
}

/// The Nu Html Checker's errors over `files` (empty when there are none).
fn vnu(jar: &Path, files: &[PathBuf]) -> String {
    let out = std::process::Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--format", "text"])
        .args(files)
        .output()
        .expect("java runs");
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    if out.status.success() {
        String::new()
    } else {
        text
    }
}

fn skipped(what: &str) {
    // straight to stderr, past the test harness's capture, so the run shows it
    let _ = writeln!(std::io::stderr(), "browser test SKIPPED {what}");
}

/// The pages under test in `lang`: the index, a member page with many findings, one with a
/// clean record, a rule page, and the forum briefing as HTML. `dir` holds the site in that
/// language.
fn pages_under_test(dir: &Path, lang: &str) -> Vec<(String, PathBuf)> {
    let (out, err, code) = crate::common::ogp(&[
        "agenda",
        "examples/harbor-town",
        "--as-of",
        "2027-03-01",
        "--format",
        "html",
        "--lang",
        lang,
    ]);
    assert_eq!(code, 0, "{err}");
    let agenda = dir.join("agenda.html");
    std::fs::write(&agenda, out).unwrap();
    let name = |n: &str| match lang {
        "en" => n.to_string(),
        _ => format!("{n}-{lang}"),
    };
    vec![
        (name("index"), dir.join("index.html")),
        (name("member"), dir.join("j/harbor-town/index.html")),
        (name("lakeside"), dir.join("j/lakeside-status/index.html")),
        (name("rule"), dir.join("rules/P101.html")),
        (name("agenda"), agenda),
    ]
}

/// Loads `page` at a desktop's and a phone's width and checks what a reader meets: no console
/// error, no request out of the site (`base`), no axe-core violation, nothing wider than the
/// screen, and on a member page the phone's own chart.
fn check_page(
    chrome: &Path,
    name: &str,
    page: &Path,
    base: &str,
    shots: &Path,
    axe_js: Option<&str>,
) {
    let bless = std::env::var_os("OGP_BLESS").is_some();
    for width in [1280u32, 390] {
        let url = format!("file://{}", page.display());
        let shot = shots.join(format!("{name}-{width}.png"));
        let l = load(chrome, &url, width, &shot, axe_js);
        let page = page.display();
        assert!(
            l.problems.is_empty(),
            "{page} at {width}px: {:?}",
            l.problems
        );
        assert!(
            l.violations.is_empty(),
            "{page} at {width}px, axe-core: {:#?}",
            l.violations
        );
        for r in &l.requests {
            assert!(
                r.starts_with(base),
                "{page} at {width}px: a request out of the site: {r}"
            );
        }
        assert!(
            l.scroll_width <= l.inner_width,
            "{page} at {width}px overflows: {} > {}: {}",
            l.scroll_width,
            l.inner_width,
            l.wide
        );
        assert_eq!(
            l.inner_width, width as f64,
            "{page}: the viewport is {width} px wide, unless the page is wider: {}",
            l.wide
        );
        assert!(std::fs::metadata(&shot).unwrap().len() > 1000);
        if name.starts_with("member") {
            // a phone gets the compact chart, which it reads without scrolling
            assert_eq!(
                l.phone_shown,
                if width == 390 { 1.0 } else { 0.0 },
                "{page} at {width}px"
            );
            assert!(
                l.phone_chart <= 0.0,
                "{page}: the phone's chart scrolls by {} px",
                l.phone_chart
            );
        }
        if bless && matches!(name, "index" | "member") {
            let doc = crate::common::root().join(format!("docs/site-{name}-{width}.png"));
            std::fs::copy(&shot, doc).unwrap();
        }
    }
    // printed, the timeline and every table fit the paper: nothing is cut
    let cut = cut_in_print(chrome, &format!("file://{}", page.display()));
    assert!(cut.is_empty(), "{name} printed on A4 cuts {cut:?}");
}

#[test]
fn the_site_in_chromium() {
    let Some(chrome) = chromium() else {
        assert!(
            !in_ci(),
            "CI is set but Chromium is missing: .ci/run installs it (apt-get install chromium)"
        );
        skipped("entirely: no Chromium on this machine (apt-get install chromium)");
        return;
    };
    let tools = validators();
    if let Err(why) = &tools {
        skipped(&format!("axe-core and the Nu Html Checker: {why}"));
    }
    let axe_js = tools.as_ref().ok().map(|t| t.0.as_str());
    let dir = tempfile::tempdir().unwrap();
    crate::site::site_of_examples(dir.path());
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&shots).unwrap();
    let site = dir.path().canonicalize().unwrap();
    let base = format!("file://{}", site.display());
    for (name, page) in pages_under_test(&site, "en") {
        check_page(&chrome, &name, &page, &base, &shots, axe_js);
    }
    // the same pages in every other language, from a site in several languages
    let langs = site.join("langs");
    let (_, err, code) = crate::common::ogp(&[
        "site",
        "examples",
        "--out",
        langs.to_str().unwrap(),
        "--as-of",
        crate::site::AS_OF,
        "--lang",
        "es,fr,pt",
    ]);
    assert_eq!(code, 0, "{err}");
    // the page that leads to the first language sends the browser on at once (a zero-second
    // refresh), so there is no page to measure: the Nu Html Checker below reads it, and
    // tests/integration/site.rs follows its links
    for lang in ["es", "fr", "pt"] {
        // the words change, not the page's make-up: the pages whose words are longest
        for (name, page) in pages_under_test(&langs.join(lang), lang) {
            if ["index", "member", "agenda"]
                .iter()
                .any(|n| name.starts_with(n))
            {
                check_page(&chrome, &name, &page, &base, &shots, axe_js);
            }
        }
    }
    let wide = shots.join("wide.html");
    std::fs::write(
        &wide,
        "<!DOCTYPE html><html lang=en><title>wide</title><div class=scroll style='overflow:auto'><table><tr><th style='min-width:2000px'>x</th></tr></table></div></html>",
    )
    .unwrap();
    assert!(
        !cut_in_print(&chrome, &format!("file://{}", wide.display())).is_empty(),
        "a table wider than the paper is seen"
    );
    if let Ok((_, jar)) = &tools {
        // and the site of a plan full of hostile text: control characters, carriage returns,
        // bidi overrides, markup; in every language
        let hostile = site.join("hostile");
        let (_, err, code) = crate::common::ogp(&[
            "site",
            "tests/fixtures/hostile-text",
            "--out",
            hostile.to_str().unwrap(),
            "--as-of",
            "2027-01-15",
            "--lang",
            "en,es,fr,pt",
        ]);
        assert_eq!(code, 0, "{err}");
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&site)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        files.sort();
        let errors = vnu(jar, &files);
        assert!(errors.is_empty(), "the Nu Html Checker: {errors}");
    }
    control(&chrome, dir.path(), &shots, tools.as_ref().ok());
    eprintln!("screenshots in {}", shots.display());
}

/// What printing would cut, with the print style sheet on a page of A4's printable width
/// (about 720 CSS pixels): every box that hides part of its content (a scroll box still
/// scrolling in print), everything reaching past the paper's edge, and the page itself if it is
/// wider than the paper.
fn cut_in_print(chrome: &Path, url: &str) -> Vec<String> {
    let mut page = launch(chrome, 720, &[]);
    set_viewport(&mut page, 720);
    page.call("Emulation.setEmulatedMedia", json!({"media": "print"}));
    page.navigate(url);
    let js = "JSON.stringify([...document.querySelectorAll('.scroll, figure, svg, table')]\
              .filter(e => e.getClientRects().length && (getComputedStyle(e).overflowX !== 'visible' \
              && e.scrollWidth > e.clientWidth + 1 || \
              e.getBoundingClientRect().right > document.documentElement.clientWidth + 1))\
              .map(e => e.tagName + ' ' + (typeof e.className === 'string' ? e.className : ''))\
              .concat(document.documentElement.scrollWidth > window.innerWidth ? ['the page'] : []))";
    let out = page.evaluate(js, false).unwrap();
    serde_json::from_str(out.as_str().unwrap()).unwrap()
}

/// The checks catch what they look for: a page that logs an error, asks the network, is too
/// wide, has an image without a text alternative and a duplicate id fails each of them.
fn control(chrome: &Path, dir: &Path, shots: &Path, tools: Option<&(String, PathBuf)>) {
    let bad = dir.join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><html lang=en><meta name=viewport content='width=device-width'><title>bad</title><div style='width:2000px'>wide</div>\
         <p id=x>a</p><p id=x>b</p><img src='http://127.0.0.1:9/x.png'><script>console.error('boom')</script></html>",
    )
    .unwrap();
    let l = load(
        chrome,
        &format!("file://{}", bad.canonicalize().unwrap().display()),
        390,
        &shots.join("control.png"),
        tools.map(|t| t.0.as_str()),
    );
    assert!(!l.problems.is_empty(), "the console error is seen");
    assert!(
        l.requests
            .iter()
            .any(|r| r.starts_with("http://127.0.0.1:9/")),
        "{:?}",
        l.requests
    );
    assert!(l.scroll_width > l.inner_width);
    if let Some((_, jar)) = tools {
        assert!(
            l.violations.iter().any(|v| v.starts_with("image-alt")),
            "{:?}",
            l.violations
        );
        assert!(
            vnu(jar, &[bad]).contains("Duplicate ID"),
            "the checker sees the duplicate id"
        );
    }
}
