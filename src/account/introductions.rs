//! `/my/introductions`: organisations that saw the registration without a
//! name and ask to meet. Yes shows that one organisation the name, e-mail
//! address and phone number; no shows it nothing. The list is HTML text
//! with one submit handler for all its buttons: far less wasm than views.
//! The work packages' titles come from `/api/work-packages`, not from the
//! catalogue compiled in, which would cost this bundle ~4 KB.

use super::api::{self, Form};
use super::me::{use_account, Me, MeState};
use super::send_button::SendingLine;
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::texts::{self, Account};
use crate::i18n::{texts_for, use_i18n};
use crate::json;
use crate::labels;
use crate::router::use_location;
use crate::signup::check::summary_list;
use crate::signup::summary::focus_later;
use crate::t;
use handen_core::Language;
use js_sys::{Array, Reflect, JSON};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

const HEADING: &str = "introductions-heading";

pub fn page(me: Me) -> AnyView {
    view! { <Introductions introductions=me.introductions() /> }.into_any()
}

fn status(a: &'static Account, status: &str) -> &'static str {
    match status {
        "accepted" => a.intro_accepted,
        "declined" => a.intro_declined,
        "placed" => a.intro_placed,
        "not_selected" => a.intro_not_selected,
        _ => a.intro_asked,
    }
}

/// The title of a package in `language`, from the catalogue's JSON.
fn title(packages: &JsValue, code: &str, language: Language) -> String {
    if !Array::is_array(packages) {
        return code.to_owned();
    }
    Array::from(packages)
        .iter()
        .find(|p| json::get_string(p, "code").as_deref() == Some(code))
        .and_then(|p| json::get_string(&json::get(&p, "title"), language.code()))
        .unwrap_or_else(|| code.to_owned())
}

fn item_html(language: Language, packages: &JsValue, i: &JsValue) -> String {
    let (t, a) = (texts_for(language), texts::account(language));
    let s = |key: &str| json::get_string(i, key).unwrap_or_default();
    let (id, state) = (s("id"), s("status"));
    let dayparts: Vec<String> = Array::from(&json::get(i, "dayparts"))
        .iter()
        .filter_map(|d| d.as_string())
        .collect();
    // Whole hours: formatting an f64 would bring float printing.
    let hours = json::get(i, "hours_per_week").as_f64().unwrap_or(0.0) as u32;
    let work = title(packages, &s("package"), language);
    let rows = summary_list(&[
        (a.intro_work, &work),
        (a.intro_place, &s("place")),
        (
            a.intro_period,
            &labels::period(
                t,
                &s("starts_on"),
                &s("ends_on"),
                a.intro_from,
                a.intro_range,
            ),
        ),
        (a.intro_dayparts, &labels::slots(t, &dayparts)),
        (a.intro_hours, &hours.to_string()),
        (a.intro_status, status(a, &state)),
    ]);
    let answer = if state == "asked" {
        let id = esc(&id);
        format!(
            "<form novalidate data-id=\"{id}\" data-verb=\"accept\"><p><button type=\"submit\" class=\"button\">{}</button></p></form><form novalidate data-id=\"{id}\" data-verb=\"decline\"><p><button type=\"submit\" class=\"button button--secondary\">{}</button></p></form>",
            esc(a.accept_button),
            esc(a.decline_button)
        )
    } else {
        String::new()
    };
    format!(
        "<li class=\"introduction\"><h2 class=\"introduction__title\">{}</h2>{rows}{answer}</li>",
        esc(&s("organisation"))
    )
}

#[component]
fn Introductions(introductions: Vec<JsValue>) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let form = Form::new(account, use_location());
    let empty = introductions.is_empty();
    let packages = RwSignal::new_local(None::<JsValue>);
    if !empty {
        spawn_local(async move {
            let answer = api::call("GET", "/api/work-packages", None, None).await;
            let list = answer
                .and_then(|a| JSON::parse(&a.body).ok())
                .unwrap_or(JsValue::NULL);
            packages.set(Some(list));
        });
    }
    let list = move || {
        let language = i18n.language();
        packages.with(|p| {
            p.as_ref().map(|p| {
                introductions
                    .iter()
                    .map(|i| item_html(language, p, i))
                    .collect::<String>()
            })
        })
    };
    // Every answer button's form, by its data: the introduction and the verb.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let (Some(id), Some(verb)) = (
            target.get_attribute("data-id"),
            target.get_attribute("data-verb"),
        ) else {
            return;
        };
        let status = if verb == "accept" {
            "accepted"
        } else {
            "declined"
        };
        let path = format!("/api/me/introductions/{id}/{verb}");
        form.send(
            "POST",
            &path,
            None,
            Box::new(move |_| {
                // Drawn again from the registration, with the new status.
                account.me.update(|state| {
                    if let MeState::Ready(me) = state {
                        let list = me.introductions();
                        for i in &list {
                            if json::get_string(i, "id").as_deref() == Some(id.as_str()) {
                                let _ = Reflect::set(i, &"status".into(), &status.into());
                            }
                        }
                        let array: Array = list.into_iter().collect();
                        if let Some(text) = JSON::stringify(&array).ok().and_then(|t| t.as_string())
                        {
                            me.introductions = text;
                        }
                    }
                });
                focus_later(HEADING.to_owned());
            }),
        );
    };
    let head = move || {
        let a = i18n.account();
        let none = if empty {
            format!("<p>{}</p>", esc(a.introductions_none))
        } else {
            String::new()
        };
        format!(
            "<h1 id=\"{HEADING}\" tabindex=\"-1\">{}</h1><p>{}</p>{none}",
            esc(a.introductions_title),
            esc(a.introductions_intro)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.account().introductions_title.to_owned()) />
        <a href="/my" class="back-link">{t!(i18n, signup.back)}</a>
        <div inner_html=head></div>
        <SendingLine form />
        <ul class="plain-list" on:submit=on_submit inner_html=list></ul>
    }
}
