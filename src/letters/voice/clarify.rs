//! Clarifications as sentences: what did not come across in the interview, a question not asked,
//! or something to check, each addressed to the reader. Rewriting the words is `rewrite`'s.

use super::rewrite::{address, lower_topic, trim_end_punct};
use super::words::ASKING;

/// Sentences that take up what did not come across in the interview, addressed to `reader`.
///
/// `Topic: what I meant` becomes a sentence naming the topic followed by the explanation, in the
/// candidate's own words; a bare topic becomes an offer to explain it.
pub fn clarification_sentences(items: &[&str], reader: &str) -> Vec<String> {
    clarification_sentences_at(items, reader, 0)
}

/// `clarification_sentences` for the message at `rank` among the interviewers: the same thing
/// to ask two people ("Ask Lucas about…", "Ask Henrik about…") is asked in other words.
pub fn clarification_sentences_at(items: &[&str], reader: &str, rank: usize) -> Vec<String> {
    let items: Vec<&str> = items.iter().copied().filter(|c| clarification_kind(c) != ClarifyKind::Private).collect();
    let mut sentences = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let text = address(subject_dropped(trim_end_punct(without_kind_label(item))), reader);
            match clarification_kind(item) {
                ClarifyKind::Promise => {
                    let what = promised(item).unwrap_or_default();
                    // `that blog post I wrote`: "that" pointed at the talk; the letter says "the".
                    let what = match what.split_once(' ') {
                        Some(("that", rest)) => format!("the {rest}"),
                        Some(("those", rest)) => format!("the {rest}"),
                        _ => what,
                    };
                    // (`the name of that crosswind training video i mentioned`: so after "of".)
                    let what = what.replacen(" of that ", " of the ", 1).replacen(" of those ", " of the ", 1);
                    return format!("As promised, here {} {what}.", if plural(&what) { "are" } else { "is" });
                }
                ClarifyKind::Unmentioned => {
                    // (`Forgot to mention I did OSHA 30. Could matter for site visits.`: what
                    // follows the first sentence is the writer's thought about it.)
                    // (The core of the whole line: `Forgot to mention the Spanish. Obvious asset!!`
                    // is "the Spanish", as `understood` vouched for it.)
                    let core = unmentioned_core(&text);
                    let core = core.as_ref();
                    let first = unmentioned_thing(core);
                    // (`Forgot to mention Delaware bar…`: a capital inside the line is the writer's.)
                    let what = match first.len() < core.len() {
                        true => first.trim_end_matches('.').to_owned(),
                        false => lower_topic(first.trim_end_matches('.')),
                    };
                    // (`Delaware bar application pending`: a thing and where it stands, said as a clause.)
                    // (Set 47: `ASQ CQA exam booked (Feb '27)`, likewise.)
                    let stands = ["pending", "booked", "scheduled", "submitted"]
                        .iter()
                        .find_map(|s| what.strip_suffix(&format!(" {s}")).map(|thing| (thing, s)))
                        .filter(|(thing, _)| thing.split(' ').count() <= 5);
                    if let Some((thing, state)) = stands {
                        let mine = ["my ", "our ", "the "].iter().any(|d| thing.starts_with(d));
                        let thing = if mine { thing.to_owned() } else { format!("my {thing}") };
                        return format!("I didn't get to mention that {thing} is {state}, and I'd be glad to tell you more about it.");
                    }
                    // "forgot to mention mentored the 2 interns": what I did, said as a clause.
                    // (Not `advanced SQL`: a past tense is a verb when what it did follows it.)
                    let mut words = what.split(' ');
                    let first = words.next().unwrap_or_default();
                    let object = words.next().is_some_and(|w| {
                        ["the", "a", "an", "my", "our", "two", "three"].contains(&w) || w.chars().all(|c| c.is_ascii_digit())
                    });
                    let what = if super::rewrite::is_past_tense(first) && object && !what.starts_with("I ") {
                        format!("I {what}")
                    } else {
                        what
                    };
                    // `I'm fine with the Saturday shift`: a fact to state, not a topic to offer more of.
                    // (`I've started the Everlaw free training`: news since, told as news.)
                    let news = ["I've started ", "I have started ", "I've signed up ", "I've begun ", "I've enrolled "];
                    let said = what.strip_prefix("that ").unwrap_or(&what);
                    if news.iter().any(|p| said.starts_with(p)) {
                        return format!("I also wanted to let you know that {said}.");
                    }
                    if ["I'm fine with ", "I'm happy to ", "I'm available ", "I'm open to "].iter().any(|p| what.starts_with(p)) {
                        return format!("I also wanted to let you know that {what}.");
                    }
                    // "forgot to say I know dbt": a clause, said as one.
                    // (Set 68: `I speak German too, half their customers are in NRW`: the clause
                    // alone; a second after a comma would run on from it.)
                    let what = run_on_cut(&what);
                    // (Set 68: a second thing unsaid, in the same letter, is told as one more.)
                    // (The same line twice is said once: the letter leaves out a sentence repeated.)
                    let again = items[..i]
                        .iter()
                        .any(|c| clarification_kind(c) == ClarifyKind::Unmentioned && *c != *item);
                    if what.starts_with("I ") || what.starts_with("I'") {
                        if again {
                            // (`I speak German too`: "also" says it once.)
                            let what = what.strip_suffix(" too").unwrap_or(&what);
                            return format!("I also didn't get to say that {what}.");
                        }
                        return format!("I didn't get to say that {what}, and I'd be glad to tell you more about it.");
                    }
                    // (Set 42: `the IASTM course or the running gait analysis CPD`: two things.)
                    let two = [" and the ", " or the ", " and my ", " or my ", " and a ", " or a "]
                        .iter()
                        .any(|j| what.contains(j));
                    let it = if two { "them" } else { "it" };
                    // (Set 47: `forgot 21 CFR Part 11 course cert`: one's own certificate, "my".)
                    let what = if owns_without_determiner(&what) { format!("my {what}") } else { what };
                    if again {
                        return format!("I also didn't get to mention {what}.");
                    }
                    return format!("I didn't get to mention {what}, and I'd be glad to tell you more about {it}.");
                }
                ClarifyKind::Correction => {
                    // (Set 50: two corrections in one letter, each opened as if it were the only one.)
                    let again = items[..i].iter().any(|c| clarification_kind(c) == ClarifyKind::Correction);
                    if let Some(right) = said_instead(&text) {
                        let lead = if again { "And one more correction:" } else { "One correction to what I said:" };
                        return format!("{lead} {}.", lower_topic(trim_end_punct(right)));
                    }
                    let lead = if again {
                        "I should also correct one more thing."
                    } else {
                        "I'd like to correct one thing from our conversation."
                    };
                    return format!("{lead} {}", sentence(correction_only(&text)));
                }
                _ => {}
            }
            // (`forgot to ask about CE allowance. Carla said there's a CE budget…`: what was not
            // asked, asked now; what follows is the writer's.)
            // (A second question in a row is asked in other words: not "I also wanted to ask…"
            // twice.)
            let again = i > 0 && clarification_kind(items[i - 1]) == ClarifyKind::Question;
            let lead = if again { "I'd also like to know" } else { "I also wanted to ask" };
            if let Some(topic) = unasked(&text) {
                return format!("{lead} about {}.", with_the(&lower_topic(topic)));
            }
            // (`forgot to ask whether they cross-train into micro`: the question, as asked.)
            if let Some(question) = unasked_directly(&text) {
                return format!("{lead} {question}.");
            }
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
                let lead = if rank % 2 == 0 { "I would also like to" } else { "I'd also welcome the chance to" };
                return format!("{lead} {}.", lower_topic(&text));
            }
            match split_topic(&text) {
                Some((topic, explanation)) => {
                    let lead = if i == 0 { "I also wanted to come back to" } else { "I would also like to add a word about" };
                    // "didn't explain well how we handled backfills — …": the topic is what follows.
                    let topic = with_article(&lower_topic(strip_miss_prefix(topic)));
                    match said_instead(subject_dropped(explanation)) {
                        Some(right) => {
                            let right = trim_end_punct(right);
                            format!("{lead} {topic}. To put it precisely, {}.", lower_topic(right))
                        }
                        None => format!("{lead} {topic}. {}", sentence(explanation)),
                    }
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
        .collect::<Vec<String>>();
    // (Two lines of the note about one thing unsaid: told once.)
    let mut told: Vec<String> = Vec::new();
    sentences.retain(|s| match unsaid_thing(s) {
        Some(thing) if told.contains(&thing) => false,
        Some(thing) => {
            told.push(thing);
            true
        }
        None => true,
    });
    sentences
}

/// The thing a sentence says went unsaid (`I didn't get to mention X, and…`, `I also didn't get
/// to say that X.`), without "too".
fn unsaid_thing(sentence: &str) -> Option<String> {
    let rest = [
        "I didn't get to say that ",
        "I didn't get to mention ",
        "I also didn't get to say that ",
        "I also didn't get to mention ",
    ]
    .iter()
    .find_map(|p| sentence.strip_prefix(p))?;
    let thing = rest.split(", and I'd be glad").next().unwrap_or(rest).trim_end_matches('.');
    Some(thing.strip_suffix(" too").unwrap_or(thing).to_owned())
}

/// What a clarification is, which decides its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClarifyKind {
    /// "I said we used X; we actually use Y": "I'd like to correct one thing…".
    Correction,
    /// "forgot to mention my scheduler": "I didn't get to mention…".
    Unmentioned,
    /// "send Maya the benchmark write-up": "As promised, here is…", and a line in the plan.
    Promise,
    /// "I should practise system design": a note to oneself, in no letter.
    Private,
    /// A question not asked, or something to ask or confirm.
    Question,
    /// A topic, or `Topic: what I meant`: taken up in the candidate's words.
    Topic,
}

