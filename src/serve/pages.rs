//! The pages the server shows: the dashboard as the build wrote it, with the server's script and
//! buttons added; each draft, message by message, with Copy, Open in mail app and Mark buttons;
//! each note, read-only. Every page lists the notes that cannot be read, and carries what its
//! script needs (`Data`): the run's token, the build it shows, the files it shows, and the
//! version of each note it can mark.
//!
//! Nothing from a note reaches a page as markup: Markdown goes through comrak, which omits raw
//! HTML, and every other text is escaped.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::guard::Guard;
use super::live::{ERRORS, Live};
use crate::commands::mark::version_of;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::pipeline::scan::{self, DASHBOARD_HTML};
use crate::render::markdown_to_html;

/// What a page's script (`serve.js`) is told, as JSON in the page.
#[derive(Debug, Serialize)]
struct Data<'a> {
    token: &'a str,
    /// The run that rendered the page (a page of an earlier run reloads).
    run: &'a str,
    /// The build the page shows.
    generation: u64,
    /// The files the page shows: it reloads when one changes.
    keys: Vec<String>,
    /// The version of each note the page can mark, by path (`mark::version_of`).
    versions: BTreeMap<String, String>,
    /// The statuses a note can be marked with.
    statuses: &'static [&'static str],
}

impl Data<'_> {
    /// The data as a `<script>` element that is never run; `<` is escaped so that nothing in
    /// it can end the element.
    fn element(&self) -> String {
        let json = serde_json::to_string(self).expect("serializes").replace('<', "\\u003c");
        format!("<script type=\"application/json\" id=\"followup-serve\">{json}</script>")
    }
}

fn data<'a>(guard: &'a Guard, live: &Live, keys: Vec<String>, versions: BTreeMap<String, String>) -> Data<'a> {
    Data {
        token: &guard.token,
        run: &guard.run,
        generation: live.generation,
        keys,
        versions,
        statuses: crate::pipeline::plan::status::KNOWN,
    }
}

/// The version of each note in `rels` that can be read now.
fn versions<'r>(root: &Path, rels: impl IntoIterator<Item = &'r str>) -> BTreeMap<String, String> {
    rels.into_iter()
        .filter_map(|rel| Some((rel.to_owned(), version_of(&std::fs::read(root.join(rel)).ok()?))))
        .collect()
}

/// The dashboard the last build wrote, served: its own policy and inline script give way to
/// the server's (the same script, from `/_/dashboard.js`, and `serve.js`).
///
/// # Errors
/// When `dashboard.html` cannot be read (the first build has not written it yet).
pub fn dashboard(root: &Path, live: &Live, guard: &Guard) -> std::io::Result<String> {
    let html = match &live.dashboard {
        Some(page) => without_policy_and_inline_scripts(page),
        None => without_policy_and_inline_scripts(&std::fs::read_to_string(root.join(DASHBOARD_HTML))?),
    };
    let notes = linked_notes(&html);
    // Not the notes: the page follows each build's changes (`patch`), their versions included,
    // and the address of its event stream must stay short at thousands of notes.
    let keys = vec![DASHBOARD_HTML.to_owned(), ERRORS.to_owned()];
    let data = data(guard, live, keys, versions(root, notes.iter().map(String::as_str)));
    let banner = errors_banner(live.errors().values().flatten());
    let top = format!("{}{banner}", bar(&[]));
    let scripts =
        format!("{}<script src=\"/_/dashboard.js\"></script><script src=\"/_/serve.js\"></script>", data.element());
    Ok(insert_around_body(&html, &top, &scripts))
}

/// `html` without its `<meta http-equiv="Content-Security-Policy">` (the server sends its own
/// policy, as a header) and without inline scripts (the policy allows only the server's).
fn without_policy_and_inline_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    loop {
        let meta = rest.find("<meta http-equiv=\"Content-Security-Policy\"");
        let script = rest.find("<script>");
        let Some(at) = meta.into_iter().chain(script).min() else { break };
        out.push_str(&rest[..at]);
        let end = if Some(at) == script { "</script>" } else { ">" };
        match rest[at..].find(end) {
            Some(len) => rest = &rest[at + len + end.len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out.replacen("</head>", "<link rel=\"stylesheet\" href=\"/_/serve.css\">\n</head>", 1)
}

/// `top` right after `<body>` and `bottom` right before `</body>`.
fn insert_around_body(html: &str, top: &str, bottom: &str) -> String {
    let mut out = html.to_owned();
    match out.find("<body>") {
        Some(at) => out.insert_str(at + "<body>".len(), top),
        None => out.insert_str(0, top),
    }
    match out.rfind("</body>") {
        Some(at) => out.insert_str(at, bottom),
        None => out.push_str(bottom),
    }
    out
}

/// The notes the dashboard links to, directly or through their drafts, as paths.
fn linked_notes(html: &str) -> Vec<String> {
    let mut notes: Vec<String> = html
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| !href.contains(':') && !href.starts_with('#') && !href.starts_with('/'))
        .filter_map(|href| {
            percent_encoding::percent_decode_str(&unescape(href)).decode_utf8().ok().map(|s| s.into_owned())
        })
        .filter(|rel| scan::is_note_name(rel))
        .map(|rel| if rel.ends_with(scan::DRAFT_SUFFIX) { scan::note_of_draft(&rel) } else { rel })
        .collect();
    notes.sort();
    notes.dedup();
    notes
}

/// An attribute value as written by comrak, unescaped.
fn unescape(value: &str) -> String {
    value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">")
}

