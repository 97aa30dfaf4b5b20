//! "Check your answers": every answer with a link to change it, then send.

use super::draft::{today, use_draft};
use super::fields::ShownErrors;
use super::step::{step_path, title};
use super::submit::{send, Outcome, SendStatus};
use super::summary::{focus_later, ErrorSummary, SUMMARY_ID};
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::{fill, use_i18n, Texts};
use crate::labels;
use crate::router::use_location;
use crate::t;
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::background::{BigProfession, Course, DiplomaLevel, SpokenLanguage, Vog};
use handen_core::interest::{Motivation, Sector};
use handen_core::{FieldError, RegistrationForm, Step};
use leptos::prelude::*;
use leptos::task::spawn_local;

pub const RECEIPT_KEY: &str = "handen.sign_up.receipt";

fn given(t: &'static Texts, value: String) -> String {
    if value.trim().is_empty() {
        t.signup.not_given.to_owned()
    } else {
        value
    }
}

fn yes_no(t: &'static Texts, value: Option<bool>) -> String {
    match value {
        Some(true) => t.signup.yes.to_owned(),
        Some(false) => t.signup.no.to_owned(),
        None => t.signup.not_given.to_owned(),
    }
}

fn named<T: Copy>(
    codes: &[String],
    parse: fn(&str) -> Option<T>,
    label: impl Fn(T) -> &'static str,
) -> String {
    codes
        .iter()
        .filter_map(|c| parse(c))
        .map(label)
        .collect::<Vec<_>>()
        .join(", ")
}

fn one<T: Copy>(
    code: &str,
    parse: fn(&str) -> Option<T>,
    label: impl Fn(T) -> &'static str,
) -> String {
    parse(code).map(label).unwrap_or_default().to_owned()
}

