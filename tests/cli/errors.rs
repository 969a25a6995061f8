//! Bad input: every broken note is reported with its location, and every other note is built.

use crate::support::{Test, run};

#[test]
fn every_bad_note_is_reported_and_the_good_one_is_built() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    // A huge file is made here rather than committed.
    t.write("huge.md", format!("---\ncompany: Acme\n---\n{}", "x".repeat(1_100_000)));
    let run = t.run(&["build"]);
    assert_eq!(run.code, 1, "errors in some notes mean exit 1\n{}", run.stderr);
    let expected = [
        "bad-date.md:3:7: error: `date` is not a date: `next tuesday`",
        "colon.md:3:13: error: invalid YAML in front matter: mapping values are not allowed in this context",
        "help: quote the value: `stage: \"Final: offer received\"`",
        "empty.md:1:1: warning: file is empty",
        "huge.md:1:1: error: file is too large (1074 KiB); notes over 1024 KiB are skipped",
        "latin1.md:4:4: error: file is not valid UTF-8 text",
        "list.md:2:1: error: front matter must be a mapping of keys to values, found a list",
        "malformed.md:4:6: error: invalid YAML in front matter",
        "nameless.md:5:5: error: a person in `interviewers` has no `name`",
        "unclosed.md:1:1: error: front matter is never closed",
    ];
    for line in expected {
        assert!(run.stderr.contains(line), "missing `{line}` in:\n{}", run.stderr);
    }
    assert!(t.read("good.followup.md").contains("Dear Ana,"));
    for broken in ["bad-date", "colon", "list", "malformed", "nameless", "unclosed", "latin1", "huge"] {
        assert!(!t.exists(&format!("{broken}.followup.md")), "{broken} got a draft");
    }
    let dashboard = t.read("DASHBOARD.md");
    assert!(dashboard.contains("- `unclosed.md:1` error: front matter is never closed"), "{dashboard}");
}

#[test]
fn check_prints_path_line_column_and_exits_one_on_errors() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    let run = t.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("unclosed.md:1:1: error: front matter is never closed\n  help: end the front matter with a line that holds only `---`"), "{}", run.stdout);
    assert!(!t.exists("DASHBOARD.md"), "check writes nothing");
}

#[test]
fn a_broken_note_keeps_its_last_draft() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    t.run(&["build"]);
    let draft = t.read("good.followup.md");
    t.write("good.md", "---\ncompany: [Acme\n---\n");
    t.run(&["build"]);
    assert_eq!(t.read("good.followup.md"), draft);
}

#[test]
fn unknown_config_keys_are_named_with_the_valid_ones() {
    let t = Test::new();
    t.write("followup.toml", "thank_you_days = 1\nfollowup_days = 14\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("followup.toml:2:1: error: unknown field `followup_days`"), "{}", run.stderr);
    assert!(run.stderr.contains("follow_up_days"), "{}", run.stderr);
}

// Issue 11: the sender's address goes into every `From:`; a list or a line break there is fatal.
#[test]
fn a_sender_email_that_is_not_one_address_is_fatal() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam\"\nemail = \"sam@x.example, y@evil.example\"\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 2);
    let expected =
        "followup.toml:3:9: error: `[sender] email` is not one email address: `sam@x.example, y@evil.example`";
    assert!(run.stderr.contains(expected), "{}", run.stderr);
}

#[test]
fn a_missing_folder_is_fatal() {
    let run = run(&["build", "/no/such/folder"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a folder"), "{}", run.stderr);
}

#[test]
fn a_bad_today_is_fatal() {
    let t = Test::new();
    let run = run(&["build", t.path().to_str().unwrap(), "--today", "tomorrow"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`--today tomorrow` is not a date"), "{}", run.stderr);
}
