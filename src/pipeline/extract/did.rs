//! What the note says each person did, when a rule understands it: the part of the interview
//! they ran (`Priya ran the system design round`, a people line `Tom Reyes (EM) — coding
//! round`), what they asked about (`Tom asked about my on-call setup`), and the help a helper
//! gave (`Maria rebooked my flight`). The letters say it back to them (`letters::voice`); any
//! other wording is left alone.

use crate::model::{Did, Kind, Person};

use super::people;

/// The last words of a part of an interview.
const PARTS: &[&str] = &[
    "round",
    "interview",
    "exercise",
    "session",
    "dive",
    "walkthrough",
    "study",
    "presentation",
    "review",
    "panel",
    "challenge",
    "screen",
];

/// Help a helper gives, in the past and as one thanks them for it.
const HELP: &[(&str, &str)] = &[
    ("rebooked", "rebooking"),
    ("booked", "booking"),
    ("arranged", "arranging"),
    ("scheduled", "scheduling"),
    ("rescheduled", "rescheduling"),
    ("organized", "organizing"),
    ("organised", "organising"),
    ("coordinated", "coordinating"),
    ("introduced", "introducing"),
    ("prepped", "prepping"),
    ("prepared", "preparing"),
    ("sorted", "sorting"),
    ("covered", "covering"),
    ("reimbursed", "reimbursing"),
    ("found", "finding"),
    ("met", "meeting"),
    ("walked", "walking"),
    ("shared", "sharing"),
    ("sent", "sending"),
    ("forwarded", "forwarding"),
    ("answered", "answering"),
    ("explained", "explaining"),
    ("gave", "giving"),
    // (Set 47: `Lindiwe did the prep call on Friday — 20 min`.)
    ("did", "doing"),
    // (Set 64: `**Joy** — ward clerk at ICU reception. Made me tea + found me a chair…`: a
    // helper's kindness on the day, each card naming its own.)
    ("made", "making"),
    ("brought", "bringing"),
    ("fetched", "fetching"),
    ("lent", "lending"),
    ("picked", "picking"),
    ("signed", "signing"),
    ("helped", "helping"),
    ("printed", "printing"),
    ("drove", "driving"),
    ("showed", "showing"),
    ("offered", "offering"),
    ("validated", "validating"),
];

/// What the note's lines say `person` did: a people line's note after a dash, else the first
/// sentence that opens with their name.
pub fn did_in(text: &str, person: &Person) -> Option<Did> {
    let helper = person.kind() == Kind::Helper;
    let full = people::bare_name(&person.name);
    let given = people::first_name(&person.name);
    text.lines().find_map(|line| {
        let line = line.trim().trim_start_matches(['-', '*', '+', ' ', '\t']).replace("**", "");
        if let Some(at) = line.find(full) {
            let after = &line[at + full.len()..];
            // `… and **Kim Nguyen** (HR coordinator) rebooked me on the 6am`: a helper's deed
            // right after their name (and title), wherever the sentence starts.
            // (`[[Tessa Lam]] (Talent Partner, the recruiter) met me in the lobby`: a link's close.)
            let deed = after.trim_start_matches(['*', '_', ']']).trim_start();
            let deed = deed.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(deed, |(_, r)| r.trim_start());
            if helper && deed.starts_with(char::is_lowercase) {
                if let Some(did) = understand(deed, helper) {
                    return Some(did);
                }
            }
            if let Some(note) =
                [" — ", " – ", " - "].iter().filter_map(|sep| after.split_once(sep)).map(|(_, n)| n).next()
            {
                // (Set 47: `Zanele Mthembu — office admin. Sorted my parking, booked the boardroom`:
                // the job, then what they did.)
                // (Set 63: `**Renata** — RH. She scheduled everything by WhatsApp`: "she" is the
                // one the line names, and what a helper did is help.)
                let subject = |s: &'_ str| {
                    let deed = ["She ", "He ", "They "].iter().find_map(|p| s.strip_prefix(p));
                    deed.filter(|_| helper).unwrap_or(s).to_owned()
                };
                return note.split(". ").find_map(|sentence| understand(&subject(sentence), helper));
            }
            // (Set 46: `| Fiona Reid | Talent Partner | met me at the door, made tea |`: a table
            // row's cells after the name, the title's and the notes'.)
            if line.starts_with('|') {
                return after.split('|').map(str::trim).find_map(|cell| understand(cell, helper));
            }
        }
        line.split(". ").find_map(|sentence| {
            // (`euan asked about the t14 gearbox job again`: a hurried note's name, in lower case.)
            let opens = |name: &str| {
                sentence.get(..name.len()).filter(|s| s.eq_ignore_ascii_case(name)).map(|_| &sentence[name.len()..])
            };
            let rest = opens(full).or_else(|| opens(given))?;
            rest.strip_prefix(' ').and_then(|predicate| understand(predicate, helper))
        })
    })
}

