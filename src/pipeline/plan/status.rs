//! What a note's `status:` says about the process: closed, advanced, or still awaiting an answer.

/// The statuses README documents, in the order of a search: what `list --status` and the shell
/// completions offer. A note may say anything else too.
pub const KNOWN: &[&str] = &[
    "scheduled",
    "completed",
    "awaiting-feedback",
    "advanced",
    "next-round",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
    "declined",
    "closed",
];

/// True when two statuses say the same (`Awaiting feedback` and `awaiting-feedback`).
pub fn same(a: &str, b: &str) -> bool {
    let normalize = crate::pipeline::extract::sections::normalize;
    normalize(a) == normalize(b)
}

/// Statuses after which no check-in is due.
pub fn is_closed(status: Option<&str>) -> bool {
    status_starts_with(
        status,
        &[
            "rejected",
            "withdrawn",
            "declined",
            "accepted",
            "offer accepted",
            "hired",
            "closed",
            "offer",
            "offer received",
            "not selected",
            "no offer",
            "unsuccessful",
        ],
    )
}

/// Statuses that say the company ended the process: a reply to them asks for feedback and sets
/// nothing straight. Not `withdrawn` or `declined`, which may be the writer's own choice.
pub fn is_rejected(status: Option<&str>) -> bool {
    status_starts_with(status, &["rejected", "not selected", "no offer", "unsuccessful"])
}

/// Statuses that say the company answered and the process goes on (`advanced`, `next round`):
/// nothing to check in about, though the thank-yous are still due.
pub fn is_advanced(status: Option<&str>) -> bool {
    // Not "passed": a company that passed on you did not advance you.
    status_starts_with(status, &["advanced", "next round", "moved forward", "moving forward"])
}

/// True when the status, normalised, is one of `words` or starts with one and a space.
fn status_starts_with(status: Option<&str>, words: &[&str]) -> bool {
    let Some(status) = status else { return false };
    let s = crate::pipeline::extract::sections::normalize(status);
    words.iter().any(|w| s == *w || s.strip_prefix(w).is_some_and(|rest| rest.starts_with(' ')))
}

/// True when a check-in is still to come: the company has not answered, by the status.
pub fn awaits_answer(status: Option<&str>) -> bool {
    !is_closed(status) && !is_advanced(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_statuses_need_no_check_in() {
        assert!(is_closed(Some("Rejected")));
        assert!(is_closed(Some("offer")));
        assert!(!is_closed(Some("awaiting-feedback")));
        assert!(!is_closed(None));
    }

    #[test]
    fn only_the_company_rejects() {
        for status in ["Rejected", "rejected after final", "not selected", "No offer", "unsuccessful"] {
            assert!(is_rejected(Some(status)) && is_closed(Some(status)), "{status}");
        }
        for status in ["withdrawn", "declined", "offer", "closed", "awaiting-feedback"] {
            assert!(!is_rejected(Some(status)), "{status}");
        }
        assert!(!is_rejected(None));
    }

    #[test]
    fn advancing_ends_the_wait_but_not_the_process() {
        for status in ["advanced", "Next round", "moved forward to the onsite", "moving forward"] {
            assert!(is_advanced(Some(status)) && !is_closed(Some(status)) && !awaits_answer(Some(status)), "{status}");
        }
        for status in ["awaiting-feedback", "completed", "scheduled", "passed", "withdrawn"] {
            assert!(!is_advanced(Some(status)), "{status}");
        }
        assert!(awaits_answer(Some("awaiting-feedback")) && awaits_answer(None) && !awaits_answer(Some("offer")));
    }
}
