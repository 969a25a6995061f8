//! The watcher's rebuild after a few saves: only the changed notes are read again, and the
//! dashboard is put together in the last order when every row kept its place.

use super::*;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::write::{Action, Written};
use crate::pipeline::LoadedKind;
use crate::pipeline::scan::{self, Found};
use std::path::Path;

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
        if !self.last.as_ref().is_some_and(|l| l.key == self.key && l.today == today) {
            return self.build(&everything(), false, true);
        }
        let mut trace = crate::trace::Trace::start();
        self.find_layout()?;
        let root = self.config.notes_dir.clone();
        let mut report = Report::default();
        let mut dashboard_dirty = false;
        // Whether every part stays where it was with the same keys (the dashboard's order
        // stays), and whether no note or draft came or went (the problems outside notes stay).
        let (mut same_order, mut same_extras) = (true, true);
        for change in changes {
            let draft_rel = scan::draft_path(&change.rel);
            let had_draft = self.last.as_ref().is_some_and(|l| l.drafts.contains_key(&draft_rel));
            let at = self.notes.binary_search_by(|(c, _)| c.rel.as_str().cmp(&change.rel));
            let (old, old_part) = match at {
                Ok(i) => {
                    let (cached, part) = self.notes.remove(i);
                    (Some(cached), part)
                }
                Err(_) => (None, None),
            };
            let index = at.unwrap_or_else(|i| i);
            let old_hash = old_part.as_ref().map(|(_, part)| part.hash);
            let old_keys = old_part.as_ref().map(|(_, part)| part.keys());
            let old_kind = old.as_ref().map(|c| c.loaded.kind());
            let Some(entry) = change.note else {
                (same_order, same_extras) = (false, false);
                // The note is gone: its row goes, and its draft unless the user edited it.
                dashboard_dirty |= old_hash.is_some();
                if change.draft.is_some() {
                    self.remove_draft(&root, &draft_rel, &mut report)?;
                }
                continue;
            };
            let built = self.build_one(&entry, old, change.draft, false)?;
            let part = part_for(&built, old_part, self.config.today, &self.rows())?;
            dashboard_dirty |= built.problems_changed || old_hash != part.as_ref().map(|(_, p)| p.hash);
            let new_hash = part.as_ref().map(|(_, p)| p.hash);
            same_order &= at.is_ok() && (old_hash == new_hash || old_keys == part.as_ref().map(|(_, p)| p.keys()));
            let new_kind = built.kind;
            let last = self.last.as_mut().expect("checked above");
            match built.draft {
                Some((action, _)) => {
                    if let Some(stamp) = built.draft_stamp {
                        last.drafts.insert(draft_rel.clone(), stamp);
                    }
                    report.written.push(Written { rel: draft_rel.clone(), action });
                }
                // A file that is no longer an interview note (a broken one keeps its draft).
                None if change.draft.is_some() && built.kind != LoadedKind::Failed => {
                    self.remove_draft(&root, &draft_rel, &mut report)?;
                }
                None => {}
            }
            report.diagnostics.extend(built.diagnostics.iter().cloned());
            if let Some((_, part)) = &part {
                report.diagnostics.extend(part.overdue.iter().cloned());
            }
            let drafts = &self.last.as_ref().expect("checked above").drafts;
            same_extras &= old_kind == Some(new_kind) && had_draft == drafts.contains_key(&draft_rel);
            let cached = cached_of(built, drafts.get(&draft_rel).copied());
            self.notes.insert(index, (cached, part));
        }
        // The order names the problems outside notes by their place among them: new ones, new
        // order.
        if !same_order || !same_extras {
            self.order = None;
        }
        if !same_extras {
            self.extras = None;
        }
        trace.mark("changed notes");
        let mut counts = record::Counts::default();
        for (cached, _) in &self.notes {
            counts.add(cached.loaded.kind(), 1);
        }
        (report.notes, report.skipped, report.failed) = (counts.notes, counts.skipped, counts.failed);
        self.update_dashboard(&root, dashboard_dirty, &mut report)?;
        let last = self.last.as_mut().expect("checked above");
        last.counts = counts;
        report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        self.dirty = true;
        trace.mark("dashboard");
        Ok(report)
    }

    /// Removes a draft whose note is gone (unless the user edited it) and forgets its stamp.
    pub(super) fn remove_draft(&mut self, root: &Path, rel: &str, report: &mut Report) -> Result<(), Error> {
        if remove_orphan(root, rel, false, report)? == Action::Removed {
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
        let extras = match self.extras.take() {
            Some(extras) => extras,
            None => {
                let orphans: Vec<Diagnostic> = self.orphans().iter().map(|rel| orphan_warning(rel)).collect();
                let last = self.last.as_ref().expect("update runs after a build");
                let extras = last.scan_problems.iter().chain(&orphans).collect::<Vec<_>>();
                dashboard::extra_problems(&extras, &self.rows())?
            }
        };
        let parts: Vec<&dashboard::Part> = self.notes.iter().filter_map(|(_, p)| p.as_ref().map(|(_, p)| p)).collect();
        let today = self.config.today;
        let kept =
            self.order.take().and_then(|order| Some((dashboard::reassemble(&parts, &extras, &order, today)?, order)));
        self.orders_kept += usize::from(kept.is_some());
        trace.note(if kept.is_some() { "dashboard: rows in the last order" } else { "dashboard: rows sorted afresh" });
        let (context, order) = kept.unwrap_or_else(|| dashboard::assemble_ordered(&parts, &extras, today));
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
        (self.order, self.extras) = (Some(order), Some(extras));
        let Some(written) = written else { return Ok(()) };
        report.written.extend(written);
        let stamps = dashboard_stamps(root);
        let last = self.last.as_mut().expect("update runs after a build");
        last.dashboard = stamps;
        last.dashboard_hash = hash;
        Ok(())
    }
}
