//! Signing in by link: ask for a link with an e-mail address or phone
//! number, open it, get a session. The answer to "send me a link" never
//! tells whether the address is known: same status, same body, and no
//! sooner than `ANSWER_AFTER`, whatever was done behind it.

use super::errors::{api_error, Rejection};
use super::json::JsonBody;
use super::rate_limit::too_many;
use super::session::{clear_cookie, set_cookie, SignedIn};
use super::AppState;
use crate::clock;
use crate::mail::account;
use crate::storage::accounts::Purpose;
use crate::storage::sha256_hex;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::account::SignInAddress;
use handen_core::FieldError;
use serde::Deserialize;
use serde_json::json;
use std::time::{Duration, Instant};

/// Longer than the work for a known address takes, so both answers arrive
/// at the same time.
pub const ANSWER_AFTER: Duration = Duration::from_millis(300);

#[derive(Deserialize)]
pub struct SignInRequest {
    #[serde(default)]
    pub address: String,
}

pub async fn request_link(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<SignInRequest>,
) -> Response {
    let started = Instant::now();
    let address = match SignInAddress::parse(&body.address) {
        Ok(address) => address,
        Err(code) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "errors": [FieldError(code)] })),
            )
                .into_response();
        }
    };
    // Limited per address whether it is known or not, so the limit says nothing.
    if let Err(wait) = state
        .accounts
        .address_limiter
        .check(sha256_hex(address.key().as_bytes()), started)
    {
        return too_many(wait);
    }
    let now = clock::now();
    let config = &state.accounts;
    match state.db.contacts_for(address.key()).await {
        Ok(contacts) => {
            for contact in contacts {
                let sent = state
                    .db
                    .send_link(
                        &contact.registration_id,
                        Purpose::SignIn,
                        None,
                        config.sign_in_valid_for,
                        |token| {
                            let link = format!("{}/sign-in#token={token}", config.public_url);
                            account::sign_in(
                                &contact.email,
                                &contact.given_names,
                                &contact.language,
                                &link,
                            )
                        },
                        now,
                    )
                    .await;
                if let Err(error) = sent {
                    tracing::error!(%error, "cannot queue a sign-in link");
                }
            }
            state.mail_wake.notify_one();
        }
        Err(error) => tracing::error!(%error, "cannot look up a sign-in address"),
    }
    tokio::time::sleep_until((started + ANSWER_AFTER).into()).await;
    (
        StatusCode::ACCEPTED,
        Json(json!({ "status": "sent_if_known" })),
    )
        .into_response()
}

/// The body of every request that carries a token from a mailed link.
#[derive(Deserialize)]
pub struct TokenBody {
    #[serde(default)]
    pub token: String,
}

/// Exchanges a sign-in link's token for a session cookie.
pub async fn start_session(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<TokenBody>,
) -> Response {
    let now = clock::now();
    let used = match state
        .db
        .use_token(body.token.trim(), Purpose::SignIn, now)
        .await
    {
        Ok(used) => used,
        Err(error) => {
            tracing::error!(%error, "cannot use a sign-in token");
            return api_error(StatusCode::SERVICE_UNAVAILABLE, None, "storage_unavailable");
        }
    };
    let Some(used) = used else {
        return api_error(
            StatusCode::BAD_REQUEST,
            Some("token"),
            "link_invalid_or_expired",
        );
    };
    let config = &state.accounts;
    match state
        .db
        .create_session(&used.registration_id, config.session_valid_for, now)
        .await
    {
        Ok((session, csrf)) => {
            let mut response = Json(json!({ "csrf": csrf })).into_response();
            let max_age = config.session_valid_for.whole_seconds();
            response.headers_mut().insert(
                header::SET_COOKIE,
                set_cookie(&session, max_age, config.secure_cookies),
            );
            response
        }
        Err(error) => {
            tracing::error!(%error, "cannot start a session");
            api_error(StatusCode::SERVICE_UNAVAILABLE, None, "storage_unavailable")
        }
    }
}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    signed_in: SignedIn,
) -> Result<Response, Rejection> {
    signed_in.check_csrf(&headers)?;
    if let Err(error) = state.db.end_session(&signed_in.session_id).await {
        tracing::error!(%error, "cannot end a session");
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        clear_cookie(state.accounts.secure_cookies),
    );
    Ok(response)
}
