//! The steps the note says come next, read only where it says what comes next: a `Next steps`
//! section, a `next:` line or key (with the bullets under a bare `next`), a sentence about "the
//! next step". Each piece (`take home case sent mon 30th, 72 hrs`, `then sanne chat`, `possible
//! final w/ Don`) is a step when it names one of the kinds a letter can look forward to: a tour,
//! a final round, a conversation with someone, a take-home or a presentation, references. The
//! rest (the offer, the team's own talk, paperwork) is no step of the writer's.

use crate::model::{Person, Step};

use super::sections::normalize;

/// Words that make a piece a step that may not happen; from the piece on, to the end of its
/// line (`If yes → coffee w/ Carl, then offer`).
// (`we'll let people know by December 1st whether they're moving to the in-person round`, `round
// 2 in Dec for whoever they pick`: a round someone else is chosen for, maybe.)
const MAYBE: &[&str] =
    &["possible", "possibly", "maybe", "might", "may", "could", "potentially", "perhaps", "if", "whether", "whoever"];

/// Words of a piece that is not the writer's step: the company's decision, its own talk, or
/// what already happened.
const NOT_A_STEP: &[&str] = &[
    "offer",
    "decision",
    "decide",
    "decides",
    "deciding",
    "paperwork",
    "background",
    "approve",
    "approves",
    "approval",
    "debrief",
    "internal",
    "already",
    "did",
    "done",
    "went",
    "practice",
    "practise",
    "prep",
    "prepare",
    "read",
    // (`Overall: felt good. Maybe the best interview I've had this round.`: a verdict on this one.)
    "best",
    "worst",
    "felt",
    "had",
    // (Set 46: `Good - no clash with Navjeevan round 2 on 4/12.`: the writer's diary, and another
    // company's round.)
    "clash",
    "clashes",
    "conflict",
    "overlap",
];

/// Places a tour is of: `plant tour`, `tour of the kitchen`.
const PLACES: &[&str] = &[
    "site",
    "plant",
    "facility",
    "shop",
    "kitchen",
    "warehouse",
    "office",
    "offices",
    "lab",
    "campus",
    "school",
    "clinic",
    "hospital",
    "store",
    "floor",
    "building",
    "hangar",
    "mill",
    "factory",
    "studio",
    "newsroom",
    "restaurant",
    "hotel",
    "farm",
    "yard",
];

/// The words before `test` that make a test a step: `skills test`, `edit test`.
const TESTS: &[&str] = &[
    "skills",
    "skill",
    "edit",
    "editing",
    "writing",
    "typing",
    "coding",
    "technical",
    "practical",
    "knife",
    "cooking",
];

/// The words of a role a step may be with (`the Exec Director`, `w/ the site director`, `the
/// GM`), each as a letter writes it.
const ROLE_WORDS: &[(&str, &str)] = &[
    ("site", "site"),
    ("city", "city"),
    ("county", "county"),
    ("town", "town"),
    ("deputy", "deputy"),
    ("assistant", "assistant"),
    ("exec", "executive"),
    ("executive", "executive"),
    ("general", "general"),
    ("hiring", "hiring"),
    ("practice", "practice"),
    ("managing", "managing"),
    ("medical", "medical"),
    ("clinical", "clinical"),
    ("store", "store"),
    ("district", "district"),
    ("regional", "regional"),
    ("program", "program"),
    ("operations", "operations"),
    ("ops", "operations"),
    ("service", "service"),
    ("plant", "plant"),
    ("head", "head"),
    ("chief", "chief"),
    ("vp", "VP"),
];

/// The last word of such a role, the one that names it.
const ROLE_NOUNS: &[(&str, &str)] = &[
    ("team", "team"),
    ("manager", "manager"),
    ("mgr", "manager"),
    ("director", "director"),
    ("dir", "director"),
    ("owner", "owner"),
    ("owners", "owners"),
    ("founder", "founder"),
    ("founders", "founders"),
    ("gm", "general manager"),
    ("hm", "hiring manager"),
    ("ceo", "CEO"),
    ("vp", "VP"),
    ("cto", "CTO"),
    ("coo", "COO"),
    ("cfo", "CFO"),
    ("principal", "principal"),
    ("superintendent", "superintendent"),
    ("dean", "dean"),
    ("board", "board"),
    ("partners", "partners"),
    ("president", "president"),
    ("supervisor", "supervisor"),
    ("chef", "chef"),
    ("editor", "editor"),
    ("lead", "lead"),
];