/// True for a question about the terms of the job, not the work (set 63: `Raj asked if I'd
/// consider relocating to London ON "down the line" — I said "open to talking". (NOT open…)`):
/// where, when, for how much. A letter does not recall it as a conversation enjoyed.
fn of_the_terms(question: &[&str]) -> bool {
    const TERMS: &[&str] = &[
        "relocat",
        "move",
        "moving",
        "start",
        "notice",
        "salary",
        "pay",
        "visa",
        "sponsor",
        "commut",
        "travel",
        "shift",
        "weekend",
        "night",
        "hours",
        "part-time",
        "full-time",
        "availab",
        "offer",
        "expectation",
    ];
    question.iter().any(|w| {
        let w = w.to_lowercase();
        TERMS.iter().any(|t| w.starts_with(t))
    })
}

/// Words that say someone was met only in passing.
const IN_PASSING: &[&str] = &[
    "shook hands",
    "in the hallway",
    "in the hall",
    "only briefly",
    "met briefly",
    "just said hi",
    "said hi",
    "said hello",
    "popped in",
    "popped by",
    "stopped by",
    // (Set 64: not `gave me her email in passing`, of Sunny, who ran the interview: whom one met
    // in passing, not what one was given so.)
    "met in passing",
    "met her in passing",
    "met him in passing",
    "saw her in passing",
    "saw him in passing",
    "only in passing",
    "2 min",
    "two minutes",
    "a minute",
    "min tops",
    "min max",
    "packing up",
    "as i was leaving",
    "he was leaving",
    "she was leaving",
    // (`kirsty dialled in for first 10 min then dropped`.)
    "dialled in for",
    "dialed in for",
    "then dropped",
    "dropped off after",
    // (Set 43: `Robert Kessler … opened the door about 20 min in, said "don't let them scare
    // you," and left`, `Marcus … knocked on the door…, said "oh — good luck!" and disappeared`,
    // `Mr Patel (SENCo) put his head round the door for about two minutes`.)
    "and left",
    "then left",
    "and disappeared",
    "head round the door",
    "head around the door",
    "stuck his head in",
    "stuck her head in",
    "poked his head in",
    "poked her head in",
    // (Set 43: `Shauna (VP Product?) came in for the last ~10 min, sat at the back, asked one
    // question…, left before the end` had a letter about "our conversation".)
    "left before the end",
    // (Set 44: `| Ryan Voss | CTO / co-founder | came in for ~3 min around 11, shook my hand, …,
    // left |`, `Joanna (product designer) dropped in for the last ~5 min, just to say hi`, `| Marcus
    // | senior Android | not in the session, waved from his desk |`, `Another bloke stuck his head
    // in… Just said g'day and left`.)
    "came in for ~",
    "came in for a few",
    "came in for about",
    "came in for the last",
    "dropped in",
    "shook my hand",
    "waved from",
    // (Set 46: `Prakash Hegde … (30 sec, "all the best")` had a letter about "your work".)
    " sec,",
    " sec)",
    " secs",
    "waved at me",
    "said g'day",
    // (Set 48: `Sneha ma'am came to the room before R3 to say hi and all the best`, `Ama Ansah the
    // COO popped her head round the door … to say hello`, `popped her head in … to say kia ora`.)
    "to say hi",
    "to say hello",
    "popped her head",
    "popped his head",
    "to say kia ora",
    // (Set 72, a front matter's `role: "walked in for ~3 min, shook hands, 'Ted says good things',
    // left"`, `role: "popped in for 5 min at start to say hi. not an interviewer today"`.)
    "walked in for",
    "popped in for",
    "not an interviewer",
];

/// True when `text` says its person was met only in passing (`IN_PASSING`): a front matter's
/// `role: "popped in for 5 min at start to say hi"`.
pub fn says_in_passing(text: &str) -> bool {
    let lower = text.to_lowercase();
    IN_PASSING.iter().any(|w| lower.contains(w))
}

/// The line that says `person` was met only in passing (`gary halverson - owner. shook hands in
/// the hallway, 2 min tops`, `| Luis | Night auditor | — | met for ~2 min, he was leaving |`): a
/// line naming them and nobody else of `people`.
pub fn greeted_in(text: &str, person: &Person, people: &[Person]) -> Option<Did> {
    if person.kind() == Kind::Helper {
        return None;
    }
    said_of_them(text, person, people, IN_PASSING, false)
        .map(|passing| Did::Greeted(passing.trim_matches([' ', ',', ')']).to_owned()))
}

/// Words that say someone the note names was in the building but not in the meeting (set 44:
/// `| Marcus | senior Android | not in the session, waved from his desk |` had a letter "to talk
/// about the role").
const ABSENT: &[&str] = &[
    "not in the session",
    "not in the interview",
    "wasn't in the interview",
    "waved from",
    // (Set 47: `Also saw Róisín Healy (CEO) across the floor on a call – didn't speak to her.`)
    "didn't speak to",
    "didn’t speak to",
    "did not speak to",
    "didn't talk to",
    "didn’t talk to",
    "across the floor",
];