/// The kind of a clarification, from how the note words it.
pub fn clarification_kind(text: &str) -> ClarifyKind {
    // (Set 56: `*Not mentioned:* Forgot to mention …`, `*Promise:* Told Sneha …`: the label says
    // the kind, unless what follows it is for the writer alone.)
    if let Some((kind, body)) = kind_label(text) {
        return match clarification_kind(body) {
            ClarifyKind::Private => ClarifyKind::Private,
            _ => kind,
        };
    }
    let lower = trim_end_punct(text).to_lowercase().replace('’', "'");
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    // "I forgot to mention…" and "forgot to mention…" are one thing.
    let act = subject_dropped(&lower).to_owned();
    let acts = |prefixes: &[&str]| prefixes.iter().any(|p| act.starts_with(p));
    if said_instead(&act).is_some() {
        return ClarifyKind::Correction;
    }
    // `forgot to ask about ramp period. ASK NEXT TIME`: a reminder for the next interview.
    // (`private: the band Colleen gave is low. Do NOT bring it up until offer stage.`)
    let private = ["private:", "private -", "self:", "note to self"].iter().any(|p| lower.starts_with(p))
        || ["do not bring it up", "don't bring it up", "dont bring it up", "not bring that up"]
            .iter()
            .any(|p| lower.contains(p))
        // (Set 61: `Kondo kachō asked about my family plan (children?). … → memo only`, `never
        // write`: the writer's own marks for what stays in the note.)
        || ["memo only", "never write", "(only here)", "only for me", "not for any letter"].iter().any(|p| lower.contains(p))
        || crate::pipeline::extract::sections::kept_secret(&lower);
    // (`the $1.2M culvert thing — Bri said she already fixed it in her notes 👍`: set straight
    // already, in no letter.)
    let settled = crate::pipeline::extract::sections::let_go(&lower);
    // (Set 41: `How long is Legal review for a discussion guide, really? Dev says "2 weeks…"`: a
    // question someone answered already.)
    let answered = lower.split_once("? ").is_some_and(|(_, after)| {
        let words: Vec<&str> = after.split_whitespace().take(3).collect();
        words.iter().skip(1).take(2).any(|w| matches!(*w, "says" | "said" | "answered" | "told"))
    });
    if lower.contains("next time") || private || settled || answered {
        return ClarifyKind::Private;
    }
    if starts(&[
        "i should",
        "should practi",
        "i need to",
        "need to practi",
        "need to work on",
        "note to self",
        "practice ",
        "practise ",
        "work on my",
        "next time",
        "remember to",
        "brush up",
        "study ",
        "review my",
        // (Set 61: `I was nervous, drank all the water in 5 minuts lol`: how the writer felt.)
        "i was nervous",
        "i was so nervous",
        "was nervous",
    ]) {
        ClarifyKind::Private
    } else if promised_thing(text).is_some() {
        ClarifyKind::Promise
    } else if unasked(text).is_some_and(super::highlights::is_about_pay) {
        // (`forgot to ask about the sign-on bonus`: pay waits for an offer, in no thank-you.)
        ClarifyKind::Private
    } else if unasked(text).is_some() || unasked_directly(text).is_some() {
        ClarifyKind::Question
    } else if acts(&[
        "forgot to mention ",
        "forgot to say ",
        "didn't mention ",
        "didnt mention ",
        "did not mention ",
        "didn't get to mention ",
        "didnt get to mention ",
        "didn't get to say ",
        "never got to mention ",
        "never mentioned ",
        "forgot to bring up ",
        "never brought up ",
        "didn't bring up ",
        "forgot to talk about ",
        // (Set 48: `didn't get to my slide on offline mode`: a thing not come to.)
        "didn't get to my ",
        "didnt get to my ",
        "never got to my ",
    ]) || forgot_a_thing(&act)
    {
        ClarifyKind::Unmentioned
    } else if lower.starts_with("i said ")
        && [" actually ", " in fact ", " meant ", " but "].iter().any(|w| lower.contains(w))
    {
        ClarifyKind::Correction
    } else if lower.ends_with('?') || ASKING.contains(&lower.split(' ').next().unwrap_or_default()) {
        ClarifyKind::Question
    } else {
        ClarifyKind::Topic
    }
}

