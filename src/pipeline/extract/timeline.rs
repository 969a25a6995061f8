//! The note's own timeline: the day the company said it would decide ("they'll decide by next
//! Wednesday", "decision by March 12", "expect to hear back by Friday"), read relative to the
//! interview's date; and what the note says already happened: the thank-yous sent ("sent
//! thank-you emails"), the company's answer ("they moved me to the next round", "got the
//! offer"). Planning the check-in from them is `plan`'s; saying it in a letter is `letters`'.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::sections::normalize;
use crate::text::words::contains_ignoring_ascii_case;

/// Words that, a little before `by`, say the company will answer by that day.
const ANSWER_WORDS: &[&str] = &[
    "decide",
    "deciding",
    "decides",
    "decision",
    "decisions",
    "hear",
    "back",
    "know",
    "answer",
    "feedback",
    "respond",
    "response",
    "update",
    "offer",
    "verbal",
    "outcome",
    // (Set 61: `Result: by 12/9 (水), phone from Ogawa-san`.)
    "result",
    "results",
    // (`Shauna said she'll reach out by Friday Dec 4 either way`, `be in touch by Friday`.)
    "reach",
    "touch",
    "wrap",
    "finalize",
    "finalise",
    // (`they'd narrow to two by "early December"`: the shortlist is word of the answer.)
    "narrow",
    // (Set 60, in French: `on vous revient d'ici mercredi prochain le 9`, `réponse d'ici vendredi`.)
    "revient",
    // (Set 72, as Irish English says it: `Gemma: "We'll revert by Thursday the 10th."`)
    "revert",
    "réponse",
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
];

/// The months' names, January first.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Of `ANSWER_WORDS`, those that name the decision itself rather than word of it.
// (Set 46: `Gus said "I'll have a think and give you a ring end of next week" so like by Friday
// 4/12`: the ring is the answer.)
const DECISION_WORDS: &[&str] = &[
    // (Set 60: `Entscheidung … bis Freitag 04.12.`, `réponse d'ici vendredi`.)
    "entscheidung",
    "décision",
    "réponse",
    "decide",
    "deciding",
    "decides",
    "decision",
    "decisions",
    "offer",
    "verbal",
    "wrap",
    "finalize",
    "finalise",
    "ring",
];

/// The day the note says the company will decide or answer by, after the interview on
/// `interview` and within three months of it: the first day the note says they decide by, else
/// the first it says they answer by (`an update by Dec 4 … deciding by Dec 8`: Dec 8); but the
/// last day a sentence says the decision was moved to (`decision "by Friday 4th Dec"` … later
/// `decision now "by Wednesday 9th"`: the 9th, set 74).
pub fn decision_in(text: &str, interview: Date) -> Option<Date> {
    let moved = sentences(text)
        .filter(|s| moves_the_day(s))
        .filter_map(|s| decision_said(s, interview).or_else(|| decision_now(s, interview)))
        .last();
    moved.or_else(|| decision_said(text, interview))
}

/// The day a sentence that moves the decision names straight after it, with no "by": `Decision
/// now **Mon 14 Dec**`, `decision moved to Thu 10 Dec`.
fn decision_now(sentence: &str, interview: Date) -> Option<Date> {
    let line = normalize(sentence);
    let words: Vec<&str> = line.split(' ').collect();
    (0..words.len()).filter(|&i| DECISION_WORDS.contains(&words[i])).find_map(|i| {
        let rest = match &words[i + 1..] {
            ["now" | "is", "moved" | "pushed", "to", rest @ ..]
            | ["moved" | "pushed", "to", rest @ ..]
            | ["now" | "is", "now", rest @ ..]
            | ["now", rest @ ..] => rest,
            _ => return None,
        };
        day_named(rest, interview).filter(|day| *day > interview)
    })
}

/// True for a sentence that says a day was changed: `decision now "by Wednesday 9th"`, `moved it
/// to the 9th`, `pushed back to Dec 11`.
fn moves_the_day(sentence: &str) -> bool {
    let line = normalize(sentence);
    let words: Vec<&str> = line.split(' ').collect();
    // ("now" beside the decision or its day: not `Now the private bit, … an answer by the ninth`.)
    let now = (0..words.len()).any(|i| {
        words[i] == "now"
            && (i.checked_sub(1).is_some_and(|b| DECISION_WORDS.contains(&words[b]))
                || words.get(i + 1).is_some_and(|n| *n == "by" || DECISION_WORDS.contains(n)))
    });
    now || words.iter().any(|w| matches!(*w, "moved" | "pushed" | "postponed" | "delayed" | "rescheduled"))
}

/// `decision_in` without the days moved to.
fn decision_said(text: &str, interview: Date) -> Option<Date> {
    // Only a line with a "by" in it can say it: the others are not normalised.
    // (`decision "before Dec 4"` says it too.)
    // `decision "before the holidays," probably week of Dec 14`: the Friday of that week.
    // (Set 63: `"we'll let you know before Christmas, probably w/c 14th Dec"`: the week commencing
    // then, as an Irish or British note writes it, of any word of the answer.)
    let weekly = ["week of", "w/c", "week commencing"];
    let week_of =
        text.lines().filter(|line| weekly.iter().any(|w| contains_ignoring_ascii_case(line, w))).find_map(|line| {
            let line = normalize(line);
            let words: Vec<&str> = line.split(' ').collect();
            let at = (0..words.len().saturating_sub(1)).find(|&i| {
                (words[i] == "week" && matches!(words[i + 1], "of" | "commencing"))
                    || (words[i] == "w" && words[i + 1] == "c")
            })?;
            let of = words[at + 1] == "of";
            // (Set 72: `we'll be in touch **the week of the 14th**`: word of the answer that week.)
            let word_of = |w: &&str| matches!(*w, "touch" | "hear" | "back");
            words[..at]
                .iter()
                .any(|w| DECISION_WORDS.contains(w) || (!of && ANSWER_WORDS.contains(w)) || word_of(w))
                .then_some(())?;
            // (`"first week of Dec" realistically`: the month's first week.)
            let first_of_month = || {
                let month = month_number(words.get(at + 2)?)?;
                (at > 0 && words[at - 1] == "first").then(|| on(interview, month, "1")).flatten()
            };
            let day = day_named(&words[at + 2..], interview).or_else(first_of_month)?;
            let friday = day.checked_add(i32::from(4 - day.weekday().to_monday_zero_offset().min(4)).days()).ok()?;
            (friday > interview && friday <= interview.checked_add(3.months()).ok()?).then_some((true, friday))
        });
    // `then offer. She wants someone before Dec 14`: what says "offer" is another sentence.
    let mut days = sentences(text)
        .filter(|line| {
            ["by", "before", "end of", "nlt", "w/e", "week ending", "till", "until", "bis", "d'ici", "d’ici", "latest"]
                .iter()
                .any(|w| contains_ignoring_ascii_case(line, w))
        })
        .flat_map(|line| {
            let line = normalize(line);
            // (`if Lakeshore comes through before Thanksgiving I'll withdraw here`: the writer's
            // own plan on a condition, not the company's answer.)
            let own_plan = line.split_once("if ").is_some_and(|(head, rest)| {
                (head.is_empty() || head.ends_with(' '))
                    && [" ill ", " i will ", " id ", " i would "].iter().any(|w| format!(" {rest} ").contains(w))
            });
            // (Set 44: `I told him I'd let him know by Monday if I want to do it`: the writer's
            // answer, not theirs.)
            let own_answer = [
                " id let ",
                " ill let ",
                " i will let ",
                " i would let ",
                " i need to let ",
                " ill ring ",
                " i will ring ",
                // (Set 55: `tandem health offer 145 base, they want answer by 12/4… stall`: an
                // answer they want of the writer, to another company's offer.)
                " want answer ",
                " want an answer ",
                " wants an answer ",
                " want my answer ",
                " wants my answer ",
                " need to answer ",
                " need my answer ",
                " needs my answer ",
            ]
            .iter()
            .any(|w| format!(" {line} ").contains(w));
            let line = if own_plan || own_answer { String::new() } else { line };
            let words: Vec<&str> = line.split(' ').collect();
            (0..words.len())
                // (`we'll be deciding end of next week`: the day straight after the decision.)
                .filter(|&i| {
                    words[i] == "by"
                        // (Set 51: a soldier's `Decision NLT 4 Dec`, no later than.)
                        || words[i] == "nlt"
                        // (Set 55: `Decision w/e Fri 11/12/2026 (per HR)`, the week ending then.)
                        || (i > 0 && words[i - 1] == "w" && words[i] == "e")
                        || (i > 0 && words[i - 1] == "week" && words[i] == "ending")
                        // (Set 60, Polish English: `we let you know till Tuesday`, `decision,
                        // promised till Friday 2026-12-04`.)
                        || words[i] == "till"
                        || words[i] == "until"
                        // (Set 72: `Decision latest Wednesday 9 December`.)
                        || (words[i] == "latest" && i > 0 && DECISION_WORDS.contains(&words[i - 1]))
                        // (Set 60: German `bis Freitag 04.12.`, French `d'ici vendredi`.)
                        || words[i] == "bis"
                        || words[i] == "dici"
                        || words[i] == "before"
                        || (DECISION_WORDS.contains(&words[i]) && words.get(i + 1) == Some(&"end"))
                })
                .filter_map(|i| {
                    let before = &words[i.saturating_sub(4)..i];
                    // (`bo said they decide "before the christmas shutdown" so prob by dec 11`:
                    // the clause says who decides, a few words further back.)
                    let clause = &words[i.saturating_sub(8)..i];
                    // (`Tonya will call by Tues 11/24`: their call, not the writer's, `i'll call`.)
                    let calls = before.windows(2).any(|w| {
                        w[1] == "call" && ["will", "shell", "hell", "theyll", "theyd", "shed", "hed"].contains(&w[0])
                            // (`she'll email by fri`: their word, not the writer's, `i'll email`.)
                            || w[1] == "email" && ["shell", "hell", "theyll", "theyd", "shed", "hed"].contains(&w[0])
                    }) || (0..before.len().saturating_sub(1)).any(|k| {
                        // (`Leah: … will email by 12/2`: theirs, unless "I will email".)
                        before[k] == "will"
                            && before[k + 1] == "email"
                            && (k == 0 || !["i", "we", "to"].contains(&before[k - 1]))
                    });
                    // (Set 41: `she'll email by mon to confirm`, of a working interview's day: word of
                    // the next round, not of the answer.)
                    // (Set 61: `Priya emails who's thru by Fri 4.12`: their word, said of them.)
                    let calls =
                        calls || before.iter().any(|w| matches!(*w, "emails" | "calls" | "rings" | "phones" | "texts"));
                    let arranges =
                        words[i + 1..].iter().take(5).any(|w| matches!(*w, "confirm" | "schedule" | "dates"));
                    let calls = calls && !arranges;
                    let decides = DECISION_WORDS.contains(&words[i])
                        || clause.iter().any(|w| DECISION_WORDS.contains(w))
                        || calls;
                    // (`bring the app packet back to denise by fri`: the writer's errand, not an answer.)
                    // (Set 72, English with Turkish habits: `They will return until 11 December`:
                    // they will answer by then.)
                    // ("Return" straight before the day, or "return you": no errand's object.)
                    let returned = ["return", "you", "back"].iter().any(|w| words[..i].ends_with(&[*w]))
                        && words[i.saturating_sub(2)..i].contains(&"return");
                    let at = (i.saturating_sub(2)..i).find(|&j| words[j] == "return").unwrap_or(0);
                    let they_return = returned
                        && at > 0
                        && matches!(words[at - 1], "will" | "theyll" | "shell" | "hell" | "would")
                        && (at < 2 || words[at - 2] != "i");
                    let errand = !they_return
                        && ["bring", "send", "return", "submit", "drop", "turn", "mail"]
                            .iter()
                            .any(|w| before.contains(w) || words[i.saturating_sub(6)..i].contains(w));
                    // (Set 46: `so if offer comes by 12/7 earliest is 12/21`: the writer's reckoning
                    // on a supposed day, not theirs.)
                    let supposed = before.contains(&"if");
                    if errand
                        || supposed
                        || !(decides || they_return || before.iter().any(|w| ANSWER_WORDS.contains(w)))
                    {
                        return None;
                    }
                    // (`a decision before Marcus is out on the 20th`: before the day that clause names.)
                    // (`decision "before Thanksgiving break," which starts the 25th`: the day it starts.)
                    let clause_day = || {
                        let on =
                            words[i + 1..].iter().take(6).position(|w| matches!(*w, "on" | "starts" | "begins"))?;
                        let at = i + 2 + on;
                        let at = at + usize::from(words.get(at) == Some(&"on"));
                        (words[i] == "before").then(|| day_named(&words[at..], interview)).flatten()
                    };
                    // (`decision before Thanksgiving is unlikely`: a day ruled out.)
                    if words[i + 1..].iter().take(5).any(|w| *w == "unlikely") {
                        return None;
                    }
                    // (`decision "before Thanksgiving if we can, otherwise first week of December"`:
                    // the day hoped for gives way to the one they fall back on.)
                    if words[i + 1..].iter().take(8).any(|w| *w == "otherwise") {
                        return None;
                    }
                    let day = clause_day().or_else(|| day_named(&words[i + 1..], interview))?;
                    // (Before a day is by the day before it: `decision "before Dec 4"` is by Dec 3.)
                    let day = if words[i] == "before" { day.checked_sub(1.day()).ok()? } else { day };
                    // (`by dec 11 or 12`: the later of the two.)
                    let day = words[i + 1..]
                        .iter()
                        .take(4)
                        .position(|w| *w == "or")
                        .and_then(|at| words.get(i + 2 + at)?.parse::<i8>().ok())
                        .and_then(|later| day.with().day(later).build().ok())
                        .filter(|later| *later > day)
                        .unwrap_or(day);
                    let latest = interview.checked_add(3.months()).ok()?;
                    (day > interview && day <= latest).then_some((decides, day))
                })
                .collect::<Vec<_>>()
        })
        .chain(week_of)
        .chain(hear_on(text, interview))
        .chain(meets_to_decide(text, interview))
        .chain(said_when(text, interview))
        .peekable();
    let first = days.peek().map(|&(_, day)| day);
    days.find(|&(decides, _)| decides).map(|(_, day)| day).or(first)
}

