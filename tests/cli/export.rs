//! `followup export`: the files are read back by independent parsers.

use std::process::Command;

use crate::support::Test;

#[test]
fn ics_has_an_event_per_pending_follow_up_with_stable_uids() {
    let t = Test::copy_of("content");
    let out = t.run(&["export", "ics"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\r\n"), "iCalendar lines end with CRLF");
    let parsed: icalendar::Calendar = out.stdout.parse().expect("an independent parser reads it");
    let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
    use icalendar::Component;
    // content/ has five open interviews: a check-in for each but the Initech screen, whose
    // status says they advanced Sam, and a thank-you for each but Hooli's, which gave way to its
    // check-in once that day came (one action per note).
    assert_eq!(events.len(), 8);
    let hooli: Vec<_> = events.iter().filter_map(|e| e.get_summary()).filter(|s| s.contains("Hooli")).collect();
    assert!(hooli.len() == 1 && hooli[0].starts_with("Check in"), "{hooli:?}");
    let initech: Vec<_> = events.iter().filter_map(|e| e.get_summary()).filter(|s| s.contains("Initech")).collect();
    assert_eq!(initech.len(), 1, "{initech:?}");
    assert!(initech[0].starts_with("Send thank-you notes"), "{initech:?}");
    let globex: Vec<_> = events.iter().filter(|e| e.get_summary().is_some_and(|s| s.contains("Globex"))).collect();
    assert_eq!(globex.len(), 2);
    let thanks = globex.iter().find(|e| e.get_summary().unwrap().starts_with("Send thank-you notes")).unwrap();
    assert_eq!(thanks.get_summary(), Some("Send thank-you notes: Globex (Hannah Lee, Gregory Park, and Maria Chen)"));
    let start = format!("{:?}", thanks.get_start().expect("a start date"));
    assert!(start.contains("2026-10-15"), "{start}");
    // Issue 12: README promised the draft in the description, which held only its relative path:
    // it holds the path in full and the draft's text as it is on disk, edits included.
    let description = thanks.get_description().unwrap().replace("\r\n", "\n");
    let path = t.path().join("globex/2026-10-14-final.followup.md");
    assert!(description.contains(&format!("Draft: {}", path.display())), "{description}");
    assert!(description.contains("Dear Hannah,") && description.contains("## Gregory Park"), "{description}");
    assert!(!description.contains("## Check-in") && !description.contains("<!-- followup draft"), "{description}");
    let check_in = globex.iter().find(|e| e.get_summary().unwrap().starts_with("Check in")).unwrap();
    assert!(check_in.get_description().unwrap().contains("## Check-in"), "the check-in event carries the check-in");
    std::fs::write(&path, std::fs::read_to_string(&path).unwrap().replace("Dear Hannah,", "Hi Hannah,")).unwrap();
    let edited = t.run(&["export", "ics"]);
    assert!(edited.stdout.contains("Hi Hannah"), "the edit reaches the calendar");
    t.run(&["build"]);
    assert!(t.read("globex/2026-10-14-final.followup.md").contains("Hi Hannah,"));
    // The same notes give the same UIDs, so a calendar updates instead of duplicating.
    let again = t.run(&["export", "ics"]);
    let uid_lines = |ics: &str| ics.lines().filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(uid_lines(&again.stdout), uid_lines(&out.stdout));
    assert_eq!(t.run(&["export", "ics"]).stdout, again.stdout, "the same files give the same bytes");
    let uids: std::collections::HashSet<_> = events.iter().map(|e| e.get_uid().unwrap().to_owned()).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

#[test]
fn eml_files_are_read_back_by_pythons_email_module() {
    let t = Test::copy_of("content");
    let out_dir = t.path().join("outbox");
    let out = t.export_every_email(&out_dir);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let files: Vec<&str> = out.stdout.lines().collect();
    // Only Hannah Lee and Initech's recruiter, who set up the screen, have exchanged email with
    // Sam (the others get letters and cards): their thank-yous and the check-in to Hannah.
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with("initech--2026-10-02-phone-screen.dana-whitfield.eml")), "{files:?}");
    assert!(files.iter().any(|f| f.ends_with("globex--2026-10-14-final.check-in.eml")), "{files:?}");
    let thanks = files.iter().find(|f| f.ends_with("globex--2026-10-14-final.hannah-lee.eml")).expect("Hannah's email");
    let files = [*thanks];
    let script = r#"
import email, email.policy, json, sys
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
print(json.dumps({'from': str(msg['From']), 'to': str(msg['To']), 'subject': str(msg['Subject']),
                  'unsent': msg['X-Unsent'], 'body': msg.get_content()}))
"#;
    let py = Command::new("python3").args(["-c", script, files[0]]).output().expect("python3 is on the machine");
    assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
    let v: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
    assert_eq!(v["from"], "Sam Rivera <sam@samrivera.dev>");
    assert_eq!(v["to"], "Hannah Lee <hannah.lee@globex.example>");
    assert_eq!(v["subject"], "Thank you — Staff Platform Engineer interview");
    assert_eq!(v["unsent"], "1");
    let body = v["body"].as_str().unwrap();
    assert!(body.starts_with("Dear Hannah,\n\nThank you for meeting with me"), "{body}");
    assert!(body.contains("you liked how I broke the Kafka migration into reversible steps"), "{body}");
    assert!(body.trim_end().ends_with("Best regards,\nSam Rivera\n+1 415 555 0134"), "{body}");
    assert!(!body.contains("**"), "no Markdown in the email: {body}");
}

/// Decodes `%XX` escapes.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() + 1 {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn mailto_links_decode_to_the_same_recipient_subject_and_body() {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let draft = t.read("globex/2026-10-14-final.followup.md");
    // The dashboard's link carries the body, as read back from the draft (issue 12).
    let dashboard = t.read("DASHBOARD.md");
    let link = dashboard
        .split("[Hannah Lee](")
        .nth(1)
        .and_then(|l| l.split_once(')'))
        .map(|(link, _)| link)
        .expect("the email to Hannah has a mailto link on the dashboard");
    let rest = link.strip_prefix("mailto:").unwrap();
    let (to, query) = rest.split_once('?').unwrap();
    assert_eq!(percent_decode(to), "hannah.lee@globex.example");
    let params: std::collections::HashMap<&str, String> =
        query.split('&').map(|kv| kv.split_once('=').unwrap()).map(|(k, v)| (k, percent_decode(v))).collect();
    assert_eq!(params["subject"], "Thank you — Staff Platform Engineer interview");
    let body = &params["body"];
    assert!(body.starts_with("Dear Hannah,\r\n\r\nThank you for meeting with me"), "{body}");
    assert!(body.ends_with("Best regards,\r\nSam Rivera\r\n+1 415 555 0134"), "{body}");
    // The body is the message of the draft, word for word.
    let section = draft.split("Dear Hannah,").nth(1).unwrap().split("Sam Rivera").next().unwrap();
    let plain: String = section.lines().map(str::trim_end).collect::<Vec<_>>().join("\r\n");
    assert!(body.contains(plain.trim()), "the link's body matches the draft");
}