/// Words that say someone was away, not met at all: the one list read of a sentence about a
/// person (`absent_in`), of a label over those listed (`NOT PRESENT:`), of what a later note
/// says after a name (`memory`) and of a line that says why there is nothing for them
/// (`spoken`). Each is read as whole words (not `absent` in `absenteeism`).
pub const AWAY: &[&str] = &[
    // (Set 70, a lab notebook's `3. Hannah Okafor — NOT there (audit in Cork, per Declan).`; set
    // 69, an SBAR's `Tom (Dr Wierzbicki …) NOT there, on leave.`)
    "not there",
    "wasn't there",
    "wasn’t there",
    "wasnt there",
    "was not there",
    "not present",
    "absent",
    // (Set 46: `Ananya (from the take-home review) was NOT there - on leave`.)
    "on leave",
    "off sick",
    // (Set 70: `- (Ellen Hawthorn, the other co-founder, is in Australia all december. … NOT met !)`.)
    "not met",
    "never met",
    "didn't meet",
    "didn’t meet",
    "did not meet",
];

/// Words that say someone was not met: `never joined`, `Did NOT meet`, `… so I never met him.`,
/// `Lindiwe couldn't come either`.
const NOT_MET: &[&str] = &[
    "did not meet",
    "didn't meet",
    "didnt meet",
    "never met",
    "never joined",
    "didn't join",
    "did not join",
    "couldn't come",
    "could not come",
    "couldn't make it",
    "could not make it",
    "no-show",
    "didn't show",
];

/// True when `text` says the one it is written under was not met: `didn't meet him`, `never
/// joined`, as a line under their name says it (set 75: `*** Graham Fyfe -- CTO` over `was meant
/// to "pop in" for 10 min. off sick. didn't meet him.`); not `didn't meet the CEO`, someone else.
pub fn says_they_were_not_met(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    NOT_MET.iter().any(|n| {
        lower.match_indices(n).any(|(at, _)| {
            let rest = lower[at + n.len()..].trim_start();
            let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
            matches!(word, "" | "him" | "her" | "them") && !of_an_earlier_round(rest)
        })
    })
}

/// True when `text` says someone was not met (`NOT_MET`, anywhere in a word), not of an earlier
/// round (`Didn't meet Ana in round 1`).
pub fn says_not_met(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    NOT_MET.iter().any(|n| lower.match_indices(n).any(|(at, _)| !of_an_earlier_round(&lower[at + n.len()..])))
}

/// The first of `AWAY` that `text` holds as whole words, ignoring case, and where; not one that
/// goes on to what they did instead (set 66: `Connor — wasn't there, but he booked it + sent the
/// parking info`).
pub fn away_in(text: &str) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    let instead = |at: usize, w: &str| goes_on_instead(&lower[at + w.len()..]);
    let earlier = |at: usize, w: &str| of_an_earlier_round(&lower[at + w.len()..]);
    AWAY.iter()
        .filter_map(|w| {
            crate::text::words::find_word(&lower, w).filter(|&at| !instead(at, w) && !earlier(at, w)).map(|at| (at, *w))
        })
        .min()
}

/// True when what follows words that say someone was away or passing goes on to what they did
/// instead (set 66: `Connor — wasn't there, but he booked it`). `after` is in lower case.
fn goes_on_instead(after: &str) -> bool {
    after.trim_start_matches([',', ';', ' ']).starts_with("but ")
}

/// Words that name a round before this one. A note of a later round tells of its earlier ones:
/// who was away then, whose thanks were sent or are still owed from then.
const EARLIER_ROUND: &[&str] = &[
    "round 1",
    "round one",
    "first round",
    "1st round",
    "r1",
    "stage 1",
    "last round",
    "previous round",
    "last time",
    "from round",
    "from stage",
    "from the first",
];

/// True when `text` names a round before this one (`EARLIER_ROUND`), as whole words, ignoring
/// case: `Ollie + Tahnee cards from round 1`, `ty_done: round 1 emails sent 19 Nov`.
pub fn names_an_earlier_round(text: &str) -> bool {
    let lower = text.to_lowercase();
    EARLIER_ROUND.iter().any(|e| crate::text::words::contains_word(&lower, e))
}

/// True when what follows words that say someone was away, to the end of its sentence, says it
/// was at an earlier round (set 71: `Fern Gallagher — Head Chef. … Didn't meet her at round 1
/// (she was off)`, met now). `after` is in lower case.
pub fn of_an_earlier_round(after: &str) -> bool {
    names_an_earlier_round(&after[..after.find(['.', ';', '\n']).unwrap_or(after.len())])
}

/// True for a label that says those under it were away (set 70: `NOT PRESENT, but relevant:`,
/// whatever follows its word).
pub fn says_away(label: &str) -> bool {
    let lower = label.to_lowercase();
    AWAY.iter().any(|w| crate::text::words::contains_word(&lower, w))
}

/// True when a sentence naming `person` alone says they were not in the meeting.
pub fn absent_in(text: &str, person: &Person, people: &[Person]) -> bool {
    said_of_them(text, person, people, ABSENT, false).is_some()
        || said_of_them(text, person, people, AWAY, true).is_some()
}

