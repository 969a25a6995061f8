//! Whether a note's line can be turned into a sentence to its reader by the rules of `voice`, or
//! must be left for the user to write in their own words ("a sentence is vouched for, or it is
//! not sent"). These are the marks of a line written to oneself that no rewriting rule here
//! understands: a lowercase "i", shorthand, a `Label:` before the point, a "she" or "he" the
//! rewriting could not turn into "you", a verdict on oneself, an aside about the room.

use crate::text::words::contains_word;

/// Words and phrases that judge one's own performance: not recalled to an interviewer.
const SELF_ASSESSMENT: &[&str] = &[
    "so-so",
    "so so",
    "nailed",
    "crushed it",
    "bombed",
    "fumbled",
    "blanked",
    "rambled",
    "went well",
    // (Set 46: `Alasdair's question about the documentation backlog … seemed to go well`.)
    "go well",
    "went badly",
    "went ok",
    "went okay",
    "went fine",
    "went great",
    "i think i",
    "not my best",
    "messed up",
    "screwed up",
    "stumbled",
    "muddled",
    "got confused",
    "botched",
    "undersold",
    "embarrass",
    "fix it",
    "not sure if worth",
    "must correct",
    "first try",
    "cleanly",
    "said nothing",
    // (Set 47: `The rand/dollar hedge on imported packaging — felt confident on that one.`)
    "felt confident",
    "felt good",
    "felt strong",
    "felt great",
    // (Set 61, a KPT's `■ Problem`: `Quaternion question: I was slow`, `English part with Lin-san:
    // I spoke too fast, too much katakana English`.)
    "i was slow",
    "i spoke too",
    "i talked too",
    "too fast",
    "i was nervous",
    "i froze",
];

/// True when `text` judges the writer's own performance (`went well`, `felt confident`): no
/// highlight to recall to an interviewer.
pub fn judges_oneself(text: &str) -> bool {
    crate::text::words::says_any(text, SELF_ASSESSMENT)
}

/// Words that point at another part of the note: the line means nothing without it.
const POINTERS: &[&str] =
    &["(above)", "(below)", "see above", "see below", "as above", "mentioned above", "(see ", " above ", " below "];

/// Words of a line that plans the letter rather than saying something to its reader.
const ABOUT_THE_LETTER: &[&str] = &[
    "thank-you",
    "thank you note",
    "thank you email",
    "in the follow-up",
    "in my follow-up",
    "in my note",
    "in my email",
    "in the note to",
    "could mention",
    "should mention",
    "make a big deal",
    "need to be accurate",
    "worth mentioning",
];

/// Asides about the setting, not the conversation.
const ASIDES: &[&str] = &[
    "projector",
    "wifi",
    "wi-fi",
    "parking",
    "ran late",
    "was late",
    "running late",
    "bathroom",
    "elevator",
    "connection dropped",
    "audio cut",
    "zoom crashed",
    // (Set 47: `Teams didn't crash for once.`)
    "crash",
    "fire alarm",
];

/// Shorthand no letter should carry.
const SHORTHAND: &[&str] = &["w/", "b/c", "->", "=>", "→", " + ", "+1", "???", "!!", " re: ", "="];

/// Words of a note too casual for a letter to a hiring manager: `the febrile seizure kid`, `how I
/// handled the mom`, `the mycorrhizal stuff`.
const CASUAL: &[&str] = &[
    // (Set 61: laughter as a Brazilian types it, `… should be a crime” kkkk`.)
    "kkk",
    "kkkk",
    // (Set 61: `… OUR colonial hangover" line phew`.)
    "phew",
    "kkkkk",
    "rsrs",
    "haha",
    "hahaha",
    "kid",
    "kids",
    "mom",
    "moms",
    "dad",
    "dads",
    "guy",
    "guys",
    "stuff",
    "kinda",
    "sorta",
    "gonna",
    "wanna",
    "gotta",
    "awesome",
    "thing",
    // (Set 41: "you responded well to the ecg part and wrote something down".)
    "something",
    // (Set 47: "I especially enjoyed your overview honestly great - window into gowning, fill line".)
    "honestly",
];
const SHORT_WORDS: &[&str] = &[
    "tbh", "imo", "lol", "todo", "idk", "prob", "ppl", "mgr", "convo", "thx", "btw", "fyi", "wk", "wks", "yr", "yrs",
    "mo", "mos", "hr", "hrs", "abt", "thru", "pkg", "approx", "pts", "shd", "w", "acct", "accts", "mgmt", "dept",
    "depts", "govt", "req", "reqs", "biz", "cust", "svc", "msg", "mtg", "mtgs", "pls", "rn", "bc", "tho", "cert",
    "certs", "obvs", "obv", "ofc", // (Set 61: `loved the storytime demo esp the waiata at the end`.)
    "esp", "def", "defo",
];

