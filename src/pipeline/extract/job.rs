//! The job a note names under a label of its own, wherever the line stands (set 66): `- Job:
//! **Charge Technologist, Microbiology** — St. Brendan's Health Centre (the downtown site).`,
//! `**Vaga:** Técnica de Laboratório — Microbiologia`, `**Stelle / Position:** Sous-Chef,
//! Restaurant "Elbgold" (the fine dining one…)`, `[NFP: …, 10am. Role = Policy & Research Lead.
//! …]`, `Post = Clinical Nurse Manager 2, Intensive Care Unit (18 beds…)`, `…after their last
//! period. Job is Teacher of Chemistry & Science, permanent full-time, starting Term 1 2027.`,
//! and an event's line that names the job after a dash: `○ 14:00 interview — Clinical Nurse
//! Manager 1, Community Paediatric Nursing (Harbourview CH, North Dublin)`.
//!
//! The label is a word that means the job in the languages notes are written in; the job is
//! what follows, up to the first aside, sentence end or clause that is not part of a title.

use super::people;

/// Words that label the job, in lower case: a label may join two (`Stelle / Position`).
const LABELS: &[&str] = &[
    "job",
    "the job",
    "role",
    "the role",
    "position",
    "the position",
    "post",
    "the post",
    "vacancy",
    "opening",
    "stelle",
    "poste",
    "le poste",
    "vaga",
    "cargo",
    "puesto",
    "stanowisko",
];

/// Words for the meeting itself, which name the job after a dash (`interview — Sous Chef`), when
/// what follows holds a word of a title.
const EVENTS: &[&str] = &["interview", "panel", "presentation", "plan presentation"];

/// Words that say the writer sought the job, which name it after them when what follows holds a
/// word of a title (set 69, an SBAR handover: `Pt = me lol. Interviewed for **Senior Staff Nurse
/// (Band 6), Critical Care** @ Glan Ely Hospital`).
const SOUGHT: &[&str] = &["interviewed for", "interviewing for", "applied for", "applying for"];

/// The job the first labelled line of `text` names, unless it is the title of someone met
/// (`Role: Head of Design` under a person is theirs) or reads as anything but a job.
pub(super) fn labelled(text: &str, company: Option<&str>, titles: &[&str]) -> Option<String> {
    text.lines().find_map(|line| {
        let line = plain(line);
        sentences(&line).find_map(|sentence| {
            let (job, event) = after_label(sentence)?;
            let job = cut(job, company)?;
            let words: Vec<&str> = job.split_whitespace().collect();
            let titled = words.iter().any(|w| people::is_title_word(&w.to_lowercase()));
            let someones = titles.iter().any(|t| t.eq_ignore_ascii_case(&job));
            let first_person = words.iter().any(|w| ["I", "I'm", "I'd", "I've", "I'll", "my", "me", "we"].contains(w));
            let fits = (1..=10).contains(&words.len()) && !job.contains(['?', ':', '=', '!']);
            // (A label's job with no word of a title is one written as a name is, capitalised:
            // not `Role: owning billing was discussed`.)
            let named = !event && job.starts_with(char::is_uppercase);
            (fits && (titled || named) && !someones && !first_person)
                .then(|| if job.chars().any(char::is_uppercase) { job.clone() } else { people::title_cased(&job) })
        })
    })
}

/// A line without its list marker, task box, bullet glyph and emphasis.
fn plain(line: &str) -> String {
    // (Set 69: `▶ Position: Ocean Export Operations Specialist`, `■ …`, as a Korean document marks
    // its lines.)
    let line =
        line.trim().trim_start_matches(['-', '*', '+', '•', '○', '◦', '>', '▶', '►', '▸', '■', '□', '※', ' ', '\t']);
    let line = ["[ ] ", "[x] ", "[X] "].iter().find_map(|b| line.strip_prefix(b)).unwrap_or(line);
    line.replace("**", "").replace("__", "").trim_start_matches('[').to_owned()
}

/// The line from each place a label may open a sentence: its start, and after each full stop.
/// (What follows runs to the line's end: `cut` finds where the job ends, past `St. Brendan's`.)
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    let stops = line.match_indices(". ").map(|(i, _)| i + 2);
    std::iter::once(0).chain(stops).map(move |i| line[i..].trim())
}

