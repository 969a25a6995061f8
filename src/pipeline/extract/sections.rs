//! What a heading means, and where an interview sits in the hiring process.
//!
//! Headings are matched on meaning, not spelling: case, punctuation and emoji are ignored, and
//! each kind of section has the synonyms people actually use. Pure functions on strings.

use super::people;
use crate::model::ProcessPosition;

/// The kinds of section followup reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// People met; their items are interviewers unless they say otherwise.
    People,
    /// People who helped: recruiters, coordinators, referrers.
    Helpers,
    Highlights,
    Clarify,
    NextSteps,
}

const SYNONYMS: &[(SectionKind, &[&str])] = &[
    (
        SectionKind::People,
        &[
            "people",
            "interviewers",
            "interviewer",
            "panel",
            "interview panel",
            "oral board",
            "interview board",
            // (`**In the room**` over who was.)
            "in the room",
            "who was in the room",
            "in the room today",
            "participants",
            "who i met",
            "met with",
            "people i met",
            "attendees",
            "ppl",
            "met",
            // (`## Contacts` over the panel's table, a Notion `Contacts:` property: whoever they
            // are; a coordinator among them helped, as their role says.)
            "contacts",
            // (Set 50: minutes of a meeting, `## Present`, `## In attendance (part)`.)
            "present",
            "in attendance",
            // (Set 51: a soldier's report, `POCs:`, the points of contact; `WHO WAS ON:` a call.)
            "pocs",
            "poc",
            "points of contact",
            "who was on",
            "who was on the call",
            // (Set 63, in Brazilian Portuguese: `## Pessoas` over who was met; Spanish too.)
            "pessoas",
            "entrevistadores",
            "entrevistadoras",
            "personas",
            // (Set 68, a chef's note in Spanish: `## Gente`.)
            "gente",
            // (Set 64, a Dutch tracker's columns: `wie` over who was there.)
            "wie",
            "met wie",
            "gesprekspartners",
            "aanwezig",
            // (Set 70: a court reporter's `A P P E A R A N C E S`, a lab notebook's `PERSONNEL`, a
            // loadmaster's `--- CREW ---`.)
            "appearances",
            "personnel",
            "crew",
            // (Set 71, a note on a recipe card: `## Ingredients` over `- 1 × **Ravi Pillai** —
            // Executive Chef`.)
            "ingredients",
        ],
    ),
    (
        SectionKind::Helpers,
        &[
            "thanks to",
            "helpers",
            "helper",
            "thanks",
            "people who helped",
            "special thanks",
            "also helped",
            // (Set 58: `Logistics:` over the coordinator and the recruiter, in a loop's note: those
            // who arranged it, not those who interviewed.)
            "logistics",
        ],
    ),
    (
        SectionKind::Highlights,
        &[
            "highlights",
            "what went well",
            "went well",
            "wins",
            "positives",
            "they liked",
            "what they liked",
            "what landed",
            "good",
            "the good",
            // (Set 63: `## Good things`, and in Portuguese, `## Pontos positivos`.)
            "good things",
            "pontos positivos",
            // (Set 64: `ging goed`, what went well, in Dutch.)
            "ging goed",
            "wat ging goed",
            "positief",
        ],
    ),
    (
        SectionKind::Clarify,
        &[
            "clarify",
            "to clarify",
            "follow up on",
            "missed",
            "things i didnt get to explain",
            "could have explained better",
            "what i missed",
            "things to clarify",
            "open threads",
            "what id redo",
            "could have gone better",
            "stuff i didnt explain well",
            "things i didnt explain well",
            // (Set 59, a deal record's `CLEAN-UP` over `- CORRECTION: …`, `- PROMISE: …`.)
            "clean up",
            "cleanup",
            "loose ends",
            // (Set 63: `## Bad things / corrigir`, `## Promessa`, as a Brazilian writes them.)
            "bad things",
            "corrigir",
            "a corrigir",
            "promessa",
            "promessas",
            // (Set 68, in Spanish: `## Errores 😖`, `## A corregir`.)
            "errores",
            "corregir",
            "a corregir",
            // (Set 64: `ging fout / vergeten`, what went wrong or was forgotten, and `beloofd`,
            // what was promised, in Dutch.)
            "ging fout",
            "vergeten",
            "beloofd",
            "toegezegd",
            "verbeterpunten",
            // (Set 70, a tech log's defects: `--- SQUAWKS ---` over `SQ4 said "a few" for night
            // crew. actual 12 …`.)
            "squawks",
        ],
    ),
    (
        SectionKind::NextSteps,
        // (Set 63: `## Próximos passos`.)
        // (Set 64: `volgende stap`, in Dutch.)
        &[
            "next steps",
            "timeline",
            "next step",
            "próximos passos",
            "proximos passos",
            "próximos pasos",
            "volgende stap",
            "volgende stappen",
            "vervolg",
        ],
    ),
];

/// Headings of sections written for oneself: nothing in them reaches a letter.
/// (Not "pay": `# Harbor Pay onsite` is a company's.)
const PRIVATE: &[&str] = &[
    // (Set 53: `PRIVADO – no compartir`.)
    "privado",
    "privada",
    "salary",
    "benefits",
    "compensation",
    "comp",
    "private",
    "to do",
    "todo",
    "notes to self",
    "self",
    "self note",
    "just for me",
    // (`me only` over a list, `$$ / just me`.)
    "me only",
    "only me",
    "just me",
    // (Set 56, a reporter's notebook: what a source said not for print, and notes to self.)
    "off the record",
    "otr",
    "on background",
    "nts",
    // (Set 59: `WARNING: Mine only. Fiona said the band is £52-58k.`)
    "mine only",
    "eyes only",
    // (Set 60, in French and German: `Pour moi seulement:` over the salary, `Nur für mich`.)
    "pour moi seulement",
    "pour moi",
    "juste pour moi",
    "privé",
    // (Set 64: `PRIVE`, a Dutch tracker's column, unaccented.)
    "prive",
    "confidentiel",
    "nur für mich",
    "privat",
    "vertraulich",
    // (Set 63, in Brazilian Portuguese: `## Só pra mim` over the salary and her doubts.)
    "só pra mim",
    "so pra mim",
    "só para mim",
    "só pra mim mesmo",
    "solo para mí",
];

