//! `followup init` and `followup new`: starting a job-search folder, and adding a note to it.

use std::io::{BufRead, IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::config::{CONFIG_FILE, Config};
use crate::error::Error;
use crate::letters::voice;
use crate::render::Renderer;
use crate::render::theme::Theme;

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

const GITIGNORE: &str =
    "# followup's build record (it has a .gitignore of its own too)\n.followup/\n# editors\n*~\n*.swp\n.DS_Store\n";

fn config_text(sender: &Sender) -> String {
    let line = |key: &str, value: &Option<String>, hint: &str| match value {
        Some(v) => format!("{key} = {}\n", toml_string(v)),
        None => format!("# {key} = \"{hint}\"\n"),
    };
    format!(
        "# followup settings. Every key is optional; the comments say what each one does.\n\n\
         # Send the thank-yous this many days after an interview.\nthank_you_days = 1\n\
         # Check in this many days after an interview if you have heard nothing.\nfollow_up_days = 14\n\
         # Your theme: themes/<name>/ beside this file overrides the built-in templates file by file.\n# theme = \"default\"\n\
         # Markdown files under content/ that are not interview notes, as gitignore-style patterns.\n# skip = [\"templates\"]\n\n\
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
        "---\ncompany: Example Co\nposition: Senior Engineer\ndate: {today}\nstage: phone-screen\nstatus: completed\n\
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
fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)
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
    let date = date.unwrap_or(config.today);
    let renderer = Renderer::new(Theme::new(config.theme_dir.as_deref()));
    let context =
        NoteContext { company, position, stage, stage_text: voice::stage_phrase(Some(stage)), date: date.to_string() };
    let text = renderer.render("note.md.j2", &context)?;
    let folder = config.notes_dir.join(slug(company));
    std::fs::create_dir_all(&folder).map_err(|e| Error::Io { path: folder.clone(), source: e })?;
    let base = format!("{date}-{}", slug(stage));
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

/// Opens `path` in `$VISUAL` or `$EDITOR`, and waits for the editor to close.
///
/// # Errors
/// When neither is set or the editor cannot be started.
pub fn edit(path: &Path) -> Result<(), Error> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()));
    let Some(editor) = editor else {
        return Err(Error::Refused("set VISUAL or EDITOR to the editor to open notes in".to_owned()));
    };
    let mut words = editor.split_whitespace();
    let program = words.next().expect("the editor is not blank");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(path)
        .status()
        .map_err(|e| Error::Io { path: PathBuf::from(program), source: e })?;
    if status.success() { Ok(()) } else { Err(Error::Refused(format!("the editor `{editor}` failed ({status})"))) }
}

/// A folder or file name for a company or stage: lower case, Latin accents dropped, other
/// scripts kept, everything else a single `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
            'ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' => "s",
            'ß' => "ss",
            'ť' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            '&' => "-and-",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let slug = out.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if slug.is_empty() { "company".to_owned() } else { slug }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_in_any_script() {
        assert_eq!(slug("Globex"), "globex");
        assert_eq!(slug("Société Générale"), "societe-generale");
        assert_eq!(slug("Müller & Söhne GmbH"), "muller-and-sohne-gmbh");
        assert_eq!(slug("Łódź Robotics"), "lodz-robotics");
        assert_eq!(slug("北京字节跳动"), "北京字节跳动");
        assert_eq!(slug("Яндекс"), "яндекс");
        assert_eq!(slug("  --  "), "company");
        assert_eq!(slug("phone screen"), "phone-screen");
    }

    #[test]
    fn config_values_are_quoted_for_toml() {
        let text = config_text(&Sender { name: Some("Sam \"The Man\" Rivera".into()), email: None, phone: None });
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(parsed["sender"]["name"].as_str(), Some("Sam \"The Man\" Rivera"));
    }
}