/// The day a line that speaks of the answer says it comes, in words without "by": `decision
/// "early next week"` (the Tuesday), `"decision within two weeks"`, `timeline. … She said "two to
/// three weeks."` (the later bound), `by the end of the week… so realistically Monday` (Monday).
fn said_when(text: &str, interview: Date) -> Vec<(bool, Date)> {
    let Ok(latest) = interview.checked_add(3.months()) else { return Vec::new() };
    text.lines()
        .filter(|l| contains_ignoring_ascii_case(l, "week") || contains_ignoring_ascii_case(l, "realistically"))
        .filter_map(|line| {
            let line = normalize(line);
            let words: Vec<&str> = line.split(' ').collect();
            let about_the_answer = words.iter().any(|w| ANSWER_WORDS.contains(w) || *w == "timeline");
            if !about_the_answer {
                return None;
            }
            let decides = words.iter().any(|w| DECISION_WORDS.contains(w));
            let monday = interview.checked_sub(i32::from(interview.weekday().to_monday_zero_offset()).days()).ok()?;
            // (`realistically Monday`: the writer's own reading outranks the day said.)
            let realistic = words.contains(&"realistically");
            // (`realistically Mon/Tue → expect to hear ~Dec 1-2`: the latest day the line gives.)
            let day = (0..words.len())
                .filter_map(|i| {
                    let at = |k: usize| words.get(i + k).copied();
                    let weeks = |n: &str| -> Option<Date> {
                        interview.checked_add((7 * i32::try_from(super::sections::number_word(n)?).ok()?).days()).ok()
                    };
                    match (at(0)?, at(1), at(2), at(3)) {
                        ("early", Some("next"), Some("week"), _) => monday.checked_add(8.days()).ok(),
                        ("realistically", Some(day), _, _) => first_after(interview, weekday(day)?),
                        // `2–3 weeks`: the later bound.
                        (n, Some(m), Some("weeks" | "wks"), _) if super::sections::number_word(n).is_some() => weeks(m),
                        ("within" | "in", Some(n), Some("weeks" | "week"), _) => weeks(n),
                        (n, Some("to" | "or"), Some(m), Some("weeks")) => {
                            super::sections::number_word(n)?;
                            weeks(m)
                        }
                        (month, Some(_), _, _) if realistic && month_number(month).is_some() => {
                            day_named(&words[i..], interview)
                        }
                        _ => None,
                    }
                })
                .max()?;
            (day > interview && day <= latest).then_some((decides || realistic, day))
        })
        .collect()
}

/// The day a sentence says those who decide meet to do it, without "by" (set 59: `Partners meet
/// Thu 10 Dec to decide; Aisha calls after.`): the decision's day.
fn meets_to_decide(text: &str, interview: Date) -> Option<(bool, Date)> {
    let latest = interview.checked_add(3.months()).ok()?;
    sentences(text).filter(|s| contains_ignoring_ascii_case(s, "decide")).find_map(|sentence| {
        let line = normalize(sentence);
        let words: Vec<&str> = line.split(' ').collect();
        let meet = words.iter().position(|w| matches!(*w, "meet" | "meets" | "meeting" | "convene" | "convenes"))?;
        let decide = words[meet..].iter().position(|w| *w == "decide")? + meet;
        // (`meet Thu 10 Dec to decide`, `meet on the 10th to decide`: the day between the two.)
        let day = (meet + 1..decide).find_map(|i| day_named(&words[i..decide], interview))?;
        (day > interview && day <= latest).then_some((true, day))
    })
}

/// The day a sentence says you will hear, without "by": `"You'll hear from me Wednesday or
/// Thursday."` is Thursday, the later of the two (a word of it, not a decision).
fn hear_on(text: &str, interview: Date) -> Option<(bool, Date)> {
    sentences(text).filter(|s| contains_ignoring_ascii_case(s, "hear")).find_map(|sentence| {
        let line = normalize(sentence);
        let words: Vec<&str> = line.split(' ').collect();
        let at = words.iter().position(|w| *w == "hear")?;
        // `hear from me Wednesday`, `hear back Friday`: the day within three words.
        let after = &words[at + 1..(at + 6).min(words.len())];
        let first = after.iter().position(|w| weekday(w).is_some())?;
        if !after[..first].iter().all(|w| matches!(*w, "from" | "me" | "us" | "her" | "him" | "them" | "back" | "on")) {
            return None;
        }
        let last = if after.get(first + 1) == Some(&"or") && after.get(first + 2).is_some_and(|w| weekday(w).is_some())
        {
            first + 2
        } else {
            first
        };
        let day = first_after(interview, weekday(after[last])?)?;
        Some((false, day))
    })
}

/// Words that make a line a plan, a wish or a doubt rather than what happened.
const NOT_DONE: &[&str] = &[
    "need",
    "needs",
    "should",
    "must",
    "will",
    "todo",
    "to do",
    "remember",
    "hope",
    "hoping",
    "if",
    "maybe",
    "might",
    "would",
    "could",
    "not",
    "didnt",
    "didn",
    "haven",
    "havent",
    "yet",
    "tomorrow",
    "going",
    "plan",
    "expect",
    "expecting",
    "probably",
    "likely",
    "afraid",
    "worried",
    "dreading",
    "wish",
];

/// A sentence at a time: `…if yes. Sent thank-you notes to all three.` says it in its second.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.lines().flat_map(|line| {
        // (`I sent Mrs. Pruitt a short thank-you`: an honorific's full stop ends no sentence.)
        let honorific = |at: usize| {
            let word = line[..at].rsplit([' ', '(']).next().unwrap_or_default();
            super::people::is_abbreviated_honorific(word) || word == "St"
        };
        let mut start = 0;
        let mut out: Vec<&str> = line
            .match_indices(". ")
            .filter(|&(at, _)| !honorific(at))
            .map(|(at, _)| {
                let sentence = &line[start..at];
                start = at + 2;
                sentence
            })
            .collect();
        out.push(&line[start..]);
        out
    })
}

/// The note's lines, normalised, that say something happened: none of `NOT_DONE`'s words.
fn done_lines<'a>(sentences: impl Iterator<Item = &'a str>) -> impl Iterator<Item = String> {
    sentences.map(normalize).filter(|line| !line.split(' ').any(|w| NOT_DONE.contains(&w)))
}

/// The sentence that says the thank-yous are sent, as the note writes it: `sent thank-you
/// emails`, `thanked everyone on LinkedIn`, `thank-you notes sent`.
pub fn thanks_sent_in(text: &str) -> Option<&str> {
    all_thanks_sent_in(text).next()
}

