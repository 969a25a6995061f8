//! `followup build`: drafts beside every note, then the dashboard.

mod partial;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

use serde::Serialize;

use crate::config::Config;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::fingerprint::{self, State};
use crate::output::write::{self, Action, Span, Written};
use crate::pipeline::plan;
use crate::pipeline::scan::{self, DASHBOARD_HTML, DASHBOARD_MD, Entry, Found, Stamp};
use crate::pipeline::{self, Loaded, LoadedKind};
use crate::render::Renderer;
use crate::render::theme::Theme;

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub notes: usize,
    pub skipped: usize,
    pub failed: usize,
    pub written: Vec<Written>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The report of a build that found nothing changed since the recorded one.
    fn from_manifest(m: &record::Manifest, warnings: Vec<Diagnostic>) -> Report {
        let written = m
            .generated
            .iter()
            .map(|rel| Written { rel: rel.clone(), action: Action::Unchanged })
            .chain(m.kept.iter().chain(&m.orphans).map(|rel| Written { rel: rel.clone(), action: Action::Kept }))
            .collect();
        let mut diagnostics: Vec<Diagnostic> = m.errors.iter().cloned().chain(warnings).collect();
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let mut report =
            Report { notes: m.counts.notes, skipped: m.counts.skipped, failed: m.counts.failed, written, diagnostics };
        dashboard_unchanged(&mut report);
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        report
    }

    fn count(&self, action: Action, drafts: bool) -> usize {
        self.written.iter().filter(|w| w.action == action && w.rel.ends_with(scan::DRAFT_SUFFIX) == drafts).count()
    }

    /// True when any file was (or, in check mode, would be) created, updated or removed.
    pub fn changed(&self) -> bool {
        self.written.iter().any(|w| matches!(w.action, Action::Created | Action::Updated | Action::Removed))
    }

    /// True when some note could not be built.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The one-line summary printed at the end of a build.
    pub fn summary(&self, check: bool) -> String {
        let written = self.count(Action::Created, true) + self.count(Action::Updated, true);
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = self.diagnostics.len() - errors;
        let verb = if check { "to write" } else { "written" };
        format!(
            "{} notes read: {} drafts {verb}, {} unchanged, {} kept (edited), {} removed; {} other files skipped; {} {}, {} {}",
            self.notes + self.failed,
            written,
            self.count(Action::Unchanged, true),
            self.count(Action::Kept, true),
            self.count(Action::Removed, true),
            self.skipped,
            errors,
            plural(errors, "error"),
            warnings,
            plural(warnings, "warning"),
        )
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { word.to_owned() } else { format!("{word}s") }
}

/// Builds every draft and the dashboard for `config`, once: the `build` command.
///
/// # Errors
/// Only for problems that stop the whole run: a broken template, an unwritable folder.
pub fn build(config: &Config, check: bool, quiet: bool) -> Result<Report, Error> {
    let mut trace = crate::trace::Trace::start();
    let mut session = Session::open(config.clone());
    trace.mark("record's manifest read");
    let found = scan::find(&config.notes_dir, &config.skip);
    trace.mark("folder scanned");
    let report = match session.build_partial(&found, check, quiet)? {
        Some(report) => report,
        None => {
            let report = session.build(&found, check, quiet)?;
            if !check {
                // The record only saves time: a build that cannot write it still succeeded.
                let mut trace = crate::trace::Trace::start();
                let _ = session.save();
                trace.mark("record saved");
            }
            report
        }
    };
    // A scratch record's files go now, not on a thread the process may not wait for.
    drop(session.record.take());
    crate::par::drop_aside(session);
    Ok(report)
}

/// A build that can run again: the renderer and the record of the last build stay in memory,
/// so `watch` pays only for what changed. `build` opens one, builds once and saves the record.
///
/// Between builds the session keeps, for every note in path order, what it yielded and its part
/// of the dashboard, and the stamps of the drafts and dashboard it left on disk. They are updated
/// in place, note by note, so that a watcher rebuilding after each save does not churn memory.
pub struct Session {
    config: Config,
    renderer: Renderer,
    key: String,
    /// The record on disk, until the first build has used it.
    manifest: Option<record::Manifest>,
    /// What the last build left, `None` before the first build.
    last: Option<Last>,
    /// Every note of the last build, sorted by path, with its dashboard part.
    notes: Vec<(record::Cached, Option<KeyedPart>)>,
    /// True once `notes` holds the record on disk (or a newer one).
    loaded: bool,
    /// True when the in-memory record is newer than the one on disk.
    dirty: bool,
    /// Where the theme's dashboard page puts each section's rows; found on first use.
    layout: Option<dashboard::Layout>,
    /// True when `notes` was made on worker threads since the last `rehome`.
    made_by_workers: bool,
    /// True for a session that lives on (the watcher): its first build loads the record even
    /// when nothing changed, and every build keeps what each note yielded in memory. A one-shot
    /// build answers from the manifest alone when nothing changed, and otherwise writes each
    /// note's record as soon as it is made, keeping only a summary (`summaries`).
    lives_on: bool,
    /// What a one-shot full build keeps of each note, in path order, once its record is written
    /// (`record`); `notes` is empty then.
    summaries: Vec<Summary>,
    /// The record a one-shot full build is writing, note by note, for `save` to finish.
    record: Option<Mutex<record::RecordWriter>>,
    /// The order of the last dashboard's rows, while every note keeps its part where it was and
    /// every part its keys: the watcher puts the next dashboard together without sorting.
    order: Option<dashboard::Order>,
    /// The rows of the problems found outside any note, while no note or draft came or went.
    extras: Option<dashboard::ExtraRows>,
    /// How many dashboards were put together in the last order, without sorting.
    orders_kept: usize,
}

