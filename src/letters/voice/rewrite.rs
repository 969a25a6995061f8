//! Rewriting a note for its reader: names and "they" become "you", verbs agree, and a leading
//! word loses the capital it only has for starting the note. Used by `highlights` and `clarify`,
//! which decide the sentence around the result.

use super::words::{COMMON, IRREGULAR, PROPER};
use crate::pipeline::extract::people;

/// Puts "you" where the note names the reader or says "they", and makes the verb agree.
pub(super) fn address(text: &str, reader: &str) -> String {
    let mut names: Vec<String> = vec![reader.to_owned(), people::bare_name(reader).to_owned()];
    if let Some(h) = people::honorific(reader) {
        names.push(format!("{h} {}", people::surname(reader)));
        // (`Dr Brennan liked the car line`: the honorific without its stop.)
        if let Some(bare) = h.strip_suffix('.') {
            names.push(format!("{bare} {}", people::surname(reader)));
        }
    }
    names.push(people::first_name(reader).to_owned());
    // (`Patel really liked when I talked about…`: a note may open with the surname alone.)
    let surname = people::last_name(reader);
    if people::bare_name(reader).contains(' ') && text.starts_with(&format!("{surname} ")) {
        names.push(surname.to_owned());
    }
    names.retain(|n| !n.is_empty());
    // (Set 44: `He got genuinely excited when I mentioned…`, a diary's line given to the one
    // interviewer it is about: the "he" it opens with is the reader.)
    let opens_with_them = ["He ", "She ", "he ", "she "].iter().any(|p| text.starts_with(p));
    let names_reader = names.iter().any(|n| crate::text::words::contains_word(text, n)) || opens_with_them;
    let mut out = text.to_owned();
    if names_reader {
        for name in &names {
            for possessive in ["'s", "’s"] {
                out = replace_word(out, &format!("{name}{possessive}"), "your");
            }
            out = replace_word(out, name, "you");
        }
    }
    let out = pronouns_to_you(&out, names_reader);
    // `resonated with both of them`: the interviewers, the reader among them.
    let out = out.replace("both of them", "both of you").replace("all of them", "all of you");
    // "José and I paired well" said to José: "we paired well", not "you and I paired well".
    [("you and I", "we"), ("You and I", "We"), ("I and you", "we")]
        .iter()
        .fold(out, |text, (from, to)| replace_word(text, from, to))
}

/// One pass over the words: "they" (the interviewers, the reader among them) becomes "you", and
/// so do "he" and "she" once the note has named the reader; then verbs after "you" agree
/// ("you was" → "you were"). "Them" is left alone: it as often means the things discussed
/// ("negotiated them with product").
fn pronouns_to_you(text: &str, names_reader: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut after_you = false;
    // (Set 61: `laughed at my "Dewey is a colonial hangover but he's OUR colonial hangover" line`:
    // the words in quotation marks are as they were said, "he" and all.)
    let mut quoted = false;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        let (word, tail) = if end == 0 {
            let c = rest.chars().next().expect("rest is not empty");
            rest.split_at(c.len_utf8())
        } else {
            rest.split_at(end)
        };
        // `the best he's seen`: "has", so "you've".
        let next = tail.trim_start().split(|c: char| !is_word_char(c)).next().unwrap_or_default();
        let has = matches!(word, "he's" | "she's" | "he’s" | "she’s")
            && names_reader
            && (next.ends_with("ed") || PARTICIPLES.contains(&next) || next == "been" || next == "got");
        if end == 0 {
            match word {
                "“" => quoted = true,
                "”" => quoted = false,
                "\"" => quoted = !quoted,
                _ => {}
            }
        }
        let mapped = if end == 0 || quoted {
            None
        } else if has {
            Some("you've")
        } else {
            pronoun(word, names_reader).or_else(|| after_you.then(|| agree(word)).flatten())
        };
        let written = mapped.unwrap_or(word);
        out.push_str(written);
        if end > 0 {
            after_you = written.eq_ignore_ascii_case("you") && tail.starts_with(' ');
        } else if word != " " {
            after_you = false;
        }
        rest = tail;
    }
    out
}

