//! comrak's HTML of the plainest dashboard rows, written without comrak.
//!
//! Every row of a large dashboard is rendered on its own (a note's rows are kept with their
//! HTML), and comrak costs a few microseconds a call, most of it parsing machinery that a row of
//! plain text, links and code spans does not need. A row made only of those is rendered here,
//! byte for byte as comrak renders it (tests compare the two on every kind of row and on
//! deliberately awkward text); anything else (emphasis, entities, raw HTML, autolinks,
//! backslashes, leading or trailing spaces in code, unusual whitespace) is left to comrak.
//!
//! What a row looks like around its cells (`<tr>`, `<td align=…>`, `<li>`) is not assumed
//! either: the `Frame` is learned from comrak's rendering of a probe row in the theme's own
//! table head or list. `rows.rs` picks this path or comrak for each row; nothing outside
//! `render/` knows which one was taken.

/// The HTML around a row's cells, as comrak writes it in one section: `glue[0]`, the first cell,
/// `glue[1]`, …, the last cell, `glue[n]`.
#[derive(Debug)]
pub(crate) struct Frame {
    glue: Vec<String>,
    /// True for a table row (`| a | b |`), false for a list item (`- a`).
    table: bool,
}

/// Marks the probe's cells: a private-use character comrak passes through as text.
const PROBE: char = '\u{E001}';

impl Frame {
    /// The frame of a table row under `head` (the table's header and delimiter lines, each
    /// ending in a newline), learned from comrak; `None` when comrak's output is not as
    /// expected.
    pub(crate) fn table(head: &str) -> Option<Frame> {
        let columns = head.lines().next()?.trim().trim_matches('|').split('|').count();
        let probe: String = (0..columns).map(|i| format!("| {PROBE}{i} ")).collect::<String>() + "|\n";
        let html = super::small_markdown_to_html(&format!("{head}{probe}"));
        let body = &html[html.find("<tbody>\n")? + "<tbody>\n".len()..html.rfind("</tbody>")?];
        Frame::learn(body, columns, true)
    }

    /// The frame of a list item, learned from comrak.
    pub(crate) fn list() -> Option<Frame> {
        let html = super::small_markdown_to_html(&format!("- {PROBE}0\n"));
        let items = html.strip_prefix("<ul>\n")?.strip_suffix("</ul>\n")?;
        Frame::learn(items, 1, false)
    }

    fn learn(html: &str, cells: usize, table: bool) -> Option<Frame> {
        let mut glue = Vec::with_capacity(cells + 1);
        let mut rest = html;
        for i in 0..cells {
            let mark = format!("{PROBE}{i}");
            let at = rest.find(&mark)?;
            glue.push(rest[..at].to_owned());
            rest = &rest[at + mark.len()..];
        }
        glue.push(rest.to_owned());
        (!glue.iter().any(|g| g.contains(PROBE))).then_some(Frame { glue, table })
    }

    /// comrak's HTML of `row` in this frame, when the row is plain enough; `None` otherwise.
    pub(crate) fn render(&self, row: &str) -> Option<String> {
        let mut out = String::with_capacity(row.len() + 64);
        let mut glue = self.glue.iter();
        if self.table {
            if row.contains('\\') {
                return None;
            }
            let inner = row.strip_prefix('|')?.strip_suffix('|')?;
            let cells = inner.split('|');
            if cells.clone().count() != self.glue.len() - 1 {
                return None;
            }
            for cell in cells {
                out.push_str(glue.next()?);
                inline(cell.trim_matches(' '), &mut out)?;
            }
        } else {
            let content = row.strip_prefix("- ")?;
            if !starts_a_paragraph(content) || content.ends_with(' ') {
                return None;
            }
            out.push_str(glue.next()?);
            inline(content, &mut out)?;
        }
        out.push_str(glue.next()?);
        Some(out)
    }
}

