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

/// A note that changed since the recorded build: the note now, its entry in the manifest (none
/// for a new note), and the stamp of its draft on disk.
type Changed<'a> = (&'a Entry, Option<record::Recorded>, Option<Stamp>);

/// The parts of the notes the record kept, by path: keys read in place, rows left in the
/// record's rows (`record::KeptRows::spool`).
type KeptParts<'a> = HashMap<&'a str, (PartKey, dashboard::Part<&'a str>)>;

/// What a changed note shows and says now, found by building it without writing: its dashboard
/// part, its manifest entry, what the build says about it, and whether it shows and says the
/// same as the record's.
struct Probed {
    part: Option<KeyedPart>,
    recorded: record::Recorded,
    reported: Vec<Diagnostic>,
    shows_same: bool,
    says_same: bool,
    /// The note as read with its folder, for the build for real.
    read: (u64, crate::pipeline::Yield),
}

/// The changed notes once built for real: their records, dashboard parts, drafts written, and
/// what the build says about each.
#[derive(Default)]
struct Rebuilt {
    fresh: Vec<record::Cached>,
    parts: Vec<(String, KeyedPart)>,
    written: Vec<Written>,
    reported: Vec<(String, Vec<Diagnostic>)>,
}

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
        let mut trace = crate::trace::Trace::start();
        let Some(changed) = self.changed_notes(found) else { return Ok(None) };
        trace.mark("few: changes found");
        let Some(probed) = self.probe(&changed)? else { return Ok(None) };
        let dashboard_changes = probed.iter().any(|p| !p.shows_same || !p.says_same);
        let says_otherwise = probed.iter().any(|p| !p.says_same);
        // The rows of every other note, as the record kept them, when the dashboard changes:
        // read in place, as they are only put together and written.
        let kept_rows = dashboard_changes
            .then(|| record::KeptRows::read(&self.config.cache_dir, self.manifest.as_ref(), &self.key))
            .flatten();
        let kept_parts: KeptParts = kept_rows.as_ref().map(record::KeptRows::decode).unwrap_or_default();
        if dashboard_changes && !self.rows_complete(&changed, &kept_parts) {
            return Ok(None);
        }
        let mut m = self.manifest.take().expect("changed_notes found it");
        let rebuilt = self.rebuild(&mut m, changed, probed, check)?;
        trace.mark("few: notes built");
        trace.note(&format!("few notes changed: {} read again on their own", rebuilt.fresh.len()));
        let warnings = self.partial_warnings(&mut m, &rebuilt, says_otherwise, quiet);
        let dashboard_written = match dashboard_changes {
            true => self.partial_dashboard(&mut m, &rebuilt, &kept_parts, kept_rows.as_ref(), check)?,
            false => Vec::new(),
        };
        trace.mark("few: dashboard done");
        let mut report = Report::from_manifest(&m, warnings);
        // The changed files say what became of them; the others are as the manifest says.
        for w in rebuilt.written.iter().cloned().chain(dashboard_written) {
            match report.written.binary_search_by(|x| x.rel.cmp(&w.rel)) {
                Ok(i) => report.written[i] = w,
                Err(i) => report.written.insert(i, w),
            }
        }
        if !check {
            self.save_partial(&m, &rebuilt, says_otherwise);
            trace.mark("record");
        }
        drop(kept_parts);
        crate::par::drop_aside(kept_rows);
        Ok(Some(report))
    }

    /// The notes that changed since the recorded build, when a partial build applies: a usable
    /// manifest, no note gone, no draft without its note (but those the record kept), and at
    /// most `FEW` changes.
    fn changed_notes<'a>(&self, found: &'a Found) -> Option<Vec<Changed<'a>>> {
        let root = &self.config.notes_dir;
        let m = self.manifest.as_ref()?;
        let usable = self.last.is_none()
            && m.key == self.key
            && m.today == self.config.today.to_string()
            && found.problems.is_empty()
            && m.dashboard == dashboard_stamps(root)
            && !m.is_current(&self.key, &m.today, found, &m.dashboard)
            && !record::delta_is_large(&self.config.cache_dir);
        // A draft that could not be written is tried again by a full build.
        if !usable || m.errors.iter().any(super::is_unwritable_draft) {
            return None;
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
        if gone || has_unknown_orphans(m, found) || has_revived_orphans(m, found) {
            return None;
        }
        // Drafts that appeared, went or changed since the record: usually none.
        let moved = moved_drafts(&m.drafts, &found.drafts);
        let draft_now = |draft: &str| {
            found.drafts.binary_search_by(|e| e.rel.as_str().cmp(draft)).ok().map(|i| found.drafts[i].stamp())
        };
        let mut touched: Vec<bool> = found
            .notes
            .iter()
            .zip(&olds)
            .map(|(entry, old)| {
                let draft_moved = !moved.is_empty() && moved.contains(scan::note_stem(&entry.rel));
                old.is_none_or(|r| r.stamp != entry.stamp()) || draft_moved
            })
            .collect();
        // The other notes of a changed note's folder are read again with it: what the earlier
        // ones tell the later may have changed (`pipeline::memory`).
        let folders: HashSet<&str> = found
            .notes
            .iter()
            .zip(&touched)
            .filter(|(_, t)| **t)
            .filter_map(|(e, _)| e.rel.rsplit_once('/').map(|(folder, _)| folder))
            .collect();
        for (entry, t) in found.notes.iter().zip(&mut touched) {
            *t |= entry.rel.rsplit_once('/').is_some_and(|(folder, _)| folders.contains(folder));
        }
        if touched.iter().filter(|t| **t).count() > FEW {
            return None;
        }
        let changed = found
            .notes
            .iter()
            .zip(olds)
            .zip(touched)
            .filter(|(_, t)| *t)
            .map(|((entry, old), _)| (entry, old.cloned(), draft_now(&scan::draft_path(&entry.rel))))
            .collect();
        Some(changed)
    }

    /// Builds each changed note without writing: what it shows and says now. `None` when a
    /// partial build does not apply after all (a draft is to be removed, as a full build does).
    fn probe(&mut self, changed: &[Changed]) -> Result<Option<Vec<Probed>>, Error> {
        let empty = record::reported_hash([]);
        self.find_layout()?;
        let mut probed = Vec::with_capacity(changed.len());
        let entries: Vec<&Entry> = changed.iter().map(|(e, _, _)| *e).collect();
        let kept: Vec<crate::pipeline::Kept> = entries.iter().map(|_| None).collect();
        for ((entry, old, on_disk), (heard, fresh)) in changed.iter().zip(self.reload_folders(&entries, &kept)) {
            let fresh = fresh.expect("nothing kept: every note is read");
            let built = self.build_one(entry, None, *on_disk, true, heard, Some(fresh.clone()))?;
            if built.kind == LoadedKind::Skipped && on_disk.is_some() {
                return Ok(None);
            }
            let part = part_for(&built, None, self.config.today, &self.rows())?;
            let reported: Vec<Diagnostic> =
                built.diagnostics.iter().chain(part.iter().flat_map(|(_, p)| &p.overdue)).cloned().collect();
            let recorded = recorded(&cached_of(built, None), part.as_ref().map(|(_, p)| p));
            let shows_same = match old {
                Some(old) => old.part == recorded.part,
                None => recorded.part == 0,
            };
            let says_same = old.as_ref().map_or(empty, |o| o.reported) == recorded.reported;
            probed.push(Probed { part, recorded, reported, shows_same, says_same, read: (heard, fresh) });
        }
        Ok(Some(probed))
    }

    /// True when the record kept the rows of every unchanged note that shows on the dashboard.
    fn rows_complete(&self, changed: &[Changed], kept: &KeptParts) -> bool {
        let m = self.manifest.as_ref().expect("changed_notes found it");
        m.notes.iter().filter(|r| r.part != 0).all(|r| {
            changed.iter().any(|(e, _, _)| e.rel == r.rel)
                || kept.get(r.rel.as_str()).is_some_and(|(_, p)| p.hash == r.part)
        })
    }

    /// Builds the changed notes for real, writing their drafts, and brings the manifest up to
    /// date with them.
    fn rebuild(
        &self,
        m: &mut record::Manifest,
        changed: Vec<Changed>,
        probed: Vec<Probed>,
        check: bool,
    ) -> Result<Rebuilt, Error> {
        let mut out = Rebuilt::default();
        for ((entry, old, on_disk), probed) in changed.into_iter().zip(probed) {
            let (heard, fresh) = probed.read;
            let built = self.build_one(entry, None, on_disk, check, heard, Some(fresh))?;
            let draft_rel = scan::draft_path(&entry.rel);
            if let Some((action, _)) = built.draft {
                out.written.push(Written { rel: draft_rel.clone(), action });
            }
            record_draft(m, &draft_rel, built.draft_stamp, built.draft.map(|(_, state)| state));
            if let Some(old) = &old {
                m.counts.add(old.kind, -1);
            }
            m.counts.add(probed.recorded.kind, 1);
            match m.notes.binary_search_by(|r| r.rel.cmp(&probed.recorded.rel)) {
                Ok(i) => m.notes[i] = probed.recorded,
                Err(i) => m.notes.insert(i, probed.recorded),
            }
            if let Some(part) = probed.part {
                out.parts.push((entry.rel.clone(), part));
            }
            out.reported.push((entry.rel.clone(), probed.reported));
            let stamp = built.draft_stamp;
            out.fresh.push(cached_of(built, stamp));
        }
        m.generated.sort();
        m.kept.sort();
        Ok(out)
    }

    /// What the build says: the record's, with the changed notes' own in place of theirs.
    fn partial_warnings(
        &self,
        m: &mut record::Manifest,
        rebuilt: &Rebuilt,
        says_otherwise: bool,
        quiet: bool,
    ) -> Vec<Diagnostic> {
        let mut warnings = if quiet { Vec::new() } else { record::load_warnings(&self.config.cache_dir) };
        if !says_otherwise {
            return warnings;
        }
        // What a changed note's draft said when read back goes with the note (issue 12).
        let drafts: Vec<String> = rebuilt.reported.iter().map(|(rel, _)| scan::draft_path(rel)).collect();
        let changed_paths: HashSet<&str> =
            rebuilt.reported.iter().map(|(rel, _)| rel.as_str()).chain(drafts.iter().map(String::as_str)).collect();
        let (errors, added): (Vec<Diagnostic>, Vec<Diagnostic>) =
            rebuilt.reported.iter().flat_map(|(_, reported)| reported.iter().cloned()).partition(Diagnostic::is_error);
        m.errors.retain(|d| !changed_paths.contains(d.path.as_str()));
        m.errors.extend(errors);
        m.errors.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        if !quiet {
            warnings.retain(|d| !changed_paths.contains(d.path.as_str()));
            warnings.extend(added);
            warnings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            warnings.dedup();
        }
        warnings
    }

    /// The dashboard, from the kept rows (their keys and where their text is) and the new ones;
    /// written when its hash changed.
    fn partial_dashboard(
        &self,
        m: &mut record::Manifest,
        rebuilt: &Rebuilt,
        kept: &KeptParts,
        rows: Option<&record::KeptRows>,
        check: bool,
    ) -> Result<Vec<Written>, Error> {
        let fresh: HashMap<&str, dashboard::Part<&str>> =
            rebuilt.parts.iter().map(|(rel, (_, part))| (rel.as_str(), part.borrowed())).collect();
        let parts: Vec<&dashboard::Part<&str>> = m
            .notes
            .iter()
            .filter(|r| r.part != 0)
            .filter_map(|r| fresh.get(r.rel.as_str()).or_else(|| kept.get(r.rel.as_str()).map(|(_, part)| part)))
            .collect();
        let orphans: Vec<Diagnostic> = m.orphans.iter().map(|rel| orphan_warning(rel)).collect();
        let extras = dashboard::extra_problems(&orphans.iter().collect::<Vec<_>>(), &self.rows())?;
        let assembled = dashboard::assemble(&parts, &extras, self.config.today, None).dashboard;
        if assembled.hash == m.dashboard_hash {
            return Ok(Vec::new());
        }
        let written = self.write_dashboard(&assembled, check, rows.map(record::KeptRows::spool))?;
        m.dashboard_hash = assembled.hash;
        m.dashboard = super::recorded_dashboard_stamps(&self.config.notes_dir, &written);
        Ok(written)
    }

    /// Appends the changed notes to the record. The record only saves time: a build that cannot
    /// write it still succeeded.
    fn save_partial(&self, m: &record::Manifest, rebuilt: &Rebuilt, says_otherwise: bool) {
        let parts: Vec<(&str, &KeyedPart)> = rebuilt.parts.iter().map(|(rel, p)| (rel.as_str(), p)).collect();
        // The changed notes' warnings, in place of theirs, when they say something else.
        let reported: Vec<(&str, Vec<&Diagnostic>)> = rebuilt
            .reported
            .iter()
            .filter(|_| says_otherwise)
            .map(|(rel, reported)| (rel.as_str(), reported.iter().filter(|d| !d.is_error()).collect()))
            .collect();
        let _ = record::append_changed(&self.config.cache_dir, m, &rebuilt.fresh, &parts, &reported);
    }
}

