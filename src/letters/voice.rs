//! Turning a job seeker's notes-to-self into sentences addressed to the reader of a letter.
//!
//! Notes say "Hannah liked how I broke the migration into reversible steps"; the letter to Hannah
//! must say "I was especially glad that you liked how I broke the migration into reversible
//! steps." This module holds those small, conservative rewrites (names and "they" become "you",
//! verbs agree, a subject is supplied where the note left it out) plus list joining and dates
//! for people. Pure functions on strings, unit-tested with the shapes real notes take.

use crate::pipeline::extract::people;

/// The stage as a phrase for a sentence: `final round`, `phone screen`, `technical interview`.
pub fn stage_phrase(stage: Option<&str>) -> String {
    let Some(stage) = stage else { return "interview".to_owned() };
    let words: Vec<String> = stage
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| if w.len() > 1 && w.chars().all(|c| c.is_uppercase()) { w.to_owned() } else { w.to_lowercase() })
        .collect();
    let phrase = words.join(" ");
    let nouns = [
        "interview",
        "screen",
        "round",
        "call",
        "onsite",
        "chat",
        "panel",
        "conversation",
        "meeting",
        "loop",
        "review",
        "presentation",
        "visit",
        "lunch",
        "coffee",
    ];
    if phrase.is_empty() {
        "interview".to_owned()
    } else if phrase == "final" {
        "final round".to_owned()
    } else if words.iter().any(|w| nouns.contains(&w.as_str()) || w.ends_with("interview")) {
        phrase
    } else {
        format!("{phrase} interview")
    }
}

/// How a letter greets someone: `Dr. Raman` when the note gives an honorific, else the given name.
pub fn salutation(name: &str) -> String {
    match people::honorific(name) {
        Some(h) => format!("{h} {}", people::last_name(name)),
        None => people::first_name(name).to_owned(),
    }
}

/// The grammatical shape of a rewritten note, which decides the sentence around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A clause with its own subject: "you liked how I…", "the team seemed…".
    Clause,
    /// Something done together: "we connected on…".
    Together,
    /// A noun phrase: "the discussion of on-call".
    Phrase,
    /// A noun phrase about the job rather than the conversation: "the team of nine engineers".
    Fact,
    /// What the team is like, an adjective first: "remote-first, with one offsite a quarter".
    Trait,
}

/// Nouns that, leading a highlight, make it a fact about the job one is glad to hear of rather
/// than a moment of the interview one enjoyed.
const FACTS: &[&str] = &[
    "team",
    "teams",
    "company",
    "role",
    "roadmap",
    "stack",
    "office",
    "offices",
    "headcount",
    "funding",
    "mission",
    "product",
    "promotion",
    "budget",
    "org",
    "organization",
    "customers",
    "growth",
    "career",
    "mentorship",
];

/// Adjectives that, leading a highlight, describe how the team works.
const TRAITS: &[&str] = &["remote", "hybrid", "flexible", "async", "asynchronous", "distributed", "in-person"];

/// Verbs that, leading a note without a subject, describe something done together.
const TOGETHER: &[&str] = &[
    "connected",
    "bonded",
    "clicked",
    "agreed",
    "talked",
    "chatted",
    "discussed",
    "laughed",
    "shared",
    "covered",
    "dug",
    "spent",
    "went",
    "spoke",
    "met",
    "brainstormed",
    "debated",
    "explored",
    "compared",
    "traded",
    "swapped",
    "geeked",
    "whiteboarded",
    "sketched",
    "paired",
    "riffed",
    "aligned",
];

/// Irregular past tenses that lead notes often enough to recognise.
const IRREGULAR: &[&str] = &[
    "got",
    "had",
    "made",
    "took",
    "gave",
    "led",
    "ran",
    "drew",
    "built",
    "wrote",
    "did",
    "found",
    "saw",
    "showed",
    "thought",
    "felt",
    "kept",
    "brought",
    "told",
    "said",
    "sat",
    "knew",
    "won",
    "held",
    "taught",
    "caught",
    "came",
    "left",
    "hit",
    "nailed",
    "went",
    "spent",
    "began",
    "became",
    "grew",
    "chose",
    "spoke",
    "heard",
    "met",
    "understood",
    "stood",
    "meant",
    "sold",
    "paid",
];