/// How many sentences `text` holds: a full stop ends one where a capital follows, unless it ends
/// a title (`Dr. Raman liked…` is one).
pub fn sentences_in(text: &str) -> usize {
    const SHORT: &[&str] = &["dr", "mr", "mrs", "ms", "mx", "prof", "st", "vs", "e.g", "i.e", "approx", "no"];
    let ends = text.match_indices(". ").filter(|(at, _)| {
        let word = text[..*at].rsplit([' ', '(']).next().unwrap_or_default().to_lowercase();
        let next = text[at + 2..].chars().next();
        !SHORT.contains(&word.as_str()) && next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    // (Set 57: `… "the best-structured one he's seen" 😊 He liked the Christmas ad idea`: an emoji
    // ends a sentence as a full stop does.)
    let emoji = text.char_indices().filter(|&(at, c)| {
        let after =
            text[at + c.len_utf8()..].trim_start_matches(|c: char| c == ' ' || crate::text::words::is_pictograph(c));
        crate::text::words::is_pictograph(c)
            && !text[..at].trim_end().is_empty()
            && !text[..at].ends_with(|c: char| crate::text::words::is_pictograph(c))
            && after.len() < text.len() - at - c.len_utf8()
            && after.starts_with(char::is_uppercase)
    });
    // (And where the emoji was taken out before: a closing quotation mark, then a capital.)
    let quoted = text.match_indices(['"', '”']).filter(|&(at, q)| {
        let closing = q == "”" || text[..at].matches('"').count() % 2 == 1;
        let next = text[at + q.len()..].strip_prefix(' ');
        closing && next.is_some_and(|n| n.starts_with(char::is_uppercase) && !n.starts_with("I "))
    });
    1 + ends.count() + emoji.count() + quoted.count()
}

/// True when three or more of a line's words are Spanish, Portuguese or Tagalog words English
/// never uses (`que`, `del`, `por`, `prometí`, `muito`; `na`, `ako`, `yung`), so that a name such
/// as `Del Mar` or a dish such as `café con leche` does not count; or when a word is written in
/// another script than English's (`「まさに今うちに足りないもの」`, `ευχαριστώ`).
fn in_another_language(words: &[&str]) -> bool {
    const FOREIGN: &[&str] = &[
        "que", "del", "los", "las", "por", "para", "con", "una", "pero", "muy", "mi", "le", "el", "en", "vez", "lo",
        "se", "es", "son", "dije", "prometí", "mandarle", "mandar", "nuestra", "nuestro", "não", "muito", "gostou",
        "ela", "ele", "com", "uma", "pro", "meu", "minha", "foi", "disse", "também", "porque",
        // (Set 75, a nurse's Taglish: `Hannah liked din na naka-ACLS ako at current, and yung 1:1
        // ventilated patients experience namin sa ICU.` was sent to the matron as it stood.)
        "na", "ng", "sa", "ang", "ako", "yung", "namin", "din", "daw", "siya", "lang", "mga", "kay", "nag", "naman",
        "talaga", "hindi", "wala", "niya", "natin", "kami", "yun", "kasi", "nga", "sabi", "ko",
    ];
    if words.iter().any(|w| w.chars().any(|c| c.is_alphabetic() && !crate::text::words::is_latin_letter(c))) {
        return true;
    }
    let mut found: Vec<String> =
        words.iter().map(|w| w.to_lowercase()).filter(|w| FOREIGN.contains(&w.as_str())).collect();
    found.sort_unstable();
    found.dedup();
    found.len() >= 3
}

/// Why a note's line cannot be sent as a sentence, if it cannot.
pub fn unvouched(text: &str) -> Option<&'static str> {
    let lower = format!(" {} ", text.to_lowercase().replace('’', "'"));
    let words: Vec<&str> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect();
    // (Set 53: `prometí a Héctor el layout del cross-dock que dibujé en el pizarrón` was "I don't
    // think I explained prometí a you el layout…": a line in Spanish or Portuguese is the writer's
    // to put into English.)
    if in_another_language(&words) {
        return Some("written in another language, to write in your own words");
    }
    // (Set 74, a meeting app's summary corrected by hand: `01:03:18 Speaker 1: [Achieng]` was "I
    // especially enjoyed the 01:03:18 Speaker 1: [Achieng].", and `Amina Hassan praised the
    // candidate's cost-per-beneficiary analysis [WK: NO — that was SAMUEL` "I was especially glad
    // that you praised the candidate's…": a transcript's line, a line cut inside the writer's
    // aside, and a summary that calls the writer "the candidate".)
    let clock = text.trim_start_matches(['-', '*', ' ']).split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([':', ']', ')', '*']).trim_start_matches(['[', '(']);
        let parts: Vec<&str> = w.split(':').collect();
        parts.len() >= 2 && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    });
    if clock && words.iter().any(|w| w.eq_ignore_ascii_case("speaker")) {
        return Some("a line of a transcript, to write in your own words");
    }
    if text.matches('[').count() != text.matches(']').count() {
        return Some("a line cut inside an aside, to write in your own words");
    }
    if lower.contains(" the candidate ") || lower.contains(" the candidate's ") {
        return Some("a summary that calls you the candidate, to write in your own words");
    }
    // (Set 60: `Marek: liked I declared incident at minute 3 and assigned roles…` was "I was
    // especially glad that you liked I declared incident at minute 3…": a hurried clause, its
    // "that" and its articles dropped.)
    if [" liked i ", " loved i ", " enjoyed i "].iter().any(|w| lower.contains(w)) {
        return Some("a hurried clause, to write in your own words");
    }
    // (Set 65: `Jonty + me on the 1950s tramways negatives` was "I was especially glad that you and
    // me on the 1950s tramways negatives.": a pair of people, the writer among them, with no verb.)
    let toks: Vec<String> = text.split_whitespace().take(3).map(str::to_lowercase).collect();
    let pair = |a: &str, b: &str| ["+", "&", "and"].contains(&a) && b == "me";
    if toks.len() == 3
        && (pair(&toks[1], &toks[2]) || (toks[0] == "me" && ["+", "&", "and"].contains(&toks[1].as_str())))
    {
        return Some("a hurried pair, to write in your own words");
    }
    // (Set 63, English written with another language's habits: `Otávio liked very much my idea
    // of trending the OOS results` was "I was especially glad that you liked very much my idea…",
    // and `I forgot to say about my registration in CRQ-IV` "I didn't get to mention about my
    // registration…".)
    let order = [" liked very much ", " loved very much ", " enjoyed very much ", " like very much "];
    let about = [" mention about ", " say about ", " discuss about ", " explain about "];
    // (Set 64, German habits: `I have HACCP responsibility "since 5 years"`, for "for five years".)
    let plain = lower.replace(['"', '“', '”', '*'], "");
    let since_a_span = plain.match_indices(" since ").any(|(at, w)| {
        let mut words = plain[at + w.len()..].split_whitespace();
        let count = words.next().unwrap_or_default();
        let span = words.next().unwrap_or_default().trim_end_matches(['.', ',', ')']);
        let counted = count.chars().all(|c| c.is_ascii_digit())
            || ["one", "two", "three", "four", "five", "six", "many", "several"].contains(&count);
        counted && ["years", "year", "months", "month", "weeks", "week"].contains(&span)
    });
    if since_a_span || order.iter().chain(&about).any(|w| lower.contains(w)) {
        return Some("written in another language's word order, to write in your own words");
    }
    // (Set 54: a mind map's node `"That's the first board pack a candidate has brought that I'd
    // actually want to read"` was "I was also pleased "That's the first board pack…"": words
    // quoted alone, with no one saying them.)
    let quoted = text.trim().trim_end_matches(['.', '!']);
    let open = quoted.starts_with(['"', '“', '\'', '‘']);
    let close = quoted.ends_with(['"', '”', '\'', '’']);
    if open && close && quoted.chars().count() > 2 {
        return Some("words quoted alone, to say back in your own words");
    }
    // (Set 64: `holiday 21-12 to 04-01 already booked` was "I didn't get to mention that my holiday
    // 21-12 to 04-01 already is booked": days written as numbers, whose order the reader may not
    // share.)
    let days = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';'))
        .filter(|token| {
            let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
            let [d, m] = parts[..] else { return false };
            let number = |p: &str| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
            number(d)
                && number(m)
                && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
                && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
                && (d.starts_with('0') || m.starts_with('0') || d.len() == 2)
        })
        .count();
    if days >= 2 {
        return Some("days written as numbers, to write in your own words");
    }
    // (Set 64: `Stage 1 letters to Margaret + Dr Ó Murchú never went out 🙈` was "I don't think I
    // explained stage 1 letters to you and Dr Ó Murchú never went out 🙈 as clearly…": what
    // became of your own messages, and a mark of your mood, are yours.)
    let messages = ["letter", "letters", "card", "cards", "email", "emails", "thank-you", "thank-yous"];
    let went = ["never went", "didn't go", "not sent", "never sent", "went out", "never posted"];
    if messages.iter().any(|m| contains_word(&lower, m)) && went.iter().any(|w| lower.contains(w)) {
        return Some("about your own messages, for you alone");
    }
    if text.chars().any(crate::text::words::is_pictograph) {
        return Some("a mark of your mood, to word in your own");
    }
    // (Set 44: `forgot to mention shielding multiplier completely` was "I didn't get to mention
    // shielding multiplier completely": how wholly one forgot is the writer's to tell themselves.)
    let bare = lower.trim_end().trim_end_matches(['.', '!']);
    if [" completely", " entirely", " totally"].iter().any(|w| bare.ends_with(w)) {
        return Some("a note to yourself");
    }
    // (Set 45: `Deborah told him, in front of me, that my writing sample was "very clean."`: what
    // the reader said to another, which a letter to her cannot say back as "you told you".)
    if [" told him", " told her", " told them"].iter().any(|w| lower.contains(w)) && lower.contains("in front of me") {
        return Some("what they said to someone else, to write in your own words");
    }
    // "I'd like to clarify this": the note says that something needs setting straight, not what.
    if ["like to clarify", "want to clarify", "want to correct"].iter().any(|p| lower.contains(p)) {
        return Some("a point to clarify in your own words");
    }
    // "Want to mention this in my thank-you", "Could mention the refactor": the note plans the
    // letter; the letter is the user's to word.
    // (`In Graham's note, mention TrialDirector…`, `mention it in the email to Lucy`.)
    let plans = ["mention", "bring up", "remind", "reiterate", "add", "include", "say", "repeat"]
        .iter()
        .any(|verb| lower.contains(&format!(" {verb} ")));
    let in_ones_message = plans
        && lower.match_indices(" in ").any(|(at, _)| {
            let mut after = lower[at + 4..].split_whitespace();
            let (whose, what) = (after.next().unwrap_or_default(), after.next().unwrap_or_default());
            let message = |w: &str| {
                ["note", "letter", "email", "e-mail", "card", "message", "ty"]
                    .contains(&w.trim_end_matches([',', ':', '.']))
            };
            (whose.ends_with("'s") && message(what)) || (whose == "the" && message(what) && after.next() == Some("to"))
        });
    if in_ones_message || ABOUT_THE_LETTER.iter().any(|p| lower.contains(p)) {
        return Some("a plan for the letter, to write in your own words");
    }
    // `… how I'd source them (study clubs, the state dental assoc.`: cut short inside brackets.
    if text.matches('(').count() != text.matches(')').count() {
        return Some("cut short, to finish in your own words");
    }
    // (`Ingrid asked three follow-up questions and then said, "Would you want to co-facilitate
    // with me?"`: the reader's own question, quoted back, and `Brent said that was "exactly
    // right"`, where "that" is what came before: for the user to word.)
    if ["?\"", "?”"].iter().any(|q| text.contains(q)) {
        return Some("their words quoted back, to word in your own");
    }
    // (Set 48: `He told "You think like an owner, that is what we want in this role."`: a
    // sentence of theirs, quoted whole, that no rule turned to you; `quoted` tells back what it
    // can.)
    let said_whole = text.split(['"', '“', '”']).skip(1).step_by(2).any(|q| {
        let q = q.trim();
        q.split_whitespace().count() >= 5 && q.starts_with(char::is_uppercase) && q.ends_with(['.', '!'])
    });
    if said_whole {
        return Some("their words quoted back, to word in your own");
    }
    // (`Kofi + prep station`: a name and a thing, with nothing said of them.)
    let verb = words.iter().any(|w| {
        let w = w.to_lowercase();
        super::rewrite::is_past_tense(&w) || super::words::PRESENT.contains(&w.as_str())
    });
    let paired = text.contains(" + ") || lower.contains(" and ");
    if !verb && paired && words.len() <= 5 && words.first().is_some_and(|w| w.starts_with(char::is_uppercase)) {
        return Some("written in shorthand");
    }
    // (`Odalys said "no pressure, just a page," which is never true`: the writer's comment on
    // their words.)
    if ["\" which ", ",\" which ", "” which ", ",” which "].iter().any(|p| lower.contains(p)) {
        return Some("their words with your comment on them, to word in your own");
    }
    // (`Tom asked about my own spiritual practice, gently, and I said I was raised Anglican…`:
    // their question and the writer's answer, a story to tell in one's own words.)
    if lower.contains(" asked ")
        && [" and i said ", ", i said ", " and i told ", " i answered "].iter().any(|p| lower.contains(p))
    {
        return Some("their question and your answer, to word in your own");
    }
    if [" said that was ", " said this was "].iter().any(|p| lower.contains(p)) {
        return Some("what they said of something the note tells before it, to word in your own");
    }
    // (Set 42: `Told them about the gait analysis CPD this time!! (learned from Northgate)`: the
    // writer's note on how they did against another interview, not a moment of the reader's.)
    if [" this time ", "learned from ", "learnt from ", " unlike last time", " than last time"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return Some("a note of your own on how you did, to word in your own if at all");
    }
    // A line of forty words and more is a story too, however it is punctuated.
    if words.len() >= 40 {
        return Some("too long to recall as it is");
    }
    // Three sentences and more are a story, not a line a rule can vouch for.
    if text.matches(". ").count() >= 2 {
        return Some("several sentences, to shorten in your own words");
    }
    // `change-order log / version control story`: a note's shorthand for two things at once.
    // (Not inside quotes: `my "what changed / who's affected" template` names it.)
    let unquoted: String = text.split(['"', '“', '”']).step_by(2).collect();
    // (Set 47: `it's 450 standing / 320 seated`: two figures, as a room is measured.)
    let figures = |at: usize| unquoted[at + 3..].starts_with(|c: char| c.is_ascii_digit());
    if unquoted.match_indices(" / ").any(|(at, _)| !figures(at)) {
        return Some("written in shorthand");
    }
    // `She liked the inventory system story, the one where you cut the count time in half`: a
    // note written to oneself, whose "you" is the writer beside the one who liked it (`the demo:
    // you liked the live walkthrough` says "you" to the reader).
    let third = unquoted.split_whitespace().next().is_some_and(|w| {
        w.starts_with(char::is_uppercase) && !matches!(w, "I" | "You" | "I'd" | "I've" | "I'm" | "The" | "A" | "An")
    }) || [" she ", " he ", " they "].iter().any(|p| lower.contains(p));
    let second_person = third
        && unquoted.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).any(|w| {
            matches!(
                w.to_lowercase().replace('’', "'").as_str(),
                "you" | "your" | "you'd" | "you're" | "you've" | "yourself"
            )
        });
    if second_person {
        return Some("written to yourself, to word in your own");
    }
    // `we clicked, he made a joke about redaction fails`: two sentences joined by a comma.
    let spliced = [", he ", ", she ", ", they ", ", we ", ", i ", ", i've ", ", i'm ", ", i'd "].iter().any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            let next = lower[at + p.len()..].split(' ').next().unwrap_or_default();
            // (`…, she said`, `…, he thought`: who said it, not a second sentence.)
            !["said", "says", "thought", "thinks", "felt", "mentioned", "noted", "added", "agreed"].contains(&next)
        })
    });
    if spliced {
        return Some("two sentences joined by a comma, to word in your own");
    }
    // `…so decision before Christmas?`: the writer wonders; a letter does not. (A question
    // itself, `Is the role hybrid?`, is one to ask.)
    const ASKING: &[&str] = &[
        "who", "what", "when", "where", "why", "how", "which", "is", "are", "do", "does", "did", "can", "could",
        "will", "would", "should", "was", "were", "has", "have",
    ];
    let asks = words.first().is_some_and(|w| ASKING.contains(&w.to_lowercase().as_str()));
    if text.trim_end().ends_with('?') && !asks {
        return Some("a question to yourself");
    }
    if judges_oneself(text) {
        return Some("a verdict on yourself");
    }
    if words.iter().any(|w| CASUAL.contains(&w.to_lowercase().as_str())) {
        return Some("too casual for a letter, to word in your own");
    }
    // `He liked "not emailing."`: a quotation alone, without what it answered.
    let quoted_alone = [" liked ", " loved ", " enjoyed ", " appreciated ", " responded well to ", " reacted well to "]
        .iter()
        .any(|verb| {
            lower.find(verb).is_some_and(|at| {
                let object = lower[at + verb.len()..].trim_end().trim_end_matches(['.', '!']);
                // (Set 61: `He liked “not emailing.”`: the opening quote may be three bytes.)
                let inner = object.strip_prefix(['"', '“']);
                // The quote closes at the end, or before a last full stop.
                inner.is_some_and(|inner| {
                    let rest = inner.find(['"', '”']).map(|close| inner[close..].trim_start_matches(['"', '”']));
                    object.ends_with(['"', '”', '.']) && rest.is_some_and(|rest| rest.is_empty() || rest == ".")
                })
            })
        });
    // `Brad, eventually: "ok, you get that it's a business"`: someone's words after a label.
    let labelled_quote = [": \"", ": “"].iter().any(|q| text.contains(q));
    if quoted_alone || labelled_quote {
        return Some("a quotation without what it answered");
    }
    // `ADA transition plan answer — Gloria said "that's very thorough"`: a label for an answer.
    let head = [" — ", " – ", " - ", ": "].iter().fold(text, |t, sep| t.split(sep).next().unwrap_or(t)).trim_end();
    if (head.ends_with(" answer") || head.ends_with(" answers")) && head.split(' ').count() <= 6 {
        return Some("a label for your answer, to word in your own");
    }
    if ASIDES.iter().any(|p| lower.contains(&format!(" {p}")) || lower.contains(&format!(" the {p}"))) {
        return Some("an aside");
    }
    // `you seemed happy with that`: what "that" was is in the note's line before.
    let ends_on_pointer = matches!(
        words.iter().rev().take(2).map(|w| w.to_lowercase()).collect::<Vec<_>>().as_slice(),
        [last, before] if ["that", "this", "those", "it"].contains(&last.as_str())
            && ["with", "about", "at", "on", "of", "for", "by", "into", "to"].contains(&before.as_str())
    );
    // `Dale liked that a lot`, `she loved it`: what was liked is in the line before.
    let tail: Vec<String> = words
        .iter()
        .rev()
        .map(|w| w.to_lowercase())
        // (`he seemed to appreciate that actually`: the writer's aside after the pointer.)
        .skip_while(|w| {
            ["a", "lot", "much", "very", "too", "so", "really", "all", "of", "actually", "though", "honestly"]
                .contains(&w.as_str())
        })
        .take(2)
        .collect();
    // `liked that it was "cheap and ugly and worked"`: what "it" was is in the line before.
    let liked_that_it = [" liked that it ", " loved that it ", " liked that it's "].iter().any(|p| lower.contains(p));
    let liked_a_pointer = liked_that_it
        || matches!(tail.as_slice(), [last, verb]
        if ["that", "this", "it", "those", "these"].contains(&last.as_str()) && REACTED.contains(&verb.as_str()));
    // (`… weekly line-up tastings, she liked`: "Camille liked", with what she liked before it.)
    let liked_nothing = words.last().is_some_and(|w| {
        ["liked", "loved", "enjoyed", "appreciated", "valued", "likes", "loves"].contains(&w.to_lowercase().as_str())
    });
    if POINTERS.iter().any(|p| lower.contains(p))
        || points_back(&words)
        || ends_on_pointer
        || liked_a_pointer
        || liked_nothing
    {
        return Some("it points elsewhere in the note");
    }
    if words.iter().any(|w| ["i", "i'm", "i'd", "i've", "i'll", "im", "ive", "w"].contains(w)) {
        return Some("written in shorthand");
    }
    // `sitting for PE in april`: a month in lower case is a hurried line's. ("may" and "march"
    // are words too.)
    const MONTHS: &[&str] =
        &["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"];
    if words.iter().any(|w| MONTHS.contains(w)) {
        return Some("written in shorthand");
    }
    // (What the writer added in brackets is not sent: `(scrub the Midway names first!!)`. An
    // ampersand before a capital is a name's: `Read & Skate`.)
    let sent = crate::text::words::without_brackets(text);
    let ampersand = sent.match_indices(" & ").any(|(at, _)| !sent[at + 3..].starts_with(char::is_uppercase));
    // (Marks of the writer's feelings count outside brackets only: a promise's brackets are not sent.)
    let shorthand = |s: &&str| if matches!(*s, "!!" | "???") { sent.contains(s) } else { text.contains(s) };
    if ampersand
        || SHORTHAND.iter().any(shorthand)
        || words.iter().any(|w| SHORT_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return Some("written in shorthand");
    }
    None
}

