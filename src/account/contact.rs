//! `/my/contact`: a new phone number counts at once; a new e-mail address
//! once the link sent to it is opened, so a typo cannot cut someone off.

use super::api::{self, Form};
use super::me::{use_account, Flash, Me};
use super::send_button::SendButton;
use crate::components::PageTitle;
use crate::i18n::use_i18n;
use crate::json;
use crate::router::use_location;
use crate::signup::fields::TextInput;
use crate::signup::summary::ErrorSummary;
use crate::{t, ta};
use handen_core::email::Email;
use handen_core::phone::PhoneNumber;
use handen_core::Field;
use leptos::prelude::*;

pub fn page(me: Me) -> AnyView {
    view! { <Contact me /> }.into_any()
}

#[component]
fn Contact(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let form = Form::new(use_account(), use_location());
    let email = RwSignal::new(me.email);
    let phone = RwSignal::new(me.phone);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (e, p) = (email.get_untracked(), phone.get_untracked());
        let problems = [PhoneNumber::parse(&p).err(), Email::parse(&e).err()];
        if !form.check(problems.into_iter().flatten().collect()) {
            return;
        }
        let body = api::object(&[("email", &e), ("phone", &p)]);
        form.send(
            "POST",
            "/api/me/contact",
            Some(body),
            Box::new(move |answer| {
                let pending = json::parse(&answer)
                    .is_some_and(|o| json::get(&o, "email_pending").as_bool() == Some(true));
                form.back_to_overview(if pending {
                    Flash::EmailPending(e.trim().to_owned())
                } else {
                    Flash::ContactSaved
                });
            }),
        );
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().contact_title.to_owned()) />
        <a href="/my" class="back-link">{t!(i18n, signup.back)}</a>
        <ErrorSummary errors=form.shown on=None />
        <form novalidate on:submit=on_submit>
            <h1>{ta!(i18n, contact_title)}</h1>
            <p>{ta!(i18n, contact_intro)}</p>
            <TextInput field=Field::Email label=|t| t.signup.email kind="email" autocomplete="email" value=email />
            <TextInput field=Field::Phone label=|t| t.signup.phone hint=|t| t.signup.phone_hint kind="tel"
                autocomplete="tel" width="input--w15" value=phone />
            <SendButton form label=ta!(i18n, contact_button) />
        </form>
    }
}
