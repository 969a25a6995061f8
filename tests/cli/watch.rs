//! `followup watch`, end to end: the real binary, real file operations, and waits for conditions
//! with deadlines (never a sleep standing in for an assertion).

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{LIMIT, Running, TODAY, Test, wait_until};

const NOTE: &str = "---\ncompany: Acme\nposition: Staff Engineer\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n\n## Highlights\n\n- Ana liked my rollout plan.\n";

/// A running `followup watch`, its output collected line by line.
struct Watching(Running);

impl std::ops::Deref for Watching {
    type Target = Running;
    fn deref(&self) -> &Running {
        &self.0
    }
}

impl Watching {
    fn start(t: &Test, extra: &[&str]) -> Watching {
        let mut command = Command::new(env!("CARGO_BIN_EXE_followup"));
        command.arg("watch").arg(t.path()).args(["--today", TODAY]).args(extra);
        let w = Watching(Running::start(command));
        assert!(
            wait_until(LIMIT, || w.stdout().iter().any(|l| l.starts_with("watching "))),
            "never started: {:?}",
            w.stderr()
        );
        w
    }

    /// The one-line reports of rebuilds so far.
    fn rebuilds(&self) -> Vec<String> {
        self.stdout().into_iter().filter(|l| l.ends_with(" ms)")).collect()
    }

    fn wait_for_rebuilds(&self, n: usize) -> Vec<String> {
        assert!(
            wait_until(LIMIT, || self.rebuilds().len() >= n),
            "expected {n} rebuilds, got {:?}\n{:?}",
            self.rebuilds(),
            self.stderr()
        );
        self.rebuilds()
    }

    fn stop(self) -> i32 {
        self.0.stop()
    }
}

fn draft_contains(t: &Test, rel: &str, text: &str) -> bool {
    std::fs::read_to_string(t.path().join(rel)).is_ok_and(|d| d.contains(text))
}

#[test]
fn one_save_is_one_rebuild_and_an_idle_watcher_stays_idle() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    assert!(t.exists("acme/final.followup.md"), "the first build runs before watching");
    t.write("acme/final.md", NOTE.replace("rollout plan", "rollback plan"));
    let lines = w.wait_for_rebuilds(1);
    assert!(lines[0].starts_with("acme/final.md: draft updated, dashboard unchanged ("), "{lines:?}");
    assert!(draft_contains(&t, "acme/final.followup.md", "you liked my rollback plan"));
    // followup's own writes (the draft, the dashboard, the record) must not cause more builds.
    assert!(!wait_until(Duration::from_secs(2), || w.rebuilds().len() > 1), "{:?}", w.rebuilds());
}

/// One way of saving a note's new text.
type Save<'a> = Box<dyn Fn(&str) + 'a>;

#[test]
fn every_editors_way_of_saving_ends_in_one_correct_rebuild() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    let note = t.path().join("acme/final.md");
    let dir = t.path().join("acme");
    let version = |n: usize| NOTE.replace("rollout plan", &format!("plan number {n}"));
    let saves: Vec<(&str, Save)> = vec![
        ("in place", Box::new(|text: &str| std::fs::write(&note, text).unwrap())),
        (
            "atomic rename",
            Box::new(|text: &str| {
                std::fs::write(dir.join(".final.md.tmp1234"), text).unwrap();
                std::fs::rename(dir.join(".final.md.tmp1234"), &note).unwrap();
            }),
        ),
        (
            "vim",
            Box::new(|text: &str| {
                std::fs::write(dir.join(".final.md.swp"), "swap").unwrap();
                std::fs::write(dir.join("4913"), "").unwrap();
                std::fs::remove_file(dir.join("4913")).unwrap();
                std::fs::rename(&note, dir.join("final.md~")).unwrap();
                std::fs::write(&note, text).unwrap();
                std::fs::remove_file(dir.join("final.md~")).unwrap();
                std::fs::remove_file(dir.join(".final.md.swp")).unwrap();
            }),
        ),
        (
            "emacs",
            Box::new(|text: &str| {
                std::os::unix::fs::symlink("user@host.1234:1", dir.join(".#final.md")).unwrap();
                std::fs::write(dir.join("#final.md#"), text).unwrap();
                std::fs::rename(&note, dir.join("final.md~")).unwrap();
                std::fs::write(&note, text).unwrap();
                std::fs::remove_file(dir.join("#final.md#")).unwrap();
                std::fs::remove_file(dir.join(".#final.md")).unwrap();
            }),
        ),
        (
            "jetbrains safe write",
            Box::new(|text: &str| {
                std::fs::write(dir.join("final.md___jb_tmp___"), text).unwrap();
                std::fs::rename(&note, dir.join("final.md___jb_old___")).unwrap();
                std::fs::rename(dir.join("final.md___jb_tmp___"), &note).unwrap();
                std::fs::remove_file(dir.join("final.md___jb_old___")).unwrap();
            }),
        ),
        (
            "helix",
            Box::new(|text: &str| {
                std::fs::copy(&note, dir.join("final.md.bck")).unwrap();
                std::fs::write(&note, text).unwrap();
                std::fs::remove_file(dir.join("final.md.bck")).unwrap();
            }),
        ),
    ];
    for (i, (name, save)) in saves.iter().enumerate() {
        let text = version(i);
        save(&text);
        let want = format!("you liked my plan number {i}");
        assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", &want)), "{name}: draft not updated");
        w.wait_for_rebuilds(i + 1);
    }
    // sed -i, the real tool: its temporary `sedXXXXXX` file is not a note.
    let status = Command::new("sed").args(["-i", "s/plan number 5/plan number 6/"]).arg(&note).status().unwrap();
    assert!(status.success());
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "you liked my plan number 6")));
    w.wait_for_rebuilds(saves.len() + 1);
    assert!(!wait_until(Duration::from_secs(1), || w.rebuilds().len() > saves.len() + 1), "{:?}", w.rebuilds());
    assert!(w.rebuilds().iter().all(|l| l.starts_with("acme/final.md: draft updated")), "{:?}", w.rebuilds());
}

