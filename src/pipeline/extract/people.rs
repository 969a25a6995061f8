//! Where a person is recognised: reading one from the ways people write one (`Ana Souza, CTO`,
//! `Ben Okafor - Staff Engineer`, `Gavin Belson (CEO)`, `[[Marcus Webb]] — Analytics Lead`,
//! `Referred by Omar Haddad, Senior SRE`, `Jane Doe <jane@acme.com>`), telling a name from a
//! title, and deciding a person's role and whether they interviewed or helped.
//!
//! The rest of `extract` finds where people are listed (front-matter keys, headings, labels,
//! tables) and asks here what each entry says; the letters use the name helpers (`first_name`,
//! `honorific`) to greet and address them. Pure functions on strings.

use crate::model::{Kind, Person};
use crate::pipeline::parse::body::{collapse_spaces, strip_wikilinks};

/// What a line of text says about a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonText {
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    /// A role the wording implies (`Referred by …` → referrer).
    pub role: Option<String>,
    /// Marked as someone the user has exchanged email with: `(emailed)` or `✉` on the line.
    pub emailed: bool,
}

/// Honorifics kept in the name for the salutation, without their dot.
/// (`Chef Luca Marchetti` is greeted "Chef Marchetti", as a kitchen addresses its chef.)
/// (`"Coach" Ray Dumont`, whom everyone calls Coach, is greeted "Coach Dumont".)
/// (`Rev. Daniel Osterhout` is greeted "Rev. Osterhout".)
const HONORIFICS: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "sir",
    "dame",
    // (Set 52: `Alhaji Musa Bello`, greeted "Dear Alhaji Bello".)
    "alhaji",
    "alhaja",
    // (Set 57, Nigerian usage: `Engr. Ibrahim Yusuf`, `Pharm. Kelechi Eze`, greeted "Dear Engr.
    // Yusuf"; at the base, "Dear Engr.,".)
    "engr",
    "pharm",
    "barr",
    "chef",
    "coach",
    "rev",
    "reverend",
    "rabbi",
    "pastor",
    // (Set 55: `Sister Bernadette Okafor, Ward Manager AMU`, a British hospital's senior nurse,
    // greeted "Dear Sister Okafor".)
    "sister",
    // (`Lt. Ray Castellano`, `Sgt. Dale Imhoff`, `Capt. Derek Haun`: a rank is greeted with the
    // family name, written out: "Dear Lieutenant Castellano", `RANKS`.)
    "lt",
    "lieutenant",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "cpt",
    "det",
    "detective",
    "cpl",
    "corporal",
    "col",
    "colonel",
    "maj",
    "cmdr",
    "commander",
    // (Set 60: `Frau Dr. Claudia Wimmer, Leiterin Qualität`, `Herr Dr. Huber`: German forms of
    // address; at the base, "Dear Frau,".)
    "frau",
    "herr",
    // (Set 65, Québécois notes: `**Mme Catherine Ng** — Directrice F&B` was "Dear Mme,".)
    "mme",
    "mlle",
    "madame",
    "monsieur",
    // (Set 59: `Mzee Joseph Kariuki, Founder & Chairman`, an elder in Kenya, greeted "Dear Mzee
    // Kariuki"; at the base, "Dear Mzee,".)
    "mzee",
];

/// A rank's abbreviation and the word a salutation writes out (`Lt.` is "Lieutenant").
pub(crate) const RANKS: &[(&str, &str)] = &[
    ("lt", "Lieutenant"),
    ("sgt", "Sergeant"),
    ("capt", "Captain"),
    ("cpt", "Captain"),
    ("det", "Detective"),
    ("cpl", "Corporal"),
    ("col", "Colonel"),
    ("maj", "Major"),
    ("cmdr", "Commander"),
];

/// The honorifics written short, with a full stop that ends no sentence (`Dr. Feld`), as a
/// note writes them.
pub(crate) const ABBREVIATED_HONORIFICS: &[&str] = &["Dr", "Mr", "Ms", "Mrs", "Mx", "Prof"];

/// True for `Dr.` or `Dr`: an abbreviated honorific, with or without its full stop.
pub(crate) fn is_abbreviated_honorific(word: &str) -> bool {
    ABBREVIATED_HONORIFICS.contains(&word.strip_suffix('.').unwrap_or(word))
}

/// Lower-case words that may stand inside a name (`Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "van", "von", "da", "di", "du", "le", "la", "bin", "binte", "binti", "bte", "al",
    "el", "dos", "das", "y", "ten", "ter",
];

/// True for a word that joins the parts of a name (`van`, `de`, `binte`).
pub(crate) fn is_name_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Leading phrases that say how someone helped.
const ROLE_PREFIXES: &[(&str, &str)] = &[
    ("referred by ", "referrer"),
    ("referral from ", "referrer"),
    ("referral: ", "referrer"),
    ("introduced by ", "referrer"),
    ("intro from ", "referrer"),
    ("recruiter: ", "recruiter"),
    ("coordinator: ", "coordinator"),
    ("scheduled by ", "coordinator"),
    ("assistant: ", "assistant"),
    // (`HR lady, Tamika, joined on teams, she was the one who emailed me`.)
    ("hr lady, ", "coordinator"),
    ("hr guy, ", "coordinator"),
    ("hr person, ", "coordinator"),
    ("hr: ", "coordinator"),
    // (Set 70, a lab notebook's `6. Reception: Maura — sorted a visitor parking permit …`.)
    ("reception: ", "assistant"),
    ("front desk: ", "assistant"),
];

/// The label before a name the writer marked in bold, with its colon (`Lunch: ` of `Lunch:
/// **Hannah Cole** (2nd yr)`): no part of the name, unless it says a role or a title.
pub fn label_over_marked_name(line: &str) -> Option<&str> {
    let line = line.trim_start_matches(['-', '*', '+', ' ', '\t']);
    let (label, _) = line.split_once(": **")?;
    let plain = label.split_whitespace().count() <= 2 && label.chars().all(|c| c.is_alphabetic() || c == ' ');
    let says_who = role_from_title(label).is_some()
        || label.split_whitespace().any(is_title_word)
        || ROLE_PREFIXES.iter().any(|(p, _)| p.trim_end().eq_ignore_ascii_case(&format!("{label}:")));
    (plain && !says_who && !label.is_empty()).then(|| &line[..label.len() + 2])
}

/// Where one who helped works, said after their name (`Aileen at reception`, `**Joy** at front
/// desk`): their job, and no part of whom.
pub(super) const FRONT_DESK: &[&str] = &[
    " at reception",
    " on reception",
    " from reception",
    " at front desk",
    " at the front desk",
    " on the front desk",
];

