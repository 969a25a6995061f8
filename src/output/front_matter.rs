//! The one change followup ever makes to a note, and only when asked (`followup mark`): setting
//! a front-matter field (`thanked`, `checked_in`, `status`) by editing its text as little as a
//! person would.
//!
//! The line that holds the field (under any of its names: `thank_you_sent:` is `thanked`) gets
//! the new value, keeping its key as written, its spacing and a trailing comment; a field the
//! note does not give gets a line of its own at the end of the front matter (under Zola's
//! `[extra]` when the note keeps its fields there). Every other byte stays: comments, key order,
//! quoting, CRLF line endings, a byte-order mark. A note without front matter gets one. Whether
//! the note still reads as it did, with only that field changed, is for the caller to check by
//! reading the result (`commands::mark` does).

use crate::pipeline::extract::keys::{self, Field};

/// A field `mark` sets, and the value to write, already in the form it is written in: a date
/// (`2026-10-15`), `true`, or a status word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Setting {
    pub field: Field,
    pub value: String,
}

impl Setting {
    /// The field's own key: written when the note does not give the field yet, and what `mark`
    /// says it set.
    pub(crate) fn key(&self) -> &'static str {
        match self.field {
            Field::Thanked => "thanked",
            Field::CheckedIn => "checked_in",
            _ => "status",
        }
    }

    /// The value as a TOML value: dates and booleans as they are, a status as a string.
    fn toml_value(&self) -> String {
        if self.field == Field::Status {
            format!("\"{}\"", self.value.replace('\\', "\\\\").replace('"', "\\\""))
        } else {
            self.value.clone()
        }
    }
}

/// The syntax of a note's front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Yaml,
    Toml,
}

/// `text` with each of `settings` written into its front matter.
///
/// # Errors
/// When the front matter is never closed (the caller reads the note first, and refuses a
/// broken one with its own diagnostic).
pub(crate) fn set(text: &str, settings: &[Setting]) -> Result<String, &'static str> {
    let (bom, text) = text.strip_prefix('\u{feff}').map_or(("", text), |t| ("\u{feff}", t));
    let newline = if text.split('\n').next().is_some_and(|l| l.ends_with('\r')) { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = split_keeping_ends(text);
    let first = lines.first().map(|l| l.trim_end().to_owned()).unwrap_or_default();
    let syntax = match first.as_str() {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => {
            let fields: String = settings.iter().map(|s| format!("{}: {}{newline}", s.key(), s.value)).collect();
            return Ok(format!("{bom}---{newline}{fields}---{newline}{text}"));
        }
    };
    let closing = |lines: &[String]| {
        lines.iter().skip(1).position(|l| {
            let l = l.trim_end();
            l == first || (syntax == Syntax::Yaml && l == "...")
        })
    };
    closing(&lines).ok_or("its front matter is never closed")?;
    for setting in settings {
        let close = closing(&lines).map_or(lines.len(), |i| i + 1);
        match find(&lines[1..close], syntax, setting.field) {
            Some(at) => {
                let at = at + 1;
                let value = if syntax == Syntax::Toml { setting.toml_value() } else { setting.value.clone() };
                let (line, continued) = replaced(&lines[at], &lines[at + 1..close], syntax, &value);
                lines.splice(at..at + 1 + continued, [line]);
            }
            None => {
                let (at, line) = insertion(&lines[..close], syntax, setting, newline);
                lines.insert(at, line);
            }
        }
    }
    Ok(format!("{bom}{}", lines.concat()))
}

/// The lines of `text`, each with its line ending; a last line without one stays without.
fn split_keeping_ends(text: &str) -> Vec<String> {
    text.split_inclusive('\n').map(str::to_owned).collect()
}

