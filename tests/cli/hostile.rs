//! Hostile notes (issue 11): every hostile value is reported where it stands, never reaches a
//! mail header, and leaves the other notes to build.

use std::process::Command;

use crate::support::Test;

/// The headers every `.eml` carries, in order: nothing a note says may add one.
const HEADERS: [&str; 8] =
    ["From", "To", "Subject", "Date", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent"];

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

// Issue 11, defect 5 and "encoded words in the Subject run past 75 characters": a display name
// with `<`, `,` or `"` is quoted or encoded, so `To:` names one mailbox, and no header of any
// `.eml` spans more than one field.
#[test]
fn every_eml_header_is_one_field_and_to_is_one_mailbox() {
    let t = Test::copy_of("tests/fixtures/hostile");
    let out_dir = t.path().join("outbox");
    let run = t.run(&["export", "eml", "-o", out_dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files: Vec<&str> = run.stdout.lines().collect();
    assert!(files.len() >= 6, "{files:?}");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let (head, _) = text.split_once("\r\n\r\n").expect("a blank line ends the headers");
        let mut names = Vec::new();
        for line in head.split("\r\n") {
            assert!(!line.contains(['\r', '\n']), "a bare CR or LF in {file}: {line:?}");
            assert!(line.len() <= 78, "a header line over 78 characters in {file}: {line}");
            if !line.starts_with(' ') {
                names.push(line.split_once(':').expect("a header name").0);
            }
        }
        assert_eq!(names, HEADERS, "{file}");
        for word in head.split_whitespace().filter(|w| w.starts_with("=?")) {
            assert!(word.len() <= 75, "an encoded word over 75 characters in {file}: {word}");
        }
    }
    let expected = [
        ("display-name.ann-attacker-evil-example-lee.eml", "Ann <attacker@evil.example>, Lee", "ann@globex.example"),
        ("display-name.zoe-z-ng-jr.eml", "Zoë \"Z\" Ng; Jr", "zoe@globex.example"),
        ("good.ana-souza.eml", "Ana Souza", "ana.souza@initech.example"),
        ("long-subject.lea-cote.eml", "Léa Côté", "lea.cote@sgeefer.example"),
    ];
    for (file, name, address) in expected {
        let v = read_back(&out_dir.join(file));
        assert_eq!(v["to"], serde_json::json!([[name, address]]), "{file}");
        assert_eq!(v["from"], serde_json::json!([["Rivera, Sam", "sam@samrivera.example"]]), "{file}");
    }
    let v = read_back(&out_dir.join("long-subject.check-in.eml"));
    let subject = "Following up on the Ingénieure principale en fiabilité des systèmes distribués à très grande \
                   échelle role at Société Générale d’Études Économiques et Financières Européennes Réunies";
    assert_eq!(v["subject"], subject);
}

/// `From`, `To` (as name and address pairs) and `Subject` as Python's `email` module reads them.
fn read_back(path: &std::path::Path) -> serde_json::Value {
    let script = r#"
import email, email.policy, json, sys
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
pairs = lambda h: [[a.display_name, a.addr_spec] for a in msg[h].addresses]
print(json.dumps({'from': pairs('From'), 'to': pairs('To'), 'subject': str(msg['Subject'])}))
"#;
    let py = Command::new("python3").args(["-c", script]).arg(path).output().expect("python3 is on the machine");
    assert!(py.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&py.stderr));
    serde_json::from_slice(&py.stdout).unwrap()
}

// Issue 11, defect 6: Markdown and HTML typed into a note's fields are text on the dashboard:
// no remote image, no live link, no tag; the page itself forbids loading anything remote.
#[test]
fn markdown_and_html_in_fields_are_text_on_the_dashboard() {
    let t = Test::copy_of("tests/fixtures/hostile");
    let run = t.run(&["build"]);
    assert!(run.code <= 1, "{}", run.stderr);
    let html = t.read("dashboard.html");
    for live in ["<img", "href=\"https://", "href=\"http://", "<b>", "<i>", "<script", "<em>", "<strong>"] {
        assert!(!html.contains(live), "`{live}` in dashboard.html:\n{html}");
    }
    // Each value is shown as the characters typed.
    for shown in [
        "Acme [x](https://evil.example/x) &lt;b&gt;Labs&lt;/b&gt;",
        "Ann ![t](https://tracker.example/t.png) Lee",
        "CTO ![t](https://tracker.example/t.png)",
        "Bo &lt;i&gt;Chen&lt;/i&gt; www.tracker.example",
        "VP `code` https://tracker.example/v &amp;amp; _em_",
        "**Staff** engineer &lt;img src=https://tracker.example/p.png&gt;",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ] {
        assert!(html.contains(shown), "`{shown}` not shown as text in dashboard.html:\n{html}");
    }
    assert!(html.contains("content=\"default-src 'none';"), "the page loads nothing remote:\n{html}");
    // DASHBOARD.md, read on GitHub or in an editor's preview, is the same text.
    let md = t.read("DASHBOARD.md");
    let rendered = comrak_like(&md);
    for live in ["![t](", "](https://evil", "<b>", "<script>", "<img"] {
        assert!(!rendered.contains(live), "`{live}` is live in DASHBOARD.md:\n{md}");
    }
    let draft = t.read("markdown-in-fields.followup.md");
    assert!(draft.contains("## Ann !\\[t\\](https\\://tracker.example/t.png) Lee, CTO"), "{draft}");
}

/// DASHBOARD.md with its escaped characters taken out: what is left is what a Markdown reader
/// would act on.
fn comrak_like(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}