/// Reads a person from one line, or `None` when no plausible name leads it.
pub fn parse(text: &str) -> Option<PersonText> {
    let text = without_garbled_word(text);
    // (Set 68, a to-do: `Bedankmail Marloes + Jeroen (+ the "team of 6" fix: coordinate 3
    // juniors…)`: two names joined, before brackets, are no one's name.)
    if text.split_once(" (").is_some_and(|(name, _)| name.contains(" + ")) {
        return None;
    }
    // `[[Priya Raman|Priya]]`: the person is the page, the alias only what the note calls them.
    let text = wikilink_targets(text);
    // (`💡 Bea (recruiter…)`: a sign before a name is the writer's.)
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !"[*_\"'“(<✉".contains(c)).trim_start();
    let text = text.strip_prefix(label_over_marked_name(text).unwrap_or_default()).unwrap_or(text);
    // (Set 41: `(mentioned) Meredith Cho — Senior Buyer`, someone only spoken of, was "Dear
    // (mentioned),". A tag in brackets before a name is the writer's.)
    let text = match text.strip_prefix('(').and_then(|t| t.split_once(") ")) {
        Some((tag, rest)) if tag.split_whitespace().count() <= 2 && tag.chars().all(|c| !c.is_uppercase()) => {
            let tag = tag.trim();
            if ["mentioned", "fyi"].contains(&tag) || super::did::says_away(tag) || super::did::says_not_met(tag) {
                return None;
            }
            rest.trim_start()
        }
        _ => text,
    };
    let mut text = own_initials_dropped(&collapse_spaces(&strip_wikilinks(text).replace("**", "").replace("__", "")));
    // (Set 72: `**Joy** at front desk — lent me an umbrella`: where they work, after the name, is
    // their job.)
    for &place in FRONT_DESK {
        let Some(at) = text.find(place) else { continue };
        let rest = text[at + place.len()..].trim_start();
        let named = (1..=2).contains(&text[..at].split(' ').count()) && looks_like_name(&text[..at]);
        if named && (rest.is_empty() || rest.starts_with(['—', '–', '-', ',', '.', '('])) {
            let job = place.trim_start().split_once(' ').map_or(place, |(_, j)| j).trim_start_matches("the ");
            let rest = rest.trim_start_matches(['—', '–', '-', ',', '.', ' ']);
            text = format!("{} — {job}. {rest}", &text[..at]).trim_end_matches([' ', '.']).to_owned();
            break;
        }
    }
    // (Set 60, as Ghana writes it: `Dr. (Mrs.) Abena Sarpong-Kumah – Medical Director`: her title,
    // then how she is also addressed; the letter greets "Dear Dr. Sarpong-Kumah".)
    for also in [" (Mrs.) ", " (Mrs) ", " (Mr.) ", " (Mr) ", " (Ms.) ", " (Miss) "] {
        if let Some(at) = text.find(also).filter(|&at| is_abbreviated_honorific(&text[..at])) {
            text.replace_range(at..at + also.len(), " ");
        }
    }
    // (Set 53: `la Mtra. Paola Cárdenas`, `Lic. Fernando Treviño Garza`, `Ing. Ximena Robles`: a
    // Mexican courtesy title, the degree one holds, and the article before it, are no part of the
    // name; the letter greets them by name.)
    let courtesy = |t: &str| -> Option<usize> {
        let t = t.strip_prefix("la ").or_else(|| t.strip_prefix("el ")).unwrap_or(t);
        let (word, rest) = t.split_once(' ')?;
        // (Set 62, in Spain: `Dra. Beatriz Santamaría Prieto`, `Sr. Alfonso Iglesias Ramos`.)
        const TITLES: &[&str] =
            &["Lic", "Ing", "Mtra", "Mtro", "Arq", "Licda", "Lcda", "Lcdo", "Dra", "Sr", "Sra", "Srta", "Dña"];
        (TITLES.contains(&word.trim_end_matches('.')) && rest.starts_with(char::is_uppercase)).then_some(rest.len())
    };
    if let Some(kept) = courtesy(&text) {
        text = text[text.len() - kept..].to_owned();
    }
    if let Some(full) = given_in_full_between(&text) {
        text = full;
    }
    if let Some(known) = unknown_family_dropped(&text) {
        text = known;
    }
    // (Set 69: `Aileen at reception — parking pass, coffee…`: where one who helped works, said
    // after their name, is their job.)
    for &at in FRONT_DESK {
        if let Some((name, rest)) = text.split_once(at) {
            let one = !name.contains(' ') && name.chars().count() >= 2 && name.chars().all(char::is_alphabetic);
            // (Not `Rawiri on reception – kia ora + a glass of water, that's it`: a greeting, and
            // nothing more, the note says.)
            let nothing_more =
                ["that's it", "that’s it", "that was it", "nothing else"].iter().any(|w| rest.contains(w));
            if one
                && name.starts_with(char::is_uppercase)
                && (rest.is_empty() || rest.starts_with([' ', ',', '.']))
                && !nothing_more
            {
                let rest = rest.trim_start_matches([' ', ',', '.', '—', '–', '-']).trim_start();
                text = if rest.is_empty() {
                    format!("{name} — Reception")
                } else {
                    format!("{name} — Reception, {rest}")
                };
            }
            break;
        }
    }
    if let Some(kept) = name_aside_dropped(&text) {
        text = kept;
    }
    if let Some(p) = job_then_name_in_brackets(&text) {
        return Some(p);
    }
    if let Some(full) = named_in_full_in_brackets(&text) {
        text = full;
    }
    let mut person = PersonText::default();
    if let Some(rest) = without_emailed_mark(&text) {
        person.emailed = true;
        text = rest;
    }
    person.emailed |= says_emailed(&text);
    if let Some((start, end, email)) = find_email(&text) {
        person.email = Some(email);
        // (`Kelsey Moran — kmoran@…`: the dash went with the address.)
        let before = text[..start].trim_end_matches(['<', '(', ' ', '—', '–']);
        let after = text[end..].trim_start_matches(['>', ')', ' ']);
        // (`recruiter (dev.r@…). Set it all up`: the stop goes back against the title.)
        let gap = if after.starts_with([',', ';', '.']) { "" } else { " " };
        text = collapse_spaces(&format!("{before}{gap}{after}"));
    }
    // (Set 48: `Jess Harwood @ Talent Army (recruiter) – set it all up`: where they work, after an
    // at sign, is no part of their name or their job.)
    if let Some(at) = text.find(" @ ") {
        let rest = &text[at + 3..];
        let firm: usize = rest.split(' ').take_while(|w| w.starts_with(char::is_uppercase)).map(|w| w.len() + 1).sum();
        text = collapse_spaces(&format!("{} {}", &text[..at], rest.get(firm..).unwrap_or_default()));
    }
    // (Set 62: `Lee Jae-won timjang-nim (Growth Analytics 팀장, hiring manager)`, `Jung Ha-eun
    // manager-nim`: a Korean form of address after the name is how the note speaks of them.)
    let head_end =
        [" (", ", ", " — ", " – ", " - ", ": "].iter().filter_map(|s| text.find(s)).min().unwrap_or(text.len());
    let head: Vec<&str> = text[..head_end].split(' ').collect();
    let kept: Vec<&str> = head.iter().copied().filter(|w| !is_korean_address(w)).collect();
    if kept.len() < head.len() && !kept.is_empty() {
        text = format!("{}{}", kept.join(" "), &text[head_end..]);
    }
    // (`Jonathan Teller, goes by JT (Eng Manager)`: what they go by is `called_in`'s to read.)
    for said in [", goes by ", ", aka ", ", a.k.a. "] {
        if let Some(at) = text.find(said) {
            let rest = &text[at + said.len()..];
            let end = rest.find([' ', ',', '(']).unwrap_or(rest.len());
            text = collapse_spaces(&format!("{}{}", &text[..at], &rest[end..]));
        }
    }
    // (Set 61: `Mik = Mikaere Horomona, Team Leader Youth Services`: what they go by, an equals
    // sign, then their name and job, read as `Mik — Mikaere Horomona, …` is.)
    // (And `Mr Lafaele = Tavita Lafaele, board trustee`: a form of address and the surname.)
    let mut equated = false;
    if let Some((called, rest)) = text.split_once(" = ") {
        let called = called.trim();
        let bare = called.split_once(' ').filter(|(h, _)| is_honorific(h)).map_or(called, |(_, s)| s);
        let one_word = !bare.is_empty() && !bare.contains(' ') && bare.chars().all(char::is_alphabetic);
        // (Set 61: `TJ = Tom Jablonski — Learning Technologist / LMS admin`: a dash before the job
        // is that comma.)
        let dash = [" — ", " – ", " - "].iter().filter_map(|d| rest.find(d).map(|at| (at, d.len()))).min();
        let rest = match (rest.find(", "), dash) {
            (comma, Some((at, len))) if comma.is_none_or(|c| c > at) => {
                format!("{}, {}", &rest[..at], &rest[at + len..])
            }
            _ => rest.to_owned(),
        };
        if one_word && rest.contains(", ") {
            text = format!("{called} — {}", rest.trim_start());
            equated = true;
        }
    }
    let lower = text.to_lowercase();
    for (prefix, role) in ROLE_PREFIXES {
        if lower.starts_with(prefix) {
            person.role = Some((*role).to_owned());
            text = text[prefix.len()..].to_owned();
            break;
        }
    }
    // (`**Nate** from county HR, took notes`, `Nate from HR was there at the start`: one from HR,
    // who is named, and what follows is about them.)
    if let Some(name) = from_hr(&text) {
        if looks_like_name(name) {
            person.name = name.to_owned();
            person.role.get_or_insert_with(|| "coordinator".to_owned());
            return Some(person);
        }
    }
    let text = without_capital_credentials(&text);
    let (name, title) = split_name(&text);
    // (Set 48: `Oleksandr Kovalenko – Senior Data Engineer, "call me Sasha"`: what they go by is
    // `called_in`'s to read, not their job's.)
    let title = title.map(|t| {
        let lower = t.to_lowercase();
        let said = ["\"call me", "“call me", "\"goes by", "(call me", ", call me", ", goes by"]
            .iter()
            .filter_map(|q| lower.find(q))
            .min();
        match said {
            Some(at) => t[..at].trim_end_matches([',', ' ', '-', '–']),
            None => t,
        }
    });
    // (`"Coach" Ray Dumont`: a quoted honorific is theirs, unquoted.)
    let name = ['"', '“'].iter().fold(name.trim().to_owned(), |name, q| {
        let close = if *q == '“' { '”' } else { '"' };
        match name.strip_prefix(*q).and_then(|rest| rest.split_once(close)) {
            Some((word, rest)) if HONORIFICS.contains(&word.to_lowercase().as_str()) => format!("{word}{rest}"),
            // (`"Big Lou" Ferreira`: what they are called, then the surname; the name they go by
            // is the last word in the quotes, `Lou Ferreira`.)
            Some((called, rest)) if rest.split_whitespace().count() == 1 && called.split_whitespace().count() == 2 => {
                format!("{} {}", called.split_whitespace().last().unwrap_or_default(), rest.trim())
            }
            _ => name,
        }
    });
    let name = name.trim().trim_matches(|c: char| matches!(c, '*' | '_' | '"' | '\'')).trim();
    // (`Marcy ? (lead tech — last name maybe Dunleavy? check)`: the writer's doubt is about the
    // surname the note does not give.)
    // (`Marisol ?? (HR generalist? …)`, as unsure.)
    let name = name.trim_end_matches('?').trim_end();
    // (`Pete something - "lead electrician"`: the surname the writer did not catch.)
    let name = name.strip_suffix(" something").filter(|n| !n.contains(' ')).unwrap_or(name);
    // (Set 63: `Henk Verhoeven again — QC Manager`, met at an earlier round too.)
    let name = name.strip_suffix(" again").or_else(|| name.strip_suffix(" (again)")).unwrap_or(name);
    // (`(Toby Reyes)` in a table's name column: brackets round the whole name are the writer's.)
    let name = name.strip_prefix('(').and_then(|n| n.strip_suffix(')')).unwrap_or(name).trim();
    // `Oluwaseun "Seun" Adebayo`: the name is the words outside the quotes (`called_in` reads
    // the quoted one).
    let unquoted: String = name
        .split(' ')
        .filter(|w| {
            !(w.len() > 2 && (w.starts_with('"') && w.ends_with('"') || w.starts_with('“') && w.ends_with('”')))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = if unquoted.split(' ').count() >= 2 { unquoted.as_str() } else { name };
    // Credentials after a name (`Dana Whitlock, PhD, Research Lead`) are neither name nor title.
    let title = title.and_then(|t| without_credentials(t.trim()));
    let name = without_trailing_credentials(name);
    // (Set 60: `Frau Dr. Claudia Wimmer`: a German form of address before her title; an English letter
    // greets "Dear Dr. Wimmer".)
    let name = ["Frau ", "Herr "]
        .iter()
        .find_map(|f| name.strip_prefix(f))
        .filter(|rest| rest.split_whitespace().next().is_some_and(is_abbreviated_honorific))
        .unwrap_or(name);
    // (Set 55: `Also Priya - Priya Chauhan, Recruitment Coordinator`: "also" is no part of a name,
    // and the name written in full after the dash is hers, the title after it.)
    let name = ["Also ", "also ", "Plus ", "plus "].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
    // (Set 63: `Lachie (Lachlan Bui, exec chef for the whole group)`: what he goes by, then, in
    // brackets, his name in full and his job.)
    let bracketed = text
        .find(&format!("{name} ("))
        .and_then(|at| text[at + name.len() + 2..].split_once(')'))
        .map(|(inside, _)| inside)
        .filter(|inside| inside.contains(", "));
    let in_full = [bracketed, title].into_iter().flatten().find_map(|t| {
        let (full, rest) = t.split_once(", ")?;
        // (Set 58: `Dev — Devendra Patil, Principal Engineer`: what he goes by, then his name.)
        // (Set 59: `Doc Ramon – Dr. Ramon Aquino, Medical Director`: each without how they are
        // addressed.)
        let called = without_form_of_address(name);
        let bare = full.split_once(' ').filter(|(h, _)| is_honorific(h)).map_or(full, |(_, n)| n);
        let (first, more) = bare.split_once(' ')?;
        // (`Ma'am Bing – Bernadette Soriano, Nursing Supervisor`: a form of address and what she
        // goes by, then her name and her job.)
        let nicknamed = called.len() < name.len() && rest.split_whitespace().any(is_title_word);
        // (`Abu Faisal — Saeed Al Qahtani, GM Saudi Arabia`: a kunya, what everyone calls him;
        // `maya — Maya Pereira, EA to Stefan`, a hurried note's lower case.)
        let kunya = called.split_once(' ').is_some_and(|(k, n)| is_kunya(k) && !n.contains(' '))
            && rest.split_whitespace().any(is_title_word);
        // (Set 59: `JP — Jean-Pierre Aoun, Head of Partnerships`: his initials.)
        // (Set 61: `Mr Lafaele — Tavita Lafaele, board trustee`: his surname, addressed.)
        let surname = called != name && bare.rsplit(' ').next().is_some_and(|s| s.eq_ignore_ascii_case(called));
        // (Set 62: `Daniel = Han Dong-hyun, Pricing Analytics Lead`: the English name a startup
        // calls him by, which the writer equates with his own.)
        let named = equated
        || first.eq_ignore_ascii_case(called)
        || surname
        || (called.chars().count() >= 3 && shortens(called, first))
        // (Set 68: `**Deji** — Adedeji Okafor, Head Chef of Forge`: the end of the given name.)
        || (called.chars().count() >= 3 && first.to_lowercase().ends_with(&called.to_lowercase()))
        // (Set 63: `Tash — Natasha Greer, group ops manager`.)
        || NICKNAMES.iter().any(|(full, nicks)| *full == first && nicks.contains(&called))
        || initials_of(called, full)
        || nicknamed
        || kunya;
        (named && (!called.contains(' ') || kunya) && more.split(' ').count() <= 2 && looks_like_name(full))
            .then_some((full, rest))
    });
    let (name, title) = match in_full {
        Some((full, rest)) => (full, Some(rest)),
        None => (name, title),
    };
    // (`Ward Manager AMU = la caposala`: what the writer calls the job, after an equals sign.)
    let title = title.map(|t| t.split_once(" = ").map_or(t, |(job, _)| job.trim_end()));
    // (Set 69: `**KATIE** – 17, youth member rep on the panel`, `– 50s. Scarf (indoors).`: an age
    // first is no job.)
    let title = title.map(|t| {
        let (head, rest) = t.split_once([',', '.']).unwrap_or((t, ""));
        let age = head.trim_end_matches('s');
        let aged = (1..=2).contains(&age.len()) && age.chars().all(|c| c.is_ascii_digit());
        if aged { rest.trim_start() } else { t }
    });
    let title = title.filter(|t| !t.is_empty());
    if !looks_like_name(name) {
        return None;
    }
    person.name = name.to_owned();
    // (Set 45: `[[Ulrike Sandmann]] — Dr., VP Customer Experience`: the honorific the title opens
    // with is hers, "Dear Dr. Sandmann,"; the title is what follows it.)
    let title = match title.map(|t| (t, t.split_once([',', ' ']))) {
        Some((_, Some((word, rest)))) if is_abbreviated_honorific(word) && honorific(name).is_none() => {
            person.name = format!("{}. {name}", word.trim_end_matches('.'));
            Some(rest.trim_start_matches([',', ' '])).filter(|t| !t.is_empty())
        }
        Some((t, _)) => Some(t),
        None => None,
    };
    // `Sasha (corporate HR) scheduled it`, `Dana Lee — scheduled everything`: one who set the
    // interview up.
    // (`Recruiter: Owen Pratt — set it up`: the label says which.)
    if let Some(at) = text.find(name).filter(|_| person.role.is_none()) {
        let before = text[..at].to_lowercase();
        let labelled = ["recruit", "coordinat", "assistant", "referr"].iter().any(|r| before.contains(r));
        if !labelled && sets_it_up(&text[at + name.len()..]) {
            person.role = Some("coordinator".to_owned());
        }
        // (Set 58: `Ben Oduya — Staff Eng at Cascadia, ex-Haulwise, REFERRED me`: what they did
        // for the writer, after their job.)
        let after = text[at + name.len()..].to_lowercase();
        if ["referred me", "who referred", "my referrer", "referred me in"].iter().any(|r| after.contains(r)) {
            person.role = Some("referrer".to_owned());
        }
    }
    // `Ingrid Solberg, Director of Engineering — ingrid@…`: the dash went with the address; and
    // `Director of Data Science. I'd emailed her in October…`: the title is the first sentence.
    let separators = |c: char| matches!(c, '.' | ';' | ',' | '—' | '–' | '|' | ':') || c.is_whitespace();
    // (`Sr. Director, People` is one sentence: a short word's dot ends no sentence.)
    let first_sentence = |t: &str| {
        const SHORT: &[&str] = &["sr", "jr", "snr", "sen", "assoc", "asst", "dir", "mgr", "eng", "dept", "st", "co"];
        let end = t.match_indices(". ").map(|(at, _)| at).find(|&at| {
            let word = t[..at].rsplit([' ', '(']).next().unwrap_or_default().to_lowercase();
            // (Set 58: `office mgr. HDMI adapter, Kaffee`: a short word's dot before a capital that
            // is no job's word does end it.)
            let next = t[at + 2..].split_whitespace().next().unwrap_or_default();
            // (Only a word that ends a job: `Dir. Category Management`, `Sr. Instructional
            // Designer` go on.)
            let ends_after_short = matches!(word.as_str(), "mgr" | "eng")
                && next.starts_with(char::is_uppercase)
                && !is_title_word(next)
                && role_from_title(next).is_none();
            word.chars().count() > 1 && (!SHORT.contains(&word.as_str()) || ends_after_short)
        });
        end.map_or(t, |at| &t[..at]).to_owned()
    };
    // `Grace Liu — sent the prep guide on Monday`: what they did, not a title (`did` reads it).
    let did = |t: &str| {
        let first = t.split_whitespace().next().unwrap_or_default();
        first.starts_with(char::is_lowercase)
            && !opens_with_rank(t)
            && !t.split_whitespace().any(is_title_word)
            && role_from_title(t).is_none()
    };
    // `Senior SWE, pairing/coding round`: after a comma, lower case is about the meeting
    // (`nursery lead, 22 yrs there`: so are figures).
    let before_aside = |t: String| match t.find(", ") {
        // (`landscape designer, ~4 yrs in, very good at grading`: so is a figure that is about.)
        Some(at) if t[at + 2..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '~') => {
            t[..at].to_owned()
        }
        _ => t,
    };
    person.title = title
        .map(|t| without_tag(before_aside(first_sentence(t)).trim_end_matches(separators).trim()))
        .map(|t| without_reach(&t).to_owned())
        // `"sr talent partner"`: their own words for it, quoted; not a sentence they said
        // (set 51: `Siobhán: "you'd be the first ops manager we've had who's actually cooked…"`).
        .filter(|t| !(t.starts_with(['"', '“']) && t.split_whitespace().count() > 5))
        .map(|t| t.trim_matches(['"', '“', '”']).trim().to_owned())
        // (Set 74: `Declan Furlong — the Director!! finally met him`: the title ends where the
        // writer exclaims, and the article is no part of it.)
        .map(|t| {
            let t = t.split('!').next().unwrap_or_default().trim();
            t.strip_prefix("the ").filter(|rest| rest.starts_with(char::is_uppercase)).unwrap_or(t).to_owned()
        })
        // (`Capt. Anna Rourke - actually line captain`: the writer's correction leads in.)
        .map(|t| {
            ["actually ", "really ", "technically "]
                .iter()
                .fold(t, |t, w| t.strip_prefix(w).map_or(t.clone(), str::to_owned))
        })
        // `my old manager at Keller`, `PT school friend`: how the writer knows them, not a job title.
        .filter(|t| {
            let lower = t.to_lowercase();
            let known_by = ["friend", "cousin", "neighbor", "neighbour", "classmate", "ex-coworker", "old coworker"];
            // (`digital producer?`: a title the writer doubts is none; `2nd yr`: nor is a year.)
            let years = t.starts_with(|c: char| c.is_ascii_digit()) && (lower.contains("yr") || lower.contains("year"));
            // (Set 74: `Talk w/ Dr B (20 rnin)`: a number of minutes, as OCR reads them, is no job.)
            let counted = t.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
            // (Set 50: `Mr. Kamau – 0722 xxx xxx (SMS)`: a phone number is no job.)
            let phone = t.starts_with(|c: char| c.is_ascii_digit() || c == '+')
                && t.chars().filter(char::is_ascii_digit).count() >= 4;
            // (`Judith Sorensen, who chairs it`: a clause about them, no title.)
            let clause = ["who ", "which ", "that ", "whose "].iter().any(|w| lower.starts_with(w));
            !t.is_empty()
                && !years
                && !counted
                && !phone
                && !clause
                && !did(t)
                && !lower.starts_with("my ")
                && !known_by.iter().any(|k| lower.contains(k))
                && !t.contains('?')
        })
        .map(|t| title_cased(&t));
    // (Set 58: `Nils Hoffmann — referred me. ex-Nordstern`: what they did, no job.)
    if person.title.as_deref().is_some_and(|t| t.to_lowercase().starts_with("referred")) {
        person.title = None;
        person.role = Some("referrer".to_owned());
    }
    Some(person)
}

/// A title without the words on how far it reaches (set 45): `culinary director for the whole
/// group`, `pharmacy technician on the team` are the job; the rest is the writer's.
pub(crate) fn without_reach(title: &str) -> &str {
    let lower = title.to_ascii_lowercase();
    let end = [" on the team", " on the ward", " for the whole ", " for all the ", " across the "]
        .iter()
        .filter_map(|w| lower.find(w))
        .min();
    end.map_or(title, |end| &title[..end])
}

/// A title with each word written out (`eng mgr` → `engineering manager`), see `unabbreviated`.
pub(crate) fn spelled_out(title: &str) -> String {
    let words: Vec<&str> = title.split(' ').collect();
    (0..words.len()).map(|i| unabbreviated(words[i], words.get(i + 1).copied())).collect::<Vec<_>>().join(" ")
}

/// A title's word written out: `mgr` → `manager`, `Sr` → `Senior`; any other word as it is.
/// `eng` before another word of the title is the field (`eng mgr`: engineering manager), else
/// the job (`staff eng`: staff engineer).
pub(crate) fn unabbreviated(word: &str, next: Option<&str>) -> String {
    // (`mgr,` before the rest of a title: the comma stays.)
    if let Some(bare) = word.strip_suffix(',') {
        return format!("{},", unabbreviated(bare, next));
    }
    let full = match word.to_lowercase().trim_end_matches('.') {
        "mgr" => "manager",
        "asst" => "assistant",
        "svc" => "service",
        "eng" | "engr" if next.is_some() => "engineering",
        "eng" | "engr" => "engineer",
        // (Set 51: `Gen Manager / ops role`.)
        "gen" if next.is_some_and(|n| n.to_lowercase().starts_with("manager")) => "general",
        "sr" | "snr" => "senior",
        "jr" | "jnr" => "junior",
        "dir" => "director",
        "mktg" => "marketing",
        "ops" => "operations",
        "exec" => "executive",
        "transp" => "transportation",
        "acct" => "account",
        "coord" => "coordinator",
        "atty" => "attorney",
        "admin" if next.is_none() => "administrator",
        "swe" => "software engineer",
        "pm" => "product manager",
        "em" => "engineering manager",
        "apm" => "associate product manager",
        "tpm" => "technical program manager",
        "prop" => "property",
        "acq" => "acquisition",
        // (Set 58: `TA Partner`, a talent acquisition partner.)
        "ta" if next
            .is_some_and(|n| ["partner", "lead", "manager", "specialist"].contains(&n.to_lowercase().as_str())) =>
        {
            "talent acquisition"
        }
        "assoc" => "associate",
        "mgmt" => "management",
        "dept" => "department",
        "supv" => "supervisor",
        "spec" => "specialist",
        // (`rafa - sous at elm st`: the kitchen's second.)
        "sous" if next.is_none() => "sous chef",
        _ => return word.to_owned(),
    };
    if word.starts_with(char::is_uppercase) { super::folder::capitalised(full) } else { full.to_owned() }
}

/// A title written all in lower case (`sr talent partner`, `8th grade science teacher`) with
/// the capitals a letter's address block gives it; any other title as it is written.
pub(crate) fn title_cased(title: &str) -> String {
    // (`2nd shift lead`: a number first, the words after it in lower case.)
    let first_word = title.split(' ').next().unwrap_or_default();
    let numbered = first_word.starts_with(|c: char| c.is_ascii_digit())
        && title.split(' ').nth(1).is_some_and(|w| w.starts_with(char::is_lowercase));
    if !title.starts_with(char::is_lowercase) && !numbered {
        return title.to_owned();
    }
    // (Set 73: `recruiter from Apex Technical Staffing`: the job, then whom they work for.)
    if let Some((job, firm)) = title.split_once(" from ").filter(|(_, firm)| firm.starts_with(char::is_uppercase)) {
        return format!("{}, {firm}", title_cased(job));
    }
    let small = ["of", "and", "the", "for", "from", "in", "on", "at", "to", "a", "an", "&", "de"];
    const ACRONYMS: &[&str] = &[
        "vp", "svp", "evp", "avp", "rvp", "cto", "ceo", "cfo", "coo", "cmo", "cpo", "cro", "cio", "hr", "ux", "ui",
        "qa", "it", "pm", "sre", "ml", "ai", "swe", "em", "gm", "rn", "hm", "hse", "ehs", "hsse",
    ];
    let words: Vec<&str> = title.split(' ').collect();
    words
        .iter()
        .enumerate()
        .map(|(i, &w)| match () {
            // `design/drafting lead` → `Design/Drafting Lead`.
            _ if w.contains('/') => {
                w.split('/').map(crate::text::words::with_first_upper).collect::<Vec<_>>().join("/")
            }
            _ if w.chars().any(char::is_uppercase) => w.to_owned(),
            _ if ACRONYMS.contains(&w) => w.to_uppercase(),
            // (`site ops mgr dc2`: letters with digits are a code, `2nd` an ordinal.)
            _ if w.chars().any(|c| c.is_ascii_digit())
                && w.chars().any(char::is_alphabetic)
                && !["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)) =>
            {
                w.to_uppercase()
            }
            _ if i > 0 && small.contains(&w) => w.to_owned(),
            // (`office mgr`: Office Manager, as an address block writes it.)
            _ => unabbreviated(w, words.get(i + 1).copied())
                .split(' ')
                .map(crate::text::words::with_first_upper)
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A ward's shorthand for a nurse's job, and the job written out.
const NURSING_JOBS: &[(&str, &str)] = &[
    ("DON", "Director of Nursing"),
    ("NUM", "Nurse Unit Manager"),
    ("ANUM", "Associate Nurse Unit Manager"),
    ("CNE", "Clinical Nurse Educator"),
];

/// A title as an address block writes it (set 51): one written in capitals (`OPS DIR`, `TALENT
/// ACQ SPECIALIST`) in a title's capitals and words, a hurried word written out (`Dir of Surgery`
/// is Director of Surgery; `PM`, `VP` and other capitals stay), and a ward's shorthand for a
/// nurse's job (`DON`, `NUM`) in full.
pub(crate) fn title_written_out(title: &str) -> String {
    // (Set 51: `Group F&B Director <- boss if I get it`: the writer's arrow to an aside.)
    let title = [" <-", " <--", " ←", " \\<-"]
        .iter()
        .filter_map(|a| title.find(a))
        .min()
        .map_or(title, |at| title[..at].trim_end());
    if let Some((_, full)) = NURSING_JOBS.iter().find(|(short, _)| *short == title.trim()) {
        return (*full).to_owned();
    }
    // (A title's words, not a band's name in capitals: `*NSYNC`.)
    let lower = title.to_lowercase();
    // (One word in capitals is an acronym: `CISO`, `PTA`.)
    let shouted = !title.chars().any(char::is_lowercase)
        && title.trim().contains(' ')
        && spelled_out(&lower).split(|c: char| !c.is_alphanumeric()).any(is_title_word);
    if shouted {
        return title_cased(&lower);
    }
    let words: Vec<&str> = title.split(' ').collect();
    (0..words.len())
        .map(|i| match words[i].chars().any(char::is_lowercase) {
            true => unabbreviated(words[i], words.get(i + 1).copied()),
            false => words[i].to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title without the word in brackets the writer tagged it with: `VP, FP&A (HM)`, `Analyst
/// (peer)` (a title in brackets, `(Staff Engineer)`, stays).
pub(crate) fn without_tag(title: &str) -> String {
    match title.trim_end().strip_suffix(')').and_then(|s| s.rsplit_once(" (")) {
        // (`Director, Claims Operations (hiring mgr)`: the writer's words in lower case, a tag too.)
        Some((title, tag))
            if (!tag.contains(' ') || tag.starts_with(char::is_lowercase)) && !tag.split('/').any(is_title_word) =>
        {
            title.trim().to_owned()
        }
        _ => title.to_owned(),
    }
}

/// `text` without its mark that the user has exchanged email with the person (`(emailed)`, any
/// case, or `✉`), or `None` when it has none.
fn without_emailed_mark(text: &str) -> Option<String> {
    // ASCII lower case keeps every byte where it was.
    let (at, mark) = match text.to_ascii_lowercase().find("(emailed)") {
        Some(at) => (at, "(emailed)"),
        None => {
            let at = text.find('✉')?;
            (at, if text[at..].starts_with("✉\u{fe0f}") { "✉\u{fe0f}" } else { "✉" })
        }
    };
    Some(collapse_spaces(&format!("{} {}", &text[..at], &text[at + mark.len()..])).trim().to_owned())
}

/// True for a line that says, in words, that the user and the person have emailed: `— I
/// emailed Claire before`, `we've emailed before`, `emailed her back in October`.
fn says_emailed(text: &str) -> bool {
    // Written in lowercase, as a verb is: `İlker Emailed Ng` is a name.
    // (`(emailed him my license copy last wk)`: a bracket is a space.)
    let lower = format!(" {} ", text.replace('’', "'").replace(['(', ')'], " "));
    let negated = ["haven't emailed", "have not emailed", "never emailed", "not emailed", "should have emailed"];
    lower.contains(" emailed ") && !negated.iter().any(|n| lower.contains(n))
}

/// Splits `Name<sep>Title<note>` into name and title.
/// The name before ` from HR` (or ` from county HR`, ` from corporate HR`) opening `text`.
fn from_hr(text: &str) -> Option<&str> {
    let (name, rest) = text.split_once(" from ")?;
    let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).take(3).collect();
    let hr = words.iter().position(|w| *w == "HR" || w.eq_ignore_ascii_case("hr"))?;
    let named = name.split(' ').count() <= 3 && name.split(' ').all(|w| w.starts_with(char::is_uppercase));
    (hr <= 1 && named).then_some(name)
}

fn split_name(text: &str) -> (&str, Option<&str>) {
    // (`Walt → nursery lead`: an arrow is a hurried dash.)
    let seps = [" (", ", ", " — ", " – ", " - ", ": ", " | ", " → ", " -> "];
    let first = seps.iter().filter_map(|sep| text.find(sep).map(|i| (i, *sep))).min_by_key(|&(i, _)| i);
    let Some((at, sep)) = first else { return (text, None) };
    let name = &text[..at];
    let rest = &text[at + sep.len()..];
    let title = if sep == " (" {
        // (`(lead tech — last name maybe Dunleavy? check)`: the title ends at the writer's aside.)
        let inside = rest.split_once(')').map_or(rest, |(inside, _)| inside);
        inside.split(" — ").next().unwrap_or(inside)
    } else {
        // The title ends where a note about the person begins.
        const ENDS: [&str; 7] = [" — ", " – ", " - ", "; ", " (", " → ", " -> "];
        let end_in =
            |from: usize| ENDS.iter().filter_map(|s| rest[from..].find(s)).min().map_or(rest.len(), |i| from + i);
        let mut end = end_in(0);
        // `Rachel Abernathy, PhD — Research Lead` (or `DPT, OCS — lead ortho PT`): the
        // credentials (dropped later), then the title.
        if end < rest.len() && rest[..end].split(',').all(is_credential) {
            let next = ENDS.iter().find(|s| rest[end..].starts_with(*s)).map_or(end, |s| end + s.len());
            end = end_in(next);
        }
        // (`tanya reyes - safety mgr. sat in for maybe 20 min`: a sentence about them follows
        // the title's stop.)
        // (Set 63: `Rangi – security desk, Level 1. The exercise room was double-booked (…)`: a
        // sentence that opens as sentences do.)
        const OPENS: &[&str] = &["The ", "She ", "He ", "They ", "I ", "We ", "It ", "Her ", "His ", "My "];
        let stop = rest[..end].match_indices(". ").map(|(i, _)| i).find(|&i| {
            let before: Vec<&str> = rest[..i].split_whitespace().collect();
            let after = &rest[i + 2..];
            (before.len() >= 2 && before.iter().any(|w| is_title_word(w)) && after.starts_with(char::is_lowercase))
                || OPENS.iter().any(|o| after.starts_with(o))
        });
        &rest[..stop.unwrap_or(end)]
    };
    (name, Some(title))
}

/// True when what follows a person's name (and their title in brackets) says they set the
/// interview up: `(corporate HR) scheduled it`, ` — scheduled everything`.
fn sets_it_up(after: &str) -> bool {
    const SET_UP: &[&str] = &[
        "set it up",
        "set this up",
        "scheduled it",
        "scheduled everything",
        "scheduled the ",
        "scheduled my ",
        "arranged it",
        "arranged everything",
        "organized it",
        "organised it",
        "coordinated everything",
        "coordinated it",
    ];
    let after = after.trim_start();
    let after = match after.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest,
        None => after,
    };
    let after = after.trim_start().trim_start_matches(['—', '–', '-', ',', ':']).trim_start().to_lowercase();
    SET_UP.iter().any(|s| after.starts_with(s))
}

/// True when the word after the brackets `text` opens with says what someone did: `(admin)
/// rebooked me`, `(… coordinator) did the warehouse tour`. A given name alone is a name there.
pub(crate) fn did_after_brackets(text: &str) -> bool {
    text.split_once(") ").is_some_and(|(_, after)| after.split(' ').next().is_some_and(is_deed))
}

/// True when `word` says what someone did: `rebooked`, `ran`, `read` (the rules).
pub(crate) fn is_deed(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed"))
        || matches!(
            word,
            "did" | "ran" | "gave" | "led" | "took" | "set" | "sent" | "showed" | "met" | "read" | "came" | "sat"
        )
}

/// Nicknames that are not the start of the name they stand for.
const NICKNAMES: &[(&str, &[&str])] = &[
    ("Robert", &["Bob", "Rob", "Bobby"]),
    ("William", &["Bill", "Will", "Billy"]),
    ("Richard", &["Rick", "Dick", "Rich"]),
    ("Elizabeth", &["Liz", "Beth", "Betsy", "Eliza"]),
    ("James", &["Jim", "Jimmy", "Jamie"]),
    ("Leonard", &["Len", "Lenny", "Leo"]),
    ("Jonathan", &["Jon", "Jonny"]),
    ("Frederick", &["Fred", "Freddie"]),
    ("Eleanor", &["Nell", "Ellie"]),
    ("Helen", &["Nell"]),
    ("Josephine", &["Jo", "Josie"]),
    ("Victoria", &["Vicky", "Tori"]),
    ("Michael", &["Mike", "Mikey"]),
    ("Alexander", &["Alex", "Sasha"]),
    ("Alexandra", &["Alex", "Sasha", "Sandra", "Lexi"]),
    ("David", &["Dave", "Davy"]),
    // (Set 47: `Tumelo Mokoena` is "Tumi" to everyone.)
    ("Tumelo", &["Tumi"]),
    ("Jennifer", &["Jen", "Jenny"]),
    ("Edward", &["Ed", "Ted", "Eddie"]),
    ("Anthony", &["Tony"]),
    ("Charles", &["Charlie", "Chuck"]),
    ("Theodore", &["Ted", "Teddy", "Theo"]),
    ("Harold", &["Hal", "Harry"]),
    ("Dorothy", &["Dot", "Dottie", "Dolly"]),
    ("Patricia", &["Pat", "Patty", "Trish"]),
    ("Deborah", &["Deb", "Debbie"]),
    ("Rebecca", &["Becca", "Becky", "Bex"]),
    ("Susan", &["Sue", "Susie"]),
    ("Augustus", &["Gus"]),
    ("Gustavo", &["Gus"]),
    ("Joseph", &["Joe", "Joey"]),
    ("Thomas", &["Tom", "Tommy"]),
    ("Nicholas", &["Nick"]),
    ("Christopher", &["Chris"]),
    ("Daniel", &["Dan", "Danny"]),
    ("Benjamin", &["Ben"]),
    ("Samuel", &["Sam"]),
    ("Kenneth", &["Ken", "Kenny"]),
    ("Lawrence", &["Larry"]),
    ("Henry", &["Hank"]),
    ("John", &["Jack"]),
    ("Osvaldo", &["Ozzie", "Oz"]),
    ("Oswaldo", &["Ozzie", "Oz"]),
    ("Oswald", &["Ozzie", "Oz"]),
    ("Margaret", &["Maggie", "Peggy", "Meg", "Peg"]),
    ("Katherine", &["Kate", "Katie", "Kathy", "Kat"]),
    ("Catherine", &["Cathy", "Cat", "Kate", "Katie"]),
    ("Kathryn", &["Kate", "Katie", "Kathy"]),
    ("Ignacio", &["Nacho"]),
    ("Francisco", &["Paco", "Frank"]),
    ("Eduardo", &["Lalo"]),
    ("Guillermo", &["Memo"]),
    ("Roberto", &["Beto"]),
    ("Alberto", &["Beto"]),
    // (Set 63: a Melbourne kitchen's `Lachie` and `Tash`.)
    ("Lachlan", &["Lachie", "Lachy", "Lockie"]),
    ("Natasha", &["Tash", "Tasha", "Nat"]),
];

/// True when `text` calls `person` by a short form of their given name that no one else of
/// `people` shares: what the note says they go by (`called`), a nickname (`Len` for Leonard), or
/// the name's first letters (`Stef` for Stefan, `Ros` for Rosalind), capitalised as names are, or
/// an honorific with their family name or its initial (`Dr. O`).
pub fn short_form_in(text: &str, person: &Person, people: &[Person]) -> bool {
    !short_forms_in(text, person, people).is_empty() || !honorific_forms_in(text, person, people).is_empty()
}

/// The short forms of `person`'s given name that `text` calls them by (see `short_form_in`).
pub fn short_forms_in<'t>(text: &'t str, person: &Person, people: &[Person]) -> Vec<&'t str> {
    let given = first_name(&person.name);
    let nicknames =
        |given: &str| NICKNAMES.iter().find(|(full, _)| *full == given).map_or(&[][..], |(_, nicks)| *nicks);
    let stands_for = |form: &str, given: &str, nicks: &[&str]| {
        (form.chars().count() >= 3
            && given.chars().count() > form.chars().count() + 1
            && given.starts_with(form)
            && !is_common_word(form))
            || nicks.contains(&form)
    };
    let their_nicknames = nicknames(given);
    // (Asked of every sentence for every person: the cheap tests come first.)
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| if w.ends_with('s') { w.trim_end_matches("'s").trim_end_matches("’s") } else { w })
        .filter(|w| *w != given)
        .filter(|form| {
            let form = *form;
            // (Set 49: `Q (RK):`, `[JJ: "nice…"]`: a transcript's initials.)
            let theirs = person.called.as_deref() == Some(form)
                || stands_for(form, given, their_nicknames)
                || initials_of(form, &person.name)
                || second_given(form, &person.name);
            // (Most words are no form of theirs: the others are asked only about those that are.)
            if !theirs {
                return false;
            }
            let others = people.iter().any(|p| {
                p.name != person.name
                    && (p.called.as_deref() == Some(form)
                        || stands_for(form, first_name(&p.name), nicknames(first_name(&p.name)))
                        || initials_of(form, &p.name)
                        || second_given(form, &p.name)
                        || first_name(&p.name) == form)
            });
            !others
        })
        .collect()
}

/// How `text` calls `person` by an honorific and their family name or its initial (`Dr. O`,
/// `Mr Goh`, `Ms. K`), when no one else of `people` could be meant.
/// (Set 47: `Dr. O -> "you think like an auditor already"`, for Dr. Chinedu Okafor.)
pub fn honorific_forms_in(text: &str, person: &Person, people: &[Person]) -> Vec<String> {
    // (On the path of every name looked for: only the honorifics the text holds are tried.)
    let held: Vec<&str> = ABBREVIATED_HONORIFICS.iter().copied().filter(|h| text.contains(h)).collect();
    if held.is_empty() {
        return Vec::new();
    }
    let family = last_name(&person.name).trim_end_matches(['.', ',']);
    let Some(initial) = family.chars().next().filter(|c| c.is_uppercase() && person.name.contains(' ')) else {
        return Vec::new();
    };
    let shares_initial = people.iter().any(|p| p.name != person.name && last_name(&p.name).starts_with(initial));
    let mut forms = Vec::new();
    for h in held {
        for dot in [".", ""] {
            let mut candidates = vec![format!("{h}{dot} {family}")];
            // (`Mr van der Merwe`: the particles are the surname's.)
            if surname(&person.name) != family {
                candidates.push(format!("{h}{dot} {}", surname(&person.name)));
            }
            if !shares_initial {
                candidates.push(format!("{h}{dot} {initial}."));
                candidates.push(format!("{h}{dot} {initial}"));
            }
            for form in candidates {
                if crate::text::words::contains_word(text, &form) && !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
    forms
}

/// True when `form` (`RK`, `LJJ`, `JJ`) is the initials of two or more names in a row of
/// `name` (Ravi Krishnan, Lim Jun Jie): how a transcript writes who spoke.
pub fn initials_of(form: &str, name: &str) -> bool {
    // (Set 51: `FO'S` for Fionnuala O'Sullivan, as an attendance note writes her.)
    let letter = |c: &char| *c != '\'' && *c != '’';
    if !form.chars().filter(letter).all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let letters: Vec<char> = form.chars().filter(letter).collect();
    if !(2..=4).contains(&letters.len()) {
        return false;
    }
    let firsts = |parts: &mut dyn Iterator<Item = &str>| -> Vec<char> {
        parts.filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
    };
    // (And `PRS` for Priya Raman-Shah: each part of a joined surname has its letter.)
    let whole = firsts(&mut name.split_whitespace());
    let parts = firsts(&mut name.split([' ', '-', '\'', '’']).filter(|w| !w.is_empty()));
    [whole, parts].iter().any(|f| f.windows(letters.len()).any(|w| w == letters.as_slice()))
}

/// `text` without the initials in brackets after the name they stand for (`Priya Raman-Shah
/// (PRS), General Counsel` is `Priya Raman-Shah, General Counsel`): how a note will call them
/// after, not their job.
fn own_initials_dropped(text: &str) -> String {
    let Some((name, rest)) = text.split_once(" (") else { return text.to_owned() };
    let Some((inside, after)) = rest.split_once(')') else { return text.to_owned() };
    if name.split_whitespace().count() >= 2 && initials_of(inside.trim(), name) {
        return format!("{name}{after}");
    }
    // (Set 51: `Dr Nikolaidis (Dir of Surgery — Dr Alex Nikolaidis)`: the job, then the name in
    // full, which the one before the brackets is short for.)
    let full = [" — ", " – "].iter().find_map(|dash| inside.split_once(dash)).filter(|(_, full)| {
        let last = name.split_whitespace().last().unwrap_or_default();
        full.split_whitespace().count() >= 2 && full.ends_with(last) && !last.is_empty() && looks_like_name(full)
    });
    match full {
        Some((job, full)) => format!("{} ({}){after}", full.trim(), job.trim()),
        None => text.to_owned(),
    }
}

/// True when `form` is a given name between the first and the last of a name of three or more
/// (`Aisyah` of Nur Aisyah binte Kamal, `Lucía` of Ana Lucía Bravo): the one a note may go by.
fn second_given(form: &str, name: &str) -> bool {
    if form.len() < 3 || !name.contains(form) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 3 && words[1..words.len() - 1].contains(&form) && form.chars().count() >= 3
}

/// A name without the form of address a note puts before it (`Doc Ramon`, `Ma'am Joy`, `Ms. Trish`):
/// what is left is the name the writer uses.
fn without_form_of_address(name: &str) -> &str {
    const CALLED: &[&str] = &["doc", "ma'am", "ma’am", "maam", "sir", "kuya", "ate", "tita", "tito"];
    match name.split_once(' ') {
        Some((form, rest)) if CALLED.contains(&form.to_lowercase().as_str()) || is_honorific(form) => rest,
        _ => name,
    }
}

/// True for an honorific such as `Dr.`, `Ms` or `Prof.`.
fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// True when `short` is the start of the name `word`, two letters or more (`Mo` of Mohammed,
/// `Greg` of Gregory), or the whole of it.
fn shortens(short: &str, word: &str) -> bool {
    short.len() >= 2 && short.chars().all(char::is_alphabetic) && word.starts_with(short)
}

/// What someone goes by, when `inside` (the text in brackets right after their `name`) is it: a
/// word in quotes (`Leilani Kahananui ("Lei")`) or the start of one of their names (`Gregory Ames
/// (Greg)`).
fn bracketed_nickname<'a>(inside: &'a str, name: &str) -> Option<&'a str> {
    let inside = inside.trim();
    let nick = inside.trim_matches(['"', '“', '”', '\'']);
    let quoted = nick.len() < inside.len();
    let plain = nick.len() >= 2
        && nick.chars().all(char::is_alphabetic)
        && nick.starts_with(char::is_uppercase)
        && !is_title_word(nick);
    let short = name.split_whitespace().any(|w| shortens(nick, w) && w != nick);
    (plain && (quoted || short)).then_some(nick)
}

/// `RK (Ravi Krishnan, Head of Supply Chain Planning)` as `Ravi Krishnan, Head of Supply Chain
/// Planning`: a listed person written by their initials or the start of their given name (`Mo
/// (Mohammed Rahimi, recruiting coordinator)`), the brackets naming them in full.
fn initials_first(text: &str) -> Option<String> {
    let (form, rest) = text.trim().split_once(" (")?;
    // (What they did may follow: `… coordinator) who booked the room`.)
    let (inside, after) = rest.split_once(')')?;
    let after = after.trim();
    if !(after.is_empty() || after.starts_with("who ") || after.starts_with(['-', '—', '–', ','])) {
        return None;
    }
    let name = inside.split(',').next()?.trim();
    // (Set 55: `Mo (Mohammed Rahimi, recruiting coordinator)`: the start of the given name.)
    let form = form.trim().trim_start_matches("+ ");
    let given = first_name(name);
    // (Set 56: `Nurul (Nurul Ain binte Rahman) — HR Executive`: the given name, then the name in
    // full, and the job after the brackets.)
    let short = shortens(form, given);
    // (Set 59: `Ms. Trish (Patricia Lim, HR Assistant)`: what she goes by, addressed as the note
    // does, then her name and her job.)
    let addressed = without_form_of_address(form);
    let nicknamed = addressed.len() < form.len()
        && !addressed.contains(' ')
        && inside.split_once(',').is_some_and(|(_, job)| job.split_whitespace().any(is_title_word));
    let full = name.split_whitespace().count() >= 2
        && looks_like_name(name)
        && (short || initials_of(form, name) || nicknamed || shortens(addressed, given));
    match after.strip_prefix(['-', '—', '–']) {
        Some(job) if full && !inside.contains(',') && !job.trim().is_empty() => {
            Some(format!("{inside} — {}", job.trim()))
        }
        _ => full.then(|| inside.to_owned()),
    }
}

/// `"Dev" R-something — GIS Team Lead` as `Dev — GIS Team Lead` (set 69): what they go by, in
/// quotes, and a family name the writer did not catch (`R-something`, `something`, `?`).
fn unknown_family_dropped(text: &str) -> Option<String> {
    let (name, rest) =
        [" — ", " – ", " - ", ", ", " ("].iter().filter_map(|d| text.find(d)).min().map(|at| text.split_at(at))?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let [given, family] = words[..] else { return None };
    let given = given.trim_matches(['"', '“', '”']);
    let unknown = family.ends_with("-something")
        || ["something", "?", "??", "???", "(?)", "whatshername", "whatshisname"]
            .contains(&family.to_lowercase().as_str());
    let plain =
        given.chars().count() >= 2 && given.starts_with(char::is_uppercase) && given.chars().all(char::is_alphabetic);
    (unknown && plain).then(|| format!("{given}{rest}"))
}

/// `Jen (Jennifer) Baptiste — Operations Manager` as `Jennifer Baptiste (Jen) — Operations
/// Manager` (set 69): what she goes by, her given name in full in brackets, then her family name.
pub(crate) fn given_in_full_between(text: &str) -> Option<String> {
    // (Set 69: `Dimitri "Dim" Katsaros — Group Exec Chef`: what he goes by, quoted, inside his name.)
    let word =
        |w: &str| w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    let bare = text.replace("**", "").replace(['“', '”'], "\"");
    if let Some((given, rest)) = bare.split_once(" \"") {
        let (called, rest) = rest.split_once("\" ")?;
        let family = rest.split([' ', ',']).next()?;
        if !given.contains(' ') && word(given) && word(called) && word(family) && shortens(called, given) {
            return Some(format!("{given} {family}{}", &rest[family.len()..]));
        }
        return None;
    }
    let (called, rest) = text.split_once(" (")?;
    let (given, rest) = rest.split_once(") ")?;
    let family = rest.split([' ', ',']).next()?;
    let fits = !called.contains(' ')
        && word(called)
        && word(given)
        && word(family)
        && called != given
        && shortens(called, given)
        && !is_title_word(family);
    fits.then(|| format!("{given} {family} ({called}){}", &rest[family.len()..]))
}

/// `text` without the brackets right after a name that hold no job (set 56): what they go by
/// (`Gregory Ames (Greg) — VP…`, `Leilani Kahananui ("Lei") — …`), the name in its own script
/// (`Tan Wei Ming （陈伟明）— Finance Manager`), their handle (`Dan Kowalczyk (@dkowalczyk)`), or a
/// number (`Germany (3)`, a round's).
fn name_aside_dropped(text: &str) -> Option<String> {
    let open = text.find(['(', '（'])?;
    let width = text[open..].chars().next()?.len_utf8();
    let close = open + text[open..].find([')', '）'])?;
    // (Set 69: `Choi 팀장님 (Dong-uk) — sat in`: the form of address is no part of the name.)
    let words: Vec<&str> = text[..open].split_whitespace().filter(|w| !is_korean_address(w)).collect();
    let name = &words.join(" ");
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let raw = text[open + width..close].trim();
    let inside = raw.trim_matches(['"', '“', '”', '\'']);
    let script = !inside.is_empty() && !inside.chars().any(|c| c.is_ascii_alphabetic());
    // (`Dan Kowalczyk (@dkowalczyk)`: their handle.)
    let handle = inside.strip_prefix('@').is_some_and(|h| !h.is_empty() && !h.contains(char::is_whitespace));
    let nickname = bracketed_nickname(raw, name).is_some();
    // (Set 67: `Rory Kavanagh (K!) — Head of Content`: a letter the writer insists on, how the
    // name is spelled, was his title "K!".)
    let spelled = {
        let letters: String = inside.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().count() <= 2 && inside.ends_with(['!', '?']) && !letters.is_empty()
    };
    let after = text[close..].chars().next().map_or(close, |c| close + c.len_utf8());
    // (Set 68: `**Tom** (Hennessy) come at 21:00 to taste.`: a given name, and the family name
    // the writer adds in brackets; at the base, Tom's job was "Hennessy".)
    const DEPARTMENTS: &[&str] = &[
        "admin",
        "accounts",
        "compliance",
        "design",
        "facilities",
        "finance",
        "hr",
        "it",
        "kitchen",
        "legal",
        "logistics",
        "marketing",
        "nursing",
        "operations",
        "ops",
        "payroll",
        "pharmacy",
        "planning",
        "procurement",
        "product",
        "quality",
        "reception",
        "recruiting",
        "recruitment",
        "research",
        "sales",
        "security",
        "talent",
        "training",
        "engineering",
        "data",
        "maths",
        "science",
        "english",
        "music",
        "drama",
        "art",
        "history",
    ];
    let family = words.len() == 1
        && inside.chars().count() >= 3
        && inside.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && inside.starts_with(char::is_uppercase)
        && inside.chars().any(char::is_lowercase)
        && !is_title_word(inside)
        && !is_common_word(inside)
        && !DEPARTMENTS.contains(&inside.to_lowercase().as_str())
        && looks_like_name(&format!("{name} {inside}"))
        && text[after..]
            .split_whitespace()
            .next()
            .is_none_or(|w| w.starts_with(char::is_lowercase) || w.starts_with(['-', '—', '–']));
    if family {
        // (What they did after it, in lower case, is the writer's: the person is the name.)
        let rest = text[after..].trim_start();
        let rest = if rest.starts_with(char::is_lowercase) { "" } else { rest };
        return Some(collapse_spaces(&format!("{name} {inside} {rest}")).trim().to_owned());
    }
    (script || nickname || handle || spelled)
        .then(|| collapse_spaces(&format!("{name} {}", text[after..].trim_start())).trim().to_owned())
}

/// `Mrs K. Naidoo (Kavitha) – HR Business Partner` as `Mrs Kavitha Naidoo – HR Business
/// Partner` (set 50): an initial, and in brackets right after the name the given name it stands
/// for.
fn initial_then_given(text: &str) -> Option<String> {
    let (name, rest) = text.trim().split_once(" (")?;
    let (given, after) = rest.split_once(')')?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let at = usize::from(honorific(name).is_some());
    let initial = words.get(at)?.strip_suffix('.').filter(|i| i.chars().count() == 1)?;
    let plain = given.chars().all(char::is_alphabetic) && given.starts_with(initial) && given.len() > 2;
    if !plain || words.len() != at + 2 {
        return None;
    }
    let mut spelled = words.clone();
    spelled[at] = given;
    Some(format!("{}{after}", spelled.join(" ")))
}

/// What an aliased wikilink to `name` (`[[Tomasz Wierzbicki|Tom]]`) in `text` calls the person,
/// when the alias is their given name's short form or a nickname of it; a title or any other
/// word is not a way to greet them.
/// True for the word an Arabic kunya opens with: "father of", "mother of" (`Abu Faisal`, `Umm
/// Khalid`).
fn is_kunya(word: &str) -> bool {
    ["Abu", "Abou", "Umm", "Um"].contains(&word)
}

pub fn called_in(text: &str, name: &str) -> Option<String> {
    // (Set 47: `David Chua Boon Keat, APAC S&OP Director, … Everybody calls him DC it seems`,
    // `[[Alexandra Petrov]] — … sasha (she said call her Sasha)`: what they go by, said soon after
    // their name.)
    // (And `Margaret – “call me Peggy, everyone does” – ran a mock site visit`: her own words, right
    // after her given name.)
    // (Set 61: `TJ = Tom Jablonski — Learning Technologist`: what they go by, before an equals sign
    // and their name; `Mr Lafaele = Tavita Lafaele`, with how they are addressed.)
    if let Some((at, _)) = text.match_indices(&format!(" = {name}")).next() {
        // (Set 69: `"Dev" = Devon Ramsay`: what they go by, in quotes.)
        let words: Vec<&str> =
            text[..at].rsplit(|c: char| c.is_whitespace()).take(2).map(|w| w.trim_matches(['"', '“', '”'])).collect();
        let one =
            |w: &str| w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
        match words[..] {
            [called, addressed, ..] if one(called) && is_honorific(addressed) => {
                return Some(format!("{addressed} {called}"));
            }
            [called, ..] if one(called) => return Some(called.to_owned()),
            _ => {}
        }
    }
    // (Set 69: `Jen (Jennifer) Baptiste -- Operations Manager`: what she goes by, then her given
    // name in brackets.)
    if let Some((given, family)) = bare_name(name).split_once(' ') {
        if let Some((at, _)) = text.match_indices(&format!(" ({given}) {family}")).next() {
            let before = text[..at].rsplit(char::is_whitespace).next().unwrap_or_default();
            if before.chars().count() >= 2 && before.chars().all(char::is_alphabetic) && shortens(before, given) {
                return Some(before.to_owned());
            }
        }
    }
    // (Set 68: `**Deji** — Adedeji Okafor, Head Chef of Forge`: what they go by, then a dash and
    // their name, when it is part of the given name or its initials.)
    for dash in [" — ", " – "] {
        let Some((at, _)) = text.match_indices(&format!("{dash}{name}")).next() else { continue };
        let before = text[..at].rsplit(char::is_whitespace).next().unwrap_or_default().trim_matches(['*', '_']);
        let given = first_name(name).to_lowercase();
        let lower = before.to_lowercase();
        let part = lower.chars().count() >= 3 && (given.ends_with(&lower) || given.starts_with(&lower));
        let plain = before.starts_with(char::is_uppercase) && before.chars().all(char::is_alphabetic);
        if plain && lower != given && (part || initials_of(before, name)) {
            return Some(before.to_owned());
        }
    }
    const GOES_BY: &[&str] =
        &["calls him ", "calls her ", "call him ", "call her ", "goes by ", "known as ", "call me "];
    let given = first_name(name);
    let mut near: Vec<(usize, usize, usize)> = text.match_indices(name).map(|(at, _)| (at, name.len(), 160)).collect();
    if given.len() >= 3 && given != name {
        near.extend(text.match_indices(given).map(|(at, _)| (at, given.len(), 40)));
    }
    let told = near.into_iter().find_map(|(at, name_len, reach)| {
        let mut end = (at + name_len + reach).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let after = &text[at + name_len..end];
        // (Set 48: not the next line's `Oleksandr Kovalenko – …, "call me Sasha"`, after `Dr. Birgit
        // Hahn – Leiterin Data & Analytics`.)
        let after = after.split('\n').next().unwrap_or(after);
        // (Set 51: `Goes by "Hugh".`, a sentence of its own, the name in quotes.)
        let lower = after.to_ascii_lowercase();
        GOES_BY.iter().find_map(|g| {
            let at = lower.find(g)?;
            // (Set 69: `Sunny call her "Director Lee"`: the one named calls someone else so.)
            if g.starts_with("call") && !g.ends_with("me ") && after[..at].trim().is_empty() {
                return None;
            }
            let rest = &after[at + g.len()..];
            let rest = rest.strip_prefix(['"', '“']).unwrap_or(rest);
            let mut said: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            // (Set 56: `Tan Wei Ming … say just call him Wei Ming`: two of the name's words.)
            let second: String = rest[said.len()..]
                .strip_prefix(' ')
                .unwrap_or_default()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if name.split_whitespace().any(|w| w == said)
                && name.split_whitespace().any(|w| w == second)
                && name.contains(&format!("{said} {second}"))
            {
                said = format!("{said} {second}");
            }
            // (Set 59: `everyone calls him Abu Faisal`: a kunya, "father of", and a name.)
            if is_kunya(&said) && second.starts_with(char::is_uppercase) {
                said = format!("{said} {second}");
            }
            // (Set 55: `Kieran Walsh (…, everyone calls him K)`: his initial alone.)
            let initial = said.len() == 1 && given.starts_with(&said);
            let word = said.len() >= 2 || initial;
            // (Set 59: `Call her Fri`: a day, not what she goes by.)
            let day = super::dates::is_weekday(&said);
            // (Nor a title they are addressed by: `"Director Lee"`.)
            let title = is_title_word(&said.to_lowercase());
            (word && said.starts_with(char::is_uppercase) && !is_common_word(&said) && !day && !title).then_some(said)
        })
    });
    if told.is_some() {
        return told;
    }
    // (Set 56: `[[Gregory Ames]] (Greg) — VP…`, `[[Leilani Kahananui]] ("Lei")`: what they go by, in
    // brackets right after their name.)
    let bracketed = text.match_indices(name).find_map(|(at, _)| {
        let rest = text[at + name.len()..].strip_prefix("]]").unwrap_or(&text[at + name.len()..]);
        bracketed_nickname(rest.strip_prefix(" (")?.split(')').next()?, name).map(str::to_owned)
    });
    if bracketed.is_some() {
        return bracketed;
    }
    // (Set 52: `Ibra (everyone calls him Ibra) nodded hard`, Ibrahim Abdi named in full before: a
    // name the note says someone goes by, which starts their given name.)
    let lower = text.to_ascii_lowercase();
    let by_start =
        GOES_BY.iter().flat_map(|g| lower.match_indices(g).map(move |(at, _)| at + g.len())).find_map(|at| {
            let rest = &text[at..];
            let rest = rest.strip_prefix(['"', '“']).unwrap_or(rest);
            let said: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            let short = said.chars().count() >= 3 && said.chars().count() < given.chars().count();
            (short && said.starts_with(char::is_uppercase) && given.starts_with(&said)).then_some(said)
        });
    if by_start.is_some() {
        return by_start;
    }
    // `Oluwaseun "Seun" Adebayo`: the short form in quotes is what they go by (a nickname that is
    // no part of the name, `mike "moose" albrecht`, is the writer's joke, not a greeting).
    let given = first_name(name);
    if let Some(nick) = ['"', '“'].iter().find_map(|q| {
        let at = text.find(&format!("{given} {q}"))? + given.len() + 1 + q.len_utf8();
        let nick: String = text[at..].chars().take_while(|c| c.is_alphabetic()).collect();
        text[at + nick.len()..].starts_with(['"', '”']).then_some(nick)
    }) {
        let part = nick.len() >= 2 && given.to_lowercase().contains(&nick.to_lowercase());
        // (`Bernard “Bernie” Castellanos`: a short form that starts as the name does.)
        let shared = given.chars().zip(nick.chars()).take_while(|(a, b)| a.eq_ignore_ascii_case(b)).count();
        let nickname = NICKNAMES.iter().any(|(full, nicks)| *full == given && nicks.contains(&nick.as_str()));
        if (part || shared >= 3 || nickname) && nick.starts_with(char::is_uppercase) && nick != given {
            return Some(nick);
        }
    }
    // (Set 43: `Mr Royce (Daniel Royce, Head)`: what the writer calls them, before their name.)
    if let Some(last) = name.split_whitespace().last().filter(|_| name.contains(' ')) {
        for honorific in ABBREVIATED_HONORIFICS {
            for form in [format!("{honorific} {last} ({name}"), format!("{honorific}. {last} ({name}")] {
                if text.contains(&form) {
                    return Some(form[..form.len() - name.len() - 2].to_owned());
                }
            }
        }
    }
    // (Set 51: `Booked by Mai (Tran Thi Mai, Nursing Workforce Coordinator)`: a family name first,
    // and the given name the writer calls her by, before the brackets that name her in full;
    // `Hugh (Hieu Nguyen)`, the name he goes by.)
    // (Not `Nurul from TalentBridge (Nurul Huda binte Rahman, …)`: where she works.)
    for (at, _) in text.match_indices(&format!(" ({name}")) {
        let word = text[..at].rsplit([' ', '\n', '-', '*']).next().unwrap_or_default();
        let plain = word.chars().count() >= 2 && word.chars().all(char::is_alphabetic);
        let line_start = text[..at - word.len()].trim_end_matches([' ', '-', '*', '+', '\t']).ends_with('\n')
            || text[..at - word.len()].trim().is_empty();
        let theirs = name.split_whitespace().any(|w| w == word) || line_start;
        if plain
            && theirs
            && word.starts_with(char::is_uppercase)
            && word != given
            && !is_common_word(&word.to_lowercase())
        {
            return Some(word.to_owned());
        }
    }
    // (Set 45: `Mr. Barlow`, three times and more, for R. Malcolm Barlow, never "Malcolm": as
    // the writer calls him, and greets him.)
    if let Some(last) = name.split_whitespace().last().filter(|_| name.contains(' ') && honorific(name).is_none()) {
        // (`Frau Köhler`, as a German office writes to her.)
        for h in ABBREVIATED_HONORIFICS.iter().chain(&["Frau", "Herr"]) {
            let form = format!("{h}. {last}");
            let bare = format!("{h} {last}");
            let whole = |f: &str| {
                text.match_indices(f).filter(|(at, _)| !text[at + f.len()..].starts_with(char::is_alphanumeric)).count()
            };
            let given = first_name(name);
            let by_given = text
                .match_indices(given)
                .filter(|(at, _)| {
                    !text[..*at].ends_with(char::is_alphanumeric)
                        && !text[at + given.len()..].starts_with(char::is_alphanumeric)
                        && !text[at + given.len()..].starts_with(&format!(" {last}"))
                })
                .count();
            for f in [form, bare] {
                if whole(&f) >= 3 && by_given == 0 {
                    return Some(f);
                }
            }
        }
    }
    // `— everyone calls her Fi —`, `goes by Fi`: what they go by, said so.
    let says = text.contains("calls h") || text.contains("call h") || text.contains(" goes by ");
    for said in [" calls her ", " calls him ", " call her ", " call him ", " goes by "].iter().filter(|_| says) {
        for (at, _) in text.match_indices(said) {
            let after = &text[at + said.len()..];
            // (Set 50: `everyone calls him "Boet"`, in quotes.)
            let quoted = after.strip_prefix(['"', '“']);
            let nick: String = quoted.unwrap_or(after).chars().take_while(|c| c.is_alphabetic()).collect();
            // (`Margaret Holloway, who asked me to call her Peg`: a nickname of the name.)
            let nickname = NICKNAMES.iter().any(|(full, nicks)| *full == given && nicks.contains(&nick.as_str()));
            let part = nickname || nick.len() >= 2 && given.to_lowercase().starts_with(&nick.to_lowercase());
            // (Set 50: `Mr Kruger (… everyone calls him "Boet")`: a nickname that is no form of the
            // name is how the note may speak of one whom the letters greet by title and surname.)
            let titled = honorific(name).map(|h| format!("{} {}", h.trim_end_matches('.'), surname(name)));
            let by_title = titled.as_deref().is_some_and(|t| {
                text[..at]
                    .rfind(t)
                    .or_else(|| text[..at].rfind(&t.replacen(' ', ". ", 1)))
                    .is_some_and(|g| at - g < 120)
            });
            let aside = quoted.is_some_and(|q| q[nick.len()..].starts_with(['"', '”'])) && by_title;
            // (The sentence is about them when it names them just before.)
            let near = text[..at].rfind(given).is_some_and(|g| at - g < 120) || by_title;
            if (part || aside) && near && nick.starts_with(char::is_uppercase) && nick != given {
                return Some(nick);
            }
        }
    }
    // (`Ana Lucia Bravo`, whom the note calls `ana lucia` elsewhere: two given names, said both.)
    if let [first, second, last] = name.split_whitespace().collect::<Vec<_>>()[..] {
        let plain = |w: &str| w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase);
        let pair = format!("{first} {second}").to_lowercase();
        let lower = text.to_lowercase();
        let bounded = |at: usize, end: usize| {
            !lower[..at].ends_with(char::is_alphanumeric) && !lower[end..].starts_with(char::is_alphanumeric)
        };
        let alone = lower.match_indices(&pair).any(|(at, _)| {
            let end = at + pair.len();
            bounded(at, end) && !lower[end..].trim_start().starts_with(&last.to_lowercase())
        });
        let honorific = HONORIFICS.contains(&first.trim_end_matches('.').to_lowercase().as_str());
        if plain(first) && plain(second) && !honorific && alone {
            return Some(format!("{first} {second}"));
        }
    }
    let open = format!("[[{name}|");
    let at = text.find(&open)? + open.len();
    let alias = text[at..].split("]]").next()?.trim();
    let word = !alias.is_empty()
        && alias.chars().next().is_some_and(char::is_uppercase)
        && alias.chars().all(char::is_alphabetic);
    let short = alias.len() >= 2 && given.starts_with(alias);
    let nickname = NICKNAMES.iter().any(|(full, nicks)| *full == given && nicks.contains(&alias));
    (word && alias != given && (short || nickname)).then(|| alias.to_owned())
}

/// `text` with each aliased wikilink `[[Target|Alias]]` written `[[Target]]`.
pub(crate) fn wikilink_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]") else { break };
        let inner = &rest[open + 2..open + close];
        out.push_str(&rest[..open]);
        out.push_str("[[");
        out.push_str(inner.split('|').next().unwrap_or(inner));
        out.push_str("]]");
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

/// The page an alias on `raw` (a line of the note) stands for: `Priya` on a line with
/// `[[Priya Raman|Priya]]` is Priya Raman.
pub(crate) fn aliased(name: &str, raw: &str) -> Option<String> {
    let mut rest = raw;
    while let Some(open) = rest.find("[[") {
        let close = rest[open..].find("]]")?;
        let inner = &rest[open + 2..open + close];
        if let Some((target, alias)) = inner.split_once('|') {
            if alias.trim() == name && looks_like_name(target.trim()) {
                return Some(without_trailing_credentials(target).to_owned());
            }
        }
        rest = &rest[open + close + 2..];
    }
    None
}

/// `text` without the credentials written in capitals in it (Set 41: `tasha brennan CVT VTS(ECC)
/// - ICU tech supervisor`, one with its specialty in brackets): neither name nor title.
fn without_capital_credentials(text: &str) -> String {
    let capitals = |w: &str| {
        let head = w.split('(').next().unwrap_or(w);
        head.len() >= 2 && head.chars().all(|c| c.is_ascii_uppercase()) && is_credential(w)
    };
    // (Only those before the title: `RN Case Manager` keeps its RN.)
    let end = [" - ", " — ", " – ", ", "].iter().filter_map(|s| text.find(s)).min().unwrap_or(text.len());
    let (name, rest) = text.split_at(end);
    if name.split_whitespace().any(capitals) {
        let name = name.split(' ').filter(|w| !capitals(w)).collect::<Vec<_>>().join(" ");
        format!("{name}{rest}")
    } else {
        text.to_owned()
    }
}

/// Reads a person from a line that a heading or a key says lists people, where a name written
/// all in lower case, as hurried notes write them (`sam okoye, vp engineering`), is still a name:
/// two or three plain words, none of them a common word, each then capitalised.
/// `text` without a first word of letters and symbols before a capital (set 74, a scanned page:
/// `Kr1st€n Kirsten Oakes - Lead ER Tech`, a name crossed out and read by OCR, then written again).
fn without_garbled_word(text: &str) -> &str {
    let text = text.trim_start();
    match text.split_once(' ') {
        Some((garbled, rest))
            if garbled.chars().any(|c| matches!(c, '€' | '$' | '£' | '¥' | '%' | '§'))
                && garbled.chars().any(char::is_alphabetic)
                && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => text,
    }
}

pub fn parse_listed(text: &str) -> Option<PersonText> {
    // (`portfolio walkthrough (45) + product partner chat (30)`, a loop's sessions and their
    // minutes: no one.)
    let timed = text.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once(" (")).is_some_and(|(before, mins)| {
        let mins = mins.trim_end_matches(" min").trim_end_matches(" mins").trim_end_matches('\'');
        !mins.is_empty() && mins.chars().all(|c| c.is_ascii_digit()) && before.chars().all(|c| !c.is_uppercase())
    });
    if timed {
        return None;
    }
    let text = without_garbled_word(text);
    // (Set 57: `(Tamsin Reilly, HR/recruiting coordinator, set all this up …)`: a paragraph in
    // brackets, an aside about someone; at the base, "Dear (Tamsin,".)
    if let Some(inside) = text.trim_start().strip_prefix('(') {
        return parse_listed(inside.trim_end().strip_suffix(')').unwrap_or(inside));
    }
    // (Set 57: `Orla – office manager? didn't get her surname`: a job the writer is unsure of,
    // then an aside.)
    if let Some((before, after)) = text.split_once("? ") {
        let dashed = [" – ", " — ", " - "].iter().any(|d| before.contains(d));
        if dashed && after.starts_with(char::is_lowercase) && !before.contains(['(', '"']) {
            return parse_listed(before);
        }
    }
    // (Set 49: `RK (Ravi Krishnan, Head of Supply Chain Planning)`: initials, then who they are.)
    if let Some(spelled) = initials_first(text).or_else(|| initial_then_given(text)) {
        return parse_listed(&spelled);
    }
    if let Some(p) = role_then_name(text).or_else(|| round_then_name(text)) {
        return Some(p);
    }
    if let Some(p) = parse(text) {
        return Some(p);
    }
    let plain = without_capital_credentials(&collapse_spaces(&strip_wikilinks(text)));
    let (name, title) = split_name(&plain);
    // (`bev - office mgr, does scheduling`: a given name alone, in lower case, with a title.)
    let given_alone = || {
        let word = name.trim();
        let plain_word = word.len() >= 3 && word.chars().all(|c| c.is_lowercase()) && !COMMON_WORDS.contains(&word);
        let titled =
            title.is_some_and(|t| t.split([',', '.']).next().unwrap_or(t).split_whitespace().any(is_title_word));
        (plain_word && titled).then(|| super::folder::capitalised(word))
    };
    // (Set 41: `dr. alvarez - criticalist, DACVECC`: a doctor written in lower case.)
    let doctor = || {
        let surname = name.trim().strip_prefix("dr. ").or_else(|| name.trim().strip_prefix("dr "))?;
        let plain = surname.len() >= 3
            && surname.chars().all(|c| c.is_lowercase() || c == '-')
            && !COMMON_WORDS.contains(&surname);
        plain.then(|| format!("Dr. {}", super::folder::capitalised(surname)))
    };
    match lower_case_name(name).or_else(given_alone).or_else(doctor) {
        Some(capitalised) => parse(&format!("{capitalised}{}", &plain[name.len()..])),
        None => name_then_title(&plain),
    }
}

/// Two people a list item names together, joined by `+` or `&`, with what they did after
/// (`[[Priya Anand]] + [[Tomasz Wierzbicki]] — practical exercise`): each with it. `None` unless
/// each side is a name of two words or more.
pub fn met_together(text: &str) -> Option<Vec<PersonText>> {
    let text = collapse_spaces(&strip_wikilinks(text));
    let end = [" — ", " – ", " - ", " (", ", "].iter().filter_map(|s| text.find(s)).min().unwrap_or(text.len());
    let (names, rest) = text.split_at(end);
    let sides: Vec<&str> = names.split(" + ").collect();
    let sides: Vec<&str> = if sides.len() == 2 { sides } else { names.split(" & ").collect() };
    let named = sides.len() == 2
        && sides.iter().all(|s| {
            let s = s.trim().trim_matches(['*', '_']);
            s.split_whitespace().count() >= 2 && looks_like_name(s)
        });
    if named {
        return Some(sides.iter().filter_map(|s| parse(&format!("{}{rest}", s.trim()))).collect());
    }
    // (Set 52, a Cornell cue: `Kwame Asante (Sr ID) + Nalendi Dube, Product Manager, K-12`: each
    // with their own job.)
    let sides: Vec<&str> = text.trim_end_matches('.').split(" + ").collect();
    let each: Vec<PersonText> = sides
        .iter()
        .filter_map(|s| parse(s.trim()))
        .filter(|p| p.name.split_whitespace().count() >= 2 && looks_like_name(&p.name))
        .collect();
    (sides.len() == 2 && each.len() == 2).then_some(each)
}

/// One a hurried list names with their job straight after the name, no comma or dash between:
/// `euan mcleod site mgr. big guy, quiet` is Euan Mcleod, Site Manager; `callum (didnt get
/// surname) senior tech, did the tour` is Callum, Senior Tech. The name is one or two plain words,
/// the job up to four words holding a title's word.
fn name_then_title(text: &str) -> Option<PersonText> {
    // (`(didnt get surname)`: the writer's aside about the name, not a title.)
    let aside = text.find(" (").and_then(|at| {
        let close = at + text[at..].find(')')?;
        let inside = text[at + 2..close].to_lowercase();
        ["surname", "last name", "full name"].iter().any(|w| inside.contains(w)).then_some((at, close + 1))
    });
    let text = match aside {
        Some((at, end)) => collapse_spaces(&format!("{}{}", &text[..at], &text[end..])),
        None => text.to_owned(),
    };
    let end =
        [". ", ", ", " (", " - ", " — ", " – ", "; "].iter().filter_map(|s| text.find(s)).min().unwrap_or(text.len());
    let head = text[..end].trim_end_matches('.');
    let words: Vec<&str> = head.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars().count() >= 2
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !is_common_word(w)
            && !is_title_word(w)
            && !["senior", "junior", "staff", "head"].contains(&w.to_lowercase().as_str())
    };
    (1..=2).rev().find_map(|k| {
        let (name, title) = (words.get(..k)?, words.get(k..)?);
        let job = spelled_out(&title.join(" "));
        let titled = (1..=4).contains(&title.len())
            // (`senior tech`: a technician, as the note writes it.)
            && (job.split_whitespace().any(is_title_word) || job.ends_with(" tech") || role_from_title(&job).is_some())
            && title
                .iter()
                .all(|w| !is_common_word(w) && w.chars().all(|c| c.is_alphanumeric() || c == '/' || c == '&'));
        if !(name.iter().all(plain) && titled) {
            return None;
        }
        let name = name.join(" ");
        let name = lower_case_name(&name).unwrap_or_else(|| super::folder::capitalised(&name));
        let mut p = parse(&format!("{name} - {}{}", title.join(" "), &text[head.len()..]))?;
        // (`Kenta Mori referred me (QA there now)`: what they did for the writer, no job.)
        if role_from_title(&job) == Some("referrer") {
            p.role = Some("referrer".to_owned());
            p.title = None;
        } else {
            p.title = Some(title_cased(&job));
        }
        Some(p)
    })
}

