//! Reading a draft back: the emails in a draft as the user left them, for every way of sending
//! one (the dashboard's `mailto:` links, `export eml`, later `serve`).
//!
//! Input: the draft's text (edited or not) and the messages followup wrote into it, in order
//! (`expected`). Output: for each email among them, its recipient, subject and plain-text body
//! taken from its `## Name` section, or a warning at the draft's line saying why it cannot be
//! read back (a heading gone, two messages run together, a `**To:**` or `**Subject:**` line
//! gone, a recipient that is not one address). A message that cannot be read back is left out:
//! nothing here ever falls back to the generated text. Pure: reading the file is the caller's.

use crate::diagnostic::{Diagnostic, Position};
use crate::letters::context::DraftContext;
use crate::model::Channel;
use crate::text::{email, markdown};

/// A message followup wrote into a draft, as the read-back looks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Whose message: the person's name, or none for the check-in.
    pub person: Option<String>,
    /// True for an email (the only messages read back); letters and cards only mark where the
    /// message before them ends.
    pub email: bool,
}

impl Expected {
    /// A thank-you to `person`, an email or not.
    pub fn thanks(person: &str, email: bool) -> Expected {
        Expected { person: Some(person.to_owned()), email }
    }

    /// The check-in, an email when it has a recipient.
    pub fn check_in(email: bool) -> Expected {
        Expected { person: None, email }
    }

    /// The messages of a draft context, in the order the draft template writes them.
    pub fn of(draft: &DraftContext) -> Vec<Expected> {
        let thanks =
            draft.messages.iter().map(|m| Expected::thanks(&m.name, m.channel == Channel::Email && m.email.is_some()));
        let check_in = draft.check_in.as_ref().map(|c| Expected::check_in(c.email.is_some()));
        thanks.chain(check_in).collect()
    }

    /// How the heading of this message reads in the draft: `Hannah Lee` or `Check-in`.
    fn heading(&self) -> String {
        self.person.as_deref().map_or_else(|| "Check-in".to_owned(), |p| markdown::text(p).into_owned())
    }

    /// True when a `## ` heading's text starts this message: the name, then the end, a comma
    /// (a title follows) or ` ·` (the channel follows): `Ana` does not start `Ana Souza`.
    fn starts(&self, heading: &str) -> bool {
        let name = self.heading();
        heading
            .strip_prefix(name.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(',') || rest.starts_with(" ·"))
    }
}

/// An email read back from a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// Whose message it is (the note's name for the person), or none for the check-in.
    pub person: Option<String>,
    /// The line of its `## ` heading in the draft (1-based).
    pub line: usize,
    /// The display name of its `**To:**` line (may be empty).
    pub to_name: String,
    /// The address of its `**To:**` line: one address (`text::email::is_address`).
    pub to_email: String,
    pub subject: String,
    /// The text below the To and Subject lines, as plain text: Markdown line breaks (two trailing
    /// spaces, a trailing backslash) become plain ones; it ends with one newline.
    pub body: String,
}

