//! What a build leaves for the next one: remembered in memory, and saved to the record.

use super::*;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::fingerprint::State;
use crate::output::write::{self, Action, Written};
use crate::pipeline::LoadedKind;
use crate::pipeline::scan::{self, Found};
use std::collections::HashSet;
use std::path::Path;

impl Session {
    /// Keeps what this build saw and made, for the next build and for `save`.
    pub(super) fn remember(
        &mut self,
        found: &Found,
        items: Vec<Built>,
        parts: Vec<Option<KeyedPart>>,
        report: &Report,
        dashboard_hash: u64,
    ) {
        let root = &self.config.notes_dir;
        let mut drafts = match self.last.take() {
            // Drafts appeared or went outside this build (or this is the first): take the scan's.
            Some(last) if last.drafts.len() == found.drafts.len() => last.drafts,
            _ => found.drafts.iter().map(|d| (d.rel.clone(), d.stamp())).collect(),
        };
        for d in &found.drafts {
            if let Some(stamp) = drafts.get_mut(&d.rel) {
                *stamp = d.stamp();
            }
        }
        for item in &items {
            if let (Some((Action::Created | Action::Updated, _)), Some(stamp)) = (item.draft, item.draft_stamp) {
                drafts.insert(scan::draft_path(&item.rel), stamp);
            }
        }
        for w in report.written.iter().filter(|w| w.action == Action::Removed) {
            drafts.remove(&w.rel);
        }
        match &mut self.mode {
            Mode::Live(live) => {
                let notes = items.into_iter().zip(parts).map(|(b, part)| {
                    let stamp = b.draft_stamp;
                    (cached_of(b, stamp), part)
                });
                live.notes = Some(notes.collect());
                live.made_by_workers = true;
            }
            Mode::OneShot(one) => {
                // The rows' keys are done with: freed aside, as the process may end first.
                let mut keys = Vec::with_capacity(items.len());
                let summaries = items.into_iter().map(|mut b| {
                    keys.push(b.spooled.take());
                    Summary::of(b)
                });
                one.summaries = summaries.collect();
                crate::par::drop_aside((keys, parts));
            }
        }
        let dashboard = recorded_dashboard_stamps(root, &report.written);
        self.last = Some(Last {
            key: self.key.clone(),
            today: self.config.today.to_string(),
            dashboard,
            dashboard_hash,
            drafts,
            counts: record::Counts { notes: report.notes, skipped: report.skipped, failed: report.failed },
            scan_problems: found.problems.clone(),
            saved: false,
        });
        self.manifest = None;
    }

    /// Copies what the last full build keeps in memory to the calling thread's allocations, for
    /// a session that lives on (the watcher).
    ///
    /// A full build makes each note's data on worker threads, and glibc serves each thread from
    /// an arena of its own. When a save later replaces a note's data, the watcher's thread frees
    /// the old data into a worker's arena, where it allocates nothing: resident memory grew by
    /// the size of a note's data (about 6.5 KiB) the first time each note was saved. Copied here
    /// once, the data is freed and made again in the same arena, and memory stays flat
    /// (BENCHMARKS.md).
    pub fn copy_to_this_thread(&mut self) {
        if let Mode::Live(live) = &mut self.mode
            && std::mem::take(&mut live.made_by_workers)
            && let Some(notes) = &mut live.notes
        {
            *notes = notes.iter().map(|(c, p)| (c.clone(), p.clone())).collect();
        }
    }

    /// Drafts on disk whose note is gone (or no longer an interview note): the user edited
    /// them, or they would have been removed.
    pub(super) fn orphans(&self) -> Vec<String> {
        let Some(last) = &self.last else { return Vec::new() };
        // Compared by stem (`a/b` of `a/b.md` and `a/b.followup.md`), without a path made per
        // draft: the watcher asks after every save that changes the dashboard.
        let interviews: HashSet<&str> =
            self.note_states().filter(|l| l.kind != LoadedKind::Skipped).map(|l| scan::note_stem(l.rel)).collect();
        last.drafts.keys().filter(|draft| !interviews.contains(scan::draft_stem(draft))).cloned().collect()
    }