/// What a line labelled a promise says to send, as "send …": `PMO governance deck (sanitised) to
/// Farida ma'am by Fri 04-Dec` is "send the PMO governance deck …"; a line that says it in a
/// sentence of its own (`Told Sneha I will share…`, `send her the deck`) as it is.
fn labelled_promise(body: &str) -> String {
    let first = body.split(' ').next().unwrap_or_default();
    let lower = first.to_lowercase();
    const DETERMINERS: &[&str] = &["the", "a", "an", "my", "our", "that", "those", "some", "copies"];
    let acronym = first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let noun = acronym || first.starts_with(char::is_lowercase);
    const SAYS_IT: &[&str] =
        &["send", "share", "email", "mail", "forward", "told", "tell", "i", "i'll", "i'd", "promised", "will", "to"];
    if SAYS_IT.contains(&lower.as_str()) || !noun {
        body.to_owned()
    } else if DETERMINERS.contains(&lower.as_str()) {
        format!("send {body}")
    } else {
        format!("send the {body}")
    }
}

/// Labels that say what kind a clarification is, lower-cased, each with its kind.
const KIND_LABELS: &[(&str, ClarifyKind)] = &[
    ("correction", ClarifyKind::Correction),
    ("corrections", ClarifyKind::Correction),
    ("to correct", ClarifyKind::Correction),
    ("misspoke", ClarifyKind::Correction),
    ("got wrong", ClarifyKind::Correction),
    ("said wrong", ClarifyKind::Correction),
    // (Set 57: `WRONG: said kafka exactly-once gives end-to-end EOS.`, `wrong number: told
    // oksana … 40ms. it's 140ms`.)
    ("wrong", ClarifyKind::Correction),
    ("wrong number", ClarifyKind::Correction),
    ("not mentioned", ClarifyKind::Unmentioned),
    ("didn't mention", ClarifyKind::Unmentioned),
    ("didnt mention", ClarifyKind::Unmentioned),
    ("forgot to mention", ClarifyKind::Unmentioned),
    ("never mentioned", ClarifyKind::Unmentioned),
    ("missed", ClarifyKind::Unmentioned),
    ("omitted", ClarifyKind::Unmentioned),
    ("omission", ClarifyKind::Unmentioned),
    ("left out", ClarifyKind::Unmentioned),
    ("forgot", ClarifyKind::Unmentioned),
    ("promise", ClarifyKind::Promise),
    ("promised", ClarifyKind::Promise),
    ("promises", ClarifyKind::Promise),
    ("i owe", ClarifyKind::Promise),
    ("owed", ClarifyKind::Promise),
    ("private", ClarifyKind::Private),
    ("note to self", ClarifyKind::Private),
    ("self", ClarifyKind::Private),
    ("nts", ClarifyKind::Private),
    ("me only", ClarifyKind::Private),
    ("only me", ClarifyKind::Private),
];

/// A clarification whose label says what kind it is, and what follows the label: `*Not
/// mentioned:* Forgot to mention RBI audit work` → (thing not mentioned, `Forgot to mention RBI
/// audit work`), `Correction – told Priya …`, `**Promise:** …`.
fn kind_label(text: &str) -> Option<(ClarifyKind, &str)> {
    let start = text.trim_start_matches(['*', '_', '#', '-', '•', ' ']);
    // (Set 62: `[correction] I called their app "Nuri Taxi"…`, `[me only] commute…`: a tag in
    // square brackets.)
    if let Some((label, body)) = start.strip_prefix('[').and_then(|t| t.split_once("] ")) {
        let label = label.to_lowercase();
        if let Some((_, kind)) = KIND_LABELS.iter().find(|(l, _)| *l == label) {
            let body = body.trim_start();
            return (!body.is_empty()).then_some((*kind, body));
        }
    }
    let (at, len) =
        [":", " – ", " — ", " - "].iter().filter_map(|sep| start.find(sep).map(|at| (at, sep.len()))).min()?;
    let label = start[..at].trim_end_matches(['*', '_', ' ']).to_lowercase().replace('’', "'");
    let (_, kind) = KIND_LABELS.iter().find(|(l, _)| *l == label)?;
    let body = start[at + len..].trim_start_matches(['*', '_', ' ']);
    (!body.is_empty()).then_some((*kind, body))
}

/// A clarification without the label that says its kind (`*Not mentioned:* Forgot to mention
/// RBI audit work` → `Forgot to mention RBI audit work`); any other as it is.
pub fn without_kind_label(text: &str) -> &str {
    kind_label(text).map_or(text, |(_, body)| body)
}

/// What a promise says to send (`the benchmark write-up`), when the line is one:
/// "send Maya the benchmark write-up", "I'll send the deck", "promised to share my notes".
pub fn promised(text: &str) -> Option<String> {
    promised_thing(text).filter(|thing| sayable_thing(thing))
}

/// True when a thing promised reads as the thing itself, not the note's words about it (set 72:
/// "As promised, here are the Hakan Bey: he wants to see the Excel route planner more detailed.",
/// "As promised, here is the links via her.").
fn sayable_thing(thing: &str) -> bool {
    let lower = thing.to_lowercase();
    !thing.contains([':', '→'])
        && !lower.contains(" via ")
        && !lower.split_whitespace().any(|w| matches!(w, "he" | "she" | "wants" | "asked"))
}

