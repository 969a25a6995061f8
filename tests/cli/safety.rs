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

// Issue 11, defect 4: a DASHBOARD.md or dashboard.html the user wrote was overwritten in silence.
#[test]
fn a_dashboard_file_the_user_wrote_is_never_overwritten() {
    let t = Test::new();
    t.write("acme/final.md", NOTE).write("DASHBOARD.md", "my own dashboard\n").write("dashboard.html", "<p>mine</p>\n");
    let run = t.run(&["build"]);
    assert_eq!(t.read("DASHBOARD.md"), "my own dashboard\n");
    assert_eq!(t.read("dashboard.html"), "<p>mine</p>\n");
    for rel in ["DASHBOARD.md", "dashboard.html"] {
        assert!(
            run.stderr.contains(&format!("{rel}:1:1: warning: followup did not write this file")),
            "{}",
            run.stderr
        );
    }
    // A build with nothing changed writes nothing, the record included, and says the same.
    // Every file, the record's included, with when it was last written.
    fn modified(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, std::time::SystemTime)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                modified(&entry.path(), out);
            } else {
                out.push((entry.path(), meta.modified().unwrap()));
            }
        }
    }
    let modified = |t: &Test| {
        let mut all = Vec::new();
        modified(t.path(), &mut all);
        all.sort();
        assert!(all.iter().any(|(p, _)| p.to_string_lossy().contains(".followup/")), "the record is compared");
        all
    };
    let before = modified(&t);
    let again = t.run(&["build"]);
    assert_eq!(modified(&t), before, "a rebuild with nothing changed wrote a file");
    assert_eq!(again.stderr, run.stderr);
    // Still not after a note changes, and still reported; written again once the user moves it.
    t.write("acme/final.md", NOTE.replace("rollout plan", "migration plan"));
    let run = t.run(&["build"]);
    assert_eq!(t.read("DASHBOARD.md"), "my own dashboard\n");
    assert!(run.stderr.contains("DASHBOARD.md:1:1: warning"), "{}", run.stderr);
    std::fs::remove_file(t.path().join("DASHBOARD.md")).unwrap();
    t.run(&["build"]);
    assert!(t.read("DASHBOARD.md").starts_with("<!-- followup dashboard "));
    assert_eq!(t.read("dashboard.html"), "<p>mine</p>\n");
}

// Issue 11, defect 4: the dashboard followup wrote is followup's, edited or not.
#[test]
fn a_dashboard_followup_wrote_is_rewritten_as_needed() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let edited = t.read("DASHBOARD.md").replace("Acme", "ACME");
    t.write("DASHBOARD.md", &edited);
    t.run(&["build"]);
    assert!(t.read("DASHBOARD.md").contains("Acme"));
}
