//! The one synonym table: which names of a note's fields mean company, position, date, people.
//!
//! Both readers of named fields look names up here: front-matter keys (`employer: Initech`, in
//! `extract::front_matter`) and `Key: value` lines in the body (`Employer: Initech`, in
//! `extract::body`). Names are compared in one form, lower case with words separated by single
//! spaces: the front-matter reader turns `_` into a space first, the body reader normalises the
//! label the way headings are (`sections::normalize`). What a field's value then means, and what
//! a line under a heading means, is left to those readers and to `sections`.
//!
//! This is one regular table, long because it lists every synonym on a line of its own.

/// What a named field fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Company,
    Position,
    /// A tracker's `Application: APP-001 - Senior Developer @ ExampleCorp`: position and company.
    Application,
    Stage,
    Format,
    Status,
    Date,
    ProcessPosition,
    /// People met, listed in the front matter.
    Interviewers,
    /// People who helped, with the role the key itself implies (`recruiter:` → recruiter).
    Helpers(Option<&'static str>),
    Thanked,
    CheckedIn,
}

/// Where a synonym is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Both,
    /// Only as a front-matter key. The people keys (`interviewers`, `helpers`…) are read in the
    /// body too, but as labels that mean what the same heading would (`**Who I met:** …`), so
    /// `sections` decides them there; the others (`process`, `thanked`…) name state that a body
    /// line does not hold, and reading them there would change what existing notes say.
    FrontMatter,
    /// Only as a body line. Front matter keeps an `application:` key in `extra`, where templates
    /// and `inspect` show it as written.
    Body,
}

use Field::*;
use Place::*;

const SYNONYMS: &[(&str, Field, Place)] = &[
    ("company", Company, Both),
    ("employer", Company, Both),
    ("organization", Company, Both),
    ("organisation", Company, Both),
    // (Set 59, a deal record: `OPP: Gulfbridge Software — Regional Sales Director, KSA & UAE`.)
    ("opp", Company, Body),
    ("opportunity", Company, Body),
    ("position", Position, Both),
    ("role", Position, Both),
    ("job title", Position, Both),
    ("job", Position, Both),
    // (Set 58: `Post:     Contracts Manager - Roads & Stormwater`, a South African's word.)
    ("post", Position, Body),
    ("vacancy", Position, Body),
    // (Set 60: `Stelle: Konstrukteur Flugsteuerungsaktuatorik`, in German; `Poste :` in French.)
    ("stelle", Position, Body),
    ("poste", Position, Body),
    // (Set 64, a Dutch tracker's columns: `bedrijf`, `functie`; its `datum` is below.)
    ("bedrijf", Company, Body),
    ("functie", Position, Body),
    ("application", Application, Body),
    ("job application", Application, Body),
    ("stage", Stage, Both),
    ("round", Stage, Both),
    // (Set 48: a German writer's own front-matter keys, `firma`, `wann`, `runde = "2/3"`; a
    // body's German labels, `Runde: 2 von 3 — technisches Interview`, are the writer's prose.)
    ("runde", Stage, FrontMatter),
    ("firma", Company, FrontMatter),
    ("unternehmen", Company, FrontMatter),
    ("stelle", Position, FrontMatter),
    ("wann", Date, FrontMatter),
    ("datum", Date, Both),
    ("termin", Date, FrontMatter),
    ("type", Stage, Both),
    ("interview stage", Stage, Both),
    ("interview type", Stage, Both),
    ("format", Format, Both),
    ("status", Status, Both),
    ("date", Date, Both),
    ("interview date", Date, Both),
    ("process position", ProcessPosition, FrontMatter),
    ("process", ProcessPosition, FrontMatter),
    ("interviewers", Interviewers, FrontMatter),
    ("interviewer", Interviewers, FrontMatter),
    ("panel", Interviewers, FrontMatter),
    ("people", Interviewers, FrontMatter),
    ("helpers", Helpers(None), FrontMatter),
    ("contacts", Helpers(None), FrontMatter),
    // (`contact = "Brennan Cole (Lexbridge Legal Staffing)"`.)
    ("contact", Helpers(None), FrontMatter),
    ("thanks", Helpers(None), FrontMatter),
    ("recruiter", Helpers(Some("recruiter")), Both),
    ("coordinator", Helpers(Some("coordinator")), Both),
    ("referrer", Helpers(Some("referrer")), Both),
    ("assistant", Helpers(Some("assistant")), Both),
    // (`Admin: Keisha Lamb, HR Analyst — read the rules, timed every answer`: who ran the day.)
    ("admin", Helpers(Some("coordinator")), Body),
    // (`4. HR contact: Anita Ferreira, HR Analyst II — aferreira@…`: the one to write to.)
    // (Not `Contact:` alone: the one to write to may be the one who interviewed.)
    ("hr contact", Helpers(Some("recruiter")), Both),
    // (Set 45: `hr:: [[Sabine Köhler]]` beside `people::`.)
    ("hr", Helpers(Some("recruiter")), Both),
    ("referred by", Helpers(Some("referrer")), Both),
    ("referral", Helpers(Some("referrer")), Both),
    ("thanked", Thanked, FrontMatter),
    ("thank you sent", Thanked, FrontMatter),
    ("thanks sent", Thanked, FrontMatter),
    ("checked in", CheckedIn, FrontMatter),
    ("check in sent", CheckedIn, FrontMatter),
];