// Issue 11, defect 13: `a--b/x.md` and `a/b--x.md`, or "Zoë Ng" and "Zoe Ng" in one note, wrote
// the same `.eml` file, the second over the first.
#[test]
fn every_email_gets_a_file_of_its_own() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\nemail = \"sam@samrivera.dev\"\n");
    let note = [
        "---",
        "company: Acme",
        "date: 2026-10-20",
        "interviewers:",
        "  - name: Zoë Ng",
        "    email: zoe1@acme.example",
        "    emailed: true",
        "  - name: Zoe Ng",
        "    email: zoe2@acme.example",
        "    emailed: true",
        "---",
        "",
    ]
    .join("\n");
    t.write("a--b/x.md", &note);
    t.write("a/b--x.md", &note);
    let out_dir = t.path().join("outbox");
    let run = t.export_every_email(&out_dir);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let listed: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(listed.len(), 6, "two thank-yous and a check-in per note: {listed:?}");
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != ".followup-outbox")
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "one file per email: {names:?}");
    let recipients: std::collections::BTreeSet<String> = names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(out_dir.join(n)).unwrap();
            text.lines().find(|l| l.starts_with("To:")).unwrap().to_owned()
        })
        .collect();
    assert_eq!(recipients.len(), 2, "both people, from both notes: {recipients:?}");
}

// A person's name or a note's file name too long for a file name of its own made `export eml`
// stop with "File name too long" (exit 2) and write no other email (found by the properties in
// properties.rs).
#[test]
fn a_very_long_name_still_gets_its_eml() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\nemail = \"sam@samrivera.dev\"\n");
    let person = |name: &str| format!("  - name: {name}\n    email: ana@acme.example\n    emailed: true\n");
    let note = |name: &str| format!("---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n{}---\n", person(name));
    t.write("acme.md", note(&"Ana Souza ".repeat(30)));
    t.write(&format!("{}.md", "n".repeat(240)), note("Ana Souza"));
    let out_dir = t.path().join("outbox");
    let run = t.export_every_email(&out_dir);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 4, "a thank-you and a check-in per note:\n{}", run.stdout);
    for file in run.stdout.lines() {
        let name = std::path::Path::new(file).file_name().unwrap();
        assert!(name.len() <= 255, "{file}");
        assert!(std::fs::read_to_string(file).unwrap().contains("To: Ana Souza"), "{file}");
    }
}

