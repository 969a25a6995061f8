//! Text from notes made safe to put into Markdown: it shows as exactly its characters, and
//! never becomes a link, an image, emphasis, raw HTML or an autolink.
//!
//! A company typed as `Acme ![t](https://tracker.example/t.png)` must not put a remote image on
//! the dashboard, nor `<b>` bold text. CommonMark lets any ASCII punctuation be escaped with a
//! backslash; only the characters that could start something are escaped, so ordinary names
//! (`O'Brien`, `Smith & Co.`, `@Home`) stay as they are in the Markdown file.

use std::borrow::Cow;

/// `text` as Markdown inline text that renders as exactly `text`, on one line (line breaks
/// become spaces), wherever it stands in a line, its start included.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().enumerate().any(|(i, c)| may_need_escaping(c, i == 0)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    escape_text_into(text, true, &mut out);
    Cow::Owned(out)
}

/// A diagnostic's message as Markdown: its `code spans` stay code spans (their text is shown as
/// it is), and everything else is escaped as `text` escapes it. A backtick that opens no span
/// (no run of the same length closes it) is escaped too, as CommonMark reads it.
pub fn keeping_code_spans(message: &str) -> String {
    let mut out = String::with_capacity(message.len() + 8);
    let mut rest = message;
    let mut at_start = true;
    while let Some(open) = rest.find('`') {
        let run = rest[open..].bytes().take_while(|&b| b == b'`').count();
        let after = &rest[open + run..];
        let close = closing_run(after, run);
        escape_text_into(&rest[..open], at_start, &mut out);
        at_start = false;
        match close {
            Some(end) => {
                out.push_str(&rest[open..open + run]);
                out.push_str(&one_line(&after[..end]));
                out.push_str(&rest[open..open + run]);
                rest = &after[end + run..];
            }
            None => {
                out.push_str(&"\\`".repeat(run));
                rest = after;
            }
        }
    }
    escape_text_into(rest, at_start, &mut out);
    out
}

/// Where a backtick run of exactly `run` backticks starts in `text`.
fn closing_run(text: &str, run: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let len = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            if len == run {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

fn one_line(text: &str) -> Cow<'_, str> {
    if text.contains(['\n', '\r']) { Cow::Owned(text.replace(['\n', '\r'], " ")) } else { Cow::Borrowed(text) }
}

/// Appends `text`, escaped; `at_start` when it begins a line, where `#`, `>`, `-` or `1.` would
/// start a block.
fn escape_text_into(text: &str, at_start: bool, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let block_mark = if at_start { block_mark(&chars) } else { None };
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\n' | '\r' => {
                out.push(' ');
                continue;
            }
            // A backslash is literal unless punctuation follows it, as the template's own `]` or
            // `|` may follow the text's last one.
            '\\' => chars.get(i + 1).is_none_or(char::is_ascii_punctuation),
            '`' | '*' | '_' | '~' | '[' | ']' | '<' => true,
            // `&amp;` and `&#38;` are references; `Smith & Co` is text.
            '&' => starts_reference(&chars[i + 1..]),
            // `https://…` would become a link (GitHub-style autolinks).
            ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
            // `www.example.com` would too.
            '.' => i >= 3 && chars[i - 3..i].iter().collect::<String>().eq_ignore_ascii_case("www"),
            // So would `ann@acme.example`; `@Home` stays.
            '@' => i > 0 && (chars[i - 1].is_alphanumeric() || "._+-".contains(chars[i - 1])),
            _ => false,
        };
        if escape || block_mark == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// True for a character that might need escaping; false only for characters that never do.
