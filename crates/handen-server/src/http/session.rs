//! Who is signed in: an HttpOnly, SameSite=Lax cookie holding a random
//! session id (the database keeps only its hash), and a CSRF token that
//! every state-changing request must echo in a header.

use super::errors::Rejection;
use super::rate_limit;
use super::AppState;
use crate::clock;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};

pub const COOKIE: &str = "handen_session";
pub const CSRF_HEADER: &str = "x-csrf-token";

pub struct SignedIn {
    pub registration_id: String,
    pub session_id: String,
    csrf_token: String,
}

fn cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, COOKIE)
}

pub fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(name)?
                .strip_prefix('=')
                .map(str::to_owned)
        })
        .filter(|v| !v.is_empty())
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<SignedIn, Rejection> {
        let not_signed_in = || Rejection::new(StatusCode::UNAUTHORIZED, None, "not_signed_in");
        let id = cookie(&parts.headers).ok_or_else(not_signed_in)?;
        match state.db.session(&id, clock::now()).await {
            Ok(Some(session)) => {
                rate_limit::per_identity(
                    &state.accounts.identity_limiter,
                    format!("r:{}", session.registration_id),
                )?;
                Ok(SignedIn {
                    registration_id: session.registration_id,
                    session_id: id,
                    csrf_token: session.csrf_token,
                })
            }
            Ok(None) => Err(not_signed_in()),
            Err(error) => {
                tracing::error!(%error, "cannot read a session");
                Err(Rejection::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    None,
                    "storage_unavailable",
                ))
            }
        }
    }
}

impl SignedIn {
    pub fn csrf_token(&self) -> &str {
        &self.csrf_token
    }

    /// A request that changes something must carry the session's CSRF token:
    /// another site can make the browser send the cookie, not read the token.
    pub fn check_csrf(&self, headers: &HeaderMap) -> Result<(), Rejection> {
        check_csrf(headers, &self.csrf_token)
    }
}

pub fn check_csrf(headers: &HeaderMap, expected: &str) -> Result<(), Rejection> {
    let sent = headers
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if constant_time_eq(sent.as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(Rejection::new(
            StatusCode::FORBIDDEN,
            Some("X-CSRF-Token"),
            "csrf_token_invalid",
        ))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn set_cookie(value: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    set_named_cookie(COOKIE, value, max_age_seconds, secure)
}

pub fn set_named_cookie(
    name: &str,
    value: &str,
    max_age_seconds: i64,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    );
    HeaderValue::from_str(&cookie)
        .unwrap_or_else(|_| HeaderValue::from_static("handen_session=; Path=/; Max-Age=0"))
}

pub fn clear_cookie(secure: bool) -> HeaderValue {
    set_cookie("", 0, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_session_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; handen_session=abc; handen_sessionx=no"),
        );
        assert_eq!(cookie(&headers).as_deref(), Some("abc"));
        headers.insert(header::COOKIE, HeaderValue::from_static("handen_session="));
        assert_eq!(cookie(&headers), None);
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let c = set_cookie("xyz", 60, true);
        assert_eq!(
            c,
            "handen_session=xyz; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure"
        );
        assert!(!set_cookie("xyz", 60, false)
            .to_str()
            .unwrap()
            .contains("Secure"));
        assert!(
            constant_time_eq(b"same", b"same")
                && !constant_time_eq(b"same", b"diff")
                && !constant_time_eq(b"a", b"ab")
        );
    }
}