/// Each sentence of `text` that says a thank-you was sent, as `thanks_sent_in` reads one (set
/// 59: `thank-you emails went to Douglas and Raj on the 18th, evening. … Thanked Fiona on the
/// phone today.`, two).
pub fn all_thanks_sent_in(text: &str) -> impl Iterator<Item = &str> {
    // Only a sentence that writes "thank" can say it: the others are not normalised.
    let thanks = sentences(text).filter(|s| contains_ignoring_ascii_case(s, "thank"));
    thanks.filter(|sentence| {
        // (`Thanked Hannah in person when she walked me out, but still do a real email`: said,
        // not written; `thanked her in person + email` wrote too.)
        let has = |w: &str| contains_ignoring_ascii_case(sentence, w);
        // (Set 67: `Thu 26th: sent Ewa the rubric ✓ … She replied "Lovely, thanks Niamh!" … So that's
        // done, and that counts as thanking her.`)
        if ["counts as thanking", "counts as a thank", "counts as my thank", "that was my thank-you"]
            .iter()
            .any(|w| has(w))
        {
            return true;
        }
        // (Set 73: `Already replied to Lerato this afternoon to say thank you.`: a reply that said
        // it.)
        let replied = ["replied to", "wrote back to", "emailed back"].iter().any(|w| has(w));
        if replied
            && ["to say thank", "to thank"].iter().any(|w| has(w))
            && done_lines(std::iter::once(*sentence)).next().is_some()
        {
            return true;
        }
        let written = (has("email") || has("card") || has("note")) && !has("still");
        if has("in person") && !written {
            return false;
        }
        // (`sent her a thank-you email (just her, not the panel yet)`: an aside says whom, not
        // whether; `(not yet)` says whether.)
        let aside = sentence.find(" (").filter(|&at| contains_ignoring_ascii_case(&sentence[..at], "thank"));
        let aside = aside.map(|at| &sentence[at + 2..]);
        let says_whether = aside.is_none_or(|a| ["not", "no ", "no)"].iter().any(|w| a.starts_with(w)));
        let without_aside =
            if says_whether { sentence.to_string() } else { crate::text::words::without_brackets(sentence) };
        let Some(line) = done_lines(std::iter::once(without_aside.as_str())).next() else { return false };
        let words: Vec<&str> = line.split(' ').collect();
        // The writer sent them: `sent` opens the line or follows `I`, not `they sent me a thank-you`.
        // (Set 60: `2026-11-19 18:30 — sent thank-you mail to Natalia`, a log's time before it.)
        let logged = |i: usize| words[..i].iter().all(|w| w.bytes().all(|b| b.is_ascii_digit()));
        // (Set 62: `- Ha-eun manager-nim: sent short thank-you from phone 18:40 ✓`: whom, then what
        // the writer did.)
        let labelled = sentence.trim_start_matches(['-', '*', ' ']).split_once(": ").is_some_and(|(who, rest)| {
            who.split_whitespace().count() <= 4 && rest.trim_start().to_lowercase().starts_with("sent ")
        });
        let mine = |i: usize| {
            i == 0
                || logged(i)
                || matches!(words[i - 1], "i" | "already" | "have" | "ve" | "just" | "also")
                || (labelled && words[..i].iter().all(|w| !w.is_empty() && !["they", "she", "he"].contains(w)))
        };
        let sent_thanks = (0..words.len()).any(|i| {
            // (`… instructions — emailed her a thanks`: no one emails the writer a thanks.)
            // (Set 59, Taglish: `nag-send na ako ng thank you email kay Doc Ramon`.)
            let sent = (words[i] == "sent" && mine(i))
                || matches!(words[i], "emailed" | "texted" | "nag-send" | "nagsend" | "na-send");
            // (`I sent Mrs. Pruitt a short thank-you`: an honorific is one word more.)
            let honorific = words.get(i + 1).is_some_and(|w| matches!(*w, "mrs" | "mr" | "ms" | "dr" | "prof"));
            sent && words[i + 1..].iter().take(4 + usize::from(honorific)).any(|x| x.starts_with("thank"))
        });
        // (Set 72: `emailed Anneliese the unit plan + worksheet + thanks`: the thanks, added on.)
        let added = (has("emailed ") || has("sent "))
            && ["+ thanks", "+ thank", "& thanks", "with thanks"].iter().any(|w| has(w));
        // `thank-you email to Hugo sent 18:10`: the thanks, then within a few words "sent".
        // (Set 59: `thank-you emails went to Douglas and Raj on the 18th`.)
        let went = |j: usize| words[j] == "went" && words.get(j + 1).is_some_and(|w| matches!(*w, "to" | "out"));
        let thanks_sent = (0..words.len()).any(|i| {
            words[i].starts_with("thank") && (i + 1..words.len().min(i + 6)).any(|j| words[j] == "sent" || went(j))
        });
        let thanked = words.iter().enumerate().any(|(i, w)| {
            *w == "thanked" && (i == 0 || matches!(words[i - 1], "i" | "already" | "have" | "ve" | "also"))
        });
        // `Thank-yous: wrote three cards in the car… and left them with Marguerite`: cards
        // written and handed over.
        let handed = ["left them", "handed them", "dropped them", "mailed them", "posted them", "gave them"];
        let cards = (0..words.len()).any(|i| {
            let by_me = mine(i) || words[..i].last().is_some_and(|w| w.starts_with("thank") || w.starts_with("you"));
            words[i] == "wrote"
                && by_me
                && words[i + 1..].iter().take(4).any(|w| matches!(*w, "cards" | "card" | "notes" | "note"))
                && handed.iter().any(|h| line.contains(h))
        });
        // (Set 72: `diploma + SRC sent to Melike Hanım by mail, I wrote short thank you inside also`.)
        let wrote_thanks = (0..words.len())
            .any(|i| words[i] == "wrote" && mine(i) && words[i + 1..].iter().take(3).any(|w| w.starts_with("thank")));
        sent_thanks || thanks_sent || thanked || cards || wrote_thanks || added
    })
}

/// What the note says the company answered, as a status `plan` reads: `advanced` ("they moved
/// me to the next round"), `rejected` ("got a rejection email"), `offer` ("got the offer").
/// Another company's news is no status: an outcome said to come `from` someone is this note's
/// only when `known` (the company, the people) names them.
pub fn outcome_in(text: &str, known: &[&str]) -> Option<&'static str> {
    const OUTCOMES: &[(&str, &[&str])] = &[
        (
            "offer",
            &[
                "got an offer",
                "got the offer",
                "received an offer",
                "received the offer",
                "made me an offer",
                "verbal offer",
                "offer came in",
                "they offered me",
                // (Set 64, in German-English: `Svenja called!!! They WANT ME.`)
                "they want me",
            ],
        ),
        (
            "rejected",
            &[
                "got rejected",
                "was rejected",
                "they rejected me",
                "rejection email",
                "got a rejection",
                "went with another candidate",
                // (Set 73, in English with Chinese habits: `LTP choose other candidate, have
                // Canadian rail experience.`)
                "chose another candidate",
                "chose other candidate",
                "choose other candidate",
                "choose another candidate",
                "chosen another candidate",
                "picked another candidate",
                "passed on me",
                "not moving forward with me",
                "decided not to move forward",
                // (Set 64: `Niamh rang — not progressing. Went with someone with "more device
                // experience"`; `Birte called. Absage. They take an internal person`.)
                "went with someone",
                "absage",
                "they take an internal",
                "went to an internal",
                // (Set 70: `'After careful consideration we have decided to move forward with an
                // internal candidate for this role.'`)
                "forward with an internal",
                "forward with another candidate",
                "with an internal candidate",
                "not successful",
                "unsuccessful",
                // (Set 67: `Fergal rang at 4. You didn't get it. Siobhán got it, as predicted.`, read
                // in the first person.)
                "i didnt get it",
                "i did not get it",
                "i didnt get the job",
                "i didnt get the post",
                "i didnt get the role",
            ],
        ),
        (
            "advanced",
            &[
                "moved me to the next round",
                "moving me to the next round",
                "moved me forward",
                "moving me forward",
                "advanced me",
                "advanced to the",
                "through to the next round",
                "invited me back",
                "invited back for",
                "moved to the next round",
                "moving forward with me",
                // (Set 55: `11/19 - JESS EMAILED: moving me to round 3, mock pitch panel Tue Dec 1`.)
                "moving me to round",
                "moved me to round",
                "moving me to the final",
                "moved me to the final",
                // (Set 57: `Niamh rang – I'm through to round 2!! 🎉`, `Email from HDSA
                // recruitment: invited to Stage 3`, `jess emailed: passed.`)
                "through to round",
                "through to stage",
                "through to the final",
                // (Set 60: `Resolved — passed to round 3`.)
                "passed to round",
                "passed to the next round",
                "invited to round",
                "invited to stage",
                "invited to the next",
                "invited to the final",
                "emailed passed",
                "rang passed",
                "called passed",
                "texted passed",
            ],
        ),
    ];
    // `me in a fortnight, when you've either got an offer or are sulking`: a maybe, not news.
    // (`Need childcare for 2 Dec if invited to Stage 3`.)
    const MAYBE: &[&str] = &["when", "either", "whether", "once", "until", "unless", "if"];
    // (Set 47: `Aoife rang Monday – verbal OFFER from Liffey Live…`, in a note on Wild Atlantic
    // Conferences: another company's news.)
    let elsewhere = |sentence: &&str| {
        sentence.match_indices(" from ").any(|(at, from)| {
            let next = sentence[at + from.len()..].split_whitespace().next().unwrap_or_default();
            let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
            let named = next.starts_with(char::is_uppercase) && !super::people::is_common_word(next);
            named && !known.iter().any(|k| k.split_whitespace().any(|w| w == next))
        })
    };
    // (Set 49: `Calder Bryce offer came in Tues`: a name before the news says whose it is.)
    let named_before = |sentence: &&str| {
        let lower = sentence.to_lowercase();
        let news = OUTCOMES.iter().flat_map(|(_, says)| says.iter()).filter_map(|s| lower.find(s)).min();
        let Some(at) = news else { return false };
        let before: Vec<&str> = sentence[..at].split_whitespace().collect();
        // (Set 55: `JESS EMAILED: moving me to round 3`: a label says who told, and a name is
        // known in capitals too.)
        let name: Vec<&&str> = before
            .iter()
            .rev()
            .skip_while(|w| {
                w.strip_suffix(':').is_some_and(|l| l.len() >= 3 && l.chars().all(|c| c.is_ascii_uppercase()))
            })
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        !name.is_empty()
            && name.iter().all(|w| !super::people::is_common_word(w))
            && !name.iter().any(|w| known.iter().any(|k| names_known(k, w)))
    };
    // (Set 50: `tumawag si Bea kahapon ng hapon. Kalinaw. VERBAL OFFER 88k`: a name the note does
    // not know, earlier on the news's line, says whose it is too. Missing the writer's own offer
    // costs a sentence; thanking a company for another's costs the job.)
    let named_in_line = |line: &&str| {
        let lower = line.to_lowercase();
        let news = OUTCOMES.iter().flat_map(|(_, says)| says.iter()).filter_map(|s| lower.find(s)).min();
        let Some(at) = news else { return false };
        // (Not a label, `Update: they moved me…`, `Me:`, nor the line's first word.)
        // (Nor a quoted sentence's first word: `Email from Dawn: 'After careful consideration we
        // have decided to move forward with an internal candidate'`.)
        let words = line[..at].split_whitespace().skip(1).filter(|w| !w.ends_with(':'));
        let words = words.filter(|w| !w.starts_with(['\'', '"', '‘', '“']));
        words.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).any(|w| {
            w.chars().count() >= 3
                && w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !super::people::is_common_word(w)
                && !super::dates::is_weekday(w)
                && super::dates::month_number(w).is_none()
                && !known.iter().any(|k| k.split_whitespace().any(|kw| kw == w))
        })
    };
    // (Set 75, a LaTeX note wrapped as it was typed: `References after that if⏎they want me.`:
    // the maybe on the line before is the sentence's.)
    let text = unwrapped(text);
    let text = text.lines().filter(|l| !named_in_line(l)).collect::<Vec<_>>().join("\n");
    let own: Vec<&str> = sentences(&text).filter(|s| !elsewhere(s) && !named_before(s)).collect();
    // (Set 64, a Trello card's comment: `GRACE RANG. OFFER!!! Verbal — written offer "next week"`:
    // the news, shouted, as a sentence of its own.)
    // (Set 72: `**BEN RANG. OFFER.** Verbal.`: the word alone, in capitals.)
    let shouted = own.iter().any(|s| {
        let words: Vec<&str> = s.split_whitespace().collect();
        words.first().is_some_and(|w| {
            w.trim_matches(['*', '_', '!', '.']) == "OFFER"
                && (w.trim_end_matches(['*', '_']).ends_with(['!', '.']) || words.len() == 1)
        })
    });
    if shouted {
        return Some("offer");
    }
    // (Set 65: `Bernadette called at 4pm. NOT SUCCESSFUL.`: the news's own "not" says no
    // plan unmade, so it is no reason to pass over its sentence.)
    let negated: Vec<&str> = OUTCOMES
        .iter()
        .flat_map(|(_, says)| says.iter().copied())
        .filter(|s| s.split(' ').any(|w| NOT_DONE.contains(&w)))
        .collect();
    let done = own.into_iter().map(normalize).filter(|line| {
        let rest = negated.iter().fold(format!(" {line} "), |l, n| l.replace(&format!(" {n} "), " "));
        !rest.split(' ').any(|w| NOT_DONE.contains(&w))
    });
    // (Set 64: `OFFER!!! Verbal — written offer "next week"… will confirm once I have it in
    // writing.`: a maybe in another sentence of the line is that sentence's.)
    done.into_iter().find_map(|line| {
        line.split(". ").filter(|s| !s.split(' ').any(|w| MAYBE.contains(&w))).find_map(|sentence| {
            let sentence = format!(" {sentence} ");
            OUTCOMES
                .iter()
                .find(|(_, says)| says.iter().any(|s| sentence.contains(&format!(" {s} "))))
                .map(|(status, _)| *status)
        })
    })
}

