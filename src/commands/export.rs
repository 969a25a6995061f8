//! `followup export`: hands follow-ups to calendar and mail apps.
//!
//! `ics` writes an iCalendar file (RFC 5545) with an all-day event for every pending thank-you
//! and check-in, with UIDs derived from the note's path so that importing again updates events
//! instead of duplicating them. `eml` keeps an outbox (`output::outbox`) of one RFC 5322 message
//! per email due today, as read back from each draft (`letters::readback`), marked `X-Unsent: 1`
//! so mail apps open it as a new draft. Both read the notes like `status`; nothing but the
//! calendar file and the outbox is written.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::commands::agenda;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::hash::Fnv;
use crate::output::fingerprint;
use crate::output::outbox;
use crate::output::write;
use crate::pipeline::Loaded;
use crate::pipeline::scan;
use crate::render::Renderer;
use crate::render::theme::Theme;

/// The iCalendar text for every pending thank-you and check-in.
pub fn ics(config: &Config) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//followup//followup {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "X-WR-CALNAME:Job search follow-ups".to_owned(),
    ];
    let stamp = format!("{}T000000Z", config.today.strftime("%Y%m%d"));
    for action in agenda::all_actions(config) {
        let Ok(due) = action.due.parse::<jiff::civil::Date>() else { continue };
        let next = due.tomorrow().unwrap_or(due);
        let mut hash = Fnv::default();
        hash.write(action.note.as_bytes());
        let (title, description) = match action.what {
            "thank-you" => ("Send thank-you notes", "Thank everyone by name: the drafts are ready."),
            _ => ("Check in", "If you have heard nothing, check in as the draft's plan says."),
        };
        let company = if action.company.is_empty() { String::new() } else { format!(": {}", action.company) };
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{:016x}@followup", action.what, hash.0),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", due.strftime("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next.strftime("%Y%m%d")),
            format!("SUMMARY:{}", text(&format!("{title}{company} ({})", action.who))),
            format!("DESCRIPTION:{}", text(&event_description(config, description, &action.draft, action.what))),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

/// An event's description: what to do, the draft's full path, and the part of the draft the
/// event is about (the thank-yous, or the check-in) as it is on disk, edits included.
fn event_description(config: &Config, what_to_do: &str, draft: &str, what: &str) -> String {
    let path = config.notes_dir.join(draft);
    let mut out = format!("{what_to_do}\nDraft: {}", path.display());
    let Ok(text) = crate::files::read_regular_text(&path) else { return out };
    let text = text
        .strip_prefix("<!-- followup draft ")
        .map_or(text.as_str(), |t| t.split_once('\n').map_or("", |(_, rest)| rest));
    let check_in = text.find("\n## Check-in").map_or(text.len(), |i| i + 1);
    let part = if what == "thank-you" { &text[..check_in] } else { &text[check_in..] };
    let part = part.trim().trim_end_matches("---").trim();
    if !part.is_empty() {
        out += "\n\n";
        out += part;
    }
    out
}

/// Escapes an iCalendar TEXT value.
fn text(value: &str) -> String {
    // Control characters have no place in a calendar: dropped (line breaks are escaped below).
    let value = crate::text::printable::without_controls(value);
    value.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets (never inside a character) and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// One email ready to send: recipient, subject and plain-text body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to_name: String,
    pub to_email: String,
    pub subject: String,
    pub body: String,
    /// `<note stem>.<person>.eml`
    pub file_name: String,
    /// True when it may go today (`plan::due::sendable_today`): only these reach the outbox.
    pub due_now: bool,
}

/// Every email message in the drafts of `config`'s notes, read back from each draft as a build
/// leaves it: the user's text once they edited it, followup's otherwise (issue 12). A message
/// that cannot be read back is left out, with a warning naming the draft and line.
///
/// # Errors
/// When a template fails.
pub fn emails(config: &Config) -> Result<(Vec<Email>, Vec<Diagnostic>), Error> {
    let found = scan::find(&config.notes_dir, &config.skip);
    emails_of(config, &crate::pipeline::run(&found.notes, config))
}

/// Like `emails`, for notes already read (`check` reads them for their own problems).
///
/// # Errors
/// When a template fails.
pub fn emails_of(config: &Config, items: &[crate::pipeline::Item]) -> Result<(Vec<Email>, Vec<Diagnostic>), Error> {
    let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
    let (mut out, mut problems) = (Vec::new(), Vec::new());
    for item in items {
        let Loaded::Note(planned) = &item.loaded else { continue };
        if !planned.drafted {
            continue;
        }
        let mut context = crate::letters::context::draft_context(planned, config);
        let sealed = fingerprint::sign(&crate::letters::mail::draft_markdown(&renderer, &mut context)?);
        let draft_rel = scan::draft_path(&item.rel);
        let text = match write::draft_as_built(&config.notes_dir, &draft_rel, &sealed) {
            Ok(text) => text,
            Err(e) => {
                let message = format!("cannot read this draft, so its emails are left out: {e}");
                problems.push(Diagnostic::warning(&draft_rel, crate::diagnostic::Position::FILE, message));
                continue;
            }
        };
        let back = crate::letters::readback::read_draft(&draft_rel, &text, &context);
        problems.extend(back.diagnostics);
        problems.extend(write::behind(&draft_rel, &text, &sealed));
        let stem = scan::without_note_extension(&item.rel).replace('/', "--");
        let (thanks_due, check_in_due) = crate::pipeline::plan::due::sendable_today(planned, config.today);
        for sent in back.sent {
            // The check-in is an email too, to send later, when it has someone to go to.
            let part = sent.person.as_deref().map_or_else(|| "check-in".to_owned(), crate::text::slug::slug);
            out.push(Email {
                to_name: sent.to_name,
                to_email: sent.to_email,
                subject: sent.subject,
                body: sent.body,
                file_name: eml_name(&stem, &part),
                due_now: if sent.person.is_some() { thanks_due } else { check_in_due },
            });
        }
    }
    make_names_unique(&mut out);
    Ok((out, problems))
}

/// `<stem>.<part>.eml`, each part cut short enough that the name, with a `-N` to make it unique,
/// stays under the 255 bytes most file systems allow in a name (a long name or a deep note
/// path must not end the export).
fn eml_name(stem: &str, part: &str) -> String {
    let cut = |text: &str, max: usize| {
        if text.len() <= max {
            return text.to_owned();
        }
        let end = text.char_indices().map(|(i, c)| i + c.len_utf8()).take_while(|&end| end <= max).last();
        text[..end.unwrap_or(0)].trim_end_matches('-').to_owned()
    };
    format!("{}.{}.eml", cut(stem, 120), cut(part, 100))
}

/// Gives every email a file name of its own: a name already taken (`a--b/x.md` and `a/b--x.md`
/// give the same stem; `Zoë Ng` and `Zoe Ng` the same slug), compared as a case-insensitive
/// file system would, gets `-2`, `-3`… before `.eml`, in the emails' order (notes by path).
fn make_names_unique(emails: &mut [Email]) {
    let mut taken = std::collections::HashSet::new();
    for email in emails {
        let stem = email.file_name.strip_suffix(".eml").unwrap_or(&email.file_name).to_owned();
        let mut name = email.file_name.clone();
        for n in 2.. {
            if taken.insert(name.to_lowercase()) {
                break;
            }
            name = format!("{stem}-{n}.eml");
        }
        email.file_name = name;
    }
}

/// Makes the outbox `dir` hold one `.eml` file per email due today (`output::outbox`): writes
/// them, removes the files it wrote earlier whose emails are no longer due, and leaves every
/// other file alone. Returns what it did, and the warnings about the messages left out.
///
/// # Errors
/// When a template fails or the folder cannot be written.
pub fn eml(config: &Config, dir: &Path) -> Result<(outbox::Synced, Vec<Diagnostic>), Error> {
    let date = config.today.strftime("%a, %d %b %Y 09:00:00 +0000").to_string();
    let (emails, problems) = emails(config)?;
    let files: Vec<(String, Vec<u8>)> = emails
        .iter()
        .filter(|email| email.due_now)
        .map(|email| (email.file_name.clone(), rfc5322(email, &config.sender, &date).into_bytes()))
        .collect();
    let synced = outbox::sync(dir, &files).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
    Ok((synced, problems))
}

/// An RFC 5322 message, UTF-8 throughout: encoded words in headers, quoted-printable body.
///
/// Written by hand rather than with a mail crate: it is eight fixed headers, and every value a
/// note gives passes through `mailbox` or `unstructured`, which never let a CR, LF, or a `<`,
/// `,` or `;` outside quotes through (issue 11), so the bytes of a message stay as they were.
fn rfc5322(email: &Email, sender: &crate::config::Sender, date: &str) -> String {
    let mut headers = Vec::new();
    if let Some(from) = &sender.email {
        headers.push(header("From", mailbox(sender.name.as_deref().unwrap_or(""), from)));
    }
    headers.push(header("To", mailbox(&email.to_name, &email.to_email)));
    headers.push(header("Subject", unstructured(&email.subject)));
    headers.push(format!("Date: {date}"));
    headers.push("MIME-Version: 1.0".to_owned());
    headers.push("Content-Type: text/plain; charset=utf-8".to_owned());
    headers.push("Content-Transfer-Encoding: quoted-printable".to_owned());
    headers.push("X-Unsent: 1".to_owned());
    format!("{}\r\n\r\n{}", headers.join("\r\n"), quoted_printable(&email.body))
}

/// A header of `tokens` separated by spaces, folded (CRLF, space) before a token that would
/// take the line past 78 characters. Tokens are ASCII and hold no CR or LF.
fn header(name: &str, tokens: Vec<String>) -> String {
    let mut out = format!("{name}:");
    let mut width = out.len();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 && width + 1 + token.len() > 78 {
            out.push_str("\r\n");
            width = 0;
        }
        out.push(' ');
        out.push_str(token);
        width += 1 + token.len();
    }
    out
}

/// A mailbox (RFC 5322, 3.4): the address alone, or the name as a phrase and the address in
/// angle brackets. The address was checked in `extract` (`text::email`).
fn mailbox(name: &str, address: &str) -> Vec<String> {
    if name.is_empty() {
        return vec![address.to_owned()];
    }
    let mut tokens = phrase(name);
    tokens.push(format!("<{address}>"));
    tokens
}

/// A display name (RFC 5322, 3.2.5): as is when it is atoms between single spaces, a
/// quoted-string (`\"` and `\\` escaped) when it has other printable ASCII such as `<`, `,`
/// or `;`, else RFC 2047 encoded words.
fn phrase(name: &str) -> Vec<String> {
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    if name.contains("=?") || !name.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        encoded_words(name)
    } else if name.split(' ').all(|w| !w.is_empty() && w.len() <= LONGEST_WORD && w.chars().all(atext)) {
        name.split(' ').map(str::to_owned).collect()
    } else {
        let quoted = format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""));
        if quoted.len() <= LONGEST_WORD { vec![quoted] } else { encoded_words(name) }
    }
}

