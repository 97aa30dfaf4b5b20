//! `/my`: where the registration stands (active, paused, left out of the
//! pools), what it says, what happened, and the way to every change.

use super::api::Form;
use super::me::{use_account, Flash, Me, MeState};
use super::send_button::SendButton;
use super::timeline::{day_of, Timeline};
use crate::components::PageTitle;
use crate::i18n::texts::Account;
use crate::i18n::{fill, use_i18n, Texts};
use crate::json;
use crate::labels;
use crate::router::use_location;
use crate::signup::check::{answers, summary_row};
use crate::signup::today;
use crate::ta;
use handen_core::account::PauseReason;
use handen_core::{RegistrationForm, Step};
use leptos::prelude::*;

pub fn page(me: Me) -> AnyView {
    view! { <Overview me /> }.into_any()
}

fn flash_text(t: &'static Texts, a: &'static Account, flash: &Flash) -> String {
    match flash {
        Flash::Saved => a.flash_saved.to_owned(),
        Flash::Paused(until) => fill(a.flash_paused, &[("date", &labels::long_date(t, *until))]),
        Flash::Resumed => a.flash_resumed.to_owned(),
        Flash::Confirmed => a.flash_confirmed.to_owned(),
        Flash::ContactSaved => a.flash_contact.to_owned(),
        Flash::EmailPending(email) => fill(a.flash_email_pending, &[("email", email)]),
    }
}

/// What can be changed here: availability, travel, background, sectors.
fn profile_html(t: &'static Texts, form: &RegistrationForm) -> String {
    let s = &t.signup;
    let mut html = String::from("<dl class=\"summary-list\">");
    for (step, question, answer) in answers(t, form) {
        let shown = match step {
            Step::Availability | Step::Background => true,
            Step::Address => question == s.travel_km,
            Step::Interests => question == s.sectors,
            _ => false,
        };
        if shown {
            html.push_str(&summary_row(
                question,
                &answer,
                Some(("/my/availability", s.change)),
            ));
        }
    }
    html.push_str("</dl>");
    html
}

fn contact_html(t: &'static Texts, a: &'static Account, me: &Me) -> String {
    let change = Some(("/my/contact", t.signup.change));
    [
        summary_row(a.name, &me.name, None),
        summary_row(a.address, &me.address, None),
        summary_row(t.signup.email, &me.email, change),
        summary_row(t.signup.phone, &me.phone, change),
    ]
    .into_iter()
    .fold(String::from("<dl class=\"summary-list\">"), |html, row| {
        html + &row
    }) + "</dl>"
}

#[component]
fn Overview(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let location = use_location();
    let form = Form::new(account, location);
    let paused = me.paused(today());
    let reason = PauseReason::from_code(&me.pause_reason);
    let left_out = me.left_out;
    let profile = me.form.clone();

    let status = move || {
        let (t, a) = (i18n.texts(), i18n.account());
        match (left_out, paused) {
            (true, _) => a.status_left_out.to_owned(),
            (false, Some(until)) => {
                let why = reason
                    .map(|r| labels::pause_reason(t, r))
                    .unwrap_or_default();
                fill(
                    a.status_paused,
                    &[("date", &labels::long_date(t, until)), ("reason", &why)],
                )
            }
            (false, None) => a.status_active.to_owned(),
        }
    };
    let confirmed_at = me.confirmed_at.clone();
    let confirmed = move || {
        let t = i18n.texts();
        fill(
            i18n.account().confirmed_on,
            &[("date", &day_of(t, &confirmed_at))],
        )
    };
    let still_available = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = json::write_form(&profile);
        form.send(
            "PUT",
            "/api/me/profile",
            Some(body),
            Box::new(move |_| form.back_to_overview(Flash::Confirmed)),
        );
    };
    let resume = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.send(
            "POST",
            "/api/me/resume",
            None,
            Box::new(move |_| form.back_to_overview(Flash::Resumed)),
        );
    };
    let sign_out = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.send(
            "POST",
            "/api/sign-out",
            None,
            Box::new(move |_| {
                location.navigate("/sign-in?from=signed_out");
                account.me.set(MeState::NotLoaded);
            }),
        );
    };
    // Save or confirm failed on answers that no longer hold: fix them there.
    Effect::new(move |_| {
        if !form.shown.0.with(Vec::is_empty) {
            account.errors.set(form.shown.0.get_untracked());
            location.navigate("/my/availability");
        }
    });

    let flash = move || {
        account.flash.with(|flash| {
            flash.as_ref().map(|f| {
                let text = flash_text(i18n.texts(), i18n.account(), f);
                view! { <div class="panel panel--success" role="status"><p class="panel__body">{text}</p></div> }
            })
        })
    };
    let form_html = me.form.clone();
    let profile_rows = move || profile_html(i18n.texts(), &form_html);
    let contact_me = me.clone();
    let contact_rows = move || contact_html(i18n.texts(), i18n.account(), &contact_me);
    let reference = me.reference.clone();

    view! {
        <PageTitle text=Signal::derive(move || i18n.account().overview_title.to_owned()) />
        {flash}
        <h1>{ta!(i18n, overview_title)}</h1>
        <p class="caption">{ta!(i18n, reference)} " " <strong class="reference">{reference}</strong></p>
        <div class="status-box" class:status-box--warning=left_out>
            <p class="status-box__text">{status}</p>
            <p class="hint">{confirmed}</p>
            {match (left_out, paused) {
                (true, _) => view! {
                    <form novalidate on:submit=still_available>
                        <SendButton form label=ta!(i18n, still_available_button) />
                    </form>
                }
                .into_any(),
                (false, Some(_)) => view! {
                    <form novalidate on:submit=resume>
                        <SendButton form label=ta!(i18n, resume_button) />
                    </form>
                }
                .into_any(),
                (false, None) => view! {
                    <p><a href="/my/pause" class="button button--secondary">{ta!(i18n, pause_link)}</a></p>
                }
                .into_any(),
            }}
        </div>
        <h2>{ta!(i18n, availability_heading)}</h2>
        <div inner_html=profile_rows></div>
        <h2>{ta!(i18n, contact_heading)}</h2>
        <div inner_html=contact_rows></div>
        <h2>{ta!(i18n, timeline_heading)}</h2>
        <Timeline events=me.timeline />
        <h2>{ta!(i18n, data_heading)}</h2>
        <ul class="actions">
            <li><a href="/api/me/export" download>{ta!(i18n, export_link)}</a></li>
            <li><a href="/my/delete">{ta!(i18n, delete_link)}</a></li>
        </ul>
        <form novalidate on:submit=sign_out>
            <button type="submit" class="button button--secondary">{ta!(i18n, sign_out_button)}</button>
        </form>
    }
}
