//! Writing DASHBOARD.md and dashboard.html: the pages rendered around their rows, written side
//! by side, or as a pair from the spool for a first dashboard.
//!
//! Both files are followup's only while their first line carries its mark (or, for a dashboard
//! an older version wrote, while the file is as the last build left it). A file at either path
//! that is not followup's is the user's: it is reported and never written (issue 11).

use super::*;
use crate::dashboard;
use crate::error::Error;
use crate::output::pieces;
use crate::output::write::{Action, Written};
use crate::pipeline::scan::{DASHBOARD_HTML, DASHBOARD_MD, Stamp};
use crate::render::Renderer;
use crate::render::theme::Theme;
use serde::Serialize;
use std::path::Path;

impl Session {
    /// Renders the dashboard as Markdown and, through comrak, as HTML, and writes both.
    pub(super) fn write_dashboard(
        &self,
        dashboard: &dashboard::Dashboard,
        check: bool,
        spool: Option<pieces::Spool>,
    ) -> Result<Vec<Written>, Error> {
        let root = &self.config.notes_dir;
        let mut trace = crate::trace::Trace::start();
        let layout = self.layout.as_ref().expect("found before any part is made");
        let mut page = layout.render(&self.renderer, dashboard)?;
        if page.needs_whole() {
            // Rows the page's HTML cannot be cut around: comrak renders the whole page.
            let markdown = pieces::join(&page.markdown_pieces(), spool)
                .map_err(|e| Error::Io { path: spool.map(|s| s.path().to_owned()).unwrap_or_default(), source: e })?;
            page.html_from_markdown(&markdown);
        }
        page.draw_charts();
        let theme = Theme::new(self.config.theme_dir.as_deref());
        let (before, after) = HtmlPage::render(&self.renderer, &theme, &dashboard.today())?;
        let markdown: Vec<pieces::Piece> =
            std::iter::once(pieces::Piece::Text(MD_MARK)).chain(page.markdown_pieces()).collect();
        let html: Vec<pieces::Piece> = [pieces::Piece::Text(HTML_MARK), pieces::Piece::Text(&before)]
            .into_iter()
            .chain(page.html_pieces())
            .chain(std::iter::once(pieces::Piece::Text(&after)))
            .collect();
        trace.mark("dashboard: pages rendered");
        // A first dashboard copied from the spool: both files at once, each core taking half
        // of the rows.
        if let (Some(spool), false) = (spool, check) {
            let paths = [root.join(DASHBOARD_MD), root.join(DASHBOARD_HTML)];
            let made = pieces::new_pair([&paths[0], &paths[1]], [&markdown, &html], spool)
                .map_err(|e| Error::Io { path: paths[0].clone(), source: e })?;
            if made.is_some() {
                trace.mark("dashboard: files written as a pair");
                let created = |rel: &str| Written { rel: rel.to_owned(), action: Action::Created };
                return Ok(vec![created(DASHBOARD_MD), created(DASHBOARD_HTML)]);
            }
        }
        let write = |rel: &str, pieces: &[pieces::Piece]| {
            if !self.owns_dashboard_file(rel) {
                return Ok(Written { rel: rel.to_owned(), action: Action::Kept });
            }
            let action = pieces::write_pieces(root, rel, pieces, spool, check)
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
}

/// The first line of `DASHBOARD.md`: the mark that makes the file followup's.
const MD_MARK: &str = "<!-- followup dashboard · rewritten on every build: copy it elsewhere to keep changes -->\n";
/// The first line of `dashboard.html` (a comment before the doctype leaves browsers in
/// standards mode).
const HTML_MARK: &str = "<!-- followup dashboard · rewritten on every build: copy it elsewhere to keep changes -->\n";
/// How both marks begin: what a build looks for on the first line of a file already there.
const MARK_START: &[u8] = b"<!-- followup dashboard ";
/// What the record keeps as the stamp of a dashboard file that is the user's: no file has it, so
/// every build looks at that path again (and says so) until the user moves the file.
pub(super) const NOT_OURS: Stamp = Stamp { size: u64::MAX, secs: u64::MAX, nanos: u32::MAX };

impl Session {
    /// Whether followup may write the dashboard file `rel`: absent, marked as followup's, or left
    /// as the last build wrote it (a dashboard of a version without the mark).
    fn owns_dashboard_file(&self, rel: &str) -> bool {
        let path = self.config.notes_dir.join(rel);
        let Some(now) = Stamp::of(&path) else { return true };
        if has_mark(&path) {
            return true;
        }
        let then = self.previous().and_then(|p| p.dashboard.iter().find(|(r, _)| r == rel).and_then(|(_, s)| *s));
        then == Some(now)
    }
}

/// Reports each dashboard file left alone because it is the user's.
pub(super) fn report_kept_dashboards(written: &[Written], report: &mut Report) {
    for w in written.iter().filter(|w| w.action == Action::Kept) {
        let message = "followup did not write this file, so it leaves it alone and writes no dashboard here";
        report.diagnostics.push(
            crate::diagnostic::Diagnostic::warning(&w.rel, crate::diagnostic::Position::FILE, message)
                .with_help("rename or delete this file, and the next build writes the dashboard")
                .about_the_build(),
        );
    }
}

/// The dashboard stamps to record after a build that wrote `written`: a file the user owns is
/// recorded as `NOT_OURS`.
pub(super) fn recorded_dashboard_stamps(root: &Path, written: &[Written]) -> Vec<(String, Option<Stamp>)> {
    let mut stamps = dashboard_stamps(root);
    for (rel, stamp) in &mut stamps {
        if written.iter().any(|w| w.rel == *rel && w.action == Action::Kept) {
            *stamp = Some(NOT_OURS);
        }
    }
    stamps
}

/// The HTML page's context: the dashboard as HTML, the stylesheet, the script and the hash that
/// lets the page's Content-Security-Policy run it (and nothing else), and the day.
#[derive(Serialize)]
pub(super) struct HtmlPage<'a> {
    content: minijinja::Value,
    style: minijinja::Value,
    script: minijinja::Value,
    script_hash: minijinja::Value,
    today: &'a str,
}

impl HtmlPage<'_> {
    /// The page before and after its content. The page is rendered around a marker, so that
    /// megabytes of dashboard are not copied through the template engine.
    pub(super) fn render(renderer: &Renderer, theme: &Theme, today: &str) -> Result<(String, String), Error> {
        const MARKER: &str = "\u{E000}content\u{E000}";
        let css = theme.load("style.css").ok().flatten().unwrap_or_default();
        // `</` would end the script element; `<\/` means the same to JavaScript.
        let script = theme.load("dashboard.js").ok().flatten().unwrap_or_default().replace("</", "<\\/");
        let page = HtmlPage {
            content: minijinja::Value::from_safe_string(MARKER.to_owned()),
            style: minijinja::Value::from_safe_string(css.replace("</", "<\\/")),
            // Base64 and a dash: nothing to escape.
            script_hash: minijinja::Value::from_safe_string(csp_hash(&script)),
            script: minijinja::Value::from_safe_string(script),
            today,
        };
        let html = renderer.render("dashboard.html.j2", &page)?;
        Ok(match html.find(MARKER) {
            Some(at) => (html[..at].to_owned(), html[at + MARKER.len()..].to_owned()),
            None => (html, String::new()),
        })
    }
}