/// True for a highlight whose "it" is the thing the writer did (`liked that I caught it myself`):
/// what "it" was is in the note's line before, so the reader could not tell.
pub fn did_it(text: &str) -> bool {
    let words: Vec<&str> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect();
    // (Not `liked hearing about the dual-calendar system … and the time a court-ordered deadline
    // changed and I caught it`: far into the sentence, "it" has what it stands for before it.)
    words.windows(3).take(8).any(|w| {
        matches!(w[0], "I" | "i")
            && w[2].eq_ignore_ascii_case("it")
            && !["said", "thought", "found", "made"].contains(&w[1])
    })
}

/// Verbs whose object, when it is only "that" or "it", is what the note said before.
const REACTED: &[&str] = &[
    "liked",
    "loved",
    "enjoyed",
    "appreciated",
    "noticed",
    "remembered",
    "praised",
    "like",
    "love",
    "appreciate",
    "enjoy",
];

/// Nouns that, after "that" or "this", stand for something the note said before.
const BACK: &[&str] = &[
    "problem", "question", "part", "bit", "point", "answer", "issue", "detail", "topic", "one", "thing", "story",
    "case",
];

/// True for `how I'd handle that adoption problem`, `that question`: a demonstrative and a word
/// for what was said before, which means nothing without the sentences before it.
fn points_back(words: &[&str]) -> bool {
    words.windows(2).enumerate().any(|(i, pair)| {
        let demonstrative = matches!(pair[0].to_lowercase().as_str(), "that" | "this" | "those" | "these");
        let next = pair[1].to_lowercase();
        let opens_a_clause = ["the", "a", "an", "we", "i", "it", "you", "they", "he", "she", "my", "our", "is", "was"];
        // `that story about the migration` says what it is about.
        let noun = words[i + 1..].iter().take(2).position(|w| BACK.contains(&w.to_lowercase().trim_end_matches('s')));
        let said_after = |at: usize| {
            words.get(i + 2 + at).is_some_and(|w| ["about", "of", "on", "where", "when", "with"].contains(w))
        };
        demonstrative
            && !opens_a_clause.contains(&next.as_str())
            && !next.ends_with("ly")
            && noun.is_some_and(|at| !said_after(at))
    })
}

