//! `POST /api/registrations/dedup-check`: "may this person already be
//! registered?", asked by the sign-up while it is being filled in.
//!
//! The answer is the same whatever the outcome, and comes before the check
//! runs: a stranger typing someone's name and birth date learns nothing.
//! When an earlier registration matches, a sign-in link goes to the
//! contact details already on file, so only its owner can use it.

use super::json::JsonBody;
use super::rate_limit;
use super::AppState;
use crate::clock;
use crate::duplicates;
use crate::mail::account;
use crate::storage::accounts::Purpose;
use crate::storage::sha256_hex;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::dedup::{InputField, RawRecord};
use handen_core::email::Email;
use handen_core::name::PersonName;
use handen_core::phone::PhoneNumber;
use handen_core::registration::parse_birth_date;
use handen_core::FieldError;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
pub struct IdentityBody {
    #[serde(default)]
    given_names: String,
    #[serde(default)]
    name_prefix: String,
    #[serde(default)]
    surname: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
}

pub async fn check(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<IdentityBody>,
) -> Response {
    let now = clock::now();
    // The same rules as the sign-up itself; contact details are optional
    // here, as the check may run before they are filled in.
    let mut errors: Vec<FieldError> = Vec::new();
    if let Err(codes) = PersonName::parse(&body.given_names, &body.name_prefix, &body.surname) {
        errors.extend(codes.into_iter().map(FieldError));
    }
    if let Err(code) = parse_birth_date(&body.birth_date, clock::latest_today(now)) {
        errors.push(FieldError(code));
    }
    if !body.email.trim().is_empty() {
        if let Err(code) = Email::parse(&body.email) {
            errors.push(FieldError(code));
        }
    }
    if !body.phone.trim().is_empty() {
        if let Err(code) = PhoneNumber::parse(&body.phone) {
            errors.push(FieldError(code));
        }
    }
    if !errors.is_empty() {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "errors": errors })),
        )
            .into_response();
    }
    // A match mails the earlier registration's address: limited per
    // address named, or many clients could flood one inbox.
    let contacts = &state.accounts.contact_limiter;
    let email = Email::parse(&body.email)
        .ok()
        .map(|e| e.as_str().to_owned());
    let phone = PhoneNumber::parse(&body.phone)
        .ok()
        .map(|p| p.as_str().to_owned());
    for (field, value) in [("email", email), ("phone", phone)] {
        let Some(value) = value else { continue };
        if let Err(rejection) = rate_limit::per_address(contacts, field, &value) {
            return rejection.into_response();
        }
    }
    tokio::spawn(send_link_if_registered(state, body));
    (StatusCode::ACCEPTED, Json(json!({ "status": "checked" }))).into_response()
}

async fn send_link_if_registered(state: AppState, body: IdentityBody) {
    use InputField::*;
    let probe = state.reader.person(
        &RawRecord::new()
            .with(GivenName, &body.given_names)
            .with(NamePrefix, &body.name_prefix)
            .with(Surname, &body.surname)
            .with(BirthDate, &body.birth_date)
            .with(Email, &body.email)
            .with(Phone, &body.phone),
    );
    let earlier = match duplicates::check(&state.db, &state.reader, &probe).await {
        Ok(Some((earlier, _))) => earlier,
        Ok(None) => return,
        Err(error) => {
            tracing::error!(%error, "cannot run the duplicate check");
            return;
        }
    };
    let config = &state.accounts;
    let now = clock::now();
    // The sign-in limit per address applies: typing on does not flood
    // someone's inbox.
    if config
        .address_limiter
        .check(
            sha256_hex(earlier.email.as_bytes()),
            std::time::Instant::now(),
        )
        .is_err()
    {
        return;
    }
    let sent = state
        .db
        .send_link(
            &earlier.id,
            Purpose::SignIn,
            None,
            config.sign_in_valid_for,
            |token| {
                let link = format!("{}/sign-in#token={token}&next=/my", config.public_url);
                account::already_registered(
                    &earlier.email,
                    &earlier.given_names,
                    &earlier.language,
                    &link,
                )
            },
            now,
        )
        .await;
    match sent {
        Ok(()) => {
            tracing::info!("possible earlier registration: sign-in link queued");
            state.mail_wake.notify_one();
        }
        Err(error) => tracing::error!(%error, "cannot queue a sign-in link"),
    }
}