/// One a list of who was there names by a given name alone, then says they were there: `Martin
/// again (led it)`, `Helen came in for the last 30 min.`
pub fn listed_as_present(text: &str) -> Option<PersonText> {
    let (name, rest) = text.trim().split_once(' ')?;
    // (`becca again at the start, just for check-in`: a hurried note's name, in lower case.)
    let name = super::folder::capitalised(name);
    let name = name.as_str();
    let plain = name.chars().count() >= 3
        && name.starts_with(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        && !is_common_word(name)
        && !is_title_word(name);
    const THERE: &[&str] = &[
        "again",
        "came in",
        "joined",
        "sat in",
        "stopped by",
        "dropped in",
        "popped in",
        "was there",
        "also",
        "dialled in",
        "dialed in",
        "called in",
        "phoned in",
    ];
    let there =
        THERE.iter().any(|t| rest.strip_prefix(t).is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', '('])));
    // (`just for check-in`, `did the paperwork`: one who helped, not one who interviewed.)
    let helped = ["check-in", "check in", "checked me in", "paperwork", "logistics", "scheduling", "badge"]
        .iter()
        .any(|w| rest.to_lowercase().contains(w));
    let role = helped.then(|| "coordinator".to_owned());
    (plain && there).then(|| PersonText { name: name.to_owned(), role, ..PersonText::default() })
}

/// A person listed after their job (`sim instructor: Ken Watabe (check airman? …)`, `captain
/// acting as PF/PM: Capt. Anna Rourke - actually line captain`): the name after the colon, the
/// job before it their title when it is a plain one and the line gives none.
fn role_then_name(text: &str) -> Option<PersonText> {
    // (`a line captain, Capt. Derek Haun, ERJ-175 captain`: after an article, a comma.)
    let (label, rest) = text.split_once(": ").or_else(|| {
        let (label, rest) = text.split_once(", ")?;
        let article = ["a ", "an ", "the "].iter().find_map(|a| label.strip_prefix(a))?;
        Some((article, rest))
    })?;
    let label = label.trim().trim_matches(['*', '_']).trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || !words.iter().any(|w| is_title_word(w)) {
        return None;
    }
    let mut p = parse(rest)?;
    let named = bare_name(&p.name).split_whitespace().count() >= 2 && looks_like_name(&p.name);
    if !named || p.name.split_whitespace().any(is_title_word) {
        return None;
    }
    let plain = words.len() <= 3 && label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    if p.title.as_deref().is_none_or(|t| t.contains('?')) && plain {
        p.title = Some(words.iter().map(|w| super::folder::capitalised(w)).collect::<Vec<_>>().join(" "));
    }
    Some(p)
}

/// One a loop's schedule lists after the round they ran (set 57: `1. system design -
/// [[people.oksana-petrenko|Oksana]] (principal eng)` under `## loop` was "Dear System Design,"):
/// the round, in lower case, then a dash and the person as a list writes them.
fn round_then_name(text: &str) -> Option<PersonText> {
    const ROUNDS: &[&str] = &[
        "design",
        "debugging",
        "coding",
        "behavioral",
        "behavioural",
        "technical",
        "architecture",
        "pairing",
        "values",
        "culture",
        "case",
        "presentation",
        "screen",
        "round",
        "session",
        "whiteboard",
        "algorithms",
        "leadership",
        "portfolio",
    ];
    let (round, rest) = [" - ", " – ", " — ", ": "].iter().find_map(|d| text.split_once(d))?;
    let words: Vec<&str> = round.split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-' || c == '/');
    let a_round = (1..=3).contains(&words.len()) && words.iter().all(lower) && words.iter().any(|w| ROUNDS.contains(w));
    if !a_round || !rest.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    parse(rest.trim_start()).filter(|p| looks_like_name(&p.name))
}

/// One listed by their job, their name in brackets, perhaps guessed (set 42: `Receptionist
/// (Lorna?) made me a tea, was lovely` was "Dear Receptionist,"): Lorna, the Receptionist.
fn job_then_name_in_brackets(text: &str) -> Option<PersonText> {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let (job, rest) = text.split_once(" (")?;
    let (inside, _) = rest.split_once(')')?;
    let words: Vec<&str> = job.split_whitespace().collect();
    let job_word = |w: &&str| is_title_word(w) || role_from_title(w).is_some();
    if words.is_empty() || words.len() > 2 || !words.iter().all(job_word) {
        return None;
    }
    let name = inside.trim().trim_end_matches('?').trim();
    let single = !name.contains(' ') && name.len() >= 3 && name.chars().all(char::is_alphabetic);
    if !single || !name.starts_with(char::is_uppercase) || !looks_like_name(name) || is_title_word(name) {
        return None;
    }
    let title = words.iter().map(|w| super::folder::capitalised(w)).collect::<Vec<_>>().join(" ");
    let role = role_from_title(&title).map(str::to_owned);
    Some(PersonText { name: name.to_owned(), title: Some(title), role, ..Default::default() })
}

/// `Mr Royce (Daniel Royce, Head)`, `Kwame (Kwame Asante, Head of Chemistry – would be my line
/// manager)`: what the writer calls someone, then their name in full in brackets with their job
/// (set 43), written as `Daniel Royce, Head`. `None` unless the name in brackets has two words or
/// more and shares the given name or the surname of what goes before it (`called_in` reads the
/// greeting).
fn named_in_full_in_brackets(text: &str) -> Option<String> {
    let (short, rest) = text.split_once(" (")?;
    let (inside, after) = rest.split_once(')')?;
    let short_words: Vec<&str> = short.split_whitespace().collect();
    let capitalised =
        |w: &&str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c));
    if short_words.is_empty() || short_words.len() > 3 || !short_words.iter().all(capitalised) {
        return None;
    }
    // (Set 51: `Ops Dir Gutierrez (Ray)`: a job and a surname, the given name in brackets.)
    if let [job @ .., surname] = &short_words[..] {
        let given = inside.trim();
        let one_given = !given.contains(' ') && capitalised(&given) && !is_common_word(&given.to_lowercase());
        let job = job.join(" ");
        let titled = spelled_out(&job.to_lowercase()).split_whitespace().any(is_title_word);
        if one_given && !job.is_empty() && titled {
            return Some(format!("{given} {surname}, {job}{after}"));
        }
    }
    let end = [", ", " – ", " — ", " - "].iter().filter_map(|s| inside.find(s)).min().unwrap_or(inside.len());
    let (full, job) = inside.split_at(end);
    let full_words: Vec<&str> = full.split_whitespace().collect();
    if full_words.len() < 2 || full_words.len() > 4 || !full_words.iter().all(capitalised) {
        return None;
    }
    let bare: Vec<&str> = short_words
        .iter()
        .copied()
        .filter(|w| !HONORIFICS.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
        .collect();
    let shares = bare.first().is_some_and(|w| w == &full_words[0]) || bare.last() == full_words.last();
    // (Set 51: `Hugh (Hieu Nguyen) said hey`: the name one goes by, then the name in full and
    // nothing else in the brackets.)
    let goes_by = short_words.len() == 1 && end == inside.len() && full_words.len() <= 3 && looks_like_name(full);
    if goes_by {
        return Some(format!("{full}{after}"));
    }
    if !shares || short_words.len() >= full_words.len() && bare.len() == short_words.len() {
        return None;
    }
    // (`Anne Hibbert – chairs the curriculum committee`: what they do, in lower case, is no job.)
    let job = job.trim_start_matches([',', '–', '—', '-', ' ']);
    let job = if job.starts_with(char::is_uppercase) { format!(", {job}") } else { String::new() };
    Some(format!("{full}{job}{after}"))
}

/// A name as hurried notes write it, all in lower case (`nadia brill`), capitalised: two or
/// three plain words, none of them a common word. `None` for anything else.
pub(crate) fn lower_case_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    // (Set 54: `mrs. folake adebayo-williams`: an honorific's dot.)
    fn bare(i: usize, w: &str) -> &str {
        match w.strip_suffix('.') {
            Some(h) if i == 0 && HONORIFICS.contains(&h) => h,
            _ => w,
        }
    }
    let lower_name = (2..=3).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            bare(i, w).chars().all(|c| c.is_lowercase() || matches!(c, '-' | '\'')) && !COMMON_WORDS.contains(w)
        });
    // (`ferreira-moss` is Ferreira-Moss: each part of a double name has its capital.)
    lower_name.then(|| {
        let name = super::folder::capitalised(&words.join(" "));
        let name = name.split('-').map(super::folder::capitalised).collect::<Vec<_>>().join("-");
        // (`o'rourke` is O'Rourke, `d'angelo` D'Angelo.)
        name.split(' ')
            .map(|w| match w.split_once('\'') {
                Some((head @ ("O" | "D"), tail)) => format!("{head}'{}", super::folder::capitalised(tail)),
                // (`mcleod` is McLeod.)
                _ if w.len() > 3 && w.starts_with("Mc") => format!("Mc{}", super::folder::capitalised(&w[2..])),
                _ => w.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Lower-case words that start sentences and lists, never names.
/// True when `word` is an everyday word, in any case, rather than a name: `Met`, `The`.
pub(crate) fn is_common_word(word: &str) -> bool {
    let word = word.to_lowercase();
    COMMON_WORDS.contains(&word.as_str()) || WEEKDAYS.contains(&word.as_str())
}

/// The days of the week, which open sentences and name no one (set 47: `… emailed me prep notes
/// on Sunday (from nurul.huda@…)` made a card "Dear Sunday,").
pub(crate) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const COMMON_WORDS: &[&str] = &[
    // (Set 69: `*ADDENDUM — Wed 18 Nov:* emailed Noeleen thanks ✔`, a note added later, was a card
    // to "Addendum".)
    "addendum",
    // (Set 74: `- After, a tour in the Port Melbourne depot … with Ahmed` was a letter to "After";
    // a Things 3 to-do, `[x] Take leave 5 Nov PM ("dental")`, a letter to "Take Leave".)
    "after",
    "before",
    "during",
    "later",
    "take",
    "took",
    // (Set 70, a transcript's `INDEX — skipped, it's a short one.` under its appearances.)
    "index",
    "exhibits",
    // (Set 67: `MARIGOLD – FINAL ROUND (CFO + CHRO)`, a title, was a letter to "Final Round".)
    "final",
    "round",
    // (Set 54: a mind map's branch `Contact` under someone's, over how to reach them.)
    "contact",
    "contacts",
    // (Set 47: `Instead Tumelo Mokoena, Supply Chain Manager, sat in.`, `Told Tumi I'd send…`.)
    "instead",
    // (Set 64, a thread: `No panel… Just the CEO, a pot of tea` was a letter to "Dear Just".)
    "just",
    "only",
    "even",
    "still",
    "i'd",
    "i'm",
    "i'll",
    "i've",
    "i’d",
    "i’m",
    "i’ll",
    "i’ve",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "with",
    "w",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "i",
    "we",
    "they",
    "he",
    "she",
    "my",
    "our",
    "their",
    "team",
    "met",
    "talked",
    "spoke",
    "whole",
    "some",
    "someone",
    "everyone",
    "people",
    "hiring",
    "manager",
    "recruiter",
    "engineer",
    "lead",
    "panel",
    // (Set 75: `Referees: heads-up emails to Helen + Rachel 3/12 night` under `Thanks` was an
    // email to "Referees".)
    "referees",
    "references",
    "no",
    "not",
    "none",
    "tbd",
    "unknown",
    "forgot",
    "said",
    "asked",
    "about",
    "from",
    "who",
    "was",
    "were",
    "is",
    "are",
    "be",
    "guy",
    "lady",
    "person",
    // (`Would also do rights & reproductions requests`: a verb that opens a line, no one met.
    // `Will` and `Can` are given names too, and stay out.)
    "would",
    "could",
    "should",
    "might",
    "must",
    "also",
    "then",
    "maybe",
    "probably",
    // (Set 40: `thank u: email tyler, ask him to pass thanks to carla?` greeted "Dear Email,".)
    "email",
    "text",
    "ask",
    "send",
    "thank",
    "thanks",
    // (Set 41: `- tasha again, i shadowed her mostly` was "Tasha Again".)
    "again",
    "too",
    // (Set 46: `Others, for completeness: **Donald**, a volunteer…` was a letter to "Others".)
    "others",
    "other",
    "besides",
    // (Set 51: `Used the ?sepsis pt / early d/c story.` was a letter to "Used".)
    "used",
    "gave",
    "told",
    // (Set 57: `(lunch break, not an interview)` in a loop's schedule.)
    "lunch",
    "break",
    // (Set 65, AsciiDoc's description lists: `When:: Tue 24 Nov 2026`, `Where:: Ringaskiddy`,
    // `Via:: Sinéad` were cards "Dear When," and "Dear Where,".)
    "when",
    "where",
    "via",
    // (Set 65: `**1b** Helper: Fergus at the issues desk…`, a label, was a letter to "Helper".)
    "helper",
    "helpers",
    // (Set 66, English with Polish habits: `**Pani from HR** – Shivon?? no – **Siobhán Kavanagh**`
    // was an email "Dear Pani,": Polish for "Ms", no one's name.)
    "pani",
    "what",
    "why",
    "how",
];

/// Degrees and licences written after a name: `PhD`, `MD`, `P.E.`, `Esq.`…
const CREDENTIALS: &[&str] = &[
    "phd",
    "md",
    "mba",
    "rn",
    "cpa",
    "pe",
    "jd",
    "esq",
    "ms",
    "msc",
    "ma",
    "bsc",
    "ba",
    "bs",
    "dds",
    "do",
    "cfa",
    "pmp",
    "lcsw",
    "np",
    "pa c",
    "dphil",
    "edd",
    "pharmd",
    "cissp",
    "shrm cp",
    "mph",
    "llm",
    "dpt",
    "ocs",
    "otr",
    "lmsw",
    "lpc",
    "bcba",
    "scs",
    "licsw",
    "lmft",
    "cvt",
    "rvt",
    "lvt",
    "vts",
    "dvm",
    "vmd",
    "dacvecc",
    "dacvim",
    "ccrn",
    // (Set 58: `Ms Anneke van Wyk Pr.Eng`, South Africa's professional engineer; set 57's
    // accountants, `Mr. Olumide Balogun, FCA`.)
    "preng",
    "prtechni",
    "prtecheng",
    "prcm",
    "prpm",
    "ceng",
    "ieng",
    "fca",
    "aca",
    "acca",
    "fcca",
    "acma",
    "fcma",
    "cgma",
];

/// True for a degree or licence (`PhD`, `P.E.`, `Esq.`), however it is dotted.
pub(crate) fn is_credential(text: &str) -> bool {
    // (Set 41: `VTS(ECC)`, a credential and its specialty.)
    let text = text.split_once('(').filter(|(_, rest)| rest.ends_with(')')).map_or(text, |(head, _)| head);
    let key: String = text.trim().to_lowercase().chars().filter(|c| !matches!(c, '.')).collect();
    CREDENTIALS.contains(&key.replace('-', " ").as_str())
}

/// A title with the credentials that lead it left out (`PhD, Research Lead` → `Research Lead`),
/// or `None` when it is only credentials.
fn without_credentials(title: &str) -> Option<&str> {
    let mut rest = title;
    loop {
        // `PhD, Research Lead` or `PhD — Research Lead`.
        let at = [",", " — ", " – "].iter().filter_map(|sep| rest.find(sep).map(|i| (i, sep.len()))).min();
        let (head, tail) = at.map_or((rest, ""), |(i, len)| (&rest[..i], &rest[i + len..]));
        if !is_credential(head) {
            return Some(rest).filter(|r| !r.trim().is_empty());
        }
        rest = tail.trim_start();
        if rest.is_empty() {
            return None;
        }
    }
}

/// A name with the credentials written after it left out: `Rebecca Stone, JD` → `Rebecca Stone`.
pub(crate) fn without_trailing_credentials(name: &str) -> &str {
    let mut name = name.trim();
    // (`Samuel Kettering DDS`: a credential after the name, with or without a comma.)
    while let Some((head, tail)) =
        name.rsplit_once(',').or_else(|| name.rsplit_once(' ').filter(|(h, _)| h.contains(' ')))
    {
        if !is_credential(tail) {
            break;
        }
        name = head.trim_end();
    }
    name
}

/// `name` with each word written all in capitals (`GREG SANDOVAL`, `JEAN-LUC`) capitalised as a
/// name is; initials of two letters or fewer (`AJ`, `JR`) kept.
pub(crate) fn unshouted(name: &str) -> String {
    let shouted = |w: &str| w.chars().count() >= 3 && w.chars().all(char::is_uppercase);
    let word = |w: &str| -> String {
        // (Set 51: `MR. RAY GUTIERREZ`: "Mr.", as a letter writes it.)
        let bare = w.trim_end_matches('.');
        if let Some(h) = ABBREVIATED_HONORIFICS.iter().find(|h| h.to_uppercase() == bare && **h != bare) {
            return format!("{h}{}", &w[bare.len()..]);
        }
        // (Set 53: `O'DONOGHUE`, each part after an apostrophe too.)
        w.split_inclusive(['-', '\''])
            .map(|part| {
                let bare = part.trim_end_matches(['-', '\'']);
                if !shouted(bare) {
                    return part.to_owned();
                }
                let mut chars = part.chars();
                chars.next().map_or_else(String::new, |c| c.to_string() + &chars.as_str().to_lowercase())
            })
            .collect()
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Words of respect said after a given name, as an Indian note writes a senior's (`Joseph sir`,
/// `Deepa akka`): no part of the name, nor of what is sent to them.
pub(crate) const RESPECT_AFTER_NAME: &[&str] =
    &["sir", "madam", "ma'am", "akka", "ji", "bey", "hanım", "hanim", "hoca"];

/// The honorific of English for a word of respect a Turkish note writes after a given name
/// (`Murat Bey`, `Elif Hanım`), when there is one.
fn english_for_respect(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "bey" => Some("Mr"),
        "hanım" | "hanim" => Some("Ms"),
        _ => None,
    }
}

/// Each of `people` named by one short name whose line goes on, after an arrow, to their name in
/// full and their title (set 72: `- **Raj** — lab tech → *Rajesh Pillai*, Senior Laboratory
/// Technician (name on the prep room door).`): named in full, called by the short name, with that
/// title. The full name's first word starts with the short one.
pub(crate) fn arrowed_in_full(people: &mut [Person], text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    for p in people.iter_mut().filter(|p| !p.name.contains(' ')) {
        let Some(line) = p.line.checked_sub(1).and_then(|at| lines.get(at)) else { continue };
        let Some((_, after)) = line.split_once("→ ") else { continue };
        let after = after.replace(['*', '_'], "");
        let (full, title) = after.split_once(", ").unwrap_or((after.as_str(), ""));
        let full = full.trim();
        let same = full.split(' ').next().is_some_and(|first| first.starts_with(p.name.as_str()));
        if !same || !(2..=3).contains(&full.split(' ').count()) || !looks_like_name(full) {
            continue;
        }
        let title = title.split(['(', '.', ';']).next().unwrap_or_default().trim();
        if !title.is_empty() && title.split_whitespace().count() <= 6 {
            p.title = Some(title.to_owned());
            if let Some(role) = role_from_title(title) {
                p.role.get_or_insert_with(|| role.to_owned());
            }
        }
        // (`Set up the whole CuSO₄ practical for me`: one who helped.)
        let lower = line.to_lowercase();
        if ["set up", "for me", "helped me"].iter().any(|w| lower.contains(w)) {
            p.kind = Some(Kind::Helper);
            p.did = line.split(". ").skip(1).find_map(super::did::help_in);
        }
        p.called = Some(std::mem::replace(&mut p.name, full.to_owned()));
    }
}

/// Each of `people` named by a given name and a word of respect after it (set 72, English with
/// Turkish habits: `**Murat Bey** – Murat Özdemir, Operations Manager Istanbul`, `**Lars Bey** –
/// … → correct is Lars Bjerregaard`) is named in full, with the honorific of English the word
/// stands for: Mr Murat Özdemir, whose title is what follows his full name. The full name is the
/// title's opening, or else the last one `text` gives (a later line corrects an earlier).
pub(crate) fn respect_resolved(people: &mut [Person], text: &str) {
    for p in people.iter_mut() {
        let words: Vec<&str> = p.name.split_whitespace().collect();
        let [given, respect] = words[..] else { continue };
        if !RESPECT_AFTER_NAME.iter().any(|r| r.eq_ignore_ascii_case(respect)) || !given.starts_with(char::is_uppercase)
        {
            continue;
        }
        let surname = |after: &str| {
            let word: String = after.chars().take_while(|c| c.is_alphabetic() || matches!(c, '-' | '\'')).collect();
            let named = word.chars().count() >= 2
                && word.starts_with(char::is_uppercase)
                && !RESPECT_AFTER_NAME.iter().any(|r| r.eq_ignore_ascii_case(&word));
            named.then_some(word)
        };
        let opening = p.title.as_deref().and_then(|t| {
            let rest = t.strip_prefix(given)?.strip_prefix(' ')?;
            let family = surname(rest)?;
            let title = rest[family.len()..].trim_start_matches([',', ' ', '–', '—', '-']).trim();
            Some((family, (!title.is_empty()).then(|| title.to_owned())))
        });
        let family = match opening {
            Some((family, title)) => {
                p.title = title;
                Some(family)
            }
            None => text
                .match_indices(&format!("{given} "))
                .filter_map(|(at, _)| surname(&text[at + given.len() + 1..]))
                .last(),
        };
        let full = match family {
            Some(family) => format!("{given} {family}"),
            None => given.to_owned(),
        };
        p.name = match english_for_respect(respect).filter(|_| full.contains(' ')) {
            Some(honorific) => format!("{honorific} {full}"),
            None => full,
        };
    }
}

/// True when `word` is one of `RESPECT_AFTER_NAME`, in any case.
pub(crate) fn is_respect_after_name(word: &str) -> bool {
    RESPECT_AFTER_NAME.iter().any(|r| r.eq_ignore_ascii_case(word))
}

/// True when `node`, a line alone (a mind map's node), names someone in full: two words or more
/// that look like a name (`Morag Henderson`).
pub(crate) fn names_in_full(node: &str) -> bool {
    node.split_whitespace().count() >= 2 && looks_like_name(node)
}

/// True when `line`, a few words alone, is a job's title (`COO`, `Head of Finance`).
pub(crate) fn is_a_job(line: &str) -> bool {
    line.split_whitespace().count() <= 6
        && (role_from_title(line).is_some() || line.split(|c: char| !c.is_alphanumeric()).any(is_title_word))
}

/// True for text that reads as a person's name: a few capitalised words (any script), no digits.
pub fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || name.chars().count() > 80 {
        return false;
    }
    // (Set 62: `Contacts: Dra. → business card, …. Alfonso → no email`: a title cut short alone,
    // or a sentence's stop before a name, is no one.)
    let abbreviation = |w: &str| w.ends_with('.') && (2..=5).contains(&w.chars().count());
    if name.starts_with(['.', ',', ';', ':']) || (words.len() == 1 && abbreviation(words[0])) {
        return false;
    }
    // (The `/` of `A/Prof Jim Kowalczyk`'s honorific is the one a name may hold.)
    if bare_name(name).chars().any(|c| {
        c.is_ascii_digit()
            || matches!(c, '@' | '/' | '{' | '}' | '[' | ']' | '#' | '?' | '!' | '=' | '€' | '$' | '£' | '¥' | '%')
    }) {
        return false;
    }
    // (Set 64: `"der Direktor" — the hotel General Manager…`, as a German-English note calls him:
    // an article opens no one's name, though "der" may stand inside one, `van der Merwe`.)
    if words.len() >= 2 && ["der", "die", "das", "den", "the", "le", "la", "les", "el", "il"].contains(&words[0]) {
        return false;
    }
    // (Set 51: `VP Engineering, the hiring mgr`: a job in capitals, then its field.)
    let job = |w: &str| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()) && is_title_word(w);
    if job(words[0]) && words.len() >= 2 {
        return false;
    }
    // (Set 60: `Stelle: Konstrukteur Flugsteuerungsaktuatorik (Design Engineer …)`: a job, in German,
    // then its field; not `Chef Raúl Céspedes`, greeted by his.)
    // (Set 60: `Technikpersonal Süd GmbH (external recruiter, not Isarflug)`: a firm, by its legal form.)
    const FIRMS: &[&str] = &[
        "GmbH",
        "AG",
        "Ltd",
        "Ltd.",
        "Inc",
        "Inc.",
        "LLC",
        "LLP",
        "SARL",
        "S.A.",
        "S.E.N.C.R.L.",
        "Pty",
        "PLC",
        "plc",
        "KG",
    ];
    // (Set 62: `- Nuri Mobility (Ji-sung sunbae referral) -> waiting for schedule`: a firm, by the
    // trade its name ends with.)
    const TRADES: &[&str] = &[
        "Mobility",
        "Commerce",
        "Robotics",
        "Automation",
        "Logistics",
        "Solutions",
        "Technologies",
        "Systems",
        "Labs",
        "Studios",
        "Holdings",
        "Ventures",
        "Analytics",
        "Software",
        "Interactive",
        "Healthcare",
        "Insurance",
        "Consulting",
        "Pharma",
        "Pharmaceuticals",
        "Airlines",
        "Hospitality",
        "Distribution",
    ];
    if words.len() >= 2 && words.last().is_some_and(|w| FIRMS.contains(w) || TRADES.contains(w)) {
        return false;
    }
    const GERMAN_JOBS: &[&str] = &[
        "konstrukteur",
        "konstrukteurin",
        "leiter",
        "leiterin",
        "ingenieur",
        "ingenieurin",
        "entwickler",
        "entwicklerin",
    ];
    if words.len() >= 2 && GERMAN_JOBS.contains(&words[0].to_lowercase().as_str()) {
        return false;
    }
    // (Set 59: `Regional Sales Director, KSA & UAE` read as "Regional Sales", a Director: a job's
    // words, each of them.)
    const JOB_WORDS: &[&str] = &[
        "regional",
        "global",
        "national",
        "area",
        "district",
        "sales",
        "marketing",
        "finance",
        "operations",
        "product",
        "engineering",
        "technical",
        "senior",
        "junior",
        "principal",
        "chief",
        "head",
        "general",
    ];
    let job_word = |w: &&str| is_title_word(w) || JOB_WORDS.contains(&w.to_lowercase().trim_end_matches(','));
    if words.len() >= 2 && words.iter().all(job_word) {
        return false;
    }
    // (Set 52: `Ex-Halcyon, he's the one who referred me`: where someone worked before; `[ ] Email
    // Marcus`, a thank-you to do, under the people met.)
    // (Set 54: `Met Jean-François Tremblay, Operations Manager`: the verb is no part of the name.)
    const TO_DO: &[&str] = &[
        "email", "text", "call", "ring", "thank", "card", "linkedin", "whatsapp", "msg", "send", "met", "tell", "ask",
        "remind", "ping", "chase",
    ];
    // (Set 57: `mentoring q: intern -> shipped rate limiter`, the mentoring question, was "Dear
    // Mentoring,": a long word in -ing is an activity, not a given name; `Sterling`, `Channing`
    // and the pinyin `Xiaoming` end in a letter before "ing" that a verb's stem rarely does here.)
    let first_lower = words[0].to_lowercase();
    let gerund = first_lower.chars().count() >= 8
        && first_lower
            .strip_suffix("ing")
            .and_then(|stem| stem.chars().next_back())
            .is_some_and(|c| "rkcsgwvfz".contains(c));
    if gerund && words.len() >= 2 {
        return false;
    }
    // (Set 65: `**Chase Whitaker** — Regional Sales Director`, the hiring manager, was no one: a
    // given name that is also a to-do's verb, with a family name after it and nothing more.)
    let given = words[0] == "Chase" && words.len() == 2 && words[1].starts_with(char::is_uppercase);
    if words[0].starts_with("Ex-")
        || words[0].starts_with("ex-")
        || (words.len() >= 2 && TO_DO.contains(&words[0].to_lowercase().as_str()) && !given)
    {
        return false;
    }
    // (Set 50: `si Sir Paolo yata yung VP`, Tagalog's article before the form of address: a name
    // ends with a name, not with `Sir` or `Ma'am`.)
    let last = words[words.len() - 1].trim_end_matches('.').to_lowercase();
    if words.len() >= 2 && matches!(last.as_str(), "sir" | "madam" | "ma'am" | "maam" | "mr" | "mrs" | "ms" | "dr") {
        return false;
    }
    let mut named = false;
    for word in &words {
        let bare = word.trim_end_matches('.').to_lowercase();
        if HONORIFICS.contains(&bare.as_str()) || PARTICLES.contains(&bare.as_str()) {
            continue;
        }
        let first = word.chars().next().expect("split_whitespace yields non-empty words");
        // Scripts without case (李娜) count as capitalised.
        if first.is_lowercase() {
            return false;
        }
        named |= first.is_alphabetic();
    }
    // (`- Liked: the irregular-ops story` under a person: a label, not someone.)
    const LABELS: &[&str] = &[
        "liked",
        "loved",
        "disliked",
        "enjoyed",
        "noted",
        "learned",
        "missed",
        "flagged",
        "wanted",
        "needed",
        "concerns",
        "questions",
        "notes",
        "takeaways",
        "impressions",
        "strengths",
        "weaknesses",
        "pros",
        "cons",
        "overall",
        "summary",
        "verdict",
        "feedback",
    ];
    let label = |w: &str| LABELS.contains(&w.to_lowercase().trim_end_matches(':')) || is_common_word(w);
    // (Set 45: `- owner wasnt there`, capitalised as a hurried note's name is, said who was not.)
    const SAYING: &[&str] = &["was", "wasnt", "wasn't", "is", "isnt", "isn't", "didnt", "didn't", "not", "there"];
    let saying = words.len() > 1 && words.iter().any(|w| SAYING.contains(&w.to_lowercase().replace('’', "'").as_str()));
    // (Set 47: `Management Accountant (reports to Head of Finance)`, the job applied for: a job
    // ends in a word no one is named, `Accountant`; `Edith Head` is someone.)
    const SURNAMES_TOO: &[&str] = &["head", "lead", "writer", "chief", "principal", "associate", "partner", "vp"];
    // (And `Snr Management`, what is left of it: words of a job, never of a name.)
    const OF_A_JOB: &[&str] = &[
        "management",
        "snr",
        "senior",
        "jnr",
        "junior",
        "finance",
        "operations",
        "marketing",
        "accounting",
        "procurement",
    ];
    let job = words.len() > 1
        && (words.last().is_some_and(|w| is_title_word(w) && !SURNAMES_TOO.contains(&w.to_lowercase().as_str()))
            || words.iter().any(|w| OF_A_JOB.contains(&w.to_lowercase().trim_end_matches('.'))));
    let one_label = words.len() == 1 && label(words[0]);
    // (Set 50: `l'histoire du désaccord avec le PM — honnête`: a French article elided before a noun,
    // `L'histoire`, opens no name; `D'Angelo`, `O'Brien` have their capital after it.)
    let elided = words.iter().any(|w| {
        let mut chars = w.chars();
        matches!(chars.next(), Some('L' | 'l' | 'D' | 'd'))
            && matches!(chars.next(), Some('\'' | '’'))
            && chars.next().is_some_and(char::is_lowercase)
    });
    if elided {
        return false;
    }
    // (Set 50: `Board Audit & Risk Committee`: a body of people, no one of them.)
    const BODIES: &[&str] = &["committee", "board", "council", "department", "dept", "team", "panel", "office"];
    let body = words.len() > 1
        && (words.contains(&"&") || words.last().is_some_and(|w| BODIES.contains(&w.to_lowercase().as_str())));
    named && !(saying || job || one_label || body)
}

/// The capitalised words that end `text`, at most `most` of them, in order: the name before a
/// bracket (`… was Greg Pellerin` before `(science department chair)`). Only words a name is
/// made of: `Interviewers: Jane Doe` ends in "Jane Doe", the label is no part of it.
pub(crate) fn name_words_before(text: &str, most: usize) -> Vec<&str> {
    let word = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // (Set 47: `Nurul Huda binte Rahman`: a particle inside a name is part of it.)
    let particle = |w: &&str| PARTICLES.contains(w);
    let mut run: Vec<&str> = text.rsplit(' ').take_while(|w| word(w) || particle(w)).take(most).collect();
    while run.last().is_some_and(particle) {
        run.pop();
    }
    run.reverse();
    run
}

/// The first email address in `text`: byte range and address.
pub(crate) fn find_email(text: &str) -> Option<(usize, usize, String)> {
    // (`use kdoan@ at the same domain, I think it's kdoan@cedarhollowschools.org`: the first
    // whole address.)
    text.match_indices('@').find_map(|(at, _)| {
        let is_part = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '%');
        let start = text[..at]
            .rfind(|c: char| !is_part(c))
            .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
        let end = text[at + 1..].find(|c: char| !is_part(c)).map_or(text.len(), |i| at + 1 + i);
        let email = text[start..end].trim_end_matches('.');
        let domain = &email[email.find('@')? + 1..];
        (start < at && domain.contains('.')).then(|| (start, start + email.len(), email.to_owned()))
    })
}

/// The name without honorifics, lower-cased: how two mentions of one person are matched.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !HONORIFICS.contains(&w.trim_end_matches('.').to_lowercase().as_str()) && !is_korean_address(w))
        // (Set 62: `Shin Ye-rin-nim` is Shin Ye-rin.)
        .map(|w| w.strip_suffix("-nim").unwrap_or(w).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `word` without the accents of Latin letters (`siobhán` is `siobhan`): a name written with and
/// without its fada is one name (set 51, a page read by OCR).
pub(crate) fn unaccented(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// True when `name` is how a note calls `known`: the same name, or an honorific and their
/// family name (`Mr. Fontaine` for Gerald Fontaine).
pub fn refers_to(name: &str, known: &str) -> bool {
    let key = name_key(name);
    key == name_key(known)
        || (honorific(name).is_some() && !key.contains(' ') && key == last_name(known).to_lowercase())
}

/// The honorific a name starts with (`Dr.`), if any.
pub fn honorific(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    // (Set 65: `Assoc. Prof. Daniel Reuben` was greeted "Dear Assoc.,": a professor's rank is
    // one honorific of two words.)
    let ranked = ["assoc", "associate", "asst", "assistant", "adjunct", "adj", "emeritus"]
        .contains(&first.trim_end_matches('.').to_lowercase().as_str());
    if let Some(second) = words
        .next()
        .filter(|w| ranked && ["prof", "professor"].contains(&w.trim_end_matches('.').to_lowercase().as_str()))
    {
        let end = name.find(second).map(|at| at + second.len())?;
        return Some(&name[..end]);
    }
    let word = first.trim_end_matches('.');
    // (Set 75: `A/Prof Jim Kowalczyk`, an associate professor as Australian universities write one.)
    let slashed = ["a/prof", "a/professor"].contains(&word.to_lowercase().as_str());
    (slashed || HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(word))).then_some(first)
}

/// The name without its honorific.
pub fn bare_name(name: &str) -> &str {
    match honorific(name) {
        Some(h) => name[h.len()..].trim_start(),
        None => name,
    }
}

/// The given name: the first word after any honorific (the whole name for one-word names).
pub fn first_name(name: &str) -> &str {
    // (Set 47: `Ng Wee Ling`, `Goh Teck Seng`: the family name first, the given name after it.)
    let bare = bare_name(name);
    if let Some(at) = family_first_of_bare(bare) {
        return &bare[at..];
    }
    // (Set 45: `R. Malcolm Barlow` goes by Malcolm: an initial is no name to greet.)
    let mut words = bare.split_whitespace();
    let first = words.next().unwrap_or(name);
    let initial = first.len() == 2 && first.ends_with('.') && first.starts_with(char::is_uppercase);
    // (Set 48: `K. Srinivasan`, as a South Indian name puts the father's initial first: the name
    // after it is the given one.)
    match words.clone().count() {
        1.. if initial => words.next().unwrap_or(first),
        _ => first,
    }
}

/// The family name: the last word (the whole name for one-word names).
pub fn last_name(name: &str) -> &str {
    let bare = bare_name(name);
    if family_first_of_bare(bare).is_some() {
        return bare.split_whitespace().next().unwrap_or(name);
    }
    bare.split_whitespace().last().unwrap_or(name)
}

/// The family name as a salutation writes it: `last_name`, with the particles in lower case that
/// stand before it (set 50: `Anri du Plessis`, `Pieter van der Merwe`: "Dear Ms du Plessis,"),
/// but not a Malay patronymic's `binte`.
pub fn surname(name: &str) -> &str {
    if family_first(name).is_some() {
        return last_name(name);
    }
    const PARTICLES: &[&str] = &[
        "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "le", "la", "dela", "dos", "das", "ter",
        "ten", // (Set 53: an Irish surname's `Ó`, `Ní`, `Mac`: "Dear Dr. Ó Súilleabháin".)
        "Ó", "O", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua",
        // (Set 68, an Arabic family name's article: "Dear Mr. Al Shamsi", not "Mr. Shamsi".)
        "Al", "al", "El", "el",
    ];
    let bare = bare_name(name);
    let words: Vec<(usize, &str)> = bare
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let Some(&(mut from, _)) = words.last() else { return name };
    for &(at, word) in words.iter().rev().skip(1) {
        if at == 0 || !PARTICLES.contains(&word) {
            break;
        }
        from = at;
    }
    &bare[from..]
}

/// Chinese family names common in Singapore, Malaysia, Hong Kong and China that are no English
/// given name (not `Lee`, `Ho`).
const FAMILY_FIRST: &[&str] = &[
    "Ng", "Tan", "Lim", "Goh", "Chua", "Teo", "Ong", "Wong", "Chan", "Lau", "Koh", "Chong", "Yeo", "Toh", "Sim",
    "Chew", "Ang", "Heng", "Chia", "Foo", "Seah", "Quek", "Soh", "Tay", "Yap", "Khoo", "Loh", "Neo", "Poh", "Tham",
    "Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Guo", "Luo", "Liang", "Xie", "Deng", "Cao",
    "Peng", "Zeng", "Xiao", "Cai", "Jiang", "Cheung", "Leung", "Yip", "Kwok", "Tse", "Chow", "Tsang", "Yuen",
];

/// Where the given name starts in a name written family name first, as Chinese names are (`Ng
/// Wee Ling`, `Goh Teck Seng`): three words, the first a family name of `FAMILY_FIRST`, the others
/// short syllables. `None` for any other name.
fn family_first(name: &str) -> Option<usize> {
    family_first_of_bare(bare_name(name))
}

/// `family_first` of a name without its honorific.
fn family_first_of_bare(bare: &str) -> Option<usize> {
    // (Asked of every name in every sentence: no allocation.)
    let mut words = bare.split_whitespace();
    let (family, given) = (words.next()?, words.next()?);
    // (Set 62: `Lee Jae-won`, `Jung Ha-eun`: a Korean family name, then the given name's two
    // syllables joined by a hyphen.)
    let syllables = |w: &str| {
        w.split_once('-').is_some_and(|(a, b)| {
            [a, b].iter().all(|s| (1..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic()))
                && a.starts_with(|c: char| c.is_ascii_uppercase())
                && b.starts_with(|c: char| c.is_ascii_lowercase())
        })
    };
    let Some(second) = words.next() else {
        return (KOREAN_FAMILY.contains(&family) && syllables(given)).then(|| bare.find(given).unwrap_or(0));
    };
    let syllable = |w: &str| (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic());
    let syllables = words.next().is_none() && FAMILY_FIRST.contains(&family) && syllable(given) && syllable(second);
    syllables.then(|| bare.find(given).unwrap_or(0))
}

/// A title without what the note adds before it: credentials and a dash (`RN - Director of
/// Volunteer Services`), or the writer's "current" (`Current Volunteer Coordinator`).
fn plain_title(title: &str) -> String {
    // (Set 59: `Samuel Njoroge ("SN", Managing Partner)`: what the writer calls them, first.)
    let unquoted = title.strip_prefix(['"', '“']).unwrap_or(title);
    let title = match unquoted.split_once([',', ';']) {
        Some((called, rest)) if called.ends_with(['"', '”']) && called.len() <= 12 && !called.contains(' ') => {
            rest.trim_start()
        }
        _ => title,
    };
    let title = match title.split_once(" - ").or_else(|| title.split_once(" — ")) {
        Some((first, rest)) if first.split(',').all(|c| is_credential(c.trim())) => rest,
        _ => title,
    };
    // `board member who referred me`: what follows "who" says what they did.
    let title = title.to_lowercase().find(" who ").map_or(title, |at| &title[..at]);
    // `2nd shift lead / floor tour`: after the slash, what they did that day, not a second title.
    let title = match title.split_once(" / ") {
        Some((first, rest)) if !rest.split_whitespace().any(is_title_word) => first,
        _ => title,
    };
    // (`Dr. Adeyemi (the principal)`, `Renee (the other Quality Engineer)`: the article and
    // "other" are the sentence's, not the title's.)
    let mut rest = title.trim();
    let mut cut = false;
    while let Some(p) = ["current ", "outgoing ", "the ", "other "].iter().find(|p| rest.to_lowercase().starts_with(*p))
    {
        rest = rest[p.len()..].trim_start();
        cut = true;
    }
    // (`LSS tech there now`: when they hold it is the writer's aside.)
    let lower = rest.to_lowercase();
    if let Some(when) = [" there now", " now", " these days", " at the moment"].iter().find(|w| lower.ends_with(*w)) {
        rest = rest[..rest.len() - when.len()].trim_end();
    }
    // (What is left starts the title: `Volunteer Coordinator`, its capital as written.)
    if cut { crate::text::words::with_first_upper(rest) } else { rest.to_owned() }
}

/// The helper role a job title implies (`Senior Recruiter` → recruiter).
pub fn role_from_title(title: &str) -> Option<&'static str> {
    let t = title.to_lowercase();
    // `Assistant Head of School`, `Assistant Professor`: a rank of the job after it, not a helper.
    let words: Vec<&str> = t.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let ranked = words.windows(2).any(|w| {
        w[0] == "assistant" && (is_title_word(w[1]) || matches!(w[1], "vice" | "general" | "superintendent" | "dean"))
    })
        // (`Assistant Store Manager`: the rank of a job named after it.)
        || words.iter().position(|w| *w == "assistant").is_some_and(|at| {
            words[at + 1..].iter().take(3).any(|w| matches!(*w, "manager" | "director" | "principal" | "superintendent"))
        });
    if ranked && !t.contains("coordinator") && !t.contains("recruit") {
        return None;
    }
    // (`Heather (admin) rebooked me`: the office's administrator, who helps.)
    // (`**Alana** (admin) — set me up with the packet`: written out, the same.)
    // (Set 47: `Zanele Mthembu — office admin. Sorted my parking…`.)
    if matches!(
        words.as_slice(),
        ["admin" | "administrator"] | ["admin", "asst" | "assistant"] | ["office", "admin" | "administrator"]
    ) {
        return Some("assistant");
    }
    // (`Rosa — reception, 22nd fl`, `EA`, `front desk`: who let you in.)
    // (Set 44: `Ms. Bernice | guard shack / front gate`.)
    let reception = ["reception", "receptionist", "ea", "secretary", "concierge", "guard", "security", "gatehouse"];
    // (Set 52: `PA to the MD`.)
    if words.first().is_some_and(|w| reception.contains(w))
        || t.starts_with("front desk")
        || t.ends_with("'s ea")
        || t.starts_with("pa to ")
    {
        return Some("assistant");
    }
    let table: &[(&str, &str)] = &[
        ("coordinator", "coordinator"),
        ("scheduler", "coordinator"),
        ("scheduling", "coordinator"),
        ("assistant", "assistant"),
        ("office manager", "assistant"),
        ("recruit", "recruiter"),
        ("talent", "recruiter"),
        ("sourcer", "recruiter"),
        // (`amrit sandhu hr / resourcing - she set it up`.)
        ("resourcing", "recruiter"),
        // (Set 60: `Melis Aydın, Personalberaterin at Technikpersonal Süd GmbH`, an agency's.)
        ("personalberat", "recruiter"),
        // (Set 44: `Anika Sorensen (People & Culture) did the welcome`.)
        ("people & culture", "coordinator"),
        ("people and culture", "coordinator"),
        // (`Brennan Cole (Lexbridge Legal Staffing)`: an agency's.)
        ("staffing", "recruiter"),
        ("referr", "referrer"),
        ("referred", "referrer"),
    ];
    let role = table.iter().find(|(needle, _)| t.contains(needle)).map(|(_, role)| *role)?;
    // `District Athletics Coordinator`, `Clinical Coordinator`: a coordinator of the work is a job;
    // one of the hiring helped (`Recruiting Coordinator`, `HR Coordinator`, or just `Coordinator`).
    const HIRING: &[&str] = &[
        "recruit",
        "interview",
        "hr",
        "talent",
        "hiring",
        "people",
        "candidate",
        "schedul",
        "human",
        "office",
        "admin",
    ];
    // (Set 44: `Carolyn's operations coordinator`, who met the writer at the door: someone's.)
    let someones = t.split_whitespace().next().is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    let of_hiring = words.len() == 1 || someones || words.iter().any(|w| HIRING.iter().any(|h| w.starts_with(h)));
    (role != "coordinator" || of_hiring).then_some(role)
}

/// Words that make a phrase a job title (`Staff Engineer`, `VP`): a heading names the position
/// only with one, and a list of names holds none.
const TITLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "designer",
    "manager",
    "analyst",
    "scientist",
    "architect",
    "researcher",
    "consultant",
    "administrator",
    "admin",
    "specialist",
    "director",
    "lead",
    "sre",
    "devops",
    "writer",
    "marketer",
    "accountant",
    "officer",
    "intern",
    "technician",
    "head",
    "vp",
    "cto",
    "cfo",
    "coo",
    "ceo",
    "recruiter",
    "coordinator",
    "assistant",
    "founder",
    "co-founder",
    "cofounder",
    "chief",
    "principal",
    "associate",
    "advisor",
    // (Set 48: `a senior compliance adviser`, in British English.)
    "adviser",
    "strategist",
    // (Set 37: `sim instructor: Ken Watabe`, `a line captain, Capt. Derek Haun`.)
    "instructor",
    "trainer",
    "captain",
    "pilot",
    "pathologist",
    "technologist",
    "counselor",
    "producer",
    "editor",
    "sourcer",
    "nurse",
    "president",
    "actuary",
    "underwriter",
    "attorney",
    "counsel",
    "professor",
    "physician",
    "pharmacist",
    "auditor",
    "controller",
    "economist",
    "statistician",
    "planner",
    "trader",
    "banker",
    "owner",
    "pm",
    "executive",
    "representative",
    "generalist",
    "supervisor",
    "teacher",
    "paralegal",
    "curator",
    "educator",
    "hygienist",
    "agronomist",
    "adjuster",
    "dentist",
    "librarian",
    "archivist",
    "therapist",
    "foreman",
    "cook",
    "inspector",
    "dispatcher",
    "buyer",
    "dir",
    "mgr",
    "cmo",
    "cpo",
    "cro",
    "cio",
    "ciso",
    "svp",
    "evp",
    "avp",
    "rvp",
    "gm",
    "dean",
    "superintendent",
    "chair",
    "pt",
    "pta",
    "pi",
    "lpn",
    "partner",
    "scheduler",
    "brewer",
    "chef",
    "clerk",
    // (Set 39: `Hospice Social Worker (LICSW)`, `Senior Registrar`, `Chief Conservator`.)
    "worker",
    "registrar",
    "conservator",
    "chaplain",
    "electrician",
    "estimator",
    "biologist",
    "aquarist",
    // (Set 60, in Québec French: `Stéphane Bouchard, CPA – contrôleur`, `Mélanie Gagnon –
    // conseillère principale, acquisition de talents`, `Louise Boisvert, associée directrice`.)
    "contrôleur",
    "contrôleuse",
    "directeur",
    "directrice",
    "conseiller",
    "conseillère",
    "associé",
    "associée",
    "gestionnaire",
    "comptable",
    "président",
    "présidente",
    "vice-président",
    "vice-présidente",
    "coordonnateur",
    "coordonnatrice",
    "réceptionniste",
    "recruteur",
    "recruteuse",
    "adjoint",
    "adjointe",
    "ingénieur",
    "ingénieure",
    "analyste",
    // (And in German: `Konstrukteur Flugsteuerungsaktuatorik`, a job; `Abteilungsleiter`.)
    "leiter",
    "leiterin",
    "abteilungsleiter",
    "abteilungsleiterin",
    "teamleiter",
    "teamleiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "referent",
    "referentin",
    "personalreferent",
    "personalreferentin",
    "ingenieur",
    "ingenieurin",
    "konstrukteur",
    "konstrukteurin",
    "entwickler",
    "entwicklerin",
    "recruiterin",
    "assistentin",
    "personalberater",
    "personalberaterin",
];

/// True for a title that opens with a rank or a title word (`senior PE`, `staff eng`, `lead
/// ortho PT`), written in lower case as hurried notes do.
pub(crate) fn opens_with_rank(title: &str) -> bool {
    let first = title.split_whitespace().next().unwrap_or_default();
    ["senior", "junior", "staff"].contains(&first.to_lowercase().as_str()) || is_title_word(first)
}

/// True for a word of a job title (`Engineer`, `VPs`, `Lead.`), whatever its case.
pub(crate) fn is_title_word(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    // (`Ferncliff Capital Partners`, `Hospitality Search Partners`: a firm, not a partner.)
    if word.eq_ignore_ascii_case("partners") {
        return false;
    }
    TITLE_WORDS.contains(&word.to_lowercase().trim_end_matches(['.', 's']))
}

/// The role of someone: the one their line states (`Referred by …`, `role: recruiter`), else the
/// one their title implies (`Senior Recruiter`).
pub(crate) fn role(stated: Option<String>, title: Option<&str>) -> Option<String> {
    let titled = title.and_then(role_from_title);
    // `Scheduled by Petra Novak (recruiter)`: who scheduled is a coordinator unless they say more.
    match (stated, titled) {
        (Some(s), Some(t)) if s == "coordinator" && t != "referrer" => Some(t.to_owned()),
        (stated, titled) => stated.or_else(|| titled.map(str::to_owned)),
    }
}

/// Where a note lists someone, which decides how far their role overrules the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    /// Under a front-matter key (`interviewers:`, `helpers:`, `recruiter:`): the key decides,
    /// as the writer chose it (a `kind:` field still overrules it, see `extract`).
    Key(Kind),
    /// Under a body heading or label (`## People`, `**Thanks to:**`): the heading decides,
    /// except that a referrer, coordinator or assistant helped whatever the heading. A
    /// recruiter stays an interviewer there: recruiters run screens, unless an agency's.
    Heading(Kind),
}