/// True when a list item's content is a paragraph and nothing else: it starts with a letter, a
/// code span, a link, or digits that are not an ordered list's marker.
fn starts_a_paragraph(content: &str) -> bool {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    match content.as_bytes().first() {
        Some(b'0'..=b'9') => !matches!(content.as_bytes().get(digits), Some(b'.' | b')')),
        Some(b'`') => !content.starts_with("``"),
        Some(b'[') => true,
        Some(_) => content.chars().next().is_some_and(char::is_alphabetic),
        None => false,
    }
}

/// Appends comrak's HTML of `text`, a run of plain text, links and code spans; `None` for
/// anything else.
fn inline(text: &str, out: &mut String) -> Option<()> {
    let mut rest = text;
    while !rest.is_empty() {
        let plain = rest.find(['`', '[']).unwrap_or(rest.len());
        plain_text(&rest[..plain], out)?;
        rest = &rest[plain..];
        if let Some(after) = rest.strip_prefix('`') {
            let end = after.find('`')?;
            let code = &after[..end];
            let awkward = code.is_empty() || code.starts_with(' ') || code.ends_with(' ') || code.contains('|');
            if awkward || code.chars().any(|c| c.is_control()) || after[end + 1..].starts_with('`') {
                return None;
            }
            out.push_str("<code>");
            escape(code, out);
            out.push_str("</code>");
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let (label, after) = after.split_once("](")?;
            let (url, after) = after.split_once(')')?;
            if label.is_empty() || url.is_empty() {
                return None;
            }
            out.push_str("<a href=\"");
            href(url, out)?;
            out.push_str("\">");
            plain_text(label, out)?;
            out.push_str("</a>");
            rest = after;
        }
    }
    Some(())
}

/// Appends `text` escaped as comrak escapes text, when nothing in it is Markdown or could start
/// an autolink; `None` otherwise.
fn plain_text(text: &str, out: &mut String) -> Option<()> {
    const MARKUP: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '~', '|', '@', '$', '^', '{', '}'];
    let odd_space = |c: char| c.is_whitespace() && c != ' ';
    if text.contains(MARKUP) || text.chars().any(|c| c.is_control() || odd_space(c)) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("://") || lower.contains("www.") || text.contains("  ") {
        return None;
    }
    escape(text, out);
    Some(())
}

