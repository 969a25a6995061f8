//! What the user sends is what they wrote (issue 12): every way of sending an email (the
//! dashboard's `mailto:` links, `export eml`) reads the message back from the draft on disk,
//! edited or not, and leaves out a message it cannot read back instead of sending the
//! generated text.

use crate::support::Test;

const DRAFT: &str = "globex/2026-10-14-final.followup.md";
const SUBJECT: &str = "**Subject:** Thank you — Staff Platform Engineer interview";
const PARAGRAPH: &str = "I was especially glad that you liked how I broke the Kafka migration into reversible steps.";

/// `content/` built, then Hannah Lee's email in the Globex draft edited: its subject and one
/// paragraph.
fn edited() -> Test {
    let t = Test::copy_of("content");
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read(DRAFT);
    assert!(draft.contains(SUBJECT) && draft.contains(PARAGRAPH), "{draft}");
    let draft = draft.replacen(SUBJECT, "**Subject:** Thanks for Wednesday", 1).replacen(
        PARAGRAPH,
        "My own words about Kafka & the reversible steps.",
        1,
    );
    t.write(DRAFT, draft);
    t
}

/// The `mailto:` links to Hannah Lee on a dashboard file.
fn links_to_hannah(dashboard: &str) -> Vec<String> {
    let mut links = Vec::new();
    for (i, _) in dashboard.match_indices("mailto:hannah.lee@globex.example") {
        let rest = &dashboard[i..];
        let end = rest.find([')', '"']).unwrap();
        links.push(rest[..end].replace("&amp;", "&"));
    }
    links
}

/// The `.eml` files `export eml` writes for `t`, by file name.
fn emls(t: &Test) -> std::collections::BTreeMap<String, String> {
    let out_dir = t.path().join("outbox");
    let run = t.export_every_email(&out_dir);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.stdout
        .lines()
        .map(|f| {
            let name = std::path::Path::new(f).file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(f).unwrap())
        })
        .collect()
}

// Issue 12: a user rewrote a paragraph of a draft; the build kept the draft, but the dashboard's
// link and the `.eml` still sent the generated letter.
#[test]
fn an_edited_draft_is_what_the_dashboard_links_carry() {
    let t = edited();
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in ["DASHBOARD.md", "dashboard.html"] {
        let text = t.read(file);
        let links = links_to_hannah(&text);
        let thanks: Vec<&String> = links.iter().filter(|l| l.contains("subject=Thanks%20for%20Wednesday")).collect();
        assert_eq!(thanks.len(), 1, "{file}: the thank-you link carries the new subject: {links:#?}");
        assert!(thanks[0].contains("My%20own%20words%20about%20Kafka%20%26%20the%20reversible%20steps."), "{file}");
        assert!(
            !text.contains("especially%20glad%20that%20you%20liked%20how%20I%20broke"),
            "{file}: no generated text"
        );
        assert!(!text.contains("Thank%20you%20%E2%80%94%20Staff"), "{file}: no generated subject");
    }
}

// The same, when the build is a full one (another note is gone, so the record's shortcut for a
// few changed notes does not apply): the Globex note did not change, its draft did.
#[test]
fn an_edited_draft_reaches_the_dashboard_when_its_note_did_not_change() {
    let t = edited();
    assert_eq!(t.run(&["build"]).code, 0);
    // Edited again, when the draft was already the user's.
    t.write(DRAFT, t.read(DRAFT).replacen("Thanks for Wednesday", "Thanks for Wednesday!", 1));
    std::fs::remove_file(t.path().join("hooli/2026-09-28-technical.md")).unwrap();
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let links = links_to_hannah(&t.read("DASHBOARD.md"));
    assert!(links.iter().any(|l| l.contains("subject=Thanks%20for%20Wednesday%21&")), "{links:#?}");
    assert!(links.iter().any(|l| l.contains("My%20own%20words%20about%20Kafka")), "{links:#?}");
}

#[test]
fn an_edited_draft_is_what_export_eml_writes() {
    let t = edited();
    let emls = emls(&t);
    let hannah = &emls["globex--2026-10-14-final.hannah-lee.eml"];
    assert!(hannah.contains("\r\nSubject: Thanks for Wednesday\r\n"), "{hannah}");
    assert!(hannah.contains("My own words about Kafka & the reversible steps."), "{hannah}");
    assert!(!hannah.contains("especially glad"), "{hannah}");
    assert!(emls["globex--2026-10-14-final.check-in.eml"].contains("Subject: Following up on the Staff"));
}