/// What the last build left on disk, and what it was made with.
struct Last {
    key: String,
    today: String,
    dashboard: Vec<(String, Option<Stamp>)>,
    dashboard_hash: u64,
    /// Every draft on disk after the build, by path.
    drafts: BTreeMap<String, Stamp>,
    counts: record::Counts,
    /// Problems the scan found outside any note (unreadable folders).
    scan_problems: Vec<Diagnostic>,
}

/// A change the watcher saw: a note's path, the note now (`None` when it is gone), and the stamp
/// of its draft on disk.
#[derive(Debug, Clone)]
pub struct NoteChange {
    pub rel: String,
    pub note: Option<Entry>,
    pub draft: Option<Stamp>,
}

/// What the last build was made with, as the next one compares it.
struct Previous<'a> {
    key: &'a str,
    today: &'a str,
    dashboard: &'a [(String, Option<Stamp>)],
    hash: u64,
}

/// A note's dashboard part, with what it was made from.
type KeyedPart = (PartKey, dashboard::Part);

/// What a note's dashboard part depends on besides the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartKey {
    stamp: Stamp,
    draft: Option<State>,
    today: jiff::civil::Date,
}

impl crate::incremental::record::codec::Encode for PartKey {
    fn encode(&self, w: &mut crate::incremental::record::codec::Writer) {
        let Stamp { size, secs, nanos } = self.stamp;
        let draft = self.draft.map(|s| u8::from(s == State::Edited));
        let day = (self.today.year(), self.today.month(), self.today.day());
        (size, secs, nanos, draft, day).encode(w);
    }
}

impl crate::incremental::record::codec::Decode<'_> for PartKey {
    fn decode(r: &mut crate::incremental::record::codec::Reader) -> Option<PartKey> {
        let (size, secs, nanos, draft, (year, month, day)) = crate::incremental::record::codec::Decode::decode(r)?;
        let draft = match draft {
            None => None,
            Some(0u8) => Some(State::Generated),
            Some(1) => Some(State::Edited),
            Some(_) => return None,
        };
        let today = jiff::civil::Date::new(year, month, day).ok()?;
        Some(PartKey { stamp: Stamp { size, secs, nanos }, draft, today })
    }
}

impl Session {
    /// A session for `config`, with the record on disk (if any) for its first build.
    pub fn open(config: Config) -> Session {
        let key = record::key(&config);
        let manifest = record::Manifest::load(&config.cache_dir);
        let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
        Session {
            config,
            renderer,
            key,
            manifest,
            last: None,
            notes: Vec::new(),
            loaded: false,
            dirty: false,
            layout: None,
            made_by_workers: false,
            lives_on: false,
            summaries: Vec::new(),
            record: None,
            order: None,
            extras: None,
            orders_kept: 0,
        }
    }

    /// How many of the dashboards this session put together kept the last one's order (each
    /// note's rows kept their keys), and so were not sorted again.
    pub fn orders_kept(&self) -> usize {
        self.orders_kept
    }

    /// Makes the first build load the record even when nothing changed, so that the notes are
    /// in memory before the first change comes (the watcher's first save is then as quick as
    /// the others), and every full build keep what each note yielded in memory.
    pub fn stay_in_memory(&mut self) {
        self.lives_on = true;
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Puts a new configuration (or theme) in force: templates are reloaded, and every note is
    /// read again on the next build, since settings change what notes yield.
    pub fn reconfigure(&mut self, config: Config) {
        self.renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
        self.layout = None;
        self.key = record::key(&config);
        self.config = config;
    }

    /// Finds where the theme's dashboard page puts its rows, once per theme.
    fn find_layout(&mut self) -> Result<(), Error> {
        if self.layout.is_none() {
            self.layout = Some(dashboard::Layout::new(&self.renderer)?);
        }
        Ok(())
    }

    /// Renders dashboard rows with the theme.
    fn rows(&self) -> dashboard::Rows<'_> {
        dashboard::Rows::new(&self.renderer, self.layout.as_ref().expect("found before any part is made"))
    }

    /// The dashboard files as the last build left them.
    pub fn recorded_dashboard(&self) -> &[(String, Option<Stamp>)] {
        self.last.as_ref().map_or(&[], |l| l.dashboard.as_slice())
    }

