#!/usr/bin/env bash
# The Python wheel, tested the way a user gets it. Builds the wheel and the source distribution
# with maturin (pyproject.toml: the `ogp` binary packed into a wheel); installs the wheel with pip
# into a fresh virtual environment, with no index and no Rust toolchain on PATH, and runs the
# `ogp` pip put on that environment's PATH on the examples, comparing output and exit code with
# the golden files the integration tests use; installs it with pipx too, and runs docs/ci.md's
# pre-commit hook with it. `.ci/run` runs this after `cargo test`; it ends with
# "wheel: N passed, N failed".
#
#   bash tests/wheel.sh                     # the wheel as CI builds it (cargo's dev profile)
#   OGP_WHEEL_PROFILE=release bash tests/wheel.sh   # optimised, as the release workflow builds it
#
# maturin comes from PyPI, into a virtual environment of its own. When PyPI cannot be reached
# the test says so and is skipped; any other failure fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the wheel is built where cargo builds everything else, so what `cargo test` compiled is reused
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
profile="${OGP_WHEEL_PROFILE:-dev}"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
# the maturin pyproject.toml builds with, e.g. maturin>=1.9,<2
maturin=$(sed -n 's/^requires = \["\(maturin[^"]*\)"\]$/\1/p' pyproject.toml)

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "wheel: ok: $1"; }
bad() { failed=$((failed + 1)); echo "wheel: FAILED: $1"; }

python3 -m venv "$work/tools"
if ! "$work/tools/bin/python" -m pip install --quiet "${maturin:?pyproject.toml names no maturin}" >"$work/pip.log" 2>&1; then
    if grep -Eq 'NewConnectionError|Max retries exceeded|Name or service not known|Temporary failure in name resolution|Network is unreachable|ConnectTimeout|ProxyError' "$work/pip.log"; then
        echo "wheel: skipped: PyPI cannot be reached, so maturin cannot be installed to build the wheel:"
        tail -n 3 "$work/pip.log"
        exit 0
    fi
    cat "$work/pip.log"
    echo "wheel: FAILED: pip could not install maturin (above)"
    exit 1
fi

start=$(date +%s)
if [ "$profile" = release ]; then
    profile_args=(--release)
else
    profile_args=(--profile "$profile")
fi
"$work/tools/bin/maturin" build --quiet "${profile_args[@]}" --out "$work/dist" 2>"$work/maturin.log" || {
    cat "$work/maturin.log"
    echo "wheel: FAILED: maturin build"
    exit 1
}
echo "wheel: built in $(($(date +%s) - start)) s (profile $profile)"

