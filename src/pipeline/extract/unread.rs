//! The safety net of issue 13: a line of the note that says how someone took something, or what
//! did not come across, and that no reader turned into a highlight, a clarification or a person,
//! is listed in the draft for the user to write in their own words. Nothing the note says for a
//! letter is dropped in silence.
//!
//! Runs last, over every section not written for oneself, and compares each sentence with what
//! the readers found by its words: a sentence most of whose words a highlight or clarification
//! holds (or that holds most of one's) was read.

use super::loose::split_sentences;
use super::prose::{is_private, names, person_leading};
use super::sections::{self, SectionKind};
use crate::model::{Note, Unread};
use crate::pipeline::parse::body::Body;

/// Words that say how someone took something.
const LANDED: &[&str] = &[
    "liked",
    "loved",
    "impressed",
    "lit up",
    "perked up",
    "excited",
    "enjoyed",
    "appreciated",
    "nodded",
    "resonated",
    "keen on",
    "happy with",
    "praised",
    "complimented",
    "reacted well",
    "responded well",
    "into it",
    "laughed",
    "smiled",
    "exactly the",
    "exactly what",
    "stealing",
    "steal that",
    "steal this",
    "steal it",
    "wrote it down",
    "writing it down",
    "wrote that down",
    "took notes",
    "good sign",
    "landed",
    "leaned in",
    "best answer",
    "great answer",
    "seemed interested",
    "memorable",
    "was interested",
    "engaged",
];

/// Words that say something did not come across, or was promised.
const MISSED: &[&str] = &[
    "forgot",
    "didn't mention",
    "didnt mention",
    "did not mention",
    "didn't get to",
    "didnt get to",
    "never got to",
    "should have said",
    "should have mentioned",
    "fumbled",
    "blanked",
    "muddled",
    "messed up",
    "botched",
    "mixed up",
    "misspoke",
    "backwards",
    "flipped",
    "overstated",
    "understated",
    "got wrong",
    "got it wrong",
    "was wrong",
    "to correct",
    "correct that",
    "correct this",
    "clarify",
    "didn't explain",
    "didnt explain",
    "did not explain",
    "promised",
    "undertook to",
    "agreed to send",
    // (Set 48: `I said "we just drop the partition" – wrong, partition is per day…`, `said B1 ->
    // it's B2`: a correction, in the writer's shorthand.)
    "wrong,",
    "wrong.",
    "– wrong",
    "- wrong",
    "right answer",
    "correct answer",
    "-> it's",
    "→ it's",
    "-> it is",
    "→ it is",
    // (`I said I'd send the client list once the conflicts check clears`: a promise the readers
    // could not vouch for.)
    "i'd send",
    "i'll send",
    "i would send",
    "i will send",
];

/// A sentence written for oneself: it goes to no letter, so it is not listed either.
const TO_ONESELF: &[&str] = &[
    "practi",
    "note to self",
    "self note",
    "self-note",
    "next time",
    "need to work on",
    "i should",
    "rambled",
    "nervous",
    "embarrass",
];