    /// The key, day, dashboard and hash of the last build, from memory or from the record.
    fn previous(&self) -> Option<Previous<'_>> {
        match (&self.last, &self.manifest) {
            (Some(l), _) => {
                Some(Previous { key: &l.key, today: &l.today, dashboard: &l.dashboard, hash: l.dashboard_hash })
            }
            (None, Some(m)) => {
                Some(Previous { key: &m.key, today: &m.today, dashboard: &m.dashboard, hash: m.dashboard_hash })
            }
            (None, None) => None,
        }
    }

    /// Builds the drafts of `found` and the dashboard.
    ///
    /// # Errors
    /// Only for problems that stop the whole run: a broken template, an unwritable folder.
    pub fn build(&mut self, found: &Found, check: bool, quiet: bool) -> Result<Report, Error> {
        let root = self.config.notes_dir.clone();
        (self.order, self.extras) = (None, None);
        let mut trace = crate::trace::Trace::start();
        let today = self.config.today.to_string();
        let dashboard_stamps = dashboard_stamps(&root);
        if !self.lives_on
            && self.last.is_none()
            && let Some(m) =
                self.manifest.as_ref().filter(|m| m.is_current(&self.key, &today, found, &dashboard_stamps))
        {
            let warnings = if quiet { Vec::new() } else { record::load_warnings(&self.config.cache_dir) };
            let report = Report::from_manifest(m, warnings);
            trace.mark("unchanged");
            return Ok(report);
        }
        if !self.loaded {
            let dir = &self.config.cache_dir;
            let mut notes: Vec<record::Cached> =
                record::load_notes(dir, self.manifest.as_ref(), &self.key).into_values().collect();
            notes.sort_by(|a, b| a.rel.cmp(&b.rel));
            let mut parts: HashMap<String, KeyedPart> = record::load_parts(dir, self.manifest.as_ref(), &self.key);
            self.notes = notes
                .into_iter()
                .map(|c| {
                    let part = parts.remove(&c.rel);
                    (c, part)
                })
                .collect();
            self.loaded = true;
            trace.mark("load record");
        }
        self.find_layout()?;
        let key_matches = self.previous().is_some_and(|p| p.key == self.key);
        // Line the last build's notes up with this build's (both sorted by path).
        let Aligned { slots, gone } = align(std::mem::take(&mut self.notes), found, key_matches);
        // Notes of the last build that are gone now change the dashboard.
        let mut dashboard_dirty = gone;
        // A one-shot build writes each note's record as soon as it is made, and its dashboard
        // rows go to the record's rows file, not to memory. A build that writes no record
        // (`--check`, or a folder where the record cannot be written) spools them to a scratch
        // record in the temporary folder; failing that, it keeps them in memory.
        self.summaries = Vec::new();
        self.record = (!self.lives_on)
            .then(|| {
                let record = match check {
                    true => record::RecordWriter::scratch(),
                    false => record::RecordWriter::create(&self.config.cache_dir)
                        .or_else(|_| record::RecordWriter::scratch()),
                };
                record.ok().map(Mutex::new)
            })
            .flatten();
        let progress = progress_bar(found.notes.len(), quiet);
        let mut items = self.build_notes(found, slots, check, &progress)?;
        progress.finish_and_clear();
        trace.mark("notes (parallel)");
        // Spooled rows move to where their note's entry landed in the rows file.
        if let Some(record) = &self.record {
            let record = record.lock().expect("no worker panics holding the record");
            for (i, item) in items.iter_mut().enumerate() {
                if let (Some(part), Some(at)) = (&mut item.spooled, record.offset(i)) {
                    part.rebase(at);
                }
            }
        }

        let config = &self.config;
        let mut report = Report { diagnostics: found.problems.clone(), ..Report::default() };
        // A quiet one-shot build prints errors only, and the record keeps the warnings apart:
        // its report leaves them out (as one answered from the manifest does).
        let reported = |d: &&Diagnostic| self.lives_on || !quiet || d.is_error();
        let mut live_notes = HashSet::new();
        let mut parts: Vec<Option<KeyedPart>> = Vec::with_capacity(items.len());
        for item in &mut items {
            report.diagnostics.extend(item.diagnostics.iter().filter(reported).cloned());
            dashboard_dirty |= item.problems_changed || item.part_changed;
            match item.kind {
                LoadedKind::Note => {
                    report.notes += 1;
                    if let Some((action, _)) = item.draft {
                        live_notes.insert(item.rel.as_str());
                        report.written.push(Written { rel: scan::draft_path(&item.rel), action });
                    }
                }
                LoadedKind::Skipped => report.skipped += 1,
                LoadedKind::Failed => {
                    report.failed += 1;
                    // A broken note keeps its last draft: the user may be mid-edit.
                    live_notes.insert(item.rel.as_str());
                }
            }
            report.diagnostics.extend(item.overdue.iter().filter(reported).cloned());
            parts.push(item.part.take());
        }
        // The rows of a one-shot build are copied from the record's rows file.
        let mut record = self.record.as_ref().map(|r| r.lock().expect("no worker panics holding the record"));
        let spool = record
            .as_mut()
            .map(|record| record.spool())
            .transpose()
            .map_err(|e| Error::Io { path: self.config.cache_dir.clone(), source: e })?;
        let before_orphans = report.diagnostics.len();
        for draft in &found.drafts {
            if !live_notes.contains(scan::note_of_draft(&draft.rel).as_str()) {
                remove_orphan(&root, &draft.rel, check, &mut report)?;
            }
        }
        let extras: Vec<Diagnostic> =
            found.problems.iter().chain(&report.diagnostics[before_orphans..]).cloned().collect();
        report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report.diagnostics.dedup();
        trace.mark("collect");

        // The dashboard is put together only when something it shows may have changed; then it is
        // rendered only when its hash says it did.
        let previous = self.previous();
        let same_setting = previous
            .as_ref()
            .is_some_and(|p| p.key == self.key && p.today == today && p.dashboard == dashboard_stamps.as_slice());
        dashboard_dirty |= !same_setting || !found.problems.is_empty();
        let recorded_hash = previous.map_or(0, |p| p.hash);
        let part_refs: Vec<&dashboard::Part> = parts.iter().flatten().map(|(_, part)| part).collect();
        let spooled: Vec<&dashboard::Part<String, Span>> = items.iter().filter_map(|i| i.spooled.as_ref()).collect();
        let extra_rows = dashboard::extra_problems(&extras.iter().collect::<Vec<_>>(), &self.rows())?;
        let assembled = dashboard_dirty.then(|| match spool {
            None => dashboard::assemble(&part_refs, &extra_rows, config.today, None).dashboard,
            Some(_) => dashboard::assemble(&spooled, &extra_rows, config.today, None).dashboard,
        });
        trace.mark("dashboard context");
        let dashboard_hash = assembled.as_ref().map_or(recorded_hash, |d| d.hash);
        let unchanged = !dashboard_dirty || (same_setting && recorded_hash == dashboard_hash);
        if unchanged {
            dashboard_unchanged(&mut report);
        } else if let Some(dashboard) = &assembled {
            report.written.extend(self.write_dashboard(dashboard, check, spool)?);
        }
        drop(assembled);
        drop((part_refs, spooled));
        drop(record);
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        trace.mark("dashboard write");
        if !check {
            self.remember(found, items, parts, &report, dashboard_hash);
            trace.mark("record");
        }
        Ok(report)
    }

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

    /// Renders the dashboard as Markdown and, through comrak, as HTML, and writes both.
    fn write_dashboard(
        &self,
        dashboard: &dashboard::Dashboard,
        check: bool,
        spool: Option<write::Spool>,
    ) -> Result<Vec<Written>, Error> {
        let root = &self.config.notes_dir;
        let mut trace = crate::trace::Trace::start();
        let layout = self.layout.as_ref().expect("found before any part is made");
        let page = layout.render(&self.renderer, dashboard, spool)?;
        let theme = Theme::new(self.config.theme_dir.as_deref());
        let (before, after) = HtmlPage::render(&self.renderer, &theme, &dashboard.today())?;
        let markdown = page.markdown_pieces();
        let html: Vec<write::Piece> = std::iter::once(write::Piece::Text(&before))
            .chain(page.html_pieces())
            .chain(std::iter::once(write::Piece::Text(&after)))
            .collect();
        trace.mark("dashboard: pages rendered");
        // A first dashboard copied from the spool: both files at once, each core taking half
        // of the rows.
        if let (Some(spool), false) = (spool, check) {
            let paths = [root.join(DASHBOARD_MD), root.join(DASHBOARD_HTML)];
            let made = write::new_pair([&paths[0], &paths[1]], [&markdown, &html], spool)
                .map_err(|e| Error::Io { path: paths[0].clone(), source: e })?;
            if made.is_some() {
                trace.mark("dashboard: files written as a pair");
                let created = |rel: &str| Written { rel: rel.to_owned(), action: Action::Created };
                return Ok(vec![created(DASHBOARD_MD), created(DASHBOARD_HTML)]);
            }
        }
        let write = |rel: &str, pieces: &[write::Piece]| {
            let action = write::write_pieces(root, rel, pieces, spool, check)
                .map_err(|e| Error::Io { path: root.join(rel), source: e })?;
            Ok(Written { rel: rel.to_owned(), action })
        };
        // Tens of megabytes for a large folder: the two files are written side by side.
        let written = std::thread::scope(|scope| {
            let md = scope.spawn(|| write(DASHBOARD_MD, &markdown));
            let html = write(DASHBOARD_HTML, &html);
            let md = md.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            [md, html].into_iter().collect()
        });
        trace.mark("dashboard: files written");
        written
    }

    /// Removes a draft whose note is gone (unless the user edited it) and forgets its stamp.
    fn remove_draft(&mut self, root: &Path, rel: &str, report: &mut Report) -> Result<(), Error> {
        if remove_orphan(root, rel, false, report)? == Action::Removed {
            if let Some(last) = self.last.as_mut() {
                last.drafts.remove(rel);
            }
        }
        Ok(())
    }

    /// Puts the dashboard together again when something it shows may have changed (or its files
    /// were touched), and writes it when its hash says it did.
    fn update_dashboard(&mut self, root: &Path, dirty: bool, report: &mut Report) -> Result<(), Error> {
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
        let dashboard::Assembled { dashboard: context, order, kept } =
            dashboard::assemble(&parts, &extras, today, self.order.take());
        self.orders_kept += usize::from(kept);
        trace.note(if kept { "dashboard: rows in the last order" } else { "dashboard: rows sorted afresh" });
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

    /// Reads, plans, renders and writes every note, in parallel, reusing what the last build
    /// made of the notes that did not change.
    fn build_notes(
        &self,
        found: &Found,
        slots: Vec<Mutex<Slot>>,
        check: bool,
        progress: &indicatif::ProgressBar,
    ) -> Result<Vec<Built>, Error> {
        let drafts_on_disk: HashMap<&str, Stamp> = found.drafts.iter().map(|e| (e.rel.as_str(), e.stamp())).collect();
        let rows = self.rows();
        let items = pipeline::par_map(&found.notes, |entry| -> Result<Built, Error> {
            let slot = found.notes.binary_search_by(|e| e.rel.cmp(&entry.rel)).expect("entries come from this list");
            let (reuse, old_part) = std::mem::take(&mut *slots[slot].lock().expect("no worker panics holding a slot"));
            let on_disk = drafts_on_disk.get(scan::draft_path(&entry.rel).as_str()).copied();
            let built = (|| -> Result<Built, Error> {
                let mut built = self.build_one(entry, reuse, on_disk, check)?;
                let old_hash = old_part.as_ref().map(|(_, part)| part.hash);
                let part = part_for(&built, old_part, self.config.today, &rows)?;
                built.part_hash = part.as_ref().map_or(0, |(_, p)| p.hash);
                built.part_changed = old_hash != part.as_ref().map(|(_, p)| p.hash);
                match self.lives_on {
                    true => built.part = part,
                    false => self.spool_to_record(slot, &mut built, part)?,
                }
                Ok(built)
            })();
            if let (Err(e), Some(record)) = (&built, &self.record) {
                record.lock().expect("no worker panics holding the record").abandon(e.to_string());
            }
            progress.inc(1);
            built
        });
        items.into_iter().collect()
    }

    /// For a one-shot build: writes what the note at `slot` yielded and its dashboard rows to
    /// the record, keeping only a summary of the note and its rows' keys in memory (or its rows
    /// too, when there is no record to spool them to).
    fn spool_to_record(&self, slot: usize, built: &mut Built, part: Option<KeyedPart>) -> Result<(), Error> {
        built.overdue = part.as_ref().map(|(_, p)| p.overdue.clone()).unwrap_or_default();
        built.reported = Some(record::reported_hash(built.diagnostics.iter().chain(&built.overdue)));
        let loaded = built.loaded.take();
        let Some(record) = &self.record else {
            built.part = part;
            return Ok(());
        };
        let io = |e| Error::Io { path: self.config.cache_dir.clone(), source: e };
        let entry = part.as_ref().map(|p| record::part_entry(&built.rel, p)).transpose().map_err(io)?;
        built.spooled = entry.as_deref().map(|entry| {
            let (_, (_, part)): (&str, (PartKey, dashboard::Part<&str>)) =
                record::decode_part_entry(entry).expect("encoded just above");
            part.spooled(entry)
        });
        let scratch = record.lock().expect("no worker panics holding the record").is_scratch();
        let note = match loaded {
            Some(loaded) if !scratch => record::note_entry(&record::Cached {
                rel: built.rel.clone(),
                stamp: built.stamp,
                loaded,
                diagnostics: built.diagnostics.clone(),
                draft: built.kept_draft(),
                links: std::mem::take(&mut built.links),
            }),
            _ => Vec::new(),
        };
        record.lock().expect("no worker panics holding the record").put(slot, note, entry.as_deref());
        Ok(())
    }

    /// What one note yields: the last build's record when its stamp is the same, read again
    /// otherwise; its draft rendered and written unless it is as the last build left it.
    fn build_one(
        &self,
        entry: &Entry,
        reuse: Option<record::Cached>,
        on_disk: Option<Stamp>,
        check: bool,
    ) -> Result<Built, Error> {
        let config = &self.config;
        let draft_rel = scan::draft_path(&entry.rel);
        let (loaded, diagnostics, kept_draft, mut links, problems_changed) = match reuse {
            Some(c) if c.stamp == entry.stamp() => {
                let draft = c.draft.filter(|(stamp, _)| Some(*stamp) == on_disk);
                (c.loaded, c.diagnostics, draft, c.links, false)
            }
            old => {
                let (loaded, diagnostics) = pipeline::load(entry, config);
                let changed = old.is_none_or(|c| c.diagnostics != diagnostics);
                (loaded, diagnostics, None, crate::letters::mail::Links::default(), changed)
            }
        };
        let draft = match &loaded {
            Loaded::Note(planned) if planned.drafted => match kept_draft {
                // The note and the draft are as the last build left them.
                Some((_, State::Generated)) => Some((Action::Unchanged, State::Generated, None)),
                Some((_, State::Edited)) => Some((Action::Kept, State::Edited, None)),
                None => {
                    let (action, state, fresh, written) =
                        render_draft(&self.renderer, planned, config, &draft_rel, check)?;
                    links = fresh;
                    Some((action, state, written))
                }
            },
            _ => None,
        };
        // The stamp of the draft on disk now: the one written, or the one that was there.
        let draft_stamp = match draft {
            Some((_, _, Some(written))) => Some(written),
            _ => on_disk,
        };
        let draft = draft.map(|(action, state, _)| (action, state));
        Ok(Built {
            rel: entry.rel.clone(),
            stamp: entry.stamp(),
            kind: loaded.kind(),
            loaded: Some(loaded),
            diagnostics,
            draft,
            draft_stamp,
            links,
            problems_changed,
            part: None,
            part_hash: 0,
            part_changed: false,
            overdue: Vec::new(),
            spooled: None,
            reported: None,
        })
    }

    /// Keeps what this build saw and made, for the next build and for `save`.
    fn remember(
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
        if self.lives_on {
            self.notes = items
                .into_iter()
                .zip(parts)
                .map(|(b, part)| {
                    let stamp = b.draft_stamp;
                    (cached_of(b, stamp), part)
                })
                .collect();
            self.made_by_workers = true;
        } else {
            // The rows' keys are done with: freed aside, as the process may end first.
            let mut keys = Vec::with_capacity(items.len());
            self.summaries = items
                .into_iter()
                .map(|mut b| {
                    keys.push(b.spooled.take());
                    Summary::of(b)
                })
                .collect();
            crate::par::drop_aside((keys, parts));
            self.loaded = false;
        }
        let dashboard = dashboard_stamps(root);
        self.last = Some(Last {
            key: self.key.clone(),
            today: self.config.today.to_string(),
            dashboard,
            dashboard_hash,
            drafts,
            counts: record::Counts { notes: report.notes, skipped: report.skipped, failed: report.failed },
            scan_problems: found.problems.clone(),
        });
        self.manifest = None;
        self.dirty = true;
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
        if std::mem::take(&mut self.made_by_workers) {
            let copy: Vec<_> = self.notes.iter().map(|(c, p)| (c.clone(), p.clone())).collect();
            self.notes = copy;
        }
    }

    /// Drafts on disk whose note is gone (or no longer an interview note): the user edited
    /// them, or they would have been removed.
    fn orphans(&self) -> Vec<String> {
        let Some(last) = &self.last else { return Vec::new() };
        // Compared by stem (`a/b` of `a/b.md` and `a/b.followup.md`), without a path made per
        // draft: the watcher asks after every save that changes the dashboard.
        let interviews: HashSet<&str> =
            self.note_states().filter(|l| l.kind != LoadedKind::Skipped).map(|l| scan::note_stem(l.rel)).collect();
        last.drafts.keys().filter(|draft| !interviews.contains(scan::draft_stem(draft))).cloned().collect()
    }

    /// The errors and warnings of the last build, sorted: what each note reported, the check-ins
    /// overdue, what the scan found, and the drafts kept without their note.
    fn reported<'a>(&'a self, orphans: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
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
        let record = self.record.take();
        let Some(last) = self.last.as_ref().filter(|_| self.dirty) else { return Ok(()) };
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
        if self.lives_on {
            let notes: Vec<&record::Cached> = self.notes.iter().map(|(c, _)| c).collect();
            let parts: Vec<(&str, &KeyedPart)> =
                self.notes.iter().filter_map(|(c, part)| part.as_ref().map(|p| (c.rel.as_str(), p))).collect();
            record::save(&self.config.cache_dir, &manifest, &warnings, &notes, &parts)?;
        } else {
            let record = record.ok_or_else(|| std::io::Error::other("the record could not be started"))?;
            let record = record.into_inner().expect("no worker panics holding the record");
            record.finish(self.summaries.len(), &manifest, &warnings)?;
        }
        self.dirty = false;
        Ok(())
    }

    /// Every note of the last build, in path order, as `save` sees it.
    fn note_states(&self) -> impl Iterator<Item = NoteState<'_>> {
        let kept = self.notes.iter().map(|(c, part)| NoteState::of(c, part.as_ref().map(|(_, p)| p)));
        kept.chain(self.summaries.iter().map(NoteState::summed))
    }
}

