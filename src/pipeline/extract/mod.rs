//! Extract stage: decides what a parsed note says — company, date, people, highlights, what to
//! clarify — and whether it is an interview note at all.
//!
//! Input is a `Document` from `parse`; output is a `Note` (or the reason the file is not one) and
//! the diagnostics found on the way. Front matter wins over the body field by field. Nothing here
//! knows about channels, due dates or letters: that is `plan`.
//!
//! One idea a module: `keys` is the one synonym table of field names, `front_matter` reads the
//! front matter, `body` the body's fields and sections, `people` decides who a person is,
//! `sections` what a heading means, `dates` how a date is written. This file puts them together
//! and decides whether the file is an interview note.

mod arrows;
mod body;
mod chat;
pub(crate) mod dates;
mod dictation;
mod did;
mod folder;
mod front_lists;
mod front_matter;
mod inbox;
mod job;
pub(crate) mod keys;
mod loose;
pub(crate) use did::away_in;
pub(crate) use loose::split_sentences;
pub(crate) use sent::says_received;
pub mod people;
pub(crate) mod promises;
mod prose;
mod respell;
pub mod sections;
mod sent;
mod spoken;
mod steps;
mod tagged;
pub(crate) mod timeline;
mod unlisted;
mod unread;

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Position};
use crate::model::{Channel, Highlight, Note, Person};
use crate::pipeline::parse::Document;
use crate::pipeline::parse::body::strip_wikilinks;
use crate::pipeline::parse::yaml::{Node, Yaml};
use crate::pipeline::scan::Source;
use crate::text::english;
use crate::text::words::{contains_ignoring_ascii_case, contains_word, without_quotations};
use dates::iso_date_in;
pub(crate) use dates::parse_date;

/// What extraction made of a file.
#[derive(Debug)]
pub enum Outcome {
    /// An interview note.
    Note(Box<Note>),
    /// Not an interview note (a template, a contact card, a README); the reason says which.
    Skipped(String),
    /// An interview note that cannot be built; the diagnostics say why.
    Failed,
}

/// The outcome and the diagnostics about the file.
#[derive(Debug)]
pub struct Extracted {
    pub outcome: Outcome,
    pub diagnostics: Vec<Diagnostic>,
}

/// What `inspect` says gave the date of a note named with a day but no year.
const YEAR_SAVED: &str = "the file name, in the year the file was saved";

/// Extracts a note from a parsed document.
pub fn extract(source: &Source, doc: &Document) -> Extracted {
    // A dictated note's own glossary of what the machine misheard (`shove on = SIOBHAN
    // Gallagher`) is applied first: the note is read as the writer meant it (set 48).
    let heard;
    let reparsed;
    // (And a note kept in its front matter alone is read with its lists written out as the
    // sections of a body: `front_lists`.)
    let (source, doc) = match dictation::applied(&source.text).or_else(|| front_lists::as_sections(&source.text, doc)) {
        Some(text) => match crate::pipeline::parse::parse(&Source { text: text.clone(), ..source.clone() }) {
            Ok(parsed) => {
                heard = Source { text, ..source.clone() };
                reparsed = parsed;
                (&heard, &reparsed)
            }
            Err(_) => (source, doc),
        },
        None => (source, doc),
    };
    let (extracted, respelled) = extract_once(source, doc);
    // A name the note says it misspelled is read again in a text respelled, so that every line
    // naming them names them: `- TY email Wee Ling` and `I told Wei Ling I'd send…` alike (set 47).
    let mut text = source.text.clone();
    for (old, new) in &respelled {
        let (was, is): (Vec<&str>, Vec<&str>) = (old.split(' ').collect(), new.split(' ').collect());
        let (mut i, mut j) = (0, 0);
        while i < was.len() && j < is.len() {
            // (Set 68: `Al Shamsi`, which the note says is written `AlShamsi`: two words as one.)
            if was.get(i + 1).is_some_and(|next| format!("{}{next}", was[i]) == is[j]) {
                text = crate::text::words::replace_word(&text, &format!("{} {}", was[i], was[i + 1]), is[j]);
                (i, j) = (i + 2, j + 1);
                continue;
            }
            if was[i] != is[j] {
                text = crate::text::words::replace_word(&text, was[i], is[j]);
            }
            (i, j) = (i + 1, j + 1);
        }
    }
    if text == source.text {
        return extracted;
    }
    let again = Source { text, ..source.clone() };
    match crate::pipeline::parse::parse(&again) {
        Ok(doc) => extract_once(&again, &doc).0,
        Err(_) => extracted,
    }
}

/// `extract`, once: what the note says, and the names it respells (as the note held them, and
/// as they are spelled).
fn extract_once(source: &Source, doc: &Document) -> (Extracted, Vec<(String, String)>) {
    // (The emails pasted into the note, as written: their subjects may name the job.)
    let mail = doc.mail.iter().filter_map(|m| source.text.get(m.range.clone())).collect::<Vec<_>>().join("\n");
    // (An email pasted into the note is read as nothing but its sender: `parse::mail`.)
    let unmailed;
    let source = match &doc.readable {
        Some(text) => {
            unmailed = Source { text: text.clone(), ..source.clone() };
            &unmailed
        }
        None => source,
    };
    let mut cx =
        Context { path: &source.rel, text: &source.text, diagnostics: Vec::new(), failed: false, template: false };
    let mut note = Note { path: source.rel.clone(), ..Note::default() };
    let mut people = Vec::new();
    let is_contact_card = doc.front.as_deref().is_some_and(front_matter::is_contact_card);
    if let Some(front) = &doc.front {
        cx.front_matter(&mut note, &mut people, front);
    }
    cx.fields(&mut note, &mut people, &doc.body);
    cx.sections(&mut note, &mut people, &doc.body);
    cx.loose(&mut note, &mut people, &doc.body, &source.rel);
    cx.named_alone_in_lists(&mut people, &doc.body);
    tagged::read(&mut note, &doc.body);
    // Those the plan says to write to, whom nothing else named: the one met when nobody else
    // was, else one who helped.
    // (Set 44: `GM interview – Patricia Vance – …` over `- Patricia – … email her today`, `- Denise –
    // quick email`, `- Carl – handwritten card?`: the one the first line names, else the first.)
    let met = people.iter().any(|p| p.kind() == crate::model::Kind::Interviewer);
    let to_write = spoken::to_write_to(&source.text, &people);
    let first_line = first_line_of_body(&source.text);
    let the_one = to_write
        .iter()
        .position(|(p, _, _)| contains_ignoring_ascii_case(first_line, people::first_name(&p.name)))
        .unwrap_or(0);
    // (`- [ ] thank you emails – Ross, Mei Lin, Anika`: those named with the one, met too.)
    let the_line = to_write.get(the_one).map(|(_, _, line)| *line);
    let listed = to_write.iter().filter(|(_, _, line)| Some(*line) == the_line).count();
    for (at, (p, channel, line)) in to_write.into_iter().enumerate() {
        // (Set 71: `- [ ] Ollie + Tahnee cards from round 1 — still haven't 😬 do it`, in the note
        // of round 2: an earlier round's thanks, not a meeting of this one.)
        let planned = source.text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        if did::names_an_earlier_round(planned) {
            continue;
        }
        let with_the_one = at == the_one || Some(line) == the_line;
        // (Set 64: `thank-yous: Rachael (email) [ ], …, Priscilla (card) [ ]`, beside those met: a
        // card is for one who helped, unless the note says they were there.)
        let card = channel == crate::model::Channel::Card && met;
        // (Set 73: `letter – Rachel Ngata, Charge Nurse Manager Ward 7`: a letter is an
        // interviewer's; one who helped gets a card.)
        let letter = channel == crate::model::Channel::Letter;
        let interviewer =
            (with_the_one && (!met || listed >= 2) && !card) || letter || said_to_be_there(&source.text, &p.name);
        let kind = if interviewer { crate::model::Kind::Interviewer } else { crate::model::Kind::Helper };
        let mut person = people::from_body(p, kind, line);
        match channel {
            crate::model::Channel::Email => person.emailed = true,
            other => person.channel = Some(other),
        }
        note.sources.insert(format!("person {}", person.name), PLANNED.to_owned());
        people.push(person);
    }
    people::respect_resolved(&mut people, &source.text);
    people::arrowed_in_full(&mut people, &source.text);
    note.people = merge(people);
    cx.prose(&mut note, &doc.body);
    // (Set 52, an org drawer under `* Panel + presentation`: `Company: Maplewood Credit Union`, `Role:
    // Manager, Member Analytics`: a note's own field, named by its key, is no one met.)
    note.people.retain(|p| keys::body(&sections::normalize(&p.name)).is_none());
    // (Set 63: `Tom – did my mock interview Sunday night (bless)` under a Google Doc's `Other
    // people`: one who helped the writer practise is no one the company should hear from.)
    let lines: Vec<&str> = source.text.lines().collect();
    note.people.retain(|p| {
        let line = p.line.checked_sub(1).and_then(|at| lines.get(at)).map(|l| l.to_lowercase()).unwrap_or_default();
        // (Set 72: `Sam — drilled me on the Kolb cycle question Tues night 💛 (home, not school
        // obviously)`.)
        // (Set 75: `Helen (Prof Helen Ashby, PhD supervisor, referee) -- sent her a heads-up`: one
        // the line names as the writer's referee, before what it says of them, vouches for the
        // writer and is thanked when it is over, not for this interview.)
        let head = [" -- ", " – ", " — ", " - "].iter().fold(line.as_str(), |l, d| l.split(d).next().unwrap_or(l));
        let referee = ["referee", "reference)", "my ref)"].iter().any(|r| head.contains(r));
        // (Set 75: `(Bluey -- Greg's office dog. Important member of staff apparently.)` was a
        // letter to Bluey: one whose title is an animal is no one to write to.)
        let title = p.title.as_deref().unwrap_or_default().to_lowercase();
        let animal =
            ["dog", "cat", "puppy", "kitten", "parrot"].contains(&title.rsplit(' ').next().unwrap_or_default());
        !["mock interview", "practice interview", "mock panel", "practice run", "drilled me", "(home,"]
            .iter()
            .any(|m| line.contains(m))
            && !referee
            && !animal
    });
    // (Set 67: `Her husband Gerhard, the other owner, was meant to come but he was stuck in
    // Johannesburg, so I never met him.`: one a sentence of their own says was not met gets no
    // letter.)
    let not_met = not_met_sentences(&source.text);
    if !not_met.is_empty() {
        let everyone = note.people.clone();
        note.people.retain(|p| !said_not_met(&not_met, p, &everyone) && !not_met_under(&lines, p.line));
    }
    // (Set 41: `Mr. Haugen's regular chemistry class` was "Dear Mr. Haugen's,".)
    for person in &mut note.people {
        if let Some(name) = person.name.strip_suffix("'s").or_else(|| person.name.strip_suffix("’s")) {
            person.name = name.to_owned();
        }
    }
    // (Set 70, a lab notebook: `4. "The Site Head" — put his head in the door ~11:30 for 2 min`: a
    // role named by its article is no one to write to by name.)
    note.people.retain(|p| !(p.name.starts_with("The ") && p.name.split_whitespace().count() >= 2));
    let mut seen = std::collections::HashSet::new();
    note.people.retain(|p| seen.insert(p.name.clone()));
    let writer = the_writer(&source.text, &note.people, source.writer.as_deref());
    note.people.retain(|p| !writer.contains(&p.name));
    prose::formed_corrections(&mut note);
    // (Set 45: `Tomás also said one of the surgeons is "an absolute nightmare for cefuroxime"
    // which, grand, good to know, not repeating it.` was recalled to Tomás.)
    note.highlights.retain(|h| !kept_to_self(&h.text));
    note.clarifications.retain(|c| !kept_to_self(c) && !thanks_to_send(c));
    for h in &mut note.highlights {
        h.text = without_asides_in_own_voice(&h.text);
        // `Dr. Lindqvist perked up when I mentioned…` under a heading: said plainly, as a
        // sentence of prose is ("took a real interest when…").
        if let Some(rest) = after_a_name(&h.text, &note.people) {
            let plain = prose::plainly(rest);
            if plain != rest {
                h.text = format!("{}{plain}", &h.text[..h.text.len() - rest.len()]);
            }
        }
        // `Change-order log story (Roz)`, `… without being asked (Devendra smiled)`: brackets that
        // say whose it is are no part of it.
        let tag = h.text.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once(" ("));
        if let Some((rest, tag)) = tag {
            let (who, did) = tag.split_once(' ').unwrap_or((tag, ""));
            let reaction = did.is_empty() || ["smiled", "laughed", "nodded", "grinned", "agreed"].contains(&did);
            let tagged = note.people.iter().find(|p| {
                // (`[[Rosalind Achterberg|Roz]]`: whatever the note calls them.)
                let alias = source.text.contains(&format!("[[{}|{who}]]", p.name));
                who == people::first_name(&p.name) || alias
            });
            if let Some(p) = tagged.filter(|_| reaction) {
                h.about = vec![p.name.clone()];
                h.text = rest.trim_end().to_owned();
            }
        }
    }
    drop_repeats(&mut note.highlights, |h| &h.text);
    drop_repeats(&mut note.clarifications, |c| c);
    drop_repeats(&mut note.next_steps, |s| s);
    note.highlights = about(std::mem::take(&mut note.highlights), &note.people);
    warn_of_unlisted_names(&mut cx, &note);
    fill_in(&mut note, source, doc);
    if note.position.is_none() {
        if let Some(position) = note.company.as_deref().and_then(|c| position_at(&doc.body.text, c)) {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "the words before the company".to_owned());
        }
    }
    // (Set 60: `Isarflug Systems GmbH, Ottobrunn. Stelle: Konstrukteur Flugsteuerungsaktuatorik (Design
    // Engineer Flight Control Actuators). Zweitgespräch, …`: a label that names the job, inside
    // the note's opening lines.)
    if note.position.is_none() {
        let opening = doc.body.text.lines().take(6).collect::<Vec<_>>().join(" ");
        let labelled = [". Stelle: ", ". Poste : ", ". Poste: ", ". Position: ", ". Role: "].iter().find_map(|label| {
            let rest = &opening[opening.find(label)? + label.len()..];
            let job = rest.split(". ").next()?.trim().trim_end_matches('.');
            (!job.is_empty() && job.split_whitespace().count() <= 12).then(|| job.to_owned())
        });
        if let Some(position) = labelled {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "a label in the opening lines".to_owned());
        }
    }
    // (Set 60, Apple Notes: `THE JOB` over `• Director of Catering & Events, The Alcázar Brickell
    // (Isla Verde Hospitality's flagship)`: the job its first line names.)
    if note.position.is_none() {
        const JOB: &[&str] = &["the job", "job", "the role", "role", "position", "the position", "le poste", "poste"];
        let section = doc.body.sections.iter().find(|s| JOB.contains(&sections::normalize(&s.heading).as_str()));
        // (Or a label of its own over the list, as plain text writes a heading.)
        let labelled = || {
            doc.body.sections.iter().find_map(|s| {
                let label = s.paragraphs.iter().find(|p| JOB.contains(&sections::normalize(&p.text).as_str()))?;
                s.items.iter().find(|i| i.line == label.line + 1).map(|i| i.text.as_str())
            })
        };
        let first = section.and_then(|s| s.items.first().map(|i| i.text.as_str())).or_else(labelled);
        let job = first.map(|t| t.split([',', '(', ';']).next().unwrap_or(t).split(" — ").next().unwrap_or(t).trim());
        if let Some(job) =
            job.filter(|j| j.split_whitespace().count() <= 8 && j.split_whitespace().any(people::is_title_word))
        {
            note.position = Some(job.to_owned());
            note.sources.insert("position".to_owned(), "the first line under the job's heading".to_owned());
        }
    }
    if note.position.is_none() {
        if let Some(position) = hurried_position(&doc.body.text) {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "a hurried line that names the job".to_owned());
        }
    }
    if note.position.is_none() {
        // (Set 60: `WCAC panel 12/2⏎Wed Dec 2, 11:30am ET …⏎Special Events & Rentals Manager`: the note's
        // lines as written, a paragraph's soft breaks kept.)
        let written = source.text.get(doc.body_offset..).unwrap_or_default();
        if let Some(position) = job_in_opening(&doc.body.text).or_else(|| job_in_opening(written)) {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "the note's opening lines".to_owned());
        }
    }
    if note.position.is_none() {
        // (The note's lines as written, OCR's digits read: the body's text joins a paragraph's.)
        let lines = doc.readable.as_deref().unwrap_or(&source.text).get(doc.body_offset..).unwrap_or_default();
        // (Set 69: not the first line's `(executive / final interview)` over `▶ Position: …`.)
        let labelled = || job::labelled(lines, note.company.as_deref(), &[]).is_some();
        if let Some(position) =
            note.company.as_deref().filter(|_| !labelled()).and_then(|c| job_beside_company(lines, &mail, c))
        {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "a line that names the company".to_owned());
        }
    }
    if note.position.is_none() {
        let written = source.text.get(doc.body_offset..).unwrap_or_default();
        let titles: Vec<&str> =
            note.people.iter().chain(&note.not_thanked).filter_map(|p| p.title.as_deref()).collect();
        if let Some(position) = job::labelled(written, note.company.as_deref(), &titles) {
            note.position = Some(position);
            note.sources.insert("position".to_owned(), "a line labelled with the job".to_owned());
        }
    }
    // (Set 70, a transcript's caption: `Position: Senior Litigation Paralegal` under the firm's
    // name; the label is no part of the job.)
    let unlabelled = |p: String| {
        let label = ["Position:", "Role:", "Job:", "Post:", "Poste :", "Poste:"].iter().find(|l| p.starts_with(**l));
        label.map_or(p.clone(), |l| p[l.len()..].trim().to_owned())
    };
    note.position =
        note.position.take().map(unlabelled).map(|p| posted_as(&p)).and_then(|p| one_job(&p)).map(|p| unhedged(&p));
    // (Set 72: `Role: **Teacher of Science (Chemistry) Yrs 9–12**, 2027 start`: the bold job,
    // without when it starts.)
    if let Some(p) = note.position.as_mut() {
        if let Some((job, after)) = p.split_once(", ") {
            let dated = after
                .split_whitespace()
                .any(|w| w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()));
            if dated && after.split_whitespace().count() <= 3 && job.contains("**") {
                *p = job.to_owned();
            }
        }
        if p.starts_with("**") && p.ends_with("**") && p.matches("**").count() == 2 {
            *p = p.trim_matches('*').trim().to_owned();
        }
    }
    // (Set 48: `# Fluxa – erstes Vorstellungsgespräch (hiring manager)`: whom the interview was
    // with, not the job.)
    const WHOM_NOT_JOB: &[&str] = &["hiring manager", "recruiter", "hr", "the hiring manager", "hm", "panel"];
    // (Set 67, letters to a mentor: `Dear Chef,` opens each; the position was "Dear Chef".)
    let greeting = |p: &str| p.starts_with("Dear ") || p.starts_with("Hi ") || p.starts_with("Hello ");
    if note.position.as_deref().is_some_and(|p| WHOM_NOT_JOB.contains(&p.to_lowercase().as_str()) || greeting(p)) {
        note.position = None;
        note.sources.remove("position");
    }
    // (Set 47: `Snr Management Accountant` is the Senior Management Accountant role; set 51: `Ops
    // Manager`, `Gen Manager` written out. A front-matter key's value stays as the writer typed
    // it: `position: "Lead: Ops"`.)
    if !note.sources.get("position").is_some_and(|s| s.starts_with('`')) {
        note.position = note.position.take().map(|p| people::title_written_out(&p));
    }
    // (`job: estimator`: a hurried note's job in lower case is the title a letter gives it.)
    if let Some(p) = note.position.as_mut().filter(|p| !p.chars().any(char::is_uppercase)) {
        *p = people::title_cased(p);
    }
    arrows::route(&mut note);
    note.unread = unread::unread(&note, &doc.body);
    if let Some(date) = note.date.filter(|_| note.sources.get("date").is_some_and(|s| s == YEAR_SAVED)) {
        cx.diagnostics.push(
            Diagnostic::warning(
                cx.path,
                Position::FILE,
                format!(
                    "the file name gives a day but no year: read as {}, the last such day before the file was saved",
                    crate::text::english::full_date(date)
                ),
            )
            .with_help(format!("write the year in the file name or add `date: {date}` to the front matter")),
        );
    }
    unshout_names(&mut note, &source.text);
    for p in note.people.iter_mut().chain(&mut note.not_thanked).chain(&mut note.met_in_passing) {
        p.title = p.title.take().map(|t| people::title_written_out(&t));
    }
    let respelled = respell::respelled(&source.text, &note.people);
    rename(&mut note, &respelled);
    one_address_one_person(&mut note.people);
    what_they_did_plainly(&mut note);
    // (The body's lines: the front matter's `thanked:` is the note's own.)
    let body = doc.readable.as_deref().unwrap_or(&source.text).get(doc.body_offset..).unwrap_or_default();
    note.sent_lines = sent::sent_lines(body, note.date);
    // (Set 64: `[UPDATE 13 Nov: emailed Will (thanks + report) ✔ and Rachael (…) ✔. Hemi letter
    // posted ✔.]`: what went out since, to those it names.)
    // (Only one ticked off, or that says it was thanks: `Arranged everything, sent directions` in
    // a spreadsheet's row is what she did.)
    let ticked = |l: &&crate::model::SentLine| {
        ["✔", "✓", "✅", "☑", "[x]"].iter().any(|t| l.text.contains(t))
            || contains_ignoring_ascii_case(&l.text, "thank")
    };
    let since = |l: &&crate::model::SentLine| note.date.zip(l.day).is_some_and(|(date, day)| day >= date);
    let updates: Vec<String> = note.sent_lines.iter().filter(since).filter(ticked).map(|l| l.text.clone()).collect();
    for line in &updates {
        sent::thank_recipients(line, &mut note.people);
    }
    note.spelled_wrong = sent::spelled_wrong(&source.text, &note.people);
    let file_name = source.rel.rsplit('/').next().unwrap_or(&source.rel);
    let looks_like_interview = note.records_the_meeting()
        || doc.body.title.as_deref().is_some_and(folder::names_interview)
        || folder::names_interview(file_name);
    let outcome = cx.outcome(note, is_contact_card);
    if matches!(outcome, Outcome::Skipped(_)) {
        cx.diagnostics.retain(Diagnostic::is_error);
        // A note about an interview is never skipped in silence (issue 13): `check` says why.
        if looks_like_interview && !cx.template && !is_contact_card {
            cx.diagnostics.push(
                Diagnostic::warning(
                    cx.path,
                    Position::START,
                    "this looks like an interview note, but it names no company and no date with people or highlights: it is skipped",
                )
                .with_help("add `company:` and `date:` to its front matter, or keep it in its company's folder with the date in its file name"),
            );
        }
    }
    (Extracted { outcome, diagnostics: cx.diagnostics }, respelled)
}

/// The company a title line names before the job (`BRINDLE OPTICS — Firmware Engineer —
/// 2026-09-14`, `Acme | Staff Engineer | onsite`): its first part, when another part is a job and
/// one more a day or a stage. Written in capitals, it is written as a name.
fn company_in_title_line(line: &str) -> Option<String> {
    // (Set 63, a CRM record: `=====…` over `OPPTY: BRIGHTLINE DIAGNOSTICS — Key Account Manager…`,
    // run together: the banner and the record's label are no part of the company.)
    let line = line.trim_start_matches(['#', '=', '*', ' ']).trim();
    let parts: Vec<&str> = [" — ", " – ", " - ", " | ", " / "]
        .iter()
        .find(|sep| line.matches(*sep).count() >= 2)
        .map(|sep| line.split(sep).map(str::trim).collect())?;
    let titled = |p: &str| p.split_whitespace().any(people::is_title_word);
    let dated_or_staged =
        |p: &str| parse_date(p).is_some() || iso_date_in(p).is_some() || folder::stage_in(p).is_some();
    let first = parts[0];
    let first = first.rsplit_once(": ").map_or(first, |(_, company)| company.trim());
    let fits = !first.is_empty()
        && first.split_whitespace().count() <= 4
        && !titled(first)
        && !dated_or_staged(first)
        && parts[1..].iter().any(|p| titled(p))
        && parts[1..].iter().any(|p| dated_or_staged(p));
    // (Set 63: `DRR – Senior Policy Advisor – Round 3 (final)`: an acronym stays in capitals.)
    let acronym = !first.contains(' ') && (2..=4).contains(&first.chars().count());
    fits.then(|| {
        if first.chars().any(char::is_lowercase) || acronym {
            first.to_owned()
        } else {
            folder::capitalised(&first.to_lowercase())
        }
    })
}

/// The first line of a note's text after its front matter, without a list marker.
pub(super) fn first_line_of_body(text: &str) -> &str {
    body_lines(text).next().unwrap_or_default()
}

/// The lines of a note's text after its front matter, trimmed, without list markers; blank
/// lines left out.
pub(super) fn body_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).peekable();
    if let Some(fence) = lines.peek().copied().filter(|l| *l == "---" || *l == "+++") {
        lines.next();
        for line in lines.by_ref() {
            if line == fence {
                break;
            }
        }
    }
    lines.map(|l| l.trim_start_matches(['-', '*', '+', ' ', '\t']))
}