/// `text` with each line that goes on with a sentence the line before left open (it opens in
/// lower case after a line that ends in none of `.`, `!`, `?`, `:`) joined to it.
fn unwrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = "";
    for line in text.lines() {
        let bare = line.trim_start();
        let end = last.trim_end();
        let open = !end.is_empty() && !end.ends_with(['.', '!', '?', ':']) && !end.trim_start().starts_with('#');
        if open && bare.starts_with(char::is_lowercase) {
            out.pop();
            out.push(' ');
            out.push_str(bare);
        } else {
            out.push_str(line);
        }
        out.push('\n');
        last = line;
    }
    out
}

/// True when `word` is a word of `known` in any case, or its initials: `LTP` of "Lakeshore Transit
/// Partners".
fn names_known(known: &str, word: &str) -> bool {
    // (Set 74: `email from Sophie: unsuccessful.`: the name before its colon.)
    let word = word.trim_end_matches([':', ',', ';']);
    let initials: String = known.split_whitespace().filter_map(|w| w.chars().next()).collect();
    known.split_whitespace().any(|k| k.eq_ignore_ascii_case(word))
        || (initials.chars().count() >= 2 && initials.chars().all(char::is_uppercase) && initials == word)
}

/// The note's text less the sentences about another company's process, each line kept (emptied
/// when all of it is): the days a note names for a decision, a next round or a check-in are its
/// own company's only. `whole`, the note with what the writer kept for themselves, says which
/// names are other companies' (`other_companies`); a sentence that names one, or names a name
/// that `known` (the company, the position, the people) does not hold as the one who said when
/// (`Fisiomed said they'd decide by Wed 9 Dec`), is another company's.
// (Set 62: an org-mode note on Nordvik said Kvarn's final day, and the Nordvik letter looked
// forward to "the next round on Tuesday 24 November"; a note on Alborada said Fisiomed's decision
// day, and the Alborada check-in quoted it.)
pub fn own_process(text: &str, whole: &str, known: &[&str]) -> String {
    let others = other_companies(whole, known);
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.chars().any(char::is_uppercase) {
            out.push_str(line);
            continue;
        }
        let own: Vec<&str> = sentences(line).filter(|s| !of_another_company(s, known, &others)).collect();
        out.push_str(&own.join(". "));
    }
    out
}

/// The names in `text` that `known` does not hold and that the note writes as a company's: before
/// a word of the process, in the middle of a sentence (`so the Kvarn final is Tuesday`), after a
/// possessive (`Kvarn's second round`), before a company's suffix (`Kvarn Automation AB`), after
/// news or the process `at` or `from` it (`heard from Fisiomed`, `applied at Kvarn`). Not a capital that opens a sentence (`Second
/// interview`, `Technical round`).
fn other_companies(text: &str, known: &[&str]) -> Vec<String> {
    const PROCESS: &[&str] = &[
        "final",
        "finals",
        "offer",
        "round",
        "rounds",
        "interview",
        "interviews",
        "decision",
        "deadline",
        "process",
        "recruiter",
        "panel",
        "onsite",
        "screen",
        "stage",
        "application",
        "loop",
        "timeline",
        "shortlist",
    ];
    const SUFFIXES: &[&str] = &[
        "AB", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "GmbH", "plc", "SA", "S.A.", "SL", "S.L.", "AG", "Oy", "AS", "ASA",
        "BV", "NV", "Pty", "Corp", "Corp.", "LLP", "Group", "Labs", "Clinic", "Clínica", "Hospital",
    ];
    let mut out: Vec<String> = Vec::new();
    for sentence in sentences(text) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let first = words.iter().position(|w| w.chars().any(char::is_alphanumeric));
        for (i, raw) in words.iter().enumerate() {
            let Some((word, possessive)) = unknown_name(raw, known) else { continue };
            let lower_next = |n: usize| {
                words[i + 1..].iter().take(n).any(|w| {
                    let w = bare(w);
                    w.starts_with(char::is_lowercase) && PROCESS.contains(&w.as_str())
                })
            };
            let process = (Some(i) != first && lower_next(1)) || (possessive && lower_next(2));
            let suffix = words.get(i + 1).is_some_and(|w| SUFFIXES.contains(&w.trim_end_matches([',', ':', ')'])));
            // (`heard from Fisiomed`, `the final at Kvarn`; not `back from Stockholm`.)
            const NEWS: &[&str] = &[
                "heard", "news", "word", "offer", "email", "call", "update", "answer", "applied", "role", "job",
                "position",
            ];
            let after = i >= 2
                && matches!(bare(words[i - 1]).to_lowercase().as_str(), "from" | "at")
                && [NEWS, PROCESS].iter().any(|list| list.contains(&bare(words[i - 2]).to_lowercase().as_str()));
            if (process || suffix || after) && !out.contains(&word) {
                out.push(word);
            }
        }
    }
    out
}

/// True when `sentence` is another company's (`own_process`): it names one of `others`, or opens
/// on a name `known` does not hold that says when (`Fisiomed said…`).
fn of_another_company(sentence: &str, known: &[&str], others: &[String]) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let first = words.iter().position(|w| w.chars().any(char::is_alphanumeric));
    words.iter().enumerate().any(|(i, raw)| {
        let Some((word, _)) = unknown_name(raw, known) else { return false };
        let says = Some(i) == first
            && words.get(i + 1).is_some_and(|w| {
                matches!(bare(w).as_str(), "said" | "says" | "told" | "mentioned" | "expects" | "wants" | "will")
            });
        says || others.contains(&word)
    })
}

/// `raw` without the punctuation around it, apostrophes kept.
fn bare(raw: &str) -> String {
    raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_owned()
}

/// The name `raw` writes, and whether possessive (`Kvarn's`), when it is capitalised, no everyday
/// word, day or month, and not one of `known`'s words.
fn unknown_name(raw: &str, known: &[&str]) -> Option<(String, bool)> {
    let word = bare(raw);
    let (word, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        Some(stem) => (stem.to_owned(), true),
        None => (word, false),
    };
    let name = word.chars().count() >= 3
        && word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !super::people::is_common_word(&word)
        && !super::dates::is_weekday(&word)
        && month_number(&word.to_lowercase()).is_none()
        && !known.iter().any(|k| k.split_whitespace().any(|kw| bare(kw).eq_ignore_ascii_case(&word)));
    name.then_some((word, possessive))
}

/// The status an Obsidian tag gives (`#status/waiting`, `#status/advanced`): the first such tag,
/// in front matter or body.
pub fn status_tag(text: &str) -> Option<String> {
    text.match_indices("#status/").find_map(|(at, tag)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/') {
            return None;
        }
        let value: String = text[at + tag.len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
            .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
            .collect();
        (!value.is_empty()).then_some(value)
    })
}

/// The days off a note names (`before Thanksgiving break`: the fourth Thursday of November and
/// the Friday after it, in the interview's year), in order.
pub fn days_off_named(text: &str, interview: Date) -> Vec<Date> {
    if !contains_ignoring_ascii_case(text, "thanksgiving") {
        return Vec::new();
    }
    let thursday = thanksgiving(interview.year());
    thursday.into_iter().flat_map(|t| [Some(t), t.checked_add(1.day()).ok()]).flatten().collect()
}

/// Thanksgiving in `year`: the fourth Thursday of November.
fn thanksgiving(year: i16) -> Option<Date> {
    let first = Date::new(year, 11, 1).ok()?;
    first_after(first.checked_sub(1.day()).ok()?, Weekday::Thursday)?.checked_add(21.days()).ok()
}

/// The day `words` open with, read from the interview's day: `wednesday` (the first after it),
/// `next wednesday` (that of the week after), `end of the week`, `end of next week`,
/// `tomorrow`, `march 12`, `12 march`, `2026 03 12`.
fn day_named(words: &[&str], interview: Date) -> Option<Date> {
    let words = without_article(words);
    let monday = interview.checked_sub(i32::from(interview.weekday().to_monday_zero_offset()).days()).ok()?;
    let next_week = |weekday: Weekday| monday.checked_add((7 + i32::from(weekday.to_monday_zero_offset())).days()).ok();
    match words {
        ["tomorrow", ..] => interview.checked_add(1.day()).ok(),
        // (`by "early December"`: by the end of its early part, the 10th; `mid-December`, the
        // 20th; `late December`, its last day.)
        [part @ ("early" | "mid" | "late"), month, ..] if month_number(month).is_some() => {
            let first = on(interview, month_number(month)?, "1")?;
            match *part {
                "early" => first.with().day(10).build().ok(),
                "mid" => first.with().day(20).build().ok(),
                _ => Some(first.last_of_month()),
            }
        }
        // (`decision "before thanksgiving"`: the fourth Thursday of November.)
        ["thanksgiving", ..] => thanksgiving(interview.year()).filter(|d| *d > interview),
        ["next", day, ..] => next_week(weekday(day)?),
        // (Set 60: `bis Ende KW 50`, a German calendar week: its Friday.)
        ["ende", "kw", week, ..] | ["kw", week, ..] => {
            let week: i8 = week.parse().ok()?;
            let friday = |year: i16| jiff::civil::ISOWeekDate::new(year, week, Weekday::Friday).ok().map(|d| d.date());
            friday(interview.year()).filter(|d| *d > interview).or_else(|| friday(interview.year() + 1))
        }
        // (`d'ici mercredi prochain le 9`: the day of the month after a French article.)
        ["le", n, ..] if n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => {
            let n: i8 = n.parse().ok()?;
            let this = interview.with().day(n).build().ok().filter(|d| *d > interview);
            this.or_else(|| interview.checked_add(1.month()).ok()?.with().day(n).build().ok())
        }
        ["end", "of", rest @ ..] => match without_article(rest) {
            ["next", "week", ..] => next_week(Weekday::Friday),
            // `by end of that week (Dec 4)`: which week is in the date after it.
            ["that", "week", rest @ ..] => day_named(rest, interview),
            // The end of the interview's own week, or of the next when it is said on a weekend.
            ["week", ..] => monday
                .checked_add(4.days())
                .ok()
                .filter(|friday| *friday > interview)
                .or_else(|| next_week(Weekday::Friday)),
            _ => None,
        },
        // (`mercredi prochain le 9`: next week's, the date saying which.)
        [day, "prochain" | "prochaine", rest @ ..] if weekday(day).is_some() => {
            day_named(rest, interview).or_else(|| next_week(weekday(day)?))
        }
        // `friday october 30`: the date says which Friday; `wed 12/2`, which order it is written in.
        [day, rest @ ..] if weekday(day).is_some() && day_named(rest, interview).is_some() => {
            day_named(rest, interview)
        }
        [day, a, b, ..]
            if weekday(day).is_some() && numbers(a, b, interview).iter().any(|d| Some(d.weekday()) == weekday(day)) =>
        {
            // (Set 53: `Tue 01.12`: 1 December and 12 January are both Tuesdays; the nearer.)
            numbers(a, b, interview).into_iter().filter(|d| Some(d.weekday()) == weekday(day)).min()
        }
        // (Set 48: `Mo 30.11.`, a German weekday in two letters, when the date falls on it.)
        [day, a, b, ..]
            if german_weekday(day).is_some()
                && numbers(a, b, interview).iter().any(|d| Some(d.weekday()) == german_weekday(day)) =>
        {
            // (`Di 1.12.`: 1 December and 12 January are both Tuesdays; the nearer.)
            numbers(a, b, interview).into_iter().filter(|d| Some(d.weekday()) == german_weekday(day)).min()
        }
        [day, ..] if weekday(day).is_some() => first_after(interview, weekday(day)?),
        [month, day, ..] if month_number(month).is_some() => on(interview, month_number(month)?, day),
        [day, month, ..] if month_number(month).is_some() => on(interview, month_number(month)?, day),
        // `by the 20th`: that day of the interview's month, or of the next once it has passed.
        [nth, ..] if ordinal(nth).is_some() => {
            let n = ordinal(nth)?;
            let this = interview.with().day(n).build().ok().filter(|d| *d > interview);
            this.or_else(|| interview.checked_add(1.month()).ok()?.with().day(n).build().ok())
        }
        [year, month, day, ..] if year.len() == 4 => {
            Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
        }
        // `12/2`: a day that can be read one way only.
        [a, b, ..] => match numbers(a, b, interview)[..] {
            [one] => Some(one),
            _ => None,
        },
        _ => None,
    }
}