/// A draft, message by message: the plan, then each message with its buttons.
///
/// # Errors
/// When the draft cannot be read.
pub fn draft(config: &Config, draft_rel: &str, live: &Live, guard: &Guard) -> std::io::Result<String> {
    let root = &config.notes_dir;
    let text = crate::files::read_regular_text(&root.join(draft_rel))?;
    let note_rel = scan::note_of_draft(draft_rel);
    let emails = emails_of(config, &note_rel, draft_rel, &text);
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.starts_with("## ")).map(|(i, _)| i).collect();
    let plan_end = starts.first().copied().unwrap_or(lines.len());
    // The fingerprint line is for followup, not for the reader.
    let plan: Vec<&str> = lines[..plan_end].iter().copied().filter(|l| !l.starts_with("<!-- followup draft")).collect();
    let mut main = markdown_to_html(&plan.join("\n"));
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let section = &lines[start..end];
        let sent = emails.iter().find(|s| s.line == start + 1);
        let copy = sent.map_or_else(|| crate::letters::readback::body(&section[1..]), |s| s.body.clone());
        let mut shown: Vec<&str> =
            section.iter().copied().filter(|l| !l.starts_with("[Open this email in your mail app]")).collect();
        // The rule between messages: each is a box of its own here.
        while shown.last().is_some_and(|l| l.trim().is_empty() || l.trim() == "---") {
            shown.pop();
        }
        let mut tools = String::from("<button type=\"button\" data-copy>Copy</button>");
        if let Some(s) = sent {
            let url = crate::letters::mail::mailto(&s.to_email, &s.subject, &s.body);
            tools.push_str(&format!(" <a class=\"button\" href=\"{}\">Open in mail app</a>", escape(&url)));
        }
        let check_in = section[0].starts_with("## Check-in");
        tools.push_str(&mark_button(&note_rel, check_in));
        main.push_str(&format!(
            "<section class=\"followup-message\"><div class=\"followup-tools\">{tools}</div>\n{}<textarea class=\"followup-text\" hidden readonly>{}</textarea></section>\n",
            markdown_to_html(&shown.join("\n")),
            escape(&copy),
        ));
    }
    let keys = vec![draft_rel.to_owned(), note_rel.clone(), ERRORS.to_owned()];
    let data = data(guard, live, keys, versions(root, [note_rel.as_str()]));
    let errors = errors_banner(live.errors().get(&note_rel).into_iter().flatten());
    let title = lines.iter().find_map(|l| l.strip_prefix("# ")).unwrap_or(draft_rel);
    let links = [("the note", format!("/{}", url_path(&note_rel)))];
    Ok(page(title, &bar(&links), &errors, &main, &data))
}

/// The emails of the draft as it is now, read back as `export eml` reads them; none when the
/// note cannot be read.
fn emails_of(config: &Config, note_rel: &str, draft_rel: &str, text: &str) -> Vec<crate::letters::readback::Sent> {
    let Some(stamp) = scan::Stamp::of(&config.notes_dir.join(note_rel)) else { return Vec::new() };
    let entry = scan::Entry::from_stamp(&config.notes_dir, note_rel, stamp);
    let (crate::pipeline::Loaded::Note(planned), _) = crate::pipeline::load(&entry, config) else { return Vec::new() };
    let context = crate::letters::context::draft_context(&planned, config);
    crate::letters::readback::read_draft(draft_rel, text, &context).sent
}

/// The button that records in the note that the thank-yous (or the check-in) were sent.
fn mark_button(note_rel: &str, check_in: bool) -> String {
    let (field, label) =
        if check_in { ("checked_in", "Mark check-in sent") } else { ("thanked", "Mark thank-yous sent") };
    format!(" <button type=\"button\" data-mark=\"{field}\" data-note=\"{}\">{label}</button>", escape(note_rel))
}

/// A note, read-only: its front matter as it is written, its body rendered.
///
/// # Errors
/// When the note cannot be read.
pub fn note(config: &Config, rel: &str, live: &Live, guard: &Guard) -> std::io::Result<String> {
    let text = crate::files::read_regular_text(&config.notes_dir.join(rel))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let (front, body) = split_front_matter(text);
    let mut main = String::new();
    if !front.is_empty() {
        main.push_str(&format!("<pre class=\"front-matter\"><code>{}</code></pre>\n", escape(front)));
    }
    main.push_str(&markdown_to_html(body));
    let draft_rel = scan::draft_path(rel);
    let mut links = Vec::new();
    if config.notes_dir.join(&draft_rel).is_file() {
        links.push(("its draft", format!("/{}", url_path(&draft_rel))));
    }
    let keys = vec![rel.to_owned(), ERRORS.to_owned()];
    let data = data(guard, live, keys, BTreeMap::new());
    let errors = errors_banner(live.errors().get(rel).into_iter().flatten());
    Ok(page(rel, &bar(&links), &errors, &main, &data))
}