/// The front matter's line (index into `front`) that gives `field`, at the top level or, in
/// TOML, in an `[extra]` or `[params]` table.
fn find(front: &[String], syntax: Syntax, field: Field) -> Option<usize> {
    let mut table_ok = true;
    front.iter().position(|line| {
        if syntax == Syntax::Toml {
            let t = line.trim();
            if t.starts_with('[') {
                table_ok = matches!(t, "[extra]" | "[params]");
                return false;
            }
            if !table_ok {
                return false;
            }
        }
        key_of(line, syntax).is_some_and(|key| names(&key, field))
    })
}

/// The key a line gives, as the reader normalises it (lower case, `_` between words); `None`
/// for an indented, comment or list line.
fn key_of(line: &str, syntax: Syntax) -> Option<String> {
    if line.starts_with(char::is_whitespace) || line.starts_with(['#', '-', '[']) {
        return None;
    }
    let separator = if syntax == Syntax::Yaml { ':' } else { '=' };
    let (key, rest) = line.split_once(separator)?;
    if syntax == Syntax::Yaml && !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let key = key.trim().trim_matches(['"', '\'']);
    Some(key.to_lowercase().replace(['-', ' '], "_"))
}

fn names(key: &str, field: Field) -> bool {
    keys::front_matter(key) == Some(field)
}

/// The line giving `value` in place of the old one (its key, separator and spacing as written,
/// and a trailing comment kept), and how many of the `following` lines belonged to the old
/// value (a YAML block or a list under the key) and go with it.
fn replaced(line: &str, following: &[String], syntax: Syntax, value: &str) -> (String, usize) {
    let ending = &line[line.trim_end_matches(['\r', '\n']).len()..];
    let body = line.trim_end_matches(['\r', '\n']);
    let separator = if syntax == Syntax::Yaml { ':' } else { '=' };
    let split = body.find(separator).expect("a key line has its separator") + 1;
    let (head, old) = body.split_at(split);
    let spaces = &old[..old.len() - old.trim_start().len()];
    let spaces = if spaces.is_empty() { " " } else { spaces };
    let comment = comment_of(old.trim_start()).map(|c| format!(" {c}")).unwrap_or_default();
    let continued = if syntax == Syntax::Yaml {
        following.iter().take_while(|l| l.starts_with(char::is_whitespace) || l.trim().is_empty()).count()
    } else {
        0
    };
    // Blank lines after a block belong to what follows it.
    let continued = following[..continued].iter().rposition(|l| !l.trim().is_empty()).map_or(0, |i| i + 1);
    (format!("{head}{spaces}{value}{comment}{ending}"), continued)
}

/// A trailing `# comment` after a value, outside quotes.
fn comment_of(value: &str) -> Option<&str> {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in value.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if previous.is_whitespace() => return Some(&value[i..]),
            _ => {}
        }
        previous = c;
    }
    None
}