/// The field a front-matter key names, given as `key` left it (lower case, `_` between words).
pub(crate) fn front_matter(key: &str) -> Option<Field> {
    lookup(&key.replace('_', " "), FrontMatter)
}

/// The field a body line's label names, given as `sections::normalize` left it.
pub(crate) fn body(label: &str) -> Option<Field> {
    lookup(label, Body)
}

/// The known front-matter key that `key` (as `front_matter` takes it) is a typo of, written with
/// `_` between words: `interviwers` → `interviewers`.
pub(crate) fn front_matter_near_miss(key: &str) -> Option<String> {
    let names = SYNONYMS.iter().filter(|(_, _, p)| *p != Body).map(|(n, _, _)| *n);
    crate::text::spelling::near_miss(&key.replace('_', " "), names).map(|n| n.replace(' ', "_"))
}

/// The field a front-matter key that no synonym names holds, read from the key's words (issue
/// 13): `met_on` and `call_date` hold the date, `opening` and `applied_for` the position,
/// `hiring_manager` and `interview_panel` people met, `talent_partner` and `recruiting_coordinator`
/// people who helped, with their role. A key that names a person's detail (`talent_partner_email`)
/// or another day than the interview's (`applied_on`, `decision_date`) holds none of these.
/// `key` is as `front_matter` takes it.
pub(crate) fn front_matter_by_meaning(key: &str) -> Option<Field> {
    let words: Vec<&str> = key.split(['_', ' ', '-']).filter(|w| !w.is_empty()).collect();
    let has = |vocabulary: &[&str]| words.iter().any(|w| vocabulary.contains(w));
    let last = *words.last()?;
    // (Set 47, Logseq: `ref-by:: [[Kezia Brathwaite]]`.)
    if last == "by" && has(&["ref", "refd", "referred"]) {
        return Some(Helpers(Some("referrer")));
    }
    // `co`, `company_name`, `hiring_org`: the company (`company_size` is not).
    let company = ["co", "company", "org", "employer", "firm", "organization", "organisation"];
    if has(&company) && (words.len() == 1 || matches!(last, "name" | "co" | "company" | "org" | "employer" | "firm")) {
        return Some(Company);
    }
    // `where: Harborline Rehab`, `what: Staff PT (outpatient ortho)`: a journal's own questions.
    match key {
        "where" => return Some(Company),
        "what" => return Some(Position),
        _ => {}
    }
    if words.len() > 1 && DETAIL_WORDS.contains(&last) {
        return None;
    }
    if last == "by" && has(&["scheduled"]) {
        return Some(Helpers(Some("coordinator")));
    }
    // A day, and the meeting's: `met_on`, `call_date`, `scheduled`; `date_found` is not when
    // anyone met.
    let dated = last != "by"
        && (has(&["date", "dt", "when", "day", "scheduled", "time"])
            || (words.len() > 1 && matches!(last, "on" | "at")));
    if dated {
        // `when:`, `dt:` alone: the note's own day, the meeting's.
        let alone = words.len() == 1 && matches!(last, "dt" | "when" | "day");
        return ((alone || has(MEETING_WORDS)) && !has(OTHER_DAYS)).then_some(Date);
    }
    // A key about another day or step (`follow_up_with`) lists no one met; it may still name
    // the position (`job_applied`, `applied_for`).
    let role = if has(OTHER_DAYS) {
        None
    } else if has(&["coordinator", "coordinators", "scheduler", "scheduling", "spoc"]) {
        // (`spoc = "Shruti Menon (TA)"`: the single point of contact, in Indian offices.)
        Some(Helpers(Some("coordinator")))
    } else if has(&["referrer", "referral", "referred", "referee"]) {
        Some(Helpers(Some("referrer")))
    } else if has(&["assistant"]) {
        Some(Helpers(Some("assistant")))
    } else if has(&["recruiter", "recruiters", "recruiting", "sourcer", "talent"])
        // (`agency_contact: Steph Morales`: the staffing agency's recruiter; `via_agency:` names
        // the agency.)
        || (has(&["agency"]) && has(&["contact", "rep", "person"]))
    {
        Some(Helpers(Some("recruiter")))
    } else if has(INTERVIEWER_WORDS) {
        Some(Interviewers)
    } else {
        None
    };
    // `loop_position: 3 of 4`, `round_position`: where the interview sits, not the job.
    let in_process = has(&["loop", "round", "rounds", "process", "pipeline", "stage", "interview"]);
    // (Set 46: `post = "Senior Data Analyst - Credit Risk"`, the British and Indian word for a job.)
    let position = (has(&["position", "opening", "vacancy", "job", "posting", "post", "requisition", "req", "role"])
        && !(in_process && has(&["position"])))
        || (has(&["applied", "applying"]) && has(&["for"]));
    role.or(position.then_some(Position))
}

