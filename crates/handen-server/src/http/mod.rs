//! The HTTP surface: `/api` for the app, everything else is the built app.

mod errors;
mod health;
mod request_log;
mod static_files;

use crate::storage::Database;
use axum::routing::get;
use axum::Router;
use std::path::Path;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

/// What every handler can reach. Cheap to clone: handles, not data.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
}

impl AppState {
    pub fn new(db: Database) -> AppState {
        AppState { db }
    }
}

pub fn router(state: AppState, dist: &Path) -> Router {
    let api = Router::new()
        .route("/health", get(health::get))
        .fallback(errors::api_not_found)
        .with_state(state);

    Router::new()
        .nest("/api", api)
        .fallback_service(static_files::service(dist))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(axum::middleware::from_fn(request_log::log))
}
