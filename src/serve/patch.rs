//! What an open dashboard needs to show a build without loading the page again: at 10,000 notes
//! the page is 20 MB, and a browser takes a second or more to load it; a save changes a row or
//! two. After each build that rewrote `dashboard.html`, the new page is cut into its sections
//! (at each `<h2>`), and each section whose text changed becomes one operation: its rows spliced
//! (the rows of its one table, or of its one list: the shortest run that differs), or the
//! whole section replaced. The page's script applies the operations in order.
//!
//! Nothing here knows what a section means: a theme of the user's that lays the page out
//! otherwise gets whole-section replacements, and a change of the sections themselves (one
//! added, or renamed) asks for a reload.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

/// What turns one dashboard page into the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Patch {
    pub ops: Vec<Op>,
}

/// One change of one section (0 is what comes before the first `<h2>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Op {
    /// The section's HTML, from its `<h2>` to the next one.
    Replace { section: usize, html: String },
    /// In the section's one table body (or list), `delete` rows from `start` give way to
    /// `insert`.
    Splice { section: usize, start: usize, delete: usize, insert: Vec<String> },
}

/// A page cut into sections, and each section's rows when it has one run of them: ranges of
/// the page's text, which is kept whole (it is also the page served: `Live::dashboard`).
#[derive(Debug)]
pub struct Cut {
    page: Arc<String>,
    sections: Vec<Section>,
}

#[derive(Debug)]
struct Section {
    whole: Range<usize>,
    rows: Option<Rows>,
}

/// Before the rows, each row, after the rows.
type Rows = (Range<usize>, Vec<Range<usize>>, Range<usize>);

impl Cut {
    /// The content of the page's `<main>`, cut; `None` for a page without one. One pass over
    /// its lines: the page of 10,000 notes is 13 MB.
    pub fn of_page(page: Arc<String>) -> Option<Cut> {
        let html = page.as_str();
        let start = html.find("<main>")? + "<main>".len();
        let end = start + html[start..].rfind("</main>")?;
        let mut sections = Vec::new();
        let mut scan = Scan::new(start);
        let mut at = start;
        for line in html[start..end].split_inclusive('\n') {
            if line.starts_with("<h2") && at > scan.start {
                sections.push(std::mem::replace(&mut scan, Scan::new(at)).finish(at));
            }
            scan.line(line, at);
            at += line.len();
        }
        sections.push(scan.finish(end));
        Some(Cut { page, sections })
    }

    fn text(&self, range: &Range<usize>) -> &str {
        &self.page[range.clone()]
    }

    fn heading(&self, section: &Section) -> &str {
        let text = self.text(&section.whole);
        if text.starts_with("<h2") { text.lines().next().unwrap_or("") } else { "" }
    }

    /// What turns `self` into `next`; `None` when the sections themselves changed (a reload
    /// is simpler, and rare).
    pub fn diff(&self, next: &Cut) -> Option<Patch> {
        if self.sections.len() != next.sections.len()
            || self.sections.iter().zip(&next.sections).any(|(a, b)| self.heading(a) != next.heading(b))
        {
            return None;
        }
        let mut ops = Vec::new();
        for (k, (old, new)) in self.sections.iter().zip(&next.sections).enumerate() {
            if self.text(&old.whole) == next.text(&new.whole) {
                continue;
            }
            match (&old.rows, &new.rows) {
                (Some((ob, orows, oa)), Some((nb, nrows, na)))
                    if self.text(ob) == next.text(nb) && self.text(oa) == next.text(na) =>
                {
                    let same = |(a, b): (&Range<usize>, &Range<usize>)| self.text(a) == next.text(b);
                    let prefix = orows.iter().zip(nrows).take_while(|p| same(*p)).count();
                    let most = orows.len().min(nrows.len()) - prefix;
                    let suffix = orows.iter().rev().zip(nrows.iter().rev()).take(most).take_while(|p| same(*p)).count();
                    ops.push(Op::Splice {
                        section: k,
                        start: prefix,
                        delete: orows.len() - prefix - suffix,
                        insert: nrows[prefix..nrows.len() - suffix].iter().map(|r| next.text(r).to_owned()).collect(),
                    });
                }
                _ => ops.push(Op::Replace { section: k, html: next.text(&new.whole).to_owned() }),
            }
        }
        Some(Patch { ops })
    }
}

