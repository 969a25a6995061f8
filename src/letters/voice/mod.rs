//! Turning a job seeker's notes-to-self into sentences addressed to the reader of a letter.
//!
//! Notes say "Hannah liked how I broke the migration into reversible steps"; the letter to Hannah
//! must say "I was especially glad that you liked how I broke the migration into reversible
//! steps." These are small, conservative rewrites, one idea a module: `highlights` and `clarify`
//! make the sentences, `rewrite` turns names and "they" into "you", makes verbs agree and drops
//! a leading capital, and `words` holds the word lists they look words up in; `frame` makes the
//! sentences around them (subject, opening by role and channel, closing by where the process
//! stands, sign-off, and the check-in's). This file keeps the phrases the templates use
//! directly (the stage, the salutation). Which highlights go to whom is `context`'s; a template
//! only lays the paragraphs out. Pure functions on strings, unit-tested with the shapes real
//! notes take.

mod clarify;
mod frame;
mod highlights;
mod quoted;
mod rewrite;
mod vouch;
mod words;

pub use clarify::{
    ClarifyKind, clarification_kind, clarification_sentences, clarification_sentences_at, names_what_to_remove,
    promised, understood, unmentioned_core, vague,
};
pub use frame::{Frame, Reader};
pub use highlights::{gerund_clause, highlight_sentences, is_about_next_steps, is_about_pay, strung_together};
pub use quoted::told_back;
pub use vouch::{
    did_it, judges_oneself, labelled, left_out, sentences_in, speaks_of_a_third_person, tidy, trimmed, undashed,
    unlabel, unvouched, without_quoted_tail, without_trailing_clause,
};

use crate::pipeline::extract::people;

/// The stage as a phrase for a sentence: `final round`, `phone screen`, `technical interview`.
pub fn stage_phrase(stage: Option<&str>) -> String {
    let Some(stage) = stage else { return "interview".to_owned() };
    // (`2nd. 1st was phone w/ Dale in HR`: the first sentence says it; shorthand says nothing.)
    let stage = stage.split(". ").next().unwrap_or(stage).trim_end_matches('.');
    // (Set 42: `only 1 panel then offer/no offer`: what follows is said elsewhere.)
    let stage = stage.split(" then ").next().unwrap_or(stage);
    // (`final w/ CMO`: whom it was with is said elsewhere; `Round 2 — in person`: how it was held.)
    let stage = stage.split(" w/ ").next().unwrap_or(stage).trim();
    // (Set 46: `R1b - take-home assignment review`, `R2 - panel (4 members)`: a round's code first,
    // its name after.)
    let coded = |s: &str| {
        let s = s.trim().to_lowercase();
        s.strip_prefix('r').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                && rest.len() <= 3
                && rest.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    let stage = [" — ", " – ", " - "]
        .iter()
        .find_map(|sep| stage.split_once(sep).filter(|(code, _)| coded(code)).map(|(_, name)| name))
        .unwrap_or(stage);
    // (`onsite = round 3 of 4`: what it amounts to is said elsewhere.)
    let stage = [" — ", " – ", " - ", " = "].iter().fold(stage, |s, sep| s.split(sep).next().unwrap_or(s)).trim();
    if stage.contains("w/") {
        return "interview".to_owned();
    }
    // (`onsite / panel`, `case study / final round`: one of two names, the final round's first.)
    let stage = match stage.split(" / ").collect::<Vec<_>>()[..] {
        [_, _, ..] => {
            let names: Vec<&str> = stage.split(" / ").map(str::trim).collect();
            names.iter().find(|n| n.to_lowercase().contains("final")).copied().unwrap_or(names[0])
        }
        _ => stage,
    };
    // `2nd of 4 (technical onsite)`: the round's place is said elsewhere; the brackets name it.
    let (main, aside) = stage.split_once(" (").unwrap_or((stage, ""));
    // (Set 60: `round 3 of 3, final loop = 3 interviews in a row`: the count before the comma; at the
    // base, "my round 3 of 3, final loop on Wednesday 25 November".)
    let main = main.split_once(", ").filter(|(count, _)| round_of(count).is_some()).map_or(main, |(count, _)| count);
    if let Some(nth) = round_of(main) {
        let aside = aside.trim_end_matches(')');
        // (`round 2 (of 3, I think)`: the brackets go on counting, and name no stage; `2 (after
        // recruiter screen on 11/10)`, set 41, say when.)
        let when = ["after ", "before ", "following ", "post "].iter().any(|w| aside.starts_with(w));
        // (Set 42: `1 (only one round apparently – "we keep it simple")` counts, and names none.)
        let counts = ["only", "apparently", "round", "maybe", "?"].iter().any(|w| aside.contains(w));
        // (Set 68: `1 of 2 (panel → demo lesson for shortlisted)`: the rounds in order, this one
        // the first; at the base, "my panel → demo lesson for shortlisted".)
        let rounds: Vec<&str> = aside.split(['→', '>']).map(|r| r.trim().trim_end_matches('-').trim()).collect();
        if rounds.len() > 1 {
            let number =
                main.split_whitespace().find_map(|w| w.trim_end_matches(char::is_alphabetic).parse::<usize>().ok());
            return match number.and_then(|n| rounds.get(n.checked_sub(1)?)) {
                Some(round) if !round.is_empty() => stage_phrase(Some(round)),
                _ => format!("{nth}-round interview"),
            };
        }
        return if aside.is_empty() || aside.contains(['(', ')']) || aside.starts_with("of ") || when || counts {
            format!("{nth}-round interview")
        } else {
            stage_phrase(Some(aside))
        };
    }
    // `onsite (virtual)`, `hiring manager (round 2 of 4)`: what the brackets add is the note's.
    // (`only 1 panel`: how many there are is said elsewhere.)
    let stage = ["only ", "just "].iter().fold(main, |s, w| s.strip_prefix(w).unwrap_or(s));
    let stage = ["1 ", "one ", "a "].iter().fold(stage, |s, w| s.strip_prefix(w).unwrap_or(s));
    let words: Vec<String> = stage
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| if w.len() > 1 && w.chars().all(|c| c.is_uppercase()) { w.to_owned() } else { w.to_lowercase() })
        .collect();
    // (The words a hyphen joins in English keep it: `take-home`, `follow-up`.)
    let phrase = words.join(" ").replace("take home", "take-home").replace("follow up", "follow-up");
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
        // (Set 68: `demo lesson`, a teacher's round; a chef's `trial shift`, `tasting`.)
        "lesson",
        "shift",
        "tasting",
        "observation",
        "exercise",
    ];
    // (`clinical director + lead SLP`: whom the writer met, not a kind of interview.)
    if phrase.is_empty() || phrase.contains(['+', '&']) {
        "interview".to_owned()
    } else if phrase == "final" {
        "final round".to_owned()
    } else if words.iter().any(|w| nouns.contains(&w.as_str()) || w.ends_with("interview")) {
        phrase
    } else {
        format!("{phrase} interview")
    }
}