/// What follows a label that opens `sentence`, and whether the label names the meeting or the
/// seeking (then what follows is a job only with a word of a title).
fn after_label(sentence: &str) -> Option<(&str, bool)> {
    // (ASCII lower case keeps every byte where it was: positions in `lower` hold in `sentence`.)
    let lower = sentence.to_ascii_lowercase();
    // (A time or a glyph before the meeting's word: `○ 14:00 interview — …`, `09:30 PANEL — …`.)
    let timed = lower.split_once(' ').filter(|(t, _)| t.contains(':') && t.chars().any(|c| c.is_ascii_digit()));
    let skip = timed.map_or(0, |(t, _)| t.len() + 1);
    let rest = &lower[skip..];
    let labelled = label_at(rest, LABELS, &[":", " =", " is "]).map(|n| (n, false));
    let labelled = labelled.or_else(|| label_at(rest, EVENTS, &[" —", " –"]).map(|n| (n, true)));
    // (The job sought is one written as a name is: not `Applied for the other engineer role`.)
    let sought = || label_at(rest, SOUGHT, &[" "]).filter(|&n| sentence[skip + n..].starts_with(char::is_uppercase));
    let labelled = labelled.or_else(|| sought().map(|n| (n, true)))?;
    let (n, event) = labelled;
    let value = sentence.get(skip + n..)?.trim();
    (!value.is_empty()).then_some((value, event))
}

/// The length of the label and its separator that open `lower`: one label, or two joined by a
/// slash.
fn label_at(lower: &str, labels: &[&str], separators: &[&str]) -> Option<usize> {
    let one = |s: &str| labels.iter().filter(|l| s.starts_with(*l)).map(|l| l.len()).max();
    let mut n = one(lower)?;
    if let Some(slash) = lower[n..].strip_prefix(" / ").or_else(|| lower[n..].strip_prefix('/')) {
        let joined = lower.len() - slash.len();
        n = joined + one(slash)?;
    }
    separators.iter().find(|s| lower[n..].starts_with(*s)).map(|s| n + s.len())
}

/// The job in `value`: up to its first aside, its sentence's end, a clause that starts in lower
/// case (`, permanent full-time`) or a dash before the company or a remark.
fn cut(value: &str, company: Option<&str>) -> Option<String> {
    let mut job = value.split(" (").next().unwrap_or(value);
    job = job.split([';', '[', ']']).next().unwrap_or(job);
    if let Some((head, _)) = job.split_once(" @ ") {
        job = head;
    }
    // (Set 68: `**Puesto:** Head Chef para la apertura nueva, "Ember & Salt"`: what the job is for,
    // in Spanish or Portuguese, is no part of its title.)
    if let Some((head, _)) = job.split_once(" para ") {
        job = head;
    }
    if let Some(company) = company.filter(|c| !c.is_empty()) {
        if let Some(at) = job.to_ascii_lowercase().find(&format!(" at {}", company.to_ascii_lowercase())) {
            job = &job[..at];
        }
    }
    let first_word = company.and_then(|c| c.split_whitespace().next()).unwrap_or_default().to_lowercase();
    for dash in [" — ", " – ", " - "] {
        if let Some((head, tail)) = job.split_once(dash) {
            let tail_lower = tail.to_lowercase();
            let remark = tail.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
            let names_company = !first_word.is_empty() && tail_lower.starts_with(&first_word);
            if remark || names_company {
                job = head;
            }
        }
    }
    // (The sentence ends at a full stop after a word longer than an abbreviation's.)
    let ends =
        job.match_indices(". ").map(|(i, _)| i).find(|&i| job[..i].rsplit(' ').next().is_some_and(|w| w.len() > 3));
    if let Some(end) = ends {
        job = &job[..end];
    }
    let mut kept = Vec::new();
    for (i, clause) in job.split(", ").enumerate() {
        if i > 0 && !clause.starts_with(char::is_uppercase) {
            break;
        }
        kept.push(clause);
    }
    let job = kept.join(", ");
    let job = job.trim().trim_end_matches([',', ':']);
    // (`Analista de Controle de Qualidade Jr.`: an abbreviation keeps its point.)
    let last = job.rsplit(' ').next().unwrap_or(job);
    let job = if last.len() > 4 { job.trim_end_matches('.') } else { job };
    let job = job.trim_matches(['*', '_']).trim();
    // (`Role: "Sous Chef"`: quotes around the whole are no part of it.)
    let whole = job.strip_prefix(['"', '“']).and_then(|j| j.strip_suffix(['"', '”'])).filter(|j| !j.contains('"'));
    let job = whole.unwrap_or(job);
    (!job.is_empty()).then(|| job.to_owned())
}

