//! The order of a dashboard's rows (`Order`): every row's sort key gathered from the parts, and
//! sorted, each section by its own rule. Only where each row comes from is kept, so that a
//! dashboard whose parts keep their keys is put together again without sorting. Following an
//! order to the rows is `assemble.rs`'s.

use super::fragment::Fragment;
use super::part::{Part, ProblemKey};

/// Where a row comes from: the index of its part and of the row in the part's list, or `EXTRA`
/// and the index of a problem found outside any part.
pub(super) type Origin = (u32, u32);
pub(super) const EXTRA: u32 = u32::MAX;

/// The order of a dashboard's rows, by where each comes from. While the parts stay where they
/// are and keep their keys (a save that changes what a row says, not where it sorts), the next
/// dashboard has the same order and is put together without sorting (`assemble`).
#[derive(Debug, Clone, Default)]
pub struct Order {
    pub(super) actions: Vec<Origin>,
    pub(super) upcoming: Vec<Origin>,
    pub(super) quiet: Vec<Origin>,
    pub(super) interviews: Vec<u32>,
    pub(super) people: Vec<Origin>,
    pub(super) problems: Vec<Origin>,
}

/// A note's row in the interviews table: the prefix of its date, its date and path, its part.
type Dated<'a> = (u128, (Option<&'a str>, &'a str), u32);

/// Each section's rows with what sorts them, gathered from the parts before sorting.
struct Keyed<'a> {
    actions: Vec<(u128, &'a str, Origin)>,
    upcoming: Vec<(u128, &'a str, Origin)>,
    quiet: Vec<(u128, &'a str, Origin)>,
    interviews: Vec<Dated<'a>>,
    problems: Vec<(ProblemKey<&'a str>, Origin)>,
    people: Vec<Met<'a>>,
}

impl Order {
    /// The order of the rows of `parts` (in path order) and `extras`, sorted by their keys.
    pub(super) fn sort<S: AsRef<str>>(parts: &[&Part<S>], extras: &[(ProblemKey, Fragment)]) -> Order {
        Keyed::gather(parts, extras).sort()
    }
}

impl<'a> Keyed<'a> {
    fn gather<S: AsRef<str>>(parts: &[&'a Part<S>], extras: &'a [(ProblemKey, Fragment)]) -> Keyed<'a> {
        let index = |i: usize| u32::try_from(i).expect("fewer than 4 billion rows");
        let mut actions: Vec<(u128, &str, Origin)> = Vec::new();
        let mut upcoming: Vec<(u128, &str, Origin)> = Vec::new();
        let mut quiet: Vec<(u128, &str, Origin)> = Vec::new();
        let mut interviews = Vec::with_capacity(parts.len());
        let mut problems: Vec<(ProblemKey<&str>, Origin)> = Vec::new();
        let mut people: Vec<Met> = Vec::new();
        let problem = |(path, line, column, level, message): &'a ProblemKey<S>| {
            (path.as_ref(), *line, *column, *level, message.as_ref())
        };
        for (p, part) in parts.iter().enumerate() {
            let p = index(p);
            actions.extend(
                part.actions.iter().enumerate().map(|(r, (k, _))| (prefix(k.as_ref()), k.as_ref(), (p, index(r)))),
            );
            upcoming.extend(
                part.upcoming.iter().enumerate().map(|(r, (k, _))| (prefix(k.as_ref()), k.as_ref(), (p, index(r)))),
            );
            quiet.extend(
                part.quiet.iter().enumerate().map(|(r, (k, _))| (prefix(k.as_ref()), k.as_ref(), (p, index(r)))),
            );
            let ((date, path), _) = &part.interview;
            let date = date.as_ref().map(AsRef::as_ref);
            interviews.push((date.map_or(0, prefix), (date, path.as_ref()), p));
            problems.extend(part.problems.iter().enumerate().map(|(r, (k, _))| (problem(k), (p, index(r)))));
            for (r, ((name, company), last, _)) in part.people.iter().enumerate() {
                let key = (name.as_ref(), company.as_ref());
                people.push((prefix(key.0), key, last.as_ref().map(AsRef::as_ref), (p, index(r))));
            }
        }
        for (r, ((path, line, column, level, message), _)) in extras.iter().enumerate() {
            problems.push(((path.as_str(), *line, *column, *level, message.as_str()), (EXTRA, index(r))));
        }
        Keyed { actions, upcoming, quiet, interviews, problems, people }
    }

    fn sort(self) -> Order {
        let Keyed { mut actions, mut upcoming, mut quiet, mut interviews, mut problems, mut people } = self;
        // Keys are unique but for problems reported twice, so unstable sorts give one order. Each
        // key's first 16 bytes, as a number, settle most comparisons without following a pointer.
        // The people, as many as the rest together, are sorted on a thread of their own.
        std::thread::scope(|scope| {
            scope.spawn(|| {
                // Everyone met, once per person and company, as of their latest interview (the
                // first such row in path order: origins sort in path order).
                people.sort_unstable_by(|a, b| {
                    a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)).then_with(|| b.2.cmp(&a.2)).then_with(|| a.3.cmp(&b.3))
                });
                people.dedup_by(|later, first| later.1 == first.1);
            });
            actions.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
            upcoming.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
            // Gone quiet: the most recent first, the one still worth a second try.
            quiet.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.cmp(a.1)));
            interviews.sort_unstable_by(|(pa, (da, na), _), (pb, (db, nb), _)| {
                pb.cmp(pa).then_with(|| db.cmp(da)).then_with(|| na.cmp(nb))
            });
            // The notes' problems come in path order already, each note's sorted: a stable sort
            // only has to merge in the few found outside them.
            problems.sort_by(|a, b| a.0.cmp(&b.0));
            problems.dedup_by(|a, b| a.0 == b.0);
        });
        Order {
            actions: actions.into_iter().map(|(_, _, o)| o).collect(),
            upcoming: upcoming.into_iter().map(|(_, _, o)| o).collect(),
            quiet: quiet.into_iter().map(|(_, _, o)| o).collect(),
            interviews: interviews.into_iter().map(|(_, _, p)| p).collect(),
            people: people.into_iter().map(|(_, _, _, o)| o).collect(),
            problems: problems.into_iter().map(|(_, o)| o).collect(),
        }
    }
}

