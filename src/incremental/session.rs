//! A build that can run again: `Session`, its `Mode`, and the full build of every note.
//!
//! The steps live beside this file: `notes` builds each note (in parallel), `partial` and
//! `update` rebuild the few notes that changed (for `build` and `watch`), `dashboard_files`
//! writes the two dashboard files, `save` remembers what a build left and writes the record,
//! `report` says what a build did.

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
use crate::output::write::Written;
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
    if !check {
        remove_stale_temporaries(&found, config);
    }
    let report = match session.build_partial(&found, check, quiet)? {
        Some(report) => report,
        None => {
            let report = session.build(&found, check, quiet)?;
            crate::interrupt::check()?;
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
    drop(session.take_record());
    crate::par::drop_aside(session);
    Ok(report)
}

/// Removes the temporary files that builds killed before they were done left in the notes
/// folder and the record (`crate::temporary`); those of running builds stay.
pub fn remove_stale_temporaries(found: &Found, config: &Config) {
    crate::temporary::remove_stale(&found.temporaries);
    crate::temporary::remove_stale_in(&config.cache_dir, None);
}

/// A build that can run again: the renderer and what the last build left stay in memory, so
/// `watch` pays only for what changed. `build` opens a one-shot session, builds once and saves
/// the record.
pub struct Session {
    config: Config,
    renderer: Renderer,
    key: String,
    /// The record on disk, until the first build has used it.
    manifest: Option<record::Manifest>,
    /// What the last build left, `None` before the first build.
    last: Option<Last>,
    /// Where the theme's dashboard page puts each section's rows; found on first use.
    layout: Option<dashboard::Layout>,
    /// How this session keeps what each note yielded between builds.
    mode: Mode,
}

/// How a session keeps what each note yielded: the one thing that differs between `build` and
/// `watch`.
enum Mode {
    /// `build`: one build, then the process ends. When nothing changed, the manifest answers
    /// alone; a full build writes each note's record as soon as it is made and keeps only a
    /// summary of it.
    OneShot(OneShot),
    /// `watch`: every note's yield and dashboard part stay in memory, updated in place note by
    /// note, so that a rebuild after each save neither reads the record nor churns memory.
    Live(Live),
}

/// What a one-shot build holds while it builds.
#[derive(Default)]
struct OneShot {
    /// What the full build keeps of each note, in path order, once its record is written.
    summaries: Vec<Summary>,
    /// The record the full build is writing, note by note, for `save` to finish.
    record: Option<Mutex<record::RecordWriter>>,
}

/// What a live session keeps between builds.
#[derive(Default)]
struct Live {
    /// Every note of the last build, sorted by path, with its dashboard part; `None` until the
    /// first build has loaded the record.
    notes: Option<Vec<KeptNote>>,
    /// True when `notes` was made on worker threads since the last `copy_to_this_thread`.
    made_by_workers: bool,
    /// The order of the last dashboard's rows, while every note keeps its part where it was and
    /// every part its keys: the next dashboard is put together without sorting.
    order: Option<dashboard::Order>,
    /// The rows of the problems found outside any note, while no note or draft came or went.
    extras: Option<dashboard::ExtraRows>,
    /// How many dashboards were put together in the last order, without sorting.
    orders_kept: usize,
}

/// A note of the last build as a live session keeps it: what it yielded and its dashboard part.
type KeptNote = (record::Cached, Option<KeyedPart>);

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
    /// False while the record on disk is older than this.
    saved: bool,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct PartKey {
    stamp: Stamp,
    draft: Option<State>,
    /// The draft on disk: its emails, read back, are the part's links (issue 12).
    draft_stamp: Option<Stamp>,
    today: jiff::civil::Date,
}

impl Session {
    /// A one-shot session for `config` (`build`), with the record on disk (if any).
    pub fn open(config: Config) -> Session {
        Session::with_mode(config, Mode::OneShot(OneShot::default()))
    }

    /// A live session for `config` (`watch`): its first build loads the record even when nothing
    /// changed, so that the notes are in memory before the first save comes (the first save is
    /// then as quick as the others), and every build keeps what each note yielded in memory.
    pub fn live(config: Config) -> Session {
        Session::with_mode(config, Mode::Live(Live::default()))
    }

    fn with_mode(config: Config, mode: Mode) -> Session {
        let key = record::key(&config);
        let manifest = record::Manifest::load(&config.cache_dir);
        let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
        Session { config, renderer, key, manifest, last: None, layout: None, mode }
    }

    /// How many of the dashboards this session put together kept the last one's order (each
    /// note's rows kept their keys), and so were not sorted again.
    pub fn orders_kept(&self) -> usize {
        match &self.mode {
            Mode::Live(live) => live.orders_kept,
            Mode::OneShot(_) => 0,
        }
    }

    fn is_live(&self) -> bool {
        matches!(self.mode, Mode::Live(_))
    }

    /// What a live session keeps; only the watcher's `update` and what follows a live build ask.
    fn live_mut(&mut self) -> &mut Live {
        match &mut self.mode {
            Mode::Live(live) => live,
            Mode::OneShot(_) => unreachable!("only a live session keeps its notes between builds"),
        }
    }

    /// The notes a live session keeps, once its first build loaded them.
    fn live_notes(&self) -> &[KeptNote] {
        match &self.mode {
            Mode::Live(live) => live.notes.as_deref().unwrap_or_default(),
            Mode::OneShot(_) => &[],
        }
    }

    /// The notes a live session keeps, for `update` to change in place.
    fn live_notes_mut(&mut self) -> &mut Vec<KeptNote> {
        self.live_mut().notes.get_or_insert_default()
    }

    /// Takes the record a one-shot full build wrote, for `save` to finish (or to drop).
    fn take_record(&mut self) -> Option<Mutex<record::RecordWriter>> {
        match &mut self.mode {
            Mode::OneShot(one) => one.record.take(),
            Mode::Live(_) => None,
        }
    }

    /// The record a one-shot full build is writing.
    fn record_writer(&self) -> Option<&Mutex<record::RecordWriter>> {
        match &self.mode {
            Mode::OneShot(one) => one.record.as_ref(),
            Mode::Live(_) => None,
        }
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

    /// The stamp of the draft `rel` as the last build left it: for a draft it wrote, the stamp of
    /// the file it wrote, taken before the rename, so that an edit made since differs from it.
    pub fn draft_stamp(&self, rel: &str) -> Option<Stamp> {
        self.last.as_ref().and_then(|l| l.drafts.get(rel).copied())
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
        let mut trace = crate::trace::Trace::start();
        let dashboard_stamps = dashboard_stamps(&self.config.notes_dir);
        if let Some(report) = self.answer_from_manifest(found, &dashboard_stamps, quiet) {
            trace.mark("unchanged");
            return Ok(report);
        }
        let previous = self.take_previous_notes();
        let wrote = self.drafts_written(&previous);
        trace.mark("load record");
        self.find_layout()?;
        let key_matches = self.previous().is_some_and(|p| p.key == self.key);
        // Line the last build's notes up with this build's (both sorted by path).
        let Aligned { slots, gone } = align(previous, found, key_matches);
        self.start_record(check);
        let progress = progress_bar(found.notes.len(), quiet);
        let mut items = self.build_notes(found, slots, check, &progress)?;
        progress.finish_and_clear();
        // Stopped by Ctrl-C: nothing is removed, and the dashboard stays as it was.
        crate::interrupt::check()?;
        trace.mark("notes (parallel)");
        let (mut report, parts, notes_changed) = self.collect(found, &mut items, quiet);
        let extras = self.remove_orphans(found, &items, &wrote, check, &mut report)?;
        report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report.diagnostics.dedup();
        trace.mark("collect");
        // Notes of the last build that are gone change the dashboard, and so may scan problems.
        let may_differ = gone || notes_changed || !found.problems.is_empty();
        let shown = Shown { parts: &parts, items: &items, extras: &extras, may_differ };
        let dashboard_hash = self.build_dashboard(shown, &dashboard_stamps, check, &mut report)?;
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        trace.mark("dashboard write");
        if !check {
            self.remember(found, items, parts, &report, dashboard_hash);
            trace.mark("record");
        }
        Ok(report)
    }

    /// The report of a one-shot build when nothing changed since the recorded build: notes,
    /// drafts, dashboard, settings, theme and day.
    fn answer_from_manifest(
        &self,
        found: &Found,
        dashboard_stamps: &[(String, Option<Stamp>)],
        quiet: bool,
    ) -> Option<Report> {
        let today = self.config.today.to_string();
        if self.is_live() || self.last.is_some() {
            return None;
        }
        let m = self.manifest.as_ref().filter(|m| m.is_current(&self.key, &today, found, dashboard_stamps))?;
        // A draft that could not be written is tried again, whatever else changed.
        if m.errors.iter().any(is_unwritable_draft) {
            return None;
        }
        let warnings = if quiet { Vec::new() } else { record::load_warnings(&self.config.cache_dir) };
        Some(Report::from_manifest(m, warnings))
    }

    /// The last build's notes, sorted by path: a live session's own after its first build, or
    /// the record on disk.
    fn take_previous_notes(&mut self) -> Vec<KeptNote> {
        if let Mode::Live(live) = &mut self.mode {
            (live.order, live.extras) = (None, None);
            if let Some(notes) = live.notes.take() {
                return notes;
            }
        }
        let dir = &self.config.cache_dir;
        let mut notes: Vec<record::Cached> =
            record::load_notes(dir, self.manifest.as_ref(), &self.key).into_values().collect();
        notes.sort_by(|a, b| a.rel.cmp(&b.rel));
        let mut parts: HashMap<String, KeyedPart> = record::load_parts(dir, self.manifest.as_ref(), &self.key);
        notes
            .into_iter()
            .map(|c| {
                let part = parts.remove(&c.rel);
                (c, part)
            })
            .collect()
    }

    /// A one-shot build writes each note's record as soon as it is made, and its dashboard rows
    /// go to the record's rows file, not to memory. A build that writes no record (`--check`, or
    /// a folder where the record cannot be written) spools them to a scratch record in the
    /// temporary folder; failing that, it keeps them in memory.
    fn start_record(&mut self, check: bool) {
        let cache_dir = self.config.cache_dir.clone();
        if let Mode::OneShot(one) = &mut self.mode {
            let record = match check {
                true => record::RecordWriter::scratch(),
                false => record::RecordWriter::create(&cache_dir).or_else(|_| record::RecordWriter::scratch()),
            };
            *one = OneShot { summaries: Vec::new(), record: record.ok().map(Mutex::new) };
        }
    }

    /// The report of the notes built, their dashboard parts, and whether any note shows or says
    /// something else than last time.
    fn collect(&self, found: &Found, items: &mut [Built], quiet: bool) -> (Report, Vec<Option<KeyedPart>>, bool) {
        let mut report = Report { diagnostics: found.problems.clone(), ..Report::default() };
        // A quiet one-shot build prints errors only, and the record keeps the warnings apart:
        // its report leaves them out (as one answered from the manifest does).
        let reported = |d: &&Diagnostic| self.is_live() || !quiet || d.is_error();
        let mut changed = false;
        let mut parts: Vec<Option<KeyedPart>> = Vec::with_capacity(items.len());
        for item in items {
            report.diagnostics.extend(item.diagnostics.iter().filter(reported).cloned());
            changed |= item.problems_changed || item.part_changed;
            match item.kind {
                LoadedKind::Note => {
                    report.notes += 1;
                    if let Some((action, _)) = item.draft {
                        report.written.push(Written { rel: scan::draft_path(&item.rel), action });
                    }
                }
                LoadedKind::Skipped => report.skipped += 1,
                LoadedKind::Failed => report.failed += 1,
            }
            report.diagnostics.extend(item.overdue.iter().filter(reported).cloned());
            parts.push(item.part.take());
        }
        (report, parts, changed)
    }

    /// The drafts the last build left as followup wrote them, for notes it knew: the only drafts
    /// a build may remove (issue 11: a copy the user made of a draft is theirs).
    fn drafts_written(&self, previous: &[KeptNote]) -> HashSet<String> {
        let generated =
            |(c, _): &KeptNote| matches!(c.draft, Some((_, State::Generated))).then(|| scan::draft_path(&c.rel));
        let recorded = self.manifest.iter().flat_map(|m| m.generated.iter().cloned());
        previous.iter().filter_map(generated).chain(recorded).collect()
    }

    /// Removes the drafts whose note is gone (or no longer an interview note) when followup
    /// wrote them and the user did not edit them; returns the problems outside any note's part:
    /// the scan's and the kept drafts'.
    fn remove_orphans(
        &self,
        found: &Found,
        items: &[Built],
        wrote: &HashSet<String>,
        check: bool,
        report: &mut Report,
    ) -> Result<Vec<Diagnostic>, Error> {
        // A broken note keeps its last draft: the user may be mid-edit.
        let live_notes: HashSet<&str> = items
            .iter()
            .filter(|i| i.kind == LoadedKind::Failed || (i.kind == LoadedKind::Note && i.draft.is_some()))
            .map(|i| i.rel.as_str())
            .collect();
        let before = report.diagnostics.len();
        for draft in &found.drafts {
            if !live_notes.contains(scan::note_of_draft(&draft.rel).as_str()) {
                let ours = wrote.contains(&draft.rel);
                remove_orphan(&self.config.notes_dir, &draft.rel, ours, check, report)?;
            }
        }
        Ok(found.problems.iter().chain(&report.diagnostics[before..]).cloned().collect())
    }

    /// Puts the dashboard together when something it shows may have changed, and writes it
    /// when its hash says it did; returns the hash of what it shows.
    fn build_dashboard(
        &self,
        shown: Shown,
        dashboard_stamps: &[(String, Option<Stamp>)],
        check: bool,
        report: &mut Report,
    ) -> Result<u64, Error> {
        let today = self.config.today.to_string();
        let previous = self.previous();
        let same_setting =
            previous.as_ref().is_some_and(|p| p.key == self.key && p.today == today && p.dashboard == dashboard_stamps);
        let dirty = shown.may_differ || !same_setting;
        let recorded_hash = previous.map_or(0, |p| p.hash);
        // The rows of a one-shot build are copied from the record's rows file.
        let mut record = self.record_writer().map(|r| r.lock().expect("no worker panics holding the record"));
        let spool = record
            .as_mut()
            .map(|record| record.spool())
            .transpose()
            .map_err(|e| Error::Io { path: self.config.cache_dir.clone(), source: e })?;
        let part_refs: Vec<&dashboard::Part> = match spool {
            None => shown.parts.iter().flatten().map(|(_, part)| part).collect(),
            Some(_) => shown.items.iter().filter_map(|i| i.spooled.as_ref()).collect(),
        };
        let extra_rows = dashboard::extra_problems(&shown.extras.iter().collect::<Vec<_>>(), &self.rows())?;
        let assembled = dirty.then(|| dashboard::assemble(&part_refs, &extra_rows, self.config.today, None).dashboard);
        let hash = assembled.as_ref().map_or(recorded_hash, |d| d.hash);
        match &assembled {
            Some(dashboard) if !(same_setting && recorded_hash == hash) => {
                let written = self.write_dashboard(dashboard, check, spool)?;
                report_kept_dashboards(&written, report);
                report.written.extend(written);
            }
            _ => dashboard_unchanged(report),
        }
        Ok(hash)
    }
}

/// What the dashboard of a full build shows: each note's part (kept in memory, or spooled with
/// its built note), the problems outside any note's part, and whether any of it may differ from
/// the last build's.
struct Shown<'a> {
    parts: &'a [Option<KeyedPart>],
    items: &'a [Built],
    extras: &'a [Diagnostic],
    may_differ: bool,
}
