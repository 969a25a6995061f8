//! followup's temporary files: named after the file they become and the process writing them
//! (`.<name>.<pid>.<random>.followup-tmp`), so that the ones a crashed or killed build left are
//! known for what they are and removed by the next build, and the ones a running build (a
//! watcher, a second build) is writing are left alone.

use std::path::{Path, PathBuf};

/// The end of every temporary file's name.
pub const SUFFIX: &str = ".followup-tmp";

/// The start of the name of a temporary file that becomes `name`: `tempfile` adds the random
/// part and `SUFFIX`.
pub fn prefix(name: &str) -> String {
    format!(".{name}.{}.", std::process::id())
}

/// The process that wrote the temporary file named `name`; `None` when `name` is not one of
/// followup's temporary files.
pub fn owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(SUFFIX)?;
    let (rest, random) = rest.rsplit_once('.')?;
    let (_, pid) = rest.rsplit_once('.')?;
    let is_random = !random.is_empty() && random.chars().all(|c| c.is_ascii_alphanumeric());
    let pid = pid.parse::<u32>().ok().filter(|_| is_random && !pid.starts_with('0'))?;
    Some(pid)
}

/// True when `name` is a temporary file whose process is gone.
pub fn is_stale(name: &str) -> bool {
    owner(name).is_some_and(|pid| !is_running(pid))
}

/// Removes each of `paths` that is a stale temporary file; returns how many went. A file that
/// cannot be removed stays, silently: it is only litter, and the next build tries again.
pub fn remove_stale(paths: &[PathBuf]) -> usize {
    paths
        .iter()
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(is_stale))
        .filter(|p| std::fs::remove_file(p).is_ok())
        .count()
}

/// Removes the stale temporary files directly in `dir` that become one of `names` (`None`:
/// any name, in a folder that is followup's own such as `.followup/`).
pub fn remove_stale_in(dir: &Path, names: Option<&[&str]>) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let becomes = |file: &str, name: &str| file.strip_prefix('.').is_some_and(|f| f.starts_with(&format!("{name}.")));
    let ours = |file: &str| names.is_none_or(|names| names.iter().any(|n| becomes(file, n)));
    let paths: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(|f| f.ends_with(SUFFIX) && ours(f)))
        .map(|e| e.path())
        .collect();
    remove_stale(&paths)
}

/// True while the process `pid` exists (as far as this system can tell: a process of another
/// user counts).
#[cfg(unix)]
#[allow(unsafe_code)]
fn is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 sends nothing; it only asks whether the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Elsewhere no process is known to be gone: nothing is removed.
#[cfg(not(unix))]
fn is_running(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A process id that was in use a moment ago and is not now.
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[test]
    fn names_carry_the_writing_process() {
        let name = format!("{}AbC123{SUFFIX}", prefix("x.followup.md"));
        assert_eq!(owner(&name), Some(std::process::id()));
        assert!(!is_stale(&name), "this process is running");
        for other in [
            "x.followup.md",
            ".x.followup.md.followup-tmp",
            ".x.12.followup-tmp",
            ".x.012.AbC123.followup-tmp",
            ".x.abc.AbC123.followup-tmp",
            ".x.12..followup-tmp",
            "x.12.AbC123.followup-tmp",
        ] {
            assert_eq!(owner(other), None, "{other}");
        }
    }

    #[test]
    fn only_temporaries_of_processes_that_are_gone_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dead_pid();
        let stale = dir.path().join(format!(".notes.json.{dead}.Xy12ab{SUFFIX}"));
        let live = dir.path().join(format!("{}Xy12ab{SUFFIX}", prefix("notes.json")));
        let other = dir.path().join(format!(".other.{dead}.Xy12ab{SUFFIX}"));
        let plain = dir.path().join("notes.json");
        for path in [&stale, &live, &other, &plain] {
            std::fs::write(path, "x").unwrap();
        }
        assert_eq!(remove_stale_in(dir.path(), Some(&["notes.json"])), 1);
        assert!(!stale.exists());
        assert!(live.exists() && other.exists() && plain.exists());
        assert_eq!(remove_stale_in(dir.path(), None), 1);
        assert!(!other.exists() && live.exists() && plain.exists());
    }
}
