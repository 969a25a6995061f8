//! The dashboard page around the rows: where the theme's page puts each section's rows, and
//! its HTML joined from the HTML each row already has, where the page can be cut so.

use jiff::civil::Date;
use serde::Serialize;

use super::assemble::Dashboard;
use super::section::Section;
use crate::error::Error;
use crate::output::pieces::Piece;
use crate::render::{Renderer, RowHtml, RowList};
use crate::text::english;

/// How the page lays out each section's rows, found by rendering it once with markers.
#[derive(Debug)]
pub struct Layout {
    shapes: Vec<Shape>,
    /// For each section whose rows can be cut out one by one, how their HTML is made.
    rows: Vec<Option<RowHtml>>,
}

/// Where a section's rows sit in the page.
#[derive(Debug)]
enum Shape {
    /// Rows of a table: the lines of its head come just before them.
    Table(String),
    /// Rows that start a block of their own: list items.
    Block,
    /// Anything else: the page's HTML is rendered whole.
    Unknown,
}

impl Layout {
    /// The layout of the theme's page.
    ///
    /// # Errors
    /// When the page template does not render.
    pub fn new(renderer: &Renderer) -> Result<Layout, Error> {
        let page = renderer.render("dashboard.md.j2", &Page::sample(|s| s.marker()))?;
        let shapes = Section::ALL
            .iter()
            .map(|s| {
                let marker = s.marker();
                // A page that loops over the rows has them one by one: its HTML is comrak's.
                if page.contains(&s.row_marker(0)) {
                    return Shape::Unknown;
                }
                let Some(at) = page.find(&marker) else { return Shape::Unknown };
                if page[..at].contains(&marker) || page[at + marker.len()..].contains(&marker) {
                    return Shape::Unknown;
                }
                let line_start = page[..at].rfind('\n').map_or(0, |i| i + 1);
                let line_end = page[at..].find('\n').map_or(page.len(), |i| at + i);
                if line_start != at || line_end != at + marker.len() {
                    return Shape::Unknown;
                }
                let block_start = page[..at].rfind("\n\n").map_or(0, |i| i + 2);
                let head = &page[block_start..at];
                if head.is_empty() {
                    Shape::Block
                } else if head.lines().all(|l| l.trim_start().starts_with('|')) {
                    Shape::Table(head.to_owned())
                } else {
                    Shape::Unknown
                }
            })
            .collect::<Vec<_>>();
        let rows = shapes
            .iter()
            .map(|shape| match shape {
                Shape::Table(head) => Some(RowHtml::table(head)),
                Shape::Block => Some(RowHtml::list()),
                Shape::Unknown => None,
            })
            .collect();
        Ok(Layout { shapes, rows })
    }

    fn index(section: Section) -> usize {
        Section::ALL.iter().position(|s| *s == section).expect("every section is listed")
    }

    fn shape(&self, section: Section) -> &Shape {
        &self.shapes[Layout::index(section)]
    }

    /// The HTML of each row of `section`, as comrak renders it within the section; `None` when
    /// the rows cannot be cut out one by one.
    pub(super) fn html_rows(&self, section: Section, md: &[String]) -> Option<Vec<String>> {
        self.rows[Layout::index(section)].as_ref()?.rows(md)
    }

    /// The page, as pieces to write: the page template's text around each section's rows.
    /// When the rows cannot be cut out of comrak's HTML of the page, the HTML is comrak's
    /// rendering of the whole page, made from the Markdown once joined (`Rendered::needs_whole`).
    ///
    /// # Errors
    /// When the page template does not render.
    pub fn render<'d>(&self, renderer: &Renderer, d: &'d Dashboard<'d>) -> Result<Rendered<'d>, Error> {
        let markdown = renderer.render("dashboard.md.j2", &d.page(|s| s.marker()))?;
        let md_cuts = markers(&markdown);
        let one_by_one = md_cuts.iter().any(|(_, _, cut)| matches!(cut, Cut::Row(..)));
        let mut page =
            Rendered { d, markdown, md_cuts, html: String::new(), html_cuts: Vec::new(), needs_whole: false };
        let trace = crate::trace::Trace::start();
        let joined = if one_by_one { None } else { self.cut_html(renderer, d)? };
        match joined {
            Some((html, cuts)) => {
                trace.note("dashboard html: joined from the rows");
                (page.html, page.html_cuts) = (html, cuts);
            }
            None => {
                trace.note("dashboard html: the whole page through comrak");
                page.needs_whole = true;
            }
        }
        Ok(page)
    }

