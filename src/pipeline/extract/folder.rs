//! What a note's place says when the note does not: the company of the folder it is in
//! (`content/<company>/`, as `followup new` makes them), and the stage its title or file name
//! names. Pure functions on strings.

use super::dates::day_in_name;
use super::sections::normalize;

/// Folder names that sort notes by something other than the employer: a dated file in one of
/// them is no company's note.
const GENERIC_FOLDERS: &[&str] = &[
    "archive",
    "archived",
    "attachments",
    "daily",
    "daily notes",
    "drafts",
    "inbox",
    "interview",
    "interviews",
    "job search",
    "jobs",
    "journal",
    "meetings",
    "misc",
    "notes",
    "old",
    "templates",
    "todo",
    "weekly",
];

/// The company a note at `rel` (relative to the notes folder) belongs to by its place: a file
/// with a date in its name (`date_in_name`), in a folder right under the notes folder, belongs
/// to the company that folder names. `undated` also takes a file without one (the caller knows
/// it records an interview: `nov 23 tech screen.md` in a year-less note). The name is written as `text` (the note's title, headings and
/// words) writes it, else each word capitalised (`nimbus-works` → `Nimbus Works`).
pub fn company_of(rel: &str, text: &str, undated: bool) -> Option<String> {
    let (folder, file) = rel.split_once('/')?;
    if file.contains('/') || (day_in_name(file).is_none() && !undated) {
        return None;
    }
    let words = normalize(folder);
    if words.is_empty()
        || GENERIC_FOLDERS.contains(&words.as_str())
        || words.chars().all(|c| c.is_ascii_digit() || c == ' ')
    {
        return None;
    }
    let company = in_full_at_the_top(&words, text)
        .or_else(|| written_as(&words, text))
        .or_else(|| with_and(&words, text))
        .or_else(|| with_ampersand(&words, text))
        .or_else(|| written_in_part(&words, text))
        .unwrap_or_else(|| capitalised_as(&words, text));
    // (Set 60: `(Isla Verde Hospitality's flagship)` for `isla-verde-hospitality`: the company, not
    // its possessive; `St Kevin's` for `st-kevins` keeps the folder's "s".)
    let owner = company.strip_suffix("'s").or_else(|| company.strip_suffix("’s")).filter(|c| normalize(c) == words);
    Some(owner.map_or_else(|| company.clone(), str::to_owned))
}

/// The company as the note's title (the first line of its body, after any front matter) names it
/// in full, when the folder's name is its start
/// (set 54: `lakeshore-build` under `# Lakeshore Build Group - Electrical Site Supervisor`) or
/// its start and the initials of the rest (`bayview-me`, `# Bayview Mechanical & Electrical -
/// …`); or one of the two lines after the title does (set 73: `Lakeshore Transit Partners, 200
/// Front St W, 14F` under `LTP 面试记录`). Only for a folder's name of two words or more.
fn in_full_at_the_top(words: &str, text: &str) -> Option<String> {
    super::body_lines(text).take(3).find_map(|line| in_full_in_line(words, line))
}

fn in_full_in_line(words: &str, line: &str) -> Option<String> {
    let folder: Vec<&str> = words.split(' ').collect();
    let title = line.trim_start_matches('#').trim();
    // (Set 62: `Nuri Mobility, Senior Data Analyst - Pricing team`: the job after a comma.)
    let named =
        [" - ", " — ", " – ", " | ", ": ", ", "].iter().filter_map(|d| title.find(d)).min().map(|at| &title[..at])?;
    let written: Vec<&str> = named.split_whitespace().collect();
    if folder.len() < 2 || written.len() <= folder.len() || written.len() > 6 {
        return None;
    }
    let capital = |w: &&str| w.starts_with(char::is_uppercase) || *w == "&";
    let same = |n: usize| folder[..n].iter().zip(&written).all(|(f, w)| normalize(w) == *f);
    let whole = same(folder.len());
    // (The folder's last word the initials of the title's words after the others.)
    let initials = same(folder.len() - 1) && {
        let rest: String = written[folder.len() - 1..]
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .filter_map(|w| w.chars().next())
            .collect();
        rest.to_lowercase() == folder[folder.len() - 1]
    };
    ((whole || initials) && written.iter().all(capital)).then(|| named.to_owned())
}

