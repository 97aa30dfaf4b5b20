//! `/my/pause`: not available for a while ("placed elsewhere", "ill", "on
//! holiday"): not proposed until the chosen date, available again after.

use super::api::{self, Form};
use super::me::{use_account, Flash, Me};
use super::send_button::SendButton;
use crate::components::PageTitle;
use crate::i18n::use_i18n;
use crate::labels;
use crate::router::use_location;
use crate::signup::fields::{choices, Radios, TextInput};
use crate::signup::summary::ErrorSummary;
use crate::signup::today;
use crate::{t, ta};
use handen_core::account::{Pause, PauseReason};
use handen_core::Field;
use leptos::prelude::*;

pub fn page(_: Me) -> AnyView {
    view! { <PausePage /> }.into_any()
}

#[component]
fn PausePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = Form::new(use_account(), use_location());
    let until = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, r) = (until.get_untracked(), reason.get_untracked());
        let pause = match Pause::parse(&u, &r, today()) {
            Ok(pause) => pause,
            Err(problems) => {
                form.check(problems);
                return;
            }
        };
        let body = api::object(&[("pause_until", &u), ("pause_reason", &r)]);
        form.send(
            "POST",
            "/api/me/pause",
            Some(body),
            Box::new(move |_| form.back_to_overview(Flash::Paused(pause.until))),
        );
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().pause_title.to_owned()) />
        <a href="/my" class="back-link">{t!(i18n, signup.back)}</a>
        <ErrorSummary errors=form.shown on=None />
        <form novalidate on:submit=on_submit>
            <h1>{ta!(i18n, pause_title)}</h1>
            <p>{ta!(i18n, pause_intro)}</p>
            <TextInput field=Field::PauseUntil label=|t| t.account_fields.pause_until hint=|t| t.account_fields.pause_until_hint
                kind="date" width="input--date" value=until />
            <Radios field=Field::PauseReason legend=|t| t.account_fields.pause_reason
                options=choices(PauseReason::ALL, PauseReason::code, labels::pause_reason) value=reason />
            <SendButton form label=ta!(i18n, pause_button) />
        </form>
    }
}
