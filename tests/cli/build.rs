//! `followup build`: drafts, dashboard, idempotence, edit protection, deletion.

use crate::support::{TODAY, Test, copy_dir, run_with, snapshot_tree};

const NOTE: &str = "---
company: Acme
position: Staff Engineer
date: 2026-10-20
stage: final
interviewers:
  - name: Ana Souza
    title: CTO
    email: ana@acme.example
    emailed: true
  - Ben Okafor - Staff Engineer
---

## Highlights

- Ana liked my rollout plan.
- Ben asked about my Kafka work.
";

#[test]
fn content_drafts_and_dashboard_match_their_snapshots() {
    let t = Test::copy_of("content");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (rel, bytes) in snapshot_tree(t.path()) {
        if rel.ends_with(".followup.md") || rel == "DASHBOARD.md" {
            insta::assert_snapshot!(rel.replace('/', "__"), String::from_utf8(bytes).unwrap());
        }
    }
}

#[test]
fn committed_content_outputs_are_current() {
    // The drafts and dashboard committed in content/ are what a build produces today.
    let t = Test::copy_of("content");
    let run = t.run(&["build", "--check"]);
    assert_eq!(run.code, 0, "content/ is stale; run `cargo run -- build content --today 2026-10-27`\n{}", run.stdout);
}

#[test]
fn a_second_build_writes_nothing() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    assert_eq!(t.run(&["build"]).code, 0);
    let before: Vec<_> = snapshot_tree(t.path());
    let mtime = std::fs::metadata(t.path().join("acme/final.followup.md")).unwrap().modified().unwrap();
    let run = t.run(&["build"]);
    assert!(run.stdout.contains("0 drafts written, 1 unchanged"), "{}", run.stdout);
    assert_eq!(snapshot_tree(t.path()), before);
    assert_eq!(std::fs::metadata(t.path().join("acme/final.followup.md")).unwrap().modified().unwrap(), mtime);
    assert_eq!(t.run(&["build", "--check"]).code, 0);
}

/// A copy of `content/` without the drafts and dashboards committed beside its notes: those are
/// current, so a build of a plain copy writes nothing, and a test of what builds write would
/// pass whatever they wrote.
fn content_notes_only() -> Test {
    let t = Test::copy_of("content");
    for (rel, _) in snapshot_tree(t.path()) {
        if rel.ends_with(".followup.md") || rel == "DASHBOARD.md" || rel == "dashboard.html" {
            std::fs::remove_file(t.path().join(rel)).unwrap();
        }
    }
    assert!(!t.exists("DASHBOARD.md") && !t.exists("globex/2026-10-14-final.followup.md"));
    t
}

/// Asserts that a build of `content_notes_only()` succeeded and wrote every draft and dashboard.
fn assert_wrote_everything(t: &Test, run: &crate::support::Run) {
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("5 notes read: 5 drafts written, 0 unchanged"), "{}", run.stdout);
    for rel in ["globex/2026-10-14-final.followup.md", "DASHBOARD.md", "dashboard.html"] {
        assert!(t.exists(rel), "{rel} was not written");
    }
}

#[test]
fn builds_are_byte_identical_across_folders() {
    let a = content_notes_only();
    let b = content_notes_only();
    assert_wrote_everything(&a, &a.run(&["build"]));
    assert_wrote_everything(&b, &b.run(&["build"]));
    // Compared as text (every output is UTF-8, checked) so a failure shows the lines that differ.
    let text = |t: &Test| -> Vec<(String, String)> {
        snapshot_tree(t.path()).into_iter().map(|(rel, bytes)| (rel, String::from_utf8(bytes).unwrap())).collect()
    };
    assert_eq!(text(&a), text(&b));
}

#[test]
fn check_lists_changes_and_writes_nothing() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    // The rows a check renders are spooled to a scratch file in the temporary folder, which
    // must be gone when it ends.
    let tmp = tempfile::tempdir().unwrap();
    let folder = t.path().to_str().unwrap();
    let run = run_with(&["build", "--check", folder, "--today", TODAY], &[("TMPDIR", tmp.path().to_str().unwrap())]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("would create acme/final.followup.md"), "{}", run.stdout);
    assert!(run.stdout.contains("would create DASHBOARD.md"), "{}", run.stdout);
    assert_eq!(snapshot_tree(t.path()).len(), 1, "only the note");
    assert!(!t.exists(".followup"));
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "scratch files left behind");
    // Without a temporary folder to spool to, the rows stay in memory: the same answer.
    let missing = tmp.path().join("missing");
    let again = run_with(&["build", "--check", folder, "--today", TODAY], &[("TMPDIR", missing.to_str().unwrap())]);
    assert_eq!((again.code, &again.stdout), (run.code, &run.stdout));
}

#[test]
fn each_person_gets_their_own_message_on_their_channel() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let draft = t.read("acme/final.followup.md");
    assert!(draft.contains("## Ana Souza, CTO · email"), "{draft}");
    assert!(draft.contains("**To:** Ana Souza <ana@acme.example>"), "{draft}");
    assert!(draft.contains("I was especially glad that you liked my rollout plan."), "{draft}");
    assert!(draft.contains("## Ben Okafor, Staff Engineer · letter"), "{draft}");
    assert!(draft.contains("I was especially glad that you asked about my Kafka work."), "{draft}");
    assert!(draft.contains("Would it be all right if I checked in with you on Tuesday, November 3"), "{draft}");
}

