//! Splits a note into its YAML front matter and its Markdown body.
//!
//! We split ourselves instead of through gray_matter: gray_matter silently drops front matter
//! after a byte-order mark or when the closing `---` is missing, and rebuilds the body so its
//! offsets no longer match the file. Here the body stays a slice of the original text, so every
//! later position is a position in the file, and both of those mistakes become diagnostics.

use crate::diagnostic::{Diagnostic, Position};
use crate::pipeline::parse::yaml::{self, Node, Yaml};

/// A note's front matter (if any) and where its body starts.
#[derive(Debug)]
pub struct Split<'a> {
    /// The front-matter mapping, positions counted from the top of the file.
    pub front: Option<Vec<(String, Node)>>,
    /// The Markdown after the front matter.
    pub body: &'a str,
    /// Byte offset of `body` in the file text.
    pub body_offset: usize,
}

/// Splits `text` (without a byte-order mark) into front matter and body.
///
/// Errors name the line and column in the file: a block that is never closed, YAML that does not
/// parse, or front matter that is not a mapping.
pub fn split<'a>(path: &str, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let Some((yaml_start, fence)) = opening_fence(text) else {
        return Ok(Split { front: None, body: text, body_offset: 0 });
    };
    let Some((yaml_end, body_offset)) = closing_fence(text, yaml_start, fence) else {
        return Err(Diagnostic::error(path, Position::START, "front matter is never closed")
            .with_help(format!("end the front matter with a line that holds only `{fence}`")));
    };
    if fence == "+++" {
        let front = toml_front(path, &text[yaml_start..yaml_end])?;
        return Ok(Split { front: Some(front), body: &text[body_offset..], body_offset });
    }
    let yaml_text = &text[yaml_start..yaml_end];
    // Line numbers inside the YAML block start after the opening fence (line 1).
    let line_shift = 1;
    let mut node = yaml::parse(&crate::text::placeholder::yaml_safe(yaml_text))
        .map_err(|e| yaml_error(path, yaml_text, &e, line_shift))?;
    if has_lone_cr(yaml_text) {
        count_newlines_only(&mut node, yaml_text);
    }
    node.shift(line_shift);
    let front = match node.value {
        Yaml::Map(entries) => entries,
        Yaml::Null => Vec::new(),
        // (Set 53, a bullet journal typed up: `---` over `p.45  DAILY LOG — Thu 26.11` over `---`,
        // a page's header between two rules. Words that name no key are the note's own text; a
        // key that lost its colon, `company Acme`, is front matter written wrong.)
        Yaml::Str(ref words) if !names_a_key(words) => {
            return Ok(Split { front: None, body: text, body_offset: 0 });
        }
        _ => {
            return Err(Diagnostic::error(
                path,
                node.pos,
                format!("front matter must be a mapping of keys to values, found {}", node.describe()),
            )
            .with_help("write one `key: value` per line, such as `company: Acme`"));
        }
    };
    Ok(Split { front: Some(front), body: &text[body_offset..], body_offset })
}

/// Whether a block's first word is a key followup reads in front matter (`company Acme`,
/// `date 2026-11-03`), or the block holds a `key: value` line's colon.
fn names_a_key(words: &str) -> bool {
    let first = words.split_whitespace().next().unwrap_or_default().trim_end_matches([':', '=']).to_lowercase();
    words.contains(": ")
        || crate::pipeline::extract::keys::front_matter(&first).is_some()
        || crate::pipeline::extract::keys::front_matter_near_miss(&first).is_some()
}

/// The byte offset just past an opening `---` (YAML) or `+++` (TOML, as Hugo and Zola write it)
/// line, and the fence, when the file starts with one.
fn opening_fence(text: &str) -> Option<(usize, &'static str)> {
    let first = text.split_inclusive('\n').next()?;
    match first.trim_end() {
        "---" => Some((first.len(), "---")),
        "+++" => Some((first.len(), "+++")),
        _ => None,
    }
}