/// True when a rewritten sentence still speaks of someone as "she" or "he": the note spoke of
/// the reader without naming them, or of someone else the reader would not know is meant.
pub fn speaks_of_a_third_person(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).collect();
    // (Set 63: `Raj after role-play: "that's the best objection handling I've seen this cycle."`,
    // sent to Colleen, was "…that Raj called my objection handling the best Raj had seen": one
    // named twice, whom only a letter to them can turn to "you".)
    let named_twice = words.iter().enumerate().any(|(i, w)| {
        w.chars().count() > 1
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && i > 0
            && words[i + 1..].contains(w)
    });
    named_twice
        || words.iter().any(|w| {
            ["she", "he", "her", "him", "his", "she'd", "he'd", "she's", "he's", "She", "He", "Her", "His"].contains(w)
        })
}

/// True when a line labels its point (`the demo: you liked…`): a few words, then a colon, then
/// text that starts in lowercase.
pub fn labelled(text: &str) -> bool {
    // (Set 46: `Discharge TAT question - I explained the funnel approach`: a topic, a dash, and
    // what the writer did.)
    let dashed = [" - ", " – ", " — "].iter().filter_map(|d| text.split_once(d)).min_by_key(|(l, _)| l.len());
    if dashed.is_some_and(|(label, rest)| label.split_whitespace().count() <= 4 && rest.starts_with("I ")) {
        return true;
    }
    // (Set 58: `Themba - old school gentleman, proper warm`: a name, a dash, and how the writer
    // saw them, with no verb to say what they liked or did.)
    let sketch = dashed.is_some_and(|(label, rest)| {
        let named = label.split_whitespace().count() <= 3 && label.starts_with(char::is_uppercase);
        let words: Vec<String> = rest
            .split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let verb =
            words.iter().any(|w| super::rewrite::is_past_tense(w) || super::words::PRESENT.contains(&w.as_str()));
        // (`Demo - the live walkthrough`: a topic and the thing itself.)
        let thing =
            words.first().is_some_and(|w| ["the", "a", "an", "my", "our", "their", "your"].contains(&w.as_str()));
        named && !verb && !thing
    });
    if sketch {
        return true;
    }
    text.find(": ").is_some_and(|at| {
        let label = &text[..at];
        let rest = &text[at + 2..];
        // (`Portfolio: Jamal flipped through the whole thing`: a name and what they did, after it.)
        let did = label.split_whitespace().count() == 1
            && rest.split(' ').nth(1).is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
        label.split_whitespace().count() <= 4 && (rest.chars().next().is_some_and(char::is_lowercase) || did)
    })
}

