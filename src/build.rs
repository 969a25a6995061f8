//! `followup build`: drafts beside every note, then the dashboard.

use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::sync::Mutex;

use serde::Serialize;

use crate::cache;
use crate::config::Config;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::draft::{self, State};
use crate::error::Error;
use crate::pipeline::{self, Loaded};
use crate::plan;
use crate::render::{self, Renderer};
use crate::scan::{self, DASHBOARD_HTML, DASHBOARD_MD, Found, Stamp};
use crate::theme::Theme;
use crate::write::{self, Action, Written};

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
    fn from_manifest(m: &cache::Manifest, warnings: Vec<Diagnostic>) -> Report {
        let mut written: Vec<Written> = m
            .generated
            .iter()
            .map(|rel| Written { rel: rel.clone(), action: Action::Unchanged })
            .chain(m.kept.iter().map(|rel| Written { rel: rel.clone(), action: Action::Kept }))
            .chain(
                [DASHBOARD_MD, DASHBOARD_HTML]
                    .iter()
                    .map(|rel| Written { rel: rel.to_string(), action: Action::Unchanged }),
            )
            .collect();
        written.sort_by(|a, b| a.rel.cmp(&b.rel));
        Report {
            notes: m.counts.notes,
            skipped: m.counts.skipped,
            failed: m.counts.failed,
            written,
            diagnostics: {
                let mut all: Vec<Diagnostic> = m.errors.iter().cloned().chain(warnings).collect();
                all.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                all
            },
        }
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
    let mut session = Session::open(config.clone());
    let found = scan::find(&config.notes_dir, &config.skip);
    let report = session.build(&found, check, quiet)?;
    if !check {
        // The record only saves time: a build that cannot write it still succeeded.
        let _ = session.save();
    }
    Ok(report)
}

/// A build that can run again: the renderer and the record of the last build stay in memory,
/// so `watch` pays only for what changed. `build` opens one, builds once and saves the record.
pub struct Session {
    config: Config,
    renderer: Renderer,
    key: String,
    manifest: Option<cache::Manifest>,
    cached: HashMap<String, cache::Cached>,
    /// True once `cached` holds the record on disk (or a newer one).
    loaded: bool,
    /// True when the in-memory record is newer than the one on disk.
    dirty: bool,
    /// Each note's part of the dashboard, with what it was made from.
    parts: HashMap<String, (PartKey, dashboard::Part)>,
}

/// What a note's dashboard part depends on besides the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartKey {
    stamp: Stamp,
    draft: Option<State>,
    today: jiff::civil::Date,
}

