//! Writing DASHBOARD.md and dashboard.html: the pages rendered around their rows, written side
//! by side, or as a pair from the spool for a first dashboard.

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
        let theme = Theme::new(self.config.theme_dir.as_deref());
        let (before, after) = HtmlPage::render(&self.renderer, &theme, &dashboard.today())?;
        let markdown = page.markdown_pieces();
        let html: Vec<pieces::Piece> = std::iter::once(pieces::Piece::Text(&before))
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

/// The HTML page's context: the dashboard as HTML, the stylesheet, and the day.
#[derive(Serialize)]
pub(super) struct HtmlPage<'a> {
    content: minijinja::Value,
    style: minijinja::Value,
    today: &'a str,
}

impl HtmlPage<'_> {
    /// The page before and after its content. The page is rendered around a marker, so that
    /// megabytes of dashboard are not copied through the template engine.
    pub(super) fn render(renderer: &Renderer, theme: &Theme, today: &str) -> Result<(String, String), Error> {
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

/// Reports both dashboard files as unchanged.
pub(super) fn dashboard_unchanged(report: &mut Report) {
    for rel in [DASHBOARD_MD, DASHBOARD_HTML] {
        report.written.push(Written { rel: rel.to_owned(), action: Action::Unchanged });
    }
}

/// The stamps of `DASHBOARD.md` and `dashboard.html` (`None` for a file that is not there).
pub(super) fn dashboard_stamps(root: &Path) -> Vec<(String, Option<Stamp>)> {
    [DASHBOARD_MD, DASHBOARD_HTML].iter().map(|rel| (rel.to_string(), Stamp::of(&root.join(rel)))).collect()
}
