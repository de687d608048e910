#!/usr/bin/env python3
"""Writes a plan repository with a long history, for the history-audit benchmark
(bench/run.sh, docs/performance.md).

    bench/history.py COMMITS DIR

DIR becomes a git repository holding tests/fixtures/base (Riverbend) whose history has COMMITS
commits, one a day from 2026-01-20: the first adds the plan files, each later one edits one
commitment file: most often its free text (no change for C211), every seventh its planned end
(a substantive edit, so C211 has real work). Written with `git fast-import` in one go, then
packed (`git gc`), as a real repository of that age would be.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "tests" / "fixtures" / "base"
DAY = 86400
START = 1768910400  # 2026-01-20 12:00 UTC


def blob(text: bytes) -> bytes:
    return b"data %d\n%s\n" % (len(text), text)


def main() -> None:
    commits, out = int(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null")
    subprocess.run(["git", "init", "-q", "-b", "main", str(out)], check=True, env=env)
    # no automatic gc or maintenance racing the explicit `git gc` at the end
    for key, value in (("gc.auto", "0"), ("maintenance.auto", "false"), ("gc.autoDetach", "false")):
        subprocess.run(["git", "-C", str(out), "config", key, value], check=True, env=env)
    files = {
        str(p.relative_to(BASE)).replace(os.sep, "/"): p.read_bytes()
        for p in sorted(BASE.rglob("*.toml"))
    }
    commitments = sorted(k for k in files if "/commitments/" in k)
    stream = bytearray()
    for i in range(commits):
        when = START + i * DAY
        stream += b"commit refs/heads/main\n"
        stream += b"author Point of Contact <poc@example.org> %d +0000\n" % when
        stream += b"committer Point of Contact <poc@example.org> %d +0000\n" % when
        stream += blob(b"edit %d" % i)
        if i == 0:
            for path, text in files.items():
                stream += b"M 100644 inline %s\n" % path.encode() + blob(text)
        else:
            path = commitments[i % len(commitments)]
            text = files[path]
            if i % 7 == 0:
                # a substantive edit: the planned end moves by a day and back
                lines = text.split(b"\n")
                for n, line in enumerate(lines):
                    if line.startswith(b"end = "):
                        lines[n] = line[:-2] + (b"02" if line.endswith(b"01") else b"01")
                        break
                text = b"\n".join(lines)
            else:
                # free text: the problem statement gets a revision number
                lines = text.split(b"\n")
                for n, line in enumerate(lines):
                    if line.startswith(b"problem = "):
                        lines[n] = b'problem = "revision %d of the problem statement"' % i
                        break
                text = b"\n".join(lines)
            files[path] = text
            stream += b"M 100644 inline %s\n" % path.encode() + blob(text)
        stream += b"\n"
    subprocess.run(["git", "fast-import", "--quiet"], input=bytes(stream), cwd=out, check=True, env=env)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=out, check=True, env=env)
    subprocess.run(["git", "gc", "-q"], cwd=out, check=True, env=env)


if __name__ == "__main__":
    main()