/// Capitalised words after `with` that name no one.
const NO_ONE: &[&str] = &[
    "I",
    "Me",
    "The",
    "A",
    "An",
    "My",
    "Our",
    "Their",
    "Them",
    "Him",
    "Her",
    "Zoom",
    "Teams",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thurs",
    "Fri",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Next",
    // (Set 41: "the call with Thanksgiving", of `call by the end of next week, which with
    // Thanksgiving probably means the week after`.)
    "Thanksgiving",
    "Christmas",
    "Easter",
    "Hanukkah",
];

/// The steps that `lines` (where the note says what comes next) name, in order, each once.
/// `final_now`: the interview was the final round, so a "final" in them is this one.
pub fn steps_in<'a>(lines: impl IntoIterator<Item = &'a str>, final_now: bool, people: &[Person]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for line in lines {
        let mut maybe = false;
        let before = steps.len();
        for piece in pieces(line) {
            let words: Vec<String> = normalize(piece).split(' ').map(str::to_owned).collect();
            // (`Final w/ CFO (maybe)`: a doubt of its own is about the step before it.)
            if words.iter().all(|w| MAYBE.contains(&w.as_str())) {
                if let Some(last) = steps.get_mut(before..).and_then(<[Step]>::last_mut) {
                    last.maybe = true;
                    last.what = last.what.trim_start_matches("next ").to_owned();
                }
            }
            maybe |= words.iter().any(|w| MAYBE.contains(&w.as_str()));
            if words.iter().any(|w| NOT_A_STEP.contains(&w.as_str())) {
                continue;
            }
            // (Set 47: `- [ ] Thank-you email to Aoife – … say thanks to Shane for the tour through
            // her`: a thank-you to write, about a tour given already.)
            if words.iter().any(|w| w.starts_with("thank")) {
                continue;
            }
            // (`No second round.`, `There's no second round, she said`: one that will not happen.)
            let ruled_out = words.iter().enumerate().any(|(i, w)| {
                w == "no"
                    && words[i + 1..].iter().take(2).any(|n| {
                        matches!(n.as_str(), "round" | "rounds" | "interview" | "interviews" | "step" | "steps")
                    })
            });
            if words.first().is_some_and(|w| w == "no") || ruled_out {
                continue;
            }
            // (Set 49: `next: this was the final. jenna decidin btwn me n one other guy`: the round
            // just had was the last, no round to come.)
            let this_was = words.windows(4).any(|w| {
                matches!(w[0].as_str(), "this" | "that" | "it" | "today")
                    && matches!(w[1].as_str(), "was" | "is" | "s")
                    && w[2] == "the"
                    && matches!(w[3].as_str(), "final" | "last")
            });
            // (Not `this was the last step except "a quick call with Tom"`: one more to come.)
            let more = ["except", "then", "but", "apart", "besides", "other"];
            if this_was && !words.iter().any(|w| more.contains(&w.as_str())) {
                continue;
            }
            let Some(mut step) = step_in(piece, &words, final_now, people) else {
                // `Round 3 = shadow shift, 4 hrs, nights, with Tamsin`: whom the step is with.
                let last = steps.last_mut().filter(|s| s.with.is_none() && !s.is_references());
                if let Some(last) = last.filter(|_| matches!(words.first().map(String::as_str), Some("with" | "w"))) {
                    last.with = with_whom(piece, people);
                }
                continue;
            };
            // (`this was the last round (round 4 of 4 …)`, after a final: no round comes next but
            // one the note names with someone.)
            let bare_round = matches!(step.what.trim_start_matches("next "), "round" | "interview");
            if final_now && bare_round && step.with.is_none() {
                continue;
            }
            // (`final round is w/ our VP, Angela Ruiz, 30 min, + a quick chat w/ someone from model
            // risk`: a chat with someone unnamed, beside a step the line names, is part of it.)
            let someone = words.iter().any(|w| matches!(w.as_str(), "someone" | "somebody"));
            if someone && step.with.is_none() && steps.len() > before {
                continue;
            }
            // (Set 41: `Talk w/ Carla this weekend`, the writer's own talk with someone the note
            // does not know, was "I'm looking forward to the next conversation with Carla".)
            let own = matches!(words.first().map(String::as_str), Some("talk" | "call" | "ask" | "check" | "text"));
            let stranger = step.with.as_deref().is_some_and(|w| {
                !w.starts_with("the ") && !people.iter().any(|p| p.name.split_whitespace().next() == Some(w))
            });
            if own && stranger {
                continue;
            }
            step.maybe = maybe;
            // `interview w/ City Manager?? … "possibly"`: an interview, not a next one.
            if maybe {
                step.what = step.what.trim_start_matches("next ").to_owned();
            }
            // `2nd interview w/ Deb, then next round`: one meeting, said twice.
            let next_meeting = |s: &Step| ["next ", "second ", "third "].iter().any(|o| s.what.starts_with(o));
            // (`Final = lunch w/ the other partner…`, then a `next round`: the final is the next
            // round; a `culture convo` beside it is another meeting.)
            let next_round = |s: &Step| matches!(s.what.as_str(), "next round" | "next interview");
            let final_round = |s: &Step| s.what == "final round";
            // (Set 51: `Round 3: meeting with the CEO…`, then `If nothing from HB regarding round 3
            // by Friday…`: the round named again on a condition, not another that may follow.)
            let hedged_again = step.maybe && bare_round && step.with.is_none();
            let said = steps.iter().any(|s| {
                (hedged_again && s.what.ends_with("round"))
                    || (s.what == step.what && (s.with == step.with || step.with.is_none()))
                    || (next_meeting(s) && next_meeting(&step))
                    || (final_round(s) && next_round(&step))
                    || (next_round(s) && final_round(&step))
            });
            if !said {
                steps.push(step);
            }
        }
    }
    // (Set 48: `round 1 of 3`, then `round 2 = case study w/ Head of Engineering – BOOKED`: the next
    // round is the case study; the meeting that says what it is stands for it.)
    let generic = |s: &Step| matches!(s.what.as_str(), "next round" | "next interview");
    let meeting = |s: &Step| {
        ["case study", "presentation", "panel", "onsite", "site visit", "final round"]
            .iter()
            .any(|m| s.what.contains(m))
    };
    if steps.iter().any(meeting) {
        steps.retain(|s| !generic(s));
    }
    steps
}