/// What a note yielded, for the record, with the stamp of its draft on disk.
fn cached_of(built: Built, draft: Option<Stamp>) -> record::Cached {
    record::Cached {
        draft: built.draft.and_then(|(_, state)| draft.map(|stamp| (stamp, state))),
        rel: built.rel,
        stamp: built.stamp,
        loaded: built.loaded.expect("kept by a session that lives on"),
        diagnostics: built.diagnostics,
        links: built.links,
    }
}

/// A note as the manifest records it.
fn recorded(c: &record::Cached, part: Option<&dashboard::Part>) -> record::Recorded {
    NoteState::of(c, part).recorded()
}

/// Removes a draft whose note is gone, unless the user edited it, and says what happened.
fn remove_orphan(root: &Path, rel: &str, check: bool, report: &mut Report) -> Result<Action, Error> {
    let action = write::remove_draft(root, rel, check).map_err(|e| Error::Io { path: root.join(rel), source: e })?;
    if action == Action::Kept {
        report.diagnostics.push(orphan_warning(rel));
    }
    report.written.push(Written { rel: rel.to_owned(), action });
    Ok(action)
}

/// What a build says about a draft kept without its note.
fn orphan_warning(rel: &str) -> Diagnostic {
    Diagnostic::warning(
        rel,
        crate::diagnostic::Position::FILE,
        "this draft's note is gone, but you edited the draft, so it stays",
    )
    .with_help("delete the draft yourself once you no longer need it")
}

