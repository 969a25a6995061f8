//! Template filters, and the one place comrak turns Markdown into HTML.

use minijinja::Environment;

use crate::text::english;

/// Adds followup's filters to `env`.
pub fn register(env: &mut Environment<'static>) {
    env.add_filter("cell", cell);
    env.add_filter("text", text);
    env.add_filter("keep_code", keep_code);
    env.add_filter("join_names", join_names);
    env.add_filter("a_or_an", a_or_an);
    env.add_filter("url", url);
    env.add_filter("yaml", yaml);
    env.add_filter("code", code);
}

/// A Markdown code span of `text` that holds whatever it holds: fenced with more backticks than
/// any run inside it, and padded when it starts or ends with one (CommonMark 6.1).
fn code(text: String) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A YAML scalar that reads back as the same string: plain when that is safe, else quoted.
fn yaml(text: String) -> String {
    crate::text::yaml::scalar(&text)
}

/// Percent-encodes a relative path for a Markdown or HTML link, keeping `/`.
fn url(path: String) -> String {
    crate::text::percent::encode(&path, crate::text::percent::PATH)
}

/// Text from a note as Markdown text: shown as it is, never a link, an image, HTML or emphasis.
fn text(text: String) -> String {
    crate::text::markdown::text(&text).into_owned()
}

/// A message as Markdown: its `code spans` kept, everything else as `text` writes it.
fn keep_code(message: String) -> String {
    crate::text::markdown::keeping_code_spans(&message)
}

/// Text as a Markdown table cell: as `text` writes it, and its pipes escaped.
fn cell(text: String) -> String {
    crate::text::markdown::text(&text).replace('|', "\\|")
}

/// Joins a list of names grammatically: `A, B, and C`.
fn join_names(items: Vec<String>) -> String {
    english::join(&items)
}

/// `a` or `an` before a phrase.
fn a_or_an(phrase: String) -> String {
    english::with_article(&phrase)
}

/// Markdown to HTML with GitHub-style tables; raw HTML from the input is omitted, never passed on.
///
/// The document is rendered one `## ` section at a time: the sections of a dashboard share no
/// blocks or link definitions, so the HTML is the same, and comrak's syntax tree never holds
/// more than one section (a 10,000-note dashboard is megabytes of Markdown).
pub fn markdown_to_html(markdown: &str) -> String {
    let options = options();
    let sections: Vec<&str> = sections(markdown).collect();
    // Sections are independent, so they render on all cores.
    crate::par::par_map(&sections, |section| comrak::markdown_to_html(section, &options)).concat()
}

/// Like `markdown_to_html`, on the calling thread: for small pieces, such as a dashboard row.
pub fn small_markdown_to_html(markdown: &str) -> String {
    comrak::markdown_to_html(markdown, &options())
}

/// GitHub-style tables, strikethrough and autolinks; raw HTML omitted (comrak's default).
fn options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options
}

/// Splits Markdown before every line that starts a level-2 heading.
fn sections(markdown: &str) -> impl Iterator<Item = &str> {
    let mut starts: Vec<usize> = markdown.match_indices("\n## ").map(|(i, _)| i + 1).collect();
    starts.insert(0, 0);
    starts.push(markdown.len());
    starts.dedup();
    (0..starts.len() - 1).map(move |i| &markdown[starts[i]..starts[i + 1]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_never_passes_through() {
        let html = markdown_to_html("Hi <script>alert(1)</script> & <b>x</b>\n\n<div onclick=x>y</div>\n");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&amp;"), "{html}");
    }

    #[test]
    fn rendering_by_section_gives_the_same_html() {
        let md = "# T\n\nintro\n\n## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## B\n\n- x\n- y\n";
        let mut options = comrak::Options::default();
        options.extension.table = true;
        options.extension.strikethrough = true;
        options.extension.autolink = true;
        assert_eq!(markdown_to_html(md), comrak::markdown_to_html(md, &options));
    }

    #[test]
    fn tables_render() {
        let html = markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
    }

    #[test]
    fn cells_escape_pipes_newlines_and_markdown() {
        assert_eq!(cell("a|b\nc".into()), "a\\|b c");
        assert_eq!(
            cell("CTO ![t](https://t.example/t.png) | x".into()),
            "CTO !\\[t\\](https\\://t.example/t.png) \\| x"
        );
    }
}
