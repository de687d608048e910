#!/usr/bin/env python3
"""Checks that Cargo.toml's `rust-version` is honest about the locked dependencies.

Every package in Cargo.lock that states a `rust-version` must need no newer Rust than the one
`ogp` states, or a user with that Rust could not build it. Prints the newest requirement and
the packages that set it; exits 1 when one of them needs more than `ogp` states.

Usage: python3 scripts/rust-version.py   (from the repository; runs `cargo metadata --locked`)
"""

import json
import subprocess
import sys


def version(text):
    """'1.88' or '1.88.0' as a comparable tuple (1, 88, 0)."""
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    out = subprocess.run(
        ["cargo", "metadata", "--locked", "--format-version", "1"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    meta = json.loads(out)
    ours = next(p for p in meta["packages"] if p["id"] == meta["resolve"]["root"])
    stated = ours.get("rust_version")
    if not stated:
        print("rust-version: Cargo.toml states none; add `rust-version` to [package]")
        return 1
    locked = {n["id"] for n in meta["resolve"]["nodes"]}
    needs = [
        (version(p["rust_version"]), p["name"], p["version"])
        for p in meta["packages"]
        if p["id"] in locked and p["id"] != ours["id"] and p.get("rust_version")
    ]
    newest = max(v for v, _, _ in needs)
    setters = sorted(f"{n} {v}" for r, n, v in needs if r == newest)
    shown = ".".join(str(x) for x in newest[:2])
    print(f"rust-version: ogp states {stated}; the newest any locked package needs is {shown} ({', '.join(setters)})")
    too_new = sorted(f"{n} {v} needs {'.'.join(str(x) for x in r[:2])}" for r, n, v in needs if r > version(stated))
    if too_new:
        print(f"rust-version: {len(too_new)} locked package(s) need a newer Rust than ogp states:")
        for line in too_new:
            print(f"  {line}")
        print("Raise `rust-version` in Cargo.toml (and the README's 'Rust toolchain (… or newer)'), or lock older versions.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
