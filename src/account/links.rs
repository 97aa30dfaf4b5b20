//! One-tap links from mail that need no session: confirming a new e-mail
//! address, and "still available? yes, as before".

use super::api;
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::texts::Account;
use crate::i18n::use_i18n;
use crate::router::use_location;
use handen_core::account::link_fragment;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Working,
    Done,
    Failed,
}

type Words = fn(&'static Account) -> &'static str;

/// Posts the link's token to `endpoint` once and says how it went.
#[component]
fn OneTap(endpoint: &'static str, title: Words, done: Words) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let stage = RwSignal::new(Stage::Working);
    match link_fragment(&location.hash_untracked()) {
        Some((token, _)) => {
            location.replace(&location.path.get_untracked());
            spawn_local(async move {
                let body = api::object(&[("token", &token)]);
                let ok = api::call("POST", endpoint, None, Some(body))
                    .await
                    .is_some_and(|a| a.status == 200);
                stage.set(if ok { Stage::Done } else { Stage::Failed });
            });
        }
        None => stage.set(Stage::Failed),
    }
    let words = move |pick: Words| pick(i18n.account());
    // HTML text: far less wasm than a view per stage.
    let text = move || {
        let a = i18n.account();
        let body = match stage.get() {
            Stage::Working => format!("<p class=\"loading\" role=\"status\">{}</p>", esc(a.working)),
            Stage::Done => format!(
                "<div class=\"panel panel--success\" role=\"status\"><p class=\"panel__body\">{}</p></div><p><a href=\"/my\">{}</a></p>",
                esc(done(a)),
                esc(a.to_overview)
            ),
            Stage::Failed => format!(
                "<div class=\"panel panel--warning\" role=\"alert\"><h2 class=\"panel__title\">{}</h2><p class=\"panel__body\">{}</p></div><p><a href=\"/sign-in\">{}</a></p>",
                esc(a.link_failed_title),
                esc(a.one_tap_failed),
                esc(a.sign_in_title)
            ),
        };
        format!("<h1>{}</h1>{body}", esc(title(a)))
    };
    view! {
        <PageTitle text=Signal::derive(move || words(title).to_owned()) />
        <div inner_html=text></div>
    }
}

#[component]
pub fn ConfirmEmail() -> impl IntoView {
    view! { <OneTap endpoint="/api/confirm-email" title=|a| a.confirm_email_title done=|a| a.confirm_email_done /> }
}

#[component]
pub fn StillAvailable() -> impl IntoView {
    view! { <OneTap endpoint="/api/still-available" title=|a| a.still_available_title done=|a| a.still_available_done /> }
}
