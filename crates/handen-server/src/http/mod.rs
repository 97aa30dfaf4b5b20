//! The HTTP surface: `/api` for the app, everything else is the built app.

mod demand;
mod errors;
mod health;
mod json;
mod openapi;
mod rate_limit;
mod registrations;
mod request_log;
mod static_files;
mod work_packages;

pub use demand::DemandCache;
pub use rate_limit::RateLimiter;

use crate::storage::Database;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use axum::Router;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

/// What every handler can reach. Cheap to clone: handles, not data.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// Wakes the mail sender when a request queued mail.
    pub mail_wake: Arc<Notify>,
    pub demand: Arc<DemandCache>,
}

pub fn router(state: AppState, limiter: Arc<RateLimiter>, dist: &Path) -> Router {
    let limited = || from_fn_with_state(limiter.clone(), rate_limit::limit);
    let api = Router::new()
        .route("/health", get(health::get))
        .route("/openapi.json", get(openapi::get))
        .route("/demand", get(demand::get))
        .route("/work-packages", get(work_packages::get))
        .route(
            "/registrations",
            post(registrations::create).route_layer(limited()),
        )
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