    /// The errors and warnings of the last build, sorted: what each note reported, the check-ins
    /// overdue, what the scan found, and the drafts kept without their note.
    pub(super) fn reported<'a>(&'a self, orphans: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
        let notes = self.note_states().flat_map(|l| l.reported).flatten();
        let scan = self.last.iter().flat_map(|l| &l.scan_problems);
        let mut all: Vec<&Diagnostic> = notes.chain(scan).chain(orphans).collect();
        all.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        all.dedup();
        all
    }

    /// Writes the record of the last build to `.followup/`, if it changed.
    ///
    /// # Errors
    /// When the folder cannot be written; the build itself is not affected.
    pub fn save(&mut self) -> std::io::Result<()> {
        let record = self.take_record();
        let Some(last) = self.last.as_ref().filter(|last| !last.saved) else { return Ok(()) };
        let orphans = self.orphans();
        let orphan_warnings: Vec<Diagnostic> = orphans.iter().map(|rel| orphan_warning(rel)).collect();
        // What was reported is sorted while the notes' entries of the manifest are made.
        let (reported, notes) = std::thread::scope(|scope| {
            let notes = scope.spawn(|| self.note_states().map(|l| l.recorded()).collect::<Vec<_>>());
            let reported = self.reported(&orphan_warnings);
            (reported, notes.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) = reported.into_iter().partition(|d| d.is_error());
        let drafts_of = |state: State| -> Vec<String> {
            self.note_states()
                .filter(|l| l.draft.is_some_and(|(_, s)| s == state))
                .map(|l| scan::draft_path(l.rel))
                .collect()
        };
        let manifest = record::Manifest {
            key: last.key.clone(),
            today: last.today.clone(),
            notes,
            drafts: last.drafts.iter().map(|(r, s)| (r.clone(), *s)).collect(),
            dashboard: last.dashboard.clone(),
            dashboard_hash: last.dashboard_hash,
            errors: errors.into_iter().cloned().collect(),
            counts: last.counts,
            kept: drafts_of(State::Edited),
            orphans,
            generated: drafts_of(State::Generated),
        };
        match &self.mode {
            Mode::Live(_) => {
                let kept = self.live_notes();
                let notes: Vec<&record::Cached> = kept.iter().map(|(c, _)| c).collect();
                let parts: Vec<(&str, &KeyedPart)> =
                    kept.iter().filter_map(|(c, part)| part.as_ref().map(|p| (c.rel.as_str(), p))).collect();
                record::save(&self.config.cache_dir, &manifest, &warnings, &notes, &parts)?;
            }
            Mode::OneShot(one) => {
                let record = record.ok_or_else(|| std::io::Error::other("the record could not be started"))?;
                let record = record.into_inner().expect("no worker panics holding the record");
                record.finish(one.summaries.len(), &manifest, &warnings)?;
            }
        }
        if let Some(last) = &mut self.last {
            last.saved = true;
        }
        Ok(())
    }

    /// Every note of the last build, in path order, as `save` sees it.
    pub(super) fn note_states(&self) -> impl Iterator<Item = NoteState<'_>> {
        let summaries: &[Summary] = match &self.mode {
            Mode::OneShot(one) => &one.summaries,
            Mode::Live(_) => &[],
        };
        let kept = self.live_notes().iter().map(|(c, part)| NoteState::of(c, part.as_ref().map(|(_, p)| p)));
        kept.chain(summaries.iter().map(NoteState::summed))
    }
}

/// Removes a draft whose note is gone, when followup wrote it there (`ours`: the last build
/// left it as generated for that note) and the user did not edit it; says what happened.
pub(super) fn remove_orphan(
    root: &Path,
    rel: &str,
    ours: bool,
    check: bool,
    report: &mut Report,
) -> Result<Action, Error> {
    let action = if ours {
        write::remove_draft(root, rel, check).map_err(|e| Error::Io { path: root.join(rel), source: e })?
    } else if root.join(rel).exists() {
        Action::Kept
    } else {
        Action::Unchanged
    };
    if action == Action::Kept {
        report.diagnostics.push(orphan_warning(rel));
    }
    report.written.push(Written { rel: rel.to_owned(), action });
    Ok(action)
}

/// What a build says about a draft kept without its note.
pub(super) fn orphan_warning(rel: &str) -> Diagnostic {
    Diagnostic::warning(
        rel,
        crate::diagnostic::Position::FILE,
        "this draft's note is gone, but the draft is yours (you edited it, or followup did not write it here), so it stays",
    )
    .with_help("delete the draft yourself once you no longer need it")
    .about_the_build()
}