/// The longest word a header takes as it is: with a header's name and a space before it, it
/// still fits a 78-character line. A longer one is sent as encoded words.
const LONGEST_WORD: usize = 64;

/// Unstructured text (a Subject): its words as they are when it is printable ASCII words
/// between single spaces, none too long to fit a line, so that the header folds between them;
/// else encoded words.
fn unstructured(text: &str) -> Vec<String> {
    let word = |w: &str| !w.is_empty() && w.len() <= LONGEST_WORD && w.chars().all(|c| c.is_ascii_graphic());
    let plain = text.split(' ').all(word) && !text.contains("=?");
    if plain { text.split(' ').map(str::to_owned).collect() } else { encoded_words(text) }
}

/// RFC 2047 B encoded words of at most 64 characters (39 bytes of text each, never splitting a
/// character), so that `Subject: ` and one word fit a 78-character line and no word passes the
/// limit of 75.
fn encoded_words(text: &str) -> Vec<String> {
    const MAX_BYTES: usize = 39;
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i + c.len_utf8() - start > MAX_BYTES {
            words.push(&text[start..i]);
            start = i;
        }
    }
    words.push(&text[start..]);
    words.into_iter().map(|w| format!("=?UTF-8?B?{}?=", base64(w.as_bytes()))).collect()
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Quoted-printable (RFC 2045) with CRLF line ends and soft breaks: no line over 76 characters,
/// the soft break's `=` included.
///
/// Each line is encoded alone by the `quoted_printable` crate, which fills a line up to 76
/// characters, soft breaks as late as it can (never inside an `=XX`) and escapes a trailing
/// space or tab. It also fills the last line of a paragraph to exactly 76 characters, where the
/// `.eml` files followup has always written break one character earlier; that one case is moved
/// back here, so that the bytes of every message stay as they were.
fn quoted_printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        let encoded = quoted_printable::encode_to_str(line);
        let last = encoded.rfind("\r\n").map_or(0, |i| i + 2);
        if encoded.len() - last == 76 {
            // `=` only ever starts an escape in the crate's output (a literal one is `=3D`).
            let cut = if encoded.as_bytes()[encoded.len() - 3] == b'=' { encoded.len() - 3 } else { encoded.len() - 1 };
            out.push_str(&encoded[..cut]);
            out.push_str("=\r\n");
            out.push_str(&encoded[cut..]);
        } else {
            out.push_str(&encoded);
        }
        out.push_str("\r\n");
    }
    out
}