/// `words` as `text` writes them with an "and" the folder's name left out (set 46:
/// `mansfield-district-vet-clinic` for "Mansfield and District Vet Clinic").
fn with_and(words: &str, text: &str) -> Option<String> {
    let all: Vec<&str> = words.split(' ').collect();
    (1..all.len()).find_map(|gap| {
        let joined = format!("{} and {}", all[..gap].join(" "), all[gap..].join(" "));
        written_as(&joined, text)
    })
}

/// `words` as `text` writes them with an ampersand where the folder's name spelled out "and", in
/// any language (set 61: `groen-en-gevel` for "Groen & Gevel").
fn with_ampersand(words: &str, text: &str) -> Option<String> {
    let all: Vec<&str> = words.split(' ').collect();
    (1..all.len().saturating_sub(1))
        .filter(|&i| ["and", "en", "und", "et", "e", "y", "og", "och"].contains(&all[i]))
        .find_map(|i| {
            let without = format!("{} {}", all[..i].join(" "), all[i + 1..].join(" "));
            written_as(&without, text).filter(|found| found.contains(" & "))
        })
}

/// `words` capitalised, each word as `text` writes it in capitals where it does (`bellwether
/// cpa` in a note that says "Bellwether & Pryce CPAs" is "Bellwether CPA"), else with a capital.
fn capitalised_as(words: &str, text: &str) -> String {
    let tokens: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    words
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            // `marrow-and-pine`: Marrow and Pine.
            if i > 0 && ["and", "of", "the", "for", "de", "la"].contains(&w) {
                return w.to_owned();
            }
            let upper = w.to_uppercase();
            // `eastbrook-usd`, `harlan-llp`, `tallgrass-cpa`: an organisation's letters are capitals.
            if ["usd", "isd", "llc", "llp", "plc", "ai", "pc", "lp", "cpa"].contains(&w) {
                return upper;
            }
            // (Set 74: `three-rivers-vet-er`: an emergency room, after the name.)
            if i > 0 && w == "er" {
                return upper;
            }
            // (`westbrook-sd`: Westbrook SD. Two letters without a vowel, after the name, are
            // letters; not `St`, `Mt`, `Ft` and the like, which are words cut short.)
            let vowel = w.chars().any(|c| "aeiouy".contains(c));
            let short = ["st", "mt", "ft", "dr", "jr", "sr", "mr", "ms", "pl", "rd", "wk", "ct", "ln"];
            if i > 0 && w.len() == 2 && w.chars().all(|c| c.is_ascii_alphabetic()) && !vowel && !short.contains(&w) {
                return upper;
            }
            // (`dunmore-keller-cpas`: Dunmore Keller CPAs.)
            if w == "cpas" {
                return "CPAs".to_owned();
            }
            // (An organisation's letters stand beside its name, `Pryce CPAs`; `its COLD, like -10`
            // is the writer shouting.)
            let named = |i: usize| {
                // (Set 50: not beside a word in capitals too, `HIGHVELD COAL HOLDINGS`: a shouted
                // heading.)
                let capital = |t: Option<&&str>| {
                    t.is_some_and(|t| t.starts_with(char::is_uppercase) && t.chars().any(char::is_lowercase))
                };
                capital(i.checked_sub(1).and_then(|b| tokens.get(b))) || capital(tokens.get(i + 1))
            };
            let shouted = w.len() <= 4
                && tokens
                    .iter()
                    .enumerate()
                    .any(|(i, t)| (*t == upper || t.strip_suffix('s') == Some(upper.as_str())) && named(i));
            if shouted && w.len() >= 2 {
                return upper;
            }
            // (Set 45: `kevins` where the note writes "Kevin's".)
            let written = text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).find(|t| {
                t.contains(['\'', '’'])
                    && t.starts_with(char::is_uppercase)
                    && t.replace(['\'', '’'], "").to_lowercase() == w
            });
            // (Set 48: `kotui` where the note writes "Kōtui": the word with its macron.)
            // (Set 69: `colaiste` where the note shouts "COLÁISTE": its accent, not its capitals.)
            let accented = || {
                tokens
                    .iter()
                    .copied()
                    .find(|t| !t.is_ascii() && t.starts_with(char::is_uppercase) && crate::text::slug::slug(t) == w)
                    .map(|t| if t.chars().any(char::is_lowercase) { t.to_owned() } else { super::people::unshouted(t) })
            };
            // (Set 50: `mcguire` where the note writes "McGuire": a capital inside the word, as
            // written; not a word shouted.)
            let inner_capital = || {
                tokens.iter().copied().find(|t| {
                    t.eq_ignore_ascii_case(w)
                        && t.starts_with(char::is_uppercase)
                        && t.chars().skip(1).any(char::is_uppercase)
                        && t.chars().any(char::is_lowercase)
                })
            };
            written
                .map(str::to_owned)
                .or_else(accented)
                .or_else(|| inner_capital().map(str::to_owned))
                .unwrap_or_else(|| capitalised(w))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first words of a folder's name, as the note writes them more than once, when it never
