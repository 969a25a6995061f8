//! The daily workflow: init, new, status, list, completions and the man page.

use std::process::Command;

use crate::support::{Test, run};

#[test]
fn init_creates_a_ready_folder_and_refuses_to_overwrite() {
    let t = Test::new();
    let dir = t.path().join("search");
    let out = run(&["init", dir.to_str().unwrap(), "--name", "Sam Rivera", "--email", "sam@samrivera.dev"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("followup.toml") && out.stdout.contains("Next:"), "{}", out.stdout);
    let config = std::fs::read_to_string(dir.join("followup.toml")).unwrap();
    assert!(config.contains("name = \"Sam Rivera\""), "{config}");
    assert!(config.contains("# phone = "), "missing values stay commented: {config}");
    assert!(std::fs::read_to_string(dir.join(".gitignore")).unwrap().contains(".followup/"));
    // The folder builds as it is, with the example note.
    let build = run(&["build", dir.to_str().unwrap(), "--today", "2026-10-27"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let drafts: Vec<_> = walk(&dir.join("content")).into_iter().filter(|p| p.ends_with(".followup.md")).collect();
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    // A second init touches nothing.
    std::fs::write(dir.join("followup.toml"), "# mine\n").unwrap();
    let again = run(&["init", dir.to_str().unwrap(), "--name", "X"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("never overwrites"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("followup.toml")).unwrap(), "# mine\n");
}

#[test]
fn init_in_a_folder_of_notes_adds_only_what_is_missing() {
    let t = Test::copy_of("content");
    std::fs::remove_file(t.path().join("followup.toml")).unwrap();
    t.write(".gitignore", "# mine\n");
    let before = crate::support::snapshot_tree(t.path());
    let out = run(&["init", t.path().to_str().unwrap(), "--name", "Sam Rivera"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Created in") && out.stdout.contains("  followup.toml\n"), "{}", out.stdout);
    assert!(out.stdout.contains("Already there, left as it is: .gitignore\n"), "{}", out.stdout);
    assert!(out.stdout.contains("No example note: the folder has notes already.\n"), "{}", out.stdout);
    let after = crate::support::snapshot_tree(t.path());
    let added: Vec<&String> = after.iter().filter(|f| !before.contains(f)).map(|(rel, _)| rel).collect();
    assert_eq!(added, ["followup.toml"], "only the settings are new; no example note among the notes");
    assert!(t.read("followup.toml").contains("name = \"Sam Rivera\""));
}

#[test]
fn new_writes_a_note_and_never_overwrites() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam\"\n");
    std::fs::create_dir(t.path().join("content")).unwrap();
    let dir = t.path().to_str().unwrap();
    let args = [
        "new",
        "Société Générale",
        "--stage",
        "phone-screen",
        "--date",
        "2026-11-02",
        "--position",
        "Quant Dev",
        "--dir",
        dir,
    ];
    let first = run(&args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let path = first.stdout.trim();
    assert!(path.ends_with("content/societe-generale/2026-11-02-phone-screen.md"), "{path}");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("company: Société Générale") && text.contains("date: 2026-11-02"), "{text}");
    let second = run(&args);
    assert!(second.stdout.trim().ends_with("2026-11-02-phone-screen-2.md"), "{}", second.stdout);
    assert_eq!(std::fs::read_to_string(path).unwrap(), text, "the first note is untouched");
    // The new note is understood: a company, a date, and no crash on its empty person.
    let inspect = run(&["inspect", "--json", path]);
    let v: serde_json::Value = serde_json::from_str(&inspect.stdout).unwrap();
    assert_eq!(v["company"], "Société Générale");
    assert_eq!(v["date"], "2026-11-02");
}

#[test]
fn new_with_edit_opens_the_editor() {
    let t = Test::new();
    std::fs::create_dir(t.path().join("content")).unwrap();
    t.write("followup.toml", "");
    let marker = t.path().join("edited");
    let out = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(["new", "Acme", "--edit", "--dir", t.path().to_str().unwrap()])
        .env("VISUAL", format!("touch {}", marker.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(marker.exists(), "the editor ran");
}

// Issue 12: with no VISUAL or EDITOR, `new --edit` made the note, then exited 2; a retry made a
// second note (`-2`). It now falls back to `vi`, as git does, and finds the editor first.
#[test]
fn new_with_edit_falls_back_to_vi_and_makes_no_note_without_an_editor() {
    let t = Test::new();
    std::fs::create_dir(t.path().join("content")).unwrap();
    t.write("followup.toml", "");
    let bin = tempfile::tempdir().unwrap();
    let new = |path: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_followup"))
            .args(["new", "Acme", "--edit", "--date", "2026-11-02", "--dir", t.path().to_str().unwrap()])
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env("PATH", path)
            .output()
            .unwrap()
    };
    let out = new(bin.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the editor `vi` is not installed: set VISUAL or EDITOR"), "{stderr}");
    assert!(!t.exists("content/acme"), "no note is made without an editor");
    let marker = t.path().join("opened");
    let vi = bin.path().join("vi");
    std::fs::write(&vi, format!("#!/bin/sh\necho \"$1\" > {}\n", marker.display())).unwrap();
    std::fs::set_permissions(&vi, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let out = new(&std::path::PathBuf::from(format!("{}:/bin:/usr/bin", bin.path().display())));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let opened = std::fs::read_to_string(&marker).expect("vi ran");
    assert!(opened.trim().ends_with("content/acme/2026-11-02-interview.md"), "{opened}");
}

// Issue 12: the file column of `status` started wherever the people's names ended.
#[test]
fn status_columns_line_up_in_terminal_columns() {
    use unicode_width::UnicodeWidthStr as _;
    let t = Test::copy_of("content");
    let out = t.run(&["status"]);
    let starts: Vec<usize> = out
        .stdout
        .lines()
        .map(|l| {
            let file = l.rfind("  ").expect("a gap before the file") + 2;
            l[..file].width()
        })
        .collect();
    assert!(starts.len() > 5 && starts.iter().all(|s| *s == starts[0]), "{starts:?}\n{}", out.stdout);
}

// Issue 12: the notes `new` and `init` wrote said `status: completed`, which README does not
// document; they say a documented one.
#[test]
fn new_and_init_write_a_documented_status() {
    let t = Test::new();
    let init = crate::support::run(&["init", t.path().to_str().unwrap(), "--name", "Sam Rivera"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let new = crate::support::run(&["new", "Acme", "--date", "2026-11-02", "--dir", t.path().to_str().unwrap()]);
    assert_eq!(new.code, 0, "{}", new.stderr);
    let readme = std::fs::read_to_string(crate::support::repo().join("README.md")).unwrap();
    let mut notes = 0;
    for path in crate::support::snapshot_tree(t.path()).into_iter().map(|(p, _)| p).filter(|p| p.ends_with(".md")) {
        let text = t.read(&path);
        let Some(status) = text.lines().find_map(|l| l.strip_prefix("status: ")) else { continue };
        notes += 1;
        assert!(readme.contains(&format!("`{status}`")), "{path}: `status: {status}` is not in README");
    }
    assert_eq!(notes, 2, "the example note of init and the note of new");
}

#[test]
fn status_lists_the_most_urgent_first_and_json_agrees() {
    let t = Test::copy_of("content");
    let out = t.run(&["status"]);
    assert_eq!(out.code, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("overdue    Mon Oct 5   send the thank-yous"), "{lines:?}");
    // Hooli's check-in day has come: its thank-you gave way to the check-in (one action a note).
    let hooli: Vec<&&str> = lines.iter().filter(|l| l.contains("Hooli:")).collect();
    assert!(hooli.len() == 1 && hooli[0].starts_with("overdue    Mon Oct 12  check in"), "{lines:?}");
    assert!(
        lines.iter().position(|l| l.contains("check in"))
            > lines.iter().rposition(|l| l.contains("send the thank-yous")),
        "{lines:?}"
    );
    assert!(lines.last().unwrap().contains("review and personalise the draft"), "{lines:?}");
    assert!(!out.stdout.contains('\u{1b}'), "no colour when piped");
    let json = t.run(&["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v[0]["kind"], "thank-you");
    assert_eq!(v[0]["due"], "2026-10-05");
    assert_eq!(v[0]["urgency"], "overdue");
    assert_eq!(v.as_array().unwrap().len(), lines.len());
}

// Issue 12: when a note broke after its interview, its overdue thank-you dropped out of
// `status`, replaced by a "fix the note" line at the bottom. What the note still says plainly
// (its date, company, whether it was thanked) keeps the thank-you, and the fix goes beside it.
#[test]
fn a_broken_notes_overdue_thank_you_stays_with_the_fix_beside_it() {
    let t = Test::copy_of("content");
    let note = "globex/2026-10-14-final.md";
    let original = t.read(note);
    t.write(note, original.replacen("stage: final", "stage: [final", 1));
    let status = t.run(&["status", "--json"]);
    let tasks: Vec<serde_json::Value> = serde_json::from_str(&status.stdout).unwrap();
    let globex: Vec<(usize, &serde_json::Value)> =
        tasks.iter().enumerate().filter(|(_, t)| t["company"] == "Globex").collect();
    let kinds: Vec<&str> = globex.iter().map(|(_, t)| t["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["thank-you", "fix-note", "check-in"], "{}", status.stdout);
    let (at, thanks) = globex[0];
    assert_eq!((thanks["due"].as_str(), thanks["urgency"].as_str()), (Some("2026-10-15"), Some("overdue")));
    assert_eq!(globex[1].0, at + 1, "the fix is right after the thank-you:\n{}", status.stdout);
    assert_eq!(globex[1].1["note"], "globex/2026-10-14-final.md:6:7");
    assert!(at < tasks.iter().position(|t| t["kind"] == "review-draft").unwrap(), "{}", status.stdout);
    let text = t.run(&["status"]).stdout;
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("Globex")).collect();
    assert!(lines[0].starts_with("overdue    Thu Oct 15  send the thank-yous"), "{text}");
    assert!(lines[1].starts_with("pending                fix the note: invalid YAML"), "{text}");

    // Thanked, as the broken note still says plainly: no thank-you; the check-in, then the fix.
    t.write(note, original.replacen("stage: final", "stage: [final\nthanked: 2026-10-15", 1));
    let kinds = |t: &Test| -> Vec<String> {
        let tasks: Vec<serde_json::Value> = serde_json::from_str(&t.run(&["status", "--json"]).stdout).unwrap();
        let globex = |t: &&serde_json::Value| t["note"].as_str().unwrap().starts_with("globex/");
        tasks.iter().filter(globex).map(|t| t["kind"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(kinds(&t), ["check-in", "fix-note"]);
    // The date line itself broken: nothing can be said of what is due, only the fix.
    t.write(note, original.replacen("date: 2026-10-14", "date: [2026-10-14", 1));
    assert_eq!(kinds(&t), ["fix-note"]);
}

#[test]
fn status_shows_broken_notes_with_their_location() {
    let t = Test::new();
    t.write("broken.md", "---\ncompany: [Acme\n---\n");
    let out = t.run(&["status"]);
    assert!(
        out.stdout.contains("fix the note: invalid YAML") && out.stdout.contains("broken.md:2:10"),
        "{}",
        out.stdout
    );
}

#[test]
fn list_filters_by_company_status_and_date() {
    let t = Test::copy_of("content");
    let all = t.run(&["list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&all.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 5);
    assert_eq!(v[0]["company"], "Pied Piper", "newest first");
    let some = t.run(&["list", "--json", "--status", "AWAITING-FEEDBACK", "--since", "2026-10-01"]);
    let v: serde_json::Value = serde_json::from_str(&some.stdout).unwrap();
    let companies: Vec<&str> = v.as_array().unwrap().iter().map(|l| l["company"].as_str().unwrap()).collect();
    assert_eq!(companies, ["Pied Piper", "Umbrella Health", "Globex"]);
    let one = t.run(&["list", "--company", "hoo"]);
    assert_eq!(one.stdout.lines().count(), 1);
    assert!(one.stdout.starts_with("2026-09-28  Hooli"), "{}", one.stdout);
}

#[test]
fn list_lines_up_its_columns_and_says_how_many_more_people_there_are() {
    let t = Test::copy_of("content");
    let out = t.run(&["list"]);
    // Where each line's next action starts, counted in terminal columns (李娜 takes four).
    let starts: Vec<usize> = out
        .stdout
        .lines()
        .map(|l| {
            let at = l.find("thank-you by").or_else(|| l.find("check-in by"));
            let before = &l[..at.expect("every interview has a thank-you or a check-in to send")];
            before.chars().map(|c| if ('\u{4e00}'..='\u{9fff}').contains(&c) { 2 } else { 1 }).sum()
        })
        .collect();
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}\n{}", out.stdout);
    assert!(out.stdout.contains("  Dr. Priya Raman, José Álvarez, 李娜, and 1 more  "), "{}", out.stdout);
    assert!(out.stdout.contains("  Hannah Lee, Gregory Park, and Maria Chen  "), "{}", out.stdout);
}

#[test]
fn completions_are_generated_for_every_shell_and_the_man_page_too() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}");
        assert!(out.stdout.contains("followup") && out.stdout.contains("watch"), "{shell}");
    }
    let man = run(&["man"]);
    assert!(
        man.stdout.starts_with(".ie") || man.stdout.contains(".TH followup"),
        "{}",
        &man.stdout[..200.min(man.stdout.len())]
    );
    let version = run(&["--version"]);
    assert_eq!(version.stdout.trim(), format!("followup {}", env!("CARGO_PKG_VERSION")));
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    out
}

#[test]
fn status_is_coloured_on_a_terminal_unless_no_color_is_set() {
    // `script` (util-linux) runs the command on a pseudo-terminal.
    let t = Test::copy_of("content");
    let command = format!("{} status {} --today 2026-10-27", env!("CARGO_BIN_EXE_followup"), t.path().display());
    let on_terminal = |no_color: bool| {
        let mut c = Command::new("script");
        c.args(["-qec", &command, "/dev/null"]).env_remove("NO_COLOR");
        if no_color {
            c.env("NO_COLOR", "1");
        }
        let out = c.output().expect("script is part of util-linux");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_terminal(false);
    assert!(coloured.contains("\u{1b}[31moverdue"), "{coloured}");
    let plain = on_terminal(true);
    assert!(plain.contains("overdue") && !plain.contains('\u{1b}'), "{plain}");
}

// Issue 11, defect 9: `new "#1 Solutions"` wrote YAML that followup then misread.
#[test]
fn new_writes_every_value_so_that_it_reads_back() {
    let t = Test::new();
    t.write("followup.toml", "[sender]\nname = \"Sam\"\n");
    std::fs::create_dir(t.path().join("content")).unwrap();
    let dir = t.path().to_str().unwrap();
    for company in ["#1 Solutions", "Acme: Labs", "[24]7.ai", "@Home", "*NSYNC", "Yes", "3M", "Globex"] {
        let stage = format!("final: {company}");
        let out =
            run(&["new", company, "--stage", &stage, "--position", "Lead: Ops", "--date", "2026-11-02", "--dir", dir]);
        assert_eq!(out.code, 0, "{company}: {}", out.stderr);
        let path = out.stdout.trim();
        let inspected = run(&["inspect", path, "--json", "--today", "2026-11-02"]);
        assert_eq!(inspected.code, 0, "{company}: {}", inspected.stderr);
        let v: serde_json::Value = serde_json::from_str(&inspected.stdout).unwrap();
        let v = if v.is_array() { v[0].clone() } else { v };
        assert_eq!(v["company"], company, "{company}: {}", std::fs::read_to_string(path).unwrap());
        assert_eq!(v["stage"], stage.as_str());
        assert_eq!(v["position"], "Lead: Ops");
    }
    let long = "A".repeat(300);
    let out = run(&["new", &long, "--dir", dir]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("the company name is 300 characters long, too long to name a file by"),
        "{}",
        out.stderr
    );
}

// Issue 12: the man page referred to followup-build(1) and others that did not exist.
#[test]
fn man_dir_writes_every_page_the_pages_refer_to() {
    let t = Test::new();
    let dir = t.path().join("share/man/man1");
    let out = run(&["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let pages: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    for name in ["followup.1", "followup-build.1", "followup-export-ics.1", "followup-man.1"] {
        assert!(pages.iter().any(|p| p == name), "{name} missing from {pages:?}");
    }
    let mut references = 0;
    for page in &pages {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(text.contains(".TH "), "{page} is a man page");
        for reference in text.split("followup\\-").skip(1) {
            let Some((name, _)) = reference.split_once("(1)") else { continue };
            references += 1;
            let file = format!("followup-{}.1", name.replace("\\-", "-"));
            assert!(pages.contains(&file), "{page} refers to {file}, which is not written");
        }
    }
    assert!(references > 10, "{references}");
    // A newcomer's walk found `followup-help-help.1`: pages of clap's help for its help.
    assert!(!pages.iter().any(|p| p.contains("help-")), "{pages:?}");
    assert_eq!(out.stdout.lines().count(), pages.len(), "each page written is named");
    let single = run(&["man"]);
    assert!(single.stdout.starts_with(".ie") && single.stdout.contains(".TH followup"), "{}", single.stdout);
}

// Issue 14: at 10,000 notes spanning years, the action list began with thank-yous overdue for
// years, each row carrying whole letters in its links. An action overdue by more than
// `stale_after_days` has gone quiet: one short line apart, without the letter; `status` counts
// it; `export eml` leaves it out. And once a check-in's day has come, an unsent thank-you gives
// way to it.
#[test]
fn actions_overdue_past_stale_after_days_go_quiet() {
    let t = Test::copy_of("content");
    let day = "2026-11-20";
    t.run_at(day, &["build"]);
    let md = t.read("DASHBOARD.md");
    let section = |title: &str| -> String {
        let start = md.find(title).unwrap_or_else(|| panic!("no `{title}` in:\n{md}"));
        let rest = &md[start + title.len()..];
        format!("{title}{}", &rest[..rest.find("\n#").unwrap_or(rest.len())])
    };
    let actions = section("## Next actions");
    let quiet = section("### Gone quiet");
    // Hooli's check-in (October 12) and Initech's thank-you (Monday, October 5: never due on a
    // weekend; they advanced Sam, so no check-in) are over 30 days late; Globex's check-in (Monday, November 2, after its decision
    // date) is not.
    assert!(!actions.contains("Hooli") && !actions.contains("Initech"), "{actions}");
    assert!(actions.contains("| 2026-11-02 | overdue | Check in |") && actions.contains("Globex"), "{actions}");
    assert!(actions.contains("mailto:hannah.lee@globex.example"), "{actions}");
    assert!(!actions.contains("Send the thank-yous | Hannah Lee"), "the thank-you gave way to the check-in");
    let lines: Vec<&str> = quiet.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(
        lines,
        [
            "- Hooli, hooli/2026-09-28-technical.md: check-in due 2026-10-12 ([draft](hooli/2026-09-28-technical.followup.md))",
            "- Initech, initech/2026-10-02-phone-screen.md: thank-yous due 2026-10-05 ([draft](initech/2026-10-02-phone-screen.followup.md))",
        ],
        "{quiet}"
    );
    assert!(!quiet.contains("mailto:"), "{quiet}");
    // The most recent first: the one still worth a second try.
    let html = t.read("dashboard.html");
    assert!(html.contains("<h3>Gone quiet</h3>") && html.contains("<li>Hooli, "), "the HTML has the section too");
    let status = t.run_at(day, &["status"]);
    assert!(!status.stdout.contains("Hooli:") && !status.stdout.contains("Initech:"), "{}", status.stdout);
    assert!(
        status.stdout.ends_with(
            "2 interviews have gone quiet, their follow-up overdue for over 30 days: the dashboard lists them apart\n"
        ),
        "{}",
        status.stdout
    );
    // `stale_after_days` says when.
    t.write(
        "followup.toml",
        t.read("followup.toml").replace("follow_up_days = 14", "follow_up_days = 14\nstale_after_days = 60"),
    );
    t.run_at(day, &["build"]);
    assert!(!t.read("DASHBOARD.md").contains("### Gone quiet"));
}

// Issue 14: the dashboard shows where the interviews stand and how the weeks went, as charts
// drawn at build time (inline SVG, no network, no script), each with a text alternative; the
// Markdown dashboard says the same in words.
#[test]
fn the_dashboard_draws_the_pipeline_and_the_weeks() {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let words = "Pipeline chart: 5 interviews; by outcome, 4 awaiting, 1 advanced, 0 rejected, 0 offer; by stage, 1 screen, 1 technical, 2 onsite, 1 final. \
                 Activity chart, by week from August 17, 2026 to next week: 5 interviews held, 8 follow-ups due, 5 of them overdue.";
    assert!(t.read("DASHBOARD.md").contains(&format!("\n{words}\n")));
    let html = t.read("dashboard.html");
    let figure = &html[html.find("<figure class=\"charts\">").expect("the charts")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    assert_eq!(figure.matches("<svg role=\"img\" aria-label=\"").count(), 2, "{figure}");
    assert!(figure.contains("<svg role=\"img\" aria-label=\"Pipeline chart: 5 interviews;"), "{figure}");
    assert!(figure.ends_with(&format!("<figcaption>{words}</figcaption>")), "{figure}");
    assert!(!html.contains(&format!("<p>{words}</p>")), "drawn in place of the paragraph");
    // Two rects per stage at most (one per outcome present) and a legend: counts, not notes.
    assert_eq!(figure.matches("class=\"o1\"").count(), 2, "one advanced bar and its legend: {figure}");
}

// Issue 12 (a newcomer's walk): `init` on a terminal asked for the name and email, wrote them,
// then said to add them to followup.toml.
#[test]
fn init_on_a_terminal_takes_the_answers_and_does_not_ask_for_them_again() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("search");
    // `script` gives followup a terminal, as a person's shell would.
    let command = format!("{} init {}", env!("CARGO_BIN_EXE_followup"), folder.display());
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("util-linux's script");
    child.stdin.take().unwrap().write_all(b"Sam Rivera\nsam@samrivera.dev\n\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("Your name: ") && said.contains("Your email: "), "it asked: {said}");
    let toml = std::fs::read_to_string(folder.join("followup.toml")).unwrap();
    assert!(toml.contains("name = \"Sam Rivera\"\nemail = \"sam@samrivera.dev\"\n"), "{toml}");
    assert!(!said.contains("add your name") && !said.contains("add your email"), "{said}");
    assert!(said.contains("Next: add a note with"), "{said}");
}

// Issue 12 (a newcomer's walk): `followup completions bash | head -3` panicked on the closed
// pipe; and the summary said "1 notes read".
#[test]
fn completions_into_a_closed_pipe_end_quietly_and_one_note_is_one_note() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked") && !said.contains("Broken pipe"), "{said}");
    assert_eq!(out.status.code(), Some(0), "{said}");
    let t = Test::new();
    t.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    assert!(t.run(&["build"]).stdout.starts_with("1 note read: 1 drafts written"));
}

// Issue 12 (a newcomer's walk): `list --status awaiting-feedback` left out the interviews whose
// notes give no status, though they plainly await an answer; `mark fernhill` did not find
// Fernhill Analytics.
#[test]
fn an_unstated_status_is_awaiting_feedback_and_mark_takes_a_companys_first_word() {
    let t = Test::new();
    let note = |company: &str, date: &str| {
        format!("---\ncompany: {company}\ndate: {date}\ninterviewers:\n  - Ana Souza, CTO\n---\n")
    };
    t.write("fa/done.md", note("Fernhill Analytics", "2026-10-20"));
    t.write("fa/next.md", note("Fernhill Analytics", "2026-11-20"));
    t.write("fw/a.md", note("Fernwood Labs", "2026-10-21"));
    let listed = |status: &str| -> Vec<String> {
        let out = t.run(&["list", "--status", status, "--json"]);
        let v: Vec<serde_json::Value> = serde_json::from_str(&out.stdout).unwrap();
        v.iter().map(|l| l["path"].as_str().unwrap().to_owned()).collect()
    };
    // (A later interview of the same company says the earlier one advanced.)
    assert_eq!(listed("awaiting-feedback"), ["fw/a.md"]);
    assert_eq!(listed("advanced"), ["fa/done.md"]);
    assert_eq!(listed("scheduled"), ["fa/next.md"]);
    let mark = |target: &str| {
        run(&["mark", target, "--thanked", "--dir", t.path().to_str().unwrap(), "--today", crate::support::TODAY])
    };
    let out = mark("fernhill");
    assert_eq!(out.stdout, "fa/next.md: thanked: 2026-10-27\n", "{}", out.stderr);
    t.write("fb/a.md", note("Fernhill Bank", "2026-10-22"));
    let out = mark("fernhill");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("`fernhill` could be Fernhill Analytics or Fernhill Bank: say which"),
        "{}",
        out.stderr
    );
}

// Issue 12 (a newcomer's walk): notes take `November 27, 2026`, the command line took only
// `2026-11-27`.
#[test]
fn dates_on_the_command_line_are_read_as_notes_write_them() {
    let t = Test::new();
    t.write("acme/final.md", "---\ncompany: Acme\ndate: 2026-11-20\ninterviewers:\n  - Ana Souza, CTO\n---\n");
    for today in ["2026-11-27", "November 27, 2026", "2026/11/27", "11/27/2026"] {
        let out = run(&["status", t.path().to_str().unwrap(), "--today", today, "--json"]);
        assert_eq!(out.code, 0, "{today}: {}", out.stderr);
        // The interview was on a Friday: the thank-you is due on the Monday, not the Saturday.
        assert!(out.stdout.contains("\"due\": \"2026-11-23\""), "{today}: {}", out.stdout);
    }
    let out = run(&["status", t.path().to_str().unwrap(), "--today", "03/04/2026"]);
    assert_eq!(out.code, 2, "a day that could be March 4 or April 3 is refused");
    assert!(out.stderr.contains("is not a date: write it as YYYY-MM-DD (or November 27, 2026)"), "{}", out.stderr);
    let out = run(&["new", "Globex", "--date", "November 28, 2026", "--dir", t.path().to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("globex/2026-11-28-"), "{}", out.stdout);
}