/// comrak's escaping of text: `"`, `&`, `<` and `>`.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Appends a link's destination as comrak writes it in `href`, for destinations of characters
/// it leaves alone (and `&`, which it escapes); `None` otherwise.
fn href(url: &str, out: &mut String) -> Option<()> {
    let bytes = url.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let safe = b.is_ascii_alphanumeric() || b"-_.+!*,#@?=:/$~&".contains(&b);
        let escape = b == b'%' && bytes.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if !safe && !escape {
            return None;
        }
    }
    out.push_str(&url.replace('&', "&amp;"));
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "| Due | | To do | Company | Draft |\n| --- | --- | --- | --- | --- |\n";

    /// comrak's HTML of one table row under `head`.
    fn comrak_row(head: &str, row: &str) -> String {
        let html = crate::render::small_markdown_to_html(&format!("{head}{row}\n"));
        let start = html.find("<tbody>\n").map_or(html.len(), |i| i + "<tbody>\n".len());
        let end = html.rfind("</tbody>").unwrap_or(html.len());
        html.get(start..end).unwrap_or_default().to_owned()
    }

    fn comrak_item(row: &str) -> String {
        let html = crate::render::small_markdown_to_html(&format!("{row}\n"));
        html.strip_prefix("<ul>\n").and_then(|h| h.strip_suffix("</ul>\n")).unwrap_or_default().to_owned()
    }

    /// Every row the fast path takes is rendered as comrak renders it; the rows of `must` are
    /// all taken (or the fast path would save nothing).
    fn agrees(frame: &Frame, rows: &[(String, bool)], comrak: impl Fn(&str) -> String) {
        for (row, must) in rows {
            match frame.render(row) {
                Some(html) => assert_eq!(html, comrak(row), "row {row:?}"),
                None => assert!(!must, "a plain row left to comrak: {row:?}"),
            }
        }
    }

    /// Pieces of cells and items that the fast path takes.
    const PLAIN: &[&str] = &[
        "2026-10-27",
        "overdue",
        "Send the thank-yous",
        "Marcus Webb and Aisha Bello",
        "José Álvarez",
        "李娜",
        "O'Brien \"Bob\"",
        "[draft](acme/2026-10-14-final.followup.md)",
        "[draft](acme/a%20b.followup.md)",
        "[Ana](mailto:ana@acme.com?subject=Thank%20you&body=Dear%20Ana%2C)",
        "`acme/final.md:13`",
        "`R&D <x>`",
        "warning: the check-in date (October 12, 2026) has passed",
        "status `awaiting-feedback`",
        "a: b",
        "—",
    ];

    /// Pieces that are awkward or Markdown, left to comrak (some of them needlessly).
    const AWKWARD: &[&str] = &[
        "R&D",
        "a < b",
        "*bold*",
        "_under_",
        "snake_case",
        "[draft](bad%zz.md)",
        "[x](a&amp;b)",
        "[x](a(b)c)",
        "[x](a b)",
        "[x](<a>)",
        "[x]",
        "[](x)",
        "` spaced `",
        "`a`b`",
        "``double``",
        "see www.example.com",
        "https://example.com",
        "ana@acme.com",
        "~~gone~~",
        "a  b",
        "tab\there",
        "nbsp\u{a0}here",
        "1. first",
        "2026. year",
        "# heading",
        "> quote",
        "- dash",
        "\\| escaped",
        "ends with space ",
        "&amp;",
        "",
    ];

    fn pieces() -> Vec<(&'static str, bool)> {
        PLAIN.iter().map(|p| (*p, true)).chain(AWKWARD.iter().map(|p| (*p, false))).collect()
    }

    #[test]
    fn table_rows_are_rendered_as_comrak_renders_them() {
        let frame = Frame::table(HEAD).expect("the probe row renders");
        let pieces = pieces();
        let mut rows = Vec::new();
        for (i, (a, plain_a)) in pieces.iter().enumerate() {
            for (b, plain_b) in &pieces {
                let (c, plain_c) = pieces[(i * 7) % pieces.len()];
                let plain = plain_a & plain_b & plain_c;
                rows.push((format!("| {a} | {b} | {c} | Acme | [draft](x.md) |"), plain));
                rows.push((format!("|{a}|{b} {c}|x|y|z|"), plain));
            }
        }
        rows.push(("| a | b | c | d |".to_owned(), false));
        rows.push(("| a | b | c | d | e | f |".to_owned(), false));
        rows.push(("| | | | | |".to_owned(), true));
        agrees(&frame, &rows, |row| comrak_row(HEAD, row));
    }

    #[test]
    fn aligned_columns_keep_their_alignment() {
        let head = "| a | b | c |\n| :-- | :-: | --: |\n";
        let frame = Frame::table(head).unwrap();
        let row = "| x | [y](y.md) | `z` |";
        assert_eq!(frame.render(row).unwrap(), comrak_row(head, row));
        assert!(frame.render(row).unwrap().contains("align=\"center\""));
    }

    #[test]
    fn list_items_are_rendered_as_comrak_renders_them() {
        let frame = Frame::list().expect("the probe item renders");
        let pieces = pieces();
        let mut rows = Vec::new();
        for (a, plain_a) in &pieces {
            // A plain first piece that starts with a letter, a digit, a code span or a link.
            let starts = a.starts_with(|c: char| c.is_alphanumeric() || c == '`' || c == '[');
            for (b, plain_b) in &pieces {
                rows.push((format!("- {a} {b}"), starts && plain_a & plain_b && !b.is_empty()));
                rows.push((format!("- {a}: {b}"), starts && plain_a & plain_b && !b.is_empty()));
            }
        }
        agrees(&frame, &rows, comrak_item);
    }
}
