//! `/my/delete`: withdraw consent and erase the registration for good,
//! after saying plainly what goes, what stays (a count) and how to keep a
//! copy first. `/my/deleted` confirms it without a session.

use super::api::Form;
use super::me::{use_account, Me, MeState};
use super::send_button::SendButton;
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::use_i18n;
use crate::router::use_location;
use crate::ta;
use leptos::prelude::*;

pub fn page(_: Me) -> AnyView {
    view! { <Delete /> }.into_any()
}

#[component]
fn Delete() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let location = use_location();
    let form = Form::new(account, location);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.send(
            "DELETE",
            "/api/me",
            None,
            Box::new(move |_| {
                location.navigate("/my/deleted");
                account.me.set(MeState::SignedOut);
            }),
        );
    };
    // Read-only, so HTML text: far less wasm than views.
    let text = move || {
        let (t, a) = (i18n.texts(), i18n.account());
        format!(
            "<a href=\"/my\" class=\"back-link\">{}</a><h1>{}</h1><p>{}</p><ul><li>{}</li><li>{}</li><li>{}</li></ul><p><a href=\"/api/me/export\" download>{}</a></p>",
            esc(t.signup.back),
            esc(a.delete_title),
            esc(a.delete_intro),
            esc(a.delete_what),
            esc(a.delete_keep),
            esc(a.delete_mail),
            esc(a.delete_export_first)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().delete_title.to_owned()) />
        <div inner_html=text></div>
        <form novalidate on:submit=on_submit>
            <SendButton form label=ta!(i18n, delete_button) warning=true />
        </form>
    }
}

#[component]
pub fn Deleted() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().deleted_title.to_owned()) />
        <div class="panel" role="status">
            <h1 class="panel__title">{ta!(i18n, deleted_title)}</h1>
            <p class="panel__body">{ta!(i18n, deleted_body)}</p>
        </div>
        <p><a href="/sign-up">{ta!(i18n, sign_up_again)}</a></p>
    }
}
