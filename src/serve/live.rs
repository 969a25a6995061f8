//! What the open pages need to know about the builds: which of the pages' files each build
//! changed, and the notes that cannot be read.
//!
//! The watcher's thread writes it after every build (`Live::record`); each page's event stream
//! reads it. A page is keyed by the files it shows (its note, its draft, `dashboard.html`, and
//! [`ERRORS`] for the list of broken notes); it was rendered at some generation, and reloads
//! when any of its keys changed after that.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;

use serde::Serialize;

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
    /// What the last builds changed on the dashboard, oldest first, for the dashboards that
    /// follow builds without reloading.
    steps: Arc<VecDeque<Arc<Step>>>,
    /// `dashboard.html` as the last build that wrote it left it: the page served at this
    /// generation, whatever the file holds by the time a request comes.
    pub dashboard: Option<Arc<String>>,
    /// Set once when the server stops: every event stream ends.
    pub stopping: bool,
}

/// How many builds an open dashboard may fall behind and still catch up without reloading.
const STEPS_KEPT: usize = 32;

/// What one build changed, for a dashboard that follows builds without reloading.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Step {
    pub generation: u64,
    /// The operations that turn the last dashboard into this one.
    pub ops: Vec<super::patch::Op>,
    /// Only a reload shows this build (the sections themselves changed, a note became broken
    /// or was fixed, everything was built again).
    pub reload: bool,
    /// The version of each note the build read again (empty for one that is gone), for the
    /// page's Mark buttons.
    pub versions: BTreeMap<String, String>,
}

impl Live {
    /// Takes in what a build did, and what it changed on the dashboard.
    pub fn record(&mut self, rebuilt: Rebuilt<'_>, (mut step, page): (Step, Option<Arc<String>>)) {
        self.generation += 1;
        if page.is_some() {
            self.dashboard = page;
        }
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
            step.reload = true;
        }
        step.generation = generation;
        step.reload |= rebuilt.full;
        let steps = Arc::make_mut(&mut self.steps);
        steps.push_back(Arc::new(step));
        if steps.len() > STEPS_KEPT {
            steps.pop_front();
        }
    }

    /// What turns the dashboard of build `since` into this one, build by build; `None` when
    /// only a reload does (a build that needs one, or one no longer kept).
    pub fn steps_since(&self, since: u64) -> Option<Vec<Arc<Step>>> {
        let steps: Vec<Arc<Step>> = self.steps.iter().filter(|s| s.generation > since).cloned().collect();
        let complete = steps.len() as u64 == self.generation.saturating_sub(since);
        (complete && !steps.iter().any(|s| s.reload)).then_some(steps)
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

    impl Live {
        fn record_plain(&mut self, rebuilt: Rebuilt<'_>) {
            self.record(rebuilt, (Step::default(), None));
        }
    }

    #[test]
    fn a_dashboard_catches_up_step_by_step_unless_a_build_needs_a_reload() {
        let mut live = Live::default();
        live.record_plain(Rebuilt { report: &report(&[], &[]), full: true, changed: &[] });
        let seen = live.generation;
        assert!(live.steps_since(0).is_none(), "the first build is a whole page");
        let changed = ["a.md".to_owned()];
        for _ in 0..2 {
            live.record_plain(Rebuilt { report: &report(&[], &[]), full: false, changed: &changed });
        }
        assert_eq!(live.steps_since(seen).unwrap().iter().map(|s| s.generation).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(live.steps_since(live.generation).unwrap().len(), 0);
        live.record_plain(Rebuilt { report: &report(&[], &["a.md"]), full: false, changed: &changed });
        assert!(live.steps_since(seen).is_none(), "a note that broke: reload");
        for _ in 0..STEPS_KEPT + 1 {
            live.record_plain(Rebuilt { report: &report(&[], &["a.md"]), full: false, changed: &changed });
        }
        let late = live.generation - STEPS_KEPT as u64 - 1;
        assert!(live.steps_since(late).is_none(), "too far behind");
        assert!(live.steps_since(live.generation - 3).is_some());
    }

    #[test]
    fn a_page_reloads_only_for_what_it_shows() {
        let mut live = Live::default();
        live.record_plain(Rebuilt {
            report: &report(&[("dashboard.html", Action::Created)], &[]),
            full: true,
            changed: &[],
        });
        let rendered_at = live.generation;
        let changed = ["a/x.md".to_owned()];
        let written = [("a/x.followup.md", Action::Updated), ("b/y.followup.md", Action::Unchanged)];
        live.record_plain(Rebuilt { report: &report(&written, &[]), full: false, changed: &changed });
        let keys = |k: &[&str]| k.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(live.changed_since(rendered_at, &keys(&["a/x.md"])));
        assert!(live.changed_since(rendered_at, &keys(&["b/y.md", "a/x.followup.md"])));
        assert!(!live.changed_since(rendered_at, &keys(&["b/y.md", "b/y.followup.md", "dashboard.html"])));
        assert!(!live.changed_since(live.generation, &keys(&["a/x.md"])), "not after the page saw it");
    }

    #[test]
    fn a_broken_note_is_listed_until_it_is_fixed() {
        let mut live = Live::default();
        live.record_plain(Rebuilt { report: &report(&[], &["a.md", "b.md"]), full: true, changed: &[] });
        assert_eq!(live.errors().keys().collect::<Vec<_>>(), ["a.md", "b.md"]);
        let before = live.generation;
        // An update reports only the notes it built: b.md, now fixed; a.md stays broken.
        live.record_plain(Rebuilt { report: &report(&[], &[]), full: false, changed: &["b.md".to_owned()] });
        assert_eq!(live.errors().keys().collect::<Vec<_>>(), ["a.md"]);
        assert!(live.changed_since(before, &[ERRORS.to_owned()]));
        let before = live.generation;
        live.record_plain(Rebuilt { report: &report(&[], &[]), full: false, changed: &["c.md".to_owned()] });
        assert!(!live.changed_since(before, &[ERRORS.to_owned()]), "the list did not change");
    }
}