/// Last words of a key that holds a detail of someone, not the person.
const DETAIL_WORDS: &[&str] =
    &["email", "mail", "phone", "linkedin", "url", "link", "address", "title", "notes", "note", "id", "count", "name"];

/// Words of a key about another day than the interview's, or about something else entirely.
const OTHER_DAYS: &[&str] = &[
    "applied",
    "application",
    "thank",
    "thanked",
    "thanks",
    "check",
    "checked",
    "follow",
    "followup",
    "decision",
    "offer",
    "start",
    "deadline",
    "due",
    "reply",
    "response",
    "next",
    "created",
    "updated",
    "modified",
    "birth",
    "posted",
    "sent",
    "expected",
    "last",
    "end",
    "reminder",
];

/// Words of a key about the meeting itself.
const MEETING_WORDS: &[&str] = &[
    "met",
    "meet",
    "meeting",
    "interview",
    "interviewed",
    "call",
    "screen",
    "onsite",
    "scheduled",
    "chat",
    "session",
    "panel",
    "round",
    "visit",
    "loop",
];

/// Words of a key that lists people met.
const INTERVIEWER_WORDS: &[&str] = &[
    // (`met = ["Rosalind Achterberg", …]`, `attendees:`, `who:`: those the writer met.)
    "met",
    "attendees",
    "participants",
    "who",
    "manager",
    "managers",
    "panel",
    "panelist",
    "panelists",
    "interviewer",
    "interviewers",
    "lead",
    "leads",
    "director",
    "engineer",
    "head",
    "founder",
    "cto",
    "ceo",
    "cfo",
    "vp",
    "hm",
    "supervisor",
    "with",
    "by",
];