/// Past participles that do not end in -ed: after "he's", they make it "he has".
const PARTICIPLES: &[&str] = &[
    "seen", "done", "heard", "had", "made", "met", "built", "run", "known", "taken", "given", "found", "read", "gone",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

fn pronoun(word: &str, names_reader: bool) -> Option<&'static str> {
    match (word, names_reader) {
        ("They", _) => Some("You"),
        ("they", _) => Some("you"),
        ("Their", _) => Some("Your"),
        ("their", _) => Some("your"),
        ("They're", _) => Some("You're"),
        ("they're", _) => Some("you're"),
        ("he" | "she" | "him", true) => Some("you"),
        ("He" | "She", true) => Some("You"),
        ("his", true) => Some("your"),
        ("he's" | "she's", true) => Some("you're"),
        ("he'd" | "she'd" | "he’d" | "she’d", true) => Some("you'd"),
        ("He'd" | "She'd", true) => Some("You'd"),
        ("he'll" | "she'll", true) => Some("you'll"),
        ("himself" | "herself", true) => Some("yourself"),
        _ => None,
    }
}

/// The form of a verb that agrees with "you".
fn agree(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "was" => "were",
        "is" => "are",
        "has" => "have",
        "does" => "do",
        "seems" => "seem",
        "likes" => "like",
        "loves" => "love",
        "wants" => "want",
        "thinks" => "think",
        "says" => "say",
        "asks" => "ask",
        "needs" => "need",
        "mentions" => "mention",
        "agrees" => "agree",
        "sees" => "see",
        "feels" => "feel",
        "appears" => "appear",
        "wasn't" => "weren't",
        "isn't" => "aren't",
        "hasn't" => "haven't",
        "doesn't" => "don't",
        _ => return None,
    })
}

/// Replaces whole-word occurrences of `from`; `text` comes back as it was when there are none.
fn replace_word(text: String, from: &str, to: &str) -> String {
    if crate::text::words::occurrences(&text, from).next().is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for i in crate::text::words::occurrences(&text, from) {
        if i < last {
            continue;
        }
        let before = text[..i].chars().next_back();
        let after = text[i + from.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-');
        if boundary(before) && boundary(after) {
            out.push_str(&text[last..i]);
            out.push_str(to);
            last = i + from.len();
        }
    }
    out.push_str(&text[last..]);
    out
}

pub(super) fn is_past_tense(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && word.chars().all(char::is_alphabetic)) || IRREGULAR.contains(&word)
}

/// Lower-cases the first word when it is a common word, so proper nouns keep their capital.
pub(super) fn lower_first(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    if COMMON.contains(&first.to_lowercase().as_str()) && first.chars().skip(1).all(|c| !c.is_uppercase()) {
        let mut chars = text.chars();
        let head = chars.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        head + chars.as_str()
    } else {
        text.to_owned()
    }
}

/// Lower-cases a topic's first word when it is only capitalised because it starts the note
/// (`Cache invalidation` → `cache invalidation`), keeping names, acronyms and known proper nouns.
pub(super) fn lower_topic(text: &str) -> String {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let sentence_case =
        first.chars().next().is_some_and(char::is_uppercase) && first.chars().skip(1).all(|c| !c.is_uppercase());
    let named = second != "I" && second.chars().next().is_some_and(char::is_uppercase);
    let common = COMMON.contains(&first.to_lowercase().as_str());
    // "I" stays "I": "forgot to say I know dbt" is not about an "i", nor "I've done…" an "i've".
    let i = first == "I" || ["I'", "I’"].iter().any(|p| first.starts_with(p));
    if sentence_case && !i && (common || !named) && !PROPER.contains(&first.to_lowercase().as_str()) {
        let mut chars = text.chars();
        let head = chars.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        head + chars.as_str()
    } else {
        text.to_owned()
    }
}

pub(super) fn trim_end_punct(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ';', ',', ':']).trim_end()
}