/// The pieces of a line that each may name a step: `take home case sent mon 30th`, `sanne
/// chat`, `offer`, from `take home case sent mon 30th, then sanne chat, then offer`.
fn pieces(line: &str) -> Vec<&str> {
    // Sentences first: a full stop after a title (`Dr. Feld`) ends none.
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in line.match_indices(". ") {
        let word = line[start..at].rsplit([' ', '(']).next().unwrap_or_default();
        if !super::people::is_abbreviated_honorific(word) {
            out.push(&line[start..at]);
            start = at + 2;
        }
    }
    out.push(&line[start..]);
    for cut in [" then ", "→", "->", " + ", ";", ", ", " and ", " & ", " (", ")"] {
        out = out.into_iter().flat_map(|p| p.split(cut)).map(str::trim).filter(|p| !p.is_empty()).collect();
    }
    out
}

/// The step `piece` names, if it names one of the kinds a letter can look forward to.
fn step_in(piece: &str, words: &[String], final_now: bool, people: &[Person]) -> Option<Step> {
    let has = |w: &str| words.iter().any(|x| x == w);
    let at = |w: &str| words.iter().position(|x| x == w);
    let before = |i: usize| if i > 0 { words.get(i - 1).map(String::as_str) } else { None };
    let after = |i: usize| words.get(i + 1).map(String::as_str);
    let step = |what: &str| Some(Step { what: what.to_owned(), with: with_whom(piece, people), maybe: false });
    let task = |what: &str| Some(Step { what: what.to_owned(), with: None, maybe: false });
    if let Some(i) = at("tour") {
        let place = before(i).filter(|w| PLACES.contains(w)).or_else(|| {
            (after(i) == Some("of"))
                .then(|| words[i + 2..].iter().find(|w| *w != "the"))
                .flatten()
                .map(String::as_str)
                .filter(|w| PLACES.contains(w))
        });
        return step(&place.map_or_else(|| "tour".to_owned(), |p| format!("{p} tour")));
    }
    if let Some(i) = (0..words.len())
        .find(|&i| (words[i] == "take" && after(i) == Some("home")) || words[i] == "takehome" || words[i] == "homework")
    {
        let skip = if words[i] == "take" { 2 } else { 1 };
        let noun = words.get(i + skip).map(String::as_str);
        let what = match noun {
            Some("case") => "take-home case study",
            Some("exercise") => "take-home exercise",
            Some("project") => "take-home project",
            Some("test") => "take-home test",
            _ => "take-home assignment",
        };
        return task(what);
    }
    if let Some(i) = at("case") {
        match after(i) {
            Some("study") => return task("case study"),
            Some("presentation") => return task("case presentation"),
            Some("interview") => return task("case interview"),
            _ => {}
        }
    }
    if has("presentation") {
        return task("presentation");
    }
    if let Some(i) = at("lesson").filter(|&i| matches!(before(i), Some("demo" | "sample" | "model" | "trial"))) {
        return task(&format!("{} lesson", words[i - 1]));
    }
    if has("teaching") && has("demo") {
        return task("teaching demonstration");
    }
    if let Some(i) = at("test") {
        if let Some(kind) = before(i).filter(|w| TESTS.contains(w)) {
            return task(&format!("{kind} test"));
        }
    }
    for (first, second, what) in [
        ("trial", "shift", "trial shift"),
        ("working", "interview", "working interview"),
        ("shadow", "shift", "shadow shift"),
        ("job", "shadow", "job shadow"),
        ("ride", "along", "ride-along"),
    ] {
        if at(first).is_some_and(|i| after(i) == Some(second)) {
            return step(what);
        }
    }
    // (`Martina confirmed she's OK as a reference. Still need a second one — ask Joel?`: the
    // writer lining up their own, no step of the company's.)
    let lining_up = ["confirmed", "ask", "need", "needs", "still", "agreed", "warn"].iter().any(|w| has(w));
    if (has("references") || has("reference") || has("refs")) && !lining_up {
        return task("references");
    }
    if has("final") {
        return (!final_now).then(|| step("final round")).flatten();
    }
    // A conversation, with whom the note says, or the next of them.
    let nouns = [
        ("conversation", "conversation"),
        ("convo", "conversation"),
        ("chat", "conversation"),
        ("talk", "conversation"),
        ("call", "call"),
        ("coffee", "coffee"),
        ("lunch", "lunch"),
        ("dinner", "dinner"),
        ("meeting", "meeting"),
        ("interview", "interview"),
        ("round", "round"),
        ("onsite", "onsite interview"),
        ("panel", "panel interview"),
    ];
    let (i, noun) =
        words.iter().enumerate().find_map(|(i, w)| nouns.iter().find(|(n, _)| n == w).map(|(_, what)| (i, *what)))?;
    let with = with_whom(piece, people);
    // `we'll talk as a team`: the company's own talk.
    if words[i] == "talk" && with.as_deref() != Some("the team") && with.is_none() {
        return None;
    }
    let ordinal = before(i).and_then(|w| match w {
        "second" | "2nd" => Some("second"),
        "third" | "3rd" => Some("third"),
        "next" | "another" | "up" | "followup" => Some("next"),
        _ => None,
    });
    let what = match (ordinal, noun) {
        (Some(o), _) => format!("{o} {noun}"),
        (None, "conversation" | "round" | "interview") => format!("next {noun}"),
        (None, _) if with.is_some() => noun.to_owned(),
        _ => return None,
    };
    Some(Step { what, with, maybe: false })
}