/// The first of `phrases` that a sentence of `text` naming `person`, and nobody else of `people`,
/// holds (as whole words when `whole`).
fn said_of_them(
    text: &str,
    person: &Person,
    people: &[Person],
    phrases: &[&'static str],
    whole: bool,
) -> Option<&'static str> {
    // (Set 43: `Near the end Marcus, the facilities manager, knocked on the door…, said "oh — good
    // luck!" and disappeared. Helen rolled her eyes fondly.`: a sentence at a time.)
    let sentences: Vec<String> = text.lines().flat_map(super::loose::split_sentences).collect();
    sentences.iter().find_map(|line| {
        let line = line.as_str();
        let lower = line.to_lowercase();
        // (Set 41: `Folasade mentioned it in passing` says how something was said, not that
        // she was met only briefly.)
        let said = |w: &str| {
            lower.match_indices(w).all(|(at, _)| {
                let before = lower[..at].trim_end();
                ["mentioned", "mentioned it", "said", "said it", "noted", "noted it", "remarked", "told me"]
                    .iter()
                    .any(|v| before.ends_with(v))
            })
        };
        // (Set 62: `saved me with an USB-C→HDMI adapter 2 min before my presentation`: a time
        // before something, not how long they stayed.)
        let when = |w: &str| {
            lower.match_indices(w).all(|(at, _)| {
                let after = lower[at + w.len()..].trim_start();
                ["before", "after", "early", "late", "ago", "into"].iter().any(|a| after.starts_with(a))
            })
        };
        // (Set 66: `Connor — wasn't there, but he booked it + sent the parking info`: what they did
        // instead.)
        let instead = |w: &str| lower.match_indices(w).all(|(at, _)| goes_on_instead(&lower[at + w.len()..]));
        let holds = |w: &str| if whole { crate::text::words::contains_word(&lower, w) } else { lower.contains(w) };
        let passing = phrases.iter().find(|w| holds(w) && !said(w) && !when(w) && !instead(w))?;
        // (`- kirsty dialled in…`: a hurried line opens with the given name in lower case.)
        let opens = |p: &Person| {
            let given = people::first_name(&p.name).to_lowercase();
            lower.trim_start_matches(['-', '*', ' ', '\t']).strip_prefix(&given).is_some_and(|r| r.starts_with(' '))
        };
        let names = |p: &Person| super::prose::names(line, p, people) || opens(p);
        // (Set 43: `Robert Kessler (name partner, yes — Laura's dad) opened the door about 20 min
        // in, … and left`: one named as another's kin is not met in that sentence.)
        // (Set 70: `Hannah Okafor — NOT there (audit in Cork, per Declan).`: whom the aside cites.)
        let unbracketed = crate::text::words::without_brackets(line);
        let unowned: String = unbracketed
            .split(' ')
            .filter(|w| !w.trim_end_matches([',', ')', '.']).ends_with("'s") && !w.ends_with("’s"))
            .collect::<Vec<_>>()
            .join(" ");
        let others = |p: &Person| super::prose::names(&unowned, p, people) || opens(p);
        // (Set 46: `Gus took me out on a farm call…, the farmer was Ken or Kev didn't really meet
        // him properly just said g'day`: another, whom the note does not list, named between.)
        let given = people::first_name(&person.name);
        let between = line.rfind(given).zip(lower.find(*passing)).filter(|(name, at)| name < at).map(|(name, at)| {
            let words: Vec<&str> = line[name + given.len()..at].split_whitespace().collect();
            words.windows(2).any(|pair| {
                let w = pair[1].trim_matches(|c: char| !c.is_alphabetic());
                ["was", "is", "named", "called"].contains(&pair[0])
                    && w.len() > 1
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !people::is_common_word(w)
                    && !people.iter().any(|p| p.name.split(' ').any(|n| n == w))
            })
        });
        // (Set 54: `site super Luis waved from the site trailer when ME shared her screen`: one
        // the note does not list, named first, is the one greeted; ME, Marie-Eve by her initials,
        // was not.)
        let in_full = [given, people::last_name(&person.name)].iter().any(|n| line.contains(n));
        let unlisted_first = || {
            // (Not the sentence's first word: `Set it up, joined…`.)
            let words = line.trim_start_matches(['-', '*', '+', ' ', '\t']).split_whitespace().skip(1);
            words
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                .find(|w| {
                    w.chars().count() > 1
                        && w.starts_with(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase)
                        && !people::is_common_word(w)
                })
                .is_some_and(|w| !people.iter().any(|p| p.name.split([' ', '-']).any(|n| n == w)))
        };
        let someone_else = between.unwrap_or(false) || (!in_full && unlisted_first());
        (names(person) && !someone_else && !people.iter().any(|p| p.name != person.name && others(p)))
            .then_some(*passing)
    })
}

/// Words a topic asked about opens with when it can be said back as it is.
const DETERMINED: &[&str] = &["my", "the", "our", "how", "why", "what", "whether", "your"];