/// The channels the employer set, as the note tells it: `Email thank-yous directly, everyone's
/// fine with it — except Lionel, he's old school. Write him a card and I'll put it on his desk.`
/// Those with an address are emailed, but the one excepted; one the note says to write a card or
/// a handwritten note to (`| Lionel Ferrante | … | handwritten note via Camille |`) gets a card.
fn channels_as_told(text: &str, people: &mut [Person]) {
    const INVITED: &[&str] = &[
        "email thank-yous directly",
        "email thank yous directly",
        "email thank-you notes directly",
        "email them directly",
        "email everyone directly",
        "fine to email",
        "ok to email",
        "okay to email",
        "fine with email",
    ];
    const CARD: &[&str] = &[
        "handwritten note",
        "handwritten card",
        "write him a card",
        "write her a card",
        "prefers a card",
        // (`email Helen, and a card to Walt`, `Jesse — thank-you card + a box of morning buns`.)
        "a card to ",
        "thank-you card",
        "thank you card",
        // (Set 43: `Note to Jake — handwritten, mail it to the branch`.)
        "— handwritten",
        "- handwritten",
    ];
    inbox::through_inbox(text, people);
    let snapshot = people.to_vec();
    let lines: Vec<&str> = text.lines().collect();
    for (i, &line) in lines.iter().enumerate() {
        let lower = line.to_lowercase().replace('’', "'");
        // (Set 60: `• Jonathan Pereira — General Manager` over `◦ gave me his card, said "email me
        // anything, I answer at night"`: an item under someone's is about them.)
        let entry = entry_of(&lines, i, &snapshot);
        let named = |p: &Person| prose::names(line, p, &snapshot);
        // (`Ms. Ortiz and Mr. Doan can get emails.`: those the sentence names; `Thank-you emails
        // to Lorna and Carlos`: those it says to email.)
        const THEY_MAY: &[&str] = &["can get emails", "can get an email", "can be emailed", "can get email"];
        for sentence in loose::split_sentences(line) {
            let said = sentence.to_lowercase();
            let may = THEY_MAY.iter().any(|w| said.contains(w)) && !said.contains("n't") && !said.contains(" not ");
            // (`No emails for either — Priyanka said to just reply to her invite thread`: a clause
            // after a dash says something of its own.)
            // (Set 61, a bullet journal's task: `• thank-you emails — Mik, Fiona, Priya`, the
            // emails and whom they go to.)
            let sentence = ["thank-you emails — ", "thank you emails — ", "thank-you emails: ", "thank you emails: "]
                .iter()
                .find_map(|lead| {
                    let at = sentence.to_ascii_lowercase().find(lead)?;
                    Some(format!("{}thank-you emails to {}", &sentence[..at], &sentence[at + lead.len()..]))
                })
                .unwrap_or_else(|| sentence.to_string());
            let told: Vec<String> =
                sentence.split(" — ").flat_map(|clause| emailed_as_told(clause, entry, &snapshot)).collect();
            // (`She's going to email me some dates… Email came from cmendes@riverbendvet.com`: one
            // whose address a mail came from has written.)
            // (`he sent the invite from mike.pratt@brightlinefc.com`.)
            let wrote = [
                "came from ",
                "email from ",
                "emailed from ",
                "emailed me from ",
                "sent from ",
                "wrote from ",
                "invite from ",
            ]
            .iter()
            .any(|w| said.contains(w));
            for p in people.iter_mut() {
                let from_them = wrote && p.email.as_deref().is_some_and(|e| said.contains(&e.to_lowercase()));
                let asked = (told.contains(&p.name) || from_them) && p.channel.is_none();
                if asked || (may && prose::names(&sentence, p, &snapshot)) {
                    p.emailed = true;
                }
            }
        }
        if INVITED.iter().any(|w| lower.contains(w)) && !lower.contains("don't") && !lower.contains("do not") {
            // (`— except Lionel`: the one named after "except" is not.)
            let excepted = |p: &Person| lower.find("except").is_some_and(|at| prose::names(&line[at..], p, &snapshot));
            for p in people.iter_mut().filter(|p| p.email.is_some() && p.channel.is_none() && !excepted(p)) {
                p.emailed = true;
            }
        }
        if let Some(at) = CARD.iter().filter_map(|w| lower.find(w)).min() {
            // (Set 61: `- Handwritten thank-you letter for Yamaguchi buchō`: a letter, by hand.)
            let noun = lower[at..]
                .split_whitespace()
                .take(5)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|w| ["letter", "card", "note"].contains(w));
            let channel =
                if noun == Some("letter") { crate::model::Channel::Letter } else { crate::model::Channel::Card };
            // Whom the card is for: named after the words (`handwritten card for Dot`), else on
            // the table's row (`| Lionel Ferrante | … | handwritten note via Camille |`), else
            // the one excepted (`except Lionel… Write him a card`).
            // (`via Camille` says who carries it, not whom it is for.)
            let rest = line.get(at..).unwrap_or(line);
            // (The nearer of the two: `cards to Ingrid, Tom and Gloria… And one for Marisol`.)
            let for_whom = [" for ", " to "]
                .iter()
                .filter_map(|w| rest.find(w).map(|i| (i, &rest[i + w.len()..])))
                .min_by_key(|(i, _)| *i)
                .map(|(_, after)| after);
            // (`handwritten cards to Ingrid, Tom and Gloria, which I'll drop…`: each it names.)
            let for_whom = for_whom.unwrap_or_default();
            let for_whom = for_whom.split(['(', '.', ';', '—']).next().unwrap_or_default();
            let for_whom = for_whom.split(", which").next().unwrap_or_default();
            let for_whom: String = for_whom.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            let after: Vec<String> =
                snapshot.iter().filter(|p| prose::names(&for_whom, p, &snapshot)).map(|p| p.name.clone()).collect();
            let row: Vec<String> = snapshot.iter().filter(|p| named(p)).map(|p| p.name.clone()).collect();
            // (`Len asked for a handwritten card`: the one the sentence is about; `He keeps every
            // handwritten note… So: handwritten card for him`: the last one named before it.)
            let pronoun = for_whom.is_empty()
                || ["him", "her", "them"]
                    .iter()
                    .any(|w| for_whom.to_lowercase().split([' ', ',', '.']).next() == Some(w));
            let named_before = || {
                // (`at` is where the words are in the lower-cased line; a line whose lower case
                // moved its bytes is read whole.)
                let before = loose::split_sentences(line.get(..at).unwrap_or(line));
                let here = before.last().map(String::as_str).unwrap_or_default();
                let singly = |s: &str| prose::person_in(s, &snapshot).map(|i| snapshot[i].name.clone());
                let asked = ["asked for", "wants", "prefers", "would like", "likes"].iter().any(|w| here.contains(w));
                match (asked, for_whom.is_empty()) {
                    (true, _) => singly(here),
                    (false, false) => before.iter().rev().find_map(|s| singly(s)),
                    // (`Jesse — thank-you card + …`: the one the line opens with.)
                    (false, true) => singly(here)
                        .filter(|_| here.split_whitespace().filter(|w| w.contains(char::is_alphabetic)).count() <= 3),
                }
            };
            if after.len() > 1 {
                for p in people.iter_mut().filter(|p| after.contains(&p.name)) {
                    p.channel = Some(channel);
                }
                continue;
            }
            let one = match (&after[..], &row[..]) {
                ([one], _) => Some(one.clone()),
                ([], [one, ..]) if line.trim_start().starts_with('|') => Some(one.clone()),
                _ => lower
                    .find("except")
                    .and_then(|at| {
                        snapshot.iter().find(|p| prose::names(&line[at..], p, &snapshot)).map(|p| p.name.clone())
                    })
                    .or_else(|| pronoun.then(named_before).flatten())
                    // (`Note to Jake — handwritten, mail it to the branch`: the one a short line
                    // opens with, when what follows names nobody.)
                    .or_else(|| {
                        let opening = line.get(..at).unwrap_or_default();
                        let short = opening.split_whitespace().count() <= 4;
                        short.then(|| prose::person_in(opening, &snapshot).map(|i| snapshot[i].name.clone())).flatten()
                    }),
            };
            if let Some(p) = people.iter_mut().find(|p| one.as_ref() == Some(&p.name)) {
                p.channel = Some(channel);
            }
        }
    }
}

/// Addresses the note gives outside anyone's line (`Lorna gave me his email:
/// cmedina@harborlightsliteracy.org`), each given to the one person without an address whose
/// name it spells (`cmedina`, `carlos.medina`, `medinac`, `carlos`).
fn addresses_by_name(text: &str, people: &mut [Person]) {
    let known: Vec<String> = people.iter().filter_map(|p| p.email.as_ref().map(|e| e.to_lowercase())).collect();
    for line in text.lines() {
        let mut rest = line;
        while let Some((_, end, email)) = people::find_email(rest) {
            rest = &rest[end..];
            if known.contains(&email.to_lowercase()) || !crate::text::email::is_address(&email) {
                continue;
            }
            let local: String = email
                .split('@')
                .next()
                .unwrap_or_default()
                .to_lowercase()
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect();
            let spells = |p: &Person| {
                // (`pnunez` for Priscilla Nuñez: the name's letters without their accents.)
                let key = crate::text::slug::slug(&people::name_key(&p.name));
                let words: Vec<String> =
                    key.split('-').map(|w| w.chars().filter(char::is_ascii_alphabetic).collect()).collect();
                let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
                let initial = first.chars().next().map(String::from).unwrap_or_default();
                // (Set 47: `weeling.ng@` for Ng Wee Ling, her family name first.)
                let letters =
                    |w: &str| -> String { w.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect() };
                let (given, family) = (letters(people::first_name(&p.name)), letters(people::last_name(&p.name)));
                words.len() >= 2
                    && [
                        format!("{first}{last}"),
                        format!("{initial}{last}"),
                        format!("{last}{first}"),
                        format!("{last}{initial}"),
                        format!("{first}{}", last.chars().next().unwrap_or_default()),
                        format!("{given}{family}"),
                        format!("{family}{given}"),
                    ]
                    .contains(&local)
                    // (Set 57: `rafi@cobalthour.example`, in Rafi Amsalem's lines, "you can email
                    // me".)
                    || (given.len() >= 3 && local == given)
                    // (Set 62: `daniel.han@` for `Daniel = Han Dong-hyun`: the name he goes by, and
                    // his family name.)
                    || people::called_in(text, &p.name)
                        .is_some_and(|c| [letters(&c), format!("{}{family}", letters(&c))].contains(&local))
            };
            let owners: Vec<usize> =
                (0..people.len()).filter(|&i| people[i].email.is_none() && spells(&people[i])).collect();
            // (Set 46: `- Luis - EMAIL. card: lybarra@bayoufresh.com`, Luis known by his given name
            // alone: the one the line names, whose initial the address opens with.)
            let named: Vec<usize> = (0..people.len())
                .filter(|&i| people[i].email.is_none() && prose::names(line, &people[i], people))
                .collect();
            // (`lybarra` for Luis, whom the note also calls `LUIS YBARRA`: his initial and the
            // family name the note writes after his given name.)
            let lower_text = text.to_lowercase();
            let initial = |p: &Person| {
                let given = people::first_name(&p.name).to_lowercase();
                let family = given.chars().next().and_then(|c| local.strip_prefix(c)).filter(|f| f.len() >= 3);
                !people::name_key(&p.name).contains(' ')
                    && family.is_some_and(|f| crate::text::words::contains_word(&lower_text, &format!("{given} {f}")))
            };
            // (Set 48: `- Kavya – kavya.p@zestmark.com`: one known by a given name alone, whose
            // address opens with it, on a line that names her.)
            let opens_with_given = |p: &Person| {
                let given: String =
                    people::first_name(&p.name).to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
                !people::name_key(&p.name).contains(' ') && given.len() >= 3 && local.starts_with(&given)
            };
            if let [one] = owners[..] {
                people[one].email = Some(email);
            } else if let ([], [one]) = (&owners[..], &named[..]) {
                if initial(&people[*one]) || opens_with_given(&people[*one]) {
                    people[*one].email = Some(email);
                }
            }
        }
    }
}

/// Each one a line of thanks by entry names, with the channel its entry gives first: `Thank-yous:
/// Fernanda (email), Gui (email, short + repo), Letícia (email, reply on her thread), Bruno – email
/// thanking for the referral`. Only a line under a label of thanks.
fn thanks_by_entry(line: &str, people: &[Person]) -> Vec<(usize, Channel)> {
    let item = line.trim_start_matches(['-', '*', '+', '•', ' ', '\t']);
    let Some((label, rest)) = item.split_once(": ") else { return Vec::new() };
    let label = label.to_lowercase();
    if !["thank-yous", "thank yous", "thank-you", "thank you", "thanks", "ty"].contains(&label.trim()) {
        return Vec::new();
    }
    // The entries, split at the commas outside brackets.
    let mut entries = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                entries.push(&rest[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    entries.push(&rest[start..]);
    entries
        .into_iter()
        .filter_map(|entry| {
            let entry = entry.trim();
            let (who, how) = match entry.split_once(" (") {
                Some((who, how)) => (who, how),
                None => [" – ", " — ", " - "].iter().find_map(|d| entry.split_once(d))?,
            };
            let first = how.split([' ', ',', ')']).next().unwrap_or_default().to_lowercase();
            let channel = match first.as_str() {
                "email" | "e-mail" | "mail" => Channel::Email,
                "card" => Channel::Card,
                "letter" => Channel::Letter,
                _ => return None,
            };
            let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(who, &people[i], people)).collect();
            match named[..] {
                [one] if who.split_whitespace().count() <= 3 => Some((one, channel)),
                _ => None,
            }
        })
        .collect()
}

/// The line an indented list item that names nobody belongs to: the nearest item above it, less
/// indented, when that names one person; else the line itself.
fn entry_of<'t>(lines: &[&'t str], at: usize, people: &[Person]) -> &'t str {
    let line = lines[at];
    let depth = |l: &str| l.len() - l.trim_start().len();
    let named = |l: &str| people.iter().filter(|p| prose::names(l, p, people)).count();
    let item = |l: &str| l.trim_start().starts_with(['-', '*', '+', '•', '◦', '▪']);
    if depth(line) == 0 || !item(line) || named(line) > 0 {
        return line;
    }
    let parent = lines[..at].iter().rev().filter(|l| !l.trim().is_empty()).find(|l| depth(l) < depth(line));
    match parent {
        Some(parent) if item(parent) && named(parent) == 1 => parent,
        _ => line,
    }
}

/// The line a list's item belongs to when the list sits under a name alone on its line (set 61:
/// `Henrique` over `- he hates email, said: "anything for me, send through Dani"`), else
/// `entry_of`'s.
fn entry_or_label_of<'t>(lines: &[&'t str], at: usize, people: &[Person]) -> &'t str {
    let entry = entry_of(lines, at, people);
    if !std::ptr::eq(entry, lines[at]) || !lines[at].trim_start().starts_with(['-', '*', '+', '•', '–']) {
        return entry;
    }
    let named: Vec<&Person> = people.iter().filter(|p| prose::names(lines[at], p, people)).collect();
    // Up the list to the line above it: a name alone, of one person the item does not name.
    let above = lines[..at].iter().rev().find(|l| !l.trim_start().starts_with(['-', '*', '+', '•', '–']));
    let labelled: Vec<&Person> =
        above.map_or_else(Vec::new, |l| people.iter().filter(|p| prose::names(l, p, people)).collect());
    match (above, &labelled[..]) {
        (Some(label), [one])
            if !label.trim().is_empty()
                && label.split_whitespace().count() <= 3
                && !named.iter().any(|p| p.name == one.name) =>
        {
            label
        }
        _ => entry,
    }
}

/// Those a sentence of `line` says to email: `dwayne email is fine`, `jenna said email is fine
/// for all` (everyone with an address), `Thank-you emails to Lorna and Carlos`, `email Mrs. P the
/// density lab`; and those who asked to be emailed, or wrote first (`Priscilla said email her
/// directly is fine`, `Bev emailed me herself`). Not `gary does NOT do email`, nor `don't email Lo`.
fn emailed_as_told(sentence: &str, line: &str, people: &[Person]) -> Vec<String> {
    // (`She said email her at … with questions, but … I shouldn't send him anything`: a clause
    // after "but" says something else.)
    let sentence = sentence.replace('’', "'");
    let sentence = sentence.split(", but ").next().unwrap_or_default();
    // (ASCII lower case keeps every byte where it was: positions in `lower` hold in `sentence`.)
    let lower = sentence.to_ascii_lowercase();
    // (`I'll send a short thank-you email to Brent and Tanya tonight, … and not overpromise`: a
    // "not" after the email is about something else.)
    let upto = lower.find("email").map_or(lower.len(), |at| (at + "email".len()).min(lower.len()));
    // (Set 55: not the "never" in `he said "shoot me a note whenever"`.)
    let refused = ["n't", " not ", "no email"].iter().any(|w| lower[..upto].contains(w))
        || contains_word(&lower[..upto], "never");
    if refused {
        return Vec::new();
    }
    // (`Thank-you: email Helen, and a card to Walt`, `thanks - short email to both tonight`: the
    // label says what the rest is for.)
    let (sentence, lower) = match [
        "thank-you: ",
        "thank-yous: ",
        "thank you: ",
        "thanks: ",
        "thanks - ",
        "thank you - ",
        // (Set 41: `thank u - email tasha + jess`.)
        "thank u: ",
        "thank u - ",
        "thank-you - ",
    ]
    .iter()
    .find_map(|l| lower.trim_start_matches(['-', '*', ' ', '\t']).strip_prefix(l))
    {
        Some(rest) => (&sentence[sentence.len() - rest.len()..], rest.to_owned()),
        None => (sentence, lower),
    };
    let names = |text: &str| -> Vec<String> {
        people.iter().filter(|p| prose::names(text, p, people)).map(|p| p.name.clone()).collect()
    };
    // The one who said it, named before the words, or the one the line names when a pronoun
    // (or nothing) stands for them: `Ben (he said email is fine)`, `phil does his own hiring.
    // said email him direct`.
    // (Someone only when one person is named.)
    let only = |text: &str| -> Vec<String> {
        let named = names(text);
        if named.len() == 1 { named } else { Vec::new() }
    };
    let speaker = |before: &str| if names(before).is_empty() { only(line) } else { only(before) };
    // (`Priscilla said email her directly is fine`, `She said email her at sunita.rao@…`: one who
    // asked to be emailed; `Bev emailed me herself from bokonkwo@…`: one who wrote first.)
    const ASKED: &[&str] = &[
        "said email her",
        "said email him",
        // (`Kyle said just email him directly`.)
        "said just email her",
        "said just email him",
        "said to email her",
        "said to email him",
        "said i could email her",
        "said i could email him",
        "said i can email her",
        "said i can email him",
        "asked me to email her",
        "asked me to email him",
        "told me to email her",
        "told me to email him",
        // (`she gave me her email finally!! marguerite@… - said "ok you can email me directly now"`.)
        "you can email me",
        "email me directly",
        // (Set 55: `ryan.castellano@… -- he said "shoot me a note whenever"`, `anj = anjali.mehra@…
        // (she said "email me the PDF")`, `her email…: "email me if any question about the rota"`.)
        "shoot me a note",
        "shoot me an email",
        "drop me a note",
        "drop me a line",
        "drop me an email",
        "email me the ",
        "email me if ",
        "email me any",
        // (Set 61: `TJ = Tom Jablonski — … "just email me" → tj.jablonski@…`.)
        "just email me",
        // (`Priyanka said to just reply to her invite thread and she'd forward`: her thread is
        // mail she sent.)
        "reply to her invite",
        "reply to his invite",
        "reply to her email",
        "reply to his email",
        "reply to her thread",
        "reply to his thread",
        "emailed me",
        "e-mailed me",
        // (Set 48: `Kavya – kavya.p@zestmark.com (invite came from her, …)`, `Kavya (EA to
        // Arvind) sent the invite`: the invite was mail of theirs.)
        "invite came from her",
        "invite came from him",
        "sent me the invite",
        "sent the invite",
        "sent the calendar invite",
        "sent the joining instructions",
    ];
    if let Some(at) = ASKED.iter().find_map(|w| lower.find(w)) {
        return speaker(sentence.get(..at).unwrap_or_default());
    }
    const FINE: &[&str] = &["email is fine", "email's fine", "email is ok", "email is okay", "emailing is fine"];
    if let Some(at) = FINE.iter().find_map(|w| lower.find(w)) {
        let rest = &lower[at..];
        if ["for all", "for everyone", "for everybody", "all of them"].iter().any(|w| rest.contains(w)) {
            return people.iter().filter(|p| p.email.is_some()).map(|p| p.name.clone()).collect();
        }
        // (The one it is fine for, named right before: not the one who said so; or the one a
        // pronoun that said it stands for, `Ben (he said email is fine)`.)
        let before = sentence.get(..at).unwrap_or_default();
        return match before.rsplit_once(" said ") {
            Some((subject, after)) if names(after).is_empty() => {
                let pronoun = subject
                    .rsplit([' ', '('])
                    .next()
                    .is_some_and(|w| ["he", "she", "they"].contains(&w.to_lowercase().as_str()));
                if pronoun { speaker(subject) } else { Vec::new() }
            }
            Some((_, after)) => only(after),
            None => only(before),
        };
    }
    // (`HR said send ONE email to Nate and he'll distribute to the panel`.)
    for lead in [
        "thank-you emails to ",
        "thank you emails to ",
        "thank-you email to ",
        "emails to ",
        "send one email to ",
        // (`an email to Peg tonight, and handwritten cards to…`, `short email to both tonight`.)
        "email to ",
    ] {
        if let Some(at) = lower.find(lead) {
            // (`… to Lorna and Carlos (Lorna gave me his email: …)`: the names before the bracket.)
            let rest = sentence.get(at + lead.len()..).unwrap_or_default();
            // (Set 41: `One email to panel (Craig, Brent) + separate one to Ana`: the panel is
            // those in the brackets, and another email goes to the one after "one to".)
            let mut also = Vec::new();
            if let Some(after) = rest.to_ascii_lowercase().find(" one to ").map(|i| &rest[i + " one to ".len()..]) {
                also = names(after.split([',', '.', ';', '(']).next().unwrap_or_default());
            }
            let group = ["panel (", "the panel (", "team (", "the team (", "both ("]
                .iter()
                .find_map(|g| rest.to_ascii_lowercase().starts_with(g).then(|| &rest[g.len()..]));
            if let Some(inside) = group {
                let mut named = names(inside.split(')').next().unwrap_or_default());
                named.extend(also.into_iter().filter(|a| !named.contains(a)).collect::<Vec<_>>());
                return named;
            }
            // (Not at the stop of `Dr. Yoon`.)
            let stop = rest
                .match_indices('.')
                .map(|(i, _)| i)
                .find(|&i| !people::is_abbreviated_honorific(rest[..i].rsplit(' ').next().unwrap_or_default()));
            let end = rest.find(['(', ';', '—']).into_iter().chain(stop).min().unwrap_or(rest.len());
            let rest = &rest[..end];
            // (`Renata said send ONE email to her and she'll forward to Douglas and Pat`: those it
            // goes to, not those she forwards it to; "her" is the one who said it.)
            // (`one email to Judith asking her to share my thanks with Desmond and Carol`.)
            let to = [" and she", " and he", ", she", ", he", " who ", " asking ", " to share ", " to pass "]
                .iter()
                .filter_map(|w| rest.to_ascii_lowercase().find(w))
                .min()
                .map_or(rest, |end| &rest[..end]);
            if ["her", "him"].contains(&to.trim().to_ascii_lowercase().as_str()) {
                return speaker(sentence.get(..at).unwrap_or_default());
            }
            // (`Helen, and a card to Walt`: what follows is another message; `Dr. Yoon, Devin, and
            // Lorraine`, a list's last name.)
            let to = match to.split_once(", and ") {
                Some((head, tail)) if !tail.starts_with(char::is_uppercase) => head,
                _ => to,
            };
            // (`both`: the two the note names.)
            if to.trim().to_ascii_lowercase().starts_with("both") && people.len() == 2 {
                return people.iter().map(|p| p.name.clone()).collect();
            }
            let mut named = names(to);
            named.extend(also.into_iter().filter(|a| !named.contains(a)).collect::<Vec<_>>());
            // (`thank you email to Dr. Bright — Carla said just send it to her (Carla) and she'll
            // forward, Dr. Bright doesn't really do email`: not one who does no email.)
            let no_email = ["doesn't really do email", "doesn't do email", "does not do email", "doesn't use email"];
            let whole = line.replace('’', "'").to_ascii_lowercase();
            named.retain(|name| {
                let surname = people::last_name(name).to_ascii_lowercase();
                !no_email.iter().any(|w| whole.contains(&format!("{surname} {w}")))
            });
            return named;
        }
    }
    // (`- email Mrs. P the density lab`: a to-do to email them.)
    let opening = lower.trim_start_matches(['-', '*', '[', ']', ' ', 'x']);
    // (Set 42: `- thank u email chloe + laurent`: the thanks, by email.)
    let opening = ["thank u ", "thank you ", "thanks ", "ty "]
        .iter()
        .find_map(|t| opening.strip_prefix(t).filter(|r| r.starts_with("email ")))
        .unwrap_or(opening);
    // (Not a key: `email = "andre.choi@…"`.)
    if let Some(rest) = opening.strip_prefix("email ").filter(|r| r.starts_with(char::is_alphabetic)) {
        let skip = sentence.len() - rest.len();
        let rest = sentence.get(skip..).unwrap_or_default();
        // (`email Paul, Mei-Ling, Rick — one email each`: each it names, up to the dash.)
        // (Not at a full stop: `email Mrs. P the density lab`.)
        let rest = rest.split([';', '—']).next().unwrap_or_default();
        let rest = rest.split(", and ").next().unwrap_or_default();
        let rest = rest.split(" - ").next().unwrap_or_default();
        let listed = rest.contains(", ");
        let head: String = rest.split_whitespace().take(if listed { 6 } else { 3 }).collect::<Vec<_>>().join(" ");
        // (`email euan + fiona tonight, short`, `email Priya (cc Tomasz)`: each it names.)
        let both = listed || [" + ", " & ", " and ", "(cc "].iter().any(|w| head.contains(w));
        return if both { names(&head) } else { only(&head) };
    }
    Vec::new()
}

/// The sentences of `text` that say someone was not met (`did::says_not_met`), read once for
/// every person.
fn not_met_sentences(text: &str) -> Vec<String> {
    text.lines().flat_map(loose::split_sentences).filter(|sentence| did::says_not_met(sentence)).collect()
}

/// True when a line under the one at `line` (1-based), indented deeper, says the one it is under
/// was not met (`did::says_they_were_not_met`).
fn not_met_under(lines: &[&str], line: usize) -> bool {
    let Some(own) = line.checked_sub(1).and_then(|at| lines.get(at)) else { return false };
    let indent = |l: &str| l.len() - l.trim_start().len();
    lines[line..]
        .iter()
        .take_while(|l| !l.trim().is_empty() && indent(l) > indent(own))
        .any(|l| did::says_they_were_not_met(l))
}

/// True when one of `sentences` (`not_met_sentences`) names `person` and no one else of `people`.
fn said_not_met(sentences: &[String], person: &Person, people: &[Person]) -> bool {
    sentences.iter().any(|sentence| {
        prose::names(sentence, person, people)
            && people.iter().filter(|p| prose::names(sentence, p, people)).count() == 1
    })
}

