//! What a company's earlier notes tell a later one (issue 13).
//!
//! A second round's note rarely says again what the first one did: the position, the titles
//! and addresses of people met before, that the recruiter is the recruiter, that you have
//! emailed them since. The notes of one folder (`content/<company>/`) are read together, oldest
//! first, and each note takes from the earlier notes of the same company what it does not say
//! itself. What a note says always wins; nothing is taken from a note of another company in the
//! same folder. A later note tells an earlier one one thing only: that there was another round
//! (`Round`), so the earlier interview led to it and no check-in on it is due.
//!
//! This module only says what carries over; `pipeline::load_folder` reads the notes in order.

use jiff::civil::Date;

use crate::model::{Channel, Kind, Note, Person};
use crate::pipeline::extract::people;

/// What one note tells the notes after it: taken from the note once planned, so that it holds
/// what the notes before it told it, and the channel each person was thanked by.
#[derive(Debug, Clone)]
pub struct Told {
    /// The company, in lower case: only notes of the same company share.
    company: String,
    /// The company as the note writes it.
    company_name: String,
    date: Date,
    path: String,
    position: Option<String>,
    people: Vec<Known>,
}

/// A person as an earlier note knew them.
#[derive(Debug, Clone)]
struct Known {
    name: String,
    title: Option<String>,
    email: Option<String>,
    role: Option<String>,
    kind: Option<Kind>,
    /// True when you have emailed them by the time of the later note: the earlier note says
    /// you had, or its thank-you to them was an email.
    emailed: bool,
}

impl Told {
    /// What `note` tells the notes after it; `None` for a note with no company or day to
    /// place it by.
    pub fn of(note: &Note) -> Option<Told> {
        let company_name = note.company.clone()?;
        let company = company_name.to_lowercase();
        let date = note.date?;
        // (Set 45: `nothing to Fionnuala or Niamh directly` after the first round; met again at
        // the second, and written to then.)
        let people = note
            .people
            .iter()
            .chain(&note.not_thanked)
            .chain(&note.met_in_passing)
            .map(|p| Known {
                name: p.name.clone(),
                title: p.title.clone(),
                email: p.email.clone(),
                role: p.role.clone(),
                kind: p.kind,
                emailed: p.emailed || p.channel == Some(Channel::Email),
            })
            .collect();
        Some(Told { company, company_name, date, path: note.path.clone(), position: note.position.clone(), people })
    }

    /// True when this was told before `note`, of the same company.
    fn is_before(&self, note: &Note) -> bool {
        of_company(note, &self.company, &self.path)
            && note.date.is_some_and(|date| (self.date, self.path.as_str()) < (date, note.path.as_str()))
    }

    /// The file name of the note, for `inspect`.
    fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

/// True when `note` is of `company` (in lower case), whose note is at `path`.
fn of_company(note: &Note, company: &str, path: &str) -> bool {
    note.company.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        same_company(&c, company) || (company_folder(&note.path, path, &c) && same_name(&c, company))
    })
}

/// An interview as the other notes of its folder see it, to say whether one came after
/// another: a note of the same company on a later day is a later round of the process.
#[derive(Debug, Clone)]
pub struct Round {
    /// The company, in lower case.
    company: String,
    date: Date,
    path: String,
    position: Option<String>,
}

impl Round {
    /// `note`'s interview; `None` for a note with no company or day to place it by.
    pub fn of(note: &Note) -> Option<Round> {
        Some(Round {
            company: note.company.as_deref()?.to_lowercase(),
            date: note.date?,
            path: note.path.clone(),
            // (Set 65: `= Brennan Biologics -- Round 2 (lab tour, practical, VP)`, a title's guess
            // that no line of the note gives, does not make the round another job's.)
            position: note.position.clone().filter(|_| note.sources.contains_key("position")),
        })
    }
}

/// What a note tells the earlier notes of its company (set 63, 64): the thank-yous its lines say
/// went out (`- Mark: letter posted 21-11 ✔` in the final round's note, of the letter after round
/// 2), and the spellings it says were wrong (`Dr Fionnuala HEGARTY. not "Hegarity".`).
#[derive(Debug, Clone)]
pub struct Later {
    /// The company, in lower case.
    company: String,
    date: Date,
    path: String,
    sent: Vec<crate::model::SentLine>,
    spelled_wrong: Vec<(String, String)>,
}

impl Later {
    /// What `note` tells the notes before it; `None` for a note with no company or day, or one
    /// that tells nothing.
    pub fn of(note: &Note) -> Option<Later> {
        if note.sent_lines.is_empty() && note.spelled_wrong.is_empty() {
            return None;
        }
        Some(Later {
            company: note.company.as_deref()?.to_lowercase(),
            date: note.date?,
            path: note.path.clone(),
            sent: note.sent_lines.clone(),
            spelled_wrong: note.spelled_wrong.clone(),
        })
    }

    /// True when this note came after `note`, of the same company.
    fn is_after(&self, note: &Note) -> bool {
        of_company(note, &self.company, &self.path)
            && note.date.is_some_and(|date| (date, note.path.as_str()) < (self.date, self.path.as_str()))
    }
}