/// writes the whole name: `orchard-support` for a note that says "Orchard — Support Team Lead"
/// and "Support Ops at Orchard" is Orchard's.
fn written_in_part(words: &str, text: &str) -> Option<String> {
    // A note that writes the whole name, if in lower case (`silverline media`), names it whole.
    let lower = text.to_lowercase();
    if lower.contains(words) || lower.contains(&words.replace(' ', "-")) {
        return None;
    }
    let all: Vec<&str> = words.split(' ').collect();
    // (Once in the note's first line will do: `Nov 18 — Brennan Hollis, litigation paralegal`.)
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && *l != "---").unwrap_or_default();
    // (`city-of-brennan-falls`: "City" alone, before "of", names nothing; `the-larkspur-hotel`,
    // "The" alone neither.)
    (1..all.len()).rev().filter(|&n| !matches!(all[n], "of" | "and" | "&") && all[n - 1] != "the").find_map(|n| {
        let part = all[..n].join(" ");
        // (Set 45: `st-kevins-…`: "St" alone is a word cut short, no name.)
        if n == 1 && part.len() <= 2 {
            return None;
        }
        let found = written_as(&part, text)?;
        // (Whole words: "St" is not in "Stage".)
        let times = text
            .lines()
            .flat_map(|l| {
                l.match_indices(found.as_str()).filter(|(at, _)| {
                    !l[..*at].ends_with(char::is_alphanumeric)
                        && !l[at + found.len()..].starts_with(char::is_alphanumeric)
                })
            })
            .count();
        (times >= 2 || (n >= 2 && first.contains(found.as_str()))).then_some(found)
    })
}

