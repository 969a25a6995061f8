//! The draft linter's checks: each takes a message's sentences and says what is wrong with them.
//! Independent of followup's own code on purpose (its own article rule, its own sentence split),
//! so that a bug there cannot hide here.

/// One message of a draft, as the linter sees it.
pub struct Message {
    /// The message's heading, without `## `.
    pub heading: String,
    /// The reader's name, when the heading names a person of the note.
    pub reader: Option<String>,
    /// `email`, `letter`, `card`, or `check-in`.
    pub channel: String,
    /// True for someone who helped (recruiter, coordinator, referrer…), not an interviewer.
    pub helper: bool,
    /// The body's paragraphs, salutation and sign-off left out.
    pub paragraphs: Vec<String>,
}

/// What is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub check: &'static str,
    pub heading: String,
    pub sentence: String,
}

/// The messages of a draft: every `## ` section from its `Dear …,` line to its sign-off.
pub fn messages(draft: &str, kinds: &[(String, bool)]) -> Vec<Message> {
    let mut out = Vec::new();
    for section in draft.split("\n## ").skip(1) {
        let mut lines = section.lines();
        let heading = lines.next().unwrap_or_default().trim().to_owned();
        let channel = if heading.starts_with("Check-in") {
            "check-in".to_owned()
        } else {
            heading.rsplit(" · ").next().unwrap_or_default().trim().to_owned()
        };
        let person = kinds.iter().filter(|(name, _)| heading.starts_with(name.as_str())).max_by_key(|(n, _)| n.len());
        let mut body = Vec::new();
        let mut inside = false;
        for line in lines {
            if line.starts_with("Dear ") && line.trim_end().ends_with(',') {
                inside = true;
                continue;
            }
            if inside && ["Best regards,", "Sincerely,", "Warmly,"].contains(&line.trim_end()) {
                break;
            }
            if inside {
                body.push(line);
            }
        }
        let paragraphs = body
            .join("\n")
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect();
        out.push(Message {
            heading,
            reader: person.map(|(n, _)| n.clone()),
            channel,
            helper: person.is_some_and(|(_, helper)| *helper),
            paragraphs,
        });
    }
    out
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] =
    &["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "e.g.", "i.e.", "vs.", "etc.", "Jr.", "Sr."];

/// A paragraph's sentences.
pub fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = paragraph.split(' ').collect();
    for (i, word) in words.iter().enumerate() {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        let ends = word.ends_with(['.', '?', '!']) && !ABBREVIATIONS.contains(word) && !is_initial(word);
        if ends || i + 1 == words.len() {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

fn is_initial(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every check on one message, and the checks across the messages of one draft.
pub fn lint(messages: &[Message], names: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for m in messages {
        let mut add = |check: &'static str, sentence: &str| {
            out.push(Finding { check, heading: m.heading.clone(), sentence: sentence.to_owned() })
        };
        for paragraph in &m.paragraphs {
            for s in sentences(paragraph) {
                if let Some(check) = sentence_check(&s, m, names) {
                    add(check, &s);
                }
                if let Some((other, _)) = seen.iter().find(|(h, t)| *t == s && *h != m.heading) {
                    let other = other.clone();
                    add("shared with another message", &format!("{s} [also in: {other}]"));
                }
                seen.push((m.heading.clone(), s));
            }
        }
        let count: usize = m.paragraphs.iter().map(|p| words(p).len()).sum();
        let bounds = match (m.channel.as_str(), m.helper) {
            ("check-in", _) => None,
            // (A follow-up sets one or two things straight, with no thanks around them.)
            ("email, a follow-up", _) => Some((25, 150)),
            ("card", _) | (_, true) => Some((25, 70)),
            ("email", false) => Some((90, 200)),
            ("letter", false) => Some((0, 350)),
            _ => None,
        };
        if let Some((low, high)) = bounds
            && !(low..=high).contains(&count)
        {
            add("length", &format!("{count} words, not {low}–{high}"));
        }
    }
    out
}

/// The first thing wrong with one sentence, if any.
fn sentence_check(s: &str, m: &Message, names: &[String]) -> Option<&'static str> {
    if s.contains("{{") || s.contains("{%") || s.contains("{#") || s.contains("}}") {
        return Some("template syntax");
    }
    let first = s.chars().find(|c| c.is_alphabetic());
    if first.is_some_and(char::is_lowercase) {
        return Some("starts in lowercase");
    }
    let w = words(s);
    if leaks_note(s, &w) {
        return Some("note line leaking");
    }
    if has_label(s) {
        return Some("label inside a sentence");
    }
    if w.windows(2).any(|p| wrong_article(&p[0], &p[1])) {
        return Some("wrong a/an");
    }
    if w.windows(2).any(|p| p[0].eq_ignore_ascii_case(&p[1]) && p[0].chars().any(char::is_alphabetic)) {
        return Some("doubled word");
    }
    if m.reader.is_some() && third_person(&w, m, names) {
        return Some("third person for the reader");
    }
    None
}

/// Marks of a note written to oneself: a lowercase "i", shorthand, or a note line's first person
/// after a preposition ("explained i forgot to…", "come back to I said…").
fn leaks_note(s: &str, w: &[String]) -> bool {
    const SHORTHAND: &[&str] = &["w/", "b/c", "->", "=>"];
    const SHORT_WORDS: &[&str] = &["tbh", "imo", "lol", "todo", "idk", "prob", "ppl", "mgr", "convo"];
    const SELF_TALK: &[&str] =
        &["i should", "i need to", "i forgot", "forgot to", "note to self", "remember to", "should have"];
    let lower = s.to_lowercase();
    w.iter().any(|x| x == "i" || x == "i'm" || x == "i'd" || x == "i've")
        || SHORTHAND.iter().any(|t| s.contains(t))
        // "&" for "and", not in a name (Cedar & Stone).
        || s.match_indices(" & ").any(|(at, _)| s[..at].split(' ').next_back().is_some_and(|w| !w.starts_with(char::is_uppercase)))
        || w.iter().any(|x| SHORT_WORDS.contains(&x.to_lowercase().as_str()))
        || SELF_TALK.iter().any(|t| lower.contains(t))
        || w.windows(2).any(|p| {
            ["about", "to", "of", "on", "with", "explained", "mention", "the", "a"].contains(&p[0].as_str())
                && p[1] == "I"
        })
}

/// A `Word:` label: a colon after a word, unless the sentence asks a question it announces.
fn has_label(s: &str) -> bool {
    s.match_indices(": ").any(|(i, _)| {
        let before = s[..i].rsplit(' ').next().unwrap_or_default().to_lowercase();
        !before.is_empty()
            && before.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ')')
            && !["ask", "another"].contains(&before.as_str())
    })
}

/// Words spelled with a vowel that start with a consonant sound, and the reverse.
const A_BEFORE: &[&str] = &[
    "one",
    "once",
    "user",
    "use",
    "used",
    "useful",
    "usual",
    "unique",
    "unit",
    "union",
    "universal",
    "university",
    "uniform",
    "utility",
    "european",
    "eu",
    "ui",
    "ux",
    "url",
    "uri",
    "usb",
    "unix",
];
const AN_BEFORE: &[&str] = &[
    "hour", "hourly", "honest", "honor", "honour", "heir", "mba", "nda", "sdet", "sre", "ml", "llm", "mvp", "api",
    "fbi", "hr", "rfc", "sql", "s3", "xml", "f1", "lstm", "nlp", "rnn", "rpc", "sla", "slo", "sli", "rfp", "mri",
    "x-ray",
];

/// "a" before a vowel sound, or "an" before a consonant sound.
fn wrong_article(article: &str, next: &str) -> bool {
    let article = article.to_lowercase();
    if article != "a" && article != "an" {
        return false;
    }
    let lower = next.to_lowercase();
    let lower = lower.as_str();
    let stem = lower.split('-').next().unwrap_or(lower);
    let acronym = next.len() > 1 && next.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let vowel_sound = if A_BEFORE.contains(&stem)
        || lower.starts_with("one-")
        || lower.starts_with("uni")
        || lower.starts_with("use")
    {
        false
    } else if AN_BEFORE.contains(&stem) {
        true
    } else if acronym {
        next.chars().next().is_some_and(|c| "AEFHILMNORSX".contains(c))
    } else if next.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        next.starts_with('8') || next.starts_with("11") || next.starts_with("18")
    } else {
        lower.starts_with(['a', 'e', 'i', 'o', 'u'])
    };
    (article == "a") == vowel_sound
}

/// "She", "he", "her"… in a message to one person, in a sentence that names nobody else.
fn third_person(w: &[String], m: &Message, names: &[String]) -> bool {
    const PRONOUNS: &[&str] = &[
        "she", "he", "her", "him", "his", "hers", "she'd", "he'd", "she's", "he's", "she’d", "he’d", "she’s", "he’s",
        "herself", "himself",
    ];
    let reader = m.reader.as_deref().unwrap_or_default();
    let others = names
        .iter()
        .filter(|n| n.as_str() != reader)
        .flat_map(|n| n.split(' ').map(str::to_owned))
        .filter(|n| n.len() > 2 && !n.ends_with('.'))
        .collect::<Vec<_>>();
    w.iter().any(|x| PRONOUNS.contains(&x.to_lowercase().as_str())) && !w.iter().any(|x| others.contains(x))
}
