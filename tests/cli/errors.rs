//! Bad input: every broken note is reported with its location, and every other note is built.

use crate::support::{TODAY, Test, run};

#[test]
fn every_bad_note_is_reported_and_the_good_one_is_built() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    // A huge file is made here rather than committed.
    t.write("huge.md", format!("---\ncompany: Acme\n---\n{}", "x".repeat(1_100_000)));
    let run = t.run(&["build"]);
    let listed = t.check();
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
        "unknown-email.md:6:12: error: invalid YAML in front matter: mapping keys are not allowed in this context",
        "help: quote the value: `email: \"?\"`",
    ];
    for line in expected {
        assert!(listed.contains(line), "missing `{line}` in:\n{}", listed);
    }
    assert!(t.read("good.followup.md").contains("Dear Ana,"));
    for broken in ["bad-date", "colon", "list", "malformed", "nameless", "unclosed", "latin1", "huge", "unknown-email"]
    {
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

// Blind reviews 15 and 17: Thanksgiving chosen as a send-by day. Holidays are the user's to list.
#[test]
fn holidays_move_the_send_by_day_and_a_bad_one_is_named_at_its_place() {
    let t = Test::new();
    t.write("followup.toml", "holidays = [2026-11-26, \"2026-11-27\"]\n");
    t.write(
        "acme/2026-11-25-onsite.md",
        "---\ncompany: Acme\ndate: 2026-11-25\ninterviewers:\n  - Ana Souza, CTO\n---\n",
    );
    let run = t.run_at("2026-11-25", &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let draft = t.read("acme/2026-11-25-onsite.followup.md");
    assert!(draft.contains("Send by **Monday, November 30**"), "not the holiday, nor the day after: {draft}");
    t.write("followup.toml", "holidays = [2026-11-26, \"Thanksgiving\"]\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("followup.toml:1:25: error: `holidays` entry `Thanksgiving` is not a date"),
        "{}",
        run.stderr
    );
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

/// Runs `followup ARGS FOLDER --today …` and waits at most `limit` for it; `None` if it hung
/// (then it is killed).
fn run_within(t: &Test, args: &[&str], limit: std::time::Duration) -> Option<std::process::Output> {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(args)
        .arg(t.path())
        .args(["--today", crate::support::TODAY])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + limit;
    while std::time::Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

// Issue 11, defect 7: a symlink to a FIFO hung `build`, `check`, `status` and `list` forever.
#[cfg(unix)]
#[test]
fn a_pipe_among_the_notes_is_skipped_and_never_opened() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    let fifo = t.path().join("pipe.md");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::os::unix::fs::symlink(&fifo, t.path().join("link-to-pipe.md")).unwrap();
    // A theme file read for the record's key would block too.
    std::fs::create_dir_all(t.path().join("themes/default")).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(t.path().join("themes/default/x.j2")).status().unwrap().success());
    for args in [&["build"][..], &["check"], &["status"], &["list"]] {
        let out = run_within(&t, args, std::time::Duration::from_secs(20))
            .unwrap_or_else(|| panic!("`followup {}` hung on a FIFO", args[0]));
        let said = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
        if args[0] == "build" {
            assert_eq!(out.status.code(), Some(1), "the other notes' errors, not a fatal one:\n{said}");
            assert!(t.read("good.followup.md").contains("Dear Ana,"), "the other notes are built");
        }
        if args[0] == "build" {
            // Counted, and listed by check below.
            assert!(said.contains(" warnings (`followup check "), "{said}");
        }
        if args[0] == "check" {
            for name in ["pipe.md", "link-to-pipe.md"] {
                assert!(
                    said.contains(&format!(
                        "{name}:1:1: warning: not a regular file (a pipe, socket or device): skipped"
                    )),
                    "`{}` says nothing of {name}:\n{said}",
                    args[0]
                );
            }
        }
    }
}

// Issue 11, defect 12: an escape sequence in a note reached the terminal raw through `list`,
// `status`, `check` and `inspect`, and the `.ics`.
#[test]
fn control_characters_from_notes_are_shown_never_sent_raw() {
    let t = Test::new();
    t.write(
        "acme/final.md",
        "---\ncompany: \"Acme\\e[2J\\a Labs\"\nposition: \"Engineer\\e]0;pwned\\a\"\ndate: 2026-10-20\n\
         stage: \"final\\e[31m\"\nstatus: awaiting-feedback\ninterviewers:\n  - name: \"Ana\\e[1m Souza\"\n    title: CTO\n\
         date_of_birth: [1, 2]\nbad_date: 2026-13-45\n---\n",
    );
    // A date that cannot be read makes `check` quote the note's text in an error.
    t.write("broken.md", "---\ncompany: \"Bad\\e[2J Co\"\ndate: \"\\e[2Jsoon\"\n---\n");
    for args in [&["list"][..], &["status"], &["check"], &["inspect"], &["export", "ics"], &["build"]] {
        let run = t.run(args);
        for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
            assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "`{}` {stream}:\n{text:?}", args.join(" "));
        }
    }
    assert!(t.run(&["list"]).stdout.contains("Acme\\u{1b}[2J\\u{7} Labs"), "shown escaped");
    assert!(t.run(&["check"]).stdout.contains("\\u{1b}[2Jsoon"), "{}", t.run(&["check"]).stdout);
}

