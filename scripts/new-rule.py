#!/usr/bin/env python3
"""Starts a new rule: the skeleton in its family's catalogue, its place in the rule table, its fixtures.

    python3 scripts/new-rule.py CODE NAME [--severity error|warning]
    python3 scripts/new-rule.py C212 milestone-without-owner

For CODE (a family letter S, P, C, M, R or T and three digits) it

1. finds the family in src/rules/mod.rs (`FAMILIES`: the first family of the letter, e.g.
   C -> the catalogue list `catalog::commitments::RULES`, checked by src/rules/commitments.rs),
2. adds `pub static CODE: Rule = Rule { ... }` to the family's catalogue file
   (src/catalog/commitments.rs), in code order, with every field present and a TODO
   placeholder in its example, lists `&CODE` in that file's `RULES`, and adds the rule's
   documentation to src/i18n/en/rules.ftl (CODE-summary, -section, -what, -why, -fix), in
   code order, each a TODO placeholder (tests/integration/rule_table.rs fails until they are
   written),
3. adds a stub case list for CODE to tests/fixtures/generate.py (`pass`: the clean base;
   `fail`: a TODO case without edits, whose test rejects it until it breaks the rule) and runs
   `generate.py CODE`, which writes tests/fixtures/rules/CODE/case.toml, fail/ and pass/ and
   the list of case tests (rule_cases::CODE::fail, rule_cases::CODE::pass),
4. prints what is left to do by hand (docs/adding-a-rule.md has the whole recipe).

It refuses a code or a name that a rule already has, and a code that already has fixtures or
cases. Python 3 standard library only; run it from anywhere inside the repository.
"""

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MOD = ROOT / "src" / "rules" / "mod.rs"
DOCS = ROOT / "src" / "i18n" / "en" / "rules.ftl"
GENERATE = ROOT / "tests" / "fixtures" / "generate.py"
FIXTURES = ROOT / "tests" / "fixtures" / "rules"

# `pub static C201: Rule = Rule {` ... `};`
STATIC = re.compile(r"^(?:pub )?static (\w+): Rule = Rule \{\n(?:.*\n)*?\};\n", re.M)
RULES_LIST = re.compile(r"^pub static RULES: &\[&Rule\] = &\[(.*?)\];\n", re.M | re.S)
CASES_KEY = re.compile(r'^    "([A-Z]\d{3})": \(', re.M)


def fail(msg):
    sys.exit(f"new-rule.py: {msg}")


def rel(p):
    return p.relative_to(ROOT).as_posix()


def families():
    """(letter, catalogue module) of every entry of rules::FAMILIES, in table order."""
    text = MOD.read_text()
    start = text.find("pub static FAMILIES: &[Family] = &[")
    if start < 0:
        fail(f"no `pub static FAMILIES` in {rel(MOD)}")
    end = text.find("\n];", start)
    entries = re.findall(r"letter: '([A-Z])',.*?rules: catalog::(\w+)::RULES,", text[start:end], re.S)
    if not entries:
        fail(f"cannot read the families of {rel(MOD)}")
    return entries


def declared_rules():
    """{code: name} and {name: code} of every Rule static under src/."""
    codes, names = {}, {}
    for f in sorted((ROOT / "src").rglob("*.rs")):
        for m in STATIC.finditer(f.read_text()):
            block = m.group(0)
            code = re.search(r'^\s*code: "([^"]*)",', block, re.M)
            name = re.search(r'^\s*name: "([^"]*)",', block, re.M)
            if code and name:
                codes[code.group(1)] = (name.group(1), rel(f))
                names[name.group(1)] = (code.group(1), rel(f))
    return codes, names


def code_of(item):
    """The code an entry of a list names: `&C201` or `&super::waivers::S009` -> C201, S009."""
    m = re.search(r"([A-Z]\d{3})\s*$", item.strip())
    return m.group(1) if m else None


def next_version():
    """The version a rule added now first appears in: the minor version after Cargo.toml's
    (0.1.0 -> 0.2.0), as docs/decisions.md ("Layering") says."""
    m = re.search(r'^version = "(\d+)\.(\d+)\.(\d+)"', (ROOT / "Cargo.toml").read_text(), re.M)
    if not m:
        fail("cannot read the package version in Cargo.toml")
    return f"{m.group(1)}.{int(m.group(2)) + 1}.0"


