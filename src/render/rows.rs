//! The HTML of a page's rows, one by one: each Markdown row (a table row under its head, or a
//! list item) as comrak renders it within its block, so that a page's HTML can be joined from
//! rows rendered once and kept. The plainest rows are written by `plain.rs`, byte for byte as
//! comrak would; the others go through comrak, all of a call's rows at once. Which rows make a
//! page, and where the page's blocks are, is the caller's (the dashboard's `Layout`).

use super::plain::Frame;

/// How rows are rendered in one block of a page.
#[derive(Debug)]
pub(crate) struct RowHtml {
    block: Block,
    /// The HTML around a row's cells, for rows rendered without comrak; `None` when comrak's
    /// rendering of a probe row was not as expected (then every row goes through comrak).
    frame: Option<Frame>,
}

/// The kind of block the rows sit in.
#[derive(Debug)]
enum Block {
    /// Rows of a table: the lines of its head (each ending in a newline) come just before them.
    Table(String),
    /// List items.
    List,
}

impl RowHtml {
    /// Rows of a table under `head`, its header and delimiter lines.
    pub(crate) fn table(head: &str) -> RowHtml {
        RowHtml { block: Block::Table(head.to_owned()), frame: Frame::table(head) }
    }

    /// Items of a list.
    pub(crate) fn list() -> RowHtml {
        RowHtml { block: Block::List, frame: Frame::list() }
    }

    /// The HTML of each row of `md` (one line each), as comrak renders it within the block;
    /// `None` when the rows cannot be cut out one by one.
    pub(crate) fn rows(&self, md: &[String]) -> Option<Vec<String>> {
        if md.iter().any(|row| row.is_empty() || row.contains('\n')) {
            return None;
        }
        // The plainest rows without comrak (`plain.rs`), the others through it.
        let frame = self.frame.as_ref();
        let mut html: Vec<Option<String>> = md.iter().map(|row| frame.and_then(|f| f.render(row))).collect();
        let rest: Vec<&str> = md.iter().zip(&html).filter(|(_, h)| h.is_none()).map(|(row, _)| row.as_str()).collect();
        if !rest.is_empty() {
            let mut rest = self.comrak(&rest)?.into_iter();
            for h in html.iter_mut().filter(|h| h.is_none()) {
                *h = rest.next();
            }
        }
        html.into_iter().collect()
    }

    /// The HTML of each row through comrak, all rows in one call.
    fn comrak(&self, md: &[&str]) -> Option<Vec<String>> {
        let rows = md.join("\n") + "\n";
        let (html, open, close) = match &self.block {
            Block::Table(head) => {
                let html = super::small_markdown_to_html(&format!("{head}{rows}"));
                let start = html.find("<tbody>\n")? + "<tbody>\n".len();
                let end = html.rfind("</tbody>")?;
                (html[start..end].to_owned(), "<tr>", "</tr>\n")
            }
            Block::List if md.iter().all(|row| row.starts_with("- ")) => {
                let html = super::small_markdown_to_html(&rows);
                let inner = html.strip_prefix("<ul>\n")?.strip_suffix("</ul>\n")?;
                (inner.to_owned(), "<li>", "</li>\n")
            }
            Block::List => return None,
        };
        let cut: Vec<String> = html.split_inclusive(close).map(str::to_owned).collect();
        let whole = cut.len() == md.len() && cut.iter().all(|c| c.starts_with(open) && c.ends_with(close));
        whole.then_some(cut)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "| Due | To do |\n| --- | --- |\n";

    fn rows(md: &[&str]) -> Vec<String> {
        md.iter().map(|r| (*r).to_owned()).collect()
    }

    #[test]
    fn each_table_row_is_cut_from_comrak_html_of_the_whole_table() {
        // Plain rows take the fast path, the emphasised one goes through comrak: together as one.
        let md = rows(&["| 2026-10-27 | Send the thank-yous |", "| *soon* | R&D |", "| later | `x` |"]);
        let whole = crate::render::small_markdown_to_html(&format!("{HEAD}{}\n", md.join("\n")));
        let html = RowHtml::table(HEAD).rows(&md).expect("table rows can be cut");
        assert_eq!(html.len(), 3);
        assert!(whole.contains(&html.concat()), "{whole}");
    }

    #[test]
    fn each_list_item_is_cut_from_comrak_html_of_the_whole_list() {
        let md = rows(&["- warning: plain", "- *emphasis* & more", "- `code`"]);
        let whole = crate::render::small_markdown_to_html(&format!("{}\n", md.join("\n")));
        let html = RowHtml::list().rows(&md).expect("list items can be cut");
        assert_eq!(format!("<ul>\n{}</ul>\n", html.concat()), whole);
    }

    #[test]
    fn rows_of_several_lines_or_other_blocks_are_not_cut() {
        assert!(RowHtml::table(HEAD).rows(&rows(&["| a | b |\n| c | d |"])).is_none());
        assert!(RowHtml::list().rows(&rows(&["Problem at a.md: x"])).is_none());
        assert!(RowHtml::list().rows(&rows(&[""])).is_none());
    }
}
