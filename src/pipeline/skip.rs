//! The `skip` setting of followup.toml: gitignore-style patterns for Markdown files under the
//! notes folder that are not interview notes.
//!
//! The patterns are compiled by the `ignore` crate (ripgrep's), so they mean what they mean in a
//! `.gitignore`: `*`, `?` and `[abc]` within one folder name, `**` across folders, a pattern
//! without a `/` matching a name at any depth, a leading `/` (or a `/` inside) anchoring it to
//! the notes folder, a trailing `/` matching folders only, a later `!pattern` taking a path back,
//! and as in git, nothing inside a skipped folder can be taken back.

use std::path::Path;

use ignore::gitignore::{Gitignore, GitignoreBuilder};

/// The compiled `skip` patterns, matched against paths relative to the notes folder.
#[derive(Debug, Clone)]
pub struct Skip {
    patterns: Gitignore,
}

impl Default for Skip {
    fn default() -> Skip {
        Skip { patterns: Gitignore::empty() }
    }
}

/// A `skip` pattern that is not a pattern, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPattern {
    /// The pattern as written.
    pub pattern: String,
    /// Which of the patterns it is.
    pub index: usize,
    pub reason: String,
}

impl Skip {
    /// The patterns in the order written: for a path that several match, the last one decides.
    ///
    /// # Errors
    /// The first pattern that does not compile (such as `a[z-a]` or `{a,b`).
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Skip, BadPattern> {
        let mut builder = GitignoreBuilder::new("");
        for (index, pattern) in patterns.iter().enumerate() {
            let pattern = pattern.as_ref();
            // A leading `./` has always been dropped (`./archive` is `archive`), where git
            // would read it as a folder named `.`: kept so that no one's notes change.
            let line = pattern.trim();
            let line = line.strip_prefix("./").unwrap_or(line);
            builder.add_line(None, line).map_err(|e| BadPattern {
                pattern: pattern.to_owned(),
                index,
                reason: reason(&e),
            })?;
        }
        let patterns =
            builder.build().map_err(|e| BadPattern { pattern: String::new(), index: 0, reason: reason(&e) })?;
        Ok(Skip { patterns })
    }

    /// True when the file at `path` is skipped: matched itself, or inside a skipped folder.
    pub fn matches(&self, path: &str) -> bool {
        self.skipped(path, false)
    }

    /// Like `matches`, for a folder at `path`.
    pub fn matches_folder(&self, path: &str) -> bool {
        self.skipped(path, true)
    }

    fn skipped(&self, path: &str, is_dir: bool) -> bool {
        if self.patterns.is_empty() {
            return false;
        }
        // Git does not look into a folder it ignores, so a `!` never takes back what is in one:
        // the folders are tried from the top down before the path itself.
        let folders = path.match_indices('/').map(|(i, _)| &path[..i]);
        folders.into_iter().any(|folder| self.patterns.matched(Path::new(folder), true).is_ignore())
            || self.patterns.matched(Path::new(path), is_dir).is_ignore()
    }
}

/// The `ignore` crate's message without the pattern it repeats (the caller names it).
fn reason(error: &ignore::Error) -> String {
    match error {
        ignore::Error::Glob { err, .. } => err.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(patterns: &[&str]) -> Skip {
        Skip::new(patterns).unwrap()
    }

    #[test]
    fn patterns_match_like_gitignore() {
        let cases = [
            ("templates", "templates/note.md", true),
            ("README.md", "acme/README.md", true),
            ("*.draft.md", "acme/x.draft.md", true),
            ("archive/*.md", "archive/old.md", true),
            ("archive/*.md", "acme/archive/old.md", false),
            ("**/private/**", "a/private/b.md", true),
            ("a?c.md", "abc.md", true),
            ("a?c.md", "a/c.md", false),
            ("notes.md", "notes.md.bak", false),
            ("./archive", "archive/old.md", true),
            ("./archive", "acme/archive/old.md", true),
        ];
        for (pattern, path, want) in cases {
            assert_eq!(skip(&[pattern]).matches(path), want, "{pattern} vs {path}");
        }
    }

    #[test]
    fn a_later_negation_takes_a_file_back() {
        let patterns = skip(&["*.md", "!keep.md"]);
        assert!(patterns.matches("acme/other.md"));
        assert!(!patterns.matches("acme/keep.md"));
        assert!(!patterns.matches("keep.md"));
        // The last pattern that matches decides.
        assert!(skip(&["!keep.md", "*.md"]).matches("keep.md"));
    }

    #[test]
    fn nothing_inside_a_skipped_folder_can_be_taken_back() {
        let patterns = skip(&["archive", "!archive/keep.md"]);
        assert!(patterns.matches("archive/keep.md"));
        // Skipping the folder's contents, not the folder, leaves room for exceptions, as in git.
        let patterns = skip(&["archive/*", "!archive/keep.md"]);
        assert!(patterns.matches("archive/old.md"));
        assert!(!patterns.matches("archive/keep.md"));
    }

    #[test]
    fn classes_match_one_character_of_a_set_or_range() {
        let patterns = skip(&["draft-[abc].md", "v[0-9].md", "x[!0-9].md"]);
        assert!(patterns.matches("draft-a.md") && patterns.matches("acme/draft-c.md"));
        assert!(!patterns.matches("draft-d.md"));
        assert!(patterns.matches("v7.md") && !patterns.matches("vx.md"));
        assert!(patterns.matches("xy.md") && !patterns.matches("x1.md"));
    }

    #[test]
    fn a_leading_slash_anchors_a_pattern_to_the_notes_folder() {
        let anchored = skip(&["/templates"]);
        assert!(anchored.matches("templates/a.md"));
        assert!(!anchored.matches("acme/templates/a.md"));
        let unanchored = skip(&["templates"]);
        assert!(unanchored.matches("templates/a.md") && unanchored.matches("acme/templates/a.md"));
    }

    #[test]
    fn a_trailing_slash_matches_folders_only() {
        let patterns = skip(&["drafts/"]);
        assert!(patterns.matches("drafts/a.md"));
        assert!(patterns.matches("acme/drafts/a.md"));
        assert!(patterns.matches_folder("acme/drafts"));
        assert!(!patterns.matches("acme/drafts"), "a file named drafts is not a folder");
        assert!(skip(&["drafts"]).matches("acme/drafts"));
    }

    #[test]
    fn double_stars_cross_folders() {
        let patterns = skip(&["acme/**/old.md"]);
        assert!(patterns.matches("acme/old.md") && patterns.matches("acme/a/b/old.md"));
        assert!(!patterns.matches("globex/a/old.md"));
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_named_with_the_reason() {
        let err = Skip::new(&["templates", "a[z-a].md"]).unwrap_err();
        assert_eq!((err.pattern.as_str(), err.index), ("a[z-a].md", 1));
        assert!(err.reason.contains("range"), "{}", err.reason);
    }

    #[test]
    fn no_patterns_skip_nothing() {
        assert!(!Skip::default().matches("a.md"));
        assert!(!Skip::new::<&str>(&[]).unwrap().matches("a/b.md"));
    }
}
