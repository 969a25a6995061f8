//! The `Test` builder: a temporary notes folder, the binary run on it, and helpers to read back.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Today, pinned so drafts and dashboards are the same on every machine.
pub const TODAY: &str = "2026-10-27";
/// A day when every check-in of the fixtures is due and none has gone quiet: `export eml` writes
/// the check-ins then, as it writes the thank-yous due on `TODAY` (see `export_every_email`).
pub const LATER: &str = "2026-11-06";

pub struct Test {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// dashboard.html without what the page draws itself from no note's text: its script and its
/// charts (counts, in followup's words). What is left holds no script and no
/// SVG at all, so a `<script` or an `<svg` found there came from a note.
pub fn without_own_script(html: &str) -> String {
    let cut = |html: &str, open: &str, close: &str| -> String {
        let start = html.find(open).unwrap_or_else(|| panic!("the page's own `{open}`"));
        let end = start + html[start..].find(close).unwrap() + close.len();
        format!("{}{}", &html[..start], &html[end..])
    };
    let rest = cut(html, "<script>", "</script>");
    let rest = if rest.contains("<figure class=\"charts\">") {
        cut(&rest, "<figure class=\"charts\">", "</figure>")
    } else {
        rest
    };
    assert!(!rest.contains("<script") && !rest.contains("<svg"), "a second script or drawing:\n{rest}");
    rest
}

impl Run {
    /// The run with the folder `dir` written as `NOTES` wherever it appears (a build names it in
    /// the command that lists its warnings), to compare runs on different folders.
    pub fn in_any_folder(self, dir: &Path) -> Run {
        let dir = dir.to_str().unwrap();
        Run { code: self.code, stdout: self.stdout.replace(dir, "NOTES"), stderr: self.stderr.replace(dir, "NOTES") }
    }
}

impl Test {
    /// An empty notes folder.
    pub fn new() -> Test {
        Test { dir: tempfile::tempdir().expect("a temporary folder") }
    }