// Found by fuzzing (FUZZING.md, target `render_draft`): the letter template split a postal
// address with `address.split(", ")`, a method minijinja's strings do not have, so one person
// with an `address:` stopped the whole build (exit 2: no draft, no dashboard).
#[test]
fn a_postal_address_goes_on_the_letter_one_part_a_line() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - name: Ben Okafor\n    \
         address: 1 Main St, Springfield, IL 62701\n---\n# Acme\n\n## Highlights\n\n- Ben asked about my Kafka work\n",
    );
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let draft = t.read("acme/final.followup.md");
    assert!(draft.contains("Ben Okafor  \nAcme  \n1 Main St  \nSpringfield  \nIL 62701  \n"), "{draft}");
}

#[test]
fn an_edited_draft_is_never_overwritten() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let edited = t.read("acme/final.followup.md").replace("Dear Ana,", "Hi Ana!");
    t.write("acme/final.followup.md", &edited);
    t.write("acme/final.md", NOTE.replace("Staff Engineer\ndate", "Principal Engineer\ndate"));
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("acme/final.followup.md: kept (edited by you, not overwritten)"), "{}", run.stdout);
    assert_eq!(t.read("acme/final.followup.md"), edited);
    assert!(t.read("DASHBOARD.md").contains("[edited](acme/final.followup.md)"));
}

#[test]
fn a_deleted_draft_is_written_afresh() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let first = t.read("acme/final.followup.md");
    std::fs::remove_file(t.path().join("acme/final.followup.md")).unwrap();
    t.run(&["build"]);
    assert_eq!(t.read("acme/final.followup.md"), first);
}

#[test]
fn a_deleted_note_takes_its_unedited_draft_but_not_an_edited_one() {
    let t = Test::new();
    t.write("acme/final.md", NOTE).write("globex/final.md", NOTE.replace("Acme", "Globex"));
    t.run(&["build"]);
    let edited = t.read("globex/final.followup.md") + "\nP.S. my own words\n";
    t.write("globex/final.followup.md", &edited);
    std::fs::remove_file(t.path().join("acme/final.md")).unwrap();
    std::fs::remove_file(t.path().join("globex/final.md")).unwrap();
    let run = t.run(&["build"]);
    assert!(!t.exists("acme/final.followup.md"));
    assert_eq!(t.read("globex/final.followup.md"), edited);
    assert!(run.stderr.contains("globex/final.followup.md:1:1: warning: this draft's note is gone"), "{}", run.stderr);
}

#[test]
fn writes_leave_no_temporary_files() {
    let t = content_notes_only();
    assert_wrote_everything(&t, &t.run(&["build"]));
    // The record in .followup/ is written atomically too: look there as well.
    let mut files = snapshot_tree(t.path()).into_iter().map(|(rel, _)| rel).collect::<Vec<_>>();
    files.extend(snapshot_tree(&t.path().join(".followup")).into_iter().map(|(rel, _)| rel));
    assert!(files.iter().all(|rel| !rel.contains("followup-tmp")), "{files:?}");
}

#[test]
fn note_text_never_reaches_the_html_as_markup() {
    let t = Test::new();
    t.write(
        "evil/note.md",
        "---\ncompany: \"<script>alert(1)</script> Corp\"\ndate: 2026-10-20\ninterviewers: [\"Ana Souza, <b>CTO</b>\"]\n---\n## Highlights\n- <img src=x onerror=alert(2)> went well\n",
    );
    assert_eq!(t.run(&["build"]).code, 0);
    let html = t.read("dashboard.html");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<b>CTO"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("<table>"), "the dashboard's own tables render: {html}");
}

#[test]
fn a_note_that_names_nobody_thanks_the_hiring_team() {
    let t = Test::new();
    t.write(
        "p/onsite.md",
        "---\ncompany: Pied Piper\ndate: 2026-10-22\n---\n## Highlights\n- The whiteboard session on compression.\n",
    );
    t.run(&["build"]);
    let listed = t.check();
    let draft = t.read("p/onsite.followup.md");
    assert!(draft.contains("Dear Pied Piper team,"), "{draft}");
    assert!(draft.contains("I especially enjoyed the whiteboard session on compression."), "{draft}");
    assert!(listed.contains("p/onsite.md:1:1: warning: nobody is named"), "{}", listed);
}

#[test]
fn the_dashboard_lists_what_is_due() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    t.run(&["build"]);
    let md = t.read("DASHBOARD.md");
    assert!(md.contains("| 2026-10-21 | overdue | Send the thank-yous | Ana Souza and Ben Okafor | Acme |"), "{md}");
    // The check-in names its reader, as the draft writes it: Ana, the one emailed (issue 12).
    assert!(md.contains("| 2026-11-03 | due soon | Check in | Ana Souza | Acme |"), "{md}");
    assert!(!md.contains("### Coming up"), "nothing is further out than a week: {md}");
}

#[test]
fn a_status_that_says_they_answered_drops_the_check_in_but_not_the_thank_yous() {
    let t = Test::new();
    let early = NOTE.replace("date: 2026-10-20", "date: 2026-10-01");
    t.write("acme/final.md", early.replace("stage: final", "stage: final\nstatus: advanced"));
    t.write(
        "globex/final.md",
        early.replace("Acme", "Globex").replace("stage: final", "stage: final\nstatus: awaiting feedback"),
    );
    t.run(&["build"]);
    let listed = t.check();
    let md = t.read("DASHBOARD.md");
    assert!(md.contains("| 2026-10-02 | overdue | Send the thank-yous | Ana Souza and Ben Okafor | Acme |"), "{md}");
    assert!(md.contains("| 2026-10-15 | overdue | Check in | Ana Souza | Globex |"), "{md}");
    assert!(!md.contains("| Check in | Ana Souza | Acme |"), "{md}");
    assert!(listed.contains("globex/final.md:4:1: warning: the check-in date"), "{}", listed);
    assert!(!listed.contains("acme/final.md:4:1: warning: the check-in date"), "{}", listed);
    let advanced = t.read("acme/final.followup.md");
    assert!(!advanced.contains("## Check-in"), "{advanced}");
    assert!(!advanced.contains("checked in with you"), "{advanced}");
    assert!(advanced.contains("I'm glad to be moving on to the next step"), "{advanced}");
    let waiting = t.read("globex/final.followup.md");
    assert!(waiting.contains("## Check-in · send on Thursday, October 15"), "{waiting}");
}