/// The note's rule that the interviewers are not to be contacted directly, as public employers
/// set it: `City rule: NO contacting panel members directly. Everything through Keisha
/// (klamb@…)`. The one to go through is named on the same line or the next.
fn hands_off(text: &str, people: &[Person]) -> Option<crate::model::HandsOff> {
    const RULES: &[&str] = &[
        "no contacting",
        "no direct contact",
        "no contact with",
        "do not contact",
        "don't contact",
        "dont contact",
        "not to contact",
        "must not contact",
        "may not contact",
        "cannot contact",
        "can't contact",
        "not allowed to contact",
        "no reaching out",
        "not to reach out",
        "no emailing",
        // (`Still no direct email to partners. Thank-yous → Kelsey.`)
        "no direct email",
        "don't email",
        "dont email",
        "do not email",
        "not to email",
        "everything goes through",
        "everything through",
        "all follow-up goes through",
        "all follow up goes through",
        "all follow-up through",
        // (`Janelle asked that ALL follow-up come to her, not to the attorneys directly`.)
        "all follow-up come to",
        "all follow-up to",
        "all follow up to",
        // (`Carmen said anything for the board goes through her`.)
        "anything for the board",
        // (`Nathan was clear: all comms through him until offer stage.`)
        "all comms through",
        "all communication through",
        "all communications through",
        "all contact through",
        "route everything through",
        // (`thank yous go through Jo, NOT directly to Curtis or board`.)
        "thank yous go through",
        "thank-yous go through",
        "thank you notes go through",
        "thank-you notes go through",
        "thanks go through",
        // (`please don't reach out to board members directly`.)
        "don't reach out",
        "dont reach out",
        "do not reach out",
        // `do_not_contact_gmcu_directly: true` in the front matter.
        "do_not_contact",
        "dont_contact",
        "no_direct_contact",
    ];
    const WHOM: &[&str] =
        &["panel", "interviewer", "directly", "hiring manager", "board", "people", "through", "partners"];
    let lines: Vec<&str> = text.lines().collect();
    // (`Don't loop in **Sam Okafor** (referred me). He's on the hiring committee…`: the rule is
    // about the one it names right after, and nobody is to carry a message to them.)
    const NAMED: &[&str] = &[
        "don't loop in ",
        "dont loop in ",
        "do not loop in ",
        "don't contact ",
        "dont contact ",
        "do not contact ",
        "don't email ",
        "do not email ",
        // (`Colleen asked me not to email Dr. Adeyemi directly`.)
        "not to email ",
        "not to contact ",
        // (`NO email to Alicia — Omar: "CFO doesn't get candidate thank-yous"`.)
        "no email to ",
        "no emails to ",
        "no thank-you to ",
        "don't reach out to ",
        "do not reach out to ",
        // (Set 67: `Nobody else. Don't go writing to Grace or Bernie, it'd look odd.`)
        "don't write to ",
        "dont write to ",
        "do not write to ",
        "don't go writing to ",
        "no need to write to ",
    ];
    // (`pls don't reach out to Joanne about offer/comp stuff, all through her. thank-you notes
    // fine though.`: a rule for other matters, not for the thanks.)
    let thanks_fine = |lower: &str| {
        ["thank-you notes fine", "thank you notes fine", "thank-yous fine", "thank-you notes are fine"]
            .iter()
            .any(|w| lower.contains(w))
    };
    for (at, line) in lines.iter().enumerate() {
        let unmarked = line.replace("**", "").replace('’', "'");
        // (ASCII lower case keeps every byte where it was: positions in `lower` hold in `unmarked`.)
        let lower = unmarked.to_ascii_lowercase();
        if thanks_fine(&lower) {
            continue;
        }
        // (`**DO NOT CONTACT.**`: the words end at a stop as well.)
        let Some(after) = NAMED.iter().find_map(|r| {
            let r = r.trim_end();
            lower.find(r).map(|i| i + r.len()).filter(|&end| !lower[end..].starts_with(char::is_alphabetic))
        }) else {
            continue;
        };
        // (A way round it is another rule's: `don't email Carla or Omar directly. Send them to
        // Brianne`.)
        // (Nor is a callout's title over it: `> [!warning] Do not contact Elliot Brandt⏎> … asked me
        // NOT to email him directly. Send his thank-you to her and she'll pass it on.`)
        // (But `**Do not contact Wendell.** Lorna was clear that all board contact with
        // candidates goes through her` says why, and routes no message: Wendell alone.)
        let around = ["send them to", "send his", "send her", "pass it on", "pass them on", "forward"];
        let next = lines.get(at + 1).map(|l| l.to_lowercase()).unwrap_or_default();
        // (`Marisol said follow-ups should go through Alexis … Don't email Marisol directly.`)
        let sends =
            |l: &str| l.contains("send") || l.contains("thank") || l.contains("follow-up") || l.contains("follow up");
        let routed = |l: &str| ["through", "via"].iter().any(|w| l.contains(w)) && sends(l);
        if around.iter().any(|w| lower.contains(w) || next.contains(w)) || routed(&lower) || routed(&next) {
            continue;
        }
        // (`don't email Lo directly — Brandon said she doesn't like…`: the rule ends at its
        // clause; who said it is not in it.)
        let head: String = unmarked[after..].chars().take(40).collect();
        let head = rule_clause(&head).to_owned();
        // (Set 73: `he said "no need to write to me, Grace passes everything on"`: the one who
        // said it, whom the refusals read, and not the one named after.)
        let speaker = head.trim_start().strip_prefix("me").is_some_and(|r| !r.starts_with(char::is_alphabetic));
        if speaker {
            continue;
        }
        // (`5. Marcus Whitford — partner…⏎   1. **DO NOT CONTACT.** He's opposing counsel`: an
        // instruction that opens an item under someone's is about them.)
        let opens = lower.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || "-*.) ".contains(c));
        // (An instruction of its own, ending there: not `Don't contact Harold's old team`.)
        let alone = head.trim_start().is_empty() || head.starts_with(['.', '!']);
        let under = alone && NAMED.iter().any(|r| opens.starts_with(r.trim_end()));
        // (`Marcus Whitford — partner, stuck his head in during Priscilla's slot`: Marcus; and
        // `Don't contact Harold's old team`: someone of Harold's, not him.)
        let possessive = |l: &str, p: &Person| {
            [people::bare_name(&p.name), people::first_name(&p.name)]
                .iter()
                .any(|n| l.contains(&format!("{n}'s")) || l.contains(&format!("{n}’s")))
        };
        let above = || {
            lines[at.saturating_sub(2)..at].iter().rev().find_map(|l| {
                let named: Vec<&Person> =
                    people.iter().filter(|p| prose::names(l, p, people) && !possessive(l, p)).collect();
                (named.len() == 1).then(|| named[0].name.clone())
            })
        };
        let named: Vec<String> = people
            .iter()
            .filter(|p| prose::names(&head, p, people) && !possessive(&head, p))
            .map(|p| p.name.clone())
            .collect();
        let named = if named.is_empty() && under { above().into_iter().collect() } else { named };
        if !named.is_empty() {
            let whom = crate::text::english::join(&named);
            return Some(crate::model::HandsOff {
                whom,
                through: None,
                titled: None,
                everything: false,
                named,
                line: at + 1,
            });
        }
    }
    // (`please don't email or LinkedIn Philippe directly`: a rule about one the note does not
    // list is no rule for everyone; `Do not email Marrowstone people directly` is.)
    let about_someone = |line: &str| {
        // (`**do not email the partners directly.** Thank-you notes go to Kelsey`: the stop
        // inside the bold ends the clause.)
        let line = line.replace('’', "'").replace("**", "");
        // (ASCII lower case keeps every byte where it was: positions in `lower` hold in `line`.)
        let lower = line.to_ascii_lowercase();
        let mut found = RULES.iter().filter_map(|r| lower.find(r).map(|at| (r, at + r.len()))).peekable();
        found.peek().is_some()
            && found.all(|(r, after)| {
                NAMED.iter().any(|n| n.starts_with(r)) && names_someone_unlisted(rule_clause(&line[after..]), people)
            })
    };
    let at = lines.iter().position(|l| {
        let lower = l.to_lowercase().replace('’', "'");
        // (Set 46: `she is "hopeless with email — everything goes through Alasdair or Mhairi", but
        // gave me her card nonetheless`: a card given says she may be written to.)
        let card = ["but gave me", "nonetheless", "gave me her card anyway", "gave me his card anyway"];
        // (Set 51: `NO DIRECT EMAILS GIVEN. … send anything through that inbox and they'll route
        // it`: the careers inbox is the way to them, `inbox` reads it.)
        let inbox = lower.contains("inbox") || (inbox::names_shared_inbox(&lower) && people::find_email(l).is_some());
        let off = thanks_fine(&lower)
            || inbox
            || [": false", ": no", "= false"].iter().any(|v| lower.trim_end().ends_with(v))
            || card.iter().any(|c| lower.contains(c));
        !off && RULES.iter().any(|r| lower.contains(r)) && WHOM.iter().any(|w| lower.contains(w)) && !about_someone(l)
    })?;
    let lower = lines[at].to_lowercase();
    // (`don't reach out to board members directly`: the board's members only.)
    let titled =
        ["board member", "board members", "the board"].iter().any(|b| lower.contains(b)).then(|| "board".to_owned());
    let whom = match () {
        _ if titled.is_some() => "board members",
        _ if lower.contains("panel") => "the panel",
        _ => "your interviewers",
    };
    let everything =
        ["all comms", "all communication", "all contact", "all follow", "everything"].iter().any(|w| lower.contains(w));
    let helps = |p: &&Person| p.kind() == crate::model::Kind::Helper;
    let through = lines[at..].iter().take(2).find_map(|l| {
        // (ASCII lower case keeps every byte where it was.)
        let lower = l.to_ascii_lowercase();
        // (`thank you: email camille only, cc nobody, she'll pass it on. do NOT email halvorsen
        // directly`: the one to write to alone.)
        let only = people.iter().find(|p| {
            let first = people::first_name(&p.name).to_ascii_lowercase();
            [format!("email {first} only"), format!("only email {first}"), format!("email only {first}")]
                .iter()
                .any(|w| crate::text::words::contains_word(&lower, w))
        });
        if let Some(p) = only {
            return Some(p.name.clone());
        }
        // (`Thank-you notes go to Kelsey Moran, who forwards them. Anything substantive … goes
        // through Miriam.`: the first one named.)
        // (`all communication/thank yous go thru her`: a hurried "through".)
        // (`Renata said send ONE email to her and she'll forward to Douglas and Pat.`)
        let start = ["through ", "thru ", "via ", "only to ", "go to ", "goes to ", "come to ", "→ ", "one email to "]
            .iter()
            .filter_map(|w| lower.find(w).map(|i| (i, i + w.len())))
            .min()
            .map(|(_, end)| end)?;
        let rest = &l[start..];
        let first_word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        // (`Steph prepped me — reminded me that everything goes through her`: the one who helped
        // that the line names.)
        let pronoun = first_word == "her" || first_word == "him";
        // (`Dwight Amesbury (HR Analyst) ran the clock⏎ … ⏎ His instruction: "Please send any
        // follow-up material through me."`: the one the lines above name.)
        let me = first_word == "me";
        // (`ALL thank-you notes go through her: … (Nikhil is the exception)`: a name after the
        // pronoun is not the one it stands for.)
        if !pronoun && !me {
            // (Named in the clause: not `Miriam` of `Kelsey Moran, who forwards them. Anything
            // substantive … goes through Miriam`.)
            // (`go through Jo, NOT directly to Curtis or board`: the one named first, not the
            // first of the note's people the clause names.)
            let clause = rule_clause(rest);
            let at = |p: &Person| clause.find(people::first_name(&p.name)).unwrap_or(usize::MAX);
            if let Some(p) = people.iter().filter(|p| prose::names(clause, p, people)).min_by_key(|p| at(p)) {
                return Some(p.name.clone());
            }
        }
        // (`[[people]]⏎name = "Imogen Blake"⏎…⏎note = "ALL thank-yous go through her, she
        // forwards."`: a field of someone's entry is about them.)
        let field = l[..start].split_once(['=', ':']).is_some_and(|(key, _)| {
            let key = key.trim().trim_start_matches("- ");
            !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
        if me || (pronoun && field && people.iter().all(|p| !prose::names(&l[..start], p, people))) {
            let above = lines[at.saturating_sub(3)..=at].iter().rev();
            if let Some(p) = above.flat_map(|l| people.iter().filter(|p| prose::names(l, p, people))).next() {
                return Some(p.name.clone());
            }
        }
        // (`[[Howard Esterhuizen|Howard]] — board chair… Carmen said anything for the board goes
        // through her`: the one who said it, named last.)
        let mut named: Vec<(usize, &Person)> = people
            .iter()
            .filter(|p| prose::names(&l[..start], p, people))
            .map(|p| (l[..start].rfind(people::first_name(&p.name)).unwrap_or(0), p))
            .collect();
        named.sort_by_key(|(at, _)| *at);
        let named: Vec<&Person> = named.into_iter().map(|(_, p)| p).collect();
        let helpers: Vec<&Person> = named.iter().copied().filter(|p| helps(p)).collect();
        match (&helpers[..], &named[..]) {
            ([one], _) | (_, [one]) if pronoun => Some(one.name.clone()),
            (_, [.., last]) if pronoun && lower.contains("said") => Some(last.name.clone()),
            _ => None,
        }
    });
    // (`do_not_contact_gmcu_directly: true` beside `agency_contact: Steph Morales`: the one
    // recruiter or coordinator the note names; and `rule she gave me: all thank yous go thru her`,
    // said by the recruiter who ran the screen, listed among the interviewers.)
    let contacts: Vec<&Person> =
        people.iter().filter(|p| matches!(p.role.as_deref(), Some("recruiter" | "coordinator"))).collect();
    let through = through.or_else(|| match contacts[..] {
        [one] => Some(one.name.clone()),
        _ => None,
    });
    // (Set 60: `- Mr. Nii Armah Quaye – QA Manager. … he said clearly: "don't email me directly, send
    // everything through HR"`: his own rule, about him alone; at the base, no one at Adinkra was
    // written to.)
    // (Set 61: `– Mr Lafaele = Tavita Lafaele, board trustee` over `– asked me NOT to email him
    // direct, anything for the board goes thru the office`: his rule, said in his entry.)
    let said = lower.replace('’', "'");
    // (Set 67: `At the end he told: "No need to send me any thank you mail and all, Pallavi is
    // your single point of contact, all communication through her only."`, under `Joseph sir`:
    // at the base, the CFO's messages were left out.)
    let own = [
        "don't email me",
        "dont email me",
        "do not email me",
        "don't contact me",
        "do not contact me",
        "no need to send me",
        "don't send me",
        "do not send me",
        "no need to email me",
        "no need to write to me",
        "no need to thank me",
        "don't write to me",
        "do not write to me",
    ]
    .iter()
    .any(|w| said.contains(w));
    // ("him" is the one whose entry the line is an item of, when the line names nobody; not in
    // `Marisol asked me NOT to email him directly`, of Elliot.)
    let entry = entry_or_label_of(&lines, at, people);
    let in_entry = !std::ptr::eq(entry, lines[at]);
    const THEIRS: &[&str] = &[
        "not to email him",
        "not to email her",
        "not email him",
        "not email her",
        "no direct email to him",
        "no direct email to her",
        "no email to him",
        "no email to her",
    ];
    let own = own || in_entry && THEIRS.iter().any(|w| said.contains(w));
    let opener = entry.trim_start().trim_start_matches(['-', '*', '–', '•', ' ']).replace("**", "");
    // (Or the one the entry's head names alone: `Mr Lafaele = Tavita Lafaele, board trustee`.)
    let head = opener.split([',', '(', '—', '–']).next().unwrap_or_default();
    let by_head: Vec<usize> = (0..people.len()).filter(|&i| prose::names(head, &people[i], people)).collect();
    let speaker = people
        .iter()
        .position(|p| opener.starts_with(&p.name) || opener.starts_with(people::bare_name(&p.name)))
        .or(match by_head[..] {
            [one] => Some(one),
            _ => None,
        });
    // (Set 67: `Joseph sir` over `- At the end he told: "No need to send me any thank you mail
    // …" → So NO mail to Joseph sir.`: the label over the list names who said it.)
    let label = || {
        let above = lines[..at].iter().rev().find(|l| !l.trim_start().starts_with(['-', '*', '+', '•', '–']))?;
        let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(above, &people[i], people)).collect();
        match named[..] {
            [one] if above.split_whitespace().count() <= 3 => Some(one),
            _ => None,
        }
    };
    let speaker = speaker.or_else(|| if own { label() } else { None });
    if let Some(i) = speaker.filter(|_| own) {
        let name = people[i].name.clone();
        return Some(crate::model::HandsOff {
            whom: name.clone(),
            through,
            titled: None,
            everything: false,
            named: vec![name],
            line: at + 1,
        });
    }
    Some(crate::model::HandsOff { whom: whom.to_owned(), through, titled, everything, named: Vec::new(), line: at + 1 })
}

/// One the note does not list, named on `line` as the one the thanks go through: they helped.
fn carrier(name: &str, line: usize) -> Person {
    Person { name: name.to_owned(), kind: Some(crate::model::Kind::Helper), line, ..Person::default() }
}

/// The name a line hands the thanks to (`send through Brennan`, `send to brenda @ the hr email`,
/// `Thank you to Nathan, ask him to forward`), as written.
fn handed_to(line: &str) -> Option<&str> {
    // (ASCII lower case keeps every byte where it was.)
    let lowered = line.to_ascii_lowercase();
    // (`Thank-you to Denise — send through Brennan`: "through" says who carries it, before "to"
    // says whom it is for; `send it to her`: whoever "her" is, another reader's.)
    let tiers: [&[&str]; 3] = [
        // (Set 58: `thank-you Lena via Tasha`.)
        &[" through ", " via "],
        // (`Thank-you: one note to Chloe to pass to everyone`.)
        &["send to ", "send it to ", "send them to ", "one note to ", "a note to ", "one email to "],
        &["thank you to ", "thank-you to ", "thank you note to "],
    ];
    tiers
        .iter()
        .find_map(|words| {
            words.iter().filter_map(|w| lowered.find(w).map(|i| i + w.len())).min().and_then(|at| {
                let name = line[at..].split(|c: char| !c.is_alphabetic()).next()?;
                (name.len() >= 3
                    && !["her", "him", "them", "the", "their", "his"].contains(&name.to_ascii_lowercase().as_str()))
                .then_some(name)
            })
        })
        // (`thank-you email via LinkedIn`: the way it goes, not one who carries it.)
        .filter(|name| !CHANNELS.contains(&name.to_ascii_lowercase().as_str()))
}

/// Ways a message goes that are no one to hand it to.
const CHANNELS: &[&str] = &[
    "linkedin",
    "slack",
    "whatsapp",
    "teams",
    "zoom",
    "email",
    "mail",
    "post",
    "portal",
    "workday",
    "greenhouse",
    "lever",
    "signal",
    "telegram",
    "text",
    "sms",
    "courier",
    "hand",
    "inmail",
    "messenger",
    "wechat",
    "viber",
];

/// The one `text` says will call with the answer: `ray said he'd call by end of week`, `decision
/// first week of Dec, Grace will call`; named in the clause before the words (not `I'll call`).
fn who_answers(text: &str, people: &[Person]) -> Option<String> {
    const CALLS: &[&str] = &[
        " will call",
        "'ll call",
        " said he'd call",
        " said she'd call",
        " said they'd call",
        " will reach out",
        "'ll reach out",
        " will let me know",
        "'ll let me know",
        " will be in touch",
    ];
    text.lines().flat_map(loose::split_sentences).find_map(|sentence| {
        let sentence = sentence.replace('’', "'");
        // (ASCII lower case keeps every byte where it was.)
        let lower = sentence.to_ascii_lowercase();
        let at = CALLS.iter().filter_map(|c| lower.find(c)).min()?;
        let before = &sentence[..at];
        let clause = [", ", " — ", " - ", "; ", ": "].iter().filter_map(|s| before.rfind(s).map(|i| i + s.len())).max();
        let clause = &before[clause.unwrap_or(0)..];
        let subject = clause.split(" said").next().unwrap_or(clause);
        prose::person_in(subject, people).map(|i| people[i].name.clone())
    })
}

/// The call a note's opening lines say the meeting was held on, when they say so: `Kaap Logistics —
/// Teams call`, `Wednesday 2 December 2026 · 11:00–12:30 · Teams (they're in Galway)`, `14:00 on
/// Zoom` (set 47). The word alone, capitalised, after a separator or "on"/"via", or before "call".
fn held_on(body: &str) -> Option<String> {
    const TOOLS: &[&str] = &["Teams", "Zoom", "Google Meet", "Webex", "Skype"];
    body.lines().filter(|l| !l.trim().is_empty()).take(4).find_map(|line| {
        TOOLS.iter().find_map(|tool| {
            line.match_indices(tool).find_map(|(at, _)| {
                let before = line[..at].trim_end();
                let after = line[at + tool.len()..].trim_start();
                let led = before.is_empty()
                    || ["·", "—", "–", "-", "|", ",", "on", "via", "over"].iter().any(|s| before.ends_with(s));
                let ends = after.is_empty()
                    || after.starts_with(['(', ',', '.', '·', '—', '–', '|'])
                    || after.starts_with("call");
                let word = !line[at + tool.len()..].starts_with(char::is_alphanumeric);
                (led && ends && word).then(|| (*tool).to_owned())
            })
        })
    })
}

/// The one the note says to write to if nothing comes back: `If nothing by Mon 14/12, email
/// Harpreet.`, `if nothing by Mon Nov 30, nudge Rosa`, `if nothing by Dec 4 → check in w/ Naomi
/// Mon Dec 7` (set 47). Not one to phone: a call is the user's own words.
/// Whom the note says to check in with if nothing comes back, and whether by a call: `If nothing
/// by Mon 14/12, email Harpreet.` (Harpreet, in writing), `if nothing by Thu 3 Dec ring Jess` (Jess,
/// by phone). One it names nowhere else is called as the note writes them (`call Marco`).
fn checks_in_with(text: &str, people: &[Person]) -> Option<(String, bool)> {
    const IF_NOTHING: &[&str] = &[
        "if nothing",
        // (Set 49: `if nothin by mon 12/14 im gonna call jenna`: a thumb's dropped g.)
        "if nothin ",
        "if no news",
        "if no word",
        "if no reply",
        "if no response",
        "if no answer",
        "if no update",
        "if no confirmation",
        // (Set 48: `If no revert by Thursday (26-Nov), call Lakshmi`, `If silent by Wed 9 Dec`.)
        "if no revert",
        // (Set 51: `If no Rd 3 date from LaToya by FRI 04DEC → email her MON 07DEC`.)
        "if no rd ",
        "if no round ",
        "if no date",
        "if no brief",
        "if no feedback",
        "if silent",
        "if i haven't heard",
        "if i haven’t heard",
        "if i havent heard",
        "if i don't hear",
        "if i don’t hear",
        // (`- nothing by Mon 12/21 -> email Tamara`: clipped.)
        "nothing by ",
        "nothing until ",
        "no news by ",
        "no word by ",
        // (Set 59: `No call by Fri 11 Dec -> ring Aisha`.)
        "no call by ",
        "no reply by ",
        "no response by ",
        "no answer by ",
        "no update by ",
    ];
    const WRITE: &[&str] = &[
        "email ",
        "e-mail ",
        "mail ",
        "nudge ",
        "chase ",
        "ping ",
        "check in w/ ",
        "check in with ",
        "check-in w/ ",
        "check-in with ",
        "follow up w/ ",
        "follow up with ",
    ];
    // (Set 48: `ring Jess`, `call Mr. Otieno`, `I'll give Marcus a ring`.)
    const CALL: &[&str] = &["call ", "ring ", "phone ", "give "];
    text.lines().find_map(|line| {
        // (ASCII lower case keeps every byte where it was.)
        let lower = line.to_ascii_lowercase();
        // (From after the condition's words: not the "call" of `No call by Fri 11 Dec`.)
        let at = IF_NOTHING.iter().filter_map(|w| lower.find(w).map(|i| i + w.len())).min()?;
        let verbs = WRITE.iter().map(|v| (*v, false)).chain(CALL.iter().map(|v| (*v, true)));
        let (verb, by_phone, from) = verbs
            .filter_map(|(v, call)| {
                // (A verb inside a word is none: `gmail `, `recall `.)
                let i = lower[at..]
                    .match_indices(v)
                    .map(|(i, _)| at + i)
                    .find(|&i| i == 0 || !lower[..i].ends_with(char::is_alphanumeric))?;
                Some((v, call, i + v.len()))
            })
            .min_by_key(|(_, _, i)| *i)?;
        let rest = line.get(from..)?;
        // (`give Marcus a ring`: whom, then the call.)
        if verb == "give " && ![" a ring", " a call", " a bell"].iter().any(|r| rest.to_ascii_lowercase().contains(r)) {
            return None;
        }
        // (Set 50: `If nothing by Tuesday 8 Dec, phone the HR office.`: an office, not a person.)
        if by_phone {
            if let Some(office) = office_named(rest) {
                return Some((office, true));
            }
        }
        let mut words = rest.split([' ', ',', ';', '(']).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or_default().trim_end_matches(['.', ':']);
        // (`call Mr. Otieno`: an honorific and the name.)
        let whom = match words.next() {
            Some(next) if people::is_abbreviated_honorific(first) => {
                format!("{first} {}", next.trim_end_matches(['.', ':']))
            }
            _ => first.to_owned(),
        };
        // (Set 51: `If no Rd 3 date from LaToya by FRI 04DEC → email her MON 07DEC`: "her" is the
        // one the condition names.)
        let whom = match whom.as_str() {
            "her" | "him" | "them" => {
                let condition = line.get(at..from).unwrap_or_default();
                let named: Vec<&Person> = people.iter().filter(|p| prose::names(condition, p, people)).collect();
                match named[..] {
                    [one] => one.name.clone(),
                    _ => return None,
                }
            }
            _ => whom,
        };
        let named: Vec<&Person> = people.iter().filter(|p| prose::names(&whom, p, people)).collect();
        match named[..] {
            [one] => Some((one.name.clone(), by_phone)),
            // (One named nowhere else, when called: as the note writes them.)
            [] if by_phone && whom.starts_with(char::is_uppercase) && !people::is_common_word(&whom) => {
                Some((whom, true))
            }
            _ => None,
        }
    })
}

/// The office a clause opens with, as a call may go to it: `the HR office`, `HR`, `the
/// recruitment desk`, `reception`.
fn office_named(clause: &str) -> Option<String> {
    const OFFICES: &[&str] = &["office", "desk", "reception", "switchboard", "line", "department"];
    let words: Vec<&str> = clause.split_whitespace().take(5).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ';', ':', ')']).to_owned();
    if let Some(first) =
        words.first().map(|w| bare(w)).filter(|w| ["HR", "reception", "Reception"].contains(&w.as_str()))
    {
        if words.len() == 1 || words[0].ends_with([',', '.', ';', ':', ')']) {
            return Some(first);
        }
    }
    // (`the HR office`; set 51: `CALL Brazos HR main line (713) 555-0140`, the company's line.)
    let end = words.iter().position(|w| OFFICES.contains(&bare(w).to_lowercase().as_str()))?;
    let clause: Vec<String> = words[..=end].iter().map(|w| bare(w)).collect();
    let hr = clause.iter().any(|w| w == "HR");
    match clause.first().map(String::as_str) {
        Some("the") if clause.len() >= 2 => Some(clause.join(" ")),
        Some(_) if hr && clause.len() >= 2 && !words[..end].iter().any(|w| w.ends_with([',', '.', ';'])) => {
            Some(format!("the {}", clause.join(" ")))
        }
        _ => None,
    }
}

/// True when a rule's clause names someone the note does not list (`or LinkedIn Philippe
/// directly`), not a group (`Marrowstone people`) nor one listed by any of their names (`Hal`
/// for Harold, `Dr. Adeyemi`).
fn names_someone_unlisted(clause: &str, people: &[Person]) -> bool {
    const GROUP: &[&str] =
        &["people", "folks", "team", "staff", "employees", "members", "panel", "panelists", "interviewers", "board"];
    let words: Vec<&str> =
        clause.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(i, w)| {
        let name = w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
        let group = words.get(i + 1).is_some_and(|next| GROUP.contains(&next.to_lowercase().as_str()));
        // (Set 65: `Do NOT email Aoife or anyone at Brennan directly`: a place, not a person.)
        let place = i.checked_sub(1).is_some_and(|p| ["at", "from"].contains(&words[p].to_lowercase().as_str()));
        let listed =
            people.iter().any(|p| prose::names(w, p, people) || people::last_name(&p.name).eq_ignore_ascii_case(w));
        name && !group && !listed && !place
    })
}

/// A rule's words up to the end of its clause: `Lo directly` of `Lo directly — Brandon said…`,
/// `Dr. Adeyemi directly` of `Dr. Adeyemi directly. Her thanks…` (the stop after `Dr` ends
/// nothing), `the panel directly` of `the panel directly (Nikhil is the exception)`.
fn rule_clause(text: &str) -> &str {
    let stop = text.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let word = text[..at].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        !people::is_abbreviated_honorific(word)
    });
    let end = [" — ", " – ", " - ", "; ", " ("].iter().filter_map(|b| text.find(b)).chain(stop).min();
    end.map_or(text, |end| &text[..end])
}

/// True when `short` is `full` shortened, word by word from its start: `St B` of `St Brigid's
/// Children's Hospital`, not `St Brigid's Children's Hospital` itself.
fn shortens(short: &str, full: &str) -> bool {
    let (short, full) = (sections::normalize(short), sections::normalize(full));
    let (short, full): (Vec<&str>, Vec<&str>) = (short.split(' ').collect(), full.split(' ').collect());
    short.len() <= full.len() && short != full && short.iter().zip(&full).all(|(s, f)| f.starts_with(s))
}

/// The day a note without one in its front matter or file name writes at its start (set 63):
/// the one heading among a log's days that names the interview or the folder's company (a bullet
/// journal's week: `## Mon 16.11` … `## Thu 19.11 — Harbourview Community Health ○`), else the
/// day its first lines write (`# Tue 01.12 — St B FINAL ○`, `terça 24/11/2026, 14h` under the
/// title); and where it was read.
fn opening_day(source: &Source, doc: &Document) -> Option<(jiff::civil::Date, DayFrom)> {
    // (Set 71: a chat with oneself, pasted, whose first message is the recruiter's call days
    // before.)
    if let Some(day) = chat::busiest_day(&source.text) {
        return Some((day, DayFrom::Chat));
    }
    let day = |line: &str| dates::day_in_line(line, source.saved, &source.text);
    let days: Vec<(jiff::civil::Date, &str)> =
        doc.body.sections.iter().filter_map(|s| Some((day(&s.heading)?, s.heading.as_str()))).collect();
    if days.len() > 1 {
        let folder = folder_word(&source.rel);
        let names_folder = |h: &str| folder.is_some_and(|f| sections::normalize(h).split(' ').any(|w| w == f));
        // (Set 69, a git log: five commits of the interview's day and three of others, one of them
        // `onsite interview done — tamarack — Tue 1 Dec 2026`: the day of the headings that name
        // the interview, else of those that name the company, when they all name one day.)
        let one_day = |of: &dyn Fn(&str) -> bool| {
            let mut meeting: Vec<jiff::civil::Date> = days.iter().filter(|(_, h)| of(h)).map(|(d, _)| *d).collect();
            meeting.dedup();
            match meeting[..] {
                [one] => Some(one),
                _ => None,
            }
        };
        return one_day(&|h| folder::names_interview(h))
            .or_else(|| one_day(&|h| folder::names_interview(h) || names_folder(h)))
            .map(|one| (one, DayFrom::DayHeading));
    }
    // (Set 68, a Todoist export: `## 📌 Voorbereiding`, `## 📌 Teams do 3/12 14:00`, `## 📌
    // Follow-up`, under an opening that names the phone screen's day: the one heading with a day,
    // no section of the note's parts, is the meeting's.)
    // (Set 72, a slide deck's last slide: `# to do Mon 7/12`, the day of the writer's tasks.)
    let tasks = |h: &str| {
        let h = sections::normalize(h);
        ["to do", "todo", "tasks", "follow up", "followup"].iter().any(|t| h.starts_with(t))
    };
    if let [(one, heading)] = days[..] {
        if sections::classify(heading).is_none() && !tasks(heading) {
            return Some((one, DayFrom::DayHeading));
        }
    }
    // (Set 63: a Google Doc exported by Docs to Markdown opens with its converter's notes in an
    // HTML comment, whose `Mon Nov 09 2026 19:52:11` is the day of the export.)
    let mut comment = false;
    let lines = body_lines(&source.text).filter(|l| {
        let inside = comment || l.starts_with("<!--");
        // (`----->` closes it: `body_lines` reads a line's dashes as a list's mark.)
        comment = inside && !l.contains("-->") && *l != ">";
        !inside
    });
    // (Set 71, a recipe card: `**Serves:** 1 nervous chef de partie` and six more such lines,
    // and a quoted aside, above `Mon 16/11 — 3pm, between lunch + dinner.`: a property or a quote
    // is read, and not counted among the first lines.)
    let aside = |l: &str| {
        let plain = l.trim_start_matches(['-', '*', ' ']).replace("**", "");
        l.starts_with('>') || plain.split_once(": ").is_some_and(|(label, _)| label.split_whitespace().count() <= 3)
    };
    let mut counted = 0;
    lines
        .take_while(|l| {
            let within = counted < 4;
            counted += usize::from(!aside(l));
            within
        })
        .find_map(|l| {
            let l = before_an_edit(l);
            day(l).or_else(|| {
                edit_stamped(l).then(|| dates::two_ways_as_the_folder_writes(l, source.day_first)).flatten()
            })
        })
        .map(|d| (d, DayFrom::TopLine))
}