fn promised_thing(text: &str) -> Option<String> {
    let text = trim_end_punct(text).replace("**", "");
    // (Set 50: `**Promise:** I told Mrs. Wafula I would send a one-page outline of …`: the label,
    // then whom the writer told what they would send.)
    let text = match kind_label(&text) {
        Some((ClarifyKind::Promise, body)) => labelled_promise(body),
        _ => text.clone(),
    };
    let told = {
        let lower = text.to_lowercase().replace('’', "'");
        let from = ["i told ", "told "].iter().find(|t| lower.starts_with(*t)).map(|t| t.len());
        // (Set 56: `Told Sneha I will share sanitised weekly status report template …`.)
        let will = [
            " i would send ",
            " i'd send ",
            " i will send ",
            " i'll send ",
            " i would share ",
            " i'd share ",
            " i will share ",
            " i'll share ",
        ];
        from.and_then(|from| {
            let (at, len) = will.iter().filter_map(|w| lower[from..].find(w).map(|at| (from + at, w.len()))).min()?;
            // (What they said they would share is a thing: `… share sanitised weekly status report
            // template` is "the" template.)
            let thing = &text[at + len..];
            // (Set 69: `Told Rhys I'd send him the bilingual … template`: to whom is said already.)
            let thing = ["him ", "her ", "them ", "you "].iter().find_map(|p| thing.strip_prefix(p)).unwrap_or(thing);
            let first = thing.split(' ').next().unwrap_or_default().to_lowercase();
            let determined = ["the", "a", "an", "my", "our", "that", "those", "some", "copies", "a copy"]
                .iter()
                .any(|d| first == *d);
            let the = if determined || thing.starts_with(char::is_uppercase) { "" } else { "the " };
            (lower[from..at].split_whitespace().count() <= 3).then(|| format!("send {the}{thing}"))
        })
    };
    let text = told.as_deref().unwrap_or(&text);
    // (`I promised to send him the sample schedule`: the promise is the writer's either way.)
    let text = ["I promised ", "I also promised ", "Also promised "]
        .iter()
        .find_map(|p| text.strip_prefix(p).map(|rest| &text[text.len() - rest.len() - "promised ".len()..]))
        .unwrap_or(text);
    let lower = text.to_lowercase().replace('’', "'");
    // (`send Greg the article on EPS panel losses I mentioned (the FM Global data sheet reference,
    // not an article — check which one)`: the writer is not sure what it is; they word it.)
    if ["check which", "not sure which", "check what", "or was it"].iter().any(|w| lower.contains(w)) {
        return None;
    }
    // (`promised DeShawn the link to the middle school bridge program`: what was promised him.)
    let verb = [
        "i said i'd send ",
        "i'll send ",
        "promised to send ",
        "promised to share ",
        "send ",
        "share ",
        "promised ",
        "i undertook to send ",
        "undertook to send ",
        "i agreed to send ",
        "agreed to send ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))?;
    let rest = &text[verb.len()..];
    let mut words: Vec<&str> = rest.split(' ').collect();
    // (`send Dr. Anand the recall templates`: a title and a surname.)
    if words.len() > 2
        && words[0].ends_with('.')
        && crate::pipeline::extract::people::is_abbreviated_honorific(words[0])
    {
        words.remove(0);
    }
    // (Set 46: `Send Farhan sir the link…`: the respect paid is no part of the thing.)
    if words.len() > 2 && crate::pipeline::extract::people::is_respect_after_name(words[1]) {
        words.remove(1);
    }
    // "send Maya the write-up", "send them my notes": the person it goes to is not the thing.
    // (Set 49: `promised jenna my references list`: a hurried thumb's name in lower case.)
    let hurried_name = words[0].len() >= 3
        && words[0].chars().all(|c| c.is_lowercase())
        && !crate::pipeline::extract::people::is_common_word(words[0]);
    if words.len() > 1
        && (words[0].chars().next().is_some_and(char::is_uppercase)
            || hurried_name
            || ["them", "him", "her", "you"].contains(&words[0]))
        && ["the", "a", "an", "my", "our", "that", "those", "some"].contains(&words[1].to_lowercase().as_str())
    {
        words.remove(0);
    }
    let object = words.join(" ");
    // (`the ICRA phasing diagram I described. Need to redraw…`: the first sentence says the thing,
    // the rest is the writer's.)
    let object = object.split(". ").next().unwrap_or(&object).to_owned();
    // (`the live call-in practice thing? maybe not`: a doubt, not a promise.)
    // (`my 90-day plan draft if they move me to round 3`: a promise on a condition is the
    // writer's to keep when it is met.)
    let conditional = |w: &str| ["maybe", "if", "unless", "once"].contains(&w);
    if object.contains('?') || object.to_lowercase().split_whitespace().any(conditional) {
        return None;
    }
    // (`the lesson plan from today anyway`: a day said from the note's, and the writer's aside.)
    let said_when = ["today", "yesterday", "tomorrow", "tonight", "anyway", "thing", "stuff"];
    if object.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| said_when.contains(&w)) {
        return None;
    }
    let first = object.split(' ').next().unwrap_or_default().to_lowercase();
    // (Set 56: `n.b. send Denise an actual card — she went way beyond`: a card, a letter or a
    // thank-you is how the thanks go, not a thing promised.)
    const HOW_THANKS_GO: &[&str] =
        &["card", "letter", "note", "thank-you", "thanks", "email", "e-mail", "message", "text", "mail"];
    let thing_end = [" — ", " – ", " - ", " by ", " to ", " for ", " with ", ",", " ("]
        .iter()
        .filter_map(|s| object.find(s))
        .min()
        .unwrap_or(object.len());
    let head = object[..thing_end].split(' ').next_back().unwrap_or_default().to_lowercase();
    if HOW_THANKS_GO.contains(&head.as_str()) {
        return None;
    }
    // (Set 50: `Promised to send him copies of my AM2 and 2391 certs`.)
    let copies = ["copies of ", "a copy of ", "copy of "].iter().any(|c| object.to_lowercase().starts_with(c));
    let det = copies || ["the", "a", "an", "my", "our", "that", "those", "some"].contains(&first.as_str());
    (!object.is_empty() && det).then(|| {
        // "the deck to Maya", "the notes to them", "the template with Keiko": whom it goes to
        // is not the thing.
        let to_someone = [" to ", " with "].iter().find_map(|joint| {
            object.match_indices(joint).find(|(at, _)| {
                let next = object[at + joint.len()..].split(' ').next().unwrap_or_default();
                next.chars().next().is_some_and(char::is_uppercase) || ["him", "her", "them", "you"].contains(&next)
            })
        });
        let object = to_someone.map_or(object.as_str(), |(at, _)| &object[..at]).to_owned();
        // `the write-up (sanitized)`: what the writer added in brackets is for them; and `— by
        // 27.11`, `by Friday`: when it is due is theirs too.
        let object = crate::text::words::without_brackets(&object).replace(" ,", ",");
        // (`my pending list follow-up script, without patient names`: how to send it is theirs.)
        let end = [" — ", " – ", " - ", " by ", " before ", " after ", ";", ", without ", ", minus ", ", redacted"]
            .iter()
            .filter_map(|s| object.find(s))
            .min();
        lower_topic(end.map_or(object.as_str(), |at| &object[..at]).trim_end_matches(['.', ',']))
    })
}

/// Words a topic made of a noun phrase does not hold: a subject, a verb of the story, the marks
/// of a line written for oneself.
/// (After "how", "why" or "what", a clause may follow: `how I'd staff the on-call rotation`.)
const NOT_A_TOPIC: &[&str] = &[
    "i", "i'd", "i'm", "i've", "you", "he", "she", "they", "we", "said", "asked", "was", "were", "is", "are", "did",
    "didn't", "got", "had", "have", "it's", "it", "forgot", "forget", "ask",
];

/// Words of a line written for oneself, wherever they stand in it.
const FOR_ONESELF: &[&str] =
    &["fix", "ugh", "lol", "todo", "must", "should", "need", "don't", "remember", "correct", "wrong", "inflate"];