/// A highlight without the topic the note put before it and a dash, when what follows opens
/// with one of `given` and what they liked (set 46: `Business note - Vikram liked that I kept it to
/// one page` → `Vikram liked that I kept it to one page`).
/// An "it" after the verb stands for the topic (`… liked that I kept it to one page` is "kept the
/// business note to one page").
pub fn undashed(text: &str, given: &[&str]) -> String {
    let Some((label, rest)) =
        [" - ", " – ", " — "].iter().filter_map(|d| text.split_once(d)).min_by_key(|(l, _)| l.len())
    else {
        return text.to_owned();
    };
    let mut words = rest.split_whitespace();
    let (who, verb) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
    let liked = ["liked", "loved", "enjoyed", "appreciated"].contains(&verb);
    // (Set 48: `te reo labels on the escalation screen – Lucy loved that, said the aged care
    // providers would too`: "that" is the topic before the dash; what follows its comma is the
    // writer's record.)
    let that = match words.next() {
        Some("that") => words.next().is_none(),
        Some(w) => ["that,", "that.", "that!"].contains(&w),
        None => false,
    };
    let topic_words = label.split_whitespace().count();
    let plain_label = !label.split_whitespace().any(|w| ["I", "i", "my", "we"].contains(&w))
        && label.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'');
    if liked && that && given.contains(&who) && (2..=8).contains(&topic_words) && plain_label {
        let topic = super::rewrite::lower_topic(label);
        let determined = ["the ", "a ", "an ", "our ", "their ", "your "].iter().any(|d| topic.starts_with(d));
        let topic = if determined { topic } else { format!("the {topic}") };
        return format!("{who} {verb} {topic}");
    }
    let short = label.split_whitespace().count() <= 3
        && !label.split_whitespace().any(|w| w == "I")
        && label.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    if !(short && liked && given.contains(&who)) {
        return text.to_owned();
    }
    let topic = format!("the {}", super::rewrite::lower_topic(label));
    let mut it = rest.match_indices(" it ").map(|(at, _)| at);
    match (it.next(), it.next()) {
        (Some(at), None) => format!("{} {topic} {}", &rest[..at], &rest[at + 4..]),
        _ => rest.to_owned(),
    }
}

/// Where the process stands, said by someone ("Naomi said decision by Dec 4"): the note's
/// timeline, not something they liked.
const PROCESS: &[&str] = &[
    "decision by",
    "decide by",
    "a decision",
    "the decision",
    "decision will",
    "hear back",
    "next round",
    "more rounds",
    "further rounds",
    "next steps",
    "timeline",
    "get back to me",
];

/// True for a highlight the letters leave out on purpose (a verdict on oneself, an aside about
/// the room, where the process stands), rather than one to write in one's own words.
pub fn left_out(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase().replace('’', "'");
    if PROCESS.iter().any(|p| lower.contains(p)) {
        return Some("where the process stands, not a highlight");
    }
    // (`Jo said one short note per person is fine, she'll forward same day`: how to send the
    // thanks, said back to the one who said it.)
    const HOW_TO_SEND: &[&str] = &[
        "she'll forward",
        "he'll forward",
        "will forward",
        "forward them",
        "forward it",
        "forwards",
        "pass them on",
        "pass it on",
        "note per person",
        "thank-you note",
        "thank you note",
        "thank-yous",
        "thank yous",
    ];
    if HOW_TO_SEND.iter().any(|p| lower.contains(p)) {
        return Some("how to send your thanks, not a highlight");
    }
    // `I explained the outage clearly`: the writer's verdict on their own answer.
    let judged = ["clearly", "well", "confidently", "smoothly", "perfectly", "nicely"];
    if lower.starts_with("i ") && judged.iter().any(|j| contains_word(&lower, j)) {
        return Some("a verdict on yourself");
    }
    // (`Lena asked how I'd tell program stories… and she said that's her number one worry`: what
    // follows the question is more than what they asked, for the user to word.)
    if neutral(&lower) && sentences_in(text.trim_end_matches(['.', ' '])) == 1 {
        return Some("what they asked or how they were, not something they liked");
    }
    // `She liked me I think`: whom they liked is the writer, a guess no letter says back.
    if [" liked me", " likes me", " loved me", " seemed to like me"].iter().any(|p| {
        lower.match_indices(p).any(|(at, _)| !lower[at + p.len()..].starts_with(|c: char| c.is_alphanumeric()))
    }) {
        return Some("a guess at what they thought of you");
    }
    // (What needs only other words, a casual one or a quotation's context, is the user's to write;
    // so is every line whose reason says to word it in your own.)
    const TO_WORD: &[&str] = &[
        "written in shorthand",
        "a quotation without what it answered",
        // (`Sam liked this, said it'd save remediation cost`: what "this" was is in the line
        // before, which the user can see; a highlight the note gives is not dropped unseen.)
        "it points elsewhere in the note",
    ];
    // (Session 31: every reason that asks the user to word it lists the line; "two sentences
    // joined by a comma" had been in neither a message nor the list.)
    unvouched(text).filter(|why| !TO_WORD.contains(why) && !why.contains("your own"))
}

/// Words that make a question or a state something the reader liked: `asked great follow-up
/// questions`, `was impressed by…`.
const WARM: &[&str] = &[
    "great",
    "good",
    "thoughtful",
    "sharp",
    "smart",
    "insightful",
    "follow-up",
    "followup",
    "impressed",
    "excited",
    "interested",
    "enthusiastic",
    "engaged",
    "happy",
    "pleased",
    "keen",
    "receptive",
    "warm",
    "glad",
    "delighted",
    "thrilled",
    "animated",
    "energized",
    "positive",
    "loved",
    "liked",
    "enjoyed",
    "appreciated",
    "best",
    "nice",
    "perfect",
    "exactly",
    "useful",
    "helpful",
    "curious",
    "intrigued",
    "fan",
    "laughed",
    "smiled",
    "nodded",
];

/// True for a line that says only what someone asked or how they were (`Gerald asked mostly
/// about classroom management`, `Tom was quiet until the end`): no word of it says they liked
/// anything or took an interest in the writer's work, so a letter cannot be glad of it.
fn neutral(lower: &str) -> bool {
    let words: Vec<&str> =
        lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')).filter(|w| !w.is_empty()).collect();
    let Some(at) = words.iter().take(4).position(|w| matches!(*w, "asked" | "was" | "were")) else {
        return false;
    };
    // `Ben asked about my Kafka work`: their interest in the writer's own work is the point.
    // (`Maya asked about the year-end appeal I ran at Riverbend`: so is the work the writer did.)
    let about_mine = words[at] == "asked"
        && (words[at + 1..].iter().take(3).any(|w| *w == "my")
            || words[at + 1..].windows(2).take(8).any(|w| w[0] == "i" && w[1].ends_with("ed") || w == ["i", "ran"]));
    // `Kira was the best part`, `Tom was great`: after "was", a word that judges them is the
    // writer's verdict on the person; only one that says how they took something is theirs
    // (`was impressed by…`, `was keen on…`).
    let judges = ["great", "good", "best", "nice", "perfect", "warm", "sharp", "smart", "thoughtful", "insightful"];
    // (Not `Maya said it was the best answer she'd heard`: what she said, not the writer's verdict.)
    let of_them = words[at] != "asked" && !words[..at].iter().any(|w| matches!(*w, "said" | "it" | "that" | "told"));
    let warm = |w: &&str| WARM.contains(w) && !(of_them && judges.contains(w));
    !about_mine && !words[..at].contains(&"i") && !words[at + 1..].iter().any(warm)
}

