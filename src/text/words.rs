//! Whole-word search in short texts: names and phrases in a sentence or two.

/// True when `needle` is in `text`, ASCII letters compared without case, with no allocation: a
/// quick "cannot be there" before a reader lower-cases a sentence (other letters must match
/// exactly, so a `false` for a needle outside ASCII proves nothing).
pub fn contains_ignoring_ascii_case(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    needle.is_empty() || text.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// True when `text`, lower-cased and with its curly apostrophes straight, holds any of `phrases`
/// (written in lower case): `says_any("We’d read it", &["'d read"])`.
pub fn says_any(text: &str, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    phrases.iter().any(|p| lower.contains(p))
}

/// True for a letter of the Latin script, with the accents of Europe's languages and Vietnamese
/// (`é`, `ø`, `ş`, `ạ`): not a letter of another script (`竹`, `σ`, `д`).
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00AA}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// True for an emoji or other pictograph: a mark of the writer's mood, not a word.
pub fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x200D)
}

/// `text` without the emoji and spaces around it: `🚨 ATLANTIC TELECOMS — FINAL PANEL 🚨` →
/// `ATLANTIC TELECOMS — FINAL PANEL`.
pub fn trim_pictographs(text: &str) -> &str {
    text.trim_matches(|c: char| is_pictograph(c) || c.is_whitespace())
}

/// True when `needle` stands in `text` as whole words.
pub fn contains_word(text: &str, needle: &str) -> bool {
    find_word(text, needle).is_some()
}

/// Where `needle` first stands in `text` as whole words.
pub fn find_word(text: &str, needle: &str) -> Option<usize> {
    occurrences(text, needle).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `text` with each whole-word `word` (same case) written `with`.
pub fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for i in occurrences(text, word) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        // (`Hye` in `Hye-jin`: a hyphen joins a word, it does not end one.)
        let joined = text[i + word.len()..].strip_prefix('-').is_some_and(|r| r.starts_with(char::is_alphanumeric))
            || text[..i].strip_suffix('-').is_some_and(|r| r.ends_with(char::is_alphanumeric));
        if i >= from
            && !joined
            && !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
        {
            out.push_str(&text[from..i]);
            out.push_str(with);
            from = i + word.len();
        }
    }
    out.push_str(&text[from..]);
    out
}

/// Where `needle` starts in `text`, left to right, overlapping; nothing for an empty needle.
///
/// The needles are names and short phrases, the texts a sentence or two: a scan for the first
/// byte beats setting up `str::match_indices`' searcher, which was 2 % of a large build.
pub fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (haystack, wanted) = (text.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let (&first, _) = wanted.split_first()?;
        while from + wanted.len() <= haystack.len() {
            let at = from + haystack[from..=haystack.len() - wanted.len()].iter().position(|&b| b == first)?;
            from = at + 1;
            // A match starts with the needle's first byte, never a continuation byte, so `at`
            // is a character boundary.
            if haystack[at..].starts_with(wanted) {
                return Some(at);
            }
        }
        None
    })
}

/// `text` with its first letter in upper case: `forgot to mention…` → `Forgot to mention…`.
pub fn with_first_upper(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

/// `text` with its first letter in lower case: `Liked my demo` → `liked my demo`.
pub fn with_first_lower(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().collect::<String>() + chars.as_str())
}

/// `text` without its bracketed asides (`the write-up (sanitized)` → `the write-up`), spaces tidied.
/// Brackets right after a word are part of it, not an aside: `amortized O(1)`, `f(x)`.
pub fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    // How deep the brackets of a term (`O(1)`) go, kept as they are.
    let mut term = 0usize;
    let mut previous = ' ';
    for c in text.chars() {
        match c {
            '(' if depth == 0 && (term > 0 || previous.is_alphanumeric()) => {
                term += 1;
                out.push(c);
            }
            ')' if term > 0 => {
                term -= 1;
                out.push(c);
            }
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
        previous = c;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` without the words it quotes in double quotes (`said "Eleanor is tough but fair."`).
pub fn without_quotations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_after_a_word_are_part_of_it() {
        assert_eq!(without_brackets("the write-up (sanitized) today"), "the write-up today");
        assert_eq!(without_brackets("amortized O(1), worst case O(n) (not great)"), "amortized O(1), worst case O(n)");
    }

    #[test]
    fn a_word_is_replaced_whole_and_a_hyphen_joins_one() {
        assert_eq!(replace_word("Tom liked Tomasz's tom-tom", "Tom", "Tomasz"), "Tomasz liked Tomasz's tom-tom");
        // (Set 34: "Hye-jin-jin liked that…", from Hye-jin called by the first part of her name.)
        assert_eq!(replace_word("Hye-jin liked that", "Hye", "Hye-jin"), "Hye-jin liked that");
        assert_eq!(replace_word("ask Ana-Maria, then Ana", "Ana", "Ana Souza"), "ask Ana-Maria, then Ana Souza");
    }

    #[test]
    fn occurrences_are_every_place_a_needle_starts() {
        let all = |t: &str, n: &str| occurrences(t, n).collect::<Vec<_>>();
        assert_eq!(all("aaa", "aa"), [0, 1]);
        assert_eq!(all("José and josé", "josé"), [10]);
        assert_eq!(all("李娜 met 李娜", "李娜"), [0, 11]);
        assert_eq!(all("short", "longer than it"), Vec::<usize>::new());
        assert_eq!(all("anything", ""), Vec::<usize>::new());
        assert_eq!(all("", "a"), Vec::<usize>::new());
        assert!(contains_word("Thanks, Ana!", "Ana"));
        assert!(!contains_word("Banana", "ana"));
        assert!(contains_word("xa a a", "a a"), "a later, overlapping match counts");
        assert!(contains_word("Ask Zoë", "Zoë"));
        assert!(!contains_word("Zoëy", "Zoë"));
    }
}