/// What the lines of a section about `person` say they did, when one opens with what they did
/// (`## Dr. Kevin Tran` over `- asked about my dry needling cert`, `- walked me through a case`):
/// the section's heading names them, so its lines need not.
pub fn did_in_section(lines: &[&str], person: &Person) -> Option<Did> {
    lines.iter().find_map(|line| {
        let line = line.trim().trim_start_matches(['-', '*', '+', ' ', '\t']).replace("**", "");
        let first = line.split(". ").next()?;
        // (`he asked about…`, `She ran the SQL round`: the pronoun is them.)
        let predicate = ["he ", "she ", "He ", "She "].iter().find_map(|p| first.strip_prefix(p)).unwrap_or(first);
        let predicate = predicate.split(" — ").next().unwrap_or(predicate);
        let opens_lower = predicate.starts_with(char::is_lowercase);
        opens_lower.then(|| understand(predicate, person.kind() == Kind::Helper)).flatten()
    })
}

/// The help a phrase says a helper gave (`scheduled everything, sent parking validation`:
/// scheduling everything), when it opens with help given.
pub fn help_in(phrase: &str) -> Option<Did> {
    understand(phrase, true)
}

/// What a predicate says the person did, when it takes one of the understood forms.
fn understand(predicate: &str, helper: bool) -> Option<Did> {
    // (Set 44: `Anika gave her direct email`: how to reach them, no help to thank them for
    // ("for giving her direct email").)
    let said = predicate.to_lowercase();
    let contact = ["email", "number", "cell", "card", "contact", "address"];
    if said.starts_with("gave ") && contact.iter().any(|w| said.split_whitespace().take(5).any(|x| x.starts_with(w))) {
        return None;
    }
    if !helper {
        if let Some(asked) = asked_in_list(predicate) {
            return Some(asked);
        }
    }
    // (A stop inside a word is none: `when the 7:10 was cancelled`.)
    let end = predicate
        .char_indices()
        .find(|&(i, c)| {
            c == '('
                // (`Helen asked about the grant — I've written…`: what follows the dash is the
                // writer's.)
                || c == '—'
                || c == '–'
                || ([',', ';', '.', '!', ':'].contains(&c)
                    && !predicate[i + 1..].starts_with(|n: char| n.is_alphanumeric()))
        })
        .map_or(predicate.len(), |(i, _)| i);
    // (`asked how I'd get the front desk and reservations to care about restrictions`: a question
    // keeps its "and".)
    let question = ["asked how ", "asked what ", "asked why ", "asked whether ", "asked if ", "asked me how "]
        .iter()
        .any(|q| predicate.starts_with(q));
    let joints: &[&str] = if question { &[" but "] } else { &[" and ", " & ", " but ", " + "] };
    let clause = joints.iter().fold(&predicate[..end], |c, sep| c.split(sep).next().unwrap_or(c)).trim().to_owned();
    let words: Vec<&str> = clause.split(' ').filter(|w| !w.is_empty()).collect();
    // A short phrase of plain words: up to 6, or 8 for a helper's help.
    let most = if helper { 8 } else { 6 };
    let plain = |ws: &[&str]| {
        !ws.is_empty()
            && ws.len() <= most
            && ws.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '\'')))
    };
    let part = |ws: &[&str]| plain(ws) && ws.last().is_some_and(|w| PARTS.contains(&w.to_lowercase().as_str()));
    if helper {
        let (first, rest) = words.split_first()?;
        let (past, gerund) = HELP.iter().find(|(past, _)| first.eq_ignore_ascii_case(past))?;
        // (Set 68: `Tadhg Ó Sé — HR/Talent Coordinator. Did NOT sit in.`: what they did not do.
        // The card thanked him "for doing NOT sit in".)
        if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("not") || w.eq_ignore_ascii_case("never")) {
            return None;
        }
        // `rebooked me on the 6am`: what was rebooked is the writer's travel; `rebooked me from
        // Tuesday to today`, the interview.
        if matches!(*past, "rebooked" | "booked") && rest.first().is_some_and(|w| w.eq_ignore_ascii_case("me")) {
            let what = match rest.get(1).map(|w| w.to_lowercase()).as_deref() {
                Some("on" | "onto") => "my travel",
                Some("from" | "to" | "for") if *past == "rebooked" => "my interview",
                _ => return None,
            };
            return Some(Did::Helped(format!("{gerund} {what}")));
        }
        // `fixed it in like 2 min`, `sent times`: what they did needs saying in full.
        let vague = rest.first().is_none_or(|w| ["it", "that", "this", "them", "times"].contains(&w.to_lowercase().as_str()))
                || rest.iter().any(|w| {
                    ["like", "lol", "tbh", "fri", "mon", "tue", "wed", "thu"].contains(&w.to_lowercase().as_str())
                })
                // (Set 45: `- 608 card + MVR to Brittany - sent 11/18`: when the writer sent it,
                // not what she sent: "Thank you, too, for sending 11/18.")
                || rest.first().is_some_and(|w| w.contains('/') && w.chars().all(|c| c.is_ascii_digit() || c == '/'));
        // `rebooked my train when the 7:10 was cancelled`: what they did, without when, if
        // only that reads plainly.
        let rest = if plain(rest) {
            rest
        } else {
            let cut = rest.iter().position(|w| ["when", "after", "because", "since"].contains(w)).unwrap_or(rest.len());
            &rest[..cut]
        };
        return (plain(rest) && !vague).then(|| Did::Helped(format!("{gerund} {}", rest.join(" "))));
    }
    match words.as_slice() {
        // (Set 54: `chaired the panel`, "the panel you ran".)
        ["ran" | "led" | "did" | "gave" | "chaired", "the", rest @ ..] if part(rest) => Some(Did::Ran(lower(rest))),
        // (A topic is said back with its article: "your questions about my on-call setup", not
        // "about certs".)
        ["asked" | "grilled", "me", "about", rest @ ..] | ["asked", "about", rest @ ..]
            if plain(rest) && rest.first().is_some_and(|w| DETERMINED.contains(&w.to_lowercase().as_str())) =>
        {
            Some(Did::Asked(topic(rest)))
        }
        // `asked what I'd do the first 30 days`, `wanted to know how I handle escalations`.
        // (A question may take more words than a topic: `asked how I'd fix a laminated dough that
        // shrinks after freezing`.)
        ["asked" | "grilled", "me", rest @ ..] | ["asked", rest @ ..] | ["wanted", "to", "know", rest @ ..]
            if (plain(rest) || plain(&rest[..rest.len().min(most)]) && rest.len() <= 12)
                && rest.len() >= 3
                && !of_the_terms(rest)
                && rest.first().is_some_and(|w| ["how", "why", "what", "whether"].contains(w)) =>
        {
            Some(Did::Asked(topic(rest)))
        }
        // (`Rick asked if the swirl could be done on their make-up line`: whether, and the
        // company's line is the reader's.)
        ["asked" | "grilled", "me", "if", rest @ ..] | ["asked", "if", rest @ ..]
            if plain(&rest[..rest.len().min(most)]) && (3..=10).contains(&rest.len()) && !of_the_terms(rest) =>
        {
            let rest: Vec<&str> = rest
                .iter()
                .map(|w| match *w {
                    // (`gareth asked if id done blade repair`: a hurried "I'd".)
                    "id" => "I'd",
                    "im" => "I'm",
                    "ive" => "I've",
                    "their" => "your",
                    "they" => "you",
                    "them" => "you",
                    w => w,
                })
                .collect();
            Some(Did::Asked(format!("whether {}", topic(&rest))))
        }
        // `walked me through the architecture`, `gave me a tour of the plant`.
        // (`walked us through the freezer tunnel`: the writer among others.)
        ["walked" | "took" | "talked", "me" | "us", "through", "the", rest @ ..]
        | ["showed", "me" | "us", "the", rest @ ..]
        | ["gave", "me", "a", "tour", "of", "the", rest @ ..]
            if plain(rest) && rest.len() <= 4 =>
        {
            Some(Did::Showed(lower(rest)))
        }
        // (A part's name alone: `coding round`; not `wasn't in the panel`, `sat in on the panel`.)
        rest if part(rest)
            && rest.len() <= 4
            && rest[0].chars().next().is_some_and(char::is_lowercase)
            // (Not a verb's phrase, `sat on the panel`, `joined the panel`.)
            && !rest[0].ends_with("ed")
            && !rest.iter().any(|w| NOT_A_PART.contains(&w.to_lowercase().as_str()) || w.ends_with("n't")) =>
        {
            Some(Did::Ran(lower(rest)))
        }
        _ => None,
    }
}

