#!/usr/bin/env bash
# Do two followup binaries write the same bytes? (issue 10's promise: "same bytes out")
#
#   bench/identical.sh OLD_BIN NEW_BIN
#
# Input folders: the repo's content/ (its generated drafts, DASHBOARD.md and dashboard.html
# stripped first), every folder under tests/fixtures/ holding notes, ../shared/corpus/wild (when
# present), NOTES generated notes (../shared/tools/gen_corpus.py, default 10000) and TOML_NOTES
# notes with Zola-style TOML front matter (default 300). NOTES=0 or TOML_NOTES=0 leaves a set out.
#
# For each folder, OLD and then NEW run on a fresh copy of it at the same path ($work/run), with
# --today 2026-10-27, and these are compared between the two, one line per check:
#   build          stdout, stderr and exit code of the cold build
#   tree           every draft and both dashboard files (diff -r; .followup/, the record, is left
#                  out: it is a cache keyed by the executable)
#   rebuild        stdout, stderr and exit code of a second build with nothing changed
#   rebuild writes the files that second build wrote (size, mtime or bytes changed); this also
#                  fails when either binary rewrote a draft or a dashboard file
#   inspect/status/list/check   their output, JSON and plain text (inspect also of one note)
#   export ics     the command's output and the .ics file
#   export eml     the command's output and the whole output folder
#   edit/status/delete   one note gets a new line, another one's status changes, a third is
#                  deleted, a build after each: its output and the tree after it
# Each line says `same` or `DIFFERENT: …` with the first lines of the diff; the exit code is 1 when
# anything differs. BENCH_DIR=dir puts the work there (default /dev/shm when present, tmpfs);
# KEEP=1 keeps it (and prints where) to look at the differences.
set -euo pipefail
if [ $# -ne 2 ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
for b in "$old" "$new"; do [ -x "$b" ] || { echo "not an executable: $b" >&2; exit 2; }; done
cd "$(dirname "$0")/.."
repo=$PWD
shared=$repo/../shared
notes=${NOTES:-10000}
toml_notes=${TOML_NOTES:-300}
today=2026-10-27
bench_dir=${BENCH_DIR:-}
if [ -z "$bench_dir" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then bench_dir=/dev/shm; fi
work=$(mktemp -d ${bench_dir:+-p "$bench_dir"} followup-identical.XXXXXX)
if [ "${KEEP:-}" = 1 ]; then
  trap 'echo "work kept in $work" >&2' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
# Nothing from the caller's environment that changes what followup prints.
unset FOLLOWUP_TRACE FOLLOWUP_TODAY CI NO_COLOR
started=$SECONDS
failed=0
checks=0

# strip DIR: removes what followup generates (drafts that still carry followup's fingerprint on
# their first line, the dashboard files at the top, the record, the default eml outbox).
strip() {
  local dir=$1 f
  rm -rf "$dir/.followup" "$dir/DASHBOARD.md" "$dir/dashboard.html" "$dir/outbox"
  while IFS= read -r -d '' f; do
    if [[ $(head -n 1 "$f") == '<!-- followup draft '* ]]; then rm -f "$f"; fi
  done < <(find "$dir" -name '*.followup.md' -print0)
}

# cap DIR CMD...: CMD's stdout, stderr and exit code into DIR.
cap() {
  local dir=$1 rc=0
  shift
  mkdir -p "$dir"
  (cd "$work" && "$@") >"$dir/stdout" 2>"$dir/stderr" || rc=$?
  echo "$rc" >"$dir/rc"
}

# manifest DIR: every file's path, size and mtime, and every file's path and checksum.
manifest() {
  (cd "$1" && {
    find . -type f -printf '%P\t%s\t%T@\n'
    find . -type f -printf '%P\0' | xargs -0 -r sha256sum | awk '{ h = $1; sub(/^[^ ]*  /, ""); print $0 "\t" h }'
  } | LC_ALL=C sort)
}

# changed BEFORE AFTER: the paths whose size, mtime or bytes changed, appeared or went.
changed() {
  diff "$1" "$2" | awk -F'\t' '/^[<>] / { print substr($1, 3) }' | LC_ALL=C sort -u || true
}

# snapshot DIR: a copy of the notes folder (record and all) as it is now.
snapshot() { cp -a "$work/run" "$1"; }

# notes_in DIR: the notes' paths, relative and sorted (not drafts, dashboards or READMEs).
notes_in() {
  (cd "$1" && find . -path ./.followup -prune -o -type f -name '*.md' ! -name '*.followup.md' \
    ! -name DASHBOARD.md ! -iname 'README.md' -printf '%P\n' | LC_ALL=C sort)
}

# side SIDE BIN SET: everything one binary does on one input folder, kept in $work/out/SIDE.
side() {
  local bin=$2 set=$3 o=$work/out/$1 r=$work/run x=$work/x
  rm -rf "$o" "$r" "$x"
  mkdir -p "$o" "$x"
  cp -a "$work/in/$set" "$r"
  cap "$o/build" "$bin" build "$r" --today $today
  snapshot "$o/tree"
  manifest "$r" >"$o/manifest-before"
  cap "$o/rebuild" "$bin" build "$r" --today $today
  manifest "$r" >"$o/manifest-after"
  changed "$o/manifest-before" "$o/manifest-after" >"$o/rebuild-writes"
  cap "$o/inspect-json" "$bin" inspect "$r" --json --today $today
  cap "$o/inspect" "$bin" inspect "$r" --today $today
  if [ -n "$edit_note" ]; then
    cap "$o/inspect-note-json" "$bin" inspect "$r/$edit_note" --json --today $today
  fi
  cap "$o/status-json" "$bin" status "$r" --json --today $today
  cap "$o/status" "$bin" status "$r" --today $today
  cap "$o/list-json" "$bin" list "$r" --json --today $today
  cap "$o/list" "$bin" list "$r" --today $today
  cap "$o/check" "$bin" check "$r" --today $today
  cap "$o/export-ics" "$bin" export ics "$r" --today $today --output "$x/followups.ics"
  mv "$x/followups.ics" "$o/export-ics/" 2>/dev/null || true
  cap "$o/export-eml" "$bin" export eml "$r" --today $today --output "$x/eml"
  mv "$x/eml" "$o/export-eml/eml" 2>/dev/null || true
  # The exports must not have written into the notes folder either.
  manifest "$r" >"$o/manifest-exports"
  changed "$o/manifest-after" "$o/manifest-exports" >"$o/views-writes"
  if [ -n "$edit_note" ]; then
    echo "- One more thing went well." >>"$r/$edit_note"
    cap "$o/edit" "$bin" build "$r" --today $today
    snapshot "$o/tree-edit"
  fi
  if [ -n "$status_note" ]; then
    if grep -q '^status: rejected' "$r/$status_note" || grep -q '^status = "rejected"' "$r/$status_note"; then
      sed -i '0,/^status: /s/^status: .*/status: offer/; 0,/^status = /s/^status = .*/status = "offer"/' "$r/$status_note"
    else
      sed -i '0,/^status: /s/^status: .*/status: rejected/; 0,/^status = /s/^status = .*/status = "rejected"/' "$r/$status_note"
    fi
    cap "$o/status-change" "$bin" build "$r" --today $today
    snapshot "$o/tree-status"
  fi
  if [ -n "$delete_note" ]; then
    rm "$r/$delete_note"
    cap "$o/delete" "$bin" build "$r" --today $today
    snapshot "$o/tree-delete"
  fi
  rm -rf "$r" "$x"
}

# report LABEL DIFF_FILE: one line, `same` or `DIFFERENT` and the first lines of the diff.
report() {
  checks=$((checks + 1))
  if [ ! -s "$2" ]; then
    printf '%-52s same\n' "$1"
  else
    failed=$((failed + 1))
    printf '%-52s DIFFERENT: %s\n' "$1" "$(sed -n 1p "$2")"
    sed -n '2,12p' "$2" | cut -c1-200 | sed 's/^/      /'
    [ "$(wc -l <"$2")" -le 12 ] || echo "      … ($(wc -l <"$2") lines of diff)"
  fi
}

# compare SET LABEL PATH [diff options]: $work/out/old/PATH against $work/out/new/PATH.
compare() {
  local set=$1 label=$2 path=$3
  shift 3
  if [ ! -e "$work/out/old/$path" ] && [ ! -e "$work/out/new/$path" ]; then return; fi
  diff -r "$@" "$work/out/old/$path" "$work/out/new/$path" 2>&1 \
    | sed "s|$work/out/old|OLD|g; s|$work/out/new|NEW|g; s|$work/|\$work/|g" >"$work/diff" || true
  report "$set: $label" "$work/diff"
}

run_set() {
  local set=$1 all
  all=$(notes_in "$work/in/$set")
  edit_note=$(sed -n 1p <<<"$all")
  # The second note with a status line (the first when there is one), as in bench/build.sh.
  status_note=$(cd "$work/in/$set" && tr '\n' '\0' <<<"$all" \
    | { xargs -0 -r grep -l -e '^status: ' -e '^status = ' || true; } | awk 'NR <= 2 { l = $0 } END { print l }')
  delete_note=$(tail -n 1 <<<"$all")
  [ "$delete_note" != "$edit_note" ] && [ "$delete_note" != "$status_note" ] || delete_note=
  local t0=$SECONDS
  side old "$old" "$set"
  side new "$new" "$set"
  echo "== $set ($(grep -c . <<<"$all") notes; $((SECONDS - t0)) s)"
  compare "$set" "build output" build
  compare "$set" "tree after build" tree -x .followup
  compare "$set" "rebuild output" rebuild
  # Which files the no-op rebuild wrote: the same for both, and never a draft or dashboard file.
  {
    diff "$work/out/old/rebuild-writes" "$work/out/new/rebuild-writes" | sed 's/^</OLD wrote/; s/^>/NEW wrote/' | grep -v '^---\|^[0-9]' || true
    for s in old new; do grep -v '^\.followup/' "$work/out/$s/rebuild-writes" | sed "s/^/${s^^} rewrote on a no-op rebuild: /" || true; done
  } >"$work/writes"
  report "$set: rebuild writes nothing" "$work/writes"
  for v in inspect-json inspect inspect-note-json status-json status list-json list check; do
    compare "$set" "${v/-json/ --json}" "$v"
  done
  {
    for s in old new; do sed "s/^/${s^^} wrote into the notes folder: /" "$work/out/$s/views-writes"; done
  } >"$work/writes"
  report "$set: views and exports write nothing" "$work/writes"
  compare "$set" "export ics" export-ics
  compare "$set" "export eml" export-eml
  [ -n "$status_note" ] || printf '%-52s skipped (no note has a status line)\n' "$set: one status changed"
  [ -n "$delete_note" ] || printf '%-52s skipped (no third note to delete)\n' "$set: one note deleted"
  compare "$set" "one note edited: output" edit
  compare "$set" "one note edited: tree" tree-edit -x .followup
  compare "$set" "one status changed: output" status-change
  compare "$set" "one status changed: tree" tree-status -x .followup
  compare "$set" "one note deleted: output" delete
  compare "$set" "one note deleted: tree" tree-delete -x .followup
  rm -rf "$work/out"
}

# The input folders, stripped copies in $work/in.
mkdir -p "$work/in"
sets=()
cp -a content "$work/in/content" && strip "$work/in/content" && sets+=(content)
for d in tests/fixtures/*/; do
  d=${d%/}
  if [ -n "$(notes_in "$d")" ]; then
    cp -a "$d" "$work/in/fixtures-${d##*/}" && strip "$work/in/fixtures-${d##*/}"
    sets+=("fixtures-${d##*/}")
  fi
done
if [ -d "$shared/corpus/wild" ]; then
  cp -a "$shared/corpus/wild" "$work/in/wild" && strip "$work/in/wild" && sets+=(wild)
fi
if [ "$notes" -gt 0 ]; then
  python3 "$shared/tools/gen_corpus.py" "$work/in/generated-$notes" "$notes" >/dev/null 2>"$work/gen.log" \
    || { cat "$work/gen.log" >&2; exit 2; }
  sets+=("generated-$notes")
fi
if [ "$toml_notes" -gt 0 ]; then
  python3 "$shared/tools/gen_corpus.py" --front-matter toml "$work/in/toml-$toml_notes" "$toml_notes" \
    >/dev/null 2>"$work/gen.log" || { cat "$work/gen.log" >&2; exit 2; }
  sets+=("toml-$toml_notes")
fi

echo "OLD $old"
echo "NEW $new"
for set in "${sets[@]}"; do run_set "$set"; done
echo "== $checks checks, $failed different, $((SECONDS - started)) s"
[ "$failed" -eq 0 ]