shopt -s nullglob
wheels=("$work"/dist/*.whl)
if [ "${#wheels[@]}" -eq 1 ] && [[ "$(basename "${wheels[0]}")" == ogp_local-"$version"-py3-none-*.whl ]]; then
    ok "one wheel, ogp-local $version for any Python 3: $(basename "${wheels[0]}")"
else
    bad "expected one wheel ogp_local-$version-py3-none-*.whl, found: ${wheels[*]:-none}"
    echo "wheel: $passed passed, $failed failed"
    exit 1
fi
wheel=${wheels[0]}

# The source distribution (for platforms without a wheel) holds what building ogp needs, and
# none of the test fixtures (some of whose names no package format accepts).
if "$work/tools/bin/maturin" sdist --out "$work/sdist" >"$work/maturin.log" 2>&1; then
    listing=$(tar -tzf "$work/sdist/ogp_local-$version.tar.gz")
    missing=""
    for f in Cargo.toml Cargo.lock pyproject.toml README.md src/main.rs src/lib.rs; do
        grep -qx "ogp_local-$version/$f" <<<"$listing" || missing="$missing $f"
    done
    # every file the source includes at compile time (include_str!, include_bytes!)
    included=$(cd src && grep -rno 'include_\(str\|bytes\)!("[^"]*")' . |
        sed 's/^\(.*\)\/[^/]*:[0-9]*:include_[a-z]*!("\(.*\)")$/\1\/\2/' |
        python3 -c 'import os,sys; [print(os.path.normpath(os.path.join("src", l.strip()))) for l in sys.stdin]' | sort -u)
    for f in $included; do
        grep -qx "ogp_local-$version/$f" <<<"$listing" || missing="$missing $f"
    done
    if [ -z "$missing" ] && ! grep -q "^ogp_local-$version/tests/" <<<"$listing"; then
        ok "the source distribution holds the crate and no test fixtures"
    else
        bad "the source distribution: missing${missing:- nothing}; $(grep -c /tests/ <<<"$listing") files of tests/"
    fi
else
    cat "$work/maturin.log"
    bad "maturin sdist"
fi

# The user's side: a fresh environment, the wheel only (no index: nothing is fetched or built),
# and a PATH without cargo or rustc.
python3 -m venv "$work/user"
bare_path="$work/user/bin:/usr/bin:/bin"
if (PATH="$bare_path" && command -v cargo || command -v rustc) >/dev/null; then
    toolchain="(this machine's /usr/bin has a Rust toolchain)"
else
    toolchain="and no Rust toolchain on PATH"
fi
if PATH="$bare_path" "$work/user/bin/python" -m pip install --quiet --no-index --no-deps "$wheel"; then
    ok "pip installs the wheel with no index $toolchain"
else
    bad "pip install of the wheel"
fi
found=$(PATH="$bare_path" && command -v ogp || true)
if [ "$found" = "$work/user/bin/ogp" ]; then
    ok "ogp is on the environment's PATH"
else
    bad "ogp on PATH is '${found:-nothing}', not $work/user/bin/ogp"
fi

# `run ARGS...`: the installed ogp, as the golden files were made (no colour, no history of
# ogp's own repository), from the repository root; sets $out and $code.
run() {
    code=0
    out=$(cd "$root" && PATH="$bare_path" NO_COLOR=1 OGP_NO_HISTORY=1 ogp "$@") || code=$?
}
expect() { # expect NAME CODE GOLDEN
    if [ "$code" = "$2" ] && [ "$out" = "$(cat "$root/tests/golden/$3")" ]; then
        ok "$1"
    else
        bad "$1: exit code $code (expected $2), output:"
        printf '%s\n' "$out" | diff -u "$root/tests/golden/$3" - | head -n 40 || true
    fi
}

run --version
if [ "$code" = 0 ] && [ "$out" = "ogp $version" ]; then
    ok "ogp --version says $version"
else
    bad "ogp --version: exit $code, '$out'"
fi
run check examples/riverbend --as-of 2026-11-28
expect "ogp check examples/riverbend --as-of 2026-11-28 (exit 0, tests/golden/check/riverbend.txt)" 0 check/riverbend.txt
run check examples/harbor-town --as-of 2027-03-01
expect "ogp check examples/harbor-town --as-of 2027-03-01 (exit 1, tests/golden/check/harbor-town.txt)" 1 check/harbor-town.txt

# `pipx install`, as the README says first: ogp in an environment of its own, on PATH
if "$work/tools/bin/python" -m pip install --quiet pipx >"$work/pip.log" 2>&1; then
    if PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/pipx-bin" PIPX_MAN_DIR="$work/pipx-man" \
        "$work/tools/bin/pipx" install --quiet "$wheel" >"$work/pipx.log" 2>&1 &&
        [ "$("$work/pipx-bin/ogp" --version)" = "ogp $version" ]; then
        ok "pipx install puts ogp $version on PATH"
    else
        bad "pipx install: $(tail -n 5 "$work/pipx.log")"
    fi
else
    bad "pip could not install pipx: $(tail -n 3 "$work/pip.log")"
fi

# The pre-commit hook docs/ci.md gives (`repo: local`, `language: python`), as written there but
# with this wheel in place of the version on PyPI, in a plan repository made for it.
if "$work/tools/bin/python" -m pip install --quiet pre-commit >"$work/pip.log" 2>&1; then
    plans="$work/plans"
    mkdir -p "$plans"
    cp -R examples/riverbend/. "$plans/"
    python3 - "$root/docs/ci.md" "$wheel" "$version" >"$plans/.pre-commit-config.yaml" <<'PY'
import sys
doc, wheel, version = sys.argv[1], sys.argv[2], sys.argv[3]
blocks = [b.split("```")[0] for b in open(doc).read().split("```yaml\n")[1:]]
block = next(b for b in blocks if "repo: local" in b)
pin = f'"ogp-local=={version}"'
assert pin in block, f"docs/ci.md's local hook does not pin {pin}"
print(block.replace(pin, f'"{wheel}"'), end="")
PY
    hook() { # hook NAME EXPECTED-CODE: runs the hooks on every file of the plan repository
        code=0
        out=$(cd "$plans" && git add -A && PRE_COMMIT_HOME="$work/pre-commit-home" NO_COLOR=1 \
            PATH="$work/tools/bin:$bare_path" pre-commit run --all-files 2>&1) || code=$?
        if [ "$code" = "$2" ]; then
            ok "$1"
        else
            bad "$1: exit code $code (expected $2):"
            printf '%s\n' "$out" | tail -n 30
        fi
    }
    git -C "$plans" init --quiet
    hook "docs/ci.md's pre-commit hook installs the wheel and passes the example" 0
    # a syntax error in a plan file fails the commit, with the finding
    printf 'title = "unclosed\n' >>"$plans/plans/2026-2030/plan.toml"
    hook "the same hook fails a commit with a broken plan file" 1
    case "$out" in
    *S001*) ok "its output names the finding (S001)" ;;
    *) bad "its output does not name S001: $out" ;;
    esac
else
    bad "pip could not install pre-commit: $(tail -n 3 "$work/pip.log")"
fi

if PATH="$bare_path" "$work/user/bin/python" -m pip uninstall --quiet --yes ogp-local && [ ! -e "$work/user/bin/ogp" ]; then
    ok "pip uninstall ogp-local removes ogp"
else
    bad "pip uninstall ogp-local"
fi

echo "wheel: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