/// The day the note says to check in on if nothing comes back (set 47): the day it says it waits
/// for (`nothing by Tue 12/1 -> email Denise`, `If nothing by Mon 14/12, email Harpreet.`), or a
/// later one it names for the check-in itself (`if nothing by Dec 4 → check in w/ Naomi Mon Dec 7`).
pub fn check_in_said(text: &str, interview: Date) -> Option<Date> {
    const SILENCE: &[&str] =
        &["news", "word", "reply", "response", "answer", "update", "confirmation", "revert", "feedback", "brief"];
    text.lines().find_map(|line| {
        let line = normalize(line);
        let words: Vec<&str> = line.split(' ').collect();
        // (`nothing by`, `no reply by`, `haven't heard by`; not `Need to answer by Fri 4 Dec`.)
        let silent = |i: usize| {
            let before = if i >= 2 { words[i - 2] } else { "" };
            // (Set 48: `If silent by Wed 9 Dec`, `If no revert by Thursday`.)
            ["nothing", "silent", "silence"].contains(&words[i - 1])
                || (before == "no" && SILENCE.contains(&words[i - 1]))
                || (words[i - 1] == "heard" && ["havent", "not", "dont"].contains(&before))
                // (Set 51: `If no Rd 3 date from LaToya by FRI 04DEC`: what is waited for, and
                // from whom, before "by".)
                || words[i.saturating_sub(8)..i].windows(2).any(|w| w == ["if", "no"])
        };
        // (Set 48: `if nothing until Mo 30.11.`, as a German speaker writes it.)
        let by = (1..words.len()).find(|&i| ["by", "until", "till"].contains(&words[i]) && silent(i))?;
        // (`If nothing by 2/12 I'll email Nurul`: 2 December or 12 February; the nearer.)
        let either = || {
            let (a, b) = (words.get(by + 1)?, words.get(by + 2)?);
            numbers(a, b, interview).into_iter().filter(|d| *d > interview).min()
        };
        let waits = day_named(&words[by + 1..], interview).filter(|d| *d > interview).or_else(either)?;
        let later = (by + 2..words.len())
            .filter(|&j| weekday(words[j]).is_some())
            .filter_map(|j| day_named(&words[j..], interview))
            .find(|d| *d > waits);
        Some(later.unwrap_or(waits))
    })
}

/// The day the note says the next round takes place, when it names one within six weeks of the
/// interview: `next = site visit + interview thurs 19th`, `the next step is a second round with the
/// interdisciplinary team, probably next Monday, the 23rd`. Not one the writer only hopes for (`if
/// they move me forward`).
pub fn next_round_on(text: &str, interview: Date) -> Option<Date> {
    let text = &in_iso_order(text);
    const NEXT: &[&str] = &[
        "next step",
        "next round",
        "second round",
        "2nd round",
        "round 2",
        "site visit",
        "onsite",
        "on site",
        "bench day",
        "working interview",
        "final round",
        "second interview",
        "2nd interview",
        "next interview",
        // (`"We'd like you back next week for a case study with Greg." … Probably Tue 11/24.`)
        "you back",
        "me back",
        // (Set 45: `Panel is already booked: **Wed 25.11.**`, `Round 3 is booked: **Wed 9.12.**`,
        // `next = STAGE tues 11/24`, `Next = ride along FRI 11/20`.)
        "panel is",
        "is booked",
        "round 3",
        "round 4",
        "3rd round",
        "third round",
        "next stage",
        "stage 2",
        "stage two",
        "ride along",
        "trial shift",
        // (Set 46: `Stage 3: final – **booked for Thu 3 Dec, 14:00**`, `Next is the panel on **Thu
        // 26/11, 11:00 AM**`.)
        "stage 3",
        // (Set 68: `FINAL STAGE: tasting for Hugo and Tom on Thursday 10 December`.)
        "final stage",
        "booked for",
        "next is",
        // (Set 47: `Next: case study presentation on 8/12 at 14:00`.)
        "next case study",
        "case study presentation",
        // (Set 48: `Final with the CTO (Matthias Brandt) is already booked: **Di 1.12., 15:00**`.)
        "already booked",
        // (Set 51: `Rd 2 (site walk + panel) BOOKED 01DEC26 0900`, `Next: panel presentation on
        // 8/12, 10am … ✔ booked`.)
        "rd 2",
        "rd 3",
        "booked",
        "panel presentation",
    ];
    let latest = interview.checked_add(6.weeks()).ok()?;
    let hoped =
        |line: &str| [" if ", " might ", " maybe ", " possible ", " possibly "].iter().any(|w| line.contains(w));
    // The days a sentence names, after the interview and within the six weeks; `None` when it
    // names the interview's own day (`# marrow & mill — bench day — fri 11/20`).
    let days_in = |sentence: &str| -> Option<Vec<Date>> {
        let line = format!(" {} ", normalize(sentence));
        let words: Vec<&str> = line.split_whitespace().collect();
        // (`we'd like to bring finalists in` is no Wednesday.)
        let wed = sentence.to_lowercase().replace('’', "'").contains("we'd");
        // (`Tonya will call by Tues 11/24`: a day something is due by is no round's; `Mon 11/30,
        // onsite`, on the interview's own day, names no later Monday.)
        let dated = |i: usize| words.get(i + 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        // (`Trent emails onsite "working interview" date(s) Monday — he said probably Fri the
        // 20th`: the day word comes is no round's; `the Tuesday of Thanksgiving week` is not the
        // first Tuesday.)
        const WORD_COMES: &[&str] = &["email", "emails", "emailing", "call", "calls", "text", "texts", "hear"];
        let word_comes = |i: usize| words[i.saturating_sub(6)..i].iter().any(|w| WORD_COMES.contains(w));
        let qualified = |i: usize| weekday(words[i]).is_some() && words.get(i + 1) == Some(&"of");
        // (Set 46: `Wed 2/12`, written either way round: the weekday says which, 2 December.)
        let weekday_fits = |i: usize| match (words.get(i + 1), words.get(i + 2)) {
            (Some(a), Some(b)) => numbers(a, b, interview).iter().any(|d| Some(d.weekday()) == weekday(words[i])),
            _ => false,
        };
        let days: Vec<Date> = (0..words.len())
            // (Set 43: `Kwame did ring last Wednesday`, a day gone by, two sentences after `Second
            // interview day in a fortnight`, was "your next round is on Wednesday, December 2".)
            // (Set 48: `UPDATE Thurs 19th: stage 2 booked, Tues 1 Dec 10am`: the day the note was
            // added to is no round's.)
            .filter(|&i| i == 0 || !matches!(words[i - 1], "by" | "before" | "last" | "update" | "updated" | "edit"))
            .filter(|&i| !word_comes(i) && !qualified(i))
            .filter(|&i| {
                (weekday(words[i]).is_some()
                    && !(wed && words[i] == "wed")
                    && !(dated(i) && day_named(&words[i + 1..], interview).is_none() && !weekday_fits(i)))
                    || month_number(words[i]).is_some()
                    || words[i] == "next"
                    // (Set 47: `case study presentation on 8/12 at 14:00`.)
                    || (i > 0 && words[i - 1] == "on" && words[i].chars().all(|c| c.is_ascii_digit()))
                    // (Set 48: `booked: 02-Dec (Wed) 4 PM`, the day before its month; `Di 1.12.`,
                    // a German weekday, when the date falls on it.)
                    || (words[i].chars().all(|c| c.is_ascii_digit())
                        && words.get(i + 1).is_some_and(|w| month_number(w).is_some()))
                    || german_weekday(words[i]).is_some_and(|day| match (words.get(i + 1), words.get(i + 2)) {
                        (Some(a), Some(b)) => numbers(a, b, interview).iter().any(|d| d.weekday() == day),
                        _ => false,
                    })
            })
            .filter_map(|i| day_named(&words[i..], interview))
            .collect();
        // (Set 45: `11/20 Fri - Buckeye Mechanical RIDE ALONG`: the interview's own day in figures,
        // beside its weekday, names this one.)
        let (m, d) = (interview.month().to_string(), interview.day().to_string());
        // (Set 58: `25 Nov 2026, Wed - KiranaKart - … Round 2 (HM round)`, a title line that dates
        // the interview in words: `Wed` is not the next one.)
        let month = |w: &str| month_number(w) == Some(interview.month());
        let own_figures = words.windows(2).any(|w| {
            (w[0] == m && w[1] == d)
                || (w[0] == d && w[1] == m)
                || (w[0] == d && month(w[1]))
                || (month(w[0]) && w[1] == d)
        });
        (!days.contains(&interview) && !own_figures)
            .then(|| days.into_iter().filter(|day| *day > interview && *day <= latest).collect())
    };
    // (`# marrow & mill — bench day — fri 11/20`: a title names the interview itself.)
    text.lines().filter(|l| !l.trim_start().starts_with('#')).find_map(|line| {
        let parts: Vec<&str> = sentences(line).collect();
        (0..parts.len()).find_map(|j| {
            let said = format!(" {} ", normalize(parts[j]));
            // (Set 46: `Stage 2: take-home task – design a 20-min micro-lesson … Due Mon 30 Nov.`:
            // work to hand in, on no one's calendar.)
            let task = [" take home ", " take-home ", " task ", " due "].iter().any(|w| said.contains(w));
            if !NEXT.iter().any(|n| said.contains(&format!(" {n} "))) || hoped(&said) || task {
                return None;
            }
            // (Set 46: `… was originally 4/12 (Fri) but it is **preponed to Wed 2/12**`: the day
            // it moved to.)
            let moved =
                ["preponed to ", "moved to ", "rescheduled to ", "postponed to ", "pushed to ", "brought forward to "]
                    .iter()
                    .find_map(|m| parts[j].to_lowercase().find(m).map(|at| at + m.len()));
            // (`…a case study with Greg." Kyle to schedule. Probably Tue 11/24.`: a hurried item
            // says the round in one sentence and its day in one of the next two.)
            let own = days_in(moved.map_or(parts[j], |at| &parts[j][at..]))?;
            // (Set 59: `Stage: Round 3 of 3 — final. Partners meet Thu 10 Dec to decide`: the day
            // of a decision is no round's.)
            let decides = |p: &str| [" decide", " decision", " deciding"].iter().any(|w| p.contains(w));
            let then = || {
                parts[j + 1..]
                    .iter()
                    .take(2)
                    .map(|p| format!(" {} ", normalize(p)))
                    .filter(|p| !hoped(p) && !decides(p))
                    .find_map(|p| days_in(&p)?.into_iter().next())
            };
            own.into_iter().next().or_else(then)
        })
    })
}

/// `text` with a short date in the order its ISO dates use written out with its month, when the
/// note writes ISO dates (set 60: `2026-11-19 18:30 — …` and `1 recruiter screen on 11-12`, the
/// twelfth of November, was "your next round is on Friday 11 December"). Only two figures of two
/// digits each, joined by a dash, after `on`, `from`, `till`, `until`, `by`, `before` or `after`.
fn in_iso_order(text: &str) -> std::borrow::Cow<'_, str> {
    let iso = text.split(|c: char| !(c.is_ascii_digit() || c == '-')).any(|w| {
        let parts: Vec<&str> = w.split('-').collect();
        matches!(parts[..], [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2)
    });
    if !iso {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut previous = "";
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = word.trim_end_matches(|c: char| !c.is_ascii_digit());
        let short = bare.split_once('-').and_then(|(m, d)| {
            let two = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
            let month: usize = m.parse().ok().filter(|_| two(m) && two(d))?;
            let name = MONTHS.get(month.checked_sub(1)?)?;
            Some(format!("{name} {}{}", d.trim_start_matches('0'), &word[bare.len()..]))
        });
        let after =
            ["on", "from", "till", "until", "by", "before", "after"].contains(&previous.to_lowercase().as_str());
        match short.filter(|_| after) {
            Some(written) => out.push_str(&written),
            None => out.push_str(word),
        }
        previous = word;
    }
    std::borrow::Cow::Owned(out)
}

/// The ordinals of the days of the month, spelled out, first to twentieth: the later days are
/// "twenty" or "thirty" and one of these.
pub(crate) const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The day of the month an ordinal says: `20th` is 20, `1st` 1.
fn ordinal(word: &str) -> Option<i8> {
    // (Set 48: `Friday the eighteenth`, as dictated.)
    const WORDS: &[&str] = ORDINAL_WORDS;
    // (Not "first" or "second", which say a round as often: `by the second round`.)
    if let Some(at) = WORDS.iter().position(|w| *w == word) {
        return i8::try_from(at + 1).ok().filter(|n| *n > 2);
    }
    let tens = [("twenty", 20), ("thirty", 30)].iter().find_map(|(t, n)| Some((n, word.strip_prefix(t)?)));
    if let Some((tens, rest)) = tens {
        let unit = WORDS[..9].iter().position(|w| rest.trim_start_matches('-') == *w)?;
        return i8::try_from(tens + unit + 1).ok().filter(|n| *n <= 31);
    }
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|s| word.strip_suffix(s))?;
    digits.parse::<i8>().ok().filter(|n| (1..=31).contains(n))
}