/// True for a file name a scanning app gave, of the day the page was scanned: `Adobe Scan Nov 20,
/// 2026 (1).txt`, `CamScanner 11-20-2026 14.02.txt`, `Scanned Document 2026-11-20.txt`.
fn scanned(file_name: &str) -> bool {
    let lower = file_name.to_lowercase();
    ["adobe scan", "camscanner", "scanned", "scan ", "scan_", "genius scan", "notes scan"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Where the day of a note without a date key was read, as `inspect` names it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DayFrom {
    Title,
    FileName,
    /// A day without its year in the file name, of the year the file was saved in.
    YearSaved,
    /// The day most of a pasted chat was written.
    Chat,
    /// The heading of the interview's day among a log's days.
    DayHeading,
    /// A day written in the note's first lines.
    TopLine,
}

impl DayFrom {
    fn label(self) -> &'static str {
        match self {
            DayFrom::Title => "the first heading",
            DayFrom::FileName => "the file name",
            DayFrom::YearSaved => YEAR_SAVED,
            DayFrom::Chat => "the day most of its chat was written",
            DayFrom::DayHeading => "the heading of the interview's day",
            DayFrom::TopLine => "a line at the top",
        }
    }

    /// True for the day the note was written, which may be the day after the interview's.
    fn of_the_writing(self) -> bool {
        matches!(self, DayFrom::FileName | DayFrom::YearSaved | DayFrom::TopLine)
    }
}

/// A line without the day it was last edited: `> Created 10/11/2026, 1:12 pm · Edited 11/11/2026,
/// 8:40 am`, as Google Keep stamps a note, is of the day it was created (set 73).
fn before_an_edit(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    let created = crate::text::words::contains_word(&lower, "created");
    ["edited", "modified", "updated"]
        .iter()
        .filter_map(|w| crate::text::words::find_word(&lower, w))
        .min()
        .filter(|&at| created && at > 0)
        .map_or(line, |at| &line[..at])
}

/// True for a stamp of when a note was made (`Created 10/11/2026, 1:12 pm`).
fn edit_stamped(line: &str) -> bool {
    crate::text::words::contains_word(&line.to_ascii_lowercase(), "created")
}

/// True when the opening lines of a note written the day after say the interview was the day
/// before (set 73: `Re: Greyfriars House Hotel — interview yday`, `notes from yesterday`).
fn told_the_day_after(text: &str) -> bool {
    body_lines(text).filter(|l| !l.trim().is_empty()).take(6).any(|l| {
        let lower = l.to_lowercase();
        let yesterday = ["yesterday", "yday", "yest"].iter().any(|w| crate::text::words::contains_word(&lower, w));
        let meeting = ["interview", "notes from", "debrief"].iter().any(|w| lower.contains(w));
        yesterday && meeting
    })
}

/// The first word of the company folder a note sits in, when it is long enough to name it
/// (`harbourview` of `harbourview-community-health/`).
fn folder_word(rel: &str) -> Option<&str> {
    // (Set 68: `the-calder-hotel/Calder Hotel - entrevista sous chef.md`: the article is no word
    // of the company's to find.)
    let (folder, _) = rel.split_once('/')?;
    let mut words = folder.split('-');
    let first = words.next().filter(|w| !["the", "la", "le", "el", "les", "los", "de"].contains(w));
    first.or_else(|| words.next()).filter(|w| w.len() >= 4)
}

/// True when `file_name` writes the company the folder of `rel` names: its first word (past an
/// article), or its first two run together (set 68: `FalconCrest_ChiefAccountant.md` in
/// `falcon-crest-catering/`).
fn names_the_folder(rel: &str, file_name: &str) -> bool {
    let Some(first) = folder_word(rel) else { return false };
    let folder = rel.split_once('/').map_or("", |(f, _)| f);
    let after = folder.split('-').skip_while(|w| *w != first).nth(1).unwrap_or_default();
    let joined = format!("{first}{after}");
    // (Set 74: `notebook p38-39 TRVES rd 2.txt` in `three-rivers-vet-er/`: the company by its
    // initials, in capitals, as the writer shortens it; three or more, so as to name it.)
    let initials: String = folder.split('-').filter_map(|w| w.chars().next()).collect();
    let shortened = |w: &str| {
        w.len() >= 3
            && w.chars().all(|c| c.is_ascii_uppercase())
            && initials.len() >= 3
            && w.to_ascii_lowercase().starts_with(&initials)
    };
    file_name.split(|c: char| !c.is_alphanumeric()).any(shortened)
        || sections::normalize(file_name)
            .split(' ')
            .any(|w| w == first || (!after.is_empty() && w.starts_with(&joined)))
}

/// What the note leaves out and its other parts tell: the position from the first heading, the
/// date from the heading or the file name, and where the interview sits in the process.
fn fill_in(note: &mut Note, source: &Source, doc: &Document) {
    // The note's first line, when it has no heading: a title of its own (`Acme — Staff Engineer`).
    let first_line = first_line_of_body(&source.text);
    let file_name = source.rel.rsplit('/').next().unwrap_or(&source.rel);
    // The day the note's top gives, read once, and only when asked for.
    let opening = std::cell::OnceCell::new();
    let opened = || *opening.get_or_init(|| opening_day(source, doc));
    // A dated file in a company's folder is that company's note (issue 13).
    if note.company.is_none() {
        // Without a date in its name, a file whose name says it is an interview and which
        // records one (`nov 23 tech screen.md`) is that company's too.
        // (Set 63: `wk47 harbourview.md`, `Biolumen - etapa unica.md` under `terça 24/11/2026`:
        // a name that writes the folder's company, or an opening that gives the day, says so too.)
        let first = folder_word(&source.rel);
        let folder_named = names_the_folder(&source.rel, file_name);
        // (A day at the top, in a note that names the folder's company: not `acme/note.md`
        // about `Lakeshore Build Group`.)
        let dated_inside =
            || first.is_some_and(|first| contains_ignoring_ascii_case(&source.text, first)) && opened().is_some();
        let undated =
            note.records_the_meeting() && (folder::names_interview(file_name) || folder_named || dated_inside());
        note.company = folder::company_of(&source.rel, &source.text, undated);
        if note.company.is_some() {
            note.sources.insert("company".to_owned(), "the folder".to_owned());
        }
    }
    // (Set 63: `01.12 final - St B.md` in `st-brigids-childrens-hospital/`: the file's name
    // shortens the company its folder names in full.)
    if note.sources.get("company").is_some_and(|s| s == "the file name") {
        let full = folder::company_of(&source.rel, &source.text, true);
        if let Some(full) = full.filter(|full| note.company.as_deref().is_some_and(|short| shortens(short, full))) {
            note.company = Some(full);
            note.sources.insert("company".to_owned(), "the folder".to_owned());
        }
    }
    // `BRINDLE OPTICS — Firmware Engineer — 2026-09-14`: a title line made of the company, the
    // job and the day or the stage names the company first.
    if note.company.is_none() {
        note.company = company_in_title_line(doc.body.title.as_deref().unwrap_or(first_line));
        if note.company.is_some() {
            note.sources.insert("company".to_owned(), "the first line".to_owned());
        }
    }
    // A company written all in lower case, as hurried notes do (`harbor freight tech`): as the
    // note writes it elsewhere, else each word capitalised.
    if let Some(company) = note.company.as_mut().filter(|c| {
        c.chars().any(char::is_alphabetic) && c.chars().all(|ch| ch.is_lowercase() || matches!(ch, ' ' | '-'))
    }) {
        let words = sections::normalize(company);
        *company = folder::written_as(&words, &source.text).unwrap_or_else(|| folder::capitalised(&words));
    }
    // (Set 44: the first line `Bronx Arts Collaborative – recruiter screen` read as someone and
    // their job gave a card to "Dear Bronx,": the company is no one met.)
    if let Some(company) = note.company.as_deref().map(sections::normalize) {
        let folder = source.rel.rsplit_once('/').map(|(f, _)| f.rsplit('/').next().unwrap_or(f).replace('-', " "));
        // (Set 67: `Letter to FrisLog, Barendrecht` for FrisLog Cold Chain: "Dear FrisLog,".)
        let first_word = company.split(' ').next().filter(|w| w.len() >= 4 && company.contains(' '));
        note.people.retain(|p| {
            let name = sections::normalize(&p.name);
            name != company && folder.as_deref() != Some(name.as_str()) && Some(name.as_str()) != first_word
        });
    }
    if note.stage.is_none() && note.company.is_some() {
        let title = match doc.body.title.as_deref() {
            Some(title) => folder::stage_in(title),
            None => folder::stage_in(first_line),
        };
        let from = if title.is_some() { "the first heading" } else { "the file name" };
        note.stage = title.or_else(|| folder::stage_in(file_name));
        if note.stage.is_some() {
            note.sources.insert("stage".to_owned(), from.to_owned());
        }
    }
    // `title: Marketing Lead, Lifecycle & CRM` in the front matter: a job's title, when it reads
    // as one and names no one met (`title: Call with Jane Doe, CTO` is the note's own title).
    if note.position.is_none() {
        let title =
            note.extra.get("title").and_then(|v| v.as_str()).filter(|t| !t.contains(" with ") && !names_people(t));
        note.position = title.and_then(|t| sections::position_from_title(t, note.company.as_deref()));
        if note.position.is_some() {
            note.sources.insert("position".to_owned(), "`title`".to_owned());
        }
    }
    if note.position.is_none() {
        note.position =
            doc.body.title.as_deref().and_then(|t| sections::position_from_title(t, note.company.as_deref()));
    }
    // A note without a heading opens with a title line of its own: `Brightmoor Software — Design
    // Systems Engineer`, `Kestrel Payments / SRE (Payments Infra) / round 2`.
    if note.position.is_none() && doc.body.title.is_none() {
        let first = first_line;
        // (`Bellwether & Pryce CPAs — Senior Accountant` in `bellwether-cpa/`: its first word will do.)
        let lower = first.to_lowercase();
        let names_company = note.company.as_deref().is_some_and(|c| {
            let c = c.to_lowercase();
            let head = c.split_whitespace().next().unwrap_or_default();
            lower.contains(&c) || (head.len() >= 4 && lower.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == head))
        });
        // (Set 69: `■ Nordlane Freight Korea — 2차 임원면접 (executive / final interview)` over `▶
        // Position: Ocean Export Operations Specialist`: a line that labels the job names it.)
        let labelled = || job::labelled(&source.text[doc.body_offset..], note.company.as_deref(), &[]).is_some();
        if names_company && first.split_whitespace().count() <= 16 && !labelled() {
            note.position = sections::position_from_title(first, note.company.as_deref())
                .or_else(|| loose::position_in_first_line(first, note.company.as_deref()));
            if note.position.is_some() {
                note.sources.insert("position".to_owned(), "the first line".to_owned());
            }
        }
        // (Set 46: `BAYOU FRESH DISTRIBUTION - ONSITE⏎WED 11/25 …⏎Transportation Coordinator -
        // INBOUND`: a line of its own under the first, that names a job and nothing else.)
        if let (true, None, Some(company)) = (names_company, &note.position, note.company.as_deref()) {
            let body = &source.text[doc.body_offset..];
            let next = body.lines().map(str::trim).filter(|l| !l.is_empty()).skip(1).take(2);
            let found = next.filter_map(|line| {
                let head = [" - ", " — ", " – ", ", "].iter().fold(line, |l, s| l.split(s).next().unwrap_or(l));
                // (Not `Present: Ruth Castellane (Managing Editor), …`: a label, and people.)
                let plain = !line.contains([':', '@', '(', '.']);
                let titled = plain && head.split_whitespace().any(people::is_title_word);
                titled.then(|| loose::position_in_first_line(&format!("{company} - {line}"), Some(company))).flatten()
            });
            if let Some(position) = found.into_iter().next() {
                note.position = Some(position);
                note.sources.insert("position".to_owned(), "a line under the first".to_owned());
            }
        }
    }
    // `Final round at Ostrander Health today, for the Data Scientist (Clinical Operations) role.`
    if note.position.is_none() {
        let opening =
            doc.body.text.lines().filter(|l| !l.trim().is_empty()).take(3).flat_map(|l| l.split(". ")).take(8);
        note.position = opening.filter_map(loose::role_in).next();
        if note.position.is_some() {
            note.sources.insert("position".to_owned(), "the first sentence".to_owned());
        }
    }
    // `Backend Engineer II, Payments Platform` on a line of its own under the title.
    // (Set 69: not `**"SPIN-OFF"** — a pilot`, a title's joke, over `**Post: Education & Outreach
    // Officer.**`: a line that labels the job names it.)
    if note.position.is_none() && job::labelled(&source.text[doc.body_offset..], note.company.as_deref(), &[]).is_none()
    {
        let titled = |t: &str| t.split_whitespace().any(people::is_title_word);
        // (The lines before the first section: `- would be my mgr` under `## marisol vega` is
        // about her.)
        let mut opening = body_lines(&source.text).peekable();
        if doc.body.title.is_some() {
            opening.next_if(|l| l.starts_with("# "));
        }
        let before_sections = opening.take_while(|l| !l.starts_with('#')).count();
        let line =
            body_lines(&source.text).filter(|l| !l.starts_with('#')).take(2.min(before_sections)).find_map(|l| {
                // (`resident services coordinator — 1st interview, in person, wed 25 nov`: the job,
                // then the meeting.)
                let l = [" — ", " – ", " - "]
                    .iter()
                    .find_map(|d| l.split_once(d).filter(|(_, rest)| folder::names_interview(rest)).map(|(job, _)| job))
                    .unwrap_or(l);
                let head = l.split([',', '(']).next().unwrap_or_default();
                // (`**Claire Dubois — CMO**` is someone met.)
                let fits = titled(head)
                    && !l.contains([':', '@', '.', '!', '?'])
                    && !l.starts_with("**")
                    && !names_people(l)
                    && !contains_word(&l.to_lowercase(), "my")
                    && l.split_whitespace().count() <= 8;
                fits.then_some(l)
            });
        note.position = line.and_then(|l| sections::position_from_title(l, note.company.as_deref()));
        if note.position.is_some() {
            note.sources.insert("position".to_owned(), "a line of its own".to_owned());
        }
    }
    // A note that names a company but gives no date: the date in its first heading or its file
    // name (`2026-10-21-acme-onsite.md`). Without a company, a dated journal page with a "Wins"
    // heading must not become an interview.
    let mut day_from = None;
    // (Set 74: `Adobe Scan Nov 20, 2026 (1).txt` over `Thurs 11/19 - North Hills Cat Clinic`: a
    // scanner names its file for the day of the scan; the page's own day comes first.)
    if note.date.is_none() && note.company.is_some() && scanned(file_name) {
        if let Some((day, from)) = opened() {
            note.date = Some(day);
            day_from = Some(from);
        }
    }
    if note.date.is_none() && note.company.is_some() {
        let title = doc.body.title.as_deref().and_then(iso_date_in);
        // `copperline_round2_nov19.md`: a day without its year is of the year the file was saved
        // in (as `extract` warns), not of whatever year the note mentions ("a talk in 2024").
        let year_less = match dates::day_in_name(file_name) {
            Some(dates::NameDay::YearLess(month, day)) => source.saved.and_then(|s| dates::last_before(month, day, s)),
            _ => None,
        };
        let from = match (title, year_less) {
            (Some(_), _) => DayFrom::Title,
            (None, Some(_)) => DayFrom::YearSaved,
            (None, None) => DayFrom::FileName,
        };
        note.date = title.or(year_less).or_else(|| dates::date_in_name(file_name, &source.text, source.day_first));
        if note.date.is_some() {
            day_from = Some(from);
        }
    }
    if note.date.is_none() && note.company.is_some() {
        if let Some((day, from)) = opened() {
            note.date = Some(day);
            day_from = Some(from);
        }
    }
    if let Some(from) = day_from {
        note.sources.insert("date".to_owned(), from.label().to_owned());
    }
    // (A file named for the day it was written, `HANDOVER 13-11 greyfriars.md` over `interview
    // yday`: the day before.)
    if day_from.is_some_and(DayFrom::of_the_writing) && told_the_day_after(&source.text) {
        note.date = note.date.and_then(|d| d.yesterday().ok());
        if let Some(from) = note.sources.get_mut("date") {
            from.push_str(", the day before it (\"yesterday\")");
        }
    }
    // `Senior Backend Engineer (req #GL-4471)`: the tracker's number is no part of the name.
    // `Staff Pharmacist (PRN -> FT)`, `School Counselor (grades 6-8), 1.0 FTE`: the writer's
    // shorthand about the terms, not the job's name.
    if let Some(position) = note.position.as_mut() {
        // `Svc Tech (Journeyman)`, `Asst Store Manager`: a hurried title's words written out.
        for (short, full) in [("Svc", "Service"), ("Asst", "Assistant"), ("Mgr", "Manager"), ("Coord", "Coordinator")] {
            *position = position.replace(&format!("{short}. "), &format!("{full} "));
            *position = crate::text::words::replace_word(position, short, full);
        }
        // `Teen Services Librarian (Librarian II, Eastside branch)`: brackets with a comma are the
        // writer's notes on the job; an unclosed one was cut short.
        if let Some((job, aside)) = position.split_once(" (") {
            let inside = aside.split(')').next().unwrap_or(aside);
            if inside.contains(", ") || !aside.contains(')') {
                *position = job.trim().to_owned();
            }
        }
        if let Some((job, _)) = position.rsplit_once(", ").filter(|(_, tail)| tail.contains("FTE")) {
            *position = job.trim().to_owned();
        }
        if let Some((job, _)) = position.rsplit_once(" (").filter(|(_, a)| a.contains("->") || a.contains('→')) {
            *position = job.trim().to_owned();
        }
    }
    // (`"HOLLOW CREEK"`: a production's name in quotes is no job.)
    if note.position.as_deref().is_some_and(|p| p.starts_with(['"', '“'])) {
        note.position = None;
    }
    // (`foreman spot`, `chemist gig`: the writer's word for an opening is no part of the job.)
    if let Some(position) = note.position.as_mut() {
        let slang = [" Spot", " spot", " Gig", " gig", " Opening", " opening"];
        if let Some(job) = slang.iter().find_map(|s| position.strip_suffix(s)).filter(|j| !j.trim().is_empty()) {
            *position = job.trim().to_owned();
        }
    }
    // `Company: The Calloway Hotel (Savannah)`: where it is, in brackets, is no part of its name.
    if let Some(company) = note.company.as_mut() {
        if let Some((name, _)) = company.split_once(" (").filter(|(_, aside)| aside.ends_with(')')) {
            *company = name.trim().to_owned();
        }
    }
    // `what: Staff PT (outpatient ortho), final round`: the stage after the job is the stage.
    if let Some((job, stage)) = note.position.as_deref().and_then(|p| p.rsplit_once(", ")) {
        if folder::stage_in(stage).is_some() && stage.split_whitespace().count() <= 3 {
            let (job, stage) = (job.trim().to_owned(), stage.trim().to_owned());
            note.position = Some(job);
            if note.stage.is_none() {
                note.stage = Some(stage);
            }
        }
    }
    if let Some(position) = note.position.as_mut() {
        if let Some((name, aside)) = position.rsplit_once(" (") {
            // (`Staff PT (outpatient ortho)`: the writer's own words in lower case go too.)
            let own_words = aside.chars().any(char::is_alphabetic)
                && aside.chars().all(|c| !c.is_uppercase())
                && name.chars().any(char::is_uppercase);
            let aside = aside.to_lowercase();
            if aside.contains('#')
                || aside.starts_with("req")
                || aside.starts_with("id")
                || aside.starts_with("job id")
                || own_words
            {
                *position = name.trim().to_owned();
            }
        }
    }
    // A key of the note's own that names the decision (`decision_date:`, `decide_by:`) holds
    // the day, else the note's words say it.
    // The body as written (headings and list marks kept), less what the writer wrote for
    // themselves, and those lines of theirs.
    let raw = &source.text[doc.body_offset..];
    let shareable = sections::shareable(raw);
    let private: Vec<&str> = raw
        .lines()
        .zip(shareable.lines())
        .filter(|(r, s)| s.is_empty() && !r.trim().is_empty())
        .map(|(r, _)| r)
        .collect();
    let decision_key = note.extra.iter().find_map(|(key, value)| {
        let key = key.to_lowercase();
        (key.contains("decision") || key.contains("decide")).then(|| value.as_str().and_then(parse_date)).flatten()
    });
    // The days the note names are of this company's process, not of another's it mentions.
    let known: Vec<&str> = [&note.company, &note.position]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(
            note.people
                .iter()
                .chain(&note.not_thanked)
                .chain(&note.met_in_passing)
                .flat_map(|p| std::iter::once(p.name.as_str()).chain(p.called.as_deref())),
        )
        .collect();
    let shareable_own = timeline::own_process(&shareable, raw, &known);
    note.decision_by = decision_key.filter(|day| note.date.is_some_and(|on| *day > on)).or_else(|| {
        // (`next: offer decision "by Dec 4" per Jess` in the front matter says it too.)
        // (Not what the writer wrote for themselves: `PRIVATE` over `if offer comes before Dec
        // 15…`.)
        let values = note.extra.values().filter_map(|v| v.as_str());
        let text = values.chain([shareable_own.as_str()]).collect::<Vec<_>>().join("\n");
        note.date.and_then(|on| timeline::decision_in(&text, on))
    });
    note.next_round_on = note.date.and_then(|on| timeline::next_round_on(&shareable_own, on));
    note.rounds_left = sections::rounds_left(&shareable_own);
    note.days_off = note.date.map(|on| timeline::days_off_named(&shareable, on)).unwrap_or_default();
    // Whom each section's heading names alone: its lines may say what they did.
    let owners: Vec<Option<usize>> =
        doc.body.sections.iter().map(|s| prose::person_in(&s.heading, &note.people)).collect();
    let snapshot = note.people.clone();
    // (`Dana … said hi to Joanne`, Joanne having led the panel: one the note says liked
    // something was met for more than a greeting.)
    // (The one a highlight is first about: `euan asked about… (kirsty must have passed it on)` is
    // Euan's, and says nothing of how long Kirsty was there.)
    let liked: Vec<&String> = note.highlights.iter().filter_map(|h| h.about.first()).collect();
    let absent: Vec<String> = snapshot
        .iter()
        .filter(|p| p.kind() == crate::model::Kind::Interviewer && !liked.contains(&&p.name))
        .filter(|p| did::absent_in(&source.text, p, &snapshot) || not_met_on_own_line(&source.text, p))
        // (Set 68: `Helen — not there today` over `- [ ] Thank Helen for the call`: thanked for
        // what came after.)
        .filter(|p| !thanks_planned_for(&source.text, p, &snapshot))
        .map(|p| p.name.clone())
        .collect();
    for (i, person) in note.people.iter_mut().enumerate() {
        // (`role: scheduled everything, sent parking validation` in the front matter said it.)
        let stated = person.did.take();
        let greeted = did::greeted_in(&source.text, person, &snapshot).filter(|_| !liked.contains(&&person.name));
        person.did = stated.or(greeted).or_else(|| did::did_in(&doc.body.text, person)).or_else(|| {
            let theirs = doc.body.sections.iter().zip(&owners).filter(|(_, owner)| **owner == Some(i));
            let mut lines: Vec<&str> = theirs.flat_map(|(s, _)| s.items.iter().map(|it| it.text.as_str())).collect();
            // `Kwame:` over a list: a line that only names them heads the list under it.
            for section in &doc.body.sections {
                for (at, paragraph) in section.paragraphs.iter().enumerate() {
                    let label = paragraph.text.trim().trim_end_matches(':').replace("**", "");
                    let them = label == person.name || label == people::first_name(&person.name);
                    if !them {
                        continue;
                    }
                    let until = section.paragraphs.get(at + 1).map_or(usize::MAX, |next| next.line);
                    lines.extend(
                        section
                            .items
                            .iter()
                            .filter(|it| it.parent.is_none() && it.line > paragraph.line && it.line < until)
                            .map(|it| it.text.as_str()),
                    );
                }
            }
            did::did_in_section(&lines, person)
        });
        // (Set 71: `Aisling asked about my CORU registration … I said "it is in progress". It is
        // NOT`, among what went badly, was "I enjoyed your questions about my CORU registration":
        // a question that left something to set straight is not one to recall.)
        if let Some(crate::model::Did::Asked(topic)) = &person.did {
            let topic = topic.to_lowercase();
            if note.clarifications.iter().any(|c| c.to_lowercase().contains(&topic)) {
                person.did = None;
            }
        }
        person.called = people::called_in_japanese(&source.text, &person.name)
            .or_else(|| people::called_in(&source.text, &person.name))
            .or_else(|| people::given_of_two_words(&source.text, &person.name))
            .or_else(|| people::short_given(&source.text, &person.name))
            // (Set 70, a tech log's crew in capitals: `REBECCA "BEC" NGUYEN - HSE Lead` goes by Bec;
            // not initials, `DC`, beside a name written as names are.)
            .map(|c| {
                let name_shouted = !person.name.chars().any(char::is_lowercase);
                let shouted = name_shouted && c.chars().count() >= 3 && c.chars().all(|ch| !ch.is_lowercase());
                if shouted { people::title_cased(&c.to_lowercase()) } else { c }
            });
        // (Set 53: `Dr. Pádraig Ó Súilleabháin, … told me to call him Paddy straight away`.)
        person.called_as_asked = person.called.as_deref().is_some_and(|alias| {
            let lower = source.text.to_lowercase();
            let alias = alias.to_lowercase();
            ["call him ", "call her ", "call me "].iter().any(|c| lower.contains(&format!("{c}{alias}")))
        });
    }
    note.people.retain(|p| !absent.contains(&p.name));
    merge_called(&mut note.people);
    helped_beside_the_panel(&mut note.people, &source.text);
    guided_beside_the_panel(&mut note.people, &source.text, &shareable);
    from_an_agency(&mut note.people, &source.text);
    roles_in_contacts(&mut note.people, &source.text);
    // A promise the note makes anywhere is taken up with the person it was made to, unless a
    // clarification of the note makes it already.
    // One made to a "her" goes in only when the note names one interviewer it can be.
    let interviewers = note.people.iter().filter(|p| p.kind() == crate::model::Kind::Interviewer).count();
    // (`- Mention in the thank-you that I've started the Everlaw free training (do it first!)`:
    // news for the letter, in the writer's own words after "that".)
    for line in doc.body.text.lines() {
        let plain = line.trim_start_matches(['-', '*', '+', ' ', '>', '\t']).trim_start_matches("[ ] ");
        let lower = plain.to_lowercase().replace('’', "'");
        let Some(rest) = lower.strip_prefix("mention ") else { continue };
        let Some(at) = rest.find(" that i").filter(|&at| rest[..at].contains("thank")) else { continue };
        let news = &plain["mention ".len() + at + " that ".len()..];
        let news = crate::text::words::without_brackets(news);
        let news = news.trim().trim_end_matches(['.', '!']);
        let clarification = format!("forgot to mention that {news}");
        if news.is_empty() || note.clarifications.contains(&clarification) {
            continue;
        }
        // (For the one whose part of the note names what it is about: `Everlaw`, which Peter
        // mentioned.)
        let names: Vec<&str> = news
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase) && !people::is_common_word(w))
            .collect();
        let theirs = doc.body.sections.iter().find_map(|s| {
            let i = prose::person_in(&s.heading, &note.people)?;
            let text = s.items.iter().map(|it| it.text.as_str()).chain(s.paragraphs.iter().map(|p| p.text.as_str()));
            text.into_iter().any(|t| names.iter().any(|n| t.contains(n))).then(|| note.people[i].name.clone())
        });
        if let Some(name) = theirs {
            note.clarified_with.insert(clarification.clone(), name);
        }
        note.clarifications.push(clarification);
    }
    // (`In Graham's note, mention TrialDirector + the Baines verdict again briefly`: a plan for
    // one person's message. followup cannot vouch for a sentence made of it, but it names whose
    // message it belongs in, and it must not vanish: it is listed for that message.)
    for line in doc.body.text.lines() {
        let plain = line.trim_start_matches(['-', '*', '+', ' ', '>', '\t']).trim_start_matches("[ ] ").trim();
        let Some(name) = plan_for_one_message(plain, &note.people) else { continue };
        if note.clarifications.iter().any(|c| c == plain) {
            continue;
        }
        note.clarified_with.insert(plain.to_owned(), name);
        note.clarifications.push(plain.to_owned());
    }
    for promise in promises::promises_in(&doc.body.text) {
        let what = promise.what.to_lowercase();
        // `Promised Harriet a sanitized sample process map (the title-transfer one). Send by
        // Monday.`: the line that says the promise, read as one.
        let says_it = |c: &String| {
            let lower = c.to_lowercase().replace("**", "");
            let lower = ["i ", "also ", "i also "].iter().fold(lower.as_str(), |l, p| l.strip_prefix(p).unwrap_or(l));
            // (`Told Gwendolyn I'd send her the redacted version of …` too.)
            // (And `Dr. Mendez asked for a sample progress report — de-identified. Said I'd send
            // by Monday.`, one the promise names.)
            let asked = lower.contains(" asked for ")
                && ["said i'd send", "said i would send", "promised"].iter().any(|w| lower.contains(w));
            (lower.starts_with("promised ") || lower.starts_with("told ") || asked)
                && lower.contains(&what)
                && *c != promise.line
        };
        if let Some(at) = note.clarifications.iter().position(says_it) {
            let old = std::mem::replace(&mut note.clarifications[at], promise.line.clone());
            if let Some(to) = note.clarified_with.remove(&old) {
                note.clarified_with.insert(promise.line.clone(), to);
            }
            continue;
        }
        // (`the rubric + the plan` is the promise's `the rubric and the plan`.)
        // (And `send Gwendolyn the scoring sheet` beside `send Gwendolyn the redacted version of the
        // replacement scoring sheet`: every word of the thing is there.)
        let words: Vec<&str> =
            what.split_whitespace().filter(|w| !["the", "my", "a", "an", "our"].contains(w)).collect();
        let made_already = note.clarifications.iter().any(|c| {
            let c = c.to_lowercase().replace(" + ", " and ");
            c.contains(&what) || (!words.is_empty() && words.iter().all(|w| crate::text::words::contains_word(&c, w)))
        });
        if !made_already && (!promise.to_pronoun || interviewers == 1) {
            note.clarifications.push(promise.line);
        }
    }
    // `Emailed Fiona before? Yes, once…`, under any heading (`## Process` too): who has had mail.
    // A line at a time, for a question and its answer; a sentence at a time, for one name each.
    // Every way `emailed` reads says "email": the other lines are not split into sentences.
    // "Her" on a line that names one person is them (`recruiter was Ashley Min… emailed her
    // before yes`); a clause may say it of one of two (`emailed Nate before, never emailed Claire`).
    for line in doc.body.text.lines().filter(|l| contains_ignoring_ascii_case(l, "mail")) {
        // (`I've emailed her about 3 times. Very warm, said "Eleanor is tough but fair."`: a name
        // in someone's words is not whom the line is about.)
        let unquoted = without_quotations(line);
        let named: Vec<usize> =
            (0..note.people.len()).filter(|&i| prose::names(&unquoted, &note.people[i], &note.people)).collect();
        let about = match named[..] {
            [i] => Some(i),
            _ => None,
        };
        let sentences = loose::split_sentences(line);
        let clauses = sentences.iter().flat_map(|s| s.split([',', ';'])).map(str::to_owned);
        // The whole line for a question and its answer; a line of several sentences otherwise
        // says it in one of them (`I've only emailed Ellen. Renée's email was on the sheet.`).
        let whole = (sentences.len() == 1 || line.contains('?')).then(|| line.to_owned());
        for text in whole.into_iter().chain(sentences.iter().cloned()).chain(clauses) {
            if let Some(p) = prose::emailed(&text, about, &note.people) {
                note.people[p].emailed = true;
            }
        }
        for p in
            prose::emailed_answers(line, &note.people).into_iter().chain(prose::emailed_several(line, &note.people))
        {
            note.people[p].emailed = true;
        }
    }
    // One whose email the note pastes in has written to the writer, who may write back.
    for mail in &doc.mail {
        let senders: Vec<usize> =
            (0..note.people.len()).filter(|&i| prose::names(&mail.from, &note.people[i], &note.people)).collect();
        if let [i] = senders[..] {
            note.people[i].emailed = true;
            // (`Luz` in the note, `From: Luz Ortega` over her email: named in full.)
            let given = &note.people[i].name;
            if !given.contains(' ') && mail.from.strip_prefix(given.as_str()).is_some_and(|r| r.starts_with(' ')) {
                let given = std::mem::replace(&mut note.people[i].name, mail.from.clone());
                for about in note.highlights.iter_mut().flat_map(|h| h.about.iter_mut()).filter(|a| **a == given) {
                    about.clone_from(&mail.from);
                }
                for with in note.clarified_with.values_mut().filter(|w| **w == given) {
                    with.clone_from(&mail.from);
                }
            }
        }
    }
    // (Set 48: `Cc: Siobhan Gallagher <siobhan.gallagher@castlemerebank.co.uk>` on a pasted
    // mail: her address, and a thread she is on with you.)
    for (name, email) in doc.mail.iter().flat_map(|m| &m.addresses) {
        if let Some(i) = prose::the_one_named(name, &note.people) {
            let p = &mut note.people[i];
            if p.email.is_none() && !p.via_inbox && crate::text::email::is_address(email) {
                p.email = Some(email.clone());
                p.emailed = true;
            }
        }
    }
    // (Set 64, a Dutch tracker's `## mail gehad?` over `- Fleur: yes (invite + prep mail,
    // f.dewit@…)` and `- Mark: no`: an answer for each, yes or no.)
    let mut heading = "";
    for line in source.text.lines() {
        if let Some(h) = line.strip_prefix('#') {
            heading = h;
            continue;
        }
        let Some(item) = line.trim_start().strip_prefix("- ").or_else(|| line.trim_start().strip_prefix("* ")) else {
            continue;
        };
        let Some((who, answer)) = item.split_once(": ").filter(|_| spoken::asks_if_emailed(heading)) else { continue };
        let yes = ["yes", "ja", "yep", "y "].iter().any(|w| answer.trim_start().to_lowercase().starts_with(w));
        if let (true, Some(i)) = (yes, prose::the_one_named(who.trim(), &note.people)) {
            let p = &mut note.people[i];
            p.emailed = true;
            if p.email.is_none() {
                p.email = people::find_email(answer).map(|(_, _, address)| address);
            }
        }
    }
    // `emailed so far: only marcy pruitt? (hr, set it up)`: those written to, and one who helped
    // that the note names nowhere else.
    for (at, line) in source.text.lines().enumerate() {
        let Some((label, value)) = line.trim_start_matches(['-', '*', ' ', '\t']).split_once(": ") else { continue };
        let label = sections::normalize(label);
        let says_who = ["emailed so far", "emailed", "have emailed", "ive emailed", "who ive emailed", "email so far"];
        let value = value.trim();
        let no = ["no", "not", "none", "nope", "nobody", "never"].iter().any(|w| value.to_lowercase().starts_with(w));
        if !says_who.contains(&label.as_str()) || no {
            continue;
        }
        let value = value.trim_start_matches("only ");
        let (names, aside) = value.split_once(" (").map_or((value, ""), |(n, a)| (n, a));
        let name = names.split(['.', ';']).next().unwrap_or(names).trim().trim_end_matches('?').trim();
        match note.people.iter().position(|p| prose::names(name, p, &note.people)) {
            Some(i) => note.people[i].emailed = true,
            None => {
                let aside = aside.to_lowercase();
                let helped =
                    ["hr", "set it up", "set this up", "recruit", "scheduled"].iter().any(|w| aside.contains(w));
                if let Some(name) = people::lower_case_name(name).filter(|_| helped) {
                    let p = people::PersonText {
                        name,
                        role: Some("coordinator".to_owned()),
                        emailed: true,
                        ..Default::default()
                    };
                    note.people.push(people::from_body(p, crate::model::Kind::Helper, at + 1));
                }
            }
        }
    }
    // (Set 71: a chat pasted from Teams, `[13/11/2026 07:31] Gemma Hollister (You)` over `sent Dawn
    // the thank you email last night`, in the note of the round of 26 November: what a message
    // written before this interview says was sent was an earlier round's.)
    // (Set 72: `- [x] t/y email → Ben, same arvo.`: a thank-you, shortened.)
    let said_since = thank_you_spelled(chat::said_since(&source.text, note.date));
    let body_since = chat::said_since(&doc.body.text, note.date);
    // Thanks sent to some already: `Thank-you sent: Tamsin ✅, Bernie ✅, Yuki ❌`, a table row's
    // `Yes – thank-you sent 5pm`, `emailed_signe:: yes (thank-you sent tonight)`.
    // (The note's own lines: a paragraph's soft breaks are spaces in the body's text.)
    let mut marked = false;
    let lines: Vec<&str> = said_since.lines().collect();
    for (at, line) in lines.iter().enumerate().filter(|(_, l)| contains_ignoring_ascii_case(l, "thank")) {
        if timeline::thanks_sent_in(line).is_some_and(after_an_earlier_round) {
            continue;
        }
        marked |= thanks_label(line).is_some();
        // (`sent her a thank-you email`: you have written to her, too.)
        let by_email = timeline::thanks_sent_in(line).is_some_and(|s| contains_ignoring_ascii_case(s, "email"));
        let mut thanked = thanked_on(line, &note.people);
        // (`- **Bridget O'Shea** — HR Coordinator` over `  - Emailed her a thank-you at 6pm ✔️`:
        // "her" is the one the item above names.)
        if thanked.is_empty() {
            thanked = thanked_under(&lines[..at], line, &note.people).into_iter().collect();
        }
        for i in thanked {
            note.people[i].thanked = true;
            note.people[i].emailed |= by_email && thanks_label(line).is_none();
        }
    }
    // (Set 60, in German and French: `Erledigt: kurze Dankes-Mail an Melis heute 18:10 ✔`,
    // `Remerciements envoyés à Stéphane pis Priya mercredi soir`: the thanks of those it names.)
    for line in said_since.lines() {
        let lower = line.to_lowercase();
        const THANKS: &[&str] = &[
            "dankes-mail",
            "dankesmail",
            "danke-mail",
            "dankeschön-mail",
            "remerciements envoyés",
            "remerciement envoyé",
        ];
        const DONE: &[&str] = &["erledigt", "✔", "✓", "✅", "gesendet", "geschickt", "envoyé"];
        if !(THANKS.iter().any(|w| lower.contains(w)) && DONE.iter().any(|w| lower.contains(w))) {
            continue;
        }
        let named: Vec<usize> =
            (0..note.people.len()).filter(|&i| prose::names(line, &note.people[i], &note.people)).collect();
        for i in named {
            note.people[i].thanked = true;
            note.people[i].emailed |= lower.contains("mail") || lower.contains("courriel");
        }
    }
    // (Set 63, a CRM record's activity log: `▸ 11/16 14:02 | EMAIL out → Kelsey: TY + confirmed
    // avail for R2`: an email logged as gone out to the one it names, and with a thank-you, "TY",
    // their thanks sent.)
    for line in said_since.lines() {
        let Some((head, to)) = line.split_once(" → ").or_else(|| line.split_once(" -> ")) else { continue };
        // (Not `two parents emailed thanks. → Tom smiled.`: a log's own words.)
        let out = contains_ignoring_ascii_case(head, "email out");
        let ty = to.split(|c: char| !c.is_alphanumeric()).any(|w| w == "TY");
        // (Set 63: `▸ 11/17 08:10 | EMAIL out → Raj: TY + …` under `ACCOUNT UPDATES SINCE R1`, in
        // the note on round 2: the month and day logged before this interview's are an earlier
        // round's thanks.)
        let logged = head.split_whitespace().find_map(|w| {
            let (m, d) = w.split_once('/')?;
            Some((m.parse::<i8>().ok()?, d.parse::<i8>().ok()?))
        });
        let earlier = match (logged, note.date) {
            (Some(md), Some(on)) => md < (on.month(), on.day()),
            _ => false,
        };
        if !out {
            continue;
        }
        // (Any email logged as gone out to them says you have written to them.)
        let whom = to.split([':', '+', '(']).next().unwrap_or(to);
        let named: Vec<usize> =
            (0..note.people.len()).filter(|&i| prose::names(whom, &note.people[i], &note.people)).collect();
        for i in named {
            note.people[i].thanked |= ty && !earlier;
            note.people[i].emailed = true;
        }
    }
    ticked_thanks_applied(&said_since, &mut note.people);
    // (Set 46: under `# 7. Thank-you status`, `1. Ananya - mail sent Fri 20/11 … DONE.` and `3.
    // Shruti - WhatsApp thanks done same evening.`: an item that opens with one person says theirs
    // is done.)
    // (And `THX:⏎- EMAIL Tasha - tboudreaux@…⏎  >> SENT 11/20 1415 w/ resume… DONE` under a label:
    // an item that names how it went.)
    // (Set 59, a deal record: `- Stefan Brandt, Chief Revenue Officer, …` over `- thank-you ALREADY
    // SENT 23-Nov 21:40 from the car ✔`, in a list about him: his thanks, not everyone's.)
    let mut theirs: Vec<&str> = Vec::new();
    for section in &doc.body.sections {
        // (Set 64, a Dutch tracker's `bedankt?` column: `Fleur: mail 10-11 ✔`.)
        let thanks = ["thank", "bedankt"].iter().any(|t| contains_ignoring_ascii_case(&section.heading, t));
        for item in &section.items {
            let lower = item.text.to_lowercase();
            let how = ["email", "mail", "card", "letter", "text", "whatsapp", "thank", "thx"]
                .iter()
                .any(|w| lower.contains(w));
            // (Set 63, at round 2: `Round 1 thank-yous – all done:` over `Jade – emailed 10 Nov ✔`:
            // an earlier round's thanks, by the item over it or by the day, before this interview.)
            let parent = item.parent.and_then(|line| section.items.iter().find(|i| i.line == line));
            let earlier = parent.is_some_and(|p| after_an_earlier_round(&p.text))
                || note.date.zip(dates::day_and_month_in(&item.text, &said_since)).is_some_and(|(date, (m, d))| {
                    jiff::civil::Date::new(date.year(), m, d).is_ok_and(|day| day < date)
                });
            // (A task ticked: `- [x] Chloe — thanks email 1110`, its box read by the parser or
            // still written in the text.)
            let (boxed, text) = task_box(&item.text);
            if let Some(i) =
                thanks_done(text, item.checked.or(boxed), &note.people).filter(|_| (thanks || how) && !earlier)
            {
                note.people[i].thanked = true;
            }
            let unnamed = thanked_on(&item.text, &note.people).is_empty();
            if timeline::thanks_sent_in(&item.text).is_some() && unnamed {
                if let Some(i) = prose::introduced_by_list(section, item.line, &note.people) {
                    note.people[i].thanked = true;
                    theirs.push(&item.text);
                }
            }
        }
    }
    // (Everyone thanked means an interviewer among them: a referrer thanked before the interview
    // says nothing of the panel's thanks.)
    let interviewed = note.people.iter().any(|p| p.kind() == crate::model::Kind::Interviewer);
    if interviewed && note.people.iter().all(|p| p.thanked) {
        note.thanked = true;
    }
    // What the note says already happened counts as `thanked:` and `status:` would.
    // Thanks sent to some only (`Already sent Marisol a thank-you`, `thanked all three` of four
    // interviewers) leave the others' to write.
    // (`…and left them with Marguerite on the way out`: the one who took the cards in.)
    let courier = |sentence: &str| {
        let (at, name) = courier_at(sentence)?;
        let who = note.people.iter().position(|p| prose::names(&sentence[name..], p, &note.people));
        Some((at, who))
    };
    let to_some = |sentence: &str| {
        let sentence = courier(sentence).map_or(sentence, |(at, _)| &sentence[..at]);
        let is_interviewer = |p: &&Person| p.kind() == crate::model::Kind::Interviewer;
        let interviewers = note.people.iter().filter(is_interviewer).count();
        let named: Vec<&Person> = note.people.iter().filter(|p| prose::names(sentence, p, &note.people)).collect();
        let words = sections::normalize(sentence);
        let counted = words.split(' ').filter_map(sections::number_word).any(|n| n < interviewers);
        let some_named = !named.is_empty() && named.iter().copied().filter(is_interviewer).count() < interviewers;
        // `You have NOT thanked Siobhan or Arjun`, `- [ ] thank Lena + Omar`, `nothing to Wes yet`.
        let lower = said_since.to_lowercase();
        let line = lower.lines().find(|l| l.contains(&sentence.to_lowercase())).unwrap_or_default();
        // (`TY to Gary/Tasha/Luis not done`, `thank-yous: not yet`: a line that says some are not.)
        let not_yet = lower.lines().any(|l| {
            let thanks = l.contains("thank") || crate::text::words::contains_word(l, "ty");
            thanks && ["not done", "not sent", "not yet", "none yet", "no thank"].iter().any(|p| l.contains(p))
        });
        let others_left = not_yet
            || ["not thanked", "haven't thanked", "[ ] thank", "yet to thank", "still to thank"]
                .iter()
                .any(|p| lower.contains(p))
            || ["still need", "nothing to", "not yet to", "still owe"].iter().any(|p| line.contains(p));
        // (`emailed her a thanks`: one person's; `Sent a quick thank you to Danielle in HR`: one
        // the note names nowhere else.)
        // (`Already texted/emailed Kyle thanks`: one the note names nowhere else.)
        // (`Chris's`, `Chris,`: the name without its possessive or its stop.)
        let unknown = |word: &str| {
            let word = word.trim_end_matches([',', '.', ';', ':', '!']);
            let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
            word.starts_with(char::is_uppercase)
                && word.len() > 1
                && !note.people.iter().any(|p| people::first_name(&p.name) == word)
        };
        let after_verb = sentence.split(' ').collect::<Vec<_>>().windows(2).any(|w| {
            let verb = w[0].rsplit('/').next().unwrap_or(w[0]).to_lowercase();
            // (Set 63: `sent Jess the email — thanks + the par sheet for Priya`, Jess unlisted.)
            ["emailed", "texted", "thanked", "messaged", "sent"].contains(&verb.as_str()) && unknown(w[1])
        });
        // (Set 45: `- Aaron — nothing (already thanked)`: an item that opens with one the note
        // does not list.)
        let lead = sentence.trim_start_matches(['-', '*', '+', ' ', '\t']);
        let opens_unknown = lead.split_once(' ').is_some_and(|(w, rest)| {
            // (Set 64: `Ruby (ex-council) sent me the listing → texted thanks ✔`.)
            let listed = ["— ", "– ", "- ", "("].iter().any(|d| rest.starts_with(d)) || w.ends_with([':', ',']);
            let w = w.trim_end_matches([',', ':']);
            let named = w.chars().all(char::is_alphabetic) && !w.to_lowercase().starts_with("thank");
            listed && named && unknown(w) && !people::is_common_word(w)
        });
        let one = after_verb
            || opens_unknown
            || words.split(' ').any(|w| w == "her" || w == "him")
            || sentence.match_indices(" to ").any(|(at, _)| {
                let next = sentence[at + 4..].split(' ').next().unwrap_or_default();
                next != "all" && next != "everyone" && unknown(next)
            });
        !words.contains("everyone") && (some_named || counted || others_left || one)
    };
    // (A line that marks each one says it person by person. Set 65: `I had Teague all through my
    // R1 notes AND in the thank-you I sent via Sinéad`, then `sent R2 thank-you to Sinéad (for
    // Aoife, Tadhg …)`: the first sentence of this round's thanks, past those of an earlier one.)
    let sent = timeline::all_thanks_sent_in(&body_since)
        .find(|s| !theirs.iter().any(|t| t.contains(*s)) && !after_an_earlier_round(s))
        .filter(|s| !to_some(s));
    match sent.and_then(courier) {
        // (Cards left with one who helped are the interviewers': the helper's thanks are to write.)
        Some((_, Some(helper)))
            if !note.thanked && !marked && note.people[helper].kind() == crate::model::Kind::Helper =>
        {
            for p in note.people.iter_mut().filter(|p| p.kind() == crate::model::Kind::Interviewer) {
                p.thanked = true;
            }
        }
        _ if sent.is_some() && !note.thanked && !marked => {
            note.thanked = true;
            note.sources.insert("thanked".to_owned(), NOTE_WORDS.to_owned());
        }
        _ => {}
    }
    // (Set 67: the one who set a rule for themselves may be one the note already says not to
    // thank: `→ So NO mail to Joseph sir.`)
    let everyone: Vec<Person> = note.people.iter().chain(&note.not_thanked).cloned().collect();
    note.hands_off = hands_off(&source.text, &everyone);
    // (`Marisol said follow-ups should go through Alexis, not directly to her … Don't email
    // Marisol directly.`, Alexis listed in another note: the one to go through, who helps.)
    if let Some(rule) = note.hands_off.as_mut().filter(|r| r.through.is_none() && r.named.is_empty()) {
        let line = source.text.lines().nth(rule.line - 1).unwrap_or_default();
        let name = handed_to(line).filter(|n| n.starts_with(char::is_uppercase) && people::looks_like_name(n));
        let known = |n: &str| note.people.iter().any(|p| people::first_name(&p.name) == n);
        if let Some(name) = name.filter(|n| !known(n) && !people::is_common_word(n)) {
            rule.through = Some(name.to_owned());
            note.people.push(carrier(name, rule.line));
        }
    }
    // (`Everything through Keisha (klamb@ashford.example.gov)`: the address is theirs, and the
    // way to reach them.)
    if let Some(rule) = &note.hands_off {
        let email = source.text.lines().skip(rule.line - 1).take(2).find_map(people::find_email);
        let through = note.people.iter_mut().find(|p| rule.through.as_ref() == Some(&p.name));
        match (through, email) {
            (Some(person), Some((_, _, email))) => {
                person.email.get_or_insert(email);
                person.emailed = true;
            }
            // (The one the employer says to go through, whose address the note gives: the
            // channel they set, written to by email.)
            (Some(person), None) if person.email.is_some() => person.emailed = true,
            _ => {}
        }
    }
    // (An address in the front matter is its key's: one inside a person's `name:`, or inside an
    // `email:` followup refused, is no one's.)
    addresses_by_name(source.text.get(doc.body_offset..).unwrap_or_default(), &mut note.people);
    channels_as_told(&source.text, &mut note.people);
    // A recruiter, coordinator or assistant whose address the note gives (anywhere in it) set the interview up
    // with the writer, by email: they have corresponded (`emailed: false` cannot say otherwise,
    // but `channel:` can). (`Scheduled by: Kayleigh Moss (Executive Assistant to the CEO) —
    // kayleigh.moss@…`.)
    for person in &mut note.people {
        let arranged = matches!(person.role.as_deref(), Some("recruiter" | "coordinator" | "assistant"));
        person.emailed |= arranged && person.email.is_some() && person.channel.is_none();
    }
    // (After that: thanks by phone, text or in person say nothing of the mail you exchanged.)
    // (Set 51: the note as read, so that `[ ] Marcus — in person` typed without its list marker
    // is an item of the list of thanks.)
    thanks_as_told(doc.readable.as_deref().unwrap_or(&source.text), &mut note.people);
    // (Set 61: a line of thanks read entry by entry has the last word on each one's channel: not
    // a card for Fernanda because `Bruno – card` closes the line.)
    let snapshot = note.people.clone();
    for line in source.text.lines() {
        for (i, channel) in thanks_by_entry(line, &snapshot) {
            let p = &mut note.people[i];
            match channel {
                Channel::Email => {
                    if matches!(p.channel, Some(Channel::Card | Channel::Letter)) {
                        p.channel = None;
                    }
                    p.emailed |= p.channel.is_none();
                }
                other => p.channel = Some(other),
            }
        }
    }
    note.thanks_passed_by = spoken::thanks_passed_on(&source.text, &mut note.people);
    let mut unthanked = spoken::not_thanked(&source.text, &note.people);
    // (Set 58: `"Please do not send thank-you letters, emails, calls or gifts to panel members."`)
    unthanked.extend(spoken::refused(&source.text, &note.people));
    unthanked.extend(spoken::declined(&source.text, &note.people));
    let (none, people): (Vec<Person>, Vec<Person>) =
        std::mem::take(&mut note.people).into_iter().partition(|p| unthanked.contains(&p.name));
    note.people = people;
    note.not_thanked = none;
    // (Set 47: `| Lukas Nowak | Head Chef | — | Said hello in the kitchen on the tour. That's it.
    // |`: one met only in passing, whom the note plans no thanks for, is sent nothing.)
    let (passing, people): (Vec<Person>, Vec<Person>) =
        std::mem::take(&mut note.people).into_iter().partition(|p| met_only_in_passing(&source.text, p, &note.people));
    note.people = people;
    note.met_in_passing = passing;
    // (`Please send everything through me, including thank-you notes — I'll make sure the panel
    // gets them`: the panel is thanked, through her.)
    let passes_on = |rule: &crate::model::HandsOff| {
        let line = source.text.lines().nth(rule.line - 1).unwrap_or_default().to_lowercase().replace('’', "'");
        // (`Tonya said all follow up goes through her, "… just send to me and I'll pass it on."`:
        // the follow-up is the thanks too.)
        // (`Marisol said follow-ups should go through Alexis, not directly to her`: the thanks are
        // a follow-up too.)
        let thanks = [
            "thank-you",
            "thank you",
            "thank yous",
            "thank-yous",
            "thanks",
            "pass it on",
            "pass them on",
            "follow-ups should go through",
            "follow-ups go through",
        ]
        .iter()
        .any(|t| line.contains(t));
        // (`I'll loop people in — please don't email the team directly." → thank-yous go through
        // Dev`: the rule, and the thanks through him.)
        let on = ["make sure", "pass", "forward", "get them to", "hand them", "gets them", "including", "loop"];
        let through = [
            "follow-ups should go through",
            "follow-ups go through",
            "thank-yous go through",
            "thank yous go through",
            "thank-you notes go through",
            "thanks go through",
            "thank-yous →",
            "thank-you notes →",
        ];
        let refused = ["don't send thank", "no thank-you", "no thank you", "not send thank", "not to send thank"];
        thanks
            && (on.iter().any(|w| line.contains(w)) || through.iter().any(|w| line.contains(w)))
            && !refused.iter().any(|w| line.contains(w))
    };
    if let Some(rule) = note.hands_off.take_if(|rule| rule.through.is_some() && !rule.partial() && passes_on(rule)) {
        // (`thank you: email camille only, … she'll pass it on`: by email, as she asked.)
        let line = source.text.lines().nth(rule.line - 1).unwrap_or_default().to_ascii_lowercase();
        if let Some(p) = note.people.iter_mut().find(|p| Some(&p.name) == rule.through.as_ref()) {
            let first = people::first_name(&p.name).to_ascii_lowercase();
            p.emailed |= p.channel.is_none() && crate::text::words::contains_word(&line, &format!("email {first}"));
        }
        note.passed_on_by = rule.through;
    }
    // (`thank-you emails → Abby said fine to send to her and she'll forward`: no rule, but one
    // who offered to pass the thanks on.)
    if note.passed_on_by.is_none() && note.hands_off.as_ref().is_none_or(|rule| !rule.named.is_empty()) {
        const ON: &[&str] = &[
            "she'll forward",
            "he'll forward",
            "she'd forward",
            "he'd forward",
            "she would forward",
            "he would forward",
            "he'll distribute",
            "she'll distribute",
            // (`Aimee said it's fine to email her and she'll share it with Sofia and Peter`.)
            "she'll share it",
            "he'll share it",
            // (`send to brenda @ the hr email and ask her to forward to derek + tony`, `Thank you to
            // Nathan, ask him to forward to Gail`, `Paul said just send to Jolene and she'll pass
            // them along`.)
            "ask her to forward",
            "ask him to forward",
            "ask her to pass",
            "ask him to pass",
            "pass them along",
            "pass it along",
            // (`Kim said to send it to her and she'll print it for him`.)
            "she'll print it",
            "he'll print it",
            // (`Tamika said to send any thank-you to her and she'll put it in the file, NOT to the
            // panel directly`: the panel's file, where the panel reads it.)
            "she'll put it in the file",
            "he'll put it in the file",
            "put them in the file",
            "will distribute",
            "will forward",
            "pass them on",
            "pass it on",
            "to pass to everyone",
            "to pass to the",
            "to pass around",
            "she forwards",
            "he forwards",
            // (Set 58: `thank-you Lena via Tasha`, `thank-you Greg via Tasha (w/ the 30/60/90)`.)
            " via ",
        ];
        const THANKS: &[&str] = &["thank-you", "thank you", "thank yous", "thank-yous"];
        let passed = source.text.lines().find_map(|line| {
            let lower = line.to_lowercase().replace('’', "'");
            // (`Priyanka said to just reply to her invite thread and she'd forward`: what is
            // forwarded is the writer's reply, the thanks.)
            let thanks = THANKS.iter().chain(&["reply to her", "reply to his"]).any(|t| lower.contains(t));
            if !thanks || !ON.iter().any(|w| lower.contains(w)) {
                return None;
            }
            // (Set 64: `Will — wasn't there. kia ora back via Hemi's letter, no separate one`: a
            // word in Hemi's own letter, not every letter through Hemi.)
            let in_their_letter = lower.match_indices(" via ").all(|(at, w)| {
                let next = lower[at + w.len()..].split_whitespace().next().unwrap_or_default();
                next.ends_with("'s")
            });
            if in_their_letter && !ON.iter().any(|w| *w != " via " && lower.contains(w)) {
                return None;
            }
            // (`Derek + Wen. No emails for either — Priyanka said … she'd forward`: the one the
            // clause that says so names, when the line names others.)
            let said = loose::split_sentences(line).into_iter().flat_map(|s| {
                s.split(" — ")
                    .filter(|c| ON.iter().any(|w| c.to_lowercase().replace('’', "'").contains(w)))
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            });
            // (`Carla said just send it to her (Carla) and she'll forward, Dr. Bright doesn't really
            // do email`: the one who said it.)
            // (`Thank-you email to Jorge; Kim said…`: the clause's own subject.)
            let speaker = |text: &str| {
                let (who, _) = text.split_once(" said ")?;
                prose::person_in(who.rsplit([';', ',']).next().unwrap_or(who), &note.people)
            };
            // (`thank you email to Dr. Bright — Carla said just send it to her`: the thanks go to her
            // by email.)
            let by_email = ["thank you email", "thank-you email", "reply to her", "reply to his"]
                .iter()
                .any(|t| lower.contains(t));
            // (`Thank-you to Denise — send through Kelsey, she'll forward`, `Thank you to Nathan,
            // ask him to forward to Gail`: the one the thanks are handed to.)
            if let Some(name) = handed_to(line) {
                let listed = note.people.iter().position(|p| people::first_name(&p.name).eq_ignore_ascii_case(name));
                // (Someone the note does not list: `unlisted` reads it.)
                return listed.map(|i| (i, by_email));
            }
            std::iter::once(line.to_owned())
                .chain(said)
                .find_map(|text| prose::person_in(&text, &note.people).or_else(|| speaker(&text)))
                .map(|i| (i, by_email))
        });
        // (`Thank-you to Denise and Graham — send through Brennan per his rule, he'll forward`:
        // one the note does not list, named as the one to go through, who helps.)
        let unlisted = || {
            source.text.lines().enumerate().find_map(|(n, line)| {
                let lower = line.to_lowercase().replace('’', "'");
                let thanks = THANKS.iter().any(|t| lower.contains(t));
                // (`Thank MB (via Hattie)`: one the note lists nowhere else is a carrier only when
                // the line says they will pass it on; "via" says only which way it goes.)
                if !thanks || !ON.iter().any(|w| *w != " via " && lower.contains(w)) {
                    return None;
                }
                let name = handed_to(line)?;
                // (`send to brenda`: a hurried note's name, in lower case.)
                let name = match name.chars().all(|c| c.is_ascii_lowercase()) {
                    true if !people::is_common_word(name) && !["her", "him", "them", "me"].contains(&name) => {
                        folder::capitalised(name)
                    }
                    _ => name.to_owned(),
                };
                let name = name.as_str();
                let known = note.people.iter().any(|p| people::first_name(&p.name) == name);
                let named = name.len() >= 3 && name.starts_with(char::is_uppercase) && people::looks_like_name(name);
                // (`send to brenda @ the hr email`: by email, to an address you have.)
                let emailed = lower.contains("email")
                    && !["no email", "n't do email", "nt do email"].iter().any(|w| lower.contains(w));
                (named && !known && !people::is_common_word(name)).then(|| Person { emailed, ..carrier(name, n + 1) })
            })
        };
        match passed {
            Some((i, by_email)) => {
                let passer = &mut note.people[i];
                passer.emailed |= by_email && passer.channel.is_none();
                note.passed_on_by = Some(passer.name.clone());
            }
            None => {
                if let Some(person) = unlisted() {
                    note.passed_on_by = Some(person.name.clone());
                    note.people.push(person);
                }
            }
        }
    }
    if note.format.is_none() {
        note.format = held_on(&source.text[doc.body_offset.min(source.text.len())..]);
    }
    note.answers = who_answers(&doc.body.text, &note.people);
    if let Some((whom, by_phone)) = checks_in_with(&doc.body.text, &note.people) {
        note.check_in_call = by_phone.then(|| whom.clone());
        note.checks_in_with = Some(whom);
    }
    note.check_in_said = note.date.and_then(|on| timeline::check_in_said(&shareable_own, on));
    // (Set 69, a git log: `docs(private): $$ + timing. NOT FOR EMAILS` over `- Jen: "we may do a
    // quick 20-min chat with our president next week, then decision by Friday the 11th"`: a day
    // someone met told you, kept among your own lines, sets the check-in, the working day after
    // it; no letter says it.)
    if note.check_in_said.is_none() && note.decision_by.is_none() {
        let quoted = |l: &&str| l.contains(['"', '“']) && note.people.iter().any(|p| prose::names(l, p, &note.people));
        // (An item wrapped onto the lines under it is one: `  then decision by Friday the 11th"`.)
        let mut items: Vec<String> = Vec::new();
        for line in &private {
            let wrapped = line.starts_with([' ', '\t']) && !line.trim_start().starts_with(['-', '*', '+']);
            match items.last_mut().filter(|_| wrapped) {
                Some(item) => {
                    item.push(' ');
                    item.push_str(line.trim());
                }
                None => items.push((*line).to_owned()),
            }
        }
        let told: Vec<&str> = items.iter().map(String::as_str).filter(quoted).collect();
        let day = note.date.and_then(|on| timeline::decision_in(&told.join("\n"), on));
        if let Some(after) = day.and_then(|d| d.checked_add(jiff::Span::new().days(1)).ok()) {
            note.check_in_said = Some(after);
            note.sources.insert("check-in".to_owned(), PRIVATE_DECISION.to_owned());
        }
    }
    if note.status.is_none() {
        note.status = timeline::status_tag(&source.text);
        if note.status.is_some() {
            note.sources.insert("status".to_owned(), "a `#status/` tag".to_owned());
        }
    }
    if note.status.is_none() {
        let known: Vec<&str> =
            note.company.iter().map(String::as_str).chain(note.people.iter().map(|p| p.name.as_str())).collect();
        // (Set 49: `## Private - Calder Bryce offer came in Tues`: what the writer keeps to
        // themselves is no news of this company's, and thanking for an offer not made is the worst
        // of mistakes.)
        note.status = timeline::outcome_in(&shareable, &known).map(str::to_owned);
        if note.status.is_some() {
            note.sources.insert("status".to_owned(), NOTE_WORDS.to_owned());
        }
    }
    // (Set 48: `Final round (VP Engineering + HR) booked: 02-Dec`, in the note of the rounds
    // before it: the note's words say "final", and it is still to come.)
    let from_words =
        note.process_position.is_none() && note.stage.as_deref().and_then(sections::position_from_stage).is_none();
    note.process_position = note
        .process_position
        .or_else(|| note.stage.as_deref().and_then(sections::position_from_stage))
        // (Set 57: `lumenstack also in final stages` under `## DO NOT PUT IN EMAILS`: what the
        // writer keeps to themselves is of another process.)
        .or_else(|| sections::position_from_words(&shareable_own));
    if from_words && note.next_round_on.is_some() && note.process_position == Some(crate::model::ProcessPosition::End) {
        note.process_position = Some(crate::model::ProcessPosition::Middle);
    }
    // (Set 49: `**Round:** FINAL (2 of 2 …)`: a stage the writer shouted, said plainly.)
    if let Some(stage) = note.stage.as_mut() {
        *stage = unshouted_words(stage);
        // (Set 63, a CRM record's `Stage: ONSITE — COMPLETED 11/24`, `R1 — COMPLETED 11/16`: what
        // the stage is, not that it is done.)
        let done = [" — ", " – ", " - "].iter().find_map(|d| {
            let (before, after) = stage.split_once(d)?;
            let after = after.to_lowercase();
            ["completed", "complete", "done", "finished"].iter().any(|w| after.starts_with(w)).then_some(before.len())
        });
        if let Some(end) = done {
            stage.truncate(end);
        }
    }
    // What comes next, where the note says so: its `Next steps` section, a `next:` line, a key
    // that names the next step (`next_step = "site tour"`).
    let final_now = note.process_position == Some(crate::model::ProcessPosition::End)
        || note.stage.as_deref().is_some_and(|s| contains_word(&s.to_lowercase(), "final"));
    let keyed =
        note.extra.iter().filter(|(key, _)| key.to_lowercase().contains("next")).filter_map(|(_, v)| v.as_str());
    // (A `Timeline` section is the day's agenda as often as what comes next: only a heading
    // that says "next" is read whole.)
    let next = doc.body.sections.iter().filter(|s| sections::normalize(&s.heading).split(' ').any(|w| w == "next"));
    let under = next
        .flat_map(|s| s.items.iter().map(|it| it.text.as_str()).chain(s.paragraphs.iter().map(|p| p.text.as_str())));
    // (Not what the writer wrote for themselves: `me only` over `ask abt take home truck`.)
    let said = steps::next_lines(&doc.body.text);
    let said = said.into_iter().filter(|l| !private.iter().any(|p| p.contains(l.trim())));
    let lines = under.chain(keyed).chain(said);
    note.steps = steps::steps_in(lines, final_now, &note.people);
}

