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
        }
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
        let (line, column) = (self.line.max(1), self.column.max(1));
        write!(f, "{}:{line}:{column}: {}: {}", self.path, self.severity.as_str(), self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
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
    fn display_has_path_line_column_level_and_help() {
        let d = Diagnostic::error("a/b.md", Position { line: 4, column: 7 }, "bad `date`")
            .with_help("write it as YYYY-MM-DD");
        assert_eq!(d.to_string(), "a/b.md:4:7: error: bad `date`\n  help: write it as YYYY-MM-DD");
    }
}
