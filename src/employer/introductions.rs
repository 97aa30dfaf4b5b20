//! The introductions asked for a request: how each stands, who the
//! candidate is once they accepted, and the outcome to record then.

use super::outcome::record_outcome;
use super::request::Page;
use crate::employer::form::{html, live};
use crate::employer::markup::{button_form, details, submitted};
use crate::employer::model::Introduction;
use crate::employer::words;
use crate::html::esc;
use crate::i18n::{fill, texts, texts_for, use_i18n};
use crate::labels;
use crate::signup::summary::focus_later;
use handen_core::Language;
use leptos::prelude::*;

pub const SAVED: &str = "outcome-saved";

/// "Kennismaking van dinsdag 1 december 2026".
pub fn title(language: Language, intro: &Introduction) -> String {
    let e = texts::employer(language);
    fill(
        e.introduction_title,
        &[(
            "date",
            &labels::day_of(texts_for(language), &intro.asked_at),
        )],
    )
}

fn list_html(language: Language, intros: &[Introduction], recording: Option<&str>) -> String {
    let e = texts::employer(language);
    if intros.is_empty() {
        return format!("<p>{}</p>", esc(e.no_introductions));
    }
    let items: String = intros
        .iter()
        .map(|i| {
            let title = title(language, i);
            let (name, email, phone) = i.candidate.as_ref().map_or(("", "", ""), |c| {
                (c.name.as_str(), c.email.as_str(), c.phone.as_str())
            });
            let reason = if i.outcome_reason.is_empty() {
                ""
            } else {
                words::reason(e, &i.outcome_reason)
            };
            let hidden = if i.candidate.is_none() && i.status == "asked" {
                format!("<p class=\"hint\">{}</p>", esc(e.identity_hidden))
            } else {
                String::new()
            };
            let record = if i.status == "accepted" && recording != Some(i.id.as_str()) {
                button_form(&i.id, "outcome", e.outcome_button, &title, true)
            } else {
                String::new()
            };
            format!(
                "<li class=\"introduction\"><h3>{}</h3>{}{hidden}{record}</li>",
                esc(&title),
                details(&[
                    (e.status, words::introduction_status(e, &i.status)),
                    (e.candidate_name, name),
                    (e.candidate_email, email),
                    (e.candidate_phone, phone),
                    (e.reason, reason),
                    (e.note, &i.outcome_note),
                ])
            )
        })
        .collect();
    format!("<ul class=\"plain-list\">{items}</ul>")
}

pub fn introductions(page: Page) -> AnyView {
    let i18n = use_i18n();
    // The one accepted introduction whose outcome form is open.
    let recording = RwSignal::new(None::<Introduction>);
    let saved = RwSignal::new(false);
    let intros = move || page.get().map(|r| r.introductions).unwrap_or_default();
    let list = move || {
        let open = recording.with(|r| r.as_ref().map(|i| i.id.clone()));
        list_html(i18n.language(), &intros(), open.as_deref())
    };
    let open_form = move |ev: leptos::ev::SubmitEvent| {
        let Some((id, _)) = submitted(&ev) else {
            return;
        };
        saved.set(false);
        recording.set(intros().into_iter().find(|i| i.id == id));
        focus_later("outcome".to_owned());
    };
    let done = Callback::new(move |()| {
        recording.set(None);
        saved.set(true);
        page.reload();
        focus_later(SAVED.to_owned());
    });
    let notice = move || {
        let e = i18n.group(texts::employer);
        if saved.get() {
            format!(
                "<div class=\"panel panel--success\"><p class=\"panel__body\">{}</p></div>",
                esc(e.outcome_saved)
            )
        } else {
            String::new()
        }
    };
    view! {
        {html(move || format!("<h2>{}</h2>", esc(i18n.group(texts::employer).introductions_heading)))}
        <div id=SAVED tabindex="-1">{live(notice)}</div>
        <div on:submit=open_form inner_html=list></div>
        {move || recording.get().map(|intro| record_outcome(page, intro, done))}
    }
    .into_any()
}