/// Reports both dashboard files as unchanged.
fn dashboard_unchanged(report: &mut Report) {
    for rel in [DASHBOARD_MD, DASHBOARD_HTML] {
        report.written.push(Written { rel: rel.to_owned(), action: Action::Unchanged });
    }
}

/// The stamps of `DASHBOARD.md` and `dashboard.html` (`None` for a file that is not there).
fn dashboard_stamps(root: &Path) -> Vec<(String, Option<Stamp>)> {
    [DASHBOARD_MD, DASHBOARD_HTML].iter().map(|rel| (rel.to_string(), Stamp::of(&root.join(rel)))).collect()
}

/// A note's dashboard part: the old one when nothing it depends on changed, a new one otherwise,
/// none for files that are not interview notes.
fn part_for(
    item: &Built,
    old: Option<KeyedPart>,
    today: jiff::civil::Date,
    rows: &dashboard::Rows,
) -> Result<Option<KeyedPart>, Error> {
    let draft_state = item.draft.map(|(_, s)| s);
    let key = PartKey { stamp: item.stamp, draft: draft_state, today };
    if let Some((_, part)) = old.filter(|(k, _)| *k == key) {
        return Ok(Some((key, part)));
    }
    let part = match item.loaded.as_ref().expect("a part is made before the note is sealed") {
        Loaded::Note(planned) => {
            let entry = dashboard::Interview { planned, draft: scan::draft_path(&item.rel), draft_state };
            dashboard::Part::new(&entry, today, &item.links, &item.diagnostics, rows)?
        }
        Loaded::Failed => dashboard::Part::broken(&item.rel, &item.diagnostics, rows)?,
        Loaded::Skipped(_) => return Ok(None),
    };
    Ok(Some((key, part)))
}

