//! The draft linter: builds `content/` and every folder of `tests/fixtures/`, and reads every
//! message of every draft as a hiring manager would, sentence by sentence (the checks are in
//! `lint/checks.rs`). Every finding is printed with the draft's path, the message's heading and
//! the sentence. The findings not yet fixed are listed in `lint/known.txt`; the test fails on a
//! finding not in that list, and on an entry of the list that no longer occurs, so the list can
//! only shrink.

#[path = "lint/checks.rs"]
mod checks;

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{Test, repo};
use checks::{Finding, Message};

/// The folders built: `content/` and every folder of `tests/fixtures/`, found by listing it.
fn folders() -> Vec<String> {
    let mut out = vec!["content".to_owned()];
    let mut fixtures: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| format!("tests/fixtures/{}", e.file_name().to_string_lossy()))
        .collect();
    fixtures.sort();
    out.extend(fixtures);
    out
}

/// Each note's people, by the note's path: (name, is a helper). A recruiter or coordinator in a
/// note that names no interviewer ran the interview (a phone screen), and is thanked in full.
fn people(t: &Test) -> BTreeMap<String, Vec<(String, bool)>> {
    let run = t.run(&["inspect", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stderr));
    let mut out = BTreeMap::new();
    for note in json.as_array().unwrap() {
        let Some(people) = note["people"].as_array() else { continue };
        let interviewed = people.iter().any(|p| p["kind"].as_str() == Some("interviewer"));
        let ran = |p: &serde_json::Value| matches!(p["role"].as_str(), Some("recruiter" | "coordinator"));
        let people = people
            .iter()
            .map(|p| {
                let helper = p["kind"].as_str() == Some("helper") && (interviewed || !ran(p));
                (p["name"].as_str().unwrap().to_owned(), helper)
            })
            .collect();
        out.insert(note["path"].as_str().unwrap().to_owned(), people);
    }
    out
}

fn drafts(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            drafts(&path, out);
        } else if path.to_string_lossy().ends_with(".followup.md") {
            out.push(path);
        }
    }
}

/// Every finding of every draft of `folder`, as `path · heading · check · sentence` lines.
fn lint_folder(folder: &str) -> Vec<String> {
    let t = Test::copy_of(folder);
    let run = t.run(&["build"]);
    assert!(run.code == 0 || run.code == 1, "{folder}: {}", run.stderr);
    let people = people(&t);
    let mut paths = Vec::new();
    drafts(t.path(), &mut paths);
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let rel = path.strip_prefix(t.path()).unwrap().to_string_lossy().replace('\\', "/");
        // (A plain-text, org-mode or LaTeX note's draft keeps its extension: `notes.txt.followup.md`.)
        let stem = rel.strip_suffix(".followup.md").unwrap_or(&rel);
        let kept = [".txt", ".org", ".tex"].iter().any(|ext| stem.ends_with(ext));
        let note = if kept { stem.to_owned() } else { format!("{stem}.md") };
        let kinds = people.get(&note).cloned().unwrap_or_default();
        let names: Vec<String> = kinds.iter().map(|(n, _)| n.clone()).collect();
        let draft = std::fs::read_to_string(&path).unwrap();
        let messages: Vec<Message> = checks::messages(&draft, &kinds);
        assert!(!messages.is_empty(), "{folder}/{rel}: no message found");
        for Finding { check, heading, sentence } in checks::lint(&messages, &names) {
            out.push(format!("{folder}/{rel} · {heading} · {check} · {sentence}"));
        }
    }
    out
}

#[test]
fn every_message_of_every_draft_reads_as_a_careful_person_would_write_it() {
    let findings: Vec<String> = folders().iter().flat_map(|f| lint_folder(f)).collect();
    let known_path = repo().join("tests/cli/lint/known.txt");
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: Vec<&str> = known_text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    for f in &findings {
        println!("{f}");
    }
    let new: Vec<&String> = findings.iter().filter(|f| !known.contains(&f.as_str())).collect();
    let gone: Vec<&&str> = known.iter().filter(|k| !findings.iter().any(|f| f == **k)).collect();
    if std::env::var_os("LINT_UPDATE").is_some() {
        let mut text = String::from(
            "# Findings of the draft linter not fixed yet (tests/cli/lint.rs): this list may only shrink.\n",
        );
        for f in &findings {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(&known_path, text).unwrap();
        return;
    }
    assert!(
        new.is_empty(),
        "{} new finding(s):\n{}",
        new.len(),
        new.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    assert!(
        gone.is_empty(),
        "{} finding(s) fixed: remove them from tests/cli/lint/known.txt:\n{}",
        gone.len(),
        gone.iter().map(|s| **s).collect::<Vec<_>>().join("\n")
    );
}

fn message(channel: &str, helper: bool, paragraphs: &[&str]) -> Message {
    Message {
        heading: "Dana Lee, CTO · letter".to_owned(),
        reader: Some("Dana Lee".to_owned()),
        channel: channel.to_owned(),
        helper,
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
    }
}

#[test]
fn the_linter_finds_each_failure_the_issue_names() {
    let names = vec!["Dana Lee".to_owned(), "Omar Haddad".to_owned()];
    let check = |sentence: &str| {
        let found = checks::lint(&[message("letter", false, &[sentence])], &names);
        found.first().map(|f| f.check)
    };
    let leak = "I don't think I explained i forgot to mention the migration tool as clearly as I would have liked.";
    assert_eq!(check(leak), Some("note line leaking"));
    assert_eq!(check("I also wanted to come back to I said we used Redis."), Some("note line leaking"));
    assert_eq!(check("dev and I paired well."), Some("starts in lowercase"));
    assert_eq!(
        check("I was especially glad that the demo: you liked the live walkthrough."),
        Some("label inside a sentence")
    );
    assert_eq!(check("I enjoyed meeting you as a SDET."), Some("wrong a/an"));
    assert_eq!(check("I enjoyed meeting an user."), Some("wrong a/an"));
    assert_eq!(check("It was a ML question."), Some("wrong a/an"));
    assert_eq!(check("I enjoyed the the discussion."), Some("doubled word"));
    assert_eq!(check("You said it was the best answer she'd heard."), Some("third person for the reader"));
    assert_eq!(check("Thank you, {{ name }}."), Some("template syntax"));
    for fine in [
        "I enjoyed talking with an SDET, an ML engineer, an SRE, a user and a one-off guest.",
        "Omar said she would call.",
        "I also had a question I didn't get to ask: how do you test it?",
        "Thank you for meeting with me on Tuesday, October 20, at 10:30 with Dr. Raman.",
    ] {
        assert_eq!(check(fine), None, "{fine}");
    }
    let shared = [
        message("letter", false, &["Thank you for your time."]),
        Message {
            heading: "Omar Haddad · letter".to_owned(),
            ..message("letter", false, &["Thank you for your time."])
        },
    ];
    assert!(checks::lint(&shared, &names).iter().any(|f| f.check == "shared with another message"));
    let short = "Thank you for your help.";
    assert!(checks::lint(&[message("card", true, &[short])], &names).iter().any(|f| f.check == "length"));
    let long = "word ".repeat(360);
    assert!(checks::lint(&[message("letter", false, &[&long])], &names).iter().any(|f| f.check == "length"));
    let email = "word ".repeat(60);
    assert!(checks::lint(&[message("email", false, &[&email])], &names).iter().any(|f| f.check == "length"));
}
