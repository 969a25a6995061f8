//! Diagnostics: what followup has to say about a user's file, with its location.
//!
//! Every stage that reads user input returns `Diagnostic`s beside its result instead of failing
//! the run. This module owns their shape, their ordering and the one textual form they print in
//! (`path:line:column: level: message`, then an optional `help:` line). Turning byte offsets into
//! 1-based line and column numbers lives here too, so every stage counts them the same way.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a diagnostic is. An error means the note could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The word printed before the message.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One finding about a user's file: where, how serious, what, and how to fix it when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the notes folder, with `/` separators.
    pub path: String,
    /// 1-based line; 0 when the finding is about the whole file.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// True for what a build says about a file it kept (a draft whose note is gone, a dashboard
    /// file of the user's), which only a build can know; false for advice about a note or the
    /// settings, which `check` lists too. `build` prints the first kind and counts the second.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub about_build: bool,
}

impl Diagnostic {
    /// An error at a position in `path`.
    pub fn error(path: &str, pos: Position, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, path, pos, message)
    }

    /// A warning at a position in `path`.
    pub fn warning(path: &str, pos: Position, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, path, pos, message)
    }

    fn new(severity: Severity, path: &str, pos: Position, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.to_owned(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
            help: None,
            about_build: false,
        }
    }

    /// Marks a finding as the build's own (see `about_build`).
    pub fn about_the_build(mut self) -> Diagnostic {
        self.about_build = true;
        self
    }

    /// True for a warning that `check` lists as well: advice about a note or the settings.
    pub fn is_advice(&self) -> bool {
        !self.is_error() && !self.about_build
    }

    /// Adds a `help:` hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line` (or just `path` for whole-file findings), as the dashboard shows it.
    pub fn short_location(&self) -> String {
        if self.line == 0 { self.path.clone() } else { format!("{}:{}", self.path, self.line) }
    }

    /// Sort key: file, then position, then errors before warnings.
    pub fn sort_key(&self) -> (&str, usize, usize, Severity, &str) {
        (&self.path, self.line, self.column, self.severity, &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::printable::printable;
        let (line, column) = (self.line.max(1), self.column.max(1));
        let (path, message) = (printable(&self.path), printable(&self.message));
        write!(f, "{path}:{line}:{column}: {}: {message}", self.severity.as_str())?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {}", printable(help))?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// The diagnostic as a terminal shows it: the message, the file, line and column, the
    /// offending line with a caret under the column, and the help (annotate-snippets draws it).
    /// `source` is the file's text; without it, or for whole-file findings, the plain form.
    pub fn render(&self, source: Option<&str>, colour: bool) -> String {
        use crate::text::printable::{printable, printable_in_place};
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
        let line_text = source.filter(|_| self.line > 0).and_then(|s| s.lines().nth(self.line - 1));
        let Some(line_text) = line_text else { return self.to_string() };
        // Text from the note is shown, never obeyed: same characters, same columns.
        let line_text = printable_in_place(line_text);
        let line_text = line_text.as_ref();
        let (path, message, help) =
            (printable(&self.path), printable(&self.message), self.help.as_deref().map(printable));
        let start = line_text.char_indices().nth(self.column.saturating_sub(1)).map_or(line_text.len(), |(i, _)| i);
        let end = line_text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        let level = if self.is_error() { Level::ERROR } else { Level::WARNING };
        let snippet = Snippet::source(line_text)
            .line_start(self.line)
            .path(path.as_ref())
            .annotation(AnnotationKind::Primary.span(start..end.max(start)));
        let mut group = level.primary_title(message.as_ref()).element(snippet);
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_ref()));
        }
        let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
        renderer.render(&[group])
    }
}

/// Writes diagnostics for a person or a program: on a terminal each with its line and a caret
/// (coloured unless `NO_COLOR` is set), piped as `path:line:column: level: message` lines.
/// `root` is the folder the paths are relative to, to read the offending lines from.
pub fn print_all<'a>(
    out: &mut dyn std::io::Write,
    terminal: bool,
    root: &std::path::Path,
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
) -> std::io::Result<()> {
    let colour = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut files: std::collections::HashMap<String, Option<String>> = std::collections::HashMap::new();
    for d in diagnostics {
        if terminal {
            let source = files
                .entry(d.path.clone())
                .or_insert_with(|| crate::files::read_regular_text(&root.join(&d.path)).ok());
            writeln!(out, "{}", d.render(source.as_deref(), colour))?;
        } else {
            writeln!(out, "{d}")?;
        }
    }
    Ok(())
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The start of the file.
    pub const START: Position = Position { line: 1, column: 1 };

    /// A whole-file position (printed as line 1, shown on the dashboard without a line).
    pub const FILE: Position = Position { line: 0, column: 0 };

    /// The position of byte `offset` in `text`. Offsets past the end clamp to the end, and an
    /// offset inside a multi-byte character points at that character.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = 1 + String::from_utf8_lossy(&before[line_start..]).chars().count();
        Position { line, column }
    }
}

/// Diagnostics as one JSON string, for `#[serde(with = "...")]` in binary records: their
/// JSON form leaves out what is not there, which a format without field names cannot read back.
pub mod as_json {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Diagnostic;

    pub fn serialize<S: Serializer>(diagnostics: &[Diagnostic], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&serde_json::to_string(diagnostics).map_err(serde::ser::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Diagnostic>, D::Error> {
        let json = <std::borrow::Cow<str>>::deserialize(deserializer)?;
        serde_json::from_str(&json).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_one_based_lines_and_character_columns() {
        let text = "ab\nçd\nef";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of_offset(text, 3), Position { line: 2, column: 1 });
        // `ç` is two bytes: the `d` after it is the second character of line 2.
        assert_eq!(Position::of_offset(text, 5), Position { line: 2, column: 2 });
        assert_eq!(Position::of_offset(text, 999), Position { line: 3, column: 3 });
    }

    #[test]
    fn rendered_diagnostics_point_at_the_column_with_a_caret() {
        let d = Diagnostic::error("a.md", Position { line: 2, column: 7 }, "`date` is not a date: `soon`")
            .with_help("write the date as YYYY-MM-DD");
        let text = d.render(Some("---\ndate: soon\n---\n"), false);
        assert!(text.contains("error: `date` is not a date: `soon`"), "{text}");
        assert!(text.contains("a.md:2:7"), "{text}");
        assert!(text.contains("2 | date: soon"), "{text}");
        let caret_line = text.lines().find(|l| l.contains('^')).expect("a caret");
        let bar = caret_line.find('|').unwrap();
        assert_eq!(caret_line.find('^').unwrap() - bar, 1 + 7, "{text}");
        assert!(text.contains("help: write the date as YYYY-MM-DD"), "{text}");
        assert_eq!(d.render(None, false), d.to_string(), "without the file, the plain form");
    }

    #[test]
    fn display_has_path_line_column_level_and_help() {
        let d = Diagnostic::error("a/b.md", Position { line: 4, column: 7 }, "bad `date`")
            .with_help("write it as YYYY-MM-DD");
        assert_eq!(d.to_string(), "a/b.md:4:7: error: bad `date`\n  help: write it as YYYY-MM-DD");
    }
}