/// True when `text` reads as a noun phrase a frame can carry (`partition rebalancing`, `the
/// pricing question`): short, with no subject or verb of its own and nothing written for oneself.
fn plain_topic(text: &str, most: usize) -> bool {
    let raw: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // (Set 56: `RBI IT audit compliance experience`: "IT" in capitals is no "it".)
    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let words: Vec<String> =
        raw.iter().map(|w| if acronym(w) { (*w).to_owned() } else { w.to_lowercase().replace('’', "'") }).collect();
    let clause = words
        .iter()
        .position(|w| ["how", "why", "what", "when", "where", "which", "whether"].contains(&w.as_str()))
        .unwrap_or(words.len());
    // `the grant reporting I did for the IMLS grant`: "I" and a past tense after a noun say which.
    let relative = (2..words.len())
        .find(|&k| words[k] == "i" && words.get(k + 1).is_some_and(|v| super::rewrite::is_past_tense(v)));
    let clause = relative.map_or(clause, |k| k.min(clause));
    // `send references to Carla by Fri`, `check my old reports`: a thing to do, not a topic.
    const TO_DO: &[&str] = &[
        "send", "share", "email", "ask", "check", "follow", "get", "update", "call", "text", "tell", "look", "find",
        "review", "prep", "prepare", "practice", "practise", "fix", "research", "write", "read",
        // (`maybe be upfront about that in the email`: the writer's plan, not a topic.)
        "maybe", "be", "should", "need", "must", "probably", "mention",
    ];
    // (Set 60, a post-mortem's `What went wrong`: `Napkin math slow` was "I don't think I explained
    // napkin math slow as clearly…": a verdict on how it went, not a topic.)
    const VERDICTS: &[&str] =
        &["slow", "bad", "weak", "poor", "wrong", "late", "rushed", "shaky", "messy", "sloppy", "rambling", "vague"];
    !words.is_empty()
        && !TO_DO.contains(&words[0].as_str())
        && !words.last().is_some_and(|w| VERDICTS.contains(&w.as_str()))
        && words.len() <= most
        && !words[..clause].iter().any(|w| NOT_A_TOPIC.contains(&w.as_str()))
        && !words.iter().any(|w| FOR_ONESELF.contains(&w.as_str()))
        // `…, which she clearly wanted`: the reader, or someone else, in the third person.
        && !words.iter().any(|w| ["she", "he", "her", "him", "his"].contains(&w.as_str()))
        && !text.contains(['→', '[', ']', '?', '!', '"', ';', '~', '(', ')'])
        // (Set 72: `Ran 4 min over. Bell went during the exit ticket.` was "I don't think I
        // explained ran 4 minutes over. Bell went…": a topic is a phrase, not sentences.)
        && !text.trim_end_matches('.').contains(". ")
        // `anonymised sample of my variance commentary, to Fiona`: a thing for someone, not a topic.
        && !text.contains(", to ")
        // (Set 61, a mind map's nodes: `real: 68`, a label and its value; `before vr 20-11`, a
        // deadline; neither is a topic.)
        && !text.contains(": ")
        && !["before", "after", "by", "until", "till", "via"].contains(&words[0].as_str())
}

/// True when a sentence of the note's explanation can stand in a letter as it is: one or two
/// sentences, each opening with a capital, none of them written for oneself.
fn plain_explanation(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    let sentences = text.matches(". ").count() + 1;
    let for_oneself = [
        " fix",
        " ugh",
        " lol",
        " todo",
        " don't inflate",
        " must ",
        " remember ",
        " need to ",
        " dumb",
        " stupid",
        " oops",
        " meh",
        " argh",
        " literally ",
        " should ",
    ];
    // `I've used dbt for a year at Finch — just nodded`: what follows a dash is the writer's aside.
    if text.contains(" — ") || text.contains(" – ") {
        return false;
    }
    // Each sentence opens with a capital: `… event driven. dumb` is a note to oneself.
    let capitals =
        text.split(". ").all(|s| s.trim_start().starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // (`… something concrete (ParentSquare auto-translate?)`: a question the writer asks themselves.)
    sentences <= 2
        && capitals
        && !for_oneself.iter().any(|w| lower.contains(w))
        && !text.contains(['→', '[', ']', '~', '?'])
}

/// True when the frames above understand a clarification: a promise or a question as such, and
/// anything else only when its topic is a plain noun phrase and its explanation plain sentences.
/// The rest is listed for the user to word ("a sentence is vouched for, or it is not sent").
/// What a thing not mentioned names, without the writer's thoughts after it: what follows its
/// first sentence (`… OSHA 30. Could matter for site visits.`) or a dash (`… the IMLS grant — she
/// literally said "we have an IMLS grant"`).
pub fn unmentioned_core(text: &str) -> std::borrow::Cow<'_, str> {
    let text = without_kind_label(text);
    // (Set 48: `forgot the falls-risk audit I ran in 2024!! literally…`: an exclamation ends it too.)
    let end = [". ", "! "].iter().filter_map(|stop| text.find(stop)).min().unwrap_or(text.len());
    let first = text[..end].trim_end_matches('!');
    // (Set 48: `my ACCA – all papers done, only waiting for membership`: an en dash too.)
    let core = first.split(" — ").next().unwrap_or_default();
    let core = core.split(" – ").next().unwrap_or_default().trim_end_matches('.');
    // (Set 50: `Forgot to mention the Mine Manager's Certificate of Competency at all.`: how
    // wholly it was forgotten is the writer's.)
    let core = [" at all", " completely", " entirely"].iter().fold(core, |c, w| c.strip_suffix(w).unwrap_or(c));
    // (`… I ran the Sony SH800 sorter independently (Femi asked who did our sorts…)`: the
    // brackets tell the writer how it came up.)
    // (Set 65: `Forgot to say I've done the (2024) rare books handling & conservation short course`:
    // brackets inside the phrase are an aside in it, and what follows them is the thing.)
    let inside: String;
    let core = match core.split_once(" (") {
        Some((before, after)) if ends_open(before) => {
            match after.split_once(')').map(|(_, rest)| rest.trim()).filter(|rest| !rest.is_empty()) {
                Some(rest) => {
                    inside = format!("{before} {rest}");
                    inside.as_str()
                }
                None => core,
            }
        }
        Some((before, _)) if before.split_whitespace().count() >= 4 => before,
        _ => core,
    };
    // (`french — they have 4 quebec suppliers, i'm fluent`: a word alone says too little; the
    // whole line is the user's to word.)
    // (Nor one that runs on after a comma: `I've done kafka work, your thing is event driven`.)
    let cut = core.len() < text.trim_end_matches('.').len();
    // (Set 47: `forgot to mention the bilingual fieldwork — the French sessions…` says what in two
    // words; a determiner is no word of it.)
    let said = core
        .split_whitespace()
        .filter(|w| !["the", "a", "an", "my", "our"].contains(&w.to_lowercase().as_str()))
        .count();
    // (After "forgot to mention", one word says what: `the Spanish`.)
    let prefixed = core.to_lowercase().starts_with("forgot to mention ");
    let enough = if prefixed { said > 3 } else { said >= 2 };
    if cut && (!enough || core.contains(", ")) {
        return text.into();
    }
    // (Set 47: `the Fáilte Ireland event management cert`: the certificate, written out.)
    let core: std::borrow::Cow<'_, str> = match core.strip_suffix(" cert") {
        Some(before) => format!("{before} certificate").into(),
        None => core.into(),
    };
    // (`I've done the Tableau Server admin stuff`: "stuff" is the note's word; the work is what
    // it names.)
    match core.strip_suffix(" stuff").and_then(|c| c.rsplit_once(" the ")) {
        Some((before, what)) if !what.is_empty() && what.split(' ').count() <= 4 => {
            format!("{before} {what} work").into()
        }
        _ => core.into_owned().into(),
    }
}

/// True when a phrase stops on a word that needs another after it (`I've done the`).
fn ends_open(phrase: &str) -> bool {
    const OPEN: &[&str] = &["the", "a", "an", "my", "our", "of", "in", "on", "at", "for", "with", "to", "and", "or"];
    phrase.split_whitespace().last().is_some_and(|w| OPEN.contains(&w.to_lowercase().as_str()))
}