    /// comrak's HTML of the page with one placeholder row per section, and where each section's
    /// rows go in it; `None` when some row has no HTML of its own or the page cannot be cut.
    pub(super) fn cut_html(&self, renderer: &Renderer, d: &Dashboard) -> Result<Option<(String, Cuts)>, Error> {
        let all_cut = Section::ALL.iter().all(|s| d.rows(*s).iter().all(|f| f.html.is_some()));
        if !all_cut {
            return Ok(None);
        }
        // One placeholder row per section, shaped as its rows, shows where they go.
        let placeholder = |s: Section| match self.shape(s) {
            Shape::Table(_) => format!("| {} |", s.marker()),
            _ => format!("- {}", s.marker()),
        };
        let html = crate::render::markdown_to_html(&renderer.render("dashboard.md.j2", &d.page(placeholder))?);
        let mut cuts = Vec::new();
        for s in Section::ALL {
            if d.rows(s).is_empty() {
                continue;
            }
            let (open, close) = match self.shape(s) {
                Shape::Table(_) => ("<tr>", "</tr>\n"),
                _ => ("<li>", "</li>\n"),
            };
            let Some(at) = html.find(&s.marker()) else { return Ok(None) };
            let (Some(start), Some(end)) = (html[..at].rfind(open), html[at..].find(close)) else { return Ok(None) };
            cuts.push((start, at + end + close.len(), s));
        }
        let cuts = sorted(cuts);
        let overlapping = cuts.windows(2).any(|w| w[0].1 > w[1].0);
        Ok((!overlapping).then_some((html, cuts)))
    }
}

/// Where each section's rows go in a page: the byte range they replace.
type Cuts = Vec<(usize, usize, Section)>;

/// What a marker in the rendered Markdown page stands for.
#[derive(Debug, Clone, Copy)]
enum Cut {
    /// All the rows of a section, one per line (`{{ interviews }}`).
    Section(Section),
    /// One row, in a page that loops over them (`{% for row in interviews %}`).
    Row(Section, usize),
}

/// Every marker in the rendered page, in order: the byte range it takes and what it stands for.
fn markers(page: &str) -> Vec<(usize, usize, Cut)> {
    const MARK: char = '\u{E000}';
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = page[from..].find(MARK).map(|i| from + i) {
        let inner = start + MARK.len_utf8();
        let Some(end) = page[inner..].find(MARK).map(|i| inner + i) else { break };
        let name = &page[inner..end];
        let cut = match Section::ALL.into_iter().find(|s| s.name() == name) {
            Some(section) => Some(Cut::Section(section)),
            None => Section::of_row_marker(name).map(|(section, i)| Cut::Row(section, i)),
        };
        match cut {
            Some(cut) => {
                out.push((start, end + MARK.len_utf8(), cut));
                from = end + MARK.len_utf8();
            }
            // Not one of ours: the second mark may open the next marker.
            None => from = end,
        }
    }
    out
}

fn sorted(mut cuts: Cuts) -> Cuts {
    cuts.sort_by_key(|(start, _, _)| *start);
    cuts
}

/// The rendered page, kept as the template's text and the rows between, so that megabytes of
/// rows are written out without being copied into one string first.
pub struct Rendered<'d> {
    d: &'d Dashboard<'d>,
    markdown: String,
    /// Where each section's (or row's) marker sits in `markdown`.
    md_cuts: Vec<(usize, usize, Cut)>,
    html: String,
    /// What each section's rows replace in `html`; none when `html` is the whole page.
    html_cuts: Cuts,
    /// True until the HTML of the whole page is made, when the rows could not be cut out.
    needs_whole: bool,
}

