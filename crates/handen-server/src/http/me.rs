//! `/api/me…`: a signed-in person's own registration. Reading needs the
//! session; changing also needs its CSRF token. Every change is parsed
//! with the rules of handen-core, as at sign-up.

use super::employer::step_error;
use super::errors::{api_error, storage_error, Rejection};
use super::json::JsonBody;
use super::params::PathId;
use super::session::{clear_cookie, SignedIn};
use super::sign_in::TokenBody;
use super::AppState;
use crate::clock;
use crate::mail::account;
use crate::mail::employer::introduction_answered;
use crate::storage::accounts::{ContactDetail, Purpose};
use crate::storage::introductions::StepError;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::account::Pause;
use handen_core::email::Email;
use handen_core::phone::PhoneNumber;
use handen_core::{FieldError, RegistrationForm};
use serde::Deserialize;
use serde_json::{json, Value};

fn invalid(errors: Vec<FieldError>) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "errors": errors })),
    )
        .into_response()
}

fn no_content(result: Result<(), sqlx::Error>) -> Response {
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(error) => storage_error(&error),
    }
}

fn gone() -> Response {
    api_error(StatusCode::UNAUTHORIZED, None, "not_signed_in")
}

pub async fn get(State(state): State<AppState>, signed_in: SignedIn) -> Response {
    match state.db.me(&signed_in.registration_id).await {
        Ok(Some(mut me)) => {
            me["csrf"] = Value::from(signed_in.csrf_token());
            match state
                .db
                .introductions_of_candidate(&signed_in.registration_id)
                .await
            {
                Ok(list) => me["introductions"] = serde_json::to_value(list).unwrap_or_default(),
                Err(error) => return storage_error(&error),
            }
            Json(me).into_response()
        }
        Ok(None) => gone(),
        Err(error) => storage_error(&error),
    }
}

pub async fn update_profile(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
    JsonBody(form): JsonBody<RegistrationForm>,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    let now = clock::now();
    let update = match form.parse_profile(clock::latest_today(now)) {
        Ok(update) => update,
        Err(errors) => return Ok(invalid(errors)),
    };
    Ok(
        match state
            .db
            .update_profile(&signed_in.registration_id, &update, now)
            .await
        {
            Ok(true) => StatusCode::NO_CONTENT.into_response(),
            Ok(false) => gone(),
            Err(error) => storage_error(&error),
        },
    )
}

#[derive(Deserialize)]
pub struct PauseBody {
    #[serde(default)]
    pause_until: String,
    #[serde(default)]
    pause_reason: String,
}

pub async fn pause(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
    JsonBody(body): JsonBody<PauseBody>,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    let now = clock::now();
    let pause = match Pause::parse(&body.pause_until, &body.pause_reason, clock::date_of(now)) {
        Ok(pause) => pause,
        Err(codes) => return Ok(invalid(codes.into_iter().map(FieldError).collect())),
    };
    Ok(no_content(
        state
            .db
            .pause(&signed_in.registration_id, Some(pause), now)
            .await,
    ))
}

pub async fn resume(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    Ok(no_content(
        state
            .db
            .pause(&signed_in.registration_id, None, clock::now())
            .await,
    ))
}

#[derive(Deserialize)]
pub struct ContactBody {
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
}

/// A new phone number counts at once; a new e-mail address only once the
/// link sent to it is opened.
pub async fn change_contact(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
    JsonBody(body): JsonBody<ContactBody>,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    let now = clock::now();
    let phone = (!body.phone.trim().is_empty()).then(|| PhoneNumber::parse(&body.phone));
    let email = (!body.email.trim().is_empty()).then(|| Email::parse(&body.email));
    let errors: Vec<FieldError> = [
        phone.as_ref().and_then(|p| p.as_ref().err()),
        email.as_ref().and_then(|e| e.as_ref().err()),
    ]
    .into_iter()
    .flatten()
    .map(|c| FieldError(*c))
    .collect();
    if !errors.is_empty() {
        return Ok(invalid(errors));
    }
    let me = match state.db.me(&signed_in.registration_id).await {
        Ok(Some(me)) => me,
        Ok(None) => return Ok(gone()),
        Err(error) => return Ok(storage_error(&error)),
    };
    let text = |key: &str| me[key].as_str().unwrap_or_default().to_owned();
    if let Some(Ok(phone)) = phone {
        if phone.as_str() != text("phone") {
            if let Err(error) = state
                .db
                .set_contact(
                    &signed_in.registration_id,
                    ContactDetail::Phone,
                    phone.as_str(),
                    now,
                )
                .await
            {
                return Ok(storage_error(&error));
            }
        }
    }
    let mut pending = false;
    if let Some(Ok(email)) = email {
        if email.as_str() != text("email") {
            let config = &state.accounts;
            let language = me["language"].as_str().unwrap_or("nl").to_owned();
            let result = state
                .db
                .send_link(
                    &signed_in.registration_id,
                    Purpose::ConfirmEmail,
                    Some(email.as_str()),
                    config.sign_in_valid_for,
                    |token| {
                        let link = format!("{}/confirm-email#token={token}", config.public_url);
                        account::confirm_email(email.as_str(), &text("name"), &language, &link)
                    },
                    now,
                )
                .await;
            if let Err(error) = result {
                return Ok(storage_error(&error));
            }
            state.mail_wake.notify_one();
            pending = true;
        }
    }
    Ok(Json(json!({ "email_pending": pending })).into_response())
}