    /// A copy of a folder of the repository (`content`, `tests/fixtures/<case>`).
    pub fn copy_of(rel: &str) -> Test {
        let test = Test::new();
        copy_dir(&repo().join(rel), test.path());
        test
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A copy of the 30 synthetic notes committed in `tests/fixtures/generated/yaml-30` (the
    /// corpus generator's output, see the README there): committed rather than generated so the
    /// tests need nothing beside the repository, not even Python.
    pub fn generated() -> Test {
        Test::copy_of("tests/fixtures/generated/yaml-30")
    }

    /// Writes a file under the notes folder, creating folders.
    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> &Test {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }

    /// Runs `followup ARGS... <folder> --today TODAY`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_at(TODAY, args)
    }

    /// Runs `followup ARGS... <folder> --today DAY`.
    pub fn run_at(&self, day: &str, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        all.push(self.path().to_str().unwrap());
        all.extend(["--today", day]);
        run(&all)
    }

    /// Builds the folder on DAY, which must succeed, and reads the draft of the note at `note`
    /// (`acme/2026-10-05-screen.md`).
    pub fn draft_built_at(&self, day: &str, note: &str) -> String {
        let run = self.run_at(day, &["build"]);
        assert!(run.code == 0, "{}", run.stderr);
        self.read(&format!("{}.followup.md", note.strip_suffix(".md").expect("a note ends in .md")))
    }

    /// What `followup check` lists for the folder: every warning and error of its notes and
    /// settings (a build prints the errors and counts the warnings).
    pub fn check(&self) -> String {
        let run = self.run(&["check"]);
        assert!(run.code == 0 || run.code == 1, "check failed:\n{}", run.stderr);
        run.stdout
    }

    /// Every email the drafts hold, as `.eml` files in `out_dir`: the thank-yous `export eml`
    /// writes on `TODAY`, and the check-ins it writes on `LATER` (by then a thank-you has given
    /// way to its check-in). The run's stdout lists each file, in `out_dir`.
    pub fn export_every_email(&self, out_dir: &Path) -> Run {
        let (now, later) = (out_dir.with_extension("now"), out_dir.with_extension("later"));
        let runs = [(TODAY, &now), (LATER, &later)].map(|(day, dir)| {
            let run = self.run_at(day, &["export", "eml", "-o", dir.to_str().unwrap()]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            run
        });
        std::fs::create_dir_all(out_dir).unwrap();
        let mut listed = String::new();
        for (run, dir) in runs.iter().zip([&now, &later]) {
            for line in run.stdout.lines() {
                let name = Path::new(line).file_name().unwrap();
                let file = out_dir.join(name);
                // A thank-you with no check-in to give way to is due on both days: once is enough.
                if file.exists() {
                    continue;
                }
                std::fs::rename(dir.join(name), &file).unwrap();
                listed += &format!("{}\n", file.display());
            }
        }
        let stderr = runs.iter().map(|r| r.stderr.as_str()).collect();
        Run { code: 0, stdout: listed, stderr }
    }

    /// Like `run`, with the stage timings of `FOLLOWUP_TRACE=1` on stderr.
    pub fn run_traced(&self, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        all.push(self.path().to_str().unwrap());
        all.extend(["--today", TODAY]);
        run_with(&all, &[("FOLLOWUP_TRACE", "1")])
    }
}

/// Runs the binary with `args`, with no inherited FOLLOWUP_TODAY.
pub fn run(args: &[&str]) -> Run {
    run_with(args, &[])
}

/// Runs the binary with `args` and the environment variables `vars`.
pub fn run_with(args: &[&str], vars: &[(&str, &str)]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(args)
        .env_remove("FOLLOWUP_TODAY")
        .env_remove("FOLLOWUP_TRACE")
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            // Saved on one day, whenever the tests run: a note named with a day and no year
            // (`nov 3 tech screen.md`) takes its year from that day.
            let saved = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(FIXTURES_SAVED);
            std::fs::File::options().write(true).open(&target).unwrap().set_modified(saved).unwrap();
        }
    }
}

/// 2026-12-01T12:00:00Z: when every copied fixture was last saved, as far as followup can tell.
pub const FIXTURES_SAVED: u64 = 1_796_126_400;

/// Every file under `root` with its bytes, sorted by relative path; the build record in
/// `.followup/` is left out (it holds modification times, and is no output).
pub fn snapshot_tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == ".followup") {
                    continue;
                }
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    walk(root, root, &mut out);
    out.sort();
    out
}

/// Polls `cond` every 20 ms until it holds or `limit` passes; true when it held.
pub fn wait_until(limit: std::time::Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if std::time::Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// How long the tests of long-running commands wait for a condition: a passing test waits only
/// as long as the condition takes; the deadline is for a loaded CI machine (2 cores, tests in
/// parallel), where 10 s was once too short for a debug build to start and rebuild.
pub const LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// A long-running command (`watch`, `serve`), its output collected line by line; killed when
/// dropped.
pub struct Running {
    pub child: std::process::Child,
    out: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    err: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Running {
    pub fn start(mut command: Command) -> Running {
        use std::io::{BufRead, BufReader};
        use std::process::Stdio;
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let collect = |stream: Box<dyn std::io::Read + Send>| {
            let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            let sink = lines.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    sink.lock().unwrap().push(line);
                }
            });
            lines
        };
        let out = collect(Box::new(child.stdout.take().unwrap()));
        let err = collect(Box::new(child.stderr.take().unwrap()));
        Running { child, out, err }
    }

    pub fn stdout(&self) -> Vec<String> {
        self.out.lock().unwrap().clone()
    }

    pub fn stderr(&self) -> Vec<String> {
        self.err.lock().unwrap().clone()
    }

    /// Sends SIGTERM and returns the exit code.
    pub fn stop(mut self) -> i32 {
        let status = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        assert!(status.success());
        let mut code = None;
        assert!(wait_until(LIMIT, || {
            code = self.child.try_wait().unwrap().map(|s| s.code().unwrap_or(-1));
            code.is_some()
        }));
        code.unwrap()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