/// The offsets of the closing fence line's start and of the line after it.
fn closing_fence(text: &str, from: usize, fence: &str) -> Option<(usize, usize)> {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == fence || (fence == "---" && bare == "...") {
            return Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// TOML front matter as the same positioned tree as YAML's. TOML gives no positions for values,
/// so each top-level key's values point at the line that names the key.
fn toml_front(path: &str, toml_text: &str) -> Result<Vec<(String, Node)>, Diagnostic> {
    let table: toml::Table = toml::from_str(toml_text).map_err(|e| {
        let at = e.span().map_or(Position::START, |s| Position::of_offset(toml_text, s.start));
        let pos = Position { line: at.line + 1, column: at.column };
        Diagnostic::error(path, pos, format!("invalid TOML in front matter: {}", e.message().trim()))
            .with_help("TOML front matter is `key = \"value\"` lines between two `+++` lines")
    })?;
    let key_line = |key: &str| -> Position {
        let found = toml_text.lines().enumerate().find(|(_, l)| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
                || l.trim_start_matches('[').strip_prefix(key).is_some_and(|rest| rest.starts_with(']'))
        });
        found.map_or(Position { line: 2, column: 1 }, |(i, _)| Position { line: i + 2, column: 1 })
    };
    Ok(table
        .into_iter()
        .map(|(k, v)| {
            let pos = key_line(&k);
            (k, toml_node(v, pos))
        })
        .collect())
}

fn toml_node(value: toml::Value, pos: Position) -> Node {
    let value = match value {
        toml::Value::String(s) => Yaml::Str(s),
        toml::Value::Integer(i) => Yaml::Int(i),
        toml::Value::Float(f) => Yaml::Float(f),
        toml::Value::Boolean(b) => Yaml::Bool(b),
        toml::Value::Datetime(d) => Yaml::Str(d.to_string()),
        toml::Value::Array(items) => Yaml::Seq(items.into_iter().map(|v| toml_node(v, pos)).collect()),
        toml::Value::Table(t) => Yaml::Map(t.into_iter().map(|(k, v)| (k, toml_node(v, pos))).collect()),
    };
    Node { value, pos }
}

fn yaml_error(path: &str, yaml_text: &str, err: &serde_saphyr::Error, line_shift: usize) -> Diagnostic {
    let loc = err.location().map(|loc| {
        let at = Position { line: loc.line() as usize, column: (loc.column() as usize).max(1) };
        if has_lone_cr(yaml_text) { newline_position(yaml_text, at) } else { at }
    });
    let pos = loc.map_or(Position::START, |at| Position { line: at.line + line_shift, column: at.column });
    let message = yaml_message(err);
    let line = loc.and_then(|at| yaml_text.lines().nth(at.line.saturating_sub(1))).unwrap_or_default();
    if let Some((message, help)) = in_plain_words(&message) {
        return Diagnostic::error(path, pos, message).with_help(help);
    }
    // (`  - "Lori" — from the reporter pool, supervising reporter maybe?`: an item of a list.)
    let item = line.trim_start().strip_prefix("- ").filter(|_| message.contains("trailing content after"));
    let help = match line.split_once(": ") {
        _ if line.starts_with('\t') => "indent with spaces: YAML does not allow tabs there".to_owned(),
        _ if let Some(item) = item => {
            let indent = &line[..line.len() - line.trim_start().len()];
            format!("quote the whole item: `{indent}- '{}'`", item.trim().replace('\'', "''"))
        }
        // `stage: Final: offer received`: the value holds `: `, so it must be quoted.
        Some((key, value)) if message.contains("mapping values") && !value.trim_start().starts_with(['"', '\'']) => {
            format!("quote the value: `{key}: \"{}\"`", value.trim().replace('"', "\\\""))
        }
        // `decision: "before the holidays" (Helene)`: a quoted value ends at its closing quote,
        // so the whole of it goes in single quotes.
        Some((key, value)) if message.contains("trailing content after") => {
            format!("quote the whole value: `{}: '{}'`", key.trim(), value.trim().replace('\'', "''"))
        }
        // `email: ?`: a value that starts with a sign YAML keeps for itself.
        Some((key, value)) if value.trim_start().starts_with(['?', '!', '%', '@', '`', '|', '>']) => {
            format!("quote the value: `{}: \"{}\"`", key.trim(), value.trim().replace('"', "\\\""))
        }
        _ => "front matter is YAML between two `---` lines; quote values that hold `: ` or start with `[`, `{`, `*`, `&` or `#`".to_owned(),
    };
    Diagnostic::error(path, pos, format!("invalid YAML in front matter: {message}")).with_help(help)
}

/// True when `text` ends a line with a lone `\r`, as YAML allows (old Mac files) and the rest of
/// followup, like `str::lines`, does not: the parser's line numbers are then not ours.
fn has_lone_cr(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b'\r' && w[1] != b'\n') || text.ends_with('\r')
}

