//! What the open pages need to know about the builds: which of the pages' files each build
//! changed, and the notes that cannot be read.
//!
//! The watcher's thread writes it after every build (`Live::record`); each page's event stream
//! reads it. A page is keyed by the files it shows (its note, its draft, `dashboard.html`, and
//! [`ERRORS`] for the list of broken notes); it was rendered at some generation, and reloads
//! when any of its keys changed after that.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::output::write::Action;
use crate::watch::Rebuilt;

/// The key of the list of notes that cannot be read: pages that show it reload when it changes.
pub const ERRORS: &str = "(errors)";

/// The state of the folder as the last build left it.
#[derive(Debug, Clone, Default)]
pub struct Live {
    /// Counts the builds; a page remembers the one it was rendered after.
    pub generation: u64,
    /// The generation that last changed each key.
    changed_at: Arc<HashMap<String, u64>>,
    /// The errors of each note that cannot be read, by the note's path.
    errors: Arc<BTreeMap<String, Vec<Diagnostic>>>,
    /// Set once when the server stops: every event stream ends.
    pub stopping: bool,
}

impl Live {
    /// Takes in what a build did.
    pub fn record(&mut self, rebuilt: Rebuilt<'_>) {
        self.generation += 1;
        let generation = self.generation;
        let changed_at = Arc::make_mut(&mut self.changed_at);
        let written = rebuilt
            .report
            .written
            .iter()
            .filter(|w| matches!(w.action, Action::Created | Action::Updated | Action::Removed | Action::Kept))
            .map(|w| w.rel.as_str());
        for rel in written.chain(rebuilt.changed.iter().map(String::as_str)) {
            changed_at.insert(rel.to_owned(), generation);
        }
        let errors_of = |rel: &str| -> Vec<Diagnostic> {
            rebuilt.report.diagnostics.iter().filter(|d| d.is_error() && d.path == rel).cloned().collect()
        };
        let mut errors = if rebuilt.full { BTreeMap::new() } else { (*self.errors).clone() };
        if rebuilt.full {
            for d in rebuilt.report.diagnostics.iter().filter(|d| d.is_error()) {
                errors.entry(d.path.clone()).or_insert_with(Vec::new).push(d.clone());
            }
        } else {
            for rel in rebuilt.changed {
                let now = errors_of(rel);
                if now.is_empty() {
                    errors.remove(rel);
                } else {
                    errors.insert(rel.clone(), now);
                }
            }
        }
        if errors != *self.errors {
            changed_at.insert(ERRORS.to_owned(), generation);
            self.errors = Arc::new(errors);
        }
    }

    /// True when one of `keys` changed after generation `since`.
    pub fn changed_since(&self, since: u64, keys: &[String]) -> bool {
        keys.iter().any(|key| self.changed_at.get(key).is_some_and(|at| *at > since))
    }

    /// Every note that cannot be read, with its errors, by path.
    pub fn errors(&self) -> &BTreeMap<String, Vec<Diagnostic>> {
        &self.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Position;
    use crate::incremental::session::Report;
    use crate::output::write::Written;

    fn report(written: &[(&str, Action)], errors: &[&str]) -> Report {
        Report {
            written: written.iter().map(|(rel, action)| Written { rel: (*rel).to_owned(), action: *action }).collect(),
            diagnostics: errors
                .iter()
                .map(|rel| Diagnostic::error(rel, Position { line: 2, column: 3 }, "broken"))
                .collect(),
            ..Report::default()
        }
    }

    #[test]
    fn a_page_reloads_only_for_what_it_shows() {
        let mut live = Live::default();
        live.record(Rebuilt { report: &report(&[("dashboard.html", Action::Created)], &[]), full: true, changed: &[] });
        let rendered_at = live.generation;
        let changed = ["a/x.md".to_owned()];
        let written = [("a/x.followup.md", Action::Updated), ("b/y.followup.md", Action::Unchanged)];
        live.record(Rebuilt { report: &report(&written, &[]), full: false, changed: &changed });
        let keys = |k: &[&str]| k.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(live.changed_since(rendered_at, &keys(&["a/x.md"])));
        assert!(live.changed_since(rendered_at, &keys(&["b/y.md", "a/x.followup.md"])));
        assert!(!live.changed_since(rendered_at, &keys(&["b/y.md", "b/y.followup.md", "dashboard.html"])));
        assert!(!live.changed_since(live.generation, &keys(&["a/x.md"])), "not after the page saw it");
    }

    #[test]
    fn a_broken_note_is_listed_until_it_is_fixed() {
        let mut live = Live::default();
        live.record(Rebuilt { report: &report(&[], &["a.md", "b.md"]), full: true, changed: &[] });
        assert_eq!(live.errors().keys().collect::<Vec<_>>(), ["a.md", "b.md"]);
        let before = live.generation;
        // An update reports only the notes it built: b.md, now fixed; a.md stays broken.
        live.record(Rebuilt { report: &report(&[], &[]), full: false, changed: &["b.md".to_owned()] });
        assert_eq!(live.errors().keys().collect::<Vec<_>>(), ["a.md"]);
        assert!(live.changed_since(before, &[ERRORS.to_owned()]));
        let before = live.generation;
        live.record(Rebuilt { report: &report(&[], &[]), full: false, changed: &["c.md".to_owned()] });
        assert!(!live.changed_since(before, &[ERRORS.to_owned()]), "the list did not change");
    }
}
