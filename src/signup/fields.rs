//! Form fields bound to the draft: each with its label, hint and inline
//! error, linked by `aria-describedby`, and an id equal to the field's wire
//! name so the error summary (and the server's errors) can point at it.
//!
//! Values are read and written through plain `fn` accessors, so every field
//! of every step shares one compiled copy of each component.

use super::draft::use_draft;
use crate::i18n::{use_i18n, Texts};
use crate::labels;
use crate::t;
use handen_core::{ErrorCode, Field, RegistrationForm};
use leptos::prelude::*;

/// Words in the current language, chosen from the texts.
pub type Words = fn(&'static Texts) -> &'static str;
pub type ReadText = fn(&RegistrationForm) -> String;
pub type WriteText = fn(&mut RegistrationForm, String);
/// (code, label) pairs in the current language.
pub type Choices = Signal<Vec<(&'static str, &'static str)>>;

/// The errors the current page shows (after "Continue" or a failed send).
#[derive(Debug, Clone, Copy)]
pub struct ShownErrors(pub RwSignal<Vec<ErrorCode>>);

impl ShownErrors {
    pub fn first(self, field: Field) -> Option<ErrorCode> {
        self.0
            .with(|errors| errors.iter().copied().find(|c| c.field() == field))
    }
}

pub fn choices<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(&'static Texts, T) -> &'static str,
) -> Choices {
    let i18n = use_i18n();
    Signal::derive(move || {
        let t = i18n.texts();
        all.iter().map(|&v| (code(v), label(t, v))).collect()
    })
}

pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn Hint(id: &'static str, hint: Option<Words>) -> impl IntoView {
    let i18n = use_i18n();
    hint.map(
        |h| view! { <div class="hint" id=format!("{id}-hint")>{move || h(i18n.texts())}</div> },
    )
}

#[component]
pub fn ErrorMessage(field: Field) -> impl IntoView {
    let i18n = use_i18n();
    let errors = expect_context::<ShownErrors>();
    move || {
        errors.first(field).map(|code| {
            view! {
                <p class="field-error" id=format!("{}-error", field.name())>
                    <span class="visually-hidden">{t!(i18n, signup.error_prefix)} " "</span>
                    {labels::error(i18n.texts(), code)}
                </p>
            }
        })
    }
}

#[component]
pub fn Optional(optional: bool) -> impl IntoView {
    let i18n = use_i18n();
    optional.then(|| view! { " " <span class="optional">{t!(i18n, signup.optional)}</span> })
}

/// Where a text field keeps its value.
#[derive(Clone, Copy)]
enum TextBinding {
    Draft(RwSignal<RegistrationForm>, ReadText, WriteText),
    Own(RwSignal<String>),
}

impl TextBinding {
    fn new(
        get: Option<ReadText>,
        set: Option<WriteText>,
        value: Option<RwSignal<String>>,
    ) -> TextBinding {
        match (get, set, value) {
            (Some(get), Some(set), _) => TextBinding::Draft(use_draft().form, get, set),
            (_, _, value) => {
                TextBinding::Own(value.unwrap_or_else(|| RwSignal::new(String::new())))
            }
        }
    }

    fn get(self) -> String {
        match self {
            TextBinding::Draft(form, get, _) => form.with(get),
            TextBinding::Own(value) => value.get(),
        }
    }

    fn set(self, text: String) {
        match self {
            TextBinding::Draft(form, _, set) => form.update(|f| set(f, text)),
            TextBinding::Own(value) => value.set(text),
        }
    }
}

#[component]
pub fn TextInput(
    field: Field,
    label: Words,
    #[prop(optional)] hint: Option<Words>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "")] width: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional)] suffix: Option<Words>,
    /// Bound to the draft through `get` and `set`, or to `value` for a
    /// question outside the sign-up form (signing in, pausing).
    #[prop(optional)]
    get: Option<ReadText>,
    #[prop(optional)] set: Option<WriteText>,
    #[prop(optional)] value: Option<RwSignal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let bound = TextBinding::new(get, set, value);
    let errors = expect_context::<ShownErrors>();
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
    let input = view! {
        <input
            class=format!("input {width}")
            id=id
            name=id
            type=kind
            autocomplete=autocomplete
            inputmode=inputmode
            spellcheck=(kind == "email").then_some("false")
            aria-describedby=move || described_by(id, hint.is_some(), has_error())
            aria-invalid=move || has_error().then_some("true")
            prop:value=move || bound.get()
            on:input=move |ev| bound.set(event_target_value(&ev))
        />
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id>{move || label(i18n.texts())}<Optional optional /></label>
            <Hint id hint />
            <ErrorMessage field />
            {match suffix {
                Some(s) => view! { <div class="input-wrap">{input}<span class="suffix" aria-hidden="true">{move || s(i18n.texts())}</span></div> }.into_any(),
                None => input.into_any(),
            }}
        </div>
    }
}

#[component]
pub fn TextArea(
    field: Field,
    label: Words,
    #[prop(optional)] hint: Option<Words>,
    get: ReadText,
    set: WriteText,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let errors = expect_context::<ShownErrors>();
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id>{move || label(i18n.texts())}<Optional optional=true /></label>
            <Hint id hint />
            <ErrorMessage field />
            <textarea
                class="textarea"
                id=id
                name=id
                rows="4"
                aria-describedby=move || described_by(id, hint.is_some(), has_error())
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || draft.form.with(get)
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    draft.form.update(|f| set(f, value));
                }
            ></textarea>
        </div>
    }
}