/// The days two numbers (`12 2`, as `12/2` is normalised) can be, month first or day first.
fn numbers(a: &str, b: &str, interview: Date) -> Vec<Date> {
    let small = |s: &str| s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit());
    if !small(a) || !small(b) {
        return Vec::new();
    }
    let mut out: Vec<Date> = [(a, b), (b, a)]
        .iter()
        .filter_map(|(m, d)| on(interview, m.parse().ok()?, d))
        .filter(|day| *day <= interview.checked_add(3.months()).unwrap_or(*day))
        .collect();
    out.dedup();
    out
}

fn without_article<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    match words {
        ["the" | "this", rest @ ..] => rest,
        _ => words,
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    // (Set 60, in French and German, written out: `d'ici vendredi`, `bis Freitag 04.12.`.)
    const WRITTEN: &[(&str, Weekday)] = &[
        ("lundi", Weekday::Monday),
        ("mardi", Weekday::Tuesday),
        ("mercredi", Weekday::Wednesday),
        ("jeudi", Weekday::Thursday),
        ("vendredi", Weekday::Friday),
        ("montag", Weekday::Monday),
        ("dienstag", Weekday::Tuesday),
        ("mittwoch", Weekday::Wednesday),
        ("donnerstag", Weekday::Thursday),
        ("freitag", Weekday::Friday),
    ];
    if let Some((_, day)) = WRITTEN.iter().find(|(name, _)| *name == word) {
        return Some(*day);
    }
    let word = word.strip_suffix('s').unwrap_or(word);
    WEEKDAYS.iter().find(|(name, _)| *name == word || (word.len() >= 3 && name.starts_with(word))).map(|(_, d)| *d)
}

/// A German weekday as a calendar writes it in two letters (`Mo`, `Do`).
fn german_weekday(word: &str) -> Option<Weekday> {
    const SHORT: &[(&str, Weekday)] = &[
        ("mo", Weekday::Monday),
        ("di", Weekday::Tuesday),
        ("mi", Weekday::Wednesday),
        ("do", Weekday::Thursday),
        ("fr", Weekday::Friday),
        ("sa", Weekday::Saturday),
        ("so", Weekday::Sunday),
    ];
    SHORT.iter().find(|(short, _)| *short == word).map(|(_, d)| *d)
}

fn month_number(word: &str) -> Option<i8> {
    // (Set 60: `vendredi 4 déc`, `Dezember`: French and German months, as `dates` reads them.)
    if !word.is_ascii() || ["januar", "februar", "juni", "juli", "oktober", "okt", "dezember", "dez"].contains(&word) {
        return super::dates::month_number(word);
    }
    let i = MONTHS.iter().position(|m| *m == word || (word.len() >= 3 && m.starts_with(word)))?;
    i8::try_from(i + 1).ok()
}

/// The first `weekday` after `date`.
fn first_after(date: Date, weekday: Weekday) -> Option<Date> {
    (1..=7).filter_map(|n| date.checked_add(n.days()).ok()).find(|d| d.weekday() == weekday)
}