/// Present-tense verbs that make a note a clause ("the role owns…", "the team uses…").
const PRESENT: &[&str] = &[
    "is", "are", "was", "were", "seemed", "seems", "has", "have", "owns", "own", "uses", "use", "runs", "needs",
    "wants", "looks", "sounds", "means", "makes", "takes", "gives", "lets", "keeps", "will", "would", "can", "could",
    "works", "ships", "goes", "fits", "matches", "feels", "appears", "offers", "values", "plans", "supports",
    "includes",
];

/// Verbs that start a note about something still to ask or check.
const ASKING: &[&str] = &["confirm", "ask", "check", "find", "learn", "understand", "verify", "discuss", "mention"];

/// Words that may be lower-cased when they lead a note (proper nouns such as Python stay).
const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "our",
    "my",
    "their",
    "his",
    "her",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "it",
    "good",
    "great",
    "strong",
    "nice",
    "positive",
    "real",
    "clear",
    "solid",
    "some",
    "lots",
    "plenty",
    "very",
    "really",
    "both",
    "everyone",
    "everybody",
    "all",
    "much",
    "many",
    "most",
    "lively",
    "warm",
    "genuine",
    "interesting",
    "deep",
    "long",
    "quick",
    "fun",
    "friendly",
    "excellent",
    "detailed",
    "open",
    "honest",
    "mutual",
    "overall",
    "discussion",
    "conversation",
    "questions",
    "question",
    "answers",
    "answer",
    "feedback",
    "rapport",
    "energy",
    "enthusiasm",
    "interest",
    "team",
    "how",
    "what",
    "why",
    "when",
    "where",
    "which",
    "whether",
    "talk",
    "shared",
    "genuinely",
    "clearly",
    "especially",
    "excited",
    "curious",
    "keen",
    "happy",
    "glad",
    "impressed",
];

/// Words that lead a subject and take no article ("most of the team", "every answer").
const QUANTIFIERS: &[&str] = &[
    "all",
    "both",
    "each",
    "every",
    "most",
    "many",
    "much",
    "several",
    "few",
    "no",
    "any",
    "one",
    "two",
    "three",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
];

const DETERMINERS: &[&str] =
    &["the", "a", "an", "our", "my", "your", "their", "this", "that", "these", "those", "some"];

/// Words of money talk: a thank-you letter is no place to recall that the pay suits you.
const PAY: &[&str] = &[
    "compensation",
    "comp",
    "salary",
    "salaries",
    "pay",
    "paid",
    "wage",
    "wages",
    "equity",
    "bonus",
    "bonuses",
    "rsu",
    "rsus",
    "benefits",
    "perks",
    "pto",
    "401k",
    "pension",
];

/// True for a highlight about pay or benefits, which the letters leave out.
pub fn is_about_pay(text: &str) -> bool {
    let mut previous = "";
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).any(|word| {
        let pair = [previous, word];
        previous = word;
        let money = |w: &str| PAY.iter().any(|p| w.eq_ignore_ascii_case(p));
        money(word)
            || (pair[0].eq_ignore_ascii_case("stock") && word.eq_ignore_ascii_case("options"))
            || (pair[0] == "401" && word.eq_ignore_ascii_case("k"))
    })
}

