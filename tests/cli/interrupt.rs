//! Ctrl-C and crashes (issue 11): a one-shot build stops promptly on Ctrl-C, exits 130 and
//! leaves no temporary file; whatever a build was killed in the middle of is cleaned up by the
//! next one.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{TODAY, Test};

/// A folder of `copies` × 30 notes: the 30 generated ones, copied into numbered folders, so a
/// debug build takes seconds.
fn large_folder(copies: usize) -> Test {
    let t = Test::new();
    let source = crate::support::repo().join("tests/fixtures/generated/yaml-30");
    for i in 0..copies {
        crate::support::copy_dir(&source, &t.path().join(format!("batch-{i:03}")));
    }
    t
}

/// Every path under `root` whose name ends with `suffix`, hidden folders included.
fn files_ending(root: &Path, suffix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                out.push(path.display().to_string());
            }
        }
    }
    out
}

/// Polls `condition` until it holds or `deadline` passes.
fn wait_for(deadline: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + deadline;
    while Instant::now() < end {
        if condition() {
            return true;
        }
        std::thread::yield_now();
    }
    condition()
}

fn signal(pid: u32, name: &str) {
    let status = Command::new("kill").args([&format!("-{name}"), &pid.to_string()]).status().unwrap();
    assert!(status.success(), "kill -{name} {pid}");
}

/// A build of `t` started with `tmp` as its temporary folder, once its first drafts are on disk.
fn build_under_way(t: &Test, tmp: &Path) -> std::process::Child {
    let child = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(["build", t.path().to_str().unwrap(), "--today", TODAY, "--quiet"])
        .env("TMPDIR", tmp)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = wait_for(Duration::from_secs(60), || files_ending(t.path(), ".followup.md").len() >= 5);
    assert!(started, "no draft written within a minute");
    child
}

#[test]
fn ctrl_c_stops_a_build_promptly_exits_130_and_leaves_no_temporary_file() {
    let t = large_folder(40);
    let scratch = tempfile::tempdir().unwrap();
    let mut child = build_under_way(&t, scratch.path());
    signal(child.id(), "INT");
    let sent = Instant::now();
    let exited = wait_for(Duration::from_secs(10), || child.try_wait().unwrap().is_some());
    let waited = sent.elapsed();
    assert!(exited, "still running 10 s after Ctrl-C");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("stopped by Ctrl-C"), "{stderr}");
    let drafts = files_ending(t.path(), ".followup.md").len();
    assert!(drafts < 1200, "the build ran to the end ({drafts} drafts, {waited:?} after Ctrl-C)");
    assert_eq!(files_ending(t.path(), ".followup-tmp"), Vec::<String>::new());
    assert_eq!(files_ending(scratch.path(), ".followup-tmp"), Vec::<String>::new());
    assert!(!t.exists("DASHBOARD.md"), "the dashboard is not written from half the notes");
    // What was written is whole: the next build finishes the rest and finds no draft edited.
    let again = t.run(&["build"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains(" 0 kept (edited)"), "a draft was left half-written:\n{}", again.stdout);
    assert_eq!(files_ending(t.path(), ".followup.md").len(), 1200);
}

/// A process id that was in use a moment ago and is not now.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

// Issue 11, defect 14: temporary files left by a build that was killed (named with the pid of
// the process that wrote them) are removed by the next build; those of a running process stay.
#[test]
fn the_next_build_removes_the_temporaries_a_killed_build_left() {
    let t = Test::generated();
    let scratch = tempfile::tempdir().unwrap();
    let first = t.run(&["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let (dead, alive) = (dead_pid(), std::process::id());
    let stale = [
        t.path().join(format!(".DASHBOARD.md.{dead}.a1B2c3.followup-tmp")),
        t.path().join(format!("acme-robotics/.x.followup.md.{dead}.Zz9Yy8.followup-tmp")),
        t.path().join(format!(".followup/.parts.bin.{dead}.Qq1Ww2.followup-tmp")),
        scratch.path().join(format!(".parts.bin.{dead}.Ee3Rr4.followup-tmp")),
    ];
    let kept = [
        t.path().join(format!("acme-robotics/.x.followup.md.{alive}.Zz9Yy8.followup-tmp")),
        t.path().join(format!(".followup/.notes.json.{alive}.Tt5Yy6.followup-tmp")),
        scratch.path().join(format!(".parts.bin.{alive}.Uu7Ii8.followup-tmp")),
        // Not followup's: a file of the user's that only looks alike, and another program's.
        t.path().join("acme-robotics/.notes.followup-tmp"),
        scratch.path().join(format!(".other.{dead}.Oo9Pp0.followup-tmp")),
    ];
    for path in stale.iter().chain(&kept) {
        std::fs::write(path, "half a file").unwrap();
    }
    // `--check` writes nothing in the notes folder; its scratch record (made by a full build:
    // another day is one) clears the temporary folder.
    let run = |args: &[&str], today: &str| {
        let mut all = args.to_vec();
        all.extend([t.path().to_str().unwrap(), "--today", today]);
        crate::support::run_with(&all, &[("TMPDIR", scratch.path().to_str().unwrap())])
    };
    let check = run(&["build", "--check", "--quiet"], "2026-11-20");
    assert_eq!(check.code, 1, "drafts would change on another day\n{}", check.stderr);
    assert!(stale[..3].iter().all(|p| p.exists()), "--check removed a file in the notes folder");
    assert!(!stale[3].exists(), "the stale scratch record stays in the temporary folder");
    let run = run(&["build", "--quiet"], TODAY);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for path in &stale {
        assert!(!path.exists(), "{} stays", path.display());
    }
    for path in &kept {
        assert!(path.exists(), "{} was removed", path.display());
    }
}

#[test]
fn a_build_killed_mid_way_leaves_nothing_the_next_build_does_not_clean_up() {
    let t = large_folder(40);
    let scratch = tempfile::tempdir().unwrap();
    let mut child = build_under_way(&t, scratch.path());
    signal(child.id(), "KILL");
    child.wait().unwrap();
    // The record's spool is written from the first note on, so a killed build leaves it.
    let left = files_ending(t.path(), ".followup-tmp");
    assert!(!left.is_empty(), "nothing was half-written when the build was killed");
    let again = t.run(&["build"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains(" 0 kept (edited)"), "a draft was left half-written:\n{}", again.stdout);
    assert_eq!(files_ending(t.path(), ".followup-tmp"), Vec::<String>::new());
}
