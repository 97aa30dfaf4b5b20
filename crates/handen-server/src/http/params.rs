//! Path and query parameters with the errors a client can act on: JSON that
//! names the parameter, as for bodies (`json.rs`), never axum's plain-text
//! rejections.

use super::errors::Rejection;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;
use std::collections::HashSet;

/// The `{id}` of a path. An id that is not even UTF-8 names nothing: it is
/// not found, like any other unknown id.
pub struct PathId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<PathId, Rejection> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(id)| PathId(id))
            .map_err(|_| Rejection::new(StatusCode::NOT_FOUND, Some("id"), "not_found"))
    }
}

/// The query string as `T`. Each parameter is one value: one given twice
/// is refused as being of the wrong type, naming it.
pub struct QueryParams<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for QueryParams<T> {
    type Rejection = Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &S,
    ) -> Result<QueryParams<T>, Rejection> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(value)| QueryParams(value))
            .map_err(|_| {
                let pairs = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
                    .map(|Query(pairs)| pairs)
                    .unwrap_or_default();
                let mut seen = HashSet::new();
                let twice = pairs
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .find(|name| !seen.insert(*name));
                Rejection::new(StatusCode::UNPROCESSABLE_ENTITY, twice, "wrong_type")
            })
    }
}