// Issue 11 (smaller): a backtick or a newline in a file name broke the Problems list.
#[test]
fn odd_file_names_keep_the_problems_list_whole() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    t.write("we`ird.md", "---\ncompany: Acme\n");
    t.write("new\nline.md", "---\ncompany: Acme\n");
    let run = t.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let dashboard = t.read("DASHBOARD.md");
    let problems = dashboard.split("## Problems\n\n").nth(1).unwrap();
    let items: Vec<&str> = problems.lines().filter(|l| !l.is_empty()).collect();
    assert!(items.iter().all(|l| l.starts_with("- ")), "every line is an item:\n{problems}");
    assert!(items.iter().any(|l| l.starts_with("- ``we`ird.md:1`` error: front matter is never closed")), "{problems}");
    assert!(items.iter().any(|l| l.starts_with("- `new\\nline.md:1` error")), "{problems}");
    let html = t.read("dashboard.html");
    assert!(html.contains("<code>we`ird.md:1</code>"), "the code span holds the backtick");
}

// Issue 11, defect 10: a note whose name is not UTF-8 got a draft named after U+FFFD, and two
// such names could share one draft.
#[cfg(target_os = "linux")]
#[test]
fn a_note_whose_name_is_not_utf8_is_skipped_with_its_name_escaped() {
    use std::os::unix::ffi::OsStrExt as _;
    let t = Test::copy_of("tests/fixtures/bad-notes");
    let note = "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n";
    for name in [&b"a\xff.md"[..], b"a\xfe.md"] {
        std::fs::write(t.path().join(std::ffi::OsStr::from_bytes(name)), note).unwrap();
    }
    let run = t.run(&["build"]);
    let listed = t.check();
    assert_eq!(run.code, 1, "the fixture's own errors only:\n{}", run.stderr);
    for shown in ["a\\xff.md", "a\\xfe.md"] {
        assert!(
            listed.contains(&format!("{shown}:1:1: warning: the file's name is not UTF-8 text: skipped")),
            "{}",
            listed
        );
    }
    let drafts: Vec<String> = std::fs::read_dir(t.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".followup.md"))
        .collect();
    assert_eq!(drafts, ["good.followup.md"], "no draft for the odd names");
}

// Issue 11, defect 11: a folder where a draft goes made the whole build exit 2, with no
// dashboard and no record.
#[test]
fn a_draft_that_cannot_be_written_is_that_notes_error_alone() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    t.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    std::fs::create_dir_all(t.path().join("acme/final.followup.md")).unwrap();
    for round in 0..2 {
        let run = t.run(&["build"]);
        assert_eq!(run.code, 1, "round {round}: an error on that note, not a fatal one:\n{}", run.stderr);
        assert!(
            run.stderr.contains(
                "acme/final.md:1:1: error: cannot write this note's draft `acme/final.followup.md`: not a regular file"
            ),
            "{}",
            run.stderr
        );
        assert_eq!(run.stderr.matches("cannot write this note's draft").count(), 1, "said once");
        assert!(t.read("good.followup.md").contains("Dear Ana,"), "the other notes are built");
        assert!(t.read("DASHBOARD.md").contains("cannot write this note's draft"), "the dashboard lists it");
    }
    std::fs::remove_dir(t.path().join("acme/final.followup.md")).unwrap();
    let run = t.run(&["build"]);
    assert!(!run.stderr.contains("cannot write this note's draft"), "{}", run.stderr);
    assert!(t.read("acme/final.followup.md").contains("Dear Ana,"));
    assert!(!t.read("DASHBOARD.md").contains("cannot write this note's draft"));
}

