//! The server's routes, and the checks every request passes (`guard`).
//!
//! | Route | What |
//! | --- | --- |
//! | `GET /`, `GET /dashboard.html` | the dashboard |
//! | `GET /<note>.md`, `GET /<note>.followup.md` | a note, read-only; its draft |
//! | `GET /_/live` | server-sent events: `reload` once a page's files changed |
//! | `GET /_/serve.js`, `/_/dashboard.js`, `/_/style.css`, `/_/serve.css` | the theme's files |
//! | `POST /_/mark` | writes `thanked`, `checked_in` or `status` into a note |

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use tower_http::set_header::SetResponseHeaderLayer;

use super::guard::{self, Guard, Served};
use super::live::Live;
use super::pages;
use crate::config::Config;
use crate::error::Error;

/// What every request can see.
pub struct App {
    pub guard: Guard,
    pub live: tokio::sync::watch::Receiver<Live>,
    /// The folder and `--today` the user gave: the settings are read again for each request, as
    /// the watcher reads them again when they change.
    pub path: std::path::PathBuf,
    pub today: Option<String>,
    pub notes_at: crate::config::NotesAt,
}

impl App {
    fn config(&self) -> Result<Config, Error> {
        Config::resolve_with(&self.path, self.today.as_deref(), self.notes_at)
    }
}

/// No remote origin, no inline script, no plugin, no framing; styles inline or the server's.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The routes, behind the guard, with the headers every response carries.
pub fn router(app: Arc<App>) -> axum::Router {
    axum::Router::new()
        .route("/_/live", get(live))
        .route("/_/mark", post(mark))
        .route("/_/{file}", get(theme_file))
        .fallback(get(page))
        .layer(middleware::from_fn_with_state(app.clone(), check_host))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(POLICY)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .with_state(app)
}

/// Refuses a request addressed to another name than the server's (DNS rebinding).
async fn check_host(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    if !app.guard.host_allowed(host) {
        return (StatusCode::FORBIDDEN, "followup serve answers only to localhost and its own address\n")
            .into_response();
    }
    next.run(request).await
}