/// Where a new line for `setting` goes, and the line: after the last field of the front matter
/// (in TOML, of its `[extra]` table when the note keeps its fields there, else before the first
/// table), with the note's own capitalisation of keys.
fn insertion(lines: &[String], syntax: Syntax, setting: &Setting, newline: &str) -> (usize, String) {
    let keys: Vec<&String> = lines[1..].iter().filter(|l| key_of(l, syntax).is_some()).collect();
    let capitalised = !keys.is_empty() && keys.iter().all(|l| l.starts_with(char::is_uppercase));
    let mut key = setting.key().to_owned();
    if capitalised {
        key[..1].make_ascii_uppercase();
    }
    match syntax {
        Syntax::Yaml => {
            let at = lines.len() - lines.iter().rev().take_while(|l| l.trim().is_empty()).count();
            (at.max(1), format!("{key}: {}{newline}", setting.value))
        }
        Syntax::Toml => {
            let line = format!("{key} = {}{newline}", setting.toml_value());
            let extra = lines.iter().position(|l| matches!(l.trim(), "[extra]" | "[params]"));
            let end_of = |from: usize| {
                let next_table =
                    lines[from..].iter().position(|l| l.trim().starts_with('[')).map_or(lines.len(), |i| i + from);
                next_table - lines[from..next_table].iter().rev().take_while(|l| l.trim().is_empty()).count()
            };
            let date_in_extra = extra.is_some_and(|e| {
                let end = end_of(e + 1);
                lines[e + 1..end].iter().any(|l| key_of(l, syntax).is_some_and(|k| names(&k, Field::Date)))
            });
            match extra {
                Some(e) if date_in_extra => (end_of(e + 1), line),
                _ => (end_of(1), line),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thanked(on: &str) -> Setting {
        Setting { field: Field::Thanked, value: on.to_owned() }
    }

    fn status(s: &str) -> Setting {
        Setting { field: Field::Status, value: s.to_owned() }
    }

    #[test]
    fn a_missing_field_is_a_new_line_at_the_end_of_the_front_matter() {
        let note = "---\ncompany: Acme # the old name\ndate: 2026-10-14\n\n---\nbody\n";
        assert_eq!(
            set(note, &[thanked("2026-10-15")]).unwrap(),
            "---\ncompany: Acme # the old name\ndate: 2026-10-14\nthanked: 2026-10-15\n\n---\nbody\n"
        );
    }

    #[test]
    fn a_given_field_is_replaced_in_place_under_its_own_name() {
        let note =
            "---\nThank_You_Sent:   false   # not yet\nstatus: >\n  waiting for\n  them\n\ndate: 2026-10-14\n---\n";
        assert_eq!(
            set(note, &[thanked("2026-10-15"), status("advanced")]).unwrap(),
            "---\nThank_You_Sent:   2026-10-15 # not yet\nstatus: advanced\n\ndate: 2026-10-14\n---\n"
        );
    }

    #[test]
    fn crlf_and_a_byte_order_mark_stay() {
        let note = "\u{feff}---\r\ncompany: Acme\r\n---\r\nbody\r\n";
        assert_eq!(
            set(note, &[thanked("2026-10-15")]).unwrap(),
            "\u{feff}---\r\ncompany: Acme\r\nthanked: 2026-10-15\r\n---\r\nbody\r\n"
        );
    }

    #[test]
    fn a_note_without_front_matter_gets_one() {
        assert_eq!(set("# Acme\n", &[thanked("2026-10-15")]).unwrap(), "---\nthanked: 2026-10-15\n---\n# Acme\n");
    }

    #[test]
    fn capitalised_keys_get_a_capitalised_key() {
        let note = "---\nCompany: Acme\nDate: 2026-10-14\n---\n";
        assert_eq!(
            set(note, &[status("offer")]).unwrap(),
            "---\nCompany: Acme\nDate: 2026-10-14\nStatus: offer\n---\n"
        );
    }

    #[test]
    fn toml_fields_go_where_the_note_keeps_them() {
        let top = "+++\ntitle = \"Acme\"\ndate = 2026-10-14\n\n[taxonomies]\ntags = [\"x\"]\n+++\n";
        assert_eq!(
            set(top, &[status("rejected")]).unwrap(),
            "+++\ntitle = \"Acme\"\ndate = 2026-10-14\nstatus = \"rejected\"\n\n[taxonomies]\ntags = [\"x\"]\n+++\n"
        );
        let zola = "+++\ntitle = \"Acme\"\n[extra]\ncompany = \"Acme\"\ndate = 2026-10-14\nthanked = false\n+++\n";
        assert_eq!(
            set(zola, &[thanked("2026-10-15"), Setting { field: Field::CheckedIn, value: "2026-10-28".into() }])
                .unwrap(),
            "+++\ntitle = \"Acme\"\n[extra]\ncompany = \"Acme\"\ndate = 2026-10-14\nthanked = 2026-10-15\nchecked_in = 2026-10-28\n+++\n"
        );
    }

    #[test]
    fn an_unclosed_front_matter_is_refused() {
        assert!(set("---\ncompany: Acme\n", &[thanked("2026-10-15")]).is_err());
    }

    #[test]
    fn comments_are_found_outside_quotes_only() {
        assert_eq!(comment_of("\"a # b\" # c"), Some("# c"));
        assert_eq!(comment_of("a#b"), None);
    }
}