/// Sentences recalling the highlights, addressed to `reader`. The first sentence leads, and no
/// sentence takes the verb of the one before it ("I especially enjoyed… I also appreciated…").
pub fn highlight_sentences(highlights: &[&str], reader: &str) -> Vec<String> {
    let mut last = "";
    highlights
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let (shape, body) = to_reader(text, reader);
            let verbs: &[&str] = match shape {
                // One does not appreciate one's own doing: "I was also pleased that I explained…".
                Shape::Clause if body.starts_with("I ") => &["glad", "pleased"],
                Shape::Clause | Shape::Fact | Shape::Trait => &["glad", "appreciated"],
                Shape::Together | Shape::Phrase => &["enjoyed", "appreciated", "liked"],
            };
            let verb = verbs.iter().copied().find(|v| *v != last).unwrap_or(verbs[0]);
            last = verb;
            let lead = match (verb, i) {
                ("glad" | "pleased", 0) => format!("I was especially {verb}"),
                ("glad" | "pleased", 1) => format!("I was also {verb}"),
                ("glad" | "pleased", _) => format!("And I was {verb}"),
                (verb, 0) => format!("I especially {verb}"),
                (verb, 1) => format!("I also {verb}"),
                (verb, _) => format!("And I {verb}"),
            };
            let joint = match (shape, verb) {
                (Shape::Clause, _) => " that",
                (Shape::Together, _) => " how",
                (Shape::Phrase, _) => "",
                (Shape::Fact, "glad") => " to hear about",
                (Shape::Fact, _) => " hearing about",
                (Shape::Trait, "glad") => " to hear that the team is",
                (Shape::Trait, _) => " hearing that the team is",
            };
            format!("{lead}{joint} {body}.")
        })
        .collect()
}

/// Sentences that take up what did not come across in the interview, addressed to `reader`.
///
/// `Topic: what I meant` becomes a sentence naming the topic followed by the explanation, in the
/// candidate's own words; a bare topic becomes an offer to explain it.
pub fn clarification_sentences(items: &[&str], reader: &str) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let text = address(trim_end_punct(item), reader);
            let first = text.split(' ').next().unwrap_or_default().to_lowercase();
            if text.ends_with('?') {
                // "And another" only right after a question; a first question says what it is.
                let after_question = i > 0 && trim_end_punct(items[i - 1]).ends_with('?');
                let asked_before = items[..i].iter().any(|q| trim_end_punct(q).ends_with('?'));
                let lead = match (after_question, asked_before) {
                    (true, _) => "And another:",
                    (false, true) => "I also wanted to ask:",
                    (false, false) => "I also had a question I didn't get to ask:",
                };
                return format!("{lead} {}", lower_topic(&text));
            }
            if ASKING.contains(&first.as_str()) {
                return format!("I would also like to {}.", lower_topic(&text));
            }
            match split_topic(&text) {
                Some((topic, explanation)) => {
                    let lead = if i == 0 { "I also wanted to come back to" } else { "I would also like to add a word about" };
                    format!("{lead} {}. {}", lower_topic(topic), sentence(explanation))
                }
                None => {
                    let topic = lower_topic(strip_miss_prefix(&text));
                    if i == 0 {
                        format!("I don't think I explained {topic} as clearly as I would have liked, and I would be glad to walk you through it in more detail.")
                    } else {
                        format!("I would also be happy to say more about {topic}, which I didn't get to explain fully.")
                    }
                }
            }
        })
        .collect()
}