/// True for `forgot 21 CFR Part 11 course cert (Nov)`: a clipped "forgot to mention", the thing
/// forgotten right after "forgot" (not `forgot to ask…`, `forgot that…`, `forgot his name`).
fn forgot_a_thing(act: &str) -> bool {
    let Some(rest) = act.strip_prefix("forgot ") else { return false };
    let next = rest.split_whitespace().next().unwrap_or_default();
    const NOT_A_THING: &[&str] = &[
        "to",
        "that",
        "about",
        "how",
        "what",
        "who",
        "why",
        "when",
        "where",
        "which",
        "if",
        "whether",
        "it",
        "this",
        "his",
        "her",
        "their",
        "them",
        "him",
        "everything",
        "half",
        "most",
    ];
    // (`forgot the falls-risk audit I ran in 2024`, but not `forgot the question`.)
    const FORGOTTEN_WORDS: &[&str] =
        &["name", "question", "point", "word", "answer", "term", "number", "acronym", "details", "date", "thread"];
    let the = rest.strip_prefix("the ").map(|r| r.split_whitespace().next().unwrap_or_default());
    !next.is_empty()
        && !NOT_A_THING.contains(&next)
        && !rest.contains(" name")
        && !the.is_some_and(|w| FORGOTTEN_WORDS.iter().any(|f| w.starts_with(f)))
}

/// What was not mentioned, without the words that say so: `forgot to mention the Spanish` and the
/// clipped `forgot the Spanish` alike.
fn unmentioned_thing(text: &str) -> &str {
    let stripped = strip_miss_prefix(text);
    match stripped.get(..7) {
        // (Set 54: `Forgot – the Regulator returns I prepped`: the dash after the label goes too.)
        Some(head) if head.eq_ignore_ascii_case("forgot ") && forgot_a_thing(&stripped.to_lowercase()) => {
            stripped[7..].trim_start_matches(['–', '—', '-', ':', ' '])
        }
        _ => stripped,
    }
}

/// True for a credential or piece of one's own work written without its determiner (`21 CFR
/// Part 11 course certificate`), which a sentence gives "my".
fn owns_without_determiner(what: &str) -> bool {
    const OWN: &[&str] = &[
        "certificate",
        "certification",
        "course",
        "degree",
        "diploma",
        "licence",
        "license",
        "qualification",
        "accreditation",
        "membership",
        "exam",
        "thesis",
        "portfolio",
        "internship",
        "apprenticeship",
        "experience",
        // (Set 57: `forgot: PCI-DSS scope reduction work (tokenization proxy, 2025)`.)
        "work",
        "project",
        "research",
    ];
    const DETERMINERS: &[&str] =
        &["the", "a", "an", "my", "our", "this", "that", "these", "those", "some", "any", "both"];
    let first = what.split_whitespace().next().unwrap_or_default().to_lowercase();
    let last = what.split_whitespace().last().unwrap_or_default().to_lowercase();
    OWN.contains(&last.as_str()) && !DETERMINERS.contains(&first.as_str()) && !first.ends_with("'s")
}

pub fn understood(text: &str) -> bool {
    let kind = clarification_kind(text);
    let text = trim_end_punct(without_kind_label(text));
    let plain = subject_dropped(text);
    // (Set 69: `I forgot to say I have 물류관리사 (Certified Logistics Manager — national license)`
    // was "I didn't get to say that I have 물류관리사": a word in another script is the writer's
    // to put in the letter's language.)
    let scripted = text.chars().any(|c| c.is_alphabetic() && !c.is_ascii() && !matches!(c, 'À'..='ɏ'));
    if scripted && kind != ClarifyKind::Private {
        return false;
    }
    match kind {
        ClarifyKind::Private => true,
        ClarifyKind::Promise => promised(text).is_some(),
        // (`should've used the school board story. why didn't I??`: a reproach, not a question.)
        ClarifyKind::Question => {
            let lower = text.to_lowercase().replace('’', "'");
            let reproach =
                ["should've", "should have", "why didn't i", "why did i", "??"].iter().any(|r| lower.contains(r));
            // (Set 60: `ask Shanice for Trevor's email` was "I'd also welcome the chance to ask
            // Shanice for your email.": a question for someone else, or for an address.)
            // (Not `Ask Henrik about the team's deploy cadence`, asked of the reader.)
            let elsewhere = text.strip_prefix("ask ").or_else(|| text.strip_prefix("Ask ")).is_some_and(|r| {
                let mut words = r.split_whitespace();
                let named = words.next().is_some_and(|w| w.starts_with(char::is_uppercase) && w != "I");
                named && words.next() == Some("for")
            });
            let contact = ["'s email", "email address", "'s number", "phone number", "'s address"]
                .iter()
                .any(|w| lower.contains(w));
            text.split_whitespace().count() <= 25
                && !text.contains(['→', '[', ']'])
                && !reproach
                && !elsewhere
                && !contact
        }
        // (`I have my own truck + tools so eastfield commute is fine`: the writer's reasoning
        // after "so" is theirs to word.)
        ClarifyKind::Unmentioned if unmentioned_core(unmentioned_thing(plain)).contains(" so ") => false,
        ClarifyKind::Unmentioned => {
            let what = unmentioned_core(unmentioned_thing(plain));
            plain_topic(&what, 12) || {
                // "forgot to say I know dbt", "forgot to mention that I've used Triton": a clause.
                let what = what.strip_prefix("that ").unwrap_or(&what);
                // (`I've done Final Cut, not just Premiere. Jamal specifically said video`: one
                // thing, not two sentences.)
                (what.starts_with("I ") || what.starts_with("I'"))
                    && !what.contains(". ")
                    && plain_explanation(what)
                    && what.split_whitespace().count() <= 20
            }
        }
        // (`I said I'd done dozens of couriers, but in fact it's like.`: a truth cut off where the
        // note trailed away, `It's like... 6.`)
        ClarifyKind::Correction if trailed_off(correction_only(text)) => false,
        ClarifyKind::Correction => {
            // (Set 60: `I said we run 14 k8s clusters, but in fact 11`: the truth too says what is.)
            let only = correction_only(text);
            let lower = only.to_lowercase();
            let truth = [" in fact ", " actually "].iter().find_map(|m| lower.find(m).map(|at| &lower[at + m.len()..]));
            let stated = truth.is_none_or(|t| {
                let first = t.split_whitespace().next().unwrap_or_default();
                is_clause(t)
                    || ["it", "the", "we", "i", "they", "that", "there", "my", "our", "he", "she"].contains(&first)
            });
            // (Set 60: `I said 350 mg at the end, but in fact it's 340 mg`, of a dose the note named
            // before it: a figure alone says nothing of what it counts.)
            // (Not `I said 1.2 lakh test cases`, which names what it counts.)
            let figure = lower.strip_prefix("i said ").is_some_and(|r| {
                let mut words = r.split_whitespace().peekable();
                if !words.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
                    return false;
                }
                // (Set 64: `I said 6 to 48 hours, but in fact it's 6 to 72`: a range, of hours of
                // what the note says before.)
                let range = words.peek().is_some_and(|w| ["to", "-", "–", "or"].contains(w));
                if range {
                    words.next();
                    if !words.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
                        return false;
                    }
                }
                const UNITS: &[&str] =
                    &["mg", "kg", "g", "ml", "l", "%", "k", "m", "bn", "lakh", "crore", "million", "billion"];
                const SPANS: &[&str] = &["hours", "hrs", "days", "weeks", "months", "minutes", "mins"];
                let unit = |w: &&str| {
                    let w = w.trim_end_matches([',', '.']);
                    UNITS.contains(&w) || (range && SPANS.contains(&w))
                };
                if words.peek().is_some_and(unit) {
                    words.next();
                }
                words
                    .next()
                    .is_none_or(|w| ["at", "in", "on", "for", "by", "when", "but"].contains(&w.trim_end_matches(',')))
            });
            said_instead(plain).is_some_and(plain_explanation)
                || (plain_explanation(only) && is_clause(only) && stated && !figure)
        }
        // (`didnt follow up on the budget question`: a topic opens with what it is, not with what
        // the writer did not do.)
        // (Nor `explained volunteer hours tracking badly`: what the writer did, not a topic.)
        ClarifyKind::Topic
            if {
                let first = strip_miss_prefix(plain).split(' ').next().unwrap_or_default().to_lowercase();
                ["didnt", "didn't", "dont", "don't", "forgot", "never", "couldnt", "couldn't", "wasnt", "wasn't"]
                    .contains(&first.as_str())
                    || (super::rewrite::is_past_tense(&first) && first.ends_with("ed"))
            } =>
        {
            false
        }
        // (Set 61: `Quaternion question: I was slow` was "I would also like to add a word about the
        // quaternion question. I was slow.": a verdict on oneself is no topic to take up.)
        ClarifyKind::Topic if super::vouch::judges_oneself(text) => false,
        ClarifyKind::Topic => match split_topic(text) {
            Some((topic, explanation)) => {
                plain_topic(strip_miss_prefix(topic), 6)
                    && (plain_explanation(explanation) || said_instead(subject_dropped(explanation)).is_some())
            }
            None => plain_topic(strip_miss_prefix(plain), 14),
        },
    }
}