/// Notes from which a build is worth a progress bar.
const PROGRESS_FROM: usize = 1000;

/// A progress bar on stderr for builds large enough to wait for; hidden when stderr is not a
/// terminal, in CI (`CI` set), with `--quiet`, or for smaller builds.
fn progress_bar(notes: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if quiet || ci || notes < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(notes as u64);
    let style = indicatif::ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} notes ({eta})")
        .expect("the template is valid")
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix("building");
    bar
}

/// Lines the last build's notes up with this build's entries, both sorted by path: a slot per
/// entry with its record and old dashboard part (when the settings are the same), and whether
/// any note of the last build is gone.
fn align(previous: Vec<(record::Cached, Option<KeyedPart>)>, found: &Found, key_matches: bool) -> Aligned {
    let mut slots = Vec::with_capacity(found.notes.len());
    let mut gone = false;
    let mut previous = previous.into_iter().peekable();
    for entry in &found.notes {
        while previous.next_if(|(c, _)| c.rel < entry.rel).is_some() {
            gone = true;
        }
        match previous.next_if(|(c, _)| c.rel == entry.rel) {
            Some((cached, part)) if key_matches => slots.push(Mutex::new((Some(cached), part))),
            _ => slots.push(Mutex::new((None, None))),
        }
    }
    gone |= previous.next().is_some();
    Aligned { slots, gone }
}