/// `words` (lower case, single spaces) as `text` writes them, when it does: the first place where
/// they stand as whole words, joined by spaces or punctuation, and start with a capital.
pub(super) fn written_as(words: &str, text: &str) -> Option<String> {
    let wanted: Vec<&str> = words.split(' ').collect();
    for line in text.lines() {
        let tokens: Vec<(usize, &str)> = tokens(line);
        for start in 0..tokens.len() {
            let Some(window) = tokens.get(start..start + wanted.len()) else { break };
            // (`foxglove-solar-coop` for "Foxglove Solar Cooperative": the folder's last word may
            // be short for the note's, after one written in full.)
            let last = wanted.len() - 1;
            let same = window.iter().zip(&wanted).enumerate().all(|(i, ((_, t), w))| {
                let t = t.to_lowercase().replace(['\'', '’'], "");
                // (Set 48: `kotui-health` for "Kōtui Health", `whanau-connect` for "Whānau Connect":
                // a folder's name without the note's macrons and accents.)
                let plain = || !t.is_ascii() && crate::text::slug::slug(&t) == *w;
                t == *w || plain() || (i == last && last > 0 && w.len() >= 3 && t.starts_with(w))
            });
            if same {
                let from = window[0].0;
                let (last_at, last) = window[window.len() - 1];
                let found = &line[from..last_at + last.len()];
                // `Orchard — Support Team Lead` does not write "Orchard Support".
                let split = [" — ", " – ", " - ", " / ", ": ", " | ", ", ", "; "].iter().any(|s| found.contains(s));
                // (`GREENLEAF GARDEN SUPPLY — asst store mgr`: a name in capitals is shouted, not
                // written; an acronym, `IBM`, is written so.)
                let shouted = !found.chars().any(char::is_lowercase) && found.split(' ').any(|w| w.len() > 4);
                if !split && !shouted && found.chars().next().is_some_and(char::is_uppercase) {
                    return Some(found.to_owned());
                }
                // `harlan & voss` in a hurried note: the ampersand is the name's, the case is not.
                if !split && found.contains(" & ") && found == found.to_lowercase() {
                    let words = found.split(' ').map(|w| if w == "&" { w.to_owned() } else { capitalised_as(w, text) });
                    return Some(words.collect::<Vec<_>>().join(" "));
                }
            }
        }
    }
    None
}