#[test]
fn toml_front_matter_in_zola_style_gives_the_same_drafts_as_yaml() {
    // The corpus generator wrote the same 30 notes with YAML and with Zola's TOML (`+++`, fields
    // under `[extra]`); both are committed (tests/fixtures/generated/README.md).
    let drafts = |variant: &str| {
        let t = Test::copy_of(&format!("tests/fixtures/generated/{variant}"));
        let run = t.run(&["build"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        snapshot_tree(t.path()).into_iter().filter(|(rel, _)| rel.ends_with(".followup.md")).collect::<Vec<_>>()
    };
    let yaml = drafts("yaml-30");
    assert_eq!(yaml.len(), 30);
    assert_eq!(drafts("toml-30"), yaml);
}

#[test]
fn settings_without_a_sender_name_or_with_a_webmail_address_are_warned_about() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let run = t.run(&["build"]);
    assert!(run.stdout.contains(" warnings (`followup check "), "{}", run.stdout);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let listed = t.check();
    assert!(
        listed.contains(
            "followup.toml:1:1: warning: there is no followup.toml, so no sender name: the drafts end without a signature"
        ),
        "{listed}"
    );
    assert!(listed.contains("help: run `followup init` in your notes folder"), "{listed}");

    t.write("followup.toml", "[sender]\nemail = \"sam.rivera@gmail.com\"\n");
    let run = t.run(&["build"]);
    // Issue 12: the webmail advice is said at init and by check, not on every build.
    assert!(!(run.stdout + &run.stderr).contains("webmail"));
    let listed = t.check();
    assert!(listed.contains("help: add `[sender]` with `name = \"Your Name\"` to followup.toml"), "{listed}");
    assert!(
        listed.contains("warning: your sender address `sam.rivera@gmail.com` is on a free webmail domain"),
        "{listed}"
    );
    let fresh = Test::new();
    let init = crate::support::run(&[
        "init",
        fresh.path().to_str().unwrap(),
        "--name",
        "Sam Rivera",
        "--email",
        "sam.rivera@gmail.com",
    ]);
    assert!(init.stdout.contains("\nNext: add a note with"), "name and email given: nothing to edit\n{}", init.stdout);
    assert!(init.stdout.contains("A first email from sam.rivera@gmail.com, a free webmail address"), "{}", init.stdout);
    let unnamed = Test::new();
    let init = crate::support::run(&["init", unnamed.path().to_str().unwrap()]);
    assert!(init.stdout.contains("Next: add your name and your email to followup.toml's [sender]"), "{}", init.stdout);

    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\nemail = \"sam@samrivera.dev\"\n");
    let run = t.run(&["build"]);
    assert!(!run.stderr.contains("followup.toml"), "{}", run.stderr);
    assert!(t.read("acme/final.followup.md").contains("Best regards,  \nSam Rivera\n"));

    // A signature that opens with its own closing is the messages' closing: not one over another.
    // (A signature of one's own says what it means to: no phone is added under it in an email.)
    t.write(
        "followup.toml",
        "[sender]\nphone = \"+1 415 555 0134\"\nsignature = \"\"\"\nThanks so much,\nSam Rivera\nsamrivera.dev\"\"\"\n",
    );
    t.run(&["build"]);
    let draft = t.read("acme/final.followup.md");
    assert!(!draft.contains("samrivera.dev  \n+1 415"), "{draft}");
    let closings = draft.matches("\nThanks so much,  \nSam Rivera  \nsamrivera.dev\n").count();
    assert!(closings >= 2, "every message and the check-in close so\n{draft}");
    for theirs in ["Best regards,", "Sincerely,", "Warmly,"] {
        assert!(!draft.contains(theirs), "{theirs} over the signature's own closing\n{draft}");
    }
}