/// Opening the link sent to a new address makes it the address.
pub async fn confirm_email(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<TokenBody>,
) -> Response {
    let now = clock::now();
    match state
        .db
        .use_token(body.token.trim(), Purpose::ConfirmEmail, now)
        .await
    {
        Ok(Some(used)) => match used.new_email {
            Some(email) => match state
                .db
                .set_contact(&used.registration_id, ContactDetail::Email, &email, now)
                .await
            {
                Ok(()) => Json(json!({ "confirmed": true })).into_response(),
                Err(error) => storage_error(&error),
            },
            None => api_error(
                StatusCode::BAD_REQUEST,
                Some("token"),
                "link_invalid_or_expired",
            ),
        },
        Ok(None) => api_error(
            StatusCode::BAD_REQUEST,
            Some("token"),
            "link_invalid_or_expired",
        ),
        Err(error) => storage_error(&error),
    }
}

/// "Still available? Yes, as before" from the reminder mail: one tap.
pub async fn still_available(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<TokenBody>,
) -> Response {
    let now = clock::now();
    match state
        .db
        .use_token(body.token.trim(), Purpose::StillAvailable, now)
        .await
    {
        Ok(Some(used)) => match state
            .db
            .confirm_availability(&used.registration_id, now)
            .await
        {
            Ok(()) => Json(json!({ "confirmed": true })).into_response(),
            Err(error) => storage_error(&error),
        },
        Ok(None) => api_error(
            StatusCode::BAD_REQUEST,
            Some("token"),
            "link_invalid_or_expired",
        ),
        Err(error) => storage_error(&error),
    }
}

pub async fn export(State(state): State<AppState>, signed_in: SignedIn) -> Response {
    match state.db.export(&signed_in.registration_id).await {
        Ok(Some(data)) => {
            let reference = data["registration"]["reference"]
                .as_str()
                .unwrap_or("registration")
                .to_owned();
            let body = serde_json::to_string_pretty(&json!({
                "exported_at": crate::clock::timestamp(clock::now()),
                "about": "Everything Handen stores about you. Alles wat Handen over je bewaart.",
                "data": data,
            }))
            .unwrap_or_default();
            let mut response = (StatusCode::OK, body).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            if let Ok(value) =
                HeaderValue::from_str(&format!("attachment; filename=\"handen-{reference}.json\""))
            {
                h.insert(header::CONTENT_DISPOSITION, value);
            }
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Ok(None) => gone(),
        Err(error) => storage_error(&error),
    }
}

/// Withdraws consent and erases the registration for good.
pub async fn erase(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    let now = clock::now();
    let me = match state.db.me(&signed_in.registration_id).await {
        Ok(Some(me)) => me,
        Ok(None) => return Ok(gone()),
        Err(error) => return Ok(storage_error(&error)),
    };
    let email = me["email"].as_str().unwrap_or_default().to_owned();
    let language = me["language"].as_str().unwrap_or("nl").to_owned();
    let goodbye = account::erased(&email, &language);
    Ok(
        match state
            .db
            .erase(&signed_in.registration_id, &goodbye, now)
            .await
        {
            Ok(_) => {
                tracing::info!("a registration was erased");
                state.mail_wake.notify_one();
                let mut response = Json(json!({ "erased": true })).into_response();
                response.headers_mut().insert(
                    header::SET_COOKIE,
                    clear_cookie(state.accounts.secure_cookies),
                );
                response
            }
            Err(error) => storage_error(&error),
        },
    )
}

async fn answer(state: &AppState, signed_in: &SignedIn, id: &str, accept: bool) -> Response {
    let url = &state.accounts.public_url;
    let answered = state
        .db
        .answer_introduction(
            &signed_in.registration_id,
            id,
            accept,
            |p| {
                introduction_answered(
                    &p.contact_email,
                    &p.contact_name,
                    &p.contact_language,
                    &p.package,
                    accept,
                    url,
                )
            },
            clock::now(),
        )
        .await;
    match answered {
        Ok(()) => {
            state.mail_wake.notify_one();
            StatusCode::NO_CONTENT.into_response()
        }
        Err(StepError::WrongStatus) => api_error(StatusCode::CONFLICT, None, "already_answered"),
        Err(e) => step_error(e),
    }
}

/// Yes to an introduction: from now on the organisation sees who this is.
pub async fn accept_introduction(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
    PathId(id): PathId,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    Ok(answer(&state, &signed_in, &id, true).await)
}

pub async fn decline_introduction(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed_in: SignedIn,
    PathId(id): PathId,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    Ok(answer(&state, &signed_in, &id, false).await)
}
