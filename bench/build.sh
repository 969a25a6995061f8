#!/usr/bin/env bash
# followup against Hugo, or against a baseline followup, on the same synthetic notes, side by side
# in one run.
#
#   bench/build.sh [N ...]                           (default: 1000 10000; RUNS=5 runs each)
#   BASELINE=/path/to/old/followup bench/build.sh N  (the baseline and this tree's build)
#   WATCH=1 bench/build.sh N                         (also bench/watch.py's save-to-draft latency)
#
# For each N: followup cold (fresh copy of the notes, no drafts, no record), followup rebuild with
# nothing changed, followup with one note changed (a new line in a note: its draft changes, the
# dashboard does not), followup with one note changed that the dashboard shows (its status), and
# Hugo's cold build of the same notes when hugo is installed
# (../shared/tools/anchor_hugo.sh; apt-get install hugo). Wall time (bash's clock, to the
# millisecond) and peak memory (GNU time's %M) are each the median of RUNS runs; the runs of
# followup and Hugo alternate so that file-system drift hits both alike.
#
# BASELINE=path: every followup row is timed for the baseline binary too, each on its own copy of
# the notes; the two alternate step by step (which one goes first alternates from run to run),
# and each row prints both medians and the ratio current/baseline (time and memory; issue 10's
# budget: within 10 %).
#
# WATCH=1: after the builds, bench/watch.py (N notes, WATCH_SAVES saves, default 100) runs
# WATCH_RUNS times (default 1) for this build, and as often for the baseline when there is one,
# alternating; it prints the median and p95 of save-to-draft latency and of the watcher's own
# rebuild figure over all the saves of each binary.
#
# Set FOLLOWUP_TRACE=1 to see followup's stage timings, BENCH_DIR=/dev/shm to run on tmpfs (no
# file-system drift at all). Without GNU time at /usr/bin/time (or GNU_TIME=path; apt-get install
# time) the times are still measured; peak memory is then left out.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/followup
base=
if [ -n "${BASELINE:-}" ]; then
  base=$(realpath "$BASELINE")
  [ -x "$base" ] || { echo "BASELINE is not an executable: $BASELINE" >&2; exit 2; }
fi
tools=$PWD/../shared/tools
runs=${RUNS:-5}
work=$(mktemp -d ${BENCH_DIR:+-p "$BENCH_DIR"})
trap 'rm -rf "$work"' EXIT
today=2026-10-27
time_bin=${GNU_TIME:-/usr/bin/time}
have_time=false
if [ -x "$time_bin" ] && "$time_bin" -f %M true 2>/dev/null; then
  have_time=true
else
  echo "no GNU time at $time_bin (apt-get install time): times only, no peak memory" >&2
fi

# timed LABEL CMD...: appends "seconds KiB" to $work/LABEL (KiB is 0 without GNU time).
timed() {
  local label=$1 start end rc=0 kib=0
  shift
  start=$EPOCHREALTIME
  if $have_time; then
    "$time_bin" -o "$work/t" -f "%M" "$@" >/dev/null 2>&1 || rc=$?
  else
    "$@" >/dev/null 2>&1 || rc=$?
  fi
  end=$EPOCHREALTIME
  if $have_time; then kib=$(tail -n 1 "$work/t"); fi
  [ "$rc" -eq 0 ] || echo "warning: exit code $rc from: $*" >&2
  echo "$start $end $kib" | awk '{ printf "%.6f %d\n", $2 - $1, $3 }' >>"$work/$label"
}

# stats LABEL: "seconds MiB runs", each the median of the runs under that label.
stats() {
  paste -d ' ' <(cut -d ' ' -f 1 "$work/$1" | sort -g) <(cut -d ' ' -f 2 "$work/$1" | sort -n) \
    | awk '{ t[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%.6f %.6f %d\n", t[i], m[i] / 1024, NR }'
}

# single LABEL SECONDS MIB RUNS: one program's figures on a line (memory only where GNU time ran).
single() {
  if $have_time; then
    printf '%-42s %7.3f s %7.1f MiB  (median of %d)\n' "$1" "$2" "$3" "$4"
  else
    printf '%-42s %7.3f s  (median of %d)\n' "$1" "$2" "$4"
  fi
}

# row LABEL: one row of the summary (with the baseline's figures and the ratios when there is one).
row() {
  local label=$1
  [ -f "$work/new|$label" ] || return 0
  if [ -z "$base" ]; then
    read -r t m k < <(stats "new|$label")
    single "followup $label" "$t" "$m" "$k"
  else
    read -r t0 m0 _ < <(stats "old|$label")
    read -r t1 m1 k < <(stats "new|$label")
    awk -v l="$label" -v t0="$t0" -v m0="$m0" -v t1="$t1" -v m1="$m1" -v k="$k" -v mem="$have_time" 'BEGIN {
      rt = t0 > 0 ? sprintf("%5.2f", t1 / t0) : "    -"
      rm = m0 > 0 ? sprintf("%5.2f", m1 / m0) : "    -"
      if (mem == "true")
        printf "%-34s %7.3f s %6.1f MiB | %7.3f s %6.1f MiB | %s %s  (median of %d)\n", l, t0, m0, t1, m1, rt, rm, k
      else
        printf "%-34s %7.3f s | %7.3f s | %s  (median of %d)\n", l, t0, t1, rt, k
    }'
  fi
}

