//! Tests of the whole dashboard, from notes on disk to the page: its HTML joined from the rows
//! is comrak's HTML of the page, and the sections show what they should. Each file's own pure
//! functions are tested beside them.

use std::path::Path;

use super::*;
use crate::config::Config;
use crate::output::fingerprint::State;
use crate::pipeline::{self, Loaded};
use crate::render::Renderer;
use crate::render::theme::Theme;

/// The dashboard of the notes in `dir`, as the theme in `theme` (or the default) renders it:
/// its Markdown, its HTML, and whether the HTML was joined from the rows' own.
fn dashboard_of(dir: &Path, theme: Option<&Path>) -> (String, String, bool) {
    let config = Config::resolve(dir, Some("2026-10-27")).unwrap();
    let renderer = Renderer::new(Theme::new(theme));
    let layout = Layout::new(&renderer).unwrap();
    let rows = Rows::new(&renderer, &layout);
    let (parts, extras) = parts_of(&config, &renderer, &rows);
    let refs: Vec<&Part> = parts.iter().collect();
    let d = assemble(&refs, &extras, config.today, None).dashboard;
    let page = render(&layout, &renderer, &d);
    let joined = layout.cut_html(&renderer, &d).unwrap().is_some();
    (markdown(&page), join(page.html_pieces()), joined)
}

fn join(pieces: Vec<crate::output::pieces::Piece>) -> String {
    crate::output::pieces::join(&pieces, None).unwrap()
}

fn markdown(page: &Rendered) -> String {
    join(page.markdown_pieces())
}

/// The page, its HTML made whole when the rows cannot be cut out.
fn render<'d>(layout: &Layout, renderer: &Renderer, d: &'d Dashboard<'d>) -> Rendered<'d> {
    let mut page = layout.render(renderer, d).unwrap();
    if page.needs_whole() {
        let md = markdown(&page);
        page.html_from_markdown(&md);
    }
    page
}

/// Every note's part of the dashboard, in path order, and the rows of the problems outside them.
fn parts_of(config: &Config, renderer: &Renderer, rows: &Rows) -> (Vec<Part>, ExtraRows) {
    let found = crate::pipeline::scan::find(&config.notes_dir, &config.skip);
    let items = pipeline::run(&found.notes, config);
    let parts: Vec<Part> = items
        .iter()
        .filter_map(|item| match &item.loaded {
            Loaded::Note(planned) => {
                let mut context = crate::letters::context::draft_context(planned, config);
                let draft = crate::letters::mail::draft_markdown(renderer, &mut context).unwrap();
                let back = crate::letters::readback::read_draft("draft.md", &draft, &context);
                let check_in = context.check_in.as_ref().and_then(|c| c.name.as_deref());
                let links = crate::letters::mail::Links::of(&back.sent, check_in);
                let entry = Interview {
                    planned,
                    draft: crate::pipeline::scan::draft_path(&item.rel),
                    draft_state: Some(State::Generated),
                };
                Some(Part::new(&entry, config.today, &links, &item.diagnostics, rows).unwrap())
            }
            Loaded::Failed => Some(Part::broken(&item.rel, &item.diagnostics, rows).unwrap()),
            Loaded::Skipped(_) => None,
        })
        .collect();
    let extras = extra_problems(&found.problems.iter().collect::<Vec<_>>(), rows).unwrap();
    (parts, extras)
}

fn repo(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The HTML joined from the rows is byte for byte what comrak makes of the whole page.
fn joined_html_is_the_whole_page_through_comrak(dir: &Path) {
    assert!(dir.is_dir(), "{} is expected", dir.display());
    let (md, html, joined) = dashboard_of(dir, None);
    assert!(joined, "the default theme's rows can be cut out one by one");
    assert!(md.lines().filter(|l| l.starts_with("| ") || l.starts_with("- ")).count() > 5, "{md}");
    assert_eq!(html, crate::render::markdown_to_html(&md));
}

#[test]
fn joined_html_is_comrak_html_for_the_example_search() {
    joined_html_is_the_whole_page_through_comrak(&repo("content"));
}

#[test]
fn joined_html_is_comrak_html_for_broken_notes() {
    joined_html_is_the_whole_page_through_comrak(&repo("tests/fixtures/bad-notes"));
}

#[test]
fn joined_html_is_comrak_html_for_real_world_notes() {
    joined_html_is_the_whole_page_through_comrak(&repo("tests/fixtures/wild"));
}

#[test]
fn the_directory_lists_each_person_once_per_company_as_of_their_latest_interview() {
    let dir = tempfile::tempdir().unwrap();
    let note = |rel: &str, company: &str, date: &str, title: &str| {
        let text = format!("---\ncompany: {company}\ndate: {date}\ninterviewers:\n  - Dr. Ana Souza, {title}\n---\n");
        std::fs::create_dir_all(dir.path().join(rel).parent().unwrap()).unwrap();
        std::fs::write(dir.path().join(rel), text).unwrap();
    };
    note("a/1.md", "Acme", "2026-10-01", "Staff Engineer");
    note("a/2.md", "ACME", "2026-10-09", "Engineering Manager");
    note("a/3.md", "Acme", "2026-10-05", "Principal Engineer");
    note("b/1.md", "Globex", "2026-10-02", "CTO");
    let (md, _, _) = dashboard_of(dir.path(), None);
    let people: Vec<&str> = md.lines().filter(|l| l.starts_with("| Dr. Ana Souza")).collect();
    assert_eq!(people.len(), 2, "{md}");
    assert!(people[0].contains("Engineering Manager") && people[0].contains("2026-10-09"), "{md}");
    assert!(people[1].contains("CTO") && people[1].contains("Globex"), "{md}");
}

#[test]
fn rows_that_cannot_be_cut_make_the_whole_page_go_through_comrak() {
    let theme = tempfile::tempdir().unwrap();
    std::fs::create_dir(theme.path().join("dashboard")).unwrap();
    // Problems as paragraphs, not list items.
    std::fs::write(theme.path().join("dashboard/problem.md.j2"), "Problem at {{ location }}: {{ message }}\n").unwrap();
    let (md, html, joined) = dashboard_of(&repo("content"), Some(theme.path()));
    assert!(!joined);
    assert!(md.contains("Problem at globex/2026-10-14-final.md:13:"), "{md}");
    assert_eq!(html, crate::render::markdown_to_html(&md));
}

#[test]
fn a_kept_order_is_followed_while_its_rows_are_there_and_sorted_afresh_when_not() {
    let config = Config::resolve(&repo("content"), Some("2026-10-27")).unwrap();
    let renderer = Renderer::new(Theme::new(None));
    let layout = Layout::new(&renderer).unwrap();
    let rows = Rows::new(&renderer, &layout);
    let (parts, extras) = parts_of(&config, &renderer, &rows);
    let refs: Vec<&Part> = parts.iter().collect();
    let page = |d: &Dashboard| markdown(&render(&layout, &renderer, d));
    let sorted = assemble(&refs, &extras, config.today, None);
    assert!(!sorted.kept);
    let followed = assemble(&refs, &extras, config.today, Some(sorted.order.clone()));
    assert!(followed.kept);
    assert_eq!(page(&followed.dashboard), page(&sorted.dashboard));
    // The last note gone: the order names its rows, so it no longer fits.
    let fewer = assemble(&refs[..refs.len() - 1], &extras, config.today, Some(followed.order));
    assert!(!fewer.kept);
    assert_eq!(page(&fewer.dashboard), page(&assemble(&refs[..refs.len() - 1], &extras, config.today, None).dashboard));
}
