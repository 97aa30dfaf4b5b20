//! Step 2: which column holds which field, and how dates are written.

use super::model::Choices;
use super::numbers::count;
use super::problems::{self, has_problem, ErrorSummary, FieldError, Problem};
use super::problems::{KEY_SELECT, PATTERN_INPUT};
use super::{CleanList, Notice, HEADING};
use crate::i18n::texts::{staff, Staff};
use crate::i18n::{fill, use_i18n};
use crate::json::write_str;
use crate::ts;
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::InputField;
use leptos::prelude::*;

type Words = fn(&'static Staff) -> &'static str;

/// Each field with the id of its choice (the error summary links to one).
const FIELDS: [(InputField, &str, Words); 10] = [
    (InputField::GivenName, "map-given_name", |s| {
        s.field_given_name
    }),
    (InputField::NamePrefix, "map-name_prefix", |s| {
        s.field_name_prefix
    }),
    (InputField::Surname, KEY_SELECT, |s| s.field_surname),
    (InputField::BirthDate, "map-birth_date", |s| {
        s.field_birth_date
    }),
    (InputField::Email, "map-email", |s| s.field_email),
    (InputField::Phone, "map-phone", |s| s.field_phone),
    (InputField::Postcode, "map-postcode", |s| s.field_postcode),
    (InputField::HouseNumber, "map-house_number", |s| {
        s.field_house_number
    }),
    (InputField::Street, "map-street", |s| s.field_street),
    (InputField::City, "map-city", |s| s.field_city),
];

/// (code, pattern, label) of the date choices; "own" takes the typed pattern.
const DATE_CHOICES: [(&str, &str, Words); 6] = [
    ("any", "", |s| s.dates_any),
    ("dmy", "%d-%m-%Y", |s| s.dates_dmy),
    ("mdy", "%m/%d/%Y", |s| s.dates_mdy),
    ("ymd", "%Y-%m-%d", |s| s.dates_ymd),
    ("compact", "%Y%m%d", |s| s.dates_compact),
    ("own", "", |s| s.dates_own),
];

/// Fields that can tell people apart on their own; one of them is needed.
const KEYS: [InputField; 3] = [InputField::Surname, InputField::Email, InputField::Phone];

fn index(field: InputField) -> usize {
    InputField::ALL
        .iter()
        .position(|f| *f == field)
        .unwrap_or_default()
}

/// The request for the worker, or what is wrong with the choices.
fn request(choices: &Choices, dates: &str, pattern: &str) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    if KEYS.iter().all(|f| choices.columns[index(*f)].is_none()) {
        problems.push(Problem::NeedKey);
    }
    let pattern = match DATE_CHOICES.iter().find(|(code, ..)| *code == dates) {
        Some(("own", ..)) => pattern.trim(),
        Some((_, fixed, _)) => fixed,
        None => "",
    };
    if dates == "own" {
        let checked = if pattern.is_empty() {
            Err(None)
        } else {
            DateFormat::parse(pattern).map_err(Some)
        };
        if let Err(e) = checked {
            problems.push(Problem::Pattern(e));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let number = |c: Option<usize>| c.map_or("-1".to_owned(), |c| c.to_string());
    let columns: Vec<String> = choices.columns.iter().map(|c| number(*c)).collect();
    let mut out = format!(
        "{{\"columns\":[{}],\"id\":{},\"dates\":",
        columns.join(","),
        number(choices.id)
    );
    write_str(&mut out, pattern);
    out.push('}');
    Ok(out)
}

#[component]
pub fn Map(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let choices = page.choices.get_untracked();
        let dates = page.dates.get_untracked();
        match request(&choices, &dates, &page.pattern.get_untracked()) {
            Ok(request) => page.run(request),
            Err(list) => problems::show(page.problems, list),
        }
    };
    let intro = move || {
        let s = i18n.group(staff);
        page.parsed.with(|p| {
            fill(
                s.map_intro,
                &[
                    ("file", &p.file_name),
                    (
                        "rows",
                        &count(p.rows, s.row_one, s.row_other, i18n.language()),
                    ),
                    (
                        "columns",
                        &count(
                            p.headers.len() as u32,
                            s.column_one,
                            s.column_other,
                            i18n.language(),
                        ),
                    ),
                ],
            )
        })
    };
    let stopped = move || {
        (page.notice.get() == Notice::Stopped)
            .then(|| view! { <p class="notice" role="status">{ts!(i18n, stopped)}</p> })
    };
    let selects = FIELDS
        .iter()
        .map(|&(field, id, label)| {
            view! { <ColumnSelect page id label place=Some(index(field)) /> }
        })
        .collect_view();
    view! {
        <h1 id=HEADING tabindex="-1">{ts!(i18n, map_title)}</h1>
        {stopped}
        <ErrorSummary problems=page.problems />
        <p>{intro}</p>
        <form novalidate on:submit=on_submit>
            {selects}
            <ColumnSelect page id="map-id" label=|s| s.id_label hint=|s| s.id_hint place=None />
            <DateChoice page />
            <button type="submit" class="button">{ts!(i18n, run_button)}</button>
        </form>
        <p>
            <button type="button" class="button button--secondary" on:click=move |_| page.start_over()>
                {ts!(i18n, other_file)}
            </button>
        </p>
    }
}

/// A choice of one of the file's columns, or none; under it, what the
/// chosen column holds in the first rows.
#[component]
fn ColumnSelect(
    page: CleanList,
    id: &'static str,
    label: Words,
    #[prop(optional)] hint: Option<Words>,
    /// The field's place in `Choices::columns`; `None` for the id column.
    place: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = move || {
        page.choices.with(|c| match place {
            Some(i) => c.columns[i],
            None => c.id,
        })
    };
    let examples = move || {
        let column = chosen()?;
        let values: Vec<String> = page.parsed.with(|p| {
            let mut values: Vec<String> = Vec::new();
            for row in &p.preview {
                let value = row.get(column).map_or("", |v| v.trim());
                if !value.is_empty() && !values.iter().any(|v| v == value) {
                    values.push(value.to_owned());
                }
            }
            values.truncate(3);
            values
        });
        (!values.is_empty()).then(|| {
            fill(
                i18n.group(staff).examples,
                &[("values", &values.join(" · "))],
            )
        })
    };
    let options = move || {
        let s = i18n.group(staff);
        let none =
            view! { <option value="" selected=move || chosen().is_none()>{s.not_in_file}</option> };
        let columns = page.parsed.with(|p| {
            p.headers
                .iter()
                .enumerate()
                .map(|(i, header)| {
                    let name = if header.trim().is_empty() {
                        fill(s.column_unnamed, &[("number", &(i + 1))])
                    } else {
                        header.trim().to_owned()
                    };
                    view! { <option value=i.to_string() selected=move || chosen() == Some(i)>{name}</option> }
                })
                .collect_view()
        });
        view! { {none} {columns} }
    };
    let hint_id = format!("{id}-hint");
    let examples_id = format!("{id}-examples");
    let has_error = move || has_problem(page.problems, id);
    let described_by = {
        let (hint_id, examples_id) = (hint_id.clone(), examples_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if has_error() {
                ids.push(format!("{id}-error"));
            }
            ids.push(examples_id.clone());
            ids.join(" ")
        }
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id>{move || label(i18n.group(staff))}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id>{move || h(i18n.group(staff))}</div> })}
            <FieldError problems=page.problems target=id />
            <select
                class="input select"
                id=id
                name=id
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                on:change=move |ev| {
                    let value = event_target_value(&ev).parse().ok();
                    page.choices.update(|c| match place {
                        Some(i) => c.columns[i] = value,
                        None => c.id = value,
                    });
                }
            >
                {options}
            </select>
            <div class="hint examples" id=examples_id>{examples}</div>
        </div>
    }
}

