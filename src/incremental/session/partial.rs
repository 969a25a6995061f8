//! The one-shot build of a folder where only a few notes changed since the recorded build:
//! those notes are read, the manifest stands for the others, and the dashboard, when it
//! changes, is put together from the rows the record kept.

use std::collections::{HashMap, HashSet};

use super::{KeyedPart, PartKey, Report, Session, cached_of, dashboard_stamps, orphan_warning, part_for, recorded};
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::fingerprint::State;
use crate::output::write::Written;
use crate::pipeline::LoadedKind;
use crate::pipeline::scan::{self, Entry, Found, Stamp};

/// How many changed notes a one-shot build reads on their own before it builds everything.
const FEW: usize = 64;

impl Session {
    /// A one-shot build that reads again only the notes whose stamps (or whose drafts' stamps)
    /// changed since the recorded build, when they are few: the manifest, not the whole record,
    /// stands for every other note, and when the dashboard changes, the rows every other note
    /// rendered last time are put together with the new ones. `None` when this does not apply
    /// (then `build` does the work): no usable manifest, many changes, a note gone, a draft
    /// without its note, a note with a draft that is no longer an interview note, or a record
    /// whose rows do not match the manifest.
    ///
    /// Each changed note is first built without writing, to see whether it applies; only then
    /// are the drafts written, so a full build that follows starts from the same disk.
    ///
    /// # Errors
    /// Only for problems that stop the whole run: a broken template, an unwritable folder.
    pub fn build_partial(&mut self, found: &Found, check: bool, quiet: bool) -> Result<Option<Report>, Error> {
        let root = self.config.notes_dir.clone();
        let today = self.config.today;
        let mut trace = crate::trace::Trace::start();
        let Some(m) = self.manifest.as_ref() else { return Ok(None) };
        let usable = self.last.is_none()
            && m.key == self.key
            && m.today == today.to_string()
            && found.problems.is_empty()
            && m.dashboard == dashboard_stamps(&root)
            && !m.is_current(&self.key, &m.today, found, &m.dashboard)
            && !record::delta_is_large(&self.config.cache_dir);
        if !usable {
            return Ok(None);
        }
        // The record's notes and drafts and the folder's are all sorted by path: they are
        // walked side by side, not looked up one by one.
        let mut then = m.notes.iter().peekable();
        let mut olds = Vec::with_capacity(found.notes.len());
        let mut gone = false;
        for entry in &found.notes {
            while then.next_if(|r| r.rel < entry.rel).is_some() {
                gone = true;
            }
            olds.push(then.next_if(|r| r.rel == entry.rel));
        }
        gone |= then.next().is_some();
        // Drafts that appeared, went or changed since the record: usually none.
        let moved = moved_drafts(&m.drafts, &found.drafts);
        let drafts_then =
            |rel: &str| m.drafts.binary_search_by(|(r, _)| r.as_str().cmp(rel)).ok().map(|i| m.drafts[i].1);
        // A draft without its note is fine when it is one the record kept, as it was.
        let kept_as_it_was = |d: &Entry| m.orphans.contains(&d.rel) && drafts_then(&d.rel) == Some(d.stamp());
        let live: HashSet<&str> = found.notes.iter().map(|e| scan::note_stem(&e.rel)).collect();
        let orphans = found.drafts.iter().any(|d| !live.contains(scan::draft_stem(&d.rel)) && !kept_as_it_was(d));
        if gone || orphans {
            return Ok(None);
        }
        let draft_now = |draft: &str| {
            found.drafts.binary_search_by(|e| e.rel.as_str().cmp(draft)).ok().map(|i| found.drafts[i].stamp())
        };
        let mut changed = Vec::new();
        for (entry, old) in found.notes.iter().zip(olds) {
            let draft_moved = !moved.is_empty() && moved.contains(scan::note_stem(&entry.rel));
            if old.is_none_or(|r| r.stamp != entry.stamp()) || draft_moved {
                if changed.len() == FEW {
                    return Ok(None);
                }
                changed.push((entry, old.cloned(), draft_now(&scan::draft_path(&entry.rel))));
            }
        }
        trace.mark("few: changes found");
        let empty = record::reported_hash([]);
        self.find_layout()?;
        // Built without writing: what each changed note shows and says now.
        let mut probed = Vec::with_capacity(changed.len());
        for (entry, old, on_disk) in &changed {
            let built = self.build_one(entry, None, *on_disk, true)?;
            if built.kind == LoadedKind::Skipped && on_disk.is_some() {
                return Ok(None); // its draft is to be removed, as a full build does
            }
            let part = part_for(&built, None, today, &self.rows())?;
            let reported: Vec<Diagnostic> =
                built.diagnostics.iter().chain(part.iter().flat_map(|(_, p)| &p.overdue)).cloned().collect();
            let now = recorded(&cached_of(built, None), part.as_ref().map(|(_, p)| p));
            let shows_same = match old {
                Some(old) => old.part == now.part,
                None => now.part == 0,
            };
            let says_same = old.as_ref().map_or(empty, |o| o.reported) == now.reported;
            probed.push((part, now, reported, shows_same, says_same));
        }
        let dashboard_changes = probed.iter().any(|(_, _, _, shows, says)| !shows || !says);
        let says_otherwise = probed.iter().any(|(_, _, _, _, says)| !says);
        // The rows of every other note, as the record kept them, when the dashboard changes:
        // read in place, as they are only put together and written.
        let kept_rows = dashboard_changes
            .then(|| record::KeptRows::read(&self.config.cache_dir, self.manifest.as_ref(), &self.key))
            .flatten();
        let kept_parts: HashMap<&str, (PartKey, dashboard::Part<&str>)> =
            kept_rows.as_ref().map(record::KeptRows::decode).unwrap_or_default();
        if dashboard_changes {
            let m = self.manifest.as_ref().expect("checked above");
            let complete = m.notes.iter().filter(|r| r.part != 0).all(|r| {
                changed.iter().any(|(e, _, _)| e.rel == r.rel)
                    || kept_parts.get(r.rel.as_str()).is_some_and(|(_, p)| p.hash == r.part)
            });
            if !complete {
                return Ok(None);
            }
            trace.mark("few: kept rows loaded");
        }

        // Build them for real.
        let mut m = self.manifest.take().expect("checked above");
        let mut fresh = Vec::with_capacity(changed.len());
        let mut fresh_parts = Vec::new();
        let mut written = Vec::with_capacity(changed.len());
        let mut new_said = Vec::new();
        for ((entry, old, on_disk), (part, record, reported, _, _)) in changed.into_iter().zip(probed) {
            let built = self.build_one(entry, None, on_disk, check)?;
            let draft_rel = scan::draft_path(&entry.rel);
            let stamp = built.draft_stamp;
            if let Some((action, _)) = built.draft {
                written.push(Written { rel: draft_rel.clone(), action });
            }
            match (m.drafts.binary_search_by(|(rel, _)| rel.cmp(&draft_rel)), stamp) {
                (Ok(i), Some(stamp)) => m.drafts[i].1 = stamp,
                (Err(i), Some(stamp)) => m.drafts.insert(i, (draft_rel.clone(), stamp)),
                (Ok(i), None) => drop(m.drafts.remove(i)),
                (Err(_), None) => {}
            }
            m.generated.retain(|rel| *rel != draft_rel);
            m.kept.retain(|rel| *rel != draft_rel);
            match built.draft {
                Some((_, State::Generated)) => m.generated.push(draft_rel),
                Some((_, State::Edited)) => m.kept.push(draft_rel),
                None => {}
            }
            if let Some(old) = &old {
                m.counts.add(old.kind, -1);
            }
            m.counts.add(record.kind, 1);
            match m.notes.binary_search_by(|r| r.rel.cmp(&record.rel)) {
                Ok(i) => m.notes[i] = record,
                Err(i) => m.notes.insert(i, record),
            }
            if let Some(part) = part {
                fresh_parts.push((entry.rel.clone(), part));
            }
            new_said.push((entry.rel.clone(), reported));
            fresh.push(cached_of(built, stamp));
        }
        m.generated.sort();
        m.kept.sort();
        trace.mark("few: notes built");
        trace.note(&format!("few notes changed: {} read again on their own", fresh.len()));

        // What the build says: the record's, with the changed notes' own in place of theirs.
        let changed_paths: HashSet<&str> = new_said.iter().map(|(rel, _)| rel.as_str()).collect();
        let mut warnings = if quiet { Vec::new() } else { record::load_warnings(&self.config.cache_dir) };
        if says_otherwise {
            let (errors, added): (Vec<Diagnostic>, Vec<Diagnostic>) =
                new_said.iter().flat_map(|(_, reported)| reported.iter().cloned()).partition(Diagnostic::is_error);
            m.errors.retain(|d| !changed_paths.contains(d.path.as_str()));
            m.errors.extend(errors);
            m.errors.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            if !quiet {
                warnings.retain(|d| !changed_paths.contains(d.path.as_str()));
                warnings.extend(added);
                warnings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                warnings.dedup();
            }
        }

        // The dashboard, from the kept rows and the new ones.
        let mut dashboard_written = Vec::new();
        if dashboard_changes {
            let fresh_by_rel: HashMap<&str, dashboard::Part<&str>> =
                fresh_parts.iter().map(|(rel, (_, part))| (rel.as_str(), part.borrowed())).collect();
            let parts: Vec<&dashboard::Part<&str>> = m
                .notes
                .iter()
                .filter(|r| r.part != 0)
                .filter_map(|r| {
                    fresh_by_rel.get(r.rel.as_str()).or_else(|| kept_parts.get(r.rel.as_str()).map(|(_, part)| part))
                })
                .collect();
            let orphans: Vec<Diagnostic> = m.orphans.iter().map(|rel| orphan_warning(rel)).collect();
            let extras = dashboard::extra_problems(&orphans.iter().collect::<Vec<_>>(), &self.rows())?;
            let assembled = dashboard::assemble(&parts, &extras, today, None).dashboard;
            trace.mark("dashboard assembled");
            if assembled.hash != m.dashboard_hash {
                dashboard_written = self.write_dashboard(&assembled, check, None)?;
                m.dashboard_hash = assembled.hash;
                m.dashboard = dashboard_stamps(&root);
            }
        }

        trace.mark("few: dashboard done");
        let mut report = Report::from_manifest(&m, warnings);
        // The changed files say what became of them; the others are as the manifest says.
        for w in written.into_iter().chain(dashboard_written) {
            match report.written.binary_search_by(|x| x.rel.cmp(&w.rel)) {
                Ok(i) => report.written[i] = w,
                Err(i) => report.written.insert(i, w),
            }
        }
        if !check {
            // The record only saves time: a build that cannot write it still succeeded.
            let parts: Vec<(&str, &KeyedPart)> = fresh_parts.iter().map(|(rel, p)| (rel.as_str(), p)).collect();
            // The changed notes' warnings, in place of theirs, when they say something else.
            let reported: Vec<(&str, Vec<&Diagnostic>)> = new_said
                .iter()
                .filter(|_| says_otherwise)
                .map(|(rel, reported)| (rel.as_str(), reported.iter().filter(|d| !d.is_error()).collect()))
                .collect();
            let _ = record::save_few(&self.config.cache_dir, &m, &fresh, &parts, &reported);
            trace.mark("record");
        }
        drop(kept_parts);
        crate::par::drop_aside(kept_rows);
        Ok(Some(report))
    }
}

/// The stems of the drafts that are new, gone or changed between the record's list and the
/// folder's, both sorted by path.
fn moved_drafts<'a>(then: &'a [(String, Stamp)], now: &'a [Entry]) -> HashSet<&'a str> {
    let mut moved = HashSet::new();
    let (mut a, mut b) = (then.iter().peekable(), now.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (None, None) => return moved,
            (Some((rel, stamp)), Some(e)) if *rel == e.rel => {
                if *stamp != e.stamp() {
                    moved.insert(scan::draft_stem(rel));
                }
                a.next();
                b.next();
            }
            (Some((rel, _)), Some(e)) if *rel < e.rel => {
                moved.insert(scan::draft_stem(rel));
                a.next();
            }
            (Some((rel, _)), None) => {
                moved.insert(scan::draft_stem(rel));
                a.next();
            }
            (_, Some(e)) => {
                moved.insert(scan::draft_stem(&e.rel));
                b.next();
            }
        }
    }
}
