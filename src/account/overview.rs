//! `/my`: where the registration stands (active, paused, left out of the
//! pools), what it says, what happened, and the way to every change.

use super::api::Form;
use super::me::{use_account, Flash, Me, MeState};
use super::send_button::SendButton;
use super::timeline::{day_of, timeline_html};
use crate::components::PageTitle;
use crate::html::esc;
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
    // Where the registration stands, as HTML text (with the way to pause).
    let standing = move || {
        let (t, a) = (i18n.texts(), i18n.account());
        let confirmed = fill(a.confirmed_on, &[("date", &day_of(t, &confirmed_at))]);
        let pause = if !left_out && paused.is_none() {
            format!(
                "<p><a href=\"/my/pause\" class=\"button button--secondary\">{}</a></p>",
                esc(a.pause_link)
            )
        } else {
            String::new()
        };
        format!(
            "<p class=\"status-box__text\">{}</p><p class=\"hint\">{}</p>{pause}",
            esc(&status()),
            esc(&confirmed)
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
                format!(
                    "<div class=\"panel panel--success\"><p class=\"panel__body\">{}</p></div>",
                    esc(&text)
                )
            })
        })
    };
    // The read-only sections as HTML text: far less wasm than views.
    let sections = {
        let me = me.clone();
        move || {
            let (t, a) = (i18n.texts(), i18n.account());
            let introductions = if me.introductions == "[]" {
                String::new()
            } else {
                format!(
                    "<li><a href=\"/my/introductions\">{}</a></li>",
                    esc(a.introductions_title)
                )
            };
            format!(
                "<h2>{}</h2>{}<h2>{}</h2>{}",
                esc(a.availability_heading),
                profile_html(t, &me.form),
                esc(a.contact_heading),
                contact_html(t, a, &me)
            ) + &format!(
                "<h2>{}</h2>{}<h2>{}</h2><ul class=\"actions\">{introductions}<li><a href=\"/api/me/export\" download>{}</a></li><li><a href=\"/my/delete\">{}</a></li></ul>",
                esc(a.timeline_heading),
                timeline_html(a, t, &me.timeline),
                esc(a.data_heading),
                esc(a.export_link),
                esc(a.delete_link)
            )
        }
    };
    let reference = me.reference.clone();
    let asked = me.asked();
    // The reference, and a panel while organisations wait for an answer.
    let top = move || {
        let a = i18n.account();
        let panel = match asked {
            0 => String::new(),
            1 => a.introductions_one.to_owned(),
            n => fill(a.introductions_other, &[("count", &n)]),
        };
        let panel = if panel.is_empty() {
            panel
        } else {
            format!(
                "<div class=\"status-box\"><p class=\"status-box__text\"><a href=\"/my/introductions\">{}</a></p></div>",
                esc(&panel)
            )
        };
        format!(
            "<p class=\"caption\">{} <strong class=\"reference\">{}</strong></p>{panel}",
            esc(a.reference),
            esc(&reference)
        )
    };

    view! {
        <PageTitle text=Signal::derive(move || i18n.account().overview_title.to_owned()) />
        <div role="status" inner_html=flash></div>
        <h1>{ta!(i18n, overview_title)}</h1>
        <div inner_html=top></div>
        <div class="status-box" class:status-box--warning=left_out>
            <div inner_html=standing></div>
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
                (false, None) => ().into_any(),
            }}
        </div>
        <div inner_html=sections></div>
        <form novalidate on:submit=sign_out>
            <button type="submit" class="button button--secondary">{ta!(i18n, sign_out_button)}</button>
        </form>
    }
}
