//! Render stage: turns planned data into text through the theme's minijinja templates.
//!
//! The `Renderer` owns the minijinja environment: strict about undefined values (a typo in a
//! template is an error, not an empty string), keeping trailing newlines, auto-escaping only
//! `.html.j2` templates. Templates come through the loader, so a user's theme file always wins
//! over the built-in one. comrak is called only from here: `markdown_to_html` for whole pages,
//! `rows::RowHtml` for a page's rows one by one (with its fast path for the plainest rows,
//! `plain.rs`).

mod filters;
mod plain;
mod row_list;
mod rows;
pub mod theme;

pub use row_list::RowList;

pub(crate) use rows::RowHtml;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::error::Error;
use crate::render::theme::Theme;

/// Renders templates by name.
pub struct Renderer {
    env: Environment<'static>,
}

impl Renderer {
    /// A renderer over `theme`.
    pub fn new(theme: Theme) -> Renderer {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .keep_trailing_newline(true)
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()
                .expect("the default delimiters are valid"),
        );
        env.set_auto_escape_callback(
            |name| if name.ends_with(".html.j2") { AutoEscape::Html } else { AutoEscape::None },
        );
        env.set_loader(move |name| {
            theme.load(name).map_err(|e| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("cannot read theme file `{name}`: {e}"),
                )
            })
        });
        filters::register(&mut env);
        Renderer { env }
    }

    /// Renders template `name` with `context`.
    ///
    /// # Errors
    /// When the template is missing, does not parse, or uses a value the context lacks.
    pub fn render<S: Serialize>(&self, name: &str, context: &S) -> Result<String, Error> {
        let template = self.env.get_template(name).map_err(|e| template_error(name, &e))?;
        template.render(minijinja::value::Serde(context)).map_err(|e| template_error(name, &e))
    }
}

fn template_error(name: &str, err: &minijinja::Error) -> Error {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::Template { name: name.to_owned(), message }
}

/// Renders Markdown to HTML for the dashboard page. Raw HTML in the input is omitted.
pub fn markdown_to_html(markdown: &str) -> String {
    filters::markdown_to_html(markdown)
}

/// Like `markdown_to_html`, on the calling thread, for small pieces such as a dashboard row.
pub fn small_markdown_to_html(markdown: &str) -> String {
    filters::small_markdown_to_html(markdown)
}