/// The body's `text` without what the writer wrote for themselves: a section under a private
/// heading, a list or lines under a private label (`PRIVATE`, `**Salary:**`), a paragraph that
/// opens with one (`Just for me: salary schedule…`). Each such line is left blank, so lines keep
/// their numbers. (Set 25: `if offer comes before Dec 15 I can still catch the Meridian bonus
/// payout?` under `PRIVATE` was read as the day the firm decides by.)
pub fn shareable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut section, mut block, mut after_blank, mut label_alone) = (false, false, false, false);
    // (Whether the line before was a label alone that opened a block kept for oneself.)
    let mut opened = false;
    // (Set 56, an outline's block kept for oneself, `- #private` over what it nests: how deep it is.)
    let mut nest: Option<usize> = None;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (at, line) in lines.iter().copied().enumerate() {
        let bare = line.trim();
        let indent = line.len() - line.trim_start().len();
        let underlined = std::mem::take(&mut opened);
        // (Set 70, a lab notebook: `PRIVATE — DO NOT SHARE` over `----------------------`, a heading
        // written as setext writes one.)
        let setext = lines
            .get(at + 1)
            .map(|l| l.trim())
            .is_some_and(|next| next.len() >= 3 && (next.chars().all(|c| c == '-') || next.chars().all(|c| c == '=')));
        // (Set 74: `The Harlow 2nd is 25/11 — honestly I prefer Harlow, more money, but …` over
        // `----`: a sentence over a rule, in plain text, is no heading of what follows.)
        let sentence = bare.split_whitespace().count() > 8 && bare.ends_with(['.', '!', '?']);
        if setext && !bare.is_empty() && !bare.starts_with(['-', '*', '+', '#']) && !sentence {
            section = is_private(bare);
            block = false;
            opened = true;
            out.push_str(if section { if line.ends_with('\n') { "\n" } else { "" } } else { line });
            continue;
        }
        if nest.is_some_and(|n| bare.is_empty() || indent > n) {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            continue;
        }
        nest = None;
        let kept = bare.strip_prefix("- ").or_else(|| bare.strip_prefix("* ")).is_some_and(|l| {
            let marked = l.starts_with('#') || l.ends_with(':') || (l.starts_with("**") && l.ends_with("**"));
            let label = l.trim_matches(['#', '*', '_', ':', '[', ']']);
            marked && label.split_whitespace().count() <= 3 && is_private(label)
        });
        if kept {
            nest = Some(indent);
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            continue;
        }
        if let Some(heading) = bare.strip_prefix('#') {
            section = is_private(heading.trim_start_matches('#'));
            block = false;
        } else if bare.is_empty() {
            after_blank = true;
        } else if is_rule(bare) && underlined && bare.starts_with(['-', '=']) {
            // (Set 70, a lab notebook's `PRIVATE — DO NOT SHARE` over `----------------------`: the
            // label's underline, a heading's, not a rule after it.)
        } else if is_rule(bare) {
            // (Set 65: `PRIVATE` over a list, then `---` and `UPDATES`: a rule ends what a label
            // kept for oneself; the news after it was hidden.)
            block = false;
            after_blank = true;
        } else {
            let item = bare.starts_with(['-', '*', '+']) && !bare.starts_with("**")
                || bare.split_once(". ").is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
            // (A label alone goes on over the list after it; one that opens a paragraph, to the
            // paragraph's end.)
            if block && after_blank && !(label_alone && item) {
                block = false;
            }
            let plain = bare.replace(['*', '_'], "");
            // (Set 59: `Mine only. Fiona said the band is…`: a label may end on a full stop.)
            let (label, rest) =
                plain.split_once(':').or_else(|| plain.split_once(". ")).unwrap_or((plain.as_str(), ""));
            // (Set 56: `Myself only (dont put anywhere):`, what the brackets add no part of the
            // label's length.)
            let words = crate::text::words::without_brackets(label).split_whitespace().count();
            // (Set 60: `Pour moi, PAS dans la lettre:` over a list, a label alone on its line.)
            let short = words <= 4 || (words <= 8 && rest.trim().is_empty() && plain.trim_end().ends_with(':'));
            let was_block = block;
            if !item && short && is_private(label) {
                block = true;
                label_alone = rest.trim().is_empty();
            }
            opened = block && !was_block && label_alone;
            // (Set 44: `Timing: Anika said they'll call everyone by Friday 11 Dec` in a paragraph
            // of its own after `## Still to do`'s list: what the process is, said to no one in
            // particular, ends the section kept for oneself.)
            const PROCESS: &[&str] = &["timing", "timeline", "process", "next steps", "where it's at", "status"];
            if section
                && after_blank
                && !item
                && PROCESS.contains(&normalize(label).as_str())
                && !rest.trim().is_empty()
            {
                section = false;
            }
            // (Set 54: `📅 decision by 11 dec…` after `## 🙊 DO NOT PUT IN ANY MESSAGE`'s list: a
            // paragraph that opens with an emoji, as that note's headings do, opens another part.)
            if section && after_blank && !item && bare.starts_with(crate::text::words::is_pictograph) {
                section = false;
            }
            after_blank = false;
        }
        if section || block {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            out.push_str(line);
        }
    }
    out
}

/// True for a thematic break: `---`, `***`, `___`, `- - -`.
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && ["-", "*", "_"].iter().any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// True for a heading of a section written for oneself (`## Salary`, `self notes`).
pub fn is_private(heading: &str) -> bool {
    // (Set 51: `# Yarra Bend Private — NUM 4 East`: a hospital's name, not a private section.)
    let named = heading.split_whitespace().collect::<Vec<_>>().windows(2).any(|w| {
        const NOT_A_NAME: &[&str] = &[
            "My", "Personal", "Strictly", "Keep", "Just", "Very", "Notes", "Some", "The", "Stuff", "Purely", "For",
            "Me",
        ];
        let name = w[0].chars().all(char::is_alphabetic)
            && w[0].starts_with(char::is_uppercase)
            && w[0].chars().skip(1).all(char::is_lowercase)
            && !NOT_A_NAME.contains(&w[0]);
        name && w[1] == "Private"
    });
    let key = normalize(heading);
    let key = if named { key.replace("private", "") } else { key };
    PRIVATE.iter().any(|p| crate::text::words::contains_word(&key, p)) || kept_out(&key) || elsewhere(heading)
}

/// True for a heading over another process's news (set 65: `OTHER DATES (not Rosewood!!)` over
/// `Northbrook feedback call with Bernadette – Thursday 10th Dec`, which Rosewood's letters said
/// she looked forward to; `**6** HCA update (not Kelburn!)`): nothing under it is this one's.
fn elsewhere(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let key = normalize(heading);
    const OTHER: &[&str] =
        &["other dates", "other interviews", "other applications", "other companies", "other jobs", "other processes"];
    lower.contains("(not ") || OTHER.iter().any(|o| key.starts_with(o))
}

/// True for a heading that tells the writer to keep its lines out of every message (set 54: `🙊
/// DO NOT PUT IN ANY MESSAGE`, `don't mention to them`, `niet delen`): a refusal, then sharing.
fn kept_out(key: &str) -> bool {
    const NOT: &[&str] = &["do not", "dont", "never", "not for", "not to", "niet"];
    const SHARE: &[&str] =
        &["put", "mention", "share", "include", "say", "message", "messages", "letter", "letters", "email", "delen"];
    let words = |list: &[&str]| list.iter().filter_map(|w| crate::text::words::find_word(key, w)).min();
    matches!((words(NOT), words(SHARE)), (Some(not), Some(share)) if not < share)
}

