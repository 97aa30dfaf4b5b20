//! The error summary at the top of a page (GOV.UK pattern): it takes focus
//! when it appears, and each message links to the field to fix — on this
//! page, or on the step that asks for it.

use super::fields::ShownErrors;
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::router::use_location;
use crate::t;
use handen_core::Step;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const SUMMARY_ID: &str = "error-summary";

/// Focuses an element once the current render has reached the page.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// The summary's frame: its heading and the list of linked messages
/// (`<li><a href="#field">…</a></li>`), for every form in every app.
pub fn summary_box(i18n: I18n, items: impl IntoView) -> impl IntoView {
    view! {
        <div class="error-summary" id=SUMMARY_ID tabindex="-1" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{t!(i18n, signup.error_summary_title)}</h2>
            <ul class="error-summary__list">{items}</ul>
        </div>
    }
}

/// `on` is the step this page shows, or `None` elsewhere: errors of fields
/// with another step link to that step (from the check page), the rest to
/// the field on this page; with `all_here`, every error links to this page.
#[component]
pub fn ErrorSummary(
    errors: ShownErrors,
    on: Option<Step>,
    /// Every field is on this page (editing a stored registration).
    #[prop(optional)]
    all_here: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    move || {
        let codes = errors.0.get();
        (!codes.is_empty()).then(move || {
            let items = codes
                .into_iter()
                .map(|code| {
                    let field = code.field();
                    // Fields outside the sign-up (signing in, pausing) are on the page that shows them.
                    let step = field.step().filter(|s| on != Some(*s) && !all_here);
                    let here = step.is_none();
                    let href = match step {
                        None => format!("#{}", field.name()),
                        Some(step) => {
                            format!("/sign-up/{}?return=check#{}", step.slug(), field.name())
                        }
                    };
                    let target = href.clone();
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    if here {
                                        focus_later(field.name().to_owned());
                                    } else {
                                        location.navigate(&target);
                                    }
                                }
                            >
                                {move || labels::error(i18n.texts(), code)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            summary_box(i18n, items)
        })
    }
}
