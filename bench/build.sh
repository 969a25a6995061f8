#!/usr/bin/env bash
# Times `followup build` on the synthetic corpus: cold (fresh copy) and a rebuild with nothing
# changed, reporting wall time and peak memory (GNU time). Usage: bench/build.sh [N...]
# Needs python3 and ../shared/tools/gen_corpus.py; hugo (apt-get install hugo) for the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
tools=../shared/tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${@:-1000 10000}"; do
  python3 "$tools/gen_corpus.py" "$work/corpus-$n" "$n" >/dev/null
  cp -r "$work/corpus-$n" "$work/notes-$n"
  /usr/bin/time -f "followup cold    $n notes: %e s, %M KiB" ./target/release/followup build "$work/notes-$n" --today 2026-10-27 --quiet 2>&1 | tail -1
  /usr/bin/time -f "followup rebuild $n notes: %e s, %M KiB" ./target/release/followup build "$work/notes-$n" --today 2026-10-27 --quiet 2>&1 | tail -1
  /usr/bin/time -f "followup check   $n notes: %e s, %M KiB" ./target/release/followup check "$work/notes-$n" --today 2026-10-27 >/dev/null 2>"$work/err" || true; tail -1 "$work/err"
  if command -v hugo >/dev/null; then
    bash "$tools/anchor_hugo.sh" "$work/hugo-$n" "$n" 2>/dev/null
    (cd "$work/hugo-$n" && /usr/bin/time -f "hugo cold        $n notes: %e s, %M KiB" hugo --quiet -d "$work/hugo-out-$n" 2>&1 | tail -1)
  fi
done