/// Words that make a phrase ending in a part's name something else than that part: a place,
/// a time, a verb (`wasn't in the panel`, `after the panel`, `joined the panel`).
const NOT_A_PART: &[&str] = &[
    "in", "at", "on", "for", "during", "after", "before", "from", "of", "with", "was", "is", "not", "missed",
    "skipped", "joined", "sat", "left", "came", "outside", "late", "between",
];

/// A topic asked about in a list, the first one said with its article (`asked about month end
/// close, accruals, how I'd handle a late invoice` → `how I'd handle a late invoice`).
fn asked_in_list(predicate: &str) -> Option<Did> {
    let list =
        ["asked about ", "asked me about ", "grilled me about "].iter().find_map(|a| predicate.strip_prefix(a))?;
    let list = list.split(['.', ';', '(', '—']).next()?;
    let items: Vec<&str> = list.split(", ").flat_map(|i| i.split(" and ")).map(str::trim).collect();
    if items.len() < 2 {
        return None;
    }
    items.into_iter().find_map(|item| {
        let words: Vec<&str> = item.split(' ').filter(|w| !w.is_empty()).collect();
        let plain = (2..=8).contains(&words.len())
            && words.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '\'' | '’')));
        let determined = words.first().is_some_and(|w| DETERMINED.contains(&w.to_lowercase().as_str()));
        (plain && determined).then(|| Did::Asked(words.join(" ")))
    })
}

