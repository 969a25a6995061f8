#!/usr/bin/env bash
# followup on one long note that names many people, against a baseline followup when given.
#
#   bench/long_note.sh [KB ...]                           (default: 10 20 40 80; RUNS=5 runs each)
#   BASELINE=/path/to/old/followup bench/long_note.sh KB  (the baseline and this tree's build)
#
# Some people keep a whole search in one file, or paste a week of interviews into one note. Each
# note here is built from ../shared/tools/gen_corpus.py's notes: the front matter of the first,
# then the bodies of as many notes as it takes to reach KB kilobytes, so that the people a note
# names grow with its length (about one person for each kilobyte). Reading such a note asks,
# for every sentence, whether it names each person: the cost grows with sentences times people,
# and the figure to watch is how it grows as the note doubles.
#
# Each size is timed as `followup inspect NOTE` (reading one note, no drafts written): wall time
# (bash's clock) and peak memory (GNU time's %M), the median of RUNS runs; with BASELINE the two
# binaries alternate run by run and each row prints both medians and the ratio current/baseline.
# BENCH_DIR=/dev/shm runs on tmpfs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/followup
base=
if [ -n "${BASELINE:-}" ]; then
  base=$(realpath "$BASELINE")
  [ -x "$base" ] || { echo "BASELINE is not an executable: $BASELINE" >&2; exit 2; }
fi
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 20 40 80)
work=$(mktemp -d ${BENCH_DIR:+-p "$BENCH_DIR"})
trap 'rm -rf "$work"' EXIT
time_bin=${GNU_TIME:-/usr/bin/time}
have_time=false
if [ -x "$time_bin" ] && "$time_bin" -f %M true 2>/dev/null; then
  have_time=true
fi

python3 ../shared/tools/gen_corpus.py "$work/corpus" 200 >/dev/null
mkdir -p "$work/notes"
printf '[sender]\nname = "Bench Mark"\nemail = "bench@example.com"\n' >"$work/notes/followup.toml"
python3 - "$work" "${sizes[@]}" <<'EOF'
import glob, os, sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
files = sorted(glob.glob(f"{work}/corpus/*/*.md"))
def split(path):
    _, front, body = open(path, encoding="utf-8").read().split("---\n", 2)
    return front, body
for kb in sizes:
    note = "---\n" + split(files[0])[0] + "---\n"
    i = 0
    while len(note.encode()) < kb * 1024:
        note += split(files[i % len(files)])[1]
        i += 1
    os.makedirs(f"{work}/notes/long-{kb}", exist_ok=True)
    with open(f"{work}/notes/long-{kb}/2026-10-20-onsite.md", "w", encoding="utf-8") as f:
        f.write(note)
EOF

# once BIN NOTE: prints "seconds KiB" for one run.
once() {
  local start end kib=0
  start=$EPOCHREALTIME
  if $have_time; then
    "$time_bin" -o "$work/t" -f "%M" "$1" inspect "$2" --today 2026-10-27 >/dev/null
    kib=$(tail -n 1 "$work/t")
  else
    "$1" inspect "$2" --today 2026-10-27 >/dev/null
  fi
  end=$EPOCHREALTIME
  echo "$start $end $kib" | awk '{ printf "%.6f %d\n", $2 - $1, $3 }'
}

# median FILE: "seconds MiB" of the middle run.
median() {
  sort -n "$1" | awk '{ t[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%.3f %.1f\n", t[i], m[i] / 1024 }'
}

for kb in "${sizes[@]}"; do
  note=$work/notes/long-$kb/2026-10-20-onsite.md
  : >"$work/cur" && : >"$work/old"
  for ((r = 0; r < runs; r++)); do
    if [ -n "$base" ] && ((r % 2 == 1)); then
      once "$base" "$note" >>"$work/old"
      once "$bin" "$note" >>"$work/cur"
    else
      once "$bin" "$note" >>"$work/cur"
      [ -z "$base" ] || once "$base" "$note" >>"$work/old"
    fi
  done
  read -r t1 m1 < <(median "$work/cur")
  if [ -n "$base" ]; then
    read -r t0 m0 < <(median "$work/old")
    awk -v kb="$kb" -v t0="$t0" -v m0="$m0" -v t1="$t1" -v m1="$m1" -v n="$runs" 'BEGIN {
      printf "%3d KB note   baseline %8.3f s %6.1f MiB | this %8.3f s %6.1f MiB | ratio %6.3f  (median of %d)\n",
        kb, t0, m0, t1, m1, t1 / t0, n }'
  else
    printf '%3d KB note   %8.3f s %6.1f MiB  (median of %d)\n' "$kb" "$t1" "$m1" "$runs"
  fi
done
