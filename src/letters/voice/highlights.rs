//! Highlights as sentences: each note is turned to its reader and given the sentence its shape
//! calls for ("I especially enjoyed…", "I was also glad that you…"), and talk of pay is told
//! apart so that the letters can leave it out. What each word means is in `words`; the rewriting
//! of pronouns and verbs is `rewrite`'s.

use crate::text::words::contains_word;

use super::rewrite::{address, is_past_tense, lower_first, lower_topic, trim_end_punct};
use super::words::{DETERMINERS, FACTS, PAY, PRESENT, QUANTIFIERS, TOGETHER, TRAITS};

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
    /// Something of the writer's own that came up: "the punch-list app I set up", "my Q3 story".
    Told,
}

/// True for a highlight led by a gerund and saying what happened after it (`Knowing the
/// difference between an ASI and a CCD without being asked`): no frame makes it a sentence.
pub fn gerund_clause(text: &str) -> bool {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or_default().to_lowercase();
    // (`Mei-Ling liked that I wrote down dough temps`: a name that ends so, its verb after it.)
    let named = words.next().is_some_and(|w| is_past_tense(&w.to_lowercase()));
    let gerund = first.len() > 5 && first.ends_with("ing") && !TOGETHER.contains(&first.as_str()) && !named;
    gerund && matches!(to_reader(text, "").0, Shape::Clause)
}

/// True for a highlight about pay or benefits, which the letters leave out.
pub fn is_about_pay(text: &str) -> bool {
    // (`ray said $38-41 for JW depending`: a range of money, or money by the hour or year, is pay;
    // `cut costs by $40k` is not.)
    let lower = text.to_lowercase();
    let by_time =
        ["/hr", "/hour", " an hour", " per hour", "/yr", " a year", " per year"].iter().any(|t| lower.contains(t));
    let ranged = lower.match_indices(['$', '€', '£']).any(|(at, sign)| {
        let rest = &lower[at + sign.len()..];
        let digits =
            rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == 'k')).unwrap_or(rest.len());
        digits > 0 && rest[digits..].trim_start().starts_with(['-', '–'])
    });
    if ranged || (by_time && text.contains(['$', '€', '£'])) {
        return true;
    }
    // (Set 49: `offer coming in writing by Fri. 87k + 10%`, `Fenlo offer 87k`: thousands beside
    // an offer or a band are pay, with no currency sign.)
    let thousands = lower.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).any(|w| {
        w.strip_suffix('k').is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    });
    let offered = ["offer", "band", "package", "base", "bonus", "super"].iter().any(|w| contains_word(&lower, w));
    if thousands && offered {
        return true;
    }
    let mut previous = "";
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(i, &word)| {
        let pair = [previous, word];
        previous = word;
        let money = |w: &str| PAY.iter().any(|p| w.eq_ignore_ascii_case(p));
        // (Set 46: `nudges 2 days after salary credit`: when a customer's salary lands, a lender's
        // word, not the writer's pay.)
        let lending = words.get(i + 1).is_some_and(|next| ["credit", "credits", "date", "day"].contains(next));
        (money(word) && !lending)
            || (pair[0].eq_ignore_ascii_case("stock") && word.eq_ignore_ascii_case("options"))
            || (pair[0] == "401" && word.eq_ignore_ascii_case("k"))
    })
}

