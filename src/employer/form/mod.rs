//! Forms of the employers' and administrators' pages. Their problems are
//! codes with the wire name of a field (`handen_core::employer`, or the
//! server's refusals), shown in an error summary that links to the field
//! and next to the field itself, as on the volunteers' forms.
//!
//! Every piece is a plain function returning `AnyView`, and read-only
//! markup is HTML text: each `view!` of its own shape compiles to its own
//! rendering code, and this bundle has a first-load budget.

pub mod fields;
pub mod sender;

use super::words;
use crate::html::esc;
use crate::i18n::{texts_for, use_i18n};
use crate::signup::summary::{focus_later, SUMMARY_ID};
use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field's wire name, which is also its input's id.
    pub field: String,
    pub code: String,
}

impl Problem {
    pub fn new(field: &str, code: &str) -> Problem {
        Problem {
            field: field.to_owned(),
            code: code.to_owned(),
        }
    }
}

/// The problems a form shows; its fields find them as context.
#[derive(Debug, Clone, Copy)]
pub struct Problems(pub RwSignal<Vec<Problem>>);

impl Problems {
    /// New and empty, and provided to the fields below.
    pub fn provide() -> Problems {
        let problems = Problems(RwSignal::new(Vec::new()));
        provide_context(problems);
        problems
    }

    /// The code of the first problem with `field`.
    pub fn first(self, field: &str) -> Option<String> {
        self.0.with(|list| {
            list.iter()
                .find(|p| p.field == field)
                .map(|p| p.code.clone())
        })
    }

    /// Shows `list` and moves focus to the summary; true when it is empty.
    pub fn check(self, list: Vec<Problem>) -> bool {
        let none = list.is_empty();
        self.0.set(list);
        if !none {
            focus_later(SUMMARY_ID.to_owned());
        }
        none
    }
}

/// HTML text in a `<div>`, following the language.
pub fn html(text: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    block(Signal::derive(text))
}

fn block(text: Signal<String>) -> AnyView {
    view! { <div inner_html=text></div> }.into_any()
}

/// HTML text in a polite live region: said when it changes.
pub fn live(text: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    live_block(Signal::derive(text))
}

fn live_block(text: Signal<String>) -> AnyView {
    view! { <div role="status" inner_html=text></div> }.into_any()
}

/// A form that sends itself with `send`.
pub fn form(send: Box<dyn Fn()>, children: Vec<AnyView>) -> AnyView {
    view! {
        <form novalidate on:submit=move |ev: SubmitEvent| {
            ev.prevent_default();
            send();
        }>{children}</form>
    }
    .into_any()
}

/// An error link moves focus to its field (GOV.UK's pattern).
fn follow(ev: MouseEvent) {
    let href = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
        .and_then(|a| a.get_attribute("href"));
    if let Some(href) = href {
        ev.prevent_default();
        focus_later(href.trim_start_matches('#').to_owned());
    }
}

/// The error summary: each message links to its field.
pub fn error_summary(problems: Problems) -> AnyView {
    let i18n = use_i18n();
    let text = move || {
        let language = i18n.language();
        problems.0.with(|list| {
            if list.is_empty() {
                return String::new();
            }
            let items: String = list
                .iter()
                .map(|p| {
                    format!(
                        "<li><a href=\"#{}\">{}</a></li>",
                        esc(&p.field),
                        esc(words::error(language, &p.code))
                    )
                })
                .collect();
            format!(
                "<div class=\"error-summary\" id=\"{SUMMARY_ID}\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\"><h2 class=\"error-summary__title\" id=\"error-summary-title\">{}</h2><ul class=\"error-summary__list\">{items}</ul></div>",
                esc(texts_for(language).signup.error_summary_title)
            )
        })
    };
    view! { <div on:click=follow inner_html=text></div> }.into_any()
}

/// The message next to a field, when there is a problem with it.
pub fn field_error(field: &'static str) -> AnyView {
    let i18n = use_i18n();
    let problems = expect_context::<Problems>();
    html(move || {
        let language = i18n.language();
        problems.first(field).map_or_else(String::new, |code| {
            format!(
                "<p class=\"field-error\" id=\"{field}-error\"><span class=\"visually-hidden\">{} </span>{}</p>",
                esc(texts_for(language).signup.error_prefix),
                esc(words::error(language, &code))
            )
        })
    })
}
