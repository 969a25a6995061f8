//! The watcher's incremental rebuild (`Session::update`), driven directly: after every round of
//! edits, the notes folder must be what a cold build of the same notes makes.

use followup::config::Config;
use followup::incremental::session::{NoteChange, Session};
use followup::pipeline::scan;

use crate::support::{TODAY, Test, copy_dir, snapshot_tree};

/// The files a cold build of a copy of `t`'s notes makes (the record left out).
fn cold_build_of(t: &Test) -> Vec<(String, Vec<u8>)> {
    let cold = Test::new();
    copy_dir(t.path(), cold.path());
    let _ = std::fs::remove_dir_all(cold.path().join(".followup"));
    cold.run(&["build"]);
    without_record(snapshot_tree(cold.path()))
}

fn without_record(files: Vec<(String, Vec<u8>)>) -> Vec<(String, Vec<u8>)> {
    files.into_iter().filter(|(rel, _)| !rel.starts_with(".followup/")).collect()
}

/// The change the watcher would report for `rel`, as the folder is now.
fn change(t: &Test, rel: &str) -> NoteChange {
    let found = scan::find(t.path(), &followup::pipeline::skip::Skip::default());
    let draft = scan::draft_path(rel);
    NoteChange {
        rel: rel.to_owned(),
        note: found.notes.iter().find(|e| e.rel == rel).cloned(),
        draft: found.drafts.iter().find(|e| e.rel == draft).map(scan::Entry::stamp),
    }
}

#[test]
fn rebuilds_after_each_change_end_where_cold_builds_do_sorted_afresh_or_not() {
    let t = Test::generated();
    let config = Config::resolve(t.path(), Some(TODAY)).unwrap();
    let mut session = Session::live(config);
    let everything = || scan::find(t.path(), &followup::pipeline::skip::Skip::default());
    session.build(&everything(), false, true).unwrap();
    let notes = || -> Vec<String> { everything().notes.into_iter().map(|e| e.rel).collect() };
    let mut seed: u64 = 11;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    for round in 0..24 {
        let all = notes();
        let rel = all[next(all.len())].clone();
        let text = t.read(&rel);
        // Most edits change what rows say but not where they sort (a title, a position, a
        // highlight in an email's body); the others move rows, add or remove them, or break
        // the note.
        let touched = match next(9) {
            0 => {
                t.write(
                    &rel,
                    text.replacen("## Highlights\n", &format!("## Highlights\n\n- They liked plan {round}.\n"), 1),
                );
                vec![rel]
            }
            1 => {
                t.write(&rel, text.replacen("    title: ", &format!("    title: Acting {round} "), 1));
                vec![rel]
            }
            2 => {
                t.write(&rel, text.replacen("position: ", &format!("position: Lead {round} "), 1));
                vec![rel]
            }
            3 | 4 => {
                t.write(&rel, text.replacen("status: ", &format!("status: x{round}"), 1));
                vec![rel]
            }
            5 => {
                t.write(&rel, text.replacen("date: 20", "date: 19", 1));
                vec![rel]
            }
            6 => {
                t.write(&rel, "---\ncompany: [broken\n---\n");
                vec![rel]
            }
            7 => {
                let copy = rel.replace(".md", "-again.md");
                t.write(&copy, &text);
                vec![copy]
            }
            _ => {
                std::fs::remove_file(t.path().join(&rel)).unwrap();
                vec![rel]
            }
        };
        let changes = touched.iter().map(|rel| change(&t, rel)).collect();
        session.update(changes, everything).unwrap();
        assert_eq!(without_record(snapshot_tree(t.path())), cold_build_of(&t), "round {round}");
    }
    // Titles and positions show on the dashboard without moving rows: those rounds keep the order.
    assert!(session.orders_kept() >= 4, "rounds that kept the order: {} of 24", session.orders_kept());
}

/// A one-shot build writes each note's record while it builds; a session that lives on keeps
/// the notes in memory and writes them at the end. Both must leave the same record, or the next
/// build would reuse something else than what a build made.
#[test]
fn a_one_shot_build_records_what_a_session_kept_in_memory_records() {
    let t = Test::generated();
    t.write("notes/broken.md", "---\ncompany: [broken\n---\n");
    t.write("README.md", "# Not a note\n");
    t.run(&["build"]);
    let streamed = snapshot_tree(&t.path().join(".followup"));
    assert!(streamed.iter().any(|(rel, bytes)| rel == "notes.json" && bytes.len() > 1000), "{streamed:?}");

    std::fs::remove_dir_all(t.path().join(".followup")).unwrap();
    let config = Config::resolve(t.path(), Some(TODAY)).unwrap();
    let mut session = Session::live(config);
    session.build(&scan::find(t.path(), &followup::pipeline::skip::Skip::default()), false, true).unwrap();
    session.save().unwrap();
    let kept = snapshot_tree(&t.path().join(".followup"));
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(rel, _)| rel.clone()).collect::<Vec<_>>();
    assert_eq!(names(&streamed), names(&kept));
    for ((rel, a), (_, b)) in streamed.iter().zip(&kept) {
        // The manifest's key holds the executable's stamp: the test binary is not followup's.
        if rel != "manifest.bin" {
            assert!(a == b, "{rel} differs");
        }
    }
}
