//! What counts as an email address: one RFC 5322 `addr-spec` in its ordinary form, checked once
//! for every place a note can give one (front matter, a person's line, a table's Email column).
//!
//! Deliberately stricter than the RFC: no quoted local parts, comments, domain literals or
//! whitespace, and ASCII only (an internationalised address must be written with its `xn--`
//! domain and an ASCII local part). What passes can stand in a mail header and a `mailto:` link
//! as is: it holds no space, control character, comma, semicolon, quote or angle bracket.

/// Longest local part (RFC 5321, 4.5.3.1.1).
const MAX_LOCAL: usize = 64;
/// Longest address that fits a forward path (RFC 5321, 4.5.3.1.3).
const MAX_ADDRESS: usize = 254;
/// Longest domain label (RFC 1035).
const MAX_LABEL: usize = 63;

/// True when `text` is one address `local@domain`: a dot-atom local part (letters, digits and
/// ``! # $ % & ' * + - / = ? ^ _ ` { | } ~``, dots only between them) and a domain of two or
/// more labels of letters, digits and inner hyphens.
///
/// ```
/// use followup::text::email::is_address;
/// assert!(is_address("ana.souza+jobs@mail.acme-corp.example"));
/// assert!(!is_address("ana@acme.example, ben@acme.example"));
/// ```
pub fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    text.len() <= MAX_ADDRESS && local.len() <= MAX_LOCAL && is_dot_atom(local) && is_domain(domain)
}

fn is_dot_atom(text: &str) -> bool {
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    text.split('.').all(|atom| !atom.is_empty() && atom.chars().all(atext))
}

fn is_domain(text: &str) -> bool {
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= MAX_LABEL
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    text.split('.').count() >= 2 && text.split('.').all(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_pass() {
        for ok in [
            "ana@acme.example",
            "ana.souza@acme.example",
            "ana+jobs@mail.acme-corp.example",
            "o'brien@acme.co.uk",
            "x_y-z@a1.example",
            "ANA@ACME.EXAMPLE",
            "ana@xn--bcher-kva.example",
        ] {
            assert!(is_address(ok), "{ok}");
        }
    }

    #[test]
    fn anything_but_one_plain_address_fails() {
        for bad in [
            "",
            "ana",
            "@acme.example",
            "ana@",
            "ana@localhost",
            "ana@@acme.example",
            "ana@acme.example\r\nBcc: attacker@evil.example",
            "ana@acme.example\nBcc: x@y.example",
            "javascript:alert(7)",
            "ana@acme.example, ben@acme.example",
            "ana@acme.example;ben@acme.example",
            "Ana <ana@acme.example>",
            "<ana@acme.example>",
            "ana souza@acme.example",
            "\"ana\"@acme.example",
            ".ana@acme.example",
            "ana.@acme.example",
            "ana..souza@acme.example",
            "ana@acme..example",
            "ana@-acme.example",
            "ana@acme-.example",
            "ana@acme.example.",
            "ana@[192.0.2.1]",
            "ana@acme.example\t",
            "zoë@acme.example",
            "ana@bücher.example",
        ] {
            assert!(!is_address(bad), "{bad:?}");
        }
        assert!(!is_address(&format!("{}@acme.example", "a".repeat(65))));
        assert!(!is_address(&format!("ana@{}.example", "a".repeat(64))));
    }
}