/// The lines of `body` that carry something for a letter and that `note` does not hold.
pub(super) fn unread(note: &Note, body: &Body) -> Vec<Unread> {
    let read: Vec<Vec<String>> = note
        .highlights
        .iter()
        .map(|h| h.text.as_str())
        .chain(note.clarifications.iter().map(String::as_str))
        .map(words)
        .collect();
    let mut out: Vec<Unread> = Vec::new();
    let mut stack: Vec<(u8, bool)> = Vec::new();
    for section in &body.sections {
        while stack.last().is_some_and(|(level, _)| *level >= section.level && section.level > 0) {
            stack.pop();
        }
        let private = stack.last().is_some_and(|(_, p)| *p) || is_private(&section.heading);
        stack.push((section.level, private));
        if private || sections::classify(&section.heading) == Some(SectionKind::NextSteps) {
            continue;
        }
        let paragraphs = section.paragraphs.iter().map(|p| (super::loose::joined(&p.text), p.line, false));
        let items = section.items.iter().map(|i| (i.text.clone(), i.line, i.parent.is_none()));
        let mut blocks: Vec<(String, usize, bool)> = paragraphs.chain(items).collect();
        blocks.sort_by_key(|(_, line, _)| *line);
        // The person an outline's item opens with (`portfolio walkthrough w/ Dhruv Mehrotra — …`
        // over `he stopped me at the synthesis wall photo`): the items nested under it are theirs.
        let mut nested_in: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        for item in &section.items {
            let theirs = person_leading(&item.text, &note.people)
                .or_else(|| item.parent.and_then(|p| nested_in.get(&p).copied()));
            if let Some(i) = theirs {
                nested_in.insert(item.line, i);
            }
        }
        // The person a paragraph opens with (`ravi` over his list): the list under it is theirs.
        let mut above: Option<usize> = None;
        for (text, line, top_item) in blocks {
            if !top_item && !section.items.iter().any(|i| i.line == line) {
                above = person_leading(&text, &note.people);
            }
            // (`Note to self: do not mention … And the pay is hourly…`: the whole paragraph.)
            let head: String = text.trim_start().chars().take(12).flat_map(char::to_lowercase).collect();
            if ["note to self", "self:", "private:", "for me:"].iter().any(|p| head.starts_with(p)) {
                continue;
            }
            // (Set 59: `Mine only. Fiona said the band is £52-58k. … Raj let slip…`: a paragraph
            // that opens with a label for oneself, as a heading would say it.)
            let label = text.trim_start().split([':', '.']).next().unwrap_or_default();
            if label.split_whitespace().count() <= 4 && sections::is_private(label) {
                continue;
            }
            // (Set 47: `NOTE: it's Patterson, -son not -sen. … yaml spelling wrong, fix`: what the
            // writer keeps to themselves, as the readers do.)
            if super::kept_to_self(&text) {
                continue;
            }
            let mut lead = None;
            // (Set 45: `I told Mr. Barlow I could start 4 January. I had forgotten … notice.
            // Realistic start date is Monday 11 January. I must correct this in writing.`: the
            // correction a reader formed from the whole line says what its sentences do.)
            let corrected = super::prose::said_and_truth(&text).is_some_and(|c| note.clarifications.contains(&c));
            for sentence in split_sentences(&text) {
                // (Set 70, a tech log: `… -> SQ1 1320  $$ - she gave the range first: "90 to 100
                // base plus super, plus shift allowance".` was listed for the letter to the
                // recruiter: pay is no matter for a thank-you, whatever the line says besides.)
                if talks_pay(&sentence) || hearsay(&sentence) {
                    continue;
                }
                let Some(kind) = carries(&sentence) else { continue };
                if corrected && kind == "clarification" {
                    continue;
                }
                // A highlight a reader formed from this very line (`told him I did PK timepoints —
                // he lit up`: "…responded warmly when I mentioned…") reads it in its own words.
                let formed_here: Vec<Vec<String>> =
                    note.highlights.iter().filter(|h| h.line == line).map(|h| words(&h.text)).collect();
                let said = words(&sentence);
                let near = |r: &Vec<String>| {
                    let shared = said.iter().filter(|w| r.contains(w)).count() as f64;
                    !said.is_empty()
                        && !r.is_empty()
                        && (shared / said.len() as f64 >= 0.35 || shared / r.len() as f64 >= 0.45)
                };
                // (`I talked about starting with a walk of the site. He nodded a lot.`: the reaction
                // alone, which a highlight of this line took with what was told; `He said "ok
                // that's good" and wrote it down.`)
                let reaction_alone = !formed_here.is_empty()
                    && kind == "highlight"
                    && sentence.split_whitespace().count() <= 12
                    && sentence.split_whitespace().next().is_some_and(|w| ["He", "She", "They"].contains(&w));
                if is_read(&said, &read)
                    || formed_here.iter().any(near)
                    || reaction_alone
                    || out.iter().any(|u| u.text == sentence)
                {
                    continue;
                }
                let named: Vec<usize> =
                    (0..note.people.len()).filter(|&i| names(&sentence, &note.people[i], &note.people)).collect();
                // In a section about someone (`## Kayla Brandt (charge RN)`), "she" is them.
                let about = match named[..] {
                    [i] => Some(i),
                    [] => lead
                        .get_or_insert_with(|| person_leading(&text, &note.people))
                        .or(above.filter(|_| top_item))
                        .or_else(|| nested_in.get(&line).copied())
                        .or_else(|| super::prose::person_in(&section.heading, &note.people))
                        // (Set 59: `- liked: … Laughed hard at "my commit is a promise, not a wish"`
                        // in the list `- Stefan Brandt, Chief Revenue Officer, …` opens.)
                        .or_else(|| {
                            let listed = top_item && sections::classify(&section.heading).is_none();
                            super::prose::introduced_by_list(section, line, &note.people).filter(|_| listed)
                        }),
                    _ => None,
                };
                let about = about.map(|i| note.people[i].name.clone());
                out.push(Unread { text: sentence, kind: kind.to_owned(), about, line });
            }
        }
    }
    out
}