/// Rewrites a note so it speaks to `reader`, and says what shape the result has.
fn to_reader(text: &str, reader: &str) -> (Shape, String) {
    let text = address(trim_end_punct(text), reader);
    let mut words = text.splitn(2, ' ');
    let first = words.next().unwrap_or_default();
    let rest = words.next().unwrap_or_default();
    let lower = first.to_lowercase();
    match lower.as_str() {
        "you" => (Shape::Clause, format!("you {rest}").trim_end().to_owned()),
        "i" => (Shape::Clause, text.clone()),
        "we" => (Shape::Together, format!("we {rest}")),
        _ if TOGETHER.contains(&lower.as_str()) => {
            (Shape::Together, format!("we {lower} {rest}").trim_end().to_owned())
        }
        _ if is_past_tense(&lower) => (Shape::Clause, format!("I {lower} {rest}").trim_end().to_owned()),
        _ if let Some(verb) =
            text.split(' ').skip(1).position(|w| is_past_tense(&w.to_lowercase()) || PRESENT.contains(&w)) =>
        {
            // A subject of several words that is not a name ("Compensation band seems…") only
            // has its capital because it starts the note; one word may be a name ("Priya said").
            let possessive = first.ends_with("'s") || first.ends_with("’s");
            // It reads as a noun phrase then, and takes an article as in the phrase shape below.
            // When an article follows the first word ("Overall the talk went well"), that word
            // leads in and the subject has its article already.
            let lowered = lower_topic(&text);
            let leads_in = text.split(' ').skip(1).take(verb).any(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
            if verb == 0 || possessive || lowered == text {
                (Shape::Clause, lower_first(&text))
            } else if DETERMINERS.contains(&lower.as_str())
                || QUANTIFIERS.contains(&lower.as_str())
                || lower.ends_with("ing")
                || leads_in
            {
                (Shape::Clause, lowered)
            } else {
                (Shape::Clause, format!("the {lowered}"))
            }
        }
        _ => {
            let phrase = lower_topic(&text);
            let mut words = phrase.split(' ').map(|w| w.trim_end_matches([',', ';', ':']).to_lowercase());
            let first = words.next().unwrap_or_default();
            let det = DETERMINERS.contains(&first.as_str());
            let head = if det { words.next().unwrap_or_default() } else { first.clone() };
            let adjective = ["-first", "-friendly", "-based", "-driven", "-oriented", "-centric"];
            if !det && (TRAITS.contains(&first.as_str()) || adjective.iter().any(|a| first.ends_with(a))) {
                (Shape::Trait, phrase)
            } else {
                let shape = if FACTS.contains(&head.as_str()) { Shape::Fact } else { Shape::Phrase };
                (shape, if det { phrase } else { format!("the {phrase}") })
            }
        }
    }
}

/// Puts "you" where the note names the reader or says "they", and makes the verb agree.
fn address(text: &str, reader: &str) -> String {
    let mut names: Vec<String> = vec![reader.to_owned(), people::bare_name(reader).to_owned()];
    if let Some(h) = people::honorific(reader) {
        names.push(format!("{h} {}", people::last_name(reader)));
    }
    names.push(people::first_name(reader).to_owned());
    names.retain(|n| !n.is_empty());
    let names_reader = names.iter().any(|n| crate::text::words::contains_word(text, n));
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
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        let (word, tail) = if end == 0 {
            let c = rest.chars().next().expect("rest is not empty");
            rest.split_at(c.len_utf8())
        } else {
            rest.split_at(end)
        };
        let mapped = if end == 0 {
            None
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

fn is_past_tense(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && word.chars().all(char::is_alphabetic)) || IRREGULAR.contains(&word)
}

/// Lower-cases the first word when it is a common word, so proper nouns keep their capital.
pub fn lower_first(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    if COMMON.contains(&first.to_lowercase().as_str()) && first.chars().skip(1).all(|c| !c.is_uppercase()) {
        let mut chars = text.chars();
        let head = chars.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        head + chars.as_str()
    } else {
        text.to_owned()
    }
}

/// Proper nouns that often lead a topic in engineering interviews and keep their capital.
const PROPER: &[&str] = &[
    "python",
    "java",
    "javascript",
    "typescript",
    "kafka",
    "kubernetes",
    "rust",
    "go",
    "golang",
    "aws",
    "gcp",
    "azure",
    "react",
    "postgres",
    "postgresql",
    "linux",
    "docker",
    "terraform",
    "spark",
    "redis",
    "ruby",
    "rails",
    "swift",
    "kotlin",
    "scala",
    "node",
    "graphql",
    "django",
    "flask",
    "elixir",
    "erlang",
    "haskell",
    "c",
    "c++",
    "c#",
    "sql",
    "ios",
    "android",
    "excel",
    "figma",
    "salesforce",
    "snowflake",
    "airflow",
    "tableau",
    "english",
    "german",
    "french",
    "spanish",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Lower-cases a topic's first word when it is only capitalised because it starts the note
/// (`Cache invalidation` → `cache invalidation`), keeping names, acronyms and known proper nouns.
pub fn lower_topic(text: &str) -> String {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let sentence_case =
        first.chars().next().is_some_and(char::is_uppercase) && first.chars().skip(1).all(|c| !c.is_uppercase());
    let named = second != "I" && second.chars().next().is_some_and(char::is_uppercase);
    let common = COMMON.contains(&first.to_lowercase().as_str());
    if sentence_case && (common || !named) && !PROPER.contains(&first.to_lowercase().as_str()) {
        let mut chars = text.chars();
        let head = chars.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        head + chars.as_str()
    } else {
        text.to_owned()
    }
}

/// Capitalises the first letter and ends with a full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let head = chars.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    let body = head + chars.as_str();
    if body.ends_with(['.', '!', '?']) { body } else { format!("{body}.") }
}

fn trim_end_punct(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ';', ',', ':']).trim_end()
}

