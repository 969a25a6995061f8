//! `followup build`: drafts beside every note, then the dashboard.

mod dashboard_files;
mod notes;
mod partial;
mod report;
mod save;
mod update;

use dashboard_files::*;
use notes::*;
pub use report::Report;
use save::*;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

use crate::config::Config;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::output::fingerprint::State;
use crate::output::write::{Span, Written};
use crate::pipeline::LoadedKind;
use crate::pipeline::scan::{self, Entry, Found, Stamp};
use crate::render::Renderer;
use crate::render::theme::Theme;

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
            None => dashboard::assemble(&part_refs, &extra_rows, config.today),
            Some(_) => dashboard::assemble(&spooled, &extra_rows, config.today),
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
}
