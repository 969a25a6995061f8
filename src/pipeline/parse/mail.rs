//! Emails pasted into a note: `**From:** Brianna Kowalski` over `**Subject:** …` and the message.
//!
//! What another person wrote is not the writer's: its names are not people met, its lines are
//! neither highlights nor corrections, and its dates are not the writer's plans (set 44: Brianna's
//! "Due **Sunday, Nov 15**" gave a letter to "Due Sunday"; Luz's invitation naming the board
//! chair gave letters to people not met that day). The message is blanked, byte for byte, before
//! anything reads the note; only who sent it is kept: someone who wrote to the writer may be
//! written back to by email.

use std::ops::Range;

/// An email pasted into a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    /// Its bytes in the note, from the `From:` line to the end of the message.
    pub range: Range<usize>,
    /// Who sent it, as its `From:` line names them, without an address.
    pub from: String,
    /// The people its `From:`, `To:` and `Cc:` lines name with their addresses, as (name, address):
    /// `Cc: Siobhan Gallagher <siobhan.gallagher@castlemerebank.co.uk>` (set 48).
    pub addresses: Vec<(String, String)>,
}

impl Pasted {
    /// The same message, `by` bytes further into the text.
    #[must_use]
    pub fn shifted(self, by: usize) -> Self {
        Self { range: self.range.start + by..self.range.end + by, ..self }
    }
}

/// The header keys a mail client writes over a message.
const HEADERS: &[&str] = &["from", "sent", "date", "to", "cc", "subject"];

/// The emails pasted into `text`, in order.
pub fn pasted(text: &str) -> Vec<Pasted> {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, line) = lines[i];
        // (Set 45: `> [!quote] Mail from Malte, same evening (20:14)` over `> Subject: Thanks for
        // today`: a message the writer introduced, with a subject under it.)
        let introduced = introduced_by(line)
            .filter(|_| lines.get(i + 1).and_then(|(_, next)| header(next)).is_some_and(|(key, _)| key == "subject"));
        if let Some(from) = introduced {
            let end = end_of_message(&lines, i, quoted(line), &from);
            let addresses = header_addresses(&lines[i + 1..end.min(lines.len())]);
            out.push(Pasted { range: start..lines.get(end).map_or(text.len(), |(at, _)| *at), from, addresses });
            i = end.max(i + 1);
            continue;
        }
        let Some(("from", sender)) = header(line) else {
            i += 1;
            continue;
        };
        // (A `From:` line alone is a property, `From: the careers page`: a message has at least
        // one more header right under it.)
        // (Nor `From: LinkedIn` over `Date: …`, a note's properties: a message has a subject.)
        let headers: Vec<&str> =
            lines[i + 1..].iter().take(5).map_while(|(_, l)| header(l).map(|(key, _)| key)).collect();
        if !headers.iter().any(|key| matches!(*key, "subject" | "sent")) {
            i += 1;
            continue;
        }
        let from = sender_name(sender);
        let end = end_of_message(&lines, i, quoted(line), &from);
        if !from.is_empty() {
            let addresses = header_addresses(&lines[i..end.min(lines.len())]);
            out.push(Pasted { range: start..lines.get(end).map_or(text.len(), |(at, _)| *at), from, addresses });
        }
        i = end.max(i + 1);
    }
    out
}

/// The names and addresses a message's header lines give (`From:`, `To:`, `Cc:`), up to its
/// first line that is no header.
fn header_addresses(lines: &[(usize, &str)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, line) in lines.iter().take_while(|(_, l)| header(l).is_some()) {
        let Some((key, value)) = header(line) else { continue };
        if !matches!(key, "from" | "to" | "cc") {
            continue;
        }
        for part in value.split([',', ';']) {
            let Some((name, rest)) = part.split_once('<') else { continue };
            // (Set 50, through pandoc: `Njeri Mwangi \<njeri.mwangi@…\>\`: the escapes are no part.)
            let email = rest.split('>').next().unwrap_or_default().trim().trim_end_matches('\\');
            let name = sender_name(name);
            if !name.is_empty() && email.contains('@') {
                out.push((name, email.to_owned()));
            }
        }
    }
    out
}