/// One section's lines so far: where its rows are, when it has one run of them (the rows of
/// its one table body, or of its one list of one-line items).
struct Scan {
    start: usize,
    tables: usize,
    lists: usize,
    /// Inside the run of rows: whether they are table rows.
    open: Option<bool>,
    rows: Vec<Range<usize>>,
    /// Where the rows begin and end, and where the current table row began.
    first: usize,
    after: usize,
    row: usize,
    /// A line inside the run that is not part of a row as expected.
    odd: bool,
}

impl Scan {
    fn new(start: usize) -> Scan {
        Scan { start, tables: 0, lists: 0, open: None, rows: Vec::new(), first: 0, after: 0, row: 0, odd: false }
    }

    /// Takes in the line at `at`.
    fn line(&mut self, line: &str, at: usize) {
        let end = at + line.len();
        match self.open {
            Some(true) if line.starts_with("</tbody>") => (self.open, self.after) = (None, at),
            Some(true) if line == "<tr>\n" => self.row = at,
            Some(true) if line == "</tr>\n" => self.rows.push(self.row..end),
            Some(true) => {}
            Some(false) if line.starts_with("</ul>") => (self.open, self.after) = (None, at),
            Some(false) if line.starts_with("<li>") && line.ends_with("</li>\n") => self.rows.push(at..end),
            Some(false) => self.odd = true,
            None if line == "<tbody>\n" => {
                self.tables += 1;
                (self.open, self.first) = (Some(true), end);
            }
            None if line == "<ul>\n" => {
                self.lists += 1;
                (self.open, self.first) = (Some(false), end);
            }
            None if line.starts_with("<ul") || line.starts_with("<table") && !line.starts_with("<table>") => {
                self.odd = true
            }
            None => {}
        }
    }