struct Context<'a> {
    path: &'a str,
    /// The whole file, to point at a value inside a line.
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
    failed: bool,
    /// A value still holds a template's placeholder (`{{company}}`): a template, unless the note
    /// records an interview all the same.
    template: bool,
}

impl Context<'_> {
    fn error(&mut self, pos: Position, message: String, help: &str) {
        self.failed = true;
        self.diagnostics.push(Diagnostic::error(self.path, pos, message).with_help(help));
    }

    fn warn(&mut self, pos: Position, message: String, help: &str) {
        let d = Diagnostic::warning(self.path, pos, message);
        self.diagnostics.push(if help.is_empty() { d } else { d.with_help(help) });
    }

    /// `email` when it is one address, else `None` and a warning at the value: the one check of
    /// every address a note gives (issue 11: a value with a line break became a mail header).
    /// `at` is where the value starts, or the start of the line that holds it.
    fn email(&mut self, email: String, at: Position) -> Option<String> {
        if crate::text::email::is_address(&email) {
            return Some(email);
        }
        // (`| ? |`, `| — |`, `mail: "?"`: no address yet, said so.)
        let none = ["?", "??", "-", "—", "–", "n/a", "na", "none", "unknown", "tbd", "no email", "x"];
        if none.contains(&email.trim().to_lowercase().as_str()) {
            return None;
        }
        let pos = self.locate(&email, at);
        self.warn(
            pos,
            format!("`{}` is not one email address", email.escape_debug()),
            "write a single address such as `ana@acme.example`; until then followup does not use it",
        );
        None
    }

    /// Where `value` is written on `at`'s line, at or after `at`'s column; `at` when it is not
    /// written there as is (a quoted YAML string with escapes).
    fn locate(&self, value: &str, at: Position) -> Position {
        let Some(line) = self.text.lines().nth(at.line.wrapping_sub(1)) else { return at };
        let from = line.char_indices().nth(at.column.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
        match line[from..].find(value) {
            Some(i) => Position { line: at.line, column: at.column.max(1) + line[from..from + i].chars().count() },
            None => at,
        }
    }

    /// The text of a scalar, with wikilinks reduced; `None` (and a warning) for lists and maps.
    fn text(&mut self, k: &str, node: &Node) -> Option<String> {
        match node.as_text() {
            // (Set 57: `company: {{company}}`, `date: YYYY-MM-DD`: left as the template had it.)
            Some(t) if crate::text::placeholder::unfilled(&t) => {
                self.template = true;
                self.warn(
                    node.pos,
                    format!("`{k}` is a template's placeholder, not filled in: it is read as empty"),
                    "fill it in, or delete the line",
                );
                None
            }
            Some(t) => Some(strip_wikilinks(t.trim())).filter(|t| !t.is_empty()),
            None if node.value == Yaml::Null => None,
            None => {
                self.warn(node.pos, format!("`{k}` should be text, found {}", node.describe()), "");
                None
            }
        }
    }

    /// Whether the note is an interview note, now that everything it says is known.
    fn outcome(&mut self, note: Note, is_contact_card: bool) -> Outcome {
        let records_interview = note.date.is_some() && (!note.people.is_empty() || !note.highlights.is_empty());
        // (A template filled in halfway, its people and what went well written, is a note.)
        if self.template && !records_interview {
            Outcome::Skipped(
                "it looks like a template: it has placeholders (`{{…}}`) and records no interview yet".to_owned(),
            )
        } else if self.failed {
            Outcome::Failed
        } else if is_contact_card && note.position.is_none() && note.date.is_none() && note.people.is_empty() {
            Outcome::Skipped("it is a contact card: its front matter describes one person, not an interview".to_owned())
        } else if note.company.is_none() && !records_interview {
            Outcome::Skipped(
                "it names no company and records no interview (no date with people or highlights)".to_owned(),
            )
        } else {
            // Without a date, a note that records the interview still gets its draft, without dates:
            // say so. One that records nothing yet is `plan`'s to speak of.
            if note.date.is_none() && note.records_the_meeting() {
                let file = self.path.rsplit('/').next().unwrap_or(self.path);
                let warning = match dates::day_in_name(file) {
                    // (A day in the file's name that reads two ways, which nothing decides.)
                    Some(dates::NameDay::Either(month_first, day_first)) => Diagnostic::warning(
                        self.path,
                        Position::START,
                        format!(
                            "no interview date: the day in the file's name could be {} or {}, and neither the \
                             note nor the other names in its folder say which way it writes its days",
                            crate::text::english::full_date(month_first),
                            crate::text::english::full_date(day_first),
                        ),
                    )
                    .with_help(format!("add `date: {month_first}` or `date: {day_first}` to the front matter")),
                    _ => Diagnostic::warning(
                        self.path,
                        Position::START,
                        "no interview date: thank-you and check-in dates cannot be planned",
                    )
                    .with_help("add `date: YYYY-MM-DD` to the front matter"),
                };
                self.diagnostics.push(warning);
            }
            Outcome::Note(Box::new(note))
        }
    }
}