/// Who sent the message a line introduces: `Mail from Malte, same evening (20:14)`, `Email from
/// Dana:`, the name up to what the writer adds.
fn introduced_by(line: &str) -> Option<String> {
    let line = unquoted(line);
    let line = line.strip_prefix("[!").and_then(|l| l.split_once(']')).map_or(line, |(_, rest)| rest).trim();
    let lower = line.to_ascii_lowercase();
    let at = ["mail from ", "email from ", "e-mail from "].iter().find_map(|m| lower.find(m).map(|at| at + m.len()))?;
    let name = line[at..].split([',', '(', ':', '—', '–']).next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
    named.then(|| name.to_owned())
}

/// `text` with each of `pasted` blanked: every character but line ends becomes a space, so that
/// every position in the note stays where it was.
pub fn blanked(text: &str, pasted: &[Pasted]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for p in pasted {
        out.push_str(&text[at..p.range.start]);
        for c in text[p.range.clone()].chars() {
            match c {
                '\n' | '\r' => out.push(c),
                _ => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        at = p.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A line of a mail header, as its key in lowercase and its value: `From: X`, `**From:** X`,
/// `> **Sent:** Friday…`.
fn header(line: &str) -> Option<(&'static str, &str)> {
    let line = unquoted(line).trim();
    let bare = line.trim_start_matches(['*', '_']);
    let (key, value) = bare.split_once(':')?;
    let key = key.trim_end_matches(['*', '_']).trim();
    let value = value.trim_start_matches(['*', '_']).trim();
    // (Set 48: a German mail's `Von:`, `Gesendet:`, `An:`, `Betreff:`, as the English ones.)
    const GERMAN: &[(&str, &str)] =
        &[("von", "from"), ("gesendet", "sent"), ("datum", "date"), ("an", "to"), ("betreff", "subject")];
    let known = HEADERS
        .iter()
        .find(|h| h.eq_ignore_ascii_case(key))
        .or_else(|| GERMAN.iter().find(|(de, _)| de.eq_ignore_ascii_case(key)).map(|(_, en)| en))?;
    (!value.is_empty()).then_some((known, value))
}

/// A line with its quote markers (`> `, `>> `) taken off.
fn unquoted(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start_matches(' ');
    }
    rest
}

fn quoted(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// The index of the first line after the message whose `From:` is line `from`: the end of its
/// quote when it is quoted; otherwise the rule or heading after it, or the end of its signature,
/// whichever comes first, or the end of the note.
fn end_of_message(lines: &[(usize, &str)], from: usize, in_quote: bool, sender: &str) -> usize {
    if in_quote {
        return lines[from..].iter().position(|(_, l)| !quoted(l)).map_or(lines.len(), |n| from + n);
    }
    let ruled = lines[from + 1..]
        .iter()
        .position(|(_, l)| is_rule(l) || l.trim_start().starts_with('#'))
        .map_or(lines.len(), |n| from + 1 + n);
    let signed = lines[from + 1..ruled].iter().position(|(_, l)| is_sign_off(l)).map(|n| from + 1 + n);
    // (Set 48: `Ngā mihi,` over `Jess`: a sign-off of any language, known by the sender's name on
    // the line under it; the note resumes after.)
    let given = sender.split_whitespace().next().unwrap_or_default();
    let by_name = |l: &str| {
        let l = l.trim().trim_start_matches(['-', '—', '–', ' ']);
        !given.is_empty() && (l == given || l == sender)
    };
    let named = lines[from + 2..ruled.max(from + 2)]
        .iter()
        .position(|(_, l)| by_name(l))
        .map(|n| from + 2 + n)
        .filter(|&n| lines[n - 1].1.trim().ends_with([',', '!']));
    let Some(signed) = signed.or(named.map(|n| n - 1)) else {
        return ruled;
    };
    // The name under the sign-off, and a signature block of short lines (`Luz Ortega | …`).
    let mut end = signed + 1;
    while end < ruled {
        let line = lines[end].1.trim();
        let list = ["- ", "* ", "+ ", "• "].iter().any(|m| line.starts_with(m));
        // (Set 48: `Jess`, then a blank line and the note's `WHAT WORKED`: a signature is one
        // block of lines.)
        let after_block = line.is_empty() && end > signed + 1 && !lines[end - 1].1.trim().is_empty();
        if list || after_block || (!line.is_empty() && line.split_whitespace().count() > 8) {
            break;
        }
        end += 1;
    }
    end
}

/// `---`, `***`, `___` (spaced or not): a thematic break.
fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(mark) = marks.next().filter(|m| ['-', '*', '_'].contains(m)) else { return false };
    let mut count = 1;
    marks.all(|c| {
        count += 1;
        c == mark
    }) && count >= 3
}

/// A line that closes a message: `Best,`, `Kind regards,`, `Thanks!`.
fn is_sign_off(line: &str) -> bool {
    const SIGN_OFFS: &[&str] = &[
        "best",
        "best regards",
        "kind regards",
        "regards",
        "warm regards",
        "thanks",
        "thank you",
        "many thanks",
        "cheers",
        "sincerely",
        "warmly",
        "all the best",
        "best wishes",
        "warm wishes",
        "with thanks",
        "thanks and regards",
        "thanks & regards",
        "talk soon",
        "speak soon",
        "take care",
        "yours sincerely",
        "yours",
        // (Set 48: in te reo Māori, German and Swahili, as the pasted mails sign off.)
        "ngā mihi",
        "nga mihi",
        "mauri ora",
        "viele grüße",
        "beste grüße",
        "liebe grüße",
        "mit freundlichen grüßen",
        "asante",
    ];
    let bare = line.trim().trim_end_matches([',', '!', '.']).to_lowercase();
    SIGN_OFFS.contains(&bare.as_str())
}

/// A note the writer keeps as an email to themselves (set 60: `From: Geneviève Tremblay <g@…>`
/// over `To: Geneviève Tremblay <g@…>`, `Subject: Re: Aéro Laurentide - 1ère entrevue - notes`,
/// the text, `Envoyé de mon iPhone`, and their earlier mail quoted under `Le 18 nov. 2026 à 17:46,
/// … a écrit :`): the writer's own words, not a message pasted in. Read as the note it is: the
/// subject its title (`# Aéro Laurentide - 1ère entrevue - notes`), its other headers, the
/// phone's signature and the line that introduces the quote left out, and the quoted mail's
/// lines as written. Every line keeps its place and its length (spaces where the marks were,
/// at its end); `None` for any other note.
pub fn to_oneself(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let mut lines = body.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next()?;
    let Some(("from", from)) = header(first) else { return None };
    let to = lines.take(5).map_while(header).find_map(|(key, value)| (key == "to").then_some(value))?;
    // (Set 73: `To: thandeka.mokoena@gmail.com`, the address alone.)
    let who = |value: &str| {
        let address = value.split_once('<').and_then(|(_, a)| a.split_once('>')).map(|(a, _)| a.trim());
        let bare = Some(value.trim()).filter(|v| crate::text::email::is_address(v));
        address.or(bare).map_or_else(|| sender_name(value).to_lowercase(), str::to_lowercase)
    };
    if who(from).is_empty() || who(from) != who(to) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    let mut in_headers = true;
    let mut dated = false;
    let mut thread = false;
    let written = written_on(body);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let blank = |out: &mut String| out.extend(std::iter::repeat_n(' ', content.len()));
        // (Set 62: a line of one's own keeps its indent, `  - hardest question…` under `Daniel =
        // …`; a quoted one loses its marks and the spaces before them.)
        let said = if quoted(content) { unquoted(content) } else { content };
        let lower = said.trim().to_lowercase();
        match header(content) {
            Some(("subject", subject)) if in_headers => {
                let mut title = subject;
                while let Some(rest) =
                    ["Re:", "RE:", "Fwd:", "FW:", "TR:", "Fw:"].iter().find_map(|p| title.strip_prefix(p))
                {
                    title = rest.trim_start();
                }
                let title = format!("# {title}");
                out.push_str(&title);
                out.extend(std::iter::repeat_n(' ', content.len().saturating_sub(title.len())));
            }
            // (Set 73: `Sent: Friday, November 20, 2026 7:12 AM` over `Interview was yesterday`:
            // the day it was written, and the day it tells of, for the date's readers.)
            Some(("sent" | "date", _)) if in_headers && !dated && written.is_some() => {
                dated = true;
                let day = format!("Date: {}", written.unwrap_or_default());
                if day.len() <= content.len() {
                    out.push_str(&day);
                    out.extend(std::iter::repeat_n(' ', content.len() - day.len()));
                } else {
                    blank(&mut out);
                }
            }
            Some(_) if in_headers => blank(&mut out),
            // (Set 73: under `---------- Forwarded message ---------`, the thread the notes were
            // written over: others' mail, and one's own to them. Only its headers are kept, for
            // the pasted mail they open: who wrote to whom.)
            Some(_) if thread => {
                out.push_str(said);
                out.extend(std::iter::repeat_n(' ', content.len() - said.len()));
            }
            _ if thread || opens_a_thread(&lower) => {
                thread = true;
                blank(&mut out);
            }
            _ if sent_from_a_phone(&lower) || introduces_a_quote(&lower) => blank(&mut out),
            _ => {
                in_headers &= content.trim().is_empty();
                // (`> - m'a posé…`: without the quote's marks, the line where it was; spaces
                // after it keep its length, and none before it makes it part of a list above.)
                out.push_str(said);
                out.extend(std::iter::repeat_n(' ', content.len() - said.len()));
            }
        }
        out.push_str(end);
    }
    Some(out)
}

/// The day a note kept as an email to oneself tells of: the day its `Sent:` (or `Date:`) header
/// gives, or the day before when its opening lines say `yesterday` (`notes from yesterday`,
/// `Interview was yesterday, 2pm`).
fn written_on(body: &str) -> Option<jiff::civil::Date> {
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    let headers: Vec<(&str, &str)> = lines.iter().map_while(|l| header(l)).collect();
    let sent = headers.iter().find(|(key, _)| matches!(*key, "sent" | "date"))?.1;
    let day = crate::pipeline::extract::dates::day_in_line(sent, None, "")?;
    let opening = lines[headers.len()..].iter().take(2).copied().collect::<Vec<_>>().join(" ").to_lowercase();
    if crate::text::words::contains_word(&opening, "yesterday") { day.yesterday().ok() } else { Some(day) }
}

/// The line a mail app writes over the message it forwards or replies to: `----------
/// Forwarded message ---------`, `-----Original Message-----`, `Begin forwarded message:`.
fn opens_a_thread(lower: &str) -> bool {
    let bare = lower.trim().trim_matches(['-', ' ']);
    ["forwarded message", "original message", "begin forwarded message:", "message transféré", "message d'origine"]
        .contains(&bare)
}

/// A mail app's signature: `Sent from my iPhone`, `Envoyé de mon iPhone`.
fn sent_from_a_phone(lower: &str) -> bool {
    ["sent from my ", "envoyé de mon ", "envoyé depuis mon ", "von meinem ", "get outlook for "]
        .iter()
        .any(|s| lower.starts_with(s))
}

/// The line a reply writes over the mail it quotes: `On Nov 18, 2026, at 17:46, … wrote:`, `Le 18
/// nov. 2026 à 17:46, … a écrit :`.
fn introduces_a_quote(lower: &str) -> bool {
    let ends = ["wrote:", "a écrit :", "a écrit:", "schrieb:"].iter().any(|e| lower.ends_with(e));
    ends && (lower.starts_with("on ") || lower.starts_with("le ") || lower.starts_with("am "))
}

/// The sender's name from a `From:` value: `Luz Ortega <luz@…>`, `"Ortega, Luz"`, `**Luz**`.
fn sender_name(value: &str) -> String {
    let value = value.split('<').next().unwrap_or_default();
    let value = value.trim().trim_end_matches('\\').trim().trim_matches(['*', '_', '"', '\'']).trim();
    let value = match value.split_once(", ") {
        Some((last, first)) if !first.contains(' ') && !last.contains(' ') => format!("{first} {last}"),
        _ => value.to_owned(),
    };
    if value.contains('@') { String::new() } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_mailed_to_oneself_is_dated_by_its_sending_and_keeps_no_part_of_the_thread() {
        let note = "From: Thandi Mokoena <thandi@example.org>\nSent: Wednesday, December 2, 2026 6:05 AM\n\
                    To: thandi@example.org\nSubject: Fwd: RE: Second interview\n\nnotes from yesterday - on the train\n\n\
                    Zanele liked the case studies list.\n\nSent from my Galaxy\n\n-------- Original message --------\n\
                    From: Charmaine Adams <cadams@cmu.example>\nDate: 2026/11/24 15:32\nSubject: RE: Second interview\n\n\
                    Dear Thandeka\n\nMs Z will see you at 14:00.\n\n> On Mon, 23 Nov 2026, Lerato wrote:\n> Dear Ms Mokoena\n";
        let own = to_oneself(note, 0).expect("the address alone in `To:` is hers");
        assert_eq!(own.len(), note.len(), "every line keeps its length");
        assert_eq!(own.lines().count(), note.lines().count());
        // The day before it was sent: `notes from yesterday`.
        assert!(own.lines().any(|l| l.trim_end() == "Date: 2026-12-01"), "{own}");
        assert!(own.contains("# Second interview") && own.contains("Zanele liked the case studies list."));
        // The thread keeps its headers, for who wrote to whom, and nothing of what they wrote.
        assert!(own.contains("From: Charmaine Adams <cadams@cmu.example>"), "{own}");
        for gone in ["Ms Z will see you", "Dear Thandeka", "Dear Ms Mokoena", "Original message", "Lerato wrote"] {
            assert!(!own.contains(gone), "{gone}: {own}");
        }
        let today = note.replace("notes from yesterday", "notes from today");
        assert!(to_oneself(&today, 0).unwrap().contains("Date: 2026-12-02"));
    }

    #[test]
    fn a_message_the_writer_introduces_over_its_subject_is_pasted() {
        let text = "## How it went\n- fine\n\n> [!quote] Mail from Malte, same evening (20:14)\n> Subject: Thanks \
                    for today\n> Hi Lena,\n> Sabine will be in touch.\n> Malte\n\n## Promised\n";
        let found = pasted(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].from, "Malte");
        assert!(text[found[0].range.clone()].ends_with("> Malte\n"));
        assert!(pasted("Mail from Malte came late.\n\nSubject matter was fine.\n").is_empty(), "no subject header");
    }

    #[test]
    fn a_rule_is_three_or_more_of_one_mark() {
        for rule in ["---", "***", "___", "- - -", " * * * * ", "_____"] {
            assert!(is_rule(rule), "{rule:?}");
        }
        for not in ["--", "-*-", "", "   ", "-- x", "===", "—"] {
            assert!(!is_rule(not), "{not:?}");
        }
    }

    #[test]
    fn a_pasted_message_is_found_from_its_headers_to_its_rule() {
        let text = "Her email right after:\n\n---\n\n**From:** Brianna Kowalski\n**Date:** Mon, Nov 9, 2026 at \
                    4:12 PM\n**Subject:** next steps\n\nHi Nico,\n\n- Due **Sunday, Nov 15**\n\nBrianna\n\n---\n\n\
                    - text Brianna thanks\n";
        let found = pasted(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].from, "Brianna Kowalski");
        let blank = blanked(text, &found);
        assert_eq!(blank.len(), text.len());
        assert!(!blank.contains("Due"), "{blank}");
        assert!(blank.contains("- text Brianna thanks"), "{blank}");
        assert_eq!(blank.lines().count(), text.lines().count());
    }

    #[test]
    fn a_quoted_message_ends_with_its_quote() {
        let text = "Email from Luz:\n\n> **From:** Luz Ortega <luz@example.org>\n> **Sent:** Friday\n>\n> Carolyn \
                    will be joined by Howard Feld.\n>\n> Luz\n\n- reply to Luz TODAY\n";
        let found = pasted(text);
        assert_eq!(found[0].from, "Luz Ortega");
        let blank = blanked(text, &found);
        assert!(!blank.contains("Howard") && blank.contains("reply to Luz TODAY"), "{blank}");
    }

    #[test]
    fn a_message_with_no_rule_ends_after_its_signature() {
        let text = "From: Ortega, Luz\nSubject: Next steps\n\nHi,\n\nSee you Wednesday.\n\nBest,\nLuz\nOperations \
                    Coordinator\n\n- email Raj tonight\n";
        let found = pasted(text);
        assert_eq!(found[0].from, "Luz Ortega");
        let blank = blanked(text, &found);
        assert!(!blank.contains("Wednesday") && blank.contains("- email Raj tonight"), "{blank}");
    }

    // Set 48: the addresses its header gives, by name.
    #[test]
    fn a_message_s_header_gives_the_addresses_of_those_it_names() {
        let text = "From: Niamh Doyle <niamh.doyle@castlemerebank.co.uk>\nSent: 10 November 2026 14:22\n\
                    To: harriet.osei@outlook.com\nCc: Siobhan Gallagher <siobhan.gallagher@castlemerebank.co.uk>\n\
                    Subject: Interview confirmation\n\nDear Harriet,\n\nKind regards,\nNiamh Doyle\n";
        let found = pasted(text);
        assert_eq!(
            found[0].addresses,
            [
                ("Niamh Doyle".to_owned(), "niamh.doyle@castlemerebank.co.uk".to_owned()),
                ("Siobhan Gallagher".to_owned(), "siobhan.gallagher@castlemerebank.co.uk".to_owned())
            ]
        );
    }

    // Set 48: a German mail, quoted.
    #[test]
    fn a_header_through_pandoc_gives_its_name_and_address_unescaped() {
        let text = "Pasted:\n\n> **From:** Njeri Mwangi \\<njeri.mwangi@talentbridge.co.ke\\>\\\n> **Sent:** Friday\\\n> **Subject:** RE: Final\n>\n> Dear Dennis,\n>\n> See you.\n>\n> Kind regards,\n>\n> Njeri Mwangi\n";
        let mail = pasted(text);
        assert_eq!(mail[0].from, "Njeri Mwangi");
        assert_eq!(mail[0].addresses, [("Njeri Mwangi".to_owned(), "njeri.mwangi@talentbridge.co.ke".to_owned())]);
    }

    #[test]
    fn a_german_mail_s_headers_are_read() {
        let text = "> Von: Marco Petri <m.petri@techhunt-berlin.de>\n> Gesendet: Montag\n> An: t@posteo.de\n\
                    > Betreff: Interview\n>\n> Hi Thiago,\n> Viele Grüße\n> Marco\n\n45 min, all in english.\n";
        let found = pasted(text);
        assert_eq!(found[0].from, "Marco Petri");
        assert!(blanked(text, &found).ends_with("45 min, all in english.\n"));
    }

    // Set 48: a sign-off in te reo Māori, and one followup knows no word of, over the sender's name.
    #[test]
    fn a_message_ends_at_its_sender_s_name_under_a_sign_off() {
        for sign_off in ["Ngā mihi,", "Ka kite anō,"] {
            let text = format!(
                "Jess's email:\n\nFrom: Jess Harwood <jess@talentarmy.co.nz>\nSent: Tuesday\nSubject: RE: Round 2\n\n\
                 Kia ora Tessa,\n\nAny dramas just give me a bell.\n\n{sign_off}\nJess\n\nWHAT WORKED\n• Hemi liked it\n"
            );
            let blank = blanked(&text, &pasted(&text));
            assert!(!blank.contains("dramas") && blank.contains("WHAT WORKED\n• Hemi liked it"), "{blank}");
        }
    }

    #[test]
    fn a_from_property_alone_is_no_message() {
        assert!(pasted("From: the careers page\nMet Dana Lee, recruiter.\n").is_empty());
        assert!(pasted("Referred by: Sam\nFrom: Sam's team\n").is_empty());
        assert!(pasted("From: LinkedIn\nDate: November 17, 2026\nTo: me\n").is_empty());
    }
}