/// `Topic: explanation` or `Topic — explanation`, when the explanation is a real sentence.
fn split_topic(text: &str) -> Option<(&str, &str)> {
    let at = [": ", " — ", " – ", " - "].iter().filter_map(|sep| text.find(sep).map(|i| (i, sep.len()))).min()?;
    let (topic, explanation) = (text[..at.0].trim(), text[at.0 + at.1..].trim());
    (explanation.split_whitespace().count() >= 3 && !topic.is_empty()).then_some((topic, explanation))
}

/// Drops the "didn't explain" that notes put before the topic.
fn strip_miss_prefix(text: &str) -> &str {
    const PREFIXES: &[&str] = &[
        "didn't get to explain ",
        "did not get to explain ",
        "didn't explain ",
        "did not explain ",
        "didn't mention ",
        "did not mention ",
        "forgot to mention ",
        "forgot to explain ",
        "should have mentioned ",
        "should have explained ",
        "could have explained ",
        "could have been more specific about ",
        "could have been clearer about ",
        "wasn't clear about ",
        "was not clear about ",
        "ran out of time to explain ",
        "ran out of time on ",
        "didn't get to ",
        "clarify ",
        "explain ",
        "missed ",
        "more on ",
    ];
    let lower = text.to_lowercase().replace('’', "'");
    let stripped = PREFIXES.iter().find(|p| lower.starts_with(*p)).map_or(text, |p| &text[p.len()..]);
    stripped.trim_end_matches(" better").trim_end_matches(" more clearly")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_read_as_phrases() {
        assert_eq!(stage_phrase(Some("phone-screen")), "phone screen");
        assert_eq!(stage_phrase(Some("final")), "final round");
        assert_eq!(stage_phrase(Some("Technical")), "technical interview");
        assert_eq!(stage_phrase(Some("panel")), "panel");
        assert_eq!(stage_phrase(Some("HR screen")), "HR screen");
        assert_eq!(stage_phrase(None), "interview");
    }

    #[test]
    fn salutations_use_honorifics_or_given_names() {
        assert_eq!(salutation("Dr. Priya Raman"), "Dr. Raman");
        assert_eq!(salutation("Hannah Lee"), "Hannah");
        assert_eq!(salutation("李娜"), "李娜");
    }

    #[test]
    fn a_note_about_the_reader_is_turned_to_them() {
        let s = highlight_sentences(&["Hannah liked how I broke the migration into reversible steps."], "Hannah Lee");
        assert_eq!(s, ["I was especially glad that you liked how I broke the migration into reversible steps."]);
        let s = highlight_sentences(&["Dr. Raman was impressed by the benchmark harness"], "Dr. Priya Raman");
        assert_eq!(s, ["I was especially glad that you were impressed by the benchmark harness."]);
        let s = highlight_sentences(&["They asked great follow-up questions about my Kafka work"], "Ana Souza");
        assert_eq!(s, ["I was especially glad that you asked great follow-up questions about my Kafka work."]);
    }

    #[test]
    fn notes_without_a_subject_get_one() {
        let s = highlight_sentences(
            &[
                "Connected on remote work culture",
                "Python experience clearly matched",
                "Walked through the rollback plan",
            ],
            "Jane Smith",
        );
        assert_eq!(
            s,
            [
                "I especially enjoyed how we connected on remote work culture.",
                "I was also glad that Python experience clearly matched.",
                "And I was pleased that I walked through the rollback plan.",
            ]
        );
    }

    #[test]
    fn phrases_become_objects() {
        let s = highlight_sentences(
            &["The discussion of on-call rotations", "Lively debate on event sourcing"],
            "Jane Smith",
        );
        assert_eq!(
            s,
            [
                "I especially enjoyed the discussion of on-call rotations.",
                "I also appreciated the lively debate on event sourcing."
            ]
        );
    }

    #[test]
    fn topics_lose_their_sentence_capital_but_not_proper_nouns() {
        assert_eq!(lower_topic("Cache invalidation"), "cache invalidation");
        assert_eq!(lower_topic("Kafka consumer lag"), "Kafka consumer lag");
        assert_eq!(lower_topic("API design"), "API design");
        assert_eq!(lower_topic("Gregory Park's question"), "Gregory Park's question");
    }

    #[test]
    fn facts_about_the_job_are_glad_news_not_moments_enjoyed() {
        let s = highlight_sentences(
            &["Team of 9 engineers, growing to 30 by next year", "Remote-first, with one offsite per quarter"],
            "",
        );
        assert_eq!(
            s,
            [
                "I was especially glad to hear about the team of 9 engineers, growing to 30 by next year.",
                "I also appreciated hearing that the team is remote-first, with one offsite per quarter.",
            ]
        );
        let s = highlight_sentences(&["Good discussion of rate limiting", "A promotion path to staff"], "");
        assert_eq!(
            s,
            [
                "I especially enjoyed the good discussion of rate limiting.",
                "I was also glad to hear about a promotion path to staff.",
            ]
        );
    }

    #[test]
    fn pay_is_told_apart_from_words_that_contain_it() {
        for text in [
            "Salary band matches my target",
            "Equity is generous",
            "Great benefits",
            "Comp is fine",
            "Stock options vest monthly",
            "A 401(k) match",
            "PTO: unlimited",
        ] {
            assert!(is_about_pay(text), "{text}");
        }
        for text in ["We discussed the payments API", "Paying down tech debt", "A compelling roadmap"] {
            assert!(!is_about_pay(text), "{text}");
        }
    }

    #[test]
    fn ones_own_doing_is_a_pleasure_not_something_appreciated() {
        let s = highlight_sentences(&["Priya said the team ships weekly", "I explained the outage clearly"], "");
        assert_eq!(
            s,
            [
                "I was especially glad that Priya said the team ships weekly.",
                "I was also pleased that I explained the outage clearly."
            ]
        );
    }

    #[test]
    fn no_highlight_takes_the_verb_of_the_one_before() {
        let s = highlight_sentences(
            &["the whiteboard session", "we agreed on the rollout", "the tour of the office", "Ana liked my tests"],
            "Ana Souza",
        );
        assert_eq!(
            s,
            [
                "I especially enjoyed the whiteboard session.",
                "I also appreciated how we agreed on the rollout.",
                "And I enjoyed the tour of the office.",
                "And I was glad that you liked my tests.",
            ]
        );
    }

    #[test]
    fn pronouns_for_the_reader_become_you_but_them_stays() {
        let s = highlight_sentences(&["José and I paired well; he said my tests read like a spec"], "José Álvarez");
        assert_eq!(s, ["I especially enjoyed how we paired well; you said my tests read like a spec."]);
        let s = highlight_sentences(&["Lena said she and I think alike"], "Lena Park");
        assert_eq!(s, ["I was especially glad that you said we think alike."]);
        let s = highlight_sentences(
            &["Compensation band seems to match my target", "Priya's team ships weekly", "Kafka experience resonated"],
            "Lena Park",
        );
        assert_eq!(
            s,
            [
                "I was especially glad that the compensation band seems to match my target.",
                "I also appreciated that Priya's team ships weekly.",
                "And I was glad that Kafka experience resonated."
            ],
            "a sentence's capital goes, a name's stays"
        );
        let s = highlight_sentences(&["Overall the conversation flowed"], "Lena Park");
        assert_eq!(s, ["I was especially glad that overall the conversation flowed."]);
        let s = highlight_sentences(
            &["The team ships weekly", "Most answers landed", "Pairing on the bug went well"],
            "Lena Park",
        );
        assert_eq!(
            s,
            [
                "I was especially glad that the team ships weekly.",
                "I also appreciated that most answers landed.",
                "And I was glad that pairing on the bug went well."
            ]
        );
        let s = clarification_sentences(
            &["Could have been more specific about error budgets and how we negotiated them"],
            "Ana Souza",
        );
        assert_eq!(
            s,
            [
                "I don't think I explained error budgets and how we negotiated them as clearly as I would have liked, and I would be glad to walk you through it in more detail."
            ]
        );
        let s = clarification_sentences(&["Why I chose event sourcing"], "Ana Souza");
        assert!(s[0].starts_with("I don't think I explained why I chose event sourcing as"), "{s:?}");
    }

    #[test]
    fn questions_and_things_to_check_read_as_such() {
        let s = clarification_sentences(
            &["Is the role hybrid or fully remote?", "Confirm the equity refresh policy"],
            "Ana Souza",
        );
        assert_eq!(
            s,
            [
                "I also had a question I didn't get to ask: is the role hybrid or fully remote?",
                "I would also like to confirm the equity refresh policy."
            ]
        );
        let s = clarification_sentences(
            &[
                "Confirm the equity refresh policy",
                "Who owns on-call?",
                "What is the team size?",
                "Check the start date",
                "How is review done?",
            ],
            "Ana Souza",
        );
        assert_eq!(
            s,
            [
                "I would also like to confirm the equity refresh policy.",
                "I also had a question I didn't get to ask: who owns on-call?",
                "And another: what is the team size?",
                "I would also like to check the start date.",
                "I also wanted to ask: how is review done?"
            ],
            "\"and another\" follows a question"
        );
        let s = highlight_sentences(&["The role owns data retention rules end to end"], "Ana Souza");
        assert_eq!(s, ["I was especially glad that the role owns data retention rules end to end."]);
    }

    #[test]
    fn someone_else_keeps_their_name() {
        let s = highlight_sentences(&["Gregory liked my pairing style"], "Hannah Lee");
        assert_eq!(s, ["I was especially glad that Gregory liked my pairing style."]);
    }

    #[test]
    fn clarifications_keep_the_explanation_or_offer_one() {
        let s = clarification_sentences(
            &[
                "Cache invalidation: I said we rely on TTLs, but we version every key so stale reads are bounded.",
                "Didn't explain how the on-call rotation works",
            ],
            "Hannah Lee",
        );
        assert_eq!(
            s,
            [
                "I also wanted to come back to cache invalidation. I said we rely on TTLs, but we version every key so stale reads are bounded.",
                "I would also be happy to say more about how the on-call rotation works, which I didn't get to explain fully.",
            ]
        );
        let s = clarification_sentences(&["Could have been more specific about distributed systems"], "Jane Smith");
        assert_eq!(
            s,
            [
                "I don't think I explained distributed systems as clearly as I would have liked, and I would be glad to walk you through it in more detail."
            ]
        );
    }
}
