#!/usr/bin/env bash
# followup against Hugo on the same synthetic notes, side by side in one run.
#
#   bench/build.sh [N ...]        (default: 1000 10000; RUNS=5 runs each, medians reported)
#
# For each N: followup cold (fresh copy of the notes, no drafts, no record), followup rebuild with
# nothing changed, followup with one note changed (a new line in a note: its draft changes, the
# dashboard does not), followup with one note changed that the dashboard shows (its status), and
# Hugo's cold build of the same notes
# (../shared/tools/anchor_hugo.sh; apt-get install hugo). Wall time and peak memory come from
# GNU time; each figure is the median of RUNS runs, and the runs of followup and Hugo alternate so
# that file-system drift hits both alike. Set FOLLOWUP_TRACE=1 to see followup's stage timings,
# BENCH_DIR=/dev/shm to run on tmpfs (no file-system drift at all).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/followup
tools=$PWD/../shared/tools
runs=${RUNS:-5}
work=$(mktemp -d ${BENCH_DIR:+-p "$BENCH_DIR"})
trap 'rm -rf "$work"' EXIT
today=2026-10-27

# timed LABEL CMD...: appends "seconds KiB" to $work/LABEL
timed() {
  local label=$1; shift
  /usr/bin/time -o "$work/t" -f "%e %M" "$@" >/dev/null 2>&1 || true
  cat "$work/t" >> "$work/$label"
}

median() {
  sort -n -k1,1 "$work/$1" | awk -v label="$1" '{ t[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%-34s %6.2f s %7.1f MiB  (median of %d)\n", label, t[i], m[i] / 1024, NR }'
}

[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
  python3 "$tools/gen_corpus.py" "$work/corpus-$n" "$n" >/dev/null
  have_hugo=false
  if command -v hugo >/dev/null; then
    have_hugo=true
    bash "$tools/anchor_hugo.sh" "$work/hugo-$n" "$n" >/dev/null 2>&1
  fi
  for _ in $(seq "$runs"); do
    rm -rf "$work/notes-$n" && cp -r "$work/corpus-$n" "$work/notes-$n"
    timed "followup cold, $n notes" "$bin" build "$work/notes-$n" --today $today --quiet
    timed "followup unchanged, $n notes" "$bin" build "$work/notes-$n" --today $today --quiet
    note=$(find "$work/notes-$n" -name '*.md' ! -name '*.followup.md' ! -name DASHBOARD.md | sort | sed -n 1p)
    echo "- One more thing went well." >> "$note"
    timed "followup one note changed, $n notes" "$bin" build "$work/notes-$n" --today $today --quiet
    note=$(grep -rl '^status: ' "$work/notes-$n" --include='*.md' | sort | sed -n 2p)
    sed -i 's/^status: .*/status: on hold/' "$note"
    timed "followup one status changed, $n notes" "$bin" build "$work/notes-$n" --today $today --quiet
    if $have_hugo; then
      rm -rf "$work/hugo-out-$n"
      (cd "$work/hugo-$n" && timed "hugo cold, $n notes" hugo --quiet -d "$work/hugo-out-$n")
    fi
  done
  for label in "followup cold, $n notes" "followup unchanged, $n notes" "followup one note changed, $n notes" "followup one status changed, $n notes" "hugo cold, $n notes"; do
    [ -f "$work/$label" ] && median "$label"
  done
done
