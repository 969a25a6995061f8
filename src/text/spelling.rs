//! Near misses: the known word a typed one was probably meant to be (`interviwers` for
//! `interviewers`), for "did you mean" help.

/// The edit distance between `a` and `b`, counting an insertion, a deletion, a substitution or
/// a swap of two neighbouring characters as one (optimal string alignment).
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// The one of `known` that `word` is a near miss of: one edit away for a word of up to five
/// characters, two for a longer one (so that `tags` is not taken for `stage`); `None` when
/// `word` is itself known, or near none. The first nearest wins.
pub fn near_miss<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = if word.chars().count() <= 5 { 1 } else { 2 };
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        let d = distance(word, candidate);
        if d == 0 {
            return None;
        }
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_count_edits_and_swaps() {
        assert_eq!(distance("interviwers", "interviewers"), 1);
        assert_eq!(distance("compnay", "company"), 1, "a swap is one edit");
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("tags", "stage"), 2);
    }

    #[test]
    fn near_misses_are_typos_of_known_words_only() {
        let known = ["company", "interviewers", "stage", "date", "status"];
        assert_eq!(near_miss("interviwers", known), Some("interviewers"));
        assert_eq!(near_miss("compnay", known), Some("company"));
        assert_eq!(near_miss("dte", known), Some("date"));
        for custom in ["tags", "title", "salary", "aliases", "company", "link", "location"] {
            assert_eq!(near_miss(custom, known), None, "{custom}");
        }
    }
}
