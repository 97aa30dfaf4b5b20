//! `GET /api/health`: is this instance able to serve? Load balancers and
//! `make run` users ask; a 503 takes the instance out of rotation.

use super::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use handen_core::api::{DatabaseHealth, Health, HealthStatus};

pub async fn get(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let reachable = match state.db.ping().await {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "health: database unreachable");
            false
        }
    };
    let (code, status) = if reachable {
        (StatusCode::OK, HealthStatus::Ok)
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, HealthStatus::Degraded)
    };
    let health = Health {
        status,
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database: DatabaseHealth {
            reachable,
            backend: state.db.backend().name().to_owned(),
        },
    };
    (code, Json(health))
}