impl Session {
    /// A session for `config`, with the record on disk (if any) for its first build.
    pub fn open(config: Config) -> Session {
        let key = cache::key(&config);
        let manifest = cache::Manifest::load(&config.cache_dir);
        let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
        Session {
            config,
            renderer,
            key,
            manifest,
            cached: HashMap::new(),
            loaded: false,
            dirty: false,
            parts: HashMap::new(),
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
        self.key = cache::key(&config);
        self.config = config;
        self.parts.clear();
    }

    /// The drafts on disk as the last build left them, with their stamps.
    pub fn recorded_drafts(&self) -> &[(String, Stamp)] {
        self.manifest.as_ref().map_or(&[], |m| m.drafts.as_slice())
    }

    /// The dashboard files as the last build left them.
    pub fn recorded_dashboard(&self) -> &[(String, Option<Stamp>)] {
        self.manifest.as_ref().map_or(&[], |m| m.dashboard.as_slice())
    }

    /// Builds the drafts of `found` and the dashboard.
    ///
    /// # Errors
    /// Only for problems that stop the whole run: a broken template, an unwritable folder.
    pub fn build(&mut self, found: &Found, check: bool, quiet: bool) -> Result<Report, Error> {
        let config = &self.config;
        let root = &config.notes_dir;
        let mut trace = crate::trace::Trace::start();
        let today = config.today.to_string();
        let dashboard_stamps: Vec<(String, Option<Stamp>)> =
            [DASHBOARD_MD, DASHBOARD_HTML].iter().map(|rel| (rel.to_string(), Stamp::of(&root.join(rel)))).collect();
        if let Some(m) = self.manifest.as_ref().filter(|m| m.is_current(&self.key, &today, found, &dashboard_stamps)) {
            let warnings = match (quiet, self.loaded) {
                (true, _) => Vec::new(),
                (false, true) => self.warnings().into_iter().cloned().collect(),
                (false, false) => cache::load_warnings(&config.cache_dir),
            };
            let report = Report::from_manifest(m, warnings);
            trace.mark("unchanged");
            return Ok(report);
        }
        if !self.loaded {
            self.cached = cache::load_notes(&config.cache_dir, self.manifest.as_ref(), &self.key);
            self.loaded = true;
            trace.mark("load record");
        }
        let key_matches = self.manifest.as_ref().is_some_and(|m| m.key == self.key);
        let mut previous = std::mem::take(&mut self.cached);
        // Each note takes its own record out, so nothing is cloned.
        let slots: Vec<Mutex<Option<cache::Cached>>> =
            found.notes.iter().map(|e| Mutex::new(previous.remove(&e.rel).filter(|_| key_matches))).collect();
        // Notes of the last build that are gone now change the dashboard.
        let mut dashboard_dirty = !previous.is_empty();
        let index: HashMap<&str, usize> = found.notes.iter().enumerate().map(|(i, e)| (e.rel.as_str(), i)).collect();
        let drafts_on_disk: HashMap<&str, Stamp> = found.drafts.iter().map(|e| (e.rel.as_str(), e.stamp())).collect();
        let renderer = &self.renderer;
        let items = pipeline::par_map(&found.notes, |entry| -> Result<Built, Error> {
            let reuse = slots[index[entry.rel.as_str()]].lock().expect("no worker panics holding a slot").take();
            let draft_rel = scan::draft_path(&entry.rel);
            let on_disk = drafts_on_disk.get(draft_rel.as_str()).copied();
            let (loaded, diagnostics, kept_draft, problems_changed) = match reuse {
                Some(c) if c.stamp == entry.stamp() => {
                    let draft = c.draft.filter(|(stamp, _)| Some(*stamp) == on_disk);
                    (c.loaded, c.diagnostics, draft, false)
                }
                old => {
                    let (loaded, diagnostics) = pipeline::load(entry, config);
                    let changed = old.is_none_or(|c| c.diagnostics != diagnostics);
                    (loaded, diagnostics, None, changed)
                }
            };
            let draft = match &loaded {
                Loaded::Note(planned) if planned.drafted => match kept_draft {
                    // The note and the draft are as the last build left them.
                    Some((_, State::Generated)) => Some((Action::Unchanged, State::Generated)),
                    Some((_, State::Edited)) => Some((Action::Kept, State::Edited)),
                    None => Some(render_draft(renderer, planned, config, &draft_rel, check)?),
                },
                _ => None,
            };
            Ok(Built { rel: entry.rel.clone(), stamp: entry.stamp(), loaded, diagnostics, draft, problems_changed })
        });
        trace.mark("notes (parallel)");
        let items = items.into_iter().collect::<Result<Vec<Built>, Error>>()?;

        let mut report = Report { diagnostics: found.problems.clone(), ..Report::default() };
        let mut previous_parts = std::mem::take(&mut self.parts);
        let mut live_notes = HashSet::new();
        for item in &items {
            report.diagnostics.extend(item.diagnostics.iter().cloned());
            let draft_state = item.draft.map(|(_, s)| s);
            let key = PartKey { stamp: item.stamp, draft: draft_state, today: config.today };
            dashboard_dirty |= item.problems_changed;
            let old = previous_parts.remove(&item.rel);
            let old_hash = old.as_ref().map(|(_, part)| part.hash);
            let reused = old.filter(|(k, _)| *k == key).map(|(_, part)| part);
            let part = match &item.loaded {
                Loaded::Note(planned) => {
                    report.notes += 1;
                    let draft_rel = scan::draft_path(&item.rel);
                    if let Some((action, _)) = item.draft {
                        live_notes.insert(item.rel.clone());
                        report.written.push(Written { rel: draft_rel.clone(), action });
                    }
                    reused.unwrap_or_else(|| {
                        dashboard::Part::new(&dashboard::Entry { planned, draft: draft_rel, draft_state }, config.today)
                    })
                }
                Loaded::Skipped(_) => {
                    report.skipped += 1;
                    dashboard_dirty |= old_hash.is_some();
                    continue;
                }
                Loaded::Failed => {
                    report.failed += 1;
                    // A broken note keeps its last draft: the user may be mid-edit.
                    live_notes.insert(item.rel.clone());
                    reused.unwrap_or_else(|| dashboard::Part::broken(&item.rel))
                }
            };
            dashboard_dirty |= old_hash != Some(part.hash);
            report.diagnostics.extend(part.overdue.iter().cloned());
            self.parts.insert(item.rel.clone(), (key, part));
        }
        for draft in &found.drafts {
            if !live_notes.contains(&scan::note_of_draft(&draft.rel)) {
                let action = write::remove_draft(root, &draft.rel, check)
                    .map_err(|e| Error::Io { path: root.join(&draft.rel), source: e })?;
                if action == Action::Kept {
                    report.diagnostics.push(
                        Diagnostic::warning(
                            &draft.rel,
                            crate::diagnostic::Position::FILE,
                            "this draft's note is gone, but you edited the draft, so it stays",
                        )
                        .with_help("delete the draft yourself once you no longer need it"),
                    );
                }
                report.written.push(Written { rel: draft.rel.clone(), action });
            }
        }
        dashboard_dirty |= !previous_parts.is_empty();
        report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report.diagnostics.dedup();
        trace.mark("collect");

        // The dashboard is put together only when something it shows may have changed; then it is
        // rendered only when its hash says it did.
        dashboard_dirty |= !dashboard_dirty_free(self.manifest.as_ref(), &self.key, &today, found, &dashboard_stamps);
        let recorded_hash = self.manifest.as_ref().map_or(0, |m| m.dashboard_hash);
        let parts: Vec<&dashboard::Part> =
            items.iter().filter_map(|i| self.parts.get(&i.rel)).map(|(_, part)| part).collect();
        let assembled = dashboard_dirty.then(|| {
            let (context, parts_hash) = dashboard::assemble(&parts, &report.diagnostics, config.today);
            let hash = context.hash(parts_hash);
            (context, hash)
        });
        trace.mark("dashboard context");
        let dashboard_hash = assembled.as_ref().map_or(recorded_hash, |(_, hash)| *hash);
        let unchanged = !dashboard_dirty
            || self.manifest.as_ref().is_some_and(|m| {
                m.key == self.key && m.dashboard_hash == dashboard_hash && m.dashboard == dashboard_stamps
            });
        if unchanged {
            for rel in [DASHBOARD_MD, DASHBOARD_HTML] {
                report.written.push(Written { rel: rel.to_owned(), action: Action::Unchanged });
            }
        } else if let Some((context, _)) = &assembled {
            let markdown = self.renderer.render("dashboard.md.j2", context)?;
            trace.mark("dashboard markdown");
            let theme = Theme::new(config.theme_dir.as_deref());
            let html = self.renderer.render("dashboard.html.j2", &HtmlPage::new(&markdown, &theme, context))?;
            trace.mark("dashboard html");
            for (rel, bytes) in [(DASHBOARD_MD, markdown), (DASHBOARD_HTML, html)] {
                let action = write::owned(root, rel, bytes.as_bytes(), check)
                    .map_err(|e| Error::Io { path: root.join(rel), source: e })?;
                report.written.push(Written { rel: rel.to_owned(), action });
            }
        }
        report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
        trace.mark("dashboard write");
        if !check {
            let ids = Recorded { key: self.key.clone(), today, dashboard_hash };
            let (manifest, cached) = record(config, ids, found, items, &report);
            self.manifest = Some(manifest);
            self.cached = cached;
            self.dirty = true;
            trace.mark("record");
        }
        Ok(report)
    }

    /// The warnings of the last build, sorted: what each note said, and the check-ins overdue.
    fn warnings(&self) -> Vec<&Diagnostic> {
        let notes = self.cached.values().flat_map(|c| &c.diagnostics);
        let overdue = self.parts.values().flat_map(|(_, part)| &part.overdue);
        let mut all: Vec<&Diagnostic> = notes.chain(overdue).filter(|d| !d.is_error()).collect();
        all.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        all.dedup();
        all
    }

    /// Writes the record of the last build to `.followup/`, if it changed.
    ///
    /// # Errors
    /// When the folder cannot be written; the build itself is not affected.
    pub fn save(&mut self) -> std::io::Result<()> {
        let Some(manifest) = self.manifest.as_ref().filter(|_| self.dirty) else { return Ok(()) };
        let mut notes: Vec<&cache::Cached> = self.cached.values().collect();
        notes.sort_by(|a, b| a.rel.cmp(&b.rel));
        let warnings = self.warnings();
        cache::save(&self.config.cache_dir, manifest, &warnings, &notes)?;
        self.dirty = false;
        Ok(())
    }
}

/// True when the last build's dashboard still stands as far as the whole folder goes: same
/// settings, same day, dashboard files as it left them, no scan problems.
fn dashboard_dirty_free(
    manifest: Option<&cache::Manifest>,
    key: &str,
    today: &str,
    found: &Found,
    dashboard_stamps: &[(String, Option<Stamp>)],
) -> bool {
    manifest.is_some_and(|m| m.key == key && m.today == today && m.dashboard == dashboard_stamps)
        && found.problems.is_empty()
}

/// One note after the build: what it yielded and what became of its draft.
struct Built {
    rel: String,
    stamp: Stamp,
    loaded: Loaded,
    diagnostics: Vec<Diagnostic>,
    draft: Option<(Action, State)>,
    /// True when the note was read again and said something else than last time.
    problems_changed: bool,
}

fn render_draft(
    renderer: &Renderer,
    planned: &plan::Planned,
    config: &Config,
    rel: &str,
    check: bool,
) -> Result<(Action, State), Error> {
    let body = renderer.render("draft.md.j2", &plan::draft_context(planned, config))?;
    let action = write::draft(&config.notes_dir, rel, &draft::seal(&body), check)
        .map_err(|e| Error::Io { path: config.notes_dir.join(rel), source: e })?;
    Ok((action, if action == Action::Kept { State::Edited } else { State::Generated }))
}

/// The parts of the record that identify a build.
struct Recorded {
    key: String,
    today: String,
    dashboard_hash: u64,
}

/// What this build saw and made, for the next one.
fn record(
    config: &Config,
    ids: Recorded,
    found: &Found,
    items: Vec<Built>,
    report: &Report,
) -> (cache::Manifest, HashMap<String, cache::Cached>) {
    let root = &config.notes_dir;
    let is_draft = |w: &&Written| w.rel.ends_with(scan::DRAFT_SUFFIX);
    // Drafts this build left on disk, with their new stamps; drafts it did not touch (those of
    // broken notes) keep the stamps the scan saw.
    let mut on_disk: HashMap<String, Stamp> = found.drafts.iter().map(|d| (d.rel.clone(), d.stamp())).collect();
    for w in report.written.iter().filter(is_draft) {
        match w.action {
            Action::Created | Action::Updated => {
                if let Some(stamp) = Stamp::of(&root.join(&w.rel)) {
                    on_disk.insert(w.rel.clone(), stamp);
                }
            }
            Action::Removed => drop(on_disk.remove(&w.rel)),
            Action::Unchanged | Action::Kept => {}
        }
    }
    let mut drafts: Vec<(String, Stamp)> = on_disk.into_iter().collect();
    drafts.sort();
    let draft_stamps: HashMap<String, Stamp> = drafts.iter().cloned().collect();
    let dashboard =
        [DASHBOARD_MD, DASHBOARD_HTML].iter().map(|rel| (rel.to_string(), Stamp::of(&root.join(rel)))).collect();
    let drafts_with = |actions: &[Action]| -> Vec<String> {
        report.written.iter().filter(is_draft).filter(|w| actions.contains(&w.action)).map(|w| w.rel.clone()).collect()
    };
    let manifest = cache::Manifest {
        key: ids.key,
        today: ids.today,
        dashboard_hash: ids.dashboard_hash,
        notes: found.notes.iter().map(|e| (e.rel.clone(), e.stamp())).collect(),
        drafts,
        dashboard,
        errors: report.diagnostics.iter().filter(|d| d.is_error()).cloned().collect(),
        warning_count: report.diagnostics.iter().filter(|d| !d.is_error()).count(),
        counts: cache::Counts { notes: report.notes, skipped: report.skipped, failed: report.failed },
        kept: drafts_with(&[Action::Kept]),
        generated: drafts_with(&[Action::Created, Action::Updated, Action::Unchanged]),
    };
    let cached = items
        .into_iter()
        .map(|b| {
            let draft_rel = scan::draft_path(&b.rel);
            let draft = b.draft.and_then(|(_, state)| draft_stamps.get(&draft_rel).map(|s| (*s, state)));
            let cached =
                cache::Cached { rel: b.rel, stamp: b.stamp, loaded: b.loaded, diagnostics: b.diagnostics, draft };
            (cached.rel.clone(), cached)
        })
        .collect();
    (manifest, cached)
}

/// The HTML page's context: the dashboard rendered by comrak, the stylesheet, and the counts.
#[derive(Serialize)]
struct HtmlPage<'a> {
    content: minijinja::Value,
    style: minijinja::Value,
    today: &'a str,
}