/// The words of a line (letters and digits), each with its byte offset.
/// (Set 45: `St Kevin's` for `st-kevins`: an apostrophe inside a word is the word's.)
fn tokens(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner =
            matches!(c, '\'' | '’') && start.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        match (c.is_alphanumeric() || inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// Each word with a capital first letter.
pub fn capitalised(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            // (`dc2`, `3m`: letters with digits are a code, in capitals.)
            let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
            if w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic) && !ordinal {
                return w.to_uppercase();
            }
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kinds of interview people name, longest first where one starts another.
pub(super) const STAGES: &[&str] = &[
    "phone screen",
    "phone interview",
    "recruiter screen",
    "recruiter call",
    "hiring manager interview",
    "hiring manager",
    "technical screen",
    "technical interview",
    "technical",
    "system design",
    "take home",
    "portfolio review",
    "case study",
    "onsite",
    "on site",
    "panel",
    "final",
    "screen",
];

/// The stage a title or a file name names (`# Nimbus Works onsite, second of four rounds` →
/// `onsite`; `2026-02-24-phone-screen.md` → `phone screen`): the first kind of interview it
/// names, as it writes it, dashes read as spaces.
pub fn stage_in(text: &str) -> Option<String> {
    let text = crate::pipeline::scan::without_note_extension(text).replace(['-', '_'], " ");
    let toks = tokens(&text);
    let lower: Vec<String> = toks.iter().map(|(_, t)| t.to_lowercase()).collect();
    for start in 0..toks.len() {
        for stage in STAGES {
            let words: Vec<&str> = stage.split(' ').collect();
            let Some(window) = lower.get(start..start + words.len()) else { continue };
            if window.iter().zip(&words).all(|(a, b)| a == b) {
                let from = toks[start].0;
                let (at, last) = toks[start + words.len() - 1];
                let stage = &text[from..at + last.len()];
                // (`FINAL round`: the writer's capitals are emphasis, said in a letter as "final".)
                let shouted = stage.len() >= 4 && stage.chars().all(|c| !c.is_lowercase());
                return Some(if shouted { stage.to_lowercase() } else { stage.to_owned() });
            }
        }
    }
    None
}

/// True when a title or a file name names an interview: `interview`, or a kind of interview.
pub fn names_interview(text: &str) -> bool {
    let words = normalize(&text.replace(['-', '_'], " "));
    stage_in(&words).is_some() || words.split(' ').any(|w| matches!(w, "interview" | "interviews" | "interviewed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_company_of_the_folder_in_full() {
        let title = "# Lakeshore Build Group - Electrical Site Supervisor - 2026-11-27\n";
        assert_eq!(
            company_of("lakeshore-build/2026-11-27-x.md", title, false).as_deref(),
            Some("Lakeshore Build Group")
        );
        let title = "# Bayview Mechanical & Electrical - Electrical Field Supervisor\n";
        assert_eq!(
            company_of("bayview-me/2026-12-01-x.md", title, false).as_deref(),
            Some("Bayview Mechanical & Electrical"),
            "the folder's last word the initials of the rest"
        );
        let fronted = "---\ndate: 2026-11-27\n---\n\n# Lakeshore Build Group - Electrical Site Supervisor\n";
        assert_eq!(
            company_of("lakeshore-build/2026-11-27-x.md", fronted, false).as_deref(),
            Some("Lakeshore Build Group"),
            "the title is the body's first line, after the front matter"
        );
        // (Set 73: a line under the title, the company's address after a comma.)
        let text = "LTP 面试记录\n11月25日 周三 下午 1:30\nLakeshore Transit Partners, 200 Front St W, 14F\n";
        assert_eq!(company_of("lakeshore-transit/LTP.txt", text, true).as_deref(), Some("Lakeshore Transit Partners"));
        let text = "LTP 面试记录\nfirst line\nsecond line\nLakeshore Transit Partners, 200 Front St W, 14F\n";
        assert_eq!(company_of("lakeshore-transit/LTP.txt", text, true).as_deref(), Some("Lakeshore Transit"));
        let title = "# Lakeshore Build - site visit with the Group's CFO\n";
        assert_eq!(company_of("lakeshore-build/2026-11-27-x.md", title, false).as_deref(), Some("Lakeshore Build"));
        // (Set 61: the folder spells out the ampersand, in Dutch.)
        let title = "# Groen & Gevel — round 2\n\n## Job\n";
        assert_eq!(company_of("groen-en-gevel/2026-11-24-x.md", title, false).as_deref(), Some("Groen & Gevel"));
    }

    #[test]
    fn a_dated_file_in_a_company_folder_belongs_to_that_company() {
        let text = "# BlueFin AI — final round\n";
        assert_eq!(company_of("bluefin-ai/2026-05-27-final.md", text, false).as_deref(), Some("BlueFin AI"));
        assert_eq!(company_of("nimbus-works/2026-02-24-phone-screen.md", "", false).as_deref(), Some("Nimbus Works"));
        let text =
            "Nov 18 — Brennan Hollis, litigation paralegal (HM call)\n\nDaniel Brennan popped in, one of the Brennans.";
        assert_eq!(company_of("brennan-hollis-llp/2026-11-18 hm.md", text, false).as_deref(), Some("Brennan Hollis"));
        assert_eq!(company_of("marrow-and-pine/2026-11-16.md", "", false).as_deref(), Some("Marrow and Pine"));
        let text = "Interview today in St Kevin's for the post.\n\nBack in St Kevin's for stage two.";
        let once = "Monday 23/11/2026\n\nInterview today in St Kevin's for the Stewardship post, Stage 1.";
        assert_eq!(
            company_of("st-kevins-university-hospital/2026-11-23-interview.md", once, false).as_deref(),
            Some("St Kevin's University Hospital"),
            "not \"St\", a word cut short, found in \"Stage\""
        );
        assert_eq!(
            company_of("st-kevins-university-hospital/2026-11-23-interview.md", text, false).as_deref(),
            Some("St Kevin's"),
            "an apostrophe inside a word is the word's"
        );
        let shouted = "GREENLEAF GARDEN SUPPLY — asst store mgr — store walk";
        assert_eq!(
            company_of("greenleaf-garden-supply/Greenleaf - Nov 28.md", shouted, false).as_deref(),
            Some("Greenleaf Garden Supply"),
            "a name in capitals is shouted, not written so"
        );
        assert_eq!(company_of("ibm/2026-11-16.md", "Onsite at IBM", false).as_deref(), Some("IBM"), "an acronym is");
        assert_eq!(company_of("eastbrook-usd/2026-11-23.md", "", false).as_deref(), Some("Eastbrook USD"));
        assert_eq!(company_of("tallgrass-cpa/2026-11-25.md", "", false).as_deref(), Some("Tallgrass CPA"));
        let text = "Bellwether & Pryce CPAs — Senior Accountant";
        assert_eq!(company_of("bellwether-cpa/2026-11-17.md", text, false).as_deref(), Some("Bellwether CPA"));
        assert_eq!(company_of("wrenfield/2026-06-30.md", "the wrenfield office", false).as_deref(), Some("Wrenfield"));
        let text = "# MINUTES — SECOND-ROUND INTERVIEW, HIGHVELD COAL HOLDINGS\nat Highveld's Kriel site";
        assert_eq!(company_of("highveld-coal/2026-11-30.md", text, false).as_deref(), Some("Highveld Coal"));
        let text = "McGuire Rennie — Junior Estimator (2nd interview, McGuire)";
        assert_eq!(company_of("mcguire-rennie/2026-11-26.md", text, false).as_deref(), Some("McGuire Rennie"));
        let text = "# Foxglove Solar Cooperative — Field Operations Planner
";
        assert_eq!(
            company_of("foxglove-solar-coop/2026-11-30-phone-screen.md", text, false).as_deref(),
            Some("Foxglove Solar Cooperative"),
            "the folder's last word short for the note's"
        );
        let text = "# Orchard — Support Team Lead\n- Referred by Keisha (Support Ops at Orchard)\n";
        assert_eq!(
            company_of("orchard-support/2026-11-16-hm.md", text, false).as_deref(),
            Some("Orchard"),
            "across a dash, no"
        );
    }

    #[test]
    fn other_files_and_folders_name_no_company() {
        assert_eq!(company_of("acme/onsite.md", "", false), None, "no date in the name");
        assert_eq!(
            company_of("acme/nov 23 tech screen.md", "", true).as_deref(),
            Some("Acme"),
            "the caller knows it is one"
        );
        assert_eq!(company_of("2026-05-27-final.md", "", false), None, "not in a folder");
        assert_eq!(company_of("acme/2026/2026-05-27-final.md", "", false), None, "not right under the notes folder");
        assert_eq!(company_of("journal/2026-05-27.md", "", false), None);
        assert_eq!(company_of("Daily Notes/2026-05-27.md", "", false), None);
        assert_eq!(company_of("2026/2026-05-27.md", "", false), None);
    }

    #[test]
    fn titles_and_file_names_name_the_stage() {
        assert_eq!(stage_in("Nimbus Works onsite, second of four rounds").as_deref(), Some("onsite"));
        assert_eq!(stage_in("BlueFin AI — final round").as_deref(), Some("final"));
        assert_eq!(stage_in("FINAL round — Fri 27 Nov 2026").as_deref(), Some("final"), "set 25");
        assert_eq!(stage_in("2026-02-24-phone-screen.md").as_deref(), Some("phone screen"));
        assert_eq!(stage_in("Copperline Hiring Manager call").as_deref(), Some("Hiring Manager"));
        assert_eq!(stage_in("2026-06-30.md"), None);
        assert_eq!(stage_in("Screenshots of the finale"), None, "whole words only");
        assert!(names_interview("kitewing-interview.md"));
        assert!(names_interview("Skybridge phone screen"));
        assert!(!names_interview("README.md"));
    }
}
