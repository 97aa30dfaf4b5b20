//! Step 1: choose the file.

use super::problems::{self, has_problem, ErrorSummary, FieldError, Problem, FILE_INPUT};
use super::{CleanList, Notice, HEADING};
use crate::i18n::use_i18n;
use crate::ts;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Choose(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let file = input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|files| files.get(0));
        match file {
            Some(file) => page.read(file),
            None => problems::show(page.problems, vec![Problem::NoFile]),
        }
    };
    let has_error = move || has_problem(page.problems, FILE_INPUT);
    let described_by = move || {
        if has_error() {
            "file-hint file-error"
        } else {
            "file-hint"
        }
    };
    let status = move || match page.notice.get() {
        Notice::Reading => i18n.group(crate::i18n::texts::staff).reading,
        _ => "",
    };
    view! {
        <span class="caption">{ts!(i18n, caption)}</span>
        <h1 id=HEADING tabindex="-1">{ts!(i18n, title)}</h1>
        <ErrorSummary problems=page.problems />
        <p class="lead">{ts!(i18n, intro)}</p>
        <p>{ts!(i18n, privacy)}</p>
        <form novalidate on:submit=on_submit>
            <div class="form-group" class:form-group--error=has_error>
                <label class="label" for=FILE_INPUT>{ts!(i18n, file_label)}</label>
                <div class="hint" id="file-hint">{ts!(i18n, file_hint)}</div>
                <FieldError problems=page.problems target=FILE_INPUT />
                <input
                    class="file-input"
                    type="file"
                    id=FILE_INPUT
                    name=FILE_INPUT
                    accept=".csv,text/csv,text/plain"
                    node_ref=input
                    aria-describedby=described_by
                    aria-invalid=move || has_error().then_some("true")
                />
            </div>
            <p class="send-status" role="status" aria-live="polite">{status}</p>
            <button type="submit" class="button">{ts!(i18n, read_button)}</button>
        </form>
    }
}