/// Day, month and year in three boxes, as GOV.UK asks for dates people
/// know by heart: quicker on a phone than scrolling a calendar back decades.
#[component]
pub fn DateParts(
    field: Field,
    legend: Words,
    #[prop(optional)] hint: Option<Words>,
    get: ReadText,
    set: WriteText,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let errors = expect_context::<ShownErrors>();
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
    // The boxes keep what was typed ("3"), the draft the ISO date ("…-03-…").
    let stored = draft.form.with_untracked(get);
    let mut parts = stored
        .splitn(3, '-')
        .map(|p| p.trim_start_matches('0').to_owned());
    let year = RwSignal::new(parts.next().unwrap_or_default());
    let month = RwSignal::new(parts.next().unwrap_or_default());
    let day = RwSignal::new(parts.next().unwrap_or_default());
    let write = move || {
        let (y, m, d) = (
            year.get_untracked(),
            month.get_untracked(),
            day.get_untracked(),
        );
        let value = if y.is_empty() && m.is_empty() && d.is_empty() {
            String::new()
        } else {
            format!("{}-{:0>2}-{:0>2}", y.trim(), m.trim(), d.trim())
        };
        draft.form.update(|f| set(f, value));
    };
    let part = move |suffix: &'static str,
                     words: Words,
                     value: RwSignal<String>,
                     width: &'static str,
                     autocomplete: &'static str| {
        let part_id = if suffix == "day" {
            id.to_owned()
        } else {
            format!("{id}-{suffix}")
        };
        view! {
            <div class="date-part">
                <label class="label label--small" for=part_id.clone()>{move || words(i18n.texts())}</label>
                <input
                    class=format!("input {width}")
                    id=part_id
                    inputmode="numeric"
                    autocomplete=autocomplete
                    aria-invalid=move || has_error().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        value.set(event_target_value(&ev));
                        write();
                    }
                />
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" role="group" aria-describedby=move || described_by(id, hint.is_some(), has_error())>
                <legend class="legend">{move || legend(i18n.texts())}</legend>
                <Hint id hint />
                <ErrorMessage field />
                <div class="date-parts">
                    {part("day", |t| t.signup.day, day, "input--w2", "bday-day")}
                    {part("month", |t| t.signup.month, month, "input--w2", "bday-month")}
                    {part("year", |t| t.signup.year, year, "input--w4", "bday-year")}
                </div>
            </fieldset>
        </div>
    }
}

pub type WriteList = fn(&mut RegistrationForm) -> &mut Vec<String>;
pub type ReadList = fn(&RegistrationForm) -> &Vec<String>;