// Issue 12: `outbox/` kept stale `.eml` files for deleted or already-thanked notes, and sat
// inside the notes folder. It now holds exactly the emails due today, beside followup.toml;
// followup removes only the files it wrote, and only while unchanged.
#[test]
fn the_outbox_holds_the_emails_due_today_and_only_followups_files_leave_it() {
    let t = Test::new();
    crate::support::copy_dir(&crate::support::repo().join("content"), &t.path().join("notes"));
    let toml = t.read("notes/followup.toml");
    std::fs::remove_file(t.path().join("notes/followup.toml")).unwrap();
    t.write("followup.toml", format!("notes = \"notes\"\n{toml}"));
    // (Globex's emails only: Initech's recruiter has her thank-you due as well.)
    std::fs::remove_dir_all(t.path().join("notes/initech")).unwrap();
    let note = "notes/globex/2026-10-14-final.md";
    let (thanks, check_in) =
        ("outbox/globex--2026-10-14-final.hannah-lee.eml", "outbox/globex--2026-10-14-final.check-in.eml");
    let listed = |run: &crate::support::Run| -> Vec<String> {
        run.stdout
            .lines()
            .map(|l| l.strip_prefix(&format!("{}/", t.path().display())).unwrap_or(l).to_owned())
            .collect()
    };

    // Interview on the 14th, a decision by Friday the 30th, so the check-in on Monday, November 2:
    // on the 27th only the thank-you is due.
    let run = t.run(&["export", "eml"]);
    assert_eq!((run.code, listed(&run)), (0, vec![thanks.to_owned()]), "{}", run.stderr);
    assert!(!t.exists("notes/outbox"), "the outbox is beside followup.toml, not among the notes");
    assert!(!t.exists(check_in));
    let written = std::fs::metadata(t.path().join(thanks)).unwrap().modified().unwrap();
    t.run(&["export", "eml"]);
    assert_eq!(
        std::fs::metadata(t.path().join(thanks)).unwrap().modified().unwrap(),
        written,
        "unchanged: not written"
    );

    // A file of the user's is never written over or removed.
    t.write("outbox/to-my-mentor.eml", "mine");
    // Thanked: the thank-you leaves the outbox.
    t.write(
        note,
        t.read(note).replacen("status: awaiting-feedback", "status: awaiting-feedback\nthanked: 2026-10-15", 1),
    );
    let run = t.run(&["export", "eml"]);
    assert_eq!(listed(&run), Vec::<String>::new(), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("removed {}/{thanks}: no longer due", t.path().display())), "{}", run.stderr);
    assert!(!t.exists(thanks));
    // On the check-in's day, the check-in is due.
    let run = t.run_at("2026-11-02", &["export", "eml"]);
    assert_eq!(listed(&run), [check_in], "{}", run.stderr);
    // Never thanked: on the check-in's day, the thank-you gives way to the check-in.
    t.write(note, t.read(note).replacen("\nthanked: 2026-10-15", "", 1));
    let run = t.run_at("2026-11-02", &["export", "eml"]);
    assert_eq!(listed(&run), [check_in], "one email per note: {}", run.stderr);

    // A file followup wrote and the user changed stays, said once, even when no longer due.
    t.write(check_in, t.read(check_in).replace("Hannah", "Dear Hannah"));
    let run = t.run_at("2026-11-02", &["export", "eml"]);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("globex--2026-10-14-final.check-in.eml:1:1: warning: changed since followup wrote it"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(t.path().join(note)).unwrap();
    let run = t.run_at("2026-11-02", &["export", "eml"]);
    assert!(
        run.stderr.contains("check-in.eml:1:1: warning: no longer due, but changed since followup wrote it"),
        "{}",
        run.stderr
    );
    assert!(t.read(check_in).contains("Dear Hannah"));
    assert_eq!(t.read("outbox/to-my-mentor.eml"), "mine");

    // A note deleted: its unchanged emails go.
    std::fs::remove_file(t.path().join(check_in)).unwrap();
    crate::support::copy_dir(&crate::support::repo().join("content/globex"), &t.path().join("notes/globex"));
    t.run_at("2026-11-02", &["export", "eml"]);
    assert!(t.exists(check_in));
    std::fs::remove_dir_all(t.path().join("notes/globex")).unwrap();
    let run = t.run_at("2026-11-02", &["export", "eml"]);
    assert!(!t.exists(check_in), "{}", run.stderr);
    let mut left: Vec<String> = std::fs::read_dir(t.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["to-my-mentor.eml"], "nothing due: followup's list goes too");
}