/// The first 16 bytes of `key` as a big-endian number, zero-padded: when two keys' prefixes
/// differ, they order the keys as the keys themselves do.
fn prefix(key: &str) -> u128 {
    let mut bytes = [0; 16];
    let n = key.len().min(16);
    bytes[..n].copy_from_slice(&key.as_bytes()[..n]);
    u128::from_be_bytes(bytes)
}

/// A person's row in the directory: the prefix of their name, who, the interview's date, and
/// where the row comes from (which is also its place in path order).
type Met<'a> = (u128, (&'a str, &'a str), Option<&'a str>, Origin);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_prefixes_order_keys_as_the_keys_do_whenever_they_differ() {
        let keys = [
            "",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "2026-10-27\0Acme\0thank-you",
            "2026-10-27\0Acme\0check-in",
            "2026-10-27\0Acme",
            "2026-10-28",
            "José Álvarez",
            "Jose",
            "0123456789abcdef",
            "0123456789abcdefg",
            "0123456789abcdeg",
            "李娜",
            "zz",
        ];
        for a in keys {
            for b in keys {
                let (pa, pb) = (prefix(a), prefix(b));
                if pa != pb {
                    assert_eq!(pa.cmp(&pb), a.cmp(b), "{a:?} vs {b:?}");
                }
            }
        }
        assert_ne!(prefix("2026-10-27\0Acme"), prefix("2026-10-28\0Acme"));
    }
}