/// Runs `export ics`: the calendar to `output`, or to stdout.
///
/// # Errors
/// When `output` cannot be written.
pub fn run_ics(config: &Config, output: Option<PathBuf>) -> Result<crate::Outcome, Error> {
    let text = ics(config);
    match output {
        Some(path) => {
            crate::output::write::atomic_write(&path, text.as_bytes()).map_err(|e| Error::Io { path, source: e })?
        }
        None => std::io::stdout().write_all(text.as_bytes()).or_else(super::ignore_broken_pipe)?,
    }
    Ok(crate::Outcome::Clean)
}

/// Runs `export eml`: the outbox `output` (default `outbox/` beside followup.toml, or in the
/// notes folder without one) brought up to the emails due today, printing each one's path.
///
/// # Errors
/// When a template fails or the folder cannot be written.
pub fn run_eml(config: &Config, output: Option<PathBuf>) -> Result<crate::Outcome, Error> {
    let dir = output.unwrap_or_else(|| default_outbox(config));
    let (synced, mut problems) = eml(config, &dir)?;
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let shown = |path: &Path| path.strip_prefix(&config.notes_dir).unwrap_or(path).display().to_string();
    for (path, why) in &synced.left {
        problems.push(Diagnostic::warning(&shown(path), crate::diagnostic::Position::FILE, *why));
    }
    let _ = crate::diagnostic::print_all(&mut std::io::stderr().lock(), terminal, &config.notes_dir, &problems);
    let mut err = std::io::stderr().lock();
    for path in &synced.removed {
        let _ = writeln!(err, "removed {}: no longer due", path.display());
    }
    let mut out = std::io::stdout().lock();
    for path in &synced.current {
        writeln!(out, "{}", path.display()).or_else(super::ignore_broken_pipe)?;
    }
    Ok(crate::Outcome::Clean)
}

