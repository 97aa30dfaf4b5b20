//! Step 3: the worker runs; the page shows how far it is and can stop it.

use super::{CleanList, HEADING};
use crate::i18n::texts::staff;
use crate::i18n::{fill, use_i18n};
use crate::ts;
use leptos::prelude::*;

#[component]
pub fn Running(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let percent = move || page.progress.with(|p| p.percent);
    let text = move || {
        let s = i18n.group(staff);
        let p = page.progress.get();
        let stage = match p.stage {
            "comparing" => s.stage_comparing,
            "clustering" => s.stage_clustering,
            _ => s.stage_reading,
        };
        fill(
            s.progress_text,
            &[("stage", &stage), ("percent", &p.percent)],
        )
    };
    view! {
        <h1 id=HEADING tabindex="-1">{ts!(i18n, running_title)}</h1>
        <p>{ts!(i18n, running_intro)}</p>
        <label class="label" for="progress">{ts!(i18n, progress_label)}</label>
        <progress class="progress" id="progress" max="100" value=move || percent().to_string()>
            {move || format!("{}%", percent())}
        </progress>
        <p class="progress-text" role="status" aria-live="polite">{text}</p>
        <button type="button" class="button button--secondary" on:click=move |_| page.stop()>
            {ts!(i18n, stop_button)}
        </button>
    }
}