/// Whom `piece` says its step is with: a name after `with`, `w/` or `meet` (`Carl`, or a
/// person of the note written in lower case), or a role (`the team`, `the GM`).
fn with_whom(piece: &str, people: &[Person]) -> Option<String> {
    let tokens: Vec<&str> = piece.split_whitespace().collect();
    let said = |words: &[&str]| tokens.iter().position(|t| words.contains(&t.to_lowercase().as_str()));
    let at = said(&["with", "w/", "w"]).or_else(|| said(&["meet"]))?;
    let mut words: Vec<&str> = tokens[at + 1..]
        .iter()
        .take_while(|t| !t.starts_with('(') && !t.starts_with('"'))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    // (`w/ our VP`: the company's VP.)
    if words.first().is_some_and(|w| ["the", "our", "their", "your"].iter().any(|d| w.eq_ignore_ascii_case(d))) {
        words.remove(0);
    }
    let word = *words.first()?;
    // (Set 71: `with Ilse's manager (the Swedish one, "Magnus")` had been "a second round with
    // Ilse's", said to Ilse: someone's someone is not said back.)
    if word.ends_with("'s") || word.ends_with("’s") {
        return None;
    }
    // A role: `the Exec Director`, `the site director`, `the GM`.
    let mut role = Vec::new();
    for w in &words {
        let lower = w.to_lowercase();
        if let Some((_, noun)) = ROLE_NOUNS.iter().find(|(r, _)| *r == lower) {
            role.push(*noun);
            // (`the team president`: a noun of a role may name a greater one after it.)
            let next = words.get(role.len()).map(|w| w.to_lowercase());
            if let Some((_, more)) =
                next.and_then(|n| ROLE_NOUNS.iter().find(|(r, _)| *r == n && !matches!(n.as_str(), "team" | "board")))
            {
                role.push(more);
            }
            return Some(format!("the {}", role.join(" ")));
        }
        match ROLE_WORDS.iter().find(|(r, _)| *r == lower) {
            Some((_, said)) if role.len() < 2 => role.push(said),
            _ => break,
        }
    }
    // `Dr. Howard Feld`: Dr. Feld.
    // (`with Dr. Howard Feld` is with Dr. Feld.)
    if super::people::is_abbreviated_honorific(word) {
        let names = words[1..].iter().take_while(|w| w.starts_with(char::is_uppercase)).take(2);
        return names.last().map(|surname| format!("{word}. {surname}"));
    }
    // A person of the note, however it was written.
    if let Some(person) =
        people.iter().find(|p| p.name.split_whitespace().next().is_some_and(|first| first.eq_ignore_ascii_case(word)))
    {
        return person.name.split_whitespace().next().map(str::to_owned);
    }
    let mut chars = word.chars();
    let looks_like_a_name = chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !NO_ONE.contains(&word);
    looks_like_a_name.then(|| word.to_owned())
}

