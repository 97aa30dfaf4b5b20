//! Organisations register themselves; an administrator approves them.

use super::errors::{api_error, employer_invalid, storage_error, Rejection};
use super::json::JsonBody;
use super::params::PathId;
use super::rate_limit;
use super::staff::{Admin, Employer};
use super::AppState;
use crate::clock;
use crate::mail::employer::{organisation_decided, organisation_received};
use crate::storage::members::RegisterError;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::employer::{contact, OrganisationForm};
use serde_json::json;

pub async fn register(
    State(state): State<AppState>,
    JsonBody(form): JsonBody<OrganisationForm>,
) -> Response {
    let organisation = match form.parse() {
        Ok(o) => o,
        Err(errors) => return employer_invalid(&errors),
    };
    if let Err(rejection) = rate_limit::per_address(
        &state.accounts.contact_limiter,
        "contact_email",
        organisation.contact_email.as_str(),
    ) {
        return rejection.into_response();
    }
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
    PathId(id): PathId,
) -> Result<Response, Rejection> {
    admin.check_csrf(&headers)?;
    Ok(decide(&state, &id, true).await)
}

pub async fn reject(
    State(state): State<AppState>,
    headers: HeaderMap,
    Admin(admin): Admin,
    PathId(id): PathId,
) -> Result<Response, Rejection> {
    admin.check_csrf(&headers)?;
    Ok(decide(&state, &id, false).await)
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MemberBody {
    name: String,
    email: String,
}

/// The organisation's members, for its own members.
pub async fn members(State(state): State<AppState>, employer: Employer) -> Response {
    match state.db.members_of(&employer.organisation_id).await {
        Ok(list) => {
            let members: Vec<_> = list
                .into_iter()
                .map(|(name, email)| json!({ "name": name, "email": email }))
                .collect();
            Json(json!({ "members": members })).into_response()
        }
        Err(error) => storage_error(&error),
    }
}

/// A colleague: signs in by link with their own address from now on.
pub async fn add_member(
    State(state): State<AppState>,
    headers: HeaderMap,
    employer: Employer,
    JsonBody(body): JsonBody<MemberBody>,
) -> Result<Response, Rejection> {
    employer.staff.check_csrf(&headers)?;
    let (name, email) = contact(&body.name, &body.email);
    let (name, email) = match (name, email) {
        (Ok(n), Ok(e)) => (n, e),
        (n, e) => {
            let problems: Vec<_> = [n.err(), e.err()].into_iter().flatten().collect();
            return Ok(employer_invalid(&problems));
        }
    };
    let language = employer.staff.member.language.clone();
    Ok(
        match state
            .db
            .add_member(
                &employer.organisation_id,
                &name,
                email.as_str(),
                &language,
                clock::now(),
            )
            .await
        {
            Ok(()) => StatusCode::CREATED.into_response(),
            Err(RegisterError::EmailTaken) => {
                api_error(StatusCode::CONFLICT, Some("contact_email"), "email_taken")
            }
            Err(RegisterError::KvkTaken) => api_error(StatusCode::CONFLICT, None, "kvk_taken"),
            Err(RegisterError::Storage(error)) => storage_error(&error),
        },
    )
}
