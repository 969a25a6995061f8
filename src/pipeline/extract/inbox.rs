//! A company reached only through its careers inbox (set 48): `- Tama – email to careers@ "attn
//! Tama"`, `- [ ] Birgit – via jobs@ (no direct email), "z. Hd. Frau Dr. Hahn"`, the inbox's
//! whole address written elsewhere in the note (`careers@whanauconnect.co.nz`). The thank-you is
//! an email to the inbox, for that person's attention.

use super::{people, prose};
use crate::model::Person;

/// The local parts of a shared inbox: a team's, not a person's.
const LOCALS: &[&str] = &[
    "careers",
    "career",
    "jobs",
    "job",
    "recruiting",
    "recruitment",
    "talent",
    "hiring",
    "hr",
    "people",
    "apply",
    "applications",
    "karriere",
    "bewerbung",
    "bewerbungen",
    // (Set 54: a school's office, written to for the panel.)
    "office",
    "admin",
    "reception",
    "enquiries",
    "inquiries",
];

/// Words that call an address the office's, shared by everyone there: `All emails came from the
/// school office address: blacktownn-p.school@det.nsw.edu.au — no personal emails for anyone`.
const SHARED: &[&str] =
    &["office address", "office email", "office e-mail", "via the office", "through the office", "front office"];

/// True when a line speaks of a shared inbox as the way to write to people.
pub(super) fn names_shared_inbox(lower: &str) -> bool {
    lower.contains("careers inbox") || lower.contains("jobs inbox") || SHARED.iter().any(|w| lower.contains(w))
}

/// Gives each person a line of `text` says to write to through the note's careers inbox that
/// inbox's address, marked `via_inbox`.
pub(super) fn through_inbox(text: &str, people: &mut [Person]) {
    let Some(inbox) = inbox_in(text) else { return };
    let local = inbox.split('@').next().unwrap_or_default().to_lowercase();
    let snapshot = people.to_vec();
    for line in text.lines() {
        let lower = line.to_lowercase();
        let says = lower.contains(&format!("{local}@")) || names_shared_inbox(&lower);
        // (A line that writes to the inbox, and names one: `- Tama – email to careers@ "attn Tama"`.)
        let writes = ["email", "via ", "write", "send", "attn", "z. hd"].iter().any(|w| lower.contains(w));
        if !says || !writes {
            continue;
        }
        let Some(one) = prose::the_one_named(line, &snapshot) else { continue };
        let p = &mut people[one];
        if p.email.is_none() && !p.thanked {
            p.email = Some(inbox.clone());
            p.emailed = true;
            p.via_inbox = true;
        }
    }
}

/// The note's careers inbox, written in full.
fn inbox_in(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let mut rest = line;
        let spoken_of = names_shared_inbox(&line.to_lowercase());
        while let Some((_, end, email)) = people::find_email(rest) {
            rest = &rest[end..];
            let local = email.split('@').next().unwrap_or_default().to_lowercase();
            let shared = spoken_of || LOCALS.contains(&local.as_str());
            if shared && crate::text::email::is_address(&email) {
                return Some(email);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::{inbox_in, through_inbox};

    #[test]
    fn an_address_a_line_calls_the_careers_inbox_is_the_inbox() {
        let note = "Rachel said to write to all of them through the careers inbox: nordhaven.team@nordhaven.example\n";
        assert_eq!(inbox_in(note).as_deref(), Some("nordhaven.team@nordhaven.example"));
        assert_eq!(inbox_in("Rachel's address is rachel.ho@nordhaven.example\n"), None);
    }

    #[test]
    fn a_school_office_address_is_the_inbox_the_panel_is_written_to() {
        let mut people: Vec<Person> = ["Sharon Fa'alogo", "Ana Folau"]
            .iter()
            .map(|n| Person { name: (*n).to_owned(), ..Person::default() })
            .collect();
        let note = "All emails came from the school office address: blacktownn-p.school@det.nsw.edu.au\n\
                    - [ ] Mrs Fa'alogo — email via the school office address, \"Attn: Mrs Fa'alogo\"\n\
                    - [ ] Ms Folau — LinkedIn\n";
        through_inbox(note, &mut people);
        assert_eq!(people[0].email.as_deref(), Some("blacktownn-p.school@det.nsw.edu.au"));
        assert!(people[0].via_inbox);
        assert_eq!(people[1].email, None);
    }
    use crate::model::Person;

    #[test]
    fn a_thank_you_through_the_careers_inbox_is_an_email_to_it() {
        let mut people: Vec<Person> = ["Tama Hēnare", "Rebecca Moore"]
            .iter()
            .map(|n| Person { name: (*n).to_owned(), ..Person::default() })
            .collect();
        let note = "no emails for any of them – everything's come thru careers@whanauconnect.co.nz\n\
                    • Tama – email to careers@ \"attn Tama\" – Mele said she'd pass it on\n\
                    • Bex – Linkedin, she's already looked at my profile\n";
        through_inbox(note, &mut people);
        assert_eq!(people[0].email.as_deref(), Some("careers@whanauconnect.co.nz"));
        assert!(people[0].via_inbox && people[0].emailed);
        assert_eq!(people[1].email, None);
    }
}