/// Takes into `note` what the later notes of its company say of it (`Later`): each person a line
/// says was sent a message on a day from this interview to the next of `rounds` (or, with no
/// day, "after the first"), thanked; each name spelled as a later note says it is. A note whose
/// people are all thanked so is thanked.
pub fn hindsight(note: &mut Note, later: &[Later], rounds: &[Round]) {
    let Some(date) = note.date else { return };
    let next = next_round(note, rounds).map(|r| r.date);
    let after: Vec<&Later> = later.iter().filter(|l| l.is_after(note)).collect();
    for l in after {
        let file = l.path.rsplit('/').next().unwrap_or(&l.path);
        for (wrong, right) in &l.spelled_wrong {
            let given = people::first_name(right);
            let renamed: Vec<String> = note
                .people
                .iter()
                .filter(|p| {
                    people::first_name(&p.name).eq_ignore_ascii_case(given)
                        && people::last_name(&p.name).eq_ignore_ascii_case(wrong)
                })
                .map(|p| p.name.clone())
                .collect();
            for old in renamed {
                crate::pipeline::extract::rename(note, &[(old, right.clone())]);
                note.sources.insert(format!("spelling of {right}"), format!("a later note, {file}"));
            }
        }
        for line in &l.sent {
            let ours = match line.day {
                Some(day) => day >= date && day < l.date && next.is_none_or(|n| day < n || n == l.date),
                None => {
                    let earlier = crate::pipeline::extract::after_an_earlier_round(&line.text)
                        || crate::pipeline::extract::says_received(&line.text);
                    earlier && next == Some(l.date)
                }
            };
            if !ours {
                continue;
            }
            for i in crate::pipeline::extract::thank_recipients(&line.text, &mut note.people) {
                note.sources.insert(format!("thanks to {}", note.people[i].name), format!("a later note, {file}"));
            }
        }
    }
    let interviewed = note.people.iter().any(|p| p.kind() == Kind::Interviewer);
    if interviewed && !note.thanked && note.people.iter().all(|p| p.thanked) {
        note.thanked = true;
        // (The latest of the later notes that thanked anyone: the one the draft names.)
        let from = note.sources.iter().filter(|(k, _)| k.starts_with("thanks to ")).map(|(_, v)| v.clone()).max();
        if let Some(from) = from {
            note.sources.insert("thanked".to_owned(), from);
        }
    }
}

/// A hash of what `hindsight` takes from `later` for `note`: the same hash, the same hindsight.
pub fn foreseen(note: &Note, later: &[Later]) -> u64 {
    let mut hash = crate::hash::Fnv::default();
    for l in later.iter().filter(|l| l.is_after(note)) {
        hash.write(l.path.as_bytes());
        hash.write(&[0]);
        for line in &l.sent {
            hash.write(line.text.as_bytes());
            hash.write(line.day.map(|d| d.to_string()).unwrap_or_default().as_bytes());
            hash.write(&[0]);
        }
        for (wrong, right) in &l.spelled_wrong {
            hash.write(wrong.as_bytes());
            hash.write(right.as_bytes());
            hash.write(&[0]);
        }
    }
    hash.0
}

/// The first of `rounds` after `note`'s interview, of its company and, when both notes name a
/// position, the same position (set 57: `jess emailed: passed. virtual onsite loop 11/30` in the
/// tech screen's note, and the onsite's own note beside it).
pub fn next_round<'r>(note: &Note, rounds: &'r [Round]) -> Option<&'r Round> {
    let date = note.date?;
    let same_position = |r: &Round| match (note.position.as_deref(), r.position.as_deref()) {
        (Some(a), Some(b)) => {
            let (a, b) = (a.to_lowercase(), b.to_lowercase());
            a.starts_with(&b) || b.starts_with(&a)
        }
        _ => true,
    };
    rounds
        .iter()
        .filter(|r| r.date > date && of_company(note, &r.company, &r.path) && same_position(r))
        .min_by(|a, b| (a.date, &a.path).cmp(&(b.date, &b.path)))
}

/// Says `note` advanced when a later round of its process has a note of its own (`next`), unless
/// the note gives a status itself: the company answered, and no check-in on this round is due.
pub fn led_to(note: &mut Note, next: Option<&Round>) {
    // (Set 72: `status: waiting`, written on the day, said nothing had come back yet; the next
    // round's note says it has.)
    let waiting = note.status.as_deref().is_some_and(|s| {
        let s = s.trim().to_lowercase();
        matches!(s.as_str(), "waiting" | "pending" | "in progress" | "interviewed" | "waiting to hear")
    });
    let Some(next) = next.filter(|_| note.status.is_none() || waiting) else { return };
    note.status = Some("advanced".to_owned());
    let file = next.path.rsplit('/').next().unwrap_or(&next.path);
    note.sources.insert("status".to_owned(), format!("a later round's note, {file}"));
}

/// True when two companies' names, in lower case, are one company's: the same, or one the
/// other's first words (set 44: `Riverside Literacy` in the title of a coffee's note, `Riverside
/// Literacy Project` in the first round's; `Delta Ridge` and `Delta Ridge Distribution`).
fn same_company(a: &str, b: &str) -> bool {
    // (Set 45: `St Kevin's` and `St Kevins University Hospital`, from its folder; set 66: `St.
    // Brendan's Health Centre` and `St Brendan's Health Centre`.)
    // (Set 67: `Fynbos & Flame` and `Fynbos and Flame`.)
    let plain = |s: &str| s.replace(['\'', '’', '.'], "").replace(" & ", " and ");
    let (a, b) = (plain(a), plain(b));
    let (short, long) = if a.len() <= b.len() { (a.as_str(), b.as_str()) } else { (b.as_str(), a.as_str()) };
    long.strip_prefix(short).is_some_and(|rest| rest.is_empty() || (rest.starts_with(' ') && short.contains(' ')))
}

/// True when two notes sit in one company's folder, named by the company (`kestrel-freight/`
/// for `Kestrel`), not together at the top of the notes or in a folder of several companies.
fn company_folder(a: &str, b: &str, company: &str) -> bool {
    let folder = |p: &str| p.rsplit_once('/').map(|(dir, _)| dir.to_owned());
    let Some(dir) = folder(a).filter(|dir| Some(dir) == folder(b).as_ref()) else { return false };
    let slug = dir.rsplit('/').next().unwrap_or(&dir).to_lowercase();
    let first_word = |s: &str| s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_owned();
    let word = first_word(company);
    !word.is_empty() && first_word(&slug) == word
}

/// True when the shorter of two company names, in one folder, is the longer one's start as the
/// writer shortened it (set 49: `Kestrel R2 (final)` after `Kestrel Freight`, `Greenfield Pharma`
/// after `Greenfield Pharmaceuticals`): a whole first word, then as much as it goes on.
fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let first = |s: &str| s.split_whitespace().next().map(str::to_owned).unwrap_or_default();
    first(short).len() >= 4 && first(short) == first(long) && long.starts_with(short)
}