/// The lines of `text` that say what comes next: after a `next:` label (`**Next:** …`, `next::
/// …`, `- Next steps — …`, `Next is a demo lesson…`) opening a line or a sentence, the lines
/// under a bare `next` (or `Process`, `After`), and sentences about the next step.
pub fn next_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let indent = raw.len() - raw.trim_start().len();
        let bullet = raw.trim_start().starts_with(['-', '*', '+']);
        let line =
            raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '+' | '#' | '>' | '_'));
        if is_bare_label(line) {
            // The lines under it: its bullets, or the paragraph that follows.
            let paragraph = lines.get(i + 1).is_some_and(|l| !l.trim_start().starts_with(['-', '*', '+']));
            for below in &lines[i + 1..] {
                let below_indent = below.len() - below.trim_start().len();
                let is_item = below.trim_start().starts_with(['-', '*', '+']);
                if below.trim().is_empty() || is_item == paragraph || (bullet && below_indent <= indent) {
                    break;
                }
                out.push(below.trim_start().trim_start_matches(['-', '*', '+']).trim());
            }
            continue;
        }
        // A label opening the line or one of its sentences.
        let starts = std::iter::once(0).chain(line.match_indices(". ").map(|(at, _)| at + 2));
        if let Some(rest) = starts.clone().find_map(|at| after_next_label(&line[at..])) {
            out.push(rest.trim());
        } else if let Some(at) = line.to_ascii_lowercase().find("next step") {
            out.push(&line[at..]);
        }
    }
    out
}

/// True for a line that only labels what follows as what comes next: `next`, `NEXT`, `Next
/// steps:`, `Process`, `After`, `What's next?`.
fn is_bare_label(line: &str) -> bool {
    let key = normalize(line);
    matches!(key.as_str(), "next" | "next steps" | "next step" | "next up" | "whats next" | "process" | "after")
}