impl Rendered<'_> {
    /// The Markdown page, in pieces.
    pub fn markdown_pieces(&self) -> Vec<Piece<'_>> {
        let mut out = Vec::new();
        let mut from = 0;
        for &(start, end, cut) in &self.md_cuts {
            out.push(Piece::Text(&self.markdown[from..start]));
            match cut {
                Cut::Section(s) => {
                    for (i, f) in self.d.rows(s).iter().enumerate() {
                        if i > 0 {
                            out.push(Piece::Text("\n"));
                        }
                        out.push(Piece::Row(&f.md));
                    }
                }
                Cut::Row(s, i) => out.extend(self.d.rows(s).get(i).map(|f| Piece::Row(&f.md))),
            }
            from = end;
        }
        out.push(Piece::Text(&self.markdown[from..]));
        out
    }

    /// True when the page's HTML is to be made from its whole Markdown, joined from
    /// `markdown_pieces` (`html_from_markdown`): its rows could not be cut out one by one.
    pub fn needs_whole(&self) -> bool {
        self.needs_whole
    }

    /// Makes the page's HTML from its whole Markdown, through comrak.
    pub fn html_from_markdown(&mut self, markdown: &str) {
        self.html = crate::render::markdown_to_html(markdown);
        self.needs_whole = false;
    }

    /// Draws the charts in the page's HTML, in place of the paragraph that says what they show
    /// (the theme's `{{ charts }}`); a theme without it gets no drawing.
    pub fn draw_charts(&mut self) {
        assert!(!self.needs_whole, "the whole page's HTML is made before the charts are drawn");
        let (text, figure) = self.d.charts.text_and_figure(self.d.today);
        let paragraph = format!("<p>{text}</p>");
        let Some(at) = self.html.find(&paragraph) else { return };
        if self.html_cuts.iter().any(|(start, _, _)| *start < at + paragraph.len()) {
            return;
        }
        self.html.replace_range(at..at + paragraph.len(), &figure);
        // The figure holds the paragraph's text and more: every cut after it moves on.
        let moved = figure.len() - paragraph.len();
        for (start, end, _) in &mut self.html_cuts {
            *start += moved;
            *end += moved;
        }
    }

    /// The page's HTML, in pieces.
    pub fn html_pieces(&self) -> Vec<Piece<'_>> {
        assert!(!self.needs_whole, "the whole page's HTML is made before it is written");
        let mut out = Vec::new();
        let mut from = 0;
        for &(start, end, s) in &self.html_cuts {
            out.push(Piece::Text(&self.html[from..start]));
            out.extend(
                self.d.rows(s).iter().map(|f| Piece::Row(f.html.as_ref().expect("cut only when every row has HTML"))),
            );
            from = end;
        }
        out.push(Piece::Text(&self.html[from..]));
        out
    }
}

/// What the page template sees: the counts, and each section's rows (`render::RowList`).
#[derive(Serialize)]
struct Page {
    today: String,
    today_full: String,
    interview_count: usize,
    people_count: usize,
    /// What the charts show, in words (`charts.rs`): dashboard.html draws them in its place.
    charts: String,
    actions: RowList,
    upcoming: RowList,
    quiet: RowList,
    interviews: RowList,
    people: RowList,
    problems: RowList,
}

impl Page {
    /// A page with one row in every section, for finding where rows go.
    fn sample(rows: impl Fn(Section) -> String) -> Page {
        let today = Date::constant(2026, 1, 1);
        let list = |s: Section| RowList::new(rows(s), 1, move |i| s.row_marker(i));
        Page {
            today: today.to_string(),
            today_full: english::full_date(today),
            interview_count: 2,
            people_count: 2,
            charts: super::charts::Charts::around(today).text(today),
            actions: list(Section::Actions),
            upcoming: list(Section::Upcoming),
            quiet: list(Section::Quiet),
            interviews: list(Section::Interviews),
            people: list(Section::People),
            problems: list(Section::Problems),
        }
    }
}

impl Dashboard<'_> {
    /// The page's context, with `rows(section)` standing for the rows of each section shown.
    fn page(&self, rows: impl Fn(Section) -> String) -> Page {
        let shown = |s: Section| {
            let len = self.rows(s).len();
            RowList::new(if len == 0 { String::new() } else { rows(s) }, len, move |i| s.row_marker(i))
        };
        Page {
            today: self.today.to_string(),
            today_full: english::full_date(self.today),
            interview_count: self.interview_count,
            people_count: self.people.len(),
            charts: self.charts.text(self.today),
            actions: shown(Section::Actions),
            upcoming: shown(Section::Upcoming),
            quiet: shown(Section::Quiet),
            interviews: shown(Section::Interviews),
            people: shown(Section::People),
            problems: shown(Section::Problems),
        }
    }
}