// Issue 11, defect 8: `notes = "/"` (or any folder outside the project) wrote the dashboard and
// the record at `/` and drafts all over the disk.
#[test]
fn a_notes_folder_outside_the_project_is_refused_and_nothing_is_written() {
    let outside = Test::new();
    outside.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    let t = Test::new();
    let elsewhere = outside.path().to_str().unwrap().to_owned();
    for (setting, says) in [
        (format!("notes = \"{elsewhere}\""), "is outside"),
        ("notes = \"../\"".to_owned(), "is outside"),
        ("notes = \"/\"".to_owned(), "is not a notes folder followup will write into"),
        ("theme = \"../../etc\"".to_owned(), "is not the name of a folder under `themes/`"),
    ] {
        t.write("followup.toml", format!("{setting}\n[sender]\nname = \"Sam\"\n"));
        let run = t.run(&["build"]);
        assert_eq!(run.code, 2, "{setting}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{setting}: {}", run.stderr);
    }
    assert!(!outside.exists("DASHBOARD.md") && !outside.exists("acme/final.followup.md"), "nothing written there");
    assert!(!std::path::Path::new("/DASHBOARD.md").exists());
    let home = t.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let run = crate::support::run_with(
        &["build", home.to_str().unwrap(), "--today", "2026-10-27"],
        &[("HOME", home.to_str().unwrap())],
    );
    assert_eq!(run.code, 2, "the home folder itself is refused: {}", run.stderr);
}

