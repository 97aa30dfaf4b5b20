//! The week as a grid of dayparts: rows are days, columns are parts of the
//! day, each cell a checkbox named for screen readers ("dinsdag middag").

use super::draft::use_draft;
use super::fields::{ErrorMessage, ShownErrors};
use crate::i18n::use_i18n;
use crate::labels;
use crate::t;
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::Field;
use leptos::prelude::*;

#[component]
pub fn DaypartGrid() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let errors = expect_context::<ShownErrors>();
    let field = Field::Dayparts;
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
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
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || draft.form.with(|f| f.dayparts.contains(&checked_code))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.form.update(|f| {
                            f.dayparts.retain(|c| *c != code);
                            if on {
                                f.dayparts.push(code.clone());
                            }
                        });
                    }
                />
            </td>
        }
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" aria-describedby=move || {
                if has_error() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
            }>
                <legend class="legend">{t!(i18n, signup.dayparts)}</legend>
                <div class="hint" id=format!("{id}-hint")>{t!(i18n, signup.dayparts_hint)}</div>
                <ErrorMessage field />
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
            </fieldset>
        </div>
    }
}
