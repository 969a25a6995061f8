//! Strings written into YAML front matter (`followup new`, `followup init`) so that they read
//! back as the same strings: `#1 Solutions`, `Acme: Labs`, `[24]7.ai`, `@Home`, `*NSYNC` and `yes`
//! all mean something else to YAML when written plain.

/// `text` as a YAML scalar: plain when it is plainly a string (letters, digits, spaces and a
/// little punctuation, starting with a letter or digit, and not a word YAML reads as a boolean
/// or null, nor a number), else double-quoted with JSON's escapes (which YAML reads alike).
pub fn scalar(text: &str) -> String {
    if is_plain(text) { text.to_owned() } else { serde_json::to_string(text).expect("a string serializes") }
}

fn is_plain(text: &str) -> bool {
    const SPECIAL: &[&str] = &["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"];
    let safe = |c: char| c.is_alphanumeric() || " .,-_/()&'+".contains(c);
    let Some(first) = text.chars().next() else { return false };
    first.is_alphanumeric()
        && text.chars().all(safe)
        && !text.ends_with(' ')
        && !SPECIAL.contains(&text.to_lowercase().as_str())
        && text.parse::<f64>().is_err()
        && !text.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_that_yaml_would_misread_are_quoted_and_plain_names_are_not() {
        for plain in ["Globex", "Umbrella Health", "Müller & Söhne GmbH", "O'Reilly", "phone-screen"] {
            assert_eq!(scalar(plain), plain);
        }
        for quoted in ["#1 Solutions", "Acme: Labs", "[24]7.ai", "@Home", "*NSYNC", "yes", "No", "1.5", "3M", ""] {
            let out = scalar(quoted);
            assert!(out.starts_with('"'), "{quoted} -> {out}");
            let back: String = serde_saphyr::from_str(&out).unwrap();
            assert_eq!(back, quoted);
        }
    }
}