/// Whether someone is thanked as an interviewer or as a helper, from where they are listed,
/// their role and their title as written.
pub(crate) fn kind(listed: Listed, role: Option<&str>, title: Option<&str>) -> Kind {
    // (`Senior Consultant, Halcyon Search (agency recruiter)`: the agency's, not the employer's.)
    const AGENCY: &[&str] = &["agency", "headhunter", "search firm", "executive search", "external recruiter"];
    let agency = title.is_some_and(|t| AGENCY.iter().any(|w| t.to_lowercase().contains(w)));
    match listed {
        Listed::Key(kind) => kind,
        Listed::Heading(Kind::Helper) => Kind::Helper,
        Listed::Heading(Kind::Interviewer) => {
            if matches!(role, Some("referrer" | "coordinator" | "assistant")) || (role == Some("recruiter") && agency) {
                Kind::Helper
            } else {
                Kind::Interviewer
            }
        }
    }
}

/// A person read from the body: their role, and their kind as the heading and role decide.
pub(crate) fn from_body(p: PersonText, heading: Kind, line: usize) -> Person {
    // (The role from the title as written: `board member who referred me` referred them.)
    let role = role(p.role.clone(), p.title.as_deref());
    // (`Jo (digital producer?)`: a title the writer doubts is no address line.)
    let title = p.title.map(|t| plain_title(&without_hedge(&t))).filter(|t| !t.is_empty() && !t.contains('?'));
    let p = PersonText { title, ..p };
    // (Set 75: `竹田 健二さん（Takeda Kenji-san）`: a name in another script, with the way the letter
    // can write it in brackets beside it, is that name.)
    let other_script = p.name.chars().any(|c| c.is_alphabetic() && !crate::text::words::is_latin_letter(c));
    let p = match p.title.as_deref() {
        Some(written)
            if other_script
                && (written.split_whitespace().count() >= 2
                    || JAPANESE_HONORIFICS.iter().any(|h| written.ends_with(&format!("-{h}"))))
                && looks_like_name(written)
                // (Not `李娜` with her title, `Product Manager, Clinical Tools`.)
                && !written.contains(',')
                && !is_a_job(written) =>
        {
            let written = written.to_owned();
            PersonText { name: written, title: None, ..p }
        }
        _ => p,
    };
    // (Set 75: `Olivia-san　English editor`: the word the honorific closes ends the name.)
    let p =
        match p.name.split_whitespace().position(|w| JAPANESE_HONORIFICS.iter().any(|h| w.ends_with(&format!("-{h}"))))
        {
            Some(at) if at + 1 < p.name.split_whitespace().count() => {
                let name = p.name.split_whitespace().take(at + 1).collect::<Vec<_>>().join(" ");
                PersonText { name, ..p }
            }
            _ => p,
        };
    let kind = kind(Listed::Heading(heading), role.as_deref(), p.title.as_deref());
    let emailed = p.emailed;
    // (Set 53: `Kimura Yuka-san`, `Watanabe Kenji-bucho`: a Japanese honorific is how the note
    // speaks of them, no part of the name; the letter greets them with it, `called_in_japanese`.)
    let name = JAPANESE_HONORIFICS
        .iter()
        .find_map(|h| p.name.strip_suffix(&format!("-{h}")).or_else(|| p.name.strip_suffix(&format!(" {h}"))))
        // (Set 62: `Shin Ye-rin-nim`, a Korean honorific joined to the name.)
        .or_else(|| p.name.strip_suffix("-nim").filter(|n| n.contains(' ')))
        .map_or(p.name.clone(), str::to_owned);
    Person { name, title: p.title, email: p.email, role, kind: Some(kind), line, emailed, ..Person::default() }
}