/// A hurried line made presentable where no judgement is needed: "i" is "I", a person's given
/// name written in lowercase gets its capital ("dev and i" → "Dev and I"), a word typed twice
/// ("the the") is written once, and a line that then starts with "I" or a name starts with it.
/// Common words a note writes in capitals for emphasis, never acronyms.
const SHOUTED: &[&str] = &[
    "BEFORE",
    "AFTER",
    "NOT",
    "NEVER",
    "ALWAYS",
    "EVERY",
    "ONLY",
    "REALLY",
    "ACTUALLY",
    "READ",
    "FIRST",
    "EXACTLY",
    "WHOLE",
    "VERY",
    "MUCH",
    "MORE",
    "MOST",
    "LESS",
    "BEST",
    "HUGE",
    "AGAIN",
    "STILL",
    "BOTH",
    "ENTIRE",
    "WITHOUT",
    "LOVED",
    "LIKED",
    "ALREADY",
    "EVERYTHING",
    "ANYTHING",
    "NOTHING",
    "ALL",
    "WHY",
    "HOW",
    "WHAT",
];

/// Languages, as a hurried note writes them in lower case.
const LANGUAGES: &[&str] = &[
    "english",
    "spanish",
    "french",
    "german",
    "italian",
    "portuguese",
    "mandarin",
    "cantonese",
    "hindi",
    "tamil",
    "arabic",
    "japanese",
    "korean",
    "vietnamese",
    "tagalog",
    "russian",
    "polish",
    "dutch",
    "swahili",
    "yoruba",
    "igbo",
    "hausa",
    "malay",
    "irish",
    "welsh",
];

/// `€/month` as ("€", "month"), `GB/day` as ("GB", "day"): a unit by the period, after a figure.
fn per_period(word: &str) -> Option<(&str, &str)> {
    let (unit, period) = word.split_once('/')?;
    let period = match period {
        "month" | "mo" | "mth" => "month",
        "day" | "d" => "day",
        "week" | "wk" => "week",
        "year" | "yr" => "year",
        _ => return None,
    };
    let currency = ["€", "$", "£"].contains(&unit);
    let measure = (1..=3).contains(&unit.len()) && unit.chars().all(|c| c.is_ascii_alphabetic());
    (currency || measure).then_some((unit, period))
}

pub fn tidy(text: &str, names: &[&str]) -> String {
    let mut out: Vec<String> = Vec::new();
    // `Nico + I bonded over…`: a plus between a name and "I" is "and".
    // (And `Airflow + Snowflake` is "Airflow and Snowflake".)
    let text = text.replace(" + i ", " and I ").replace(" & I ", " and I ").replace(" + ", " and ");
    // `idempotent writes & dedupe keys`: an ampersand before a word in lower case is "and"
    // (one before a capital may be a name's: `Harlan & Voss`).
    let text = text
        .match_indices(" & ")
        .map(|(at, _)| at)
        .filter(|&at| text[at + 3..].starts_with(char::is_lowercase))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .fold(text.clone(), |mut t, at| {
            t.replace_range(at..at + 3, " and ");
            t
        });
    // (Set 49: `liked the triage bit heaps`: a word of the writer's, no measure for a letter.)
    let text = match text.trim_end().strip_suffix(" heaps.").or_else(|| text.trim_end().strip_suffix(" heaps")) {
        Some(before) if before.split(' ').count() >= 3 => {
            format!("{before}{}", if text.ends_with('.') { "." } else { "" })
        }
        _ => text,
    };
    let words: Vec<&str> = text.split(' ').collect();
    for (at, word) in words.iter().enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':', '!', '?']);
        let tail = &word[bare.len()..];
        // (`its 3.5`: "it is", before a figure.)
        let figure = words.get(at + 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '$'));
        // (`its more like 3`, `its actually 4 weeks`: "it is" before what no possessive precedes.)
        let is = words.get(at + 1).is_some_and(|w| {
            ["more", "really", "actually", "closer", "only", "just", "about", "not", "a", "an", "the", "been"]
                .contains(&w.to_lowercase().as_str())
        });
        let fixed = match bare {
            "i" => "I".to_owned(),
            "its" if figure || is => "it's".to_owned(),
            // A hurried note's shorthand, in full.
            "yrs" => "years".to_owned(),
            // (Set 48: `within the 45 min`, `the 15-min products`: a time written out.)
            "min" | "mins" if at > 0 && words[at - 1].chars().all(|c| c.is_ascii_digit()) => "minutes".to_owned(),
            "hr" | "hrs" if at > 0 && words[at - 1].chars().all(|c| c.is_ascii_digit()) => "hours".to_owned(),
            // (Set 48: `ran 3 months → 6 wks`.)
            "wks" | "wk" | "mths" | "mos" if at > 0 && words[at - 1].chars().all(|c| c.is_ascii_digit()) => {
                let one = words[at - 1] == "1";
                match (bare.starts_with('w'), one) {
                    (true, true) => "week",
                    (true, false) => "weeks",
                    (false, true) => "month",
                    (false, false) => "months",
                }
                .to_owned()
            }
            // (Set 48: `40k €/month`, `2 TB/day`: so much a month, written out.)
            _ if let Some((unit, period)) = per_period(bare) => {
                let figure = out.last().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
                match (figure, ["€", "$", "£"].contains(&unit)) {
                    (true, true) => {
                        let amount = out.pop().unwrap_or_default();
                        format!("{unit}{amount} a {period}")
                    }
                    (true, false) => format!("{unit} a {period}"),
                    (false, _) => bare.to_owned(),
                }
            }
            _ if bare.ends_with("-min") && bare[..bare.len() - 4].chars().all(|c| c.is_ascii_digit()) => {
                format!("{}-minute", &bare[..bare.len() - 4])
            }
            // (`you had actually read the sample`: surprise is the writer's, not the letter's.)
            "actually"
                if at > 0
                    && at + 1 < words.len()
                    && ["had", "has", "have", "did", "was", "were"]
                        .contains(&words[at - 1].to_lowercase().as_str()) =>
            {
                String::new()
            }
            "abt" => "about".to_owned(),
            // (Set 49: `I speak spanish`: a language has its capital.)
            _ if LANGUAGES.contains(&bare) => crate::text::words::with_first_upper(bare),
            // (Set 49: `the article on Batam dwell times I mentioned]`: a bracket the note's
            // aside closed, with no opening in the sentence.)
            _ if bare.ends_with(']') && !text.contains('[') => bare.trim_end_matches(']').to_owned(),
            "thru" => "through".to_owned(),
            // (`the kouign-amann w/ miso story`.)
            "w/" => "with".to_owned(),
            "w/o" => "without".to_owned(),
            // (`cut OT by ~20%`: overtime, by about a fifth.)
            "OT" => "overtime".to_owned(),
            _ if bare.starts_with('~') && bare[1..].starts_with(|c: char| c.is_ascii_digit()) => {
                format!("about {}", &bare[1..])
            }
            // (Set 48: `asked about alert fatigue BEFORE designing anything`, `had actually READ
            // the sample`: a word shouted for the writer, said plainly.)
            _ if SHOUTED.contains(&bare) => bare.to_lowercase(),
            "i'm" | "i’m" => "I'm".to_owned(),
            "i'd" | "i’d" => "I'd".to_owned(),
            "i've" | "i’ve" => "I've".to_owned(),
            "i'll" | "i’ll" => "I'll".to_owned(),
            // (`ive done RF cycle counts`: the apostrophe a hurried thumb left out.)
            "ive" => "I've".to_owned(),
            "im" => "I'm".to_owned(),
            "dont" | "didnt" | "doesnt" | "isnt" | "wasnt" | "cant" | "couldnt" | "wouldnt" | "havent" => {
                format!("{}'t", &bare[..bare.len() - 1])
            }
            // (`the TRIR drop at current place`: the writer's own workplace, without its "my".)
            "current" | "previous" | "prev" | "old" | "last"
                if at > 0
                    && ["at", "in", "from"].contains(&words[at - 1])
                    && words.get(at + 1).is_some_and(|w| {
                        ["place", "job", "company", "employer", "workplace"]
                            .contains(&w.trim_end_matches([',', '.', ';', ':', '!', '?']))
                    }) =>
            {
                let adjective = if bare == "prev" { "previous" } else { bare };
                format!("my {adjective}")
            }
            "place"
                if at > 1
                    && ["current", "previous", "prev", "old", "last"].contains(&words[at - 1])
                    && ["at", "in", "from"].contains(&words[at - 2]) =>
            {
                "job".to_owned()
            }
            _ => match names.iter().find(|n| !n.is_empty() && n.to_lowercase() == bare && **n != bare) {
                Some(name) => (*name).to_owned(),
                None => bare.to_owned(),
            },
        };
        let fixed = format!("{fixed}{tail}");
        if fixed.is_empty() {
            continue;
        }
        if out.last().is_some_and(|last| last.eq_ignore_ascii_case(&fixed) && fixed.chars().all(char::is_alphabetic)) {
            continue;
        }
        out.push(fixed);
    }
    out.join(" ")
}