/// What the last build made of one entry, for the worker that builds it to take.
type Slot = (Option<record::Cached>, Option<KeyedPart>);

/// The last build's notes lined up with this build's entries.
struct Aligned {
    slots: Vec<Mutex<Slot>>,
    /// True when some note of the last build is gone.
    gone: bool,
}

/// One note after the build: what it yielded and what became of its draft.
struct Built {
    rel: String,
    stamp: Stamp,
    kind: LoadedKind,
    /// What the note yielded; `None` once a one-shot build wrote it to the record.
    loaded: Option<Loaded>,
    diagnostics: Vec<Diagnostic>,
    draft: Option<(Action, State)>,
    /// The stamp of its draft on disk after the build.
    draft_stamp: Option<Stamp>,
    /// The `mailto:` links of the note's emails.
    links: crate::letters::mail::Links,
    /// True when the note was read again and reported something else than last time.
    problems_changed: bool,
    /// Its part of the dashboard, once made, for a session that lives on.
    part: Option<KeyedPart>,
    /// A hash of that part (0 for none).
    part_hash: u64,
    /// True when that part differs from the last build's.
    part_changed: bool,
    /// The part's warnings that depend on today.
    overdue: Vec<Diagnostic>,
    /// For a one-shot build, the part's keys, its rows left in the record's rows file.
    spooled: Option<dashboard::Part<String, Span>>,
    /// For a one-shot build, a hash of what was reported about the note (`record::reported_hash`).
    reported: Option<u64>,
}