#[test]
fn a_note_is_warned_about_once_for_what_it_lacks_and_not_at_all_when_the_application_ended() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\n");
    t.write("applied.md", "---\ncompany: Acme\nstatus: applied\n---\n");
    t.write(
        "rejected.md",
        "---\ncompany: Kestrel\nstatus: rejected\n---\n## Company research\n- Makes flight recorders\n",
    );
    t.write("undated.md", "---\ncompany: Globex\n---\n## Highlights\n- Good chat\n");
    let run = t.run(&["check"]);
    let warnings: Vec<&str> = run.stdout.lines().filter(|l| !l.starts_with("  help:")).collect();
    assert_eq!(
        warnings,
        [
            "applied.md:1:1: warning: nothing about an interview yet (no date, people or highlights): no draft is written",
            "undated.md:1:1: warning: no interview date: thank-you and check-in dates cannot be planned",
            "undated.md:1:1: warning: nobody is named: the draft thanks the hiring team",
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn talk_of_pay_stays_out_of_the_letters() {
    let t = Test::new();
    let note = NOTE.replace(
        "- Ben asked about my Kafka work.\n",
        "- Ben asked about my Kafka work.\n- Salary band matches my target.\n- Ana said the equity is generous.\n",
    );
    t.write("acme/final.md", note);
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("acme/final.followup.md").to_lowercase();
    assert!(draft.contains("rollout plan") && draft.contains("kafka work"), "{draft}");
    assert!(!draft.contains("salary") && !draft.contains("equity"), "{draft}");
    // The note keeps them: inspect still shows every highlight.
    let inspect = t.run(&["inspect", "--json"]).stdout;
    assert!(inspect.contains("Salary band") && inspect.contains("equity is generous"), "{inspect}");
}

/// A one-shot build copies its dashboard rows from the record's rows file it writes; without a
/// record (`.followup` is a file here) and without a temporary folder to spool to, it keeps them
/// in memory. Both make the same files, and so does a full rebuild over existing ones.
#[test]
fn the_dashboard_is_the_same_however_its_rows_are_kept() {
    let spooled = Test::generated();
    let in_memory = Test::new();
    copy_dir(spooled.path(), in_memory.path());
    assert_eq!(spooled.run(&["build"]).code, 0);
    std::fs::write(in_memory.path().join(".followup"), "not a folder").unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("missing");
    let folder = in_memory.path().to_str().unwrap();
    let run = run_with(&["build", folder, "--today", TODAY], &[("TMPDIR", missing.to_str().unwrap())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = |t: &Test| -> Vec<(String, Vec<u8>)> {
        snapshot_tree(t.path()).into_iter().filter(|(rel, _)| rel != ".followup").collect()
    };
    assert!(files(&spooled).iter().any(|(rel, _)| rel == "dashboard.html"));
    assert_eq!(files(&spooled), files(&in_memory));
    // A later day rebuilds every note's rows, compared with the dashboard already there.
    let later = spooled.path().to_str().unwrap();
    assert_eq!(run_with(&["build", later, "--today", "2026-10-28"], &[]).code, 0);
    let again = run_with(&["build", folder, "--today", "2026-10-28"], &[("TMPDIR", missing.to_str().unwrap())]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(files(&spooled), files(&in_memory));
}

#[test]
fn a_dashboard_page_can_loop_over_its_rows() {
    // The default page writes each section's rows at once (`{{ interviews }}`); a theme may loop
    // over them instead. Written one per line, they make the same page, and its HTML (then
    // rendered whole by comrak rather than joined from the rows) is the same too.
    let default = std::fs::read_to_string(crate::support::repo().join("themes/default/dashboard.md.j2")).unwrap();
    let mut looping = default.clone();
    for section in ["actions", "upcoming", "interviews", "people", "problems"] {
        // The theme's environment trims the newline after a block tag, hence the second one.
        let each =
            format!("{{% for row in {section} %}}{{{{ \"\\n\" if not loop.first }}}}{{{{ row }}}}{{% endfor %}}\n");
        looping = looping.replace(&format!("{{{{ {section} }}}}"), &each);
    }
    assert_eq!(looping.matches("{% for row in").count(), 5, "every section loops");
    let plain = content_notes_only();
    let themed = content_notes_only();
    themed.write("themes/default/dashboard.md.j2", &looping);
    assert_wrote_everything(&plain, &plain.run(&["build"]));
    assert_wrote_everything(&themed, &themed.run(&["build"]));
    for rel in ["DASHBOARD.md", "dashboard.html"] {
        assert_eq!(themed.read(rel), plain.read(rel), "{rel}");
    }
    assert!(plain.read("DASHBOARD.md").matches("| [").count() > 5, "the page has rows");
}

/// `cargo test` must pass in a fresh clone with nothing beside it (issue 10): no source or test
/// names a path outside the repository, such as the team's shared folder beside it.
#[test]
fn tests_read_nothing_outside_the_repository() {
    // Spelled in two parts so that this file does not name it itself.
    let needle = ["\"..", "/shared"].concat();
    let mut offenders = Vec::new();
    for folder in ["src", "tests"] {
        for (rel, bytes) in snapshot_tree(&crate::support::repo().join(folder)) {
            let text = String::from_utf8_lossy(&bytes);
            if rel.ends_with(".rs") && text.contains(&needle) {
                offenders.push(format!("{folder}/{rel}"));
            }
        }
    }
    assert!(offenders.is_empty(), "read outside the repository: {offenders:?}");
}

/// Issue 12: every link in the documentation resolves from a clone: a relative link names a
/// file or folder of the repository, and none leads out of it.
#[test]
fn the_documents_links_resolve_inside_the_repository() {
    let repo = crate::support::repo();
    let mut checked = 0;
    for doc in ["README.md", "ARCHITECTURE.md", "BENCHMARKS.md", "FUZZING.md"] {
        let text = std::fs::read_to_string(repo.join(doc)).unwrap();
        for (i, _) in text.match_indices("](") {
            let rest = &text[i + 2..];
            let target = &rest[..rest.find(')').unwrap()];
            if target.starts_with("https://") || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap();
            assert!(!path.starts_with("..") && !path.starts_with('/'), "{doc}: `{target}` leads out of the repository");
            assert!(repo.join(path).exists(), "{doc}: `{target}` does not exist");
            checked += 1;
        }
        // BENCHMARKS.md names the team's corpus generator, which only `bench/` runs.
        let outside = ["../", "shared"].concat();
        assert!(doc == "BENCHMARKS.md" || !text.contains(&outside), "{doc} names a folder outside the repository");
    }
    assert!(checked >= 8, "the documents link to each other and to the example ({checked} links)");
}

// Issue 12: a build in a folder with no notes and no followup.toml wrote DASHBOARD.md,
// dashboard.html and .followup/ there, and warned about a followup.toml:1:1 that did not exist.
#[test]
fn a_folder_without_notes_gets_nothing_written_and_is_told_so() {
    let t = Test::new();
    t.write("readme.txt", "not a note\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.starts_with(&format!("no notes in {}: nothing written", t.path().display())), "{}", run.stderr);
    assert!(!run.stderr.contains("followup.toml:1:1"), "{}", run.stderr);
    assert_eq!(std::fs::read_dir(t.path()).unwrap().count(), 1, "only readme.txt is there");
    // A plain-text note in a company's folder is a note: that folder is a notes folder.
    t.write("marula-heritage-trust/Fwd_ Thank you.txt", MAIL_TO_ONESELF);
    let run = t.run(&["build"]);
    assert!(run.stdout.contains("1 note read"), "{}{}", run.stdout, run.stderr);
    assert!(t.exists("marula-heritage-trust/Fwd_ Thank you.txt.followup.md"));
    // A folder whose notes were all deleted still has its record: the build clears up after them.
    let t = Test::generated();
    assert_eq!(t.run(&["build"]).code, 0);
    for entry in std::fs::read_dir(t.path()).unwrap().flatten().filter(|e| e.file_type().unwrap().is_dir()) {
        if entry.file_name() != ".followup" {
            std::fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    let after = t.run(&["build"]);
    assert_eq!(after.code, 0, "{}", after.stderr);
    assert!(after.stdout.contains("0 notes read"), "{}", after.stdout);
    assert!(!t.read("DASHBOARD.md").contains("acme-robotics"), "the dashboard no longer lists them");
}

// Issue 12: the one-line form of a person (`Ana Souza, CTO <ana@acme.example>`) could not say
// that the user had exchanged email with them; `(emailed)` or `✉` on the line says it.
#[test]
fn a_one_line_person_marked_emailed_gets_an_email() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-26\ninterviewers:\n  - Ana Souza, CTO <ana@acme.example> (emailed)\n  - Bo Chen, VP <bo@acme.example>\n---\n## Who I met\n- Cy Diaz, Engineer <cy@acme.example> ✉\n",
    );
    let run = t.run(&["build"]);
    assert!(run.code < 2, "{}", run.stderr);
    let draft = t.read("acme/final.followup.md");
    for heading in ["## Ana Souza, CTO · email", "## Bo Chen, VP · letter", "## Cy Diaz, Engineer · email"] {
        assert!(draft.contains(heading), "missing `{heading}`:\n{draft}");
    }
    assert!(!draft.contains("(emailed)") && !draft.contains('✉'), "the mark is not part of a name:\n{draft}");
}

// Issue 12: the channel for people not yet emailed was fixed (a letter to an interviewer, a card
// to a helper); `not_yet_emailed` in followup.toml sets it.
#[test]
fn not_yet_emailed_sets_the_channel_for_people_not_yet_emailed() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-26\ninterviewers:\n  - Ana Souza, CTO <ana@acme.example>\n  - Bo Chen, VP\nreferrer: Cy Diaz <cy@acme.example>\n---\n",
    );
    let headings = |t: &Test| {
        let draft = t.read("acme/final.followup.md");
        draft.lines().filter(|l| l.starts_with("## ") && !l.contains("Check-in")).map(str::to_owned).collect::<Vec<_>>()
    };
    let build = |setting: &str| {
        t.write("followup.toml", format!("{setting}\n[sender]\nname = \"Sam Rivera\"\n"));
        t.run(&["build"])
    };
    let run = build("");
    assert_eq!(
        headings(&t),
        ["## Ana Souza, CTO · letter", "## Bo Chen, VP · letter", "## Cy Diaz · card"],
        "{}",
        run.stderr
    );
    build("not_yet_emailed = \"card\"");
    assert_eq!(headings(&t), ["## Ana Souza, CTO · card", "## Bo Chen, VP · card", "## Cy Diaz · card"]);
    let run = build("not_yet_emailed = \"email\"");
    // Email where there is an address; Bo Chen has none.
    assert_eq!(headings(&t), ["## Ana Souza, CTO · email", "## Bo Chen, VP · letter", "## Cy Diaz · email"]);
    assert!(!run.stderr.contains("you have not exchanged email yet"), "{}", run.stderr);
    let bad = build("not_yet_emailed = \"pigeon\"");
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("followup.toml:1:19: error: `not_yet_emailed` should be letter, card or email, found `pigeon`"),
        "{}",
        bad.stderr
    );
}

// Set 46: senders in Melbourne, Manchester, Bangalore and Edinburgh had their drafts dated
// "Friday, November 27". A phone number from outside North America writes the day first; `dates`
// in followup.toml says so either way.
#[test]
fn dates_are_written_as_the_senders_country_writes_them() {
    let t = Test::new();
    t.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-11-27\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    let build = |settings: &str| {
        t.write(
            "followup.toml",
            format!("{settings}\n[sender]\nname = \"Sam Rivera\"\nphone = \"+44 131 496 0378\"\n"),
        );
        t.run_at("2026-11-28", &["build"]);
        t.read("acme/final.followup.md")
    };
    let draft = build("");
    assert!(draft.contains("Send by **Monday 30 November**"), "{draft}");
    assert!(draft.contains("with me on Friday 27 November in the final round"), "no comma to close the date: {draft}");
    let draft = build("dates = \"month-day\"");
    assert!(draft.contains("Send by **Monday, November 30**"), "{draft}");
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\nphone = \"+1 415 555 0134\"\n");
    t.run_at("2026-11-28", &["build"]);
    assert!(t.read("acme/final.followup.md").contains("Friday, November 27"));
    t.write("followup.toml", "dates = \"backwards\"\n");
    let bad = t.run(&["build"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("`dates` should be day-month or month-day, found `backwards`"), "{}", bad.stderr);
}

// Issue 12: a letter to someone whose postal address the note does not give was drafted with
// only a name over it, and nothing said so.
#[test]
fn a_letter_without_an_address_is_a_warning_and_a_plan_line() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-26\ninterviewers:\n  - Ana Souza, CTO\n  - name: Bo Chen\n    address: Acme Corp, 1 Main St, Springfield\n  - Cy Diaz, VP <cy@acme.example>\n---\n",
    );
    t.run(&["build"]);
    let listed = t.check();
    for line in [
        "acme/final.md:5:1: warning: a letter to Ana Souza needs an address: add `address:`",
        "acme/final.md:8:1: warning: Cy Diaz has an email address but you have not exchanged email yet: drafting a letter instead, which needs their postal address as `address:`",
    ] {
        assert!(listed.contains(line), "missing `{line}`:\n{}", listed);
    }
    assert!(!listed.contains("Bo Chen needs"), "{}", listed);
    let draft = t.read("acme/final.followup.md");
    // One line names everyone whose address is missing.
    let line = "- Find postal addresses for Ana Souza and Cy Diaz (the company's office will do), and add each to the note as `address:`.";
    assert!(draft.contains(line), "missing `{line}`:\n{draft}");
    assert!(!draft.contains("Bo Chen (the company") && draft.contains("1 Main St  \n"), "{draft}");
}

// Blind review 16: "didn't catch last name" — a letter addressed to "Nate" alone, and the plan
// did not say to find the rest.
#[test]
fn a_letter_to_a_given_name_alone_asks_for_the_surname_in_the_plan() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-26\ninterviewers:\n  - Ana Souza, CTO\n  - Nate, Credit Analyst\n  - Dr. Adeyemi, Principal\n  - 李娜, Engineer\n---\n",
    );
    t.run(&["build"]);
    let draft = t.read("acme/final.followup.md");
    let line = "- Your note gives no surname for Nate: find it (the company's site or the person who set up the interview will know) for the letter's address.";
    assert!(draft.contains(line), "missing `{line}`:\n{draft}");
    assert!(!draft.contains("surname for Ana") && !draft.contains("Dr. Adeyemi: find"), "{draft}");
    assert!(!draft.contains("surname for 李娜"), "a whole name in a script without spaces: {draft}");
}