#[test]
fn the_link_in_the_draft_carries_the_recipient_and_subject_only() {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let draft = t.read(DRAFT);
    let link = draft
        .lines()
        .find_map(|l| l.strip_prefix("[Open this email in your mail app]("))
        .and_then(|l| l.split_once(')'))
        .map(|(link, _)| link)
        .expect("a link in the draft");
    assert_eq!(
        link,
        "mailto:hannah.lee@globex.example?subject=Thank%20you%20%E2%80%94%20Staff%20Platform%20Engineer%20interview"
    );
    assert!(draft.contains("the dashboard's link"), "the draft says where the body is");
}

/// `content/` built, then the Globex draft reshaped by `reshape`; the build's output.
/// `content/` built, its draft `DRAFT` reshaped and built again: the folder, and what `check`
/// then lists (the build counts the warning).
fn reshaped(reshape: impl Fn(&str) -> String) -> (Test, String) {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let draft = t.read(DRAFT);
    let changed = reshape(&draft);
    assert_ne!(changed, draft);
    t.write(DRAFT, changed);
    let run = t.run(&["build"]);
    assert!(run.stdout.contains(" warnings (`followup check "), "{}", run.stdout);
    let listed = t.check();
    (t, listed)
}

fn assert_left_out(t: &Test) {
    for file in ["DASHBOARD.md", "dashboard.html"] {
        let text = t.read(file);
        let links = links_to_hannah(&text);
        assert!(!links.iter().any(|l| l.contains("subject=Thank%20you")), "{file}: no thank-you link: {links:#?}");
        assert!(!links.iter().any(|l| l.contains("especially%20glad")), "{file}: never the generated text");
        assert!(links.iter().any(|l| l.contains("subject=Following%20up")), "{file}: the check-in still has its link");
    }
    let emls = emls(t);
    assert!(!emls.contains_key("globex--2026-10-14-final.hannah-lee.eml"), "{:?}", emls.keys());
    assert!(emls.contains_key("globex--2026-10-14-final.check-in.eml"), "{:?}", emls.keys());
}

#[test]
fn a_draft_whose_heading_is_gone_is_reported_and_not_sent() {
    let (t, listed) = reshaped(|d| {
        d.lines().filter(|l| !l.starts_with("## Hannah Lee")).map(|l| format!("{l}\n")).collect::<String>()
    });
    let line = t.read(DRAFT).lines().position(|l| l.starts_with("**To:** Hannah Lee")).unwrap() + 1;
    assert!(
        listed.contains(&format!("globex/2026-10-14-final.followup.md:{line}:")) && listed.contains("`## Hannah Lee`"),
        "the warning names the draft, the line of the email's To and the heading:\n{}",
        listed
    );
    assert_left_out(&t);
}

#[test]
fn two_messages_merged_into_one_are_reported_and_not_sent() {
    // Gregory Park's heading removed: his letter now runs on from Hannah's email.
    let (t, listed) = reshaped(|d| {
        d.lines().filter(|l| !l.starts_with("## Gregory Park")).map(|l| format!("{l}\n")).collect::<String>()
    });
    let line = t.read(DRAFT).lines().position(|l| l.starts_with("## Hannah Lee")).unwrap() + 1;
    assert!(
        listed.contains(&format!("globex/2026-10-14-final.followup.md:{line}:")),
        "the warning points at Hannah's section, line {line}:\n{}",
        listed
    );
    assert!(listed.contains("Gregory Park"), "{}", listed);
    assert_left_out(&t);
}

#[test]
fn a_to_line_that_is_not_one_address_is_reported_and_not_sent() {
    let (t, listed) =
        reshaped(|d| d.replacen("<hannah.lee@globex.example>", "<hannah.lee@globex.example, boss@globex.example>", 1));
    assert!(listed.contains("globex/2026-10-14-final.followup.md:"), "{}", listed);
    assert!(listed.contains("not one address"), "{}", listed);
    assert_left_out(&t);
}

// An unedited draft sends exactly what followup sent before it read drafts back: the committed
// dashboard of content/ (checked by `build --check` in build.rs) and these emails.
#[test]
fn an_unedited_draft_sends_the_same_bytes_as_before() {
    let t = Test::copy_of("content");
    for (name, text) in emls(&t) {
        insta::assert_snapshot!(format!("content_eml__{name}"), text.replace("\r\n", "⏎\n"));
    }
}

