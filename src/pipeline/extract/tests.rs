//! The extract stage on whole notes: front matter with its synonyms, body sections, merging, and
//! whom highlights are about. Single lines of people and headings are tested in `people` and
//! `sections`.

use super::*;
use crate::model::{Channel, Kind, ProcessPosition};

fn extract_text(text: &str) -> Extracted {
    let source =
        Source { rel: "acme/note.md".to_owned(), text: text.to_owned(), saved: None, day_first: None, writer: None };
    let doc = crate::pipeline::parse::parse(&source).expect("the note parses");
    extract(&source, &doc)
}

fn note(text: &str) -> Note {
    match extract_text(text).outcome {
        Outcome::Note(note) => *note,
        other => panic!("expected an interview note, got {other:?}"),
    }
}

/// One of the people the note met, those met only in passing included.
fn person<'a>(note: &'a Note, name: &str) -> &'a Person {
    let mut met = note.people.iter().chain(&note.met_in_passing);
    met.find(|p| p.name == name).unwrap_or_else(|| panic!("{name} not among {:?}", note.people))
}

/// Those the note met only in passing and plans no thanks for: no message.
fn passing(note: &Note) -> Vec<&str> {
    note.met_in_passing.iter().map(|p| p.name.as_str()).collect()
}

fn names_and_titles(note: &Note) -> Vec<(&str, Option<&str>)> {
    note.people.iter().map(|p| (p.name.as_str(), p.title.as_deref())).collect()
}

fn names(note: &Note) -> Vec<&str> {
    note.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn front_matter_synonyms_fill_the_same_fields() {
    let n = note(
        "---\nemployer: Initech\njob_title: Data Engineer\ninterview_date: 2026-03-02\nround: Final\n\
         process: end\nformat: panel\n---\n",
    );
    assert_eq!(n.company.as_deref(), Some("Initech"));
    assert_eq!(n.position.as_deref(), Some("Data Engineer"));
    assert_eq!(n.date, Some(jiff::civil::date(2026, 3, 2)));
    assert_eq!(n.stage.as_deref(), Some("Final"));
    assert_eq!(n.process_position, Some(ProcessPosition::End));
    assert_eq!(n.format.as_deref(), Some("panel"));

    let n = note("---\norganization: '[[Globex]]'\nrole: SRE\ndate: 2026-03-02T14:30:00\n---\n");
    assert_eq!(n.company.as_deref(), Some("Globex"), "wikilinks are reduced to their text");
    assert_eq!(n.position.as_deref(), Some("SRE"));
    assert_eq!(n.date, Some(jiff::civil::date(2026, 3, 2)), "a date-time gives its date");
}

#[test]
fn interviewers_as_strings_mappings_or_one_string() {
    let n = note(
        "---\ncompany: Hooli\npanel:\n  - Ana Souza, CTO\n  - Ben Okafor - Staff Engineer\n  - Gavin Belson (CEO)\n\
         \x20 - '[[Marcus Webb]]'\n  - name: Dr. Lena Park\n    title: Head of Data\n    email: lena@hooli.example\n\
         \x20   emailed: true\n---\n",
    );
    assert_eq!(names(&n), ["Ana Souza", "Ben Okafor", "Gavin Belson", "Marcus Webb", "Dr. Lena Park"]);
    assert_eq!(person(&n, "Ana Souza").title.as_deref(), Some("CTO"));
    assert_eq!(person(&n, "Ben Okafor").title.as_deref(), Some("Staff Engineer"));
    assert_eq!(person(&n, "Gavin Belson").title.as_deref(), Some("CEO"));
    assert_eq!(person(&n, "Marcus Webb").title, None);
    let lena = person(&n, "Dr. Lena Park");
    assert_eq!((lena.email.as_deref(), lena.emailed), (Some("lena@hooli.example"), true));
    assert!(n.people.iter().all(|p| p.kind() == Kind::Interviewer));

    let n = note("---\ncompany: Hooli\ninterviewer: Ana Souza, CTO\n---\n");
    assert_eq!(names(&n), ["Ana Souza"], "a single string is a list of one");

    // Set 25: `met = [...]` in TOML, and a person's title as `is:`.
    let n = note("+++\ncompany = \"Inn\"\nmet = [\"Rosalind Achterberg\", \"Théo Marchetti\"]\n+++\n");
    assert_eq!(names(&n), ["Rosalind Achterberg", "Théo Marchetti"]);
    let n = note("---\ncompany: Lab\npanel:\n  - name: Tobias Greer\n    is: QA/QC Officer\n---\n");
    assert_eq!(person(&n, "Tobias Greer").title.as_deref(), Some("QA/QC Officer"));
}

#[test]
fn helpers_keep_their_role_and_channel() {
    let n = note(
        "---\ncompany: Hooli\ncontacts:\n  - name: Priya Nair\n    role: recruiter\n    channel: email\n\
         thanks:\n  - Omar Haddad, Senior SRE\n---\n",
    );
    let priya = person(&n, "Priya Nair");
    assert_eq!(
        (priya.kind(), priya.role.as_deref(), priya.channel),
        (Kind::Helper, Some("recruiter"), Some(Channel::Email))
    );
    assert_eq!(person(&n, "Omar Haddad").kind(), Kind::Helper);
}

#[test]
fn people_from_front_matter_and_body_merge_by_name_front_matter_first() {
    let n = note(
        "---\ncompany: Acme\ninterviewers:\n  - name: Jane Doe\n    title: Engineering Manager\n---\n\n\
         ## Who I met\n\n- **Jane Doe**, Director — ran the design round\n- Raj Mehta, VP, Operations\n\n\
         ## Panel\n\n| Name | Role |\n| --- | --- |\n| Jane Doe | Director |\n| Zoë Kravitz-Nguyen | Designer |\n",
    );
    assert_eq!(names(&n), ["Jane Doe", "Raj Mehta", "Zoë Kravitz-Nguyen"], "nobody twice");
    assert_eq!(person(&n, "Jane Doe").title.as_deref(), Some("Engineering Manager"), "front matter wins");
    assert_eq!(person(&n, "Raj Mehta").title.as_deref(), Some("VP, Operations"));
    assert_eq!(person(&n, "Zoë Kravitz-Nguyen").title.as_deref(), Some("Designer"));
}

#[test]
fn inline_fields_and_bold_labels_count_when_front_matter_lacks_them() {
    let n =
        note("company:: [[Initech]]\n**Position:** Analyst\n**Date:** 2026-02-18\n\n## Highlights\n\n- Good rapport\n");
    assert_eq!(n.company.as_deref(), Some("Initech"));
    assert_eq!(n.position.as_deref(), Some("Analyst"));
    assert_eq!(n.date, Some(jiff::civil::date(2026, 2, 18)));

    let n = note("---\ncompany: Globex\n---\n\ncompany:: Initech\n");
    assert_eq!(n.company.as_deref(), Some("Globex"), "front matter wins over the body");
}

#[test]
fn sections_give_highlights_clarifications_and_next_steps_without_code_or_comments() {
    let n = note(
        "---\ncompany: Acme\n---\n\n## What went well\n\n- The pairing exercise\n\n```\n- not an item\n```\n\n\
         <!-- - hidden -->\n\n## Things I didn't get to explain\n\n- Cache invalidation\n\n## Next steps\n\n- Decision by Friday\n",
    );
    let highlights: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(highlights, ["The pairing exercise"]);
    assert_eq!(n.clarifications, ["Cache invalidation"]);
    assert_eq!(n.next_steps, ["Decision by Friday"]);
}

#[test]
fn an_item_written_twice_is_kept_once() {
    let n = note(
        "---\ncompany: Acme\n---\n\n## Highlights\n\n- Compensation band matches my target\n- The team ships weekly\n\
         - compensation band  matches my target.\n\n## Clarify\n\n- Cache invalidation\n- Cache invalidation\n",
    );
    let highlights: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(
        highlights,
        ["Compensation band matches my target", "The team ships weekly"],
        "the first wording is kept"
    );
    assert_eq!(n.clarifications, ["Cache invalidation"]);
}

#[test]
fn highlights_are_about_the_people_they_name() {
    let n = note(
        "---\ncompany: Acme\ninterviewers: [Hannah Lee, Gregory Park, Dr. Ines Moreau, Greg Park]\n---\n\n## Highlights\n\n\
         - Hannah liked the migration plan\n- Gregory Park asked about on-call\n- Greg and Gregory both laughed\n\
         - Dr. Moreau enjoyed the demo\n- The office was bright\n",
    );
    let about: Vec<Vec<&str>> = n.highlights.iter().map(|h| h.about.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        about,
        [vec!["Hannah Lee"], vec!["Gregory Park"], vec!["Gregory Park", "Greg Park"], vec!["Dr. Ines Moreau"], vec![]],
        "full names, unambiguous given names and honorific with family name"
    );
}

#[test]
fn files_that_are_not_interviews_are_skipped_with_a_reason() {
    let skipped = |text: &str| match extract_text(text).outcome {
        Outcome::Skipped(reason) => reason,
        other => panic!("expected a skip, got {other:?}"),
    };
    assert!(skipped("# Reading list\n\n- Designing Data-Intensive Applications\n").contains("no company"));
    assert!(skipped("---\ncompany: '{{company}}'\n---\n").contains("template"));
    assert!(skipped("---\nname: Priya Nair\nemail: priya@example.com\n---\n").contains("contact card"));
    // A date with people records an interview even without a company.
    let n = note("**Date:** 2026-02-18\n\n## Met with\n\n- Jane Doe (VP of Engineering)\n");
    assert_eq!(names(&n), ["Jane Doe"]);
}

#[test]
fn a_person_without_a_name_is_an_error_at_its_line() {
    let out = extract_text("---\ncompany: Acme\ninterviewers:\n  - title: CTO\n---\n");
    assert!(matches!(out.outcome, Outcome::Failed));
    let d = &out.diagnostics[0];
    assert_eq!(d.line, 4, "{d:?}");
    assert!(d.message.contains("name"), "{}", d.message);
}

#[test]
fn one_who_scheduled_in_a_section_of_their_own_is_a_helper_and_a_name_in_quotes_is_not_whom_a_line_is_about() {
    let n = note(
        "# Ashford Whitley - Litigation Paralegal\n\nCompany: Ashford Whitley LLP\nDate: November 24, 2026\n\
         Interviewers: Eleanor Whitcombe, Jordan Pike\nContact: Maureen Kessler\n\n## Notes\n\n\
         **Maureen Kessler — Office Administrator**\n\nMet me at reception. She's the one who scheduled both rounds. \
         I've emailed her about 3 times. Very warm, said \"Eleanor is tough but fair.\"\n\n\
         **Eleanor Whitcombe — Partner**\n\n- Asked about trial experience.\n",
    );
    let maureen = person(&n, "Maureen Kessler");
    assert_eq!(maureen.kind(), crate::model::Kind::Helper);
    assert_eq!(maureen.role.as_deref(), Some("coordinator"));
    assert!(maureen.emailed, "her, in her own section");
    assert!(!person(&n, "Eleanor Whitcombe").emailed, "named only in what Maureen said");
}

#[test]
fn one_called_by_a_nickname_in_quotes_is_one_person_under_either_name() {
    let n = note(
        "# Ops Manager – Northgate\n\nCompany: Northgate\nDate: November 25, 2026\n\
         Interviewers: Bernard “Bernie” Castellanos, Yuki Haverford\nThank-you sent: Bernie ✅, Yuki ❌\n\n\
         ## Who I met\n\n**Bernie Castellanos** – Executive Director. Toured me through the dock.\n\n\
         **Yuki Haverford** – Director of Programs.\n\n## \"Coach\" Ray Dumont — Athletics Coordinator\n\nCame in late.\n",
    );
    assert_eq!(names(&n), ["Bernard Castellanos", "Yuki Haverford", "Coach Ray Dumont"], "no ✅ people either");
    let bernie = person(&n, "Bernard Castellanos");
    assert_eq!((bernie.called.as_deref(), bernie.title.as_deref()), (Some("Bernie"), Some("Executive Director")));
    assert_eq!(person(&n, "Coach Ray Dumont").kind(), crate::model::Kind::Interviewer, "a coordinator of the work");
}

#[test]
fn a_table_says_who_was_emailed_and_what_they_liked_and_a_promise_is_read_out_of_its_line() {
    let n = note(
        "---\ncompany: Kestrel Mutual\ndate: 2026-11-25\n---\n# Kestrel Mutual – Analyst\n\n\
         Recruiter: **Colm Hennessy**, Talent Acquisition Partner — did the phone screen.\n\n## People\n\n\
         | Name | Title | What landed | Emailed? |\n|---|---|---|---|\n\
         | Harriet Lindgren-Obi | Director, Claims Operations (hiring mgr) | Loved the aging dashboard | Yes – thanks sent |\n\
         | Stanislav \"Stan\" Voronov | Lead Business Analyst | Liked that I map the unhappy path first | No |\n\
         | Gabriela Montes | Claims Adjuster III | Connected on the duplicate-entry rant | — |\n\n\
         ## Went wrong\n\n- **Promised Harriet a sanitized sample process map** (the title-transfer one). Send by Monday.\n",
    );
    assert_eq!(names(&n), ["Colm Hennessy", "Harriet Lindgren-Obi", "Stanislav Voronov", "Gabriela Montes"]);
    let harriet = person(&n, "Harriet Lindgren-Obi");
    assert_eq!(harriet.title.as_deref(), Some("Director, Claims Operations"), "the writer's tag is no part of it");
    assert!(harriet.emailed && !person(&n, "Stanislav Voronov").emailed);
    assert!(harriet.thanked && !person(&n, "Stanislav Voronov").thanked, "her row says hers is sent");
    assert!(!n.thanked, "not everyone's");
    let liked: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(liked, ["Harriet liked the aging dashboard", "Stanislav liked that I map the unhappy path first"]);
    assert_eq!(n.clarifications, ["send Harriet a sanitized sample process map"]);
}

#[test]
fn brackets_that_say_whose_a_highlight_is_are_no_part_of_it() {
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-11-24\n---\n## Who\n- [[Rosalind Achterberg|Roz]] — Principal\n\
         - [[Devendra Pillai]] — Senior Project Architect\n\n## What landed\n\n\
         - The change-order log story (Roz)\n- Knowing what an ASI is without being asked (Devendra smiled)\n\
         - The punch-list app (done in 2024)\n",
    );
    let about: Vec<(&str, Vec<String>)> = n.highlights.iter().map(|h| (h.text.as_str(), h.about.clone())).collect();
    assert_eq!(
        about,
        [
            ("The change-order log story", vec!["Rosalind Achterberg".to_owned()]),
            ("Knowing what an ASI is without being asked", vec!["Devendra Pillai".to_owned()]),
            ("The punch-list app (done in 2024)", vec![]),
        ]
    );
}

#[test]
fn a_person_of_the_front_matter_may_be_thanked_already_and_hurried_lines_name_people() {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-24\ninterviewers:\n  - name: Ana Souza\n    thanked: true\n  - Ben Okafor, CTO\n---\n",
    );
    assert!(person(&n, "Ana Souza").thanked && !person(&n, "Ben Okafor").thanked && !n.thanked);
    let n = note_at(
        "quillfeather-interactive/2026-11-24_hm-call.md",
        "quillfeather interactive - production coord (live ops)\ntue 11/24, video call\n\n\
         - hm = ollie danforth, sr producer live ops. talks fast\n- nadia kowalczyk, qa lead, dropped in for last ~15 min\n\n\
         promised\n\n- send ollie the sprint retro template i made\n",
    );
    assert_eq!(names_and_titles(&n), [("Ollie Danforth", Some("Senior Producer Live Operations"))]);
    // (`dropped in for last ~15 min`: met in passing, and no thanks planned.)
    assert_eq!(passing(&n), ["Nadia Kowalczyk"]);
    assert_eq!(person(&n, "Nadia Kowalczyk").title.as_deref(), Some("QA Lead"));
}

#[test]
fn a_hurried_title_ends_with_its_sentence_before_the_address() {
    let n = note_at(
        "great-lakes-cold-storage/2026-11-30-interview.md",
        "great lakes cold storage - 11/30 - warehouse ops mgr\n\n- menomonee valley site, 1hr\n\
         - phil haugen, dir of ops. phaugen@glcoldstorage.com\n",
    );
    assert_eq!(names_and_titles(&n), [("Phil Haugen", Some("Director of Operations"))]);
    assert_eq!(person(&n, "Phil Haugen").email.as_deref(), Some("phaugen@glcoldstorage.com"));
}

#[test]
fn a_timed_list_item_that_calls_someone_by_honorific_and_family_name_is_about_them() {
    let n = note(
        "---\ncompany: Halverson\ndate: 2026-11-27\npeople:\n  - Dr. Cordelia Ashgrove, Chief Curator\n  - Margit Sorensen, Deputy Director\n---\n\n\
         1. **10:00–10:50** — Dr. Ashgrove [Chief Curator]. Talked about the ship models. She liked my idea to prioritize digitization by loan requests.\n\
         2. **11:30** — Margit Sorensen (Deputy Director). Budget-ish questions.\n",
    );
    let about: Vec<(&str, Vec<String>)> = n.highlights.iter().map(|h| (h.text.as_str(), h.about.clone())).collect();
    assert_eq!(
        about,
        [(
            "Cordelia liked my idea to prioritize digitization by loan requests.",
            vec!["Dr. Cordelia Ashgrove".to_owned()]
        )]
    );
}

#[test]
fn a_yes_with_words_after_it_a_note_to_self_and_one_promise_said_twice() {
    let n = note(
        "---\ncompany: Tamarack\ndate: 2026-11-23\npeople:\n  - name: Kenji Albright\n    title: HR Recruiter\n\
         \x20   emailed: yes (sent schedule + parking pass Friday)\n  - name: Gwendolyn Okafor\n    title: Director\n---\n\
         ## Things I flubbed / forgot\n\n- the CMMS migration\n\
         - Told Gwendolyn I'd send her the redacted version of the replacement scoring sheet.\n\
         - Note to self: read up on AWWA guidance before the final.\n\n## To do\n\n- [ ] Send Gwendolyn the scoring sheet (redacted)\n",
    );
    assert!(person(&n, "Kenji Albright").emailed);
    assert_eq!(
        n.clarifications,
        [
            "forgot to mention the CMMS migration",
            "send Gwendolyn the redacted version of the replacement scoring sheet",
            "Note to self: read up on AWWA guidance before the final."
        ]
    );
}

#[test]
fn a_diary_says_whom_it_met_and_what_they_go_by_and_whose_thanks_are_sent() {
    let n = note_at(
        "copperkettle-brewing/20261128_taproom.md",
        "Saturday. Just got home from Copperkettle.\n\n\
         I met Fiona MacAllister first — everyone calls her Fi — she's the co-founder and head brewer, and she's hiring.\n\n\
         Then Rob Szymanski, the taproom manager, joined us.\n\n\
         I sent Fi a thank-you email from the car. I don't have Rob's email.\n\n\
         Note to self: do not mention the transit job. And the pay is hourly, which I need to math out.\n\n\
         💡 Rev. Daniel Osterhout (chaplain) came by too.\n",
    );
    // (Since set 39, a chaplain's is a job title: the one who came by is met.)
    assert_eq!(
        names_and_titles(&n),
        [
            ("Fiona MacAllister", Some("Co-founder and Head Brewer")),
            ("Rob Szymanski", Some("Taproom Manager")),
            ("Daniel Osterhout", Some("Chaplain"))
        ]
    );
    let fi = person(&n, "Fiona MacAllister");
    assert_eq!(fi.called.as_deref(), Some("Fi"));
    assert!(fi.thanked && !person(&n, "Rob Szymanski").thanked, "only the one the sentence names");
    assert!(n.unread.iter().all(|u| !u.text.contains("pay is hourly")), "a note to self, all of it: {:?}", n.unread);
    assert_eq!(crate::pipeline::extract::people::parse("💡 Bea (recruiter)").map(|p| p.name).as_deref(), Some("Bea"));
}

#[test]
fn an_email_to_oneself_names_the_job_before_the_company_and_people_after_their_labels() {
    let n = note_at(
        "kestrel-ridge-hospice/Nov 30 - note to self.md",
        "Subject: kestrel ridge hospice - interview notes\n\n\
         Volunteer Services Coordinator @ Kestrel Ridge Hospice. 2nd interview today. First was the phone \
         screen w/ Tess in HR last week (Tess Albright? or Allbright - check the invite, she's the one who set this up).\n\n\
         Present: Ruth Castellane (Managing Editor), Keisha Morrow-Dunn (Metro reporter — sat in, asked 2 qs)\n\n\
         1) Margaret Sullivan-Achebe, RN - Director of Volunteer Services. she liked the retention thing.\n\n\
         2) Amira Shalaby - current Volunteer Coordinator, she's leaving in Jan.\n\n\
         Promised: send Ruth the newsletter growth deck (remove donor names).\n",
    );
    assert_eq!(n.position.as_deref(), Some("Volunteer Services Coordinator"));
    let people: Vec<(&str, Option<&str>)> = names_and_titles(&n);
    assert!(people.contains(&("Ruth Castellane", Some("Managing Editor"))), "{people:?}");
    assert!(people.contains(&("Keisha Morrow-Dunn", Some("Metro reporter"))), "{people:?}");
    assert!(people.contains(&("Tess Albright", None)), "{people:?}");
    assert_eq!(person(&n, "Tess Albright").role.as_deref(), Some("coordinator"));
    assert_eq!(n.clarifications, ["send Ruth the newsletter growth deck"]);
}

#[test]
fn hurried_meetings_given_names_in_headings_and_a_thanks_to_her() {
    let n = note_at(
        "northgate-law-clinic/Nov 24 hm call.md",
        "northgate community law clinic - intake paralegal\n\n\
         - hm call w/ diane ferreira-moss (supervising atty, housing) ~35 min on zoom\n\
         - next: panel w/ Rafael Osei, Director of Operations\n",
    );
    assert_eq!(names_and_titles(&n), [("Diane Ferreira-Moss", Some("Supervising Attorney"))], "not one still to come");
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-27\n---\n\
         Yasmin Haddad (Recruiting Coordinator) rebooked this. She also sent parking instructions — emailed her a thanks already.\n\n\
         ## Dr. Harriet Vo — Director of Quality Assurance\n\nOpened the panel.\n\n## Brent — QC lab lead (?)\n\nJoined late.\n",
    );
    assert!(names_and_titles(&n).contains(&("Brent", Some("QC Lab Lead"))), "{:?}", names_and_titles(&n));
    assert!(person(&n, "Yasmin Haddad").thanked, "\"her\" is the one named before");
    assert!(!n.thanked && !person(&n, "Dr. Harriet Vo").thanked);
}

#[test]
fn plain_property_lines_count_for_the_keys_followup_knows() {
    let n = note(
        "# Interview — Stripe\n\nCompany: Stripe\nDate: 2026-10-20\nStage: Onsite\n\
         Interviewers: Jane Doe (Engineering Manager), Raj Patel (Staff Engineer)\n\n\
         Wins: this line is prose, not a field\n\n## Notes\n\n- Role: owning billing was discussed\n",
    );
    assert_eq!(n.company.as_deref(), Some("Stripe"));
    assert_eq!(n.date, Some(jiff::civil::date(2026, 10, 20)));
    assert_eq!(n.stage.as_deref(), Some("Onsite"));
    assert_eq!(n.position, None, "the heading names no job, and a list item is not a property line");
    assert_eq!(names(&n), ["Jane Doe", "Raj Patel"]);
    assert_eq!(person(&n, "Raj Patel").title.as_deref(), Some("Staff Engineer"));
    assert!(n.highlights.is_empty(), "a plain line is not taken for a highlight: {:?}", n.highlights);
}

#[test]
fn the_first_heading_gives_the_position_only_when_nothing_else_does() {
    let n = note("---\ncompany: Stripe\n---\n# Interview — Stripe (Backend Engineer)\n");
    assert_eq!(n.position.as_deref(), Some("Backend Engineer"));
    let n = note("---\ncompany: Stripe\nrole: Staff Engineer\n---\n# Stripe — Backend Engineer onsite\n");
    assert_eq!(n.position.as_deref(), Some("Staff Engineer"), "front matter wins");
}

#[test]
fn people_labels_list_people_by_semicolons_or_parentheses() {
    let n = note("**Company:** Linear\n**Met with:** Karri Saarinen; Tuomas Artman - CTO\n");
    assert_eq!(names(&n), ["Karri Saarinen", "Tuomas Artman"]);
    assert_eq!(person(&n, "Tuomas Artman").title.as_deref(), Some("CTO"));
    let n = note("**Company:** Acme\n**Interviewer:** Raj Mehta, VP, Operations\n");
    assert_eq!(names(&n), ["Raj Mehta"], "after the first comma, everything is the title");
    assert_eq!(person(&n, "Raj Mehta").title.as_deref(), Some("VP, Operations"));
    let n = note("**Company:** Acme\n**Interviewers:** Jane Doe, Raj Patel, Zoë Kravitz-Nguyen\n");
    assert_eq!(names(&n), ["Jane Doe", "Raj Patel", "Zoë Kravitz-Nguyen"], "names alone");
    let n = note("**Company:** Acme\n**Interviewer:** Jane Doe, Engineering Manager\n");
    assert_eq!(names(&n), ["Jane Doe"], "a title is not a second person");
    let n = note("**Company:** Acme\n**Thanks to:** Priya Nair (Recruiter), Omar Haddad (Senior SRE)\n");
    assert!(n.people.iter().all(|p| p.kind() == Kind::Helper), "{:?}", n.people);
    assert_eq!(names(&n), ["Priya Nair", "Omar Haddad"]);
    let n = note("**Company:** Acme\n**Interviewer:** Elena Petrova, Staff ML Engineer (elena@acme.example)\n");
    assert_eq!(names(&n), ["Elena Petrova"], "a title with an address in brackets is not a second person");
    assert_eq!(person(&n, "Elena Petrova").title.as_deref(), Some("Staff ML Engineer"));
    assert_eq!(person(&n, "Elena Petrova").email.as_deref(), Some("elena@acme.example"));
    let n = note("**Company:** Acme\n**Recruiter:** Grace Liu — sent the prep guide on Monday\n");
    assert_eq!(person(&n, "Grace Liu").title, None, "what she did is not her title");
}

#[test]
fn dates_written_with_numbers_are_read_when_they_can_mean_one_day_only() {
    let day = |text: &str| parse_date(text);
    let oct20 = Some(jiff::civil::date(2026, 10, 20));
    for text in
        ["2026/10/20", "2026.10.20", "20.10.2026", "10/20/2026", "20/10/2026", "Oct 20, 2026", "2026-10-20 14:00"]
    {
        assert_eq!(day(text), oct20, "{text}");
    }
    assert_eq!(day("04/04/2026"), Some(jiff::civil::date(2026, 4, 4)));
    for text in ["03/04/2026", "13/13/2026", "20/10/26", "2026/13/01", "soon", "1/2"] {
        assert_eq!(day(text), None, "{text}");
    }
    let out = extract_text("---\ncompany: Acme\ndate: 03/04/2026\n---\n");
    let help = out.diagnostics[0].help.as_deref().unwrap_or_default();
    assert_eq!(
        help,
        "`03/04/2026` could be March 4, 2026 or April 3, 2026: write it as YYYY-MM-DD (2026-03-04 or 2026-04-03)"
    );
    let out = extract_text("---\ncompany: Acme\ndate: soon\n---\n");
    assert_eq!(out.diagnostics[0].help.as_deref(), Some("write the date as YYYY-MM-DD, such as 2026-10-14"));
}

#[test]
fn sections_written_without_a_list_are_read_line_by_line_or_paragraph_by_paragraph() {
    let n = note(
        "---\ncompany: Acme\n---\n## Interviewers\nJane Doe, Engineering Manager\nRaj Patel - Staff Engineer\n\n\
         The panel ran long, and everyone was kind.\n\n## What went well\nJane liked my pipeline design.\n\
         Raj and I joked about YAML.\n\n## To clarify\nBackfills: I meant that we replay from the raw\nbucket, not the warehouse\n",
    );
    assert_eq!(names(&n), ["Jane Doe", "Raj Patel"], "a sentence about the panel names nobody");
    assert_eq!(person(&n, "Raj Patel").line, 6);
    let highlights: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(highlights, ["Jane liked my pipeline design.", "Raj and I joked about YAML."], "one a line");
    assert_eq!(
        n.clarifications,
        ["Backfills: I meant that we replay from the raw bucket, not the warehouse"],
        "wrapped"
    );
}

#[test]
fn a_note_naming_a_company_takes_its_date_from_its_heading_or_file_name() {
    let with = |rel: &str, text: &str| {
        let source = Source { rel: rel.to_owned(), text: text.to_owned(), saved: None, day_first: None, writer: None };
        let doc = crate::pipeline::parse::parse(&source).expect("the note parses");
        extract(&source, &doc).outcome
    };
    let date = |outcome| match outcome {
        Outcome::Note(n) => n.date,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        date(with("acme/onsite.md", "# Acme onsite — 2026-10-21\n\n**Company:** Acme\n")),
        Some(jiff::civil::date(2026, 10, 21))
    );
    assert_eq!(
        date(with("acme/2026-10-22-onsite.md", "# Acme onsite\n\n**Company:** Acme\n")),
        Some(jiff::civil::date(2026, 10, 22))
    );
    // (Eight digits that make a day of this century are one, as people name files: `20261130_review`.)
    assert_eq!(date(with("acme/20261022.md", "**Company:** Acme\n")), Some(jiff::civil::date(2026, 10, 22)));
    assert_eq!(date(with("acme/202610221430.md", "**Company:** Acme\n")), None, "a timestamp's id is no day");
    // Without a company, a dated journal page with a "Wins" heading stays what it is.
    assert!(matches!(with("journal/2026-10-22.md", "## Wins\n\n- Shipped the fix\n"), Outcome::Skipped(_)));
}

#[test]
fn entries_that_say_there_is_nothing_are_no_entries() {
    let n = note(
        "---\ncompany: Acme\n---\n## Clarify\n\nNothing open right now.\n\n## Highlights\n\n- N/A\n- None\n- No whiteboard, just talk\n",
    );
    assert!(n.clarifications.is_empty(), "{:?}", n.clarifications);
    let highlights: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(highlights, ["No whiteboard, just talk"]);
}

// Issue 11: an address that is not one addr-spec is a warning at the value and is not kept.
#[test]
fn an_invalid_email_is_reported_at_its_value_and_dropped() {
    let text = "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - name: Ann Lee\n    email: \"a@b.example\\nBcc: x@evil.example\"\n  - Bo Chen <bo..chen@acme.example>\n---\n## People\n- Cy Diaz <cy@acme.example>\n";
    let extracted = extract_text(text);
    let diagnostics = extracted.diagnostics;
    let Outcome::Note(note) = extracted.outcome else { panic!("the note builds") };
    let emails: Vec<_> = note.people.iter().map(|p| p.email.as_deref()).collect();
    assert_eq!(emails, [None, None, Some("cy@acme.example")]);
    let at: Vec<_> = diagnostics.iter().map(|d| (d.line, d.column, d.message.as_str())).collect();
    assert_eq!(
        at,
        [
            (6, 12, "`a@b.example\\nBcc: x@evil.example` is not one email address"),
            (7, 14, "`bo..chen@acme.example` is not one email address"),
        ]
    );
}

#[test]
fn keys_are_read_by_meaning_only_for_values_they_can_hold() {
    let n = note(
        "---\ncompany: Acme\nvia_recruiter: true\nmet_on: sometime in May\nopening: 2026-05-01\n\
         scheduled: 2026-05-04\nhiring_manager: Ana Souza, CTO\ntalent_partner: Ben Okafor\n\
         talent_partner_email: ben@acme.example\n---\n",
    );
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-05-04"));
    assert_eq!(n.position, None, "a date is no position");
    assert_eq!(names(&n), ["Ana Souza", "Ben Okafor"]);
    assert_eq!(n.people[1].email.as_deref(), Some("ben@acme.example"));
    assert_eq!(n.people[1].role.as_deref(), Some("recruiter"));
    assert!(n.extra.contains_key("via_recruiter") && n.extra.contains_key("met_on"));
    assert_eq!(n.sources.get("date").map(String::as_str), Some("`scheduled`"));
    assert_eq!(n.sources.get("person Ben Okafor").map(String::as_str), Some("`talent_partner`"));
}

/// The interview note at `rel` (its folder may name the company, its file name the day).
fn note_at(rel: &str, text: &str) -> Note {
    match extract_at(rel, text).outcome {
        Outcome::Note(note) => *note,
        other => panic!("expected an interview note, got {other:?}"),
    }
}

fn extract_at(rel: &str, text: &str) -> Extracted {
    let source = Source { rel: rel.to_owned(), text: text.to_owned(), saved: None, day_first: None, writer: None };
    let doc = crate::pipeline::parse::parse(&source).expect("the note parses");
    extract(&source, &doc)
}

#[test]
fn a_dated_note_in_a_company_folder_is_that_companys_interview() {
    let text = "# BlueFin AI — final round\n\n## People\n\n- Mei Tanaka, VP of Engineering\n";
    let Outcome::Note(n) = extract_at("bluefin-ai/2026-05-27-final.md", text).outcome else { panic!("skipped") };
    assert_eq!(n.company.as_deref(), Some("BlueFin AI"));
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-05-27"));
    assert_eq!(n.stage.as_deref(), Some("final"));
    assert_eq!(n.sources.get("company").map(String::as_str), Some("the folder"));
    let Outcome::Note(n) = extract_at("nimbus-works/2026-02-24-phone-screen.md", "Met Clara.\n").outcome else {
        panic!("skipped")
    };
    assert_eq!((n.company.as_deref(), n.stage.as_deref()), (Some("Nimbus Works"), Some("phone screen")));
    let e = extract_at("journal/2026-05-27.md", "## Wins\n\n- Shipped the thing.\n");
    assert!(matches!(e.outcome, Outcome::Skipped(_)), "a journal is no company");
}

#[test]
fn a_skipped_note_that_looks_like_an_interview_is_warned_about() {
    let e = extract_at("kitewing-interview.md", "- onsite went fine\n");
    assert!(matches!(e.outcome, Outcome::Skipped(_)));
    assert_eq!(e.diagnostics.len(), 1, "{:?}", e.diagnostics);
    assert!(e.diagnostics[0].message.contains("looks like an interview note"));
    let quiet = extract_at("README.md", "# How I take notes\n\nOne file per interview.\n");
    assert!(matches!(quiet.outcome, Outcome::Skipped(_)));
    assert!(quiet.diagnostics.is_empty(), "{:?}", quiet.diagnostics);
}

#[test]
fn a_company_in_lower_case_is_written_as_the_note_writes_it_or_capitalised() {
    let n =
        note("---\ncompany: harbor freight tech\ndate: 2026-05-05\n---\n## People\n\n- sam okoye, vp engineering\n");
    assert_eq!(n.company.as_deref(), Some("Harbor Freight Tech"));
    assert_eq!(names(&n), ["Sam Okoye"]);
    let n = note("---\ncompany: bluefin ai\ndate: 2026-05-05\n---\n# BlueFin AI onsite\n");
    assert_eq!(n.company.as_deref(), Some("BlueFin AI"));
    let n = note("---\ncompany: acme.io\ndate: 2026-05-05\n---\n");
    assert_eq!(n.company.as_deref(), Some("acme.io"), "not only words: left as written");
}

#[test]
fn a_line_that_names_a_section_heads_the_list_or_lines_under_it() {
    let text = "---\ncompany: Acme\ndate: 2026-11-16\n---\n\nPanel:\n* Ingrid Solberg, Director of Engineering — ingrid@acme.example\n* Theo Marchand, Design Systems Lead\n\nIngrid opened, asked why design systems.\n";
    let n = note(text);
    assert_eq!(names(&n), ["Ingrid Solberg", "Theo Marchand"]);
    assert_eq!(person(&n, "Ingrid Solberg").title.as_deref(), Some("Director of Engineering"));
    let text = "---\ncompany: Kestrel\ndate: 2026-11-13\n---\n\ninterviewers\n  Hiroshi Watanabe, Principal SRE — hiroshi@kestrel.example\n  Bianca Moreau, Director of Infrastructure\n\nWe talked about failover.\n";
    assert_eq!(names(&note(text)), ["Hiroshi Watanabe", "Bianca Moreau"]);
    // A sentence that ends in a colon names no section: its list is no list of people, though
    // an item that is itself a name and a title is someone met.
    let text = "---\ncompany: Acme\ndate: 2026-11-16\n---\n\nHere is what the panel asked me about:\n* Jordan Lake, the data migration\n";
    assert!(names(&note(text)).is_empty());
    let text = "---\ncompany: Acme\ndate: 2026-11-16\n---\n\nHere is what the panel asked me about:\n* Ingrid Solberg, Director of Engineering\n";
    assert_eq!(names(&note(text)), ["Ingrid Solberg"]);
}

#[test]
fn a_position_line_gives_its_first_sentence() {
    let text =
        "---\ncompany: Meridian\ndate: 2026-11-10\n---\n\nRole: Data Engineer, Pricing. Hybrid, 2 days in office.\n";
    assert_eq!(note(text).position.as_deref(), Some("Data Engineer, Pricing"));
    let text = "---\ncompany: Meridian\ndate: 2026-11-10\n---\n\nRole: Sr. Data Engineer\n";
    assert_eq!(note(text).position.as_deref(), Some("Senior Data Engineer"), "written out");
}

#[test]
fn thanks_sent_to_some_leave_the_others_to_write() {
    let head = "---\ncompany: Acme\ndate: 2026-11-19\nrecruiter: Marisol Quintero\n---\n## People\n- Theo Vance, Staff Engineer\n- Aisha Karimova, Senior Engineer\n- Rob Lee, Tech Lead\n\n## Notes\n";
    let thanked = |line: &str| note(&format!("{head}{line}\n")).thanked;
    assert!(!thanked("Already sent Marisol a thank-you for the scheduling. Nothing to the interviewers yet."));
    assert!(!thanked("Already thanked two of them, Rob tomorrow."));
    assert!(!thanked("Sent thank-you emails to Theo and Aisha."));
    assert!(thanked("Sent thank-you emails to all three."));
    assert!(thanked("Sent thank-you emails to Theo, Aisha and Rob."));
    assert!(thanked("Thanked everyone on LinkedIn."));
    assert!(!thanked("thank-you: sent to Gareth from the parking lot. still need Lena + Omar"));
    assert!(!thanked("Sent Ines a thank-you on LinkedIn.\n- [ ] thank Wes"));
    assert!(!thanked("You've already sent Ellie a thank-you. You have NOT thanked Siobhan or Arjun."));
    // One the note names nowhere else, and a line that says the others' are not done.
    assert!(!thanked("Already texted/emailed Kyle thanks for setting it up."));
    assert!(!thanked("Sent thank-you emails.\nTY to Theo/Aisha: not done"));
    // A name that ends in s is still the name (`Chris`, not `Chri`), possessive or not.
    let head = head.replace("Rob Lee", "Chris Lee");
    let thanked = |line: &str| note(&format!("{head}{line}\n")).thanked;
    assert!(thanked("Thanked Chris, Theo and Aisha by email."));
    assert!(thanked("Sent thank-you emails to Chris, Theo and Aisha."));
    assert!(!thanked("Thanked Chris's manager by email."), "a manager the note does not name");
}

#[test]
fn a_team_after_a_title_and_a_word_of_status_are_nobody() {
    let n = note(
        "---\ncompany: Northpoint\ndate: 2026-11-30\n---\nInterviewer: Carla Jimenez-Braddock, Sr. Director, People (HM) — carla@np.example\nThank-you: SENT\n",
    );
    assert_eq!(names(&n), ["Carla Jimenez-Braddock"]);
    assert_eq!(person(&n, "Carla Jimenez-Braddock").email.as_deref(), Some("carla@np.example"));
}

#[test]
fn an_item_that_asks_itself_something_is_the_writers_to_look_into() {
    let n = note(
        "---\ncompany: Northpoint\ndate: 2026-11-30\n---\n## Gaps\n- Never mentioned union status. Non-union AFAIK, but a petition last spring? Check.\n- Never mentioned my OSHA 30 certification\n",
    );
    assert!(!n.clarifications.iter().any(|c| c.contains("union")), "{:?}", n.clarifications);
    assert!(n.clarifications.iter().any(|c| c.contains("OSHA 30")), "{:?}", n.clarifications);
}

#[test]
fn a_highlight_loses_the_brackets_the_writer_speaks_in() {
    assert_eq!(
        without_asides_in_own_voice(
            "Miriam liked that I'd thought about a 90-day plan (you said \"you're the only one\", which, I'll take it)."
        ),
        "Miriam liked that I'd thought about a 90-day plan."
    );
    assert_eq!(
        without_asides_in_own_voice("Gwen liked the driver model (the Q3 one)"),
        "Gwen liked the driver model (the Q3 one)"
    );
    assert_eq!(without_asides_in_own_voice("Ana liked the demo (lol)"), "Ana liked the demo");
    assert_eq!(
        without_asides_in_own_voice("Ana liked the demo (v2) and the deck (lol)"),
        "Ana liked the demo (v2) and the deck"
    );
}

#[test]
fn a_date_without_its_year_takes_the_file_names_when_they_agree() {
    let text = "---\ncompany: Castellan\ndate: 30/11\n---\n## People\n- Ana Souza, Buyer\n";
    let at = |rel: &str| {
        let source = Source { rel: rel.to_owned(), text: text.to_owned(), saved: None, day_first: None, writer: None };
        extract(&source, &crate::pipeline::parse::parse(&source).unwrap())
    };
    let read = at("castellan/2026-11-30-castellan.md");
    let Outcome::Note(n) = read.outcome else { panic!("{:?}", read.diagnostics) };
    assert_eq!(n.date, Some(jiff::civil::date(2026, 11, 30)));
    assert!(
        read.diagnostics.iter().any(|d| !d.is_error() && d.message.contains("gives no year")),
        "{:?}",
        read.diagnostics
    );
    let other = at("castellan/2026-11-29-castellan.md");
    assert!(other.diagnostics.iter().any(Diagnostic::is_error), "another day in the name: still an error");
}

#[test]
fn a_title_on_a_line_of_its_own_under_the_heading_is_the_position() {
    let head = "---\ncompany: Quillon\ndate: 2026-11-19\n---\n# Quillon — virtual onsite\n";
    let n = note(&format!("{head}Backend Engineer II, Payments Platform\nRound 4 of 4 (final).\n"));
    assert_eq!(n.position.as_deref(), Some("Backend Engineer II, Payments Platform"));
    let n = note(&format!("{head}Ana Souza, CTO\nWe talked about payments.\n"));
    assert_eq!(n.position, None, "a person's line is no job");
    let n = note(&format!("{head}Role is Senior PM, Fleet Platform (the B2B side). Long day.\n"));
    assert_eq!(n.position.as_deref(), Some("Senior PM, Fleet Platform"));
}

#[test]
fn a_section_about_someone_gives_them_its_promises_and_what_is_left_to_write() {
    let n = note(
        "---\ncompany: Harbor\ndate: 2026-11-24\n---\n\n## 1. Leo Marchetti — Analytics Manager\n\n\
         - he liked the pipeline check\n\n**Hank Deluca — Dir. Category Management**\n\n\
         - **promised**: send him the shrink dashboard mockup\n\
         - honestly the best part. he asked what I'd do first. said I'd ride along, he lit up\n",
    );
    assert_eq!(names(&n), ["Leo Marchetti", "Hank Deluca"]);
    assert_eq!(n.clarified_with.get("send him the shrink dashboard mockup").map(String::as_str), Some("Hank Deluca"));
    let unread: Vec<(&str, Option<&str>)> = n.unread.iter().map(|u| (u.text.as_str(), u.about.as_deref())).collect();
    assert!(
        unread.iter().any(|(text, about)| text.contains("he lit up") && *about == Some("Hank Deluca")),
        "{unread:?}"
    );
}

#[test]
fn an_honorific_and_a_family_name_are_the_person_met_and_email_is_read_where_it_is_said() {
    let n = note(
        "---\ncompany: Maple Ridge\ndate: 2026-11-23\n---\n\n\
         Mr. Fontaine (the assistant head, Gerald Fontaine) was in the back with a clipboard.\n\n\
         Interview with:\n- Gerald Fontaine, Assistant Head of School\n- Renée Castellano, Science Department Chair\n\n\
         I've only ever emailed Ellen, never the others. Renée's email was on the sign-up sheet.\n",
    );
    assert_eq!(names(&n), ["Gerald Fontaine", "Renée Castellano"]);
    assert_eq!(person(&n, "Gerald Fontaine").kind, Some(Kind::Interviewer), "an assistant head is no assistant");
    assert!(!person(&n, "Renée Castellano").emailed, "the sentence that says \"emailed\" names Ellen");
}

#[test]
fn a_front_matter_title_that_is_a_job_is_the_position_and_short_keys_are_read() {
    let n = note(
        "---\nco: Fernleaf Cosmetics\ndt: 2026-11-27\ntitle: Marketing Lead, Lifecycle & CRM\n---\n\nFinal round today.\n\n**Claire Dubois — CMO**\nBig-picture convo.\n",
    );
    assert_eq!(n.company.as_deref(), Some("Fernleaf Cosmetics"));
    assert_eq!(n.date, Some(jiff::civil::date(2026, 11, 27)));
    assert_eq!(n.position.as_deref(), Some("Marketing Lead, Lifecycle & CRM"));
    assert_eq!(names(&n), ["Claire Dubois"]);
    let n = note("---\ncompany: Acme\ndate: 2026-11-27\ntitle: Call with Jane Doe, Engineering Manager\n---\n");
    assert_eq!(n.position, None, "the note's own title names whom it was with, not the job");
}

#[test]
fn helpers_are_found_by_a_short_name_with_the_full_one_in_brackets_and_after_words_between() {
    let n = note(
        "---\ncompany: Fernleaf\ndate: 2026-11-27\n---\n\n\
         Final round today. Jess (Jessica Huang, the recruiter) apologized like 3 times.\n\n\
         Ellen from the front office (Ellen Park, she did all the scheduling by email) wants references.\n\n\
         Referred by my cousin's husband Derek Pryce-Hall?? Awkward.\n\n\
         Got here through Anjali Rao-Whitfield (we worked together at the DMV). She put in the referral.\n\n\
         His assistant **Dottie** rebooked me from Tuesday to today.\n\n\
         recruiter was Ashley Min at Fernleaf HR, she set this up. emailed her before yes\n\n\
         ## Claire Dubois — CMO\n- she liked the quiz idea\n",
    );
    let helpers: Vec<(&str, Option<&str>)> =
        n.people.iter().filter(|p| p.kind() == Kind::Helper).map(|p| (p.name.as_str(), p.role.as_deref())).collect();
    assert_eq!(
        helpers,
        [
            ("Derek Pryce-Hall", Some("referrer")),
            ("Anjali Rao-Whitfield", Some("referrer")),
            ("Jessica Huang", Some("recruiter")),
            ("Ellen Park", Some("coordinator")),
            ("Dottie", Some("assistant")),
            ("Ashley Min", Some("recruiter"))
        ]
    );
    assert!(person(&n, "Ashley Min").emailed, "\"her\" on a line that names one person is them");
}

#[test]
fn a_hurried_list_of_people_in_lower_case_is_read_and_the_line_over_each_ones_list_says_whose() {
    let n = note(
        "---\ncompany: Voltaic\ndate: 2026-11-23\n---\n\n3 ppl, ~2hrs, zoom\n\n\
         - ravi desai - eng mgr (hm). already talked 11/12 on phone\n\
         - jen kowalczyk - sr PE, protection & controls\n\
         - mike \"moose\" albrecht - design/drafting lead, cad\n\n\
         ravi\n- walked thru ieee 80 calc. he nodded a lot, said \"thats exactly the level of detail we want\"\n",
    );
    let met = names_and_titles(&n);
    assert_eq!(
        met,
        [
            ("Ravi Desai", Some("Engineering Manager")),
            ("Jen Kowalczyk", Some("Senior PE")),
            ("Mike Albrecht", Some("Design/Drafting Lead"))
        ]
    );
    assert!(
        n.unread.iter().any(|u| u.text.contains("nodded") && u.about.as_deref() == Some("Ravi Desai")),
        "{:?}",
        n.unread
    );
}

#[test]
fn a_journals_keys_and_a_positions_asides_in_the_writers_words() {
    let n = note(
        "---\nwhere: Harborline Rehab\nwhat: Staff PT (outpatient ortho), final round\nwhen: 2026-11-19\n\
         referred_by: Dana Okafor (PT school friend, works at their Westgate clinic)\n---\n\nIntro.\n",
    );
    assert_eq!(n.company.as_deref(), Some("Harborline Rehab"));
    assert_eq!(n.position.as_deref(), Some("Staff PT"), "the writer's aside in lower case goes");
    assert_eq!(n.stage.as_deref(), Some("final round"));
    assert_eq!(person(&n, "Dana Okafor").title, None, "how the writer knows her is no job");
    let n = note("---\ncompany: Ostrander\ndate: 2026-11-19\nposition: Data Scientist (Clinical Operations)\n---\n");
    assert_eq!(n.position.as_deref(), Some("Data Scientist (Clinical Operations)"));
}

#[test]
fn a_labelled_section_of_things_forgot_and_a_pi_heading_someones_section() {
    let n = note(
        "---\ncompany: Solenne\ndate: 2026-11-24\n---\n\nIntro.\n\n\
         **Interviewer 2: Dr. Rajesh Menon, PI (Med Onc)**\n\
         - told him I did PK timepoints on the phase 2 lung trial — he lit up, asked a bunch.\n\n\
         **Stuff I flubbed / forgot**\n- my ACRP CCRC exam\n- said I could start Dec 1. it's Dec 7.\n",
    );
    assert_eq!(names(&n), ["Dr. Rajesh Menon"]);
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(texts, ["Rajesh responded warmly when I mentioned that I did PK timepoints on the phase 2 lung trial"]);
    assert!(n.unread.is_empty(), "the line the highlight was formed from is read: {:?}", n.unread);
    assert_eq!(
        n.clarifications,
        ["forgot to mention my ACRP CCRC exam", "I said I could start Dec 1, but in fact it's Dec 7."],
        "a line with its own verb is not made a thing not mentioned"
    );
}

#[test]
fn a_title_then_whom_the_call_was_with_and_a_recruiter_after_an_equals_sign() {
    let n = note(
        "---\ncompany: Loomhaven\ndate: 2026-11-23\n---\n# Loomhaven -- QA Engineer II -- hiring mgr call (11/23)\n\n\
         w/ Priyanka Dasgupta, QA Engineering Manager. Google Meet, ~40 min.\n\
         Recruiter = Owen Baptiste (agency, Kestrel Talent) -- he found me on LinkedIn.\n\n\
         **Q: a bug that escaped?**\nA: the timezone one. she liked that I added the DST test matrix after.\n\n\
         me: liked her a lot, felt like an actual conversation\n\n## Promised\n- Priyanka: the flaky-test dashboard export\n",
    );
    assert_eq!(n.position.as_deref(), Some("QA Engineer II"));
    let people: Vec<(&str, Option<&str>)> = n.people.iter().map(|p| (p.name.as_str(), p.role.as_deref())).collect();
    assert_eq!(people, [("Priyanka Dasgupta", None), ("Owen Baptiste", Some("recruiter"))]);
    assert!(n.highlights.iter().all(|h| !h.text.contains("liked her")), "the writer's own liking: {:?}", n.highlights);
    assert!(
        n.clarifications.contains(&"send Priyanka the flaky-test dashboard export".to_owned()),
        "{:?}",
        n.clarifications
    );
}

#[test]
fn a_diary_says_whom_it_spent_time_with_and_a_list_item_whom_it_talked_with() {
    let n = note(
        "---\ncompany: Greywater\ndate: 2026-11-19\n---\n\nWriting this in the car.\n\n\
         Started with ~15 min with Devon Pike (Senior Advisor, the guy I'd be paired with). Easy.\n\n\
         Then 50 min with Harriet Coyle, Managing Director. She's the decision maker. She really liked the niche plan.\n\n\
         ## Notes\n- talked w/ Denise Valcourt, practice mgr (she does all the hiring)\n- havent emailed denise before\n",
    );
    let met = names_and_titles(&n);
    assert_eq!(
        met,
        [
            ("Denise Valcourt", Some("Practice Manager")),
            ("Devon Pike", Some("Senior Advisor")),
            ("Harriet Coyle", Some("Managing Director"))
        ],
        "a loose note's items are read before its paragraphs"
    );
    assert!(!person(&n, "Denise Valcourt").emailed, "\"havent emailed\" is no mail");
    let about: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(about, ["Harriet really liked the niche plan."]);
}

#[test]
fn a_note_apps_links_under_a_section_are_no_line_of_it() {
    let n = note(
        "---\ncompany: Tidemark\ndate: 2026-11-20\n---\n\n## Ruth Abernathy-Cole, Director of Learning\n- liked the mystery box idea\n\n\
         ## Promised\n- [ ] send Ruth the knot-math lesson plan as PDF\n- [ ] reply to Odette w/ my availability\n\n\
         > [!tip] self\n> pay is low 50s\n\nRelated: [[Job search 2026]], [[Teaching demo prep]]\n",
    );
    assert_eq!(n.clarifications, ["send Ruth the knot-math lesson plan as PDF", "reply to Odette w/ my availability"]);
}

#[test]
fn the_writers_shorthand_about_a_jobs_terms_is_not_its_name() {
    let n = note("---\ncompany: Brightwater\ndate: 2026-11-18\nrole: Staff Pharmacist (PRN -> FT)\n---\n");
    assert_eq!(n.position.as_deref(), Some("Staff Pharmacist"));
    let n = note("---\ncompany: Eastbrook\ndate: 2026-11-23\nposition: School Counselor (grades 6-8), 1.0 FTE\n---\n");
    assert_eq!(n.position.as_deref(), Some("School Counselor"));
}

#[test]
fn people_named_the_way_hurried_notes_and_diaries_name_them_are_found() {
    // A hurried note with no heading: a list of people whose titles run on into what they did,
    // and a recruiter after an equals sign in a paragraph that runs on in lower case.
    let n = note_at(
        "pinecrest-labs/2026-10-02-demo.md",
        "pinecrest labs - demo day (10/2)\n\nppl on the call:\n- mara lindqvist - eng mgr (my boss)\n\
         - theo barker - account exec, played the angry customer on purpose\n\n\
         recruiter = sunil mehta. he prepped me for 20 min. emailed sunil twice already.\n\n\
         emails - never emailed mara or theo.\n",
    );
    assert_eq!(names(&n), ["Mara Lindqvist", "Theo Barker", "Sunil Mehta"]);
    assert_eq!(
        person(&n, "Theo Barker").title.as_deref(),
        Some("Account Executive"),
        "the clause after is not the title"
    );
    assert_eq!(person(&n, "Sunil Mehta").role.as_deref(), Some("recruiter"));
    assert!(person(&n, "Sunil Mehta").emailed && !person(&n, "Theo Barker").emailed);
    let n = note_at(
        "pinecrest-labs/2026-10-04-screen.md",
        "pinecrest labs - phone screen 10/4\n- w/ jess (jessica marr) - recruiter, internal TA not agency\n- 30 min\n",
    );
    assert_eq!(names(&n), ["Jessica Marr"], "the short name's full one, in brackets");
    assert_eq!(person(&n, "Jessica Marr").role.as_deref(), Some("recruiter"));

    // A diary: helpers named in apposition, as "the one who", after "Referral from", under a
    // label of two roles, and with a lower-case name in brackets.
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-10-05\n---\n# Larkspur panel\n\n## People\n\n- Ada Quinn, Principal\n- Bo Reyes, Dean\n\n\
         ## Diary\n\nThe front office clerk, Petra Sandoval, was the one who scheduled it. \
         Owen Drake — an old colleague, he's the one who referred me — met me at the door.\n\n\
         Dana (Dana Reyes, 6th grade humanities, she's the one who referred me) texted after.\n\n\
         Wanda Price (GM) set it up — emailed back and forth with her all week.\n\n\
         Referral from Lucia Ferro (we taught together). Referred by Ada Quinn's old mentor? no, I applied direct.\n\n\
         Recruiter/coordinator: Nina Holm — rebooked my train when the 7:10 was cancelled & paid the cab.\n\n\
         - the district contact was gil (gil moreau, hr coordinator), emailed him a lot\n\n\
         Email: Petra yes (many). Others no.\n",
    );
    let role = |name: &str| person(&n, name).role.as_deref();
    assert_eq!(role("Petra Sandoval"), Some("coordinator"));
    assert_eq!(role("Owen Drake"), Some("referrer"));
    assert_eq!(role("Lucia Ferro"), Some("referrer"));
    assert_eq!(role("Dana Reyes"), Some("referrer"), "the name in the brackets: {:?}", names(&n));
    assert_eq!(role("Wanda Price"), Some("coordinator"));
    assert_eq!(person(&n, "Wanda Price").title.as_deref(), Some("GM"));
    assert!(person(&n, "Wanda Price").emailed);
    assert_eq!(role("Nina Holm"), Some("recruiter"));
    assert_eq!(role("Gil Moreau"), Some("coordinator"));
    assert!(!names(&n).iter().any(|name| name.contains("Quinn's")), "a possessive is someone else: {:?}", names(&n));
    assert!(person(&n, "Petra Sandoval").emailed, "\"Email: Petra yes\" answers for her");
    assert_eq!(person(&n, "Nina Holm").did, Some(crate::model::Did::Helped("rebooking my train".to_owned())));

    // A company the note writes in lower case with an ampersand keeps it.
    let n = note_at(
        "harrow-vale/2026-10-03-call.md",
        "harrow & vale — hm call\n\n- call w/ jo park (transp. group mgr, PE). ~40 min\n",
    );
    assert_eq!(n.company.as_deref(), Some("Harrow & Vale"));
    assert_eq!(person(&n, "Jo Park").title.as_deref(), Some("Transportation Group Manager, PE"));
}

#[test]
fn in_a_recruiters_screen_she_is_the_recruiter() {
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-10-05\nstage: recruiter screen\n---\n\n\
         - recruiter: **nora vance**, \"sr talent partner\"\n- 30 min, mostly her selling the co\n\
         - she liked that i sold into 3PLs at Cargomatic. \"that's exactly the ICP\"\n",
    );
    assert_eq!(names(&n), ["Nora Vance"]);
    let liked: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(liked.iter().any(|h| h.starts_with("Nora liked that i sold into 3PLs")), "{liked:?}");
    // With a second recruiter, "she" could be either.
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-10-05\n---\n\n- recruiter: Nora Vance; Ida Moss (recruiter)\n\
         - she liked that i sold into 3PLs at Cargomatic.\n",
    );
    assert!(!n.highlights.iter().any(|h| h.text.contains("Nora")), "{:?}", n.highlights);
}

#[test]
fn a_line_that_only_names_someone_heads_the_list_of_what_they_did() {
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-10-05\n---\n\n## People\n\n- Kwame Asante, Controller\n- Ida Moss, CFO\n\n\
         ## Notes\n\nKwame:\n\n- asked about month end close, accruals, how I'd handle a late invoice\n\n\
         Ida:\n\n- big picture stuff\n",
    );
    assert_eq!(
        person(&n, "Kwame Asante").did,
        Some(crate::model::Did::Asked("how I'd handle a late invoice".to_owned()))
    );
    assert_eq!(person(&n, "Ida Moss").did, None, "Kwame's list is not Ida's");
}

#[test]
fn a_bold_line_that_opens_with_someone_else_inside_a_section_is_about_them() {
    // Eleanor's bold line has a title with a comma, so it heads no section of its own: it and
    // the list under it are about her all the same, not about Maureen, whose section it is in.
    let n = note(
        "# Acme - Paralegal\n\nCompany: Acme LLP\nDate: November 24, 2026\nInterviewers: Eleanor Whitcombe, Jordan Pike\n\
         Contact: Maureen Kessler\n\n## Notes\n\n**Maureen Kessler — Office Administrator**\n\nMet me at reception.\n\n\
         **Eleanor Whitcombe — Partner, Commercial Litigation**\n\n- ~35 minutes.\n\
         - Asked me to walk through a production. She liked the parallel privilege log point.\n",
    );
    let liked: Vec<(&str, &[String])> = n.highlights.iter().map(|h| (h.text.as_str(), h.about.as_slice())).collect();
    assert!(
        liked.iter().any(|(text, _)| text.starts_with("Eleanor liked the parallel privilege log point")),
        "{liked:?}"
    );
    assert!(!liked.iter().any(|(text, _)| text.contains("Maureen")), "{liked:?}");
}

#[test]
fn a_short_name_in_quotes_is_what_they_go_by_and_no_part_of_their_name() {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-10-05\n---\n\n## People\n\n- Oluwaseun \"Seun\" Adebayo, VP Engineering\n\
         - Michael “Moose” Albrecht, Design Lead\n- Ana “Ani” Souza, CTO\n",
    );
    assert_eq!(names(&n), ["Oluwaseun Adebayo", "Michael Albrecht", "Ana Souza"]);
    assert_eq!(person(&n, "Oluwaseun Adebayo").called.as_deref(), Some("Seun"));
    assert_eq!(person(&n, "Michael Albrecht").called, None, "a nickname that is no part of the name is the writer's");
    assert_eq!(person(&n, "Ana Souza").called, None, "not a short form of Ana");
}

#[test]
fn a_who_list_of_hurried_arrows_gives_titles_helpers_and_thanks_already_sent() {
    let n = note(
        "---\ncompany: Greenleaf\ndate: 2026-11-28\n---\nWHO\n\
         Bree Castellano, store manager → my boss. ran the walk. have her email from the first interview, we've emailed twice.\n\
         Walt → nursery lead, 22 yrs there, let me help him load a Fraser fir lol.\n\
         Sasha (corporate HR) scheduled it. Already sent her a quick thanks for fitting me in on a Saturday.\n\n\
         Recruiter: Angela Moretti\n\n## Notes\n\n💡 Angela: decision soon. Already sent her a thank-you email on the drive home (just her, not the panel yet).\n",
    );
    assert_eq!(person(&n, "Bree Castellano").title.as_deref(), Some("Store Manager"), "the arrow ends the title");
    assert_eq!(person(&n, "Walt").title.as_deref(), Some("Nursery Lead"), "figures after a comma are no title");
    let sasha = person(&n, "Sasha");
    assert_eq!((sasha.role.as_deref(), sasha.kind(), sasha.thanked), (Some("coordinator"), Kind::Helper, true));
    let angela = person(&n, "Angela Moretti");
    assert!(angela.thanked && angela.emailed, "a thank-you email sent: thanked, and written to: {angela:?}");
    assert!(!person(&n, "Walt").thanked && !n.thanked, "the aside says whom, not everyone");
}

#[test]
fn a_role_that_says_what_they_did_makes_them_one_who_helped() {
    let n = note(
        "---\ncompany: Harbor View\ndate: 2026-11-24\npeople:\n  - name: Denise Okafor\n    title: Nurse Manager\n  - name: Greg Hollis\n    title: Talent Acquisition Specialist (recruiter)\n    role: scheduled everything, sent parking validation\n---\nPanel.\n",
    );
    let greg = person(&n, "Greg Hollis");
    assert_eq!((greg.kind(), greg.role.as_deref()), (Kind::Helper, Some("recruiter")), "{greg:?}");
    assert_eq!(greg.did, Some(crate::model::Did::Helped("scheduling everything".to_owned())));
    assert_eq!(person(&n, "Denise Okafor").kind(), Kind::Interviewer);
}

#[test]
fn people_named_in_passing_in_a_diary_or_a_heading_are_met_and_a_first_line_gives_the_job() {
    let n = note(
        "---\ncompany: Westbrook\ndate: 2026-11-24\n---\n\
         Dr. Adeyemi (the principal) ran it. She looked over at Janet, who I think is the science department chair.\n\n\
         Mr. Kowalczyk, the assistant principal, was the quiet one. Also Ms. Pruitt in HR, who set all this up by email, wants my transcripts.\n\n\
         ## Lunch w/ Renee (the other Quality Engineer)\n- casual\n\n\
         ## Panel w/ Janet + Jerome Whitaker (Engineering Mgr) — 2nd half of the morning\n- fine\n\n\
         ## Promises\n- Promised Jerome: nothing, but he mentioned an SPC eval.\n",
    );
    let met: Vec<(&str, Option<&str>, Kind)> =
        n.people.iter().map(|p| (p.name.as_str(), p.title.as_deref(), p.kind())).collect();
    assert!(met.contains(&("Dr. Adeyemi", Some("Principal"), Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Janet", Some("Science Department Chair"), Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Mr. Kowalczyk", Some("Assistant Principal"), Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Ms. Pruitt", None, Kind::Helper)), "{met:?}");
    assert!(person(&n, "Ms. Pruitt").emailed, "she set it up by email");
    assert!(met.contains(&("Renee", Some("Quality Engineer"), Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Jerome Whitaker", Some("Engineering Manager"), Kind::Interviewer)), "{met:?}");
    assert!(n.clarifications.iter().all(|c| !c.contains("nothing")), "nothing promised: {:?}", n.clarifications);
    assert_eq!(
        loose::position_in_first_line(
            "delgado mechanical - svc tech (journeyman) interview",
            Some("Delgado Mechanical")
        )
        .as_deref(),
        Some("Service Tech (Journeyman)")
    );
    assert_eq!(
        loose::position_in_first_line(
            "NFPR / second interview / asst producer, \"Northbound\" (the afternoon show)",
            None
        )
        .as_deref(),
        Some("Assistant Producer")
    );
    assert_eq!(loose::position_in_first_line("Ostwind Logistik — tech screen", Some("Ostwind Logistik")), None);
    // (Set 43.)
    assert_eq!(loose::position_in_first_line("Maddox & Feeney — skills test", Some("Maddox & Feeney")), None);
    assert_eq!(
        loose::position_in_first_line("Lumen Freight — recruiter screen 11/20 fri 2:30", Some("Lumen Freight")),
        None
    );
}

#[test]
fn a_hurried_call_line_and_an_emailed_label_and_a_transcript_s_brackets_name_people() {
    let n = note(
        "---\ncompany: Greenfold\ndate: 2026-11-25\n---\n~30 min w/ hm (wade hollister, agronomy mgr) + jess from precision ag, she joined late\n\n\
         emailed so far: only marcy pruitt? (hr, set it up). no email for wade or jess\n\n\
         then the compounding tech Rafael [Rafael Ortiz, lead compounding tech] took me back. Karine [Corinne — Corinne Abate, the office / HR person] set up the interview\n",
    );
    let met: Vec<(&str, Option<&str>, Kind)> =
        n.people.iter().map(|p| (p.name.as_str(), p.title.as_deref(), p.kind())).collect();
    assert!(met.contains(&("Wade Hollister", Some("Agronomy Manager"), Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Jess", None, Kind::Interviewer)), "{met:?}");
    assert!(met.contains(&("Rafael Ortiz", Some("Lead Compounding Tech"), Kind::Interviewer)), "{met:?}");
    let marcy = person(&n, "Marcy Pruitt");
    assert!(marcy.kind() == Kind::Helper && marcy.emailed, "{marcy:?}");
    assert_eq!(person(&n, "Corinne Abate").kind(), Kind::Helper);
    assert!(!person(&n, "Wade Hollister").emailed, "no email for wade");
}

#[test]
fn a_job_s_asides_a_company_s_place_and_a_correction_s_abbreviation_are_tidied() {
    let n = note(
        "---\ncompany: The Calloway Hotel (Savannah)\nposition: Teen Services Librarian (Librarian II, Eastside branch)\ndate: 2026-11-25\n---\n## Fumbles\n- Said I managed 14 agents at the Harborview. It was 18 incl. PBX. Not a big deal.\n",
    );
    assert_eq!(n.company.as_deref(), Some("The Calloway Hotel"));
    assert_eq!(n.position.as_deref(), Some("Teen Services Librarian"));
    assert!(
        n.clarifications
            .iter()
            .any(|c| c == "I said I managed 14 agents at the Harborview, but in fact it was 18 including PBX."),
        "{:?}",
        n.clarifications
    );
    let n =
        note("---\ncompany: Lakeshore State\nposition: Asst. Director of Admissions\ndate: 2026-11-30\n---\nPanel.\n");
    assert_eq!(n.position.as_deref(), Some("Assistant Director of Admissions"));
    let n =
        note("---\ncompany: Tallgrass\nposition: '\"HOLLOW CREEK\" (indie feature'\ndate: 2026-11-28\n---\nPanel.\n");
    assert_eq!(n.position, None, "a production's name in quotes is no job");
}

#[test]
fn a_given_name_with_the_full_one_in_brackets_and_a_referrer_thanked_early() {
    let n = note(
        "---\ncompany: Riverbend\ndate: 2026-11-23\n---\n\
         Claudette (Claudette Rhee, Chief Development Officer — my would-be boss) and I clicked on moves management.\n\n\
         Hannah (gifts processing / database coordinator) did the warehouse tour.\n\n\
         Jo (digital producer?) asked what I listen to.\n\n\
         - Frances Quillen — board member who referred me. Already emailed her a thank-you last night.\n\n\
         Sent a quick thank you to Danielle in HR already.\n",
    );
    let met: Vec<(&str, Option<&str>, Kind)> =
        n.people.iter().map(|p| (p.name.as_str(), p.title.as_deref(), p.kind())).collect();
    assert!(met.contains(&("Claudette Rhee", Some("Chief Development Officer"), Kind::Interviewer)), "{met:?}");
    assert!(met.iter().any(|(name, _, kind)| *name == "Hannah" && *kind == Kind::Interviewer), "{met:?}");
    assert!(met.contains(&("Jo", None, Kind::Interviewer)), "a doubted title is none: {met:?}");
    let frances = person(&n, "Frances Quillen");
    assert_eq!(
        (frances.title.as_deref(), frances.role.as_deref(), frances.thanked),
        (Some("Board Member"), Some("referrer"), true)
    );
    assert!(!n.thanked, "a referrer's and an unnamed helper's thanks are not the panel's");
}

#[test]
fn a_hurried_note_with_a_heading_per_person_in_lower_case_names_them_and_the_job() {
    let n = note_at(
        "northgate-housing/Northgate 25 Nov.md",
        "# northgate housing\nresident services coordinator — 1st interview, in person, wed 25 nov\n\n\
         ## marisol vega — dir. of resident services\n- would be my mgr\n\n## Met\n- Pete O'Rourke — prop mgr\n\n## misc\n- nothing\n",
    );
    assert_eq!(n.position.as_deref(), Some("Resident Services Coordinator"), "not `would be my mgr`");
    assert_eq!(names(&n), ["Pete O'Rourke", "Marisol Vega"], "the `Met` list, then the headings");
    assert_eq!(person(&n, "Marisol Vega").title.as_deref(), Some("Director of Resident Services"));
    // Front matter is no line of the body: a section that follows the title at once leaves no
    // line for a job.
    let n = note_at(
        "northgate-housing/Northgate 25 Nov.md",
        "---\ndate: 2026-11-25\nmood: ok\nround: 1\n---\n# northgate housing\n\n\
         ## marisol vega — dir. of resident services\n- would be my mgr\n- senior analyst for 6 yrs\n",
    );
    assert_eq!(n.position, None, "`{:?}` is from under her heading", n.position);
}

#[test]
fn a_where_that_gives_a_place_is_no_company() {
    let n = note_at(
        "first-lakeshore-bank/2026.11.23 - fraud panel.md",
        "---\nwhen: 2026-11-23 13:00\nwhere: 14th fl, 200 W Monroe (old bldg)\nrole: Fraud Analyst II\n---\nPanel.\n",
    );
    assert_eq!(n.company.as_deref(), Some("First Lakeshore Bank"));
    let n = note_at("x/2026-11-23.md", "---\nwhen: 2026-11-23\nwhere: Harborline Rehab\n---\nPanel.\n");
    assert_eq!(n.company.as_deref(), Some("Harborline Rehab"));
}

#[test]
fn a_journal_names_the_panel_in_its_sentences_with_their_titles_in_capitals() {
    let n = note_at(
        "foxglove-botanical-garden/wed 25 nov.md",
        "Wed 25 Nov — Foxglove\n\nFinal round for the Youth Education Programs Manager job. Marguerite — the admin \
         assistant who's done all the scheduling emails, and who is exactly as kind in person — met me at the gate.\n\n\
         The panel was in the old potting shed. Dr. Eleanor Fitch, Director of Learning & Engagement, PhD in plant \
         ecology, calmest voice I've ever heard; she'd be my boss. Theo Nakamura, the Volunteer & Docent Coordinator, \
         who asked mostly about volunteers. And Beatriz Solano — \"Bibi, please\" — the School Programs Lead, who \
         would report to me. Monday, Tuesday and Wednesday, Then Thursday were busy. New York, the big city.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Marguerite", Some("Admin Assistant")),
            ("Dr. Eleanor Fitch", Some("Director of Learning & Engagement")),
            ("Theo Nakamura", Some("Volunteer & Docent Coordinator")),
            ("Beatriz Solano", Some("School Programs Lead")),
        ]
    );
    let marguerite = person(&n, "Marguerite");
    assert_eq!((marguerite.kind(), marguerite.emailed), (crate::model::Kind::Helper, true), "the scheduling emails");
    // Not one who has written to the writer.
    let n = note_at(
        "foxglove-botanical-garden/wed 25 nov.md",
        "Final round. Marguerite — the admin assistant who never answers emails — met me at the gate.\n",
    );
    assert!(!person(&n, "Marguerite").emailed);
}

#[test]
fn a_rule_against_contacting_the_panel_is_read_with_the_one_to_go_through() {
    let head = "---\ncompany: City of Ashford\ndate: 2026-11-23\n---\nPanel:\n- Harold Beaumont, Deputy Director\n\
                Admin: Keisha Lamb, HR Analyst — read the rules, timed every answer, took my scratch paper.\n\n";
    let rule = |line: &str| note(&format!("{head}{line}\n")).hands_off;
    let r = rule(
        "- City rule: NO contacting panel members directly.\n- Everything through Keisha (klamb@ashford.example.gov).",
    )
    .expect("a rule");
    assert_eq!((r.whom.as_str(), r.through.as_deref(), r.line), ("the panel", Some("Keisha Lamb"), 9));
    let n = note(&format!("{head}Per HR, candidates may not contact interviewers; questions go to Keisha.\n"));
    let keisha = person(&n, "Keisha Lamb");
    assert_eq!(n.hands_off.as_ref().and_then(|r| r.through.as_deref()), Some("Keisha Lamb"));
    assert_eq!((keisha.title.as_deref(), keisha.email.as_deref()), (Some("HR Analyst"), None), "{:?}", n.people);
    assert_eq!(names(&n), ["Keisha Lamb", "Harold Beaumont"], "what she did names no one");
    // What the writer did, or a rule about someone else, is no rule about the panel.
    assert_eq!(rule("I did not contact the panel before today."), None);
    assert_eq!(rule("Don't contact Harold's old team about the reference."), None);
}

#[test]
fn two_labels_run_together_and_an_arrow_keep_what_each_says_to_their_own() {
    let n = note(
        "# CRC interview — Solenne Clinical Research\n\nReferred by: Hannah Yoo (my old lab mate, she's a CRA there now)\n\
         Coordinator: Rosa Delgado, site admin — emailed the parking pass & the agenda. very nice\n\n\
         **Interviewer 1: Beth Arnaud, Clinical Research Manager**\n- she liked it\n\nDate: 2026-11-24\n",
    );
    assert_eq!(names(&n), ["Hannah Yoo", "Rosa Delgado", "Beth Arnaud"], "no `Site Admin`");
    let absent = note(
        "---\ncompany: Harbor Ledger\ndate: 2026-11-23\n---\nPresent: Ruth Castellane (Managing Editor)\nNot present: Executive Editor Alan Fairweather — on deadline.\n",
    );
    assert_eq!(names(&absent), ["Ruth Castellane"]);
    let (hannah, rosa) = (person(&n, "Hannah Yoo"), person(&n, "Rosa Delgado"));
    assert_eq!((hannah.role.as_deref(), hannah.emailed), (Some("referrer"), false), "Rosa emailed, not Hannah");
    assert_eq!(
        (rosa.title.as_deref(), rosa.role.as_deref(), rosa.emailed),
        (Some("Site Administrator"), Some("coordinator"), true)
    );
    let n = note(
        "---\ncompany: Greenleaf\ndate: 2026-11-28\n---\nWHO\nBree Castellano, store manager → my boss. have her email, we've emailed twice.\n\
         Tom Acheson, district manager → showed up for 10 min. No contact info.\n\n\
         - R: Complaints dropped off, two parents emailed thanks. → Tom smiled.\n",
    );
    assert!(person(&n, "Bree Castellano").emailed && !person(&n, "Tom Acheson").emailed, "{:?}", n.people);
}

#[test]
fn a_quoted_name_before_a_surname_is_the_name_they_go_by() {
    let n = note(
        "---\ncompany: Tallis\ndate: 2026-11-30\n---\n## \"Big Lou\" Ferreira — 2nd Shift Production Supervisor\n- Gave the floor tour.\n\n\
         ## \"Coach\" Ray Dumont — Athletics Coordinator\n- Came in late.\n",
    );
    assert_eq!(names(&n), ["Lou Ferreira", "Coach Ray Dumont"], "no quote in a name");
}

#[test]
fn a_voice_memo_names_its_people_and_its_job_in_lower_case() {
    let n = note_at(
        "lumenfold/voice memo 2026-11-30 lumenfold.md",
        "# Voice Memo — Nov 30, 2026 at 4:52 PM\n\n[0:00] Right after the call. That was round three of four for the \
         implementation specialist job.\n\n[0:14] Three people. Chloe Amsel, implementation lead, so she'd be my day to \
         day person. And then Nico, the CTO, Nico Petrakis, jumped in for the last fifteen minutes.\n\n\
         [1:42] Nico asked the difference between an API and a web hook and I said a web hook is when you ask for the \
         data and the API is when it sends it to you, which is backwards. It's backwards.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Implementation Specialist"), "not `4:52 PM`");
    assert_eq!(names_and_titles(&n), [("Chloe Amsel", Some("Implementation Lead")), ("Nico Petrakis", Some("CTO"))]);
    assert!(n.clarifications.is_empty(), "a verdict is no truth to say: {:?}", n.clarifications);
    let unread: Vec<&str> = n.unread.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(unread.len(), 1, "the mistake is listed for the user, once: {unread:?}");
    assert!(unread[0].contains("which is backwards"), "{unread:?}");
    // `for the same job`, `for the other engineer role`: no job named.
    let n = note_at("acme/2026-11-30.md", "Applied for the other engineer role last spring.\n");
    assert_eq!(n.position, None);
}

#[test]
fn cards_left_with_one_who_helped_are_the_panels_thanks_not_hers() {
    let text = "# Foxglove\n\nFinal round. Marguerite — the admin assistant who's done all the scheduling emails — met me.\n\n\
                Dr. Eleanor Fitch, Director of Learning & Engagement, calm. Theo Nakamura, the Volunteer Coordinator, who asked about volunteers.\n\n\
                Thank-yous: wrote two cards in the car, terrible handwriting, and left them with Marguerite on the way out.\n";
    let n = note_at("foxglove-botanical-garden/wed 25 nov.md", text);
    let thanked: Vec<(&str, bool)> = n.people.iter().map(|p| (p.name.as_str(), p.thanked)).collect();
    assert_eq!(thanked, [("Marguerite", false), ("Dr. Eleanor Fitch", true), ("Theo Nakamura", true)]);
    assert!(!n.thanked, "Marguerite's is still to write");
    // Cards written but not handed over are not sent.
    let n = note_at(
        "foxglove-botanical-garden/wed 25 nov.md",
        &text.replace(", and left them with Marguerite on the way out", ""),
    );
    assert!(n.people.iter().all(|p| !p.thanked) && !n.thanked);
}

#[test]
fn a_bold_name_under_people_over_a_list_after_a_blank_line_is_someone_met_and_the_list_is_theirs() {
    let n = note(
        "---\ncompany: Bluewater\ndate: 2026-11-25\n---\n## People\n\n**Rick Salazar** – Station Manager\n\n- Ran the first 30 min.\n\
         - Liked: the irregular-ops story (Black Friday outage).\n\n**Aisha Bello** – Customer Service Supervisor (overnight / early)\n\n\
         - She liked that I had trained new hires in groups of 5-6.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Rick Salazar", Some("Station Manager")), ("Aisha Bello", Some("Customer Service Supervisor"))]
    );
    let about: Vec<(&str, &str)> = n.highlights.iter().map(|h| (h.text.as_str(), h.about[0].as_str())).collect();
    assert_eq!(
        about,
        [
            ("Rick liked the irregular-ops story (Black Friday outage)", "Rick Salazar"),
            ("Aisha liked that I had trained new hires in groups of 5-6.", "Aisha Bello")
        ]
    );
    assert!(
        !names(&note("---\ncompany: B\ndate: 2026-11-25\n---\n## People\n- Liked: the story\n- Notes: tired\n"))
            .contains(&"Liked")
    );
}

#[test]
fn a_table_cell_that_doubts_then_says_what_landed_gives_only_what_landed() {
    let n = note(
        "---\ncompany: Marrow Hill\ndate: 2026-11-23\n---\n| who | title | what they cared about | how it landed |\n|---|---|---|---|\n\
         | Dr. Howard Prentiss | Dept. Chair | budget | good? liked the vendor contract story. Mostly talked about himself (fine) |\n\
         | (Toby Reyes) | grad student / front office | — | said \"you'd be great here\" |\n",
    );
    assert_eq!(names(&n), ["Dr. Howard Prentiss", "Toby Reyes"], "no brackets in a name");
    let liked: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(liked, ["Howard liked the vendor contract story"], "not `liked the Mostly talked about himself`");
}

#[test]
fn after_a_final_round_no_bare_round_comes_next() {
    let n = note(
        "# PIXELMOTH — final round!!! (Community & Live Ops Producer)\n\nDate: 2026-11-30\nCompany: Pixelmoth\n\n## what's next\n\n\
         Riley: this was the last round (round 4 of 4 if you count the art test). Team debriefs Wednesday, answer \"by Friday Dec 4, maybe Monday.\"\n",
    );
    assert!(n.steps.is_empty(), "{:?}", n.steps);
}

#[test]
fn one_named_for_a_round_still_to_come_is_not_someone_met() {
    let n = note(
        "# Pruitt & Vasquez LLP — Legal Project Coordinator\n\nCompany: Pruitt & Vasquez LLP\nDate: November 24, 2026 2:00 PM (EST)\n\
         Interviewers: Colleen Hayes, Daniel Vasquez\n\n<aside>\n💡 Wendell (Office Manager) says finalists picked by **Dec 9**. \
         Final round = lunch with Margaret Pruitt (managing partner) \"if her trial schedule allows.\"\n\n</aside>\n\n## Who I met\n\n- Colleen liked my binder.\n",
    );
    assert!(!names(&n).contains(&"Margaret Pruitt"), "{:?}", names(&n));
}

#[test]
fn people_met_in_set_23s_shapes_are_found_with_their_address_and_thanks() {
    // A journal: the secretary in apposition with an honorific, her address in the next
    // sentence, and thanks sent to "Mrs. Pruitt".
    let n = note(
        "---\ncompany: Cedar Hollow Middle School\ndate: 2026-11-24\n---\n\
         I got there early, and the front office secretary, Mrs. Gail Pruitt, walked me back. She's the one \
         who's been emailing me all along (gpruitt@cedarhollow.example). The panel was Dr. Renée Castillo, \
         the principal.\n\nI sent Mrs. Pruitt a short thank-you already from the parking lot.\n",
    );
    let gail = person(&n, "Mrs. Gail Pruitt");
    assert_eq!(gail.kind(), Kind::Helper);
    assert_eq!(gail.email.as_deref(), Some("gpruitt@cedarhollow.example"));
    assert!(gail.emailed && gail.thanked, "{gail:?}");
    // A hurried item: one met after another, a quoted aside no part of a title, a code in capitals.
    let n = note(
        "---\ncompany: Halvorsen Freight\ndate: 2026-11-23\n---\n\
         - talked w/ **kelsey marsh** (talent acq, \"TA partner\" on her sig) then she looped in \
         **greg petrakis** - site ops mgr dc2 - for last 15 min\n- greg liked the WMS stuff\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Kelsey Marsh", Some("Talent Acquisition")), ("Greg Petrakis", Some("Site Operations Manager DC2"))]
    );
    // A voice memo: `Name, he's the role`.
    let n = note(
        "---\ncompany: Kessler Mechanical\ndate: 2026-11-28\n---\n\
         Met with Annette Kessler, she's the owner. And Rick Dufresne, he's the service manager.\n",
    );
    assert_eq!(person(&n, "Rick Dufresne").title.as_deref(), Some("Service Manager"));
    // A helper's bold item under `**Helper**`, their address and their thanks nested under them.
    let n = note(
        "---\ncompany: The Saltmarsh Hotel\ndate: 2026-11-23\n---\n\
         **Who I met**\n- **Colette Varga** — General Manager\n\n\
         **Helper**\n- **Bridget O'Shea** — HR Coordinator, set everything up\n  \
         - bridget.oshea@saltmarsh.example\n  - Emailed her a thank-you at 6pm ✔️\n",
    );
    let bridget = person(&n, "Bridget O'Shea");
    assert_eq!((bridget.kind(), bridget.email.as_deref()), (Kind::Helper, Some("bridget.oshea@saltmarsh.example")));
    assert!(bridget.thanked && bridget.emailed);
    assert!(!person(&n, "Colette Varga").thanked);
    // An outline's `HR contact:` is one who helps.
    let n = note(
        "---\ncompany: City of Marlow\ndate: 2026-11-25\n---\n\
         1. Panel: Jonah Whitfield, Principal Planner\n2. HR contact: Anita Ferreira, HR Analyst II — aferreira@marlow.example\n",
    );
    assert_eq!(person(&n, "Anita Ferreira").kind(), Kind::Helper);
}

#[test]
fn a_hurried_notes_own_lists_are_read_for_what_they_are() {
    let n = note(
        "---\ncompany: Halvorsen Freight\ndate: 2026-11-23\n---\n\
         - talked w/ greg petrakis - site ops mgr - for 15 min\n\nmessed up:\n\
         - when he asked abt OSHA recordables i said \"like 2 or 3\" - shld have known the number. it was 3.\n\
         - forgot to say i have forklift cert\n\nself notes\n\
         - look up their new contract (greg mentioned it, i nodded like i knew)\n",
    );
    // `messed up:` lists what to clarify; a hedge with no subject is no claim to correct.
    assert!(n.clarifications.iter().any(|c| c.starts_with("forgot to say i have forklift cert")), "{n:?}");
    assert!(!n.clarifications.iter().any(|c| c.contains("but in fact")), "{:?}", n.clarifications);
    // `self notes` over a list is for oneself: not even listed.
    assert!(!n.unread.iter().any(|u| u.text.contains("new contract")), "{:?}", n.unread);
    assert!(!n.clarifications.iter().any(|c| c.contains("new contract")));
}

#[test]
fn a_table_of_properties_and_a_table_of_corrections_are_read() {
    let n = note(
        "# Thornbury Home & Hardware — Store Manager\n\n| | |\n|---|---|\n| **Date** | Fri 11/27/2026 |\n\
         | **Recruiter** | Bethany Cole, Regional Recruiter — bcole@thornbury.example |\n\
         | **Thank you sent?** | Yes, to Bethany, 1:15 pm |\n\n## Who I met\n\n\
         | Name | Title |\n|---|---|\n| Carl Janowski | District Manager |\n| Tomás Reyes | Assistant Store Manager |\n\n\
         ## Mistakes / corrections\n\n| What I said | Reality | Fix? |\n|---|---|---|\n\
         | \"My store does about $9M\" | It's **$7.8M** last FY. Rounded way too generously. | Tell Bethany |\n\
         | Didn't mention | Lumber yard experience from the Haskell's job | Bring up next round |\n",
    );
    let bethany = person(&n, "Bethany Cole");
    assert_eq!(
        (bethany.role.as_deref(), bethany.email.as_deref()),
        (Some("recruiter"), Some("bcole@thornbury.example"))
    );
    assert!(bethany.thanked);
    assert_eq!(person(&n, "Tomás Reyes").kind(), Kind::Interviewer, "an assistant manager is no assistant");
    assert_eq!(
        n.clarifications,
        [
            "I said my store does about $9M, but in fact it's $7.8M last FY.",
            "forgot to mention lumber yard experience from the Haskell's job"
        ]
    );
    assert_eq!(n.clarified_with.get(&n.clarifications[0]).map(String::as_str), Some("Bethany Cole"));
}

// Set 25: a school panel in plain paragraphs, named with honorifics; the office assistant who
// let the writer in; a paragraph that opens "Not so good." lists what to set straight.
#[test]
fn a_panel_named_with_honorifics_in_prose_is_read() {
    let n = note_at(
        "fernvale-usd/interview notes 11-30-26.md",
        "Fernvale USD - Assistant Principal, Oak Street Middle School\nMonday 11/30, after dismissal\n\n\
         Three on the panel. Principal Dr. Ruth Abernathy-Cole chaired it. Then Mr. Victor Lindqvist \
         (7th grade math, union rep), and a parent, Mrs. Amal Saleh, PTSA president. Mrs. Ortega in the \
         front office buzzed me in and walked me back to the library.\n\n\
         Not so good. Mr. Lindqvist asked about attendance and I said we got it to 92 percent, but that \
         was last year. This year it's 89. I don't think anyone caught it. I also never mentioned that my \
         credential cleared in October.\n\n\
         Dr. Abernathy-Cole is in the building by 6:30 every morning.\n",
    );
    assert_eq!(
        names(&n),
        ["Dr. Ruth Abernathy-Cole", "Mr. Victor Lindqvist", "Mrs. Amal Saleh", "Mrs. Ortega"],
        "{:?}",
        n.people
    );
    assert_eq!(person(&n, "Dr. Ruth Abernathy-Cole").title.as_deref(), Some("Principal"));
    assert_eq!(person(&n, "Mrs. Amal Saleh").title.as_deref(), Some("PTSA president"));
    assert_eq!(person(&n, "Mrs. Ortega").kind(), Kind::Helper);
    assert!(
        n.clarifications.contains(
            &"Mr. Lindqvist asked about attendance and I said we got it to 92 percent, but that was last year. \
              This year it's 89."
                .to_owned()
        ),
        "{:?}",
        n.clarifications
    );
    assert!(n.clarifications.iter().any(|c| c.starts_with("I also never mentioned that my credential")));
    assert!(!n.clarifications.iter().any(|c| c.contains("anyone caught it")), "the writer's feeling");
    assert!(n.highlights.is_empty(), "what went badly is no highlight: {:?}", n.highlights);

    // One named in passing, or one met another day, is nobody met.
    let n = note_at(
        "fernvale-usd/notes 11-30-26.md",
        "Fernvale USD - Assistant Principal\n\nSpoke with Dana Moss, Principal. Dr. Abernathy-Cole will \
         interview finalists next week. Afterwards a woman named Kit walked me back out.\n",
    );
    assert_eq!(names(&n), ["Dana Moss"]);
}

// Set 25: a day the writer noted for themselves is not the day the firm decides by.
#[test]
fn a_private_day_is_not_the_decision() {
    let text = "---\ncompany: Harrowgate\ndate: 2026-11-27\n---\nMet Ines Carvalho, Partner.\n\n\
                Decision: Ines said they'll decide by Dec 4.\n\n---\nPRIVATE\n- if offer comes before Dec 15 \
                I can still catch the bonus payout\n";
    assert_eq!(note(text).decision_by, Some(jiff::civil::date(2026, 12, 4)));
    let private_only = text.replace("Decision: Ines said they'll decide by Dec 4.", "Good day.");
    assert_eq!(note(&private_only).decision_by, None);
    // Set 26: `me only` over `- ask abt take home truck + gas card if offer comes` is no
    // take-home assignment, and `kessler & sons wants an answer by dec 10` no decision.
    let me_only = format!(
        "{private_only}\nme only\n- ask abt take home truck + gas card if offer comes\n\
         - kessler & sons wants an answer by dec 10 for jan start\n"
    );
    let n = note(&me_only);
    assert!(n.steps.is_empty() && n.decision_by.is_none(), "{:?} {:?}", n.steps, n.decision_by);
}

// Set 25: who helped and who interviewed, as hurried and tidy notes list them.
#[test]
fn helpers_and_panels_as_set_25_listed_them() {
    // A `## Contacts` table lists the panel; the coordinator among them helped.
    let n = note(
        "---\ncompany: St. Aldric\ndate: 2026-11-23\n---\n## Contacts\n\n| Name | Title |\n|---|---|\n\
         | Deborah Kincaid | Director of Critical Care |\n| Colleen Hartwell | Talent Acquisition Coordinator |\n",
    );
    assert_eq!(person(&n, "Deborah Kincaid").kind(), Kind::Interviewer);
    assert_eq!(person(&n, "Colleen Hartwell").kind(), Kind::Helper);

    // Two met, each with a title in brackets; the front desk; the receptionist in a list; an EA.
    let n = note(
        "---\ncompany: Hollowbrook\ndate: 2026-11-24\n---\n- met w/ Gary Pruitt (owner) + Luis Ocampo (site super, \
         runs the st. aldric hospital job)\n- front desk lady Trish got me coffee + had me do the app\n",
    );
    assert_eq!(names(&n), ["Gary Pruitt", "Luis Ocampo", "Trish"], "{:?}", n.people);
    assert_eq!(person(&n, "Trish").kind(), Kind::Helper);
    assert_eq!(person(&n, "Luis Ocampo").kind(), Kind::Interviewer);
    let n = note(
        "---\ncompany: Brindle\ndate: 2026-11-25\n---\n## People\n- Janelle Moreau — paralegal mgr\n\
         - Rosa — reception, 22nd fl\n\nCamille Ng (Ines's EA) — booked the whole day, met me at lobby security.\n",
    );
    for helper in ["Rosa", "Camille Ng"] {
        assert_eq!(person(&n, helper).kind(), Kind::Helper, "{helper}");
    }
}

// Set 25: the channels the employer set, and an email cell that says there is none.
#[test]
fn channels_the_employer_set_are_kept() {
    let text = "---\ncompany: Harrowgate\ndate: 2026-11-27\n---\n\
                | Who | Role | Email | Follow up |\n|---|---|---|---|\n\
                | Ines Carvalho | Partner | icarvalho@harrowgate.example | — |\n\
                | Marcus Wendt | Principal | ? | email correction |\n\
                | Lionel Ferrante | Managing Partner | lferrante@harrowgate.example | handwritten note via Camille |\n\n\
                Camille Ng (Ines's EA) — booked the whole day.\n\n\
                Camille said: \"Email thank-yous directly, everyone's fine with it — except Lionel, he's old school.\"\n\n\
                Thank-yous: replied on Ines's thread. Handwritten card for Dot, drop at front desk.\n";
    let extracted = extract_text(text);
    let Outcome::Note(n) = extracted.outcome else { panic!("not a note") };
    assert!(person(&n, "Ines Carvalho").emailed, "invited to email");
    assert!(!person(&n, "Lionel Ferrante").emailed, "the one excepted");
    assert_eq!(person(&n, "Lionel Ferrante").channel, Some(crate::model::Channel::Card));
    assert_eq!(person(&n, "Ines Carvalho").channel, None, "the card is for Dot, whom the note does not list");
    assert_eq!(person(&n, "Marcus Wendt").email, None);
    assert!(
        !extracted.diagnostics.iter().any(|d| d.message.contains("not one email address")),
        "`?` and `—` say there is none: {:?}",
        extracted.diagnostics
    );
}

// Set 25: a voice memo's recruiter named twice, its labels, and what it says to set straight.
#[test]
fn a_voice_memo_names_the_recruiter_and_says_what_to_set_straight() {
    let n = note_at(
        "pennywhistle-home-goods/Nov 25 phone screen.md",
        "Voice memo — Wed Nov 25\n\nOkay. So. Just got off the phone with Pennywhistle, um, the recruiter, Alyssa — \
         Alyssa Brandvold, I think — she's on their regional talent team.\n\n\
         Uh, what she liked. She really liked the shrink thing.\n\n\
         What I screwed up. She asked how many people I manage and I said forty-five. Which, it's thirty-eight on \
         payroll right now, it's forty-five with seasonal. I should fix that.\n\n\
         Um. Renee. I need to thank Renee, she's the one who put my name in, from the DC. Text her tonight.\n",
    );
    assert_eq!(names(&n), ["Alyssa Brandvold", "Renee"]);
    assert_eq!(person(&n, "Renee").role.as_deref(), Some("referrer"));
    assert_eq!(
        n.clarifications,
        ["She asked how many people I manage and I said forty-five. Which, it's thirty-eight on payroll right now, \
          it's forty-five with seasonal."]
    );
    assert!(!n.unread.iter().any(|u| u.text.contains("what she liked")), "a label: {:?}", n.unread);
}

// Set 25: `💡 Dev: "Reply to me with any follow-up and I'll loop people in — please don't email
// the team directly." → thank-yous go through Dev`: the team is thanked, through Dev; and his
// title stops at the sentence after his address.
#[test]
fn thanks_that_go_through_the_recruiter_are_drafted_for_him_to_pass_on() {
    let n = note(
        "---\ncompany: Quillfeather\ndate: 2026-11-30\n---\n<aside>\n💡 Dev: \"Reply to me with any follow-up and \
         I'll loop people in — please don't email the team directly.\" → thank-yous go through Dev\n</aside>\n\n\
         ## People\n- **Sofia Lind** — Engineering Manager (hiring manager).\n\
         - **Dev Ramaswamy** — recruiter (dev.r@quillfeather.example). Set it all up, sent the prep doc.\n",
    );
    assert_eq!(n.hands_off, None);
    assert_eq!(n.passed_on_by.as_deref(), Some("Dev Ramaswamy"));
    assert_eq!(person(&n, "Dev Ramaswamy").title.as_deref(), Some("Recruiter"));
    assert!(n.may_contact(person(&n, "Sofia Lind")));
}

// Set 26: "Dear Lending," — the title between the name and "he's the hiring manager" was read as
// the name.
#[test]
fn a_title_between_the_name_and_hes_the_is_theirs() {
    let n = note_at(
        "ashgrove-credit-union/voice memo 11.25.26.md",
        "Voice memo, Ashgrove Credit Union\n\n[00:27] Grant Fairweather, VP of Lending, he's the hiring manager. \
         He's the one who emailed me.\n",
    );
    assert_eq!(names(&n), ["Grant Fairweather"]);
    assert_eq!(person(&n, "Grant Fairweather").title.as_deref(), Some("VP of Lending"));
}

// Set 26: the HR analyst who ran the clock, named with his title in brackets in an outline, and
// his rule in the lines under him: "Please send any follow-up material through me."
#[test]
fn the_contact_is_the_one_the_lines_above_his_rule_name() {
    let n = note_at(
        "county-of-tessaly/2026-11-30 Second Round Interview.md",
        "# County of Tessaly\n\n- Round 2 (final) — Mon 30 Nov 2026\n  \
         - Dwight Amesbury (HR Analyst) ran the clock and read the questions\n    \
         - dwight.amesbury@example.org — have emailed him 3x already\n    \
         - **His instruction: \"Please send any follow-up material through me. Do not contact panel members \
         directly.\"**\n- Panel\n  - Roberta Hanlon — Deputy Director of Public Works\n  \
         - Marcus Oyelaran — County Engineer\n",
    );
    assert!(names(&n).contains(&"Dwight Amesbury"), "{:?}", n.people);
    let rule = n.hands_off.as_ref().expect("a rule");
    assert_eq!(rule.through.as_deref(), Some("Dwight Amesbury"));
}

// Set 25: "the Foreman Spot role" — the writer's word for the opening is no part of the job.
#[test]
fn the_writers_word_for_an_opening_is_no_part_of_the_job() {
    let n = note_at(
        "hollowbrook-electrical/nov 24 intvw.md",
        "hollowbrook electrical - foreman spot (commercial side)\ntues nov 24, 7:30am\n\n\
         - met w/ Gary Pruitt (owner) + Luis Ocampo (site super)\n",
    );
    assert_eq!(n.position.as_deref(), Some("Foreman"));
}

// Set 27: `people:` keyed by name was "a person in `people` has no `name`", and no draft at all.
#[test]
fn people_keyed_by_name_are_each_one_person_and_a_coordinator_among_them_helped() {
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-30\npeople:\n  Dr. Alison Kerr:\n    title: Associate Director\n\
         \x20   email: akerr@meridian.example\n  Femi Adeyemi: Scientist II\n  Tom Whelan:\n\
         \x20 Bryce Hammond:\n    title: Talent Acquisition Coordinator\n    email: bryce@meridian.example\n---\n",
    );
    assert_eq!(names(&n), ["Dr. Alison Kerr", "Femi Adeyemi", "Tom Whelan", "Bryce Hammond"]);
    assert_eq!(person(&n, "Dr. Alison Kerr").email.as_deref(), Some("akerr@meridian.example"));
    assert_eq!(person(&n, "Femi Adeyemi").title.as_deref(), Some("Scientist II"));
    assert_eq!(person(&n, "Dr. Alison Kerr").kind(), Kind::Interviewer);
    // (Listed among those met, a coordinator is thanked for their help; under `interviewers:`
    // they interviewed.)
    assert_eq!(person(&n, "Bryce Hammond").kind(), Kind::Helper);
    let n = note("---\ncompany: Meridian\ndate: 2026-11-30\ninterviewers:\n  - Bryce Hammond, Coordinator\n---\n");
    assert_eq!(person(&n, "Bryce Hammond").kind(), Kind::Interviewer);
    // A mapping of one person's fields is still one person.
    let n = note("---\ncompany: Meridian\ndate: 2026-11-30\npeople:\n  name: Ana Souza\n  title: CTO\n---\n");
    assert_eq!(names_and_titles(&n), [("Ana Souza", Some("CTO"))]);
}

// Set 27: a recruiter's or coordinator's address, given in the note, came with the emails that set
// the interview up; an interviewer's alone says nothing of the kind.
#[test]
fn a_recruiter_whose_address_the_note_gives_has_corresponded() {
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-30\ninterviewers:\n  - Ana Souza, CTO <ana@m.example>\n\
         recruiter: Bryce Hammond <bryce@m.example>\ncoordinator: Cy Diaz\n---\n",
    );
    assert!(person(&n, "Bryce Hammond").emailed);
    assert!(!person(&n, "Ana Souza").emailed);
    assert!(!person(&n, "Cy Diaz").emailed);
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-30\nrecruiter:\n  name: Bryce Hammond\n  email: bryce@m.example\n  channel: card\n---\n",
    );
    assert!(!person(&n, "Bryce Hammond").emailed, "the channel the note asks for stands");
}

// Set 27: under `corrections / things I owe`, every line was made a thing to send ("send told
// Alison our top clone titer was 3.2 g/L…", "send bryce needs my travel receipts").
#[test]
fn a_line_with_its_own_verb_under_things_owed_is_what_it_says() {
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-30\ninterviewers: [Alison Kerr, Femi Adeyemi]\n---\n\
         ### corrections / things I owe\n- Told Alison our top clone titer was 3.2 g/L. It was **2.3 g/L** (fed-batch).\n\
         - Forgot to mention I ran the sorter independently\n- Femi: the PDF of my poster\n\
         - Bryce needs my travel receipts\n",
    );
    let lines: Vec<&str> = n.clarifications.iter().map(String::as_str).collect();
    assert!(lines.contains(&"Forgot to mention I ran the sorter independently"), "{lines:?}");
    assert!(lines.contains(&"send Femi the PDF of my poster"), "{lines:?}");
    assert!(lines.contains(&"Bryce needs my travel receipts"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("I said our top clone titer was 3.2 g/L, but in fact it was 2.3 g/L")),
        "{lines:?}"
    );
}

// Set 26-27: a short form of a given name (`Len` for Leonard, `Stef` for Stefan) named nobody, so
// what Len liked went to whoever was left, and his card request was lost.
#[test]
fn a_short_form_of_a_given_name_names_them_and_a_card_asked_for_is_theirs() {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-24\npeople:\n  - Leonard Fisk, Shop Foreman\n  - Harriet Cole, Owner\n\
         \x20 - Stefan Lindqvist, GM\n---\n## What went well\n- Len lit up when I told the story about the gift\n\
         - Stef liked that I speak Spanish\n\n## Notes\nLen asked for a handwritten card, the old way.\n",
    );
    let about: Vec<Vec<String>> = n.highlights.iter().map(|h| h.about.clone()).collect();
    assert_eq!(about, [vec!["Leonard Fisk".to_owned()], vec!["Stefan Lindqvist".to_owned()]]);
    assert_eq!(person(&n, "Leonard Fisk").channel, Some(Channel::Card));
    assert_eq!(person(&n, "Harriet Cole").channel, None);
    // A short form two people could go by names neither; nor does an everyday word.
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-24\npeople:\n  - Stefan Lindqvist, GM\n  - Stefania Rossi, CFO\n\
         \x20 - Marko Petrov, CTO\n---\n## What went well\n- Stef liked my Spanish\n- Mark liked my answer\n",
    );
    assert!(n.highlights.iter().all(|h| h.about.is_empty()), "{:?}", n.highlights);
}

// Set 27: `Dr. Whitcomb is old-school. He told me … So: handwritten card for him, NOT an email. Ms.
// Ortiz and Mr. Doan can get emails. Kevin said to just use kdoan@ at the same domain, I think it's
// kdoan@…`: a card for the one named last, emails for the two, and Kevin's address.
#[test]
fn a_card_for_him_is_for_the_one_named_last_and_those_who_can_get_emails_are_emailed() {
    let n = note(
        "---\ncompany: Cedar Hollow\ndate: 2026-11-30\npeople: [Dr. Harold Whitcomb, Ms. Lena Ortiz, Kevin Doan]\n---\n\
         Then the interview with Dr. Whitcomb, \
         Ms. Ortiz and Mr. Doan. Dr. Whitcomb is old-school. He told me that he keeps every handwritten note in a \
         drawer. So: handwritten card for him, NOT an email. Ms. Ortiz and Mr. Doan can get emails. Kevin said to \
         just use kdoan@ at the same domain, I think it's kdoan@cedarhollowschools.org.\n",
    );
    assert_eq!(names(&n), ["Dr. Harold Whitcomb", "Ms. Lena Ortiz", "Kevin Doan"]);
    assert_eq!(person(&n, "Dr. Harold Whitcomb").channel, Some(Channel::Card));
    assert!(person(&n, "Ms. Lena Ortiz").emailed && person(&n, "Kevin Doan").emailed);
    assert!(!person(&n, "Dr. Harold Whitcomb").emailed);
    assert_eq!(person(&n, "Kevin Doan").email.as_deref(), Some("kdoan@cedarhollowschools.org"));
}

// Set 27: `gary halverson - owner. shook hands in the hallway, 2 min tops` was thanked for a
// conversation; `tanya reyes - safety mgr. sat in for maybe 20 min…` had it all as her title.
#[test]
fn one_met_in_passing_is_said_so_and_a_title_ends_where_a_sentence_about_them_begins() {
    let n = note(
        "---\ncompany: Halverson Electric\ndate: 2026-11-24\n---\nppl:\n\
         - bo kowalski - field super, he's the one hiring\n\
         - tanya reyes - safety mgr. sat in for maybe 20 min then had to go\n\
         - gary halverson - owner. shook hands in the hallway, 2 min tops\n",
    );
    assert_eq!(person(&n, "Tanya Reyes").title.as_deref(), Some("Safety Manager"));
    assert_eq!(person(&n, "Gary Halverson").did, Some(crate::model::Did::Greeted("shook hands".to_owned())));
    assert!(!matches!(person(&n, "Bo Kowalski").did, Some(crate::model::Did::Greeted(_))));
    // (Set 41: said in passing is how something was said, not who was met briefly.)
    let n = note(
        "---\ncompany: Meridian\ndate: 2026-11-17\n---\n- Folasade Adebayo, Director\n\n\
         They have a WCAG deadline next year, Folasade mentioned it in passing.\n",
    );
    assert_eq!(person(&n, "Folasade Adebayo").did, None);
}

// Set 27: `Don't loop in **Sam Okafor** (referred me)…` was a card to him; `thank-you emails →
// Abby said fine to send to her and she'll forward` was no instruction at all.
#[test]
fn one_the_note_names_not_to_contact_is_left_alone_and_one_who_forwards_thanks_passes_them_on() {
    let n = note(
        "---\ncompany: Tidewell\ndate: 2026-11-27\npeople:\n  - Abby Lin, Recruiter <abby@tidewell.io>\n\
         \x20 - Marco Bellini, Senior Engineer\n  - Sam Okafor, Referrer\n---\n### follow ups\n\
         - thank-you emails → Abby said fine to send to her and she'll forward\n\n### DO NOT\n\
         - Don't loop in **Sam Okafor** (referred me). He's on the hiring committee.\n",
    );
    let rule = n.hands_off.as_ref().expect("a rule");
    assert_eq!(rule.named, ["Sam Okafor"]);
    assert!(!n.may_contact(person(&n, "Sam Okafor")));
    assert!(n.may_contact(person(&n, "Marco Bellini")) && n.may_contact(person(&n, "Abby Lin")));
    assert_eq!(n.passed_on_by.as_deref(), Some("Abby Lin"));
}

// Set 27: `…he liked the property-based test idea⏎Overall: meh.` (a lazy continuation of a quote)
// sent "you liked the property-based test idea Overall: meh."
#[test]
fn a_line_that_opens_with_its_own_label_is_another_sentence() {
    let n = note(
        "---\ncompany: Tidewell\ndate: 2026-11-27\n---\n**10:15 — Marco Bellini (Senior Engineer) — coding**\n\
         > me: got the hashmap, but fumbled the TTL eviction\n\
         > Marco: \"Totally fine, walk me through how you'd test it\" → this part went well, he liked the property-based test idea\n\
         Overall: meh. He seemed fine with it but I was slow.\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("property-based test idea")), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("meh")), "{texts:?}");
}

// Set 27: `**For Sylvia only:** I told her our monthly close is 5 business days. It's 6. … (through
// Hannah?)` went to the hiring manager; `**Neil (CFO)** — came in as I was packing up. 5 min max.`
// was thanked for a conversation.
#[test]
fn a_correction_labelled_for_someone_is_theirs_and_five_minutes_is_in_passing() {
    let n = note(
        "---\ncompany: Larkspur\ndate: 2026-11-23\npeople:\n  - Jordan Mbeki, FP&A Manager\n  - Sylvia Karras, Controller\n\
         \x20 - Hannah Flores, Recruiter\n  - Neil Aston, CFO\n---\n**Neil (CFO)** — came in literally as I was packing \
         up. 5 min max.\n\n## Mistakes / corrections\n\n1. **For Sylvia only:** I told her our monthly close is 5 \
         business days. It's 6. Correct it in a note to her (through Hannah?).\n",
    );
    let c = n.clarifications.iter().find(|c| c.contains("monthly close")).expect("the correction");
    assert_eq!(n.clarified_with.get(c).map(String::as_str), Some("Sylvia Karras"), "{c}");
    assert!(matches!(person(&n, "Neil Aston").did, Some(crate::model::Did::Greeted(_))));
    assert!(!matches!(person(&n, "Jordan Mbeki").did, Some(crate::model::Did::Greeted(_))));
}

// Set 27: under `Things I need to fix / send`, `**For Angela specifically:** I told her our ratio
// … was 1:3. That's wrong, it's 1:2…` reached no message and no list.
#[test]
fn a_correction_for_someone_under_things_to_send_is_theirs_past_the_writers_verdict() {
    let n = note(
        "---\ncompany: X\ndate: 2026-11-23\npeople: [Angela Pruitt, Ruth Abernathy]\n---\n\
         ## Things I need to fix / send\n\n- [ ] **For Angela specifically:** I told her our ratio at Mercy MICU was \
         1:3. That's wrong, it's 1:2 and only 1:3 when I got floated. I don't want her thinking that. Correct it in \
         her thank-you.\n",
    );
    let c = "I said our ratio at Mercy MICU was 1:3, but in fact it's 1:2 and only 1:3 when I got floated.";
    assert_eq!(n.clarifications, [c]);
    assert_eq!(n.clarified_with.get(c).map(String::as_str), Some("Angela Pruitt"));
    // (Under a heading of things owed too.)
    let n = note(
        "---\ncompany: X\ndate: 2026-11-23\npeople: [Angela Pruitt, Ruth Abernathy]\n---\n## Follow-ups I owe\n\n\
         - [ ] **For Angela specifically:** I told her our ratio was 1:3. That's wrong, it's 1:2.\n",
    );
    assert_eq!(n.clarifications, ["I said our ratio was 1:3, but in fact it's 1:2."]);
}

// Set 28: `5. Marcus Whitford — partner, stuck his head in during Priscilla's slot⏎   1. **DO NOT
// CONTACT.** He's opposing counsel…` was a letter to him.
#[test]
fn do_not_contact_opening_an_item_under_someone_is_about_them() {
    let n = note(
        "---\ncompany: Okafor Brennan\ndate: 2026-11-24\n---\n## Met\n\n1. Priscilla Duarte — senior associate\n\
         2. Marcus Whitford — partner, stuck his head in for 2 min during Priscilla's slot\n\
         \x20  1. **DO NOT CONTACT.** He's opposing counsel on an arbitration my firm is handling.\n",
    );
    assert_eq!(n.hands_off.as_ref().map(|r| r.named.clone()), Some(vec!["Marcus Whitford".to_owned()]));
    assert!(n.may_contact(person(&n, "Priscilla Duarte")));
}

// Set 27 (a regression caught before it landed): a callout titled `Do not contact Elliot Brandt`
// over "Send his thank-you to her and she'll pass it on" is the way round, not a ban on thanking him.
#[test]
fn a_named_rule_with_a_way_round_under_it_is_not_a_ban() {
    let n = note(
        "---\ncompany: Whitlock\ndate: 2026-11-24\npeople: [Elliot Brandt, Marisol Vega <mvega@w.example>]\n---\n\
         > [!warning] Do not contact Elliot Brandt\n> Marisol asked me NOT to email him directly. Send his \
         thank-you to her and she'll pass it on after trial.\n",
    );
    assert!(n.hands_off.as_ref().is_none_or(|r| r.named.is_empty()), "{:?}", n.hands_off);
}

// Set 28: `note = "ALL thank-yous go through her, she forwards. Do not email Marrowstone people
// directly."` in an agency recruiter's entry was a ban on everyone, with no one to go through.
#[test]
fn a_rule_in_someones_entry_goes_through_them_and_an_agency_recruiter_helped() {
    let n = note(
        "+++\ncompany = \"Marrowstone\"\ndate = 2026-11-30\n\n[[people]]\nname = \"Felix Oduya\"\n\
         title = \"Director, FP&A\"\nemail = \"foduya@marrowstonecap.com\"\n\n[[people]]\nname = \"Imogen Blake\"\n\
         title = \"Senior Consultant, Halcyon Search (agency recruiter)\"\nemail = \"imogen@halcyonsearch.co\"\n\
         note = \"ALL thank-yous go through her, she forwards. Do not email Marrowstone people directly.\"\n+++\n\
         Felix liked the rolling forecast story.\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Imogen Blake"));
    assert!(n.hands_off.is_none(), "{:?}", n.hands_off);
    assert_eq!(person(&n, "Imogen Blake").kind(), crate::model::Kind::Helper);
    assert_eq!(person(&n, "Felix Oduya").kind(), crate::model::Kind::Interviewer);
}

// Set 29: `**Do not contact Wendell.** Lorna was clear that all board contact with candidates goes
// through her` and `don't email Lo directly — Brandon said she doesn't like…` each emptied a draft.
#[test]
fn a_named_rule_with_its_reason_after_it_is_about_the_one_it_names() {
    let n = note(
        "---\ncompany: Harbor Lights\ndate: 2026-11-30\npeople:\n  - Dr. Lorna Beckwith, Executive Director\n\
         \x20 - Wendell Ames, Board Chair\n---\n### Next\n\
         - **Do not contact Wendell.** Lorna was clear that all board contact with candidates goes through her.\n",
    );
    assert_eq!(n.hands_off.as_ref().map(|r| r.named.clone()), Some(vec!["Wendell Ames".to_owned()]));
    assert!(n.may_contact(person(&n, "Dr. Lorna Beckwith")));
    let n = note(
        "Company: Hollis & Pike\nDate: November 27, 2026\n\n## People\n\n| Name | Title | Contact | Notes |\n\
         | --- | --- | --- | --- |\n| Brandon Keele | District Manager | bkeele@hollisandpike.com | Would be my boss. |\n\
         | Lorraine Pettibone | Regional VP | — | Goes by Lo. |\n\n## Timeline\n\n\
         Also don't email Lorraine directly — Brandon said she doesn't like candidates going around him.\n",
    );
    assert_eq!(n.hands_off.as_ref().map(|r| r.named.clone()), Some(vec!["Lorraine Pettibone".to_owned()]));
    assert!(n.may_contact(person(&n, "Brandon Keele")));
    assert_eq!(person(&n, "Brandon Keele").email.as_deref(), Some("bkeele@hollisandpike.com"));
}

// Set 30: `not to email Dr. Adeyemi directly` ended at the stop after `Dr`, and so banned
// everyone; `please don't email or LinkedIn Philippe directly` (someone the note does not list)
// banned everyone too; and `ALL thank-you notes go through her: … (Nikhil is the exception)` sent
// everything through Nikhil.
#[test]
fn a_rule_about_one_person_bans_no_one_else() {
    let n = note(
        "---\ncompany: St. Agnes\ndate: 2026-11-30\npeople:\n  - Dr. Tunde Adeyemi, Medical Director\n\
         \x20 - Colleen Marsh, Nurse Recruiter\n  - Brent Olsen, Charge Nurse\n---\n\
         Colleen asked me not to email Dr. Adeyemi directly. She is strict about it.\n",
    );
    assert_eq!(n.hands_off.as_ref().map(|r| r.named.clone()), Some(vec!["Dr. Tunde Adeyemi".to_owned()]));
    assert!(n.may_contact(person(&n, "Brent Olsen")));

    let n = note(
        "---\ncompany: Ferreira Foods\ndate: 2026-11-30\npeople: [Ana Lima, Rui Costa]\n---\n\
         - please don't email or LinkedIn Philippe directly, he left on bad terms with them\n",
    );
    assert!(n.hands_off.is_none(), "{:?}", n.hands_off);
    // (A group after the capitalised word is still everyone: `Marrowstone people`.)
    let n = note(
        "---\ncompany: Marrowstone\ndate: 2026-11-30\npeople: [Ana Lima, Rui Costa]\n---\n\
         - Do not email Marrowstone people directly.\n",
    );
    assert!(n.hands_off.as_ref().is_some_and(|r| r.named.is_empty()), "{:?}", n.hands_off);

    let n = note(
        "---\ncompany: Quillon\ndate: 2026-11-30\npeople:\n  - Meredith Vance, Recruiter\n  - Nikhil Rao, Engineer\n\
         \x20 - Bart Jones, Manager\n---\n\
         Meredith: ALL thank-you notes go through her, don't email the panel directly (Nikhil is the \
         exception, we've emailed).\n",
    );
    let through = n.hands_off.as_ref().and_then(|r| r.through.as_deref());
    assert_eq!(n.passed_on_by.as_deref().or(through), Some("Meredith Vance"));
}

// Set 30: a line of tags under the things to clarify was "I don't think I explained #lateral-2026…".
#[test]
fn a_line_of_tags_is_nothing_to_clarify() {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-30\n---\n## Could have gone better\n\n\
         - I said the team was 12 people, it's 14.\n- #lateral-2026 #followup\n",
    );
    assert!(n.clarifications.iter().all(|c| !c.contains('#')), "{:?}", n.clarifications);
    assert_eq!(n.clarifications.len(), 1, "{:?}", n.clarifications);
}

// Set 29: "I enjoyed working through the wasn't in the panel with you."; and a promise under a
// heading of things forgotten was "forgot to mention Promised Lorna…".
#[test]
fn a_promise_under_things_forgotten_is_no_thing_forgotten() {
    let n = note(
        "---\ncompany: Harbor Lights\ndate: 2026-11-30\npeople:\n  - Dr. Lorna Beckwith, Executive Director\n---\n\
         ### What I got wrong / forgot\n- Promised Lorna a sample LOI.\n",
    );
    assert!(n.clarifications.iter().all(|c| !c.starts_with("forgot to mention")), "{:?}", n.clarifications);
}

// Set 29: "You have not exchanged email with anyone" and postal letters, though the note said
// `dwayne email is fine`, `jenna said email is fine for all`, `Thank-you emails to Lorna and
// Carlos (Lorna gave me his email: cmedina@…)`, `(emailed him my license copy last wk)`.
#[test]
fn the_note_says_whom_to_email_in_words_and_gives_an_address_in_passing() {
    let n = note(
        "---\ncompany: Hendricks\ndate: 2026-11-24\n---\n## ppl\n- gary hendricks - owner\n\
         - dwayne pruitt - field super. dpruitt@hendrickselectric.com (emailed him my license copy last wk)\n\
         - tina morales - office mgr. tmorales@hendrickselectric.com\n\n## todo\n\
         - gary does NOT do email.\n- tina email is fine\n",
    );
    assert!(person(&n, "Dwayne Pruitt").emailed, "(emailed him…)");
    assert!(person(&n, "Tina Morales").emailed, "tina email is fine");
    assert!(!person(&n, "Gary Hendricks").emailed);
    let n = note(
        "---\ncompany: Alder House\ndate: 2026-11-28\npeople:\n  - Odile Marchetti, Executive Chef <odile@alder.example>\n\
         \x20 - Graham Whitaker, GM\n  - Jenna Ruiz, Coordinator\n---\n\
         - thank you to odile + graham. jenna said email is fine for all, she'll pass to graham\n",
    );
    assert!(person(&n, "Odile Marchetti").emailed, "for all: those with an address");
    assert!(!person(&n, "Graham Whitaker").emailed && !person(&n, "Jenna Ruiz").emailed);
    let n = note(
        "---\ncompany: Harbor Lights\ndate: 2026-11-30\npeople:\n  - Lorna Beckwith, Executive Director\n\
         \x20 - Carlos Medina, Finance Manager\n  - Tamsin Reilly, Associate\n---\n### Next\n\
         - Thank-you emails to Lorna and Carlos (Lorna gave me his email: cmedina@harborlights.example). \
         Short note to Tamsin.\n- email Tamsin the LOI\n",
    );
    assert_eq!(person(&n, "Carlos Medina").email.as_deref(), Some("cmedina@harborlights.example"));
    assert!(person(&n, "Lorna Beckwith").emailed && person(&n, "Carlos Medina").emailed);
    assert!(person(&n, "Tamsin Reilly").emailed, "email Tamsin the LOI");
    assert_eq!(person(&n, "Lorna Beckwith").email, None, "his address is not hers");
}

// Set 32: letters to people who asked to be emailed or wrote first, and an address whose name has
// an accent left unclaimed.
#[test]
fn one_who_asked_to_be_emailed_or_wrote_first_is_emailed() {
    let n = note(
        "---\ncompany: Corvell\ndate: 2026-11-20\ninterviewers:\n  - Priscilla Nuñez, Deputy General Counsel\n\
         \x20 - Ben Ashworth, Controller <bashworth@corvell.example>\n  - Phil Haugen, Director\n\
         \x20 - Beverly Okonkwo, Director\n  - Sunita Rao, Editor\n  - Alicia Moreau, CFO\n---\n\
         - Contact: Priscilla said email her directly is fine — pnunez@corvell.example.\n\
         - [ ] Thank-you to Ben (he said email is fine)\n\
         - phil does his own hiring. said email him direct, no HR til offer stage\n\
         - Bev emailed me herself after the referral.\n\
         - Sunita will send the brief. She said email her with questions, but I shouldn't send Colin anything.\n\
         - Alicia said she doesn't read email.\n",
    );
    assert_eq!(person(&n, "Priscilla Nuñez").email.as_deref(), Some("pnunez@corvell.example"), "ñ is n");
    for name in ["Priscilla Nuñez", "Ben Ashworth", "Phil Haugen", "Beverly Okonkwo", "Sunita Rao"] {
        assert!(person(&n, name).emailed, "{name}");
    }
    assert!(!person(&n, "Alicia Moreau").emailed);
}

// Set 32: the partners were thanked directly though `**do not email the partners directly.**
// Thank-you notes go to Kelsey Moran, who forwards them. Anything substantive … goes through
// Miriam.` (the stop inside the bold, and the first one named); the CFO was thanked against `NO
// email to Alicia`; and `don't reach out to Joanne about offer/comp stuff … thank-you notes fine
// though` kept every interviewer from their thanks.
#[test]
fn whom_the_thanks_go_through_and_whom_they_do_not_go_to() {
    let head = "---\ncompany: Harlow Finch\ndate: 2026-11-17\nrecruiter: Miriam Sato\n\
                coordinator: Kelsey Moran — kmoran@harlowfinch.example\n---\n## Interviewers\n\
                - **Gregory Lindqvist** — Partner\n- **Alicia Moreau** — CFO\n- Lunch: **Hannah Cole** (2nd yr), associate\n\n## Rules\n";
    let n = note(&format!(
        "{head}- Miriam was explicit: **do not email the partners directly.** Thank-you notes go to Kelsey Moran, \
         who forwards them. Anything substantive (the correction) goes through Miriam.\n"
    ));
    assert_eq!(n.passed_on_by.as_deref(), Some("Kelsey Moran"), "{:?}", n.hands_off);
    assert_eq!(person(&n, "Kelsey Moran").email.as_deref(), Some("kmoran@harlowfinch.example"));
    assert_eq!(person(&n, "Hannah Cole").title, None, "a label and a year are no name or title");
    let n = note(&format!("{head}- Still no direct email to partners. Thank-yous → Kelsey.\n"));
    assert_eq!(n.passed_on_by.as_deref(), Some("Kelsey Moran"), "{:?}", n.hands_off);
    let n = note(&format!("{head}- [ ] NO email to Alicia — Miriam: \"the CFO doesn't get thank-yous\"\n"));
    assert_eq!(n.hands_off.as_ref().map(|r| r.named.clone()), Some(vec!["Alicia Moreau".to_owned()]));
    let n = note(&format!(
        "{head}- Kelsey after: pls don't reach out to Gregory about offer/comp stuff, all through her. thank-you notes fine though.\n"
    ));
    assert_eq!(n.hands_off, None);
}

// Set 32: `send thank-you to Lin, Marcus (…)` and `send did Dana get the certs?` listed to add
// in the letters, from a list headed `promised`.
#[test]
fn the_thanks_and_a_question_under_promised_are_no_thing_to_send() {
    let n = note(
        "---\ncompany: Hollis\ndate: 2026-11-19\ninterviewers:\n  - Lin Tran, Educator\n  - Joanne Kessler, Manager\n---\n\
         ## promised\n- [ ] send Lin my sepsis audit one-pager\n- [ ] thank-you to Joanne w/ short CRRT clarification\n\
         - [ ] did Dana get the certs? she said yes on the way up\n",
    );
    assert!(n.clarifications.iter().any(|c| c == "send Lin my sepsis audit one-pager"), "{:?}", n.clarifications);
    assert!(
        n.clarifications.iter().all(|c| !c.starts_with("send thank") && !c.starts_with("send did")),
        "{:?}",
        n.clarifications
    );
}

// Set 32: `### Lindqvist` over `- Liked that I ran the disclosure schedules…` was no one's, and
// the line was left for the user to place.
#[test]
fn a_heading_of_one_family_name_is_that_persons() {
    let n = note(
        "---\ncompany: Harlow Finch\ndate: 2026-11-17\n---\n## Interviewers\n\n1. **Gregory Lindqvist** — Partner, M&A\n\
         2. **Anita Deshpande** — Partner\n\n## Notes by interviewer\n\n### Lindqvist\n\
         - Liked that I ran the disclosure schedules alone as a 3rd year.\n\n### Deshpande\n- PE-heavy: management rollover.\n",
    );
    let h = n.highlights.iter().find(|h| h.text.contains("disclosure schedules")).expect("a highlight");
    assert_eq!(h.about, vec!["Gregory Lindqvist".to_owned()]);
}

// Set 32: `30-minute Zoom with Sunita Rao, Science Content Lead.` named no one, and the letter
// went to "the hiring team".
#[test]
fn whom_a_video_call_was_with_is_met() {
    let n = note(
        "+++\ncompany = \"Brightpath\"\ndate = 2026-11-20\nstage = \"intro call\"\n+++\n\n\
         30-minute Zoom with Sunita Rao, Science Content Lead. She liked my sample unit.\n",
    );
    assert_eq!(names_and_titles(&n), [("Sunita Rao", Some("Science Content Lead"))]);
}

// Set 32: Joanne, who led the panel, was thanked "for taking a moment to meet me" because `Dana …
// said hi to Joanne`.
#[test]
fn one_who_liked_something_was_not_met_in_passing() {
    let n = note(
        "---\ncompany: Hollis\ndate: 2026-11-19\n---\n## who\n- Joanne Kessler – Nurse Manager\n- Lin Tran – Educator\n\
         - Dana wasn't in the room but walked me up from the lobby & said hi to Joanne\n\n## went well\n\
         - Joanne liked the post-CABG tamponade story.\n",
    );
    assert!(
        !matches!(person(&n, "Joanne Kessler").did, Some(crate::model::Did::Greeted(_))),
        "{:?}",
        person(&n, "Joanne Kessler").did
    );
}

// Set 31: "As promised, here is a list of representative clients", sent before the conflicts
// check the promise waited on.
#[test]
fn a_promise_on_a_condition_is_listed_not_kept() {
    let n = note(
        "---\ncompany: Halvorsen\ndate: 2026-11-23\ninterviewers:\n  - Nathan Cole, Partner\n---\n## Notes\n\
         - Promised Nathan a list of representative clients once the conflicts check clears.\n",
    );
    let held = n.clarifications.iter().chain(n.unread.iter().map(|u| &u.text));
    assert!(
        held.clone().any(|c| c.contains("once the conflicts check clears")),
        "{:?} {:?}",
        n.clarifications,
        n.unread
    );
    assert!(n.clarifications.iter().all(|c| !c.starts_with("send ")), "{:?}", n.clarifications);
}

#[test]
fn one_who_called_late_is_no_highlight_but_one_who_called_my_plan_bold_is() {
    let n = note(
        "---\ncompany: Lumen Health\ndate: 2026-11-04\npeople:\n  - name: Caroline Osei\n    title: Technical Recruiter\n---\n\n\
         caroline called ~5 min late, apologized, very friendly. just her on the call, no HM.\n\n\
         Caroline called my synthesis plan bold.\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(texts, ["Caroline called my synthesis plan bold."]);
}

#[test]
fn a_to_do_and_a_sentence_after_a_comma_are_nobody() {
    let n = note(
        "+++\ndate = 2026-11-16\ncompany = \"St. Brigid's\"\ninterviewers = [\"Kofi - infusion nurse manager\"]\n+++\n\n\
         **Kofi**\n- nursing side, asked how I handle pushback when a nurse wants a dose faster. he nodded a lot\n\n\
         TODO\n- [ ] refs list ready, NOT current manager\n",
    );
    assert_eq!(names(&n), ["Kofi"]);
}

#[test]
fn a_front_matter_entry_tagged_as_a_referral_helped_and_a_guessed_title_is_none() {
    let n = note(
        "---\ncompany: Orbit Maps\ndate: 2026-11-18\npeople:\n  - name: Tobias Lindqvist\n    title: Research Manager\n\
         \x20 - name: priyanka (referral)\n    title: friend from grad school, Sr Designer there — NOT on the call\n\
         \x20 - name: Jin\n    title: \"PM? or maybe eng lead — wasn't clear\"\n---\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Tobias Lindqvist", Some("Research Manager")),
            ("Priyanka", Some("friend from grad school, Senior Designer there")),
            ("Jin", None)
        ]
    );
    let priyanka = person(&n, "Priyanka");
    assert_eq!((priyanka.kind(), priyanka.role.as_deref()), (Kind::Helper, Some("referrer")));
}

#[test]
fn a_title_in_brackets_may_offer_two_and_the_first_is_theirs() {
    let n = note(
        "---\ncompany: Hearth and Vine\ndate: 2026-11-10\n---\n\nwent in at 2:30 between lunch & dinner. Sat at the bar. \
         Marguerite Okafor (exec chef / culinary director for the group, all 3 spots) and a guy named Luis. Luis didn't say much\n",
    );
    assert_eq!(names_and_titles(&n)[0], ("Marguerite Okafor", Some("Executive Chef")));
}

#[test]
fn an_inline_field_of_links_lists_one_person_a_link() {
    let n = note(
        "# Halvorsen — onsite\n\ndate:: 2026-11-19\ncompany:: [[Halvorsen Engineering]]\n\
         interviewers:: [[Grant Whitaker|Grant]], [[Sunita Mehra]], [[Owen P.]], [[Bri]]\n",
    );
    assert_eq!(names(&n), ["Grant Whitaker", "Sunita Mehra", "Owen P.", "Bri"]);
    assert_eq!(n.company.as_deref(), Some("Halvorsen Engineering"));
    // (Set 34: `referral:: [[Natalie Cho|Nat]]` was "Nat", who referred you, beside "Natalie Cho",
    // met, from the callout listing her: one friend, two messages.)
    let n = note(
        "# Whitfield — interview\n\ndate:: 2026-11-24\nwith:: [[Ruth Abernathy]]\nreferral:: [[Natalie Cho|Nat]]\n\n\
         > [!info] People\n> - [[Ruth Abernathy]] — Executive Director\n\
         > - [[Natalie Cho|Nat]] — grad school friend, used to intern here, sent Ruth my CV\n",
    );
    assert_eq!(names(&n), ["Ruth Abernathy", "Natalie Cho"]);
    assert_eq!(person(&n, "Natalie Cho").role.as_deref(), Some("referrer"));
}

#[test]
fn sentences_under_a_heading_of_people_are_no_names_written_wrong() {
    let out = extract_text(
        "# Halvorsen — onsite\n\ndate:: 2026-11-19\ncompany:: Halvorsen Engineering\n\n## Panel\n\
         - Sunita asked about stakeholder mtgs. told the story of the angry neighborhood assoc. she laughed\n\
         - asked me to walk thru a HEC-RAS model on their laptop, went fine, their version is older than mine\n\
         - the one from Tacoma ???\n",
    );
    let warned: Vec<&str> = out.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(warned, ["cannot read a name from `the one from Tacoma ???` under `Panel`"]);
}

#[test]
fn an_assistant_whose_address_the_note_gives_has_written_to_you() {
    let n = note(
        "Company: North Shore Food Bank\nDate: November 12, 2026\nType: Panel (Zoom)\n\
         Scheduled by: Kayleigh Moss (Executive Assistant to the CEO) — kayleigh.moss@northshorefoodbank.org\n\
         Interviewers: Gloria Hendricks (CEO), Sam Oyelaran (CFO)\n",
    );
    let kayleigh = person(&n, "Kayleigh Moss");
    assert!(kayleigh.emailed && kayleigh.kind() == Kind::Helper, "{kayleigh:?}");
}

#[test]
fn one_introduced_by_name_and_a_friend_who_got_you_in_are_read() {
    let n = note(
        "---\ncompany: Hearth and Vine\ndate: 2026-11-10\n---\n\nwent in at 2:30 between lunch & dinner. Sat at the bar. \
         Marguerite Okafor (exec chef / culinary director for the group, all 3 spots) and a guy named Luis, GM of the Elm \
         St location. Luis didn't say much\n\nGot here thru Jamie (my old line cook buddy, works pastry there now). \
         Jamie put in a word with Marguerite.\n\nGot here through LinkedIn too, in a way.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Marguerite Okafor", Some("Executive Chef")), ("Luis", Some("GM")), ("Jamie", None)]
    );
    assert_eq!(person(&n, "Jamie").role.as_deref(), Some("referrer"));
}

#[test]
fn one_talked_to_whose_title_the_writer_is_unsure_of_is_met_in_their_role() {
    let n = note_at(
        "marlowe-hospitality/2026-11-03-phone-screen.md",
        "# Marlowe Hospitality - call w/ recruiter 11/3\n\ntalked to sheila (talent/recruiting for the whole group, \
         not sure of her exact title, \"people team\"). 20 min, she called me on my break. just her on the call\n\n\
         she emailed me from sheila@marlowehospitality.com, so have that\n",
    );
    assert_eq!(names_and_titles(&n), [("Sheila", None)]);
    let sheila = person(&n, "Sheila");
    assert_eq!(
        (sheila.role.as_deref(), sheila.email.as_deref()),
        (Some("recruiter"), Some("sheila@marlowehospitality.com"))
    );
    assert!(sheila.emailed);
}

#[test]
fn who_was_there_over_one_person_a_hurried_line() {
    let n = note_at(
        "hearth-and-vine-group/2026-11-18-stage.md",
        "stage - hearth & vine, elm st - 11/18 (wed)\n\n4pm-10pm, longer than they said lol\n\nwho was there:\n\
         marguerite (on and off, she was bouncing between locations)\n\
         rafa - sous at elm st, leaving in jan, he's the one I'd replace I think\n\
         \"Big Tom\" - grill, lead line cook. never got his last name\nluis (GM) stopped by the pass a couple times\n\n\
         she gave me her email finally!! marguerite@hearthandvine.com - said \"ok you can email me directly now\"\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Marguerite", None), ("Rafa", Some("Sous Chef")), ("Tom", Some("Lead Line Cook"))]
    );
    assert_eq!(passing(&n), ["Luis"], "stopped by the pass a couple times");
    assert_eq!(person(&n, "Luis").title.as_deref(), Some("GM"));
    assert!(person(&n, "Marguerite").emailed, "she said to email her");
}

#[test]
fn a_slip_the_writer_lets_go_is_set_straight_in_no_letter() {
    let n = note(
        "---\ncompany: Pacific Crest Air\ndate: 2026-11-24\npeople:\n  - Hannah Brooks, Director\n---\n\n\
         didn't really get anything wrong this time? I think I said I've been at my airline 6 yrs — it's 5 and a half. \
         nbd. skip it.\n",
    );
    assert!(n.clarifications.is_empty(), "{:?}", n.clarifications);
    // Set 35: "I'd like to correct one thing from our conversation. I said I'd managed a team…".
    let n = note(
        "---\ncompany: Marsh & Oyelaran LLP\ndate: 2026-11-10\npeople:\n  - Denise Huang, Paralegal Manager\n---\n\n\
         **Mistake:** I said I'd \"managed a team\" at Fenwright. It was really one junior paralegal + a rotating case \
         assistant. Not a lie but inflated. If it comes up again, be precise.\n",
    );
    let kinds: Vec<_> = n.clarifications.iter().map(|c| crate::letters::voice::clarification_kind(c)).collect();
    assert!(kinds.iter().all(|k| *k == crate::letters::voice::ClarifyKind::Private), "{:?}", n.clarifications);
}

// Set 34: `No emails for either — Priyanka said to just reply to her invite thread and she'd
// forward` left Priyanka a card and Derek and Wen letters by post, the check-in told to go "through
// the channel you have been using".
#[test]
fn one_whose_thread_to_reply_to_has_written_and_passes_the_thanks_on() {
    let n = note(
        "+++\ncompany = \"First Meridian Bank\"\ndate = 2026-11-13\ninterviewers = [\n  { name = \"Derek Aldana\", title = \"Manager\" },\n\
         \x20 { name = \"Wen Li\", title = \"Senior Data Analyst\" },\n]\ncoordinator = \"Priyanka Shah\"\n+++\n\n\
         60 min, Teams. Derek + Wen. No emails for either — Priyanka said to just reply to her invite thread and she'd forward.\n",
    );
    assert!(person(&n, "Priyanka Shah").emailed);
    assert!(!person(&n, "Derek Aldana").emailed);
    assert_eq!(n.passed_on_by.as_deref(), Some("Priyanka Shah"));
}

// Set 35 (Harriet): `## the panel (Fri 11/20, 1:00–2:15, meeting room B)` was no list of people,
// so Nate was no one; `## panel qs, quick notes` was, so `*teen programming*: DeShawn asked…` was
// "Dear Teen"; `HR said send ONE email to Nate and he'll distribute to the panel` routed nothing,
// and `promised DeShawn the link… that I mentioned` was no promise.
#[test]
fn a_panel_heading_says_when_hr_routes_the_thanks_and_a_promise_says_the_reader_heard_of_it() {
    let n = note(
        "---\ncompany: Linden Hill Public Library\ndate: 2026-11-20\n---\n\
         ## the panel (Fri 11/20, 1:00–2:15, meeting room B)\n\
         - **Grace Whitfield**, Youth Services Coordinator, again. friendly\n\
         - **DeShawn Ortiz**, teen services librarian. super nice\n\
         - Nate from HR was there at the start to explain the process (still don't know his last name, he didn't say)\n\n\
         ## panel qs, quick notes\n\
         - *teen programming*: DeShawn asked how I'd support teen services. He seemed into it\n\n\
         > [!todo]\n\
         > - [ ] thank-you — this time HR said send ONE email to Nate and he'll distribute to the panel. His email's in the calendar invite\n\
         > - [ ] promised DeShawn the link to the **middle school bridge** program from Multnomah County that I mentioned\n",
    );
    assert_eq!(names(&n), ["Grace Whitfield", "DeShawn Ortiz", "Nate"]);
    assert_eq!(person(&n, "Nate").role.as_deref(), Some("coordinator"));
    assert!(person(&n, "Nate").emailed);
    assert_eq!(n.passed_on_by.as_deref(), Some("Nate"));
    assert!(
        n.clarifications.contains(
            &"send DeShawn the link to the middle school bridge program from Multnomah County that I mentioned"
                .to_owned()
        ),
        "{:?}",
        n.clarifications
    );
}

// Set 35 (Leila): `Marcy ? (lead tech — last name maybe Dunleavy? check)` was no one; `Carla said
// just send it to her (Carla) and she'll forward` routed nothing; `Email came from cmendes@…` was
// no mail from Carla; `said I'd send a blank copy` promised "a blank copy" to someone else.
#[test]
fn a_doubted_surname_a_speaker_who_forwards_and_a_copy_of_what_was_asked_to_see() {
    let n = note(
        "---\ncompany: Riverbend Animal Hospital\ndate: 2026-11-12\nwho:\n  - Dr. Aisha Bright (hospital director)\n\
         \x20 - Marcy ? (lead tech — last name maybe Dunleavy? check)\n  - Carla Mendes (practice mgr) at the end\n---\n\
         ## followups\n\
         - thank you email to Dr. Bright — Carla said just send it to her (Carla) and she'll forward, Dr. Bright doesn't really do email lol\n\
         - Marcy said she'd love to see my anesthesia monitoring sheet I made at Westside — said I'd send a blank copy. **do this, scrub patient info**\n",
    );
    assert_eq!(names_and_titles(&n)[1], ("Marcy", Some("Lead Tech")));
    assert_eq!(n.passed_on_by.as_deref(), Some("Carla Mendes"));
    assert!(person(&n, "Carla Mendes").emailed, "the thanks go to her by email");
    assert!(!person(&n, "Dr. Aisha Bright").emailed);
    assert!(
        n.clarifications.contains(&"send Marcy a blank copy of my anesthesia monitoring sheet".to_owned()),
        "{:?}",
        n.clarifications
    );
    let n = note(
        "---\ncompany: Riverbend Animal Hospital\ndate: 2026-11-04\nwho: Carla Mendes, practice manager\n---\n\
         She's going to email me some dates. Email came from cmendes@riverbendvet.com\n\n\
         - [ ] send Carla copy of my CVT license + the RVT reciprocity letter (she asked, I said I'd send tonight)\n\
         - [ ] thank-you note to Grace. She said email is fine: gwhitfield@lindenhillpl.org\n",
    );
    assert!(person(&n, "Carla Mendes").emailed, "a mail came from her address");
    assert!(
        n.clarifications.contains(&"send Carla a copy of my CVT license and the RVT reciprocity letter".to_owned()),
        "{:?}",
        n.clarifications
    );
    // (Set 36: `he sent the invite from mike.pratt@brightlinefc.com`.)
    let n = note(
        "---\ncompany: Brightline\ndate: 2026-11-18\npeople:\n  - Mike Pratt, Site Manager <mike.pratt@brightlinefc.com>\n---\n\n\
         he sent the invite from mike.pratt@brightlinefc.com so prob Pratt\n",
    );
    assert!(person(&n, "Mike Pratt").emailed, "the invite came from his address");
    // (Set 35: `She said` with its capital was no one who said email is fine.)
    let n = note(
        "---\ncompany: Linden Hill\ndate: 2026-11-06\npeople:\n  - Grace Whitfield, Youth Services Coordinator\n---\n\
         > [!todo] Follow-ups\n> - [ ] thank-you note to Grace. She said email is fine: gwhitfield@lindenhillpl.org\n",
    );
    assert!(person(&n, "Grace Whitfield").emailed);
}

// Set 35 (Oskar): the list under `Interview was 3 people in a conf room…:` was read as no one's
// (`Pete something`, `HR lady, Tamika, …`), so Tamika's rule routed nothing; `she liked that a
// lot` after the story it liked pointed elsewhere; `decision "before thanksgiving"` set no day.
#[test]
fn a_counted_list_of_people_what_that_was_and_a_holiday_named() {
    let n = note_at(
        "northgate-facilities/2026-11-17-onsite.md",
        "Northgate Facilities — in-house maintenance electrician, Tues 11/17\n\n\
         Interview was 3 people in a conf room in the basement of bldg C:\n\
         - Sharon Akers, facilities director (she's the boss)\n\
         - Pete something - \"lead electrician\" - older guy, retiring in spring\n\
         - HR lady, Tamika, joined on teams, she was the one who emailed me originally (tamika.ross@northgatefm.com) and set this up\n\n\
         Sharon asked the behavioral type stuff. tell me about a time you found a safety issue etc. i told the story about the \
         mislabeled panel at the ramp job and locking it out before anyone got hurt. she liked that a lot, wrote stuff down\n\n\
         next steps - Tamika said decision \"before thanksgiving\". She said to send any thank yous to her and she'll pass them on, \
         don't email sharon direct. ok\n\n\
         i promised pete i'd send him the link to that ATS training video series from the IBEW site i mentioned — find it.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Sharon Akers", Some("Facilities Director")), ("Pete", Some("Lead Electrician")), ("Tamika", None)]
    );
    assert!(person(&n, "Tamika").emailed);
    assert_eq!(n.passed_on_by.as_deref(), Some("Tamika"));
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(
        texts.contains(&"Sharon liked the story about the mislabeled panel at the ramp job and locking it out before anyone got hurt"),
        "{texts:?}"
    );
    // (Before Thanksgiving is by the Wednesday before it; the holiday and the Friday are days off.)
    assert_eq!(n.decision_by, Some("2026-11-25".parse().unwrap()));
    assert_eq!(n.days_off, ["2026-11-26".parse().unwrap(), "2026-11-27".parse().unwrap()]);
    assert!(
        n.clarifications.contains(
            &"send Pete the link to that ATS training video series from the IBEW site i mentioned".to_owned()
        ),
        "{:?}",
        n.clarifications
    );
}

// Set 35 (Oskar): `a guy named ray who's their field super or gen foreman, wasnt clear` was no
// one, so the check-in went to the team; `i told ray i'd send over my OSHA 30 card + the MN
// license #` was no promise.
#[test]
fn a_hurried_name_introduced_who_will_call_and_what_was_promised_him() {
    let n = note_at(
        "kessler-electric/2026-11-09-interview.md",
        "kessler electric - mon nov 9, at their shop on rice st\n\n\
         met w/ dale kessler (owner) and a guy named ray who's their field super or gen foreman, wasnt clear. ray did most of the talking.\n\n\
         next - ray said he'd call by end of week (fri the 13th).\n\
         i told ray i'd send over my OSHA 30 card + the MN license # - do that tonight.\n",
    );
    assert_eq!(names_and_titles(&n), [("Dale Kessler", Some("Owner")), ("Ray", None)]);
    assert_eq!(n.answers.as_deref(), Some("Ray"));
    assert!(
        n.clarifications.contains(&"send Ray my OSHA 30 card and the MN license number".to_owned()),
        "{:?}",
        n.clarifications
    );
}

// Set 35 (Rafael): `I explained how I cut OT by ~20%… She typed a lot at this point` was no
// highlight; `Send upsell one-pager to Melissa` no promise; the position kept the writer's
// `(posting says "Front Desk Manager")`; `Jorge's assistant Kim` was no one, and `Kim said to send
// it to her and she'll print it for him` routed nothing.
#[test]
fn what_was_told_then_how_it_was_taken_a_to_do_said_backwards_and_the_posting_s_title() {
    let n = note(
        "# The Alder Hotel – HR Screen\n\nCompany: The Alder Hotel\nDate: November 5, 2026 11:00 AM (PST)\n\
         Interviewer: Melissa Tran (Talent Acquisition Specialist)\n\n## What she asked\n\n\
         - Scheduling/labor: I explained how I cut OT by ~20% with the forecast-based scheduling. She typed a lot at this point\n\n\
         <aside>\n✅ To do\n- Send upsell one-pager to Melissa\n\n</aside>\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Melissa took a real interest when I explained how I cut OT by ~20% with the forecast-based scheduling"]
    );
    assert!(n.clarifications.contains(&"send Melissa the upsell one-pager".to_owned()), "{:?}", n.clarifications);
    let n = note(
        "# Harborview Suites – Phone/Video Interview\n\nCompany: Harborview Suites by Marriott\nDate: November 23, 2026\n\
         Interviewers: Jorge Villalobos (General Manager)\nRole: Front Desk / Front Office Manager (posting says \"Front Desk Manager\")\n\n\
         Jorge's assistant Kim set up the Teams call.\n\n\
         - Thank-you email to Jorge; Kim said to send it to her and she'll print it for him, he doesn't read email much lol.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Front Desk Manager"));
    assert_eq!(person(&n, "Kim").role.as_deref(), Some("assistant"));
    assert_eq!(n.passed_on_by.as_deref(), Some("Kim"));
    assert!(person(&n, "Kim").emailed, "the thank-you email goes to her");
}

// Set 35 (Yuki): `contact = "Brennan Cole (Lexbridge Legal Staffing)"` and `Brennan Cole from
// Lexbridge (agency recruiter…)` were one "Lexbridge"; `send through Brennan per his rule, he'll
// forward` named one the note did not list; `No second round.` was a second round; the
// `**Follow-up:**` list ran on under `**Next steps:**`, `Martina confirmed she's OK as a
// reference` being a step; `Mention in the thank-you that I've started the Everlaw free training`
// went nowhere.
#[test]
fn an_agency_s_recruiter_one_to_go_through_unlisted_and_news_for_the_letter() {
    let n = note(
        "+++\ndate = 2026-11-03\ncompany = \"Marsh & Oyelaran LLP\"\ncontact = \"Brennan Cole (Lexbridge Legal Staffing)\"\n+++\n\n\
         Call with Brennan Cole from Lexbridge (agency recruiter, not in-house). He reached out on LinkedIn last week and then \
         emailed from bcole@lexbridgestaffing.com. ~20 min.\n",
    );
    assert_eq!(names(&n), ["Brennan Cole"]);
    assert_eq!(person(&n, "Brennan Cole").role.as_deref(), Some("recruiter"));
    assert!(person(&n, "Brennan Cole").emailed);
    let n = note(
        "+++\ndate = 2026-11-10\ncompany = \"Marsh & Oyelaran LLP\"\nstage = \"first-round\"\ninterviewers = [\"Denise Huang (Paralegal Manager)\"]\n+++\n\n\
         In person at their office.\n\n**Next steps:**\n- Denise said final step is a short meeting with the other partner on the team, Ruth Marsh, probably the week after Thanksgiving.\n- Everything still goes through Brennan.\n\n\
         **Follow-up:**\n- Thank-you to Denise — send through Brennan per his rule, he'll forward.\n\
         - Martina confirmed she's OK as a reference. Still need a second one — ask Joel?\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Brennan"));
    assert_eq!(person(&n, "Brennan").kind, Some(Kind::Helper));
    let steps: Vec<&str> = n.steps.iter().map(|s| s.what.as_str()).collect();
    assert_eq!(steps, ["final round"]);
    let n = note(
        "+++\ndate = 2026-11-19\ncompany = \"Delgado Whitcombe PC\"\ninterviewers = [\"Sofia Delgado (Shareholder)\", \"Peter Lam (Senior Associate)\", \"Aimee Roark (Office Administrator)\"]\n+++\n\n\
         Panel of three on Zoom.\n\n**Peter Lam** — senior associate; I would mostly work with him.\n\
         - He mentioned they're on a smaller review platform, not Relativity — Everlaw, I think.\n\n\
         **Next:** Aimee said they're deciding by Dec 4. No second round.\n\n\
         **To do:**\n- Thank-you email to all three. Aimee said it's fine to email her and she'll share it with Sofia and Peter.\n\
         - Mention in the thank-you that I've started the Everlaw free training (do it first!)\n",
    );
    assert!(n.steps.iter().all(|s| !s.what.contains("second")), "{:?}", n.steps);
    assert_eq!(n.passed_on_by.as_deref(), Some("Aimee Roark"));
    let news = "forgot to mention that I've started the Everlaw free training";
    assert!(n.clarifications.contains(&news.to_owned()), "{:?}", n.clarifications);
    assert_eq!(n.clarified_with.get(news).map(String::as_str), Some("Peter Lam"));
}

// Set 36 (Hector): `talked to a lady named brenda something (ruiz? rios?) from HR` and `Call with
// Shauna Hollis.` named no one; `derek faulk = operations manager.` and `a shift lead named Tony`
// neither; `its COLD` made the company "Northgate COLD Storage"; `send to brenda @ the hr email
// and ask her to forward to derek + tony` routed nothing.
#[test]
fn hurried_names_with_their_jobs_and_the_one_the_thanks_are_sent_to() {
    let n = note_at(
        "northgate-cold-storage/2026-11-04-phone-screen.md",
        "northgate cold storage - phone call 11/4\n\ntalked to a lady named brenda something (ruiz? rios?) from HR. went ok\n",
    );
    assert_eq!(names(&n), ["Brenda"]);
    assert_eq!(person(&n, "Brenda").role.as_deref(), Some("coordinator"));
    let n = note_at(
        "prairie-claims-group/2026-11-17-phone-screen.md",
        "+++\ntitle = \"Prairie Claims Group - phone screen\"\ndate = 2026-11-17\ncompany = \"Prairie Claims Group\"\n+++\n\n\
         Quick notes.\n\nCall with Shauna Hollis. She found my resume on Indeed.\n",
    );
    assert_eq!(names(&n), ["Shauna Hollis"]);
    let n = note_at(
        "northgate-cold-storage/2026-11-11-onsite.md",
        "northgate onsite w/ derek - 11/11\n\n\
         derek faulk = operations manager. big guy. also met a shift lead named Tony who showed me the freezer side (its COLD, like -10)\n\n\
         next\n- derek said he has 2 more ppl to see this week\n\n\
         thank you note - send to brenda @ the hr email and ask her to forward to derek + tony. keep it short\n",
    );
    assert_eq!(n.company.as_deref(), Some("Northgate Cold Storage"));
    assert_eq!(
        names_and_titles(&n),
        [("Derek Faulk", Some("Operations Manager")), ("Tony", Some("Shift Lead")), ("Brenda", None)]
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Brenda"));
    assert!(person(&n, "Brenda").emailed, "at the HR address");
}

// Set 36: `Thank you to Nathan, ask him to forward to Gail`, `Paul said just send to Jolene and
// she'll pass them along` (Jolene listed in another note: was Paul), `Marisol said follow-ups
// should go through Alexis, not directly to her … Don't email Marisol directly` (Marisol and Ben
// had no message at all).
#[test]
fn the_one_the_thanks_are_handed_to_not_the_one_they_are_for() {
    let n = note(
        "---\ncompany: Keystone Mutual\ndate: 2026-11-10\npeople:\n  - Gail Pemberton, Property Claims Manager\n  - Nathan Cho, Recruiter <nathan.cho@keystonemutual.com>\n---\n\n\
         - Thank you to Nathan, ask him to forward to Gail.\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Nathan Cho"));
    let n = note(
        "---\ncompany: Lakeshore Rehab\ndate: 2026-11-13\npeople:\n  - Dr. Paul Okafor, Clinic Director\n  - Kayla Brandt, Senior PT\n---\n\n\
         - Thank-yous: Paul said just send to Jolene and she'll pass them along, since he doesn't check email much.\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Jolene"));
    assert_eq!(person(&n, "Jolene").kind, Some(Kind::Helper));
    let n = note(
        "---\ncompany: Meridian Hotels\ndate: 2026-11-12\npeople:\n  - Marisol Greer, Director of Events\n  - Ben Achterberg, Catering Sales Manager\n---\n\n\
         📌 Marisol said follow-ups should go through Alexis, not directly to her — \"Alexis keeps the file.\" Don't email Marisol directly.\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Alexis"));
    assert!(n.hands_off.is_none(), "the rule is the contact's to carry: {:?}", n.hands_off);
}

// Set 36: `Noor had already sent June my portfolio so she'd looked at it. Loved the garden
// reception I did for the Okonkwo family.` and `- the vacant-lot land bank thing (Renata loved
// this, said nobody's touched it since 2023)` were listed, and their letters recalled nothing.
#[test]
fn a_sentence_without_its_subject_and_a_thing_with_who_loved_it_in_brackets() {
    let n = note(
        "---\ncompany: Tallow & Fern\ndate: 2026-11-20\npeople:\n  - June Abernathy, Owner\n  - Noor, referrer\n---\n\n\
         - Noor had already sent June my portfolio so she'd looked at it. Loved the garden reception I did for the Okonkwo family.\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(texts, ["June liked the garden reception I did for the Okonkwo family."]);
    let n = note(
        "---\ncompany: Harbor City Ledger\ndate: 2026-11-09\npeople:\n  - Renata Coyle, Metro Editor\n---\n\n\
         ## What they asked\n- pitch 3 stories I'd do in the first 90 days\n\
         \x20 - the vacant-lot land bank thing (Renata *loved* this, said nobody's touched it since 2023)\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(texts, ["Renata liked the vacant-lot land bank thing"]);
}

// Set 35 (Yuki): `In Graham's note, mention TrialDirector + the Baines verdict again briefly`, a
// plan for one person's letter, went nowhere; it is now that person's, to be listed for them.
#[test]
fn a_plan_line_for_one_person_s_message_is_theirs() {
    let people = "---\ncompany: Acme\ndate: 2026-11-20\n---\n## People\n- Graham Ode, Managing Partner\n- Lucy Tran, Senior Paralegal\n\n## Follow-up\n";
    for (line, whose) in [
        ("- In Graham's note, mention TrialDirector + the Baines verdict again briefly", "Graham Ode"),
        ("- Mention the exhibit index in Lucy's email.", "Lucy Tran"),
        ("- in the letter to lucy: bring up the binder tabs", "Lucy Tran"),
        ("- In Ode's card, say the Baines verdict was mine", "Graham Ode"),
    ] {
        let n = note(&format!("{people}{line}\n"));
        let plain = line.trim_start_matches("- ");
        assert!(n.clarifications.iter().any(|c| c == plain), "{line}: {:?}", n.clarifications);
        assert_eq!(n.clarified_with.get(plain).map(String::as_str), Some(whose), "{line}");
    }
    // Not a plan for a message: someone's note, a letter of reference.
    for line in ["- Graham's note on my draft was kind", "- In Lucy's team, mention of overtime was frequent"] {
        let n = note(&format!("{people}{line}\n"));
        assert!(n.clarified_with.is_empty(), "{line}: {:?}", n.clarified_with);
    }
}

// Set 37 (Silas): a county's oral board under `## The board`, after a paragraph that introduces
// the list, was nobody (the coordinator alone was thanked); `Tamika said to send any thank-you to
// her and she'll put it in the file, NOT to the panel directly` routed nothing; `Sit-along … is
// the last step before conditional offer` made the board the last step ("I understand you are
// close to a decision").
#[test]
fn an_oral_board_its_coordinator_s_file_and_a_later_last_step() {
    let n = note(
        "---\ncompany: Halvorsen County ECC\ndate: 2026-11-05\nstage: oral board\n---\n\
         > Scheduled by **Tamika Greer**, Training Coordinator — she emailed from tgreer@halvorsencounty.gov.\n\n\
         ## The board\nThree people at a long table, each took a turn reading questions.\n\
         - **Lt. Ray Castellano** — Operations Manager / shift lieutenant? He introduced himself as \"Ray, I run B shift.\"\n\
         - **Joanne Pettit** — Communications Training Officer (CTO), 19 yrs on the floor\n\
         - **Sgt. Dale Imhoff** — from the Sheriff's office, sits on boards as the law enforcement rep\n\n\
         ## Next steps\n- Background investigation + polygraph if I pass the board.\n\
         - Sit-along (4 hrs on the floor, observe) is the last step before conditional offer.\n\
         - Tamika said to send any thank-you to her and she'll put it in the file, NOT to the panel directly.\n",
    );
    assert_eq!(names(&n), ["Lt. Ray Castellano", "Joanne Pettit", "Sgt. Dale Imhoff", "Tamika Greer"]);
    assert_eq!(n.passed_on_by.as_deref(), Some("Tamika Greer"));
    assert_ne!(n.process_position, Some(crate::model::ProcessPosition::End));
    // The list of a people section after a paragraph about the meeting is still notes of it.
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-05\n---\n## Panel\n- Ana Souza, CTO\n\nIt went well overall.\n\n- Weak: asked about backups\n",
    );
    assert_eq!(names(&n), ["Ana Souza"]);
}

// Set 37 (Jonah): `recruiting coord is **Becca Lindqvist** - she's the one who emailed the
// invite…` was "Becca", met by card; the two under `**HR part** - 2 ppl` and the two under
// `**who**` (`sim instructor: Ken Watabe (check airman? …)` was "Dear Sim,") were not read.
#[test]
fn people_listed_after_their_jobs_and_under_a_count_without_a_colon() {
    let n = note_at(
        "cascadia-air/2026-11-06-hr-interview.md",
        "# cascadia air - FO interview day 1 (HR + tech)\n\nnov 6. PDX training center.\n\n\
         recruiting coord is **Becca Lindqvist** - she's the one who emailed the invite from pilotrecruiting@cascadiaair.com. \
         she met the group of us in the lobby.\n\n\
         **HR part** - 2 ppl\n- Marisol ?? (HR generalist? didn't catch last name)\n\
         - a line captain, Capt. Derek Haun, ERJ-175 captain, also does interviews apparently\n\n\
         **to do**\n- thank you to becca (she said just reply to the invite thread, she'll forward to derek)\n",
    );
    assert_eq!(names(&n), ["Marisol", "Capt. Derek Haun", "Becca Lindqvist"]);
    assert_eq!(person(&n, "Becca Lindqvist").role.as_deref(), Some("coordinator"));
    assert!(person(&n, "Becca Lindqvist").emailed);
    let n = note_at(
        "cascadia-air/2026-11-19-sim-eval.md",
        "# cascadia sim eval + capt interview\n\nnov 19, same bldg.\n\n**who**\n\
         - sim instructor: Ken Watabe (check airman? or just sim instructor, not sure which)\n\
         - captain acting as PF/PM: Capt. Anna Rourke - actually line captain, super chill\n\
         - becca again at the start, just for check-in\n",
    );
    assert_eq!(names(&n), ["Ken Watabe", "Capt. Anna Rourke", "Becca"]);
    assert_eq!(person(&n, "Becca").role.as_deref(), Some("coordinator"));
    assert_eq!(person(&n, "Ken Watabe").title.as_deref(), Some("Sim Instructor"));
    assert_eq!(person(&n, "Capt. Anna Rourke").title.as_deref(), Some("Line Captain"));
}
// Set 37 (Nadia): `Dr. Mendez asked for a sample progress report — de-identified. Said I'd send by
// Monday.` under `## Promises` was pasted as "send dr. Mendez asked for…"; the correction under
// `## What I got wrong / want to fix` went nowhere; `Maybe the best interview I've had this
// round.` under `## Next` was a next interview.
#[test]
fn a_promise_of_what_was_asked_for_a_heading_of_two_names_and_a_verdict_under_next() {
    let n = note(
        "---\ncompany: Lakeshore USD\ndate: 2026-11-13\n---\n**Who was there**\n\
         - Dr. Lorena Mendez — Director of Special Education. She led.\n\n\
         ## What I got wrong / want to fix\n\
         - I said I'd \"never\" worked with a kid who stutters in a school setting. Not true — I did the fluency group. Mention it in the thank-you.\n\n\
         ## Promises\n- Dr. Mendez asked for a sample progress report — de-identified. Said I'd send by Monday.\n\n\
         ## Next\n- Reference checks next week.\n\nOverall: felt good. Maybe the best interview I've had this round.\n",
    );
    assert!(
        n.clarifications.contains(&"send Dr. Mendez a sample progress report".to_owned()),
        "{:?}",
        n.clarifications
    );
    assert!(n.clarifications.iter().any(|c| c.contains("kid who stutters")), "{:?}", n.clarifications);
    let steps: Vec<&str> = n.steps.iter().map(|s| s.what.as_str()).collect();
    assert!(!steps.iter().any(|s| s.contains("interview")), "{steps:?}");
}

// Set 37 (Beatriz): nobody was read under `**In the room**` (`Martin again (led it)`, `Anjali Das
// — landscape designer, ~4 yrs in, very good at grading`, `Helen came in for the last 30 min.`),
// so `Martin asked how I'd run the first community meeting. I talked about starting with a walk
// of the site, not a presentation. He nodded a lot.` was no one's.
#[test]
fn who_was_in_the_room_by_given_names_and_what_one_of_them_took_to() {
    let n = note(
        "+++\ndate = 2026-11-17\ncompany = \"Thornbury Design Collaborative\"\n+++\n\n\
         **In the room**\n- Martin again (led it)\n- Anjali Das — landscape designer, ~4 yrs in, very good at grading\n\
         - Helen came in for the last 30 min.\n\n\
         **How it went**\n- Martin asked how I'd run the first community meeting. I talked about starting with a walk of the site, \
         not a presentation. He nodded a lot.\n\n\
         **Next**\n- Thank-you: one note to Chloe to pass to everyone, and a personal one to Kenji regardless.\n",
    );
    assert_eq!(names(&n), ["Martin", "Anjali Das", "Chloe"]);
    assert_eq!(passing(&n), ["Helen"]);
    assert_eq!(n.passed_on_by.as_deref(), Some("Chloe"), "one the note does not list, who helps");
    assert_eq!(person(&n, "Anjali Das").title.as_deref(), Some("Landscape Designer"));
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Martin responded well when I talked about starting with a walk of the site, not a presentation"]
    );
    assert!(n.unread.iter().all(|u| u.text != "He nodded a lot."), "{:?}", n.unread);
}

// Set 37 (Mireille): under `## Didn't ask / should have`, `whether they cross-train into micro`
// was sent as "I don't think I explained whether you cross-train into micro…".
#[test]
fn questions_not_asked_under_their_heading() {
    let n = note(
        "---\ncompany: St. Agnes\ndate: 2026-11-02\n---\n## Didn't ask / should have\n\n\
         - sign-on bonus? heard they have one for evening shift\n\
         - staffing ratio on evenings — how many MLS on at once\n- whether they cross-train into micro\n",
    );
    assert_eq!(
        n.clarifications,
        [
            "forgot to ask about sign-on bonus",
            "forgot to ask about staffing ratio on evenings",
            "forgot to ask whether they cross-train into micro"
        ]
    );
}

// Set 38 (Femi): `thank you: email camille only, cc nobody, she'll pass it on. do NOT email
// halvorsen directly` read as "not to contact your interviewers directly": no thank-you at all.
#[test]
fn the_one_to_email_alone_carries_the_thanks_of_one_not_to_email() {
    let n = note(
        "+++\ndate = 2026-11-17\ncompany = \"Maison Verre\"\nwho = [\"Erik Halvorsen (owner)\", \"Camille\"]\n+++\n\n\
         dinner at 6 at the chefs table.\n\n\
         thank you: email camille only, cc nobody, she'll pass it on. do NOT email halvorsen directly, she said he \"doesnt do email\"\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Camille"));
    assert!(person(&n, "Camille").emailed, "she asked to be emailed");
    assert!(n.hands_off.is_none(), "{:?}", n.hands_off);
}
// Set 38 (Lucia): `Renata said send ONE email to her and she'll forward to Douglas and Pat. Don't
// email them directly.` read as "not to contact your interviewers directly": no thank-you at all,
// and then as email to Douglas and Pat.
#[test]
fn one_email_to_the_one_who_forwards_it() {
    let n = note(
        "---\ncompany: Hollis & Crane Reporting\ndate: 2026-11-12\ninterviewers:\n  - Douglas Crane (owner)\n  - Pat Okafor (senior reporter — also trains new staff?)\n  - Renata (sat in for last 10 min)\n---\n\n\
         ## Next\nDecision \"by end of next week\".\n\n\
         **Thank-yous:** Renata said send ONE email to her and she'll forward to Douglas and Pat. Don't email them directly.\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Renata"));
    let emailed: Vec<&str> = n.people.iter().filter(|p| p.emailed).map(|p| p.name.as_str()).collect();
    assert_eq!(emailed, ["Renata"]);
    assert!(n.hands_off.is_none(), "{:?}", n.hands_off);
}

// Set 38 (June): "Dear Middle," from `are you ok w/ middle school (YES)`; the company was
// "Westbrook Sd".
#[test]
fn an_answer_in_brackets_is_no_title_and_a_folder_s_letters_are_capitals() {
    let n = note_at(
        "westbrook-sd/2026-11-03-screening.md",
        "westbrook sd — screening call, nov 3\n\n\
         talked to a woman from HR. 20 min and very checklist-y. license # and expiry, are you ok w/ middle school (YES), \
         bilingual? i said conversational spanish not fluent and she said \"that's fine, it's a plus.\" she went quiet for a sec.\n",
    );
    assert!(names(&n).is_empty(), "{:?}", names(&n));
    assert_eq!(n.company.as_deref(), Some("Westbrook SD"));
}

// Set 39 (Rhys): a hurried note's people, each a line of their own with no comma between name
// and job, were nobody: three drafts thanked "the hiring team".
#[test]
fn hurried_people_with_their_job_straight_after_the_name() {
    let n = note_at(
        "northgale-renewables/2026-11-19-site-visit.md",
        "cairnmore site visit - northgale rd 2 - 19 nov\n\n\
         met:\n\
         - euan mcleod site mgr. big guy, quiet, 20 yrs. euan.mcleod@northgale-renewables.co.uk (card)\n\
         - fiona baird hse advisor, covers 3 sites. sharp. asked most of the hard q's\n\
         - callum (didnt get surname) senior tech, did the tour\n\
         - kirsty dialled in for first 10 min then dropped\n\n\
         went well\n\
         - euan asked about the t14 gearbox job again (kirsty must have passed it on). he was nodding\n\n\
         next\n\
         - euan said \"we'll be deciding end of next week\" - so fri 27?\n\n\
         thank you\n\
         - email euan + fiona tonight, short\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Euan McLeod", Some("Site Manager")),
            ("Fiona Baird", Some("HSE Advisor")),
            ("Callum", Some("Senior Tech")),
            ("Kirsty", None)
        ]
    );
    assert_eq!(person(&n, "Euan McLeod").did, Some(crate::model::Did::Asked("the T14 gearbox job".to_owned())));
    // (Named in brackets in Euan's highlight, she was still there ten minutes only.)
    assert!(matches!(person(&n, "Kirsty").did, Some(crate::model::Did::Greeted(_))), "{:?}", person(&n, "Kirsty"));
    let emailed: Vec<&str> = n.people.iter().filter(|p| p.emailed).map(|p| p.name.as_str()).collect();
    assert_eq!(emailed, ["Euan McLeod", "Fiona Baird"]);
    assert_eq!(n.decision_by, Some("2026-11-27".parse().unwrap()));
}

// Set 39 (Rhys, Theodora, Inés): a line that gives someone's job and an address that spells their
// name is a person in a note without a people list; `Would also do…` in a list is no one; a
// name with "referred me" after it is the referrer.
#[test]
fn a_line_with_a_name_a_job_and_their_address_is_a_person() {
    let n = note_at(
        "brightwater-turbine-services/2026-11-24-video-int.md",
        "brightwater - lead tech - teams call 24/11\n\n\
         gareth pryce ops mgr (scotland + n england). gareth.pryce@brightwater-ts.com\n\
         amrit sandhu hr / resourcing - she set it up, amrit.sandhu@brightwater-ts.com\n\
         came via linkedin msg from amrit a few wks ago\n\n\
         went well\n\
         - amrit liked that i've trained apprentices\n",
    );
    assert_eq!(names_and_titles(&n), [("Gareth Pryce", Some("Operations Manager")), ("Amrit Sandhu", Some("HR"))]);
    assert_eq!(person(&n, "Amrit Sandhu").role.as_deref(), Some("recruiter"));
    let n = note_at(
        "marrow-and-mill-baking-co/2026-11-12-call-paul.md",
        "# marrow & mill — 1st call — thu 11/12\n\n\
         ## people\n\
         - [x] Paul Lindqvist — Director of R&D. paul.lindqvist@marrowandmill.com\n\
         - [x] Kenta Mori referred me (QA there now, ex-Lark pastry). Paul mentioned him first thing\n\n\
         > [!info] the job\n\
         > - Would also do rights & reproductions requests\n",
    );
    assert_eq!(names_and_titles(&n), [("Paul Lindqvist", Some("Director of R&D")), ("Kenta Mori", None)]);
    assert_eq!(person(&n, "Kenta Mori").role.as_deref(), Some("referrer"));
}

// Set 39 (Rhys): "…to talk about the lead tech on a travelling service team. blade + main component
// campaigns. 4 on 3 off rotating… (ctv transfers?? …) role at Brightwater Turbine Services."
#[test]
fn a_role_line_that_runs_on_in_hurried_sentences_names_no_position() {
    let text = |role: &str| {
        format!("---\ncompany: Brightwater\ndate: 2026-11-24\n---\nrole: {role}\n\n## went well\n- fine\n")
    };
    let n = note(&text(
        "lead tech on a travelling service team. blade + main component campaigns. 4 on 3 off rotating. hotels. (ctv transfers?? they pay)",
    ));
    assert_eq!(n.position, None);
    assert_eq!(
        note(&text("Collections Registrar. full time, grant funded")).position.as_deref(),
        Some("Collections Registrar")
    );
    assert_eq!(
        note(&text("Senior Underwriter, Middle Market Property")).position.as_deref(),
        Some("Senior Underwriter, Middle Market Property")
    );
}

// Set 39 (Adaeze): a diary's sentence naming two people, one with the name she goes by between
// her name and her title, a title with "and" in it, and a title in lower case with its team
// after it: nobody was read, and the draft thanked "the hiring team".
#[test]
fn a_diary_sentence_with_a_name_she_goes_by_and_a_title_with_and_in_it() {
    let n = note_at(
        "stillwater-hospice/2026-11-16-first-interview.md",
        "Monday, November 16, 2026. Stillwater Hospice, first interview.\n\n\
         I met with Margaret Holloway, who asked me to call her Peg, Director of Psychosocial and Spiritual Care, \
         and Deshawn Pruitt, RN, the clinical manager for the east team. Peg's email is pholloway@stillwaterhospice.org.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Margaret Holloway", Some("Director of Psychosocial and Spiritual Care")),
            ("Deshawn Pruitt", Some("Clinical Manager"))
        ]
    );
    assert_eq!(person(&n, "Margaret Holloway").called.as_deref(), Some("Peg"));
}

// Set 39: the writer's own plan for the thanks was read for few of the shapes it takes, and the
// drafts posted letters to people the note says to email tonight.
#[test]
fn the_writer_s_plan_for_the_thanks_sets_each_channel() {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-20\ninterviewers:\n  - Brent Sandoval\n  - Paul Lindqvist\n  - Mei-Ling Cho\n  - Rick Dunbar\n  - Helen Marsh\n  - Walt Brekke\n  - Priya Anand\n  - Luca Ferri\n  - Jesse, Pilot Bakery Tech\n  - Ingrid Solberg\n---\n\
         I'll send a short thank-you email to Brent tonight, polite and warm, and not overpromise.\n\n\
         ## after\n\
         - email Paul, Mei-Ling, Rick — one email each, tonight\n\
         - Thank-you: email Helen, and a card to Walt (he won't read email, he said so).\n\
         - email Priya (cc Luca) tonight\n\
         - [ ] Jesse — thank-you card + a box of morning buns (made at home)\n\
         - handwritten cards to Ingrid, Tom and Gloria, which I'll drop at the front desk. And one for Marisol, she earned it.\n",
    );
    let emailed: Vec<&str> = n.people.iter().filter(|p| p.emailed).map(|p| p.name.as_str()).collect();
    assert_eq!(
        emailed,
        ["Brent Sandoval", "Paul Lindqvist", "Mei-Ling Cho", "Rick Dunbar", "Helen Marsh", "Priya Anand", "Luca Ferri"]
    );
    let carded: Vec<&str> =
        n.people.iter().filter(|p| p.channel == Some(Channel::Card)).map(|p| p.name.as_str()).collect();
    assert_eq!(carded, ["Walt Brekke", "Jesse", "Ingrid Solberg"]);
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-20\ninterviewers:\n  - Gareth Pryce <gareth.pryce@acme.example>\n  - Amrit Sandhu\n---\n\
         thanks - short email to both tonight. mention alan\n",
    );
    assert!(n.people.iter().all(|p| p.emailed), "{:?}", n.people);
}

// Set 39 (Adaeze): "…to talk about the role at Stillwater Hospice" where the note's first line says
// which.
#[test]
fn a_position_named_in_a_diary_s_first_sentence_with_its_licence() {
    let n = note_at(
        "stillwater-hospice/2026-11-16-first-interview.md",
        "Monday, November 16, 2026. Stillwater Hospice & Palliative Care, first interview for the Hospice Social \
         Worker (LICSW) position on the east metro team. Sitting in their lot.\n\n\
         I met with Deshawn Pruitt, RN, the clinical manager for the east team.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Hospice Social Worker"));
}

// Set 39 (Theodora): "## Priya Anand + Tomasz Wierzbicki · email", one message to two people.
#[test]
fn two_people_a_schedule_line_names_together_are_two() {
    let n = note(
        "---\ncompany: Harwick Museum of Art\ndate: 2026-11-20\n---\n## Schedule\n\
         1. [[Priya Anand]] + [[Tomasz Wierzbicki]] — practical exercise. 20 min, find the problems.\n\
         2. [[Rosa Delgado]] (Director of Exhibitions) — 30 min.\n",
    );
    assert_eq!(names(&n), ["Priya Anand", "Tomasz Wierzbicki", "Rosa Delgado"]);
}

// Set 39 (Marcus): "send Greg send the article on EPS panel losses…" in the list to write.
#[test]
fn a_to_do_for_someone_that_says_send_says_it_once() {
    let n = note(
        "---\ncompany: Keystone\ndate: 2026-11-24\ninterviewers:\n  - Greg Sorensen\n---\n## Promised\n\
         - [ ] Greg: send the article on EPS panel losses I mentioned\n",
    );
    assert_eq!(n.clarifications, ["send Greg the article on EPS panel losses I mentioned"]);
}

// Set 39 (Adaeze): a panel read out in prose, each with their job in brackets: one was found.
#[test]
fn a_panel_read_out_in_prose_with_each_job_in_brackets() {
    let n = note_at(
        "stillwater-hospice/2026-11-23-idt-round.md",
        "November 23rd, Stillwater second round.\n\n\
         After that, a panel: Peg again, Rev. Tom Haugen (chaplain), Ingrid Solberg (bereavement coordinator), \
         and Gloria Amankwah, one of the hospice aides.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Tom Haugen", Some("Chaplain")), ("Ingrid Solberg", Some("Bereavement Coordinator"))]
    );
}

// Set 40 (Dale): "thank u: email tyler, ask him to pass thanks to carla?" greeted "Dear Email,".
#[test]
fn a_to_do_to_email_someone_names_no_one_called_email() {
    assert_eq!(people::lower_case_name("email tyler"), None);
    assert_eq!(people::lower_case_name("tyler brandt").as_deref(), Some("Tyler Brandt"));
}

// Set 40 (Priya): the committee she met had no message, and a letter went to one of her own
// references, named in brackets in the sentence that says to warn him.
#[test]
fn a_committee_read_out_after_its_label_and_no_reference_taken_for_one_met() {
    let n = note_at(
        "riverbend-literacy-alliance/2026-11-24-development-committee.md",
        "Tuesday 24 November, evening. Second round at Riverbend, on Zoom.\n\n\
         The committee: Judith Sorensen, who chairs it, retired from a regional bank; Desmond Aldrich, a younger board \
         member who runs a marketing agency; and Rev. Carol Whitfield, who barely spoke but asked the best question.\n\n\
         Next: I need to warn Lorraine (my old ED) and Tom Vasquez (board chair at Eastgate) this week.\n\n\
         Thank-yous: one email to Judith asking her to share my thanks with Desmond and Carol, since I don't have their addresses.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Judith Sorensen", None), ("Desmond Aldrich", None), ("Rev. Carol Whitfield", None)]
    );
    let emailed: Vec<&str> = n.people.iter().filter(|p| p.emailed).map(|p| p.name.as_str()).collect();
    assert_eq!(emailed, ["Judith Sorensen"]);
}

// Set 40 (Tamsin, Priya): `Told him about the twins case at Willowbrook (both parents' plans…). He
// said "ok that's good" and wrote it down.` and `Walter perked up most when we talked about board
// giving.` were listed for the user to write, and the letters said "I valued hearing about your
// work".
#[test]
fn what_was_told_and_the_words_that_took_it_in_the_next_sentence() {
    let n = note(
        "---\ncompany: Lakeshore Orthodontics\ndate: 2026-11-20\n---\n\n## People\n- Gil Sato, Practice Administrator\n\
         - Wanda Price, Board Chair\n- Omar Haddad, Office Manager\n- Rosa Lind, Doctor\n\n## How it went\n\
         - Gil asked about billing. Told him about the split-plan case at Dunmore (two carriers, $2,400 recovered). \
         He said \"ok that's good\" and wrote it down.\n\
         - Wanda perked up most when we talked about the recall list.\n\
         - Omar asked about no-shows. I described the text-reminder routine I set up. He said \"correct, that's the order we want.\"\n\
         - Rosa asked about pricing. Said I'd walk a parent through the itemised quote. She said \"hm, maybe.\"\n",
    );
    let texts: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Gil took a real interest when I told Gil about the split-plan case at Dunmore",
            "Wanda took a real interest when we talked about the recall list.",
            "Omar responded well when I described the text-reminder routine I set up",
        ]
    );
    let listed: Vec<&str> = n.unread.iter().map(|u| u.text.as_str()).collect();
    assert!(!listed.iter().any(|u| u.contains("ok that's good") || u.contains("correct")), "{listed:?}");
}

// Set 40 (Dale, Priya): `job = estimator (they call it "estimator II", …)`, `role is "project
// estimator" on a team of 6` and a diary's `Director of Development, Riverbend Literacy
// Alliance.` named no position ("the role at Kessler and Hart Electric"); `job: estimator` was
// written in lower case in the letters.
#[test]
fn a_hurried_or_a_diary_s_way_of_naming_the_job() {
    let position = |rel: &str, text: &str| note_at(rel, text).position;
    assert_eq!(
        position(
            "kessler-and-hart/2026-11-12-first.md",
            "k&h 1st intvw\n\njob = estimator (they call it \"estimator II\", reports to chief est). commercial TI\nmet:\n\
             - ron pulaski chief estimator. rpulaski@kesslerhart.com\n"
        )
        .as_deref(),
        Some("Estimator II")
    );
    assert_eq!(
        position(
            "summit-ridge/2026-11-16-call.md",
            "summit ridge - video call\n\nmet carla wu, estimating manager. role is \"project estimator\" on a team of 6\n"
        )
        .as_deref(),
        Some("Project Estimator")
    );
    assert_eq!(
        position(
            "riverbend-literacy-alliance/2026-11-14-first.md",
            "Saturday morning, writing this after getting back. Director of Development, Riverbend Literacy \
             Alliance. First round.\n\nOdalys Ferrante (Executive Director) ran it.\n"
        )
        .as_deref(),
        Some("Director of Development")
    );
    assert_eq!(
        position("acme/2026-11-14-call.md", "acme call\n\njob: senior estimator\nmet tom reyes, ops manager\n")
            .as_deref(),
        Some("Senior Estimator")
    );
    // (Set 42: the writer's asides were the job title in five letters.)
    let role = |value: &str| position("acme/2026-11-14-call.md", &format!("---\ncompany: Acme\nrole: {value}\n---\n"));
    assert_eq!(role("Data Engineer II → they said \"could be senior depending\"").as_deref(), Some("Data Engineer II"));
    assert_eq!(role("Band 6-ish Senior MSK Physio").as_deref(), Some("Senior MSK Physio"));
    // (`round: 1` over `stage: technical screen` gave "my first-round interview".)
    let n = note_at("acme/2026-11-11-screen.md", "---\ncompany: Acme\nround: 1\nstage: technical screen\n---\n");
    assert_eq!(n.stage.as_deref(), Some("technical screen (round 1)"));
    assert_eq!(
        position(
            "acme/2026-11-14-call.md",
            "Call went fine. Thanks to the Hiring Manager, Acme sent a schedule.\n\nTom Reyes (Ops Manager) ran it.\n"
        ),
        None,
        "a title with no sentence of its own"
    );
}

// Set 41: "Dear (mentioned),", "Dear Mr. Haugen's," and "Tasha Again".
#[test]
fn a_tag_a_possessive_and_again_are_no_part_of_a_name() {
    let n = note(
        "---\ncompany: Harvest Lane Foods\ndate: 2026-11-16\n---\n\n## People\n- Dana Whitfield — Procurement Manager\n\
         - (mentioned) Meredith Cho — Senior Buyer, packaging. Would be my buddy\n- tasha again, i shadowed her mostly\n",
    );
    assert_eq!(names(&n), ["Dana Whitfield", "Tasha"], "Meredith was only spoken of");
    // A tag that says they were away, in the words every reader of absence reads.
    for tag in ["on leave", "never joined", "couldn't come", "absent"] {
        let n = note(&format!(
            "---\ncompany: Harvest Lane Foods\ndate: 2026-11-16\n---\n\n## People\n- Dana Whitfield — Procurement Manager\n\
             - ({tag}) Meredith Cho — Senior Buyer\n"
        ));
        assert_eq!(names(&n), ["Dana Whitfield"], "({tag})");
    }
    let n = note_at("brookfield-unified-school-district/2026-11-20-demo-lesson.md", DEMO_LESSON);
    assert!(names(&n).contains(&"Mr. Haugen"), "{:?}", names(&n));
}

const DEMO_LESSON: &str = "Friday the 20th, demo lesson at Brookfield, second and apparently final round. Fourth period, Mr. Haugen's regular chemistry class, twenty-four sophomores and a couple of juniors, and I taught limiting reactants with the s'mores setup (crackers, marshmallows, chocolate squares, each \"recipe\" a balanced equation) for twenty minutes while Devin Marsh, Lorraine Tuttle, and the principal, Dr. Patricia Yoon, sat at the back lab bench with clipboards. Mr. Haugen himself sat by the window, arms folded, and I was more nervous about him than about any of them.\n\nIt went better than I feared and not as well as I hoped. The opening worked. When I asked how many complete s'mores they could make with six crackers and five marshmallows, a girl in the front row said \"five\" before I'd finished and then a boy named Jayden said \"no, three, there's only three chocolates,\" and the whole room got into it, which is exactly the moment you want, and I saw Dr. Yoon write something down and underline it. Devin smiled at the chocolate part. Where it slipped was the transition from food to actual moles; I ran short on time and rushed through the worked example on the board, hydrogen and oxygen to water, and I wrote the excess reactant remaining as 2 moles when it should have been 1, and a student caught it, and I thanked her and fixed it, which Lorraine told me afterward was \"honestly the best part,\" so maybe that's fine. I never got to the exit ticket. I left the stack of them on Mr. Haugen's desk and said he could use them Monday if he liked, and he said \"I might,\" which from him felt like a medal.\n";

// Set 41: the writer's plan, in four shapes that posted letters to those it says to email.
#[test]
fn a_thank_you_plan_names_everyone_it_emails() {
    let emailed = |text: &str| -> Vec<String> {
        let n = note(text);
        n.people.iter().filter(|p| p.emailed).map(|p| p.name.clone()).collect()
    };
    let people = "---\ncompany: Fairhaven Bank\ndate: 2026-11-20\n---\n\n## People\n- Dr. Patricia Yoon — Principal\n\
                  - Craig Mabry — Head of Design\n- Ana Ferreira — Researcher\n- Brent Okamoto — PM\n\n";
    assert_eq!(
        emailed(&format!("{people}Thank-you emails to Dr. Yoon, Craig, and Brent tonight.\n")),
        ["Dr. Patricia Yoon", "Craig Mabry", "Brent Okamoto"]
    );
    assert_eq!(
        emailed(&format!(
            "{people}## Thank-you\n- [ ] One email to panel (Craig, Brent) + separate one to Ana with the consent form\n"
        )),
        ["Craig Mabry", "Ana Ferreira", "Brent Okamoto"]
    );
    assert_eq!(emailed(&format!("{people}thank u - email craig + ana tonight\n")), ["Craig Mabry", "Ana Ferreira"]);
}

// Set 41: a hurried list that named neither the one who ran the interview (credentials in
// capitals after her name) nor the doctor written in lower case.
#[test]
fn credentials_in_capitals_after_a_hurried_name_and_a_doctor_in_lower_case() {
    let n = note_at(
        "cascade-vet/2026-11-13-intvw.md",
        "cascade vet - ICU tech, 11/13 fri\nrnd 1 (panel).\n\nppl:\n\
         - tasha brennan CVT VTS(ECC) - ICU tech supervisor. ran the whole thing. tasha.brennan@cascadevse.com\n\
         - dr. alvarez - criticalist, DACVECC. came in late\n- kim nguyen - people ops / HR, did the pay part\n",
    );
    assert_eq!(names(&n), ["Tasha Brennan", "Dr. Alvarez", "Kim Nguyen"]);
    assert_eq!(person(&n, "Tasha Brennan").email.as_deref(), Some("tasha.brennan@cascadevse.com"));
    assert_eq!(person(&n, "Tasha Brennan").title.as_deref(), Some("ICU tech supervisor"));
}

// Set 43: a panel's table headed `Who | What they do | Notes` named nobody ("Dear Coast Fork
// County Library team,"); its notes say who gave the tour and who only popped in.
#[test]
fn a_table_of_people_is_read_by_what_its_headers_mean() {
    let n = note_at(
        "coast-fork-county-library/2026-11-16-panel-interview.md",
        "# Riverbend Branch Manager — panel interview\nCoast Fork County Library\n\n\
         | Who | What they do | Notes |\n|---|---|---|\n\
         | Rosa Jimenez | HR Analyst, county HR | Ran the process. |\n\
         | Hal Bixby | Community member — Friends of the Library board, retired teacher | Warmest. |\n\
         | Lorraine Pettit | Retiring Riverbend manager | Not on the panel — popped in before we started to say hi and good luck, then left. |\n\
         | Jake Moreno | Circulation supervisor, acting lead at Riverbend | Gave me a tour of the branch in the afternoon. |\n\n\
         **Send**\n- Note to Jake — handwritten, mail it to the branch.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Rosa Jimenez", Some("HR Analyst")),
            ("Hal Bixby", Some("Community member")),
            ("Jake Moreno", Some("Circulation supervisor")),
        ]
    );
    assert!(matches!(person(&n, "Lorraine Pettit").did, Some(crate::model::Did::Greeted(_))), "popped in");
    assert_eq!(person(&n, "Jake Moreno").channel, Some(Channel::Card), "a handwritten note");
    // A table of anything else is no list of people.
    let n = note_at("acme/2026-11-16-panel.md", "| Question | What they asked |\n|---|---|\n| Jane Doe | Salary |\n");
    assert!(n.people.is_empty());
}

// Set 43: `Mr Royce (Daniel Royce, Head), Kwame, and a governor, Mrs Hibbert (Anne Hibbert – chairs
// the curriculum committee…)` was one person, "Mr Royce" with the title "Daniel Royce, Head", and
// the tour's `Kwame (Kwame Asante, Head of Chemistry – …)` and the observer's `Mrs Pryce (Joanna
// Pryce, Deputy Head – …)`, in other sections, were nobody.
#[test]
fn one_named_in_full_in_brackets_after_what_the_writer_calls_them_is_that_person() {
    let n = note_at(
        "hollins-park-academy/2026-11-17-interview-day.md",
        "# Hollins Park – interview day\n\n## The day\nTour was with Kwame (Kwame Asante, Head of Chemistry – \
         would be my line manager). Really warm.\n\n## Lesson obs\nObserved by Kwame and Mrs Pryce (Joanna Pryce, \
         Deputy Head – teaching & learning). 26 kids.\n\n## Panel\nMr Royce (Daniel Royce, Head), Kwame, and a \
         governor, Mrs Hibbert (Anne Hibbert – chairs the curriculum committee, retired pharmacist). About 40 \
         mins.\n\nThank yous:\n- not emailing Mr Royce directly, doesn't feel right. Thanks via Kwame.\n\
         - lesson plan to Kwame – he asked for them, said email is fine: k.asante@hollinspark.example.org\n",
    );
    let mut found = names_and_titles(&n);
    found.sort();
    assert_eq!(
        found,
        [
            ("Anne Hibbert", None),
            ("Daniel Royce", Some("Head")),
            ("Joanna Pryce", Some("Deputy Head")),
            ("Kwame Asante", Some("Head of Chemistry")),
        ],
        "Kwame, named alone in the panel, is Kwame Asante; a deed in lower case is no title"
    );
    assert_eq!(person(&n, "Daniel Royce").called.as_deref(), Some("Mr Royce"), "as the writer calls him");
    assert_eq!(person(&n, "Daniel Royce").channel, Some(Channel::Passed), "thanks via Kwame");
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Kwame Asante"));
    assert!(person(&n, "Kwame Asante").emailed, "he said email is fine");
}

// Set 43: a to-do list of thanks, a person a line, each with what to do after a dash.
#[test]
fn a_list_of_thanks_gives_each_the_channel_its_line_says() {
    let n = note_at(
        "kessler-brandt-llp/2026-11-19-attorney-panel.md",
        "**The panel**\n- Laura Kessler, partner, commercial lit. Led it.\n- Andrew Feld, partner.\n\
         - Monica Tran, senior associate.\n- Kevin Marsh, recruiter\n- Sue Platt, senior technician\n\
         - Luis Ortega, parts manager\n\n**Thank yous**\n\
         - Laura — gave me her card, email it tonight/tomorrow morning\n\
         - Monica — said \"email is fine, I'm terrible at LinkedIn.\"\n\
         - Andrew — no card. Firm website.\n- Kevin — call him, not email, he likes the phone\n\
         - Sue – a card. She was so helpful.\n- Luis - ask Laura to tell him thanks\n",
    );
    assert!(person(&n, "Laura Kessler").emailed && person(&n, "Monica Tran").emailed);
    assert_eq!((person(&n, "Andrew Feld").channel, person(&n, "Andrew Feld").emailed), (None, false));
    assert_eq!(person(&n, "Kevin Marsh").channel, Some(Channel::Phone));
    assert_eq!(person(&n, "Sue Platt").channel, Some(Channel::Card));
    assert_eq!(person(&n, "Luis Ortega").channel, Some(Channel::Passed));
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Laura Kessler"));
    // A sentence about someone, not a list's item, sets nothing.
    let n = note_at(
        "foxglove/2026-11-25.md",
        "## People\n- Theo Nakamura, Volunteer Coordinator\n\nTheo — who emails me daily — met me at the gate.\n",
    );
    assert!(!person(&n, "Theo Nakamura").emailed);
}

// Set 43: `Round two — Helen Osei, Library Director` over a diary of the hour with her: Marcus, who
// knocked, said good luck and disappeared, had the only letter, with her highlights.
#[test]
fn a_title_that_names_whom_the_meeting_was_with_gives_them() {
    let n = note_at(
        "coast-fork-county-library/2026-12-02-director-interview.md",
        "Round two — Helen Osei, Library Director\nWed Dec 2, 1:30, her office\n\nShe started with \"tell me \
         what you saw,\" which I wasn't expecting.\n\nNear the end Marcus, the facilities manager, knocked on the \
         door to ask her something, saw me, said \"oh — good luck!\" and disappeared. Helen rolled her eyes.\n",
    );
    assert_eq!(names_and_titles(&n)[0], ("Helen Osei", Some("Library Director")));
    assert!(matches!(person(&n, "Marcus").did, Some(crate::model::Did::Greeted(_))), "{:?}", n.people);
    // (`Shauna … came in for the last ~10 min, sat at the back, …, left before the end`.)
    let n = note_at(
        "lumenfield/2026-11-19-portfolio.md",
        "## Who was in the room\n- [[Aisha Bello]] — Senior UX Researcher\n- Shauna (VP Product? didn't catch last name) \
         came in for the last ~10 min, sat at the back, asked one question, left before the end.\n",
    );
    assert!(matches!(person(&n, "Shauna").did, Some(crate::model::Did::Greeted(_))), "{:?}", n.people);
    // A company and a job, not someone.
    let n = note_at(
        "larkspur/2026-11-03-hm.md",
        "# Larkspur — Support Team Lead — hiring manager interview\n\n- Colm Byrne — Director of Support\n",
    );
    assert_eq!(names(&n), ["Colm Byrne"]);
}

// Set 43: `I told her the truth — the building's tired, the staff are stretched` was sent as "I'd
// like to correct one thing… I said the truth, but in fact the building's tired".
#[test]
fn what_the_writer_says_was_the_truth_is_no_correction() {
    let n = note(
        "---\ncompany: X\ndate: 2026-12-02\n---\nI told her the truth — the building's tired, the staff are stretched. She smiled.\n",
    );
    assert!(n.clarifications.is_empty(), "{:?}", n.clarifications);
}

// Set 43: `who: Julien Marchand` over `title: Director of Design` made "the Director of Design role
// at Lumenfield" of the one he holds.
#[test]
fn a_title_beside_the_one_person_met_is_theirs() {
    let n = note_at(
        "lumenfield/2026-11-27-design-director.md",
        "---\nwho: Julien Marchand\ntitle: Director of Design\nroom: 4th floor\n---\nHe laughed out loud.\n",
    );
    assert_eq!(names_and_titles(&n), [("Julien Marchand", Some("Director of Design"))]);
    assert_eq!(n.position, None);
    // Beside no one, or two, it is the position's.
    let n = note_at("acme/2026-11-27.md", "---\ntitle: Staff Engineer\ndate: 2026-11-27\n---\nMet Jane Doe, CTO.\n");
    assert_eq!(n.position.as_deref(), Some("Staff Engineer"));
}

// Set 44: an email pasted into a note named a deadline ("Due Sunday") and people not met, who
// had letters of their own; its sender has written to the writer.
#[test]
fn an_email_pasted_into_a_note_is_read_only_for_its_sender() {
    let n = note_at(
        "riverside/2026-11-20-coffee.md",
        "Coffee w/ Raj Mehta (Finance Director) – Riverside Literacy\nFri 11/20, 8:30am\n\n\
         - Told him about the monthly rec and he got visibly happy.\n\nEmail from Luz this afternoon:\n\n\
         > **From:** Luz Ortega\n> **Sent:** Friday, November 20, 2026 2:47 PM\n> **Subject:** Next steps\n>\n\
         > Carolyn will be joined by Howard Feld and our board chair, Gwen Adeyemi.\n>\n> Luz\n\n\
         - thank-you email to Luz – she said email is fine\n",
    );
    assert_eq!(names(&n), ["Raj Mehta", "Luz Ortega"]);
    assert!(person(&n, "Luz Ortega").emailed, "she wrote first");
}

// Set 44: those the plan says to write to, whom no other line named, were left without a message
// ("Dear Bronx,", a card to the company, for Maureen's recruiter screen).
#[test]
fn those_the_plan_says_to_write_to_are_people() {
    let n = note_at(
        "bronx-arts-collaborative/2026-11-12-recruiter-screen.md",
        "Bronx Arts Collaborative – recruiter screen\nThu Nov 12, 3:30pm, phone\n\n\
         Maureen Castellanos, Lindqvist & Hale (the search firm they hired). Found me through the directory.\n\n\
         TO DO\n- [ ] thank-you email to Maureen – she said email is fine, it's in her signature\n\
         - [ ] ask Sam if he knows anyone there\n",
    );
    assert_eq!(names(&n), ["Maureen Castellanos"]);
    assert_eq!(person(&n, "Maureen Castellanos").kind(), Kind::Interviewer, "nobody else was met");
    assert!(person(&n, "Maureen Castellanos").emailed);

    let n = note_at(
        "delta-ridge/2026-11-24-gm.md",
        "GM interview – Patricia Vance – Tue Nov 24, 10am\n\nPatricia is the GM of the whole site.\n\n\
         Thank yous\n- Patricia – gave me her card, email her today\n- Carl – handwritten card?\n\
         - call Big Mike tonight and tell him how it went\n- thank Tamsin, the mock saved me\n",
    );
    assert_eq!(names(&n), ["Patricia Vance", "Carl"]);
    assert_eq!(person(&n, "Carl").channel, Some(Channel::Card));

    let n = note_at(
        "harcourt-kemp/2026-12-02-assessment.md",
        "Ross Achterberg (Principal) asked what I'd do differently.\n\n\
         Anika Sorensen (People & Culture) did the welcome.\n\n\
         - [ ] thank you emails – Ross, Anika. Anika gave her direct email.\n",
    );
    assert_eq!(person(&n, "Anika Sorensen").kind(), Kind::Helper, "{:?}", n.people);

    let n = note_at(
        "desert-sky-dental/2026-11-19-dr-whitfield.md",
        "Thursday, Nov 19 — Desert Sky Dental\n\nIt was more of a chat than an interview.\n\n\
         Thank yous: Dr. Whitfield is definitely an old school handwritten card person, mail one tomorrow.\n",
    );
    assert_eq!(names(&n), ["Dr. Whitfield"]);
    assert_eq!(person(&n, "Dr. Whitfield").channel, Some(Channel::Card));
}

// Set 44: `with:: [[Denise Hollins]] (HR generalist)` was not read beside `referred-by::`.
#[test]
fn an_obsidian_field_of_the_one_met_is_read_beside_others() {
    let n = note(
        "# Delta Ridge – HR video call\n\ndate:: 2026-11-16\ncompany:: [[Delta Ridge Distribution]]\n\
         with:: [[Denise Hollins]] (HR generalist)\nreferred-by:: [[Big Mike]]\n",
    );
    assert_eq!(names(&n), ["Denise Hollins", "Big Mike"]);
    assert_eq!(person(&n, "Denise Hollins").kind(), Kind::Interviewer);
    // (`who: Gloria Estrada (office manager, …)`: the one the meeting was with.)
    let n =
        note("---\npractice: Camelback Family Dental\ndate: 2026-11-13\nwho: Gloria Estrada (office manager)\n---\n");
    assert_eq!(person(&n, "Gloria Estrada").kind(), Kind::Interviewer);
}

// Set 44: `| Marcus | senior Android | not in the session, waved from his desk |` had a letter about
// "our conversation"; `| Ryan Voss | CTO / co-founder | came in for ~3 min…, left |` one about
// the role.
#[test]
fn one_not_in_the_meeting_has_no_message_and_one_who_came_in_briefly_was_met_in_passing() {
    let n = note(
        "---\ncompany: Switchback Labs\ndate: 2026-12-01\n---\n\n| who | what | notes |\n|---|---|---|\n\
         | Hana Sato | Android lead | navigated most of the session |\n\
         | Ryan Voss | CTO / co-founder | came in for ~3 min around 11, shook my hand, left |\n\
         | Marcus | senior Android | not in the session, waved from his desk |\n",
    );
    assert_eq!(names(&n), ["Hana Sato"]);
    assert_eq!(passing(&n), ["Ryan Voss"], "met in passing, and no thanks planned");
    assert!(matches!(person(&n, "Ryan Voss").did, Some(crate::model::Did::Greeted(_))));
    assert_eq!(person(&n, "Hana Sato").title.as_deref(), Some("Android lead"));
    // (Set 46: `Mr. Prakash Hegde (Head of Analytics) came by (30 sec, "all the best")`.)
    let n = note(
        "---\ncompany: Rupeeloop\ndate: 2026-11-25\n---\n\n## Met\n\n- Dr Meera Iyer (Analytics Manager) took the case round\n\
         - Prakash Hegde (Head of Analytics) came by at the end (30 sec, \"all the best\")\n",
    );
    assert!(matches!(person(&n, "Prakash Hegde").did, Some(crate::model::Did::Greeted(_))), "{:?}", n.people);
}

// Set 46: Fiona, a talent partner in a final's people table who met him at the door and made tea,
// was thanked as an interviewer ("I was glad to hear how you approach your work").
#[test]
fn a_recruiter_listed_with_the_panel_whom_the_note_says_only_helped_helped() {
    let table = "---\ncompany: Numbl\ndate: 2026-11-20\n---\n\n## People\n\n| Name | Title | Notes |\n|---|---|---|\n\
                 | Siobhan Grant | Head of Learning | ran the portfolio review |\n";
    let n = note(&format!("{table}| Fiona Reid | Talent Partner | met me at the door, made tea |\n"));
    assert_eq!(person(&n, "Fiona Reid").kind(), Kind::Helper);
    assert_eq!(person(&n, "Fiona Reid").did, Some(crate::model::Did::Helped("meeting me at the door".to_owned())));
    assert_eq!(person(&n, "Siobhan Grant").kind(), Kind::Interviewer);
    // One who sat in stays an interviewer; so does one who ran the screen alone.
    let n = note(&format!("{table}| Fiona Reid | Talent Partner | sat in, asked about notice period |\n"));
    assert_eq!(person(&n, "Fiona Reid").kind(), Kind::Interviewer);
    let n = note(
        "---\ncompany: Numbl\ndate: 2026-11-20\n---\n\n## People\n\n| Name | Title | Notes |\n|---|---|---|\n\
         | Fiona Reid | Talent Partner | met me on Zoom, booked the final |\n",
    );
    assert_eq!(person(&n, "Fiona Reid").kind(), Kind::Interviewer);
}

// Set 45: a hurried cook's note. `- owner wasnt there` was "Owner Wasnt There", with a letter;
// `text renata tonite (short!!)` gave her an email she does not read; `email kayla thx` made no
// one; `culinary director for the whole group` was all her title.
#[test]
fn a_hurried_note_s_to_dos_say_whom_to_write_to_and_how() {
    let n = note_at(
        "ember-and-oak/2026-11-17-sitdown.md",
        "e&o sit down tues 11/17 - 3pm\n\nkayla from toque talent set it up, emailed me the time sun night.\n\n\
         who\n- chef renata obi - culinary director for the whole group (3 spots). shes the one who decides\n\
         - phil - GM. didnt catch last name. quiet\n- owner wasnt there\n\n\
         contact\n- renata gave card but said \"just text me, i dont read email till sunday\"\n\
         - kayla - email, she emailed me first\n\n\
         tys\ntext renata tonite (short!!)\nemail phil w/ 31% not 28\nemail kayla thx\n",
    );
    assert_eq!(names(&n), ["Chef Renata Obi", "Phil", "Kayla"]);
    assert_eq!(person(&n, "Chef Renata Obi").title.as_deref(), Some("Culinary Director"));
    assert_eq!(person(&n, "Chef Renata Obi").channel, Some(Channel::Text));
    assert_eq!(person(&n, "Kayla").kind(), Kind::Helper, "one who set it up, not met");
    assert!(person(&n, "Kayla").emailed);
}

// Set 45: `Head of Design, the hiring manager` was a second person, "Dear Design,"; `— Dr., VP
// Customer Experience` gave the title "Dr., VP…" and "Dear Ulrike," to a formal German VP.
#[test]
fn a_title_s_field_is_no_one_and_an_honorific_before_a_title_is_theirs() {
    let n = note(
        "---\ncompany: Nordlicht Bank\ndate: 2026-12-01\n---\n## People\n\
         - [[Ulrike Sandmann]] — Dr., VP Customer Experience. Most senior in the room.\n\
         - [[Malte Behrens]] — Head of Design, the hiring manager. Relaxed.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Dr. Ulrike Sandmann", Some("VP Customer Experience")), ("Malte Behrens", Some("Head of Design"))]
    );
}

// Set 45: `Met Ifeoma Eze, the pharmacy technician on the team` was "Dear Met,"; `Ifeoma, nothing,
// I'll ask Tomás to say thanks` still gave her a letter, and the surgeon gossip `not repeating it`
// went to Tomás as a highlight.
#[test]
fn one_the_plan_says_gets_nothing_has_no_message_and_what_is_kept_to_oneself_stays_out() {
    let n = note(
        "---\ncompany: St Kevin's\ndate: 2026-12-03\n---\n\
         Tomás Ó Briain, the senior pharmacist, took me round. He said \"you'll fit right in so\".\n\n\
         Met Ifeoma Eze, the pharmacy technician on the team, who runs the automated cabinets.\n\n\
         Promised Tomás the IV-to-oral switch audit tool. He gave me his mobile and said to WhatsApp it \
         or text him, he never opens his email. Ifeoma, nothing, I'll ask Tomás to say thanks.\n\n\
         Tomás also said that one of the surgeons is \"an absolute nightmare for cefuroxime\" which, grand, \
         good to know, not repeating it.\n",
    );
    assert_eq!(names_and_titles(&n), [("Tomás Ó Briain", Some("Senior Pharmacist"))]);
    assert_eq!(person(&n, "Tomás Ó Briain").channel, Some(Channel::Text), "said to text him");
    assert!(n.highlights.iter().all(|h| !h.text.contains("cefuroxime")), "{:?}", n.highlights);
}

// Set 45: R. Malcolm Barlow, whom the note calls "Mr. Barlow" throughout, was "Dear R.,", got an
// email though he "still prefers a proper letter", and no thank-you at all, the note's
// `ty_done: round 1 emails sent 19 Nov` read as this round's.
#[test]
fn a_senior_partner_is_greeted_and_written_to_as_the_note_says() {
    let n = note(
        "---\nfirm_name: Whitcombe Barlow LLP\ninterview_on: 2026-11-26\nsat_with:\n  - R. Malcolm Barlow — Senior \
         Partner\nty_done: round 1 emails sent 19 Nov (Deborah, Aaron)\n---\n\
         Lorraine brought me to Mr. Barlow's office. Mr. Barlow lit up when I mentioned Windsor.\n\n\
         - I told Mr. Barlow I could start **4 January**. I had forgotten the notice. Realistic start date is \
         **Monday 11 January**. I must correct this in writing.\n\n## Thank-you plan\n\
         - [ ] Mr. Barlow — **posted letter**. He said he \"still prefers a proper letter to another email.\"\n\
         - Aaron — nothing (already thanked)\n",
    );
    let barlow = person(&n, "R. Malcolm Barlow");
    assert_eq!(barlow.called.as_deref(), Some("Mr. Barlow"));
    assert_eq!(barlow.channel, Some(Channel::Letter));
    assert!(!n.thanked, "round 1's thanks, and Aaron's, are not this round's");
    assert_eq!(
        n.clarifications,
        ["I said I could start 4 January, but in fact my realistic start date is Monday 11 January."]
    );
    assert!(n.unread.iter().all(|u| u.kind != "clarification"), "{:?}", n.unread);
}

// Set 45: a Berlin bank's case round. Everyone had a posted letter: Malte, whose mail is pasted
// in a callout; Priya (`Priya: mail in English`); Dr. Sandmann, whose thanks Frau Köhler passes
// on; and Frau Köhler (`hr::`), to whom the plan says to write, had nothing.
#[test]
fn a_german_office_s_plan_of_thanks_is_read() {
    let n = note(
        "# Nordlicht Bank – case presentation\n\ncompany:: [[Nordlicht Bank]]\ndate:: 2026-12-01\n\
         people:: [[Ulrike Sandmann]], [[Malte Behrens]], [[Priya Natarajan]]\nhr:: [[Sabine Köhler]]\n\n\
         ## People\n- [[Ulrike Sandmann]] — Dr., VP Customer Experience. Quite formal.\n\
         - [[Malte Behrens]] — Head of Design, the hiring manager.\n- [[Priya Natarajan]] — Senior UX Researcher.\n\
         - Frau Köhler brought me in and out. Frau Köhler is very formal.\n\n\
         > [!quote] Mail from Malte, same evening (20:14)\n> Subject: Thanks for today\n> Hi Lena,\n\
         > thanks again, really enjoyed it. Sabine will be in touch.\n> Malte\n\n## Thank-yous\n\
         - [ ] Reply to Malte's mail — thanks, short\n\
         - [ ] Frau Köhler: formal mail **in German, Sie-form**, with the deck. Ask her to pass thanks to \
         Dr. Sandmann (Frau Köhler said she forwards everything to her).\n\
         - [ ] Priya: mail in English with the screener\n",
    );
    assert_eq!(names(&n), ["Ulrike Sandmann", "Malte Behrens", "Priya Natarajan", "Sabine Köhler"]);
    assert_eq!(person(&n, "Ulrike Sandmann").channel, Some(Channel::Passed));
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Sabine Köhler"));
    assert!(person(&n, "Malte Behrens").emailed, "he wrote to her");
    assert!(person(&n, "Priya Natarajan").emailed);
    let sabine = person(&n, "Sabine Köhler");
    assert!(sabine.emailed);
    assert_eq!(sabine.called.as_deref(), Some("Frau Köhler"));
    assert!(n.highlights.iter().all(|h| !h.text.contains("enjoyed")), "his mail is his: {:?}", n.highlights);
}

// Set 45: plans of thanks as a Berlin panel's, a cook's, an HVAC tech's and a Dublin
// pharmacist's notes wrote them. Each of these people had a posted letter.
#[test]
fn a_plan_of_thanks_says_the_message_then_whom_it_goes_to() {
    let n = note(
        "---\ncompany: Kiezkraft\ndate: 2026-11-25\n---\n## Who\n- [[Miriam Osterloh]] — Head of Research\n\
         - [[Jakob Reinholt]] — Director of Product\n- [[Aylin Demir]] — Senior Product Designer\n\
         - [[Sören Lindqvist]] — Analytics Lead\n\norganised-by:: [[Tobias Kramer]]\n\n\
         Aylin gave me her mail herself for the template (aylin.demir@kiezkraft.de).\n\n## Thank-yous\n\
         - [ ] one mail to Tobias for the whole panel (mention the SQL)\n- [ ] Aylin directly with template\n\
         - [ ] Miriam directly? I have her mail from first round — yes, short one\n- Jakob, Sören: only via Tobias\n",
    );
    assert!(person(&n, "Tobias Kramer").emailed);
    assert!(person(&n, "Aylin Demir").emailed, "her address is in the note");
    assert!(person(&n, "Miriam Osterloh").emailed, "she has her mail");
    assert_eq!(person(&n, "Jakob Reinholt").channel, Some(Channel::Passed));
    assert_eq!(person(&n, "Sören Lindqvist").channel, Some(Channel::Passed));
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Tobias Kramer"));

    let n = note(
        "---\ncompany: Olentangy State\ndate: 2026-12-02\n---\n## Who\n- Jim Petrakis — HVAC shop supervisor\n\
         - Margaux Beaulieu — owner\n\n## Thanks\n- [ ] CARD to Jim - handwrite it, mail to the HVAC shop\n\
         card to margaux - put the brunch thing right\n",
    );
    assert_eq!(person(&n, "Jim Petrakis").channel, Some(Channel::Card));
    assert_eq!(person(&n, "Margaux Beaulieu").channel, Some(Channel::Card));

    // `nothing to Fionnuala … directly`: no message, and the next round's note still knows her.
    let n = note(
        "---\ncompany: St Kevin's\ndate: 2026-11-23\n---\nFionnuala Breen, the Chief Pharmacist, chaired it. \
         Dr Cathal Moriarty, Consultant Microbiologist, lovely.\n\nSo the plan is: poster to Cathal, and nothing to \
         Fionnuala directly.\n",
    );
    assert_eq!(names(&n), ["Dr Cathal Moriarty"]);
    assert_eq!(n.not_thanked.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Fionnuala Breen"]);
}

#[test]
fn set_46_people_thanks_and_timeline_as_written() {
    // A hurried note's capitals are no part of a name; a ticked-off thank-you is sent; one asked
    // to pass thanks to the person an item opens with carries them to her alone.
    let n = note(
        "---\ncompany: Gulfline\ndate: 2026-12-02\n---\n## Who\n- GREG SANDOVAL - ops mgr. gave card: gsandoval@gulfline.example\n\
         - PRISCILLA NGUYEN - team lead carrier sales\n- Tasha Boudreaux - recruiter, tboudreaux@gulfline.example\n\n\
         WHERE: Tasha says decision \"by Friday 12/11\". if offer comes by 12/7 earliest start is 12/21.\n\n\
         THX:\n- Greg - EMAIL tonight\n- Priscilla - no email. ask Tasha to pass thanks along\n- Tasha - EMAIL\n",
    );
    assert_eq!(names(&n), ["Greg Sandoval", "Priscilla Nguyen", "Tasha Boudreaux"]);
    assert_eq!(person(&n, "Priscilla Nguyen").channel, Some(Channel::Passed));
    assert_ne!(person(&n, "Greg Sandoval").channel, Some(Channel::Passed), "Greg is emailed, not passed");
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 11)), "not the writer's supposed 12/7");

    let n = note(
        "---\ncompany: Dunmore Museum\ndate: 2026-11-18\n---\n## Who was in the room?\n\
         - **Dr Alasdair Kerr**, Head of Collections\n- **Fenella Ross**, Senior Conservator\n\n\
         Others, for completeness: **Donald**, a volunteer on the front desk.\n\n## Thank-yous\n\n\
         - [x] Email to Alasdair — sent this evening. Thanked him and asked him to pass on my thanks to Fenella.\n",
    );
    assert!(!names(&n).contains(&"Others"), "{:?}", names(&n));
    assert!(person(&n, "Dr Alasdair Kerr").thanked);
    assert!(person(&n, "Fenella Ross").thanked, "her thanks went in the sent email");

    // One address is one person's: the one whose name it spells.
    let n = note(
        "---\ncompany: Dunmore Museum\ndate: 2026-12-02\n---\n## Who\n- **Professor Harriet Lowe**, Director. She is \
         \"hopeless with email — everything goes through Alasdair or Mhairi\", but gave me her card nonetheless \
         (h.lowe@dunmore.example).\n- **Mhairi Gillies** met me at the door.\n\n## Thank-yous\n\n\
         - [ ] **Harriet** — email to the address on her card.\n- [ ] Mhairi — reply to her expenses email with a line of thanks.\n",
    );
    assert_eq!(person(&n, "Professor Harriet Lowe").email.as_deref(), Some("h.lowe@dunmore.example"));
    assert_eq!(person(&n, "Mhairi Gillies").email, None);
    assert!(n.hands_off.is_none(), "a card given anyway is no rule against writing");
}

#[test]
fn set_46_toml_keys_and_the_final_still_to_come() {
    let n = note(
        "+++\norg = \"Rupeeloop Technologies\"\npost = \"Senior Data Analyst - Credit Risk\"\nwhen = 2026-11-26\n\
         spoc = \"Shruti Menon (TA)\"\n+++\n\n# Panel\n\n1. Vikram Shetty - Lead, Risk Analytics.\n\n\
         Final round with the CEO is preponed to Wed 2/12. Final is round 3 of 3. Good - no clash with Navjeevan round 2 on 4/12.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Senior Data Analyst - Credit Risk"));
    assert_eq!(person(&n, "Shruti Menon").role.as_deref(), Some("coordinator"));
    assert_eq!(n.process_position, Some(ProcessPosition::Middle));
    assert!(n.steps.iter().all(|s| !s.what.contains("Navjeevan")), "{:?}", n.steps);
}

#[test]
fn set_46_a_notion_plan_of_thanks_linkedin_and_a_start_date_set_right() {
    let n = note(
        "# Numbl – first stage call\n\nCompany: Numbl\nRole: Learning Designer\nDate: 18 November 2026\n\n## People\n\n\
         | Name | Role | Notes |\n| --- | --- | --- |\n\
         | Siân Pryce | Head of Learning Design | Led the call. sian.pryce@numbl.example |\n\
         | Tom Hadley | Senior Learning Designer | Quieter. \"Find me on LinkedIn if you want to chat about the task\" |\n\
         | Fiona Gallagher | Talent Partner | Booked everything. fiona@numbl.example |\n\n\
         ## Next\n\n- Stage 2: take-home task – a micro-lesson on ratio. Due Mon 30 Nov.\n\
         - Stage 3: final – **booked for Thu 3 Dec, 14:00**.\n\n## Follow-up\n\n\
         - [x] Thank-you email to Siân (sent 18 Nov, 19:40)\n- [x] Quick thanks to Fiona for sorting the slot\n\
         - [ ] LinkedIn connection + short note to Tom\n",
    );
    assert!(person(&n, "Siân Pryce").thanked);
    assert!(person(&n, "Fiona Gallagher").thanked, "a quick thanks, ticked off");
    assert_eq!(person(&n, "Tom Hadley").channel, Some(Channel::LinkedIn));
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 3)), "the take-home is due, no round");

    let n = note(
        "---\ncompany: Numbl\ndate: 2026-12-03\ninterviewers: [Ellie Marsh]\n---\n## Things I got wrong\n\n<aside>\n\
         ⚠️ **Start date.** Ellie asked when I could start and I said \"January\". That is wrong – teacher notice: \
         resign by 28 Feb. So realistic start is **Mon 3 May 2027** (or after Easter – unlikely).\n\n</aside>\n\n\
         - Forgot to ask about the team size.\n\n## Follow-up\n\n- [x] Rang Ellie from the tram\n",
    );
    assert!(
        n.clarifications.contains(
            &"I said I could start in January, but in fact my realistic start date is Monday 3 May 2027.".to_owned()
        ),
        "{:?}",
        n.clarifications
    );
    assert!(person(&n, "Ellie Marsh").thanked, "rang her, ticked off");
}

#[test]
fn set_46_an_indian_english_plan_of_thanks_in_numbered_sections() {
    let n = note(
        "+++\norg = \"Rupeeloop\"\npost = \"Senior Data Analyst\"\nwhen = 2026-11-26\n+++\n\n# 1. Panel\n\n\
         1. Vikram Shetty - Lead, Risk Analytics.\n2. Neha Kulkarni - Product Manager, Lending.\n\
         3. Farhan Qureshi - Head of Credit Risk.\n4. Joseph Mathew - IT Manager.\n\n# 5. Promised\n\n\
         1. Send Farhan sir the link to my Medium post on vintage analysis. He asked for it.\n\n# 6. Next\n\n\
         Final round with the CEO was originally 4/12 (Fri) but it is **preponed to Wed 2/12, 6:30 PM**.\n\n\
         # 7. Thank you status\n\n1. Vikram - don't have his mail id. Check the calendar invite.\n\
         2. Neha - LinkedIn message (no mail id). Short.\n3. Farhan - mail sent Fri 27/11 at 17:45 + thanks. DONE.\n\
         4. Joseph sir - no mail id. Kindly ask Vikram to convey thanks.\n",
    );
    assert!(person(&n, "Vikram Shetty").emailed, "an email, once the address is found");
    assert_eq!(person(&n, "Neha Kulkarni").channel, Some(Channel::LinkedIn));
    assert!(person(&n, "Farhan Qureshi").thanked, "a numbered item says it is done");
    assert_eq!(person(&n, "Joseph Mathew").channel, Some(Channel::Passed));
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 2)), "the day it was preponed to, a Wednesday");
    let promised: Vec<String> = n.clarifications.iter().filter_map(|c| crate::letters::voice::promised(c)).collect();
    assert_eq!(promised, ["the link to my Medium post on vintage analysis"], "{:?}", n.clarifications);
}

#[test]
fn set_46_a_voice_memo_says_who_is_who_and_whom_the_card_is_addressed_to() {
    let n = note_at(
        "mansfield-district-vet-clinic/2026-11-24-trial-shift.md",
        "voice memo 24/11 driving home from mansfield\n\n\
         ok so um trial shift at Mansfield and District Vet Clinic done, the rural mixed practice nurse job\n\n\
         so the boss is Dr Gus Whitlock, well Graham Whitlock but everyone calls him Gus, he owns it\n\n\
         Shaz is the senior nurse, Sharon um I didn't get her last name, she gave me her mobile, it's in my phone under Shaz Mansfield\n\n\
         there's another vet Dr Priya Nair she's only like two years out\n\n\
         and Deb on reception she's been there twenty five years\n\n\
         then Gus took me out on a farm call, the farmer was Ken or Kev didn't really meet him properly just said g'day\n\n\
         when do they decide, Gus said \"I'll have a think and give you a ring end of next week\" so like by Friday 4/12 I guess\n\n\
         thank yous\n\
         - card to the clinic addressed to Gus and the team, Shaz, Deb and Priya too, handwritten cos it's Gus\n\
         - text Shaz tonight\n",
    );
    assert_eq!(n.company.as_deref(), Some("Mansfield and District Vet Clinic"), "the folder's name, with its 'and'");
    assert_eq!(names(&n), ["Dr Gus Whitlock", "Shaz", "Dr Priya Nair", "Deb"]);
    assert_eq!(person(&n, "Shaz").title.as_deref(), Some("Senior Nurse"));
    assert_eq!(person(&n, "Deb").role.as_deref(), Some("assistant"));
    assert_eq!(person(&n, "Dr Gus Whitlock").channel, Some(Channel::Card));
    assert!(!matches!(person(&n, "Dr Gus Whitlock").did, Some(crate::model::Did::Greeted(_))), "the farmer said g'day");
    assert_eq!(person(&n, "Shaz").channel, Some(Channel::Text));
    assert_eq!(person(&n, "Dr Priya Nair").channel, Some(Channel::Passed));
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Dr Gus Whitlock"));
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 4)));
}

#[test]
fn set_46_an_archivists_plan_of_thanks_in_her_own_words() {
    let n = note(
        "---\ncompany: Pentland Textile Museum\ndate: 2026-11-27\n---\n## Who was in the room?\n\n\
         - **Mr Hamish Laidlaw**, Chair of the Trustees.\n- **Rosalind Gow**, Museum Manager (rosalind@ptm.example).\n\n\
         ## Thank-yous\n\n- [ ] **Hamish** — a handwritten letter, posted to Brae Cottage.\n\
         - [ ] **Rosalind** — email. Ask her to thank Agnes for me, or put a line in Hamish's letter and one in Rosalind's.\n\
         - [ ] **Kenny** — A card, sent to the museum, marked for him? Yes — card.\n\n\
         I promised Rosalind the name and contact of a freelance textile conservator. I'll send her Ruth's details (with Ruth's permission — ask her first).\n",
    );
    assert_eq!(person(&n, "Mr Hamish Laidlaw").channel, Some(Channel::Letter), "a handwritten letter");
    assert_ne!(person(&n, "Mr Hamish Laidlaw").channel, Some(Channel::Passed), "the other way is another's");
    assert!(
        !n.clarifications.iter().any(|c| c.starts_with("send Rosalind")),
        "kept once Ruth agrees: {:?}",
        n.clarifications
    );
}

#[test]
fn set_61_a_handwritten_thank_you_letter_is_a_letter() {
    let n = note_at(
        "kumo-interactive/2026-12-02-final.md",
        "【参加者】\n■ Yamaguchi Takeshi 部長 (buchō) — Head of Development Division\n\
         ■ Kondo Emi 課長 (kachō) — HR Section Manager\n■ Ishikawa-san — Lead Programmer\n\n■ Keep\n\
         - Buchō liked my junior mentoring idea (pair-programming Friday).\n\n■ Try\n\
         - Handwritten thank-you letter for Yamaguchi buchō. Use proper 便箋.\n\
         - Handwritten thank-you card for Kondo kachō.\n\
         - Ishikawa-san — handwritten thank-you letter as well\n",
    );
    assert_eq!(person(&n, "Yamaguchi Takeshi").channel, Some(Channel::Letter), "a letter, handwritten");
    assert_eq!(person(&n, "Kondo Emi").channel, Some(Channel::Card), "a card, handwritten");
    assert_eq!(person(&n, "Ishikawa").channel, Some(Channel::Letter), "a letter, after a dash");
}

#[test]
fn set_46_a_dispatchers_capitals_the_job_under_the_company_and_a_plan_done_by_label() {
    let n = note_at(
        "bayou-fresh-distribution/2026-11-25-onsite.md",
        "BAYOU FRESH DISTRIBUTION - ONSITE\nWED 11/25 0900-1230\nTransportation Coordinator - INBOUND\n\
         DC on Aldine Bender, N Houston\n\nINTERVIEW w/ LUIS YBARRA - Transportation Mgr. would be my boss.\n\
         - he liked the temp log story (caught a reefer running 44F on a produce load, refused it, saved a claim).\n\
         checked in at guard shack - Ms. Ruth (security). visitor badge.\n\n\
         THX\n- Luis - EMAIL. card: lybarra@bayoufresh.example. fix CDL thing + refs\n- Big Mike - TEXT tonight\n\
         - Ms. Ruth / Carla - nothing\n",
    );
    assert_eq!(n.position.as_deref(), Some("Transportation Coordinator"));
    // (Set 50's `site walk w/ Tony …` reads whom a meeting was with after a short lead:
    // `INTERVIEW w/ LUIS YBARRA - Transportation Mgr.` is Luis in full.)
    let luis = person(&n, "Luis Ybarra");
    assert_eq!(luis.email.as_deref(), Some("lybarra@bayoufresh.example"), "his initial opens it");
    assert_eq!(luis.title.as_deref(), Some("Transportation Manager"));
    assert_eq!(person(&n, "Big Mike").channel, Some(Channel::Text));
    assert_eq!(names(&n), ["Luis Ybarra", "Big Mike"], "Ms. Ruth is sent nothing");
    assert_eq!(n.not_thanked.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Ms. Ruth"]);

    let n = note_at(
        "gulfline-logistics/2026-11-20-phone-screen.md",
        "GULFLINE LOGISTICS - PHONE SCREEN\n11/20/26 1000-1030\nLOGISTICS COORDINATOR - brokerage side\n\n\
         Talked w/ Tasha Boudreaux - HR recruiter. ONLY HER.\n\n\
         ## THX\n\n- EMAIL Tasha - tboudreaux@gulfline.example (she sent the calendar invite from it)\n  >> SENT 11/20 1415 w/ resume attached. DONE\n",
    );
    assert_eq!(n.position.as_deref(), Some("Logistics Coordinator"), "capitals are shouted");
    assert!(person(&n, "Tasha Boudreaux").thanked);
}

#[test]
fn set_46_a_card_read_aloud_names_jo_in_full_and_her_plan_emails_her() {
    let n = note_at(
        "bayside-animal-specialist-hospital/2026-11-19-voice-memo.md",
        "voice memo thurs 19/11 — bayside\n\n\
         so who was there um Leanne the practice manager Leanne Pritchard she's the one who emailed me the invite\n\n\
         when Jo asked how I'd set up a fentanyl CRI she was nodding heaps\n\n\
         um to do\n- email Leanne thank you tonight\n\
         - Jo gave me her card!! it's in my bag somewhere, email her too? or just ask Leanne to pass it on\n\n\
         [edit fri 20/11 — Jo's card says Joanne Kostas, Head of Nursing, joanne.kostas@bayside.example. still haven't emailed Jo]\n",
    );
    let jo = person(&n, "Joanne Kostas");
    assert_eq!(jo.title.as_deref(), Some("Head of Nursing"));
    assert_eq!(jo.called.as_deref(), Some("Jo"), "the note calls her Jo");
    assert!(jo.emailed, "email her too");
    assert_ne!(jo.channel, Some(Channel::Passed));
}

#[test]
fn set_46_one_passes_on_what_is_sent_through_them_in_brackets() {
    let n = note(
        "---\ncompany: Numbl\ndate: 2026-12-03\ninterviewers: [Siân Pryce, Dev Raina]\n---\n## Follow-up\n\n\
         - [ ] Email Siân – thanks + Dev's Rise file (send to Siân to pass on, no email for Dev)\n",
    );
    assert_eq!(person(&n, "Dev Raina").channel, Some(Channel::Passed));
    assert_eq!(n.thanks_passed_by.as_deref(), Some("Siân Pryce"));
}

#[test]
fn set_46_what_someone_did_is_said_plainly_and_not_when_it_is_to_set_right() {
    let n = note(
        "---\ncompany: Gulfline\ndate: 2026-12-02\n---\n## Who\n\n- Greg Sandoval - ops mgr\n\n## Messed up / clarify\n\n\
         - Greg asked if I'd bring my carrier contacts. I said \"sure.\" NO - that's the company's list.\n\n\
         Tell him I said I had 14 trucks. I said 14 trucks on my board. ITS 34 power units.\n",
    );
    assert!(person(&n, "Greg Sandoval").did.is_none(), "{:?}", person(&n, "Greg Sandoval").did);
    let n = note(
        "---\ncompany: Dunmore\ndate: 2026-12-02\ninterviewers: [Harriet Lowe]\n---\n## What would I say differently?\n\n\
         - **I said the new store was at Sighthill.** Twice. It is at **Granton**; it says so in Alasdair's email, in bold.\n",
    );
    assert_eq!(n.clarifications, ["I said the new store was at Sighthill, but in fact it is at Granton."]);
}

#[test]
fn set_46_what_someone_liked_in_their_own_words_is_theirs() {
    let n = note(
        "---\ncompany: Brightpath\ndate: 2026-11-25\ninterviewers: [Marcus Oyelaran]\n---\n## The portfolio bit\n\n\
         - Marcus: \"I like that you start with the misconception, not the content.\" Wrote that down verbatim.\n",
    );
    let h: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(h.contains(&"Marcus liked that I start with the misconception, not the content"), "{h:?}");
}

#[test]
fn set_45_a_to_do_still_open_says_nothing_of_thanks_sent_by_what_they_sent() {
    let n = note(
        "---\ncompany: Whitcombe Barlow\ndate: 2026-11-26\ninterviewers: [Malcolm Barlow]\nalso_helped: Lorraine Dupuis — legal assistant\n---\n\
         ## Thank-yous\n\n- [ ] Lorraine — brief email (she sent the address from ldupuis@wb.example)\n",
    );
    assert!(!person(&n, "Lorraine Dupuis").thanked, "she sent the address; your thanks are still to send");
}

// Set 47: a Singapore planner's email to herself. Chinese names are written family name first
// (`Ng Wee Ling` is greeted "Wee Ling", `weeling.ng@` is hers); a Malay name joins its parts with
// `bin`/`binte`; "everybody calls him DC" makes the plan's `DC` him; `Second person is…` met
// someone; `on Sunday` is no one; `TY email Wee Ling` and `WhatsApp Encik Ahmad` say how.
#[test]
fn an_email_to_oneself_in_singapore_english_names_its_people_as_they_are_called() {
    let n = note_at(
        "straits/2026-11-13-round1.md",
        "Subject: Straits Cold Chain - Senior Demand Planner - interview 13/11\n\nHi me,\n\n\
         First is Ng Wee Ling, Head of Demand Planning, she's the hiring manager. Her email is on the printout, weeling.ng@straits.example.\n\n\
         Second person is Mr Ahmad bin Ismail, Warehouse Operations Manager, he joined around 10:45. He liked that I walk the racks every week.\n\n\
         Then David Chua Boon Keat, APAC S&OP Director, came in at 15:30. Everybody calls him DC it seems.\n\n\
         Nurul from TalentBridge (Nurul Huda binte Rahman, Senior Consultant, the recruiter) emailed me prep notes on Sunday (from nurul.huda@talentbridge.example).\n\n\
         Process: round 1 of 2. Next: case study presentation on 8/12 at 14:00.\n\n\
         To do:\n- TY email Wee Ling + S&OP deck template\n- WhatsApp Encik Ahmad, with the 1,200 correction\n- DC - LinkedIn\n- Nurul - email\n",
    );
    assert_eq!(
        names(&n),
        ["Ng Wee Ling", "Mr Ahmad bin Ismail", "David Chua Boon Keat", "Nurul Huda"],
        "and not Rahman"
    );
    let wee_ling = person(&n, "Ng Wee Ling");
    assert_eq!(crate::pipeline::extract::people::first_name(&wee_ling.name), "Wee Ling");
    assert_eq!(crate::pipeline::extract::people::last_name(&wee_ling.name), "Ng");
    assert_eq!(wee_ling.email.as_deref(), Some("weeling.ng@straits.example"));
    assert!(wee_ling.emailed, "TY email Wee Ling");
    assert_eq!(person(&n, "Mr Ahmad bin Ismail").channel, Some(Channel::Text), "WhatsApp");
    assert_eq!(person(&n, "David Chua Boon Keat").called.as_deref(), Some("DC"));
    assert_eq!(person(&n, "David Chua Boon Keat").channel, Some(Channel::LinkedIn));
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 8)));
}

// Set 47: a chemistry teacher's clipped to-dos. `card -> Luis` is a card to Luis, `TY Greg ->
// LinkedIn` says how to thank Greg, and `[x] TY text Kayla - sent` is a thank-you given.
#[test]
fn a_clipped_to_do_s_arrow_says_to_whom_or_how() {
    let n = note(
        "---\ncompany: Lakeshore Biologics\ndate: 2026-11-12\npeople:\n  - name: Greg Szymanski\n    title: QA Specialist II\n\
         \x20 - name: Luis Echeverria\n    title: Production Supervisor\n  - name: Kayla Brooks\n    title: Recruiter\n---\n\n\
         ## FU\n- [x] TY text Kayla - sent 4:15pm from parking lot\n- [ ] TY Greg -> LinkedIn (no email) - OOS clarification\n\
         - [ ] card -> Luis, mail to plant attn Luis Echeverria\n",
    );
    assert_eq!(person(&n, "Greg Szymanski").channel, Some(Channel::LinkedIn));
    assert_eq!(person(&n, "Luis Echeverria").channel, Some(Channel::Card));
    assert!(person(&n, "Kayla Brooks").thanked, "ticked off");
    // (Not at the cost of a ticked `thank-you card to`, which said so before "TY" was read.)
    let n = note(
        "---\ncompany: Lakeshore Biologics\ndate: 2026-11-12\npeople:\n  - name: Deb Fox\n    title: Receptionist\n---\n\n\
         ## FU\n- [x] thank-you card to Deb, left at the desk\n",
    );
    assert!(person(&n, "Deb Fox").thanked, "ticked off");
}

// Set 47: a Bear note's `**Who (actually):**` list. Precious, the would-be boss, had been thanked
// "for your help"; `Instead Tumelo Mokoena, Supply Chain Manager, sat in` was "Dear Instead,";
// `Told Tumi I'd send…` made "Tumi I'd"; Riyaad, who ran the process, was an interviewer.
#[test]
fn a_bear_note_s_who_list_with_an_aside_names_the_panel_and_who_helped() {
    let n = note_at(
        "blouberg-medical/2026-11-30-final-panel.md",
        "Blouberg Medical Supplies — final panel\n#jobhunt/2026\n\nMon 30 Nov — Century City.\n\n**Who (actually):**\n\
         - Grant Hofmeyr, MD — big personality.\n\
         - Precious Nkosi, Head of Finance — would be my boss. She emailed me the case pack herself (precious.nkosi@blouberg.example).\n\
         - Deon wasn't there — off sick. Instead Tumelo Mokoena, Supply Chain Manager, sat in. Tumi (he said everyone calls him Tumi) asked all the inventory questions.\n\
         - Lindiwe did the prep call on Friday — 20 min.\n\
         - Riyaad — walked me through the whole process, has chased them for feedback twice already.\n\n\
         **Damn:**\n- Told Tumi I'd send the stock-ageing report layout I use.\n\n\
         **Thank-yous:**\n- [ ] Tumi — LinkedIn, already connected\n- [ ] Riyaad — email\n- [ ] Lindiwe — email\n",
    );
    let named: Vec<(&str, Kind)> = n.people.iter().map(|p| (p.name.as_str(), p.kind())).collect();
    assert!(named.contains(&("Precious Nkosi", Kind::Interviewer)), "{named:?}");
    assert!(named.contains(&("Tumelo Mokoena", Kind::Interviewer)), "{named:?}");
    assert!(named.contains(&("Riyaad", Kind::Helper)), "{named:?}");
    assert!(!named.iter().any(|(name, _)| name.contains("I'd") || name.starts_with("Instead")), "{named:?}");
    assert_eq!(person(&n, "Tumelo Mokoena").channel, Some(Channel::LinkedIn), "Tumi, as everyone calls him");
    assert_eq!(person(&n, "Riyaad").role.as_deref(), Some("recruiter"));
    assert_eq!(person(&n, "Lindiwe").did, Some(crate::model::Did::Helped("doing the prep call on Friday".to_owned())));
}

// Set 47: a Google Doc exported to Markdown. The call was on Teams (said in the opening line, not
// a `Format:` field); `Margaret – “call me Peggy, everyone does”` is greeted so; `\- Forgot to
// mention…` is an item; a thank-you to write about the tour given is no step to come.
#[test]
fn a_google_doc_export_says_how_the_meeting_was_held_and_what_she_is_called() {
    let n = note_at(
        "glasshouse/2026-11-20-walkthrough.md",
        "# Glasshouse Venues – Sales & Events Manager\n\nFriday 20 November 2026 · 10:00 · Teams (they’re in Galway)\n\n\
         | Name | Role | Email | Notes |\n| :---- | :---- | :---- | :---- |\n\
         | Margaret Hanley | General Manager | margaret@glasshouse.example | Sent the floor plans. |\n\n\
         Margaret – “call me Peggy, everyone does” – ran a mock site visit.\n\n\
         ***To clarify***\n\n\\- Forgot to mention the Fáilte Ireland event management cert.\n\n\
         ***Next steps***\n\n- [ ] Thank-you email to Peggy – say thanks to Shane for the tour through her\n",
    );
    assert_eq!(n.format.as_deref(), Some("Teams"));
    assert_eq!(person(&n, "Margaret Hanley").called.as_deref(), Some("Peggy"));
    assert!(n.clarifications.iter().any(|c| c.contains("Fáilte Ireland")), "{:?}", n.clarifications);
    assert!(n.steps.is_empty(), "{:?}", n.steps);
}

// Set 47: the job in a note's opening lines, in words of its own.
#[test]
fn the_job_is_read_from_the_opening_lines_when_nothing_else_names_it() {
    let at = |text: &str| note_at("blouberg-medical/2026-11-30-final.md", text).position;
    let opening = "Blouberg Medical — final panel\n\nMon 30 Nov — Century City, 09:30. Management Accountant (reports to Head of Finance). Pasting the mail.\n\n**Who:**\n- Grant Hofmeyr, MD\n";
    assert_eq!(at(opening).as_deref(), Some("Management Accountant"), "the writer's aside goes");
    let opening = "Kaap — Teams call\n\nThu 19 Nov — 14:00 on Teams. Management Accountant (Fleet & Ops). Ran long.\n\n**Who:**\n- Johan Pretorius, CFO\n";
    assert_eq!(at(opening).as_deref(), Some("Management Accountant (Fleet & Ops)"));
    let opening = "Hi me,\n\nFinal round done!! 10:00 at their office, Supply Planning Lead role, with the GM, Mr Goh Teck Seng, Managing Director. Grant Hofmeyr, MD, was there.\n";
    assert_eq!(at(opening).as_deref(), Some("Supply Planning Lead"));
    let opening =
        "Fynbos Foods — Snr Management Accountant, round 1\n\n**Who:**\n- Mandla Dlamini — FD. Ran the interview.\n";
    assert_eq!(at(opening).as_deref(), Some("Senior Management Accountant"));
}

// Set 47: `notes: scheduling, walked me btwn rooms, site overview` in a YAML list of people: the
// one who scheduled, thanked as the coordinator ("how you approach your work" at the head before).
#[test]
fn a_person_whose_notes_say_they_scheduled_is_the_coordinator() {
    let n = note(
        "---\ncompany: Prairie Pharma\ndate: 2026-11-18\npeople:\n  - name: Robert Kowalski\n    title: QA Manager\n    notes: HM\n\
         \x20 - name: Denise Hollis\n    title: HR Generalist\n    notes: scheduling, walked me btwn rooms, site overview\n---\n",
    );
    assert_eq!(person(&n, "Denise Hollis").role.as_deref(), Some("coordinator"));
    assert_eq!(person(&n, "Denise Hollis").kind(), Kind::Helper);
    assert_eq!(person(&n, "Robert Kowalski").kind(), Kind::Interviewer);
}

// Set 47: a line about how a name is spelled is the writer's own, no point to clarify in a letter.
#[test]
fn a_note_on_how_a_name_is_spelled_is_no_clarification() {
    let n = note(
        "---\ncompany: Lakeshore Biologics\ndate: 2026-11-12\npeople:\n  - name: Dr. Renee Pattersen\n    title: Associate Director\n---\n\n\
         ## fix / clarify\n- told Renee I've been chem hygiene officer \"6 yrs\" -> it's 4 (since fall 2022). correct in TY\n\
         - NOTE: it's Patterson, -son not -sen. badge + email sig. yaml spelling wrong, fix\n",
    );
    assert_eq!(names(&n), ["Dr. Renee Patterson"]);
    assert!(n.clarifications.iter().all(|c| !c.contains("spelling")), "{:?}", n.clarifications);
    assert_eq!(n.clarifications.len(), 1, "{:?}", n.clarifications);
}

// Set 47: `Dr. O -> "you think like an auditor already"`, for Dr. Chinedu Okafor, and `Mr Goh`,
// for Goh Teck Seng, named family name first; not an initial two people share.
#[test]
fn an_honorific_and_a_family_name_or_its_initial_call_someone() {
    let named = |name: &str| Person { name: name.to_owned(), ..Person::default() };
    let people = [named("Dr. Chinedu Okafor"), named("Tamara Lindgren"), named("Goh Teck Seng")];
    assert_eq!(people::honorific_forms_in("Dr. O -> \"you think like an auditor\"", &people[0], &people), ["Dr. O"]);
    assert_eq!(people::honorific_forms_in("Mr Goh asked a lot", &people[2], &people), ["Mr Goh"]);
    assert!(people::honorific_forms_in("Dr. Osei said so", &people[0], &people).is_empty());
    let two = [named("Olga Ortiz"), named("Omar Okafor")];
    assert!(people::honorific_forms_in("Dr. O said so", &two[1], &two).is_empty());
    assert_eq!(people::honorific_forms_in("Dr Okafor said so", &two[1], &two), ["Dr Okafor"]);
}

// Set 48: Apple Notes pasted as plain text: `•` bullets under ALL-CAPS lines, and the recruiter
// named with their agency after an at sign.
#[test]
fn a_plain_text_note_s_typed_bullets_are_its_lists() {
    let n = note_at(
        "kotui-health/2026-11-17-first-interview.md",
        "Kōtui Health – interview #1\nTue 17 Nov, 10am, Parnell\nRole: Clinical Product Specialist\n\nWHO WAS THERE\n\
         • Ngaire Pōtae – Head of Product. ran the whole thing. email – ngaire.potae@kotui.health\n\
         • Sam Liufau – senior UX designer, joined for the 2nd half\n\
         • Jess Harwood @ Talent Army (recruiter) – set it all up, rang me Fri arvo to prep me\n\nHOW IT WENT\n\
         • Ngaire liked my triage example – the ED tracking board vs the whiteboard\n",
    );
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ngaire Pōtae", "Sam Liufau", "Jess Harwood"]);
    assert_eq!(person(&n, "Jess Harwood").role.as_deref(), Some("recruiter"));
    assert_eq!(n.highlights.len(), 1, "{:?}", n.highlights);
    assert_eq!(n.highlights[0].about, ["Ngaire Pōtae"]);
}

// Set 48: one table a round, the panel named in one cell with their jobs in brackets, and what
// landed in another; a thank-you list's "no need", "nah" and a typed cross.
#[test]
fn a_table_a_round_names_its_panel_and_what_landed_with_them() {
    let n = note_at(
        "kirana-cloud/2026-11-21-walkin-drive.md",
        "# Kirana Cloud – QA Lead – Weekend Drive (21-Nov-2026, Sat)\n\n## Round 1 – Technical\n\n\
         | Round | Panel | What they asked | How it went |\n|---|---|---|---|\n\
         | R1 | Anand S. (SDET-III), Meghna Kulkarni (Senior QA Engineer) | Playwright | Overall good. Anand was very much impressed with the retry-analyzer approach. |\n\
         | R2 | K. Srinivasan (Director – Quality Engineering) | Team size | Very good. He told \"You think like an owner, that is what we want in this role.\" |\n\n\
         ## Thank you mails\n- [ ] K. Srinivasan – email – he gave visiting card: srinivasan.k@kiranacloud.in\n\
         - Ravi (admin) gave visitor pass and lunch coupon – no need\n",
    );
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.starts_with(&["Anand S.", "Meghna Kulkarni", "K. Srinivasan"]), "{names:?}");
    assert_eq!(person(&n, "Meghna Kulkarni").title.as_deref(), Some("Senior QA Engineer"));
    assert_eq!(crate::pipeline::extract::people::first_name("K. Srinivasan"), "Srinivasan");
    let about: Vec<&[String]> = n.highlights.iter().map(|h| h.about.as_slice()).collect();
    assert_eq!(about, [&["Anand S.".to_owned()][..], &["K. Srinivasan".to_owned()][..]], "{:?}", n.highlights);
    assert!(n.highlights[1].text.contains("You think like an owner"));
    let named = |names: &[&str]| -> Vec<Person> {
        names.iter().map(|n| Person { name: (*n).to_owned(), ..Person::default() }).collect()
    };
    let plan = "- Ravi (admin) gave visitor pass and lunch coupon – no need\n- Meghna – nah, she barely said anything\n\
                ✗ Anand – only said hello, no\n- Lea – not need, she will call me anyway\n- Sam – LinkedIn\n";
    let people = named(&["Ravi", "Meghna Kulkarni", "Anand S.", "Lea Hoffmann", "Sam Liufau"]);
    assert_eq!(super::spoken::not_thanked(plan, &people), ["Ravi", "Meghna Kulkarni", "Anand S.", "Lea Hoffmann"]);
}

// Set 48: `Koffi is already thanked so put it in Dr. Mwangi's email.`: the clause that says so.
#[test]
fn a_thanks_given_is_theirs_the_clause_names() {
    let n = note_at(
        "paib/2026-11-19-interview-1.md",
        "---\ntitle: PAIB – Interview 1\n---\n\n### Panel\n- **Dr. Samuel Mwangi** – Division Manager. Chaired.\n\
         - **Koffi Mensah** – HR Business Partner, emailing me since shortlisting (k.mensah@paib.int)\n\n### Fix\n\
         - Forgot to mention my ACCA. Koffi is already thanked so put it in Dr. Mwangi's email.\n",
    );
    assert!(person(&n, "Koffi Mensah").thanked);
    assert!(!person(&n, "Dr. Samuel Mwangi").thanked);
}

// Set 48: a German writer's TOML keys, a round counted `2/3`, an interview with the hiring
// manager that names no job, and a final booked after the rounds this note is about.
#[test]
fn a_german_writers_keys_and_a_counted_round_are_read() {
    let n = note_at(
        "lindenbaum-mobility/2026-11-18-tech-round.md",
        "+++\nfirma = \"Lindenbaum Mobility GmbH\"\nwann = 2026-11-18T10:00:00+01:00\nrunde = \"2/3\"\n\
         panel = [ { name = \"Katrin Vogel\", titel = \"Head of Data\" } ]\n+++\n\n# Lindenbaum – Technical round\n\n\
         - Final with the CTO (Matthias Brandt) is already booked: **Di 1.12., 15:00**\n",
    );
    assert_eq!(n.company.as_deref(), Some("Lindenbaum Mobility GmbH"));
    assert_eq!(n.stage.as_deref(), Some("round 2 of 3"));
    assert_eq!(n.process_position, Some(ProcessPosition::Middle));
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 1)));
    assert_eq!(person(&n, "Katrin Vogel").title.as_deref(), Some("Head of Data"));
    let n = note_at(
        "fluxa-payments/2026-11-24-hiring-manager.md",
        "+++\nfirma = \"Fluxa Payments\"\nwann = 2026-11-24T14:00:00+01:00\n+++\n\n\
         # Fluxa – erstes Vorstellungsgespräch (hiring manager)\n\n- Dominic liked my on-call story\n",
    );
    assert_eq!(n.position, None, "whom it was with, not the job");
    let n = note_at(
        "zestmark/2026-11-25-r1-r2.md",
        "# Zestmark – QA Lead – R1 + R2 (25-Nov)\n\n## Next\n\
         - Final round (VP Engineering + HR) booked: 02-Dec (Wed) 4 PM, in person.\n",
    );
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 2)));
    assert_eq!(n.process_position, Some(ProcessPosition::Middle), "the final is still to come");
}

// Set 48: `round 1 of 3` and `round 2 = case study … BOOKED`: the next round is the case study.
#[test]
fn the_next_round_and_the_meeting_that_says_what_it_is_are_one_step() {
    let n = note_at(
        "kotui-health/2026-11-17-first-interview.md",
        "Kōtui Health – interview #1\nTue 17 Nov\n\nWHO WAS THERE\n• Ngaire Pōtae – Head of Product\n\nPROCESS\n\
         • round 1 of 3\n• round 2 = case study w/ Head of Engineering – BOOKED Thu 26 Nov 1pm\n",
    );
    let steps: Vec<&str> = n.steps.iter().map(|s| s.what.as_str()).collect();
    assert!(steps.iter().all(|s| !s.contains("next round")), "{steps:?}");
    assert!(steps.iter().any(|s| s.contains("case study")), "{steps:?}");
    assert_eq!(n.company.as_deref(), Some("Kōtui Health"));
}

#[test]
fn a_shouted_stage_is_said_plainly_and_an_acronym_kept() {
    // (Set 49: "I wanted to follow up on my FINAL interview…".)
    assert_eq!(super::unshouted_words("FINAL"), "final");
    assert_eq!(super::unshouted_words("HR screen"), "HR screen");
    assert_eq!(super::unshouted_words("FINAL ROUND (2 OF 2)"), "final round (2 of 2)");
    assert_eq!(
        super::unshouted_words("FINAL (2 of 2 — first was the phone screen)"),
        "final (2 of 2 — first was the phone screen)"
    );
    assert_eq!(super::unshouted_words("final: *NSYNC"), "final: *NSYNC", "a stage in lower case is as written");
}

#[test]
fn news_in_a_private_section_or_of_a_named_other_company_is_no_status() {
    // (Set 49: the writer's private block held another company's offer, and every letter of the
    // note thanked the alliance "for the offer".)
    let text = "---\ncompany: Western Parkland Roads Alliance\ndate: 2026-12-03\n---\n\n## Panel\n- Bronwyn Tate — Alliance Manager\n\n## Private\n- Calder Bryce offer came in Tues — $162k + super.\n- got the offer from them too, haha\n";
    assert_eq!(note(text).status, None);
    let open = "---\ncompany: Western Parkland Roads Alliance\ndate: 2026-12-03\n---\n\n## Update\n- Got the offer!!\n";
    assert_eq!(note(open).status.as_deref(), Some("offer"), "the note's own news, said openly");
}

#[test]
fn a_check_in_planned_by_phone_is_read_in_a_hurried_thumb_s_words() {
    let people = [Person { name: "Jenna Whitcomb-Ruiz".into(), ..Person::default() }];
    assert_eq!(
        super::checks_in_with("next: hear back by fri dec 11. if nothin by mon 12/14 im gonna call jenna", &people),
        Some(("Jenna Whitcomb-Ruiz".to_owned(), true))
    );
    assert_eq!(super::checks_in_with("nothin much happened, call jenna sometime", &people), None);
    // (Set 50's minutes: an office to ring, not a person.)
    assert_eq!(
        super::checks_in_with("Resolved: If nothing by Tuesday 8 Dec, phone the HR office.", &people),
        Some(("the HR office".to_owned(), true))
    );
    assert_eq!(super::checks_in_with("If no word by Fri, call HR.", &people), Some(("HR".to_owned(), true)));
    assert_eq!(super::checks_in_with("If nothing by Fri, call the other two.", &people), None);
}

#[test]
fn a_thank_you_list_may_name_someone_by_the_initials_of_their_job_or_as_madam() {
    // (Set 49: "Dear MD," and "Dear Madam," beside letters to the same two people.)
    let text = "---\ncompany: Greenfield Pharma\ndate: 2026-12-03\n---\n\n## The interview\n\nMr. Olumide Fashola, the Managing Director. Mrs. Okonkwo-Bello sat in.\n\nThank you list:\n- [ ] MD — formal letter. Hand deliver it to Temitope.\n- [ ] Madam — email.\n";
    let n = note(text);
    let found: Vec<(&str, Option<Channel>)> = n.people.iter().map(|p| (p.name.as_str(), p.channel)).collect();
    assert!(!found.iter().any(|(name, _)| *name == "MD" || *name == "Madam"), "{found:?}");
    let md = n.people.iter().find(|p| p.name == "Mr. Olumide Fashola").expect("the MD");
    assert_eq!(md.channel, Some(Channel::Letter), "a formal letter, not a card");
}
#[test]
fn minutes_of_a_meeting_list_those_present_and_not_the_writer_or_apologies() {
    let n = note(
        "**Company:** Acme\n**Minutes taken by:** K. Molefe (afterwards)\n\n## Present\n\
         - Mr Pieter van der Merwe – Head: Safety, Health & Environment\n\
         - Mrs K. Naidoo (Kavitha) – HR Business Partner\n- Mr K. Molefe – Candidate\n- Candidate\n\n\
         ## Apologies\n- Dr R. Pillay – Occupational Medical Practitioner (called out to a medical case)\n\n\
         ## In attendance (part)\n- Mr Sipho Mahlangu – Safety Officer (item 5 only)\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Mr Pieter van der Merwe", Some("Head: Safety, Health & Environment")),
            ("Mrs Kavitha Naidoo", Some("HR Business Partner")),
            ("Mr Sipho Mahlangu", Some("Safety Officer")),
        ]
    );
}

#[test]
fn an_attendance_note_and_an_after_action_report_name_their_people_as_a_letter_does() {
    // (Set 51: `**Attendees:**` as the last line of the labels' paragraph, right over the list,
    // and the initials the note then calls each one by, in brackets.)
    let n = note_at(
        "meridian-re/2026-11-19-gc-round-2.md",
        "# ATTENDANCE NOTE\n\n**Date:** Thursday, 19 November 2026\n**Attending:** Charlotte Ashworth (CA)\n**Attendees:**\n\
         - Priya Raman-Shah (PRS), General Counsel & Company Secretary\n- Daniel Osei (DO), Head of Legal, Claims & Disputes\n\n\
         2.2 PRS said she liked the (Redacted) matter.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Priya Raman-Shah", Some("General Counsel & Company Secretary")),
            ("Daniel Osei", Some("Head of Legal, Claims & Disputes"))
        ]
    );
    // (A report's list in capitals: "Mr.", a capital inside a name the note writes elsewhere, a
    // title's hurried words written out.)
    let n = note_at(
        "lone-star-cold-chain/2026-11-17-rd1.md",
        "DTG: Tue 17 Nov 2026\n\nPOCs:\n- MR. RAY GUTIERREZ, OPS DIR — hiring mgr. Ran most of it.\n\
         - LATOYA JENKINS, TALENT ACQ SPECIALIST — recruiter, set up the whole thing.\n\
         - Dr Alex Nikolaidis, Dir of Surgery\n\nLaToya met me in the lobby.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Mr. Ray Gutierrez", Some("Operations Director")),
            ("LaToya Jenkins", Some("Talent Acquisition Specialist")),
            ("Dr Alex Nikolaidis", Some("Director of Surgery")),
        ]
    );
}

#[test]
fn a_nurse_s_soap_note_and_a_soldier_s_report_are_read_for_people_rounds_and_check_ins() {
    // (Set 51: a hospital named "Private" in the title; the panel as a chart writes it; a name in
    // full after the job in brackets; the given name she goes by before her name in full.)
    let n = note_at(
        "yarra-bend-private/2026-11-18-num-4east-rd1.md",
        "# Yarra Bend Private — NUM 4 East (Surgical) — interview 18/11/26\n\n\
         Wed 18/11. Booked by Mai (Tran Thi Mai, Nursing Workforce Coordinator) — mai.tran@ybp.com.au\n\n**S:**\n\
         - Pnl of 3: Bronwen Hatch (DON), Aroha Ngata (Clinical Nurse Educator, periop + surg), Dr Nikolaidis (Dir of Surgery — Dr Alex Nikolaidis).\n\n\
         **P:**\n- Rd 1 of 2. Next: panel presentation on 8/12, 10am. ✔ booked.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Bronwen Hatch", Some("Director of Nursing")),
            ("Aroha Ngata", Some("Clinical Nurse Educator")),
            ("Dr Alex Nikolaidis", Some("Director of Surgery")),
            ("Tran Thi Mai", Some("Nursing Workforce Coordinator")),
        ]
    );
    assert_eq!(person(&n, "Tran Thi Mai").called.as_deref(), Some("Mai"));
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 8)));
    // (A report: a careers inbox is the way to them, no rule against writing; a job, a surname
    // and the given name in brackets; one who goes by another name; a surname alone in the
    // list of thanks; a check-in to "her" whom the condition names, on the day it says.)
    let n = note_at(
        "lone-star-cold-chain/2026-12-01-rd2.md",
        "AAR — LSCC RD 2\nDATE: 01 DEC 2026\n\nBLUF: Decision NLT 11DEC per Ray.\n\nPANEL:\n\
         - MR. PAUL KESSLER — SITE GENERAL MANAGER. Led the walk. Card: pkessler@lonestarcoldchain.com\n\
         - Ops Dir Gutierrez (Ray) — second time.\n- Hugh (Hieu Nguyen) said hey in the break room, wasn't on panel.\n\n\
         THANK-YOUS:\n[x] LaToya — email — sent 011630DEC\n[ ] Kessler — email (pkessler@) + 5S layout attached.\n\n\
         NO DIRECT EMAILS GIVEN for the panel. HR said send anything through the careers inbox.\n\n\
         CHECK-IN: If no Rd 3 date from LaToya by FRI 04DEC → email her MON 07DEC.\n",
    );
    assert_eq!(names(&n), ["Mr. Paul Kessler", "Ray Gutierrez", "LaToya"]);
    assert_eq!(person(&n, "Ray Gutierrez").title.as_deref(), Some("Operations Director"));
    assert_eq!(n.hands_off, None, "the inbox is the way to them");
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 11)));
    assert_eq!(n.check_in_said, Some(jiff::civil::date(2026, 12, 7)));
    assert_eq!(n.checks_in_with.as_deref(), Some("LaToya"));
}

#[test]
fn a_panel_joined_by_a_plus_a_job_in_capitals_and_a_name_cut_short_are_read_as_one_person_each() {
    // (Set 51: `+` between two of a panel; a sentence opening with "Used" is no one's; a job in
    // capitals before its field is no name.)
    let n = note_at(
        "merri-creek/2026-12-01-x.md",
        "# x\n\nPnl: Trish Kowalczyk (Exec Director Nursing & Midwifery) + Dr Mehmet Aydin (Clinical Director, General Medicine).\n\
         Trish → \"tell me about a time\". Used the ?sepsis pt / early d/c story. She liked it.\n\n\
         - Tan Wei Ming — VP Engineering, the hiring mgr. says everyone calls him WM\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Trish Kowalczyk", Some("Executive Director Nursing & Midwifery")),
            ("Dr Mehmet Aydin", Some("Clinical Director, General Medicine")),
            ("Tan Wei Ming", Some("VP Engineering")),
        ]
    );
    // (A page read by OCR: `0perations`; her name with and without its fada, and cut short after
    // its particle, is one person; the title ends at the writer's arrow.)
    let n = note_at(
        "liffey-lane-group/2026-11-20-ops-manager.md",
        "Met:\n- Siobhan Nl Bhriain - Head of 0perations (group)\n- Deirdre Moran — Group F&B Director    <- boss if I get it\n\n\
         TO DO\n  - email Siobhán (siobhan.nibhriain@liffeylane.ie - on her card)\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Siobhan Nl Bhriain", Some("Head of Operations")), ("Deirdre Moran", Some("Group F&B Director"))]
    );
    assert_eq!(person(&n, "Siobhan Nl Bhriain").email.as_deref(), Some("siobhan.nibhriain@liffeylane.ie"));
}

#[test]
fn a_shouted_name_is_unshouted_in_what_they_liked_and_a_box_without_its_marker_says_the_channel() {
    // (Set 51: "RAY liked…" in the letter to Ray; `[ ] Marcus — in person` with no list marker.)
    let n = note_at(
        "lone-star-cold-chain/2026-11-17-rd1.md",
        "DTG: Tue 17 Nov 2026\n\nPOCs:\n- MR. RAY GUTIERREZ, OPS DIR — hiring mgr.\n- MARCUS LEE, SITE LEAD — peer.\n\n\
         KEY POINTS:\n- Told Ray about the cold chain SOP we built. Roger, he liked that.\n\n\
         THANK-YOUS:\n[ ] Marcus — in person, seeing him Friday\n",
    );
    assert!(n.highlights.iter().any(|h| h.text.contains("Ray liked")), "{:?}", n.highlights);
    assert!(!n.highlights.iter().any(|h| h.text.contains("RAY")), "{:?}", n.highlights);
    assert_eq!(person(&n, "Marcus Lee").channel, Some(Channel::InPerson));
}

// Sets 48–51: the job beside the company on an opening line, named by its letters (`NUM`, `EM`),
// after a label (`Client/Matter:`), under a line about the page, or in a pasted mail's subject;
// `r1 hiring mgr` is whom the first round was with.
#[test]
fn the_job_beside_the_company_on_an_opening_line_is_the_position() {
    let position = |path: &str, text: &str| note_at(path, text).position;
    assert_eq!(
        position(
            "merri-creek-health/2026-12-01-num.md",
            "Merri Creek Health — NUM Ward 3 (Gen Med) — Tues 1/12, 1030\n\nPnl: Trish Kowalczyk (Exec Director Nursing).\n"
        )
        .as_deref(),
        Some("Nurse Unit Manager, Ward 3")
    );
    assert_eq!(
        position(
            "northern-bays-health/2026-11-24-num.md",
            "NBH — NUM Emergency Short Stay Unit (ESSU) — Teams pnl Tues 24/11/26, 0930\n\nS: Final round.\n"
        )
        .as_deref(),
        Some("Nurse Unit Manager, Emergency Short Stay Unit"),
        "the company by its initials"
    );
    assert_eq!(
        position(
            "kopi-pay/2026-11-16-r1.md",
            "# kopi pay — EM payments platform — r1 hiring mgr — mon 16 nov 2026\n~ 3pm, their office\n"
        )
        .as_deref(),
        Some("Engineering Manager, Payments Platform")
    );
    assert_eq!(
        position(
            "meridian-re/2026-11-19-gc.md",
            "# ATTENDANCE NOTE\n\n**Client/Matter:** CA / Personal — Move in-house — Meridian Reinsurance Ltd \
             (Senior Legal Counsel, Regulatory)\n**Date:** Thursday, 19 November 2026\n"
        )
        .as_deref(),
        Some("Senior Legal Counsel, Regulatory")
    );
    assert_eq!(
        position(
            "liffey-lane-group/2026-11-20-ops.md",
            "[notebook p.14-15 — photo 20/11, ocr]\n\nFri 20/11/26 — Liffey Lane Group — 0ps Manager interview\n"
        )
        .as_deref(),
        Some("Operations Manager"),
        "the OCR's zero read, the page's own line passed over"
    );
    assert_eq!(
        position(
            "highveld-coal/2026-11-30-r2.md",
            "# MINUTES — SECOND-ROUND INTERVIEW, HIGHVELD COAL HOLDINGS\n\n> From: Lwazi Khumalo <lwazi@mosaictalent.co.za>\n\
             > Sent: Thursday, 26 November 2026 15:47\n> To: kagiso.molefe@gmail.com\n\
             > Subject: Highveld Coal – Group SHE Manager – 2nd round confirmation\n>\n> Hi Kagiso\n"
        )
        .as_deref(),
        Some("Group SHE Manager"),
        "a pasted mail's subject"
    );
    // (A line of people at the company names no job.)
    assert_eq!(
        position(
            "brennan/2026-12-04-final.md",
            "Panel:\n  Deirdre Moran — Group F&B Director\n  Mark Whelan - General Manager, Brennan Clontarf\n"
        ),
        None
    );
}

// Set 52: a Slack thread pasted after the interview, the writer's own lines among a friend's:
// `Ibra (everyone calls him Ibra)` is Ibrahim Abdi, named in full before; `i'll thank her in
// person`; praise shouted (`LOVED`) or quoted after what the writer did.
#[test]
fn a_slack_thread_is_read_for_the_writers_own_lines() {
    let n = note_at(
        "shamba-connect/2026-11-26-onsite.md",
        "# Shamba Connect — Senior PM (Farmer App) — Thu 26/11\n\nWanjiku Mwangi  1:47 PM\n\
         @Njeri Kamau out of Shamba Connect :weary:\nNjeri Kamau  1:52 PM\npole sana! how was it\n\
         Wanjiku Mwangi  1:58 PM\nin person. Wairimu (office manager) met me downstairs and got me chai\n\
         then Mercy Chebet — Director of Product — and Ibrahim Abdi, the CTO\n\
         Mercy gave me her card: mercy.chebet@shambaconnect.co.ke\nNjeri Kamau  2:01 PM\nok and??\n\
         Wanjiku Mwangi  2:09 PM\nMercy LOVED that i'd gone to the farmer field day in Nakuru last year.\n\
         the USSD fallback idea — Ibra (everyone calls him Ibra) nodded hard at that\n\
         i went straight to the drop-off at the STK push step and Mercy said \"You think like an owner, not a feature factory.\"\n\
         Njeri Kamau  2:10 PM\n:raised_hands: :raised_hands:\nWanjiku Mwangi  2:31 PM\nso thank yous:\n\
         • Mercy — email tonight\n• Ibra — LinkedIn\n• Wairimu — i'll thank her in person on the 8th\n",
    );
    let mut found: Vec<(&str, Option<Channel>)> = n.people.iter().map(|p| (p.name.as_str(), p.channel)).collect();
    found.sort_unstable();
    assert_eq!(
        found,
        [("Ibrahim Abdi", Some(Channel::LinkedIn)), ("Mercy Chebet", None), ("Wairimu", Some(Channel::InPerson))],
        "the friend is no one met, and Ibra is Ibrahim"
    );
    let liked: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(liked.contains(&"Mercy liked that i'd gone to the farmer field day in Nakuru last year."), "{liked:?}");
    assert!(
        liked.contains(&"Mercy responded well when I went straight to the drop-off at the STK push step"),
        "{liked:?}"
    );
}

// Set 52: rows pasted from a spreadsheet, read as the table they stand for: a family name first
// (`Ogundipe, Oladapo`), a name in lower case, `Alhaji`, a PA's help, a `Thank-you sent` and a
// `Channel` column, the job applied for in a column of its own beside the titles, one in HR who
// only arranged it, and `[ ] Uche — no`.
#[test]
fn rows_pasted_from_a_spreadsheet_are_read_as_a_table_of_people() {
    let n = note_at(
        "zenora-energy/2026-11-27-final-panel.md",
        "Date,Company,Role,Interviewer,Title,Remarks,Thank-you sent,Channel\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,\"Ogundipe, Oladapo\",Finance Director (hiring mgr),\"Liked the cash call template, \"\"we have been begging for this for two years\"\"\",FALSE,Email\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,\"Bello, Alhaji Musa\",MD/CEO,Came in for the last 15 mins.,FALSE,Letter (via his PA)\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,Bisi,PA to the MD,\"Booked the boardroom, sorted my gate pass\",FALSE,Card\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,chidinma nwosu,Treasury Analyst,She pushed my CV internally,TRUE,WhatsApp\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,Funmilayo Adeyemi,HR Business Partner,\"Arranged everything, sent directions\",FALSE,Email\n\
         27/11/2026,Zenora Energy Ltd,Financial Controller,Uche,front desk,only said good morning at the gate,,\n\
         ,,,,,,,\n\n\
         2nd and final interview.\n\n- [ ] Uche — no\n",
    );
    assert_eq!(n.position.as_deref(), Some("Financial Controller"), "the column beside the titles");
    let mut found: Vec<(&str, Kind, Option<Channel>, bool)> =
        n.people.iter().map(|p| (p.name.as_str(), p.kind(), p.channel, p.thanked)).collect();
    found.sort_unstable_by_key(|f| f.0);
    assert_eq!(
        found,
        [
            ("Alhaji Musa Bello", Kind::Interviewer, Some(Channel::Letter), false),
            ("Bisi", Kind::Helper, Some(Channel::Card), false),
            ("Chidinma Nwosu", Kind::Interviewer, Some(Channel::Text), true),
            ("Funmilayo Adeyemi", Kind::Helper, None, false),
            ("Oladapo Ogundipe", Kind::Interviewer, None, false),
        ]
    );
    assert!(person(&n, "Oladapo Ogundipe").emailed && person(&n, "Funmilayo Adeyemi").emailed, "an email planned");
    assert_eq!(person(&n, "Oladapo Ogundipe").title.as_deref(), Some("Finance Director"));
    assert!(matches!(person(&n, "Bisi").did, Some(crate::model::Did::Helped(_))), "{:?}", person(&n, "Bisi").did);
    let liked: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(liked, ["Oladapo liked the cash call template"], "what they said of it is no part of it");
}

// Set 52: `I said yes but I forgot to mention that I also did the hyperinflation restatement
// (IAS 29) for the Ghana... no, it was the Zimbabwe entity.`: something left unsaid, and the
// writer correcting their own note, not a correction to send.
#[test]
fn a_note_correcting_itself_after_something_left_unsaid_is_no_correction() {
    let n = note_at(
        "harbourline-foods/2026-11-23-first.md",
        "# Harbourline Foods — Financial Controller\n\n- Mrs Eze asked whether I have done a full consolidation \
         with NCI. I said yes but I forgot to mention that I also did the hyperinflation restatement (IAS 29) for \
         the Ghana... no, it was the Zimbabwe entity. Text her that, short.\n",
    );
    assert!(!n.clarifications.iter().any(|c| c.contains("but in fact")), "{:?}", n.clarifications);
}

// Set 52: an Emacs user's org-mode note: a drawer's `:COMPANY:` and `:ROLE:` give the company and
// the job and name no one, `* TODO Email Preet` is a thank-you to do, and a referrer's old firm
// (`Ex-Halcyon, he's the one who referred me`) is no one.
#[test]
fn an_org_mode_note_gives_its_fields_people_and_plan() {
    let n = note_at(
        "maplewood-credit-union/2026-12-02-panel.md",
        "#+TITLE: Maplewood CU — R2 panel\n#+FILETAGS: :jobsearch:\n\n\
         * Panel + presentation                 :interview:panel:\n:PROPERTIES:\n:COMPANY:  Maplewood Credit Union\n\
         :ROLE:     Manager, Member Analytics\n:WHEN:     <2026-12-02 Wed 13:30-15:00>\n:WHERE:    King St office\n\
         :ROUND:    2/3 (Priya now says this is effectively the final)\n:END:\n\n\
         ** Panel\n- Marcus O'Neill — Manager, Member Experience\n\
         - Hamza Qureshi — NOT there today. Ex-Halcyon, he's the one who referred me. Thank him anyway\n\n\
         * TODO Email Marcus                    :thanks:\n  - the NPS one-pager\n",
    );
    assert_eq!(n.company.as_deref(), Some("Maplewood Credit Union"));
    assert_eq!(n.position.as_deref(), Some("Manager, Member Analytics"));
    assert_eq!(n.stage.as_deref(), Some("panel"), "the file name's; the drawer's round is the writer's aside");
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Marcus O'Neill", "Hamza Qureshi"]);
    assert!(person(&n, "Marcus O'Neill").emailed, "the plan's email");
}

#[test]
fn a_cornell_page_is_read_cue_by_cue_as_a_table_or_as_pairs_of_lines() {
    // Set 52: a teacher's Cornell notes, typed as a table.
    let table = "# Coastline Learning — Instructional Designer — Interview #1\n\n| Cues | Notes |\n|---|---|\n\
                 | Who? | **Harpreet Gill** — Learning Experience Lead (hiring manager). **Kwame Asante** — Sr. \
                 Instructional Designer. |\n\
                 | Wrong # | said 6 yrs teaching -> it's 4 (6 only if you count practicum) |\n\
                 | Promise ★ | I told Kwame I'd send the unit plan (Chem 10) |\n\
                 | Next | Round 1 of 3. Round 2 = portfolio walk-through w/ Kwame + a PM, **booked Tue Dec 1, 4:00 pm** |\n";
    let n = note_at("coastline-learning/2026-11-24-round1.md", table);
    assert_eq!(
        names_and_titles(&n),
        [("Harpreet Gill", Some("Learning Experience Lead")), ("Kwame Asante", Some("Senior Instructional Designer"))]
    );
    assert!(n.people.iter().all(|p| p.kind == Some(Kind::Interviewer)), "{:?}", n.people);
    assert!(n.clarifications.iter().any(|c| c.contains("6 yrs")), "{:?}", n.clarifications);
    assert!(n.clarifications.iter().any(|c| c.contains("unit plan")), "{:?}", n.clarifications);
    assert_eq!(n.next_round_on, Some(jiff::civil::date(2026, 12, 1)));
    // Two met together, each with a job of their own.
    let both = "# Coastline — Round 2\n\n| Cues | Notes |\n|------|-------|\n\
                | Who | Kwame Asante (Sr ID) + Naledi Dube, Product Manager. Harpreet popped in to say hi |\n";
    let n = note_at("coastline-learning/2026-12-01-portfolio.md", both);
    assert_eq!(names_and_titles(&n), [("Kwame Asante", Some("Senior ID")), ("Naledi Dube", Some("Product Manager"))]);
    // The same page as `CUE:` and `NOTE:` lines, a list of the panel under a line that names it.
    let pairs = "Fraser Polytechnic — Instructional Designer\nMon Nov 30 2026\n\nCUE: Who\nNOTE: Panel of 3 (+1 on Zoom):\n\
                 - Dr. Ingrid Lindqvist — Director, CTL (chair)\n- Sam Baptiste-Roy — Educational Technologist\n\
                 - HR person (Bev?) took notes, didn't ask anything\n\nCUE: Process\nNOTE: Two more candidates this week.\n";
    let n = note_at("fraser-polytechnic/2026-11-30-ctl-panel.md", pairs);
    assert_eq!(
        names_and_titles(&n),
        [("Dr. Ingrid Lindqvist", Some("Director, CTL")), ("Sam Baptiste-Roy", Some("Educational Technologist"))]
    );
}

#[test]
fn set_53_styles_html_exports_bullet_journals_japanese_and_spanish_names_are_read() {
    // A OneNote export: each line HTML, a bold line a heading, courtesy titles before names.
    let html = "<div><b>Entrevista Grupo Álamo – Gerente de Logística</b></div>\n<div><br></div>\n\
                <div><b>Quién estuvo:</b></div>\n\
                <div>- la Mtra. Paola Cárdenas – Gerente de Atracción de Talento (RH).</div>\n\
                <div>- Lic. Fernando Treviño Garza – Director de Operaciones &amp; Supply Chain.</div>\n\
                <div><br></div>\n<div><b>Agradecimientos</b></div>\n<table border=\"1\">\n\
                <tr><td><b>Persona</b></td><td><b>Canal</b></td></tr>\n\
                <tr><td>Fernando Treviño</td><td>correo – fernando.trevino@grupoalamo.com.mx</td></tr>\n</table>\n";
    let n = note_at("grupo-alamo/2026-11-19-entrevista.md", html);
    assert_eq!(
        names_and_titles(&n),
        [
            ("Paola Cárdenas", Some("Gerente de Atracción de Talento")),
            ("Fernando Treviño Garza", Some("Director de Operaciones & Supply Chain"))
        ]
    );
    let fernando = person(&n, "Fernando Treviño Garza");
    assert_eq!(fernando.email.as_deref(), Some("fernando.trevino@grupoalamo.com.mx"), "{fernando:?}");
    // A bullet journal typed up: a page's header between rules, signifiers, a struck item, a
    // channel named before a "no email", what was said to someone that is no plan.
    let journal = "---\np.44  DAILY LOG — Tue 24.11\n---\nKey: • task  × done  > migrated  – note  o event\n\n\
                   × drop the lads to creche 7.45\no 10.30 INTERVIEW — Clinical Lead, St Brendan's\n– PANEL (3):\n\
                   \x20 – Siobhán Ní Bhriain, Physiotherapy Manager — chair\n\
                   \x20 – Dr. Pádraig Ó Súilleabháin, Consultant in Rehabilitation Medicine. told me to call him Paddy\n\
                   \x20 – Gerry Lynch, HR Business Partner\n\
                   • if no letter by Mon 30.11 → email Siobhán Tue 01.12\n\
                   – PRIVATE: said nothing to Siobhán about Motus.\n\n\
                   • Siobhán — email (same thread as the shortlisting letter)\n\
                   • Paddy — CARD. He doesn't do email\n~~• Gerry — email~~ no. left early. skip.\n";
    let n = note_at("st-brendans-hospital/2026-11-24-panel-interview.md", journal);
    assert_eq!(names(&n), ["Siobhán Ní Bhriain", "Dr. Pádraig Ó Súilleabháin"], "Gerry struck out");
    let paddy = person(&n, "Dr. Pádraig Ó Súilleabháin");
    assert_eq!(
        (paddy.channel, paddy.called.as_deref(), paddy.called_as_asked),
        (Some(Channel::Card), Some("Paddy"), true)
    );
    assert!(person(&n, "Siobhán Ní Bhriain").emailed);
    assert_eq!(n.check_in_said, Some(jiff::civil::date(2026, 12, 1)));
    assert_eq!(people::surname("Dr. Pádraig Ó Súilleabháin"), "Ó Súilleabháin");
    // Japanese honorifics after a name: how the note speaks of them, and how the letter greets.
    let japanese = "# 一次面接 Kumo Interactive\n\n## Who\n- Kimura Yuki-san — Product Operations Manager\n\n\
                    Kimura-san liked the glossary story.\n";
    let n = note_at("kumo-interactive/2026-11-20-1st-round.md", japanese);
    let kimura = person(&n, "Kimura Yuki");
    assert_eq!(kimura.called.as_deref(), Some("Kimura-san"));
}

#[test]
fn a_days_schedule_table_names_each_one_with_their_job_and_no_meal() {
    // Set 53: an academic's on-site, each slot's `Who` a name and a job, or no one.
    let text = "# Cortexa Therapeutics — On-site\n\n## Schedule & personnel\n| Time | Who | Notes |\n|---|---|---|\n\
                | 8:45 | Megan Ruiz — Executive Assistant to the CSO | Arranged everything (megan.ruiz@cortexa-tx.com) |\n\
                | 9:00 | **Job talk** (~20 in the room) | Chaired by Anjali. |\n\
                | 12:00 | Lunch w/ three scientists (Rohan, Emily, and a third whose name I did not catch) | Informal. |\n\
                | 1:15 | Dr. Anjali Raman, PhD — Director, Translational Neuroscience (hiring manager) | 1:1 |\n";
    let n = note_at("cortexa-therapeutics/2026-12-01-onsite.md", text);
    assert_eq!(
        names_and_titles(&n),
        [
            ("Megan Ruiz", Some("Executive Assistant to the CSO")),
            ("Dr. Anjali Raman", Some("Director, Translational Neuroscience"))
        ]
    );
    assert_eq!(person(&n, "Megan Ruiz").email.as_deref(), Some("megan.ruiz@cortexa-tx.com"));
}

#[test]
fn an_address_after_a_name_is_theirs_only_when_they_have_no_email_field_and_the_front_matter_gives_no_one_else_an_address()
 {
    let n = note(
        "---\ncompany: Acme\ndate: 2026-11-20\npeople:\n  - name: Ana Souza <ana@acme.example>\n    title: CTO\n\
         \x20 - name: Bo Li <bo.li@acme.example>\n    email: \"bo@acme,example\"\n    emailed: true\n\
         \x20 - name: \"<attacker@evil.example> <img src=x onerror=alert(2)>\"\n\
         \x20   email: \"ann@acme.example\\r\\nBcc: attacker@evil.example\"\n    emailed: true\n---\n\n\
         ## What went well\n\n- Ana liked my demo\n",
    );
    // (Their `email:` was refused: no address written in the front matter stands in for it, and a
    // name is kept as typed.)
    assert_eq!(person(&n, "<attacker@evil.example> <img src=x onerror=alert(2)>").email, None);
    assert_eq!(person(&n, "Bo Li <bo.li@acme.example>").email, None);
    assert_eq!(person(&n, "Ana Souza").email.as_deref(), Some("ana@acme.example"));
}

#[test]
fn an_emoji_note_names_each_one_in_its_heading_and_another_companys_offer_kept_private_is_no_status() {
    let n = note(
        "---\ncompany: Atlantic Telecoms\ndate: 2026-12-02\n---\n# 🚨 ATLANTIC TELECOMS — FINAL PANEL 🚨\n\n\
         ## 👑 mrs. folake adebayo-williams — head of data & AI\n- chaired the panel\n\
         - email from the calendar invite: folake.adebayo-williams@atlantictel.ng\n\n\
         ## 🤓 dr segun afolabi — principal data scientist\n- liked my drift monitoring answer\n\n\
         ## 🙊 DO NOT PUT IN ANY MESSAGE\n- kobo rails offer came in yesterday 🔥🔥 10.5m\n\n\
         📅 decision by 11 dec. if nothing by mon 14 dec → call aunty ngozi\n",
    );
    assert_eq!(names(&n), ["Mrs. Folake Adebayo-Williams", "Dr Segun Afolabi"]);
    assert_eq!(n.status, None, "another company's offer, kept to herself");
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 11)), "after the private list");
}

#[test]
fn a_todo_txt_note_names_each_one_met_once_with_their_accents_and_one_named_first_was_glimpsed() {
    let n = note(
        "# Lakeshore Build Group - Electrical Site Supervisor - 2026-11-27 2:00pm Teams\n\
         # Panel: Marie-Eve Gagon + Jean-Francois Tremblay (Ops Manager)\n\
         2026-11-27 Met Jean-François Tremblay, Operations Manager - runs all field ops +Lakeshore @notes who:JF\n\
         2026-11-27 Marie-Eve Gagon, Project Director - led the call, asked most of the q's. she sent the invite +Lakeshore @notes\n\
         2026-11-27 Donna Fitzgerald - Construction Manager, Electrical division - led it +Lakeshore @notes\n\
         2026-11-27 site super Luis waved from the site trailer when ME shared her screen. glimpse only +Lakeshore @notes\n",
    );
    assert_eq!(names(&n), ["Jean-François Tremblay", "Marie-Eve Gagon", "Donna Fitzgerald"]);
    assert_eq!(n.company.as_deref(), Some("Lakeshore Build Group"));
    assert!(passing(&n).is_empty(), "{:?}", n.met_in_passing);
}

#[test]
fn a_thread_to_oneself_names_the_panel_and_keeps_its_private_posts_and_scorecard_out() {
    let n = note_at(
        "tidepool-health/2026-11-20-portfolio-review.md",
        "1/ ok just got off zoom w/ Tidepool Health — round 2, portfolio presentation. thread for future me 🧵\n\n\
         2/ who: Anjali Mehra (Head of Design + would be my mgr, goes by Anj), Theo Nakamura (Senior PM, growth pod), \
         Jules Okonkwo-Barrett (UX Researcher).\n\n\
         3/ Anj 💜 loved the onboarding redesign case study. she LAUGHED at my figma graveyard slide 🪦\n\n\
         4/ emails: anj = anjali.mehra@tidepoolhealth.example (she said \"email me the PDF\").\n\n\
         5/ 🤫 range is $118–128k CAD. theo was on his phone for like half of jules' questions 🙄\n\n\
         6/ end 🧵 #designjobs #portfolioreview\n\n\n\
         SCORECARD ✦ tidepool health ✦ nov 20\n\
         PROS | CONS\n\
         + Anj = dream mgr energy | - theo + his phone\n",
    );
    assert_eq!(names(&n), ["Anjali Mehra", "Theo Nakamura", "Jules Okonkwo-Barrett"]);
    let anj = person(&n, "Anjali Mehra");
    assert!(anj.emailed, "she asked to be emailed the PDF");
    let said: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(said.iter().any(|h| h.starts_with("Anjali liked the onboarding redesign case study")), "{said:?}");
    assert!(!said.iter().any(|h| h.contains("phone")), "a private post: {said:?}");
    assert!(!n.unread.iter().any(|u| u.text.contains("dream mgr") || u.text.contains("range")), "{:?}", n.unread);
}

#[test]
fn a_meeting_summary_exported_from_a_transcription_service_reads_its_parts_not_its_keywords_or_transcript() {
    let n = note_at(
        "ledgerline/2026-11-18-hiring-manager.md",
        "Ledgerline | Enterprise AE - Round 2 (Hiring Manager) - Marcus Alvarez\n\
         Wed, Nov 18, 2026 2:04 PM · 46 min\nOtter.ai\n\n\
         Overview\nMarcus Alvarez met with Ryan Castellano for the second-round interview.\n\n\
         Keywords\nLedgerline, Enterprise Account Executive, MEDDPICC, Longhorns\n\n\
         Outline\nIntroductions\n • 00:00:41 Ryan introduced himself as Director of Enterprise Sales.\n\n\
         Action Items\n ☐ Marcus Alvarez to send Ryan Castellano a 30-60-90 day plan.\n\n\
         Transcript (excerpt)\n\nSpeaker 2  00:12:40\nOkay so walk me through Hill Country.\n\n\
         Marcus Alvarez  00:12:49\nYeah, so, to be honest the champion was the AP manager, Denise.\n\n\
         --------------------------------------------\nMY NOTES - typed in the car\n\
         --------------------------------------------\n\
         - ryan castellano, director of enterprise sales. ryan.castellano@ledgerline.example -- he said \"shoot me a note whenever\"\n\
         - jess tran (sr recruiter) set all this up. jess.tran@ledgerline.example\n\
         - tandem health offer 145 base, they want answer by 12/4... stall\n\
         - 11/19 - JESS EMAILED: moving me to round 3, mock pitch panel Tue Dec 1!!!\n",
    );
    assert!(!names(&n).iter().any(|p| p.contains("Keywords") || p.contains("Denise")), "{:?}", names(&n));
    assert!(person(&n, "Ryan Castellano").emailed, "\"shoot me a note whenever\" is no refusal");
    assert_eq!(n.decision_by, None, "the answer Tandem wants of the writer is no decision of Ledgerline's");
    assert_eq!(n.status.as_deref(), Some("advanced"));
}

#[test]
fn set_55_a_nurses_panel_names_the_sister_without_what_the_writer_calls_her_job_and_the_job_without_the_ward() {
    let n = note_at(
        "northbrook-nhs-trust/2026-11-17-panel.md",
        "Colloquio Northbrook - AMU Band 6 - 17/11/2026\n==============================================\n\n\
         Senior Staff Nurse (Band 6), Acute Medical Unit, Ward 14\nNorthbrook General Hospital\n\n\
         Panel (3):\n- Sister Bernadette Okafor, Ward Manager AMU = la caposala. She was chair.\n\
         - Tom Whitworth, Clinical Practice Educator, medicine division.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Sister Bernadette Okafor", Some("Ward Manager AMU")), ("Tom Whitworth", Some("Clinical Practice Educator")),]
    );
    assert_eq!(n.position.as_deref(), Some("Senior Staff Nurse (Band 6)"));
}

#[test]
fn set_55_the_job_an_attendance_note_is_about_and_the_job_a_round_is_for() {
    let n = note_at(
        "ocathain-mulcahy/2026-11-16-first.md",
        "ATTENDANCE NOTE - INTERVIEW\n\n\
         Re:      Litigation Paralegal (Commercial Litigation), Ó Catháin Mulcahy LLP (the **Firm**)\n\
         Date:    Mon 16/11/2026, 10:00 - 11:05\n\n1. ATTENDEES\n\n1.1 Ms Siobhán Ní Bhriain, Partner, Commercial Litigation.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Litigation Paralegal (Commercial Litigation)"));
    let n = note_at(
        "northshore-outfitters/2026-11-27-design-challenge.md",
        "1/ 🧵 Northshore Outfitters — round 3, in-person design challenge (whiteboard) for Product Designer II. fri nov 27 2026\n\n\
         2/ people: Kieran Walsh (Design Manager), Dana Liu (Staff Product Designer).\n\n3/ dana liked my Bill 96 answer\n\n\
         4/ more\n\n5/ end\n",
    );
    assert_eq!(n.position.as_deref(), Some("Product Designer II"));
}

#[test]
fn set_56_one_added_in_a_paragraph_after_the_panel_is_met_and_one_thanked_by_initial_is_thanked_alone() {
    let n = note_at(
        "northbrook/2026-11-17-panel.md",
        "Colloquio Northbrook - AMU Band 6 - 17/11/2026\n\nPanel (2):\n- Sister Bernadette Okafor, Ward Manager AMU.\n\
         - Tom Whitworth, Clinical Practice Educator.\n\n\
         Also Priya - Priya Chauhan, Recruitment Coordinator (recruitment team). She sent the invite.\n\
         Priya email is on the invite: priya.chauhan@northbrook-nhs.example - I wrote to her already 2 times.\n",
    );
    assert!(names(&n).contains(&"Priya Chauhan"), "{:?}", names(&n));
    assert_eq!(person(&n, "Priya Chauhan").email.as_deref(), Some("priya.chauhan@northbrook-nhs.example"));
    let n = note_at(
        "northshore/2026-11-27-design-challenge.md",
        "1/ Northshore Outfitters — round 3 for Product Designer II\n\n\
         2/ people: Kieran Walsh (Design Manager = HM, everyone calls him K), Dana Liu (Staff Product Designer). \
         + Mo (Mohammed Rahimi, recruiting coordinator) who booked the room\n\n\
         3/ dana liked my Bill 96 answer\n\n4/ emails: dana.liu@northshore.example, K = kieran.walsh@northshore.example\n\n\
         5/ ✅ already sent K a thank-you email tonight right after. done, don't double up\n\n6/ end\n",
    );
    assert_eq!(names(&n)[..2], ["Kieran Walsh", "Dana Liu"]);
    assert_eq!(person(&n, "Kieran Walsh").called.as_deref(), Some("K"));
    assert!(person(&n, "Kieran Walsh").thanked, "K is Kieran");
    assert!(!person(&n, "Dana Liu").thanked && !n.thanked, "the thanks sent were Kieran's alone");
}

#[test]
fn set_56_a_jira_note_names_its_table_of_people_and_keeps_its_private_panel_out() {
    let n = note_at(
        "sahyadri-infotech/2026-11-16-technical-round.md",
        "h1. Interview Notes – Sahyadri Infotech – Sr. Project Manager (BFSI) – Round 2\n\n\
         {panel:title=Summary}\n*Position:* Senior Project Manager – BFSI Delivery\n{panel}\n\n\
         h3. Panel / People\n||Name||Designation||Remarks||\n\
         |Vivek Kulkarni|Delivery Head – BFSI|Main panelist. vivek.kulkarni@sahyadriinfotech.example|\n\
         |Sneha Patil|Program Manager|Co-panelist|\n\n\
         h3. What went well\n*With Vivek sir*\n* Liked the RAID log + escalation matrix from the NBFC project\n\n\
         *Process:* 3 rounds – (1) HM round _today_ (2) Technical panel with Germany (3) Director round.\n\n\
         {panel:title=Only for me}\n* Deccan Cloud offer (29 LPA) – deadline 30-Nov.\n{panel}\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Vivek Kulkarni", Some("Delivery Head")), ("Sneha Patil", Some("Program Manager"))]
    );
    assert_eq!(n.position.as_deref(), Some("Senior Project Manager – BFSI Delivery"));
    assert_eq!(n.decision_by, None, "another company's deadline, in a private panel");
}

#[test]
fn set_56_names_with_what_they_go_by_their_own_script_or_a_handle_in_brackets() {
    let n = note_at(
        "tidewater-mutual/2026-11-23-panel.md",
        "- Company:: [[Tidewater Mutual]]\n- Panel::\n    - [[Gregory Ames]] (Greg) — VP, Pricing Analytics. hiring manager\n\
         \x20       - greg.ames@tidewatermutual.example\n    - [[Leilani Kahananui]] (\"Lei\") — Senior Actuary\n\
         - Follow-ups\n    - {{[[TODO]]}} card → Greg\n- #private\n    - [[Quillfeather Bio]] onsite [[December 1st, 2026]] — NOT mentioning\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Gregory Ames", Some("VP, Pricing Analytics")), ("Leilani Kahananui", Some("Senior Actuary"))]
    );
    assert_eq!(person(&n, "Gregory Ames").called.as_deref(), Some("Greg"));
    assert_eq!(person(&n, "Leilani Kahananui").called.as_deref(), Some("Lei"));
    assert!(n.next_round_on.is_none(), "the private block's date is another company's: {:?}", n.next_round_on);
    let n = note_at(
        "straits-harbour-capital/2026-11-17-first-round.md",
        "Straits Harbour Capital 面试 – 17 Nov 2026 (Tue)\nRole： Analyst, FP&A （Group Finance）\n\nPpl：\n\
         - Tan Wei Ming （陈伟明）— Finance Manager, FP&A. hiring manager. say just call him Wei Ming.\n\
         - Nurul (Nurul Ain binte Rahman) — HR Executive, Talent Acquisition. came down to the lobby\n\n\
         To clarify / follow up：\n1. forgot to say I passed CFA Level II in Aug！！\n2. thank you email WM + Jasmine\n\n\
         Myself only （dont put anywhere）：\n- Lion City Insurance verbal offer — must reply by 28 Nov\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Tan Wei Ming", Some("Finance Manager, FP&A")),
            ("Nurul Ain binte Rahman", Some("HR Executive, Talent Acquisition"))
        ]
    );
    assert_eq!(person(&n, "Tan Wei Ming").called.as_deref(), Some("Wei Ming"));
    assert_eq!(n.position.as_deref(), Some("Analyst, FP&A (Group Finance)"));
    assert_eq!(
        n.clarifications,
        ["forgot to say I passed CFA Level II in Aug!!"],
        "the plan of thanks is no clarification"
    );
    assert_eq!(n.decision_by, None, "another company's offer, kept for herself");
    let n = note_at(
        "maplegrid-payments/2026-11-26-technical-panel.md",
        "# [Maplegrid Payments] Sr. QA Automation Engineer — technical panel (round 2/4) #17\n\n\
         **Open** · **qa-nadia** opened this issue on Nov 26, 2026 · 4 comments\n\n**Labels:** `interview`\n\n## Panel\n\n\
         | who | role | |\n|---|---|---|\n| Dan Kowalczyk (@dkowalczyk) | QA Manager — hiring manager | ran bug triage |\n\
         | Rob T. | PM, Merchant Onboarding | joined late |\n",
    );
    assert_eq!(names(&n), ["Dan Kowalczyk", "Rob T."]);
    assert_eq!(n.company.as_deref(), Some("Maplegrid Payments"));
}

#[test]
fn set_56_what_a_reporter_was_told_off_the_record_or_on_background_stays_out() {
    let n = note_at(
        "scb-news/2026-11-27-panel.md",
        "SCB/DEP-DIG — panel — Fri 27.11.26\n\nJob: Deputy Digital Editor, Sydney\n\nPANEL\n\
         - Wendy Alcott — head of digital news (WA). hiring mgr. email on the invite: wendy.alcott@scbnews.example\n\n\
         WENDY\n- loved the '25 federal election live-blog workflow\n\n\
         OFF THE RECORD\n- Dom, at the lift, OTR: \"I'm gone in Jan.\"\nON BACKGROUND\n- Wendy, on bg: budget cut from two deputies to one\n\n\
         NTS\n- Ledger edit test 3 Dec. do NOT mention\n",
    );
    let said: Vec<&str> = n.highlights.iter().map(|h| h.text.as_str()).collect();
    assert!(!said.iter().any(|h| h.contains("budget") || h.contains("Jan")), "{said:?}");
    assert!(n.next_round_on.is_none(), "{:?}", n.next_round_on);
}

#[test]
fn set_56_a_thank_you_read_at_the_interview_was_sent_after_an_earlier_round() {
    let n = note_at(
        "quillfeather-bio/2026-12-01-onsite.md",
        "- Company:: [[Quillfeather Bio]]\n- Panel::\n    - [[Anjali Raghunathan]] — Director, Clinical Data Science\n\
         \x20       - mentioned she'd read the preprint I sent w/ my thank-you — so that landed\n\
         \x20   - [[Olivia Brandt]] — Clinical Operations Lead\n",
    );
    assert!(!n.thanked && !person(&n, "Anjali Raghunathan").thanked, "that thank-you was the last round's");
}

#[test]
fn set_61_thanks_sent_after_an_earlier_round_counted_as_a_japanese_note_counts_them() {
    let n = note_at(
        "kumo-interactive/2026-12-02-final.md",
        "【面接】 Kumo Interactive 最終面接\n\n【参加者】\n- Ishikawa Daisuke-san (Lead Engineer)\n\n\
         ・After 2次, thank-you mail was already sent 11/20 night → Ishikawa-san (with 1.2M correction).\n",
    );
    assert!(!n.thanked, "that thank-you was round 2's");
    assert!(n.people.iter().all(|p| !p.thanked), "{:?}", n.people);
}

#[test]
fn set_57_a_template_filled_in_halfway_is_a_note_and_its_placeholders_say_nothing() {
    // (At the base, `company: {{company}}` failed as YAML and a note with `{{company}}` in its
    // body was skipped as a template: eight messages of two interviews never drafted.)
    let text = "---\ntitle: <% tp.file.title %>\ncompany: {{company}}\nrole: Senior Marketing Manager\n\
                date: YYYY-MM-DD\nstage: \n---\n\n# Interview – {{company}} – <% tp.file.title %>\n\n\
                ## The basics\n- Company:: {{company}}\n- Date:: YYYY-MM-DD\n\n\
                ## Who did I meet? (name, role)\n- Fiona Kelleher – Marketing Director\n- [Name] – [Role]\n\n\
                ## What went well? →\n- Fiona liked the measurement framework slide\n";
    let e = extract_at("holloway-foods/2026-12-02-case-study.md", text);
    let Outcome::Note(n) = e.outcome else { panic!("skipped: {:?}", e.outcome) };
    assert_eq!(n.company.as_deref(), Some("Holloway Foods"), "the folder names it");
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-12-02"), "the file name dates it");
    assert_eq!(n.position.as_deref(), Some("Senior Marketing Manager"));
    assert_eq!(names(&n), ["Fiona Kelleher"]);
    let placeholders: Vec<&str> =
        e.diagnostics.iter().filter(|d| d.message.contains("placeholder")).map(|d| d.message.as_str()).collect();
    assert_eq!(placeholders.len(), 2, "company and date: {placeholders:?}");
    // (A template with nothing recorded yet is still a template.)
    let blank = "---\ncompany: {{company}}\ndate: {{date}}\n---\n## Who did I meet?\n- [Name] – [Role]\n";
    assert!(matches!(extract_at("templates/interview.md", blank).outcome, Outcome::Skipped(_)));
}

#[test]
fn set_57_a_dendron_vaults_people_a_screenplays_cues_and_nigerian_honorifics() {
    let n = note_at(
        "tessellate/2026-11-30-onsite.md",
        "---\nid: xoanj1w5s35cwhnd43k5ear\ntitle: Onsite\nupdated: 1796134800000\n---\n\n\
         [[orgs.tessellate]] / Sr Backend Eng\n\n## people\n\n\
         - [[people.oksana-petrenko|Oksana]] - principal engineer\n- [[people.tomas-rios|Tomas]] - recruiting coordinator\n",
    );
    assert_eq!(names(&n), ["Oksana Petrenko", "Tomas Rios"]);
    assert!(said_to_be_there(
        "INT. WRITERS' ROOM - DAY\n\n                    GABE (CONT'D)\n          Bottle ep?\n",
        "Gabe"
    ));
    assert!(!said_to_be_there("NOTE TO SELF: email Gabe tonight.\n", "Gabe"));
    assert_eq!(crate::letters::voice::salutation("Engr. Ibrahim Yusuf"), "Engr. Yusuf");
    assert_eq!(crate::letters::voice::salutation("Pharm. Kelechi Eze"), "Pharm. Eze");
}

#[test]
fn set_57_a_verb_a_gerund_or_a_bracket_is_no_part_of_a_name() {
    // (At the base: "Dear Tell,", "Dear Nicholl,", "Dear Mentoring," and "Dear (Tamsin,".)
    let n = note_at(
        "lanternfish-television/2026-11-17-showrunner-meeting.md",
        "# Lanternfish Television\n\n## Cast\n- Kenji Watanabe, Staff Writer\n\n\
         NOTE TO SELF: Tell Sheila (manager) to send DEAD AIR to Gabe TODAY.\n\n\
         ## Follow-up\n- email Gabe -- thanks + Nicholl fix + deckhand\n\n\
         (Tamsin Reilly, HR/recruiting coordinator, set all this up by email -- tamsin.reilly@lanternfish.example.)\n\n\
         ## mlee\n- mentoring q: intern -> shipped rate limiter. he liked it\n",
    );
    let all = names(&n);
    for wrong in ["Tell Sheila", "Nicholl", "Mentoring Q"] {
        assert!(!all.contains(&wrong), "{wrong} in {all:?}");
    }
    assert!(all.contains(&"Gabe") && all.contains(&"Tamsin Reilly"), "{all:?}");
}

#[test]
fn set_58_a_taskpaper_list_a_research_synthesis_and_a_screenplay_name_whom_the_writer_met() {
    let n = note_at(
        "alder-and-pine/2026-11-24-panel.md",
        "Alder & Pine — Principal PM, Checkout & Payments:\n\tround 3 of 4 — virtual panel @date(2026-11-24)\n\n\
         Panel:\n\t- Jordan Abernathy — Group PM, Payments @person(Jordan)\n\
         \t\tliked the BNPL placement experiment (PDP vs cart)\n\
         \t- Dev — Devendra Patil, Principal Engineer, Payments Platform @person(Dev)\n\n\
         People:\n\t- Ben Oduya — Staff Eng at Cascadia, ex-Haulwise, REFERRED me @person(Ben)\n\
         \t\tben.oduya@protonmail.example\n",
    );
    assert_eq!(names(&n), ["Jordan Abernathy", "Devendra Patil", "Ben Oduya"]);
    assert_eq!(n.people[1].title.as_deref(), Some("Principal Engineer, Payments Platform"));
    assert_eq!(n.people[2].role.as_deref(), Some("referrer"), "what he did, after his job, in capitals");
    assert_eq!(n.highlights.first().map(|h| h.about.clone()), Some(vec!["Jordan Abernathy".to_owned()]));

    let n = note_at(
        "lindgruen-health/2026-11-24-case-presentation.md",
        "SESSION   24.11.2026 (Di) · 10:30–12:00\nCO        Lindgrün Health GmbH · Torstr., Mitte, 4. OG\n\
         ROLE      Lead UX Researcher\n\nWHO\nP1  Dr. Aylin Şahin (AS) — VP Product\n\
         P2  MK — Moritz Krüger, Staff Product Designer\n\
         \x20   Bea — office mgr. HDMI adapter, Kaffee, found me a spare clicker\n\
         \x20   (Nils Hoffmann — referred me. ex-Nordstern, now Senior Researcher here)\n\n\
         OBSERVATIONS\n[+] AS: liked consent-flow redesign case\n[+] MK laughed when the clicker died\n\
         [-] presentation overran ~6 min\n",
    );
    assert_eq!(n.company.as_deref(), Some("Lindgrün Health GmbH"));
    assert_eq!(n.position.as_deref(), Some("Lead UX Researcher"));
    assert_eq!(names(&n), ["Dr. Aylin Şahin", "Moritz Krüger", "Bea", "Nils Hoffmann"]);
    assert_eq!(n.people[2].title.as_deref(), Some("Office Manager"), "the job, not what she did after it");
    assert_eq!((n.people[3].title.as_deref(), n.people[3].role.as_deref()), (None, Some("referrer")));
    assert!(n.highlights.iter().any(|h| h.about == ["Dr. Aylin Şahin"]), "{:?}", n.highlights);

    let n = note_at(
        "cobalt-hour-entertainment/2026-12-01-founder-meeting.md",
        "COBALT HOUR - CREATIVE EXEC (TV DEVELOPMENT)\nTues 12/1/26\n\nFADE IN:\n\nINT. COBALT HOUR - LOBBY - DAY\n\n\
         Theo arrives. RAFI AMSALEM (20s, Diane's assistant, three phones, apologetic) intercepts.\n\n\
         DIANE WOLCOTT (60s, founder/CEO, eating a kale salad) and NADIA KHOURY (VP Dev, from round 1).\n\n\
         \x20                   RAFI\n          You can email me, rafi@cobalthour.example, anytime.\n\nCUT TO:\n",
    );
    assert_eq!(names(&n), ["Rafi Amsalem", "Diane Wolcott", "Nadia Khoury"]);
    assert_eq!(n.people[0].email.as_deref(), Some("rafi@cobalthour.example"), "the address his given name spells");
}

#[test]
fn set_57_a_loops_rounds_and_credentials_after_names_are_no_people() {
    let n = note_at(
        "tessellate/2026-11-30-onsite.md",
        "Tessellate / Sr Backend Eng\n\n## loop\n\n1. system design - [[people.oksana-petrenko|Oksana]] (principal eng)\n\
         2. debugging - [[people.dave-r|Dave R.]] (SRE, platform). didn't catch last name\n\
         4. (lunch break, not an interview)\n",
    );
    assert_eq!(names(&n), ["Oksana Petrenko", "Dave R"]);
    assert_eq!(n.people[0].title.as_deref(), Some("Principal Engineer"));
    let n = note_at(
        "highveld-infrastructure/2026-11-26-final-interview.md",
        "## Who\n- Ms Anneke van Wyk Pr.Eng, Operations Director\n- Mr Olumide Balogun, FCA\n",
    );
    assert_eq!(names(&n), ["Ms Anneke van Wyk", "Mr Olumide Balogun"]);
}

#[test]
fn set_57_an_update_that_says_the_writer_went_through_and_a_ticked_thanks_are_read() {
    let n = note_at(
        "tessellate/2026-11-16-tech-screen.md",
        "stage: tech screen. round 2/4 (recruiter -> tech screen -> onsite -> HM/VP close)\n\n## people\n\n\
         - Hannah Kowalski - staff eng, payments\n- Jess Tran - tech recruiter. scheduled it\n\n\
         ## DO NOT PUT IN EMAILS\n\n- lumenstack also in final stages, offer maybe next wk\n\n\
         ## todo\n\n- [x] thank jess (replied to her scheduling thread 11/16 ~3pm)\n\n\
         ## update 2026-11-18\n\njess emailed: passed. virtual onsite loop 11/30\n",
    );
    assert_eq!(n.status.as_deref(), Some("advanced"));
    assert_eq!(n.process_position, Some(crate::model::ProcessPosition::Middle), "not another company's final stages");
    assert_eq!(n.rounds_left, Some(2));
    let jess = n.people.iter().find(|p| p.name == "Jess Tran").expect("Jess");
    assert!(jess.thanked, "{jess:?}");
}

// Set 59: notes in AsciiDoc, reStructuredText, a deal record and Taglish checklists. At the
// base, the AsciiDoc note's people were "Douglas Reid:: Head of Developer Experience" lines no
// reader knew, Gulfbridge's `OPP:` line met "Regional Sales, Director", `MK` was "MK, Marie-Claire
// Kowalski", `Doc Ramon – Dr. Ramon Aquino` was "Dr. Doc Ramon", and `("SN", Managing Partner)` was
// the title `SN", Managing Partner`.
#[test]
fn set_59_asciidoc_restructured_text_a_deal_record_and_taglish_name_whom_the_writer_met() {
    let n = note_at(
        "carrick-data-systems/2026-11-18-hiring-manager.md",
        "= Carrick Data Systems -- HM interview\n:company: Carrick Data Systems\n\
         :role: Senior Technical Writer (API & SDK docs)\n:interview-date: 2026-11-18\n\n== Who was there\n\n\
         Douglas Reid:: Head of Developer Experience. Would be my line manager.\n\
         Fiona:: Fiona Dalgleish, Talent Partner (the recruiter). Set the whole thing up.\n\n\
         == Update 20/11\n\n* thank-you emails went to Douglas on the 18th, evening. Thanked Fiona on the phone today.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Senior Technical Writer (API & SDK docs)"));
    assert_eq!(names(&n), ["Douglas Reid", "Fiona Dalgleish"]);
    assert!(n.people.iter().all(|p| p.thanked), "both sentences say who was thanked: {:?}", n.people);

    let n = note_at(
        "harbourfront-health-data/2026-11-26-onsite.md",
        "=====\nHarbourfront -- final onsite loop\n=====\n\n:Company: Harbourfront Health Data\n\
         :Position: Python Developer, Data Platform\n:Date: Thu Nov 26 2026\n\nWho I met\n---------\n\n\
         Amara\n    Dr. Amara Osei, Director of Data Engineering. Hiring manager.\n\n\
         MK\n    Marie-Claire Kowalski, Talent Acquisition Coordinator. Ran the day.\n",
    );
    assert_eq!(names(&n), ["Dr. Amara Osei", "Marie-Claire Kowalski"]);

    let n = note_at(
        "gulfbridge-software/2026-11-23-final.md",
        "OPP: Gulfbridge Software — Regional Sales Director, KSA & UAE\nSTAGE: FINAL (4/4)\n\
         DATE: Mon 23-Nov-2026\n\nE / Economic buyer\n- Stefan Brandt, Chief Revenue Officer, flew in from Munich\n",
    );
    assert_eq!(n.company.as_deref(), Some("Gulfbridge Software"));
    assert_eq!(n.position.as_deref(), Some("Regional Sales Director, KSA & UAE"));
    assert!(!names(&n).contains(&"Regional Sales"), "{:?}", names(&n));

    let n = note_at(
        "medicore-diagnostics/2026-11-25-final-interview.md",
        "MediCore final interview (Nov 25)\n\
         ☑ Doc Ramon – Dr. Ramon Aquino, Medical Director. tinanong nya pano ko i-handle APE\n\
         ☑ Ma'am Bing – Bernadette Soriano, Nursing Supervisor. mabait\n",
    );
    assert_eq!(names(&n), ["Dr. Ramon Aquino", "Bernadette Soriano"]);

    let n = note_at(
        "amani-strategy-partners/2026-12-02-partner-panel.md",
        "# Amani Strategy Partners, partner panel, 2 Dec 2026\n\n\
         1.1 Panel: Samuel Njoroge (\"SN\", Managing Partner); Claudine Uwase (Partner, Kigali office).\n",
    );
    assert_eq!(person(&n, "Samuel Njoroge").title.as_deref(), Some("Managing Partner"));
}

// Set 59's leftovers: a deal record's people, one of them thanked; a one-pager numbered by
// section; a decision taken at a meeting; a call if nothing comes.
#[test]
fn set_59_a_deal_records_lists_and_a_numbered_one_pager_say_whose_thanks_and_when() {
    let n = note_at(
        "gulfbridge-software/2026-11-23-final.md",
        "OPP: Gulfbridge Software — Regional Sales Director, KSA & UAE\nSTAGE: FINAL (4/4)\n\n\
         E / Economic buyer\n- Stefan Brandt, Chief Revenue Officer, flew in from Munich for this.\n\
         - liked: my MEDDPICC discipline, asked to see how I run a forecast call.\n\
         - thank-you ALREADY SENT 23-Nov 21:40 from the car ✔ (short one, no deck)\n\n\
         C / Champion\n- Abu Faisal — Saeed Al Qahtani, GM Saudi Arabia. everyone calls him Abu Faisal. super warm.\n\
         - maya — Maya Pereira, EA to Stefan. Booked the room.\n\n\
         CLEAN-UP\n- CORRECTION: 131% not 138% (FY25) → Stefan\n",
    );
    let mut met = names(&n);
    met.sort_unstable();
    assert_eq!(met, ["Maya Pereira", "Saeed Al Qahtani", "Stefan Brandt"]);
    assert_eq!(person(&n, "Saeed Al Qahtani").called.as_deref(), Some("Abu Faisal"));
    let thanked: Vec<&str> = n.people.iter().filter(|p| p.thanked).map(|p| p.name.as_str()).collect();
    assert_eq!(thanked, ["Stefan Brandt"], "his list says his thanks are sent, not everyone's");
    assert!(!n.thanked);
    let liked = n.highlights.iter().find(|h| h.text.contains("MEDDPICC")).expect("the highlight");
    assert_eq!(liked.about, ["Stefan Brandt"], "the list he opens is about him");
    assert!(n.clarifications.iter().any(|c| c.contains("131%")), "`CLEAN-UP` lists what to clarify");

    let n = note_at(
        "amani-strategy-partners/2026-11-20-case-interview.md",
        "AMANI STRATEGY PARTNERS — ROUND 2 (CASE + FIT) — ONE-PAGER\nRole: Engagement Manager\n\n\
         1. SITUATION — where things stand\n\
         1.1 Met: David Otieno (Partner, Public Sector & Dev — ran the case); Njeri Mwangi (Principal — fit interview).\n\
         1.2 Case: a county government wants to double enrolment.\n\n\
         NEXT STEPS (owner / by when)\n\
         5.1 Thank-you to Otieno incl. the 7.2Bn correction — david.otieno@amanistrategy.example — me — Fri 20 Nov\n\
         5.2 Thank-you to Njeri + IDS article — njeri.mwangi@amanistrategy.example — me — Mon 23 Nov\n\n\
         UPDATE Tue 24 Nov\n- 5.1 DONE Fri evening. 5.2 thank-you DONE Mon.\n",
    );
    assert_eq!(names(&n), ["David Otieno", "Njeri Mwangi"], "a dash inside the brackets ends no one");
    assert!(n.people.iter().all(|p| p.thanked && p.emailed), "points 5.1 and 5.2 are done: {:?}", n.people);

    let n = note_at(
        "amani-strategy-partners/2026-12-02-partner-panel.md",
        "AMANI — FINAL PARTNER PANEL — ONE-PAGER\nStage: Round 3 of 3 — final. Partners meet Thu 10 Dec to decide; Aisha calls after.\n\n\
         WHERE WE ARE\n1.1 Panel: Samuel Njoroge (\"SN\", Managing Partner); Claudine Uwase (Partner, Kigali office).\n\
         1.2 Aisha (TA) met me at reception, walked me up.\n\n\
         NEXT STEPS (owner / date)\n7.1 Email SN — samuel.njoroge@amanistrategy.example — me — Thu 3 Dec\n\
         7.4 Aisha — asked me NOT to email her: \"my inbox is chaos, call or WhatsApp me\". Call her Fri — me\n\
         7.5 Decision — partners — Thu 10 Dec. No call by Fri 11 Dec -> ring Aisha — me\n",
    );
    assert_eq!(n.position, None, "a panel of partners names no job");
    assert_eq!(n.decision_by.map(|d| d.to_string()).as_deref(), Some("2026-12-10"));
    assert_eq!(n.next_round_on, None, "the partners' meeting is no round");
    assert_eq!(n.check_in_call.as_deref(), Some("Aisha"));
    let aisha = n.people.iter().find(|p| p.name.starts_with("Aisha"));
    assert!(aisha.is_none_or(|a| !a.emailed && a.called.is_none()), "no email, and \"Fri\" is no name: {aisha:?}");
    assert!(person(&n, "Samuel Njoroge").emailed, "`Email SN — …` says to email him");
}

// Set 60: a note kept as an email to oneself, a post-mortem's timeline, and dates a legal
// attendance note writes.
#[test]
fn set_60_an_email_to_oneself_and_a_post_mortem_name_whom_the_writer_met() {
    let n = note_at(
        "aero-laurentide/2026-11-18-premiere-entrevue.md",
        "From: Geneviève Tremblay <g@example.ca>\nTo: Geneviève Tremblay <g@example.ca>\n\
         Date: Fri, 20 Nov 2026 07:52:40 -0500\nSubject: Re: Aéro Laurentide - 1ère entrevue - notes\n\n\
         Ajouts:\n\n- Liste de références envoyée à Mélanie hier midi\n\nEnvoyé de mon iPhone\n\n\
         Le 18 nov. 2026 à 17:46, Geneviève Tremblay <g@example.ca> a écrit :\n\n\
         > Stéphane Bouchard, CPA – contrôleur, mon futur boss si ça marche.\n\
         > - il a ri quand j'ai dit \"les inventaires c'est ma thérapie\"\n>\n\
         > Priya Raman – Director FP&A (la partie avec elle en anglais)\n\
         > - asked how I cut the month-end close, loved the rolling forecast part\n>\n\
         > Pour moi seulement:\n> - Boisvert Lapointe: rencontre avec les associés mardi le 24.\n",
    );
    assert_eq!(n.company.as_deref(), Some("Aéro Laurentide"));
    assert_eq!(names(&n), ["Stéphane Bouchard", "Priya Raman"], "her own mail is her note, quoted or not");

    let n = note_at(
        "wawel-payments/2026-11-19-system-design.md",
        "# Postmortem: Wawel Payments — round 2 (system design)\n\n## Timeline (CET)\n\n\
         - 09:58 — joined Google Meet. Natalia Wójcik (Talent Partner) was there to introduce\n\
         - 10:10 — Agnieszka Kowalczyk (Staff SRE, \"call me Aga\") joined, 10 min late\n\
         - 2026-11-19 18:30 — sent thank-you mail to Natalia\n\n## What went wrong\n\n- Napkin math slow\n",
    );
    assert_eq!(names(&n), ["Natalia Wójcik", "Agnieszka Kowalczyk"]);
    assert!(person(&n, "Natalia Wójcik").thanked, "the log says her thanks went");
    assert!(!person(&n, "Agnieszka Kowalczyk").thanked);

    let n = note_at(
        "harcourt-fiduciary/2026-11-25-panel.md",
        "ATTENDANCE NOTE - INTERVIEW\n\nStage:   Panel interview. Only round per agency (no second interview). \
         Decision w/e Fri 11/12/2026 per HR.\n\n1. ATTENDEES\n\n1.1 Mr Ronan Mac Aodha, Head of Company Secretarial.\n\n\
         2. PRIVATE\n\n2.1 Ó Catháin Mulcahy second interview 03/12 - N/A here.\n",
    );
    assert_eq!(n.decision_by.map(|d| d.to_string()).as_deref(), Some("2026-12-11"), "the week ending then");
    assert_eq!(n.rounds_left, None, "`interview 03/12` is a day, not the third of twelve");
    assert_eq!(n.next_round_on, None);

    let n = note_at(
        "isla-verde-hospitality/2026-11-17-first-round.md",
        "Isla Verde - 1st interview 11/17\n\nTHE JOB\n• Director of Catering & Events, The Alcázar Brickell \
         (Isla Verde Hospitality's flagship)\n\nWHO\n• Dana Whitfield — Director of Sales & Marketing\n",
    );
    assert_eq!(n.company.as_deref(), Some("Isla Verde Hospitality"));
}

// Set 60, a Zettelkasten in German and English, and a post-mortem whose log gives jobs after a
// comma.
#[test]
fn set_60_a_zettel_in_german_and_english_names_the_job_and_whom_the_writer_met() {
    let n = note_at(
        "isarflug-systems/2026-12-01-zweitgespraech.md",
        "202612011745 Zweitgespräch Isarflug\n\n\
         Isarflug Systems GmbH, Ottobrunn. Stelle: Konstrukteur Flugsteuerungsaktuatorik (Design Engineer \
         Flight Control Actuators). Zweitgespräch, Di 01.12.2026.\n\n\
         Melis Aydın, Personalberaterin at Technikpersonal Süd GmbH (external recruiter, not Isarflug). \
         Prepped me by phone. m.aydin@technikpersonal-sued.example\n\n\
         Henrik Sørensen, Head of Engineering. Däne, interview in English.\n\n\
         Frau Dr. Claudia Wimmer, Leiterin Qualität. Strictly Sie. FMEA and 8D questions. I told the 8D of \
         the Lagerschaden, she liked the structure. Gave card: c.wimmer@isarflug.example\n\n\
         Erledigt: kurze Dankes-Mail an Melis heute 18:10 ✔\n",
    );
    assert_eq!(
        n.position.as_deref(),
        Some("Konstrukteur Flugsteuerungsaktuatorik (Design Engineer Flight Control Actuators)")
    );
    let mut met = names(&n);
    met.sort_unstable();
    assert_eq!(met, ["Dr. Claudia Wimmer", "Henrik Sørensen", "Melis Aydın"], "no firm, no job, no \"Frau\"");
    let melis = person(&n, "Melis Aydın");
    assert_eq!(melis.role.as_deref(), Some("recruiter"));
    assert!(melis.thanked, "her Dankes-Mail is sent");

    let n = note_at(
        "nordlys-games/2026-11-25-final.md",
        "# Postmortem: Nordlys Games final loop\n\n## Timeline (UTC)\n\n\
         - 09:00 — Lars-Erik Nygaard, Engineering Manager Platform (hiring manager)\n\
         - 10:00 — Jakub Lewandowski (\"Kuba\"), SRE, peer interview. Switched to Polish by accident\n",
    );
    assert_eq!(names(&n), ["Lars-Erik Nygaard", "Jakub Lewandowski"]);
}

// Set 60, a Trello card: its comments each a paragraph of their own, and a Ghanaian `Dr. (Mrs.)`.
#[test]
fn set_60_a_trello_cards_comments_and_a_doctor_also_addressed_as_mrs() {
    let n = note_at(
        "akoma-specialist-hospital/2026-12-01-practical.md",
        "# Akoma Specialist Hospital – Round 2: Practical + Medical Director\n\n**List:** Interviewing\n\n\
         ## Description\n\n**People:**\n\
         - **Dr. (Mrs.) Abena Sarpong-Kumah** – Medical Director. Asked my vision for clinical pharmacy.\n\
         - **Sir Kwabena** (Head of Pharmacy) – supervised the chart review.\n\n\
         ## Checklist: Clarify / follow up\n\
         - [ ] Calculation Q4 – gentamicin 5 mg/kg for 68 kg: I told Sir K 350 mg at the end. It's 340 mg. Correct it!\n\n\
         ## Comments\n\n**Efua Boateng** · 1 Dec 2026, 19:48\n\
         Not for any letter: Dr. Sarpong-Kumah said they \"cannot go above GHS 11,500\" for this grade.\n",
    );
    assert!(names(&n).contains(&"Dr. Abena Sarpong-Kumah"), "{:?}", names(&n));
    let told = n.clarified_with.iter().find(|(c, _)| c.contains("340")).map(|(_, who)| who.as_str());
    assert_eq!(told, Some("Sir Kwabena"), "`told Sir K`: to him");
    assert!(n.unread.iter().all(|u| !u.text.contains("11,500")), "a comment kept to yourself: {:?}", n.unread);
}

// Set 60, Apple Notes copied out as plain text: the job under a label in capitals, or on a line of
// its own; a referrer named in full in brackets.
#[test]
fn set_60_apple_notes_name_the_job_under_its_label_or_on_a_line_of_its_own() {
    let n = note_at(
        "isla-verde-hospitality/2026-11-17-first-round.md",
        "Isla Verde - 1st interview 11/17 🌴\nTues Nov 17 2026, 10am ET\n\nTHE JOB\n\
         • Director of Catering & Events, The Alcázar Brickell (Isla Verde Hospitality's flagship)\n\
         • reports to Dana = she'd be la jefa\n\nWHO\n• Dana Whitfield — Director of Sales & Marketing\n",
    );
    assert_eq!(n.position.as_deref(), Some("Director of Catering & Events"));

    let n = note_at(
        "wynwood-contemporary/2026-12-02-panel.md",
        "WCAC panel 12/2\nWed Dec 2, 11:30am ET — Wynwood Contemporary Art Center, 2nd fl boardroom\n\
         Special Events & Rentals Manager\n\nHOW I GOT HERE\n\
         • Dani (Daniela Ortiz, Development Associate at WCAC, my girl from FIU) referred me\n\n\
         WHO\n• Ximena Albornoz — Deputy Director\n",
    );
    assert_eq!(n.position.as_deref(), Some("Special Events & Rentals Manager"));
}

// Set 60, a post-mortem in Polish English: its status line's outcome, its ISO dates' order, and a
// decision "till" a day.
#[test]
fn set_60_a_post_mortems_status_dates_and_decision() {
    let n = note_at(
        "wawel-payments/2026-11-19-system-design.md",
        "# Postmortem: Wawel Payments — round 2 (system design)\n\n\
         **Status:** Resolved — passed to round 3 (update 2026-11-23)\n\n## Summary\n\n\
         I was on system design interview at Wawel Payments, round 2 of 4 (1 recruiter screen on 11-12, \
         2 system design, 3 incident simulation).\n\n## What went wrong\n\n\
         - Aga 10 min late + camera off, felt I talk to void (not for any letter, obviously)\n",
    );
    assert_eq!(n.status.as_deref(), Some("advanced"));
    assert_eq!(n.next_round_on, None, "`on 11-12` is the twelfth of November, in this note's order");
    assert!(n.unread.iter().all(|u| !u.text.contains("void")), "{:?}", n.unread);

    let n = note_at(
        "nordlys-games/2026-11-25-final.md",
        "# Postmortem: Nordlys Games final loop\n\n**Status:** Monitoring — waiting for decision, promised till \
         Friday 2026-12-04\n**Date:** 2026-11-25 (Wednesday)\n**Stage:** round 3 of 3, final loop\n",
    );
    assert_eq!(n.status, None, "the incident's status says no outcome");
    assert_eq!(n.decision_by.map(|d| d.to_string()).as_deref(), Some("2026-12-04"));
}

// Set 60: one interviewer's own rule (`"don't email me directly"`) is about him alone; a referrer
// named in full inside the brackets; a French meeting's name is no job.
#[test]
fn set_60_one_interviewers_rule_a_referrer_in_brackets_and_a_meeting_in_french() {
    let n = note_at(
        "adinkra-pharma/2026-11-24-technical-interview.md",
        "# Adinkra Pharmaceuticals – Technical Interview\n\n## Description\n\n\
         Kojo (Kojo Mensah, production pharmacist here, my KNUST classmate) referred me and carried my CV.\n\n\
         - Mr. Nii Armah Quaye – QA Manager. He liked my pharmacovigilance experience. BUT he said clearly: \
         \"don't email me directly, send everything through HR\" → so anything for him goes through Mrs Frimpong\n\
         - Ms. Dzifa Agbeko – Regulatory Affairs Lead. Gave me her card: dzifa.agbeko@adinkrapharma.example\n\
         - Mrs. Akua Frimpong – HR Business Partner. Arranged everything.\n",
    );
    let rule = n.hands_off.as_ref().expect("his rule");
    assert_eq!(rule.named, ["Mr. Nii Armah Quaye"], "Dzifa may be written to");
    assert!(names(&n).contains(&"Kojo Mensah"), "{:?}", names(&n));

    let n = note_at(
        "boisvert-lapointe/2026-11-24-rencontre-associes.md",
        "# Boisvert Lapointe — rencontre associés\n\n- Louise Boisvert, associée directrice\n",
    );
    assert_eq!(n.position, None, "`rencontre associés` is the meeting with the partners");
}

#[test]
fn set_61_a_plain_text_paragraph_a_line_is_a_point_a_line() {
    let n = note_at(
        "pagafacil/2026-11-19-technical.md",
        "Pagafácil – Senior Data Engineer – technical interview (19/11)\n\nWho was there\n\
         Rafael Mendonça – Data Engineering Manager\nJuliana “Ju” Sato – Senior Analytics Engineer\n\n\
         What went well\n\
         Rafael really liked the dbt incremental story (cut our BigQuery cost by 38%)\n\
         He laughed when I said “SELECT * in production should be a crime” kkkk\n\
         Ju and I clicked, nossa. She asked about data contracts\n",
    );
    let about = |start: &str| {
        let h = n.highlights.iter().find(|h| h.text.starts_with(start)).unwrap_or_else(|| panic!("{:?}", n.highlights));
        h.about.clone()
    };
    assert_eq!(about("Rafael really liked"), ["Rafael Mendonça"]);
    assert!(!about("Ju and I clicked").contains(&"Rafael Mendonça".to_owned()), "a point of its own");
}

#[test]
fn set_60_61_who_is_to_be_emailed_in_apple_notes_and_a_bullet_journal() {
    // Apple Notes: an item under someone's bullet is about them, and `○` is an open box.
    let n = note_at(
        "isla-verde/2026-11-30-second-round.md",
        "ISLA VERDE round 2\nMon 11/30/26\nDirector of Catering & Events\n\nPEOPLE\n\
         • Jonathan Pereira — General Manager. goes by JP\n\
         \t◦ gave me his card, said \"email me anything, I answer at night\" → jp.pereira@islaverdehg.example\n\
         • Ximena Albornoz — Deputy Director\n\t◦ card: ximena.albornoz@wcac.example\n\n\
         ○ email Ximena — thanks + 4 not 6\n",
    );
    assert!(person(&n, "Jonathan Pereira").emailed, "he asked to be emailed: {:?}", n.people);
    assert!(person(&n, "Ximena Albornoz").emailed, "the open box says to email her: {:?}", n.people);
    // A bullet journal: `Mik = Mikaere Horomona, …`, and a task naming whom the emails go to.
    let n = note_at(
        "harbourside/2026-11-25-interview.md",
        "WED 25.11\nHARBOURSIDE LIBRARIES — Youth Services Librarian, int 1\n\nWHO WAS THERE\n\
         – Mik = Mikaere Horomona, Team Leader Youth Services (would be my boss)\n\
         \x20   – mikaere.horomona@harbourside.example\n\
         – Fiona Gale, Branch Manager (Central)\n\
         \x20   – her email was on the calendar invite: fiona.gale@harbourside.example\n\n\
         TASKS\n• thank-you emails — Mik, Fiona\n",
    );
    let mik = person(&n, "Mikaere Horomona");
    assert_eq!(mik.title.as_deref(), Some("Team Leader Youth Services"));
    assert_eq!(mik.kind(), Kind::Interviewer);
    assert!(mik.emailed && person(&n, "Fiona Gale").emailed, "{:?}", n.people);
}

#[test]
fn set_61_initials_then_an_equals_sign_and_a_dash_and_an_earlier_rounds_thanks() {
    let n = note_at(
        "brightpath-learning/2026-11-30-final.md",
        "Brightpath Learning — Senior Instructional Designer — FINAL\nMon 11/30/2026\n\
         Round 2 was 11/17 w/ the ID team → thank-yous went out 11/18 ✔ (Priya replied, Keisha said the team \"loved the note\")\n\n\
         Q3: \"SCORM vs xAPI — what's your experience?\" (TJ)\nA: SCORM daily. TJ cracked up.\n\n\
         WHO WAS THERE\n- Priya Natarajan — Lead Learning Designer (would be my lead).\n\
         - TJ = Tom Jablonski — Learning Technologist / LMS admin. \"just email me\" → tj.jablonski@brightpathlearning.example\n\
         - Keisha Harris — Recruiter. Set up the Zoom.\n",
    );
    assert!(!person(&n, "Priya Natarajan").thanked, "round 2's thanks: {:?}", n.people);
    let tj = person(&n, "Tom Jablonski");
    assert_eq!(tj.title.as_deref(), Some("Learning Technologist / LMS administrator"), "{:?}", n.people);
    assert!(tj.emailed, "\"just email me\": {:?}", n.people);
    assert_eq!(tj.kind(), Kind::Interviewer);
    assert_eq!(tj.email.as_deref(), Some("tj.jablonski@brightpathlearning.example"));
    assert_eq!(tj.called.as_deref(), Some("TJ"), "greeted as he goes by");
}

#[test]
fn set_62_an_email_to_oneself_with_korean_names_english_names_and_tagged_fixes() {
    let n = note_at(
        "nuri-mobility/2026-12-01-technical.md",
        "From: Park Seo-yeon <seoyeon@example.kr>\nTo: Park Seo-yeon <seoyeon@example.kr>\n\
         Subject: Nuri Mobility Sr. DA (Pricing) - 1차 기술면접 memo\n\n\
         Nuri Mobility, Senior Data Analyst - Pricing team\n\n\
         Daniel = Han Dong-hyun, Pricing Analytics Lead (my future boss if it works)\n\
         \x20- I told the story of waiting 40 min for a taxi in Hongdae -> he laughed a lot\n\
         \x20- he said to email him directly: daniel.han@nurimobility.example\n\
         Jay = Yoon Ji-hoon, Data Engineer (on Zoom from home)\n\
         \x20- both Doosan Bears fans!! (sad season lol)\n\
         Shin Ye-rin-nim (Talent Acquisition)\n\
         \x20- scheduled everything. \"reply to this thread anytime\"\n\
         Ji-sung sunbae (Baek Ji-sung, my lab sunbae from grad school, Nuri marketing team)\n\
         \x20- referred me internally!! already Kakao'd him thanks\n\n\
         good overall:\n- pricing team is 6 ppl, they own the actual price algorithm\n\n\
         fix list:\n\
         [correction] I called their app \"Nuri Taxi\" two times. it's \"Nuri Ride\" now.\n\
         [forgot] my Kaggle bronze medal - totally relevant for pricing\n\
         [me only] commute Mapo -> Pangyo = 1h20m each way\n",
    );
    assert_eq!(n.company.as_deref(), Some("Nuri Mobility"));
    let daniel = person(&n, "Han Dong-hyun");
    assert_eq!(daniel.title.as_deref(), Some("Pricing Analytics Lead"), "{:?}", n.people);
    assert_eq!(daniel.email.as_deref(), Some("daniel.han@nurimobility.example"));
    assert_eq!(people::first_name(&daniel.name), "Dong-hyun", "a Korean name, family name first");
    assert_eq!(person(&n, "Shin Ye-rin").role.as_deref(), Some("recruiter"), "{:?}", n.people);
    assert_eq!(n.people.iter().filter(|p| p.name.contains("Ye-rin")).count(), 1, "{:?}", n.people);
    assert_eq!(n.clarifications.len(), 3, "a tagged line each: {:?}", n.clarifications);
}

#[test]
fn set_62_an_org_days_headings_open_with_the_time_and_a_decision_said_aloud() {
    let n = note_at(
        "kvarn-automation/2026-11-24-onsite.md",
        "#+TITLE: Kvarn Automation – onsite (final)\n\n* DONE Kvarn Automation onsite :kvarn:final:\n\n\
         ** 09:30 Karin Holmqvist — VP Engineering                                 :interviewer:\n\
         \x20  - I said zone-based safety-rated speed limits — she liked that\n\n\
         ** 13:00 Sofie Lund — People Partner                                      :interviewer:\n\
         \x20  - talked innebandy 10 min, she plays in a korpen team too\n\n\
         ** Elin (office coordinator)                                               :helper:\n\
         \x20  - saved me with an USB-C→HDMI adapter 2 min before my presentation. no mail addr, just say tack through Sofie\n\n\
         ** Bra\n\x20  - office right on the water\n",
    );
    assert_eq!(person(&n, "Karin Holmqvist").title.as_deref(), Some("VP Engineering"), "{:?}", n.people);
    assert!(!n.met_in_passing.iter().any(|p| p.name == "Sofie Lund"), "2 min before a talk: {:?}", n.met_in_passing);
    // (A transcript says the day aloud: `they'll decide by Friday December eleventh`.)
    let n = note_at(
        "gulf-coast-distribution/2026-12-02-final.md",
        "Gulf Coast final\nDec 2, 2026 at 1:14 PM · 6:48\nTranscript\n\n\
         [00:02:40] Kayla called me this morning, she said they'll decide by Friday December eleventh\n",
    );
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 11)));
}

#[test]
fn set_62_a_soap_notes_spanish_titles_and_contacts_line_make_no_one_up() {
    let n = note_at(
        "fisiomed-chamberi/2026-11-16-entrevista.md",
        "S: pt nervous but ok.\n\nO:\n\
         - Interviewers: Dra. Beatriz Santamaría Prieto (medical director, traumatologist) + Sr. Alfonso Iglesias Ramos (gerente + owner).\n\
         - Contacts: Dra. → business card, b.santamaria@fisiomedchamberi.example. Alfonso → no email (\"yo de correos nada\"), but has a corkboard → handwritten CARD to the clinic.\n",
    );
    assert_eq!(names(&n), ["Beatriz Santamaría Prieto", "Alfonso Iglesias Ramos"], "{:?}", n.people);
}

#[test]
fn set_62_korean_forms_of_address_a_firm_and_a_memos_title() {
    let n = note_at(
        "hanbit-commerce/2026-11-17-1st-interview.md",
        "Hanbit Commerce / Data Analyst, Growth Analytics team\n\n== people ==\n\n\
         1) Lee Jae-won timjang-nim (Growth Analytics 팀장, hiring manager)\n- opened with my 과제\n\n\
         2) Choi Hyun-woo (senior analyst, 4yrs at Hanbit)\n- liked my retention cohort dashboard a lot\n\n\
         == FIX / TODO ==\n- Nuri Mobility (Ji-sung sunbae referral) -> waiting for schedule, don't mention\n",
    );
    assert_eq!(names(&n), ["Lee Jae-won", "Choi Hyun-woo"]);
    assert_eq!(people::first_name("Lee Jae-won"), "Jae-won");
    assert_eq!(people::last_name("Lee Jae-won"), "Lee");
    assert_ne!(n.position.as_deref(), Some("Choi Hyun-woo (senior analyst, 4yrs"), "no job inside his brackets");
    let n = note_at(
        "hanbit-commerce/2026-11-17-1st-interview.md",
        "== people ==\n\n1) Lee Jae-won timjang-nim (Growth Analytics 팀장, hiring manager)\n\n\
         2) Jung Ha-eun manager-nim (HR, recruiter - email below)\n\n\
         == thank yous ==\n- Ha-eun manager-nim: sent short thank-you from phone 18:40 ✓ (she replied already)\n",
    );
    assert!(person(&n, "Jung Ha-eun").thanked, "{:?}", n.people);
    assert!(!person(&n, "Lee Jae-won").thanked);
    // (A voice memo's title over its day: `New Recording 14` is no 14 November of the year 23.)
    let n = note_at(
        "lone-star-cold-storage/2026-11-23-panel.md",
        "New Recording 14\nNov 23, 2026 at 11:38 AM · 8:02\nTranscript\n\n[00:00:01] okay just left Lone Star\n",
    );
    assert_eq!(n.date, Some(jiff::civil::date(2026, 11, 23)));
}

#[test]
fn set_61_a_line_of_thanks_by_entry_gives_each_their_channel() {
    let n = note_at(
        "lumio/2026-12-03-hiring-manager.md",
        "Lumio Saúde – Data Engineering Lead – 1st interview\n03/12/2026\n\n\
         Fernanda Kato – VP of Engineering, the hiring manager\n\
         Gui – Guilherme Prado, Senior Data Engineer, joined for the last 20 min\n\
         Bruno Carvalho – Staff Engineer, referred me\n\n\
         Thank-yous: Fernanda (email), Gui (email, short + repo), Bruno – card with the referral\n",
    );
    assert!(person(&n, "Fernanda Kato").emailed, "{:?}", n.people);
    assert!(person(&n, "Guilherme Prado").emailed, "{:?}", n.people);
    assert_eq!(person(&n, "Guilherme Prado").title.as_deref(), Some("Senior Data Engineer"));
    assert_eq!(person(&n, "Bruno Carvalho").channel, Some(Channel::Card));
}

#[test]
fn set_61_a_bullet_journals_done_task_thanks_both_it_names() {
    let n = note(
        "---\ncompany: Karori\ndate: 2026-11-16\ninterviewers:\n  - Ngaire Paewai, Deputy Principal\n  - Sam Fitzgerald, HOD English\n  - Lee Tan, Bursar\n---\n\n\
         TASKS\n× thank-you email to Ngaire + Sam — sent Tue 17.11 8.05pm\n• short thanks to Lee\n",
    );
    assert!(person(&n, "Ngaire Paewai").thanked && person(&n, "Sam Fitzgerald").thanked, "{:?}", n.people);
    assert!(!person(&n, "Lee Tan").thanked);
}

#[test]
fn set_61_a_trustees_own_rule_under_his_name_is_about_him_alone() {
    let n = note_at(
        "karori/2026-11-16-panel.md",
        "MON 16.11\nKARORI RIDGE COLLEGE — Library Manager interview (rd 1)\n\nTHE PANEL\n\
         – Ngaire Paewai, Deputy Principal, chaired it\n\
         – Mr Lafaele = Tavita Lafaele, board trustee (parent rep)\n\
         \x20   – asked me NOT to email him direct, anything for the board goes thru the office. fair enough\n",
    );
    assert!(n.people.iter().any(|p| p.name == "Tavita Lafaele"), "{:?}", n.people);
    let rule = n.hands_off.as_ref().expect("his rule");
    assert_eq!(rule.whom, "Tavita Lafaele", "not every board member: {rule:?}");
}

#[test]
fn set_61_a_rule_under_ones_name_alone_is_theirs() {
    let n = note_at(
        "verdemar/2026-11-27-case-presentation.md",
        "Verdemar Agro – case presentation\n27/11/2026\n\n\
         Henrique Bastos – CTO\nPatrícia Oliveira – Head of Data\nDaniela Nunes – People Partner\n\n\
         Henrique\n- liked the cost dashboard slide\n\
         - he hates email, said: “anything for me, send through Dani” – so no direct email to him\n\n\
         Paty\n- loved the data quality SLA per source\n",
    );
    let rule = n.hands_off.as_ref().expect("his rule");
    assert_eq!(rule.whom, "Henrique Bastos", "{rule:?}");
    assert!(n.may_contact(person(&n, "Patrícia Oliveira")));
}

#[test]
fn set_62_another_companys_days_said_in_a_note_are_not_this_process() {
    let nordvik = "# Nordvik Robotics, technical interview, 20 Nov 2026\n\n## People\n\
                   - Karin Holmqvist, Engineering Manager\n- Sofie Lund, Senior Controls Engineer\n\n\
                   ## Process\n- Round 2 of 3.\n- Busy week: the Kvarn final is Tuesday 24 November.\n\
                   - Kvarn: next round on Tuesday 24 November.\n";
    let n = note_at("nordvik-robotics/2026-11-20-technical.md", nordvik);
    assert_eq!(n.next_round_on, None, "Kvarn's final is no round of Nordvik's");
    assert_eq!(n.rounds_left, Some(1), "the note's own count stays");
    let n = note_at(
        "nordvik-robotics/2026-11-20-technical.md",
        &nordvik.replace("- Busy week: the Kvarn final is Tuesday 24 November.\n- Kvarn: ", "- "),
    );
    assert!(n.next_round_on.is_some(), "the note's own next round");
    let alborada = "# Alborada Fisioterapia - entrevista 25/11/2026\n\nMet Marta Gil and Jorge Ruiz.\n\n\
                    - Marta liked my eccentric loading protocol.\n- Fisiomed said they'd decide by Wednesday 9 December.\n";
    let n = note_at("alborada/2026-11-25-entrevista.md", alborada);
    assert_eq!(names(&n), ["Marta Gil", "Jorge Ruiz"], "full names alone, each of them");
    assert_eq!(n.decision_by, None, "Fisiomed's day, said by no one of Alborada's");
    let n = note_at("alborada/2026-11-25-entrevista.md", &alborada.replace("Fisiomed said", "Marta said"));
    assert_eq!(n.decision_by, Some(jiff::civil::date(2026, 12, 9)), "said by one of Alborada's");
    let n = note_at(
        "alborada/2026-11-25-entrevista.md",
        &alborada.replace("Fisiomed said they'd decide", "Heard from Fisiomed: decision"),
    );
    assert_eq!(n.decision_by, None, "heard from another company");
}

/// The interview note at `rel`, saved on `saved` (a day without its year is of that year).
fn note_saved(rel: &str, text: &str, saved: &str) -> Note {
    let source = Source {
        rel: rel.to_owned(),
        text: text.to_owned(),
        saved: Some(saved.parse().unwrap()),
        day_first: None,
        writer: None,
    };
    let doc = crate::pipeline::parse::parse(&source).expect("the note parses");
    match extract(&source, &doc).outcome {
        Outcome::Note(note) => *note,
        other => panic!("expected an interview note, got {other:?}"),
    }
}

#[test]
fn set_63_a_note_named_without_its_day_gives_it_at_its_top_or_in_its_days_heading() {
    let day = |s: &str| Some(s.parse::<jiff::civil::Date>().unwrap());
    // A bullet journal's week: the day whose heading names the company.
    let week = "# wk 47\n\n## Mon 16.11\n× emailed Aoife 12/11\n\n## Wed 18.11\n× shortlisted!\n\n\
                ## Thu 19.11 — Harbourview Community Health ○\n○ 14:00 interview — Clinical Nurse Manager 1\n\
                \x20 – panel:\n    – Declan Moriarty — Director of Public Health Nursing\n\
                * Declan was really into the school drop-in idea.\n";
    let n = note_saved("harbourview-community-health/wk47 harbourview.md", week, "2026-12-06");
    assert_eq!(n.company.as_deref(), Some("Harbourview Community Health"));
    assert_eq!(n.date, day("2026-11-19"), "{:?}", n.sources.get("date"));
    // A heading's weekday and day, in a file whose name shortens the folder's company.
    let final_round = "# Tue 01.12 — St Brigid's Children's Hospital FINAL ○\n\n\
                       ○ 11:00 FINAL — CNS Paediatric Diabetes\n  – Eileen Fahy — Director of Nursing.\n";
    let n = note_saved("st-brigids-childrens-hospital/01.12 final - St B.md", final_round, "2026-12-06");
    assert_eq!(n.date, day("2026-12-01"));
    assert_eq!(n.company.as_deref(), Some("St Brigid's Children's Hospital"), "not the file's `St B`");
    // In Portuguese: the day under the title, the people under `## Pessoas`, the one from HR who
    // scheduled it a helper, and what is `Só pra mim` kept out.
    let biolumen = "# Biolumen Análises Clínicas — entrevista + prova prática\n\n\
                    terça 24/11/2026, 14h — Unidade Taquaral, Campinas\n\n## Pessoas\n\n\
                    - **Dra. Cláudia Menezes** — Responsável Técnica of the lab. She made the interview, 40 min.\n\
                    - **Renata** — RH. She scheduled everything by WhatsApp and phone.\n\n\
                    ## Próximos passos\n\n- Renata: answer until Friday 04/12.\n\n\
                    ## Só pra mim\n\n- decision by Monday 30/11 for the other one\n";
    let n = note_saved("biolumen-analises-clinicas/Biolumen - etapa unica.md", biolumen, "2026-12-06");
    assert_eq!(n.date, day("2026-11-24"));
    assert_eq!(names(&n), ["Cláudia Menezes", "Renata"]);
    assert_eq!(person(&n, "Renata").kind(), crate::model::Kind::Helper, "{:?}", person(&n, "Renata"));
    assert_ne!(n.decision_by, day("2026-11-30"), "what is kept for herself");
}

#[test]
fn set_63_a_chat_introduces_each_one_by_what_they_go_by_then_in_full() {
    let chat = "pasted from slack — DM w/ Dani\n\n---\n\n**Mateo Fernández**  10:59 PM\n\
                it was Lachie (Lachlan Bui, exec chef for the whole group) + Tash — Natasha Greer, group ops \
                manager. Brooke from Hospo Talent set it all up\n\n**Dani Okafor**  11:01 PM\nok and??\n\n\
                **Mateo Fernández**  11:03 PM\nhonestly good. Lachie went nuts for the koji stuff.\n";
    let n = note_at("ostro-dining-group/2026-11-10 chat.md", chat);
    assert_eq!(
        names_and_titles(&n),
        [("Lachlan Bui", Some("Executive Chef")), ("Natasha Greer", Some("Group Operations Manager"))]
    );
    // Each alone, as an item.
    let n = note_at("ostro-dining-group/2026-11-10 chat.md", "- Lachie (Lachlan Bui, exec chef for the whole group)\n");
    assert_eq!(names_and_titles(&n), [("Lachlan Bui", Some("Executive Chef"))]);
    let n = note_at("ostro-dining-group/2026-11-10 chat.md", "- Tash — Natasha Greer, group ops manager\n");
    assert_eq!(names_and_titles(&n), [("Natasha Greer", Some("Group Operations Manager"))]);
    // (Not one in brackets who is no name in full: `Marek (the owner, Marek Ostrowski)` stays as
    // the note had it.)
    let n = note_at(
        "ostro-dining-group/2026-12-03 final.md",
        "- I cooked 2 dishes for Marek (the owner, Marek Ostrowski) at the pass\n- Lachie — Lachlan Bui, Executive Chef\n",
    );
    assert_eq!(names_and_titles(&n), [("Lachlan Bui", Some("Executive Chef"))]);
}

#[test]
fn set_63_a_google_doc_numbers_its_headings_and_a_crm_record_opens_with_a_banner() {
    let doc = "# **DRR – Senior Policy Advisor – Round 3 (final)**\n\nThursday 26 November 2026 – 1.30pm\n\n\
               ## **2\\. People**\n\n*   **Grant Halloran** – Deputy Secretary, Policy\n\
               *   **Hinemoa Parata** – Manager, Climate Adaptation Policy (3rd time now)\n\n\
               ## **3\\. How it went**\n\n### **3.1 Good**\n\n\
               *   Grant + me – both grew up in Hawke’s Bay. 5 mins on the 2023 flood recovery.\n";
    let n = note_at("2026-11-26-r3.md", doc);
    assert_eq!(n.company.as_deref(), Some("DRR"), "an acronym stays in capitals");
    assert_eq!(
        names_and_titles(&n),
        [
            ("Grant Halloran", Some("Deputy Secretary, Policy")),
            ("Hinemoa Parata", Some("Manager, Climate Adaptation Policy"))
        ],
        "under `2\\. People`"
    );
    assert_eq!(person(&n, "Grant Halloran").kind(), crate::model::Kind::Interviewer);
    let crm = "=====================================================================\n\
               OPPTY: BRIGHTLINE DIAGNOSTICS — Key Account Manager, Hospital Labs (Ontario)\n\
               Stage: ONSITE — COMPLETED 11/24\n\
               =====================================================================\n\n\
               ## CONTACTS\n\n**Sunny Park** — National Sales Manager, Hospital Diagnostics\n";
    let n = note_at("2026-11-24-brightline.md", crm);
    assert_eq!(n.company.as_deref(), Some("Brightline Diagnostics"), "not the banner, nor the record's label");
    assert_eq!(n.stage.as_deref(), Some("onsite"), "what the stage is, not that it is done");
}

#[test]
fn set_63_a_crm_record_lists_its_contacts_tags_its_lines_and_logs_what_went_out() {
    let record = "OPPTY: NORVANE SURGICAL — Territory Manager, Orthopaedics\nStage: R2 — COMPLETED 12/02\n\n\
                  ## ACCOUNT UPDATES SINCE R1\n\
                  ▸ 11/17 08:10 | EMAIL out → Raj: TY + 30-60-90 draft\n\n\
                  ## CONTACTS\n\n\
                  **Raj Malhotra** — Regional Sales Director, Ontario — CHAMPION\n  Email: raj.malhotra@norvane.com (thread active)\n\n\
                  **Kelsey Dunn** — Talent Acquisition Partner\n  Role: COORDINATOR / gatekeeper to calendar\n  Sentiment: 🟢\n\n\
                  **Marguerite Doucet** — VP Sales, Canada — R3 audience. NOT MET YET.\n\n\
                  ## ACTIVITY LOG\n\n\
                  ▸ 12/02 10:00 | MEETING | w/ Raj\n\
                  \x20 - ✅ WIN — Raj after role-play: \"that's the best objection handling I've seen this cycle.\"\n\
                  \x20 - ❌ ERROR — quoted the ARC-2 study as 40%. it's 34%.\n\
                  \x20 - ⚠️ MISSED — didn't mention I'm bilingual (FR).\n\
                  ▸ 12/02 14:02 | EMAIL out → Kelsey: TY + parking pass\n";
    let n = note_at("norvane-surgical/2026-12-02-r2.md", record);
    assert_eq!(names(&n), ["Raj Malhotra", "Kelsey Dunn"], "not one the writer has not met");
    let kelsey = person(&n, "Kelsey Dunn");
    assert_eq!((kelsey.kind(), kelsey.role.as_deref()), (crate::model::Kind::Helper, Some("coordinator")));
    assert!(kelsey.thanked && kelsey.emailed, "{kelsey:?}");
    let raj = person(&n, "Raj Malhotra");
    assert!(raj.emailed && !raj.thanked, "written to after round 1, not thanked for this one: {raj:?}");
    assert_eq!(
        n.highlights.iter().map(|h| h.text.as_str()).collect::<Vec<_>>(),
        ["Raj after role-play: \"that's the best objection handling I've seen this cycle.\""]
    );
    assert_eq!(n.clarifications.len(), 2, "{:?}", n.clarifications);
    assert!(!n.people.iter().any(|p| p.name == "Sentiment" || p.name == "Email:"), "{:?}", n.people);
}

#[test]
fn set_63_a_google_doc_export_gives_its_day_below_the_converters_notes_and_a_truth_its_own_sentence() {
    let doc = "<!-----\n\nConversion notes:\n\n* Docs to Markdown version 1.0β36\n\
               * Mon Nov 09 2026 19:52:11 GMT+1300 (New Zealand Daylight Time)\n----->\n\n\n\
               # **DRR – Senior Policy Advisor, Climate Adaptation**\n\n\
               Interview notes – Round 1 (panel) – Monday 9 November 2026, 10.00am – Level 6\n\n\
               ## **1\\. People**\n\n*   **Hinemoa Parata** – Manager, Climate Adaptation Policy\n\n\
               ## **4\\. Things to fix**\n\n\
               *   Said I’d worked with “nine councils” on the regional adaptation plan. It’s **seven**.[^1] Need to \
               correct – it's on my CV as seven so it looks sloppy either way.\n\n\
               [^1]: Tom: you said nine in the mock too!!\n";
    let n = note_saved("department-of-regional-resilience/DRR interview notes (R1).md", doc, "2026-12-06");
    assert_eq!(n.date, Some(jiff::civil::date(2026, 11, 9)), "not the day of the export: {:?}", n.sources);
    assert_eq!(
        n.clarifications,
        ["I said I'd worked with nine councils on the regional adaptation plan, but in fact it's seven."],
        "the sentence right after the claim, not the writer's worry after a later dash"
    );
}

#[test]
fn set_63_a_google_docs_logistics_field_a_mock_interviewer_and_a_sentence_after_a_title_are_no_one_new() {
    let doc = "# **DRR – Senior Policy Advisor, Climate Adaptation**\n\n\
               Interview notes – Round 1 (panel) – Monday 9 November 2026, 10.00am\n\n\
               ## **1. Logistics**\n\n\
               Role: Senior Policy Advisor, Climate Adaptation (Adaptation Policy team) – vacancy DRR/2026/311. \
               Round 1 of 3 (panel → written exercise → final w/ DepSec).\n\n\
               ### **1.1 Panel**\n\n*   **Hinemoa Parata** – Manager, Climate Adaptation Policy (hiring manager, chaired)\n\n\
               ### **1.2 Other people**\n\n\
               *   **Rangi** – security desk, Level 1. The exercise room was double-booked (a Deputy Sec's meeting).\n\
               *   Tom – did my mock interview Sunday night (bless)\n";
    let n = note_saved("department-of-regional-resilience/DRR interview notes (R1).md", doc, "2026-12-06");
    assert_eq!(names(&n), ["Hinemoa Parata", "Rangi"], "no `Climate Adaptation`, no Tom: {:?}", n.people);
    assert_eq!(person(&n, "Rangi").title.as_deref(), Some("Security Desk, Level 1"), "not the sentence after it");
}

#[test]
fn set_63_a_bullet_journal_names_its_people_by_honorific_and_initial_or_alone_and_pairs_with_an_arrow() {
    let panel = "# Thu 12.11 — St Brigid's — CNS interview\n\n\
                 ○ 09:30 PANEL — Clinical Nurse Specialist\n\
                 \x20 – 2 on panel:\n\
                 \x20   – Dr Fionnuala Hegarty — Consultant Paed Endocrinologist. chaired.\n\
                 \x20   – Maura Kinsella — ADON, medical directorate.\n\
                 * Dr H LOVED the pump-start story — the 9yo w/ her nan, closed loop start. she said \"that's \
                 exactly the family-centred piece we're missing\". writing it down so I believe it later\n\
                 – Maura & me → teen transition clinic. we went 10 min over talking about it\n\
                 – Dr K & me → both Mayo!!\n";
    let n = note_saved("st-brigids-childrens-hospital/2026-11-12 St Brigids panel.md", panel, "2026-12-06");
    let highlights: Vec<(&str, &[String])> = n.highlights.iter().map(|h| (h.text.as_str(), &h.about[..])).collect();
    assert!(
        highlights.iter().any(|(t, about)| t.starts_with("Fionnuala liked the pump-start story")
            && about == &["Dr Fionnuala Hegarty".to_owned()]),
        "`Dr H` is the only one whose family name starts so: {highlights:?}"
    );
    assert!(
        highlights.iter().any(|(t, _)| *t == "Maura and I talked about the teen transition clinic"),
        "{highlights:?}"
    );
    assert!(!highlights.iter().any(|(t, _)| t.contains("and I talked about the both")), "{highlights:?}");
    // At the final: one named alone among those listed, the wrong spelling quoted after "not".
    let final_round = "# Tue 01.12 — St B FINAL ○\n\n\
                       ○ 11:00 FINAL — CNS Paediatric Diabetes, St Brigid's\n\
                       \x20 – Eileen Fahy — Director of Nursing.\n\
                       \x20 – Dr Fionnuala HEGARTY. not \"Hegarity\". saw her badge up close this time. mortified.\n\
                       \x20 – Dr Watson. the registrar, not there.\n\
                       \x20 – ~50 min. more of a conversation than the panel\n";
    let n = note_saved("st-brigids-childrens-hospital/01.12 final - St B.md", final_round, "2026-12-06");
    assert_eq!(names(&n), ["Eileen Fahy", "Dr Fionnuala Hegarty"], "not a family name alone: {:?}", n.people);
}

#[test]
fn set_64_a_spreadsheet_row_in_dutch_gives_the_day_the_people_and_who_was_emailed_and_thanked() {
    let row = "sollicitaties.xlsx > tab \"2026\" > row 14\n\n\
               datum;bedrijf;functie;wie;mail gehad?;ging goed;bedankt?;volgende stap\n\
               09-11-2026;Kroonhaven Logistics B.V.;Senior Transport Planner;\"Fleur de Wit (Talent Acquisition / recruiter)\n\
               Mark Janssen (Operations Manager Road - would be my boss)\";\"Fleur: yes (invite + prep mail, f.dewit@kroonhaven.nl)\n\
               Mark: no\";\"Mark liked the A15 story\";\"Fleur: mail 10-11 ✔ (+ diploma scan)\n\
               Mark: ?? no address - letter? kaartje?\";\"R2 do 19-11 (Fleur mail 12-11)\"\n";
    let n = note_saved("kroonhaven-logistics/kroonhaven_ronde1.md", row, "2026-12-06");
    assert_eq!(n.date, Some(jiff::civil::date(2026, 11, 9)), "day first, as `19-11` says: {:?}", n.sources);
    assert_eq!(n.company.as_deref(), Some("Kroonhaven Logistics B.V."));
    assert_eq!(n.position.as_deref(), Some("Senior Transport Planner"));
    let sited = row.replace(";Senior Transport Planner;", ";Senior Transport Planner (Waalhaven Z.Z.);");
    let n2 = note_saved("kroonhaven-logistics/kroonhaven_ronde1.md", &sited, "2026-12-06");
    assert_eq!(n2.position.as_deref(), Some("Senior Transport Planner"), "where the job is, no part of it");
    assert_eq!(
        names_and_titles(&n),
        [("Fleur de Wit", Some("Talent Acquisition / recruiter")), ("Mark Janssen", Some("Operations Manager Road"))],
        "`Mark: no` under `mail gehad?` says no email, not no thanks; no `would be my boss` in a title"
    );
    let fleur = person(&n, "Fleur de Wit");
    assert!(fleur.emailed && fleur.thanked, "{fleur:?}");
    assert_eq!(fleur.email.as_deref(), Some("f.dewit@kroonhaven.nl"));
    assert!(!person(&n, "Mark Janssen").emailed && !person(&n, "Mark Janssen").thanked);
    // A refusal said by one the note lists under no name goes to no one it names after it.
    let last = "## wie\n\n- the Operations Director\n- Fleur de Wit (TA) - terms part\n\n\
                ## mail gehad?\n\n- Fleur: yes\n\
                - Director: NO - she said \"no thank-you mails please. Questions go via Fleur.\"\n";
    let n = note_saved("kroonhaven-logistics/2026-12-03 final.md", last, "2026-12-06");
    assert_eq!(names(&n), ["Fleur de Wit"], "{:?}", n.not_thanked);
}

#[test]
fn set_64_a_threads_notes_not_for_posting_name_the_people_and_what_went_out_since() {
    let thread = "THREAD DRAFT — job hunt diary pt 6 🧵\n\n\
                  1/ Round 1 today for a Senior Policy Analyst role 🌊 Panel of three.\n\n\
                  [NFP: Ministry for Coastal Resilience. Wed 11 Nov 2026, 1pm.]\n\n\
                  2/ The panel: a manager (chair), a principal advisor, and someone from HR.\n\n\
                  [NFP: Hemi Rangi — Manager, Adaptation Policy (chair). Will Ashdown — Principal Policy Advisor. \
                  Rachael Penn — HR Advisor, People & Capability.]\n\n\
                  3/ Just the chair, really, asked the hard ones.\n\n\
                  4/ Highlight: he liked my managed retreat answer.\n\n\
                  5/ Next: round 2. /end\n\n\
                  [NFP — private, never anywhere:\n- band is $112k–$128k\n\
                  - thank-yous: Will (email) [ ], Rachael (email) [ ], Priscilla (card) [ ], Tania — not there, kia ora back via Hemi's letter]\n\n\
                  [UPDATE 13 Nov: emailed Will (thanks + report for Hemi) ✔ and Rachael ✔.]\n";
    let n = note_saved("ministry-for-coastal-resilience/thread-draft-R1-11nov.md", thread, "2026-12-06");
    assert_eq!(
        names_and_titles(&n)[..3],
        [
            ("Hemi Rangi", Some("Manager, Adaptation Policy")),
            ("Will Ashdown", Some("Principal Policy Advisor")),
            ("Rachael Penn", Some("HR Advisor, People & Capability"))
        ],
        "each `Name — Title.` in a paragraph of notes, and no one called Just: {:?}",
        n.people
    );
    assert_eq!(person(&n, "Priscilla").kind(), crate::model::Kind::Helper, "a card beside those met");
    assert_eq!(n.passed_on_by, None, "`kia ora back via Hemi's letter` is a word in his letter");
    assert_eq!(person(&n, "Priscilla").channel, Some(crate::model::Channel::Card));
    let thanked: Vec<&str> = n.people.iter().filter(|p| p.thanked).map(|p| p.name.as_str()).collect();
    assert_eq!(thanked, ["Will Ashdown", "Rachael Penn"], "the update, not Hemi, whom the report was for");
    assert!(!n.highlights.iter().any(|h| h.text.contains("retreat")), "three met: whose is `he`? {:?}", n.highlights);
    // With one met, `Highlight: she liked…` is hers.
    let one = "thread draft — pt 8 🧵\n\n1/ Big day.\n\n[NFP: Marama Reid — CEO. Gave me her card.]\n\n\
               2/ No panel. Just the CEO and a pot of tea.\n\n3/ Tea.\n\n\
               4/ Highlight: she liked my idea of pairing waitlist data with consent data.\n\n5/ More. /end\n";
    let n = note_saved("harbour-capital-housing-trust/hcht-thread-draft-2026-12-04.md", one, "2026-12-06");
    assert_eq!(names(&n), ["Marama Reid"]);
    assert!(n.highlights.iter().any(|h| h.text.starts_with("Marama liked my idea of pairing")), "{:?}", n.highlights);
}

#[test]
fn set_64_a_trello_cards_description_names_those_met_and_a_card_for_one_who_helped() {
    let card = "# St Finbarr's UH – CNM2 ICU – stage 2 (DON + walk-round) 🩺\n\n\
                **Board:** Job hunt 2026 | **List:** Offer pending\n\n---\n\n## Description\n\n\
                Thurs 26/11/2026, 2pm.\n\n\
                **2.00–2.45** meeting with **Eileen Fitzgerald, Director of Nursing** + **Margaret Doyle** (ADON) again.\n\n\
                **Joy** — ward clerk at ICU reception. Made me tea + found me a chair. Card for Joy.\n\n\
                ### Good bits\n- Eileen LOVED the nurse-led ICU follow-up clinic idea\n\n\
                ## Activity\n\n> Sent: thanks email to Grace + poster to Margaret with a line saying thanks.\n";
    let n = note_saved("st-finbarrs-university-hospital/stage 2 (26 Nov 2026).md", card, "2026-12-06");
    assert_eq!(names(&n)[..2], ["Eileen Fitzgerald", "Joy"], "{:?}", n.people);
    assert_eq!(person(&n, "Eileen Fitzgerald").title.as_deref(), Some("Director of Nursing"));
    assert_eq!(person(&n, "Joy").kind(), crate::model::Kind::Helper);
    assert_eq!(person(&n, "Joy").channel, Some(crate::model::Channel::Card));
    assert!(!n.thanked, "Grace's and Margaret's thanks are not Eileen's");
}

#[test]
fn set_64_roam_pages_name_one_found_after_an_arrow_and_a_refusal_goes_to_the_one_who_refused() {
    let page = "- [[Interview]] [[Harbourfront Pathology Laboratories]] round 2 — FINAL\n\
                \x20   - Who::\n\
                \x20       - [[Gord Fenwick]] — Section Manager (again). gave me his card: \"just email me — gord.fenwick@harbourfrontpath.ca\"\n\
                \x20       - [[Leticia Moura]] — charge technologist, ran the bench test\n\
                \x20       - \"the medical director\" — came in for the last 15 min. Dr. Abara? Abarca? — checked the lab website → **Dr. Inés Abarca, Medical Director, Anatomic Pathology**\n\
                \x20   - bench test\n\
                \x20       - told Leticia I'd never used the Tissue-Tek Prisma — WRONG. blanked b/c ours is a Leica.\n\
                \x20   - R1 follow-ups\n\
                \x20       - {{[[DONE]]}} thank-you letter to Gord, posted Nov 17\n\
                \x20   - thank-yous this time\n\
                \x20       - {{[[TODO]]}} Gord — email is fine now.\n";
    let n = note_saved("harbourfront-pathology/December 2nd, 2026.md", page, "2026-12-06");
    assert_eq!(
        names_and_titles(&n),
        [
            ("Gord Fenwick", Some("Section Manager")),
            ("Leticia Moura", Some("Charge Technologist")),
            ("Dr. Inés Abarca", Some("Medical Director, Anatomic Pathology"))
        ],
        "not `Leica Moura`: a thing after its article respells no one"
    );
    assert_eq!(person(&n, "Gord Fenwick").channel, None, "the letter went last round; email now: {:?}", n.people);
    let northbridge = "- Who::\n    - [[Dr. Wei Liang]] — PI.\n\
                       \x20       - at the very end: \"Please — no thank-you emails, I get hundreds. If there's anything to add, send it to Sunny.\"\n\
                       \x20           - OK. noted. ^^NO thank-you to Liang.^^\n\
                       \x20   - [[Sunny Park]] — lab manager\n\
                       \x20       - ran most of the interview actually.\n\
                       \x20       - gave me her email in passing: sunny.park@northbridge-ri.ca\n";
    let n = note_saved("northbridge-research-institute/November 24th, 2026.md", northbridge, "2026-12-06");
    assert_eq!(names(&n), ["Sunny Park"], "Sunny is whom to send to; Dr. Liang refused: {:?}", n.not_thanked);
    assert_eq!(person(&n, "Sunny Park").did, None, "an email given in passing; Sunny was not met in passing");
    let wondering = format!("- Round:: just this one? — \"maybe a short follow-up call\"\n{northbridge}");
    let n = note_saved("northbridge-research-institute/November 24th, 2026.md", &wondering, "2026-12-06");
    assert_eq!(n.stage, None, "the writer wondering is no stage");
}

// Set 65: a Nigerian nurse's plain-text panel list, each line a person listed by a word, then
// named in full.
#[test]
fn one_listed_by_a_word_then_named_in_full_is_one_person() {
    let n = note_at(
        "northbrook/AMU band 6 interview 18-11-26.md",
        "AMU Band 6 interview – Northbrook NHS Foundation Trust\nWed 18/11/26, 10.30\n\n\
         PANEL\n1. Sister Bernadette Kavanagh – Ward Manager AMU (from the informal visit)\n\
         2. Matron – her name is Sharon Whitlow, Matron for Acute Medicine. (the tall one from the visit!)\n\
         3. Hannah – HR. Hannah Price, HR Advisor. Only took notes, didn't ask anything.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Sister Bernadette Kavanagh", Some("Ward Manager AMU")),
            ("Sharon Whitlow", Some("Matron for Acute Medicine")),
            ("Hannah Price", Some("HR Advisor")),
        ]
    );
}

// Set 65: an AsciiDoc note's `=== Dr Aoife Kearney` under `== Panel`, read as Markdown: a part of
// the panel named by one person, its items what they are and did (was: nobody met, and "cannot
// read a name from `Ran the competency Qs`").
#[test]
fn a_part_of_the_panel_named_by_one_person_is_that_person() {
    let n = note_at(
        "brennan/2026-11-10-r1.md",
        "# Brennan Biologics — Round 1\n\n## Panel\n\n### Dr Aoife Kearney\n\
         - QC Microbiology Manager — would be my manager's manager? or manager.\n\
         - Ran the competency Qs (STAR stuff).\n\n### Teague Brosnan\n\
         - Senior Analyst / team lead on the EM + water side.\n- Did the technical Qs.\n\n\
         ## Went well\n- Aoife liked that I disagreed with QA with data.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Dr Aoife Kearney", Some("QC Microbiology Manager")), ("Teague Brosnan", Some("Senior Analyst"))]
    );
    assert!(n.highlights.iter().all(|h| h.about == ["Dr Aoife Kearney"]), "{:?}", n.highlights);
}
// Set 65: the hiring manager of a Bear note, whose given name is a to-do's verb and whose line
// runs on past his title to his address.
#[test]
fn a_person_whose_line_runs_on_past_their_title_is_read_from_its_first_sentence() {
    let n = note_at(
        "corrugo/2026-11-13-r1.md",
        "# Corrugo R1\n\n## who\n- **Kayla Brandt** — Sr. Talent Acquisition Partner. First 10 min then dropped.\n\
         - **Chase Whitaker** — Regional Sales Director, Central. Hiring mgr. Sent me the Zoom invite himself \
         from cwhitaker@corrugo.com so we're already on email.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Kayla Brandt", Some("Senior Talent Acquisition Partner")),
            ("Chase Whitaker", Some("Regional Sales Director, Central"))
        ]
    );
    assert_eq!(person(&n, "Chase Whitaker").email.as_deref(), Some("cwhitaker@corrugo.com"));
    assert!(crate::pipeline::extract::people::parse_listed("Chase Marcus re the offer").is_none(), "a to-do");
}
// Set 65, an AsciiDoc note: the agency's rule, with the company named after "anyone at".
#[test]
fn a_rule_against_writing_to_anyone_at_the_company_sends_the_thanks_through_the_agency() {
    let n = note_at(
        "brennan-biologics/2026-11-10-r1.md",
        "# Brennan Biologics — Round 1\n\nIMPORTANT: Sinéad was very clear — *all thank-yous and follow-ups go \
         through her*. Do NOT email Aoife or anyone at Brennan directly.\n\n## Panel\n\n### Dr Aoife Kearney\n\
         - QC Microbiology Manager.\n\n## Helpers\n\n- Sinéad Moynihan, Recruiter, Harbour Talent\n",
    );
    assert_eq!(n.passed_on_by.as_deref(), Some("Sinéad Moynihan"), "{n:?}");
}

// Set 66, English with Polish habits: "Pani" is Polish for "Ms", and was an email "Dear Pani,".
#[test]
fn a_polish_form_of_address_is_no_name() {
    let n = note_at(
        "kestrel/2026-11-17-etap-1.md",
        "# Kestrel Logistics — etap 1\n\n## Who\n\n- **Declan Moriarty** – Site Manager.\n\
         - **Pani from HR** – Shivon?? no – **Siobhán Kavanagh**, HR Business Partner.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Declan Moriarty", Some("Site Manager")), ("Siobhán Kavanagh", Some("HR Business Partner"))]
    );
}

// Set 66: the writer corrects a name on the people line itself; the corrected one was a second
// letter, "Dear Ms. Fitzgerald," with "No!! Orla Fitzpatrick, Regional Director" as its address.
#[test]
fn a_name_corrected_on_its_own_line_is_the_name_after_the_no() {
    let n = note_at(
        "kestrel/2026-12-01-etap-2.md",
        "# Kestrel Logistics — etap 2\n\n## Who\n\n\
         - **Ms. Fitzgerald** – no!! **Orla Fitzpatrick**, Regional Director (Leinster sites). I said \"Ms. Fitzgerald\" ONE time.\n\
         - **Declan Moriarty** – Site Manager.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Orla Fitzpatrick", Some("Regional Director")), ("Declan Moriarty", Some("Site Manager"))]
    );
}

// Set 66, a CBT thought record: the job under its label in the "Situation" list gave no
// position; the ticked email that carried a thank-you left Jordan to be thanked again; the
// transcript named beside him was an email to "Michener".
#[test]
fn a_thought_records_situation_names_the_job_and_its_ticked_email_thanked_jordan() {
    let n = note_at(
        "st-brendans-health-centre/thought-record-2026-11-13.md",
        "# Thought Record\n\n**Date:** Fri Nov 13, 2026\n\n## 1. Situation — facts only\n\n\
         - Video call (Teams), 1:00–1:50 pm.\n\
         - Job: **Charge Technologist, Microbiology** — St. Brendan's Health Centre (the downtown site). Round 1 of 3.\n\
         - **Deborah Lindqvist** — Manager, Microbiology.\n\
         - **Jordan Pereira** — Talent Acquisition Specialist, HR. We've emailed back and forth.\n\n\
         ## 8. Action plan\n\n\
         - [x] Email Jordan my **CMLTO registration #** + Michener transcript — he asked for both. (Sent 3:30 pm. With a short thank-you.)\n\
         - [ ] Thank Deb. → **Card**, mailed to the lab.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Charge Technologist, Microbiology"));
    assert_eq!(names(&n), ["Deborah Lindqvist", "Jordan Pereira"]);
    assert!(person(&n, "Jordan Pereira").thanked, "{:?}", n.people);
    assert!(!person(&n, "Deborah Lindqvist").thanked);
}

// Set 67, notes to oneself in the second person: `(K!)` insists on the spelling of Kavanagh (the
// first note had "Cavanagh"); it was his title, "Rory Kavanagh, K!".
#[test]
fn a_letter_insisted_on_in_brackets_is_no_title() {
    let n = note_at(
        "brightpath/brightpath_round2_24nov.md",
        "Tue 24 Nov — Brightpath round 2 (the presentation)\n\nPanel:\n\
         - Rory Kavanagh (K!) — Head of Content. Again.\n- Ewa Nowak — Senior Learning Designer.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [("Rory Kavanagh", Some("Head of Content")), ("Ewa Nowak", Some("Senior Learning Designer"))]
    );
}

// Set 67, a Jira ticket: the cross on Tom's item ("Did NOT meet") was taken for Priya's too, as
// her words follow it on the line; Tom, never met, had a letter; "Letter to FrisLog" was a letter
// to "Dear FrisLog,".
#[test]
fn one_the_list_says_was_not_met_gets_no_thanks_and_the_cross_is_theirs_alone() {
    let n = note_at(
        "frislog/JOB-21_frislog_2026-12-02.md",
        "[JOB-21] Interview - FrisLog Cold Chain - Supply Chain Planner\n-------------------\n\
         Type: Task          Priority: High\n-------------------\n\nh3. Attendees\n\n\
         * *Pria Raghunathan* - Head of Planning. Hiring manager.\n\
         ** EDIT 03/Dec: it's *Priya* - checked LinkedIn. Priya Raghunathan.\n\
         * *Jeroen de Wit* - Teamlead Planning (fresh).\n\
         * (x) Tom Bakker (planner pharma) - on the invite, off sick. Did NOT meet. Priya: \"you'll meet Tom in round 2\".\n\n\
         h3. Acceptance criteria\n\n* (x) Priya - no direct mail (everything goes via Lotte). Letter to FrisLog, Barendrecht\n\
         * (x) Jeroen - letter too? yes\n",
    );
    assert_eq!(names(&n), ["Priya Raghunathan", "Jeroen de Wit"]);
}

// Set 67: after a rejection, `Don't go writing to Grace or Bernie, it'd look odd.`; both had
// letters.
#[test]
fn dont_go_writing_to_them_names_those_not_to_write_to() {
    let n = note_at(
        "st-declans/stdeclans_ap2_2026-11-18.md",
        "# St Declan's — Assistant Principal interview\n\nPanel:\n\
         - Fergal Dunne — Principal.\n- Grace Moran — Chairperson of the Board of Management.\n\
         - Bernadette Kealy — the external, retired principal from Naas, \"call me Bernie\".\n\n\
         Nobody else. Don't go writing to Grace or Bernie, it'd look odd.\n",
    );
    let named = n.hands_off.map(|h| h.named).unwrap_or_default();
    assert_eq!(named, ["Grace Moran", "Bernadette Kealy"]);
}

// Set 67, Indian English: the title `MARIGOLD – FINAL ROUND (CFO + CHRO)` was a letter to "Final
// Round"; the CHRO's own "No need to send me any thank you mail…, all communication through her
// only", under `Joseph sir`, kept the CFO's messages out too.
#[test]
fn a_rule_one_interviewer_sets_for_himself_under_his_name_is_his_alone() {
    let n = note_at(
        "marigold-consumer-products/Marigold final round.md",
        "MARIGOLD – FINAL ROUND (CFO + CHRO)\nThu 3rd Dec 2026, 3:00 – 4:30 pm\n\nPanel\n\
         1. Mrs. Radhika Menon – CFO\n2. Mr. Joseph D'Souza – CHRO\n3. Pallavi – joined last 20 min\n\n\
         Joseph sir\n- Values, why Marigold, 5-year plan.\n\
         - At the end he told: \"No need to send me any thank you mail and all, Pallavi is your single point of \
         contact, all communication through her only.\" → So NO mail to Joseph sir.\n",
    );
    assert!(!names(&n).contains(&"Final Round"), "{:?}", names(&n));
    let rule = n.hands_off.expect("Joseph's rule");
    assert_eq!((rule.named, rule.everything), (vec!["Mr. Joseph D'Souza".to_owned()], false));
}

// Set 67, letters to a mentor: each opens `Dear Chef,`, the position was "Dear Chef"; Gerhard,
// whom the letter says she never met, had a letter of thanks.
#[test]
fn a_letters_greeting_is_no_job_and_one_never_met_gets_no_thanks() {
    let n = note_at(
        "fynbos-and-flame/Dear Chef - trade test 2026-11-19.md",
        "DRAFT (send this one? maybe just the first half)\n\nThursday 19 November 2026\n\nDear Chef,\n\n\
         I did the trade test. I'm alive.\n\nFour hours in the Fynbos Bistro kitchen. At the table: Marco Ferreira again, and \
         Mrs Annelie du Toit — one of the two owners. Her husband Gerhard, the other owner, was meant to come but he \
         was stuck in Johannesburg, so I never met him.\n\nThe kitchen people saved me:\n\
         - Sipho Ndlovu, the Bistro's sous chef, found me a board.\n",
    );
    assert_eq!(n.position, None);
    assert!(!names(&n).contains(&"Gerhard"), "{:?}", names(&n));
}

// Set 67, notes to oneself in the second person: `You didn't get it.` was no rejection, and `Rory
// — you don't have his email. … So a proper letter` was an email to Rory.
#[test]
fn a_note_to_oneself_tells_its_news_and_channels_in_the_second_person() {
    let n = note_at(
        "st-declans/stdeclans_2026-11-18.md",
        "St Declan's — Year Head interview\n\nYou were there at 9.50. You had tea. You rambled, you know you did.\n\n\
         The panel:\n- Fergal Dunne — Principal. Chaired it.\n- Rory Kavanagh — Deputy Principal.\n\n\
         Thank-yous:\n- Rory — you don't have his email. So a proper letter, to the office.\n\n\
         --\nWed 2 Dec, update:\nFergal rang at 4. You didn't get it. Siobhán got it, as predicted. You'll survive, you always do.\n",
    );
    assert_eq!(n.status.as_deref(), Some("rejected"));
    assert_eq!(person(&n, "Rory Kavanagh").channel, Some(Channel::Letter), "{:?}", n.people);
}

// Set 67: the recruiter's thanks, sent, with the correction still to send after "but"; she was
// thanked again.
#[test]
fn a_thank_you_marked_sent_is_sent_whatever_the_item_says_after_but() {
    let n = note_at(
        "marigold/Marigold final round 2026-12-03.md",
        "MARIGOLD – FINAL ROUND\n\nPanel\n1. Mrs. Radhika Menon – CFO\n2. Pallavi Joshi – TA\n\nThank yous\n\
         - Pallavi – mail sent same evening itself (3/12, 8:40 pm) ✔ – but I did NOT write the DOJ correction in it. Need to send.\n\
         - Radhika ma'am – mail (she allowed). Not sent yet.\n",
    );
    assert!(person(&n, "Pallavi Joshi").thanked);
    assert!(!person(&n, "Mrs. Radhika Menon").thanked);
}

// Set 67: `sent Ewa the rubric ✓ … So that's done, and that counts as thanking her.`: Ewa had a
// second thank-you drafted.
#[test]
fn a_message_the_note_says_counts_as_thanks_is_the_thanks() {
    let n = note_at(
        "brightpath/brightpath_round2_2026-11-24.md",
        "Brightpath round 2\n\nPanel:\n- Ewa Nowak — Senior Learning Designer.\n- Tunde Bakare — Product Manager.\n\n\
         --\nThu 26th: sent Ewa the rubric ✓ + the CBA correction. She replied \"Lovely, thanks Niamh!\" within ten minutes. \
         So that's done, and that counts as thanking her.\n",
    );
    assert!(person(&n, "Ewa Nowak").thanked, "{:?}", n.people);
    assert!(!person(&n, "Tunde Bakare").thanked);
}

// Set 67, a mind map exported as indented text: Rebekah, who ran the practical, was no one (her
// node came after Marcus's, a heading, and was read as his); the private pipette slip and the
// endotoxin point fixed in person went to Marcus; a nested `→ tell Marcus` was a clarification of
// its own; the referees, sent, were still to send.
#[test]
fn a_mind_maps_people_and_what_it_nests_under_a_point_are_read_whole() {
    let n = note_at(
        "calyx-biologics/Calyx onsite 2026-11-30.md",
        "Calyx onsite – Mon 30 Nov\n\tPeople\n\t\tMarcus Oyelaran (again)\n\t\t\tmgr, ran the interview part\n\
         \t\tRebecca Sato – Senior QC Micro Technician\n\t\t\t→ it's REBEKAH (badge – k-a-h). Rebekah Sato\n\
         \t\t\tran the practical, watched me the whole time\n\tStuffed up / forgot\n\
         \t\tendotoxin – told Marcus it's gel clot only ✔ FIXED in person\n\t\t\the said \"appreciate the honesty\"\n\
         \t\tforgot to mention the 2-day GMP refresher I did in Aug\n\t\t\t→ tell Marcus\n\
         \t\tdropped a sterile pipette on the floor during the practical. Rebekah saw. ugh. PRIVATE\n\
         \tPromises\n\t\treferees → Kath by Wed 2 Dec\n\t\t\t✅ sent Tue 1 Dec\n\tProcess\n\t\tfinal stage (2 of 2)\n",
    );
    assert_eq!(names(&n), ["Marcus Oyelaran", "Rebekah Sato"]);
    assert_eq!(n.clarifications, ["forgot to mention the 2-day GMP refresher I did in Aug → tell Marcus"]);
}

// Set 68: notes named for the company run together (`FalconCrest_…`) or after an article in the
// folder's name (`the-calder-hotel/Calder Hotel - …`), with no date in the name, were skipped
// as no interview note: a verbal offer due an answer in three days had no draft.
#[test]
fn a_file_named_for_its_folders_company_is_its_note_whatever_the_article_or_spacing() {
    for (rel, text) in [
        (
            "falcon-crest-catering/FalconCrest_ChiefAccountant.md",
            "FALCON CREST CATERING – Chief Accountant\n\nPanel:\n1. Ms. Deepa Menon – Financial Controller\n\n\
             Points:\n- Ms. Deepa liked my VAT reconciliation example.\n",
        ),
        (
            "the-calder-hotel/Calder Hotel - entrevista sous chef.md",
            "Entrevista Calder Hotel\n\nPeople:\n- Chef Marco Marchetti – Executive Chef\n\n\
             What went well:\n- Chef Marchetti love my banquet experience.\n",
        ),
    ] {
        let n = note_at(rel, text);
        assert!(n.company.is_some(), "{rel}");
    }
}

// Set 68, a Todoist export: the export's own stamp (`Sun 6 Dec 2026`) was the final round's day
// (24 Nov); Ruud, named after Sanne with a `+`, was no one; the first round's note, without a
// date in its name, was skipped; its recruiter's mails went unread.
#[test]
fn a_todoist_export_is_read_by_its_tasks_and_comments_not_its_stamps() {
    let n = note_at(
        "maasdelta-cold-chain/todoist-export_maasdelta-ronde1_2026-11-12.md",
        "# Sollicitaties › Maasdelta Cold Chain › Ronde 1\n\
         _Exported from Todoist · Sun 6 Dec 2026 19:51 · 15 tasks (10 completed)_\n\n\
         > Senior Transport Planner. Phone screen with Sanne on 5 Nov.\n\n## 📌 Gesprek\n\n\
         - [x] Gesprek Maasdelta ronde 1  `p1`  @gesprek  · ✔ 12 Nov 11:48\n\
         \x20 - 💬 12 Nov 11:52 — ok dump before I forget:\n\
         \x20   - Sanne Oudshoorn (HR business partner, all our mails so far are with her) + Ruud Kerkhof (Head of \
         Transport). Sanne mostly listened.\n\
         \x20   - Ruud asked about the A16 closure. he REALLY liked that story\n\n## 📌 Follow-up\n\n\
         - [x] Bedankmail Sanne + Ruud  `p1`  📅 Fri 13 Nov  @email  · ✔ 13 Nov 09:15\n\
         - [ ] Print CV  `p4`\n",
    );
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-11-12"), "{:?}", n.sources);
    assert_eq!(
        names_and_titles(&n),
        [("Sanne Oudshoorn", Some("HR business partner")), ("Ruud Kerkhof", Some("Head of Transport"))]
    );
    assert!(person(&n, "Sanne Oudshoorn").emailed);
    assert!(person(&n, "Sanne Oudshoorn").thanked, "`Bedankmail Sanne` ticked off");
    let n = note_saved(
        "brabant-fresh/brabant fresh gesprek 1.md",
        "# Sollicitaties › Brabant Fresh › Teams gesprek 1\n\
         _Exported from Todoist · Sat 5 Dec 2026 17:26 · 11 tasks (6 completed)_\n\n\
         > Teamleider Transportplanning, DC Tilburg (Brabant Fresh Distribution B.V.). Phone screen with Marloes wo 25 nov.\n\n\
         ## 📌 Voorbereiding\n\n- [x] Tidy the background  `p2`  · ✔ 3 Dec 13:45\n\n## 📌 Teams do 3/12 14:00\n\n\
         - [x] Gesprek Brabant Fresh  `p1`  @gesprek  · ✔ 3 Dec 15:05\n\
         \x20 - 💬 3 Dec 15:12 — on the call: Marloes van Dijk (corporate recruiter, we've mailed back and forth) + \
         Jeroen Wouters (Logistics Manager DC Tilburg, would be my boss).\n\n## 📌 Follow-up\n\n\
         - [ ] Bedankmail Marloes + Jeroen (+ the \"team of 6\" fix: coordinate 3 juniors, not manager)  `p1`  @email\n",
        "2026-12-05",
    );
    assert_eq!(n.company.as_deref(), Some("Brabant Fresh Distribution B.V."));
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-12-03"), "{:?}", n.sources);
    assert_eq!(names(&n), ["Marloes van Dijk", "Jeroen Wouters"]);
    assert!(person(&n, "Marloes van Dijk").emailed);
    assert!(!person(&n, "Jeroen Wouters").thanked, "still to do");
}

// Set 68, Gulf business English: the CFO's name the note says is written `Yousuf AlShamsi` was
// "Mr. Yousuf Al Shamsi" ("Dear Mr. Shamsi,"), and `Mr. Ranjit – thank you` in the plan had a
// card of its own beside Mr. Ranjit Pillai's.
#[test]
fn a_name_written_as_one_word_and_a_given_name_after_mr_are_the_people_met() {
    let n = note_at(
        "rimal-properties/Rimal 2nd interview (CFO) 23.11.2026.md",
        "Rimal Properties – 2nd interview – CFO – 23/11/2026\n\n\
         - Invigilated by Mr. Ranjit Pillai (Finance coordinator / admin). He brought me his own calculator.\n\n\
         **Interview with CFO**\n- Mr. Yousef Al Shamsi – CFO. Very calm.\n  → CORRECTION: the name is written \
         **Yousuf AlShamsi** (with \"u\" and AlShamsi together) – I saw it in the email.\n\n\
         **To do**\n- [ ] Mr. Ranjit – thank you. I don't have his email. Maybe a small card?\n",
    );
    assert_eq!(names(&n), ["Mr. Yousuf AlShamsi", "Mr. Ranjit Pillai"], "{:?}", n.people);
}

// Set 68, English with Spanish habits: under `## Gente` nobody was read (the draft thanked "the
// hiring team"), `**Deji** — Adedeji Okafor, …` was "Deji" with the title "Adedeji Okafor, …",
// `**Tom** (Hennessy)` had the job "Hennessy", `## Errores` set nothing straight, a slip ending
// `Don't mention.` would have been told.
#[test]
fn a_note_in_spanish_habits_reads_its_people_errors_and_final_stage() {
    let n = note_at(
        "the-larder-group/prueba Forge 2026-11-27.md",
        "# Prueba / trial shift — Forge (The Larder Group)\n\n## Gente\n\n\
         - **Deji** — Adedeji Okafor, Head Chef of Forge. He run the pass.\n\
         - **Tom** (Hennessy) come at 21:00 to taste.\n\n## El servicio\n\n- I do the fish section.\n\n\
         ## Errores 😖\n\n\
         - Tom ask me the GP of the turbot dish. I say 68%. So the real GP is more like 61%. → I must send him the correct costing.\n\
         - I burn one portion of leeks in the first sitting. Deji see it. Is normal in a trial, no? Don't mention.\n\n\
         ## Después\n\n- **Update 01/12:** email from Aisling!!! **FINAL STAGE: tasting for Hugo and Tom on Thursday 10 December**, 15:00.\n",
    );
    assert_eq!(names(&n), ["Adedeji Okafor", "Tom Hennessy"], "{:?}", n.people);
    assert_eq!(person(&n, "Adedeji Okafor").called.as_deref(), Some("Deji"));
    assert_eq!(person(&n, "Tom Hennessy").title, None);
    assert_eq!(n.clarifications.len(), 1, "{:?}", n.clarifications);
    assert!(n.clarifications[0].starts_with("Tom ask me the GP"));
}

// Set 69, a day kept as commits and pasted as `git log` prints it: the note was skipped as no
// interview note; `Jen (Jennifer) Baptiste -- Operations Manager`, `"Dev" R-something` (whom a
// later commit says is Devon Ramsay) and `Aileen at reception` were no one or two; the job that
// opens the commit of the interview (`Senior GIS Technician, Utility Mapping -- Tamarack
// Geomatics Inc.`) was read only at the top of the note.
#[test]
fn a_git_log_is_read_as_the_commits_say() {
    let n = note_at(
        "tamarack-geomatics/tamarack-onsite-log.md",
        "teddy@thinkpad:~/jobhunt (tamarack)$ git log --all --since=2026-12-01\n\n\
         commit 5b1c0a2e9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b\nAuthor: Teddy M <teddy@thinkpad>\n\
         Date:   Tue Dec 1 21:02:40 2026 -0500\n\n    docs(private): money\n\n    asked 68k, band tops at 72.\n\n\
         commit ab0828de7ad983abc21dd4f276eb5a7a72ac6101\nAuthor: Teddy M <teddy@thinkpad>\n\
         Date:   Tue Dec 1 19:30:11 2026 -0500\n\n    fix(names): \"Dev\" = Devon Ramsay, not Devendra R-something\n\n\
         \x20   texted Priya. Devon Ramsay, GIS Team Lead. lol.\n\n\
         commit f87e8a5c4349d441642e1fab15898f61334ede02\nAuthor: Teddy M <teddy@thinkpad>\n\
         Date:   Tue Dec 1 12:05:55 2026 -0500\n\n    feat(tamarack): onsite interview done (~90 min incl. tour)\n\n\
         \x20   Senior GIS Technician, Utility Mapping -- Tamarack Geomatics Inc.\n\n\
         \x20   who:\n\
         \x20   - Jen (Jennifer) Baptiste -- Operations Manager. she set it up by email, ran the interview\n\
         \x20   - Owen Fairbairn -- Field Survey Supervisor\n\
         \x20   - \"Dev\" R-something -- GIS Team Lead (Priya will know)\n\
         \x20   - Aileen at reception -- parking pass, coffee in \"the good mug\"\n\n\
         commit 429791d9cf1c0ac639d1d325033b56d6a37dc129\nAuthor: Teddy M <teddy@thinkpad>\n\
         Date:   Mon Nov 30 07:50:41 2026 -0500\n\n    chore(tamarack): prep\n\n    - Priya's tips\n",
    );
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-12-01"), "{:?}", n.sources);
    assert_eq!(
        names_and_titles(&n),
        [
            ("Jennifer Baptiste", Some("Operations Manager")),
            ("Owen Fairbairn", Some("Field Survey Supervisor")),
            ("Aileen", Some("Reception")),
            ("Devon Ramsay", Some("GIS Team Lead")),
        ]
    );
    assert_eq!(person(&n, "Jennifer Baptiste").called.as_deref(), Some("Jen"));
    assert_eq!(n.position.as_deref(), Some("Senior GIS Technician, Utility Mapping"), "{:?}", n.sources);
}

// Set 69, English with Korean habits: names kept `팀장님` and `과장님` ("Thank you for organizing
// my interviews … with Choi Dong-uk 팀장님"), `- [x] 11/13 thank-you email to Choi 팀장님 …` was
// no thanks once the name was his, `Choi 팀장님 (Dong-uk)` was Choi with the job "Dong-uk", and the
// first line's `(executive / final interview)` was the job, not `▶ Position: …`.
#[test]
fn korean_forms_of_address_are_no_part_of_a_name() {
    let n = note_at(
        "nordlane-freight-korea/20261126_nordlane_2차(임원)면접.md",
        "■ Nordlane Freight Korea — 2차 임원면접 (executive / final interview)\n\
         2026.11.26 (목) 10:00~10:50\n\n▶ Position: Ocean Export Operations Specialist\n\n■ Interviewers\n\n\
         ○ Lee Soo-jin 이사님 — Director, HR & Admin.\n\
         ○ Choi 팀장님 (Dong-uk) — sat in, almost no question, only nodded.\n\n■ To do\n\n\
         - [x] 11/27 thank-you email to Lee 이사님 — sent 09:20 ✔\n",
    );
    assert_eq!(n.position.as_deref(), Some("Ocean Export Operations Specialist"));
    assert_eq!(names(&n), ["Lee Soo-jin", "Choi Dong-uk"], "{:?}", n.people);
    assert!(person(&n, "Lee Soo-jin").thanked, "a thank-you ticked, dated first");
}

// Set 69, a screenplay's pilot: its `**Thank:**` plan (`- **Tadhg** → email …`, `- **Katie** →
// no, not directly, she's 17`, `- **Maeve** → ring her, pint. Not a letter thing.`) made the
// panel "helpers", carded Katie and Maeve, and the youth rep's age was her job.
#[test]
fn a_plan_of_whom_to_thank_with_arrows_says_how_and_whom_not() {
    let n = note_at(
        "ardan-youth-theatre/Ardan - pilot 2026-12-04.md",
        "# SPIN-OFF — a pilot\n\nAround a trestle table:\n\n\
         - **TADHG BRENNAN** – Artistic Director. 50s. Scarf (indoors).\n\
         - **DAWN HEGARTY** – General Manager. She's who I've been emailing since the application.\n\
         - **KATIE** – 17, youth member rep on the panel.\n\n\
         Referral: it was **Maeve Concannon** (my old drama teacher) who sent me the ad. She wasn't there.\n\n\
         **Thank:**\n- **Tadhg** → email (he gave his address, said to).\n\
         - **Katie** → no, not directly, she's 17.\n- **Maeve** → ring her, pint. Not a letter thing.\n",
    );
    assert_eq!(&names(&n)[..2], ["Tadhg Brennan", "Dawn Hegarty"], "{:?}", n.people);
    assert!(!names(&n).contains(&"Katie"), "not directly, she's 17");
    assert_eq!(person(&n, "Tadhg Brennan").kind(), crate::model::Kind::Interviewer);
    let maeve = n.people.iter().find(|p| p.name.starts_with("Maeve"));
    assert!(maeve.is_none_or(|m| m.channel == Some(crate::model::Channel::Phone)), "rung, not written to: {maeve:?}");
}

// Set 69, an SBAR handover: the plan says `1. Email Marged — thank you + NEWS2 clarification`,
// and an addendum the day after says `Emailed Marged ✔ (w/ NEWS2 bit) and Jo ✔ (…)`: both
// thank-yous went out, Tom's card not (`Still haven't done Tom's card`).
#[test]
fn an_email_ticked_off_that_the_plan_says_thanks_is_a_thank_you_sent() {
    let n = note_at(
        "glan-ely-hospital/SBAR_GlanEly_interview_2026-11-10.md",
        "**B — BACKGROUND**\n\n- Panel x3:\n  - **Marged Howells** — Matron, Critical Care. Chair.\n\
         \x20 - **Tom Wierzbicki** — Consultant Intensivist.\n  - **Jo Rees** — Practice Development Nurse, CCU.\n\n\
         **R — RECOMMENDATION / PLAN**\n\n1. Email Marged — thank you + NEWS2 clarification\n\
         2. Email Jo — thank you + the new-starter booklet\n3. Tom — no email for him. Card/letter to the unit?\n\n\
         ---\n\n**Addendum 11/11/26 2015** — Emailed Marged ✔ (w/ NEWS2 bit) and Jo ✔ (booklet attached). \
         Still haven't done Tom's card 🙈.\n",
    );
    assert!(person(&n, "Marged Howells").thanked && person(&n, "Marged Howells").emailed);
    assert!(person(&n, "Jo Rees").thanked);
    assert!(!person(&n, "Tom Wierzbicki").thanked, "his card is still to do");
    // Emailed, ticked, but no thank-you planned: about something else.
    let n = note_at(
        "acme/2026-11-10-panel.md",
        "## People\n- Marged Howells, Matron\n\n## Plan\n- Email Marged the audit slides\n\nEmailed Marged ✔\n",
    );
    assert!(!person(&n, "Marged Howells").thanked);
}

// Set 70, a paralegal's notes laid out as a court reporter's transcript, every line indented: the
// note was one block of code, so nobody was met; `JENNIFER PARK, …` over `ALAN STRAUSS, …` was
// read as a spreadsheet's header and row; each person's line wraps onto deeper lines.
#[test]
fn a_transcripts_appearances_are_the_people_met() {
    let n = note_at(
        "hargrove-pell/HP_2nd-round_2026-12-02.md",
        "               INTERVIEW — HARGROVE PELL LLP, ROUND 2 (final)\n\n\
         \x20    DATE:         Wednesday, December 2, 2026\n\n\
         \x20                      A P P E A R A N C E S\n\n\
         \x20    JENNIFER PARK, Paralegal Manager — again (first 10 min + walked\n\
         \x20         me out)\n\
         \x20    WILL BAKER, Litigation Support Manager — 45 min. Card:\n\
         \x20         wbaker@hargrovepell.com — \"shoot me an email.\"\n\
         \x20    RUTH KESSLER, Director of Human Resources — 30 min. She sent the\n\
         \x20         calendar invites; we've emailed.\n\n\
         \x20    NOT PRESENT: Alan Strauss — \"in trial in Rockford all week\".\n\n\
         \x20    NOT PRESENT, but relevant:\n\
         \x20    MARCUS BELL — old co-worker, walked my résumé to Ruth. I owe him BIG.\n\n\
         \x20    INDEX — skipped, it's a short one.\n\n\
         \x20    EXAMINATION BY MR. BAKER\n\n\
         \x20    Q.  Relativity?\n\
         \x20    A.  Admin-level.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Jennifer Park", Some("Paralegal Manager")),
            ("Will Baker", Some("Litigation Support Manager")),
            ("Ruth Kessler", Some("Director of Human Resources")),
            ("Marcus Bell", None),
        ]
    );
    assert_eq!(person(&n, "Will Baker").email.as_deref(), Some("wbaker@hargrovepell.com"));
    assert_eq!(person(&n, "Marcus Bell").role.as_deref(), Some("referrer"), "not there, but he referred");
    assert_eq!(person(&n, "Marcus Bell").kind(), crate::model::Kind::Helper);
}

// Set 70, a QC technician's lab notebook: `"The Site Head" — put his head in the door` had a
// letter ("Dear The,"), `Hannah Okafor — NOT there` one about a conversation that never was,
// `Reception: Maura — …` was a person called Reception, the colleague who showed her round had
// an interviewer's letter, and `Declan: "cleanest count sheet…" — GDP, no` wrapped onto the next
// line was read as "Declan: no", no thanks for Declan.
#[test]
fn a_lab_notebooks_personnel_are_read_as_the_entries_say() {
    let n = note_at(
        "corrib-biologics/NB07-047_corrib_R2_onsite_2026-11-19.md",
        "PERSONNEL\n---------\n\
         1. Declan Moriarty — QC Micro Team Lead (again). Ran the practical.\n\
         2. Gráinne Walsh — QA Specialist (batch release). On the panel.\n\
         3. Hannah Okafor — NOT there (audit in Cork, per Declan).\n\
         4. \"The Site Head\" — put his head in the door ~11:30 for 2 min, shook hands.\n\
         5. Tomás — micro analyst, did the lab tour w/ me after the panel (~20 min). Lovely.\n\
         6. Reception: Maura — sorted a visitor parking permit + lent me an umbrella.\n\n\
         PROCEDURE\n---------\n\
         10:40  Practical (Declan): plate reading.\n\
         \x20      - Declan: \"cleanest count sheet we've had off a candidate\" — GDP, no\n\
         \x20        overwrites, every correction initialled + dated.\n\n\
         PRIVATE — DO NOT SHARE\n----------------------\n\
         - Tomás said 2 people left the team this year. Hmm.\n",
    );
    assert_eq!(names(&n), ["Declan Moriarty", "Gráinne Walsh", "Tomás", "Maura"], "{:?}", n.people);
    assert_eq!(person(&n, "Tomás").kind(), crate::model::Kind::Helper, "he showed her round");
    assert_eq!(person(&n, "Maura").kind(), crate::model::Kind::Helper);
    assert_eq!(person(&n, "Declan Moriarty").kind(), crate::model::Kind::Interviewer);
}

// Set 69, English with Korean habits: `"Please — no thank-you email to me. … If you want to thank
// someone, thank Sunny, she organizes everything."` refused Sunny's thanks too.
#[test]
fn whom_to_thank_instead_is_no_refusal() {
    let n = note_at(
        "nordlane/2026-11-26-final.md",
        "## Interviewers\n- Grace Lee — Director, HR\n- Martin Cole — Team Leader\n\n\
         ## Notes\n- at the end Martin said: \"Please — no thank-you email to me. I get 200 emails a day. \
         If you want to thank someone, thank Sunny, she organizes everything.\"\n\n\
         ## Helpers\n- Sunny — HR coordinator, brought me up from the lobby\n",
    );
    assert!(n.people.iter().any(|p| p.name == "Sunny"), "{:?}", n.people);
    let refused: Vec<&str> = n.not_thanked.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(refused, ["Martin Cole"], "he asked for none; Sunny and Grace did not: {:?}", n.people);
}

// Set 70, a loadmaster's tech log: the crew under `--- CREW ---` in capitals were no one, and
// `REBECCA "BEC" NGUYEN` was two people beside the plan's `letter to CSCS, attn Bec Nguyen`.
#[test]
fn a_tech_logs_crew_are_the_people_met_and_bec_is_rebecca() {
    let n = note_at(
        "coral-sea-cargo/LOG_2026-11-18_CSCS_PANEL.md",
        "--- CREW --------------------------------------------\n\
         DARREN KUYPER  - Ops Manager (hiring mgr). ex-Qantas Freight. big bloke, quiet.\n\
         REBECCA \"BEC\" NGUYEN - HSE Lead. ex-RAN, 12 yrs.\n\
         TUI - Security / escort. walked me thru screening + airside, sorted a visitor\n\
         \x20     pass + hi-vis. didn't get surname. top bloke, Kiwi.\n\n\
         --- SQUAWKS -----------------------------------------\n\
         SQ5  DGR 66th vs 67th ed. -> correct, one line. Bec.\n\n\
         --- POST-FLIGHT / ACTIONS ---------------------------\n\
         [ ] Bec - no email. letter to CSCS, attn Bec Nguyen, HSE. incl DGR 67th fix.\n",
    );
    assert_eq!(
        names_and_titles(&n),
        [
            ("Darren Kuyper", Some("Operations Manager")),
            ("Rebecca Nguyen", Some("HSE Lead")),
            ("Tui", Some("Security"))
        ]
    );
    assert_eq!(person(&n, "Rebecca Nguyen").called.as_deref(), Some("Bec"));
    assert_eq!(person(&n, "Tui").kind(), crate::model::Kind::Helper);
}

// Set 70, English with French habits: `(Ellen Hawthorn, the other co-founder, is in Australia all
// december. I will meet her if there is a second round. NOT met !)` among those met had a letter
// "to talk about the role".
#[test]
fn one_listed_whose_line_says_not_met_is_not_met() {
    let n = note_at(
        "hawthorn-and-pike/hawthorn_pike_entretien_2026-12-02.md",
        "## Who I met at Hawthorn & Pike\n\n- **Gareth Pike** — co-founder, the « Pike ». Ex-chef.\n\
         - **Sunny Okoro** — Operations Director. She organised everything with me by email.\n\
         - (Ellen Hawthorn, the other co-founder, is in Australia all december. I will meet her if there is \
         a second round. NOT met !)\n",
    );
    assert_eq!(names(&n), ["Gareth Pike", "Sunny Okoro"], "{:?}", n.people);
}

// Set 69, English with Korean habits: `Sunny call her "Director Lee"` made both Sunny and Lee go by
// "Director" ("Dear Director,").
#[test]
fn what_one_calls_another_is_neither_ones_name() {
    let n = note_at(
        "nordlane/2026-11-26-final.md",
        "## Interviewers\n\n- **Lee Soo-jin** — Director, HR & Admin. (Sunny call her \"Director Lee\")\n\n\
         ## Helpers\n\n- Sunny — HR coordinator, brought me up from lobby.\n",
    );
    assert_eq!(person(&n, "Lee Soo-jin").called, None);
    assert_ne!(person(&n, "Sunny").called.as_deref(), Some("Director"));
}

// Set 70, a tech log: `… -> SQ1 1320  $$ - she gave the range first: "90 to 100 base plus super,
// plus shift allowance".` was listed for the user to add to the recruiter's letter.
#[test]
fn talk_of_pay_is_listed_for_no_letter() {
    let n = note_at(
        "coral-sea-cargo/LOG_2026-11-11_CSCS_PH-SCREEN.md",
        "## Crew\n- Kylie Brandt - Talent Acquisition Specialist\n\n## Flight log\n\n\
         1320  $$ - she gave the range first: \"90 to 100 base plus super, plus shift allowance\". I said \"mid-90s\".\n",
    );
    assert!(n.unread.iter().all(|u| !u.text.contains("base plus")), "{:?}", n.unread);
}

// Set 69, a git log: the day the company decides by was in a commit kept private (`docs(private):
// $$ + timing. NOT FOR EMAILS` over `- Jen: "we may do a quick 20-min chat with our president next
// week,` wrapped onto `  then decision by Friday the 11th"`), so the check-in fell fourteen days
// after the interview (Tue 15 Dec) instead of the working day after the decision (Mon 14 Dec).
#[test]
fn a_decision_day_someone_told_you_in_private_lines_sets_the_check_in_only() {
    let text = "## People\n\n- Jen Baptiste — Operations Manager\n\n## Private — $$ + timing. NOT FOR EMAILS\n\n\
                - Jen: \"we may do a quick 20-min chat with our president next week,\n  \
                then decision by Friday the 11th\"\n";
    let n = note_at("tamarack-geomatics/2026-12-01-onsite.md", text);
    assert_eq!(n.decision_by, None, "no letter says it");
    assert_eq!(n.check_in_said.map(|d| d.to_string()).as_deref(), Some("2026-12-12"), "{:?}", n.sources);
    // (What the writer guesses, no one having said it, sets nothing.)
    let guessed = text.replace("- Jen: \"we may", "- I think \"we may");
    assert_eq!(note_at("tamarack-geomatics/2026-12-01-onsite.md", &guessed).check_in_said, None);
}

// Set 71: a chef's note on her recipe app's template was skipped: its day sat under seven
// properties and a quoted aside, and its people were ingredients, counted.
#[test]
fn a_recipe_card_note_has_its_day_and_its_people() {
    let n = note_at(
        "saltbush-dining-group/ember-rye-sous-chat.md",
        "# Ember & Rye — Sous Chef \"chat\" (Round 1)\n\n> using the recipe template bc it's the only one I've got\n\n\
         **Serves:** 1 nervous chef de partie\n**Prep time:** 2 weeks\n**Cook time:** 50 min\n**Oven temp:** 34°\n\
         **Source:** Kenji (referral)\n**Tags:** #sous #round1\n\nMon 16/11/2026 — 3pm, between lunch + dinner.\n\n---\n\n\
         ## Ingredients\n\n- 1 × **Ravi Pillai** — Executive Chef, Saltbush Dining Group\n\
         - 1 × **Ollie Brandt** — Venue GM, Ember & Rye\n- 2 × flat whites — made by **Tahnee** on the bar\n\
         - 1 × printed folio (menus, costings, photos)\n\n## Method\n\n1. Ravi goes through the folio.\n",
    );
    assert_eq!(n.date.map(|d| d.to_string()).as_deref(), Some("2026-11-16"));
    assert_eq!(n.position.as_deref(), Some("Sous Chef"), "not `Sous Chef \"chat\"`");
    assert_eq!(
        names_and_titles(&n)[..2],
        [
            ("Ravi Pillai", Some("Executive Chef, Saltbush Dining Group")),
            ("Ollie Brandt", Some("Venue GM, Ember & Rye"))
        ]
    );
    // (`**Source:** Kenji (referral)`: the one who referred her; no coffee or folio.)
    assert_eq!(names(&n)[2..], ["Kenji"]);
    assert_eq!(person(&n, "Kenji").role.as_deref(), Some("referrer"));
}

// Set 71: a Teams chat with oneself, pasted into the note of the second round, opens with the
// first round's thanks: "Your thanks are sent" hid the thank-you owed for this one.
#[test]
fn a_chat_message_before_the_interview_tells_of_an_earlier_round() {
    let n = note_at(
        "greater-irwell-council/GIBC_stage2_26-11-26.md",
        "Teams chat w/ myself - pasted 26/11\n\n[13/11/2026 07:31] Gemma Hollister (You)\n\
         sent Dawn the thank you email last night 21:50, she replied this morning\n\n\
         [26/11/2026 15:03] Gemma Hollister (You)\n\
         in the room: Dawn Ashworth (Head of Finance) again. she said my options appraisal was \"clear\"\n",
    );
    assert_eq!(names(&n), ["Dawn Ashworth"]);
    assert!(!person(&n, "Dawn Ashworth").thanked && !n.thanked, "{:?}", n.people);
}

// Set 71: "the sollicitatie Senior Transport Planner role", from a Dutch planner's first line.
#[test]
fn a_word_for_the_application_in_another_language_is_no_part_of_the_job() {
    let n = note_at(
        "maasbridge-logistics/2026-11-10_maasbridge_gesprek1.md",
        "Maasbridge Logistics - sollicitatie Senior Transport Planner - gesprek 1\ndi 10-11-2026, Venlo\n\n\
         Who was there\n- Ruud Janssen - Transport Manager.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Senior Transport Planner"));
}

// Set 71: the agency's consultant, with whom mail had gone back and forth, had a letter "to
// talk about the role", addressed to the lab.
#[test]
fn an_agency_consultant_written_to_before_is_the_recruiter_to_email() {
    let n = note_at(
        "liffey-clinical-diagnostics/liffey_3dic.md",
        "LIFFEY CLINICAL DIAGNOSTICS (Dublin) - giovedì 3 dicembre 2026, 10:30\n\
         Position: Medical Scientist - Molecular Diagnostics\n\
         Via agency: Clarion Scientific Recruitment - Ciarán Walsh (consultant). We have exchanged mails and 2 phone calls since october. ciaran.walsh@clarionscientific.ie\n\n\
         Present:\n- Aisling Doherty - Laboratory Manager\n- Frank Devlin - Quality Manager\n",
    );
    let ciaran = person(&n, "Ciarán Walsh");
    assert_eq!((ciaran.kind(), ciaran.role.as_deref(), ciaran.emailed), (Kind::Helper, Some("recruiter"), true));
    assert_eq!(person(&n, "Frank Devlin").kind(), Kind::Interviewer);
}

// Set 65, in AsciiDoc: the round-2 thanks were logged in a comment, `// 25/11 -- sent R2
// thank-you to Sinéad (for Aoife, Tadhg …)`, and the note said earlier that round 1's went
// "via Sinéad". The first sentence read as this round's had been round 1's, and the title's
// `(lab tour, practical, VP)` had made the job "the VP role".
#[test]
fn a_comment_logs_this_rounds_thanks_passed_on_by_the_one_they_went_to() {
    let n = note_at(
        "brennan-biologics/r2-lab-tour-site-visit.md",
        "= Brennan Biologics -- Round 2 (lab tour, practical, VP)\nCiarán Delahunty\nv0.1, 2026-11-24\n\n\
         == Who\n\nDr Aoife Kearney:: QC Micro Manager. Again.\nTadhg Brosnan:: Senior Analyst. Did the lab tour.\n\
         Frank Ahern:: HR Business Partner. Gave me his card -- frank.ahern@brennanbio.ie -- \"email me directly\".\n\n\
         == What happened\n\n\
         IMPORTANT: It's Tadhg, not \"Teague\". I had Teague all through my R1 notes AND in the thank-you I sent via Sinéad.\n\n\
         * Aoife liked the EM trending dashboard idea.\n\n\
         // 25/11 -- sent R2 thank-you to Sinéad (for Aoife, Tadhg -- spelled RIGHT this time -- and the VP), attached the cert. Sinéad: \"all forwarded\".\n\
         // Haven't emailed Frank yet.\n",
    );
    assert_ne!(n.position.as_deref(), Some("VP"));
    let thanked: Vec<(&str, bool)> = n.people.iter().map(|p| (p.name.as_str(), p.thanked)).collect();
    assert_eq!(thanked, [("Dr Aoife Kearney", true), ("Tadhg Brosnan", true), ("Frank Ahern", false)]);
    assert!(!n.thanked, "Frank's thanks are still to write");
    let said: Vec<&str> =
        n.highlights.iter().map(|h| h.text.as_str()).chain(n.clarifications.iter().map(String::as_str)).collect();
    assert!(
        said.iter().all(|s| !s.contains("forwarded") && !s.contains("25/11")),
        "a comment is no one's to read: {said:?}"
    );
}

// A log line that says it all in one sentence is no `Thank-you sent:` label, whatever colon
// follows it.
#[test]
fn a_sentence_that_says_thanks_were_sent_is_no_label() {
    assert_eq!(thanks_label("Thank-you sent: Tamsin ✅, Bernie ✅"), Some("Tamsin ✅, Bernie ✅"));
    assert_eq!(thanks_label("Sent R2 thank-you to Sinéad, attached the cert. Sinéad: \"all forwarded\"."), None);
    let n = note_at(
        "acme-labs/2026-11-24-r2.md",
        "# Acme Labs — round 2 — 24/11/2026\n\n\
         Met Aoife Kearney (QC Manager) and Tadhg Brosnan (Senior Analyst).\n\n\
         Sent R2 thank-you to Aoife and Tadhg, attached the cert. Aoife: \"thanks, all received\".\n",
    );
    assert_eq!(names(&n), ["Aoife Kearney", "Tadhg Brosnan"]);
    assert!(n.people.iter().all(|p| p.thanked), "{:?}", n.people);
}

// Set 72: a CPA's notes, kept in YAML front matter alone for a spreadsheet. Her lists of what
// went well and what to fix had been read as nothing; `thanks_sent:`, `email_ok: yes`, a
// referrer's `thanked: texted her … done.` and a `role:` that says "popped in … to say hi" had
// drafted thanks already sent, letters to people who had said to email, and a letter for a
// hello.
#[test]
fn a_note_kept_in_its_front_matter_alone_is_read_whole() {
    let n = note_at(
        "chinook-ridge-cu/2026-11-25 CRCU R2 onsite.md",
        "---\ntype: interview\ndate: 2026-11-25\norg: Chinook Ridge Credit Union\nrole: Senior Accountant\n\
         round: 2\nrounds_total: 3\n\
         referrer:\n  name: Jen Abernathy\n  thanked: texted her sunday night + coffee on me. done.\n\
         people:\n  - name: Gurpreet Sandhu\n    title: Manager, Financial Reporting\n    role: interviewer (case + panel)\n\
         \x20   email: gsandhu@chinookridgecu.ca\n    email_ok: yes   # she emailed me the workbook\n\
         \x20 - name: Faith\n    role: helper\n    emailed: texted her once\n  - name: Andrea Bouchard\n    title: Controller\n\
         \x20   role: \"popped in for 5 min at start to say hi. not an interviewer today\"\n\
         went_well:\n  - who: Gurpreet Sandhu\n    what: \"liked my idea of a close checklist in SharePoint\"\n\
         fumbles:\n  - kind: not_mentioned\n    what: \"again forgot the CPA data analytics cert\"\n\
         private:\n  - \"parking was $31 before validation\"\n\
         thanks_sent:\n  - to: Jen Abernathy\n    via: text\n  - to: Gurpreet Sandhu\n    via: email\n\
         \x20   note: \"only a 1-liner - NOT a real thank-you. still owe proper one\"\n---\n",
    );
    assert_eq!(n.stage.as_deref(), Some("interview (round 2 of 3)"));
    assert_eq!(names(&n), ["Jen Abernathy", "Gurpreet Sandhu", "Faith"]);
    assert_eq!(n.met_in_passing.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Andrea Bouchard"]);
    let gurpreet = person(&n, "Gurpreet Sandhu");
    assert!(gurpreet.emailed && !gurpreet.thanked, "{gurpreet:?}");
    assert!(person(&n, "Jen Abernathy").thanked);
    assert_eq!(person(&n, "Faith").kind(), Kind::Helper);
    assert!(!person(&n, "Faith").emailed, "a text is no email");
    assert_eq!(n.highlights.len(), 1, "{:?}", n.highlights);
    assert!(n.highlights[0].text.contains("close checklist"));
    assert!(n.clarifications.iter().any(|c| c.contains("CPA data analytics cert")), "{:?}", n.clarifications);
    assert!(!n.clarifications.iter().chain(n.highlights.iter().map(|h| &h.text)).any(|t| t.contains("$31")));
}

// Set 72, English with Turkish habits: "Murat Bey" had been greeted "Dear Murat" and written
// "the Murat Bey", Lars's letter went to "Lars Bey", the Turkish month left the note undated, and
// the job was the whole line that glossed it.
#[test]
fn a_turkish_word_of_respect_after_a_name_is_its_english_honorific() {
    let n = note_at(
        "egetermo/EgeTermo mulakat.md",
        "# EgeTermo Lojistik – mülakat\n\nThursday, 3 Aralık (December) 2026, 10.30 – Kemalpaşa OSB\n\
         Position: **Depo ve Dağıtım Planlama Sorumlusu** – in English they wrote on Kariyer.net \"Warehouse & Distribution Planning Supervisor\"\n\n\
         ## Who\n\n- **Hakan Bey** – Hakan Turan, Warehouse & Distribution Director. Main interview.\n\
         - **Lars Bey** – on Teams, last 15 min. I wrote \"Lars Bjergard\" → **correct is Lars Bjerregaard**.\n\n\
         ## Done\n\n- [x] 04.12: diploma sent to Lars Bey by mail, I wrote short thank you inside also ✔\n",
    );
    assert_eq!(n.date, Some(jiff::civil::date(2026, 12, 3)));
    assert_eq!(n.position.as_deref(), Some("Warehouse & Distribution Planning Supervisor"));
    assert_eq!(
        names_and_titles(&n),
        [("Mr Hakan Turan", Some("Warehouse & Distribution Director")), ("Mr Lars Bjerregaard", None)]
    );
    assert!(person(&n, "Mr Lars Bjerregaard").thanked && !person(&n, "Mr Hakan Turan").thanked);
}

// Set 72, a teacher's notes as a Marp slide deck: the principal who said no thank-you note was
// sent a letter, and so was a Year 10 student; her partner at home got a card, Joy at the front
// desk none; the lab tech "Raj → *Rajesh Pillai*" had a letter as an interviewer; the job kept its
// bold and its start date.
#[test]
fn a_slide_decks_people_as_the_writer_settled_them() {
    let n = note_at(
        "merri-creek-grammar/2026-11-26_merri-creek_r2_demo.md",
        "---\nmarp: true\n---\n\n# Merri Creek Grammar — Round 2\nThu 26 Nov 2026 · P3 (11:10) lesson\n\
         Role: **Teacher of Science (Chemistry) Yrs 9–12**, 2027 start\n\n---\n\n# People\n\n\
         - **Dr Anneliese Vos** — Head of Science. Observed the whole lesson.\n\
         - **Ms Deborah Achterberg** — Principal (\"call me Deb\")\n\
         - **Raj** — lab tech → *Rajesh Pillai*, Senior Laboratory Technician (name on the prep room door). Set up the whole practical for me.\n\
         - **Oscar** — Yr 10 student who showed me the room. (student — not thanking a student by letter obvs)\n\
         - **Joy** at front desk — lent me an umbrella.\n\
         - Sam — drilled me on the Kolb cycle question Tues night (home, not school obviously)\n\n\
         # Principal chat\n\n- Deb at the end: *\"No need for a thank-you note Harriet, honestly.\"*\n  - → respect that. NOT writing to Deb.\n",
    );
    assert_eq!(n.position.as_deref(), Some("Teacher of Science (Chemistry) Yrs 9–12"));
    assert_eq!(names(&n), ["Dr Anneliese Vos", "Rajesh Pillai", "Joy"], "{:?}", n.people);
    let raj = person(&n, "Rajesh Pillai");
    assert_eq!((raj.kind(), raj.title.as_deref()), (Kind::Helper, Some("Senior Laboratory Technician")));
    assert_eq!(person(&n, "Joy").kind(), Kind::Helper);
}

// Set 72: the deck's last slide, `# to do Mon 7/12`, had dated the Westgate panel of Wednesday 2
// December to the Monday of the writer's tasks.
#[test]
fn a_day_of_tasks_is_not_the_interviews() {
    let n = note_at(
        "westgate-secondary/westgate-panel.md",
        "---\nmarp: true\n---\n\n# Westgate Secondary College\n## Learning Specialist – Science\n\
         panel interview · Wed 2 Dec 2026 · 4:00pm · library meeting room\n\n---\n\n# Panel (3)\n\n\
         - **Fatima Haddad** — Leading Teacher, STEM\n\n---\n\n# to do Mon 7/12\n\n1. Fatima thanks\n",
    );
    assert_eq!(n.date, Some(jiff::civil::date(2026, 12, 2)));
}

// Set 72, a solicitor's attendance note: a table of properties names those attending; a bold
// paragraph over what is private keeps it from the plan's "to add in your own words"; a ticked
// `t/y email → Ben` and `emailed Anneliese the unit plan + worksheet + thanks` are thanks sent.
#[test]
fn an_attendance_notes_table_and_its_private_paragraphs() {
    let n = note_at(
        "hallissey-rourke/AttNote_R1_17.11.2026.md",
        "**ATTENDANCE NOTE**\n\n| | |\n|---|---|\n| **Date** | Tuesday 17 November 2026 |\n\
         | **Attending** | Declan Hallissey (Partner, Litigation); Sinéad Walsh (Senior Associate) |\n\n\
         **2. ATTENDANCE — SUBSTANCE**\n\n2.1 Sinéad said I was the first candidate who knew what a Redfern schedule was.\n\n\
         **7. PRIVATE — NOT FOR ANY CORRESPONDENCE**\n\n7.2 Declan — charming, but I'd say a bit of a shark with the billable-hours talk.\n",
    );
    assert_eq!(names(&n), ["Declan Hallissey", "Sinéad Walsh"]);
    let said: Vec<&str> =
        n.highlights.iter().map(|h| h.text.as_str()).chain(n.clarifications.iter().map(String::as_str)).collect();
    assert!(said.iter().all(|s| !s.contains("shark")), "{said:?}");
    let n = note_at(
        "waipa-valley-dairy/waipa-coop-r1-11nov.md",
        "SLUG: JOB-WAIPA-R1\nDATE: Wed 11 Nov 2026, 2pm, Zoom\n\nWHO\n\
         - **Ngaire Tomoana** — Head of Corporate Affairs.\n- **Ben Fairlie** — People & Culture Advisor. Set up the Zoom.\n\n\
         FOLLOW-UPS\n- [x] t/y email → Ben, same arvo.\n- [ ] nothing promised to anyone\n",
    );
    assert!(person(&n, "Ben Fairlie").thanked && !person(&n, "Ngaire Tomoana").thanked, "{:?}", n.people);
    let n = note_at(
        "merri-creek-grammar/2026-11-12_merri-creek_r1.md",
        "# Merri Creek Grammar\n## Round 1\nThu 12 Nov 2026\n\n# Who\n\n- **Dr Anneliese Vos** — Head of Science\n\n\
         # UPDATE\n\n**Fri 13/11** — emailed Anneliese the unit plan + worksheet + thanks ✅\n",
    );
    assert!(person(&n, "Dr Anneliese Vos").thanked, "{:?}", n.people);
}

// Set 72, a paralegal's attendance notes: a council's canvassing rule (`No thank-you to ANY board
// member`) had left Ms Quigley a letter, and `introduced by the Chair as "our external assessor"`
// had made "Chair" a referrer with a card; `is **Sinéad Ní Bhriain**, NOT O'Brien` had left her
// "Dear Ms O'Brien"; `Application via Gemma Lawless (HR Manager)` named no one.
#[test]
fn an_interview_boards_rule_and_a_surname_said_not_to_be_hers() {
    let n = note_at(
        "dublin-city-council/DCC Legal Exec Interview.md",
        "# ATTENDANCE NOTE\n\n**Date:** Friday 20 November 2026\n\n\
         2.2 **Ms Bernadette Quigley** — Senior Staff Officer. Asked the teamwork questions.\n\n\
         2.3 **Independent board member** — solicitor in private practice, introduced by the Chair as \"our external assessor\".\n\n\
         5.1 **No thank-you to ANY board member** — Chair, Bernadette, or external. Canvassing rule.\n",
    );
    assert!(n.people.is_empty(), "{:?}", n.people);
    let n = note_at(
        "hallissey-rourke/r1-17.11.2026.md",
        "# Hallissey Rourke — round 1\nDate: 17 November 2026\n\n\
         Met Declan Hallissey (Partner) and Sinéad O'Brien (Senior Associate).\n\n\
         Application via Gemma Lawless (HR Manager), who has handled all correspondence to date by email.\n\n\
         6.1 Name — correction. The Senior Associate is **Sinéad Ní Bhriain**, NOT O'Brien (saw her signature).\n",
    );
    assert_eq!(names(&n), ["Declan Hallissey", "Sinéad Ní Bhriain", "Gemma Lawless"]);
    let gemma = person(&n, "Gemma Lawless");
    assert!(gemma.kind() == Kind::Helper && gemma.emailed, "{gemma:?}");
}

// Set 72, a reporter's story file: `Ruth at reception — nah, 2-min thing. Skip.` had left Ruth a
// card: where she works is no part of whom the item opens with.
#[test]
fn one_said_to_be_skipped_where_they_work() {
    let n = note_at(
        "acme/r2.md",
        "# Acme — round 2\nDate: 27 November 2026\n\n## People\n- Hamish Boyd — GM Farmer Relations\n\
         - Ruth — reception. Lanyard + coffee.\n\n## Follow-ups\n- Ruth at reception — nah, 2-min thing. Skip.\n",
    );
    assert_eq!(names(&n), ["Hamish Boyd"]);
}

// Set 73, a hotel's handover log: thanks ticked off in the writer's own words.
#[test]
fn a_ticked_line_that_says_thanked_or_names_the_thanks_marks_them_thanked() {
    let thanked = |line: &str| {
        let n = note(&format!(
            "---\ncompany: Greyfriars House\ndate: 2026-11-25\n---\n\n## People\n- Kirsty Lennox — Rooms Division Manager\n\
             - Nadia — recruiter, Thistle Search\n\n## For action\n{line}\n"
        ));
        person(&n, "Nadia").thanked
    };
    assert!(thanked("[x] Nadia — thanked by email on the walk home, 1850"));
    assert!(thanked("- [x] Nadia — thanks email 1110, with my availability for stage 2"));
    assert!(!thanked("- [ ] Nadia — thanks email"), "still to do");
    assert!(!thanked("- [x] Nadia — thanks? not sure"));
    assert!(!thanked("- Nadia — she thanked me for coming"), "her thanks, not the writer's");
}

// Set 73, a checklist kept in Google Keep: whom to write to, and who said not to.
#[test]
fn a_checklist_names_a_letter_for_one_and_a_refusal_by_the_one_its_item_opens_with() {
    let n = note_at(
        "kauri-coast-health/2026-11-24 KCH onsite.md",
        "# KCH round 2\n\n- [ ] email Grace thank you – she emailed me herself last Thurs to sort my parking\n\
         - [ ] letter – Rachel Ngata, Charge Nurse Manager Ward 7 (the nurse on the panel). lovely\n\
         - [ ] Rachel LOVED the PRN chart idea – \"can you send me that?\"\n\
         - [ ] Dr Simon Edgecombe (Clinical Director, Surgical Services) – NO letter. at the end he said \
         \"no need to write to me, Grace passes everything on\". ok!\n\
         - [ ] Dr E asked about IV→oral switch, I did the cellulitis pt story\n",
    );
    let rachel = person(&n, "Rachel Ngata");
    assert_eq!((rachel.kind(), rachel.channel), (crate::model::Kind::Interviewer, Some(crate::model::Channel::Letter)));
    assert!(!names(&n).contains(&"Dr Simon Edgecombe"), "he said not to write: {:?}", names(&n));
    assert!(n.hands_off.is_none(), "Grace passes things on; no one said not to contact her: {:?}", n.hands_off);
}

// Set 73: the day a note was made or written, and the day it tells of.
#[test]
fn a_note_is_of_the_day_it_was_created_and_of_the_day_before_when_it_says_yesterday() {
    let at = |rel: &str, text: &str, day_first: Option<bool>| {
        let source = Source { rel: rel.to_owned(), text: text.to_owned(), saved: None, day_first, writer: None };
        let doc = crate::pipeline::parse::parse(&source).unwrap();
        match extract(&source, &doc).outcome {
            Outcome::Note(note) => note.date.map(|d| d.to_string()),
            other => panic!("{other:?}"),
        }
    };
    // Google Keep's stamp: created, not edited; a day that reads two ways, as the folder's file
    // names write theirs.
    let keep = "# KCH video int – debrief\n\n> Created 10/11/2026, 1:12 pm · Edited 11/11/2026, 8:40 am\n\n\
                Grace Liufau – Pharmacy Manager\n\n- Grace said \"that's exactly the gap we're trying to close\"\n";
    assert_eq!(at("kauri-coast-health/Kauri Coast - video int.md", keep, Some(true)).as_deref(), Some("2026-11-10"));
    assert_eq!(at("kauri-coast-health/Kauri Coast - video int.md", keep, Some(false)).as_deref(), Some("2026-10-11"));
    // A log named for the day it was opened, about the interview the day before.
    let log = "HANDOVER LOG\nRe: Greyfriars House Hotel — interview yday\n\n- Elspeth Baird — General Manager. Led it.\n\
               - Elspeth liked the coach party story\n";
    assert_eq!(at("greyfriars-house/HANDOVER 2026-11-13 greyfriars.md", log, None).as_deref(), Some("2026-11-12"));
    let same_day = log.replace("interview yday", "interview today");
    assert_eq!(
        at("greyfriars-house/HANDOVER 2026-11-13 greyfriars.md", &same_day, None).as_deref(),
        Some("2026-11-13")
    );
}

// Set 73: a reply that said thank you is the thanks.
#[test]
fn a_reply_sent_to_say_thank_you_is_their_thanks() {
    let thanked = |line: &str| {
        let n = note(&format!(
            "---\ncompany: Cape Metropole University\ndate: 2026-11-10\n---\n\n## People\n\
             - Janine van Wyk - Manager, Research Support\n- Lerato Phiri - HR Practitioner\n\n{line}\n"
        ));
        person(&n, "Lerato Phiri").thanked
    };
    assert!(thanked("Already replied to Lerato this afternoon to say thank you."));
    assert!(!thanked("Still need to reply to Lerato to say thank you."));
}

#[test]
fn the_writer_named_in_the_settings_is_no_one_met_nor_whom_a_highlight_is_about() {
    // (Set 74: an AI summary's participants name the writer, and a line of praise names her
    // beside the two who were there.)
    let text = "# Maji Bora Trust — MEL Officer\n\nDate: 24 November 2026\n\n\
                **Participants:** Samuel Kiptoo, Amina Hassan, Wanjiru Kamau\n\n\
                ## Highlights\n\n\
                - Samuel Kiptoo liked how Wanjiru Kamau and Amina Hassan costed the pilot\n";
    let at = |writer: Option<&str>| {
        let source = Source {
            rel: "maji-bora/notes.md".to_owned(),
            text: text.to_owned(),
            saved: None,
            day_first: None,
            writer: writer.map(str::to_owned),
        };
        let doc = crate::pipeline::parse::parse(&source).unwrap();
        match extract(&source, &doc).outcome {
            Outcome::Note(note) => *note,
            other => panic!("{other:?}"),
        }
    };
    let unknown = at(None);
    assert!(unknown.people.iter().any(|p| p.name == "Wanjiru Kamau"), "{:?}", unknown.people);
    let known = at(Some("Wanjiru Kamau"));
    let names: Vec<&str> = known.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Samuel Kiptoo", "Amina Hassan"]);
    assert_eq!(known.highlights.len(), 1);
    assert_eq!(known.highlights[0].about, ["Samuel Kiptoo", "Amina Hassan"]);
}

#[test]
fn an_open_box_in_a_list_of_thanks_is_a_thank_you_still_to_give_whatever_else_is_done() {
    // (Set 70, a tech log: `[ ] Kylie - quick note: panel done, thanks for organising`: the panel
    // is done, the note to Kylie is not.)
    let n = note(
        "# Coral Sea Cargo panel\n\nDate: 2026-11-18\n\n## People\n\n- Darren Kuipers, Ops Manager\n- Kylie Brandt, \
         Recruiter\n\n## Thank-yous\n\n- [ ] Kylie - quick note: panel done, thanks for organising\n\
         - [x] Darren - thanks email done\n",
    );
    assert!(!person(&n, "Kylie Brandt").thanked, "{:?}", n.people);
    assert!(person(&n, "Darren Kuipers").thanked, "{:?}", n.people);
}

#[test]
fn referees_asides_and_an_associate_professor_are_read_as_the_writer_meant_them() {
    // (Set 75, a postdoc's LaTeX notes, here as the Markdown they stand for.)
    let n = note(
        "# CapU -- on-campus interview\n\nDate: 2026-12-03\n\n## Panel\n\n\
         - **A/Prof Jim Kowalczyk** -- Civil Eng, equity rep. Still no email.\n\
         - **Priya Raman** -- Senior Marine Scientist. Ran the technical half.\n\
         - Helen (Prof Helen Ashby, PhD supervisor, referee) -- sent her a heads-up email.\n\
         - (Bluey -- Greg's office dog. Important member of staff apparently.)\n\n\
         ## Thanks\n\n- Priya -- nothing yet. Letter to the office I suppose (no email).\n\
         - Referees: heads-up emails to Helen + Rachel 3/12 night.\n",
    );
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["A/Prof Jim Kowalczyk", "Priya Raman"], "{:?}", n.people);
    assert_eq!(people::honorific("A/Prof Jim Kowalczyk"), Some("A/Prof"));
    assert_eq!(people::first_name("A/Prof Jim Kowalczyk"), "Jim");
}

#[test]
fn a_japanese_memo_names_each_one_met_as_a_letter_can_write_them() {
    // (Set 75, a localisation producer's memo: names in kanji with their romaji in brackets, a
    // wide space between a name and what they are, `Yamamoto-bucho` for the one written
    // `Yamamoto Hiroshi-san`, and headings the reader maps to their English kin.)
    let n = note_at(
        "tsubame-commerce/20261124_面接メモ.txt",
        "■ 面接メモ　ツバメコマース株式会社（Tsubame Commerce）\n日時：2026年11月24日（火）10:30〜11:40　対面\n\n\
         【会った人】\n・藤井 彩さん（Fujii Aya-san）　Head of Global CX\n\
         ・Daniel Whitfield-san (\"Dan\")　i18n Engineering Lead　American\n\
         ・山本 博 部長（Yamamoto Hiroshi-san）Head of Publishing\n\
         ・受付の上田さん（Ueda-san — name tag at reception）\n\n\
         【よかった点】\n・Yamamoto-bucho liked my bug triage by player impact.\n",
    );
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Fujii Aya", "Daniel Whitfield", "Yamamoto Hiroshi", "Ueda"], "{:?}", n.people);
    assert_eq!(person(&n, "Yamamoto Hiroshi").called.as_deref(), Some("Yamamoto-bucho"));
    assert_eq!(person(&n, "Fujii Aya").called.as_deref(), Some("Fujii-san"));
    assert_eq!(person(&n, "Daniel Whitfield").called, None, "not Daniel-san, a name in Latin letters");
    assert_eq!(n.highlights.len(), 1, "{:?}", n.highlights);
    assert_eq!(n.highlights[0].about, ["Yamamoto Hiroshi"]);
}

#[test]
fn a_line_under_someone_that_says_they_were_not_met_takes_them_off_the_list() {
    // (Set 75, an org-mode note: the CTO who was meant to pop in, off sick, had a letter thanking
    // him for "our conversation".)
    let n = note(
        "# Kelvin Ledger round 2\n\nDate: 2026-11-17\n\n## People\n\n- Graham Fyfe -- CTO\n\
         \x20   - was meant to \"pop in\" for 10 min. off sick. didn't meet him. R3 is him.\n\
         - Tom Reilly -- Platform Engineering Manager\n    - didn't meet the CEO, who was away.\n\
         - Devika Rao -- Staff Engineer\n",
    );
    let names: Vec<&str> = n.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Tom Reilly", "Devika Rao"], "{:?}", n.people);
}
