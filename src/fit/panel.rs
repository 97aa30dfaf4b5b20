//! The panel: a summary line announced politely to screen readers, and the
//! details (what fits, what blocks the rest, what would open more) folded
//! away on a phone until asked for. Updating it never moves focus.

use super::client::use_fit;
use crate::i18n::use_i18n;
use crate::signup::{today, Draft};
use crate::t;
use leptos::prelude::*;

/// Typing fast sends one request per pause, not one per key.
const QUIET_MS: u64 = 150;

#[component]
pub fn FitPanel(#[prop(optional)] open: bool) -> impl IntoView {
    let i18n = use_i18n();
    let draft = expect_context::<Draft>();
    let fit = use_fit();
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let language = i18n.language();
        draft.form.track();
        let mine = generation.get_value().wrapping_add(1);
        generation.set_value(mine);
        set_timeout(
            move || {
                // The page may have moved on (and this panel gone) meanwhile.
                if generation.try_get_value() == Some(mine) {
                    draft
                        .form
                        .with_untracked(|form| fit.request(form, language, today()));
                }
            },
            std::time::Duration::from_millis(QUIET_MS),
        );
    });
    let part = move |get: fn(&super::FitView) -> &String| {
        fit.view
            .with(|v| v.as_ref().map(|v| get(v).clone()).unwrap_or_default())
    };
    let summary = move || fit.view.with(|v| v.as_ref().map(|v| v.summary.clone()));
    view! {
        <aside class="fit-panel" aria-labelledby="fit-panel-title">
            <details open=open>
                <summary class="fit-panel__summary">
                    <span class="fit-panel__title" id="fit-panel-title">{t!(i18n, fit_panel.title)}</span>
                    <span class="fit-panel__line" aria-live="polite">
                        {move || summary().unwrap_or_else(|| i18n.texts().fit_panel.loading.to_owned())}
                    </span>
                </summary>
                <div class="fit-panel__body">
                    <div inner_html=move || part(|v| &v.html)></div>
                    // Kept by the app, not rebuilt per answer, so it stays open once opened.
                    <details class="fit-group" class:hidden=move || part(|v| &v.rest_title).is_empty()>
                        <summary class="fit-panel__heading">{move || part(|v| &v.rest_title)}</summary>
                        <div inner_html=move || part(|v| &v.rest_html)></div>
                    </details>
                </div>
            </details>
        </aside>
    }
}
