//! The HTTP surface: `/api` for the app, everything else is the built app.

mod dedup_check;
mod demand;
mod employer;
mod errors;
mod health;
mod json;
mod me;
mod openapi;
mod organisations;
mod params;
mod rate_limit;
mod registrations;
mod request_log;
mod security_headers;
mod session;
mod sign_in;
mod staff;
mod static_files;
mod work_packages;

pub use demand::DemandCache;
pub use rate_limit::RateLimiter;

use crate::storage::Database;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post, put};
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
    pub accounts: Arc<AccountConfig>,
    /// The duplicate engine's reader (nickname table sorted once).
    pub reader: Arc<handen_core::dedup::Reader>,
    pub employers: Arc<EmployerConfig>,
}

/// Limits of what employers may do.
#[derive(Debug, Clone)]
pub struct EmployerConfig {
    /// Introductions an organisation may ask for in any 24 hours.
    pub introductions_per_day: u32,
    /// How long the sign-in link in an introduction's mail works.
    pub answer_link_valid_for: time::Duration,
    /// The key of the pool's card ids: kept in the database, read once at
    /// start-up so that every instance makes the same ids.
    pub card_key: String,
}

/// Signing in and the links in a person's mail.
#[derive(Debug)]
pub struct AccountConfig {
    /// Where links in mail point, without a trailing slash.
    pub public_url: String,
    pub sign_in_valid_for: time::Duration,
    pub session_valid_for: time::Duration,
    /// `Secure` cookies, when the public URL is HTTPS.
    pub secure_cookies: bool,
    /// Sign-in links asked for per address (hashed), whoever asks.
    pub address_limiter: Arc<RateLimiter<String>>,
    /// Sign-ups, duplicate checks and organisations per contact address.
    pub contact_limiter: Arc<RateLimiter<String>>,
    /// Requests per signed-in person or member.
    pub identity_limiter: Arc<RateLimiter<String>>,
}

/// `api_limiter` counts every API request per client address, `limiter`
/// public writes.
pub fn router(
    state: AppState,
    api_limiter: Arc<RateLimiter>,
    limiter: Arc<RateLimiter>,
    dist: &Path,
) -> Router {
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
        .route(
            "/registrations/dedup-check",
            post(dedup_check::check).route_layer(limited()),
        )
        .route(
            "/sign-in",
            post(sign_in::request_link).route_layer(limited()),
        )
        .route(
            "/sessions",
            post(sign_in::start_session).route_layer(limited()),
        )
        .route("/sign-out", post(sign_in::sign_out))
        .route("/me", get(me::get).delete(me::erase))
        .route("/me/profile", put(me::update_profile))
        .route("/me/pause", post(me::pause))
        .route("/me/resume", post(me::resume))
        .route("/me/contact", post(me::change_contact))
        .route("/me/export", get(me::export))
        .route(
            "/me/introductions/{id}/accept",
            post(me::accept_introduction),
        )
        .route(
            "/me/introductions/{id}/decline",
            post(me::decline_introduction),
        )
        .route(
            "/organisations",
            post(organisations::register).route_layer(limited()),
        )
        .route(
            "/staff/sign-in",
            post(staff::request_link).route_layer(limited()),
        )
        .route(
            "/staff/sessions",
            post(staff::start_session).route_layer(limited()),
        )
        .route("/staff/sign-out", post(staff::sign_out))
        .route("/staff/me", get(staff::me))
        .route("/admin/organisations", get(organisations::list))
        .route(
            "/admin/organisations/{id}/approve",
            post(organisations::approve),
        )
        .route(
            "/admin/organisations/{id}/reject",
            post(organisations::reject),
        )
        .route(
            "/employer/requests",
            get(employer::list).post(employer::create),
        )
        .route(
            "/employer/members",
            get(organisations::members).post(organisations::add_member),
        )
        .route("/employer/requests/{id}", get(employer::get))
        .route("/employer/requests/{id}/close", post(employer::close))
        .route("/employer/requests/{id}/pool", get(employer::pool))
        .route(
            "/employer/requests/{id}/introductions",
            post(employer::introduce),
        )
        .route("/employer/pool", get(employer::explore))
        .route(
            "/employer/introductions/{id}/outcome",
            post(employer::outcome),
        )
        .route(
            "/confirm-email",
            post(me::confirm_email).route_layer(limited()),
        )
        .route(
            "/still-available",
            post(me::still_available).route_layer(limited()),
        )
        .fallback(errors::api_not_found)
        .method_not_allowed_fallback(errors::api_method_not_allowed)
        .with_state(state)
        .layer(from_fn_with_state(api_limiter, rate_limit::limit));

    let security = security_headers::SecurityHeaders::for_dist(dist);
    Router::new()
        .nest("/api", api)
        .fallback_service(static_files::service(dist))
        .layer(from_fn_with_state(security, security_headers::add))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(axum::middleware::from_fn(request_log::log))
}
