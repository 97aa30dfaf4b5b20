//! Error answers of the API: JSON with stable codes, never HTML.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::api::ApiErrors;

pub fn api_error(status: StatusCode, field: Option<&str>, code: &str) -> Response {
    (status, Json(ApiErrors::single(field, code))).into_response()
}

/// An API refusal before any work is done: small to pass around, turned
/// into the JSON answer at the edge.
#[derive(Debug)]
pub struct Rejection {
    pub status: StatusCode,
    pub field: Option<String>,
    pub code: &'static str,
    /// For a 429: when to try again.
    pub retry_after: Option<std::time::Duration>,
}

impl Rejection {
    pub fn new(status: StatusCode, field: Option<&str>, code: &'static str) -> Rejection {
        Rejection {
            status,
            field: field.map(str::to_owned),
            code,
            retry_after: None,
        }
    }

    /// 429 `rate_limited`, naming the field whose value hit the limit.
    pub fn rate_limited(field: Option<&str>, wait: std::time::Duration) -> Rejection {
        Rejection {
            retry_after: Some(wait),
            ..Rejection::new(StatusCode::TOO_MANY_REQUESTS, field, "rate_limited")
        }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let mut response = api_error(self.status, self.field.as_deref(), self.code);
        if let Some(wait) = self.retry_after {
            super::rate_limit::set_retry_after(&mut response, wait);
        }
        response
    }
}

pub async fn api_not_found() -> Response {
    api_error(StatusCode::NOT_FOUND, None, "not_found")
}

pub async fn api_method_not_allowed() -> Response {
    api_error(StatusCode::METHOD_NOT_ALLOWED, None, "method_not_allowed")
}

/// The database is unreachable or refused: logged here, a 503 for the client.
pub fn storage_error(error: &sqlx::Error) -> Response {
    tracing::error!(%error, "storage error");
    api_error(StatusCode::SERVICE_UNAVAILABLE, None, "storage_unavailable")
}

/// Problems with an employer's form, each naming its field.
pub fn employer_invalid(errors: &[handen_core::employer::EmployerError]) -> Response {
    let errors: Vec<_> = errors
        .iter()
        .map(|e| serde_json::json!({ "field": e.field(), "code": e.code() }))
        .collect();
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(serde_json::json!({ "errors": errors })),
    )
        .into_response()
}
