//! The week as a grid of dayparts: rows are days, columns are parts of the
//! day, each cell a checkbox named for screen readers ("dinsdag middag").
//! The table serves the sign-up (when can you help?) and the employers'
//! requests (when do you need help?).

use super::draft::use_draft;
use super::fields::{ErrorMessage, ShownErrors};
use crate::i18n::use_i18n;
use crate::labels;
use crate::t;
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::Field;
use leptos::prelude::*;

/// The table of checkboxes for a list of slot codes: `is_on` reads a
/// code, `set` turns it on or off. The first cell carries `id`, so an
/// error link lands on it.
/// Generic, so each caller compiles its own copy: no boxed callbacks.
pub fn week_table(
    id: &'static str,
    invalid: impl Fn() -> bool + Copy + Send + Sync + 'static,
    is_on: impl Fn(&str) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(String, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let cell = move |day: Weekday, part: Daypart| {
        let code = Slot { day, part }.code();
        let cell_id = if (day, part) == (Weekday::Mon, Daypart::Morning) {
            id.to_owned()
        } else {
            format!("{id}-{code}")
        };
        let checked_code = code.clone();
        view! {
            <td>
                <input
                    class="grid__check"
                    type="checkbox"
                    id=cell_id
                    aria-label=move || {
                        let t = i18n.texts();
                        format!("{} {}", labels::weekday(t, day), labels::daypart(t, part))
                    }
                    aria-invalid=move || invalid().then_some("true")
                    prop:checked=move || is_on(&checked_code)
                    on:change=move |ev| set(code.clone(), event_target_checked(&ev))
                />
            </td>
        }
    };
    view! {
        <table class="grid">
            <thead>
                <tr>
                    <td></td>
                    {Daypart::ALL.iter().map(|&part| view! {
                        <th scope="col">{move || labels::daypart(i18n.texts(), part)}</th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {Weekday::ALL.iter().map(|&day| view! {
                    <tr>
                        <th scope="row">
                            <abbr title=move || labels::weekday(i18n.texts(), day)>{move || labels::weekday_short(i18n.texts(), day)}</abbr>
                        </th>
                        {Daypart::ALL.iter().map(|&part| cell(day, part)).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Turns `code` on or off in a list of slot codes.
pub fn toggle(codes: &mut Vec<String>, code: String, on: bool) {
    codes.retain(|c| *c != code);
    if on {
        codes.push(code);
    }
}

#[component]
pub fn DaypartGrid() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let errors = expect_context::<ShownErrors>();
    let field = Field::Dayparts;
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
    let is_on = move |code: &str| draft.form.with(|f| f.dayparts.iter().any(|c| c == code));
    let set =
        move |code: String, on: bool| draft.form.update(|f| toggle(&mut f.dayparts, code, on));
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" aria-describedby=move || {
                if has_error() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
            }>
                <legend class="legend">{t!(i18n, signup.dayparts)}</legend>
                <div class="hint" id=format!("{id}-hint")>{t!(i18n, signup.dayparts_hint)}</div>
                <ErrorMessage field />
                {week_table(id, has_error, is_on, set)}
            </fieldset>
        </div>
    }
}
