//! The outbox: a folder of `.eml` files that `export eml` keeps equal to the emails due now,
//! touching only files it wrote.
//!
//! A list beside the files (`.followup-outbox`) names each file followup wrote there, with a hash
//! of its bytes. A file on that list and unchanged is followup's: it is rewritten when its email
//! changes and removed when its email is no longer due. Any other file (one of the user's, or
//! one of followup's that someone changed, as a mail app may when it opens a draft) is never
//! written over or removed; the email that would take its name is left out, and said so.

use std::path::{Path, PathBuf};

use crate::hash::Fnv;
use crate::output::write::atomic_write;

/// The list of the files followup wrote into an outbox, inside it.
pub const LIST: &str = ".followup-outbox";

const HEADER: &str = "# The .eml files `followup export eml` wrote here, with a hash of each.\n# It rewrites or removes only these, and only while unchanged. Delete this list to keep them all.\n";

/// What bringing an outbox up to date did.
#[derive(Debug, Default)]
pub struct Synced {
    /// Every file of an email due now, written or already as it should be.
    pub current: Vec<PathBuf>,
    /// Files of emails no longer due, removed.
    pub removed: Vec<PathBuf>,
    /// Files left alone: the path, and why.
    pub left: Vec<(PathBuf, &'static str)>,
}

/// Makes `dir` hold `files` (name, bytes): writes what is missing or changed, removes what
/// followup wrote earlier and is not among them, and leaves every other file as it is.
///
/// # Errors
/// When the folder or a file cannot be written or removed.
pub fn sync(dir: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<Synced> {
    std::fs::create_dir_all(dir)?;
    let list_path = dir.join(LIST);
    let before = match std::fs::read_to_string(&list_path) {
        Ok(text) => parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    let ours_before = |name: &str| before.iter().find(|(_, n)| n == name).map(|(h, _)| *h);
    let mut synced = Synced::default();
    let mut after: Vec<(u64, String)> = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(name);
        let on_disk = read_if_there(&path)?;
        let ours = match (&on_disk, ours_before(name)) {
            (OnDisk::Absent, _) => true,
            (OnDisk::File(old), Some(hash)) => hash_of(old) == hash,
            _ => false,
        };
        if !ours {
            // A file of followup's that was changed stays on the list, so that it is still
            // known as changed, until its email is no longer due.
            let why = match ours_before(name) {
                Some(hash) => {
                    after.push((hash, name.clone()));
                    CHANGED
                }
                None => NOT_OURS,
            };
            synced.left.push((path, why));
            continue;
        }
        if !matches!(&on_disk, OnDisk::File(old) if old == bytes) {
            atomic_write(&path, bytes)?;
        }
        after.push((hash_of(bytes), name.clone()));
        synced.current.push(path);
    }
    for (hash, name) in &before {
        if after.iter().any(|(_, n)| n == name) {
            continue;
        }
        let path = dir.join(name);
        match read_if_there(&path)? {
            OnDisk::File(old) if hash_of(&old) == *hash => {
                std::fs::remove_file(&path)?;
                synced.removed.push(path);
            }
            OnDisk::Absent => {}
            _ if !synced.left.iter().any(|(p, _)| *p == path) => synced.left.push((path, CHANGED_NOT_DUE)),
            _ => {}
        }
    }
    after.sort_by(|a, b| a.1.cmp(&b.1));
    let text: String = std::iter::once(HEADER.to_owned())
        .chain(after.iter().map(|(hash, name)| format!("{hash:016x} {name}\n")))
        .collect();
    match (after.is_empty(), read_if_there(&list_path)?) {
        (true, OnDisk::File(_)) => std::fs::remove_file(&list_path)?,
        (false, OnDisk::File(old)) if old == text.as_bytes() => {}
        (false, _) => atomic_write(&list_path, text.as_bytes())?,
        _ => {}
    }
    Ok(synced)
}

const NOT_OURS: &str = "followup did not write this file, so it leaves it alone and this email is not exported";
const CHANGED: &str =
    "changed since followup wrote it, so it is left as it is: delete it to get the email as the draft has it now";
const CHANGED_NOT_DUE: &str = "no longer due, but changed since followup wrote it, so it stays: delete it yourself";

/// The list's entries: (hash, file name). A line that is not one is ignored, so a damaged list
/// can only make followup leave files alone.
fn parse(text: &str) -> Vec<(u64, String)> {
    text.lines()
        .filter_map(|line| {
            let (hash, name) = line.split_once(' ')?;
            let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
            Some((u64::from_str_radix(hash, 16).ok()?, name.to_owned())).filter(|_| plain)
        })
        .collect()
}

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hash = Fnv::default();
    hash.write(bytes);
    hash.0
}

/// What is under a name in the outbox.
enum OnDisk {
    Absent,
    File(Vec<u8>),
    /// A folder, a link or a device: never followup's, never read.
    Other,
}

fn read_if_there(path: &Path) -> std::io::Result<OnDisk> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => std::fs::read(path).map(OnDisk::File),
        Ok(_) => Ok(OnDisk::Other),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(OnDisk::Absent),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(paths: &[PathBuf]) -> Vec<String> {
        paths.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn writes_the_due_removes_its_own_stale_files_and_leaves_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let file = |name: &str, text: &str| (name.to_owned(), text.as_bytes().to_vec());
        let first = sync(d, &[file("a.eml", "A"), file("b.eml", "B"), file("c.eml", "C")]).unwrap();
        assert_eq!(names(&first.current), ["a.eml", "b.eml", "c.eml"]);
        std::fs::write(d.join("mine.eml"), "my own").unwrap();
        std::fs::write(d.join("b.eml"), "B, edited in a mail app").unwrap();
        // a is no longer due, b was changed, c's email changed, d is new, mine is the user's.
        let second = sync(d, &[file("c.eml", "C2"), file("d.eml", "D"), file("mine.eml", "M")]).unwrap();
        assert_eq!(names(&second.current), ["c.eml", "d.eml"]);
        assert_eq!(names(&second.removed), ["a.eml"]);
        let left: Vec<(String, &str)> =
            second.left.iter().map(|(p, why)| (names(std::slice::from_ref(p))[0].clone(), *why)).collect();
        assert_eq!(left, [("mine.eml".to_owned(), NOT_OURS), ("b.eml".to_owned(), CHANGED_NOT_DUE)]);
        assert_eq!(std::fs::read_to_string(d.join("c.eml")).unwrap(), "C2");
        assert_eq!(std::fs::read_to_string(d.join("mine.eml")).unwrap(), "my own");
        assert_eq!(std::fs::read_to_string(d.join("b.eml")).unwrap(), "B, edited in a mail app");
        // Nothing due: followup's files and its list go; the others stay.
        let third = sync(d, &[]).unwrap();
        assert_eq!(names(&third.removed), ["c.eml", "d.eml"]);
        let mut left: Vec<String> =
            std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        assert_eq!(left, ["b.eml", "mine.eml"]);
    }

    #[test]
    fn a_damaged_list_only_makes_files_stay() {
        assert_eq!(parse("# x\nzz a.eml\n0123 ../x.eml\n00ff b.eml\n0a \n"), [(0xff, "b.eml".to_owned())]);
    }

    #[test]
    fn an_unchanged_outbox_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let files = [("a.eml".to_owned(), b"A".to_vec())];
        sync(dir.path(), &files).unwrap();
        let stamp = |name: &str| std::fs::metadata(dir.path().join(name)).unwrap().modified().unwrap();
        let before = (stamp("a.eml"), stamp(LIST));
        sync(dir.path(), &files).unwrap();
        assert_eq!((stamp("a.eml"), stamp(LIST)), before);
    }
}
