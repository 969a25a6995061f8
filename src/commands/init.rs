//! `followup init`: starting a job-search folder (followup.toml, an example note, .gitignore).

use std::io::{BufRead, IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::Outcome;
use crate::config::CONFIG_FILE;
use crate::error::Error;

/// Who the drafts are from, as `init` was told.
#[derive(Debug, Default, Clone)]
pub struct Sender {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// What `init` did: the files it created, those it found and left as they were, and whether
/// it left out the example note because the folder holds notes already.
#[derive(Debug, Default)]
pub struct Initialized {
    pub created: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
    pub no_example: bool,
    /// The sender written into followup.toml: as given, with what was asked for on a terminal.
    pub sender: Sender,
}

/// Runs `init` in `dir` and says what it created and what it found there.
///
/// # Errors
/// As `init`.
pub fn run(dir: &Path, sender: Sender) -> Result<Outcome, Error> {
    let today = crate::config::resolve_today(None)?;
    let done = init(dir, sender, today)?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "Created in {}:", dir.display());
    for path in &done.created {
        let _ = writeln!(out, "  {}", path.display());
    }
    for path in &done.kept {
        let _ = writeln!(out, "Already there, left as it is: {}", path.display());
    }
    if done.no_example {
        let _ = writeln!(out, "No example note: the folder has notes already.");
    }
    let _ = writeln!(out, "\n{}", next_steps(&done.sender, done.created.iter().any(|p| p.ends_with(CONFIG_FILE))));
    Ok(Outcome::Clean)
}

/// What to do after `init`: add to followup.toml only what it was not told, then a note and a
/// build; and, once, why a webmail address gets letters for people not yet emailed.
fn next_steps(sender: &Sender, wrote_config: bool) -> String {
    let missing: Vec<&str> = [("your name", &sender.name), ("your email", &sender.email)]
        .into_iter()
        .filter(|(_, value)| value.is_none())
        .map(|(what, _)| what)
        .collect();
    let mut next = String::from("Next: ");
    if wrote_config && !missing.is_empty() {
        next += &format!("add {} to followup.toml's [sender] (they sign the drafts), then ", missing.join(" and "));
    }
    next += "add a note with\n`followup new COMPANY --stage phone-screen --edit`, then run `followup build` or `followup watch`.";
    if let Some(email) = sender.email.as_deref().filter(|e| crate::pipeline::plan::is_webmail(e)) {
        next += &format!(
            "\n\nA first email from {email}, a free webmail address, to someone you have not written to tends to\n\
             land in spam: followup drafts a letter or a card for them until you mark them `emailed: true`\n\
             (`not_yet_emailed` in followup.toml changes that)."
        );
    }
    next
}

/// Makes `dir` a job-search folder: followup.toml, content/ with an example note, .gitignore.
/// As `cargo init` does, it also works in a folder that has notes already: it creates only what
/// is missing and leaves the rest as it is, and a folder that holds Markdown notes anywhere
/// gets no example note.
///
/// # Errors
/// When followup.toml exists (nothing is created then), or the folder is not writable.
pub fn init(dir: &Path, mut sender: Sender, today: Date) -> Result<Initialized, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    if dir.join(CONFIG_FILE).exists() {
        return Err(Error::Refused(format!(
            "`{CONFIG_FILE}` already exists in {}; followup init never overwrites anything",
            dir.display()
        )));
    }
    if std::io::stdin().is_terminal() {
        ask(&mut sender).map_err(io(Path::new("<stdin>")))?;
    }
    let example = Path::new("content/example-co").join(format!("{today}-phone-screen.md"));
    let mut done = Initialized::default();
    let wanted = [
        (PathBuf::from(CONFIG_FILE), PathBuf::from(CONFIG_FILE), config_text(&sender)),
        (PathBuf::from(".gitignore"), PathBuf::from(".gitignore"), GITIGNORE.to_owned()),
        (PathBuf::from("content"), example, example_note(today)),
    ];
    let has_notes = crate::pipeline::scan::has_notes(dir);
    for (marker, rel, text) in wanted {
        if dir.join(&marker).exists() {
            done.kept.push(marker);
            continue;
        }
        if marker == Path::new("content") && has_notes {
            done.no_example = true;
            continue;
        }
        let path = dir.join(&rel);
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(io(dir))?;
        create_new(&path, text.as_bytes()).map_err(io(&path))?;
        done.created.push(rel);
    }
    done.sender = sender;
    Ok(done)
}

