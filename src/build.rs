//! `followup build`: drafts beside every note, then the dashboard.

use std::collections::HashSet;
use std::io::Write as _;

use serde::Serialize;

use crate::config::Config;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::draft;
use crate::error::Error;
use crate::pipeline::{self, Loaded};
use crate::plan;
use crate::render::{self, Renderer};
use crate::scan::{self, DASHBOARD_HTML, DASHBOARD_MD};
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

/// Builds every draft and the dashboard for `config`.
///
/// # Errors
/// Only for problems that stop the whole run: a broken template, an unwritable folder.
pub fn build(config: &Config, check: bool) -> Result<Report, Error> {
    let root = &config.notes_dir;
    let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
    let mut trace = crate::trace::Trace::start();
    let found = scan::find(root, &config.skip);
    trace.mark("scan");
    let items = pipeline::run(&found.notes, config, |entry, loaded| -> Result<Option<Action>, Error> {
        let Loaded::Note(planned) = loaded else { return Ok(None) };
        if !planned.drafted {
            return Ok(None);
        }
        let body = renderer.render("draft.md.j2", &plan::draft_context(planned, config))?;
        let rel = scan::draft_path(&entry.rel);
        write::draft(root, &rel, &draft::seal(&body), check)
            .map(Some)
            .map_err(|e| Error::Io { path: root.join(&rel), source: e })
    });

    trace.mark("notes (parallel)");
    let mut items = items;
    if let Some(item) = items.iter_mut().find(|i| i.extra.is_err()) {
        return Err(std::mem::replace(&mut item.extra, Ok(None)).expect_err("found an error just above"));
    }
    let mut report = Report { diagnostics: found.problems, ..Report::default() };
    let mut entries = Vec::new();
    let mut live_notes = HashSet::new();
    for item in &items {
        report.diagnostics.extend(item.diagnostics.iter().cloned());
        let draft_rel = scan::draft_path(&item.rel);
        match &item.loaded {
            Loaded::Note(planned) => {
                report.notes += 1;
                report.diagnostics.extend(dashboard::overdue_warnings(planned, config.today));
                let Ok(action) = item.extra else { unreachable!("errors were returned above") };
                if let Some(action) = action {
                    live_notes.insert(item.rel.clone());
                    report.written.push(Written { rel: draft_rel.clone(), action });
                }
                let state = match action {
                    None => None,
                    Some(Action::Created) if check => Some(draft::State::Generated),
                    Some(_) => write::draft_state(root, &draft_rel),
                };
                entries.push(dashboard::Entry { planned, draft: draft_rel, draft_state: state });
            }
            Loaded::Skipped(_) => report.skipped += 1,
            Loaded::Failed => {
                report.failed += 1;
                // A broken note keeps its last draft: the user may be mid-edit.
                live_notes.insert(item.rel.clone());
            }
        }
    }
    for draft_rel in &found.drafts {
        if !live_notes.contains(&scan::note_of_draft(draft_rel)) {
            let action = write::remove_draft(root, draft_rel, check)
                .map_err(|e| Error::Io { path: root.join(draft_rel), source: e })?;
            if action == Action::Kept {
                report.diagnostics.push(
                    Diagnostic::warning(
                        draft_rel,
                        crate::diagnostic::Position::FILE,
                        "this draft's note is gone, but you edited the draft, so it stays",
                    )
                    .with_help("delete the draft yourself once you no longer need it"),
                );
            }
            report.written.push(Written { rel: draft_rel.clone(), action });
        }
    }
    report.diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    report.diagnostics.dedup();

    trace.mark("collect");
    let context = dashboard::build(&entries, &report.diagnostics, config.today);
    trace.mark("dashboard context");
    let markdown = renderer.render("dashboard.md.j2", &context)?;
    trace.mark("dashboard markdown");
    let html = renderer
        .render("dashboard.html.j2", &HtmlPage::new(&markdown, &Theme::new(config.theme_dir.as_deref()), &context))?;
    trace.mark("dashboard html");
    for (rel, bytes) in [(DASHBOARD_MD, markdown), (DASHBOARD_HTML, html)] {
        let action = write::owned(root, rel, bytes.as_bytes(), check)
            .map_err(|e| Error::Io { path: root.join(rel), source: e })?;
        report.written.push(Written { rel: rel.to_owned(), action });
    }
    report.written.sort_by(|a, b| a.rel.cmp(&b.rel));
    trace.mark("dashboard write");
    Ok(report)
}

/// The HTML page's context: the dashboard rendered by comrak, the stylesheet, and the counts.
#[derive(Serialize)]
struct HtmlPage<'a> {
    content: minijinja::Value,
    style: minijinja::Value,
    today: &'a str,
}

impl<'a> HtmlPage<'a> {
    fn new(markdown: &str, theme: &Theme, dashboard: &'a dashboard::Dashboard) -> HtmlPage<'a> {
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
