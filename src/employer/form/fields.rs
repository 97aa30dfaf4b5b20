//! The fields of the employers' forms: each with its label, hint and
//! message, linked by `aria-describedby`, with the field's wire name as id.
//! The look and markup are the volunteers' (`crate::signup::fields`); each
//! is one function, compiled once for every field.

use super::{field_error, html, Problems};
use crate::html::esc;
use crate::signup::fields::{described_by, Optional};
use crate::signup::grid::{toggle, week_table};
use leptos::prelude::*;

pub type Text = Signal<&'static str>;
/// (code, label) pairs in the current language.
pub type Choices = Signal<Vec<(&'static str, &'static str)>>;

fn has_error(name: &'static str) -> Signal<bool> {
    let problems = expect_context::<Problems>();
    Signal::derive(move || problems.first(name).is_some())
}

fn describe(name: &'static str, hint: bool, error: Signal<bool>) -> Signal<Option<String>> {
    Signal::derive(move || described_by(name, hint, error.get()))
}

fn hint_view(name: &'static str, hint: Option<Text>) -> AnyView {
    match hint {
        Some(h) => html(move || {
            format!(
                "<div class=\"hint\" id=\"{name}-hint\">{}</div>",
                esc(h.get())
            )
        }),
        None => ().into_any(),
    }
}

/// Label, hint, message and the control, in a form group.
fn labelled(
    name: &'static str,
    label: Text,
    hint: Option<Text>,
    optional: bool,
    error: Signal<bool>,
    control: AnyView,
) -> AnyView {
    view! {
        <div class="form-group" class:form-group--error=error>
            <label class="label" for=name>{label}<Optional optional /></label>
            {hint_view(name, hint)}
            {field_error(name)}
            {control}
        </div>
    }
    .into_any()
}

/// Legend, hint, message and the controls, in a fieldset.
fn grouped(name: &'static str, legend: Text, hint: Option<Text>, control: AnyView) -> AnyView {
    let error = has_error(name);
    view! {
        <div class="form-group" class:form-group--error=error>
            <fieldset class="fieldset" aria-describedby=describe(name, hint.is_some(), error)>
                <legend class="legend">{legend}</legend>
                {hint_view(name, hint)}
                {field_error(name)}
                {control}
            </fieldset>
        </div>
    }
    .into_any()
}

/// What a text field is: built with `spec(name, label)` and its setters.
#[derive(Clone, Copy)]
pub struct Spec {
    name: &'static str,
    label: Text,
    hint: Option<Text>,
    kind: &'static str,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
    width: &'static str,
    optional: bool,
}

pub fn spec(name: &'static str, label: Text) -> Spec {
    Spec {
        name,
        label,
        hint: None,
        kind: "text",
        autocomplete: "off",
        inputmode: None,
        width: "",
        optional: false,
    }
}

impl Spec {
    pub fn hint(self, hint: Text) -> Spec {
        Spec {
            hint: Some(hint),
            ..self
        }
    }

    pub fn kind(self, kind: &'static str) -> Spec {
        Spec { kind, ..self }
    }

    pub fn autocomplete(self, autocomplete: &'static str) -> Spec {
        Spec {
            autocomplete,
            ..self
        }
    }

    /// Whole numbers, `width` wide.
    pub fn number(self, width: &'static str) -> Spec {
        Spec {
            inputmode: Some("numeric"),
            width,
            ..self
        }
    }

    pub fn width(self, width: &'static str) -> Spec {
        Spec { width, ..self }
    }

    pub fn optional(self) -> Spec {
        Spec {
            optional: true,
            ..self
        }
    }
}

pub fn input(spec: Spec, value: RwSignal<String>) -> AnyView {
    let Spec {
        name,
        label,
        hint,
        kind,
        autocomplete,
        inputmode,
        width,
        optional,
    } = spec;
    let error = has_error(name);
    let input = view! {
        <input
            class=format!("input {width}")
            id=name
            name=name
            type=kind
            autocomplete=autocomplete
            inputmode=inputmode
            spellcheck=(kind == "email").then_some("false")
            aria-describedby=describe(name, hint.is_some(), error)
            aria-invalid=move || error.get().then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    };
    labelled(name, label, hint, optional, error, input.into_any())
}

pub fn textarea(name: &'static str, label: Text, hint: Text, value: RwSignal<String>) -> AnyView {
    let error = has_error(name);
    let area = view! {
        <textarea
            class="textarea"
            id=name
            name=name
            rows="4"
            aria-describedby=describe(name, true, error)
            aria-invalid=move || error.get().then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        ></textarea>
    };
    labelled(name, label, Some(hint), true, error, area.into_any())
}

/// A choice from a list; `options` is the `<option>` markup (HTML text,
/// with the chosen one `selected`), so a long list costs no views.
pub fn select(
    name: &'static str,
    label: Text,
    hint: Text,
    options: Signal<String>,
    value: RwSignal<String>,
) -> AnyView {
    let error = has_error(name);
    let select = view! {
        <select
            class="input select"
            id=name
            name=name
            aria-describedby=describe(name, true, error)
            aria-invalid=move || error.get().then_some("true")
            on:change=move |ev| value.set(event_target_value(&ev))
            inner_html=options
        ></select>
    };
    labelled(name, label, Some(hint), false, error, select.into_any())
}

/// One answer from a few; the first option carries the field's id.
pub fn radios(
    name: &'static str,
    legend: Text,
    options: Choices,
    value: RwSignal<String>,
) -> AnyView {
    let choices = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (code, text))| {
                let id = if i == 0 {
                    name.to_owned()
                } else {
                    format!("{name}-{code}")
                };
                view! {
                    <div class="choice">
                        <input
                            class="choice__input"
                            type="radio"
                            id=id.clone()
                            name=name
                            value=code
                            prop:checked=move || value.with(|v| v == code)
                            on:change=move |_| value.set(code.to_owned())
                        />
                        <label class="choice__label" for=id>{text}</label>
                    </div>
                }
            })
            .collect_view()
    };
    grouped(
        name,
        legend,
        None,
        view! { <div class="choices">{choices}</div> }.into_any(),
    )
}

/// The week's dayparts as the volunteers' grid of checkboxes.
pub fn dayparts(
    name: &'static str,
    legend: Text,
    hint: Text,
    value: RwSignal<Vec<String>>,
) -> AnyView {
    let error = has_error(name);
    let is_on = move |code: &str| value.with(|v| v.iter().any(|c| c == code));
    let set = move |code: String, on: bool| value.update(|v| toggle(v, code, on));
    let table = week_table(name, move || error.get(), is_on, set);
    grouped(name, legend, Some(hint), table.into_any())
}
