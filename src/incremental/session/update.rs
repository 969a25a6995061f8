//! The watcher's rebuild after a few saves: only the changed notes are read again, and the
//! dashboard is put together in the last order when every row kept its place.

use super::*;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::write::{Action, Written};
use crate::pipeline::scan::{self, Found};
use crate::pipeline::{LoadedKind, Loading};
use std::path::Path;

/// What the changed notes of an update did to the dashboard.
struct Effect {
    /// Something the dashboard shows may have changed.
    dashboard_dirty: bool,
    /// Every part stays where it was with the same keys: the dashboard's order stays.
    same_order: bool,
    /// No note or draft came or went: the problems outside notes stay.
    same_extras: bool,
}

impl Session {
    /// Rebuilds after changes to a few notes, as the watcher sees them: only those notes are read,
    /// rendered and written, and the dashboard is put together again only when what it shows
    /// may have changed. When the settings or the day changed since the last build, or there was
    /// none, it is a full `build` of `everything()`.
    ///
    /// # Errors
    /// Only for problems that stop the whole run: a broken template, an unwritable folder.
    pub fn update(&mut self, changes: Vec<NoteChange>, everything: impl FnOnce() -> Found) -> Result<Report, Error> {
        let today = self.config.today.to_string();
        if !self.is_live() || !self.last.as_ref().is_some_and(|l| l.key == self.key && l.today == today) {
            return self.build(&everything(), false, true);
        }
        let mut trace = crate::trace::Trace::start();
        self.find_layout()?;
        let mut report = Report::default();
        let mut effect = Effect { dashboard_dirty: false, same_order: true, same_extras: true };
        let changes = self.with_their_folders(changes);
        let entries: Vec<&Entry> = changes.iter().filter_map(|c| c.note.as_ref()).collect();
        // What the last build made of a note whose file is as it was stands, unless what its
        // folder's earlier notes tell it changed.
        let notes = self.live_notes();
        let kept: Vec<crate::pipeline::Kept> = entries
            .iter()
            .map(|e| {
                let at = notes.binary_search_by(|(c, _)| c.rel.as_str().cmp(&e.rel)).ok()?;
                let cached = &notes[at].0;
                (cached.stamp == e.stamp()).then_some((&cached.loaded, cached.heard))
            })
            .collect();
        let mut fresh: HashMap<String, Loading> =
            entries.iter().map(|e| e.rel.clone()).zip(self.reload_folders(&entries, &kept)).collect();
        drop(kept);
        for change in changes {
            let fresh = fresh.remove(&change.rel);
            self.update_note(change, fresh, &mut report, &mut effect)?;
        }
        // The order names the problems outside notes by their place among them: new ones, new
        // order.
        let live = self.live_mut();
        if !effect.same_order || !effect.same_extras {
            live.order = None;
        }
        if !effect.same_extras {
            live.extras = None;
        }
        trace.mark("changed notes");
        let mut counts = record::Counts::default();
        for (cached, _) in self.live_notes() {
            counts.add(cached.loaded.kind(), 1);
        }
        (report.notes, report.skipped, report.failed) = (counts.notes, counts.skipped, counts.failed);
        let root = self.config.notes_dir.clone();
        self.update_dashboard(&root, effect.dashboard_dirty, &mut report)?;
        let last = self.last.as_mut().expect("checked above");
        (last.counts, last.saved) = (counts, false);
        report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        trace.mark("dashboard");
        Ok(report)
    }

    /// `changes` and, for each note of a folder one of them is in, a change that reads it again
    /// as it is: what a folder's earlier notes tell the later ones may have changed
    /// (`pipeline::memory`). In path order.
    fn with_their_folders(&self, mut changes: Vec<NoteChange>) -> Vec<NoteChange> {
        let folder = |rel: &str| rel.rsplit_once('/').map(|(folder, _)| folder.to_owned());
        let folders: HashSet<String> = changes.iter().filter_map(|c| folder(&c.rel)).collect();
        if folders.is_empty() {
            return changes;
        }
        let named: HashSet<String> = changes.iter().map(|c| c.rel.clone()).collect();
        let root = &self.config.notes_dir;
        let drafts = &self.last.as_ref().expect("update runs after a build").drafts;
        for (cached, _) in self.live_notes() {
            if named.contains(&cached.rel) || !folder(&cached.rel).is_some_and(|f| folders.contains(&f)) {
                continue;
            }
            changes.push(NoteChange {
                rel: cached.rel.clone(),
                note: Some(Entry::from_stamp(root, &cached.rel, cached.stamp)),
                draft: drafts.get(&scan::draft_path(&cached.rel)).copied(),
            });
        }
        changes.sort_by(|a, b| a.rel.cmp(&b.rel));
        changes
    }