/// Nouns that say what kind of thing was promised but not which: `a sample`, `a clearer
/// explanation`, `a sanitized version`.
const VAGUE: &[&str] = &[
    "version",
    "sample",
    "explanation",
    "copy",
    "thing",
    "things",
    "stuff",
    "info",
    "details",
    "link",
    "doc",
    "document",
    "example",
    "examples",
    "answer",
    "more",
];

/// True when a thing promised does not say what it is (`a sanitized version of it`, `a sample`,
/// `a clearer explanation`): "As promised, here is a sample" tells its reader nothing.
pub fn vague(thing: &str) -> bool {
    let words: Vec<String> = thing.split_whitespace().map(|w| w.to_lowercase()).collect();
    let Some(last) = words.last() else { return true };
    // (Set 60: `send Dana the recap deck + the 850 correction + CMP`: what a message is to say,
    // listed, not a thing to attach.)
    if words
        .iter()
        .any(|w| ["correction", "corrections", "thanks", "thank-you"].contains(&w.trim_end_matches([',', '.'])))
    {
        return true;
    }
    if ["it", "that", "this", "them", "one", "those"].contains(&last.as_str()) {
        return true;
    }
    let qualified = words.iter().skip(1).any(|w| {
        ["of", "for", "on", "about", "to", "from", "with", "i", "we", "showing", "that", "which"].contains(&w.as_str())
    });
    // `the ArgoCD rollout config example` says which; `a sanitized version` does not.
    let short = words.len() <= 3;
    !qualified && short && VAGUE.contains(&last.trim_end_matches(['.', ',']))
}

/// True when the note says to take a name out of what it promised, and the thing as the note
/// words it still names something (set 60: `Send Dr. Sarpong-Kumah the ICU pharmacist protocol
/// draft I did at Tesano Hills (remove hospital name)` was "As promised, here is the ICU pharmacist
/// protocol draft I did at Tesano Hills."): the writer words it.
pub fn names_what_to_remove(text: &str, thing: &str) -> bool {
    let lower = text.to_lowercase();
    let remove = ["remove ", "take out ", "strip ", "without the name", "redact"].iter().any(|w| lower.contains(w));
    let named = thing.split_whitespace().skip(1).any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    });
    remove && named
}

/// True when a thing promised is more than one (`my load-test results`, `the slides`): its
/// head noun, before any "of…" or "to…", ends in a plural -s.
fn plural(what: &str) -> bool {
    // `the lab rubric and the lesson plan`: two things.
    if what.contains(" and ") {
        return true;
    }
    // `my score sheet for the 3 passed parts`, `the post I wrote on deprecation comms`.
    let cut =
        [" of ", " to ", " for ", " on ", " from ", " with ", " about ", " i ", " I ", " that ", " which ", " we "];
    let end = cut.iter().filter_map(|c| what.find(c)).min().unwrap_or(what.len());
    let head = &what[..end];
    let noun = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
    noun.len() > 3 && noun.ends_with('s') && !["ss", "is", "us", "ics"].iter().any(|e| noun.ends_with(e))
}

/// A note's line without the "I" that a note to oneself starts a regret with: "i forgot to
/// mention…", "I didn't explain well…"; other lines as they are.
fn subject_dropped(text: &str) -> &str {
    const VERBS: &[&str] =
        &["didn't", "did", "forgot", "never", "should", "could", "wasn't", "was", "ran", "missed", "meant"];
    match text.get(..2) {
        Some("i " | "I ") if VERBS.iter().any(|v| text[2..].to_lowercase().starts_with(&format!("{v} "))) => &text[2..],
        _ => text,
    }
}

/// A topic that names one thing of a kind (`pricing question`, `system design exercise`) with
/// the "the" a sentence needs before it; any other topic (`partition rebalancing`) as it is.
fn with_article(topic: &str) -> String {
    const ONE_OF: &[&str] = &[
        "question", "point", "answer", "story", "example", "exercise", "problem", "slide", "demo", "comment", "part",
        "bit", "case", "round", "task",
    ];
    let first = topic.split(' ').next().unwrap_or_default();
    let last = topic.rsplit(' ').next().unwrap_or_default();
    let determined = ["the", "a", "an", "my", "our", "your", "their", "this", "that", "how", "why", "what", "when"]
        .contains(&first.to_lowercase().as_str());
    if ONE_OF.contains(&last) && !determined && first.chars().next().is_some_and(char::is_lowercase) {
        format!("the {topic}")
    } else {
        topic.to_owned()
    }
}

/// What should have been said, from "should have said (that) X": X.
fn said_instead(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    ["should have said that ", "should have said "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| &text[p.len()..])
        .filter(|rest| rest.split_whitespace().count() >= 3)
}

