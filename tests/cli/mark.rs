//! `followup mark`: the one change followup makes to a note, when asked, as a person would.

use crate::support::{TODAY, Test, run};

fn mark(t: &Test, args: &[&str]) -> crate::support::Run {
    let mut all = vec!["mark"];
    all.extend(args);
    all.extend(["--dir", t.path().to_str().unwrap(), "--today", TODAY]);
    run(&all)
}

fn kinds(t: &Test, company: &str) -> Vec<String> {
    let status = t.run(&["status", "--json"]);
    let tasks: Vec<serde_json::Value> = serde_json::from_str(&status.stdout).unwrap();
    tasks.iter().filter(|t| t["company"] == company).map(|t| t["kind"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn marking_a_company_sets_its_latest_note_and_the_task_goes() {
    let t = Test::copy_of("content");
    let note = "globex/2026-10-14-final.md";
    let before = t.read(note);
    assert!(kinds(&t, "Globex").contains(&"thank-you".to_owned()));
    let out = mark(&t, &["globex", "--thanked", "2026-10-15"]);
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "globex/2026-10-14-final.md: thanked: 2026-10-15\n"),
        "{}",
        out.stderr
    );
    // One line added at the end of the front matter; every other byte as it was.
    let after = t.read(note);
    let end = before.match_indices("\n---\n").next().unwrap().0 + 1;
    assert_eq!(after, format!("{}thanked: 2026-10-15\n{}", &before[..end], &before[end..]));
    assert!(!kinds(&t, "Globex").contains(&"thank-you".to_owned()));
    // Again: nothing to change, nothing written.
    let again = mark(&t, &["globex", "--thanked", "2026-10-15"]);
    assert_eq!(again.stdout, "globex/2026-10-14-final.md: already says so, unchanged\n");
    // Today by default, and a status as the note's own line, replaced in place.
    let out = mark(&t, &[&t.path().join(note).to_string_lossy(), "--checked-in", "--status", "Advanced"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let marked = t.read(note);
    assert!(marked.contains(&format!("checked_in: {TODAY}\n")), "{marked}");
    assert!(marked.contains("\nstatus: advanced\n") && !marked.contains("awaiting-feedback"), "{marked}");
    assert_eq!(kinds(&t, "Globex"), Vec::<String>::new(), "nothing left to do for Globex");
}

#[test]
fn crlf_a_byte_order_mark_comments_and_synonyms_stay_as_written() {
    let t = Test::new();
    let note = "\u{feff}---\r\nCompany: Acme   # renamed in 2025\r\nDate: 2026-10-20\r\nThank_You_Sent: false  # soon\r\nInterviewers:\r\n  - Ana Souza, CTO\r\n---\r\n\r\n## Highlights\r\n- Ana liked my rollout plan.\r\n";
    t.write("acme/final.md", note);
    let out = mark(&t, &["acme", "--thanked", "2026-10-21", "--status", "awaiting feedback"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        t.read("acme/final.md"),
        note.replace("Thank_You_Sent: false  # soon", "Thank_You_Sent: 2026-10-21 # soon")
            .replace("  - Ana Souza, CTO\r\n---", "  - Ana Souza, CTO\r\nStatus: awaiting-feedback\r\n---")
    );
}

#[test]
fn toml_notes_and_notes_without_front_matter_are_marked_too() {
    let t = Test::new();
    let zola = "+++\ntitle = \"Globex final\"\n\n[extra]\ncompany = \"Globex\"\ndate = 2026-10-14\ninterviewers = [\"Hannah Lee, Engineering Manager\"]\n+++\n\n## Highlights\n- Hannah liked my migration plan.\n";
    t.write("globex/final.md", zola);
    let bare = "# Initech phone screen\n\nCompany: Initech\nDate: 2026-10-02\nInterviewers: Dana Whitfield (Engineering Manager)\n\n## Highlights\n- Dana liked my answer on caching.\n";
    t.write("initech/screen.md", bare);
    for (target, flag) in [("globex", "--thanked"), ("initech", "--thanked")] {
        let out = mark(&t, &[target, flag, "2026-10-15"]);
        assert_eq!(out.code, 0, "{target}: {}", out.stderr);
    }
    assert_eq!(
        t.read("globex/final.md"),
        zola.replace("Engineering Manager\"]\n", "Engineering Manager\"]\nthanked = 2026-10-15\n")
    );
    assert_eq!(t.read("initech/screen.md"), format!("---\nthanked: 2026-10-15\n---\n{bare}"));
    // Both still read as they did, now thanked.
    let inspect = t.run(&["inspect", "--json"]);
    let notes: Vec<serde_json::Value> = serde_json::from_str(&inspect.stdout).unwrap();
    for note in &notes {
        assert!(note["company"].is_string() && !note["people"].as_array().unwrap().is_empty(), "{note}");
    }
    for company in ["Globex", "Initech"] {
        assert!(!kinds(&t, company).contains(&"thank-you".to_owned()), "{company}");
    }
}

#[test]
fn a_broken_note_or_a_wrong_value_is_refused_and_nothing_is_written() {
    let t = Test::new();
    let broken = "---\ncompany: [Acme\ndate: 2026-10-20\n---\n";
    t.write("acme/final.md", broken);
    let out = mark(&t, &[&t.path().join("acme/final.md").to_string_lossy(), "--thanked"]);
    assert_eq!(out.code, 2);
    // Without a followup.toml, a note's own folder is its notes folder.
    assert!(out.stderr.contains("cannot mark final.md: final.md:3:5: error: invalid YAML"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert_eq!(t.read("acme/final.md"), broken);

    t.write("globex/final.md", "---\ncompany: Globex\ndate: 2026-10-14\n---\n");
    for (args, said) in [
        (
            &["globex", "--status", "maybe"][..],
            "`maybe` is not a status followup knows: scheduled, completed, awaiting-feedback",
        ),
        (&["globex", "--thanked", "next week"], "`next week` is not a date"),
        (&["globex"], "say what to mark: --thanked, --checked-in or --status"),
        (
            &["hooli", "--thanked"],
            "no note is a file `hooli` or about a company `hooli`; the companies in your notes: Globex",
        ),
    ] {
        let out = mark(&t, args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(said), "{args:?}: {}", out.stderr);
    }
    assert_eq!(t.read("globex/final.md"), "---\ncompany: Globex\ndate: 2026-10-14\n---\n");
}

#[test]
fn an_edit_that_would_change_how_the_note_reads_is_refused() {
    // The status given twice, once at the top and once under Hugo's `params`: followup reads
    // `params` as if at the top, so a new top-level line could not say what was asked alone.
    let t = Test::new();
    let note = "---\ncompany: Acme\ndate: 2026-10-20\nparams:\n  thanked: false\n---\n";
    t.write("acme/final.md", note);
    let out = mark(&t, &["acme", "--thanked", "2026-10-21"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("followup could not set it without changing how the rest of the note reads (set it by hand); nothing was written"),
        "{}",
        out.stderr
    );
    assert_eq!(t.read("acme/final.md"), note);
}