/// Merges people found more than once (front matter first, field by field), keeping first-seen
/// order. A one-word name merges into the one person whose given name it is.
/// `FINAL (2 of 2)`, `FINAL ROUND` as `final (2 of 2)`, `final round`: the words a stage opens
/// with in capitals, four letters or more or a small word, in lower case (`HR screen`, `ALT` stay
/// as they are, and so does `final: *NSYNC`, a band named after a word in lower case).
fn unshouted_words(text: &str) -> String {
    let mut leading = true;
    text.split(' ')
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            let small = ["OF", "AND", "THE", "WITH", "FOR", "TO", "IN", "ON", "AT"].contains(&w);
            let capitals = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
            leading &= letters.is_empty() || capitals;
            if leading && capitals && (letters.len() >= 4 || small) { w.to_lowercase() } else { w.to_owned() }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn merge(found: Vec<Person>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for person in found {
        let key = people::name_key(&person.name);
        // (Set 54: `Jean-Francois Tremblay` in a comment, `Jean-François Tremblay` in the list:
        // one name, with its accents and without.)
        let plain = people::unaccented(&key);
        // (Not two whose addresses differ: `Zoë Ng` and `Zoe Ng`, each with her own.)
        let unaccented = || {
            out.iter().position(|p| {
                let own = matches!((&p.email, &person.email), (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b));
                people::unaccented(&people::name_key(&p.name)) == plain && !own
            })
        };
        let existing = index.get(&key).copied().or_else(unaccented).or_else(|| {
            // (Set 49: `Tan Wei Ling` at the top, `email Wei Ling` in the plan: a family name
            // first, and the given names after it.)
            let surname_first = |longer: &str, shorter: &str| {
                shorter.contains(' ') && longer.ends_with(&format!(" {shorter}")) && longer.split(' ').count() == 3
            };
            let mut given_names = out.iter().enumerate().filter(|(_, p)| {
                let theirs = people::name_key(&p.name);
                surname_first(&theirs, &key) || surname_first(&key, &theirs)
            });
            if let (Some((i, _)), None) = (given_names.next(), given_names.next()) {
                return Some(i);
            }
            // (Set 49: `Mr. Olumide Fashola, the Managing Director` met, then `- [ ] MD — formal
            // letter` in the thanks, and `Madam — email` for the one Mrs. of the panel: the one
            // person the job's initials, or the form of address, can mean.)
            let mut titled = out.iter().enumerate().filter(|(_, p)| {
                p.title.as_deref().is_some_and(|t| people::initials_of(&person.name, t))
                    || (matches!(person.name.as_str(), "Madam" | "Ma'am")
                        && p.name
                            .split_once(' ')
                            .is_some_and(|(h, _)| matches!(h.trim_end_matches('.'), "Mrs" | "Ms" | "Miss" | "Madam")))
            });
            if let (Some((i, _)), None) = (titled.next(), titled.next()) {
                return Some(i);
            }
            if key.contains(' ') {
                // (Set 50: `Mr. Chege – gave me his card` among the contacts, `Mr. Ian Chege – Head
                // of Treasury` on the panel: the one person of that family name, named now in
                // full, under the same form of address.)
                let form = |name: &str| people::honorific(name).map(|h| h.trim_end_matches('.').to_lowercase());
                let mut by_surname = out.iter().enumerate().filter(|(_, p)| {
                    people::refers_to(&p.name, &person.name)
                        && (form(&person.name).is_none() || form(&person.name) == form(&p.name))
                });
                if let (Some((i, _)), None) = (by_surname.next(), by_surname.next()) {
                    return Some(i);
                }
                // (Set 51: `Siobhán Ní`, a name cut short after its particle, beside `Siobhan Nl
                // Bhriain` in the list: the one person of that given name, accents aside.)
                let words: Vec<&str> = key.split(' ').collect();
                if let [given, tail] = words[..] {
                    if tail.chars().count() <= 3 {
                        let mut longer = out.iter().enumerate().filter(|(_, p)| {
                            let theirs = people::name_key(&p.name);
                            theirs.split(' ').count() >= 3
                                && people::unaccented(theirs.split(' ').next().unwrap_or_default())
                                    == people::unaccented(given)
                        });
                        if let (Some((i, _)), None) = (longer.next(), longer.next()) {
                            return Some(i);
                        }
                    }
                }
                // (Set 43: `Mr Royce (Daniel Royce, Head), Kwame, and a governor…` in one section,
                // `Tour was with Kwame (Kwame Asante, Head of Chemistry…)` in another: the one
                // named by a given name before is the one now named in full.)
                let given = people::first_name(&person.name).to_lowercase();
                let mut alone = out.iter().enumerate().filter(|(_, p)| people::name_key(&p.name) == given);
                let named_in_full = out.iter().filter(|p| people::first_name(&p.name).to_lowercase() == given).count();
                return match (alone.next(), alone.next()) {
                    (Some((i, _)), None) if named_in_full == 1 => Some(i),
                    _ => None,
                };
            }
            // `Mr. Fontaine`: the one person of that family name.
            if people::honorific(&person.name).is_some() {
                let mut same = out.iter().enumerate().filter(|(_, p)| people::refers_to(&person.name, &p.name));
                if let (Some((i, _)), None) = (same.next(), same.next()) {
                    return Some(i);
                }
            }
            let mut same = out.iter().enumerate().filter(|(_, p)| {
                people::unaccented(&people::first_name(&p.name).to_lowercase()) == people::unaccented(&key)
            });
            match (same.next(), same.next()) {
                (Some((i, _)), None) => Some(i),
                (Some(_), Some(_)) => None,
                // `Bea` for Beatrix Onwuachi: the start of one person's given name.
                (None, _) => {
                    let mut short = out
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| people::first_name(&p.name).to_lowercase().starts_with(&key));
                    match (short.next(), short.next()) {
                        (Some((i, _)), None) if key.chars().count() >= 3 => Some(i),
                        // (Set 51: `[ ] Kessler — email (pkessler@)` for Mr. Paul Kessler: the one
                        // person of that family name, which no one has for a given name.)
                        (None, _) => {
                            let mut family = out.iter().enumerate().filter(|(_, p)| {
                                p.name.contains(' ') && people::last_name(&p.name).to_lowercase() == key
                            });
                            match (family.next(), family.next()) {
                                (Some((i, _)), None) if key.chars().count() >= 3 => Some(i),
                                _ => None,
                            }
                        }
                        _ => None,
                    }
                }
            }
        });
        match existing {
            Some(i) => {
                let theirs = people::name_key(&out[i].name);
                let longer = key.split(' ').count() > theirs.split(' ').count();
                // (The spelling with its accents is the name.)
                let accented = theirs != key && people::unaccented(&theirs) == plain && !key.is_ascii();
                if key.contains(' ') && (!theirs.contains(' ') || longer) || accented {
                    index.insert(key, i);
                    out[i].name.clone_from(&person.name);
                }
                fill(&mut out[i], person);
            }
            None => {
                index.insert(key, out.len());
                out.push(person);
            }
        }
    }
    out
}

/// Where a sentence names the one who took the thank-you cards in (`…and left them with
/// Marguerite on the way out`): the clause's start, and the name's.
fn courier_at(sentence: &str) -> Option<(usize, usize)> {
    let lower = sentence.to_ascii_lowercase();
    ["left them with ", "handed them to ", "gave them to ", "left them at "]
        .iter()
        .find_map(|w| lower.find(w).map(|i| (i, i + w.len())))
}

/// The people a line of the note says have had their thank-you: each one marked done after a
/// label (`Thank-you sent: Tamsin ✅, Bernie ✅, Yuki ❌`), or those named in a sentence that says
/// it was sent (`Yes – thank-you sent 5pm` in their table row). Not one sent after an earlier
/// round (`already sent him a thank-you after that one`).
/// True when `text` says `name` was at the interview in a voice memo's words (set 46): `who was
/// there Leanne again, Jo again, Dr Siobhan Reilly…`, `Jo again`.
pub(crate) fn said_to_be_there(text: &str, name: &str) -> bool {
    let given = people::first_name(name).to_lowercase();
    let lower = text.to_lowercase();
    let named = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|w| w == given);
    // (Set 57, notes written as a screenplay: `GABE` alone on its line, or `GABE (CONT'D)`, is the
    // cue of one who speaks in the scene.)
    let cue = text.lines().any(|line| {
        let line = line.trim();
        let speaker = line.split(" (").next().unwrap_or(line);
        speaker.len() >= 2 && speaker.to_lowercase() == given && speaker.chars().all(|c| !c.is_lowercase())
    });
    cue || lower.contains(&format!("{given} again"))
        || lower.split(['.', '\n']).any(|s| {
            ["who was there", "who was in the room", "the panel was", "panel was"].iter().any(|w| s.contains(w))
                && named(s)
        })
}

/// What each person did, as a letter may say it back (set 46): not what a dash adds to it
/// (`meeting me in lobby - she's who emailed` is "meeting me in the lobby"), and not what the
/// note sets right (`Greg asked if I'd bring my carrier contacts. I said "sure." NO - …` is a
/// correction to make, not a question he is thanked for).
fn what_they_did_plainly(note: &mut Note) {
    let clarifications: Vec<String> = note.clarifications.iter().map(|c| c.to_lowercase()).collect();
    for p in &mut note.people {
        let Some(did) = p.did.as_mut() else { continue };
        let words = did.words_mut();
        if let Some(at) = [" - ", " — ", " – "].iter().filter_map(|d| words.find(d)).min() {
            words.truncate(at);
        }
        *words = words.replace(" in lobby", " in the lobby");
        let tail: Vec<&str> = words.split_whitespace().rev().take(3).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        let tail = tail.join(" ").to_lowercase();
        if tail.split_whitespace().count() == 3 && clarifications.iter().any(|c| c.contains(&tail)) {
            p.did = None;
        }
    }
}

/// An address is one person's: when a note's readers gave one to two people (set 46: Harriet's
/// `h.lowe@…`, in a line that also names Mhairi), the one whose name it spells keeps it, else the
/// first. A careers inbox is everyone's it is written to (`via_inbox`).
fn one_address_one_person(people: &mut [Person]) {
    for i in 0..people.len() {
        let Some(email) = people[i].email.clone().filter(|_| !people[i].via_inbox) else { continue };
        let sharing: Vec<usize> = (0..people.len())
            .filter(|&j| {
                !people[j].via_inbox && people[j].email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(&email))
            })
            .collect();
        if sharing.len() < 2 {
            continue;
        }
        let keeper = sharing
            .iter()
            .copied()
            .find(|&j| prose::address_of(&email, &people[j].name).is_some())
            .unwrap_or(sharing[0]);
        for j in sharing.into_iter().filter(|&j| j != keeper) {
            people[j].email = None;
        }
    }
}

/// The note's people named as a letter names them: `GREG SANDOVAL` and `JENNA`, written in
/// capitals in a hurried note (set 46), are Greg Sandoval and Jenna, wherever the note's model
/// holds the name. Initials (`AJ`) stay as they are. A name the note writes elsewhere with a
/// capital inside it (`LATOYA JENKINS` in the list, `LaToya` in a sentence) keeps that capital.
fn unshout_names(note: &mut Note, text: &str) {
    let as_written = |word: &str| -> String {
        let inner_capital = |w: &str| w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
        text.split(|c: char| !c.is_alphabetic())
            .find(|w| w.len() == word.len() && inner_capital(w) && w.eq_ignore_ascii_case(word))
            .map_or_else(|| word.to_owned(), str::to_owned)
    };
    let renamed: Vec<(String, String)> = note
        .people
        .iter()
        .chain(&note.not_thanked)
        .filter_map(|p| {
            let name = people::unshouted(&p.name);
            let name = match name != p.name {
                true => name.split(' ').map(as_written).collect::<Vec<_>>().join(" "),
                false => name,
            };
            (name != p.name).then(|| (p.name.clone(), name))
        })
        .collect();
    // (Set 51: "I was especially glad that RAY liked hearing about…": a highlight a reader formed
    // with the given name as the list shouted it.)
    for (old, new) in &renamed {
        let (shouted, plain) = (people::first_name(old), people::first_name(new));
        if shouted != plain && shouted.chars().all(|c| !c.is_lowercase()) {
            for h in &mut note.highlights {
                h.text = crate::text::words::replace_word(&h.text, shouted, plain);
            }
        }
    }
    rename(note, &renamed);
}

/// Renames people wherever the note's model holds their name: each pair is a name as the note
/// held it and the name as it is to be written.
pub(crate) fn rename(note: &mut Note, renamed: &[(String, String)]) {
    if renamed.is_empty() {
        return;
    }
    let rename = |name: &mut String| {
        if let Some((_, new)) = renamed.iter().find(|(old, _)| old == name) {
            *name = new.clone();
        }
    };
    for p in note.people.iter_mut().chain(note.not_thanked.iter_mut()) {
        rename(&mut p.name);
    }
    for h in &mut note.highlights {
        h.about.iter_mut().for_each(rename);
    }
    note.clarified_with.values_mut().for_each(rename);
    note.unread.iter_mut().filter_map(|u| u.about.as_mut()).for_each(rename);
    note.thanks_passed_by.iter_mut().chain(note.passed_on_by.iter_mut()).for_each(rename);
    note.answers.iter_mut().chain(note.checks_in_with.iter_mut()).chain(note.check_in_call.iter_mut()).for_each(rename);
    if let Some(rule) = note.hands_off.as_mut() {
        rule.through.iter_mut().for_each(rename);
    }
    note.sources = std::mem::take(&mut note.sources)
        .into_iter()
        .map(|(key, value)| {
            let key =
                renamed.iter().fold(key, |k, (old, new)| k.replace(&format!("person {old}"), &format!("person {new}")));
            (key, value)
        })
        .collect();
}

/// Whether `text` opens with a task's box, ticked (`[x] `) or open (`[ ] `), and the text after it.
fn task_box(text: &str) -> (Option<bool>, &str) {
    let bare = text.trim_start().trim_start_matches(['-', '*', '+', ' ', '\t']);
    match (bare.strip_prefix("[x] ").or_else(|| bare.strip_prefix("[X] ")), bare.strip_prefix("[ ] ")) {
        (Some(rest), _) => (Some(true), rest),
        (None, Some(rest)) => (Some(false), rest),
        (None, None) => (None, text),
    }
}

/// The one person an item of a list of thanks opens with, when it says theirs is done: `Ananya -
/// mail sent Fri 20/11 … DONE.`, `Shruti - WhatsApp thanks done same evening.`; not `Vikram -
/// don't have his mail id`, nor `Neha - LinkedIn, not done yet`. `ticked` is the item's task box:
/// ticked, open (a thank-you still to give) or none.
fn thanks_done(item: &str, ticked: Option<bool>, people: &[Person]) -> Option<usize> {
    let (who, what) =
        [" - ", " – ", " — ", ": "].iter().filter_map(|d| item.split_once(d)).min_by_key(|(w, _)| w.len())?;
    let who = who.trim_matches(['*', '_', ' ']);
    if who.split_whitespace().count() > 3 {
        return None;
    }
    // (`EMAIL Tasha`: the message, then whom.)
    let who = ["email ", "EMAIL ", "Email "].iter().fold(who, |w, m| w.strip_prefix(m).unwrap_or(w));
    let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(who, &people[i], people)).collect();
    let [i] = named[..] else { return None };
    // (Set 67: `Pallavi – mail sent same evening itself (3/12, 8:40 pm) ✔ – but I did NOT write
    // the DOJ correction in it. Need to send.`: what comes after "but" is another matter.)
    let what = what.split(" but ").next().unwrap_or(what);
    let lower = what.to_lowercase();
    // (`mail sent Fri 20/11`, `thanks done`; not `A card, sent to the museum, marked for him?`, a
    // plan.)
    let words: Vec<&str> = lower.split_whitespace().collect();
    let done = words.iter().enumerate().any(|(k, w)| {
        let w = w.trim_end_matches(['.', ',', '!']);
        let before = k.checked_sub(1).map(|b| words[b]);
        // (Set 45: `- [ ] Lorraine — brief email (she sent the address from …)`: hers, not yours.)
        // (Set 48: `☐ Georgia – email, she's done all the emailing`: what she did, not the thanks.)
        let theirs = before.is_some_and(|b| {
            ["she", "he", "they", "who", "(she", "(he", "she's", "he's", "they've", "who's", "she’s", "he’s"]
                .contains(&b)
        });
        // (Set 73, a handover log's `[x] Nadia — thanked by email on the walk home, 1850`.)
        let thanked = w == "thanked" && k == 0;
        (w == "done" && !theirs) || (w == "sent" && before.is_some_and(|b| !b.ends_with(',')) && !theirs) || thanked
    });
    // (Set 73: `[x] Chloe — thanks email 1110, with my availability`: a ticked box says the thanks
    // it names went.)
    let done = done || (ticked == Some(true) && words.first().is_some_and(|w| w.starts_with("thank")));
    // (Set 64, a tracker's `bedankt?` column: `Fleur: mail 10-11 ✔ (+ diploma scan)`: ticked off.)
    let done = done || ["✔", "✓", "✅", "☑"].iter().any(|t| crate::text::words::without_brackets(what).contains(t));
    let not = ["not ", "n't", "yet", "tbd", "to do", "todo", "still", "?"].iter().any(|w| lower.contains(w));
    (done && !not && ticked != Some(false)).then_some(i)
}