/// A Content-Security-Policy source for an inline script of exactly `script`: `sha256-…`.
fn csp_hash(script: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(script.as_bytes());
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Reports both dashboard files as unchanged.
pub(super) fn dashboard_unchanged(report: &mut Report) {
    for rel in [DASHBOARD_MD, DASHBOARD_HTML] {
        report.written.push(Written { rel: rel.to_owned(), action: Action::Unchanged });
    }
}

/// Like `dashboard_unchanged`, for a build answered from the record: a dashboard file the record
/// says is the user's is reported as kept, as the build that found it did.
pub(super) fn dashboard_as_recorded(report: &mut Report, recorded: &[(String, Option<Stamp>)]) {
    let theirs = |rel: &str| recorded.iter().any(|(r, s)| r == rel && *s == Some(NOT_OURS));
    let written: Vec<Written> = [DASHBOARD_MD, DASHBOARD_HTML]
        .iter()
        .map(|rel| Written {
            rel: (*rel).to_owned(),
            action: if theirs(rel) { Action::Kept } else { Action::Unchanged },
        })
        .collect();
    report_kept_dashboards(&written, report);
    report.written.extend(written);
}

/// The stamps of `DASHBOARD.md` and `dashboard.html` (`None` for a file that is not there, and
/// `NOT_OURS` for one without followup's mark, as the record keeps it: a file of the user's,
/// left alone, does not make every build a full one).
pub(super) fn dashboard_stamps(root: &Path) -> Vec<(String, Option<Stamp>)> {
    [DASHBOARD_MD, DASHBOARD_HTML]
        .iter()
        .map(|rel| {
            let path = root.join(rel);
            let stamp = Stamp::of(&path).map(|stamp| if has_mark(&path) { stamp } else { NOT_OURS });
            (rel.to_string(), stamp)
        })
        .collect()
}

/// True when the file at `path` starts with followup's dashboard mark.
fn has_mark(path: &Path) -> bool {
    let mut start = [0u8; MARK_START.len()];
    let read = std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut start));
    read.is_ok() && start == MARK_START
}
