#!/usr/bin/env bash
# The side-by-side benchmark of docs/performance.md.
#
#   bench/run.sh [N...]          default: 10 100 1000 10000
#
# Builds ogp and the generator in release mode, generates each registry of N jurisdictions
# (deterministic: seed 2026) into a scratch folder and measures, on the same files:
#   ogp        ogp check --format json --as-of 2028-06-30 DIR > /dev/null    (all cores)
#   ogp-1      the same with RAYON_NUM_THREADS=1                             (one core)
#   floor      ogp-gen --parse-only DIR: find, read and TOML-parse every file, nothing else
#   taplo      taplo check against our schema/ (one rule per file kind)
#   cjs        check-jsonschema, one run per file kind with its schema (TOML read directly)
# plus the latency of one plan including process start, and the peak memory (/usr/bin/time -v).
# Then the public site and the briefing: `ogp site` over the 1,000-jurisdiction registry (time,
# page count, largest page) and `ogp agenda` for one plan including process start.
# Times are the median of RUNS runs (default 5; 3 at N >= 10,000; check-jsonschema once at
# N >= 1,000 without warm-up, it is slow) after one warm-up run, so every tool reads from the
# page cache.
#
# Then, with git: `ogp check --new-since HEAD` on the registry of GIT_N (default 1,000)
# jurisdictions committed into one repository with five files edited since, against the plain
# check; and the history audit (C211) of a plan repository of HISTORY_COMMITS (default 5,000)
# commits written by bench/history.py, against the same check with OGP_NO_HISTORY=1.
#
# Environment: RUNS, BENCH_DIR (keep the registries there; default a temp dir, removed at the
# end), SKIP_CJS=1 / SKIP_TAPLO=1 to leave a tool out, NO_INSTALL=1 to never install tools,
# SKIP_GIT=1 to leave the git benchmarks out.
# ONLY_SITE=1 to measure only the site and the briefing.
set -euo pipefail
cd "$(dirname "$0")/.."