#[test]
fn a_save_from_real_vim_is_noticed() {
    if Command::new("vim").arg("--version").output().is_err() {
        panic!("vim is needed for this test (.ci/run installs it)");
    }
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    let status = Command::new("vim")
        .args(["-u", "NONE", "-i", "NONE", "-N", "-es", "-c", "normal Go- Ana asked about my vim setup.", "-c", "wq"])
        .arg(t.path().join("acme/final.md"))
        .stdin(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "you asked about my vim setup")));
    w.wait_for_rebuilds(1);
    assert!(!wait_until(Duration::from_secs(1), || w.rebuilds().len() > 1), "{:?}", w.rebuilds());
}

#[test]
fn a_checkout_of_many_notes_is_one_rebuild() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    // A checkout writes its files within milliseconds; this test writes 200 one by one, which on
    // a loaded machine can take longer than the default quiet time, so it waits for a longer one.
    // What is tested is that one quiet time's events make one rebuild, not how long it is.
    let w = Watching::start(&t, &["--debounce", "1000"]);
    for i in 0..200 {
        t.write(&format!("batch/n{i:03}.md"), NOTE.replace("Acme", &format!("Company {i}")));
    }
    assert!(wait_until(LIMIT, || t.exists("batch/n199.followup.md") && t.exists("batch/n000.followup.md")));
    let lines = w.wait_for_rebuilds(1);
    assert!(!wait_until(Duration::from_secs(1), || w.rebuilds().len() > 1), "{:?}", w.rebuilds());
    assert!(lines[0].contains("200 drafts written"), "{lines:?}");
}

#[test]
fn a_broken_note_is_reported_keeps_its_draft_and_recovers() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    let draft = t.read("acme/final.followup.md");
    t.write("acme/final.md", "---\ncompany: [Acme\n---\n");
    w.wait_for_rebuilds(1);
    assert!(
        wait_until(LIMIT, || w.stderr().iter().any(|l| l.starts_with("acme/final.md:2:10: error: invalid YAML"))),
        "{:?}",
        w.stderr()
    );
    assert_eq!(t.read("acme/final.followup.md"), draft);
    assert!(t.read("DASHBOARD.md").contains("broken: see Problems"));
    t.write("acme/final.md", NOTE.replace("rollout", "recovery"));
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "you liked my recovery plan")));
    // The dashboard is written after the drafts, in the same build.
    assert!(wait_until(LIMIT, || !t.read("DASHBOARD.md").contains("broken")));
}