def skeleton(code, name, severity):
    return f"""pub static {code}: Rule = Rule {{
    code: "{code}",
    name: "{name}",
    severity: Severity::{severity.capitalize()},
    since: "{next_version()}",
    example: "TODO = \\"a TOML snippet that breaks {code}\\"",
}};
"""


DOC_MESSAGE = re.compile(r"^([A-Z]\d{3})-(?:summary|section|what|why|fix) = ", re.M)


def add_docs(code):
    """The rule's five messages in src/i18n/en/rules.ftl, after those of the codes before it."""
    text = DOCS.read_text()
    block = f"""{code}-summary = TODO: one line, what a finding of {code} means.
{code}-section = TODO: Handbook, <chapter> (<the rule>), or Format: <part> (docs/format.md)
{code}-what = TODO: what {code} checks, exactly, and when it stays silent.
{code}-why = TODO: why it matters: the handbook rule, in our words.
{code}-fix = TODO: how to fix it.
"""
    found = list(DOC_MESSAGE.finditer(text))
    before = [m for m in found if m.group(1) < code]
    if before:  # after the last message of the codes before it
        at = text.find("\n", before[-1].start()) + 1
        text = text[:at] + "\n" + block + text[at:]
    elif found:
        at = found[0].start()
        text = text[:at] + block + "\n" + text[at:]
    else:
        text = text.rstrip("\n") + "\n\n" + block
    DOCS.write_text(text)


def add_static(path, code, name, severity):
    """Puts the skeleton among the file's Rule statics in code order, and `&code` in RULES."""
    text = path.read_text()
    blocks = [(m.group(1), m.start(), m.end()) for m in STATIC.finditer(text)]
    if not blocks:
        fail(f"{rel(path)} declares no Rule statics to put {code} next to")
    before = [b for b in blocks if b[0] < code]
    at = before[-1][2] if before else blocks[0][1]
    new = skeleton(code, name, severity)
    text = text[:at] + ("\n" + new if before else new + "\n") + text[at:]

    m = RULES_LIST.search(text)
    if not m:
        fail(f"no `pub static RULES: &[&Rule] = &[...];` in {rel(path)}")
    body = m.group(1)
    if "//" in body:
        fail(f"{rel(path)}: RULES holds comments; add &{code} to it by hand")
    items = [i.strip() for i in body.split(",") if i.strip()]
    if any(code_of(i) is None for i in items):
        fail(f"{rel(path)}: cannot read RULES ({items}); add &{code} to it by hand")
    pos = len([i for i in items if code_of(i) < code])
    items.insert(pos, f"&{code}")
    listed = "".join(f"    {i},\n" for i in items)
    text = text[: m.start()] + f"pub static RULES: &[&Rule] = &[\n{listed}];\n" + text[m.end():]
    path.write_text(text)