# steps SIDE BIN N: the four followup builds, in order, on $work/notes-N-SIDE.
step_cold() {
  rm -rf "$work/notes-$3-$1" && cp -r "$work/corpus-$3" "$work/notes-$3-$1"
  timed "$1|cold, $3 notes" "$2" build "$work/notes-$3-$1" --today $today --quiet
}
step_unchanged() {
  timed "$1|unchanged, $3 notes" "$2" build "$work/notes-$3-$1" --today $today --quiet
}
step_note() {
  echo "- One more thing went well." >>"$work/notes-$3-$1/$note_rel"
  timed "$1|one note changed, $3 notes" "$2" build "$work/notes-$3-$1" --today $today --quiet
}
step_status() {
  sed -i 's/^status: .*/status: on hold/' "$work/notes-$3-$1/$status_rel"
  timed "$1|one status changed, $3 notes" "$2" build "$work/notes-$3-$1" --today $today --quiet
}

# watch_run SIDE BIN N: one run of bench/watch.py, its figures kept in $work/watch-SIDE-N-*.json.
watch_run() {
  local out
  out=$(mktemp "$work/watch-$1-$3-XXXXXX.json")
  FOLLOWUP_BIN=$2 WATCH_JSON=$out python3 bench/watch.py "$3" "${WATCH_SAVES:-100}" >/dev/null
}

# watch_summary N: median and p95 for each binary, over all its runs.
watch_summary() {
  python3 - "$work" "$1" "$base" <<'EOF'
import json, statistics, sys
from pathlib import Path
work, n, base = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
figures = {}
for side in (["old", "new"] if base else ["new"]):
    lat, work_ms = [], []
    for f in sorted(work.glob(f"watch-{side}-{n}-*.json")):
        d = json.loads(f.read_text())
        lat += d["latencies_ms"]
        work_ms += d["work_ms"]
    figures[side] = (statistics.median(lat), pct(lat, 95), statistics.median(work_ms) if work_ms else 0,
                     pct(work_ms, 95) if work_ms else 0, len(lat))
    name = {"old": "baseline", "new": "followup" if not base else "current"}[side]
    m, p, wm, wp, k = figures[side]
    print(f"watch {name:<8} {n} notes: save to draft median {m:6.1f} ms, p95 {p:6.1f} ms;"
          f" rebuild work median {wm:5.1f} ms, p95 {wp:5.1f} ms  ({k} saves)")
if base:
    (m0, p0, w0, q0, _), (m1, p1, w1, q1, _) = figures["old"], figures["new"]
    r = lambda a, b: f"{b / a:5.2f}" if a else "    -"
    print(f"watch current/baseline: save to draft median {r(m0, m1)}, p95 {r(p0, p1)};"
          f" rebuild work median {r(w0, w1)}, p95 {r(q0, q1)}")
EOF
}

[ $# -gt 0 ] || set -- 1000 10000
if [ -n "$base" ]; then
  echo "baseline $base"
  echo "current  $bin"
fi
for n in "$@"; do
  python3 "$tools/gen_corpus.py" "$work/corpus-$n" "$n" >/dev/null
  note_rel=$(cd "$work/corpus-$n" && find . -name '*.md' ! -name '*.followup.md' ! -name DASHBOARD.md | sort | sed -n 1p)
  status_rel=$(cd "$work/corpus-$n" && grep -rl '^status: ' . --include='*.md' | sort | sed -n 2p)
  have_hugo=false
  if command -v hugo >/dev/null; then
    have_hugo=true
    bash "$tools/anchor_hugo.sh" "$work/hugo-$n" "$n" >/dev/null 2>&1
  fi
  for r in $(seq "$runs"); do
    # With a baseline: the baseline first in odd runs, this build first in even ones.
    sides=(new)
    if [ -n "$base" ]; then
      if [ $((r % 2)) -eq 1 ]; then sides=(old new); else sides=(new old); fi
    fi
    for step in cold unchanged note status; do
      for s in "${sides[@]}"; do
        if [ "$s" = old ]; then "step_$step" old "$base" "$n"; else "step_$step" new "$bin" "$n"; fi
      done
    done
    if $have_hugo; then
      rm -rf "$work/hugo-out-$n"
      (cd "$work/hugo-$n" && timed "hugo cold, $n notes" hugo --quiet -d "$work/hugo-out-$n")
    fi
  done
  rm -rf "$work/notes-$n-old" "$work/notes-$n-new"
  if [ -n "$base" ]; then
    if $have_time; then
      printf '%-34s %-21s | %-21s | %s\n' "$n notes" "baseline" "current" "current/baseline (time, memory)"
    else
      printf '%-34s %-9s | %-9s | %s\n' "$n notes" "baseline" "current" "current/baseline"
    fi
  fi
  for step in "cold" "unchanged" "one note changed" "one status changed"; do
    row "$step, $n notes"
  done
  if [ -f "$work/hugo cold, $n notes" ]; then
    read -r t m k < <(stats "hugo cold, $n notes")
    single "hugo cold, $n notes" "$t" "$m" "$k"
  fi
  if [ "${WATCH:-}" = 1 ]; then
    for r in $(seq "${WATCH_RUNS:-1}"); do
      if [ -n "$base" ] && [ $((r % 2)) -eq 1 ]; then watch_run old "$base" "$n"; fi
      watch_run new "$bin" "$n"
      if [ -n "$base" ] && [ $((r % 2)) -eq 0 ]; then watch_run old "$base" "$n"; fi
    done
    watch_summary "$n"
  fi
done
