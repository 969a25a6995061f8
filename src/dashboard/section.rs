//! The dashboard's sections: the order of the page, and for each the page template's variable,
//! the row template and the marker that stands for its rows while the page is laid out. Leaves
//! what a row says to `rows.rs` and where rows go in the page to `page.rs`.

/// The sections of rows, in the order of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Actions,
    Upcoming,
    /// Actions overdue by more than `stale_after_days`: one short line per interview.
    Quiet,
    Interviews,
    People,
    Problems,
}

impl Section {
    pub(super) const ALL: [Section; 6] =
        [Section::Actions, Section::Upcoming, Section::Quiet, Section::Interviews, Section::People, Section::Problems];

    /// The page template's variable that holds the section's rows.
    pub(super) fn name(self) -> &'static str {
        match self {
            Section::Actions => "actions",
            Section::Upcoming => "upcoming",
            Section::Quiet => "quiet",
            Section::Interviews => "interviews",
            Section::People => "people",
            Section::Problems => "problems",
        }
    }

    /// The template that renders one row.
    pub(super) fn template(self) -> &'static str {
        match self {
            Section::Actions => "dashboard/action.md.j2",
            Section::Upcoming => "dashboard/upcoming.md.j2",
            Section::Quiet => "dashboard/quiet.md.j2",
            Section::Interviews => "dashboard/interview.md.j2",
            Section::People => "dashboard/person.md.j2",
            Section::Problems => "dashboard/problem.md.j2",
        }
    }

    /// What stands for the section's rows in a page rendered to find where they go.
    pub(super) fn marker(self) -> String {
        format!("\u{E000}{}\u{E000}", self.name())
    }

    /// What stands for row `index` of the section when a page loops over its rows.
    pub(super) fn row_marker(self, index: usize) -> String {
        format!("\u{E000}{}:{index}\u{E000}", self.name())
    }

    /// The section and row a row marker stands for, from the text between its two `\u{E000}`.
    pub(super) fn of_row_marker(inner: &str) -> Option<(Section, usize)> {
        let (name, index) = inner.split_once(':')?;
        let section = Section::ALL.into_iter().find(|s| s.name() == name)?;
        Some((section, index.parse().ok()?))
    }
}