/// `month` and the day written `day` (`12`, `12th`), in the interview's year, or the next one
/// when that day has passed by the interview.
fn on(interview: Date, month: i8, day: &str) -> Option<Date> {
    let day: i8 = day.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()?;
    let this_year = Date::new(interview.year(), month, day).ok()?;
    if this_year > interview { Some(this_year) } else { Date::new(interview.year() + 1, month, day).ok() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_the_company_will_decide_by_is_read_from_the_interview_day() {
        // Thursday, November 5, 2026.
        let on = d("2026-11-05");
        let decided = |text: &str| decision_in(text, on);
        assert_eq!(decided("They'll decide by next Wednesday."), Some(d("2026-11-11")));
        assert_eq!(decision_in("- Decision by March 12", d("2027-03-03")), Some(d("2027-03-12")));
        // (Set 74: the day moved to holds.)
        let moved = "decision \"by Friday 4th Dec\", Emer will email everyone\nupdate: no news. Emer emailed — \
                     Declan's been away, decision now \"by Wednesday 9th\". so I sit here and refresh";
        assert_eq!(decision_in(moved, d("2026-11-25")), Some(d("2026-12-09")));
        let first = "decision \"by Friday 4th Dec\"\nnow I wait";
        assert_eq!(decision_in(first, d("2026-11-25")), Some(d("2026-12-04")), "a \"now\" with no day moves none");
        let thornbury = "they'll make a decision before Christmas, probably the week of the fourteenth.\n\
                         Now the private bit, Castlemere made an offer and I have to give them an answer by the ninth";
        assert_eq!(decision_in(thornbury, d("2026-12-04")), Some(d("2026-12-18")), "the writer's own answer, now");
        // (Set 75: the day moved to, with no "by".)
        let reefwise = "Greg: decision \"by Friday the 4th\" (Dec).\n**Thu 3/12:** email from Greg -- client job ran \
                        over. Decision now **Mon 14 Dec**, \"sorry, it's the nature of the beast\".";
        assert_eq!(decision_in(reefwise, d("2026-11-25")), Some(d("2026-12-14")));
        // (Set 72, English with Turkish habits: "until" for "by", "latest" for "at the latest".)
        let izmir = d("2026-12-03");
        assert_eq!(decision_in("- **They will return until 11 December (Friday).**", izmir), Some(d("2026-12-11")));
        assert_eq!(decision_in("I will return the form until 11 December", izmir), None, "the writer's errand");
        assert_eq!(decision_in("She said \"Decision latest **Wednesday 9 December**.\"", izmir), Some(d("2026-12-09")));
        // (Set 63: the week commencing, and the Friday of it.)
        let harbourview = "– next: \"we'll let you know before Christmas, probably w/c 14th Dec\". they form a panel";
        assert_eq!(decision_in(harbourview, d("2026-11-19")), Some(d("2026-12-18")));
        assert_eq!(decision_in("- the panel is w/c 14 Dec", d("2026-11-19")), None, "no word of the answer");
        assert_eq!(decided("Decision by January 8"), Some(d("2027-01-08")), "in the new year");
        assert_eq!(decided("Expect to hear by Friday"), Some(d("2026-11-06")));
        assert_eq!(decided("Hannah said they're deciding \"by Dec 8\""), Some(d("2026-12-08")));
        assert_eq!(
            decided("The recruiter will send an update by Friday.\nThey are deciding by Dec 8."),
            Some(d("2026-12-08")),
            "the day they decide, not the day word of it comes"
        );
        assert_eq!(decided("should hear back by the end of next week"), Some(d("2026-11-13")));
        assert_eq!(decided("They'll let me know by end of the week."), Some(d("2026-11-06")));
        assert_eq!(decided("decision by November 20th"), Some(d("2026-11-20")));
        assert_eq!(decided("Maureen said they hope to wrap up by **December 4**."), Some(d("2026-12-04")));
        assert_eq!(
            decided("next:: Signe said decision \"before the holidays,\" probably week of Dec 14"),
            Some(d("2026-12-18")),
            "the Friday of that week"
        );
        assert_eq!(decided("I'm out the week of Dec 14"), None, "no decision that week");
        assert_eq!(decided("Feedback by 2026-11-17."), Some(d("2026-11-17")));
        assert_eq!(decided("hear back by 17 Nov"), Some(d("2026-11-17")));
        // (Set 61: a bullet journal's `Priya emails who's thru by Fri 4.12`.)
        assert_eq!(decided("– Priya emails who's thru by Fri 4.12"), Some(d("2026-12-04")));
        assert_eq!(decided("・Result: by 12/9 (水), phone from Ogawa-san"), Some(d("2026-12-09")));
        assert_eq!(decided("Shauna said she'll reach out by Friday Dec 4 either way."), Some(d("2026-12-04")));
        assert_eq!(decided("They'll decide by Friday, November 20."), Some(d("2026-11-20")), "not the first Friday");
    }

    #[test]
    fn a_note_that_says_the_thank_yous_are_sent_is_read_so() {
        for said in [
            "Sent thank-you emails to everyone that evening.",
            "- thanked everyone on LinkedIn",
            "I thanked Hannah and Gregory by email.",
            "Thank-you notes sent Friday.",
            "sent thanks to the panel",
            "Bea: decision by Fri Dec 4. Offer call if yes. Sent thank-you notes to all three already.",
            "- [x] thank-you email to Hugo sent 18:10",
            "Already thanked her in person + email.",
            "I sent Mrs. Pruitt a short thank-you already from the parking lot.",
        ] {
            assert!(thanks_sent_in(said).is_some(), "{said}");
        }
        for not_yet in [
            "Need to send thank-you emails",
            "TODO: sent thank-yous?",
            "should send thank you notes tomorrow",
            "Hannah thanked me for coming",
            "I haven't sent the thank-yous yet",
            "Sent my portfolio; she said thank you",
            "They sent me a thank-you-for-applying email",
            "Thanked Hannah in person when she walked me out, but still do a real email.",
            "Thanked her in person at the door.",
        ] {
            assert!(thanks_sent_in(not_yet).is_none(), "{not_yet}");
        }
    }

    #[test]
    fn another_companys_sentences_leave_the_process_and_this_ones_stay() {
        let known = ["Fenmore Bank", "Risk Data Analyst", "Miriam Cole", "Shannon Reyes"];
        let own = |text: &str| own_process(text, text, &known);
        for kept in [
            "**Second Interview (Round 2 of 3)**",
            "Timeline: Miriam said they'll decide by October 9.",
            "- Final round (VP Engineering + HR) booked: 02-Dec (Wed) 4 PM",
            "Technical interview with Miriam; decision by Friday.",
            "Fenmore final is on Friday.",
            "Back from Stockholm by Friday, they'll decide by Dec 11.",
        ] {
            assert_eq!(own(kept), kept, "this company's");
        }
        for (text, left) in [
            ("Busy week: the Kvarn final is Tuesday 24 November. Decision by Friday.", "Decision by Friday."),
            ("Kvarn's second round is Tuesday.", ""),
            ("Heard from Fisiomed: decision by Wed 9 Dec.", ""),
            ("Fisiomed said they'd decide by Wed 9 Dec.", ""),
            ("Kvarn Automation AB wants an answer by Monday.", ""),
        ] {
            assert_eq!(own(text), left, "{text}");
        }
        // A company named once as a company is that company wherever the note names it.
        let text = "Decision by Friday.\nKvarn: next round on Tuesday 24 November.";
        let whole = format!("{text}\n## Private\nAlso applied at Kvarn.");
        assert_eq!(own_process(text, &whole, &known), "Decision by Friday.\n");
    }

    #[test]
    fn a_note_that_says_what_the_company_answered_gives_the_status() {
        assert_eq!(outcome_in("Update: they moved me to the next round!", &[]), Some("advanced"));
        let jess = "- 11/19 - JESS EMAILED: moving me to round 3, mock pitch panel Tue Dec 1!!! prep doc coming";
        assert_eq!(outcome_in(jess, &["Ledgerline", "Jess Tran"]), Some("advanced"));
        assert_eq!(outcome_in("Got a rejection email on the 30th.", &[]), Some("rejected"));
        assert_eq!(outcome_in("They went with another candidate.", &[]), Some("rejected"));
        // (Set 75: a maybe on the line before, in a note wrapped as it was typed.)
        assert_eq!(outcome_in("References after that if\nthey want me.", &[]), None);
        assert_eq!(outcome_in("References after that.\nthey want me.", &[]), Some("offer"));
        // (Set 64: a Trello comment, a German-English update, a recruiter's call.)
        let offer =
            "GRACE RANG. OFFER!!! Verbal — written offer \"next week\". Will confirm once I have it in writing.";
        assert_eq!(outcome_in(offer, &["Grace Nolan"]), Some("offer"), "the maybe is another sentence's");
        assert_eq!(
            decision_in(
                "- Priya: \"referee checks next week; we'll be in touch **the week of the 14th**.\"",
                d("2026-12-02")
            ),
            Some(d("2026-12-18"))
        );
        assert_eq!(
            decision_in(
                "5.1 Final round. Gemma: *\"We'll revert by Thursday the 10th.\"* (Thu 10 Dec.)",
                d("2026-12-01")
            ),
            Some(d("2026-12-10"))
        );
        // (Set 72: the word alone, shouted in bold.)
        let offer = "- **BEN RANG. OFFER.** Verbal. $93k + $6k vehicle allowance, start 18 Jan 2027.";
        assert_eq!(outcome_in(offer, &["Ben Fairlie"]), Some("offer"));
        assert_eq!(outcome_in("Svenja called!!! They WANT ME.", &["Svenja Albers"]), Some("offer"));
        let corvanta = "Niamh rang — not progressing. Went with someone with \"more device experience\".";
        assert_eq!(outcome_in(corvanta, &["Niamh"]), Some("rejected"));
        // (Set 74: a line dated in Greek, the news after a label.)
        let ybch = "Τρίτη 1/12 — email from Sophie: unsuccessful. \"We've decided to proceed with a candidate with health sector experience.\"";
        assert_eq!(outcome_in(ybch, &["Yarra Bend Community Health", "Sophie Tran"]), Some("rejected"));
        // (Set 73: the company by its initials is no one else's news.)
        let ltp = "Kelly call me. LTP choose other candidate, have Canadian rail experience.";
        assert_eq!(outcome_in(ltp, &["Lakeshore Transit Partners", "Kelly Nguyen"]), Some("rejected"));
        assert_eq!(outcome_in(ltp, &["Lakeshore Transit", "Kelly Nguyen"]), None, "LTP may be another company");
        assert_eq!(outcome_in("Birte called. Absage. They take an internal person.", &["Birte"]), Some("rejected"));
        assert_eq!(outcome_in("Fergal rang at 4. I didn't get it. Siobhán got it.", &["Fergal"]), Some("rejected"));
        assert_eq!(outcome_in("If it's an offer!!! I'll cry", &[]), None);
        assert_eq!(outcome_in("Got the offer!!", &[]), Some("offer"));
        let funmi = "Mon 23/11 – Bernadette called at 4pm. NOT SUCCESSFUL. 😞 Went to the internal candidate.";
        assert_eq!(outcome_in(funmi, &["Sister Bernadette Kavanagh"]), Some("rejected"), "set 65");
        assert_eq!(outcome_in("They decided not to move forward with me.", &[]), Some("rejected"));
        let internal = "Email from Dawn: 'After careful consideration we have decided to move forward with an internal";
        assert_eq!(outcome_in(internal, &["Dawn Keddy"]), Some("rejected"));
        assert_eq!(outcome_in("If not successful I'll apply in February.", &[]), None, "a maybe");
        // (Set 47: another company's offer, in the note on this one.)
        let other = "Aoife rang Monday – verbal OFFER from Liffey Live after the practical, €54k.";
        assert_eq!(outcome_in(other, &["Wild Atlantic Conferences", "Eimear Fitzpatrick"]), None);
        assert_eq!(outcome_in(other, &["Liffey Live Events"]), Some("offer"));
        // (Set 49: another company's name before its news.)
        let calder = "- Calder Bryce offer came in Tues — $162k + super, respond by Wed 9 Dec.";
        assert_eq!(outcome_in(calder, &["Western Parkland Roads Alliance", "Bronwyn Tate"]), None);
        assert_eq!(outcome_in(calder, &["Calder Bryce"]), Some("offer"));
        let kalinaw = "[03/12/2026, 08:25] Me: tumawag si Bea kahapon ng hapon. Kalinaw. VERBAL OFFER 88k";
        assert_eq!(outcome_in(kalinaw, &["TalaPay", "Miguel Aquino"]), None);
        assert_eq!(outcome_in("Me: Kalinaw called, VERBAL OFFER 88k", &["Kalinaw Health"]), Some("offer"));
        assert_eq!(outcome_in("Update on July 28: got a rejection email.", &["Cobalt"]), Some("rejected"));
        assert_eq!(outcome_in("Offer came in today!", &["Acme"]), Some("offer"), "a sentence's own capital");
        assert_eq!(
            outcome_in("Verbal offer from Eimear this morning!", &["Wild Atlantic", "Eimear Fitzpatrick"]),
            Some("offer")
        );
        let on = d("2026-11-20");
        assert_eq!(decision_in("- decision by **Wed 12/2**, Brian said", on), Some(d("2026-12-02")));
        assert_eq!(decision_in("decision by 12/15", on), Some(d("2026-12-15")), "one reading only");
        // (Set 33.)
        let panel = d("2026-11-13");
        assert_eq!(
            decision_in(
                "\"team debriefs Monday, we'll aim to have a decision before Marcus is out on the 20th\"",
                panel
            ),
            Some(d("2026-11-19")),
            "before the day, by the day before it"
        );
        assert_eq!(
            decision_in("second round w/ top 2 the week after, Tonya will call by Tues 11/24.", d("2026-11-18")),
            Some(d("2026-11-24"))
        );
        assert_eq!(decision_in("I'll call her by Friday to check", d("2026-11-18")), None, "the writer's call");
        assert_eq!(
            decision_in("- tandem health offer 145 base, they want answer by 12/4... stall", d("2026-11-18")),
            None,
            "the writer's answer, to another offer"
        );
        assert_eq!(
            decision_in(
                "We have one more candidate Thursday, we'd like to make a decision by the 24th, before the holiday.",
                d("2026-11-16")
            ),
            Some(d("2026-11-24"))
        );
        assert_eq!(decision_in("offer decision \"by Dec 4\" per Jess", on), Some(d("2026-12-04")));
        assert_eq!(decision_in("decision \"before Dec 4\" per Marisol", on), Some(d("2026-12-03")));
        // (Set 37.)
        let text = "Reference checks next week, decision \"before Thanksgiving break,\" which starts the 25th.";
        assert_eq!(decision_in(text, d("2026-11-13")), Some(d("2026-11-24")));
        assert_eq!(decision_in("decision before thanksgiving", d("2026-11-13")), Some(d("2026-11-25")));
        let text = "Decision timing matters: if Lakeshore comes through before Thanksgiving I'll withdraw here.";
        assert_eq!(decision_in(text, d("2026-11-10")), None, "the writer's plan, on a condition");
        assert_eq!(days_off_named(text, d("2026-11-10")), [d("2026-11-26"), d("2026-11-27")]);
        assert_eq!(days_off_named("decision by Dec 4", d("2026-11-10")), []);
        let saturday = d("2026-11-28");
        let greenleaf = "Bree said this was the last step except \"a quick call with Tom,\" then offer. She wants someone before Dec 14 for the holiday rush, so fast. \"You'll hear from me Wednesday or Thursday.\"";
        assert_eq!(
            decision_in(greenleaf, saturday),
            Some(d("2026-12-03")),
            "the offer is another sentence than the start date"
        );
        assert_eq!(decision_in("She said I'd hear back Friday.", saturday), Some(d("2026-12-04")));
        let tuesday = d("2026-11-24");
        let realistically =
            "She'll let me know \"by the end of the week\"... but that's Thanksgiving week so realistically Monday.";
        assert_eq!(decision_in(realistically, tuesday), Some(d("2026-11-30")));
        let st_brigid = "She said I'd hear back \"early next week\" after the others.\nnext steps: Marisol said decision before Thanksgiving is unlikely, \"first week of Dec\" realistically.";
        assert_eq!(decision_in(st_brigid, d("2026-11-18")), Some(d("2026-12-04")), "the decision over word of it");
        // (Set 41: word of the next round's day, not of the answer.)
        let confirm =
            "- kim said they want me back for a working interview, prob fri 11/20, she'll email by mon to confirm";
        assert_eq!(decision_in(confirm, d("2026-11-13")), None);
        // (Set 40: the check-in fell inside the window the note gives.)
        let otherwise = "- Mira: decision \"before Thanksgiving if we can, otherwise first week of December.\" They'll call refs first.";
        assert_eq!(decision_in(otherwise, d("2026-11-20")), Some(d("2026-12-04")), "the day they fall back on");
        let early = "Gil said they'd narrow to two by \"early December, before the board holiday party,\" and then…";
        assert_eq!(decision_in(early, d("2026-11-18")), Some(d("2026-12-10")), "the end of early December");
        assert_eq!(decision_in("decision by mid-January", d("2026-11-18")), Some(d("2027-01-20")));
        let later =
            "- Priya: \"debrief Thurs but it's thanksgiving so realistically Mon/Tue\" → expect to hear ~Dec 1-2";
        assert_eq!(decision_in(later, tuesday), Some(d("2026-12-01")), "the latest day the line gives");
        assert_eq!(
            decision_in("💡 Brianna said decision \"early next week,\" and more.", d("2026-11-25")),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            decision_in("Dana: \"decision within two weeks,\" then references.", d("2026-11-30")),
            Some(d("2026-12-14"))
        );
        assert_eq!(
            decision_in("**My question:** timeline. Janice: she said \"two to three weeks.\"", d("2026-11-23")),
            Some(d("2026-12-14"))
        );
        assert_eq!(decision_in("Told him about the two weeks after Idalia.", saturday), None, "no answer in it");
        assert_eq!(decision_in("I hope to hear good news on Friday, honestly", saturday), None);
        assert_eq!(
            decision_in("- Jamal: debrief Wed Dec 2, verbal offer/decline \"by end of that week\" (Dec 4)", on),
            Some(d("2026-12-04"))
        );
        assert_eq!(outcome_in("Dear me, in a fortnight, when you've either got an offer or are sulking,", &[]), None);
        assert_eq!(outcome_in("Hope I get an offer", &[]), None);
        assert_eq!(outcome_in("Probably got rejected, no word yet", &[]), None);
        assert_eq!(outcome_in("If they advanced me I would need to relocate", &[]), None);
        assert_eq!(outcome_in("We talked about advanced SQL", &[]), None);
        let known = ["Holloway Foods", "Niamh Doyle"];
        assert_eq!(outcome_in("> Niamh rang – I'm through to round 2!! 🎉 Case study Weds", &known), Some("advanced"));
        let hdsa = "ADDENDUM 26/11 – Email from HDSA recruitment: invited to Stage 3, conversation with the Director.";
        assert_eq!(outcome_in(hdsa, &["HDSA"]), Some("advanced"));
        assert_eq!(outcome_in("jess emailed: passed. virtual onsite loop 11/30", &["Jess Tran"]), Some("advanced"));
        assert_eq!(outcome_in("Need childcare for 2 Dec if invited to Stage 3 – ask Mum.", &[]), None);
        assert_eq!(outcome_in("Single-stage panel following sift (sift passed 2 Nov).", &[]), None);
    }

    #[test]
    fn an_obsidian_status_tag_gives_the_status() {
        assert_eq!(status_tag("notes\n\n#status/waiting\n").as_deref(), Some("waiting"));
        assert_eq!(status_tag("tags: [interview, \"#status/Advanced\"]").as_deref(), Some("advanced"));
        assert_eq!(status_tag("#status/next_round").as_deref(), Some("next-round"));
        assert_eq!(status_tag("see https://x.example/a#status/b"), None, "part of a link");
        assert_eq!(status_tag("#status/"), None);
    }

    #[test]
    fn a_by_that_is_not_about_an_answer_gives_no_day() {
        let on = d("2026-11-05");
        assert_eq!(decision_in("I have to send the write-up by Friday.", on), None);
        assert_eq!(decision_in("Walked by the office on Monday", on), None);
        assert_eq!(decision_in("Decision by the end of next quarter", on), None);
        assert_eq!(decision_in("decision by next week", on), None, "a week, not a day");
        // (Set 39: no "by" between the decision and its day.)
        let thursday = d("2026-11-19");
        assert_eq!(
            decision_in("euan said \"we'll be deciding end of next week\" - so fri 27?", thursday),
            Some(d("2026-11-27"))
        );
        assert_eq!(decision_in("the offer end of the month is a stretch", thursday), None);
        let tuesday = d("2026-11-24");
        assert_eq!(decision_in("next: 2nd chat maybe next wk. she'll email by fri", tuesday), Some(d("2026-11-27")));
        assert_eq!(decision_in("i'll email amrit by fri", tuesday), None, "the writer's errand");
        let leah = "- Leah: \"panel tasting\" possible early Dec if they move me forward. will email by Dec 2";
        assert_eq!(decision_in(leah, d("2026-11-18")), Some(d("2026-12-02")));
        assert_eq!(decision_in("I will email Leah by Dec 2", d("2026-11-18")), None);

        assert_eq!(decision_in("Decision by March 12", on), None, "over three months on: not this interview's");
        assert_eq!(decision_in("They decided by October 1", on), None, "before the interview");
    }

    // Set 27: the packet's errand set the check-in three days after the interview, and the
    // decision two weeks later was not read.
    #[test]
    fn an_errand_by_a_day_is_no_answer_and_a_decision_a_few_words_back_is() {
        let on = d("2026-11-24");
        let text = "- bo said they decide \"before the christmas shutdown\" so prob by dec 11 or 12\n\
                    - bring the app packet back to denise by fri\n";
        assert_eq!(decision_in(text, on), Some(d("2026-12-12")));
        // (Set 44: the writer's answer, which the draft had turned into theirs.)
        let text =
            "he wants me to do a half day working interview. I told him I'd let him know by Monday if I want to do it.";
        assert_eq!(decision_in(text, d("2026-11-19")), None);
    }

    #[test]
    fn a_title_that_dates_the_interview_in_words_names_no_next_round() {
        let title =
            "25 Nov 2026, Wed - KiranaKart - Senior Software Engineer (SDE-3) - Round 2 (HM round), Google Meet";
        assert_eq!(next_round_on(title, d("2026-11-25")), None);
        assert_eq!(next_round_on("Round 3 booked for Wed 2 Dec", d("2026-11-25")), Some(d("2026-12-02")));
        // (Set 68: `FINAL STAGE: tasting for Hugo and Tom on Thursday 10 December`.)
        let stage = "FINAL STAGE: tasting for Hugo and Tom on Thursday 10 December, 15:00.";
        assert_eq!(next_round_on(stage, d("2026-11-27")), Some(d("2026-12-10")));
    }

    #[test]
    fn the_day_of_the_next_round() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let text = "Peg said the next step is a second round with the interdisciplinary team, probably next Monday, the 23rd, and that I'd sit in.";
        assert_eq!(next_round_on(text, d("2026-11-16")), Some(d("2026-11-23")));
        assert_eq!(
            next_round_on("next = site visit + interview thurs 19th at cairnmore.", d("2026-11-12")),
            Some(d("2026-11-19"))
        );
        assert_eq!(
            next_round_on("next round maybe the week of Dec 7 if I advance", d("2026-11-12")),
            None,
            "hoped for"
        );
        assert_eq!(next_round_on("I'm free next Monday.", d("2026-11-12")), None, "no round");
        let booked = "Panel is already booked: **Wed 25.11., 14:00–15:30**, in the office.";
        assert_eq!(next_round_on(booked, d("2026-11-16")), Some(d("2026-11-25")), "a day before its month");
        let kitchen = "next = STAGE tues 11/24 2pm thru close. knives, black pants";
        assert_eq!(next_round_on(kitchen, d("2026-11-17")), Some(d("2026-11-24")));
        assert_eq!(next_round_on("Next = ride along FRI 11/20 6:45 at shop", d("2026-11-16")), Some(d("2026-11-20")));
        assert_eq!(next_round_on("11/20 Fri - Buckeye Mechanical RIDE ALONG", d("2026-11-20")), None, "this one");
        // Set 48: a German weekday in two letters, and a day before its month.
        let booked = "- Final with the CTO (Matthias Brandt) is already booked: **Di 1.12., 15:00**, also here";
        assert_eq!(next_round_on(booked, d("2026-11-18")), Some(d("2026-12-01")));
        let update = "UPDATE Thurs 19th: stage 2 booked, Tues 1 Dec 10am, case study w/ the CCO (Jonathan Reeve).";
        assert_eq!(next_round_on(update, d("2026-11-16")), Some(d("2026-12-01")));
        let booked = "- Final round (VP Engineering + HR) booked: 02-Dec (Wed) 4 PM, in person";
        assert_eq!(next_round_on(booked, d("2026-11-25")), Some(d("2026-12-02")));
        assert_eq!(next_round_on("# marrow & mill — bench day — fri 11/20", d("2026-11-20")), None, "this one");
        assert_eq!(next_round_on("Mon 11/30, onsite in Reading PA.", d("2026-11-30")), None, "this one too");
        let call = "next step: second round w/ top 2, Tonya will call by Tues 11/24.";
        assert_eq!(next_round_on(call, d("2026-11-18")), None, "the call's day");
        let back = "- Diane: \"We'd like you back next week for a case study with Greg.\" Kyle to schedule. Probably Tue 11/24.";
        assert_eq!(next_round_on(back, d("2026-11-17")), Some(d("2026-11-24")));
        // (Set 40: the day word comes, and a weekday of a week the note names.)
        let trent = "- Trent emails onsite \"working interview\" date(s) **Monday** — he said probably Fri the 20th.";
        assert_eq!(next_round_on(trent, d("2026-11-13")), Some(d("2026-11-20")));
        let odalys = "Next step is a meeting with the board's development committee, probably the Tuesday of Thanksgiving week — Odalys will email with a time.";
        assert_eq!(next_round_on(odalys, d("2026-11-14")), None);
        let said =
            "Priya: \"we'd like to bring finalists in before Thanksgiving.\" So on-site probably the week of the 16th.";
        assert_eq!(next_round_on(said, d("2026-11-13")), None, "a week, and no Wednesday");
        // (Set 43: a day gone by.)
        let gone = "Second interview day in a fortnight. Maybe I'd stopped trying. (Kwame did ring last Wednesday.)";
        assert_eq!(next_round_on(gone, d("2026-11-25")), None);
    }
    #[test]
    fn the_check_in_day_a_note_sets_itself_is_read() {
        let d = |m, day| Some(jiff::civil::date(2026, m, day));
        let on = jiff::civil::date(2026, 11, 18);
        assert_eq!(check_in_said("- nothing by Tue 12/1 -> email Denise", on), d(12, 1));
        assert_eq!(check_in_said("if nothing by Mon Nov 30, nudge Rosa", on), d(11, 30));
        assert_eq!(check_in_said("- if nothing by Dec 4 → check in w/ Naomi Mon Dec 7", on), d(12, 7));
        assert_eq!(check_in_said("Process: final round. If nothing by Mon 14/12, email Harpreet.", on), d(12, 14));
        assert_eq!(check_in_said("there is nothing by way of a decision yet", on), None);
        assert_eq!(check_in_said("If nothing by 2/12 I'll email Nurul.", on), d(12, 2), "the nearer of the two");
        assert_eq!(check_in_said("Verbal offer from Liffey Live. Need to answer by Fri 4 Dec.", on), None);
        assert_eq!(check_in_said("If I haven't heard by Friday 4 December, I'll email Sinéad.", on), d(12, 4));
        // Set 48, each as its note wrote it.
        assert_eq!(check_in_said("• if nothing by Thu 3 Dec ring Jess", on), d(12, 3));
        assert_eq!(
            check_in_said("- If no revert by Thursday (26-Nov), call Lakshmi (number is in her signature).", on),
            d(11, 26)
        );
        assert_eq!(check_in_said("- If silent by Wed 9 Dec → call Mr. Otieno", on), d(12, 9));
        assert_eq!(check_in_said("- if nothing until Mo 30.11. → call Marco", on), d(11, 30));
        assert_eq!(check_in_said("If I haven't heard by Friday the eighteenth I'll ring Georgia.", on), d(12, 18));
        assert_eq!(check_in_said("If I haven't heard by Wednesday the 2nd I'll give Marcus a ring", on), d(12, 2));
        assert_eq!(check_in_said("- If no brief by Mon 7 Dec 3 pm → call Koffi", on), d(12, 7));
        // Set 53: a day after the one waited for, written day first, with its weekday.
        assert_eq!(check_in_said("• if no letter by Mon 30.11 → email Siobhán Tue 01.12", on), d(12, 1));
    }

    // Set 60: the day of the answer said in German and in French.
    #[test]
    fn a_decision_day_in_german_or_french() {
        let on = |s: &str| -> Date { s.parse().unwrap() };
        let t = "Entscheidung über Runde 3 (Gespräch mit GF) bis Freitag 04.12., sagt Frau Köhler.";
        assert_eq!(decision_in(t, on("2026-11-26")), Some(on("2026-12-04")));
        assert_eq!(
            decision_in("Entscheidung \"bis Ende KW 50\", says Melis.", on("2026-12-01")),
            Some(on("2026-12-11"))
        );
        let t = "Sandrine: réponse d'ici vendredi 4 déc, après les références.";
        assert_eq!(decision_in(t, on("2026-11-24")), Some(on("2026-12-04")));
        let t = "Mélanie: \"on vous revient d'ici mercredi prochain le 9 pour la 3e ronde\"";
        assert_eq!(decision_in(t, on("2026-12-01")), Some(on("2026-12-09")));
    }
}