#[cfg(test)]
mod tests {
    use super::labelled;

    fn job(text: &str, company: &str) -> Option<String> {
        labelled(text, Some(company), &[])
    }

    #[test]
    fn a_labelled_line_names_the_job_up_to_its_aside_or_the_company() {
        let note = "## 1. Situation\n\n- Video call.\n- Job: **Charge Technologist, Microbiology** — St. Brendan's \
                    Health Centre (the downtown site). Full-time permanent. Round 1 of 3.\n";
        assert_eq!(job(note, "St. Brendan's Health Centre").as_deref(), Some("Charge Technologist, Microbiology"));
        let vaga = "**Vaga:** Técnica de Laboratório — Microbiologia\n";
        assert_eq!(job(vaga, "Biolumen").as_deref(), Some("Técnica de Laboratório — Microbiologia"));
        let abbreviated = "**Vaga:** Analista de Controle de Qualidade Jr. (QC Analyst Jr.) — Vetra Pharma\n";
        assert_eq!(job(abbreviated, "Vetra Pharma").as_deref(), Some("Analista de Controle de Qualidade Jr."));
        let joined = "**Stelle / Position:** Sous-Chef, Restaurant \"Elbgold\" (the fine dining one) + help.\n";
        assert_eq!(job(joined, "Hotel Elbgold").as_deref(), Some("Sous-Chef, Restaurant \"Elbgold\""));
        let puesto = "**Puesto:** Head Chef para la apertura nueva, \"Ember & Salt\" (Bermondsey)\n";
        assert_eq!(job(puesto, "The Larder Group").as_deref(), Some("Head Chef"));
    }

    #[test]
    fn a_label_may_open_any_sentence_of_a_line() {
        let bracket = "[NFP: Harbour Capital Housing Trust (HCHT), Fri 4 Dec 2026, 10am, upstairs on Cuba St. \
                       Role = Policy & Research Lead. \"First of two conversations\".]\n";
        assert_eq!(job(bracket, "Harbour Capital Housing Trust").as_deref(), Some("Policy & Research Lead"));
        let spoken = "**GUEST:** 3:45pm, after their last period. Job is Teacher of Chemistry & Science, permanent \
                      full-time, starting Term 1 2027.\n";
        assert_eq!(job(spoken, "Kauri Bay College").as_deref(), Some("Teacher of Chemistry & Science"));
    }

    #[test]
    fn an_event_line_names_the_job_after_its_dash_when_it_is_a_title() {
        let bujo = "○ 14:00 interview — Clinical Nurse Manager 1, Community Paediatric Nursing (Harbourview CH)\n";
        assert_eq!(
            job(bujo, "Harbourview Community Health").as_deref(),
            Some("Clinical Nurse Manager 1, Community Paediatric Nursing")
        );
        assert_eq!(job("interview — went fine, long wait\n", "Acme"), None);
        assert_eq!(job("Panel — Deb, Tom and Sue\n", "Acme"), None);
    }

    #[test]
    fn the_job_sought_is_named_after_interviewed_for_when_it_is_a_title() {
        let sbar =
            "- Pt = me lol. Interviewed for **Senior Staff Nurse (Band 6), Critical Care** @ Glan Ely Hospital\n";
        assert_eq!(job(sbar, "Glan Ely Hospital").as_deref(), Some("Senior Staff Nurse"));
        let applied = "Applied for Logistics Coordinator @ Arcbridge in October.\n";
        assert_eq!(job(applied, "Arcbridge").as_deref(), Some("Logistics Coordinator"));
        assert_eq!(job("Interviewed for 45 min, then a tour.\n", "Acme"), None);
        assert_eq!(job("applied for it through LinkedIn\n", "Acme"), None);
        assert_eq!(job("Applied for the other engineer role last spring.\n", "Acme"), None);
    }

    #[test]
    fn a_role_that_is_someones_title_or_the_writers_words_is_no_job() {
        let person = "### Marta\n- Role: Head of Design\n";
        assert_eq!(labelled(person, Some("Brightwater"), &["Head of Design"]), None);
        assert_eq!(job("Role: I'd be running the pass most nights\n", "Acme"), None);
        assert_eq!(job("Position: ?\n", "Acme"), None);
        assert_eq!(job("- Role: owning billing was discussed\n", "Stripe"), None);
    }
}