    fn finish(self, end: usize) -> Section {
        let one_run = self.tables + self.lists == 1 && self.open.is_none() && !self.odd;
        let rows = one_run.then_some((self.start..self.first, self.rows, self.after..end));
        Section { whole: self.start..end, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(interviews: &[&str], quiet: &[&str], summary: &str) -> String {
        let rows: String = interviews.iter().map(|r| format!("<tr>\n<td>{r}</td>\n</tr>\n")).collect();
        let items: String = quiet.iter().map(|i| format!("<li>{i}</li>\n")).collect();
        format!(
            "<html><body><main>\n<h1>Job search</h1>\n<p>{summary}</p>\n<h2>Interviews</h2>\n<table>\n<thead>\n<tr>\n<th>Date</th>\n</tr>\n</thead>\n<tbody>\n{rows}</tbody>\n</table>\n<h2>Gone quiet</h2>\n<ul>\n{items}</ul>\n</main></body></html>"
        )
    }

    fn diff(a: &str, b: &str) -> Option<Patch> {
        let cut = |page: &str| Cut::of_page(Arc::new(page.to_owned())).unwrap();
        cut(a).diff(&cut(b))
    }

    #[test]
    fn a_changed_row_is_spliced_alone() {
        let before = page(&["a", "b", "c", "d"], &["q"], "4 interviews");
        let after = page(&["a", "B", "c", "d"], &["q"], "4 interviews");
        let ops = diff(&before, &after).unwrap().ops;
        assert_eq!(
            ops,
            [Op::Splice { section: 1, start: 1, delete: 1, insert: vec!["<tr>\n<td>B</td>\n</tr>\n".to_owned()] }]
        );
    }

    #[test]
    fn rows_added_removed_and_moved_and_other_text_replaced() {
        let before = page(&["a", "b", "c"], &["q", "r"], "3 interviews");
        let after = page(&["a", "c", "b", "e"], &["r"], "4 interviews");
        let ops = diff(&before, &after).unwrap().ops;
        assert!(matches!(&ops[0], Op::Replace { section: 0, html } if html.contains("4 interviews")));
        assert!(matches!(&ops[1], Op::Splice { section: 1, start: 1, delete: 2, insert } if insert.len() == 3));
        assert_eq!(ops[2], Op::Splice { section: 2, start: 0, delete: 1, insert: vec![] });
        assert_eq!(ops.len(), 3);
    }

    #[test]
    fn nothing_changed_is_no_operation_and_new_sections_ask_for_a_reload() {
        let before = page(&["a"], &["q"], "1 interview");
        assert_eq!(diff(&before, &before).unwrap().ops, []);
        let renamed = before.replace("<h2>Gone quiet</h2>", "<h2>Quiet</h2>");
        assert_eq!(diff(&before, &renamed), None);
        let added = before.replace("</main>", "<h2>More</h2>\n</main>");
        assert_eq!(diff(&before, &added), None);
    }

    /// Applying the operations to the old rows as the page's script does gives the new page.
    #[test]
    fn the_operations_rebuild_the_new_page() {
        let cases = [
            (vec!["a", "b", "c", "d", "e"], vec!["a", "x", "c", "d", "e"]),
            (vec!["a", "b", "c"], vec![]),
            (vec![], vec!["a"]),
            (vec!["a", "a", "a"], vec!["a", "a"]),
            (vec!["a", "b", "a", "b"], vec!["b", "a", "b", "a"]),
        ];
        for (old, new) in cases {
            let (a, b) = (page(&old, &[], "s"), page(&new, &[], "s"));
            let ops = diff(&a, &b).unwrap().ops;
            let mut rows: Vec<String> = old.iter().map(|r| format!("<tr>\n<td>{r}</td>\n</tr>\n")).collect();
            for op in ops {
                if let Op::Splice { section: 1, start, delete, insert } = op {
                    rows.splice(start..start + delete, insert);
                }
            }
            let expected: Vec<String> = new.iter().map(|r| format!("<tr>\n<td>{r}</td>\n</tr>\n")).collect();
            assert_eq!(rows, expected, "{old:?} → {new:?}");
        }
    }

    #[test]
    fn sections_with_more_than_one_run_of_rows_are_replaced_whole() {
        let html = "<main>\n<h2>Next actions</h2>\n<table>\n<tbody>\n<tr>\n<td>a</td>\n</tr>\n</tbody>\n</table>\n<h3>Coming up</h3>\n<ul>\n<li>x</li>\n</ul>\n</main>";
        let changed = html.replace("<li>x</li>", "<li>y</li>");
        let ops = diff(html, &changed).unwrap().ops;
        assert!(matches!(&ops[..], [Op::Replace { section: 1, .. }]), "{ops:?}");
    }
}

/// Follows `dashboard.html` from build to build: the page as the last build left it, and what
/// each build changed on it.
#[derive(Debug)]
pub struct Follower {
    root: std::path::PathBuf,
    cut: Option<Cut>,
}

impl Follower {
    pub fn new(root: &std::path::Path) -> Follower {
        Follower { root: root.to_path_buf(), cut: None }
    }

    /// What `rebuilt` changed, and the page when it wrote a new one.
    pub fn step(&mut self, rebuilt: crate::watch::Rebuilt<'_>) -> (super::live::Step, Option<Arc<String>>) {
        use crate::output::write::Action;
        use crate::pipeline::scan::DASHBOARD_HTML;
        let mut step = super::live::Step::default();
        let written = rebuilt
            .report
            .written
            .iter()
            .any(|w| w.rel == DASHBOARD_HTML && matches!(w.action, Action::Created | Action::Updated));
        let mut page = None;
        if written || self.cut.is_none() {
            let html = std::fs::read_to_string(self.root.join(DASHBOARD_HTML)).ok().map(Arc::new);
            let next = html.clone().and_then(Cut::of_page);
            match (&self.cut, &next) {
                (Some(old), Some(new)) => match old.diff(new) {
                    Some(patch) => step.ops = patch.ops,
                    None => step.reload = true,
                },
                _ => step.reload = true,
            }
            self.cut = next;
            page = html;
        }
        for rel in rebuilt.changed.iter().filter(|rel| crate::pipeline::scan::is_note_name(rel)) {
            let version = std::fs::read(self.root.join(rel)).map(|b| crate::commands::mark::version_of(&b));
            step.versions.insert(rel.clone(), version.unwrap_or_default());
        }
        (step, page)
    }
}