// Issue 12: "Tomás liked…" with no Tomás among the people was recalled to nobody, in silence.
#[test]
fn a_highlight_naming_someone_not_listed_is_a_warning_at_its_line() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: Acme\ndate: 2026-10-26\ninterviewers:\n  - Ana Souza, CTO\n  - Ana Lima, VP\n  - Bo Chen\n---\n## What went well\n- Tomás liked my rollout plan.\n- Ana said the design was clear.\n- Bo asked for the benchmark.\n- Friday was a good day.\n",
    );
    let run = t.run(&["check"]);
    for line in [
        "acme/final.md:10:1: warning: this highlight names Tomás, who is not among the people of this note",
        "acme/final.md:11:1: warning: this highlight names Ana, and Ana Souza and Ana Lima are both called that",
    ] {
        assert!(run.stdout.contains(line), "missing `{line}`:\n{}", run.stdout);
    }
    assert_eq!(run.stdout.matches("this highlight names").count(), 2, "{}", run.stdout);
}

// Issue 12: every build repeated every warning. A build prints errors in full, and what it says
// about files it kept; the notes' warnings it counts, naming the command that lists them, and
// that command lists exactly that many.
#[test]
fn a_build_counts_the_warnings_that_check_lists() {
    for folder in ["content", "tests/fixtures/hostile", "tests/fixtures/bad-notes", "tests/fixtures/wild"] {
        let t = Test::copy_of(folder);
        let run = t.run(&["build"]);
        let listed = t.check();
        let warnings = listed.lines().filter(|l| l.contains(": warning: ")).count();
        let errors: Vec<&str> = listed.lines().filter(|l| l.contains(": error: ")).collect();
        assert!(warnings > 0, "{folder} has warnings to count");
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let count = format!(
            "{}, {} (`followup check {}` lists them)\n",
            plural(errors.len(), "error"),
            plural(warnings, "warning"),
            t.path().display()
        );
        assert!(run.stdout.ends_with(&count), "{folder}: `{count}` in:\n{}", run.stdout);
        assert!(!run.stderr.contains(": warning: "), "{folder}: {}", run.stderr);
        for error in errors {
            assert_eq!(run.stderr.matches(&format!("{error}\n")).count(), 1, "{folder}: `{error}` in:\n{}", run.stderr);
        }
    }
    // What only a build knows, it says in full: a draft kept without its note, a dashboard file
    // of the user's.
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let draft = "globex/2026-10-14-final.followup.md";
    t.write(draft, t.read(draft) + "\nP.S. mine\n");
    std::fs::remove_file(t.path().join("globex/2026-10-14-final.md")).unwrap();
    t.write("DASHBOARD.md", "# my own dashboard\n");
    let run = t.run(&["build"]);
    for said in [
        format!("{draft}:1:1: warning: this draft's note is gone"),
        "DASHBOARD.md:1:1: warning: followup did not write this file".to_owned(),
    ] {
        assert!(run.stderr.contains(&said), "`{said}` in:\n{}", run.stderr);
    }
    assert!(
        run.stdout.contains(" warnings (") && run.stdout.contains(" not shown: `followup check "),
        "{}",
        run.stdout
    );
    // --quiet: errors only, and no summary.
    let quiet = t.run(&["build", "--quiet"]);
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), ("", ""));
}

