//! Sending the sign-up. A phone on a poor connection loses requests and
//! answers: every attempt carries the draft's idempotency key, so retrying
//! until an answer comes can never create a second registration.

use super::draft::{new_key, Draft};
use crate::json;
use gloo_net::http::Request;
use handen_core::{ErrorCode, RegistrationForm};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendStatus {
    Idle,
    Sending,
    /// No answer (offline, timeout, server down): retrying by itself.
    Offline,
    /// Rate limited: retrying after this many seconds.
    Busy(u32),
    Failed,
}

pub enum Outcome {
    /// The receipt as the server sent it (JSON).
    Created(String),
    Invalid(Vec<ErrorCode>),
    Failed,
}

const MAX_WAIT_MS: u32 = 5_000;

pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            &resolve,
            i32::try_from(ms).unwrap_or(i32::MAX),
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub async fn send(form: RegistrationForm, draft: Draft, status: RwSignal<SendStatus>) -> Outcome {
    let body = json::write_form(&form);
    let mut wait_ms = 1_000;
    loop {
        let key = draft.key.get_untracked();
        let request = Request::post("/api/registrations")
            .header("Idempotency-Key", &key)
            .header("Content-Type", "application/json")
            .body(body.clone());
        let request = match request {
            Ok(request) => request,
            Err(_) => return Outcome::Failed,
        };
        match request.send().await {
            Ok(response) => match response.status() {
                201 => {
                    return match response.text().await {
                        Ok(receipt) => Outcome::Created(receipt),
                        Err(_) => Outcome::Failed,
                    };
                }
                422 => {
                    let codes = json::error_codes(&response.text().await.unwrap_or_default());
                    if codes.iter().any(|c| c == "idempotency_key_reused") {
                        // The answers changed after an attempt whose answer
                        // never arrived: this is a new request.
                        draft.key.set(new_key());
                        continue;
                    }
                    let codes: Vec<ErrorCode> = codes
                        .iter()
                        .filter_map(|c| ErrorCode::from_code(c))
                        .collect();
                    return if codes.is_empty() {
                        Outcome::Failed
                    } else {
                        Outcome::Invalid(codes)
                    };
                }
                429 => {
                    let seconds = response
                        .headers()
                        .get("retry-after")
                        .and_then(|s| s.trim().parse::<u32>().ok())
                        .unwrap_or(5)
                        .clamp(1, 120);
                    status.set(SendStatus::Busy(seconds));
                    sleep(seconds * 1_000).await;
                }
                408 | 500..=599 => {
                    status.set(SendStatus::Offline);
                    sleep(wait_ms).await;
                    wait_ms = (wait_ms * 2).min(MAX_WAIT_MS);
                }
                _ => return Outcome::Failed,
            },
            Err(_) => {
                status.set(SendStatus::Offline);
                sleep(wait_ms).await;
                wait_ms = (wait_ms * 2).min(MAX_WAIT_MS);
            }
        }
    }
}