/// Brings the manifest's list of drafts, and whose each is, up to date with one draft.
fn record_draft(m: &mut record::Manifest, draft_rel: &str, stamp: Option<Stamp>, state: Option<State>) {
    match (m.drafts.binary_search_by(|(rel, _)| rel.as_str().cmp(draft_rel)), stamp) {
        (Ok(i), Some(stamp)) => m.drafts[i].1 = stamp,
        (Err(i), Some(stamp)) => m.drafts.insert(i, (draft_rel.to_owned(), stamp)),
        (Ok(i), None) => drop(m.drafts.remove(i)),
        (Err(_), None) => {}
    }
    m.generated.retain(|rel| rel != draft_rel);
    m.kept.retain(|rel| rel != draft_rel);
    match state {
        Some(State::Generated) => m.generated.push(draft_rel.to_owned()),
        Some(State::Edited) => m.kept.push(draft_rel.to_owned()),
        None => {}
    }
}

/// True when a draft has no note and is not one the record kept, as it was.
fn has_unknown_orphans(m: &record::Manifest, found: &Found) -> bool {
    let drafts_then = |rel: &str| m.drafts.binary_search_by(|(r, _)| r.as_str().cmp(rel)).ok().map(|i| m.drafts[i].1);
    let kept_as_it_was = |d: &Entry| m.orphans.contains(&d.rel) && drafts_then(&d.rel) == Some(d.stamp());
    let live: HashSet<&str> = found.notes.iter().map(|e| scan::note_stem(&e.rel)).collect();
    found.drafts.iter().any(|d| !live.contains(scan::draft_stem(&d.rel)) && !kept_as_it_was(d))
}

/// True when a draft the record kept without its note has its note again (restored, or moved
/// back): the full build takes it off the list of orphans.
fn has_revived_orphans(m: &record::Manifest, found: &Found) -> bool {
    let orphans: HashSet<&str> = m.orphans.iter().map(|rel| scan::draft_stem(rel)).collect();
    !orphans.is_empty() && found.notes.iter().any(|e| orphans.contains(scan::note_stem(&e.rel)))
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