/// Korean family names as they are romanised (set 62), for names written family name first.
const KOREAN_FAMILY: &[&str] = &[
    "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Lim",
    "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Ryu", "Hong", "Jeon", "Go", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Shim", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Min",
    "Na", "Jin", "Ji", "Chae", "Won", "Bang", "Gong", "Hyun", "Byun", "Yeo", "Chun", "Um",
];

/// True for a Korean form of address a note writes after a name (`timjang-nim`, `manager-nim`,
/// `sunbae`, `ssi`): how the writer speaks of them, no part of the name.
pub(crate) fn is_korean_address(word: &str) -> bool {
    // (Not `Ye-rin-nim`, her given name with it: the name stays, `from_body` drops the suffix.)
    let lower = word.to_lowercase();
    // (Set 69: `Choi Dong-uk 팀장님`, `Han 과장님`: a title and "-nim" in Hangul.)
    let hangul = !word.is_empty() && word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    const TITLES: &[&str] =
        &["팀장", "과장", "이사", "상무", "부장", "대리", "차장", "실장", "대표", "사장", "전무", "주임", "선배", "씨"];
    (lower.ends_with("-nim") && word.starts_with(char::is_lowercase))
        || ["nim", "ssi", "sunbae", "seonbae", "hubae"].contains(&lower.as_str())
        || (hangul && (word.ends_with('님') || TITLES.contains(&word)))
}

