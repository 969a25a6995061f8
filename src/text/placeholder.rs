//! Placeholders a note template leaves unfilled: `{{company}}`, `<% tp.file.title %>`,
//! `YYYY-MM-DD`. A value that holds one says nothing yet, and a note that holds some is still a
//! note when the rest of it records an interview (set 57: an Obsidian Templater template filled
//! in halfway).

use std::borrow::Cow;

/// True when `value` is, or holds, a placeholder left unfilled.
pub fn unfilled(value: &str) -> bool {
    let v = value.trim();
    let mustache = v.contains("{{") && v.contains("}}");
    let templater = v.contains("<%") && v.contains("%>");
    // (`"{company}"`: a mustache placeholder as `yaml_safe` quotes it.)
    let single = v.len() > 2
        && v.starts_with('{')
        && v.ends_with('}')
        && v[1..v.len() - 1].chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ' '))
        && v.chars().any(char::is_alphanumeric);
    let date_mask = v.contains("YY") && v.chars().all(|c| matches!(c, 'Y' | 'M' | 'D' | '-' | '/' | '.' | ' '));
    mustache || templater || single || date_mask
}

/// Front matter with each value that is a bare `{{placeholder}}` written as the quoted string
/// `"{placeholder}"`, the same length, so that YAML reads it as text rather than as a mapping
/// (`company: {{company}}` is no valid YAML) and every position in it stays where it was.
pub fn yaml_safe(text: &str) -> Cow<'_, str> {
    if !text.contains("{{") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let value_at = body.find(": ").map(|at| at + 2).or_else(|| {
            let item = body.trim_start();
            item.starts_with("- ").then(|| body.len() - item.len() + 2)
        });
        let value = value_at.map(|at| body[at..].trim());
        match (value_at, value) {
            (Some(at), Some(v))
                if v.len() > 4
                    && v.starts_with("{{")
                    && v.ends_with("}}")
                    && !v[2..v.len() - 2].contains(['{', '}', '"', '\\']) =>
            {
                let start = at + body[at..].find("{{").unwrap_or(0);
                out.push_str(&line[..start]);
                out.push('"');
                out.push('{');
                out.push_str(&v[2..v.len() - 2]);
                out.push('}');
                out.push('"');
                out.push_str(&line[start + v.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_left_by_a_template_are_unfilled_and_values_are_not() {
        for blank in
            ["{{company}}", "<% tp.file.title %>", "YYYY-MM-DD", "DD/MM/YYYY", "{company}", "Interview – {{company}}"]
        {
            assert!(unfilled(blank), "{blank}");
        }
        for value in ["Holloway Foods", "2026-12-02", "Brand Marketing Manager", "{ }", "M&M Direct", "MDY Ltd"] {
            assert!(!unfilled(value), "{value}");
        }
    }

    #[test]
    fn a_bare_placeholder_value_reads_as_yaml_text_in_place() {
        let text =
            "title: <% tp.file.title %>\ncompany: {{company}}\nrole: Senior Marketing Manager\ntags:\n  - {{tag}}\n";
        let safe = yaml_safe(text);
        assert_eq!(
            safe,
            "title: <% tp.file.title %>\ncompany: \"{company}\"\nrole: Senior Marketing Manager\ntags:\n  - \"{tag}\"\n"
        );
        assert_eq!(safe.len(), text.len(), "every position stays where it was");
        // (A placeholder inside a longer value is YAML text already.)
        assert_eq!(yaml_safe("title: Interview – {{company}}\n"), "title: Interview – {{company}}\n");
    }
}
