//! Putting the dashboard together: every note's part (in path order) and the problems found
//! outside them become each section's rows in order (`Dashboard`), by sorting the rows' keys or
//! by following the `Order` of the last dashboard. Rendering the rows is `rows.rs`'s; the page
//! around them is `page.rs`'s.

use jiff::civil::Date;

use super::fragment::Fragment;
use super::order::{EXTRA, Order, Origin};
use super::part::{Part, ProblemKey};
use super::section::Section;
use crate::hash::Fnv;

/// The dashboard put together: its rows in order, borrowed from the parts.
pub struct Dashboard<'a> {
    pub(super) today: Date,
    pub(super) interview_count: usize,
    actions: Vec<&'a Fragment>,
    upcoming: Vec<&'a Fragment>,
    quiet: Vec<&'a Fragment>,
    interviews: Vec<&'a Fragment>,
    pub(super) people: Vec<&'a Fragment>,
    problems: Vec<&'a Fragment>,
    /// The counts its charts are drawn from.
    pub(super) charts: super::charts::Charts,
    /// A hash of everything it shows.
    pub hash: u64,
}

impl<'a> Dashboard<'a> {
    pub(super) fn rows(&self, section: Section) -> &[&'a Fragment] {
        match section {
            Section::Actions => &self.actions,
            Section::Upcoming => &self.upcoming,
            Section::Quiet => &self.quiet,
            Section::Interviews => &self.interviews,
            Section::People => &self.people,
            Section::Problems => &self.problems,
        }
    }

    /// The day the dashboard is for, as `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        self.today.to_string()
    }
}

/// A dashboard put together, with the order of its rows to keep for the next one.
pub(crate) struct Assembled<'a> {
    pub(crate) dashboard: Dashboard<'a>,
    pub(crate) order: Order,
    /// True when the kept order still fit, so nothing was sorted.
    pub(crate) kept: bool,
}

/// Puts the dashboard together from the parts of every note (in path order) and the problems
/// found outside them (`extras`), in the `kept` order of the last dashboard when it still fits
/// (its rows are all still there: a save changed what rows say, not where they sort; the
/// caller forgets the order when keys change) and sorting their keys afresh otherwise.
pub(crate) fn assemble<'a, S: AsRef<str>>(
    parts: &[&'a Part<S>],
    extras: &'a [(ProblemKey, Fragment)],
    today: Date,
    kept: Option<Order>,
) -> Assembled<'a> {
    if let Some(order) = kept
        && let Some(dashboard) = in_order(parts, extras, &order, today)
    {
        return Assembled { dashboard, order, kept: true };
    }
    let order = Order::sort(parts, extras);
    let dashboard = in_order(parts, extras, &order, today).expect("the order was just made from these parts");
    Assembled { dashboard, order, kept: false }
}

/// The dashboard of `parts` and `extras` in a known `order`; `None` when the order names a row
/// that is not there (then it is not this dashboard's order: sort afresh).
fn in_order<'a, S: AsRef<str>>(
    parts: &[&'a Part<S>],
    extras: &'a [(ProblemKey, Fragment)],
    order: &Order,
    today: Date,
) -> Option<Dashboard<'a>> {
    let mut hash = Fnv::default();
    hash.write(today.to_string().as_bytes());
    for part in parts {
        hash.write(&part.hash.to_le_bytes());
    }
    for ((path, line, column, level, message), f) in extras {
        hash.write(format!("{:?}", (path, line, column, level, message)).as_bytes());
        hash.write(f.rendered_md().as_bytes());
    }
    let part = |p: u32| parts.get(p as usize);
    let keyed = |origins: &[Origin], section: Section| -> Option<Vec<&'a Fragment>> {
        origins
            .iter()
            .map(|&(p, r)| {
                let part = part(p)?;
                let list = match section {
                    Section::Upcoming => &part.upcoming,
                    Section::Quiet => &part.quiet,
                    _ => &part.actions,
                };
                list.get(r as usize).map(|(_, f)| f)
            })
            .collect()
    };
    let mut charts = super::charts::Charts::around(today);
    let today_text = today.to_string();
    for part in parts.iter().filter(|p| !p.broken) {
        let due = part.actions.iter().chain(&part.upcoming).chain(&part.quiet).map(|(key, _)| {
            let day = key.as_ref().split('\0').next().unwrap_or_default();
            (day, day < today_text.as_str())
        });
        charts.count(part.standing, part.interview.0.0.as_ref().map(AsRef::as_ref), due);
    }
    Some(Dashboard {
        today,
        charts,
        interview_count: parts.iter().filter(|p| !p.broken).count(),
        actions: keyed(&order.actions, Section::Actions)?,
        upcoming: keyed(&order.upcoming, Section::Upcoming)?,
        quiet: keyed(&order.quiet, Section::Quiet)?,
        interviews: order.interviews.iter().map(|&p| part(p).map(|part| &part.interview.1)).collect::<Option<_>>()?,
        people: order
            .people
            .iter()
            .map(|&(p, r)| part(p)?.people.get(r as usize).map(|(_, _, f)| f))
            .collect::<Option<_>>()?,
        problems: order
            .problems
            .iter()
            .map(|&(p, r)| match p {
                EXTRA => extras.get(r as usize).map(|(_, f)| f),
                p => part(p)?.problems.get(r as usize).map(|(_, f)| f),
            })
            .collect::<Option<_>>()?,
        hash: hash.0,
    })
}
