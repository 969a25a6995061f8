//! Resolves what the user typed and wrote in `followup.toml` into the decided `Config`.
//!
//! `followup.toml` is optional and found by walking up from the notes folder, the way cargo finds
//! Cargo.toml. Unknown keys are errors that name the key and the valid ones. Everything after
//! this module reads `Config`, never the command line.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Position};
use crate::error::Error;
use crate::pipeline::skip::Skip;

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "followup.toml";

/// The decided settings for one run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The notes folder (absolute).
    pub notes_dir: PathBuf,
    /// The followup.toml in force, if any.
    pub config_file: Option<PathBuf>,
    /// The user's theme folder (`themes/<name>` beside followup.toml), if it exists.
    pub theme_dir: Option<PathBuf>,
    pub sender: Sender,
    pub thank_you_days: i32,
    pub follow_up_days: i32,
    /// An action overdue by more than this many days has gone quiet: the dashboard moves it to a
    /// short list of its own, and `status` counts it instead of listing it.
    pub stale_after_days: i32,
    /// The channel for people you have not exchanged email with; `None`: a letter for an
    /// interviewer, a card for a helper.
    pub not_yet_emailed: Option<crate::model::Channel>,
    pub skip: Skip,
    pub today: Date,
    /// Where the build remembers what each note yielded (`.followup/` in the notes folder).
    pub cache_dir: PathBuf,
    /// Days nobody reads mail (`holidays = [2026-11-26, 2026-12-25]`): no thank-you or check-in
    /// falls on one, and the post does not count them.
    pub holidays: Vec<Date>,
    /// True when the drafts write a day before its month (`Friday 27 November`), as the sender's
    /// country does: `dates = "day-month"`, or, unset, a phone number with a country code other
    /// than +1.
    pub day_first: bool,
}

/// Who the drafts are from.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Lines that close every message; defaults to the name.
    pub signature: Option<String>,
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    sender: Sender,
    thank_you_days: Option<i32>,
    follow_up_days: Option<i32>,
    stale_after_days: Option<i32>,
    theme: Option<String>,
    /// The notes folder, relative to followup.toml.
    notes: Option<String>,
    /// How to thank people you have not exchanged email with: letter, card or email.
    not_yet_emailed: Option<toml::Spanned<String>>,
    /// With where each pattern is written, to point at one that does not compile.
    #[serde(default)]
    skip: Vec<toml::Spanned<String>>,
    /// Days off, as TOML dates (`2026-11-26`) or strings.
    #[serde(default)]
    holidays: Vec<toml::Spanned<toml::Value>>,
    /// How the drafts write a date: `day-month` or `month-day`.
    dates: Option<toml::Spanned<String>>,
}

impl Config {
    /// Decides the configuration for `path` (a notes folder or a folder holding followup.toml).
    ///
    /// # Errors
    /// When the path does not exist, `today` is not a date, or followup.toml cannot be read.
    pub fn resolve(path: &Path, today: Option<&str>) -> Result<Config, Error> {
        Config::resolve_with(path, today, NotesAt::InsideConfigFolder)
    }