/// Turns the parser's positions in `yaml_text` into positions that count `\n` only.
fn count_newlines_only(node: &mut Node, yaml_text: &str) {
    if node.pos.line > 0 {
        node.pos = newline_position(yaml_text, node.pos);
    }
    match &mut node.value {
        Yaml::Seq(items) => items.iter_mut().for_each(|n| count_newlines_only(n, yaml_text)),
        Yaml::Map(entries) => entries.iter_mut().for_each(|(_, n)| count_newlines_only(n, yaml_text)),
        _ => {}
    }
}

/// A line and column as YAML counts them in `text` (a line ends at `\n`, `\r\n` or a lone `\r`;
/// 1-based), as `Position::of_offset` counts them (a line ends at `\n`).
fn newline_position(text: &str, yaml: Position) -> Position {
    let bytes = text.as_bytes();
    let (mut line, mut start) = (1, 0);
    for (i, &b) in bytes.iter().enumerate() {
        if line >= yaml.line {
            break;
        }
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            (line, start) = (line + 1, i + 1);
        }
    }
    let rest = &text[start..];
    let offset = rest.char_indices().nth(yaml.column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
    Position::of_offset(text, start + offset)
}

/// The parser's messages that speak of its own settings, said for the person who wrote the note.
fn in_plain_words(message: &str) -> Option<(String, String)> {
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return Some((
            format!("`{key}` is given twice in the front matter"),
            format!("keep one `{key}:` line (a list can hold several values)"),
        ));
    }
    message.starts_with("budget breached").then(|| {
        (
            "the front matter is nested too deeply, or is too large, to be a note's fields".to_owned(),
            "a note's front matter is a few `key: value` lines and short lists".to_owned(),
        )
    })
}