// Issue 13: a later round takes the position from an earlier one; a save of the earlier one
// rebuilds the later one's draft too.
#[test]
fn a_save_of_an_earlier_round_reaches_the_later_round() {
    let t = Test::new();
    t.write("acme/2026-10-13-screen.md", NOTE.replace("2026-10-20", "2026-10-13"));
    t.write("acme/2026-10-20-final.md", NOTE.replace("position: Staff Engineer\n", "").replace("rollout", "test"));
    let w = Watching::start(&t, &[]);
    assert!(draft_contains(&t, "acme/2026-10-20-final.followup.md", "the Staff Engineer role"));
    t.write("acme/2026-10-13-screen.md", t.read("acme/2026-10-13-screen.md").replace("Staff", "Principal"));
    assert!(
        wait_until(LIMIT, || draft_contains(&t, "acme/2026-10-20-final.followup.md", "the Principal Engineer role")),
        "{:?}",
        w.rebuilds()
    );
    assert!(draft_contains(&t, "acme/2026-10-13-screen.followup.md", "the Principal Engineer role"));
}

// Set 63: a save of a later round's note that says the earlier thanks went out rebuilds the
// earlier round's draft, whose own note did not change.
#[test]
fn a_save_of_a_later_round_that_says_the_thanks_went_reaches_the_earlier_round() {
    let t = Test::new();
    t.write("acme/2026-10-13-screen.md", NOTE.replace("2026-10-20", "2026-10-13"));
    t.write("acme/2026-10-20-final.md", NOTE);
    let w = Watching::start(&t, &[]);
    assert!(draft_contains(&t, "acme/2026-10-13-screen.followup.md", "Send by"));
    t.write("acme/2026-10-20-final.md", format!("{NOTE}\n## Status\n\n- Ana – emailed 14/10 ✔\n"));
    assert!(
        wait_until(LIMIT, || draft_contains(
            &t,
            "acme/2026-10-13-screen.followup.md",
            "Your thanks are sent, your later note (2026-10-20-final.md) says"
        )),
        "{:?}",
        w.rebuilds()
    );
}

#[test]
fn notes_and_folders_come_go_and_move() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    // A new folder with a note in it.
    std::fs::create_dir(t.path().join("globex")).unwrap();
    t.write("globex/screen.md", NOTE.replace("Acme", "Globex"));
    assert!(wait_until(LIMIT, || t.exists("globex/screen.followup.md")));
    // A rename: the draft follows.
    std::fs::rename(t.path().join("globex/screen.md"), t.path().join("globex/phone.md")).unwrap();
    assert!(wait_until(LIMIT, || t.exists("globex/phone.followup.md") && !t.exists("globex/screen.followup.md")));
    // An edited draft stays when its note goes, and the watcher says so.
    let edited = t.read("acme/final.followup.md") + "\nMy own P.S.\n";
    t.write("acme/final.followup.md", &edited);
    std::fs::remove_file(t.path().join("acme/final.md")).unwrap();
    assert!(
        wait_until(LIMIT, || w.rebuilds().iter().any(|l| l.starts_with("acme/final.md: note removed"))),
        "{:?}",
        w.rebuilds()
    );
    assert_eq!(t.read("acme/final.followup.md"), edited);
    assert!(wait_until(LIMIT, || t
        .read("DASHBOARD.md")
        .contains("`acme/final.followup.md` warning: this draft's note is gone")));
    // A whole folder goes: its unedited draft goes with it.
    std::fs::remove_dir_all(t.path().join("globex")).unwrap();
    assert!(wait_until(LIMIT, || !t.read("DASHBOARD.md").contains("Globex")));
}

#[test]
fn settings_changes_apply_and_a_broken_config_keeps_the_last_good_one() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\n");
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "Sam Rivera")));
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\nnmae = 1\n");
    assert!(wait_until(LIMIT, || w.stderr().iter().any(|l| l.contains("unknown field `nmae`"))), "{:?}", w.stderr());
    t.write("acme/final.md", NOTE.replace("rollout", "launch"));
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "you liked my launch plan")));
    assert!(draft_contains(&t, "acme/final.followup.md", "Sam Rivera"), "the last good settings stay in force");
}

#[test]
fn polling_works_where_events_do_not() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let _w = Watching::start(&t, &["--poll", "100"]);
    t.write("acme/final.md", NOTE.replace("rollout", "polled"));
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "you liked my polled plan")));
}

#[test]
fn sigterm_ends_the_watch_cleanly() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    t.write("acme/final.md", NOTE.replace("rollout", "final"));
    w.wait_for_rebuilds(1);
    assert_eq!(w.stop(), 0);
    let leftovers: Vec<_> =
        crate::support::snapshot_tree(t.path()).into_iter().filter(|(rel, _)| rel.contains("tmp")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(t.exists(".followup/manifest.bin"), "the record is saved on the way out");
}