/// A highlight with the writer's own words around it taken off, leaving what the reader liked:
/// the hedge (`She liked it, I think`), the verdict (`…, good sign`), the aside after a dash or
/// in closing brackets (`the peak season thing (ramped 40 temps in 3 wks)`), what they did next
/// (`…; asked two follow-up questions`, `…. asked if I'd want to join the council 👀`), what the
/// writer saw (`She visibly liked…`) and how much (`… a lot`); and `the X thing` is what the
/// writer said about X.
pub fn trimmed(text: &str) -> String {
    // (A mark of the writer's mood, `👀`, is theirs.)
    let text: String = text.chars().filter(|c| !crate::text::words::is_pictograph(*c)).collect();
    let named = crate::pipeline::parse::body::collapse_spaces(&text);
    // (`She liked it, I think`: the hedge is the writer's; what is left is then judged.)
    let named = [", I think", ", i think", " I think", " i think", ", I guess", ", i guess", ", maybe"]
        .iter()
        .find_map(|hedge| named.trim_end_matches(['.', ' ']).strip_suffix(hedge).map(str::to_owned))
        .unwrap_or(named);
    // (`She laughed at my 3am coffee comment, good sign I think`: and the writer's verdict.)
    let named = [", good sign", ", great sign", ", a good sign", ", promising", ", good omen"]
        .iter()
        .find_map(|verdict| named.trim_end_matches(['.', ' ', '!']).strip_suffix(verdict).map(str::to_owned))
        .unwrap_or(named);
    // (`Lin really liked the sepsis bundle audit I did on my unit. asked if I'd want to be on
    // their practice council`: a sentence in lower case after it is the writer's account; and
    // `…. "that's the muscle we need"`, their words after it, are the writer's record.)
    // (`Grace loved that I added the early literacy tip…. She said later that's something they
    // want`: what they said after is the writer's record too.)
    let said =
        |rest: &str| ["She said", "He said", "They said", "She told", "He told"].iter().any(|s| rest.starts_with(s));
    let account = |rest: &str| rest.starts_with(char::is_lowercase) || rest.starts_with(['"', '“']) || said(rest);
    let named = match named.match_indices(". ").map(|(at, _)| at).find(|&at| account(&named[at + 2..])) {
        Some(at) if named[..at].split_whitespace().count() >= 4 && liked_at(&named[..at]).is_some() => {
            named[..at].to_owned()
        }
        _ => named,
    };
    // (`the niche plan — dentists and practice owners — and asked…`: what follows a dash is
    // the writer's aside.)
    let named = match named.split_once(" — ") {
        Some((before, _)) if before.split_whitespace().count() >= 4 => before.to_owned(),
        _ => named,
    };
    let named = without_trailing_clause(&named).to_owned();
    // (`leaned in on the CLABSI project; asked two follow-up questions…`: the first clause says
    // what landed, the rest is the writer's account; `we paired well on the exercise; he said my
    // tests read like a spec`: a clause with its own subject stays.)
    let named = match named.split_once("; ") {
        Some((first, rest))
            if first.split_whitespace().count() >= 4
                && !rest.split(' ').next().is_some_and(|w| {
                    ["he", "she", "they", "you", "i", "we", "it"].contains(&w.to_lowercase().as_str())
                }) =>
        {
            first.to_owned()
        }
        _ => named,
    };
    // (`Rick liked the TRIR drop at my current job (2.8 -> 1.1 over 2 yrs)`: closing brackets
    // after what they liked are the writer's detail.)
    let bare = named.trim_end_matches(['.', ' ']);
    let named = match bare.strip_suffix(')').and_then(|b| b.rfind(" (").map(|at| &b[..at])) {
        Some(before) if !before.contains(['(', ')']) && before.split_whitespace().count() >= 4 => before.to_owned(),
        _ => named,
    };
    // (`She visibly liked the huddle idea`: what the writer saw is theirs to say; `Joanne liked
    // the capital campaign thing a lot`: and how much.)
    let named = ["visibly ", "clearly ", "obviously ", "noticeably "]
        .iter()
        .fold(named, |n, adverb| n.replacen(&format!(" {adverb}"), " ", 1));
    let named = [" a lot", " a ton", " so much"]
        .iter()
        .find_map(|much| named.trim_end_matches(['.', ' ', '!']).strip_suffix(much).map(str::to_owned))
        .unwrap_or(named);
    // (`Tobias really liked when I talked about the contextual inquiry…`: liked hearing about it.)
    // (Before `tidy`: a hurried "i" is the writer too.)
    let named = ["liked when I talked about ", "liked it when I talked about ", "liked when I mentioned "]
        .iter()
        .flat_map(|said| [said.to_string(), said.replace(" I ", " i ")])
        .fold(named, |n, said| n.replacen(&said, "liked hearing about ", 1));
    the_thing(&named)
}