def add_cases(code):
    """A stub case list for `code` in generate.py's RULES, in code order within its family."""
    text = GENERATE.read_text()
    start = text.find("\nRULES = {\n")
    if start < 0:
        fail(f"no `RULES = {{` in {rel(GENERATE)}")
    end = text.find("\n}\n", start)
    keys = [(m.group(1), m.start()) for m in CASES_KEY.finditer(text, start, end)]
    if code in (k for k, _ in keys):
        fail(f"{rel(GENERATE)} already has cases for {code}")
    stub = f"""    "{code}": (STD, {{
        "pass": BASE_CASE,
        "fail": case("TODO: what breaks {code}; give this case the edits that do, e.g. sub(PLAN, old, new)"),
    }}),
"""
    same = [k for k in keys if k[0][0] == code[0]]
    after = [k for k in same if k[0] > code]
    if after:  # before the next rule of the family (below the family's heading)
        at = after[0][1]
    else:  # after the family's last rule, above the next family's "# ---- X" heading
        later = [k for k in keys if same and k[1] > same[-1][1]]
        at = later[0][1] if later else end + 1
        head = text.rfind("\n", 0, at - 1) + 1
        if text[head:at].lstrip().startswith("# ----"):
            at = head
    text = text[:at] + stub + text[at:]
    GENERATE.write_text(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("code", help="e.g. C212: the family's letter and three digits")
    ap.add_argument("name", help="kebab-case, e.g. milestone-without-owner")
    ap.add_argument("--severity", choices=["error", "warning"], default="error",
                    help="the rule's default severity (default: error)")
    args = ap.parse_args()
    code, name = args.code.upper(), args.name

    if not re.fullmatch(r"[SPCMRT]\d{3}", code):
        fail(f"{args.code!r} is not a rule code: a family letter (S P C M R T) and three digits")
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", name):
        fail(f"{name!r} is not a rule name: lowercase words joined by hyphens")
    codes, names = declared_rules()
    if code in codes:
        fail(f"{code} is already {codes[code][0]} ({codes[code][1]})")
    if name in names:
        fail(f"the name {name} is already {names[name][0]}'s ({names[name][1]})")
    if DOC_MESSAGE.search(DOCS.read_text()) is None:
        fail(f"cannot read the rules' messages in {rel(DOCS)}")
    if any(m.group(1) == code for m in DOC_MESSAGE.finditer(DOCS.read_text())):
        fail(f"{rel(DOCS)} already has the messages of {code}")
    if (FIXTURES / code).exists():
        fail(f"{rel(FIXTURES / code)} already exists")
    if f'"{code}": (' in GENERATE.read_text():
        fail(f"{rel(GENERATE)} already has cases for {code}")
    module = next((m for letter, m in families() if letter == code[0]), None)
    if module is None:
        fail(f"no family of letter {code[0]} in rules::FAMILIES ({rel(MOD)})")
    family = ROOT / "src" / "catalog" / f"{module}.rs"
    checks = ROOT / "src" / "rules" / f"{module}.rs"

    add_static(family, code, name, args.severity)
    add_docs(code)
    formatted = shutil.which("rustfmt") and subprocess.run(
        ["rustfmt", "--edition", "2024", str(family)]).returncode == 0
    add_cases(code)
    subprocess.run([sys.executable, str(GENERATE), code], check=True)

    print(f"""Added {code} {name}:
  {rel(family)}: `pub static {code}: Rule` (a TODO example) and `&{code}` in RULES
  {rel(DOCS)}: its summary, section, what, why and fix (TODO placeholders)
  {rel(GENERATE)}: the cases of {code} (pass: the clean base; fail: TODO, no edits yet)
  {rel(FIXTURES / code)}/: case.toml, fail/ and pass/, generated from tests/fixtures/base/

Left to do (docs/adding-a-rule.md):
  1. {rel(DOCS)}: write the summary, section, what, why and fix of {code}, and
     {rel(family)} its example (no TODO may remain: tests/integration/rule_table.rs
     checks). The other languages' rules.ftl get them later (docs/translating.md).
     {rel(checks)}: `use crate::catalog::{module}::{code};` and report it from the
     family's `check` with Finding::new(&{code}, ...).at(file, span, label).
  2. {rel(GENERATE)}: give the `fail` case the edits that break the rule (sub, append, rm...),
     add fail-*/pass-* cases for its edges, then: python3 tests/fixtures/generate.py {code}
  3. cargo test --locked --test integration {code}   (its cases: fail* report {code}, pass* do not)
  4. scripts/bless.sh {code}   (its snapshots, docs/rules.md, the README's count, the goldens
     that list every rule), then read tests/fixtures/rules/{code}/*.snap (what `ogp check`
     prints for each case) and `git diff`: only {code} should change.
  5. cargo test --locked --test integration rule_cases   (where else {code} fires: other rules'
     cases that fail; docs/adding-a-rule.md, step 8), the property tests, CHANGELOG.md.
  6. cargo fmt && cargo clippy --all-targets --locked -- -D warnings && cargo test --locked""")
    if not formatted:
        print("  (rustfmt was not found or failed: run `cargo fmt` first)")


if __name__ == "__main__":
    main()