/// The honorifics a Japanese note writes after a name (`Tanaka-san`, `Watanabe bucho`).
const JAPANESE_HONORIFICS: &[&str] = &["san", "sama", "sensei", "bucho", "buchō", "kacho", "kachō", "shacho", "shachō"];

/// What a note in Japanese habits calls someone, when it writes their family name with `-san`
/// (`Kimura-san`) or another honorific (`Yamamoto-bucho`): the letter greets them so, as a
/// Japanese colleague would be ("Dear Kimura-san,"). The family name is the name's first word
/// (`Kimura Yuki`) or its last.
pub(crate) fn called_in_japanese(text: &str, name: &str) -> Option<String> {
    let bare = bare_name(name);
    let words: Vec<&str> = bare.split_whitespace().collect();
    let called = [words.first(), words.last()].into_iter().flatten().find_map(|w| {
        JAPANESE_HONORIFICS.iter().find_map(|h| {
            let called = format!("{w}-{h}");
            // (Set 75: not `Hiroshi-san` out of `Yamamoto Hiroshi-san`, the full name with its
            // honorific: the note calls him `Yamamoto-bucho`.)
            let said = text.replace(&format!("{bare}-{h}"), "");
            crate::text::words::contains_word(&said, &called).then_some(called)
        })
    });
    // (`藤井 彩さん（Fujii Aya-san）`, and nothing shorter: the family name first, as the romaji
    // beside the name in kanji writes it; not `Daniel Whitfield-san`, written in Latin letters.)
    called.or_else(|| {
        let [family, _] = words[..] else { return None };
        JAPANESE_HONORIFICS
            .iter()
            .find(|h| ['（', '('].iter().any(|b| text.contains(&format!("{b}{bare}-{h}"))))
            .map(|h| format!("{family}-{h}"))
    })
}