impl Built {
    /// Its draft as the record keeps it: the stamp on disk and whose it is.
    fn kept_draft(&self) -> Option<(Stamp, State)> {
        self.draft.and_then(|(_, state)| self.draft_stamp.map(|stamp| (stamp, state)))
    }
}

/// What a one-shot build keeps of a note once its record is written: what the manifest and the
/// report need.
struct Summary {
    rel: String,
    stamp: Stamp,
    kind: LoadedKind,
    draft: Option<(Stamp, State)>,
    diagnostics: Vec<Diagnostic>,
    overdue: Vec<Diagnostic>,
    part: u64,
    /// A hash of what was reported about it (`record::reported_hash`), made by the worker.
    reported: u64,
}

impl Summary {
    fn of(b: Built) -> Summary {
        Summary {
            draft: b.kept_draft(),
            rel: b.rel,
            stamp: b.stamp,
            kind: b.kind,
            reported: b.reported.unwrap_or_else(|| record::reported_hash(b.diagnostics.iter().chain(&b.overdue))),
            diagnostics: b.diagnostics,
            overdue: b.overdue,
            part: b.part_hash,
        }
    }
}

/// A note as `save` and the problems outside notes see it, whether the session keeps what it
/// yielded (`Cached`) or only its summary.
struct NoteState<'a> {
    rel: &'a str,
    stamp: Stamp,
    kind: LoadedKind,
    draft: Option<(Stamp, State)>,
    /// What was reported about it: its own diagnostics, and its dashboard part's.
    reported: [&'a [Diagnostic]; 2],
    /// A hash of its dashboard part (0 for none).
    part: u64,
    /// A hash of `reported`, when already made.
    reported_hash: Option<u64>,
}

impl<'a> NoteState<'a> {
    fn of(c: &'a record::Cached, part: Option<&'a dashboard::Part>) -> NoteState<'a> {
        NoteState {
            rel: &c.rel,
            stamp: c.stamp,
            kind: c.loaded.kind(),
            draft: c.draft,
            reported: [&c.diagnostics, part.map_or(&[], |p| &p.overdue)],
            part: part.map_or(0, |p| p.hash),
            reported_hash: None,
        }
    }

    fn summed(s: &'a Summary) -> NoteState<'a> {
        let reported = [&s.diagnostics[..], &s.overdue[..]];
        NoteState {
            rel: &s.rel,
            stamp: s.stamp,
            kind: s.kind,
            draft: s.draft,
            reported,
            part: s.part,
            reported_hash: Some(s.reported),
        }
    }

    /// The note as the manifest records it.
    fn recorded(&self) -> record::Recorded {
        record::Recorded {
            rel: self.rel.to_owned(),
            stamp: self.stamp,
            kind: self.kind,
            part: self.part,
            reported: self
                .reported_hash
                .unwrap_or_else(|| record::reported_hash(self.reported.iter().copied().flatten())),
        }
    }
}

/// Renders a note's draft and writes it unless the user edited the one on disk: what happened,
/// whose the draft is, its `mailto:` links, and the stamp of the file written.
fn render_draft(
    renderer: &Renderer,
    planned: &plan::Planned,
    config: &Config,
    rel: &str,
    check: bool,
) -> Result<(Action, State, crate::letters::mail::Links, Option<Stamp>), Error> {
    let mut context = crate::letters::context::draft_context(planned, config);
    crate::letters::mail::add_links(renderer, &mut context)?;
    let body = renderer.render("draft.md.j2", &context)?;
    let (action, written) = write::draft(&config.notes_dir, rel, &fingerprint::sign(&body), check)
        .map_err(|e| Error::Io { path: config.notes_dir.join(rel), source: e })?;
    let state = if action == Action::Kept { State::Edited } else { State::Generated };
    let stamp = written.map(|meta| Stamp::new(meta.len(), meta.modified().ok()));
    Ok((action, state, crate::letters::mail::Links::of(&context), stamp))
}

/// The HTML page's context: the dashboard as HTML, the stylesheet, and the day.
#[derive(Serialize)]
struct HtmlPage<'a> {
    content: minijinja::Value,
    style: minijinja::Value,
    today: &'a str,
}

impl HtmlPage<'_> {
    /// The page before and after its content. The page is rendered around a marker, so that
    /// megabytes of dashboard are not copied through the template engine.
    fn render(renderer: &Renderer, theme: &Theme, today: &str) -> Result<(String, String), Error> {
        const MARKER: &str = "\u{E000}content\u{E000}";
        let css = theme.load("style.css").ok().flatten().unwrap_or_default();
        let page = HtmlPage {
            content: minijinja::Value::from_safe_string(MARKER.to_owned()),
            style: minijinja::Value::from_safe_string(css.replace("</", "<\\/")),
            today,
        };
        let html = renderer.render("dashboard.html.j2", &page)?;
        Ok(match html.find(MARKER) {
            Some(at) => (html[..at].to_owned(), html[at + MARKER.len()..].to_owned()),
            None => (html, String::new()),
        })
    }
}