/// The kind of section a heading (or a `**Label:**`) names, if followup reads it: one of the
/// names above, else by the words it is made of ("Who was there", "Who I talked to", "The
/// panel (4 people)", "Stuff they liked", "Things I fumbled").
pub fn classify(heading: &str) -> Option<SectionKind> {
    // (`the panel (Fri 11/20, 1:00–2:15, meeting room B)`: the brackets say when and where.)
    let heading = match heading.trim_end().strip_suffix(')').and_then(|h| h.split_once(" (")) {
        Some((before, when)) if !before.trim().is_empty() && when.contains(|c: char| c.is_ascii_digit()) => before,
        _ => heading,
    };
    let key = normalize(heading);
    // (Set 63, a Google Doc's numbered headings: `## **2\. People**`, `### 3.1 Good`.)
    let key = match key.split_once(' ') {
        Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() => {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            if rest.is_empty() { key.clone() } else { rest.to_owned() }
        }
        _ => key,
    };
    // (Set 51: a nurse's `Pnl of 3:`, the panel in a chart's shorthand.)
    let key = match key.split(' ').any(|w| w == "pnl") {
        true => key.split(' ').map(|w| if w == "pnl" { "panel" } else { w }).collect::<Vec<_>>().join(" "),
        false => key,
    };
    let known = |key: &str| {
        SYNONYMS.iter().find(|(_, names)| names.contains(&key)).map(|(kind, _)| *kind).or_else(|| by_words(key))
    };
    // (`What I got wrong / want to fix`: two names for one section, the first that says what.)
    // (Set 47: `**Who (actually):**`: a word of the writer's in brackets.)
    let aside = || {
        let (before, aside) = heading.split_once(" (")?;
        let short = before.split_whitespace().count() <= 3 && !before.contains([':', ',']);
        (short && aside.split_whitespace().count() <= 2).then(|| known(&normalize(before))).flatten()
    };
    known(&key).or_else(|| heading.split(" / ").map(normalize).find_map(|part| known(&part))).or_else(aside)
}

/// The kind of a section under a heading of `inherited` kind: its own, else its parent's. A
/// section about someone (`**Hannah Reyes-Whitfield, Clinical Director**` under `## People`) is
/// what happened with them, not more people.
pub fn kind_under(heading: &str, inherited: Option<SectionKind>) -> Option<SectionKind> {
    classify(heading).or_else(|| {
        let about_someone = inherited == Some(SectionKind::People) && super::names_people(heading);
        inherited.filter(|_| !about_someone)
    })
}

