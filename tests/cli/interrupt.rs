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

#[test]
fn ctrl_c_stops_a_build_promptly_exits_130_and_leaves_no_temporary_file() {
    let t = large_folder(40);
    let scratch = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(["build", t.path().to_str().unwrap(), "--today", TODAY, "--quiet"])
        .env("TMPDIR", scratch.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The build is under way once its first drafts are on disk.
    let started = wait_for(Duration::from_secs(60), || files_ending(t.path(), ".followup.md").len() >= 5);
    assert!(started, "no draft written within a minute");
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