/// The one person a ticked-off to-do of thanks was written to: `- [x] Email to Alasdair — sent
/// this evening`, `[x] thank-you card to Deb`. The item says the message and sends it (`sent`,
/// `thank`), so a ticked `[x] email to Pooja with payslips` is no thank-you.
fn ticked_thanks(line: &str, people: &[Person]) -> Option<usize> {
    let item = line.trim_start().trim_start_matches(['-', '*', '+', ' ', '\t']);
    // (Set 48: `✓ Jess – text (sent from the car park)`, a tick typed as a character.)
    let ticked = ["[x] ", "[X] ", "✓ ", "✔ ", "☑ ", "✅ "].iter().find_map(|t| item.strip_prefix(t))?.trim_start();
    // (Set 69: `- [x] 11/13 thank-you email to Choi 팀장님 (Dong-uk!!) — … sent 11/13 09:20 ✔`: the
    // day it was done, first.)
    let ticked = match ticked.split_once(' ') {
        Some((day, rest))
            if day.contains(['/', '-', '.'])
                && day.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))
                && day.chars().any(|c| c.is_ascii_digit()) =>
        {
            rest.trim_start()
        }
        _ => ticked,
    };
    // (Set 72: `[x] 28/11 Sat — t/y email → Ngaire ✔`: the weekday after the day, and its dash.)
    let ticked = match ticked.split_once(' ') {
        Some((day, rest)) if dates::is_weekday(&day.to_lowercase()) => {
            rest.trim_start().trim_start_matches(['—', '–', '-']).trim_start()
        }
        _ => ticked,
    };
    // (Set 72: `[x] t/y email → Ben, same arvo`: the arrow says to whom.)
    let arrowed = ticked.replace(" → ", " to ").replace(" -> ", " to ");
    let ticked = arrowed.as_str();
    // (Set 48: `✓ Jess – text`: whom, then how, after a dash.)
    if let Some((whom, how)) = [" – ", " — ", " - ", ": "].iter().find_map(|d| ticked.split_once(d)) {
        let how = how.to_lowercase();
        const HOW: &[&str] = &[
            "text",
            "email",
            "card",
            "linkedin",
            "call",
            "rang",
            "phone",
            "in person",
            "whatsapp",
            "sent",
            "done",
            "already",
        ];
        let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(whom, &people[i], people)).collect();
        if let ([i], true) = (&named[..], HOW.iter().any(|h| how.starts_with(h))) {
            if whom.split_whitespace().count() <= 3 {
                return Some(*i);
            }
        }
    }
    // (Set 47: `- [x] TY text Kayla - sent 4:15pm from parking lot`: "TY" says it is a thank-you.
    // Not "thank-you", which the leads below read: `[x] thank-you card to Deb`.)
    let ty = ["TY ", "ty "].iter().find_map(|p| ticked.strip_prefix(p));
    let item = ty.unwrap_or(ticked);
    let lower = item.to_lowercase();
    // (`- [x] Rang Jess from the tram`: done, in a word that says how.)
    // (Set 47: `- DONE text [[Kezia Brathwaite]] — thanked her right after`: the to-do's own
    // words, ticked off.)
    const DONE: &[&str] = &[
        "rang ",
        "called ",
        "phoned ",
        "texted ",
        "emailed ",
        "thanked ",
        "messaged ",
        "text ",
        "whatsapp ",
        "ring ",
        "call ",
        // (Set 57: `- [x] thank jess (replied to her scheduling thread 11/16 ~3pm)`.)
        "thank ",
        // (Set 68, in Dutch: `- [x] Bedankmail Sanne + Ruud @email`, `Kort bedankje Sanne`.)
        "bedankmail ",
        "bedankje ",
        "kort bedankje ",
    ];
    // (Set 66: `- [x] Email Jordan my CMLTO registration # + Michener transcript — he asked for both
    // on the call. (Sent 3:30 pm. With a short thank-you.)`: an email ticked off that carried a
    // thank-you.)
    if let Some(verb) = ["email ", "e-mail ", "message "].iter().find(|v| lower.starts_with(*v)) {
        let unsaid = ["no thank", "not thank", "without", " yet", "still"].iter().any(|w| lower.contains(w));
        let whom = item[verb.len()..].split([' ', ',', ';', '(']).next().unwrap_or_default();
        let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(whom, &people[i], people)).collect();
        if let ([i], true) = (&named[..], lower.contains("thank") && !unsaid) {
            return Some(*i);
        }
    }
    if let Some(verb) = DONE.iter().find(|v| lower.starts_with(*v)) {
        let whom = item[verb.len()..].split([' ', ',', ';', '(']).next().unwrap_or_default().trim_start_matches('[');
        let named: Vec<usize> = (0..people.len()).filter(|&i| prose::names(whom, &people[i], people)).collect();
        match named[..] {
            [i] => return Some(i),
            // (`[x] thank you email to Hugo`: the leads below read it.)
            _ if *verb == "thank " => {}
            _ => return None,
        }
    }
    if !(ty.is_some() || lower.contains("thank") || contains_word(&lower, "sent")) {
        return None;
    }
    // (`[x] Quick thanks to Fiona for sorting the slot`: a word or two about it first.)
    let about = ["quick ", "short ", "brief ", "a "];
    let skipped = lower.len() - about.iter().fold(lower.as_str(), |l, a| l.strip_prefix(a).unwrap_or(l)).len();
    let (item, lower) = (&item[skipped..], &lower[skipped..]);
    const LEADS: &[&str] = &[
        "email to ",
        "e-mail to ",
        "card to ",
        "letter to ",
        "note to ",
        "thank-you email to ",
        "thank you email to ",
        "thank-you card to ",
        "thank you card to ",
        "thank-you note to ",
        "thank you note to ",
        "thank-you to ",
        "thank you to ",
        "thanks to ",
        // (Set 60, a post-mortem's action table: `Thank-you mail to Natalia (natalia.wojcik@…)`,
        // its status `DONE 2026-11-19`.)
        "thank-you mail to ",
        "thank you mail to ",
    ];
    let lead = LEADS.iter().find(|l| lower.starts_with(*l))?;
    let rest = &item[lead.len()..];
    let whom = rest.split([' ', ',', ';', '(']).next().unwrap_or_default().trim_end_matches(['.', ':']);
    // (Set 59: `[x] Thank-you to Otieno incl. the 7.2Bn correction`: the one whose family name it is.)
    let surname = |p: &Person| p.name.contains(' ') && people::last_name(&p.name) == whom;
    match (0..people.len())
        .filter(|&i| prose::names(whom, &people[i], people) || surname(&people[i]))
        .collect::<Vec<_>>()[..]
    {
        [i] => Some(i),
        _ => None,
    }
}

/// True when a sentence that says a thank-you was sent speaks of one after an earlier round
/// (`already sent him a thank-you after that one`), or one read before this interview (set 56:
/// `mentioned she'd read the preprint I sent w/ my thank-you`).
pub(crate) fn after_an_earlier_round(sentence: &str) -> bool {
    const EARLIER: &[&str] = &[
        "after that one",
        "previous",
        "after round",
        // (Set 59: `David Otieno (Partner — second time, already thanked him after R2)`, at round 3.)
        "after r1",
        "after r2",
        "after r3",
        "after r4",
        "after the first",
        "after the second",
        // (Set 61: `After 2次, thank-you mail was already sent 11/20 night`, at the final: a
        // Japanese note counts its rounds as 次.)
        "after 1次",
        "after 2次",
        "after 3次",
        "after 1st",
        "after 2nd",
        "after 3rd",
        // (Set 61: `Round 2 was 11/17 w/ the ID team → thank-yous went out 11/18 ✔`, at the final:
        // a round told in the past is an earlier one.)
        "round 1 was",
        "round 2 was",
        "round 3 was",
        "round 4 was",
        "r1 was",
        "r2 was",
        "r3 was",
        "'d read",
        "had read",
    ];
    did::names_an_earlier_round(sentence) || crate::text::words::says_any(sentence, EARLIER)
}

fn thanked_on(line: &str, people: &[Person]) -> Vec<usize> {
    let called = |text: &str, p: &Person| {
        // (Set 63: `sent Jess the email — thanks + the par sheet for Priya`: not Priya's.)
        let text = sent::recipients_text(&without_quotations(text));
        prose::names(&text, p, people)
            || p.called.as_deref().is_some_and(|c| crate::text::words::contains_word(&text, c))
    };
    let named = |text: &str| (0..people.len()).filter(|&i| called(text, &people[i])).collect::<Vec<_>>();
    if let Some(value) = thanks_label(line) {
        return value
            .split([',', ';'])
            .filter(|part| {
                let lower = part.to_lowercase();
                let yes = ["✅", "✔", "☑", "yes", "sent", "done"].iter().any(|m| lower.contains(m));
                let no = lower.contains('❌')
                    || lower.contains('✗')
                    || lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "no" || w == "not");
                yes && !no
            })
            .flat_map(|part| match named(part)[..] {
                [i] => Some(i),
                _ => None,
            })
            .collect();
    }
    let mut them: Vec<usize> = Vec::new();
    for sentence in timeline::all_thanks_sent_in(line) {
        for i in thanked_in(line, sentence, &named) {
            if !them.contains(&i) {
                them.push(i);
            }
        }
    }
    them
}

/// Those `sentence` of `line` says were sent a thank-you, as `named` finds them in its words.
fn thanked_in(line: &str, sentence: &str, named: &dyn Fn(&str) -> Vec<usize>) -> Vec<usize> {
    if after_an_earlier_round(sentence) {
        return Vec::new();
    }
    // (Those the sentence names, not the rest of its paragraph: `I sent Fi a thank-you email from
    // the car. I don't have Rob's email` thanked Fi alone. A table row is one sentence.)
    let row = line.trim_start().starts_with('|');
    // (`…left them with Marguerite`: she took the cards in.)
    let sentence = courier_at(sentence).map_or(sentence, |(at, _)| &sentence[..at]);
    // (Set 48: `Koffi is already thanked so put it in Dr. Mwangi's email.`: the clause that says
    // so names whom.)
    let clause = [" so ", ", so ", " but ", "; "]
        .iter()
        .find_map(|j| {
            let (first, rest) = sentence.split_once(j)?;
            let thanks = |c: &str| c.to_lowercase().contains("thank");
            (thanks(first) && !thanks(rest)).then_some(first)
        })
        .unwrap_or(sentence);
    let mut them = named(if row { line } else { clause });
    // (Set 65: `sent R2 thank-you to Sinéad (for Aoife, Tadhg … and the VP)`: the thanks of those
    // the one it went to passes them on to.)
    for (at, _) in clause.match_indices("(for ") {
        let inside = &clause[at + "(for ".len()..];
        let passed_on = named(&inside[..inside.find(')').unwrap_or(inside.len())]);
        them.extend(passed_on.into_iter().filter(|i| !them.contains(i)).collect::<Vec<_>>());
    }
    if !them.is_empty() || row {
        return them;
    }
    // `Yasmin Haddad rebooked this. She also sent parking instructions — emailed her a thanks`:
    // "her" is the one the sentences before it name.
    let pronoun = sentence.split(|c: char| !c.is_alphabetic()).any(|w| w == "her" || w == "him");
    let before = line.find(sentence).map_or("", |at| &line[..at]);
    match named(before)[..] {
        [i] if pronoun => vec![i],
        _ => Vec::new(),
    }
}

/// The one a nested item's "her" or "him" stands for, when the item says their thanks are sent:
/// the one person the item it is nested under names.
fn thanked_under(above: &[&str], line: &str, people: &[Person]) -> Option<usize> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let item = |l: &str| l.trim_start().starts_with(['-', '*', '+']);
    let sentence = timeline::thanks_sent_in(line)?;
    let pronoun = sentence.split(|c: char| !c.is_alphabetic()).any(|w| w == "her" || w == "him");
    if !item(line) || indent(line) == 0 || !pronoun {
        return None;
    }
    let parent = above.iter().rev().find(|l| item(l) && indent(l) < indent(line))?;
    match (0..people.len()).filter(|&i| prose::names(parent, &people[i], people)).collect::<Vec<_>>()[..] {
        [i] => Some(i),
        _ => None,
    }
}

/// The list after a label that says which thank-yous are sent (`Thank-you sent: Tamsin ✅, …`).
/// A label is a few words, not a sentence: `Sent R2 thank-you to Sinéad (…), attached the cert.
/// Sinéad: "all forwarded".` is no label.
fn thanks_label(line: &str) -> Option<&str> {
    let (label, value) = line.split_once(":: ").or_else(|| line.split_once(": "))?;
    let short = label.split_whitespace().count() <= 6 && !label.contains(['.', '!', '?']);
    let label = label.to_lowercase();
    (short && label.contains("thank") && (label.contains("sent") || label.contains("done"))).then_some(value)
}

/// True when a line says the writer keeps it to themselves: `not repeating it`, `Do not bring
/// this up again`, `don't tell Renata`.
/// True for a line of the writer's plan of thanks (set 56: `thank you email WM + Jasmine`, `thank
/// Nurul also`, `Thank-you: Farida ma'am (mail), Manasi (mail), …`, `WM thank you email. KK
/// card.`): whom to thank and how, nothing to explain to anyone.
fn thanks_to_send(line: &str) -> bool {
    let lower = line.to_lowercase().replace('’', "'");
    let thanks = ["thank you", "thank-you", "thanks", "thank", "thx", "ty"]
        .iter()
        .any(|t| crate::text::words::contains_word(&lower, t));
    const OWED: &[&str] = &[
        "correct", "forgot", "promis", "wrong", "said", "mention", "actually", "told", "clarif", "explain", "send the",
    ];
    thanks && !crate::text::words::says_any(line, OWED) && lower.split_whitespace().count() <= 20
}

fn kept_to_self(line: &str) -> bool {
    const KEPT: &[&str] = &[
        "not repeating it",
        "not repeating that",
        "won't repeat",
        "don't repeat",
        "dont repeat",
        "do not repeat",
        "do not bring this up",
        "do not bring it up",
        "don't bring it up",
        "dont bring it up",
        "don't bring this up",
        "never bring it up",
        "don't mention it",
        "dont mention it",
        "do not mention it",
        "between us",
        "off the record",
        "keep it to myself",
        // (Set 60: `Aga 10 min late + camera off, felt I talk to void (not for any letter,
        // obviously)`, `Their tooling crashed twice (their problem, NOT to mention anywhere)`.)
        "not for any letter",
        "not for any mail",
        "not for any email",
        "not for the letter",
        "not in any letter",
        "not to mention anywhere",
        "not to be mentioned",
        // (Set 47: `NOTE: it's Patterson, -son not -sen. … yaml spelling wrong, fix`: how a name is
        // spelled, which the letters now spell so.)
        "spelling",
        "spelled",
        "spelt",
        // (Set 68: `CORRECTION: it's BOELE. no s. her name was in the footer of the case PDF + her
        // card. … don't mess that up in the mail`.)
        "her name was in",
        "his name was in",
        "mess that up",
        "mess it up",
        // (Set 67, a mind map: `endotoxin – told Marcus it's gel clot only ✔ FIXED in person`:
        // set straight already.)
        "fixed in person",
        "corrected in person",
        "sorted in person",
    ];
    // (Set 67: `dropped a sterile pipette on the floor … Rebekah saw. ugh. PRIVATE`: a line that
    // ends by saying it is the writer's; at the base, "I didn't get to say that I dropped a
    // sterile pipette…" went to the hiring manager.)
    let end = line.trim_end().trim_end_matches(['.', '!', ')', ']', ' ']);
    let last = end.rsplit([' ', '(', '[']).next().unwrap_or_default();
    // (Set 68: `I burn one portion of leeks… Is normal in a trial, no? Don't mention.`: a line
    // that ends by saying not to mention it.)
    let unmentioned = ["don't mention", "dont mention", "do not mention", "don’t mention"]
        .iter()
        .any(|w| end.to_lowercase().ends_with(w));
    crate::text::words::says_any(line, KEPT) || last == "PRIVATE" || last.eq_ignore_ascii_case("private") || unmentioned
}

/// The thank-yous `text`'s to-do list ticks off (set 46: `- [x] Email to Alasdair — sent this
/// evening (18 Nov, 19.10).`), marked sent, with those the line says went with them; read again
/// once memory knows more people (set 68: `- [x] Kort bedankje Sanne …`, Sanne met in the note
/// before).
pub(crate) fn ticked_thanks_applied(text: &str, met: &mut [Person]) {
    planned_thanks_ticked(text, met);
    for line in text.lines() {
        if let Some(i) = ticked_thanks(line, met) {
            met[i].thanked = true;
            // (Set 59: `[x] Thank-you to Otieno … — david.otieno@… — me`: sent to that address.)
            let (given, family) = (people::first_name(&met[i].name), people::last_name(&met[i].name));
            let theirs = |w: &str| {
                let local = w.split('@').next().unwrap_or_default().to_lowercase();
                [given, family].iter().any(|n| n.chars().count() >= 3 && local.contains(&n.to_lowercase()))
            };
            let to_address = line.split_whitespace().any(|w| w.contains('@') && theirs(w));
            met[i].emailed |= line.to_lowercase().contains("email") || to_address;
            // (`… Thanked him and asked him to pass on my thanks to Fenella and Mhairi`: theirs went
            // with it.)
            if let Some(at) = line.find(" pass on my thanks").or_else(|| line.find(" pass my thanks")) {
                let to = line[at..].split(['.', ';']).next().unwrap_or_default();
                let passed: Vec<usize> = (0..met.len()).filter(|&j| prose::names(to, &met[j], met)).collect();
                for j in passed {
                    met[j].thanked = true;
                }
            }
            // (Set 61: `× thank-you email to Ngaire + Sam — sent Tue 17.11`: both of them.)
            let given = people::first_name(&met[i].name);
            let after = line.find(given).map(|at| &line[at + given.len()..]).unwrap_or_default();
            let joined = [" + ", " & ", " and "].iter().find_map(|j| after.strip_prefix(j));
            let next = joined.map(|r| r.split([' ', ',', ';', '(']).next().unwrap_or_default()).unwrap_or_default();
            let also: Vec<usize> =
                (0..met.len()).filter(|&j| j != i && !next.is_empty() && prose::names(next, &met[j], met)).collect();
            if let [j] = also[..] {
                met[j].thanked = true;
                met[j].emailed |= line.to_lowercase().contains("email");
            }
        }
    }
}

/// True when the line that lists `person` says they were not met (set 70: `- (Ellen Hawthorn, the
/// other co-founder, is in Australia all december. … NOT met !)`).
fn not_met_on_own_line(text: &str, person: &Person) -> bool {
    let Some(line) = person.line.checked_sub(1).and_then(|at| text.lines().nth(at)) else { return false };
    // (Not `Deon wasn't there — off sick. Instead Tumelo Mokoena, Supply Chain Manager, sat in.`,
    // of Tumelo: the words come after the name, in its sentence.)
    let given = people::first_name(&person.name).to_lowercase();
    split_sentences(&line.to_lowercase()).iter().any(|sentence| {
        let named = sentence.find(&given);
        named.is_some_and(|at| did::away_in(sentence).is_some_and(|(away, _)| away > at))
    })
}

/// True when a line of `text` plans to thank `person` for this round (`- [ ] Thank Helen for the
/// call`), not for an earlier one (`Still owe him that card from stage 1`).
fn thanks_planned_for(text: &str, person: &Person, people: &[Person]) -> bool {
    text.lines().any(|line| {
        line.to_lowercase().contains("thank")
            && !did::names_an_earlier_round(line)
            && prose::names(line, person, people)
    })
}

/// Marks thanked, and written to, each one a line says was emailed with a tick right after
/// their name, when the note's plan says to email them a thank-you (set 69, an SBAR handover:
/// `1. Email Marged — thank you + NEWS2 clarification`, then `Addendum 11/11/26 — Emailed Marged
/// ✔ (w/ NEWS2 bit) and Jo ✔ (booklet attached)`; not `Still haven't done Tom's card`).
fn planned_thanks_ticked(text: &str, met: &mut [Person]) {
    const TICKS: &[char] = &['✔', '✓', '✅', '☑'];
    let lines: Vec<String> = text.lines().map(str::to_lowercase).collect();
    for line in lines.iter().filter(|l| l.contains(TICKS)) {
        let Some(at) = line.find("emailed ") else { continue };
        let sent = &line[at + "emailed ".len()..];
        for person in met.iter_mut() {
            let names: Vec<String> = std::iter::once(people::first_name(&person.name))
                .chain(person.called.as_deref())
                .map(str::to_lowercase)
                .filter(|n| n.chars().count() >= 2)
                .collect();
            let ticked = names.iter().any(|n| {
                sent.match_indices(n.as_str()).any(|(i, _)| {
                    let before = sent[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                    before && sent[i + n.len()..].trim_start().starts_with(TICKS)
                })
            });
            let planned = || {
                lines.iter().any(|l| {
                    l.contains("thank") && !l.contains(TICKS) && names.iter().any(|n| l.contains(&format!("email {n}")))
                })
            };
            if ticked && planned() {
                person.thanked = true;
                person.emailed = true;
            }
        }
    }
}

/// Gives those the note says to thank by phone, by text or in person, or in its to-do list of
/// thanks, the channel it says, unless they have one already.
pub fn thanks_as_told(text: &str, people: &mut [Person]) {
    spoken::thanks_spoken(text, people);
    spoken::thanks_listed(text, people);
    // (Set 64: `## bedankt?` over `- Fleur: mail 20-11 ✔`, Fleur met in the note before: the items
    // of a list of thanks that say theirs is done.)
    let mut thanks = false;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix('#') {
            thanks = ["thank", "bedankt"].iter().any(|t| contains_ignoring_ascii_case(heading, t));
            continue;
        }
        let Some(item) = line.trim_start().strip_prefix("- ").filter(|_| thanks) else { continue };
        let (ticked, item) = task_box(item);
        if let Some(i) = thanks_done(item, ticked, people) {
            people[i].thanked = true;
        }
    }
}

/// The one the note says passes the thanks on, read again once memory knows more people (set
/// 46: `- Mr Singh — via Alasdair.`, Alasdair being one met in the note before), when no one was
/// found to before.
pub fn thanks_passed_as_told(text: &str, note: &mut Note) {
    if note.thanks_passed_by.is_none() {
        note.thanks_passed_by = spoken::thanks_passed_on(text, &mut note.people);
    }
}

/// Marks thanked those of `people` whom a line saying a message went out sent it to (`sent`).
pub fn thank_recipients(line: &str, people: &mut [Person]) -> Vec<usize> {
    sent::thank_recipients(line, people)
}

/// Where a person came from when only the note's plan of thanks names them (`email kayla thx`):
/// `inspect` shows it, and memory knows them for no one met.
pub const PLANNED: &str = "a line of the plan that says to write to them";

/// Where the check-in's day came from when a decision day someone told you is among your own
/// lines only (`sources`).
pub const PRIVATE_DECISION: &str = "the working day after a decision day someone told you, in your own lines";

/// Where a field came from when the note's own sentences say it (`sources`): news after the
/// interview, thanks sent.
pub const NOTE_WORDS: &str = "the note's words";

/// The job a line names right before the company: `Volunteer Services Coordinator @ Kestrel Ridge
/// Hospice. 2nd interview today`, or a sentence of the job and the company alone (`Director of
/// Development, Riverbend Literacy Alliance.`). A job title of six words or fewer, with a
/// capital; before a comma, every word of it.
fn position_at(text: &str, company: &str) -> Option<String> {
    let lower_company = company.to_lowercase();
    text.lines().find_map(|line| {
        let lower = line.to_lowercase();
        let (at, sep) = [" @ ", " at ", ", "]
            .iter()
            .find_map(|sep| lower.find(&format!("{sep}{lower_company}")).map(|at| (at, *sep)))?;
        let before = &line[..at];
        let before = [". ", ": ", " - ", " — "].iter().fold(before, |b, s| b.rsplit(s).next().unwrap_or(b)).trim();
        let words: Vec<&str> = before.split_whitespace().collect();
        let titled = words.iter().any(|w| people::is_title_word(&w.to_lowercase()));
        let capital = before.starts_with(char::is_uppercase);
        // (`Thanks to the Hiring Manager, Acme`: not a title alone.)
        let ends_sentence = || {
            let after = &line[at + sep.len() + company.len()..];
            after.is_empty() || after.starts_with(['.', ';'])
        };
        let all_capitals = || {
            words.iter().all(|w| w.starts_with(char::is_uppercase) || ["of", "and", "for", "&", "-", "–"].contains(w))
        };
        let whole = sep != ", " || (all_capitals() && ends_sentence());
        // (Set 62: `2) Choi Hyun-woo (senior analyst, 4yrs at Hanbit)`: inside someone's brackets,
        // their job.)
        let bracketed = before.matches('(').count() != before.matches(')').count();
        ((1..=6).contains(&words.len()) && titled && capital && whole && !bracketed).then(|| before.to_owned())
    })
}

/// The job a hurried line names: `job = estimator (they call it "estimator II", reports to chief
/// est)` is Estimator II, `role is "project estimator" on a team of 6` Project Estimator. The
/// name of the job alone, of five words or fewer, with a word of a title.
fn hurried_position(text: &str) -> Option<String> {
    const LABELS: &[&str] = &["job", "role", "position", "title"];
    let named = |words: &str| {
        let words = words.trim().trim_end_matches(['.', ',']);
        let count = words.split_whitespace().count();
        let titled = words.split_whitespace().any(|w| people::is_title_word(&w.to_lowercase()));
        ((1..=5).contains(&count) && titled && !words.contains(['?', ':', '='])).then(|| people::title_cased(words))
    };
    fn quoted(s: &str) -> Option<&str> {
        s.strip_prefix(['"', '“']).and_then(|q| q.split_once(['"', '”'])).map(|(q, _)| q)
    }
    text.lines().find_map(|line| {
        let line = line.trim().trim_start_matches(['-', '*', '+', ' ', '\t']);
        let lower = line.to_ascii_lowercase();
        // `job = estimator (…)`.
        let labelled = LABELS.iter().find_map(|l| lower.strip_prefix(&format!("{l} = ")).map(|_| l.len() + 3));
        if let Some(at) = labelled {
            let value = &line[at..];
            // (`(they call it "estimator II", …)`: what they call it is its name.)
            let called = value.split_once(" (").and_then(|(_, aside)| {
                let aside_lower = aside.to_ascii_lowercase();
                let at = ["call it ", "called ", "title is ", "posting says "]
                    .iter()
                    .find_map(|c| aside_lower.find(c).map(|i| i + c.len()))?;
                quoted(&aside[at..])
            });
            let head = value.split(" (").next().unwrap_or(value);
            let head = head.split(['.', ';', ',']).next().unwrap_or(head);
            return called.and_then(named).or_else(|| named(head));
        }
        // `role is "project estimator" on a team of 6`.
        LABELS.iter().find_map(|l| {
            let at = lower.find(&format!("{l} is "))?;
            let before_ok = at == 0 || lower[..at].ends_with(' ');
            let value = &line[at + l.len() + 4..];
            before_ok.then(|| quoted(value)).flatten().and_then(named)
        })
    })
}

/// The job a note's opening lines name in words of their own (set 47): a sentence that is only a
/// job, `Mon 30 Nov — Century City, 09:30. Management Accountant (reports to Head of Finance).`
/// (what the writer adds in brackets goes; `(Fleet & Ops)`, capitalised, is the job's), or a job
/// said as a role, `10:00 at their Jurong West office, Supply Planning Lead role, with the GM`.
fn job_in_opening(text: &str) -> Option<String> {
    let job = |words: &str| {
        let words = words.trim().trim_end_matches(['.', ',', ':']);
        let list: Vec<&str> = words.split_whitespace().collect();
        let capitalised = list.iter().all(|w| w.starts_with(char::is_uppercase) || ["of", "and", "&"].contains(w));
        let titled = list.last().is_some_and(|w| people::is_title_word(w));
        // (Not `Clara Hoffmann, Talent Partner`: someone, and their job.)
        let someone = words.contains(',');
        ((2..=5).contains(&list.len()) && capitalised && titled && !someone).then(|| words.to_owned())
    };
    text.lines().filter(|l| !l.trim().is_empty()).take(4).find_map(|line| {
        let as_role = line.split(", ").find_map(|piece| piece.strip_suffix(" role").and_then(&job));
        // (Set 55: `Re:      Litigation Paralegal (Commercial Litigation), Ó Catháin Mulcahy LLP`: an
        // attendance note's label says what it is about.)
        let line = ["Re:", "RE:", "Re :"].iter().find_map(|l| line.trim_start().strip_prefix(l)).unwrap_or(line);
        let alone = line.split(". ").find_map(|sentence| {
            let sentence = sentence.trim().trim_end_matches('.');
            // (`Senior Staff Nurse (Band 6), Acute Medical Unit, Ward 14 …`: the job and its aside,
            // then where; a paragraph's lines run on after it.)
            let bracketed = sentence.split_once(" (").and_then(|(head, rest)| {
                let (aside, after) = rest.split_once(')')?;
                (!aside.contains('(') && (after.is_empty() || after.starts_with(','))).then_some((head, aside))
            });
            let (head, aside) = match bracketed {
                Some((head, aside)) => (head, Some(aside)),
                None => (sentence, None),
            };
            let head = job(head)?;
            Some(match aside.filter(|a| a.starts_with(char::is_uppercase)) {
                Some(aside) => format!("{head} ({aside})"),
                None => head,
            })
        });
        as_role.or(alone)
    })
}

