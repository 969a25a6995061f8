//! One rendered row of the dashboard (`Fragment`): its Markdown and, when the page can be cut
//! so, its HTML, kept as owned text, as text borrowed from the record, or as a span of the
//! record's file (`AsPiece`), and shown to the page as pieces to write (`Shown`). Rendering rows
//! is `rows.rs`'s; writing pieces is `output::write`'s.

use crate::incremental::record::codec::{Decode, Encode, Reader, Writer};
use crate::output::pieces::{Piece, Span};

/// One rendered row: its Markdown (one or more lines, no final newline) and, when the theme's
/// shapes allow, the HTML comrak makes of it within its section. `T` is `String`, `&str` for
/// rows read in place from the record, or `Span` for rows a one-shot build left in the record's
/// file as it writes it (`spooled`).
#[derive(Debug, Clone)]
pub struct Fragment<T = String> {
    pub(super) md: T,
    pub(super) html: Option<T>,
}

impl<T: AsPiece> Fragment<T> {
    pub(super) fn shown(&self) -> Shown<'_> {
        Shown { md: self.md.as_piece(), html: self.html.as_ref().map(AsPiece::as_piece) }
    }
}

/// A row's text, wherever it is kept, as a piece of the page.
pub trait AsPiece {
    fn as_piece(&self) -> Piece<'_>;
}

impl AsPiece for String {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Text(self)
    }
}

impl AsPiece for &str {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Text(self)
    }
}

impl AsPiece for Span {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Spooled(*self)
    }
}

/// A row as the page shows it, wherever its text is kept.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub(super) md: Piece<'a>,
    pub(super) html: Option<Piece<'a>>,
}

impl<S: Encode> Encode for Fragment<S> {
    fn encode(&self, w: &mut Writer) {
        (&self.md, &self.html).encode(w);
    }
}

impl<'a, S: Decode<'a>> Decode<'a> for Fragment<S> {
    fn decode(r: &mut Reader<'a>) -> Option<Fragment<S>> {
        let (md, html) = Decode::decode(r)?;
        Some(Fragment { md, html })
    }
}