/// A topic asked about as a letter says it back: without the note's `again` or `too` after it
/// (`the t14 gearbox job again`, the writer's, not the reader's), and a code of letters and
/// figures in capitals (`T14`; `2nd` stays).
fn topic(words: &[&str]) -> String {
    let words = match words.split_last() {
        Some((last, rest)) if ["again", "too", "also"].contains(last) && !rest.is_empty() => rest,
        _ => words,
    };
    let code = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_lowercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !["st", "nd", "rd", "th", "s", "am", "pm", "k", "m"]
                .iter()
                .any(|s| w.strip_suffix(s).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())))
    };
    words.iter().map(|w| if code(w) { w.to_uppercase() } else { (*w).to_owned() }).collect::<Vec<_>>().join(" ")
}

/// The words in lower case, but for those written in capitals (`SQL`, `API`).
fn lower(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| if w.len() > 1 && w.chars().all(|c| c.is_uppercase()) { (*w).to_owned() } else { w.to_lowercase() })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, kind: Kind) -> Person {
        Person { name: name.into(), kind: Some(kind), ..Person::default() }
    }

    #[test]
    fn one_list_says_who_was_away() {
        let quan = person("Ms. Quan", Kind::Interviewer);
        let people = [quan.clone()];
        assert!(absent_in(
            "Hannah Okafor — NOT there (audit in Cork).",
            &person("Hannah Okafor", Kind::Interviewer),
            &[]
        ));
        assert!(absent_in("Ms. Quan was off sick, so the deputy sat in.", &quan, &people));
        assert!(!absent_in("Ms. Quan asked about absenteeism.", &quan, &people), "a word, not a part of one");
        assert_eq!(away_in("Ananya was NOT there - on leave"), Some((7, "was not there")));
        assert_eq!(away_in("Connor — wasn't there, but he booked it + sent the parking info"), None);
        assert_eq!(away_in("Ran the pass all night. Didn't meet her at round 1 (she was off)"), None, "set 71");
        assert!(says_away("NOT PRESENT, but relevant:") && says_away("Didn't meet:") && !says_away("Present:"));
    }

    #[test]
    fn what_an_interviewer_did_is_read_from_a_sentence_or_a_people_line() {
        let priya = person("Priya Raman", Kind::Interviewer);
        let tom = person("Tom Reyes", Kind::Interviewer);
        let ran = |s: &str| Some(Did::Ran(s.to_owned()));
        assert_eq!(did_in("Priya ran the system design round, then lunch.", &priya), ran("system design round"));
        assert_eq!(did_in("- Tom Reyes (EM) — coding round", &tom), ran("coding round"));
        assert_eq!(did_in("- **Tom Reyes**, Engineering Manager — ran the SQL exercise", &tom), ran("SQL exercise"));
        assert_eq!(
            did_in("Four hours on site. Tom asked about my on-call setup and my pager load.", &tom),
            Some(Did::Asked("my on-call setup".to_owned()))
        );
        assert_eq!(did_in("Beth asked about certs and I only said GCP.", &tom), None, "Beth is not Tom");
        // (Set 29: "I enjoyed working through the wasn't in the panel with you.")
        assert_eq!(did_in("- Tom wasn't in the panel, just toured me. Kind of quiet.", &tom), None);
        assert_eq!(did_in_section(&["- Tom wasn't in the panel, just toured me."], &tom), None);
        assert_eq!(did_in("- Tom Reyes — after the panel", &tom), None);
        let beth = person("Beth Arnaud", Kind::Interviewer);
        assert_eq!(did_in("Beth asked about certs and I only said GCP.", &beth), None, "no article: not said back");
        let lines = ["- walked me through a case. 45yo post-op ACL", "- he asked about my dry needling cert — I said"];
        assert_eq!(did_in_section(&lines[..1], &tom), None, "no \"the\": not said back");
        assert_eq!(did_in_section(&lines[1..], &tom), Some(Did::Asked("my dry needling cert".to_owned())));
        // (Set 39: after a dash, the writer's; a question of nine words.)
        assert_eq!(
            did_in("Tom asked about the grant — I've written the collections part of an IMLS proposal before.", &tom),
            Some(Did::Asked("the grant".to_owned()))
        );
        assert_eq!(
            did_in("- Tom asked if the swirl could be done on their make-up line. said cut from a log", &tom),
            Some(Did::Asked("whether the swirl could be done on your make-up line".to_owned()))
        );
        assert_eq!(
            did_in("- Tom Reyes (line supervisor) — walked us through the freezer tunnel. hairnets", &tom),
            Some(Did::Showed("freezer tunnel".to_owned()))
        );
        assert_eq!(
            did_in("- Tom asked how I'd get the front desk and reservations to care about restrictions. Talked", &tom),
            Some(Did::Asked("how I'd get the front desk and reservations to care about restrictions".to_owned()))
        );
        assert_eq!(
            did_in("tom asked if id done blade repair (leading edge, resin work)", &tom),
            Some(Did::Asked("whether I'd done blade repair".to_owned()))
        );
        // (Set 63: the terms of the job are no topic a letter enjoyed.)
        for terms in [
            "- Tom asked if I'd consider relocating to London ON \"down the line\" — I said \"open to talking\".",
            "- Tom asked when I could start",
            "- Tom asked what my salary expectations are",
        ] {
            assert_eq!(did_in(terms, &tom), None, "{terms}");
        }
        assert_eq!(
            did_in("- Tom asked how I'd fix a laminated dough that shrinks after freezing", &tom),
            Some(Did::Asked("how I'd fix a laminated dough that shrinks after freezing".to_owned()))
        );
        let showed = |s: &str| Some(Did::Showed(s.to_owned()));
        assert_eq!(
            did_in("- **Tom Reyes**, Director — walked me through the architecture", &tom),
            showed("architecture")
        );
        assert_eq!(did_in("Tom gave me a tour of the plant floor.", &tom), showed("plant floor"));
        assert_eq!(did_in("Tom showed me the new API gateway, then lunch.", &tom), showed("new API gateway"));
        let asked = |s: &str| Some(Did::Asked(s.to_owned()));
        // A list asked about: the first topic said with its article.
        assert_eq!(
            did_in_section(
                &["asked about month end close, accruals, how I'd handle a late invoice. I was weaker"],
                &tom
            ),
            asked("how I'd handle a late invoice")
        );
        assert_eq!(did_in_section(&["asked about close process, accruals"], &tom), None, "none with an article");
        assert_eq!(did_in("Tom wanted to know how I handle escalations.", &tom), asked("how I handle escalations"));
        assert_eq!(did_in("Tom asked what I'd change first.", &tom), asked("what I'd change first"));
        assert_eq!(did_in("Tom asked why.", &tom), None, "too short to say back");
    }

    #[test]
    fn what_a_helper_did_is_said_as_one_thanks_them_for_it() {
        let kim = person("Kim Nguyen", Kind::Helper);
        let line = "Flight got canceled Sunday (snow in CLE) and **Kim Nguyen** (HR coordinator) rebooked me on the 6am + pushed the first interview back an hour.";
        assert_eq!(
            did_in(line, &kim),
            Some(Did::Helped("rebooking my travel".to_owned())),
            "mid-sentence, after a title"
        );
        assert_eq!(
            help_in("scheduled everything, sent parking validation"),
            Some(Did::Helped("scheduling everything".to_owned()))
        );
        assert_eq!(help_in("sent 11/18"), None, "a day, not what was sent");
        // (Set 68: a card thanked Tadhg "for doing NOT sit in".)
        assert_eq!(help_in("Did NOT sit in"), None, "what they did not do");
        let maria = person("Maria Chen", Kind::Helper);
        assert_eq!(
            did_in("- Maria Chen, Recruiting Coordinator — rebooked my flight when the first was cancelled", &maria),
            Some(Did::Helped("rebooking my flight when the first was cancelled".to_owned()))
        );
        assert_eq!(
            did_in("Maria arranged a parking pass.", &maria),
            Some(Did::Helped("arranging a parking pass".to_owned()))
        );
        assert_eq!(
            did_in("Maria met me in the lobby, super nice, said it runs 60 min.", &maria),
            Some(Did::Helped("meeting me in the lobby".to_owned()))
        );
        assert_eq!(did_in("Maria fixed it in like 2 min.", &maria), None, "what \"it\" was is elsewhere");
        // Set 64, as the Trello card wrote it.
        let joy = person("Joy", Kind::Helper);
        let line = "**Joy** — ward clerk at ICU reception. Made me tea + found me a chair when Eileen was running late, then brought me back down to Eileen's office after the walk-round. Card for Joy.";
        assert_eq!(did_in(line, &joy), Some(Did::Helped("making me tea".to_owned())));
    }

    #[test]
    fn a_line_no_rule_understands_says_nothing() {
        let tom = person("Tom Reyes", Kind::Interviewer);
        assert_eq!(did_in("Tom seemed tired and kept checking his phone.", &tom), None);
        assert_eq!(did_in("- Tom Reyes (EM) — great guy, knows my old boss", &tom), None);
        assert_eq!(did_in("Tom liked the demo.", &tom), None, "a highlight, not what he did");
        assert_eq!(did_in("Tom ran the whole team for six years before this round", &tom), None);
        let maria = person("Maria Chen", Kind::Helper);
        assert_eq!(did_in("Maria was lovely.", &maria), None);
    }

    #[test]
    fn an_earlier_round_is_named_in_whole_words() {
        for said in [
            "Ollie + Tahnee cards from round 1 — still haven't",
            "ty_done: round 1 emails sent 19 Nov",
            "thanked him after R1",
            "Still owe him that card from stage 1",
            "same as LAST TIME",
        ] {
            assert!(names_an_earlier_round(said), "{said}");
        }
        for said in ["round 12 of the league", "thank-you cards for everyone", "first thing tomorrow", "R10 form"] {
            assert!(!names_an_earlier_round(said), "{said}");
        }
    }
}