/// `Caroline liked the diary study thing` → `Caroline liked what I said about the diary study`;
/// `when I mentioned the "insight half-life" thing` → `… the "insight half-life"`. Only where
/// "thing" or "stuff" ends the line and what comes before it, from its article, names it.
fn the_thing(text: &str) -> String {
    let bare = text.trim_end_matches(['.', ' ', '!']);
    let Some(before) = [" thing", " stuff", " things", " part"].iter().find_map(|t| bare.strip_suffix(t)) else {
        return text.to_owned();
    };
    let words: Vec<&str> = before.split(' ').collect();
    let Some(det) = words.iter().rposition(|w| ["the", "my", "our", "that"].contains(&w.to_lowercase().as_str()))
    else {
        return text.to_owned();
    };
    let named = &words[det + 1..];
    // (The words between the article and "thing" name it: not a clause, `the thing I did`.)
    let names_it = (1..=4).contains(&named.len())
        && !named.iter().any(|w| matches!(w.to_lowercase().as_str(), "i" | "you" | "we" | "he" | "she" | "they"));
    let verb = det.checked_sub(1).map(|at| words[at].to_lowercase());
    let phrase = |det: &str| format!("{det} {}", named.join(" "));
    let det_word = if words[det].eq_ignore_ascii_case("that") { "the" } else { words[det] };
    match verb.as_deref() {
        Some(v) if names_it && REACTED.contains(&v) => {
            format!("{} what I said about {}", words[..det].join(" "), phrase(det_word))
        }
        Some("mentioned" | "about" | "up" | "described" | "explained") if names_it => {
            format!("{} {}", words[..det].join(" "), phrase(det_word))
        }
        _ => text.to_owned(),
    }
}

/// Where a line says someone liked something: the index of its verb among the first words.
fn liked_at(text: &str) -> Option<usize> {
    text.split_whitespace().take(4).position(|w| REACTED.contains(&w.to_lowercase().as_str()))
}

/// A highlight without what the note says they did next, after commas: `Tanya liked my retention
/// numbers, 94% GRR, made her write something down` → `Tanya liked my retention numbers`. Only
/// where what comes first says what they liked, whole, and the last part opens with a verb in
/// the past.
pub fn without_trailing_clause(text: &str) -> &str {
    // `liked that I'd dealt with service contracts, because apparently their plate readers go
    // down all the time`: what the writer heard besides is theirs.
    if let Some((first, _)) = text.split_once(", because apparently").or_else(|| text.split_once(" because apparently"))
    {
        if first.split_whitespace().count() >= 4 {
            return first;
        }
    }
    // (`liked my shrink numbers from Giant Eagle – when I said I got the store from 3.1% to 2.2%
    // you actually wrote it down`: after the dash, how the writer saw it land.)
    if let Some((first, _)) = text.split_once(" – ").or_else(|| text.split_once(" — ")) {
        let words: Vec<&str> = first.split_whitespace().collect();
        let liked = words.iter().take(3).position(|w| REACTED.contains(&w.to_lowercase().as_str()));
        if liked.is_some_and(|at| {
            words.get(at + 1).is_some_and(|w| ["my", "the", "how", "that", "our"].contains(w)) && words.len() >= at + 4
        }) {
            return first;
        }
    }
    let Some((first, rest)) = text.split_once(", ") else { return text };
    let words: Vec<&str> = first.split_whitespace().collect();
    let liked = words.iter().take(3).position(|w| REACTED.contains(&w.to_lowercase().as_str()));
    let whole = liked.is_some_and(|at| {
        words.get(at + 1).is_some_and(|w| ["my", "the", "how", "that", "our"].contains(w)) && words.len() >= at + 3
    });
    let last = rest.rsplit(", ").next().unwrap_or(rest);
    let next = last.split_whitespace().next().unwrap_or_default().to_lowercase();
    let did = ["made", "had", "said", "wrote", "took", "kept", "gave", "asked", "nodded", "smiled", "laughed"]
        .contains(&next.as_str())
        || (next.len() > 4 && next.ends_with("ed"));
    if whole && did && !last.starts_with("and ") { first } else { text }
}

/// A highlight without the words of theirs the note quotes after it: `you liked that I brought up
/// clock skew — you said "good, most people miss that"` → `you liked that I brought up clock
/// skew`. A line whose point is the quote itself comes back as it is (and is listed, not sent).
pub fn without_quoted_tail(text: &str) -> &str {
    // (Set 46: `Luis liked the temp log story (caught a reefer running 44F on a produce load,
    // refused it, saved a claim).`: the writer's account in brackets at the end is theirs.)
    let bare = text.trim_end().trim_end_matches('.');
    // (Or cut short inside them by what read the line: `… the temp log story (caught a reefer`.)
    if let Some(open) = bare.rfind(" (").filter(|&at| !bare[at..].contains(')')) {
        if bare[..open].split_whitespace().count() >= 4 {
            return without_quoted_tail(&bare[..open]);
        }
    }
    if let Some(inner) = bare.strip_suffix(')') {
        if let Some(open) = inner.rfind(" (") {
            if !inner[open + 2..].contains(['(', ')']) && inner[..open].split_whitespace().count() >= 4 {
                return without_quoted_tail(&inner[..open]);
            }
        }
    }
    // `…how I'd present to nurses. Said my answer was practical.`: a sentence without its
    // subject after the highlight is the note's shorthand, not part of it.
    if let Some(at) = text.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let next = text[at + 2..].split(' ').next().unwrap_or_default();
        // (Set 46: `… put the recommendation first. He said most candidates send 6 pages.`)
        let said_so = ["He said ", "She said ", "They said "].iter().any(|p| text[at + 2..].starts_with(p))
            && !text[at + 2..].contains(['"', '“']);
        said_so
            || next == "Said"
            || (next.ends_with("ed") && next.chars().next().is_some_and(char::is_uppercase) && next != "Ted")
    }) {
        if text[..at].split_whitespace().count() >= 4 {
            return without_quoted_tail(&text[..at]);
        }
    }
    // (Set 56: `Vivek liked the RAID log + escalation matrix …, went through it line by line`:
    // what they did after a comma, with no subject of its own, is the writer's account.)
    if let Some(at) = text.match_indices(", ").map(|(at, _)| at).find(|&at| {
        let next = text[at + 2..].split(' ').next().unwrap_or_default();
        let head: Vec<&str> = text[..at].split_whitespace().collect();
        let clause = head.iter().skip(1).take(3).any(|w| super::rewrite::is_past_tense(&w.to_lowercase()));
        next.len() > 3 && super::rewrite::is_past_tense(next) && head.len() >= 4 && clause && !text.contains(['"', '“'])
            // (A sentence after it says the line holds more than one thing: the user's to word.)
            && !text[at..].contains(". ")
    }) {
        return without_quoted_tail(&text[..at]);
    }
    let Some(quote) = text.find(['"', '“']) else { return text };
    const SEPARATORS: [&str; 6] = [" — ", " – ", "; ", ". ", ", and you said", ", you said"];
    // The quote after a separator and a "said" ("… flat. You said \"…\""), even when the
    // highlight quotes a word of its own before it.
    let said = SEPARATORS
        .iter()
        .flat_map(|s| text.match_indices(s).map(move |(at, _)| (at, s.len())))
        .filter(|&(at, len)| {
            let after = &text[at + len..];
            after.split_whitespace().take(3).any(|w| w == "said") && after.contains(['"', '“'])
        })
        .map(|(at, _)| at)
        .min();
    let cut = said.or_else(|| SEPARATORS.iter().filter_map(|s| text[..quote].find(s)).min());
    match cut {
        Some(at) if text[..at].split_whitespace().count() >= 4 => text[..at].trim_end_matches([',', ' ']),
        _ => text,
    }
}

/// A highlight without the label the note put before it, when what follows is a clause with
/// its own subject: `the demo: you liked the live walkthrough` → `you liked the live
/// walkthrough`. Any other labelled line comes back as it is (and is listed, not sent).
pub fn unlabel(text: &str) -> String {
    if !labelled(text) {
        return text.to_owned();
    }
    let rest = &text[text.find(": ").map_or(0, |at| at + 2)..];
    let first = rest.split(' ').next().unwrap_or_default();
    if ["you", "they", "we", "i"].contains(&first) {
        crate::text::words::with_first_upper(rest)
    } else {
        text.to_owned()
    }
}