/// Fills in `note` what the earlier notes of its company in `told` say and it does not: the
/// position, and for each person met again their title, address and role, and that you have
/// emailed them. The latest earlier note that says a thing is the one taken. `text` is what the
/// note says that it shares (not what it keeps for the writer): someone met before whom it names
/// again by their given name alone, among those met (`ron + luis ortega (PM) + deb for the last
/// 20 min`) or in a note that names nobody else (`ron said "youre fine"`), is met again.
pub fn recall(note: &mut Note, text: &str, told: &[Told]) {
    let earlier = earlier(note, told);
    if earlier.is_empty() {
        return;
    }
    met_again(note, text, &earlier);
    // (The company named in full, as the earlier note named it.)
    if let Some(t) = earlier.iter().find(|t| note.company.as_ref().is_some_and(|c| c.len() < t.company_name.len())) {
        note.company = Some(t.company_name.clone());
    }
    if note.position.is_none() {
        if let Some(t) = earlier.iter().find(|t| t.position.is_some()) {
            note.position.clone_from(&t.position);
            note.sources.insert("position".to_owned(), format!("an earlier note, {}", t.file_name()));
        }
    }
    let mut renamed: Vec<(String, String)> = Vec::new();
    let others_interviewed: Vec<String> = note
        .people
        .iter()
        .filter(|p| p.kind() == Kind::Interviewer && p.role.is_none())
        .map(|p| p.name.clone())
        .collect();
    for person in &mut note.people {
        let found: Vec<(&Told, &Known)> = earlier
            .iter()
            .filter_map(|t| t.people.iter().find(|k| same_person(person, k, &t.people)).map(|k| (*t, k)))
            .collect();
        let Some(&(from, first)) = found.first() else { continue };
        // (Set 41: `Rick D. again`, Rick Dombrowski in the first round: his name in full.)
        // (Set 61: `Ogawa-san` now, `Ogawa Mai, HR` before, her family name first: her name in
        // full, as the earlier note wrote it.)
        let first_of_full = !person.name.contains(' ') && first.name.starts_with(&format!("{} ", person.name));
        if initialled(&person.name, &first.name) || first_of_full {
            renamed.push((person.name.clone(), first.name.clone()));
            person.name.clone_from(&first.name);
        } else if person.name.contains(' ') && first.name.starts_with(&format!("{} ", person.name)) {
            // (Set 44: `Mei Lin` now, `Mei Lin Tran` before: a given name of two words, which
            // "Dear Mei," cut in half.)
            person.called.get_or_insert_with(|| person.name.clone());
        }
        let known: Vec<&Known> = found.iter().map(|(_, k)| *k).collect();
        if person.title.is_none() {
            person.title = known.iter().find_map(|k| k.title.clone());
        }
        if person.email.is_none() {
            person.email = known.iter().find_map(|k| k.email.clone());
        }
        if person.role.is_none() {
            person.role = known.iter().find_map(|k| k.role.clone());
            // (Set 46: Tasha, the recruiter who ran the phone screen, `not in interview. came & got
            // me at the end` of the onsite: one who helped, in a note with others who interviewed.)
            let helps = matches!(person.role.as_deref(), Some("recruiter" | "coordinator" | "assistant" | "referrer"));
            if helps && others_interviewed.iter().any(|o| *o != person.name) {
                person.kind = Some(Kind::Helper);
            }
        }
        person.emailed |= known.iter().any(|k| k.emailed);
        // (Set 42: Gareth, who ran the first round, `popped in for last 15 min` of the second,
        // was told "It was a pleasure to meet you, if only briefly": one met before is not met
        // in passing.)
        if matches!(person.did, Some(crate::model::Did::Greeted(_))) {
            person.did = None;
        }
        note.sources
            .insert(format!("what was known of {}", person.name), format!("an earlier note, {}", from.file_name()));
    }
    // What the note says of one renamed is said of them under their full name.
    for (short, full) in renamed {
        for h in &mut note.highlights {
            for about in h.about.iter_mut().filter(|a| **a == short) {
                about.clone_from(&full);
            }
        }
        for with in note.clarified_with.values_mut().filter(|w| **w == short) {
            with.clone_from(&full);
        }
        for u in &mut note.unread {
            if u.about.as_deref() == Some(short.as_str()) {
                u.about = Some(full.clone());
            }
        }
        // (Set 55: `Ciarán` passes the thanks on, and is Ciarán Maguire now.)
        let roles = [
            &mut note.thanks_passed_by,
            &mut note.passed_on_by,
            &mut note.answers,
            &mut note.checks_in_with,
            &mut note.check_in_call,
        ];
        for name in roles.into_iter().flatten().filter(|n| **n == short) {
            name.clone_from(&full);
        }
        if let Some(through) = note.hands_off.as_mut().and_then(|rule| rule.through.as_mut()).filter(|t| **t == short) {
            through.clone_from(&full);
        }
    }
}

/// What of `told` the earlier notes of `note`'s company told it, the latest first.
fn earlier<'t>(note: &Note, told: &'t [Told]) -> Vec<&'t Told> {
    let mut earlier: Vec<&Told> = told.iter().filter(|t| t.is_before(note)).collect();
    earlier.sort_by(|a, b| (b.date, &b.path).cmp(&(a.date, &a.path)));
    earlier
}

/// A hash of what `recall` takes from `told` for `note`, and of the round it led to (`next`,
/// for `led_to`): the same hash, the same recall, and a note read before need not be read again
/// for what its folder's other notes tell it.
pub fn heard(note: &Note, told: &[Told], next: Option<&Round>) -> u64 {
    let mut hash = crate::hash::Fnv::default();
    let mut field = |text: Option<&str>| {
        hash.write(text.unwrap_or("\u{1}").as_bytes());
        hash.write(&[0]);
    };
    let next_date = next.map(|n| n.date.to_string());
    field(next.map(|n| n.path.as_str()));
    field(next_date.as_deref());
    for t in earlier(note, told) {
        let date = t.date.to_string();
        for text in [Some(t.company_name.as_str()), Some(date.as_str()), Some(t.path.as_str()), t.position.as_deref()] {
            field(text);
        }
        for k in &t.people {
            let kind = k.kind.map(|k| if k == Kind::Helper { "helper" } else { "interviewer" });
            let emailed = if k.emailed { "emailed" } else { "" };
            for text in
                [Some(k.name.as_str()), k.title.as_deref(), k.email.as_deref(), k.role.as_deref(), kind, Some(emailed)]
            {
                field(text);
            }
        }
    }
    hash.0
}

