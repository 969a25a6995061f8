//! The dashboard: next actions by due date, every interview, every person, every problem.
//!
//! Each note adds a `Part`: its rows of each section, rendered once through the theme's row
//! templates (`dashboard/*.md.j2`) to Markdown and, by comrak, to HTML, with the keys that place
//! them. Putting the dashboard together is then sorting keys and joining rows, so a watcher that
//! rebuilds after one save renders that note's rows and no other. The page (`dashboard.md.j2`)
//! is rendered around the joined rows; its HTML is comrak's rendering of the page, with each
//! section's rows put in place as comrak rendered them (`render::RowHtml` knows how, and how to
//! be quick about it). Where a theme's rows or page take a shape that cannot be cut so (rows
//! that are not table rows or list items), the whole page is rendered by comrak instead:
//! slower, never different. Rows are `output::RowText`s: the dashboard stores and moves them, and
//! where their text is kept (a one-shot build leaves it in the record's rows file rather than in
//! memory) is for output and the engine to know.
//!
//! This is the only part of a build that depends on today.

mod assemble;
mod charts;
mod fragment;
mod order;
mod page;
mod part;
mod rows;
mod section;
#[cfg(test)]
mod tests;

pub use assemble::Dashboard;
pub(crate) use assemble::{Assembled, assemble};
pub use fragment::Fragment;
pub use order::Order;
pub use page::{Layout, Rendered};
pub use part::{ExtraRows, Part, PartKeys};
pub use rows::{Interview, Rows, extra_problems};
pub use section::Section;
