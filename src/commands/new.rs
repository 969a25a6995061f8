//! `followup new`: adds a note for an interview from the theme's `note.md.j2`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use super::ignore_broken_pipe;
use super::init::create_new;
use crate::Outcome;
use crate::config::Config;
use crate::error::Error;
use crate::letters::voice;
use crate::render::Renderer;
use crate::render::theme::Theme;

/// The longest company or stage name a note's folder and file are named after.
const MAX_NAME_CHARS: usize = 100;

/// Runs `new`: writes the note, prints its path, and opens it in the editor with `edit`.
///
/// # Errors
/// As `new_note` and `editor`.
pub fn run(
    config: &Config,
    company: &str,
    position: Option<&str>,
    stage: Option<&str>,
    date: Option<Date>,
    edit_it: bool,
) -> Result<Outcome, Error> {
    // The editor is found before the note is made: a retry after a missing editor would make a
    // second note.
    let editor = if edit_it { Some(editor()?) } else { None };
    let path = new_note(config, company, position, stage, date)?;
    writeln!(std::io::stdout(), "{}", path.display()).or_else(ignore_broken_pipe)?;
    if let Some(editor) = editor {
        edit_with(&editor, &path)?;
    }
    Ok(Outcome::Clean)
}

/// What the note template sees.
#[derive(Serialize)]
struct NoteContext<'a> {
    company: &'a str,
    position: Option<&'a str>,
    stage: &'a str,
    stage_text: String,
    date: String,
}

/// Writes a new note for `company` from the theme's `note.md.j2`; returns its path.
///
/// # Errors
/// When the template fails or the folder is not writable. Never overwrites a note: a second note
/// for the same day and stage gets `-2`, `-3`… in its name.
pub fn new_note(
    config: &Config,
    company: &str,
    position: Option<&str>,
    stage: Option<&str>,
    date: Option<Date>,
) -> Result<PathBuf, Error> {
    let stage = stage.unwrap_or("interview");
    // A folder name is at most 255 bytes on most file systems; a name this long is a mistake.
    for (what, text) in [("company", company), ("stage", stage)] {
        let chars = text.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(Error::Refused(format!(
                "the {what} name is {chars} characters long, too long to name a file by (at most {MAX_NAME_CHARS}): shorten it, and put the full name in the note"
            )));
        }
    }
    let date = date.unwrap_or(config.today);
    let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
    let context =
        NoteContext { company, position, stage, stage_text: voice::stage_phrase(Some(stage)), date: date.to_string() };
    let text = renderer.render("note.md.j2", &context)?;
    let folder = config.notes_dir.join(crate::text::slug::slug(company));
    std::fs::create_dir_all(&folder).map_err(|e| Error::Io { path: folder.clone(), source: e })?;
    let base = format!("{date}-{}", crate::text::slug::slug(stage));
    for n in 1.. {
        let name = if n == 1 { format!("{base}.md") } else { format!("{base}-{n}.md") };
        let path = folder.join(name);
        match create_new(&path, text.as_bytes()) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::Io { path, source: e }),
        }
    }
    unreachable!("some suffix is always free")
}

/// The editor to open notes in: `$VISUAL`, else `$EDITOR`, else `vi`, as git chooses; an error
/// when its program is not found.
///
/// # Errors
/// When the program is neither a path to a file nor on `PATH`.
pub fn editor() -> Result<String, Error> {
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let editor = set("VISUAL").or_else(|| set("EDITOR")).unwrap_or_else(|| "vi".to_owned());
    let program = editor.split_whitespace().next().expect("the editor is not blank");
    let on_path =
        || std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()).any(|d| d.join(program).is_file());
    let found = if program.contains('/') { Path::new(program).is_file() } else { on_path() };
    if !found {
        return Err(Error::Refused(format!(
            "the editor `{program}` is not installed: set VISUAL or EDITOR to the editor to open notes in"
        )));
    }
    Ok(editor)
}

/// Opens `path` in `editor`, and waits for it to close.
fn edit_with(editor: &str, path: &Path) -> Result<(), Error> {
    let mut words = editor.split_whitespace();
    let program = words.next().expect("the editor is not blank");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(path)
        .status()
        .map_err(|e| Error::Io { path: PathBuf::from(program), source: e })?;
    if status.success() { Ok(()) } else { Err(Error::Refused(format!("the editor `{editor}` failed ({status})"))) }
}