/// Adds to `note` those of `earlier` it names again by their given name alone, as one met is
/// named: in a list of those met (`ron + luis`, `+ deb for the last 20 min`, `with deb`), or,
/// in a note that names no one else, as the one who did or said something (`ron said…`).
fn met_again(note: &mut Note, text: &str, earlier: &[&Told]) {
    const LISTED_AFTER: &[&str] =
        &[" + ", " & ", " (", " again", " for the last", " for the first", " joined", " sat in"];
    const LISTED_BEFORE: &[&str] = &["+ ", "& ", "with ", "w/ ", "met "];
    const MET: &[&str] = &[
        " asked me",
        " asked when",
        " asked how",
        " asked what",
        " asked about",
        " did the first",
        " showed me",
        " walked me",
        " took me",
    ];
    const DID: &[&str] = &[" said", " asked", " pointed", " thinks", " thought", " liked", " loved", " ran", " led"];
    let lower = text.to_lowercase();
    // (Set 45: `email jess w pasta ratio + thx` in a note that names no one else met: one to
    // write to is no one met.)
    let planned = |note: &Note, p: &Person| {
        note.sources.get(&format!("person {}", p.name)).is_some_and(|s| s == crate::pipeline::extract::PLANNED)
    };
    let nobody = note.people.iter().all(|p| planned(note, p));
    // (Set 46: `Ananya (from the take-home review) was NOT there - on leave`: what follows a name,
    // to the sentence's end, says they were away.)
    let away = |after: &str| {
        let rest = &after[..after.find(['.', '\n']).unwrap_or(after.len())];
        crate::pipeline::extract::away_in(rest).is_some()
    };
    // (Set 70: `NOT PRESENT: Alan Strauss — "in trial in Rockford all week"`: a label before the
    // name, on its line, says so.)
    let away_before = |before: &str| {
        let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        line.split_once(':').is_some_and(|(label, rest)| rest.trim().is_empty() && away(label))
    };
    let mut added: Vec<Person> = Vec::new();
    for t in earlier {
        for k in &t.people {
            let given = people::first_name(&k.name).to_lowercase();
            let known = |p: &Person| same_person(p, k, &t.people) || people::refers_to(&p.name, &k.name);
            if given.chars().count() < 3
                || people::is_common_word(&given)
                || note.people.iter().chain(&added).chain(&note.not_thanked).chain(&note.met_in_passing).any(known)
                || t.people.iter().filter(|o| people::first_name(&o.name).eq_ignore_ascii_case(&given)).count() > 1
            {
                continue;
            }
            // (Set 48: `Sneha ma'am came to the room before R3 to say hi … Already thanked her on
            // LinkedIn on 26th, so no need again.`: one greeted in passing, or thanked already, is
            // no one to write to again.)
            const DONE_WITH: &[&str] = &[
                "already thanked",
                "already done",
                "no need",
                "to say hi",
                "to say hello",
                "popped her head",
                "popped his head",
                // (Set 71: `Still no card for Ollie or Tahnee 🙈`, `Ollie + Tahnee cards from round
                // 1 — still haven't`: the earlier round's thanks, still owed there.)
                "from round 1",
                "still no card",
                "still no thank",
            ];
            let done_with = lower.lines().any(|line| {
                crate::text::words::contains_word(line, &given) && DONE_WITH.iter().any(|d| line.contains(d))
            });
            if done_with {
                continue;
            }
            let named = lower.match_indices(given.as_str()).any(|(at, _)| {
                let (before, after) = (&lower[..at], &lower[at + given.len()..]);
                let whole = !before.ends_with(char::is_alphanumeric) && !after.starts_with(char::is_alphanumeric);
                // (Set 44: `Asked about the team: it's me + the part-time grant writer (Beth) + Luz
                // helps with gift entry`: the writer's would-be team, not those met.)
                let sentence = &before[before.rfind(['.', '\n', ':']).map_or(0, |i| i + 1)..];
                let team = sentence.contains("me + ") || sentence.contains("me and ");
                let listed = !team
                    && (LISTED_AFTER.iter().any(|l| after.starts_with(l))
                        || LISTED_BEFORE.iter().any(|l| before.ends_with(l)));
                // (Set 45: `Fionnuala asked when I could start`, beside Tomás who showed her round:
                // one who asked or led part of it was there, whoever else was.)
                let there = MET.iter().any(|d| after.starts_with(d));
                whole && !away(after) && (listed || there || (nobody && DID.iter().any(|d| after.starts_with(d))))
            });
            // (Set 41: `while Devin Marsh, Lorraine Tuttle, and the principal…`: one met before,
            // named in full.)
            let full = people::bare_name(&k.name).to_lowercase();
            // (Not on a line of things to do: set 44's `- call Big Mike tonight and tell him how
            // it went` gave a letter about "our conversation" to one who was not there.)
            let to_do = |at: usize| {
                let line = lower[lower[..at].rfind('\n').map_or(0, |i| i + 1)..]
                    .trim_start_matches(['-', '*', '+', ' ', '\t']);
                let line = line.trim_start_matches("[ ] ").trim_start_matches("[x] ");
                ["call ", "text ", "ring ", "tell ", "ask ", "buy ", "shout "].iter().any(|v| line.starts_with(v))
            };
            // (Set 70, a lab notebook's `3. Hannah Okafor — NOT there (audit in Cork, per Declan).`)
            let in_full = full.contains(' ')
                && lower.match_indices(full.as_str()).any(|(at, _)| {
                    !lower[..at].ends_with(char::is_alphanumeric)
                        && !lower[at + full.len()..].starts_with(char::is_alphanumeric)
                        && !to_do(at)
                        && !away(&lower[at + full.len()..])
                        && !away_before(&lower[..at])
                });
            if named || in_full {
                note.sources
                    .insert(format!("person {}", k.name), format!("an earlier note, {}, named again", t.file_name()));
                // (`Thank-you emails to Dr. Yoon, Devin, and Lorraine tonight.`: a line about email
                // that names them, which the note's reading could not give to one it did not know.)
                let by_email = lower.lines().any(|line| {
                    line.contains("email")
                        && line.match_indices(given.as_str()).any(|(at, _)| {
                            !line[..at].ends_with(char::is_alphanumeric)
                                && !line[at + given.len()..].starts_with(char::is_alphanumeric)
                        })
                });
                added.push(Person {
                    name: k.name.clone(),
                    title: k.title.clone(),
                    email: k.email.clone(),
                    role: k.role.clone(),
                    kind: k.kind,
                    emailed: k.emailed || by_email,
                    ..Person::default()
                });
            }
        }
    }
    // (The one met, found again: those the plan names helped.)
    if nobody && added.iter().any(|p| p.kind == Some(Kind::Interviewer)) {
        // (Set 46: not those the note says were there too: `who was there Leanne again, Jo again, Dr
        // Siobhan Reilly…`.)
        let there = |p: &Person| crate::pipeline::extract::said_to_be_there(text, &p.name);
        let planned: Vec<String> =
            note.people.iter().filter(|p| planned(note, p) && !there(p)).map(|p| p.name.clone()).collect();
        for p in note.people.iter_mut().filter(|p| planned.contains(&p.name)) {
            p.kind = Some(Kind::Helper);
        }
    }
    // (Set 45: `text renata tonite - thx for the stage`: what the note says of them, now known.)
    if !added.is_empty() {
        note.people.extend(added);
        crate::pipeline::extract::ticked_thanks_applied(text, &mut note.people);
        crate::pipeline::extract::thanks_as_told(text, &mut note.people);
        crate::pipeline::extract::thanks_passed_as_told(text, note);
    }
}