/// The short form of `name`'s given name the note calls them by (set 46: `Jo` for Joanne Kostas,
/// written five times, `Joanne` only on her card): the start of the given name, two letters or
/// more, as a word of its own at least twice, the given name itself at most once.
pub(crate) fn short_given(text: &str, name: &str) -> Option<String> {
    let given = first_name(name);
    if !name.contains(' ') || given.chars().count() < 4 {
        return None;
    }
    // (Set 69: not `Don't`, the word cut at its apostrophe: "Dear Don," to Choi Dong-uk.)
    let count = |word: &str| {
        text.match_indices(word)
            .filter(|(at, _)| {
                !text[..*at].ends_with(char::is_alphanumeric)
                    && !text[at + word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
            })
            .count()
    };
    if count(given) > 1 {
        return None;
    }
    (2..given.len())
        .filter(|&n| given.is_char_boundary(n))
        .map(|n| &given[..n])
        .find(|short| count(short) >= 2)
        .map(str::to_owned)
}

/// `name` when it is a given name of two words, as the note writes it: named three times or more,
/// its first word never alone (set 44: `Mei Lin` four times, "Dear Mei,").
pub(crate) fn given_of_two_words(text: &str, name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, _] = words[..] else { return None };
    let whole = |at: usize, len: usize| {
        !text[..at].ends_with(char::is_alphanumeric) && !text[at + len..].starts_with(char::is_alphanumeric)
    };
    let together = text.match_indices(name).filter(|(at, _)| whole(*at, name.len())).count();
    let alone =
        text.match_indices(first).filter(|(at, _)| whole(*at, first.len()) && !text[*at..].starts_with(name)).count();
    (together >= 3 && alone == 0 && honorific(name).is_none()).then(|| name.to_owned())
}

/// A title without the writer's doubt after it (set 44: `dr patel = associate i think` was
/// "Dr Patel, Associate I Think").
fn without_hedge(title: &str) -> String {
    // (Set 64: `Mark Janssen (Operations Manager Road - would be my boss)`: the writer's aside
    // after a dash is no part of the title.)
    let title = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| title.split_once(d))
        .find(|(_, aside)| {
            let aside = aside.to_lowercase();
            ["would be", "will be", "my ", "i ", "i'd", "she ", "he ", "they "].iter().any(|w| aside.starts_with(w))
        })
        .map_or(title, |(title, _)| title.trim_end());
    const HEDGES: &[&str] = &[" i think", " i guess", " i believe", " maybe", " probably", " apparently"];
    let lower = title.to_lowercase();
    match HEDGES.iter().find(|h| lower.trim_end_matches(['?', '.', ' ']).ends_with(*h)) {
        Some(h) => title[..lower.trim_end_matches(['?', '.', ' ']).len() - h.len()].trim_end_matches(',').to_owned(),
        None => title.to_owned(),
    }
}