/// The front matter (between `---` or `+++` lines at the top, fences included) and the rest.
fn split_front_matter(text: &str) -> (&str, &str) {
    let first = text.lines().next().unwrap_or("").trim_end();
    if first != "---" && first != "+++" {
        return ("", text);
    }
    let mut at = text.find('\n').map_or(text.len(), |i| i + 1);
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        let line = text[at..end].trim_end();
        if line == first || (first == "---" && line == "...") {
            return (&text[..end], &text[end..]);
        }
        at = end;
    }
    ("", text)
}

/// A page of the server's own: the theme's style, the bar, the errors, the content.
fn page(title: &str, bar: &str, errors: &str, main: &str, data: &Data<'_>) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} · followup</title>\n<link rel=\"stylesheet\" href=\"/_/style.css\">\n<link rel=\"stylesheet\" href=\"/_/serve.css\">\n</head>\n<body>{bar}{errors}\n<main>\n{main}</main>\n{}<script src=\"/_/serve.js\"></script>\n</body>\n</html>\n",
        escape(title),
        data.element()
    )
}

/// The bar at the top of every page: back to the dashboard, `links`, and where the script says
/// whether the page is live.
fn bar(links: &[(&str, String)]) -> String {
    let mut out = String::from("<nav class=\"followup-bar\"><a href=\"/\">Dashboard</a>");
    for (label, href) in links {
        out.push_str(&format!(" · <a href=\"{}\">{}</a>", escape(href), escape(label)));
    }
    out.push_str(" <span class=\"followup-live\" role=\"status\"></span></nav>\n");
    out
}

/// The notes that cannot be read, file:line:column and what is wrong, until they are fixed.
fn errors_banner<'d>(errors: impl Iterator<Item = &'d Diagnostic>) -> String {
    let items: Vec<String> = errors.map(|d| format!("<li><code>{}</code></li>", escape(&d.to_string()))).collect();
    if items.is_empty() {
        return String::new();
    }
    format!(
        "<section class=\"followup-errors\" role=\"alert\"><strong>{} cannot be read</strong> (the last good draft is kept until it is fixed):<ul>{}</ul></section>\n",
        if items.len() == 1 { "A note" } else { "Some notes" },
        items.concat()
    )
}

/// A path as a URL path: each part percent-encoded.
fn url_path(rel: &str) -> String {
    crate::text::percent::encode(rel, crate::text::percent::PATH)
}

/// Text for HTML text or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_own_policy_and_inline_script_give_way_to_the_servers() {
        let html = "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'sha256-x'\">\n<title>t</title>\n</head>\n<body><main>x</main>\n<script>alert(1)</script>\n</body>";
        let served = without_policy_and_inline_scripts(html);
        assert!(!served.contains("Content-Security-Policy") && !served.contains("alert"), "{served}");
        assert!(served.contains("<title>t</title>") && served.contains("<main>x</main>"));
        assert!(served.contains("/_/serve.css"));
    }

    #[test]
    fn the_dashboards_notes_are_found_through_their_links() {
        let html = r#"<a href="acme/2026-10-01.followup.md">draft</a> <a href="acme/2026-10-01.md">Acme</a> <a href="b%20c/x.md">B</a> <a href="mailto:a@b.example">a</a> <a href="https://x.example/y.md">y</a>"#;
        assert_eq!(linked_notes(html), ["acme/2026-10-01.md", "b c/x.md"]);
    }

    #[test]
    fn the_data_cannot_end_its_element() {
        let guard = Guard { address: "127.0.0.1:1".parse().unwrap(), token: "t".to_owned(), run: "r".to_owned() };
        let keys = vec!["</script><script>alert(1)</script>".to_owned()];
        let element = data(&guard, &Live::default(), keys, BTreeMap::new()).element();
        assert_eq!(element.matches("</script>").count(), 1, "{element}");
    }

    #[test]
    fn front_matter_is_split_from_the_body() {
        assert_eq!(split_front_matter("---\na: 1\n---\nbody\n"), ("---\na: 1\n---\n", "body\n"));
        assert_eq!(split_front_matter("+++\na = 1\n+++\nbody"), ("+++\na = 1\n+++\n", "body"));
        assert_eq!(split_front_matter("no front matter\n---\n"), ("", "no front matter\n---\n"));
        assert_eq!(split_front_matter("---\nnever closed\n"), ("", "---\nnever closed\n"));
    }

    #[test]
    fn errors_show_file_line_and_column_escaped() {
        let d = Diagnostic::error("a.md", crate::diagnostic::Position { line: 3, column: 7 }, "bad <b>key</b>");
        let html = errors_banner([d].iter());
        assert!(html.contains("a.md:3:7: error: bad &lt;b&gt;key&lt;/b&gt;"), "{html}");
    }
}