/// `outbox/` beside followup.toml, out of the notes; in the notes folder when there is no
/// followup.toml (the one folder that is the job search's then).
pub fn default_outbox(config: &Config) -> PathBuf {
    let home = config.config_file.as_deref().and_then(Path::parent).unwrap_or(&config.notes_dir);
    home.join("outbox")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn ics_text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn headers_encode_non_ascii() {
        assert_eq!(unstructured("Thank you"), ["Thank", "you"]);
        assert_eq!(unstructured("José"), ["=?UTF-8?B?Sm9zw6k=?="]);
        assert_eq!(base64(b"any carnal pleas"), "YW55IGNhcm5hbCBwbGVhcw==");
        assert_eq!(base64(b"any carnal pleasu"), "YW55IGNhcm5hbCBwbGVhc3U=");
        assert_eq!(base64(b"any carnal pleasur"), "YW55IGNhcm5hbCBwbGVhc3Vy");
        assert_eq!(unstructured("a =?b"), ["=?UTF-8?B?YSA9P2I=?="]);
    }

    // Issue 11: encoded words in the Subject ran past 75 characters.
    #[test]
    fn long_text_is_split_into_short_encoded_words_and_folded() {
        let text = "Société Générale d’Études Économiques et Financières Européennes";
        let words = encoded_words(text);
        assert!(words.len() > 1 && words.iter().all(|w| w.len() <= 75), "{words:?}");
        let line = header("Subject", words);
        assert!(line.split("\r\n").all(|l| l.len() <= 78 && !l.is_empty()), "{line}");
        assert!(line.split("\r\n").skip(1).all(|l| l.starts_with(' ')), "{line}");
    }

    // Issue 11, defect 5: a display name with `<`, `,`, `;` or quotes is quoted or encoded.
    #[test]
    fn long_plain_headers_fold_between_words_and_unfold_to_the_text() {
        let subject =
            "Following up on the **Staff** engineer <img src=https://tracker.example/p.png> role at Acme Labs";
        let name = "\"Ann\" <attacker@evil.example>, Lee of the Platform Infrastructure Reliability Group";
        let long_word = format!("Thanks {}", "x".repeat(90));
        for (field, tokens, value) in [
            ("Subject", unstructured(subject), subject.to_owned()),
            ("Subject", unstructured("two  spaces"), "=?UTF-8?B?dHdvICBzcGFjZXM=?=".to_owned()),
            ("Subject", unstructured(&long_word), encoded_words(&long_word).join(" ")),
            ("To", mailbox(name, "a@b.example"), format!("{} <a@b.example>", encoded_words(name).join(" "))),
        ] {
            let line = header(field, tokens);
            assert!(line.split("\r\n").all(|l| l.len() <= 78 && !l.trim().is_empty()), "{line}");
            assert_eq!(line.replace("\r\n", ""), format!("{field}: {value}"));
        }
    }

    #[test]
    fn display_names_are_atoms_quoted_strings_or_encoded_words() {
        assert_eq!(mailbox("Sam Rivera", "sam@x.example"), ["Sam", "Rivera", "<sam@x.example>"]);
        assert_eq!(mailbox("", "sam@x.example"), ["sam@x.example"]);
        assert_eq!(phrase("Ann <a@evil.example>, Lee"), ["\"Ann <a@evil.example>, Lee\""]);
        assert_eq!(phrase("Dr. \"Z\" O\\Ng"), ["\"Dr. \\\"Z\\\" O\\\\Ng\""]);
        assert_eq!(phrase("Zoë; Ng"), ["=?UTF-8?B?Wm/DqzsgTmc=?="]);
        assert_eq!(phrase("Ann\r\nBcc: x@evil.example"), ["=?UTF-8?B?QW5uDQpCY2M6IHhAZXZpbC5leGFtcGxl?="]);
        assert_eq!(phrase("=?UTF-8?B?QQ==?="), ["=?UTF-8?B?PT9VVEYtOD9CP1FRPT0/PQ==?="]);
    }

    #[test]
    fn quoted_printable_keeps_lines_short_and_text_exact() {
        let qp = quoted_printable(&format!("{}é = x \n", "word ".repeat(30)));
        assert!(qp.split("\r\n").all(|l| l.len() <= 76), "{qp}");
        assert!(qp.contains("=C3=A9 =3D x=20\r\n"), "{qp}");
    }

    #[test]
    fn quoted_printable_lines_end_with_a_soft_break_at_75_characters() {
        let x = "x".repeat(75);
        // Exactly 75 characters fit on a line; one more moves to the next, after a soft break.
        assert_eq!(quoted_printable(&format!("{x}\n")), format!("{x}\r\n"));
        assert_eq!(quoted_printable(&format!("{x}y\n")), format!("{x}=\r\ny\r\n"));
        assert_eq!(quoted_printable(&format!("{x}yz\n")), format!("{x}=\r\nyz\r\n"));
        // An escape is never split: `=C3=A9` after 73 characters goes whole to the next line.
        let short = "x".repeat(73);
        assert_eq!(quoted_printable(&format!("{short}é\n")), format!("{short}=\r\n=C3=A9\r\n"));
        assert_eq!(quoted_printable(&format!("{short}é.\n")), format!("{short}=\r\n=C3=A9.\r\n"));
        let shorter = "x".repeat(72);
        assert_eq!(quoted_printable(&format!("{shorter}é\n")), format!("{shorter}=C3=\r\n=A9\r\n"));
    }

    #[test]
    fn quoted_printable_escapes_trailing_blanks_equals_signs_and_control_bytes() {
        assert_eq!(quoted_printable("a \nb\t\nc=d\r\n\u{7f}\x01\n\n"), "a=20\r\nb=09\r\nc=3Dd\r\n=7F=01\r\n\r\n");
        let x = "x".repeat(73);
        assert_eq!(quoted_printable(&format!("{x} \n")), format!("{x}=\r\n=20\r\n"));
        assert_eq!(quoted_printable(&format!("{x}a \n")), format!("{x}a=\r\n=20\r\n"));
    }
}