/// A heading's kind from its words, for headings no list names. Short headings only: a
/// sentence that happens to hold these words is no heading of a section.
fn by_words(key: &str) -> Option<SectionKind> {
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() > 6 {
        return None;
    }
    let has = |w: &str| words.contains(&w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    // (`Thank-you sent: Tamsin ✅, Bernie ✅`, `Thank-you notes`: the letters, not who helped.)
    let letters = any(&["sent", "you", "yous", "note", "notes", "email", "emails", "card", "cards"])
        // (Set 69: `**Thank:**`, `To thank` over `- **Tadhg** → email …`: whom to write to, met or
        // not, is no list of those who helped.)
        || (has("thank") && !has("thanks"));
    if any(&["helped", "helpers", "helper"]) || (any(&["thanks", "thank"]) && !letters) {
        return Some(SectionKind::Helpers);
    }
    // A title ("Tidewell panel (4 people)") names the meeting: the word must lead the heading.
    let leads = |ws: &[&str]| ws.iter().any(|w| words[0] == *w || (words[0] == "the" && words.get(1) == Some(w)));
    // (`panel qs, quick notes`: what the panel asked, not who sat on it.)
    let asked = any(&["qs", "q", "questions", "asked", "answers"]);
    if !asked
        && leads(&[
            "interviewers",
            "interviewer",
            "panel",
            "panelists",
            "panellists",
            // (`## The board`, `## Oral board`: a civil service's panel.)
            "board",
            // (`The committee: Judith Sorensen, who chairs it, …; Desmond Aldrich, …`.)
            "committee",
            "attendees",
            "participants",
            "people",
            "sessions",
            "schedule",
            // (Set 57: `## loop`, an onsite's rounds and who ran each.)
            "loop",
        ])
        || (words[0] == "who"
            // (Set 57, a template's prompt: `## Who did I meet? (name, role)`.)
            && (words.len() == 1
                || any(&["met", "meet", "talked", "talk", "spoke", "speak", "there", "interviewed", "was", "were"])))
        // (Set 53, a note in Spanish: `Quién estuvo:`, `Entrevistadores`.)
        || (["quién", "quien", "quiénes", "quienes"].contains(&words[0]) && words.len() <= 3)
        || leads(&["entrevistadores", "asistentes", "panelistas", "personas"])
        // (`met:` over a hurried list of who was there.)
        || key == "met"
        || key.starts_with("met with")
        || key.starts_with("spoke with")
        || key.starts_with("talked to")
        || key.starts_with("talked with")
    {
        return Some(SectionKind::People);
    }
    if any(&[
        "clarify",
        "fumbled",
        "fumbles",
        "flubbed",
        "missed",
        "redo",
        "differently",
        "mistakes",
        "mistake",
        "corrections",
        "correction",
        "oops",
        "promises",
        "promised",
        "owe",
        "regrets",
        "weak",
        "explain",
        "explained",
        "forgot",
        "forgotten",
        // (Set 52, a Cornell page's cues: `Stumble ✗`, `Wrong #`, `Promise ★`.)
        "stumble",
        "stumbled",
        "stumbles",
        "wrong",
        "promise",
        // (Set 57, a Dendron note: `## fix / followup`, `## fixes`.)
        "fix",
        "fixes",
    ]) || key.contains("didnt get to")
        || key.contains("could have")
        || key.contains("should have")
        || key.contains("went badly")
        || key.contains("not so good")
        || key.contains("messed up")
        || key.contains("screwed up")
        || key.contains("got wrong")
        || any(&["aclarar", "corregir", "aclaraciones", "correcciones"])
    {
        return Some(SectionKind::Clarify);
    }
    if any(&["highlights", "liked", "loved", "landed", "wins", "positives", "strengths", "impressed"])
        || key.contains("went well")
        || key.contains("salió bien")
        || key.contains("salio bien")
        || key == "lo bueno"
    {
        return Some(SectionKind::Highlights);
    }
    if any(&["timeline", "decision", "proceso"]) || key.starts_with("next") || key.starts_with("siguientes pasos") {
        return Some(SectionKind::NextSteps);
    }
    None
}

/// True for a heading of things the writer forgot to say (`Forgot to mention`, `Didn't get to
/// mention`): each line under it is a thing not mentioned, however it is written.
pub fn names_the_unsaid(heading: &str) -> bool {
    let key = normalize(heading);
    key.split(' ').any(|w| matches!(w, "forgot" | "forgotten"))
        || ["didnt mention", "never mentioned", "didnt get to mention", "not mentioned"].iter().any(|p| key.contains(p))
}

/// True for a heading of questions the writer did not ask (`Didn't ask / should have`, `Forgot
/// to ask`): each line under it is a question to ask in the letter (`whether they cross-train
/// into micro`), or about a thing (`staffing ratio on evenings`).
pub fn names_the_unasked(heading: &str) -> bool {
    let key = normalize(heading);
    ["didnt ask", "forgot to ask", "should have asked", "didnt get to ask", "never asked", "did not ask"]
        .iter()
        .any(|p| key.contains(p))
}

/// True for a heading of things promised (`Promised`, `Promises`, `Things I promised`): each
/// line under it is a thing to send, however it is written (`references to Carla by Fri`).
pub fn names_promises(heading: &str) -> bool {
    normalize(heading).split(' ').any(|w| matches!(w, "promised" | "promises" | "owe"))
}

/// Lower-cases, drops apostrophes, and turns everything but letters and digits into single spaces.
pub fn normalize(text: &str) -> String {
    // One pass, one allocation: every note's lines come through here, several times over.
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars().filter(|c| !matches!(c, '\'' | '’')) {
        if !c.is_alphanumeric() {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Words of a heading that name the meeting, not the job: left out of a position found there.
pub(super) const MEETING_WORDS: &[&str] = &[
    "interview",
    "interviews",
    "onsite",
    "on-site",
    "phone",
    "screen",
    "screening",
    "call",
    "technical",
    "panel",
    "final",
    "round",
    "loop",
    "notes",
    "debrief",
    "chat",
    "first",
    "second",
    "third",
    "1st",
    "2nd",
    "3rd",
    // (`sous chef stage`: a kitchen's trial shift.)
    "stage",
    // (Set 60, in French and German: `rencontre associés`, the meeting with the partners, was "the
    // Rencontre Associés role"; `entrevue`, `Zweitgespräch`.)
    "rencontre",
    "associés",
    "entrevue",
    "entretien",
    "gespräch",
    "vorstellungsgespräch",
    "erstgespräch",
    "zweitgespräch",
    "fachgespräch",
    "telefoninterview",
    // (Set 71, in Dutch and Italian: `Maasbridge Logistics - sollicitatie Senior Transport Planner
    // - gesprek 1` was "the sollicitatie Senior Transport Planner role"; `COLLOQUIO HELVEXA`.)
    "sollicitatie",
    "sollicitatiegesprek",
    "gesprek",
    "colloquio",
];

/// True for a line that says nobody may know what it tells (set 71: `I said "it is in progress".
/// It is NOT in progress, … Nobody must know that I said this.`): in no letter, in its own
/// words. `lower` is the line in lower case.
pub fn kept_secret(lower: &str) -> bool {
    ["nobody", "no one", "noone"].iter().any(|who| {
        ["must know", "must not know", "should know", "needs to know", "can know", "may know"]
            .iter()
            .any(|know| lower.contains(&format!("{who} {know}")))
    })
}

/// True for a point to clarify that the note lets go (`… it's 5 and a half. nbd. skip it.`,
/// `minor, maybe skip`) or says is set straight already (`Bri said she already fixed it in her
/// notes`): in no letter. `lower` is the line in lower case.
pub fn let_go(lower: &str) -> bool {
    const LET_GO: &[&str] = &[
        "already fixed",
        "already corrected",
        "already knows",
        "already caught",
        "already passed it on",
        "skip it",
        "maybe skip",
        "not worth correcting",
        "not worth it",
        "let it go",
        "don't bother",
        // (`Not a lie but inflated. If it comes up again, be precise.`: for the next time.)
        "if it comes up again",
        "leaning leave it",
    ];
    // (`Told Rosa the textile show went to 3 venues "in 2024" — it was 2023–24. Tiny. Leave it.`)
    let left = lower.trim_end_matches(['.', '!', ' ']).ends_with("leave it")
        || [". leave it.", ". leave it,", "— leave it", "- leave it"].iter().any(|p| lower.contains(p));
    left || LET_GO.iter().any(|p| lower.contains(p))
}

/// The position a note's first heading names, when the note gives none elsewhere:
/// `# Interview — Stripe (Backend Engineer)`, `# Stripe — Backend Engineer onsite`,
/// `# Senior Developer at ExampleCorp`. Only a phrase with a job-title word counts, and the
/// company's name and the meeting's words are left out.
pub fn position_from_title(title: &str, company: Option<&str>) -> Option<String> {
    // (`Marlowe Hospitality - call w/ recruiter 11/3`, `Hearth & Vine — sit down w/ chef
    // Marguerite + GM`: a part that says whom the meeting was with names no job.)
    let text = [" — ", " – ", " -- ", " - ", ": ", " | "]
        .iter()
        .fold(vec![title.to_owned()], |parts, sep| {
            parts.iter().flat_map(|p| p.split(sep).map(str::to_owned).collect::<Vec<_>>()).collect()
        })
        .into_iter()
        .filter(|part| {
            let lower = format!(" {}", part.to_lowercase());
            !lower.contains(" w/ ") && !lower.contains(" with ")
        })
        .collect::<Vec<_>>()
        .join(" — ");
    // (Set 65: `= Brennan Biologics -- Round 2 (lab tour, practical, VP)`: brackets that list the
    // parts of the meeting, in lower case, name whom it was with, not the job.)
    let listed: Vec<String> = text
        .split('(')
        .skip(1)
        .filter_map(|after| after.split_once(')').map(|(inside, _)| inside))
        .filter(|inside| {
            let parts: Vec<&str> = inside.split(',').map(str::trim).collect();
            let short = parts.iter().all(|p| p.split_whitespace().count() <= 3);
            parts.len() >= 2 && short && parts.iter().any(|p| p.starts_with(char::is_lowercase))
        })
        .map(|inside| format!("({inside})"))
        .collect();
    let mut text = listed.iter().fold(text, |text, list| text.replace(list, "\n"));
    for sep in [" — ", " – ", " -- ", " - ", ": ", " | ", " @ ", " at ", "(", ")", "/"] {
        text = text.replace(sep, "\n");
    }
    // `Quillstack, Senior PM, Developer Platform`: the company before a comma goes, and a team
    // after the title stays (`Senior PM, Developer Platform`).
    let text: String = text
        .lines()
        .map(|segment| {
            let parts: Vec<&str> = segment.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
            let Some(job) = parts.iter().position(|p| p.split_whitespace().any(people::is_title_word)) else {
                return parts.join("\n");
            };
            let team = parts[job + 1..]
                .iter()
                .take_while(|p| {
                    let words: Vec<&str> = p.split_whitespace().collect();
                    words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "&")
                })
                .count();
            let mut out: Vec<String> = parts[..job].iter().map(|p| (*p).to_owned()).collect();
            out.push(parts[job..=job + team].join(", "));
            out.extend(parts[job + team + 1..].iter().map(|p| (*p).to_owned()));
            out.join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let is_company = |segment: &str| company.is_some_and(|c| segment.eq_ignore_ascii_case(c.trim()));
    // (Set 50, a Word document through pandoc: `**TAUSI MICROFINANCE BANK – INTERNAL AUDIT
    // MANAGER**`: the bold is no part of the job.)
    let segments = text.lines().map(|s| s.trim().trim_matches(['*', '_']).trim());
    segments.filter(|segment| !segment.is_empty() && !is_company(segment)).find_map(|segment| {
        let words: Vec<&str> = segment.split_whitespace().collect();
        // `recruiter screen mon 11/16`: the meeting, its day and its date, and no job in them;
        // "recruiter" is the meeting's only where a word of the meeting follows it.
        // (Set 71: `Ember & Rye — Sous Chef "chat" (Round 1)`: a word of the meeting, quoted.)
        let lower: Vec<String> =
            words.iter().map(|w| w.to_lowercase().trim_matches(['"', '“', '”', '\'']).to_owned()).collect();
        // (Set 51: `r1`, `rd 2`, `rnd`: a round.)
        let round = |w: &str| {
            matches!(w, "r" | "rd" | "rnd" | "rd." | "rnd.")
                || ["r", "rd", "rnd"]
                    .iter()
                    .any(|r| w.strip_prefix(r).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())))
        };
        let is_meeting = |w: &str| MEETING_WORDS.contains(&w) || super::dates::is_weekday(w) || round(w);
        // (Set 51: `kopi pay — EM payments platform — r1 hiring mgr`: whom the round was with.)
        let whom = lower.windows(2).any(|pair| pair[0] == "hiring" && matches!(pair[1].as_str(), "mgr" | "manager"));
        if whom && lower.first().is_some_and(|w| is_meeting(w) || w == "hiring") {
            return None;
        }
        // (Set 59: `AMANI — FINAL PARTNER PANEL — ONE-PAGER`: a panel of partners, no job; at the
        // base, "the Final Partner role". Not `Analytics Engineer panel`, the job's.)
        let stage = ["final", "first", "second", "third", "last", "initial"];
        if let [when, who, panel] = &lower[..] {
            if stage.contains(&when.as_str()) && people::is_title_word(who) && panel == "panel" {
                return None;
            }
        }
        let meeting_at = |i: usize| {
            let w = lower[i].as_str();
            // `Technical Writer`: an adjective of the job when a title word follows it.
            let of_the_job = words.get(i + 1).is_some_and(|n| people::is_title_word(n));
            // (`at 4:52 PM`: a time, whose PM is no product manager.)
            let time = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(':');
            // (`NUM Ward 3`: a number after a word of a name is the name's.)
            let named = i > 0 && words[i - 1].starts_with(char::is_uppercase) && !is_meeting(&lower[i - 1]);
            (is_meeting(w) && !of_the_job)
                || (w.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '#') && !(named && w.len() <= 2))
                || time(w)
                || (matches!(w, "am" | "pm" | "a.m." | "p.m.") && i > 0 && time(&lower[i - 1]))
                || (matches!(w, "recruiter" | "hr") && lower.get(i + 1).is_some_and(|n| is_meeting(n)))
        };
        let start = (0..words.len()).position(|i| !meeting_at(i))?;
        let end = (0..words.len()).rposition(|i| !meeting_at(i))? + 1;
        let words = &words[start..end];
        // (`round 2 (Director + writing exercise)`: whom the meeting was with and what it held,
        // not the job.)
        let agenda = ["exercise", "test", "presentation", "assessment", "tour", "lunch", "dinner", "case"];
        if words.contains(&"+") || words.iter().any(|w| agenda.contains(&w.to_lowercase().as_str())) {
            return None;
        }
        let titled = words.iter().any(|w| people::is_title_word(w));
        // `ostrander analytics - sales eng - take-home review`: a hurried job of a few words in
        // lower case, its abbreviations written out, is the job.
        let hurried = || {
            let lower = words.len() <= 3 && words.iter().all(|w| w.chars().all(|c| c.is_lowercase()));
            let job = super::people::spelled_out(&words.join(" "));
            (lower && job.split(' ').any(people::is_title_word)).then(|| people::title_cased(&job))
        };
        hurried().or_else(|| (titled && words.len() <= 6).then(|| unshouted_job(words))).or_else(|| acronym_job(words))
    })
}

/// A job named by its letters, then its team or ward (sets 51, 48): `NUM Ward 3` (Nurse Unit
/// Manager, Ward 3), `EM payments platform` (Engineering Manager, Payments Platform), `APM`.
fn acronym_job(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    let letters = (2..=4).contains(&first.len()) && first.chars().all(|c| c.is_ascii_uppercase());
    let job = letters.then(|| people::title_written_out(first)).filter(|job| job != first);
    let job = job.unwrap_or_else(|| people::spelled_out(&first.to_lowercase()));
    let job = people::title_cased(&job.to_lowercase());
    if !job.split(' ').any(people::is_title_word) || rest.len() > 4 {
        return None;
    }
    let team = rest.iter().map(|w| super::folder::capitalised(w)).collect::<Vec<_>>().join(" ");
    Some(if team.is_empty() { job } else { format!("{job}, {team}") })
}

/// A job's words as written, or, when the note shouts them (`INTERNAL AUDIT MANAGER`), in title
/// case, short words kept as the letters they are (`HR`, `SHE`) and the small ones in lower case.
fn unshouted_job(words: &[&str]) -> String {
    let shouted = words.iter().all(|w| !w.chars().any(char::is_lowercase)) && words.iter().any(|w| w.len() > 3);
    if !shouted {
        return words.join(" ");
    }
    let word = |w: &&str| match w.to_lowercase().as_str() {
        small @ ("of" | "and" | "for" | "in" | "the") => small.to_owned(),
        _ if w.chars().count() <= 3 => (*w).to_owned(),
        lower => super::folder::capitalised(lower),
    };
    words.iter().map(word).collect::<Vec<_>>().join(" ")
}

/// Where a stage name puts the interview: phone screens and first rounds are early, finals late.
pub fn position_from_stage(stage: &str) -> Option<ProcessPosition> {
    let s = normalize(&counts_spelled(stage));
    let early = [
        "phone screen",
        "phone",
        "screen",
        "screening",
        "recruiter screen",
        "first round",
        "intro",
        "introductory call",
        "initial call",
        "initial interview",
        "hr screen",
    ];
    if early.iter().any(|e| s == *e || s.starts_with(&format!("{e} ")) || s.ends_with(&format!(" {e}"))) {
        return Some(ProcessPosition::Beginning);
    }
    let late = ["final", "final round", "final interview", "last round", "final panel"];
    if late.iter().any(|l| s == *l || s.starts_with(&format!("{l} "))) {
        return Some(ProcessPosition::End);
    }
    // (Set 48: `runde = "2/3"`, read as "round 2 of 3": counted, where it stands.)
    if let Some(pos) = ordinal_of_total(&s) {
        return Some(pos);
    }
    let words: Vec<&str> = s.split(' ').collect();
    if let ["round", n, "of", of] = words[..] {
        let (n, of): (u32, u32) = (n.parse().ok()?, of.parse().ok()?);
        return match n {
            1 => Some(ProcessPosition::Beginning),
            n if n >= of => Some(ProcessPosition::End),
            _ => Some(ProcessPosition::Middle),
        };
    }
    None
}

/// Where the note's own words put the interview ("first of four rounds", "decision by Friday").
pub fn position_from_words(text: &str) -> Option<ProcessPosition> {
    let t = normalize(&counts_spelled(text));
    // (Set 45: `One interview only apparently, no second round, they just decide after.`)
    let only = ["one interview only", "only one interview", "no second round", "no further rounds", "only one round"];
    if only.iter().any(|o| t.contains(o)) {
        return Some(ProcessPosition::End);
    }
    // (Set 46: `Final round with the CEO … preponed to Wed 2/12. Final is round 3 of 3.`: the final
    // is another round, still to come.)
    if t.contains("final is round") || t.contains("final will be round") {
        return Some(ProcessPosition::Middle);
    }
    if let Some(pos) = ordinal_of_total(&t) {
        return Some(pos);
    }
    let end = [
        "last candidate",
        "final candidate",
        "final round",
        "final interview",
        "last round",
        "no more rounds",
        // (Set 55: `Only round per agency (no second interview)`.)
        "only round",
        "no second interview",
        "final stage",
        "final step",
        "last step",
        "final loop",
        "decision by",
        "make a decision",
        "making a decision",
        "decide by",
        "decision early next week",
        "decision next week",
        "offer decision",
    ];
    let beginning = [
        "early in the process",
        "early in their process",
        "early stage",
        "first round",
        "first step",
        "first conversation",
        "initial screen",
        "start of the process",
        "beginning of the process",
    ];
    let middle = [
        "next round",
        "another round",
        "more rounds",
        "more round",
        "next interview",
        "halfway",
        "middle of the process",
        "onsite next",
        "move forward to the",
    ];
    // A final round still to come ("there's one final round, a chat with the VP", "final round
    // is a half-day onsite"): this interview was not it.
    let final_to_come = [
        "one final round",
        "final round is",
        "final round will",
        "final round would",
        "final round to be",
        "final round next",
        "before the final round",
        "final round a ",
        "then a final round",
        "then the final round",
    ];
    let padded = format!("{t} ");
    // (`Sit-along (4 hrs on the floor) is the last step before conditional offer`: another step
    // is the last; `this was the last step` says this one was.)
    let another_is_last = ["is the last step", "is the final step", "is the last round", "is the final round"]
        .iter()
        .chain(&[
            "will be the last step",
            "will be the final step",
            "will be the final round",
            "will be the last round",
        ])
        .filter_map(|p| t.find(p))
        .any(|at| {
            let before = t[..at].split_whitespace().next_back().unwrap_or_default();
            !["this", "that", "it", "today", "today's", "which"].contains(&before) && !before.is_empty()
        });
    if another_is_last || final_to_come.iter().any(|p| padded.contains(p)) {
        Some(ProcessPosition::Middle)
    } else if end.iter().any(|p| t.contains(p)) {
        Some(ProcessPosition::End)
    } else if beginning.iter().any(|p| t.contains(p)) {
        Some(ProcessPosition::Beginning)
    } else if middle.iter().any(|p| t.contains(p)) {
        Some(ProcessPosition::Middle)
    } else {
        None
    }
}

/// `text` with a round counted with a slash written out (set 57: `round 2/4`, `stage 3/3` are
/// `round 2 of 4`, `stage 3 of 3`), for `round_of_total`, which reads words.
fn counts_spelled(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('/') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.find('/') {
        let (before, after) = (&rest[..at], &rest[at + 1..]);
        let n = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let m = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let word = before[..before.len() - n].trim_end().rsplit(' ').next().unwrap_or_default().to_lowercase();
        // (Set 55: `second interview 03/12`, a date, its day written with a nought.)
        let date = before[before.len() - n..].starts_with('0') || after.starts_with('0');
        let counted = (1..=2).contains(&n)
            && (1..=2).contains(&m)
            && !date
            && before.len() - n > 0
            && before[..before.len() - n].ends_with(' ')
            && ["round", "stage", "step", "interview"].contains(&word.as_str());
        out.push_str(before);
        out.push_str(if counted { " of " } else { "/" });
        rest = after;
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// "second of four rounds" → middle; "first of …" → beginning; "three of three" → end.
fn ordinal_of_total(t: &str) -> Option<ProcessPosition> {
    let (nth, total) = round_of_total(t)?;
    Some(if nth == 1 {
        ProcessPosition::Beginning
    } else if nth >= total {
        ProcessPosition::End
    } else {
        ProcessPosition::Middle
    })
}

const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth"];
const NUMBERS: &[&str] = &["one", "two", "three", "four", "five", "six"];

/// A number written as a word: `two`, `both` → 2.
pub fn number_word(word: &str) -> Option<usize> {
    if word == "both" {
        return Some(2);
    }
    NUMBERS.iter().position(|n| *n == word).map(|i| i + 1)
}

/// A count written as a word or in digits: `two`, `second`, `2` → 2.
fn count(word: &str) -> Option<usize> {
    ORDINALS
        .iter()
        .position(|o| *o == word)
        .or_else(|| NUMBERS.iter().position(|n| *n == word))
        .map(|i| i + 1)
        .or_else(|| word.parse::<usize>().ok().filter(|n| (1..=12).contains(n)))
}

/// Which round of how many, 1-based, in normalised text: `second of four rounds`, `round 2 of 5`,
/// `2 of 5 rounds`. Digits alone (`2 of 5`) count only beside a word for rounds.
fn round_of_total(t: &str) -> Option<(usize, usize)> {
    const ROUNDS: &[&str] = &["round", "rounds", "interview", "interviews", "stage", "stages", "step", "steps"];
    let words: Vec<&str> = t.split(' ').collect();
    (0..words.len().saturating_sub(2)).find_map(|i| {
        let (nth, total) = (count(words[i])?, count(words[i + 2])?);
        // (`second of four`; not `you're one of two we brought in`, of the candidates.)
        let worded = !words[i].starts_with(|c: char| c.is_ascii_digit())
            && !["one", "two", "three", "four", "five", "six"].contains(&words[i]);
        let beside_rounds =
            i > 0 && ROUNDS.contains(&words[i - 1]) || words.get(i + 3).is_some_and(|w| ROUNDS.contains(w));
        (words[i + 1] == "of" && nth <= total && (worded || beside_rounds)).then_some((nth, total))
    })
}

/// How many rounds the note's words say are still to come, when some are: `round 2 of 5` → 3,
/// `two more rounds` → 2, `one more round` or `another round` → 1. The last round is
/// `position_from_words`' (the end of the process).
pub fn rounds_left(text: &str) -> Option<usize> {
    // (`Round 2 of 3? … So maybe that was it??`: a count the note doubts is no count.)
    let text = &counts_spelled(text);
    let doubted = text.lines().any(|line| {
        let counted = round_of_total(&normalize(line)).is_some();
        let asked = line.as_bytes().windows(2).any(|w| w[0].is_ascii_digit() && w[1] == b'?');
        counted && asked
    });
    if doubted {
        return None;
    }
    let t = normalize(text);
    let left = match round_of_total(&t) {
        Some((nth, total)) => Some(total - nth),
        None => {
            let words: Vec<&str> = t.split(' ').collect();
            words.windows(3).find_map(|w| match w {
                [n, "more", "round" | "rounds" | "interview" | "interviews"] => count(n).filter(|_| *n != "first"),
                ["another", "round" | "interview", _] | [_, "another", "round" | "interview"] => Some(1),
                _ => None,
            })
        }
    };
    left.filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_that_says_to_keep_its_lines_out_of_every_message_is_private() {
        assert!(is_private("🙊 DO NOT PUT IN ANY MESSAGE"));
        assert!(is_private("Don't mention to them"));
        assert!(is_private("OFF THE RECORD") && is_private("ON BACKGROUND") && is_private("NTS"));
        assert_eq!(shareable("Myself only (dont put anywhere):\n- offer, reply by 28 Nov\n"), "\n\n");
        assert!(!is_private("Messages I sent"), "no refusal");
        assert!(!is_private("Never again: the commute"), "a refusal, but not of sharing");
        assert!(is_private("OTHER DATES (not Rosewood!!)") && is_private("HCA update (not Kelburn!)"), "set 65");
        assert!(is_private("Other interviews") && !is_private("Other people") && !is_private("Process (notes)"));
        let outline = "- Stage:: panel\n- #private\n    - [[Quillfeather Bio]] onsite December 1st\n\n    - comp 190k\n\
                       - TODO email Owen\n- Private::\n  - 200k\n- General\n";
        assert_eq!(shareable(outline), "- Stage:: panel\n\n\n\n\n- TODO email Owen\n\n\n- General\n");
        let kept = shareable("## 🙊 DO NOT PUT IN ANY MESSAGE\n- kobo rails offer came in\n\n📅 decision by 11 dec\n");
        assert_eq!(kept, "\n\n\n📅 decision by 11 dec\n", "an emoji's paragraph opens another part");
        // (Set 74: a sentence over a rule is no heading, whatever it says.)
        let ruled = "The Harlow 2nd is 25/11 — honestly I prefer Harlow, more money, but YBCH is close.\n----\n\
                     Tuesday 1/12 — email from Sophie: unsuccessful.\n";
        assert!(shareable(ruled).contains("unsuccessful"), "{}", shareable(ruled));
        assert_eq!(shareable("Salary and money\n----\noffer 95k\n"), "\n\n\n", "a heading over its rule");
    }

    #[test]
    fn what_the_writer_wrote_for_themselves_is_not_shared() {
        let text = "Decision: next week.\n\n---\nPRIVATE\n- comp 210\n\n- if offer comes before Dec 15…\n\n\
                    They decide by Dec 4.\n\nJust for me: about 118k.\nStill me.\n\nBack to them.\n\n\
                    ## Salary\nDec 20 payout\n## Next\nRound 2 of 3\n\nme only\n- kessler wants an answer by dec 10\n";
        let shared = shareable(text);
        assert_eq!(shared.lines().count(), text.lines().count(), "lines keep their numbers");
        for gone in ["comp 210", "Dec 15", "118k", "Still me", "Dec 20", "dec 10"] {
            assert!(!shared.contains(gone), "{gone} in {shared}");
        }
        for kept in ["Decision: next week.", "They decide by Dec 4.", "Back to them.", "Round 2 of 3"] {
            assert!(shared.contains(kept), "{kept} not in {shared}");
        }
        // (Set 44: the timing in a paragraph of its own after a to-do list.)
        let text = "## Still to do

- [ ] online test, due Friday 4 Dec

Timing: they'll call everyone by Friday 11 Dec.
";
        let shared = shareable(text);
        assert!(!shared.contains("4 Dec") && shared.contains("11 Dec"), "{shared}");
        // (Set 65: a rule ends what a label keeps for oneself.)
        let text = "PRIVATE\n- Hannah was chewing gum.\n- Buy him suya.\n\n---\nUPDATES\n\
                    Mon 23/11 – Bernadette called. NOT SUCCESSFUL.\n";
        let shared = shareable(text);
        assert!(!shared.contains("suya") && shared.contains("NOT SUCCESSFUL"), "{shared}");
    }

    #[test]
    fn headings_match_on_meaning() {
        assert_eq!(classify("## Who I met"), Some(SectionKind::People));
        assert_eq!(classify("Participants"), Some(SectionKind::People));
        assert_eq!(classify("## Who"), Some(SectionKind::People));
        assert_eq!(classify("What Went Well 🎉"), Some(SectionKind::Highlights));
        assert_eq!(classify("Things I didn't get to explain"), Some(SectionKind::Clarify));
        assert_eq!(classify("## In attendance (part)"), Some(SectionKind::People));
        assert_eq!(classify("Could have explained better:"), Some(SectionKind::Clarify));
        assert_eq!(classify("Thanks to"), Some(SectionKind::Helpers));
        assert_eq!(classify("NEXT STEPS"), Some(SectionKind::NextSteps));
        assert_eq!(classify("Special thanks"), Some(SectionKind::Helpers));
        assert_eq!(classify("Also helped"), Some(SectionKind::Helpers));
        assert_eq!(classify("Open threads"), Some(SectionKind::Clarify));
        assert_eq!(classify("What I'd redo"), Some(SectionKind::Clarify));
        assert_eq!(classify("Could have gone better"), Some(SectionKind::Clarify));
        assert_eq!(classify("stuff i didnt explain well"), Some(SectionKind::Clarify));
        assert_eq!(classify("### Mistake"), Some(SectionKind::Clarify));
        assert_eq!(classify("Forgot to mention"), Some(SectionKind::Clarify));
        assert_eq!(classify("forgot"), Some(SectionKind::Clarify));
        assert_eq!(classify("Promises"), Some(SectionKind::Clarify), "what was promised is taken up in the letter");
        assert_eq!(classify("Questions I asked"), None, "neither a highlight nor a point to clarify");
        assert_eq!(classify("Follow-up Actions"), None);
        assert_eq!(classify("What Could Improve"), None);
    }

    #[test]
    fn a_first_heading_that_names_a_job_gives_the_position() {
        let p = |title: &str| position_from_title(title, Some("Stripe"));
        assert_eq!(p("Interview — Stripe (Backend Engineer)").as_deref(), Some("Backend Engineer"));
        assert_eq!(p("Stripe — Backend Engineer onsite").as_deref(), Some("Backend Engineer"));
        assert_eq!(p("Senior Developer at Stripe").as_deref(), Some("Senior Developer"));
        assert_eq!(
            p("**TAUSI MICROFINANCE BANK – INTERNAL AUDIT MANAGER**").as_deref(),
            Some("Internal Audit Manager")
        );
        assert_eq!(p("STRIPE – HEAD OF SHE").as_deref(), Some("Head of SHE"));
        // (Set 38: whom the round was with and what it held, not the job.)
        assert_eq!(p("Stripe — round 2 (Director + writing exercise)"), None);
        assert_eq!(p("Stripe — Director presentation"), None);
        assert_eq!(
            p("Stripe: Engineering Manager, Payments - round 2").as_deref(),
            Some("Engineering Manager, Payments")
        );
        assert_eq!(
            p("Parcelwright -- Technical Writer (API docs) -- panel, Tue 17 Nov").as_deref(),
            Some("Technical Writer")
        );
        assert_eq!(
            p("Quillstack — Senior PM, Developer Platform — loop day 2 (Wed 11/25)").as_deref(),
            Some("Senior PM, Developer Platform")
        );
        assert_eq!(p("Stripe onsite notes"), None, "no job title");
        assert_eq!(p("stripe - sales eng - take-home review").as_deref(), Some("Sales Engineer"), "hurried");
        assert_eq!(p("stripe - ops mgr - hm call").as_deref(), Some("Operations Manager"));
        assert_eq!(p("Stripe — 2026-10-20 phone screen"), None);
        assert_eq!(p("stripe - AE midmarket - recruiter screen mon 11/16"), None, "a recruiter's screen, no job");
        assert_eq!(p("Stripe, Recruiter (Tech), phone screen").as_deref(), Some("Recruiter"), "a recruiter's job");
        // (Set 33: whom the meeting was with, read as the job.)
        assert_eq!(p("Stripe - call w/ recruiter 11/3"), None);
        assert_eq!(p("Stripe — sit down w/ chef Marguerite + GM"), None);
        assert_eq!(p("Stripe — Sous Chef — tasting with the chef").as_deref(), Some("Sous Chef"));
        assert_eq!(
            p("Notes from a long conversation with the engineers about their leads and heads"),
            None,
            "too long"
        );
    }

    #[test]
    fn stages_place_the_interview() {
        assert_eq!(position_from_stage("Phone Screen"), Some(ProcessPosition::Beginning));
        assert_eq!(position_from_stage("first-round"), Some(ProcessPosition::Beginning));
        assert_eq!(position_from_stage("Final"), Some(ProcessPosition::End));
        assert_eq!(position_from_stage("final-round"), Some(ProcessPosition::End));
        assert_eq!(position_from_stage("technical"), None);
        let counted = "tech screen. round 2/4 (recruiter -> tech screen -> virtual onsite loop -> HM/VP close)";
        assert_eq!(position_from_stage(counted), Some(ProcessPosition::Middle));
    }

    #[test]
    fn words_place_the_interview() {
        assert_eq!(position_from_words("This was the first of four rounds."), Some(ProcessPosition::Beginning));
        assert_eq!(position_from_words("second of three interviews"), Some(ProcessPosition::Middle));
        let only = "One interview only apparently, no second round, they just decide after.";
        assert_eq!(position_from_words(only), Some(ProcessPosition::End));
        assert_eq!(position_from_words("the third of 3 rounds"), Some(ProcessPosition::End));
        assert_eq!(position_from_words("We're early in the process"), Some(ProcessPosition::Beginning));
        // (Set 27: an earlier round recalled does not make this one early.)
        assert_eq!(
            position_from_words("This was the final step. The first round was the Zoom screen."),
            Some(ProcessPosition::End)
        );
        assert_eq!(position_from_words("Final loop, 4 x 50 min on Zoom."), Some(ProcessPosition::End));
        assert_eq!(position_from_words("I was the last candidate"), Some(ProcessPosition::End));
        assert_eq!(position_from_words("Decision by the end of next week"), Some(ProcessPosition::End));
        assert_eq!(position_from_words("Nothing to say"), None);
        assert_eq!(classify("Who was there"), Some(SectionKind::People));
        assert_eq!(classify("Who I talked to"), Some(SectionKind::People));
        assert_eq!(classify("The panel (4 people, 75 min)"), Some(SectionKind::People));
        assert_eq!(classify("Stuff they liked"), Some(SectionKind::Highlights));
        assert_eq!(classify("Things I fumbled"), Some(SectionKind::Clarify));
        assert_eq!(classify("What I'd do differently"), Some(SectionKind::Clarify));
        assert_eq!(classify("People who made it happen: thanks"), Some(SectionKind::Helpers));
        assert_eq!(classify("Thank-you sent"), None, "the letters, not who helped");
        assert_eq!(classify("Thank you notes"), None);
        let titles = ["Tidewell panel (4 people, 75 min)", "Verdant Energy — Grid Analytics Lead (panel)"];
        assert_eq!(classify("Logistics"), Some(SectionKind::Helpers), "set 58");
        for none in
            ["Oliver", "HM chat with Claire", "System design with Rohan", "Salary / benefits"].into_iter().chain(titles)
        {
            assert_eq!(classify(none), None, "{none}");
        }
        // A final round still to come.
        let next = "Next steps: Ingrid said there's one final round, a chat with the VP Eng.";
        assert_eq!(position_from_words(next), Some(ProcessPosition::Middle));
        let next = "next: Bianca said final round is a half-day virtual onsite";
        assert_eq!(position_from_words(next), Some(ProcessPosition::Middle));
        assert_eq!(position_from_words("This was the final round."), Some(ProcessPosition::End));
        assert_eq!(position_from_words("Round 2 of 5, with the VP next."), Some(ProcessPosition::Middle));
        assert_eq!(position_from_words("round 5 of 5"), Some(ProcessPosition::End));
        assert_eq!(position_from_words("Two more rounds after this one"), Some(ProcessPosition::Middle));
        assert_eq!(position_from_words("one more round to go"), Some(ProcessPosition::Middle));
        assert_eq!(position_from_words("No more rounds after this"), Some(ProcessPosition::End));
        assert_eq!(position_from_words("We spent 2 of 5 hours on Kafka"), None, "digits alone are no round");
    }

    #[test]
    fn words_say_how_many_rounds_are_left() {
        assert_eq!(rounds_left("This was round 2 of 5."), Some(3));
        assert_eq!(rounds_left("second of three interviews"), Some(1));
        assert_eq!(rounds_left("Two more rounds after this one"), Some(2));
        assert_eq!(rounds_left("one more round with the CTO"), Some(1));
        assert_eq!(rounds_left("they want another round"), Some(1));
        assert_eq!(rounds_left("round 3 of 3"), None, "none left: the end of the process");
        assert_eq!(rounds_left("Nothing about rounds here"), None);
        // (Set 40: the candidates, not the rounds; the decision after the usual check-in was
        // dropped as the end of rounds still to come.)
        assert_eq!(rounds_left("final stage? (Maribel said \"you're one of two we brought in\")"), None);
        assert_eq!(rounds_left("the second of four"), Some(2));
        assert_eq!(rounds_left("stage: tech screen. round 2/4 (recruiter -> tech screen -> onsite)"), Some(2));
        assert_eq!(rounds_left("Round 1/2 and/or a call"), Some(1));
        assert_eq!(rounds_left("team of 2/4 rounds"), None, "a slash after no word for a round");
        assert_eq!(
            rounds_left("Round 2 of 3? Shauna said the final is usually just Peg. So maybe that was it??"),
            None
        );
    }
}
