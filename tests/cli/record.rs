//! The build record in `.followup/`: it saves work, and is never trusted over the notes.

use crate::support::{TODAY, Test, copy_dir, run, snapshot_tree};

fn two_notes() -> Test {
    let t = Test::new();
    t.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers: [Ana Souza, CTO]\n---\n## Highlights\n- Ana liked my rollout plan.\n");
    t.write("globex/screen.md", "---\ncompany: Globex\ndate: 2026-10-21\ninterviewers: [Ben Okafor, Recruiter]\n---\n");
    t
}

#[test]
fn a_changed_note_is_read_again_and_only_its_draft_changes() {
    let t = two_notes();
    t.run(&["build"]);
    let globex = t.read("globex/screen.followup.md");
    // Same size, new words: only the modification time tells, and it must be enough.
    t.write("acme/final.md", t.read("acme/final.md").replace("rollout plan", "release plan"));
    let run = t.run(&["build"]);
    assert!(run.stdout.contains("1 drafts written, 1 unchanged"), "{}", run.stdout);
    assert!(t.read("acme/final.followup.md").contains("you liked my release plan"));
    assert_eq!(t.read("globex/screen.followup.md"), globex);
}

#[test]
fn a_broken_or_missing_record_changes_nothing_but_speed() {
    let t = two_notes();
    t.run(&["build"]);
    let before = snapshot_tree(t.path());
    for file in ["manifest.bin", "notes.json", "warnings.json", "notes.delta.jsonl", "parts.bin", "parts.delta.bin"] {
        t.write(&format!(".followup/{file}"), "{ not json");
    }
    t.run(&["build"]);
    assert_eq!(snapshot_tree(t.path()), before);
    std::fs::remove_dir_all(t.path().join(".followup")).unwrap();
    let run = t.run(&["build"]);
    assert!(run.stdout.contains("0 drafts written, 2 unchanged"), "{}", run.stdout);
    assert_eq!(snapshot_tree(t.path()), before);
}

/// Every file of a folder with its bytes.
type Files = Vec<(String, Vec<u8>)>;

/// A copy of the notes folder without the record, built cold: its files, and the report of a
/// rebuild of it.
fn cold_build_of(t: &Test) -> (Files, (String, String)) {
    let cold = Test::new();
    copy_dir(t.path(), cold.path());
    std::fs::remove_dir_all(cold.path().join(".followup")).unwrap();
    cold.run(&["build"]);
    let again = cold.run(&["build"]).in_any_folder(cold.path());
    (snapshot_tree(cold.path()), (again.stdout, again.stderr))
}

fn replace(t: &Test, rel: &str, from: &str, to: &str) {
    let text = t.read(rel);
    assert!(text.contains(from), "{rel} holds {from:?}");
    t.write(rel, text.replace(from, to));
}

