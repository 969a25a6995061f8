#!/usr/bin/env bash
# Save-to-repaint latency of `followup serve` on N notes (default 10,000), as headless Chromium
# sees it: the dashboard open, a note's position changed, the time until the page shows it.
#
#     bench/serve.sh [N] [SAVES]          (LIVE_RELOAD_DEBOUNCE=MS: serve's --debounce, default 50)
#
# Generates the notes with ../shared/tools/gen_corpus.py, builds them once, then runs the
# ignored test `live_reload_latency` (tests/cli/browser.rs) on them with the release binary.
# Needs chromium and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
saves=${2:-20}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/followup-serve-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 ../shared/tools/gen_corpus.py "$work/notes" "$n" >/dev/null
cargo build --release --quiet
./target/release/followup build "$work/notes" --quiet --today 2026-11-30 >/dev/null || true
LIVE_RELOAD_DIR="$work/notes" LIVE_RELOAD_SAVES="$saves" FOLLOWUP_BIN="$PWD/target/release/followup" \
  cargo test --quiet --test cli -- --ignored --nocapture --exact browser::live_reload_latency 2>&1 | grep 'live reload'
