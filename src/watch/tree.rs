//! The watcher's picture of the notes folder: every note and draft with its stamp. Events update
//! it path by path; a build runs only when the picture really changed, which is how followup's
//! own writes (whose stamps the last build recorded) never cause another build.

use std::collections::BTreeMap;
use std::path::Path;

use crate::output::write::{Action, Written};
use crate::pipeline::scan::{self, Entry, FileKind, Found, Stamp};
use crate::pipeline::skip::Skip;

/// Notes and drafts by relative path.
#[derive(Debug, Default)]
pub struct Tree {
    notes: BTreeMap<String, Entry>,
    drafts: BTreeMap<String, Entry>,
}

impl Tree {
    /// The picture of a full scan.
    pub fn from_found(found: Found) -> Tree {
        let by_rel = |v: Vec<Entry>| v.into_iter().map(|e| (e.rel.clone(), e)).collect();
        Tree { notes: by_rel(found.notes), drafts: by_rel(found.drafts) }
    }

    /// The picture as a scan result, for a build.
    pub fn to_found(&self) -> Found {
        Found {
            notes: self.notes.values().cloned().collect(),
            drafts: self.drafts.values().cloned().collect(),
            problems: Vec::new(),
            temporaries: Vec::new(),
        }
    }

    /// What the picture says of a note and its draft now, for an incremental build.
    pub fn change(&self, rel: &str) -> crate::incremental::session::NoteChange {
        crate::incremental::session::NoteChange {
            rel: rel.to_owned(),
            note: self.notes.get(rel).cloned(),
            draft: self.drafts.get(&scan::draft_path(rel)).map(Entry::stamp),
        }
    }

    /// Looks at one file again; true when the picture changed.
    pub fn refresh_file(&mut self, root: &Path, rel: &str, kind: FileKind) -> bool {
        let map = match kind {
            FileKind::Note => &mut self.notes,
            FileKind::Draft => &mut self.drafts,
            FileKind::Dashboard => return false,
        };
        let abs = root.join(rel);
        match std::fs::metadata(&abs).ok().filter(|m| m.is_file()) {
            Some(meta) => {
                let entry = Entry { rel: rel.to_owned(), abs, size: meta.len(), modified: meta.modified().ok() };
                let changed = map.get(rel).is_none_or(|old| old.stamp() != entry.stamp());
                map.insert(rel.to_owned(), entry);
                changed
            }
            None => map.remove(rel).is_some(),
        }
    }

    /// Looks at a folder again (new, removed or renamed, with whatever it holds); returns the
    /// notes and drafts in it that appeared, went or changed.
    pub fn refresh_folder(&mut self, root: &Path, rel: &str, skip: &Skip) -> Vec<String> {
        let prefix = format!("{rel}/");
        let abs = root.join(rel);
        let now = if abs.is_dir() { scan::find_in(root, &abs, skip) } else { Found::default() };
        let mut changed = Vec::new();
        for (map, fresh) in [(&mut self.notes, now.notes), (&mut self.drafts, now.drafts)] {
            let old_keys: Vec<String> = map
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .map(|(k, _)| k.clone())
                .collect();
            let old: BTreeMap<String, Stamp> =
                old_keys.iter().filter_map(|k| map.remove(k)).map(|e| (e.rel.clone(), e.stamp())).collect();
            for e in &fresh {
                if old.get(&e.rel) != Some(&e.stamp()) {
                    changed.push(e.rel.clone());
                }
            }
            changed.extend(old.keys().filter(|k| !fresh.iter().any(|e| &e.rel == *k)).cloned());
            map.extend(fresh.into_iter().map(|e| (e.rel.clone(), e)));
        }
        changed.sort();
        changed
    }

    /// Takes in the drafts a build wrote or removed, so that the events of its own writes, when
    /// they arrive, are no change. `written_stamp` gives the stamp of the file a build wrote,
    /// taken as it wrote it: looking at the path afterwards could take in an edit the user made
    /// in the meantime as followup's own write, and that edit would go unnoticed.
    pub fn note_writes(&mut self, root: &Path, written: &[Written], written_stamp: impl Fn(&str) -> Option<Stamp>) {
        for w in written.iter().filter(|w| w.rel.ends_with(scan::DRAFT_SUFFIX)) {
            match (w.action, written_stamp(&w.rel)) {
                (Action::Created | Action::Updated, Some(stamp)) => {
                    let entry = Entry::from_stamp(root, &w.rel, stamp);
                    self.drafts.insert(w.rel.clone(), entry);
                }
                (Action::Created | Action::Updated | Action::Removed, _) => {
                    self.refresh_file(root, &w.rel, FileKind::Draft);
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A watch test timed out now and then under load: a draft the build wrote, edited by the user
    // before the build finished, was taken in as followup's own write, and the edit went
    // unnoticed. The stamp of the file as written is what the tree takes in.
    #[test]
    fn an_edit_made_before_the_build_finishes_is_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let rel = "final.followup.md";
        let (action, meta) = crate::output::write::draft(root, rel, "generated\n", false).unwrap();
        let meta = meta.unwrap();
        let as_written = Stamp::new(meta.len(), meta.modified().ok());
        std::fs::write(root.join(rel), "edited by the user before the build finished\n").unwrap();
        let mut tree = Tree::from_found(Found::default());
        tree.note_writes(root, &[Written { rel: rel.to_owned(), action }], |r| (r == rel).then_some(as_written));
        assert!(tree.refresh_file(root, rel, FileKind::Draft), "the user's edit is a change");
        assert!(!tree.refresh_file(root, rel, FileKind::Draft), "and only once");
    }
}
