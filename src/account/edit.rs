//! `/my/availability`: availability, travel distance, background and
//! sectors, with the sign-up's own questions and rules, and the live fit
//! panel. Saving also confirms that the availability is current.

use super::api::Form;
use super::me::{use_account, Flash, Me};
use super::send_button::SendButton;
use crate::components::PageTitle;
use crate::fit::FitPanel;
use crate::i18n::use_i18n;
use crate::json;
use crate::router::use_location;
use crate::signup::step::{availability, background, sectors, travel};
use crate::signup::summary::ErrorSummary;
use crate::signup::{today, Draft};
use crate::{t, ta};
use handen_core::FieldError;
use leptos::prelude::*;

pub fn page(me: Me) -> AnyView {
    view! { <Edit me /> }.into_any()
}

#[component]
fn Edit(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let location = use_location();
    let draft = Draft::in_memory(me.form);
    provide_context(draft);
    let form = Form::new(account, location);
    // Problems found when confirming from the overview show here at once.
    let earlier = account.errors.get_untracked();
    if !earlier.is_empty() {
        account.errors.set(Vec::new());
        form.check(earlier);
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let problems = draft
            .form
            .with_untracked(|f| match f.parse_profile(today()) {
                Ok(_) => Vec::new(),
                Err(errors) => errors.into_iter().map(FieldError::code).collect(),
            });
        if !form.check(problems) {
            return;
        }
        let body = draft.form.with_untracked(json::write_form);
        form.send(
            "PUT",
            "/api/me/profile",
            Some(body),
            Box::new(move |_| form.back_to_overview(Flash::Saved)),
        );
    };

    view! {
        <PageTitle text=Signal::derive(move || i18n.account().edit_title.to_owned()) />
        <a href="/my" class="back-link">{t!(i18n, signup.back)}</a>
        <ErrorSummary errors=form.shown on=None all_here=true />
        <form novalidate on:submit=on_submit>
            <h1>{ta!(i18n, edit_title)}</h1>
            <p>{ta!(i18n, edit_intro)}</p>
            <h2>{t!(i18n, signup.availability_title)}</h2>
            {availability()}
            {travel()}
            <h2>{t!(i18n, signup.background_title)}</h2>
            {background()}
            <h2>{t!(i18n, signup.interests_title)}</h2>
            {sectors()}
            <SendButton form label=ta!(i18n, save_button) />
        </form>
        <FitPanel />
    }
}
