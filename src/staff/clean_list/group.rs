//! One group of rows the engine takes for one person: the rows' values side
//! by side, a way to split off a row that does not belong, and why the
//! rows were put together.

use super::model::{Group, Row};
use super::numbers::count;
use super::reasons::Reasons;
use super::CleanList;
use crate::i18n::texts::{staff, Staff};
use crate::i18n::{fill, use_i18n};
use crate::ts;
use handen_core::dedup::InputField;
use leptos::prelude::*;

type Words = fn(&'static Staff) -> &'static str;

/// The fields shown, in the order a person reads a record.
const SHOWN: [(InputField, Words); 10] = [
    (InputField::GivenName, |s| s.field_given_name),
    (InputField::NamePrefix, |s| s.field_name_prefix),
    (InputField::Surname, |s| s.field_surname),
    (InputField::BirthDate, |s| s.field_birth_date),
    (InputField::Email, |s| s.field_email),
    (InputField::Phone, |s| s.field_phone),
    (InputField::Street, |s| s.field_street),
    (InputField::HouseNumber, |s| s.field_house_number),
    (InputField::Postcode, |s| s.field_postcode),
    (InputField::City, |s| s.field_city),
];

fn row_name(s: &Staff, row: &Row) -> String {
    fill(s.row_heading, &[("row", &row.sheet_row())])
}

#[component]
pub fn GroupView(page: CleanList, group: Group, number: u32) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("group-{number}");
    // Only the fields the recruiter mapped: the others are empty everywhere.
    let mapped: Vec<(InputField, Words)> = page.choices.with_untracked(|c| {
        SHOWN
            .iter()
            .copied()
            .filter(|(field, _)| {
                let i = InputField::ALL.iter().position(|f| f == field);
                i.is_some_and(|i| c.columns[i].is_some())
            })
            .collect()
    });
    let rows = group.rows.clone();
    let columns = rows.len();
    // Cells name their headers: on a phone each field's label is a row of
    // its own above the values, so `scope` alone would not reach them.
    let row_id = move |i: usize| format!("g{number}-r{i}");
    let heads = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let id = (!row.id.is_empty())
                .then(|| view! { <span class="dup-table__id">{row.id.clone()}</span> });
            let row = row.clone();
            view! {
                <th scope="col" id=row_id(i)>
                    {move || row_name(i18n.group(staff), &row)}
                    {id}
                </th>
            }
        })
        .collect_view();
    let body = mapped
        .into_iter()
        .map(|(field, label)| {
            let field_id = format!("g{number}-{}", field.name());
            let cells = rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    view! { <td headers=format!("{} {field_id}", row_id(i))>{row.value(field).to_owned()}</td> }
                })
                .collect_view();
            view! {
                <tr class="dup-table__field">
                    <th scope="colgroup" colspan=columns id=field_id.clone()>{move || label(i18n.group(staff))}</th>
                </tr>
                <tr>{cells}</tr>
            }
        })
        .collect_view();
    let splits = rows
        .iter()
        .map(|row| {
            let (r, name) = (row.row, row.clone());
            view! {
                <td>
                    <button type="button" class="button button--secondary button--small" on:click=move |_| page.split(r)>
                        {ts!(i18n, split_button)}
                        <span class="visually-hidden">" " {move || row_name(i18n.group(staff), &name)}</span>
                    </button>
                </td>
            }
        })
        .collect_view();
    let size = group.size;
    let more = (size as usize > rows.len()).then(|| {
        let hidden = size - rows.len() as u32;
        move || {
            let s = i18n.group(staff);
            view! { <p class="hint">{fill(s.more_rows, &[("rows", &count(hidden, s.row_one, s.row_other, i18n.language()))])}</p> }
        }
    });
    let title = {
        let heading_id = heading_id.clone();
        move || {
            let s = i18n.group(staff);
            view! {
                <h3 class="dup-group__title" id=heading_id.clone()>
                    {fill(s.group_title, &[("number", &number)])}
                    " "
                    <span class="dup-group__size">"(" {count(size, s.row_one, s.row_other, i18n.language())} ")"</span>
                </h3>
            }
        }
    };
    view! {
        <section class="dup-group" aria-labelledby=heading_id.clone()>
            {title}
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=heading_id.clone()>
                <table class="dup-table">
                    <thead>
                        <tr>{heads}</tr>
                    </thead>
                    <tbody>
                        {body}
                        <tr class="dup-table__actions">{splits}</tr>
                    </tbody>
                </table>
            </div>
            {more}
            <Reasons reasons=group.reasons />
        </section>
    }
}
