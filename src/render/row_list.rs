//! A section's rows as a page template sees them, without the rows passing through the template.
//!
//! `{{ interviews }}` writes what stands for every row (a marker the dashboard replaces with the
//! rows, one per line); `{% for row in interviews %}` gives what stands for each row in turn;
//! `{% if interviews %}` is false when there are none; `interviews|length` counts them. The
//! dashboard puts the rows in where the template left the markers, so that megabytes of rows
//! never go through the template engine.

use std::sync::Arc;

use minijinja::Value;
use minijinja::value::{Enumerator, Object, ObjectRepr};

/// A section's rows for a page template: see the module doc.
#[derive(Debug, Clone)]
pub struct RowList(Value);

/// What stands for row `i`.
type RowMarker = Box<dyn Fn(usize) -> String + Send + Sync>;

struct Rows {
    /// What `{{ rows }}` writes.
    shown: String,
    len: usize,
    row: RowMarker,
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows").field("shown", &self.shown).field("len", &self.len).finish()
    }
}

impl RowList {
    /// `len` rows, written as `shown` all at once, or as `row(i)` one by one.
    pub fn new(shown: String, len: usize, row: impl Fn(usize) -> String + Send + Sync + 'static) -> RowList {
        RowList(Value::from_object(Rows { shown, len, row: Box::new(row) }))
    }
}

impl serde::Serialize for RowList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Serialized into a template's context, a minijinja value keeps its object.
        self.0.serialize(s)
    }
}

impl Object for Rows {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.len)
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let index = key.as_usize().filter(|i| *i < self.len)?;
        Some(Value::from((self.row)(index)))
    }

    fn render(self: &Arc<Self>, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rendered through a serialized context, as the dashboard's page is.
    fn render(template: &str, rows: RowList) -> String {
        #[derive(serde::Serialize)]
        struct Context {
            rows: RowList,
        }
        let mut env = minijinja::Environment::new();
        env.add_template("t", template).unwrap();
        env.get_template("t").unwrap().render(minijinja::value::Serde(&Context { rows })).unwrap()
    }

    #[test]
    fn rows_are_written_whole_one_by_one_counted_and_false_when_none() {
        let rows = || RowList::new("ALL".to_owned(), 3, |i| format!("<{i}>"));
        assert_eq!(render("{{ rows }}", rows()), "ALL");
        assert_eq!(render("{% for r in rows %}{{ r }};{% endfor %}", rows()), "<0>;<1>;<2>;");
        assert_eq!(render("{{ rows|length }}", rows()), "3");
        assert_eq!(render("{% if rows %}yes{% else %}no{% endif %}", rows()), "yes");
        let none = RowList::new(String::new(), 0, |i| format!("<{i}>"));
        assert_eq!(render("{% if rows %}yes{% else %}no{% endif %}", none), "no");
    }
}