/// The round a stage names only by its place (`2nd of 4`, `round 3 of 5`, `3/4`), as a word:
/// `second`.
fn round_of(stage: &str) -> Option<&'static str> {
    const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth"];
    let words: Vec<String> = stage.to_lowercase().split_whitespace().map(str::to_owned).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let ordinal = |w: &str| {
        ORDINALS.contains(&w)
            || ["st", "nd", "rd", "th"].iter().any(|s| w.strip_suffix(s).is_some_and(|d| d.parse::<usize>().is_ok()))
    };
    let n = match words.as_slice() {
        [n, "of", _] | ["round", n, "of", _] => *n,
        // (Set 58: `1st interview of 2`.)
        [n, "interview" | "round" | "stage", "of", _] if ordinal(n) => *n,
        [one] if one.contains('/') => one.split('/').next()?,
        // `2nd`, `second`, `round 2`: the round's place alone.
        [n] if ordinal(n) => *n,
        // (`round: 2` in the front matter: the number alone.)
        ["round", n] | [n] if n.parse::<usize>().is_ok() => *n,
        _ => return None,
    };
    let digits = n.trim_end_matches(|c: char| c.is_alphabetic());
    let index = match digits.parse::<usize>() {
        Ok(k) => k.checked_sub(1)?,
        Err(_) => ORDINALS.iter().position(|o| *o == n)?,
    };
    ORDINALS.get(index).copied()
}

/// How a letter greets someone: `Dr. Raman` when the note gives an honorific, else the given name.
pub fn salutation(name: &str) -> String {
    // (`Aunt Roberta`: family call them so; "Dear Aunt" is no greeting.)
    let words: Vec<&str> = name.split_whitespace().collect();
    if let [kin, given, ..] = words[..] {
        // (Set 59: `Ma'am Joy`, `Kuya Ben`, `Ate Lorna`: how a Filipino writer greets them.)
        let filipino = ["ma'am", "ma’am", "maam", "kuya", "ate", "tita", "tito", "manong", "manang"];
        if matches!(kin.to_lowercase().as_str(), "aunt" | "auntie" | "uncle" | "cousin" | "grandma" | "grandpa")
            || filipino.contains(&kin.to_lowercase().as_str())
        {
            return format!("{kin} {given}");
        }
        // (Set 44: `Big Mike`, as everyone calls him: "Dear Big," greeted no one.)
        if matches!(kin.to_lowercase().as_str(), "big" | "little" | "lil" | "young" | "old") && words.len() == 2 {
            return given.to_owned();
        }
    }
    match people::honorific(name) {
        // (`Lt. Ray Castellano`: "Dear Lieutenant Castellano".)
        Some(h)
            if let Some((_, rank)) =
                people::RANKS.iter().find(|(short, _)| h.trim_end_matches('.').eq_ignore_ascii_case(short)) =>
        {
            format!("{rank} {}", people::surname(name))
        }
        // (`Assoc. Prof. Daniel Reuben`: "Dear Professor Reuben".)
        Some(h) if h.contains(' ') => format!("Professor {}", people::surname(name)),
        Some(h) => format!("{h} {}", people::surname(name)),
        None => people::first_name(name).to_owned(),
    }
}

#[cfg(test)]
mod tests;