    /// Builds one changed note again (or lets it go, when it is gone) in the notes kept, from
    /// its folder read again (`fresh`).
    fn update_note(
        &mut self,
        change: NoteChange,
        fresh: Option<Loading>,
        report: &mut Report,
        effect: &mut Effect,
    ) -> Result<(), Error> {
        let root = self.config.notes_dir.clone();
        let draft_rel = scan::draft_path(&change.rel);
        let had_draft = self.last.as_ref().is_some_and(|l| l.drafts.contains_key(&draft_rel));
        let notes = self.live_notes_mut();
        let at = notes.binary_search_by(|(c, _)| c.rel.as_str().cmp(&change.rel));
        let (old, old_part) = match at {
            Ok(i) => {
                let (cached, part) = notes.remove(i);
                (Some(cached), part)
            }
            Err(_) => (None, None),
        };
        let old_hash = old_part.as_ref().map(|(_, part)| part.hash);
        let old_keys = old_part.as_ref().map(|(_, part)| part.keys());
        let old_kind = old.as_ref().map(|c| c.loaded.kind());
        // Only a draft followup left as generated for this note may go with it (issue 11).
        let ours = old.as_ref().is_some_and(|c| matches!(c.draft, Some((_, State::Generated))));
        let Some(entry) = change.note else {
            (effect.same_order, effect.same_extras) = (false, false);
            // The note is gone: its row goes, and its draft unless the user edited it.
            effect.dashboard_dirty |= old_hash.is_some();
            if change.draft.is_some() {
                self.remove_draft(&root, &draft_rel, ours, report)?;
            }
            return Ok(());
        };
        let (heard, fresh) = fresh.unwrap_or((0, None));
        let built = self.build_one(&entry, old, change.draft, false, heard, fresh)?;
        let part = part_for(&built, old_part, self.config.today, &self.rows())?;
        let new_hash = part.as_ref().map(|(_, p)| p.hash);
        effect.dashboard_dirty |= built.problems_changed || old_hash != new_hash;
        effect.same_order &= at.is_ok() && (old_hash == new_hash || old_keys == part.as_ref().map(|(_, p)| p.keys()));
        let new_kind = built.kind;
        let last = self.last.as_mut().expect("update runs after a build");
        match built.draft {
            Some((action, _)) => {
                if let Some(stamp) = built.draft_stamp {
                    last.drafts.insert(draft_rel.clone(), stamp);
                }
                report.written.push(Written { rel: draft_rel.clone(), action });
            }
            // A file that is no longer an interview note (a broken one keeps its draft).
            None if change.draft.is_some() && built.kind != LoadedKind::Failed => {
                self.remove_draft(&root, &draft_rel, ours, report)?;
            }
            None => {}
        }
        report.diagnostics.extend(built.diagnostics.iter().cloned());
        if let Some((_, part)) = &part {
            report.diagnostics.extend(part.overdue.iter().cloned());
        }
        let drafts = &self.last.as_ref().expect("update runs after a build").drafts;
        effect.same_extras &= old_kind == Some(new_kind) && had_draft == drafts.contains_key(&draft_rel);
        let cached = cached_of(built, drafts.get(&draft_rel).copied());
        self.live_notes_mut().insert(at.unwrap_or_else(|i| i), (cached, part));
        Ok(())
    }

    /// Removes a draft whose note is gone (when `ours`, unless the user edited it) and forgets
    /// its stamp.
    pub(super) fn remove_draft(
        &mut self,
        root: &Path,
        rel: &str,
        ours: bool,
        report: &mut Report,
    ) -> Result<(), Error> {
        if remove_orphan(root, rel, ours, false, report)? == Action::Removed {
            if let Some(last) = self.last.as_mut() {
                last.drafts.remove(rel);
            }
        }
        Ok(())
    }

    /// Puts the dashboard together again when something it shows may have changed (or its files
    /// were touched), and writes it when its hash says it did.
    pub(super) fn update_dashboard(&mut self, root: &Path, dirty: bool, report: &mut Report) -> Result<(), Error> {
        let stamps = dashboard_stamps(root);
        let last = self.last.as_ref().expect("update runs after a build");
        let touched = last.dashboard != stamps;
        if !dirty && !touched {
            dashboard_unchanged(report);
            return Ok(());
        }
        let mut trace = crate::trace::Trace::start();
        let (order, extras) = {
            let live = self.live_mut();
            (live.order.take(), live.extras.take())
        };
        let extras = match extras {
            Some(extras) => extras,
            None => {
                let orphans: Vec<Diagnostic> = self.orphans().iter().map(|rel| orphan_warning(rel)).collect();
                let last = self.last.as_ref().expect("update runs after a build");
                let extras = last.scan_problems.iter().chain(&orphans).collect::<Vec<_>>();
                dashboard::extra_problems(&extras, &self.rows())?
            }
        };
        let parts: Vec<&dashboard::Part> =
            self.live_notes().iter().filter_map(|(_, p)| p.as_ref().map(|(_, p)| p)).collect();
        let today = self.config.today;
        let dashboard::Assembled { dashboard: context, order, kept: order_kept } =
            dashboard::assemble(&parts, &extras, today, order);
        trace.note(if order_kept { "dashboard: rows in the last order" } else { "dashboard: rows sorted afresh" });
        let hash = context.hash;
        trace.mark("dashboard: rows put in order");
        let last = self.last.as_ref().expect("update runs after a build");
        let written = if hash == last.dashboard_hash && !touched {
            dashboard_unchanged(report);
            None
        } else {
            Some(self.write_dashboard(&context, false, None)?)
        };
        drop(context);
        drop(parts);
        let live = self.live_mut();
        (live.order, live.extras) = (Some(order), Some(extras));
        live.orders_kept += usize::from(order_kept);
        let Some(written) = written else { return Ok(()) };
        report_kept_dashboards(&written, report);
        let stamps = recorded_dashboard_stamps(root, &written);
        report.written.extend(written);
        let last = self.last.as_mut().expect("update runs after a build");
        last.dashboard = stamps;
        last.dashboard_hash = hash;
        Ok(())
    }
}