// The read-back function itself, as `serve` will call it.
#[test]
fn the_read_back_carries_the_edit() {
    let t = edited();
    let text = t.read(DRAFT);
    let expected = [
        followup::letters::readback::Expected::thanks("Hannah Lee", true),
        followup::letters::readback::Expected::thanks("Gregory Park", false),
        followup::letters::readback::Expected::thanks("Maria Chen", false),
        followup::letters::readback::Expected::check_in(true),
    ];
    let back = followup::letters::readback::read_back(DRAFT, &text, &expected);
    assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
    assert_eq!(back.sent.len(), 2);
    let hannah = &back.sent[0];
    assert_eq!((hannah.to_name.as_str(), hannah.to_email.as_str()), ("Hannah Lee", "hannah.lee@globex.example"));
    assert_eq!(hannah.subject, "Thanks for Wednesday");
    assert!(hannah.body.starts_with("Dear Hannah,\n\nThank you for meeting with me"), "{}", hannah.body);
    assert!(hannah.body.contains("\n\nMy own words about Kafka & the reversible steps."), "{}", hannah.body);
    assert!(hannah.body.ends_with("Best regards,\nSam Rivera\n+1 415 555 0134\n"), "{:?}", hannah.body);
    assert!(back.sent[1].subject.starts_with("Following up on the Staff Platform Engineer role"));
}

// The watcher's rebuild (`Session::update`) after the user edits a draft: the note did not
// change, so its dashboard part would be kept as it was, with the generated text in its links.
#[test]
fn an_edited_draft_reaches_the_dashboard_of_a_watch_session() {
    use followup::incremental::session::{NoteChange, Session};
    use followup::pipeline::scan;
    let t = Test::copy_of("content");
    let config = followup::config::Config::resolve(t.path(), Some(crate::support::TODAY)).unwrap();
    let mut session = Session::live(config);
    let everything = || scan::find(t.path(), &followup::pipeline::skip::Skip::default());
    session.build(&everything(), false, true).unwrap();
    let note = "globex/2026-10-14-final.md";
    // Edited twice: the second time, the draft was already the user's.
    for subject in ["**Subject:** Thanks", "**Subject:** Thanks for Wednesday"] {
        let text = t.read(DRAFT);
        let lines: Vec<&str> =
            text.lines().map(|l| if l.starts_with("**Subject:** Th") { subject } else { l }).collect();
        t.write(DRAFT, lines.join("\n") + "\n");
        let found = everything();
        let change = NoteChange {
            rel: note.to_owned(),
            note: found.notes.iter().find(|e| e.rel == note).cloned(),
            draft: found.drafts.iter().find(|e| e.rel == DRAFT).map(scan::Entry::stamp),
        };
        session.update(vec![change], everything).unwrap();
    }
    let links = links_to_hannah(&t.read("DASHBOARD.md"));
    assert!(links.iter().any(|l| l.contains("subject=Thanks%20for%20Wednesday")), "{links:#?}");
}

// A draft put right again is read back again, and the build stops warning about it.
#[test]
fn a_draft_put_right_again_is_sent_again_without_a_warning() {
    let (t, listed) = reshaped(|d| d.replacen("## Hannah Lee", "Hannah Lee", 1));
    assert!(listed.contains("`## Hannah Lee`"), "{}", listed);
    t.write(DRAFT, t.read(DRAFT).replacen("\nHannah Lee, Engineering", "\n## Hannah Lee, Engineering", 1));
    t.run(&["build"]);
    assert!(!t.check().contains("followup.md:"));
    assert!(links_to_hannah(&t.read("DASHBOARD.md")).iter().any(|l| l.contains("subject=Thank%20you")));
}

// `check` lists what the drafts on disk say too: an email reshaped beyond reading back is a
// problem to fix before sending, found without a build.
#[test]
fn check_lists_a_draft_reshaped_beyond_reading_back() {
    let (t, listed) = reshaped(|d| {
        d.lines().filter(|l| !l.starts_with("## Hannah Lee")).map(|l| format!("{l}\n")).collect::<String>()
    });
    let warning = listed.lines().find(|l| l.starts_with(DRAFT)).expect("check lists it").to_owned();
    let note = t.path().join("globex/2026-10-14-final.md");
    let one = crate::support::run(&["check", note.to_str().unwrap(), "--today", crate::support::TODAY]);
    assert!(one.stdout.lines().any(|l| l == warning), "`{warning}` not in:\n{}", one.stdout);
    let other = t.path().join("hooli/2026-09-28-technical.md");
    let elsewhere = crate::support::run(&["check", other.to_str().unwrap(), "--today", crate::support::TODAY]);
    assert!(!elsewhere.stdout.contains(DRAFT), "another note's check: {}", elsewhere.stdout);
}
