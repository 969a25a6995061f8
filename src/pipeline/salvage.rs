//! What a broken note still says plainly.
//!
//! When a note's front matter cannot be read as a whole (a stray colon, a tab, a bracket never
//! closed), its own unindented `company`, `date`, `thanked`, `checked_in` and `status` lines
//! are read on their own, by the same parser and extractor. The agenda uses what they say, so
//! that an overdue thank-you stays in `status` with the fix the note needs beside it, instead
//! of dropping out. Nothing salvaged reaches a draft, the dashboard or the record.

use std::path::Path;

use super::extract::{self, Outcome};
use super::plan::{self, Planned};
use super::scan::{self, Entry, Source};
use crate::config::Config;

/// The keys read from a broken note: enough to know what is due, and whether it was done.
const KEYS: &[&str] = &["company", "date", "thanked", "checked_in", "status"];

/// The plan of what the note `rel` still says plainly, when that includes its date; `None` for
/// a note that cannot be read at all, or whose date line is itself what is broken.
pub fn salvage(root: &Path, rel: &str, config: &Config) -> Option<Planned> {
    let abs = root.join(rel);
    let meta = std::fs::symlink_metadata(&abs).ok().filter(std::fs::Metadata::is_file)?;
    let entry = Entry { rel: rel.to_owned(), abs, size: meta.len(), modified: None };
    let source = scan::Source { writer: config.sender.name.clone(), ..scan::read(&entry).ok()? };
    let text = plain_lines(&source.text)?;
    let source =
        Source { rel: source.rel, text, saved: source.saved, day_first: source.day_first, writer: source.writer };
    let doc = super::parse::parse(&source).ok()?;
    match extract::extract(&source, &doc).outcome {
        Outcome::Note(note) if note.date.is_some() => Some(plan::plan(*note, config)),
        _ => None,
    }
}

/// A front matter of the note's own top-level lines for `KEYS` that read on their own, in its
/// own fence (`---` or `+++`); `None` when it has no front matter or no date line.
fn plain_lines(text: &str) -> Option<String> {
    let fenced = |fence: &str, lines: &str| format!("{fence}\n{lines}{fence}\n");
    let reads = |fence: &str, line: &str| {
        let source = Source {
            rel: String::new(),
            text: fenced(fence, &format!("{line}\n")),
            saved: None,
            day_first: None,
            writer: None,
        };
        super::parse::parse(&source).is_ok()
    };
    let mut lines = text.lines();
    let fence = lines.next()?.trim_end();
    let separator = match fence {
        "---" => ':',
        "+++" => '=',
        _ => return None,
    };
    let kept: Vec<&str> = lines
        .take_while(|line| line.trim_end() != fence)
        .filter(|line| {
            line.split_once(separator).is_some_and(|(key, value)| {
                KEYS.contains(&key.trim_end().to_ascii_lowercase().as_str())
                    && !key.starts_with(char::is_whitespace)
                    && !value.trim().is_empty()
            }) && reads(fence, line)
        })
        .collect();
    kept.iter().any(|line| line.to_ascii_lowercase().starts_with("date")).then(|| {
        let lines: String = kept.iter().map(|line| format!("{line}\n")).collect();
        fenced(fence, &lines)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_plain_top_level_lines_are_kept() {
        let broken = "---\ncompany: Globex\ndate: 2026-10-14\ninterviewers:\n  - name: Ana: CTO\n    date: 2026-01-01\nstage: [final\nstatus: [open\nthanked: 2026-10-15\n---\n# Body\ndate: 2020-01-01\n";
        assert_eq!(
            plain_lines(broken).as_deref(),
            Some("---\ncompany: Globex\ndate: 2026-10-14\nthanked: 2026-10-15\n---\n")
        );
        assert_eq!(
            plain_lines("+++\ndate = 2026-10-14\ncompany = 'A\n+++\n").as_deref(),
            Some("+++\ndate = 2026-10-14\n+++\n")
        );
        assert_eq!(plain_lines("---\ncompany: Globex\n---\n"), None, "no date, nothing to plan");
        assert_eq!(plain_lines("# Globex\ndate: 2026-10-14\n"), None, "no front matter");
    }
}