// Issue 11, defect 8: a notes folder outside the project is built when the user confirms it
// with `--allow-notes-outside`; the root and the home folder stay refused.
#[test]
fn allow_notes_outside_confirms_a_notes_folder_elsewhere_but_never_the_root() {
    let outside = Test::new();
    outside.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    let t = Test::new();
    t.write("followup.toml", format!("notes = \"{}\"\n[sender]\nname = \"Sam\"\n", outside.path().display()));
    let refused = t.run(&["build"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("confirm it with `--allow-notes-outside`"), "{}", refused.stderr);
    for command in [
        &["build", "--allow-notes-outside"][..],
        &["check", "--allow-notes-outside"],
        &["inspect", "--allow-notes-outside"],
    ] {
        let run = t.run(command);
        assert_eq!(run.code, 0, "{command:?}: {}", run.stderr);
    }
    assert!(outside.read("acme/final.followup.md").contains("Dear Ana"));
    assert!(outside.exists("DASHBOARD.md") && !t.exists("DASHBOARD.md"));
    t.write("followup.toml", "notes = \"/\"\n");
    let root = t.run(&["build", "--allow-notes-outside"]);
    assert_eq!(root.code, 2, "{}", root.stderr);
    assert!(root.stderr.contains("is not a notes folder followup will write into"), "{}", root.stderr);
}

// Issue 11 (smaller): people written as `{}` or `name: ""` vanished in silence.
#[test]
fn an_empty_person_is_reported_but_an_unfilled_template_entry_is_not() {
    let t = Test::new();
    t.write(
        "n.md",
        "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - {}\n  - name: \"\"\n  - Ana Souza, CTO\n---\n",
    );
    // What `followup new` writes: an entry to fill in, quiet until it is.
    t.write(
        "fresh.md",
        "---\ncompany: Globex\ndate: 2026-10-21\ninterviewers:\n  - name:\n    title:\n    email:\n    emailed: false\n---\n",
    );
    let run = t.run(&["check"]);
    for line in
        ["n.md:5:5: warning: an empty person in `interviewers` is left out", "n.md:6:5: warning: an empty person"]
    {
        assert!(run.stdout.contains(line), "missing `{line}`:\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("fresh.md:5"), "{}", run.stdout);
}

// Issue 12: a typo in a key (`interviwers:`) dropped two interviewers in silence: exit 0, `check`
// clean, and a draft that thanked only the recruiter.
#[test]
fn a_misspelt_key_is_a_warning_that_names_the_key_meant_and_ones_own_keys_stay_quiet() {
    let t = Test::new();
    t.write(
        "acme.md",
        "---\ncompany: Acme\ndate: 2026-10-20\nrecruiter: Rita Ray\ninterviwers:\n  - Ana Souza, CTO\n  - name: Bo Chen\n    emial: bo@acme.example\ntags: [jobs]\nsalary: 120k\n---\n",
    );
    t.write(
        "globex.md",
        "---\ncompany: Globex\ndate: 2026-10-21\ninterviewers:\n  - name: Bo Chen\n    emial: bo@globex.example\n    linkedin: bochen\n---\n",
    );
    let run = t.run(&["check"]);
    assert_eq!(run.code, 0, "warnings only\n{}", run.stdout);
    for line in [
        "acme.md:6:3: warning: `interviwers` is not a key followup reads: did you mean `interviewers`?",
        "globex.md:6:12: warning: `emial` is not a field of a person followup reads: did you mean `email`?",
    ] {
        assert!(run.stdout.contains(line), "missing `{line}`:\n{}", run.stdout);
    }
    assert_eq!(
        run.stdout.matches("did you mean").count(),
        2,
        "`tags`, `salary`, `linkedin` are the user's:\n{}",
        run.stdout
    );
}

// Issue 12: `list --status awaitng-feedback` listed nothing and said nothing of the typo.
#[test]
fn list_refuses_a_status_no_note_gives_and_completions_offer_the_documented_ones() {
    let t = Test::copy_of("content");
    t.write(
        "zed/2026-10-01-screen.md",
        "---\ncompany: Zed\ndate: 2026-10-01\nstatus: ghosted\ninterviewers:\n  - Ana Souza\n---\n",
    );
    let typo = t.run(&["list", "--status", "awaitng-feedback"]);
    assert_eq!(typo.code, 2, "{}", typo.stderr);
    assert!(
        typo.stderr.contains("no interview has the status `awaitng-feedback` (did you mean `awaiting-feedback`?)"),
        "{}",
        typo.stderr
    );
    assert!(typo.stderr.contains("`closed`, `ghosted`"), "a note's own status is listed too: {}", typo.stderr);
    let own = t.run(&["list", "--status", "ghosted"]);
    assert_eq!((own.code, own.stdout.lines().count()), (0, 1), "{}", own.stdout);
    let spelled = t.run(&["list", "--status", "Awaiting feedback"]);
    let dashed = t.run(&["list", "--status", "awaiting-feedback"]);
    assert_eq!(spelled.code, 0, "{}", spelled.stderr);
    assert!(!dashed.stdout.is_empty() && spelled.stdout == dashed.stdout, "{}", spelled.stdout);
    let completions = crate::support::run(&["completions", "bash"]);
    assert!(completions.stdout.contains("scheduled completed awaiting-feedback advanced"), "{}", completions.stdout);
}

// Issue 12: `check note.md` failed with "not a folder", while `inspect` took a file.
#[test]
fn a_note_is_taken_wherever_a_path_is_and_check_looks_at_that_note_alone() {
    let t = Test::copy_of("tests/fixtures/hostile");
    let note = |rel: &str| t.path().join(rel).to_str().unwrap().to_owned();
    let broken = crate::support::run(&["check", &note("tab-indent.md"), "--today", TODAY]);
    assert_eq!(broken.code, 1, "{}", broken.stderr);
    assert!(broken.stdout.starts_with("tab-indent.md:5:2: error: invalid YAML"), "{}", broken.stdout);
    assert_eq!(broken.stdout.matches(": error: ").count() + broken.stdout.matches(": warning: ").count(), 1);
    let good = crate::support::run(&["check", &note("good.md"), "--today", TODAY]);
    assert_eq!((good.code, good.stdout.as_str()), (0, ""), "{}", good.stderr);
    for command in [&["status"][..], &["list"], &["build", "--check"], &["export", "ics"]] {
        let mut args = command.to_vec();
        let path = note("good.md");
        args.extend([path.as_str(), "--today", TODAY]);
        let run = crate::support::run(&args);
        assert!(!run.stderr.contains("not a folder"), "{command:?}: {}", run.stderr);
        assert!(run.code < 2, "{command:?}: {}", run.stderr);
    }
}

/// Every note of the corpora (styles, wild, generated, `content/`) with a wide character (an emoji of two code points,
/// an accented letter) where a rule looks for a word: at the start of each body line, after each
/// list marker and after each heading's hashes. Set 37's `✏️ Send thank-you today…` made a rule
/// slice inside the emoji and the whole build panic; each such rule is found here, not by a user.
#[test]
fn wide_characters_where_words_are_expected_never_stop_a_build() {
    fn widen(text: &str, wide: &str) -> String {
        let mut out = String::new();
        let mut in_front_matter = false;
        for (i, line) in text.lines().enumerate() {
            let fence = line == "---" || line == "+++";
            in_front_matter = if i == 0 { fence } else { in_front_matter && !fence };
            let marker = ["- [ ] ", "- ", "* ", "+ ", "> ", "### ", "## ", "# "].iter().find(|m| line.starts_with(*m));
            let widened = match marker {
                _ if in_front_matter || fence || line.trim().is_empty() => line.to_owned(),
                Some(m) => format!("{m}{wide}{}", &line[m.len()..]),
                None => format!("{wide}{line}"),
            };
            out.push_str(&widened);
            out.push('\n');
        }
        out
    }
    for corpus in ["tests/fixtures/styles", "tests/fixtures/wild", "tests/fixtures/generated", "content"] {
        for wide in ["✏️ ", "é", "👉"] {
            let t = Test::copy_of(corpus);
            let mut notes = 0;
            for entry in walk(t.path()) {
                if entry.extension().is_some_and(|e| e == "md") && !entry.to_string_lossy().ends_with(".followup.md") {
                    let text = std::fs::read_to_string(&entry).unwrap();
                    std::fs::write(&entry, widen(&text, wide)).unwrap();
                    notes += 1;
                }
            }
            assert!(notes >= 5, "{corpus}: {notes} notes");
            let run = t.run(&["build"]);
            assert!(
                !run.stderr.contains("panicked") && [0, 1].contains(&run.code),
                "{corpus} with {wide:?}: exit {}\n{}",
                run.code,
                run.stderr
            );
        }
    }
}

/// Every file under `dir`, at any depth.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}