/// What a sentence seems to carry for a letter: `highlight`, `clarification`, or nothing.
fn carries(sentence: &str) -> Option<&'static str> {
    // `forgot:`, `Things I forgot to mention:` over a list: a label; its items say what.
    if sentence.trim_end().ends_with(':') && sentence.split_whitespace().count() <= 6 {
        return None;
    }
    let lower = format!(" {} ", sentence.to_lowercase().replace('’', "'"));
    // Where the sentence's words start: a word of a list must open one of them.
    let starts: Vec<&str> = lower.match_indices(' ').map(|(i, _)| &lower[i + 1..]).collect();
    let has = |ws: &[&str]| starts.iter().any(|rest| ws.iter().any(|w| rest.starts_with(w)));
    if has(TO_ONESELF) {
        return None;
    }
    // (Set 51: an attendance note's `Time engaged: 2.2`, the hours it records.)
    if lower.trim_start().starts_with("time engaged") {
        return None;
    }
    // (Set 60, a post-mortem's header: `**Status:** Monitoring — waiting for decision, promised
    // till Friday 2026-12-04`, the note's status, which the status line's reader takes.)
    if lower.trim_start().starts_with("status:") {
        return None;
    }
    // (Set 60: `Materials you promised: send to me, I forward.`, a recruiter's rule for what is
    // sent, which the channel readers take.)
    if ["send to me, i forward", "send to me and i'll forward", "i'll forward", "i will forward"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    // `Good sign I think.`, `I think that landed.`: a verdict, with nothing of what was said.
    // (`It's backwards.`, after the sentence that says what was: that one is listed.)
    let verdict = [
        " good sign",
        " bad sign",
        " i think that landed",
        " that landed",
        " i think it landed",
        " it's backwards",
        " that's backwards",
    ];
    if sentence.split_whitespace().count() <= 5 && verdict.iter().any(|v| lower.starts_with(v)) {
        return None;
    }
    // (`Want to clarify.`: the writer's intent, with nothing of what.)
    let intent = ["want to ", "need to ", "should ", "must "].iter().any(|w| lower.trim_start().starts_with(w));
    if intent && sentence.split_whitespace().count() <= 4 {
        return None;
    }
    // (`Uh, what she liked.`, `What I screwed up.`: a transcript's label for what follows.)
    let label = ["uh, ", "um, ", "so, ", "okay, "].iter().fold(lower.trim(), |l, f| l.strip_prefix(f).unwrap_or(l));
    if label.split_whitespace().count() <= 4 && label.trim_end_matches(['.', ':']).starts_with("what ") {
        return None;
    }
    // (`Said I'd send by Monday.`, after `Dr. Mendez asked for a sample progress report`: when
    // it is due, of a thing the sentence before names.)
    if has(MISSED) && !super::promises::sends_what_was_asked(sentence) {
        return Some("clarification");
    }
    // (Set 48: `told them the Middlemore discharge pilot ran 3 months → 6 wks`: a figure set right.)
    let arrowed = [" → ", " -> "].iter().any(|a| {
        sentence.split_once(a).is_some_and(|(before, after)| {
            after.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && before.contains(|c: char| c.is_ascii_digit())
        })
    });
    if arrowed && (lower.contains(" said ") || lower.contains(" told ")) {
        return Some("clarification");
    }
    // The writer's own liking ("I loved the office") is no highlight of theirs.
    // (`I talked about the panel, she said "that's exactly the gap"` is hers.)
    let someone_else = [" she ", " he ", " they "].iter().any(|p| lower.contains(p));
    if has(LANDED) && (!lower.starts_with(" i ") || someone_else) {
        return Some("highlight");
    }
    // (Set 47: `"You clearly think about clinicians as users, not obstacles." ← after the nurse
    // charting study`, `she said "that's a really rider-centred framing…"`: their words, quoted,
    // and not a question of theirs nor the writer's own.)
    let quote = sentence
        .split_once(['"', '“'])
        .and_then(|(_, rest)| rest.split_once(['"', '”']))
        .map(|(quoted, _)| quoted.trim());
    // (Not a tip, `told me Dhruv "reads the portfolio deck the night before…"`, a question
    // without its mark, `"how do you know 8 interviews is enough"`, a day, nor a word on thanks.)
    const ASKING: &[&str] =
        &["how", "what", "why", "when", "where", "who", "do", "does", "can", "could", "would", "is", "are"];
    const ELSE: &[&str] = &[" i said", " asked", " told me", "thank", "decision", "decide", "process:"];
    // (Set 47: `when I asked him how they plan around the Tet shutdown he said "you ask the right
    // questions"`: what they said last, after the question, is theirs.)
    let lead = sentence.split(['"', '“']).next().unwrap_or_default().trim_end().to_lowercase();
    let they_said = [" he said", " she said", " they said"].iter().any(|s| lead.ends_with(s));
    // (Set 50: `"All correspondence through careers@… please."`, `"We'll phone you just now with the
    // outcome."`, `"Howzit, sorry about the chaos this morning."`: arrangements and courtesies,
    // not how they took anything.)
    const ARRANGING: &[&str] = &[
        "@",
        "correspondence",
        "phone you",
        "call you",
        "ring you",
        "email you",
        "whatsapp you",
        "text you",
        "be in touch",
        "let you know",
        "get back to you",
        "with the outcome",
        "sorry about",
        "sorry for",
        "welcome",
    ];
    let theirs = quote.is_some_and(|q| {
        let first = q.split_whitespace().next().unwrap_or_default().to_lowercase();
        let arranging = ARRANGING.iter().any(|w| q.to_lowercase().replace('’', "'").contains(w));
        !arranging
            && q.split_whitespace().count() >= 4
            && !q.ends_with('?')
            && !ASKING.contains(&first.as_str())
            && !ELSE.iter().filter(|w| !(they_said && **w == " asked")).any(|w| lower.contains(w))
    });
    theirs.then_some("highlight")
}

