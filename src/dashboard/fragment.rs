//! One rendered row of the dashboard (`Fragment`): its Markdown and, when the page can be cut
//! so, its HTML, each an `output::RowText` that the dashboard only stores and moves (where the
//! text is kept is output's and the engine's business). Rendering rows is `rows.rs`'s; writing
//! them is `output::pieces`'s.

use crate::incremental::record::codec::{Decode, Encode, Reader, Writer};
use crate::output::RowText;

/// One rendered row: its Markdown (one or more lines, no final newline) and, when the theme's
/// shapes allow, the HTML comrak makes of it within its section.
#[derive(Debug, Clone)]
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

impl Encode for Fragment {
    fn encode(&self, w: &mut Writer) {
        (&self.md, &self.html).encode(w);
    }
}

impl<'a> Decode<'a> for Fragment {
    fn decode(r: &mut Reader<'a>) -> Option<Fragment> {
        let (md, html) = Decode::decode(r)?;
        Some(Fragment { md, html })
    }
}