/// A note, a draft or the dashboard, by path; 404 for anything else.
async fn page(State(app): State<Arc<App>>, uri: Uri) -> Response {
    let Ok(path) = percent_encoding::percent_decode_str(uri.path()).decode_utf8() else {
        return not_found();
    };
    let path = path.into_owned();
    if path == format!("/{}", crate::pipeline::scan::DASHBOARD_MD) {
        return Redirect::to("/").into_response();
    }
    let rendered = tokio::task::spawn_blocking(move || -> Result<Option<String>, String> {
        let config = app.config().map_err(|e| e.to_string())?;
        let live = app.live.borrow().clone();
        let Some(served) = guard::resolve(&config.notes_dir, &config.skip, &path) else { return Ok(None) };
        let html = match &served {
            Served::Dashboard => pages::dashboard(&config.notes_dir, &live, &app.guard),
            Served::Draft(rel) => pages::draft(&config, rel, &live, &app.guard),
            Served::Note(rel) => pages::note(&config, rel, &live, &app.guard),
        };
        html.map(Some).map_err(|e| e.to_string())
    })
    .await;
    match rendered {
        Ok(Ok(Some(html))) => Html(html).into_response(),
        Ok(Ok(None)) => not_found(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, format!("followup: {e}\n")).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found: followup serves the dashboard, notes and drafts of its folder\n")
        .into_response()
}

/// The theme's script and styles, and the server's own.
async fn theme_file(State(app): State<Arc<App>>, axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let kind = match file.as_str() {
        "serve.js" | "dashboard.js" => "text/javascript; charset=utf-8",
        "style.css" | "serve.css" => "text/css; charset=utf-8",
        _ => return not_found(),
    };
    let theme_dir = app.config().ok().and_then(|c| c.theme_dir);
    match crate::render::theme::Theme::new(theme_dir.as_deref()).load(&file) {
        Ok(Some(text)) => ([(header::CONTENT_TYPE, kind)], text).into_response(),
        _ => not_found(),
    }
}

#[derive(Debug, Deserialize)]
struct LiveQuery {
    /// The build the page shows.
    since: u64,
    /// The files it shows, one per line.
    keys: String,
    /// The run that rendered it.
    run: String,
    /// Present for a dashboard that applies each build's changes itself (`patch`).
    #[serde(default)]
    follow: Option<String>,
}

/// What a page's event stream sends next.
enum Emit {
    Reload,
    Patch(String),
    Wait,
    End,
}

/// Sends `reload` once one of the page's files changed after the build it shows (at once, when
/// that happened before it asked), then ends. A dashboard that follows builds gets `patch`
/// instead, with what each build changed on it (`live::Step`, as a JSON list), for as long as
/// that is enough to show it.
async fn live(
    State(app): State<Arc<App>>,
    Query(query): Query<LiveQuery>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let keys: Arc<Vec<String>> = Arc::new(query.keys.lines().map(str::to_owned).collect());
    let stale = query.run != app.guard.run;
    let follow = query.follow.is_some();
    let start = (app.live.clone(), query.since, false);
    let stream = futures_util::stream::unfold(start, move |(mut live, mut since, done)| {
        let keys = keys.clone();
        async move {
            if done {
                return None;
            }
            loop {
                let next = {
                    let now = live.borrow_and_update();
                    if now.stopping {
                        Emit::End
                    } else if stale {
                        Emit::Reload
                    } else if follow && now.generation > since {
                        match now.steps_since(since) {
                            Some(steps) => {
                                since = now.generation;
                                let steps: Vec<&super::live::Step> = steps
                                    .iter()
                                    .map(|s| &**s)
                                    .filter(|s| !s.ops.is_empty() || !s.versions.is_empty())
                                    .collect();
                                if steps.is_empty() {
                                    Emit::Wait
                                } else {
                                    Emit::Patch(serde_json::to_string(&steps).expect("serializes"))
                                }
                            }
                            None => Emit::Reload,
                        }
                    } else if !follow && now.changed_since(since, &keys) {
                        Emit::Reload
                    } else {
                        Emit::Wait
                    }
                };
                match next {
                    Emit::End => return None,
                    Emit::Reload => {
                        return Some((Ok(Event::default().event("reload").data("reload")), (live, since, true)));
                    }
                    Emit::Patch(json) => {
                        return Some((Ok(Event::default().event("patch").data(json)), (live, since, false)));
                    }
                    Emit::Wait => {
                        if live.changed().await.is_err() {
                            return None;
                        }
                    }
                }
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[derive(Debug, Deserialize)]
struct MarkRequest {
    /// The note's path in the folder.
    note: String,
    /// `thanked`, `checked_in` or `status`.
    field: String,
    /// The status; a date (the day it was sent) for the others, today when left out.
    #[serde(default)]
    value: Option<String>,
    /// The version of the note the page showed (`mark::version_of`).
    version: String,
}

#[derive(Debug, Serialize)]
struct Reply {
    message: String,
}

/// Writes a field into a note, for a page of this server's that shows the note as it is now.
async fn mark(State(app): State<Arc<App>>, headers: HeaderMap, Json(request): Json<MarkRequest>) -> Response {
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let token = headers.get("x-followup-token").and_then(|v| v.to_str().ok());
    if !app.guard.change_allowed(text(header::HOST), text(header::ORIGIN), token) {
        return reply(StatusCode::FORBIDDEN, "refused: changes are taken only from followup's own pages".to_owned());
    }
    let done = tokio::task::spawn_blocking(move || mark_now(&app, &request)).await;
    match done {
        Ok(Ok(message)) => reply(StatusCode::OK, message),
        Ok(Err((status, message))) => reply(status, message),
        Err(_) => reply(StatusCode::INTERNAL_SERVER_ERROR, "the change failed".to_owned()),
    }
}

fn mark_now(app: &App, request: &MarkRequest) -> Result<String, (StatusCode, String)> {
    use crate::commands::mark::{self, Marks};
    let config = app.config().map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let Some(Served::Note(rel)) = guard::resolve(&config.notes_dir, &config.skip, &format!("/{}", request.note)) else {
        return Err((StatusCode::NOT_FOUND, format!("{} is not a note of this folder", request.note)));
    };
    let day = || Some(request.value.clone().unwrap_or_default());
    let marks = match request.field.as_str() {
        "thanked" => Marks { thanked: day(), ..Marks::default() },
        "checked_in" => Marks { checked_in: day(), ..Marks::default() },
        "status" => Marks { status: request.value.clone(), ..Marks::default() },
        other => return Err((StatusCode::BAD_REQUEST, format!("`{other}` is not a field followup marks"))),
    };
    let refused = |e: Error| match &e {
        Error::Changed(_) => (StatusCode::CONFLICT, "the note changed; reload".to_owned()),
        Error::Refused(m) => (StatusCode::UNPROCESSABLE_ENTITY, m.clone()),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let settings = mark::settings(&marks, &config).map_err(refused)?;
    let written = mark::mark_note(&config.notes_dir, &rel, &settings, Some(&request.version)).map_err(refused)?;
    let what: Vec<String> = settings.iter().map(|s| format!("{}: {}", s.key(), s.value)).collect();
    Ok(if written { format!("{rel}: {}", what.join(", ")) } else { format!("{rel} already says so") })
}

fn reply(status: StatusCode, message: String) -> Response {
    (status, Json(Reply { message })).into_response()
}