/// The words of a text that say something: lower-cased, three letters or more.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
}

/// True when most of `sentence`'s words are in one thing read, or most of its words are in
/// `sentence`.
fn is_read(sentence: &[String], read: &[Vec<String>]) -> bool {
    let share = |a: &[String], b: &[String]| {
        if a.is_empty() {
            return 1.0;
        }
        a.iter().filter(|w| b.contains(w)).count() as f64 / a.len() as f64
    };
    read.iter().any(|r| share(sentence, r) >= 0.5 || share(r, sentence) >= 0.6)
}

/// True for what one person said another said or thinks (set 73: `Josh also said Grace told the
/// techs she "really hopes it's this one"`): hearsay, which no letter repeats, to its subject or
/// anyone else.
fn hearsay(sentence: &str) -> bool {
    const REPORTED: &[&str] = &["said", "told", "mentioned", "says", "reckons"];
    const SAID: &[&str] = &["told", "said", "says", "thinks", "thought", "hopes", "reckons", "mentioned", "really"];
    let words: Vec<&str> =
        sentence.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let named = |w: &str| w.len() >= 2 && w != "I" && w.starts_with(char::is_uppercase);
    words.iter().enumerate().any(|(i, w)| {
        let by_someone = i >= 1 && words[i.saturating_sub(2)..i].iter().any(|b| named(b));
        let then_another = words.get(i + 1..(i + 3).min(words.len())).is_some_and(|next| {
            next.first().is_some_and(|n| named(n)) && next.get(1).is_some_and(|v| SAID.contains(v))
        });
        REPORTED.contains(w) && by_someone && then_another
    })
}

