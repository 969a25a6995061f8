//! Text from notes made safe to print on a terminal: control characters (an escape sequence
//! typed or pasted into a company name, a bell, a carriage return) are shown, never obeyed.

use std::borrow::Cow;

/// True for a character a terminal would act on rather than show: C0 controls but the line
/// break and the tab, DEL, and C1 controls.
fn is_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with each control character written as its escape (`\u{1b}`), for a message or a
/// table cell; unchanged, and not copied, when it has none.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars().map(|c| if is_control(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect(),
    )
}

/// `text` with each control character replaced by `�`, one character for one, so that columns
/// counted in characters still point at the same place (a source line under a caret).
pub fn printable_in_place(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if is_control(c) { '\u{FFFD}' } else { c }).collect())
}

/// `text` on one line, as a list item needs it: line breaks and every other control character
/// written as escapes (`\n`, `\u{1b}`).
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect(),
    )
}

/// `text` within `width` terminal columns (李娜 takes four): as it is, or cut with `…`.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_owned() + "…"
}

/// `text` without control characters, for formats that must not carry them (`.ics`).
pub fn without_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|c| !is_control(*c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_in_terminal_columns() {
        assert_eq!(fit("Ana Souza", 20), "Ana Souza");
        assert_eq!(fit("Ana Souza", 5), "Ana…");
        assert_eq!(fit("李娜李娜", 5), "李娜…");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        let hostile = "Acme\u{1b}[2J\u{7}\r Labs\u{9b}";
        assert_eq!(printable(hostile), "Acme\\u{1b}[2J\\u{7}\\u{d} Labs\\u{9b}");
        assert_eq!(printable_in_place(hostile).chars().count(), hostile.chars().count());
        assert!(!printable_in_place(hostile).chars().any(is_control));
        assert_eq!(without_controls(hostile), "Acme[2J Labs");
        assert!(matches!(printable("Zoë\tNg\n"), Cow::Borrowed(_)), "tabs, line breaks and letters pass");
    }
}