/// "maandag: ochtend, middag; zaterdag: avond".
fn week(t: &'static Texts, codes: &[String]) -> String {
    Weekday::ALL
        .iter()
        .filter_map(|&day| {
            let parts: Vec<&str> = Daypart::ALL
                .iter()
                .filter(|&&part| codes.contains(&Slot { day, part }.code()))
                .map(|&part| labels::daypart(t, part))
                .collect();
            (!parts.is_empty())
                .then(|| format!("{}: {}", labels::weekday(t, day), parts.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// (step, question, answer) for every answer, in the order asked.
pub fn answers(t: &'static Texts, f: &RegistrationForm) -> Vec<(Step, &'static str, String)> {
    let s = &t.signup;
    let name = [f.given_names.trim(), f.name_prefix.trim(), f.surname.trim()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let address = format!(
        "{} {}{}",
        f.postcode.trim().to_uppercase(),
        f.house_number.trim(),
        f.house_number_addition.trim()
    );
    let mut rows = vec![
        (Step::Name, s.surname, given(t, name)),
        (Step::Name, s.birth_date, given(t, f.birth_date.clone())),
        (Step::Contact, s.email, given(t, f.email.clone())),
        (Step::Contact, s.phone, given(t, f.phone.clone())),
        (
            Step::Address,
            s.postcode,
            given(t, address.trim().to_owned()),
        ),
        (
            Step::Address,
            s.travel_km,
            given(
                t,
                if f.travel_km.is_empty() {
                    String::new()
                } else {
                    format!("{} {}", f.travel_km, s.km)
                },
            ),
        ),
        (
            Step::Availability,
            s.available_from,
            given(t, f.available_from.clone()),
        ),
        (
            Step::Availability,
            s.available_until,
            given(t, f.available_until.clone()),
        ),
        (
            Step::Availability,
            s.hours_per_week,
            given(t, f.hours_per_week.clone()),
        ),
        (
            Step::Availability,
            s.dayparts,
            given(t, week(t, &f.dayparts)),
        ),
        (
            Step::Background,
            s.care_background,
            yes_no(t, f.care_background),
        ),
    ];
    if f.care_background == Some(true) {
        rows.push((
            Step::Background,
            s.big_registered,
            yes_no(t, f.big_registered),
        ));
        if f.big_registered == Some(true) {
            let profession = one(&f.big_profession, BigProfession::from_code, |p| {
                labels::big_profession(t, p)
            });
            rows.push((
                Step::Background,
                s.big_number,
                given(t, format!("{} {profession}", f.big_number)),
            ));
        }
    }
    rows.extend([
        (
            Step::Background,
            s.diploma_level,
            given(
                t,
                format!(
                    "{} {}",
                    one(&f.diploma_level, DiplomaLevel::from_code, |l| {
                        labels::diploma_level(t, l)
                    }),
                    f.diploma_field
                ),
            ),
        ),
        (Step::Background, s.student, yes_no(t, f.student)),
        (
            Step::Background,
            s.courses,
            given(
                t,
                named(&f.courses, Course::from_code, |c| labels::course(t, c)),
            ),
        ),
        (
            Step::Background,
            s.vog,
            given(t, one(&f.vog, Vog::from_code, |v| labels::vog(t, v))),
        ),
        (
            Step::Background,
            s.languages,
            given(
                t,
                named(&f.languages, SpokenLanguage::from_code, |l| {
                    labels::spoken_language(t, l)
                }),
            ),
        ),
        (
            Step::Interests,
            s.sectors,
            given(
                t,
                named(&f.sectors, Sector::from_code, |x| labels::sector(t, x)),
            ),
        ),
        (
            Step::Interests,
            s.motivation,
            given(
                t,
                one(&f.motivation, Motivation::from_code, |m| {
                    labels::motivation(t, m)
                }),
            ),
        ),
        (
            Step::Consent,
            s.consent_title,
            yes_no(t, Some(f.consent_crisis)),
        ),
        (
            Step::Consent,
            s.consent_reservist_title,
            yes_no(t, Some(f.consent_reservist)),
        ),
    ]);
    rows
}

/// The answers as a GOV.UK summary list, per step, each with its change link.
fn answers_html(t: &'static Texts, f: &RegistrationForm) -> String {
    let all = answers(t, f);
    let mut html = String::with_capacity(4096);
    for step in Step::ALL {
        html.push_str(&format!(
            "<h2 class=\"summary-heading\">{}</h2><dl class=\"summary-list\">",
            esc(title(t, step))
        ));
        let change = format!("{}?return=check", step_path(step));
        for (_, question, answer) in all.iter().filter(|(s, _, _)| *s == step) {
            html.push_str(&summary_row(
                question,
                answer,
                Some((&change, t.signup.change)),
            ));
        }
        html.push_str("</dl>");
    }
    html
}

/// A row of a GOV.UK summary list, with an optional (link, words) to
/// change it; the link names its question for screen readers.
pub fn summary_row(question: &str, answer: &str, change: Option<(&str, &str)>) -> String {
    let (q, a) = (esc(question), esc(answer));
    let action = change.map_or_else(String::new, |(href, words)| {
        format!(
            "<dd class=\"summary-list__action\"><a href=\"{}\">{}<span class=\"visually-hidden\"> {q}</span></a></dd>",
            esc(href),
            esc(words)
        )
    });
    format!(
        "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{q}</dt><dd class=\"summary-list__value\">{a}</dd>{action}</div>"
    )
}

/// A read-only list of (question, answer) rows.
pub fn summary_list(rows: &[(&str, &str)]) -> String {
    rows.iter().fold(
        String::from("<dl class=\"summary-list\">"),
        |html, (question, answer)| html + &summary_row(question, answer, None),
    ) + "</dl>"
}

fn store_receipt(json: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(RECEIPT_KEY, json);
    }
}

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let location = use_location();
    let shown = ShownErrors(RwSignal::new(draft.server_errors.get_untracked()));
    provide_context(shown);
    let status = RwSignal::new(SendStatus::Idle);

    let on_send = move |_| {
        if matches!(
            status.get_untracked(),
            SendStatus::Sending | SendStatus::Offline | SendStatus::Busy(_)
        ) {
            return; // a double tap: the first send is still going
        }
        let form = draft.form.get_untracked();
        if let Err(errors) = form.parse(today()) {
            shown
                .0
                .set(errors.into_iter().map(FieldError::code).collect());
            focus_later(SUMMARY_ID.to_owned());
            return;
        }
        status.set(SendStatus::Sending);
        spawn_local(async move {
            let sent = form.clone();
            match send(form, draft, status).await {
                Outcome::Created(receipt) => {
                    super::earlier::remember(&sent);
                    store_receipt(&receipt);
                    draft.clear();
                    status.set(SendStatus::Idle);
                    location.navigate("/sign-up/done");
                }
                Outcome::Invalid(codes) => {
                    draft.server_errors.set(codes.clone());
                    shown.0.set(codes);
                    status.set(SendStatus::Idle);
                    focus_later(SUMMARY_ID.to_owned());
                }
                Outcome::Failed => status.set(SendStatus::Failed),
            }
        });
    };

    let rows = move || draft.form.with(|f| answers_html(i18n.texts(), f));

    let message = move || {
        let t = i18n.texts();
        match status.get() {
            SendStatus::Idle => String::new(),
            SendStatus::Sending => t.signup.submitting.to_owned(),
            SendStatus::Offline => t.signup.offline_retrying.to_owned(),
            SendStatus::Busy(seconds) => fill(t.signup.busy_retrying, &[("seconds", &seconds)]),
            SendStatus::Failed => t.signup.failed.to_owned(),
        }
    };
    let busy = move || {
        matches!(
            status.get(),
            SendStatus::Sending | SendStatus::Offline | SendStatus::Busy(_)
        )
    };

    view! {
        <PageTitle text=Signal::derive(move || i18n.texts().signup.check_title.to_owned()) />
        <a href=step_path(Step::Consent) class="back-link">{t!(i18n, signup.back)}</a>
        <ErrorSummary errors=shown on=None />
        <h1>{t!(i18n, signup.check_title)}</h1>
        <p>{t!(i18n, signup.check_intro)}</p>
        <div inner_html=rows></div>
        <p class="send-status" role="status" aria-live="polite">{message}</p>
        <button type="button" class="button" aria-disabled=move || busy().then_some("true") on:click=on_send>
            {t!(i18n, signup.submit)}
        </button>
    }
}
