//! What a changed path means to the watcher: a note, a draft, the dashboard, a folder, the
//! settings, the theme, or nothing (editors' temporary files, hidden files, followup's own
//! temporary files). Pure: it looks at the path only, so every editor's habits are unit-tested.

use std::path::{Path, PathBuf};

use crate::config::{CONFIG_FILE, Config};
use crate::pipeline::scan::{self, FileKind};
use crate::pipeline::skip::Skip;

/// What a path is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A note (relative path).
    Note(String),
    /// A draft: followup's own write, or the user's edit or deletion.
    Draft(String),
    /// `DASHBOARD.md` or `dashboard.html`.
    Dashboard(String),
    /// Something that may be a folder: created, removed or renamed with notes inside.
    Folder(String),
    /// `followup.toml`.
    Config,
    /// A file of the user's theme.
    Theme,
    Ignored,
}

/// The places the watcher cares about.
#[derive(Debug, Clone)]
pub struct Paths {
    pub notes_dir: PathBuf,
    /// Where `followup.toml` is, or would be.
    pub config_file: PathBuf,
    /// The folder of the user's themes (`themes/` beside followup.toml).
    pub themes_dir: PathBuf,
    pub skip: Skip,
}

impl Paths {
    /// The paths of a configuration.
    pub fn new(config: &Config) -> Paths {
        let config_file = config.config_file.clone().unwrap_or_else(|| config.notes_dir.join(CONFIG_FILE));
        let base = config_file.parent().unwrap_or(&config.notes_dir).to_path_buf();
        Paths {
            notes_dir: config.notes_dir.clone(),
            config_file,
            themes_dir: base.join("themes"),
            skip: config.skip.clone(),
        }
    }
}

/// Classifies one path from a file-system event.
pub fn classify(path: &Path, paths: &Paths) -> Change {
    if path == paths.config_file {
        return Change::Config;
    }
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    if is_temporary(&name) {
        return Change::Ignored;
    }
    if path.starts_with(&paths.themes_dir) {
        return Change::Theme;
    }
    let Some(rel) = scan::relative_to(&paths.notes_dir, path).filter(|r| !r.is_empty()) else { return Change::Ignored };
    if rel.split('/').any(|part| part.starts_with('.')) {
        return Change::Ignored;
    }
    match scan::kind_of(&rel, &paths.skip) {
        Some(FileKind::Note) => Change::Note(rel),
        Some(FileKind::Draft) => Change::Draft(rel),
        Some(FileKind::Dashboard) => Change::Dashboard(rel),
        // A path without an extension may be a folder of notes; anything else is not ours.
        None if !name.contains('.') && !paths.skip.matches_folder(&rel) => Change::Folder(rel),
        None => Change::Ignored,
    }
}

/// Editors' and tools' temporary files: vim's `4913` probe and `file~` backups, emacs's
/// `#autosave#`, JetBrains' safe-write files, Helix's `.bck`, swap files, `sed -i`'s `sedXXXXXX`.
fn is_temporary(name: &str) -> bool {
    name == "4913"
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name.contains("___jb_tmp___")
        || name.contains("___jb_old___")
        || [".bck", ".swp", ".swx", ".swo", ".tmp", ".crswap", ".kate-swp", ".followup-tmp"]
            .iter()
            .any(|s| name.ends_with(s))
        || (name.len() == 9 && name.starts_with("sed") && name[3..].chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths() -> Paths {
        Paths {
            notes_dir: PathBuf::from("/n/content"),
            config_file: PathBuf::from("/n/followup.toml"),
            themes_dir: PathBuf::from("/n/themes"),
            skip: Skip::new(&["templates"]).unwrap(),
        }
    }

    fn c(path: &str) -> Change {
        classify(Path::new(path), &paths())
    }

    #[test]
    fn notes_drafts_and_the_dashboard_are_told_apart() {
        assert_eq!(c("/n/content/acme/final.md"), Change::Note("acme/final.md".into()));
        assert_eq!(c("/n/content/acme/final.followup.md"), Change::Draft("acme/final.followup.md".into()));
        assert_eq!(c("/n/content/DASHBOARD.md"), Change::Dashboard("DASHBOARD.md".into()));
        assert_eq!(c("/n/content/dashboard.html"), Change::Dashboard("dashboard.html".into()));
    }

    #[test]
    fn settings_and_theme_are_recognised() {
        assert_eq!(c("/n/followup.toml"), Change::Config);
        assert_eq!(c("/n/themes/mine/draft.md.j2"), Change::Theme);
    }

    #[test]
    fn editors_temporary_files_are_ignored() {
        for path in [
            "/n/content/acme/4913",
            "/n/content/acme/final.md~",
            "/n/content/acme/.final.md.swp",
            "/n/content/acme/.#final.md",
            "/n/content/acme/#final.md#",
            "/n/content/acme/final.md___jb_tmp___",
            "/n/content/acme/final.md___jb_old___",
            "/n/content/acme/final.md.bck",
            "/n/content/acme/sedAb12Cd",
            "/n/content/acme/.final.followup.md.123.followup-tmp",
            "/n/content/.followup/manifest.json",
            "/n/content/.git/index",
            "/n/content/templates/note.md",
            "/n/content/acme/photo.png",
            "/elsewhere/note.md",
        ] {
            assert_eq!(c(path), Change::Ignored, "{path}");
        }
    }

    #[test]
    fn paths_without_an_extension_may_be_folders() {
        assert_eq!(c("/n/content/initech"), Change::Folder("initech".into()));
        assert_eq!(c("/n/content/templates"), Change::Ignored);
    }
}
