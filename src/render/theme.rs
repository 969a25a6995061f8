//! Themes: the templates and stylesheet that shape every output.
//!
//! The default theme is compiled into the binary, so followup works with no files of its own. A
//! user's `themes/<name>/` folder beside followup.toml overrides it file by file: a file there
//! wins, anything missing falls back to the built-in one.

use std::path::{Path, PathBuf};

/// The built-in default theme: file name and contents.
pub const DEFAULT: &[(&str, &str)] = &[
    ("draft.md.j2", include_str!("../../themes/default/draft.md.j2")),
    ("message.md.j2", include_str!("../../themes/default/message.md.j2")),
    ("check_in.md.j2", include_str!("../../themes/default/check_in.md.j2")),
    ("dashboard.md.j2", include_str!("../../themes/default/dashboard.md.j2")),
    ("dashboard.html.j2", include_str!("../../themes/default/dashboard.html.j2")),
    ("dashboard/action.md.j2", include_str!("../../themes/default/dashboard/action.md.j2")),
    ("dashboard/upcoming.md.j2", include_str!("../../themes/default/dashboard/upcoming.md.j2")),
    ("dashboard/quiet.md.j2", include_str!("../../themes/default/dashboard/quiet.md.j2")),
    ("dashboard/interview.md.j2", include_str!("../../themes/default/dashboard/interview.md.j2")),
    ("dashboard/person.md.j2", include_str!("../../themes/default/dashboard/person.md.j2")),
    ("dashboard/problem.md.j2", include_str!("../../themes/default/dashboard/problem.md.j2")),
    ("style.css", include_str!("../../themes/default/style.css")),
    ("dashboard.js", include_str!("../../themes/default/dashboard.js")),
    ("serve.js", include_str!("../../themes/default/serve.js")),
    ("serve.css", include_str!("../../themes/default/serve.css")),
    ("note.md.j2", include_str!("../../themes/default/note.md.j2")),
];

/// Where templates come from: the user's folder first, then the built-in theme.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    user_dir: Option<PathBuf>,
}

impl Theme {
    /// A theme that looks in `user_dir` before the built-in files.
    pub fn new(user_dir: Option<&Path>) -> Theme {
        Theme { user_dir: user_dir.map(Path::to_path_buf) }
    }

    /// The source of a template or asset.
    ///
    /// # Errors
    /// When the user's file exists but cannot be read.
    pub fn load(&self, name: &str) -> std::io::Result<Option<String>> {
        if let Some(dir) = &self.user_dir {
            let path = dir.join(name);
            if path.is_file() {
                return crate::files::read_regular_text(&path).map(Some);
            }
        }
        Ok(DEFAULT.iter().find(|(n, _)| *n == name).map(|(_, text)| (*text).to_owned()))
    }
}
