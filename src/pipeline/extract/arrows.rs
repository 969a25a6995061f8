//! A clipped note's arrow that says whose message a line is for: `forgot 21 CFR Part 11 course
//! cert (Nov) -> Tamara`, `told Dr. O I'd send 2 refs by Fri 12/4 -> his email` (set 47). The
//! arrow and its reader are the writer's routing, not words for the letter: the line is read
//! without them, for the one they name.

use super::prose;
use crate::model::{Note, Person};

/// Words after an arrow that name a message rather than its reader: `-> his email`.
const MESSAGES: &[&str] = &["email", "e-mail", "note", "letter", "card", "message", "msg", "ty", "thank-you"];

/// Each clarification of `note` that ends in an arrow to one of its people, without the arrow,
/// and taken up with them.
pub(super) fn route(note: &mut Note) {
    for i in 0..note.clarifications.len() {
        let line = note.clarifications[i].clone();
        let Some((head, whom)) = routed(&line, &note.people) else { continue };
        if note.clarifications.contains(&head) {
            continue;
        }
        note.clarified_with.remove(&line);
        note.clarified_with.insert(head.clone(), whom);
        note.clarifications[i] = head;
    }
}

/// The line before its arrow, and the name of the one the arrow points to.
fn routed(line: &str, people: &[Person]) -> Option<(String, String)> {
    let (head, tail) = [" -> ", " → ", " => "].iter().find_map(|a| line.rsplit_once(a))?;
    let head = head.trim().trim_end_matches([',', ';', ':']).trim_end();
    let tail = tail.trim().trim_end_matches(['.', '!']).trim();
    let lower = tail.to_lowercase().replace('’', "'");
    let lower =
        ["in ", "to ", "for ", "put in ", "add to "].iter().fold(lower.as_str(), |l, p| l.strip_prefix(p).unwrap_or(l));
    let words: Vec<&str> = lower.split_whitespace().collect();
    let one = |text: &str| prose::the_one_named(text, people).map(|i| &people[i]);
    let whom = match words[..] {
        // `-> his email`, `-> her note`: the one the line names before the arrow.
        [pronoun, message] if ["his", "her", "their"].contains(&pronoun) && MESSAGES.contains(&message) => one(head)?,
        // `-> Tamara`, `-> Tamara's email`, `-> Dr. O`: a name, and at most the message's word.
        _ if words.len() <= 3 => {
            let message = words.len() > 1 && words.last().is_some_and(|w| MESSAGES.contains(w));
            let name = if message { tail.rsplit_once(' ').map_or(tail, |(n, _)| n) } else { tail };
            let bare = name.trim_end_matches("'s").trim_end_matches("’s");
            let p = one(bare)?;
            // Every word a name's: not `-> Tamara liked it`.
            let named = tail
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || MESSAGES.contains(&w.to_lowercase().as_str()));
            if !named {
                return None;
            }
            p
        }
        _ => return None,
    };
    (!head.is_empty()).then(|| (head.to_owned(), whom.name.clone()))
}

#[cfg(test)]
mod tests {
    use super::routed;
    use crate::model::Person;

    fn people() -> Vec<Person> {
        ["Dr. Chinedu Okafor", "Tamara Lindgren", "Luis Echeverría"]
            .iter()
            .map(|n| Person { name: (*n).to_owned(), ..Person::default() })
            .collect()
    }

    #[test]
    fn an_arrow_to_someone_routes_the_line_to_them() {
        let people = people();
        let route = |line: &str| routed(line, &people);
        assert_eq!(
            route("forgot 21 CFR Part 11 course cert (Nov) -> Tamara"),
            Some(("forgot 21 CFR Part 11 course cert (Nov)".to_owned(), "Tamara Lindgren".to_owned()))
        );
        assert_eq!(
            route("told Dr. O I'd send 2 refs by Fri 12/4 -> his email"),
            Some(("told Dr. O I'd send 2 refs by Fri 12/4".to_owned(), "Dr. Chinedu Okafor".to_owned()))
        );
        assert_eq!(
            route("forgot the audit → Tamara's email"),
            Some(("forgot the audit".to_owned(), "Tamara Lindgren".to_owned()))
        );
    }

    #[test]
    fn an_arrow_to_anything_else_is_the_line_itself() {
        let people = people();
        for line in [
            "said 6 yrs -> it's 4",
            "told Tamara I'd send the SOP -> attach",
            "said IL schools fall under the OSHA lab std via IL OSHA -> technically PEOSHA",
            "forgot the audit -> Tamara liked it anyway",
            "forgot the audit -> his email",
        ] {
            assert_eq!(routed(line, &people), None, "{line}");
        }
    }
}