    /// Like `resolve`, saying where the notes folder may be (`--allow-notes-outside`).
    ///
    /// # Errors
    /// As `resolve`.
    pub fn resolve_with(path: &Path, today: Option<&str>, notes_at: NotesAt) -> Result<Config, Error> {
        let path = std::path::absolute(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
        // A note stands for the notes folder it is in, as a folder inside it does.
        let path = match path.parent() {
            Some(folder) if path.is_file() => folder.to_path_buf(),
            _ => path,
        };
        if !path.is_dir() {
            return Err(Error::NotAFolder(path));
        }
        let config_file = path.ancestors().map(|dir| dir.join(CONFIG_FILE)).find(|f| f.is_file());
        let (file, skip) = match &config_file {
            Some(f) => load(f)?,
            None => (File::default(), Skip::default()),
        };
        let holidays = match &config_file {
            Some(f) => holidays(f, &file.holidays)?,
            None => Vec::new(),
        };
        let base = config_file.as_deref().and_then(Path::parent).unwrap_or(&path).to_path_buf();
        // Like cargo inside a crate: a folder inside the notes folder means the whole notes folder.
        let notes_dir = match (&config_file, &file.notes) {
            (Some(_), Some(dir)) => base.join(dir),
            (Some(_), None) if base.join("content").is_dir() => base.join("content"),
            (Some(_), None) => base.clone(),
            (None, _) => path.clone(),
        };
        let notes_dir = if path.starts_with(&notes_dir) || path == base { notes_dir } else { path.clone() };
        let config_path = config_file.as_deref().unwrap_or(Path::new(CONFIG_FILE));
        let inside = config_file.as_ref().filter(|_| notes_at == NotesAt::InsideConfigFolder).map(|_| base.as_path());
        check_notes_dir(&notes_dir, inside, config_path)?;
        let theme = file.theme.as_deref().unwrap_or("default");
        check_theme(theme, config_path)?;
        let theme_dir = Some(base.join("themes").join(theme)).filter(|d| d.is_dir());
        let day_first = match file.dates.as_ref().map(|d| d.get_ref().as_str()) {
            Some(order) => order == "day-month",
            // (Set 46: a Melbourne vet nurse, a Manchester teacher, a Bangalore analyst and an
            // Edinburgh archivist wrote "Friday, November 27".)
            None => file.sender.phone.as_deref().is_some_and(abroad),
        };
        Ok(Config {
            cache_dir: notes_dir.join(".followup"),
            notes_dir,
            config_file,
            theme_dir,
            sender: file.sender,
            thank_you_days: file.thank_you_days.unwrap_or(1),
            follow_up_days: file.follow_up_days.unwrap_or(14),
            stale_after_days: file.stale_after_days.unwrap_or(30),
            not_yet_emailed: file.not_yet_emailed.as_ref().and_then(|c| written_channel(c.get_ref())),
            skip,
            today: resolve_today(today)?,
            holidays,
            day_first,
        })
    }
}

/// True for a phone number written with a country code other than North America's (`+44 131
/// 496 0378`, `+61 412 308 557`; not `+1 415 555 0134`, nor `(713) 555-0192`): a sender whose
/// country writes the day before the month.
fn abroad(phone: &str) -> bool {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let plus = phone.trim_start().starts_with('+');
    plus && !(digits.starts_with('1') && digits.len() == 11)
}

/// Where the notes folder `followup.toml` names may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotesAt {
    /// In the folder that holds followup.toml, or under it.
    #[default]
    InsideConfigFolder,
    /// Anywhere but the root of the file system or the home folder: the user said so.
    Anywhere,
}

/// Refuses a notes folder followup must not write into: the root of the file system or the home
/// folder, or a folder outside the one that holds followup.toml (`base`): a build writes drafts
/// beside every note and the dashboard at the top, so a notes folder must be one the user chose.
fn check_notes_dir(notes_dir: &Path, base: Option<&Path>, config_path: &Path) -> Result<(), Error> {
    let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let notes = real(notes_dir);
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| real(Path::new(&h)));
    if notes.parent().is_none() || home.as_deref() == Some(notes.as_path()) {
        return Err(Error::Refused(format!(
            "{} is not a notes folder followup will write into: give the folder that holds your interview notes",
            notes.display()
        )));
    }
    if let Some(base) = base.filter(|base| !notes.starts_with(real(base))) {
        let message = format!(
            "the notes folder {} is outside {}, the folder that holds followup.toml",
            notes.display(),
            base.display()
        );
        let diagnostic = Diagnostic::error(&config_path.display().to_string(), Position::FILE, message).with_help(
            "set `notes` to a folder inside it (`notes = \"content\"`), or move followup.toml above your notes; \
             if that folder is the one you mean, confirm it with `--allow-notes-outside`",
        );
        return Err(Error::Config(diagnostic));
    }
    Ok(())
}

/// A theme is a folder's name under `themes/`, nothing more.
fn check_theme(theme: &str, config_path: &Path) -> Result<(), Error> {
    let mut parts = Path::new(theme).components();
    let one_name = matches!(parts.next(), Some(std::path::Component::Normal(_))) && parts.next().is_none();
    if one_name {
        return Ok(());
    }
    let message = format!("`theme = \"{theme}\"` is not the name of a folder under `themes/`");
    Err(Error::Config(
        Diagnostic::error(&config_path.display().to_string(), Position::FILE, message)
            .with_help("name a folder in `themes/` beside followup.toml, such as `theme = \"default\"`"),
    ))
}

