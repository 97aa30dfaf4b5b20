//! After a client-side navigation a screen reader hears nothing and keyboard
//! focus stays on the old link. Moving focus to the new page's heading (as
//! GOV.UK does) announces the page and restarts the tab order there.

use crate::i18n::use_i18n;
use crate::router::use_location;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn PageFocus() -> impl IntoView {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _ = location.path.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(focus_heading);
    });
}

fn focus_heading() {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Sets the document title to "<page> – Handen", following the language.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} – {}", text.get(), i18n.texts().app_name));
    });
}