/// What a draft gives back: the emails that could be read, and a warning for each that could not.
#[derive(Debug, Default)]
pub struct ReadBack {
    pub sent: Vec<Sent>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads back the emails of the draft made from `draft`, from `text`, the draft at `draft_rel` as
/// it is now (edited or not).
pub fn read_draft(draft_rel: &str, text: &str, draft: &DraftContext) -> ReadBack {
    read_back(draft_rel, text, &Expected::of(draft))
}

/// Reads the emails of `expected` back from `text`, the draft at `draft_rel`.
///
/// Each message is the section from its `## ` heading to the next message's heading, found in
/// order; an email's section must hold one `**To:**` line with one address, one `**Subject:**`
/// line, and no message whose heading is gone (its text would run on into this one).
pub fn read_back(draft_rel: &str, text: &str, expected: &[Expected]) -> ReadBack {
    let lines: Vec<&str> = text.lines().collect();
    let found = find_headings(&lines, expected);
    let mut out = ReadBack::default();
    for (k, e) in expected.iter().enumerate() {
        if !e.email {
            continue;
        }
        let what = match &e.person {
            Some(p) => format!("the email to {p}"),
            None => "the check-in email".to_owned(),
        };
        let Some(start) = found[k] else {
            let message = format!(
                "{what} cannot be read back: its heading `## {}` is gone, so followup cannot tell where it starts",
                e.heading()
            );
            out.diagnostics.push(warning(draft_rel, orphan_line(&lines, &found, k), message));
            continue;
        };
        // The section runs to the next heading found; a message between whose heading is gone
        // has run on into this one.
        let next = (k + 1..expected.len()).find(|&j| found[j].is_some());
        let end = next.and_then(|j| found[j]).unwrap_or(lines.len());
        let swallowed: Vec<String> = (k + 1..next.unwrap_or(expected.len()))
            .map(|j| {
                expected[j].person.as_ref().map_or_else(|| "the check-in".to_owned(), |p| format!("the message to {p}"))
            })
            .collect();
        if !swallowed.is_empty() {
            let message = format!(
                "{what} cannot be read back: the heading of {} is gone, so it runs on into this one",
                swallowed.join(" and of ")
            );
            out.diagnostics.push(warning(draft_rel, start + 1, message));
            continue;
        }
        match section(&lines, start, end, e) {
            Ok(sent) => out.sent.push(sent),
            Err((line, problem)) => {
                out.diagnostics.push(warning(draft_rel, line, format!("{what} cannot be read back: {problem}")))
            }
        }
    }
    out
}

/// The line of each expected message's `## ` heading, found in order (a heading found once is
/// not found again, so two people of one name each get their own).
fn find_headings(lines: &[&str], expected: &[Expected]) -> Vec<Option<usize>> {
    let headings: Vec<(usize, &str)> =
        lines.iter().enumerate().filter_map(|(i, l)| l.strip_prefix("## ").map(|h| (i, h.trim()))).collect();
    let mut from = 0;
    expected
        .iter()
        .map(|e| {
            let at = headings[from..].iter().position(|(_, h)| e.starts(h))?;
            from += at + 1;
            Some(headings[from - 1].0)
        })
        .collect()
}

/// Where the text of message `k`, whose heading is gone, most likely is: the last `**To:**` line
/// between the headings found around it (its own, after the one of the message it ran on into),
/// else the first line of that stretch.
fn orphan_line(lines: &[&str], found: &[Option<usize>], k: usize) -> usize {
    let from = found[..k].iter().rev().find_map(|f| *f).map_or(0, |f| f + 1);
    let to = found[k + 1..].iter().find_map(|f| *f).unwrap_or(lines.len());
    let to_line = (from..to).rev().find(|&i| lines[i].starts_with("**To:**"));
    to_line.unwrap_or(from) + 1
}

/// The email in `lines[start..end]` (its heading first), or the line and what is wrong.
fn section(lines: &[&str], start: usize, end: usize, e: &Expected) -> Result<Sent, (usize, String)> {
    let body_lines = &lines[start + 1..end];
    let field = |prefix: &str| -> Result<(usize, &str), (usize, String)> {
        let mut found =
            body_lines.iter().enumerate().filter_map(|(i, l)| Some((start + 2 + i, l.strip_prefix(prefix)?)));
        match (found.next(), found.next()) {
            (Some(one), None) => Ok((one.0, one.1.trim())),
            (None, _) => Err((start + 1, format!("its `{prefix}` line is gone"))),
            (Some(_), Some((line, _))) => {
                Err((line, format!("it has a second `{prefix}` line: two messages may have run together")))
            }
        }
    };
    let (to_line, to) = field("**To:**")?;
    let (_, subject) = field("**Subject:**")?;
    let (to_name, to_email) = mailbox(to);
    if !email::is_address(to_email) {
        return Err((to_line, format!("`**To:** {to}` is not one address such as `Name <name@example.com>`")));
    }
    let body = body(body_lines);
    if body.trim().is_empty() {
        return Err((start + 1, "it has no text below its `**Subject:**` line".to_owned()));
    }
    Ok(Sent {
        person: e.person.clone(),
        line: start + 1,
        to_name: to_name.to_owned(),
        to_email: to_email.to_owned(),
        subject: subject.to_owned(),
        body,
    })
}

/// A `**To:**` value as (display name, address): `Name <address>`, or the address alone.
fn mailbox(to: &str) -> (&str, &str) {
    match to.strip_suffix('>').and_then(|t| t.rsplit_once('<')) {
        Some((name, address)) => (name.trim(), address.trim()),
        None => ("", to),
    }
}

/// The message's text: its section without the To and Subject lines, the draft's "Open this
/// email" link and the `---` that ends the section, each line's Markdown line break made plain.
pub(crate) fn body(lines: &[&str]) -> String {
    let mut kept: Vec<&str> = lines
        .iter()
        .filter(|l| !l.starts_with("**To:**") && !l.starts_with("**Subject:**") && !l.starts_with("[Open this email"))
        .map(|l| {
            let l = l.trim_end();
            l.strip_suffix('\\').unwrap_or(l)
        })
        .collect();
    while kept.last().is_some_and(|l| l.is_empty()) {
        kept.pop();
    }
    if kept.last() == Some(&"---") {
        kept.pop();
    }
    kept.join("\n").trim().to_owned() + "\n"
}

fn warning(draft_rel: &str, line: usize, message: String) -> Diagnostic {
    Diagnostic::warning(draft_rel, Position { line, column: 1 }, message).with_help(
        "its mailto link and .eml are left out until the draft is fixed: put back the heading, `**To:**` and `**Subject:**` lines as followup wrote them, or delete the draft to get a fresh one",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "<!-- followup draft 0 -->\n# Follow-up\n\n---\n\n## Ana Souza, CTO · email\n\n**To:** Ana Souza <ana@acme.example>  \n**Subject:** Thanks\n\n[Open this email in your mail app](mailto:ana@acme.example?subject=Thanks): the body is in the dashboard's link\n\nDear Ana,\n\nText.\\\nMore.  \n\nBest regards,  \nSam\n\n---\n\n## Ben Okafor · letter\n\nDear Ben,\n\n---\n\n## Check-in · send on Monday\n\n**To:** Ana Souza <ana@acme.example>  \n**Subject:** Following up\n\nDear Ana,\n\nHi.\n";

    fn expected() -> Vec<Expected> {
        vec![Expected::thanks("Ana Souza", true), Expected::thanks("Ben Okafor", false), Expected::check_in(true)]
    }

    #[test]
    fn emails_are_read_back_with_plain_line_breaks() {
        let back = read_back("d.md", DRAFT, &expected());
        assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
        assert_eq!(back.sent.len(), 2);
        let ana = &back.sent[0];
        assert_eq!(
            (ana.to_name.as_str(), ana.to_email.as_str(), ana.subject.as_str()),
            ("Ana Souza", "ana@acme.example", "Thanks")
        );
        assert_eq!(ana.body, "Dear Ana,\n\nText.\nMore.\n\nBest regards,\nSam\n");
        assert_eq!((ana.line, back.sent[1].body.as_str()), (6, "Dear Ana,\n\nHi.\n"));
        // Line endings are not edits: a draft saved with CRLF reads back the same.
        assert_eq!(read_back("d.md", &DRAFT.replace('\n', "\r\n"), &expected()).sent, back.sent);
    }

    #[test]
    fn a_message_that_cannot_be_read_back_is_a_warning_and_left_out() {
        for (reshape, line, words) in [
            (DRAFT.replace("## Ana Souza, CTO · email\n", ""), 7, "heading `## Ana Souza` is gone"),
            (DRAFT.replace("## Ben Okafor · letter\n", ""), 6, "message to Ben Okafor is gone"),
            (DRAFT.replacen("**Subject:** Thanks\n", "", 1), 6, "`**Subject:**` line is gone"),
            (DRAFT.replacen("<ana@acme.example>", "<ana@acme.example, x@y.example>", 1), 8, "not one address"),
            (DRAFT.replacen("Dear Ana,", "**To:** b@acme.example\n", 1), 13, "second `**To:**`"),
        ] {
            let back = read_back("d.md", &reshape, &expected());
            assert_eq!(back.sent.len(), 1, "{words}: only the check-in is left");
            assert_eq!(back.sent[0].person, None);
            assert_eq!(back.diagnostics.len(), 1, "{words}");
            let d = &back.diagnostics[0];
            assert_eq!(d.line, line, "{words}: {}", d.message);
            assert!(d.message.contains(words), "{words}: {}", d.message);
        }
    }
}