#[test]
fn a_theme_change_rerenders_every_draft() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam Rivera\"\n");
    t.write("acme/final.md", NOTE);
    t.write("globex/screen.md", NOTE.replace("Acme", "Globex"));
    let w = Watching::start(&t, &[]);
    std::fs::create_dir_all(t.path().join("themes/default")).unwrap();
    t.write("themes/default/check_in.md.j2", "\n---\n\nCheck in on {{ check_in_on.day }}.\n");
    assert!(wait_until(LIMIT, || {
        draft_contains(&t, "acme/final.followup.md", "Check in on Tuesday, November 3.")
            && draft_contains(&t, "globex/screen.followup.md", "Check in on Tuesday, November 3.")
    }));
    let lines = w.wait_for_rebuilds(1);
    assert!(lines[0].starts_with("settings or theme changed: 2 files written"), "{lines:?}");
}

#[test]
fn quiet_watching_prints_no_rebuild_lines() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let child = Command::new(env!("CARGO_BIN_EXE_followup"))
        .arg("watch")
        .arg(t.path())
        .args(["--today", TODAY, "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    assert!(wait_until(LIMIT, || t.exists("acme/final.followup.md")));
    // A quiet watcher does not say when it is ready, so the note is saved again every 200 ms
    // until the draft follows.
    let mut polls = 0;
    assert!(wait_until(LIMIT, || {
        if polls % 10 == 0 {
            t.write("acme/final.md", NOTE.replace("rollout", &format!("quiet {polls}")));
        }
        polls += 1;
        draft_contains(&t, "acme/final.followup.md", "you liked my quiet")
    }));
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "", "--quiet prints nothing but errors");
}

#[test]
fn drafts_deleted_or_edited_while_watching_are_handled() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    // A deleted draft is written afresh.
    std::fs::remove_file(t.path().join("acme/final.followup.md")).unwrap();
    assert!(wait_until(LIMIT, || t.exists("acme/final.followup.md")));
    // An edited draft is kept when its note changes, and the dashboard says it is edited.
    let edited = t.read("acme/final.followup.md").replace("Dear Ana,", "Hi Ana,");
    t.write("acme/final.followup.md", &edited);
    assert!(wait_until(LIMIT, || t.read("DASHBOARD.md").contains("[edited](acme/final.followup.md)")));
    t.write("acme/final.md", NOTE.replace("rollout", "other"));
    assert!(
        wait_until(LIMIT, || w.rebuilds().iter().any(|l| l.starts_with("acme/final.md: draft kept (edited by you)"))),
        "{:?}",
        w.rebuilds()
    );
    assert_eq!(t.read("acme/final.followup.md"), edited);
}

// Issue 11, defect 3: a copy the user makes of a draft while watching is theirs, not an orphan.
#[test]
fn a_copy_of_a_draft_made_while_watching_stays() {
    let t = Test::new();
    t.write("acme/final.md", NOTE);
    let w = Watching::start(&t, &[]);
    let copy = t.read("acme/final.followup.md");
    t.write("archive/x-sent.followup.md", &copy);
    t.write("acme/final.md", NOTE.replace("rollout", "other"));
    assert!(wait_until(LIMIT, || draft_contains(&t, "acme/final.followup.md", "other")), "{:?}", w.rebuilds());
    assert_eq!(t.read("archive/x-sent.followup.md"), copy);
}

// Issue 12: the first build of a watch counts the notes' warnings, as `build` does; a saved
// note's own warnings are printed in full, since that is the moment its writer wants them.
#[test]
fn a_saved_notes_warnings_are_printed_in_full() {
    let t = Test::new();
    t.write("acme/final.md", NOTE.replace("interviewers:", "interviwers:"));
    let w = Watching::start(&t, &[]);
    let near_miss = "acme/final.md:6:3: warning: `interviwers` is not a key followup reads";
    let count = format!(" warnings (`followup check {}` lists them)", t.path().display());
    assert!(w.stdout().iter().any(|l| l.ends_with(&count)), "{:?}", w.stdout());
    assert!(!w.stderr().iter().any(|l| l.contains(": warning: ")), "counted, not printed: {:?}", w.stderr());
    t.write("globex/screen.md", NOTE.replace("Acme", "Globex").replace("date:", "dat:"));
    assert!(
        wait_until(LIMIT, || w
            .stderr()
            .iter()
            .any(|l| l.starts_with("globex/screen.md:4:6: warning: `dat` is not a key followup reads"))),
        "{:?}",
        w.stderr()
    );
    assert!(!w.stderr().iter().any(|l| l.starts_with(near_miss)), "only the saved note's: {:?}", w.stderr());
}