fn ask(sender: &mut Sender) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    for (label, slot) in [
        ("Your name", &mut sender.name),
        ("Your email", &mut sender.email),
        ("Your phone (optional)", &mut sender.phone),
    ] {
        if slot.is_none() {
            print!("{label}: ");
            std::io::stdout().flush()?;
            let answer = lines.next().transpose()?.unwrap_or_default();
            *slot = Some(answer.trim().to_owned()).filter(|a| !a.is_empty());
        }
    }
    Ok(())
}

const GITIGNORE: &str = "# followup's build record (it has a .gitignore of its own too)\n.followup/\n# the emails `followup export eml` writes for your mail app\noutbox/\n# editors\n*~\n*.swp\n.DS_Store\n";

fn config_text(sender: &Sender) -> String {
    let line = |key: &str, value: &Option<String>, hint: &str| match value {
        Some(v) => format!("{key} = {}\n", toml_string(v)),
        None => format!("# {key} = \"{hint}\"\n"),
    };
    format!(
        "# followup settings. Every key is optional; the comments say what each one does.\n\n\
         # Send the thank-yous this many days after an interview.\nthank_you_days = 1\n\
         # Check in this many days after an interview if you have heard nothing.\nfollow_up_days = 14\n\
         # A thank-you or check-in overdue by more than this many days has gone quiet: the dashboard\n\
         # lists it apart, in one short line, and `status` only counts it.\n# stale_after_days = 30\n\
         # How to thank people you have not exchanged email with yet: \"letter\" or \"card\" for\n\
         # everyone, or \"email\". Unset: a letter to an interviewer, a card to a helper. A first\n\
         # email from an address they do not know tends to land in spam, above all from a free\n\
         # webmail address; a letter or card does not.\n# not_yet_emailed = \"letter\"\n\
         # Your theme: themes/<name>/ beside this file overrides the built-in templates file by file.\n# theme = \"default\"\n\
         # Markdown files under content/ that are not interview notes, as gitignore-style patterns.\n# skip = [\"templates\"]\n\
         # Your public holidays: no thank-you or check-in falls on one (they vary by country).\n# holidays = [2026-11-26, 2026-12-25]\n\n\
         [sender]\n{}{}{}# signature = \"\"\"\n# Your Name\n# yourname.dev\"\"\"\n",
        line("name", &sender.name, "Your Name"),
        line("email", &sender.email, "you@example.com"),
        line("phone", &sender.phone, "+1 555 0100"),
    )
}

fn toml_string(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

fn example_note(today: Date) -> String {
    format!(
        "---\ncompany: Example Co\nposition: Senior Engineer\ndate: {today}\nstage: phone-screen\nstatus: awaiting-feedback\n\
         interviewers:\n  - name: Alex Kim\n    title: Engineering Manager\n    email: alex.kim@example.com\n    emailed: true\n\
         helpers:\n  - name: Sam Lee\n    title: Recruiter\n    role: recruiter\n---\n\n\
         # Example Co — phone screen\n\n\
         An example note: replace it with your own, or delete it. `followup build` writes a draft beside it.\n\n\
         ## Highlights\n\n- Alex liked how I explained the migration to event sourcing.\n- We connected on how to run blameless postmortems.\n\n\
         ## Clarify\n\n- On-call: I said we had no incidents, but what I meant is that we had no customer-facing ones.\n\n\
         ## Next steps\n\n- First of three rounds; a take-home comes next.\n"
    )
}

/// Writes a file that must not exist yet.
pub(super) fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_values_are_quoted_for_toml() {
        let text = config_text(&Sender { name: Some("Sam \"The Man\" Rivera".into()), email: None, phone: None });
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(parsed["sender"]["name"].as_str(), Some("Sam \"The Man\" Rivera"));
    }
}
