//! Promises made in the interview, wherever the note mentions them: "I promised to send Dana my
//! load-test results", "I also promised Theo the link to the talk", "said I'd send a sanitized
//! version of the dashboard". Each becomes a clarification in the form the letters read as a
//! promise (`send Dana my load-test results`): "As promised, here are my load-test results",
//! and a plan line to attach them, in the message to the one it was made to.

/// The promises a note's body makes, as `send [Name] <what>` lines, each with whether it was
/// made to someone the note calls only "her", "him" or "them" (whom the caller may not know).
pub fn promises_in(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for sentence in text.split(['\n', '!', '?']).flat_map(|l| l.split(". ")) {
        if let Some(promise) = promise(sentence.trim()) {
            if !out.contains(&promise) {
                out.push(promise);
            }
        }
    }
    out
}

/// Verbs that promise: what follows them is `[someone] <the thing>`.
const PROMISING: &[&str] = &[
    "promised to send ",
    "promised to share ",
    "said i'd send ",
    "said i would send ",
    "said i'd share ",
    "i'll send ",
    "i will send ",
    "i'm going to send ",
    "want to send ",
    "promised ",
];

const DETERMINERS: &[&str] = &["the", "my", "a", "an", "our", "that", "those", "some", "a"];

/// `send [Name] <what>` for a sentence that promises something, else `None`; true when it was
/// made to a "her", "him" or "them".
fn promise(sentence: &str) -> Option<(String, bool)> {
    let plain = sentence.replace("**", "").replace('’', "'");
    let lower = plain.to_lowercase();
    let (at, verb) = PROMISING.iter().filter_map(|v| lower.find(v).map(|i| (i, *v))).min_by_key(|(i, _)| *i)?;
    // The writer's own promise ("I promised", "I also promised", "Want to send"), not theirs
    // ("They promised a decision"), and a word, not the end of one ("compromised").
    let before: Vec<&str> = lower[..at].split_whitespace().collect();
    let says_i = [" i'd ", " i would ", "i'll ", "i will ", "i'm "].iter().any(|w| format!(" {verb}").contains(w));
    let mine = says_i || matches!(before.as_slice(), [] | [.., "i"] | [.., "i", "also" | "just"]);
    if !mine || (at > 0 && lower[..at].chars().next_back().is_some_and(char::is_alphanumeric)) {
        return None;
    }
    let rest = &plain[at + verb.len()..];
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let mut to = None;
    let mut pronoun = false;
    if let Some(first) = words.first() {
        if first.chars().next().is_some_and(char::is_uppercase) && !DETERMINERS.contains(&first.to_lowercase().as_str())
        {
            to = Some(first.trim_end_matches(['\'', 's']).to_owned());
            words.remove(0);
        } else if ["her", "him", "them", "you"].contains(first) {
            words.remove(0);
            pronoun = true;
        }
    }
    let first = words.first()?.to_lowercase();
    if !DETERMINERS.contains(&first.as_str()) {
        return None;
    }
    let object = words.join(" ");
    let end = [" (", ",", ";", " — ", " – ", ".", " + ", " after ", " by ", " once ", " when ", " so "]
        .iter()
        .filter_map(|s| object.find(s))
        .min()
        .unwrap_or(object.len());
    let object = object[..end].trim();
    let count = object.split_whitespace().count();
    if !(2..=10).contains(&count) || object.contains(['"', '*', '!']) {
        return None;
    }
    let line = match to {
        Some(name) => format!("send {name} {object}"),
        None => format!("send {object}"),
    };
    Some((line, pronoun))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promises_are_found_in_any_sentence() {
        let text = "**I promised to send Dana my load-test results** (the summary deck + the k6 graphs).\nThings to send: thank-yous to all four. I also promised Theo the link to the talk I gave on token naming.\n- she liked the dashboard, said i'd send a sanitized version of it\nWant to send her the research summary slide.";
        let promises = promises_in(text);
        let found: Vec<(&str, bool)> = promises.iter().map(|(p, to_pronoun)| (p.as_str(), *to_pronoun)).collect();
        assert_eq!(
            found,
            [
                ("send Dana my load-test results", false),
                ("send Theo the link to the talk I gave on token naming", false),
                ("send a sanitized version of it", false),
                ("send the research summary slide", true),
            ]
        );
    }

    #[test]
    fn other_sentences_promise_nothing() {
        for text in [
            "The data was compromised by a bad join.",
            "They promised a decision by Friday.",
            "I'll send thanks",
            "Rohan liked the digest idea.",
        ] {
            assert_eq!(promises_in(text), Vec::<(String, bool)>::new(), "{text}");
        }
    }
}