/// What follows `next` as a label opening `line`: `Next: …`, `next step — …`, `Next is …`.
fn after_next_label(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase();
    let mut at = lower.strip_prefix("next")?.len();
    at = line.len() - at;
    for tail in ["_steps", "_step", " steps", " step", " up"] {
        if lower[at..].starts_with(tail) {
            at += tail.len();
            break;
        }
    }
    let rest = line[at..].trim_start_matches(['*', '_']);
    let labelled = ["::", ":", "=", "→", "->"].iter().find_map(|sep| rest.trim_start().strip_prefix(sep));
    labelled.or_else(|| [" - ", " – ", " — ", " is ", " will be "].iter().find_map(|sep| rest.strip_prefix(sep)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(text: &str) -> Vec<(String, Option<String>, bool)> {
        let people = [Person { name: "Beatrix Lamontagne".to_owned(), ..Person::default() }];
        steps_in(next_lines(text), false, &people).into_iter().map(|s| (s.what, s.with, s.maybe)).collect()
    }

    fn one(what: &str, with: Option<&str>, maybe: bool) -> (String, Option<String>, bool) {
        (what.to_owned(), with.map(str::to_owned), maybe)
    }

    // Set 71: "I understand a second round with Ilse's and a tour with Ilse's may follow."
    #[test]
    fn someones_someone_is_no_one_to_meet_by_name() {
        let with = steps(
            "Next step: If positive the second round is planned 10 or 11 december, with Ilse's manager + a tour in the warehouse.",
        );
        assert!(with.iter().all(|(_, with, _)| with.is_none()), "{with:?}");
    }

    // Set 34: "I understand a final round and a conversation may follow", from `final round is w/
    // our VP, Angela Ruiz, 30 min, + a quick chat w/ someone from model risk`.
    #[test]
    fn a_chat_with_someone_unnamed_is_part_of_the_step_beside_it() {
        assert_eq!(
            steps("next: final round is w/ our VP, Angela Ruiz, 30 min, + a quick chat w/ someone from model risk."),
            [one("final round", Some("the VP"), false)]
        );
        assert_eq!(steps("next: a quick chat w/ someone from HR"), [one("next conversation", None, false)]);
    }

    // Set 41: three steps that were none.
    #[test]
    fn a_step_ruled_out_or_the_writer_s_own_is_none() {
        assert_eq!(steps("Next: they'd call by Friday. There's no second round, she said."), []);
        assert_eq!(steps("## Next\n- Talk w/ Carla this weekend"), []);
        // (Set 49: the round just had was the final.)
        assert_eq!(
            steps("next: this was the final. jenna decidin btwn me n one other guy, hear back by fri dec 11"),
            []
        );
        assert_eq!(steps("next: the final round, w/ the COO"), [one("final round", Some("the COO"), false)]);
        let holiday =
            steps("Next: \"call by the end of next week,\" which with Thanksgiving probably means the week after.");
        assert!(!holiday.iter().any(|(_, with, _)| with.as_deref() == Some("Thanksgiving")), "{holiday:?}");
        // (Set 51: the next round, then the same round named on a condition: no other round that
        // may follow.)
        let lines = [
            "Round 3: meeting with the CEO, Mr Hartley, \"probably the week of 7 December\"; HB to arrange.",
            "If nothing from HB regarding round 3 by Friday 4 December, telephone her on Monday 7 December.",
        ];
        let read: Vec<_> = steps_in(lines, false, &[]).into_iter().map(|s| (s.what, s.with, s.maybe)).collect();
        assert_eq!(read, [one("next round", Some("the CEO"), false)]);
    }

    // Set 40: "I look forward to the next round", of `we'll let people know by December 1st
    // whether they're moving to the in-person round`: a round they choose people for.
    #[test]
    fn a_round_someone_else_decides_who_goes_to_may_come() {
        assert_eq!(
            steps(
                "## Next
- Priscilla: \"we'll let people know by December 1st whether they're moving to the in-person round\""
            ),
            [one("round", None, true)]
        );
        assert_eq!(steps("next: in-person round 2 in Dec for whoever they pick"), [one("round", None, true)]);
    }

    #[test]
    fn the_steps_a_note_says_come_next() {
        assert_eq!(
            steps(
                "next\n- take home case sent mon 30th, 72 hrs\n- then sanne chat, then offer. tess said \"early dec\""
            ),
            [one("take-home case study", None, false), one("next conversation", None, false)]
        );
        assert_eq!(
            steps(
                "**Next:** Shauna says they're choosing between me and one other. If yes → coffee w/ Carl, then offer."
            ),
            [one("coffee", Some("Carl"), true)]
        );
        assert_eq!(
            steps(
                "- Next\n  - Celeste: \"we'll talk as a team next week\" → Ngozi follows up\n  - possible final w/ Don + short paid edit test (2 hrs)\n- pay is low"
            ),
            [one("final round", Some("Don"), true), one("edit test", None, true)]
        );
        assert_eq!(
            steps(
                "Next step according to Seun is a second conversation with Beatrix alone, \"probably the week of the 7th.\""
            ),
            [one("second conversation", Some("Beatrix"), false)]
        );
        assert_eq!(
            steps("next_step = \"site tour w/ the GM, then references\""),
            [one("site tour", Some("the general manager"), false), one("references", None, false)]
        );
        assert_eq!(
            steps("next_step: final w/ General Manager; Kenji to call by Dec 4"),
            [one("final round", Some("the general manager"), false)]
        );
        assert_eq!(
            steps("next steps\n- then possibly a quick call w/ the site director (Monique ??)"),
            [one("call", Some("the site director"), true)]
        );
        // (Set 29: "I look forward to the final round with the CFO.")
        assert_eq!(
            steps("next_step = \"Final w/ CFO (maybe), decision before holiday freeze\""),
            [one("final round", Some("the CFO"), true)]
        );
        assert_eq!(
            steps("- Next: maybe a short 2nd conversation w/ the Exec Director first"),
            [one("second conversation", Some("the executive director"), true)]
        );
        assert_eq!(
            steps("Next step: a short \"meet the owner\" call with Dr. Howard Feld (practice owner)"),
            [one("call", Some("Dr. Feld"), false)]
        );
        assert_eq!(steps("Next: tour of the plant"), [one("plant tour", None, false)]);
        assert_eq!(
            steps("- next\n  - final = meet the team president, Gary Lindahl, \"probably week of Dec 7\""),
            [one("final round", Some("the team president"), false)]
        );
        assert_eq!(steps("Next: 2nd interview w/ Deb, then next round"), [one("second interview", Some("Deb"), false)]);
        assert_eq!(
            steps("Next: final = lunch w/ the other partner. Gwen will schedule the next round."),
            [one("final round", None, false)],
            "the final is the next round"
        );
        assert_eq!(
            steps("## Next\nRound 3 = shadow shift, 4 hrs, nights, with Tamsin. Decision after that."),
            [one("shadow shift", Some("Tamsin"), false)]
        );
        assert_eq!(
            steps("Round 2 of 3. Next = \"working interview\", shadow a Friday check-in rush."),
            [one("working interview", None, false)]
        );
        assert_eq!(
            steps("I liked them. Next is a demo lesson, twenty minutes with an actual class."),
            [one("demo lesson", None, false)]
        );
        assert_eq!(
            steps(
                "- Process\n    - last panel round; top 3 → interview w/ City Manager?? Ms. Tran said \"possibly\"\n    - then background check + references\n- Vibes"
            ),
            [one("interview", Some("the city manager"), true), one("references", None, false)]
        );
        assert_eq!(
            steps("AFTER\n- take-home: edit a 4-min piece\n- then final w/ the GM (Howard Birch? check)\n\nmore"),
            [one("take-home assignment", None, false), one("final round", Some("the general manager"), false)]
        );
        assert_eq!(
            steps(
                "NEXT\nBree said this was the last step except \"a quick call with Tom,\" then offer.\nI think it went well."
            ),
            [one("call", Some("Tom"), false)]
        );
        assert_eq!(steps("## Next steps\n- meet beatrix for lunch"), [one("lunch", Some("Beatrix"), false)]);
    }

    #[test]
    fn what_is_no_step_of_the_writer() {
        assert!(steps("next_step = \"HM decision + export-control paperwork, ~2 weeks\"").is_empty());
        assert!(steps("Next I met the team lead.").is_empty(), "no label: the next person met");
        assert!(steps("Next week I start the new job").is_empty());
        assert!(steps("We had a tour of the plant first.").is_empty(), "not where the note says what comes next");
        assert!(steps("Next: practise STAR answers before the final").is_empty());
        let final_now =
            steps_in(next_lines("## Stage / next\nFinal round. Felicity: decision by Fri Dec 4"), true, &[]);
        assert!(final_now.is_empty(), "{final_now:?}");
    }
}