/// The error's own words, without the location serde-saphyr puts in front of them.
fn yaml_message(err: &serde_saphyr::Error) -> String {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or_default();
    let rest = first.strip_prefix("error: ").unwrap_or(first);
    let rest = match rest.strip_prefix("line ") {
        Some(after) => after.split_once(": ").map_or(rest, |(_, msg)| msg),
        None => rest,
    };
    rest.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 11: internal wording ("budget breached: Depth { depth: 65 }", "set
    // DuplicateKeyPolicy in Options") reached users.
    #[test]
    fn the_parsers_own_words_are_said_for_people() {
        let deep = format!("---\nx: {}{}\n---\n", "[".repeat(70), "]".repeat(70));
        let dup = "---\ncompany: A\ncompany: B\n---\n";
        let tab = "---\npeople:\n\t- Ana\n---\n";
        for (text, says, helps) in [
            (deep.as_str(), "nested too deeply", "a few `key: value` lines"),
            (dup, "`company` is given twice in the front matter", "keep one `company:` line"),
            (tab, "invalid YAML in front matter", "indent with spaces"),
        ] {
            let d = split("n.md", text).unwrap_err();
            let shown = d.to_string();
            assert!(d.message.contains(says) && shown.contains(helps), "{shown}");
            assert!(!shown.contains("Depth {") && !shown.contains("Policy") && !shown.contains("Options"), "{shown}");
        }
    }

    #[test]
    fn a_page_header_between_rules_is_the_notes_text_and_a_key_without_its_colon_is_an_error() {
        // Set 53, a bullet journal typed up: the page's header between two rules.
        let journal = "---\np.45  DAILY LOG — Thu 26.11\n---\no 08.00 coffee chat at Motus\n";
        let split_journal = split("j.md", journal).unwrap();
        assert!(split_journal.front.is_none() && split_journal.body_offset == 0, "read as the note's text");
        let d = split("n.md", "---\ncompany Acme\n---\n").unwrap_err();
        assert!(d.message.contains("must be a mapping"), "{d}");
    }

    #[test]
    fn a_quoted_value_with_more_after_it_is_quoted_whole() {
        let d = split("n.md", "---\ncompany: Acme\ndecision: \"before the holidays\" (Helene's)\n---\n").unwrap_err();
        assert_eq!((d.line, d.column), (3, 33), "{d}");
        assert!(
            d.to_string().contains(r#"quote the whole value: `decision: '"before the holidays" (Helene''s)'`"#),
            "{d}"
        );
        // Set 38: an item of a list, its help the whole item quoted.
        let d = split("n.md", "---\ninterviewers:\n  - \"Lori\" — from the reporter pool, maybe?\n---\n").unwrap_err();
        assert_eq!(d.line, 3, "{d}");
        assert!(
            d.to_string().contains(r#"quote the whole item: `  - '"Lori" — from the reporter pool, maybe?'`"#),
            "{d}"
        );
    }

    #[test]
    fn a_note_without_front_matter_is_all_body() {
        let s = split("n.md", "# Hello\n").unwrap();
        assert!(s.front.is_none());
        assert_eq!(s.body, "# Hello\n");
    }

    #[test]
    fn crlf_front_matter_is_read_and_body_offset_points_into_the_file() {
        let text = "---\r\ncompany: Acme\r\n---\r\n# Body\r\n";
        let s = split("n.md", text).unwrap();
        let front = s.front.unwrap();
        assert_eq!(front[0].0, "company");
        assert_eq!(front[0].1.as_text().as_deref(), Some("Acme"));
        assert_eq!(front[0].1.pos.line, 2);
        assert_eq!(&text[s.body_offset..], "# Body\r\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error_at_line_one() {
        let err = split("n.md", "---\ncompany: Acme\n# Body\n").unwrap_err();
        assert_eq!(err.to_string().lines().next().unwrap(), "n.md:1:1: error: front matter is never closed");
    }

    #[test]
    fn yaml_errors_are_counted_from_the_top_of_the_file() {
        let err = split("n.md", "---\ncompany: Acme\npeople: [a, b\nstage: x\n---\n").unwrap_err();
        assert_eq!(err.line, 4, "{err}");
        assert!(err.message.starts_with("invalid YAML in front matter: "), "{err}");
        assert!(!err.message.contains("line"), "{err}");
    }

    #[test]
    fn front_matter_that_is_a_list_is_an_error() {
        let err = split("n.md", "---\n- a\n- b\n---\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.message.contains("found a list"));
    }

    #[test]
    fn toml_front_matter_is_read_too() {
        let text = "+++\ncompany = \"Acme\"\ndate = 2026-10-14\n\n[[interviewers]]\nname = \"Ana Souza\"\nemailed = true\n+++\n# Body\n";
        let s = split("n.md", text).unwrap();
        let front = s.front.unwrap();
        let get = |k: &str| front.iter().find(|(key, _)| key == k).map(|(_, n)| n.clone()).unwrap();
        assert_eq!(get("company").as_text().as_deref(), Some("Acme"));
        assert_eq!(get("company").pos.line, 2);
        assert_eq!(get("date").as_text().as_deref(), Some("2026-10-14"));
        let Yaml::Seq(people) = get("interviewers").value else { panic!("a list") };
        assert_eq!(people[0].pos.line, 5);
        assert_eq!(s.body, "# Body\n");
    }

    #[test]
    fn toml_errors_are_counted_from_the_top_of_the_file() {
        let err = split("n.md", "+++\ncompany = \"Acme\"\ndate = = 1\n+++\n").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
        assert!(err.message.starts_with("invalid TOML in front matter"), "{err}");
        let err = split("n.md", "+++\ncompany = 1\n").unwrap_err();
        assert!(err.help.unwrap().contains("`+++`"));
    }

    #[test]
    fn empty_front_matter_is_an_empty_mapping() {
        let s = split("n.md", "---\n---\nbody").unwrap();
        assert_eq!(s.front.unwrap().len(), 0);
        assert_eq!(s.body, "body");
    }

    // Found by fuzzing (FUZZING.md, target `front_matter`): YAML ends a line at a lone `\r` (old
    // Mac line endings), every other position counts `\n` only, so front matter with lone `\r`s
    // pointed past them: an error at line 85 of a 6-line file, a value at line 4 of a 3-line one.
    #[test]
    fn positions_in_front_matter_with_lone_carriage_returns_count_newlines_only() {
        let s = split("n.md", "---\ncompany: Acme\r\rstage: Final\n---\n").unwrap();
        let front = s.front.unwrap();
        assert_eq!(front[0].1.pos, Position { line: 2, column: 10 });
        assert_eq!(front[1].1.pos, Position { line: 2, column: 23 });
        let d = split("n.md", "---\ncompany: Acme\r\rstage: a: b\n---\n").unwrap_err();
        assert_eq!((d.line, d.column), (2, 24), "{d}");
    }
}
