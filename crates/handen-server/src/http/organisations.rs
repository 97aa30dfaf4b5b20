//! Organisations register themselves; an administrator approves them.

use super::errors::{api_error, employer_invalid, storage_error, Rejection};
use super::json::JsonBody;
use super::staff::Admin;
use super::AppState;
use crate::clock;
use crate::mail::employer::{organisation_decided, organisation_received};
use crate::storage::members::RegisterError;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::employer::OrganisationForm;
use serde_json::json;

pub async fn register(
    State(state): State<AppState>,
    JsonBody(form): JsonBody<OrganisationForm>,
) -> Response {
    let organisation = match form.parse() {
        Ok(o) => o,
        Err(errors) => return employer_invalid(&errors),
    };
    let mail = organisation_received(
        organisation.contact_email.as_str(),
        &organisation.contact_name,
        &organisation.name,
        organisation.language.code(),
    );
    match state
        .db
        .register_organisation(&organisation, &mail, clock::now())
        .await
    {
        Ok(_) => {
            state.mail_wake.notify_one();
            (StatusCode::CREATED, Json(json!({ "status": "pending" }))).into_response()
        }
        Err(RegisterError::KvkTaken) => api_error(StatusCode::CONFLICT, Some("kvk"), "kvk_taken"),
        Err(RegisterError::EmailTaken) => {
            api_error(StatusCode::CONFLICT, Some("contact_email"), "email_taken")
        }
        Err(RegisterError::Storage(error)) => storage_error(&error),
    }
}

pub async fn list(State(state): State<AppState>, _admin: Admin) -> Response {
    match state.db.organisations().await {
        Ok(organisations) => Json(json!({ "organisations": organisations })).into_response(),
        Err(error) => storage_error(&error),
    }
}

async fn decide(state: &AppState, id: &str, approve: bool) -> Response {
    let url = &state.accounts.public_url;
    let decided = state
        .db
        .decide_organisation(
            id,
            approve,
            |o| {
                organisation_decided(
                    &o.contact_email,
                    &o.contact_name,
                    &o.name,
                    &o.language,
                    approve,
                    url,
                )
            },
            clock::now(),
        )
        .await;
    match decided {
        Ok(true) => {
            state.mail_wake.notify_one();
            StatusCode::NO_CONTENT.into_response()
        }
        Ok(false) => api_error(StatusCode::NOT_FOUND, None, "not_found"),
        Err(error) => storage_error(&error),
    }
}

pub async fn approve(
    State(state): State<AppState>,
    headers: HeaderMap,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> Result<Response, Rejection> {
    admin.check_csrf(&headers)?;
    Ok(decide(&state, &id, true).await)
}

pub async fn reject(
    State(state): State<AppState>,
    headers: HeaderMap,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> Result<Response, Rejection> {
    admin.check_csrf(&headers)?;
    Ok(decide(&state, &id, false).await)
}
