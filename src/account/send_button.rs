//! The button that sends a self-service form, with a polite line saying
//! how the sending goes.

use super::api::Form;
use crate::i18n::{fill, use_i18n};
use crate::signup::submit::SendStatus;
use leptos::prelude::*;

/// How sending goes, for a form with buttons of its own.
#[component]
pub fn SendingLine(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let message = move || {
        let t = i18n.account();
        match form.status.get() {
            SendStatus::Idle => String::new(),
            SendStatus::Sending => t.sending.to_owned(),
            SendStatus::Offline => t.offline.to_owned(),
            SendStatus::Busy(seconds) => fill(t.too_many, &[("seconds", &seconds)]),
            SendStatus::Failed => t.send_failed.to_owned(),
        }
    };
    view! { <p class="send-status" role="status" aria-live="polite">{message}</p> }
}

#[component]
pub fn SendButton(
    form: Form,
    label: Signal<&'static str>,
    #[prop(optional)] warning: bool,
) -> impl IntoView {
    let busy = move || (form.status.get() == SendStatus::Sending).then_some("true");
    view! {
        <SendingLine form />
        <button type="submit" class="button" class:button--warning=warning aria-disabled=busy>{label}</button>
    }
}
