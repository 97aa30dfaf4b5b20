//! Error answers of the API: JSON with stable codes, never HTML.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::api::ApiErrors;

pub fn api_error(status: StatusCode, field: Option<&str>, code: &str) -> Response {
    (status, Json(ApiErrors::single(field, code))).into_response()
}

pub async fn api_not_found() -> Response {
    api_error(StatusCode::NOT_FOUND, None, "not_found")
}
