//! Hostile notes (issue 11): every hostile value is reported where it stands, never reaches a
//! mail header, and leaves the other notes to build.

use crate::support::Test;

// Issue 11, defect 1: an `email:` that is not one address (a header injection, a `javascript:`
// URL, a list) is a warning at the value, and that person gets no email.
#[test]
fn invalid_email_addresses_are_reported_at_the_value_and_not_used() {
    let t = Test::copy_of("tests/fixtures/hostile");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "warnings only: every note builds\n{}", run.stderr);
    let expected = [
        "email-injection.md:6:12: warning: `ann@acme.example\\r\\nBcc: attacker@evil.example` is not one email address",
        "email-injection.md:9:12: warning: `javascript:alert(7)` is not one email address",
        "email-injection.md:12:12: warning: `cy@acme.example, dee@acme.example` is not one email address",
        "email-injection.md:17:19: warning: `eve..fox@acme.example` is not one email address",
        "email-injection.md:26:19: warning: `gus@acme.example;bcc@evil.example` is not one email address",
        "help: write a single address such as `ana@acme.example`; until then this person gets a letter or a card",
    ];
    for line in expected {
        assert!(run.stderr.contains(line), "missing `{line}` in:\n{}", run.stderr);
    }
    assert_eq!(run.stderr.matches("is not one email address").count(), 5, "{}", run.stderr);
    let draft = t.read("email-injection.followup.md");
    for hostile in ["evil.example", "javascript:", "dee@acme.example", "eve..fox"] {
        assert!(!draft.contains(hostile), "`{hostile}` reached the draft:\n{draft}");
    }
    assert!(draft.contains("di.evans+jobs@mail.acme-corp.example"), "an ordinary address is kept:\n{draft}");
    // The Problems list quotes the values; no link goes to them.
    for output in ["email-injection.followup.md", "DASHBOARD.md", "dashboard.html"] {
        let text = t.read(output);
        for link in ["](javascript:", "href=\"javascript:", "mailto:javascript:"] {
            assert!(!text.contains(link), "{output}:\n{text}");
        }
        let links = text.split("mailto:").skip(1).map(|l| l.split(['?', '"', ')', ' ']).next().unwrap_or(l));
        for address in links.filter(|a| a.contains("acme")) {
            assert_eq!(address, "di.evans%2Bjobs@mail.acme-corp.example", "{output}");
        }
    }
    for good in ["good", "display-name", "long-subject"] {
        assert!(t.read(&format!("{good}.followup.md")).contains("Dear "), "{good} is built");
    }
    let out_dir = t.path().join("outbox");
    let eml = t.run(&["export", "eml", "-o", out_dir.to_str().unwrap()]);
    assert_eq!(eml.code, 0, "{}", eml.stderr);
    let files: Vec<&str> = eml.stdout.lines().filter(|f| f.contains("email-injection.")).collect();
    assert_eq!(files.len(), 2, "only Di Evans gets an email, and the check-in goes to her: {files:?}");
    assert!(files.iter().all(|f| f.ends_with("di-evans.eml") || f.ends_with("check-in.eml")), "{files:?}");
}