NS=("$@")
[ ${#NS[@]} -eq 0 ] && NS=(10 100 1000 10000)
RUNS=${RUNS:-5}
AS_OF=2028-06-30
KEEP=${BENCH_DIR:+1}
WORK=${BENCH_DIR:-$(mktemp -d -t ogp-bench.XXXXXX)}
mkdir -p "$WORK"
[ -z "$KEEP" ] && trap 'rm -rf "$WORK"' EXIT

say() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------
say "building ogp and ogp-gen (release)..."
cargo build --release --quiet --bin ogp --example ogp-gen
OGP=$PWD/target/release/ogp
GEN=$PWD/target/release/examples/ogp-gen

install_ok() { [ -z "${NO_INSTALL:-}" ]; }
if [ -z "${SKIP_TAPLO:-}" ] && ! command -v taplo >/dev/null; then
  if install_ok; then
    say "installing taplo-cli (cargo install taplo-cli --locked)..."
    cargo install taplo-cli --locked --quiet || say "taplo-cli did not build; leaving taplo out"
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
fi
command -v taplo >/dev/null || SKIP_TAPLO=1
if [ -z "${SKIP_CJS:-}" ] && ! command -v check-jsonschema >/dev/null; then
  if install_ok; then
    say "installing check-jsonschema (pip install check-jsonschema)..."
    python3 -m pip install --quiet check-jsonschema || say "pip install failed; leaving check-jsonschema out"
  fi
fi
command -v check-jsonschema >/dev/null || SKIP_CJS=1
if [ ! -x /usr/bin/time ] && install_ok && command -v apt-get >/dev/null; then
  say "installing GNU time (apt-get install time)..."
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
fi
HAVE_TIME=; [ -x /usr/bin/time ] && HAVE_TIME=1
HAVE_HYPERFINE=; command -v hyperfine >/dev/null && HAVE_HYPERFINE=1

SCHEMA=$WORK/schema
"$OGP" schema --out "$SCHEMA"
TAPLO_CFG=$WORK/taplo.toml
{
  echo 'include = ["**/*.toml"]'
  for kind in "jurisdiction:**/jurisdiction.toml" "plan:**/plans/*/plan.toml" \
    "commitment:**/plans/*/commitments/*.toml" "meetings:**/plans/*/meetings.toml" \
    "tracker:**/plans/*/tracker.toml"; do
    printf '\n[[rule]]\ninclude = ["%s"]\n[rule.schema]\npath = "file://%s/%s.schema.json"\n' \
      "${kind#*:}" "$SCHEMA" "${kind%%:*}"
  done
} > "$TAPLO_CFG"

# --- measuring -------------------------------------------------------------------------------
now() { date +%s%N; }
# median wall seconds of $1 runs of the command (after one warm-up run unless WARM=0);
# output discarded
median() {
  local runs=$1; shift
  [ "${WARM:-1}" = 0 ] || "$@" >/dev/null 2>&1 || true
  local ts=() i t0
  for ((i = 0; i < runs; i++)); do
    t0=$(now)
    "$@" >/dev/null 2>&1 || true
    ts+=($(( $(now) - t0 )))
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.3f\n", m / 1e9}'
}
# peak resident memory in MB
peak() {
  [ -n "$HAVE_TIME" ] || { echo "n/a"; return; }
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F: '/Maximum resident set size/ {printf "%.1f\n", $2 / 1024}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "n/a" && b != "n/a") printf "%.2f", a / b; else printf "n/a" }'; }

ogp_check() { "$OGP" check --format json --as-of "$AS_OF" "$1"; }
ogp_check_1() { RAYON_NUM_THREADS=1 "$OGP" check --format json --as-of "$AS_OF" "$1"; }
floor() { "$GEN" --parse-only "$1"; }
taplo_check() { (cd "$1" && RUST_LOG=off taplo check --config "$TAPLO_CFG"); }
cjs_check() {
  local dir=$1 kind glob
  for kind in "jurisdiction:jurisdiction.toml" "plan:plan.toml" "meetings:meetings.toml" "tracker:tracker.toml"; do
    glob=${kind#*:}
    find "$dir" -name "$glob" -print0 | xargs -0 check-jsonschema --schemafile "$SCHEMA/${kind%%:*}.schema.json"
  done
  find "$dir" -path '*/commitments/*.toml' -print0 | xargs -0 check-jsonschema --schemafile "$SCHEMA/commitment.schema.json"
}

# latency NAME CMD...: one run of CMD including process start, into ${NAME}_MS and ${NAME}_HOW
latency() {
  local name=$1; shift
  local ms how
  if [ -n "$HAVE_HYPERFINE" ]; then
    hyperfine -N -i --warmup 20 --runs 300 --export-json "$WORK/$name.json" "$*" >/dev/null 2>&1
    ms=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('%.1f' % (r['median']*1000))" "$WORK/$name.json")
    how="hyperfine, median of 300"
  else
    local t0; t0=$(now)
    for _ in $(seq 300); do "$@" >/dev/null 2>&1 || true; done
    ms=$(awk -v d=$(( $(now) - t0 )) 'BEGIN { printf "%.1f", d / 300 / 1e6 }')
    how="mean of 300 in a shell loop"
  fi
  printf -v "${name}_MS" '%s' "$ms"
  printf -v "${name}_HOW" '%s' "$how"
}

# --- machine ---------------------------------------------------------------------------------
say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
say "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# ogp benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sm), $(nproc) cores, $("$OGP" --version)"
echo "# taplo: $(taplo --version 2>/dev/null || echo absent); check-jsonschema: $(check-jsonschema --version 2>/dev/null | awk '{print $NF}' || echo absent)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- registries ------------------------------------------------------------------------------
declare -A T_OGP T_OGP1 T_FLOOR T_TAPLO T_CJS M_OGP M_TAPLO M_FLOOR FILES BYTES
[ -n "${ONLY_SITE:-}" ] && NS=()
for n in "${NS[@]}"; do
  dir=$WORK/reg-$n
  if [ ! -d "$dir" ]; then
    say "generating N = $n..."
    "$GEN" "$n" "$dir" 2>/dev/null
  fi
  FILES[$n]=$(find "$dir" -name '*.toml' | wc -l)
  BYTES[$n]=$(find "$dir" -name '*.toml' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  r=$RUNS; [ "$n" -ge 10000 ] && [ "$r" -gt 3 ] && r=3
  say "N = $n (${FILES[$n]} files): ogp..."
  T_OGP[$n]=$(median "$r" ogp_check "$dir")
  T_OGP1[$n]=$(median "$r" ogp_check_1 "$dir")
  say "N = $n: parse floor..."
  T_FLOOR[$n]=$(median "$r" floor "$dir")
  M_OGP[$n]=$(peak "$OGP" check --format json --as-of "$AS_OF" "$dir")
  M_FLOOR[$n]=$(peak "$GEN" --parse-only "$dir")
  if [ -z "${SKIP_TAPLO:-}" ]; then
    say "N = $n: taplo..."
    T_TAPLO[$n]=$(median "$r" taplo_check "$dir")
    M_TAPLO[$n]=$(cd "$dir" && RUST_LOG=off peak taplo check --config "$TAPLO_CFG")
  else
    T_TAPLO[$n]=n/a; M_TAPLO[$n]=n/a
  fi
  if [ -z "${SKIP_CJS:-}" ]; then
    say "N = $n: check-jsonschema..."
    if [ "$n" -ge 1000 ]; then
      # slow: one run, no warm-up (the other tools have just read the same files)
      T_CJS[$n]=$(WARM=0 median 1 cjs_check "$dir")
    else
      T_CJS[$n]=$(median "$r" cjs_check "$dir")
    fi
  else
    T_CJS[$n]=n/a
  fi
done

# --- one plan, including process start --------------------------------------------------------
one=$WORK/reg-10
[ -d "$one" ] || "$GEN" 10 "$one" 2>/dev/null
# the first generated jurisdiction with a single plan
root=
for j in "$one"/*/*/; do
  if [ "$(find "$j/plans" -mindepth 1 -maxdepth 1 -type d | wc -l)" -eq 1 ]; then root=${j%/}; break; fi
done
if [ -z "${ONLY_SITE:-}" ]; then
say "one plan: latency..."
latency ONE "$OGP" check --format json --as-of "$AS_OF" "$root"
ONE_MEM=$(peak "$OGP" check --format json --as-of "$AS_OF" "$root")
fi

# --- the public site and the briefing --------------------------------------------------------
SITE_N=${SITE_N:-1000}
sreg=$WORK/reg-$SITE_N
[ -d "$sreg" ] || { say "generating N = $SITE_N..."; "$GEN" "$SITE_N" "$sreg" 2>/dev/null; }
SITE_OUT=$WORK/site-$SITE_N
rm -rf "$SITE_OUT"
ogp_site() { "$OGP" site --as-of "$AS_OF" --out "$SITE_OUT" "$sreg"; }
say "site of N = $SITE_N..."
T_SITE=$(median "$RUNS" ogp_site)
M_SITE=$(peak "$OGP" site --as-of "$AS_OF" --out "$SITE_OUT" "$sreg")
SITE_FILES=$(find "$SITE_OUT" -type f ! -name .ogp-site | wc -l)
SITE_MB=$(du -sb "$SITE_OUT" | awk '{printf "%.1f", $1 / 1048576}')
read -r BIG_BYTES BIG_PAGE < <(find "$SITE_OUT" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
MEAN_PAGE=$(find "$SITE_OUT/j" -name 'index.html' -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s / NR / 1024}')
say "one plan: agenda latency..."
agenda_root=$root
if [ -z "$agenda_root" ]; then
  for j in "$one"/*/*/; do agenda_root=${j%/}; break; done
fi
latency AGENDA "$OGP" agenda --as-of "$AS_OF" "$agenda_root"

# --- report ----------------------------------------------------------------------------------
if [ -z "${ONLY_SITE:-}" ]; then
echo "| N | files | MB | ogp (s) | ogp 1 core (s) | parse floor (s) | taplo (s) | check-jsonschema (s) | ogp / taplo | ogp / floor | ogp / check-jsonschema | 1 core / 2 cores | time N / time N÷10 | peak MB ogp | peak MB floor | peak MB taplo |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
prev=
for n in "${NS[@]}"; do
  scale=n/a
  if [ -n "$prev" ] && [ "$n" -eq $((prev * 10)) ]; then scale=$(ratio "${T_OGP[$n]}" "${T_OGP[$prev]}"); fi
  mb=$(awk -v b="${BYTES[$n]}" 'BEGIN { printf "%.1f", b / 1048576 }')
  echo "| $n | ${FILES[$n]} | $mb | ${T_OGP[$n]} | ${T_OGP1[$n]} | ${T_FLOOR[$n]} | ${T_TAPLO[$n]} | ${T_CJS[$n]} | $(ratio "${T_OGP[$n]}" "${T_TAPLO[$n]}") | $(ratio "${T_OGP[$n]}" "${T_FLOOR[$n]}") | $(ratio "${T_OGP[$n]}" "${T_CJS[$n]}") | $(ratio "${T_OGP1[$n]}" "${T_OGP[$n]}") | $scale | ${M_OGP[$n]} | ${M_FLOOR[$n]} | ${M_TAPLO[$n]} |"
  prev=$n
done
echo
echo "One plan ($(find "$root" -name '*.toml' | wc -l) files), ogp check including process start: ${ONE_MS} ms ($ONE_HOW), peak ${ONE_MEM} MB."
fi
echo
echo "ogp site, N = $SITE_N: ${T_SITE} s (median of $RUNS), peak ${M_SITE} MB; $SITE_FILES files, $SITE_MB MB; jurisdiction page ${MEAN_PAGE} KB on average, largest page $BIG_BYTES bytes ($BIG_PAGE)."
echo "ogp agenda, one plan, including process start: ${AGENDA_MS} ms ($AGENDA_HOW)."
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
# --- git: --new-since and the history audit ---------------------------------------------------
# (SKIP_GIT=1 leaves it out; GIT_N and HISTORY_COMMITS size it, default 1000 and 5000.)
if [ -z "${SKIP_GIT:-}" ] && command -v git >/dev/null; then
  GIT_N=${GIT_N:-1000}
  HISTORY_COMMITS=${HISTORY_COMMITS:-5000}
  export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  g() { git -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false "$@"; }
  # git's automatic housekeeping would start a gc of its own in the background after the big
  # commit (too many loose objects), racing the script's `git gc` ("gc is already running",
  # "gc.pid.lock exists"): the repositories built here turn it off and are packed explicitly.
  no_auto_gc() { git -C "$1" config gc.auto 0 && git -C "$1" config maintenance.auto false && git -C "$1" config gc.autoDetach false; }
  # the registry of GIT_N jurisdictions committed into one repository, then five plan files
  # edited in the work tree (what a pull request looks like)
  repo=$WORK/git-$GIT_N
  if [ ! -d "$repo/.git" ]; then
    say "git: committing the registry of $GIT_N..."
    [ -d "$WORK/reg-$GIT_N" ] || "$GEN" "$GIT_N" "$WORK/reg-$GIT_N" 2>/dev/null
    mkdir -p "$repo" && cp -r "$WORK/reg-$GIT_N" "$repo/registry"
    (cd "$repo" && g init -q -b main . && no_auto_gc . && g add -A && \
      GIT_AUTHOR_DATE=2026-01-01T12:00:00Z GIT_COMMITTER_DATE=2026-01-01T12:00:00Z g commit -q -m registry && g gc -q)
    for f in $(cd "$repo" && find registry -path '*/commitments/*.toml' | sort | head -5); do
      sed -i 's/^title = "/title = "Edited: /' "$repo/$f"
    done
  fi
  plain_nohist() { (cd "$repo" && OGP_NO_HISTORY=1 "$OGP" check --format json --as-of "$AS_OF" registry); }
  plain_git() { (cd "$repo" && "$OGP" check --format json --as-of "$AS_OF" registry); }
  new_since() { (cd "$repo" && "$OGP" check --format json --as-of "$AS_OF" --new-since HEAD registry); }
  say "git: --new-since on $GIT_N jurisdictions..."
  T_PLAIN=$(median "$RUNS" plain_nohist)
  T_PLAIN_GIT=$(median "$RUNS" plain_git)
  T_SINCE=$(median "$RUNS" new_since)
  M_SINCE=$(cd "$repo" && peak "$OGP" check --format json --as-of "$AS_OF" --new-since HEAD registry)
  # a plan repository with HISTORY_COMMITS commits (bench/history.py: one a day, every seventh
  # a substantive edit of a commitment)
  hist=$WORK/history-$HISTORY_COMMITS
  if [ ! -d "$hist/.git" ]; then
    say "git: writing a history of $HISTORY_COMMITS commits..."
    python3 bench/history.py "$HISTORY_COMMITS" "$hist"
  fi
  hist_off() { OGP_NO_HISTORY=1 "$OGP" check --format json --as-of 2045-01-01 "$hist"; }
  hist_on() { "$OGP" check --format json --as-of 2045-01-01 "$hist"; }
  say "git: history audit of $HISTORY_COMMITS commits..."
  T_HOFF=$(median "$RUNS" hist_off)
  T_HON=$(median "$RUNS" hist_on)
  C211_N=$("$OGP" check --format json --as-of 2045-01-01 "$hist" | grep -c '"rule": "C211"' || true)
  echo
  echo "| git | seconds | ratio |"
  echo "|---|--:|--:|"
  echo "| check, $GIT_N jurisdictions in a repository, no history | $T_PLAIN | 1.00 |"
  echo "| the same, history read (1 commit) | $T_PLAIN_GIT | $(ratio "$T_PLAIN_GIT" "$T_PLAIN") |"
  echo "| the same with --new-since HEAD (only changed jurisdictions checked again; $(ratio "$T_SINCE" "$T_PLAIN_GIT")× the check with history) | $T_SINCE | $(ratio "$T_SINCE" "$T_PLAIN") |"
  echo "| one plan, no history | $T_HOFF | |"
  echo "| one plan, history audit of $HISTORY_COMMITS commits ($C211_N C211 findings) | $T_HON | |"
  echo
  echo "History audit alone: $(awk -v a="$T_HON" -v b="$T_HOFF" 'BEGIN { printf "%.3f", a - b }') s. Peak memory of --new-since on $GIT_N: ${M_SINCE} MB."
fi

