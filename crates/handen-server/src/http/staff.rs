//! Members of organisations and administrators: signing in by link (as
//! candidates do, with a cookie of their own), and the extractors that
//! decide what a member may reach: `Staff` (anyone signed in),
//! `Employer` (a member of an approved organisation), `Admin`.

use super::errors::{api_error, storage_error, Rejection};
use super::json::JsonBody;
use super::rate_limit::{self, too_many};
use super::session::{check_csrf, cookie_named, set_named_cookie};
use super::sign_in::{SignInRequest, TokenBody, ANSWER_AFTER};
use super::AppState;
use crate::clock;
use crate::mail::employer::member_sign_in;
use crate::storage::members::{Member, Role};
use crate::storage::sha256_hex;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::email::Email;
use serde_json::json;
use std::time::Instant;

pub const STAFF_COOKIE: &str = "handen_staff";

pub struct Staff {
    pub member: Member,
    session_id: String,
}

impl Staff {
    pub fn check_csrf(&self, headers: &HeaderMap) -> Result<(), Rejection> {
        check_csrf(headers, &self.member.csrf_token)
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Staff, Rejection> {
        let not_signed_in = || Rejection::new(StatusCode::UNAUTHORIZED, None, "not_signed_in");
        let id = cookie_named(&parts.headers, STAFF_COOKIE).ok_or_else(not_signed_in)?;
        match state.db.member_session(&id, clock::now()).await {
            Ok(Some(member)) => {
                rate_limit::per_identity(
                    &state.accounts.identity_limiter,
                    format!("m:{}", crate::storage::sha256_hex(member.email.as_bytes())),
                )?;
                Ok(Staff {
                    member,
                    session_id: id,
                })
            }
            Ok(None) => Err(not_signed_in()),
            Err(error) => {
                tracing::error!(%error, "cannot read a member session");
                Err(Rejection::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    None,
                    "storage_unavailable",
                ))
            }
        }
    }
}

/// A member of an approved organisation: the only one who sees requests
/// and pools, and only their own organisation's.
pub struct Employer {
    pub staff: Staff,
    pub organisation_id: String,
}

impl FromRequestParts<AppState> for Employer {
    type Rejection = Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Employer, Rejection> {
        let staff = Staff::from_request_parts(parts, state).await?;
        match &staff.member.organisation {
            Some(o) if o.approved() => Ok(Employer {
                organisation_id: o.id.clone(),
                staff,
            }),
            Some(_) => Err(Rejection::new(
                StatusCode::FORBIDDEN,
                None,
                "organisation_not_approved",
            )),
            None => Err(Rejection::new(
                StatusCode::FORBIDDEN,
                None,
                "not_an_employer",
            )),
        }
    }
}

pub struct Admin(pub Staff);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Admin, Rejection> {
        let staff = Staff::from_request_parts(parts, state).await?;
        if staff.member.role == Role::Admin {
            Ok(Admin(staff))
        } else {
            Err(Rejection::new(StatusCode::FORBIDDEN, None, "not_an_admin"))
        }
    }
}

/// Same answer, same time, known address or not.
pub async fn request_link(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<SignInRequest>,
) -> Response {
    let started = Instant::now();
    let email = match Email::parse(&body.address) {
        Ok(email) => email,
        Err(code) => {
            return api_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("address"),
                code.code(),
            )
        }
    };
    if let Err(wait) = state.accounts.address_limiter.check(
        sha256_hex(format!("staff:{}", email.as_str()).as_bytes()),
        started,
    ) {
        return too_many(wait);
    }
    let config = &state.accounts;
    let sent = state
        .db
        .send_member_link(
            email.as_str(),
            config.sign_in_valid_for,
            |token, name, language| {
                let link = format!("{}/employer/sign-in#token={token}", config.public_url);
                member_sign_in(email.as_str(), name, language, &link)
            },
            clock::now(),
        )
        .await;
    match sent {
        Ok(true) => state.mail_wake.notify_one(),
        Ok(false) => {}
        Err(error) => tracing::error!(%error, "cannot queue a member sign-in link"),
    }
    tokio::time::sleep_until((started + ANSWER_AFTER).into()).await;
    (
        StatusCode::ACCEPTED,
        Json(json!({ "status": "sent_if_known" })),
    )
        .into_response()
}

pub async fn start_session(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<TokenBody>,
) -> Response {
    let config = &state.accounts;
    match state
        .db
        .start_member_session(body.token.trim(), config.session_valid_for, clock::now())
        .await
    {
        Ok(Some((session, csrf))) => {
            let mut response = Json(json!({ "csrf": csrf })).into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                set_named_cookie(
                    STAFF_COOKIE,
                    &session,
                    config.session_valid_for.whole_seconds(),
                    config.secure_cookies,
                ),
            );
            response
        }
        Ok(None) => api_error(
            StatusCode::BAD_REQUEST,
            Some("token"),
            "link_invalid_or_expired",
        ),
        Err(error) => storage_error(&error),
    }
}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    staff: Staff,
) -> Result<Response, Rejection> {
    staff.check_csrf(&headers)?;
    if let Err(error) = state.db.end_member_session(&staff.session_id).await {
        tracing::error!(%error, "cannot end a member session");
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        set_named_cookie(STAFF_COOKIE, "", 0, state.accounts.secure_cookies),
    );
    Ok(response)
}

pub async fn me(staff: Staff) -> Response {
    let m = &staff.member;
    Json(json!({
        "name": m.name,
        "email": m.email,
        "role": m.role,
        "language": m.language,
        "csrf": m.csrf_token,
        "organisation": m.organisation.as_ref().map(|o| json!({
            "id": o.id, "name": o.name, "kvk": o.kvk, "sector": o.sector,
            "postcode": o.postcode, "status": o.status,
        })),
    }))
    .into_response()
}
