//! A highlight about someone the note does not list: `Tomás liked the demo` with no Tomás among
//! the people. Their letter cannot recall it, so the user is told, at the line.
//!
//! Only the plainest form is read: a name (one or two capitalised words) opening the highlight,
//! then a word for how they took something (`liked`, `said`, `asked`…). Anything less plain
//! stays quiet: a false alarm on every "Friday was great" would teach the user to skip warnings.

/// How a highlight goes on after the name of the person it is about.
pub(super) const REACTIONS: &[&str] = &[
    "liked",
    "loved",
    "enjoyed",
    "appreciated",
    "praised",
    "said",
    "asked",
    "mentioned",
    "noted",
    "agreed",
    "complimented",
    "seemed",
    "was",
    "thought",
    "found",
    "called",
    "highlighted",
    "responded",
    "reacted",
    "nodded",
    "laughed",
    "smiled",
    "valued",
    "commented",
    "really",
    "especially",
    "also",
    "particularly",
];

/// Capitalised words that open a sentence without naming a person.
const NOT_NAMES: &[&str] = &[
    "i",
    "we",
    "they",
    "the",
    "she",
    "he",
    "it",
    "everyone",
    "everybody",
    "both",
    "all",
    "team",
    "panel",
    "interviewer",
    "interviewers",
    "manager",
    "recruiter",
    "my",
    "our",
    "their",
    "this",
    "that",
    "nobody",
    "someone",
    "somebody",
    "hiring",
    "engineering",
    "today",
    "yesterday",
    "there",
    "what",
    "when",
    "one",
    "each",
    "most",
    "some",
    "her",
    "his",
    "a",
    "an",
    "overall",
    "later",
];

/// The name a highlight opens with, when it is plainly someone's (`Tomás liked …`), unless it is
/// the company's (`Acme was impressed`).
pub(super) fn name_in(text: &str, company: Option<&str>) -> Option<String> {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = text.split_whitespace().take(3).map(|w| w.trim_matches(['*', '_'])).collect();
    let is_name_word = |w: &str| {
        let mut chars = w.chars();
        let first = chars.next().is_some_and(char::is_uppercase);
        first && w.chars().all(char::is_alphabetic) && w.chars().skip(1).any(char::is_lowercase)
    };
    let reaction = |w: &str| REACTIONS.contains(&w.trim_end_matches([',', ':']).to_lowercase().as_str());
    let length = match words.as_slice() {
        [a, b, ..] if is_name_word(a) && reaction(b) => 1,
        [a, b, c] if is_name_word(a) && is_name_word(b) && reaction(c) => 2,
        _ => return None,
    };
    let name = words[..length].join(" ");
    let first = words[0].to_lowercase();
    let company = company.is_some_and(|c| c.to_lowercase().split_whitespace().any(|w| w == first));
    let not_a_name = NOT_NAMES.contains(&first.as_str()) || super::people::WEEKDAYS.contains(&first.as_str());
    (!not_a_name && !company).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_opening_a_highlight_is_found() {
        assert_eq!(name_in("Tomás liked my rollout plan.", None).as_deref(), Some("Tomás"));
        assert_eq!(name_in("- **Priya Raman** said it was the clearest answer", None).as_deref(), Some("Priya Raman"));
        assert_eq!(name_in("Dev really liked the demo", None).as_deref(), Some("Dev"));
    }

    #[test]
    fn sentences_that_name_nobody_stay_quiet() {
        for text in [
            "The demo went well.",
            "Friday was a good day",
            "They liked my rollout plan",
            "Everyone laughed at the outage story",
            "Acme was impressed by the migration",
            "CTO liked the plan",
            "Good rapport with the team",
            "Kafka migration story landed",
        ] {
            assert_eq!(name_in(text, Some("Acme")), None, "{text}");
        }
    }
}