/// True for a sentence about pay (`$$ - she gave the range first: "90 to 100 base plus super"`,
/// `the band is £52-58k`): what no thank-you raises.
fn talks_pay(sentence: &str) -> bool {
    const PAY: &[&str] = &[
        "$$",
        "salary",
        "base plus",
        "base +",
        "pay range",
        "pay band",
        "the range",
        "the band",
        "per annum",
        "remuneration",
        "shift allowance",
        "bonus",
        "tronc",
    ];
    let lower = sentence.to_lowercase();
    PAY.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_says_how_someone_took_something_or_what_went_wrong_carries_it() {
        assert_eq!(carries("Priya nodded a lot when I drew the queue."), Some("highlight"));
        assert_eq!(carries("Got the HEDIS measure name wrong, it was wrong."), Some("clarification"));
        assert_eq!(carries("Mrs Naidoo: \"We'll phone you just now with the outcome.\""), None, "an arrangement");
        assert_eq!(carries("Ms X: \"All correspondence through careers@x.co.za please.\""), None);
        assert_eq!(carries("Ms Nkosi: \"Ja, that's a real reason, not a CV reason.\""), Some("highlight"));
        assert_eq!(carries("forgot to mention the migration tool"), Some("clarification"));
        assert_eq!(carries("I loved the office."), None, "the writer's own liking");
        // Set 25: an intent, and a transcript's label.
        assert_eq!(carries("Want to clarify."), None);
        assert_eq!(carries("Uh, what she liked."), None);
        assert_eq!(carries("Need to practice SQL; I blanked on window functions."), None, "for oneself");
        assert_eq!(carries("We talked about the roadmap."), None);
        assert_eq!(carries("forgot:"), None, "a label over the list that says what");
        assert_eq!(carries("Forgot to mention:"), None);
        assert_eq!(carries("Good sign I think."), None, "a verdict alone");
        assert_eq!(carries("I think that landed."), None);
        assert_eq!(carries("Said I'd send by Monday."), None, "the thing is in the sentence before");
        assert_eq!(carries("Said I'd send the deck by Monday."), Some("clarification"));
        // Set 47: their words, quoted; not a question of theirs.
        let quoted = "\"You clearly think about clinicians as users, not obstacles.\" ← after the nurse charting study";
        assert_eq!(carries(quoted), Some("highlight"));
        assert_eq!(
            carries("told them the Middlemore discharge pilot ran 3 months → 6 wks. Tama asked"),
            Some("clarification")
        );
        assert_eq!(
            carries("they asked my German: said B1 -> it's B2 (Goethe, September). also Dominik"),
            Some("clarification")
        );
        let after_a_question =
            "when I asked him how they plan around the Tet shutdown he said \"you ask the right questions\"";
        assert_eq!(carries(after_a_question), Some("highlight"));
        assert_eq!(carries("he asked \"how do you know 8 interviews is enough\""), None);
        assert_eq!(carries("asked \"how do you measure research impact?\" — fumbled."), Some("clarification"));
        assert_eq!(carries("Gurpreet asked \"how do you measure research impact?\""), None);
        assert_eq!(carries("I said \"we shipped it in two weeks flat\""), None);
    }

    #[test]
    fn what_one_said_another_said_is_hearsay() {
        assert!(hearsay(
            "Josh also said Grace told the techs she \"really hopes it's this one\" (prob says that about everyone)"
        ));
        assert!(hearsay("Kirsty said Elspeth thinks I'm too quiet."));
        assert!(!hearsay("Grace said the team loved my audit."), "what she said herself");
        assert!(!hearsay("I said Ana told me to apply."), "the writer's own words");
        assert!(!hearsay("Rachel LOVED the PRN chart idea"));
    }

    #[test]
    fn a_sentence_is_read_when_a_highlight_holds_most_of_its_words() {
        let read = vec![words("Viktor liked my explanation of priority inversion")];
        assert!(is_read(&words("He liked my explanation of priority inversion and the fix."), &read));
        assert!(!is_read(&words("Amara nodded when I showed the logic analyzer trace."), &read));
    }
}