/// The fields of a person given as a map (`- name: Ana Souza` and the lines under it).
pub(crate) const PERSON_FIELDS: &[&str] = &[
    "name",
    "title",
    "job_title",
    "position",
    "is",
    "role",
    "email",
    "e_mail",
    "mail",
    "address",
    "emailed",
    "corresponded",
    "channel",
    "kind",
];

fn lookup(name: &str, place: Place) -> Option<Field> {
    SYNONYMS.iter().find(|(n, _, p)| *n == name && (*p == place || *p == Both)).map(|(_, field, _)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_keys_and_body_labels_share_one_table() {
        assert_eq!(front_matter("job_title"), Some(Position));
        assert_eq!(body("job title"), Some(Position));
        assert_eq!(body("organisation"), Some(Company));
        assert_eq!(front_matter("referred_by"), Some(Helpers(Some("referrer"))));
        assert_eq!(front_matter_by_meaning("ref-by"), Some(Helpers(Some("referrer"))), "Logseq's property");
    }

    #[test]
    fn typos_of_keys_are_told_from_keys_of_ones_own() {
        assert_eq!(front_matter_near_miss("interviwers").as_deref(), Some("interviewers"));
        assert_eq!(front_matter_near_miss("checked_inn").as_deref(), Some("checked_in"));
        assert_eq!(front_matter_near_miss("tags"), None);
        assert_eq!(front_matter_near_miss("application"), None, "a known key kept in `extra`");
    }

    #[test]
    fn keys_are_read_by_the_meaning_of_their_words() {
        let cases = [
            ("met_on", Some(Date)),
            ("met", Some(Interviewers)),
            ("attendees", Some(Interviewers)),
            ("who", Some(Interviewers)),
            ("co", Some(Company)),
            ("where", Some(Company)),
            ("what", Some(Position)),
            ("dt", Some(Date)),
            ("when", Some(Date)),
            ("company_name", Some(Company)),
            ("hiring_org", Some(Company)),
            ("company_size", None),
            ("interviewed_on", Some(Date)),
            ("scheduled", Some(Date)),
            ("screen_scheduled_for", Some(Date)),
            ("onsite_day", Some(Date)),
            ("applied_on", None),
            ("date_found", None),
            ("date_applied", None),
            ("due_date", None),
            ("decision_date", None),
            ("thank_you_due", None),
            ("opening", Some(Position)),
            ("applied_for", Some(Position)),
            ("target_role", Some(Position)),
            ("vacancy", Some(Position)),
            ("manager", Some(Interviewers)),
            ("interview_panel", Some(Interviewers)),
            ("skip_level_director", Some(Interviewers)),
            ("met_with", Some(Interviewers)),
            ("talent_partner", Some(Helpers(Some("recruiter")))),
            ("talent_acquisition_partner", Some(Helpers(Some("recruiter")))),
            ("recruiting_coordinator", Some(Helpers(Some("coordinator")))),
            ("referral_source", Some(Helpers(Some("referrer")))),
            ("executive_assistant", Some(Helpers(Some("assistant")))),
            ("scheduled_by", Some(Helpers(Some("coordinator")))),
            ("job_applied", Some(Position)),
            ("req", Some(Position)),
            ("loop_position", None),
            ("round_position", None),
            ("follow_up_with", None),
            ("talent_partner_email", None),
            ("manager_title", None),
            ("tags", None),
            ("salary", None),
            ("aliases", None),
            ("cssclass", None),
        ];
        for (key, field) in cases {
            assert_eq!(front_matter_by_meaning(key), field, "{key}");
        }
    }

    #[test]
    fn each_synonym_is_read_only_where_it_applies() {
        assert_eq!(front_matter("application"), None, "front matter keeps it in `extra`");
        assert_eq!(body("application"), Some(Application));
        assert_eq!(body("interviewers"), None, "a body label is read as the heading would be");
        assert_eq!(body("thanked"), None);
        assert_eq!(body("recruiter"), Some(Helpers(Some("recruiter"))), "a Notion property line names a helper");
    }
}