/// True when `short` is `full` with the family name cut to its initial: `Rick D.` for Rick
/// Dombrowski.
fn initialled(short: &str, full: &str) -> bool {
    let (Some((given, initial)), Some((full_given, family))) = (short.split_once(' '), full.rsplit_once(' ')) else {
        return false;
    };
    let initial = initial.trim_end_matches('.');
    initial.chars().count() == 1
        && given.eq_ignore_ascii_case(people::first_name(full_given))
        && family.chars().next().is_some_and(|c| initial.starts_with(c.to_uppercase().next().unwrap_or(c)))
}

/// True when `person` is `known`, met again: the same name, or their given name alone when no
/// one else the earlier note knew has it (`Ron` for Ron Pulaski).
fn same_person(person: &Person, known: &Known, all: &[Known]) -> bool {
    if people::refers_to(&person.name, &known.name) || people::refers_to(&known.name, &person.name) {
        return true;
    }
    // (Set 65: `Gus` in round 2, `Augusto "Gus" Medeiros` in the final: whom they go by.)
    if person.called.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&known.name)) {
        return true;
    }
    let given = people::first_name(&known.name);
    // (Set 60: `Sir Kwabena` now, `Pharm. Kwabena Asante-Mensah` then: the given name, addressed.)
    let bare = people::bare_name(&person.name);
    let alone = !bare.contains(' ') && bare.eq_ignore_ascii_case(given);
    // (`Jolene` then, `Jolene Pak` now.)
    let named_in_full = !known.name.contains(' ') && known.name.eq_ignore_ascii_case(people::first_name(&person.name));
    // (Set 70: `Declan Moriarity` then, `Declan Moriarty` now, with `CORRECTION to p.41: it's Declan
    // MORIARTY`: the given name, and the family name spelled one letter apart.)
    let (family, known_family) = (people::last_name(bare), people::last_name(&known.name));
    let respelled = bare.contains(' ')
        && known.name.contains(' ')
        && people::first_name(bare).eq_ignore_ascii_case(given)
        && family.chars().count() >= 5
        && family != known_family
        && family.chars().next() == known_family.chars().next()
        // (Set 70: `KUYPER` then, `Kuipers` as his signature spells it now: two letters apart in a
        // longer name.)
        && crate::text::spelling::distance(&family.to_lowercase(), &known_family.to_lowercase())
            <= if family.chars().count() >= 6 { 2 } else { 1 };
    (alone || named_in_full || respelled || initialled(&person.name, &known.name))
        && all.iter().filter(|k| people::first_name(&k.name).eq_ignore_ascii_case(given)).count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn note(path: &str, date: &str, people: Vec<Person>) -> Note {
        Note {
            path: path.to_owned(),
            company: Some("Kessler and Hart Electric".to_owned()),
            date: Some(date.parse().unwrap()),
            people,
            ..Note::default()
        }
    }

    fn person(name: &str) -> Person {
        Person { name: name.to_owned(), kind: Some(Kind::Interviewer), ..Person::default() }
    }

    #[test]
    fn a_later_rounds_note_says_the_earlier_interview_advanced() {
        let mut first = note("k/2026-11-12-first.md", "2026-11-12", vec![person("Ron Pulaski")]);
        first.position = Some("Estimator II".to_owned());
        let mut second = note("k/2026-11-19-second.md", "2026-11-19", vec![person("Ron Pulaski")]);
        second.position = Some("Estimator II".to_owned());
        let other = note("k/2026-11-26-other.md", "2026-11-26", Vec::new());
        let mut other = Note { position: Some("Project Manager".to_owned()), ..other };
        other.company = Some("Kessler and Hart".to_owned());
        for n in [&mut first, &mut second, &mut other] {
            n.sources.insert("position".to_owned(), "the `position:` line".to_owned());
        }
        // (Set 65: a position no line gives, a title's guess, is no other job's.)
        let mut guessed = note("k/2026-11-19-second.md", "2026-11-19", Vec::new());
        guessed.position = Some("VP".to_owned());
        let guessed = Round::of(&guessed).into_iter().collect::<Vec<_>>();
        assert!(next_round(&first, &guessed).is_some(), "a guess");
        let rounds: Vec<Round> = [&first, &second, &other].iter().filter_map(|n| Round::of(n)).collect();
        let next = next_round(&first, &rounds);
        assert_eq!(next.map(|r| r.path.as_str()), Some("k/2026-11-19-second.md"), "the next round, not another job");
        assert_ne!(heard(&first, &[], next), heard(&first, &[], None), "a later round is heard");
        led_to(&mut first, next);
        assert_eq!(first.status.as_deref(), Some("advanced"));
        assert_eq!(first.sources.get("status").map(String::as_str), Some("a later round's note, 2026-11-19-second.md"));
        assert!(next_round(&second, &rounds).is_none(), "another position is another process");
        // (What the note says itself wins.)
        second.status = Some("rejected".to_owned());
        led_to(&mut second, rounds.first());
        assert_eq!(second.status.as_deref(), Some("rejected"));
    }

    #[test]
    fn a_later_note_says_which_earlier_thanks_went_out_and_how_a_name_is_spelled() {
        let line = |text: &str, day: Option<&str>| crate::model::SentLine {
            text: text.to_owned(),
            day: day.map(|d| d.parse().unwrap()),
        };
        let first = || note("k/r1.md", "2026-11-09", vec![person("Mark Janssen"), person("Dr Fionnuala Hegarity")]);
        let second = || note("k/r2.md", "2026-11-19", vec![person("Mark Janssen"), person("Bart Kuijpers")]);
        let mut last = note("k/r3.md", "2026-12-03", vec![person("Fleur de Wit")]);
        last.sent_lines = vec![
            line("Bart: template + thanks + Sonntag fix sent 20-11 ✔", Some("2026-11-20")),
            line("Mark: letter posted 21-11 ✔ (he liked it, Bart said)", Some("2026-11-21")),
        ];
        last.spelled_wrong = vec![("Hegarity".to_owned(), "Dr Fionnuala Hegarty".to_owned())];
        let notes = [first(), second(), last.clone()];
        let rounds: Vec<Round> = notes.iter().filter_map(Round::of).collect();
        let later: Vec<Later> = notes.iter().filter_map(Later::of).collect();
        let mut r2 = second();
        hindsight(&mut r2, &later, &rounds);
        assert!(r2.people.iter().all(|p| p.thanked), "the days between this round and the next");
        assert!(r2.thanked);
        assert_eq!(r2.sources.get("thanked").map(String::as_str), Some("a later note, r3.md"));
        let mut r1 = first();
        hindsight(&mut r1, &later, &rounds);
        assert!(!r1.people[0].thanked, "21 November is after round 2: round 2's letter, not round 1's");
        assert_eq!(r1.people[1].name, "Dr Fionnuala Hegarty");
        assert!(!r1.thanked);
        assert_ne!(foreseen(&second(), &later), foreseen(&second(), &[]), "what is heard is hashed");
        // (Nothing from an earlier note, nor from another company's.)
        let mut r3 = last.clone();
        hindsight(&mut r3, &later, &rounds);
        assert!(!r3.thanked);
        let mut other = second();
        other.company = Some("Summit Ridge".to_owned());
        hindsight(&mut other, &later, &rounds);
        assert!(!other.people[0].thanked);
    }

    // Set 66: the round-2 note says the round-1 card arrived; round 1's letter to Deb was drafted
    // again.
    #[test]
    fn a_later_note_that_says_the_card_arrived_thanked_its_reader() {
        let first = || note("k/r1.md", "2026-11-13", vec![person("Deborah Lindqvist")]);
        let mut second = note("k/r2.md", "2026-11-24", vec![person("Deborah Lindqvist")]);
        let said = "Deb said at the start: \"thank you for the lovely card.\" So it arrived. ✔";
        second.sent_lines = vec![crate::model::SentLine { text: said.to_owned(), day: None }];
        let notes = [first(), second];
        let rounds: Vec<Round> = notes.iter().filter_map(Round::of).collect();
        let later: Vec<Later> = notes.iter().filter_map(Later::of).collect();
        let mut r1 = first();
        hindsight(&mut r1, &later, &rounds);
        assert!(r1.people[0].thanked && r1.thanked, "{:?}", r1.people);
    }

    #[test]
    fn a_later_note_takes_what_the_earlier_ones_said_and_it_does_not() {
        let mut ron = person("Ron Pulaski");
        ron.title = Some("Chief Estimator".to_owned());
        ron.email = Some("rpulaski@kesslerhart.com".to_owned());
        ron.channel = Some(Channel::Email);
        let mut tyler = person("Tyler Brandt");
        tyler.role = Some("recruiter".to_owned());
        let mut first = note("k/2026-11-12-first.md", "2026-11-12", vec![ron, tyler, person("Deb Kessler")]);
        first.position = Some("Estimator II".to_owned());
        let told = [Told::of(&first).unwrap()];

        let mut deb = person("Deb Kessler");
        deb.title = Some("VP Operations".to_owned());
        deb.did = Some(crate::model::Did::Greeted("popped in".to_owned()));
        let mut second = note("k/2026-11-19-second.md", "2026-11-19", vec![person("Ron"), person("Tyler Brandt"), deb]);
        recall(&mut second, "", &told);
        assert_eq!(second.people[2].did, None, "one met before is not met in passing");
        assert_eq!(second.position.as_deref(), Some("Estimator II"));
        let ron = &second.people[0];
        // (Set 61: his name in full, as the first round wrote it, for a letter's address and an
        // email's `To:`; "Dear Ron" as ever.)
        assert_eq!(ron.name, "Ron Pulaski");
        assert_eq!(ron.title.as_deref(), Some("Chief Estimator"));
        assert_eq!(ron.email.as_deref(), Some("rpulaski@kesslerhart.com"));
        assert!(ron.emailed, "thanked by email last time");
        assert_eq!(second.people[1].role.as_deref(), Some("recruiter"));
        assert_eq!(second.people[1].kind(), Kind::Helper, "set 46: the recruiter, beside those who interviewed");
        assert!(!second.people[1].emailed);
        assert_eq!(second.people[2].title.as_deref(), Some("VP Operations"), "what the note says wins");
        assert_eq!(second.sources.get("position").map(String::as_str), Some("an earlier note, 2026-11-12-first.md"));

        // Nothing from a later note, nor from another company's.
        let mut before = note("k/2026-11-01-screen.md", "2026-11-01", vec![person("Ron")]);
        recall(&mut before, "", &told);
        assert_eq!((before.position, before.people[0].title.clone()), (None, None));
        let mut other = note("k/2026-11-20-other.md", "2026-11-20", vec![person("Ron")]);
        other.company = Some("Summit Ridge".to_owned());
        recall(&mut other, "", &told);
        assert_eq!((other.position.clone(), other.people[0].title.clone()), (None, None));
        // (Nor from `Kessler`, one word of it: a name that short may be another firm's.)
        other.company = Some("Kessler".to_owned());
        recall(&mut other, "", &told);
        assert_eq!(other.position, None);
    }

    // Set 70, a lab notebook: round 1 wrote `Declan Moriarity`, round 2 `1. Declan Moriarty — QC
    // Micro Team Lead (again)` after `CORRECTION to p.41: it's Declan MORIARTY`, and `3. Hannah
    // Okafor — NOT there (audit in Cork, per Declan).`: round 2 had two Declans, the misspelled
    // one from memory, and a letter to Hannah about a conversation that never was.
    #[test]
    fn one_met_again_under_a_corrected_spelling_is_one_and_one_away_is_not_met_again() {
        let mut declan = person("Declan Moriarity");
        declan.title = Some("QC Micro Team Lead".to_owned());
        let first = note("k/r1.md", "2026-11-10", vec![declan, person("Hannah Okafor")]);
        let told = [Told::of(&first).unwrap()];
        let mut second = note("k/r2.md", "2026-11-19", vec![person("Declan Moriarty")]);
        let text = "PERSONNEL\n1. Declan Moriarty — QC Micro Team Lead (again).\n\
                    3. Hannah Okafor — NOT there (audit in Cork, per Declan).\n";
        recall(&mut second, text, &told);
        let names: Vec<&str> = second.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Declan Moriarty"], "the note's own spelling, once; Hannah away");
        assert_eq!(second.people[0].title.as_deref(), Some("QC Micro Team Lead"));
        // (Not two people whose family names are further apart.)
        let mut third = note("k/r3.md", "2026-11-26", vec![person("Declan Murphy")]);
        recall(&mut third, "Declan Murphy — plant manager", &told);
        assert_eq!(third.people[0].name, "Declan Murphy");
        assert_eq!(third.people[0].title, None, "nothing of Declan Moriarity's");
    }

    // Set 44: `Coffee w/ Raj Mehta (Finance Director) – Riverside Literacy` after the first
    // round's `Organization: Riverside Literacy Project` had no position, and its letter named
    // the company by half its name.
    #[test]
    fn a_company_named_by_its_first_words_is_the_same_company_named_in_full() {
        let mut first = note("r/2026-11-17-first.md", "2026-11-17", vec![person("Carolyn Marsh")]);
        first.company = Some("Riverside Literacy Project".to_owned());
        first.position = Some("Development Manager".to_owned());
        let told = [Told::of(&first).unwrap()];
        let mut coffee = note("r/2026-11-20-coffee.md", "2026-11-20", vec![person("Raj Mehta")]);
        coffee.company = Some("Riverside Literacy".to_owned());
        recall(&mut coffee, "", &told);
        assert_eq!(coffee.company.as_deref(), Some("Riverside Literacy Project"));
        assert_eq!(coffee.position.as_deref(), Some("Development Manager"));
    }

    // Set 49: `Kestrel R2 (final)` in `kestrel-freight/`, after `Kestrel Freight` there, and
    // `Greenfield Pharma` after `Greenfield Pharmaceuticals`: the company's own folder says so.
    #[test]
    fn a_company_shortened_in_its_own_folder_is_the_same_company() {
        let told_of = |path: &str, company: &str| {
            let mut first = note(path, "2026-11-18", vec![person("Tan Wei Ling")]);
            first.company = Some(company.to_owned());
            first.position = Some("Senior Logistics Analyst".to_owned());
            [Told::of(&first).unwrap()]
        };
        let later = |path: &str, company: &str, told: &[Told]| {
            let mut second = note(path, "2026-12-03", vec![person("Darren Lee")]);
            second.company = Some(company.to_owned());
            recall(&mut second, "", told);
            (second.company.unwrap(), second.position)
        };
        let told = told_of("kestrel-freight/2026-11-18-r1.md", "Kestrel Freight");
        let (company, position) = later("kestrel-freight/2026-12-03-r2.md", "Kestrel", &told);
        assert_eq!((company.as_str(), position.as_deref()), ("Kestrel Freight", Some("Senior Logistics Analyst")));
        let told = told_of("g/greenfield-pharma/a.md", "Greenfield Pharmaceuticals");
        let (company, _) = later("g/greenfield-pharma/b.md", "Greenfield Pharma", &told);
        assert_eq!(company, "Greenfield Pharmaceuticals");
        // (Not in a folder of several companies, nor across two folders.)
        let told = told_of("notes/2026-11-18-r1.md", "Kestrel Freight");
        assert_eq!(later("notes/2026-12-03-r2.md", "Kestrel", &told).1, None);
        let told = told_of("kestrel-freight/2026-11-18-r1.md", "Kestrel Freight");
        assert_eq!(later("kestrel/2026-12-03-r2.md", "Kestrel", &told).1, None);
        assert!(same_company("st kevin's", "st kevins university hospital"), "an apostrophe or none");
        assert!(same_company("st. brendan's health centre", "st brendan's health centre"), "a full stop or none");
        assert!(same_company("fynbos & flame", "fynbos and flame"), "an ampersand or the word");
    }

    // Set 40: `ron + luis ortega (PM, …) + deb for the last 20 min.` named nobody ("Dear Kessler
    // and Hart Electric team,"), Ron and Deb having been met in the first round.
    #[test]
    fn one_met_before_and_named_again_by_a_given_name_is_met_again() {
        let mut ron = person("Ron Pulaski");
        ron.title = Some("Chief Estimator".to_owned());
        ron.channel = Some(Channel::Email);
        let first = note("k/a.md", "2026-11-12", vec![ron, person("Deb Kessler"), person("Tyler Brandt")]);
        let told = [Told::of(&first).unwrap()];
        let text = "ron + luis ortega (PM) + deb for the last 20 min. tyler called after.\n\n- ron said \"youre fine\"";
        let mut second = note("k/b.md", "2026-11-19", vec![person("Luis Ortega")]);
        recall(&mut second, text, &told);
        let names: Vec<&str> = second.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Luis Ortega", "Ron Pulaski", "Deb Kessler"], "Tyler is only spoken of");
        assert_eq!(second.people[1].title.as_deref(), Some("Chief Estimator"));
        assert!(second.people[1].emailed);
        // In a note that names nobody, the one who said something was there.
        let mut alone = note("k/c.md", "2026-11-20", Vec::new());
        recall(&mut alone, "so im in range, ron said \"youre fine\". deb comp talk!!", &told);
        let names: Vec<&str> = alone.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ron Pulaski"]);
        // (Set 41: one met before, named in full in a sentence.)
        let first = note("k/a.md", "2026-11-12", vec![person("Devin Marsh"), person("Lorraine Tuttle")]);
        let mut second = note("k/b.md", "2026-11-20", vec![person("Dr. Patricia Yoon")]);
        let text = "while Devin Marsh, Lorraine Tuttle, and the principal took notes";
        let text = format!("{text}.\n\nThank-you emails to Dr. Yoon, Devin, and Lorraine tonight.");
        recall(&mut second, &text, &[Told::of(&first).unwrap()]);
        assert_eq!(second.people.len(), 3);
        assert!(second.people[1].emailed && second.people[2].emailed, "the note's plan");
        // (Set 41: `Rick D. again` is Rick Dombrowski, by his name in full.)
        let told = [Told::of(&note("k/a.md", "2026-11-12", vec![person("Rick Dombrowski")])).unwrap()];
        let mut second = note("k/b.md", "2026-11-19", vec![person("Rick D.")]);
        recall(&mut second, "", &told);
        assert_eq!(second.people[0].name, "Rick Dombrowski");
        // (Set 61: `Ogawa-san` now is Ogawa Mai, her family name first, as the first round named her.)
        let told = [Told::of(&note("k/a.md", "2026-11-12", vec![person("Ogawa Mai")])).unwrap()];
        let mut second = note("k/b.md", "2026-11-19", vec![person("Ogawa")]);
        recall(&mut second, "", &told);
        assert_eq!(second.people[0].name, "Ogawa Mai");
        // (Set 40: `Jolene` then is `Jolene Pak` now, not another Jolene.)
        let first = note("k/a.md", "2026-11-12", vec![person("Jolene")]);
        let told = [Told::of(&first).unwrap()];
        let mut second = note("k/b.md", "2026-11-19", vec![person("Jolene Pak")]);
        recall(&mut second, "met with jolene (", &told);
        assert_eq!(second.people.len(), 1);
        // (Set 65: `Gus` in round 2 is `Augusto "Gus" Medeiros` in the final, not another met again.)
        let told = [Told::of(&note("k/a.md", "2026-11-19", vec![person("Gus")])).unwrap()];
        let mut augusto = person("Augusto Medeiros");
        augusto.called = Some("Gus".to_owned());
        let mut final_round = note("k/b.md", "2026-12-03", vec![augusto]);
        recall(&mut final_round, "- Gus + me — Chicago Fire season tickets", &told);
        let names: Vec<&str> = final_round.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Augusto Medeiros"]);
        let told = [Told::of(&note("k/a.md", "2026-11-12", vec![person("Ron Pulaski")])).unwrap()];
        // Not a word that is a name only by chance, nor in another's name.
        let mut other = note("k/d.md", "2026-11-21", vec![person("Luis Ortega")]);
        recall(&mut other, "met with luis + ronald (ops)", &told);
        assert_eq!(other.people.len(), 1);
    }

    #[test]
    fn a_given_name_shared_by_two_people_met_before_is_neither() {
        let first = note("k/a.md", "2026-11-12", vec![person("Ron Pulaski"), person("Ron Ortega")]);
        let told = [Told::of(&first).unwrap()];
        let mut second = note("k/b.md", "2026-11-19", vec![person("Ron")]);
        recall(&mut second, "", &told);
        assert_eq!(second.sources.get("what was known of Ron"), None);
    }

    // Set 45: at stage two, `Fionnuala asked when I could start` beside Tomás, who showed the
    // writer round, was no one met; and the stage's note, which named only Jess (`email jess w
    // pasta ratio + thx`), made her the interviewer and lost Renata, who ran the day.
    #[test]
    fn one_who_asked_is_met_again_and_one_only_the_plan_names_helped() {
        let first = note("k/2026-11-23-first.md", "2026-11-23", vec![person("Fionnuala Breen"), person("Renata Obi")]);
        let told = [Told::of(&first).unwrap()];
        let mut later = note("k/2026-12-03-second.md", "2026-12-03", vec![person("Tomás Ó Briain")]);
        recall(&mut later, "Tomás took me round. Fionnuala asked when I could start.", &told);
        assert!(later.people.iter().any(|p| p.name == "Fionnuala Breen"), "{:?}", later.people);

        let mut jess = person("Jess");
        jess.kind = Some(Kind::Interviewer);
        let mut stage = note("k/2026-11-24-stage.md", "2026-11-24", vec![jess]);
        stage.sources.insert("person Jess".to_owned(), crate::pipeline::extract::PLANNED.to_owned());
        recall(&mut stage, "renata asked if ive run a wood hearth.\n\nemail jess w pasta ratio + thx\n", &told);
        let kinds: Vec<(&str, Option<Kind>)> = stage.people.iter().map(|p| (p.name.as_str(), p.kind)).collect();
        assert_eq!(kinds, [("Jess", Some(Kind::Helper)), ("Renata Obi", Some(Kind::Interviewer))]);
    }
}