/// How a group of choices reads and writes the draft: one answer (radios)
/// or a set of answers (checkboxes).
#[derive(Clone, Copy)]
enum Binding {
    One(ReadText, WriteText),
    Many(ReadList, WriteList),
    /// One answer, kept outside the draft.
    Own(RwSignal<String>),
}

impl Binding {
    fn is_chosen(self, form: &RwSignal<RegistrationForm>, code: &str) -> bool {
        match self {
            Binding::One(get, _) => form.with(|f| get(f) == code),
            Binding::Many(read, _) => form.with(|f| read(f).iter().any(|c| c == code)),
            Binding::Own(value) => value.with(|v| v == code),
        }
    }

    fn choose(self, form: &RwSignal<RegistrationForm>, code: &str, on: bool) {
        match self {
            Binding::One(_, set) => form.update(|f| set(f, code.to_owned())),
            Binding::Many(_, list) => form.update(|f| {
                let values = list(f);
                values.retain(|c| c != code);
                if on {
                    values.push(code.to_owned());
                }
            }),
            Binding::Own(value) => value.set(code.to_owned()),
        }
    }
}

#[component]
pub fn Radios(
    field: Field,
    legend: Words,
    #[prop(optional)] hint: Option<Words>,
    options: Choices,
    /// As for `TextInput`: the draft through `get` and `set`, or `value`.
    #[prop(optional)]
    get: Option<ReadText>,
    #[prop(optional)] set: Option<WriteText>,
    #[prop(optional)] value: Option<RwSignal<String>>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let binding = match TextBinding::new(get, set, value) {
        TextBinding::Draft(_, get, set) => Binding::One(get, set),
        TextBinding::Own(value) => Binding::Own(value),
    };
    choice_group(field, legend, hint, options, binding, inline)
}

#[component]
pub fn Checkboxes(
    field: Field,
    legend: Words,
    #[prop(optional)] hint: Option<Words>,
    options: Choices,
    read: ReadList,
    list: WriteList,
) -> impl IntoView {
    choice_group(
        field,
        legend,
        hint,
        options,
        Binding::Many(read, list),
        false,
    )
}

/// A fieldset of radios or checkboxes; the first option carries the field's
/// id, so an error link lands on it.
fn choice_group(
    field: Field,
    legend: Words,
    hint: Option<Words>,
    options: Choices,
    binding: Binding,
    inline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // Only a binding to the draft reads it: a page without one has none.
    let form = match binding {
        Binding::Own(_) => RwSignal::new(RegistrationForm::default()),
        _ => use_draft().form,
    };
    let errors = expect_context::<ShownErrors>();
    let id = field.name();
    let has_error = move || errors.first(field).is_some();
    let kind = match binding {
        Binding::Many(..) => "checkbox",
        _ => "radio",
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" aria-describedby=move || described_by(id, hint.is_some(), has_error())>
                <legend class="legend">{move || legend(i18n.texts())}</legend>
                <Hint id hint />
                <ErrorMessage field />
                <div class="choices" class:choices--inline=inline>
                    {move || {
                        options
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, (code, label))| {
                                let option_id = if i == 0 { id.to_owned() } else { format!("{id}-{code}") };
                                view! {
                                    <div class="choice">
                                        <input
                                            class="choice__input"
                                            type=kind
                                            id=option_id.clone()
                                            name=id
                                            value=code
                                            prop:checked=move || binding.is_chosen(&form, code)
                                            on:change=move |ev| binding.choose(&form, code, event_target_checked(&ev))
                                        />
                                        <label class="choice__label" for=option_id>{label}</label>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </fieldset>
        </div>
    }
}

pub fn yes_no(value: Option<bool>) -> String {
    match value {
        Some(true) => "yes".to_owned(),
        Some(false) => "no".to_owned(),
        None => String::new(),
    }
}

pub fn parse_yes_no(code: &str) -> Option<bool> {
    match code {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Yes and no, in the current language.
pub fn yes_no_choices() -> Choices {
    let i18n = use_i18n();
    Signal::derive(move || {
        let t = i18n.texts();
        vec![("yes", t.signup.yes), ("no", t.signup.no)]
    })
}
