//! What followup promises about the user's files (issue 11): it writes only its own outputs,
//! never overwrites or removes a file the user wrote or edited.

use crate::support::Test;

const NOTE: &str = "---
company: Acme
position: Staff Engineer
date: 2026-10-20
stage: final
interviewers:
  - name: Ana Souza
    title: CTO
    email: ana@acme.example
---

## Highlights

- Ana liked my rollout plan.
";

// Issue 11, defect 2: text typed on a draft's first line was lost on the next build.
#[test]
fn text_typed_on_a_drafts_first_line_is_an_edit() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let draft = t.read("acme/final.followup.md");
    let (first, rest) = draft.split_once('\n').unwrap();
    let after = format!("{first} sent on Monday!\n{rest}");
    let inside = format!("{}\n{rest}", first.replace("edit freely", "edit freely (sent to Ana)"));
    for edited in [after, inside] {
        t.write("acme/final.followup.md", &edited);
        let run = t.run(&["build"]);
        assert_eq!(t.read("acme/final.followup.md"), edited, "{}", run.stdout);
        assert!(run.stdout.contains("acme/final.followup.md: kept (edited by you"), "{}", run.stdout);
    }
}

// Issue 11, defect 2: trailing white space and CRLF on the first line are not edits.
#[test]
fn trailing_space_and_crlf_on_the_first_line_are_not_edits() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let draft = t.read("acme/final.followup.md");
    t.write("acme/final.followup.md", draft.replacen('\n', "  \n", 1).replace('\n', "\r\n"));
    t.write("acme/final.md", NOTE.replace("rollout plan", "migration plan"));
    t.run(&["build"]);
    assert!(t.read("acme/final.followup.md").contains("migration plan"));
}

// Issue 11, defect 3: a copy the user made of a draft was removed as an orphaned draft.
#[test]
fn a_users_copy_of_a_draft_is_never_removed() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let copy = t.read("acme/final.followup.md");
    t.write("archive/x-sent.followup.md", &copy);
    let run = t.run(&["build"]);
    assert_eq!(t.read("archive/x-sent.followup.md"), copy);
    assert!(
        run.stderr.contains("archive/x-sent.followup.md:1:1: warning: this draft's note is gone"),
        "{}",
        run.stderr
    );
    // Nor when another note changes (the partial build), nor when the record is gone.
    t.write("acme/final.md", NOTE.replace("rollout plan", "migration plan"));
    t.run(&["build"]);
    std::fs::remove_dir_all(t.path().join(".followup")).unwrap();
    t.run(&["build"]);
    assert_eq!(t.read("archive/x-sent.followup.md"), copy);
}