// Issue 12 (a newcomer's walk): a highlight added to a note after its draft was edited never
// reached the draft, and nothing said so. `check` (and the dashboard's problems) now do.
#[test]
fn an_edited_draft_whose_note_changed_since_is_said_to_be_behind() {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let (note, draft) = ("globex/2026-10-14-final.md", "globex/2026-10-14-final.followup.md");
    t.write(draft, t.read(draft).replace("Dear Hannah,", "Hi Hannah,"));
    t.run(&["build"]);
    let behind = format!("{draft}:1:1: warning: you edited this draft, and its note has changed since");
    assert!(!t.check().contains(&behind), "edited, but the note has not changed");
    t.write(
        note,
        t.read(note).replace("## What went well\n", "## What went well\n\n- Gregory liked my capacity plan.\n"),
    );
    let run = t.run(&["build"]);
    assert!(run.stdout.contains(&format!("{draft}: kept (edited by you")), "{}", run.stdout);
    assert!(t.check().contains(&behind), "{}", t.check());
    assert!(t.read("DASHBOARD.md").contains("you edited this draft, and its note has changed since"));
    assert!(
        t.read(draft).contains("Hi Hannah,") && !t.read(draft).contains("capacity plan"),
        "the draft is the user's"
    );
}

#[test]
fn a_recruiter_who_ran_the_phone_screen_gets_a_full_thank_you() {
    let t = Test::new();
    t.write(
        "initech/2026-10-02-phone-screen.md",
        "---\ncompany: Initech\nposition: Backend Engineer\ndate: 2026-10-02\nstage: phone-screen\nrecruiter: Priya Shah, Senior Recruiter <priya@initech.example> (emailed)\n---\n## What went well\n- Priya liked that I have shipped billing systems at scale.\n",
    );
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("initech/2026-10-02-phone-screen.followup.md");
    assert!(draft.contains("I was especially glad you liked that I have shipped billing systems at scale."), "{draft}");
    assert!(draft.contains("checked in with you on Friday, October 16"), "{draft}");
    assert!(!draft.contains("Thank you for guiding me through the interviews"), "{draft}");
}