impl<'a> HtmlPage<'a> {
    fn new(markdown: &str, theme: &Theme, dashboard: &'a dashboard::Dashboard<'a>) -> HtmlPage<'a> {
        let css = theme.load("style.css").ok().flatten().unwrap_or_default();
        HtmlPage {
            content: minijinja::Value::from_safe_string(render::markdown_to_html(markdown)),
            style: minijinja::Value::from_safe_string(css.replace("</", "<\\/")),
            today: &dashboard.today,
        }
    }
}

/// Prints the report: diagnostics and kept drafts to stderr, changes (in check mode) and the
/// summary to stdout.
pub fn print(report: &Report, check: bool, quiet: bool) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    for d in &report.diagnostics {
        if !quiet || d.is_error() {
            writeln!(err, "{d}")?;
        }
    }
    let mut out = std::io::stdout().lock();
    for w in &report.written {
        let verb = match (w.action, check) {
            (Action::Kept, _) if !quiet => "kept (edited by you, not overwritten)",
            (Action::Created, true) => "would create",
            (Action::Updated, true) => "would update",
            (Action::Removed, true) => "would remove",
            _ => continue,
        };
        if verb.starts_with("kept") {
            writeln!(out, "{}: {verb}", w.rel)?;
        } else {
            writeln!(out, "{verb} {}", w.rel)?;
        }
    }
    if !quiet {
        writeln!(out, "{}", report.summary(check))?;
    }
    Ok(())
}