/// The `holidays` of followup.toml at `path`, each a date.
fn holidays(path: &Path, days: &[toml::Spanned<toml::Value>]) -> Result<Vec<Date>, Error> {
    let mut out = Vec::new();
    for day in days {
        let text = match day.get_ref() {
            toml::Value::Datetime(d) => d.to_string(),
            toml::Value::String(s) => s.clone(),
            other => format!("{other:?}"),
        };
        match text.parse::<Date>() {
            Ok(date) => out.push(date),
            Err(_) => {
                let source = crate::files::read_regular_text(path).unwrap_or_default();
                let pos = Position::of_offset(&source, day.span().start);
                let message = format!("`holidays` entry `{text}` is not a date");
                return Err(Error::Config(
                    Diagnostic::error(&path.display().to_string(), pos, message)
                        .with_help("write days off as dates: `holidays = [2026-11-26, 2026-12-25]`"),
                ));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The file, and its `skip` patterns compiled.
fn load(path: &Path) -> Result<(File, Skip), Error> {
    let text = crate::files::read_regular_text(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
    let file: File = toml::from_str(&text).map_err(|e| {
        let pos = e.span().map_or(Position::START, |s| Position::of_offset(&text, s.start));
        let message = e.message().trim().replace('\n', " ");
        Error::Config(Diagnostic::error(&path.display().to_string(), pos, message).with_help(
            "valid keys: thank_you_days, follow_up_days, stale_after_days, not_yet_emailed, dates, theme, notes, skip, holidays, and [sender] name, email, phone, signature",
        ))
    })?;
    let skip = Skip::new(&file.skip.iter().map(|p| p.get_ref().as_str()).collect::<Vec<_>>()).map_err(|bad| {
        let pos = file.skip.get(bad.index).map_or(Position::START, |p| Position::of_offset(&text, p.span().start));
        let message = format!("`skip` pattern `{}` is not a pattern: {}", bad.pattern, bad.reason);
        Error::Config(Diagnostic::error(&path.display().to_string(), pos, message).with_help(
            "skip patterns are gitignore-style: `*`, `?`, `[abc]`, `**`, a leading `!`, `/` or trailing `/`; \
             write `\\[` for a literal `[`",
        ))
    })?;
    check_sender_email(path, &text, &file)?;
    if let Some(channel) = file.not_yet_emailed.as_ref().filter(|c| written_channel(c.get_ref()).is_none()) {
        let pos = Position::of_offset(&text, channel.span().start);
        let message =
            format!("`not_yet_emailed` should be letter, card or email, found `{}`", channel.get_ref().escape_debug());
        return Err(Error::Config(Diagnostic::error(&path.display().to_string(), pos, message).with_help(
            "`letter` or `card` for everyone you have not exchanged email with; `email` to email them anyway",
        )));
    }
    if let Some(dates) = file.dates.as_ref().filter(|d| !["day-month", "month-day"].contains(&d.get_ref().as_str())) {
        let pos = Position::of_offset(&text, dates.span().start);
        let message = format!("`dates` should be day-month or month-day, found `{}`", dates.get_ref().escape_debug());
        return Err(Error::Config(
            Diagnostic::error(&path.display().to_string(), pos, message)
                .with_help("`day-month` writes \"Friday 27 November\", `month-day` \"Friday, November 27\""),
        ));
    }
    Ok((file, skip))
}

/// The sender's address goes into every `From:` and `mailto:`: it must be one address, like
/// the ones in notes (issue 11).
/// A channel a message can be drafted for (`not_yet_emailed` names how to write, not whom to call).
fn written_channel(text: &str) -> Option<crate::model::Channel> {
    crate::model::Channel::parse(text).filter(|c| c.is_written())
}

fn check_sender_email(path: &Path, text: &str, file: &File) -> Result<(), Error> {
    let Some(email) = file.sender.email.as_deref().filter(|e| !crate::text::email::is_address(e)) else {
        return Ok(());
    };
    let pos = text.find(&format!("\"{email}\"")).map_or(Position::START, |i| Position::of_offset(text, i));
    let message = format!("`[sender] email` is not one email address: `{}`", email.escape_debug());
    Err(Error::Config(
        Diagnostic::error(&path.display().to_string(), pos, message)
            .with_help("write a single address such as `sam@example.com`"),
    ))
}

/// A date as a person types it on the command line: as a note may write it (`2026-11-27`,
/// `November 27, 2026`, `2026/11/27`, `11/27/2026` when it can mean one day only).
pub fn parse_day(text: &str) -> Option<Date> {
    let text = text.trim();
    text.parse::<Date>().ok().or_else(|| crate::pipeline::extract::dates::parse_date(text))
}

/// Today: the flag, else `FOLLOWUP_TODAY`, else the system's date.
///
/// # Errors
/// When the given date is not a date.
pub fn resolve_today(flag: Option<&str>) -> Result<Date, Error> {
    let text = flag.map(str::to_owned).or_else(|| std::env::var("FOLLOWUP_TODAY").ok().filter(|s| !s.is_empty()));
    match text {
        Some(text) => parse_day(&text).ok_or(Error::BadToday(text)),
        None => Ok(jiff::ZonedDateTime::now().date()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skip_pattern_that_does_not_compile_is_an_error_naming_the_file_and_the_pattern() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "skip = [\"templates\",\n  \"a[z-a].md\"]\n").unwrap();
        let Err(Error::Config(d)) = Config::resolve(dir.path(), Some("2026-10-27")) else { panic!("no error") };
        assert!(d.path.ends_with("followup.toml"), "{d}");
        assert_eq!((d.line, d.column), (2, 3));
        assert!(d.message.contains("`a[z-a].md`"), "{d}");
    }
}
