#!/usr/bin/env python3
"""Save-to-draft latency of `followup watch` on a large folder of notes.

    bench/watch.py [N] [SAVES]        (defaults: 10000 notes, 100 saves)

FOLLOWUP_BIN=path uses that binary instead of building one; BENCH_DIR=dir puts the notes there
(say /dev/shm, to leave the file system's drift out); WATCH_JSON=file also writes every save's
latency and the watcher's figures there as JSON (bench/build.sh's WATCH=1 reads them).

Generates N notes with ../shared/tools/gen_corpus.py, starts `followup watch` on them (release
build, default debounce), then SAVES times rewrites one note (a different one each time, a new
highlight about its first interviewer) and measures the time from the write to the draft's new bytes on disk.
Reports the median and 95th percentile of that latency, the watcher's own figure for the work
of each rebuild (from its one-line reports), and its resident memory before and after the saves.
Python 3 standard library only.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
saves = int(sys.argv[2]) if len(sys.argv) > 2 else 100

if os.environ.get("FOLLOWUP_BIN"):
    binary = Path(os.environ["FOLLOWUP_BIN"])
else:
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
    binary = root / "target/release/followup"
work = Path(tempfile.mkdtemp(prefix="followup-watch-bench-", dir=os.environ.get("BENCH_DIR")))
notes = work / "notes"
subprocess.run([sys.executable, str(root / "../shared/tools/gen_corpus.py"), str(notes), str(n)],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

proc = subprocess.Popen([str(binary), "watch", str(notes), "--today", "2026-10-27"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
for line in proc.stdout:
    if line.startswith("watching "):
        break

def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

candidates = sorted(p for p in notes.rglob("*.md") if not p.name.endswith(".followup.md") and p.name != "DASHBOARD.md")
rss_before = rss_kib(proc.pid)
rss_samples = []
latencies = []
work_ms = []
dashboard_ms = []
for i in range(saves):
    note = candidates[(i * 97) % len(candidates)]
    draft = note.with_name(note.name[:-3] + ".followup.md")
    old = draft.read_bytes() if draft.exists() else b""
    text = note.read_text()
    # A new highlight about the first interviewer leads their message, whatever its form (email,
    # letter or card), so the draft always changes.
    first = re.search(r"^  - name: (\S+)", text, re.M).group(1)
    text = text.replace("## Highlights\n", f"## Highlights\n\n- {first} liked benchmark run {i}.\n", 1)
    start = time.perf_counter()
    note.write_text(text)
    deadline = start + 10
    while time.perf_counter() < deadline:
        try:
            if draft.read_bytes() != old:
                break
        except FileNotFoundError:
            pass
        time.sleep(0.0005)
    latencies.append((time.perf_counter() - start) * 1000)
    if (i + 1) % max(1, saves // 10) == 0:
        rss_samples.append(rss_kib(proc.pid) / 1024)
    line = proc.stdout.readline()
    m = re.search(r"\(([0-9.]+) ms\)$", line.strip())
    if m:
        work_ms.append(float(m.group(1)))
        if "dashboard updated" in line:
            dashboard_ms.append(float(m.group(1)))
rss_after = rss_kib(proc.pid)
proc.terminate()
proc.wait()

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

print(f"notes: {n}, saves: {saves}")
print(f"save-to-draft latency: median {statistics.median(latencies):.1f} ms, p95 {pct(latencies, 95):.1f} ms, max {max(latencies):.1f} ms")
if work_ms:
    print(f"rebuild work (watcher's own figure): median {statistics.median(work_ms):.1f} ms, p95 {pct(work_ms, 95):.1f} ms")
if dashboard_ms:
    print(f"  of which {len(dashboard_ms)} saves changed the dashboard: median {statistics.median(dashboard_ms):.1f} ms, max {max(dashboard_ms):.1f} ms")
print(f"resident memory: {rss_before / 1024:.1f} MiB before, {rss_after / 1024:.1f} MiB after")
print("resident memory every tenth of the saves (MiB): " + ", ".join(f"{m:.1f}" for m in rss_samples))
if os.environ.get("WATCH_JSON"):
    Path(os.environ["WATCH_JSON"]).write_text(json.dumps({
        "binary": str(binary), "notes": n, "saves": saves, "latencies_ms": latencies,
        "work_ms": work_ms, "dashboard_ms": dashboard_ms,
        "rss_mib_before": rss_before / 1024, "rss_mib_after": rss_after / 1024}))
subprocess.run(["rm", "-rf", str(work)])
