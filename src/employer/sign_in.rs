//! Signing in as a member of an organisation: ask for a link by e-mail
//! address (`/employer` when signed out); the link, `/employer/sign-in#token=…`,
//! starts the session. As for volunteers, the token travels in the
//! fragment, which browsers never send to a server, and leaves the
//! address bar at once.

use crate::api;
use crate::components::PageTitle;
use crate::employer::form::fields::{input, spec};
use crate::employer::form::sender::{send_button, Sender};
use crate::employer::form::{error_summary, form, html, Problem};
use crate::employer::session::use_session;
use crate::html::esc;
use crate::i18n::{fill, texts, use_i18n, I18n};
use crate::router::use_location;
use crate::signup::summary::focus_later;
use crate::te;
use handen_core::account::link_fragment;
use handen_core::email::Email;
use leptos::prelude::*;
use leptos::task::spawn_local;

const HEADING: &str = "sign-in-heading";

fn title(i18n: I18n) -> AnyView {
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::employer).sign_in_title.to_owned()) />
    }
    .into_any()
}

/// The form that asks for a link, then says to look in the mailbox.
pub fn sign_in_form(link_failed: bool) -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let sender = Sender::form(use_session(), location);
    let address = RwSignal::new(String::new());
    let sent = RwSignal::new(None::<String>);
    let send = move || {
        let typed = address.get_untracked();
        let problems = Email::parse(&typed)
            .err()
            .map(|e| Problem::new("address", e.code()));
        if !sender.problems.check(problems.into_iter().collect()) {
            return;
        }
        let body = api::object(&[("address", &typed)]);
        sender.send(
            "POST",
            "/api/staff/sign-in".to_owned(),
            Some(body),
            Box::new(move |_| {
                sent.set(Some(typed));
                focus_later(HEADING.to_owned());
            }),
        );
    };
    let top = move || {
        let e = i18n.group(texts::employer);
        let failed = if link_failed {
            format!(
                "<div class=\"panel panel--warning\" role=\"alert\"><h2 class=\"panel__title\">{}</h2><p class=\"panel__body\">{}</p></div>",
                esc(e.link_failed_title),
                esc(e.link_failed)
            )
        } else {
            String::new()
        };
        let notice = match location.query_param("from").as_deref() {
            Some("session") => e.session_ended,
            Some("signed_out") => e.signed_out,
            _ => "",
        };
        let notice = if notice.is_empty() {
            String::new()
        } else {
            format!("<p class=\"notice\" role=\"status\">{}</p>", esc(notice))
        };
        format!("{failed}{notice}")
    };
    let heading = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<span class=\"caption\">{}</span><h1 id=\"{HEADING}\" tabindex=\"-1\">{}</h1><p>{}</p>",
            esc(e.caption),
            esc(e.sign_in_title),
            esc(e.sign_in_intro)
        )
    };
    let register = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<h2>{}</h2><p><a href=\"/employer/register\">{}</a></p>",
            esc(e.register_question),
            esc(e.register_link)
        )
    };
    let sent_text = move || {
        let e = i18n.group(texts::employer);
        let typed = sent.get().unwrap_or_default();
        format!(
            "<div class=\"panel\" role=\"status\"><h1 class=\"panel__title\" id=\"{HEADING}\" tabindex=\"-1\">{}</h1><p class=\"panel__body\">{}</p></div>",
            esc(e.sent_title),
            esc(&fill(e.sent_body, &[("address", &typed)]))
        )
    };
    let again = move |_| {
        sent.set(None);
        focus_later(HEADING.to_owned());
    };
    let asking = move || {
        vec![
            html(top),
            error_summary(sender.problems),
            html(heading),
            form(
                Box::new(send),
                vec![
                    input(
                        spec("address", te!(i18n, address_label))
                            .kind("email")
                            .autocomplete("email"),
                        address,
                    ),
                    send_button(sender, te!(i18n, sign_in_button), false),
                ],
            ),
            html(register),
        ]
        .into_any()
    };
    let done = move || {
        view! {
            {html(sent_text)}
            <p><button type="button" class="button button--secondary" on:click=again>
                {te!(i18n, sign_in_again)}
            </button></p>
        }
        .into_any()
    };
    view! {
        {title(i18n)}
        {move || if sent.with(Option::is_some) { done() } else { asking() }}
    }
    .into_any()
}

/// `/employer/sign-in#token=…`: the link from the mail.
pub fn open_link() -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let session = use_session();
    let failed = RwSignal::new(false);
    match link_fragment(&location.hash_untracked()) {
        Some((token, _)) => {
            location.replace("/employer/sign-in");
            spawn_local(async move {
                let body = api::object(&[("token", &token)]);
                match api::call("POST", "/api/staff/sessions", None, Some(body)).await {
                    Some(answer) if answer.status == 200 => {
                        session.start();
                        location.replace("/employer");
                    }
                    _ => failed.set(true),
                }
            });
        }
        None => failed.set(true),
    }
    let opening = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<h1>{}</h1><p class=\"loading\" role=\"status\">{}</p>",
            esc(e.sign_in_title),
            esc(e.opening)
        )
    };
    (move || {
        if failed.get() {
            sign_in_form(true)
        } else {
            view! { {title(i18n)} {html(opening)} }.into_any()
        }
    })
    .into_any()
}