/// The job named beside the company on one of a note's opening lines, or in the subject of a
/// mail pasted in it (sets 48–51): `Merri Creek Health — NUM Ward 3 (Gen Med) — Tues 1/12`,
/// `**Client/Matter:** CA / Personal — Meridian Reinsurance Ltd (Senior Legal Counsel,
/// Regulatory)`, `Fri 20/11/26 — Liffey Lane Group — Ops Manager interview`, `NBH — NUM
/// Emergency Short Stay Unit (ESSU)` (the company by its initials), and in the `mail` pasted,
/// `Subject: RE: Final Interview – Audit Manager, Savanna Logistics Group`.
fn job_beside_company(text: &str, mail: &str, company: &str) -> Option<String> {
    let company_lower = company.to_lowercase().replace(" & ", " and ");
    let first_word = company_lower.split_whitespace().next().unwrap_or_default().to_owned();
    let initials: String = company.split_whitespace().filter_map(|w| w.chars().next()).collect();
    let names_company = |line: &str| {
        let lower = line.to_lowercase().replace(" & ", " and ");
        let words = || line.split(|c: char| !c.is_alphanumeric());
        lower.contains(&company_lower)
            || (first_word.len() >= 4 && lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == first_word))
            || (initials.len() >= 2 && initials.chars().all(char::is_uppercase) && words().any(|w| w == initials))
    };
    let opening = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(4);
    // (Set 69, a `git log`: `Senior GIS Technician, Utility Mapping -- Tamarack Geomatics Inc.`
    // opens the commit that records the interview: the first line under a heading.)
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let under_headings = lines.iter().enumerate().filter(|(_, l)| l.starts_with('#')).filter_map(|(i, _)| {
        let first = lines[i + 1..].iter().find(|l| !l.is_empty()).copied()?;
        // (A job and its company set apart by a dash, not a sentence: `Noted: Thandeka Mthembu
        // (ex-colleague, now Environmental Manager at Highveld's Kriel site) put …`.)
        let set_apart = [" — ", " – ", " -- "].iter().any(|d| first.contains(d));
        (set_apart && !first.starts_with('#') && first.split_whitespace().count() <= 12).then_some(first)
    });
    let opening = opening.chain(under_headings);
    let subjects = mail.lines().filter_map(|l| {
        let l = l.trim_start_matches(['>', ' ']).trim_start_matches("**");
        let rest = ["Subject:", "Subject:**"].iter().find_map(|s| l.strip_prefix(s))?;
        let rest = rest.trim_start_matches("**").trim();
        Some(["RE:", "Re:", "FW:", "Fwd:", "FWD:"].iter().fold(rest, |r, p| r.strip_prefix(p).unwrap_or(r).trim()))
    });
    opening.chain(subjects).find_map(|line| {
        let line = line.trim_start_matches('#').trim().trim_matches(['*', '_']).trim();
        // (`[ocr — notebook p.23-24 — Fri 4 Dec]`: the writer's own line about the page; a table's
        // row names people, `| 27/11/2026 | Zenora Energy Ltd | Ogundipe, Oladapo | Finance
        // Director (hiring mgr) |`.)
        if (line.starts_with('[') && line.ends_with(']')) || line.starts_with('|') {
            return None;
        }
        // (`Client/Matter:` and other labels go; `Panel:` opens a list of people.)
        let line = match line.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 2 && !label.contains(char::is_numeric) => {
                rest.trim_start_matches(['*', ' '])
            }
            _ => line,
        };
        // (Set 50: `… Ops Manager (US healthcare acct, Ortigas). chat w/ ate joy below`.)
        let line = line.split(". ").next().unwrap_or(line).trim_end_matches('.');
        // (Not `Mark Whelan - General Manager, Brennan Clontarf`: someone met, and their job.)
        if line.is_empty() || !names_company(line) || names_people(line) {
            return None;
        }
        let job = sections::position_from_title(line, Some(company))?;
        // (Set 55: `round 3, in-person design challenge (whiteboard) for Product Designer II`,
        // `FINAL round!! founders chat for Product Designer`: the part of the process, then the job
        // it is for.)
        Some(match job.rsplit_once("for ") {
            Some((part, job))
                if (part.is_empty() || part.ends_with(' ') && !part.starts_with(char::is_uppercase))
                    && job.starts_with(char::is_uppercase) =>
            {
                job.to_owned()
            }
            _ => job,
        })
    })
}

/// Merges someone a note names by what they go by into the one who goes by it: `Bernard
/// “Bernie” Castellanos` and, further down, `**Bernie Castellanos** – Executive Director`.
fn merge_called(people: &mut Vec<Person>) {
    let mut i = 0;
    while i < people.len() {
        // (Set 68, as the Gulf writes it: `- [ ] Mr. Ranjit – thank you` in the plan, `Mr. Ranjit
        // Pillai` who invigilated: a form of address before a given name is the one person of
        // that given name.)
        let addressed =
            people::honorific(&people[i].name).filter(|_| !people::bare_name(&people[i].name).contains(' '));
        let given_of = |p: &Person| {
            p.name.contains(' ')
                && people::bare_name(&p.name).contains(' ')
                && people::first_name(&p.name) == people::bare_name(&people[i].name)
                && people::honorific(&p.name).is_none_or(|h| Some(h) == addressed)
        };
        let same = |p: &Person| {
            // (Set 70: `REBECCA "BEC" NGUYEN`, still in capitals, and `Bec Nguyen` in the plan.)
            let called =
                p.called.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(people::first_name(&people[i].name)));
            // (Set 47: `DC - LinkedIn` in the plan is David Chua Boon Keat, whom everybody calls DC.)
            let goes_by = p.called.as_deref() == Some(people[i].name.as_str());
            let family = people::last_name(&p.name).to_lowercase() == people::last_name(&people[i].name).to_lowercase();
            (goes_by || (called && family)) && p.name != people[i].name
        };
        let by_given: Vec<usize> = if addressed.is_some() {
            (0..people.len()).filter(|&j| given_of(&people[j])).collect()
        } else {
            Vec::new()
        };
        let into = match by_given[..] {
            [j] => Some(j),
            _ => people.iter().position(same),
        };
        match into {
            Some(into) => {
                let from = people.remove(i);
                let into = if into > i { into - 1 } else { into };
                fill(&mut people[into], from);
            }
            None => i += 1,
        }
    }
}

/// True for one met only in passing (`Did::Greeted`) whom no line of `text` plans to thank:
/// no channel the note gives them, no thank-you, card or email to them in a to-do, no help
/// given nor mail exchanged to thank them for.
fn met_only_in_passing(text: &str, person: &Person, people: &[Person]) -> bool {
    const PLANS: &[&str] =
        &["thank", "ty ", "card to", "email to", "letter to", "note to", "email him", "email her", "write to"];
    let greeted = matches!(person.did, Some(crate::model::Did::Greeted(_)));
    // (One who set the interview up, or who writes to you, is thanked for that: `Dana Whitfield —
    // Talent Acquisition Partner. Set it up, joined for first 5 min then dropped.`)
    let planned = person.channel.is_some()
        || person.thanked
        || person.role.is_some()
        || person.emailed
        || text.lines().any(|line| {
            let lower = line.to_lowercase();
            PLANS.iter().any(|w| lower.contains(w)) && prose::names(line, person, people)
        });
    greeted && !planned
}

/// A recruiter the note lists with the people met, whom it says only helped, helped, when
/// others interviewed (set 46: `| Fiona … | Talent Partner | met me at the door, made tea |` in a
/// final's people table): thanked for the help, not for a conversation that never was.
fn helped_beside_the_panel(people: &mut [Person], text: &str) {
    let interviewer = |p: &Person| p.kind() == crate::model::Kind::Interviewer;
    let others = people.iter().any(|p| interviewer(p) && p.role.as_deref() != Some("recruiter"));
    // (Set 47: `Riyaad — walked me through the whole process, has chased them for feedback twice
    // already`, listed with the panel, no job given: the recruiter, by what he did.)
    let untitled = |p: &Person| p.title.is_none() && p.role.is_none();
    // (Set 63: `**Renata** — RH. She scheduled everything by WhatsApp and phone`: a department for
    // a title, Human Resources in English or, as `RH`, in Portuguese, Spanish or French.)
    let department = |p: &Person| {
        p.role.is_none()
            && p.title.as_deref().is_some_and(|t| {
                matches!(sections::normalize(t).as_str(), "hr" | "rh" | "rrhh" | "human resources" | "recursos humanos")
            })
    };
    for p in people.iter_mut().filter(|p| {
        others && interviewer(p) && (p.role.as_deref() == Some("recruiter") || untitled(p) || department(p))
    }) {
        let helper = Person { kind: Some(crate::model::Kind::Helper), did: None, ..p.clone() };
        let Some(crate::model::Did::Helped(help)) = did::did_in(text, &helper) else { continue };
        let recruits = ["process", "feedback"].iter().any(|w| help.contains(w));
        if department(p) && !recruits {
            p.role = Some("coordinator".to_owned());
        }
        if p.role.is_some() || recruits {
            p.role.get_or_insert_with(|| "recruiter".to_owned());
            p.kind = Some(crate::model::Kind::Helper);
            p.did = Some(crate::model::Did::Helped(help));
        }
    }
}

/// One whose own line says they came through a recruitment agency, with a title that names no
/// role of the company's (set 71: `Via agency: Clarion Scientific Recruitment - Ciarán Walsh
/// (consultant).` had a letter "to talk about the role", addressed to the lab): the recruiter.
fn from_an_agency(people: &mut [Person], text: &str) {
    const AGENCY: &[&str] = &["agency", "recruitment", "recruiting", "staffing", "headhunter", "bureau"];
    let lines: Vec<&str> = text.lines().collect();
    for p in people.iter_mut().filter(|p| p.kind() == crate::model::Kind::Interviewer && p.role.is_none()) {
        // (Its line, else the first that writes its name: one read from a label's value may carry
        // no line of its own.)
        let given = people::first_name(&p.name).to_lowercase();
        let own = p.line.checked_sub(1).and_then(|at| lines.get(at)).filter(|l| l.to_lowercase().contains(&given));
        let Some(line) = own.or_else(|| lines.iter().find(|l| l.contains(p.name.as_str()))) else { continue };
        let lower = line.to_lowercase();
        let title = p.title.as_deref().unwrap_or_default().to_lowercase();
        let consults =
            title.is_empty() || title.split_whitespace().any(|w| matches!(w, "consultant" | "partner" | "advisor"));
        let before = lower.find(&people::first_name(&p.name).to_lowercase()).map_or("", |at| &lower[..at]);
        if consults && AGENCY.iter().any(|a| crate::text::words::contains_word(before, a)) {
            p.role = Some("recruiter".to_owned());
            p.kind = Some(crate::model::Kind::Helper);
        }
    }
}

/// One listed with the people met whose own line says only that they showed the writer round,
/// when others interviewed (set 70, a lab notebook's `5. Tomás — micro analyst, did the lab
/// tour w/ me after the panel (~20 min). Lovely.`): thanked for the tour, with a card.
fn guided_beside_the_panel(people: &mut [Person], text: &str, shareable: &str) {
    const TOUR: &[&str] = &[
        "did the tour",
        "lab tour",
        "site tour",
        "plant tour",
        "gave me a tour",
        "gave me the tour",
        "showed me around",
        "showed me round",
        "took me around",
        "took me round",
        // (Set 71: `1 × KP, **Tevita** — showed me where everything lived at 2pm`.)
        "showed me where",
    ];
    // (Not `Tadhg Brosnan:: Senior Analyst. Did the lab tour + practical.`, nor one whose words the
    // note recalls on a line the writer would share: `Bethan … Showed me round` said "you'd be a
    // good rota champion".)
    const INTERVIEWED: &[&str] = &["asked", "interview", "panel q", "questions", "grilled", "quizzed", "practical"];
    let lines: Vec<&str> = text.lines().collect();
    let interviewers = people.iter().filter(|p| p.kind() == crate::model::Kind::Interviewer).count();
    // (What they said or liked, on a line of its own that the writer would share.)
    const RECALLED: &[&str] = &["said", "liked", "loved", "connected", "impressed", "laughed"];
    let recalled: Vec<bool> = people
        .iter()
        .map(|p| {
            shareable.lines().enumerate().any(|(at, l)| {
                let lower = l.to_lowercase();
                at + 1 != p.line && RECALLED.iter().any(|w| lower.contains(w)) && prose::names(l, p, people)
            })
        })
        .collect();
    for (p, _) in people
        .iter_mut()
        .zip(recalled)
        .filter(|(p, recalled)| p.kind() == crate::model::Kind::Interviewer && p.role.is_none() && !recalled)
    {
        let Some(line) = p.line.checked_sub(1).and_then(|at| lines.get(at)) else { continue };
        let lower = line.to_lowercase();
        let own = lower.find(&people::first_name(&p.name).to_lowercase()).map_or("", |at| &lower[at..]);
        let guided = TOUR.iter().any(|t| own.contains(t)) && !INTERVIEWED.iter().any(|w| own.contains(w));
        if guided && interviewers >= 2 {
            p.kind = Some(crate::model::Kind::Helper);
            // (Thanked for the tour: "I'm especially grateful to you for the tour.")
            if p.did.is_none() {
                p.did = Some(crate::model::Did::Helped("the tour".to_owned()));
            }
        }
    }
}

/// The role a contact's own `Role:` line gives them (set 63, a CRM record's contacts:
/// `**Kelsey Dunn** — Talent Acquisition Partner` over `  Role: COORDINATOR / gatekeeper to
/// calendar`): one who arranged the process helps, whatever else the note lists them with.
fn roles_in_contacts(people: &mut [Person], text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    for p in people.iter_mut().filter(|p| p.kind() == crate::model::Kind::Interviewer) {
        let Some(at) = lines.iter().position(|l| {
            let l = l.trim_start_matches(['-', '*', ' ']);
            l.starts_with(p.name.as_str()) || l.strip_prefix("**").is_some_and(|r| r.starts_with(p.name.as_str()))
        }) else {
            continue;
        };
        let own = lines[at + 1..].iter().take_while(|l| l.starts_with([' ', '\t']) && !l.trim().is_empty());
        let role =
            own.filter_map(|l| l.trim().trim_start_matches(['-', '*', ' ']).strip_prefix("Role:")).find_map(|value| {
                let value = value.trim().to_lowercase();
                [
                    ("coordinator", "coordinator"),
                    ("recruiter", "recruiter"),
                    ("scheduler", "coordinator"),
                    ("referrer", "referrer"),
                ]
                .iter()
                .find(|(word, _)| value.starts_with(word))
                .map(|(_, role)| *role)
            });
        if let Some(role) = role {
            p.kind = Some(crate::model::Kind::Helper);
            p.role = Some(role.to_owned());
        }
    }
}

fn fill(into: &mut Person, from: Person) {
    into.title = into.title.take().or(from.title);
    into.email = into.email.take().or(from.email);
    into.role = into.role.take().or(from.role);
    into.address = into.address.take().or(from.address);
    into.channel = into.channel.or(from.channel);
    into.kind = into.kind.or(from.kind);
    into.emailed |= from.emailed;
}

/// `text` without the brackets in which the writer speaks to themselves: `(you said "you're the
/// only one who came with a plan," which, I'll take it)`, `(lol)`, `(right?)`. Brackets that
/// only add a fact (`(the Q3 miss story)`) stay.
fn without_asides_in_own_voice(text: &str) -> String {
    let mut out = text.to_owned();
    let mut from = 0;
    while let Some((open, close)) =
        out[from..].find(" (").map(|o| from + o).and_then(|o| out[o..].find(')').map(|c| (o, o + c)))
    {
        let aside = out[open + 2..close].to_lowercase();
        let own = aside.contains(['"', '“', '?', '!'])
            || ["i ", "i'", "i’", "lol", "my ", "me "]
                .iter()
                .any(|w| aside.starts_with(w) || aside.contains(&format!(" {w}")));
        if own {
            out.replace_range(open..=close, "");
        } else {
            from = close;
        }
    }
    out
}

/// A position as the posting names it: `Front Desk / Front Office Manager (posting says "Front
/// Desk Manager")` is the Front Desk Manager; brackets with other words in quotes are the
/// writer's, and go.
fn posted_as(position: &str) -> String {
    // (Set 72: `**Depo ve Dağıtım Planlama Sorumlusu** – in English they wrote on Kariyer.net
    // "Warehouse & Distribution Planning Supervisor"`: the job in the language of the letters.)
    let lower = position.to_lowercase();
    if let Some(at) = lower.find("in english") {
        let after = &position[at..];
        if let Some(quoted) = after.split(['"', '“', '”']).nth(1).map(str::trim).filter(|q| !q.is_empty()) {
            return quoted.to_owned();
        }
    }
    let Some((before, inside)) = position.trim_end().strip_suffix(')').and_then(|p| p.split_once(" (")) else {
        return position.to_owned();
    };
    // (Set 64: `Senior Transport Planner - Cold Chain (Waalhaven Z.Z.)`: where the job is, a place
    // written with its abbreviation or named as one, is no part of its title.)
    let place = inside.split_whitespace().any(|w| {
        let dotted = w.len() >= 3 && w.matches('.').count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
        let word = w.to_lowercase();
        dotted
            || ["office", "site", "campus", "depot", "branch", "location", "remote", "hybrid"].contains(&word.as_str())
    });
    if place && !before.trim().is_empty() {
        return before.trim().to_owned();
    }
    if !inside.contains(['"', '“']) {
        return position.to_owned();
    }
    let quoted = inside.split(['"', '“', '”']).nth(1).map(str::trim).filter(|q| !q.is_empty());
    let lower = inside.to_lowercase();
    match quoted {
        Some(title)
            if ["posting", "posted", "listing", "ad says", "job title", "call it"]
                .iter()
                .any(|w| lower.contains(w)) =>
        {
            title.to_owned()
        }
        _ => before.trim().to_owned(),
    }
}

/// A position without the writer's asides (set 42): `Data Engineer II → they said "could be senior
/// depending"` is Data Engineer II, and `Band 6-ish Senior MSK Physio` Senior MSK Physio (the
/// guessed grade is the writer's).
fn unhedged(position: &str) -> String {
    let position = [" → ", " -> ", " => "].iter().fold(position, |p, arrow| p.split(arrow).next().unwrap_or(p)).trim();
    let words: Vec<&str> = position.split(' ').collect();
    match words.iter().position(|w| w.ends_with("-ish") || w.ends_with("ish?")) {
        Some(at) if at + 1 < words.len() => words[at + 1..].join(" "),
        _ => position.to_owned(),
    }
}

/// The job a position names, when a hurried note runs on after it: `lead tech on a travelling
/// service team. blade + main component campaigns. 4 on 3 off…` is no title to put in a letter
/// (`None`); `Collections Registrar. full time` is Collections Registrar.
fn one_job(position: &str) -> Option<String> {
    let cut = position.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let before = position[..at].rsplit(' ').next().unwrap_or_default();
        before.chars().count() > 3 && position[at + 2..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
    });
    let Some(at) = cut else { return Some(position.to_owned()) };
    let head = position[..at].trim();
    (head.split_whitespace().count() <= 5 && !head.contains('?')).then(|| head.to_owned())
}

/// Keeps the first of items that say the same thing (a line pasted twice, a field repeated in a
/// section): a letter must not thank anyone twice for one thing. Case, spacing and closing
/// punctuation don't make two items different.
fn drop_repeats<T>(items: &mut Vec<T>, text: impl Fn(&T) -> &str) {
    let key = |t: &T| {
        let words: Vec<String> = text(t).split_whitespace().map(str::to_lowercase).collect();
        words.join(" ").trim_end_matches(['.', '!', ';', ',', ':']).to_owned()
    };
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(key(item)));
    // `Tiago liked that I…` and `Tiago liked that I…. He said…`, read by two readers: the first
    // sentence alone, which a letter can take (and `…, which she asked about`: the line cut
    // before its clause).
    let keys: Vec<String> = items.iter().map(key).collect();
    let mut i = 0;
    items.retain(|_| {
        let mine = &keys[i];
        i += 1;
        // (And `What didn't: Carmen asked X but I forgot to say Y` beside `I forgot to say Y`: the
        // clause alone.)
        !keys.iter().any(|k| {
            let cut = mine.starts_with(&format!("{k}. ")) || mine.starts_with(&format!("{k}, "));
            let tail = mine.ends_with(&format!(" {k}")) && k.split(' ').count() >= 6;
            k != mine && k.split(' ').count() >= 4 && (cut || tail)
        })
    });
}

/// Warns of a highlight that names someone the note does not list, or a given name two people
/// share: no letter can recall it.
fn warn_of_unlisted_names(cx: &mut Context, note: &Note) {
    for h in note.highlights.iter().filter(|h| h.about.is_empty()) {
        let Some(name) = unlisted::name_in(&h.text, note.company.as_deref()) else { continue };
        let first = name.split(' ').next().unwrap_or(&name).to_lowercase();
        let namesakes: Vec<String> = note
            .people
            .iter()
            .filter(|p| people::first_name(&p.name).to_lowercase() == first)
            .map(|p| p.name.clone())
            .collect();
        let at = Position { line: h.line.max(1), column: 1 };
        if namesakes.len() > 1 {
            let message =
                format!("this highlight names {name}, and {} are both called that", english::join(&namesakes));
            cx.warn(at, message, "write the full name, so that the right letter recalls it");
        } else if namesakes.is_empty() {
            let message = format!("this highlight names {name}, who is not among the people of this note");
            let help =
                format!("add {name} to `interviewers:` (or the note's list of people) so that their letter recalls it");
            cx.warn(at, message, &help);
        }
    }
}

/// Marks whom each highlight is about: people named in full, by an unambiguous given name, or
/// by honorific and family name.
fn about(highlights: Vec<Highlight>, people: &[Person]) -> Vec<Highlight> {
    if people.is_empty() {
        return highlights;
    }
    let firsts: Vec<String> = people.iter().map(|p| people::first_name(&p.name).to_lowercase()).collect();
    // The ways each person may be named in a highlight, lower-cased.
    let mentions: Vec<Vec<String>> = people
        .iter()
        .zip(&firsts)
        .map(|(p, first)| {
            let mut ways = vec![people::bare_name(&p.name).to_lowercase()];
            if firsts.iter().filter(|f| *f == first).count() == 1 {
                ways.push(first.clone());
            }
            if let Some(h) = people::honorific(&p.name) {
                ways.push(format!("{h} {}", people::surname(&p.name)).to_lowercase());
                // (`Dr Brennan liked the car line`: the honorific without its stop.)
                if let Some(bare) = h.strip_suffix('.') {
                    ways.push(format!("{bare} {}", people::surname(&p.name)).to_lowercase());
                }
            }
            ways
        })
        .collect();
    highlights
        .into_iter()
        .map(|mut h| {
            // (Tagged with whose it is already.)
            if !h.about.is_empty() {
                return h;
            }
            let text = h.text.to_lowercase();
            h.about = people
                .iter()
                .zip(&mentions)
                .filter(|(p, ways)| {
                    ways.iter().any(|w| contains_word(&text, w)) || people::short_form_in(&h.text, p, people)
                })
                .map(|(p, _)| p.name.clone())
                .collect();
            h
        })
        .collect()
}

/// What follows the name of one of `people` that opens `text`: their full name, given name, or
/// title and surname (`Dr. Lindqvist perked up…`).
fn after_a_name<'a>(text: &'a str, people: &[Person]) -> Option<&'a str> {
    people.iter().find_map(|p| {
        let bare = people::bare_name(&p.name);
        let honorific =
            p.name.split(' ').next().filter(|w| w.ends_with('.')).map(|h| format!("{h} {}", people::surname(&p.name)));
        [Some(bare.to_owned()), Some(people::first_name(&p.name).to_owned()), honorific]
            .into_iter()
            .flatten()
            .find_map(|name| text.strip_prefix(name.as_str())?.strip_prefix(' '))
    })
}

/// True when a line names people met with their titles, as a heading of a section about them
/// does (`Claire Dubois — CMO`): the parser reads a bold line of that kind as a heading.
pub(crate) fn names_people(line: &str) -> bool {
    !loose::people_heading(line).is_empty()
}

/// `text` with the thank-you written `t/y` spelled out.
fn thank_you_spelled(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if !text.contains("t/y") && !text.contains("T/Y") {
        return text;
    }
    let text = crate::text::words::replace_word(&text, "t/y", "thank-you");
    std::borrow::Cow::Owned(crate::text::words::replace_word(&text, "T/Y", "thank-you"))
}

/// True when `text` names a section kept to oneself (`PRIVATE — NOT FOR ANY CORRESPONDENCE`).
pub(crate) fn names_a_private_section(text: &str) -> bool {
    sections::is_private(text)
}

/// The one whose message a line of the writer's plan is for: `In Graham's note, mention …`,
/// `Mention the Baines verdict in Graham's letter`, `In the email to Lucy, bring up …`.
fn plan_for_one_message(line: &str, people: &[Person]) -> Option<String> {
    const MESSAGES: &[&str] = &["note", "letter", "email", "e-mail", "card", "thank-you", "thank you", "ty", "message"];
    const SAY: &[&str] =
        &["mention ", "bring up ", "remind ", "reiterate ", "add ", "include ", "say ", "note ", "repeat "];
    let line = line.replace('’', "'");
    let lower = line.to_lowercase();
    // (The name keeps its capital: `In Ode's card` is Graham Ode's.)
    let cased = |part: &str| match lower.len() == line.len() {
        true => line[part.as_ptr() as usize - lower.as_ptr() as usize..][..part.len()].to_owned(),
        false => part.to_owned(),
    };
    let says = |rest: &str| SAY.iter().any(|s| rest.trim_start_matches([',', ':', ' ']).starts_with(s));
    // Who a phrase such as `graham's note` or `the email to lucy` names, one person only.
    let whose = |phrase: &str| -> Option<String> {
        let phrase = phrase.trim().trim_start_matches("the ").trim_start_matches("my ");
        let named = MESSAGES.iter().find_map(|m| {
            phrase.strip_suffix(m).map(|who| who.trim_end().trim_end_matches("'s").trim_end_matches('\'')).or_else(
                || {
                    phrase
                        .strip_prefix(m)?
                        .trim_start()
                        .strip_prefix("to ")
                        .or_else(|| phrase.strip_prefix(m)?.trim_start().strip_prefix("for "))
                },
            )
        })?;
        let named = named.trim();
        if named.is_empty() || named.split(' ').count() > 3 {
            return None;
        }
        let i = prose::person_in(&cased(named), people)?;
        Some(people[i].name.clone())
    };
    if let Some(rest) = lower.strip_prefix("in ") {
        let (phrase, after) = rest.split_once([',', ':']).or_else(|| {
            SAY.iter().filter_map(|s| rest.find(&format!(" {s}")).map(|at| (&rest[..at], &rest[at..]))).next()
        })?;
        return says(after).then(|| whose(phrase)).flatten();
    }
    if !says(&lower) {
        return None;
    }
    let (_, phrase) = lower.rsplit_once(" in ")?;
    whose(phrase.trim_end_matches(['.', '!']))
}

/// Those of `people` who are the writer (set 50, minutes of a meeting: `Mr K. Molefe – Candidate`
/// among those present, and `**Minutes taken by:** K. Molefe`): one whose title says so, one a
/// note-taker's label names, the `sender` (`followup.toml`'s name, in full), and anyone else with
/// their surname and initial.
fn the_writer(text: &str, people: &[Person], sender: Option<&str>) -> Vec<String> {
    const ME: &[&str] = &["candidate", "me", "myself", "interviewee", "candidate (me)"];
    const TAKEN_BY: &[&str] = &["minutes taken by", "minutes by", "minuted by", "notes taken by", "minute taker"];
    let labelled = |p: &Person| {
        text.lines().any(|line| {
            let plain = line.replace(['*', '_'], "").to_lowercase();
            TAKEN_BY.iter().any(|l| plain.trim_start().starts_with(l)) && line.contains(&p.name)
        })
    };
    let writers: Vec<&Person> = people
        .iter()
        .filter(|p| {
            let me = |t: &str| ME.contains(&t.to_lowercase().as_str());
            // (Set 74: an AI summary's `**Participants:** Samuel Kiptoo, Amina Hassan, Wanjiru
            // Kamau` names the writer, as `followup.toml` gives her name, among those met.)
            let sender =
                sender.map(str::trim).filter(|s| s.contains(' ')).is_some_and(|s| p.name.eq_ignore_ascii_case(s));
            p.title.as_deref().is_some_and(me) || me(&p.name) || labelled(p) || sender
        })
        .collect();
    let initial = |name: &str| people::bare_name(name).chars().next();
    people
        .iter()
        .filter(|p| {
            writers.iter().any(|w| {
                w.name == p.name
                    || (people::last_name(&w.name) == people::last_name(&p.name)
                        && initial(&w.name) == initial(&p.name))
            })
        })
        .map(|p| p.name.clone())
        .collect()
}

#[cfg(test)]
mod tests;
