//! Path patterns for the `skip` setting: `*` within one folder, `**` across folders, `?` one
//! character. Small enough that a glob crate would cost more than it saves.

/// A compiled `skip` pattern, matched against paths relative to the notes folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    pattern: String,
}

impl Glob {
    /// A pattern; one without `/` matches a file or folder name at any depth, like .gitignore.
    pub fn new(pattern: &str) -> Glob {
        let p = pattern.trim().trim_start_matches("./").trim_end_matches('/');
        let pattern = if p.contains('/') { p.trim_start_matches('/').to_owned() } else { format!("**/{p}") };
        Glob { pattern }
    }

    /// True when `path`, or a folder that holds it, matches.
    pub fn matches(&self, path: &str) -> bool {
        let ends = path.match_indices('/').map(|(i, _)| i).chain(std::iter::once(path.len()));
        ends.into_iter().any(|end| matches(self.pattern.as_bytes(), &path.as_bytes()[..end]))
    }
}

fn matches(p: &[u8], s: &[u8]) -> bool {
    match p {
        [] => s.is_empty(),
        [b'*', b'*', b'/', rest @ ..] => {
            matches(rest, s) || s.iter().enumerate().any(|(i, &c)| c == b'/' && matches(rest, &s[i + 1..]))
        }
        [b'*', b'*', rest @ ..] => (0..=s.len()).any(|i| matches(rest, &s[i..])),
        [b'*', rest @ ..] => (0..=s.len()).take_while(|&i| i == 0 || s[i - 1] != b'/').any(|i| matches(rest, &s[i..])),
        [b'?', rest @ ..] => !s.is_empty() && s[0] != b'/' && matches(rest, &s[1..]),
        [c, rest @ ..] => s.first() == Some(c) && matches(rest, &s[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for (pattern, path, want) in cases {
            assert_eq!(Glob::new(pattern).matches(path), want, "{pattern} vs {path}");
        }
    }
}