/// True for a highlight that tells what happens next, not what landed: `said they'd call
/// everyone by Friday either way`, `said there's no second round really, you'll check references
/// and decide`. The letter says where the process stands in its own words.
pub fn is_about_next_steps(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    let said = ["said ", "told me ", "mentioned "].iter().find_map(|s| lower.split_once(s).map(|(_, rest)| rest));
    let Some(said) = said else { return false };
    const NEXT: &[&str] = &[
        "decide",
        "decision",
        "next round",
        "second round",
        "next step",
        "references",
        "call everyone",
        "hear back",
        "get back to",
        "be in touch",
        "by friday",
        "by monday",
        "by tuesday",
        "by wednesday",
        "by thursday",
        "next week",
        "this week",
        "week of",
        "will email",
        "will call",
        "offer",
        // (Set 43: `Graham said people would hear by the 18th or 19th` was sent as "I was
        // especially glad that you said people would hear by the 18th or 19th.")
        "would hear",
        "will hear",
        "hear by",
        "let people know",
        "let me know by",
        "let everyone know",
    ];
    // (`by the 18th`: a day of the month.)
    let by_a_day =
        said.match_indices("by the ").any(|(at, w)| said[at + w.len()..].starts_with(|c: char| c.is_ascii_digit()));
    by_a_day || NEXT.iter().any(|n| said.contains(n))
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
            // `Harriet also liked…`: the frame says "also" where it is due.
            let body = body.replacen("you also ", "you ", 1);
            // (Set 63: "I especially enjoyed how we talked about the teen transition clinic":
            // what the two of you talked about was a conversation.)
            let (shape, body) = match body.strip_prefix("we talked about ") {
                Some(topic) if shape == Shape::Together => (Shape::Phrase, format!("our conversation about {topic}")),
                _ => (shape, body),
            };
            let verbs: &[&str] = match shape {
                // One does not appreciate one's own doing: "I was also pleased that I explained…".
                Shape::Clause if body.starts_with("I ") => &["glad", "pleased"],
                Shape::Clause | Shape::Fact | Shape::Trait => &["glad", "appreciated", "pleased"],
                Shape::Together | Shape::Phrase => &["enjoyed", "appreciated", "liked"],
                Shape::Told => &["glad"],
            };
            // Nor the verb of the note itself: not "I also appreciated that you appreciated…".
            // And "appreciated that you liked that I…" stacks two "that"s: "pleased you liked that…".
            let fits = |v: &&str| {
                let stacked = *v == "appreciated" && shape == Shape::Clause && contains_word(&body, "that");
                !contains_word(&body, v) && !stacked
            };
            let verb = verbs.iter().copied().filter(fits).find(|v| *v != last).unwrap_or(verbs[0]);
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
                // "glad you liked that I asked…", not "glad that you liked that I asked…".
                (Shape::Clause, "glad" | "pleased") if contains_word(&body, "that") => "",
                (Shape::Clause, _) => " that",
                (Shape::Together, _) => " how",
                (Shape::Phrase, _) => "",
                (Shape::Fact, "glad") => " to hear about",
                (Shape::Fact, _) => " hearing about",
                (Shape::Trait, "glad") => " to hear that the team is",
                (Shape::Trait, _) => " hearing that the team is",
                (Shape::Told, _) => " to tell you about",
            };
            // (`was "very grounded."`: the quotation's own full stop ends the sentence.)
            let quoted_stop = [".\"", ".”", "!\"", "!”", "?\"", "?”"].iter().any(|q| body.ends_with(q));
            let stop = if quoted_stop { "" } else { "." };
            format!("{lead}{joint} {body}{stop}")
        })
        .collect()
}

/// True when a highlight's sentence would string the note's fragments together rather than
/// recall one thing: the writer alone as its subject (set 56: "I was also pleased that I asked
/// velocity vs outcomes – liked DORA metrics answer"), a noun phrase run on past a comma ("I
/// enjoyed the Series C funded, about 180 employees"), or a verb after a comma with no subject
/// ("we discussed team structure, liked my approach…").
pub fn strung_together(text: &str, reader: &str) -> bool {
    let (shape, body) = to_reader(text, reader);
    let words: Vec<&str> = body.split(|c: char| !(c.is_alphanumeric() || c == '\'')).collect();
    let mine_alone = body.starts_with("I ") && !words.iter().any(|w| matches!(*w, "you" | "your" | "yours"));
    let subject = ["you ", "I ", "we "].iter().any(|s| body.starts_with(s));
    let run_on = match shape {
        Shape::Phrase | Shape::Fact | Shape::Told => body.contains(", "),
        Shape::Clause => !subject && body.contains(", "),
        Shape::Together | Shape::Trait => false,
    };
    let verb_after_comma = body
        .split(", ")
        .skip(1)
        .any(|part| part.split(' ').next().is_some_and(|w| w.len() > 3 && is_past_tense(&w.to_lowercase())));
    mine_alone || run_on || verb_after_comma
}

/// Where the verb of a note that does not start with one is, counted from its second word.
/// A noun phrase's own clause is no verb of it (set 67: `The attendance traffic-light system I
/// built for the 2nd years` was framed as a clause, "I was especially glad that the attendance
/// traffic-light system I built…"): after a determiner, a verb with a pronoun before it is
/// skipped.
fn verb_of(text: &str) -> Option<usize> {
    let words: Vec<&str> = text.split(' ').collect();
    let phrase = words.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
    (1..words.len()).position(|i| {
        let w = words[i];
        let relative =
            phrase && matches!(words[i - 1].to_lowercase().as_str(), "i" | "we" | "you" | "he" | "she" | "they");
        (is_past_tense(&w.to_lowercase()) || PRESENT.contains(&w)) && !relative
    })
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
        _ if let Some(verb) = verb_of(&text) => {
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
                // `the punch-list app I set up`, `my Q3 story`: the writer's, not a thing to enjoy.
                let own = det && first == "my"
                    || contains_word(&phrase, "I")
                    || ["story", "example", "answer"].iter().any(|w| phrase.ends_with(w));
                let shape = match () {
                    _ if FACTS.contains(&head.as_str()) => Shape::Fact,
                    _ if own => Shape::Told,
                    _ => Shape::Phrase,
                };
                (shape, if det { phrase } else { format!("the {phrase}") })
            }
        }
    }
}
