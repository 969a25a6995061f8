//! What a build did: the files it wrote or kept, the notes it read, what it said.

use super::*;
use crate::diagnostic::Diagnostic;
use crate::incremental::record;
use crate::output::write::{Action, Written};
use crate::pipeline::scan::{self};

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
    pub(super) fn from_manifest(m: &record::Manifest, warnings: Vec<Diagnostic>) -> Report {
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
        // After the sorted diagnostics, as a full build reports a kept dashboard file.
        dashboard_as_recorded(&mut report, &m.dashboard);
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

    /// The one-line summary printed at the end of a build. The warnings a build does not print
    /// (advice about the notes) are counted, with `lister`, the command that lists them.
    pub fn summary(&self, check: bool, lister: &str) -> String {
        let written = self.count(Action::Created, true) + self.count(Action::Updated, true);
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = self.diagnostics.len() - errors;
        let listed = match self.diagnostics.iter().filter(|d| d.is_advice()).count() {
            0 => String::new(),
            n if n == warnings => format!(" (`{lister}` lists them)"),
            n => format!(" ({n} not shown: `{lister}` lists them)"),
        };
        let verb = if check { "to write" } else { "written" };
        format!(
            "{} read: {} drafts {verb}, {} unchanged, {} kept (edited), {} removed; {} other files skipped; {} {}, {} {}{listed}",
            plural_count(self.notes + self.failed, "note"),
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

fn plural_count(n: usize, word: &str) -> String {
    format!("{n} {}", plural(n, word))
}

pub(super) fn plural(n: usize, word: &str) -> String {
    if n == 1 { word.to_owned() } else { format!("{word}s") }
}
