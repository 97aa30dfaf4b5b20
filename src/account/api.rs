//! Sending changes from the self-service pages. The session cookie goes
//! with every same-origin request by itself; changes add the CSRF token
//! the session was given.

use super::me::Account;
use crate::json;
use crate::router::Location;
use crate::signup::fields::ShownErrors;
use crate::signup::submit::SendStatus;
use crate::signup::summary::{focus_later, SUMMARY_ID};
use handen_core::ErrorCode;
use leptos::prelude::*;
use leptos::task::spawn_local;

pub use crate::api::{call, object};

/// What a form page needs to send a change and show how it went.
#[derive(Clone, Copy)]
pub struct Form {
    pub account: Account,
    pub location: Location,
    pub shown: ShownErrors,
    pub status: RwSignal<SendStatus>,
}

impl Form {
    pub fn new(account: Account, location: Location) -> Form {
        let shown = ShownErrors(RwSignal::new(Vec::new()));
        provide_context(shown);
        Form {
            account,
            location,
            shown,
            status: RwSignal::new(SendStatus::Idle),
        }
    }

    /// Shows problems found before sending; true when there are none.
    pub fn check(self, problems: Vec<ErrorCode>) -> bool {
        if problems.is_empty() {
            return true;
        }
        self.shown.0.set(problems);
        focus_later(SUMMARY_ID.to_owned());
        false
    }

    pub fn busy(self) -> bool {
        self.status.get_untracked() == SendStatus::Sending
    }

    /// Sends a change with the session's CSRF token. On success `done` gets
    /// the answer's body; refused fields show in the error summary. `done`
    /// is boxed: one compiled copy of all this for every form, not one each.
    pub fn send(
        self,
        method: &'static str,
        path: &str,
        body: Option<String>,
        done: Box<dyn FnOnce(String)>,
    ) {
        if self.busy() {
            return; // a double tap: the first one is still on its way
        }
        self.status.set(SendStatus::Sending);
        let csrf = self.account.csrf();
        let path = path.to_owned();
        spawn_local(async move {
            let answer = call(method, &path, Some(&csrf), body).await;
            self.status.set(SendStatus::Idle);
            match answer {
                Some(a) if (200..300).contains(&a.status) => {
                    self.shown.0.set(Vec::new());
                    done(a.body);
                }
                Some(a) if a.status == 422 || a.status == 400 => {
                    let codes: Vec<ErrorCode> = json::error_codes(&a.body)
                        .iter()
                        .filter_map(|c| ErrorCode::from_code(c))
                        .collect();
                    if codes.is_empty() {
                        self.status.set(SendStatus::Failed);
                    } else {
                        self.check(codes);
                    }
                }
                Some(a) if a.status == 401 => self.location.replace("/sign-in?from=my"),
                Some(a) if a.status == 429 => self
                    .status
                    .set(SendStatus::Busy(a.retry_after.unwrap_or(60))),
                // A stale CSRF token (a session started in another tab): fetch the
                // registration and its token again, then the person can retry.
                Some(a) if a.status == 403 => {
                    self.account.load();
                    self.status.set(SendStatus::Failed);
                }
                Some(_) => self.status.set(SendStatus::Failed),
                None => self.status.set(SendStatus::Offline),
            }
        });
    }

    /// After a change: say so on the overview, with the registration fresh.
    pub fn back_to_overview(self, flash: super::me::Flash) {
        self.account.flash.set(Some(flash));
        self.account.load();
        self.location.navigate("/my");
    }
}
