//! `POST /api/registrations`: a sign-up. The body is parsed again with the
//! same rules the app used (never trust the client), stored once per
//! idempotency key, and confirmed by mail through the outbox.

use super::errors::{api_error, Rejection};
use super::json::JsonBody;
use super::rate_limit;
use super::AppState;
use crate::clock;
use crate::duplicates;
use crate::ids::new_reference;
use crate::mail::registration_confirmation;
use crate::storage::{sha256_hex, NewRegistration, StoreOutcome};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::api::{first_contact_by, RegistrationReceipt};
use handen_core::dedup::blocking;
use handen_core::{FieldError, RegistrationForm};
use serde::Serialize;

pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

#[derive(Serialize)]
struct ValidationErrors {
    errors: Vec<FieldError>,
}

/// 16 to 128 characters of `A-Z a-z 0-9 - _`: a UUID, a ULID or random hex.
pub fn idempotency_key(headers: &HeaderMap) -> Result<&str, Rejection> {
    let Some(value) = headers.get(IDEMPOTENCY_KEY) else {
        return Err(Rejection::new(
            StatusCode::BAD_REQUEST,
            Some("Idempotency-Key"),
            "idempotency_key_missing",
        ));
    };
    let key = value.to_str().unwrap_or_default();
    let valid = (16..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        Ok(key)
    } else {
        Err(Rejection::new(
            StatusCode::BAD_REQUEST,
            Some("Idempotency-Key"),
            "idempotency_key_invalid",
        ))
    }
}

fn json_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(form): JsonBody<RegistrationForm>,
) -> Response {
    let key = match idempotency_key(&headers) {
        Ok(key) => key,
        Err(rejection) => return rejection.into_response(),
    };
    let now = clock::now();
    let registration = match form.parse(clock::latest_today(now)) {
        Ok(registration) => registration,
        Err(errors) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(ValidationErrors { errors }),
            )
                .into_response();
        }
    };
    let contacts = &state.accounts.contact_limiter;
    if let Err(rejection) = rate_limit::per_address(contacts, "email", registration.email.as_str())
        .and_then(|()| rate_limit::per_address(contacts, "phone", registration.phone.as_str()))
    {
        return rejection.into_response();
    }
    // The canonical form, not the raw bytes: a retry that only differs in
    // whitespace or key order is the same request.
    let request_sha256 = match serde_json::to_vec(&form) {
        Ok(bytes) => sha256_hex(&bytes),
        Err(_) => return api_error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal"),
    };
    let receipt = RegistrationReceipt {
        reference: new_reference(),
        first_contact_by: first_contact_by(clock::date_of(now)),
    };
    let Ok(body) = serde_json::to_string(&receipt) else {
        return api_error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal");
    };
    let confirmation = registration_confirmation(&registration, &receipt);
    // A probable duplicate is stored all the same, linked to the earlier
    // registration for review: never dropped, never merged. The writer
    // looks for it when it stores the sign-up.
    let probe = duplicates::person_of(&registration, &state.reader);
    let dedup_keys = blocking::keys(&probe);
    let outcome = state
        .db
        .store_registration(NewRegistration {
            registration,
            reference: receipt.reference.clone(),
            idempotency_key: key.to_owned(),
            request_sha256,
            response_body: body.clone(),
            confirmation: Some(confirmation),
            dedup_keys,
            probe: Some(probe),
            now,
        })
        .await;
    match outcome {
        Ok(StoreOutcome::Created) => {
            tracing::info!(reference = %receipt.reference, "registration stored");
            state.mail_wake.notify_one();
            json_response(StatusCode::CREATED, body)
        }
        Ok(StoreOutcome::Replayed { status, body }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
            let mut response = json_response(status, body);
            response
                .headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            response
        }
        Ok(StoreOutcome::KeyReused) => api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("Idempotency-Key"),
            "idempotency_key_reused",
        ),
        Err(error) => {
            tracing::error!(%error, "cannot store a registration");
            api_error(StatusCode::SERVICE_UNAVAILABLE, None, "storage_unavailable")
        }
    }
}