fn may_need_escaping(c: char, first: bool) -> bool {
    matches!(c, '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '&' | ':' | '.' | '@' | '\n' | '\r')
        || (first && (c.is_ascii_punctuation() || c.is_ascii_digit()))
}

/// Where the character to escape is when `text` would start a block at the start of a line: a
/// heading, a quote, a list item, a thematic break, a setext underline (the first character), or
/// an ordered list (the `.` or `)` after its number: a digit cannot be escaped).
fn block_mark(text: &[char]) -> Option<usize> {
    match text.first()? {
        '#' | '>' | '-' | '+' | '=' | '*' | '_' => Some(0),
        c if c.is_ascii_digit() => {
            let digits = text.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(text.get(digits), Some('.' | ')')).then_some(digits)
        }
        _ => None,
    }
}

/// True when `after` (what follows a `&`) makes an entity or a numeric character reference.
fn starts_reference(after: &[char]) -> bool {
    let name = after.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '#').count();
    name > 0 && after.get(name) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// comrak's HTML escaping of text.
    fn html(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }

    fn rendered(markdown: &str) -> String {
        crate::render::small_markdown_to_html(markdown)
    }

    const HOSTILE: &[&str] = &[
        "CTO ![t](https://tracker.example/t.png)",
        "[x](https://evil.example)",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "**bold** _em_ ~~gone~~ `code`",
        "https://tracker.example/p?x=1",
        "see www.tracker.example now",
        "WWW.Tracker.example",
        "ann@acme.example",
        "mailto:ann@acme.example",
        "&amp; &#60; &#x3c; &lt;script&gt;",
        "\\*not\\* \\ C:\\Users",
        "# heading",
        "> quote",
        "- item",
        "12. item",
        "3) item",
        "line one\nline two\r\n- item",
        "[^1] footnote",
        "<https://auto.example>",
        "x <!-- comment --> y",
        "``` fence",
    ];

    #[test]
    fn ordinary_names_are_left_as_they_are() {
        for name in ["O'Brien", "Smith & Co.", "@Home", "Acme, Inc.", "Zoë Ng", "AT&T", "3M", "Dr. Priya Raman"] {
            assert_eq!(text(name), name);
        }
    }

    /// Every string of up to three characters from an alphabet of everything that could start
    /// something, and the hostile examples, render as exactly themselves: in a line, as a link's
    /// text, and at a line's start.
    #[test]
    fn escaped_text_renders_as_itself_mid_line_and_at_a_line_start() {
        const ALPHABET: &[char] = &[
            'a', 'w', '1', ' ', '\\', '`', '*', '_', '~', '[', ']', '(', ')', '!', '<', '>', '&', '#', ';', ':', '/',
            '@', '.', '-', '+', '=', '\n', '|',
        ];
        let mut cases: Vec<String> = HOSTILE.iter().map(|s| (*s).to_owned()).collect();
        for a in ALPHABET {
            cases.push(a.to_string());
            for b in ALPHABET {
                cases.push(format!("{a}{b}"));
                for c in ALPHABET {
                    cases.push(format!("{a}{b}{c}"));
                }
            }
        }
        for case in &cases {
            let shown = html(&case.replace(['\n', '\r'], " "));
            let mid = rendered(&format!("x {} y\n", text(case)));
            assert_eq!(mid, format!("<p>x {shown} y</p>\n"), "{case:?} escaped as {:?}", text(case));
            let label = rendered(&format!("x [{}](y) z\n", text(case)));
            assert_eq!(
                label,
                format!("<p>x <a href=\"y\">{shown}</a> z</p>\n"),
                "{case:?} escaped as {:?}",
                text(case)
            );
            if !case.starts_with([' ', '\n']) {
                let start = rendered(&format!("{} y\n", text(case)));
                assert_eq!(start, format!("<p>{shown} y</p>\n"), "{case:?} escaped as {:?}", text(case));
            }
        }
    }

    #[test]
    fn code_spans_in_a_message_stay_and_the_rest_is_text() {
        let cases = [
            ("`ann@x` is not one email address", "<code>ann@x</code> is not one email address"),
            ("`a`b` <b>bold</b>", "<code>a</code>b` &lt;b&gt;bold&lt;/b&gt;"),
            ("``a`b`` and [x](https://e.example)", "<code>a`b</code> and [x](https://e.example)"),
            ("`x\ny` ![i](https://e.example/i.png)", "<code>x y</code> ![i](https://e.example/i.png)"),
            ("# no heading `#`", "# no heading <code>#</code>"),
        ];
        for (message, expected) in cases {
            let markdown = keeping_code_spans(message);
            assert_eq!(rendered(&format!("{markdown}\n")), format!("<p>{expected}</p>\n"), "{markdown}");
        }
    }
}