#[test]
fn a_promise_to_someone_who_gets_a_card_is_kept_in_their_card() {
    let t = Test::new();
    t.write(
        "acme/2026-10-20-final.md",
        "---\ncompany: Acme\nposition: SDET\ndate: 2026-10-20\ninterviewers:\n  - name: Maya Chen\n    channel: card\n  - Dev Patel, Staff Engineer <dev@acme.example> (emailed)\n---\n## Clarify\n- Send Maya the benchmark write-up\n",
    );
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("acme/2026-10-20-final.followup.md");
    let maya = &draft[draft.find("## Maya Chen").unwrap()..draft.find("## Dev Patel").unwrap()];
    assert!(maya.contains("As promised, here is the benchmark write-up."), "{draft}");
    assert_eq!(draft.matches("As promised").count(), 1, "{draft}");
    assert!(draft.contains("- Attach or link the benchmark write-up to the message to Maya Chen"), "{draft}");
}

// Blind review 9: "She liked it, I think" was sent as "I was especially glad that you liked it, I
// think." The hedge is the writer's, and what is left points at the line before: not sent, but
// listed for Ben's message (set 37: `Sam liked this` was dropped unseen), where the user, who
// knows what "it" was, can word it.
#[test]
fn a_hedged_highlight_that_points_elsewhere_is_not_sent() {
    let t = Test::new();
    t.write("acme/final.md", NOTE.replace("- Ben asked about my Kafka work.\n", "- Ben liked it, I think.\n"));
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("acme/final.followup.md");
    let (plan, messages) = draft.split_once("\n---\n").unwrap();
    assert!(!messages.contains("liked it"), "{draft}");
    assert!(plan.contains("- \"Ben liked it, I think.\": the message to Ben"), "{draft}");
    let inspect = t.run(&["inspect"]).stdout;
    assert!(inspect.contains("Ben liked it, I think. → to add in your own words (in the message to Ben"), "{inspect}");
}

/// A note kept as an email to oneself and saved as plain text (set 73): the writer's notes over
/// the thread they forwarded.
const MAIL_TO_ONESELF: &str = "From: Thandi Mokoena <thandi@example.org>
Sent: Friday, November 20, 2026 7:12 AM
To: thandi@example.org
Subject: Fwd: Thank you for coming in today!

Marula notes. Interview was yesterday, 2pm, their offices in Woodstock.

Fatima Ebrahim - CEO. Very hands on, showed me the stores herself first.
Daniel Cloete - board member, chairs their HR committee. Asked the hard questions.

What they liked:
- Fatima liked my finding aid idea for the glass plates

Sent from my Galaxy

---------- Forwarded message ---------
From: Fatima Ebrahim <fatima@marula.example>
Date: Thu, Nov 19, 2026 at 4:41 PM
Subject: Thank you for coming in today!
To: Thandi Mokoena <thandi@example.org>

Dear Thandi

Thank you for coming in today - Daniel and I enjoyed the conversation.

Warm regards
Fatima
";

