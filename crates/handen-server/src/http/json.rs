//! A JSON request body with the errors a client can act on: 415 for another
//! content type, 413 above the size limit, 400 for JSON that does not parse,
//! 422 naming the field whose value has the wrong type.

use super::errors::Rejection;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;

pub const MAX_BODY: usize = 64 * 1024;

pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = Rejection;

    async fn from_request(request: Request, _state: &S) -> Result<JsonBody<T>, Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(Rejection::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                None,
                "unsupported_media_type",
            ));
        }
        let bytes = axum::body::to_bytes(request.into_body(), MAX_BODY)
            .await
            .map_err(|_| {
                Rejection::new(StatusCode::PAYLOAD_TOO_LARGE, None, "payload_too_large")
            })?;
        parse(&bytes).map(JsonBody)
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Rejection> {
    let malformed = || Rejection::new(StatusCode::BAD_REQUEST, None, "malformed_json");
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        if error.inner().classify() == serde_json::error::Category::Data {
            let path = error.path().to_string();
            let field = path
                .split(['.', '['])
                .next()
                .filter(|f| !f.is_empty() && *f != "?");
            Rejection::new(StatusCode::UNPROCESSABLE_ENTITY, field, "wrong_type")
        } else {
            malformed()
        }
    })?;
    // Trailing bytes after the value make the whole body malformed.
    deserializer.end().map_err(|_| malformed())?;
    Ok(value)
}
