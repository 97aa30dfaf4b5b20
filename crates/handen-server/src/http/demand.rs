//! `GET /api/demand`: open demand for the fit preview, aggregated per work
//! package and 4-digit area, in the compact binary form of handen-core.
//! Every visitor asks for the same thing, so the answer is built at most
//! once per `FRESH` and revalidated with an ETag.

use super::errors::api_error;
use super::AppState;
use crate::clock;
use crate::storage::sha256_hex;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use handen_core::catalogue::CATALOGUE;
use handen_core::fit::Demand;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const FRESH: Duration = Duration::from_secs(30);

#[derive(Default)]
pub struct DemandCache {
    built: Mutex<Option<(Instant, Bytes, String)>>,
}

impl DemandCache {
    fn get(&self) -> Option<(Bytes, String)> {
        let built = self
            .built
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        built
            .as_ref()
            .filter(|(at, _, _)| at.elapsed() < FRESH)
            .map(|(_, body, etag)| (body.clone(), etag.clone()))
    }

    /// A request was filed, filled or closed: the next visitor gets fresh
    /// demand instead of waiting out `FRESH`.
    pub fn invalidate(&self) {
        *self
            .built
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }

    fn put(&self, body: Bytes, etag: String) {
        *self
            .built
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((Instant::now(), body, etag));
    }
}

pub async fn get(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (body, etag) = match state.demand.get() {
        Some(cached) => cached,
        None => {
            let areas = match state.db.open_demand(clock::date_of(clock::now())).await {
                Ok(areas) => areas,
                Err(error) => {
                    tracing::error!(%error, "cannot read open demand");
                    return api_error(StatusCode::SERVICE_UNAVAILABLE, None, "storage_unavailable");
                }
            };
            let body = Bytes::from(Demand::encode(&areas, &CATALOGUE));
            let etag = format!("\"{}\"", &sha256_hex(&body)[..16]);
            state.demand.put(body.clone(), etag.clone());
            (body, etag)
        }
    };
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (StatusCode::OK, body).into_response()
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    if let Ok(value) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, value);
    }
    response
}