/// True when `text` says something with a verb, as a sentence does: not a figure and what it
/// replaces (set 59: `CORRECTION: 131% not 138% (FY25)` was "I'd like to correct one thing from
/// our conversation. 131% not 138% (FY25).").
fn is_clause(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "said",
        "say",
        "meant",
        "mean",
        "told",
        "use",
        "uses",
        "run",
        "runs",
        "ran",
        "can",
        "could",
        "will",
        "would",
        "it's",
        "that's",
        "i'm",
        "i've",
        "i'd",
        "we're",
        "they're",
        "there's",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "doesn't",
        "didn't",
        "mentioned",
        "started",
        "left",
        "led",
        "managed",
        "worked",
        "works",
        "got",
        "went",
        "came",
    ];
    text.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| VERBS.contains(&w) || super::rewrite::is_past_tense(w))
}

/// True for a correction whose truth ends on a word that leads to more: `…, but in fact it's
/// like.`, `… it was about`.
fn trailed_off(text: &str) -> bool {
    let last = text.trim_end_matches(['.', ' ', '…']).rsplit(' ').next().unwrap_or_default().to_lowercase();
    ["like", "about", "around", "um", "uh", "roughly", "maybe", "more", "closer"].contains(&last.as_str())
}

/// A correction up to the end of the sentence that makes it ("I said we run Postgres 12 — it's
/// actually 14."), without what the note adds for its writer after it ("Minor, but fix it.").
fn correction_only(text: &str) -> &str {
    let lower = text.to_lowercase();
    let marker = [" actually ", " in fact ", " meant ", " but "].iter().filter_map(|w| lower.find(w)).min();
    let Some(marker) = marker else { return text };
    // (Set 46: `…, but in fact it was 2021 — I was thinking of when we started the business case.`:
    // what follows a dash after the truth is the writer's aside.)
    let dash = [" — ", " – "].iter().filter_map(|d| text[marker..].find(d)).min();
    match (text[marker..].find(". "), dash) {
        (Some(end), Some(d)) if d < end => &text[..marker + d],
        (None, Some(d)) => &text[..marker + d],
        (Some(end), _) => &text[..marker + end + 1],
        (None, None) => text,
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

/// `Topic: explanation` or `Topic — explanation`, when the explanation is a real sentence.
fn split_topic(text: &str) -> Option<(&str, &str)> {
    let at = [": ", " — ", " – ", " - "].iter().filter_map(|sep| text.find(sep).map(|i| (i, sep.len()))).min()?;
    let (topic, explanation) = (text[..at.0].trim(), text[at.0 + at.1..].trim());
    (explanation.split_whitespace().count() >= 3 && !topic.is_empty()).then_some((topic, explanation))
}

/// Drops the "didn't explain" that notes put before the topic.
/// What a line says the writer forgot to ask about (`forgot to ask about CE allowance. Carla
/// said…` → `CE allowance`): its first sentence, when it is a short noun phrase.
fn unasked(text: &str) -> Option<&str> {
    let plain = subject_dropped(text);
    let lower = plain.to_lowercase().replace('’', "'");
    let prefix = ["forgot to ask about ", "didn't ask about ", "didn't get to ask about ", "never asked about "]
        .iter()
        .find(|p| lower.starts_with(*p))?;
    let rest = &plain[prefix.len()..];
    let topic = rest.split(". ").next().unwrap_or(rest).trim_end_matches(['.', '!']);
    // (`parking for staff (downtown = $$$)`: the brackets are the writer's.)
    let topic = match topic.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((before, _)) => before,
        None => topic,
    };
    (plain_topic(topic, 6) && !topic.contains(" — ")).then_some(topic)
}

/// The question a line says was not asked, as the letter asks it: `forgot to ask whether they
/// cross-train into micro` → "whether you cross-train into micro" (the reader's team is "you").
fn unasked_directly(text: &str) -> Option<String> {
    let plain = subject_dropped(text);
    let lower = plain.to_lowercase().replace('’', "'");
    let prefix = ["forgot to ask ", "didn't ask ", "didn't get to ask ", "never asked "].iter().find(|p| {
        lower.starts_with(*p) && ["whether ", "if ", "how "].iter().any(|w| lower[p.len()..].starts_with(w))
    })?;
    let question = plain[prefix.len()..].split(". ").next()?.trim_end_matches(['.', '!', '?']);
    let question = question.replacen(" they ", " you ", 1).replacen(" their ", " your ", 1);
    let words = question.split_whitespace().count();
    let plain = (3..=12).contains(&words) && !question.contains(['"', '(', '/', ':', ';', '—', '+']);
    // (`whether they'd…`, `if i could…`: the writer's shorthand is not for the letter.)
    let clean = !question.split_whitespace().any(|w| matches!(w, "i" | "they'd" | "theyd" | "w" | "abt"));
    (plain && clean).then_some(question)
}

/// `topic` with "the" before it, unless it has a word that says whose or which already.
fn with_the(topic: &str) -> String {
    let first = topic.split(' ').next().unwrap_or_default().to_lowercase();
    match ["the", "a", "an", "my", "your", "our", "their", "any", "how", "what", "when", "whether"]
        .contains(&first.as_str())
    {
        true => topic.to_owned(),
        false => format!("the {topic}"),
    }
}

fn strip_miss_prefix(text: &str) -> &str {
    const PREFIXES: &[&str] = &[
        "didn't explain well ",
        "didn't explain very well ",
        "didn't explain that well ",
        "did not explain very well ",
        "did not explain well ",
        "never got to mention ",
        "never mentioned that ",
        "never mentioned ",
        "never brought up ",
        "didn't bring up ",
        "forgot to bring up ",
        "forgot to talk about ",
        "didn't talk about ",
        "forgot to say ",
        "didn't get to say ",
        "didn't get to explain ",
        "did not get to explain ",
        "didn't explain ",
        "did not explain ",
        "didn't mention ",
        "didnt mention ",
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
        "didnt get to ",
        "never got to ",
        "clarify ",
        "explain ",
        "missed ",
        "more on ",
    ];
    let text = subject_dropped(text);
    let lower = text.to_lowercase().replace('’', "'");
    let stripped = PREFIXES.iter().find(|p| lower.starts_with(*p)).map_or(text, |p| &text[p.len()..]);
    stripped.trim_end_matches(" better").trim_end_matches(" more clearly")
}

/// `what` up to a comma that joins another whole clause to it (`I speak German too, half their
/// customers are in NRW`): the second would run on, a comma splice in a letter. A comma before
/// a conjunction or an aside (`, and…`, `, which…`) stays.
fn run_on_cut(what: &str) -> String {
    const JOINS: &[&str] = &[
        "and",
        "but",
        "so",
        "or",
        "which",
        "who",
        "as",
        "because",
        "since",
        "including",
        "especially",
        "where",
        "when",
        "if",
        "though",
        "although",
        "while",
        "plus",
        "e.g.",
        "i.e.",
        "not",
    ];
    const VERBS: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would"];
    let Some((first, rest)) = what.split_once(", ") else { return what.to_owned() };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let joined = words.first().is_some_and(|w| JOINS.contains(&w.to_lowercase().as_str()));
    let clause = words.iter().skip(1).take(4).any(|w| VERBS.contains(w));
    if joined || !clause || first.split_whitespace().count() < 3 {
        return what.to_owned();
    }
    first.to_owned()
}
