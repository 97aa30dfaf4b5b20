//! `/sign-in`: ask for a link with the e-mail address or phone number of
//! the registration; `/sign-in#token=…` (the link) starts the session.
//! The token travels in the fragment, which browsers never send to a
//! server, and is wiped from the address bar at once.

use super::api::{self, Form};
use super::me::use_account;
use super::send_button::SendButton;
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::{fill, use_i18n};
use crate::router::use_location;
use crate::signup::fields::TextInput;
use crate::signup::summary::ErrorSummary;
use crate::ta;
use handen_core::account::{link_fragment, next_page, SignInAddress};
use handen_core::Field;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    Ask,
    Opening,
    LinkFailed,
    Sent(String),
}

#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let location = use_location();
    let form = Form::new(account, location);
    let address = RwSignal::new(String::new());
    let stage = RwSignal::new(Stage::Ask);

    if let Some((token, next)) = link_fragment(&location.hash_untracked()) {
        stage.set(Stage::Opening);
        location.replace("/sign-in");
        spawn_local(async move {
            let body = api::object(&[("token", &token)]);
            match api::call("POST", "/api/sessions", None, Some(body)).await {
                Some(answer) if answer.status == 200 => {
                    account.load();
                    location.replace(next_page(&next));
                }
                _ => stage.set(Stage::LinkFailed),
            }
        });
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = address.get_untracked();
        if !form.check(SignInAddress::parse(&typed).err().into_iter().collect()) {
            return;
        }
        let body = api::object(&[("address", &typed)]);
        form.send(
            "POST",
            "/api/sign-in",
            Some(body),
            Box::new(move |_| stage.set(Stage::Sent(typed))),
        );
    };
    let notice = move || match location.query_param("from").as_deref() {
        Some("my") => Some(ta!(i18n, session_ended)),
        Some("signed_out") => Some(ta!(i18n, signed_out)),
        _ => None,
    };

    // The read-only parts as HTML text: far less wasm than views.
    let opening = move || {
        let a = i18n.account();
        format!(
            "<h1>{}</h1><p class=\"loading\" role=\"status\">{}</p>",
            esc(a.sign_in_title),
            esc(a.opening)
        )
    };
    let sent = move |typed: &str| {
        let a = i18n.account();
        format!(
            "<div class=\"panel\" role=\"status\"><h1 class=\"panel__title\">{}</h1><p class=\"panel__body\">{}</p></div><p>{}</p>",
            esc(a.sign_in_sent_title),
            esc(&fill(a.sign_in_sent, &[("address", &typed)])),
            esc(a.sign_in_not_arrived)
        )
    };
    let above = move |failed: bool| {
        let a = i18n.account();
        let mut html = String::new();
        if failed {
            html += &format!(
                "<div class=\"panel panel--warning\" role=\"alert\"><h2 class=\"panel__title\">{}</h2><p class=\"panel__body\">{}</p></div>",
                esc(a.link_failed_title),
                esc(a.link_failed)
            );
        }
        if let Some(text) = notice() {
            html += &format!(
                "<p class=\"notice\" role=\"status\">{}</p>",
                esc(text.get())
            );
        }
        html
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().sign_in_title.to_owned()) />
        {move || match stage.get() {
            Stage::Opening => view! { <div inner_html=opening></div> }.into_any(),
            Stage::Sent(typed) => view! {
                <div inner_html=move || sent(&typed)></div>
                <p><button type="button" class="button button--secondary" on:click=move |_| stage.set(Stage::Ask)>
                    {ta!(i18n, sign_in_again)}
                </button></p>
            }
            .into_any(),
            current => view! {
                <div inner_html=move || above(current == Stage::LinkFailed)></div>
                <ErrorSummary errors=form.shown on=None />
                <form novalidate on:submit=on_submit>
                    <h1>{ta!(i18n, sign_in_title)}</h1>
                    <p>{ta!(i18n, sign_in_intro)}</p>
                    <TextInput field=Field::SignInAddress label=|t| t.account_fields.address hint=|t| t.account_fields.address_hint
                        autocomplete="email" value=address />
                    <SendButton form label=ta!(i18n, sign_in_button) />
                </form>
            }
            .into_any(),
        }}
    }
}
