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
    ("position", Position, Both),
    ("role", Position, Both),
    ("job title", Position, Both),
    ("job", Position, Both),
    ("application", Application, Body),
    ("job application", Application, Body),
    ("stage", Stage, Both),
    ("round", Stage, Both),
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
    ("thanks", Helpers(None), FrontMatter),
    ("recruiter", Helpers(Some("recruiter")), FrontMatter),
    ("coordinator", Helpers(Some("coordinator")), FrontMatter),
    ("referrer", Helpers(Some("referrer")), FrontMatter),
    ("assistant", Helpers(Some("assistant")), FrontMatter),
    ("referred by", Helpers(Some("referrer")), FrontMatter),
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

/// The fields of a person given as a map (`- name: Ana Souza` and the lines under it).
pub(crate) const PERSON_FIELDS: &[&str] = &[
    "name",
    "title",
    "job_title",
    "position",
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
    }

    #[test]
    fn typos_of_keys_are_told_from_keys_of_ones_own() {
        assert_eq!(front_matter_near_miss("interviwers").as_deref(), Some("interviewers"));
        assert_eq!(front_matter_near_miss("checked_inn").as_deref(), Some("checked_in"));
        assert_eq!(front_matter_near_miss("tags"), None);
        assert_eq!(front_matter_near_miss("application"), None, "a known key kept in `extra`");
    }

    #[test]
    fn each_synonym_is_read_only_where_it_applies() {
        assert_eq!(front_matter("application"), None, "front matter keeps it in `extra`");
        assert_eq!(body("application"), Some(Application));
        assert_eq!(body("interviewers"), None, "a body label is read as the heading would be");
        assert_eq!(body("thanked"), None);
    }
}