/// A change to the notes, whether a build reads only the changed notes after it, and the change.
type Step = (&'static str, bool, Box<dyn Fn(&Test)>);

/// Makes each change of `steps` in turn, builds, and checks that the build read only the changed
/// notes when it should, and left the folder and said what a cold build does.
fn each_step_builds_as_a_cold_build_does(t: &Test, steps: Vec<Step>) {
    for (step, few, change) in steps {
        change(t);
        let run = t.run_traced(&["build"]);
        assert_eq!(run.stderr.contains("trace: few notes changed"), few, "{step}: {}", run.stderr);
        let (files, report) = cold_build_of(t);
        assert_eq!(snapshot_tree(t.path()), files, "{step}");
        let again = t.run(&["build"]).in_any_folder(t.path());
        assert_eq!((again.stdout, again.stderr), report, "{step}");
    }
}

#[test]
fn builds_that_read_only_the_changed_notes_end_where_a_cold_build_does() {
    let t = two_notes();
    t.write(
        "initech/onsite.md",
        "---\ncompany: Initech\ndate: 2026-10-26\ninterviewers:\n  - name: Cara Diaz\n    email: cara@initech.example\n    emailed: true\n---\n## Highlights\n- Cara liked my test plan.\n",
    );
    t.run(&["build"]);
    let steps: Vec<Step> = vec![
        // Each change below is read on its own, the dashboard put together from the rows the
        // record kept, unless a note is gone.
        ("highlight of a letter", true, Box::new(|t| replace(t, "acme/final.md", "rollout plan", "release plan"))),
        // An email due today is linked from the dashboard with its body.
        ("highlight of an email", true, Box::new(|t| replace(t, "initech/onsite.md", "test plan", "load-test plan"))),
        (
            "deleted draft",
            true,
            Box::new(|t| std::fs::remove_file(t.path().join("globex/screen.followup.md")).unwrap()),
        ),
        (
            "new file that is no note",
            true,
            Box::new(|t| {
                t.write("README.md", "# My search\n\nNotes, one per interview.\n");
            }),
        ),
        ("edited draft", true, Box::new(|t| replace(t, "acme/final.followup.md", "Dear Ana,", "Hi Ana,"))),
        (
            "note of an edited draft",
            true,
            Box::new(|t| replace(t, "acme/final.md", "release plan", "staged release plan")),
        ),
        ("new company", true, Box::new(|t| replace(t, "globex/screen.md", "Globex", "Globex Corporation"))),
        (
            "note broken",
            true,
            Box::new(|t| replace(t, "globex/screen.md", "company: Globex Corporation", "company: [Globex")),
        ),
        (
            "note fixed",
            true,
            Box::new(|t| replace(t, "globex/screen.md", "company: [Globex", "company: Globex Corporation")),
        ),
        (
            "new interview",
            true,
            Box::new(|t| {
                t.write(
                    "hooli/tech.md",
                    "---\ncompany: Hooli\ndate: 2026-10-23\ninterviewers: [Gavin Belson (CEO)]\n---\n",
                );
            }),
        ),
        // What a note says changes: the record's warnings follow.
        (
            "new warning",
            true,
            Box::new(|t| {
                replace(
                    t,
                    "hooli/tech.md",
                    "[Gavin Belson (CEO)]",
                    "\n  - name: Gavin Belson\n    email: gavin@hooli.example",
                );
            }),
        ),
        ("warning gone", true, Box::new(|t| replace(t, "hooli/tech.md", "    email: gavin@hooli.example\n", ""))),
        ("note gone", false, Box::new(|t| std::fs::remove_file(t.path().join("initech/onsite.md")).unwrap())),
        (
            "note of an edited draft gone",
            false,
            Box::new(|t| std::fs::remove_file(t.path().join("acme/final.md")).unwrap()),
        ),
        // The kept draft is as the record left it: a change elsewhere is still read on its own.
        (
            "new file beside a kept draft",
            true,
            Box::new(|t| {
                t.write("todo.md", "# To do\n\n- Update the CV.\n");
            }),
        ),
    ];
    each_step_builds_as_a_cold_build_does(&t, steps);
    assert!(t.read("acme/final.followup.md").contains("Hi Ana,"), "the edited draft is never removed");
    let again = t.run(&["build"]);
    assert!(again.stdout.contains("acme/final.followup.md: kept"), "{}", again.stdout);
    assert!(
        again.stderr.contains("acme/final.followup.md:1:1: warning: this draft's note is gone"),
        "{}",
        again.stderr
    );
    assert!(t.read("DASHBOARD.md").contains("`acme/final.followup.md` warning: this draft's note is gone"));
}

/// A company's two rounds: the second says neither the position nor Ana's address.
fn two_rounds() -> Test {
    let t = Test::new();
    t.write(
        "acme/2026-10-13-screen.md",
        "---\ncompany: Acme\nposition: Staff Engineer\ndate: 2026-10-13\ninterviewers:\n  - name: Ana Souza\n    title: CTO\n    email: ana@acme.example\n    emailed: true\n---\n## Highlights\n- Ana liked my rollout plan.\n",
    );
    t.write(
        "acme/2026-10-20-final.md",
        "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers: [Ana Souza, Ben Okafor]\n---\n## Highlights\n- Ben liked my test plan.\n",
    );
    t
}

// Issue 13: a later round's note takes from the earlier ones what it does not say (the
// position, an address, that you have emailed someone), and a change to an earlier one reaches
// it on the next build, as a cold build would have it.
#[test]
fn an_earlier_round_tells_the_later_one_and_its_changes_reach_it() {
    let t = two_rounds();
    t.run(&["build"]);
    let final_draft = t.read("acme/2026-10-20-final.followup.md");
    assert!(final_draft.contains("about the Staff Engineer role at Acme"), "{final_draft}");
    assert!(final_draft.contains("## Ana Souza, CTO · email"), "{final_draft}");
    assert!(final_draft.contains("**To:** Ana Souza <ana@acme.example>"), "{final_draft}");
    assert!(final_draft.contains("## Ben Okafor · letter"), "no one told of Ben: {final_draft}");
    let steps: Vec<Step> = vec![
        (
            "the earlier round's position",
            true,
            Box::new(|t| replace(t, "acme/2026-10-13-screen.md", "Staff Engineer", "Principal Engineer")),
        ),
        (
            "a round before both",
            true,
            Box::new(|t| {
                t.write(
                    "acme/2026-10-06-recruiter.md",
                    "---\ncompany: Acme\ndate: 2026-10-06\ninterviewers:\n  - name: Ben Okafor\n    title: Recruiter\n---\n",
                );
            }),
        ),
        (
            "the earlier round gone",
            false,
            Box::new(|t| std::fs::remove_file(t.path().join("acme/2026-10-13-screen.md")).unwrap()),
        ),
    ];
    each_step_builds_as_a_cold_build_does(&t, steps);
    let final_draft = t.read("acme/2026-10-20-final.followup.md");
    assert!(final_draft.contains("## Ben Okafor, Recruiter"), "{final_draft}");
    assert!(!final_draft.contains("Principal Engineer"), "the round that said it is gone: {final_draft}");
}

// Set 69: `SBAR_GlanEly_interview_10-11-26.md` beside `SBAR_GlanEly_stage2_24-11-26.md`. A day in a
// file's name that reads two ways is read the way the folder's other names write their days;
// a note kept from the last build is read again when that way changes, as a cold build would.
#[test]
fn a_day_that_reads_two_ways_is_read_as_the_folder_writes_its_days() {
    let t = Test::new();
    let panel = "# Acme panel\n\n## People\n- Ana Souza, CTO\n\n## Highlights\n- Ana liked my rollout plan.\n";
    t.write("acme/panel 09-10-26.md", panel);
    t.run(&["build"]);
    let run = t.run(&["check"]);
    assert!(
        run.stdout.contains("the day in the file's name could be September 10, 2026 or October 9, 2026"),
        "{}",
        run.stdout
    );
    let steps: Vec<Step> = vec![
        (
            "a round whose day reads one way only, the day first",
            true,
            Box::new(|t| {
                t.write("acme/screen 21-09-26.md", "# Acme screen\n\n## People\n- Ben Okafor, Recruiter\n");
            }),
        ),
        (
            "that round gone",
            false,
            Box::new(|t| std::fs::remove_file(t.path().join("acme/screen 21-09-26.md")).unwrap()),
        ),
        (
            "a round whose day reads one way only, the month first",
            true,
            Box::new(|t| {
                t.write("acme/screen 09-21-26.md", "# Acme screen\n\n## People\n- Ben Okafor, Recruiter\n");
            }),
        ),
    ];
    let drafts = std::cell::RefCell::new(Vec::new());
    for step in steps {
        each_step_builds_as_a_cold_build_does(&t, vec![step]);
        drafts.borrow_mut().push(t.read("acme/panel 09-10-26.followup.md"));
    }
    let drafts = drafts.into_inner();
    assert!(drafts[0].contains("on Friday, October 9,"), "{}", drafts[0]);
    assert!(!drafts[1].contains("October 9") && !drafts[1].contains("September 10"), "{}", drafts[1]);
    assert!(drafts[2].contains("on Thursday, September 10,"), "{}", drafts[2]);
}

#[test]
fn the_record_keeps_out_of_git() {
    let t = two_notes();
    t.run(&["build"]);
    assert_eq!(t.read(".followup/.gitignore").lines().last(), Some("*"));
}

#[test]
fn an_unchanged_rebuild_still_reports_edited_drafts_and_problems() {
    let t = two_notes();
    t.write("broken.md", "---\ncompany: [Acme\n---\n");
    t.run(&["build"]);
    let edited = t.read("acme/final.followup.md").replace("Dear Ana,", "Hi Ana,");
    t.write("acme/final.followup.md", &edited);
    let first = t.run(&["build"]);
    let second = t.run(&["build"]);
    for run in [&first, &second] {
        assert_eq!(run.code, 1, "the broken note is still an error");
        assert!(run.stdout.contains("acme/final.followup.md: kept (edited by you, not overwritten)"), "{}", run.stdout);
        assert!(run.stderr.contains("broken.md:2:10: error"), "{}", run.stderr);
    }
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(t.read("acme/final.followup.md"), edited);
    assert!(t.read("DASHBOARD.md").contains("[edited](acme/final.followup.md)"));
}

#[test]
fn a_new_day_renews_the_dashboard() {
    let t = two_notes();
    t.run(&["build"]);
    let path = t.path().to_str().unwrap();
    run(&["build", path, "--today", "2026-11-30"]);
    assert!(t.read("DASHBOARD.md").contains("As of November 30, 2026"));
    run(&["build", path, "--today", TODAY]);
    assert!(t.read("DASHBOARD.md").contains("As of October 27, 2026"));
}

#[test]
fn a_deleted_draft_is_noticed_by_an_otherwise_unchanged_rebuild() {
    let t = two_notes();
    t.run(&["build"]);
    std::fs::remove_file(t.path().join("globex/screen.followup.md")).unwrap();
    t.run(&["build"]);
    assert!(t.exists("globex/screen.followup.md"));
}

#[test]
fn check_mode_on_a_few_changed_notes_tells_what_a_full_check_tells_and_writes_nothing() {
    let t = two_notes();
    t.run(&["build"]);
    // One change that only the draft shows, one that the dashboard shows too.
    t.write("acme/final.md", t.read("acme/final.md").replace("rollout plan", "release plan"));
    t.write("globex/screen.md", t.read("globex/screen.md").replace("Globex", "Globex Corporation"));
    let before = snapshot_tree(t.path());
    let record = std::fs::read(t.path().join(".followup/manifest.bin")).unwrap();
    let few = t.run_traced(&["build", "--check"]).in_any_folder(t.path());
    assert!(few.stderr.contains("trace: few notes changed: 2"), "{}", few.stderr);
    assert_eq!(few.code, 1, "{}", few.stdout);
    assert_eq!(snapshot_tree(t.path()), before);
    assert_eq!(std::fs::read(t.path().join(".followup/manifest.bin")).unwrap(), record);
    let full = Test::new();
    copy_dir(t.path(), full.path());
    std::fs::remove_dir_all(full.path().join(".followup")).unwrap();
    let whole = full.run(&["build", "--check"]).in_any_folder(full.path());
    assert_eq!(few.stdout, whole.stdout);
    for file in ["acme/final.followup.md", "globex/screen.followup.md", "DASHBOARD.md", "dashboard.html"] {
        assert!(few.stdout.contains(&format!("would update {file}")), "{file}: {}", few.stdout);
    }
}

#[test]
fn random_edits_built_one_by_one_end_where_cold_builds_do() {
    let t = Test::generated();
    t.run(&["build"]);
    let notes = |t: &Test| -> Vec<String> {
        snapshot_tree(t.path())
            .into_iter()
            .map(|(rel, _)| rel)
            .filter(|rel| rel.ends_with(".md") && !rel.ends_with(".followup.md") && rel != "DASHBOARD.md")
            .collect()
    };
    // A small linear congruential generator: the same edits on every run.
    let mut seed: u64 = 7;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut few = 0;
    for round in 0..12 {
        for _ in 0..=next(2) {
            let all = notes(&t);
            let rel = &all[next(all.len())];
            let text = t.read(rel);
            let edited = match next(7) {
                0 => text.replacen("## Highlights\n", &format!("## Highlights\n\n- They liked the plan {round}.\n"), 1),
                1 => text.replacen("status: ", "status: x", 1),
                2 => text.replacen("company: ", "company: New ", 1),
                3 => text.replacen("date: 20", "date: 19", 1),
                4 => "---\ncompany: [broken\n---\n".to_owned(),
                5 => {
                    let draft = rel.replace(".md", ".followup.md");
                    if t.exists(&draft) {
                        t.write(&draft, t.read(&draft).replacen("Dear", "Hi", 1));
                    }
                    text
                }
                _ => {
                    t.write(&rel.replace(".md", "-again.md"), &text);
                    text
                }
            };
            t.write(rel, edited);
        }
        let run = t.run_traced(&["build"]);
        few += usize::from(run.stderr.contains("trace: few notes changed"));
        let (files, report) = cold_build_of(&t);
        assert_eq!(snapshot_tree(t.path()), files, "round {round}");
        let again = t.run(&["build"]).in_any_folder(t.path());
        assert_eq!((again.stdout, again.stderr), report, "round {round}");
    }
    assert!(few >= 9, "most rounds read only the changed notes ({few} of 12)");
}

#[test]
fn another_build_of_followup_does_not_trust_the_record() {
    // A copy of the executable stands for a newer build of the same version: it may word letters
    // differently, so it must read every note again instead of answering from the record.
    let bin = tempfile::tempdir().unwrap();
    let exe = bin.path().join("followup");
    std::fs::copy(env!("CARGO_BIN_EXE_followup"), &exe).unwrap();
    let t = two_notes();
    let build = || {
        let mut command = std::process::Command::new(&exe);
        command.args(["build", t.path().to_str().unwrap(), "--today", TODAY]);
        command.env("FOLLOWUP_TRACE", "1").env_remove("FOLLOWUP_TODAY");
        // A child forked by another test while the copy was open for writing holds it open for
        // an instant, and running it fails with "text file busy" until then: retry, bounded.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let out = loop {
            match command.output() {
                Err(e) if e.raw_os_error() == Some(26) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                other => break other.unwrap(),
            }
        };
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    build();
    assert!(build().contains("trace: unchanged"), "the same executable trusts its record");
    let older = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&exe).unwrap().set_modified(older).unwrap();
    let rebuilt = build();
    assert!(!rebuilt.contains("trace: unchanged"), "{rebuilt}");
    assert!(rebuilt.contains("trace: notes (parallel)"), "every note is read again: {rebuilt}");
    assert!(build().contains("trace: unchanged"), "and the new record is trusted from then on");
}

// Issue 12: a note deleted, then restored, left a ghost: every later build said its edited draft's
// note was gone, and counted the draft twice, until `.followup/` was deleted.
#[test]
fn a_note_deleted_then_restored_leaves_no_ghost() {
    let t = Test::generated();
    assert_eq!(t.run(&["build"]).code, 0);
    let (note, draft) =
        ("acme-robotics/2023-07-19-phone-screen.md", "acme-robotics/2023-07-19-phone-screen.followup.md");
    t.write(draft, t.read(draft).replacen("Dear ", "Hi ", 1));
    let text = t.read(note);
    std::fs::remove_file(t.path().join(note)).unwrap();
    let gone = t.run(&["build"]);
    assert!(gone.stderr.contains("this draft's note is gone"), "{}", gone.stderr);
    t.write(note, &text);
    for _ in 0..2 {
        let back = t.run(&["build"]);
        assert!(!back.stderr.contains("note is gone"), "{}", back.stderr);
        assert!(back.stdout.contains(" 1 kept (edited)"), "one draft, counted once:\n{}", back.stdout);
        assert!(!t.read("DASHBOARD.md").contains("note is gone"));
    }
}