#[component]
fn DateChoice(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let has_error = move || has_problem(page.problems, PATTERN_INPUT);
    let radios = DATE_CHOICES
        .iter()
        .map(|&(code, _, label)| {
            let option_id = format!("dates-{code}");
            view! {
                <div class="choice">
                    <input
                        class="choice__input"
                        type="radio"
                        name="dates"
                        id=option_id.clone()
                        value=code
                        prop:checked=move || page.dates.with(|d| d == code)
                        on:change=move |_| page.dates.set(code.to_owned())
                    />
                    <label class="choice__label" for=option_id>{move || label(i18n.group(staff))}</label>
                </div>
            }
        })
        .collect_view();
    let own = move || {
        page.dates.with(|d| d == "own").then(|| {
            view! {
                <div class="conditional form-group" class:form-group--error=has_error>
                    <label class="label" for=PATTERN_INPUT>{ts!(i18n, pattern_label)}</label>
                    <div class="hint" id="date-pattern-hint">{ts!(i18n, pattern_hint)}</div>
                    <FieldError problems=page.problems target=PATTERN_INPUT />
                    <input
                        class="input input--w10"
                        id=PATTERN_INPUT
                        name=PATTERN_INPUT
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=move || if has_error() { "date-pattern-hint date-pattern-error" } else { "date-pattern-hint" }
                        aria-invalid=move || has_error().then_some("true")
                        prop:value=move || page.pattern.get()
                        on:input=move |ev| page.pattern.set(event_target_value(&ev))
                    />
                </div>
            }
        })
    };
    view! {
        <div class="form-group">
            <fieldset class="fieldset">
                <legend class="legend">{ts!(i18n, dates_legend)}</legend>
                <div class="choices">{radios}</div>
            </fieldset>
            {own}
        </div>
    }
}