#[test]
fn a_plain_text_note_gets_a_draft_that_names_it_and_goes_with_it() {
    let t = Test::new();
    t.write("marula-heritage-trust/Fwd_ Thank you.txt", MAIL_TO_ONESELF);
    t.write("marula-heritage-trust/Fwd_ Thank you.md", NOTE.replace("Acme", "Marula Heritage Trust"));
    t.write("shopping.txt", "milk\neggs\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Each note its own draft: the plain-text one keeps its extension in the draft's name.
    let draft = t.read("marula-heritage-trust/Fwd_ Thank you.txt.followup.md");
    assert!(t.exists("marula-heritage-trust/Fwd_ Thank you.followup.md"));
    assert!(!t.exists("shopping.followup.md") && !t.exists("shopping.txt.followup.md"), "a list is no note");
    // The day is the one before it was sent (`Interview was yesterday`), and the thread under the
    // notes is no part of them: Fatima wrote, so she is emailed; her mail's words are not the
    // writer's.
    let inspect = t.run(&["inspect", "--json"]);
    let views: serde_json::Value = serde_json::from_str(&inspect.stdout).unwrap();
    let view =
        views.as_array().unwrap().iter().find(|v| v["path"] == "marula-heritage-trust/Fwd_ Thank you.txt").unwrap();
    assert_eq!(view["date"], "2026-11-19", "{}", inspect.stdout);
    assert_eq!(view["company"], "Marula Heritage Trust");
    let fatima = view["people"].as_array().unwrap().iter().find(|p| p["name"] == "Fatima Ebrahim").unwrap();
    assert_eq!((fatima["email"].as_str(), fatima["channel"].as_str()), (Some("fatima@marula.example"), Some("email")));
    assert!(!inspect.stdout.contains("enjoyed the conversation"), "{}", inspect.stdout);
    // A roster of plain lines, each a name, a dash and what they are.
    let daniel = view["people"].as_array().unwrap().iter().find(|p| p["name"] == "Daniel Cloete").unwrap();
    assert_eq!(daniel["title"], "board member");
    assert!(draft.contains("Dear Fatima") && draft.contains("Dear Daniel"), "{draft}");
    // Nothing changed, nothing written; the note gone, its unedited draft goes too.
    assert!(t.run(&["build"]).stdout.contains("0 drafts written, 2 unchanged"));
    std::fs::remove_file(t.path().join("marula-heritage-trust/Fwd_ Thank you.txt")).unwrap();
    t.run(&["build"]);
    assert!(!t.exists("marula-heritage-trust/Fwd_ Thank you.txt.followup.md"));
    assert!(t.exists("marula-heritage-trust/Fwd_ Thank you.followup.md"), "the Markdown note's draft stays");
}

#[test]
fn hearsay_reaches_no_message_and_no_line_of_the_plan() {
    // Set 73: `Josh also said Grace told the techs she "really hopes it's this one"` had been listed
    // "to add in your own words" for the letter to Rachel Ngata.
    let t = Test::copy_of("tests/fixtures/styles/keep");
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("kauri-coast-health/KCH onsite 24-11.followup.md");
    assert!(draft.contains("Rachel Ngata"), "{draft}");
    assert!(!draft.contains("really hopes"), "{draft}");
}

/// An Emacs user's note, kept as `.org`.
const ORG_NOTE: &str = "#+TITLE: Kelvin Ledger -- Senior Data Engineer -- round 1
#+DATE: <2026-10-21 Wed>

* DONE R1 -- Kelvin Ledger, Senior Data Engineer                  :interview:
  :PROPERTIES:
  :COMPANY:  Kelvin Ledger Ltd
  :ROUND:    1/3
  :END:
** People
*** Morag Lindsay -- Head of Data Engineering                   :interviewer:
    - LOVED the dbt migration story -- \"that's exactly the mess we're in\"
";

/// A postdoc's note, kept as a LaTeX document.
const TEX_NOTE: &str = "\\documentclass{article}
\\usepackage{todonotes}
\\title{CapU -- Lecturer in Marine Science -- screening interview}
\\date{Wed 21/10/2026, Zoom}
\\begin{document}
\\maketitle
\\section*{Panel}
\\begin{itemize}
  \\item \\textbf{Prof Alan Whitcombe} -- Head of School, chair. Emailed him in Oct,
        so email's established.
\\end{itemize}
\\section*{What landed}
\\begin{itemize}
  \\item Alan loved the first-year \\emph{snorkel-survey practical}.
\\end{itemize}
% PRIVATE: Level B is $108--118k.
\\end{document}
";

#[test]
fn org_mode_and_latex_notes_get_drafts_and_are_never_written_into() {
    // Set 75: an Emacs user's `.org` notes and a postdoc's `.tex` notes were not read at all.
    let t = Test::new();
    t.write("kelvin-ledger/2026-10-21_round1.org", ORG_NOTE);
    t.write("capricornia-university/2026-10-21_screening.tex", TEX_NOTE);
    t.write("cv.tex", "\\documentclass{article}\n\\begin{document}\nBronwyn Tait, PhD\n\\end{document}\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let org = t.read("kelvin-ledger/2026-10-21_round1.org.followup.md");
    assert!(org.contains("Dear Morag"), "{org}");
    let tex = t.read("capricornia-university/2026-10-21_screening.tex.followup.md");
    assert!(tex.contains("Dear Professor Whitcombe") || tex.contains("Dear Prof"), "{tex}");
    assert!(tex.contains("Capricornia University") || tex.contains("CapU"), "{tex}");
    // No LaTeX reaches a letter, nor what the writer commented out.
    assert!(tex.contains("I was especially glad that you liked the first-year snorkel-survey practical."), "{tex}");
    assert!(!["\\textbf", "\\emph", "\\item", "108"].iter().any(|s| tex.contains(s)), "{tex}");
    assert!(!t.exists("cv.tex.followup.md"), "a LaTeX file at the top of the notes folder is no note");
    // `mark` has no front matter to write into: it says so and leaves the file as it was.
    for note in ["capricornia-university/2026-10-21_screening.tex", "kelvin-ledger/2026-10-21_round1.org"] {
        let before = t.read(note);
        let path = t.path().join(note);
        let marked = crate::support::run(&["mark", path.to_str().unwrap(), "--thanked", "2026-10-22"]);
        assert_ne!(marked.code, 0, "{}", marked.stdout);
        assert!(marked.stderr.contains("no front matter to write into"), "{}", marked.stderr);
        assert_eq!(t.read(note), before, "{note} is as the writer left it");
    }
}