/// True for `Jane Doe, Raj Patel`: two or more full names and nothing else, no title among them
/// (`Raj Mehta, VP, Operations` is one person and a title).
pub(crate) fn names_alone(text: &str) -> bool {
    let names: Vec<&str> = text.split(',').collect();
    names.len() > 1
        && names.iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            words.len() >= 2 && looks_like_name(name) && !words.iter().any(|w| is_title_word(w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_in_lower_case_says_whom_they_work_for_after_a_comma() {
        assert_eq!(title_cased("recruiter from Apex Technical Staffing"), "Recruiter, Apex Technical Staffing");
        assert_eq!(title_cased("head of people"), "Head of People");
        assert_eq!(title_cased("recruiter from the agency"), "Recruiter from the Agency");
    }

    #[test]
    fn an_article_opens_no_name_though_a_particle_may_stand_inside_one() {
        assert!(!looks_like_name("der Direktor"), "set 64: \"Dear der,\"");
        assert!(!looks_like_name("the Director"));
        assert!(looks_like_name("Pieter van der Merwe"));
    }

    #[test]
    fn also_is_no_part_of_a_name_and_the_name_in_full_after_the_dash_is_theirs() {
        let p = parse("Also Priya - Priya Chauhan, Recruitment Coordinator (recruitment team). She sent the invite.");
        let p = p.expect("a person");
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Priya Chauhan", Some("Recruitment Coordinator")));
        let p = parse("Sister Bernadette Okafor, Ward Manager AMU = la caposala. She was chair.").expect("a person");
        assert_eq!(p.title.as_deref(), Some("Ward Manager AMU"), "what the writer calls the job is no part of it");
        // (Set 63: one met at an earlier round too.)
        let p = parse("Henk Verhoeven again — QC Manager").expect("a person");
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Henk Verhoeven", Some("QC Manager")));
        let p = parse("Declan Furlong — the Director!! finally met him. the café chat at the end was with him");
        assert_eq!(p.expect("a person").title.as_deref(), Some("Director"));
        // (Set 74: a name crossed out, as OCR reads the page, before the name written again.)
        let p = parse("Krlst€n Kirsten Oakes - Lead ER Tech / tech supervisor").expect("a person");
        assert_eq!(p.name, "Kirsten Oakes");
        assert!(parse("Kr€st€n - Lead ER Tech").is_none_or(|p| !p.name.contains('€')), "no one named in symbols");
    }

    #[test]
    fn a_transcript_writes_people_by_their_initials() {
        // (Set 49: `Attendees: RK (Ravi Krishnan, Head of Supply Chain Planning), NA (…), LJJ (…)`.)
        let rk = parse_listed("RK (Ravi Krishnan, Head of Supply Chain Planning)").unwrap();
        assert_eq!((rk.name.as_str(), rk.title.as_deref()), ("Ravi Krishnan", Some("Head of Supply Chain Planning")));
        let na = parse_listed("NA (Nur Aisyah binte Kamal, HR Business Partner)").unwrap();
        assert_eq!(na.name, "Nur Aisyah binte Kamal");
        assert!(initials_of("LJJ", "Lim Jun Jie") && initials_of("JJ", "Lim Jun Jie"));
        assert!(!initials_of("RK", "Ravi Menon") && !initials_of("R", "Ravi Krishnan"));
        // (Set 55: a short form of the given name is read so too, with what they did after it.)
        assert_eq!(
            initials_first("Dev (Devika Rao, Staff Engineer) who ran it").as_deref(),
            Some("Devika Rao, Staff Engineer")
        );
        assert_eq!(initials_first("Dave (Devika Rao, Staff Engineer)"), None, "no form of her name");
        assert_eq!(initials_first("RK (Head of Planning)"), None, "brackets that name no one");
        assert_eq!(
            parse_listed("Mrs K. Naidoo (Kavitha) – HR Business Partner").map(|p| (p.name, p.title)),
            Some(("Mrs Kavitha Naidoo".to_owned(), Some("HR Business Partner".to_owned())))
        );
        assert_eq!(initial_then_given("Mrs K. Naidoo (Lerato) – HR"), None, "another name");
        let people = [
            Person { name: "Ravi Krishnan".into(), ..Person::default() },
            Person { name: "Lim Jun Jie".into(), ..Person::default() },
        ];
        assert_eq!(short_forms_in("Q (RK): Temperature excursion", &people[0], &people), ["RK"]);
        let aisyah = Person { name: "Nur Aisyah binte Kamal".into(), ..Person::default() };
        assert_eq!(short_forms_in("[Aisyah coordinated everything]", &aisyah, &people), ["Aisyah"]);
        assert_eq!(short_forms_in("[JJ: \"nice, most people do a self-join.\"]", &people[1], &people), ["JJ"]);
    }

    #[test]
    fn an_alias_that_is_a_short_form_or_nickname_is_what_the_note_calls_someone() {
        let text =
            "Met [[Tomasz Wierzbicki|Tom]], [[Robert Hale|Bob]], [[Priya Raman|Priya]] and [[Ana Souza|the CTO]].";
        assert_eq!(called_in(text, "Tomasz Wierzbicki").as_deref(), Some("Tom"));
        assert_eq!(called_in(text, "Robert Hale").as_deref(), Some("Bob"));
        assert_eq!(called_in(text, "Priya Raman"), None, "the given name itself");
        assert_eq!(called_in("Bernard “Bernie” Castellanos", "Bernard Castellanos").as_deref(), Some("Bernie"));
        assert_eq!(called_in("## Osvaldo \"Ozzie\" Ruiz — 2nd shift lead", "Osvaldo Ruiz").as_deref(), Some("Ozzie"));
        assert_eq!(without_trailing_credentials("Samuel Kettering DDS"), "Samuel Kettering", "without a comma too");
        assert_eq!(without_trailing_credentials("Ms Ana Lee"), "Ms Ana Lee", "a title first is no credential");
        assert_eq!(called_in("[[Harold Brandt|Hal]] ran the session", "Harold Brandt").as_deref(), Some("Hal"));
        assert_eq!(called_in("mike \"moose\" albrecht", "Mike Albrecht"), None, "the writer's joke");
        assert_eq!(called_in(text, "Ana Souza"), None, "a title is no salutation");
        assert_eq!(called_in("[[Dana Lee|Boss]]", "Dana Lee"), None);
        // (Set 33: "Dear Ana," for one the note calls Ana Lucia.)
        let text = "people:\n  - name: Ana Lucia Bravo\n\n- ana lucia liked the before/after screens\n";
        assert_eq!(called_in(text, "Ana Lucia Bravo").as_deref(), Some("Ana Lucia"));
        assert_eq!(called_in("Met Ana Lucia Bravo. Ana was kind.", "Ana Lucia Bravo"), None);
    }

    // Found by fuzzing (FUZZING.md, target `render_draft`): a character of more than one byte
    // just before an address (here a zero-width no-break space pasted into it) made the start
    // of the address fall inside that character, and the build panicked.
    #[test]
    fn an_address_after_a_wide_character_is_found_without_a_panic() {
        assert_eq!(find_email("valen\u{feff}tina@acme.example").map(|f| f.2), Some("tina@acme.example".to_owned()));
        assert_eq!(find_email("Ana —ana@acme.example").map(|f| (f.0, f.2)), Some((7, "ana@acme.example".to_owned())));
    }

    fn p(text: &str) -> Option<(String, Option<String>)> {
        parse(text).map(|p| (p.name, p.title))
    }

    fn some(name: &str, title: &str) -> Option<(String, Option<String>)> {
        Some((name.to_owned(), Some(title.to_owned())))
    }

    #[test]
    fn a_title_is_the_job_not_the_writers_words_about_it() {
        let title = |line: &str| parse(line).and_then(|p| p.title);
        assert_eq!(title("Carla Jimenez-Braddock, Sr. Director, People").as_deref(), Some("Sr. Director, People"));
        assert_eq!(title("Gwen Halvorsen, VP, FP&A (HM)").as_deref(), Some("VP, FP&A"));
        assert_eq!(title("Owen Pruett, my old manager at Keller"), None, "how the writer knows him");
        assert_eq!(title("Ana Souza, CTO. Great chat.").as_deref(), Some("CTO"));
        assert_eq!(without_tag("Analyst, FP&A (peer)"), "Analyst, FP&A");
        assert_eq!(without_tag("Lead (Staff Engineer)"), "Lead (Staff Engineer)");
    }

    #[test]
    fn a_person_line_can_say_they_were_emailed() {
        for line in [
            "Ana Souza, CTO <ana@acme.example> (emailed)",
            "Ana Souza (Emailed), CTO <ana@acme.example>",
            "✉ Ana Souza, CTO <ana@acme.example>",
            "Ana Souza, CTO <ana@acme.example> ✉\u{fe0f}",
        ] {
            let person = parse(line).unwrap();
            assert!(person.emailed, "{line}");
            assert_eq!((person.name.as_str(), person.title.as_deref()), ("Ana Souza", Some("CTO")), "{line}");
            assert_eq!(person.email.as_deref(), Some("ana@acme.example"), "{line}");
        }
        assert!(!parse("Ana Souza, CTO <ana@acme.example>").unwrap().emailed);
        assert!(!parse("İlker Emailed Ng, CTO").unwrap().emailed);
        let claire = parse("Claire Dubois, Engineering Manager, Notifications — I emailed Claire before").unwrap();
        assert!(claire.emailed);
        assert_eq!(claire.title.as_deref(), Some("Engineering Manager, Notifications"));
        assert!(parse("Rohan Mehta, Staff Engineer — we've emailed before").unwrap().emailed);
        assert!(!parse("Rohan Mehta, Staff Engineer — haven't emailed him yet").unwrap().emailed);
    }

    #[test]
    fn reads_the_usual_ways_of_writing_a_person() {
        assert_eq!(
            p("**Jane Doe**, Engineering Manager — ran the design round"),
            some("Jane Doe", "Engineering Manager")
        );
        assert_eq!(p("Jane Doe (VP of Engineering)"), some("Jane Doe", "VP of Engineering"));
        assert_eq!(p("Jane Doe - Senior Recruiter"), some("Jane Doe", "Senior Recruiter"));
        assert_eq!(p("Raj Mehta, VP, Operations"), some("Raj Mehta", "VP, Operations"));
        assert_eq!(p("[[Marcus Webb]] — Analytics Lead"), some("Marcus Webb", "Analytics Lead"));
        assert_eq!(p("Ana Souza, CTO"), some("Ana Souza", "CTO"));
        assert_eq!(p("Gavin Belson (CEO)"), some("Gavin Belson", "CEO"));
        assert_eq!(p("Marcus Webb"), Some(("Marcus Webb".to_owned(), None)));
    }

    #[test]
    fn referrals_set_the_role() {
        let person = parse("Referred by Omar Haddad, Senior SRE").unwrap();
        assert_eq!(
            (person.name.as_str(), person.title.as_deref(), person.role.as_deref()),
            ("Omar Haddad", Some("Senior SRE"), Some("referrer"))
        );
    }

    #[test]
    fn unicode_names_and_honorifics_are_kept() {
        assert_eq!(p("José Álvarez, Staff Engineer"), some("José Álvarez", "Staff Engineer"));
        assert_eq!(p("Zoë Kravitz-Nguyen (Design Lead)"), some("Zoë Kravitz-Nguyen", "Design Lead"));
        assert_eq!(p("李娜 - 产品经理"), some("李娜", "产品经理"));
        assert_eq!(p("Dr. Priya Raman, VP of Research"), some("Dr. Priya Raman", "VP of Research"));
        assert_eq!(first_name("Dr. Priya Raman"), "Priya");
        assert_eq!(last_name("Dr. Priya Raman"), "Raman");
        assert_eq!(surname("Mr Pieter van der Merwe"), "van der Merwe");
        assert!(!looks_like_name("Board Audit & Risk Committee"));
        assert!(!looks_like_name("L'histoire Du"));
        assert!(looks_like_name("Dominic D'Angelo"));
        assert!(looks_like_name("Dr. Halima Abdi"));
        // (Set 50: `si Sir Paolo yata yung VP`: an article, then the form of address.)
        assert!(!looks_like_name("Si Sir"));
        assert!(!looks_like_name("si Ma'am"));
        assert!(!looks_like_name("Ex-Halcyon"));
        assert!(!looks_like_name("Email Marcus"));
        assert_eq!(surname("Ms Anri du Plessis"), "du Plessis");
        assert_eq!(surname("Nur Aisyah binte Kamal"), "Kamal");
        assert_eq!(surname("Tan Wei Ling"), "Tan");
        // (Set 68: an Arabic family name keeps its article.)
        assert_eq!(surname("Mr. Yousuf Al Shamsi"), "Al Shamsi");
        assert_eq!(surname("Al Pacino"), "Pacino");
        // (Set 68: a family name added in brackets, and a name that ends with what they go by.)
        let named = |t: &str| parse(t).map(|p| (p.name, p.title));
        assert_eq!(named("**Tom** (Hennessy) come at 21:00 to taste."), Some(("Tom Hennessy".to_owned(), None)));
        assert_eq!(
            named("Jen (Jennifer) Baptiste — Operations Manager. she set it up"),
            Some(("Jennifer Baptiste".to_owned(), Some("Operations Manager".to_owned())))
        );
        assert_eq!(
            named("\"Dev\" R-something — GIS Team Lead (Priya will know)"),
            Some(("Dev".to_owned(), Some("GIS Team Lead".to_owned())))
        );
        assert_eq!(
            named("Aileen at reception — parking pass, coffee in \"the good mug\""),
            Some(("Aileen".to_owned(), Some("Reception".to_owned())))
        );
        assert_eq!(
            named("**KATIE** – 17, youth member rep on the panel."),
            Some(("KATIE".to_owned(), None)),
            "an age is no job"
        );
        assert_eq!(
            named("**Dimitri \"Dim\" Katsaros** — Group Exec Chef — grilled me for 90 minutes."),
            Some(("Dimitri Katsaros".to_owned(), Some("Group Exec Chef".to_owned())))
        );
        // (Set 69: "Dear Don," to Choi Dong-uk, from `Don't`.)
        assert_eq!(short_given("Choi Dong-uk met me. Don't forget. Don't be late.", "Choi Dong-uk"), None);
        assert_eq!(named("Maria (Finance) ran the numbers"), Some(("Maria".to_owned(), Some("Finance".to_owned()))));
        assert_eq!(
            named("**Deji** — Adedeji Okafor, Head Chef of Forge. He run the pass."),
            Some(("Adedeji Okafor".to_owned(), Some("Head Chef of Forge".to_owned())))
        );
        assert_eq!(name_key("Dr. Priya  Raman"), "priya raman");
        assert!(refers_to("Mr. Fontaine", "Gerald Fontaine"));
        assert!(!refers_to("Fontaine", "Gerald Fontaine"), "a family name alone may be anyone's");
    }

    #[test]
    fn emails_are_taken_out_of_the_text() {
        let person = parse("Jane Doe <jane.doe@acme.com>, CTO").unwrap();
        assert_eq!(person.email.as_deref(), Some("jane.doe@acme.com"));
        assert_eq!((person.name.as_str(), person.title.as_deref()), ("Jane Doe", Some("CTO")));
    }

    #[test]
    fn sentences_and_placeholders_are_not_names() {
        assert_eq!(p("talked about the roadmap"), None);
        assert_eq!(p("{{interviewer}}"), None);
        assert_eq!(p("3 engineers from the platform team"), None);
        assert_eq!(p(""), None);
    }

    #[test]
    fn a_heading_lists_referrers_as_helpers_but_a_key_decides_outright() {
        assert_eq!(kind(Listed::Heading(Kind::Interviewer), Some("referrer"), None), Kind::Helper);
        assert_eq!(kind(Listed::Heading(Kind::Interviewer), Some("recruiter"), None), Kind::Interviewer);
        assert_eq!(kind(Listed::Key(Kind::Interviewer), Some("referrer"), None), Kind::Interviewer);
        let agency = Some("Senior Consultant, Halcyon Search (agency recruiter)");
        assert_eq!(kind(Listed::Heading(Kind::Interviewer), Some("recruiter"), agency), Kind::Helper);
        assert!(!names_alone("Raj Mehta, VP Operations"), "a title is not a name");
    }

    #[test]
    fn a_listed_name_in_lower_case_is_capitalised_but_a_phrase_is_no_name() {
        let l = |t: &str| parse_listed(t).map(|p| (p.name, p.title));
        assert_eq!(l("sam okoye, vp engineering"), some("Sam Okoye", "VP Engineering"));
        assert_eq!(l("rachel adams (cto)"), some("Rachel Adams", "CTO"));
        assert_eq!(l("jordan blake, recruiter"), some("Jordan Blake", "Recruiter"));
        assert_eq!(l("met the whole team"), None);
        assert_eq!(l("forgot their names"), None);
        assert_eq!(l("hiring manager"), None);
        assert_eq!(p("sam okoye, vp engineering"), None, "outside a list of people, lower case is no name");
        // Hurried words of a title are written out, and an Irish surname keeps its second capital.
        assert_eq!(l("tasha greer, sr talent partner"), some("Tasha Greer", "Senior Talent Partner"));
        assert_eq!(l("pete o'rourke - prop mgr"), some("Pete O'Rourke", "Property Manager"));
        assert_eq!(l("bree - chef de cuisine"), some("Bree", "Chef de Cuisine"));
        // (Set 42: "Dear Receptionist,".)
        let lorna = parse("Receptionist (Lorna?) made me a tea, was lovely, didn't catch surname.").unwrap();
        assert_eq!((lorna.name.as_str(), lorna.title.as_deref()), ("Lorna", Some("Receptionist")));
        assert_eq!(l("bree - nice lady"), None, "a given name alone needs a title word");
        assert_eq!(role_from_title("admin"), Some("assistant"));
        assert_eq!(role_from_title("System Admin"), None);
        // (Set 39: `**Alana** (admin) — set me up with the packet` had a letter as an interviewer.)
        assert_eq!(role_from_title("Administrator"), Some("assistant"));
        assert_eq!(role_from_title("Hospice Administrator"), None);
    }

    #[test]
    fn an_aliased_wikilink_names_the_page_not_the_alias() {
        assert_eq!(p("[[Priya Raman|Priya]], Data Platform Lead"), some("Priya Raman", "Data Platform Lead"));
        assert_eq!(aliased("Tom", "- [[Tomasz Wierzbicki|Tom]], Staff Engineer").as_deref(), Some("Tomasz Wierzbicki"));
        assert_eq!(aliased("Tom", "- [[Tom]], Staff Engineer"), None);
    }

    #[test]
    fn credentials_are_neither_name_nor_title() {
        assert_eq!(p("Dana Whitlock, PhD, Research Lead"), some("Dana Whitlock", "Research Lead"));
        assert_eq!(p("Graham Lowe, P.E., Principal"), some("Graham Lowe", "Principal"));
        assert_eq!(p("Henry Adler, Esq., Head of Legal Operations"), some("Henry Adler", "Head of Legal Operations"));
        assert_eq!(p("Rebecca Stone, JD"), Some(("Rebecca Stone".to_owned(), None)));
        assert_eq!(p("Ana Souza, CTO"), some("Ana Souza", "CTO"), "a title is not a credential");
        assert_eq!(without_trailing_credentials("Rebecca Stone, JD"), "Rebecca Stone");
    }

    #[test]
    fn titles_imply_helper_roles() {
        assert_eq!(role_from_title("Senior Recruiter"), Some("recruiter"));
        assert_eq!(role_from_title("Recruiting Coordinator"), Some("coordinator"));
        assert_eq!(role_from_title("Executive Assistant"), Some("assistant"));
        assert_eq!(role_from_title("Staff Engineer"), None);
        assert_eq!(role_from_title("District Athletics Coordinator"), None, "a coordinator of the work");
        assert_eq!(plain_title("RN - Director of Volunteer Services"), "Director of Volunteer Services");
        assert_eq!(plain_title("current Volunteer Coordinator"), "Volunteer Coordinator");
        // (Set 40: "Gus Ferreira, LSS tech there now" over a letter.)
        assert_eq!(plain_title("LSS tech there now"), "LSS tech");
        assert_eq!(plain_title("iOS Lead"), "iOS Lead");
        assert_eq!(role_from_title("HR Coordinator"), Some("coordinator"));
        assert_eq!(role_from_title("Coordinator"), Some("coordinator"));
        assert_eq!(role_from_title("Classified Recruitment Specialist"), Some("recruiter"));
    }

    #[test]
    fn a_dash_before_an_address_and_credentials_before_a_dash_are_not_title() {
        let p = parse("Ingrid Solberg, Director of Engineering — ingrid.solberg@brightmoor.example.com").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Ingrid Solberg", Some("Director of Engineering")));
        let p =
            parse("Rachel Abernathy, PhD — Accessibility Research Lead — r.abernathy@brightmoor.example.com").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Rachel Abernathy", Some("Accessibility Research Lead")));
    }

    #[test]
    fn a_title_ends_with_its_sentence() {
        let p =
            parse("Margaret Chen-Alvarez, Director of Data Science. I'd emailed her back in October after her talk")
                .unwrap();
        assert_eq!(p.title.as_deref(), Some("Director of Data Science"));
    }

    #[test]
    fn a_given_name_of_two_words_is_greeted_whole() {
        let text = "Mei Lin and one of the associates watched. Saw Mei Lin write it down. Mei Lin is a great mentor.";
        assert_eq!(given_of_two_words(text, "Mei Lin").as_deref(), Some("Mei Lin"));
        let text =
            "Ross Achterberg runs the team. Ross asked about sequencing. Ross Achterberg, again. Ross Achterberg.";
        assert_eq!(given_of_two_words(text, "Ross Achterberg"), None, "Ross alone");
        assert_eq!(given_of_two_words("Carl Dupree gave the tour.", "Carl Dupree"), None, "once");
    }
}
