//! One rendered row of the dashboard (`Fragment`): its Markdown and, when the page can be cut
//! so, its HTML, each an `output::RowText` that the dashboard only stores and moves (where the
//! text is kept is output's and the engine's business). Rendering rows is `rows.rs`'s; writing
//! them is `output::pieces`'s.

use crate::output::RowText;

/// One rendered row: its Markdown (one or more lines, no final newline) and, when the theme's
/// shapes allow, the HTML comrak makes of it within its section.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Fragment {
    pub(super) md: RowText,
    pub(super) html: Option<RowText>,
}

impl Fragment {
    /// A row just rendered.
    pub(super) fn new(md: String, html: Option<String>) -> Fragment {
        Fragment { md: md.into(), html: html.map(RowText::from) }
    }

    /// Its Markdown, for a row just rendered: rows are hashed as they are made, their text in
    /// hand (`RowText::as_str`).
    pub(super) fn rendered_md(&self) -> &str {
        self.md.as_str().expect("a row is hashed as it is made, its text in hand")
    }
}
